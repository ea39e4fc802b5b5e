"""The help screen: every key, in the reader's script."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.keymap import HELP_BINDINGS, active_keymap, help_rows, keys_sentence
from tui.model.scripts import Script
from tui.safety import ReportsErrors
from tui.strings import say, ui


class HelpScreen(ReportsErrors, ModalScreen[None]):
    """Lists every key, as bound now (see :mod:`tui.keymap`); closes with escape, q or ?.

    Bound state (see :mod:`tui.view_state`): ``script``, so ``t`` pressed here switches it too.
    """

    BINDINGS = HELP_BINDINGS

    script: var[Script] = var(Script.TRADITIONAL, init=False)

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

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) as shown: the keys bound now, in the bound script."""
        script = self.script
        return [(say(k, script), say(w, script)) for k, w in help_rows(active_keymap(self.app))]

    def _show(self) -> None:
        """Render the keys in the bound script."""
        script = self.script
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for keys, what in self.rows():
            table.add_row(Text(keys), Text(what))
        box = self.query_one("#help-box", VerticalScroll)
        box.border_title = Text(ui("help_title", script))
        close = keys_sentence("help.close", active_keymap(self.app))
        box.border_subtitle = Text(ui("help_close", script).format(keys=close))
        self.query_one("#help-table", Static).update(table)

    def action_dismiss(self) -> None:  # type: ignore[override]
        if self.is_current:  # once, however fast the keys come
            self.dismiss(None)
