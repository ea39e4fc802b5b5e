"""One row of the timeline list, as (text, role) pieces that fill exactly ``width`` cells.

``▍2025-01-28       …也提到了春晚刷屏的宇樹… ×2  ¶10``: a mark when the event is
on screen, the date label in a column as wide as the article's widest label (so the
snippets line up; ``≈`` in front of a guessed date), the snippet with the event's own
words as their own piece, the count of mentions (or ``3/22`` while walking them) and
the paragraph.  Pure: the pane maps roles to styles; tests read the pieces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.linebreak import text_width
from tui.model.scripts import Script, Variant
from tui.model.timeline_groups import GroupIndex
from tui.snippets import label_column, pad, snippet

#: Roles of the pieces of a row.
ON_SCREEN, OFF_SCREEN, LABEL, GUESS_LABEL, TEXT, OWN, COUNT, POSITION, PLACE = (
    "on-screen",
    "off-screen",
    "label",
    "guess-label",
    "text",
    "own",
    "count",
    "position",
    "place",
)
ON_SCREEN_MARK = "▍"
GUESS_MARK = "≈"
RANGE_MARK = "～"  # between a range label's start and end
_MIN_SNIPPET = 8  # cells: below this the paragraph mark gives its room to the words
_NARROW_SNIPPET = 12  # cells: below this a wide label column gives up room (down to a day)
_MIN_LABEL = 10  # cells of 2025-01-28
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_YEAR_FIRST = re.compile(r"\d{4}-\d\d-\d\d～\d\d-\d\d$")  # a range of days in one year

Piece = tuple[str, str]


def display_label(label: str, guess: bool) -> str:
    """The label as shown: ``≈2025-01-28`` for a guessed date."""
    return GUESS_MARK + label if guess else label


def fit_label(label: str, cells: int) -> str:
    """``label`` in exactly ``cells`` cells; a range too wide keeps its start and drops its
    whole end (``2012-12-01～…``), never half of the end date (``2012-12-01～2014-…``)."""
    if text_width(label) > cells and _DAY.match(label.removeprefix(GUESS_MARK)):
        # a day too wide (a guess while walking, ≈2025-09-10 2/4): its month and day
        mark = GUESS_MARK if label.startswith(GUESS_MARK) else ""
        yearless = mark + label[len(mark) + 5 :]
        if text_width(yearless) <= cells:
            return pad(yearless, cells)
    if text_width(label) > cells and RANGE_MARK in label:
        start = label.split(RANGE_MARK, 1)[0]
        # without the start's year (03-28～03-30): both ends whole, the year in the rows about
        mark = GUESS_MARK if label.startswith(GUESS_MARK) else ""
        bare = label[len(mark) :]
        yearless = mark + bare[5:] if _YEAR_FIRST.match(bare) else None
        for shown in (yearless, f"{start}{RANGE_MARK}…", f"{start}…"):
            if shown is not None and text_width(shown) <= cells:
                return pad(shown, cells)
    return pad(label, cells)


def timeline_row(
    paragraph: str,
    span: tuple[int, int],
    label: str,
    *,
    label_cells: int,
    width: int,
    count: int = 1,
    count_cells: int = 0,
    position: str = "",
    place: str = "",
    guess: bool = False,
    on_screen: bool = False,
    words: Sequence[tuple[int, int]] | None = None,
) -> list[Piece]:
    """The pieces of one row; their cells add up to ``width`` (at least 1).

    ``count_cells`` is the widest count of the article (``×2100``): the label column and
    whether ``¶`` has room are decided with it, never with this row's words or count, so
    every row has the same columns (counts and ``¶`` are right-aligned at the edge).
    """
    width = max(1, width)
    shown = position or (f"×{count}" if count > 1 else "")
    tail_cells = text_width(f" {shown}") if shown else 0
    steady_tail = 1 + count_cells if count_cells else tail_cells
    short = _NARROW_SNIPPET - (width - 2 - label_cells - steady_tail)
    if short > 0:  # a narrow pane: the words matter more than a long range's label
        label_cells = max(min(label_cells, _MIN_LABEL), label_cells - short)
    mark: Piece = (ON_SCREEN_MARK, ON_SCREEN) if on_screen else (" ", OFF_SCREEN)
    label_role = GUESS_LABEL if guess else LABEL
    tail: list[Piece] = []
    if shown:
        tail.append((f" {shown}", POSITION if position else COUNT))
    if width - 2 - label_cells - steady_tail < _MIN_SNIPPET // 2:
        # The side column at 80 columns: no room for words, so the date alone, and its count
        # only where both fit: a date cut to make room (≈2025-01-… ×2, ≈2025-01-… ×3) made
        # two rows look alike.  The position while walking (2/3) is kept: n/N are read by it.
        shown_label = display_label(label, guess)
        if text_width(shown_label) + 1 + tail_cells > width and not position:
            tail, tail_cells = [], 0
        lead = [mark]
        if position and text_width(shown_label) + 1 + tail_cells > width >= text_width(shown_label) + tail_cells:
            lead = []  # walking: the whole date and 2/3 before the on-screen mark
        used = len(lead)
        compact = [*lead, (fit_label(shown_label, max(1, width - used - tail_cells)), label_role)]
        return _fit(compact + tail, width)
    pieces: list[Piece] = [
        mark,
        (fit_label(display_label(label, guess), label_cells), label_role),
        (" ", TEXT),
    ]
    used = 1 + label_cells + 1
    room = width - used - tail_cells
    if place:  # given only when every row has room for it (row_for_group)
        tail.append((" " + place, PLACE))
        room -= text_width(place) + 1
    if room > 0:
        snip = snippet(paragraph, span, room, words)
        a, b = snip.emphasis
        pieces += [(snip.text[:a], TEXT), (snip.text[a:b], OWN), (snip.text[b:], TEXT)]
        gap = room - snip.cells
        if gap > 0:
            pieces.append((" " * gap, TEXT))
    pieces += tail
    return _fit(pieces, width)


def _fit(pieces: list[Piece], width: int) -> list[Piece]:
    """Cut or pad ``pieces`` to ``width`` cells (a narrow pane keeps the start)."""
    out: list[Piece] = []
    used = 0
    for text, role in pieces:
        if not text:
            continue
        cells = text_width(text)
        if used + cells > width:
            if width - used > 0:
                out.append((pad(text, width - used), role))
            return out
        out.append((text, role))
        used += cells
    if used < width:
        out.append((" " * (width - used), TEXT))
    return out


def label_cells(groups: GroupIndex) -> int:
    """The label column of an article's rows: its widest label as shown (``≈`` included).

    Once per model: the two scripts convert character for character, so a label is as wide
    in either, and switching scripts costs nothing here.
    """
    cached = groups.memo.get("label_cells")
    if cached is None:
        labels = [display_label(g.label(groups.article).original, g.guess) for g in groups.groups]
        cached = groups.memo["label_cells"] = label_column(labels)
    return cached  # type: ignore[return-value]


def tail_columns(groups: GroupIndex) -> tuple[int, int]:
    """The count and paragraph columns of an article's rows: the widest ``×2100`` and the
    widest ``¶8400`` any row can show (any mention's paragraph, as ``n`` walks them).

    Measured on what the rows show, not on the article's paragraphs, so a book whose dates
    are all in its first pages keeps ``¶3`` narrow."""
    cached = groups.memo.get("tail_columns")
    if cached is None:
        widest = max((g.count for g in groups.groups), default=1)
        last = max((e.paragraph for e in groups.article.timeline), default=0)
        cached = groups.memo["tail_columns"] = (
            text_width(f"×{widest}") if widest > 1 else 0,
            text_width(f"¶{last + 1}"),
        )
    return cached  # type: ignore[return-value]


def row_for_group(
    groups: GroupIndex,
    index: int,
    script: Script,
    width: int,
    *,
    mention: int | None = None,
    on_screen: bool = False,
    variant: Variant | None = None,
) -> list[Piece]:
    """Row ``index`` of the timeline: the group's label, count and the snippet of its first
    mention, or, while the reader walks its mentions, of mention ``mention`` with ``3/22``."""
    article = groups.article
    group = groups.groups[index]
    walking = mention is not None and 0 <= mention < group.count
    e = article.timeline[group.events[mention if walking else 0]]
    cells = label_cells(groups)
    count_cells, place_cells = tail_columns(groups)
    # The paragraph mark is shown on every row or on none, so the columns stay put.
    with_place = width >= cells + 4 + _NARROW_SNIPPET + count_cells + place_cells
    paragraph = article.paragraphs[e.paragraph]
    return timeline_row(
        paragraph.text(script, variant),
        e.span,
        group.label(article)(script, variant),
        label_cells=cells,
        width=width,
        count=group.count,
        count_cells=count_cells,
        position=f"{mention + 1}/{group.count}" if walking and group.count > 1 else "",
        place=f"¶{e.paragraph + 1}".rjust(place_cells) if with_place else "",
        guess=group.guess,
        on_screen=on_screen,
        words=paragraph.words,
    )
