"""In a real terminal: the timeline row of a date shows the words that name it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.pty  # a real terminal: run apart from the parallel tests


def test_the_gala_row_shows_the_gala(tmp_path: Path) -> None:
    term = Terminal([], cols=120, rows=40, env={"ARTICLE_EXPLORER_CACHE": str(tmp_path)})
    try:
        term.wait_for("時間線")
        term.wait_for("2025-01-28")
        term.settle()
        rows = [line for line in term.text().splitlines() if "2025-01-28" in line]
        assert rows, term.text()
        side = rows[0][rows[0].index("2025-01-28") :]  # the timeline pane's part of the line
        assert "春晚" in side and "×2" in side, side
        term.press("q")
        assert term.wait_exit() == 0
    finally:
        term.kill()
