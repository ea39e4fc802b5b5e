"""A per-content cache of the slow part of the model (word spans and keywords).

Files live in the user's cache directory (XDG; ``ARTICLE_EXPLORER_CACHE`` moves
it, which the tests use), are named by a hash of the content and the rules'
version, are written atomically (temporary file, then rename), and anything
missing, stale or corrupt is simply rebuilt.  Nothing is ever written next to
the user's file.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path
from typing import Any

from tui.model.article import Article, Words
from tui.model.cache_files import cache_dir, read_regular, write_atomically
from tui.model.word_processes import EarlyWords, segment_in_children
from tui.model.words import compute_words, spans_from_ends

#: Bump when segmentation or keywords change, so old entries are ignored.
VERSION = "words-5"  # 5: a name jieba cut as an unknown word and a hanzi (林语/恩) is whole


#: A words file larger than this is not one the program wrote.
_CACHE_MAX = 1 << 28

def _key(article: Article) -> str:
    h = hashlib.sha256(f"{VERSION}:{article.script.value}\n".encode())
    for p in article.paragraphs:
        h.update(p.text.original.encode("utf-8", "surrogatepass"))
        h.update(b"\n")
    return h.hexdigest()


def encode_words(words: Words) -> dict[str, Any] | None:
    """Words as JSON data (word ends per paragraph); ``None`` if the spans do not tile."""
    for spans in words.paragraphs:
        if any(a[1] != b[0] for a, b in itertools.pairwise(spans)):
            return None
    return {
        "version": VERSION,
        "ends": [[e for _, e in spans] for spans in words.paragraphs],
        "keywords": [list(k) for k in words.keywords],
    }


def decode_words(data: Any, article: Article) -> Words | None:
    """Words from JSON data, checked against ``article``; ``None`` if anything is off."""
    try:
        ends = data["ends"]
        if data.get("version") != VERSION or len(ends) != len(article.paragraphs):
            return None
        paragraphs = spans_from_ends(ends, [len(p.text) for p in article.paragraphs])
        keywords = tuple((str(w), int(p), int(o)) for w, p, o in data["keywords"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return Words(paragraphs, keywords)


def load_words(article: Article, directory: Path | None = None) -> Words | None:
    """Cached words for this article's content, or ``None`` when absent or unusable.

    ``directory`` (default: :func:`cache_dir`) lets the tests keep one cache for a whole
    test session, shared by its processes, apart from each test's own.
    """
    try:
        path = (directory or cache_dir()) / f"{_key(article)}.json"
        data = json.loads(read_regular(path, _CACHE_MAX).decode("utf-8"))
    except (OSError, ValueError):
        return None
    return decode_words(data, article)


def save_words(article: Article, words: Words, directory: Path | None = None) -> None:
    """Store ``words`` atomically; a cache that cannot be written is silently skipped.

    ``directory`` as for :func:`load_words`.
    """
    data = encode_words(words)
    if data is None:
        return
    encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    write_atomically((directory or cache_dir()) / f"{_key(article)}.json", encoded)


def words_for(
    article: Article, use_cache: bool = True, jobs: int = 0, early: EarlyWords | None = None
) -> Words:
    """Words from the cache when possible, else computed (and cached).

    ``early``: children already segmenting the article's text (see
    :class:`~tui.model.word_processes.EarlyWords`), asked first, stopped in any case;
    ``jobs`` > 0 computes in that many child processes; 0 computes here.
    """
    try:
        if use_cache:
            cached = load_words(article)
            if cached is not None:
                return cached
        words = early.finish(article) if early is not None else None
    finally:
        if early is not None:
            early.close()  # (the cache had the words, or they are in)
    if words is None and jobs > 0:
        words = segment_in_children(article, jobs)
    if words is None:
        words = compute_words([p.text.simplified for p in article.paragraphs])
    if use_cache:
        save_words(article, words)
    return words
