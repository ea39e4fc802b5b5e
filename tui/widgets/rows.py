"""The text of each row in the blogger pane, in the current script (never parsed as markup)."""

from __future__ import annotations

from rich.text import Text

from tui.model.article import Article
from tui.model.scripts import Script


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
