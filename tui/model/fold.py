"""Fold Traditional characters to Simplified, one character for one, for pattern rules.

The rules for chrome, titles and bloggers are written in Simplified.  Instead of
compiling every rule to accept both scripts (which makes the patterns large and slow to
compile), a line is folded before it is matched: ``str.translate`` with a table built
from OpenCC's character tables, so offsets in the folded line are offsets in the
original.  The fold is not a conversion for display (that is :mod:`tui.model.scripts`):
it picks one Simplified form per character, which is all a rule needs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    import opencc

    from tui.model.scripts import _traditional_forms

    table: dict[int, str] = {}
    # Every Traditional form OpenCC knows for each Simplified character (the table the
    # script detector reads anyway), then the reverse table for the forms it omits (為, 眾).
    for simp, trads in _traditional_forms().items():
        for trad in trads:
            if len(simp) == 1 and len(trad) == 1 and trad != simp:
                table.setdefault(ord(trad), simp)
    tables = Path(opencc.__file__).parent / "dictionary"
    for line in (tables / "TSCharacters.txt").read_text("utf-8").splitlines():
        trad, _, simps = line.partition("\t")
        first = simps.split()[:1]
        if len(trad) == 1 and first and len(first[0]) == 1 and first[0] != trad:
            table[ord(trad)] = first[0]
    # a menu's or a tag row's bars drawn with box lines (首页 │ 浏览发现, 新闻丨评论) read as the
    # bars the rules know
    for bar in "│┃┆┊":
        table[ord(bar)] = "|"
    table[ord("丨")] = "｜"
    return table


def fold(text: str) -> str:
    """``text`` with every Traditional character replaced by a Simplified one (same length)."""
    if len(text) > _MEMO_LONGEST:
        return text.translate(_table())
    return _fold_line(text)


_MEMO_LONGEST = 200  # a line's length: the rules fold each line of a page several times


@lru_cache(maxsize=1 << 14)
def _fold_line(text: str) -> str:
    # (a dict lookup of the line costs a hash; translate goes through a Python dict per
    # character: a book's 12,000 lines were folded 100,000 times, half a second)
    return text.translate(_table())


def forget_folded_lines() -> None:
    """Drop the folded lines kept while one page was read (a book's would stay in memory)."""
    _fold_line.cache_clear()
