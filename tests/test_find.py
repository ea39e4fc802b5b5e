"""Finding across scripts, widths and case, with offsets that hold in the text on screen."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from tui.model.find import Finder, fold, fold_table
from tui.model.scripts import Script, convert


def test_fold_keeps_length_and_merges_forms() -> None:
    assert fold("数字") == fold("數字")
    assert fold("為什麼") == fold("爲什麼") == fold("为什么")
    assert fold("裡面") == fold("裏面") == fold("里面")
    assert fold("ＤｅｅｐＳｅｅｋ，２０２５") == fold("deepseek,2025")
    assert fold("AI\u3000") == "ai "
    assert fold("ABCΣД") == "abcσд"
    assert fold("2025年") != fold("2024年")


def test_every_folded_form_is_one_character() -> None:
    assert all(len(v) == 1 for v in fold_table().values())


@given(st.text())
def test_fold_is_length_preserving_and_settled(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded  # a representative stands for itself


def test_a_query_in_either_script_finds_both() -> None:
    texts = ["AI博主@數字生命卡茲克在除夕當天發布了", "这是数字，不是數位。", "沒有"]
    finder = Finder(texts)
    for query in ("数字", "數字"):
        found = finder.find(query)
        assert [(h.paragraph, h.start, h.end) for h in found] == [(0, 5, 7), (1, 2, 4)]
        for h in found:
            shown = convert(texts[h.paragraph], Script.SIMPLIFIED)
            assert shown[h.start : h.end] == "数字"
            assert convert(texts[h.paragraph], Script.TRADITIONAL)[h.start : h.end] == "數字"


def test_case_and_width_and_order() -> None:
    finder = Finder(["DeepSeek 和 deepseek", "", "ＤＥＥＰＳＥＥＫ！deepSeek"])
    found = finder.find("DEEPseek")
    assert [(h.paragraph, h.start) for h in found] == [(0, 0), (0, 11), (2, 0), (2, 9)]
    assert found.in_paragraph(2) == [(0, 8), (9, 17)]
    assert found.in_paragraph(1) == []
    assert found.in_paragraph(7) == []


def test_hits_do_not_overlap_or_cross_paragraphs() -> None:
    finder = Finder(["aaaa", "a", "a"])
    assert [(h.paragraph, h.start) for h in finder.find("aa")] == [(0, 0), (0, 2)]
    assert len(finder.find("a\na")) == 0
    assert len(finder.find("")) == 0


def test_index_from_a_reading_position_wraps() -> None:
    finder = Finder(["甲乙甲", "丙", "甲丁"])
    found = finder.find("甲")
    assert len(found) == 3
    assert found.index_from(0, 0) == 0
    assert found.index_from(0, 1) == 1
    assert found.index_from(1, 0) == 2
    assert found.index_from(2, 1) == 0  # past the last hit: back to the first
    assert finder.find("戊").index_from(0, 0) == -1


def test_against_a_plain_scan_on_random_text() -> None:
    """The folded document finds exactly what a paragraph-by-paragraph scan finds."""
    rng = random.Random(3)
    alphabet = "数數字发發髮AaＡ 的"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(200)]
    finder = Finder(texts)
    for query in ("数", "發", "a", "字的", "ＡＡ", "髮 "):
        q = fold(query)
        expected = []
        for p, t in enumerate(texts):
            ft, at = fold(t), 0
            while (i := ft.find(q, at)) >= 0:
                expected.append((p, i, i + len(q)))
                at = i + len(q)
        assert [(h.paragraph, h.start, h.end) for h in finder.find(query)] == expected


def test_the_bundled_article_in_both_scripts(bundled_article) -> None:
    finder = Finder([p.text.original for p in bundled_article.paragraphs])
    simplified, traditional = finder.find("春节"), finder.find("春節")
    assert len(simplified) == len(traditional) > 0
    for h in simplified:
        text = bundled_article.paragraphs[h.paragraph].text
        assert text.simplified[h.start : h.end] == "春节"
        assert text.traditional[h.start : h.end] == "春節"
    assert len(finder.find("deepseek")) == len(finder.find("DeepSeek")) > 10
