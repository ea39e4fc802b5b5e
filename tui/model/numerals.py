"""Read the numbers that Chinese dates are written with: ASCII, full-width, or Chinese."""

from __future__ import annotations

import re

# ○ (U+25CB) and Ｏ stand for zero in Taiwan's print (二○二五年); 〇 is the standard form.
_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "两": 2,
    "兩": 2,
}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


_HAS_FULLWIDTH = re.compile("[０-９]")


def halfwidth_digits(text: str) -> str:
    """Map full-width digits to ASCII, one character for one (offsets are kept)."""
    return text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text


def _below_hundred(token: str) -> int | None:
    if "十" in token:
        tens, _, ones = token.partition("十")
        t = 1 if not tens else _DIGITS.get(tens)
        o = 0 if not ones else _DIGITS.get(ones)
        if t is None or o is None or len(tens) > 1 or len(ones) > 1:
            return None
        return t * 10 + o
    if len(token) == 1:
        return _DIGITS.get(token)
    return None


def to_int(token: str) -> int | None:
    """``"12"``, ``"十二"``, ``"二十四"``, ``"二〇二五"``, ``"一百零八"`` → an int, else ``None``."""
    token = halfwidth_digits(token.strip())
    if token.isdigit():
        return int(token)
    if not token or len(token) > 8:
        return None
    token = token.replace("廿", "二十").replace("卅", "三十")
    if "百" in token:  # Minguo years: 一百零八, 一百一十三
        hundreds, _, rest = token.partition("百")
        h = 1 if not hundreds else _DIGITS.get(hundreds)
        if h is None or len(hundreds) > 1:
            return None
        rest = rest.removeprefix("零").removeprefix("〇")
        if rest.startswith("十"):
            rest = "一" + rest
        r = _below_hundred(rest) if rest else 0
        return None if r is None else h * 100 + r
    if "十" in token:
        return _below_hundred(token)
    if all(c in _DIGITS for c in token):
        value = 0
        for c in token:
            value = value * 10 + _DIGITS[c]
        return value
    return None
