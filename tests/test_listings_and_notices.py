"""Ticketing, listing, itinerary, schedule, filing, obituary and serial-fiction pages: a field's
second day, a bracket that names its day twice, a lunar year by its sexagenary name, Hong Kong's
day-first bracket, a programme's rows, a menu row, a filing's subject label, a chapter's heading,
and the other shapes the thirty-first session's read set showed.  The texts are written for these
tests in the shapes such pages have, each read in both scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, days_of, page_dates, simple, spans_of, title_of
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article

_TICKETS = [
    "票達人售票系統",
    "演唱會 | 音樂劇 | 親子 | 展覽 | 購票說明",
    "溫馨提示：購票前請先登入會員，並完成手機驗證。",
    "首頁 > 演唱會 > 林小雨「晚風」巡迴演唱會 高雄站",
    "林小雨「晚風」巡迴演唱會 高雄站",
    "• 演出日期：2025/12/06（六）19:30",
    "　　　　　　2025/12/07（日）18:00",
    "• 演出地點：高雄巨蛋",
    "",
    "睽違兩年，林小雨將在今年12月回到高雄，新專輯已於9月5日上線，首週銷量破萬張。",
    "防詐提醒：本公司不會以電話要求您操作ATM或更改付款方式，如有疑問請撥165反詐騙專線。",
]


def test_a_fields_second_day_is_no_page_date_and_site_notices_are_chrome() -> None:
    """``演出日期：…`` / ``　　2025/12/07（日）18:00``: the field's second show, not the page's
    stamp (the page states none); the site's reminder to log in and a seller's fraud warning are
    the site's, and the headline stands under the breadcrumb they no longer hide."""
    for text in both_scripts("\n".join(_TICKETS)):
        assert build_article(text).reference_source != "dateline"
        assert title_of(text) == text.split("\n")[4]
    for chrome in chrome_of(_TICKETS):
        assert simple(_TICKETS[2]) in chrome, chrome
        assert simple(_TICKETS[10]) in chrome, chrome


_LIBRARY = [
    "2026-01-30 10:00",
    "",
    "年廿九（2月16日，除夕）：下午5時提早閉館；年初四（2月20日）起如常開放。",
    "先父於二○二五年三月九日（農曆乙巳年二月初十日）壽終，另擇農曆甲辰年十二月初一日為忌辰。",
]


def test_a_bracket_that_names_its_day_twice_and_a_sexagenary_lunar_year() -> None:
    """``年廿九（2月16日，除夕）``: the bracket dates the lunar day and names it again, one
    event; ``農曆乙巳年二月初十日``: the lunar year by its stem and branch, stated."""
    for spans in spans_of(_LIBRARY):
        assert ("年廿九（2月16日，除夕）", "2026-02-16", "2026-02-16") in spans, spans
        assert ("二○二五年三月九日（农历乙巳年二月初十日）", "2025-03-09", "2025-03-09") in spans, spans
        assert ("农历甲辰年十二月初一日", "2024-12-31", "2024-12-31") in spans, spans
        assert all(t != "除夕" for t, _, _ in spans), spans


_ESTATE = [
    "2025-07-08 11:20",
    "",
    "上月（6月）同座中層3房以$1,120萬成交，業主今次願意減價。",
    "本周六（12/7）下午3時至5時舉行睇樓日，有興趣請預約。",
    "同屋苑其他放盤",
    "海景閣 中層 2房 $798萬 · 05/07/2025",
    "山景閣 低層 3房 $1,050萬 · 03/07/2025",
    "園景閣 高層 2房 $835萬 · 27/06/2025",
]


def test_hong_kongs_day_first_bracket_and_a_listings_other_listings() -> None:
    """``本周六（12/7）`` in July: the 12th of July, the Saturday the word names; ``上月（6月）``
    one expression; the estate's other listings under their heading are the site's, their days
    no events."""
    for spans in spans_of(_ESTATE):
        assert ("本周六（12/7）", "2025-07-12", "2025-07-12") in spans, spans
        assert ("上月（6月）", "2025-06-01", "2025-06-30") in spans, spans
        assert not any(s.endswith("2025") for s, _, _ in spans), spans
    for chrome in chrome_of(_ESTATE):
        assert {simple(x) for x in _ESTATE[4:]} <= chrome, chrome


_TOUR = [
    "2025-08-12 09:00",
    "",
    "適逢雙十國慶（10月10日），本團10月9日出發，只需請假1天即可暢遊九州！",
    "旅遊契約依觀光署「國外旅遊定型化契約書範本」（114年版）辦理。",
    "2009.03　公司前身在江城高新區成立，首批研發人員僅7人。",
    "2020年春，公司緊急為多家醫院提供備用電源。",
    "與2024年4月4日至7日的清明連假相比，今年少一天。",
]


def test_a_national_days_two_names_an_editions_year_and_a_chronologys_heads() -> None:
    """``雙十國慶（10月10日）`` whole; ``114年版`` an edition's year, no event; ``2009.03`` opening
    a chronology's line and ``2020年春，`` the season of a year; ``2024年4月4日至7日的清明連假``
    the days the holiday was, one event."""
    for spans in spans_of(_TOUR):
        assert ("双十国庆（10月10日）", "2025-10-10", "2025-10-10") in spans, spans
        assert ("2009.03", "2009-03-01", "2009-03-31") in spans, spans
        assert ("2020年春", "2020-03-01", "2020-05-31") in spans, spans
        assert all("114" not in t for t, _, _ in spans), spans
        assert ("2024年4月4日至7日", "2024-04-04", "2024-04-07") in spans, spans
        assert all(not t.startswith("清明") for t, _, _ in spans), spans


_TV = [
    "體育台",
    "首頁 | 直播 | 點播 | 節目單 | 賽事",
    "體育一台 | 體育二台 | 籃球頻道 | 足球頻道",
    "2025年10月18日 星期六",
    "00:00　體育新聞（重播）",
    "03:00　錄像：城市公開賽 男單決賽（錄製於10月17日）",
    "12:00　體育新聞",
    "賽事預告",
    "下周三（10月22日）20:00　亞洲聯賽小組賽 海濱-川崎",
    "10月25日至26日　全國田徑錦標賽（全程直播）",
]


def test_a_programmes_rows_are_dated_and_no_row_or_menu_is_the_headline() -> None:
    """``03:00　錄像：…（錄製於10月17日）``: a programme's row, its hour first, no link's stamp;
    ``下周三（10月22日）20:00　…`` a fixture's row; neither a row of the programme nor a row of
    channels is the page's headline."""
    for days in days_of(_TV):
        assert ("10月17日", "2025-10-17") in days, days
        assert ("下周三（10月22日）", "2025-10-22") in days, days
    for text in both_scripts("\n".join(_TV)):
        rows = text.split("\n")
        assert title_of(text) not in (*rows[2:7], *rows[8:]), title_of(text)


_FILING = [
    "公開資訊觀測站",
    "首頁 | 彙總報表 | 重大訊息與公告 | 財務報表 | 股東會及股利",
    "序號 2　發言日期 114/04/29　發言時間 17:45:12",
    "主旨　公告本公司董事會決議召開股東常會相關事宜",
    "說明",
    "1.董事會決議日期:114/04/29",
    "2.股東會召開日期:114/06/19",
    "3.本公司股東常會原訂於114年6月12日召開，因會議室整修延至6月19日舉行。",
]

_CHAPTER = [
    "雲閱小說網",
    "首頁 | 分類 | 排行 | 完本 | 書架",
    "雲閱小說網 > 都市 > 長街燈火 > 第四百零二章 舊城雨夜",
    "第四百零二章 舊城雨夜　更新時間：2025-09-06 23:47",
    "作者：青梧　本章字數：3216",
    "雨是半夜下起來的。巷子裡只剩下周記粥鋪還亮著燈。",
    "周嬸今年六十八了，背比從前更駝，嗓門卻一點沒變。",
    "作者有話說：明天（9月7日）要去醫院複查，請假一天，後天恢復更新。",
]


def test_a_filings_subject_and_a_chapters_heading_are_the_headlines() -> None:
    """``主旨　…``: a filing's subject under its form's label, the label dropped; ``第四百零二章
    舊城雨夜　更新時間：…``: a chapter's number and name (no byline) before its stamp."""
    for text in both_scripts("\n".join(_FILING)):
        assert title_of(text) == text.split("\n")[3].removeprefix("主旨　")
    for text in both_scripts("\n".join(_CHAPTER)):
        assert title_of(text) == text.split("\n")[3].split("　")[0]


def test_a_shops_name_after_a_verb_an_age_and_the_day_after_tomorrow() -> None:
    """``只剩下周記粥鋪``: 下 ends the verb, no next week; ``今年六十八了`` an age; ``後天恢復更新``
    the day after tomorrow."""
    for days in days_of(_CHAPTER):
        texts = [t for t, _ in days]
        assert "下周" not in texts and "今年" not in texts, days
        assert ("后天", "2025-09-08") in days, days


_RELEASES = [
    "2025-09-24 13:25",
    "",
    "天文台於上午9時40分發出八號烈風或暴風信號，市民應留在安全地方。",
    "",
    "完",
    "本日其他新聞公報：",
    "　天文台發出三號強風信號（05時40分）",
    "　二○二五年第二季本地生產總值修訂數字（16時30分）",
    "重要告示 ｜ 私隱政策 ｜ 無障礙瀏覽",
]


def test_the_days_other_releases_are_the_sites() -> None:
    """``本日其他新聞公報：`` and its links: the government's other releases of the day, no
    events of this one."""
    for chrome in chrome_of(_RELEASES):
        assert {simple(x.strip()) for x in _RELEASES[5:8]} <= chrome, chrome
    for spans in spans_of(_RELEASES):
        assert spans == [], spans
    assert all(d.isoformat() == "2025-09-24" for d in page_dates(_RELEASES))


_UNDER_LINKS = [
    "香港電台網站",
    "新聞　體育　財經　天氣",
    "更多本地新聞",
    "2023-11-08 HKT 12:34",
    "",
    "政府今日（8日）公布新一份施政報告，當中提出多項房屋措施，並將於下星期三（15日）諮詢立法會。",
]


def test_a_dateline_under_a_link_lists_heading_is_the_pages() -> None:
    """``更多本地新聞`` / ``2023-11-08 HKT 12:34``: a heading that leads to other pages goes on to no
    field of its own, so the stamp under it is still the page's (only an event's labelled day,
    演出日期：…, has a second day under it)."""
    for text in both_scripts("\n".join(_UNDER_LINKS)):
        article = build_article(text)
        assert article.reference_date.isoformat() == "2023-11-08", article.reference_date


_TEMPLE = [
    "2025-03-20 09:00",
    "",
    "本宮訂於農曆三月十五～十六舉行祈安法會，歡迎信眾參加。",
    "大坑舞火龍亦將於農曆八月十四至十六日一連三晚舉行。",
]


def test_a_lunar_months_two_days_are_one_range() -> None:
    """``農曆三月十五～十六``: two days of one lunar month, one event (as ``八月十四至十六日``)."""
    for spans in spans_of(_TEMPLE):
        assert ("农历三月十五～十六", "2025-04-12", "2025-04-13") in spans, spans
        assert ("农历八月十四至十六日", "2025-10-05", "2025-10-07") in spans, spans
