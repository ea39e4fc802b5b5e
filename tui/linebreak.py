"""Line breaking for Chinese text, measured in terminal cells.

Rich and Textual wrap only at spaces or by cutting at the edge; a Chinese reader
needs the CJK rules instead: a line may break between any two CJK characters, a
Latin word or number stays whole unless it is wider than the line, no line
starts with closing punctuation and none ends with opening punctuation, and
spaces at a break hang past the edge instead of wasting a line.  No Textual here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import get_character_cell_size

CLOSING = set("，。、；：？！）」』》〉】〕〗〙〛｝］”’…‥・·～ー々〻ゝゞ,.;:?!)]}%‰℃") | {"\u30fc"}
#: ``@`` too: a handle's mark never ends a line away from its name (``「@`` / ``miumiu_0312``).
OPENING = set("（「『《〈【〔〖〘〚｛［“‘([{$￥¥@＠")
_SPACE = " \t\u3000"
# A run that must not be broken: letters, digits and the marks that glue them (URLs, versions).
_ALNUM = r"[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff_]"
_DOUBLED = "—―─/"
_WORD = re.compile(rf"{_ALNUM}+(?:[@#&+\-=/\\.:'%~^*|<>?]+{_ALNUM}+)*")


@lru_cache(maxsize=8192)
def char_width(ch: str) -> int:
    """Cells one character takes (tabs are shown as one space)."""
    if ch == "\t":
        return 1
    return get_character_cell_size(ch)


def text_width(text: str) -> int:
    """Cells a string takes."""
    return sum(char_width(c) for c in text)


def _units(text: str) -> list[tuple[int, int, int]]:
    """Unbreakable pieces as ``(start, end, cells)``; spaces are pieces of their own."""
    units: list[tuple[int, int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _SPACE:
            j = i + 1
            while j < n and text[j] in _SPACE:
                j += 1
        elif ch in _DOUBLED and i + 1 < n and text[i + 1] == ch:
            j = i + 1  # a doubled dash (——) or slash (//) is one mark: never split
            while j < n and text[j] == ch:
                j += 1
        else:
            m = _WORD.match(text, i)
            j = m.end() if m else i + 1
            # Combining marks and joiners belong to the character before them.
            while j < n and (char_width(text[j]) == 0 and text[j] not in _SPACE):
                j += 1
        units.append((i, j, sum(char_width(c) for c in text[i:j])))
        i = j
    return _glue(text, units)


def _glue(text: str, units: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Attach closing punctuation to what precedes it and opening punctuation to what follows."""
    out: list[tuple[int, int, int]] = []
    pending: tuple[int, int, int] | None = None  # opening punctuation waiting for its word
    for start, end, width in units:
        s, w = start, width
        if pending is not None:
            if text[start] in _SPACE:
                out.append(pending)
            else:
                s, w = pending[0], pending[2] + width
            pending = None
        if s == start and text[start] in CLOSING and out and text[out[-1][1] - 1] not in _SPACE:
            ps, _, pw = out.pop()
            s, w = ps, pw + w
        if text[end - 1] in OPENING:
            pending = (s, end, w)
            continue
        out.append((s, end, w))
    if pending is not None:
        out.append(pending)
    return out


def break_lines(text: str, width: int) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of the lines of ``text`` at ``width`` cells.

    The spans cover ``text`` exactly, in order.  Spaces at the end of a line are
    kept in its span but not counted: they hang past the edge.  A single
    character wider than ``width`` is the only thing that can overflow.
    """
    width = max(1, width)
    if not text:
        return [(0, 0)]
    lines: list[tuple[int, int]] = []
    line_start = 0
    filled = 0  # cells of the line up to its last non-space piece
    hanging = 0  # cells of the spaces after it
    for s, e, w in _units(text):
        if text[s] in _SPACE:
            hanging += w
            continue
        if filled > 0 and filled + hanging + w > width:
            lines.append((line_start, s))
            line_start, filled, hanging = s, 0, 0
        if filled == 0 and hanging and hanging + w > width:
            lines.append((line_start, s))  # leading spaces that do not fit get a line of their own
            line_start, hanging = s, 0
        if filled + hanging + w > width:  # wider than a whole line: cut by characters
            for k in range(s, e):
                cw = char_width(text[k])
                if filled + hanging > 0 and filled + hanging + cw > width:
                    cut = k
                    opening = text[k - 1] in OPENING and k - 1 > line_start
                    if opening and char_width(text[k - 1]) + cw <= width:
                        cut = k - 1  # an ``@`` or bracket goes down with what it opens
                    lines.append((line_start, cut))
                    line_start, filled, hanging = cut, text_width(text[cut:k]), 0
                filled += hanging + cw
                hanging = 0
            continue
        filled += hanging + w
        hanging = 0
    lines.append((line_start, len(text)))
    return lines


def unbreakable_pieces(text: str) -> list[tuple[int, int, int]]:
    """The pieces a line may not be broken inside, as ``(start, end, cells)``.

    Latin words and numbers stay whole, closing punctuation sticks to what precedes it
    and opening punctuation to what follows; spaces are pieces of their own.  Snippets
    (:mod:`tui.snippets`) cut only between them.
    """
    return _units(text)
