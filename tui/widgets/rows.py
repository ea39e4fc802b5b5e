"""The text of each row in the blogger pane, in the current script (never parsed as markup).

Colours come from the pane's component classes (``styles``: ``label``, ``handle``,
``muted``, ``marker``, ``chosen``), so they follow the theme; without them a row is plain.
The timeline's rows are drawn by :mod:`tui.timeline_row`.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from rich.text import Text

from tui.model.article import Article
from tui.model.scripts import Script, Variant

COMPACT_BELOW = 24  # cells: a narrower row shows the handle alone
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
    """``@handle  name · role  ×2`` (with ``2/3`` for the blogger being followed)."""
    b = article.bloggers[index]
    row = Text(no_wrap=True, overflow="ellipsis", end="")
    row.append(f"@{b.handle(script, variant)}", style=styles["handle"])
    who = " · ".join(x(script, variant) for x in (b.name, b.role) if x is not None)
    if who and width >= COMPACT_BELOW:
        row.append(f"  {who}")
    row.append(f"  ×{len(b.mentions)}", style=styles["muted"])
    if position:
        row.append("  ")
        row.append(position, style=styles["chosen"])
    row.truncate(max(1, width), overflow="ellipsis")
    return row
