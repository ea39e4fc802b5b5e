"""Find a query in the text, whatever script, width or case either is written in.

A reader types ``数字`` and expects ``數字`` too; types ``ai`` and expects ``AI`` and
``ＡＩ``.  Both the query and the text are *folded* character by character — every form
of a character (Simplified, Traditional, Taiwan and Hong Kong variants, as OpenCC's
character tables pair them) becomes one representative, full-width ASCII becomes
half-width, Latin letters lower case — and matched in the folded form.  Folding never
changes a length, so an offset in the folded text is the same offset in the paragraph
on screen, in either script.

The whole document is folded once, on the first find, into one string; each query is
then a scan of that string in C (a million characters take a millisecond or two), so
finding as the reader types costs nothing worth caching per keystroke.  No Textual here.
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tui.model.scripts import character_pairs

#: Paragraphs are joined with this in the folded document; no folded query contains it.
_JOIN = "\n"


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    """``str.translate`` table: every character that folds to another, to exactly one character."""
    parent: dict[str, str] = {}

    def root(ch: str) -> str:
        while parent.get(ch, ch) != ch:
            ch = parent[ch]
        return ch

    for a, b in character_pairs():
        ra, rb = root(a), root(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            parent[high] = low  # the smallest code point stands for the whole class
    table: dict[int, str] = {ord(ch): root(ch) for ch in parent if root(ch) != ch}

    def put(ch: str, to: str) -> None:
        to = root(to)
        if len(to) == 1 and to != ch:
            table[ord(ch)] = to

    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII: ＡＩ，２０２５ → ai,2025
        put(chr(cp), chr(cp - 0xFEE0).lower())
    put("\u3000", " ")  # the ideographic space
    for block in (range(0x41, 0x250), range(0x370, 0x530)):  # Latin, Greek, Cyrillic
        for cp in block:
            lower = chr(cp).lower()
            if len(lower) == 1:
                put(chr(cp), lower)
    for cp in range(0xF900, 0xFB00):  # CJK compatibility ideographs: their unified form
        unified = unicodedata.normalize("NFKC", chr(cp))
        if len(unified) == 1:
            put(chr(cp), unified)
    return table


def fold(text: str) -> str:
    """``text`` with every character replaced by its representative; the same length."""
    return text.translate(fold_table())


@dataclass(frozen=True, slots=True)
class Hit:
    """One place the query was found: ``text[start:end]`` of paragraph ``paragraph``."""

    paragraph: int
    start: int
    end: int


class Found:
    """Every hit of one query, in reading order; hits are read out per paragraph on demand.

    Kept as offsets into the folded document, so that finding ``的`` in a book (tens of
    thousands of hits) builds no object per hit: the pane asks only for the paragraphs
    on screen, and the counter only for one index.
    """

    __slots__ = ("_offsets", "_starts", "length", "query")

    def __init__(self, query: str, offsets: list[int], starts: list[int]) -> None:
        self.query = query  # folded
        self.length = len(query)
        self._offsets = offsets
        self._starts = starts

    def __len__(self) -> int:
        return len(self._offsets)

    def __bool__(self) -> bool:
        return bool(self._offsets)

    def __getitem__(self, i: int) -> Hit:
        at = self._offsets[i]
        p = bisect.bisect_right(self._starts, at) - 1
        start = at - self._starts[p]
        return Hit(p, start, start + self.length)

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def in_paragraph(self, p: int) -> list[tuple[int, int]]:
        """``[start, end)`` of every hit in paragraph ``p``, in order."""
        if not 0 <= p < len(self._starts):
            return []
        base = self._starts[p]
        end = self._starts[p + 1] if p + 1 < len(self._starts) else float("inf")
        lo = bisect.bisect_left(self._offsets, base)
        hi = bisect.bisect_left(self._offsets, end)
        return [(o - base, o - base + self.length) for o in self._offsets[lo:hi]]

    def index_from(self, paragraph: int, offset: int) -> int:
        """Index of the first hit at or after ``offset`` of ``paragraph``, wrapping to 0."""
        if not self._offsets:
            return -1
        p = min(max(0, paragraph), len(self._starts) - 1)
        i = bisect.bisect_left(self._offsets, self._starts[p] + max(0, offset))
        return i if i < len(self._offsets) else 0


class Finder:
    """Finds queries in the paragraphs of one article (their original text).

    The folded document is built on the first :meth:`find`, never at start-up.
    """

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self._paragraphs = paragraphs
        self._doc: str | None = None
        self._starts: list[int] = []
        self._last: Found | None = None
        self._lock = threading.Lock()

    def prepare(self) -> None:
        """Fold the document now (a worker may call this when a find starts)."""
        self._document()

    def _document(self) -> str:
        with self._lock:
            if self._doc is None:
                starts, at = [], 0
                for text in self._paragraphs:
                    starts.append(at)
                    at += len(text) + len(_JOIN)
                self._starts = starts
                self._doc = fold(_JOIN.join(self._paragraphs))
            return self._doc

    def find(self, query: str) -> Found:
        """Every hit of ``query`` (folded the same way), without overlaps, in reading order.

        A query that folds to nothing, or holds a line break, finds nothing.
        """
        key = fold(query)
        if self._last is not None and self._last.query == key:
            return self._last
        doc = self._document()
        if not key or _JOIN in key:
            offsets: list[int] = []
        else:
            offsets = [m.start() for m in re.finditer(re.escape(key), doc)]
        self._last = Found(key, offsets, self._starts)
        return self._last


def fold_matches(query: str, candidate: str) -> bool:
    """Whether ``candidate`` holds ``query``, both folded (for short strings: titles, names)."""
    return fold(query) in fold(candidate)


@dataclass(frozen=True)
class FindState:
    """A find in progress: its hits and the one the reader is at (``-1``: none yet)."""

    found: Found
    current: int = -1

    @property
    def hit(self) -> Hit | None:
        """The hit the reader is at."""
        return self.found[self.current] if 0 <= self.current < len(self.found) else None

    def step(self, by: int) -> FindState:
        """The next (``by=1``) or previous hit, wrapping at the ends."""
        if not self.found:
            return self
        if self.current < 0:
            return FindState(self.found, 0 if by > 0 else len(self.found) - 1)
        return FindState(self.found, (self.current + by) % len(self.found))

    def counter(self) -> str:
        """``3/12``; ``12`` before the reader is at a hit; ``""`` for no hits."""
        if not self.found:
            return ""
        return (
            f"{self.current + 1}/{len(self.found)}" if self.current >= 0 else str(len(self.found))
        )
