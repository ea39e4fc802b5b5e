"""Where a Chinese @handle ends when it runs straight into the next word (``@某某表示``).

Decided with jieba's own dictionary and part-of-speech tags, not a hand-made verb
list: the name ends where a verb, adverb, preposition, conjunction, particle or
time word of the dictionary begins.  jieba's tokenizer is never initialised for
this (that costs about 0.6 s and keeps jieba off the path to the first screen):
only the dictionary's tagged function words are read, once, and kept in the
user's cache directory, so later processes load them in a few milliseconds.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import tempfile
import threading
from pathlib import Path

#: Tags of words that follow a name in running text (jieba's ICTCLAS-style tag set).
FUNCTION_TAGS = frozenset({"p", "c", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud"})
VERB_TAGS = frozenset({"v", "vd", "vi"})
TIME_TAGS = frozenset({"t"})
_MIN_WORD_FREQ = 100  # a multi-character word this rare is not a reason to cut a name
_MIN_CHAR_FREQ = 20000  # single characters: only the very common function words and verbs
_STRONG_CHAR_FREQ = 50000  # 的 在 也 就 等 …: these end a name wherever they stand
_MAX_WORD = 4
_VERSION = "handle-cut-2"

_lock = threading.Lock()
_lexicon: dict[str, str] | None = None


def _dictionary() -> Path | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    return path if path.exists() else None


def _read(path: Path) -> dict[str, str]:
    """Words that end a name, from jieba's dictionary.

    word -> ``w`` (a word of several characters), ``f`` (a very common function
    character), ``g`` (a less common one) or ``v`` (a one-character verb).
    """
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq, tag = parts
            n = len(word)
            if n > _MAX_WORD:
                continue
            count = int(freq) if freq.isdigit() else 0
            if n > 1:
                if count >= _MIN_WORD_FREQ and tag in FUNCTION_TAGS | VERB_TAGS | TIME_TAGS:
                    out[word] = "w"
            elif count >= _MIN_CHAR_FREQ:
                if tag in FUNCTION_TAGS:
                    out[word] = "f" if count >= _STRONG_CHAR_FREQ or tag.startswith("u") else "g"
                elif tag in VERB_TAGS:
                    out[word] = "v"
    return out


def _cache_file(path: Path) -> Path | None:
    try:
        from tui.model.cache import cache_dir

        st = path.stat()
        return cache_dir() / f"{_VERSION}-{st.st_size}-{int(st.st_mtime)}.marshal"
    except Exception:  # no cache directory: read the dictionary each time
        return None


def lexicon() -> dict[str, str]:
    """The words that end a name (loaded once per process; cached on disk)."""
    global _lexicon
    if _lexicon is not None:
        return _lexicon
    with _lock:
        if _lexicon is not None:
            return _lexicon
        path = _dictionary()
        table: dict[str, str] = {}
        if path is not None:
            cached = _cache_file(path)
            try:
                if cached is not None and cached.exists():
                    loaded = marshal.loads(cached.read_bytes())
                    if isinstance(loaded, dict):
                        table = loaded
            except (OSError, ValueError, EOFError, TypeError):
                table = {}
            if not table:
                table = _read(path)
                if cached is not None:
                    _store(cached, table)
        _lexicon = table
    return _lexicon


def _store(target: Path, table: dict[str, str]) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".handle-cut-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(table))
        os.replace(tmp, target)
    except OSError:
        pass


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0002ffff"


def _word_at(run: str, i: int, table: dict[str, str]) -> str | None:
    """The longest dictionary word of ``table`` that starts at ``i``; its kind or None."""
    for n in range(min(_MAX_WORD, len(run) - i), 1, -1):
        if table.get(run[i : i + n]) == "w":
            return "w"
    return table.get(run[i])


def name_length(run: str, minimum: int = 2) -> int:
    """How much of ``run`` (Simplified, the characters after ``@``) is the name.

    A cut falls only before a hanzi, at least ``minimum`` characters in (and never
    inside a Latin part), where a verb, adverb, preposition, conjunction, particle
    or time word starts: a several-character word anywhere, a very common function
    character (``的``, ``在``, ``也``) anywhere, a rarer one when another such word or
    the end follows it, a one-character verb (``称``, ``说``) only at the end of the run.
    """
    if len(run) <= minimum or not any(_is_cjk(c) for c in run[minimum:]):
        return len(run)
    table = lexicon()
    for i in range(minimum, len(run)):
        if not _is_cjk(run[i]):
            continue
        kind = _word_at(run, i, table)
        if kind == "w":
            return i
        if kind == "f" or (
            kind == "g" and (i + 1 == len(run) or _word_at(run, i + 1, table) is not None)
        ):
            return i
        if kind == "v" and i + 1 == len(run):
            return i
    return len(run)
