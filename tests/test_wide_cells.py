"""Hanzi in a widget in front of others (a notification over a pane's edge) stay whole."""

from __future__ import annotations

from textual.widgets._toast import Toast

from tests.apps import explorer, settle


def _rows(app, region) -> list[str]:
    strips = app.screen._compositor.render_strips()
    return ["".join(s.text for s in strips[y].crop(region.x, region.right)) for y in range(region.y, region.bottom)]


async def test_a_notification_over_the_panes_edge_keeps_every_hanzi() -> None:
    """``y`` copies the first sentence; its notification crosses the border between the text
    and the side column, where a hanzi straddled the cut and was drawn as two spaces."""
    app = explorer()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        [toast] = app.screen.query(Toast)
        assert toast.region.x < 76 < toast.region.right  # it does cross the pane's edge
        shown = "".join(_rows(app, toast.region))
        assert "DeepSeek在這個春節假期卷翻了硅谷" in shown, shown
