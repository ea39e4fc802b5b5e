"""Personal and small-community pages: a chat's mention of everyone, a blog's floors that name
their posters, a church's Sundays.  The texts are written for these tests in the shapes such
pages have."""

from __future__ import annotations

import pytest

from tui.model.bloggers import find_bloggers
from tui.model.scripts import Script, convert


def _both(text: str) -> list[str]:
    return [convert(text, Script.TRADITIONAL), convert(text, Script.SIMPLIFIED)]


def _assert_chrome(line: str) -> None:
    """``line`` is page chrome, written in either script."""
    from tui.model.line_shapes import Kind, classify

    for text in _both(line):
        assert classify(text) is Kind.CHROME, text


def _handles(lines: list[str]) -> list[str]:
    out = []
    for b in find_bloggers(lines, []):
        h = b.hits[0]
        out.append(lines[h.paragraph][h.start + 1 : h.end])
    return out


@pytest.mark.parametrize("line", ["20:03\t大姑\t@All 各位今年除夕一样吃年夜饭", "@所有人 明天放假", "@全体成员 请查收通知", "@everyone 今晚开会"])
def test_a_mention_of_everyone_is_no_account(line: str) -> None:
    for text in _both(line):
        assert _handles([text]) == []


def test_a_handle_that_is_a_floors_poster_is_whole() -> None:
    """A blog's comment floors name their posters after the stamp (#1楼 2025-01-01 00:42 小林不加班);
    a reply that tags one alone on its line is that poster, though jieba reads 不 as a clause."""
    for floor, reply in zip(
        _both("#1楼 2025-01-01 00:42 小林不加班"), _both("@小林不加班"), strict=True
    ):
        lines = [floor, "全马很可以了！", "#3楼 [楼主] 2025-01-01 10:40 老周的菜园子", reply, "一起加油"]
        assert _handles(lines) == [reply[1:]]


def test_a_churchs_sundays_are_the_weeks_sundays() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    sunday = date(2024, 12, 22)
    for text in _both("上主日（12月15日）聖誕崇拜，本主日崇拜後有愛筵，下主日暫停。"):
        assert [d[1:3] for d in dated(text, sunday)] == [
            ("2024-12-15", "2024-12-15"),
            ("2024-12-22", "2024-12-22"),
            ("2024-12-29", "2024-12-29"),
        ]
    for text in _both("小朋友下午去上主日學，主日學老師很用心"):
        assert dated(text, sunday) == []


def test_a_festival_of_a_month_named_and_words_that_only_look_like_dates() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    ref = date(2024, 10, 20)
    for text in _both("老闆娘說上個月中秋節那天才是真的排到馬路上。"):
        assert [d[:3] for d in dated(text, ref)] == [(text[4:10], "2024-09-17", "2024-09-17")]
    for text in _both("下個月聖誕節要回老家"):  # a loose month: the festival still
        assert [d[1:3] for d in dated(text, ref)] == [("2024-12-25", "2024-12-25")]
    for line in ("早上出門，國五一路順暢。", "长沙五一路堵车了", "退休後年年跟隨大甲媽遶境"):
        for text in _both(line):
            assert dated(text, ref) == [], text
    for text in _both("後年年底完工，五一假期照常"):
        assert [d[0] for d in dated(text, ref)] == [text[:4], text[7:11]]


def test_a_blogs_name_and_motto_over_its_platforms_menu_are_no_headline() -> None:
    from tui.model.build import build_article

    lines = [
        "老周的菜园子",
        "种菜、写代码、偶尔跑步",
        "博客园  首页  新随笔  联系  订阅  管理",
        "随笔 - 86  文章 - 0  评论 - 143  阅读 - 21万",
        "",
        "2024年终总结：换工作、跑完第一个全马，和爸妈的那趟旅行",
        "",
        "又到了一年一度写总结的时候。",
        "今年换了工作，写的代码比过去两年都多。",
        "二、跑步：人生第一个全马",
        "从4月开始按计划练，周二周四间歇，周六长距离跑步。",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert a.title is not None and a.title.original == text.split("\n")[5]


def test_a_skip_link_to_the_post_is_chrome() -> None:
    from tui.model.line_shapes import Kind, classify

    for line in ("跳到主文", "跳至主文", "跳到正文"):
        for text in _both(line):
            assert classify(text) is Kind.CHROME, text


INVITATION = [
    "🎵 音乐已开启，点击可暂停",
    "我们结婚啦｜小屿 & 小晚的婚礼邀请函",
    "小屿 & 小晚",
    "诚挚邀请您参加我们的婚礼",
    "上滑查看 ↑",
    "",
    "「我们的故事」",
    "2016.9.1　初遇",
    "大学开学第一天，她抱着一摞书在图书馆迷路，我假装很熟。",
    "2018.2.14　在一起",
    "情人节那天，我在宿舍楼下等了她两个小时，她说你傻不傻。",
    "2022.10.1　见家长",
    "第一次去她家，紧张到把岳父的茶杯碰倒了，岳父说碎碎平安。",
    "",
    "「出席回执」",
    "请于5月10日前回复：",
    "☐ 一定到场　☐ 有事无法出席",
    "提交回执",
    "浏览 1,286　|　我也要制作",
]


def test_an_invitations_story_heads_are_its_days_and_its_widgets_are_chrome() -> None:
    """A couple's story laid out as day and a few words over what happened: the days are events
    and none of them is the page's date; the page's music switch, swipe hint, form choices and
    the template's link are chrome, and the lines under the headline stay the invitation's."""
    from tui.model.build import build_article

    for text in _both("\n".join(INVITATION)):
        lines = text.split("\n")
        a = build_article(text, today=__import__("datetime").date(2025, 4, 1))
        body = {p.text.original for p in a.paragraphs}
        chrome = {c.original for c in a.boilerplate}
        assert {lines[7], lines[9], lines[11], lines[2], lines[3]} <= body
        assert {lines[0], lines[4], lines[16], lines[17], lines[18]} <= chrome
        assert a.title is not None and a.title.original == lines[1]
        days = [(e.text.original, e.start.isoformat()) for e in a.timeline]
        assert ("2016.9.1", "2016-09-01") in days and ("2022.10.1", "2022-10-01") in days
        assert a.reference_source != "dateline"  # no story day is the page's own date


def test_a_diarys_today_is_its_entrys_day() -> None:
    from datetime import date

    from tui.model.build import build_article

    lines = [
        "腊月小记：扫房子、蒸馒头，年味一点点回来了",
        "发布于 2025.01.22 21:40",
        "",
        "1月16日　周四　阴",
        "厂里的放假通知终于下来了，车间主任让大家走之前把工位收拾干净。",
        "",
        "1月18日　周六　晴",
        "一早坐大巴回县城，车上全是拎着大包小包的人。明天要去镇上赶集。",
        "",
        "1月20日　周一　阴转小雪",
        "今天下了今冬第一场雪，不大，落地就化了。",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text, today=date(2025, 2, 1))
        days = {e.text.original: e.start.isoformat() for e in a.timeline}
        assert days[next(k for k in days if k.startswith("明"))] == "2025-01-19"
        assert days[next(k for k in days if k.startswith("今"))] == "2025-01-20"
    # one dated line alone is no diary: 明天 is the page's next day
    text = "\n".join([*lines[:3], *lines[6:8]])
    a = build_article(text, today=date(2025, 2, 1))
    assert {e.text.original: e.start.isoformat() for e in a.timeline}["明天"] == "2025-01-23"


def test_an_itinerarys_day_after_a_bar_is_its_day() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    ref = date(2024, 10, 20)
    for line, day in (("D1｜10.1　杭州→兰州", "2024-10-01"), ("Day 2 | 10.2 兰州→夏河", "2024-10-02")):
        for text in _both(line):
            assert [d[1] for d in dated(text, ref)] == [day]
    for text in _both("版本｜10.1 更新说明"):  # a version after a bar is no day
        assert dated(text, ref) == []


def test_a_periodicals_issue_numbered_by_its_year_is_no_date() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    ref = date(2025, 5, 20)
    for line in ("书香会刊｜2025年第5期（总第58期）", "财新周刊 2025年第45期"):
        for text in _both(line):
            assert dated(text, ref) == [], text
    for text in _both("2025年第一季度营收"):
        assert [d[0] for d in dated(text, ref)] == [text[:9]]


@pytest.mark.parametrize(
    "line",
    ["孤哀子　林志成　林志明", "孤哀女　林淑芬（適王）", "孫　林冠宇　林冠廷　林欣怡", "外孫　王柏翰", "暨族親等　泣血稽顙", "治喪處：台南市東區崇善路○○號（林宅）"],
)
def test_an_obituarys_mourners_are_its_signature(line: str) -> None:
    _assert_chrome(line)


def test_a_sentence_that_opens_with_a_kin_word_is_no_signature() -> None:
    from tui.model.line_shapes import Kind, classify

    for text in _both("孫　林冠宇說，阿公每天早上都在廟口泡茶。"):
        assert classify(text) is not Kind.CHROME


def test_a_day_set_apart_by_spaces_is_a_day_but_not_a_count() -> None:
    """Yahoo and some portals set figures apart with spaces (截至 8 日, 周日（11 日）)."""
    from datetime import date

    from tests.test_date_shapes import dated

    ref = date(2026, 1, 9)
    for text in _both("天文台預測周日（11 日）最低氣溫 9 度，截至 8 日中午"):
        assert [d[0] for d in dated(text, ref)] == [text[5:13], "8 日"]
    for line in ("共 3 日", "住 4 日", "连续 5 日"):
        for text in _both(line):
            assert dated(text, ref) == [], text


def test_a_headline_with_its_reporter_in_brackets_is_cut_there() -> None:
    from tui.model.build import build_article

    lines = [
        "新聞 > 港聞",
        "",
        "兩元乘車優惠擬設每月上限 議員憂影響長者外出意欲(何穎琳報道)",
        "",
        "政府建議為兩元乘車優惠設每月上限，多名議員昨日在會上表示擔心長者減少外出。",
        "有議員指出，不少長者每日往返社區中心，上限一旦落實，他們的生活會受影響。",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert a.title is not None and a.title.original == text.split("\n")[2].split("(")[0]


def test_this_years_first_snow_is_no_start_of_the_year() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    for text in _both("去年北京初雪出现在12月中旬，今年初雪则有望提前。"):
        assert not any(d[0].endswith("初") for d in dated(text, date(2025, 11, 24)))
    for text in _both("今年初开始施工"):
        assert [d[0] for d in dated(text, date(2025, 11, 24))] == [text[:3]]


def test_a_timelines_rows_carry_the_year_a_row_above_stated() -> None:
    from tui.model.build import build_article

    lines = [
        "【申請心得】文組轉資工，我的碩士申請時間線全紀錄",
        "2025年4月6日 星期日",
        "",
        "終於塵埃落定，把這一年的時間線整理給學弟妹參考。",
        "2024.6.1　開始準備托福，報名補習班的線上課",
        "2024/9/20　第二次托福 105，GRE同時考完",
        "10月　寫SOP、改履歷、找推薦人",
        "11月中　寄出第一批申請",
        "最後拿到兩間的錄取，選了離家近一點的那間。",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        days = {e.text.original: (e.start.isoformat(), e.end.isoformat()) for e in a.timeline}
        assert days["10月"] == ("2024-10-01", "2024-10-31")
        assert days["11月中"] == ("2024-11-11", "2024-11-20")


def test_a_day_one_may_do_something_from_or_a_deadlines_day_is_to_come() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    for text in _both("市民可由13日晚上11時後開始觀看，直至翌日天亮前。"):
        assert dated(text, date(2025, 12, 10))[0][1] == "2025-12-13"
    for text in _both("改選截止係19號，仲有三日諗"):
        assert dated(text, date(2025, 7, 16))[0][1] == "2025-07-19"
    for text in _both("記者13日到場時，現場已經清理完畢。"):  # a reported day stays the last one
        assert dated(text, date(2025, 12, 10))[0][1] == "2025-11-13"


def test_a_launch_guessed_for_a_quarter_is_the_quarter() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    for text in _both("摺機 Fold 3 可能第三季登場"):
        assert [d[1:3] for d in dated(text, date(2025, 3, 12))] == [("2025-07-01", "2025-09-30")]
    for text in _both("庆余年第二季上线了"):  # a show's season
        assert dated(text, date(2025, 3, 12)) == []


def test_a_bloggers_year_end_summary_looks_back_on_its_year() -> None:
    from datetime import date

    from tui.model.build import build_article

    lines = [
        "2024年终总结：换工作、跑完第一个全马",
        "posted @ 2024-12-31 23:18 老周的菜园子",
        "",
        "又到了一年一度写总结的时候，流水账记一下。",
        "今年第一季度公司业务调整，3月中旬我正式提了离职。",
        "从4月开始按计划练跑步，周二周四间歇，周六长距离。",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text, today=date(2025, 1, 5))
        days = {e.text.original: e.start.isoformat() for e in a.timeline}
        assert days["3月中旬"] == "2024-03-11" and days["4月"] == "2024-04-01"


def test_a_bulletin_that_numbers_its_issue_is_the_headline() -> None:
    from tui.model.build import build_article

    lines = [
        "基督教某某堂 Grace Church",
        "主頁｜關於我們｜聚會時間｜週刊｜團契小組｜奉獻｜聯絡我們",
        "主頁 > 週刊 > 2024年",
        "將臨期第四主日崇拜週刊　2024年12月22日",
        "📄 下載PDF版　🖨 列印",
        "",
        "【崇拜程序】（上午10:30　主堂）",
        "宣　召 …………………………… 主　席",
        "讀　經 ………………… 路加福音1章39-45節",
        "【堂務報告】",
        "1. 本主日崇拜後有聖誕聯歡，歡迎弟兄姊妹留步。",
        "2. 下主日（12月29日）為年終感恩崇拜，請預備見證分享。",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert a.title is not None and a.title.original == text.split("\n")[3].split("\u3000")[0]


def test_little_new_year_reached_is_its_day() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    for text in _both("如果到了小年还不绿，可以把罐子挪到暖和一点的地方"):
        assert [d[:2] for d in dated(text, date(2025, 1, 10))] == [("小年", "2025-01-22")]
    for text in _both("小年轻不懂事"):
        assert dated(text, date(2025, 1, 10)) == []


def test_this_years_first_month_is_january() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    for text in _both("今年首個月出口按年增長一成"):
        assert [d[:3] for d in dated(text, date(2025, 3, 10))] == [(text[:5], "2025-01-01", "2025-01-31")]


def test_a_menu_with_one_longer_entry_is_still_a_menu_and_no_headline() -> None:
    from tui.model.line_shapes import Kind, classify
    from tui.model.title import _headline

    for text in _both("首页 选电影 选剧集 排行榜 影评 2024年度榜单"):
        assert classify(text) is Kind.CHROME
    for text in _both("影讯&购票 选电影 电视剧 排行榜 影评 2025年度榜单 品牌"):
        assert _headline(convert(text, Script.SIMPLIFIED)) is None
    # a headline with its figures spaced, or a product's name, stays one
    for line in ("星河 X10 系列官宣 11 月 18 日发布，首发天枢 9 芯片", "小熊 空气炸锅 5L 可视窗 到手价169元 近期低价"):
        assert _headline(line) is not None


@pytest.mark.parametrize("line", ["翠林苑業主立案法團　管理處　啟", "陈屿 & 林晚　敬邀", "校長 何志明 謹啟", "學務處　敬啟"])
def test_a_notices_sender_signing_off_is_chrome(line: str) -> None:
    _assert_chrome(line)


def test_a_sentence_ending_in_the_word_for_open_is_no_sign_off() -> None:
    from tui.model.line_shapes import Kind, classify

    for text in _both("新店下週一正式開幕，歡迎大家蒞臨，門市早上十點準時開啟"):
        assert classify(text) is not Kind.CHROME


@pytest.mark.parametrize(
    "line", ["Listen", "Share", "Written by Chloe Ng", "41 Followers", "Responses (2)", "What are your thoughts?", "5 min read"]
)
def test_a_blog_platforms_english_buttons_are_chrome(line: str) -> None:
    from tui.model.line_shapes import Kind, classify

    assert classify(line) is Kind.CHROME


def test_an_english_sentence_about_sharing_is_no_button() -> None:
    from tui.model.line_shapes import Kind, classify

    assert classify("Share what you love with the people you love.") is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "版主回覆：(10/21/2024 12:40:55)",
        "昵称： 老周的菜园子",
        "园龄： 9年3个月",
        "总资产38 共写了52.3W字 获得3,104个赞 共427个粉丝",
        "“小礼物走一走，来简书关注我”",
        "收录于合集 #社区活动 36个",
    ],
)
def test_a_blog_platforms_own_lines_are_chrome(line: str) -> None:
    _assert_chrome(line)


def test_a_bloggers_own_reply_under_the_stamp_is_no_furniture() -> None:
    from tui.model.line_shapes import Kind, classify

    for text in _both("版主回覆：謝謝你的留言，池上便當真的很好吃，下次可以試試另一家。"):
        assert classify(text) is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "相關影片",
        "相关菜谱",
        "加入 Yahoo 新聞 LINE 官方帳號，掌握即時新聞",
        "更多热点速报、独家解读，请关注新浪新闻公众号",
        "某某视界新闻热线：0571-8888 6060；投诉邮箱：tousu@example.cn",
        "网易广东省深圳市网友 [酸辣土豆丝2018]",
        "播放影片",
    ],
)
def test_a_portals_own_lines_are_chrome(line: str) -> None:
    _assert_chrome(line)


def test_a_story_about_following_an_account_is_no_furniture() -> None:
    from tui.model.line_shapes import Kind, classify

    for text in _both("警方呼籲市民請關注官方公眾號發布的最新消息，切勿輕信網上流傳的謠言，以免上當受騙。"):
        assert classify(text) is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    ["圖片說明：港智雲創辦人與合作大學代表於記者會上合照。", "資料圖片：雙子座流星雨劃過西貢萬宜水庫上空。", "在 GitHub 上编辑此页", "Edit this page", "你可能有興趣的文章"],
)
def test_captions_under_their_label_and_a_docs_sites_buttons_are_chrome(line: str) -> None:
    _assert_chrome(line)


def test_review_mends_of_this_sessions_date_rules() -> None:
    from datetime import date

    from tests.test_date_shapes import dated

    ref = date(2025, 11, 20)
    for line in ("五一路过杭州", "五一路况如何", "五一路线推荐"):
        for text in _both(line):
            assert [d[0] for d in dated(text, ref)] == ["五一"], text
    for text in _both("2008年初雪灾造成严重损失"):
        assert dated(text, ref)[0][0] == "2008年初"
    for text in _both("12月初雪量明显增加"):
        assert dated(text, ref)[0][0] == "12月初"
    for line in ("願上主日日與你同在", "讚美上主日夜保守我們", "過了小年輕的階段", "到了小年紀"):
        for text in _both(line):
            assert dated(text, ref) == [], text
    for line in ("活動為期 3 日", "需時 3 日", "休息 2 日", "隔離 14 日"):
        for text in _both(line):
            assert dated(text, ref) == [], text
    for line, day in (("D5 ｜10.5 敦煌", "2025-10-05"), ("D5｜ 10.5 敦煌", "2025-10-05"), ("DAY1｜10.1 杭州", "2025-10-01")):
        for text in _both(line):
            assert [d[1] for d in dated(text, ref)] == [day], text


def test_a_meeting_to_sum_up_the_year_is_no_year_end_review() -> None:
    from datetime import date

    from tui.model.build import build_article

    lines = ["关于召开2025年终总结大会的通知", "", "各部门：", "公司定于1月10日下午召开年终总结大会，请各部门于1月5日前提交书面材料。"]
    for text in _both("\n".join(lines)):
        a = build_article(text, today=date(2025, 12, 20))
        assert {e.start.isoformat() for e in a.timeline} >= {"2026-01-10", "2026-01-05"}


def test_a_site_named_with_first_is_no_numbered_issue() -> None:
    from tui.model.title import _headline

    assert _headline("第一电动网") is None
    assert _headline("将临期第四主日崇拜周刊") is not None


def test_a_headline_line_with_a_long_run_of_spaces_is_quick() -> None:
    """Review: the headline's trailer rules backtracked in cubic time on a run of spaces."""
    from tui.model.title import _cut

    # (cubic before: about 14 s for a thousand spaces; now the run ends the headline at once)
    assert _cut("某某新聞" + " " * 3000 + "2025-01-01") == (0, 4)


def test_an_rsvp_line_over_the_forms_choices_stays_the_invitations() -> None:
    from tui.model.build import build_article

    for text in _both("\n".join(INVITATION)):
        a = build_article(text)
        assert text.split("\n")[15] in {p.text.original for p in a.paragraphs}
