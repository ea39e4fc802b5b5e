"""Completing a typed path with ``tab``, as a shell does; no Textual here.

``~`` is understood and kept as typed; folders get a trailing ``/``; hidden entries
are offered only when the typed name starts with a dot.  A folder that cannot be
read simply offers nothing.

Names are offered and completed as they are shown (:func:`safe_line`: ``ESC`` is ``␛``), so
a control character in a file name never reaches the terminal from the dialog's field;
:func:`real_path` turns such a shown path back into the file it names, so it still opens.
"""

from __future__ import annotations

import os

from tui.model.sanitize import safe_line

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
    folder = os.path.expanduser(real_path(prefix)) if prefix else "."
    names: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                name = safe_line(entry.name)  # as shown; real_path finds the file again
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


def real_path(shown: str) -> str:
    """The path ``shown`` (completed, or typed as shown) names, with its real file names.

    A part that does not exist as written is the one entry of its folder that is shown so
    (``esc␛[31mname.txt`` for a name holding ``ESC``); a path that exists, or one no entry
    is shown as, is returned as written.  ``~`` is kept.
    """
    if not shown or os.path.lexists(os.path.expanduser(shown)):
        return shown
    parts = shown.split(os.sep)
    real: list[str] = []
    for i, part in enumerate(parts):
        here = os.sep.join([*real, part])
        if part in ("", ".", "..") or (i == 0 and part.startswith("~")):
            real.append(part)
            continue
        if os.path.lexists(os.path.expanduser(here)):
            real.append(part)
            continue
        folder = os.path.expanduser(os.sep.join(real)) or (os.sep if real else ".")
        try:
            with os.scandir(folder) as entries:
                found = [e.name for e in entries if safe_line(e.name) == part]
        except OSError:
            found = []
        if len(found) != 1:
            return os.sep.join([*real, *parts[i:]])  # nothing (or no one thing) is shown so
        real.append(found[0])
    return os.sep.join(real)
