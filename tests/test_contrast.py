"""The SVG contrast checker itself (tests/contrast.py), on screenshots with known colours."""

from __future__ import annotations

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
