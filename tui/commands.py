"""Command palette entries: every action, and fuzzy "go to event…" / "go to blogger…".

Entries carry text from the article (event sentences), which Textual's palette would read as
markup: titles are built only from markup-free parts (dates, handles, names), and help text is
escaped, so an article can never inject a style or an action.

The query and the titles are matched *folded* (:func:`tui.model.find.fold`: one form per
character across scripts, widths and case), so ``春节`` finds ``春節`` in the Traditional
view; folding keeps lengths, so the matched characters are highlighted in the title as shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.visual import Style

from tui.model.find import fold

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
        matcher = self.matcher(fold(query))
        style = self.match_style or Style(reverse=True)
        for title, help_text, callback in self._entries():
            folded = fold(title)
            score, offsets = matcher.fuzzy_search.match(matcher.query, folded)
            if score > 0:
                display = Content(title)
                for at in offsets:
                    if not title[at].isspace():
                        display = display.stylize(style, at, at + 1)
                yield Hit(score, display, callback, text=title, help=escape(help_text))
