"""Screenshot tests. Look at every changed SVG as a picture before accepting it."""

from __future__ import annotations

from tests.apps import explorer, settle


def test_start_120x40(snap_compare) -> None:
    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=settle)


def test_start_80x24(snap_compare) -> None:
    assert snap_compare(explorer(), terminal_size=(80, 24), run_before=settle)


def test_after_toggle(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=run_before)


def test_after_choosing_an_event(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("2", "j", "j", "enter")
        await settle(pilot)

    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=run_before)


def test_after_choosing_a_blogger_and_next(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("3", "j", "j", "enter", "n")
        await settle(pilot)

    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=run_before)


def test_help_screen(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=run_before)


def test_narrow_60x20(snap_compare) -> None:
    assert snap_compare(explorer(), terminal_size=(60, 20), run_before=settle)


def test_narrow_60x20_timeline_brought_forward(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)

    assert snap_compare(explorer(), terminal_size=(60, 20), run_before=run_before)


def _follow_a_blogger(theme: str | None = None):
    async def run_before(pilot) -> None:
        await settle(pilot)
        if theme:
            pilot.app.theme = theme
        await pilot.press("3", "j", "j", "enter", "n")
        await settle(pilot)

    return run_before


def test_light_theme(snap_compare) -> None:
    """Every pane light, handles and dates readable in and out of the highlight."""
    assert snap_compare(
        explorer(), terminal_size=(120, 40), run_before=_follow_a_blogger("textual-light")
    )


def test_no_color(snap_compare, monkeypatch) -> None:
    """NO_COLOR: bold handles, underlined dates, the sentence reversed."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=_follow_a_blogger())


def test_english_60x20_folded(snap_compare) -> None:
    """--lang en, folded: every interface word English, the footer whole with its hint."""
    from tui.strings import Lang

    app = explorer()
    app.lang_chosen = Lang.EN
    app.set_reactive(type(app).lang, Lang.EN)
    assert snap_compare(app, terminal_size=(60, 20), run_before=settle)
