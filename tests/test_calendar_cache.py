"""Calendar days kept between runs are the days ``lunar_python`` gives, or are not used."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tui.model import calendar_cache, festivals


@pytest.fixture
def new_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A fresh process with its own cache directory: nothing loaded, nothing worked out."""
    monkeypatch.setenv("ARTICLE_EXPLORER_CACHE", str(tmp_path))
    monkeypatch.setattr(calendar_cache, "_known", None)
    monkeypatch.setattr(calendar_cache, "_fresh", {})
    festivals.festival_date.cache_clear()
    festivals.lunar_date.cache_clear()
    yield tmp_path
    festivals.festival_date.cache_clear()
    festivals.lunar_date.cache_clear()


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar_cache, "_known", None)
    monkeypatch.setattr(calendar_cache, "_fresh", {})
    festivals.festival_date.cache_clear()
    festivals.lunar_date.cache_clear()


ASKED = [("春节", 2025), ("中秋", 2024), ("除夕", 2025), ("冬至", 2024), ("清明", 2026), ("腊八", 2025)]


def test_kept_days_are_the_computed_days(new_process: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = [festivals.festival_date(n, y) for n, y in ASKED]
    lunar = [festivals.lunar_date(2025, 8, 15), festivals.lunar_date(2025, 2, 30), festivals.lunar_day(date(2025, 10, 6))]
    assert first[0] == date(2025, 1, 29) and first[1] == date(2024, 9, 17)
    assert lunar[0] == date(2025, 10, 6) and lunar[1] is None and lunar[2] == 15
    calendar_cache.save()
    assert any(new_process.glob("calendar-*.marshal"))
    _restart(monkeypatch)

    def no_library(*args: object, **kwargs: object) -> None:
        raise AssertionError("worked out again instead of read back")

    monkeypatch.setattr(festivals, "_lunar_festival", no_library)
    assert [festivals.festival_date(n, y) for n, y in ASKED] == first
    assert festivals.lunar_date(2025, 8, 15) == lunar[0] and festivals.lunar_date(2025, 2, 30) is None
    assert festivals.lunar_day(date(2025, 10, 6)) == 15


def test_a_damaged_file_means_working_the_days_out(new_process: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    festivals.festival_date("春节", 2025)
    calendar_cache.save()
    for path in new_process.glob("calendar-*.marshal"):
        path.write_bytes(b"\x00not marshal")
    _restart(monkeypatch)
    assert festivals.festival_date("春节", 2025) == date(2025, 1, 29)


def test_nothing_new_writes_nothing(new_process: Path) -> None:
    calendar_cache.save()
    assert not any(new_process.glob("calendar-*.marshal"))
