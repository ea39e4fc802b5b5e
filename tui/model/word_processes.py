"""Word segmentation in child processes, for a book: off the app's GIL, on every core.

Each child (:mod:`tui.model.word_worker`) gets a run of the original paragraphs as
JSON and returns word ends and keyword statistics, which merge exactly.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tui.model.article import Article, Words


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


def spawn_word_worker() -> subprocess.Popen[bytes]:
    """Start one child that runs :mod:`tui.model.word_worker` (JSON in on stdin, out on stdout)."""
    return subprocess.Popen(
        [sys.executable, "-m", "tui.model.word_worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )


def segment_in_children(article: Article, jobs: int) -> Words | None:
    """Compute words in ``jobs`` separate processes, in parallel, off the app's GIL.

    Segmenting a book takes seconds of pure Python; in a thread it would slow every
    key press, and one process uses one core.  Each child gets a run of the
    original paragraphs and returns word ends and keyword statistics, which merge
    exactly.  Any failure returns ``None``: the caller then computes in-process.
    """
    from tui.model.words import merge_stats, spans_from_ends, top_keywords

    chunks = _chunks(article, max(1, jobs))
    children = []
    try:
        for lo, hi in chunks:
            payload = {
                "script": article.script.value,
                "first": lo,
                "paragraphs": [p.text.original for p in article.paragraphs[lo:hi]],
            }
            child = spawn_word_worker()
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
            spans.extend(spans_from_ends(data["ends"], lengths))
        stats = merge_stats(data["stats"] for data in results)
        return Words(tuple(spans), tuple(top_keywords(stats)))
    except (OSError, subprocess.SubprocessError, ValueError, KeyError, TypeError):
        return None
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
