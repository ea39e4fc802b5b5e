"""The corpus scorer (``benchmarks/eval.py``) counts what it says it counts.

A model that returns exactly the expectations must score perfectly, one that returns nothing
must score zero, and duplicates must be matched by value.  The real model is run once, on one
text, only to check that the scorer reads its ``--json`` shape.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("corpus_eval", ROOT / "benchmarks" / "eval.py")
assert _spec and _spec.loader
ev = importlib.util.module_from_spec(_spec)
sys.modules["corpus_eval"] = ev
_spec.loader.exec_module(ev)


def _perfect(path: Path) -> dict:
    """The ``--json`` a model would print if it agreed with every expectation."""
    want = json.loads(path.with_suffix(".json").read_text("utf-8"))
    lines = [ln.strip() for ln in path.read_text("utf-8").split("\n") if ln.strip()]
    body = Counter(lines) - Counter(want["chrome"])
    if want["title"] is not None:
        body -= Counter([want["title"]])
    return {
        "title": want["title"],
        "reference_date": want["reference_date"],
        "paragraphs": [{"text": t} for t in body.elements()],
        "boilerplate": list(want["chrome"]),
        "bloggers": [
            {"handle": h, "mentions": [{"paragraph": -1, "span": [0, 0]}] * n}
            for h, n in Counter(want["handles"]).items()
        ],
        "timeline": [
            {
                "text": d["text"],
                "start": d["start"] or "2026-11-30",
                "end": d["end"] or "2026-11-30",
            }
            for d in want["dates"]
        ],
    }


def _empty(path: Path) -> dict:
    return {
        "title": None,
        "reference_date": None,
        "paragraphs": [],
        "boilerplate": [],
        "bloggers": [],
        "timeline": [],
    }


def _totals(monkeypatch: pytest.MonkeyPatch, fake) -> dict:
    monkeypatch.setattr(ev, "run_model", fake)
    total = ev.Score()
    for path in ev.corpus_files():
        total.add(ev.score_text(path))
    return ev.totals(total)


def test_a_model_that_agrees_scores_perfectly(monkeypatch: pytest.MonkeyPatch) -> None:
    t = _totals(monkeypatch, _perfect)
    assert t["texts"] >= 30
    assert t["handles"]["f1"] == 1.0
    assert t["dates"]["strict_recall"] == 1.0 and t["dates"]["false"] == 0
    assert t["dates"]["value_accuracy"] == 1.0
    assert t["chrome"]["recall"] == 1.0 and t["chrome"]["body_lost"] == 0
    assert t["title"]["accuracy"] == 1.0
    assert t["reference_date"]["right"] == t["reference_date"]["stated"]


def test_a_model_that_finds_nothing_scores_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    t = _totals(monkeypatch, _empty)
    assert t["handles"]["recall"] == 0.0 and t["handles"]["found"] == 0
    assert t["dates"]["found"] == 0 and t["dates"]["values_right"] == 0
    assert t["chrome"]["found"] == 0
    assert t["chrome"]["body_lost"] == t["chrome"]["body_lines"] > 0
    assert t["title"]["right"] == sum(
        json.loads(p.with_suffix(".json").read_text("utf-8"))["title"] is None
        for p in ev.corpus_files()
    )


def test_chrome_left_in_the_body_and_false_hits_are_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def sloppy(path: Path) -> dict:
        got = _perfect(path)
        got["paragraphs"] += [{"text": line} for line in got["boilerplate"]]
        got["boilerplate"] = []
        got["bloggers"].append({"handle": "3", "mentions": [{"paragraph": -1, "span": [0, 0]}]})
        got["timeline"].append({"text": "春晚节", "start": "2024-02-09", "end": "2024-02-09"})
        return got

    t = _totals(monkeypatch, sloppy)
    assert t["chrome"]["recall"] == 0.0 and t["chrome"]["body_lost"] == 0
    assert t["handles"]["recall"] == 1.0 and t["handles"]["precision"] < 1.0
    assert t["dates"]["false"] == t["texts"]


def test_duplicate_dates_are_paired_by_value() -> None:
    expected = [
        {"text": "18日", "start": "2024-01-18", "end": "2024-01-18"},
        {"text": "18日", "start": "2023-12-18", "end": "2023-12-18"},
    ]
    events = [
        {"text": "18日", "start": "2023-12-18", "end": "2023-12-18"},
        {"text": "18日", "start": "2024-01-18", "end": "2024-01-18"},
    ]
    pairs = ev._match_dates(expected, events)
    assert [p["start"] for p in pairs] == ["2024-01-18", "2023-12-18"]
    assert ev._match_dates(expected, events[:1])[1] is None


def test_a_days_bracketed_weekday_matches_with_or_without_it() -> None:
    """2月8日（星期六）: the annotators split on keeping a day's weekday bracket (490 keep it,
    158 not); it names no other day, so either surface matches the other.  Any other bracket
    (a festival, a second day) still has to match."""
    expected = [{"text": "2月8日", "start": "2025-02-08", "end": "2025-02-08"},
                {"text": "12月6日（五）", "start": "2024-12-06", "end": "2024-12-06"},
                {"text": "1月28日", "start": "2025-01-28", "end": "2025-01-28"}]
    events = [{"text": "2月8日（星期六）", "start": "2025-02-08", "end": "2025-02-08"},
              {"text": "12月6日", "start": "2024-12-06", "end": "2024-12-06"},
              {"text": "1月28日（除夕）", "start": "2025-01-28", "end": "2025-01-28"}]
    pairs = ev._match_dates(expected, events)
    assert pairs[0] is events[0] and pairs[1] is events[1] and pairs[2] is None


def test_a_bracketed_weekday_set_apart_by_a_space_matches_too() -> None:
    """2月11日 (星期二): a forecast's day head, its weekday's bracket after a space; the annotator
    listed 2月11日."""
    expected = [{"text": "2月11日", "start": "2025-02-11", "end": "2025-02-11"}]
    events = [{"text": "2月11日 (星期二)", "start": "2025-02-11", "end": "2025-02-11"}]
    assert ev._match_dates(expected, events)[0] is events[0]


def test_a_ranges_bracketed_weekdays_match_with_or_without_them() -> None:
    """112年10月6日至10月9日（週五至週一）: a range's two weekdays name no other day either; a
    bracket of two days (（6日至9日）) still has to match."""
    expected = [{"text": "112年10月6日至10月9日", "start": "2023-10-06", "end": "2023-10-09"},
                {"text": "國慶連假", "start": "2023-10-07", "end": "2023-10-10"}]
    events = [{"text": "112年10月6日至10月9日（週五至週一）", "start": "2023-10-06", "end": "2023-10-09"},
              {"text": "國慶連假（7日至10日）", "start": "2023-10-07", "end": "2023-10-10"}]
    pairs = ev._match_dates(expected, events)
    assert pairs[0] is events[0] and pairs[1] is None


def test_only_selects_by_number() -> None:
    first = ev.corpus_files()[0]
    number = first.name.split("-", 1)[0]
    assert ev.corpus_files([number]) == [first]
    assert ev.corpus_files([number.lstrip("0")]) == [first]
    assert ev.corpus_files(["999"]) == []


def test_the_real_model_is_read(capsys: pytest.CaptureFixture[str]) -> None:
    first = ev.corpus_files()[0].name.split("-", 1)[0]
    assert ev.main(["--only", first, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["texts"] == 1 and out["errors"] == 0
    assert out["dates"]["expected"] > 0 and out["chrome"]["expected"] > 0


def test_corpus_option_scores_the_held_out_texts(capsys: pytest.CaptureFixture[str]) -> None:
    holdout = ev.CORPUS / "holdout"
    files = ev.corpus_files(corpus=holdout)
    assert files and all(f.parent == holdout for f in files)
    assert not set(files) & set(ev.corpus_files())  # the main set never includes them
    assert ev.corpus_files(["H01"], holdout) == [files[0]]
    assert ev.main(["--corpus", str(holdout), "--only", "H01", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["texts"] == 1 and out["errors"] == 0


def test_corpus_option_refuses_a_missing_directory(capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main(["--corpus", str(ev.CORPUS / "no-such-dir")]) == 2
    assert "no such corpus directory" in capsys.readouterr().err


def test_a_threads_board_tag_matches_with_or_without_it() -> None:
    """[求救] 新居入伙上網…: 337 annotated titles keep a thread's board tag, the annotators of
    blind214/ and blind218/ leave it out and list the whole line as chrome; either headline
    matches the other, and the line the model took as its title counts as that chrome line.
    A title that differs in anything else still misses, and a bracket that is no board tag
    (【行前通知】) stays part of the headline."""
    want = {"title": "新居入伙上網，光纖定 5G 家居寬頻好？", "chrome": ["[求救] 新居入伙上網，光纖定 5G 家居寬頻好？"]}
    assert ev._same_headline("[求救] 新居入伙上網，光纖定 5G 家居寬頻好？", want["title"])
    assert ev._same_headline("新居入伙上網，光纖定 5G 家居寬頻好？", "[求救] 新居入伙上網，光纖定 5G 家居寬頻好？")
    assert ev._tagged_title_line("[求救] 新居入伙上網，光纖定 5G 家居寬頻好？", want) == want["chrome"][0]
    assert not ev._same_headline("[求救] 新居入伙上網", want["title"])
    assert not ev._same_headline("嘉明湖三天兩夜", "【行前通知】嘉明湖三天兩夜")
    assert not ev._same_headline(None, want["title"]) and ev._same_headline(None, None)
    assert ev._tagged_title_line(want["title"], want) is None
