"""A small dialog that asks for the path of another article to open."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.keymap import OPEN_BINDINGS
from tui.safety import ReportsErrors
from tui.strings import Lang, ui


class OpenScreen(ReportsErrors, ModalScreen[str | None]):
    """Returns the typed path, or ``None`` when dismissed with escape."""

    BINDINGS = OPEN_BINDINGS

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(id="open-box") as box:
            box.border_title = ui("open_title", self.lang)
            yield Static(ui("open_hint", self.lang), markup=False)
            yield Input(placeholder=ui("open_placeholder", self.lang), id="open-path")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._close(event.value.strip() or None)

    def action_cancel(self) -> None:
        self._close(None)

    def _close(self, path: str | None) -> None:
        """Dismiss once: keys typed fast can submit and cancel in the same instant."""
        if self.is_current:
            self.dismiss(path)
