"""Family chats, estate and church notices, memorial and blog pages, and the days they name:
the twentieth session's rules.  The texts are written for these tests in the shapes such pages
have, each in both scripts."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_shapes import assert_no_days, dated
from tui.model.build import build_article
from tui.model.scripts import Script, convert


def _both(text: str) -> list[str]:
    return [convert(text, Script.TRADITIONAL), convert(text, Script.SIMPLIFIED)]


def _chrome(line: str) -> bool:
    from tui.model.line_shapes import Kind, classify

    return all(classify(text) is Kind.CHROME for text in _both(line))


def _dates(text: str, ref: date) -> list[tuple[str, str, str]]:
    return [d[:3] for d in dated(text, ref)]


# ---- days --------------------------------------------------------------------------------------


def test_a_range_whose_days_are_then_counted_is_one_range() -> None:
    for text in _both("今年10月26日至27日兩天都有活動，26日到27日两天都开放"):
        got = _dates(text, date(2024, 11, 18))
        assert [d[1:] for d in got] == [("2024-10-26", "2024-10-27"), ("2024-10-26", "2024-10-27")]


def test_a_day_every_year_with_an_adverb_between_is_a_custom() -> None:
    assert_no_days(("每年大概都在10月下旬舉辦", "每年大约在3月初开放"), date(2024, 11, 18))


def test_a_festivals_bracketed_day_picks_the_year_it_falls_on() -> None:
    """今年除夕（1/28） said in December 2024: the eve of the lunar year still running, 2025's."""
    for text in _both("今年除夕（1/28）大家都回來吃年夜飯嗎"):
        assert _dates(text, date(2024, 12, 28))[0][1] == "2025-01-28"
    for text in _both("去年清明（4/4）"):  # (the nearest year still, where the festival says nothing)
        assert _dates(text, date(2024, 12, 28))[0][1] == "2023-04-04"


def test_good_friday_and_easter_sunday_by_their_church_names() -> None:
    for text in _both("受難日（4月18日）晚上崇拜；復活節主日（4月20日）聯合崇拜；耶穌受難節假期"):
        got = _dates(text, date(2025, 3, 9))
        assert [d[1] for d in got] == ["2025-04-18", "2025-04-20", "2025-04-18"]
        assert got[1][0].startswith("復活節主日") or got[1][0].startswith("复活节主日")
    # (a service named for the day, on a day already dated, is no other day)
    for text in _both("4/18（五）晚上8:00舉行受難日聖餐禮拜"):
        assert len(_dates(text, date(2025, 4, 13))) == 1


def test_a_month_after_a_year_said_again_in_brackets_is_one_expression() -> None:
    for text in _both("父親生於民國27年（1938年）3月，2024年（民國113年）8月退休"):
        assert _dates(text, date(2025, 3, 9)) == [
            (text[4:18], "1938-03-01", "1938-03-31"),
            (text[19:34], "2024-08-01", "2024-08-31"),
        ]


def test_a_lunar_days_night_then_its_bracket_is_one_expression() -> None:
    for text in _both("年廿九晚（1月28日）平台花園開放；除夕晚上（1月28日）團年"):
        got = _dates(text, date(2025, 1, 10))
        assert [d[0] for d in got] == [text[:11], text[18:29]]
        assert [d[1] for d in got] == ["2025-01-28", "2025-01-28"]


def test_a_festivals_day_before_with_its_bracket_is_one_expression() -> None:
    for text in _both("學校安排在元旦前一天（12月31日）下午舉行"):
        assert _dates(text, date(2024, 11, 29)) == [(text[5:18], "2024-12-31", "2024-12-31")]


def test_a_weekends_two_days_in_brackets_with_hao() -> None:
    for text in _both("今個星期六日（25、26號）有椰汁年糕"):
        assert _dates(text, date(2025, 1, 20)) == [(text[:14], "2025-01-25", "2025-01-26")]
    assert_no_days(("3、4号楼", "1、2號線"), date(2025, 1, 20))


def test_a_day_that_suits_in_a_groups_chat() -> None:
    for text in _both("24號我要返工，31號OK；不過30號應該冇問題"):
        assert [d[1] for d in _dates(text, date(2025, 3, 12))] == ["2025-02-24", "2025-03-31", "2025-03-30"]


def test_a_months_weekdays_are_no_one_day() -> None:
    for text in _both("經理話五月嘅星期六好多人擺酒，十月的周末人很多"):
        assert [d[0] for d in _dates(text, date(2025, 3, 12))] == [text[3:5], text[15:17]]


def test_going_on_winter_break_and_its_planned_dates_are_no_second_event() -> None:
    """寒假时间初步定为…: the break is the span the page gives it; 放寒假 is the day it starts."""
    lines = ["三年级（2）班家长群", "2024-11-29 16:33", "寒假时间初步定为1月18日至2月16日，以教育局正式通知为准。",
             "请问寒假前还有家长会吗？", "2月7日开始放寒假，请家长安排好孩子的作息。"]  # fmt: skip
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert [(e.start.isoformat(), e.end.isoformat()) for e in a.timeline] == [
            ("2025-01-18", "2025-02-16"),
            ("2025-02-07", "2025-02-07"),
        ]


def test_winter_break_said_in_the_autumn_is_the_coming_one() -> None:
    for text in _both("在寒假辦3場"):
        assert _dates(text, date(2024, 11, 29))[0][1:] == ("2025-01-01", "2025-02-28")
        assert _dates(text, date(2025, 3, 1))[0][1:] == ("2025-01-01", "2025-02-28")


def test_national_day_by_its_date() -> None:
    for text in _both("去年十一在西雙版納被人擠怕了，今年十一黃金週不出門"):
        got = _dates(text, date(2024, 6, 12))
        assert [d[1:] for d in got] == [("2023-10-01", "2023-10-01"), ("2024-10-01", "2024-10-07")]
    assert_no_days(("第十一假期", "十一點開會", "十一個人", "今年十一歲", "三十一假期"), date(2024, 6, 12))
    for text in _both("去年十一月"):
        assert _dates(text, date(2024, 6, 12)) == [(text, "2023-11-01", "2023-11-30")]


def test_as_if_it_were_yesterday_is_no_day() -> None:
    assert_no_days(("好像就在昨天。你先走一步", "恍如昨天", "仿佛就在昨天"), date(2024, 4, 3))
    for text in _both("就在昨天，他宣布退休"):
        assert _dates(text, date(2024, 4, 3)) == [(text[2:4], "2024-04-02", "2024-04-02")]


def test_yuanyue_is_january() -> None:
    for text in _both("國5將於元月1日至3日每日上午實施高乘載管制，元月中旬公布"):
        got = _dates(text, date(2025, 12, 18))
        assert [d[1:] for d in got] == [("2026-01-01", "2026-01-03"), ("2026-01-11", "2026-01-20")]
    assert_no_days(("10元月租", "單元月考", "一元月票"), date(2025, 12, 18))


# ---- names that hold a day -------------------------------------------------------------------


def test_an_accounts_name_that_holds_a_day_word_is_no_day() -> None:
    """阿圆今天也要早睡, a Weibo name: where a reply row or a repost chain writes it, no 今天."""
    for name in _both("阿圆今天也要早睡"):
        lines = [
            "微博",
            name,
            "11-5 20:31 来自 iPhone",
            "我爸的牛肉面馆这个月底就要关门了，昨晚他一个人在店里坐到快十二点。",
            f"{name} 回复 @吃面的老张：谢谢叔叔！月底前一定来啊",
            f"城事观察：又一家老店要说再见了。//@{name}:我爸说月底前每天都开",
        ]
        a = build_article("\n".join(lines))
        assert all(e.text.original not in ("今天", "今天也") for e in a.timeline)
        assert {e.text.original for e in a.timeline} >= {"昨晚"}


# ---- chrome ------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["繁 ｜ EN", "繁體 | 简体 | English", "中文 / ENG", "EN | 繁 | 简"])
def test_a_language_switch_is_chrome(line: str) -> None:
    assert _chrome(line)


def test_words_about_languages_are_no_switch() -> None:
    from tui.model.line_shapes import Kind, classify

    assert classify("中英文") is not Kind.CHROME
    assert classify("英文版稍後推出，中文版今日上架。") is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "个人资料",
        "博客等级：　博客积分：　博客访问：86,412　关注人气：",
        "已投稿到：",
        "验证码： 请点击后输入验证码 收听验证码",
        "昵　称：",
        "重要提示：警惕虚假中奖信息",
        "http://blog.sina.com.cn/wangjiexiaoyuan  [订阅][手机订阅]",
        "馆号：JN20240403117　建馆日期：2024-04-03　馆主：刘红梅　访问量：2,315",
        "孙女：刘思雨　外孙：吴昊　泣告",
        "孝子：刘建军　孝女：刘红梅",
    ],
)
def test_a_blogs_and_a_memorial_halls_furniture_is_chrome(line: str) -> None:
    assert _chrome(line)


def test_a_sentence_about_a_profile_or_a_granddaughter_is_body() -> None:
    from tui.model.line_shapes import Kind, classify

    for text in _both("孙女：刘思雨考上了大学，全家都很高兴。"):
        assert classify(text) is not Kind.CHROME
    for text in _both("她的个人资料写着：喜欢爬山。"):
        assert classify(text) is not Kind.CHROME


def test_a_related_notices_list_is_chrome() -> None:
    lines = [
        "海濱花園管理處通告",
        "致各業主及住戶：",
        "本管理處將於2025年1月14日清洗第一座及第二座食水缸，屆時暫停食水供應。",
        "如遇惡劣天氣，工程將順延至翌日進行，請各住戶預先儲備足夠食水。",
        "相關通告",
        "2024年度業主周年大會會議紀錄",
        "第三期外牆維修工程進度報告（2024年12月）",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert [e.start.isoformat() for e in a.timeline] == ["2025-01-14"]


def test_an_albums_captions_are_chrome() -> None:
    from tui.model.boilerplate import split_lines

    lines = [
        "老刘，咱们在丹江口工地住一个工棚的日子，你先走一步，那边等我们。",
        "",
        "【相册】（共 48 张）",
        "1966年 丹江口工地留影",
        "1998年 嘉鱼长江大堤",
        "【纪念日提醒】",
    ]
    for form in _both("\n".join(lines)):
        split = split_lines(form.split("\n"))
        assert {2, 3, 4} <= set(split.chrome)
        assert 0 in set(split.body) and 5 not in set(split.chrome)


def test_a_language_switch_under_the_site_name_leaves_the_headline() -> None:
    lines = [
        "海濱花園 Harbour Bay Garden　住戶專區",
        "繁 ｜ EN",
        "最新通告 ｜ 設施預約 ｜ 管理費查詢 ｜ 表格下載 ｜ 聯絡管理處",
        "首頁 > 最新通告 > 管理處通告",
        "清洗食水缸暫停供水及農曆新年期間服務安排",
        "發佈日期：2025-01-10　類別：管理處通告",
        "致各業主及住戶：",
        "為確保食水質素，本管理處將於2025年1月14日上午九時至下午五時清洗食水缸。",
        "如遇惡劣天氣，工程將順延至翌日進行。請各住戶預先儲備足夠食水。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "清洗食水缸暫停供水及農曆新年期間服務安排"


def test_a_sina_blogs_headline_under_its_profile_box() -> None:
    lines = [
        "新浪博客",
        "首页　博文目录　图片　关于我",
        "王姐的小院",
        "http://blog.sina.com.cn/wangjiexiaoyuan  [订阅][手机订阅]",
        "个人资料",
        "博客等级：　博客积分：　博客访问：86,412　关注人气：　获赠金笔：0支",
        "正文　字体大小：大 中 小",
        "他走后的第一个小年",
        "(2024-02-03 21:16:08)",
        "标签：杂谈　小年　扫尘 |",
        "今天是小年，一大早就起来扫尘。往年这些活都是老头子干，今年只能我自己爬高上低了。",
        "蒸了两锅馒头，给楼下的小雨家送了几个，孩子们说好吃。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "他走后的第一个小年"


# ---- news and forum pages (read from blind96 T and blind97 U) ---------------------------------


def test_a_forecasts_days_are_that_weeks() -> None:
    for text in _both("天文台預測，市區周五至周六早上最低氣溫約13度"):
        assert _dates(text, date(2025, 12, 1)) == [(text[8:13], "2025-12-05", "2025-12-06")]
    assert_no_days(("週二至週六上午9時開放", "周一至周五上午9点至下午5点办理"), date(2025, 12, 1))


def test_a_quoted_festivals_stretch_and_a_relative_lunar_month() -> None:
    for text in _both("今年“双十一”期间，消保委共受理投诉"):
        assert _dates(text, date(2025, 12, 3))[0][0] == text[:9]
    for text in _both("上次结冰是前年腊月"):
        assert _dates(text, date(2025, 1, 10)) == [(text[5:9], "2022-12-23", "2023-01-21")]
    for text in _both("他说去年春运他候补到最后一天"):
        assert _dates(text, date(2024, 7, 18))[0][0] == text[2:6]


def test_the_seventh_day_of_the_new_year() -> None:
    for text in _both("阿媽已經提我人日（2月4日）要食及第粥，去年人日去過"):
        got = _dates(text, date(2025, 2, 2))
        assert [d[1] for d in got] == ["2025-02-04", "2024-02-16"]
    assert_no_days(("工人日報報道", "個人日記", "個人日前表示"), date(2025, 2, 2))


def test_a_shopping_festival_after_a_spaced_year_word() -> None:
    for text in _both("今年 618 想换个号买，结果活动要求实名新用户"):
        assert _dates(text, date(2024, 7, 18)) == [(text[:6], "2024-06-18", "2024-06-18")]


def test_a_days_early_morning_and_a_day_put_off_to() -> None:
    for text in _both("回程建議晚上九點後，或是直接拖到18日一早"):
        assert _dates(text, date(2024, 9, 12)) == [(text[16:19], "2024-09-18", "2024-09-18")]
    assert_no_days(("3日一夜的行程",), date(2024, 9, 12))


def test_an_epapers_bulleted_story_list_is_no_headline() -> None:
    lines = [
        "江城晚报数字报",
        "2025年12月03日 星期三",
        "第A05版：民生·消费",
        "本版标题导航",
        "◆ “双十一”付完定金降价了 商家拒不退差价",
        "◆ 消保委：11月家电类投诉同比增长四成",
        "◆ 冬季燃气热水器安全使用指南",
        "放大 缩小 默认",
        "",
        "“双十一”付完定金降价了 商家拒不退差价",
        "消保委：价保规则须“说清楚、写明白”，消费者维权注意留存证据",
        "",
        "本报记者 刘晓棠 通讯员 江消宣",
        "",
        "“定金付了，尾款也付了，结果双十一当天同一款冰箱直降600元。”市民周女士昨天向本报反映。",
        "消保委表示，价保规则须写明白，商家不能以预售价为由拒绝退差价。",
        "2025年12月 日 一 二 三 四 五 六",
    ]
    from tui.model.boilerplate import split_lines

    for form in _both("\n".join(lines)):
        a = build_article(form)
        assert a.title is not None and a.title.original == form.split("\n")[9]
        split = split_lines(form.split("\n"))
        assert 10 in split.body and 16 in split.chrome


def test_a_dcard_and_an_nga_threads_headline() -> None:
    dcard = ["Dcard", "搜尋", "首頁", "看板", "工作", "國立臺北大學", "工作 · 2024年5月20日 22:14",
             "年中離職的報稅問題，扣繳憑單少一張怎麼辦？", "各位好，第一次在工作板發文，排版可能有點亂請見諒",
             "我在民國112年10月從前公司離職，今年2月才找到新工作，5月1日開放申報之後我就用手機報稅。"]  # fmt: skip
    a = build_article("\n".join(dcard))
    assert a.title is not None and a.title.original == dcard[7]
    nga = ["NGA玩家社区", "首页", "NGA玩家社区 > 手机游戏 > 星轨旅人 > 综合讨论", "#0", "楼主", "星海观测员",
           "UID:40218876 级别:业余侠客 威望:2 发帖:3201 注册:2016-08-15", "2025-03-02 14:20",
           "[讨论] 3.4前瞻看完了，新五星到底该不该抽？", "昨晚前瞻直播看完了，简单说下我的判断",
           "1. 3月5日版本更新，上半池是新五星，火系主C，专武有暴伤加成"]  # fmt: skip
    a = build_article("\n".join(nga))
    assert a.title is not None and a.title.original == nga[8]
    assert "2016-08-15" not in {e.start.isoformat() for e in a.timeline}


@pytest.mark.parametrize(
    "line",
    [
        "看板精華",
        "回文",
        "現有會員可[按此]登入。未成為會員可[按此]註冊。",
        "[公司模式 - 關]  [懷舊模式 - 開]",
        "發起人",
        "跳至第 1 頁",
        "牛腩麵加底 2/2/2025 14:02",
        "引用：",
        "原帖由 大角咀豬膶 於 2/2/2025 14:20 發表",
        "回复贴，赞一下楼主",
        "UID:40218876 级别:业余侠客 威望:2 发帖:3201 注册:2016-08-15",
        "2025年12月 日 一 二 三 四 五 六",
        "----sign----",
        "簽名檔：非洲酋長，十連三藍是日常",
        "LV. 21",
        "GP 9",
        "这是一个创建于 498 天前的主题，其中的信息可能已经有所发展或是不再适用。",
        "加入 Google 日曆 ›",
        "查看地圖 ›",
        "姓名 *",
        "電話 / WhatsApp *",
        "回到頁首 ▲",
        "林府　林母黃老夫人　治喪",
        "已有 312 位親友點燭追思",
        "更多健康科普，请关注新浪健康（微信号：sinahealth）",
        "功能介绍 发布社区通知、便民服务信息，倾听居民声音。",
        "部落格全站分類：旅遊日記",
        "（資料圖片）家長陪同子女出席小學簡介會。",
        "相关解读：图解《关于部分公交线路实行冬令时运营时间的公告》",
        "10:10\t\t怡君已收回訊息",
        "11:20\t\t阿華已將2張照片新增至相簿「阿嬤88大壽」",
    ],
)
def test_a_forums_and_an_epapers_own_lines_are_chrome(line: str) -> None:
    assert _chrome(line)


def test_a_quoted_post_under_its_header_is_body() -> None:
    from tui.model.boilerplate import split_lines

    lines = ["大角咀豬膶 2/2/2025 14:20", "油麻地嗰間老字號，噚日先食完，豬膶夠嫩，不過要排隊",
             "九龍城打工仔 2/2/2025 14:35", "推介九龍城嗰間，上星期同同事去咗兩次", "引用：",
             "原帖由 大角咀豬膶 於 2/2/2025 14:20 發表", "油麻地嗰間老字號，豬膶夠嫩",
             "油麻地嗰間早兩年轉咗手，唔同晒味", "葵涌肥仔 2/2/2025 15:08", "我覺得葵涌嗰間都唔錯"]  # fmt: skip
    split = split_lines(lines)
    assert {0, 2, 4, 5, 8} <= set(split.chrome)
    assert {1, 3, 6, 7, 9} <= set(split.body)


def test_a_posts_own_credit_and_a_repost_form_stay_body() -> None:
    """📷 攝影 @…: the post's own words about its pictures.  (PTT's repost form, 3.完整新聞標題:, was
    kept body here while annotators split on it; eight sets of nine now make its labels chrome:
    tests/test_portal_repost_forum_pages.py.)"""
    from tui.model.line_shapes import Kind, classify

    for line in ("📷 攝影 @kai.shot_ 謝謝你陪我們走了兩萬步", "距離比賽還有很多事要做"):
        for text in _both(line):
            assert classify(text) is not Kind.CHROME, text


# ---- social, local and business pages (read from blind98 V, blind99 W and blind100 X) ----------


def test_a_shops_weekly_day_off_is_every_such_day() -> None:
    lines = ["營業時間：11:00–20:00（每週一公休）", "請問週一真的都休息嗎？我只有週一排休😭", "週一（12/30）臨時加開一天"]
    for form in _both("\n".join(lines)):
        a = build_article("巷仔內米粉湯開幕公告\n2024年12月20日\n" + form)
        assert [e.start.isoformat() for e in a.timeline if "一" in e.text.original] == ["2024-12-30"]


def test_a_profile_name_over_its_account_and_an_instagram_caption_are_no_headline() -> None:
    plurk = ["Plurk", "搜尋", "熱門噗", "小鹿斑斑", "@deerbambi", "手作皂｜蠟燭｜台南擺攤人",
             "今天的市集因為豪雨停辦了，帶了三大箱手工皂跟蠟燭過去，結果只賣掉兩塊。",
             "主辦剛剛發了公告，說取消的場次會補辦在下週末，原攤位直接保留。"]  # fmt: skip
    assert build_article("\n".join(plurk)).title is None
    ig = ["Instagram", "首頁", "搜尋", "個人檔案", "tw.runforpaws", "追蹤", "🐾 2025 毛孩公益路跑・報名倒數 🐾",
          "第二屆公益路跑確定在民國114年4月19日於新北八里左岸自行車道登場！",
          "✅ 組別：3K 毛孩親子組／5K 休閒組／10K 挑戰組"]  # fmt: skip
    a = build_article("\n".join(ig))
    assert a.title is None
    from tui.model.line_shapes import Kind, classify

    assert classify("✅ 組別：3K 毛孩親子組／5K 休閒組／10K 挑戰組") is not Kind.CHROME


def test_a_date_an_event_is_set_for_is_no_dateline() -> None:
    lines = ["Threads", "首頁", "個人檔案", "mamahk_diary", "14小時",
             "個仔學校下星期六搞慈善賣物會，家長教師會要每個家庭捐五件物資😵‍💫",
             "通告上面寫住「本校定於2025年6月21日上午9時至下午1時假學校禮堂舉行慈善賣物會」"]  # fmt: skip
    a = build_article("\n".join(lines), today=date(2025, 6, 13))
    assert a.reference_source != "dateline"
    assert "2025-06-21" in {e.start.isoformat() for e in a.timeline}


def test_a_festivals_dotted_day_and_a_dotted_range_of_an_offer() -> None:
    for text in _both("跨年夜（12.31）當天下午會上隱藏菜單；1.1-1.3 三天全場飲品第二杯半價"):
        got = _dates(text, date(2024, 12, 28))
        assert [d[1:] for d in got] == [("2024-12-31", "2024-12-31"), ("2025-01-01", "2025-01-03")]
    for text in _both("七夕（8.29）"):  # (said in December: the coming year's, which falls on that day)
        assert _dates(text, date(2024, 12, 28))[0][1] == "2025-08-29"
    assert_no_days(("股價1.1-1.3 三天漲了", "評分：★★★★☆（4/5）"), date(2024, 12, 28))


def test_the_comments_sort_toggles_one_over_the_other() -> None:
    from tui.model.boilerplate import split_lines

    lines = ["转发 1256", "评论 842", "赞 6703", "热门", "最新", "小屿的橘子汽水",
             "周六的假都请好了，机票酒店也订了……不过安全最重要，8.17见！", "2024-7-18 08:10 来自福建", "回复"]  # fmt: skip
    split = split_lines(lines)
    assert 6 in split.body


def test_a_coming_months_days_already_named_and_a_forecasts_next_days() -> None:
    text = "媽祖遶境訂於4月12日至14日舉行。依往例，13日晚間舉辦祝壽晚會，14日傍晚回鑾安座。"
    for form in _both(text):
        assert [d[1] for d in _dates(form, date(2025, 3, 8))][1:] == ["2025-04-13", "2025-04-14"]
    for form in _both("预计18日至19日，我市仍将有一次大到暴雨；20日至22日降雨间歇"):
        assert [d[1] for d in _dates(form, date(2024, 6, 18))] == ["2024-06-18", "2024-06-20"]


def test_taiwans_fathers_day() -> None:
    t = "颱風逼近\n2023/08/02 10:20\n（中央社記者李明台北2日電）不少民眾擔心颱風影響父親節（8日）聚餐及出遊計畫。"
    a = build_article(t)
    assert "2023-08-08" in {e.start.isoformat() for e in a.timeline}


def test_a_meetings_day_time_and_place_fields_are_body() -> None:
    from tui.model.boilerplate import split_lines

    lines = ["交通及運輸委員會第五次會議將於下列日期、時間及地點舉行：", "",
             "日期：2024年9月19日（星期四）", "時間：下午2時30分", "地點：沙田政府合署4樓會議室"]  # fmt: skip
    split = split_lines(lines)
    assert {2, 3, 4} <= set(split.body)


def test_the_coming_lunar_year_end_from_the_autumn() -> None:
    for text in _both("沙田區年宵市場（年廿四至年三十晚）周邊交通安排；明年農曆年初二（1月30日）車公誕"):
        got = _dates(text, date(2024, 9, 5))
        assert [d[1:] for d in got] == [("2025-01-23", "2025-01-28"), ("2025-01-30", "2025-01-30")]
    for text in _both("佢又話年廿八嗰陣通宵做咗成四百盒年糕"):  # (from June, the one just gone)
        assert _dates(text, date(2024, 6, 15))[0][1] == "2024-02-07"


def test_a_notices_written_date_is_not_its_published_one() -> None:
    lines = ["临江区人民政府", "索引号：11330100MB0000000X/2024-00123", "成文日期：2024-09-20", "发布机构：区卫健局",
             "发布日期：2024-09-23", "关于开展2024年老年人流感疫苗免费接种工作的通知",
             "各街道、各社区卫生服务中心要在本月底前完成摸底登记，并于每月5日前报送上月接种进度。",
             "具体安排请关注“@临江发布”官方微博。"]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.reference_date == date(2024, 9, 23)
    assert "上月" not in {e.text.original for e in a.timeline}
    assert [b.handle.original for b in a.bloggers] == ["临江发布"]


def test_a_swapped_working_day_and_an_exam_named_by_its_year() -> None:
    for text in _both("1月26日（周日）全天开诊，按周一排班出诊；春节放假期间门诊照常"):
        got = _dates(text, date(2025, 1, 20))
        assert got[0][0].startswith("1月26日") and len(got) == 2
    for text in _both("2025年全国硕士研究生招生考试将于12月21日至22日举行"):
        assert [d[1] for d in _dates(text, date(2024, 12, 16))] == ["2024-12-21"]


def test_business_periods() -> None:
    for text in _both("113年Q1｜52.6｜25.1%｜2.26"):
        assert _dates(text, date(2025, 5, 8)) == [(text[:6], "2024-01-01", "2024-03-31")]
    for text in _both("今明兩年獲利可望逐年成長，市場對第四季展望持續樂觀"):
        assert [d[1:] for d in _dates(text, date(2024, 10, 22))] == [
            ("2024-01-01", "2025-12-31"),
            ("2024-10-01", "2024-12-31"),
        ]
    for text in _both("券商預期2024財年新業務價值增長；2024/25財年第三財季業績；年初至今累升約三成；與上日收市相若"):
        assert [d[1:] for d in _dates(text, date(2025, 3, 19))] == [
            ("2024-01-01", "2024-12-31"),
            ("2024-10-01", "2024-12-31"),
            ("2025-01-01", "2025-03-19"),
            ("2025-03-18", "2025-03-18"),
        ]
    for text in _both("预计2024年半年度实现净利润18,600万元，与上年同期相比增加8,900万元"):
        assert [d[1:] for d in _dates(text, date(2024, 7, 13))] == [
            ("2024-01-01", "2024-06-30"),
            ("2023-01-01", "2023-06-30"),
        ]
    for text in _both("加上美股四大指數上週連續第六週收高"):
        assert _dates(text, date(2024, 10, 22))[0][1:] == ("2024-10-14", "2024-10-20")


def test_a_schedule_tables_rows_and_a_products_headline() -> None:
    t = ("自由體育\n首頁　棒球　籃球\n兄弟3比1擊敗富邦\n2025/04/13 21:38\n兄弟今天在新莊以3比1擊敗富邦，拿下三連勝。\n\n"
         "【中職賽程預告】\n日期｜對戰組合｜球場｜時間\n4/15（二）｜兄弟 vs 富邦｜新莊｜18:35\n4/16（三）｜味全 vs 台鋼｜天母｜18:35")
    a = build_article(t)
    assert {"2025-04-15", "2025-04-16"} <= {e.start.isoformat() for e in a.timeline}
    from tui.model.line_shapes import Kind, classify

    assert classify("小米 15T Pro 台灣 12/3 開賣 徠卡三鏡頭、5 倍潛望長焦 早鳥價 21,990 元起") is not Kind.CHROME


def test_film_seasons_named_with_a_year_and_the_first_trading_day() -> None:
    for text in _both("今年春节档（1月28日至2月4日）票房；春节后首个交易日（2月5日）涨停"):
        got = _dates(text, date(2025, 2, 6))
        assert [d[1:] for d in got] == [("2025-01-28", "2025-02-04"), ("2025-02-05", "2025-02-05")]
    assert_no_days(("春节档最值得二刷的电影",), date(2025, 2, 6))
    for text in _both("黑色星期五（11/29）當天限量"):
        assert [d[1] for d in _dates(text, date(2024, 11, 28))] == ["2024-11-29"]
    for text in _both("世界读书日（4月23日）前后，她连续做了五场分享会"):
        assert [d[1] for d in _dates(text, date(2025, 4, 30))] == ["2025-04-23"]


def test_a_paragraphs_dated_new_year_and_its_lunar_days() -> None:
    for text in _both("2022年春节，我一个人回到河湾，每天去河边走。那个冬天特别冷，大年初三那天零下二十多度。"):
        assert [d[1] for d in _dates(text, date(2025, 4, 30))] == ["2022-02-01", "2022-02-03"]


@pytest.mark.parametrize(
    "line",
    [
        "發出日期：2024年9月5日",
        "江城市气象台首席预报员：周明亮",
        "签发：陈志刚",
        "下載會議通知（PDF）",
        "〔廣告〕",
        "讀者評分：8.1／10（326人評分）　我要評分",
        "訂閱 @hktransitalert 第一時間收到最新消息",
        "有交通消息想分享？私訊 @hkta_tips_bot 或者電郵 hello@hktransit.news",
        "文字直播　技术统计　阵容　视频集锦",
        "自动刷新：开　刷新",
        "立即预订　　加入想看",
        "請繼續下滑閱讀",
        "[Newtalk新聞] 陳以柔 綜合報導",
        "明報記者",
        "鉅亨網記者陳品妤 台北",
        "油麻地唐樓火警現場片段。（影片截圖：IG@hkfire_watch）",
        "[暴雨橙色预警信号图标]",
        "Instagram：@tccy_school",
    ],
)
def test_a_notices_a_channels_and_a_live_pages_own_lines_are_chrome(line: str) -> None:
    assert _chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。",
        "作者简介：小米妈妈，两个孩子的妈妈，前小学语文老师。",
        "1. 本项目实行实名制购票，每笔订单限购4张，一证一票。",
        "他说签发日期还没定，下周再通知大家。",
        "他是明報記者，跑了十年港聞。",
    ],
)
def test_what_annotators_keep_as_the_pages_text_stays_body(line: str) -> None:
    from tui.model.line_shapes import Kind, classify

    for text in _both(line):
        assert classify(text) is not Kind.CHROME, text


def test_a_tag_lists_head_and_its_tags_one_to_a_line() -> None:
    from tui.model.boilerplate import split_lines

    lines = ["油麻地唐樓火警，消防員救出三人，其中一人送院。", "標籤", "火警", "油麻地", "劏房", "相關文章"]
    for form in _both("\n".join(lines)):
        assert {1, 2, 3, 4} <= set(split_lines(form.split("\n")).chrome)


def test_an_epapers_dotted_story_list_and_the_headline_over_its_byline() -> None:
    lines = ["東岸日報 電子報", "回首頁", "中華民國114年3月8日 星期六", "第五版 宗教民俗", "上一版", "下一版",
             "本版新聞", "．慈安宮媽祖遶境路線出爐 4月中旬三天兩夜", "．觀音聖誕法會 信眾可線上登記點燈",
             "．廟埕資源回收新制 金紙須分類投放", "慈安宮媽祖遶境路線出爐 4月中旬三天兩夜",
             "【記者陳怡安／鳳林報導】鳳林鎮慈安宮昨（7）日召開遶境籌備會，遶境訂於4月12日至14日舉行。",
             "慈安宮表示，遶境安排在媽祖聖誕之前，讓回鑾後還有時間籌辦祝壽大典。"]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == lines[10]


# ---- the review's cases: what the rules above must leave alone --------------------------------


def test_a_forum_floors_stamp_row_with_its_links_is_still_a_stamp() -> None:
    lines = ["週末去哪裏爬山比較好？", "發表於 2024-11-18 09:12 | 只看該作者 | 倒序瀏覽", "昨天去了香山，人很多。",
             "發表於 2024-11-20 21:05 | 只看該作者", "推薦鳳凰嶺，我昨天剛去過。"]  # fmt: skip
    for form in _both("\n".join(lines)):
        a = build_article(form)
        assert [e.start.isoformat() for e in a.timeline] == ["2024-11-17", "2024-11-19"]


def test_a_weekly_rule_that_is_no_day_off_hides_no_news_monday() -> None:
    lines = ["交通委週一宣佈新措施", "2024-11-20 10:00", "交通委週一宣佈，尾號為1和6的機動車每週一限行。",
             "負責人週一在發佈會上說，措施下月起實施。"]  # fmt: skip
    for form in _both("\n".join(lines)):
        a = build_article(form)
        assert "2024-11-18" in {e.start.isoformat() for e in a.timeline}


def test_as_on_a_named_week_keeps_its_week() -> None:
    for text in _both("按下週一的安排執行；按上週五收盤價計算"):
        assert [d[1] for d in _dates(text, date(2024, 11, 18))] == ["2024-11-25", "2024-11-15"]


def test_a_coming_day_that_suits_is_the_coming_one() -> None:
    for text in _both("16號應該沒問題"):
        assert _dates(text, date(2024, 11, 10))[0][1] == "2024-11-16"
    for text in _both("我們31號OK"):
        assert _dates(text, date(2024, 11, 10))[0][1] == "2024-12-31"
    for text in _both("我2號都可以"):
        assert _dates(text, date(2024, 11, 25))[0][1] == "2024-12-02"


def test_going_on_a_break_without_its_days_is_the_break() -> None:
    for text in _both("孩子們放暑假了"):
        assert _dates(text, date(2024, 7, 20))[0][1:] == ("2024-07-01", "2024-08-31")


@pytest.mark.parametrize(
    "line",
    ["警惕虛假中獎短信！警方發佈提醒", "市民請警惕虛假中獎詐騙", "*停水通知*", "**本週重點**", "距離高考還有30天"],
)
def test_headlines_and_bold_words_are_no_widget(line: str) -> None:
    from tui.model.line_shapes import Kind, classify

    for text in _both(line):
        assert classify(text) is not Kind.CHROME, text


def test_a_written_date_alone_is_the_pages_date() -> None:
    lines = ["关于印发某某办法的通知", "成文日期：2024-03-01", "各区县：", "现将办法印发给你们，请认真贯彻执行。昨天会议已作部署。"]
    a = build_article("\n".join(lines))
    assert a.reference_date == date(2024, 3, 1)


def test_a_year_word_before_eleven_of_something() -> None:
    for line in ("今年十一家企業上榜", "去年十一人受傷", "今年十一場比賽", "去年十一支球隊"):
        for text in _both(line):
            assert all("十一" not in d[0] for d in _dates(text, date(2024, 6, 12))), text


def test_days_named_for_people_are_no_seventh_day() -> None:
    assert_no_days(("國際殘疾人日當天", "日本成人日當天", "很多老人日吃三餐"), date(2024, 11, 28))
    for text in _both("國際老人日（10月1日）"):
        assert all(d[1] != "2025-02-04" for d in _dates(text, date(2024, 9, 20)))


def test_a_markets_black_friday_is_no_sale() -> None:
    for text in _both("美股遭遇黑色星期五，道指暴跌"):
        assert all(d[1] != "2024-11-29" for d in _dates(text, date(2024, 8, 10)))


def test_a_currency_before_a_month_word() -> None:
    for line in ("美元月初以來走強", "人民幣兌美元月中間價"):
        for text in _both(line):
            assert all(not d[1].startswith("2025-01") for d in _dates(text, date(2024, 12, 18))), text


def test_the_new_year_and_its_eve_from_the_autumn_agree() -> None:
    for text in _both("除夕和春節都在老家過"):
        assert [d[1] for d in _dates(text, date(2024, 9, 15))] == ["2025-01-28", "2025-01-29"]


def test_a_platforms_daily_income_and_a_held_exam() -> None:
    assert_no_days(("該平臺線上日收入突破百萬",), date(2025, 3, 19))
    for text in _both("2024年普通高等學校招生全國統一考試"):
        assert _dates(text, date(2024, 6, 1))[0][1] == "2024-01-01"
    for text in _both("今年復活節禮拜在哪裏"):
        assert _dates(text, date(2025, 3, 1))[0][1] == "2025-04-20"
    for text in _both("今天簡直是我的受難日"):
        assert [d[0][:2] for d in _dates(text, date(2025, 3, 1))] == [text[:2]]


def test_a_chat_senders_bracketed_name_is_whole() -> None:
    lines = ["三年级（2）班家长群的聊天记录", "王老师（班主任）08:02", "各位家长早上好！本周五下午学校举行冬季运动会。",
             "周子墨奶奶 08:21", "@王老师（班主任） 运动会家长可以进校观看吗？"]  # fmt: skip
    a = build_article("\n".join(lines))
    assert [b.handle.original for b in a.bloggers] == ["王老师（班主任）"]


def test_next_year_in_what_was_said_on_a_past_day() -> None:
    for text in _both("去年国庆节，全家人在东湖边给他过了最后一个团圆节，他还说明年要去三峡大坝再看一看。"):
        assert [d[1] for d in _dates(text, date(2024, 4, 3))] == ["2023-10-01", "2024-01-01"]
    for text in _both("去年他来过，明年还会来；有人說去年12月也被兇過，還有人說今年初換老闆"):
        assert [d[1] for d in _dates(text, date(2024, 4, 3))] == ["2023-01-01", "2025-01-01", "2023-12-01", "2024-01-01"]


def test_a_bare_weekday_of_a_coming_delivery() -> None:
    for text in _both("地址我寫大哥家，週六早上送到"):
        assert _dates(text, date(2024, 12, 29))[0][1] == "2025-01-04"
    for text in _both("週六早上送到了"):
        assert _dates(text, date(2024, 12, 29))[0][1] == "2024-12-28"


def test_a_bare_weekday_in_the_week_its_sentence_dates_later() -> None:
    for text in _both("原本打算週四就請假出發，結果公司臨時要開會，最後還是10/25（五）一早才出發。"):
        assert _dates(text, date(2024, 11, 18))[0][1] == "2024-10-24"
    for text in _both("週四開會。10/25（五）出發"):  # (another sentence: the page's week)
        assert _dates(text, date(2024, 11, 18))[0][1] == "2024-11-21"


def test_a_film_sites_card_and_a_reviews_own_facts_box() -> None:
    from tui.model.boilerplate import split_lines

    card = ["看得出导演很克制，这部片子不煽情。", "导演: 李晓川", "主演: 王德明 / 陈小禾 / 刘江", "类型: 剧情 / 家庭",
            "上映日期: 2024-10-01(中国大陆)", "片长: 118分钟"]  # fmt: skip
    assert {1, 2, 3, 4, 5} <= set(split_lines(card).chrome)
    box = ["導演：陳凱銘", "主演：黃浩然、林小燕、吳家樂", "片長：118分鐘", "上映日期：2024年12月12日",
           "導演陳凱銘在訪問中說，故事源於童年回憶。"]  # fmt: skip
    assert {0, 1, 2, 3} <= set(split_lines(box).body)


def test_the_second_reviews_cases() -> None:
    """The weekday of a past departure or meeting, a report's weekday beside a dated plan, a
    paragraph with a screenshot's source, a reply about an account, a reporter in a sentence, a
    blogger's own film box with ASCII colons, and 明年 said of a day in another clause."""
    from tui.model.boilerplate import split_lines
    from tui.model.line_shapes import Kind, classify

    ref = date(2024, 10, 23)
    for line in ("週一出發的那團已經回來了。", "他週一見面時說了這件事。", "週一公布的數據顯示，11月8日（五）將降息。"):
        for text in _both(line):
            assert _dates(text, ref)[0][1] == "2024-10-21", text
    for line in (
        "一名網友在社群平台發文表示，自己排隊兩個小時仍買不到，讓他相當傻眼。（截圖：Threads）",
        "IG：已經停更很久了",
        "其實我是報社記者",
    ):
        for text in _both(line):
            assert classify(text) is not Kind.CHROME, text
    box = ["看完很感動。", "導演: 柯汶利", "主演: 許光漢 / 林柏宏", "類型: 劇情 / 犯罪", "片長: 124分鐘", "推薦大家去看。"]
    assert split_lines(box).chrome == ()
    for text in _both("2023年5月1日上任的局長說明年退休。"):
        assert _dates(text, ref)[1][1] == "2025-01-01"
