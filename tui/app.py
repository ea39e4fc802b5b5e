"""The explorer app: owns the state that changes and wires messages to actions.

The app holds the article (replaced once words arrive, or once a book is read
whole), the script and the selection; widgets render what they are given and post
messages.  The reading position is the article pane's scroll state, kept as
``(paragraph, offset)`` so that relayouts never lose it; the pane reports it by
message and the app decides when to move it (jumps, a new file).  Word segmentation runs in a thread worker that
never touches widgets and reports by message, so the first screen never waits
for jieba.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Footer

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
from tui.strings import say, ui
from tui.widgets.article_view import MENTION, SENTENCE, ArticleView, Mark
from tui.widgets.find_bar import FindBar
from tui.widgets.row_list import RowList
from tui.widgets.rows import blogger_row, event_row
from tui.widgets.title_bar import ScriptBadge, TitleBar

PANES = ("article", "timeline", "bloggers")
NARROW_BELOW = 80  # columns: below this the side column folds away


@dataclass(frozen=True)
class Selection:
    """What the reader chose: an event, or a blogger and which of their mentions."""

    kind: str  # "event" or "blogger"
    index: int
    mention: int = 0


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


class ArticleExplorer(FindActions, CopyActions, RememberPlaces, App[int]):
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
        Binding("slash,ctrl+f", "find", "Find", show=False, id="app.find"),
        Binding("enter", "mention(1)", "Next", show=False, id="app.next_hit"),
        Binding("y", "copy_sentence", "Copy", show=False, id="app.copy_sentence"),
        Binding("Y", "copy_paragraph", "Copy paragraph", show=False, id="app.copy_paragraph"),
        Binding("c", "copy_chosen", "Copy chosen", show=False, id="app.copy_chosen"),
        Binding("i", "page_info", "Info", show=False, id="app.page_info"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit_ctrl"),
    ]

    script: reactive[Script] = reactive(Script.TRADITIONAL, init=False)

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
        self.article = article
        self.source = source
        self.remembered = remembered or Remembered.disabled()
        self.document = document or Document()
        self._typed_path = ""  # a path that could not be opened, offered again by ``o``
        self.use_cache = use_cache
        self.selection: Selection | None = None
        self._on_screen: set[int] = set()
        self.words_failed = False
        self.set_reactive(
            ArticleExplorer.script, script or self.remembered_script() or article.script
        )

    # ---- building the screen ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title-bar")
        with Horizontal(id="main"):
            yield ArticleView(id="article")
            with Vertical(id="side"):
                yield RowList(id="timeline")
                yield RowList(id="bloggers")
        yield FindBar(id="find-bar")
        yield Footer()

    def on_mount(self) -> None:
        self.screen.set_class(self.size.width < NARROW_BELOW, "-narrow")
        self._render_all()
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
            self.query_one(ArticleView).show(self.article, self.script)
            self._render_chrome()
            for screen in self.screen_stack[1:]:
                if hasattr(screen, "article"):
                    screen.article = self.article  # page info: keywords that just arrived
            _settle_heap()

    def on_words_failed(self, message: WordsFailed) -> None:
        self.words_failed = True
        report(self, message.error)
        self._render_chrome()

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
        previous, self.article = self.article, message.article
        self.source = None
        self.words_failed = False
        self._on_screen = set()
        if message.replaces:  # the same document, now whole: keep the place and the choice
            self.selection = _carry_selection(self.selection, previous, self.article)
        else:
            self.selection = None
            self.action_end_find()
        self._render_all(top=not message.replaces)
        if message.replaces:
            self.restore_pending_place()
        else:
            self.restore_place()
        _settle_heap()
        if not self.article.segmented:
            self._segment(self.article)

    @guarded()
    def on_resize(self, event: events.Resize) -> None:
        self.screen.set_class(event.size.width < NARROW_BELOW, "-narrow")

    # ---- rendering the state ----------------------------------------------------------------

    def _render_all(self, top: bool = False) -> None:
        """Render the state in every pane; ``top`` starts the text from its beginning."""
        self.query_one(ArticleView).show(self.article, self.script, at=(0, 0) if top else None)
        self._render_rows()
        self._render_chrome()
        self._render_highlights()
        self.query_one(FindBar).script = self.script
        self.refind()

    def _render_chrome(self) -> None:
        s = self.script
        a = self.article
        status = f"{ui('ref', s)} {a.reference_date.isoformat()}"
        if a.replaced:
            status = f"{a.replaced} {ui('replaced', s)} · " + status
        self.query_one(TitleBar).show(a.display_title(s), s.badge, status)
        view = self.query_one(ArticleView)
        view.border_title = Text(
            ui("article", s)
        )  # Text, never markup: keywords come from the article
        if a.keywords is None:
            state = ui("unavailable" if self.words_failed else "segmenting", s)
            view.border_subtitle = Text(f"{ui('keywords', s)}：{state}")
        else:
            words = " · ".join(k(s) for k in a.keywords[:8])
            view.border_subtitle = Text(f"{ui('keywords', s)}：{words}")
        timeline = self.query_one("#timeline", RowList)
        more = "" if a.complete else "…"
        timeline.border_title = Text(f"{ui('timeline', s)} ({len(a.timeline)}{more})")
        bloggers = self.query_one("#bloggers", RowList)
        bloggers.border_title = Text(f"{ui('bloggers', s)} ({len(a.bloggers)}{more})")
        if not a.complete:
            timeline.border_subtitle = Text(ui("reading_rest", s))
        else:
            timeline.border_subtitle = Text("" if a.timeline else ui("no_events", s))
        bloggers.border_subtitle = Text("" if a.bloggers else ui("no_bloggers", s))

    def _event_row(self, i: int, width: int) -> Text:
        """Row ``i`` of the timeline, for the current script and selection."""
        chosen = (
            self.selection is not None
            and self.selection.kind == "event"
            and self.selection.index == i
        )
        return event_row(self.article, i, self.script, i in self._on_screen, chosen, width)

    def _blogger_row(self, i: int, width: int) -> Text:
        """Row ``i`` of the blogger pane, with ``2/3`` when it is being followed."""
        sel = self.selection
        position = ""
        if sel is not None and sel.kind == "blogger" and sel.index == i:
            position = f"{sel.mention + 1}/{len(self.article.bloggers[i].mentions)}"
        return blogger_row(self.article, i, self.script, position, width)

    def _render_rows(self) -> None:
        self.query_one("#timeline", RowList).set_source(len(self.article.timeline), self._event_row)
        self.query_one("#bloggers", RowList).set_source(
            len(self.article.bloggers), self._blogger_row
        )

    def _render_highlights(self) -> None:
        marks: dict[int, list[Mark]] = {}
        sel = self.selection
        if sel is not None and sel.kind == "event":
            e = self.article.timeline[sel.index]
            marks.setdefault(e.paragraph, []).append(Mark(*e.sentence, SENTENCE))
        elif sel is not None and sel.kind == "blogger":
            b = self.article.bloggers[sel.index]
            for k, m in enumerate(b.mentions):
                marks.setdefault(m.paragraph, []).append(Mark(*m.span, MENTION))
                if k == sel.mention:
                    marks[m.paragraph].append(Mark(*m.sentence, SENTENCE))
        self.query_one(ArticleView).set_highlights(marks)

    @guarded()
    def watch_script(self) -> None:
        self._render_all()
        for screen in self.screen_stack:
            show = getattr(screen, "show", None)  # a dialog in front switches too (help)
            if callable(show) and screen is not self.screen_stack[0]:
                show(self.script)

    # ---- messages from widgets --------------------------------------------------------------

    @on(ArticleView.Moved)
    @guarded()
    def _moved(self, message: ArticleView.Moved) -> None:
        on_screen = {
            i
            for i, e in enumerate(self.article.timeline)
            if message.first <= e.paragraph <= message.last
        }
        if on_screen != self._on_screen:
            changed = on_screen ^ self._on_screen
            self._on_screen = on_screen
            self.query_one("#timeline", RowList).refresh_rows(*changed)

    @on(ArticleView.Clicked)
    @guarded()
    def _clicked(self, message: ArticleView.Clicked) -> None:
        if message.kind == "handle":
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

    def _set_selection(self, selection: Selection | None) -> None:
        previous, self.selection = self.selection, selection
        for sel in {previous, selection} - {None}:
            name = "#timeline" if sel.kind == "event" else "#bloggers"
            self.query_one(name, RowList).refresh_rows(sel.index)
        self._render_highlights()

    @guarded()
    def select_event(self, index: int, jump: bool = True) -> None:
        """Highlight event ``index``'s sentence and bring it into view."""
        if not 0 <= index < len(self.article.timeline):
            return
        self._set_selection(Selection("event", index))
        self.query_one("#timeline", RowList).highlighted = index
        e = self.article.timeline[index]
        if jump:
            self.query_one(ArticleView).go_to(e.paragraph, e.sentence[0])

    @guarded()
    def select_blogger(self, index: int, mention: int = 0, jump: bool = True) -> None:
        """Highlight every mention of blogger ``index`` and go to mention ``mention``."""
        if not 0 <= index < len(self.article.bloggers):
            return
        mentions = self.article.bloggers[index].mentions
        mention %= len(mentions)
        self._set_selection(Selection("blogger", index, mention))
        self.query_one("#bloggers", RowList).highlighted = index
        if jump:
            m = mentions[mention]
            self.query_one(ArticleView).go_to(m.paragraph, m.span[0])

    @guarded()
    def action_mention(self, step: int) -> None:
        """Next or previous hit of a find, else mention of the chosen blogger (or the highlighted)."""
        if self.step_find(step):
            return
        if not self.article.bloggers:
            return
        sel = self.selection
        if sel is None or sel.kind != "blogger":
            index = self.query_one("#bloggers", RowList).highlighted or 0
            self.select_blogger(index, 0 if step > 0 else -1)
        else:
            self.select_blogger(sel.index, sel.mention + step)

    @guarded()
    def action_clear_selection(self) -> None:
        """``escape``: end a find first, then clear the selection."""
        if self.find_state is not None:
            self.action_end_find()
        else:
            self._set_selection(None)

    @guarded()
    def action_toggle_script(self) -> None:
        self.script = self.script.other

    @guarded()
    def action_help(self) -> None:
        from tui.help_screen import HelpScreen  # not needed for the first screen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.script))

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

    # ---- command palette --------------------------------------------------------------------

    def command_entries(self) -> list[tuple[str, str, Callable[[], object]]]:
        """Title, help and callback of every palette entry, in the current script."""
        s = self.script
        entries: list[tuple[str, str, Callable[[], object]]] = [
            (say("切换繁体/简体", s) + " — Toggle script (t)", "", self.action_toggle_script),
            (say("按键说明", s) + " — Help (?)", "", self.action_help),
            (
                say("聚焦正文", s) + " — Focus article (1)",
                "",
                partial(self.action_focus_pane, "article"),
            ),
            (
                say("聚焦时间线", s) + " — Focus timeline (2)",
                "",
                partial(self.action_focus_pane, "timeline"),
            ),
            (
                say("聚焦博主", s) + " — Focus bloggers (3)",
                "",
                partial(self.action_focus_pane, "bloggers"),
            ),
            (say("下一处提及", s) + " — Next mention (n)", "", partial(self.action_mention, 1)),
            (
                say("上一处提及", s) + " — Previous mention (N)",
                "",
                partial(self.action_mention, -1),
            ),
            (say("清除选择", s) + " — Clear selection (escape)", "", self.action_clear_selection),
            (ui("app.find.help", s) + " (/)", "", self.action_find),
            (ui("app.copy_sentence.help", s) + " (y)", "", self.action_copy_sentence),
            (ui("app.copy_paragraph.help", s) + " (Y)", "", self.action_copy_paragraph),
            (ui("app.copy_chosen.help", s) + " (c)", "", self.action_copy_chosen),
            (ui("app.page_info.help", s) + " (i)", "", self.action_page_info),
            (say("打开文章", s) + " — Open file… (o)", "", self.action_open),
            (say("退出", s) + " — Quit (q)", "", self.action_quit),
        ]
        for i, e in enumerate(self.article.timeline):
            summary = " ".join(self.article.sentence_text(e.paragraph, e.sentence, s).split())
            entries.append(
                (
                    f"{say('跳到事件', s)} · Go to event: {e.label(s)} {e.text(s)}",
                    summary[:80],
                    partial(self.select_event, i),
                )
            )
        for i, b in enumerate(self.article.bloggers):
            who = " ".join(x(s) for x in (b.name, b.role) if x is not None)
            entries.append(
                (
                    f"{say('跳到博主', s)} · Go to blogger: @{b.handle(s)} {who}",
                    "",
                    partial(self.select_blogger, i),
                )
            )
        return entries


def _carry_selection(selection: Selection | None, old: Article, new: Article) -> Selection | None:
    """The same choice in the whole book as in its beginning: by place, not by index."""
    if selection is None:
        return None
    if selection.kind == "event":
        e = old.timeline[selection.index]
        for i, f in enumerate(new.timeline):
            if (f.paragraph, f.span) == (e.paragraph, e.span):
                return Selection("event", i)
        return None
    key = old.bloggers[selection.index].handle.simplified
    for i, b in enumerate(new.bloggers):
        if b.handle.simplified == key:
            return Selection("blogger", i, min(selection.mention, len(b.mentions) - 1))
    return None


def _settle_heap() -> None:
    """Exempt the (immutable) model from the cyclic garbage collector.

    A book's model is millions of objects; without this a full collection can land on a
    key press and cost tens of milliseconds.  The model holds no cycles, so nothing that
    is dropped later is kept by this.
    """
    gc.freeze()
