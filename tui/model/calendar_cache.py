"""Calendar days worked out once and kept between runs, as compiled rules are.

A festival's or a lunar day's Gregorian date comes from ``lunar_python``, which computes
the sun's and the moon's places for the whole year asked about: about 6 ms a year, and a
text that names the Spring Festival, Mid-Autumn and a lunar day or two pays it on every
start (the bundled article: about 30 ms, a tenth of the first paint).  The answers never
change for a given ``lunar_python``, so they are kept in one small file in the cache
directory, keyed by that library's version; a miss, another version, or a damaged or
unreadable file means computing as usual.
"""

from __future__ import annotations

import atexit
import importlib.util
import threading
from datetime import date
from pathlib import Path

from tui.model.cache_files import cache_dir, keep, read_kept

#: A kept-days file larger than this is not ours (it holds a few thousand small entries).
_FILE_MAX = 1 << 22
#: Kept entries beyond this are not added to (a book of dates stays well under it).
MAX_ENTRIES = 50_000

_MAX_ORDINAL = date.max.toordinal()

Key = tuple[str, int, int, int]  # (what, year, month, day); unused parts are 0
_lock = threading.Lock()
_known: dict[Key, int] | None = None  # a day's ordinal, or 0 for "no such day"
_fresh: dict[Key, int] = {}


_edition: str | None = None


def _file() -> Path:
    """One file per installed ``lunar_python`` (its main module's size and time: reading the
    package's metadata would cost more than the days it saves)."""
    global _edition
    if _edition is None:
        spec = importlib.util.find_spec("lunar_python")
        try:
            st = Path(spec.origin).stat()  # type: ignore[union-attr, arg-type]
            _edition = f"{st.st_size}-{st.st_mtime_ns}"
        except (AttributeError, TypeError, OSError):
            _edition = "unknown"
    return cache_dir() / f"calendar-{_edition}.marshal"


def _load() -> dict[Key, int]:
    global _known
    if _known is None:
        with _lock:
            if _known is None:
                loaded = read_kept(_file(), _FILE_MAX)
                _known = loaded if isinstance(loaded, dict) else {}
    return _known


def get(key: Key) -> int | None:
    """The kept ordinal for ``key`` (0: no such day), or None when it was never worked out."""
    value = _load().get(key)
    if value is None:
        value = _fresh.get(key)
    # (a damaged file's value out of a day's range means working it out, as a miss does)
    return value if isinstance(value, int) and 0 <= value <= _MAX_ORDINAL else None


def put(key: Key, ordinal: int) -> None:
    """Keep ``ordinal`` (0 for "no such day") for the next start."""
    with _lock:
        if len(_fresh) + len(_known or {}) < MAX_ENTRIES:
            _fresh[key] = ordinal


def save() -> None:
    """Write what this process worked out that was not kept yet (nothing new: no write)."""
    global _known
    if not _fresh:
        return
    with _lock:
        on_disk = read_kept(_file(), _FILE_MAX)
        known = on_disk if isinstance(on_disk, dict) else {}
        known.update(_fresh)
        _known = known
        _fresh.clear()
        keep(_file(), known)


atexit.register(save)
