"""Text set apart one character at a time (香 港 天 文 台 發 出 …), read closed up.

The Hong Kong Observatory's Chinese bulletins, and a few other official pages, print every
hanzi with a space after it.  Rules written for ordinary text (a date's ``今日（8月22日）``,
a heading's shape) read such a line closed up; what they find points back into the line as
written, through the index map :func:`closed_up` returns.
"""

from __future__ import annotations

from tui.model import rule_cache

# A space between two characters of which each is a hanzi, a full-width mark or a figure.
_LETTER_SPACE = rule_cache.compile(
    r"(?<=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f0-9]) (?=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f0-9])"
)
_SPACED_HANZI = rule_cache.compile(r"[\u3400-\u9fff] (?=[\u3400-\u9fff\uff00-\uffef0-9])")
_HANZI = rule_cache.compile(r"[\u3400-\u9fff]")
_SPACED_MIN = 5  # hanzi set apart in a line that make it letter-spaced
_SPACED_SHARE = 0.6  # … and their share of its hanzi


def letter_spaced(text: str) -> bool:
    """Is ``text`` written with a space after (nearly) every hanzi (今 日 （ 8 月 22 日 ））?"""
    if " " not in text:
        return False
    spaced = len(_SPACED_HANZI.findall(text))
    return spaced >= _SPACED_MIN and spaced >= _SPACED_SHARE * len(_HANZI.findall(text))


def spaced_hanzi(text: str) -> int:
    """How many of ``text``'s hanzi stand apart from the next character by one space."""
    return len(_SPACED_HANZI.findall(text)) if " " in text else 0


def closed_up(text: str) -> tuple[str, list[int]]:
    """``text`` without the spaces between its letter-spaced characters, and where each of the
    closed-up text's characters stood in ``text`` (with one entry more: the end)."""
    keep = [i for i in range(len(text)) if not (text[i] == " " and _LETTER_SPACE.match(text, i))]
    return "".join(text[i] for i in keep), [*keep, len(text)]
