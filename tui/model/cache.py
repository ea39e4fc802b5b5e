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
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from tui.model.article import Article, Words, compute_words
from tui.model.children import start as start_child

#: Bump when segmentation or keywords change, so old entries are ignored.
VERSION = "words-3"


def cache_dir() -> Path:
    """Where cache files go: ``$ARTICLE_EXPLORER_CACHE`` or the XDG user cache directory."""
    override = os.environ.get("ARTICLE_EXPLORER_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("article-explorer"))


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
        paragraphs = []
        for p, row in zip(article.paragraphs, ends, strict=True):
            spans, start = [], 0
            for end in row:
                if not isinstance(end, int) or end <= start:
                    return None
                spans.append((start, end))
                start = end
            if start != len(p.text):
                return None
            paragraphs.append(tuple(spans))
        keywords = tuple((str(w), int(p), int(o)) for w, p, o in data["keywords"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return Words(tuple(paragraphs), keywords)


def load_words(article: Article) -> Words | None:
    """Cached words for this article's content, or ``None`` when absent or unusable."""
    try:
        data = json.loads((cache_dir() / f"{_key(article)}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return decode_words(data, article)


def save_words(article: Article, words: Words) -> None:
    """Store ``words`` atomically; a cache that cannot be written is silently skipped."""
    data = encode_words(words)
    if data is None:
        return
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


def _chunks(article: Article, jobs: int) -> list[tuple[int, int]]:
    """Split the paragraphs into ``jobs`` consecutive runs of about equal length."""
    total = sum(len(p.text) for p in article.paragraphs) or 1
    bounds, start, acc = [], 0, 0
    for i, p in enumerate(article.paragraphs):
        acc += len(p.text)
        if acc >= total * (len(bounds) + 1) / jobs and len(bounds) < jobs - 1:
            bounds.append((start, i + 1))
            start = i + 1
    bounds.append((start, len(article.paragraphs)))
    return [b for b in bounds if b[0] < b[1]] or [(0, 0)]


def _ends_to_spans(rows: Any, lengths: list[int]) -> tuple[tuple[tuple[int, int], ...], ...]:
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


def _in_children(article: Article, jobs: int) -> Words | None:
    """Compute words in ``jobs`` separate processes, in parallel, off the app's GIL.

    Segmenting a book takes seconds of pure Python; in a thread it would slow every
    key press, and one process uses one core.  Each child gets a run of the
    original paragraphs and returns word ends and keyword statistics, which merge
    exactly.  Any failure returns ``None``: the caller then computes in-process.
    """
    from tui.model.words import merge_stats, top_keywords

    chunks = _chunks(article, max(1, jobs))
    children = []
    try:
        for lo, hi in chunks:
            payload = {
                "script": article.script.value,
                "first": lo,
                "paragraphs": [p.text.original for p in article.paragraphs[lo:hi]],
            }
            child = start_child(  # isolated: never code from the working directory
                "tui.model.word_worker:main",
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            children.append(child)
            assert child.stdin is not None
            child.stdin.write(json.dumps(payload).encode("utf-8"))  # read at once by the child
            child.stdin.close()
        results = []
        for child in children:
            assert child.stdout is not None
            out = child.stdout.read()
            child.wait(timeout=900)
            if child.returncode != 0:
                return None
            results.append(json.loads(out))
        spans: list[tuple[tuple[int, int], ...]] = []
        for (lo, hi), data in zip(chunks, results, strict=True):
            lengths = [len(p.text) for p in article.paragraphs[lo:hi]]
            spans.extend(_ends_to_spans(data["ends"], lengths))
        stats = merge_stats(data["stats"] for data in results)
        return Words(tuple(spans), tuple(top_keywords(stats)))
    except (OSError, subprocess.SubprocessError, ValueError, KeyError, TypeError):
        return None
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()


def words_for(article: Article, use_cache: bool = True, jobs: int = 0) -> Words:
    """Words from the cache when possible, else computed (and cached).

    ``jobs`` > 0 computes in that many child processes; 0 computes here.
    """
    if use_cache:
        cached = load_words(article)
        if cached is not None:
            return cached
    words = _in_children(article, jobs) if jobs > 0 else None
    if words is None:
        words = compute_words([p.text.simplified for p in article.paragraphs])
    if use_cache:
        save_words(article, words)
    return words
