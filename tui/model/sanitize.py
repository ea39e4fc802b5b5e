"""Make untrusted text safe to put on a terminal, keeping every visible character.

Escape sequences (CSI, OSC, DCS …) are removed; other C0/C1 controls and
bidirectional overrides become visible symbols so that nothing is silently
hidden.  Line endings (and U+2028, U+2029) are normalised to ``\\n``; tabs stay; zero-width
characters go, except a joiner inside an emoji sequence.

A string sequence (OSC, DCS, SOS, PM, APC) that is never terminated ends at the
end of its line or after :data:`MAX_SEQUENCE` characters, whichever comes first:
one stray ``ESC]`` must not swallow the rest of a file.  :func:`clean` also says
how many sequences it removed, so the reader can be told.
"""

from __future__ import annotations

import re

#: The longest body of a string sequence (OSC 52 clipboard payloads are the long ones).
MAX_SEQUENCE = 4096

# ESC [ … final byte; ESC ] … BEL or ST; ESC P/X/^/_ … ST; 8-bit CSI/OSC forms; lone ESC + one char.
# Every body is bounded (no newline, at most MAX_SEQUENCE characters), so the scan is linear.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]{0,256}[ -/]{0,16}[@-~]"
    rf"|\x1b\][^\x07\x1b\x9c\n]{{0,{MAX_SEQUENCE}}}(?:\x07|\x1b\\|\x9c)?"
    rf"|\x1b[PX^_][^\x1b\x9c\n]{{0,{MAX_SEQUENCE}}}(?:\x1b\\|\x9c)?"
    r"|\x9b[0-?]{0,256}[ -/]{0,16}[@-~]"
    rf"|\x9d[^\x07\x1b\x9c\n]{{0,{MAX_SEQUENCE}}}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def _visible(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, the Unicode control pictures
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


_TABLE = {c: _visible(chr(c)) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if c not in (9, 10)}
_TABLE.update({ord(c): None for c in _BIDI})
_TABLE[0xFEFF] = None  # a stray BOM inside the text is invisible noise
# Zero-width space, non-joiner and word joiner: invisible noise too (pages plant them inside
# names against scraping: @某\u200b某 split a handle in two).
_TABLE.update({0x200B: None, 0x200C: None, 0x2060: None})


_CONTROLS = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")


def _replace(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())] or ""


# A zero-width joiner outside an emoji sequence: terminals draw the characters apart, but
# a joined run is measured as one character (台\u200d灣 as two cells), so lines overran.
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\ufe0f"
_LONE_JOINER = re.compile(f"(?<![{_EMOJI}])\u200d|\u200d(?![{_EMOJI}])")


def clean(text: str) -> tuple[str, int]:
    """``text`` made safe (see :func:`sanitize`) and the number of escape sequences removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:  # line and paragraph separators are line ends
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if "\u200d" in text:
        text = _LONE_JOINER.sub("", text)
    removed = 0
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:
        text, removed = _ESCAPES.subn("", text)
    return _CONTROLS.sub(_replace, text), removed


def sanitize(text: str) -> str:
    """Return ``text`` with newlines normalised and every terminal control neutralised."""
    return clean(text)[0]


# Every C0 control (newline and tab too), DEL and C1 becomes a visible symbol; bidi marks go.
_LINE_TABLE = {**_TABLE, 9: "\u2409", 10: "\u2424", 0x1B: "\u241b"}
_LINE_CONTROLS = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in _LINE_TABLE) + "\ud800-\udfff]"
)


def _replace_in_line(match: re.Match[str]) -> str:
    ch = match.group()
    return _LINE_TABLE.get(ord(ch), "\ufffd") or ""  # a lone surrogate becomes U+FFFD


def safe_line(text: object) -> str:
    """One line that is safe to print anywhere: for names, paths, errors and log lines.

    Unlike :func:`sanitize` (article text), nothing is removed silently: ``ESC]0;x`` in a
    file name shows as ``␛]0;x``, so a person sees what the name really holds; lone
    surrogates (undecodable bytes in a file name) become U+FFFD so that printing never fails.
    """
    return _LINE_CONTROLS.sub(_replace_in_line, str(text))
