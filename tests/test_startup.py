"""The cyclic collector waits for the first frame, and only a pause made at start is undone."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tests.apps import explorer, settle
from tui.startup import pause_collection, resume_collection


@pytest.fixture
def collector_on() -> Iterator[None]:
    """Every test here leaves the collector as it found it (on)."""
    assert gc.isenabled()
    yield
    resume_collection()
    gc.enable()


def test_pause_then_resume(collector_on: None) -> None:
    pause_collection()
    assert not gc.isenabled()
    resume_collection()
    assert gc.isenabled()


def test_resume_without_pause_keeps_the_collector_as_it_was(collector_on: None) -> None:
    gc.disable()  # someone else's choice: not ours to undo
    resume_collection()
    assert not gc.isenabled()


async def test_the_app_resumes_collection_after_its_first_frame(collector_on: None) -> None:
    pause_collection()
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert gc.isenabled()


@pytest.mark.parametrize(
    ("size", "classes"),
    [((120, 40), {"-wide"}), ((90, 24), {"-medium"}), ((60, 20), {"-narrow", "-folded"})],
)
async def test_the_screen_is_styled_once_before_its_first_frame(
    size: tuple[int, int], classes: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """It starts with the classes the first resize would give it: no second restyle of it all."""
    from tui.safe_screens import ExplorerScreen

    restyled: list[object] = []
    original = ExplorerScreen.update_node_styles

    def counting(self: ExplorerScreen, animate: bool = True) -> None:
        restyled.append(self)
        original(self, animate)

    monkeypatch.setattr(ExplorerScreen, "update_node_styles", counting)
    app = explorer()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert classes <= app.screen.classes
        assert len(restyled) == 1  # Textual's own, when the screen is first shown


def test_only_a_book_is_frozen_out_of_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    """Freezing keeps whatever is alive then (a dialog, a test's app) forever: only for a book."""
    from types import SimpleNamespace

    from tui.app import _settle_heap
    from tui.model.load import BIG_TEXT

    def article(chars: int) -> SimpleNamespace:
        text = SimpleNamespace(original="字" * (chars // 2))
        return SimpleNamespace(paragraphs=[SimpleNamespace(text=text)] * 2)

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    _settle_heap(article(BIG_TEXT // 10))  # type: ignore[arg-type]
    assert frozen == []
    _settle_heap(article(BIG_TEXT))  # type: ignore[arg-type]
    assert frozen == [True]


def test_the_command_line_resumes_collection_however_it_ends(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file refused after the pause (the app never starts) leaves the collector on (as do
    tests that call the command line in-process)."""
    from tui import cli

    monkeypatch.setattr(cli, "_keys_from_terminal", lambda: True)  # as from a terminal
    from tui import startup

    paused: list[bool] = []
    real = startup.pause_collection
    monkeypatch.setattr(startup, "pause_collection", lambda: (paused.append(True), real()))
    assert cli.main(["/nonexistent/article.txt"]) == 2
    assert paused  # the interactive path was taken
    assert gc.isenabled()
