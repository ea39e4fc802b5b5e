"""Pasted text stays text (a Textual 8.2.8 parser bug, see :mod:`tui.paste_guard`): an escape
sequence inside a bracketed paste must never reach the app as key presses."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual import events

from tests.terminal import Terminal, paste
from tui.paste_guard import PASTE_END, PASTE_START, SHOWN_ESC, PasteSafeParser


def parsed(data: str, chunk: int) -> list[events.Event]:
    parser = PasteSafeParser()
    out: list[events.Event] = []
    for k in range(0, len(data), chunk):
        out += list(parser.feed(data[k : k + chunk]))
    out += list(parser.tick())
    return out


def test_the_upstream_parser_still_has_the_bug() -> None:
    """If this fails, Textual fixed its parser: the guard (and this test) can go."""
    from textual._xterm_parser import XTermParser

    found = list(XTermParser().feed(f"{PASTE_START}a\x1bt\x1bt{PASTE_END}"))
    assert any(isinstance(e, events.Key) and e.key == "t" for e in found)


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 4096])
def test_escape_sequences_in_a_paste_arrive_as_text(chunk: int) -> None:
    found = parsed(f"x{PASTE_START}a\x1bt\x1b[2J\x1b{PASTE_END}y\x1b[A", chunk)
    kinds = [(type(e).__name__, getattr(e, "key", getattr(e, "text", None))) for e in found]
    assert kinds == [
        ("Key", "x"),
        ("Paste", f"a{SHOWN_ESC}t{SHOWN_ESC}[2J{SHOWN_ESC}"),
        ("Key", "y"),
        ("Key", "up"),
    ]


def test_a_lone_escape_is_not_held_back() -> None:
    parser = PasteSafeParser()
    assert list(parser.feed("\x1b")) == []  # the parser waits for its escape delay...
    import time

    time.sleep(0.2)
    assert [e.key for e in parser.tick() if isinstance(e, events.Key)] == ["escape"]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab中\x1b[]~0129;mtq\n")), max_size=60),
    st.integers(min_value=1, max_value=9),
)
def test_any_paste_is_one_paste_and_no_keys(text: str, chunk: int) -> None:
    if PASTE_END in text:
        return
    found = parsed(f"{PASTE_START}{text}{PASTE_END}", chunk)
    assert [type(e).__name__ for e in found] == ["Paste"]
    assert found[0].text == text.replace("\x1b", SHOWN_ESC)


@pytest.mark.pty
def test_a_paste_with_escape_sequences_types_no_keys(tmp_path: Path) -> None:
    """In a real terminal: ``t`` after an ESC inside a paste would toggle the script."""
    term = Terminal([], cols=100, rows=30, env={"ARTICLE_EXPLORER_CACHE": str(tmp_path)})
    try:
        term.wait_for("時間線")
        term.write(paste("x\x1bt\x1bt\x1b2\x1bt\x1by"))
        term.settle(0.5)
        term.press("t")  # a real key still works
        term.wait_for("时间线")
        term.press("t")
        term.wait_for("時間線")
        assert term.quit() == 0
    finally:
        term.kill()
