"""Command palette entries: every action, and fuzzy "go to event…" / "go to blogger…".

Entries carry text from the article (event sentences), which Textual's palette would read as
markup: titles are built only from markup-free parts (dates, handles, names), and help text is
escaped, so an article can never inject a style or an action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

if TYPE_CHECKING:
    from tui.app import ArticleExplorer


class ExplorerCommands(Provider):
    """Searches the explorer's actions, events and bloggers."""

    def _entries(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: ArticleExplorer = self.app  # type: ignore[assignment]
        return app.command_entries()

    async def discover(self) -> Hits:
        for title, help_text, callback in self._entries():
            yield DiscoveryHit(Content(title), callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._entries():
            score = matcher.match(title)
            if score > 0:
                display = matcher.highlight(escape(title))
                yield Hit(score, display, callback, text=title, help=escape(help_text))
