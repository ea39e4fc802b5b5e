"""Score the model on the development corpus (issue 8): handles, dates, chrome and titles.

Each ``tests/corpus/NN-*.txt`` is read as the command line reads a file, built with
``today`` fixed to 2026-11-30 (so guesses that fall back on today are repeatable), and
compared with its hand-written ``NN-*.json`` (format: ``tests/corpus/README.md``).  No word
segmentation: nothing scored here needs jieba, and it would only make the run slow.

    .venv/bin/python benchmarks/eval.py [--verbose] [--only NN] [--json] [--corpus DIR]

``--corpus tests/corpus/holdout`` scores the held-out texts, which the rules were not tuned on.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "corpus"
#: The day the model believes it is; only guesses that fall back on "today" depend on it.
TODAY = date(2026, 11, 30)


def corpus_files(only: list[str] | None = None, corpus: Path = CORPUS) -> list[Path]:
    """The texts of ``corpus`` in name order, or those whose number (or name start) is in
    ``only``."""
    texts = sorted(corpus.glob("*.txt"))
    if not only:
        return texts
    numbers = {int(o) for o in only if o.isdigit()}
    names = [o for o in only if not o.isdigit()]
    return [
        t
        for t in texts
        if (t.name.split("-", 1)[0].isdigit() and int(t.name.split("-", 1)[0]) in numbers)
        or any(t.name.startswith(o) for o in names)
    ]


def run_model(path: Path) -> dict[str, Any]:
    """The model's ``--json`` for ``path``, as the command line builds it, with today fixed."""
    from tui.model.build import build_article
    from tui.model.export import to_json
    from tui.model.load import read_source

    source = read_source(path)
    article = build_article(
        source.text,
        source.name,
        encoding=source.encoding,
        replaced=source.replaced,
        reference_date=source.reference_date,
        today=TODAY,
    )
    return to_json(article)


# --------------------------------------------------------------------------- scoring


@dataclass
class Score:
    """The counts of one text (or, summed, of the corpus)."""

    name: str = ""
    handles_expected: int = 0
    handles_found: int = 0
    handles_right: int = 0
    dates_expected: int = 0
    dates_found: int = 0  # found whole (strict)
    false_dates: int = 0
    values_expected: int = 0
    values_right: int = 0
    basis_expected: int = 0  # expected dates with a basis, found whole, whose event has a basis
    basis_right: int = 0
    chrome_expected: int = 0
    chrome_found: int = 0
    body_lines: int = 0
    body_lost: int = 0
    titles: int = 0
    titles_right: int = 0
    reference_expected: int = 0
    reference_right: int = 0
    error: str | None = None
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if isinstance(value, int) and not isinstance(value, bool):
                setattr(self, name, value + getattr(other, name))


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _handle_surfaces(got: dict[str, Any]) -> Counter[str]:
    """One handle per mention.  The mention's own surface where its span can be read back
    (``@Abc`` and ``@abc`` may be one blogger), else the blogger's handle."""
    paragraphs = [p["text"] for p in got["paragraphs"]]
    out: Counter[str] = Counter()
    for blogger in got["bloggers"]:
        handle = blogger["handle"]
        for m in blogger["mentions"]:
            surface = handle
            p, (s, e) = m.get("paragraph", -1), m.get("span", (0, 0))
            if isinstance(p, int) and 0 <= p < len(paragraphs):
                text = paragraphs[p][s:e]
                if text[:1] in "@＠" and text[1:].casefold() == handle.casefold():
                    surface = text[1:]
            out[surface] += 1
    return out


# A day's weekday in brackets right after it (2月8日（星期六）, 12月6日（五）): 490 annotated
# surfaces keep it and 158 leave it out; it names no other day, so a surface matches with or
# without it.  So do a range's weekdays (112年10月6日至10月9日（週五至週一）), and a bracket set
# apart by a space, as a forecast's or a table's day heads write it (2月11日 (星期二)).
_WEEKDAY_TAIL = re.compile(
    r"[ \t\u3000]?[(（](?:星期|週|周|禮拜|礼拜)?[一二三四五六日天]"
    r"(?:\s*(?:至|到|-|–|—|~|～)\s*(?:星期|週|周|禮拜|礼拜)?[一二三四五六日天])?[)）]$"
)


def _surface(text: str) -> str:
    return _WEEKDAY_TAIL.sub("", text)


def _match_dates(expected: list[dict], events: list[dict]) -> list[dict | None]:
    """Pair each expected date with an unused event of the same text, preferring one with
    the expected value: duplicates (``18日`` twice) are matched by what they say.  A trailing
    bracketed weekday is left out of both sides' text (``_WEEKDAY_TAIL``)."""
    used: set[int] = set()
    pairs: list[dict | None] = []

    def value_rank(exp: dict, ev: dict) -> int:
        if exp.get("start") and ev["start"] == exp["start"]:
            return 0 if not exp.get("end") or ev["end"] == exp["end"] else 1
        return 2

    for exp in expected:
        candidates = [
            (value_rank(exp, ev), i)
            for i, ev in enumerate(events)
            if i not in used and _surface(ev["text"]) == _surface(exp["text"])
        ]
        if candidates:
            _, best = min(candidates)
            used.add(best)
            pairs.append(events[best])
        else:
            pairs.append(None)
    return pairs


# A thread's board tag before its headline ([求救] …, [Windows] …): 337 annotated titles keep it and
# the annotators of blind214/ and blind218/ (and 18 older titles) leave it out, listing the whole line
# as chrome; either reading is the headline, so titles are compared without it.
_BOARD_TAG = re.compile(r"^\[[^\[\]\n]{1,12}\][ \t\u3000]*")


def _same_headline(got: str | None, want: str | None) -> bool:
    if got is None or want is None:
        return got == want
    return got == want or _BOARD_TAG.sub("", got, count=1) == _BOARD_TAG.sub("", want, count=1)


def _tagged_title_line(got: str | None, want: dict) -> str | None:
    """The title's whole line, where the model took it with its board tag and the annotator took
    the headline without it and listed the line as chrome: that chrome line is found."""
    title = want.get("title")
    if got is None or title is None or got == title or not _same_headline(got, title):
        return None
    return got if got in want["chrome"] else None


def _clean(text: str) -> str:
    from tui.model.sanitize import sanitize

    return sanitize(text)


def _as_read(want: dict) -> dict:
    """The expectations in the text as the model reads it: its load drops what no terminal
    shows (zero-width spaces inside a Zhihu answer's lines, bidi marks), so an expected
    line or surface is compared without them too."""
    want = dict(want)
    want["handles"] = [_clean(h) for h in want["handles"]]
    want["chrome"] = [_clean(c).strip() for c in want["chrome"]]
    want["dates"] = [{**d, "text": _clean(d["text"])} for d in want["dates"]]
    if want.get("title") is not None:
        want["title"] = _clean(want["title"]).strip()
    return want


def score_text(path: Path) -> Score:
    """Run the model on one corpus text and compare it with its expectations."""
    want = _as_read(json.loads(path.with_suffix(".json").read_text("utf-8")))
    lines = [ln.strip() for ln in _clean(path.read_text("utf-8")).split("\n") if ln.strip()]
    sc = Score(name=path.stem)
    try:
        got = run_model(path)
    except Exception as exc:  # a crash on a text is a result too: everything counts as missed
        got = {
            "title": None,
            "paragraphs": [],
            "boilerplate": [],
            "bloggers": [],
            "timeline": [],
            "reference_date": None,
        }
        sc.error = f"{type(exc).__name__}: {exc}"
        sc.misses.append(f"model raised {sc.error}")

    # handles
    exp_h = Counter(want["handles"])
    got_h = _handle_surfaces(got)
    sc.handles_expected = sum(exp_h.values())
    sc.handles_found = sum(got_h.values())
    sc.handles_right = sum((exp_h & got_h).values())
    for h, n in (exp_h - got_h).items():
        sc.misses.append(f"handle missed: @{h}" + (f" ×{n}" if n > 1 else ""))
    for h, n in (got_h - exp_h).items():
        sc.misses.append(f"handle false: @{h}" + (f" ×{n}" if n > 1 else ""))

    # dates
    events = got["timeline"]
    expected = want["dates"]
    pairs = _match_dates(expected, events)
    sc.dates_expected = len(expected)
    for exp, ev in zip(expected, pairs, strict=True):
        value = f"{exp.get('start')}..{exp.get('end')}" if exp.get("start") else "(no value)"
        if exp.get("start"):
            sc.values_expected += 1
        if ev is None:
            sc.misses.append(f"date missed: {exp['text']!r} {value}")
            continue
        sc.dates_found += 1
        if exp.get("start"):
            ok = ev["start"] == exp["start"] and (not exp.get("end") or ev["end"] == exp["end"])
            if ok:
                sc.values_right += 1
            else:
                sc.misses.append(
                    f"date value: {exp['text']!r} expected {value}, got {ev['start']}..{ev['end']}"
                )
        if exp.get("basis") and "basis" in ev:
            sc.basis_expected += 1
            if ev["basis"] == exp["basis"]:
                sc.basis_right += 1
            else:
                sc.misses.append(
                    f"date basis: {exp['text']!r} expected {exp['basis']}, got {ev['basis']}"
                )
    texts = [e["text"] for e in expected]
    for ev in events:
        if not any(ev["text"] in t or t in ev["text"] for t in texts):
            sc.false_dates += 1
            sc.misses.append(f"date false: {ev['text']!r} {ev['start']}..{ev['end']}")

    # chrome and body
    chrome = Counter(want["chrome"])
    boiler = Counter(b.strip() for b in got["boilerplate"])
    tagged = _tagged_title_line(got["title"], want)
    if tagged is not None:
        boiler[tagged] += 1  # the title's line, its tag and all, which the annotator split off as chrome
    sc.chrome_expected = sum(chrome.values())
    sc.chrome_found = sum((chrome & boiler).values())
    for line, _n in (chrome - boiler).items():
        sc.misses.append(f"chrome kept in body: {line!r}")
    body = Counter(lines) - chrome
    if want["title"] is not None:
        body -= Counter([want["title"]])
    kept = Counter(p["text"].strip() for p in got["paragraphs"])
    sc.body_lines = sum(body.values())
    lost = body - kept
    sc.body_lost = sum(lost.values())
    for line in lost:
        where = (
            "in boilerplate"
            if line in boiler
            else ("taken as title" if line == got["title"] else "vanished")
        )
        sc.misses.append(f"body lost ({where}): {line!r}")

    # title
    sc.titles = 1
    if _same_headline(got["title"], want["title"]):
        sc.titles_right = 1
    else:
        sc.misses.append(f"title: expected {want['title']!r}, got {got['title']!r}")

    # the page's own date (informative: only where the page states one)
    if want.get("reference_date"):
        sc.reference_expected = 1
        if got.get("reference_date") == want["reference_date"]:
            sc.reference_right = 1
        else:
            sc.misses.append(
                f"reference date: expected {want['reference_date']}, got "
                f"{got.get('reference_date')} ({got.get('reference_date_source')})"
            )
    return sc


# --------------------------------------------------------------------------- report


def totals(total: Score) -> dict[str, Any]:
    """The corpus figures, as ``--json`` prints them."""
    p = _ratio(total.handles_right, total.handles_found)
    r = _ratio(total.handles_right, total.handles_expected)
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {
        "texts": total.titles,
        "handles": {
            "expected": total.handles_expected,
            "found": total.handles_found,
            "right": total.handles_right,
            "precision": p,
            "recall": r,
            "f1": f1,
        },
        "dates": {
            "expected": total.dates_expected,
            "found": total.dates_found,
            "strict_recall": _ratio(total.dates_found, total.dates_expected),
            "false": total.false_dates,
            "values_expected": total.values_expected,
            "values_right": total.values_right,
            "value_accuracy": _ratio(total.values_right, total.values_expected),
            "basis_scored": total.basis_expected,
            "basis_right": total.basis_right,
        },
        "chrome": {
            "expected": total.chrome_expected,
            "found": total.chrome_found,
            "recall": _ratio(total.chrome_found, total.chrome_expected),
            "body_lines": total.body_lines,
            "body_lost": total.body_lost,
        },
        "title": {
            "texts": total.titles,
            "right": total.titles_right,
            "accuracy": _ratio(total.titles_right, total.titles),
        },
        "reference_date": {
            "stated": total.reference_expected,
            "right": total.reference_right,
        },
        "errors": total.error.count("\n") + 1 if total.error else 0,
    }


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def _frac(a: int, b: int) -> str:
    return f"{a}/{b}"


def report(scores: list[Score], verbose: bool) -> str:
    head = (
        f"{'text':<28} {'hdl P':>5} {'hdl R':>5} {'dates':>7} {'false':>5} {'values':>7} "
        f"{'chrome':>7} {'lost':>4} {'title':>5} {'ref':>3}"
    )
    out = [head, "-" * len(head)]
    for sc in scores:
        out.append(
            f"{sc.name[:28]:<28} {_pct(_ratio(sc.handles_right, sc.handles_found)):>5} "
            f"{_pct(_ratio(sc.handles_right, sc.handles_expected)):>5} "
            f"{_frac(sc.dates_found, sc.dates_expected):>7} {sc.false_dates:>5} "
            f"{_frac(sc.values_right, sc.values_expected):>7} "
            f"{_frac(sc.chrome_found, sc.chrome_expected):>7} {sc.body_lost:>4} "
            f"{'ok' if sc.titles_right else 'WRONG':>5} "
            f"{'-' if not sc.reference_expected else ('ok' if sc.reference_right else 'NO'):>3}"
            + ("  ERROR" if sc.error else "")
        )
        if verbose:
            out.extend(f"    {m}" for m in sc.misses)
    total = Score()
    for sc in scores:
        total.add(sc)
    total.error = "\n".join(sc.error for sc in scores if sc.error) or None
    t = totals(total)
    h, d, c, ti = t["handles"], t["dates"], t["chrome"], t["title"]
    out += [
        "",
        f"texts: {t['texts']}" + (f"  (model errors: {t['errors']})" if t["errors"] else ""),
        f"handles      P {_pct(h['precision'])}  R {_pct(h['recall'])}  F1 {_pct(h['f1'])}"
        f"   ({h['right']} right of {h['found']} found, {h['expected']} expected)",
        f"dates        strict recall {_pct(d['strict_recall'])} ({d['found']}/{d['expected']})"
        f"   false dates {d['false']}",
        f"values       accuracy {_pct(d['value_accuracy'])} ({d['values_right']}/{d['values_expected']})"
        + (
            f"   basis {d['basis_right']}/{d['basis_scored']}"
            if d["basis_scored"]
            else "   basis n/a"
        ),
        f"chrome       recall {_pct(c['recall'])} ({c['found']}/{c['expected']})"
        f"   body lines lost {c['body_lost']} of {c['body_lines']}",
        f"title        accuracy {_pct(ti['accuracy'])} ({ti['right']}/{ti['texts']})",
        f"page date    {t['reference_date']['right']}/{t['reference_date']['stated']} stated dates found",
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Score the corpus; status 2 if nothing matches ``--only``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss and false hit")
    ap.add_argument("--only", action="append", metavar="NN", help="score only text NN (repeatable)")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON")
    ap.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        metavar="DIR",
        help="directory of NN-*.txt/.json pairs (default tests/corpus; "
        "tests/corpus/holdout for the held-out texts)",
    )
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"eval: no such corpus directory: {args.corpus}", file=sys.stderr)
        return 2
    files = corpus_files(args.only, args.corpus)
    if not files:
        what = f"matches {args.only}" if args.only else "(no .txt files)"
        print(f"eval: no corpus text {what} in {args.corpus}", file=sys.stderr)
        return 2
    scores = [score_text(f) for f in files]
    if args.json:
        total = Score()
        for sc in scores:
            total.add(sc)
        total.error = "\n".join(sc.error for sc in scores if sc.error) or None
        result = totals(total)
        if args.verbose:
            result["texts_detail"] = {sc.name: sc.misses for sc in scores}
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(report(scores, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
