"""A line of text for a Rich table that breaks where Chinese text may break.

Rich's own wrapping cut a value that ended exactly at its column's edge with an ellipsis
and put the rest on the next line (page info at 80 columns: ``… 2025/03/1…`` then
``11:42``).  This breaks with :func:`tui.linebreak.break_lines`, as the text pane does:
Latin words and numbers whole, never an ellipsis.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from tui.linebreak import break_lines, text_width, unbreakable_pieces


class WrappedText:
    """``text`` broken into lines of the width Rich gives it (a table column's)."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text = text
        self.style = style

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """At least its widest unbreakable piece, at most the whole line."""
        widest = max((cells for _, _, cells in unbreakable_pieces(self.text)), default=1)
        return Measurement(max(1, widest), max(1, text_width(self.text))).clamp(
            max_width=options.max_width
        )

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = [self.text[a:b].rstrip() for a, b in break_lines(self.text, options.max_width)]
        yield Text("\n".join(lines), style=self.style, no_wrap=True, overflow="crop", end="")
