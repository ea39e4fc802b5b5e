"""A small dialog that asks for the reference date: what "today" means for the text."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from tui.keymap import DATE_BINDINGS, active_keymap, keys_said
from tui.localized import dialog_footer
from tui.safe_screens import OnceModalScreen
from tui.safety import ReportsErrors
from tui.strings import Lang, ui


def parse_day(text: str) -> date | None:
    """``2025-01-31`` (also ``2025/1/31`` and ``2025.1.31``), or ``None`` if it is no date."""
    parts = text.strip().replace("/", "-").replace(".", "-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


#: What the dialog returns for an empty field: the page's own reference date again.
PAGE_DATE = "page"


class DateScreen(ReportsErrors, OnceModalScreen):
    """Returns the date typed, :data:`PAGE_DATE` for an empty field (back to the date the
    page gives or the model guessed), or ``None`` when dismissed; says so when it is no date."""

    BINDINGS = DATE_BINDINGS

    def __init__(self, lang: Lang, current: date) -> None:
        super().__init__()
        self.lang = lang
        self.current = current

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical(id="open-box") as box:
            box.border_title = ui("date_title", lang)
            yield Static(self._hint(), markup=False, id="date-hint")
            yield Input(value=self.current.isoformat(), placeholder="2025-01-31", id="date-input")
        yield dialog_footer(lang)

    def _hint(self) -> str:
        cancel = keys_said(["date.cancel"], active_keymap(self.app), self.lang)
        return ui("date_hint", self.lang).format(cancel=cancel)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self._close(PAGE_DATE)
            return
        day = parse_day(event.value)
        if day is None:  # said above the hint, which still tells how to go back or cancel
            self.query_one("#date-hint", Static).update(
                f"{ui('date_invalid', self.lang)}\n{self._hint()}"
            )
            return
        self._close(day)

    def action_cancel(self) -> None:
        self._close(None)

    def _close(self, day: date | str | None) -> None:
        """Dismiss once: keys typed fast can submit and cancel in the same instant."""
        if self.is_current:
            self.dismiss(day)
