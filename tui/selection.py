"""What the reader chose, in plain Python: no Textual, no widgets, unit-tested on its own.

A :class:`Selection` names an event, a timeline group (every mention of one date) or a
blogger, and which of its mentions the reader is at.  The functions here answer the
questions the app and the panes ask about it — what to choose when a row is picked or
``n``/``N`` is pressed, where the text should go, which spans to highlight, what ``2/3`` to
show — so that the widgets only draw the answers.  Which dates are on screen is answered by
the groups themselves (:meth:`tui.model.timeline_groups.GroupIndex.in_view`).

A choice is made of *members* (:func:`members`): one event, every mention of a date, or
every mention of a blogger.  Stepping (``n``/``N``), the ``2/3`` position and the highlights
are all computed over members.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tui.model.article import Article, Span
from tui.model.timeline_groups import groups_for


class SelectionKind(StrEnum):
    """What a selection points at (equal to its string value: ``"event"``, ``"blogger"``)."""

    EVENT = "event"
    BLOGGER = "blogger"
    GROUP = "group"  # a timeline row: every mention of one date (tui.model.timeline_groups)


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
    if kind is SelectionKind.GROUP:
        groups = groups_for(article)
        if not 0 <= index < len(groups):
            return ()
        key = ("members", index)  # a date named 900 times in a book: built once, not per n
        found = groups.memo.get(key)
        if found is None:
            tl = article.timeline
            found = groups.memo[key] = tuple(
                Member(tl[i].paragraph, tl[i].span, tl[i].sentence)
                for i in groups.groups[index].events
            )
        return found  # type: ignore[return-value]
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
    """``n`` (``by=1``) or ``N`` (``by=-1``): the next or previous mention of the chosen blogger
    or timeline group.

    Without one, start on the highlighted row of the blogger pane: its first mention going
    forward, its last going back.
    """
    if selection is not None and selection.kind is SelectionKind.GROUP:
        return choose(article, selection.kind, selection.index, selection.mention + by)
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

    An event's sentence start (the reader sees the context); a blogger's ``@handle`` and a
    timeline group's mention: the words themselves.
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
    count = len(members(article, kind, index))
    return f"{selection.mention + 1}/{count}" if count > 1 or kind is SelectionKind.BLOGGER else ""


def is_chosen(selection: Selection | None, kind: SelectionKind, index: int) -> bool:
    """Whether row ``index`` of the ``kind`` pane is the chosen one."""
    return selection is not None and selection.kind is kind and selection.index == index


def highlights(article: Article, selection: Selection | None) -> dict[int, tuple[Mark, ...]]:
    """The spans to highlight for ``selection``, by paragraph.

    A chosen event's own words strongly and its sentence lightly (so a sentence with two
    dates shows which one); every mention of a chosen blogger or timeline group, and the
    sentence of the one the reader is at.
    """
    if selection is None:
        return {}
    found = members(article, selection.kind, selection.index)
    marks: dict[int, list[Mark]] = {}
    if selection.kind is SelectionKind.EVENT:
        for m in found:
            marks.setdefault(m.paragraph, []).append(Mark(*m.sentence, MarkKind.SENTENCE))
            marks[m.paragraph].append(Mark(*m.span, MarkKind.MENTION))
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
    if selection.kind is SelectionKind.GROUP:
        member = current(old, selection)
        return None if member is None else group_at_place(new, member.paragraph, member.span)
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


def group_at_place(article: Article, paragraph: int, span: Span) -> Selection | None:
    """The timeline group (at that mention) of the date at a place in the text."""
    groups = groups_for(article)
    event = groups.event_at(paragraph, span)
    if event is None:
        return None
    return Selection(SelectionKind.GROUP, groups.group_of(event), groups.mention_of(event))


def group_of_event(article: Article, event: int) -> Selection | None:
    """The timeline group (at that mention) of event ``event``: what choosing a date means."""
    if not 0 <= event < len(article.timeline):
        return None
    groups = groups_for(article)
    return Selection(SelectionKind.GROUP, groups.group_of(event), groups.mention_of(event))


def chosen_group(article: Article | None, selection: Selection | None) -> int | None:
    """The timeline group the reader chose, if the choice is one."""
    if article is None or selection is None:
        return None
    if selection.kind is SelectionKind.GROUP:
        return selection.index
    if selection.kind is SelectionKind.EVENT and 0 <= selection.index < len(article.timeline):
        return groups_for(article).group_of(selection.index)
    return None
