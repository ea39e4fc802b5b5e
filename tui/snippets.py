"""A few cells of a paragraph around an event's own words, for a timeline row.

A sentence's opening is often a different date (``2024年12月,…提到了春晚``): a row
must show the words it stands for.  The snippet is centred on them, starts at a
clause boundary when one is near, is cut only between unbreakable pieces (a Latin
word or a number stays whole), never opens with punctuation, and is measured in
terminal cells (a hanzi is two).  Pure Python, no Textual.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from tui.linebreak import CLOSING, char_width, text_width, unbreakable_pieces

ELLIPSIS = "…"
_SPACE = " \t\u3000"
#: A snippet may start right after one of these (a clause or sentence boundary).
_CLAUSE_END = set("，。、；：？！,;:?!…")
#: Never the first character of a snippet.
_NO_OPEN = CLOSING | set(_SPACE) | set("-—–~～")


@dataclass(frozen=True)
class Snippet:
    """What to draw, and where the event's own words are in it (to emphasise them)."""

    text: str
    emphasis: tuple[int, int]

    @property
    def cells(self) -> int:
        return text_width(self.text)


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, with an ellipsis when cut."""
    if text_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + ELLIPSIS


def snippet(
    paragraph: str,
    span: tuple[int, int],
    width: int,
    words: Sequence[tuple[int, int]] | None = None,
) -> Snippet:
    """The part of ``paragraph`` around ``span`` that fits in ``width`` cells.

    ``words`` (the paragraph's word spans, once segmented) keep Chinese words whole too:
    ``…的彩排從2024年12月`` rather than ``…排從2024年12月``.  A tab is one space, as in the
    text pane (sent raw, it moved the terminal's cursor to the next tab stop mid-row).
    """
    out = _snippet(paragraph, span, width, words)
    return Snippet(out.text.replace("\t", " "), out.emphasis) if "\t" in out.text else out


def _snippet(
    paragraph: str,
    span: tuple[int, int],
    width: int,
    words: Sequence[tuple[int, int]] | None,
) -> Snippet:
    s, e = span
    width = max(1, width)
    own = paragraph[s:e]
    own_cells = text_width(own)
    if own_cells >= width:
        cut = fit(own, width)
        return Snippet(cut, (0, len(cut)))
    # Work in a window: a paragraph can be a megabyte long, a row is a few dozen cells.
    lo = max(0, s - 2 * width)
    hi = min(len(paragraph), e + 2 * width)
    window = paragraph[lo:hi]
    cells = [0, *accumulate(char_width(c) for c in window)]

    def between(a: int, b: int) -> int:  # cells of paragraph[a:b], both inside the window
        return cells[b - lo] - cells[a - lo]

    bounds = sorted(
        {lo + a for a, _, _ in unbreakable_pieces(window)} | {s, e, hi}
    )  # places a snippet may start or end
    if lo > 0:
        bounds = bounds[1:]  # the window's first piece may be part of a word
    if words:
        k = bisect_left(words, lo, key=lambda w: w[1])
        ends = {s, e}
        while k < len(words) and words[k][0] <= hi:
            ends.update(words[k])
            k += 1
        whole = [b for b in bounds if b in ends]
        bounds = whole if len(whole) > 2 else bounds  # odd spans: fall back to pieces
    lead_cost = 1 if s > 0 else 0  # the ellipses a cut costs, reserved up front
    trail_cost = 1 if e < len(paragraph) else 0
    avail = width - own_cells - lead_cost - trail_cost
    if avail < 0:  # room for the words alone
        return Snippet(own, (0, len(own)))
    left = max(avail // 2, avail - between(e, hi))

    start = s
    for b in reversed([b for b in bounds if b <= s]):
        if between(b, s) > left:
            break
        start = b
    # Start at a clause boundary when there is one in reach: a row reads from there.
    for k in range(start, s):
        if paragraph[k] in _CLAUSE_END:
            start = k + 1
            break
    while start < s and paragraph[start] in _NO_OPEN | _CLAUSE_END:
        start += 1

    lead = ELLIPSIS if start > 0 else ""
    room = width - len(lead) - between(start, e) - trail_cost
    end = e
    for b in (b for b in bounds if b > e):
        if between(e, b) > room + (trail_cost if b == len(paragraph) else 0):
            break
        end = b
    body = paragraph[start:e] + paragraph[e:end].rstrip(_SPACE)
    trail = ELLIPSIS if end < len(paragraph) else ""
    a = len(lead) + s - start
    return Snippet(lead + body + trail, (a, a + e - s))


def label_column(labels: list[str], cap: int = 18) -> int:
    """Cells for a column that holds every label (the widest, up to ``cap``)."""
    return min(cap, max((text_width(x) for x in labels), default=0))


def pad(text: str, width: int) -> str:
    """``text`` cut or padded with spaces to exactly ``width`` cells."""
    text = fit(text, width)
    return text + " " * (width - text_width(text))

