"""A temple's notice in lunar days, a restaurant guide's reviews, a ticket page's sale steps, a
church bulletin's date line, a school's holiday table and a Tieba thread's first floor: the
twenty-eighth session's rules for notices and listings.  The texts are written for these tests
in the shapes such pages have, each read in both scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, days_of, page_dates, title_of
from tui.model.fold import fold
from tui.model.line_shapes import classify

_TEMPLE_NOTICE = [
    "福安宮全球資訊網",
    "回首頁 | 網站導覽 | English",
    "首頁 > 最新消息 > 法會活動",
    "114年乙巳年中元普度祈安法會通告",
    "發布日期：114-07-28　　發布單位：總務組　　瀏覽人次：1,284",
    "",
    "事由：本宮訂於民國114年農曆七月十三日至十五日（國曆9月4日至6日）一連三天舉行「乙巳年中元普度祈安法會」。",
    "說明：",
    "一、法會科儀日程：",
    "（一）七月十三日（星期四）上午七時：起鼓、請神。",
    "（二）七月十五日（星期六）下午二時：普度施食。",
    "二、農曆七月初一日（國曆8月23日）上午十時開龕門，七月三十日（國曆9月21日）關龕門。",
    "",
    "福安宮管理委員會　敬啟",
    "中華民國一一四年七月二十八日",
    "分享：Facebook　LINE　列印　回上一頁",
]


def test_a_temples_notice_in_lunar_days() -> None:
    """``民國114年農曆七月十三日至十五日（國曆9月4日至6日）`` is one expression, the bracket's
    days; ``七月十三日（星期四）`` on a notice of 農曆七月 is the lunar day, the only reading
    whose weekday it is; ``七月三十日（國曆9月21日）`` was lunar too, the bracket says so; the
    day under the sign-off is the signature's, and ``中元普度祈安法會`` is the rite's name."""
    for days in days_of(_TEMPLE_NOTICE):
        assert ("民国114年农历七月十三日至十五日（国历9月4日至6日）", "2025-09-04") in days, days
        assert ("七月十三日（星期四）", "2025-09-04") in days, days
        assert ("七月十五日（星期六）", "2025-09-06") in days, days
        assert ("七月三十日（国历9月21日）", "2025-09-21") in days, days
        assert not any(text in ("中元", "中华民国一一四年七月二十八日", "民国114年") for text, _ in days), days
    for chrome in chrome_of(_TEMPLE_NOTICE):
        assert "中华民国一一四年七月二十八日" in chrome, chrome


_REVIEWS = [
    "OpenRice 開飯喇",
    "首頁 > 香港島 > 灣仔 > 茶餐廳/冰室 > 泰來冰室 > 食評",
    "泰來冰室",
    "灣仔駱克道231號地舖　港式　茶餐廳/冰室　$51-100",
    "笑臉 328　OK 41　哭臉 12",
    "",
    "凍檸茶少甜一流",
    "凍檸茶少冰",
    "Lv.3 食家　食評 86篇",
    "2024-03-12",
    "琴日同同事嚟食lunch，12點半已經排到出門口，等咗廿分鐘先有位。",
    "有用 12　留言 2　分享　舉報",
    "",
    "泰來冰室的其他食評 (56)",
    "Wing仔食遍港九",
    "Lv.5 美食家　食評 432篇",
    "2024-02-15",
    "菠蘿油照出爐",
    "今朝再嚟飲早茶，已經多咗好多返工嘅人，熱奶茶茶味夠濃。",
    "有用 31　留言 5",
    "",
    "小薯仔",
    "Lv.1 新手",
    "2024-01-03",
    "元旦中午嚟食，人多到爆，落單之後等咗四十分鐘先有嘢食。",
    "有用 4　留言 1",
    "商戶回覆　2024-01-05",
    "多謝你嘅意見！我哋下個月起會加多兩位樓面同事。",
    "",
    "睇更多食評",
    "附近餐廳",
    "金記冰室　灣仔　$51-100",
    "下載OpenRice App，隨時隨地搵食",
]


def test_a_restaurant_guides_reviews_each_count_from_their_day() -> None:
    """Each review stands under its writer, level row and day (Wing仔食遍港九 / Lv.5 美食家　食評
    432篇 / 2024-02-15): its 今朝 is that day, the shop's reply (商戶回覆　2024-01-05) counts its
    下個月 from its own; the writers' names, level rows, price bands and the guide's links are
    chrome, and the first review's title is the page's."""
    for days in days_of(_REVIEWS):
        assert ("今朝", "2024-02-15") in days, days
        assert ("下个月", "2024-02-01") in days, days
        assert not any(text == "2024-01-05" for text, _ in days), days
    for chrome in chrome_of(_REVIEWS):
        for line in ("Wing仔食遍港九", "小薯仔", "Lv.5 美食家　食评 432篇", "泰来冰室的其他食评 (56)", "附近餐厅", "睇更多食评"):
            assert line in chrome, (line, chrome)
    assert title_of("\n".join(_REVIEWS)) == "凍檸茶少甜一流"


def test_a_ticket_pages_sale_steps_are_events_not_stamps() -> None:
    """``會員預購：2024/06/05（三）12:00`` and ``加演場次：2024/08/18（日）18:00`` are the sale's
    and the show's days under their labels, not the page's stamps."""
    page = [
        "tixcraft 拓元售票",
        "節目資訊　購票須知　常見問題　會員中心",
        "2024 某某巡迴演唱會－高雄站",
        "",
        "【演出資訊】",
        "演出日期：2024/08/17（六）19:30",
        "加演場次：2024/08/18（日）18:00",
        "演出地點：高雄流行音樂中心 海音館",
        "票價：NT$4,800／3,800／2,800／1,800／800（身障席）",
        "",
        "【售票時程】",
        "中信卡友優先購：2024/06/01（六）12:00 開始",
        "卡友優先購截止：2024/06/02（日）23:59",
        "會員預購：2024/06/05（三）12:00",
        "全面開賣：2024/06/08（六）12:00",
        "※全家FamiPort於全面開賣當日同步販售，每筆限購4張。",
        "",
        "【購票須知】",
        "1. 本節目採實名制，購票前請先完成會員手機驗證，票券姓名一經送出不得修改。",
        "2. 每位會員每場次限購4張，同筆訂單不可跨場次。",
    ]
    for days in days_of(page):
        starts = [d for _, d in days]
        for day in ("2024-06-01", "2024-06-02", "2024-06-05", "2024-06-08", "2024-08-18"):
            assert day in starts, (day, days)
    from tui.model.build import build_article

    assert build_article("\n".join(page)).reference_source != "dateline"  # (the page states no day of its own)


def test_a_bulletins_day_line_and_a_schools_holiday_table() -> None:
    """A church bulletin's ``二〇二四年十月十三日　聖靈降臨期後第二十一主日`` is its date line, so
    the headline over it is the title; a school's table row ``1月25日至2月5日　農曆新年假期``
    names the days of its first cell (no holiday span of its own), as ``聖誕及新年假期`` does;
    ``本年度陸運會`` is the school year's sports day, no year of the story."""
    bulletin = [
        "中華基督教會恩臨堂",
        "主頁　本堂簡介　聚會時間　週刊下載",
        "主日崇拜週刊（第四十一期）",
        "二〇二四年十月十三日　聖靈降臨期後第二十一主日",
        "",
        "一、聖餐：下主日（20日）崇拜設聖餐，請弟兄姊妹預備心靈。",
        "二、本週三（16日）晚上八時為祈禱會，地點為三樓副堂。",
    ]
    assert title_of("\n".join(bulletin)) == "主日崇拜週刊（第四十一期）"
    assert classify(fold("2024年10月13日 星期日 農曆九月十一")).name == "CHROME"
    school = [
        "柏樂小學　家長通告",
        "2024年11月12日",
        "",
        "本年度陸運會已於上月30日順利舉行，謹此感謝各位家長義工協助。本年度總結大會將於下月舉行。",
        "日期　　　　　　　事項",
        "12月21日至1月1日　聖誕及新年假期",
        "1月25日至2月5日　農曆新年假期",
    ]
    for days in days_of(school):
        assert ("1月25日至2月5日", "2025-01-25") in days, days
        assert ("12月21日至1月1日", "2024-12-21") in days, days
        assert not any(text in ("圣诞", "农历新年假期", "本年度") for text, _ in days), days


def test_a_tieba_floor_opening_on_a_past_day_is_no_dateline_nor_headline() -> None:
    """A floor's words that open on a past day and run on past a comma (``2008年1月25日开始下冻雨，
    到2月初…``) are the story, not the page's dateline; the floor's first line under the thread's
    buttons and its poster, its foot under its last line, is no headline."""
    page = [
        "百度贴吧",
        "郴州吧",
        "关注　签到",
        "只看楼主　收藏　回复",
        "郴江水",
        "刷到新闻说湖南这几天又要冻雨，一下想起2008年那场冰灾",
        "2008年1月25日开始下冻雨，到2月初全城停电停水",
        "天气预报说下周三开始降温，大家提前备点水和蜡烛吧",
        "楼主　2024-01-28 21:14　湖南",
        "回复(36)",
    ]
    assert title_of("\n".join(page)) is None
    for day in page_dates(page):
        assert day.isoformat() == "2024-01-28", day
    for days in days_of(page):
        assert ("下周三", "2024-01-31") in days, days
