"""The cache directory and atomic writes into it, for every cache the model keeps.

Caches are the words of an article (:mod:`tui.model.cache`), the lexicon that cuts
handles (:mod:`tui.model.handle_cut`) and the compiled rules
(:mod:`tui.model.rule_cache`).  All live in the user's cache directory (XDG;
``ARTICLE_EXPLORER_CACHE`` moves it, which the tests use), and every file is
written whole or not at all, so a reader never sees half a file.  Nothing here
imports the rest of the model: the rules need it before anything else is loaded.
"""

from __future__ import annotations

import errno
import marshal
import os
import stat
import tempfile
import threading
from pathlib import Path
from typing import Any

_writing = 0  # cache files being written now (a program leaving waits for these only)
_writing_lock = threading.Lock()


def writes_in_flight() -> int:
    """How many cache files are being written at this moment."""
    return _writing


def cache_dir() -> Path:
    """Where cache files go: ``$ARTICLE_EXPLORER_CACHE`` or the XDG user cache directory."""
    override = os.environ.get("ARTICLE_EXPLORER_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("article-explorer"))


def write_atomically(target: Path, data: bytes) -> bool:
    """Write ``data`` to ``target`` through a temporary file and a rename; False if it failed."""
    global _writing
    with _writing_lock:
        _writing += 1
    try:
        return _write(target, data)
    finally:
        with _writing_lock:
            _writing -= 1


def _write(target: Path, data: bytes) -> bool:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


class NotRegular(OSError):
    """The path is no regular file (``mode``: what it is, from ``fstat``)."""

    def __init__(self, path: str, mode: int) -> None:
        super().__init__(errno.EINVAL, "not a regular file", path)
        self.mode = mode


class TooLarge(OSError):
    """The file is larger than the reader's limit (``size``: what it holds, or more)."""

    def __init__(self, path: str, size: int) -> None:
        super().__init__(errno.EFBIG, "file too large", path)
        self.size = size


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of ``path``, only if it is a regular file of at most ``limit`` bytes.

    Anything may stand where a file is expected: a FIFO blocks its reader for ever (it
    waits for a writer), a terminal would become ours, ``/dev/zero`` reads until memory
    runs out.  Opened without blocking and without taking a terminal, checked on the open
    descriptor (the path may change in between).  Raises ``FileNotFoundError``,
    ``PermissionError``, :class:`NotRegular`, :class:`TooLarge` or another ``OSError``.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(str(path), info.st_mode)
        if info.st_size > limit:
            raise TooLarge(str(path), info.st_size)
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew while being read
                raise TooLarge(str(path), size)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_kept(path: Path, limit: int) -> Any:
    """What a cache file keeps with ``marshal`` (at most ``limit`` bytes), or None when it is
    absent, unreadable, too large or damaged: the caller works it out again."""
    try:
        return marshal.loads(read_regular(path, limit))
    except (OSError, ValueError, EOFError, TypeError):
        return None


def keep(path: Path, data: Any) -> bool:
    """Write ``data`` with ``marshal`` to the cache file ``path``; False if it could not be."""
    try:
        return write_atomically(path, marshal.dumps(data))
    except ValueError:  # (something marshal cannot write)
        return False
