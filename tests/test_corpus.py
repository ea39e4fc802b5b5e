"""The development corpus (issue 8) is well formed: every expectation points at real text.

These tests check the corpus, not the model: a typo in an expectation would silently
lower (or raise) every figure ``make eval`` prints.  See ``tests/corpus/README.md``.
The held-out texts (``tests/corpus/holdout/``, ``HNN-shape-region``) and the blind texts
(``tests/corpus/blind/``, ``BNN-shape-region``; ``tests/corpus/blind2/``, ``CNN-shape-region``;
``tests/corpus/blind3/``, ``DNN-shape-region``; ``tests/corpus/blind4/``, ``ENN-shape-region``; ``tests/corpus/blind5/``,
``FNN-shape-region``) are
checked for form the same way; the size and balance checks below are for the main set only, each
other set has its own.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tui.model.scripts import Script, detect_script

CORPUS = Path(__file__).resolve().parent / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))
HOLDOUT = CORPUS / "holdout"
HELD_OUT = sorted(HOLDOUT.glob("*.txt"))
BLIND = CORPUS / "blind"
BLIND_TEXTS = sorted(BLIND.glob("*.txt"))
BLIND2 = CORPUS / "blind2"
BLIND2_TEXTS = sorted(BLIND2.glob("*.txt"))
BLIND3 = CORPUS / "blind3"
BLIND3_TEXTS = sorted(BLIND3.glob("*.txt"))
BLIND4 = CORPUS / "blind4"
BLIND4_TEXTS = sorted(BLIND4.glob("*.txt"))
BLIND5 = CORPUS / "blind5"
BLIND5_TEXTS = sorted(BLIND5.glob("*.txt"))
NAME = re.compile(r"^(?P<n>H?\d{2})-(?P<shape>[a-z]+)-(?P<region>tw|hk|cn)$")
BLIND_NAME = re.compile(r"^(?P<n>B\d{2})-(?P<shape>[a-z]+)-(?P<region>tw|hk|cn)$")
BLIND2_NAME = re.compile(r"^(?P<n>C\d{2})-(?P<shape>[a-z]+)-(?P<region>tw|hk|cn)$")
BLIND3_NAME = re.compile(r"^(?P<n>D\d{2})-(?P<shape>[a-z]+)-(?P<region>tw|hk|cn)$")
BLIND4_NAME = re.compile(r"^(?P<n>E\d{2})-(?P<shape>[a-z]+)-(?P<region>tw|hk|cn)$")
BLIND5_NAME = re.compile(r"^(?P<n>F\d{2})-(?P<shape>[a-z]+)-(?P<region>tw|hk|cn)$")
KEYS = {"script", "region", "shape", "title", "reference_date", "handles", "dates", "chrome"}
REGION_SCRIPT = {"tw": "traditional", "hk": "traditional", "cn": "simplified"}
LATIN_TAIL = re.compile(r"[A-Za-z0-9_]")


def _load(path: Path) -> tuple[str, dict]:
    return path.read_text("utf-8"), json.loads(path.with_suffix(".json").read_text("utf-8"))


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _iso(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def test_corpus_size_and_balance() -> None:
    scripts = Counter(_load(p)[1]["script"] for p in TEXTS)
    assert len(TEXTS) >= 30
    assert abs(scripts["traditional"] - scripts["simplified"]) <= 2, scripts
    regions = Counter(_load(p)[1]["region"] for p in TEXTS)
    assert {"tw", "hk", "cn"} <= set(regions), regions
    shapes = Counter(_load(p)[1]["shape"] for p in TEXTS)
    assert len(shapes) >= 5, shapes


def test_corpus_covers_unknown_dates_and_missing_titles() -> None:
    wants = [_load(p)[1] for p in TEXTS]
    assert sum(w["reference_date"] is None for w in wants) >= 4  # relative dates are guesses
    assert sum(w["title"] is None for w in wants) >= 3  # posts without a headline


def test_held_out_size_and_balance() -> None:
    wants = [_load(p)[1] for p in HELD_OUT]
    assert len(HELD_OUT) >= 16
    scripts = Counter(w["script"] for w in wants)
    assert scripts["traditional"] == scripts["simplified"], scripts
    assert {"tw", "hk", "cn"} <= {w["region"] for w in wants}
    assert sum(w["reference_date"] is None for w in wants) >= 2
    assert sum(w["title"] is None for w in wants) >= 2


@pytest.mark.parametrize(
    "texts",
    [BLIND_TEXTS, BLIND2_TEXTS, BLIND3_TEXTS, BLIND4_TEXTS, BLIND5_TEXTS],
    ids=["blind", "blind2", "blind3", "blind4", "blind5"],
)
def test_blind_size_and_balance(texts: list[Path]) -> None:
    """Eight Traditional (Taiwan and Hong Kong) and eight Simplified (mainland) blind texts."""
    wants = [_load(p)[1] for p in texts]
    assert len(texts) == 16
    scripts = Counter(w["script"] for w in wants)
    assert scripts == {"traditional": 8, "simplified": 8}, scripts
    assert {"tw", "hk", "cn"} <= {w["region"] for w in wants}
    assert sum(w["reference_date"] is None for w in wants) >= 2
    assert sum(w["title"] is None for w in wants) >= 2


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        (BLIND, BLIND_NAME),
        (BLIND2, BLIND2_NAME),
        (BLIND3, BLIND3_NAME),
        (BLIND4, BLIND4_NAME),
        (BLIND5, BLIND5_NAME),
    ],
    ids=["blind", "blind2", "blind3", "blind4", "blind5"],
)
def test_blind_files_have_their_pairs(folder: Path, name: re.Pattern[str]) -> None:
    texts = {p.stem for p in folder.glob("*.txt")}
    assert texts == {p.stem for p in folder.glob("*.json")}
    assert all(name.match(s) for s in texts), texts
    numbers = Counter(name.match(s).group("n") for s in texts)
    assert all(n == 1 for n in numbers.values()), numbers


@pytest.mark.parametrize("folder", [CORPUS, HOLDOUT], ids=["main", "holdout"])
def test_every_file_has_its_pair(folder: Path) -> None:
    texts = {p.stem for p in folder.glob("*.txt")}
    expectations = {p.stem for p in folder.glob("*.json")}
    assert texts == expectations
    numbers = Counter(NAME.match(s).group("n") for s in texts if NAME.match(s))
    assert all(n == 1 for n in numbers.values()), numbers
    # the held-out names start with H, the main ones with a digit: never mixed
    assert all(s.startswith("H") == (folder == HOLDOUT) for s in texts)


@pytest.mark.parametrize(
    "path",
    TEXTS + HELD_OUT + BLIND_TEXTS + BLIND2_TEXTS + BLIND3_TEXTS + BLIND4_TEXTS + BLIND5_TEXTS,
    ids=lambda p: p.stem,
)
def test_expectations_point_at_the_text(path: Path) -> None:
    text, want = _load(path)
    names = {
        BLIND: BLIND_NAME,
        BLIND2: BLIND2_NAME,
        BLIND3: BLIND3_NAME,
        BLIND4: BLIND4_NAME,
        BLIND5: BLIND5_NAME,
    }
    name = names.get(path.parent, NAME)
    m = name.match(path.stem)
    assert m, f"name must be NN-shape-region (HNN-… held out, [B-F]NN-… blind): {path.name}"
    assert set(want) == KEYS
    assert want["region"] == m["region"] and want["shape"] == m["shape"]
    assert want["script"] == REGION_SCRIPT[want["region"]]
    assert detect_script(text) is Script(want["script"])
    lines = _lines(text)
    assert len(lines) >= 15 and len(text.split("\n")) <= 61, "15–60 lines"
    _iso(want["reference_date"])

    # chrome: whole stripped lines, no more often than they occur
    counts = Counter(lines)
    chrome = Counter(want["chrome"])
    assert chrome, "every page brings some chrome"
    for line, n in chrome.items():
        assert counts[line] >= n, f"chrome line not in the text (×{n}): {line!r}"

    # title: a whole line that is not chrome, or the headline part of a chrome line it shares
    title = want["title"]
    if title is not None:
        assert title == title.strip() and title
        if counts[title] > chrome[title]:
            pass  # a whole line of its own
        else:
            shared = [ln for ln in chrome if title in ln and ln != title]
            assert shared, f"title is neither a line nor part of a chrome line: {title!r}"
            assert any(ln.startswith(title) or ln.endswith(title) or title in ln for ln in shared)

    # body: every line that is neither chrome nor the title
    body = list(lines)
    for line, n in chrome.items():
        for _ in range(n):
            body.remove(line)
    if title is not None and title in body:
        body.remove(title)
    body_text = "\n".join(body)

    # dates: in the body, in reading order, with sane values
    pos = 0
    for d in want["dates"]:
        assert set(d) <= {"text", "start", "end", "basis"} and {"text", "start", "end"} <= set(d)
        found = body_text.find(d["text"], pos)
        assert found >= 0, f"date not in the body after offset {pos}: {d['text']!r}"
        pos = found + len(d["text"])  # expected dates never overlap
        start, end = _iso(d["start"]), _iso(d["end"])
        assert (start is None) == (end is None), d
        assert start is None or start <= end, d
        assert d.get("basis", "stated") in ("stated", "reference"), d
        if want["reference_date"] is None and d.get("basis") == "reference":
            assert start is None, f"no page date, so a value taken from it is unknown: {d}"

    # handles: each @handle, in reading order, whole (not the start of a longer Latin handle)
    pos = 0
    for h in want["handles"]:
        assert h and "@" not in h and "＠" not in h
        hit = re.compile(r"[@＠]" + re.escape(h)).search(text, pos)
        assert hit, f"handle not in the text after offset {pos}: @{h}"
        after = text[hit.end() : hit.end() + 1]
        assert not (LATIN_TAIL.match(h[-1]) and LATIN_TAIL.match(after)), f"@{h} is cut short"
        pos = hit.end()
