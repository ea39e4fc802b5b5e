"""Dated expressions in Chinese prose, normalised to date ranges.

The expressions are found by :mod:`tui.model.date_patterns`; this module says what they
mean: ``2024年12月``, ``6 月 14 日``, ``2025-09-25``, ``2024.5.3``, ``November 2, 2021``,
``2023年初``, ``去年底``, ``今年夏天``, ``昨（11）日``, a bare ``9月24日`` or ``18日``,
weeks (``上週五``), ranges (``1月28日至2月4日``), the Minguo calendar (``民國108年``),
lunar days (``大年初二``, ``正月十五``, ``年廿八``) and festivals.

Relative and partial dates resolve against a reference date, or (a bare day, a month
part) against the nearest month the text named before them.  Each result says where
its value came from (``basis``): ``stated`` when the text gives it whole, ``reference``
when anything was taken from the reference date.

Counts, durations, ages (``80后``), prices, versions, long numbers and ratios never
match: every pattern needs a year, month or day marker in the right place, numbers
may not touch other digits or Latin letters, and a bare day is refused before the
words that make it a count (``3日遊``, ``7日均線``, ``30日內``).  Resolving is linear too:
context is carried forward, and a sentence is found by binary search.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache, partial

from tui.model import rule_cache
from tui.model.article import GUESSED_SOURCES
from tui.model.boilerplate import (
    day_headings,
    invitation_days,
    is_line_chat_export,
    mention_names,
    programme_days,
    release_entries,
    timeline_heads,
    venue_times,
)
from tui.model.date_patterns import (
    CN_NUMERALS,
    CONNECTOR,
    ENGLISH_MONTHS,
    SPACE,
    SUITS,
    WARNED_DAY,
    Match,
    compile_rule,
    drop_thread_numbers,
    scan,
    scan_paragraphs,
    taiwan_month_days,
)
from tui.model.festivals import (
    HOLIDAY_DAYS,
    PERIODS,
    SOLAR_TERMS,
    festival_date,
    lunar_date,
    lunar_day,
    lunar_month_day,
    sexagenary_year,
)
from tui.model.festivals import NAMES as FESTIVAL_NAMES
from tui.model.festivals import NEW_YEAR as FESTIVAL_NEW_YEAR
from tui.model.fold import fold
from tui.model.letter_spacing import closed_up, letter_spaced
from tui.model.line_shapes import (
    CHAT_LINE,
    EVENT_AFTER_STAMP,
    FRAMED_SIGNATURE,
    HANDLE_ALONE,
    HOUR_ROW,
    LEVEL_ROW,
    LINE_CHAT_ROW,
    LINE_DAY_HEAD,
    NAME_REGION_DAY_RULE,
    NOW_CLOCK,
    PROVINCES,
    QUOTE_INTRO,
    RULE_CHARS,
    SIGN_UP_ROW,
    USER_ID,
    WRITER_BADGES,
    YEAR_HEAD,
    is_event_time,
    is_section_heading,
)
from tui.model.numerals import to_int
from tui.model.scripts import Script, convert
from tui.model.sentences import containing, sentence_spans

_REL_YEAR = {"前年": -2, "去年": -1, "上年": -1, "旧年": -1, "今年": 0, "本年": 0, "明年": 1, "后年": 2, "今": 0, "去": -1,
             "明": 1, "出年": 1, "下年": 1, "今个": 0, "呢个": 0, "这个": 0}  # fmt: skip
#: Two days named as one stretch (明后天, 今明两天, 昨今两日): how far the first is from today.
_TWO_DAYS = {"明后天": 1, "明后两天": 1, "明后两日": 1, "今明两天": 0, "今明两日": 0, "昨今两天": -1, "昨今两日": -1}
_DAYS_AGO_MAX = 30  # 3天前 is a day; 100天前 is a span's start no one dates to the day
_REL_MONTH = {"上个月": -1, "上月": -1, "本月": 0, "这个月": 0, "今个月": 0, "呢个月": 0, "下个月": 1, "下月": 1}
_REL_DAY = {
    # (前两天(10号): "the other day", which only its bracket dates; the bracket's day nearest two days back)
    "前两天": -2,
    "前几天": -3,
    "大前天": -3,
    "前天": -2,
    "前日": -2,
    "前晚": -2,
    "昨天": -1,
    "昨日": -1,
    "昨": -1,  # (HK's and Taiwan's papers: 昨在法院被判囚, 昨表示)
    "上日": -1,  # HK's markets: the day before (與上日收市相若)
    "昨晚": -1,
    "昨夜": -1,
    "今日": 0,
    "今天": 0,
    "即日": 0,  # (即日起開放登記: a notice's "from this day on")
    "今晚": 0,
    "今晨": 0,
    "今早": 0,
    "今午": 0,  # HK: this noon
    "今朝": 0,
    "琴日": -1,  # Cantonese: 琴日, 尋日 yesterday, 聽日 tomorrow
    "寻日": -1,
    "琴晚": -1,
    "寻晚": -1,  # (尋晚, 噚晚: last night, as HK writes it too; opencc folds 噚 to 㖊)
    "噚日": -1,
    "噚晚": -1,
    "㖊日": -1,
    "㖊晚": -1,
    "听日": 1,
    "听朝": 1,
    "听晚": 1,  # Cantonese: tomorrow night
    "明天": 1,
    "明日": 1,
    "后天": 2,
    "大后天": 3,
    "大后日": 3,  # (HK: 後日同大後日天氣好番)
    "后日": 2,  # (HK: 我後日先放假, the day after tomorrow)
    "后晚": 2,  # (HK: 聽晚定後晚去好？, the night after tomorrow's)
    "明早": 1,
    "明晨": 1,
    "明晚": 1,
}
_REL_WEEK = {"上上": -2, "上": -1, "上个": -1, "本": 0, "这": 0, "这个": 0, "今": 0, "今个": 0,
             "呢个": 0, "下": 1, "下个": 1, "下下": 2, "前": -2, "上一": -1, "下一": 1}  # fmt: skip
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# a weekday with its day in brackets: 週六(2/8), 星期日（9日）
_WEEKDAY_WITH_DAY = compile_rule(r"(?:周|星期|礼拜)([一二三四五六日天])\s?[(（](?:\d{1,2}\s?[/月])?\d{1,2}\s?[日号]?[)）]")
_SEASONS = {"春": (3, 5, "春"), "夏": (6, 8, "夏"), "秋": (9, 11, "秋"), "冬": (12, 14, "冬")}
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_HOLIDAY_WORDS = frozenset({"假期", "长假", "小长假", "连假", "放假", "黄金周", "期间", "档", "档期"})
_YEAR_PARTS = {
    "初": ((1, 1), (2, None), "年初"),
    "中": ((6, 1), (7, None), "年中"),
    "底": ((12, 1), (12, None), "年底"),
    "末": ((12, 1), (12, None), "年末"),
    "尾": ((12, 1), (12, None), "年底"),  # Hong Kong: 年尾
    "上半年": ((1, 1), (6, None), "上半年"),
    "上半年度": ((1, 1), (6, None), "上半年"),
    "下半年度": ((7, 1), (12, None), "下半年"),
    "前半年": ((1, 1), (6, None), "上半年"),
    "首半年": ((1, 1), (6, None), "上半年"),
    "下半年": ((7, 1), (12, None), "下半年"),
    "后半年": ((7, 1), (12, None), "下半年"),
    "最后一天": ((12, 31), (12, 31), "12-31"),  # 2007年最後一天: New Year's Eve, a day
}
_MONTH_PARTS = {"上中旬": (1, 20, "上中旬"), "中下旬": (11, None, "中下旬"), "上旬": (1, 10, "上旬"), "初": (1, 10, "上旬"), "中旬": (11, 20, "中旬"),
                "中": (11, 20, "中旬"), "下旬": (21, None, "下旬"), "底": (21, None, "下旬"),
                "末": (21, None, "下旬"), "尾": (21, None, "下旬"),
                "头": (1, 10, "上旬")}  # fmt: skip  (HK: 下個月頭)

#: Granularities, from fine to coarse.
DAY, MONTH, PART, YEAR = "day", "month", "part", "year"
#: Where a value came from.
STATED, REFERENCE = "stated", "reference"


@dataclass(frozen=True)
class Found:
    """A dated expression, resolved: where it is, what range it means, how it was dated."""

    start: int
    end: int
    first: date
    last: date
    precision: str  # day, month, part, year, festival or relative
    granularity: str  # day, month, part or year
    label: str  # normalised, in Simplified: 2024-12, 2025-01-28, 2024 年底
    explicit: bool  # carries its own year (usable to infer a reference date)
    basis: str = STATED  # stated, or reference: something was taken from the reference date


def range_label(start: str, end: str) -> str:
    """``2024-02-10～02-12``: an end in the start's year is written without its year, in
    every range label, so a label never says its year twice and stays short enough for the
    timeline's column (``2012-12～2014-06`` keeps it: another year)."""
    year = start[:4]
    if year.isdigit() and end.startswith(f"{year}-"):
        end = end[5:]
    return f"{start}～{end}"


def days_label(first: date, last: date) -> str:
    """The label of the days ``first`` to ``last`` (one day: its date)."""
    if first == last:
        return first.isoformat()
    return range_label(first.isoformat(), last.isoformat())


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


_R = tuple[date, date, str, str]  # first, last, granularity, label


def _month_range(y: int, m: int, part: str | None) -> _R | None:
    if not (1 <= m <= 12 and 1 <= y <= 9999):
        return None
    if part and part[0] == "首":  # 8月首五日: the month's first five days
        n = to_int(part[1:-1]) or 0
        if not 1 <= n <= _last_day(y, m):
            return None
        first, last = date(y, m, 1), date(y, m, n)
        return first, last, DAY if n == 1 else PART, days_label(first, last)
    if part:
        a, b, name = _MONTH_PARTS[part]
        return date(y, m, a), date(y, m, b or _last_day(y, m)), PART, f"{y}-{m:02d} {name}"
    return date(y, m, 1), date(y, m, _last_day(y, m)), MONTH, f"{y}-{m:02d}"


def _year_range(y: int, part: str | None) -> _R | None:
    if not 1 <= y <= 9999:
        return None
    if part:
        (m1, d1), (m2, d2), name = _YEAR_PARTS[part]
        if d2 is not None:  # (a day of the year: its last)
            return date(y, m1, d1), date(y, m2, d2), DAY, f"{y}-{name}"
        return date(y, m1, d1), date(y, m2, _last_day(y, m2)), PART, f"{y} {name}"
    return date(y, 1, 1), date(y, 12, 31), YEAR, f"{y}"


def _day(y: int, m: int | None, d: int | None) -> _R | None:
    try:
        day = date(y, m or 0, d or 0)
    except (ValueError, TypeError):
        return None
    return day, day, DAY, day.isoformat()


def _years_later(d: date, k: int) -> date:
    """The same day ``k`` years later (a month's last day stays its last day)."""
    if d.month == 2 and d.day >= 28:
        return date(d.year + k, 2, _last_day(d.year + k, 2))
    return d.replace(year=d.year + k)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _one_day(day: date | None) -> _R | None:
    return (day, day, DAY, day.isoformat()) if day else None


def _shift(day: date, days: int) -> date | None:
    """``day`` moved by ``days``; ``None`` past the calendar's ends (0001-01-01, 9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    months = y * 12 + m - 1 + n
    return months // 12, months % 12 + 1


_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _english_month(name: str) -> int:
    """The month an English name or its abbreviation gives (Sept, Oct), 0 if none."""
    return next((i + 1 for i, full in enumerate(ENGLISH_MONTHS) if full.startswith(name[:3])), 0)


def _year_of(token: str) -> int | None:
    y = to_int(token)
    return y if y is not None and 1900 <= y <= 2100 else None


@lru_cache(maxsize=4096)
def _simplified(word: str) -> str:
    return convert(word, Script.SIMPLIFIED)


@dataclass
class _Month:
    """The month the text last named, for a bare day (18日) or a month part (月底) after it."""

    year: int
    month: int
    stated: bool
    paragraph: int
    end: int
    day: date | None = None  # the day that named it


#: Festivals of one lunar new year: a text that gives the year of one (2025年春晚) has given
#: it for the others (春節假期) too.
# The solar new year's words around 除夕 (平安夜、除夕及元旦日, 除夕倒數) and the lunar one's (年夜飯,
# 團年, 正月): Hong Kong calls December 31st 除夕 too, beside Christmas Eve and the countdown.
_SOLAR_NEW_YEAR = compile_rule(
    r"(?:平安夜|圣诞节?|圣诞日)\s*[、及和与]\s*除夕$|^除夕\s*[、及和与至到]\s*(?:元旦|新历年|公历新年)"
)
_LUNAR_NEW_YEAR = compile_rule(r"春节|农历|年货|年夜饭|团年|团圆饭|年初[一二三四五六七八九十]|正月|拜年|红包|腊月|年廿|年三十|大年|新春|春运|贺岁|岁晚")
_NEXT_YEAR_NAMED = compile_rule(r"(?:明年|来年|下一?个)")
_TOLD_AS_PAST = compile_rule(r"[^，。；！？]{0,4}?(?:那次|那回|那年|的时候|去的|了)")
_STORY_GOES_ON = 30  # days after the day told of last in which a festival named next falls
_EVE_LIST = 8  # characters either side of 除夕 read for the days listed with it (平安夜、除夕及元旦日)


_NEW_YEAR_SEASON = frozenset({"春节", "过年", "农历新年", "农历春节", "除夕", "大年夜", "春晚", "元宵"})


def fold_festival(name: str) -> str:
    """One key per occasion, in either script: 春節 and 春节, and the new-year season."""
    folded = fold(name)
    return "new-year" if folded in _NEW_YEAR_SEASON else folded


# (not a clock's colon: 每日17:00至22:30开放 goes on in its clause)
_CLAUSE_BREAK = rule_cache.compile(r"[：「」『』“”\"]|(?<![0-9]):|:(?![0-9])")
# A date without a year is in the reference's year unless that is this far away: eight months
# (12月中旬 on a page of March 16th is last December, 年廿八 on a page of June the coming one;
# at 270 days they stayed in the page's year: the corpus gained twelve values and lost none)
_NEAR_DAYS = 240
_NEAR_COMING = 7  # days between a bare day and a coming day the page named, of one trip or plan
_PAST_REACH = 40  # characters either side of a date where its sentence is read for being done
# Words that tell a thing as done (已经开始下雪, 我是10月3日过的, 前一天还封了半天路) and words of
# what is still to come (将, 会, 打算, 预计, 明年, 吗): a sentence with the first and none of the
# second tells of a past day.
_DONE = rule_cache.compile(r"已经|(?<![为除])了(?![解])|咗|(?<![不])过的|是[^，,。]{0,12}(?:的[，,。]|完)|曾经|当时|那时")
_AHEAD_WORDS = rule_cache.compile(r"将|会|要|打算|计划|准备|预计|预定|即将|明年|下个?月|下周|吗|？|\?|想|希望|期待|届时|起(?![点来床飞])")


class _Resolver:
    """Resolves matches in reading order, carrying what the text said before them."""

    def __init__(
        self,
        ref: date,
        new_year: bool = True,
        stated_ref: bool = False,
        mid_autumn: bool = True,
        deity: bool = False,
        taiwan: bool = False,
        guessed_ref: bool = False,
        minguo_years: bool = False,
        year_review: bool = False,
    ) -> None:
        self.ref = ref
        self.guessed_ref = guessed_ref  # the reference is the model's guess (latest-year, today)
        self.taiwan = taiwan  # a Taiwan page: its National Day (國慶) is October 10th
        self.minguo_years = minguo_years  # … that counts its years from 1912 (民國, 113年)
        self.year_review = year_review  # the page looks back on the year it ends (年终回顾)
        self.reviewed_year: int | None = None  # … or, early in the next, on the year its title names
        self.month: _Month | None = None
        # (the row and year a schedule carried down last: 全文提交截止：4月20日 under a row of 2026)
        self.schedule: tuple[int, int] | None = None
        self.week: date | None = None  # the Monday of the week last named (上週末 … 週六)
        self.week_from: date | None = None  # and the first day named in it
        self.week_paragraph = -1  # and where: a story goes on from it only close by
        self.week_end = 0  # (and where in its paragraph it ended)
        # weekdays the text dated in brackets (週六(2/8)至週日(2/9)): a bare 週六 after them in the
        # story is that day again, whatever week was named between
        self.dated_weekdays: dict[int, date] = {}
        self.named_days: list[date] = []  # the last single days named, latest last (北京站那天正好周五)
        self.topic_month: _Month | None = None  # the month named last not as a comparison's
        self.year: tuple[int, str, int, int] | None = None  # a bare year: value, basis, where
        # the year a chronology's head names (2006 / 3月，公司成立。): its value and its paragraph
        self.heading_year: tuple[int, int] | None = None
        self.hours_row = False  # the paragraph is a row of a place's hours among its others (_hours_rows)
        self.new_year = new_year  # the text speaks of the lunar new year: 初二 is a date
        self.mid_autumn = mid_autumn  # … of Mid-Autumn: 十五晚 is a night of it
        self.deity = deity  # … of a deity's birthday (聖母聖誕): a bare 聖誕 is not Christmas
        self.festivals: dict[str, tuple[int, str]] = {}  # festival → the year the text gave it
        self.solar_eve = False  # 除夕 read as December 31st (Hong Kong, beside 元旦) until the lunar one is named
        # With a stated dateline a bare day counts from it, unless its sentence names a month.
        self.stated_ref = stated_ref
        self.account_names: tuple[str, ...] = ()  # names the page mentions with an @ (set by the build)
        self.weekly_days: frozenset[str] = frozenset()  # weekdays the page names with 每 (每週一公休)
        self.week_plan = False  # the paragraph is a row of a week's plan (工作日：… / 周末：…)
        self.slash_order: str | None = None  # how the page's 28/05/2019 dates order day and month (_stamp_order)
        self.day_first = False  # the page writes day/month (29/3(星期五)…1/4晚機): every such date is
        self.part_marks: frozenset[str] = frozenset()  # a long post's parts (1/3, 2/3, 3/3)
        self.lunar_months: frozenset[int] = frozenset()  # months the page names as lunar (農曆七月 → 7)
        self.run_on = False  # this paragraph is the next line of the one before, its sentence going on
        self.paragraph = -1
        self.text = ""
        self._sentences = None
        self.at = 0  # where the match being resolved starts
        self._end = 0  # and where it ends
        self.planned = False  # the bare day just resolved is a plan's, moved to next month
        self.posted: date | None = None  # the stamp of the reply being read, if it has one
        self.last: tuple[int, int, Found] | None = None  # the date resolved last, and where
        self.last_in_year: tuple[int, int, Found] | None = None  # … of those a year long at most
        self.recurring_end = -1  # where the last day a year brings back (每年1月) ended
        self.compared = (-1, -1)  # where the last date the story is compared with (与去年12月…相比) stands
        self.lunar_anchor: Found | None = None  # the lunar day remembered last (a range's start)
        self.night_before: date | None = None  # the page's eve, named as a night (昨晚, 8日晚)
        self.today_told = False  # the story names the page's own day, outside quotes (今日（17日）)
        self.story_year: tuple[int, int] | None = None  # the lunar year a story told in, and where
        # the lunar day named last in the paragraph: (paragraph, lunar month, lunar day, its date)
        self.lunar_named: tuple[int, int, int, date] | None = None
        self.feast: tuple[int, int, Found] | None = None  # the festival or lunar day named last
        # the year of a festival named with a past or coming year (去年春運期間), and where: the
        # sentence's days without a year are that occasion's (…，其中2月17日, …大年初三)
        self.feast_year: tuple[int, int, int, date] | None = None
        # … and one named with its own year (2022年春节), which the paragraph's story goes on in
        self.feast_stated: tuple[int, int, int, date] | None = None
        # Days after the reference's that the text named with their month (3月22日至23日):
        # day of the month -> (year, month, stated)
        self.ahead: dict[int, tuple[int, int, bool]] = {}
        # … and coming weekdays it named (下個禮拜三（11日）): weekday -> day, which a bare
        # 禮拜三 after it repeats (我哋都會喺禮拜三會議上問清楚)
        self.ahead_weekdays: dict[int, date] = {}

    def start_paragraph(self, text: str) -> None:
        self.paragraph += 1
        self.text = text
        self._sentences: list[tuple[int, int]] | None = None
        self.recurring_end = -1
        self._rota: int | None = None  # where a rota's label ends, -1 for none (read once, if asked)

    def _sentence_of(self, offset: int) -> tuple[int, int]:
        if self._sentences is None:  # split once per paragraph, and only if asked
            self._sentences = sentence_spans(self.text)
        return containing(self._sentences, offset, len(self.text))

    def _in_sentence(self, paragraph: int, end: int) -> bool:
        """``end`` (of an earlier date) is in the sentence of the current match."""
        return paragraph == self.paragraph and self._sentence_of(max(0, end - 1)) == (
            self._sentence_of(self.at)
        )

    def _in_clause(self, paragraph: int, end: int) -> bool:
        """``end`` (of an earlier year) is in the current match's sentence, and no colon or
        quotation stands between (她從民國89年就在這裡擺攤，「清明節前…」 is this year's)."""
        return (
            self._in_sentence(paragraph, end)
            and end <= self.at
            and not _CLAUSE_BREAK.search(self.text, end, self.at)
            and not _BACK_TO_NOW.search(self.text, end, self.at)
        )

    def _in_general(self, match: Match) -> bool:
        """Is a day without a year of its own said of as a rule, in a sentence framed so
        (一般來說，…都在農曆年後擲筊決定)?  Not one the page dates in brackets (元宵節（2月24日）:
        that year's)."""
        if match.groups.get("y") or match.groups.get("rel") or match.groups.get("my"):
            return False
        if (
            _DATED_AFTER.match(self.text, match.end)
            or _DATED_INSIDE.search(self.text, match.start, match.end)
            or self.text[match.start - 1 : match.start] in ("(", "（")
        ):
            return False  # (元宵節（2月24日）: the bracket's day, and the day it dates, are that year's)
        lo = max(0, match.start - _GENERAL_REACH)
        starts = [m.end() for m in _SENTENCE_START.finditer(self.text, lo, match.start)]
        return bool(_GENERALLY.search(self.text, starts[-1] if starts else lo, match.start))

    def _weekend_ahead(self) -> bool:
        """A bare weekend said as still to come: a forecast, a plan or a wish in its clause."""
        return (
            _FUTURE_CLAUSE.search(self.text, max(0, self.at - 10), self.at) is not None
            or _MAY_COME.search(self.text, max(0, self.at - 6), self.at) is not None
            or _WILL_BE.search(self.text, max(0, self.at - 10), self.at) is not None
            or _WILL_AFTER.match(self.text, self._end) is not None
            or _WEEKEND_AHEAD_BEFORE.search(self.text, max(0, self.at - 4), self.at) is not None
            or _WEEKEND_AHEAD_AFTER.match(self.text, self._end) is not None
        )

    def _habitual_weekend(self, after: int) -> bool:
        """The weekend ending at ``after`` is a kind of day (every weekend), not one."""
        start, end = self._sentence_of(self.at)
        # a label before a colon is not the clause's (一般情況：……會在週末……)
        start = max(start, self.text.rfind("：", start, self.at) + 1, self.text.rfind(":", start, self.at) + 1)
        return bool(
            # (bounded, as the window below is: a long run of weekends stays linear)
            _EVERY.search(self.text, max(start, self.at - _HABIT_REACH), self.at)
            or _SOME_TIME_BEFORE.search(self.text, max(start, self.at - _HABIT_REACH), self.at)
            or _HABIT_AFTER.match(self.text, after)
            or _HABIT_LATER.match(self.text, after)
            # weekends as a kind of day: 週末假日, 周末及节假日, or set against weekdays
            or _WEEKEND_KIND.match(self.text, after)
            # (周末要提前订, 周末人流增加, 週末很難停, 周末双休, 港人周末北上: what weekends are
            # like, or what people do on them; not 要到周末人流才會多起來, the one awaited)
            or (
                _WEEKEND_LIKE.match(self.text, after) is not None
                and self.text[max(0, self.at - 1) : self.at] not in ("到", "等")
            )
            or _PEOPLE_ON_WEEKENDS.search(self.text, max(0, self.at - 2), self.at) is not None
            or _WORKING_DAYS.search(  # near it (bounded: a run of weekends stays linear)
                self.text, max(start, self.at - 30), min(end, self.at + 32)
            )
        )

    def _weekday_label(self) -> bool:
        """A bare weekday before a colon with at most a list mark before it on its line
        labels what follows (a week's plan, a timetable row), as 寒假： does; it is no event."""
        line_start = self.text.rfind("\n", max(0, self.at - 12), self.at) + 1
        if line_start == 0 and self.at > 12:
            return False
        return bool(
            _LIST_MARK.fullmatch(self.text, line_start, self.at) and _COLON_AFTER.match(self.text, self._end)
        )

    def _from_now_on(self, wd: str | None) -> bool:
        """A weekday after 以后/今后 (以后周六), or weekends after a date (3月22日后的周末),
        is each of them from then on, not one (两天后的周六 is one: a count, not a date)."""
        before = max(0, self.at - 6)
        return bool(
            _FROM_NOW.search(self.text, before, self.at)
            or (wd == "末" and _AFTER_DATE.search(self.text, before, self.at))
        )

    def _weekly(self, match: Match) -> bool:
        """A bare weekday with another after it and 都 (周六周日都有, 星期六、日都開): what every
        such day brings, not one of them."""
        if not _BARE_WEEKDAY_WORD.match(self.text, match.start):
            return False
        # (a list of days is short: bounded, a run of thousands of weekdays stays linear)
        stop = match.end + _WEEKDAY_LIST_REACH
        return (
            _WEEKDAYS_ALL.match(self.text, match.end, stop) is not None
            or _WEEKLY_HOURS.match(self.text, match.end, stop) is not None
            or _WEEKDAYS_AND_HOLIDAYS.match(self.text, match.end, stop) is not None
            # (09:30–17:30（週六延長至20:00）: the hours' exception for every such day)
            or _HOURS_BRACKET_BEFORE.search(self.text, max(0, match.start - _HOURS_REACH), match.start) is not None
        )

    def _feast_custom(self, match: Match) -> bool:
        """A festival or lunar day said of every year, its year not named (今年过年总会回家 is this
        year's): what always happens around it (清明前後一向都會升), not only then (一年四季都有卖，
        不是只在清明), or a place's custom (我们这儿腊月二十三祭灶; not 我们那边三月三就扫过一轮了, done
        once, nor 我们这边元宵节晚上将举行灯会, planned)."""
        if match.kind not in _FEAST_KINDS or _YEAR_SAID.match(self.text, match.start) is not None:
            return False
        before = max(0, match.start - _CUSTOM_REACH)
        return (
            _FEAST_USUALLY.match(self.text, match.end) is not None
            or _NOT_ONLY_AT.search(self.text, before, match.start) is not None
            # (每年都係咁，年廿八洗邋遢…: what happens every year, the feast right after it)
            or (
                _EVERY_YEAR_SO.search(self.text, max(0, match.start - _EVERY_YEAR_SO_REACH), match.start) is not None
                and _THIS_YEAR_TOO.search(self.text, match.end, self._sentence_of(match.start)[1]) is None
            )
            or (
                _OUR_PLACE.search(self.text, before, match.start) is not None
                and _CLAUSE_DONE.match(self.text, match.end) is None
            )
        )

    def _in_simile(self, match: Match) -> bool:
        """A festival or lunar day a thing is likened to (好似年廿八行年宵咁, 就像中秋一样热闹): the
        kind of day, not one."""
        before = _SIMILE_BEFORE.search(self.text, max(0, match.start - 4), match.start)
        if before is None or _YEAR_NAMED_FIRST.match(self.text, match.start):
            return False  # (像去年中秋那样: one day, the year says which)
        after = self.text[match.end : match.end + _SIMILE_REACH]
        stop = min((k for k in (after.find(c) for c in "，,。；;！？!?") if k >= 0), default=len(after))
        return _SIMILE_END.search(after[:stop]) is not None

    def _recurring_range(self, match: Match) -> bool:
        """The end of a range whose start a year brings back (每年1月至2月, 每年12月至隔年3月): it
        comes back too."""
        if match.kind not in _POINT_KINDS and match.kind != "that_year":
            return False
        end = self.recurring_end
        if 0 <= end <= match.start <= end + 10 and (
            _CONNECTOR.match(self.text[end : match.start]) or _RUNS_TO.fullmatch(self.text, end, match.start)
        ):
            return True
        return bool(_EVERY_YEAR_FROM.search(self.text, max(0, match.start - 16), match.start))

    def _recurring_sequel(self, match: Match) -> bool:
        """The next step of a yearly round (每年立冬后落缸，年尾出缸): a day or a part of the
        year without a year of its own, a clause after a day that 每年 brings back, in the
        same sentence.  It comes back too."""
        end = self.recurring_end
        if match.kind not in _RECURRING_KINDS and match.kind != "relpart":
            return False
        if self.text[match.start : match.start + 1] in _OWN_YEAR:
            return False  # 今年年底, 明年夏天: a year of its own
        return 0 <= end <= match.start <= end + 12 and bool(
            _NEXT_CLAUSE.fullmatch(self.text, end, match.start)
            # (每年除夕至正月初五及元宵节: the next of a list of days that come back)
            or _LISTED_NEXT.fullmatch(self.text, end, match.start)
            # (每年农历六月二十四是白族火把节: the name of the day that comes back)
            or (match.kind == "festival" and _DAY_NAMED_AS.fullmatch(self.text, end, match.start) is not None)
            # (每年農曆三月都會舉辦媽祖誕辰祭典: the feast kept in that yearly month, every year too)
            or (match.kind == "festival" and _HELD_THEN.fullmatch(self.text, end, match.start) is not None)
        )

    def _quoted_name(self) -> bool:
        """The match ends or starts a short quoted name with other words in it
        (「橘色星期六」, 「雪夜圣诞」, 「周末双倍掉落」)."""
        text, at, end = self.text, self.at, self._end
        if text[end - 1 : end] in ("前", "后", "後"):
            return False  # “清明节后再联系”: a time said in the quote, the day and what comes after it
        if text[end : end + 1] in _CLOSE_QUOTE and _QUOTED_NAME.search(text, max(0, at - 8), at):
            return True
        if (
            text[end : end + 1] in _CLOSE_QUOTE
            and text[at - 1 : at] in _OPEN_QUOTE
            and _ANOTHER_KIND.search(text, max(0, at - 1 - _ANOTHER_REACH), at - 1)
        ):
            return True  # 元宵節又係另一個「情人節」: a day called by another's name, in quotes
        return bool(text[at - 1 : at] and text[at - 1 : at] in _OPEN_QUOTE) and bool(
            _QUOTED_REST.match(text, end, end + 9)
        )

    def _context_month(self, d: int = 0) -> _Month | None:
        month = self.month
        if month is None:
            return None
        if self.stated_ref and not self._in_sentence(month.paragraph, month.end) and not self._answers(month):
            return None
        if (
            self.stated_ref
            and month.day == self.ref
            and d > self.ref.day
            and month.paragraph == self.paragraph
            and self.text[month.end : month.end + 1] in ("电", "電")
        ):
            # (财联社11月1日电，国家统计局31日发布…: the page's own day, its wire's stamp; a later
            # bare day counts from it as from the dateline, last month's)
            return None
        return month

    def _run_on_from(self, month: _Month) -> bool:
        """Is this line the next of the one that named a past month, written without a full stop
        between (民國98年8月8日那天我國二 / 8月7日晚上雨就沒停過 8日一早…): the story goes on in
        that month's year, as one sentence would."""
        return self.run_on and month.paragraph == self.paragraph - 1 and month.year < self.ref.year

    def _answers(self, month: _Month) -> bool:
        """Does the day's sentence answer the question that named the month, right after it
        (腊月二十八是1月27号吗？我算的是26号: January's 26th)?"""
        return month.paragraph == self.paragraph and _ANSWER_AFTER_QUESTION.fullmatch(self.text, month.end, self.at) is not None

    def _forecast(self, d: int) -> bool:
        """A bare day a few days after the page's, whose clause says what will happen then
        (12日至13日，浙江南部将有大暴雨): a forecast of this month, not last month's news.
        A reported decision (12日，省政府宣布将…) is a past day's."""
        if not 0 < d - self.ref.day <= _FORECAST_DAYS:
            return False
        if _STARTS_AFTER.match(self.text, self._end) and not _BEGUN_DONE.match(self.text, self._end):
            # 12日起…停運 on the 11th: an arrangement from a coming day (由28號開始試咗成個月
            # on the 23rd: begun, and done, last month)
            return True
        if _UNTIL_BEFORE.search(self.text, max(0, self.at - 3), self.at) or _THEN_AGAIN.match(
            self.text, self._end
        ):
            return True  # 待到7号, 等8号以后再说 on the 5th: a coming day waited for
        if _FUTURE_CLAUSE.search(self.text, max(0, self.at - 10), self.at):
            return True  # 高峰预计出现在6日 on the 3rd: said of a coming day
        if d - self.ref.day <= _NEXT_DAYS and not self._told_done() and not self._near_day_reported():
            # 24日至25日最接近台灣, 15號一齊去？ on the 23rd, the 13th: a day or two on is the coming
            # one, unless its sentence tells or reports it done (13日，市政府宣布…, 到了14日，他才回来,
            # 記者13日到場時，現場已經清理完畢: last month's)
            return True
        if self.last is not None:
            paragraph, end, found = self.last
            if (
                paragraph == self.paragraph
                and found.last > self.ref
                and (found.first.year, found.first.month) == (self.ref.year, self.ref.month)
                and end <= self.at
                and _FULL_STOP.search(self.text, end, self.at) is None
            ):
                return True  # 预计18日至19日…；20日至22日 on the 18th: the forecast's next days
        if _WILL_RIGHT_AFTER.match(self.text, self._end):
            return True  # 老闆說25日會再發一筆獎金 on the 18th: what will happen on the day
        m = _FUTURE_AFTER.match(self.text, self._end)
        return m is not None and not _REPORTED.search(m.group())

    def _near_day_reported(self) -> bool:
        """Does the sentence a bare day stands in report it as done: a past or a reporting word
        after it (了, 已, 才, 宣布, 表示, …时，), or 到了 before it?"""
        stop = _FULL_STOP.search(self.text, self._end)
        end = stop.start() if stop is not None else len(self.text)
        return (
            _NEAR_PAST.search(self.text, self._end, min(end, self._end + _NEAR_PAST_REACH)) is not None
            or _REPORTED.search(self.text, self._end, min(end, self._end + _NEAR_PAST_REACH)) is not None
            or self.text[max(0, self.at - 2) : self.at] == "到了"
        )

    def _plan(self) -> bool:
        """A bare day a plan, a wish or an appointment is made for (计划是4号去成都, 你要1号的
        票, 1号早上见, 4号早上走会不会堵): the next such day, not the last one.  Nothing in the
        clause may say it is past (了, 过, 去年, 上次)."""
        text, at, end = self.text, self.at, self._end
        start = max(0, at - _PLAN_DAY_REACH)
        clause = _PLAN_CLAUSE_START.search(text, start, at)
        head = text[clause.end() if clause else start : at]
        done_end = min(len(text), end + _PLAN_DONE_REACH)  # (a clause's words, not the whole line)
        if _DECIDED.search(head) and not _PLAN_DONE.match(text, end, done_end):
            return True  # 決定咗廿三號去: what was decided is still to come
        if _PLAN_PAST.search(head) or _PLAN_DONE.match(text, end, done_end):
            return False
        if _PLAN_BEFORE.search(head):
            return True
        if _SUITS_AFTER.match(text, end):
            return True  # 31號OK, 2號都可以, 16號應該冇問題: whether a coming day suits
        return _PLAN_ACT.match(text, _PLAN_TAIL.match(text, end).end()) is not None

    def _said_ahead(self) -> bool:
        """Does the clause before the match say what will be (将于, 预计, 即将, 计划)?"""
        return _FUTURE_CLAUSE.search(self.text, max(0, self.at - 10), self.at) is not None or (
            _WILL_BE.search(self.text, max(0, self.at - 10), self.at) is not None
        )

    def _near_coming_day(self, d: int) -> bool:
        """Has the page named a coming day of the reference's month near the bare day ``d``
        (9月14日一早出發 … 17號那天東部午後可能有雷陣雨, on September 6th): the trip's days, this
        month's, not last month's."""
        return any(
            (y, m) == (self.ref.year, self.ref.month) and abs(day - d) <= _NEAR_COMING
            for day, (y, m, _) in self.ahead.items()
        )

    def _compared(self, month: _Month) -> bool:
        """The month was named by a date the story is compared with (与去年12月29日至31日那次过程
        相比): no month for the bare days after it."""
        return self.compared[0] <= month.end <= self.compared[1]

    def _just_after_named_day(self, d: int) -> bool:
        """The sentence has just named a day of this month up to the reference's, a day or
        three before ``d`` (6日全天停课，7日是否复课将另行通知 on the 6th): the story goes on to
        the next days, this month's, not last month's."""
        if self._told_done():
            return False
        start, _ = self._sentence_of(self.at)
        before = self.text[max(start, self.at - _NEXT_DAY_REACH) : self.at]
        return any(
            0 < d - n <= _NEXT_DAY_GAP and n <= self.ref.day
            for n in (int(m.group(1)) for m in _BARE_DAY_BEFORE.finditer(before))
        )

    def _told_as_past(self) -> bool:
        """Does the sentence tell the match's day as done (已经开始下雪, 我是10月3日过的, 就停业了),
        with no word of what will be?"""
        start, end = self._sentence_of(self.at)
        # (a window of the sentence round the match: a sentence without an end may be a book long)
        sentence = _simplified(self.text[max(start, self.at - _PAST_REACH) : min(end, self._end + _PAST_REACH)])
        # (the date's clause or the one after it tells it done, 她從12月1日出發，逆時針繞了一圈; a
        # clause before it does not, 报名已经开始了，比赛在10月3日举行)
        at = self.at - max(start, self.at - _PAST_REACH)
        lo = max((sentence.rfind(c, 0, at) for c in "，,；;"), default=-1) + 1
        return _DONE.search(sentence, lo) is not None and _AHEAD_WORDS.search(sentence) is None

    def _days_ahead(self, d: int) -> int:
        """How many days after the reference the next month's day ``d`` is."""
        y, m = _add_months(self.ref.year, self.ref.month, 1)
        nxt = _safe_date(y, m, d)
        return (nxt - self.ref).days if nxt is not None else 10**6

    def _story_ahead(self) -> bool:
        """The story has just named a month after the reference's (一連17日至11月25日 on a
        page of November 8th): its bare days (即9日、16日及23日) are still to come."""
        month = self.month
        return (
            month is not None
            and month.day is not None
            and self.paragraph - month.paragraph <= 1
            and month.day > self.ref
        )

    def _pick(self, day_of: Callable[[int], date | None], lunar: bool = False) -> date | None:
        """Of one day's occurrences in neighbouring years (``day_of(-1)``, ``(0)``, ``(1)``),
        the one in the reference's year unless that is far from it, then the nearest
        (12月27日 in a January story: last year's).  The neighbours are computed only when
        needed: a lunar year costs lunar_python milliseconds."""
        this = day_of(0)
        if (
            this
            and not lunar
            and this > self.ref
            and self._told_as_past()
            and (back := day_of(-1)) is not None
            and (self.ref - back).days <= _NEAR_DAYS
        ):
            return back  # 9月底独库公路北段已经开始下雪，我是10月3日过的 in March: done, last year's
        if this and (this.year == self.ref.year or lunar) and abs((this - self.ref).days) <= _NEAR_DAYS:
            # (a lunar day is of the reference's lunar year: 年廿四 on a page of September is
            # the coming January's, in the lunar year still running)
            return this
        if this and this.year == self.ref.year and this > self.ref and self._said_ahead():
            return this  # 美国总统选举将于11月5日举行 in February: this November, still to come
        known = [x for x in (day_of(-1), this, day_of(1)) if x is not None]
        if not known:
            return None
        same = [x for x in known if x.year == self.ref.year]
        if same and abs((same[0] - self.ref).days) <= _NEAR_DAYS:
            return same[0]
        return min(known, key=lambda x: abs((x - self.ref).days))

    # -- helpers -----------------------------------------------------------------------
    def _ref_year(self, g: dict[str, str | None], key: str = "rel") -> int:
        return self.ref.year + _REL_YEAR.get(g.get(key) or "今年", 0)

    def _day_of_context(self, d: int, anchor: Found | None) -> tuple[_R | None, str]:
        """A bare day: in the month the text last named, else the reference's month
        (the previous one when the day is after the reference's day)."""
        if (lunar := self._lunar_end(d, anchor)) is not None:
            return lunar, anchor.basis if anchor is not None else REFERENCE
        if anchor is not None:
            y, m, stated = anchor.last.year, anchor.last.month, anchor.basis == STATED
            if d < anchor.last.day:  # 1月28日至2日 cannot go back: the next month
                y, m = _add_months(y, m, 1)
        elif ((month := self._context_month(d)) is not None and not self._compared(month)) or (
            (month := self.month) is not None and not self._compared(month) and self._run_on_from(month)
        ):
            y, m, stated = month.year, month.month, month.stated
        elif self.feast is not None and self._in_sentence(*self.feast[:2]):
            # 今年年三十係9號，10號先係年初一 on a page of the 5th: the days the festival
            # is said to fall on are near it, not last month's
            near = _nearest_day(Found(0, 0, date(2000, 1, d), date(2000, 1, d), DAY, DAY, "", False, REFERENCE),
                                self.feast[2])
            if near is not None:
                return (near.first, near.last, DAY, near.label), self.feast[2].basis
            y, m, stated = self.ref.year, self.ref.month, False
        elif d > self.ref.day and d in self.ahead and self.ahead[d][:2] == (self.ref.year, self.ref.month):
            y, m, stated = self.ahead[d]  # 3月22日至23日舉行 … 22日上午10時: the day already named
        elif (
            d in self.ahead
            and self.ahead[d][:2] > (self.ref.year, self.ref.month)
            and not self._told_done()
        ):
            # 领物时间：11月14日-15日 … 组委会将于15日晚上8点直播 on October 28th: the coming
            # month's day the story named, not this month's, gone by
            y, m, stated = self.ahead[d][0], self.ahead[d][1], False
        else:
            y, m, stated = self.ref.year, self.ref.month, False
            plan = self._plan()
            if d < self.ref.day and plan and self._days_ahead(d) <= _PLAN_DAYS:
                y, m = _add_months(y, m, 1)  # 计划是4号去成都 on the 28th: next month's 4th
                self.planned = True  # (…，6号回来: the plan's next days are that month's too)
            elif (
                d > self.ref.day
                and not plan
                and not _FUTURE_BEFORE.search(self.text, max(0, self.at - 4), self.at)
                # (未來一週(19日至25日) on the 18th: the coming week's days, in its bracket)
                and not _COMING_SPAN_BEFORE.search(self.text, max(0, self.at - _COMING_SPAN_REACH), self.at)
                and not self._forecast(d)
                # (…花燈展於2月14日至16日開放 … 消防處已於27日完成巡查 on the 10th: the days the
                # story looks ahead to, but a day told done is past)
                and (not self._story_ahead() or self._told_done())
                and not self._range_past_month_end(y, m)
                and not (self._near_coming_day(d) and not self._told_done() and not self._told_as_past())
                and not self._just_after_named_day(d)
                # (31號 on December 19th: November has no 31st, the day is this month's)
                and _safe_date(*_add_months(y, m, -1), d) is not None
            ):
                y, m = _add_months(y, m, -1)  # (預計17日召開: still to come, this month)
            elif plan and _safe_date(y, m, d) is None:
                y, m = _add_months(y, m, 1)  # 31號OK on November 10th: the next month that has one
        if anchor is None and not stated and (wd := _BRACKET_WEEKDAY.match(self.text, self._end)) is not None:
            # 4日（周五） on a page of April 3rd: the month whose 4th is a Friday, this one or the
            # one either side of it, the month read from the page yielding to the weekday given
            y, m = self._month_of_weekday(y, m, d, _WEEKDAYS[wd.group(1)])
        return _day(y, m, d), STATED if stated else REFERENCE

    def _month_of_weekday(self, y: int, m: int, d: int, weekday: int) -> tuple[int, int]:
        """Of month ``y-m`` and the months either side, the one whose day ``d`` falls on
        ``weekday`` (the nearest to the reference), else ``y-m`` itself."""
        here = _safe_date(y, m, d)
        if here is not None and here.weekday() == weekday:
            return y, m
        fits = [
            (abs((day - self.ref).days), ym)
            for ym in (_add_months(y, m, -1), _add_months(y, m, 1))
            if (day := _safe_date(*ym, d)) is not None and day.weekday() == weekday
        ]
        return min(fits)[1] if fits else (y, m)

    def _told_done(self) -> bool:
        """The day's clause tells of something done (已於5日召開, 10日表决通过了, 12日晚发文)."""
        return (
            _DONE_BEFORE.search(self.text, max(0, self.at - 4), self.at) is not None
            or _DONE_AFTER.match(self.text, self._end) is not None
        )

    def _range_past_month_end(self, y: int, m: int) -> bool:
        """Does the day start a range whose end day the month before ``y-m`` does not have
        (29日至31日 on a page of July 28th: not June, which has no 31st)?"""
        end = _DAY_RANGE_END.match(self.text, self._end)
        if end is None:
            return False
        py, pm = _add_months(y, m, -1)
        return _safe_date(py, pm, int(end.group(1))) is None

    def _head_year(self) -> int | None:
        """The year of the chronology's head this line stands under (2015 / 年初，新厂区投产), if any;
        not a plan's (公司将于9月举办…, after the chronology: the page's coming month)."""
        heading = self.heading_year
        if heading is None or not 0 < self.paragraph - heading[1] <= _HEADING_EVENTS:
            return None
        window = max(0, self.at - 10)
        if _FUTURE_CLAUSE.search(self.text, window, self.at) or _WILL_BE.search(self.text, window, self.at):
            return None
        return heading[0]

    def _year_for(self, m: int, d: int | None, anchor: Found | None) -> tuple[int, str]:
        """The year of a month-day without one: the range's start's, else the reference's."""
        if anchor is not None:
            y = anchor.last.year
            if m < anchor.last.month:  # 12月28日至1月3日 runs into the next year
                y += 1
            return y, anchor.basis
        if (heading := self._head_year()) is not None and 1 <= m <= 12:
            return heading, REFERENCE  # 2009 / 12月，年销量首次突破1000台: the head's year
        # (去年是4月10日送审: a relative year said to be the day's, whatever month came before)
        year = self.year
        if year is not None and year[2] == self.paragraph and _YEAR_IS_DAYS.fullmatch(self.text, year[3], self.at):
            return year[0], year[1]
        # 2019年3月8日开会，5月10日散会: the year of a month named earlier in the sentence.
        # (Not of a bare year: 民國114年疏運計畫……時刻表已於12月27日公布 is last December.)
        month = self.month
        # (3月10日至明年5月9日: a range's start before an end with a year of its own is read from
        # the page, not from a month the sentence named for another date, 明（115）年5月完工)
        own_end = anchor is None and _END_WITH_YEAR.match(self.text, self._end) is not None
        # (游戏自2023年9月公测以来……，二周年庆典将于9月初正式开启: a coming day after a past
        # year the sentence looked back to)
        coming = (
            month is not None
            and month.year < self.ref.year
            and _SINCE_THEN.search(self.text, month.end, self.at) is not None
            and (
                _FUTURE_CLAUSE.search(self.text, max(0, self.at - 10), self.at) is not None
                or _WILL_BE.search(self.text, max(0, self.at - 10), self.at) is not None
            )
        )
        near_month = (
            month is not None
            and month.stated
            and self._run_on_from(month)
            and 1 <= m <= 12
            and abs(m - month.month) <= _RUN_ON_MONTHS
        )
        # (于2024年1月16日晚接到来电……。1月17日，他登录平台才发现: the next sentence goes on in the
        # days after a stated day of a past year, in its year)
        follows = (
            month is not None
            and month.stated
            and month.paragraph == self.paragraph
            and month.year < self.ref.year
            and d is not None
            and 1 <= m <= 12
            and (day := _safe_date(month.year, m, d)) is not None
            and month.day is not None
            and 0 <= (day - month.day).days <= _FOLLOW_DAYS
            and sum(1 for _ in _SENTENCE_END.finditer(self.text, month.end, self.at)) == 1
        )
        # (摘要录用通知：2026年2月上旬 / 全文提交截止：4月20日 / 会议报到：5月21日: a schedule's rows, one
        # under the other, each labelled; a coming year named in a row above holds for the rows under it)
        # (a row's year stated, or carried down by the row above: not a range's that ran into the next
        # year, 聖誕活動：12月18日至1月3日 / 跨年登入獎勵：12/31, this December)
        scheduled = (
            month is not None
            and month.year > self.ref.year
            and (month.stated or self.schedule == (month.paragraph, month.year))
            and self.paragraph - month.paragraph <= _SCHEDULE_ROWS_APART
            and 1 <= m <= 12
            and m > month.month  # (the rows go on in later months: 本次体检：11月3日 under 下次体检：2026年11月 is not)
            and _ROW_LABEL_BEFORE.fullmatch(self.text, 0, self.at) is not None
            # (only where the page's year would have the day gone by: 本届闭幕：10月20日 on October 10th,
            # under 下届年会：2026年10月, is this year's)
            and (passed := _safe_date(self.ref.year, m, min(d or 1, 28))) is not None
            and passed < self.ref
        )
        if scheduled and month is not None:
            self.schedule = (self.paragraph, month.year)
        if month is not None and (self._in_sentence(month.paragraph, month.end) or near_month or follows or scheduled) and not own_end and not coming:
            # The year is the text's, but not this expression's; the month is the nearest
            # one: 去年12月……1月下旬 runs on into the next year, 7月……6月底 looks back.
            near = _safe_date(self.ref.year, m, min(d or 1, 28)) if 1 <= m <= 12 else None
            if (
                not month.stated
                and month.year != self.ref.year
                and near is not None
                and abs((near - self.ref).days) <= _SOON_DAYS
                # (去年9月15日开启预购时……发货延后至10月中下旬 on September 12th: a later
                # month of last year's story, not the coming weeks)
                # (去年12月北京初雪出现在12月中旬: the same month said again in its clause; but
                # 去年10月订的酒店，10月2号在老家办酒 in September: the coming one)
                and not (
                    month.year < self.ref.year
                    and near > self.ref
                    and (
                        # (去年3月5日校内截止，结果2月底又临时提前了三天 in January: a day of that year's
                        # story, told as done)
                        self._done_after()
                        or m > month.month
                        or (
                            m == month.month
                            and self._in_clause(month.paragraph, month.end)
                            and _COMMA.search(self.text, month.end, self.at) is None
                        )
                    )
                )
            ):
                # 明年1月在高雄加場，門票12月26日開賣 on December 22nd: a relative year
                # named for one date leaves a day within weeks of the page in the page's year
                return self.ref.year, REFERENCE
            if (
                month.stated
                and month.year == self.ref.year + 1
                and m - month.month > 6
                and near is not None
                and abs((near - self.ref).days) <= _SOON_DAYS
                and (
                    _DEADLINE_AFTER.match(self.text, self._end) is not None
                    # (中期息將於2026年1月9日派發，集團將於12月15日至17日暫停過戶 on November 19th: a
                    # day between the page and the next year's day, the step before it)
                    or (d is not None and near > self.ref)
                )
            ):
                # 註冊日係2025年1月9至11號，要我12月中前交留位費 on December 4th: this December,
                # the one before the month named, not the December after it
                return self.ref.year, REFERENCE
            if (
                month.stated
                and 1 <= m < month.month
                and _SINCE_DAY.search(self.text, max(0, month.end - _SINCE_DAY_REACH), month.end) is not None
                and _SINCE_AFTER.match(self.text, month.end) is not None
                and _EARLIER_SAID.search(self.text, month.end, self.at) is None
                and (later := _safe_date(month.year + 1, m, min(d or 1, 28))) is not None
                and later <= self.ref
            ):
                # 自2022年10月11日全面恢復免簽入境後，……9月單月已恢復: the months after a day the
                # story counts from come after it, into the next year
                return month.year + 1, REFERENCE
            # (今年9月……较1月下降: compared with a month before, no wrap into the next year)
            compared = _COMPARED_BEFORE.search(self.text, max(0, self.at - 3), self.at) is not None
            # (1月CPI……较12月回落: the December before)
            back = 1 if compared and m - month.month > 6 else 0
            y = month.year + (1 if m >= 1 and month.month - m > 6 and not compared else 0) - back
            if (
                d is not None
                and month.day is not None
                and _TERM_ENDS.match(self.text, self._end) is not None
                and (end := _safe_date(y, m, d)) is not None
                and end <= month.day
            ):
                # 合同是去年11月1日签的，一年期，10月31日到期: what ends does so after the day it began
                y += 1
            return y, REFERENCE
        # 高雄站｜2026年1月10日｜高雄巨蛋 / 新加坡站｜2月7日｜…: a schedule's rows carry the year
        # a row above stated down to the later days under it
        if (
            month is not None
            and (month.stated or month.year != self.ref.year)  # (a row above that took it so)
            and 1 <= self.paragraph - month.paragraph <= _ROW_REACH
            and len(self.text) <= _ROW_MAX
            # (2023年3月-6月：数学基础 / 7月到8月：专业课 / 9月：报名: a timeline's rows, each its
            # months and a colon)
            and (
                _SCHEDULE_BAR.search(self.text) is not None
                or (self.at == 0 and (_ROW_LEAD.match(self.text) is not None or _ROW_COLON.match(self.text, self._end) is not None))
            )
            and (m, d or 1) >= (month.month, month.day.day if month.day else 1)
        ):
            return month.year, REFERENCE
        # 去年春运期间……，其中2月17日: the occasion's year
        if 1 <= m <= 12 and (feast := self._feast_year(lambda k: _safe_date(k, m, min(d or 1, 28)))) is not None:
            return feast, REFERENCE
        # 3月15日（周六）進行熱身賽 … 去年就该叫他，3月15日那场: the coming day the text already
        # named, said again (not the year a clause before it spoke of)
        if d is not None and d in self.ahead and self.ahead[d][1] == m:
            return self.ahead[d][0], REFERENCE
        # 去年進香時間是4月13日至20日, 2022年秋招……後來12月補錄: the year the clause
        # named, if a past one (民國114年疏運計畫，時刻表已於12月27日公布: made before it)
        year = self.year
        if year is not None and year[0] < self.ref.year and self._in_clause(*year[2:]):
            return year[0], year[1]
        # 阿傑今年最受討論的是3月底開始的企劃 on December 27th: 今年 said before the month in its
        # clause keeps it in the page's year (a stated year, 民國114年疏運計畫, does not)
        if year is not None and year[0] == self.ref.year and year[1] == REFERENCE and self._in_clause(*year[2:]):
            return year[0], REFERENCE
        if not 1 <= m <= 12:
            return self.ref.year, REFERENCE
        day = min(d or 1, 28)
        if self.year_review and (this := _safe_date(self.ref.year, m, day)) is not None and this <= self.ref:
            return self.ref.year, REFERENCE  # 年终回顾 on December 29th: its 1月8日 is this January's
        # 筆試將於明年4月1日開考……。說話能力考試則安排在3月16日至26日: the next year the
        # paragraph speaks of, for a day that would be gone by in the page's year (a notice's
        # timetable runs on; its past days, 上月12日截止, are said so)
        this = _safe_date(self.ref.year, m, day)
        ahead = self._year_ahead()
        if ahead is not None and this is not None and (self.ref - this).days > _AHEAD_PAST_DAYS:
            return ahead, REFERENCE
        if this is not None and this > self.ref and _REMEMBERED_BEFORE.search(self.text, max(0, self.at - 8), self.at):
            return self.ref.year - 1, REFERENCE  # 那次我記得是9/17 in January: a day remembered, gone by
        picked = self._pick(lambda k: _safe_date(self.ref.year + k, m, day))
        return (picked.year if picked else self.ref.year), REFERENCE

    def _year_ahead(self) -> int | None:
        """The next year, where this paragraph named a month of it, or said 明年 in it."""
        month, year = self.month, self.year
        if (
            month is not None
            and month.paragraph == self.paragraph
            and month.year == self.ref.year + 1
            # (a month of next year said so; not one read forward because it is weeks away:
            # 1月从哈尔滨出发 on December 31st)
            and "明年" in _simplified(self.text[max(0, month.end - _NEXT_YEAR_MONTH) : month.end])
        ):
            return month.year
        if year is not None and year[2] == self.paragraph and year[0] == self.ref.year + 1 and year[1] == REFERENCE:
            return year[0]
        if _simplified(self.text[max(0, self.at - _NEXT_YEAR_REACH) : self.at]).count("明年") and "今年" not in _simplified(
            self.text[max(0, self.at - _NEXT_YEAR_REACH) : self.at]
        ):
            return self.ref.year + 1  # 明年考生人數……後備考試日已預留在5月11日至13日
        return None

    def _in_poster_name(self) -> bool:
        """The match is inside the name that opens a reply row closed by its own stamp
        (``周末去苏州：那个展下周五就撤了 12-27 11:30``): a commenter's name, no day."""
        text, at = self.text, self.at
        start = text.rfind("\n", max(0, at - _POSTER_NAME), at) + 1
        if start == 0 and at > _POSTER_NAME:
            return False
        colon = _NAME_COLON.match(text, start, min(len(text), start + _POSTER_NAME + 2))
        if colon is None or colon.end() <= self._end:
            return False
        end = text.find("\n", self._end, self._end + _REPLY_ROW)
        if end < 0:
            if len(text) > self._end + _REPLY_ROW:
                return False
            end = len(text)
        return _TRAILING_STAMP.search(text, colon.end(), end) is not None

    def _in_account_name(self) -> bool:
        """The match stands inside a name the page mentions with an @ (阿圆今天也要早睡 回复 …,
        //@阿圆今天也要早睡:): an account's name, wherever it is written, holds no day."""
        text, at, end = self.text, self.at, self._end
        for name in self.account_names:
            lo = max(0, end - len(name))
            if name in _simplified(text[lo : at + len(name)]):
                return True
        return False

    def _named_with_handle(self) -> bool:
        """The match begins a person's name given with the account it is (周一鸣（@周一鸣Sean）):
        the bracket's handle repeats the words, which are a name, not a weekday."""
        text, at, end = self.text, self.at, self._end
        m = _NAME_BEFORE_HANDLE.match(text, end)
        if m is None:
            return False
        name = text[at : m.start(1)]
        return _simplified(text[m.end() : m.end() + len(name)]) == _simplified(name)

    # -- one match -----------------------------------------------------------------------
    def resolve(self, match: Match, anchor: Found | None) -> Found | None:
        self.at = match.start
        self._end = match.end
        if (
            match.kind in ("fiscal", "y", "minguo_bare")
            and not match.groups.get("m")  # (113年12月28日尾牙: the party's day)
            and _YEARS_GATHERING.match(self.text, match.end)
        ):
            return None  # 2024年度总结大会, 年度表彰会: a gathering named for its year, no event of it
        if (
            match.kind == "relyear"
            and self.text[match.end - 1 : match.end] == "度"
            and (_YEARS_GATHERING.match(self.text, match.end) or _SCHOOL_EVENT.match(self.text, match.end))
        ):
            return None  # 本年度陸運會: the school year's sports day, named for it (1994年陸運會 is that year's)
        if (
            match.kind == "relyear"
            and self.text[max(0, match.start - 1) : match.start] in ("（", "(")
            and self.text[match.start : match.end] == "今年"
            and _YEAR_IN_BRACKET_AFTER.match(self.text, match.end) is not None
        ):
            return None  # 元宵（今年係2月24號）: the year of the bracket's date, which dates the festival
        if match.kind in ("m", "ym") and _SENTENCE_LENGTH_BEFORE.search(self.text, max(0, match.start - 8), match.start):
            return None  # 遭判刑8月, 判處有期徒刑1年8月: a sentence's length, no month
        if match.kind == "slash_md" and self.text[match.start : match.end] in self.part_marks:
            return None  # 長文慎入 1/3 … 2/3 我查了一下: the post's parts, numbered
        if self._in_poster_name() or self._named_with_handle() or self._in_account_name():
            return None  # a commenter's or a person's name, no day of the story
        if _PAGE_STAMP_LABEL.search(self.text, max(0, match.start - 10), match.start):
            return None  # 本文更新于2025年11月20日: when the page was written, not an event
        if _SUPPOSED_DAY.search(self.text, max(0, match.start - 4), match.start) and _SUPPOSED_AS.match(
            self.text, match.end
        ):
            return None  # 如果明天就是 12 月 31 日: a day supposed to be another, in a thought
        if _SUPPOSED_AS_DAY.search(self.text, max(0, match.start - _SUPPOSED_REACH), match.start):
            return None  # … and the day it is supposed to be
        if match.kind in _FEAST_KINDS and self._in_simile(match):
            return None  # 好似年廿八行年宵咁: like any year's busiest night, no day of the story
        if (
            match.kind in _RECURRING_KINDS
            and (
                _EVERY_YEAR.search(self.text, max(0, match.start - 10), match.start)
                or _EVERY_YEAR_BRACKET.search(self.text, max(0, match.start - 12), match.start)
                # 雨季（6月至8月）, 花期（3月下旬至4月中旬）: a season of the year named by its months
                # (not 今年汛期（…）, this year's; nor 旺季（12月17日—1月3日）, a price's days)
                or (
                    _SEASON_BRACKET.search(self.text, max(0, match.start - 8), match.start)
                    and _MONTHS_ONLY_BRACKET.match(self.text, match.start)
                )
                or self._recurring_range(match)
                # 流感季節一般在一月至三月出現, 一般端午前后出通知: what usually happens then,
                # every year
                or _USUALLY.search(self.text, max(0, match.start - 8), match.start)
                # (以前過年才休三天，清明連假也照開: the clause after a habit of the past, its 也 going on with it;
                # not 今年中秋也回不去了, this year's)
                or (
                    not (match.groups.get("rel") or match.groups.get("y"))
                    and _USED_TO_CLAUSE.search(self.text, max(0, match.start - _USED_TO_REACH), match.start)
                    and _GOES_ON.match(self.text, match.end)
                )
                or self._feast_custom(match)
                or self._in_general(match)
            )
        ) or self._recurring_sequel(match) or (match.kind == "week" and self._weekly(match)):
            if match.kind != "week":  # (a shop's week, 週一公休，5月1日起…, starts no yearly round)
                self.recurring_end = match.end
            return None  # 每年农历十月初一, 每逢春节, 每年三月街（农历三月十五）: a day that comes back
        if (
            match.kind in ("vacation", "festival")
            and _SECTION_HEAD_BEFORE.fullmatch(self.text, 0, match.start) is not None
            and not self.text[match.end :].strip()
        ):
            return None  # 五、寒假: a notice's section named for the holiday, whose days its lines give
        # (not 將1月27日訂為「彈性放假日」: one day, made a day off)
        if match.kind in _FEAST_KINDS and _NAMED_AS_FEAST.match(self.text, match.end):
            return None  # 將農曆正月二十訂為「天穿日」: the day a feast is kept on, of every year
        if match.kind == "festival" and _FEAST_NAMED.search(self.text, max(0, match.start - 6), match.start):
            return None  # … and the feast's name the text gives it there
        if match.kind in _RECURRING_KINDS and (
            _SAYING_QUOTE.search(self.text, max(0, match.start - _SAYING_REACH), match.start)
            # (民间有“三月三，踏青忙”的说法: a saying named after its quote)
            or (
                self.text[max(0, match.start - 1) : match.start] in _SAYING_QUOTE_OPEN
                and _SAYING_NAMED_AFTER.match(self.text, match.end) is not None
            )
            or (
                match.kind == "festival"
                and self.text.startswith(_TERM_NAMES, match.start)
                and _FARM_SAYING_BEFORE.search(self.text, max(0, match.start - 1), match.start)
                and _FARM_SAYING_AFTER.match(self.text, match.end)
            )
            or _EVERY_MONTH_LUNAR.search(self.text, max(0, match.start - 6), match.start)
        ):
            # 讲究“腊八泡、年三十吃”, 每月农历初一、十五: a saying's days, every month's lunar days;
            # no yearly round starts (the dates after them are the story's)
            return None
        if match.kind == "week" and (
            _ALL_ON.search(self.text, max(0, match.start - 3), match.start)
            # (昨日（28日）是周日, 年廿八（27號）啱啱係星期一: the weekday a day just named falls on)
            or (
                _BARE_WEEKDAY_WORD.fullmatch(self.text, match.start, match.end) is not None
                and _WEEKDAY_OF_DAY.search(self.text, max(0, match.start - 12), match.start) is not None
            )
            # (每年这个周末都有好几家这样: that weekend of every year, the one the clocks change on)
            or self.text[max(0, match.start - 2) : match.start] in ("每年", "每逢", "年年")
            or (_BARE_WEEKDAY_WORD.match(self.text, match.start) and _TIMETABLE.match(self.text, match.end))
        ):
            return None  # (均為週六), 比照週六班表: what weekday days are, a timetable's kind
        if (
            (match.kind in _DENIABLE or _simplified(self.text[match.start : match.end]) == "周末")
            and _DENIED.search(self.text, max(0, match.start - 3), match.start)
            and not _COMPARED.match(self.text, match.end)
        ):
            return None  # 今年沒有年三十, 加班加到没有周末: a day said not to be there, no event
        if (
            match.kind == "festival"
            and not match.groups.get("y")
            and not match.groups.get("rel")
            and (like := _LIKENED_TO.search(self.text, max(0, match.start - 3), match.start))
            and (m := _LIKENESS.match(self.text, match.end))
            # (跟, 和 are "with" before anything but a likeness's 一样, 似的)
            and (like.group()[-1] not in "跟和" or m.group() in ("一样", "似的"))
        ):
            return None  # 比春晚还热闹, 像过年一样: a likeness, no day of the story
        if _TOPIC_OPEN.search(self.text, max(0, match.start - 20), match.start) and _TOPIC_CLOSE.match(
            self.text, match.end
        ):
            return None  # #周末去哪儿#: a topic's name, no day of the story
        if (
            not match.groups.get("d")  # (2025-01-24 08:02:17 (1): a post's stamp and its count)
            and _ARCHIVE_HEAD.search(self.text, max(0, match.start - 4), match.start)
            and _ARCHIVE_COUNT.match(self.text, match.end)
        ):
            return None  # 2025年8月(3), ▼ 四月 (2): a blog archive's month and its count of posts
        if match.kind == "lunar" and not match.groups.get("y") and _LUNAR_PRODUCT.match(self.text, match.end):
            return None  # 預訂正月十五湯圓禮盒: a box sold for the day, no day of the story
        if match.kind == "festival" and (
            (self.deity and _simplified(match.groups.get("f") or "") == "圣诞" and not match.groups.get("jie"))
            # (七夕檔期, 聖誕檔期: the season a trade books around it, not the day)
            or _simplified(match.groups.get("hol") or "") == "档期"
            # (春节档 alone is the trade's season in general; 今年春节档, 2025年国庆档 one of them)
            or (
                _simplified(match.groups.get("hol") or "") == "档"
                and not (match.groups.get("rel") or match.groups.get("y") or match.groups.get("my"))
            )
            # (元宵节在每年正月十五: what day the festival is, every year)
            or _EVERY_YEAR_AFTER.match(self.text, match.end) is not None
            or _KINDS_OF_DAYS.match(self.text, match.end)
            or _NAMED_FOR.match(self.text, match.end)
            or _PLACE_AFTER.match(self.text, match.end)
            or _TOPIC_BEFORE.search(self.text, max(0, match.start - 8), match.start)
            or _TOPIC_AFTER.match(self.text, match.end)
            or self._quoted_name()
        ):
            return None  # 春节、国庆等节假日 (kinds of days); 儿童节游园会 (a thing named for one)
        if (
            match.kind in ("lunar_new_year", "lunar_day", "lunar")
            and (rhyme := _NEW_YEAR_RHYME.match(self.text, match.end))
            and (
                _SAYING_BEFORE.search(self.text, max(0, match.start - 4), match.start)
                # (年廿八洗邋遢，不過我哋今個星期日就大掃除: the saying opens the sentence, and
                # what is done this year is set against it)
                or (
                    (match.start == 0 or self.text[match.start - 1] in _SENTENCE_ENDS)
                    and _BUT_AFTER.match(self.text, rhyme.end()) is not None
                )
            )
        ):
            # 唔係話年廿八洗邋遢咩: the New Year rhyme as what is said, every
            # year's custom (我媽堅持年廿八洗邋遢 is this year's cleaning)
            return None
        if (
            match.kind == "festival"
            and _SHOPPING_DAY.fullmatch(_simplified(self.text[match.start : match.end]))
            and _simplified(self.text[match.end : match.end + 2]) == "预售"
        ):
            return None  # 双十一预售: the sale before the shopping day, named for it (元旦预售 is that day's)
        if match.kind == "festival" and match.groups.get("hol") and _DATES_NAMED.search(
            self.text, max(0, match.start - 8), match.start
        ):
            return None  # 4月3日至6日為復活節假期: the holiday names the days just given
        if (
            match.kind == "festival"
            and _PAIRED_HOLIDAY.match(self.text, match.end)
            and _DATES_NAMED.search(self.text, max(0, match.start - 10), match.start)
        ):
            return None  # 12月21日至1月1日　聖誕及新年假期: two festivals' holiday, the days just given
        if match.kind == "decade" and _ERA_STYLE.match(self.text, match.end):
            return None  # 穿上八十年代造型: a style of those years, no time of the story
        if (
            match.kind == "festival"
            and _FESTIVAL_IS_ABOUT.match(self.text, match.end)
            and not _THIS_ONE_BEFORE.search(self.text, max(0, match.start - 2), match.start)
            and _simplified(self.text[match.start : match.start + 2]) not in ("今年", "明年", "去年")
        ):
            return None  # 端午节就是要看划龙舟: what the festival is about, every year
        if match.kind == "festival" and _DATES_LABEL.match(self.text, match.end):
            return None  # 春节放假时间为2月15日至23日: the festival labels the dates that follow
        if match.kind == "vacation" and _FOR_THE_BREAK.match(self.text, match.end):
            return None  # 寒假作業, 暑假班: a thing named for the break, no time of the story
        if (
            match.kind in ("festival", "vacation", "lunar", "mrange", "monthpart", "m")
            # (明天（农历八月十八）是传统观潮日: the bracket names the day just named, which is one)
            and self.text[max(0, match.start - 1) : match.start] not in ("（", "(")
            # (去年中元的活動也是送食物類道具 看來是傳統了: that one year's, which the year word names)
            and not (
                (match.groups.get("rel") or match.groups.get("y"))
                and (
                    match.kind != "festival"
                    or _GENERIC_AFTER.match(self.text, match.end)
                    or _BUSIEST_AFTER.match(self.text, match.end)
                )
            )
            and (
                _GENERIC_AFTER.match(self.text, match.end)
                or (match.kind in ("festival", "vacation", "lunar") and _BUSIEST_AFTER.match(self.text, match.end))
                or _BEST_SEASON.match(self.text, match.end)
                or _BEST_TIME.match(self.text, match.end)
            )
        ):
            # 春節是最重要的節日, 暑假是旅游旺季: what such a day is, every year; 冬至前后去最舒服:
            # advice for any year
            return None
        g = {k: _simplified(v) if v else v for k, v in match.groups.items()}
        if g.get("yy"):
            # (民國72年: the Minguo year whatever else the page counts)
            minguo = "民国" in _simplified(self.text[match.start : match.start + 4])  # (中華民國38年春節 too)
            full = self._short_year(g["yy"] or "", minguo)
            if full is None:
                return None
            g["y"] = str(full)
        try:
            r = getattr(self, "_" + match.kind)(g, anchor)
        except (OverflowError, ValueError, KeyError, TypeError):  # no date, never a crash
            return None
        if r is None or r[0] is None:
            return None  # (a lunar day the tables do not hold: no date, never a crash)
        (first, last, granularity, label), precision, basis = r
        if g.get("near") == "翌日" and first == last:  # 中秋節翌日: the day after
            first = last = first + timedelta(days=1)
            label = first.isoformat()
        if last < first:
            return None
        found = Found(
            match.start,
            match.end,
            first,
            last,
            precision,
            granularity,
            label,
            match.explicit,
            basis,
        )
        self.note_last(self.paragraph, match.end, found)
        return found

    def _numeric(self, g, anchor):
        y = _year_of(g["y"] or "")
        r = _day(y, to_int(g["m"] or ""), to_int(g["d"] or "")) if y else None
        if r and g.get("d2"):  # 2025.3.15-3.16, 2026.3.7-8: to a later day of the year
            end = _day(y, to_int(g.get("m2") or g["m"] or ""), to_int(g.get("d2") or ""))
            if end is None or end[0] < r[0]:
                return None
            r = (r[0], end[0], DAY, days_label(r[0], end[0]))
        return (r, DAY, STATED) if r else None

    _ymd = _numeric

    def _dmy(self, g, anchor):
        """14/9/2015: the day first where the first figure is no month, or where another such date
        on the page shows the day first (_stamp_order), or else in Traditional text (Hong Kong's
        way; Taiwan writes the year first); 9/14/2015 and Simplified text's 5/3/2024: the month
        first."""
        a, b, y = int(g["a"] or 0), int(g["b"] or 0), int(g["y"] or 0)
        # (the page's own order where one of its dates shows it, 28/05/2019 beside 05/06/2019)
        known = self.slash_order == "dmy" if self.slash_order is not None else None
        day_first = a > 12 or (b <= 12 and (known if known is not None else bool(g.get("trad")) and not self.taiwan))
        said = _BARE_WEEKDAY.match(self.text, self._end) if self.text else None
        if said is not None and a <= 12 and b <= 12:
            # 3/5/2024（二）: the reading whose weekday the bracket says
            wd = _WEEKDAYS.get(said.group().strip(" \t\u3000()（）"))
            for dd, mm in ((a, b), (b, a)):
                x = _safe_date(y, mm, dd)
                if x is not None and x.weekday() == wd:
                    return _one_day(x), DAY, STATED
        d, m = (a, b) if day_first else (b, a)
        r = _day(y, m, d) if m <= 12 else None
        return (r, DAY, STATED) if r else None

    def _english(self, g, anchor):
        name = g.get("mon") or g.get("mon2") or ""
        y = _year_of(g.get("y") or g.get("y2") or "")
        m = _english_month(name)
        if not y or not m:
            return None
        d = g.get("d") or g.get("d2")
        r = _day(y, m, int(d)) if d else _month_range(y, m, None)
        last = g.get("de") or g.get("d2e")
        if r and last:  # Oct 3 – Oct 12, 2025; 17-19 February 2026: to the range's last day
            other = g.get("mone") or ""
            m2 = (_english_month(other) or m) if other else m
            end = _day(y, m2, int(last))
            if end is None or end[0] < r[0]:
                return None
            r = (r[0], end[0], DAY, days_label(r[0], end[0]))
        return (r, r[2], STATED) if r else None

    def _english_md(self, g, anchor):
        """Feb 22, 15–16 Mar: the month and day(s) in English, in the year a Chinese one
        without its year would be (see :meth:`_year_for`)."""
        m = _english_month(g.get("mon") or g.get("mon2") or "")
        d = int(g.get("d") or g.get("d2") or 0)
        if not m or not d:
            return None
        y, basis = self._year_for(m, d, anchor)
        r = _day(y, m, d)
        last = g.get("de") or g.get("d2e")
        if r and last:
            end = _day(y, m, int(last))
            if end is None or end[0] < r[0]:
                return None
            r = (r[0], end[0], DAY, days_label(r[0], end[0]))
        return (r, DAY, basis) if r else None

    def _english_wd(self, g, anchor):
        """Sat 3/5: the reading of the two figures (day first or month first) whose day is that
        weekday, near the reference; next Fri, this Sat: the week after the reference's, or its
        own; this weekend: the coming Saturday and Sunday."""
        if g.get("a"):
            a, b = int(g["a"] or 0), int(g["b"] or 0)
            wd = _EN_WEEKDAYS.index((g.get("wd") or "")[:3])
            days = [
                x
                for (dd, mm) in {(a, b), (b, a)}
                for k in (-1, 0, 1)
                if (x := _safe_date(self.ref.year + k, mm, dd)) is not None and x.weekday() == wd
            ]
            if not days:
                return None
            best = min(days, key=lambda x: abs((x - self.ref).days))
            return _one_day(best), DAY, REFERENCE
        rel, what = (g.get("rel") or "").lower(), g.get("wd2") or ""
        monday = self.ref - timedelta(days=self.ref.weekday())
        week = {"this": 0, "next": 7, "last": -7}[rel]
        if what == "weekend":
            first = monday + timedelta(days=week + 5)
            return (first, first + timedelta(days=1), DAY, days_label(first, first + timedelta(days=1))), "relative", REFERENCE
        day = monday + timedelta(days=week + _EN_WEEKDAYS.index(what[:3]))
        return _one_day(day), "relative", REFERENCE

    def _minguo(self, g, anchor):
        n = to_int(g["y"] or "")
        if n is None or not 1 <= n <= 200 or self._quoted_edition():
            return None
        y = n + 1911
        if g.get("s"):
            return self._season(dict(g, y=str(y)), anchor)  # 民國七十九年夏天
        if (g.get("dec") or g.get("some")) and n % 10 == 0:
            # 民國80年代: the Minguo years 80 to 89; 民國九十幾年: one of 90 to 99
            a, b = _year_range(y, None), _year_range(y + 9, None)
            return ((a[0], b[1], YEAR, f"{y}～{y + 9}"), YEAR, STATED) if a and b else None
        if g.get("y2") and (n2 := to_int(g["y2"] or "")) and n < n2 <= 200:  # 民國109年至110年
            a, b = _year_range(y, None), _year_range(n2 + 1911, None)
            return ((a[0], b[1], YEAR, f"{y}～{n2 + 1911}"), YEAR, STATED) if a and b else None
        if g.get("y0"):  # 98年至100年, 一○九年至一一○年
            a, b = _year_range((to_int(g["y0"] or "") or 0) + 1911, None), _year_range(y, None)
            return ((a[0], b[1], YEAR, f"{a[0].year}～{y}"), YEAR, STATED) if a and b else None
        if g.get("q"):  # 111年第4季
            q = to_int(g["q"].strip("第季度")) or 0
            if not 1 <= q <= 4:
                return None
            first, last = date(y, 3 * q - 2, 1), date(y, 3 * q, _last_day(y, 3 * q))
            return (first, last, PART, f"{y} Q{q}"), PART, STATED
        m, d = to_int(g.get("m") or ""), to_int(g.get("d") or "")
        if g.get("d"):
            r = _day(y, m, d)
        elif g.get("m"):
            r = _month_range(y, m or 0, g.get("mpart"))  # 113年3月底: a part of the month
        else:
            r = _year_range(y, g.get("part"))
        return (r, r[2], STATED) if r else None

    _minguo_bare = _minguo
    _minguo_slash = _minguo

    def _twrel(self, g, anchor):
        n = to_int(g.get("n") or g.get("n2") or "0") or 0
        rel = g.get("rel") or g.get("rel2") or "今"
        unit = g.get("unit") or "日"
        if unit == "年" and g.get("q"):  # 明（115）年第三季: that year's quarter
            y = n if n >= 1000 else n + 1911
            q = to_int(g["q"] or "") or 1
            first, end = date(y, 3 * q - 2, 1), date(y, 3 * q, _last_day(y, 3 * q))
            return (first, end, PART, f"{y}Q{q}"), PART, STATED
        if unit == "年":  # 今（2024）年, 去（112）年3月: the number is the year (maybe Minguo)
            return self._minguo(dict(g, y=str(n - 1911 if n >= 1000 else n), mpart=g.get("ympart")), anchor)
        if unit == "月":  # 本（3）月, 本（3）月16日
            y, m = self.ref.year, n
            if rel in ("上", "去") and m > self.ref.month:
                y -= 1
            if g.get("md"):
                r = _day(y, m, to_int(g["md"] or ""))
                return (r, DAY, REFERENCE) if r else None
            r = _month_range(y, m, g.get("mpart"))
            return (r, r[2] if g.get("mpart") else MONTH, REFERENCE) if r else None
        # 昨（11）日 is on or before the reference, 明（5）日 on or after it.
        y, m = self.ref.year, self.ref.month
        if rel in ("翌", "隔"):
            # 訂於3月14日停水，翌（15）日恢復: the day after the day just named, else the page's
            base = self.last[2].last if self.last is not None and self.last[0] == self.paragraph else self.ref
            y, m = base.year, base.month
            if n < base.day:
                y, m = _add_months(y, m, 1)
            r = _day(y, m, n)
            return (r, DAY, REFERENCE) if r else None
        if rel in ("昨", "前", "今") and n > self.ref.day:
            y, m = _add_months(y, m, -1)
        elif rel == "明" and n < self.ref.day:
            y, m = _add_months(y, m, 1)
        r = _day(y, m, n)
        return (r, DAY, REFERENCE) if r else None

    def _yrange(self, g, anchor):
        a, b = _year_of(g["y"] or ""), _year_of(g["y2"] or "")
        if not a or not b or b < a:
            return None
        return (date(a, 1, 1), date(b, 12, 31), YEAR, f"{a}～{b}"), YEAR, STATED

    _yrange_bare = _yrange

    def _mrange(self, g, anchor):
        m1, m2 = to_int(g["m"] or ""), to_int(g["m2"] or "")
        if g.get("y"):
            y, basis = _year_of(g["y"] or ""), STATED
        elif g.get("rel"):
            y, basis = self._ref_year(g), REFERENCE
        else:
            # 1-10月 on a page of November 13th: the months just ended, dated by the range's
            # end (January alone is more than eight months back)
            y, basis = self._year_for(m2 or 0, None, anchor)
        if not y or not m1 or not m2 or m2 < m1:
            return None
        a, b = _month_range(y, m1, None), _month_range(y, m2, None)
        if not a or not b:
            return None
        return (a[0], b[1], MONTH, range_label(a[3], b[3])), MONTH, basis

    def _mdrange(self, g, anchor):
        m, d1, d2 = to_int(g["m"] or ""), to_int(g["d"] or ""), to_int(g["d2"] or "")
        if g.get("y"):
            y, basis = _year_of(g["y"] or ""), STATED
        else:
            y, basis = self._year_for(m or 0, d1, anchor)
        if not y or not m or not d1 or not d2:
            return None
        a = _day(y, m, d1)
        b = _day(y, m, d2) if d2 >= d1 else _day(*_add_months(y, m, 1), d2)
        if not a or not b:
            return None
        return (a[0], b[1], DAY, days_label(a[0], b[1])), DAY, basis

    def _ym(self, g, anchor):
        y = _year_of(g["y"] or "")
        r = _month_range(y, to_int(g["m"] or "") or 0, g.get("mpart")) if y else None
        return (r, r[2], STATED) if r else None

    _slash_ym = _ym
    _dot_ym = _ym

    def _quoted_edition(self) -> bool:
        """A year's edition opening a quoted name (「113年度竹苗區…作業要點」, “2023年度第三期中期
        票据”): the name of a plan, a rule or a bond, its year no event."""
        return (
            self.text[max(0, self.at - 1) : self.at] in ("「", "“", "『", "《", '"')
            and self.text[self._end - 1 : self._end + 1].find("度") >= 0
            and _QUOTED_NAME_REST.match(self.text, self._end) is not None
        )

    def _y(self, g, anchor):
        if self._quoted_edition():
            return None
        if not g.get("part") and _DOCUMENT_OF_YEAR.match(self.text, self._end):
            return None  # 2023年复试录取工作方案, 2024年度项目指南: a document's name, its year the edition's
        if not g.get("part") and _EXAM_OF_YEAR.match(self.text, self._end):
            return None  # 2025年全国硕士研究生招生考试: the exam's name, its year the intake's
        y = _year_of(g["y"] or "") or self._old_year(g["y"] or "")
        if y and g.get("half"):  # 2024年半年度: its first six months
            return (date(y, 1, 1), date(y, 6, 30), PART, f"{y} H1"), PART, STATED
        if y and g.get("same") and self.last is not None:
            # 2019年同期: the period just named, in 2019 (else the year itself)
            same = self._same_period(y, self.last[2].first.year)
            if same is not None:
                return same, PART, STATED
        r = _year_range(y, g.get("part")) if y else None
        return (r, r[2], STATED) if r else None

    _fiscal = _y

    def _numbered_week(self, g, anchor):
        """第 41 周（10 月 6 日—10 月 12 日）: the days its bracket gives."""
        m, d, d2 = to_int(g["m"] or ""), to_int(g["d"] or ""), to_int(g["d2"] or "")
        m2 = to_int(g["m2"] or "") if g.get("m2") else m
        if not m or not d or not d2 or not m2:
            return None
        y, basis = self._year_for(m, d, anchor)
        a = _day(y, m, d)
        b = _day(y + (1 if m2 < m else 0), m2, d2)
        if not a or not b or b[0] < a[0]:
            return None
        return (a[0], b[1], DAY, days_label(a[0], b[1])), DAY, basis

    def _year_week(self, g, anchor):
        """今年第2周, 2025年第2周: the year's n-th week as weekly reports count it (ISO 8601:
        Monday to Sunday, the first week the one holding January 4th)."""
        stated = bool(g.get("y"))
        y = int(g["y"] or "0") if stated else self._ref_year(g)
        try:
            a = date.fromisocalendar(y, int(g["n"] or "0"), 1)
        except ValueError:
            return None  # (第53周 of a year that has 52)
        b = a + timedelta(days=6)
        return (a, b, PART, days_label(a, b)), PART, STATED if stated else REFERENCE

    def _bracket_week(self, bracket: str, rel: str = "") -> tuple[_R, str, str] | None:
        """上周（12/1—18/1）: the days the bracket gives, day first as Hong Kong writes them, in
        the year that puts them nearest the page."""
        m = _DM_RANGE.search(bracket)
        if m is None:
            return None
        d1, m1, d2, m2 = (int(x) for x in m.groups())
        best = None
        back = _REL_WEEK.get(rel, 0) < 0  # (上週（12/1—18/1）: days on or before the page's)
        for y in (self.ref.year - 1, self.ref.year, self.ref.year + 1):
            a = _safe_date(y, m1, d1)
            b = _safe_date(y + (1 if m2 < m1 else 0), m2, d2)
            if a is None or b is None or b < a or (b - a).days > 13 or (back and a > self.ref):
                continue
            if best is None or abs((a - self.ref).days) < abs((best[0] - self.ref).days):
                best = (a, b)
        if best is None:
            return None
        return (best[0], best[1], PART, days_label(*best)), "relative", REFERENCE

    def _school_year(self, g, anchor):
        """114學年度: Taiwan's school year, August 1st 2025 to July 31st 2026 (a Minguo year only
        in Taiwan's text); 2024学年, 2024-2025学年: September to August."""
        if g.get("my"):
            y = int(g["my"]) + 1911
            return (date(y, 8, 1), date(y + 1, 7, 31), PART, f"{y}/{(y + 1) % 100:02d}"), PART, STATED
        y = int(g["y"] or "0")
        if g.get("y2") and int(g["y2"]) != y + 1:
            return None
        return (date(y, 9, 1), date(y + 1, 8, 31), PART, f"{y}/{(y + 1) % 100:02d}"), PART, STATED

    def _fiscal_split(self, g, anchor):
        """2025/26財政年度: April 1st 2025 to March 31st 2026 (the second year's two figures
        must follow the first)."""
        y = int(g["y"] or "0")
        if int(g["y2"] or "-1") != (y + 1) % 100 or not 1900 <= y <= 2100:
            return None
        if g.get("school"):  # 2025/26學年: the school year, September to August
            return (date(y, 9, 1), date(y + 1, 8, 31), PART, f"{y}/{(y + 1) % 100:02d}"), PART, STATED
        if g.get("fq"):  # 第三財季: the year's third quarter, October to December of its first year
            n = to_int(g["fq"] or "") or 1
            a = _add_months(y, 4, 3 * (n - 1))
            first = date(a[0], a[1], 1)
            end = _add_months(a[0], a[1], 2)
            last = date(end[0], end[1], _last_day(end[0], end[1]))
            return (first, last, PART, f"{y}/{(y + 1) % 100:02d} FQ{n}"), PART, STATED
        if g.get("fh") == "上":  # 上半年: April to September of its first year
            return (date(y, 4, 1), date(y, 9, 30), PART, f"{y}/{(y + 1) % 100:02d} H1"), PART, STATED
        if g.get("fh") == "下":  # 下半年: October to March
            return (date(y, 10, 1), date(y + 1, 3, 31), PART, f"{y}/{(y + 1) % 100:02d} H2"), PART, STATED
        return (date(y, 4, 1), date(y + 1, 3, 31), PART, f"{y}/{(y + 1) % 100:02d}"), PART, STATED

    def _decade(self, g, anchor):
        """上世纪九十年代: ten years of a century the text names (上/本 from the reference's);
        1990年代: the ten years from the one written."""
        if g.get("y0"):
            y = to_int(g["y0"]) or 0
            last = (to_int(g["y1"]) or 0) if g.get("y1") else y
            if not 1000 <= y <= last <= 2090:
                return None
            return (date(y, 1, 1), date(last + 9, 12, 31), YEAR, f"{y}s"), YEAR, STATED
        if g.get("bare"):
            y = 1900 + (to_int(g["bare"]) or 0)
            last = 1900 + (to_int(g["bare1"]) or 0) if g.get("bare1") else y
            if not 1930 <= y <= last <= 1990:
                return None
            return (date(y, 1, 1), date(last + 9, 12, 31), YEAR, f"{y}s"), YEAR, STATED
        cent = g.get("cent") or ""
        tens = to_int(g.get("dec") or "")  # 九十 or 90
        if not tens:
            return None
        dec = tens // 10
        if cent.startswith("上"):
            base = (self.ref.year // 100 - 1) * 100
        elif cent.startswith("本"):
            base = self.ref.year // 100 * 100
        else:
            n = to_int(cent.removesuffix("世纪"))
            if not n:
                return None
            base = (n - 1) * 100
        y = base + dec * 10
        if not 1 <= y <= 9990:
            return None
        return (date(y, 1, 1), date(y + 9, 12, 31), YEAR, f"{y}s"), YEAR, STATED

    def _old_year(self, token: str) -> int | None:
        """A year of 1000–1899 in digits (1887年建成), but not a span of years: 已有1500年,
        1500年的历史, 1200年前."""
        y = to_int(token) if token.isdigit() else None
        if y is None or not 1000 <= y < 1900:
            return None
        before = self.text[max(0, self.at - 2) : self.at]
        after = self.text[self.at + len(token) + 1 : self.at + len(token) + 4]
        if after.startswith(("前后", "前後")) and before.endswith(("于", "於", "在")):
            return y  # 建于1121年前后: around the year it was built
        if _SPAN_BEFORE.search(before) or _SPAN_AFTER.match(after):
            return None
        return y

    def _season(self, g, anchor):
        if g.get("y"):
            y, basis = _year_of(g["y"] or ""), STATED
        elif g.get("ago"):
            n = to_int(g["ago"] or "")
            y, basis = (self.ref.year - n if n else None), REFERENCE
        else:
            y, basis = (
                self.ref.year + _REL_YEAR.get(g.get("rel") or g.get("rel1") or g.get("rel2") or "今", 0),
                REFERENCE,
            )
        s = g.get("s") or g.get("s1") or g.get("s2") or g.get("s3") or ""
        if not y or s not in _SEASONS:
            return None
        m1, m2, name = _SEASONS[s]
        a = _month_range(y, m1, None)
        b = _month_range(*_add_months(y, m2, 0), None)
        s5 = g.get("s5") or ""
        if s5 in _SEASONS and (_SEASONS[s5][0] == m2 + 1 or (m2 == 14 and s5 == "春")):
            # 今年秋冬: to the next season's end (今年冬春: December to May)
            _, n2, name5 = _SEASONS[s5]
            b = _month_range(*_add_months(y, n2 + (12 if m2 == 14 else 0), 0), None)
            name = f"{name}{name5}"
        elif s5:
            return None  # (两季 that do not follow one another name no one stretch)
        s4 = g.get("s4") or ""
        if s4 in _SEASONS:
            # 今冬明春: from this season's start to the next-named season's end
            y4 = self.ref.year + _REL_YEAR.get(g.get("rel4") or "今", 0)
            _, n2, name4 = _SEASONS[s4]
            b = _month_range(*_add_months(y4, n2, 0), None)
            name = f"{name}–{y4} {name4}"
            if not a or not b or b[1] <= a[0]:
                return None
        if not a or not b:
            return None
        return (a[0], b[1], PART, f"{y} {name}"), PART, basis

    def _same_period(self, y: int, this_year: int) -> _R | None:
        """同期 after a period named in its paragraph or the one before (一季度……较去年同期,
        2019年同期): that period in year ``y``; ``None`` after a single day or another year's date."""
        last = self.last
        # (利润方面，报告期内净亏损…，去年同期…: the period the story is about, named in its
        # paragraph or the one before)
        if last is None or self.paragraph - last[0] > 1:
            return None
        a, b = last[2].first, last[2].last
        if a.year != this_year or not b > a:
            return None
        a2, b2 = _years_later(a, y - a.year), _years_later(b, y - a.year)
        label = days_label(a2, b2)
        return a2, b2, last[2].granularity, label

    def _same_month(self, y: int) -> _R | None:
        """同月 after a date of one month named in the same sentence (今年6月……比去年同月):
        that month in year ``y``; ``None`` without one."""
        last = self.last
        if last is None or not self._in_sentence(*last[:2]):
            return None
        a, b = last[2].first, last[2].last
        if (a.year, a.month) != (b.year, b.month):
            return None
        return _month_range(y, a.month, None)

    def _same_day(self, y: int) -> date | None:
        """同日 after a single day named in the same sentence (10月8日……較去年同日): that day in
        year ``y``; ``None`` without one."""
        last = self.last
        if last is None or not self._in_sentence(*last[:2]) or last[2].first != last[2].last:
            return None
        return _safe_date(y, last[2].first.month, last[2].first.day)

    def note_last(self, paragraph: int, end: int, found: Found) -> None:
        """Remember the date resolved last (and, apart, the last one no longer than a year)."""
        self.last = (paragraph, end, found)
        # (像昨天一樣, 今天: the present, never the year a 同年 points back to)
        present = found.precision == "relative" and found.granularity == DAY and found.first.year == self.ref.year
        if (found.last - found.first).days < 366 and not present:
            self.last_in_year = self.last

    def _that_year(self, g, anchor):
        """同年12月底, 當年7月下旬, 第二年正月初三, 那年腊月, 同年底: a month, day or part of the year of the date
        just named (a paragraph or two before), or of the year after it; taken from the text,
        not stated with it."""
        # (八○年代後……同年十月: the year of the last date within one year, not a decade's end)
        last = self.last_in_year
        head = self._head_year()
        if head is not None and self.heading_year is not None and (last is None or last[0] < self.heading_year[1]):
            # 2012 / 产品首次出口…；同年11月，…: the year of the chronology's head over it
            y = head + (1 if g["ty"] in ("次年", "翌年", "第二年", "隔年") else 0)
            return self._that_year_in(g, y)
        if last is None or self.paragraph - last[0] > _THAT_YEAR_REACH:
            return None
        before = last[2]
        y = before.last.year if g["ty"] in ("同年", "当年") else before.first.year
        story = self.story_year
        if g.get("lm") and story is not None and self.paragraph - story[1] <= _THAT_YEAR_REACH:
            y = story[0]  # 腊月二十八 … 第二年正月初三: the year after the lunar year just told
        if g["ty"] in ("次年", "翌年", "第二年", "隔年"):
            y += 1
        elif y > self.ref.year or (
            y == self.ref.year
            # (工程于2020年6月28日竣工，同年7月恢复通行 on a page of August 2020: a month of that
            # stated year, gone by, follows it)
            and not (
                before.basis == STATED
                and g.get("m")
                and not g.get("lm")
                # (2024年1月9日…并于同年1月12日经批准立案: a later day of the same month too)
                and (before.last.month, before.last.day) < ((to_int(g["m"] or "") or 13), to_int(g.get("d") or "") or 32)
                and (to_int(g["m"] or "") or 13) <= self.ref.month
            )
        ):
            return None  # 那年3月, 同年3月出生 after a day of this year: no year of the story's past
        return self._that_year_in(g, y)

    def _that_year_in(self, g, y: int):
        """What 同年12月底, 次年正月初三, 同年底 name in year ``y``, the year they were told to be."""
        if g.get("lm"):
            month = _LUNAR_MONTHS.get(g["lm"] or "") or 0
            day = to_int((g.get("ld") or "").removeprefix("初"))
            self.story_year = (y, self.paragraph)
            if day:
                r = _one_day(lunar_date(y, month, day))
                return (r, DAY, REFERENCE) if r else None
            first = lunar_date(y, month, 1)
            nxt = festival_date("春节", y + 1) if month == 12 else lunar_date(y, month + 1, 1)
            last = _shift(nxt, -1) if nxt else None
            return ((first, last, PART, days_label(first, last)), PART, REFERENCE) if first and last else None
        if g.get("ypart"):
            r = _year_range(y, g["ypart"])  # 同年底: that year's December
            return (r, PART, REFERENCE) if r else None
        m = to_int(g["m"] or "")
        d = to_int(g["d"] or "") if g.get("d") else None
        r = _day(y, m, d) if d is not None else _month_range(y, m or 0, g.get("mpart"))
        return (r, r[2], REFERENCE) if r else None

    def _that_month(self, g, anchor):
        """同月25日: a day of the month of the date just named (in this paragraph or the one
        before), taken from the text, not stated with it."""
        last = self.last_in_year
        if last is None or self.paragraph - last[0] > 1:
            return None
        before = last[2]
        if (before.first.year, before.first.month) != (before.last.year, before.last.month):
            return None  # (a stretch over months names no one month)
        if g.get("tmpart"):  # 同月下旬: a part of that month
            r = _month_range(before.last.year, before.last.month, g["tmpart"])
            return (r, PART, REFERENCE) if r else None
        r = _day(before.last.year, before.last.month, to_int(g["d"] or ""))
        return (r, r[2], REFERENCE) if r else None

    def _dated_weekday_after(self) -> date | None:
        """A month and day with its weekday in brackets later in the sentence (10/25（五）),
        where the weekday agrees: the day, in the year that puts it near the page's."""
        reach = min(len(self.text), self._end + _DATED_WEEKDAY_REACH)  # (bounded: a long run stays linear)
        stop = _FULL_STOP.search(self.text, self._end, reach)
        m = _DATED_WEEKDAY.search(self.text, self._end, stop.start() if stop else reach)
        if m is None or _TURNED_OUT.search(self.text, self._end, m.start()) is None:
            return None  # (週一公布的數據顯示，11月8日（五）將降息: a report, no plan that turned out so)
        mo, d = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        for y in (self.ref.year, self.ref.year - 1, self.ref.year + 1):
            day = _safe_date(y, mo, d)
            if day is not None and day.weekday() == _WEEKDAYS.get(m.group(5), -1) and abs((day - self.ref).days) <= 183:
                return day
        return None

    def _said_then_year(self, g) -> int | None:
        """明年 in what someone said on a past day the sentence names (去年国庆节，全家人……，他还说
        明年要去三峡): counted from that day's year, not the page's."""
        if g.get("rel") != "明年" or self.last is None:
            return None
        paragraph, end, found = self.last
        if paragraph != self.paragraph or found.granularity != DAY or found.last.year >= self.ref.year or end > self.at:
            return None  # (有人說去年12月…還有人說今年初: what people say now, of now)
        if _FULL_STOP.search(self.text, end, self.at) or not _SAID_BETWEEN.search(self.text, end, self.at):
            return None
        return found.last.year + 1

    def _relyear(self, g, anchor):
        if g.get("ytd"):  # 年初至今: from New Year's Day to the page's day
            a = date(self.ref.year, 1, 1)
            return (a, self.ref, PART, days_label(a, self.ref)), "relative", REFERENCE
        if g.get("two"):  # 今明两年, 明后两年: two years running
            first = self.ref.year + (0 if (g.get("two") or "").startswith("今") else 1)
            a, b = date(first, 1, 1), date(first + 1, 12, 31)
            return (a, b, PART, f"{first}～{first + 1}"), "relative", REFERENCE
        y = self._ref_year(g)
        if (said_then := self._said_then_year(g)) is not None:
            y = said_then  # 去年国庆节……他还说明年要去三峡: the year after the one he said it in
        if g.get("same") and (same := self._same_period(y, self.ref.year)) is not None:
            return same, "relative", REFERENCE
        if g.get("samem") and (month := self._same_month(y)) is not None:
            return month, MONTH, REFERENCE
        if g.get("samed"):  # 10月8日……較去年同日: that day a year before; nothing without one
            day = self._same_day(y)
            return ((day, day, DAY, day.isoformat()), DAY, REFERENCE) if day else None
        if g.get("nm"):  # 今年首11個月, 前三个月: from January to the end of the n-th month
            n = to_int(g["nm"] or "")
            if not n or not 1 <= n <= 12:
                return None
            end = _month_range(y, n, None)
            return ((date(y, 1, 1), end[1], MONTH, f"{y}-01～{n:02d}"), "relative", REFERENCE) if end else None
        if g.get("fm"):  # 今年首個月: the first month
            first = _month_range(y, 1, None)
            return (first, MONTH, REFERENCE) if first else None
        if g.get("fq"):  # 明年首季: the first quarter
            return (date(y, 1, 1), date(y, 3, 31), PART, f"{y} Q1"), "relative", REFERENCE
        m, d = (
            to_int(g["m"] or "") if g.get("m") else None,
            to_int(g["d"] or "") if g.get("d") else None,
        )
        if g.get("sm"):  # 去年1/22, 今年12.20
            m, d = int(g["sm"] or "0"), int(g["sd"] or "0")
        if d is not None:
            r = _day(y, m, d)
        elif m is not None:
            r = _month_range(y, m, g.get("mpart"))
        else:
            r = _year_range(y, g.get("part"))
        return (r, "relative", REFERENCE) if r else None

    def _lunar(self, g, anchor):
        lm = g.get("lm") or g.get("lm2") or g.get("lm3") or ""
        month = _LUNAR_MONTHS.get(lm) or to_int(lm)
        day = to_int((g.get("ld") or g.get("ld2") or g.get("ld3") or "").removeprefix("初"))
        if not month or not day:
            return None
        if g.get("y"):
            y = _year_of(g["y"] or "")
            r = (_one_day(lunar_date(y, month, day)), DAY, STATED) if y else None
            if y:
                self.story_year = (y, self.paragraph)  # 02年腊月二十三 … 腊月二十八: that lunar year
        elif g.get("gz") or g.get("gz0"):
            # 農曆乙巳年二月初十日, 己亥年二月十六: the lunar year of that name nearest the page's
            # (its twelfth month is that year's too, in the January after)
            y = sexagenary_year(g.get("gz") or g.get("gz0") or "", self.ref.year)
            r = (_one_day(lunar_date(y, month, day)), DAY, STATED) if y else None
        else:
            r = self._nearest_lunar(month, day, g, month_named=True)
        if r is not None and r[0] is not None and month != 1:
            self.lunar_named = (self.paragraph, month, day, r[0][0])
        end = to_int((g.get("ld2e") or g.get("ld1e") or g.get("ld3e") or "").removeprefix("初"))
        if r is None or r[0] is None or not end or end <= day:
            return r
        if g.get("lsep") and end != day + 1:
            return r  # 腊月二十三、二十五: two days listed, the first dated (the span names both)
        last = _shift(r[0][0], end - day)  # 腊月二十五至二十七: the same month's later day
        if last is None:
            return None
        first = r[0][0]
        return (first, last, DAY, days_label(first, last)), DAY, r[2]

    def _year_named_last(self) -> tuple[int, str] | None:
        """The year of the date resolved last, in this paragraph or the two before (那年)."""
        if self.last is None or self.paragraph - self.last[0] > _THAT_YEAR_REACH:
            return None
        found = self.last[2]
        return found.first.year, found.basis

    def _lunar_year(self, g) -> tuple[int, str] | None:
        """The (festival) year a lunar day or festival is named with, or just after."""
        if g.get("my"):  # 112年春節: the Minguo year
            return int(g["my"] or "0") + 1911, STATED
        if g.get("myc") and (n := to_int(g["myc"] or "")):  # 七十九年端午
            return n + 1911, STATED
        if g.get("y"):
            y = _year_of(g["y"] or "")
            return (y, STATED) if y else None
        if g.get("rel") in _THAT_YEAR_WORDS:  # 1973年…「那年中秋…」: the year the text named last
            return self._year_named_last()
        if g.get("rel"):
            return self._ref_year(g), REFERENCE
        if self.year is not None and self._in_clause(*self.year[2:]):
            return self.year[0], REFERENCE  # 上年做到年三十晚: last year's eve
        return None

    def _nearest_lunar(self, month: int, day: int, g, month_named: bool = False):
        """A lunar day: in the year named with it, else the occurrence nearest the reference.

        The twelfth month belongs to the lunar year before the new year of ``year``.
        ``month_named``: the day is written with its lunar month (腊月二十三, not 年廿三)."""
        shift = -1 if month == 12 else 0
        named = self._lunar_year(g)
        story = self.story_year
        if not named and story is not None and self.paragraph - story[1] <= _THAT_YEAR_REACH and story[0] < self.ref.year:
            # 那年腊月……腊月二十八那天: a past lunar year the story is told in
            day_ = lunar_date(story[0], month, day)
            return (_one_day(day_), DAY, REFERENCE) if day_ else None
        if named:
            year = named[0] + shift
            if g.get("rel") and month == 12:
                # A relative year's twelfth month counts from the one the page is nearest: in the
                # first half of a year the winter just gone (今年年廿八 on February 6th), in the
                # second the coming one; 去年腊月二十三 in October 2023 is the one before that coming
                # winter's, 2023-01-14, and 上年年廿八 on February 11th 2024 a year before the one
                # just gone, 2023-01-19.
                nearest = self.ref.year - 1 if self.ref.month < _SECOND_HALF else self.ref.year
                new_year = lunar_date(self.ref.year, 1, 1)
                if month_named and g.get("rel") != "今年" and new_year is not None and self.ref >= new_year:
                    # (去年腊月二十三 on 正月十九, March 2nd 2021: the lunar year just gone, whose
                    # twelfth month ended with this new year, 2021-02-04)
                    nearest = self.ref.year
                year = nearest + named[0] - self.ref.year
            day_ = lunar_date(year, month, day)
            return (_one_day(day_), DAY, named[1]) if day_ else None
        if (feast := self._feast_year(lambda k: lunar_date(k + shift, month, day))) is not None:
            day_ = lunar_date(feast + shift, month, day)  # 去年春節連假期間……大年初三: that new year's
            return (_one_day(day_), DAY, REFERENCE) if day_ else None
        near = self._near_stated_day(lambda k: lunar_date(k + shift, month, day))
        if near is not None:
            return _one_day(near), DAY, REFERENCE  # 2026年2月27日……持续至正月十八: that year's
        if (
            _UNTIL_BEFORE_LUNAR.search(self.text, max(0, self.at - 4), self.at)
            and _STOP_AFTER.match(self.text, self._end)
            and _STILL_RUNNING.search(self.text, *self._sentence_of(self.at))
        ):
            # 安奉期間至農曆十二月廿四日送神止: a span's end, the next such day from the page's
            ahead_day = next(
                (d for k in (-1, 0, 1) if (d := lunar_date(self.ref.year + k + shift, month, day)) and d >= self.ref),
                None,
            )
            if ahead_day is not None:
                return _one_day(ahead_day), DAY, REFERENCE
        # (年廿四 on a page of September or later: the coming winter's; from June, as near either
        # way, the story's tense decides and the one just gone stays)
        autumn = self.ref.month >= 9 and month in (1, 12)
        ahead = 1 if autumn and month == 1 else 0  # (初二 in October: the coming new year's)
        best = self._pick(lambda k: lunar_date(self.ref.year + ahead + k, month, day), lunar=autumn)
        return (_one_day(best), DAY, REFERENCE) if best else None

    def _feast_year(self, day_in: Callable[[int], date | None]) -> int | None:
        """The year of a festival the sentence named with a past or coming year, if the day
        (``day_in(year)``) falls in that year within the festival's season."""
        fy = self.feast_year
        if fy is None or not self._in_sentence(fy[1], fy[2]):
            # (2022年春节，我一个人回到河湾……大年初三那天: a festival the paragraph dated, which
            # its story goes on in)
            fy = self.feast_stated
            if fy is None or fy[1] != self.paragraph or fy[2] > self.at:
                return None
        # (去年国庆……，这次大年初一, 去年端午也是第二，今年……从4月初, 去年中秋没回家，所以打算4月5日
        # 回去: the sentence turns to now, or to a plan)
        if _TURNS_TO_NOW.search(self.text, fy[2], self.at):
            return None
        day = day_in(fy[0])
        if day is None or abs((day - fy[3]).days) > _FEAST_SEASON:
            return None  # 去年七夕我们在一起了，初三那天又吵架: no day of that festival's season
        return fy[0]

    def _near_stated_day(self, day_in: Callable[[int], date | None]) -> date | None:
        """A lunar day or festival without a year, in the clause of a full date the text states
        (2026年2月27日晚亮灯，持续至正月十八): its occurrence nearest that date, in the
        (Gregorian) years around it."""
        month = self.month
        if month is None or month.day is None:
            return None
        if not self._in_clause(month.paragraph, month.end):
            return None
        near = month.day
        known = [x for k in (-1, 0, 1) if (x := day_in(near.year + k)) is not None]
        return min(known, key=lambda x: abs((x - near).days)) if known else None

    def _after_listed_festival(self, day_in: Callable[[int], date | None], chosen: date) -> date | None:
        """A festival after another in the same sentence that lies ahead of the page's date
        (明年清明前后…，端午前后…), where it would be dated before the page: its occurrence next
        after that one, the plan's."""
        last = self.last
        if last is None or last[2].precision != "festival" or not self._in_sentence(*last[:2]):
            return None
        day = last[2].first
        if day <= self.ref or chosen >= self.ref:
            return None
        if not _NEXT_YEAR_NAMED.match(self.text, last[2].start) or _TOLD_AS_PAST.match(self.text, self._end):
            return None  # (明年春节…，国庆那次去的…: only a plan named for next year, and not a time told as past)
        return next(
            (x for k in (0, 1) if (x := day_in(day.year + k)) is not None and 0 <= (x - day).days <= 366),
            None,
        )

    def _soon_after_last(self, day_in: Callable[[int], date | None], chosen: date) -> date | None:
        """The occurrence of a festival within a few weeks after a day of a past year the
        paragraph told of last (去年腊月二十三 … 除夕), where it would be dated far from that
        day: the story goes on from that day."""
        last = self.last
        if last is None or last[0] != self.paragraph or last[2].first != last[2].last:
            return None
        day = last[2].first
        if day.year >= self.ref.year or 0 <= (chosen - day).days <= _STORY_GOES_ON:
            return None
        return next(
            (x for k in (0, 1) if (x := day_in(day.year + k)) is not None and 0 <= (x - day).days <= _STORY_GOES_ON),
            None,
        )

    def _lunar_new_year(self, g, anchor):
        token = g.get("ld") or g.get("hk") or g.get("hk2") or g.get("hk3") or ""
        if g.get("yb"):  # 2023年大年初二: that year's
            g = dict(g, y=g["yb"])
        if g.get("rel3") and not self.new_year:
            return None  # 去年初六 where no new year is spoken of: a year's start and a figure
        if g.get("rel2") or g.get("rel3"):  # 今年年廿八, 去年初六: new-year days with the year named
            g = dict(g, rel=g.get("rel2") or g.get("rel3"))
        if token in ("三十", "卅"):
            return self._festival(dict(g, f="除夕", sfx=None), anchor)
        if token.startswith("初"):
            return self._nearest_lunar(1, to_int(token[1:]) or 0, g)
        return self._nearest_lunar(12, to_int(token) or 0, g)  # 年廿八: the twelfth month

    def _lunar_month(self, g, anchor):
        """腊月, 農曆七月: a whole lunar month (its first day to the next month's eve)."""
        lm = g.get("lmo") or g.get("lmz") or g.get("lmn") or ("七" if g.get("lmg") or g.get("lmg2") else "")
        if g.get("relz") or g.get("reln") or g.get("relg"):  # 去年正月, 今年農曆七月: the year named with it
            g = dict(g, rel=g.get("relz") or g.get("reln") or g.get("relg"))
        month = _LUNAR_MONTHS.get(lm) or to_int(lm) or 0
        if not 1 <= month <= 12:
            return None
        # (去年腊月 on April 7th 2013: the month is named, the lunar year just gone's, 2013-01-12)
        r = self._nearest_lunar(month, 1, g, month_named=True)
        if r is None or r[0] is None:
            return None
        first = r[0][0]
        if month == 12:
            nxt = festival_date("春节", first.year + (0 if first.month < 6 else 1))
        else:
            nxt = next(
                (x for k in (0, 1) if (x := lunar_date(first.year + k, month + 1, 1)) and x > first),
                None,
            )
        last = _shift(nxt, -1) if nxt else _shift(first, 28)
        if last is None:
            return None
        part = g.get("lpart")
        if part:  # 農曆六月底: a part of the lunar month, its days counted as a month's (_MONTH_PARTS)
            a, b, _name = _MONTH_PARTS[part]
            first, last = _shift(first, a - 1) or first, (_shift(first, b - 1) if b is not None else last) or last
        return (first, last, PART, days_label(first, last)), PART, r[2]

    def _vacation(self, g, anchor):
        """暑假, 寒假, 暑期档: the school holidays and the film seasons named after them."""
        if self.text[max(0, self.at - 1) : self.at] == "放" and _DAY_BEFORE_GOING.search(
            self.text, max(0, self.at - 16), self.at
        ):
            return None  # 1月26日就放寒假了: the day it starts is the event, going on the break no other
        if g.get("y"):
            y, basis = _year_of(g["y"] or ""), STATED
        else:
            y, basis = self._ref_year(g), REFERENCE
            if not g.get("rel") and g.get("v") == "寒" and self.ref.month >= 9:
                y += 1  # 寒假 in the autumn: the coming one, after New Year
        if not y:
            return None
        m1, m2 = (1, 2) if g.get("v") == "寒" else (7, 8)
        if g.get("dang"):
            m1 = 6
        a, b = _month_range(y, m1, None), _month_range(y, m2, None)
        if not a or not b:
            return None
        return (a[0], b[1], PART, f"{y}-{m1:02d}～{m2:02d}"), PART, basis

    def _sentence_year(self) -> int | None:
        """A year its sentence stated just before (台積電2023年累計前10月營收, 2023年，公司前三季度…),
        not one compared with (较2024年全年)."""
        year = self.year
        if year is None or year[1] != STATED or not self._in_sentence(*year[2:]):
            return None
        end = year[3]
        if _YEAR_COMPARED.search(self.text, max(0, end - 10), end) or _YEAR_AIMED.match(self.text, end):
            return None  # (与2023年相比, 2030年目标下: a year compared with or aimed at)
        return year[0]

    def _ytd(self, g, anchor):
        """累計前11月: January to the n-th month, of the last year that has seen that month."""
        n = to_int(g.get("nm") or g.get("nm2") or "")
        if not n or not 1 <= n <= 12:
            return None
        said = self._sentence_year()
        y = said or self.ref.year - (n > self.ref.month)
        end = _month_range(y, n, None)
        basis = STATED if said else REFERENCE
        return ((date(y, 1, 1), end[1], MONTH, f"{y}-01～{n:02d}"), "relative", basis) if end else None

    def _quarter(self, g, anchor):
        if g.get("qp"):
            return self._quarter_before()
        if g.get("qp2"):
            # 上季已暫緩補貨: the quarter before the one the sentence names, or else before the
            # page's own quarter (not 每季度首月10日前报送上一季度…: each quarter's, a rule)
            if "每季" in self.text[max(0, self.at - _EVERY_QUARTER_REACH) : self.at]:
                return None
            before = self._quarter_before()
            said = self._sentence_year()
            if before is None and said is not None and said != self.ref.year:
                return None  # 2019年，这家公司上季度亏损扩大: the quarter before one of that year, unnamed
            return before or self._last_quarter()
        bare = bool(g.get("qa") or g.get("qu") or g.get("qs") or g.get("qf2"))  # 第3季, 前三季度, 首季
        if g.get("y") or g.get("yq"):
            y, basis = _year_of(g.get("y") or g.get("yq") or ""), STATED
        elif g.get("mq"):
            y, basis = 1911 + (to_int(g.get("mq") or "") or 0), STATED  # 113年Q1: Minguo 113, 2024
        elif bare and (said := self._sentence_year()) is not None:
            y, basis = said, STATED
        elif not g.get("rel") and (head := self._head_year()) is not None:
            y, basis = head, REFERENCE  # 2025 / 一季度，海外营业收入同比增长38%: the head's year
        else:
            y, basis = self._ref_year(g), REFERENCE
            if bare:
                # a quarter not yet begun (or, from January, not yet over) is last year's, where
                # nothing forecasts it (台積電下週公布第4季財報 on January 8th; 前三季度GDP in February)
                n = to_int(g.get("qa") or g.get("qu") or g.get("qs") or "") or 0
                last_month = 3 * n
                over = _month_range(y, last_month, None) if 1 <= last_month <= 12 else None
                # (a coming quarter is this year's, 第3季營收可望季增 in May; only Q4 said in
                # January to March is the one just ended)
                ahead = (over is not None and over[1] > self.ref) if g.get("qu") else (n == 4 and self.ref.month <= 3)
                if (
                    ahead
                    and _FORECAST_BEFORE.search(self.text, max(0, self.at - 4), self.at) is None
                    and _FORECAST_AFTER.match(self.text, self._end) is None  # (第二季還會推出)
                ):
                    y -= 1
        q = to_int(
            g.get("q") or g.get("qq") or g.get("mqq") or g.get("qr") or g.get("qb") or g.get("qc") or g.get("qn") or g.get("qs") or g.get("qs2") or g.get("qa") or g.get("qu") or ("1" if g.get("qf") or g.get("qf2") else "")
        )
        if not y or not q or not 1 <= q <= 4:
            return None
        first_q = 1 if g.get("upto") or g.get("qu") else q
        a, b = _month_range(y, first_q * 3 - 2, None), _month_range(y, q * 3, None)
        if not a or not b:
            return None
        name = f"Q1–Q{q}" if g.get("upto") or g.get("qu") else f"Q{q}"
        return (a[0], b[1], PART, f"{y} {name}"), PART, basis

    def _quarter_before(self):
        """較上季: the quarter before the one named last in the same sentence (第3季出貨量較上季
        成長), as a report compares; nothing where no quarter was named (the page's day says
        nothing of which quarter a report counts from)."""
        last = self.last
        if last is None or not self._in_sentence(*last[:2]):
            return None
        a, b = last[2].first, last[2].last
        whole = _month_range(a.year, a.month + 2, None) if a.day == 1 and a.month % 3 == 1 else None
        if whole is None or whole[1] != b:
            return None
        y, m = (a.year, a.month - 3) if a.month > 3 else (a.year - 1, 10)
        first, end = _month_range(y, m, None), _month_range(y, m + 2, None)
        if not first or not end:
            return None
        return (first[0], end[1], PART, f"{y} Q{(m + 2) // 3}"), PART, last[2].basis

    def _last_quarter(self):
        """上季 said of the time the page was written: the quarter before the reference day's."""
        q = (self.ref.month - 1) // 3
        y, m = (self.ref.year, 3 * q - 2) if q else (self.ref.year - 1, 10)
        first, end = _month_range(y, m, None), _month_range(y, m + 2, None)
        if not first or not end:
            return None
        return (first[0], end[1], PART, f"{y} Q{(m + 2) // 3}"), PART, REFERENCE

    def _era_lunar(self, g, anchor):
        """清光緒二十三年丁酉歲三月初八日: a lunar day of a reign's year (or 民國's, by the moon)."""
        base = 1912 if g.get("mg") else _ERAS.get(g.get("era") or "")
        n = 1 if g.get("n") == "元" else to_int(g.get("n") or "")
        month = _LUNAR_MONTHS.get(g.get("lm") or "") or to_int(g.get("lm") or "")
        day = to_int((g.get("ld") or "").removeprefix("初"))
        if base is None or not n or n > 70 or not month or not day:
            return None
        r = _one_day(lunar_date(base + n - 1, month, day))
        return (r, DAY, STATED) if r else None

    def _era(self, g, anchor):
        """光緒11年, 昭和50年: a year of a reign or an era."""
        base = _ERAS.get(g.get("era") or "")
        n = 1 if g.get("n") == "元" else to_int(g.get("n") or "")
        if base is None or not n or n > 70:
            return None
        r = _year_range(base + n - 1, None)
        return (r, YEAR, STATED) if r else None

    def _slash_md(self, g, anchor):
        if g.get("rd2"):  # 3/15-17: the month's days from one to another
            if int(g["rd2"]) <= int(g["rd"]):
                return None
            return self._mdrange(dict(g, y=None, m=g["rm"], d=g["rd"], d2=g["rd2"]), anchor)
        if g.get("dd"):  # HK's day/month
            g = dict(g, m=g["mm"], d=g["dd"])
        elif self.day_first and g.get("m") and g.get("d") and int(g["d"] or "0") <= 12:
            g = dict(g, m=g["d"], d=g["m"])  # (1/4晚機返香港 after 29/3(星期五): April 1st)
        if g.get("hm"):  # … in running text, a day or a range of days (20-28/7)
            if g.get("hd2"):
                return self._mdrange(dict(g, y=None, m=g["hm"], d=g["hd"], d2=g["hd2"]), anchor)
            g = dict(g, m=g["hm"], d=g["hd"])
        found = self._md(g, anchor)
        wd = _BRACKET_WEEKDAY.search(g.get("wk") or "") or _BRACKET_WEEKDAY.match(self.text, self._end)
        if wd is not None and found is not None and found[0][0].weekday() != _WEEKDAYS[wd.group(1)]:
            # 4/1（星期四） on a Hong Kong page of December: the 4th of January, a Thursday, as
            # the weekday says; the 1st of April is a Monday
            other = self._md(dict(g, m=g.get("d"), d=g.get("m")), anchor)
            if other is not None and other[0][0].weekday() == _WEEKDAYS[wd.group(1)]:
                return other
        return found

    def _yy_words(self, g, anchor):
        """九八年, 零八年: 1998, 2008 (this century's up to the year after the page's date, else the
        last one's); two digits running up by one (七八年, 三四年) are a count of years, no year."""
        a, b = (to_int(c) for c in g["yw"] or "")
        if a is None or b is None or b == a + 1 or self.minguo_years:
            return None  # (on a page counting 民國 years, 九八年 may be 民國98年: no guess)
        yy = 10 * a + b
        y = 2000 + yy if 2000 + yy <= self.ref.year + 1 else 1900 + yy
        return (date(y, 1, 1), date(y, 12, 31), YEAR, str(y)), YEAR, STATED

    def _years_ago(self, g, anchor):
        """兩年前（2023年）: dated by its bracket (see :func:`resolve`)."""
        n = to_int(g.get("ago") or "")
        if n and g.get("agom"):
            m = to_int(g["agom"] or "") or 0
            month = _month_range(self.ref.year - n, m, None)  # 四年前的九月: that year's month
            return (month, MONTH, REFERENCE) if month else None
        r = _year_range(self.ref.year - n, None) if n else None
        return (r, "relative", REFERENCE) if r else None

    def _days_ago(self, g, anchor):
        """3天前: so many days before the day the words were written (a reply's own stamp)."""
        n = to_int(g.get("dago") or "") if g.get("dago") else 7 * (to_int(g.get("wago") or "") or 0)
        if not n or n > _DAYS_AGO_MAX:
            return None
        day = _shift(self.posted or self.ref, -n)
        return (_one_day(day), "relative", REFERENCE) if day else None

    def _short_year(self, token: str, minguo: bool = False) -> int | None:
        """The year 02年, 96年, 四一年 stand for: a Taiwan page that counts Minguo years counts
        these too (96年1月1日 is 2007's); elsewhere the latest such year not after the
        reference (02年 in 2024 is 2002, 77年 is 1977).  七八年 is "seven or eight years"."""
        if not token.isdigit() and len(token) == 2:
            a, b = (to_int(c) for c in token)
            if a is None or b is None or b == a + 1:
                return None
        n = to_int(token) if not token.isdigit() else int(token)
        if n is None or not 0 <= n <= 99:
            return None
        if minguo or (self.minguo_years and n >= _MINGUO_SHORT_MIN):
            return n + 1911 if n >= 1 else None
        # (26年6月交付 in 2025: a coming year; 77年 is last century's)
        return 2000 + n if 2000 + n <= self.ref.year + _YEARS_AHEAD else 1900 + n

    def _anniversary(self, g, anchor):
        """十年前的今天, 去年今天: the reference's month and day, so many years before."""
        n = to_int(g.get("ago") or "") if g.get("ago") else {"去": 1, "上": 1, "前": 2}[g["lasty"]]
        if not n:
            return None
        y, m, d = self.ref.year - n, self.ref.month, self.ref.day
        day = _safe_date(y, m, d) or _safe_date(y, m, d - 1)  # (29 February: the 28th)
        return (_one_day(day), "relative", REFERENCE) if day else None

    def _nth_weekday(self, g, anchor):
        """8月的最后一个周五, 5月第二个星期日: counted in the month (4月第一主日: its Sundays)."""
        if g.get("m2"):
            g = dict(g, y=g.get("y2"), m=g["m2"], last=g.get("last2"), n=g.get("n2"), wd="日")
        m = to_int(g["m"] or "") or 0
        if g.get("y"):
            y, basis = _year_of(g["y"] or ""), STATED
        else:
            y, basis = self._year_for(m, None, anchor)
        if not y or not 1 <= m <= 12:
            return None
        wd = _WEEKDAYS[g["wd"] or "一"]
        if g.get("last"):
            last = date(y, m, _last_day(y, m))
            day = last - timedelta(days=(last.weekday() - wd) % 7)
        else:
            first = date(y, m, 1)
            day = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * ((to_int(g["n"] or "") or 1) - 1))
            if day.month != m:
                return None
        return _one_day(day), DAY, basis

    _dot_md = _slash_md

    def _moon_night(self, g, anchor):
        """十五晚, 十六晚 (追月), 十四晚 (迎月): a night of Mid-Autumn, where the text speaks of it;
        in a story of the new year only (年初一去拜年，十五晚去睇花燈), 十五晚 is the Lantern
        Festival's night."""
        n = to_int(g.get("ln") or "") or {"追月": 16, "迎月": 14}.get(_simplified(g.get("zm") or ""), 0)
        if self.mid_autumn:
            return self._nearest_lunar(8, n, g)
        if self.new_year and n == 15:
            return self._nearest_lunar(1, n, g)
        return None

    def _lunar_end(self, d: int, anchor: Found | None) -> _R | None:
        """A day after a lunar day and a connector (農曆三月十九日至二十日, 三月初三至初五): the
        range's end, a later day of the same lunar month."""
        if anchor is None or anchor is not self.lunar_anchor or anchor.first != anchor.last:
            return None
        start = lunar_day(anchor.first)
        if start is None or not start < d <= 30:
            return None
        return _one_day(_shift(anchor.first, d - start))

    def _lunar_day(self, g, anchor):
        if (lunar := self._lunar_end(to_int(g["ld"] or "") or 0, anchor)) is not None:
            return lunar, DAY, anchor.basis if anchor is not None else REFERENCE
        named = self.lunar_named
        day = to_int(g["ld"] or "") or 0
        if named is not None and named[1] != 12 and named[2] <= day <= 30 and (
            named[0] == self.paragraph
            # (8月4日 周日→七月初一 / 8月5日 周一→初二: a calendar's next row, its cells apart by tabs)
            or (named[0] == self.paragraph - 1 and named[2] < day and "\t" in self.text)
        ):
            # 从五月初一到初五都有，正式比赛是初五那天: a day of the lunar month just named
            got = _shift(named[3], day - named[2])
            if got is not None and named[0] != self.paragraph:
                self.lunar_named = (self.paragraph, named[1], day, got)  # (the row under it goes on from it)
            return (_one_day(got), DAY, REFERENCE) if got is not None else None
        if not self.new_year:
            return None
        return self._nearest_lunar(1, to_int(g["ld"] or "") or 0, g)

    def _md(self, g, anchor):
        m, d = to_int(g["m"] or ""), to_int(g["d"] or "")
        y, basis = self._year_for(m or 0, d, anchor)
        r = _day(y, m, d)
        return (r, DAY, basis) if r else None

    def _m(self, g, anchor):
        m = to_int(g["m"] or "") or 0
        y, basis = self._year_for(m, None, anchor)
        r = _month_range(y, m, g.get("mpart"))
        return (r, r[2], basis) if r else None

    def _relpart(self, g, anchor):
        year = self.ref.year
        if (head := self._head_year()) is not None:
            year = head  # 2020 / 上半年，在疫情冲击下坚持复工复产: the head's year
        if g.get("half") and self.reviewed_year is not None:
            year = self.reviewed_year  # 我的2025 (年终总结) in February 2026: its 上半年 is 2025's
        if (
            (g.get("part") or "")[:1] in _YEAR_END_PARTS
            and self.ref.month <= _NEW_YEAR_MONTHS
            and _THOSE_DAYS_AFTER.match(self.text, self._end)
        ):
            year -= 1  # 比年底那几天好 on January 10th: the year-end just gone, pointed back at
        r = _year_range(year, g.get("part") or g.get("half"))
        return (r, "relative", REFERENCE) if r else None

    def _relmonth(self, g, anchor):
        if not g.get("d") and _EVERY_MONTH_CLAUSE.search(self.text, max(0, self.at - 32), self.at):
            return None  # 每月5日前报送上月接种进度: every month's last month, a routine
        y, m = _add_months(self.ref.year, self.ref.month, _REL_MONTH[g["relm"] or "本月"])
        month = self.topic_month
        if (
            _REL_MONTH[g["relm"] or "本月"] == -1
            and not g.get("d")
            and month is not None
            and month.paragraph == self.paragraph
            and (
                _COMPARED_BEFORE.search(self.text, max(0, self.at - 3), self.at) is not None
                or _WITH_BEFORE.search(self.text, max(0, self.at - 3), self.at) is not None
            )
        ):
            # 10月……较9月回落……较上月回落 on November 17th: the month before the one the
            # paragraph's figures are of, not the page's
            y, m = _add_months(month.year, month.month, -1)
        if g.get("d"):
            r = _day(y, m, to_int(g["d"] or ""))
            return (r, DAY, REFERENCE) if r else None
        if g.get("firstd"):  # 本月首18日: from the 1st to the 18th
            n = to_int(g["firstd"] or "") or 0
            last = _safe_date(y, m, n) if n > 1 else None
            return ((date(y, m, 1), last, PART, days_label(date(y, m, 1), last)), PART, REFERENCE) if last else None
        r = _month_range(y, m, g.get("mpart"))
        return (r, "relative", REFERENCE) if r else None

    def _monthpart(self, g, anchor):
        if g.get("endpart"):  # 本月中至下旬: the part of the month the range started in
            if anchor is None or anchor.granularity not in (MONTH, PART):
                return None
            r = _month_range(anchor.last.year, anchor.last.month, g["endpart"])
            return (r, PART, anchor.basis) if r else None
        if self.text[self.at : self._end] == "月末" and (
            _ANY_MONTH_END_BEFORE.search(self.text, max(0, self.at - 3), self.at)
            or _ANY_MONTH_END_AFTER.match(self.text, self._end)
        ):
            # 月末、季末和年底资金面紧, 不如盯月末, 多数在月末最后两三个交易日, 月末对账: the end of any
            # month, a round of the books or the market (我們月末搬家, 预计月末…: this month's)
            return None
        if (month := self._context_month()) is not None:
            y, m, stated = month.year, month.month, month.stated
        else:
            y, m, stated = self.ref.year, self.ref.month, False
        r = _month_range(y, m, g.get("mpart"))
        return (r, PART, STATED if stated else REFERENCE) if r else None

    def _relday(self, g, anchor):
        if _NAMED_RIGHT_AFTER.match(self.text, self._end):
            return None  # 自翌日即113年5月2日起: the date after 即 names the day, once
        if g["reld"] in _NEXT_DAY:  # the day after the date named last, else after the page's
            same = self.last is not None and self.last[0] == self.paragraph
            # (上星期六啱啱係正月十五… / 房間喺棚屋二樓… / 最正係翌日朝早…: a story told on through a
            # paragraph or two from a day gone by, its next day the one after it)
            told = (
                g["reld"] in _TOLD_NEXT_DAY
                # (not 蒸完隔天還是很Q, any day after the steaming; nor 隔天10日, its day said after it)
                and self.text[self.at - 1 : self.at] not in ("完", "后", "後", "了")
                and not self.text[self._end : self._end + 1].isdigit()
                and self.last is not None
                and 0 < self.paragraph - self.last[0] <= _NEXT_DAY_PARAGRAPHS
                and self.last[2].first == self.last[2].last
                and self.last[2].last < (self.posted or self.ref)
            )
            if (same or told) and self.last is not None and self.last[2].first == self.last[2].last:
                base = self.last[2].last
            elif _BRACKET_AFTER.match(self.text, self._end):
                base = self.ref  # 翌日（九月十八日）, 隔天（週日）: the bracket says which day
            else:
                return None  # a next day with no day before it in the paragraph
            day = _shift(base, 1)
            return (_one_day(day), "relative", REFERENCE) if day else None
        if g["reld"] in _TWO_DAYS:  # 明后天, 今明两天: both days
            first = _TWO_DAYS[g["reld"] or ""]
            a, b = _shift(self.posted or self.ref, first), _shift(self.posted or self.ref, first + 1)
            if a is None or b is None:
                return None
            return (a, b, DAY, days_label(a, b)), "relative", REFERENCE
        if (
            g["reld"] == "今天"
            and _COME_THIS_FAR.search(self.text, max(0, self.at - 3), self.at)
            and not _FROM_BEFORE.search(self.text, self._sentence_of(self.at)[0], self.at)
            and not _HOUR_AFTER.match(self.text, self._end)
        ):
            # 走到今天: come this far; 從7月宣布參選到今天, 直到今天凌晨三點, 拖到今天才剪完 and
            # 用到今天剛好一週 are a day
            return None
        if (
            g["reld"] == "今天"
            and self.text[self._end : self._end + 1] == "的"
            and _FORMERLY.search(
                self.text, max(0, self.at - _FORMERLY_REACH, *(self.text.rfind(c, 0, self.at) + 1 for c in "。！？!?")), self.at
            )
        ):
            return None  # 從前的年宵賣年花；今天的年輕檔主賣…: "nowadays", set against the past
        if (
            g["reld"] in _TONIGHT
            and self.night_before is not None
            and (self.posted is None or self.posted == self.ref)  # (not a reply's, stamped later)
            and _quoted_at(self.text, self.at)
            # (今日（17日）正值中秋… / 昨晚（16日）首晚… / 「…今晚真係企到腳軟」: a page of the day's own
            # night, which names the day itself, quotes tonight's words)
            and (
                not self.today_told
                # (港隊今日（24日）中午凱旋返港 … 隊長賽後說：「今晚大家證明了自己」: the game's night still)
                or self._said_after_event()
            )
        ):
            # 「但今晚大家證明了自己」 quoted from a game the page, written the morning after,
            # told of as 昨晚（23日）: that night, when the words were said
            return _one_day(self.night_before), "relative", REFERENCE
        # A reply's 今天 is the day it was posted, when its stamp says so; a tomorrow said on a
        # past day the sentence names is that day's (他12/30還傳訊息說「明天見」).
        base = self._said_on_day(g["reld"] or "") or self.posted or self.ref
        day = _shift(base, _REL_DAY[g["reld"] or "今日"])
        return (_one_day(day), "relative", REFERENCE) if day else None

    def _said_after_event(self) -> bool:
        """Is the quote this word stands in introduced as words said after the event (隊長賽後說：「…」)?"""
        opening = max(self.text.rfind(q, 0, self.at) for q in _QUOTE_OPENINGS)
        return opening > 0 and _SAID_AFTER_EVENT.search(self.text, max(0, opening - _SAID_AFTER_REACH), opening) is not None

    def _said_on_day(self, word: str) -> date | None:
        """The past day a coming day's word was said on (他12/30還傳訊息說「明天見」, 他前天還跟你
        說明天見): the day resolved last in this sentence, before a verb of saying right before the
        word; a tomorrow said then is the day after it, not the page's tomorrow."""
        if _REL_DAY.get(word, 0) <= 0 or self.last is None:
            return None
        paragraph, end, found = self.last
        if paragraph != self.paragraph or found.first != found.last or found.granularity != DAY:
            return None
        if found.last >= (self.posted or self.ref) or not 0 < self.at - end <= _SAID_REACH:
            return None
        return found.last if _SAID_RIGHT_BEFORE.match(self.text, end, self.at) else None

    def _week(self, g, anchor):
        if g.get("wbr") and (days := self._bracket_week(g["wbr"] or "", g.get("wrel") or "")) is not None:
            return days
        rel = g.get("wrel") or g.get("today")
        wd = g.get("wd") or g.get("wd2") or g.get("wd3") or g.get("wd5") or g.get("wd8")
        if rel is None and _HABIT.search(self.text, max(0, self.at - 8), self.at):
            return None  # 每次都在周三晚上: every Wednesday, not one
        if rel is None and self.week_plan and _SCHEDULE_LABEL.match(self.text, self.text.rfind("\n", 0, self.at) + 1):
            return None  # 工作日：…／周末：全天，但周日下午一定休息半天: a week's plan, row by row
        if rel is None and _FROM_THEN_ON.search(self.text, max(0, self.at - 8), self.at):
            return None  # 6月起周一中午不营业: every Monday from then on, a shop's new rule
        if rel is None and _USUALLY.search(self.text, max(0, self.at - 4), self.at):
            return None  # 通常星期二會特別多人: every Tuesday
        if rel is None and _FOND_OF.search(self.text, max(0, self.at - 6), self.at):
            return None  # 官方喜欢踩周三: the day someone is fond of, every such one
        if rel is None and wd != "末" and self._day_just_dated():
            return None  # 5月15号周三开的: the weekday of the day just dated, no other day
        if rel is None and _DAY_CLASS_BRACKET.search(self.text, max(0, self.at - 8), self.at):
            return None  # 平日（週一至週五）, 例假日（週六、週日及國定假日）: the kind of day a timetable runs
        if rel is None and _USUALLY_AFTER.match(self.text, self._end):
            return None  # 禮拜六通常也有開: what every Saturday is like
        if rel is None and self._weekday_label():
            return None  # Day1 周一：…, 週二：休館: a label before a colon heads a list line
        if rel is None and _AS_ON_BEFORE.search(self.text, max(0, self.at - 2), self.at) and _ROTA_AFTER.match(
            self.text, self._end
        ):
            return None  # 按周一排班出诊: "as on Mondays", the rota a swapped working day follows
        if rel is None and wd != "末" and _WEEKLY.search(self.text, self._sentence_of(self.at)[0], self.at):
            return None  # 每周更新一期，周五晚上8点见: the sentence gives a week's routine
        if (
            rel is not None
            and wd is None
            and _NEXT_WEEK_WORD.fullmatch(rel)
            and _WEEKLY.search(self.text, self._sentence_of(self.at)[0], self.at)
        ):
            return None  # 每周二上午10:00放出下一周号源: each week's release of the next week's
        if (
            rel is None
            and (wd or "").replace("天", "日") in self.weekly_days
            and not g.get("wd6")
            and _DATE_BRACKET_AFTER.match(self.text, self._end) is None
            and _REPORTED_ON.match(self.text, self._end) is None
            and _SEE_YOU.match(self.text, self._end) is None  # (谢谢老李，周六见~: that one day)
            # (我週三要上班 in a chat under 每週三拿出來: a person's own day, not the page's round)
            and _PERSON_BEFORE.search(self.text, max(0, self.at - 2), self.at) is None
        ):
            return None  # 每週一公休 … 週一是店休喔: the page's weekly day, every such day
        if rel is None and (
            _AVOID.search(self.text, max(0, self.at - 6), self.at) or _AVOID_AFTER.match(self.text, self._end)
        ):
            return None  # 唔好揀星期日去, 最好避开周末, 周末千万别去: advice for any such day
        if rel is None and self._from_now_on(wd):
            return None  # 以後週六不能去了, 3月22日後的週末: every one from then on
        if g.get("wd5") and not self._days_said(g):
            return None  # 週一至週五照常提供, 週二至週六 08:30-21:00: every week's days
        if rel is None and (
            _BEST_TIME.match(self.text, self._end)
            or _CROWD_GENERIC.match(self.text, self._end)
            or _ADVICE_AFTER.match(self.text, self._end)
        ):
            return None  # 周六去最好, 星期日晏晝人少啲: advice, a comparison, for any such day
        if rel is None and _OPENING_HOURS.match(self.text, self._end):
            return None  # 周一休息, 週二公休: a shop's week, not a day
        if rel is None and self.hours_row and _HOURS_ROW_AFTER.match(self.text, self._end):
            # 總館　週六 09:00～17:00（新館五樓不開放）, among the place's other rows: its hours, every
            # week (not 读书会　周六 14:00-16:00, one event's row)
            return None
        if rel is None and (closed := _CLOSED_LATER.match(self.text, self._end)) is not None and (
            closed.group("gap") is None
            or _WEEKDAY_WORD.search(closed.group("gap"))
            or _LISTED_BEFORE.search(self.text, max(0, self.at - 12), self.at)
        ):
            return None  # 週三晚診、週六下午及週日全天休診, 星期日亦係休息日: a clinic's week, its days off
        if rel is None and _CLASS_PERIODS.match(self.text, self._end):
            return None  # 周一第1-2节、周五第3-4节: a course's weekly periods, every week
        if rel is None and wd not in (None, "末") and self.text[max(0, self.at - 2) : self.at] in ("都是", "都系"):
            return None  # 兩個日子都是禮拜一: the weekday the days named fall on, said of them all
        if (
            rel is None
            and _EVEN_ON.match(self.text, self._end)
            and _DAILY.search(self.text, max(0, self.at - _HABIT_REACH), self.at)
        ):
            return None  # 日日朝早8點半開工，禮拜六都唔停: every day, Saturdays too
        if rel is None and _HOURS_LABEL.search(self.text, max(0, self.at - _HOURS_LABEL_REACH), self.at):
            return None  # 開館時間：週二至週六 08:30-21:00；週日 08:30-17:00: every week's Sunday
        if rel is None and self._in_rota():
            return None  # 我的轮换表：周一卤肉饭 周二番茄牛腩 周三…: a week's rota, every week
        if rel is None and wd == "末" and self._habitual_weekend(self._end):
            return None  # 每天加班，周末也要回消息: every weekend
        if (
            rel is None
            and wd == "六"
            and self.text[self._end : self._end + 1] == "日"  # not 星期六天气
            and self._habitual_weekend(self._end + 1)
        ):
            return None  # 以前星期六日都排隊: Saturdays and Sundays (HK), every weekend
        if rel is None and (
            _VERSUS_AFTER.match(self.text, self._end) or _VERSUS_BEFORE.search(self.text, max(0, self.at - 1), self.at)
        ):
            return None  # 周五晚上入住比周六便宜: the two kinds of day compared
        if rel is None and self._quoted_name():
            return None  # 「橘色星期六」主題日, “黑色星期五”, 「周末双倍掉落」: a name, not a day
        if rel is None and wd == "末" and (
            _PEOPLE_AT_LARGE.search(self.text, max(0, self.at - 6), self.at)
            or self.text[max(0, self.at - 3) : self.at] == "全明星"
        ):
            # 很多人週末補眠: what people do on weekends; 全明星周末: a league's event named so,
            # its days given after it
            return None
        told = self._told_then(rel)
        base = told if told is not None else self.ref
        monday = _shift(base, -base.weekday())
        if monday is None:
            return None
        monday = _shift(monday, 7 * _REL_WEEK.get(rel or "本", 0))
        # 預料風暴會在星期六減弱: a forecast's bare weekday is still to come (not the week a
        # past day just named, 上周五（10日）…; and the next one where this week's has gone by)
        coming = rel is None and wd not in (None, "末") and told is None and (
            _FUTURE_CLAUSE.search(self.text, max(0, self.at - 10), self.at) is not None
            or _MAY_COME.search(self.text, max(0, self.at - 6), self.at) is not None
            or _WILL_AFTER.match(self.text, self._end) is not None
            or _LATER_AGAIN.match(self.text, self._end) is not None
            or _SEE_YOU.match(self.text, self._end) is not None  # (禮拜五見: the one still to come)
            or _WAIT_FOR.search(self.text, max(0, self.at - 2), self.at) is not None  # (要等周四验完房)
            # (請於週四前向Ivan幹事報名: a deadline asked of the reader, the coming one)
            or (
                _ASKED_BY.search(self.text, max(0, self.at - 3), self.at) is not None
                and _DEADLINE_AFTER.match(self.text, self._end) is not None
            )
            # (今年打算错峰，周一晚上下班直接过去: a plan's bare weekday, still to come; not 明天要交报告，
            # 周一开会时…已经讲过了, nor 计划如下，我们周六：…)
            or (
                _PLAN_WEEKDAY.search(self.text, max(0, self.at - _PLAN_REACH), self.at) is not None
                and _DONE_BEFORE.search(self.text, max(0, self.at - 4), self.at) is None
                and _DONE_LATER.search(self.text, self._end, self._end + _PLAN_REACH * 2) is None
            )
        )
        if (
            rel is None
            and not coming
            and self.week is not None
            and self.paragraph - self.week_paragraph <= 1
            and _WAIT_FOR.search(self.text, max(0, self.at - 2), self.at) is None  # (等周末做: still to come)
        ):
            # 上週末…週六: the week just named, where the story goes on from the day named
            # (not 比上週日的人多……週四就已售罄: that is this week's Thursday)
            named = self.week
            first = _shift(named, 5) if wd == "末" else _shift(named, _WEEKDAYS.get(wd or "一", 0))
            if first is not None and self.week_from is not None and first >= self.week_from:
                monday = named
        dated = self.dated_weekdays.get(_WEEKDAYS["六" if wd == "末" else wd]) if rel is None and wd else None
        if dated is not None and abs((dated - self.ref).days) <= 7:
            # 週六(2/8)至週日(2/9)清晨最冷……下週一(2/10)……週六清晨最低溫: the Saturday dated
            # before, again (not the week named between)
            monday = _shift(dated, -dated.weekday()) or monday
        if rel is None and wd not in (None, "末") and not coming and (after := self._weekday_after_past_day(wd)) is not None:
            # 前天晚上住在宏村，周日早上五点起来…: the story goes on from the day it named just
            # before, to the next such weekday, still gone by
            monday = _shift(after, -after.weekday()) or monday
        if rel is None and wd not in (None, "末") and (inside := self._weekday_in_range_just_named(wd)) is not None:
            # 10月25日至28日，周五请一天假就凑出了四天: the Friday of the days just named
            monday = _shift(inside, -inside.weekday()) or monday
        elif rel is None and wd not in (None, "末") and (ahead := self._weekday_after_coming_day(wd)) is not None:
            # 兄弟明（30）日休兵，週二起移師台南: the story goes on from a day still to come, named
            # just before, to the next such weekday (not this week's, gone by)
            monday = _shift(ahead, -ahead.weekday()) or monday
        if rel is None and wd not in (None, "末") and (later := self._dated_weekday_after()) is not None:
            # 原本打算週四就請假出發，結果……最後還是10/25（五）一早才出發: the week of the day
            # the sentence goes on to date with its weekday (whatever the clause plans)
            monday = _shift(later, -later.weekday()) or monday
            coming = False
        if (
            rel is None
            and wd == "末"
            and told is None
            and monday == _shift(base, -base.weekday())
            and base.weekday() == 0
            and base == self.ref
            and not self._weekend_ahead()
            and _WEEKEND_DONE.match(self.text, self._end) is not None
        ):
            # 內地AI初創公司周末發布新模型 on a Monday: the weekend just gone, told as done
            # (周末會有雨, 周末去爬山 still to come)
            monday = _shift(monday, -7) or monday
        said = self._day_said(rel, wd) or self._that_day_is(rel, wd)
        if said is not None:
            monday = _shift(said, -said.weekday())  # 今年中秋是禮拜二: that day's week
        if monday is None:
            return None
        if wd == "末":
            a, b = _shift(monday, 5), _shift(monday, 6)
            if g.get("wbd") and a is not None:
                # 上週末（7、8日）: the weekend whose days the bracket gives, nearest the one the
                # word names
                days = [int(x) for x in re.findall(r"\d{1,2}", g["wbd"] or "")]
                near = [
                    s
                    for k in range(-3, 4)
                    if (s := _shift(a, 7 * k)) is not None and (s.day, (s + timedelta(days=1)).day) == tuple(days[:2])
                ]
                if near:
                    a = min(near, key=lambda s: abs((s - a).days))
                    b = a + timedelta(days=1)
        elif wd and g.get("wd4"):  # 下週五、六
            a, b = _shift(monday, _WEEKDAYS[wd]), _shift(monday, _WEEKDAYS[g["wd4"] or "日"])
        elif wd and g.get("wd9"):  # 週六至下週一: into the next week
            a, b = _shift(monday, _WEEKDAYS[wd]), _shift(monday, 7 + _WEEKDAYS[g["wd9"] or "日"])
        elif wd and (g.get("wd6") or g.get("wd7")):  # 週四至週五, 下周三到周日
            a = _shift(monday, _WEEKDAYS[wd])
            b = _shift(monday, _WEEKDAYS[g.get("wd6") or g.get("wd7") or "日"])
            if a is None or b is None or b <= a:
                return None  # 週五至週一 runs over the week's end: no one week's days
            listed = not any(c in self.text[self.at : self._end] for c in "至到~～-—")
            if listed and (b - a).days > 1:
                b = a  # 下週一和週三: two days apart, not a range; the first is dated
        elif wd:
            a = b = _shift(monday, _WEEKDAYS[wd])
            if coming and said is None and a is not None and (
                a < base or (a == base and _SEE_YOU.match(self.text, self._end) is not None)
            ):
                a = b = _shift(a, 7)  # (禮拜五見 said on a Friday: the next one)
            elif rel is None and not coming and said is None and a is not None and a > base and self._weekday_done():
                # 我週六去了台北, 我是週六早上出發的 on a Tuesday: the Saturday gone by, told as done
                a = b = _shift(a, -7)
            set_out = (
                self._set_out_day()
                if rel is None and said is None and _BACK_AFTER.match(self.text, self._end) is not None
                else None
            )
            if a is not None and set_out is not None and a < set_out:
                # 母親節前一天出發如何，禮拜天晚上再回來: the Sunday after the coming day the
                # sentence set out on, not this week's
                while a is not None and a < set_out:
                    a = _shift(a, 7)
                b = a
            named_ahead = self.ahead_weekdays.get(_WEEKDAYS[wd])
            # (周日那场: the demonstrative points back at the day named, even with this week's
            # Sunday still to come)
            pointed = _POINTED_BACK.match(self.text, self._end) is not None
            if (
                rel is None and said is None and a is not None and (a < base or pointed)
                and named_ahead is not None and 0 < (named_ahead - base).days <= _NAMED_WEEKDAY_REACH
            ):
                a = b = named_ahead  # 下個禮拜三（11日）… 喺禮拜三會議上: the Wednesday just named
        else:
            a, b = monday, _shift(monday, 6)
        if a is None or b is None:
            return None
        if a == b:
            return _one_day(a), "relative", REFERENCE
        return (a, b, PART, days_label(a, b)), "relative", REFERENCE

    def months_gone_by(self, start: int, last: date) -> bool:
        """Do two bare months read as next year's (1月到11月底 on December 26th) end nearer in
        this year, with no year said in their sentence before ``start``: the months just gone."""
        end = self._pick(lambda k: _safe_date(self.ref.year + k, last.month, last.day))
        return (
            end is not None
            and end.year == self.ref.year
            and _YEAR_SAID.search(self.text, self._sentence_of(start)[0], start) is None
        )

    def _set_out_day(self) -> date | None:
        """The single coming day, within two weeks of the page's, resolved last in this
        sentence with a departure after it (母親節前一天出發): a weekday come back on after it
        in the sentence goes on from it."""
        if self.last is None:
            return None
        paragraph, end, found = self.last
        if found.first != found.last or found.granularity != DAY or not self._in_sentence(paragraph, end):
            return None
        if not 0 < (found.first - self.ref).days <= _PLAN_DAYS:
            return None
        if _SET_OUT_AFTER.match(self.text, end) is None:
            return None
        return found.first

    def _done_after(self) -> bool:
        """The clause after the expression tells of it as done: 了 or 过, no word of the future."""
        done = _DONE_AFTER.match(self.text, self._end)
        return done is not None and _FUTURE_WORD.search(done.group(0)) is None

    def _weekday_done(self) -> bool:
        """A bare weekday's clause tells of something done: 了 or 过 after it with no word of
        the future between (週六出發了, 週日就開始塞了; not 週六就要放假了), 已 before it, or the
        是…的 that says when a thing happened (我是週六早上出發的)."""
        if _DONE_BEFORE.search(self.text, max(0, self.at - 4), self.at) is not None:
            return True
        if _COMING_SAID.search(self.text, self._sentence_of(self.at)[0], self.at) is not None:
            return False  # 明天下班就去问问，周六约了房东当面聊: a plan after a coming day, made already
        done = _WEEKDAY_DONE_AFTER.match(self.text, self._end)
        if done is not None and _FUTURE_WORD.search(done.group(0)) is None:
            return True
        return (
            self.text[max(0, self.at - 1) : self.at] == "是"
            and _SHI_DE_AFTER.match(self.text, self._end) is not None
        )

    def _in_rota(self) -> bool:
        """The word stands in a week's rota or menu, after its label (我的轮换表：周一… 周二…)."""
        if self._rota is None:
            label = _ROTA_LABEL.search(self.text)
            rota = label is not None and len(_BARE_WEEKDAYS.findall(self.text, label.end())) >= _ROTA_DAYS
            self._rota = label.end() if rota and label is not None else -1
        return 0 <= self._rota <= self.at

    def _day_just_named(self, wd: str, reach: int | None = None) -> tuple[int, Found] | None:
        """Where the single day named last in this paragraph ends, and it, when it stands just
        before this weekday (a story going on from it); else None."""
        if self.last is None or wd not in _WEEKDAYS:
            return None
        paragraph, end, found = self.last
        if paragraph != self.paragraph or found.first != found.last or found.granularity != DAY:
            return None
        return (end, found) if 0 < self.at - end <= (reach or _SAID_REACH) else None

    def _weekday_after_past_day(self, wd: str) -> date | None:
        """The first ``wd`` on or after a day of the last few, named just before in this
        paragraph, where that weekday is gone by too; else None."""
        # (3月9日凌晨两点，…爬起来帮忙把任务停掉，延迟在40分钟后回落。周日下午…: the story goes on
        # through a sentence or two of that night, and its Sunday is the one after)
        named = self._day_just_named(wd, _PAST_WEEKDAY_REACH)
        if named is None:
            return None
        end, found = named
        base = self.posted or self.ref
        if not 1 <= (base - found.first).days <= _PAST_DAY_REACH:
            return None
        if _PLAN_BETWEEN.search(self.text, end, self.at):
            return None  # (昨天晚上改公告了，第一個週末改成只有週日發放: a plan's day, still to come)
        day = _shift(found.first, (_WEEKDAYS[wd] - found.first.weekday()) % 7)
        return day if day is not None and day < base else None

    def _weekday_in_range_just_named(self, wd: str) -> date | None:
        """The ``wd`` inside a span of days named right before in this clause's sentence (``10月25日
        至28日，周五请一天假``), a week long at most; else None."""
        if self.last is None:
            return None
        paragraph, end, found = self.last
        if (
            paragraph != self.paragraph
            or found.granularity != DAY
            or not 1 <= (found.last - found.first).days <= _RANGE_WEEK_DAYS
            or not 0 < self.at - end <= _RANGE_WEEKDAY_REACH
            or _SENTENCE_END.search(self.text, end, self.at)
        ):
            return None
        day = _shift(found.first, (_WEEKDAYS[wd] - found.first.weekday()) % 7)
        return day if day is not None and day <= found.last else None

    def _weekday_after_coming_day(self, wd: str) -> date | None:
        """The first ``wd`` after a day of the next few, named just before in this paragraph,
        where this week's ``wd`` comes before that day; else None."""
        named = self._day_just_named(wd)
        if named is None:
            return None
        found = named[1]
        base = self.posted or self.ref
        if not 1 <= (found.first - base).days <= _PAST_DAY_REACH:
            return None
        this_week = _shift(base, _WEEKDAYS[wd] - base.weekday())
        if this_week is None or this_week >= found.first:
            return None
        if self._weekday_done() or _DONE_LATER.match(self.text, self._end, self._end + _PLAN_REACH * 2):
            return None  # (明天要交报告，周一开会时老板已经讲过了: a day gone by, told of as done)
        return _shift(found.first, (_WEEKDAYS[wd] - found.first.weekday()) % 7)

    def _day_just_dated(self) -> bool:
        """Does a written date of one day end right before this weekday, only spaces between
        (5月15号周三): the weekday restates that day's."""
        if self.last is None or self.last[0] != self.paragraph:
            return False
        end, found = self.last[1], self.last[2]
        # (明天周日, 聽日星期日: a relative day and its weekday are two words annotators count)
        return (
            found.precision == "day"
            and found.first == found.last
            and 0 <= self.at - end <= 2
            and not self.text[end : self.at].strip()
        )

    def _told_then(self, rel: str | None) -> date | None:
        """The day a week word was said on, where the text reports it being said then
        (2/28那天也有去。那時候她還跟我們說下週三要去…: the week after February 28th): the
        day resolved last, in this paragraph or the one before, with 那时候/当时 and a verb of
        saying before the week word in its sentence."""
        if rel is None or self.last is None:
            return None
        paragraph, _end, found = self.last
        # (a holiday named by its day, 二二八連假, is a day too)
        if self.paragraph - paragraph > 1 or found.first != found.last or found.precision not in ("day", "festival"):
            return None
        start = max(0, self.at - 20)
        cut = max(self.text.rfind(c, start, self.at) for c in "。！？!?；;")
        return found.first if _TOLD_THEN.search(self.text, max(start, cut + 1), self.at) else None

    def _days_said(self, g) -> bool:
        """A bare range of weekdays (週四至週五) is one week's days only where the text says
        what happens then, not what happens every week (週一至週五照常提供, 周二至周日：9:00);
        the working week (週一至週五) is every week's unless its dates follow in brackets."""
        said = _DAYS_SAID.match(self.text, self._end)
        if g.get("wd5") == "一" and g.get("wd6") == "五":
            return bool(said) and said.group().lstrip(" \t\u3000")[:1] in "(（"
        # (颱風最接近台灣的時間為週四至週五: a forecast's days, named by what comes before them)
        return bool(said) or _FORECAST_DAYS_BEFORE.search(self.text, max(0, self.at - _FORECAST_DAYS_REACH), self.at) is not None

    def _day_said(self, rel: str | None, wd: str | None) -> date | None:
        """The day a bare weekday is said of (今年中秋是禮拜二, 開幕日為週六): the day just
        resolved in this paragraph, with only 是/為 between them."""
        if rel is not None or not wd or wd == "末" or self.last is None:
            return None
        paragraph, end, found = self.last
        if paragraph != self.paragraph or found.first != found.last or not 0 < self.at - end <= 8:
            return None
        return found.first if _SAID_OF.match(self.text[end : self.at]) else None

    def _that_day_is(self, rel: str | None, wd: str | None) -> date | None:
        """The day just named, where the text says what weekday it falls on (北京站那天正好周五):
        the last single day resolved, when it is that weekday."""
        if rel is not None or not wd or wd == "末":
            return None
        if not _THAT_DAY_BEFORE.search(self.text, max(0, self.at - 6), self.at):
            return None
        return next((d for d in reversed(self.named_days) if d.weekday() == _WEEKDAYS[wd]), None)

    def _festival(self, g, anchor):
        name = g["f"] or ""
        if name == "春晚" and _WATCHED.search(self.text, max(0, self.at - 3), self.at):
            return None  # 吃年夜饭、看春晚, 不爱看春晚了: the show watched, no night of the story
        if not (g.get("rel") or g.get("y")) and _FEAST_LIKED.search(self.text, max(0, self.at - 5), self.at):
            return None  # 小時候最怕冬至, 我最喜歡過中秋: the festival as such, every year's, no day
        if name == "跨年" and (
            not (g.get("rel") or g.get("y"))
            or _SHOW_AFTER_CROSSING.match(self.text, self._end)
            or self.text[self._end : self._end + 1] in ("度", "龄", "区", "省", "市")  # (2024年跨年度预算)
        ):
            return None  # 一起跨年, 跨年演唱會: the activity, a show's name; 去年跨年 is that night
        if name.startswith("情人") and _simplified(self.text[max(0, self.at - 2) : self.at]) == "白色":
            return None  # 白色情人節: White Day (14 March), not Valentine's
        sfx = g.get("hol") or g.get("sfx")
        if sfx == "疏运期间":
            sfx = "期间"  # 春節疏運期間: the holiday's stretch, as 春節期間 is
        named = self._lunar_year(g)
        if named is None and g.get("rel") in _THAT_YEAR_WORDS:
            return None  # 那年中秋 with no year named before it: no day to give
        if (
            g.get("rel") == "这个"
            and (last := self.last_in_year) is not None
            and self.paragraph - last[0] <= 1
            and last[2].last.year < self.ref.year
        ):
            # 2021年我在新疆支教。那年中秋…，这个中秋节让我…: that year's, pointed back at
            named = (last[2].last.year, REFERENCE)
        if named is not None and not g.get("rel"):  # a year the text gave, not 今年/去年
            self.festivals.setdefault(fold_festival(name), named)
        elif named is None and not self.stated_ref and fold_festival(name) in self.festivals:
            # With no page date to count from, a festival whose year the text gave before
            # (2025年央視春晚 … 春晚的彩排, 春節假期) is that occasion, not the one nearest a
            # guessed reference date.  With a page date, a retrospective (1990年那屆春晚)
            # must not pull the story's own festival back.
            named = self.festivals[fold_festival(name)]
        # 國慶日 on a Taiwan page is Double Tenth, not October 1st
        day_of = "双十节" if self.taiwan and name in ("国庆", "国庆日") else name
        if self.taiwan and name == "父亲节":
            day_of = "台湾父亲节"  # 父親節 on a Taiwan page: August 8th (八八節)
        if self.taiwan and name == "儿童节":
            day_of = "台湾儿童节"  # 兒童節 on a Taiwan page: April 4th (with 清明, the spring long weekend)
        if name == "除夕" and not g.get("y"):
            # 平安夜、除夕及元旦日: New Year's Eve listed with Christmas Eve or before New Year's
            # Day, and so again further on (並於除夕晚上加開…) while no sentence
            # speaks of the lunar new year (跨年煙花…，去年除夕主城炸服了 is the lunar eve's)
            left, right = self._sentence_of(self.at)
            sentence = _simplified(self.text[left:right])
            near = _simplified(self.text[max(0, self.at - _EVE_LIST) : self.at]) + "除夕"
            after = "除夕" + _simplified(self.text[self._end : self._end + _EVE_LIST])
            if _LUNAR_NEW_YEAR.search(sentence):
                self.solar_eve = False
            elif self.solar_eve or _SOLAR_NEW_YEAR.search(near) or _SOLAR_NEW_YEAR.search(after):
                self.solar_eve = True
                day_of = "大除夕"
        in_month = None
        if (mrel := g.get("mrel")) and named is None:
            # 上個月中秋節: that month's festival, whichever year puts it there (else the
            # festival as if its month were not named: the text's month is loose)
            step = -1 if mrel.startswith("上") else 1 if mrel.startswith("下") else 0
            y, m = _add_months(self.ref.year, self.ref.month, step)
            in_month = next(
                (d for k in (y, y - 1, y + 1) if (d := festival_date(day_of, k)) and (d.year, d.month) == (y, m)),
                None,
            )
        if in_month is not None:
            first, basis = in_month, REFERENCE
        elif named is not None:
            y, basis = named
            first = festival_date(day_of, y)
        elif (near := self._near_stated_day(lambda k: festival_date(day_of, k))) is not None:
            # 2026年2月27日亮灯……元宵节（3月3日）: that year's (taken from the date, not stated with it)
            first, basis = near, REFERENCE
        elif (fy := self._feast_year(lambda k: festival_date(day_of, k))) is not None and (
            first := festival_date(day_of, fy)
        ) is not None:
            basis = REFERENCE  # 今年春节我就是没抢到，大年三十晚上才…: the eve of the new year named
        elif day_of in FESTIVAL_NEW_YEAR and self.ref.month >= 9:  # 春节, 除夕 in the autumn: the coming
            basis = REFERENCE
            first = self._pick(lambda k: festival_date(day_of, self.ref.year + 1 + k), lunar=True)
        else:  # this year's, unless that is far away: 春节 in a November story is next year's
            basis = REFERENCE
            first = self._pick(lambda k: festival_date(day_of, self.ref.year + k))
        if first is None:
            return None
        if named is None and in_month is None and basis == REFERENCE:
            day_in = partial(festival_date, day_of)
            if (listed := self._after_listed_festival(day_in, first)) is not None:
                first = listed  # 明年清明前后可以吃蒜苗，端午前后收蒜头: the next of a plan's festivals
            elif day_of in FESTIVAL_NEW_YEAR and (soon := self._soon_after_last(day_in, first)) is not None:
                first = soon  # 二食堂去年腊月二十三就关了。除夕晚上…: the eve after the day just told of
        span = HOLIDAY_DAYS.get(name, 1) if sfx in _HOLIDAY_WORDS else 1
        if name in PERIODS:
            span = PERIODS[name][2]
        if g.get("hday"):
            span = 1  # 春节假期最后一天（2月4日）: one day of the holiday, its bracket's
        if nth := g.get("nth"):  # 国庆第二天, 国庆首日: the n-th day from the festival's
            if nth != "首日":
                first = _shift(first, (to_int(nth[1:-1]) or 1) - 1)
            span = 1
            if first is None:
                return None
        last = _shift(first, span - 1)
        if last is None:
            return None
        label = days_label(first, last)
        return (first, last, DAY, label), "festival", basis

    def _holiday_side(self, g, anchor):
        """节前, 节后: dated only by the bracket that follows (see :func:`resolve`)."""
        return _one_day(self.ref), "festival", REFERENCE

    def _day(self, g, anchor):
        d = to_int(
            g.get("d") or g.get("dh") or g.get("dht") or g.get("dhc") or g.get("dc") or g.get("dc1") or g.get("dr") or ""
        )
        if not d or not 1 <= d <= 31:
            return None
        if _MONTHLY_SPAN_BEFORE.search(self.text, max(0, self.at - 12), self.at):
            return None  # 每月20日至25日为扣费期: every month's days, no one day
        r, basis = self._day_of_context(d, anchor)
        if r and g.get("d2"):  # 7、8日: that day and the next
            last = r[0] + timedelta(days=1)
            return (r[0], last, DAY, days_label(r[0], last)), DAY, basis
        return (r, DAY, basis) if r else None

    # -- context --------------------------------------------------------------------------
    def remember(self, found: Found, kind: str) -> None:
        """What a bare day, weekday or lunar day after this date will count from."""
        self.lunar_anchor = found if kind == "lunar" else None
        if found.first == found.last and kind != "week":
            self.named_days = [*self.named_days[-(_NAMED_DAYS_KEPT - 1) :], found.first]
        if found.first == found.last == self.ref and not _quoted_at(self.text, found.start):
            self.today_told = True
        if found.first == found.last == _shift(self.ref, -1) and (
            self.text[found.start : found.start + 2] in ("昨晚", "昨夜") or _NIGHT_AFTER.match(self.text, found.end)
        ):
            self.night_before = found.first  # 昨晚（23日）, 12月8日晚: the story's night, the page's eve
        if kind in _FEAST_DAYS and found.first == found.last:
            self.feast = (self.paragraph, found.end, found)
        # (今年春节我就是没抢到，大年三十晚上才…: a festival named with its year, this one's too)
        if kind == "festival" and _simplified(self.text[found.start : found.start + 2]) in _FEAST_YEARS:
            self.feast_year = (found.first.year, self.paragraph, found.end, found.first)
        if kind == "festival" and found.basis == STATED and found.first == found.last:
            self.feast_stated = (found.first.year, self.paragraph, found.end, found.first)
        # 本月中旬 names the reference's month (…，5月還將: this year's May); 上月底 names
        # none that a bare day after it (11日下午) belongs to
        this_month = kind == "relmonth" and (found.first.year, found.first.month) == (
            self.ref.year,
            self.ref.month,
        )
        # (a span of months, 2023年3月-6月, names its last month for the rows under it)
        span = (found.last - found.first).days
        # (与去年12月29日至31日那次过程相比，…20日…: a past event the story is compared with names no
        # month for the days after it)
        # (only a date of another year: 与9月28日相比，29日…, a day compared with the one before it,
        # keeps its month)
        compared = (
            _COMPARED_WITH.search(self.text, max(0, found.start - 1), found.start) is not None
            and _COMPARED_AFTER.match(self.text, found.end) is not None
            and _OTHER_YEAR_WORD.match(self.text, found.start) is not None
        )
        if compared:
            lo, hi = self.compared
            self.compared = (min(lo, found.start) if lo <= found.start <= hi else found.start, found.end)
        if (kind in _NAMES_A_MONTH or this_month) and (span < 62 or (found.granularity == MONTH and span < _MONTHS_SPAN_DAYS)):
            at = found.last if found.last.month != found.first.month else found.first
            self.month = _Month(
                at.year, at.month, found.basis == STATED, self.paragraph, found.end, found.last
            )
            if (
                found.first.month == found.last.month
                and _COMPARED_BEFORE.search(self.text, max(0, found.start - 3), found.start) is None
            ):
                self.topic_month = self.month  # (10月社零……较9月: the month the figures are of)
        # (聽日（16日）, 下週一（23日）: a coming day its bracket names, which a reply's 16號 repeats)
        # (本月23日全天停駛 … a reply's 23號那天: the day named with this month)
        # (端午節連續假期將從8日至10日 … 為分散車流，8日至10日…: a bare day said to be still to come
        # this month, said again further on; a forecast's day, 13日至14日，北方将有…, does not hold a
        # later reported 13日，市政府宣布…, which is last month's)
        coming = (
            kind == "day"
            and (found.first.year, found.first.month) == (self.ref.year, self.ref.month)
            and (
                _FUTURE_BEFORE.search(self.text, max(0, found.start - 4), found.start) is not None
                # (老闆說25日會再發一筆 … a reply's 25日那筆入帳前: the coming day said again)
                or _WILL_RIGHT_AFTER.match(self.text, found.end) is not None
            )
        )
        named = kind in _NAMES_A_MONTH or kind == "relmonth" or coming or (
            kind in ("relday", "week", "festival")
            and (
                _BRACKET_DAY.match(self.text, found.end) is not None
                or _BRACKET_DAY.search(self.text, found.start, found.end) is not None
            )
        )
        if kind == "week" and found.first == found.last and self.ref < found.first:
            self.ahead_weekdays[found.first.weekday()] = found.first
        elif (
            found.first == found.last
            and self.ref < found.first
            and (
                _DAY_WITH_WEEKDAY.search(self.text, max(found.start, found.end - 12), found.end) is not None
                or _DAY_WITH_WEEKDAY.match(self.text, max(0, found.end - 1)) is not None
            )
        ):
            # 1月19日（周日）17:00 WHL vs BLU … 周日那场必看: a coming day named with its weekday,
            # which a bare weekday after it repeats
            self.ahead_weekdays.setdefault(found.first.weekday(), found.first)
        if found.granularity == DAY and named and self.ref < found.first and (
            (found.last - found.first).days < _AHEAD_SPAN
        ):
            day = found.first
            while day <= found.last:
                self.ahead.setdefault(day.day, (day.year, day.month, found.basis == STATED))
                day += timedelta(days=1)
        if kind == "festival" and found.first == found.last and _BRACKET_MONTH.search(self.text, found.start, found.end):
            # 中秋节（9月10日）一早出发，12号晚上回: the bracket named the month the plan goes on in
            self.month = _Month(
                found.first.year, found.first.month, found.basis == STATED, self.paragraph, found.end, found.last
            )
        if self.planned:
            self.planned = False  # (consumed by the date just resolved, whatever its kind)
            self.month = _Month(
                found.first.year, found.first.month, False, self.paragraph, found.end, found.last
            )
        if kind == "week" and found.first == found.last and self.month is not None:
            # 较去年11月……下周二发布会后……7月18日开售: a day of a week counted from the page
            # brings the story back to the page's months, away from the month named before
            self.month = _Month(
                found.first.year, found.first.month, False, self.paragraph, found.end, found.last
            )
        if (
            kind != "week"
            and found.basis == STATED
            and found.granularity == DAY
            and (self.paragraph, found.start) > (self.week_paragraph, self.week_end)
        ):
            # 下周一年廿九半日市 (a headline), then the dateline 2026/02/13: the story's bare
            # 周五 is the dateline's week, no longer the one the headline spoke of
            self.week = None
        for m in _WEEKDAY_WITH_DAY.finditer(self.text, found.start, found.end):
            if self.text[max(0, m.start() - 1) : m.start()] in ("上", "下"):
                continue  # (上周六（3月16日）…周六开幕: another week's, and this week's Saturday after)
            wd = _WEEKDAYS[m.group(1)]
            for k in range(((found.last or found.first) - found.first).days + 1):
                if (day := _shift(found.first, k)) is not None and day.weekday() == wd:
                    self.dated_weekdays[wd] = day
        if kind == "week":
            self.week = _shift(found.first, -found.first.weekday())
            self.week_from = found.first
            self.week_paragraph = self.paragraph
            self.week_end = found.end
        if (
            found.granularity == YEAR
            and found.first.month == 1
            and found.last.month == 12
            # (not a decade, 民國80年代, nor a year compared with, 比去年多: no time of the clause)
            and found.first.year == found.last.year
            and not _COMPARED_YEAR.search(self.text, max(0, found.start - 2), found.start)
            # (nor a year that names a thing of its time, 民國85年的賀伯颱風, or that a clause
            # says something was, 上次主辦是民國109年: the clause's own time is not that year)
            and not _YEAR_OF_A_THING.match(self.text, found.end)
            # (or when a thing began, 呢間2019年開嘅粥舖: the shop's year, not the clause's)
            and not _BEGAN_THEN.match(self.text, found.end)
            and not _YEAR_AS_PREDICATE.search(self.text, max(0, found.start - 2), found.start)
        ):
            self.year = (found.first.year, found.basis, self.paragraph, found.end)


#: A year then the verb of a thing's beginning and 的 (民國89年開的那家, 2015年成立的公司, 1990年出生的):
#: when something began, long before the page.
# (Cantonese 嘅 for 的: 2019年開嘅粥舖)
_BEGAN_THEN = compile_rule(r"[ \t\u3000]*(?:开|开业|开张|成立|创立|创办|建|建成|出生|生|入行|开始)(?:的|嘅)")
#: A year before 的 and a noun (民國85年的賀伯颱風, 2019年的那场雪): it names a thing of that time.
_YEAR_OF_A_THING = compile_rule(r"[ \t\u3000]*(?:的(?![时候])|嘅(?!时候))")
#: A year as what a clause says something was (上次是民國109年, 首届为2015年).
_YEAR_AS_PREDICATE = compile_rule(r"(?:是|为|系)[ \t\u3000]*$")
#: … and a year said to be when a month-day was (去年是4月10日送审): the day's year.
_YEAR_IS_DAYS = compile_rule(r"[ \t\u3000]*(?:都是|也是|就是|是|为|系)[ \t\u3000]*")
#: What brings a clause back to the page's own time (这次, 今年, 目前): a year named before it is
#: no longer the clause's.
_BACK_TO_NOW = compile_rule(r"这次|此次|今次|本次|这回|今年|如今|(?<![出表体实发])现在|目前|眼下")  # (not 出现在, 表现在, 体现在)
#: A time of the day right after a day (今天凌晨三点, 今天下午): the day itself is meant.
_HOUR_AFTER = compile_rule(r"[ \t\u3000]*(?:凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|夜里|深夜|\d{1,2}[点时:])")
#: What sets a year up as a comparison's base (比去年多, 較去年同期, 相比2023年): the clause's
#: own time is not that year.
_COMPARED_YEAR = compile_rule(r"(?:比|较|相比|同比|相较|比起)[ \t\u3000]*$")
#: Paragraphs back that 那年 ("that year") may point to the year last named.
_THAT_YEAR_REACH = 2
# 那年, and Cantonese 嗰年 (which the Simplified conversion writes 𠮶年): "that year"
_THAT_YEAR_WORDS = frozenset({"那年", "嗰年", "𠮶年"})
#: A day's figure in brackets after a word that names it (聽日（16日）, 週五（20日）).
_DAY_WITH_WEEKDAY = compile_rule(r"[日号\d][ \t\u3000]*[(（](?:周|星期|礼拜)?[一二三四五六日天][)）]")
_POINTED_BACK = compile_rule(r"[ \t\u3000]*(?:那|这)(?:场|天|日|次|一场|一天|晚)")
_NAMED_WEEKDAY_REACH = 14  # days ahead a weekday named with its day may be, for a bare one to repeat it
_BRACKET_DAY = compile_rule(r"[（(][ \t\u3000]*\d{1,2}[ \t\u3000]*[日号]?[ \t\u3000]*[)）]")
#: The longest span of coming days remembered for a bare day that repeats one of them.
_AHEAD_SPAN = 31
#: The end of a range of bare days (29日至31日): its day.
_DAY_RANGE_END = compile_rule(r"[ \t\u3000]*(?:至|到|～|~|—|–|-)[ \t\u3000]*(\d{1,2})[日号]")
# Kinds that name a month: a bare day after them (到了14日) is in that month.
_NAMES_A_MONTH = frozenset(
    {"numeric", "english", "minguo", "minguo_bare", "minguo_slash", "mrange", "mdrange", "ymd", "ym", "slash_ym", "dot_ym", "md",
     "m", "relyear", "twrel", "slash_md", "dot_md", "nth_weekday"}
)  # fmt: skip
# The first year of each reign or era a Chinese text may date by.
_ERAS = {"光绪": 1875, "宣统": 1909, "同治": 1862, "咸丰": 1851, "道光": 1821, "嘉庆": 1796,
         "乾隆": 1736, "雍正": 1723, "康熙": 1662, "明治": 1868, "大正": 1912, "昭和": 1926,
         "平成": 1989, "令和": 2019, "顺治": 1644,
         # the Ming reigns (明永乐十三年（1415年）, 萬曆年間 has no year and is no date)
         "洪武": 1368, "建文": 1399, "永乐": 1403, "洪熙": 1425, "宣德": 1426, "正统": 1436, "景泰": 1450,
         "天顺": 1457, "成化": 1465, "弘治": 1488, "正德": 1506, "嘉靖": 1522, "隆庆": 1567, "万历": 1573,
         "天启": 1621, "崇祯": 1628,
         # the Song's, and a few of the Tang's and the Yuan's (元丰三年（1080年）)
         "建隆": 960, "开宝": 968, "太平兴国": 976, "雍熙": 984, "端拱": 988, "淳化": 990, "至道": 995, "咸平": 998,
         "大中祥符": 1008, "天禧": 1017, "乾兴": 1022, "天圣": 1023, "景祐": 1034, "宝元": 1038, "康定": 1040, "庆历": 1041,
         "皇祐": 1049, "嘉祐": 1056, "熙宁": 1068, "元丰": 1078, "元祐": 1086, "绍圣": 1094, "元符": 1098, "崇宁": 1102,
         "宣和": 1119, "靖康": 1126, "建炎": 1127, "隆兴": 1163, "淳熙": 1174, "绍熙": 1190, "嘉泰": 1201, "开禧": 1205,
         "端平": 1234, "嘉熙": 1237, "淳祐": 1241, "宝祐": 1253, "景定": 1260, "咸淳": 1265, "贞观": 627, "永徽": 650,
         "元和": 806, "至正": 1341}  # fmt: skip


#: The day after the one named before (翌日, 次日, 隔天): counted from it, not from the page.
_NEXT_DAY = frozenset({"翌日", "次日", "隔天", "隔日"})
_BRACKET_AFTER = rule_cache.compile(r"[ \t\u3000]*[(（]")
_MID_AUTUMN_WORDS = compile_rule(r"中秋|月饼|赏月|追月|迎月|八月十五")
# A Traditional page that names Hong Kong or speaks Cantonese is no Taiwan page (its National
# Day, 國慶, is October 1st as on the mainland).  Simplified forms: the texts are converted.
_HONG_KONG = compile_rule(r"香港|港府|港岛|九龙|新界|特区|港铁|港元|港币|立法会|[嘅咗啲冇]|係咪|唔係")
# A deity's birthday (天上聖母聖誕, 關聖帝君聖誕, 觀音菩薩聖誕), as temple notices write it: on such
# a page a bare 聖誕 is that lunar day, which the notice dates itself, not Christmas.
_DEITY_BIRTHDAY = compile_rule(
    r"(?:圣母|帝君|大帝|上帝|菩萨|佛祖|妈祖|王爷|娘娘|夫人|真人|天尊|仙师|祖师|元帅|土地公|恩主公|千岁|星君|天后|观音)"
    r"[ \t\u3000]*圣诞(?!节)"
)
_NEW_YEAR_WORDS = compile_rule(
    r"春节|过年|新年|除夕|大年|正月|拜年|农历|年夜饭|团圆饭|红包|腊月|小年夜|春运|元宵|天公生"
    # (Hong Kong's new-year days and customs: 年初一至初三, 年廿九, 年三十晚, 挥春, 年宵市场; not 2023年初一项,
    # 五年三十家, 这些年宵夜, 福利是)
    r"|(?<![今去明前0-9〇一二三四五六七八九十])年初[一二三四五六七八九十](?![月季项个年号日])"
    r"|(?<![0-9〇一二三四五六七八九十])年廿[一二三四五六七八九]"
    r"|(?<![0-9〇一二两三四五六七八九十几多])年三十(?![0-9一二三四五六七八九十家个名人万岁元多年])"
    r"|挥春|年宵(?:市场|花市|摊位|档)"
)
# 2023/07/14(五)-11/30(四): a weekday in brackets may stand before the connector, and so may
# the part of the day the range starts in (15日夜间至17日, 3日晚至5日: one span of weather).
_GAP_HEAD = (  # (a weekday's bracket and the part of the day the range starts in)
    rf"^{SPACE}(?:[(（](?:周|星期|礼拜)?[一二三四五六日天][)）])?{SPACE}"
    rf"(?:夜间|夜里|晚间|晚上|白天|早上|上午|中午|下午|傍晚|凌晨|清晨|早晨|深夜|晚|早)?{SPACE}"
)
# (1 February 2025 to 12 February 2025: an English range's word between its ends)
_GAP_TAIL = rf"{SPACE}(?:起|开始)?{SPACE}(?:{CONNECTOR}|(?<=[ \t])(?:to|until|till)(?=[ \t])){SPACE}$"
_CONNECTOR = compile_rule(_GAP_HEAD + _GAP_TAIL)
# … and the hour it starts at, where a calendar day ends it (2026年7月16日（星期四）22:00至7月17日,
# 三月十五日（星期六）晚上十一時至三月十六日: one stoppage; 除夕晚間11時至初一 stays two days)
_TIMED_CONNECTOR = compile_rule(
    _GAP_HEAD
    # (2026年1月10日00:00:00 — 2026年2月8日: with its seconds too)
    + rf"(?:\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?|(?:\d{{1,2}}|[{CN_NUMERALS}]{{1,3}})[时点](?:\d{{1,2}}分|[{CN_NUMERALS}]{{1,3}}分|半)?)"
    + _GAP_TAIL
)
_TIMED_GAP = 16  # the longest such gap: （星期六）晚上十一時至
# What stands between a school term and the span the page gives it (寒假自1月21日至2月10日).
# (寒假时间为1月20日至2月14日: the term's dates under their word)
# (寒假时间初步定为1月18日至2月16日: the dates as first planned)
_TERM_SPAN = compile_rule(
    r"^[ \t\u3000]*(?:时间|日期|期间)?[ \t\u3000]*"
    r"(?:(?:初步|暂|拟|预计)?(?:定为|定于|定在|安排为|安排在)|自|从|由|为|是|[:：])?[ \t\u3000]*$"
)


def _spanned_terms(texts: list[str], matches: list[list[Match]]) -> list[list[Match]]:
    """A school term whose span the page states (寒假自1月21日至2月10日止) is the name of that
    span: the span is the event, and the term's bare mentions (寒假期間, 寒假返校日) are no
    second, vaguer one.  A term the page gives no span (今年暑假, 暑假的托管班) stays."""
    matches = [
        _label_names(text, _labelled_days(text, _started_terms(text, ms)))
        for text, ms in zip(texts, matches, strict=True)
    ]
    spanned: set[str] = set()
    for text, ms in zip(texts, matches, strict=True):
        for k, m in enumerate(ms[:-2]):
            a, b = ms[k + 1], ms[k + 2]
            if (
                m.kind == "vacation"
                and not m.groups.get("dang")
                and a.kind in _POINT_KINDS
                and _TERM_SPAN.match(text[m.end : a.start])
                and _CONNECTOR.match(text[a.end : b.start])
            ):
                spanned.add(m.groups.get("v") or "")
    if not spanned:
        return matches
    return [
        [
            m
            for m in ms
            if not (
                m.kind == "vacation"
                and m.groups.get("v") in spanned
                and not (m.groups.get("y") or m.groups.get("rel") or m.groups.get("dang"))
            )
        ]
        for ms in matches
    ]


# A term's start as the page gives it (暑期档将于7月上旬开启, 寒假從1月20日開始): what stands
# between the term and its day, and what the day does.
_START_GAP = compile_rule(r"^[ \t\u3000]*(?:将|会|已|预计|计划)?[ \t\u3000]*(?:于|从|自)[ \t\u3000]*$")
_STARTS = compile_rule(r"[ \t\u3000]*(?:正式)?(?:开始|开启|启动|拉开|开跑|展开|揭幕)")


_LABEL_GAP = compile_rule(r"^[ \t\u3000]*[:：][ \t\u3000]*$")


def _labelled_days(text: str, ms: list[Match]) -> list[Match]:
    """A festival that labels the days after its colon (中秋节、国庆节：10月1日至8日放假, a
    holiday notice's row) names them: the days are the event, the label no second one."""
    drop = {
        k
        for k, m in enumerate(ms[:-1])
        if m.kind == "festival"
        and (ms[k + 1].kind in _POINT_KINDS or ms[k + 1].kind in ("mdrange", "mrange"))
        and _LABEL_GAP.match(text[m.end : ms[k + 1].start])
    }
    return [m for k, m in enumerate(ms) if k not in drop] if drop else ms


# A line's heading label: list marks before it, a few more words after the date word, then
# its colon or bar (春節期間開放說明：…, ▎週末駐館示範｜…).
_HEAD_MARKS = rule_cache.compile(r"[ \t\u3000▎▍▌■□◆◇●○★☆▲△►▶•·*＊\-]*")
_HEAD_REST = rule_cache.compile(r"[\u4e00-\u9fff]{2,10}[ \t\u3000]*[：｜|]|[\u4e00-\u9fff]{2,10}:(?![0-9])")
_HEAD_REACH = 16
_WORD_DAYS = frozenset({"festival", "vacation", "week"})


def _label_names(text: str, ms: list[Match]) -> list[Match]:
    """A holiday, break or weekend word that opens a line's heading label with more words of
    the label after it (春節期間開放說明：除夕至初二…休館, ▎週末駐館示範｜…) names the topic of
    the line, whose own dates follow the label: the word is no event of its own (as 寒假： is
    not).  A weekend only before a bar: before a colon it may open a commenter's name."""
    drop: set[int] = set()
    for k, m in enumerate(ms[:-1]):
        if m.kind not in _WORD_DAYS or any(c.isdigit() for c in text[m.start : m.end]):
            continue
        start = text.rfind("\n", max(0, m.start - _HEAD_REACH), m.start) + 1
        if start == 0 and m.start > _HEAD_REACH:
            continue
        if not _HEAD_MARKS.fullmatch(text, start, m.start):
            continue
        rest = _HEAD_REST.match(text, m.end)
        if rest is None or (m.kind == "week" and text[rest.end() - 1] not in "｜|"):
            continue  # (周末去爬山的小陈：请问…: before a colon a weekend may open a commenter's name)
        nxt = ms[k + 1]
        if nxt.start >= rest.end() and "\n" not in text[rest.end() : nxt.start]:
            drop.add(k)
    return [m for k, m in enumerate(ms) if k not in drop] if drop else ms


def _started_terms(text: str, ms: list[Match]) -> list[Match]:
    """A bare term (暑期档, 寒假, no year of its own) whose start the sentence gives at once
    (暑期档将于7月上旬开启) is the subject of that day: the day is the event, the term no
    second, vaguer one (as 春运从1月14日开始 names no event of its own)."""
    drop: set[int] = set()
    for k, m in enumerate(ms[:-1]):
        a = ms[k + 1]
        if (
            m.kind == "vacation"
            and not (m.groups.get("y") or m.groups.get("rel"))
            and a.kind in _POINT_KINDS
            and _START_GAP.match(text[m.end : a.start])
            and _STARTS.match(text, a.end)
        ):
            drop.add(k)
    return [m for k, m in enumerate(ms) if k not in drop] if drop else ms


_POINT_KINDS = frozenset({"numeric", "ymd", "ym", "slash_ym", "dot_ym", "y", "md", "m", "day", "english", "relyear",
                          "minguo", "lunar", "monthpart", "lunar_new_year", "slash_md",
                          "quarter", "season", "era", "lunar_day", "festival", "dot_md",
                          "minguo_bare", "minguo_slash", "relday", "relpart", "week", "relmonth", "days_ago",
                          "that_year", "that_month",
                          # (今（9）日至明（10）日, November 10 – November 26: ranges of these too)
                          "twrel", "english_md"})  # fmt: skip
_FIGURES = frozenset({"slash_md", "dot_md"})
_BARE_WEEKDAY = rule_cache.compile(r"[ \t\u3000]*[(（][一二三四五六日天][)）]")
# A range's two weekdays in one bracket: （星期六、日）, (周六至周日)
_TWO_WEEKDAYS = compile_rule(
    r"[ \t\u3000]*[(（](?:周|星期|礼拜)?[一二三四五六日天][、和及至到~～\-](?:周|星期|礼拜)?[一二三四五六日天][)）]"
)
# 國曆4月4日, 公历10月1日: a word that says the date is solar belongs to it
_GREGORIAN_BEFORE = compile_rule(r"(?:国历|公历|阳历|新历)$")
_COMMON_ERA_BEFORE = compile_rule(r"(?:公元|西元)$")
_GREGORIAN_KINDS = frozenset({"md", "mdrange", "ymd", "ym", "slash_ym", "m", "slash_md", "dot_md", "numeric"})
_YEAR_WORDS = frozenset({"relyear", "years_ago"})
_NAMED_YEARS = frozenset({"era", "minguo", "minguo_bare", "minguo_slash"})  # a reign's or the Minguo calendar's
# Days written as a calendar's month and day (not 今（24）日, a relative day).
_CALENDAR_DAYS = frozenset({"md", "ymd", "relyear", "numeric", "slash_md", "dot_md", "english",
                            "minguo", "minguo_bare", "minguo_slash"})  # fmt: skip
_TITLE_REACH = 30  # the longest title a date is looked for in
# A bracket right after a range naming the holidays it is (（聖誕及新年假期）, (春節連假)): festival
# names, their joins and holiday words, nothing else (not （圣诞当天休息）, （除夕和初一停诊）).
# (longest first, then by name: the rule's text never depends on a set's order, so it is kept once)
_HOLIDAY_NAME = "|".join(
    re.escape(n) for n in sorted({*FESTIVAL_NAMES, "圣诞", "新年", "春节", "元旦"}, key=lambda n: (-len(n), n))
)
_HOLIDAY_NAMED = compile_rule(
    rf"[ \t\u3000]*[(（]((?:{_HOLIDAY_NAME})节?(?:[及和与、](?:{_HOLIDAY_NAME})节?)*(?:假期|假|连假|长假)?)[)）]"
)
# The lunar new year's name, right before a day of its first month (春节初一).
_SPRING_FESTIVAL_END = compile_rule(r"春节$")
_OPEN_BRACKET = "(（"
_CLOSE_BRACKET = ")）"
_WEEKDAY_GAP = rule_cache.compile(r"[ \t\u3000]*[（(]?$")
# Days named by a word that a bracketed date may follow: 本周一(9月25日), 大年初二（11日）.
# A bracket after a named day, opened with the word that says its date is solar (農曆三月
#二十三日（國曆5月9日）): the same bracket as a bare one.
# (（即9月25日）: the bracket says what day the word means)
# (元宵（今年係2月24號）: the bracket says this year's day; its 今年 is no event of its own)
_SOLAR_BRACKET = compile_rule(
    r"[ \t\u3000]*[(（][ \t\u3000]*(?:即|亦即|今年系|今年是)?[ \t\u3000]*(?:国历|公历|阳历|新历)?[ \t\u3000]*"
)
_YEAR_IN_BRACKET_AFTER = compile_rule(r"[系是][ \t\u3000]*\d{1,2}[ \t\u3000]*月")


#: … and after a date, the bracket of the lunar or festival day it is (2月9日（农历除夕）).
# (or what the day is said to be: （即係年初一）, （也就是除夕）)
_LUNAR_BRACKET = compile_rule(
    r"[ \t\u3000]*[(（][ \t\u3000]*(?:即系|即是|即|亦即|也就是|就是)?[ \t\u3000]*(?:农历|阴历)?[ \t\u3000]*"
)


#: A festival's count of days off before its bracketed range (元旦三天（1月1日至3日）, 國慶4天
#:連假（10月10日至13日）): the range is the holiday's, one expression with the name.
_DAYS_BRACKET = compile_rule(
    r"(?:[一二两三四五六七八九十]|[0-9]{1,2})[天日](?:假期|长假|连假|小长假|假)?[ \t\u3000]*[(（][ \t\u3000]*"
)


# Kinds that name a month or a day of one, without a year (3月, 3月8日, 3月初, 3月至5月).
_MONTH_DAY_KINDS = frozenset({"m", "md", "monthpart", "mrange", "mdrange"})
# (春节后首个交易日（2月5日）: the first working day after it, which its bracket dates)
_DAYS_FROM_THEN_BRACKET = compile_rule(
    r"(?:[前后][一两二三][天日]|(?:首个|第一个|最后一个)(?:交易日|工作日))[ \t\u3000]*[(（][ \t\u3000]*"
)
_PART_THEN_BRACKET = compile_rule(r"(?:晚上?|下午|上午|早上|中午|当晚|当天|当日)[ \t\u3000]*[(（][ \t\u3000]*")


# … or the bracket goes on to name the day too (年廿九（2月16日，除夕）, （5日，星期六）) and then closes.
_NAME_THEN_CLOSE = compile_rule(r"[，,、][ \t\u3000]*[\u4e00-\u9fff]{1,6}[ \t\u3000]*[)）]")


def _bracket_close(text: str, end: int) -> int | None:
    """Where the bracket whose date ends at ``end`` closes (just after it), if it closes there
    or after one more name of the same day; None where it holds more."""
    if text[end : end + 1] in _CLOSE_BRACKET and text[end : end + 1]:
        return end + 1
    more = _NAME_THEN_CLOSE.match(text, end)
    return more.end() if more is not None else None


def _swapped_day(day: date, named: date) -> date | None:
    """``day`` read the other way round (12/7 as the 12th of July), in the year that puts it
    nearest ``named``, if it then falls on ``named``'s weekday; else None."""
    options = [
        x
        for k in (-1, 0, 1)
        if (x := _safe_date(named.year + k, day.day, day.month)) is not None and x.weekday() == named.weekday()
    ]
    return min(options, key=lambda x: abs((x - named).days)) if options else None


# A word quoted whole after a verb that talks of the word (没有“年三十”, 叫做「小年」).
_MENTION_BEFORE = compile_rule(r"(?:没有|无|叫做?|称为|称作|所谓|并非|不是|不叫)[ \t\u3000]*$")


# Words a reader is told to say or ask, in quotes (少问“今天开心吗”，多问“今天谁跟你玩了”).
_ADVISED_ASK = compile_rule(r"(?:少|多|常|别|不要|可以|要|经常|常常|每天|总是?)(?:问|说)[ \t\u3000]*[“「『]$")
_ADVISED_REACH = 6


def _word_mentioned(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is quoted whole after a verb that talks of the word itself."""
    return (
        start > 0
        and text[start - 1] in _OPEN_QUOTES
        and text[end : end + 1] in _CLOSE_QUOTES
        and text[end : end + 1] != ""
        and _MENTION_BEFORE.search(text, max(0, start - 1 - 4), start - 1) is not None
    )


# A rota's or a menu's label before its weekdays (我的轮换表：周一卤肉饭 周二番茄牛腩 周三咖喱鸡).
# (本周课表：周二…: this week's own days, no rota)
_ROTA_LABEL = compile_rule(r"(?<!本周)(?<!这周)(?:轮换|轮值|值日|值班|排班|课程?|菜|食谱|作息|时间)(?:表|单)[ \t\u3000]*[:：]")
_BARE_WEEKDAYS = compile_rule(r"(?<![上下本这每])(?:周|星期|礼拜)[一二三四五六日天]")
_ROTA_DAYS = 3
_WAIT_FOR = compile_rule(r"等到?$")
_PLAN_BETWEEN = compile_rule(r"改成|改为|改到|将|会|要|预计|打算|计划|准备")
_PAST_WEEKDAY_REACH = 80  # characters back to that day, in the same paragraph
_PAST_DAY_REACH = 3  # days back a story's named day (前天) may lie for a bare weekday to go on from it
_TONIGHT = frozenset({"今晚", "今夜"})
# A night's word right after its day (12月8日晚, 8日晚上).
_NIGHT_AFTER = compile_rule(r"[ \t\u3000]*(?:晚|夜|深夜)")
_OPEN_QUOTES = "「『“"
_CLOSE_QUOTES = "」』”"


_QUOTE_REACH = 200  # characters back a quotation that holds a word may have opened


def _quoted_at(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation (「…」, “…”) opened before it in ``text``, not
    far back (read within a window, so that a long paragraph costs no more per word)."""
    before = text[max(0, at - _QUOTE_REACH) : at]
    return sum(before.count(c) for c in _OPEN_QUOTES) > sum(before.count(c) for c in _CLOSE_QUOTES)


def _bracket_opens(text: str, start: int, end: int) -> bool:
    """Does only an opening bracket (and 國曆) stand between ``start`` and ``end``?"""
    return start < end and _SOLAR_BRACKET.fullmatch(text, start, end) is not None


# Days a bare day in the same sentence may be said of (年三十係9號): festivals and lunar days.
_FEAST_DAYS = frozenset({"festival", "lunar_new_year", "lunar", "lunar_day"})
_NAMED_DAYS = frozenset(
    {"week", "relday", "lunar_new_year", "lunar", "lunar_day", "festival", "holiday_side", "vacation", "moon_night",
     "anniversary", "english_wd"}
)


def _nearest_day(day: Found, word: Found) -> Found | None:
    """Bare day ``day`` in the month before, of or after the one ``word`` names,
    whichever is nearest to it; the basis is the word's."""
    options = [
        x
        for k in (-1, 0, 1)
        if (x := _safe_date(*_add_months(word.first.year, word.first.month, k), day.first.day))
    ]
    if not options:
        return None
    best = min(options, key=lambda x: abs((x - word.first).days))
    return replace(day, first=best, last=best, label=best.isoformat(), basis=word.basis)


def _days_near(days: Found, word: Found) -> Found:
    """A bracket's bare days (年初一至年初三（10日至12日）) in the month nearest the days the
    words name, as a single bracketed day is (:func:`_nearest_day`)."""
    a = _nearest_day(replace(days, last=days.first), word)
    b = _nearest_day(replace(days, first=days.last), word)
    if a is None or b is None or b.first < a.first:
        return days
    label = days_label(a.first, b.first)
    return replace(days, first=a.first, last=b.first, label=label, basis=word.basis)


_WEEKDAY_CLOSING = compile_rule(r"[，,、][ \t\u3000]*(?:星期|周|礼拜)([一二三四五六日天])[)）]")


def _own_weekday_closes(text: str, at: int, day: date) -> re.Match[str] | None:
    """The weekday of ``day`` closing a bracket at ``at`` (``、周二）``), if it is that day's."""
    m = _WEEKDAY_CLOSING.match(text, at)
    return m if m is not None and _WEEKDAYS[m.group(1)] == day.weekday() else None


_CHANGED_FROM = rule_cache.compile(
    r"(?:postponed|extended|changed|moved|rescheduled|delayed|deferred|brought forward|shifted|advanced|put back)"
    r"[ \t]+from[ \t]+$",
    re.IGNORECASE,
)
_ENGLISH_TO = rule_cache.compile(r"[ \t](?:to|until|till)[ \t]")
_CHANGED_REACH = 40


def _range_gap(text: str, a: Found, b: Match) -> bool:
    if _CHANGED_FROM.search(text, max(0, a.start - _CHANGED_REACH), a.start) and _ENGLISH_TO.search(text, a.end, b.start):
        return False  # (postponed from 14 June 2024 to 21 June 2024: the day it was, then the day it is)
    return (
        # a named weekday ends a range of days (周六（5日）至下周日（13日）)
        (b.kind in _POINT_KINDS or (b.kind == "week" and a.granularity == DAY))
        and (
            (b.start - a.end <= 10 and bool(_CONNECTOR.match(text[a.end : b.start])))
            or (
                # (今晚10時起至明日上午9時: a shelter's night, one span of relative days too)
                (b.kind in _CALENDAR_DAYS or (b.kind == "relday" and a.precision == "relative"))
                and b.start - a.end <= _TIMED_GAP
                and bool(_TIMED_CONNECTOR.match(text[a.end : b.start]))
            )
        )
    )


def resolve(
    matches: list[Match],
    ref: date,
    text: str = "",
    resolver: _Resolver | None = None,
) -> list[Found]:
    """Turn matches into dated ranges against ``ref``; matches that are no dates drop out.

    With ``text`` (the paragraph), ``A至B`` becomes one event and a week named with its
    date in brackets (``本周一(9月25日)``) takes that date.  ``resolver`` carries the month
    last named from one paragraph to the next.
    """
    if resolver is None:
        resolver = _Resolver(ref)
        resolver.start_paragraph(text)
    out: list[Found] = []
    kinds: list[str] = []
    swallowed = 0  # where the bracket of the last named day closed: what it holds is said
    for match in matches:
        if match.start < swallowed:
            continue
        prev = out[-1] if out else None
        anchor = prev if prev and text and _range_gap(text, prev, match) else None
        if anchor is None and match.groups.get("tail") is not None:
            continue  # 1/3-1/2's 1/2: a range's end whose start was no date
        if text and _in_book_title(text, match.start, match.end):
            continue  # 《七月未完》: a title's words, not a date
        if text and _word_mentioned(text, match.start, match.end):
            continue  # 没有“年三十”, 所謂「小年」: the word itself talked of, no day
        if text and _ADVISED_ASK.search(text, max(0, match.start - _ADVISED_REACH), match.start) is not None:
            continue  # 少问“今天开心吗”: the words a reader is told to say, on any day
        found = resolver.resolve(match, anchor)
        if (
            prev is not None
            and match.kind == "lunar_day"
            and kinds[-1] == "festival"
            and prev.end == match.start
            and prev.first == prev.last
            and _SPRING_FESTIVAL_END.search(text, prev.start, prev.end) is not None
            and (day := _shift(prev.first, (to_int(match.groups.get("ld") or "") or 1) - 1)) is not None
        ):
            # 農曆春節初一至初五: the festival says whose first month the day is, one expression
            out[-1] = replace(prev, end=match.end, first=day, last=day, precision=DAY, granularity=DAY, label=day.isoformat())
            kinds[-1] = "lunar_day"
            resolver.lunar_anchor = out[-1]
            continue
        if (
            found is None
            and match.kind == "day"
            and prev is not None
            and kinds[-1] in _NAMED_DAYS
            and prev.first == prev.last
            and text
            and _bracket_opens(text, prev.end, match.start)
            and (d := to_int(match.groups.get("d") or "")) is not None
        ):
            # 1月25日至2月4日…其中年初二（30日）: the bracket's bare day is the named day's, in
            # its month, not in the month the text named last (no 2月30日)
            options = [
                x for k in (-1, 0, 1) if (x := _safe_date(*_add_months(prev.first.year, prev.first.month, k), d))
            ]
            if (best := min(options, key=lambda x: abs((x - prev.first).days), default=None)) is not None:
                found = replace(prev, start=match.start, end=match.end, first=best, last=best, label=best.isoformat(), explicit=False)
        if found is None:
            continue
        if (
            prev is not None
            and match.kind == "festival"
            and kinds[-1] == "relmonth"
            and prev.end == found.start
            and prev.granularity == MONTH
            and prev.first <= found.first <= prev.last
        ):
            # 下月中秋節（10月6日）: the month word only says which festival; the event is its day
            out.pop()
            kinds.pop()
            prev = out[-1] if out else None
        if (
            prev is not None
            and match.kind == "festival"
            and found.start == prev.end
            and prev.granularity == DAY
            and prev.first == prev.last
            # (下月1日國慶日當天: a day counted from this month, the festival's own)
            and (kinds[-1] in _CALENDAR_DAYS or (kinds[-1] == "relmonth" and found.first == prev.first))
        ):
            continue  # 12月31日除夕倒數: the festival's name says what the date is, no more
        if (
            prev is not None
            and match.kind == "festival"
            and text[prev.end : found.start] == "的"
            and prev.granularity == DAY
            and prev.first <= found.first <= prev.last
        ):
            continue  # 113年4月4日至7日的清明連假: the days named first are the holiday's, one event
        if (
            anchor is not None
            and prev is not None
            and found.last < prev.first
            and match.kind in _FIGURES
            and kinds[-1] in _FIGURES
        ):
            out.pop()  # 1/3-1/2: figures that run backwards are fractions, not dates
            kinds.pop()
            continue
        if (
            anchor is not None
            and prev is not None
            and found.explicit
            and not prev.explicit
            and prev.basis == REFERENCE
            and kinds[-1] in ("md", "slash_md", "dot_md")
        ):
            # 12月31日至2025年1月1日: the end states the year, and so the start's
            start = _safe_date(found.first.year, prev.first.month, prev.first.day)
            if start is not None and start > found.last:
                start = _safe_date(found.first.year - 1, prev.first.month, prev.first.day)
            if start is not None:
                prev = replace(prev, first=start, last=start, label=start.isoformat(), basis=STATED)
        if (
            anchor is not None
            and prev is not None
            and kinds[-1] == match.kind == "m"
            and prev.basis == found.basis == REFERENCE
            and prev.first.year == found.last.year == resolver.ref.year + 1
            and resolver.months_gone_by(prev.start, found.last)
        ):
            # 1月到11月底 on December 26th: two bare months dated by the range's end, the months
            # just gone (its start alone would be the coming January)
            prev = replace(prev, first=_years_later(prev.first, -1), last=_years_later(prev.last, -1))
            found = replace(found, first=_years_later(found.first, -1), last=_years_later(found.last, -1))
        if (
            anchor is not None
            and prev is not None
            and match.kind == "quarter"
            and kinds[-1] == "quarter"
            and prev.basis == STATED
            and found.basis == REFERENCE
            and found.first.year != prev.first.year
            and found.first.replace(year=prev.first.year) >= prev.first
        ):
            # 2025 年第二季度至第三季度: the end's quarter is of the year the start names
            years = prev.first.year - found.first.year
            first, last = _years_later(found.first, years), _years_later(found.last, years)
            label = found.label.replace(str(found.first.year), str(first.year), 1)
            found = replace(found, first=first, last=last, basis=STATED, label=label)
        if (
            anchor is not None
            and prev is not None
            and match.kind == "week"
            and not match.groups.get("wrel")
            and found.first == found.last < prev.first
        ):
            # 明日至週五 said on a Sunday: the Friday after the start, the next week's
            day = _shift(found.first, 7)
            if day is not None:
                found = replace(found, first=day, last=day, label=day.isoformat())
        if (
            anchor is not None
            and prev is not None
            and found.last >= prev.first
            # 明日至週五: a bare weekday ends a range within its week, never a month on
            and not (match.kind == "week" and not match.groups.get("wrel") and (found.last - prev.first).days > 6)
        ):
            end = found.end
            label = range_label(prev.label, found.label)
            found = Found(
                prev.start,
                end,
                prev.first,
                found.last,
                prev.precision,
                prev.granularity,
                label,
                prev.explicit and found.explicit,
                STATED if STATED == prev.basis == found.basis else REFERENCE,
            )
            out[-1] = found
            start_kind, kinds[-1] = kinds[-1], match.kind
            if start_kind == "lunar" and match.kind in ("day", "lunar_day"):
                kinds[-1] = "lunar"  # 農曆三月十九日至二十日: lunar days, which a bracket may date
            if (
                len(out) > 1
                and kinds[-2] in _NAMED_DAYS
                and (
                    _bracket_opens(text, out[-2].end, found.start)
                    or (kinds[-2] == "festival" and _DAYS_BRACKET.fullmatch(text, out[-2].end, found.start) is not None)
                )
                and found.start > out[-2].end
                and text[found.end : found.end + 1]
                and text[found.end : found.end + 1] in _CLOSE_BRACKET
            ):
                # 春节假期（1月28日至2月4日）: the bracket holds the range, and decides; the
                # year the name was given with is the range's (2025年春運（1月14日至2月22日）)
                named = out[-2]
                if start_kind == match.kind == "day":
                    found = _days_near(found, named)
                if named.basis == STATED != found.basis:
                    k = named.first.year - found.first.year
                    if k:
                        a, b = _years_later(found.first, k), _years_later(found.last, k)
                        label = days_label(a, b)
                        found = replace(found, first=a, last=b, label=label)
                    found = replace(found, basis=STATED)
                elif found.basis != STATED and named.last.year != found.last.year:
                    # 去年春節疏運期間（1月24日至2月2日）: the name's relative year is the range's
                    k = named.last.year - found.last.year
                    a, b = _years_later(found.first, k), _years_later(found.last, k)
                    found = replace(found, first=a, last=b, label=days_label(a, b))
                out[-2:] = [replace(found, start=named.start, end=found.end + 1)]
                kinds[-2:] = [match.kind]
        elif (
            prev is not None
            and (
                kinds[-1] in _YEAR_WORDS
                or kinds[-1] in _NAMED_YEARS
                # (2024年（民國113年）: the year, then its Minguo name)
                or (kinds[-1] == "y" and match.kind in _NAMED_YEARS and prev.first == found.first)
            )
            and prev.granularity == YEAR
            and found.granularity == YEAR
            and found.explicit
            and text
            and text[prev.end : found.start].strip(" \t\u3000") in _OPEN_BRACKET
            and found.start > prev.end
            and text[found.end : found.end + 1] in _CLOSE_BRACKET
            and text[found.end : found.end + 1] != ""
        ):
            # 去年（113年）, 兩年前（2023年）: the bracket states the year the word counts to;
            # 道光十年（1830年）, 民國六十八年（1979年）: the year another calendar names, said again
            out[-1] = replace(found, start=prev.start, end=found.end + 1)
            kinds[-1] = match.kind
        elif (
            prev is not None
            and kinds[-1] == "relmonth"
            and match.kind == "m"
            and prev.granularity == found.granularity == MONTH
            and prev.first.month == found.first.month
            and text
            and text[prev.end : found.start].strip(" \t\u3000") in _OPEN_BRACKET
            and found.start > prev.end
            and text[found.end : found.end + 1] in _CLOSE_BRACKET
            and text[found.end : found.end + 1] != ""
        ):
            # 上月（6月）: the bracket names the month the word counts to, one expression
            out[-1] = replace(prev, end=found.end + 1)
        elif (
            prev is not None
            and prev.granularity == YEAR
            and text[prev.end - 1 : prev.end] in _CLOSE_BRACKET
            and text[prev.end - 1 : prev.end] != ""
            and found.start == prev.end
            and match.kind in _MONTH_DAY_KINDS
            and prev.first.year == prev.last.year
        ):
            # 民國27年（1938年）3月: the month of the year its bracket said again, one expression
            k = prev.first.year - found.first.year
            a, b = _years_later(found.first, k), _years_later(found.last, k)
            label = f"{a.year}{found.label[4:]}" if found.label[:4].isdigit() else found.label
            out[-1] = replace(found, start=prev.start, first=a, last=b, label=label, basis=prev.basis)
            kinds[-1] = match.kind
            resolver.remember(out[-1], kinds[-1])
        elif (
            prev is not None
            and kinds[-1] in _NAMED_DAYS
            and not (match.kind == "week" and kinds[-1] == "relday")  # 隔天（週日）: its weekday
            and text
            and (
                _bracket_opens(text, prev.end, found.start)
                # (本週六晚（11月2日）: a weekday's part of the day, then the bracket that dates it)
                # (元旦前一天（12月31日）: a day counted from a festival, which its bracket dates)
                or (kinds[-1] == "festival" and _DAYS_FROM_THEN_BRACKET.fullmatch(text, prev.end, found.start) is not None)
                # (年廿九晚（1月28日）: a lunar day's or a festival's night, then its bracket)
                or (
                    kinds[-1] in ("week", "lunar", "lunar_day", "lunar_new_year", "festival")
                    and _PART_THEN_BRACKET.fullmatch(text, prev.end, found.start) is not None
                )
                or (
                    kinds[-1] == "festival"
                    and match.kind == "mdrange"
                    and _DAYS_BRACKET.fullmatch(text, prev.end, found.start) is not None
                )
            )
            and found.start > prev.end
            and (closed := _bracket_close(text, found.end)) is not None
            and found.granularity == DAY
        ):
            # 本周一(9月25日): the bracketed date wins, and the two are one event.  A bare
            # day (下週二（14日）, 冬至(21日)) is the one nearest the day the word names.
            if match.kind == "day":
                found = _nearest_day(found, prev) or found
            elif (
                match.kind == "slash_md"
                and kinds[-1] == "week"
                and prev.first == prev.last
                and found.first.weekday() != prev.first.weekday()
                and (swapped := _swapped_day(found.first, prev.first)) is not None
            ):
                # 本周六（12/7） on a Hong Kong page of July: the 12th of July, the Saturday the
                # word names, not the 7th of December (a Sunday): the day first, as Hong Kong writes
                found = replace(found, first=swapped, last=swapped, label=swapped.isoformat())
            elif (
                kinds[-1] == "festival"
                and match.kind in ("md", "slash_md", "dot_md")
                and (
                    found.first.year != prev.first.year
                    # (七夕（8.29）said in December: next year's, the year it falls on that day)
                    or (
                        prev.basis != STATED
                        and found.first != prev.first
                        and not _festival_on(text[prev.start : prev.end], found.first)
                    )
                )
            ):
                # 去年清明（4/4）: the bracket names the day, the word its year: the day's
                # year nearest the word's day (HK 除夕（12月31日）, New Year's Eve, said near the
                # lunar eve of February, is the December before it)
                days = [
                    d
                    for k in (-1, 0, 1)
                    if (d := _safe_date(prev.first.year + k, found.first.month, found.first.day))
                ]
                # (今年除夕（1/28）said in December: the year whose eve falls on that day, the
                # lunar year still running, not the nearest January 28th)
                on_day = [d for d in days if _festival_on(text[prev.start : prev.end], d)]
                if len(on_day) == 1 and not _OTHER_YEAR_WORD.search(text, prev.start, prev.end):
                    days = on_day  # (not 去年清明（4/4）: its year is the word's)
                if days:
                    day = min(days, key=lambda d: abs((d - prev.first).days))
                    found = replace(found, first=day, last=day, label=day.isoformat())
            elif (
                kinds[-1] in ("lunar", "lunar_day")
                and match.kind in ("md", "slash_md", "dot_md")
                and prev.first == prev.last
                and found.first != prev.first
                and found.basis != STATED
                and (day := _year_of_lunar_day(found.first, prev.first)) is not None
            ):
                # 农历十月初八（公历11月16日）: the year in which the two are the same day
                found = replace(found, first=day, last=day, label=day.isoformat())
            elif kinds[-1] == "festival" and match.kind == "lunar" and prev.basis == STATED and found.basis != STATED:
                # 民國72年的中秋節（農曆八月十五）: the bracket says what day the festival is, the
                # word gave its year
                found = replace(found, first=prev.first, last=prev.last, label=prev.label, basis=STATED)
            elif kinds[-1] == "festival" and match.kind == "mdrange" and found.last.year != prev.last.year:
                # 去年春节假期（1月21日至27日）: the bracket names the days, the word their year
                k = prev.last.year - found.last.year
                a, b = _years_later(found.first, k), _years_later(found.last, k)
                found = replace(found, first=a, last=b, label=days_label(a, b))
            if kinds[-1] == "festival" and prev.basis == STATED and found.first.year == prev.first.year:
                found = replace(found, basis=STATED)  # 2026年元宵节（3月3日）: the word's year is stated
            # (七夕（8月19日）前后: the bracket closes the expression, the shortest span that
            # names the day; twenty-one texts end it there, eleven take 前后 in)
            end = closed
            swallowed = closed  # (年廿九（2月16日，除夕）: the bracket's 除夕 is this day's name)
            # (农历十月初八（公历11月16日）周一: the day's weekday after its bracket says the same
            # day again, no event of its own; annotators leave it out of the surface)
            weekday = _SPACED_WEEKDAY.match(text, closed) if found.first == found.last else None
            if weekday is not None and _WEEKDAYS.get(weekday.group(1)) == found.first.weekday():
                swallowed = weekday.end()
            if (
                prev.first != prev.last
                and found.first == found.last
                and prev.first <= found.first
                # (上週末（28日）: the one day of the weekend the bracket gives, not the weekend)
                and not (
                    kinds[-1] == "week"
                    and found.first <= prev.last
                    and text[prev.end - 1 : prev.end] == "末"
                    and text[prev.end : found.start].strip(" \t\u3000") in ("(", "（")
                    and not any(c in text[found.start : found.end] for c in "、,，和及")  # (週末（25、26日）)
                )
            ):
                # 今晚至明日（年廿九）: the bracket names the range's end
                found = replace(prev, last=max(prev.last, found.last))
            out[-1] = replace(found, start=prev.start, end=end)
            if kinds[-1] == "week" and found.first == found.last:
                # 周三（5日）起……周末: the bracket dated the weekday, and so its week, which a
                # bare weekday after it goes on in (not the week the word alone would name)
                resolver.week = _shift(found.first, -found.first.weekday())
                resolver.week_from = found.first
                resolver.week_paragraph = resolver.paragraph
            kinds[-1] = match.kind
        elif (
            prev is not None
            and match.kind in _NAMED_DAYS
            and match.kind != "week"
            # (a named day too where the two agree: 上星期六（即係年初一）)
            and (kinds[-1] not in _NAMED_DAYS or (found.first == found.last == prev.first))
            and prev.granularity == DAY
            and prev.first == prev.last
            and text
            and _LUNAR_BRACKET.fullmatch(text, prev.end, found.start) is not None
            and found.start > prev.end
            and (
                (text[found.end : found.end + 1] in _CLOSE_BRACKET and text[found.end : found.end + 1] != "")
                or _own_weekday_closes(text, found.end, prev.first)
            )
        ):
            # 2023年1月20日（年廿九）, 2月24日（元宵節）: the date names the day, the bracket
            # only says what day it is; one event, the date's.  (1月28日（农历除夕、周二）: and
            # the weekday it falls on, as a holiday notice adds)
            tail = _own_weekday_closes(text, found.end, prev.first)
            out[-1] = replace(prev, end=tail.end() if tail else found.end + 1)
            swallowed = out[-1].end
        elif (
            prev is not None
            and match.kind == "festival"
            and kinds[-1] in ("lunar", "lunar_day", "lunar_new_year")
            and text
            and text[prev.end : found.start] in _OPEN_BRACKET
            and found.start > prev.end
            and text[found.end : found.end + 1] in _CLOSE_BRACKET
            and text[found.end : found.end + 1] != ""
            and found.first == prev.first == prev.last
        ):
            # 腊月二十三（小年）: the lunar day, and the festival it is in its bracket; one event
            out[-1] = replace(prev, end=found.end + 1)
        elif (
            prev is not None
            and match.kind == "festival"
            and prev.first < prev.last
            and prev.first <= found.first <= prev.last
            and text
            and (named := _HOLIDAY_NAMED.match(text, prev.end)) is not None
            and named.start(1) <= found.start < found.end <= named.end(1)
        ):
            # 2021年12月24日至2022年1月1日（聖誕及新年假期）: the range, and the holidays its bracket
            # names; one event, the festival no day of its own
            out[-1] = replace(prev, end=named.end())
        elif (
            prev is not None
            and match.kind == "week"
            and kinds[-1] == "relday"
            and prev.first == prev.last
            and found.first == found.last
            and found.first != prev.first
            and found.first.weekday() == prev.first.weekday()
            and text
            and _WEEKDAY_GAP.match(text, prev.end, found.start)
            and text[found.end : found.end + 1] not in _CLOSE_BRACKET[:2]
        ):
            # 明天周日: the weekday of the day just named, that day (not the last such weekday)
            found = replace(found, first=prev.first, last=prev.first, label=prev.label, basis=prev.basis)
            out.append(found)
            kinds.append(match.kind)
        elif (
            prev is not None
            and match.kind == "week"
            and kinds[-1] != "week"  # 禮拜二 下週一: another day, not the first one's weekday
            # (清明連假下週四（4/3）登場: a week word naming another day than the one before it)
            # (but 3月15日（本週六）, 11月10日（下周一）: the date's own weekday, in its bracket)
            and not (
                match.groups.get("wrel")
                and found.first != prev.first
                and not text[prev.end : found.start].strip(" \t\u3000")
            )
            # (明天周日, 聽日星期日: a relative day and its weekday, each a word the reader reads;
            # annotators list both, as they do 明天是周日)
            and (kinds[-1] != "relday" or text[found.end : found.end + 1] in _CLOSE_BRACKET[:2])
            and prev.granularity == DAY
            and (prev.first == prev.last or text[found.end : found.end + 1] in _CLOSE_BRACKET[:2])
            and _WEEKDAY_GAP.match(text, prev.end, found.start)
        ):
            # 2024年3月8日（星期五）, 2012年11月13日 星期二: the date says it all; a weekday
            # in brackets belongs to its date's surface, as 8/16(五)'s does.
            if text[prev.end : found.start].strip(" \t\u3000") in _OPEN_BRACKET and text[
                found.end : found.end + 1
            ] in _CLOSE_BRACKET and text[found.end : found.end + 1]:
                out[-1] = _year_by_weekday(text, replace(prev, end=found.end + 1), resolver)
                if out[-1].first != prev.first:
                    resolver.remember(out[-1], kinds[-1])  # 3月8日（星期六）: its year, moved
            elif kinds[-1] == "day" and prev.basis == REFERENCE and found.first == found.last:
                # 十五號星期日: a bare day's month is the one, next to the page's, where it falls
                # on the weekday said with it
                out[-1] = _month_by_weekday(prev, found.first.weekday())

            resolver.note_last(resolver.paragraph, out[-1].end, out[-1])  # the date, not its weekday
            continue
        else:
            if found.granularity == DAY and found.first == found.last and text:
                bare = _BARE_WEEKDAY.match(text, found.end)  # 6月27日（日）: its weekday
                if bare:
                    found = replace(found, end=bare.end())
                # (after a figure only: the week rule reads 9月29日星期五's weekday itself)
                # (and after 号: 11月25号周六, which the week rule does not read)
                glued = (
                    _GLUED_WEEKDAY.match(text, found.end)
                    if text[found.end - 1 : found.end].isdigit() or text[found.end - 1 : found.end] in ("号", "號")
                    else None
                )
                if glued and _WEEKDAYS.get(glued.group(1)) == found.first.weekday():
                    found = replace(found, end=glued.end())  # 9/29禮拜五: the day and its weekday as one word
                    swallowed = glued.end()  # (the weekday is the day's: no day of its own)
                if text:
                    # (before the resolver remembers it: 27日, 隔天 after it count from it)
                    found = _year_by_weekday(text, found, resolver)
            if (
                text
                and match.kind in _GREGORIAN_KINDS
                and _GREGORIAN_BEFORE.search(text, max(0, found.start - 2), found.start)
            ):
                found = replace(found, start=found.start - 2)  # 國曆4月4日: said to be solar
            elif text and match.kind == "y" and _COMMON_ERA_BEFORE.search(text, max(0, found.start - 2), found.start):
                found = replace(found, start=found.start - 2)  # 公元1863年: the year said to be the common era's
            out.append(found)
            kinds.append(match.kind)
        if out[-1].granularity == DAY and out[-1].first != out[-1].last and text:
            days = _TWO_WEEKDAYS.match(text, out[-1].end)  # 23日至24日（星期六、日）
            if days is None and anchor is not None:
                days = _BARE_WEEKDAY.match(text, out[-1].end)  # 11/8（六）至 11/9（日）: the end's
            if days:
                out[-1] = replace(out[-1], end=days.end())
        # what 同期 after it refers to is the whole event (今年1月至8月……去年同期)
        resolver.note_last(resolver.paragraph, out[-1].end, out[-1])
        resolver.remember(out[-1], kinds[-1])
    if text:
        out, kinds = _bracketed_names(text, out, kinds)
        out, kinds = _named_in_bracket(text, out, kinds)
        out = _ordinal_day_bracketed(text, out)
        out, kinds = _period_bracketed(text, out, kinds)
        out, kinds = _glossed_period(text, out, kinds)
        out, kinds = _festival_day_bracketed(text, out, kinds)
        out = _named_feast_before_bracket(text, out)
        out, kinds = _year_glossed_by_date(text, out, kinds)
        out = _bare_weekdays_before_bracket(text, out)
        out = _festivals_heading_days(text, out, kinds)
        out, kinds = _lunar_numerals_by_solar_bracket(text, out, kinds)
        out = [_numbered_week_before(text, f) for f in out]
        out, kinds = _week_span_bracketed(text, out, kinds)
        out, kinds = _lunar_before_solar(text, out, kinds)
        out, kinds = _lunar_day_named(text, out, kinds)
        out = [_days_before(text, f, k) for f, k in zip(out, kinds, strict=True)]
        out = [_from_today(text, f, ref) for f in out]
        out = [_until_now(text, f, k, ref) for f, k in zip(out, kinds, strict=True)]
        out = [_without_clock(text, f) for f in out]
    if "holiday_side" in kinds or "years_ago" in kinds:
        # 节前, 那天, 兩年前 whose bracket held no date: no value to give
        # (四年前的九月 is a month of its own: its value is its words')
        out = [
            f
            for f, k in zip(out, kinds, strict=True)
            if k not in ("holiday_side", "years_ago") or (k == "years_ago" and f.granularity == MONTH)
        ]
    return out


# A clock time after a date written in figures (2025/07/16 06:00, 2025-02-11 18:40): the time
# of day, which the date's surface leaves out (it dates nothing; a range keeps its inner time).
_CLOCK_END = compile_rule(r"(?<=\d)(?:T|[ \t\u3000]+)\d{1,2}:\d{2}(?::\d{2})?$")


def _without_clock(text: str, f: Found) -> Found:
    """``f`` without the clock time that closes its surface (annotators and readers leave it out)."""
    m = _CLOCK_END.search(text, f.start, f.end)
    return replace(f, end=m.start()) if m is not None and m.start() > f.start else f


# A weekday written right after its day, with no bracket nor space (9/29禮拜五, 9/30星期六).
_GLUED_WEEKDAY = compile_rule(r"(?:星期|礼拜|周)([一二三四五六日天])")
_SPACED_WEEKDAY = compile_rule(r"[ \t\u3000]?" + _GLUED_WEEKDAY.pattern)  # … a space before it at most
_SAID_WEEKDAY = rule_cache.compile(r"[(（][ \t\u3000]*(?:星期|周|週|禮拜|礼拜)?([一二三四五六日天])[ \t\u3000]*[)）]$")


def _month_by_weekday(found: Found, wd: int) -> Found:
    """A bare day moved to the month before or after where it falls on weekday ``wd``."""
    day = found.first
    if day.weekday() == wd:
        return found
    for k in (1, -1):
        y, m = _add_months(day.year, day.month, k)
        moved = _safe_date(y, m, day.day)
        if moved is not None and moved.day == day.day and moved.weekday() == wd:
            return replace(found, first=moved, last=moved, label=moved.isoformat())
    return found


_LUNAR_MONTH_NAMED = compile_rule(r"(?:农历|阴历)[ \t\u3000]*((?:[一二三四五六七八九]|十[一二]?))月")
_NUMERAL_MONTH = compile_rule(r"(?:[一二三四五六七八九]|十[一二]?)月")


def _year_by_weekday(text: str, found: Found, resolver: _Resolver) -> Found:
    """A day whose year came from the reference date, said with its weekday (10/26(日)), in
    the year nearest that one where the day has that weekday: the next year's for a page of
    late December (1/5（一）), and the right one where the reference year is only a guess (a
    post with no date of its own put 10/26(日) on a Wednesday, four years back).  A stated
    year (2025年10月26日（三）) is left as written, a mistake of the page's own."""
    if found.basis != REFERENCE or found.precision != DAY or found.first != found.last:
        return found
    said = _SAID_WEEKDAY.search(text, found.start, found.end)
    day = found.first
    if said is None or day.weekday() == _WEEKDAYS[said.group(1)]:
        return found
    wd = _WEEKDAYS[said.group(1)]
    reach = 6 if resolver.guessed_ref else 1  # a stated page's year is off by one at most
    for delta in sorted(range(-reach, reach + 1), key=abs):
        moved = _safe_date(day.year + delta, day.month, day.day)
        if delta and moved is not None and moved.weekday() == wd:
            return replace(found, first=moved, last=moved, label=moved.isoformat())
    if day.month in resolver.lunar_months and _NUMERAL_MONTH.match(text, found.start):
        # 七月十三日（星期四） on a temple's notice of 農曆七月: the lunar day, whose weekday it is
        # where no solar year near the page's has it
        lunar = lunar_date(day.year, day.month, day.day)
        if lunar is not None and lunar.weekday() == wd:
            return replace(found, first=lunar, last=lunar, label=lunar.isoformat())
    return found


# 除夕前兩天, 清明节（4月4日）前两天: a count of days right before a day is those days.
# 国庆前一周, 中秋前一個星期: the week before it, its seven days.
# (Hong Kong counts in 日: 聖誕前一日; 中秋节后一天, 后两天: the days right after it)
_DAYS_BEFORE = compile_rule(
    r"(?P<dir>前|后)(?:(?P<n>[一两二三四五六七]|[1-7])(?:天(?![气])|日(?![子常本报期元])|(?<=前一)日)"
    r"|(?P<week>一|1)(?:周|星期|个星期|礼拜|个礼拜)(?![一二三四五六日天末]))"
)
_DAYS_BEFORE_KINDS = frozenset({"festival", "md", "ymd", "day", "numeric", "slash_md", "dot_md",
                                "lunar", "lunar_new_year", "lunar_day"})  # fmt: skip


def _days_before(text: str, found: Found, kind: str) -> Found:
    """A festival or a date followed by 前N天 (a week at most) is the N days before it, the
    span a reader plans by (除夕前兩天為北上返鄉高峰), not the day itself."""
    if kind not in _DAYS_BEFORE_KINDS or found.first != found.last or found.granularity != DAY:
        return found
    m = _DAYS_BEFORE.match(text, found.end)
    n = (7 if m.group("week") else to_int(m.group("n"))) if m else None
    if not n:
        return found
    if m.group("dir") == "前":
        a, b = _shift(found.first, -n), _shift(found.first, -1)
    else:
        a, b = _shift(found.first, 1), _shift(found.first, n)
    if a is None or b is None:
        return found
    granularity = DAY if a == b else PART  # 前一天 is one day, 前两天 a stretch of days
    return replace(found, end=m.end(), first=a, last=b, granularity=granularity, label=days_label(a, b))


# 即日起至9月1日, 即日起到本月底: from the page's day to the date, one range (a sign-up's, an
# offer's).  Where the sentence says the date closes something (至…截止) the date is the event.
_FROM_TODAY = compile_rule(r"即日(?:起|开始)?[ \t\u3000]*(?:至|到|迄|～|~|—|–|-)[ \t\u3000]*$")
_CLOSES = compile_rule(r"(?:[(（][^)）]{1,6}[)）])?[ \t\u3000]*(?:截止|有效)")


def _from_today(text: str, found: Found, ref: date) -> Found:
    """A date after 即日起至 is the end of a range that starts on the reference date."""
    m = _FROM_TODAY.search(text, max(0, found.start - 8), found.start)
    if m is None or found.last < ref or _CLOSES.match(text, found.end):
        return found
    label = days_label(ref, found.last)
    return replace(found, start=m.start(), first=ref, granularity=DAY, label=label, basis=REFERENCE)


# A span from a month up to now, as a résumé writes it (2023.03 - 至今).
_UP_TO_NOW = compile_rule(r"[ \t]*[-–—~～][ \t]*(?:至今|今|现在)")


def _until_now(text: str, found: Found, kind: str, ref: date) -> Found:
    """``2023.03 - 至今``: a span from the month to the reference day (a guess where the page
    states no day: its basis says so)."""
    if kind != "dot_ym" or ref <= found.last:
        return found  # (a reference day inside the month or before it: no span to draw)
    m = _UP_TO_NOW.match(text, found.end)
    if m is None:
        return found
    return replace(found, end=m.end(), last=ref, granularity=DAY, label=days_label(found.first, ref), basis=REFERENCE)


_BRACKET_REACH = 16  # the longest bracket of day names after a range (（农历除夕至正月初七）)
#: What may stand in such a bracket beside the day names: connectors, 农历, spaces.
_NAMES_GLUE = compile_rule(r"[\s\u3000、，,～~—–\-至到和及农历即]*")


_OTHER_YEAR_WORD = compile_rule(r"去年|前年|明年|后年|上年|旧年|\d{2,4}[ \t]*年|民国")


def _festival_named(surface: str) -> str | None:
    """The festival a surface names (今年除夕 → 除夕), by its Simplified name."""
    folded = _simplified(surface)
    return next((n for n in FESTIVAL_NAMES if n in folded), None)


def _festival_on(surface: str, day: date) -> bool:
    """Does the festival named in ``surface`` (今年除夕, 去年清明) fall on ``day``?"""
    name = _festival_named(surface)
    return name is not None and festival_date(name, day.year) == day


def _bracketed_names(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A range of days followed by a bracket of the festival or lunar days it runs between
    (``1月28日至1月30日（除夕至初二）``, ``…至2月4日（正月初七）``): the bracket only says
    what days they are, as it does after a single date; one event, the range's (the
    range's figures win where the two disagree on the year, as the single date's do)."""
    i = 0
    while i < len(out):
        f = out[i]
        close = -1
        if f.granularity == DAY and f.first != f.last and text[f.end : f.end + 1] in _OPEN_BRACKET:
            close = next(
                (k for k in range(f.end + 1, min(len(text), f.end + 1 + _BRACKET_REACH)) if text[k] in _CLOSE_BRACKET),
                -1,
            )
        j = i + 1
        while close != -1 and j < len(out) and out[j].end <= close:
            j += 1
        inner = out[i + 1 : j]
        if (
            inner
            and all(k in _NAMED_DAYS for k in kinds[i + 1 : j])
            and all(g.start > f.end for g in inner)
            and _glue_only(text, f.end + 1, close, inner)
        ):
            out[i : j] = [replace(f, end=close + 1)]
            kinds[i + 1 : j] = []
        i += 1
    return out, kinds


#: A bracket after a day that names the day (（耶穌受難節）, （秋分）, （天公生）, （世界地球日）):
#: a festival, a solar term, a saint's or a deity's day, a day of the calendar's own naming;
#: not someone's day (下周三（她的生日）: what the day is to her).
_DAY_NAME_BRACKET = compile_rule(
    r"[ \t\u3000]*[(（](?:(?!的)[\u4e00-\u9fff]){0,6}"
    # (10月1日（国庆节当天）: the day, said to be the festival's own)
    r"(?:节|诞|夕|宵|旦|端午|重阳|中秋|春分|秋分|冬至|夏至|清明|生|纪念日|[^星期周礼拜今明昨前后当每生的]日)(?:当天|当日)?[)）]"
    # (2月15日（年廿八，星期日）: the lunar day it is, and its weekday, as a notice's table gives them)
    # (2月14日（星期六，年廿七）, 2月16日（星期一，年廿九／除夕）: the weekday first, as a bank's table
    # gives them, and the eve's name after the lunar day)
    r"|[ \t\u3000]*[(（](?:(?:星期|周|礼拜)[一二三四五六日天][，,、][ \t\u3000]*)?(?:农历)?(?:年|正月|腊月)?"
    r"(?:初|十|廿|二十|三十)[一二三四五六七八九十](?:[／/、][\u4e00-\u9fff]{1,4})?"
    r"(?:[，,、][ \t\u3000]*(?:星期|周|礼拜)[一二三四五六日天])?[)）]"
)


def _year_of_lunar_day(solar: date, lunar: date) -> date | None:
    """``solar``'s month and day in the year (of four round its guess) on which it is the lunar
    day ``lunar`` was read as, nearest ``lunar``'s guess: a solar date and the lunar day said of
    it (农历十月初八（公历11月16日）, 2月15日（年廿八）) agree in one year only."""
    said = lunar_month_day(lunar)
    if said is None:
        return None
    days = [
        d
        for k in (-1, 0, 1, 2)
        if (d := _safe_date(solar.year + k, solar.month, solar.day)) and lunar_month_day(d) == said
    ]
    return min(days, key=lambda d: abs((d - lunar).days)) if days else None


def _named_in_bracket(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A single day followed by a bracket that names it (``上月29日（耶穌受難節）``,
    ``9月23日（秋分）``): the bracket only says what day it is, and it belongs to the date's
    surface, as a weekday's does; where no other event stands in the bracket."""
    drop: set[int] = set()
    for i, f in enumerate(out):
        if f.granularity != DAY or f.first != f.last or i in drop:
            continue
        m = _DAY_NAME_BRACKET.match(text, f.end)
        if m is None:
            continue
        # (events are in reading order: only the next one may stand in the bracket, and only
        # as the same day's name, 10月1日（国庆节当天）)
        inner = i + 1 < len(out) and out[i + 1].start < m.end()
        if (
            inner
            and out[i + 1].first != f.first
            and out[i + 1].first == out[i + 1].last
            and f.basis != STATED
            and (day := _year_of_lunar_day(f.first, out[i + 1].first)) is not None
        ):
            # (2月15日（年廿八）: the year in which the day is that lunar day)
            f = replace(f, first=day, last=day, label=day.isoformat())
            out[i + 1] = replace(out[i + 1], first=day, last=day, label=day.isoformat())
        if inner and not (out[i + 1].end <= m.end() and out[i + 1].first == out[i + 1].last == f.first):
            continue
        if inner:
            drop.add(i + 1)
            # (（年廿八，星期日）: the weekday after it names the same day)
            drop.update(
                j for j in range(i + 2, min(len(out), i + 4))
                if out[j].end <= m.end() and out[j].first == out[j].last == f.first
            )
        out[i] = replace(f, end=m.end())
    if not drop:
        return out, kinds
    return [f for k, f in enumerate(out) if k not in drop], [x for k, x in enumerate(kinds) if k not in drop]


# A trip's or a stay's day by its number, then the date in brackets (第二日（30日）, 第一天（2022年7月3日）):
# one expression, the bracket's date.
# (高考（6月7日至8日）: an exam named with its days in brackets, one expression too)
# (閉幕當晚（10月12日）, 開幕當天（5日）: an occasion's day or night, then its date)
_ORDINAL_DAY_OPEN = compile_rule(
    r"(?:第[一二三两四五六七八九十\d]{1,3}[天日]|(?:高考|中考|会考|学测|指考|统测|分科测验|文凭试|考研|国考|省考)"
    r"|(?:开幕|闭幕|首演|首映|开赛|决赛|开学|毕业|开业|开工|完工|通车|启用)(?:当晚|当天|当日)"
    # (停水前一日（26日）, 起駕前一週（4月16日至22日）, 前一晚(19日): the day or week before an
    # occasion, which the bracket dates; the occasion's name is part of it where one stands there)
    r"|(?:案发|停水|停电|停气|起驾|考试|期末考|期中考|段考|出发|放假|开学|比赛|活动|婚礼|手术|截止|投票"
    r"|开幕|演出|入住|搬家|开工|开业|出院|入院|报到)?前一(?:天|日|晚|周|星期|个星期|个礼拜|礼拜)"
    # (日前（15/2）: "the other day", which the bracket dates; 補假（10月2日）: the day off in
    # lieu, which the bracket dates)
    r"|(?<![今昨明前后本该当每生节])日前|补假)"
    r"[ \t\u3000]*[(（]$"
)


def _ordinal_day_bracketed(text: str, out: list[Found]) -> list[Found]:
    """A day in the bracket after 第N天/第N日 or an exam's name (高考) takes the word into its
    surface."""
    for i, f in enumerate(out):
        if f.granularity != DAY or text[f.end : f.end + 1] not in (")", "）"):
            continue
        m = _ORDINAL_DAY_OPEN.search(text, max(0, f.start - 10), f.start)
        # (連假前一天（18日）: a holiday's eve, which _glossed_period reads)
        if m is not None and _GLOSSED_OPEN.search(text, max(0, f.start - _GLOSS_REACH), f.start) is None:
            out[i] = replace(f, start=m.start(), end=f.end + 1)
    return out


# The days of a span of weekdays in brackets after it (下個禮拜一至三（17–19號）).
_DAY_SPAN_BRACKET = compile_rule(
    r"[ \t\u3000]*[(（][ \t\u3000]*(\d{1,2})[ \t\u3000]*[日号]?[ \t\u3000]*(?:至|到|[-–—~～])[ \t\u3000]*(\d{1,2})"
    r"[ \t\u3000]*[日号]?[ \t\u3000]*[)）]"
)


def _week_span_bracketed(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A span of weekdays followed by its days in brackets (``下周一至三（17–19日）``): one
    expression, where the bracket's days span as many days as the weekdays do; the bracket's
    days are its value."""
    i = 0
    while i < len(out):
        f = out[i]
        m = _DAY_SPAN_BRACKET.match(text, f.end) if kinds[i] == "week" and f.first != f.last else None
        d1, d2 = (int(m.group(1)), int(m.group(2))) if m is not None else (0, 0)
        if m is not None and d2 - d1 == (f.last - f.first).days:
            j = i + 1
            while j < len(out) and out[j].start < m.end():
                j += 1  # (a day read inside the bracket is the span's)
            # (the bracket's days win: the week's, counted from a guessed page day, may be others)
            # (the nearest such day on the span's first weekday, else the nearest such day)
            near = [
                d for k in range(-_BRACKET_WEEK_REACH, _BRACKET_WEEK_REACH + 1)
                if (d := f.first + timedelta(days=7 * k)).day == d1
            ] or [d for k in range(-45, 46) if (d := f.first + timedelta(days=k)).day == d1]
            first = min(near, key=lambda d: abs((d - f.first).days)) if near else f.first
            last = first + (f.last - f.first)
            out[i : j] = [replace(f, end=m.end(), first=first, last=last, label=days_label(first, last))]
            kinds[i : j] = [kinds[i]]
        i += 1
    return out, kinds


# A bracket that says the date in it is solar (（國曆9月21日）): the day before it was lunar.
_SOLAR_WORD_BRACKET = compile_rule(r"[ \t\u3000]*[(（][ \t\u3000]*(?:国历|公历|阳历|新历)[ \t\u3000]*")
_YEAR_KINDS = frozenset({"y", "minguo", "minguo_bare"})
_SOLAR_WORDS = frozenset({"国历", "公历", "阳历", "新历"})


def _lunar_before_solar(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A month and day followed by the solar date in brackets (``七月三十日（國曆9月21日）``, on a
    temple's notice): the first was the lunar day, the bracket gives it; one expression.  And a
    year right before a lunar date (``民國114年農曆七月十三日至十五日``): the lunar date's year, one
    expression too."""
    i = 0
    while i + 1 < len(out):
        f, g = out[i], out[i + 1]
        if (
            kinds[i] in ("md", "mdrange")
            and g.granularity == DAY
            and (
                _SOLAR_WORD_BRACKET.fullmatch(text, f.end, g.start) is not None
                or (_bracket_opens(text, f.end, g.start) and _simplified(text[g.start : g.start + 2]) in _SOLAR_WORDS)
            )
            and text[g.end : g.end + 1] in _CLOSE_BRACKET
            and text[g.end : g.end + 1] != ""
        ):
            out[i : i + 2] = [replace(g, start=f.start, end=g.end + 1)]
            kinds[i : i + 2] = ["lunar"]
        elif (
            kinds[i] in _YEAR_KINDS
            and (f.first.month, f.first.day, f.last.month, f.last.day) == (1, 1, 12, 31)
            and (kinds[i + 1] == "lunar" or _simplified(text[g.start : g.start + 2]) in ("农历", "阴历"))
            and g.start == f.end
            and f.basis == STATED
            and f.first.year <= g.first.year <= f.first.year + 1
        ):
            out[i : i + 2] = [replace(g, start=f.start, basis=STATED)]
            kinds[i : i + 2] = [kinds[i + 1]]
        i += 1
    return out, kinds


# What ends on a day: a term, a contract, a lease (到期, 届满, 期满).
_TERM_ENDS = compile_rule(r"[ \t\u3000]*(?:就|即|便)?(?:到期|届满|期满)")
_EVERY_QUARTER_REACH = 20  # how far before 上季度 a rule's 每季度 makes it each quarter's
_CHAPTER_START = compile_rule(r"^[ \t\u3000]*00[:：]00(?:[:：]00)?[ \t\u3000]")
# A schedule's row: an hour, then a short title without a sentence's punctuation.
_PROGRAMME_ROW = compile_rule(r"^[ \t\u3000]*[0-2]?[0-9][:：][0-5][0-9][ \t\u3000]+(?P<title>[^，。,！？!?；;]{1,24})[ \t\u3000]*$")
_RUN_ON_END = compile_rule(r"[。！？!?；;…]\s*$")
_RUN_ON_MONTHS = 2  # how far from the month a line before named a yearless month still runs on
_SCHEDULE_ROWS_APART = 2  # lines between two rows of a schedule
# A schedule row's label before its day (全文提交截止：, 会议报到：), the row's start up to it.
_ROW_LABEL_BEFORE = rule_cache.compile(r"[^，,。；;！？!?：:]{2,20}[：:][ \t\u3000]*")
_MONTHS_SPAN_DAYS = 185  # a span of months up to half a year names its last month
_FOLLOW_DAYS = 31  # how many days after a stated day the next sentence's yearless day may fall in its year
_BRACKET_WEEK_REACH = 60  # weeks a weekday span's bracketed days are looked for round the guess
_MONTHS_KINDS = frozenset({"m", "mrange", "ym", "ymrange"})


def _period_bracketed(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A quarter followed by the months it means in brackets (``第三季（10月至12月）``, a
    company's own quarter; ``2024年第一季（1至3月）``): one expression, the bracket's months,
    in the quarter's year where the quarter names one."""
    i = 0
    while i + 1 < len(out):
        f, g = out[i], out[i + 1]
        if (
            kinds[i] == "quarter"
            and kinds[i + 1] in _MONTHS_KINDS
            and _bracket_opens(text, f.end, g.start)
            and text[g.end : g.end + 1] in _CLOSE_BRACKET
            and text[g.end : g.end + 1] != ""
        ):
            # (第四季（1月至3月）: a year that ends in March, the months after the quarter's own)
            year = f.first.year + (1 if g.first.month < f.first.month else 0)
            k = year - g.first.year if kinds[i + 1] in ("m", "mrange") else 0
            a, b = _years_later(g.first, k), _years_later(g.last, k)
            basis = STATED if f.basis == STATED else g.basis
            label = g.label if k == 0 else range_label(f"{a.year}-{a.month:02d}", f"{b.year}-{b.month:02d}")
            merged = replace(g, start=f.start, end=g.end + 1, first=a, last=b, basis=basis, label=label)
            out[i : i + 2] = [merged]
            kinds[i : i + 2] = [kinds[i + 1]]
        i += 1
    return out, kinds


# A period or a day named by a word, then a bracket that dates it (下半財年（即今年10月至明年3月）,
# 2025财年第二财季（2024年7月—9月）, 第二季（即7月至9月）, 假期前一天（9月30日）, 收假日（4/6））: one expression, the
# bracket's value (a company's quarter or a holiday's eve is only known by it).
_GLOSSED_OPEN = compile_rule(
    r"(?:(?:\d{4}[ \t]*)?财年)?(?:[上下]半个?财(?:政)?年度?|第[一二三四1-4]财季|第[一二三四1-4]季度?|首季"
    r"|(?:假期|连假|长假|小长假|黄金周|春运|开学|开幕|开业)(?:前一天|后一天|前夕|首日|第一天|最后一天|翌日|次日|当天)"
    # (收假日（4/6）, 兒童節當天（4/4）: the holiday's last day, a festival's day said so)
    r"|收假日|收假首日|补班日|补课日|开工日|[\u4e00-\u9fff]{1,4}节(?:当天|当日)"
    # (春运期间（2026年2月2日至3月13日）: a season named, its days in the bracket)
    r"|(?:春运|暑运|寒假|暑假|假期|连假|长假|展期|赛期|活动)期间)"
    r"[ \t\u3000]*[(（][ \t\u3000]*(?:即|亦即|也就是)?[ \t\u3000]*$"
)
_GLOSS_REACH = 24  # characters back such a word may start before its bracket's date


# A term's numbered week right before its weekday (第7周周五（4月4日）): one expression.
_NUMBERED_WEEK_BEFORE = compile_rule(r"第[0-9一二三四五六七八九十]{1,3}[周週]$")
# A weekday's word (周五, 星期日, 礼拜三).
_WEEKDAY_WORD = compile_rule(r"(?:周|星期|礼拜)[一二三四五六日天]")


def _numbered_week_before(text: str, f: Found) -> Found:
    """``第7周周五（4月4日）``: a syllabus's week and its weekday, dated by the bracket, one
    expression (the weekday's value)."""
    if text[f.end - 1 : f.end] not in _CLOSE_BRACKET or not _WEEKDAY_WORD.match(text, f.start):
        return f
    m = _NUMBERED_WEEK_BEFORE.search(text, max(0, f.start - 5), f.start)
    return replace(f, start=m.start()) if m is not None else f


_NUMERAL_MONTH_DAY = compile_rule(r"^(?:农历)?[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅一二三四五六七八九]{1,3}日?$")


def _lunar_numerals_by_solar_bracket(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A month and day in numerals, then a solar day in brackets that is another day (``七月十三日（8/16）
    星期五`` in a temple's programme): the lunar day, dated by its bracket, one expression with it;
    the bracket's weekday after it is no day of its own."""
    i = 0
    while i + 1 < len(out):
        f, g = out[i], out[i + 1]
        if (
            kinds[i] == "md"
            and kinds[i + 1] in _GLUED_DAY_KINDS | {"md"}
            and g.start == f.end + 1
            and text[f.end : f.end + 1] in "（("
            and text[g.end : g.end + 1] in _CLOSE_BRACKET
            and f.first != g.first
            and g.first == g.last
            and _NUMERAL_MONTH_DAY.match(text[f.start : f.end])
        ):
            out[i : i + 2] = [replace(g, start=f.start, end=g.end + 1)]
            kinds[i : i + 2] = [kinds[i + 1]]
            wd = _SPACED_WEEKDAY.match(text, g.end + 1)
            if (
                wd is not None
                and _WEEKDAYS.get(wd.group(1)) == g.first.weekday()
                and i + 1 < len(out)
                and out[i + 1].start == wd.start() + (len(wd.group()) - len(wd.group().lstrip()))
            ):
                # (…（8/16）星期五: the bracket's day's weekday, no day of its own)
                del out[i + 1]
                del kinds[i + 1]
        i += 1
    return out, kinds


_GLUED_DAY_KINDS = frozenset({"slash_md", "dot_md"})  # (除夕2月9号 in a list of days stays two)


_NAMED_DAYS_KEPT = 4
# (那天正好周五, 当天是星期六: what weekday the day just named falls on)
_THAT_DAY_BEFORE = compile_rule(r"(?:那天|那日|当天|当日|嗰日)(?:正好|刚好|恰好|就|都)?(?:是|系)?$")
_SHOW_AFTER_CROSSING = compile_rule(r"(?:演唱会|晚会|音乐会|烟火|烟花|活动|倒数|派对|party|Party|特辑|直播)")
_NEXT_OR_LAST_DAY = frozenset({"隔天", "隔日", "翌日", "次日", "第二天", "第二日", "后一天", "前一天", "前一日", "后一日"})


def _festival_day_bracketed(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A festival, then ``當天`` and its date in brackets (``兒童節當天（4/4）``), or its own day glued
    to its name (``小年夜1/27``): one expression, the day's."""
    i = 0
    while i + 1 < len(out):
        f, g = out[i], out[i + 1]
        if kinds[i] == "festival" and f.end == g.start and (
            (_simplified(text[g.start : g.start + 2]) in ("当天", "当日") and text[g.end - 1 : g.end] in _CLOSE_BRACKET)
            # (小年夜1/27: the festival's name glued to its own day in figures, which agrees)
            or (kinds[i + 1] in _GLUED_DAY_KINDS and g.first == g.last == f.first == f.last)
            # (聖誕節隔天, 除夕前一天: the day after or before it, counted from it)
            or (
                kinds[i + 1] == "relday"
                and _simplified(text[g.start : g.end]) in _NEXT_OR_LAST_DAY
                and f.first == f.last
                and g.first == g.last
                and abs((g.first - f.first).days) == 1
            )
        ):
            out[i : i + 2] = [replace(g, start=f.start)]
            kinds[i : i + 2] = [kinds[i + 1]]
        i += 1
    return out, kinds


# A feast the calendar does not know, named right before a bracket that dates it (宰牲節（下週一）,
# 開齋節（4月10日）, 衛塞節(5月22日)): its name after a break or a verb that brings it, ending in 节;
# not a part or a season (環節, 細節, 季節), a class's period (第三節（10:00）) or 过节.
_FEAST_BEFORE_BRACKET = compile_rule(r"(?P<name>[\u4e00-\u9fff]{1,5}节)$")
_FEAST_NAME_AFTER = compile_rule(r".*(?:的|是|逢|迎接|庆祝|欢度)")
_NOT_FEAST = frozenset(
    ("环节", "细节", "章节", "情节", "季节", "调节", "关节", "礼节", "音节", "小节", "气节", "时节", "枝节",
     "末节", "过节", "本节", "各节", "每节", "名节", "脱节", "贞节", "春节")
)  # fmt: skip
# (an event called a festival, 藝術節, 音樂節, 美食節: a school's or a town's, no feast of the calendar;
# a class's period, 下一節, 這節)
_EVENT_FEAST = compile_rule(
    r"(?:艺术|音乐|电影|文化|美食|购物|啤酒|读书|体育|科技|动漫|戏剧|花卉|灯光|电竞|旅游|运动|风筝|龙舟|咖啡|茶|酒|"
    r"桃花|樱花|荷花|菊花|梅花|油菜花|国际|博览|创意|设计|游戏|戏曲|民俗|农民|丰收|开渔|冰雪|温泉|马拉松)节$"
    r"|^(?:下一|上一|这|那|每|该)"
)
_FEAST_NAME_REACH = 8  # characters before the bracket searched for the name


def _alone_in_bracket(text: str, out: list[Found], k: int) -> bool:
    """Is ``out[k]`` a day (or days) alone in a bracket, with no event right before the bracket
    (宰牲節（下週一）, 周三至周五（年初一至初三）: what stands before it is yet to be read)?"""
    f = out[k]
    return (
        f.granularity == DAY
        and f.start > 1
        and text[f.start - 1 : f.start] in _OPEN_BRACKET
        and text[f.end : f.end + 1] in _CLOSE_BRACKET
        and text[f.end : f.end + 1] != ""
        and (k == 0 or out[k - 1].end < f.start - 1)
    )


def _named_feast_before_bracket(text: str, out: list[Found]) -> list[Found]:
    """A single day alone in a bracket right after a feast's name the calendar does not know
    (宰牲節（下週一）): one expression, the feast's and its day's, as a known feast's is
    (中秋節（10月6日））."""
    for k, f in enumerate(out):
        if not (f.first == f.last and _alone_in_bracket(text, out, k)):
            continue
        head = f.start - 1
        low = head
        while low > 0 and "\u4e00" <= text[low - 1] <= "\u9fff" and head - low < _FEAST_NAME_REACH:
            low -= 1  # (the run of hanzi right before the bracket, where the name ends)
        run = _simplified(text[low:head])
        cut = _FEAST_NAME_AFTER.match(run)
        run = run[cut.end() :] if cut else run  # (the name after the word that brings it: 的, 迎接)
        # (a run that reaches farther back than a name is a clause: no name's start is seen)
        whole = low == 0 or not "\u4e00" <= text[low - 1] <= "\u9fff" or cut is not None
        name = _FEAST_BEFORE_BRACKET.fullmatch(run) if whole and run else None
        if (
            name is not None
            and name.group("name")[-2:] not in _NOT_FEAST
            and _EVENT_FEAST.search(name.group("name")) is None
            and "第" not in name.group("name")
        ):
            out[k] = replace(f, start=head - len(name.group("name")), end=f.end + 1)
    return out


def _year_glossed_by_date(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A relative year whose bracket gives the day meant (``去年（2023-10-18）``): one expression,
    the day's, where the day falls in that year."""
    k = 0
    while k + 1 < len(out):
        f, g = out[k], out[k + 1]
        if (
            f.granularity == YEAR
            and g.granularity == DAY
            and g.first == g.last
            and g.first.year == f.first.year
            and text[f.end : f.end + 1] in _OPEN_BRACKET
            and g.start == f.end + 1
            and text[g.end : g.end + 1] in _CLOSE_BRACKET
            and text[g.end : g.end + 1] != ""
            and _simplified(text[f.start : f.end]) in _RELATIVE_YEARS
        ):
            out[k : k + 2] = [replace(g, start=f.start, end=g.end + 1)]
            kinds[k : k + 2] = [kinds[k + 1]]
        k += 1
    return out, kinds


_RELATIVE_YEARS = frozenset({"去年", "今年", "明年", "前年", "后年", "上年", "旧年", "出年"})


# Bare weekdays right before a bracket that dates them (周三至周五（年初一至初三）): alone they may
# be any week's (周三至周五營業); the bracket says which.
_BARE_WEEKDAYS_BEFORE = compile_rule(
    r"(?<![上下本这今前后每])(?<!(?<![适恰正])逢)(?:周|星期|礼拜)(?P<a>[一二三四五六日天])"
    r"(?:[ \t]*(?:至|到|[-–—~～])[ \t]*(?:周|星期|礼拜)?(?P<b>[一二三四五六日天]))?[ \t\u3000]*$"
)


def _bare_weekdays_before_bracket(text: str, out: list[Found]) -> list[Found]:
    """A bracket's days (年初一至初三, 29日) after the bare weekdays they fall on: one expression,
    the weekdays' and the bracket's, when the weekdays agree with the days."""
    for k, f in enumerate(out):
        if not _alone_in_bracket(text, out, k):
            continue
        low = max(0, f.start - 1 - 12)
        m = _BARE_WEEKDAYS_BEFORE.search(_simplified(text[low : f.start - 1]))
        if m is None:
            continue
        a, b = _WEEKDAYS[m.group("a")], _WEEKDAYS[m.group("b") or m.group("a")]
        if f.first.weekday() == a and f.last.weekday() == b and (f.last - f.first).days == (b - a) % 7:
            out[k] = replace(f, start=low + m.start(), end=f.end + 1)
    return out


# What stands between a festival heading a line of a holiday notice and its days (清明节，4月4日…):
# a comma or a colon; between festivals listed together (国庆节、中秋节，…), a list mark.
_HEADING_GAP = compile_rule(r"[ \t\u3000]*[，,：:][ \t\u3000]*")
_LISTED_GAP = compile_rule(r"[ \t\u3000]*(?:、|和|与|及)[ \t\u3000]*")


def _festivals_heading_days(text: str, out: list[Found], kinds: list[str]) -> list[Found]:
    """A festival that heads the days it is kept on (``清明节，4月4日（周五）至6日放假``, a notice
    of next year's holidays): the festival of those days' year, not the page's."""
    for i in range(len(out) - 1):
        g = out[i + 1]
        if kinds[i] != "festival" or g.granularity != DAY or not _HEADING_GAP.fullmatch(text, out[i].end, g.start):
            continue
        j = i
        while j >= 0 and kinds[j] == "festival" and out[j].basis != STATED and out[j].first == out[j].last:
            name = _festival_named(text[out[j].start : out[j].end])
            if name is None:
                break
            if festival_date(name, out[j].first.year) == out[j].first:
                days = [d for y in (g.first.year - 1, g.first.year) if (d := festival_date(name, y))]
            else:  # (Taiwan's 國慶 and 兒童節, October 10th and April 4th: the place's own day, each year)
                days = [d for y in (g.first.year - 1, g.first.year) if (d := _safe_date(y, out[j].first.month, out[j].first.day))]
            near = min(days, key=lambda d: abs((d - g.first).days), default=None)
            if near is None or abs((near - g.first).days) > _FEAST_SEASON:
                break
            out[j] = replace(out[j], first=near, last=near, label=near.isoformat())
            if j == 0 or not _LISTED_GAP.fullmatch(text, out[j - 1].end, out[j].start):
                break
            j -= 1
    return out


def _glossed_period(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A word for a period or a day with its date in brackets after it (``下半財年（即今年10月至
    明年3月）``): one expression whose value is the bracket's; an event read inside the word
    (``2025财年``, ``第二季``) is the same one."""
    i = 0
    while i < len(out):
        f = out[i]
        m = _GLOSSED_OPEN.search(text, max(0, f.start - _GLOSS_REACH), f.start)
        if m is not None and text[f.end : f.end + 1] in _CLOSE_BRACKET and text[f.end : f.end + 1]:
            j = i
            while j > 0 and out[j - 1].start >= m.start() and out[j - 1].end <= m.end():
                j -= 1  # (2025财年, 第二季: read inside the word)
            out[j : i + 1] = [replace(f, start=m.start(), end=f.end + 1)]
            kinds[j : i + 1] = [kinds[i]]
            i = j
        i += 1
    return out, kinds


_LUNAR_KINDS = frozenset({"lunar", "lunar_day", "lunar_new_year"})
#: A deity's or a saint's day right after its lunar day (初九天公生, 五月十三关帝诞, 三月廿三妈祖生),
#: or the day's own name (年初七人日).
# (not after 是: 明日（年初三）是車公誕 says what the day is, a clause of its own)
_HOLY_DAY_AFTER = compile_rule(r"(?![是为系乃就])(?:[\u4e00-\u9fff]{1,3}(?:诞|千秋)(?!生)|天公生|[\u4e00-\u9fff]{1,3}公生|人日)")


def _lunar_day_named(text: str, out: list[Found], kinds: list[str]) -> tuple[list[Found], list[str]]:
    """A lunar day and the festival or holy day it is, written together (``腊月二十三小年``,
    ``八月十五中秋节``, ``正月初九天公生``, ``农历五月十三关帝诞``): one expression, the day's,
    where the festival falls on that day."""
    i = 0
    while i < len(out):
        f = out[i]
        if kinds[i] in _LUNAR_KINDS and f.granularity == DAY and f.first == f.last:
            g = out[i + 1] if i + 1 < len(out) else None
            if g is not None and g.start == f.end and kinds[i + 1] == "festival" and g.first == f.first:
                out[i : i + 2] = [replace(f, end=g.end)]
                kinds[i : i + 2] = [kinds[i]]
            elif g is None or g.start > f.end:
                m = _HOLY_DAY_AFTER.match(text, f.end)
                if m is not None and (g is None or g.start >= m.end()):
                    out[i] = replace(f, end=m.end())
        i += 1
    return out, kinds


_LUNAR_TAIL = compile_rule(r"[\s\u3000]*(?:至|到|~|～|—|-)[\s\u3000]*(?:初|十|廿|二十|三十)?[一二三四五六七八九十]?[\s\u3000]*")


def _glue_only(text: str, start: int, end: int, inner: list[Found]) -> bool:
    """Does ``text[start:end]`` hold nothing but ``inner``'s surfaces and connectors?"""
    pos = start
    for g in inner:
        if _NAMES_GLUE.fullmatch(text, pos, g.start) is None:
            return False
        pos = g.end
    # (（農曆八月十四至十六）: the bracket's range ends on a bare lunar day)
    return _NAMES_GLUE.fullmatch(text, pos, end) is not None or _LUNAR_TAIL.fullmatch(text, pos, end) is not None


def _in_book_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands inside 《…》 or 〈…〉 (a work's title, within a short reach)."""
    for open_, close in (("《", "》"), ("〈", "〉")):
        lo = text.rfind(open_, max(0, start - _TITLE_REACH), start)
        if lo == -1 or close in text[lo:start]:
            continue
        hi = text.find(close, end, end + _TITLE_REACH)
        if hi != -1 and open_ not in text[end:hi] and not _AGENCY_LINE.search(text, lo, hi + 1):
            return True
    return False


# A news agency's dateline in title marks (《經濟通通訊社13日專訊》): the story's day, no work's.
_AGENCY_LINE = compile_rule(r"《[^《》]{0,16}(?:通讯社|社|台|网)[^《》]{0,6}?\d{1,2}日(?:专讯|电|讯)》")


# A page that looks back on the year it ends (年终回顾, 这一年, 年度盘点, 2023年大事记).
# (not 年终奖, 年终总结会, 这一年来: a year-end page may look ahead to January)
# (2024年终总结: a person's look back on the year, as a blog's is titled; not 年度总结暨迎春年会, a party)
_YEAR_REVIEW = compile_rule(
    r"(?:年终(?:回顾|特稿|盘点|总结)|年度(?:回顾|盘点)|(?:19|20)\d\d年?(?:回顾|盘点|大事记|总结|复盘))"
    r"(?!大?会|会议|表彰|暨)"  # (关于召开2025年终总结大会的通知: a meeting still to come)
)


_TITLE_YEAR = compile_rule(r"(?<![0-9])((?:19|20)\d\d)(?![0-9])")


def _reviewed_year(title: str, ref: date) -> int | None:
    """The year a review looks back on from early in the next (我的2025 over 年终总结还是得写):
    the one year its title names, the year before the page's."""
    years = {int(m.group(1)) for m in _TITLE_YEAR.finditer(title)}
    return ref.year - 1 if years == {ref.year - 1} and ref.month <= _REVIEW_MONTHS else None


_REVIEW_MONTHS = 3  # the months of a year in which a review of the last one is written
# A year counted the Minguo way: 民國, or three figures from 100 (113年, 111年第4季).
# (not the country's name, 中華民國, nor a count, 120年歷史)
_MINGUO_YEARS = compile_rule(r"民国[ \t\u3000]*[0-9一二三四五六七八九十]|(?<![0-9])1[0-4][0-9][ \t\u3000]*年(?![历史间来多前])")
_MINGUO_SHORT_MIN = 38  # a Minguo year in two figures is one from 1949 on (18年 is 2018)
_YEARS_AHEAD = 5  # how far after the page's a two-figure year may be (26年6月交付)


def find_dates(text: str, ref: date, minguo: bool = False) -> list[Found]:
    """Every dated expression in ``text`` (Simplified) resolved against ``ref``."""
    return counted_days(text, resolve(_started_terms(text, scan(text, minguo)), ref, text))


# ---- a relative day the text counts out --------------------------------------------------------

_SINCE = compile_rule(r"(?:自|从|由|自从)$")
_COUNT = compile_rule(
    rf"(?:已经|已|共|总共|累计|满|达|整整|足足|超过|{SPACE})*(?P<n>\d{{1,5}}|[{CN_NUMERALS}百千]{{1,6}}){SPACE}天"
)
_SENTENCE_END = rule_cache.compile(r"[。！？!?；;]")
_COUNT_REACH = 24  # how far after 到昨天 the count (已滿500天) may stand


def _counted_from(text: str, found: list[Found], i: int) -> tuple[Found, int | None] | None:
    """The stated day that relative day ``found[i]`` is counted from (``自X起……到昨天``),
    and the number of days the text says have passed (``已滿500天``), if it says."""
    f = found[i]
    if f.precision != "relative" or f.granularity != DAY:
        return None
    start = next((j for j in range(i - 1, -1, -1) if found[j].granularity == DAY), None)
    if start is None:
        return None
    a = found[start]
    if a.basis != STATED or _SENTENCE_END.search(text, a.end, f.start):
        return None
    if not _SINCE.search(text[max(0, a.start - 2) : a.start]):
        return None
    reach = min(len(text), f.end + _COUNT_REACH)  # bounded: a paragraph without a full
    stop = _SENTENCE_END.search(text, f.end, reach)  # stop must not cost its length
    m = _COUNT.search(text, f.end, stop.start() if stop else reach)
    return a, (to_int(m.group("n")) if m else None) or None


def counted_days(text: str, found: list[Found]) -> list[Found]:
    """``自2018年6月1日起天天打卡，到昨天已滿500天``: 昨天 is the 500th day, not the day
    before the reference date; the count the text gives beats the guess."""
    if not any(f.precision == "relative" and f.granularity == DAY for f in found):
        return found
    out = list(found)
    for i, f in enumerate(found):
        since = _counted_from(text, found, i)
        if since is None or since[1] is None:
            continue
        day = _shift(since[0].first, since[1] - 1)
        if day is not None:
            # The count dates it, but whether the first day counts is a guess: basis stays.
            out[i] = replace(f, first=day, last=day, label=day.isoformat())
    return out


def _counted_today(text: str, matches: list[Match], today: date) -> list[Found]:
    """What a relative day counted from a stated one implies for 'today', as an explicit
    date, so that an inferred reference never contradicts the story: the day the count
    (到昨天已滿500天) gives, or at least the day that puts 昨天 on its start (自X起……到昨天)."""
    if not any(m.kind == "relday" for m in matches) or not _SINCE_ANYWHERE.search(text):
        return []
    guessed = resolve(matches, today, text)
    out = []
    for i, f in enumerate(guessed):
        since = _counted_from(text, guessed, i)
        if since is None:
            continue
        a, n = since
        day = _shift(a.first, n - 1) if n else a.first  # the day 昨天 stands for, at least
        now = _shift(day, (today - f.first).days) if day else None  # 'today' for that 昨天
        if now:
            out.append(replace(f, first=now, last=now, explicit=True))
    return out


_SINCE_ANYWHERE = compile_rule(r"[自从由]")
# A named day said not to be there (今年沒有年三十, 冇周末): no day of the story.  Not a
# comparison (没有春节那么忙: as busy as the festival is, which is one).
#: A festival named as what something is like (比春晚还热闹, 像过年一样, 跟过年似的).
_LIKENED_TO = compile_rule(r"(?:比|比起|像|好像|就像|跟|和|如同|胜过|不输)$")
_LIKENESS = compile_rule(r"(?:还|更|一样|似的|一般|般)")
_DENIABLE = frozenset({"festival", "lunar_new_year"})  # and a bare weekend (没有下周一的会 is one)
_SECOND_HALF = 7  # the month from which a year's twelfth lunar month is the coming winter's
_OTHER_YEARS = frozenset({"去年", "前年", "明年", "上年", "旧年"})
_FEAST_YEARS = _OTHER_YEARS | {"今年", "本年"}
_TURNS_TO_NOW = compile_rule(
    r"今年|这次|今次|此次|本次|本届|今届|这届|而今|如今|(?<![出实表体])现在|[「“『]|打算|计划|准备|建议|预计|将于|即将"
)
_FEAST_SEASON = 60  # days from a festival within which a day the sentence names is that occasion's
# (HK 冇埋年三十: not even a 年三十; not the question 有没有除夕(2月9日)晚上还能订到…, 有冇)
_DENIED = compile_rule(r"(?:(?<!有)没有|(?<!有)冇|无)埋?$")
# (1月11日、2月8日、3月8日（均為週六）: the weekday the dates listed all fall on, no day of its own)
_ALL_ON = compile_rule(r"[(（](?:均|都|皆|全)(?:为|是|系|在)$")
# A day just named, then the weekday it is (28日）是, 27号）啱啱系, 5月18日，正值).
_WEEKDAY_OF_DAY = compile_rule(
    # (the bracket after the day, 2025年5月18日（農曆四月廿一），是週日, or the day in brackets,
    # 中秋節(9/29)剛好是禮拜五; not 比赛（主场对阵上海）是周六, a bracket of other words)
    r"(?:\d[ \t]*[日号][)）]?|\d[ \t]*[日号][(（][^)）]{1,10}[)）]|[(（][^)）]{0,10}\d[)）])[，,]?[ \t]*(?:刚好|正好|恰好|啱啱|刚刚|亦|也|又)?(?:是|系|为|正值|适逢|恰逢)$"
)
# A bare weekday naming a kind of timetable (比照週六班表, 按周日时刻表运行): no day of its own.
# (周二上午专家门诊: a doctor's clinic day, every week)
# (not 周二门诊的时候…: one visit)
_TIMETABLE = compile_rule(r"的?(?:班表|时刻表|班次表|作息|模式)|(?:上午|下午|全天)(?:专家门诊|门诊|出诊|坐诊)")
_COMPARED = compile_rule(r"[^，,。；;！？!?]{0,6}?(?:那么|那样|这么|这样|咁|般)")
# Days a year brings back: after 每年/每逢 they are a custom, not an event.
_RECURRING_KINDS = frozenset(
    {"lunar", "lunar_new_year", "lunar_day", "moon_night", "lunar_month", "festival", "md", "monthpart", "relpart",
     "mdrange", "mrange", "m", "slash_md", "dot_md", "nth_weekday", "vacation", "that_year"}
)
# What stands between a yearly day and the next step of the round: one clause, no full stop.
# 一直赛到: a verb between a day and the range's end it runs to (从五月初四一直赛到初六)
_RUNS_TO = compile_rule(r"(?:一直|直)?[\u4e00-\u9fff]{0,2}?[至到]")
# (每年端午要赛三天，从五月初四…: a preposition may open the next clause)
_NEXT_CLAUSE = compile_rule(r"[^，,。；;！？!?]{0,10}[，,、][ \t\u3000]*(?:从|自|由|在|到)?")
_OWN_YEAR = "今去明本前后上下"
_HELD_THEN = compile_rule(r"[^，,。；;！？!?]{0,6}?(?:举办|举行|庆祝|办|过)")
_DAY_NAMED_AS = compile_rule(r"[ \t\u3000]*(?:是|为|系|即|乃)[\u4e00-\u9fff]{0,4}?")
_LISTED_NEXT = compile_rule(r"[ \t\u3000]*(?:及|和|与|、|以及|或|同|跟)[ \t\u3000]*")
# What was said then (那时候她还跟我们说, 当时老板讲): a week word after it counts from that day.
# A verb of saying right before a day's word, perhaps with a quote opening (還跟你說明天見,
# 傳訊息說「明天見」), after no full stop.
_SAID_RIGHT_BEFORE = compile_rule(r"[^，,。；;！？!?]*?(?:说|讲|答应|约好)[:：]?[「“\"]?$")
_SAID_REACH = 16
_TOLD_THEN = compile_rule(r"(?:那时候?|当时|那天|那次)[^，,。；;！？!?「“]{0,10}?(?:说|讲|话|提到|表示)")
_END_WITH_YEAR = compile_rule(r"[ \t\u3000]*(?:至|到|[-–—~～])[ \t\u3000]*(?:明年|今年|去年|(?:19|20)\d\d年|民国)")
_SCHEDULE_BAR = compile_rule(r"[｜|\t]")
_ROW_REACH = 3  # rows: how far down a schedule a stated year carries
# A timeline's row: its day first, then a wide gap (2024/9/20　第二次托福 / 10月　寫SOP).
_ROW_LEAD = compile_rule(r"^\S{1,12}(?:\u3000|\t| {2,})")
_ROW_MAX = 60  # a schedule's row is short
_ROW_COLON = compile_rule(r"[ \t\u3000]*[:：]")
_DONE_BEFORE = compile_rule(r"(?:已|已经|曾|早在|已于|已在)[于在]?$")
_DONE_AFTER = compile_rule(r"[^，,。；;！？!?]{0,12}?(?:了|过|发文|通过|召开|举行了|宣布)")
# A bare weekend still to come, on a Monday: waited for, planned or wished (等周末, 这个周末;
# 周末去爬山, 周末要加班, 周末见, 周末继续开放, 周末可能下雨).
_WEEKEND_AHEAD_BEFORE = compile_rule(r"(?:这个|这|今个|等|等到|到了|下个|下)$")
_WEEKEND_AHEAD_AFTER = compile_rule(
    r"[^，,。；;！？!?]{0,8}?(?:要|去|来|吧|见|再|继续|记得|准备|打算|计划|或|可能|预计|料|将|想|一起|约)"
)
# … and one told as done (周末發布新模型, 在週末主場連輸2場, 周末客流创下新高): the one just gone
_WEEKEND_DONE = compile_rule(
    r"[^，,。；;！？!?？]{0,10}?(?:了|过|发布|宣布|公布|举行|举办|连输|连胜|落幕|推出|上映|开幕|创下|录得)"
)
# A span's end (至農曆十二月廿四日…止, 到正月十五为止) while the span still runs (仍受理登記中): until
# the next such day.  (展期至正月十五止，共吸引…: a span told as done keeps the nearest.)
_UNTIL_BEFORE_LUNAR = compile_rule(r"(?:至|到|直到|截至)[ \t]*(?:农历)?[ \t]*$")
_STOP_AFTER = compile_rule(r"[^，,。；;！？!?]{0,6}?(?:止|为止)")
_STILL_RUNNING = compile_rule(r"仍|尚在|持续|受理|登记中|报名中|开放中|进行中|欢迎")
# What someone likes or dreads most (最怕冬至, 最喜欢过中秋): a festival as such, each year's
# (最期待中秋那晚: the coming one, looked forward to).
_FEAST_LIKED = compile_rule(r"最(?:怕|爱|喜欢|讨厌|怀念|想念)(?:过)?$")
# What counts from a past date up to now (自2023年9月公测以来, 至今): the sentence is back at the
# present after it.
_SINCE_THEN = compile_rule(r"以来|至今|迄今|到现在|到如今")
# A day the story counts on from (自2022年10月11日…後, 从2023年3月以来): its months after it are
# later ones.  (自2023年9月1日起施行的条例，于6月28日通过: 起 names when a rule applies, and the
# months of its making came before it.)
_SINCE_DAY = compile_rule(r"(?:自从|自|从|打从)[ \t]*(?:19|20)\d\d[ \t]*年[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*[日号])?$")
_SINCE_DAY_REACH = 20
_SINCE_AFTER = compile_rule(r"[^，,。；;！？!?]{0,16}?(?:之后|以后|以来|后)")
_EARLIER_SAID = compile_rule(r"早在|之前|以前|此前|先前")
_SOON_DAYS = 31
_COMPARED_WITH = compile_rule(r"(?:与|和|跟|同)$")
_COMPARED_AFTER = compile_rule(r"[^，,。；;！？!?]{0,10}?(?:相比|相较|比较|对比)")
# A bare day earlier in the sentence (6日全天停课，): not a month's (3月6日) nor a count (6日游).
# (not 2号线, 1号嫌疑人, a line's or a suspect's number, nor 连续停课3日, a count of days)
_BARE_DAY_BEFORE = compile_rule(r"(?<![\d月/.\-])(?<!连续)(?<!为期)(?<![共停课])(\d{1,2})日(?![\d游])")
_NEXT_DAY_REACH = 40  # characters back in the sentence where the day just named may stand
_NEXT_DAY_GAP = 3  # days after it that go on from it
_NEXT_YEAR_REACH = 80  # how far before a month-day a bare 明年 still sets its year
_NEXT_YEAR_MONTH = 12  # how far before a month's end its 明年 stands (明年4月1日)
_AHEAD_PAST_DAYS = 60  # how long gone by a day must be, in the page's year, to go to the next
# A hashtag topic around a date word (#周末去哪儿#, #国庆去哪儿玩#): its name, in one run of words.
# A line that is only a date and a bracketed count (2025年8月(3), ▼ 四月 (2)): an archive's or a
# category list's entry, which counts posts; no time of the story.
_ARCHIVE_HEAD = rule_cache.compile(r"(?:^|\n)[ \t\u3000▼▶►▸▾▽△•·-]*$")
_ARCHIVE_COUNT = rule_cache.compile(r"[ \t\u3000]*[(（][0-9]{1,4}[)）][ \t\u3000]*(?:\n|$)")
_TOPIC_OPEN = rule_cache.compile(r"(?:^|[\s，,。])[#＃][^#＃\s，,。！？!?]{0,18}$")
_TOPIC_CLOSE = rule_cache.compile(r"[^#＃\s，,。！？!?]{0,18}[#＃]")
# A month or a range of months without a year (一月, 3月至5月)
_MONTH_KINDS = frozenset({"m", "mrange"})
# (每年都係端午前: "every year it is before 端午", Cantonese 係 folded to 系)
_EVERY_YEAR = compile_rule(
    # (每年只在耶誕檔期做: only then, every year)
    r"(?:(?:每年|每逢|每到|往年|历年|(?<![今去明前后上本旧出])年年)(?:的|到|(?:大概|大约|大多|大都|基本上?|差不多|多半|往往)?(?:(?:都|也|总|只|一般|通常|均)(?:是|系|会|在)?|在|(?<=[概约多都上本半往])[是系]))?"
    # (每年平安夜同聖誕都要返: the second day of the list, every year too)
    # (每逢“双十一”“618”等: the second of a quoted list)
    # (每年4、5月: the second month of a list of months, every year too)
    # (每逢農曆新年年初一至初三休息: the new year's days, named after the feast they belong to)
    r"(?:[\u4e00-\u9fff]{2,3}[同和与及、跟]|[“「『][\u4e00-\u9fff0-9]{2,4}[”」』][同和与及、跟]?|(?<=[年逢到])[0-9一二三四五六七八九十]{1,2}月?[、和及或与跟]"
    r"|(?<=[逢到])(?:农历新年|农历年|新年|春节|过年)(?:期间|的)?)?[“「『]?"
    # (往年临近除夕时: as the eve came near, in past years)
    r"(?:临近|快到|一到|到了|接近)?"
    # (每逢农历初一、十五: the lunar days of every month)
    r"(?:农历|阴历|旧历)?"
    # (以前过完初五就走, 以前最旺是年廿九: how it used to be, year after year)
    # (以前一家人会喺年初二…: what they would do then; not 以前的老同事说今年中秋…, said of now)
    # (過去只有中秋節前後才看得到: only then, in the past)
    # (not 过去的国庆假期, 過去春節七天: the one just gone)
    r"|(?:^|(?<=[，,。“「：:\s]))(?:以前|从前|以往|过去(?=只|都|总|一般|通常|多半|往往))[^，,。；;！？\d]{0,4}(?:会(?:喺|在|去)?)?)$"
)  # not 适逢春节: that is one; 往年都是6月初 (in past years it was): every year too; 年年都係年廿九
# (year after year), but not 今年年廿八, 去年年底: a year and its part
# What day a festival is every year (元宵节在每年正月十五): a definition, no event.
# A clause of how things used to be, right before the next (以前過年才休三天，).
_USED_TO_CLAUSE = compile_rule(r"(?:^|(?<=[，,。“「：:\s]))(?:以前|从前|以往|过去)[^，,。；;！？!?]{1,10}[，,]$")
_USED_TO_REACH = 14
# … and the next clause going on with it: its subject, then 也 or 都 (清明連假也照開).
_GOES_ON = compile_rule(r"[^，,。；;！？!?]{0,2}(?:也|都|亦)")
# What makes a bare 月末 any month's: a list of such ends (月末、季末), a watch kept on it (盯月末,
# 多数在月末), a round of the books (月末对账, 月末结算).
_ANY_MONTH_END_BEFORE = compile_rule(r"(?:盯|看|多数在|大多在|一般在|通常在|每逢|逢)$")
_ANY_MONTH_END_AFTER = compile_rule(r"(?:[、和及与]\s*(?:季末|年末|年底|季度末|周末)|对账|结算|结账|盘点|考核|最后[一两二三几]{1,2}个?(?:交易日|工作日))")
_EVERY_YEAR_AFTER = compile_rule(r"[ \t\u3000]*(?:是|在|为|定在|落在|都在)(?:每年|每逢)")
# Festivals listed as kinds of days (春节、国庆等法定节假日), not as the days themselves.
# (春节、清明节、劳动节、国庆节四个国家法定节假日: the rest of the list, then its count)
_KINDS_OF_DAYS = compile_rule(
    r"(?:[、和及与][^，,。；;！？]{0,12}?)?(?:等|[一二三四五六七八九十两0-9]个)[^，,。；;！？]{0,6}?"
    r"(?:节假日|节日|假日|假期|节庆|长假)"
)
# A box or a set sold for a lunar day (正月十五湯圓禮盒, 八月十五月饼礼盒).
_LUNAR_PRODUCT = compile_rule(r"(?:汤圆|元宵|月饼|粽子|年糕|团圆)?(?:礼盒|套餐|礼包|套组|限定)")
# A thing named for a festival (儿童节游园会, 中秋晚会, 圣诞套餐): its date is elsewhere, or none.
_NAMED_FOR = compile_rule(
    # (“618”年中促销活动: a campaign named after its day, in quotes)
    # (農曆新年年宵市場, 中秋花市: a market held for it, named so, with dates of its own)
    r"[”」]?(?:年中)?(?:烟花|花车|灯光|音乐|彩灯|花灯|灯笼)?(?:游园会|晚会|联欢会|文艺汇演|汇演|特辑|特别节目|特别直播|套餐|礼盒|礼包|限定|海报|贺卡|主题曲|特卖|促销)"
    r"|(?:年宵|手作|文创|创意)?(?:市场|市集|花市)"
    # (圣诞特别场, 圣诞跨年狂欢季, 中秋嘉年华: a screening or a mall's season named for it)
    r"|(?:跨年)?(?:特别场|专场|狂欢季|狂欢节|狂欢夜|嘉年华)"
    # (春节档, 五一档: the films' or the shops' season named for it, no day of the story)
    r"|档(?!案)"
    # (聖誕襪, 聖誕樹, 聖誕紅 (a plant), 元宵燈謎會: a thing or a pastime named for it)
    r"|(?:袜|树|老人|老公公|帽|卡片|礼物|装饰|花环|灯饰|饰品|红(?!包)|灯谜)"
    # (聖誕蛋糕, 聖誕派對蛋糕, 聖誕大餐: food or a party named for it, ordered or held on days of
    # its own)
    r"|(?:派对)?(?:蛋糕|布丁|甜品|饼干|糖果|火鸡|姜饼)"
    # (中秋烤肉組, 聖誕套組: a set sold for it; not 国庆组团, 中秋组局)
    r"|(?:烤肉|烧烤|火锅)组|套组|组合|套装"
    # (双十一活动规则: a campaign's rules named for it)
    # (春節登入禮, 中秋签到活动: a game's log-in gift named for it, given over days of its own)
    r"|活动规则|(?:登入|登录|签到|上线)(?:礼|奖励|活动)"
    # (站上春晚舞台, 春晚的歌词, 春晚导演组: the gala's stage, songs and crew, no night of it)
    r"|的?(?:舞台|歌词|小品|相声|主持人|导演)"
    # (元宵綵燈會, 除夕倒數煙花匯演, 聖誕小店地圖: a show or a map named for it, its own days
    # given where it means one)
    # (豐原耶誕點燈暨愛心市集: a lighting ceremony named for it, its days its own)
    # (「乙巳年中元普度祈安法會」: a temple's rite named for it, held on days the notice gives)
    r"|(?:普度)?(?:祈安|祈福|超度)?法会"
    r"|彩?灯会|点灯|倒数(?:烟花|活动|晚会|派对|汇演)|小店地图|汇演"
    # (举行教师节表彰大会, 国庆庆祝大会: a meeting named for it, held on a day of its own; 三八妇女节
    # 插花沙龙, 重阳节义诊: a centre's activity named for it, on its own day in the table)
    r"|(?:表彰|庆祝|庆功|纪念)(?:大会|会)|(?:插花|手作|亲子)?(?:沙龙|讲座|义诊|工作坊)"
    # (重陽節敬老禮品, 中秋礼品: a gift named for it)
    r"|(?:敬老)?礼品"
    # (歐美聖誕訂單明顯回升, 春节商机: the trade done for it, over weeks before it)
    r"|订单|商机"
    # (公告春節疏運加開列車: the transport operation named for it, not its day; 春節疏運期間 and
    # a bracketed span after it are the time)
    r"|疏运(?!期间|[ \t\u3000]*[(（])"
)
# Watching a gala (看春晚, 追春晚, 重温春晚): the show, not the night it is on.
_WATCHED = compile_rule(r"(?:看|追|重温|刷|收看|观看)$")
_SAYING_BEFORE = compile_rule(r"(?:不是|唔系)(?:话|说|讲)[ \t\u3000]*$")  # (唔係話…咩: "isn't it said")
# A line of a week's plan under its kind of day (工作日：…, 周末：全天, 平日：…): what each such day
# holds, its weekdays every week's, where two such rows stand together (see _week_plan_rows).
_SCHEDULE_LABEL = compile_rule(
    r"[ \t\u3000]*(?:(?:[-•·*]|\d[.、])[ \t\u3000]*)?(?:工作日|平日|周间|周末|双休日|休息日)[ \t\u3000]*[:：]"
)
# A week named as one (上周小结, 这周的安排如下): the plan under it is that week's.
_ONE_WEEK = compile_rule(r"(?:上|这|本|下)个?(?:周|星期|礼拜)")


def _week_plan_rows(texts: list[str]) -> set[int]:
    """The paragraphs of a week's plan laid out row by row (工作日：… / 周末：…): two labelled rows or
    more within two paragraphs of each other, under no line that names one week (这周的安排如下)."""
    labels = [sum(1 for line in t.split("\n") if _SCHEDULE_LABEL.match(line)) for t in texts]
    rows: set[int] = set()
    for i, n in enumerate(labels):
        if not n or sum(labels[max(0, i - 2) : i + 3]) < 2:
            continue
        above = next((j for j in range(i - 1, max(-1, i - 4), -1) if not labels[j]), None)
        if above is not None and _ONE_WEEK.search(texts[above]):
            continue
        rows.add(i)
    return rows


# A weekday from a day on (6月起周一中午不营业): every such weekday from then, a shop's new rule.
# (自明年起週四夜診改為…: from next year on, every Thursday)
_FROM_THEN_ON = compile_rule(r"(?:\d{1,2}月(?:\d{1,2}[日号])?|下个?月|即日|今天|明天|下周|明年|下半年|\d{4}年)(?:之?后|以后)?(?:起|开始)[ \t\u3000]*(?:每逢|逢|每)?$")
# Every month's days (每月20日至25日为扣费期): a span of each month, no one day.
_MONTHLY_SPAN_BEFORE = compile_rule(r"每个?月的?[ \t]*\d{1,2}[日号]?[ \t]*(?:至|到|[-–—~～])[ \t]*$")
# A school's events named for its school year (本年度陸運會).
_SCHOOL_EVENT = compile_rule(r"(?:陆运会|水运会|运动会|毕业典礼|毕业礼|开放日|旅行日|家长日|结业礼)")
# A festival paired with another before their holiday (聖誕及新年假期).
_PAIRED_HOLIDAY = compile_rule(r"[及和与、][^，,。；;\s]{1,6}?(?:假期|长假|连假)")
# Days given, then the holiday they are (4月3日至6日為復活節假期): the holiday names them.
# (a range's days: 10月7日是国庆假期最后一天 speaks of the holiday)
# (or a table's row, the days in one cell and the holiday in the next: 1月25日至2月5日　農曆新年假期)
_DATES_NAMED = compile_rule(
    r"(?:至|到|[-–—~～])(?:\d{1,2}月)?\d{1,2}[日号][)）]?(?:[ \t\u3000]*(?:为|是|系|乃|正值|适逢)|[ \t\u3000]+)$"
)
_SHOPPING_DAY = compile_rule(r"双十一|双[ \t]?11|双十二|双12|618|双11购物节")
# A decade's style (八十年代造型, 九十年代风格, 七十年代复古风): what something looks like.
_ERA_STYLE = compile_rule(r"(?:的)?(?:造型|风格|装扮|打扮|服饰|穿搭|复古风|港风)")
_THIS_ONE_BEFORE = compile_rule(r"(?:这个|今年|明年|去年|这|今个|呢个)$")
# What a festival is about, said of every year's (端午节就是要看划龙舟, 中秋就该吃月饼).
_FESTIVAL_IS_ABOUT = compile_rule(r"[ \t\u3000]*(?:就是要|就该|就应该|就得|嘛就是|就是吃|就是看)")
# What ends the sentence before one that opens right after it.
_SENTENCE_ENDS = "。！？!?…\n"
# A clause set against what was said (…，不過我哋…, …，但是…).
_BUT_AFTER = compile_rule(r"[ \t\u3000]*[，,][ \t\u3000]*(?:不过|但是?|可是|然而|但系)")
# The customs of the New Year rhyme, after their lunar day (年廿八洗邋遢, 二十四，扫房子): what is
# done on that day every year, said as the saying, no day of the story.
_NEW_YEAR_RHYME = compile_rule(
    r"[ \t\u3000]*[，,、]?[ \t\u3000]*(?:洗邋遢|糖瓜粘|扫房子|磨豆腐|炖羊肉|炖猪肉|宰公鸡|杀只鸡|把面发|贴花花|蒸馒头|熬一宿)"
)
# A festival that labels the dates after it (春节放假时间为2月15日至23日, 國慶連假安排：…): the
# dates are the event, said in figures, and the festival only names them.
_DATES_LABEL = compile_rule(
    r"(?:放假|假期|休假|连假|长假)?(?:时间|安排|日期)[ \t\u3000]*(?:为|是|定为|[:：])[ \t\u3000]*[0-9０-９]"
)
# Things named for a school break (寒假作業, 暑假班, 暑期工): no time of the story.
_FOR_THE_BREAK = compile_rule(r"(?:作业|功课|作文|读书心得|班|营|工(?![作厂]))")
# A place named for a day (五一广场, 八一大道, 国庆路口, 五四中学): a square, a road, a stop.
# (Not a bare 路: 五一路上, 五一路过 are the holiday's roads.)
_PLACE_AFTER = compile_rule(
    r"(?:广场|大道|大街|大桥|新村|小区|公园|中学|小学|商场|隧道|立交|路口|路段|路站|路[0-9一二三四五六七八九十]+号|东路|西路|南路|北路|中路)"
)
# A festival as what is written or talked about (打算写端午和中秋, 聊聊中秋): a topic, not a day.
# (打算写端午和中秋: both festivals the topic)
_TOPIC_BEFORE = compile_rule(
    # (not 聽講冬至…: Cantonese "I hear that", 听讲, before the day it speaks of)
    r"(?:写|画|(?<!听)讲|聊|谈|介绍|关于|有关)(?:(?:端午|中秋|春节|元宵|国庆|清明|元旦|重阳|七夕|圣诞|除夕|冬至)节?[和与、及])?$"
)
# … or as the subject of its customs (端午節的習俗, 中秋的由来): what the festival is, any year.
_TOPIC_AFTER = compile_rule(
    # (端午前的重要习俗: a custom of the days before it, any year)
    r"节?的?(?:重要|传统|主要|独特|古老|一[项大个])?(?:习俗|由来|起源|来历|意义|含义|风俗|禁忌|传说|典故|文化|历史)"
)
# A festival or a school break said to be a kind of day (春節是中國最重要的節日, 中秋節吃月餅是
# 傳統, 暑假是旅游旺季): a definition, true every year, in the clause the name opens.
_GENERIC_AFTER = compile_rule(
    # (not a festival dated in brackets: 中秋（9月17日）前是…最好卖的时候 is this year's)
    r"(?![ \t\u3000]*[(（])节?[^，,。；;！？!?]{0,8}?(?:是|为)[^，,。；;！？!?]{0,12}?(?:节日|传统|习俗|旺季|淡季|高峰期"
    # (春节前后为火灾高发期, 农历七月初七是中国人的七夕: what such days are, every year)
    r"|高发期|多发期|易发期|高发季节|(?<=是)(?:中国人|我国|华人|民间)的)"
)
# When it is best to come, said of a month (五月是来沙溪最好的时候): advice for any year.
_BEST_SEASON = compile_rule(
    r"[ \t\u3000]*(?:是|为)(?:来|去|到|玩|游|逛)[^，,。；;！？!?]{0,8}?最(?:好|佳|适合|合适|舒服)的(?:时候|时节|季节)"
)
# … or the busiest or best time of each year (端午前後是他們一年最忙的時候): said of a festival or
# a break; a month said so is this year's (他说3月下旬是最盛的时候: the bloom the post is about)
_BUSIEST_AFTER = compile_rule(
    r"(?![ \t\u3000]*[(（])节?[^，,。；;！？!?]{0,8}?(?:是|为)[^，,。；;！？!?]{0,12}?最[^，,。；;！？!?]{1,4}?的(?:时候|时节|季节|日子)"
)
# Every day, then a weekday that is no exception (日日開工……禮拜六都唔停, 每天都开，周日也照常).
_DAILY = compile_rule(r"日日|天天|每天|每日|每一天")
_EVEN_ON = compile_rule(r"(?:都|也)(?:唔|不|冇|没|照)")
# The label of a place's hours (開館時間：, 营业时间:): the weekdays after it are every week's.
# (營業時間 alone on its line over the rows, 星期一至六 07:00-21:30 / 星期日 07:00-15:00)
_HOURS_LABEL = compile_rule(r"(?:开馆|闭馆|营业|开放|办公|门诊|应诊|诊症|看诊|受理|运营|服务)时间[ \t]*(?:[:：]|\n)")
_HOURS_LABEL_REACH = 40
# 周一休息, 週二至週日營業 (that one is no bare weekday), 逢週一公休: opening hours.
_OPENING_HOURS = compile_rule(
    # (周一不休息, 週一也開放: what every such day is like)
    # (周一照常开馆: a museum's every Monday, as 照常开放 is)
    r"(?:全天|全日|上午|下午|晚上)?(?:(?:不|也|都|照常)?(?:休息|休馆|闭馆)|(?:也|都|照常)(?:开放|开馆)|公休|店休|例休|固定休|不营业|照常营业|营业|休市|不开放|"
    r"(?:都|也)?(?:不|唔)开(?:门|铺|店)|(?:都|也)?(?:不|唔)做生意)"
)
# A row of a place's hours: its weekday at the row's start (or after the row's label and a space),
# then a span of clock times and at most a note in brackets to the line's end.
_HOURS_ROW_AFTER = compile_rule(
    r"[ \t\u3000]*\d{1,2}[:：]\d{2}[ \t]*[～~\-–—至到][ \t]*\d{1,2}[:：]\d{2}[ \t\u3000]*(?:[(（][^)）\n]{1,24}[)）])?[ \t\u3000]*(?:\n|$)"
)
#: A row of a place's hours: the place, then a weekday or every day (總館　週一至週五 08:30～17:00).
# (or the weekday alone at the row's start: 星期一至六 07:00-21:30 / 星期日 07:00-15:00)
_HOURS_ROW_LINE = compile_rule(r"(?:([\u4e00-\u9fff]{1,8})[ \t\u3000]+)?(?:每日|每天|(?:周|星期|礼拜)[一二三四五六日天])[^\n]{0,12}\d{1,2}[:：]\d{2}")


def _hours_rows(texts: list[str], lines: list[str]) -> set[int]:
    """Paragraphs that are rows of a place's hours: the page (chrome too) holds two or more rows that
    open with the same place's name, or none, then a weekday and a clock."""
    def place(line: str) -> str | None:
        m = _HOURS_ROW_LINE.match(line.strip())  # (compile_rule reads both scripts: no conversion)
        return (m.group(1) or "") if m is not None else None

    counts: dict[str, int] = {}
    for line in lines:
        if (name := place(line)) is not None:
            counts[name] = counts.get(name, 0) + 1
    return {
        i
        for i, t in enumerate(texts)
        if any((name := place(line)) is not None and counts.get(name, 0) >= 2 for line in t.split("\n"))
    }
# The days a clinic or a hall is closed, named in a list before the word (週三晚診、週六下午及週日
# 全天休診): only weekdays, parts of the day and list marks between (not 周四去图书馆才发现休馆);
# or the day called a rest day (星期日亦係休息日).
_CLOSED_LATER = compile_rule(
    r"(?P<gap>(?:[、及和与至到]|上午|下午|晚上|早诊|午诊|晚诊|全天|全日|(?:周|星期|礼拜)[一二三四五六日天])*)(?:休诊|休馆|公休)"
    r"|[ \t\u3000]*(?:亦|也|都)?(?:是|系|为)(?:休息日|休假日|公休日|例假日)"
)
# … and such a list counts two weekdays or more, in the gap (_WEEKDAY_WORD) or just before the day (、週六下午及週日).
_LISTED_BEFORE = compile_rule(r"(?:周|星期|礼拜)[一二三四五六日天][^，,。；;！？!?\n]{0,8}[、及和与][ \t\u3000]*$")
# A class's periods after its weekday (周一第1-2节, 星期三第五六節): the timetable's every week.
_CLASS_PERIODS = compile_rule(r"[ \t\u3000]*(?:上午|下午|晚上)?第[0-9一二三四五六七八九十]{1,2}(?:[-–~至、,，][0-9一二三四五六七八九十]{1,2}){0,4}[节堂]")
# How crowded such a day is, compared (星期日晏晝人少啲, 周二人比较少): true of every one.
_CROWD_GENERIC = compile_rule(
    r"[^，,。；;！？!?]{0,4}?(?:人|客人|游客)(?:流)?(?:比较|较|会)?(?:少|多)(?:啲|些|一点|一些)|"
    r"[^，,。；;！？!?]{0,4}?(?:人|客人|游客)(?:比较|较|相对)(?:少|多)|[^，,。；;！？!?]{0,4}?(?:比较|较)(?:少|多)人"
)
# What such a day calls for or is like (周末的话最好提前一周, 周末票会紧一点, 週末最好早兩日買,
# 周末晚上必须提前订, 周末上午十点前基本还有位, 周三周四最好): advice for any such day.
_ADVICE_AFTER = compile_rule(
    r"(?:的话)?[^，,。；;！？!?]{0,8}?(?:最好|必须|建议|一定要|千万|"
    r"会(?:比较|很|更|有点|有些)?(?:堵|紧|挤|满|爆|难)|基本(?:上)?(?:还|都)?有)"
)
# When it is best to go (冬至前后去最舒服, 周六来最好): advice for any such day, no event.
_BEST_TIME = compile_rule(
    r"(?:早上|上午|中午|下午|晚上)?(?:去|来|嚟|玩|出发|出行|旅游|旅行)(?:最|至|比较|较)(?:舒服|好|适合|合适|划算|抵|正|好玩)"
)
# What makes a bare range of weekdays these days of one week: its dates in brackets, or a
# statement of what they will be (週四至週五是風雨最大的時段, 周六至周日将有降雨).
# (周五至周六早上最低气温约13度: a forecast's days, their weather)
_DAYS_SAID = compile_rule(
    r"[ \t\u3000]*[(（][ \t\u3000]*\d|是|将|会有|可能|预计"
    # (周四至周五，受冷空气影响，…将出现降雨: a forecast's clause after a comma)
    r"|[，,][ \t\u3000]*(?:受|由于|随着|预计|将|可能)"
    r"|(?:[早晚]上|上午|下午|中午|凌晨|早晨|晚间|日间)?(?:最低|最高|气温|天气|有雨|有雾|转晴|降温|回暖|大致)"
)
# (not 開放時間為週二至週日, a week's hours)
_FORECAST_DAYS_BEFORE = compile_rule(
    r"(?:(?:最接近|影响)\S{0,8}时间[为是在]|预计|预料|预测|料将?|将于|将在|会在|最快|最迟)[ \t\u3000]*(?:于|在)?$"
)
_FORECAST_DAYS_REACH = 16
_SPAN_BEFORE = compile_rule(r"[有近约逾超过达满长历经了足共余]$")
_SPAN_AFTER = compile_rule(r"[前后来间多余里左内之]|的?历史|的?传统|的?岁月|历史")
_EVERY_MONTH_LUNAR = compile_rule(r"每个?月(?:的)?(?:农历|阴历)?(?:[初十廿一二三四五六七八九、]{0,4}[、和及])?$")
# A day the writer remembers (那次我記得是9/17, 上次是10月3日): one gone by.
# (not 記得9月11日收盤前要買進, "remember to": what is to be done)
_REMEMBERED_BEFORE = compile_rule(r"(?:那次我?记得是|那回我?记得是|我记得那次是|那次是|那回是|上次是)[ \t]*$")
# A section's number before a heading (五、, （三）, 3.), with the line's lead.
_SECTION_HEAD_BEFORE = compile_rule(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])[ \t\u3000]*"
)
# A day named as a feast's (將農曆正月二十訂為「天穿日」, 把三月三定为“歌节”): which day of every
# year the feast is, not a day of the story.
_NAMED_AS_FEAST = compile_rule(r"[ \t]*(?:被|正式)?(?:(?:订|定)(?:为|作|成)[ \t]*[“「『\"《]|称为|称作|叫做|叫作|名为)")
# (客家人把農曆正月二十稱為天穿日: a feast named, whose name is no day)
_FEAST_NAMED = compile_rule(r"(?:(?:订|定)(?:为|作|成)[ \t]*[“「『\"《]|(?:称为|称作|叫做|叫作|名为)[ \t]*[“「『\"《]?)$")
# A saying opened in quotes, up to a day inside it (讲究“腊八泡、, 俗话说：“冬至).
# (老豆成日話「年廿八，洗邋遢」: what someone always says, a saying too)
_SAYING_QUOTE = compile_rule(
    r"(?:讲究|俗话说|老话说|俗语说|谚语说|常言道|有句话|有句老话|老话讲|俗话讲|成日(?:话|讲|说)|(?:常|总|老是|经常|时常)(?:说|讲))"
    r"[：:，,]?[“「『\"][^”」』\"。！？]*$"
)
_SAYING_REACH = 24
_SAYING_QUOTE_OPEN = ("“", "「", "『", '"')
# … or a quote in two halves that the text then calls a saying (“三月三，踏青忙”的说法).
_SAYING_NAMED_AFTER = compile_rule(
    # (a saying in two halves, “三月三，踏青忙”; not “春节前全面复工”的说法, a claim about this year)
    r"[^”」』\"。！？!?，,]{0,8}[，,][^”」』\"。！？!?]{1,8}[”」』\"](?:的|之)(?:说法|讲究|俗语|谚语|俗话|老话|民谚|习俗)"
)
# A farmers' saying that opens on a solar term (“谷雨前后，种瓜点豆”, 清明前后种瓜点豆): the
# term's days of any year, with what to sow then; the quote or the clause opens on the term.
_TERM_NAMES = tuple(sorted({*SOLAR_TERMS, "清明", "冬至"}))  # (the two the festivals file apart)
_FARM_SAYING_BEFORE = compile_rule(r"(?:^|[“「『\"，,。；;：:\n])$")
_FARM_SAYING_AFTER = compile_rule(r"[，,]?(?:种|播|栽|插|点|犁|耕|割|收|采)[\u4e00-\u9fff]{1,3}(?=[，,、。！!”」』\"]|$)")
# A weekday that ends a short quoted name (「橘色星期六」): words before it, no clause break.
_QUOTED_NAME = rule_cache.compile(r"[「『“\"][^「『“\"，,。；;！？!?：:\s]+$")
_CLOSE_QUOTE = ("」", "』", "”", '"')
_OPEN_QUOTE = ("「", "『", "“", '"')
# (not a note's words that open on the day's own word: “腊八节当天取” is the day an order is fetched)
_QUOTED_REST = compile_rule(r"(?!当天|当日|那天|前后|期间)[^「『“\"」』”，,。；;！？!?：:\s]{1,5}[」』”\"]")
# What stands between a day and the weekday said of it (中秋是禮拜二, 開幕日為週六).
_SAID_OF = compile_rule(
    r"^[，,]?(?:正好|刚好|恰好|恰巧|啱啱|啱好|就|也|恰|正|适)?(?:是|为|系|係|落在|赶上|碰上|遇上|逢)(?:了)?$"
    # 6月1日，也就是星期日: the day named again by its weekday
    r"|^[，,][ \t\u3000]*(?:也就是|亦即|即|正好是|刚好是|恰好是)?$"
    # (12月25日正好周一: the adverb alone)
    r"|^[，,]?(?:正好|刚好|恰好|恰巧|啱啱|啱好)$"
)  # 今年中秋是禮拜二; 端午节（5月31日）……，正好落在周六
# 每年1月至2月: a range's start that a year brings back, the scanner's or not
#: A weekday named alone (周六, 星期天, 礼拜日), no 本/这/上/下 before it.
_BARE_WEEKDAY_WORD = compile_rule(r"(?:周|星期|礼拜)[一二三四五六日天末]")
#: … then the other days of a list and 都 (周六周日都有, 周六、日都开, 周六和周日均有): every week's.
_WEEKDAYS_ALL = compile_rule(
    # (one space run between days, a connector's two sides apart: nested optional spaces in the
    # repeat backtracked exponentially on 周六 周六 周六 …)
    rf"(?:{SPACE}(?:[、和及与跟或]{SPACE})?(?:(?:周|星期|礼拜)?[一二三四五六日天末]))+{SPACE}(?:都|均|也都|皆|照常|照样)"
)
#: … or joined to the public holidays (星期六日同公眾假期照舊, 週六、日及國定假日休診): a kind of day.
_WEEKDAYS_AND_HOLIDAYS = compile_rule(
    rf"(?:{SPACE}(?:[、和及与跟同或]{SPACE})?(?:(?:周|星期|礼拜)?[一二三四五六日天]))*{SPACE}(?:[、和及与跟同或]|以及){SPACE}"
    r"(?:公众假期|公假|(?:法定|国定|例)?(?:节)?假日|法定节假日|公休日|红日)"
)
#: … or a shop's week (週六日限定, 周一公休, 星期三店休): what every such day is.
_WEEKLY_HOURS = compile_rule(
    rf"(?:{SPACE}(?:[、和及至到]{SPACE})?(?:(?:周|星期|礼拜)?[一二三四五六日天]))*{SPACE}"
    r"(?:限定|限量|公休|店休|休馆|固定休|定休|营业|不营业|照常营业|供应)"
)
# Opening hours, then a bracket that opens on a weekday (09:30–17:30（週六…).
_HOURS_BRACKET_BEFORE = compile_rule(r"\d{1,2}:\d{2}[ \t]*[-–—~～至到][ \t]*\d{1,2}:\d{2}[ \t]*[（(]$")
_HOURS_REACH = 16
_EVERY_YEAR_FROM = compile_rule(
    rf"(?:每年|每逢|每到)(?:农历)?[0-9一二三四五六七八九十正腊冬]{{1,3}}月"
    rf"(?:[0-9一二三四五六七八九十初廿]{{1,3}}[日号]?|[初中底末尾]|上旬|中旬|下旬)?{SPACE}{CONNECTOR}{SPACE}$"
)
# 每年三月街（农历三月十五）: the bracket dates a custom named after 每年; not a weekday's
# bracket, which lists the coming days it falls on (每逢周三（12月4日、11日）为会员日)
_EVERY_YEAR_BRACKET = compile_rule(
    r"(?:每年|每逢|每到)(?!(?:周|星期|礼拜)[一二三四五六日天末](?:[、和及与](?:周|星期|礼拜)?[一二三四五六日天])*[(（]$)"
    r"[^，,。；;！？!?（(]{0,8}[(（]$"
)
_MONTHS_ONLY_BRACKET = compile_rule(r"[^)）日号]{1,16}[)）]")
_SEASON_BRACKET = compile_rule(r"(?<!今年|明年|去年|\d年)(?:雨季|旱季|干季|汛期|主汛期|花期|赏花期|观赏期|淡季|旺季|梅雨季|台风季|雪季|候鸟季|渔季|休渔期)[(（]$")
# What follows a bare day in a forecast: the clause goes on to 将 (将有大暴雨, 也将出现).
# (21日至22日琼州海峡可能全线停航: what may happen then, a forecast too)
_FUTURE_AFTER = compile_rule(r"[^。！？!?；;]{0,30}?(?:将|预计|可能|或将|有望)")
_REPORTED = compile_rule(r"表示|宣布|称|说|指出|透露|介绍|通报|发布|决定|要求")
# "Will" right after a bare day (25日會再發, 25日会开始): the day is still to come (not 25日会议, 会上).
_WILL_RIGHT_AFTER = compile_rule(r"[ \t\u3000]*会(?:再|先|又|正式|开始)?(?![议场上后谈见客展员同商签审诊计长])")
_FORECAST_DAYS = 7
_BRACKET_MONTH = compile_rule(r"[（(]\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
# What may happen on a bare weekday (有機會在周五轉為紅色, 大約要到星期日先會出貨): still to come
_MAY_COME = compile_rule(
    r"(?:有机会|可能会?|或会|或将|料将?|估计|大约|大概)(?:在|于|要到|等到)?$|(?:要到|等到)$"
    r"|(?:持续|维持|延续|延长)(?:至|到)$"
)
# … or asks, or says, what will happen on it (周三学校会不会停课, 周五会下雨): not a meeting (会议)
# (週六早上送到, 周五出发, 周日见: a delivery, a departure or a meeting that day, not yet done)
_WILL_AFTER = compile_rule(
    r"[^，,。；;！？!?\s]{0,6}?(?:会不会|会否|能不能|还会|(?<![开聚])会(?![议上后场员长所计展面谈])"
    r"|(?:送到|送达|到货|出发|见面|见(?=[，,。！!～~\s]|$))(?![了过的前后时])"
    # (周六一起去吗？, 周日要不要去: an invitation, a day still to come)
    r"|一起(?:去|来|走)(?:吗|吧|呀|不)|要不要|去不去|有空吗|有没有空"
    # (周一能确认吗？, 周五可以取吗: asked whether a thing can be done then, still to come)
    r"|(?:能|可以|会不会)[^，,。！？!?]{0,6}[吗么][？?]?"
    # (我周四请假回去，明天先…对接: leave taken for a coming day, then what comes first)
    r"|请(?:好|了)?假(?:回去|回来|过去|过来|回家|出发)(?![了过的])(?=[^。！？!?]{0,12}(?:明天|后天|先|再|到时))"
    r")"
)
_ANSWER_FOOT = compile_rule(r"^(?:编辑于|发布于)[ \t]*\d")  # a Zhihu answer's stamp under it


def _answer_foot(line: str, ref_line: str | None, pasted: frozenset[str]) -> bool:
    """An answer's labelled stamp with its time (编辑于 2024-06-27 08:03), not the page's own."""
    return bool(line) and line != ref_line and line not in pasted and bool(_ANSWER_FOOT.match(line)) and bool(_CLOCK.search(line))
_COMMA = compile_rule(r"[，,；;]")
_DEADLINE_AFTER = compile_rule(r"[ \t]*(?:之前|以前|前)")
_ASKED_BY = compile_rule(r"(?:请于|请在|须于|须在|务必于|务必在|请)$")  # (12月中前交留位費: due by then)
# 明天周日应该没人接，周一再打: what is put off to a weekday (not 周一再次发生, again that day)
_LATER_AGAIN = compile_rule(r"再(?:打|说|去|来|问|联系|约|讲|谈|回|处理|决定|通知|商量|看看)")  # (not 周一再跌, again)
# A plan or an appointment for a bare day (see ``_Resolver._plan``): said before the day in its
# clause, or an act right after it (4号早上走, 1号早上见).
_PLAN_DAYS = 14
_PLAN_DAY_REACH = 10
_PLAN_DONE_REACH = 40  # characters after a day in which its clause says it is done
_PLAN_CLAUSE_START = compile_rule(r".*[，,。；;！？!?：:\n]")
_PLAN_BEFORE = compile_rule(r"(?:计划|打算|准备|预定|约好|约了|说好|定好|定在|想要|想|要|等|建议|最好|拣|挑)[^了过咗]{0,6}$")
_PLAN_TAIL = compile_rule(r"(?:的票|(?:早上|上午|中午|下午|晚上|傍晚|凌晨|一早|夜里)?)")  # (always matches)
_PLAN_ACT = compile_rule(r"(?:见|出发|动身|启程|返程|走(?!了)|飞(?!了)|避开|一定(?![是有])|肯定会|" + WARNED_DAY +
    # (5号一早去人会少点, 4号去的话: a going weighed or advised, still to come; not 4号去洱海骑行，
    # 人多到车都骑不动, a trip told)
    r"|去(?![年世过了])(?=[^，,。；;！？!?\n]{0,8}(?:会|的话|比较|更好|就行|就好))"
    # (退款29号之前能到账吗, 23号结束前再去一次: what is still hoped for or planned by a day)
    r"|(?:之前|以前|前|结束前|结束之前)(?=[^，,。；;！？!?\n]{0,3}(?:能|会|要|再|记得|务必|赶紧|一定))"
    # (单位8号要开会, 26号左右就能搬空: what is due that day)
    r"|要(?:开会|上班|上学|报到|考试|回|走|去|出发)|左右就(?:能|会|要)"
    # (你27号搬进来也行: a day offered, that would do)
    r"|[^，,。；;！？!?\n]{0,6}?(?:也行|都行|就行)(?=[，,。！!？?\s]|$))")
_DECIDED = compile_rule(r"(?:决定|定了|约好|约了)(?:了|咗|好)?[^，,。；;！？!?]{0,4}$")
_PLAN_PAST = compile_rule(r"了|过|已|曾|去年|上次|那次|那年|当时|的时候")
# The rest of the clause after the day: done (出发了, 去过) or told as past (是3号出发的)
_PLAN_DONE = compile_rule(r"[^，,。；;！？!?\n]*?(?:了|过(?![来去])|的(?=[，,。；;！？!?\n]|$))")
# Waiting for a day, or putting something off until after it: the day is still to come.
# A forecast opening the clause a few words before the day (预计出现在6日, 将持续到8日).
# (市民可由13日晚上開始觀看, 改選截止係19號: what one may do from a day, a deadline's day: to come)
_PLAN_REACH = 8  # characters back from a bare weekday that a plan's verb may stand
_PLAN_WEEKDAY = compile_rule(r"(?:打算|计划(?!如下)|准备|想要|想|约好|约了|说好|定好)[^了过咗。！？!?]{0,6}$")
_DONE_LATER = compile_rule(r"[^。！？!?]*?(?:已经|咗|了(?!解))")
_FUTURE_CLAUSE = compile_rule(
    r"(?:预计|预测|预料|将会|即将|将)[^，,。；;！？!?、]{0,6}$|(?:可由|可于|可在|可以在|可以于|可以由)$"
    r"|截止(?:日期|日)?[ \t\u3000]*(?:系|是|为|:|：)[ \t\u3000]*$"
)
# … and the words of a fixed or planned day that _FUTURE_CLAUSE does not hold (定于, 计划在)
_WILL_BE = compile_rule(r"(?:定于|订于|拟于|计划于|计划在|预定)[^，,。；;！？!?、]{0,6}$")
_UNTIL_BEFORE = compile_rule(r"(?:等到|等|待到|留到|住到|呆到|玩到|坐等)$")
_THEN_AGAIN = compile_rule(r"(?:以后|之后|后)(?:再|才)")
# A bare day's weekday in brackets after it (4日（周五）, 18號(六)).
_BRACKET_WEEKDAY = compile_rule(r"[(（][ \t\u3000]*(?:周|星期|礼拜)?([一二三四五六日天])[ \t\u3000]*[)）]")
_STARTS_AFTER = compile_rule(r"(?:起|开始)(?![来床飞])")
# … what began that day and has been done since (开始试咗成个月, 起已经停运了)
_BEGUN_DONE = compile_rule(r"(?:起|开始)[^，,。；;！？!?]{0,8}?(?:咗|了(?!解))")
# 預計17日, 將於20日: what is said of a day still to come
_FULL_STOP = compile_rule(r"[。！？!?]")
# (须于20日前报名, 请在 25 日前回复: a deadline's day, still to come)
_FUTURE_BEFORE = compile_rule(
    r"(?:预计|预定|将于|将在|将从|将自|将由|将|拟于|拟|定于|订于|即将|拖到|延到|延至|推迟到|押后到|改到|改期到|改成|(?<=就)改|(?<=要)改"
    r"|[须需应请]于|[须需应请]在|务必于|务必在|最迟|最晚|(?<![只])要)[ \t\u3000]*$"
)
_COMING_SPAN_BEFORE = compile_rule(
    r"未来[一二两三四五六七八九十几\d]{0,2}(?:个)?(?:周|星期|天|日)[ \t]*[(（][ \t]*$"
)
_COMING_SPAN_REACH = 10
_FROM_BEFORE = compile_rule(r"[从自]")
_HABIT = compile_rule(r"[每逢][^，,。；;！？]*$")
# 一路走到今天, 發展到今天: how far something has come, no day of the story.
# The past a sentence sets "nowadays" against (從前的…；今天的…, 过去的…，今天的…).
_FORMERLY = compile_rule(r"(?:从前|以前|过去|昔日|早年|往日|旧时|当年)的")
_FORMERLY_REACH = 40  # characters back, within the sentence (its clauses apart by ；)
_COME_THIS_FAR = compile_rule(r"(?:走|发展|演变|演进|成长|活|熬)到$")
# People at large before a weekday (很多人週末補眠, 上班族周末): what they do on such days.
_PEOPLE_AT_LARGE = compile_rule(r"(?:很多人|不少人|许多人|多数人|大部分人|一般人|有些人|上班族|打工人|年轻人)[都也会]?$")
# A week's routine named earlier in the sentence (每周一期，周五晚上更新): its bare weekday is
# every such day, past the comma too.
_WEEKLY = compile_rule(r"每个?(?:周|星期|礼拜)")
_AS_ON_BEFORE = compile_rule(r"(?:按照?|执行|照)$")  # (执行周一课表: a swapped school day)
_DATED_WEEKDAY_REACH = 60
# What turns a plan to what happened (原本打算週四……結果……最後還是10/25（五）).
_TURNED_OUT = compile_rule(r"结果|最后|最终|后来|还是|改成|改到|改为|延到|拖到")
_DATED_WEEKDAY = compile_rule(
    r"(?<![0-9])(?:(\d{1,2})/(\d{1,2})|(\d{1,2})月(\d{1,2})[日号])[ \t]*[(（](?:周|星期|礼拜)?([一二三四五六日天])[)）]"
)
_SAID_BETWEEN = compile_rule(r"[，,][^。；;！？!?]*?(?:还|又|就|曾)?(?:说|讲|答应|约好|约定)(?:过)?[^，,。；;！？!?]{0,3}$")
_DAY_BEFORE_GOING = compile_rule(r"\d{1,2}[日号][^，,。；;！？!?]{0,10}$")
# A bare weekday that a report is of (负责人周一在发布会上说, 交通委周一宣布): one day, whatever the
# page's weekly rules say of such days.
_REPORTED_ON = compile_rule(r"[^，,。；;！？!?]{0,8}?(?:宣布|表示|说|指出|召开|举行|发布|公布|通报|回应)")
# A day named right after a relative one by 即 (自翌日即113年5月2日起): the named day stands for both.
_NAMED_RIGHT_AFTER = compile_rule(r"[ \t]*(?:即|亦即|也就是|即为)[ \t]*(?:民国|中华民国)?[ \t]*\d{2,4}[ \t]*年")
# A kind of day with its weekdays in brackets (平日（週一至週五）): a timetable's heading, every such week.
_DAY_CLASS_BRACKET = compile_rule(
    r"(?:平日|假日|例假日|工作日|节假日|休息日|双休日|周末|营业日)[(（](?:[^)）]{0,8}[、至到及和~～\-])?$"
)
_YEAR_END_PARTS = frozenset("底末尾")
_NEW_YEAR_MONTHS = 2  # months into a year in which its end said "those days" is the last year's
_THOSE_DAYS_AFTER = compile_rule(r"(?:的)?那(?:几|些)?(?:天|阵子?|时候?|会儿?|段时间|次|波)")
_YEARS_GATHERING = compile_rule(
    r"度?(?:总结|表彰|述职|颁奖|年会|尾牙|春茗|盛典|晚会|评选|工作会议)"
    # (2024年安全生产工作会, 2025年北京市高级中等学校招生考试, 2025年中国农民丰收节庆祝活动,
    # 2024年迎春年货大集: an event named for its year, the name's words straight on from it, no
    # particle, verb, pronoun or time word between; its days are given where the text means them;
    # not 2025年全国高考, an exam in the year it names, which annotators date)
    r"|度?(?![前后底初末内间半第季年期上下]|中(?![国华]))"
    r"(?:(?![我你他她的了在于是和与及将已就曾也都还又才被把对向从给让使出发印制推实通起修提开举办参组启至到月日号])"
    r"[\u4e00-\u9fff“”·]){2,14}?"
    r"(?:工作会议?|大会|招生考试|庆祝活动|系列活动|惠民活动|文化活动|大集|博览会|交易会|展销会|运动会|表彰大?会|颁奖仪式)"
    # (not 2019年公司年度大会上, 1998年学校运动会上: a time of the story told by its event)
    r"(?![上中]|期间)"
)
_SENTENCE_LENGTH_BEFORE = compile_rule(
    r"(?:判刑|徒刑|拘役|刑期|缓刑|服刑|判处|处以|监禁|囚禁|入狱|坐牢|改判|减刑|出境|出海|羁押|禁见|停赛|禁赛|停权|停职|停业)[ \t]*$"
)
# A person right before a weekday (我週三要上班): that person's day, not the page's weekly round.
_PERSON_BEFORE = compile_rule(r"(?:我|你|他|她|咱)(?:们)?$")
# A weekday one will meet on (周六见, 周五晚上见): that one day, whatever the page's weekly round.
_SEE_YOU = compile_rule(r"[ \t]*(?:晚上|早上|上午|下午|中午|晚)?见(?![面过到识证效])")
_SUITS_AFTER = compile_rule(rf"[ \t]*{SUITS}")
_ROTA_AFTER = compile_rule(r"的?(?:排班|作息|上班|上课|课表|出诊|时间表)")
# (参加每月例会（每月第一个周一），并输出上月数据复盘报告: the routine goes on after 并)
_EVERY_MONTH_CLAUSE = compile_rule(
    r"每个?月[^，,。；;！？!?]*$|每个?月[^。；;！？!?]{0,16}[，,][ \t]*(?:并|并且|同时|且)[^，,。；;！？!?]*$"
)
# An exam named by the year it admits to, held the December before (2025年全国硕士研究生招生考试):
# a name (not 2024年普通高等学校招生全国统一考试, held in that June).
# A document named for its year (2023年复试录取工作方案, 2024年度项目指南, 2024年政府工作报告): the
# name's words run straight on from the year, no particle or verb between.
# The rest of a quoted name after its year (…竹苗區…作業要點」): no sentence's stop before it closes.
_QUOTED_NAME_REST = compile_rule(r"度?[^」”』》\"。！？!?；;\n]{2,40}[」”』》\"]")
_DOCUMENT_OF_YEAR = compile_rule(
    r"(?:度)?[ \t\u3000]*(?:(?![的了在于是和与及将已就曾也都还又才被把对向从给让使出发印制推实通公起修提])[\u4e00-\u9fff]){0,8}?"
    r"(?:工作方案|实施方案|方案|指南|工作报告|报告书|白皮书|工作要点|实施办法|管理办法|细则|章程|预算(?:案|草案)?|招生简章|简章"
    # (a company's filings and meetings named for the year they report on: 2023年年度股东大会,
    # 2023年度网上业绩说明会, 2024年第一季度报告, 2023年度利润分配预案)
    r"|股东大会|股东会|业绩说明会|年度报告|季度报告|半年度报告|年报|季报|利润分配预案|分配预案)"
    r"(?![\u4e00-\u9fff]{0,2}(?:会上|会议|发布会))"
)
_EXAM_OF_YEAR = compile_rule(
    r"(?:度)?[ \t\u3000]*(?:全国)?(?:硕士|博士)?研究生(?:招生)?(?:考试|统考|联考)"
)
# A weekday the page names as every week's (每週一公休, 每周五、周六末班车延长): its bare mentions
# are that, but for one a report is of (负责人週一在发布会上说).
_WEEKLY_DAY = compile_rule(r"(?:每个?|逢)(?:周|星期|礼拜)([一二三四五六日天])")
_DATE_BRACKET_AFTER = compile_rule(r"[ \t\u3000]*[(（][ \t\u3000]*\d")
# 通常星期二會特別多人, 一般週五最忙: a weekday said of as a rule is every such day (我家習慣
# 小年夜前一天蒸糕: what a household habitually does then, every year)
# (年宵市場一般由年廿五開始, 以前一般都係年廿六就放: the rule's verb or preposition between;
# 一到春节前: "whenever it comes to")
_USUALLY = compile_rule(
    # (开年饭传统系年初二食: what custom has it)
    # (流感高峰通常出现在 12 月: where a yearly peak usually falls)
    # (侗族群众历来在农历八月十五制作月饼: what a people has always done then)
    r"(?:(?:通常|一般|平常|平时|往往|总是|经常|常常|习惯|传统上?|按传统|照传统|习俗上?|历来|向来|素来|一向|自古)(?:都|会|是|在|系|由|从|于|喺|要|就){0,2}"
    r"(?:(?<=通常|一般|往往)(?:出现|发生|集中|落)(?:在|于)[ \t\u3000]?)?|总会在?|总在|(?<![初十廿一二三四五六七八九0-9])一到"
    # (小时候总要过了正月十六才算过完年: what had to pass, every year; not 总要等到3月15日开庭, one day)
    r"|(?:小时候|以前|从前|那时候?)总要(?:过了?|等到|到了?|等)?)$"
)  # 她总在年廿九…: what she always did
#: A sentence framed as what holds in general (一般來說，…都在農曆年後擲筊決定): its days come back.
_GENERALLY = compile_rule(r"一般来说|一般而言|通常来说|通常而言|一般情况下|通常情况下|按照惯例|按惯例|依照惯例")
_SENTENCE_START = rule_cache.compile(r"[。！？!?\n]")
_GENERAL_REACH = 60
# … or after it (禮拜六通常也有開, 周日一般人多)
# What someone is fond of doing on a weekday (官方喜欢踩周三, 他习惯在周五): every such day.
_FOND_OF = compile_rule(r"(?:喜欢|习惯|总爱|偏爱|爱)(?:在|踩|选|挑|定在|放在|约在)?$")
_USUALLY_AFTER = compile_rule(r"(?:通常|一般|往往|总是|经常|常常|平常|平时)")
#: The kinds of a feast or a lunar day (春节, 正月十五, 年初二): what a custom, a simile or a
#: feast's naming speaks of.
_FEAST_KINDS = frozenset({"festival", "lunar", "lunar_day", "lunar_new_year"})
_CUSTOM_REACH = 6  # characters before a festival its custom's words (不是只在, 我们这儿) are read in
_EVERY_YEAR_SO = compile_rule(r"每年都(?:系|是|会)?(?:咁|这样|如此|酱)[，,][ \t\u3000]*$")
_EVERY_YEAR_SO_REACH = 12
_THIS_YEAR_TOO = compile_rule(r"今年|这次|今次|呢次|今届|本届")  # (…，今年也不例外: this year's day too)
_NOT_ONLY_AT = compile_rule(r"(?:不是只|不只是?|并非只|不止)(?:在|有)$")
_OUR_PLACE = compile_rule(r"(?:我们|咱们|俺们|我们老家|咱)(?:这儿|这里|这边|那儿|那里|那边|老家|当地)(?:一般|都|是)?$")
# (…就扫过一轮了, …晚上将举行灯会, …当天会封路: done once, or planned for this year's)
_CLAUSE_DONE = compile_rule(r"[^，,。；;！？!?]{0,12}?(?:了|过|将|会|准备|打算|计划|举行|举办)")
_FEAST_USUALLY = compile_rule(
    r"[ \t\u3000]*(?:都|也)?(?:一向|向来|历来|素来|往往|总是|总会)"
    # (年初二一定嚟食碗湯圓先至算過咗年: what the year needs done on the day to count as kept)
    r"|[^，,。！？!?「」“”]{0,16}?(?:才算|先至算|先算|才叫)(?:是)?过(?:咗|了)?(?:年|节)"
)
_DATED_AFTER = rule_cache.compile(r"[ \t\u3000]*[(（][ \t\u3000]*\d")
_DATED_INSIDE = rule_cache.compile(r"[(（][ \t\u3000]*\d")
# What may stand before a weekday that labels a line (Day1 周一：, 3. 週二：, （一）周三:)
_LIST_MARK = compile_rule(r"[ \t]*(?:(?:day|Day|DAY)[ \t]*[0-9]{1,2}|[0-9]{1,2}[.、]|[(（][一二三四五六七0-9][)）]|[-•·*])?[ \t]*")
_COLON_AFTER = compile_rule(r"[ \t]*[：:](?![0-9])")
# Advice on which day to avoid (唔好揀星期日, 不要选周五, 避开周末): any such day, not one.
_AVOID = compile_rule(r"(?:不要|别|唔好|千万别|最好别|避免|避开)(?:拣|选|挑)?(?:在)?$")
# … said after the day (周末千万别去, 週六不要來): a warning for every such day, no visit planned
# (周末别去了: a plan given up, that one weekend)
_AVOID_AFTER = compile_rule(r"(?:千万|最好|尽量|切记)?(?:别|不要|唔好|避免)(?:去|来|嚟|过来|前往|出门)(?!了|咗)")
# A year said in words or figures (2026年, 明年, 次年): a sentence that names one dates its months by it.
_YEAR_SAID = compile_rule(r"\d{2,4}[ \t]*年|[今明去前后次翌本]年|民国|财年|年度")
# A weekday's clause to its 了 or 过 (週六出發了), and the words of the future that undo it (要, 会).
_WEEKDAY_DONE_AFTER = compile_rule(r"[^，,。；;！？!?]{0,12}?(?:了|过)(?![一二两三几])")
_COMING_SAID = compile_rule(r"明天|明日|后天|下周|下星期|下礼拜|下个?(?:周|星期|礼拜)")
_FUTURE_WORD = compile_rule(r"要|会|将|快|准备|打算|想|可以|能|得|该|再|才|记得|别|不|没")
_SHI_DE_AFTER = compile_rule(r"[^，,。；;！？!?]{0,12}?的(?=$|[，,。；;！？!?\s])")
_NEXT_DAYS = 3  # days after the page's own that a bare day names in the coming days
# (past words; the reporting ones are _REPORTED's)
_NEAR_PAST = compile_rule(r"了|过|已|曾|才|到场|发生|的时候|时[，,]")
_NEAR_PAST_REACH = 40  # characters of the day's sentence read for them
_NEXT_WEEK_WORD = compile_rule(r"下一?(?:个)?(?:周|星期|礼拜)?")
_HABIT_REACH = 60  # how far before a weekend its clause's 每, 通常, 以前 is looked for
_WEEKDAY_LIST_REACH = 40  # how far after a weekday the rest of its list and its 都 are looked for
# 以前周末才有空; 只限週末白天, 最好周末弄: the kind of day a rule or advice is for
_EVERY = compile_rule(r"每|逢|平时|平常|通常|一般|经常|常常|总是|以前|从前|以往|往常|往年|历年|只限|仅限|最好")
# (下次可以辦在週末白天嗎, 改天週末再約: a wish for some weekend, none named, in the same clause)
_SOME_TIME_BEFORE = compile_rule(r"(?:下次|改天|哪天)[^，,。；;！？!?]{0,10}$")
_FROM_NOW = compile_rule(r"(?:以后|今后|往后|从此)(?:的|每逢)?$")
# Weekends after a date, or from a date on (3月22日后的周末, 3月15号开始周末会有市集)
# (or from a day named by a word: 明天起週末加開早場, 即日起周末延长营业)
_AFTER_DATE = compile_rule(r"(?:[日号]|[今明]天|[今明]日|即日|下周|下个?月)(?:之?后的|起|开始)$")
# One weekday set against another (周五入住比周六便宜, 周六比周日人少): kinds of days, no one day.
_VERSUS_AFTER = compile_rule(r"[^，,。；;！？!?]{0,10}?比(?:周|星期|礼拜)[一二三四五六日天末]")
_VERSUS_BEFORE = compile_rule(r"比$")
_WEEKEND_KIND = compile_rule(
    r"[及和与、]?(?:节假日|假日|假期|公众假期)"
    # … or the kind of day a timetable, a fare or a booking is for (按周末时刻表执行, 周末票价,
    # 加密周末夜游班次, 拿到週末檔期)
    r"|的?[\u4e00-\u9fff]{0,2}?(?:时刻表|时间表|运行图|班次|票价|收费|营业时间|开放时间|运营时间|档期)"
    # (周末旅游列车, 週末限定市集, 周末特惠: a kind of train, market or offer, every weekend's)
    r"|(?:旅游|专列|列车|特惠|特价|限定|补眠|补觉)"
    # (週末營收, 周末延时运营, 周末每天限流: what every weekend brings or gets)
    r"|(?:营收|营业额|延时运营|延时营业|每天|每日)"
    # (放假与周末连休, 和周末连放: the weekend a holiday is joined to, no coming weekend)
    r"|(?:连休|连放|相连|连成)"
    # (周末好去处, 鹏城周末去哪儿, 周末旅行爱好者, 週末班距: a column's or a bio's topic, any weekend)
    r"|(?:好去处|去哪儿|去哪里|去边|旅行爱好者|爱好者|班距|早餐清单|清单)"
)
# … or listed after another kind of time (节假日及周末, 推出更多夜间及周末的活动)
# … or set against the working day's hours (下班还能去吃串串，周末约朋友去爬山: a routine)
_WORKING_DAYS = compile_rule(
    r"平日|工作日|周间|(?:节假日|假日|夜间|晚间)[及和与、](?=周末)|(?<![上今昨前明当那这])[上下]班(?:后|以后|之后)?[还就都也]"
)
# what the weekend always is (周末也要…), or what it then takes (周末就要提早一周, 周末早上九点就卖完)
# 週末的時候我喜歡去爬山: a weekend with a habit later in its clause is every weekend
_HABIT_LATER = compile_rule(
    r"(?:的时候|时)?[^，,。；;！？!?]{0,8}?(?:喜欢|习惯|通常|总是|往往|经常|常常|一般都|都会|都要)"
)
# What weekends are like or call for, or a wish for them (周末要提前订, 周末人多, 週末愉快, 週末很難停,
# 周末基本约不上, 周末排队太夸张, 周末双休, 週末85折, 周末优先, 週末一定先滿): any weekend, not one.
_WEEKEND_LIKE = compile_rule(
    r"[^，,。；;！？!?\s]{0,6}?(?:[要需]提前|需要?预约|很难|难停|难订|难约|约不上|约满|排队|[要需得]排|人流|人潮|人最多|人[很超太]?多|愉快|快乐"
    # (週末一定先滿, 周末常客满: rooms that go first on any weekend)
    r"|优先|双休|单休|更方便|夸张|舒服很多|[0-9一二三四五六七八九]{1,2}折|一定先满|先满|客满|爆满|满房"
    # (我們社區週末不能打牆: what a building's rule forbids on every weekend; not 周末不能陪我去看展了)
    r"|(?:不能|不可以|不准|禁止)(?:施工|装修|动工|打墙|打钻|电钻|停车|进入|作业))"
)
# People at large, or the present habit (港人周末北上, 市民周末, 现在周末要排队): every weekend.
_PEOPLE_ON_WEEKENDS = compile_rule(r"(?:港人|市民|居民|游客|旅客|现在|如今)$")
_HABIT_AFTER = compile_rule(
    # (周末是最忙的时候, 週末比較自由, 週末出門本來就要…: what weekends are like)
    r"[也都总常还]|一般|通常|照样|照常|是最|比较|本来|(?:早上|上午|中午|下午|晚上)?[^，,。；;！？!?\s]{0,4}?就(?!是)"
)


# A reply row's poster name (至多 this long) and the row itself, its stamp at its end.
_POSTER_NAME = 20
_REPLY_ROW = 300
_NAME_COLON = rule_cache.compile(r"[^:：\s，,。！？!?]{1,20}[ \t\u3000]*[:：]")
# A name's last characters, then its account in brackets (周一鸣（@周一鸣Sean）).
_NAME_BEFORE_HANDLE = rule_cache.compile(r"[\u4e00-\u9fff]{0,3}([(（][ \t\u3000]*[@＠])")
# The page's own stamp said in its text (本文更新于, 最后修改於, 發布時間：): not an event.
#: The page itself as a stamp's subject (本文更新于, 本頁更新：): the dateline reads such days, the
#: timeline drops them.
PAGE_ITSELF = r"(?:本文|本页|本帖|此文|文章|页面|网页)"
_PAGE_STAMP_LABEL = compile_rule(
    PAGE_ITSELF + r"(?:最后|最近)?(?:更新|发布|发表|编辑|修改)(?:于|时间|日期)?"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*$"
)


# ---- the whole article ------------------------------------------------------------------------


def date_paragraphs(
    texts: list[str],
    lines: list[str],
    reference_date: date | None,
    today: date,
    minguo: bool = False,
    title: str | None = None,
) -> tuple[Reference, list[list[Found]]]:
    """The reference date and every paragraph's dated events, in reading order.

    A letter-spaced paragraph (今 日 （ 8 月 22 日 ）) is read closed up, and its events point
    back into the text as written, spaces and all.

    ``title``: the headline, which says what the text speaks of (a thread titled for the
    Spring Festival dates its replies' bare 初二) but is dated by none of the rules.

    The reference is the ``reference_date`` given, else the page's own dateline (see
    :mod:`tui.model.dateline`), else inferred from the latest date the body states.
    """
    from tui.model.dateline import find_reference

    maps: dict[int, list[int]] = {}  # each letter-spaced paragraph's characters, closed up
    texts = list(texts)
    for i, t in enumerate(texts):
        if letter_spaced(t):
            texts[i], maps[i] = closed_up(t)
    taiwan = minguo and not any(_HONG_KONG.search(t) for t in texts)
    scanned = scan_paragraphs(texts, minguo)
    if taiwan:  # Taiwan writes days as 1/9 in running text (see taiwan_month_days)
        scanned = [taiwan_month_days(t, ms) for t, ms in zip(texts, scanned, strict=True)]
    scanned = drop_thread_numbers(texts, scanned)
    matches = _spanned_terms(texts, scanned)
    if reference_date is not None:
        ref = Reference(reference_date, "option")
    else:
        explicit: list[Found] = []
        for text, p_matches in zip(texts, matches, strict=True):
            if any(m.explicit for m in p_matches):
                # (民國89年開的那家蛋餅: the year a thing began, of its past, not the page's time)
                kept = [m for m in p_matches if m.explicit and not _BEGAN_THEN.match(text, m.end)]
                explicit += resolve(kept, today)
                explicit += _counted_today(text, p_matches, today)
        if title:
            # 【2025年農曆新年營業安排】 over a post stamped 1月20日: the headline's year is the
            # post's, as the body's would be (a guess still: the page states no date)
            heading = _spanned_terms([title], scan_paragraphs([title], minguo))[0]
            explicit += resolve([m for m in heading if m.explicit], today)
        ref = find_reference(lines, explicit, today, minguo)
    resolver = _Resolver(
        ref.day,
        new_year=any(_NEW_YEAR_WORDS.search(t) for t in (*texts, title or "")),
        mid_autumn=any(_MID_AUTUMN_WORDS.search(t) for t in texts),
        deity=any(_DEITY_BIRTHDAY.search(t) for t in (*texts, title or "")),
        stated_ref=ref.source not in GUESSED_SOURCES,
        taiwan=taiwan,
        guessed_ref=ref.source in GUESSED_SOURCES,
        minguo_years=taiwan and any(_MINGUO_YEARS.search(t) for t in texts),
        year_review=any(_YEAR_REVIEW.search(t) for t in (title or "", *texts[:2])),
    )
    # (我的2025：… / 拖了一个月，年终总结还是得写。 on February 3rd 2026: the year looked back on)
    resolver.reviewed_year = _reviewed_year(title or "", ref.day) if resolver.year_review else None
    # (names that hold a day's word, 阿圆今天也要早睡: only they can hide one)
    resolver.account_names = _account_names(lines) + _weekday_names(texts)
    resolver.weekly_days = frozenset(m.group(1).replace("天", "日") for t in texts for m in _WEEKLY_DAY.finditer(t))
    resolver.part_marks = _part_marks([title or "", *texts])  # (the headline may be the first part)
    resolver.day_first = _writes_day_first(texts)
    resolver.slash_order = stamp_order = _stamp_order(lines)  # (28/05/2019 on the page: all its such dates day first)
    resolver.lunar_months = frozenset(
        n for t in texts for m in _LUNAR_MONTH_NAMED.finditer(t) if (n := to_int(m.group(1)) or 0)
    )
    per: list[list[Found]] = []
    last_sentence = _last_sentence(texts)
    pasted = pasted_story_heads(lines)
    own, below, edits, gaps = _reply_stamps(texts, lines, ref.line, pasted)
    live = not below and _live_stream([own[i] for i in sorted(own)])
    plan_rows = _week_plan_rows(texts)
    chats = chat_stamps(lines)  # (LINE's day heads are chrome: read them from every line)
    quoted, openers = _quoted_blocks(texts, lines, ref.line, ref.day, minguo)
    # (a programme's day over its items; an event's time over its place)
    heads = timeline_heads(texts) | programme_days(texts) | day_headings(texts) | venue_times(texts) | _show_times(texts)
    # (6.4.0 / 2024年10月28日 / - …: the day a version came out; 謹詹於 / 二〇二四年十二月十四日（星期六）:
    # the wedding's day) — events wherever they stand, the page's foot too
    entries = release_entries(texts) | invitation_days(texts)
    heads |= entries
    columns = _column_heads(texts)
    stated = ref.source not in GUESSED_SOURCES
    diary = _diary_heads(texts)
    diary_day: date | None = None  # the day of the diary's entry being read
    edit_day: date | None = None  # the day of the post's edit being read (更新 8/21：)
    said_on: dict[str, date] = {}  # each paragraph's words, and the day they were written
    dispatch = _dispatch_day(texts, ref.day) if stated else None
    chapters = any(_CHAPTER_START.match(t) for t in texts)
    hours = _hours_rows(texts, lines)
    for i, (t, m) in enumerate(zip(texts, matches, strict=True)):
        resolver.start_paragraph(t)
        resolver.week_plan = i in plan_rows
        resolver.hours_row = i in hours
        if i in heads and (head := YEAR_HEAD.match(t.strip())) is not None:
            # 2006 / 3月，公司前身成立…: a chronology's head, the year of the lines under it
            resolver.heading_year = (int(head.group(1)), i)
            if not head.group(2):  # (a bare 2006 no rule reads as a year: the head is one)
                lead = len(t) - len(t.lstrip())
                y = int(head.group(1))
                per.append([Found(lead, lead + 4, date(y, 1, 1), date(y, 12, 31), YEAR, YEAR, f"{y}", True, STATED)])
                continue
        # (a forum's post written in lines without full stops: one line runs on into the next)
        resolver.run_on = bool(
            i and i < len(gaps) and not any(lines[j].strip() for j in gaps[i]) and not _RUN_ON_END.search(texts[i - 1])
        )
        if i in openers:
            per.append([])  # ──以下為舊文，原發表於2019年10月12日──: the quote's date, no event
            continue
        if i in quoted:  # a text quoted under its own earlier date counts from that date
            before = resolver.posted
            resolver.ref = resolver.posted = quoted[i]
            per.append(counted_days(t, resolve(m, quoted[i], t, resolver)))
            resolver.ref, resolver.posted = ref.day, before
            continue
        if t.strip() in chats:  # a chat message: its stamp says the day it was sent
            sent = chats[t.strip()]
            lead = len(t) - len(t.lstrip()) + chat_stamp_end(t.strip())
            before = resolver.posted
            resolver.ref = resolver.posted = sent
            per.append([f for f in counted_days(t, resolve(m, sent, t, resolver)) if f.start >= lead])
            resolver.ref, resolver.posted = ref.day, before
            continue
        if i in own:  # a reply's own time stamp: above it, below it, or closing its line
            resolver.posted = _posted_day(own[i], ref.day, minguo, stated, earlier=live, order=stamp_order)
        elif i in diary:
            resolver.posted = None  # (a diary's head is dated from the page's date)
        elif diary_day is not None:
            resolver.posted = diary_day  # a diary's 今天, 明天 under its entry's head: that day's
        elif below:
            resolver.posted = None  # stamps close their replies: this paragraph has none
        if i in own:
            edit_day = None  # a new floor: an edit above was the last floor's
        if (edit := _EDIT_HEAD.match(t.strip())) is not None:
            edit_day = _edit_day(int(edit.group(1)), int(edit.group(2)), resolver.posted or ref.day)
        elif i in edits and _ADDENDUM.match(t.strip()):
            # 本帖最後由 某某 於 2025-1-25 10:02 編輯 over the post / … / 補充：今朝去咗街市: the words
            # added at the edit count from its day
            edit_day = _posted_day(edits[i], ref.day, minguo, stated, order=stamp_order) or edit_day
        if edit_day is not None:
            resolver.posted = edit_day  # 更新 9/7：昨天交屋完成: the edit's words count from its day
        said = t.strip()
        # 好想去大理: 来大理吧，这周末古城有集市 under a later floor, 上週三建商終於開了協調會(恕刪): an
        # earlier floor's words quoted again, under the quote's marker or cut short, count from the day
        # they were first written; the reply's own words after the quote, from the reply's
        # (the same words written again without a marker are the later floor's own: 明天我也去排队)
        reply_day = resolver.posted
        first_said = _first_said(said, said_on) if m else None
        if first_said is None and dispatch is not None and i >= dispatch[0] and resolver.posted is None:
            # 杭州，2026年3月17日——…今日在杭州举办 on a page of the 18th: the story's 今日 is its dispatch's
            first_said = dispatch[1]
        if first_said is not None:
            resolver.posted = first_said
        said_on.setdefault(said, resolver.posted or ref.day)
        if (
            not m
            or t.strip() == ref.line
            or (is_stamp(t) and i not in heads)
            or (is_foot_dateline(t, i > last_sentence) and i not in entries)
            or i in columns
        ):
            per.append([])  # the page's own date, or a link's time stamp: not an event
        elif resolver.posted is not None and resolver.posted != ref.day:
            # a reply counts its 昨天, 上週六, 上個月 from the day it was posted
            resolver.ref = resolver.posted
            per.append(counted_days(t, resolve(m, resolver.posted, t, resolver)))
            resolver.ref = ref.day
        else:
            per.append(counted_days(t, resolve(m, ref.day, t, resolver)))
        if first_said is not None:
            resolver.posted = reply_day
        if per[-1] and not chapters and (row := _PROGRAMME_ROW.match(t)) is not None:
            # 20:30　星光聖誕夜, 08:00　卡通樂園：小熊過聖誕: a schedule's show under its hour, a
            # festival inside its name no day (a podcast's chapters, 00:00 開場 / 12:40 …, tell
            # their topics, whose days count)
            per[-1] = [f for f in per[-1] if f.precision != "festival" or f.start <= row.start("title")]
        if per[-1] and any(f.first == _EPOCH_DAY for f in per[-1]):
            per[-1] = [f for f in per[-1] if not _epoch_default(t, f)]
        closing = _closing_stamp(t)
        if closing is not None:  # a reply's own stamp closing its line: when it was posted
            per[-1] = [f for f in per[-1] if f.start < closing]
        if i in diary:
            diary_day = per[-1][0].first if per[-1] and per[-1][0].first <= ref.day else None
    for i, where in maps.items():
        per[i] = [replace(f, start=where[f.start], end=where[f.end - 1] + 1) for f in per[i]]
    return ref, per


# A trip's start after its day, and its return after a bare weekday (母親節前一天出發…禮拜天晚上再回來).
_SET_OUT_AFTER = compile_rule(r"[^，,。；;！？!?]{0,3}?(?:出发|动身|启程|出门|飞|去)")
_BACK_AFTER = compile_rule(r"[^，,。；;！？!?]{0,4}?(?:回来|回去|回程|返程|回家|返回|回到)")
# A day supposed to be another, as a thought's trial (如果明天就是 12 月 31 日, 假如今天便是除夕):
# neither is a day of the story; a plain "if" (如果明天是好天氣) keeps its day.
_SUPPOSED_DAY = compile_rule(r"(?:如果|假如|假设|假使|要是|若)(?:说)?$")
_SUPPOSED_AS = compile_rule(r"[ \t]*(?:就|便)(?:是|系)")
_SUPPOSED_AS_DAY = compile_rule(
    r"(?:如果|假如|假设|假使|要是|若)(?:说)?(?:今天|明天|今日|明日|后天|昨天)(?:就|便)(?:是|系)[ \t]*$"
)
_SUPPOSED_REACH = 12
# … said to be another of its kind (又係另一個「情人節」; not 又一個「母親節」即將到來, the feast itself).
_ANOTHER_KIND = compile_rule(r"(?:是|系|算|成了|变成)(?:另一|又一|第二)个?$")
_ANOTHER_REACH = 4
_SIMILE_BEFORE = compile_rule(r"(?:好似|好像|就像|像是|犹如|如同|仿佛)[^，,。；;！？!?]{0,2}$")
_SIMILE_END = compile_rule(r"咁|一样|似的|一般|那样|这样")
_SIMILE_REACH = 12
_YEAR_NAMED_FIRST = compile_rule(r"去年|今年|明年|前年|上年|旧年|那年|嗰年|𠮶年|今个|出年|\d|民国")
_EPOCH_DAY = date(1970, 1, 1)
# What a program shows a date as, in the clause of 1970年1月1日 (识别出来的日期全是…, 时间显示为…).
_SHOWN_AS = compile_rule(r"显示|变成|识别|读取|默认|时间戳|全是|都是|(?i:timestamp|exif)")
_EPOCH_REACH = 16


def _epoch_default(text: str, found: Found) -> bool:
    """1970年1月1日 as a program's default for a date it cannot read (识别出来的日期全是1970年1月1日):
    the clock's zero, not a day of the story."""
    if found.first != _EPOCH_DAY or found.last != _EPOCH_DAY:
        return False
    before = text[max(0, found.start - _EPOCH_REACH) : found.start]
    cut = max(before.rfind(c) for c in "。！？!?；;")
    return _SHOWN_AS.search(before[cut + 1 :]) is not None


# An edit's head inside a post, its day without a year (更新 8/21：, EDIT 9/4：, 補充 9/7：…): the
# words under it were added that day, and count their 昨天 and 明天 from it.
# (the words of a later addition; 编辑 only before its day, 编辑：某某 being an editor's credit)
_ADDED_WORDS = r"更新|补充|追记|追加|后记|(?i:edit|update|updated)"
# (each run of spaces read once, possessively: three runs side by side backtracked in cubic time
# on a line of 更新 and two thousand spaces)
_EDIT_HEAD = compile_rule(
    rf"^[(（【\[]?(?:编辑|{_ADDED_WORDS})[ \t\u3000]*+(?:于|於)?[ \t\u3000]*+[:：]?[ \t\u3000]*+[(（]?"
    r"(\d{1,2})[ \t\u3000]*+[/月.][ \t\u3000]*+(\d{1,2})[ \t\u3000]*+日?[)）】\]]?[ \t\u3000]*+[:：]"
)


# A story's dispatch opening its first paragraphs: a release's place and full day before a dash
# (杭州，2026年3月17日——, 香港，2024年5月6日 /), a wire's place and day before 电
# (新华社北京1月12日电, 中央社記者某某台北3日電).
_DISPATCH_RELEASE = compile_rule(
    r"^[（(【\[]?[^，,。！？\n：:]{1,16}[，,][ \t]*(?P<y>\d{4})[ \t]*年[ \t]*(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})[ \t]*日"
    r"[ \t]*(?:——|—|–|－－|[/／])(?![ \t]*\d)"
)
_DISPATCH_HEAD = 40  # characters of a paragraph's opening where its wire dateline stands
_DISPATCH_PARAGRAPHS = 3  # the story's first paragraphs, where a dispatch stands
_DISPATCH_DAYS = 7  # a page stamped up to a week after the story was sent


def _dispatch_day(texts: list[str], ref: date) -> tuple[int, date] | None:
    """The paragraph a story's dispatch opens and its day, when that day is shortly before the
    page's stamp (a release of the 17th put online on the 18th): the story's 今日 is the 17th."""
    from tui.model.dateline import agency_day  # (dateline reads this module's rules)

    for i, t in enumerate(texts[:_DISPATCH_PARAGRAPHS]):
        release = _DISPATCH_RELEASE.match(_simplified(t.strip()))
        # (新华社北京3月16日电, 中央社記者某某台北16日電: the wire's own day, as the page's date reads it)
        wire = None if release is not None else agency_day(t[:_DISPATCH_HEAD])
        if release is None and wire is None:
            continue
        stated = release.group("y") if release is not None else None
        y = int(stated) if stated else ref.year
        written, d = (int(release.group("m")), int(release.group("d"))) if release is not None else wire
        mo = written or ref.month
        day = _safe_date(y, mo, d)
        if day is not None and not written and day > ref:
            day = _safe_date(y - (mo == 1), mo - 1 or 12, d)  # (3日電 on the 2nd: last month's)
        if day is not None and not stated and day > ref:
            day = _safe_date(y - 1, mo, d)
        if day is not None and 0 < (ref - day).days <= _DISPATCH_DAYS:
            return i, day
        return None
    return None


def _edit_day(month: int, day: int, posted: date) -> date | None:
    """The day of an edit written without its year: on or after the post's own day, within a year."""
    found = _month_day(posted.year, month, day)
    if found is not None and found < posted:
        found = _month_day(posted.year + 1, month, day)
    return found


# A diary's entry head: the day with its weekday, perhaps the weather (1月16日　周四　阴,
# 2025.1.20 星期一 小雪).
_DIARY_HEAD = compile_rule(
    r"^(?:\d{4}[ \t\u3000]*[年./-][ \t\u3000]*)?\d{1,2}[ \t\u3000]*[月./-][ \t\u3000]*\d{1,2}[ \t\u3000]*日?[ \t\u3000]*"
    r"(?:[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?(?:[ \t\u3000]+[^\s，。,：:]{1,6})?"
    # (10/26（六）Day1 桃園→高松: a travel diary's day, its weekday bracketed alone, its route)
    r"|[(（][一二三四五六日天][)）][ \t\u3000]*(?:Day[ \t]?\d{1,2}|D\d{1,2}|第[一二三四五六七八九十\d]{1,2}天)?"
    r"(?:[ \t\u3000]*[^，。,：:；;！？!?]{1,20})?)[ \t\u3000]*$"
)


_DAY_WORD_IN = rule_cache.compile(r"[今明昨前后天日号月年周星期礼拜节夜晚早午春夏秋冬\d]")
# An account's whole name, closed by the colon of a repost chain or a reply (//@阿圆今天也要早睡:).
_COLON_MENTION = rule_cache.compile(r"@([^\s@:：，,。！？!?]{3,24})[:：]")


def _account_names(lines: list[str]) -> tuple[str, ...]:
    """The account names a repost chain or a reply closes with its colon that hold a day's word
    (阿圆今天也要早睡): wherever the page writes them, they name someone, no day."""
    names = {
        _simplified(m.group(1)) for line in lines if "@" in line for m in _COLON_MENTION.finditer(line)
    }
    # (阿凯的周末 over a comment, @阿凯的周末 公众号… in a reply: a name alone on its line; only a
    # name holding a day's word is looked for, so a page without one converts no line)
    # (周末去哪吃：3天前去吃的… / 2024-3-13 08:15 来自四川　回复　赞 5: a commenter's name over
    # its comment's foot)
    for line, below in itertools.pairwise(lines):
        m = _NAME_COLON_HEAD.match(line)
        if m is None or not _DAY_WORD_IN.search(_simplified(m.group(1))):
            continue
        foot = _simplified(below.strip())
        if any(rule.match(foot) is not None for rule in (_STAMP_FOOT, _DAY_REGION_FOOT, _REGION_DAY_FOOT)):
            names.add(_simplified(m.group(1)))
    # (山野阿杰: 回复 周末去山里 :这条线…: Tieba's reply to a poster, named between 回复 and its colon)
    names |= {
        _simplified(m.group(1))
        for line in lines
        if "回复" in line or "回覆" in line
        for m in _REPLY_TO_NAME.finditer(line)
        if _DAY_WORD_IN.search(_simplified(m.group(1)))
    }
    loose = {n for n in mention_names(lines) if n not in names and _DAY_WORD_IN.search(n)}
    if loose:
        alone = {_simplified(line.strip()) for line in lines if 3 <= len(line.strip()) <= 24}
        names |= loose & alone
    return tuple(sorted(n for n in names if _DAY_WORD_IN.search(n)))


_REPLY_TO_NAME = rule_cache.compile(r"回[复覆][ \t\u3000]+([^\s:：，,。！？!?@]{2,16})[ \t\u3000]*[:：]")
_NAME_COLON_HEAD = rule_cache.compile(r"^[ \t\u3000]*([^:：\s，,。！？!?@]{2,12})[ \t\u3000]*[:：]")


# A person named 周 with a given name that opens on a weekday's numeral (学生周一鸣, 周日新说): the
# given name's last character is none a weekday runs on into (周一上午, 周六晚, 周日开放, 周三是).
_WEEKDAY_NAME = compile_rule(
    r"周[一二三四五六日]([\u4e00-\u9fff])"
)
_WEEKDAY_RUNS_ON = frozenset(
    "上下早晚中凌午夜傍的起前后开到至及和与或见去来就都也还要会再才是在有没不能可将把被给跟让对从"
    "一二三四五六七八九十号日天班假休放返回出入收停止内里间左右末那这我你他她它们又更最先刚已经正"
    "例课值轮全半整继照如依续该每次各另"
)
_NAMED_AS = compile_rule(r"(?:学生|同学|先生|女士|老师|记者|医生|律师|教授|名叫|叫做|名为|姓名[:：]?)$")


_WEEKDAY_NAMES_MAX = 8  # such names a page is read for (each is looked for round every date)


def _weekday_names(texts: list[str]) -> tuple[str, ...]:
    """Names that hold a weekday (周一鸣), said once after a word that names a person (学生周一鸣):
    wherever the page writes them, they name someone, no day (a plan said twice, 周日逛街…周日逛完,
    is no name)."""
    named: set[str] = set()
    for t in texts:
        plain = _simplified(t)
        for m in _WEEKDAY_NAME.finditer(plain):
            if m.group(1) not in _WEEKDAY_RUNS_ON and _NAMED_AS.search(plain, max(0, m.start() - 3), m.start()):
                named.add(m.group(0))
                if len(named) >= _WEEKDAY_NAMES_MAX:
                    return tuple(sorted(named))
    return tuple(sorted(named))


# A part's number opening or closing a paragraph (… 長文慎入 1/3, 2/3 我查了一下): a long post
# split in parts, as Threads and Weibo posts number them.
# (（1/4）晚霧樂團…: in brackets too)
_PART_MARK = compile_rule(
    r"^[ \t]*[(（]?([1-9])/([2-9])(?![0-9/])(?:[)）]|(?![)）]))|(?<![0-9/])([1-9])/([2-9])[)）]?[ \t]*$"
)


# A slash date that can only be day/month (29/3, 13/12) or only month/day (3/29, 12/13).
_DAY_FIRST_ONLY = compile_rule(
    r"(?<![0-9/.:])(?:1[3-9]|2[0-9]|3[01])/(?:1[0-2]|0?[1-9])(?![0-9/.:%])([ \t]?[(（](?:星期|周|礼拜)?[一二三四五六日天][)）])?"
)
_MONTH_FIRST_ONLY = compile_rule(r"(?<![0-9/.:])(?:1[0-2]|0?[1-9])/(?:1[3-9]|2[0-9]|3[01])(?![0-9/.:%])")


def _writes_day_first(texts: list[str]) -> bool:
    """Does the page write its slash dates day first (29/3(星期五)…1/4晚機), as Hong Kong does?
    Only where some date can only be read so and none only month first."""
    # (with its weekday after it, or on a Hong Kong page; never 24/7, "always")
    return any(
        (m.group(1) or _HONG_KONG.search(t)) and m.group(0).split("(")[0].split("（")[0].strip() != "24/7"
        for t in texts
        for m in _DAY_FIRST_ONLY.finditer(t)
    ) and not any(_MONTH_FIRST_ONLY.search(t) for t in texts)


def _part_marks(texts: list[str]) -> frozenset[str]:
    """The parts' numbers of a post in parts (1/3, 2/3, 3/3): two or more of one count, each
    opening or closing its paragraph, the first among them; they are no days."""
    found: dict[str, set[int]] = {}
    for t in texts:
        for m in _PART_MARK.finditer(t.strip()):
            k, n = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if int(k) <= int(n):
                found.setdefault(n, set()).add(int(k))
    # (1/3, 2/3, 3/3 run from the first; 3/4馬位落敗 and 股價漲了1/4 are fractions, no run)
    return frozenset(f"{k}/{n}" for n, ks in found.items() if ks == set(range(1, max(ks) + 1)) and len(ks) >= 2 for k in ks)


_DAY_FIRST_LINE = compile_rule(r"^(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}")


def _show_times(texts: list[str]) -> set[int]:
    """The shows' days and hours under their heading (演出場次 / 2025/12/12（五）19:30 / …): when the
    shows are, each a day of the story, not a stamp of when the page was written."""
    from tui.model.dateline import SHOWS_HEADING

    found: set[int] = set()
    under = False
    for i, t in enumerate(texts):
        line = t.strip()
        if not line:
            continue
        if SHOWS_HEADING.match(line):
            under = True
        elif under and _DAY_FIRST_LINE.match(line):
            found.add(i)
        else:
            under = False
    return found


def _diary_heads(texts: list[str]) -> set[int]:
    """The entry heads of a diary (two or more: one day's head alone may be an event's), whose
    entries count their 今天 and 明天 from their own day, not the page's."""
    found = {i for i, t in enumerate(texts) if len(t) <= 30 and _DIARY_HEAD.match(t.strip())}
    # (each over its entry: heads one after the other are a list of days, 2/17(一) 104投遞履歷 /
    # 2/20(四) HR來電…, no diary)
    found = {
        i
        for i in found
        if i + 1 < len(texts)
        and not _OPENS_ON_MONTH_DAY.match(texts[i + 1].strip())
        and (i == 0 or not _OPENS_ON_MONTH_DAY.match(texts[i - 1].strip()))
    }
    return found if len(found) >= 2 else set()


_OPENS_ON_MONTH_DAY = compile_rule(r"^(?:\d{4}[ \t]*[年./-][ \t]*)?\d{1,2}[ \t]*[月./-][ \t]*\d{1,2}")


_FORECAST_AFTER = compile_rule(r"[^，,。；;！？!?\n]{0,8}?(?:还会|将|会|要|预计|预估|可望|有望|计划|准备|打算)")
_YEAR_COMPARED = compile_rule(r"(?:与|和|跟|较|比|对比|相比)[ \t\u3000]*\d{4}[ \t\u3000]*年?$")
_YEAR_AIMED = compile_rule(r"[ \t\u3000]*(?:相比|比|目标|前|以前|之前|以来|规划|愿景)")
_DM_RANGE = rule_cache.compile(r"(\d{1,2})/(\d{1,2})[ \t\u3000]*[—–\-至~～到][ \t\u3000]*(\d{1,2})/(\d{1,2})")
# A forecast's word just before a quarter (預估第4季, 预计第三季): a coming quarter.
_FORECAST_BEFORE = compile_rule(r"(?:预估|预计|预期|估计|估|可望|有望|展望|将于?|将在|力拼|目标)[ \t\u3000]*$")
# A comparison's word just before a month (较1月, 比上月, 相比9月).
_COMPARED_BEFORE = compile_rule(r"(?:较|比|相比|比起|对比|环比)[ \t\u3000]*$")
# (与上月持平: "with", before last month only; 12月和1月 is a list)
_WITH_BEFORE = compile_rule(r"(?<!参)与[ \t\u3000]*$")


def _column_heads(texts: list[str]) -> set[int]:
    """A table's head rows (项目｜本报告期｜年初至报告期末比上年同期增减 over rows of figures):
    the names of its columns, periods in general, no day of the story."""
    out = set()
    for i in range(len(texts) - 1):
        bars = texts[i].count("｜") + texts[i].count("|")
        below = texts[i + 1].count("｜") + texts[i + 1].count("|")
        if bars >= 2 and below == bars and not _FIGURE.search(texts[i]) and _FIGURE.search(texts[i + 1]):
            out.add(i)
    return out


_FIGURE = rule_cache.compile(r"[0-9０-９]")


def _closing_stamp(text: str) -> int | None:
    """Where the stamp that closes a reply's or a review's line begins (某某：订了！希望国庆能
    提车 2025-09-10 20:05, 下次圣诞前再来 2026-11-09 17:02), if it has one: a date with its
    time of day after the words, set apart: when it was posted, never an event in it."""
    m = _TRAILING_STAMP.search(text)
    if m is None or len(text[: m.start()].strip()) < _STAMPED_WORDS:
        return None
    return m.start(1)


_STAMPED_WORDS = 6  # characters of a reply before its stamp (a shorter line is the stamp's own)


_CLOCK = rule_cache.compile(r"(?<![0-9])[0-2]?[0-9]:[0-5][0-9](?![0-9])")
_STAMP_MAX = 60
_STAMP_DATE = compile_rule(
    rf"(?<![0-9])(?:\d{{4}}{SPACE}[-/.年]{SPACE}\d{{1,2}}{SPACE}[-/.月]{SPACE}\d{{1,2}}{SPACE}[日号]?"
    # (27/1/2024 00:12 alone: a Hong Kong forum floor's stamp, the day first and the year last)
    # (01-03 10:15 来自上海: a Weibo comment's month and day opening its stamp line, then its clock)
    rf"|\d{{1,2}}{SPACE}月{SPACE}\d{{1,2}}{SPACE}[日号]|[0-3]?\d/[01]?\d/\d{{4}}(?=[ \t\u3000]+[0-2]?\d:[0-5]\d(?::[0-5]\d)?[ \t\u3000]*$)|[01]?\d/[0-3]?\d"
    rf"|^[01]?\d-[0-3]?\d(?=[ \t\u3000]+[0-2]?\d:[0-5]\d)|(?:昨天|今天|前天)(?={SPACE}\d)"
    # (24-3-10 09:12 来自福建: Weibo's comment stamp with its year in two figures, then its clock)
    rf"|^[12]\d-[01]?\d-[0-3]?\d(?=[ \t\u3000]+[0-2]?\d:[0-5]\d))(?![0-9])"
)
_STAMP_NOTE = 12  # what a bracketed stamp may hold beside its date: a paper's name, a page
_STAMP_REST = compile_rule(
    r"^[\s()（）\[\]【】|｜·•,，:：/]*(?:星期.|周.|礼拜.)?[\s()（）\[\]【】|｜·•]*$"
)
_CLAUSE = rule_cache.compile(r"[，,]")
# A clause of words after a comma (，请携带寒假作业): a sentence goes on, no stamp does.
# (not a stamp's own source, region or outlet after a comma: 2025-05-03 14:30，来源：人民日报客户端,
# 发布于 2025-05-03 14:30，浙江杭州, …，中国新闻网)
_CLAUSE_AFTER = compile_rule(
    rf"[，,][ \t\u3000]*(?!来源[:：]|IP属地|ip属地)(?!(?:{PROVINCES})[\u4e00-\u9fff]{{0,4}}[ \t\u3000]*$)"
    r"(?![^，,\s]{1,10}(?:网|报|台|社|客户端|新闻)[ \t\u3000]*$)[^，,]*?[\u4e00-\u9fff]{4}"
)
# The label of an event's or a product's time (活动时间：, 售票时间:, 维护时间：): its date is a fact.
_EVENT_LABEL = compile_rule(
    r"(?:生产|出厂|有效|到期|截止|报名|活动|演出|开演|售票|开卖|比赛|开幕|维护|入住|出发|集合|考试|上映|首映|公映|开播|首播|"
    r"举办|举行)\S{0,3}(?:日期|时间|期限)\s*[:：]"
    # (會員預售：3/12中午12:00, 一般售票：3/15: a sale's own label, its day the sale's)
    r"|(?:会员|一般|全面|早鸟|首轮|二轮|粉丝)?(?:预售|售票|开卖|开售|抢票|开票)\s*[:：]"
    # (中信卡友優先購：…, 卡友優先購截止：…, 會員預購：…, 加演場次：2024/08/18（日）18:00)
    r"|(?:优先购|预购|抢购)(?:截止|开始)?\s*[:：]|(?:加演|追加)?场次\s*[:：]|加场\s*[:：]"
    # (5.0版本更新：8月28日 預計06:00開始維護: a release's day, a game's or an app's)
    r"|版本?更新\s*[:：]|(?:停机|停服)?维护\s*[:：]|改版\s*[:：]|开服\s*[:：]"
)
_VERSION_HEAD = rule_cache.compile(r"[vV]?\d+(?:\.\d+){1,3}[ \t\u3000]*[(（]")
_LINK_STAMP = rule_cache.compile(
    r"[(（][ \t\u3000]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]*[)）][ \t\u3000]*$"
)
# The issuer and date that close a notice (康乐及文化事务署 2024年9月13日): a stamp at the
# page's foot, not an event.
_FOOT_DATE = rule_cache.compile(
    # (the spaces before the date taken at once: read one way only, in linear time)
    r"^[^，,。！？!?；;]{0,24}?[ \t\u3000]*+(?:\d{4}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月"
    r"[ \t\u3000]*\d{1,2}[ \t\u3000]*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    # a Minguo year (中華民國115年3月2日) and a date in numerals (二〇二五年三月二日), as a
    # notice's signature gives them
    r"|(?:中華民國|中华民国|民國|民国)?[ \t\u3000]*\d{2,3}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月"
    r"[ \t\u3000]*\d{1,2}[ \t\u3000]*日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号])"
    r"[ \t\u3000]*(?:[(（]?(?:星期|周|礼拜|週|禮拜).[)）]?)?$"
)


# A reply's stamp closing its own line (已经下单了 11-5 20:40, 推 id: 明天去  03/12 21:52).
# (去年排队排了一个小时，今年早点去 　北京 9月10日 19:02: a WeChat comment's region, day and time)
_TRAILING_STAMP = rule_cache.compile(
    # (not a span's end: 「海港集市」：2025/07/18 10:00 - 2025/07/28 03:59)
    r"(?<![-–—~～至到])[ \t\u3000]((?:[\u4e00-\u9fff]{2,4}[ \t\u3000]+(?=\d{1,2}月))?(?:\d{4}[-/.])?(?:[01]?\d[-/.][0-3]?\d|[01]?\d月[0-3]?\d日)"
    # (and a reply button after it, as Tieba's floors close their replies: … 2023-12-25 21:24 回复)
    # (… 12-30 21:12 来自广东: a Weibo comment's stamp and the region it came from)
    r"[ \t\u3000]+[0-2]?\d:[0-5]\d)(?:[ \t\u3000]+来自[ \t\u3000]*[^\s，。,]{1,12})?[ \t\u3000]*(?:(?:回复|回覆|举报|舉報)[ \t\u3000]*)?$"
)


# A reply inside a floor with its poster and its own stamp (楼中楼: 某某: 我也去  2024-8-21 22:10).
_NAMED_REPLY = rule_cache.compile(r"^[^:：\s]{1,20}[ \t\u3000]*[:：][ \t\u3000]*\S{2}")


def _self_stamped(line: str) -> bool:
    """Whether ``line`` is a poster's reply closed by its own stamp: it dates itself, so it
    neither separates the floors' stamps nor breaks their order (the thread's stamps still
    close their floors when such replies follow the last one)."""
    m = _TRAILING_STAMP.search(line)
    return m is not None and _NAMED_REPLY.match(line[: m.start()]) is not None


# The label of a page's update stamp (更新：2024-10-21 00:15, 最後修改於…, Updated): when the
# page was changed, never when a reply was posted.
# (解決時間： under a question's 發問時間：, a Q&A site's: when the question was closed, not posted)
_UPDATE_LABEL = compile_rule(r"(?:更新|修改|修订|编辑|编修|解决时间|结案时间|关闭时间)|(?i:updated|modified|edited)")


# A BBS post's header line with its station and the C library's stamp (水木, 北大未名, PTT's
# mirrors: 发信站: 水木社区 (Fri Mar 21 08:47:12 2025), 站内).
_BBS_STATION = compile_rule(r"^发信站[ \t\u3000]*[:：]")


# A comment's foot row of its day (no year, no clock), its region and its buttons, as 知乎 prints
# them (06-19 · 浙江 回复 喜欢 21).
# (the comment head's shape is boilerplate's, which makes it chrome; the author's reply head too)
_NAME_REGION_DAY = compile_rule(NAME_REGION_DAY_RULE + r"|^作者[ \t\u3000]+\d{1,2}月\d{1,2}日$")
_DAY_BUTTONS_FOOT = compile_rule(
    # (WeChat's under a comment, spaced: 1月19日　　赞 23)
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:(?:[ \t\u3000]*[·•][ \t\u3000]*|[ \t\u3000]+)"
    r"(?:\d[\d,]*+[ \t]*+个?赞|赞[ \t]*+\d[\d,.]*+[万千]?|回复|赞好|赞|查看翻译))++$"
)
_DAY_REGION_FOOT = compile_rule(
    # (Zhihu's: 03-09 · IP 属地湖南; Douyin's with its year, 2024-03-17·湖北)
    r"^(?:\d{4}-)?[01]?\d-[0-3]?\d[ \t\u3000]*[·•・][ \t\u3000]*(?:IP[ \t]*属地[ \t]*[:：]?[ \t]*)?[\u4e00-\u9fff]{2,8}"
    r"(?:[ \t\u3000]+(?:回复|喜欢|赞|点赞|踩|[0-9][0-9,.]*[万千]?))*[ \t\u3000]*$"
)


# … and WeChat's, the region first (湖北 2月11日).
_REGION_DAY_FOOT = compile_rule(
    # (its likes after it: 浙江 02-18  赞 36)
    rf"^(?:{PROVINCES})[ \t\u3000]++(?:\d{{1,2}}月\d{{1,2}}日|[01]?\d-[0-3]?\d)"
    r"(?:[ \t\u3000]++(?:赞|点赞|回复)(?:[ \t\u3000]*+\d[\d,.]*+[万千]?)?)*+[ \t\u3000]*+$"
    # … and Xiaohongshu's, the day first and the region after a space (2024-10-12 湖南, 10-12 湖南;
    # a recent one counted back, 2天前 江苏, 昨天 14:02 上海)
    r"|^(?:(?:\d{4}-)?[01]?\d-[0-3]?\d|\d{1,2}[ \t]*(?:天|小时|分钟)前|(?:昨天|前天)(?:[ \t]+\d{1,2}:\d{2})?)"
    rf"[ \t\u3000]+(?:{PROVINCES})"
    # (its buttons after it: 11-05 浙江　赞　回复, 11-06 浙江　赞 2　回复)
    r"(?:[ \t\u3000]++(?:赞|点赞|回复)(?:[ \t\u3000]*+\d[\d,.]*+[万千]?)?)*+[ \t\u3000]*+$"
)


# A comment's foot opening with its stamp, then where it came from or its buttons (2024-3-13 08:15
# 来自四川　回复　赞 5, 昨天 21:04 · 广东　回复).
_STAMP_FOOT = compile_rule(
    r"^(?:(?:\d{4}-)?[01]?\d-[0-3]?\d|\d{1,2}[ \t]*(?:天|小时|分钟)前|昨天|前天|今天)(?:[ \t\u3000]+[0-2]?\d:[0-5]\d)?"
    r"[ \t\u3000·•]+(?:来自|IP属地|回复|赞)"
)
_EDITED_BY = compile_rule(r"^本帖最后由")
_NUMBERED_UPDATE = compile_rule(r"^(?:项目)?(?:更新|动态|(?i:update))[ \t]*+#?[ \t]*+\d{1,3}[ \t\u3000]")
# A quote's marker before words said earlier on the page (某某: …, : …, > …).
_QUOTE_PREFIX = rule_cache.compile(r"^(?:[^\s:：，,。]{1,20}[ \t]*[:：][ \t]*|[:：>＞][ \t]*)")
_QUOTED_MIN = 8  # characters a repeated line needs to be a quote, not a stock phrase
# What a reply quotes cut short (上週三建商終於開了協調會(恕刪)): Mobile01's mark that the rest was cut.
_CUT_QUOTE = compile_rule(r"[(（](?:恕删|恕刪|删节|刪節|略)[)）]$")
_CUT_QUOTE_MIN = 6  # characters of a cut quote's words
_QUOTED_REACH = 200  # earlier paragraphs a cut quote's words are looked for in


def _first_said(said: str, said_on: dict[str, date]) -> date | None:
    """The day an earlier paragraph's words were written, where ``said`` quotes them: whole
    after a quote's marker (某某: …, > …), or their opening cut short (…(恕刪)) in one of the
    last paragraphs."""
    again = _QUOTE_PREFIX.sub("", said, count=1)
    if again != said and len(again) >= _QUOTED_MIN and again in said_on:
        return said_on[again]
    cut = _CUT_QUOTE.search(said, max(0, len(said) - 4))
    words = said[: cut.start()].strip() if cut is not None else ""
    if len(words) < _CUT_QUOTE_MIN:
        return None
    return next((day for text, day in itertools.islice(reversed(said_on.items()), _QUOTED_REACH) if words in text), None)
_SERVER_TIME = rule_cache.compile(r"^GMT[ \t]?[+-]\d{1,2}")
# The head of words added to a post later, without a day of their own (補充：, PS：, EDIT:).
_ADDENDUM = compile_rule(rf"^[(（【\[]?(?:{_ADDED_WORDS}|PS|P\.S\.)[)）】\]]?[ \t\u3000]*[:：]")


def _edit_stamps(gaps: list[range], stripped: list[str], stamped: set[int]) -> dict[int, str]:
    """For each paragraph under a post's edit stamp (本帖最后由 某某 于 2025-1-25 10:02 编辑), that
    stamp, until the next floor's stamp: the day the post's added words were written."""
    out: dict[int, str] = {}
    edit: str | None = None
    for i, gap in enumerate(gaps):
        for j in gap:
            if _EDITED_BY.match(stripped[j]) and _CLOCK.search(stripped[j]):
                edit = stripped[j]
            elif j in stamped:
                edit = None
        if edit is not None:
            out[i] = edit
    return out


# A comment's writer, then its month, day and clock alone closing the line (Sohu's 糖葫芦爱好者　01-20 11:42).
_NAME_MONTH_DAY_CLOCK = compile_rule(
    r"^(?![^\s\d]*(?:日期|时间|发布|更新|编辑|发表|修改|最后))[^\s，。,！？!?：:@]{1,8}[ \t\u3000]+[01]?\d-[0-3]?\d[ \t\u3000]+[0-2]?\d:[0-5]\d$"
)


# A reviewer's level row (Lv.5 美食家　食評 432篇) and the day alone under it (2024-02-15, read by
# _DAY_ALONE_FIGURES); a shop's reply head with its day (商戶回覆　2024-01-05).
# (an app store's or a shop's review head: 山城单车客　★★★☆☆　2024-03-16)
_STARRED_HEAD = compile_rule(r"^[^\s，。,]{1,16}[ \t\u3000]+[★☆]{3,5}[ \t\u3000]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
_SHOP_REPLY_HEAD = compile_rule(r"^(?:商户|店家|商家|作者|博主)回[覆复][ \t\u3000]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")


def _ranked_day_rows(stripped: list[str]) -> set[int]:
    """Lines that are a review's day under its writer's level row (Wing仔 / Lv.5 美食家 / 2024-02-15 /
    its words), or a shop's reply head with its day: each dates the words under it."""
    rows = [j for j, line in enumerate(stripped) if line]
    out = {j for j in rows if _SHOP_REPLY_HEAD.match(_simplified(stripped[j])) or _STARRED_HEAD.match(stripped[j])}
    out.update(
        j for h, j in itertools.pairwise(rows) if _DAY_ALONE_FIGURES.match(stripped[j]) and LEVEL_ROW.match(stripped[h])
    )
    return out


# A commenter's name and its day without a clock (南山南　05-22), over the comment and its buttons.
_NAME_DAY_HEAD = compile_rule(r"^[^\s，。,！？!?：:@]{1,12}(?:[(（][^)）]{1,6}[)）])?[ \t\u3000]+[01]?\d-[0-3]?\d$")
_BUTTONS_UNDER = compile_rule(r"^(?:赞|点赞)[ \t]*\d[\d,.]*[万千]?[ \t\u3000]+回复$|^回复$")


def _named_day_heads(stripped: list[str]) -> set[int]:
    """Comment heads of a name and a day (南山南　05-22) with the comment under them and its
    buttons under that (赞 128　回复): each dates its comment.  Two such on the page at least."""
    rows = [j for j, line in enumerate(stripped) if line]
    heads = {
        rows[k]
        for k in range(len(rows) - 2)
        if _NAME_DAY_HEAD.match(stripped[rows[k]]) and _BUTTONS_UNDER.match(_simplified(stripped[rows[k + 2]]))
    }
    return heads if len(heads) >= 2 else set()


_TOLD_NEXT_DAY = frozenset({"翌日", "隔天"})  # (次日凌晨5:00收车: a timetable's next day, any day)
# Words said after the night's event (隊長賽後說：「今晚…」): that night's, whatever else the page names.
_SAID_AFTER_EVENT = compile_rule(r"(?:赛后|会后|演出后|散场后|完场后|比赛结束后|赛事结束后)[^。！？!?「『“]{0,8}$")
_SAID_AFTER_REACH = 16  # characters before a quote in which its speaker is said to speak after the event
_QUOTE_OPENINGS = ("「", "『", "“", '"')
_NEXT_DAY_PARAGRAPHS = 2  # paragraphs after a past day in which 翌日 counts from it
_RANGE_WEEK_DAYS = 6  # days a span may run past its first that a bare weekday after it falls in
_RANGE_WEEKDAY_REACH = 4  # characters between the span and the weekday (，, 的)
_TABLE_BARS = 3  # bars that make a line a table's row, no stamp
_STAMP_CELL = compile_rule(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+\d{1,2}:\d{2}")  # (… unless a cell is a stamp, day and clock)


def _floor_stamp(line: str, ref_line: str | None) -> bool:
    """Whether ``line`` (stripped) is a stamp line that dates the floor or comment next to it:
    a time stamp with a clock, not the page's own date, not an update stamp under the page's
    dateline, and not a reply that carries its own stamp."""
    if line and line != ref_line and _BBS_STATION.match(line):
        from tui.model.dateline import ctime_day

        return ctime_day(line) is not None  # 发信站: 水木社区 (Sat Mar 22 20:11:40 2025): the post's
    if line and line != ref_line and _NAME_MONTH_DAY_CLOCK.match(line):
        return True  # 西城老街坊　01-21 09:10: a comment's writer and its day and clock, over its words
    if line and line != ref_line and _NAME_REGION_DAY.match(line):
        return True  # 小禾爸爸  上海  9月7日, 作者  9月7日: WeChat's comment head, its day over its words
    if line and line != ref_line and _DAY_BUTTONS_FOOT.match(line):
        return True  # 12月14日 · 3個讚 · 回覆: Instagram's comment foot, its day and its buttons
    if line and line != ref_line and (_DAY_REGION_FOOT.match(line) or _REGION_DAY_FOOT.match(line)):
        return True  # 06-19 · 浙江 回复 喜欢 21, 湖北 2月11日: a comment's day and region under it, no clock
    if not line or line == ref_line or not _CLOCK.search(line) or not is_stamp(line):
        return False
    date_at = _STAMP_DATE.search(line)
    if date_at is not None and _UPDATE_LABEL.search(line, 0, date_at.start()) and not _NUMBERED_UPDATE.match(line):
        return False  # (but 更新#3　2024-07-10 20:15: a numbered update's own post, its words under it)
    if _EDITED_BY.match(line) or _SERVER_TIME.match(line) or SIGN_UP_ROW.match(_simplified(line)):
        # 本帖最後由 某某 於 2025-1-25 10:02 編輯: when the post was changed, not posted; GMT+8,
        # 2026-2-11 21:48: the forum's clock in its footer when the page was saved; 註冊時間:
        # 2009-02-14, 10:02: when the poster signed up, on the card beside the post
        return False
    return not _self_stamped(line)


# A commenter's name and the whole day of its comment on one line, maybe its time (CSDN's 码农阿强
# 2024.04.10; Blogger's 匿名2021年11月3日 上午9:15, the name run into the day).
_NAMED_DAY_STAMP = compile_rule(
    r"^(?=[^\s\d]*[A-Za-z\u4e00-\u9fff])(?![^\s\d]*(?:日期|时间|发布|更新|出版|截止|开始|结束|报名|出发|拍摄|摄于|写于|发表|修改|编辑|刊出|刊登))"
    r"([^\s\d，。,！？!?：:；;【】\[\]《》「」]{1,16}?)(?:[ \t\u3000]+)?\d{4}[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}[ \t]*日?"
    r"(?:[ \t\u3000]*(?:上午|下午|晚上|早上|凌晨|中午)?[ \t]*\d{1,2}:\d{2}(?::\d{2})?)?$"
)


# A comment's bare day under its words (WeChat's 晴天小猪 江苏 / 昨天路过和平广场… / 1月30日 / 赞 16).
_BARE_MONTH_DAY = compile_rule(r"^\d{1,2}月\d{1,2}日$")
_LIKES_UNDER = compile_rule(r"^(?:赞|点赞|讚)[ \t\u3000]*\d[\d,.]*[万千kK]?$")
_NAME_AND_REGION = compile_rule(rf"^[^\s，。,！？!?：:]{{1,16}}[ \t\u3000]+(?:{PROVINCES})$")


def _comment_day_feet(stripped: list[str]) -> set[int]:
    """Bare days under comments, as WeChat prints them: a day alone on its line, with the likes
    under it, or under a comment whose writer's name and region head it: that comment's day."""
    rows = [j for j, line in enumerate(stripped) if line]
    out: set[int] = set()
    for k, j in enumerate(rows):
        if not _BARE_MONTH_DAY.match(stripped[j]):
            continue
        below = stripped[rows[k + 1]] if k + 1 < len(rows) else ""
        head = stripped[rows[k - 2]] if k >= 2 else ""
        if _LIKES_UNDER.match(below) or _NAME_AND_REGION.match(head):
            out.add(j)
    return out


_NAMED_DAY_NAME = 8  # the longest commenter's name before its day (a related link's headline is longer)


def _named_day_rows(stripped: list[str], ref_line: str | None) -> set[int]:
    """Lines that are a commenter's name and its comment's day (see ``_NAMED_DAY_STAMP``),
    each alone: a run of such rows is a list of related links under their days."""
    rows = {
        j
        for j, line in enumerate(stripped)
        if line
        and line != ref_line
        and (m := _NAMED_DAY_STAMP.match(line)) is not None
        and len(m.group(1)) <= _NAMED_DAY_NAME
    }
    nonblank = [j for j, line in enumerate(stripped) if line]
    run = set()
    for a, b in itertools.pairwise(nonblank):
        if (a in rows and b in rows) or (b in rows and _LINKS_HEAD.match(stripped[a])):
            run |= {a, b}  # (更多推薦 / 老房子裡的日曆紙　2022/04/02: a link under its list's heading)
    return rows - run


_LINKS_HEAD = compile_rule(r"^(?:更多|相关|延伸|推荐|猜你|热门|最新|其他|往期)\S{0,6}$")


# A day set between rules, as chat apps export a day's messages under it (—————  2024-11-25  —————,
# ---- 2024年11月25日 星期一 ----): two or more of them make the page's days.
_RULED_DAY_HEAD = compile_rule(
    r"^[-—–=─━~～·•*_]{2,}[ \t\u3000]*(\d{4})[ \t\u3000]*[-/.年][ \t\u3000]*(\d{1,2})[ \t\u3000]*[-/.月][ \t\u3000]*(\d{1,2})"
    r"[ \t\u3000]*日?[ \t\u3000]*(?:[(（]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?)?[ \t\u3000]*[-—–=─━~～·•*_]{2,}$"
)


# A chat app's day head as its window shows it (2024年4月12日（五）, 2024/04/12 週五), and a
# message's sender with its time over it (小魚爸爸 08:15, 阿哲 Jerry 下午12:30).
# (a Telegram channel's day head has no weekday: 2024年3月9日)
_VIEW_DAY_HEAD = compile_rule(
    r"^(\d{4})[ \t]*+[-/.年][ \t]*+(\d{1,2})[ \t]*+[-/.月][ \t]*+(\d{1,2})[ \t]*+日?[ \t]*+"
    r"(?P<wd>[(（](?:星期|周|週|礼拜|禮拜)?[一二三四五六日天][)）]|(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?$"
)
# (not a commenter's name run into its day, 匿名2021年11月3日 上午9:15: Blogger's comment head)
_SENDER_ROW = compile_rule(r"^(?![0-9])(?!\S*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})[^\s：:，。,！？!?]{1,16}(?:[ \t][^\s：:，。,！？!?]{1,16})?[ \t]+(?:上午|下午|早上|晚上)?\d{1,2}:\d{2}$")
_SENDER_ROWS = 2  # senders over their messages that make a page a chat's window
_CHANNEL_PAGE = compile_rule(
    # (@xijiu_traffic · 8,214 subscribers: the channel's id before its count; Telegram's export's
    # own first line, Exported Data)
    r"^(?:@[\w.]{2,40}[ \t]*[·•][ \t]*)?[\d,.]+[KkMm万]?\s*(?:subscribers|订阅者|訂閱者|位订阅者)$"
    r"|^(?:View in Telegram|Preview channel|Exported Data)$"
)
# A Telegram export's day head in English (2 April 2024).
_ENGLISH_DAY_HEAD = re.compile(rf"^(\d{{1,2}}) ({'|'.join(ENGLISH_MONTHS)}) (\d{{4}})$")
_CHANNEL_HEAD = 6  # the first lines, where a channel's page names itself


def _chat_view_days(lines: list[str]) -> dict[str, date]:
    """A chat's window copied whole (LINE, WeChat): each message line under a day head
    (2024年4月12日（五）), its senders over their messages (小魚爸爸 08:15), dated by that head."""
    stripped = [line.strip() for line in lines]
    # (a Telegram channel's page shows its posts under their days' heads too, 2024年3月9日 alone)
    channel = any(_CHANNEL_PAGE.search(s) for s in stripped[:_CHANNEL_HEAD])
    if not channel and sum(1 for s in stripped if _SENDER_ROW.match(s)) < _SENDER_ROWS:
        return {}
    rows: dict[str, date] = {}
    day: date | None = None
    for s in stripped:
        if (head := _VIEW_DAY_HEAD.match(s)) is not None and (channel or head["wd"]):
            day = _safe_date(int(head.group(1)), int(head.group(2)), int(head.group(3)))
        elif channel and (english := _ENGLISH_DAY_HEAD.match(s)) is not None:
            day = _safe_date(int(english.group(3)), ENGLISH_MONTHS.index(english.group(2)) + 1, int(english.group(1)))
        elif day is not None and s and not _SENDER_ROW.match(s):
            rows.setdefault(s, day)
    return rows


def chat_stamps(lines: list[str]) -> dict[str, date]:
    """Each chat message line's day, read from its stamp (``[5/2/2024, 8:15 AM]``, WhatsApp's
    ``22/9/2025 下午8:15 - ``) or, in LINE's saved chat, from the day's head over its row, keyed by
    the stripped line.  A stamp with the year last puts the day first (HK, UK) unless a figure over
    12 in the first place says the month comes first (US): the page's stamps decide together."""
    found: list[tuple[str, int, int, int]] = []
    day: date | None = None  # LINE's day head over its rows (2025/01/17（週五）)
    rows: dict[str, date] = {}
    line_export = is_line_chat_export(lines)
    ruled = sum(1 for line in lines if _RULED_DAY_HEAD.match(line.strip())) >= 2
    for line in lines:
        s = line.strip()
        if ruled and (head := _RULED_DAY_HEAD.match(s)) is not None:
            # (————— 2024-11-25 —————: an exported chat's day over its messages)
            day = _safe_date(int(head.group(1)), int(head.group(2)), int(head.group(3)))
            continue
        if ruled and day is not None and s:
            rows[s] = day
        m = CHAT_LINE.match(s)
        if m is not None:
            found.append((s, int(m.group(1)), int(m.group(2)), int(m.group(3))))
        elif line_export and (head := LINE_DAY_HEAD.match(s)) is not None:
            day = _safe_date(int(head.group(1)), int(head.group(2)), int(head.group(3)))
        elif day is not None and LINE_CHAT_ROW.match(s):
            rows[s] = day
    if not rows and not line_export and not ruled:
        rows = _chat_view_days(lines)
    if not found:
        return rows
    year_last = all(c >= 100 or a <= 31 for _, a, _b, c in found) and not any(a >= 100 for _, a, _b, _c in found)
    month_first = year_last and any(b > 12 for _, _a, b, _c in found) and not any(a > 12 for _, a, _b, _c in found)
    out: dict[str, date] = dict(rows)
    for s, a, b, c in found:
        if year_last:
            y, mo, d = (c if c >= 100 else 2000 + c), (a if month_first else b), (b if month_first else a)
        else:
            y, mo, d = a, b, c
        try:
            out[s] = date(y, mo, d)
        except ValueError:
            continue
    return out


def chat_stamp_end(line: str) -> int:
    """Where a chat message's text starts after its stamp and sender (0 where the line has none)."""
    m = CHAT_LINE.match(line) or LINE_CHAT_ROW.match(line)
    return m.end() if m is not None else 0


_PASTED_HEAD = 3  # non-blank lines after the intro: the pasted story's headline, source and dateline
_PASTED_FOOT = 12  # … and the lines its source line with its day may close it within
_PASTED_SOURCE = compile_rule(r"^(?:来源|出处|原文|原载)[ \t]*[:：][^，。！？]{0,20}?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")


def pasted_story_heads(lines: list[str]) -> frozenset[str]:
    """The stripped lines that head a story a post pastes under its intro (转自苏州发布： /
    【…】 / 2024-09-13 17:45 来源：苏州日报): the story's own stamp, neither the page's date nor
    a floor's."""
    out: set[str] = set()
    left = foot = 0
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if QUOTE_INTRO.match(s):
            left, foot = _PASTED_HEAD, _PASTED_FOOT
        elif left:
            out.add(s)
            left -= 1
            foot -= 1
        elif foot:
            foot -= 1
            if _PASTED_SOURCE.match(s):
                out.add(s)  # … / 来源：南溪新闻网 2024-04-01 18:20: the pasted story's foot
                foot = 0
    return frozenset(out)


def _reply_stamps(
    texts: list[str], lines: list[str], ref_line: str | None, pasted: frozenset[str] = frozenset()
) -> tuple[dict[int, str], bool, dict[int, str], list[range]]:
    """Each paragraph's own time stamp, read from where the page puts its stamps.

    Threads and comment sections put a reply's stamp on a line above it (forum floors), below
    it (answers and comments: the text, then ``name 2025-03-13 18:22 有用(20)``), or at the
    end of its own line.  Which of the first two a page does is read from the page as a whole:
    where stamp lines alternate with paragraphs and no paragraph follows the last stamp, the
    stamps close their texts, and each stamp belongs to the block of paragraphs right above
    it (no other line between); otherwise a stamp belongs to the paragraph after it.  Returns
    the stamps by paragraph, whether the page's stamps stand below their texts, and the edit
    stamp each paragraph stands under (see :func:`_edit_stamps`), and the page's lines before each
    paragraph (see :func:`_line_gaps`: a line written straight under another runs on from it).
    The page's lines are walked once, in step with the paragraphs, and each line is read for a
    stamp once.
    """
    gaps, rest = _line_gaps(texts, lines)
    stripped = [line.strip() for line in lines]
    if ref_line is not None and gaps and ref_line not in stripped[: gaps[0].stop]:
        # (大众点评: the page is dated by its first review's stamp, 2021-06-16 21:30 under the
        # review's words: below the first paragraph, the page's date is one of its posts' stamps)
        ref_line = None
    named = (
        _named_day_rows(stripped, ref_line)
        | _comment_day_feet(stripped)
        | _ranked_day_rows(stripped)
        | _named_day_heads(stripped)
    )
    stamped = {
        j
        for gap in gaps
        for j in gap
        if (_floor_stamp(stripped[j], ref_line) or _handle_day(lines, j) or j in named) and stripped[j] not in pasted
    }
    # (a thread's posts, each under its account and its day in figures: two or more such, not a
    # story's one quoted post)
    posts = {j for gap in gaps for j in gap if j not in stamped and _handle_day(lines, j, figures=True)}
    if len(posts) >= 2:
        stamped |= posts
    above = _stamps_above(gaps, stripped, stamped)
    edits = _edit_stamps(gaps, stripped, stamped)
    order: list[tuple[int, str | None]] = []  # (paragraph, None) or (-1, stamp) or (-1, None)
    feet: list[tuple[int, str]] = []  # an answer's labelled stamp under it (编辑于 …), by its place in order
    if rest is not None:  # (else the paragraphs are not the page's lines: nothing to say)
        for i, gap in enumerate(gaps):
            for j in gap:
                line = stripped[j]
                if j in stamped:
                    order.append((-1, line))
                elif line and not FRAMED_SIGNATURE.match(line):
                    # (a poster's signature framed by dashes between its floor's words and the floor's
                    # stamp, ———— 2016 Focus ／ 2022 RAV4 ————, parts them no more than a blank does)
                    order.append((-1, None))
                if _answer_foot(line, ref_line, pasted):
                    feet.append((len(order) - 1, line))
            order.append((i, None))
        for j, line in enumerate(stripped[rest:], rest):  # the page's foot, after the last paragraph
            if FRAMED_SIGNATURE.match(line):
                continue
            order.append((-1, line if (_floor_stamp(line, ref_line) or j in named) and line not in pasted else None))
            if _answer_foot(line, ref_line, pasted):
                feet.append((len(order) - 1, line))
    stamps = [k for k, (p, st) in enumerate(order) if st is not None]
    below = (
        len(stamps) >= 2
        and all(p < 0 or _self_stamped(texts[p]) for p, _ in order[stamps[-1] + 1 :])
        and all(any(p >= 0 for p, _ in order[a + 1 : b]) for a, b in itertools.pairwise(stamps))
        and any(p >= 0 for p, _ in order[: stamps[0]])
    )
    own: dict[int, str] = {}
    if below:
        for k in stamps:
            b = k - 1
            while b >= 0 and order[b][0] >= 0:
                own[order[b][0]] = order[k][1] or ""
                if _REPOSTED_HEAD.match(texts[order[b][0]]):
                    break  # (… //@某某:转发微博 / @榕城文旅：原帖… / 24-3-6 10:02: the stamp is the original's)
                b -= 1
        for k, st in feet:  # (an answer's labelled stamp under it, where no floor stamp closes it)
            b = k - 1
            while b >= 0 and order[b][0] >= 0 and order[b][0] not in own:
                own[order[b][0]] = st
                b -= 1
    else:
        own.update(above)
        # (… / 前天晚上邻居家孩子出分… / 编辑于 2024-06-27 08:03・IP 属地河南: an answer's labelled
        # stamp under it closes its text, whichever way the page's other stamps run)
        for k, st in feet:
            b = k - 1
            while b >= 0 and order[b][0] >= 0:
                own[order[b][0]] = st
                b -= 1
    for i, t in enumerate(texts):
        m = _TRAILING_STAMP.search(t)
        if m is not None and len(t[: m.start()].strip()) >= 2:
            own[i] = m.group(1)  # what the reply says, then its stamp
    return own, below, edits, gaps


# A reposted post's writer opening it (@榕城文旅：…), under the reposter's words: Weibo's stamp under
# the original post is the original's alone.
_REPOSTED_HEAD = compile_rule(r"^[@＠][^\s:：@]{1,30}[:：]")


def _line_gaps(texts: list[str], lines: list[str]) -> tuple[list[range], int | None]:
    """For each paragraph in turn, the page's lines between it and the paragraph before (where
    stamps, names and buttons stand), and where the lines after the last paragraph begin; that
    is ``None`` where the paragraphs are not the page's lines in order (the gaps read up to
    there still stand)."""
    gaps: list[range] = []
    j = 0
    for t in texts:
        want = t.strip()
        start = j
        while j < len(lines) and lines[j].strip() != want:
            j += 1
        if j == len(lines):
            return gaps, None
        gaps.append(range(start, j))
        j += 1
    return gaps, j


# A line that says the text after it was first published earlier (──以下為舊文，原發表於2019年10月12日──,
# 原文写于2016年2月7日): the quoted text's own date.
_QUOTE_OPENS = compile_rule(
    r"(?:原发表于|原文发表于|原发布于|原载于|原刊于|首发于|写于)[ \t\u3000]*(?:\S{0,12}?[（(])?"
    r"[ \t\u3000]*(\d{4}[ \t\u3000]*[-/.年][ \t\u3000]*\d{1,2}[ \t\u3000]*[-/.月][ \t\u3000]*\d{1,2}(?:[ \t\u3000]*[日号])?)"
)
# A line that closes a quoted text: a rule, words set between rules (──舊文結束──), or the
# words that say the quote is over (以上為舊文, 原文完).
_QUOTE_CLOSES = compile_rule(
    rf"^{RULE_CHARS}{{2,}}|{RULE_CHARS}{{2,}}$"
    r"|^[（(【\[]?(?:以上(?:为|是)?)?(?:旧文|原文|全文|引文|转载|日记)(?:结束|完|完毕|到此)[）)】\]]?$"
)
_FULL_DATE = compile_rule(r"(?<![0-9])\d{4}[ \t\u3000]*[-/.年][ \t\u3000]*\d{1,2}[ \t\u3000]*[-/.月][ \t\u3000]*\d{1,2}(?![0-9])")
_OPENER_MAX = 40  # characters: a line that says what follows is quoted is short, no sentence
# A pasted story's source line with its day (来源：江北日报 2024年9月11日 A05版), and the opening of
# the paper's story under it (本报讯（记者 某某）, 记者某某报道, （某某社3日电）).
_SOURCE_DATED = compile_rule(
    r"^(?:来源|转自|转载自|原载|稿源)[ \t]*[:：][ \t]*[^ \t，。]{2,16}[ \t]*"
    r"(\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[ \t]+\S{0,8})?$"
)
_STORY_OPENING = compile_rule(r"^(?:本报讯|本报记者|本台讯)|^[（(【]?[^，。]{0,12}(?:记者|通讯员)[^，。]{0,12}[)）】]|[电讯][)）]")
_SOURCE_REACH = 4  # lines under a source line where its story's opening is looked for
_BYLINE_FIELD = compile_rule(r"^(?:作者|记者|编辑|文|图|撰文)[ \t]*[:：｜|][ \t]*[^ \t，。]{1,12}$")
_OLDEST_QUOTE = 60  # years: a quoted text's stamp further back than this is no stamp of one


def _quoted_blocks(
    texts: list[str], lines: list[str], ref_line: str | None, ref: date, minguo: bool
) -> tuple[dict[int, date], set[int]]:
    """Paragraphs of a text quoted whole under its own earlier date, and the paragraphs that
    only state that date.

    A forum post pasting a news story under the story's stamp (``2024/11/15 18:32``), a blog
    re-posting an old entry under ``──以下為舊文，原發表於2019年10月12日──`` or under the
    entry's own stamp between rules: the quoted text's 昨晚, 前天 and 今天 count from its own
    date.  The quote runs over the paragraphs right after the stamp, up to the first line of
    the page around them (a rule, a field, a link); where the quote's date is not before the
    page's, it is no quote (a reply's stamp, see :func:`_reply_stamps`).
    """
    quoted: dict[int, date] = {}
    openers: set[int] = set()
    current: date | None = None
    j = 0

    def older(line: str) -> date | None:
        day = None
        m = _quote_marker(line)
        if m is not None:
            day = _posted_stamp(m.group(1), ref, minguo)
        elif _floor_stamp(line, ref_line) and _FULL_DATE.search(line):
            day = _posted_stamp(line, ref, minguo)
        if day is None or not 0 < (ref - day).days <= _OLDEST_QUOTE * 366:
            return None
        return day

    def sourced(k: int, line: str) -> date | None:
        """来源：江北日报 2024年9月11日 A05版 over 本报讯（记者 某某）昨天，…: a paper's story pasted
        under its source line and day (not a source line closing a pasted story, the replies after it)."""
        m = _SOURCE_DATED.match(line)
        if m is None:
            return None
        after = [x.strip() for x in lines[k + 1 : k + 1 + _SOURCE_REACH] if x.strip()]
        if not any(_STORY_OPENING.search(x) for x in after[:3]):
            return None
        day = _posted_stamp(m.group(1), ref, minguo)
        return day if day is not None and 0 < (ref - day).days <= _OLDEST_QUOTE * 366 else None

    listing = False  # inside a list of other stories (相关阅读 / headline / 2024-06-05 09:41)
    for i, t in enumerate(texts):
        want = t.strip()
        while j < len(lines) and lines[j].strip() != want:
            line = lines[j].strip()
            if line:
                # a page's line: the quote (if any) ends, or one opens (not a listed link's stamp)
                listing = listing or is_section_heading(line)
                kept = current if current is not None and _BYLINE_FIELD.match(line) else None
                opened = None if listing else older(line)
                current = opened or sourced(j, line) or kept  # (作者：某某 under it keeps it)
            j += 1
        listing = False
        if j == len(lines):
            return {}, set()  # the paragraphs are not the page's lines: nothing to say
        j += 1
        opened = older(want) if _quote_marker(want) else None
        if opened is not None:
            current = opened  # the paragraph that says so opens it, and is no event of its own
            openers.add(i)
        elif _QUOTE_CLOSES.search(_simplified(want)):
            current = None  # ──舊文結束──
        elif current is not None:
            quoted[i] = current
    return quoted, openers


def _quote_marker(line: str) -> re.Match[str] | None:
    """The quoted text's own date in a short line that says what follows is quoted (──以下為舊文，
    原發表於2019年10月12日──), not in a sentence that mentions a publication (相关论文原发表于…。)."""
    if len(line) > _OPENER_MAX or "。" in line:
        return None
    return _QUOTE_OPENS.search(_simplified(line))


def _posted_stamp(line: str, ref: date, minguo: bool) -> date | None:
    """The one day that a stamp with its year states."""
    found = [f for f in resolve([m for m in scan(_simplified(line), minguo) if m.explicit], ref, line)]
    days = [f.first for f in found if f.first == f.last]
    return days[0] if len(days) == 1 else None


def _stamps_above(gaps: list[range], stripped: list[str], stamped: set[int]) -> dict[int, str]:
    """For a paragraph with a time-stamp line (with a clock) between it and the paragraph
    before, that stamp line (``stamped``: the stamp lines' indices)."""
    out: dict[int, str] = {}
    floor: str | None = None  # a floor's header over a quote's stamp: the floor's own, for after the quote
    for i, gap in enumerate(gaps):
        stamp = header = None
        quoted_text = False  # the quote's own lines stand between its stamp and the paragraph
        for j in gap:
            if j in stamped:
                line = stripped[j]
                if not _QUOTED_STAMP.match(line):
                    header = line  # the floor's own header, the last one before the paragraph
                stamp = line
                quoted_text = False
            elif stamp is not None and stripped[j] and _QUOTED_STAMP.match(stamp):
                quoted_text = True
        if quoted_text and header is not None:
            # (… 发表于 2024-12-30 / 某某 发表于 2024-12-29 / the quoted words, set aside / 感谢！昨晚…:
            # the reply under the quote is the floor's)
            stamp = header
        if stamp is not None:
            out[i] = stamp
            # (作者：某某  时间：2019-11-19 12:30:45  6楼 / @绿萝不浇水 2019-11-18 10:47:19 /
            # 建议楼主……: the quoted floor's text under its stamp; the reply after it is the floor's)
            floor = header if header is not None and header != stamp else None
        elif floor is not None:
            out[i] = floor
            floor = None
    return out


def _handle_day(lines: list[str], j: int, figures: bool = False) -> bool:
    """Is line ``j`` a post's day alone under its account's handle (X: 某某 / @sam_hk852 / · /
    1月25日), the day the post under it was written?  ``figures``: a day in figures only
    (Threads: tainan_citygov / 2024-11-29, ruby.hsu_tw · 作者 / 12/04), which a news story
    quoting one post also shows (the caller asks for two such)."""
    day = _DAY_ALONE_FIGURES if figures else _DAY_ALONE
    if not day.match(lines[j].strip()):
        return False
    above = [s for s in (line.strip() for line in lines[max(0, j - 3) : j]) if s and s not in "·•・"]
    if not above:
        return False
    if len(above) >= 2 and _REGION_ALONE.match(above[-1]) and _COMMENTER_NAME.match(above[-2]):
        return True  # (WeChat: 一棵小树 / 浙江 / 3月27日 / 14 over the comment: its name, region, day)
    if not figures and (
        USER_ID.match(above[-1].lower())
        or (len(above) >= 2 and _BADGE_ALONE.match(above[-1]) and USER_ID.match(above[-2].lower()))
    ):
        return True  # (Threads: ah_fai.hk / 1月25日, siuhung.daily / 作者 / 1月25日 over a reply)
    return HANDLE_ALONE.match(above[-1]) is not None or (figures and _COMMENTER_NAME.match(above[-1]) is not None)


_REGION_ALONE = compile_rule(rf"^(?:{PROVINCES})$")
_BADGE_ALONE = compile_rule(rf"^(?:{WRITER_BADGES})$")


# A commenter's name or account id alone over its comment's day (小魚乾 / 2024/02/15, tainan_citygov
# / 2024-11-29), the writer's badge maybe after it (阿苓的慢日子 作者, ruby.hsu_tw · 作者).
_COMMENTER_NAME = compile_rule(
    rf"^[^\s，。,！？!?：:；;]{{1,30}}(?:[ \t\u3000]*[·・]?[ \t\u3000]*(?:{WRITER_BADGES}))?$"
)


_QUOTED_POST_DAYS = 31  # how long before the page's own post a quoted post's bare day may be
_DAY_ALONE = compile_rule(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日$")
_DAY_ALONE_FIGURES = compile_rule(r"^(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}$")
# The stamp of a quoted floor inside a reply (@某某 2019-11-18 10:47:19, 引用 某某 發表於 …).
# (NGA's Reply Post by 某某 (2024-03-05 19:40):, Discuz's 某某 发表于 2024-12-29 09:10 over the
# lines a reply quotes: the floor's own header reads 发表于 … | 只看该作者, its name on a line above)
_QUOTED_STAMP = compile_rule(
    r"^(?:@|＠|引用|回复|回覆|原帖由|Quote|Originally posted by|Reply Post by|Reply to)"
    r"|^[^\s|｜]{1,20}[ \t]+发表于[ \t]*\d{4}[^|｜]*$"
)


_STAMP_MONTH_DAY = compile_rule(
    r"(?<![0-9])(?:(\d{4})[ \t\u3000]*[-/.年][ \t\u3000]*)?([01]?\d)[ \t\u3000]*[-/.月][ \t\u3000]*([0-3]?\d)(?![0-9])"
)


_HALF_YEAR = 183


_SLASH_STAMP = rule_cache.compile(r"(?<![0-9/])(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?![0-9/])")


def _stamp_order(lines: list[str]) -> str | None:
    """How the page's stamps with the year last order their figures, where some can only be read
    one way (28/05/2019: the day first; 09/13/2019: the month first); None where none tells."""
    day_first = month_first = False
    for line in lines:
        for m in _SLASH_STAMP.finditer(line):
            day_first = day_first or int(m.group(1)) > 12
            month_first = month_first or int(m.group(2)) > 12
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None


def _nearer_reading(matches: list[Match], day: date, ref: date) -> date:
    """A reply's stamp whose two first figures could each be the month (版主回覆：(09/11/2019
    21:03:05) under a post of September 10th: Pixnet writes the month first, Hong Kong's forums
    the day first), on a page where no other stamp shows the order (_stamp_order): the reading
    that falls on the page's day or soonest after it, as a reply does."""
    if len(matches) != 1 or matches[0].kind != "dmy":
        return day
    g = matches[0].groups
    a, b, y = int(g["a"] or 0), int(g["b"] or 0), int(g["y"] or 0)
    if a > 12 or b > 12 or a == b:
        return day
    readings = [x for x in (_safe_date(y, b, a), _safe_date(y, a, b)) if x is not None and x >= ref]
    return min(readings, key=lambda x: x - ref) if readings else day


def _posted_day(
    line: str, ref: date, minguo: bool, stated: bool = False, earlier: bool = False, order: str | None = None
) -> date | None:
    """The day a reply's stamp (``2012-11-14 09:12``; with a stated page date also a
    yearless ``8月13日 00:05`` or ``11-5 20:40``, in the page's year or the next) gives, if it
    is not before the page's date: its 今天 is that day.  ``earlier``: the stamps are a live
    page's entries, dated up to the page's last update, so a day before the page's is theirs."""
    matches = [m for m in scan(_simplified(line), minguo) if m.explicit]
    reader = _Resolver(ref)
    reader.start_paragraph(line)
    reader.slash_order = order  # (the page's 28/05/2019: its stamps' day first too)
    found = [f for f in resolve(matches, ref, line, reader) if f.first == f.last]
    if _BBS_STATION.match(line.strip()):
        from tui.model.dateline import ctime_day

        day: date | None = ctime_day(line)
    elif len(found) == 1:
        day = found[0].first if order is not None else _nearer_reading(matches, found[0].first, ref)
    elif not found and stated and (m := _STAMP_MONTH_DAY.search(line)) is not None and not m.group(1):
        day = _month_day(ref.year, int(m.group(2)), int(m.group(3)))
        if day is not None and (ref - day).days > _HALF_YEAR:
            # (12-30 page, 1-4 reply: the next year's; 06-12 over a page of 06-18 is a related
            # link's, before the page, no reply's day)
            day = _month_day(ref.year + 1, int(m.group(2)), int(m.group(3)))
    else:
        return None
    if day is None or not 0 <= (day - ref).days <= 366:
        # (a reposted original's own stamp, 2024-6-4 21:30 来自 微博 weibo.com under its text on a
        # repost of June 5th: an earlier post, quoted whole, whose 昨天 is its own)
        if day is not None and 0 < (ref - day).days <= 366 and _CLIENT_STAMP.search(line):
            return day
        if (
            day is not None
            and 0 < (ref - day).days <= _QUOTED_POST_DAYS
            and (_DAY_ALONE.match(line.strip()) or _DAY_ALONE_FIGURES.match(line.strip()))
        ):
            # (X: a quoted post's day under its handle, 1月23日, before the quoting post's; a
            # thread's earlier post, tainan_citygov / 2024-11-29)
            return day
        if day is not None and earlier and 0 < (ref - day).days <= _QUOTED_POST_DAYS:
            return day  # (a live page's entry of the day before its last update)
        if (
            day is not None
            and 0 < (ref - day).days <= 366
            and (_SHOP_REPLY_HEAD.match(_simplified(line.strip())) or _STARRED_HEAD.match(line.strip()))
        ):
            # (商戶回覆　2024-01-05 under an older review: the shop's reply of that day; a review's
            # head with its stars and day)
            return day
        if day is not None and (ref - day).days > 0 and _OLDER_ANSWER.match(line.strip()):
            # (发布于 2023-04-18 19:02・IP 属地江苏 under an answer on a page of 2024: an older
            # answer to the same question, its own day stated whole)
            return day
        return None
    return day


# A live page's entry stamp alone on its line (08-13 23:50, 2025-08-13 23:50, 8月13日 23:50).
_LIVE_STAMP = compile_rule(
    r"^(?:\d{4}[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?[ \t\u3000]+(\d{1,2})[:：](\d{2})(?::\d{2})?$"
)
_LIVE_ENTRIES = 3


def _live_stream(stamps: list[str]) -> bool:
    """Are a page's paragraph stamps a live page's entries (08-14 09:40 / …, 08-14 08:15 / …,
    08-13 23:50 / …): three or more stamps alone on their lines, all in one order of time?
    A live page is dated by its last update, and its entries before it keep their own days."""
    times: list[tuple[int, int, int, int]] = []
    for st in stamps:
        m = _LIVE_STAMP.match(st.strip())
        if m is None:
            return False
        times.append(tuple(int(g) for g in m.groups()))  # type: ignore[arg-type]
    if len(times) < _LIVE_ENTRIES or len({t[:2] for t in times}) < 2:
        return False
    pairs = list(itertools.pairwise(times))
    return all(a >= b for a, b in pairs) or all(a <= b for a, b in pairs)


# The rest of a question after the month it named, then the start of the answer's sentence.
_ANSWER_AFTER_QUESTION = compile_rule(r"[^。！!？?\n]{0,6}[？?][ \t]*[^。！!？?\n]{0,10}")
_OLDER_ANSWER = compile_rule(r"^(?:发布于|发表于)[ \t]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+\d{1,2}:\d{2}")
_CLIENT_STAMP = compile_rule(r"\d{1,2}:\d{2}[ \t]*来自")  # a post's stamp and the app it came from


def _month_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_foot_dateline(line: str, after_last_sentence: bool) -> bool:
    """``line`` only names an issuer and a date, and no sentence of the story follows it
    (what follows is the page's footer)."""
    line = line.strip()
    # (上映日期：2024年12月12日 in a film's facts: the event's label, no issuer's)
    return after_last_sentence and bool(_FOOT_DATE.match(line)) and not _EVENT_LABEL.match(line)


def _last_sentence(texts: list[str]) -> int:
    """The index of the last paragraph that holds a sentence's end, or -1."""
    return next((i for i in range(len(texts) - 1, -1, -1) if _SENTENCE_END.search(texts[i])), -1)
_BRACKETED = rule_cache.compile(r"^[（(【\[].*[）)】\]]$")
# A PTT push row: a mark, the pusher's id and what they said (its stamp is its own).
_PUSH_ROW = rule_cache.compile(r"^[推噓嘘→][ \t\u3000]+[A-Za-z0-9_.\-]+[ \t\u3000]*[:：]")
# The hours of something (06:00 - 11:00, 14:00-17:00): a schedule, not the time it was stamped.
# (7:00am - 8:00pm: a shop's hours written the English way)
_CLOCK_RANGE = rule_cache.compile(
    r"(?<![0-9])[0-2]?[0-9]:[0-5][0-9][ \t\u3000]*(?:[AaPp]\.?[Mm]\.?[ \t\u3000]*)?[-–—~～至到][ \t\u3000]*"
    # (上午 9:00 – 下午 1:00: the second clock with its part of the day, as Hong Kong writes hours)
    r"(?:(?:上午|下午|中午|晚上|早上|凌晨|夜晚)[ \t\u3000]*)?[0-2]?[0-9]:[0-5][0-9](?![0-9])"
)


# A programme's row: it opens with a day and its weekday, then a clock and what happens at
# that hour (11月8日（六）15:00 藍染工作坊, 3/9(日) 14:00 導覽).  A link's or a reply's stamp
# stands after its title or alone, and does not name the weekday before its clock.
# A calendar's row: a day or days without a year (and a weekday), a bar, then what happens.
_CALENDAR_ROW = compile_rule(
    r"^\d{1,2}/\d{1,2}(?:[ \t]*[(（][一二三四五六日天][)）])?(?:[ \t]*[～~\-–至][ \t]*\d{1,2}/\d{1,2}(?:[ \t]*[(（][一二三四五六日天][)）])?)?"
    r"[ \t\u3000]*[｜|][ \t\u3000]*[\u4e00-\u9fff]{2,}"
)
# A programme's row with its hour first (03:00　录像：…, 22:05 某某宣布…).
_SCHEDULE_ROW = compile_rule(
    # (or its weekday first, the day in its bracket: 下周三（10月22日）20:00　某某-某某)
    r"^(?:(?:\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*[日号]|\d{1,2}/\d{1,2})[ \t\u3000]*"
    r"[(（](?:周|星期|礼拜|週|禮拜)?[一二三四五六日天][)）]"
    r"|(?:本|下|这|這|今)?(?:周|星期|礼拜|週|禮拜)[一二三四五六日天][(（]"
    r"(?:\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*[日号]|\d{1,2}/\d{1,2})[)）])[ \t\u3000]*"
    r"(?:[0-2]?[0-9]:[0-5][0-9][ \t\u3000]*[^\s0-9].{3,}"
    # (10/06（日）樂天桃猿@統一獅 17:05 台南: a fixture's day, its sides, then its hour and place)
    r"|[^\s0-9:：][^\s:：]{1,15}[ \t\u3000]+[0-2]?[0-9]:[0-5][0-9](?:[ \t\u3000]+\S.*)?$"
    # (1月24日（五）　5111次自強號　樹林→潮州　06:12: a timetable's row, its cells, then the hour)
    r"|(?:[^\s:：]{1,16}[ \t\u3000]+){2,4}[0-2]?[0-9]:[0-5][0-9]$)"
)

# … and a labelled row of one (G1：5月24日（周日）19:35 主场, 初赛：3/8 14:00 体育馆): the label
# names what happens then; a label that says when the page was posted or changed does not.
# (▎導覽｜1月10日（六）、2月7日（六）14:00，免費: a list item's label, its days, their hour, and
# what it costs: a programme's row too)
_LABELLED_ROW = compile_rule(
    r"^[▎▍▌■□◆◇●○★☆▲△►▶•·*＊\-]?[ \t\u3000]*"
    r"(?![^:：｜|]*(?:发布|发表|发帖|回复|评论|更新|修改|编辑|来自|时间|日期))[^\s:：｜|]{1,8}[:：｜|][ \t\u3000]*"
    r"(?:(?:\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*[日号]|\d{1,2}/\d{1,2})[ \t\u3000]*"
    r"(?:[(（](?:周|星期|礼拜|週|禮拜)?[一二三四五六日天][)）])?[ \t\u3000]*[、，,]?[ \t\u3000]*){1,4}"
    # (集合：12月30日（周六）早上6:30 郑州东站: the part of the day before the hour)
    r"(?:早上|上午|中午|下午|傍晚|晚上|凌晨)?[ \t\u3000]*"
    r"[0-2]?[0-9]:[0-5][0-9][ \t\u3000]*[\u4e00-\u9fff，,]"
)


# … and one that ends at its hours where the day carries its weekday (預賽：5/30（五）13:00,
# 決賽：5月31日（六）08:00) or its lunar day or festival: a programme's row; no page stamps its
# label's day by the week or the moon.
_LABELLED_WEEKDAY_ROW = compile_rule(
    r"^[▎▍▌■□◆◇●○★☆▲△►▶•·*＊\-]?[ \t\u3000]*"
    r"(?![^:：｜|]*(?:发布|发表|发帖|回复|评论|更新|修改|编辑|来自|时间|日期))[^\s:：｜|0-9]{1,8}[:：｜|][ \t\u3000]*"
    r"(?:\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*[日号]|\d{1,2}/\d{1,2})[ \t\u3000]*"
    # (or its lunar day or festival, 亮灯仪式：2月2日（腊月二十三）19:00, 灯光秀：2月9日（除夕）起每晚 19:30、20:30)
    r"[(（](?:(?:周|星期|礼拜|週|禮拜)?[一二三四五六日天]|(?:农历)?(?:正|腊|冬|[一二三四五六七八九十]{1,2})月[初十廿卅一二三四五六七八九]{1,3}"
    r"|除夕|[\u4e00-\u9fff]{1,3}节)[)）][ \t\u3000]*(?:(?:起|开始)?(?:每晚|每天|每日)?[ \t\u3000]*)?"
    r"[0-2]?[0-9]:[0-5][0-9](?:[、，,][ \t\u3000]*[0-2]?[0-9]:[0-5][0-9])*[ \t\u3000]*$"
)


# A span from one dated time to another (2025/07/18 10:00 - 2025/07/28 03:59): an event's days.
_STAMPED_SPAN = rule_cache.compile(r"\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*[-–—~～至到][ \t\u3000]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


# A post's stamp row's own words (发表于 … | 只看该作者, 楼主 … | 2024-11-18): no table's cells.
_POST_STAMP_WORDS = compile_rule(r"发表|发布|只看|楼主|回复|倒序|浏览|编辑于")


_MATCH_CARD = compile_rule(
    r"^比赛时间[ \t]*[:：][ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}[ \t\u3000]+(?:比赛)?地点[ \t]*[:：]"
)
# A date's span on to another day written the same way (7/11～7/31, 11月8日至11月10日).
# (4月4日（四）至4月7日（日）: each day with its weekday; 9月18日 - 10月8日17:59: the end's hour glued
# on; 1/22 12:00～2/4 11:59: the start's hour too, a game's period)
_DAYS_SPAN_ON = compile_rule(
    r"(?:[ \t\u3000]*[(（](?:周|星期|礼拜)?[一二三四五六日天][)）])?(?:[ \t\u3000]*[0-2]?\d:\d{2})?"
    r"[ \t\u3000]*[～~—–\-至到][ \t\u3000]*(?:\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}[日号])(?:(?![0-9/])|(?=[0-2]?\d:\d{2}))"
)


_CLOCK_DEADLINE = compile_rule(r"\d{1,2}[:：]\d{2}[ \t\u3000]*(?:前|之前|以前|起|截止)[\u4e00-\u9fff]")


# A list's numbered item (四、…, 2. …, （三）…).
_PROGRAMME_ITEM = compile_rule(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）])")


# The label of a record's fact that happened on its day (入院日期：, 手术时间：).
_FACT_DAY_LABEL = compile_rule(
    r"^[ \t\u3000]*(?:入院|出院|手术|就诊|检查|采样|报到|出生|入学|毕业|签约|开工|竣工|起飞|到达|出发|发病|死亡|下单|付款|发货|签收)"
    r"(?:日期|时间)[ \t]*[:：]"
)
# A clock, a range's mark, then another day (20:00:00 - 10月31日, 09:00 至 2024/5/3).
_CLOCKED_RANGE = compile_rule(
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–—~～至到][ \t]*(?:\d{4}[年/.\-])?\d{1,2}[月/.\-]\d{1,2}"
)
_CLOCK_LIST = compile_rule(r"\d{1,2}:\d{2}[ \t]*[、,，][ \t]*\d{1,2}:\d{2}")
_NOW_CLOCK_LINE = compile_rule(NOW_CLOCK)


_TABLE_CELLS_MIN = 4  # cells apart by tabs that make a line a table's row
#: The lines under a chronology's year head (line_shapes.YEAR_HEAD) that take its year.
_HEADING_EVENTS = 3
_HANZI_LABEL_OPENING = compile_rule(r"[\u4e00-\u9fff]{2,16}[ \t\u3000]")


def is_stamp(line: str) -> bool:
    """A line that only stamps a date, not a sentence that tells of one: the page's or a
    related link's time (``2024-03-06 HKT 12:05``, ``2月11日 19:02``), an issue's date
    (``2019年03月02日 星期六``, ``【2024-02-09 聯合報 A6版】``), a signature's (``（2024年1月26日）``)."""
    line = line.strip()
    if len(line) > _STAMP_MAX or _SENTENCE_END.search(line):
        return False
    if _NOW_CLOCK_LINE.match(line):
        return False  # 現在的時間是 2023-04-10, 08:05: a board's clock, when the page was read
    if _CLOCK_LIST.search(line):
        return False  # 5月16日（星期四）早上加開 06:30、07:20 普通渡輪: a timetable's row, its sailings listed
    if _FACT_DAY_LABEL.match(line):
        return False  # 入院日期：2024年05月08日 10:21: a record's fact, its day and hour, no stamp
    if _CLOCKED_RANGE.search(line):
        return False  # 定金支付时间：10月24日 20:00:00 - 10月31日 23:59:59: a span's two ends, no stamp
    if _PROGRAMME_ITEM.match(line):
        return False  # 四、圣诞祝仪及放生：3月25日（农历二月十九）早上05:30…: a programme's item, no stamp
    if _PUSH_ROW.match(line) or _CLOCK_RANGE.search(line) or _self_stamped(line) or _STAMPED_SPAN.search(line):
        # a PTT push (推 id: …) and a named reply closed by its own stamp (某某：1月4号还要
        # 上班 12-30 11:20) say something; 14:00-17:00 is an event's hours
        return False
    date_at = _STAMP_DATE.search(line)
    if not date_at:
        return False
    if line.count("\t") >= _TABLE_CELLS_MIN - 1 and not _POST_STAMP_WORDS.search(line):
        return False  # 第1輪→1/9（日）→15:00→界限街二號場→…: a table's row, its cells apart by tabs
    bars = line.count("｜") + line.count("|")
    # (a later cell's day counts only where no cell is a stamp, its day and clock together: 阿華 |
    # 2025-02-11 09:12 | IP 新竹 | 讚 3 is a floor's head)
    if (
        (date_at.start() == 0 and bars >= 2) or (bars >= _TABLE_BARS and not _STAMP_CELL.search(line))
    ) and not _POST_STAMP_WORDS.search(line):
        # 4/15（二）｜兄弟 vs 富邦｜新莊｜18:35: a schedule table's row, its cells (去程 ｜ 2024/02/08（四） ｜
        # … ｜ 07:30: the day in a later cell of a longer row)
        return False
    if (
        date_at.start() > 0
        and len(_STAMP_DATE.findall(line)) >= 2
        and _HANZI_LABEL_OPENING.match(line)
        and not _POST_STAMP_WORDS.search(line)
    ):
        return False  # 一號戒備信號　14/9/2023 10:40　15/9/2023 04:20: a record's row, its start and end
    if _CALENDAR_ROW.match(line) and not _POST_STAMP_WORDS.search(line):
        return False  # 2/3～2/7｜第二學期預選課程（2/7中午12:00結束）: a calendar's row, what happens then
    if _MATCH_CARD.match(line):
        return True  # 比赛时间：2025-08-24 19:35　比赛地点：…: a live page's match card, the page's day
    if _EVENT_LABEL.search(line, 0, date_at.start()):
        return False  # 活動時間：2025/05/03(六) 19:30: when the event is, not when the page was
    if _DAYS_SPAN_ON.match(line, date_at.end()):
        return False  # 限時活動：7/11～7/31 04:59: a period's days, and the hour it ends; no stamp is a span
    if HOUR_ROW.match(line):
        return False  # 03:00　录像：某某决赛（录制于10月17日）: a programme's row, its hour first
    if EVENT_AFTER_STAMP.search(fold(line)):
        return False  # 2025年9月25日 19:00 星辰秋季新品发布会: the event's day and hour, then its name
    rest = line[: date_at.start()] + line[date_at.end() :]
    if (
        _SCHEDULE_ROW.match(line)
        or _LABELLED_ROW.match(line)
        or _LABELLED_WEEKDAY_ROW.match(line)
        or is_event_time(line)
    ):
        return False  # 11月8日（六）15:00 藍染工作坊, 活動時間：…: a programme's day and hour
    if _CLAUSE_AFTER.search(rest):
        return False  # 返校报到：2月28日上午9:00，请携带寒假作业: a notice's item, what to do then
    if _CLOCK_DEADLINE.search(line):
        # 2月9日（腊月廿二）16:00前付款的订单当天发出, 10:00起開放: a deadline or a start; no stamp
        # says "before" or "from"
        return False
    if _CLOCK.search(line):
        return True
    # 某某标题（2024-02-11）: a related link and its stamp (not a release's version and its day,
    # v2.3（2024.5.5）: a changelog's heading)
    if _LINK_STAMP.search(line) and not _VERSION_HEAD.match(line):
        return True
    if _BRACKETED.match(line) and len(rest) <= _STAMP_NOTE and not _CLAUSE.search(rest):
        return True
    return bool(_STAMP_REST.match(rest))


@dataclass(frozen=True)
class Reference:
    """The date that 'today' means in the text, and where it came from."""

    day: date
    source: str  # dateline, updated, latest-year, today or option
    line: str | None = None  # the stripped line it was read from, if it has a line of its own


def find_reference(
    lines: list[str], body_dates: list[Found], today: date, minguo: bool = False
) -> Reference:
    """See :func:`tui.model.dateline.find_reference` (kept here for callers of the old name)."""
    from tui.model import dateline

    return dateline.find_reference(lines, body_dates, today, minguo)
