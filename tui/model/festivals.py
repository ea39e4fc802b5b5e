"""Gregorian dates of Chinese festivals and lunar days: lunar ones from lunar_python.

Each festival is named by its Simplified name.  ``year`` is the Gregorian year a
reader means by "2025年春节": the lunar year that begins in it.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from tui.model import calendar_cache

# name → (lunar month, lunar day, offset in days); month 0 means "a solar term".
_LUNAR = {
    "春节": (1, 1, 0),
    "过年": (1, 1, 0),
    "农历新年": (1, 1, 0),
    "农历春节": (1, 1, 0),
    "农历年": (1, 1, 0),  # Taiwan's 農曆年前/農曆年假: only with a time word after it
    "新春": (1, 1, 0),  # the new spring (新春假期, 新春期間): only with a time word after it
    "年节": (1, 1, 0),  # Taiwan's 年節期間, 年節前: only with a time word after it
    "大年初一": (1, 1, 0),
    "除夕": (1, 1, -1),  # the day before new year: month 12 may have 29 or 30 days
    "大年夜": (1, 1, -1),  # the eve by its other name (大年夜那十連): 除夕
    "小年夜": (1, 1, -2),  # Taiwan's and Hong Kong's name for the day before the eve
    "春晚": (1, 1, -1),  # the Spring Festival Gala is on the eve
    "元宵": (1, 15, 0),
    "端午": (5, 5, 0),
    "七夕": (7, 7, 0),
    "中秋": (8, 15, 0),
    "重阳": (9, 9, 0),
    "中元": (7, 15, 0),
    "七月半": (7, 15, 0),  # the ghost festival by its common name (七月半烧包袱)
    "盂兰": (7, 15, 0),  # … by its Buddhist name, as Hong Kong says it (盂蘭節, 盂蘭勝會)
    "佛诞": (4, 8, 0),  # the Buddha's birthday, a public holiday in Hong Kong and Macau
    "贺岁": (1, 1, 0),  # the new year's film season (賀歲檔期), only before 档; see date_patterns
    "人日": (1, 7, 0),  # the seventh day of the new year (人日食及第粥); see date_patterns
    "龙抬头": (2, 2, 0),  # the second day of the second lunar month
    "二月二": (2, 2, 0),  # … by its date, as the saying names it (二月二，龍抬頭)
    "上巳": (3, 3, 0),  # … by its name (今年上巳節（3月31日）)
    "三月三": (3, 3, 0),  # 上巳, a day of tomb-sweeping and songs in the south (三月三上坟, 壮族三月三)
    "火把节": (6, 24, 0),  # the Yi's and the Bai's torch festival in Yunnan and Sichuan (农历六月二十四)
    "义民节": (7, 20, 0),  # the Hakka festival of the Yimin temples (義民節（27日）), lunar 7th month 20th
    # Mazu's (Tin Hau's) birthday, the third lunar month's 23rd: Taiwan's processions and Hong
    # Kong's 天后誕 parades are dated by it (媽祖聖誕（20日）, 今年天后誕（4月20日）)
    "妈祖诞": (3, 23, 0),
    "妈祖圣诞": (3, 23, 0),
    "妈祖诞辰": (3, 23, 0),
    "天后诞": (3, 23, 0),
    "天穿日": (1, 20, 0),  # the Hakka day the sky was mended (今年天穿日), the first month's 20th
}
#: The festivals of the lunar new year and its eve (春节, 过年, 除夕, 小年夜, the gala on the eve):
#: on a page of the autumn they are the coming winter's, as 年廿八 and 年初二 are.
NEW_YEAR = frozenset(name for name, (month, day, _offset) in _LUNAR.items() if (month, day) == (1, 1))
# name → (month, day) of festivals on fixed Gregorian days.
_SOLAR = {
    "元旦": (1, 1),
    "开国纪念日": (1, 1),  # Taiwan's Founding Day (中華民國開國紀念日), its calendar's name for 元旦
    "情人节": (2, 14),
    "白色情人节": (3, 14),  # White Day (白色情人節（3/14）); only with a time word (白色情人節巧克力 is none)
    "西洋情人节": (2, 14),  # Taiwan's name for it, beside 七夕 (the Chinese one)
    "妇女节": (3, 8),
    "三八妇女节": (3, 8),  # … by its full name, which the day is named with
    "三八节": (3, 8),  # the mainland's short name for it (三八 alone is no day)
    "劳动节": (5, 1),
    "五一": (5, 1),
    "儿童节": (6, 1),
    "六一": (6, 1),
    "七一": (7, 1),  # Hong Kong's establishment day, the Party's founding day on the mainland
    "教师节": (9, 10),
    "八一建军节": (8, 1),  # the army's day by its full name (八一建军节（8月1日）)
    "国庆": (10, 1),
    "国庆日": (10, 1),  # the day itself, as Hong Kong's notices name it
    "台湾儿童节": (4, 4),  # Children's Day as Taiwan keeps it, for 兒童節 on a Taiwan page
    "台湾父亲节": (8, 8),  # Father's Day as Taiwan keeps it (爸爸節), for 父親節 on a Taiwan page
    "双十节": (10, 10),  # Taiwan's National Day
    "双十国庆": (10, 10),  # … by its two names (雙十國慶)
    "十一": (10, 1),  # the mainland's National Day by its date (十一假期, 去年十一); see date_patterns
    "双十": (10, 10),  # … as its long weekend names it (雙十連假); only before a holiday word
    "228": (2, 28),  # Taiwan's Peace Memorial Day (228連假); only before a holiday word
    "二二八": (2, 28),  # … in numerals (二二八連假); only before a holiday word
    "和平纪念日": (2, 28),  # … by its name (二二八和平紀念日): the day, not the 1947 events
    "二二八和平纪念日": (2, 28),
    "228和平纪念日": (2, 28),
    "618": (6, 18),  # the mainland's mid-year shopping festival; only where a day is meant
    "520": (5, 20),  # "I love you" day; only where a day is meant
    "双十一": (11, 11),
    "双11": (11, 11),
    "双 11": (11, 11),  # … as tech sites space a figure from hanzi (去年双 11)
    "双十二": (12, 12),
    "双12": (12, 12),
    "圣诞": (12, 25),
    "耶诞": (12, 25),  # Taiwan's word for Christmas (耶誕節)
    "耶诞夜": (12, 24),  # … and its eve
    "圣诞夜": (12, 24),  # … as Hong Kong and the mainland write it (聖誕夜（24日）)
    "万圣节": (10, 31),  # Halloween (萬聖節當天)
    "平安夜": (12, 24),  # Christmas Eve
    "圣诞前夕": (12, 24),  # … as Hong Kong's notices name it (聖誕前夕（12月24日）)
    "圣诞节前夕": (12, 24),
    "节礼日": (12, 26),  # Boxing Day, a public holiday in Hong Kong
    "Boxing Day": (12, 26),  # … as Hong Kong writes it in Chinese text (Boxing Day返長洲)
    "跨年夜": (12, 31),
    "跨年": (12, 31),  # only after its year (去年跨年那場): alone it is an activity (see timeline)
    "大除夕": (12, 31),  # Hong Kong's New Year's Eve (大除夕做到5點), not the lunar eve
    # days the world or a country keeps by name (世界读书日（4月23日）前后)
    "世界读书日": (4, 23),
    "世界地球日": (4, 22),
    "世界环境日": (6, 5),
    "植树节": (3, 12),
    "护士节": (5, 12),
    "国际博物馆日": (5, 18),
    "世界水日": (3, 22),
    "世界卫生日": (4, 7),
    "全民国家安全教育日": (4, 15),
    "国家安全教育日": (4, 15),
    "中国航天日": (4, 24),
    "世界无烟日": (5, 31),
    "国际禁毒日": (6, 26),
    "世界艾滋病日": (12, 1),
    "国家宪法日": (12, 4),
    "国家公祭日": (12, 13),
    "五四青年节": (5, 4),  # (not 青年節 alone: Taiwan keeps it on March 29th)
    "建军节": (8, 1),
    "记者节": (11, 8),  # the night the year turns (跨年 alone is an activity: 跨年演唱会)
}
# name → (month, weekday (Monday 0), n-th; -1 the last) of festivals counted in weeks.
_NTH_WEEKDAY = {
    "母亲节": (5, 6, 2),  # the second Sunday of May
    "父亲节": (6, 6, 3),  # the third Sunday of June (Taiwan keeps 8月8日 and says so)
    "感恩节": (11, 3, 4),  # the fourth Thursday of November
}
#: name → days from Easter Sunday of the church's days counted from it: Good Friday
#: (耶穌受難節, a public holiday in Hong Kong; a church bulletin's 受難日).
#: name → days after Thanksgiving of the sales named after it (黑色星期五, Black Friday).
_AFTER_THANKSGIVING = {"黑色星期五": 1}
_EASTER = {
    "复活节": 0, "耶稣受难节": -2, "受难节": -2, "耶稣受难日": -2, "受难日": -2, "受苦节": -2,  # (受苦節: HK Lutherans' Good Friday)
    "圣灰日": -46, "圣灰星期三": -46, "大斋首日": -46,  # Ash Wednesday (聖灰日（2月14日，星期三）), Lent's first day
    "复活节星期一": 1,  # Easter Monday, a public holiday in Hong Kong (复活节翌日 is _NEAR's 翌日)
}  # fmt: skip
#: How many days the festival spans when the text means the holiday period.
HOLIDAY_DAYS = {
    "春节": 7,
    "过年": 7,
    "农历新年": 7,
    "农历春节": 7,
    "农历年": 7,
    "新春": 7,
    "年节": 7,
    "国庆": 7,
    "十一": 7,
    "贺岁": 7,
    "劳动节": 5,
    "五一": 5,
}
#: Named periods around a festival: (festival, first day's offset, length in days).
#: 春运, the travel season, runs 40 days from the 15th day before the new year; it is
#: dated where the text speaks of it as a time (春運期間, 2025年春運（1月14日至2月22日）),
#: not where it is the subject (春運迎來返鄉高峰).
PERIODS = {"春运": ("春节", -15, 40)}
#: Names that are words only in some shapes: 过年 (to celebrate new year) is dated only
#: with a year or a holiday word after it.
#: Solar terms besides 清明 and 冬至: their names are inside other words (成立冬季, 青春分享,
#: 建立夏令營), so they are dated only beside a date word or a bracketed date (立春（2月3日）).
#: 小满, 小暑, 大暑, 小寒, 大寒 are also words of weather (大寒天), so they need context too;
#: 雨水, 白露, 小雪, 大雪 are weather first (雨水以来, 大雪过后 say no date), so they are dated
#: only as a named term (小雪节气, 今天是大雪, 大雪（12月7日）): :data:`WEATHER_TERMS`.
WEATHER_TERMS = frozenset({"雨水", "白露", "小雪", "大雪"})
SOLAR_TERMS = frozenset(
    {"立春", "惊蛰", "春分", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑", "立秋", "处暑",
     "秋分", "寒露", "霜降", "立冬", "小寒", "大寒", *WEATHER_TERMS}
)
#: The dog days (三伏): 入伏 (初伏, 头伏) is the third 庚 day from the summer solstice, 中伏
#: ten days later, 末伏 the first 庚 day from 立秋 and 出伏 ten days after it.  中伏 and 末伏
#: are also inside other words (途中伏击), so they need context as the terms do.
DOG_DAYS = frozenset({"入伏", "初伏", "头伏", "中伏", "末伏", "出伏"})
# (天穿日, 寒食节 alone, a heading or a custom's name: dated only with a time word, 今年天穿日, 今天是寒食节)
NEEDS_CONTEXT = frozenset({"过年", "小年", "北方小年", "南方小年", "农历年", "新春", "年节", "白色情人节", *SOLAR_TERMS, *PERIODS, "中伏", "末伏", "天穿日", "寒食节"})
#: Solar terms that are everyday words too (雨水 rain water, 白露 dew, 大雪 heavy snow, 小满):
#: dated only by a bracketed date, 节气/时节 after them, a day said to be them (今天是白露), or
#: 刚过 (雨水刚过: the term just passed), never by 前/后/时 (雨水后路面湿滑).
WORD_TERMS = frozenset({"雨水", "白露", "小满", "小暑", "大暑", "小雪", "大雪", "小寒", "大寒"})
#: Names that are a day only as a holiday's name (雙十連假, 228連假): 双十 and 228 are also
#: words and figures (双十一, 228元).
HOLIDAY_ONLY = frozenset({"双十", "228", "二二八", "十一", "人日", "贺岁", "黑色星期五"})

NAMES = tuple(
    sorted(
        [*_LUNAR, *_SOLAR, *_NTH_WEEKDAY, *_EASTER, *_AFTER_THANKSGIVING, "腊八", "小年", "北方小年", "南方小年", "清明", "冬至", "民族扫墓节", "寒食节", *SOLAR_TERMS,
         *PERIODS, *DOG_DAYS],
        key=lambda name: (-len(name), name),  # longest first; one order in every process
    )
)
_YEARS = range(1901, 2100)  # what lunar_python's tables and our clamps cover
#: A lunar day's years: lunar_python reckons the older calendar too, as a genealogy dates a birth
#: in a reign of the Qing (清光緒二十三年丁酉歲三月初八日).
_LUNAR_DAY_YEARS = range(1600, 2100)


def _solar(lunar: object) -> date:
    s = lunar.getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


@lru_cache(maxsize=1024)
def festival_date(name: str, year: int) -> date | None:
    """The Gregorian date of festival ``name`` (Simplified) in Gregorian ``year``."""
    if year not in _YEARS:
        return None
    if name in _SOLAR:
        return date(year, *_SOLAR[name])
    if name in _NTH_WEEKDAY:
        month, weekday, n = _NTH_WEEKDAY[name]
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    if name in _AFTER_THANKSGIVING:
        day = festival_date("感恩节", year)
        return day + timedelta(days=_AFTER_THANKSGIVING[name]) if day else None
    if name in _EASTER:
        return easter(year) + timedelta(days=_EASTER[name])
    if name in PERIODS:
        base, offset, _ = PERIODS[name]
        day = festival_date(base, year)
        return day + timedelta(days=offset) if day else None
    kept = calendar_cache.get((name, year, 0, 0))  # worked out by an earlier start
    if kept is not None:
        return date.fromordinal(kept) if kept else None
    day = _lunar_festival(name, year)
    calendar_cache.put((name, year, 0, 0), day.toordinal() if day else 0)
    return day


def _lunar_festival(name: str, year: int) -> date | None:
    """A festival the lunar calendar or the sun's terms place (see :func:`festival_date`)."""
    from lunar_python import Lunar  # imported on the first festival, not at start-up

    if name in DOG_DAYS:
        return _dog_day(name, year)
    if name in ("清明", "冬至", "民族扫墓节") or name in SOLAR_TERMS or name in WORD_TERMS:
        # solar terms; the table's 冬至 is the previous year's; Taiwan's 民族掃墓節 is kept on 清明
        key = {"冬至": "DONG_ZHI", "民族扫墓节": "清明"}.get(name, name)
        term = Lunar.fromYmd(year, 1, 1).getJieQiTable().get(key)
        return date(term.getYear(), term.getMonth(), term.getDay()) if term else None
    if name == "寒食节":  # the cold-food day, the day before 清明 (今天是寒食节，明天就是清明节)
        qingming = _lunar_festival("清明", year)
        return qingming - timedelta(days=1) if qingming else None
    if name == "腊八":  # the twelfth month's eighth day, which falls in January of ``year``
        return _solar(Lunar.fromYmd(year - 1, 12, 8))
    if name in ("小年", "北方小年"):  # the twelfth month's 23rd (the north's; the south keeps the 24th)
        return _solar(Lunar.fromYmd(year - 1, 12, 23))
    if name == "南方小年":
        return _solar(Lunar.fromYmd(year - 1, 12, 24))
    month, day, offset = _LUNAR[name]
    return _solar(Lunar.fromYmd(year, month, day)) + timedelta(days=offset)


_GENG = date(2025, 7, 20).toordinal()  # a 庚 day: the stems repeat every ten days


def _dog_day(name: str, year: int) -> date | None:
    """The day a period of the dog days (三伏) begins, counted in 庚 days (夏至三庚)."""

    def geng_from(day: date | None, n: int) -> date | None:
        if day is None:
            return None
        first = day + timedelta(days=(_GENG - day.toordinal()) % 10)
        return first + timedelta(days=10 * (n - 1))

    if name in ("入伏", "初伏", "头伏"):
        return geng_from(festival_date("夏至", year), 3)
    if name == "中伏":
        return geng_from(festival_date("夏至", year), 4)
    last = geng_from(festival_date("立秋", year), 1)
    return last if name == "末伏" or last is None else last + timedelta(days=10)


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=4096)
def lunar_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of lunar ``year``/``month``/``day``; ``None`` if there is no such day.

    Day 30 of a 29-day twelfth month is new year's eve (年三十 means 除夕 in every year).
    """
    if year not in _LUNAR_DAY_YEARS or not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    if month == 12 and day == 30 and year + 1 in _YEARS:
        eve = festival_date("除夕", year + 1)
        return eve
    key = ("lunar", year, month, day)
    kept = calendar_cache.get(key)
    if kept is not None:
        return date.fromordinal(kept) if kept else None
    from lunar_python import Lunar

    try:
        found: date | None = _solar(Lunar.fromYmd(year, month, day))
    except Exception:  # lunar_python raises a bare Exception for a day the month lacks
        found = None
    calendar_cache.put(key, found.toordinal() if found else 0)
    return found


def lunar_day(day: date) -> int | None:
    """The day of its lunar month that Gregorian ``day`` is (``None`` outside the tables)."""
    if day.year not in _YEARS:
        return None
    key = ("lunar-day", day.year, day.month, day.day)
    kept = calendar_cache.get(key)
    if kept is not None:
        return kept
    from lunar_python import Solar

    found = int(Solar.fromYmd(day.year, day.month, day.day).getLunar().getDay())
    calendar_cache.put(key, found)
    return found


def lunar_month_day(day: date) -> tuple[int, int] | None:
    """The lunar month and day that Gregorian ``day`` is (a leap month negative, as
    lunar_python gives it), to tell which year a lunar date and its solar bracket agree in."""
    if day.year not in _YEARS:
        return None
    from lunar_python import Solar

    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    return int(lunar.getMonth()), int(lunar.getDay())


_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def sexagenary_year(name: str, near: int) -> int | None:
    """The lunar year named by its stem and branch (乙巳 → 2025) nearest the year ``near``:
    the name comes round every sixty years."""
    if len(name) != 2 or name[0] not in _STEMS or name[1] not in _BRANCHES:
        return None
    stem, branch = _STEMS.index(name[0]), _BRANCHES.index(name[1])
    if stem % 2 != branch % 2:
        return None  # (甲丑 names no year)
    offset = next(k for k in range(60) if k % 10 == stem and k % 12 == branch)
    base = near - (near - 4 - offset) % 60  # the latest such year not after ``near``
    return base if near - base <= 30 else base + 60
