"""Word segmentation and keyword statistics with jieba, on the Simplified form.

jieba's dictionary is Simplified: on Traditional text about one boundary in
seven is wrong, so we always segment the Simplified form and reuse its offsets
on the original (conversion keeps lengths).  @handles and hyphenated names such
as ``DeepSeek-R1`` are cut out before segmenting so they stay single tokens.
Keywords are jieba's TF-IDF, computed from our own segmentation instead of a
second pass, and from statistics that merge, so a book can be segmented in
parts.  jieba is imported lazily: nothing on the path to the first screen needs it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any

from tui.model.article import Span, Words

#: word -> [count, idf, first paragraph, offset in it]
WordStats = dict[str, list[Any]]
_PROTECTED = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+]*(?:-[A-Za-z0-9_.+]+)+")
_WORDLIKE = re.compile(r"[^\W\d_]")  # a keyword has a letter or a hanzi, not just digits
_lock = threading.Lock()
_state: dict[str, Any] = {}


def _jieba() -> Any:
    """Import and initialise jieba once, without its start-up chatter on stderr."""
    import jieba

    with _lock:
        if "ready" not in _state:
            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.initialize()
            _state["ready"] = True
    return jieba


def segment(text: str, protected: Iterable[Span] = ()) -> tuple[Span, ...]:
    """Word spans covering ``text`` (Simplified), keeping ``protected`` spans whole."""
    jieba = _jieba()
    keep = sorted({*protected, *((m.start(), m.end()) for m in _PROTECTED.finditer(text))})
    spans: list[Span] = []
    pos = 0

    def _gap(a: int, b: int) -> None:
        if a < b:
            spans.extend((a + s, a + e) for _, s, e in jieba.tokenize(text[a:b]))

    for s, e in keep:
        if s < pos:
            continue
        _gap(pos, s)
        spans.append((s, e))
        pos = e
    _gap(pos, len(text))
    return tuple(spans)


def word_stats(paragraphs: list[str], spans: list[tuple[Span, ...]], first: int = 0) -> WordStats:
    """Counts, IDF and first place of every word that can be a keyword (as jieba.analyse counts)."""
    _jieba()
    import jieba.analyse

    tfidf = jieba.analyse.default_tfidf
    stats: WordStats = {}
    for p, (text, words) in enumerate(zip(paragraphs, spans, strict=True)):
        for s, e in words:
            w = text[s:e]
            if len(w.strip()) < 2 or w.lower() in tfidf.stop_words or not _WORDLIKE.search(w):
                continue
            entry = stats.get(w)
            if entry is None:
                stats[w] = [1, tfidf.idf_freq.get(w, tfidf.median_idf), first + p, s]
            else:
                entry[0] += 1
    return stats


def merge_stats(parts: Iterable[WordStats]) -> WordStats:
    """Statistics of consecutive parts of one text, as if counted together."""
    merged: WordStats = {}
    for part in parts:
        for w, (count, idf, p, offset) in part.items():
            entry = merged.get(w)
            if entry is None:
                merged[w] = [count, idf, p, offset]
            else:
                entry[0] += count
    return merged


def top_keywords(stats: WordStats, top: int = 12) -> list[tuple[str, int, int]]:
    """The ``top`` words by TF-IDF, each with where it first occurs."""
    total = sum(entry[0] for entry in stats.values()) or 1
    ranked = sorted(stats.items(), key=lambda item: item[1][0] * item[1][1] / total, reverse=True)
    return [(w, int(entry[2]), int(entry[3])) for w, entry in ranked[:top]]


def spans_from_ends(rows: Any, lengths: list[int]) -> tuple[tuple[Span, ...], ...]:
    """Word spans from word ends (how the cache and the child processes send them).

    Raises ``ValueError`` unless each row rises strictly and ends at its paragraph's length.
    """
    spans = []
    for row, length in zip(rows, lengths, strict=True):
        out, start = [], 0
        for end in row:
            if not isinstance(end, int) or end <= start:
                raise ValueError("bad word end")
            out.append((start, end))
            start = end
        if start != length:
            raise ValueError("word ends do not cover the paragraph")
        spans.append(tuple(out))
    return tuple(spans)


def compute_words(paragraphs: list[str]) -> Words:
    """Segment Simplified ``paragraphs`` and pick keywords; takes jieba's start-up time.

    @handles are kept whole (found by pattern first: jieba would split them).
    """
    spans, stats = segment_paragraphs(paragraphs)
    return Words(spans, tuple(top_keywords(stats)))


def segment_paragraphs(
    paragraphs: list[str], first: int = 0
) -> tuple[tuple[tuple[Span, ...], ...], dict]:
    """Word spans of each paragraph and the keyword statistics of them all."""
    from tui.model.bloggers import find_handles

    spans = tuple(segment(t, find_handles(t)) for t in paragraphs)
    return spans, word_stats(paragraphs, list(spans), first)
