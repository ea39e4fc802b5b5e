"""Helpers to build the explorer on the bundled article for Pilot and snapshot tests.

Apps get their words from :func:`session_words`: each text is segmented once per test
session, in this process, instead of in a child process per app.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from tests.conftest import BUNDLED
from tui.app import ArticleExplorer
from tui.model.article import Article, Words
from tui.model.load import load_article
from tui.model.scripts import Script

_words: dict[tuple[str, ...], Words] = {}
_lock = threading.Lock()


def session_words(article: Article) -> Words:
    """The words of ``article``, segmented the first time its text is seen in this session."""
    from tui.model.cache import words_for

    key = tuple(p.text.original for p in article.paragraphs)
    with _lock:
        if key not in _words:
            _words[key] = words_for(article, use_cache=False, jobs=0)
        return _words[key]


def explorer(script: Script | None = None, real_words: bool = False) -> ArticleExplorer:
    """The app on the bundled article; ``real_words`` segments as the program does."""
    return ArticleExplorer(
        load_article(BUNDLED),
        script=script,
        use_cache=False,
        segmenter=None if real_words else session_words,
    )


def app_for(article: Article, **options: object) -> ArticleExplorer:
    """The app on ``article``, with words from :func:`session_words`."""
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
