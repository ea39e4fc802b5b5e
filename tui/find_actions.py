"""Find in the text (``/``, ``ctrl+f``) and the page info screen's keywords: the app's side.

Mixed into the app, which owns the state: the find in progress is the view state
``find`` (:mod:`tui.view_state`), one immutable :class:`~tui.model.find.FindState`
(hits and the one the reader is at) that the article pane and the find bar are bound
to; these actions only replace it and move the text.  Finding runs on the UI thread — the folded document makes a query a scan
in C — except the first fold of a long book, which a worker starts as soon as the
find bar opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.actions import SkipAction
from textual.widgets import Input

from tui.model.find import Finder, FindState
from tui.widgets.article_view import ArticleView
from tui.widgets.find_bar import FindBar

if TYPE_CHECKING:
    from textual.app import App

    from tui.model.article import Article
    from tui.model.scripts import Script

    class _App(App[int]):
        article: Article
        script: Script
        find: FindState | None
        folded: bool

        def action_focus_pane(self, name: str) -> None: ...
else:
    _App = object


class FindActions(_App):
    """Find, step through hits, end the find; choose a keyword to find from page info.

    Handlers are named (``on_find_bar_changed``), not ``@on``-decorated: Textual collects
    decorated handlers only from message-pump classes, and this is a mixin.
    """

    _finder: Finder | None = None
    _finder_of: Article | None = None
    _find_origin: tuple[int, int] = (0, 0)

    # ---- state --------------------------------------------------------------------------

    def _set_find(self, state: FindState | None) -> None:
        self.find = state
        # notifications stand above the find bar while it is open (.-finding ToastRack)
        self.screen_stack[0].set_class(state is not None, "-finding")  # type: ignore[attr-defined]

    def finder(self) -> Finder:
        """The finder of the article on screen (a new one when the article changes)."""
        article, previous = self.article, self._finder_of
        if self._finder is None or previous is not article:
            same_text = (
                previous is not None
                and len(previous.paragraphs) == len(article.paragraphs)
                and all(
                    a.text is b.text
                    for a, b in zip(previous.paragraphs, article.paragraphs, strict=True)
                )
            )
            if self._finder is None or not same_text:  # words arriving keep the text
                self._finder = Finder([p.text.original for p in article.paragraphs])
            self._finder_of = article
        return self._finder

    def refind(self) -> None:
        """The article changed (words, the whole book, another file): find again in it."""
        state = self.find
        if state is None:
            return
        if not self.query_one(FindBar).display:
            self._set_find(None)
            return
        found = self.finder().find(state.found.query)
        hit = state.hit
        current = found.index_from(hit.paragraph, hit.start) if hit is not None else -1
        self._set_find(FindState(found, current))

    # ---- actions ------------------------------------------------------------------------

    def action_find(self) -> None:
        """Open the find bar (or go back to its query) from the reading position.

        A priority binding, so that the query field has the keys before the next one is
        read; in a dialog, and in the query itself, it steps aside: a text field has its
        keys (``/`` is typed, as in ``3/16`` or a URL; ``ctrl+f`` is the input's own key).
        """
        if self.screen is not self.screen_stack[0] or isinstance(self.focused, Input):
            raise SkipAction()
        self._start_find()

    def _start_find(self) -> None:
        bar = self.query_one(FindBar)
        self._find_origin = self.query_one(ArticleView).position
        self._prepare(self.finder())
        # during a find, back to its query; after one ended, a new query (the old one stayed
        # in the field, and what was typed ran on after it)
        bar.start(None if self.find is not None else "")

    def _prepare(self, finder: Finder) -> None:
        """Fold the document off the UI thread (a book: tens of milliseconds); an error
        arrives in the app's ``on_worker_state_changed`` as the worker named ``find``."""
        self.run_worker(
            finder.prepare,
            name="find",
            group="find",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def find_text(self, query: str, *, from_origin: bool = True) -> FindState:
        """Find ``query`` and go to the first hit at or after the place the find began."""
        found = self.finder().find(query)
        view = self.query_one(ArticleView)
        paragraph, offset = self._find_origin if from_origin else view.position
        state = FindState(found, found.index_from(paragraph, offset))
        self._set_find(state)
        self._go_to_hit(state)
        return state

    def _go_to_hit(self, state: FindState) -> None:
        hit = state.hit
        if hit is not None:
            self.query_one(ArticleView).go_to(hit.paragraph, hit.start)

    def step_find(self, by: int) -> bool:
        """``n``/``N``/``enter`` during a find: the next or previous hit; False if no find."""
        state = self.find
        if state is None:
            return False
        if state.found:
            state = state.step(by)
            self._set_find(state)
            self._go_to_hit(state)
            if self.folded and self.screen_stack[0].has_class("-side-open"):
                self.action_focus_pane("article")  # the hit is in the text: bring it forward
        return True

    def action_end_find(self) -> None:
        """``escape``: unmark the hits, hide the bar, give the keys back to the text."""
        bar = self.query_one(FindBar)
        had_focus = bar.has_focus_within
        bar.display = False
        self._set_find(None)
        if had_focus:
            self.screen.set_focus(self.query_one(ArticleView))

    def find_keyword(self, keyword: str | None) -> None:
        """Mark every occurrence of ``keyword`` (chosen in page info); ``n``/``N`` walk them."""
        if not keyword:
            return
        bar = self.query_one(FindBar)
        bar.start(keyword)
        self.screen.set_focus(self.query_one(ArticleView))
        self.find_text(keyword, from_origin=False)

    def action_page_info(self) -> None:
        """``i``: what was split off the body; a chosen keyword is found in the text."""
        from tui.page_info_screen import PageInfoScreen  # not needed for the first screen

        if self.screen is self.screen_stack[0]:
            from tui.view_state import ViewState

            finder = self.finder()
            screen = PageInfoScreen(self.article, self.script, lambda q: len(finder.find(q)))
            bound = screen.data_bind(
                ViewState.script, ViewState.variant, ViewState.lang, ViewState.article
            )
            self.push_screen(bound, self.find_keyword)

    # ---- the find bar's messages --------------------------------------------------------

    def on_find_bar_changed(self, message: FindBar.Changed) -> None:
        if message.query:
            self.find_text(message.query)
        else:
            self._set_find(None)
            self.query_one(ArticleView).go_to(*self._find_origin, third=False)

    def on_find_bar_submitted(self, message: FindBar.Submitted) -> None:
        """``enter``: keep the hits marked; the bar has given the keys back to the text.

        The query is not read here: keys typed just before ``enter`` may still be on their
        way to the field (their ``Changed`` comes after this message).
        """
        view = self.query_one(ArticleView)
        if self.screen.focused is not view:
            self.screen.set_focus(view)

    def on_find_bar_closed(self) -> None:
        self.action_end_find()
