"""The article pane: the body as one scrollable document, drawn line by line.

A Line API ``ScrollView``: only the lines on screen are wrapped and rendered,
so a long book scrolls as lightly as an article.  Text is drawn as plain
segments, never parsed as markup.  The pane draws its bound view state (the
article, the script, the selection: see :mod:`tui.view_state`), builds its own
marks and titles from it, and reports clicks and its reading position by messages.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.doclayout import Anchor, DocumentLayout, cell_estimate
from tui.keymap import ARTICLE_BINDINGS
from tui.linebreak import char_width
from tui.model.article import Article
from tui.model.find import FindState
from tui.model.scripts import Script, Variant
from tui.safety import DrawsLinesSafely, report
from tui.selection import Mark, MarkKind, Selection, highlights, members, static_marks
from tui.strings import Lang, ui
from tui.widgets.marked_scrollbar import marked_renderer

#: Kinds of marked spans, in the order their styles are layered.
LAYERS = (
    MarkKind.HANDLE,
    MarkKind.DATE,
    MarkKind.SENTENCE,
    MarkKind.MENTION,
    MarkKind.FIND,
    MarkKind.FIND_CURRENT,
)


class ArticleView(DrawsLinesSafely, ScrollView, can_focus=True):
    """The body text with handles and dates marked, and the current selection highlighted.

    Bound state (see :mod:`tui.view_state`): ``article``, ``script``, ``variant``, ``lang``
    (its titles), ``selection``, ``words_failed`` (the keyword line says so), ``find`` (every
    hit marked, the one the reader is at strongly; read per paragraph on screen, so a find
    costs nothing per line).  The reading position is the pane's own:
    :attr:`position` reads it, :meth:`go_to` moves it (the app calls it for jumps and a new
    file); it survives relayouts, script switches and a new model of the same text.
    Posts :class:`ArticleView.Moved` and :class:`ArticleView.Clicked`.
    """

    COMPONENT_CLASSES = {
        "article-view--handle",
        "article-view--date",
        "article-view--sentence",
        "article-view--mention",
        "article-view--find",
        "article-view--find-current",
    }
    BINDINGS = ARTICLE_BINDINGS

    article: var[Article | None] = var(None, always_update=True, init=False)
    script: var[Script] = var(Script.TRADITIONAL, init=False)
    variant: var[Variant] = var(Variant.STANDARD, init=False)
    lang: var[Lang] = var(Lang.ZH_HANT, init=False)
    selection: var[Selection | None] = var(None, init=False)
    words_failed: var[bool] = var(False, init=False)
    find: var[FindState | None] = var(None, init=False)

    class Clicked(Message):
        """A handle (``kind`` ``"handle"``, a blogger) or a date (``"date"``, an event) was clicked."""

        def __init__(self, kind: MarkKind, index: int) -> None:
            super().__init__()
            self.kind = kind
            self.index = index

    class Moved(Message):
        """The reading position changed: the top line, and the paragraphs on screen."""

        def __init__(self, paragraph: int, offset: int, first: int, last: int) -> None:
            super().__init__()
            self.paragraph = paragraph
            self.offset = offset
            self.first = first
            self.last = last

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._marks: dict[int, tuple[Mark, ...]] = {}  # handles and dates, by paragraph
        self._highlights: dict[int, tuple[Mark, ...]] = {}  # the selection's spans
        self._layout: DocumentLayout | None = None
        self._cells: list[int] = []
        self._cache: LRUCache[tuple[Hashable, ...], Strip] = LRUCache(1024)
        # The reading place, exactly: (paragraph, offset of the top line's first character, the
        # top line is the gap after the paragraph).  Only the reader moving changes it; a
        # relayout scrolls back to the line holding it (see watch_scroll_y).
        self._anchor: Anchor = (0, 0, False)
        self._last_moved: tuple[int, int, int, int] | None = None
        self._styles: dict[str, Style] | None = None
        self._restoring = False  # a relayout is waiting to scroll back to the reading position

    # ---- state ------------------------------------------------------------------------------

    def watch_article(self, old: Article | None, article: Article | None) -> None:
        if article is None:
            return
        same_text = (
            old is not None
            and len(article.paragraphs) == len(old.paragraphs)
            and all(
                a.text is b.text for a, b in zip(article.paragraphs, old.paragraphs, strict=True)
            )
        )
        if not same_text:  # words arriving for the same text keep the cell widths
            self._cells = [cell_estimate(p.text.original) for p in article.paragraphs]
        self._marks = static_marks(article)
        self._highlights = highlights(article, self.selection)
        self._titles()
        self._relayout()

    def watch_script(self) -> None:
        self._titles()
        self._relayout()

    def on_mount(self) -> None:
        self.vertical_scrollbar.renderer = marked_renderer(self._scroll_marks)
        # Textual decides on the scrollbar only after the first layout, and lays the screen
        # out again (a second full frame) when it appears; an article nearly always needs one,
        # so the first frame has it (Textual takes it away again for a text that fits).
        self.show_vertical_scrollbar = True

    def _scroll_marks(self) -> tuple[tuple[float, ...], Color | None]:
        """Where the chosen date's or blogger's mentions are, as fractions of the document
        (drawn on the scrollbar); recomputed only when the choice or the layout changes."""
        try:
            return self._find_scroll_marks()
        except Exception as error:  # drawing runs outside our handlers: report it here
            report(self.app, error)
            return (), None

    def _find_scroll_marks(self) -> tuple[tuple[float, ...], Color | None]:
        layout, article, sel = self._layout, self.article, self.selection
        if layout is None or article is None or sel is None or not layout.height:
            return (), None
        key = (sel, id(article), layout.height, layout.width)
        if getattr(self, "_scroll_key", None) != key:
            height = layout.height
            found = members(article, sel.kind, sel.index)
            self._scroll_fractions = tuple(
                sorted({layout.top_of(m.paragraph) / height for m in found})
            )
            self._scroll_key = key
        colour = self.get_component_rich_style("article-view--mention").bgcolor
        return self._scroll_fractions, colour

    def watch_variant(self) -> None:
        self._titles()
        self._relayout()

    def watch_lang(self) -> None:
        self._titles()
    def watch_selection(self, selection: Selection | None) -> None:
        self.vertical_scrollbar.refresh()
        if self.article is not None:
            self._highlights = highlights(self.article, selection)
            self.refresh()  # lines whose highlights changed miss the cache (see render_line)

    def watch_words_failed(self) -> None:
        self._titles()

    def watch_find(self) -> None:
        self.refresh()  # lines whose hits changed miss the cache (see render_line)

    def _titles(self) -> None:
        a, s, lang = self.article, self.script, self.lang
        if a is None:
            return
        self.border_title = Text(ui("article", lang))  # Text, never markup: keywords are article text
        if a.keywords is None:
            state = ui("unavailable" if self.words_failed else "segmenting", lang)
            self.border_subtitle = Text(f"{ui('keywords', lang)}{ui('colon', lang)}{state}")
        else:
            words = " · ".join(k(s, self.variant) for k in a.keywords[:8])
            self.border_subtitle = Text(f"{ui('keywords', lang)}{ui('colon', lang)}{words}")

    def notify_style_update(self) -> None:
        """Styles changed (a theme): lines drawn with the old ones are stale."""
        super().notify_style_update()
        self._cache.clear()
        self._styles = None

    # ---- moving -----------------------------------------------------------------------------

    def go_to(self, paragraph: int, offset: int, third: bool = True) -> None:
        """Scroll so that ``offset`` of ``paragraph`` is in view, in the upper third."""
        if self._layout is None:
            self._anchor = (paragraph, offset, False)
            return
        height = self.scrollable_content_region.height
        lead = height // 3 if third else 0
        for _ in range(4):  # wrapping the lines around the target may move it; settle first
            y = self._layout.y_of(paragraph, offset)
            self._layout.ensure(max(0, y - lead), y + height)
            if self._layout.y_of(paragraph, offset) == y:
                break
        top = max(0, y - lead)
        self._sync_size()
        self.scroll_to(y=top, animate=False, immediate=True)
        self._anchor = self._layout.anchor_at(top)
        self._report()

    @property
    def highlights(self) -> dict[int, tuple[Mark, ...]]:
        """The selection's marked spans by paragraph, as drawn (see :func:`tui.selection.highlights`)."""
        return self._highlights

    @property
    def position(self) -> tuple[int, int]:
        """``(paragraph, offset)`` of the reading place: the top line on screen, or a place
        jumped to that the end of the text keeps from the top (still on screen)."""
        return self._anchor[0], self._anchor[1]

    @property
    def top_place(self) -> tuple[int, int]:
        """``(paragraph, offset)`` of the line at the top of the screen, as the reader sees it."""
        if self._layout is None or not self._layout.count:
            return self.position
        paragraph, offset, gap = self._layout.anchor_at(round(self.scroll_y))
        if gap and paragraph + 1 < self._layout.count:
            return paragraph + 1, 0  # the blank line between two: the paragraph on screen below it
        return paragraph, offset

    # ---- layout -----------------------------------------------------------------------------

    def _width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _relayout(self) -> None:
        if self.article is None:
            return
        if self.scrollable_content_region.width <= 0:
            self._layout = None  # not laid out yet: on_resize does it at the real width
            # A first guess at the height (lines of 60 cells) until then, for the same reason.
            self.virtual_size = Size(1, sum(cells // 60 + 2 for cells in self._cells))
            return
        paragraphs, script, variant = self.article.paragraphs, self.script, self.variant
        self._layout = DocumentLayout(
            lambda p: paragraphs[p].text(script, variant), self._width(), self._cells
        )
        self._cache.clear()
        y = 0
        if self._cells:
            for _ in range(4):  # wrap around the reading position until it stops moving
                y = self._layout.y_of_anchor(self._anchor)
                self._layout.ensure(y, y + self.size.height)
                if self._layout.y_of_anchor(self._anchor) == y:
                    break
        self._sync_size()
        self.scroll_to(y=y, animate=False, immediate=True)
        if round(self.scroll_y) != y:
            # The new height is not in force until the next layout, so the scroll was
            # clamped: hold the reading position and scroll there once it is.
            self._restoring = True
            self.call_after_refresh(self._restore)
        self.refresh()
        self._last_moved = None
        self._report()

    def _restore(self) -> None:
        self._restoring = False
        if self._layout is not None:
            y = self._layout.y_of_anchor(self._anchor)
            self.scroll_to(y=y, animate=False, immediate=True)
            self._report()

    def _sync_size(self) -> None:
        if self._layout is not None:
            height = self._layout.height
            if self.virtual_size.height != height or self.virtual_size.width != self._width():
                self.virtual_size = Size(self._width(), height)

    def on_resize(self, event: events.Resize) -> None:
        if self._layout is None or self._layout.width != self._width():
            self._relayout()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        settled = (
            not self._restoring
            and self._layout is not None
            and self._layout.width == self._width()
            and self.scrollable_content_region.height > 0
        )
        if settled:  # a scroll clamped by a resize in progress is not the reader moving
            top = round(new_value)
            anchor_y = self._layout.y_of_anchor(self._anchor)
            at_end = new_value >= self.max_scroll_y
            if top == anchor_y:
                pass  # the line holding the reading place is on top: keep its exact offset
            elif not (at_end and top <= anchor_y < top + self.scrollable_content_region.height):
                self._anchor = self._layout.anchor_at(top)
            # else: the text ends on screen and the reading place is still visible: keep it
            self._report()

    def _report(self) -> None:
        if self._layout is None or not self._layout.count:
            return
        top = round(self.scroll_y)
        first, _ = self._layout.paragraph_at(top)
        last, _ = self._layout.paragraph_at(top + max(0, self.size.height - 1))
        moved = (*self.position, first, last)
        if moved != self._last_moved:
            self._last_moved = moved
            # Reported from drawing too, where the screen is the active pump: a message sent
            # "by the screen" stops bubbling there, so name the pane as its sender.
            self.post_message(self.Moved(*moved).set_sender(self))

    # ---- drawing ----------------------------------------------------------------------------

    def draw_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0 or self._styles is None:
            self._styles = self._compute_styles()  # once a frame, not once a line
        base = self._styles["base"]
        if (
            self._layout is None
            and self.article is not None
            and self.scrollable_content_region.width > 0
        ):
            self._relayout()  # the first frame: lay out now rather than after the resize event
        if self._layout is None or self.article is None:
            return Strip.blank(width, base)
        top = round(self.scroll_y)
        if y == 0:
            self._layout.ensure(top, top + self.size.height)
            self._sync_size()
        line = self._layout.line(top + y)
        if line is None:
            return Strip.blank(width, base)
        found = self._found_in(line[0])
        key = (line, self.script, self.variant, width, self._highlights.get(line[0]), found)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render(*line, width, base, found)
            self._cache[key] = strip
        return strip

    def _text(self, paragraph: int) -> str:
        return self.article.paragraphs[paragraph].text(self.script, self.variant)

    def _compute_styles(self) -> dict[str, Style]:
        styles = {"base": self.rich_style}
        for kind in LAYERS:
            styles[kind] = self.get_component_rich_style(f"article-view--{kind}", partial=True)
        return styles

    def _found_in(self, paragraph: int) -> tuple[Mark, ...]:
        """The find's hits in ``paragraph`` as marks (cheap: two bisections)."""
        find = self.find
        if find is None or not find.found:
            return ()
        hit = find.hit
        current = (hit.start, hit.end) if hit is not None and hit.paragraph == paragraph else None
        return tuple(
            Mark(s, e, MarkKind.FIND_CURRENT if (s, e) == current else MarkKind.FIND)
            for s, e in find.found.in_paragraph(paragraph)
        )

    def _render(
        self, p: int, start: int, end: int, width: int, base: Style, found: tuple[Mark, ...] = ()
    ) -> Strip:
        text = self._text(p)[start:end].replace("\t", " ")
        marks = [
            m
            for m in (*self._marks.get(p, ()), *self._highlights.get(p, ()), *found)
            if m.start < end and m.end > start
        ]
        if not marks:
            return Strip([Segment(text, base)]).crop_extend(0, width, base)
        cuts = {0, len(text)}
        for m in marks:
            cuts.add(max(0, m.start - start))
            cuts.add(min(len(text), m.end - start))
        points = sorted(cuts)
        segments = []
        for a, b in itertools.pairwise(points):
            style = base
            for kind in LAYERS:
                if any(m.kind == kind and m.start <= start + a < m.end for m in marks):
                    style = style + self._styles[kind]
            segments.append(Segment(text[a:b], style))
        return Strip(segments).crop_extend(0, width, base)

    # ---- keys and mouse ---------------------------------------------------------------------

    def action_line(self, delta: int) -> None:
        self.scroll_to(y=self.scroll_y + delta, animate=False, immediate=True)

    def action_page(self, delta: int) -> None:
        step = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_y + delta * step, animate=False, immediate=True)

    def action_edge(self, end: int) -> None:
        if end and self._layout is not None:
            self._layout.ensure(self._layout.height - self.size.height - 1, self._layout.height)
            self._sync_size()
        self.scroll_to(y=self.max_scroll_y if end else 0, animate=False, immediate=True)

    def on_click(self, event: events.Click) -> None:
        if self._layout is None or self.article is None:
            return
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = self._layout.line(round(self.scroll_y) + offset.y)
        if line is None:
            return
        p, start, end = line
        text = self._text(p)
        x, i = 0, start
        while i < end and x + char_width(text[i]) <= offset.x:
            x += char_width(text[i])
            i += 1
        for m in self._marks.get(p, ()):
            if m.start <= i < m.end:
                event.stop()
                self.post_message(self.Clicked(m.kind, m.index))
                return
