"""Word segmentation and keywords with jieba, on the Simplified form.

jieba's dictionary is Simplified: on Traditional text about one boundary in
seven is wrong, so we always segment the Simplified form and reuse its offsets
on the original (conversion keeps lengths).  @handles and hyphenated names such
as ``DeepSeek-R1`` are cut out before segmenting so they stay single tokens.
jieba is imported lazily: it costs over half a second, and nothing on the path
to the first screen needs it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

Span = tuple[int, int]
_PROTECTED = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+]*(?:-[A-Za-z0-9_.+]+)+")
_lock = threading.Lock()
_ready = False


def _jieba():
    """Import and initialise jieba once, without its start-up chatter on stderr."""
    global _ready
    import jieba

    with _lock:
        if not _ready:
            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.initialize()
            _ready = True
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


def keywords(text: str, top: int = 12) -> list[str]:
    """The most characteristic words of ``text`` (Simplified) by TF-IDF."""
    _jieba()
    import jieba.analyse

    with _lock:
        return list(jieba.analyse.extract_tags(text, topK=top))
