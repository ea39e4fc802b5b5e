"""The find bar at the bottom: a query typed incrementally, and where the reader is among the hits.

It only reports what the reader types (``Changed``), confirms (``Submitted``) or ends
(``Closed``); the app finds, moves the text and tells the bar what to show as the
count (``3/12``, or "not found").  Keys that an input consumes (letters, ``n``,
``q``) go into the query while it has focus; ``escape`` ends the find.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Static

from tui.model.scripts import Script
from tui.safety import guarded
from tui.strings import ui


class FindBar(Horizontal):
    """A prompt, the query and a count; hidden until a find starts.

    Bound state: ``script`` (the prompt's words).
    """

    BINDINGS = [
        Binding("escape", "close", "End find", show=False, id="find.close"),
    ]

    script: reactive[Script] = reactive(Script.TRADITIONAL, init=False)

    class Changed(Message):
        """The query as typed so far."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Submitted(Message):
        """``enter`` in the query: go to the next hit and hand the keys back to the text."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Closed(Message):
        """``escape``: the find is over."""

    def compose(self) -> ComposeResult:
        yield Static(id="find-prompt", markup=False)
        yield Input(id="find-input", compact=True, select_on_focus=False)
        yield Static(id="find-count", markup=False)

    def on_mount(self) -> None:
        self._show_prompt()

    def watch_script(self) -> None:
        if self.is_mounted:
            self._show_prompt()

    def _show_prompt(self) -> None:
        self.query_one("#find-prompt", Static).update(Text(ui("find", self.script) + " /"))

    @property
    def query_text(self) -> str:
        return self.query_one("#find-input", Input).value

    def start(self, query: str | None = None) -> None:
        """Show the bar and put the cursor in the query (``query`` replaces it when given)."""
        field = self.query_one("#find-input", Input)
        if query is not None:
            with field.prevent(Input.Changed):
                field.value = query
        field.cursor_position = len(field.value)
        self.display = True
        field.focus()

    def show_count(self, current: int, total: int, query: str) -> None:
        """``3/12`` (``current`` counts from 1; 0 when the reader is not at a hit yet)."""
        count = self.query_one("#find-count", Static)
        if not query:
            count.update("")
        elif total == 0:
            count.update(Text(ui("find_none", self.script), style="bold"))
        else:
            count.update(Text(f"{current}/{total}" if current else f"{total}"))

    @guarded()
    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @guarded()
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(event.value))

    @guarded()
    def action_close(self) -> None:
        self.post_message(self.Closed())
