"""Hostile shapes cost time linear in their length (issue 9, point 5).

Each shape is built at 8,000 and at 48,000 characters; a linear rule takes
about six times as long on the larger, a quadratic one thirty-six times.  A rule that takes
under a millisecond on the smaller (one pass of C, such as the escape rules) is measured on
texts eight times as long: on short texts its cost per character is set by the processor's
caches, which a parallel test worker shares, and that skews the ratio.  Only
the ratio of the two timings is asserted (never an absolute time), in CPU time of this
thread (a busy machine preempts a long run more often than a short one, which skews
wall-clock ratios), with the best of a few runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from tui.model.bloggers import find_bloggers, find_handles
from tui.model.boilerplate import split_lines
from tui.model.handle_cut import lexicon
from tui.model.sanitize import clean
from tui.model.title import find_title
from tui.model.words import protected_spans

SMALL, LARGE = 8_000, 48_000
#: Linear is about 6; quadratic about 36.  Well under quadratic, with room for noise.
MAX_RATIO = 15
#: The shortest timing taken as one measure (seconds).
MIN_TIMING = 0.002
#: A rule faster than this on the small text (seconds) is measured on texts CHEAP_SCALE times as long.
CHEAP = 0.001
CHEAP_SCALE = 8


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _numbered(template: str, size: int) -> str:
    parts, n, i = [], 0, 0
    while n < size:
        part = template.format(i)
        parts.append(part)
        n += len(part)
        i += 1
    return "".join(parts)[:size]


def _best(fn: Callable[[], object], enough: float = 0.0) -> float:
    """The best of three timings per call, each of enough calls to last a couple of
    milliseconds (a rule that takes microseconds is timed over many calls, or timer and
    cache noise would decide its ratio).

    Stops early once a timing is under ``enough``: more tries can only lower the best, so
    the verdict on it is already the same as after all three.
    """
    loops, best = 1, float("inf")
    for _ in range(3):
        while True:
            t = time.thread_time()
            for _ in range(loops):
                fn()
            elapsed = time.thread_time() - t
            if elapsed >= MIN_TIMING or loops >= 1 << 16:
                break
            loops *= 4
        best = min(best, elapsed / loops)
        if best < enough:
            break
    return best


def _ratio(make: Callable[[int], str], rule: Callable[[str], object], scale: int = 1) -> float:
    small, large = make(SMALL * scale), make(LARGE * scale)
    rule(small)  # warm caches (compiled patterns, the handle lexicon)
    t_small = _best(lambda: rule(small))
    if t_small < CHEAP and scale == 1:
        # one pass of C over the text: its cost per character is set by the memory caches,
        # and texts this short still share them with whatever else runs; measured longer
        return _ratio(make, rule, CHEAP_SCALE)
    return _best(lambda: rule(large), enough=t_small * MAX_RATIO) / t_small


def _paragraph_rules(text: str) -> object:
    return find_handles(text), find_bloggers([text, text[: len(text) // 2]])


def _line_rules(text: str) -> object:
    lines = text.split("\n")
    split = split_lines(lines)
    return find_title(lines, split.body, split.chrome)


SHAPES: dict[str, tuple[Callable[[int], str], Callable[[str], object]]] = {
    "handle list with 、": (lambda n: _numbered("@用户{}、", n), _paragraph_rules),
    "handle list with spaces": (lambda n: _numbered("@user{} ", n), _paragraph_rules),
    "handles joined to hanzi": (lambda n: _numbered("博主@某某{}表示", n), _paragraph_rules),
    "hanzi handles without breaks": (lambda n: _repeat("@數字生命卡茲克", n), _paragraph_rules),
    "list after a list intro": (lambda n: "包括" + _numbered("@甲{}、", n), _paragraph_rules),
    "e-mail addresses": (lambda n: _numbered("a{}@example.com.tw、", n), _paragraph_rules),
    "handles inside URLs": (lambda n: _numbered("https://x.cn/@a{0} @b{0} ", n), _paragraph_rules),
    "one ASCII run": (lambda n: "a" * n, protected_spans),
    "one ASCII run with a hyphen at the end": (lambda n: "a" * (n - 1) + "-", protected_spans),
    "dotted ASCII run": (lambda n: _repeat("a.", n), protected_spans),
    "hyphen chain": (lambda n: _repeat("a-", n), protected_spans),
    "unterminated OSC": (lambda n: "\x1b]" + "x" * n, lambda t: clean(t)),
    "many unterminated OSC": (lambda n: _repeat("\x1b]0;x\n", n), lambda t: clean(t)),
    "CSI without a final byte": (lambda n: _repeat("\x1b[" + "1" * 300, n), lambda t: clean(t)),
    "short menu lines": (lambda n: _repeat("首頁\n登入\n\n", n), _line_rules),
    # a page head with no story sentence: posters, group names, rows of words between chrome
    "posters and group names": (
        lambda n: _repeat("登入 註冊\n某某小組\n阿貓 abc123\n首頁 話題 廣場\n回覆\n2024-01-01 10:00\n", n),
        _line_rules,
    ),
    "chrome words between blank lines": (lambda n: _repeat("分享\n" + "\n" * 20, n), _line_rules),
    "one long line of separators": (lambda n: _repeat("首頁 > ", n), _line_rules),
}


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    lexicon()


@pytest.mark.parametrize("shape", list(SHAPES))
def test_cost_grows_linearly(shape: str) -> None:
    make, rule = SHAPES[shape]
    ratio = _ratio(make, rule)
    assert ratio < MAX_RATIO, f"{shape}: 10x the input took {ratio:.0f}x the time"
