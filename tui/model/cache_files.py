"""The cache directory and atomic writes into it, for every cache the model keeps.

Caches are the words of an article (:mod:`tui.model.cache`), the lexicon that cuts
handles (:mod:`tui.model.handle_cut`) and the compiled rules
(:mod:`tui.model.rule_cache`).  All live in the user's cache directory (XDG;
``ARTICLE_EXPLORER_CACHE`` moves it, which the tests use), and every file is
written whole or not at all, so a reader never sees half a file.  Nothing here
imports the rest of the model: the rules need it before anything else is loaded.
"""

from __future__ import annotations

import os
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
