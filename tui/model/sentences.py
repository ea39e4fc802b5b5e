"""Sentence spans of a paragraph: what a timeline event or a mention is quoted in."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

#: Punctuation that ends a sentence (a line holding one is prose, not a heading or a date line).
SENTENCE_PUNCT = re.compile(r"[。！？!?；;]")

# A sentence ends at 。！？!?；; or an ellipsis, together with any closing quotes after it.
_END = re.compile(r"(?:[。！？!?；;]+|…+|\.{3,})[」』”’\"'）)】》]*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``[start, end)`` spans covering ``text`` sentence by sentence (no gaps)."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def containing(
    spans: list[tuple[int, int]] | tuple[tuple[int, int], ...], offset: int, length: int
) -> tuple[int, int]:
    """The span among ``spans`` that holds ``offset`` (the whole text, ``length`` long, if none).

    ``spans`` are sorted and disjoint, so this is a binary search: a paragraph of thousands
    of sentences and thousands of dates costs a logarithm per date, not a scan.
    """
    i = bisect_right(spans, offset, key=lambda s: s[0]) - 1
    if i >= 0:
        s, e = spans[i]
        if s <= offset < e:
            return s, e
    return 0, length


@lru_cache(maxsize=8)
def _spans_of(text: str) -> tuple[tuple[int, int], ...]:
    # Callers ask about one paragraph many times in a row (every mention in it): split it once.
    return tuple(sentence_spans(text))


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the sentence that contains character ``offset``."""
    return containing(_spans_of(text), offset, len(text))
