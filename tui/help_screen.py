"""The help screen: every key, in the reader's script."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.model.scripts import Script
from tui.safety import guarded
from tui.strings import KEYS, say, ui


class HelpScreen(ModalScreen[None]):
    """Lists every key; closes with escape, q or ?.

    Bound state (see :mod:`tui.view_state`): ``script``, so ``t`` pressed here switches it too.
    """

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("t", "app.toggle_script", "繁/简", id="help.toggle_script"),
    ]

    script: reactive[Script] = reactive(Script.TRADITIONAL, init=False)

    def __init__(self, script: Script = Script.TRADITIONAL) -> None:
        """``script`` is the one to draw before the binding reaches the screen."""
        super().__init__()
        self.set_reactive(HelpScreen.script, script)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(id="help-table")

    def on_mount(self) -> None:
        self._show()

    def watch_script(self) -> None:
        if self.is_mounted:
            self._show()

    def _show(self) -> None:
        """Render the keys in the bound script."""
        script = self.script
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for keys, what in KEYS:
            table.add_row(Text(say(keys, script)), Text(say(what, script)))
        box = self.query_one("#help-box", VerticalScroll)
        box.border_title = Text(ui("help_title", script))
        box.border_subtitle = Text(ui("help_close", script))
        self.query_one("#help-table", Static).update(table)

    @guarded()
    def action_dismiss(self) -> None:  # type: ignore[override]
        if self.is_current:  # once, however fast the keys come
            self.dismiss(None)
