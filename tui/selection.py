"""What the reader chose, in plain Python: no Textual, no widgets, unit-tested on its own.

A :class:`Selection` names an event, or a blogger and which of their mentions the reader
is at.  The functions here answer the questions the app and the panes ask about it —
what to choose when a row is picked or ``n``/``N`` is pressed, where the text should go,
which spans to highlight, what ``2/3`` to show, which events are on screen — so that the
widgets only draw the answers.

Grouping hook: a choice is made of *members* (:func:`members`): one event, or every mention
of a blogger.  Stepping (``n``/``N``), the ``2/3`` position and the highlights are all
computed over members, so a later "group of events" kind only has to say what its
members are.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import StrEnum

from tui.model.article import Article, Span


class SelectionKind(StrEnum):
    """What a selection points at (equal to its string value: ``"event"``, ``"blogger"``)."""

    EVENT = "event"
    BLOGGER = "blogger"


class MarkKind(StrEnum):
    """Kinds of marked spans in the text, in the order their styles are layered."""

    HANDLE = "handle"
    DATE = "date"
    SENTENCE = "sentence"
    MENTION = "mention"
    FIND = "find"  # a hit of the find in progress
    FIND_CURRENT = "find-current"  # the hit the reader is at


@dataclass(frozen=True)
class Mark:
    """A styled span of a paragraph; ``index`` is the blogger or event it stands for."""

    start: int
    end: int
    kind: MarkKind
    index: int = -1


@dataclass(frozen=True)
class Selection:
    """What the reader chose: an event, or a blogger and which of their mentions (``member``).

    ``mention`` is the index of the member the reader is at (always 0 for an event).
    """

    kind: SelectionKind
    index: int
    mention: int = 0


@dataclass(frozen=True)
class Member:
    """One place a choice stands for: the marked words and their sentence in a paragraph."""

    paragraph: int
    span: Span
    sentence: Span


def members(article: Article, kind: SelectionKind, index: int) -> tuple[Member, ...]:
    """Every place the entry ``index`` of ``kind`` stands for, in reading order."""
    if kind is SelectionKind.EVENT:
        if not 0 <= index < len(article.timeline):
            return ()
        e = article.timeline[index]
        return (Member(e.paragraph, e.span, e.sentence),)
    if not 0 <= index < len(article.bloggers):
        return ()
    return tuple(Member(m.paragraph, m.span, m.sentence) for m in article.bloggers[index].mentions)


def choose(article: Article, kind: SelectionKind, index: int, mention: int = 0) -> Selection | None:
    """The selection of entry ``index`` at member ``mention`` (wrapping; ``-1`` is the last).

    ``None`` when there is no such entry.
    """
    found = members(article, kind, index)
    if not found:
        return None
    return Selection(kind, index, mention % len(found))


def step(
    article: Article, selection: Selection | None, by: int, highlighted_blogger: int
) -> Selection | None:
    """``n`` (``by=1``) or ``N`` (``by=-1``): the next or previous mention of the chosen blogger.

    Without a chosen blogger, start on the highlighted row of the blogger pane: its first
    mention going forward, its last going back.
    """
    if not article.bloggers:
        return None
    if selection is None or selection.kind is not SelectionKind.BLOGGER:
        index = highlighted_blogger if 0 <= highlighted_blogger < len(article.bloggers) else 0
        return choose(article, SelectionKind.BLOGGER, index, 0 if by > 0 else -1)
    return choose(article, selection.kind, selection.index, selection.mention + by)


def current(article: Article, selection: Selection | None) -> Member | None:
    """The member the reader is at: where a jump goes."""
    if selection is None:
        return None
    found = members(article, selection.kind, selection.index)
    return found[selection.mention] if 0 <= selection.mention < len(found) else None


def jump_target(article: Article, selection: Selection | None) -> tuple[int, int] | None:
    """``(paragraph, offset)`` a jump to ``selection`` brings into view.

    An event's sentence start (the reader sees the context); a blogger's ``@handle`` itself.
    """
    member = current(article, selection)
    if member is None or selection is None:
        return None
    if selection.kind is SelectionKind.EVENT:
        return member.paragraph, member.sentence[0]
    return member.paragraph, member.span[0]


def position(article: Article, selection: Selection | None, kind: SelectionKind, index: int) -> str:
    """``2/3`` on the row of a chosen blogger (which mention of how many), else ``""``."""
    if selection is None or selection.kind is not kind or selection.index != index:
        return ""
    if kind is SelectionKind.EVENT:
        return ""  # one member: nothing to count
    return f"{selection.mention + 1}/{len(members(article, kind, index))}"


def is_chosen(selection: Selection | None, kind: SelectionKind, index: int) -> bool:
    """Whether row ``index`` of the ``kind`` pane is the chosen one."""
    return selection is not None and selection.kind is kind and selection.index == index


def highlights(article: Article, selection: Selection | None) -> dict[int, tuple[Mark, ...]]:
    """The spans to highlight for ``selection``, by paragraph.

    A chosen event's sentence; every mention of a chosen blogger, and the sentence of the
    one the reader is at.
    """
    if selection is None:
        return {}
    found = members(article, selection.kind, selection.index)
    marks: dict[int, list[Mark]] = {}
    if selection.kind is SelectionKind.EVENT:
        for m in found:
            marks.setdefault(m.paragraph, []).append(Mark(*m.sentence, MarkKind.SENTENCE))
    else:
        for k, m in enumerate(found):
            marks.setdefault(m.paragraph, []).append(Mark(*m.span, MarkKind.MENTION))
            if k == selection.mention:
                marks[m.paragraph].append(Mark(*m.sentence, MarkKind.SENTENCE))
    return {p: tuple(ms) for p, ms in marks.items()}


def static_marks(article: Article) -> dict[int, tuple[Mark, ...]]:
    """Every handle and date of the article, by paragraph (clickable, always styled)."""
    marks: dict[int, list[Mark]] = {}
    for i, b in enumerate(article.bloggers):
        for m in b.mentions:
            marks.setdefault(m.paragraph, []).append(Mark(*m.span, MarkKind.HANDLE, i))
    for i, e in enumerate(article.timeline):
        marks.setdefault(e.paragraph, []).append(Mark(*e.span, MarkKind.DATE, i))
    return {p: tuple(ms) for p, ms in marks.items()}


def carry(selection: Selection | None, old: Article, new: Article) -> Selection | None:
    """The same choice in ``new`` (the whole book) as in ``old`` (its beginning): by place."""
    if selection is None:
        return None
    if selection.kind is SelectionKind.EVENT:
        if not 0 <= selection.index < len(old.timeline):
            return None
        e = old.timeline[selection.index]
        for i, f in enumerate(new.timeline):
            if (f.paragraph, f.span) == (e.paragraph, e.span):
                return Selection(SelectionKind.EVENT, i)
        return None
    if not 0 <= selection.index < len(old.bloggers):
        return None
    key = old.bloggers[selection.index].handle.simplified
    for i, b in enumerate(new.bloggers):
        if b.handle.simplified == key:
            return Selection(SelectionKind.BLOGGER, i, min(selection.mention, len(b.mentions) - 1))
    return None


class EventPlaces:
    """The timeline's events ordered by paragraph, to answer "which are on screen" by bisection.

    Built once per article (the timeline is sorted by date, not by place), so a scroll costs
    two bisections and the events in view, never a pass over the whole timeline.
    """

    def __init__(self, article: Article) -> None:
        order = sorted(range(len(article.timeline)), key=lambda i: article.timeline[i].paragraph)
        self._paragraphs = [article.timeline[i].paragraph for i in order]
        self._order = order

    def in_view(self, first: int, last: int) -> frozenset[int]:
        """Indices of the events whose paragraph lies in ``first..last`` (inclusive)."""
        lo = bisect.bisect_left(self._paragraphs, first)
        hi = bisect.bisect_right(self._paragraphs, last)
        return frozenset(self._order[lo:hi])
