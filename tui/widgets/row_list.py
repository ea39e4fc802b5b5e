"""A keyboard-first list for the side panes that renders only the rows on screen.

A Line API ``ScrollView`` in the manner of toolong: a book can have thousands of
events, and switching scripts must not rebuild them all, so rows are produced
on demand by the function the app gives and cached until the app says they
changed.  ``enter`` or a click posts :class:`RowList.Chosen`.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.safety import guarded

RowRenderer = Callable[[int, int], Text]  # (index, width) -> one line of text


class RowList(ScrollView, can_focus=True):
    """One line per entry, a highlighted row, and vim keys."""

    COMPONENT_CLASSES = {"row-list--cursor"}
    BINDINGS = [
        Binding("j,down", "move(1)", "Down", show=False, id="list.down"),
        Binding("k,up", "move(-1)", "Up", show=False, id="list.up"),
        Binding("pagedown", "page(1)", "Page", show=False, id="list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("g,home", "edge(0)", "First", show=False, id="list.first"),
        Binding("G,end", "edge(1)", "Last", show=False, id="list.last"),
        Binding("enter", "choose", "Go to", id="list.choose"),
    ]

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
        self.count = 0
        self._render_row: RowRenderer = lambda index, width: Text("")
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(512)
        self._base: Style | None = None
        self._cursor = Style()

    def set_source(self, count: int, render_row: RowRenderer) -> None:
        """Show ``count`` rows drawn by ``render_row``; every cached row is dropped."""
        self.count = count
        self._render_row = render_row
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, count)
        if count:
            self.set_reactive(RowList.highlighted, min(self.highlighted, count - 1))
        self.refresh()

    def refresh_rows(self, *indices: int) -> None:
        """Redraw rows whose content changed (all of them when none are named)."""
        if not indices:
            self._cache.clear()
        else:
            stale = [k for k in self._cache.keys() if k[0] in indices]  # noqa: SIM118 - not iterable
            for key in stale:
                self._cache.discard(key)
        self.refresh()

    def row_text(self, index: int) -> str:
        """The plain text of row ``index`` (for tests and the palette)."""
        return self._render_row(index, 10_000).plain

    # ---- drawing ----------------------------------------------------------------------------

    @guarded(lambda self: Strip.blank(self.size.width, self.rich_style))
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0 or self._base is None:
            self._base = self.rich_style  # once a frame, not once a line
            self._cursor = self.get_component_rich_style("row-list--cursor")
        base = self._base
        index = round(self.scroll_y) + y
        if not 0 <= index < self.count:
            return Strip.blank(width, base)
        key = (index, width)
        strip = self._cache.get(key)
        if strip is None:
            text = self._render_row(index, width)
            segments = [
                Segment(s.text, base + s.style if s.style else base)
                for s in text.render(self.app.console)
                if s.text != "\n"
            ]
            strip = Strip(segments).crop_extend(0, width, base)
            self._cache[key] = strip
        if index == self.highlighted:
            strip = strip.apply_style(self._cursor)
        return strip

    @guarded()
    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self.count)
        self._cache.clear()

    # ---- moving and choosing ----------------------------------------------------------------

    @guarded()
    def watch_highlighted(self, old: int, new: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if new < top:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False, immediate=True)
        self.refresh()

    @guarded()
    def action_move(self, step: int) -> None:
        if self.count:
            self.highlighted = max(0, min(self.count - 1, self.highlighted + step))

    @guarded()
    def action_page(self, step: int) -> None:
        self.action_move(step * max(1, self.scrollable_content_region.height - 1))

    @guarded()
    def action_edge(self, end: int) -> None:
        if self.count:
            self.highlighted = self.count - 1 if end else 0

    @guarded()
    def action_choose(self) -> None:
        if 0 <= self.highlighted < self.count:
            self.post_message(self.Chosen(self, self.highlighted))

    @guarded()
    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = round(self.scroll_y) + offset.y
        if 0 <= index < self.count:
            self.highlighted = index
            self.post_message(self.Chosen(self, index))
