"""The selection rules, without Textual: choosing, n/N stepping, 2/3, highlights, what is in view."""

from __future__ import annotations

import pytest

from tui.model.article import Article
from tui.model.build import build_article
from tui.selection import (
    EventPlaces,
    Mark,
    MarkKind,
    Selection,
    SelectionKind,
    carry,
    choose,
    current,
    highlights,
    is_chosen,
    jump_target,
    members,
    position,
    static_marks,
    step,
)

TEXT = """科技博主@張三 在2024年12月說了一句話。後來@李四 也說了。
第二段：@張三 在2025年1月又說。
第三段沒有日期。
第四段：@張三 第三次出現，2023年初的事。"""

EVENT, BLOGGER = SelectionKind.EVENT, SelectionKind.BLOGGER


@pytest.fixture(scope="module")
def article() -> Article:
    a = build_article(TEXT)
    assert [b.handle.traditional for b in a.bloggers] == ["張三", "李四"]
    assert [e.paragraph for e in a.timeline] == [3, 0, 1]  # sorted by date, not by place
    return a


def test_kinds_are_their_strings() -> None:
    assert SelectionKind.EVENT == "event" and MarkKind.SENTENCE == "sentence"


def test_choose_checks_the_index_and_wraps_the_mention(article: Article) -> None:
    assert choose(article, EVENT, 3) is None
    assert choose(article, BLOGGER, -1) is None
    assert choose(article, EVENT, 1) == Selection(EVENT, 1)
    assert choose(article, BLOGGER, 0, -1) == Selection(BLOGGER, 0, 2)
    assert choose(article, BLOGGER, 0, 3) == Selection(BLOGGER, 0, 0)


def test_members_of_an_event_and_a_blogger(article: Article) -> None:
    (event,) = members(article, EVENT, 1)
    assert (event.paragraph, event.span) == (0, article.timeline[1].span)
    assert [m.paragraph for m in members(article, BLOGGER, 0)] == [0, 1, 3]


def test_n_and_N_walk_the_mentions_and_wrap(article: Article) -> None:
    sel = step(article, None, 1, highlighted_blogger=0)
    assert sel == Selection(BLOGGER, 0, 0)
    sel = step(article, sel, 1, 0)
    assert sel == Selection(BLOGGER, 0, 1) and position(article, sel, BLOGGER, 0) == "2/3"
    sel = step(article, step(article, sel, 1, 0), 1, 0)
    assert sel.mention == 0  # wrapped round
    assert step(article, sel, -1, 0).mention == 2
    assert step(article, None, -1, 1) == Selection(BLOGGER, 1, 0)  # last of one mention
    event = Selection(EVENT, 0)
    assert step(article, event, 1, 1) == Selection(BLOGGER, 1, 0)  # an event: start anew
    assert step(build_article("沒有博主的文章。"), None, 1, 0) is None


def test_position_and_chosen_only_on_the_chosen_row(article: Article) -> None:
    sel = Selection(BLOGGER, 0, 2)
    assert position(article, sel, BLOGGER, 0) == "3/3"
    assert position(article, sel, BLOGGER, 1) == ""
    assert position(article, Selection(EVENT, 0), EVENT, 0) == ""
    assert is_chosen(sel, BLOGGER, 0) and not is_chosen(sel, EVENT, 0)
    assert not is_chosen(None, BLOGGER, 0)


def test_current_is_where_a_jump_goes(article: Article) -> None:
    assert current(article, None) is None
    assert current(article, Selection(BLOGGER, 0, 1)).paragraph == 1
    assert current(article, Selection(EVENT, 0)).paragraph == 3
    assert current(article, Selection(EVENT, 9)) is None
    e = article.timeline[1]
    assert jump_target(article, Selection(EVENT, 1)) == (e.paragraph, e.sentence[0])
    m = article.bloggers[1].mentions[0]
    assert jump_target(article, Selection(BLOGGER, 1)) == (m.paragraph, m.span[0])
    assert jump_target(article, None) is None


def test_highlights(article: Article) -> None:
    assert highlights(article, None) == {}
    event = article.timeline[1]
    assert highlights(article, Selection(EVENT, 1)) == {
        0: (Mark(*event.sentence, MarkKind.SENTENCE),)
    }
    marks = highlights(article, Selection(BLOGGER, 0, 1))
    assert sorted(marks) == [0, 1, 3]
    assert [m.kind for m in marks[1]] == [MarkKind.MENTION, MarkKind.SENTENCE]
    assert [m.kind for m in marks[0]] == [MarkKind.MENTION]
    assert highlights(article, Selection(BLOGGER, 7)) == {}  # a stale choice marks nothing


def test_static_marks_name_their_entry(article: Article) -> None:
    marks = static_marks(article)
    kinds = {(m.kind, m.index) for m in marks[0]}
    assert kinds == {(MarkKind.HANDLE, 0), (MarkKind.HANDLE, 1), (MarkKind.DATE, 1)}
    assert 2 not in marks


def test_events_in_view_by_paragraph(article: Article) -> None:
    places = EventPlaces(article)
    assert places.in_view(0, 0) == {1}
    assert places.in_view(1, 3) == {2, 0}
    assert places.in_view(2, 2) == frozenset()
    assert places.in_view(0, -1) == frozenset()
    for first in range(4):
        for last in range(first, 4):
            expected = {i for i, e in enumerate(article.timeline) if first <= e.paragraph <= last}
            assert places.in_view(first, last) == expected


def test_carry_finds_the_same_choice_by_place(article: Article) -> None:
    head = build_article(TEXT.split("\n第四段")[0])
    assert carry(None, head, article) is None
    event = Selection(
        EVENT, head.timeline.index(next(e for e in head.timeline if e.paragraph == 1))
    )
    moved = carry(event, head, article)
    assert moved is not None and article.timeline[moved.index].paragraph == 1
    assert carry(Selection(BLOGGER, 0, 1), head, article) == Selection(BLOGGER, 0, 1)
    assert carry(Selection(EVENT, 5), head, article) is None
