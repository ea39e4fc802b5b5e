"""The passages a reader copies: a sentence or a paragraph, in the script on screen.

Places are ``(paragraph, offset)`` like the reading position, and spans are the
model's own, so they mean the same characters in both scripts; only the text
handed out is converted.  Leading and trailing blanks are dropped, tabs become
spaces: what lands on the clipboard is what the pane shows.  No Textual here.
"""

from __future__ import annotations

from typing import Any

from tui.model.article import Article, Dual, Span
from tui.model.scripts import Script


def _clean(text: str) -> str:
    return text.replace("\t", " ").strip()


def shown(text: Dual, script: Script, variant: Any = None) -> str:
    """``text`` as the pane shows it: in ``script``, and in the Traditional ``variant`` if any."""
    return text(script) if variant is None else text(script, variant)  # type: ignore[call-arg]


def sentence_at(
    article: Article, paragraph: int, offset: int, script: Script, variant: Any = None
) -> str:
    """The sentence that holds character ``offset`` of ``paragraph`` ("" if there is none)."""
    if not 0 <= paragraph < len(article.paragraphs):
        return ""
    p = article.paragraphs[paragraph]
    start, end = p.sentence_of(min(max(0, offset), max(0, len(p.text) - 1)))
    return _clean(shown(p.text, script, variant)[start:end])


def paragraph_text(article: Article, paragraph: int, script: Script, variant: Any = None) -> str:
    """The whole of ``paragraph`` ("" if there is none)."""
    if not 0 <= paragraph < len(article.paragraphs):
        return ""
    return _clean(shown(article.paragraphs[paragraph].text, script, variant))


def span_text(
    article: Article, paragraph: int, span: Span, script: Script, variant: Any = None
) -> str:
    """``span`` of ``paragraph``: the sentence of a chosen event or mention."""
    if not 0 <= paragraph < len(article.paragraphs):
        return ""
    return _clean(shown(article.paragraphs[paragraph].text, script, variant)[span[0] : span[1]])
