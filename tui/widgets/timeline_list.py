"""The timeline pane: one row per date, in the event's own words, marked while on screen.

A row is a group of mentions of one date (:mod:`tui.model.timeline_groups`):
``▍2025-01-28       …也提到了春晚刷屏的… ×2 ¶10``, the label in a column as wide as
the article's widest, the snippet centred on the words that name the date (emphasised),
the count (``3/22`` while the reader walks the group's mentions with ``n``/``N``), and
the paragraph.  ``▍`` marks rows mentioned in the paragraphs on screen, ``≈`` a date
counted from a guessed reference date.  ``v`` switches the pane to its axis.
"""

from __future__ import annotations

from collections.abc import Hashable

from rich.style import Style
from rich.text import Text
from textual.reactive import var

from tui.keymap import TIMELINE_BINDINGS, active_keymap, keyed
from tui.model.timeline_groups import GroupIndex, groups_for
from tui.selection import Selection, SelectionKind, chosen_group
from tui.strings import ui
from tui.timeline_row import (
    COUNT,
    GUESS_LABEL,
    LABEL,
    ON_SCREEN,
    OWN,
    PLACE,
    POSITION,
    row_for_group,
)
from tui.widgets.row_list import RowList
from tui.widgets.side_pane import SidePane

#: Row roles (tui.timeline_row) drawn with a component class of the pane.
_ROLE_CLASS = {
    ON_SCREEN: "timeline-list--on-screen",
    LABEL: "timeline-list--label",
    GUESS_LABEL: "timeline-list--guess",
    OWN: "timeline-list--own",
    COUNT: "timeline-list--count",
    POSITION: "timeline-list--position",
    PLACE: "timeline-list--place",
}


def piece_style(widget, role: str) -> Style:
    """The style of a row piece of ``role`` in ``widget``: the list, or the axis, which
    declares the same component classes.  Looked up once until the styles change."""
    styles: dict[str, Style] | None = getattr(widget, "_piece_styles", None)
    if styles is None:
        styles = {r: widget.get_component_rich_style(c) for r, c in _ROLE_CLASS.items()}
        widget._piece_styles = styles
    return styles.get(role, Style())


#: The component classes of a timeline row, for every pane that draws one.
ROW_CLASSES = frozenset(_ROLE_CLASS.values())


class TimelineList(SidePane, RowList):
    """The article's dates in time order, one row per date however often it is named.

    Bound state (see :mod:`tui.view_state`): ``article``, ``script``, ``selection`` (the
    chosen group's row gets the cursor and shows which mention the reader is at),
    ``on_screen`` (rows of groups mentioned in the paragraphs on screen get a bar).  Posts
    :class:`RowList.Chosen` with the group's index.  Its border title counts the dates and
    their mentions (``…`` while a book is still being read); the subtitle is the legend.
    """

    COMPONENT_CLASSES = RowList.COMPONENT_CLASSES | ROW_CLASSES
    BINDINGS = TIMELINE_BINDINGS

    on_screen: var[tuple[int, int]] = var((0, -1), init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._groups: GroupIndex | None = None
        self.in_view: frozenset[int] = frozenset()  # groups mentioned on screen

    # ---- rows -------------------------------------------------------------------------------

    def row_count(self) -> int:
        return 0 if self._groups is None else len(self._groups)

    def _mention(self, index: int) -> int | None:
        """Which mention of group ``index`` the reader is at, if it is the chosen one."""
        sel = self.selection
        if sel is not None and chosen_group(self.article, sel) == index:
            return sel.mention if sel.kind is SelectionKind.GROUP else None
        return None

    def row_state(self, index: int) -> Hashable:
        return (self.script, self.variant, index in self.in_view, self._mention(index))

    def render_row(self, index: int, width: int) -> Text:
        if self._groups is None:
            return Text("")
        pieces = row_for_group(
            self._groups,
            index,
            self.script,
            width,
            mention=self._mention(index),
            on_screen=index in self.in_view,
            variant=self.variant,
        )
        row = Text(no_wrap=True, end="")
        for text, role in pieces:
            row.append(text, piece_style(self, role))
        return row

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._piece_styles = None

    # ---- state ------------------------------------------------------------------------------

    def watch_article(self) -> None:
        self._groups = None if self.article is None else groups_for(self.article)
        self.in_view = self._groups_in_view()
        self.rows_changed()
        self.retitle()

    def watch_selection(self, old: Selection | None, selection: Selection | None) -> None:
        group = chosen_group(self.article, selection)
        if group is not None:
            self.highlighted = group
        if any(s is not None and s.kind is not SelectionKind.BLOGGER for s in (old, selection)):
            self.refresh()  # a choice among the bloggers changes no row here

    def watch_on_screen(self) -> None:
        in_view = self._groups_in_view()
        if in_view != self.in_view:
            self.in_view = in_view
            self.refresh()

    def _groups_in_view(self) -> frozenset[int]:
        return frozenset() if self._groups is None else self._groups.in_view(*self.on_screen)

    def retitle(self) -> None:
        a, s = self.article, self.lang
        if a is None:
            return
        more = "" if a.complete else "…"
        dates = len(self._groups) if self._groups is not None else 0
        count = (
            f"{dates}{more}" if dates == len(a.timeline) else f"{dates} · ×{len(a.timeline)}{more}"
        )
        name = ui("timeline", s)
        self.border_title = self.fitting_title(
            f"{name} ({count})", f"{name} ({dates}{more})", f"{name} {dates}{more}"
        )
        if not a.complete:
            self.border_subtitle = Text(ui("reading_rest", s))
        elif not a.timeline:
            self.border_subtitle = self.fitting_title(ui("no_events", s), ui("no_events_short", s))
        else:
            self.border_subtitle = Text(keyed("legend.pane", active_keymap(self.app), s))
