"""The help reads at every width: nothing cut with an ellipsis, keys above their line when
the box is narrow, and the reading keys scroll it (issue 12: cramped at 60 columns)."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.containers import VerticalScroll

from tests.apps import explorer, settle
from tui.help_screen import help_text
from tui.keymap import help_rows
from tui.strings import Lang


@pytest.mark.parametrize("width", [30, 46, 60, 96])
@pytest.mark.parametrize("lang", list(Lang))
def test_every_word_of_the_help_is_there_at_every_width(width: int, lang: Lang) -> None:
    rows = help_rows({}, lang)
    lines = help_text(rows, width, Style()).plain.split("\n")
    assert all(len(line) == len(line.rstrip()) for line in lines)
    joined = "".join(line.strip() for line in lines).replace(" ", "")
    for keys, what in rows:  # in order, whole
        for part in (keys, what):
            at = joined.find(part.replace(" ", ""))
            assert at >= 0, part
            joined = joined[at + len(part.replace(" ", "")) :]
    from tui.linebreak import text_width

    assert max(text_width(line) for line in lines) <= width


def test_keys_stand_beside_their_line_when_there_is_room_and_above_it_when_not() -> None:
    rows = help_rows({}, Lang.ZH_HANT)
    wide = help_text(rows, 96, Style()).plain.split("\n")
    narrow = help_text(rows, 46, Style()).plain.split("\n")
    assert wide[0].startswith("j / k") and "捲動" in wide[0]
    assert narrow[0].strip() == rows[0][0] and narrow[1].startswith("  ") and "捲動" in narrow[1]


async def test_reading_keys_scroll_the_help_at_60_by_20() -> None:
    app = explorer()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        box = app.screen.query_one("#help-box", VerticalScroll)
        assert box.max_scroll_y > 0
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert box.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert box.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("b")
        await pilot.pause()
        assert 0 < box.scroll_y < box.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert box.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert box.scroll_y > 3
        assert type(app.screen).__name__ == "HelpScreen"
