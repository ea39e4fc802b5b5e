"""The find bar at the bottom: a query typed incrementally, and where the reader is among the hits.

It only reports what the reader types (``Changed``), confirms (``Submitted``) or ends
(``Closed``); the app finds and moves the text, and the bar draws the bound ``find``
state as the count (``3/12``, or "not found").  Keys that an input consumes (letters, ``n``,
``q``) go into the query while it has focus; ``escape`` ends the find.

``enter`` and ``escape`` are *priority* bindings of the bar, so they run as the app reads the
key, before it hands the next keys on: they give the keys back to the ``home`` widget at
once, and keys typed right after them (a paste of ``/数字⏎y``) reach the text, not the query.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, Static

from tui.keymap import FIND_BINDINGS
from tui.model.find import FindState
from tui.model.scripts import Script, Variant
from tui.safety import ReportsErrors
from tui.strings import Lang, ui


class FindBar(ReportsErrors, Horizontal):
    """A prompt, the query and a count; hidden until a find starts.

    Bound state (see :mod:`tui.view_state`): ``lang`` (the words) and ``find`` (the count).
    """

    BINDINGS = FIND_BINDINGS

    script: var[Script] = var(Script.TRADITIONAL, init=False)
    variant: var[Variant] = var(Variant.STANDARD, init=False)
    lang: var[Lang] = var(Lang.ZH_HANT, init=False)
    find: var[FindState | None] = var(None, init=False)

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

    def __init__(self, *, home: str = "#article", id: str | None = None) -> None:
        """``home``: a selector of the widget that gets the keys back when the query is done."""
        super().__init__(id=id)
        self.home = home

    def compose(self) -> ComposeResult:
        yield Static(id="find-prompt", markup=False)
        yield Input(id="find-input", compact=True, select_on_focus=False)
        yield Static(id="find-count", markup=False)

    def on_mount(self) -> None:
        self._show()

    def watch_lang(self) -> None:
        if self.is_mounted:
            self._show()

    def watch_find(self) -> None:
        if self.is_mounted:
            self._show()

    def _show(self) -> None:
        self.query_one("#find-prompt", Static).update(Text(ui("find", self.lang) + " /"))
        count = self.query_one("#find-count", Static)
        find = self.find
        if find is None or not find.found.query:
            count.update("")
        elif not find.found:
            count.update(Text(ui("find_none", self.lang), style="bold"))
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
        self.screen.set_focus(field)  # now, not after a refresh: keys typed next go in

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    def _go_home(self) -> None:
        homes = self.screen.query(self.home)
        if homes:
            self.screen.set_focus(homes.first())

    def action_submit(self) -> None:
        """``enter``: keys back to the text now; the app keeps the hits marked."""
        if self.has_focus_within:
            self._go_home()
        self.post_message(self.Submitted(self.query_text))

    def action_close(self) -> None:
        """``escape``: hide and hand the keys back now; the app clears the find."""
        if self.has_focus_within:
            self._go_home()
        self.display = False
        self.post_message(self.Closed())
