"""Real bytes in a real pseudo-terminal: the palette, help and open dialogs survive keys and
clicks faster than a screen can open or close (issue 9, point 8), a megabyte pasted into an
input, and mouse reports anywhere, even outside the screen after a resize.

Each test writes its burst in one ``write`` (what a fast typist or a slow SSH link delivers),
then checks the app is still running, that "unexpected error" was never shown nor logged, and
that ``q`` still quits with status 0.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.events import Click

from tests.terminal import Terminal, click, paste, sgr_mouse

pytestmark = pytest.mark.pty  # a real terminal: run apart from the parallel tests

CTRL_P = b"\x10"
PAGEDOWN = b"\x1b[6~"


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def start(cache: Path, cols: int = 100, rows: int = 30, size_env: bool = True) -> Terminal:
    term = Terminal(
        [], cols=cols, rows=rows, env={"ARTICLE_EXPLORER_CACHE": str(cache)}, size_env=size_env
    )
    # a burst's stray t (in a typed path, say) toggles the script, which the next start
    # restores: either form is the first screen
    deadline = time.monotonic() + 30
    while "時間線" not in term.text() and "时间线" not in term.text():
        assert time.monotonic() < deadline, f"no first screen:\n{term.text()}"
        term.pump(0.05)
    return term


def assert_survived(term: Terminal, cache: Path, seconds: float = 2.0) -> None:
    """Still running after ``seconds``, no error shown or logged, and ``q`` quits with 0."""
    term.pump(seconds)
    assert term.exited(0.05) is None, term.text()
    assert "unexpected error" not in term.text().lower(), term.text()
    assert term.quit() == 0, term.text()
    assert b"unexpected error" not in bytes(term.raw).lower()
    assert b"Traceback" not in term.raw
    log = cache / "article-explorer.log"
    assert not log.exists() or "unexpected error" not in log.read_text(encoding="utf-8")


def burst(cache: Path, data: bytes, rounds: int = 4) -> None:
    """``data`` in one write, ``rounds`` times (early while words load, later when idle), each
    followed by escapes with pauses that close whatever it left open."""
    term = start(cache)
    try:
        for _ in range(rounds):
            term.write(data)
            term.pump(0.5)
            for _ in range(2):
                term.write(b"\x1b")
                term.pump(0.3)  # a lone escape needs a pause before the next key
        assert_survived(term, cache, 1.0)
    finally:
        term.kill()


# ---- point 8: the palette, help and the open dialog -------------------------------------------


def test_palette_then_pagedown_in_one_write(cache: Path) -> None:
    # Textual 8.2.8 OptionList._move_page: KeyError while the palette fills its list
    burst(cache, CTRL_P + PAGEDOWN * 3)


def test_page_info_then_pageup_in_one_write(cache: Path) -> None:
    # Textual 8.2.8 OptionList._move_page: KeyError in the keyword list before it is laid out
    # (found by the storm test, seed 16)
    burst(cache, b"i" + b"\x1b[5~" * 3 + b"\x1b[6~" * 3)


def test_clicks_on_a_dialog_as_it_closes(cache: Path) -> None:
    # Textual 8.2.8 Screen._forward_event: a MouseDown on a widget whose parent is already
    # gone reads None.region (found by the storm test, seeds 10 and 14)
    for keys in (b"i", b"o", CTRL_P, b"?"):
        burst(cache, keys + (b"\x1b" + click(40, 12) + click(40, 14)) * 3)


def test_palette_then_a_click_on_the_background(cache: Path) -> None:
    # the first click dismisses the palette; the next arrives before it is gone (ScreenStackError)
    burst(cache, CTRL_P + click(5, 28) + click(60, 28))


def test_palette_then_a_double_click_on_the_background(cache: Path) -> None:
    # the click dismisses the palette; the second dismisses it again (ScreenStackError)
    burst(cache, CTRL_P + click(5, 28, times=2) + CTRL_P + click(50, 3, times=2))


def test_palette_twice_with_help_in_between(cache: Path) -> None:
    # a palette dismissed by a click while its search worker runs: the worker's query for the
    # command list raised NoMatches (WorkerFailed), and a help or palette opened meanwhile
    # stacked on a screen being popped (ScreenStackError)
    burst(cache, b"?" + CTRL_P + click(5, 28) + b"?" + CTRL_P)
    burst(cache, (CTRL_P + b"?" + CTRL_P) * 3)


async def test_no_second_palette_above_help_above_a_palette() -> None:
    """Textual's own check sees only the top screen (help) and pushes a second palette with
    the same id (DuplicateIds '--command-palette'); the storm reached that order of screens."""
    from textual.command import CommandPalette

    from tests.apps import explorer, settle
    from tui.help_screen import HelpScreen

    app = explorer()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_command_palette()
        await pilot.pause()
        await app.push_screen(HelpScreen(app.script))
        await pilot.pause()
        app.action_command_palette()
        await pilot.pause()
        assert sum(isinstance(s, CommandPalette) for s in app.screen_stack) == 1


def test_help_opened_and_closed_in_one_burst(cache: Path) -> None:
    # closed before it mounted: its on_mount queried '#help-box' after teardown (NoMatches)
    burst(cache, b"??" * 20 + b"?q" + b"?" + click(5, 28, times=2))


def test_open_dialog_submitted_and_cancelled_in_one_burst(cache: Path, tmp_path: Path) -> None:
    # enter and escape (or a double click and enter) before the first dismissal has popped it
    missing = str(tmp_path / "missing.txt").encode()
    burst(cache, (b"o" + missing + b"\r\x1b") * 3 + b"o" + missing + b"\r\r" + b"o\x1b\r")
    burst(cache, b"o" + click(5, 28, times=2) + missing + b"\r\r\x1b")


# ---- the "Also" items: a megabyte pasted, mouse reports anywhere -------------------------------


@pytest.mark.parametrize("opener", [b"o", CTRL_P], ids=["open-dialog", "palette"])
def test_a_megabyte_pasted_into_an_input(cache: Path, opener: bytes) -> None:
    text = "長文貼上abc" * 80000  # 1.2 MB in UTF-8
    assert len(text.encode()) > 1 << 20
    term = start(cache)
    try:
        term.write(opener)
        term.pump(1.0)
        term.write(paste(text), timeout=120)
        term.wait_for("長文貼上abc", timeout=60)  # the paste reached the input
        # keys typed after it stay cheap (each key redrew the whole megabyte: minutes for these)
        term.write(b"abcdefghij" * 200)
        assert_survived(term, cache, 3.0)
    finally:
        term.kill()


def test_mouse_reports_anywhere_even_outside_after_a_resize(cache: Path) -> None:
    import random

    rng = random.Random(9)
    term = start(cache, cols=100, rows=30, size_env=False)
    try:
        for cols, rows in [(100, 30), (40, 10), (1, 1), (120, 40)]:
            term.resize(cols, rows)
            term.pump(0.3)
            reports = b"".join(
                sgr_mouse(rng.choice([0, 1, 2, 32, 35, 64, 65]), x, y, rng.random() < 0.5)
                for x, y in (
                    (rng.randint(0, 400), rng.randint(0, 200)) for _ in range(300)
                )  # 0 and far beyond the screen: outside it
            )
            term.write(reports + click(cols + 50, rows + 50, times=2) + click(99, 29))
        assert_survived(term, cache)
    finally:
        term.kill()


async def test_a_click_on_a_palette_line_whose_option_is_gone() -> None:
    """The list was refilled between drawing a line and the click on it (Textual 8.2.8
    ``OptionList._on_click`` raised ``IndexError``; found by the storm test)."""
    from rich.style import Style
    from textual.command import CommandList

    from tests.apps import explorer, settle

    app = explorer()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        command_list = app.screen.query_one(CommandList)
        stale = Style(meta={"option": command_list.option_count + 5})
        command_list.post_message(Click(command_list, 1, 1, 0, 0, 1, False, False, False, 10, 5, stale))
        await pilot.pause(0.3)
        assert app.is_running


async def test_a_click_outside_the_screen_on_the_palette() -> None:
    """A click reported outside the screen (Textual 8.2.8 ``NoWidget``; found by the storm)."""
    from tests.apps import explorer, settle

    app = explorer()
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        app.screen.post_message(Click(None, 69, 28, 0, 0, 1, False, False, False, 69, 28))
        await pilot.pause(0.3)
        assert app.is_running


async def test_the_theme_chooser_is_the_guarded_palette() -> None:
    """Textual's ``search_themes`` pushed a plain ``CommandPalette`` (storm: NoMatches)."""
    from tests.apps import explorer, settle
    from tui.safe_screens import ExplorerPalette

    app = explorer()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.search_themes()
        await pilot.pause(0.3)
        assert isinstance(app.screen, ExplorerPalette)
        await pilot.press("escape")


