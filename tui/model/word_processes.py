"""Word segmentation in child processes, for a book: off the app's GIL, on every core.

Each child (:mod:`tui.model.word_worker`) gets a run of the original paragraphs as
JSON and returns word ends and keyword statistics, which merge exactly.
"""

from __future__ import annotations

import json
import subprocess
import threading

from tui.model.article import Article, Words
from tui.model.children import start as start_child
from tui.model.scripts import Script


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


def _article_handles(article: Article) -> frozenset[str]:
    """The handles the article closes, as :func:`~tui.model.words.compute_words` finds them."""
    from tui.model.bloggers import closed_handles

    # (only a paragraph with an at-sign has one: converting a book's every paragraph to
    # Simplified would cost seconds for nothing)
    return closed_handles(
        [p.text.simplified for p in article.paragraphs if "@" in p.text.original or "＠" in p.text.original]
    )


def spawn_word_worker(*args: str) -> subprocess.Popen[bytes]:
    """Start one child that runs :mod:`tui.model.word_worker` (JSON in on stdin, out on stdout)."""
    return start_child(  # isolated: never code from the working directory
        "tui.model.word_worker:main",
        *args,
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

    chunks = _chunks(article, max(1, jobs))
    children = []
    try:
        known = sorted(_article_handles(article))  # (each child's share may not close them all)
        for lo, hi in chunks:
            payload = {
                "script": article.script.value,
                "first": lo,
                "paragraphs": [p.text.original for p in article.paragraphs[lo:hi]],
                "known": known,
            }
            child = spawn_word_worker()
            children.append(child)
            assert child.stdin is not None
            child.stdin.write(json.dumps(payload).encode("utf-8"))  # read at once by the child
            child.stdin.close()
        results = _answers(children)
        return _merged(article, results) if results is not None else None
    except (OSError, subprocess.SubprocessError, ValueError, KeyError, TypeError):
        return None
    finally:
        _stop(children)


def _answers(children: list[subprocess.Popen[bytes]]) -> list[dict] | None:
    """Each child's JSON answer, in order; ``None`` if one of them failed."""
    results = []
    for child in children:
        assert child.stdout is not None
        out = child.stdout.read()
        child.wait(timeout=900)
        if child.returncode != 0:
            return None
        results.append(json.loads(out))
    return results


def _merged(article: Article, results: list[dict]) -> Words | None:
    """The article's words from its consecutive parts' answers (``None`` if they do not add
    up to its paragraphs)."""
    from tui.model.words import merge_stats, spans_from_ends, top_keywords

    spans: list[tuple[tuple[int, int], ...]] = []
    paragraph = 0
    for data in results:
        count = len(data["ends"])
        lengths = [len(p.text) for p in article.paragraphs[paragraph : paragraph + count]]
        spans.extend(spans_from_ends(data["ends"], lengths))
        paragraph += count
    if paragraph != len(article.paragraphs):
        return None
    stats = merge_stats(data["stats"] for data in results)
    return Words(tuple(spans), tuple(top_keywords(stats)))


def _stop(children: list[subprocess.Popen[bytes]]) -> None:
    """End the children still running."""
    for child in children:
        if child.poll() is None:
            child.kill()
            child.wait()


class EarlyWords:
    """Children that segment a book's lines while the parent still builds its model.

    Which lines are the article's paragraphs (and not page chrome) is known only once the
    model is built, and that takes seconds of its own; segmenting waits for nothing but the
    text.  So the children (at a lower priority: the model comes first) segment every
    non-blank line at once, and :meth:`finish` tells each which of its lines are
    paragraphs: only those give words and keyword statistics, as :func:`segment_in_children`
    would, with the handles the whole article closes (a line whose handles that changes is
    segmented again).
    """

    def __init__(self, text: str, script: Script, jobs: int) -> None:
        lines = text.split("\n")
        self.lines = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
        total = sum(len(t) for _, t in self.lines) or 1
        self.chunks: list[tuple[int, int]] = []
        start, acc = 0, 0
        for k, (_, t) in enumerate(self.lines):
            acc += len(t)
            if acc >= total * (len(self.chunks) + 1) / jobs and len(self.chunks) < jobs - 1:
                self.chunks.append((start, k + 1))
                start = k + 1
        self.chunks.append((start, len(self.lines)))
        self.chunks = [(lo, hi) for lo, hi in self.chunks if lo < hi]  # (fewer lines than jobs)
        self.children: list[subprocess.Popen[bytes]] = []
        self.writers: list[threading.Thread] = []
        self.failed = False
        try:
            for lo, hi in self.chunks:
                child = spawn_word_worker("--early")
                self.children.append(child)
                payload = {"script": script.value, "paragraphs": [t for _, t in self.lines[lo:hi]]}
                data = json.dumps(payload).encode("ascii") + b"\n"
                # (written from a thread: the parent goes on building while the child starts up)
                writer = threading.Thread(target=self._send, args=(child, data), daemon=True)
                writer.start()
                self.writers.append(writer)
        except (OSError, subprocess.SubprocessError, RuntimeError):
            self.failed = True
            self.close()

    def _send(self, child: subprocess.Popen[bytes], data: bytes) -> None:
        try:
            assert child.stdin is not None
            child.stdin.write(data)
            child.stdin.flush()
        except (OSError, ValueError):
            self.failed = True

    def finish(self, article: Article) -> Words | None:
        """The article's words, or ``None`` (the caller then segments as usual): a child
        failed, or the article's paragraphs are not the text's lines in order."""

        try:
            for writer in self.writers:
                writer.join()
            if self.failed or not self.children or len(self.children) != len(self.chunks):
                return None
            # each paragraph is a stripped line of the text, in order
            where, k = [], 0
            for p in article.paragraphs:
                text = p.text.original
                while k < len(self.lines) and self.lines[k][1] != text:
                    k += 1
                if k == len(self.lines):
                    return None
                where.append(k)
                k += 1
            first = 0
            known = sorted(_article_handles(article))
            for (lo, hi), child in zip(self.chunks, self.children, strict=True):
                body = [w - lo for w in where if lo <= w < hi]
                assert child.stdin is not None
                told = {"body": body, "first": first, "known": known}
                child.stdin.write(json.dumps(told).encode("ascii") + b"\n")
                child.stdin.close()
                first += len(body)
            results = _answers(self.children)
            return _merged(article, results) if results is not None else None
        except (OSError, subprocess.SubprocessError, ValueError, KeyError, TypeError):
            return None
        finally:
            self.close()

    def close(self) -> None:
        """End the children that are still running (the words came from the cache)."""
        _stop(self.children)
