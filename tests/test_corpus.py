"""The development corpus (issue 8) is well formed: every expectation points at real text.

These tests check the corpus, not the model: a typo in an expectation would silently
lower (or raise) every figure ``make eval`` prints.  See ``tests/corpus/README.md``.
The held-out texts (``tests/corpus/holdout/``, ``HNN-shape-region``) and the blind texts
(``tests/corpus/blind/``, ``BNN-shape-region``, up to ``tests/corpus/blind9/``, ``JNN-…``: see
``BLIND_LETTERS``) are checked for form the same way; the size and balance checks below are for the main set only, each
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
#: Every blind set, by folder, and the letter its texts' names start with.
BLIND_LETTERS = {
    "blind": "B", "blind2": "C", "blind3": "D", "blind4": "E",
    "blind5": "F", "blind6": "G", "blind7": "H", "blind8": "I", "blind9": "J",
    "blind10": "K", "blind11": "L", "blind12": "M",
    "blind13": "N", "blind14": "O", "blind15": "P", "blind16": "Q", "blind17": "R", "blind18": "S", "blind19": "T", "blind20": "U", "blind21": "V", "blind22": "W", "blind23": "X", "blind24": "Y", "blind25": "Z", "blind26": "A", "blind27": "C", "blind28": "D", "blind29": "E", "blind30": "F", "blind31": "G", "blind32": "H", "blind33": "I", "blind34": "J", "blind35": "K", "blind36": "L", "blind37": "M", "blind38": "N", "blind39": "O", "blind40": "P", "blind41": "Q", "blind42": "R", "blind43": "S", "blind44": "T", "blind45": "U", "blind46": "V", "blind47": "W", "blind48": "X", "blind49": "Y", "blind50": "Z", "blind51": "A", "blind52": "B", "blind53": "C", "blind54": "D", "blind55": "E", "blind56": "F", "blind57": "G", "blind58": "H", "blind59": "I", "blind60": "J", "blind61": "K", "blind62": "L", "blind63": "M", "blind64": "N", "blind65": "O", "blind66": "P", "blind67": "Q", "blind68": "R", "blind69": "S", "blind70": "T", "blind71": "U", "blind72": "V", "blind73": "W", "blind74": "X", "blind75": "Y", "blind76": "Z", "blind77": "A", "blind78": "B", "blind79": "C", "blind80": "D", "blind81": "E", "blind82": "F", "blind83": "G", "blind84": "H", "blind85": "I", "blind86": "J", "blind87": "K", "blind88": "L", "blind89": "M", "blind90": "N", "blind91": "O", "blind92": "P", "blind93": "Q", "blind94": "R", "blind95": "S", "blind96": "T", "blind97": "U", "blind98": "V", "blind99": "W", "blind100": "X", "blind101": "Y", "blind102": "Z", "blind103": "A", "blind104": "B", "blind105": "C", "blind106": "D", "blind107": "E", "blind108": "F", "blind109": "G", "blind110": "H", "blind111": "I", "blind112": "J", "blind113": "K", "blind114": "L", "blind115": "M", "blind116": "N", "blind117": "O", "blind118": "P", "blind119": "Q", "blind120": "R", "blind121": "S", "blind122": "T", "blind123": "U", "blind124": "V", "blind125": "W", "blind126": "X", "blind127": "Y", "blind128": "Z", "blind129": "A", "blind130": "B", "blind131": "C", "blind132": "D", "blind133": "E", "blind134": "F", "blind135": "G", "blind136": "H", "blind137": "I", "blind138": "J", "blind139": "K", "blind140": "L", "blind141": "M", "blind142": "N", "blind143": "O", "blind144": "P", "blind145": "Q", "blind146": "R", "blind147": "S", "blind148": "T", "blind149": "U", "blind150": "V", "blind151": "W", "blind152": "X", "blind153": "Y", "blind154": "Z", "blind155": "A", "blind156": "B", "blind157": "C", "blind158": "D", "blind159": "E", "blind160": "F", "blind161": "G", "blind162": "H", "blind163": "I", "blind164": "J", "blind165": "K", "blind166": "L", "blind167": "M", "blind168": "N", "blind169": "O", "blind170": "P", "blind171": "Q", "blind172": "R", "blind173": "S", "blind174": "T", "blind175": "U", "blind176": "V", "blind177": "W", "blind178": "X", "blind179": "Y", "blind180": "Z", "blind181": "A", "blind182": "B", "blind183": "C", "blind184": "D", "blind185": "E", "blind186": "F", "blind187": "G", "blind188": "H", "blind189": "I", "blind190": "J", "blind191": "K", "blind192": "L", "blind193": "M", "blind194": "N", "blind195": "O", "blind196": "P", "blind197": "Q", "blind198": "R", "blind199": "S", "blind200": "T", "blind201": "U", "blind202": "V", "blind203": "W", "blind204": "X", "blind205": "Y", "blind206": "Z", "blind207": "A", "blind208": "B", "blind209": "C", "blind210": "D", "blind211": "E", "blind212": "F", "blind213": "G", "blind214": "H", "blind215": "I", "blind216": "J", "blind217": "K", "blind218": "L", "blind219": "M", "blind220": "N", "blind221": "O", "blind222": "P", "blind223": "Q", "blind224": "R", "blind225": "S", "blind226": "T", "blind227": "U", "blind228": "V", "blind229": "W", "blind230": "X", "blind231": "Y",
}  # fmt: skip
#: Sets written as a pair, one in each script (Hong Kong and Taiwan; the mainland).
BLIND_PAIRS = {"blind53": "blind54"}
BLIND_SETS = {
    CORPUS / folder: re.compile(rf"^(?P<n>{letter}\d{{2}})-(?P<shape>[a-z]+)-(?P<region>tw|hk|cn)$")
    for folder, letter in BLIND_LETTERS.items()
}
BLIND_SET_TEXTS = [sorted(folder.glob("*.txt")) for folder in BLIND_SETS]
NAME = re.compile(r"^(?P<n>H?\d{2})-(?P<shape>[a-z]+)-(?P<region>tw|hk|cn)$")
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


@pytest.mark.parametrize("texts", BLIND_SET_TEXTS, ids=list(BLIND_LETTERS))
def test_blind_size_and_balance(texts: list[Path]) -> None:
    """Eight Traditional (Taiwan and Hong Kong) and eight Simplified (mainland) blind texts;
    a pair of sets asked for one script each (see ``BLIND_PAIRS``) balances as a pair."""
    assert len(texts) == 16
    folder = texts[0].parent.name
    partner = BLIND_PAIRS.get(folder) or next((a for a, b in BLIND_PAIRS.items() if b == folder), None)
    if partner is not None:
        texts = [*texts, *sorted((CORPUS / partner).glob("*.txt"))]
    wants = [_load(p)[1] for p in texts]
    scripts = Counter(w["script"] for w in wants)
    half = len(texts) // 2
    assert scripts == {"traditional": half, "simplified": half}, scripts
    assert {"tw", "hk", "cn"} <= {w["region"] for w in wants}


def test_blind_sets_cover_unknown_dates_and_missing_titles() -> None:
    """Across the blind sets (not in each: the later annotators wrote dated pages with headlines),
    enough pages without a stated date and without a headline that both cases are measured."""
    wants = [_load(p)[1] for texts in BLIND_SET_TEXTS for p in texts]
    assert sum(w["reference_date"] is None for w in wants) >= 12
    assert sum(w["title"] is None for w in wants) >= 12


@pytest.mark.parametrize(("folder", "name"), list(BLIND_SETS.items()), ids=list(BLIND_LETTERS))
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
    TEXTS + HELD_OUT + [path for texts in BLIND_SET_TEXTS for path in texts],
    ids=lambda p: p.stem,
)
def test_expectations_point_at_the_text(path: Path) -> None:
    text, want = _load(path)
    name = BLIND_SETS.get(path.parent, NAME)
    m = name.match(path.stem)
    assert m, f"name must be NN-shape-region (HNN-… held out, [B-O]NN-… blind): {path.name}"
    assert set(want) == KEYS
    assert want["region"] == m["region"] and want["shape"] == m["shape"]
    assert want["script"] == REGION_SCRIPT[want["region"]]
    assert detect_script(text) is Script(want["script"])
    lines = _lines(text)
    # (at most 90 lines: since blind63/, pages keep their whole comment threads and footers)
    assert len(lines) >= 15 and len(text.split("\n")) <= 91, "15–90 lines"
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
