"""Helpers to build the explorer on the bundled article for Pilot and snapshot tests."""

from __future__ import annotations

from tests.conftest import BUNDLED
from tui.app import ArticleExplorer
from tui.model.load import load_article
from tui.model.scripts import Script


def explorer(script: Script | None = None) -> ArticleExplorer:
    return ArticleExplorer(load_article(BUNDLED), script=script, use_cache=False)


async def settle(pilot) -> None:
    """Wait for the words worker and pending refreshes, so screens are deterministic."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
