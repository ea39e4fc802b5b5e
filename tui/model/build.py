"""Building the model: text → :class:`~tui.model.article.Article`, then words added.

Two steps so the first screen never waits for jieba: :func:`build_article` does
everything that needs only patterns (body, boilerplate, both scripts, bloggers,
timeline); :func:`with_words` adds word segmentation and keywords, which a
background worker computes.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from tui.model.article import (
    Article,
    Blogger,
    Dual,
    Event,
    Granularity,
    Mention,
    Paragraph,
    Precision,
    Words,
)
from tui.model.scripts import Script, detect_script

_TITLE_MAX = 40
_TITLE_END = "。，,；;：:"


def _title_index(lines: list[str], body: tuple[int, ...]) -> int | None:
    """A first body line that reads as a heading: short, unpunctuated, followed by prose."""
    if len(body) < 2:
        return None
    first = lines[body[0]].strip()
    heading = len(first) <= _TITLE_MAX and first[-1] not in _TITLE_END and "。" not in first
    return body[0] if heading and len(lines[body[1]].strip()) > len(first) else None


def build_article(
    text: str,
    source: str = "article",
    *,
    encoding: str = "utf-8",
    replaced: int = 0,
    reference_date: date | None = None,
    today: date | None = None,
    complete: bool = True,
) -> Article:
    """Parse sanitised text into an :class:`Article`, without word segmentation."""
    # The rules are imported here, not at the top: a process that only receives a built
    # model (the app, see tui/prebuild.py) never pays for compiling them.
    from tui.model import bloggers as blogger_rules
    from tui.model import timeline as date_rules
    from tui.model.boilerplate import split_lines

    script = detect_script(text)
    lines = text.split("\n")
    split = split_lines(lines, tail=complete)
    body = split.body
    title_i = _title_index(lines, body)
    if title_i is not None:
        body = body[1:]

    def _line(i: int) -> Dual:
        return Dual(lines[i].strip(), script)

    paras = [_line(i) for i in body]
    texts = [p.original for p in paras]
    paragraphs = tuple(Paragraph(p) for p in paras)

    found_bloggers = []
    for raw in blogger_rules.find_bloggers(texts):
        first = raw.hits[0]
        handle = paras[first.paragraph].slice(first.start + 1, first.end)
        name = paras[raw.name[0]].slice(*raw.name[1:]) if raw.name else None
        role = paras[raw.role[0]].slice(*raw.role[1:]) if raw.role else None
        mentions = tuple(Mention(h.paragraph, (h.start, h.end), h.sentence) for h in raw.hits)
        found_bloggers.append(Blogger(handle, name, role, mentions))

    matches = date_rules.scan_paragraphs(texts)
    provisional_ref = today or date.today()
    explicit = [
        f
        for p_matches in matches
        for f in date_rules.resolve([m for m in p_matches if m.explicit], provisional_ref)
    ]
    if reference_date is not None:
        ref = date_rules.Reference(reference_date, "option")
    else:
        ref = date_rules.find_reference(lines, explicit, provisional_ref)
    events = []
    for p, p_matches in enumerate(matches):
        for f in date_rules.resolve(p_matches, ref.day):
            span = (f.start, f.end)
            events.append(
                Event(
                    text=paras[p].slice(*span),
                    start=f.first,
                    end=f.last,
                    precision=Precision(f.precision),  # a kind the rules misspell fails here
                    granularity=Granularity(f.granularity),
                    label=Dual(
                        f.label, Script.SIMPLIFIED, f.label
                    ),  # digits and 年底/上旬…: the same in both
                    paragraph=p,
                    span=span,
                    sentence=paragraphs[p].sentence_of(f.start),
                )
            )
    events.sort(key=lambda e: e.start)  # stable: ties keep reading order

    tags = tuple(Dual(lines[i][s:e], script) for i, s, e in split.tags)
    return Article(
        source=source,
        script=script,
        encoding=encoding,
        replaced=replaced,
        title=_line(title_i) if title_i is not None else None,
        paragraphs=paragraphs,
        boilerplate=tuple(_line(i) for i in split.chrome),
        tags=tags,
        bloggers=tuple(found_bloggers),
        timeline=tuple(events),
        reference_date=ref.day,
        reference_source=ref.source,
        complete=complete,
    )


def with_words(article: Article, words: Words) -> Article:
    """A copy of ``article`` with segmentation and keywords filled in."""
    if len(words.paragraphs) != len(article.paragraphs):
        raise ValueError("word spans do not match the article's paragraphs")
    paragraphs = tuple(
        dataclasses.replace(p, words=w)
        for p, w in zip(article.paragraphs, words.paragraphs, strict=True)
    )
    kws = []
    for word, p, offset in words.keywords:
        if 0 <= p < len(article.paragraphs):
            kws.append(article.paragraphs[p].text.slice(offset, offset + len(word)))
        else:
            kws.append(Dual(word, Script.SIMPLIFIED))
    return dataclasses.replace(article, paragraphs=paragraphs, keywords=tuple(kws))
