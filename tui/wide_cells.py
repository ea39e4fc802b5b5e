"""Keep wide characters whole where a widget lies over others (notifications, dialogs).

Textual's compositor cuts every line of the screen at the edges of all the widgets on it,
and gives each piece to the front-most widget there.  A widget in front (a notification)
is cut at the edges of the panes behind it too, and a hanzi that straddles such an edge is
split into two halves, which ``Segment.split_cells`` draws as two spaces: "DeepSeek在這個"
in a notification over the text pane's border showed as "DeepSeek在  個" (Textual issue
6357, open in the pinned 8.2.8).

The mended method cuts a widget's line only where the pieces it wins begin and end: a run
of pieces it wins in a row stays one piece (held at the run's first edge, with empty pieces
at the others, so no widget behind claims them), and a partial update writes each piece to
where it ends rather than to the next cut, and when it writes a piece only up to the end of
the region that changed, it writes the wide character that straddles that end whole (a
half written there is a space, and the terminal blanks the whole character: a pane behind a
notification redrawing one column, its scrollbar, showed "DeepSeek新  型").  What is drawn is the same, character for
character, except that no wide character is split where one widget covers both halves.
Applied once, at import of the app; a Textual whose compositor differs is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.control import Control
from textual._compositor import ChopsUpdate, Compositor
from textual.geometry import Region
from textual.strip import Strip

_EMPTY = Strip([], 0)
# How deep a render may nest screens under screens.  A modal screen renders the one under it from
# a list Textual keeps in a context variable; in a storm of keys a background screen's own timer
# can reset that list mid-render and the nesting never ends (RecursionError, 47 levels deep, in
# the storm test's seeds 6 and 17 once).  The app stacks at most MAX_SCREENS (8) screens, so any
# deeper render is that loop, and it draws nothing more.
_MAX_NESTED_RENDERS = 16
_nested_renders = 0


def _render_chops(
    self: Compositor, crop: Region, is_rendered_line: Callable[[int], bool]
) -> Sequence[Mapping[int, Strip]]:
    """Textual's ``Compositor._render_chops``, dividing a widget's line only between runs."""
    global _nested_renders
    cuts = self.cuts
    chops: list[dict[int, Strip | None]] = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
    if _nested_renders >= _MAX_NESTED_RENDERS:
        return chops  # type: ignore[return-value]  (a render that loops under itself: see above)
    _nested_renders += 1
    try:
        _fill_chops(self, crop, is_rendered_line, cuts, chops)
    finally:
        _nested_renders -= 1
    return chops  # type: ignore[return-value]


def _fill_chops(
    self: Compositor,
    crop: Region,
    is_rendered_line: Callable[[int], bool],
    cuts: list[list[int]],
    chops: list[dict[int, Strip | None]],
) -> None:
    """The pieces of each line that each visible widget paints (see :func:`_render_chops`)."""
    for region, clip, strips in self._get_renders(crop):
        render_region = region.intersection(clip)
        render_x = render_region.x
        first_cut, last_cut = render_region.column_span
        for y, strip in zip(render_region.line_range, strips, strict=False):
            if not is_rendered_line(y):
                continue
            line = chops[y]
            final_cuts = [cut for cut in cuts[y] if last_cut >= cut >= first_cut]
            # piece i runs from final_cuts[i] to final_cuts[i + 1]; painted front to back,
            # a piece is this widget's when nothing in front took it
            free = [line.get(cut) is None for cut in final_cuts[:-1]]
            runs: list[tuple[int, int]] = []  # [first, last] pieces, this widget's or not
            for i, won in enumerate(free):
                if runs and free[runs[-1][0]] == won:
                    runs[-1] = (runs[-1][0], i)
                else:
                    runs.append((i, i))
            pieces = strip.divide([final_cuts[last + 1] - render_x for _, last in runs])
            for (first, last), piece in zip(runs, pieces, strict=False):
                if not free[first]:
                    continue
                line[final_cuts[first]] = piece
                for i in range(first + 1, last + 1):
                    line[final_cuts[i]] = _EMPTY  # covered by the run's one piece


def _render_partial_update(self: Compositor) -> ChopsUpdate | None:
    """Textual's ``Compositor.render_partial_update``, with each piece's end where its strip
    ends: a run's one piece reaches past the next cut, and the update must write all of it."""
    update_regions = self._dirty_regions.copy()
    self._dirty_regions.clear()
    if not update_regions:
        return None
    crop = Region.from_union(update_regions).intersection(self.size.region)
    spans = list(self._regions_to_spans(update_regions))
    rendered = {y for y, _, _ in spans}
    chops = self._render_chops(crop, rendered.__contains__)
    chop_ends = [cut_set[1:] for cut_set in self.cuts]
    for y in rendered:
        chop_ends[y] = [
            end if strip is None else x + strip.cell_length
            for (x, strip), end in zip(chops[y].items(), chop_ends[y], strict=False)
        ]
    return ChopsUpdate(chops, spans, chop_ends)


def _whole_characters(strip: Strip, cells: int) -> int:
    """``cells``, or one more where a wide character of ``strip`` straddles that offset."""
    x = 0
    for segment in strip:
        width = cell_len(segment.text)
        if x + width <= cells:
            x += width
            continue
        for ch in segment.text:
            if x >= cells:
                return x
            x += cell_len(ch)
        return x
    return cells


def _render_segments(self: ChopsUpdate, console: Console) -> str:
    """Textual's ``ChopsUpdate.render_segments``, never ending a write inside a wide
    character (it crops a piece at the end of the changed span)."""
    sequences: list[str] = []
    append = sequences.append
    move_to = Control.move_to
    chops = self.chops
    chop_ends = self.chop_ends
    last_y = self.spans[-1][0]
    for y, x1, x2 in self.spans:
        line = chops[y]
        ends = chop_ends[y]
        for end, (x, strip) in zip(ends, line.items(), strict=False):
            if strip is None:
                continue
            if x > x2 or end <= x1:
                continue
            if x2 > x >= x1 and end <= x2:
                append(move_to(x, y).segment.text)
                append(strip.render(console))
                continue
            strip = strip.crop(0, _whole_characters(strip, min(end, x2) - x))
            append(move_to(x, y).segment.text)
            append(strip.render(console))
        if y != last_y:
            append("\n")
    return "".join(sequences)


def keep_wide_characters_whole() -> None:
    """Mend the compositor (once; only the Textual this was written for)."""
    needed = ("_render_chops", "render_partial_update", "_regions_to_spans", "cuts")
    if any(name not in Compositor.__dict__ for name in needed):
        return
    if "render_segments" not in ChopsUpdate.__dict__:
        return
    if getattr(Compositor, "_wide_cells_mended", False):
        return
    Compositor._render_chops = _render_chops  # type: ignore[method-assign]
    Compositor.render_partial_update = _render_partial_update  # type: ignore[method-assign]
    ChopsUpdate.render_segments = _render_segments  # type: ignore[method-assign]
    Compositor._wide_cells_mended = True  # type: ignore[attr-defined]
