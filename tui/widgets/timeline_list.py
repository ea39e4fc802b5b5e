"""The timeline pane: one row per dated event, marked while its paragraph is on screen."""

from __future__ import annotations

from collections.abc import Hashable

from rich.text import Text
from textual.reactive import var

from tui.model.article import Article
from tui.model.scripts import Script
from tui.selection import EventPlaces, Selection, SelectionKind, is_chosen
from tui.strings import ui
from tui.widgets.row_list import RowList
from tui.widgets.rows import event_row


class TimelineList(RowList):
    """The article's events in date order.

    Bound state (see :mod:`tui.view_state`): ``article``, ``script``, ``selection`` (the
    chosen event's row is drawn chosen and gets the cursor), ``on_screen`` (rows of events
    whose paragraph is on screen get a bar).  Posts :class:`RowList.Chosen` with the event's
    index.  Its border title counts the events (``…`` while a book is still being read).
    """

    article: var[Article | None] = var(None, always_update=True, init=False)
    script: var[Script] = var(Script.TRADITIONAL, init=False)
    selection: var[Selection | None] = var(None, init=False)
    on_screen: var[tuple[int, int]] = var((0, -1), init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._places: EventPlaces | None = None
        self.in_view: frozenset[int] = frozenset()  # events whose paragraph is on screen

    # ---- rows -------------------------------------------------------------------------------

    def row_count(self) -> int:
        return 0 if self.article is None else len(self.article.timeline)

    def row_state(self, index: int) -> Hashable:
        return (
            self.script,
            index in self.in_view,
            is_chosen(self.selection, SelectionKind.EVENT, index),
        )

    def render_row(self, index: int, width: int) -> Text:
        if self.article is None:
            return Text("")
        chosen = is_chosen(self.selection, SelectionKind.EVENT, index)
        return event_row(self.article, index, self.script, index in self.in_view, chosen, width)

    # ---- state ------------------------------------------------------------------------------

    def watch_article(self) -> None:
        self._places = None if self.article is None else EventPlaces(self.article)
        self.in_view = self._events_in_view()
        self.rows_changed()
        self._titles()

    def watch_script(self) -> None:
        self._titles()
        self.refresh()

    def watch_selection(self, old: Selection | None, selection: Selection | None) -> None:
        if selection is not None and selection.kind is SelectionKind.EVENT:
            self.highlighted = selection.index
        if any(s is not None and s.kind is SelectionKind.EVENT for s in (old, selection)):
            self.refresh()  # a choice among the bloggers changes no row here

    def watch_on_screen(self) -> None:
        in_view = self._events_in_view()
        if in_view != self.in_view:
            self.in_view = in_view
            self.refresh()

    def _events_in_view(self) -> frozenset[int]:
        return frozenset() if self._places is None else self._places.in_view(*self.on_screen)

    def _titles(self) -> None:
        a, s = self.article, self.script
        if a is None:
            return
        more = "" if a.complete else "…"
        self.border_title = Text(f"{ui('timeline', s)} ({len(a.timeline)}{more})")
        if not a.complete:
            self.border_subtitle = Text(ui("reading_rest", s))
        else:
            self.border_subtitle = Text("" if a.timeline else ui("no_events", s))
