"""Date an article's timeline again from another reference date, keeping everything else.

When the reader says what "today" means for a text (the palette's "設定參照日期…"),
every relative date (``昨天``, ``去年底``, a bare ``5月3日``) moves at once.  Only the
timeline changes: paragraphs, words, keywords and bloggers are kept, so the reading
place and the word segmentation survive.  The dating itself is the model's own
:func:`~tui.model.build.build_article`, run on the body paragraphs, so a redated
event is exactly what a fresh parse with ``--reference-date`` would give.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from tui.model.article import Article, Event
from tui.model.build import build_article


def redate(article: Article, day: date) -> Article:
    """``article`` with its timeline resolved against ``day`` (source ``option``)."""
    heading = [article.title.original] if article.title is not None else []
    body = "\n".join(heading + [p.text.original for p in article.paragraphs])
    fresh = build_article(body, article.source, reference_date=day, complete=article.complete)
    # The paragraphs of the fresh parse are the same lines, unless a heading or a short
    # line at either end was read as a title or as chrome this time: map them by text.
    where: dict[str, list[int]] = {}
    for i, p in enumerate(article.paragraphs):
        where.setdefault(p.text.original, []).append(i)
    to_old: list[int | None] = []
    used: dict[str, int] = {}
    for p in fresh.paragraphs:
        text = p.text.original
        k = used.get(text, 0)
        places = where.get(text, [])
        to_old.append(places[k] if k < len(places) else None)
        used[text] = k + 1
    events: list[Event] = []
    for e in fresh.timeline:
        old = to_old[e.paragraph]
        if old is None:
            continue
        events.append(
            dataclasses.replace(e, paragraph=old, text=article.paragraphs[old].text.slice(*e.span))
        )
    events.sort(key=lambda e: e.start)  # stable: ties keep reading order
    return dataclasses.replace(
        article,
        timeline=tuple(events),
        reference_date=fresh.reference_date,
        reference_source=fresh.reference_source,
    )
