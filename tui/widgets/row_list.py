"""A keyboard-first list for the side panes that renders only the rows on screen.

A Line API ``ScrollView`` in the manner of toolong: a book can have thousands of
events, and switching scripts must not rebuild them all, so rows are drawn on demand
and cached.  The cache key holds everything that changes a row — the model, the index,
the width and the subclass's :meth:`RowList.row_state` — so a change of state needs only
a ``refresh()``, never a list of stale rows; style changes (a theme) clear it, as
Textual's ``Log`` does.  ``enter`` or a click posts :class:`RowList.Chosen`.

Subclasses (:mod:`tui.widgets.timeline_list`, :mod:`tui.widgets.blogger_list`) say how many rows there are, what state a
row depends on, and how to draw it.
"""

from __future__ import annotations

from collections.abc import Hashable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.keymap import LIST_BINDINGS
from tui.safety import DrawsLinesSafely
from tui.widgets.rows import ROW_STYLES


class RowList(DrawsLinesSafely, ScrollView, can_focus=True):
    """One line per entry, a highlighted row, and vim keys.

    Subclasses implement :meth:`row_count`, :meth:`row_state` and :meth:`render_row`,
    and call :meth:`rows_changed` when the model behind the rows is replaced.
    """

    COMPONENT_CLASSES = {
        "row-list--cursor",
        "row-list--label",
        "row-list--handle",
        "row-list--muted",
        "row-list--marker",
        "row-list--chosen",
    }
    BINDINGS = LIST_BINDINGS

    highlighted: reactive[int] = reactive(0, init=False)

    class Chosen(Message):
        """The reader chose row ``index`` (enter or click)."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._cache: LRUCache[tuple[Hashable, ...], Strip] = LRUCache(512)
        self._generation = 0  # bumped whenever the rows' model is replaced
        self._base: Style | None = None
        self._cursor = Style()
        self._cursor_row: tuple[object, Strip] = (None, Strip.blank(0))
        self.row_styles: dict[str, Style] = dict.fromkeys(ROW_STYLES, Style())

    # ---- what subclasses provide ------------------------------------------------------------

    def row_count(self) -> int:
        """How many rows there are."""
        return 0

    def row_state(self, index: int) -> Hashable:
        """Everything besides the model, the index and the width that changes row ``index``."""
        return None

    def render_row(self, index: int, width: int) -> Text:
        """Row ``index`` as one line of text at most ``width`` cells wide."""
        return Text("")

    # ---- the public surface -----------------------------------------------------------------

    @property
    def count(self) -> int:
        """How many rows there are."""
        return self.row_count()

    def rows_changed(self) -> None:
        """The model behind the rows was replaced: new row count, no cached row reused."""
        self._generation += 1
        self._cache.clear()
        count = self.row_count()
        self.virtual_size = Size(self.scrollable_content_region.width, count)
        if count:
            self.set_reactive(RowList.highlighted, min(self.highlighted, count - 1))
        self.refresh()

    def row_text(self, index: int) -> str:
        """The plain text of row ``index`` (for tests and the palette)."""
        return self.render_row(index, 10_000).plain

    def notify_style_update(self) -> None:
        """Styles changed (a theme, a pseudo-class): rows drawn with the old ones are stale."""
        super().notify_style_update()
        self._cache.clear()
        self._base = None

    # ---- drawing ----------------------------------------------------------------------------

    def draw_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0 or self._base is None:
            self._base = self.rich_style  # once a frame, not once a line
            self._cursor = self.get_component_rich_style("row-list--cursor", partial=True)
            self.row_styles = {
                name: self.get_component_rich_style(f"row-list--{name}", partial=True)
                for name in ROW_STYLES
            }
        base = self._base
        index = round(self.scroll_y) + y
        if not 0 <= index < self.row_count():
            return Strip.blank(width, base)
        key = (self._generation, index, width, self.row_state(index))
        strip = self._cache.get(key)
        if strip is None:
            text = self.render_row(index, width)
            segments = [
                Segment(s.text, base + s.style if s.style else base)
                for s in text.render(self.app.console)
                if s.text != "\n"
            ]
            strip = Strip(segments).crop_extend(0, width, base)
            self._cache[key] = strip
        if index == self.highlighted:  # on top of the row's own background
            cursor_key = (key, self._cursor)
            if self._cursor_row[0] != cursor_key:
                cursor = Segment.apply_style(strip, post_style=self._cursor)
                self._cursor_row = (cursor_key, Strip(cursor, strip.cell_length))
            strip = self._cursor_row[1]
        return strip

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self.row_count())

    # ---- moving and choosing ----------------------------------------------------------------

    def watch_highlighted(self, old: int, new: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if new < top:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False, immediate=True)
        self.refresh()

    def action_move(self, step: int) -> None:
        if self.count:
            self.highlighted = max(0, min(self.count - 1, self.highlighted + step))

    def action_page(self, step: int) -> None:
        self.action_move(step * max(1, self.scrollable_content_region.height - 1))

    def action_edge(self, end: int) -> None:
        if self.count:
            self.highlighted = self.count - 1 if end else 0

    def action_choose(self) -> None:
        if 0 <= self.highlighted < self.count:
            self.post_message(self.Chosen(self, self.highlighted))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = round(self.scroll_y) + offset.y
        if 0 <= index < self.count:
            self.highlighted = index
            self.post_message(self.Chosen(self, index))
