"""The header: the article's title, a short status and a clickable script control (繁 / 简)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static

from tui.model.article import Article
from tui.model.scripts import Script
from tui.safety import ReportsErrors
from tui.strings import ui


class ScriptBadge(ReportsErrors, Static):
    """Shows the current script; a click asks the app to switch it."""

    class Pressed(Message):
        """The reader clicked the script control."""

    def on_click(self) -> None:
        self.post_message(self.Pressed())


class TitleBar(ReportsErrors, Horizontal):
    """Title on the left, then the status (replaced bytes, reference date), then the script.

    Bound state (see :mod:`tui.view_state`): ``article`` and ``script``.  Everything is drawn
    as literal text, never markup.
    """

    article: var[Article | None] = var(None, always_update=True, init=False)
    script: var[Script] = var(Script.TRADITIONAL, init=False)

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        yield Static(id="status")
        yield ScriptBadge(id="script-badge")

    def watch_article(self) -> None:
        self._show()

    def watch_script(self) -> None:
        self._show()

    def _show(self) -> None:
        a, s = self.article, self.script
        if a is None or not self.is_mounted:
            return
        status = f"{ui('ref', s)} {a.reference_date.isoformat()}"
        if a.replaced:
            status = f"{a.replaced} {ui('replaced', s)} · " + status
        title = a.display_title(s)
        self.query_one("#title", Static).update(Text(title, no_wrap=True, overflow="ellipsis"))
        self.query_one("#status", Static).update(Text(status, no_wrap=True, overflow="ellipsis"))
        self.query_one("#script-badge", ScriptBadge).update(Text(f" {s.badge} "))
