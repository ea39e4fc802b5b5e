"""Shared fixtures: the bundled article, and cache and config directories that are never the user's."""

from __future__ import annotations

import gc
import itertools
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "assets" / "deepseek-breakout.zh-Hant.txt"
#: The environment variable naming the test session's word directory (see ``tests/apps.py``).
SESSION_WORDS = "ARTICLE_EXPLORER_TEST_WORDS"
_SESSION_WORDS_MADE = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """One word directory for the whole session: made before the xdist workers start, so they
    (and the pytest runs that tests start) inherit it and segment each text only once."""
    if SESSION_WORDS not in os.environ:
        path = tempfile.mkdtemp(prefix="article-explorer-test-words-")
        os.environ[SESSION_WORDS] = path
        config.stash[_SESSION_WORDS_MADE] = path


def pytest_collection_finish(session: pytest.Session) -> None:
    """Leave what collection loaded (Textual, the model's modules, every test module) out of the
    cyclic collector's scans, as the app does with what its start-up made (``tui.startup``).

    Each Pilot test makes and drops an app full of cycles; the collector runs often, and
    every full run walked all those long-lived objects again: a third of the pass's CPU.
    The apps themselves stay collectable.
    """
    gc.collect()
    gc.freeze()


def pytest_unconfigure(config: pytest.Config) -> None:
    path = config.stash.get(_SESSION_WORDS_MADE, None)
    if path is not None:
        os.environ.pop(SESSION_WORDS, None)
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def _fresh_dir(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """A maker of new paths, each test's own, under one directory of the session.

    ``tmp_path_factory.mktemp`` lists the whole base directory to number each new one: three
    per test made that quadratic, and setting up a test cost more than running most.  The
    directories are not made: the program makes its cache, state and config directories
    when it first writes (as on a new machine), and most tests never write (three ``mkdir``
    per test were a second of system time a pass).
    """
    root = tmp_path_factory.mktemp("private")
    counter = itertools.count()

    def fresh(kind: str) -> Path:
        return root / f"{kind}{next(counter)}"

    return fresh


@pytest.fixture(autouse=True)
def _private_cache(_fresh_dir: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    path = _fresh_dir("cache")
    monkeypatch.setenv("ARTICLE_EXPLORER_CACHE", str(path))
    return path


@pytest.fixture(autouse=True)
def _private_state(_fresh_dir: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """Remembered places go to a fresh directory: no test reads or writes the user's."""
    path = _fresh_dir("state")
    monkeypatch.setenv("XDG_STATE_HOME", str(path))
    return path / "article-explorer"


@pytest.fixture(autouse=True)
def _private_config(_fresh_dir: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """``$XDG_CONFIG_HOME`` for the test: the user's own keymap never changes a test."""
    path = _fresh_dir("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path))
    return path


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _no_logged_errors(request: pytest.FixtureRequest) -> Iterator[list[logging.LogRecord]]:
    """Fail any test during which the app logged an error, though the app went on.

    The app turns an exception in a handler into a notification and a log line and keeps
    answering, so without this a Pilot test would pass while a handler raises on every call.
    A test that provokes errors on purpose says so with ``@pytest.mark.logs_errors`` and can
    read them from this fixture.
    """
    handler = _Collect()
    log = logging.getLogger("article_explorer")
    log.addHandler(handler)
    try:
        yield handler.records
    finally:
        log.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("logs_errors") is None:
        lines = []
        for r in handler.records:
            error = r.exc_info[1] if r.exc_info else None
            lines.append(
                f"{r.getMessage()}: {type(error).__name__}: {error}" if error else r.getMessage()
            )
        pytest.fail("the app logged errors:\n" + "\n".join(lines), pytrace=False)


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return BUNDLED.read_text("utf-8")


@pytest.fixture(scope="session")
def bundled_article():
    from tui.model.load import load_article

    return load_article(BUNDLED)


os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


def _quicker_pilot_idle(step: float = 0.002) -> None:
    """Let Pilot tell that the app is idle in 2 ms steps instead of Textual's 20 ms.

    ``Pilot.press`` waits for idle twice per key and ``Pilot.pause()`` once, each time
    sleeping in steps until a whole step passes with (almost) no CPU used: at least 40 ms
    a key, 20 ms a pause, though the app's work for a key takes a few.  That sleeping was
    over half of the Pilot tests' wall time.  Idle still means the same (under 5% of a
    step spent on the CPU), and every pending message is still waited for by Pilot's own
    ``_wait_for_screen``, so the tests see the same screens sooner.
    """
    import textual._wait as wait

    if hasattr(wait, "SLEEP_GRANULARITY") and hasattr(wait, "SLEEP_IDLE"):
        ratio = wait.SLEEP_IDLE / wait.SLEEP_GRANULARITY
        wait.SLEEP_GRANULARITY = step
        wait.SLEEP_IDLE = step * ratio
        defaults = wait.wait_for_idle.__defaults__
        if defaults and len(defaults) == 2:  # min_sleep took the old step when it was defined
            wait.wait_for_idle.__defaults__ = (step, defaults[1])


_quicker_pilot_idle()


def _css_parsed_once() -> None:
    """Parse each piece of CSS once per test process rather than once per app.

    Every app parses its stylesheet and every widget class's default CSS afresh (its own
    cache lives and dies with it): a seventh of what starting an app costs, in each of the
    hundreds of apps the tests start.  The rules parsed depend only on the CSS, where it was
    read from, its scope and the theme's variables, all of them in this cache's key, and no
    one changes rules once parsed, so every app gets the rules its own parse would give.
    """
    from textual.css.stylesheet import Stylesheet

    parse = Stylesheet._parse_rules
    if getattr(parse, "_shared", False):
        return
    parsed: dict[tuple, list] = {}

    def shared(self, css, read_from, is_default_rules=False, tie_breaker=0, scope=""):  # type: ignore[no-untyped-def]
        variables = frozenset(self._variables.items())
        key = (css, read_from, is_default_rules, tie_breaker, scope, variables)
        if key not in parsed:
            parsed[key] = parse(self, css, read_from, is_default_rules, tie_breaker, scope)
        return parsed[key]

    shared._shared = True  # type: ignore[attr-defined]
    Stylesheet._parse_rules = shared  # type: ignore[method-assign]


_css_parsed_once()


def _steady_cursors() -> None:
    """Text fields' cursors do not blink in tests.

    A blinking cursor is shown or hidden by a half-second timer, so a screenshot taken after
    typing showed it or not by how long the machine took to get there: a find bar's snapshot
    failed on a loaded machine and passed alone.  Without the blink the cursor stands where
    the typing left it, in every run.
    """
    from textual.widgets import Input

    mount = Input._on_mount
    if getattr(mount, "_steady", False):
        return

    def steady(self, event):  # type: ignore[no-untyped-def]
        mount(self, event)
        self.cursor_blink = False

    steady._steady = True  # type: ignore[attr-defined]
    Input._on_mount = steady  # type: ignore[method-assign]


_steady_cursors()
