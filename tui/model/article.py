"""The one in-memory model of an article that every pane and the command line render.

Built in two steps so the first screen never waits for jieba:
:func:`build_article` does everything that needs only patterns (body,
boilerplate, both scripts, bloggers, timeline); :func:`with_words` adds word
segmentation and keywords, which a background worker computes.  Every string
the UI shows exists in both scripts, and every span is a character offset that
means the same place in both (see :mod:`tui.model.scripts`).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from datetime import date

from tui.model.scripts import Script, Variant, conversion, convert_with, detect_script
from tui.model.sentences import containing, sentence_spans

Span = tuple[int, int]


class Dual:
    """One string in both scripts, of equal length.

    The original is kept as read; another form (the other script, or a regional
    Traditional form) is converted on first use and then remembered, so a
    million-character book costs nothing until someone asks for it (a toggle
    converts only what is on screen).
    """

    __slots__ = ("_forms", "original", "script")

    def __init__(self, original: str, script: Script, other: str | None = None) -> None:
        """``other``, when given, is the text in every other form (digits, 年底)."""
        self.original = original
        self.script = script
        # OpenCC configuration -> converted text; "*" stands for every configuration.
        self._forms: dict[str, str] | None = {"*": other} if other is not None else None

    @classmethod
    def of(cls, text: str, script: Script) -> Dual:
        """``text``, written in ``script``."""
        return cls(text, script)

    def __call__(self, script: Script, variant: Variant | None = None) -> str:
        """The text in ``script``; ``variant`` is the Traditional form (see ``conversion``)."""
        if script is self.script and (variant is None or variant is Variant.STANDARD):
            return self.original  # the common case, on every drawn line: no lookups
        config = conversion(self.script, script, variant)
        if config is None:
            return self.original
        forms = self._forms
        if forms is None:
            forms = self._forms = {}
        text = forms.get(config) or forms.get("*")
        if text is None:
            text = forms[config] = convert_with(config, self.original)
        return text

    @property
    def traditional(self) -> str:
        return self(Script.TRADITIONAL)

    @property
    def simplified(self) -> str:
        return self(Script.SIMPLIFIED)

    def slice(self, start: int, end: int) -> Dual:
        part = Dual(self.original[start:end], self.script)
        if self._forms:
            part._forms = {k: v[start:end] for k, v in self._forms.items()}
        return part

    def __len__(self) -> int:
        return len(self.original)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Dual) and (self.original, self.script) == (
            other.original,
            other.script,
        )

    def __hash__(self) -> int:
        return hash((self.original, self.script))

    def __repr__(self) -> str:
        return f"Dual({self.original!r}, {self.script.value})"


@dataclass(frozen=True)
class Paragraph:
    text: Dual
    words: tuple[Span, ...] | None = None  # None until segmented

    @functools.cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans, found when first needed (a book has tens of thousands)."""
        return tuple(sentence_spans(self.text.original))

    def sentence_of(self, offset: int) -> Span:
        """The sentence that contains ``offset``."""
        return containing(self.sentences, offset, len(self.text))


@dataclass(frozen=True)
class Mention:
    paragraph: int
    span: Span  # the ``@handle`` itself
    sentence: Span


@dataclass(frozen=True)
class Blogger:
    handle: Dual  # without the @
    name: Dual | None
    role: Dual | None
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Event:
    text: Dual  # the exact surface in the paragraph
    start: date
    end: date
    precision: str  # day, month, part, year, festival or relative
    granularity: str  # day, month, part or year
    label: Dual  # normalised: 2024-12, 2025-01-28, 2024 年底
    paragraph: int
    span: Span
    sentence: Span


@dataclass(frozen=True)
class Article:
    """Everything the app and ``--json`` show about one document."""

    source: str
    script: Script
    encoding: str
    replaced: int  # undecodable bytes shown as U+FFFD
    title: Dual | None
    paragraphs: tuple[Paragraph, ...]
    boilerplate: tuple[Dual, ...]
    tags: tuple[Dual, ...]
    bloggers: tuple[Blogger, ...]
    timeline: tuple[Event, ...]
    reference_date: date
    reference_source: str  # dateline, updated, latest-year, today or option
    keywords: tuple[Dual, ...] | None = None  # None until segmented
    complete: bool = True  # False for the first part of a book, shown while the rest is parsed

    @property
    def segmented(self) -> bool:
        return self.keywords is not None

    def sentence_text(
        self, paragraph: int, span: Span, script: Script, variant: Variant | None = None
    ) -> str:
        return self.paragraphs[paragraph].text(script, variant)[span[0] : span[1]]

    def display_title(self, script: Script, variant: Variant | None = None) -> str:
        """The article's own title, or its file name."""
        return self.title(script, variant) if self.title else self.source


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
                    precision=f.precision,
                    granularity=f.granularity,
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


@dataclass(frozen=True)
class Words:
    """The slow part of the model: word spans per paragraph, and keywords.

    A keyword is ``(word, paragraph, offset)``: the word in Simplified and where
    it first occurs (``paragraph`` is -1 if nowhere), so that both forms can be
    cut from the text without converting it.
    """

    paragraphs: tuple[tuple[Span, ...], ...]
    keywords: tuple[tuple[str, int, int], ...]


def compute_words(paragraphs: list[str]) -> Words:
    """Segment Simplified ``paragraphs`` and pick keywords; takes jieba's start-up time.

    @handles are kept whole (found by pattern first: jieba would split them).
    """
    from tui.model.words import top_keywords

    spans, stats = segment_paragraphs(paragraphs)
    return Words(spans, tuple(top_keywords(stats)))


def segment_paragraphs(
    paragraphs: list[str], first: int = 0
) -> tuple[tuple[tuple[Span, ...], ...], dict]:
    """Word spans of each paragraph and the keyword statistics of them all."""
    from tui.model.bloggers import find_handles
    from tui.model.words import segment, word_stats

    spans = tuple(segment(t, find_handles(t)) for t in paragraphs)
    return spans, word_stats(paragraphs, list(spans), first)


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
