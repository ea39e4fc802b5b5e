"""Segment paragraphs read as JSON on stdin, in a child started by :mod:`tui.model.children`.

Input ``{"script": "traditional"|"simplified", "first": N, "paragraphs": [...], "known": [...]}``
(``known``: the handles the whole article closes; with ``--early``, ``first`` and ``known``
come in a second line, with the paragraphs' places among the lines); output ``{"ends": [[...] per paragraph], "stats": {word: [count, idf, paragraph, offset]}}``
(paragraphs numbered from ``first``) on stdout: see :mod:`tui.model.word_processes`.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys

from tui.model.bloggers import closed_handles, find_handles
from tui.model.scripts import Script, convert
from tui.model.words import segment, segment_lines, segment_paragraphs, word_stats


def main() -> None:
    """Read, segment, write.

    With ``--early`` the child runs at a lower priority and reads two lines: the text's
    lines first (segmented while the parent is still building the model), then which of
    them are the article's paragraphs (``{"body": [...], "first": N}``); only those count.
    """
    early = "--early" in sys.argv[1:]
    if early:
        with contextlib.suppress(AttributeError, OSError):
            os.nice(10)  # the parent's model comes first; this child takes the idle cores
        data = json.loads(sys.stdin.buffer.readline())
    else:
        data = json.loads(sys.stdin.buffer.read())
    script = Script(data["script"])
    paragraphs = [str(p) for p in data["paragraphs"]]
    if script is not Script.SIMPLIFIED:
        paragraphs = convert("\n".join(paragraphs), Script.SIMPLIFIED).split("\n")
    given = data.get("known")
    known = frozenset(str(h) for h in given) if given is not None else None
    if not early:
        spans, stats = segment_paragraphs(paragraphs, int(data.get("first", 0)), known)
    else:
        guessed = closed_handles(paragraphs)  # (the whole article's are known only later)
        all_spans = segment_lines(paragraphs, guessed)
        chosen = json.loads(sys.stdin.buffer.readline())
        body = [int(k) for k in chosen["body"]]
        known = frozenset(str(h) for h in chosen["known"])
        paragraphs = [paragraphs[k] for k in body]
        spans = tuple(
            # a line whose handles the article closes otherwise than this share did, again
            segment(t, find_handles(t, known))
            if ("@" in t or "＠" in t) and find_handles(t, known) != find_handles(t, guessed)
            else all_spans[k]
            for k, t in zip(body, paragraphs, strict=True)
        )
        stats = word_stats(paragraphs, list(spans), int(chosen.get("first", 0)))
    result = {"ends": [[e for _, e in row] for row in spans], "stats": stats}
    # (dumps, not dump: dump writes through the pure-Python encoder, a piece at a time)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
