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
