"""Screenshots of find and page info. Look at every changed SVG as a picture before accepting it."""

from __future__ import annotations

from tests.apps import explorer, settle
from tui.model.scripts import Script


class TestFind:
    def test_hits_marked_and_counted(self, snap_compare) -> None:
        async def run_before(pilot) -> None:
            await settle(pilot)
            await pilot.press("slash", *"deepseek", "enter", "n")
            await settle(pilot)

        assert snap_compare(explorer(), terminal_size=(120, 40), run_before=run_before)

    def test_a_traditional_query_in_the_simplified_view_80x24(self, snap_compare) -> None:
        async def run_before(pilot) -> None:
            await settle(pilot)
            await pilot.press("slash", *"春節")
            await settle(pilot)

        app = explorer(Script.SIMPLIFIED)  # words arrive as in the app: the first report is seen
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


class TestPageInfo:
    def test_page_info(self, snap_compare) -> None:
        async def run_before(pilot) -> None:
            await settle(pilot)
            await pilot.press("i")
            await settle(pilot)

        assert snap_compare(explorer(), terminal_size=(120, 40), run_before=run_before)
