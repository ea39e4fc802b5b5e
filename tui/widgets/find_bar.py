"""The find bar at the bottom: a query typed incrementally, and where the reader is among the hits.

It only reports what the reader types (``Changed``), confirms (``Submitted``) or ends
(``Closed``); the app finds and moves the text, and the bar draws the bound ``find``
state as the count (``3/12``, or "not found").  Keys that an input consumes (letters, ``n``,
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

from tui.model.find import FindState
from tui.model.scripts import Script
from tui.safety import guarded
from tui.strings import ui


class FindBar(Horizontal):
    """A prompt, the query and a count; hidden until a find starts.

    Bound state (see :mod:`tui.view_state`): ``script`` (the words) and ``find`` (the count).
    """

    BINDINGS = [
        Binding("escape", "close", "End find", show=False, id="find.close"),
    ]

    script: reactive[Script] = reactive(Script.TRADITIONAL, init=False)
    find: reactive[FindState | None] = reactive(None, init=False)

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
        self._show()

    def watch_script(self) -> None:
        if self.is_mounted:
            self._show()

    def watch_find(self) -> None:
        if self.is_mounted:
            self._show()

    def _show(self) -> None:
        self.query_one("#find-prompt", Static).update(Text(ui("find", self.script) + " /"))
        count = self.query_one("#find-count", Static)
        find = self.find
        if find is None or not find.found.query:
            count.update("")
        elif not find.found:
            count.update(Text(ui("find_none", self.script), style="bold"))
        else:
            count.update(Text(find.counter()))

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
