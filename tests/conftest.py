"""Shared fixtures: the bundled article, and cache and config directories that are never the user's."""

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
def _private_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """``$XDG_CONFIG_HOME`` for the test: the user's own keymap never changes a test."""
    path = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path))
    return path


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return BUNDLED.read_text("utf-8")


@pytest.fixture(scope="session")
def bundled_article():
    from tui.model.load import load_article

    return load_article(BUNDLED)


os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
