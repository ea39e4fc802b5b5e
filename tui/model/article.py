"""The one in-memory model of an article that every pane and the command line render.

The data classes only: :mod:`tui.model.build` builds them in two steps so the first
screen never waits for jieba — :func:`~tui.model.build.build_article` does everything
that needs only patterns (body, boilerplate, both scripts, bloggers, timeline);
:func:`~tui.model.build.with_words` adds word segmentation and keywords, which a
background worker computes.  Every string the UI shows exists in both scripts, and
every span is a character offset that means the same place in both (see
:mod:`tui.model.scripts`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tui.model.scripts import Script, Variant, conversion, convert_with
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
class Credit:
    """A mention in a page-chrome line (a source or photo credit): ``line`` indexes ``boilerplate``."""

    line: int
    span: Span  # the ``@handle`` itself, in that line


@dataclass(frozen=True)
class Blogger:
    handle: Dual  # without the @
    name: Dual | None
    role: Dual | None
    mentions: tuple[Mention, ...]  # in the body; empty only for bloggers in Article.credited
    credits: tuple[Credit, ...] = ()


class Precision(StrEnum):
    """How a date was written: a day, a month, part of a year (``年底``), a year, a festival
    (``春节``), or relative to the reference date (``去年``, ``昨日``)."""

    DAY = "day"
    MONTH = "month"
    PART = "part"
    YEAR = "year"
    FESTIVAL = "festival"
    RELATIVE = "relative"


class Granularity(StrEnum):
    """The size of the period a date stands for."""

    DAY = "day"
    MONTH = "month"
    PART = "part"
    YEAR = "year"


@dataclass(frozen=True)
class Event:
    text: Dual  # the exact surface in the paragraph
    start: date
    end: date
    precision: Precision
    granularity: Granularity
    label: Dual  # normalised: 2024-12, 2025-01-28, 2024 年底
    paragraph: int
    span: Span
    sentence: Span
    basis: str = "stated"  # "reference" when anything was taken from the reference date


#: Where a reference date comes from when the page never states it: dates counted from it
#: are guesses.
GUESSED_SOURCES = frozenset({"latest-year", "day-only", "today"})


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
    escapes: int = 0  # terminal escape sequences the sanitiser removed from the file
    credited: tuple[Blogger, ...] = ()  # bloggers named only in chrome lines (credits)

    @property
    def segmented(self) -> bool:
        return self.keywords is not None

    def sentence_text(
        self, paragraph: int, span: Span, script: Script, variant: Variant | None = None
    ) -> str:
        return self.paragraphs[paragraph].text(script, variant)[span[0] : span[1]]

    def is_guess(self, event: Event) -> bool:
        """The event's value leans on a reference date the page never stated (shown ``≈``)."""
        return event.basis == "reference" and self.reference_source in GUESSED_SOURCES

    def display_title(self, script: Script, variant: Variant | None = None) -> str:
        """The article's own title, or its file name."""
        return self.title(script, variant) if self.title else self.source


@dataclass(frozen=True)
class Words:
    """The slow part of the model: word spans per paragraph, and keywords.

    A keyword is ``(word, paragraph, offset)``: the word in Simplified and where
    it first occurs (``paragraph`` is -1 if nowhere), so that both forms can be
    cut from the text without converting it.
    """

    paragraphs: tuple[tuple[Span, ...], ...]
    keywords: tuple[tuple[str, int, int], ...]
