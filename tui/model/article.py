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

from tui.model.scripts import Script, convert
from tui.model.sentences import containing, sentence_spans

Span = tuple[int, int]


class Dual:
    """One string in both scripts, of equal length.

    The original is kept as read; the other script is converted on first use and
    then remembered, so a million-character book costs nothing until someone
    asks for its other form (a toggle converts only what is on screen).
    """

    __slots__ = ("_other", "original", "script")

    def __init__(self, original: str, script: Script, other: str | None = None) -> None:
        self.original = original
        self.script = script
        self._other = other

    @classmethod
    def of(cls, text: str, script: Script) -> Dual:
        """``text``, written in ``script``."""
        return cls(text, script)

    def __call__(self, script: Script) -> str:
        if script is self.script:
            return self.original
        other = self._other
        if other is None:
            other = self._other = convert(self.original, script)
        return other

    @property
    def traditional(self) -> str:
        return self(Script.TRADITIONAL)

    @property
    def simplified(self) -> str:
        return self(Script.SIMPLIFIED)

    def slice(self, start: int, end: int) -> Dual:
        other = self._other[start:end] if self._other is not None else None
        return Dual(self.original[start:end], self.script, other)

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

    def sentence_text(self, paragraph: int, span: Span, script: Script) -> str:
        return self.paragraphs[paragraph].text(script)[span[0] : span[1]]

    def display_title(self, script: Script) -> str:
        """The article's own title, or its file name."""
        return self.title(script) if self.title else self.source


@dataclass(frozen=True)
class Words:
    """The slow part of the model: word spans per paragraph, and keywords.

    A keyword is ``(word, paragraph, offset)``: the word in Simplified and where
    it first occurs (``paragraph`` is -1 if nowhere), so that both forms can be
    cut from the text without converting it.
    """

    paragraphs: tuple[tuple[Span, ...], ...]
    keywords: tuple[tuple[str, int, int], ...]
