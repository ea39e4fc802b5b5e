"""OpenCC's conversion with opencc-python-reimplemented's answer, in a fraction of its time.

The library splits text at separators and, in each run between them, finds the longest
dictionary key (the leftmost of equal length) by trying every length at every place, then
does the same left and right of it, building a tree of nodes; what a dictionary leaves
unmatched goes to the next dictionary of its group.  For a book that is seconds of a
model's build and of its word children.  Here each place is tried only for the lengths
keys starting with its character have, the matches are chosen longest first in one pass
(which picks what the library's recursion picks: a later match lies wholly inside one of
the runs the earlier ones leave), and a dictionary of single characters is a translation
table.  ``tests/test_opencc_engine.py`` holds it to the library's answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: One of the library's loaded dictionaries: (longest key, shortest key, key -> values),
#: the values separated by spaces when a key has several (the first is used).
LoadedDictionary = tuple[int, int, dict[str, str]]


class _Dictionary:
    """A dictionary ready for matching: first values, and each first character's longest key."""

    __slots__ = ("longest_from", "shortest", "table", "values")

    def __init__(self, loaded: LoadedDictionary) -> None:
        longest, shortest, mapping = loaded
        self.shortest = max(1, shortest)
        if longest <= 1:  # (a dictionary of characters: most of them)
            self.values = {key: value.split(" ")[0] for key, value in mapping.items()}
            self.longest_from: dict[str, int] = dict.fromkeys(self.values, 1)
            self.table: dict[int, str] | None = {ord(k): v for k, v in self.values.items()}
            return
        # (a phrase dictionary's values are split only when used: the big one loads on a toggle)
        self.values = mapping
        self.longest_from = {}
        get = self.longest_from.get
        for key in mapping:
            if len(key) > get(key[0], 0):
                self.longest_from[key[0]] = len(key)
        self.table = None


class Engine:
    """Converts text with one configuration's chain of dictionary groups."""

    def __init__(self, chain: Sequence[Sequence[LoadedDictionary]], separators: re.Pattern[str]) -> None:
        self._chain = [[_Dictionary(d) for d in group] for group in chain]
        self._separators = separators

    def convert(self, text: str) -> str:
        """``text`` converted, as the library's ``OpenCC.convert`` would."""
        parts = self._separators.split(text)
        for i in range(0, len(parts), 2):  # (odd places hold the separators, kept as they are)
            run = parts[i]
            if run:
                for group in self._chain:
                    run = _convert_run(run, group, 0)
                parts[i] = run
        return "".join(parts)


def _convert_run(run: str, group: list[_Dictionary], k: int) -> str:
    """``run`` converted with the group's dictionaries from the ``k``-th on."""
    if k == len(group) or not run:
        return run
    d = group[k]
    if d.table is not None:
        if k == len(group) - 1:
            return run.translate(d.table)
        out, gap = [], 0
        for i, ch in enumerate(run):
            if ch in d.values:
                if gap < i:
                    out.append(_convert_run(run[gap:i], group, k + 1))
                out.append(d.values[ch])
                gap = i + 1
        if gap < len(run):
            out.append(_convert_run(run[gap:], group, k + 1))
        return "".join(out)
    n = len(run)
    found: list[tuple[int, int]] = []  # (-length, start)
    longest_from, values, shortest = d.longest_from, d.values, d.shortest
    for i, ch in enumerate(run):
        longest = longest_from.get(ch)
        if longest is None:
            continue
        for length in range(min(longest, n - i), shortest - 1, -1):
            if run[i : i + length] in values:
                found.append((-length, i))
    if not found:
        return _convert_run(run, group, k + 1)
    found.sort()
    taken = bytearray(n)
    chosen: list[tuple[int, int]] = []
    for negative, start in found:
        end = start - negative
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end))
    chosen.sort()
    out, gap = [], 0
    for start, end in chosen:
        if gap < start:
            out.append(_convert_run(run[gap:start], group, k + 1))
        value = values[run[start:end]]
        out.append(value.split(" ")[0] if " " in value else value)
        gap = end
    if gap < n:
        out.append(_convert_run(run[gap:], group, k + 1))
    return "".join(out)
