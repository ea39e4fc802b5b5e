"""``python -m tui.model.word_worker``: segment paragraphs read as JSON on stdin.

Input ``{"script": "traditional"|"simplified", "paragraphs": [...]}``; output the
cache's JSON form of :class:`~tui.model.article.Words` on stdout.
"""

from __future__ import annotations

import json
import sys

from tui.model.article import compute_words
from tui.model.cache import encode_words
from tui.model.scripts import Script, convert


def main() -> None:
    """Read, segment, write."""
    data = json.loads(sys.stdin.buffer.read())
    script = Script(data["script"])
    paragraphs = [str(p) for p in data["paragraphs"]]
    if script is not Script.SIMPLIFIED:
        paragraphs = [convert(p, Script.SIMPLIFIED) for p in paragraphs]
    json.dump(
        encode_words(compute_words(paragraphs)),
        sys.stdout,
        ensure_ascii=False,
        separators=(",", ":"),
    )


if __name__ == "__main__":
    main()
