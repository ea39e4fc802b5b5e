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
from tui.strings import KEYS, TEXTS, ui


class HelpScreen(ModalScreen[None]):
    """Lists every key; closes with escape, q or ?."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("t", "app.toggle_script", "繁/简", id="help.toggle_script"),
    ]

    def __init__(self, script: Script) -> None:
        super().__init__()
        self.script = script

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(id="help-table")

    def on_mount(self) -> None:
        self.show(self.script)

    def show(self, script: Script) -> None:
        """Render the keys in ``script`` (the app calls this when the script is switched)."""
        self.script = script
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for keys, what in KEYS:
            shown = ui(keys, script) if keys in TEXTS else keys
            table.add_row(Text(shown), Text(ui(what, script)))
        box = self.query_one("#help-box", VerticalScroll)
        box.border_title = Text(ui("help_title", script))
        box.border_subtitle = Text(ui("help_close", script))
        self.query_one("#help-table", Static).update(table)

    @guarded()
    def action_dismiss(self) -> None:  # type: ignore[override]
        if self.is_current:  # once, however fast the keys come
            self.dismiss(None)
