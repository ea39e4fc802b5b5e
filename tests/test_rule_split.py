"""A rule searched as its anchored alternatives and the rest must answer as the whole rule does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.model import boilerplate, line_shapes
from tui.model.fold import fold
from tui.model.rule_split import SplitRule, split_rule, top_alternatives

CORPUS = Path(__file__).parent / "corpus"


def _plain(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def test_top_alternatives_skip_classes_escapes_and_groups() -> None:
    assert top_alternatives(r"^a|b[|]c|(?:d|e)f|\|g") == ["^a", "b[|]c", "(?:d|e)f", r"\|g"]
    assert top_alternatives(r"(?:^a|^b|c)") == ["^a", "^b", "c"]  # a group that wraps it whole
    assert top_alternatives(r"(?:^a|b)c|d") == ["(?:^a|b)c", "d"]
    assert top_alternatives(r"[]|]x|y") == ["[]|]x", "y"]  # a class that opens on ]
    assert top_alternatives(r"[^]|]x|y") == ["[^]|]x", "y"]  # … and a negated one
    assert top_alternatives(r"(?i)^a|b") is None  # a global flag belongs to every alternative
    assert top_alternatives(r"(a|b") is None


def test_few_anchored_alternatives_or_multiline_keep_the_rule_whole() -> None:
    assert isinstance(split_rule(r"^a|^b|c", 0, _plain), re.Pattern)
    assert isinstance(split_rule(r"^a|^b|^c|^d|e", re.MULTILINE, _plain), re.Pattern)
    assert isinstance(split_rule(r"^a|^b|^c|^d|", 0, _plain), re.Pattern)  # an empty alternative
    rule = split_rule(r"^a|^b|^c|^d|e", 0, _plain)
    assert isinstance(rule, SplitRule)


def test_a_split_rule_gives_the_whole_rules_match() -> None:
    """Where an unanchored alternative listed first also matches at the start, the match is the
    whole rule's (its span, its groups), and a search from a position is the whole rule's."""
    rule = split_rule(r"(x)ab|^a|^b|^c|^d(?P<n>e)", 0, _plain)
    assert isinstance(rule, SplitRule)
    for text in ("xab", "abc", "de", "zzxab", "zzde", "q"):
        got, want = rule.search(text), re.search(r"(x)ab|^a|^b|^c|^d(?P<n>e)", text)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), text
    assert rule.search("ade", 1) is None  # (^ holds only at the real start: the whole rule says so)
    assert rule.sub("-", "xab") == "-" and rule.pattern.startswith("(x)ab")


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("blind1[0-2]*/*.txt")):
        lines += [fold(line.strip()) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return lines


@pytest.fixture(scope="module")
def corpus_lines() -> list[str]:
    return _corpus_lines()


def test_every_split_chrome_rule_answers_as_the_whole_on_real_shapes(corpus_lines: list[str]) -> None:
    """Every chrome rule kept in two parts, on every line of the development corpus and
    thirty-three blind sets: the same match, span for span."""
    rules = {**vars(line_shapes), **vars(boilerplate)}  # (the line's shapes, and the passes' own)
    split = {name: rule for name, rule in rules.items() if isinstance(rule, SplitRule)}
    assert {"_SITE_LINES", "_PAGE_SHAPES", "_FURNITURE", "_DISCLAIMER"} <= set(split)
    for name, rule in split.items():
        for line in corpus_lines:
            got, want = rule.search(line), rule.whole.search(line)
            assert (got and got.span()) == (want and want.span()), (name, line)
