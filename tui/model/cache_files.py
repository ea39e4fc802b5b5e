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
import os
import stat
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    """Where cache files go: ``$ARTICLE_EXPLORER_CACHE`` or the XDG user cache directory."""
    override = os.environ.get("ARTICLE_EXPLORER_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("article-explorer"))


def write_atomically(target: Path, data: bytes) -> bool:
    """Write ``data`` to ``target`` through a temporary file and a rename; False if it failed."""
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


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, only if it is a regular file of at most ``limit`` bytes.

    A cache, state or config file may have been replaced by anything: a FIFO blocked the
    start for ever (opened for reading, it waits for a writer) and ``/dev/zero`` read until
    memory ran out.  Opened without blocking and checked on the open file; raises
    ``FileNotFoundError`` when absent and another ``OSError`` for anything else.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > limit:
            raise OSError(errno.EFBIG, "file too large", str(path))
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew while being read
                raise OSError(errno.EFBIG, "file too large", str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)
