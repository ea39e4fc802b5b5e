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
    Credit,
    Dual,
    Event,
    Granularity,
    Mention,
    Paragraph,
    Precision,
    Words,
)
from tui.model.fold import forget_folded_lines
from tui.model.scripts import Script, detect_script


def build_article(
    text: str,
    source: str = "article",
    *,
    encoding: str = "utf-8",
    replaced: int = 0,
    reference_date: date | None = None,
    today: date | None = None,
    complete: bool = True,
    escapes: int = 0,
) -> Article:
    """Parse sanitised text into an :class:`Article`, without word segmentation."""
    # The rules are imported here, not at the top: a process that only receives a built
    # model (the app, see tui/prebuild.py) never pays for compiling them.
    from tui.model import bloggers as blogger_rules
    from tui.model import timeline as date_rules
    from tui.model.boilerplate import split_lines
    from tui.model.title import place_title

    script = detect_script(text)
    lines = text.split("\n")
    split = split_lines(lines, tail=complete)
    title, body, chrome = place_title(lines, split)

    def _line(i: int) -> Dual:
        return Dual(lines[i].strip(), script)

    paras = [_line(i) for i in body]
    texts = [p.original for p in paras]
    paragraphs = tuple(Paragraph(p) for p in paras)

    chrome_lines = tuple(_line(i) for i in chrome)
    found_bloggers, credited = [], []
    for raw in blogger_rules.find_bloggers(texts, [c.original for c in chrome_lines]):
        first = raw.hits[0]
        handle = (chrome_lines if first.chrome else paras)[first.paragraph].slice(
            first.start + 1, first.end
        )
        name = paras[raw.name[0]].slice(*raw.name[1:]) if raw.name else None
        role = paras[raw.role[0]].slice(*raw.role[1:]) if raw.role else None
        mentions = tuple(
            Mention(h.paragraph, (h.start, h.end), h.sentence) for h in raw.hits if not h.chrome
        )
        credits = tuple(Credit(h.paragraph, (h.start, h.end)) for h in raw.hits if h.chrome)
        (found_bloggers if mentions else credited).append(
            Blogger(handle, name, role, mentions, credits)
        )

    ref, dated = date_rules.date_paragraphs(
        texts,
        lines,
        reference_date,
        today or date.today(),
        minguo=script is Script.TRADITIONAL,
        title=lines[title.line][title.start : title.end] if title is not None else None,
    )
    # A date inside an account's name (@周末不想动的阿飞) is part of the name, not an event.
    in_handles: dict[int, list[tuple[int, int]]] = {}
    for blogger in found_bloggers:
        for m in blogger.mentions:
            in_handles.setdefault(m.paragraph, []).append(m.span)
    for spans in in_handles.values():
        spans.sort()
    # … and so is one in a comment's poster, when the page @-mentions that account elsewhere.
    names = {b.handle.original for b in (*found_bloggers, *credited)}
    # A line that is only a work's name the page quotes in 《》 (a set list's 3. 七月未完) is
    # that name, not a date.
    works = _work_lines(texts)
    # A person's name the page gives beside a handle (主理人周一鸣（@zhouyim）) holds no date
    # wherever it stands (周一鸣那期): 周一 in it is the surname and the given name.
    people = frozenset(
        b.name.original for b in (*found_bloggers, *credited) if b.name and len(b.name.original) >= 3
    )
    name_sizes = sorted({len(n) for n in people})
    events = []
    for p, found in enumerate(dated):
        for f in found:
            span = (f.start, f.end)
            if (
                p in works
                or _inside_any(in_handles.get(p), f.start, f.end)
                or _in_poster(texts[p], f.end, names)
                or _in_name(texts[p], f.start, f.end, people, name_sizes)
            ):
                continue
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
                    basis=f.basis,
                )
            )
    events.sort(key=lambda e: e.start)  # stable: ties keep reading order

    tags = tuple(Dual(lines[i][s:e], script) for i, s, e in split.tags)
    forget_folded_lines()  # (the rules are done with this page's lines)
    return Article(
        source=source,
        script=script,
        encoding=encoding,
        replaced=replaced,
        title=_line(title.line).slice(title.start, title.end) if title is not None else None,
        paragraphs=paragraphs,
        boilerplate=chrome_lines,
        tags=tags,
        bloggers=tuple(found_bloggers),
        timeline=tuple(events),
        reference_date=ref.day,
        reference_source=ref.source,
        complete=complete,
        escapes=escapes,
        credited=tuple(credited),
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


def _inside_any(spans: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, non-overlapping ``spans``
    (a binary search: a paragraph of thousands of handles and dates stays linear)."""
    if not spans:
        return False
    import bisect

    k = bisect.bisect_left(spans, (end, -1))  # the spans that start before ``end``...
    return k > 0 and spans[k - 1][1] > start  # ...the last of which reaches past ``start``


def _in_name(text: str, start: int, end: int, people: frozenset[str], sizes: list[int]) -> bool:
    """Does ``[start, end)`` lie inside one of ``people``'s names where it stands in ``text``?

    Each place a name of each length could start is looked up in the set, so the cost is the
    date's few neighbours, not the number of names the page gives (a page of many names and
    many dates stays linear)."""
    for size in sizes:
        for k in range(max(0, end - size), start + 1):
            if text[k : k + size] in people:
                return True
    return False


_POSTER_REACH = 32  # how far into a paragraph a comment's poster and its colon may reach


def _in_poster(text: str, end: int, names: set[str]) -> bool:
    """A date ending at ``end`` lies in the poster's name heading a comment (周末不想动的阿飞：请问…),
    an account the page @-mentions: the name before the first colon is one of ``names``."""
    if not names or end >= _POSTER_REACH:
        return False
    for colon in ("：", ":"):
        k = text.find(colon, end, _POSTER_REACH)
        if k != -1 and text[:k].strip() in names:
            return True
    return False


_WORK_MAX = 30  # characters in a work's name between 《 and 》


def _work_lines(texts: list[str]) -> set[int]:
    """The paragraphs that are only the name of a work quoted in 《》 elsewhere on the page,
    maybe numbered as a list's item (``3. 七月未完`` under ``《七月未完》``)."""
    works: set[str] = set()
    for text in texts:
        k = text.find("《")
        while k != -1:
            close = text.find("》", k + 1, k + 2 + _WORK_MAX)
            if close == -1:
                k = text.find("《", k + 1)
                continue
            works.add(text[k + 1 : close].strip())
            k = text.find("《", close + 1)
    if not works:
        return set()
    found = set()
    for p, text in enumerate(texts):
        if len(text) > _WORK_MAX + 6:
            continue
        n = 0
        while n < len(text) and text[n].isdigit():
            n += 1
        if 0 < n <= 3 and text[n : n + 1] in (".", "、", "．", ")", "）"):
            text = text[n + 1 :]
        if text.strip() in works:
            found.add(p)
    return found
