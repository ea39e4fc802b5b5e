"""The help screen: every key, as bound now, in the reader's language."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.reactive import var
from textual.widgets import Static

from tui.keymap import HELP_BINDINGS, active_keymap, help_rows, keys_sentence
from tui.safe_screens import OnceModalScreen
from tui.safety import ReportsErrors
from tui.strings import Lang, ui


class HelpScreen(ReportsErrors, OnceModalScreen):
    """Lists every key, as bound now (see :mod:`tui.keymap`); closes with escape, q or ?.

    Bound state (see :mod:`tui.view_state`): ``lang``, so ``t`` pressed here (which switches
    the language along with the script, unless one was chosen) redraws it too.
    """

    COMPONENT_CLASSES = {"help-screen--key"}
    BINDINGS = HELP_BINDINGS

    lang: var[Lang] = var(Lang.ZH_HANT, init=False)

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

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) as shown: the keys bound now, in the bound language."""
        return help_rows(active_keymap(self.app), self.lang)

    def _show(self) -> None:
        """Render the keys in the bound language."""
        lang = self.lang
        table = Table.grid(padding=(0, 2))
        key_style = self.get_component_rich_style("help-screen--key", partial=True)
        table.add_column(style=key_style, no_wrap=True)
        table.add_column()
        for keys, what in self.rows():
            table.add_row(Text(keys), Text(what))
        try:
            box = self.query_one("#help-box", VerticalScroll)
            shown = self.query_one("#help-table", Static)
        except NoMatches:  # keys faster than the screen: torn down before (or while) it mounted
            return
        box.border_title = Text(ui("help_title", lang))
        close = keys_sentence("help.close", active_keymap(self.app), lang)
        box.border_subtitle = Text(ui("help_close", lang).format(keys=close))
        shown.update(table)

    def action_dismiss(self) -> None:  # type: ignore[override]
        if self.is_current:  # once, however fast the keys come
            self.dismiss(None)
