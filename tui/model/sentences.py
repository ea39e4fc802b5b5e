"""Sentence spans of a paragraph: what a timeline event or a mention is quoted in."""

from __future__ import annotations

import re

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
    """The span among ``spans`` that holds ``offset`` (the whole text, ``length`` long, if none)."""
    for s, e in spans:
        if s <= offset < e:
            return s, e
    return 0, length


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the sentence that contains character ``offset``."""
    return containing(sentence_spans(text), offset, len(text))
