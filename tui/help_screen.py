"""The help screen: every key, in the reader's language."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.safety import guarded
from tui.strings import KEYS, TEXTS, Lang, ui


class HelpScreen(ModalScreen[None]):
    """Lists every key; closes with escape, q or ?.

    Bound state (see :mod:`tui.view_state`): ``lang``, so ``t`` pressed here (which switches
    the language along with the script, unless one was chosen) redraws it too.
    """

    COMPONENT_CLASSES = {"help-screen--key"}
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("t", "app.toggle_script", "繁/简", id="help.toggle_script"),
    ]

    lang: reactive[Lang] = reactive(Lang.ZH_HANT, init=False)

    def __init__(self, lang: Lang = Lang.ZH_HANT) -> None:
        """``lang`` is the one to draw before the binding reaches the screen."""
        super().__init__()
        self.set_reactive(HelpScreen.lang, lang)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(id="help-table")

    def on_mount(self) -> None:
        self._show()

    def watch_lang(self) -> None:
        if self.is_mounted:
            self._show()

    def _show(self) -> None:
        """Render the keys in the bound language."""
        lang = self.lang
        table = Table.grid(padding=(0, 2))
        table.add_column(style=self.get_component_rich_style("help-screen--key", partial=True), no_wrap=True)
        table.add_column()
        for keys, what in KEYS:
            shown = ui(keys, lang) if keys in TEXTS else keys
            table.add_row(Text(shown), Text(ui(what, lang)))
        box = self.query_one("#help-box", VerticalScroll)
        box.border_title = Text(ui("help_title", lang))
        box.border_subtitle = Text(ui("help_close", lang))
        self.query_one("#help-table", Static).update(table)

    @guarded()
    def action_dismiss(self) -> None:  # type: ignore[override]
        if self.is_current:  # once, however fast the keys come
            self.dismiss(None)
