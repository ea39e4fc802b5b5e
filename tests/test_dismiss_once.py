"""Every dialog is dismissed at most once, however fast the keys come (a storm found the
page-info screen raising ``InvalidStateError`` on a second dismiss)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.apps import explorer, settle
from tui.date_screen import DateScreen
from tui.help_screen import HelpScreen
from tui.open_screen import OpenScreen
from tui.page_info_screen import PageInfoScreen
from tui.strings import Lang


@pytest.mark.parametrize("make", ["help", "open", "page_info", "date"])
async def test_a_second_dismiss_does_nothing(make: str) -> None:
    app = explorer()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = {
            "help": lambda: HelpScreen(Lang.ZH_HANT),
            "open": lambda: OpenScreen(Lang.ZH_HANT),
            "page_info": lambda: PageInfoScreen(app.article),
            "date": lambda: DateScreen(Lang.ZH_HANT, date(2025, 1, 31)),
        }[make]()
        results: list[object] = []
        await app.push_screen(screen, results.append)
        await pilot.pause()
        screen.dismiss(None)
        screen.dismiss(None)  # the second arrives before the first has popped the screen
        await settle(pilot)
        assert results == [None]
        assert app.screen is app.screen_stack[0]


async def test_paging_a_list_before_it_is_laid_out_never_raises() -> None:
    """Textual 8.2.8 ``OptionList._move_page`` raises ``KeyError`` on a list whose options
    were just added (not laid out yet); the lists in our dialogs do not."""
    from textual.app import App
    from textual.widgets import OptionList

    from tui.safe_screens import PagingOptionList

    class Lists(App):
        def compose(self):
            yield OptionList(id="upstream")
            yield PagingOptionList(id="ours")

    app = Lists()
    async with app.run_test():
        upstream = app.query_one("#upstream", OptionList)
        ours = app.query_one("#ours", PagingOptionList)
        for options in (upstream, ours):
            options.add_options([f"keyword {i}" for i in range(30)])
        with pytest.raises(KeyError):  # if this fails, upstream fixed it: the guard can go
            upstream._move_page(1)
        ours._move_page(1)
        ours._move_page(-1)


async def test_a_mouse_down_on_a_leaving_widget_lands_on_nothing() -> None:
    """The guard of :class:`tui.safe_screens.SafeMouseDown` swallows only that one case."""
    from textual import events
    from textual.screen import Screen

    from tui.safe_screens import ExplorerScreen

    def leaving(self, event):  # what Textual 8.2.8 does when the widget's parent is gone
        raise AttributeError("'NoneType' object has no attribute 'region'")

    screen = ExplorerScreen()
    original = Screen._forward_event
    Screen._forward_event = leaving  # type: ignore[method-assign]
    try:
        down = events.MouseDown(None, 3, 4, 0, 0, 1, False, False, False)
        screen._forward_event(down)  # nothing happens
        with pytest.raises(AttributeError):
            screen._forward_event(events.MouseUp(None, 3, 4, 0, 0, 1, False, False, False))
    finally:
        Screen._forward_event = original  # type: ignore[method-assign]


async def test_a_mouse_event_over_a_widget_off_its_screen_lands_on_nothing() -> None:
    """:class:`tui.safe_screens.SafeMouseDown`: the compositor may still hold a line of a widget
    already taken off its screen (a dialog's list refilling under the pointer); rendering it for
    a mouse event raises ``NoScreen``, which only a mouse event may swallow."""
    from textual import events
    from textual.dom import NoScreen
    from textual.screen import Screen

    from tui.safe_screens import ExplorerScreen

    def off_screen(self, event):  # what Textual 8.2.8 does when the widget has left its screen
        raise NoScreen("node has no screen")

    screen = ExplorerScreen()
    original = Screen._forward_event
    Screen._forward_event = off_screen  # type: ignore[method-assign]
    try:
        screen._forward_event(events.MouseMove(None, 3, 4, 0, 0, 0, False, False, False))
        screen._forward_event(events.MouseDown(None, 3, 4, 0, 0, 1, False, False, False))
        with pytest.raises(NoScreen):
            screen._forward_event(events.Key("a", "a"))
    finally:
        Screen._forward_event = original  # type: ignore[method-assign]


async def test_a_resize_to_a_size_the_app_no_longer_has_is_not_laid_out() -> None:
    """:class:`tui.safe_screens.FollowsAppSize`: a stale ``Resize`` (Textual re-posts the
    screen's old region size after a burst of resizes) would ping-pong with the real one."""
    from textual import events
    from textual.geometry import Size

    from tests.apps import explorer, settle

    app = explorer()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        layouts = []
        original = type(screen)._screen_resized

        def counted(self, size):
            layouts.append(size)
            return original(self, size)

        type(screen)._screen_resized = counted
        try:
            screen.post_message(events.Resize(Size(300, 100), Size(300, 100)))  # stale
            await pilot.pause()
            screen.post_message(events.Resize(Size(100, 30), Size(100, 30)))  # the app's
            await pilot.pause()
        finally:
            type(screen)._screen_resized = original
        assert layouts == [Size(100, 30)]  # once, at the app's size only
        assert screen.has_class("-medium") or screen.has_class("-wide")


async def test_ctrl_p_while_the_last_palette_is_leaving_does_nothing() -> None:
    """A dismissed palette is off the stack but still registered for a moment: a new one
    with its id would raise ``DuplicateIds`` (the storm test, seed 13)."""
    from tests.apps import explorer, settle

    app = explorer()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_command_palette()
        await pilot.pause()
        leaving = app.pop_screen()  # not awaited: still registered
        app.action_command_palette()  # no DuplicateIds
        await leaving
        await pilot.pause()
        app.action_command_palette()  # and once it has left, a palette opens again
        await pilot.pause()
        assert app.screen.id == "--command-palette"


async def test_dialogs_stacked_over_dialogs_stop_at_the_limit() -> None:
    """A storm of keys that opens help over a palette over help… stacked 46 screens and ended
    the app in RecursionError (each modal renders the screens under it): the stack stops at
    MAX_SCREENS with a bell, and the app still answers."""
    from tui.app import MAX_SCREENS

    app = explorer()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for _ in range(MAX_SCREENS + 10):
            app.push_screen(HelpScreen(Lang.ZH_HANT))
            await pilot.pause()
        assert len(app.screen_stack) == MAX_SCREENS
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == MAX_SCREENS - 1


def test_a_render_nested_deeper_than_any_stack_draws_nothing_more() -> None:
    """A modal screen's render of the screens under it can loop in Textual (a background
    screen's timer resetting the list of screens mid-render); past any stack the app allows,
    the compositor draws nothing more instead of ending in RecursionError."""
    import tui.wide_cells as wide
    from tui.app import MAX_SCREENS

    assert wide._MAX_NESTED_RENDERS >= 2 * MAX_SCREENS

    class _Stub:
        cuts = [[0, 10], [0, 10]]

        def _get_renders(self, crop: object) -> object:
            raise AssertionError("no render past the limit")

    wide._nested_renders = wide._MAX_NESTED_RENDERS
    try:
        assert wide._render_chops(_Stub(), None, lambda y: True) == [{0: None}, {0: None}]  # type: ignore[arg-type]
    finally:
        wide._nested_renders = 0
