"""The header: the article's title and a clickable script control (繁 / 简)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Static

from tui.model.sanitize import safe_line


class ScriptBadge(Static):
    """Shows the current script; a click asks the app to switch it."""

    class Pressed(Message):
        """The reader clicked the script control."""

    def on_click(self) -> None:
        self.post_message(self.Pressed())


class TitleBar(Horizontal):
    """Title on the left, the script control on the right."""

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        yield Static(id="status")
        yield ScriptBadge(id="script-badge")

    def show(self, title: str, badge: str, status: str) -> None:
        """Render the title, the script badge and a short status, all as literal, safe text.

        The title may be the file's name, which can hold anything but ``/``.
        """
        title, status = safe_line(title), safe_line(status)
        self.query_one("#title", Static).update(Text(title, no_wrap=True, overflow="ellipsis"))
        self.query_one("#status", Static).update(Text(status, no_wrap=True, overflow="ellipsis"))
        self.query_one("#script-badge", ScriptBadge).update(Text(f" {badge} "))
