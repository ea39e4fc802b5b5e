"""A vertical scrollbar that shows where the chosen date's (or blogger's) mentions are.

Textual draws a scrollbar with a :class:`~textual.scrollbar.ScrollBarRender`; this one
draws the same bar and then a ``━`` in the mark colour on each row of the track that
holds a mention, so the reader sees at a glance where in the article a date recurs (and
clicks there to go).  The marks come from a function of the pane, called when the bar is
drawn, as fractions (0 = top, 1 = bottom) of the document.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.color import Color
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment, Segments
from rich.style import Style
from textual.scrollbar import ScrollBarRender

MARK = "━"


class MarkedScrollBarRender(ScrollBarRender):
    """A scrollbar with marks; subclassed per pane by :func:`marked_renderer`."""

    marks_of: Callable[[], tuple[tuple[float, ...], Color | None]] = staticmethod(
        lambda: ((), None)
    )

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for rendered in super().__rich_console__(console, options):
            marks, colour = self.marks_of() if self.vertical else ((), None)
            if not marks or colour is None or not isinstance(rendered, Segments):
                yield rendered
                continue
            segments = list(rendered.segments)
            rows = len(segments)
            for fraction in marks:
                row = min(rows - 1, max(0, int(fraction * rows)))
                old = segments[row]
                style = old.style or Style()
                back = style.color if style.reverse else style.bgcolor  # the thumb is reversed
                width = max(1, len(old.text))
                segments[row] = Segment(
                    MARK * width, Style(color=colour, bgcolor=back, bold=True, meta=style.meta)
                )
            yield Segments(segments, new_lines=True)


def marked_renderer(
    marks_of: Callable[[], tuple[tuple[float, ...], Color | None]],
) -> type[MarkedScrollBarRender]:
    """A renderer class whose marks come from ``marks_of`` (fractions and their colour)."""
    return type(
        "PaneScrollBarRender", (MarkedScrollBarRender,), {"marks_of": staticmethod(marks_of)}
    )
