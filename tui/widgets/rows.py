"""The text of each row in the side panes, in the current script (never parsed as markup).

Colours come from the pane's component classes (``styles``: ``label``, ``handle``,
``muted``, ``marker``, ``chosen``), so they follow the theme; without them a row is plain.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from tui.model.article import Article
from tui.model.scripts import Script, Variant

LABEL_CELLS = 12  # room for 2025-01-28 and 2024 年底 with a space after
COMPACT_BELOW = 24  # cells: a narrower row shows the date or the handle alone
ROW_STYLES = ("label", "handle", "muted", "marker", "chosen")
_PLAIN: Mapping[str, Style] = dict.fromkeys(ROW_STYLES, Style())


def event_summary(
    article: Article, index: int, script: Script, variant: Variant | None = None
) -> str:
    """The sentence of event ``index`` on one line (the timeline row and the palette show it)."""
    e = article.timeline[index]
    return " ".join(article.sentence_text(e.paragraph, e.sentence, script, variant).split())


def event_row(
    article: Article,
    index: int,
    script: Script,
    on_screen: bool,
    chosen: bool,
    width: int,
    variant: Variant | None = None,
    styles: Mapping[str, Style] = _PLAIN,
) -> Text:
    """``▍2024-12  一句话摘要…`` for one timeline event."""
    e = article.timeline[index]
    row = Text(no_wrap=True, overflow="ellipsis", end="")
    row.append("▍" if on_screen else " ", style=styles["marker"] if on_screen else "")
    label = e.label(script)
    row.append(label, style=styles["label"])
    if width >= COMPACT_BELOW:
        row.append(" " * max(1, LABEL_CELLS - cell_len(label)))
        summary = event_summary(article, index, script, variant)
        row.append(summary, style=styles["chosen"] if chosen else "")
    row.truncate(max(1, width), overflow="ellipsis")
    return row


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
