"""Dated expressions in Chinese prose, normalised to date ranges.

Rules are written for the shapes of Chinese dates, in Simplified, and compiled to
read both scripts; full-width digits are folded to ASCII first (offsets are kept): ``2024年12月``,
``6 月 14 日``, ``2025-09-25``, ``2026/01/03 15:18``, ``2023年初``,
``2024年中``, ``去年底``, ``今年6月份``, ``昨日``, a bare ``9月24日``, Chinese
numerals (``二〇二五年一月``) and festivals dated by the lunar calendar.
Relative and bare dates resolve against a reference date.  Counts, durations,
ages (``80后``), long numbers and ratios never match: every pattern needs a
year, month or day marker in the right place, and numbers may not touch other
digits or Latin letters.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from tui.model.festivals import HOLIDAY_DAYS, NAMES, festival_date
from tui.model.numerals import halfwidth_digits, to_int
from tui.model.scripts import character_forms, either_script
from tui.model.scripts import compile_rule as _compile
from tui.model.scripts import to_simplified as _simplified
from tui.model.sentences import SENTENCE_PUNCT as _SENTENCE_PUNCT

_CN = "〇零一二三四五六七八九十廿卅两"
_D = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"  # a month or day number
_Y = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"  # a four-digit year
_S = r"[ \t\u3000]*"
_NO_NUM_BEFORE = r"(?<![0-9A-Za-z.\-/:〇零一二三四五六七八九十])"
_PART_YEAR = r"初|中|底|末|上半年|下半年|前半年|后半年"
_PART_MONTH = r"上旬|中旬|下旬|初|中|底|末"
# 年中 is "mid-year" unless 中 starts a word: 年中国, 年中期, 年中秋 …
_NOT_MID = (
    r"(?!国|华|东|西|南|北|文|心|央|共|期|段|考|秋|层|间|旬|途|场|部|医|药|超|美|日|欧|俄|韩|印)"
)


def _traditional_spellings(word: str) -> list[str]:
    """Every Traditional spelling of ``word`` that the character table allows."""
    spellings = [""]
    for ch in word:
        forms = dict.fromkeys((ch, *character_forms(ch)))
        spellings = [s + f for s in spellings for f in forms]
    return [s for s in spellings if s != word]


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "numeric",
        _compile(
            rf"(?<![0-9A-Za-z.\-/])(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})"
            rf"(?:(?:[T ]|{_S})(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?))?(?![0-9A-Za-z])"
        ),
    ),
    (
        "ymd",
        _compile(
            rf"{_NO_NUM_BEFORE}(?P<y>{_Y}){_S}年{_S}(?P<m>{_D}){_S}月{_S}(?P<d>{_D}){_S}[日号]"
        ),
    ),
    (
        "ym",
        _compile(
            rf"{_NO_NUM_BEFORE}(?P<y>{_Y}){_S}年{_S}(?P<m>{_D}){_S}月份?(?:(?P<mpart>{_PART_MONTH}){_NOT_MID})?"
        ),
    ),
    (
        "y",
        _compile(
            rf"{_NO_NUM_BEFORE}(?P<y>{_Y}){_S}年(?!代|级|龄|间|限|薪|息|费|均|轻|纪|份|度)"
            rf"(?:(?P<part>{_PART_YEAR}){_NOT_MID})?"
        ),
    ),
    (
        "relyear",
        _compile(
            rf"(?P<rel>今年|去年|前年|明年|后年)(?:{_S}(?P<m>{_D}){_S}月份?"
            rf"(?:{_S}(?P<d>{_D}){_S}[日号])?(?:(?P<mpart>{_PART_MONTH}){_NOT_MID})?"
            rf"|(?P<part>{_PART_YEAR}){_NOT_MID})?"
        ),
    ),
    ("md", _compile(rf"{_NO_NUM_BEFORE}(?<!年)(?P<m>{_D}){_S}月{_S}(?P<d>{_D}){_S}[日号]")),
    (
        "m",
        _compile(
            rf"{_NO_NUM_BEFORE}(?<![年每个上下本同当])(?P<m>\d{{1,2}}|十[一二]|[一二三四五六七八九十])月份?"
            rf"(?![球亮光饼嫂子票薪])(?:(?P<mpart>{_PART_MONTH}){_NOT_MID})?"
        ),
    ),
    (
        "relpart",
        _compile(
            r"(?<![0-9〇零一二三四五六七八九十年今去前明后每当这那半全整])年(?P<part>底|末|初)(?!中|期)"
        ),
    ),
    (
        "relmonth",
        _compile(
            r"(?P<relm>上个月|上月|本月|这个月|下个月|下月)(?:(?P<mpart>初|中|底|末)(?!国|旬))?"
        ),
    ),
    ("relday", _compile(r"(?P<reld>大前天|前天|昨天|昨日|前日|今日(?!头条)|明天|明日)")),
    (
        "festival",
        _compile(
            rf"(?:(?:{_NO_NUM_BEFORE}(?P<y>{_Y}){_S}年{_S})|(?P<rel>今年|去年|前年|明年))?"
            rf"(?P<f>{'|'.join(NAMES)})节?(?=(?P<sfx>假期|长假|期间|前后|当天|当日|档)?)"
        ),
    ),
]
_REL_YEAR = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2}
_REL_MONTH = {"上个月": -1, "上月": -1, "本月": 0, "这个月": 0, "下个月": 1, "下月": 1}
_REL_DAY = {
    "大前天": -3,
    "前天": -2,
    "前日": -2,
    "昨天": -1,
    "昨日": -1,
    "今日": 0,
    "明天": 1,
    "明日": 1,
}
_YEAR_PARTS = {
    "初": ((1, 1), (2, None), "年初"),
    "中": ((6, 1), (7, None), "年中"),
    "底": ((12, 1), (12, None), "年底"),
    "末": ((12, 1), (12, None), "年末"),
    "上半年": ((1, 1), (6, None), "上半年"),
    "前半年": ((1, 1), (6, None), "上半年"),
    "下半年": ((7, 1), (12, None), "下半年"),
    "后半年": ((7, 1), (12, None), "下半年"),
}
_MONTH_PARTS = {"上旬": (1, 10, "上旬"), "初": (1, 10, "上旬"), "中旬": (11, 20, "中旬"),
                "中": (11, 20, "中旬"), "下旬": (21, None, "下旬"), "底": (21, None, "下旬"),
                "末": (21, None, "下旬")}  # fmt: skip

#: Granularities, from fine to coarse.
DAY, MONTH, PART, YEAR = "day", "month", "part", "year"


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


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_range(y: int, m: int, part: str | None) -> tuple[date, date, str, str] | None:
    if not (1 <= m <= 12 and 1 <= y <= 9999):
        return None
    if part:
        a, b, name = _MONTH_PARTS[part]
        return date(y, m, a), date(y, m, b or _last_day(y, m)), PART, f"{y}-{m:02d} {name}"
    return date(y, m, 1), date(y, m, _last_day(y, m)), MONTH, f"{y}-{m:02d}"


def _year_range(y: int, part: str | None) -> tuple[date, date, str, str] | None:
    if not 1 <= y <= 9999:
        return None
    if part:
        (m1, d1), (m2, _), name = _YEAR_PARTS[part]
        return date(y, m1, d1), date(y, m2, _last_day(y, m2)), PART, f"{y} {name}"
    return date(y, 1, 1), date(y, 12, 31), YEAR, f"{y}"


def _day(y: int, m: int | None, d: int | None) -> tuple[date, date, str, str] | None:
    try:
        day = date(y, m or 0, d or 0)
    except (ValueError, TypeError):
        return None
    return day, day, DAY, day.isoformat()


def _year_of(token: str) -> int | None:
    y = to_int(token)
    return y if y is not None and 1900 <= y <= 2100 else None


def _resolve(
    kind: str, g: dict[str, str | None], ref: date
) -> tuple[date, date, str, str, str] | None:
    """Range, granularity, label and precision of one match; ``None`` if it is no date."""
    g = {k: _simplified(v) if v else v for k, v in g.items()}
    m = to_int(g["m"]) if g.get("m") else None
    d = to_int(g["d"]) if g.get("d") else None
    if kind in ("numeric", "ymd", "ym", "y"):
        y = _year_of(g["y"] or "")
        if y is None:
            return None
        if kind in ("numeric", "ymd"):
            r = _day(y, m, d)
        elif kind == "ym":
            r = _month_range(y, m or 0, g.get("mpart"))
        else:
            r = _year_range(y, g.get("part"))
        return (*r, r[2]) if r else None
    if kind == "relyear":
        y = ref.year + _REL_YEAR[g["rel"] or "今年"]
        if d is not None:
            r = _day(y, m, d)
        elif m is not None:
            r = _month_range(y, m, g.get("mpart"))
        else:
            r = _year_range(y, g.get("part"))
        return (*r, "relative") if r else None
    if kind in ("md", "m"):
        r = _day(ref.year, m, d) if kind == "md" else _month_range(ref.year, m or 0, g.get("mpart"))
        return (*r, r[2]) if r else None
    if kind == "relpart":
        r = _year_range(ref.year, g.get("part"))
        return (*r, "relative") if r else None
    if kind == "relmonth":
        months = ref.year * 12 + ref.month - 1 + _REL_MONTH[g["relm"] or "本月"]
        r = _month_range(months // 12, months % 12 + 1, g.get("mpart"))
        return (*r, "relative") if r else None
    if kind == "relday":
        day = ref + timedelta(days=_REL_DAY[g["reld"] or "今日"])
        return day, day, DAY, day.isoformat(), "relative"
    if kind == "festival":
        name = g["f"] or ""
        if g.get("y"):
            y = _year_of(g["y"] or "")
            if y is None:
                return None
        else:
            y = ref.year + _REL_YEAR.get(g.get("rel") or "今年", 0)
        first = festival_date(name, y)
        if first is None:
            return None
        span = HOLIDAY_DAYS.get(name, 1) if g.get("sfx") not in ("当天", "当日") else 1
        last = first + timedelta(days=span - 1)
        label = first.isoformat() if last == first else f"{first.isoformat()}～{last:%m-%d}"
        return first, last, DAY, label, "festival"
    return None


@dataclass(frozen=True)
class Match:
    kind: str
    start: int
    end: int
    groups: dict[str, str | None]

    @property
    def explicit(self) -> bool:
        return self.kind in ("numeric", "ymd", "ym", "y") or bool(self.groups.get("y"))


# Every date expression contains one of these; the rules run only in windows around them.
# Every date expression holds one of these characters or names a festival; the rules run
# only in windows around them.  A character class and plain substring search are the
# fastest way through a book (an alternation of words costs several times more).
_TRIGGER = _compile(r"[年月日号天]|\d{4}[-/.]")
_FESTIVAL_WORDS = tuple(
    sorted({w for name in NAMES for w in (name, *_traditional_spellings(name))})
)
_MARGIN = 32  # longer than any date expression


def _windows(norm: str) -> list[tuple[int, int]]:
    hits = [m.start() for m in _TRIGGER.finditer(norm)]
    for word in _FESTIVAL_WORDS:
        i = norm.find(word)
        while i != -1:
            hits.append(i)
            i = norm.find(word, i + 1)
    hits.sort()
    windows: list[tuple[int, int]] = []
    n = len(norm)
    for at in hits:
        lo, hi = max(0, at - _MARGIN), min(n, at + _MARGIN)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def scan(text: str) -> list[Match]:
    """Non-overlapping date expressions in ``text``, longest first at each place."""
    norm = halfwidth_digits(text)
    found: list[Match] = []
    for lo, hi in _windows(norm):
        for kind, pattern in _PATTERNS:
            for m in pattern.finditer(norm, lo, hi):
                if m.end() > m.start() and (kind != "relyear" or m.group(0)):
                    found.append(Match(kind, m.start(), m.end(), m.groupdict()))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    chosen: list[Match] = []
    last_end = -1
    for match in found:
        if match.start >= last_end:
            chosen.append(match)
            last_end = match.end
    return chosen


def scan_paragraphs(texts: list[str]) -> list[list[Match]]:
    """:func:`scan` for many paragraphs at once: one pass of each rule over the whole text.

    Rules never cross a line break, so matches are cut back to paragraph offsets.
    """
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    per: list[list[Match]] = [[] for _ in texts]
    for m in scan("\n".join(texts)):
        p = bisect_right(starts, m.start) - 1
        base = starts[p]
        per[p].append(Match(m.kind, m.start - base, m.end - base, m.groups))
    return per


def resolve(matches: list[Match], ref: date) -> list[Found]:
    """Turn matches into dated ranges against ``ref``; matches that are no dates drop out."""
    out = []
    for match in matches:
        r = _resolve(match.kind, match.groups, ref)
        if r is None:
            continue
        first, last, granularity, label, precision = r
        out.append(
            Found(
                match.start, match.end, first, last, precision, granularity, label, match.explicit
            )
        )
    return out


def find_dates(text: str, ref: date) -> list[Found]:
    """Every dated expression in ``text`` (Simplified) resolved against ``ref``."""
    return resolve(scan(text), ref)


# ---- the reference date --------------------------------------------------------------------

_UPDATED = re.compile(either_script(r"(?:更新|修改|updated|modified)"), re.IGNORECASE)


@dataclass(frozen=True)
class Reference:
    """The date that 'today' means in the text, and where it came from."""

    day: date
    source: str  # dateline, updated, latest-year, today or option


def find_reference(lines: list[str], body_dates: list[Found], today: date) -> Reference:
    """A dateline or update stamp in the lines, else the latest explicit year, else today."""
    updated = None
    for line in lines:
        stripped = line.strip()
        if not stripped or len(stripped) > 80 or _SENTENCE_PUNCT.search(stripped):
            continue
        days = [f for f in find_dates(stripped, today) if f.granularity == DAY and f.explicit]
        if not days:
            continue
        label = _UPDATED.search(stripped)
        if label and label.start() < days[0].start:  # 更新时间: 2025-09-25, not 2025/05/18（…更新）
            updated = updated or days[0].first
        else:
            return Reference(days[0].first, "dateline")
    if updated:
        return Reference(updated, "updated")
    explicit = [f for f in body_dates if f.explicit]
    if explicit:
        return Reference(max(f.last for f in explicit), "latest-year")
    return Reference(today, "today")
