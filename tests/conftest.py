"""Shared fixtures: the bundled article, and a cache directory that is never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "assets" / "deepseek-breakout.zh-Hant.txt"


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    path = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("ARTICLE_EXPLORER_CACHE", str(path))
    return path


@pytest.fixture(autouse=True)
def _private_state(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Remembered places go to a fresh directory: no test reads or writes the user's."""
    path = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("XDG_STATE_HOME", str(path))
    return path / "article-explorer"


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return BUNDLED.read_text("utf-8")


@pytest.fixture(scope="session")
def bundled_article():
    from tui.model.load import load_article

    return load_article(BUNDLED)


os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
