"""The explorer app: owns the view state and wires messages to changes of it.

The app is a :class:`tui.view_state.ViewState`: it holds the article (replaced once words
arrive, or once a book is read whole), the script, the selection and what is on screen,
and every pane receives them by ``data_bind`` and draws itself.  The app never draws: it
turns messages (from panes, from workers) and actions into state changes, and asks the
article pane to move for jumps and a new file.  Which choice an action makes is decided in
:mod:`tui.selection`.  Word segmentation and reading a file run in thread workers that never
touch widgets; their results and errors arrive in one handler (``on_worker_state_changed``),
so the first screen never waits for jieba.  Dating the timeline again from another reference
date is a worker of the same kind.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial

from rich.text import Text
from textual import events, on
from textual._node_list import DuplicateIds
from textual.app import App, ComposeResult, SystemCommand
from textual.command import CommandPalette
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from tui import selection as choice
from tui.commands import ExplorerCommands
from tui.copy_actions import CopyActions
from tui.find_actions import FindActions
from tui.keymap import (
    APP_BINDINGS,
    ConfigProblem,
    active_keymap,
    keys_said,
    load_keymap,
    with_followers,
)
from tui.localized import LocalCommandPalette, LocalFooter
from tui.model.article import Article, Event, Paragraph, Words
from tui.model.build import with_words
from tui.model.errors import ArticleError
from tui.model.load import BIG_TEXT, Source, read_source
from tui.model.sanitize import safe_line
from tui.model.scripts import Script, Variant, default_variant
from tui.remember_actions import RememberPlaces
from tui.remembered import Document, Remembered, content_key
from tui.safety import ReportsErrors, one_line, report
from tui.selection import MarkKind, Selection, SelectionKind
from tui.startup import resume_collection
from tui.strings import Lang, refusal, ui
from tui.view_state import (
    ARTICLE_PANE,
    BLOGGER_PANE,
    DIALOG,
    FIND_BAR,
    FOOTER,
    TIMELINE_PANE,
    TITLE_BAR,
    ViewState,
)
from tui.wide_cells import keep_wide_characters_whole
from tui.widgets.article_view import ArticleView
from tui.widgets.blogger_list import BloggerList
from tui.widgets.find_bar import FindBar
from tui.widgets.row_list import RowList
from tui.widgets.timeline_axis_view import TimelineAxis
from tui.widgets.timeline_list import TimelineList
from tui.widgets.title_bar import ScriptBadge, TitleBar

keep_wide_characters_whole()  # hanzi in a notification over a pane's edge stay whole

PANES = ("article", "timeline", "bloggers")
NARROW_BELOW = 80  # columns: below this the side column folds away
WIDE_FROM = 105  # columns: from here the side column takes 38%; between, the text keeps 60 cells
MAX_SCREENS = 8  # the most screens stacked at once (see ArticleExplorer.push_screen)


class ArticleExplorer(FindActions, CopyActions, RememberPlaces, ReportsErrors, ViewState, App[int]):
    """Article text, timeline and bloggers, in Traditional or Simplified."""

    CSS_PATH = "explorer.tcss"
    TITLE = "Article Explorer"
    COMMANDS = App.COMMANDS | {ExplorerCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-medium"), (WIDE_FROM, "-wide")]
    BINDINGS = APP_BINDINGS

    def __init__(
        self,
        article: Article,
        *,
        script: Script | None = None,
        use_cache: bool = True,
        source: Source | None = None,
        variant: Variant | None = None,
        lang: Lang | None = None,
        segmenter: Callable[[Article], Words] | None = None,
        remembered: Remembered | None = None,
        document: Document | None = None,
    ) -> None:
        """``source``, when given, is the whole document of which ``article`` is the beginning.

        ``variant`` and ``lang`` are the reader's choices; without them Traditional text is
        shown as written (converted text in 臺灣正體), or in the form remembered for this
        document, and the interface speaks the script's language, following ``t``.
        ``segmenter`` computes an article's words in the worker (default: the cache, else a
        child process); tests hand in words segmented once per session.  ``remembered`` holds
        the places read last time (none: nothing is restored or written); ``document`` says
        which one this is.  An explicit ``script`` or ``variant`` wins over the remembered one.
        """
        super().__init__()
        self.remembered = remembered or Remembered.disabled()
        self.document = document or Document()
        self._typed_path = ""  # a path that could not be opened, offered again by ``o``
        self.variant_chosen = variant or self.remembered_variant_chosen()
        self.lang_chosen = lang
        shown = script or self.remembered_script() or article.script
        self.set_reactive(ArticleExplorer.article, article)
        self.set_reactive(ArticleExplorer.script, shown)
        self.set_reactive(
            ArticleExplorer.variant, self.variant_chosen or default_variant(article.script)
        )
        self.set_reactive(ArticleExplorer.lang, lang or Lang.of(shown))
        self.reading = False  # z: the text alone, full width
        # how the page dated the text on screen, kept at the reader's first date of their own
        self._page_dating: tuple[tuple[Paragraph, ...], tuple[Event, ...], date, str] | None = None
        self.source = source
        self.use_cache = use_cache
        self.segmenter = segmenter
        self._keymap_problems = self._apply_user_keymap()

    # ---- building the screen ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title-bar").data_bind(*TITLE_BAR)
        with Horizontal(id="main"):
            yield ArticleView(id="article").data_bind(*ARTICLE_PANE)
            with Vertical(id="side"):
                yield TimelineList(id="timeline").data_bind(*TIMELINE_PANE)
                yield TimelineAxis(id="timeline-axis").data_bind(*TIMELINE_PANE)
                yield BloggerList(id="bloggers").data_bind(*BLOGGER_PANE)
        yield FindBar(id="find-bar").data_bind(*FIND_BAR)
        yield LocalFooter(compact=True).data_bind(*FOOTER)

    def on_mount(self) -> None:
        self._fold()
        for problem in self._keymap_problems:
            self.notify(
                safe_line(problem.text(self.lang)), title="config.toml", severity="warning", markup=False
            )
        self.restore_place()
        self.query_one(ArticleView).focus()
        self.call_after_refresh(resume_collection)  # paused by the command line until now
        if self.source is not None:
            self.call_after_refresh(self._complete, self.source)  # after the first frame
        elif not self.article.segmented:
            self._segment(self.article)

    def _apply_user_keymap(self) -> list[ConfigProblem]:
        """Remap keys from the user's config (see :mod:`tui.keymap`) before the panes are
        made, so each draws its legend with the keys in force; the problems found are told
        once the app is mounted."""
        keymap, problems = load_keymap()
        keymap = with_followers(keymap)  # the help screen switches scripts by the same key
        if keymap:
            self.set_keymap(keymap)
            if "app.command_palette" in keymap:  # the footer shows the palette by this key
                self.COMMAND_PALETTE_BINDING = keymap["app.command_palette"].split(",")[0]
        return problems

    # ---- workers: they never touch widgets; results and errors arrive in one place ----------

    def _complete(self, source: Source) -> None:
        """Parse the whole of a book whose beginning is on screen."""
        self._run(source.build, "complete", "open", source.name)

    def _segment(self, article: Article) -> None:
        """Segment words and pick keywords off the UI thread."""
        work = partial(_words_of, article, self.use_cache, self.segmenter)
        self._run(work, "words", "words", article.source)

    def _load(self, path: str) -> None:
        """Read and parse a file off the UI thread.

        The common mistakes (no such file, a directory, no permission) are told at once in
        the reader's language; the model's other refusals keep its own (English) words.
        """
        problem = path_problem(path)
        if problem is not None:
            # the path on a line of its own: a notification wraps a long one by cells, and
            # after the words it broke mid-name (nonexiste / nt_file_name.txt)
            words = f"{ui(problem, self.lang)}{ui('colon', self.lang)}\n{safe_line(path)}"
            self.notify(words, title=ui("open_failed", self.lang), severity="error", markup=False)
            return
        self._run(partial(_open_file, path, self.remembered.enabled), "load", "open", path)

    def _run(self, work: Callable[[], object], name: str, group: str, what: str) -> None:
        """Start a thread worker; a newer one in the same group replaces it."""
        self.run_worker(
            work,
            name=name,
            group=group,
            description=what,
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Every worker's result or error, by the worker's name."""
        worker = event.worker
        if event.state is WorkerState.SUCCESS:
            if worker.name == "words":
                self._words_arrived(*worker.result)
            elif worker.name == "load":
                article, document = worker.result
                self._opened(article, replaces=False, document=document)
            elif worker.name == "complete":
                self._opened(worker.result, replaces=True)
            elif worker.name == "redate":
                self._redated(*worker.result)
        elif event.state is WorkerState.ERROR and worker.error is not None:
            self._worker_failed(worker.name, worker.description, worker.error)

    def _worker_failed(self, name: str, what: str, error: BaseException) -> None:
        """Words that fail leave the rest working; a file that cannot be opened is a notice;
        dating again that fails (a bug: the dialog only gives real dates) keeps the old dates."""
        if name == "words":
            self.words_failed = True
        if name in ("words", "redate"):
            report(self, error)
            return
        if name == "find":  # folding ahead failed: the find folds when it first searches
            report(self, error)
            return
        if not isinstance(error, ArticleError):  # not a bad file: a bug, so log it
            report(None, error)
        message = (
            refusal(error.code, error.params, self.lang)
            if isinstance(error, ArticleError)
            else f"{what}: {type(error).__name__}: {error}"
        )
        self.notify(  # it quotes the path typed
            safe_line(message), title=ui("open_failed", self.lang), severity="error", markup=False
        )

    def _words_arrived(self, article: Article, words: Words) -> None:
        if article is self.article:
            self.article = with_words(self.article, words)
            self.refind()
            _settle_heap(self.article)

    def action_open(self) -> None:
        """Ask for a path and open it in a worker; a file that cannot be opened is a notification."""
        from tui.open_screen import OpenScreen  # not needed for the first screen

        if self.screen is self.screen_stack[0]:
            dialog = OpenScreen(self.lang, self.remembered.recent(), self._typed_path)
            self.push_screen(dialog, self._open_path)

    def _open_path(self, path: str | None) -> None:
        if path:
            self._typed_path = path
            self.notify(f"{ui('opening', self.lang)} {safe_line(path)}", markup=False, timeout=2)
            self._load(os.path.expanduser(path))

    def _opened(self, new: Article, replaces: bool, document: Document | None = None) -> None:
        """Show ``new``: another file (``document`` says which), or (``replaces``) the whole
        of the book on screen."""
        if replaces and self.source is None:
            return  # the reader opened another file while the book was being read
        if not replaces:
            self._typed_path = ""
            self.save_places()  # where the reader left the file on screen
            self.document = document or Document()
            self._reading_place = None
            self.action_end_find()
        previous = self.article
        self.source = None
        carried = choice.carry(self.selection, previous, new) if replaces else None
        self.selection = None  # never a choice that points into the wrong model
        self.words_failed = False
        if not replaces:  # another file: as written, or as the reader left that file
            self.variant_chosen = self.remembered_variant_chosen()
            self.script = self.remembered_script() or new.script
        if self.variant_chosen is None:  # another file may be in the other script
            self.variant = default_variant(new.script)
        else:
            self.variant = self.variant_chosen
        self.article = new
        self.selection = carried
        if replaces:
            self.refind()
            self.restore_pending_place()
        else:  # another file: where the reader left it, else its beginning
            self.query_one(ArticleView).go_to(0, 0, third=False)
            self.restore_place()
        _settle_heap(new)
        if not new.segmented:
            self._segment(new)

    # ---- the reference date ------------------------------------------------------------------

    def action_set_reference_date(self) -> None:
        """Ask for the date relative dates count from, and date the timeline again."""
        from tui.date_screen import DateScreen  # not needed for the first screen

        if self.screen is self.screen_stack[0]:
            self.push_screen(DateScreen(self.lang, self.article.reference_date), self._redate_to)

    def _redate_to(self, day: date | str | None) -> None:
        from tui.date_screen import PAGE_DATE

        if day == PAGE_DATE:
            self._back_to_page_date()
        elif isinstance(day, date):
            current = self.article
            if self._page_dating is None or not _same_text(self._page_dating[0], current.paragraphs):
                # how the page itself dated this text, before the reader's first date for it
                self._page_dating = (
                    current.paragraphs, current.timeline, current.reference_date, current.reference_source
                )
            work = partial(_redate, current, day)
            self._run(work, "redate", "redate", current.source)

    def _back_to_page_date(self) -> None:
        """The timeline as the page dated it (its dateline, or the model's guess), kept from
        before the first date the reader set for this text."""
        kept = self._page_dating
        current = self.article
        if kept is None or not _same_text(kept[0], current.paragraphs):
            return  # never redated: it is dated from the page already
        _, timeline, day, source = kept
        page = dataclasses.replace(
            current, timeline=timeline, reference_date=day, reference_source=source
        )
        self._redated(current, page)

    def _redated(self, before: Article, after: Article) -> None:
        """Put the new dates in place, keeping the reading place and the choice (by place)."""
        current = self.article
        if not _same_text(current.paragraphs, before.paragraphs):
            return  # another text is on screen now
        new = dataclasses.replace(  # words may have arrived meanwhile: keep them
            current,
            timeline=after.timeline,
            reference_date=after.reference_date,
            reference_source=after.reference_source,
        )
        carried = choice.carry(self.selection, current, new)
        self.selection = None
        self.article = new
        self.selection = carried

    def on_resize(self, event: events.Resize) -> None:
        self._fold(event.size.width)  # the app's own size is set after this handler runs

    def _fold(self, width: int | None = None) -> None:
        """Fold the side panes away in a narrow window or in reading mode."""
        folded = (self.size.width if width is None else width) < NARROW_BELOW or self.reading
        self.screen_stack[0].set_class(folded, "-folded")
        self.folded = folded

    # ---- messages from widgets --------------------------------------------------------------

    @on(ArticleView.Moved)
    def _moved(self, message: ArticleView.Moved) -> None:
        self.on_screen = (message.first, message.last)

    @on(ArticleView.Clicked)
    def _clicked(self, message: ArticleView.Clicked) -> None:
        if message.kind is MarkKind.HANDLE:
            self.select_blogger(message.index, jump=False)
        else:
            self.select_event(message.index, jump=False)

    @on(RowList.Chosen, "#timeline")
    @on(TimelineAxis.Chosen)
    def _group_chosen(self, message: RowList.Chosen | TimelineAxis.Chosen) -> None:
        # Moving along the axis while the text is folded away chooses without going there,
        # so the axis stays in front to be browsed (enter goes), as j/k do in the list.
        browse = isinstance(message, TimelineAxis.Chosen) and message.browse and self.folded
        self.select_group(message.index, jump=not browse)

    @on(RowList.Chosen, "#bloggers")
    def _blogger_chosen(self, message: RowList.Chosen) -> None:
        self.select_blogger(message.index)

    @on(ScriptBadge.Pressed)
    def _badge(self) -> None:
        self.action_toggle_script()

    # ---- actions ----------------------------------------------------------------------------

    def select_event(self, index: int, jump: bool = True) -> None:
        """Choose event ``index``: its date's group, at this mention (its words and sentence
        highlighted) and, with ``jump``, bring it into view."""
        self._choose(choice.group_of_event(self.article, index), jump)

    def select_group(self, index: int, mention: int = 0, jump: bool = True) -> None:
        """Choose timeline group ``index`` at mention ``mention``."""
        self._choose(choice.choose(self.article, SelectionKind.GROUP, index, mention), jump)

    def select_blogger(self, index: int, mention: int = 0, jump: bool = True) -> None:
        """Choose blogger ``index``: highlight every mention and go to mention ``mention``."""
        self._choose(choice.choose(self.article, SelectionKind.BLOGGER, index, mention), jump)

    def _choose(self, selection: Selection | None, jump: bool) -> None:
        if selection is None:
            return
        self.selection = selection
        target = choice.jump_target(self.article, selection)
        if jump and target is not None:
            if self.folded:  # the text may be behind a pane brought forward: show it
                self.action_focus_pane("article")
            self.query_one(ArticleView).go_to(*target)

    def action_select_event(self, index: int) -> None:
        self.select_event(index)

    def action_select_blogger(self, index: int) -> None:
        self.select_blogger(index)

    def action_select_group(self, index: int) -> None:
        self.select_group(index)

    def action_mention(self, step: int) -> None:
        """``n``/``N``: the next or previous hit of a find in progress, else the next or
        previous mention of the chosen blogger or date (or of the highlighted one)."""
        if self.step_find(step):
            return
        sel = self.selection
        timeline = self.query_one(TimelineList)
        if isinstance(self.focused, TimelineList | TimelineAxis) and (
            sel is None or sel.kind is not SelectionKind.GROUP
        ):  # in the timeline, n starts on the date under the cursor
            row = timeline.highlighted if self.focused is timeline else self.focused.cursor
            self.select_group(row, 0 if step > 0 else -1)
            return
        highlighted = self.query_one("#bloggers", RowList).highlighted
        self._choose(choice.step(self.article, sel, step, highlighted), jump=True)

    def action_timeline_mode(self) -> None:
        """Switch the timeline pane between its list and its time axis."""
        main = self.screen_stack[0]
        main.set_class(not main.has_class("-timeline-axis"), "-timeline-axis")
        if isinstance(self.focused, TimelineList | TimelineAxis):
            self.screen.set_focus(self._pane("timeline"))

    def action_next_hit(self) -> None:
        """``enter`` in the text: the next hit of a find, else the next place of the choice
        (the chosen blogger's next mention); nothing when nothing is chosen."""
        if self.step_find(1) or self.selection is None:
            return
        sel = self.selection
        self._choose(choice.choose(self.article, sel.kind, sel.index, sel.mention + 1), jump=True)

    def action_clear_selection(self) -> None:
        """``escape``: end a find first, then clear the selection."""
        if self.find is not None:
            self.action_end_find()
        else:
            self.selection = None

    def action_toggle_script(self) -> None:
        self.script = self.script.other

    def watch_script(self, script: Script) -> None:
        if self.lang_chosen is None:  # the interface speaks the script on screen
            self.lang = Lang.of(script)

    def action_choose_variant(self, value: str) -> None:
        """Show Traditional text in form ``value`` (``standard``, ``tw``, ``hk``): from the
        Simplified view too, which the choice would otherwise leave unchanged on screen."""
        self.variant_chosen = self.variant = Variant(value)
        self.script = Script.TRADITIONAL
        label = ui(f"variant.{value}", self.lang)
        self.notify(f"{ui('variant_chosen', self.lang)}{label}", markup=False, timeout=2)

    def action_choose_lang(self, value: str) -> None:
        """Speak ``value`` (``zh-Hant``, ``zh-Hans``, ``en``) whatever the script."""
        self.lang_chosen = self.lang = Lang(value)
        label = ui(f"lang.{value}", self.lang)
        self.notify(f"{ui('lang_chosen', self.lang)}{label}", markup=False, timeout=2)

    # ---- colours and Textual's own dialogs ---------------------------------------------------

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """The ``$reader-*`` colours for the current theme (see :mod:`tui.colours`)."""
        from tui.colours import reading_colours

        return reading_colours(self.current_theme, no_color=self.no_color)

    def get_default_screen(self) -> Screen:
        """The main screen, with Textual's crash on a click on a leaving widget guarded.

        It starts with the breakpoint class of the terminal's width (and folded when narrow),
        so the first resize and ``_fold`` (which set those classes) change nothing, and the
        screen is not styled a second time before its first frame.
        """
        from tui.safe_screens import ExplorerScreen

        width = self.size.width
        ranges = sorted(self.HORIZONTAL_BREAKPOINTS or [], reverse=True)
        starting = next((name for least, name in ranges if width >= least), "")
        if width < NARROW_BELOW:  # what _fold will find, set now for the same reason
            starting += " -folded"
        return ExplorerScreen(id="_default", classes=starting.strip())

    def action_help_quit(self) -> None:
        """ctrl+c: say how to quit, in the reader's language (Textual says it in English)."""
        keys = keys_said(("app.quit", "app.quit_ctrl"), active_keymap(self), self.lang)
        hint = ui("quit_hint", self.lang).format(keys=keys)
        self.notify(hint, title=ui("quit_title", self.lang), markup=False)

    def action_command_palette(self) -> None:
        """The palette in the reader's language, its upstream crashes guarded (see
        :mod:`tui.safe_screens`); one at a time.

        Textual's own check looks only at the top screen, so ``ctrl+p`` pressed while help is
        in front of an open palette would push a second one (``DuplicateIds``).  A palette
        just dismissed is off the stack but still registered until it has left: ``ctrl+p`` in
        that moment does nothing (the storm test, seed 13, saw ``DuplicateIds`` there).
        """
        if self.use_command_palette and not any(
            isinstance(s, CommandPalette) for s in self.screen_stack
        ):
            with contextlib.suppress(DuplicateIds):
                self.push_screen(LocalCommandPalette(self.lang, id="--command-palette"))

    def search_themes(self) -> None:
        """The theme chooser ("Change theme"), guarded like the palette: Textual 8.2.8 pushes a
        plain ``CommandPalette`` (the storm test crashed it with ``NoMatches``)."""
        from textual.theme import ThemeProvider

        self.push_screen(
            LocalCommandPalette(self.lang, [ThemeProvider], placeholder="theme_placeholder")
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """None of Textual's: "Keys" and "Screenshot" speak English from inside Textual,
        "Quit" and "Theme" are the explorer's own entries (:mod:`tui.commands`, found by their
        names in every language), and "Maximize" kept the text 60 cells wide in a hatched
        frame without its header or pane keys: the reading mode (``z``) is the explorer's."""
        return ()

    def push_screen(self, screen: Screen | str, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        """Textual's ``push_screen``, refused (a bell) once ``MAX_SCREENS`` are stacked: each
        modal screen renders the screens under it, recursively, so a storm of keys that opens
        dialogs over dialogs (help over a palette over help…) ended the app in ``RecursionError``
        (the storm test, seed 19, stacked 46).  Nobody reads through more than a few."""
        if len(self.screen_stack) >= MAX_SCREENS:
            self.bell()
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            done.set_result(None)
            return done
        return super().push_screen(screen, *args, **kwargs)  # type: ignore[arg-type]

    def action_help(self) -> None:
        from tui.help_screen import HelpScreen  # not needed for the first screen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.lang).data_bind(*DIALOG))

    def action_show_help_panel(self) -> None:
        """Textual's keys panel ("Keys" in the palette), never onto a screen not yet mounted.

        Textual 8.2.8 mounts it on whatever screen is on top; a palette opened in the same
        burst is not mounted yet and ``mount`` raises ``MountError`` (found by the storm test,
        seed 0).
        """
        from contextlib import suppress

        from textual.widget import MountError

        with suppress(MountError):
            super().action_show_help_panel()

    def _pane(self, name: str):
        if name == "timeline" and self.screen_stack[0].has_class("-timeline-axis"):
            return self.query_one(TimelineAxis)
        return self.query_one(f"#{name}")

    def action_focus_pane(self, name: str) -> None:
        """Focus a pane now (not after a refresh), so keys typed right after reach it.

        While the side panes are folded this brings the pane forward (``-side-open``).
        """
        main = self.screen_stack[0]
        main.set_class(name != "article", "-side-open")
        main.set_focus(self._pane(name))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Whichever way focus moves (a click, the end of a find, the palette), the main screen
        brings forward the pane that has it: a side pane is forward exactly while it is focused,
        so folding never hides the focused pane (which would leave nothing focused)."""
        main = self.screen_stack[0]
        ancestors = event.widget.ancestors  # none of ours for a dialog's widget, or one closing
        if not any(node is main for node in ancestors):
            return
        # the text, or the find bar over it (a find is of the text: its hits are shown there)
        main.set_class(any(node.id == "side" for node in ancestors), "-side-open")

    def action_reading_mode(self) -> None:
        """``z``: the text alone at full width, or the side panes back beside it."""
        self.reading = not self.reading
        self._fold()
        if self.reading:
            self.action_focus_pane("article")

    def action_cycle(self, step: int) -> None:
        if self.screen is self.screen_stack[0]:
            focused = self.focused
            current = focused.id if focused is not None and focused.id in PANES else "article"
            if isinstance(focused, TimelineAxis):
                current = "timeline"
            self.action_focus_pane(PANES[(PANES.index(current) + step) % len(PANES)])
        elif step > 0:
            self.screen.focus_next()
        else:
            self.screen.focus_previous()

    def _handle_exception(self, error: Exception) -> None:
        """Textual's last resort (an error outside our handlers): log it, then let Textual end
        the app (Pilot re-raises the error in tests)."""
        report(None, error)
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """End with one plain line that names the log, not a traceback with the article in it."""
        self.bell()
        self.panic(Text(one_line(self._exception)))


def _words_of(
    article: Article, use_cache: bool, segmenter: Callable[[Article], Words] | None
) -> tuple[Article, Words]:
    """Run in a worker thread: the words of ``article`` (cached per content)."""
    if segmenter is not None:
        return article, segmenter(article)
    from tui.model.cache import words_for

    return article, words_for(article, use_cache=use_cache, jobs=1)


def _same_text(a: Sequence[Paragraph], b: Sequence[Paragraph]) -> bool:
    """The same paragraphs of the same text (words may have arrived for either)."""
    return len(a) == len(b) and all(x.text is y.text for x, y in zip(a, b, strict=True))


def _redate(article: Article, day: date) -> tuple[Article, Article]:
    """Run in a worker thread: ``article`` and the same with its timeline dated from ``day``."""
    from tui.model.redate import redate

    return article, redate(article, day)


def path_problem(path: str) -> str | None:
    """The interface word for a path that cannot be an article file, or None to try reading it."""
    if not os.path.lexists(path):
        return "error.missing"
    if os.path.isdir(path):
        return "error.directory"
    if not os.access(path, os.R_OK):
        return "error.unreadable"
    return None


def _open_file(path: str, remember: bool) -> tuple[Article, Document]:
    """Run in a worker thread: the article at ``path`` and which document it is (its content
    key only when places are remembered, so ``--no-state`` hashes nothing)."""
    source = read_source(path)
    key = content_key(source.text) if remember else ""
    return source.build(), Document(key, os.path.abspath(path))


def _settle_heap(article: Article) -> None:
    """Exempt a book's (immutable) model from the cyclic garbage collector.

    A book's model is millions of objects; without this a full collection can land on a
    key press and cost tens of milliseconds.  The model holds no cycles, so nothing that
    is dropped later is kept by this.  An article's model is small, and freezing is not
    free either: whatever else is alive then (a dialog, an app in a test) is never
    collected afterwards, so only a book is worth it.
    """
    if sum(len(p.text.original) for p in article.paragraphs) >= BIG_TEXT:
        gc.freeze()
