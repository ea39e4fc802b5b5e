"""The help screen: every key, in the reader's script."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.model.scripts import Script
from tui.safety import guarded
from tui.strings import KEYS, say, ui


class HelpScreen(ModalScreen[None]):
    """Lists every key; closes with escape, q or ?."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, script: Script) -> None:
        super().__init__()
        self.script = script

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for keys, what in KEYS:
            table.add_row(Text(say(keys, self.script)), Text(say(what, self.script)))
        with VerticalScroll(id="help-box") as box:
            box.border_title = ui("help_title", self.script)
            box.border_subtitle = ui("help_close", self.script)
            yield Static(table, id="help-table")

    @guarded()
    def action_dismiss(self) -> None:  # type: ignore[override]
        if self.is_current:  # once, however fast the keys come
            self.dismiss(None)
