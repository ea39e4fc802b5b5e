"""The SVG contrast checker itself (tests/contrast.py), on screenshots with known colours."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from tests.contrast import ratio, runs, sixteen_colour, text_runs, too_faint


def test_wcag_ratios() -> None:
    assert ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert ratio((18, 18, 18), (18, 18, 18)) == pytest.approx(1)
    assert ratio((0x77, 0x77, 0x77), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert ratio((255, 255, 255), (0x77, 0x77, 0x77)) == ratio((0x77, 0x77, 0x77), (255, 255, 255))


def test_sixteen_colours_are_the_vga_palette() -> None:
    assert sixteen_colour((0x12, 0x12, 0x12)) == (0, 0, 0)
    assert sixteen_colour((250, 250, 250)) == (255, 255, 255)
    assert sixteen_colour((0xF4, 0x00, 0x5F)) in {(170, 0, 0), (255, 85, 85), (170, 0, 170)}


class _Swatches(App[None]):
    CSS = """
    Screen { background: #121212; }
    #faint { color: #444444; background: #121212; }
    #clear { color: #e0e0e0; background: #121212; }
    #split { color: #000000; background: #ffffff; width: 8; }
    """

    def compose(self) -> ComposeResult:
        yield Static("faint 淡", id="faint")
        yield Static("clear 清", id="clear")
        yield Static("white", id="split")


async def test_runs_pair_text_with_its_background() -> None:
    app = _Swatches()
    async with app.run_test(size=(20, 4)) as pilot:
        await pilot.pause()
        svg = app.export_screenshot()
    found = {r.text.strip(): r for r in text_runs(svg)}
    assert found["faint 淡"].fg == (0x44, 0x44, 0x44) and found["faint 淡"].bg == (18, 18, 18)
    assert found["clear 清"].ratio > 14
    assert found["white"].bg == (255, 255, 255) and found["white"].ratio == pytest.approx(21)
    assert [r.text.strip() for r in too_faint(svg)] == ["faint 淡"]
    assert all(r.line in (0, 1, 2) for r in runs(svg))


# ---- the app's screens ---------------------------------------------------------------------

SNAPSHOTS = Path(__file__).parent / "__snapshots__" / "test_snapshots"
#: The timeline pane's and axis's snapshots (tests/test_timeline_snapshots.py) are checked too.
TIMELINE_SNAPSHOTS = SNAPSHOTS.parent / "test_timeline_snapshots"
#: Behind a modal dialog the screen is dimmed on purpose (inactive: WCAG does not count it);
#: the dialog itself is checked live below.
BEHIND_A_DIALOG = {"test_help_screen.svg"}


@pytest.mark.parametrize(
    "name",
    sorted(
        str(p.relative_to(SNAPSHOTS.parent))
        for p in (*SNAPSHOTS.glob("*.svg"), *TIMELINE_SNAPSHOTS.glob("*.svg"))
        if p.name not in BEHIND_A_DIALOG
    ),
)
@pytest.mark.parametrize("sixteen", [False, True], ids=["truecolor", "16-colour"])
def test_every_snapshot_reads_at_4_5_to_1(name: str, sixteen: bool) -> None:
    """Dark, light, NO_COLOR, narrow, English and timeline snapshots, as drawn and at 16
    colours."""
    svg = (SNAPSHOTS.parent / name).read_text("utf-8")
    assert text_runs(svg), name
    low = too_faint(svg, sixteen=sixteen)
    assert not low, "\n".join(str(r) for r in low[:10])


def test_the_snapshots_cover_dark_light_and_no_color() -> None:
    names = {p.name for p in SNAPSHOTS.glob("*.svg")}
    assert {"test_after_choosing_a_blogger_and_next.svg", "test_light_theme.svg"} <= names
    assert "test_no_color.svg" in names


#: Drawn and measured: the default pair, two with unusual backgrounds, and the two that draw
#: on the terminal's own colours.  Every theme's colours are checked by number in
#: :func:`test_every_themes_reading_colours_read`.
THEMES = ["textual-dark", "textual-light", "nord", "gruvbox", "ansi-dark", "ansi-light"]


def _inside(runs_: list, region) -> list:
    return [
        r for r in runs_
        if region.y <= r.line < region.bottom and region.x <= r.column < region.right
    ]  # fmt: skip


@pytest.mark.parametrize("theme", THEMES)
async def test_live_screens_read_in_every_theme(theme: str) -> None:
    """Chosen event, followed blogger, focused lists, help: every run, as drawn and at 16."""
    from tests.apps import explorer, settle

    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.theme = theme
        await settle(pilot)
        shots = []
        for keys in (("2", "j", "j", "enter"), ("3", "j", "enter", "n"), ("1", "t")):
            await pilot.press(*keys)
            await settle(pilot)
            shots.append((keys, app.export_screenshot(), None))
        await pilot.press("question_mark")
        await settle(pilot)
        box = app.screen.query_one("#help-box").region
        shots.append((("?",), app.export_screenshot(), box))
    sixteens = (False, True) if theme.startswith("textual") else (False,)
    for keys, svg, region in shots:
        for sixteen in sixteens:
            found = text_runs(svg, sixteen=sixteen)
            if region is not None:
                found = _inside(found, region)
            if theme.startswith("ansi"):
                # the terminal's own colours (ansi_default, also swapped by reverse): only the
                # terminal knows them, and the screenshot guesses a dark terminal's; every
                # pair of the app's own colours is checked
                own = {
                    Counter(r.fg for r in found).most_common(1)[0][0],
                    Counter(r.bg for r in found).most_common(1)[0][0],
                }
                found = [r for r in found if r.fg not in own and r.bg not in own]
            low = sorted((r for r in found if r.ratio < 4.5), key=lambda r: r.ratio)
            assert not low, f"{theme} {keys} sixteen={sixteen}\n" + "\n".join(map(str, low[:8]))


def test_every_themes_reading_colours_read() -> None:
    """Each colour of text against each ground it is drawn on, in every theme Textual has."""
    from textual.app import App
    from textual.color import Color

    from tui.colours import MINIMUM, contrast, reading_colours

    pairs = [
        ("text", "sentence"), ("text", "cursor"), ("text", "cursor-focus"), ("text", "chrome"),
        ("handle", "sentence"), ("handle", "cursor"), ("handle", "chrome"),
        ("date", "sentence"), ("date", "cursor"), ("date", "chrome"),
        ("on-key", "key"), ("on-find", "find"), ("on-find-current", "find-current"),
        ("on-mention", "mention"),
    ]  # fmt: skip
    for name, theme in App().available_themes.items():
        colours = reading_colours(theme)
        for fg, bg in pairs:
            a, b = colours[f"reader-{fg}"], colours[f"reader-{bg}"]
            if "ansi" in a or "ansi" in b:
                continue  # the terminal's own colour: only the terminal knows it
            ratio = contrast(Color.parse(a), Color.parse(b))
            assert ratio >= MINIMUM, f"{name}: {fg} {a} on {bg} {b}: {ratio:.2f}"
