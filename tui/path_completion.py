"""Completing a typed path with ``tab``, as a shell does; no Textual here.

``~`` is understood and kept as typed; folders get a trailing ``/``; hidden entries
are offered only when the typed name starts with a dot.  A folder that cannot be
read simply offers nothing.
"""

from __future__ import annotations

import os

#: Stop listing a folder after this many matches (a huge folder must not stall a key press).
MAX_CANDIDATES = 500


def complete(typed: str) -> tuple[str, list[str]]:
    """The typed path extended as far as every match agrees, and the matching names.

    A single match is completed whole (a folder with its ``/``); several are extended to
    their common beginning.  Names are returned sorted, folders ending with ``/``.
    """
    if typed.startswith("~") and os.sep not in typed:
        if typed != "~":
            return typed, []  # ~user: offer nothing rather than guess at other users' homes
        typed = "~" + os.sep
    cut = typed.rfind(os.sep) + 1
    prefix, partial = typed[:cut], typed[cut:]
    folder = os.path.expanduser(prefix) if prefix else "."
    names: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if not name.startswith(partial) or (
                    name.startswith(".") and not partial.startswith(".")
                ):
                    continue
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                names.append(name + os.sep if is_dir else name)
                if len(names) >= MAX_CANDIDATES:
                    break
    except OSError:
        return typed, []
    names.sort()
    if not names:
        return typed, []
    common = os.path.commonprefix(names)  # noqa: RUF071 (by character, as a shell does)
    return prefix + (names[0] if len(names) == 1 else common), names
