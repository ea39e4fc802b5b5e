"""``python -m tui.model.word_worker``: segment paragraphs read as JSON on stdin.

Input ``{"script": "traditional"|"simplified", "first": N, "paragraphs": [...]}``;
output ``{"ends": [[...] per paragraph], "stats": {word: [count, idf, paragraph, offset]}}``
(paragraphs numbered from ``first``) on stdout: see :mod:`tui.model.word_processes`.
"""

from __future__ import annotations

import json
import sys

from tui.model.scripts import Script, convert
from tui.model.words import segment_paragraphs


def main() -> None:
    """Read, segment, write."""
    data = json.loads(sys.stdin.buffer.read())
    script = Script(data["script"])
    paragraphs = [str(p) for p in data["paragraphs"]]
    if script is not Script.SIMPLIFIED:
        paragraphs = convert("\n".join(paragraphs), Script.SIMPLIFIED).split("\n")
    spans, stats = segment_paragraphs(paragraphs, int(data.get("first", 0)))
    result = {"ends": [[e for _, e in row] for row in spans], "stats": stats}
    json.dump(result, sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
