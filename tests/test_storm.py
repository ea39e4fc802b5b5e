"""The storm: real bytes in a real pseudo-terminal, as an attacker or a cat on the keyboard.

Keys, SGR clicks and wheel events anywhere (also outside the screen), bracketed pastes, the
palette (``ctrl+p``), ``o``, ``?`` and real resizes (``TIOCSWINSZ`` + ``SIGWINCH``; the child
has no ``COLUMNS``/``LINES``, which Textual would prefer to the terminal's size), written in
bursts.  No crash ("unexpected error" never on screen, in the raw output or in the log), no
hang, and ``q`` quits at the end.  ``make fuzz`` runs ``STORM_SEEDS`` (20) seeds of 2,000
events, split by ``STORM_SHARD`` (``k/n``) over two processes; CI runs it after ``make test``
(which runs none: the storm takes minutes).

Random letters and ``enter`` in the palette can choose "Quit", and a click can land on the
footer's ``q``: a clean exit (status 0, no error) mid-storm starts the app again.
"""

from __future__ import annotations

import contextlib
import os
import random
import time
from pathlib import Path

import pytest

from tests.terminal import Terminal, click, paste, sgr_mouse

pytestmark = pytest.mark.pty  # a real terminal: run apart from the parallel tests

EVENTS = 2000
CPU_BUDGET = 90.0  # seconds of the app's own CPU time for the backlog after a storm
SEEDS = int(os.environ.get("STORM_SEEDS", "0"))  # `make fuzz` sets 20; see README
_SHARD, _SHARDS = (int(n) for n in os.environ.get("STORM_SHARD", "0/1").split("/"))

KEYS = [
    *"abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789?",
    "\r", "\t", "\x1b[Z", "\x1b", " ", "\x7f", "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D",
    "\x1b[5~", "\x1b[6~", "\x1b[H", "\x1b[F", "\x1bOA", "\x1b[1;5C", "\x1b[3~", "\x1b[2~",
    "\x10", "\x10", "o", "o", "?", "t", "n", "N", "1", "2", "3", "g", "G", "j", "k",
]  # fmt: skip
SIZES = [(1, 1), (2, 2), (10, 3), (40, 12), (79, 24), (80, 24), (120, 40), (300, 100)]
PASTES = ["長文貼上", "@闌夕 2025年1月", "[bold]x[/]", "\x1b[2J", "a\nb\r\nc", "/etc/passwd", "\x00"]


def storm(rng: random.Random, cols: int, rows: int):
    """``(bytes, size)`` bursts of about ``EVENTS`` events; ``size`` is a resize or ``None``."""
    left = EVENTS
    while left > 0:
        n = min(left, rng.randint(1, 40))
        left -= n
        chunk = bytearray()
        size = None
        for _ in range(n):
            roll = rng.random()
            if roll < 0.60:
                chunk += rng.choice(KEYS).encode()
            elif roll < 0.75:  # a click, a double click or a release anywhere, even far outside
                x, y = rng.randint(0, cols + 30), rng.randint(0, rows + 10)
                chunk += rng.choice([click(x, y), click(x, y, 2), sgr_mouse(0, x, y, False)])
            elif roll < 0.90:  # the wheel, up or down
                x, y = rng.randint(0, cols + 30), rng.randint(0, rows + 10)
                chunk += sgr_mouse(rng.choice([64, 65]), x, y)
            elif roll < 0.98:  # a bracketed paste, now and then a long one
                text = rng.choice(PASTES) * (rng.choice([1, 1, 1, 200, 5000]))
                chunk += paste(text)
            else:
                size = rng.choice(SIZES)
        yield bytes(chunk), size


def failure(term: Terminal, log: Path) -> str | None:
    """Why the run counts as a crash, or ``None``."""
    if "unexpected error" in term.text().lower():
        return "unexpected error on screen"
    if b"unexpected error" in bytes(term.raw).lower() or b"Traceback" in term.raw:
        return "unexpected error in the output"
    if log.exists():
        logged = log.read_text(encoding="utf-8", errors="replace")
        if "unexpected error" in logged:
            return "unexpected error logged:\n" + logged[logged.index("unexpected error") :][:3000]
    return None


@pytest.mark.parametrize("seed", [s for s in range(SEEDS) if s % _SHARDS == _SHARD])
def test_storm_then_quit(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    cache = tmp_path / "cache"
    log = cache / "article-explorer.log"
    cols, rows = 100, 30

    def launch() -> Terminal:
        env = {"ARTICLE_EXPLORER_CACHE": str(cache)}
        term = Terminal([], cols=cols, rows=rows, env=env, size_env=False)
        # A start after a clean quit mid-storm restores the remembered script: either form.
        deadline = time.monotonic() + 60
        while "時間線" not in term.text() and "时间线" not in term.text():
            assert time.monotonic() < deadline, f"seed {seed}: no first screen\n{term.text()}"
            term.pump(0.05)
            assert term.exited(0) is None, f"seed {seed}: ended at start\n{term.text()}"
        return term

    term = launch()
    restarts = 0
    try:
        for data, size in storm(rng, cols, rows):
            try:
                if data:
                    term.write(data)
                if size is not None:
                    cols, rows = size
                    term.resize(cols, rows)
                term.pump(0.03)  # a short breath between bursts: bursts stay bursts
            except (EOFError, OSError):
                pass  # ended: judged below
            status = term.exited(0)
            if status is not None:
                why = failure(term, log)
                assert status == 0 and why is None, f"seed {seed}: {why or status}\n{term.text()}"
                restarts += 1  # a clean quit (palette "Quit", a click on the footer's q)
                assert restarts < 50, "the storm quits too often to test anything"
                cols, rows = 100, 30
                term = launch()
        term.pump(1.0)
        # No hang: the backlog the storm leaves (events written faster than a loaded machine
        # lets the app answer them) drains within a budget of the app's own CPU time, the same
        # on any machine; alone it takes 0-10 s of CPU.  A loop would spend the budget.
        if term.exited(0.05) is None:
            with contextlib.suppress(OSError):  # a storm may end at 1x1: give q a screen
                term.resize(100, 30)
            cpu, wall, idle = term.drain(cpu_budget=CPU_BUDGET, wall_limit=900)
            assert idle, f"seed {seed}: still busy after {cpu:.0f} s of its CPU ({wall:.0f} s)\n{term.text()}"
        status = term.exited(0.5)
        if status is not None:  # the backlog's last events chose "Quit": start again to test q
            why = failure(term, log)
            assert status == 0 and why is None, f"seed {seed}: {why or status}\n{term.text()}"
            cols, rows = 100, 30
            term = launch()
        assert failure(term, log) is None, f"seed {seed}: {failure(term, log)}\n{term.text()}"
        started = time.monotonic()
        status = term.quit(timeout=30)  # then escape, escape, q are answered at once
        assert status == 0, f"seed {seed}: no clean quit ({status}) after {time.monotonic() - started:.1f} s\n{term.text()}"
        assert failure(term, log) is None, f"seed {seed}: {failure(term, log)}"
    finally:
        term.kill()
