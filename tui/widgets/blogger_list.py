"""The blogger pane: one row per @handle, with ``2/3`` on the one being followed."""

from __future__ import annotations

from collections.abc import Hashable

from rich.text import Text

from tui.selection import Selection, SelectionKind, position
from tui.strings import ui
from tui.widgets.row_list import RowList
from tui.widgets.rows import blogger_row
from tui.widgets.side_pane import SidePane


class BloggerList(SidePane, RowList):
    """The bloggers the article names, in order of first mention.

    Bound state (see :mod:`tui.view_state`): ``article``, ``script``, ``selection`` (the
    chosen blogger's row shows which mention the reader is at, and gets the cursor).
    Posts :class:`RowList.Chosen` with the blogger's index.
    """


    def row_count(self) -> int:
        return 0 if self.article is None else len(self.article.bloggers)

    def row_state(self, index: int) -> Hashable:
        return (self.script, self.variant, self._position(index))

    def render_row(self, index: int, width: int) -> Text:
        if self.article is None:
            return Text("")
        return blogger_row(
            self.article,
            index,
            self.script,
            self._position(index),
            width,
            self.variant,
            self.row_styles,
        )

    def _position(self, index: int) -> str:
        if self.article is None:
            return ""
        return position(self.article, self.selection, SelectionKind.BLOGGER, index)

    # ---- state ------------------------------------------------------------------------------

    def watch_article(self) -> None:
        self.rows_changed()
        self.retitle()

    def watch_selection(self, old: Selection | None, selection: Selection | None) -> None:
        if selection is not None and selection.kind is SelectionKind.BLOGGER:
            self.highlighted = selection.index
        if any(s is not None and s.kind is SelectionKind.BLOGGER for s in (old, selection)):
            self.refresh()  # a chosen event changes no row here

    def retitle(self) -> None:
        a, s = self.article, self.lang
        if a is None:
            return
        more = "" if a.complete else "…"
        self.border_title = Text(f"{ui('bloggers', s)} {len(a.bloggers)}{more}")
        # Bloggers named only in chrome lines have no place in the text to jump to, so they
        # are no rows; said here, as --summary says it, so the two counts never disagree.
        if a.credited:
            self.border_subtitle = Text(ui("credited_only", s).format(count=len(a.credited)))
        elif a.bloggers:
            self.border_subtitle = Text("")
        else:  # (a narrow pane's border holds the short form: 沒有找到 … said nothing)
            self.border_subtitle = self.fitting_title(ui("no_bloggers", s), ui("no_bloggers_short", s))
