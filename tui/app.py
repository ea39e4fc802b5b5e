"""The explorer app: owns the view state and wires messages to changes of it.

The app is a :class:`tui.view_state.ViewState`: it holds the article (replaced once words
arrive, or once a book is read whole), the script, the selection and what is on screen,
and every pane receives them by ``data_bind`` and draws itself.  The app never draws: it
turns messages (from panes, from workers) and actions into state changes, and asks the
article pane to move for jumps and a new file.  Which choice an action makes is decided in
:mod:`tui.selection`.  Word segmentation and reading a file run in thread workers that never
touch widgets and report by message, so the first screen never waits for jieba.
"""

from __future__ import annotations

import gc
import os

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Footer

from tui import selection as choice
from tui.commands import ExplorerCommands
from tui.copy_actions import CopyActions
from tui.find_actions import FindActions
from tui.model.article import Article, Words, with_words
from tui.model.errors import ArticleError
from tui.model.load import Source, read_article
from tui.model.scripts import Script
from tui.remember_actions import RememberPlaces
from tui.remembered import Document, Remembered, content_key
from tui.safety import guarded, log_path, report
from tui.selection import MarkKind, Selection, SelectionKind
from tui.strings import ui
from tui.view_state import (
    ARTICLE_PANE,
    BLOGGER_PANE,
    FIND_BAR,
    TIMELINE_PANE,
    TITLE_BAR,
    ViewState,
)
from tui.widgets.article_view import ArticleView
from tui.widgets.blogger_list import BloggerList
from tui.widgets.find_bar import FindBar
from tui.widgets.row_list import RowList
from tui.widgets.timeline_list import TimelineList
from tui.widgets.title_bar import ScriptBadge, TitleBar

PANES = ("article", "timeline", "bloggers")
NARROW_BELOW = 80  # columns: below this the side column folds away


class WordsReady(Message):
    """The worker finished segmenting ``article``."""

    def __init__(self, article: Article, words: Words) -> None:
        super().__init__()
        self.article = article
        self.words = words


class WordsFailed(Message):
    """The worker could not segment the article; everything but keywords still works."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error


class ArticleOpened(Message):
    """A worker finished reading a file: an article, or the reason it cannot be opened.

    ``replaces`` is True when it is the whole of the book already on screen.
    """

    def __init__(
        self,
        article: Article | None,
        error: str = "",
        replaces: bool = False,
        document: Document | None = None,
    ) -> None:
        super().__init__()
        self.article = article
        self.error = error
        self.replaces = replaces
        self.document = document or Document()


class ArticleExplorer(FindActions, CopyActions, RememberPlaces, ViewState, App[int]):
    """Article text, timeline and bloggers, in Traditional or Simplified."""

    CSS_PATH = "explorer.tcss"
    TITLE = "Article Explorer"
    COMMANDS = App.COMMANDS | {ExplorerCommands}
    BINDINGS = [
        Binding("t", "toggle_script", "繁/简", id="app.toggle_script"),
        Binding("n", "mention(1)", "Next mention", id="app.next_mention"),
        Binding("N", "mention(-1)", "Prev mention", show=False, id="app.previous_mention"),
        Binding("tab", "cycle(1)", "Next pane", show=False, priority=True, id="app.next_pane"),
        Binding(
            "shift+tab",
            "cycle(-1)",
            "Previous pane",
            show=False,
            priority=True,
            id="app.previous_pane",
        ),
        Binding("1", "focus_pane('article')", "Article", show=False, id="app.focus_article"),
        Binding("2", "focus_pane('timeline')", "Timeline", show=False, id="app.focus_timeline"),
        Binding("3", "focus_pane('bloggers')", "Bloggers", show=False, id="app.focus_bloggers"),
        Binding("escape", "clear_selection", "Clear", show=False, id="app.clear_selection"),
        Binding("o", "open", "Open", show=False, id="app.open"),
        Binding("slash,ctrl+f", "find", "Find", show=False, priority=True, id="app.find"),
        Binding("enter", "next_hit", "Next", show=False, id="app.next_hit"),
        Binding("y", "copy_sentence", "Copy", show=False, id="app.copy_sentence"),
        Binding("Y", "copy_paragraph", "Copy paragraph", show=False, id="app.copy_paragraph"),
        Binding("c", "copy_chosen", "Copy chosen", show=False, id="app.copy_chosen"),
        Binding("i", "page_info", "Info", show=False, id="app.page_info"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit_ctrl"),
    ]

    def __init__(
        self,
        article: Article,
        *,
        script: Script | None = None,
        use_cache: bool = True,
        source: Source | None = None,
        remembered: Remembered | None = None,
        document: Document | None = None,
    ) -> None:
        """``source``, when given, is the whole document of which ``article`` is the beginning.

        ``remembered`` holds the places read last time (none: nothing is restored or
        written); ``document`` says which one this is.  An explicit ``script`` wins over
        the remembered one.
        """
        super().__init__()
        self.remembered = remembered or Remembered.disabled()
        self.document = document or Document()
        self._typed_path = ""  # a path that could not be opened, offered again by ``o``
        self.set_reactive(ArticleExplorer.article, article)
        self.set_reactive(
            ArticleExplorer.script, script or self.remembered_script() or article.script
        )
        self.source = source
        self.use_cache = use_cache

    # ---- building the screen ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title-bar").data_bind(*TITLE_BAR)
        with Horizontal(id="main"):
            yield ArticleView(id="article").data_bind(*ARTICLE_PANE)
            with Vertical(id="side"):
                yield TimelineList(id="timeline").data_bind(*TIMELINE_PANE)
                yield BloggerList(id="bloggers").data_bind(*BLOGGER_PANE)
        yield FindBar(id="find-bar").data_bind(*FIND_BAR)
        yield Footer()

    def on_mount(self) -> None:
        self.screen.set_class(self.size.width < NARROW_BELOW, "-narrow")
        self.restore_place()
        self.query_one(ArticleView).focus()
        if self.source is not None:
            self.call_after_refresh(self._complete, self.source)  # after the first frame
        elif not self.article.segmented:
            self._segment(self.article)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _complete(self, source: Source) -> None:
        """Parse the whole of a book whose beginning is on screen; never touches widgets."""
        try:
            self.post_message(ArticleOpened(source.build(), replaces=True))
        except Exception as error:
            report(None, error)
            self.post_message(
                ArticleOpened(None, f"{source.name}: {type(error).__name__}: {error}")
            )

    @work(thread=True, exclusive=True, group="words", exit_on_error=False)
    def _segment(self, article: Article) -> None:
        """Segment words and pick keywords off the UI thread; report by message."""
        from tui.model.cache import words_for

        try:
            words = words_for(article, use_cache=self.use_cache, jobs=1)
        except Exception as error:
            self.post_message(WordsFailed(error))
            return
        self.post_message(WordsReady(article, words))

    @guarded()
    def on_words_ready(self, message: WordsReady) -> None:
        if message.article is self.article:
            self.article = with_words(self.article, message.words)
            self.refind()
            _settle_heap()

    def on_words_failed(self, message: WordsFailed) -> None:
        self.words_failed = True
        report(self, message.error)

    @guarded()
    def action_open(self) -> None:
        """Ask for a path and open it in a worker; a file that cannot be opened is a notification."""
        from tui.open_screen import OpenScreen  # not needed for the first screen

        if self.screen is self.screen_stack[0]:
            dialog = OpenScreen(self.script, self.remembered.recent(), self._typed_path)
            self.push_screen(dialog, self._open_path)

    def _open_path(self, path: str | None) -> None:
        if path:
            self._typed_path = path
            self.notify(f"{ui('opening', self.script)} {path}", markup=False, timeout=2)
            self._load(os.path.expanduser(path))

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _load(self, path: str) -> None:
        """Read and parse a file off the UI thread; never touches widgets."""
        try:
            source = read_article(path)
            document = Document(
                content_key(source.text) if self.remembered.enabled else "",
                os.path.abspath(path),
            )
            self.post_message(ArticleOpened(source.build(), document=document))
        except ArticleError as error:
            self.post_message(ArticleOpened(None, str(error)))
        except Exception as error:
            report(None, error)
            self.post_message(ArticleOpened(None, f"{path}: {type(error).__name__}: {error}"))

    @guarded()
    def on_article_opened(self, message: ArticleOpened) -> None:
        if message.article is None:
            self.notify(
                message.error, title=ui("open_failed", self.script), severity="error", markup=False
            )
            return
        if message.replaces and self.source is None:
            return  # the reader opened another file while the book was being read
        if not message.replaces:
            self._typed_path = ""
            self.save_places()  # where the reader left the file on screen
            self.document = message.document
            self._reading_place = None
            self.action_end_find()
        previous, new = self.article, message.article
        self.source = None
        carried = choice.carry(self.selection, previous, new) if message.replaces else None
        self.selection = None  # never a choice that points into the wrong model
        self.words_failed = False
        self.article = new
        self.selection = carried
        if message.replaces:
            self.refind()
            self.restore_pending_place()
        else:  # another file: where the reader left it, else its beginning
            self.query_one(ArticleView).go_to(0, 0, third=False)
            self.restore_place()
        _settle_heap()
        if not new.segmented:
            self._segment(new)

    @guarded()
    def on_resize(self, event: events.Resize) -> None:
        self.screen.set_class(event.size.width < NARROW_BELOW, "-narrow")

    # ---- messages from widgets --------------------------------------------------------------

    @on(ArticleView.Moved)
    def _moved(self, message: ArticleView.Moved) -> None:
        self.on_screen = (message.first, message.last)

    @on(ArticleView.Clicked)
    @guarded()
    def _clicked(self, message: ArticleView.Clicked) -> None:
        if message.kind is MarkKind.HANDLE:
            self.select_blogger(message.index, jump=False)
        else:
            self.select_event(message.index, jump=False)

    @on(RowList.Chosen, "#timeline")
    @guarded()
    def _event_chosen(self, message: RowList.Chosen) -> None:
        self.select_event(message.index)

    @on(RowList.Chosen, "#bloggers")
    @guarded()
    def _blogger_chosen(self, message: RowList.Chosen) -> None:
        self.select_blogger(message.index)

    @on(ScriptBadge.Pressed)
    @guarded()
    def _badge(self) -> None:
        self.action_toggle_script()

    # ---- actions ----------------------------------------------------------------------------

    @guarded()
    def select_event(self, index: int, jump: bool = True) -> None:
        """Choose event ``index``: highlight its sentence and (with ``jump``) bring it into view."""
        self._choose(choice.choose(self.article, SelectionKind.EVENT, index), jump)

    @guarded()
    def select_blogger(self, index: int, mention: int = 0, jump: bool = True) -> None:
        """Choose blogger ``index``: highlight every mention and go to mention ``mention``."""
        self._choose(choice.choose(self.article, SelectionKind.BLOGGER, index, mention), jump)

    def _choose(self, selection: Selection | None, jump: bool) -> None:
        if selection is None:
            return
        self.selection = selection
        target = choice.jump_target(self.article, selection)
        if jump and target is not None:
            self.query_one(ArticleView).go_to(*target)

    def action_select_event(self, index: int) -> None:
        self.select_event(index)

    def action_select_blogger(self, index: int) -> None:
        self.select_blogger(index)

    @guarded()
    def action_mention(self, step: int) -> None:
        """``n``/``N``/``enter``: the next or previous hit of a find in progress, else the
        next or previous mention of the chosen blogger (or of the highlighted one)."""
        if self.step_find(step):
            return
        highlighted = self.query_one("#bloggers", RowList).highlighted
        self._choose(choice.step(self.article, self.selection, step, highlighted), jump=True)

    @guarded()
    def action_next_hit(self) -> None:
        """``enter`` in the text: the next hit of a find, else the next place of the choice
        (the chosen blogger's next mention); nothing when nothing is chosen."""
        if self.step_find(1) or self.selection is None:
            return
        sel = self.selection
        self._choose(choice.choose(self.article, sel.kind, sel.index, sel.mention + 1), jump=True)

    @guarded()
    def action_clear_selection(self) -> None:
        """``escape``: end a find first, then clear the selection."""
        if self.find is not None:
            self.action_end_find()
        else:
            self.selection = None

    @guarded()
    def action_toggle_script(self) -> None:
        self.script = self.script.other

    @guarded()
    def action_help(self) -> None:
        from tui.help_screen import HelpScreen  # not needed for the first screen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.script).data_bind(ViewState.script))

    def _pane(self, name: str):
        return self.query_one(f"#{name}")

    @guarded()
    def action_focus_pane(self, name: str) -> None:
        """Focus a pane now (not after a refresh), so keys typed right after reach it."""
        self.screen.set_class(name != "article", "-side-open")
        self.screen.set_focus(self._pane(name))

    @guarded()
    def action_cycle(self, step: int) -> None:
        if self.screen is self.screen_stack[0]:
            focused = self.focused
            current = focused.id if focused is not None and focused.id in PANES else "article"
            self.action_focus_pane(PANES[(PANES.index(current) + step) % len(PANES)])
        elif step > 0:
            self.screen.focus_next()
        else:
            self.screen.focus_previous()

    def _handle_exception(self, error: Exception) -> None:
        """The last resort: log it and leave with one plain line, never a traceback screen."""
        report(None, error)
        self._return_code = 1
        if self._exception is None and self.is_headless:
            self._exception = error  # Pilot re-raises it in tests
            self._exception_event.set()
        self.exit(
            return_code=1,
            message=f"article-explorer: unexpected error ({type(error).__name__}); details in {log_path()}",
        )


def _settle_heap() -> None:
    """Exempt the (immutable) model from the cyclic garbage collector.

    A book's model is millions of objects; without this a full collection can land on a
    key press and cost tens of milliseconds.  The model holds no cycles, so nothing that
    is dropped later is kept by this.
    """
    gc.freeze()
