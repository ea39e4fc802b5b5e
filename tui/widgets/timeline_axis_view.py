"""The timeline pane's axis mode: every group of dates as a mark on a time axis.

Drawn from :class:`tui.timeline_axis.AxisLayout` (pure) and the bound view state:
the chosen group's mark is reversed, groups mentioned in the paragraphs on screen
are drawn in the on-screen colour, and under the axis the group at the cursor is
shown as a list row (its own words emphasised) above a legend of the marks.
``←``/``→`` move along the axis and choose the group there, a click on a mark
chooses it, ``v`` goes back to the list.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import var
from textual.strip import Strip
from textual.widget import Widget

from tui.keymap import AXIS_BINDINGS, active_keymap, keyed
from tui.model.timeline_groups import GroupIndex, groups_for
from tui.safety import DrawsLinesSafely
from tui.selection import Selection, SelectionKind, chosen_group
from tui.strings import ui
from tui.timeline_axis import (
    AXIS,
    BREAK,
    EMPTY,
    GUESS_POINT,
    GUESS_SPAN,
    LABEL,
    TICK,
    AxisLayout,
    Dated,
)
from tui.timeline_row import row_for_group
from tui.widgets.side_pane import SidePane
from tui.widgets.timeline_list import ROW_CLASSES, piece_style

_FIXED_ROWS = 2  # the row of the group at the cursor, the legend (a blank line if room)


class TimelineAxis(SidePane, DrawsLinesSafely, Widget, can_focus=True):
    """Groups of the timeline on a time axis (the pane's ``v`` mode).

    Bound state (see :mod:`tui.view_state`): the same as :class:`TimelineList`'s.  Its own
    ``cursor`` is the group under the cursor; posts :class:`TimelineAxis.Chosen`.
    """

    COMPONENT_CLASSES = ROW_CLASSES | {
        "timeline-axis--label",
        "timeline-axis--line",
        "timeline-axis--break",
        "timeline-axis--mark",
        "timeline-axis--guess",
        "timeline-axis--on-screen",
        "timeline-axis--chosen",
        "timeline-axis--legend",
        "timeline-axis--cursor",
    }
    BINDINGS = AXIS_BINDINGS

    on_screen: var[tuple[int, int]] = var((0, -1), init=False)
    cursor: var[int] = var(0, init=False)

    class Chosen(Message):
        """The reader chose group ``index`` on the axis: with ``browse``, by moving along it
        (the arrows, first and last), which keeps the axis in front in a folded layout, as
        ``j``/``k`` keep the list; else with ``enter`` or a click, which goes to the date."""

        def __init__(self, axis: TimelineAxis, index: int, browse: bool = False) -> None:
            super().__init__()
            self.axis = axis
            self.index = index
            self.browse = browse

        @property
        def control(self) -> TimelineAxis:
            return self.axis

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._groups: GroupIndex | None = None
        self._layout: AxisLayout | None = None
        self._styles: dict[str, Style] | None = None
        self._run_styles: dict[tuple[str, bool, bool], Style] | None = None
        self._base: Style | None = None
        self._in_view: frozenset[int] = frozenset()

    # ---- state ------------------------------------------------------------------------------

    def watch_article(self) -> None:
        self._groups = None if self.article is None else groups_for(self.article)
        self._layout = None
        self._in_view = self._groups_in_view()
        if self._groups is not None:
            self.set_reactive(TimelineAxis.cursor, min(self.cursor, max(0, len(self._groups) - 1)))
        self.retitle()
        self.refresh()

    def retitle(self) -> None:
        a, s = self.article, self.lang
        if a is None:
            return
        dates = 0 if self._groups is None else len(self._groups)
        name, more = ui("axis", s), "" if a.complete else "…"
        self.border_title = self.fitting_title(f"{name} ({dates}{more})", f"{name} {dates}{more}")
        self.border_subtitle = (
            self.fitting_title(ui("no_events", s), ui("no_events_short", s)) if not a.timeline else Text("")
        )

    def watch_selection(self, old: Selection | None, selection: Selection | None) -> None:
        group = chosen_group(self.article, selection) if self.article is not None else None
        if group is not None:
            self.set_reactive(TimelineAxis.cursor, group)
        if any(s is not None and s.kind is not SelectionKind.BLOGGER for s in (old, selection)):
            self.refresh()  # a choice among the bloggers changes nothing here

    def watch_on_screen(self) -> None:
        in_view = self._groups_in_view()
        if in_view != self._in_view:
            self._in_view = in_view
            self.refresh()

    def watch_cursor(self) -> None:
        self.refresh()

    def _groups_in_view(self) -> frozenset[int]:
        return frozenset() if self._groups is None else self._groups.in_view(*self.on_screen)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = None
        self._piece_styles = None
        self._run_styles = None
        self._base = None

    # ---- layout -----------------------------------------------------------------------------

    def axis_layout(self) -> AxisLayout | None:
        """The axis at the pane's width (laid out again only when the width or model changes)."""
        if self._groups is None:
            return None
        width = self.content_region.width or self.size.width
        lanes = max(1, self.content_region.height - 2 - _FIXED_ROWS)
        layout = self._layout
        if layout is None or layout.width != width or getattr(self, "_lanes", None) != lanes:
            items = [Dated(g.start, g.end, g.guess) for g in self._groups.groups]
            layout = self._layout = AxisLayout(items, width, max_lanes=lanes)
            self._lanes = lanes
        return layout

    def _style(self, name: str) -> Style:
        if self._styles is None:
            self._styles = {
                c.removeprefix("timeline-axis--"): self.get_component_rich_style(c)
                for c in self.COMPONENT_CLASSES
                if c.startswith("timeline-axis--")
            }
        return self._styles[name]

    # ---- drawing ----------------------------------------------------------------------------

    def draw_line(self, y: int) -> Strip:
        width = self.content_region.width or self.size.width
        if y == 0 or self._base is None:
            self._base = self.rich_style  # once a frame, not once a line
        base = self._base
        layout = self.axis_layout()
        if layout is None or self._groups is None or not len(self._groups):
            return Strip.blank(width, base)
        height = self.content_region.height or self.size.height
        if y == height - 1:
            legend = keyed("legend.axis_pane", active_keymap(self.app), self.lang)
            return self._text_strip(Text(legend), width, "legend")
        first_row, rows = self._rows_area(layout, height)
        if first_row <= y < first_row + rows:  # the dates as rows, the cursor's among them
            g = self._first_listed(rows) + y - first_row
            return self._group_row(g, width) if g < len(self._groups) else Strip.blank(width, base)
        if y >= layout.height:
            return Strip.blank(width, base)
        segments = []
        for run in layout.runs(y):
            segments.append(Segment(run.text, base + self._run_style(run.role, run.group)))
        return Strip(segments).crop_extend(0, width, base)

    def _run_style(self, role: str, group: int) -> Style:
        key = (role, group in self._in_view, group == self.cursor)
        styles = self._run_styles
        if styles is None:
            styles = self._run_styles = {}
        style = styles.get(key)
        if style is None:
            style = styles[key] = self._compute_run_style(role, group)
        return style

    def _compute_run_style(self, role: str, group: int) -> Style:
        if role == EMPTY:
            return Style()
        if role == LABEL:
            return self._style("label")
        if role in (AXIS, TICK):
            return self._style("line")
        if role == BREAK:
            return self._style("break")
        style = self._style("guess" if role in (GUESS_POINT, GUESS_SPAN) else "mark")
        if group in self._in_view:
            style += self._style("on-screen")
        if group == self.cursor:
            style += self._style("chosen")
        return style

    def _text_strip(self, text: Text, width: int, role: str) -> Strip:
        base = (self._base or self.rich_style) + self._style(role)
        text.truncate(width, overflow="ellipsis")
        return Strip(list(text.render(self.app.console))).crop_extend(0, width, base)

    def _rows_area(self, layout: AxisLayout, height: int) -> tuple[int, int]:
        """First line and number of lines of the rows under the axis (a blank line between
        them when there is room); at least the cursor's row."""
        first = layout.height + 1 if height - 1 - layout.height >= 3 else layout.height
        first = min(first, height - 2)
        return first, max(1, height - 1 - first)

    def _first_listed(self, rows: int) -> int:
        """The first group listed: the list starts at the top and scrolls with the cursor."""
        return max(0, self.cursor - rows + 1)

    def _group_row(self, g: int, width: int) -> Strip:
        assert self.article is not None and self._groups is not None
        chosen = chosen_group(self.article, self.selection)
        pieces = row_for_group(
            self._groups,
            g,
            self.script,
            width,
            mention=self.selection.mention if chosen == g and self.selection else None,
            on_screen=g in self._in_view,
            variant=self.variant,
        )
        base = self._base or self.rich_style
        segments = [Segment(t, base + piece_style(self, role)) for t, role in pieces]
        strip = Strip(segments).crop_extend(0, width, base)
        return strip.apply_style(self._style("cursor")) if g == self.cursor else strip

    # ---- moving and choosing ----------------------------------------------------------------

    def _count(self) -> int:
        return 0 if self._groups is None else len(self._groups)

    def _choose(self, index: int, browse: bool = False) -> None:
        if 0 <= index < self._count():
            self.cursor = index
            self.post_message(self.Chosen(self, index, browse))

    def action_step(self, step: int) -> None:
        if self._count():
            self._choose(max(0, min(self._count() - 1, self.cursor + step)), browse=True)

    def action_edge(self, end: int) -> None:
        if self._count():
            self._choose(self._count() - 1 if end else 0, browse=True)

    def action_choose(self) -> None:
        self._choose(self.cursor)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        layout = self.axis_layout()
        if offset is None or layout is None:
            return
        first_row, rows = self._rows_area(layout, self.content_region.height)
        if first_row <= offset.y < first_row + rows:  # a row under the axis
            self._choose(self._first_listed(rows) + offset.y - first_row)
            return
        if offset.y >= layout.height:
            return
        group = layout.group_at(offset.x, offset.y if offset.y >= 2 else None)
        if group is not None:
            self._choose(group)
