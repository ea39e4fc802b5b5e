"""What the model makes of a page, read the ways the rules' tests read it: each script's events,
bloggers, title, chrome lines and page date.  Shared by the test modules so each asks the same
question the same way."""

from __future__ import annotations

from datetime import date

from tests.test_date_shapes import both_scripts
from tui.model.boilerplate import split_lines
from tui.model.build import build_article
from tui.model.scripts import Script, convert


def simple(text: str) -> str:
    """``text`` in Simplified, so a test names a surface once for both scripts."""
    return convert(text, Script.SIMPLIFIED)


def title_of(text: str) -> str | None:
    """The page's headline, as the model places it."""
    title = build_article(text).title
    return title.original if title is not None else None


def days_of(lines: list[str]) -> list[list[tuple[str, str]]]:
    """Each script's events as (surface in Simplified, start day), in the timeline's order."""
    return [
        [(simple(e.text.original), e.start.isoformat()) for e in build_article(text).timeline]
        for text in both_scripts("\n".join(lines))
    ]


def spans_of(lines: list[str]) -> list[list[tuple[str, str, str]]]:
    """Each script's events as (surface in Simplified, first day, last day)."""
    return [
        [(simple(e.text.original), e.start.isoformat(), e.end.isoformat()) for e in build_article(text).timeline]
        for text in both_scripts("\n".join(lines))
    ]


def agreed_spans(lines: list[str]) -> list[tuple[str, str, str]]:
    """The events both scripts of the page agree on (surface in Simplified, first day, last day):
    a rule must read a shape alike in either script."""
    first, *rest = spans_of(lines)
    return [s for s in first if all(s in other for other in rest)]


def handles_of(lines: list[str]) -> list[set[str]]:
    """Each script's bloggers' handles, in Simplified."""
    return [{simple(b.handle.original) for b in build_article(text).bloggers} for text in both_scripts("\n".join(lines))]


def _split_of(lines: list[str], part: str) -> list[set[str]]:
    """Each script's lines of the page on one side of the split (``body`` or ``chrome``), in Simplified."""
    out = []
    for text in both_scripts("\n".join(lines)):
        page = text.split("\n")
        out.append({simple(page[i].strip()) for i in getattr(split_lines(page), part)})
    return out


def chrome_of(lines: list[str]) -> list[set[str]]:
    """Each script's chrome lines of the page, in Simplified."""
    return _split_of(lines, "chrome")


def body_of(lines: list[str]) -> list[set[str]]:
    """Each script's body lines of the page, in Simplified."""
    return _split_of(lines, "body")


def page_dates(lines: list[str]) -> list[date]:
    """Each script's reference date of the page."""
    return [build_article(text).reference_date for text in both_scripts("\n".join(lines))]


def agreed_surfaces(lines: list[str]) -> set[str]:
    """The surfaces (in Simplified) of the events both scripts of the page agree on."""
    return {s[0] for s in agreed_spans(lines)}


def in_every_chrome(lines: list[str], *wanted: str) -> bool:
    """Each of ``wanted`` is a chrome line of the page in both scripts."""
    return all(all(simple(w) in chrome for w in wanted) for chrome in chrome_of(lines))


def in_no_chrome(lines: list[str], *kept: str) -> bool:
    """None of ``kept`` is a chrome line of the page in either script."""
    return all(all(simple(w) not in chrome for w in kept) for chrome in chrome_of(lines))


def in_every_body(lines: list[str], *wanted: str) -> bool:
    """Each of ``wanted`` is a body line of the page in both scripts."""
    return all(all(simple(w) in body for w in wanted) for body in body_of(lines))
