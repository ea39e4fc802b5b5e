"""The one adapter between the app and OpenCC.

Every span in the model is a character offset that must mean the same place in
both scripts, so conversion here is always length-preserving: we use only the
character-for-character OpenCC configurations (``t2s``, ``s2t`` and the regional
``s2tw``/``s2hk``/``t2tw``/``t2hk``) and, should a phrase rule ever change a
length, fall back to converting character by character.  No other module
imports :mod:`opencc`.

Traditional text comes in three forms (:class:`Variant`): OpenCC's standard
(``爲``, ``裏``, ``着``), 臺灣正體 (``為``, ``裡``, ``著``) and 香港繁體 (``為``,
``裏``, ``着``).  Simplified text converted from Traditional gets the mainland
particle ``着`` where Taiwan writes ``著`` (``意味著`` → ``意味着``, but ``著名``).
"""

from __future__ import annotations

import re
import threading
from enum import StrEnum
from functools import lru_cache

import opencc

from tui.model.opencc_engine import Engine


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


class Variant(StrEnum):
    """The form of Traditional text: OpenCC's standard, Taiwan's or Hong Kong's."""

    STANDARD = "standard"
    TW = "tw"
    HK = "hk"

    @property
    def mark(self) -> str:
        """A short mark after 繁 in the header (``繁·臺``); empty for the standard form."""
        return _MARKS[self]


_MARKS = {Variant.STANDARD: "", Variant.TW: "臺", Variant.HK: "港"}

# The only configurations whose output has the input's length, character for character.
_FROM_SIMPLIFIED = {Variant.STANDARD: "s2t", Variant.TW: "s2tw", Variant.HK: "s2hk"}
_FROM_TRADITIONAL = {Variant.STANDARD: None, Variant.TW: "t2tw", Variant.HK: "t2hk"}
_lock = threading.Lock()


def default_variant(source: Script) -> Variant:
    """The Traditional form shown when the reader chose none.

    Converted text gets 臺灣正體 (``爲``/``裏``/``喫`` look wrong to Taiwan and Hong Kong
    readers alike); Traditional text is shown as written, which costs no conversion.
    """
    return Variant.STANDARD if source is Script.TRADITIONAL else Variant.TW


def conversion(source: Script, to: Script, variant: Variant | None = None) -> str | None:
    """The OpenCC configuration that shows text written in ``source`` in ``to``.

    ``None`` means the text is shown as written.  ``variant`` (default:
    :func:`default_variant`) chooses the Traditional form.  OpenCC has no
    length-keeping way back from a regional form to its standard one, so standard
    Traditional text is Traditional text as written.
    """
    if to is Script.SIMPLIFIED:
        return None if source is Script.SIMPLIFIED else "t2s"
    v = variant or default_variant(source)
    return (_FROM_TRADITIONAL if source is Script.TRADITIONAL else _FROM_SIMPLIFIED)[v]


@lru_cache(maxsize=8)
def _converter(config: str) -> opencc.OpenCC | Engine:
    """The library's converter for ``config``, or the faster engine over its own loaded
    dictionaries (the same answers: see :mod:`tui.model.opencc_engine`)."""
    library = opencc.OpenCC(config)  # (which loads its dictionaries)
    try:
        return Engine(library._dict_chain_data, library.split_chars_re)
    except (AttributeError, TypeError, ValueError):  # a library whose insides changed
        return library


def convert(text: str, to: Script, variant: Variant = Variant.STANDARD) -> str:
    """Convert ``text`` into script ``to``, keeping its length exactly.

    ``text`` may be in either script (``s2t`` leaves Traditional characters alone);
    ``variant`` is the Traditional form to write.  This is the single place where
    the length assumption lives: every caller may reuse offsets from one script in
    the other.
    """
    config = "t2s" if to is Script.SIMPLIFIED else _FROM_SIMPLIFIED[variant]
    return convert_with(config, text)


def convert_with(config: str, text: str) -> str:
    """Apply one of the length-keeping configurations (see :func:`conversion`) to ``text``."""
    if not text:
        return text
    with _lock:  # the pure-Python converter keeps per-call state; guard it for worker threads
        out = _converter(config).convert(text)
        if len(out) != len(text):
            out = "".join(_char_convert(config, ch) for ch in text)
    if config == "t2s" and "著" in out:
        out = mainland_particle(out)
    return out


# 著 is zhù (to write; marked) in these words, and stays 著 in Simplified.
_ZHU_BEFORE = frozenset("显卓昭名原编专论巨遗合译土拙杰撰彰炳")  # 显著, 名著, 原著, 土著…
_ZHU_AFTER = frozenset("名作称述录者")  # 著名, 著作, 著称, 著述, 著录, 著者
# … unless the next character makes it zháo/zhuó (莫名著急 → 莫名着急).
_ZHAO_AFTER = frozenset("急火迷凉陆想")


def mainland_particle(text: str) -> str:
    """Write the particle and zháo/zhuó ``著`` as ``着`` in Simplified ``text``, keeping its length.

    Taiwan writes ``著`` for all its readings; mainland Simplified keeps ``著`` only
    for zhù (``著名``, ``著作``, ``显著``) and writes ``着`` elsewhere (``意味着``,
    ``有着``, ``着急``, ``着陆``).  A rule on the neighbouring characters, since OpenCC's
    ``t2s`` leaves every ``著`` alone.
    """
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch != "著":
            continue
        before = chars[i - 1] if i else ""
        after = chars[i + 1] if i + 1 < len(chars) else ""
        zhu = before in _ZHU_BEFORE or after in _ZHU_AFTER
        if not zhu or after in _ZHAO_AFTER:
            chars[i] = "着"
    return "".join(chars)


@lru_cache(maxsize=65536)
def _char_convert(config: str, ch: str) -> str:
    """One character alone, kept as it is when a rule would change its length."""
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

    longest_first = sorted(set(words), key=lambda w: (-len(w), w))  # one order in every process
    return "|".join(either_script(re.escape(w)) for w in longest_first)


_CJK_CHAR = range(0x3400, 0xA000)


@lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, tuple[str, ...]]:
    """Every Traditional character each Simplified one can stand for (历 → 歷, 曆)."""
    from pathlib import Path

    folder = Path(opencc.__file__).parent / "dictionary"
    forms: dict[str, list[str]] = {}
    for line in (folder / "STCharacters.txt").read_text("utf-8").splitlines():
        simp, _, trads = line.partition("\t")
        if simp and trads:
            forms[simp] = trads.split()
    # The reverse table knows the forms Taiwan and Hong Kong write that the forward one never
    # produces (為 beside 爲, 裡 beside 裏, 眾, 啟): text in those forms must match the rules too.
    for line in (folder / "TSCharacters.txt").read_text("utf-8").splitlines():
        trad, _, simps = line.partition("\t")
        for simp in simps.split()[:1]:
            if trad != simp and trad not in forms.setdefault(simp, []):
                forms[simp].append(trad)
    return {simp: tuple(trads) for simp, trads in forms.items()}


def character_forms(ch: str) -> tuple[str, ...]:
    """The Traditional characters that Simplified ``ch`` can stand for (may be empty)."""
    return _traditional_forms().get(ch, ())


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
