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


class _Grid:
    """What a terminal shows after the app's updates: a cell grid where writing over either
    half of a wide character blanks both halves, as terminals do."""

    def __init__(self, width: int, height: int) -> None:
        self.cells = [[" "] * width for _ in range(height)]

    def write(self, x: int, y: int, text: str) -> None:
        from rich.cells import cell_len

        row = self.cells[y]
        for ch in text:
            n = cell_len(ch)
            for p in range(x, min(x + n, len(row))):
                if row[p] == "":  # the right half of a wide character: its left half goes
                    row[p - 1] = " "
                elif p + 1 < len(row) and row[p + 1] == "" and cell_len(row[p]) == 2:
                    row[p + 1] = " "  # the left half: its right half goes
            if x < len(row):
                row[x] = ch
                if n == 2 and x + 1 < len(row):
                    row[x + 1] = ""
            x += n

    def play(self, data: str) -> None:
        """Play what the app writes: cursor moves (``ESC[row;colH``), styles, text, ``\\n``."""
        import re

        from rich.cells import cell_len

        x = y = 0
        for move, row, col, _style, text in re.findall(
            r"(\x1b\[(\d+);(\d+)H)|(\x1b\[[0-9;]*m)|([^\x1b]+)", data
        ):
            if move:
                x, y = int(col) - 1, int(row) - 1
            for line_no, part in enumerate(text.split("\n")):
                if line_no:
                    x, y = 0, y + 1
                if part:
                    self.write(x, y, part)
                    x += cell_len(part)

    def text(self, y: int) -> str:
        return "".join(self.cells[y])


async def test_partial_updates_under_a_notification_keep_its_hanzi_whole() -> None:
    """A pane behind a notification redraws a part of a row (its cursor moved): the update
    began inside a hanzi of the notification, so the terminal blanked it (80x24: ``n`` then
    ``c``; "DeepSeek新  型V3"). Played onto a terminal's cells, every update leaves the
    screen as the app composed it."""
    from textual._compositor import Compositor, LayoutUpdate

    grid = _Grid(80, 24)
    seen: list = []
    original = Compositor.render_update

    def recorded(self, *args, **kwargs):
        update = original(self, *args, **kwargs)
        if update is not None:
            seen.append(update)
        return update

    app = explorer()
    Compositor.render_update = recorded
    try:
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await settle(pilot)
            for key in ("n", "c", "j", "j", "n", "y"):
                await pilot.press(key)
                await settle(pilot)
                for update in seen:
                    if isinstance(update, LayoutUpdate):
                        grid = _Grid(80, 24)
                    grid.play(update.render_segments(app.console))  # what the driver writes
                seen.clear()
                strips = app.screen._compositor.render_strips()
                for y in range(24):
                    want = "".join(s.text for s in strips[y])
                    assert grid.text(y) == want.replace("\0", ""), (key, y, grid.text(y), want)
    finally:
        Compositor.render_update = original
