"""Command palette entries: every action, and fuzzy "go to event…" / "go to blogger…"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from tui.app import ArticleExplorer


class ExplorerCommands(Provider):
    """Searches the explorer's actions, events and bloggers."""

    def _entries(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: ArticleExplorer = self.app  # type: ignore[assignment]
        return app.command_entries()

    async def discover(self) -> Hits:
        for title, help_text, callback in self._entries():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
