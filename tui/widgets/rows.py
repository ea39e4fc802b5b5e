"""The text of each row in the side panes, in the current script (never parsed as markup)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from tui.model.article import Article
from tui.model.scripts import Script

LABEL_CELLS = 12  # room for 2025-01-28 and 2024 年底 with a space after


def event_summary(article: Article, index: int, script: Script) -> str:
    """The sentence of event ``index`` on one line (the timeline row and the palette show it)."""
    e = article.timeline[index]
    return " ".join(article.sentence_text(e.paragraph, e.sentence, script).split())


def event_row(
    article: Article, index: int, script: Script, on_screen: bool, chosen: bool, width: int
) -> Text:
    """``▍2024-12  一句话摘要…`` for one timeline event."""
    e = article.timeline[index]
    summary = event_summary(article, index, script)
    row = Text(no_wrap=True, overflow="ellipsis", end="")
    row.append("▍" if on_screen else " ", style="bold green" if on_screen else "")
    label = e.label(script)
    row.append(label, style="bold" if chosen else "bold cyan")
    row.append(" " * max(1, LABEL_CELLS - cell_len(label)))
    row.append(summary, style="reverse" if chosen else "")
    row.truncate(max(1, width), overflow="ellipsis")
    return row


def blogger_row(article: Article, index: int, script: Script, position: str, width: int) -> Text:
    """``@handle  name · role  ×2`` (with ``2/3`` for the blogger being followed)."""
    b = article.bloggers[index]
    row = Text(no_wrap=True, overflow="ellipsis", end="")
    row.append(f"@{b.handle(script)}", style="bold magenta")
    who = " · ".join(x(script) for x in (b.name, b.role) if x is not None)
    if who:
        row.append(f"  {who}")
    row.append(f"  ×{len(b.mentions)}", style="dim")
    if position:
        row.append(f"  {position}", style="bold reverse")
    row.truncate(max(1, width), overflow="ellipsis")
    return row
