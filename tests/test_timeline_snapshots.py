"""Screenshots of the timeline pane, one class per feature.  Look at every changed SVG
as a picture (rsvg-convert) before accepting it."""

from __future__ import annotations

from datetime import date

from tests.apps import app_for, explorer, settle
from tests.timeline_texts import GALA, GUESSED
from tui.model.build import build_article


def _keys(*keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)

    return run_before


class TestTimelineList:
    def test_timeline_focused_120x40(self, snap_compare) -> None:
        assert snap_compare(explorer(), terminal_size=(120, 40), run_before=_keys("2"))


class TestTimelineAxis:
    def test_axis_mode_with_a_chosen_date(self, snap_compare) -> None:
        run = _keys("2", "v", *["right"] * 5)  # ≈2025-01-28 (≈2024 年底 is a row of its own)
        assert snap_compare(explorer(), terminal_size=(120, 40), run_before=run)

    def test_broken_axis_with_an_outlier_and_guesses(self, snap_compare) -> None:
        article = build_article(GALA, "gala.txt", today=date(2026, 6, 1))
        app = app_for(article)
        assert snap_compare(app, terminal_size=(120, 40), run_before=_keys("2", "v", "G"))


class TestTimelineGroupWalk:
    def test_grouped_row_after_n(self, snap_compare) -> None:
        run = _keys("2", "G", "enter", "n")
        assert snap_compare(explorer(), terminal_size=(120, 40), run_before=run)


class TestTimelineGuessed:
    def test_guessed_dates_are_marked(self, snap_compare) -> None:
        article = build_article(GUESSED, "guessed.txt", today=date(2026, 6, 1))
        app = app_for(article)
        assert snap_compare(app, terminal_size=(120, 40), run_before=_keys("2"))


class TestTimelineNarrow:
    def test_60x20_timeline_brought_forward_after_choosing(self, snap_compare) -> None:
        run = _keys("2", "j", "j", "j", "j", "enter")
        assert snap_compare(explorer(), terminal_size=(60, 20), run_before=run)

    def test_60x20_axis(self, snap_compare) -> None:
        assert snap_compare(explorer(), terminal_size=(60, 20), run_before=_keys("2", "v"))
