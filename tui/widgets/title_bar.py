"""The header: the article's title, a short status and a clickable script control (繁 / 简)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static

from tui.model.article import Article
from tui.model.sanitize import safe_line
from tui.model.scripts import Script
from tui.safety import ReportsErrors
from tui.strings import say, ui

#: Where the reference date came from, as the header says it (推定: a guess).
REFERENCE_SOURCES = {
    "dateline": "发布时间",
    "updated": "更新时间",
    "latest-year": "推定",
    "today": "今天，推定",
    "option": "手动设定",
}


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
        status = f"{ui('ref', s)} {a.reference_date.isoformat()} ({say(REFERENCE_SOURCES.get(a.reference_source, a.reference_source), s)})"
        if a.replaced:
            status = f"{a.replaced} {ui('replaced', s)} · " + status
        # The title may be the file's name, which can hold anything but ``/``.
        title, status = safe_line(a.display_title(s)), safe_line(status)
        self.query_one("#title", Static).update(Text(title, no_wrap=True, overflow="ellipsis"))
        self.query_one("#status", Static).update(Text(status, no_wrap=True, overflow="ellipsis"))
        self.query_one("#script-badge", ScriptBadge).update(Text(f" {s.badge} "))
