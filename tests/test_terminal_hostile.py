"""Hostile names, odd paths, piped input and signals, in a real pseudo-terminal (real bytes)."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import pytest

from tests.conftest import BUNDLED
from tests.terminal import Terminal
from tests.test_terminal_e2e import benign_clears

pytestmark = pytest.mark.pty  # a real terminal: run apart from the parallel tests

NAME = "名\x1b]0;PWNED-TITLE\x07剪\x1b]52;c;UFdORUQ=\x07清\x1b[2J屏.txt"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"ARTICLE_EXPLORER_CACHE": str(tmp_path / "cache")}


def in_session(sid: int) -> list[int]:
    """Live processes (not zombies) of the session ``sid`` started by ``pty.fork``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def test_a_hostile_file_name_cannot_drive_the_terminal(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / NAME
    path.write_bytes(BUNDLED.read_bytes())  # no heading line: the header shows the file name
    term = Terminal([str(path)], cols=100, rows=30, env=env)
    try:
        term.wait_for("時間線")
        term.wait_for("␛]0;PWNED-TITLE␇")  # the name is shown, its controls made visible
        term.settle()
        raw = bytes(term.raw)
        assert b"\x1b]0;PWNED" not in raw
        assert b"\x1b]52;c;" not in raw
        assert raw.count(b"\x1b[2J") <= benign_clears(env)
        term.press("q")
        assert term.wait_exit() == 0
    finally:
        term.kill()


def test_piped_article_then_keys_from_the_terminal(env: dict[str, str]) -> None:
    """``cat a.txt | article-explorer -``: keys work (read from /dev/tty) and nothing spins."""
    term = Terminal(["-"], cols=100, rows=30, env=env, stdin=BUNDLED.read_bytes())
    try:
        term.wait_for("時間線")
        term.wait_for("關鍵詞：DeepSeek")
        term.settle(0.5)
        before, start = term.cpu_seconds() or 0.0, time.monotonic()
        term.settle(1.5)
        busy = ((term.cpu_seconds() or 0.0) - before) / (time.monotonic() - start)
        assert busy < 0.5, f"the idle app used {busy:.0%} of a core"
        term.press("t")
        term.wait_for("时间线")
        assert "t" not in term.text().splitlines()[0].split("stdin")[0]  # no echo over the header
        term.press("q")
        assert term.wait_exit() == 0
    finally:
        term.kill()


@pytest.mark.parametrize("kind", ["fifo", "/dev/tty", "/dev/stdin"])
def test_the_open_dialog_refuses_what_is_not_a_regular_file(
    tmp_path: Path, env: dict[str, str], kind: str
) -> None:
    path = kind
    if kind == "fifo":
        path = str(tmp_path / "fifo")
        os.mkfifo(path)
    term = Terminal([], cols=120, rows=30, env=env)
    try:
        term.wait_for("時間線")
        term.press("o")
        term.wait_for("開啟文章")  # the open dialog, in the reader's language
        term.press(path)
        term.press("enter")
        term.wait_for("不是一般檔案")  # "…: is not a regular file", in the reader's language
        term.press("t")  # the keys still reach the app (nothing reads the terminal behind it)
        term.wait_for("时间线")
        term.press("q")
        assert term.wait_exit(10) == 0
    finally:
        term.kill()


def wait_for_child(pid: int) -> None:
    """Until the app (session ``pid``) has a child process running."""
    deadline = time.monotonic() + 20
    while len(in_session(pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(in_session(pid)) >= 2


def book(tmp_path: Path, chars: int) -> Path:
    paragraph = BUNDLED.read_text("utf-8").split("\n")[0]
    path = tmp_path / "book.txt"
    path.write_text("\n".join([paragraph] * (chars // len(paragraph) + 1)), "utf-8")
    return path


def test_quitting_never_waits_for_a_busy_worker(tmp_path: Path, env: dict[str, str]) -> None:
    """``q`` while a thread waits on a long job (words of a whole book): it leaves at once."""
    path = book(tmp_path, 3_000_000)
    term = Terminal([str(path)], cols=100, rows=30, env=env)
    try:
        term.wait_for("時間線 (", timeout=60)
        deadline = time.monotonic() + 60
        while "正在讀取全文" in term.text() and time.monotonic() < deadline:
            term.settle(0.1)  # the whole book is parsed; then its words are computed
        term.wait_for("分詞中")
        wait_for_child(term.pid)  # a thread waits for the segmentation child
        term.press("q")
        assert term.wait_exit(8) == 0
        time.sleep(0.5)
        assert in_session(term.pid) == []
    finally:
        term.kill()


def test_suspend_and_continue(env: dict[str, str]) -> None:
    """``SIGTSTP`` gives the terminal back; ``SIGCONT`` redraws, and keys work again."""
    term = Terminal([], cols=100, rows=30, env=env)
    try:
        term.wait_for("時間線")
        term.settle()
        mark = len(term.raw)
        os.kill(term.pid, signal.SIGTSTP)
        deadline, status = time.monotonic() + 10, 0
        while time.monotonic() < deadline:  # never block: a process that does not stop fails
            pid, status = os.waitpid(term.pid, os.WNOHANG | os.WUNTRACED)
            if pid:
                break
            time.sleep(0.05)
        assert os.WIFSTOPPED(status)
        term.settle(0.3)
        assert b"\x1b[?1049l" in term.raw[mark:]  # left the alternate screen: the shell is usable
        mark = len(term.raw)
        os.kill(term.pid, signal.SIGCONT)
        term.settle(0.5)
        assert b"\x1b[?1049h" in term.raw[mark:]  # back in the app's screen
        term.press("t")
        term.wait_for("时间线")
        term.press("q")
        assert term.wait_exit() == 0
    finally:
        term.kill()


@pytest.mark.parametrize("how", ["terminal closed", "signal to the app alone"])
def test_a_hang_up_ends_everything_quietly(tmp_path: Path, env: dict[str, str], how: str) -> None:
    """The SSH connection drops while words are segmented in a child: nothing stays behind.

    Closing the terminal signals its whole foreground group; a shell that is hung up
    signals only its job's leader, and then the app must take its children with it.
    """
    path = book(tmp_path, 150_000)  # not a book, but segmentation takes a while in its child
    term = Terminal([str(path)], cols=100, rows=30, env=env)
    try:
        term.wait_for("時間線", timeout=60)
        wait_for_child(term.pid)  # the app and its segmentation child
        if how == "terminal closed":
            os.close(term.fd)  # the terminal is gone: the kernel sends SIGHUP
        else:
            os.kill(term.pid, signal.SIGHUP)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, status = os.waitpid(term.pid, os.WNOHANG)
            if pid:
                term.status = os.waitstatus_to_exitcode(status)
                break
            time.sleep(0.05)
        assert term.status is not None, "the app outlived its terminal"
        time.sleep(0.5)
        assert in_session(term.pid) == []
        cache = Path(env["ARTICLE_EXPLORER_CACHE"])
        leftovers = [p.name for p in cache.iterdir()] if cache.exists() else []
        assert not [n for n in leftovers if n.startswith(".tmp-")]
        log = cache / "article-explorer.log"
        assert not log.exists() or "Traceback" not in log.read_text("utf-8")
    finally:
        for pid in in_session(term.pid):  # whatever was left behind, so other tests are not hurt
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if term.status is None:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(term.pid, 0)
            term.status = -9
        if how != "terminal closed":
            with contextlib.suppress(OSError):
                os.close(term.fd)


def test_an_ascii_output_encoding_still_draws_the_screen(env: dict[str, str]) -> None:
    """``PYTHONIOENCODING=ascii`` names Python's streams, not the terminal: the app still draws."""
    term = Terminal([], cols=100, rows=30, env={**env, "PYTHONIOENCODING": "ascii"})
    try:
        term.wait_for("時間線")
        assert b"\\u" not in term.raw  # no escaped characters instead of text
        term.press("q")
        assert term.wait_exit() == 0
    finally:
        term.kill()
