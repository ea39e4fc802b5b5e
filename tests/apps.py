"""Helpers to build the explorer on the bundled article for Pilot and snapshot tests."""

from __future__ import annotations

import functools

from tests.conftest import BUNDLED
from tui.app import ArticleExplorer
from tui.model.article import Article
from tui.model.load import load_article
from tui.model.scripts import Script


def explorer(script: Script | None = None) -> ArticleExplorer:
    return ArticleExplorer(load_article(BUNDLED), script=script, use_cache=False)


@functools.cache
def segmented_bundled() -> Article:
    """The bundled article with its words, segmented once per test session (in this process)."""
    from tui.model.article import with_words
    from tui.model.cache import words_for

    article = load_article(BUNDLED)
    return with_words(article, words_for(article, use_cache=False))


def ready_explorer(script: Script | None = None, **options) -> ArticleExplorer:
    """The explorer on the bundled article whose words are already there: no words worker."""
    return ArticleExplorer(segmented_bundled(), script=script, use_cache=False, **options)


async def settle(pilot) -> None:
    """Wait for the words worker and pending refreshes, so screens are deterministic."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


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
