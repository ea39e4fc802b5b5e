from datetime import date

import pytest

from tui.model.build import build_article
from tui.model.scripts import Script, convert
from tui.model.timeline import find_dates as find_simplified
from tui.model.timeline import find_reference


def find_dates(text: str, ref: date):
    """The rules read Simplified; offsets hold in the original too."""
    return find_simplified(convert(text, Script.SIMPLIFIED), ref)


REF = date(2025, 3, 15)


def one(text: str, ref: date = REF):
    found = find_dates(text, ref)
    assert len(found) == 1, [(text[f.start : f.end], f.label) for f in found]
    f = found[0]
    return text[f.start : f.end], f.first.isoformat(), f.last.isoformat(), f.precision


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "precision"),
    [
        ("报道说2024年12月发布", "2024年12月", "2024-12-01", "2024-12-31", "month"),
        ("2025年1月，开源", "2025年1月", "2025-01-01", "2025-01-31", "month"),
        ("会议定于 6 月 14 日举行", "6 月 14 日", "2025-06-14", "2025-06-14", "day"),
        ("更新于2025-09-25的稿件", "2025-09-25", "2025-09-25", "2025-09-25", "day"),
        ("2026/01/03 15:18 发布", "2026/01/03", "2026-01-03", "2026-01-03", "day"),
        ("自2023年初以来", "2023年初", "2023-01-01", "2023-02-28", "part"),
        ("早在2024年中，", "2024年中", "2024-06-01", "2024-07-31", "part"),
        ("計劃在年底完成", "年底", "2025-12-01", "2025-12-31", "relative"),
        ("預計年末上線", "年末", "2025-12-01", "2025-12-31", "relative"),
        ("OpenAI去年底的发布", "去年底", "2024-12-01", "2024-12-31", "relative"),
        ("今年6月份上线", "今年6月份", "2025-06-01", "2025-06-30", "relative"),
        ("公司昨日宣布", "昨日", "2025-03-14", "2025-03-14", "relative"),
        ("于9月24日发布", "9月24日", "2025-09-24", "2025-09-24", "day"),
        ("二〇二五年一月起", "二〇二五年一月", "2025-01-01", "2025-01-31", "month"),
        ("２０２５年１月起", "２０２５年１月", "2025-01-01", "2025-01-31", "month"),
        ("十二月的时候", "十二月", "2024-12-01", "2024-12-31", "month"),
        ("2024年3月下旬", "2024年3月下旬", "2024-03-21", "2024-03-31", "part"),
        ("2024年下半年", "2024年下半年", "2024-07-01", "2024-12-31", "part"),
        ("上个月的数据", "上个月", "2025-02-01", "2025-02-28", "relative"),
    ],
)
def test_date_shapes(text: str, surface: str, start: str, end: str, precision: str) -> None:
    assert one(text) == (surface, start, end, precision)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("在除夕當天發布", "除夕", "2025-01-28", "2025-01-28"),
        ("春節期間", "春節期間", "2025-01-29", "2025-02-04"),
        ("春节假期", "春节假期", "2025-01-29", "2025-02-04"),
        ("上了春晚", "春晚", "2025-01-28", "2025-01-28"),
        ("元宵節晚上", "元宵節", "2025-02-12", "2025-02-12"),
        ("中秋节", "中秋节", "2025-10-06", "2025-10-06"),
        ("農曆新年", "農曆新年", "2025-01-29", "2025-01-29"),
        ("2024年除夕", "2024年除夕", "2024-02-09", "2024-02-09"),
        ("去年春节", "去年春节", "2024-02-10", "2024-02-10"),
        ("國慶假期前開售", "國慶假期", "2025-10-01", "2025-10-07"),
        ("元旦当天", "元旦", "2025-01-01", "2025-01-01"),
        ("双十一购物节", "双十一", "2024-11-11", "2024-11-11"),  # (the nearer, 124 days back)
    ],
)
def test_festivals(text: str, surface: str, start: str, end: str) -> None:
    s, a, b, precision = one(text)
    assert (s, a, b, precision) == (surface, start, end, "festival")


def test_new_years_eve_after_a_29_day_twelfth_month() -> None:
    # Lunar year 2024's twelfth month has 29 days: 除夕 is its 29th, the day before 2025-01-29.
    assert one("除夕", date(2025, 6, 1))[1] == "2025-01-28"
    assert one("除夕", date(2026, 6, 1))[1] == "2026-02-16"


@pytest.mark.parametrize(
    "text",
    [
        "熱搜話題多達200多個",
        "為期12天的發布",
        "大约 10 年前",
        "80后的一代",
        "QQ号 123456789",
        "京ICP备2021012345号-1",
        "屏幕比例 18:9",
        "iPhone 16 和 Mate 60",
        "国产3A游戏",
        "5000年的历史",
        "三个月后",
        "一年中最冷的时候",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


def test_year_mid_is_not_a_word_start() -> None:
    found = find_dates("2024年中国市场", REF)
    assert [(f.label, f.granularity) for f in found] == [("2024", "year")]


def test_reference_from_dateline_then_update_then_latest_year() -> None:
    today = date(2030, 1, 1)
    ref = find_reference(["标题", "2026/01/03 15:18", "正文。"], [], today)
    assert (ref.day, ref.source) == (date(2026, 1, 3), "dateline")
    ref = find_reference(["更新时间:2025-09-25"], [], today)
    assert (ref.day, ref.source) == (date(2025, 9, 25), "updated")
    body = find_dates("2023年初和2024年12月", today)
    ref = find_reference(["正文。"], body, today)
    assert (ref.day, ref.source) == (date(2024, 12, 31), "latest-year")
    assert find_reference(["正文。"], [], today).source == "today"


def test_relative_dates_follow_the_dateline() -> None:
    text = "2026/01/03 15:18\n公司昨日宣布，去年底已完成測試，今年6月份上市。"
    a = build_article(text, today=date(2030, 1, 1))
    assert a.reference_source == "dateline"
    got = [(e.text.traditional, e.start.isoformat()) for e in a.timeline]
    assert ("昨日", "2026-01-02") in got
    assert ("去年底", "2025-12-01") in got
    assert ("今年6月份", "2026-06-01") in got


def test_timeline_is_sorted_and_stable() -> None:
    a = build_article(
        "第二件事在2025年1月。\n第一件事在2024年12月，另一件也在2024年12月。", today=REF
    )
    assert [e.text.simplified for e in a.timeline] == ["2024年12月", "2024年12月", "2025年1月"]
    assert [e.span for e in a.timeline[:2]] == [(5, 13), (19, 27)]


def test_a_dateline_with_an_update_note_is_still_the_dateline() -> None:
    ref = find_reference(["2025/05/18 14:05（5/18 18:30 更新）"], [], date(2030, 1, 1))
    assert (ref.day, ref.source) == (date(2025, 5, 18), "dateline")


def test_the_bundled_articles_events_are_unchanged() -> None:
    from tui.model.load import BUNDLED, load_article

    a = load_article(BUNDLED)
    got = [(e.text.traditional, e.start.isoformat(), e.end.isoformat()) for e in a.timeline]
    assert got == [
        ("2023年初", "2023-01-01", "2023-02-28"),
        ("2024年中", "2024-06-01", "2024-07-31"),
        ("2024年12月", "2024-12-01", "2024-12-31"),
        ("去年底", "2024-12-01", "2024-12-31"),
        ("2025年1月", "2025-01-01", "2025-01-31"),
        ("春晚", "2025-01-28", "2025-01-28"),
        ("除夕", "2025-01-28", "2025-01-28"),
        ("春節假期", "2025-01-29", "2025-02-04"),
        ("春節長假", "2025-01-29", "2025-02-04"),
        ("春節期間", "2025-01-29", "2025-02-04"),
    ]
    assert (a.reference_date, a.reference_source) == (date(2025, 1, 31), "latest-year")
    assert [e.basis for e in a.timeline] == ["stated"] * 3 + ["reference", "stated"] + [
        "reference"
    ] * 5


def test_a_school_term_with_its_stated_span_is_that_span() -> None:
    text = (
        "學校公告\n本學期寒假自1月20日至2月9日止，2月10日開學。\n"
        "寒假期間圖書館每週三開放，寒假作業請於開學日繳交。\n"
    )
    for form in (text, convert(text, Script.SIMPLIFIED)):
        a = build_article(form, today=date(2025, 1, 10))
        words = [e.text.simplified for e in a.timeline]
        assert "寒假" not in words, words
        assert "1月20日至2月9日" in words, words
    # … and when its dates follow the word for its time (寒假时间为…)
    notice = "关于寒假放假的通知\n一、寒假时间\n幼儿园寒假时间为1月20日至2月14日，寒假期间注意安全。\n"
    words = [e.text.simplified for e in build_article(notice, today=date(2025, 1, 10)).timeline]
    assert "寒假" not in words and "1月20日至2月14日" in words, words
    # a break's worth of time (一个寒假) is a length, no break of the story
    a = build_article("那年春节我在家里想了整整一个寒假，最后还是选择了二战。\n", today=date(2025, 1, 10))
    assert "寒假" not in [e.text.simplified for e in a.timeline]
    # a term the page gives no span stays an event of its own
    a = build_article("學校公告\n今年暑假的托管班還會開辦，報名從下週開始。\n", today=date(2025, 1, 10))
    assert "今年暑假" in [e.text.simplified for e in a.timeline]


def test_a_night_of_mid_autumn_only_where_the_page_speaks_of_it() -> None:
    text = "今年中秋係禮拜二，打算十五晚去海邊睇月光。\n"
    a = build_article(text, today=date(2024, 9, 10))
    assert ("十五晚", "2024-09-17") in [(e.text.simplified, e.start.isoformat()) for e in a.timeline]
    a = build_article("打算十五晚去海邊散步。\n", today=date(2024, 9, 10))
    assert "十五晚" not in [e.text.simplified for e in a.timeline]


def test_fifteenth_night_in_a_new_year_story_is_the_lantern_festival() -> None:
    a = build_article("2024年2月8日\n年初一去拜年，十五晚再去維園睇花燈。\n", today=date(2030, 1, 1))
    got = [(e.text.simplified, e.start.isoformat()) for e in a.timeline]
    assert ("十五晚", "2024-02-24") in got, got


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # two lunar days joined by 至, and a bracket's bare days: every range label writes a
        # same-year end without its year, as 2月10日至12日 always was
        ("大年初一至年初三沙田車公廟亦會人山人海", "2024-02-10～02-12"),
        ("年初一至年初三（10日至12日）", "2024-02-10～02-12"),
        ("2025年1月24日至2025年2月2日", "2025-01-24～02-02"),  # A至B, each with its year
        ("2023年7月至9月", "2023-07～09"),
        ("2012年12月1日至31日", "2012-12-01～12-31"),
        # another year's end keeps its year, however the text says it
        ("2024年12月28日至3日", "2024-12-28～2025-01-03"),
        ("2024年12月28日至1月3日", "2024-12-28～2025-01-03"),
        ("2012年12月至2014年6月", "2012-12～2014-06"),
    ],
)
def test_a_range_label_says_its_year_once(text: str, label: str) -> None:
    assert [f.label for f in find_dates(text, date(2024, 2, 8))] == [label]


def test_national_day_is_double_tenth_on_a_taiwan_page() -> None:
    """國慶日 on a Taiwan page is October 10th; a Hong Kong or mainland page's 國慶/国庆 is
    October 1st (a Taiwan story's 去年國慶日 landed on October 1st)."""
    today = date(2026, 11, 30)
    taiwan = build_article("總統府表示，去年國慶日的典禮有三萬人參加。", today=today)
    assert [(e.start, e.end) for e in taiwan.timeline] == [(date(2025, 10, 10), date(2025, 10, 10))]
    hong_kong = build_article("香港特區政府表示，去年國慶日的升旗禮有三千人參加。", today=today)
    assert [e.start for e in hong_kong.timeline] == [date(2025, 10, 1)]
    mainland = build_article("国务院表示，去年国庆日的典礼有三万人参加。", today=today)
    assert [e.start for e in mainland.timeline] == [date(2025, 10, 1)]


def test_a_forecasts_bare_weekday_is_still_to_come() -> None:
    """``預料風暴會在星期六逐漸減弱`` after ``上周五（10日）`` was dated to the Saturday of the
    week just named (the 11th), before the page's own Thursday: a forecast's day is to come."""
    from tui.model.build import build_article

    ref = date(2026, 7, 16)  # a Thursday
    text = "天文台表示，風暴與上周五（10日）掠過的颱風相似。天文台預料風暴會在星期六逐漸減弱。"
    days = {e.text.original: e.start for e in build_article(text, reference_date=ref).timeline}
    assert days["上周五（10日）"] == date(2026, 7, 10)
    assert days["星期六"] == date(2026, 7, 18)
    ahead = build_article("气象台预计降雨将在周二结束。", reference_date=ref).timeline
    assert [e.start for e in ahead] == [date(2026, 7, 21)]  # this week's Tuesday has gone by
    past = build_article("上周五去了一趟，星期六又去了。", reference_date=ref).timeline
    assert [e.start for e in past] == [date(2026, 7, 10), date(2026, 7, 11)]  # no forecast: the week named


def test_a_days_weekday_in_brackets_chooses_its_year() -> None:
    """``10/26(日)`` on a post with no date of its own was put on a Wednesday four years back;
    ``1/5（一）`` on a page of late December is next January's.  A stated year is kept."""
    from tui.model.build import build_article

    guessed = build_article("我們2022年開店。\n10/26(日)新店開幕。", today=date(2026, 11, 30))
    assert guessed.reference_source == "latest-year"
    assert [e.start for e in guessed.timeline][-1] == date(2025, 10, 26)  # a Sunday
    december = build_article("活動在1/5（一）舉行。", reference_date=date(2025, 12, 20)).timeline
    assert [e.start for e in december] == [date(2026, 1, 5)]
    same = build_article("活動在12/20（六）舉行。", reference_date=date(2025, 12, 21)).timeline
    assert [e.start for e in same] == [date(2025, 12, 20)]
    after = build_article("我們2022年開店。\n10/26(日)開幕，27日起營業，隔天休息。", today=date(2026, 11, 30))
    assert [e.start for e in after.timeline][1:] == [date(2025, 10, 26), date(2025, 10, 27), date(2025, 10, 28)]
    stated = build_article("2025年10月26日（三）開幕。", reference_date=date(2022, 4, 30)).timeline
    assert [e.start for e in stated] == [date(2025, 10, 26)]  # the page's own slip, as written


def test_names_labels_and_page_stamps_are_no_dates() -> None:
    """A commenter's name that opens a stamped reply row, a person's name given with the
    account it is, a holiday word inside a line's heading label, 天天 after a week word and
    the page's own update stamp name no day of the story."""
    ref = date(2025, 12, 10)

    def texts(page: str) -> list[str]:
        return [e.text.original for e in build_article(page, reference_date=ref).timeline]

    assert texts("周六爬山的阿明：下周三就闭馆了，快去 12-09 20:15") == ["下周三"]
    assert texts("主持人周一航（@周一航Leo）将于12月20日到场。") == ["12月20日"]
    assert texts("春節期間服務說明：除夕至初二（2月16日至18日）暫停服務。") == ["除夕至初二（2月16日至18日）"]
    assert texts("▎周末手作課｜每週六下午開課，寒假起加開。")[:1] != ["周末"]
    assert texts("那周天天加班，这周天天下雨。") == ["这周"]
    assert texts("本文更新于2025年12月1日，票价以现场为准。") == []
    # still dates: a weekend that opens a sentence, and a stated day in a plain sentence
    assert sorted(texts("周末去爬山，12月1日更新了路线。")) == ["12月1日", "周末"]


def test_a_reign_year_with_its_gregorian_year_in_brackets_is_one_date() -> None:
    """``道光十年（1830年）`` was two events; the bracket says the same year again."""
    (e,) = build_article("這本書是道光十年（1830年）刻印的。", reference_date=date(2025, 1, 1)).timeline
    assert e.text.original == "道光十年（1830年）"
    assert (e.start, e.end) == (date(1830, 1, 1), date(1830, 12, 31))


def test_a_programme_row_with_a_bar_label_is_no_stamp() -> None:
    """``▎講座｜1月10日（六）、2月7日（六）14:00，免費`` lists the days of an event: the clock and
    the bar made it read as a link's time stamp, and both days were lost."""
    page = "▎親子講座｜1月10日（六）、2月7日（六）14:00，免費，名額20人"
    found = [e.start for e in build_article(page, reference_date=date(2025, 12, 5)).timeline]
    assert found == [date(2026, 1, 10), date(2026, 2, 7)]


def test_more_day_words_and_ranges_that_start_at_night() -> None:
    """``小年夜`` (the day before the eve), ``后天（大年初一）``, a range whose start names the
    part of the day (``15日夜间至17日``), HK's ``除夕（12月31日）`` (New Year's Eve, not the
    next year's) and what a household habitually does (``我家習慣小年夜…``)."""
    ref = date(2026, 2, 15)

    def days(text: str) -> list[tuple[str, str, str]]:
        found = build_article(text, reference_date=ref).timeline
        return [(e.text.original, e.start.isoformat(), e.end.isoformat()) for e in found]

    assert days("我們今年小年夜才回南部。") == [("今年小年夜", "2026-02-15", "2026-02-15")]
    assert days("客運表示，后天（大年初一）车流最少。") == [("后天（大年初一）", "2026-02-17", "2026-02-17")]
    assert days("气象台预计，15日夜间至17日将有降雪。") == [("15日夜间至17日", "2026-02-15", "2026-02-17")]
    eve = days("圖書館在平安夜（12月24日）及除夕（12月31日）提早關門。")
    assert eve[-1] == ("除夕（12月31日）", "2025-12-31", "2025-12-31")
    assert days("我家習慣小年夜前一天蒸年糕。") == []
    assert days("他说先天不足可以靠后天努力。") == []


def test_new_year_days_with_their_year_in_a_row_and_hk_days_after_a_copula() -> None:
    """``去年初六`` was read as 去年初 (early last year), the second of ``初六初七`` was lost, and
    HK's ``都係22號先走`` (係 is 是) gave no day; ``今年初三个月`` stays the year's start."""
    ref = date(2026, 2, 20)

    def texts(page: str) -> list[str]:
        return [e.text.original for e in build_article(page, reference_date=ref).timeline]

    page = "春節回家，去年初六我開了八個小時。初六初七都別走。"
    found = {e.text.original: e.start for e in build_article(page, reference_date=ref).timeline}
    assert found["去年初六"] == date(2025, 2, 3)
    assert found["初七"] == date(2026, 2, 23)
    assert "今年初" in texts("今年初三个月销量回升。")
    hk = build_article("冬至（12月21日）要返屋企食飯，所以最早都係22號先走得。", reference_date=date(2025, 12, 3))
    assert [e.start for e in hk.timeline] == [date(2025, 12, 21), date(2025, 12, 22)]


def test_a_bare_day_said_of_a_festival_is_near_it() -> None:
    """``今年年三十係9號，10號先係年初一`` on a page of February 5th: the days are the ones the
    festival falls on, not last month's 9th and 10th."""
    page = "你記錯啦，今年年三十係9號，10號先係年初一。"
    found = {e.text.original: e.start for e in build_article(page, reference_date=date(2024, 2, 5)).timeline}
    assert found["9號"] == date(2024, 2, 9)
    assert found["10號"] == date(2024, 2, 10)


def test_a_date_inside_a_persons_name_the_page_gives_beside_a_handle_is_no_event() -> None:
    """主理人周一鸣（@zhouyiming）: the page names the person by the handle, so 周一 in 周一鸣 is
    the name wherever it stands (周一鸣那期), not a Monday."""
    text = (
        "播客沙龙\n这次请到的嘉宾是《慢变量》的主理人周一鸣（@zhouyiming），聊聊转行做木匠。\n"
        "冲！周一鸣那期讲转行的我听了三遍。\n周一晚上见。\n"
    )
    a = build_article(text, today=date(2025, 1, 10))
    assert [e.text.simplified for e in a.timeline] == ["周一"]
