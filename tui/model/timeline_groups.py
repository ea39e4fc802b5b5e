"""The timeline as a reader sees it: mentions of one date grouped, how each was dated.

An article about a gala names ``春晚`` twenty times; the reader wants one row for the
date, with a count, and a way to walk its mentions (``3/22``).  Grouping is by the
normalised range (same start and end), so ``去年底`` and ``2024年12月`` are one
group when they mean the same month, and by whether the date is a guess: a ``去年底``
counted from a guessed reference date gets its own ``≈`` row beside the stated
``2024-12`` (a row that merged them would hide the guess, or cast doubt on the stated
date).  Pure Python over the model: the panes, the palette, the selection module and
the exporters all use it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from tui.model.article import Article, Dual

STATED, REFERENCE = "stated", "reference"


@dataclass(frozen=True)
class Group:
    """Every mention of one date range, in reading order.

    ``events`` are indices into ``article.timeline``; the first is the one a row shows.
    ``basis`` is ``stated`` when any mention states the date itself (the text settles
    it), else ``reference``; ``guess`` when the mentions are guesses (they all are or
    none is: guesses are grouped apart).
    """

    start: date
    end: date
    events: tuple[int, ...]
    basis: str
    guess: bool

    @property
    def first(self) -> int:
        return self.events[0]

    @property
    def count(self) -> int:
        return len(self.events)

    def label(self, article: Article) -> Dual:
        return article.timeline[self.first].label


def _reading_order(article: Article, index: int) -> tuple[int, int]:
    e = article.timeline[index]
    return e.paragraph, e.span[0]


def group_events(article: Article) -> tuple[Group, ...]:
    """The groups of ``article.timeline``, by start then end (a guess after the date the
    text settles); mentions in reading order."""
    by_range: dict[tuple[date, date, bool], list[int]] = {}
    for i, e in enumerate(article.timeline):
        by_range.setdefault((e.start, e.end, article.is_guess(e)), []).append(i)
    groups = []
    for (start, end, guess), members in sorted(by_range.items()):
        members.sort(key=lambda i: _reading_order(article, i))
        stated = any(article.timeline[i].basis == STATED for i in members)
        groups.append(
            Group(
                start=start,
                end=end,
                events=tuple(members),
                basis=STATED if stated else REFERENCE,
                guess=guess,
            )
        )
    return tuple(groups)


def step_mention(count: int, current: int, step: int) -> int:
    """The mention ``step`` away from ``current`` among ``count``, wrapping around."""
    return (current + step) % count if count else 0


def mention_position(current: int, count: int) -> str:
    """``3/22``: which mention of how many (1-based for people)."""
    return f"{current + 1}/{count}"


def groups_for(article: Article) -> GroupIndex:
    """The :class:`GroupIndex` of ``article``, built once per model (the last one is kept)."""
    cached = _last_index[0]
    if cached is None or cached.article is not article:
        cached = GroupIndex(article)
        _last_index[0] = cached
    return cached


class GroupIndex:
    """The groups of one article, with the look-ups the panes need on every key or scroll.

    Built once per model (``O(events)``); each look-up after that costs a dictionary or
    a bisection, never a pass over all events.
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self.groups = group_events(article)
        self._group_of = [0] * len(article.timeline)
        places: list[tuple[int, int]] = []  # (paragraph, group), sorted
        for g, group in enumerate(self.groups):
            for i in group.events:
                self._group_of[i] = g
                places.append((article.timeline[i].paragraph, g))
        places.sort()
        self._paragraphs = [p for p, _ in places]
        self._place_groups = [g for _, g in places]
        self._places: dict[tuple[int, tuple[int, int]], int] | None = None
        self.memo: dict[object, object] = {}  # derived values the panes keep per model

    def __len__(self) -> int:
        return len(self.groups)

    def group_of(self, event: int) -> int:
        """The group that holds event ``event`` (an index into ``article.timeline``)."""
        return self._group_of[event]

    def mention_of(self, event: int) -> int:
        """Which mention of its group event ``event`` is (0-based)."""
        return self.groups[self._group_of[event]].events.index(event)

    def in_view(self, first: int, last: int) -> frozenset[int]:
        """Groups with a mention in paragraphs ``first`` … ``last`` (inclusive)."""
        lo = bisect_left(self._paragraphs, first)
        hi = bisect_right(self._paragraphs, last)
        return frozenset(self._place_groups[lo:hi])

    def paragraphs_of(self, group: int) -> tuple[int, ...]:
        """The paragraphs where group ``group`` is mentioned, in reading order."""
        tl = self.article.timeline
        return tuple(tl[i].paragraph for i in self.groups[group].events)

    def event_at(self, paragraph: int, span: tuple[int, int]) -> int | None:
        """The event at a place in the text: how a choice survives re-dating or a new model."""
        if self._places is None:
            self._places = {(e.paragraph, e.span): i for i, e in enumerate(self.article.timeline)}
        return self._places.get((paragraph, span))


_last_index: list[GroupIndex | None] = [None]
