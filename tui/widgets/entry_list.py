"""A keyboard-first list for the side panes: vim keys on top of Textual's OptionList."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class EntryList(OptionList):
    """One row per entry; ``enter`` or a click chooses (``OptionList.OptionSelected``)."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
        Binding("enter", "select", "Go to", id="list.select"),
    ]

    class Resized(Message):
        """The list changed width: its rows need re-rendering to fit."""

        def __init__(self, entry_list: EntryList) -> None:
            super().__init__()
            self.entry_list = entry_list

        @property
        def control(self) -> EntryList:
            return self.entry_list

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Resized(self))

    def set_rows(self, rows: list[Text]) -> None:
        """Replace every row, keeping the highlighted one."""
        highlighted = self.highlighted
        self.clear_options()
        self.add_options([Option(row) for row in rows])
        if rows:
            self.highlighted = min(highlighted or 0, len(rows) - 1)

    def set_row(self, index: int, row: Text) -> None:
        """Replace one row's text."""
        if 0 <= index < self.option_count:
            self.replace_option_prompt_at_index(index, row)
