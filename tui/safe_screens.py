"""Screens that survive keys and clicks faster than Textual expects.

A person (or a storm of bytes over a slow SSH link) can send "close" twice before the first
close has taken the screen off the stack, or page through the command palette while it is
still filling its list.  Textual 8.2.8 turns each of those into an exception that ends the app.
The guards live here, in our own screen classes, so that nothing else has to know.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from textual import events, on, work
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.command import CommandInput, CommandList, CommandPalette, SearchIcon
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.errors import NoWidget
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, LoadingIndicator, OptionList

#: What Textual 8.2.8's command list raises when moved while it fills or is torn down.
_LIST_NOT_READY = (KeyError, IndexError, NoMatches)


#: Longest text an input of ours takes (a path is at most 4,096 bytes on Linux).
INPUT_MAX = 4096


class BoundedPaste:
    """Mixin for an ``Input``: at most ``INPUT_MAX`` characters; a longer paste is cut.

    Textual 8.2.8's ``Input`` redraws its whole value on every key (``Input._value`` builds a
    ``Text`` of it and strips control codes), so after a megabyte is pasted each key costs
    milliseconds and a few thousand keys typed after it (a storm, a stuck key) hang the app
    for minutes.  Reproduction: ``o``, a bracketed paste of 1 MB, then 2,000 letters.
    """

    def _on_paste(self, event: events.Paste) -> None:
        if event.text:
            room = max(0, INPUT_MAX - len(self.value) + len(self.selected_text))  # type: ignore[attr-defined]
            first = event.text.splitlines()[0] if event.text.splitlines() else ""
            super()._on_paste(events.Paste(first[:room]))  # type: ignore[misc]
        event.stop()


class BoundedInput(BoundedPaste, Input):
    """An ``Input`` that keeps typing cheap however much is pasted into it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", INPUT_MAX)
        super().__init__(*args, **kwargs)


class _BoundedCommandInput(BoundedPaste, CommandInput):
    """The palette's search input, bounded like :class:`BoundedInput`."""


class _CommandListClicks(CommandList):
    """The palette's list, safe against a click on an option that is no longer there.

    Textual 8.2.8 ``OptionList._on_click`` indexes ``self._options`` with the option number
    the click's drawn line carried; when the list was refilled (a new search result) between
    drawing and the click, that raises ``IndexError`` and ends the app.  Reproduction (found by
    the storm test): ``ctrl+p``, type a letter, click the list while it refills.
    """

    def _move_page(self, direction: Any) -> None:
        with suppress(*_LIST_NOT_READY):  # see PagingOptionList: the list may still be filling
            super()._move_page(direction)

    async def _on_click(self, event: events.Click) -> None:
        # Textual runs every class's own ``_on_click`` down the MRO (OptionList's after this
        # one), so a stale click is stopped with prevent_default, never by not calling super.
        option = event.style.meta.get("option")
        if option is not None and not 0 <= option < self.option_count:
            event.prevent_default()  # a stale line: the option it showed is gone


class SafeMouseDown:
    """Mixin for screens: a click on a widget that is leaving never ends the app.

    Textual 8.2.8 ``Screen._forward_event`` starts a text selection on ``MouseDown`` from the
    widget under the pointer and its parent; when that widget is being removed (its parent
    already gone: a list refilled, a dialog closing) it reads ``None.region`` and raises
    ``AttributeError``.  Reproduction (found by the storm test, seeds 10 and 14): clicks in
    the same burst as the keys that close the dialog under them.  The click lands on nothing.

    Any mouse event may also find, under the pointer, a widget already taken off its screen
    whose line the compositor still holds: rendering that line asks for the screen's
    selections and raises ``NoScreen`` (found by the storm test, seed 10 again, with the open
    dialog's path list refilling under the pointer).  That event too lands on nothing.
    """

    def _forward_event(self, event: events.Event) -> None:
        try:
            super()._forward_event(event)  # type: ignore[misc]
        except AttributeError:
            if not isinstance(event, events.MouseDown):
                raise
        except NoScreen:
            if not isinstance(event, events.MouseEvent):
                raise


class FollowsAppSize:
    """Mixin for screens: a ``Resize`` to a size the app no longer has is dropped.

    Textual 8.2.8 ``Screen._refresh_layout`` posts a ``Resize`` to every widget of the
    compositor whose region changed, the screen itself included, with the region's size;
    after a burst of real resizes (300×100, 40×12, …) that region can hold a size the
    terminal had a moment ago, and the screen's own ``_on_resize`` lays out again at it,
    which posts the other size back: two sizes ping-pong for ever, ~700 layouts a second,
    and keys wait behind them (found by the storm test with py-spy; the posting stack is
    ``Screen._on_resize`` → ``_screen_resized`` → ``_refresh_layout`` → ``post_message``).
    The terminal's size is the app's: only a ``Resize`` to it is laid out.
    """

    def _on_resize(self, event: events.Resize) -> None:
        # Textual calls each class's own ``_on_resize`` down the MRO (Screen's after this
        # one): a stale size is stopped with prevent_default, a good one is left to Screen.
        size = self.app.size  # type: ignore[attr-defined]
        if size and event.size != size:
            event.prevent_default()
            event.stop()


class ExplorerScreen(FollowsAppSize, SafeMouseDown, Screen):  # type: ignore[type-arg]
    """The main screen (see :meth:`tui.app.ArticleExplorer.get_default_screen`)."""


class DismissOnce:
    """Mixin for a screen: the first ``dismiss`` wins, later ones do nothing.

    Textual 8.2.8: a second ``dismiss()`` before the first pop has finished raises
    ``ScreenStackError`` ("can't pop the only screen" / "not current") or, for a screen pushed
    with ``wait_for_dismiss``, ``InvalidStateError`` from setting the result future twice.
    Minimal reproduction: ``ctrl+p`` then a double click on the palette's background.
    """

    _dismissed: bool = False

    def dismiss(self, result: Any = None) -> AwaitComplete:
        if self._dismissed or not getattr(self, "is_current", False):
            return AwaitComplete.nothing()
        self._dismissed = True
        return super().dismiss(result)  # type: ignore[misc]


class PagesThroughBox:
    """A dialog's page keys: they scroll its box (the widget ``#{BOX}``), and do nothing
    when it is gone (a key that arrives as the screen goes)."""

    BOX = ""

    def _box(self, move: Callable[[VerticalScroll], object]) -> None:
        try:
            move(self.query_one(f"#{self.BOX}", VerticalScroll))  # type: ignore[attr-defined]
        except NoMatches:
            return

    def action_lines(self, step: int) -> None:
        self._box(lambda box: box.scroll_relative(y=step, animate=False, immediate=True))

    def action_pages(self, step: int) -> None:
        self._box(
            lambda box: box.scroll_relative(
                y=step * max(1, box.scrollable_content_region.height - 1),
                animate=False,
                immediate=True,
            )
        )

    def action_edge(self, end: int) -> None:
        self._box(
            lambda box: (
                box.scroll_end(animate=False, immediate=True)
                if end
                else box.scroll_home(animate=False, immediate=True)
            )
        )


class OnceModalScreen(FollowsAppSize, SafeMouseDown, DismissOnce, ModalScreen):  # type: ignore[type-arg]
    """A modal screen that is dismissed at most once."""


#: Textual's own search worker, undecorated (``@work`` keeps it as ``__wrapped__``).
_upstream_gather = CommandPalette._gather_commands.__wrapped__  # type: ignore[attr-defined]


class ExplorerPalette(FollowsAppSize, SafeMouseDown, DismissOnce, CommandPalette):
    """Textual's command palette, with its known crashes guarded.

    - Textual 8.2.8 ``OptionList._move_page`` raises ``KeyError`` when ``pagedown`` arrives
      while the palette is still filling its list (``_index_to_line`` not built yet).
      Reproduction: ``ctrl+p`` and ``pagedown`` in one write to the terminal.
    - Moving through the list while the palette is being torn down raises ``NoMatches``
      (the list is already gone).
    - A double click on the background dismisses twice (``ScreenStackError``): see
      :class:`DismissOnce`.
    - Textual 8.2.8 ``CommandPalette._gather_commands`` (an ``@work`` worker that ends the app
      when it raises) and the ``_list_visible``/``_show_busy`` watchers query the command list
      and loading indicator; when the palette is dismissed while a search runs they are gone,
      and ``NoMatches`` becomes ``WorkerFailed``.  Reproduction (found by the storm test,
      ``tests/test_hostile_ui.py``): ``?``, ``ctrl+p``, a click on the background, ``?``,
      ``ctrl+p`` in one write.
    - The search input and the list: see :class:`BoundedPaste` and :class:`_CommandListClicks`.
    - Textual 8.2.8 ``CommandPalette._on_click`` asks the compositor for the widget under the
      click; a click outside the screen (sent before a shrink was drawn) raises ``NoWidget``.
      Reproduction (found by the storm test): resize to 40×12, then ``ctrl+p`` and a click at
      column 69, row 28.
    - Textual 8.2.8 ``CommandPalette._input`` cancels the search worker group and starts a
      new worker on every key; cancelling walks every worker the app has, and cancelled ones
      leave only when the event loop gets a turn, which a backlog of keys never gives it.
      Typing thousands of keys in one burst (a storm, a stuck key) costs quadratic time:
      minutes before ``escape`` is read.  Reproduction: ``ctrl+p`` and 3,000 letters in one
      write.  Here a burst of changes runs one search, for the last value.
    """

    _pending_search: str | None = None

    @on(Input.Changed)
    def _coalesce_search(self, event: Input.Changed) -> None:
        event.stop()
        event.prevent_default()  # CommandPalette._input (later in the MRO) does not run
        first = self._pending_search is None
        self._pending_search = event.value.strip()
        if first:
            self.call_later(self._search_pending)  # after the changes already queued

    def _search_pending(self) -> None:
        value, self._pending_search = self._pending_search, None
        if value is None:
            return
        self._cancel_gather_commands()
        self._stop_no_matches_countdown()
        self._gather_commands(value)

    def _on_click(self, event: events.Click) -> None:  # type: ignore[override]
        # runs before CommandPalette._on_click (Textual dispatches down the MRO)
        try:
            self.get_widget_at(event.screen_x, event.screen_y)
        except NoWidget:
            event.prevent_default()  # outside the screen: not a click on the background

    def compose(self) -> ComposeResult:
        # Textual 8.2.8 CommandPalette.compose, with our input and list in place of its own.
        with Vertical(id="--container"):
            with Horizontal(id="--input"):
                yield SearchIcon()
                yield _BoundedCommandInput(
                    placeholder=self._placeholder, select_on_focus=False, max_length=INPUT_MAX
                )
                if not self.run_on_select:
                    yield Button("\u25b6")
            with Vertical(id="--results"):
                yield _CommandListClicks()
                yield LoadingIndicator()

    @work(exclusive=True, group=CommandPalette._GATHER_COMMANDS_GROUP)
    async def _gather_commands(self, search_value: str) -> None:
        with suppress(NoMatches):  # the palette was torn down while it searched: nothing to show
            await _upstream_gather(self, search_value)

    def _watch__list_visible(self) -> None:
        with suppress(NoMatches):
            super()._watch__list_visible()

    async def _watch__show_busy(self) -> None:
        with suppress(NoMatches):
            await super()._watch__show_busy()

    def _action_command_list(self, action: str) -> None:
        with suppress(*_LIST_NOT_READY):  # the list is filling or gone: the key means nothing yet
            super()._action_command_list(action)

    def _action_cursor_down(self) -> None:
        with suppress(*_LIST_NOT_READY):
            super()._action_cursor_down()


class PagingOptionList(OptionList):
    """An option list whose ``pageup``/``pagedown`` never raise.

    Textual 8.2.8 ``OptionList._move_page`` reads ``_index_to_line`` before the list has laid
    its lines out (``KeyError``), e.g. ``o`` then ``pageup`` in one burst with recent files
    listed (found by the storm test, seed 5).
    """

    def _move_page(self, direction: Any) -> None:
        with suppress(*_LIST_NOT_READY):
            super()._move_page(direction)
