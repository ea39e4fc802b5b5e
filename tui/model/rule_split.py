"""A rule of many alternatives, most of them anchored at the line's start, searched as two.

The chrome rules are long alternations (``^首页$|^返回顶部$|…|未经授权``), and ``re``'s
``search`` tries every alternative at every position of a line: on a paragraph of a hundred
characters, a rule of eighty anchored alternatives is tried a hundred times over, though those
alternatives can only match at the start.  So a rule is kept as two: its anchored alternatives,
tried once with ``match``, and the rest, searched.  The two answer "does the rule match this
line" exactly as the whole does (without ``re.MULTILINE`` an anchored alternative matches only
at the start); where they say yes, the whole rule is searched again, so that the match a caller
reads (its span, its groups) is the one the rule as written gives.  Every other use of the rule
(``finditer``, ``sub``, a search from a position) goes to the whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

#: Anchored alternatives a rule needs before splitting it pays.
MIN_ANCHORED = 4


def top_alternatives(pattern: str) -> list[str] | None:
    """``pattern``'s top-level alternatives (inside one group that wraps it whole, if one does),
    or None where the pattern cannot be split safely (global inline flags, unbalanced text)."""
    if pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None  # a global inline flag applies to every alternative: keep them together
    parts = _split_top(pattern)
    if parts is None:
        return None
    if len(parts) == 1 and pattern.startswith("(?:") and pattern.endswith(")"):
        # (the inside read without its depth ever going below zero: the group opened first is
        # the one closed last, and wraps the rule whole)
        inner_parts = _split_top(pattern[3:-1])
        if inner_parts is not None:
            return inner_parts
    return parts


def _split_top(pattern: str) -> list[str] | None:
    """Split at each ``|`` outside groups and classes; None where a group closes that was not
    opened, or the text ends inside a group or a class."""
    out: list[str] = []
    depth, i, start, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1  # (a negated class: what follows the caret opens it)
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # []…] and [^]…] hold a literal ]
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth != 0 or in_class:
        return None
    out.append(pattern[start:])
    return out


class SplitRule:
    """A rule searched as its anchored part (``match``) and its other part (``search``)."""

    __slots__ = ("_anchored", "_rest", "whole")

    def __init__(self, whole: re.Pattern[str], anchored: re.Pattern[str], rest: re.Pattern[str] | None) -> None:
        self.whole = whole
        self._anchored = anchored
        self._rest = rest

    def search(self, string: str, *span: int) -> re.Match[str] | None:
        if span:
            return self.whole.search(string, *span)
        if self._anchored.match(string) is None and (self._rest is None or self._rest.search(string) is None):
            return None
        return self.whole.search(string)

    def match(self, string: str, *span: int) -> re.Match[str] | None:
        return self.whole.match(string, *span)

    def fullmatch(self, string: str, *span: int) -> re.Match[str] | None:
        return self.whole.fullmatch(string, *span)

    def finditer(self, string: str, *span: int) -> Iterator[re.Match[str]]:
        return self.whole.finditer(string, *span)

    def findall(self, string: str, *span: int) -> list[Any]:
        return self.whole.findall(string, *span)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.whole.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.whole.split(string, maxsplit)

    @property
    def pattern(self) -> str:
        return self.whole.pattern

    @property
    def flags(self) -> int:
        return self.whole.flags

    @property
    def groupindex(self) -> Any:
        return self.whole.groupindex


def split_rule(
    pattern: str, flags: int, compile_part: Callable[[str, int], re.Pattern[str]]
) -> re.Pattern[str] | SplitRule:
    """``pattern`` compiled whole, and kept as two parts when enough of its alternatives are
    anchored at the start (and ``re.MULTILINE``, which lets ``^`` match after a newline, is off)."""
    whole = compile_part(pattern, flags)
    # (a count of the places an anchored alternative can start, at C speed: most rules have too
    # few to split, and every process that builds a model reads them all)
    starts = pattern.count("|^") + pattern.startswith(("^", "(?:^"))
    if starts < MIN_ANCHORED:
        return whole
    parts = None if flags & re.MULTILINE else top_alternatives(pattern)
    if parts is None:
        return whole
    anchored = [p for p in parts if p.startswith("^")]
    rest = [p for p in parts if not p.startswith("^")]
    if len(anchored) < MIN_ANCHORED or any(not p for p in rest):
        return whole  # (an empty alternative matches everywhere: nothing to gain)
    try:
        return SplitRule(
            whole,
            compile_part("|".join(anchored), flags),
            compile_part("|".join(rest), flags) if rest else None,
        )
    except re.error:  # (a back-reference to a group in another alternative: keep it whole)
        return whole
