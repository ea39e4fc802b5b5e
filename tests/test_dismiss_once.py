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
