"""The page's own date, wherever real pages put it, and honesty when it is not stated."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tui.model.build import build_article
from tui.model.dateline import find_reference
from tui.model.export import summary, to_json
from tui.model.scripts import Script, convert
from tui.model.timeline import is_foot_dateline, is_stamp

TODAY = date(2030, 1, 1)
BODY = "公司今天宣布新计划，预计下周上线，将持续到年底。"


def both_scripts(text: str) -> list[str]:
    return list(
        dict.fromkeys([convert(text, Script.SIMPLIFIED), convert(text, Script.TRADITIONAL)])
    )


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("2024-02-11 18:40", date(2024, 2, 11)),
        ("2024/01/19 15:24 来源：某某网", date(2024, 1, 19)),
        ("发布时间：2024-02-11 18:40 作者：某某", date(2024, 2, 11)),
        ("2012年11月13日 星期二", date(2012, 11, 13)),
        ("(2024年2月11日)", date(2024, 2, 11)),
        ("标题文字2025/06/01 09:30 生活／综合报导", date(2025, 6, 1)),
        ("记者某某／台北报导 2024年3月8日", date(2024, 3, 8)),
        ("时间 Sun Feb 11 18:40:22 2024", date(2024, 2, 11)),
        ("Nov 13 Tue 2012 18:40", date(2012, 11, 13)),
        ("2023 Mar 05 Sun 09:12", date(2023, 3, 5)),
        ("發布日期：113-03-02", date(2024, 3, 2)),
        ("中華民國91年3月19日星期二", date(2002, 3, 19)),
        ("2025/3/11 09:56", date(2025, 3, 11)),
        # a headline with a question mark, its stamp and byline flattened onto its line
        ("山區半夜傳怪聲？居民報案 警方：是貓頭鷹 2025/11/02 08:15 社會中心／某某報導", date(2025, 11, 2)),
        ("河边出现大批白鹭！ 2024-05-06 19:40", date(2024, 5, 6)),
    ],
)
def test_datelines_in_the_head(head: str, day: date) -> None:
    for form in both_scripts(f"某某网\n首页 新闻 财经\n{head}\n{BODY}"):
        ref = find_reference(form.split("\n"), [], TODAY, minguo=True)
        assert (ref.day, ref.source) == (day, "dateline"), form


def test_an_update_stamp_is_used_only_without_a_dateline() -> None:
    for form in both_scripts(f"更新时间：2025-09-25\n{BODY}"):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2025, 9, 25), "updated")
    for form in both_scripts(f"更新時間：2025-09-25\n出版：2025-09-24 18:40\n{BODY}"):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2025, 9, 24), "dateline")


def test_datelines_in_the_tail_but_never_a_related_links_stamp() -> None:
    tail = f"{BODY}\n" * 3 + "相关阅读\n扫地机器人价格战打响\n2023-11-10 18:02\n"
    for form in both_scripts(tail):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert ref.source == "today", form
    for form in both_scripts(f"{BODY}\n江城市公安局\n（2024年1月26日）\n版权所有"):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2024, 1, 26), "dateline")


def test_an_office_pages_minguo_stamp_over_a_long_footer() -> None:
    foot = (
        "發布單位：某某市政府\n發布日期：113-10-08\n點閱次數：2,041\n友善列印　回上一頁\n"
        "相關新聞稿\n113-10-01　本府辦理防災演練\n113-09-24　本府公告停水\n"
        "加入本府LINE官方帳號　即時推播\n本網站最佳瀏覽解析度為1280*800\n"
        "地址：某某市中正路1號\nCopyright © 某某市政府 版權所有"
    )
    for form in both_scripts(f"某某市政府\n{BODY}\n{BODY}\n{foot}"):
        ref = find_reference(form.split("\n"), [], TODAY, minguo=True)
        assert (ref.day, ref.source) == (date(2024, 10, 8), "dateline"), form


def test_a_facts_date_below_the_story_is_not_the_page_date() -> None:
    head = f"某某百科\n某某半程马拉松\n{BODY}\n中文名:某某半程马拉松\n首届时间:2016年4月10日\n"
    foot = f"{BODY}\n{BODY}\n词条统计\n浏览次数：12万次　最近更新：某某（2024-05-02）"
    for form in both_scripts(head + foot):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2024, 5, 2), "updated"), form


def test_a_schedules_row_under_the_story_is_not_the_page_date() -> None:
    lines = ["某某醫院", "冬季健康講座時間表", "更新日期：2026-11-20",
             "本院將於12月份起，每週六下午舉辦健康講座，歡迎民眾免費參加。", "日期｜時間｜講題",
             "115/12/05（六）｜14:00-15:00｜冬季心血管保健", "115/12/12（六）｜14:00-15:00｜年菜怎麼吃"]  # fmt: skip
    ref = find_reference(lines, [], TODAY, minguo=True)
    assert (ref.day, ref.source) == (date(2026, 11, 20), "updated")


def test_a_date_in_a_sentence_of_the_story_is_not_a_foot_dateline() -> None:
    text = f"{BODY}\n" * 3 + "有一篇報道發表於2023年12月3日，引述學者的估計。\n#某某 #某某\n3.1K views　09:47"
    for form in both_scripts(text):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert ref.source == "today", form


@pytest.mark.parametrize(
    ("foot", "day"),
    [
        ("2024年1月14日 星期日\n某某報網站 ‧ 版權所有 Copyright © 2024", date(2024, 1, 14)),
        ("发布于 2024-03-05 12:31・IP 属地北京\n赞同 2.3 万\n添加评论\n分享", date(2024, 3, 5)),
        ("編輯於 2024-03-05 12:31\n分享", date(2024, 3, 5)),
        ("2024-03-05 12:31 · 北京\n分享", date(2024, 3, 5)),
    ],
)
def test_a_short_pages_foot_dateline(foot: str, day: date) -> None:
    for form in both_scripts(f"某某网\n标题\n{BODY}\n{BODY}\n{foot}"):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (day, "dateline"), form


def test_a_recommended_articles_date_is_not_the_page_date() -> None:
    head = "最新推荐文章于 2024-05-10 09:12:33 发布\n码农小张 于 2024-05-03 21:45:10 发布"
    for form in both_scripts(f"{head}\n{BODY}"):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert ref.day == date(2024, 5, 3)


def test_a_news_agency_stamp_gives_the_day() -> None:
    text = "（中央社記者某某台北11日電）台灣高鐵今天表示，車票已售罄。\n另有2024年3月的計畫。"
    for form in both_scripts(text):
        a = build_article(form, today=TODAY)
        assert a.reference_date == date(2024, 3, 11)
        assert a.reference_source == "day-only"  # the month and year are inferred: a guess
    text = "新华社北京3月5日电 会议今天开幕。2024年全年计划。"
    a = build_article(text, today=TODAY)
    assert a.reference_date == date(2024, 3, 5)
    code = "台灣高鐵今天表示，車票已售罄。（編輯：李明）1140103"
    assert find_reference([code], [], TODAY).day == date(2025, 1, 3)


def test_stamps_and_the_dateline_line_are_not_events() -> None:
    text = (
        "江城日报数字报\n2019年03月02日 星期六\n本报讯 3月1日，记者获悉，预计4月中旬试运营。\n"
        "相关新闻\n港股半日跌186点\n2024-03-06 HKT 12:05\n【2024-02-09 聯合報 A6版】\n"
        "（5/3更新：換了米其林再跑一次，數字放在樓下）"
    )
    for form in both_scripts(text):
        a = build_article(form, today=TODAY)
        assert a.reference_date == date(2019, 3, 2)
        texts = [e.text.simplified for e in a.timeline]
        # The update note may be kept as a line of the post or split off as an editor's
        # note; either way no stamp line is an event.
        assert texts in (["3月1日", "4月中旬", "5/3"], ["3月1日", "4月中旬"]), texts
    assert is_stamp("2月11日 19:02")
    assert is_stamp("编辑于 昨天 18:40 · IP 属地广东")
    assert not is_stamp("2019年3月8日，他第一次上台。")
    assert not is_stamp("（5/3更新：換了米其林再跑一次，數字放在樓下）")
    # A related link with its bracketed stamp is no event; a sentence with one is.
    assert is_stamp("某某小區停水通知（2024-02-11）")
    assert not is_stamp("停水通知已於昨日發出（2024-02-11）。")
    # A PTT push row says something; a clock range is an event's hours.
    assert not is_stamp("推 abc123: 我去年12月也面過 撐住  03/12 21:52")
    assert not is_stamp("維護時間：2024/12/05 06:00 - 11:00")
    assert not is_stamp("时间：9月14日（周六）14:00-17:00")
    # A programme's row (a day, its weekday, an hour, what happens) is an event's day.
    assert not is_stamp("12月6日（六）10:30 親子木工體驗（每位NT$300）")
    assert not is_stamp("3/15(日) 14:00 城墙导览，名额20人")
    assert is_stamp("12月6日（六）10:30")


def test_a_foot_dateline_after_the_last_sentence_is_no_event() -> None:
    body = "江城康乐署宣布，中秋节当晚公园延长开放至午夜。\n"
    for foot in ("江城康乐及文化事务署\n2024年9月13日", "江城康乐及文化事务署 2024年9月13日"):
        for form in both_scripts(body + foot):
            a = build_article(form, today=TODAY)
            assert all("9月13日" not in e.text.simplified for e in a.timeline), form
            assert [e.text.simplified for e in a.timeline] == ["中秋节"], form
    # Before the story's last sentence the same line is not the foot's.
    assert is_foot_dateline("江城康乐署 2024年9月13日", after_last_sentence=True)
    assert not is_foot_dateline("江城康乐署 2024年9月13日", after_last_sentence=False)
    assert not is_foot_dateline("2024年9月13日，公园延长开放", after_last_sentence=True)
    # A notice's signature: a Minguo date, or a date written in numerals.
    assert is_foot_dateline("中華民國113年9月13日", after_last_sentence=True)
    assert is_foot_dateline("民國113年9月13日", after_last_sentence=True)
    assert is_foot_dateline("江城区教育局　二〇二四年九月十三日", after_last_sentence=True)
    assert not is_foot_dateline("本案已於113年9月13日完成審查", after_last_sentence=True)


def test_basis_in_json_and_guesses_in_the_summary() -> None:
    text = "2023年初立项，去年底完成测试，2024年6月上线。"
    a = build_article(text, today=TODAY)
    assert a.reference_source == "latest-year"
    model = json.loads(json.dumps(to_json(a)))
    basis = {e["text"]: e["basis"] for e in model["timeline"]}
    assert basis == {"2023年初": "stated", "去年底": "reference", "2024年6月": "stated"}
    lines = summary(a).splitlines()
    assert any(line.strip().startswith("≈2023 年底") and "去年底" in line for line in lines)
    assert any(line.strip().startswith("2024-06 ") for line in lines)
    # With a stated dateline the same event is no guess.
    a = build_article("2024-02-11 18:40\n" + text, today=TODAY)
    assert a.reference_source == "dateline"
    assert "≈" not in summary(a)


def test_a_replys_today_is_the_day_its_stamp_line_gives() -> None:
    text = (
        "江城論壇 › 生活閒聊\n"
        "社區昨晚停電\n"
        "樓主 小明 發表於 2012-11-13 20:15\n"
        "今天社區停電一整晚，整棟樓都沒有熱水，電梯也停了。\n"
        "回覆 阿華 發表於 2012-11-14 09:12\n"
        "今天早上已經恢復供電了，聽說是變電箱故障。\n"
    )
    for form in both_scripts(text):
        a = build_article(form, today=TODAY)
        days = [(e.text.simplified, e.start.isoformat()) for e in a.timeline]
        assert days == [("今天", "2012-11-13"), ("今天", "2012-11-14")], (form, days)


def test_an_update_stamp_under_the_dateline_is_not_the_storys_day() -> None:
    text = (
        "某某新聞網\n"
        "市場新店開幕 排隊人潮不斷\n"
        "出版：2023-03-12 21:40\n"
        "更新：2023-03-13 00:20\n"
        "新店今日（12日）開幕，上週五已有人排隊，明日起延長營業時間。\n"
        "店方表示，人潮比預期多，下月會再開一家分店。\n"
    )
    for form in both_scripts(text):
        a = build_article(form, today=TODAY)
        days = [(e.text.simplified, e.start.isoformat()) for e in a.timeline]
        assert ("上周五", "2023-03-03") in days and ("明日", "2023-03-13") in days, (form, days)


def test_replies_in_a_floor_with_their_own_stamps_keep_the_floors_stamps_below() -> None:
    floors = "".join(
        f"网友{k}\n明天我也去排队，希望还有货\n来自iPhone客户端 {k}楼 2023-06-0{k} 10:0{k}\n回复\n"
        for k in range(2, 5)
    )
    text = (
        "某某吧\n[分享]新店开业了\n楼主的名字\n今天新店开业，人很多。\n"
        f"来自Android客户端 1楼 2023-06-01 09:30\n{floors}"
        "收起回复\n网友五: 我后天再去看看 2023-6-4 22:10\n我也说一句\n"
    )
    for form in both_scripts(text):
        a = build_article(form, today=TODAY)
        days = [e.start.isoformat() for e in a.timeline if e.text.simplified == "明天"]
        assert days == ["2023-06-03", "2023-06-04", "2023-06-05"], (form, days)


def test_a_foot_stamp_with_its_time_zone_over_a_list_of_other_stories() -> None:
    foot = (
        "2023-05-17 HKT 09:05\n其他新聞\n"
        "渡輪公司下月起加價　2023-05-16 HKT 20:11\n郊野公園增設水站　2023-05-15 HKT 08:30\n"
        "某某電台　版權所有"
    )
    for form in both_scripts(f"某某電台網站\n首頁 新聞 節目\n{BODY}\n{BODY}\n{foot}"):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2023, 5, 17), "dateline"), form


def test_an_answers_labelled_stamp_above_a_long_comment_thread() -> None:
    comments = "".join(f"网友{k}号\n我也这么觉得，谢谢分享经验\n05-0{k % 9 + 1} · 北京\n" for k in range(8))
    text = (
        f"某某问答\n应该先学做饭还是先学理财？\n{BODY}\n{BODY}\n"
        f"发布于 2023-05-08 21:10・IP 属地上海\n赞同 52　添加评论　分享\n32 条评论\n{comments}"
    )
    for form in both_scripts(text):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2023, 5, 8), "dateline"), form
    # a story's sentence that says when something was published is no stamp
    for form in both_scripts(text.replace("发布于 2023-05-08 21:10・IP 属地上海", "发表于2023-05-08 21:10的那篇文章说过。")):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert ref.source == "today", form


def test_a_notes_edit_stamp_with_its_place_above_the_comments() -> None:
    comments = "".join(f"读者{k}\n好详细，收藏了\n04-1{k} 广东　赞 3　回复\n" for k in range(8))
    text = (
        f"某某笔记\n周末去湖边骑车｜路线分享\n{BODY}\n{BODY}\n#骑行 #周末\n"
        f"编辑于 2023-04-09 江苏\n♡ 120　☆ 30\n{comments}"
    )
    for form in both_scripts(text):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2023, 4, 9), "dateline"), form


def test_a_threads_first_floor_stamp_not_a_later_floors() -> None:
    floors = "".join(
        f"网友{k}\n我也在等，祝你顺利\n来自iPhone客户端{k}楼2023-06-0{k} 10:0{k}\n" for k in range(2, 9)
    )
    text = (
        f"某某吧\n[求助]暑假的票还能买到吗？\n楼主的名字\n{BODY}\n{BODY}\n{BODY}\n"
        f"来自Android客户端1楼2023-06-01 09:30\n{floors}"
    )
    for form in both_scripts(text):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2023, 6, 1), "dateline"), form
    # without the first floor, a reply's stamp is not the thread's date
    for form in both_scripts(text.replace("来自Android客户端1楼2023-06-01 09:30\n", "")):
        assert find_reference(form.split("\n"), [], TODAY).source != "dateline", form


def test_a_releases_opening_dateline_in_its_first_paragraph() -> None:
    text = "某某集團\n新聞中心 > 新聞稿\n某某集團推出新系列\n（台北，2023年9月4日）某某集團今日宣布，新系列將於下月上市。\n{b}\n{b}"
    for form in both_scripts(text.format(b=BODY)):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source, ref.line) == (date(2023, 9, 4), "dateline", None), form
    # a bracket that says more than a place and a day is a remark, not a dateline
    aside = text.replace("（台北，2023年9月4日）", "（去年曾於2023年9月4日試賣）")
    for form in both_scripts(aside.format(b=BODY)):
        assert find_reference(form.split("\n"), [], TODAY).source != "dateline", form


def test_an_events_labelled_time_is_neither_a_stamp_nor_the_page_date() -> None:
    head = [
        "某某售票網",
        "首頁 > 活動 > 音樂",
        "某某樂團 巡迴演唱會 高雄場",
        "演出時間：2025/06/14(六) 19:30 開演",
        "售票時間:全面開賣 2025/4/12(六) 12:00 起",
        "睽違兩年，某某樂團帶著新專輯回到高雄，這次將演出全新編排的曲目。",
    ]
    for form in both_scripts("\n".join(head)):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert ref.source != "dateline", ref
        a = build_article(form, today=TODAY)
        texts = [e.text.traditional for e in a.timeline]
        assert "2025/06/14(六)" in texts and "2025/4/12(六)" in texts, texts
    assert is_stamp("發布時間：2025-05-03 10:00")
    assert not is_stamp("演出時間：2025/06/14(六) 19:30 開演")
def test_a_products_or_events_labelled_date_is_not_the_page_date() -> None:
    head = "某某茶庄\n品名：明前龙井\n产地：浙江杭州\n生产日期：2024/4/3\n保质期：18个月\n"
    for form in both_scripts(head + f"{BODY}\n{BODY}"):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert ref.source == "today", form
    foot = f"{BODY}\n{BODY}\n活動時間：2025/05/03(六) 19:30\n版權所有"
    for form in both_scripts(foot):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert ref.source == "today", form


def test_an_events_labelled_time_is_no_stamp() -> None:
    for line in ("活動時間：2025/05/03(六) 19:30 開演", "售票時間:全面開賣 2025/3/15(六) 12:00 起"):
        for form in both_scripts(line):
            assert not is_stamp(form), form
    assert is_stamp("發布時間：2025/05/03 19:30")


@pytest.mark.parametrize("client", ["来自 iPhone客户端", "來自 HUAWEI Mate 60 Pro", "来自微博 weibo.com"])
def test_a_posts_stamp_with_its_client_at_the_foot_is_the_page_date(client: str) -> None:
    """A Weibo post's foot (2025-1-26 18:40 来自 iPhone客户端) dates it, however long the post."""
    text = f"今天去了一趟西湖，人很多。\n昨天的雨终于停了，空气很好。\n2025-1-26 18:40 {client}"
    for form in (text, convert(text, Script.TRADITIONAL)):
        a = build_article(form, today=TODAY)
        assert (a.reference_date, a.reference_source) == (date(2025, 1, 26), "dateline"), form
        assert [e.start for e in a.timeline] == [date(2025, 1, 25), date(2025, 1, 26)]


@pytest.mark.parametrize(
    "signature",
    [
        "張貼者： 某某 於 2023年5月6日 下午3:20",
        "Posted by 某某 at 2023/5/6 15:20",
        "作者：某某 发表于 2023-05-06 15:20",
    ],
)
def test_a_blog_posts_signature_with_its_day_above_the_comments(signature: str) -> None:
    comments = "".join(f"读者{k} 說...\n写得真好，下次也试试\n2023年5月{k + 7}日 上午9:1{k}\n" for k in range(8))
    archive = "".join(f"► 2022年{k}月 ({k})\n" for k in range(1, 13))
    text = f"某某的小厨房\n首页 关于我\n周末做了一锅汤\n{BODY}\n{BODY}\n{signature}\n分享至 Facebook\n{comments}{archive}"
    for form in both_scripts(text):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2023, 5, 6), "dateline"), form
    # a sentence naming who posted something and when is not the post's signature
    sentence = "作者某某于2023年5月6日下午3:20发了一条消息。"
    for form in both_scripts(text.replace(signature, sentence)):
        assert find_reference(form.split("\n"), [], TODAY).source != "dateline", form


def test_the_summary_lines_up_its_text_column_by_terminal_cells() -> None:
    """A label with wide characters (下旬, ～) must not push the text right: pad by cells."""
    from tui.model.export import cells

    text = "2023年6月1日开会，截至6月底，2023年7月10日至8月5日试行，农历七月。"
    a = build_article(text, today=TODAY)
    lines = summary(a).splitlines()
    rows = lines[lines.index(f"timeline ({len(a.timeline)}):") + 1 :]
    rows = [r for r in rows if r.startswith("  ")]
    labels = {e.text(a.script) for e in a.timeline}
    assert "6月底" in labels and len(rows) == len(a.timeline)
    starts = set()
    for row, e in zip(rows, a.timeline, strict=True):
        at = row.index(" " + e.text(a.script) + "  — ")
        starts.add(cells(row[: at + 1]))
    assert len(starts) == 1, rows
    assert cells("2023-06 下旬") == 12 and cells("≈x～y") == 5


def test_a_posts_stamp_without_its_year_gives_the_day_and_says_the_year_is_a_guess() -> None:
    """A Weibo post's head stamp (``11-5 20:31 来自 iPhone 15 Pro``) has no year: the page's
    day is that day in the latest year not after today, a guess like an agency's day, so
    ``下周`` is the week after it, not the week after today (a month off)."""
    today = date(2026, 11, 30)
    text = "微博\n数码老陈\n11-5 20:31 来自 iPhone 15 Pro\n产品总监说下周还会公布海外价格。"
    for form in both_scripts(text):
        a = build_article(form, today=today)
        assert (a.reference_date, a.reference_source) == (date(2026, 11, 5), "day-only"), form
        [week] = a.timeline
        assert (week.start, week.end) == (date(2026, 11, 9), date(2026, 11, 15))
        assert a.is_guess(week)
    # a comment's stamp at the end of a line is not the page's
    late = "微博\n数码老陈\n产品总监说下周还会公布海外价格。\n阿杰：已经下单了 11-5 20:40"
    assert build_article(late, today=today).reference_source == "today"


def test_a_posts_bare_stamp_right_under_its_opening_is_the_page_date() -> None:
    """A Q&A page states its question's stamp on a line of its own below the question; the
    replies' stamps further down, and a related question's stamp, are not the page's."""
    page = (
        "某某问答\n首页 问题 分类\n周末去山里露营要带什么装备？\n"
        "第一次去，想问问大家的经验，睡袋要买多厚的？\n提问者abc | 浏览 120 次\n"
        "2024-05-06 20:15\n" + f"{BODY}\n" * 3 + "2024-05-07 08:30\n其他类似问题\n"
        "2023-11-02 露营灯哪种好？ 12\n© 某某问答"
    )
    for form in both_scripts(page):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert (ref.day, ref.source) == (date(2024, 5, 6), "dateline"), form
    far = "某某问答\n周末去山里露营要带什么装备？\n" + f"{BODY}\n" * 6 + "2024-05-07 08:30\n" + f"{BODY}\n" * 14
    for form in both_scripts(far):
        ref = find_reference(form.split("\n"), [], TODAY)
        assert ref.source != "dateline", form


def test_a_named_reply_closed_by_its_own_stamp_is_no_stamp_line() -> None:
    """A comment that says something and ends with its poster's stamp keeps its dates: the
    clock is the stamp's, the day in its words is the comment's."""
    for form in both_scripts("小林：3月8号还要加班，太难了 03-05 09:40"):
        assert not is_stamp(form), form
    for form in both_scripts("2025-03-05 09:40"):
        assert is_stamp(form), form
    page = "某某社区\n2025-03-05 09:00\n" + f"{BODY}\n" + "小林：3月8号还要加班，太难了 03-05 09:40\n"
    for form in both_scripts(page):
        texts = [e.text.original for e in build_article(form).timeline]
        assert any(t.startswith("3月8") for t in texts), (form, texts)


def test_a_labelled_schedule_row_is_no_stamp_line() -> None:
    """G1：5月24日 19:35 主场 is a fixture list's row: its day is when the match is played.
    A label that says when the page was posted keeps its line a stamp."""
    for row in ("第一场：6月3日（周六）14:00 体育馆", "决赛：6/10 19:30 主场", "B组：6月12日 20:00 客场"):
        for form in both_scripts(row):
            assert not is_stamp(form), form
    for stamp in ("发布时间：6月3日 14:00", "编辑于：6月3日 14:00 北京"):
        for form in both_scripts(stamp):
            assert is_stamp(form), form


def test_a_stamp_inside_a_sentence_is_no_headline_stamp() -> None:
    """Only a stamp closing its line is the page's: 约在2024-05-06 19:40见面。 is the story's."""
    for form in both_scripts("我们约好了！就在2024-05-06 19:40 门口见面，别迟到。\n" + BODY):
        assert find_reference(form.split("\n"), [], TODAY).source != "dateline", form


def test_a_festival_named_in_a_notices_headline_is_not_its_dateline() -> None:
    # 114年中元普渡 in the headline is the day the notice is about; the page's stamp is under it
    lines = [
        "某某鄉公所",
        "首頁 > 最新消息",
        "本所辦理114年中元普渡聯合祭典公告",
        "發布日期：114-08-20",
        "一、本鄉聯合祭典訂於114年9月6日上午9時在本所前廣場舉行，歡迎鄉親共同參與。",
    ]
    for form in both_scripts("\n".join(lines)):
        ref = find_reference(form.split("\n"), [], TODAY, minguo=True)
        assert (ref.day, ref.source) == (date(2025, 8, 20), "dateline"), form


def test_a_plans_year_is_never_the_page_date() -> None:
    """``目標是在2060年達成碳中和`` made the whole page "2060-12-31 (推定)": a date that has not
    begun by today is no page's date, and the page is never dated after today."""
    text = "2023年初，公司成立。\n2025年1月，開始國際化。\n目標是在2060年達成碳中和。"
    for form in (text, convert(text, Script.SIMPLIFIED)):
        article = build_article(form, today=date(2026, 11, 30))
        assert (article.reference_date, article.reference_source) == (date(2025, 1, 31), "latest-year")
    plan = build_article("本計畫將在2030年完成。", today=date(2026, 11, 30))
    assert (plan.reference_date, plan.reference_source) == (date(2026, 11, 30), "today")


def test_a_copyright_year_outweighs_an_old_story_year() -> None:
    """A shop's post that tells its founding in 民國七十二年, saved with ``© 2025`` at its foot,
    was dated 1983: relative days landed forty years back."""
    text = "老闆從民國七十二年就在這裡擺攤。\n上週六去吃了一碗牛肉湯。\n\n© 2025 Meta"
    for form in (text, convert(text, Script.SIMPLIFIED)):
        article = build_article(form, today=date(2026, 11, 30))
        assert article.reference_date == date(2025, 12, 31)
        assert article.reference_source == "latest-year"
    newer = build_article("2026年3月開幕。\n\nCopyright © 2015-2024 某某網", today=date(2026, 11, 30))
    assert newer.reference_date == date(2026, 3, 31)  # the story's own later date stays
    bare = build_article("昨天去看了展覽。\n\n版權所有 © 2019 某某部落格", today=date(2026, 11, 30))
    assert bare.reference_date == date(2019, 12, 31)
    # a story of 2024 saved under © 2025: the footer says when it was saved, the story's year stays
    saved = build_article("2024年3月5日，公司開會。\n昨天又開了一次。\n\n© 2025 某某網", today=date(2026, 11, 30))
    assert saved.reference_date == date(2024, 3, 5)


def test_a_foot_dateline_above_a_share_row_and_a_list_of_stamped_links() -> None:
    """``2026-02-12 HKT 10:42`` under the story, then a share row and a list of other stories
    with their own stamps: the last lines held only the list, and the page was dated today."""
    story = ["某台網站", "本地", "年宵市場今日開鑼", "全港年宵市場今日（12日）開鑼，市民入場選購年花。",
             "署方表示，年廿八晚起延長開放時間。", "有花商表示，桃花開花較遲。", "警方今晚起實施交通管制。"]
    foot = ["2026-02-12 HKT 10:42", "分享：", "Facebook", "WhatsApp", "列印", "加入書籤", "相關新聞",
            "另一則新聞的標題", "2026-01-21 HKT 17:03", "又一則新聞", "2026-02-10 HKT 12:20",
            "今日熱門", "某台電視", "某台 © 2026"]
    ref = find_reference(story + foot, [], TODAY)
    assert (ref.day, ref.source) == (date(2026, 2, 12), "dateline")
    # the page's stamp below one list and above another (最新消息) is still the one read
    later = [*story, "相關新聞", "一則", "二則", "分享", "Facebook", "WhatsApp", "X", "複製連結",
             "2026-01-22 HKT 10:15",
             "最新消息", "別的新聞", "2026-01-22 HKT 10:02", "私隱政策 聯絡我們", "© 2026 某台"]
    assert find_reference(later, [], TODAY).line == "2026-01-22 HKT 10:15"


def test_a_bracketed_list_heading_and_a_taiwan_storys_own_day() -> None:
    """``【某某新聞網 相關新聞】`` heads a list whose stamps are the links' (one was read as the
    page's date); with no dateline, ``今（8）日`` in the first lines gives the page's day."""
    lines = [
        "某某新聞網", "生活", "熱浪來襲用電吃緊", "記者 某某 / 攝影 某某 報導",
        "台電今（8）日表示，預估明（9）日下午尖峰負載將創新高，可能超越2024年7月30日的紀錄。",
        "台電發言人說，9日至11日是這波熱浪最熱的三天。",
        "【某某新聞網 相關新聞】", "高溫炎熱 中午戶外工作務必補水", "2026/07/07 18:30",
        "冷氣一開就跳電？", "2026/07/06 12:15", "延伸閱讀", "某某媒體 版權所有",
    ]
    ref = find_reference(lines, [], TODAY)
    assert ref.source == "day-only" and ref.day.day == 8


def test_a_source_line_with_its_stamp_at_the_foot_is_the_page_date() -> None:
    """``本文来源：某某网 2025-12-15 07:30`` over the related links dated nothing: the page
    was dated today."""
    lines = [
        "某某天气网", "寒潮来袭 多地气温创新低",
        "受强冷空气影响，今天起多地气温明显下降，部分地区出现道路结冰。",
        "气象部门提醒，公众出行注意防寒保暖。",
        "本文来源：某某天气网 2025-12-15 07:30", "相关新闻", "某地发布道路结冰预警",
        "2025-12-15 06:40", "热门推荐", "防寒指南", "2025-12-14 20:16",
        "手机版 | 关于我们 | 联系我们", "© 某某中心 版权所有",
    ]
    ref = find_reference(lines, [], TODAY)
    assert (ref.day, ref.source) == (date(2025, 12, 15), "dateline")


def test_a_posts_yearless_stamp_a_little_after_the_storys_latest_date() -> None:
    """A Weibo post stamped ``3-1 10:20`` that states 2026年2月27日 was dated 2025-03-01 (the
    latest such day before), a year back; two days on is nearer."""
    from tui.model.build import build_article

    text = "3-1 10:20 来自 iPhone客户端\n2026年2月27日，我们去看了灯会。\n元宵节还要再去一次。"
    article = build_article(text, today=date(2026, 11, 30))
    assert (article.reference_date, article.reference_source) == (date(2026, 3, 1), "day-only")
    wire = build_article("（中央社記者某某台北11日電）市府表示，3月5日起實施新制。", today=date(2026, 11, 30))
    assert wire.reference_date.day == 11


def test_a_posts_yearless_stamp_when_the_story_names_only_old_years_is_this_years() -> None:
    """A fan page's post stamped ``3月28日下午4:12 ·`` (its time in words, its audience after a
    dot) that names only 民國78年, a writer's past: sites leave the year off this year's posts,
    so the page is of this year, a guess (it was 1989, and its coming lecture 1986)."""
    for form in both_scripts(
        "小滿書房\n3月28日下午4:12 · \n【四月講座預告】\n"
        "4月12日（六）下午兩點，作者來聊她民國78年搬進舊城區之後的日子。\n"
        "4月19日至20日則因為換書架休息兩天。"
    ):
        a = build_article(form, today=date(2026, 11, 30))
        assert (a.reference_date, a.reference_source) == (date(2026, 3, 28), "day-only"), form
        assert a.timeline[-1].start == date(2026, 4, 19)
    # a story whose latest year is recent keeps the stamp in that year
    recent = build_article("7-28 10:05 来自 微博网页版\n2025年7月21日那场雨后，今天又下大雨。", today=date(2026, 11, 30))
    assert recent.reference_date == date(2025, 7, 28)


def test_a_blogs_posted_at_stamp_over_its_comments_is_the_pages_date() -> None:
    """``posted @ 2025-08-12 22:41`` at the post's foot, then the comments' floors with their
    own later stamps: the post's stamp is the page's date, not the first comment's."""
    lines = [
        "某某的博客",
        "周末去海边骑车的一点记录",
        "上周末和朋友沿着海边骑了四十公里，风很大，但是景色非常好。",
        "中午在渔村吃了海鲜面，下午骑回市区，晚上腿已经抬不起来了。",
        "下次打算换一条山路试试，有经验的朋友欢迎留言交流。",
        "标签: 骑行, 生活",
        "posted @ 2025-08-12 22:41  某某的博客  阅读(356)  评论(2)  编辑  收藏  举报",
        "评论列表",
        "#1楼 2025-08-13 09:12 骑车的小王",
        "四十公里厉害了，下次带上我",
        "#2楼 2025-08-14 20:30 路人甲",
        "山路记得带够水",
        "刷新评论 刷新页面 返回顶部",
        "公告",
        "昵称： 某某的博客",
        "园龄： 3年2个月",
        "随笔分类",
        "骑行(12)",
        "读书(7)",
        "随笔档案",
        "2025年8月(2)",
        "2025年7月(4)",
        "阅读排行榜",
        "1. 第一次骑行一百公里(980)",
        "Copyright © 2025 某某的博客",
    ]
    ref = find_reference(lines, [], TODAY)
    assert (ref.day, ref.source) == (date(2025, 8, 12), "dateline")


def test_a_posters_registration_date_is_no_page_date() -> None:
    """NGA shows its poster's profile (级别: 侠客 注册: 2015-03-08) over the post's stamp."""
    from tui.model.build import build_article

    lines = [
        "NGA玩家社区",
        "[讨论] 公会春节线下聚会投票贴，时间地点大家来定",
        "#0",
        "Thunder_老鹰",
        "级别: 侠客 注册: 2015-03-08",
        "2024-01-22 20:15",
        "各位兄弟，去年的线下聚会大家都说好玩，今年继续搞。",
    ]
    article = build_article("\n".join(lines), today=date(2026, 11, 30))
    assert article.reference_date == date(2024, 1, 22)


def test_a_thread_whose_floors_repeat_their_stamp_label_is_dated_by_its_first_floor() -> None:
    from tui.model.dateline import find_reference

    lines = [
        "香港討論區 » 生活及飲食 » 今年月餅邊間抵食？",
        "今年月餅邊間抵食？",
        "月光寶盒",
        "發表於 2024-9-16 22:41",
        "1#",
        "聽日就中秋啦 仲未買月餅 而家先嚟問會唔會太遲",
        "旺角嗰間",
        "發表於 2024-9-16 22:58",
        "2#",
        "我琴日買咗",
        "路人",
        "發表於 2024-9-17 00:12",
        "3#",
        "18/9之後全部半價 不過可能唔夠你用",
    ]
    assert find_reference(lines, [], date(2026, 11, 30)).day == date(2024, 9, 16)


def test_a_privacy_or_browser_banner_is_no_story_line_before_the_dateline() -> None:
    """A news page's privacy banner (…同意上述規範。) and an English browser notice (Your browser
    does not…?) are read before the head's stamp, but are no lines of the story: the stamp under
    them is the page's date, not a related link's at the foot."""
    lines = [
        "本網站使用相關技術提供更好的閱讀體驗，同時尊重使用者隱私，點這裡瞭解隱私聲明，當您關閉此視窗，代表您同意上述規範。",
        "Your browser does not appear to support Traditional Chinese. Would you like to go to our English website?",
        "某某社一手新聞APP", "下載",
        "首頁 即時 政治 國際 兩岸 產經 證券 科技 生活 社會 地方 文化 運動 娛樂", "地方",
        "彰化百年戲院修復完工 下週三重新開幕首檔演出售罄",
        "2025/3/14 16:20（3/14 17:05 更新）",
        "請同意我們的隱私權規範，才能啟用聽新聞的功能。",
        "員林市百年戲院修復完工，13日開放媒體搶先參觀。某某社記者攝 114年3月13日",
        "（某某社記者彰化14日電）彰化縣員林市百年戲院歷經4年修復，縣府昨（13）日宣布完工，將於下週三（19日）重新開幕。",
        "", "縣府文化局表示，戲院建於日治時期，戰後曾是員林最熱鬧的戲院，此後閒置超過20年。",
        "延伸閱讀", "員林燈會人潮創新高 縣府檢討交通疏運", "2025/3/12 11:05",
        "鹿港老街假日禁行機車 試辦三個月", "2025/3/10 18:32", "訂閱電子報", "送出", "相關新聞",
        "台南老戲院手繪看板 第二代傳人開班授課", "2025/3/8 09:40", "國家文化記憶庫新增200筆老戲院資料", "2025/3/5 15:12",
        "某某社 The Central News Agency", "聯絡我們 著作權聲明 隱私權聲明", "© 2025 某某社 All Rights Reserved.",
    ]
    article = build_article("\n".join(lines), today=date(2026, 1, 1))
    assert article.reference_date == date(2025, 3, 14)


def test_a_posts_stamp_under_its_text_and_over_its_buttons_is_the_page_date() -> None:
    """A broadcast's text, then its stamp, then its buttons (…扫墓。 / 2025-04-05 22:10:33 /
    回应(4) 转发(2) 赞(37) 分享): the stamp dates the page, not the year the text remembers."""
    lines = [
        "某某网", "首页 我的 浏览发现 话题广场", "搜索你感兴趣的内容和人...", "小溪", "小溪 说：",
        "清明回老家给外婆扫墓。前天晚上坐的高铁，昨天一早跟着舅舅上山，路上碰到好多同村的人。",
        "外婆是1998年农历三月初三走的，所以我们家一直是三月三上坟，只好清明补上。",
        "山上的映山红开了一大片，舅舅说比去年早了差不多一个星期。",
        "明天下午回上海，下周一又要开始打工了。", "图片", "图片",
        "2025-04-05 22:10:33", "回应(4) 转发(2) 赞(37) 分享",
        "阿澄", "@小溪 我们那边也是三月三，今年我也没回去", "2025-04-05 22:31:07 回应",
        "东北大米饭", "去年清明我在高速上堵了6个小时，今年学乖了，4号凌晨5点就出发", "2025-04-05 23:02:44 回应",
        "小溪", "@东北大米饭 错峰是对的", "2025-04-05 23:10:15 回应",
        "路人甲", "我们那边三月三还要吃乌米饭", "2025-04-06 00:18:52 回应",
        "© 2005－2025 某某网, all rights reserved",
    ]
    article = build_article("\n".join(lines), today=date(2026, 1, 1))
    assert article.reference_date == date(2025, 4, 5)


def test_a_forum_floors_stamp_over_its_lone_reply_button_is_the_page_date() -> None:
    """A Tieba first floor: its text, 来自Android客户端, 1楼, the stamp, one 回复 button.  The
    stamp dates the page (it had been dated by the latest year its text remembers)."""
    lines = [
        "某某贴吧", "进入贴吧", "全吧搜索", "江州吧", "关注：52万", "看贴", "图片", "只看楼主", "收藏", "回复",
        "【天气】又一波寒潮要来了", "江州气象迷", "楼主",
        "今天下午市气象台发了寒潮蓝色预警，给大家整理一下要点：",
        "1、明天夜里开始降温，最低气温-5℃到-7℃，山区可能到-10℃",
        "2、雨雪主要在下周二和周三，城区有可能出现小雪",
        "老江州人都知道，上一次城区积雪还是2008年1月底那场，后来2024年2月也下过。",
        "3、风力偏北风5到6级，阵风8级，体感会比上周三那次冷得多",
        "这次能不能积雪不好说，但路面结冰概率很大。", "吧主@某某 能不能帮忙置顶一下，谢谢",
        "来自Android客户端", "1楼", "2026-01-18 19:02", "回复",
        "路过的", "腊八那天还能回暖吗？", "来自iPhone客户端", "2楼", "2026-01-18 19:40", "回复",
        "老张", "屯了两箱泡面加一袋米，准备冬眠了", "来自iPhone客户端", "3楼", "2026-01-18 20:07", "回复",
        "贴吧热议榜", "1 江州地铁6号线首通段进入试运行 326万", "2 城东夜市升级改造方案公示 118万",
        "回复", "发表", "某某贴吧", "©2026 某某", "贴吧协议", "隐私政策", "吧主制度", "意见反馈", "网络谣言警示",
    ]
    for form in both_scripts("\n".join(lines)):
        article = build_article(form, today=date(2026, 11, 30))
        assert article.reference_date == date(2026, 1, 18), form


def test_a_threads_starter_line_and_a_posts_calendar_icon() -> None:
    """HKGolden opens a thread with 發起人：某某　2021/2/5 12:36: the thread's day.  An Instagram
    post's 🗓 2023.5.13 under its heading is the hike's day; the post's own day is at its foot
    (2023年5月19日 under its likes)."""
    thread = [
        "主頁　高登熱話　吃喝玩樂　科技消費", "您現在聚腳在 吹水台內。", "今年年初三撞正情人節 點樣同女朋友交代？",
        "發起人：擔擔麵走辣　　2021/2/5 12:36", "回覆：64　頁數：1/3", "擔擔麵走辣　2021/2/5 12:36",
        "各位手足，小弟第一次帶女朋友見阿媽，約咗年初二返屋企食開年飯。",
        "點知今日先醒起年初三（14號）就係情人節，嗰日又要同佢屋企人去拜年。",
        "上年情人節我送咗一束玫瑰，$680，佢話太老土，今次真係唔知點好。",
        "港島西打工仔　2021/2/5 12:51", "年廿八花墟實擠到爆，建議你聽日朝早去，人少啲",
        "擔擔麵走辣　2021/2/5 13:04", "聽日要返工呀巴打，禮拜日先得閒",
        "阿Sam食咗飯未　2021/2/5 13:22", "初三陪女朋友，初四先去拜年咪得囉",
        "擔擔麵走辣　2021/2/5 13:40", "初四佢屋企人又約咗飲茶，唉",
        "路過的巴打　2021/2/5 14:02", "送花不如一齊去食餐好嘅",
        "下一頁", "回覆", "高登討論區 © 2021",
    ]
    assert build_article("\n".join(thread), today=date(2026, 11, 30)).reference_date == date(2021, 2, 5)
    post = [
        "Instagram", "登入", "註冊", "hikingwithmaymay", "追蹤", "hikingwithmaymay 【蚺蛇尖 · 香港三尖之首】",
        "🗓 2023.5.13", "上個禮拜六終於行咗蚺蛇尖！！呢條路線諗咗成年，之前兩次都因為落雨取消。",
        "全程大約13km，行咗6個幾鐘，最高點468m，最後嗰段真係手腳並用。", "#香港行山 #蚺蛇尖 #西貢",
        "查看全部 48 則留言", "ivan.lam.hk 多謝帶隊！", "4天　8 個讚　回覆", "讚好 1,284 次", "2023年5月19日",
        "新增留言……", "發佈", "關於　說明　API　工作機會　私隱政策", "© 2023 Instagram from Meta",
    ]
    assert build_article("\n".join(post), today=date(2026, 11, 30)).reference_date == date(2023, 5, 19)


def test_a_notes_edit_stamp_under_its_text_and_a_reviews_header_with_its_rating() -> None:
    """A note's text without full stops (a Xiaohongshu note), then 编辑于 2024-04-02 四川: the
    note's date, though the head read past the note's first lines; a review's header with its
    rating word (★★★★☆ 推荐) and its stamp is the review's date, not a list of recommendations."""
    today = date(2026, 11, 30)
    note = ["小红书", "发现", "成都吃货小团子", "关注", "成都｜清明去龙泉驿看桃花，这份避坑攻略收好🌸",
            "上周日和闺蜜去了趟龙泉驿桃花故里，人不算太多，花开了七八成",
            "1️⃣ 清明假期千万别自驾！去年4月初我们在山脚堵了两个小时",
            "📅 我们是2024.3.31去的，当天天气阴，出片还是可以的",
            "编辑于 2024-04-02 四川", "共 93 条评论", "求问T12在哪坐呀？本周末想带爸妈去", "04-02 四川"]
    review = ["豆瓣电影", "影评", "一场洪水，两代人的沉默", "江边数星星 评论 长江以南 2024 ★★★★☆ 推荐 2024-07-11 23:18:42 湖南",
              "7月5日上映的时候我没太在意，看预告以为又是一部灾难片。", "有用 1284"]
    for lines, day in ((note, date(2024, 4, 2)), (review, date(2024, 7, 11))):
        for form in (lines, [convert(x, Script.TRADITIONAL) for x in lines]):
            assert find_reference(form, [], today).day == day, form
    links = ["某某网", "热门推荐 江城暴雨后多条道路积水 2024-07-11 23:18", "正文第一句。", "正文第二句。"]
    assert find_reference(links, [], today).source == "today"


def test_a_labelled_post_stamp_beats_a_replys_bare_stamp_and_an_edit() -> None:
    """A review 发表于 2025-04-20 21:36, then the shop's reply stamped 2025-04-21 10:15 at the
    foot: the review's day.  编辑于 2025-05-21 over 发布于 2025-05-20: the publication's day."""
    today = date(2026, 11, 30)
    review = ["大众点评", "蜀渝老灶火锅", "锅底很香，毛肚新鲜。", "唯一缺点是等位太久，建议工作日中午来。",
              "发表于 2025-04-20 21:36", "赞(38) 回应(2) 收藏 举报", "商家回复：", "感谢亲的认可！欢迎再来品尝。",
              "2025-04-21 10:15", "查看全部2836条评价", "©2003-2025 dianping.com, All Rights Reserved."]
    answer = ["知乎", "怎么看待这件事？", "先说结论：可以去。", "排队的人很多，建议早点到。",
              "编辑于 2025-05-21 18:40", "发布于 2025-05-20 09:12・IP 属地浙江", "赞同 12", "2025-05-21 · 浙江"]
    for lines, day in ((review, date(2025, 4, 20)), (answer, date(2025, 5, 20))):
        for form in (lines, [convert(x, Script.TRADITIONAL) for x in lines]):
            assert find_reference(form, [], today).day == day, form


def test_a_story_pasted_under_a_posts_intro_gives_neither_the_title_nor_the_page_date() -> None:
    """A Tieba thread pasting a paper's story (转自某某发布： / 【headline】 / its dateline): the
    thread's own headline is the title, its first floor's stamp the page's date, and a later
    floor's 今天 counts from that floor's own stamp."""
    from tui.model.build import build_article
    from tui.model.scripts import Script, convert

    page = ["百度贴吧", "看贴", "图片", "精品", "石湖串月今年恢复了！转个新闻，有没有吧友一起去", "只看楼主", "收藏", "回复",
            "吴中小胖子", "楼主", "转自苏州发布：", "【时隔五年 石湖串月民俗活动回归】", "2024-09-13 17:45 来源：苏州日报",
            "记者9月13日从吴中区文旅局获悉，石湖串月民俗活动将于9月17日至20日在石湖景区举行。",
            "下周二放假的时候带爸妈去看看，去年中秋在平江路人挤人。", "来自iPhone客户端1楼2024-09-14 22:10", "回复",
            "石湖边的风", "19年去过一次，人真的多，建议早点去", "来自Android客户端2楼2024-09-14 22:31", "回复",
            "姑苏夜行人", "今天早上路过石湖，已经在搭台了", "来自Android客户端3楼2024-09-15 08:02", "回复"]
    foot = ["桂花糖年糕", "预约刚抢到了，20号晚上的，激动", "来自iPhone客户端4楼2024-09-15 09:18", "回复",
            "阿狸的小鱼", "中秋假期人肯定多，建议工作日去", "来自Android客户端5楼2024-09-15 10:02", "回复",
            "发表回复", "©2024 Baidu 贴吧协议 隐私政策 吧主制度 意见反馈 网络谣言警示"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        a = build_article("\n".join(convert(x, script) for x in [*page, *foot]))
        assert a.title is not None and a.title.original == convert(page[4], script), a.title
        assert (a.reference_date, a.reference_source) == (date(2024, 9, 14), "dateline"), a.reference_date
        today = [e for e in a.timeline if e.text.original == convert("今天", script)]
        assert [e.start for e in today] == [date(2024, 9, 15)], today
        # without the floors below it, the page is of the pasted story's day or later: a guess
        a = build_article("\n".join(convert(x, script) for x in page))
        assert (a.reference_date, a.reference_source) == (date(2024, 9, 13), "latest-year")


def test_a_chat_export_is_dated_by_its_messages_stamps() -> None:
    """WhatsApp's [5/2/2024, 8:15 AM] 管理處 Peter: …: a Hong Kong chat puts the day first, so
    the page is of 5 February 2024, and its messages' 聽日 and 噚日 count from the day each was
    sent; the stamps are no events, a chat line is no headline, the app's notices in place of a
    message are chrome, and a message's list lines under it are the message's."""
    from tui.model.build import build_article
    from tui.model.scripts import Script, convert

    page = ["[5/2/2024, 8:15 AM] 管理處 Peter: 【海景花園管理處通告】", "各位住戶：",
            "1. 本屋苑將於聽日（2月6日）上午10時至下午4時進行B座食水缸清洗，期間暫停供水。",
            "[5/2/2024, 8:30 AM] Ken Lau: 聽日停水😱 今晚要儲定水先",
            "[5/2/2024, 9:02 AM] Mandy 1608: 想問下噚日有冇人喺平台花園執到一條藍色頸巾？",
            "[5/2/2024, 9:05 AM] Mandy 1608: ‎圖片已略去", "[5/2/2024, 9:40 AM] 陳太 702: 此訊息已被刪除",
            "[5/2/2024, 10:03 AM] Mandy 1608: #接龍", "新春盆菜宴報名", "1. Mandy 1608 一圍", "2.",
            "[5/2/2024, 10:15 AM] 陳太 702: 收到👍"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        a = build_article("\n".join(convert(x, script) for x in page))
        assert a.reference_date == date(2024, 2, 5), a.reference_date
        assert a.title is None, a.title
        got = sorted((e.text.original, e.start) for e in a.timeline)
        assert got == sorted([(convert("聽日（2月6日）", script), date(2024, 2, 6)), (convert("聽日", script), date(2024, 2, 6)),
                              (convert("今晚", script), date(2024, 2, 5)), (convert("噚日", script), date(2024, 2, 4))]), got
        chrome = {b.original for b in a.boilerplate}
        assert {convert(page[5], script), convert(page[6], script)} <= chrome, chrome
        assert not {convert(x, script) for x in page[8:11]} & chrome, chrome


def test_a_us_chat_export_puts_the_month_first_where_its_stamps_say_so() -> None:
    """[12/24/2024, 9:00 PM]: no month 24, so these stamps put the month first."""
    from tui.model.timeline import chat_stamps

    lines = ["[12/24/2024, 9:00 PM] Amy: Merry Christmas!", "[12/25/2024, 8:00 AM] Ben: 聖誕快樂",
             "[12/25/2024, 8:05 AM] Amy: 明天見"]
    assert set(chat_stamps(lines).values()) == {date(2024, 12, 24), date(2024, 12, 25)}


def test_the_weibo_apps_stamp_with_a_two_figure_year_dates_the_post() -> None:
    """26-4-2 09:15 来自 HUAWEI Mate 70 Pro: the app's stamp of a post from an earlier year; its
    昨天 is April 1st 2026."""
    from tui.model.build import build_article

    page = ["微博正文", "北京遛娃指南", "26-4-2 09:15 来自 HUAWEI Mate 70 Pro", "关注",
            "#北京遛娃# 最近带娃出门的家长们注意了‼️", "昨天去玉渊潭已经人山人海，推车根本推不动，建议大家错峰出行。"]
    a = build_article("\n".join(page))
    assert (a.reference_date, a.reference_source) == (date(2026, 4, 2), "dateline")
    assert [e.start for e in a.timeline] == [date(2026, 4, 1)]


def test_a_bloggers_signature_with_the_month_first_dates_the_post() -> None:
    """張貼者： 阿思 於 2/10/2025 10:32 下午 under a post: Blogger writes the month first, so the
    post is of 10 February 2025; 25/1/2025 can only be day first."""
    from tui.model.build import build_article

    story = ["年初八同屋企人北上深圳，趁仲有新年氣氛，行咗福田同蛇口。", "上個禮拜六我阿妹再去多次，佢話過咗年初十之後人少咗一半。"]
    for stamp, day in (("張貼者： 阿思 於 2/10/2025 10:32 下午", date(2025, 2, 10)),
                       ("張貼者： 阿思 於 25/1/2025 10:32 下午", date(2025, 1, 25))):
        a = build_article("\n".join(["阿思周圍食周圍買", "深圳一日遊：福田買手機殼", *story, stamp, "以電子郵件傳送這篇文章", "BlogThis!"]))
        assert (a.reference_date, a.reference_source) == (day, "dateline"), stamp


def test_an_update_stamp_below_a_list_of_other_pages_still_dates_the_page() -> None:
    """相關展覽 / two exhibitions with their spans / 瀏覽人次 / 最後更新日期：2025-04-30: the page's own
    update stamp under its label, below the list; the list's spans date nothing."""
    from tui.model.build import build_article

    page = ["南瀛民俗博物館", "特展｜海風吹過的村落", "展覽期間：2025/05/17（六）- 2025/09/14（日）",
            "本展以臺南沿海聚落為主題，展出漁具、老照片與口述歷史，帶觀眾認識海邊人家的生活。",
            "開幕當天將有導覽與手作活動，歡迎親子一同參加，現場名額有限，請提早報名。",
            "相關展覽", "島嶼的鹽：台灣鹽業文化展 2024/10/05 - 2025/03/02", "看見西拉雅：平埔族群生活展 2024/06/01 - 2024/12/31",
            "瀏覽人次：4,215", "最後更新日期：2025-04-30", "南瀛民俗博物館 版權所有 © 2025"]
    a = build_article("\n".join(page))
    assert (a.reference_date, a.reference_source) == (date(2025, 4, 30), "updated")


def test_a_channels_post_stamp_with_its_count_dates_the_page() -> None:
    """Telegram's web page puts each post's stamp and its count under it (2025-01-24 08:02:17 (1)):
    a stamp, no blog archive's month and count (2025年8月(3) still is one)."""
    from tui.model.build import build_article
    from tui.model.timeline import find_dates

    page = ["街坊速報 HK", "38.2K subscribers", "Download Telegram", "年宵市場今日（24日）起搭建 明日（25日）開鑼",
            "食環署表示，維園年宵市場由明日（25日）起一連四日舉行，至除夕（1月28日）晚上結束。", "2025-01-24 08:02:17 (1)",
            "天文台：下星期一（27日）起轉冷", "天文台指，一股強烈季候風將於下星期一（27日）抵達廣東沿岸。", "2025-01-24 09:15:40 (1)"]
    a = build_article("\n".join(page))
    assert a.reference_date == date(2025, 1, 24), (a.reference_date, a.reference_source)
    assert find_dates("▼ 2025年8月(3)", date(2026, 12, 1)) == []


def test_a_headlines_own_date_is_not_the_pages() -> None:
    """端午連假離島船票 航港局：2025.5.20中午開放訂購 over 2025/05/15 16:42: the headline's date runs
    on into its words, the story's; the stamp under it is the page's."""
    from tui.model.build import build_article

    page = ["中央社 CNA", "端午連假離島船票 航港局：2025.5.20中午開放訂購", "2025/05/15 16:42（5/15 17:10 更新）",
            "（中央社記者陳怡如台北15日電）端午節將至，交通部航港局今天表示，加班船票將於2025.5.20中午12時開放線上訂購。",
            "航港局統計，本月10日單日載客更突破4千人次，預估今年夏天將再創新高。"]
    a = build_article("\n".join(page))
    assert a.reference_date == date(2025, 5, 15), (a.reference_date, a.reference_source)


def test_datelines_with_a_time_of_day_or_an_agencys_word_stay_datelines() -> None:
    """發布時間：2025年5月15日下午3時15分, 新华网北京2025年5月15日电, 來源：中央社 2025年5月15日晚間:
    the date runs on into a time of day or 电, no headline's clause; a Weibo stamp with a two-figure
    year still to come (99-4-2) dates nothing."""
    from tui.model.build import build_article

    story = ["（中央社記者陳怡如台北15日電）交通部航港局今天表示，加班船票將於下週開放線上訂購。",
             "航港局統計，本月10日單日載客更突破4千人次，預估今年夏天將再創新高。"]
    for head in ("發布時間：2025年5月15日下午3時15分", "北京日报客户端 2025年5月15日上午", "新华网北京2025年5月15日电",
                 "來源：中央社 2025年5月15日晚間"):
        a = build_article("\n".join(["某某網", head, *story]))
        assert a.reference_date == date(2025, 5, 15), (head, a.reference_date, a.reference_source)
    a = build_article("\n".join(["微博正文", "99-4-2 09:15 来自 iPhone", "昨天去玉渊潭已经人山人海，推车根本推不动。"]),
                      today=date(2026, 12, 1))
    assert a.reference_source != "dateline" and a.reference_date <= date(2026, 12, 1), a.reference_date
    for head in ("发布于：2025-05-15星期四", "作者：王明 发表于2025-05-15星期四", "发布于2025年5月15日下午3时15分"):
        a = build_article("\n".join(["某某網", head, *story]))
        assert (a.reference_date, a.reference_source) == (date(2025, 5, 15), "dateline"), head


def test_a_reposts_intro_is_not_a_request_to_credit_the_source() -> None:
    """转载请注明出处：, 原文链接：: a request and a link's label, not a post's intro to a pasted
    story; 转自苏州发布： is one, in either script."""
    from tui.model.line_shapes import QUOTE_INTRO

    assert QUOTE_INTRO.match("转自苏州发布：") and QUOTE_INTRO.match("轉自蘇州發布：")
    for line in ("转载请注明出处：", "原文链接：", "轉載請註明出處："):
        assert not QUOTE_INTRO.match(line), line


def test_a_notes_stamp_and_region_over_its_comments_dates_the_page() -> None:
    """小红书: the note's text, its tags, then 2025-04-22 上海 / 共 326 条评论: the note's own stamp
    (a comment's 04-22 福建 under it is a reply's)."""
    from datetime import date

    from tui.model.dateline import find_reference
    from tui.model.scripts import Script, convert

    lines = ["小红书", "发现", "发布", "通知", "阿鱼不吃鱼🐟", "关注", "去泉州真的别踩这些坑‼️亲测3天2晚保姆级攻略",
             "姐妹们！上周末刚从泉州回来 趁热乎写个攻略🥹", "先说结论：五一假期能避开就避开 人真的太多了",
             *[f"📍Day{k} 西街+开元寺+钟楼 晚上去吃当地小吃 排队排到怀疑人生！" for k in range(1, 12)],
             "#泉州旅游[话题]# #旅行攻略[话题]#", "2025-04-22 上海", "共 326 条评论", "奶茶续命中", "姐妹簪花是哪家呀 求店名🙏",
             "04-22 福建", "回复"]
    for form in (lines, [convert(t, Script.TRADITIONAL) for t in lines]):
        ref = find_reference(form, [], date(2026, 11, 30))
        assert (ref.day, ref.source) == (date(2025, 4, 22), "dateline"), ref
