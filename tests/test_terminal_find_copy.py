"""Find and copy in a real pseudo-terminal: keys typed fast, escape, and the OSC 52 bytes."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.pty  # a real terminal: run apart from the parallel tests


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"ARTICLE_EXPLORER_CACHE": str(tmp_path / "cache"), "XDG_STATE_HOME": str(tmp_path)}


def test_a_fast_find_then_copy_reaches_the_clipboard(env: dict[str, str]) -> None:
    term = Terminal([], cols=100, rows=30, env=env)
    try:
        term.wait_for("時間線")
        term.press("/数字\ry")  # one write, as fast as a paste: y must not land in the query
        term.wait_for("1/1")
        term.settle()
        assert "数字y" not in term.text() and "搜尋 / 数字" in term.text()
        term.press("y")  # the sentence of the hit the reader is at, through OSC 52
        term.settle()
        raw = bytes(term.raw)
        start = raw.rindex(b"\x1b]52;c;") + len(b"\x1b]52;c;")
        copied = base64.b64decode(raw[start : raw.index(b"\x07", start)]).decode("utf-8")
        assert "@數字生命卡茲克" in copied and copied.startswith("比如很多網友")
        term.press("q")
        assert term.wait_exit() == 0
    finally:
        term.kill()


def test_escape_ends_the_find_and_keys_go_back_to_the_text(env: dict[str, str]) -> None:
    term = Terminal([], cols=100, rows=30, env=env)
    try:
        term.wait_for("時間線")
        term.press("/")
        term.press("AI")
        term.wait_for("/40")
        term.press("escape")
        time.sleep(0.3)  # a lone ESC needs a pause before the next key
        term.press("t")
        term.wait_for("时间线")
        assert "/40" not in term.text()
        term.press("q")
        assert term.wait_exit() == 0
    finally:
        term.kill()
