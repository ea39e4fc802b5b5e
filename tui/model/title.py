"""Which line of a saved web page is the article's headline (or none)."""

from __future__ import annotations

_TITLE_MAX = 40
_TITLE_END = "。，,；;：:"


def find_title(lines: list[str], body: tuple[int, ...], chrome: tuple[int, ...] = ()) -> tuple[int, int] | None:
    """``(line, length)`` of the headline, or None: the stripped line cut to ``length``."""
    if len(body) < 2:
        return None
    first = lines[body[0]].strip()
    heading = len(first) <= _TITLE_MAX and first[-1] not in _TITLE_END and "。" not in first
    if heading and len(lines[body[1]].strip()) > len(first):
        return body[0], len(first)
    return None
