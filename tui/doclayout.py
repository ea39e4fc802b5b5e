"""Where every paragraph's lines fall in a long document, computed only where looked at.

A book of a million characters must open and scroll as fast as an article, so
paragraphs are wrapped lazily: until a paragraph is wrapped its line count is an
estimate from its cell width, and wrapping the paragraphs in view corrects the
estimate.  Positions are kept as ``(paragraph, character offset)`` (an :data:`Anchor` adds
"the blank line after it") so that a relayout (resize, script toggle) never loses the
reader's place.  No Textual here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from tui.linebreak import break_lines

# Characters below the CJK blocks are (nearly all) one cell wide; the rest two.
_NARROW = re.compile(r"[\x00-\u2e7f\uff61-\uffdc\ufe00-\ufe0f]")
Line = tuple[int, int, int]  # paragraph, start, end
Anchor = tuple[int, int, bool]  # paragraph, offset of the line's first character, the gap after it


def cell_estimate(text: str) -> int:
    """Roughly how many cells ``text`` takes: CJK two, the rest one."""
    return 2 * len(text) - len(_NARROW.findall(text))


class DocumentLayout:
    """Lines of paragraphs at one width, with a blank line between paragraphs."""

    def __init__(self, text_of: Callable[[int], str], width: int, cells: Sequence[int]) -> None:
        """``text_of(p)`` gives paragraph ``p``; ``cells`` are the paragraphs' widths in cells.

        The widths are the same in both scripts, so a relayout (a resize or a toggle)
        reads only the paragraphs it wraps.
        """
        self._text = text_of
        self.count = len(cells)
        self.width = max(1, width)
        self._wrapped: list[list[tuple[int, int]] | None] = [None] * self.count
        last = self.count - 1
        w = self.width
        self._counts = [max(1, -(-c // w)) + (0 if i == last else 1) for i, c in enumerate(cells)]
        self._ends: list[int] | None = None

    def _prefix(self) -> list[int]:
        if self._ends is None:
            self._ends = list(accumulate(self._counts))
        return self._ends

    @property
    def height(self) -> int:
        """Total lines (estimated where not yet wrapped)."""
        ends = self._prefix()
        return ends[-1] if ends else 0

    def _wrap(self, p: int) -> list[tuple[int, int]]:
        lines = self._wrapped[p]
        if lines is None:
            lines = break_lines(self._text(p), self.width)
            self._wrapped[p] = lines
            count = len(lines) + (0 if p == self.count - 1 else 1)
            if count != self._counts[p]:
                self._counts[p] = count
                self._ends = None
        return lines

    def paragraph_at(self, y: int) -> tuple[int, int]:
        """The paragraph that document line ``y`` belongs to, and the line's index in it."""
        ends = self._prefix()
        if not ends:
            return 0, 0
        y = min(max(0, y), ends[-1] - 1)
        p = bisect_right(ends, y)
        start = ends[p - 1] if p else 0
        return p, y - start

    def top_of(self, p: int) -> int:
        """Document line where paragraph ``p`` starts."""
        ends = self._prefix()
        return ends[p - 1] if p > 0 else 0

    def ensure(self, y0: int, y1: int) -> None:
        """Wrap every paragraph that lines ``y0``…``y1`` touch, until estimates stop moving."""
        if not self.count:
            return
        for _ in range(8):
            p, _line = self.paragraph_at(y0)
            changed = False
            y = self.top_of(p)
            while p < self.count and y <= y1:
                before = self._wrapped[p] is None
                self._wrap(p)
                changed |= before and self._ends is None
                y = self.top_of(p) + self._counts[p]
                p += 1
            if not changed:
                return

    def line(self, y: int) -> Line | None:
        """Paragraph and span shown on document line ``y``; ``None`` for a blank line."""
        if y < 0 or y >= self.height:
            return None
        p, k = self.paragraph_at(y)
        lines = self._wrap(p)
        if k >= len(lines):
            return None
        s, e = lines[k]
        return p, s, e

    def y_of(self, p: int, offset: int) -> int:
        """Document line that shows character ``offset`` of paragraph ``p``."""
        if not self.count:
            return 0
        p = min(max(0, p), self.count - 1)
        lines = self._wrap(p)
        k = 0
        for i, (s, _e) in enumerate(lines):
            if s <= offset:
                k = i
        return self.top_of(p) + k

    def position_of(self, y: int) -> tuple[int, int]:
        """``(paragraph, offset)`` of the first character on document line ``y``."""
        if not self.count:
            return 0, 0
        p, k = self.paragraph_at(y)
        lines = self._wrap(p)
        k = min(k, len(lines) - 1)
        return p, lines[k][0]

    def anchor_at(self, y: int) -> Anchor:
        """The exact place of document line ``y``: a paragraph's line, or the gap after one."""
        if not self.count:
            return 0, 0, False
        p, k = self.paragraph_at(y)
        lines = self._wrap(p)
        if k >= len(lines):
            return p, lines[-1][0], True
        return p, lines[k][0], False

    def y_of_anchor(self, anchor: Anchor) -> int:
        """Document line of ``anchor`` at this width: the line holding its offset, or the gap."""
        p, offset, gap = anchor
        if gap and 0 <= p < self.count - 1:
            return self.top_of(p) + len(self._wrap(p))
        return self.y_of(p, offset)
