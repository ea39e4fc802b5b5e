"""The side panes fold and unfold with the window's width as it is now, not as it was."""

from __future__ import annotations

from tests.apps import explorer, settle


async def test_the_fold_follows_every_resize() -> None:
    app = explorer()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        base = app.screen_stack[0]
        assert base.has_class("-folded") and app.folded
        for width, folded in ((120, False), (60, True), (80, False), (79, True), (120, False)):
            await pilot.resize_terminal(width, 30)
            await settle(pilot)
            assert base.has_class("-folded") is folded, width
            assert app.folded is folded, width
