"""Compiled rules kept between runs, the way Python keeps compiled modules.

The model's rules are a few hundred regular expressions, and ``re`` compiles each
one in pure Python (parsing, then optimising every character class; a class of
hanzi costs a pass over 64K code points): about 80 ms for the rules a first
screen needs, the largest single part of opening an article, paid again by every
start.  What the compiler produces is plain data (the regex engine's code, a list
of integers, and the group names), so, like a ``.pyc``, it is kept in the cache
directory: one file per Python build, read back with one ``marshal.loads`` and
handed to the engine, which validates code before it runs it.  Entries are keyed
by the pattern itself, so an edited rule is simply a new entry.  A miss, another
Python, or a damaged or unreadable file means compiling as usual.

Only the model's own rules come here (never a pattern built from a document's
text), so the file stays as small as the rule set.  The file also names the edition of
the model's modules it was written for: the first save after an upgrade (or an edit of
the rules) keeps only the rules still in use, so old rules do not pile up in it (every
start reads the whole file, and a file of stale rules is slower to read than to compile).
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tui.model.cache_files import cache_dir, read_regular, write_atomically
from tui.model.rule_split import SplitRule, split_rule

try:  # the compiler's two halves and the engine (Python 3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another implementation: compile as usual
    _sre = None

#: Kept entries beyond this are pruned to the ones this process used.
MAX_ENTRIES = 1000  # the rules are about 500 patterns
#: The package whose modules' edition the file is written for.
_RULES = Path(__file__).resolve().parent

_Key = tuple[str, int, str]
_Entry = tuple[str, int, list[int], int, dict[str, int], tuple[Any, ...]]
_lock = threading.Lock()
_known: dict[_Key, _Entry] | None = None
_used: set[_Key] = set()
_fresh: dict[_Key, _Entry] = {}


#: A kept-rules file larger than this is not ours (it is about 1 MB).
_CACHE_MAX = 1 << 28

def _file() -> Path:
    """One file per Python build and per edition of OpenCC's tables (rules are rewritten by them)."""
    if _sre is None:
        raise OSError("no regex engine to feed")
    build = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"
    build += f"|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"
    import opencc

    tables = Path(opencc.__file__).parent / "dictionary"
    for name in ("STCharacters.txt", "TSCharacters.txt"):
        st = (tables / name).stat()
        build += f"|{st.st_size}-{st.st_mtime_ns}"
    return cache_dir() / f"rules-{hashlib.sha256(build.encode()).hexdigest()[:16]}.marshal"


def _read() -> tuple[str, dict[_Key, _Entry]]:
    """The file's edition of the rules and its entries; nothing when absent or unreadable."""
    try:
        loaded = marshal.loads(read_regular(_file(), _CACHE_MAX))
    except (OSError, ValueError, EOFError, TypeError):
        return "", {}
    if not isinstance(loaded, dict) or not isinstance(loaded.get("entries"), dict):
        return "", {}  # an older layout: written afresh at the next save
    return str(loaded.get("edition", "")), loaded["entries"]


def _load() -> dict[_Key, _Entry]:
    global _known
    if _known is None:
        with _lock:
            if _known is None:
                _known = _read()[1]
    return _known


def rules_edition() -> str:
    """The edition of the model's modules as installed (their sizes and times): it changes
    with an upgrade or an edit of the rules, and only then."""
    stamps = []
    for path in sorted(_RULES.glob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        stamps.append(f"{path.name}:{st.st_size}-{st.st_mtime_ns}")
    return hashlib.sha256("|".join(stamps).encode()).hexdigest()[:16]


_editions: dict[Callable[[str], str], str] = {}


def _edition(prepare: Callable[[str], str]) -> str:
    """Which rewriting this is: its name and its module's file as installed (an upgrade that
    changes the rewriting makes new entries instead of serving the old compiled rules)."""
    edition = _editions.get(prepare)
    if edition is None:
        module = sys.modules.get(prepare.__module__)
        try:
            st = Path(module.__file__).stat()  # type: ignore[union-attr, arg-type]
            stamp = f"{st.st_size}-{st.st_mtime_ns}"
        except (AttributeError, TypeError, OSError):
            stamp = "?"
        edition = _editions[prepare] = f"{prepare.__module__}.{prepare.__qualname__}@{stamp}"
    return edition


def compile(
    pattern: str, flags: int = 0, prepare: Callable[[str], str] | None = None
) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the kept compiled form when there is one.

    ``prepare`` rewrites a rule before it is compiled (:func:`tui.model.scripts.either_script`);
    the kept form is looked up by the rule as written, so a hit skips the rewriting too.
    """
    if _sre is None:
        return re.compile(prepare(pattern) if prepare else pattern, flags)
    # plain int: re.IGNORECASE is an enum marshal cannot keep
    key = (pattern, int(flags), _edition(prepare) if prepare else "")
    entry = _load().get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(*entry)
        except Exception:  # damaged or foreign: compile it afresh below
            pass
        else:
            with _lock:
                _used.add(key)
            return compiled
    if prepare is not None:
        pattern = prepare(pattern)
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groups = parsed.state.groupdict
        names: list[str | None] = [None] * parsed.state.groups
        for name, index in groups.items():
            names[index] = name
        entry = (  # plain ints: the compiler's flags and opcodes are int subclasses
            pattern,
            int(flags | parsed.state.flags),
            [int(op) for op in code],
            parsed.state.groups - 1,
            dict(groups),
            tuple(names),
        )
        compiled = _sre.compile(*entry)
    except re.error:
        raise
    except Exception:  # the compiler's internals moved: the public way, nothing kept
        return re.compile(pattern, flags)
    with _lock:
        _fresh[key] = entry
        _used.add(key)
    return compiled


def compile_split(
    pattern: str, flags: int = 0, prepare: Callable[[str], str] | None = None
) -> re.Pattern[str] | SplitRule:
    """:func:`compile`, a rule of many anchored alternatives kept as two parts that search a
    line faster (see :mod:`tui.model.rule_split`)."""
    return split_rule(pattern, flags, lambda part, f: compile(part, f, prepare))


def save() -> None:
    """Keep what this process compiled that was not kept yet (nothing new: no write).

    The file is read again first: another process (the forked child that built the first
    model, another window) may have kept rules since this one loaded it.
    """
    global _known
    if not _fresh:
        return
    with _lock:
        edition = rules_edition()
        on_disk_edition, known = _read()
        if on_disk_edition != edition:
            # kept for other modules (an upgrade, an edited rule): what this process used is
            # still a rule; the rest may not be, and is compiled again if it is
            known = {key: known[key] for key in _used if key in known}
        known.update(_fresh)
        if len(known) > MAX_ENTRIES:  # rules edited many times: keep what is in use
            known = {key: known[key] for key in _used | _fresh.keys() if key in known}
        _fresh.clear()
        _known = known
        try:
            write_atomically(_file(), marshal.dumps({"edition": edition, "entries": known}))
        except (OSError, ValueError):
            return


atexit.register(save)  # a process that compiled new rules keeps them for the next one
