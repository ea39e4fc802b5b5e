"""The text of each row in the blogger pane, in the current script (never parsed as markup).

Colours come from the pane's component classes (``styles``: ``label``, ``handle``,
``muted``, ``marker``, ``chosen``), so they follow the theme; without them a row is plain.
The timeline's rows are drawn by :mod:`tui.timeline_row`.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from rich.text import Text

from tui.linebreak import text_width
from tui.model.article import Article
from tui.model.scripts import Script, Variant
from tui.snippets import fit

COMPACT_BELOW = 24  # cells: a narrower row shows the handle alone
_MIN_HANDLE = 4  # cells of ``@海…``: less than this and the row is cut as a whole
_MIN_WHO = 4  # cells of ``陈…``: a name cut shorter says nothing
ROW_STYLES = ("label", "handle", "muted", "marker", "chosen")
_PLAIN: Mapping[str, Style] = dict.fromkeys(ROW_STYLES, Style())


def blogger_row(
    article: Article,
    index: int,
    script: Script,
    position: str,
    width: int,
    variant: Variant | None = None,
    styles: Mapping[str, Style] = _PLAIN,
) -> Text:
    """``@handle  name · role  ×2`` (with ``2/3`` for the blogger being followed).

    The count and the counter are what ``n``/``N`` are read by, so a narrow row cuts the
    name and role first, then the handle, and never the counter: ``@海辛Hy…  1/2``.
    """
    b = article.bloggers[index]
    width = max(1, width)
    handle = f"@{b.handle(script, variant)}"
    count = f"×{len(b.mentions)}"
    # Tails by preference; ``2/3`` says the count too, so a tight row drops ``×3`` first.
    tails: list[list[tuple[str, str]]] = (
        [
            [(f"  {count}", "muted"), ("  ", ""), (position, "chosen")],
            [("  ", ""), (position, "chosen")],
            [(" ", ""), (position, "chosen")],
        ]
        if position
        else [[(f"  {count}", "muted")], [(f" {count}", "muted")]]
    )
    handle_cells = text_width(handle)
    tail = next(
        (t for t in tails if handle_cells + _cells(t) <= width),
        tails[-1] if width - _cells(tails[-1]) >= _MIN_HANDLE else [],
    )
    room = width - _cells(tail)
    row = Text(no_wrap=True, overflow="ellipsis", end="")
    row.append(fit(handle, room), style=styles["handle"])
    who = " · ".join(x(script, variant) for x in (b.name, b.role) if x is not None)
    who_room = room - handle_cells - 2
    if who and width >= COMPACT_BELOW and who_room >= _MIN_WHO:
        row.append(f"  {fit(who, who_room)}")
    for text, style in tail:
        row.append(text, style=styles[style] if style else "")
    row.truncate(width, overflow="ellipsis")
    return row


def _cells(pieces: list[tuple[str, str]]) -> int:
    return sum(text_width(text) for text, _ in pieces)
