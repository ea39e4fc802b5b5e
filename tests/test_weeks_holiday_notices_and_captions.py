"""Shapes the thirty-sixth session's read sets showed: a weather story's Saturday dated once and
named again, a holiday's name before next week's day, a weekly report's numbered week, next year's
holiday notice (a festival heading its days, a festival and its weekday in one bracket), a share
row's label alone over its networks, a picture's kind alone where it stood, a reporter's caption
credit, bracketed credit labels and a finance story's caveat, and a subheading that merely holds a
button's word.  The texts are written for these tests in the shapes such pages have, each read in
both scripts unless the rule is one place's alone."""

from __future__ import annotations

from tests.article_probes import chrome_of, simple, spans_of


def _all(spans: list[list[tuple[str, str, str]]]) -> list[tuple[str, str, str]]:
    """The events both scripts agree on (each test asserts on these)."""
    first, *rest = spans
    return [s for s in first if all(s in other for other in rest)]


# ---- dates -----------------------------------------------------------------------------------


def test_a_weekday_dated_before_is_that_day_again() -> None:
    """``週六(2/8)至週日(2/9)清晨最冷……影響到下週一(2/10)`` then, a paragraph on, ``週六清晨``:
    the Saturday the story dated, not next week's; a weekday dated as another week's
    (``上週六（2/1）``) leaves this week's bare Saturday alone."""
    lines = [
        "2025年2月6日",
        "氣象署表示，週六(2/8)至週日(2/9)清晨最冷，預估一路影響到下週一(2/10)，下週二起才回暖。",
        "分析師指出，週六清晨可能出現入冬以來最低溫，提醒民眾週末外出注意保暖。",
    ]
    spans = _all(spans_of(lines))
    assert ("周六", "2025-02-08", "2025-02-08") in spans, spans
    assert ("周末", "2025-02-08", "2025-02-09") in spans, spans
    filler = "館方指出，今年展覽以在地產業為題，展出農具與老照片共三百餘件。"
    other = ["2025年2月6日", "上週六（2/1）預展人潮不多。", filler, filler, "館方說，週六開幕當天有兩場導覽。"]
    assert ("周六", "2025-02-08", "2025-02-08") in _all(spans_of(other))


def test_a_holidays_name_before_next_weeks_day_leaves_the_day_its_own() -> None:
    """``清明連假下週四（4/3）登場``: next Thursday, April 3rd, an event of its own (not the
    holiday's weekday, swallowed by it); ``3月15日（本週六）`` stays one date with its bracket."""
    lines = ["2025年3月27日", "高公局表示，清明連假下週四（4/3）登場，3月15日（本週六）已試辦。"]
    spans = _all(spans_of(lines))
    assert ("下周四（4/3）", "2025-04-03", "2025-04-03") in spans, spans
    assert any(s[0].startswith("3月15日（本周六）") for s in spans), spans


def test_a_weekly_reports_numbered_week_is_the_years_iso_week() -> None:
    """``今年第2周`` on a page of January 2025 is January 6th to 12th (ISO weeks, Monday first,
    week 1 holding January 4th); ``2024年第52周`` is December 23rd to 29th; ``第3周周五``, a
    syllabus's, is no week of a year."""
    lines = [
        "2025年1月15日",
        "数据显示，今年第2周全国生猪出场价格与玉米价格的比价为7.12∶1，2024年第52周为7.05∶1。",
    ]
    spans = _all(spans_of(lines))
    assert ("今年第2周", "2025-01-06", "2025-01-12") in spans, spans
    assert ("2024年第52周", "2024-12-23", "2024-12-29") in spans, spans


def test_next_years_holiday_notice() -> None:
    """A notice of next year's holidays, published in November: ``清明节，4月4日（周五）至6日``
    and ``国庆节、中秋节，10月1日…`` head their days, so each festival is next year's; a date's
    bracket may hold the festival and the weekday (``1月28日（农历除夕、周二）至2月4日``), one
    range.  Taiwan's 兒童節 (April 4th) keeps its own day."""
    lines = [
        "2024年11月12日",
        "国务院办公厅发布通知，公布部分节假日具体安排。",
        "春节，1月28日（农历除夕、周二）至2月4日（周二）放假调休，共8天。",
        "清明节，4月4日（周五）至6日（周日）放假，共3天。",
        "国庆节、中秋节，10月1日（周三）至8日（周三）放假调休，共8天。",
    ]
    spans = _all(spans_of(lines))
    assert ("1月28日（农历除夕、周二）至2月4日（周二）", "2025-01-28", "2025-02-04") in spans, spans
    assert ("清明节", "2025-04-04", "2025-04-04") in spans, spans
    assert ("中秋节", "2025-10-06", "2025-10-06") in spans, spans
    # (National Day is the mainland's October 1st in the Simplified page, Taiwan's 10th in the
    # Traditional one: next year's either way)
    simplified, traditional = spans_of(lines)
    assert ("国庆节", "2025-10-01", "2025-10-01") in simplified, simplified
    assert ("国庆节", "2025-10-10", "2025-10-10") in traditional, traditional
    tw = spans_of(["2024年3月20日", "今年清明節（4月4日）適逢兒童節，4月4日至7日連放4天。"])[1]
    assert ("儿童节", "2024-04-04", "2024-04-04") in tw, tw


# ---- chrome ----------------------------------------------------------------------------------

_STORY = "天文台表示，紅色暴雨警告信號會維持至少至上午11時，預料今晚仍有大驟雨，市民應提高警覺。"
_MORE = "天文台預測，低壓槽會在周末徘徊華南沿岸，下周一至周三驟雨稍為減少，氣溫略為回升。"


def test_a_share_rows_label_alone_holds_its_networks() -> None:
    """``分享`` alone, then ``WhatsApp`` / ``Facebook`` a line each (``分享到`` / ``微信`` / ``微博``):
    the share row's items, chrome; a word that is no network under it stays the page's."""
    lines = ["紅雨｜天文台發入夏首個紅雨", "分享", "WhatsApp", "Facebook", "", _STORY, "", "分享到", "微信", "微博", "", _MORE]
    for chrome in chrome_of(lines):
        assert {"WhatsApp", "Facebook", "微信", "微博"} <= chrome, chrome
    lines = ["紅雨｜天文台發入夏首個紅雨", "分享", "陳小姐", "", _STORY]
    for chrome in chrome_of(lines):
        assert "陈小姐" not in chrome, chrome


def test_a_pictures_kind_alone_and_a_reporters_caption_credit_are_chrome() -> None:
    """``資料圖片``, ``视频截图``, ``示意圖`` alone where the picture stood, and a caption that ends
    in its reporter's credit (``…在盐官观潮。潮新闻记者 摄``, ``…。本报记者 张三 李四 摄``)."""
    lines = [
        "紅雨警告",
        _STORY,
        "",
        "資料圖片",
        "",
        _MORE,
        "视频截图",
        "示意圖",
        "2024年9月20日，游客在盐官观潮。潮新闻记者 摄",
        "游客在盐官观潮。本报记者 张三 李四 摄",
        _MORE,
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in lines[3:4] + lines[6:10]} <= chrome, chrome
        assert simple(_MORE) not in chrome


def test_bracketed_credit_labels_and_a_finance_caveat_are_chrome() -> None:
    """``【作者】刘倩`` under the story, and ``※本新聞內容僅供參考，投資人應獨立判斷，審慎投資。``."""
    lines = [
        "晶耀科公告董事會通過發放現金股利",
        _STORY,
        "【作者】刘倩",
        "【责任编辑】王小明",
        "※本新聞內容僅供參考，投資人應獨立判斷，審慎投資。",
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in lines[2:]} <= chrome, chrome


def test_a_subheading_holding_a_buttons_word_is_the_storys() -> None:
    """``議員關注 建築費用需嚴控`` over a caption: a subheading in two parts, its 關注 a verb after its
    subject, no follow button; ``某某的小厨房　+关注`` and ``回覆 2# 某某`` are still buttons' rows."""
    lines = [
        "屯門醫院擴建撥款獲通過",
        _STORY,
        "",
        "議員關注 建築費用需嚴控",
        "",
        "■醫務衞生局官員昨日出席財委會會議，解答議員提問。香江時報記者 攝",
        "",
        _MORE,
    ]
    for chrome in chrome_of(lines):
        assert "议员关注 建筑费用需严控" not in chrome, chrome
        assert simple(lines[5]) in chrome, chrome
