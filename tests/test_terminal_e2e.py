"""End to end in a real pseudo-terminal: real key bytes in, the screen and exit status out."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.pty  # a real terminal: run apart from the parallel tests


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"ARTICLE_EXPLORER_CACHE": str(tmp_path / "cache")}


def test_keys_reach_the_app_and_it_quits_cleanly(env: dict[str, str]) -> None:
    term = Terminal([], cols=100, rows=30, env=env)
    try:
        term.wait_for("時間線")
        term.wait_for("關鍵詞：DeepSeek")  # the words worker finished
        term.press("t")
        term.wait_for("时间线")
        assert "繁" not in term.text().splitlines()[0]
        term.press("tab")  # focus the timeline: its footer key appears
        term.wait_for("⏎ 跳到")  # in the script on screen (Simplified after t)
        term.press("G")
        term.press("enter")  # the last date: the holiday week, named three times
        term.wait_for("1/3")
        term.press("n")
        term.press("n")  # its third mention: 春节期间 …
        term.wait_for("3/3")
        term.wait_for("春节期间,我们看到了大量普通人")
        term.press("q")
        assert term.wait_exit() == 0
    finally:
        term.kill()


HOSTILE = (
    "正文第一段[bold]不是粗體[/bold][@click=app.quit]點我[/]，[link=file:///etc/passwd]x[/link]。\n"
    "清屏\x1b[2J之後\x1b]52;c;UFdORUQ=\x07剪貼簿\x1b]0;PWNED-TITLE\x07標題\x1b]8;;http://evil/\x1b\\鏈接\x1b]8;;\x1b\\。\n"
    "退格\x08\x08和回車\r覆蓋\u202e反向\u2066。\n"
)


def benign_clears(env: dict[str, str]) -> int:
    """How many screen clears the app itself writes when showing a harmless article."""
    term = Terminal([], cols=100, rows=30, env=env)
    try:
        term.wait_for("時間線")
        term.settle()
        return bytes(term.raw).count(b"\x1b[2J")
    finally:
        term.kill()


def test_article_cannot_drive_the_terminal(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "hostile.txt"
    path.write_bytes(HOSTILE.encode("utf-8"))
    before = path.read_bytes()
    term = Terminal([str(path)], cols=100, rows=30, env=env)
    try:
        term.wait_for("[bold]不是粗體[/bold][@click=app.quit]點我[/]")
        term.wait_for("清屏之後")
        term.settle()
        raw = bytes(term.raw)
        assert raw.count(b"\x1b[2J") <= benign_clears(env)  # no screen clear from the article
        assert b"\x1b]52" not in raw
        assert b"PWNED" not in raw
        assert b"UFdORUQ=" not in raw
        assert b"evil" not in raw
        assert "\u202e".encode() not in raw
        term.press("q")
        assert term.wait_exit() == 0
    finally:
        term.kill()
    assert path.read_bytes() == before  # the app never writes to the file it opened
    assert not any(p.name != "hostile.txt" for p in tmp_path.iterdir() if p.name != "cache")
    assert os.listdir(tmp_path / "cache")  # the cache went to the cache directory


STORM = [
    *"abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789?",
    "up", "down", "pageup", "pagedown", "tab", "shift+tab", "enter", "escape", "space",
    "\x1b[C", "\x1b[D", "\x1b[H", "\x1b[F", "\x1bOA", "\x1b[1;5C", "\x1b[3~",
]  # fmt: skip


@pytest.mark.parametrize("seed", [2025, 7])
def test_2000_random_keys_then_quit(env: dict[str, str], seed: int) -> None:
    rng = random.Random(seed)
    term = Terminal([], cols=100, rows=30, env=env)
    try:
        term.wait_for("時間線")
        for i in range(2000):
            term.press(rng.choice(STORM))
            if i % 50 == 49:
                term.settle(0.02)  # let the app read; a person types in bursts too
        term.settle(0.5)
        assert term.exited(0.1) is None, term.text()  # still running after the storm
        deadline = time.monotonic() + 20
        while term.status is None and time.monotonic() < deadline:
            for key in ("escape", "escape", "escape", "q"):  # close dialogs, then quit
                if term.exited(0.2) is None:
                    term.press(key)
        log = Path(env["ARTICLE_EXPLORER_CACHE"]) / "article-explorer.log"
        logged = log.read_text("utf-8", "replace") if log.exists() else "(nothing logged)"
        assert term.status == 0, f"{term.text()}\n--- log ---\n{logged}"
        assert b"Traceback" not in term.raw
    finally:
        term.kill()
