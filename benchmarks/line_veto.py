"""An experiment: a small learned veto over the chrome rules, keeping a line the rules took for
chrome when a logistic model trained on the corpus is confident it is a line of the story.

Not part of the model (``benchmarks/README.md`` says why: leave-one-set-out showed no clear
gain).  The hand-written rules in :mod:`tui.model.boilerplate` decide first; the veto only gives
lines back to the body (never takes one away), so chrome recall can only fall by the lines it
gives back.  Each line is described by a few tens of features read from the line and its
neighbours (length, script shares, sentence punctuation, runs of short lines, position, what
the rules decided around it), all computed in one pass over the lines.  The weights come from
``benchmarks/train_lines.py``.
"""

from __future__ import annotations

import math
import re
from typing import Any

_HANZI = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9０-９]")
_SYMBOL = re.compile(r"[^\w\s\u3000-\u303f\uff00-\uffef，。！？、；：「」『』（）《》“”‘’…—·]")
_FULL_STOP = re.compile(r"[。！？!?]")
_END = re.compile(r"[。！？!?…」』”）)~～]$")
_CLAUSE = re.compile(r"[，、]")
_COLON = re.compile(r"[；：;:]")
_SPEECH = re.compile(r"说|表示|话|认为|指出|称|问|答")
_PARTICLE = re.compile(r"[的了吗呢吧啊呀啦哦喔嘛是在有不就很太也都还又才]")
_PERSON = re.compile(r"[我你他她]")
_AT = re.compile(r"[@＠]")
_URL = re.compile(r"https?://|www\.|\.(?:com|cn|tw|hk|net|org)\b", re.IGNORECASE)
_STAMP = re.compile(
    r"\d{1,2}:\d{2}|\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d+\s*(?:秒|分钟|小时|天|周)前|刚刚|昨天\s*\d"
)
_COUNT = re.compile(
    r"(?:👍|❤|赞|回复|评论|转发|收藏|分享|阅读|浏览|点击|留言|楼)\s*[:：]?\s*\d|\d[\d,.]*[万千kKwW]?\s*(?:赞|回复|评论|转发|次|人|楼)"
)
_REPLY = re.compile(r"^(?:回复|回覆|引用|[@＠]\S{1,20}|#?\d{1,4}\s*楼|[^\s：:]{1,12}[：:])")
_SEPARATOR = re.compile(r"[|｜>›»＞→/·•]")
_SHORT_RUN = 12  # a line this short or shorter counts in a run of short lines

#: The features' names, in the order of :func:`features`' vectors (the weights file checks it).
NAMES = (
    "bias",
    "len_log",
    "short8",
    "short24",
    "long40",
    "hanzi",
    "latin",
    "digit",
    "symbol",
    "space",
    "full_stops",
    "ends_sentence",
    "clause_punct",
    "colon",
    "speech",
    "particles",
    "person",
    "at",
    "url",
    "stamp",
    "count",
    "reply_shape",
    "separators",
    "tokens",
    "kind_chrome",
    "kind_short",
    "kind_prose",
    "prev_chrome",
    "next_chrome",
    "prev_prose_body",
    "next_prose_body",
    "between_body",
    "short_run",
    "chrome_run",
    "head",
    "foot",
    "position",
)


def features(lines: list[str], kinds: list[Any], chrome: set[int]) -> dict[int, list[float]]:
    """One feature vector per line in ``chrome``; ``kinds`` are the rules' kinds
    (:class:`tui.model.boilerplate.Kind`), ``lines`` as the rules read them (folded)."""
    rows = [i for i, k in enumerate(kinds) if k.value != "blank"]
    n = len(rows)
    if not n or not chrome:
        return {}
    size = [len(lines[i].strip()) for i in rows]
    # runs of short lines and of chrome lines, each row's run length (two linear passes)
    short_run = [0] * n
    chrome_run = [0] * n
    for flags, out in (
        ([s <= _SHORT_RUN for s in size], short_run),
        ([i in chrome for i in rows], chrome_run),
    ):
        k = 0
        while k < n:
            if not flags[k]:
                k += 1
                continue
            j = k
            while j < n and flags[j]:
                j += 1
            for m in range(k, j):
                out[m] = j - k
            k = j
    out_vectors: dict[int, list[float]] = {}
    for r, i in enumerate(rows):
        if i not in chrome:
            continue
        line = lines[i].strip()
        length = max(len(line), 1)
        prev_i = rows[r - 1] if r > 0 else None
        next_i = rows[r + 1] if r + 1 < n else None

        def prose_body(j: int | None) -> float:
            return float(j is not None and j not in chrome and kinds[j].value == "prose")

        prev_body = prev_i is not None and prev_i not in chrome
        next_body = next_i is not None and next_i not in chrome
        kind = kinds[i].value
        out_vectors[i] = [
            1.0,
            math.log1p(len(line)) / 5,
            float(len(line) <= 8),
            float(len(line) <= 24),
            float(len(line) >= 40),
            len(_HANZI.findall(line)) / length,
            len(_LATIN.findall(line)) / length,
            len(_DIGIT.findall(line)) / length,
            len(_SYMBOL.findall(line)) / length,
            line.count(" ") / length,
            min(len(_FULL_STOP.findall(line)), 3) / 3,
            float(bool(_END.search(line))),
            min(len(_CLAUSE.findall(line)), 3) / 3,
            float(bool(_COLON.search(line))),
            float(bool(_SPEECH.search(line))),
            min(len(_PARTICLE.findall(line)) / length * 5, 1.0),
            float(bool(_PERSON.search(line))),
            float(bool(_AT.search(line))),
            float(bool(_URL.search(line))),
            float(bool(_STAMP.search(line))),
            float(bool(_COUNT.search(line))),
            float(bool(_REPLY.match(line))),
            min(len(_SEPARATOR.findall(line)), 3) / 3,
            min(len(line.split()), 6) / 6,
            float(kind == "chrome"),
            float(kind == "short"),
            float(kind == "prose"),
            float(prev_i is not None and prev_i in chrome),
            float(next_i is not None and next_i in chrome),
            prose_body(prev_i),
            prose_body(next_i),
            float(prev_body and next_body),
            min(short_run[r], 8) / 8,
            min(chrome_run[r], 10) / 10,
            float(r < 5),
            float(n - r <= 5),
            r / max(n - 1, 1),
        ]
    return out_vectors


def score(x: list[float], weights: list[float]) -> float:
    """The model's probability that the line is a line of the story."""
    z = sum(a * b for a, b in zip(x, weights, strict=True))
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def vetoed(
    lines: list[str],
    kinds: list[Any],
    chrome: set[int],
    model: tuple[list[float], float] | None,
) -> set[int]:
    """The chrome lines the model gives back to the body: probability at or over the threshold."""
    if model is None:
        return set()
    weights, threshold = model
    return {i for i, x in features(lines, kinds, chrome).items() if score(x, weights) >= threshold}
