"""What is copied: the sentence at a place, the paragraph, a chosen span, in either script."""

from __future__ import annotations

from tui.model.build import build_article
from tui.model.passages import paragraph_text, sentence_at, span_text
from tui.model.scripts import Script

TEXT = "標題在這裡\n第一句話。第二句話說了@博主甲 的事！\t第三句沒有結尾\n另一段。"


def test_sentence_at_a_place_in_both_scripts() -> None:
    a = build_article(TEXT)
    assert sentence_at(a, 0, 0, Script.TRADITIONAL) == "第一句話。"
    assert sentence_at(a, 0, 5, Script.TRADITIONAL) == "第二句話說了@博主甲 的事！"
    assert sentence_at(a, 0, 7, Script.SIMPLIFIED) == "第二句话说了@博主甲 的事！"
    assert sentence_at(a, 0, 999, Script.TRADITIONAL) == "第三句沒有結尾"
    assert sentence_at(a, 1, 0, Script.SIMPLIFIED) == "另一段。"
    assert sentence_at(a, 5, 0, Script.SIMPLIFIED) == ""


def test_paragraph_and_span() -> None:
    a = build_article(TEXT)
    assert paragraph_text(a, 0, Script.SIMPLIFIED).startswith("第一句话。第二句话")
    assert "\t" not in paragraph_text(a, 0, Script.SIMPLIFIED)
    assert paragraph_text(a, -1, Script.SIMPLIFIED) == ""
    mention = a.bloggers[0].mentions[0]
    assert span_text(a, mention.paragraph, mention.sentence, Script.SIMPLIFIED) == (
        "第二句话说了@博主甲 的事！"
    )
