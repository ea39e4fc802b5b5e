"""Calendar days kept between runs are the days ``lunar_python`` gives, or are not used."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tui.model import calendar_cache, festivals


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if this were a new process: nothing loaded, nothing worked out."""
    monkeypatch.setattr(calendar_cache, "_known", None)
    monkeypatch.setattr(calendar_cache, "_fresh", {})
    festivals.festival_date.cache_clear()
    festivals.lunar_date.cache_clear()


@pytest.fixture
def new_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A fresh process with its own cache directory."""
    monkeypatch.setenv("ARTICLE_EXPLORER_CACHE", str(tmp_path))
    _restart(monkeypatch)
    yield tmp_path
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

    import lunar_python

    monkeypatch.setattr(festivals, "_lunar_festival", no_library)
    monkeypatch.setattr(lunar_python.Lunar, "fromYmd", no_library)
    monkeypatch.setattr(lunar_python.Solar, "fromYmd", no_library)
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


def test_a_value_out_of_a_days_range_means_working_the_day_out(new_process: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    calendar_cache._file().parent.mkdir(parents=True, exist_ok=True)
    calendar_cache._file().write_bytes(marshal.dumps({("春节", 2025, 0, 0): 10**12}))
    _restart(monkeypatch)
    assert festivals.festival_date("春节", 2025) == date(2025, 1, 29)


def test_the_apps_forked_first_model_keeps_the_days(tmp_path: Path) -> None:
    """The first model is built in a forked child that leaves with os._exit (no atexit): the
    command line hands it the calendar's save as it does the rules'."""
    import subprocess
    import sys

    code = (
        "from tui.prebuild import in_child\n"
        "from tui.model import calendar_cache, festivals\n"
        "import tui.cli as cli, inspect\n"
        "assert 'calendar_cache.save()' in inspect.getsource(cli)\n"
        "def work():\n"
        "    return festivals.festival_date('中秋', 2031)\n"
        "pending = in_child(work, afterwards=calendar_cache.save)\n"
        "print(pending())\n"
    )
    env = {"ARTICLE_EXPLORER_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert "2031-10-01" in out.stdout, out
    assert any(tmp_path.glob("calendar-*.marshal"))
