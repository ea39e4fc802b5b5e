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
import os
import tempfile
from pathlib import Path

from tui.model.article import Article, Words

#: Bump when segmentation or keywords change, so old entries are ignored.
VERSION = "words-1"


def cache_dir() -> Path:
    """Where cache files go: ``$ARTICLE_EXPLORER_CACHE`` or the XDG user cache directory."""
    override = os.environ.get("ARTICLE_EXPLORER_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("article-explorer"))


def _key(article: Article) -> str:
    h = hashlib.sha256(VERSION.encode())
    for p in article.paragraphs:
        h.update(p.text.simplified.encode("utf-8", "surrogatepass"))
        h.update(b"\n")
    return h.hexdigest()


def load_words(article: Article) -> Words | None:
    """Cached words for this article's content, or ``None`` when absent or unusable."""
    path = cache_dir() / f"{_key(article)}.json"
    try:
        data = json.loads(path.read_text("utf-8"))
        ends = data["ends"]
        if data.get("version") != VERSION or len(ends) != len(article.paragraphs):
            return None
        paragraphs = []
        for p, row in zip(article.paragraphs, ends, strict=False):
            spans, start = [], 0
            for end in row:
                if not isinstance(end, int) or end <= start:
                    return None
                spans.append((start, end))
                start = end
            if start != len(p.text.simplified):
                return None
            paragraphs.append(tuple(spans))
        keywords = tuple(str(k) for k in data["keywords"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Words(tuple(paragraphs), keywords)


def save_words(article: Article, words: Words) -> None:
    """Store ``words`` atomically; a cache that cannot be written is silently skipped."""
    spans_cover = all(
        all(a == b for (_, a), (b, _) in itertools.pairwise(ws)) for ws in words.paragraphs
    )
    if not spans_cover:
        return
    data = {
        "version": VERSION,
        "ends": [[e for _, e in ws] for ws in words.paragraphs],
        "keywords": list(words.keywords),
    }
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, directory / f"{_key(article)}.json")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return


def words_for(article: Article, use_cache: bool = True) -> Words:
    """Words from the cache when possible, else computed (and cached)."""
    from tui.model.article import compute_words

    if use_cache:
        cached = load_words(article)
        if cached is not None:
            return cached
    words = compute_words(article)
    if use_cache:
        save_words(article, words)
    return words
