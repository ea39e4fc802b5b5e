"""Where the reader was in each file, kept between runs.

One small JSON file in the user's state directory (``$XDG_STATE_HOME/article-explorer/``,
or platformdirs' choice): for each of the last :data:`MAX_FILES` files, keyed by a hash
of their content (so a renamed file keeps its place and an edited one starts afresh),
the reading position, the script and the Traditional variant, and the path it was
opened from (for the open dialog's list of recent files).

Reading costs one small file on start-up.  Anything unexpected — no file, bad JSON, a
wrong field — is ignored, entry by entry, never shown as an error: losing a reading
place must never stop a file from opening.  Writes go to a temporary file that is then
renamed over the old one, and merge with what another running copy may have written.
No Textual here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from tui.model.cache_files import read_regular

VERSION = 1
#: How many files are remembered; the least recently seen are forgotten first.
MAX_FILES = 50
#: A state file larger than this is not ours to read (it is a few KB at most).
MAX_BYTES = 1 << 20
FILE_NAME = "state.json"


def state_dir() -> Path:
    """``$XDG_STATE_HOME/article-explorer`` (honoured on every platform), else platformdirs'."""
    xdg = os.environ.get("XDG_STATE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "article-explorer"
    from platformdirs import user_state_dir

    return Path(user_state_dir("article-explorer"))


def content_key(text: str) -> str:
    """The key a document is remembered by: a hash of its (sanitised) text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True)
class Document:
    """The document on screen, as it is remembered: its content key ("" for none) and path."""

    key: str = ""
    path: str | None = None  # absolute; None for standard input


@dataclass(frozen=True)
class Place:
    """Where the reader was in one file, and how it was shown."""

    paragraph: int = 0
    offset: int = 0
    script: str | None = None  # "simplified" or "traditional"
    variant: str | None = None  # the Traditional form chosen (standard, tw, hk), if any
    path: str | None = None  # absolute path it was opened from; None for standard input
    seen: float = 0.0  # time.time() of the last visit


def _place(data: Any) -> Place | None:
    """A :class:`Place` from JSON data, or ``None`` if any field is of the wrong kind."""
    if not isinstance(data, dict):
        return None
    paragraph, offset = data.get("paragraph", 0), data.get("offset", 0)
    seen = data.get("seen", 0.0)
    texts = [data.get(k) for k in ("script", "variant", "path")]
    ints_ok = all(type(v) is int and 0 <= v < 1 << 40 for v in (paragraph, offset))
    if not ints_ok or not isinstance(seen, int | float) or isinstance(seen, bool):
        return None
    if not all(v is None or (isinstance(v, str) and len(v) < 4096) for v in texts):
        return None
    return Place(paragraph, offset, *texts, seen=float(seen))


def _read(path: Path) -> dict[str, Place]:
    try:
        data = json.loads(read_regular(path, MAX_BYTES).decode("utf-8"))
    except (OSError, ValueError):  # missing, unreadable, no regular file, not UTF-8, not JSON
        return {}
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        return {}
    places = {}
    for key, value in files.items():
        place = _place(value)
        if place is not None and isinstance(key, str) and len(key) <= 64:
            places[key] = place
    return places


class Remembered:
    """The places of the last few files: read once, changed in memory, saved on demand.

    ``folder=None`` remembers nothing and writes nothing (``--no-state``).
    """

    def __init__(self, folder: Path | None, places: dict[str, Place] | None = None) -> None:
        self.folder = folder
        self._places = dict(places or {})
        self._changed: set[str] = set()

    @classmethod
    def load(cls, folder: Path | None = None) -> Remembered:
        """Read the state file in ``folder`` (default: :func:`state_dir`)."""
        folder = folder if folder is not None else state_dir()
        return cls(folder, _read(folder / FILE_NAME))

    @classmethod
    def disabled(cls) -> Remembered:
        return cls(None)

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def place(self, key: str) -> Place | None:
        """Where the reader was in the document with content ``key``."""
        return self._places.get(key) if self.enabled else None

    def remember(self, key: str, place: Place) -> None:
        """Note ``place`` for ``key`` (in memory until :meth:`save`), stamped with the time."""
        if self.enabled:
            self._places[key] = replace(place, seen=time.time())
            self._changed.add(key)

    def recent(self, count: int = 8) -> list[str]:
        """Paths of the most recently read files that still exist, newest first."""
        if not self.enabled:
            return []
        paths: list[str] = []
        for place in sorted(self._places.values(), key=lambda p: p.seen, reverse=True):
            if place.path and place.path not in paths and os.path.isfile(place.path):
                paths.append(place.path)
                if len(paths) == count:
                    break
        return paths

    def save(self) -> bool:
        """Write what changed, merged into the file as it is now; ``False`` if it could not be.

        Another copy of the program may have saved since this one read: its entries are
        kept, and ours win only for the keys we changed.
        """
        if not self.enabled or not self._changed:
            return True
        assert self.folder is not None
        merged = _read(self.folder / FILE_NAME)
        merged.update({k: self._places[k] for k in self._changed})
        newest = sorted(merged.items(), key=lambda kv: kv[1].seen, reverse=True)[:MAX_FILES]
        data = {"version": VERSION, "files": {k: asdict(p) for k, p in newest}}
        try:
            _write_atomically(self.folder / FILE_NAME, json.dumps(data, ensure_ascii=False))
        except OSError:
            return False
        self._places = dict(newest)
        self._changed.clear()
        return True


def _write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``."""
    import tempfile  # only when writing: not on the way to the first screen

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
