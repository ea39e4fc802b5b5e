"""The one adapter between the app and OpenCC.

Every span in the model is a character offset that must mean the same place in
both scripts, so conversion here is always length-preserving: we use only the
character-for-character OpenCC configurations (``t2s`` and ``s2t``) and, should
a phrase rule ever change a length, fall back to converting character by
character.  No other module imports :mod:`opencc`.
"""

from __future__ import annotations

import re
import threading
from enum import StrEnum
from functools import lru_cache

import opencc


class Script(StrEnum):
    """The two Chinese scripts the app shows."""

    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"

    @property
    def other(self) -> Script:
        return Script.SIMPLIFIED if self is Script.TRADITIONAL else Script.TRADITIONAL

    @property
    def badge(self) -> str:
        """The one-character label people know: 繁 or 简."""
        return "繁" if self is Script.TRADITIONAL else "简"


# The only configurations whose output has the input's length, character for character.
_CONFIG = {Script.SIMPLIFIED: "t2s", Script.TRADITIONAL: "s2t"}
_lock = threading.Lock()


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert(text: str, to: Script) -> str:
    """Convert ``text`` into script ``to``, keeping its length exactly.

    This is the single place where the length assumption lives: every caller may
    reuse offsets from one script in the other.
    """
    if not text:
        return text
    with _lock:  # the pure-Python converter keeps per-call state; guard it for worker threads
        out = _converter(_CONFIG[to]).convert(text)
        if len(out) != len(text):
            out = "".join(_char_convert(_CONFIG[to], ch) for ch in text)
    return out


@lru_cache(maxsize=65536)
def _char_convert(config: str, ch: str) -> str:
    out = _converter(config).convert(ch)
    return out if len(out) == 1 else ch


# A sample of characters whose forms differ between the scripts; enough to tell
# which one a text is written in without converting all of it.
def detect_script(text: str, sample: int = 20000) -> Script:
    """Guess the script of ``text`` by counting characters that exist in only one script.

    Reads OpenCC's character tables instead of converting, so that opening a file
    never waits for a converter to be built.  Ties count as Simplified.
    """
    simplified_only, traditional_only = _marks()
    head = text[:sample]
    trad = sum(1 for ch in head if ch in traditional_only)
    simp = sum(1 for ch in head if ch in simplified_only)
    return Script.TRADITIONAL if trad > simp else Script.SIMPLIFIED


@lru_cache(maxsize=1)
def _marks() -> tuple[frozenset[str], frozenset[str]]:
    """Characters used only in Simplified, and only in Traditional."""
    forms = _traditional_forms()
    simplified_only = frozenset(s for s, trads in forms.items() if s not in trads)
    traditional_only = frozenset(t for trads in forms.values() for t in trads) - forms.keys()
    return simplified_only, traditional_only


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex matching any of ``words`` (written in Simplified) in either script, longest first."""
    import re

    return "|".join(either_script(re.escape(w)) for w in sorted(set(words), key=len, reverse=True))


_CJK_CHAR = range(0x3400, 0xA000)


@lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, tuple[str, ...]]:
    """Every Traditional character each Simplified one can stand for (历 → 歷, 曆)."""
    from pathlib import Path

    table = Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
    forms: dict[str, tuple[str, ...]] = {}
    for line in table.read_text("utf-8").splitlines():
        simp, _, trads = line.partition("\t")
        if simp and trads:
            forms[simp] = tuple(trads.split())
    return forms


def character_forms(ch: str) -> tuple[str, ...]:
    """The Traditional characters that Simplified ``ch`` can stand for (may be empty)."""
    return _traditional_forms().get(ch, ())


def compile_rule(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Rules are written in Simplified; compiled, they read both scripts."""
    return re.compile(either_script(pattern), flags)


@lru_cache(maxsize=4096)
def to_simplified(text: str) -> str:
    """``text`` in Simplified, remembered: rules ask for the same short words again and again."""
    return convert(text, Script.SIMPLIFIED)


def either_script(pattern: str) -> str:
    """Rewrite a regular expression written in Simplified so it also matches Traditional text.

    Each CJK character with a different Traditional form becomes a class of both
    (``节`` → ``[节節]``; inside ``[...]`` the form is added), so one rule reads
    both scripts without converting the text, and every match keeps its width.
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        if ord(ch) in _CJK_CHAR:
            forms = "".join(f for f in _traditional_forms().get(ch, ()) if f != ch)
            if forms:
                ch = ch + forms if in_class else f"[{ch}{forms}]"
        out.append(ch)
        i += 1
    return "".join(out)


#: OpenCC's character tables whose pairs are forms of one character (standard, Taiwan, Hong Kong).
_FORM_TABLES = ("STCharacters.txt", "TSCharacters.txt", "TWVariants.txt", "HKVariants.txt")


def character_pairs() -> list[tuple[str, str]]:
    """Every pair of single characters OpenCC treats as forms of each other (发 發, 為 爲, 裡 裏).

    Read from its tables, not by converting, for :mod:`tui.model.find`'s folding.
    """
    from pathlib import Path

    folder = Path(opencc.__file__).parent / "dictionary"
    pairs = []
    for name in _FORM_TABLES:
        for line in (folder / name).read_text("utf-8").splitlines():
            key, _, forms = line.partition("\t")
            if len(key) == 1:
                pairs.extend((key, f) for f in forms.split() if len(f) == 1 and f != key)
    return pairs
