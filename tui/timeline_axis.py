"""The timeline on a time axis, laid out in terminal cells (pure, no Textual).

Row 0 holds tick labels (years, months when there is room, days when zoomed in),
row 1 the axis line with its ticks, and every further row a lane of markers: a
group of one day is a point (``●``, a guess ``○``), a longer one a span
(``━``, a guess ``┅``).  The axis is zoomed to the article's range.  A gap that is
longer than everything else together (a 2025 story that mentions 1983) is cut out:
the axis is broken there and the cut shown as ``//``, each side keeping its own
linear scale, so one outlier never squashes the rest and the break is visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tui.linebreak import char_width, text_width

#: Roles of the cells; the pane maps each to a style.
LABEL, AXIS, TICK, BREAK, POINT, SPAN, GUESS_POINT, GUESS_SPAN, EMPTY = (
    "label",
    "axis",
    "tick",
    "break",
    "point",
    "span",
    "guess-point",
    "guess-span",
    "empty",
)
MARKS = {
    POINT: "●",
    GUESS_POINT: "○",
    SPAN: "━",
    GUESS_SPAN: "┅",
}
BREAK_MARK = " // "
_BREAK_AFTER_DAYS = 730  # a gap shorter than two years is part of the story's shape
_BREAK_RATIO = 3  # ... and one that is not three times everything else together
_MIN_PIECE = 6  # cells: room for a year label


@dataclass(frozen=True)
class Dated:
    """What the axis needs of a group: its range and whether it is a guess."""

    start: date
    end: date
    guess: bool = False


@dataclass(frozen=True)
class Piece:
    """A stretch of time drawn at its own linear scale in columns ``[x0, x1)``."""

    first: int  # ordinal of the first day
    last: int  # ordinal of the day after the last
    x0: int
    x1: int

    def column(self, day: int) -> int:
        days = max(1, self.last - self.first)
        x = self.x0 + (day - self.first) * (self.x1 - self.x0) // days
        return max(self.x0, min(self.x1 - 1, x))

    @property
    def cells_per_day(self) -> float:
        return (self.x1 - self.x0) / max(1, self.last - self.first)


@dataclass(frozen=True)
class Run:
    """Consecutive cells of one row with one role and one group (``-1``: none)."""

    x: int
    text: str
    role: str
    group: int


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _next_month(d: date) -> date:
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)


def _clusters(items: Sequence[Dated]) -> list[tuple[int, int]]:
    """Covered stretches ``[first, last)`` in ordinals, with every gap between them."""
    spans = sorted((i.start.toordinal(), i.end.toordinal() + 1) for i in items)
    out: list[list[int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _pieces_of(items: Sequence[Dated]) -> list[tuple[int, int]]:
    """Stretches of time to draw, split at gaps long enough to break the axis for.

    A gap is cut out when it is longer than two years and than three times all the time
    the events themselves cover: the shape of a story (a burst, a year's silence) stays.
    """
    clusters = _clusters(items)
    covered = sum(b - a for a, b in clusters)
    limit = max(_BREAK_AFTER_DAYS, _BREAK_RATIO * covered)
    runs = [[clusters[0]]]
    for c in clusters[1:]:
        if c[0] - runs[-1][-1][1] > limit:
            runs.append([c])
        else:
            runs[-1].append(c)
    pieces = []  # each run padded to whole months
    for run in runs:
        first = _month_start(date.fromordinal(run[0][0]))
        last = _next_month(date.fromordinal(run[-1][1] - 1))
        pieces.append((first.toordinal(), last.toordinal()))
    return pieces


def _widths(weights: list[int], total: int) -> list[int]:
    """Columns for each piece: at least a year label's room, the rest by how many groups
    it holds (an outlier's year does not take the room of the story's busy months)."""
    n = len(weights)
    floor = min(_MIN_PIECE, max(1, total // max(1, n)))
    spare = max(0, total - floor * n)
    weight = sum(weights) or 1
    shares = [spare * d / weight for d in weights]
    widths = [floor + int(s) for s in shares]
    order = sorted(range(n), key=lambda i: shares[i] - int(shares[i]), reverse=True)
    for i in order[: max(0, total - sum(widths))]:
        widths[i] += 1
    return widths


class AxisLayout:
    """Cells of the axis for ``items`` (the timeline's groups, in order) at ``width``."""

    def __init__(self, items: Sequence[Dated], width: int, max_lanes: int = 8) -> None:
        self.width = width = max(1, width)
        self.items = tuple(items)
        self.pieces: list[Piece] = []
        self.breaks: list[int] = []  # first column of each break mark
        self._grid: list[list[tuple[str, str, int]]] = []
        self._runs: dict[int, list[Run]] = {}
        if not self.items:
            return
        spans = _pieces_of(self.items)
        room = width - len(BREAK_MARK) * (len(spans) - 1)
        if room < len(spans):  # too narrow for the breaks: one piece, however squashed
            spans = [(spans[0][0], spans[-1][1])]
            room = width
        weights = [sum(1 for i in self.items if a <= i.start.toordinal() < b) for a, b in spans]
        x = 0
        for (first, last), w in zip(spans, _widths(weights, room), strict=True):
            if self.pieces:
                self.breaks.append(x)
                x += len(BREAK_MARK)
            self.pieces.append(Piece(first, last, x, x + w))
            x += w
        self._lanes: list[int] = []  # lane of each item
        self._draw(max(1, max_lanes))

    # ---- geometry ---------------------------------------------------------------------------

    def column(self, day: date) -> int:
        """The column of ``day`` (clamped into the piece that holds it, or the nearest)."""
        o = day.toordinal()
        for p in self.pieces:
            if o < p.last:
                return p.column(max(o, p.first))
        return self.pieces[-1].column(o) if self.pieces else 0

    def extent(self, index: int) -> tuple[int, int]:
        """Columns ``[x0, x1]`` (inclusive) that item ``index`` covers."""
        item = self.items[index]
        return self.column(item.start), self.column(item.end)

    @property
    def height(self) -> int:
        return len(self._grid)

    def lane(self, index: int) -> int:
        """The row (counted from the top of the axis) where item ``index`` is drawn."""
        return 2 + self._lanes[index]

    # ---- drawing ----------------------------------------------------------------------------

    def _new_row(self) -> list[tuple[str, str, int]]:
        return [(" ", EMPTY, -1)] * self.width

    def _put(
        self, row: list[tuple[str, str, int]], x: int, text: str, role: str, right: int | None = None
    ) -> bool:
        """Write ``text`` at ``x`` if it fits (before ``right``, a piece's end) and the cells
        (and one after) are free."""
        cells = text_width(text)
        if x < 0 or x + cells > (self.width if right is None else min(right, self.width)):
            return False
        if any(row[k][1] != EMPTY for k in range(max(0, x - 1), min(self.width, x + cells + 1))):
            return False
        for ch in text:
            row[x] = (ch, role, -1)
            if char_width(ch) == 2:
                row[x + 1] = ("", role, -1)  # the right half of a wide character
            x += char_width(ch)
        return True

    def _draw(self, max_lanes: int) -> None:
        labels, line = self._new_row(), self._new_row()
        for p in self.pieces:
            for x in range(p.x0, p.x1):
                line[x] = ("─", AXIS, -1)
        for b in self.breaks:
            for k, ch in enumerate(BREAK_MARK):
                line[b + k] = (ch, BREAK, -1)
        for p in self.pieces:
            self._ticks(p, labels, line)
        lanes: list[list[tuple[str, str, int]]] = []
        ends: list[int] = []  # the last column used in each lane
        points: list[tuple[int, int, int]] = []  # (lane, column, item): drawn over spans
        for i, item in enumerate(self.items):
            x0, x1 = self.extent(i)
            free = [k for k, end in enumerate(ends) if end + 1 < x0]
            if free:
                k = free[0]
            elif len(lanes) < max_lanes:
                lanes.append(self._new_row())
                ends.append(-2)
                k = len(lanes) - 1
            else:  # crowded: share the lane that frees up first
                k = min(range(len(ends)), key=ends.__getitem__)
            ends[k] = max(ends[k], x1)
            self._lanes.append(k)
            if x1 > x0 or item.end > item.start:  # a month in one column is still a span
                role = GUESS_SPAN if item.guess else SPAN
                for x in range(x0, x1 + 1):
                    lanes[k][x] = (MARKS[role], role, i)
            else:
                points.append((k, x0, i))
        for k, x, i in points:  # a one-day mark is never hidden under a span
            role = GUESS_POINT if self.items[i].guess else POINT
            lanes[k][x] = (MARKS[role], role, i)
        self._grid = [labels, line, *lanes]

    def _year_label(self, labels: list, year: int, x: int, short_only: bool, right: int) -> bool:
        """Label the tick of ``year`` at ``x``: at the tick, or pulled in from the end of its
        piece (``right``, by at most two cells), in full (``2024``) or shortened (``'24``);
        never over a break (``//``), where it would name the piece after it."""
        texts = [f"'{year % 100:02d}"] if short_only else [str(year), f"'{year % 100:02d}"]
        for text in texts:
            for at in (x, right - text_width(text)):
                if at >= x - 2 and self._put(labels, at, text, LABEL, right):
                    return True
        return False

    def _ticks(self, p: Piece, labels: list, line: list) -> None:
        """Year ticks, month ticks when a month has two cells, labels where they fit."""
        per_day = p.cells_per_day
        first, last = date.fromordinal(p.first), date.fromordinal(p.last)
        months = per_day * 30.4 >= 2
        month_labels = per_day * 30.4 >= 5
        per_year = per_day * 365.25
        step = next((k for k in (1, 2, 5, 10, 20, 50, 100, 1000) if k * per_year >= 2), 10_000)
        # Labels by priority: years at their ticks, then the piece's own start (so a piece
        # after a break says where it is), then months where a month has room.
        ticks = []
        for year in range(first.year + 1, last.year + 1):
            d = date(year, 1, 1)
            if d < last and year % step == 0:
                x = p.column(d.toordinal())
                line[x] = ("┼", TICK, -1)
                ticks.append((year, x))
        # Each year in full where it fits, else shortened; or every year shortened ('23 '24
        # '25 '26), when that labels more ticks: full years four cells apart leave the last
        # tick none.  A tick still unlabelled has fewer than three free cells and a gap.
        best: tuple[int, list] | None = None
        for short_only in (False, True):
            trial = list(labels)
            placed = sum(self._year_label(trial, year, x, short_only, p.x1) for year, x in ticks)
            if best is None or placed > best[0]:
                best = (placed, trial)
        if best is not None:
            labels[:] = best[1]
        start = f"{first.year}" if first.month == 1 else f"{first.year}-{first.month:02d}"
        for text in (start, str(first.year), f"'{first.year % 100:02d}"):
            if self._put(labels, p.x0, text, LABEL, p.x1):
                break
        if months:
            d = _next_month(first)
            while d < last:
                if d.month != 1:
                    x = p.column(d.toordinal())
                    line[x] = ("┬", TICK, -1)
                    if month_labels:
                        self._put(labels, x, f"{d.month}月", LABEL, p.x1)
                d = _next_month(d)
        if per_day >= 1:  # zoomed to days: label the 10th and the 20th too
            d = first
            while d < last:
                if d.day in (10, 20):
                    x = p.column(d.toordinal())
                    if line[x][1] == AXIS:
                        line[x] = ("╷", TICK, -1)
                    self._put(labels, x, f"{d.day}日", LABEL, p.x1)
                d = date.fromordinal(d.toordinal() + 1)

    # ---- reading it back --------------------------------------------------------------------

    def runs(self, y: int) -> list[Run]:
        """Row ``y`` as runs of cells that share a role and a group (worked out once)."""
        if not 0 <= y < len(self._grid):
            return [Run(0, " " * self.width, EMPTY, -1)] if self.width else []
        cached = self._runs.get(y)
        if cached is None:
            cached = self._runs[y] = self._runs_of(y)
        return cached

    def _runs_of(self, y: int) -> list[Run]:
        out: list[Run] = []
        for x, (ch, role, group) in enumerate(self._grid[y]):
            if out and out[-1].role == role and out[-1].group == group:
                last = out[-1]
                out[-1] = Run(last.x, last.text + ch, role, group)
            else:
                out.append(Run(x, ch, role, group))
        return out

    def text(self, y: int) -> str:
        return "".join(r.text for r in self.runs(y))

    def group_at(self, x: int, y: int | None = None, reach: int = 2) -> int | None:
        """The item drawn at column ``x`` (in lane row ``y``, or any lane), or the nearest
        within ``reach`` columns: what a click there means."""
        rows = range(2, len(self._grid)) if y is None or y < 2 else [y]
        for dx in range(reach + 1):
            for xx in (x - dx, x + dx):
                for yy in rows:
                    if 0 <= xx < self.width and yy < len(self._grid):
                        group = self._grid[yy][xx][2]
                        if group >= 0:
                            return group
        return None
