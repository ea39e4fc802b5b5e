"""The text of each row in the side panes, in the current script (never parsed as markup)."""

from __future__ import annotations

from rich.text import Text

from tui.model.article import Article
from tui.model.scripts import Script


def event_row(
    article: Article, index: int, script: Script, on_screen: bool, chosen: bool, width: int
) -> Text:
    """``▍2024-12  一句话摘要…`` for one timeline event."""
    e = article.timeline[index]
    summary = " ".join(article.sentence_text(e.paragraph, e.sentence, script).split())
    row = Text(no_wrap=True, overflow="ellipsis", end="")
    row.append("▍" if on_screen else " ", style="bold green" if on_screen else "")
    row.append(f"{e.label(script):<11}", style="bold" if chosen else "bold cyan")
    row.append(" ")
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
