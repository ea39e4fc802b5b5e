"""What the page around the body said, so a reader can check what was split off.

The model keeps the lines it took for page chrome (``boilerplate``), the tags found
in them, the keywords and where "today" came from; this gathers them for the page
info screen, in the script on screen, and points out the dateline, and the source
and author lines among the chrome.  No Textual here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from tui.model.article import Article, Dual
from tui.model.line_shapes import is_byline
from tui.model.passages import shown
from tui.model.scripts import Script, either_script

#: How far a line may run and still be a dateline or a credit rather than prose.
_SHORT = 80
#: How many body paragraphs are searched for the dateline (it heads a page; a book is long).
_HEAD = 1000


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Credits (来源/作者 … fields), dated stamps, and sentence ends; compiled on first use."""
    credit = re.compile(
        either_script(
            r"(?:^|[\s|｜·（(【\[])(?:来源|出处|作者|撰文|编辑|责任编辑|责编|记者|通讯员|原标题|"
            r"原文链接|本文链接|转载自|source|author|by|via)\s*[:：]"
            r"|^(?:文|图|记者|撰文)\s*[/／|｜]"
            # a wire's stamp standing alone: （中央社記者某某台北11日電）
            r"|^[（(]?[^\s（(]{0,8}社记者[^\s]{1,16}电[）)]?\s*$"
        ),
        re.IGNORECASE,
    )
    stamp = re.compile(
        either_script(
            r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
            r"|(?:发布|更新|发表|编辑)(?:时间|于)\s*[:：]"
        )
    )
    ends = re.compile(r"[。！？!?；;]")
    return credit, stamp, ends


@dataclass(frozen=True)
class PageInfo:
    """The page around the body, every string in one script."""

    title: str | None
    reference_date: date
    reference_source: str  # dateline, updated, latest-year, today or option
    reference_line: str | None  # the line the date was read from, when it was read from one
    datelines: tuple[str, ...]  # chrome lines that carry a date or a publish/update stamp
    credits: tuple[str, ...]  # chrome lines that name a source, an author or an editor
    tags: tuple[str, ...]
    keywords: tuple[str, ...] | None  # None until words are segmented
    chrome: tuple[str, ...]  # every line split off the body, in order
    source: str
    encoding: str
    replaced: int


def page_info(article: Article, script: Script, variant: Any = None) -> PageInfo:
    """Gather what :class:`PageInfo` shows from ``article``, in ``script`` (and ``variant``)."""

    def s(text: Dual) -> str:
        return shown(text, script, variant)

    credit, stamp, ends = _rules()
    chrome = [line for line in article.boilerplate if line.original.strip()]
    credits = tuple(s(c) for c in chrome if credit.search(c.original) or is_byline(c.original))
    datelines = tuple(
        s(c)
        for c in chrome
        if stamp.search(c.original) and len(c) <= _SHORT and not ends.search(c.original)
    )
    reference = _reference_line(article)
    if reference is not None and s(reference) not in datelines:
        # the line the reference date came from is a dateline, also where it stayed in the
        # body (a byline that names an account: "取自日期行", then "日期行 无", contradicted)
        datelines = (s(reference), *datelines)
    return PageInfo(
        title=s(article.title) if article.title else None,
        reference_date=article.reference_date,
        reference_source=article.reference_source,
        reference_line=s(reference) if reference is not None else None,
        datelines=datelines,
        credits=credits,
        tags=tuple(s(t) for t in article.tags),
        keywords=tuple(s(k) for k in article.keywords) if article.keywords is not None else None,
        chrome=tuple(s(c) for c in chrome),
        source=article.source,
        encoding=article.encoding,
        replaced=article.replaced,
    )


def _reference_line(article: Article) -> Dual | None:
    """The short line whose date became the reference date, for a dateline or update stamp.

    The model keeps the date, not the line: look for a short unpunctuated line (as the
    model's own rule does) that names exactly that day, in the chrome first, then the body.
    """
    if article.reference_source not in ("dateline", "updated"):
        return None
    from tui.model.timeline import find_dates  # the date rules: compiled only when asked

    _, _, ends = _rules()
    candidates = [*article.boilerplate, *(p.text for p in article.paragraphs[:_HEAD])]
    for line in candidates:
        text = line.original.strip()
        if not text or len(text) > _SHORT or ends.search(text):
            continue
        for found in find_dates(text, article.reference_date):
            if found.granularity == "day" and found.first == article.reference_date:
                return line
    return None
