"""Helpers to build the explorer on the bundled article for Pilot and snapshot tests.

Apps get their words from :func:`session_words`: each text is segmented once per test
session (in whichever of its processes first needs it), instead of in a child process per app.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.conftest import BUNDLED, SESSION_WORDS
from tui.app import ArticleExplorer
from tui.model.article import Article, Words
from tui.model.build import with_words
from tui.model.load import Source, load_article
from tui.model.scripts import Script

_words: dict[tuple[str, ...], Words] = {}
_lock = threading.Lock()


def session_words(article: Article) -> Words:
    """The words of ``article``, segmented the first time its text is seen in this session."""
    key = tuple(p.text.original for p in article.paragraphs)
    with _lock:
        if key not in _words:
            _words[key] = _shared_words(article)
            # kept for the session, like jieba's dictionary it may have loaded: out of the
            # collector's scans (see conftest's pytest_collection_finish)
            gc.freeze()
        return _words[key]


def _shared_words(article: Article) -> Words:
    """Words from the session's word directory, where the test workers (and the inner pytest
    runs of tests) leave what they segment, so no other process segments that text again;
    segmented here (in-process, as the app's cache would) when it is not there yet."""
    from tui.model.cache import load_words, save_words, words_for

    shared = os.environ.get(SESSION_WORDS)
    if not shared:
        return words_for(article, use_cache=False, jobs=0)
    directory = Path(shared)
    text = "\n".join(p.text.original for p in article.paragraphs)
    name = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    with _locked(directory / f"{name}.lock"):  # one process segments it; others wait and read
        words = load_words(article, directory)
        if words is None:
            words = words_for(article, use_cache=False, jobs=0)
            save_words(article, words, directory)
    return words


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock between processes (``flock``; none where there is no ``fcntl``)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def warm_word_cache(source: Source, directory: str | Path | None = None) -> None:
    """Leave the words of ``source``'s article in a word cache (the test's own unless
    ``directory``), from :func:`session_words`.

    A run of the program on the same text then reads them instead of segmenting it in a new
    process (about a second each): for command-line tests about something else.
    """
    from tui.model.cache import load_words, save_words

    article = source.build()
    target = Path(directory) if directory is not None else None
    save_words(article, session_words(article), target)
    assert load_words(article, target) is not None


@functools.cache
def shared_bundled_article() -> Article:
    """The bundled article's model, built once per test process (models are frozen: an app
    that gets its words makes a new one), as :func:`session_words` segments it once."""
    return load_article(BUNDLED)


@functools.cache
def _worded_bundled_article() -> Article:
    article = shared_bundled_article()
    return with_words(article, session_words(article))


def explorer(script: Script | None = None, real_words: bool = False) -> ArticleExplorer:
    """The app on the bundled article; ``real_words`` segments as the program does."""
    if real_words:
        return ArticleExplorer(shared_bundled_article(), script=script, use_cache=False)
    return ArticleExplorer(
        _worded_bundled_article(), script=script, use_cache=False, segmenter=session_words
    )


def app_for(article: Article, **options: object) -> ArticleExplorer:
    """The app on ``article``, with words from :func:`session_words`."""
    if not article.segmented:
        article = with_words(article, session_words(article))
    return ArticleExplorer(article, use_cache=False, segmenter=session_words, **options)  # type: ignore[arg-type]


async def settle(pilot) -> None:
    """Wait for the words worker and pending refreshes, so screens are deterministic."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def palette_hits(pilot) -> None:
    """Wait for the command palette's hits for what was typed: the input's change message
    starts a search worker, which fills the list when it ends."""
    await pilot.pause()
    await settle(pilot)


async def wait_until(pilot, condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Pause until ``condition()`` holds: for what arrives on a timer, instead of a fixed sleep
    that is either too long (slow) or too short (flaky)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"still not true after {timeout} s"
        await pilot.pause(0.01)


async def click_text(pilot, needle: str) -> bool:
    """Click the first place on screen where the article pane shows ``needle``."""
    from rich.cells import cell_len

    from tui.widgets.article_view import ArticleView

    view = pilot.app.query_one(ArticleView)
    for y in range(view.size.height):
        text = view.render_line(y).text
        if needle in text:
            x = cell_len(text[: text.index(needle)]) + 1  # + the pane's left padding
            await pilot.click(ArticleView, offset=(x + 2, y + 1))  # + border, inside the text
            return True
    return False
