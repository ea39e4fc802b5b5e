"""The timeline's pure parts: groups, snippets, rows, the axis."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.timeline_texts import GALA
from tui.linebreak import CLOSING, text_width
from tui.model.build import build_article
from tui.model.timeline_groups import (
    GroupIndex,
    group_events,
    mention_position,
    step_mention,
)
from tui.snippets import label_column, snippet
from tui.timeline_axis import BREAK_MARK, POINT, SPAN, AxisLayout, Dated
from tui.timeline_row import GUESS_LABEL, OWN, PLACE, POSITION, timeline_row

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def gala():
    return build_article(GALA, today=TODAY)


# ---- groups -------------------------------------------------------------------------------


def test_mentions_of_one_date_are_one_group_in_reading_order(gala) -> None:
    groups = group_events(gala)
    ranges = [(g.start, g.end) for g in groups]
    assert ranges == sorted(set(ranges))  # one group per range, in time order
    gala_night = next(g for g in groups if g.start == date(2025, 1, 28))
    assert gala_night.count == 7
    places = [(gala.timeline[i].paragraph, gala.timeline[i].span) for i in gala_night.events]
    assert places == sorted(places)
    assert gala.timeline[gala_night.first].text.traditional == "春晚"
    assert sum(g.count for g in groups) == len(gala.timeline)


def test_same_range_in_different_words_is_one_group() -> None:
    from tests.conftest import BUNDLED
    from tui.model.load import load_article

    article = load_article(BUNDLED, reference_date=date(2025, 1, 31))  # a date no guess
    groups = group_events(article)
    december = next(g for g in groups if g.start == date(2024, 12, 1))
    words = {article.timeline[i].text.traditional for i in december.events}
    assert words == {"2024年12月", "去年底"}  # the same month, said two ways
    eve = next(g for g in groups if g.start == date(2025, 1, 28))
    assert {article.timeline[i].text.traditional for i in eve.events} == {"春晚", "除夕"}


def test_a_guess_is_never_grouped_with_a_stated_date(bundled_article) -> None:
    """With the reference date guessed (latest-year), 去年底 only may mean 2024年12月: merged
    into the stated row (no ≈, csv ``guessed`` no) it hid the guess; it has its own row."""
    from tui.timeline_export import records

    assert bundled_article.reference_source == "latest-year"
    groups = group_events(bundled_article)
    december = [g for g in groups if g.start == date(2024, 12, 1)]
    words = [{bundled_article.timeline[i].text.traditional for i in g.events} for g in december]
    assert words == [{"2024年12月"}, {"去年底"}]  # the stated date first
    assert [(g.basis, g.guess) for g in december] == [("stated", False), ("reference", True)]
    for g in groups:
        assert {bundled_article.is_guess(bundled_article.timeline[i]) for i in g.events} == {
            g.guess
        }
    rows = [r for r in records(bundled_article) if r.start == date(2024, 12, 1)]
    assert [(r.text, r.guessed, r.count) for r in rows] == [
        ("2024年12月", False, 1),
        ("去年底", True, 1),
    ]


def test_basis_and_guess(gala) -> None:
    groups = group_events(gala)
    by_start = {g.start: g for g in groups}
    assert by_start[date(1983, 1, 1)].basis == "stated"
    assert not by_start[date(1983, 1, 1)].guess
    assert by_start[date(2025, 1, 28)].basis == "reference"
    assert by_start[date(2025, 1, 28)].guess  # latest-year: the reference date is inferred
    assert gala.reference_source == "latest-year"


def test_a_stated_reference_date_is_no_guess() -> None:
    text = "2025/01/31 10:00\n" + GALA
    article = build_article(text, today=TODAY)
    assert article.reference_source == "dateline"
    assert not any(article.is_guess(e) for e in article.timeline)
    assert any(e.basis == "reference" for e in article.timeline)


def test_basis_defaults_to_stated_on_a_model_without_it(bundled_article) -> None:
    assert all(e.basis in ("stated", "reference") for e in bundled_article.timeline)


def test_stepping_wraps_and_counts_from_one() -> None:
    assert step_mention(22, 21, 1) == 0
    assert step_mention(22, 0, -1) == 21
    assert step_mention(0, 0, 1) == 0
    assert mention_position(2, 22) == "3/22"


def test_index_looks_up_groups_by_event_and_by_paragraphs(gala) -> None:
    index = GroupIndex(gala)
    for g, group in enumerate(index.groups):
        for k, i in enumerate(group.events):
            assert index.group_of(i) == g
            assert index.mention_of(i) == k
    brute = {index.group_of(i) for i, e in enumerate(gala.timeline) if 1 <= e.paragraph <= 2}
    assert index.in_view(1, 2) == brute
    assert index.in_view(50, 60) == frozenset()
    e = gala.timeline[5]
    assert index.event_at(e.paragraph, e.span) == 5


# ---- snippets -----------------------------------------------------------------------------


def test_snippet_shows_the_event_not_the_sentence_opening(bundled_article) -> None:
    e = next(e for e in bundled_article.timeline if e.text.traditional == "春晚")
    text = bundled_article.paragraphs[e.paragraph].text.traditional
    assert text.index("春晚") > 40  # the sentence opens with a different date
    snip = snippet(text, e.span, 24)
    a, b = snip.emphasis
    assert snip.text[a:b] == "春晚"
    assert text_width(snip.text) <= 24
    assert 4 <= a <= len(snip.text) - 6  # centred: context on both sides


def test_snippet_never_cuts_a_latin_word_or_a_number() -> None:
    text = "據報道DeepSeek-V3和ChatGPT在2025年1月28日引發熱議，OpenAI隨後回應。"
    s = text.index("2025年")
    for width in range(12, 40):
        snip = snippet(text, (s, s + len("2025年1月28日")), width)
        body = snip.text.strip("…")
        assert text_width(snip.text) <= width
        assert body in text
        start = text.index(body)
        end = start + len(body)
        for k in (start, end):
            if 0 < k < len(text):
                assert not (
                    text[k - 1].isascii()
                    and text[k - 1].isalnum()
                    and text[k].isalnum()
                    and text[k].isascii()
                ), (width, snip.text)


def test_snippet_never_opens_with_punctuation() -> None:
    text = "有人說、，「去年底」的那次發布，才是真正的起點；到了2025年1月，話題才爆發。"
    s = text.index("2025年1月")
    for width in range(10, 50):
        snip = snippet(text, (s, s + 7), width)
        first = snip.text.lstrip("…")[0]
        assert first not in CLOSING and first not in "、，,", snip.text


def test_snippet_starts_at_a_clause_when_one_is_near() -> None:
    text = "這次大會很重要，2024年中技術從業者開始討論這家公司的模型。"
    s = text.index("2024")
    snip = snippet(text, (s, s + 6), 40)
    assert snip.text.startswith("…2024年中")


def test_snippet_of_a_huge_paragraph_is_local() -> None:
    text = "字" * 500_000 + "2025年1月" + "字" * 500_000
    s = 500_000
    snip = snippet(text, (s, s + 7), 30)
    assert snip.text.startswith("…") and snip.text.endswith("…")
    assert text_width(snip.text) <= 30


@given(
    st.text(alphabet="春晚年月日，。、 DeepSk2035-中國abc", min_size=1, max_size=60),
    st.data(),
    st.integers(1, 50),
)
def test_snippet_properties(text: str, data, width: int) -> None:
    s = data.draw(st.integers(0, len(text) - 1))
    e = data.draw(st.integers(s + 1, len(text)))
    snip = snippet(text, (s, e), width)
    assert text_width(snip.text) <= width
    a, b = snip.emphasis
    own = text[s:e]
    if text_width(own) < width:
        assert snip.text[a:b] == own


def test_label_column() -> None:
    assert label_column(["2024-12", "2025-01-29～02-04"]) == 17
    assert label_column(["2024-12"] * 3) == 7
    assert label_column(["x" * 40], cap=18) == 18


# ---- rows ---------------------------------------------------------------------------------


def test_rows_fill_the_width_and_line_up(bundled_article) -> None:
    """The rows the pane draws: each fills the width, the snippets start in one column, and
    the paragraph mark is on every row or on none."""
    from tui.model.scripts import Script
    from tui.model.timeline_groups import groups_for
    from tui.timeline_row import row_for_group

    groups = groups_for(bundled_article)
    for width in (20, 44, 80):
        starts, marks = set(), set()
        for g, group in enumerate(groups.groups):
            e = bundled_article.timeline[group.first]
            pieces = row_for_group(groups, g, Script.TRADITIONAL, width)
            assert sum(text_width(t) for t, _ in pieces) == width
            own = "".join(t for t, role in pieces if role == OWN)
            assert own == e.text.traditional or width < 30
            starts.add(text_width(pieces[0][0] + pieces[1][0]))
            marks.add(any(role == PLACE for _, role in pieces))
        assert len(starts) == 1 and len(marks) == 1  # one column each, on every row or none


def test_a_row_shows_the_position_while_walking_and_a_guess_mark(gala) -> None:
    e = gala.timeline[4]
    text = gala.paragraphs[e.paragraph].text.traditional
    pieces = timeline_row(
        text,
        e.span,
        "2025-01-28",
        label_cells=12,
        width=50,
        count=7,
        position="3/7",
        place="¶4",
        guess=True,
    )
    roles = dict((role, t) for t, role in pieces)
    assert roles[GUESS_LABEL].startswith("≈2025-01-28")
    assert roles[POSITION] == " 3/7"
    assert roles[PLACE] == " ¶4"
    assert "×7" not in "".join(t for t, _ in pieces)


# ---- the axis -----------------------------------------------------------------------------


def _items(article):
    return [Dated(g.start, g.end, g.guess) for g in group_events(article)]


def test_axis_places_groups_in_time_order_with_spans_and_points(bundled_article) -> None:
    items = _items(bundled_article)
    axis = AxisLayout(items, 60)
    extents = [axis.extent(i) for i in range(len(items))]
    assert [x0 for x0, _ in extents] == sorted(x0 for x0, _ in extents)
    year = next(i for i, it in enumerate(items) if it.start == date(2023, 1, 1))
    day = next(i for i, it in enumerate(items) if it.start == it.end)
    x0, x1 = axis.extent(year)
    assert x1 > x0 and axis.runs(axis.lane(year))  # a two-month part of a year is a span
    row = axis.text(axis.lane(day))
    assert row[axis.extent(day)[0]] == ("○" if items[day].guess else "●")  # hollow: a guess
    assert "2023" in axis.text(0) and "2024" in axis.text(0) and "2025" in axis.text(0)
    assert BREAK_MARK not in axis.text(1)  # a year's gap is the story's shape, not cut out
    for i in range(len(items)):
        x0, x1 = axis.extent(i)
        assert axis.group_at(x0, axis.lane(i)) == i
        assert axis.group_at((x0 + x1) // 2) is not None


def test_an_outlier_breaks_the_axis_instead_of_squashing_the_story() -> None:
    items = [
        Dated(date(1983, 1, 1), date(1983, 12, 31)),
        Dated(date(2024, 12, 1), date(2024, 12, 31)),
        Dated(date(2025, 1, 28), date(2025, 1, 28)),
        Dated(date(2025, 1, 29), date(2025, 2, 4), guess=True),
    ]
    axis = AxisLayout(items, 44)
    assert len(axis.pieces) == 2 and BREAK_MARK in axis.text(1)
    assert "1983" in axis.text(0)
    # the story's two months are spread out, not crushed into one column
    assert axis.extent(2)[0] - axis.extent(1)[0] >= 5
    assert axis.text(axis.lane(3))[axis.extent(3)[0]] == "┅"  # a guessed span is dashed
    linear = AxisLayout(items[1:], 44)
    assert len(linear.pieces) == 1


def test_axis_roles_and_clicks_between_markers() -> None:
    items = [Dated(date(2025, 1, d), date(2025, 1, d)) for d in (3, 14, 28)]
    axis = AxisLayout(items, 40)
    roles = {r.role for y in range(2, axis.height) for r in axis.runs(y)}
    assert POINT in roles and SPAN not in roles
    x = axis.extent(1)[0]
    assert axis.group_at(x + 1) == 1  # a near miss still picks the marker
    assert axis.group_at(x + 10, reach=0) is None or axis.group_at(x + 10, reach=0) != 1


@pytest.mark.parametrize("width", [1, 2, 5, 9, 30, 200])
def test_axis_rows_are_exactly_the_width(width: int, bundled_article) -> None:
    axis = AxisLayout(_items(bundled_article), width)
    for y in range(axis.height):
        assert text_width(axis.text(y)) == width


def test_axis_of_nothing_is_empty() -> None:
    assert AxisLayout([], 40).height == 0


def test_group_rows_walk_their_mentions(gala) -> None:
    from tui.model.scripts import Script
    from tui.model.timeline_groups import groups_for
    from tui.timeline_row import row_for_group

    groups = groups_for(gala)
    assert groups_for(gala) is groups  # built once per model
    g = next(k for k, group in enumerate(groups.groups) if group.count == 7)
    first = row_for_group(groups, g, Script.TRADITIONAL, 60)
    third = row_for_group(groups, g, Script.TRADITIONAL, 60, mention=2)
    text = "".join(t for t, _ in first)
    assert "×7" in text and text.lstrip().startswith("≈2025-01-28")
    walked = "".join(t for t, _ in third)
    assert " 3/7" in walked and "×7" not in walked
    e = gala.timeline[groups.groups[g].events[2]]
    assert f"¶{e.paragraph + 1}" in walked
    simplified = "".join(t for t, _ in row_for_group(groups, g, Script.SIMPLIFIED, 60))
    assert "春晚" in simplified


# ---- choosing a group (tui.selection) -------------------------------------------------------


def test_choosing_and_walking_a_group(gala) -> None:
    from tui.model.timeline_groups import groups_for
    from tui.selection import (
        MarkKind,
        Selection,
        SelectionKind,
        carry,
        choose,
        chosen_group,
        group_of_event,
        highlights,
        jump_target,
        position,
        step,
    )

    GROUP = SelectionKind.GROUP
    groups = groups_for(gala)
    g = next(k for k, group in enumerate(groups.groups) if group.count == 7)
    events = groups.groups[g].events
    chosen = group_of_event(gala, events[2])
    assert chosen == Selection(GROUP, g, 2)
    assert chosen_group(gala, chosen) == g
    assert position(gala, chosen, GROUP, g) == "3/7"
    walked = step(gala, chosen, 1, 0)
    assert walked == Selection(GROUP, g, 3)
    assert step(gala, choose(gala, GROUP, g), -1, 0) == Selection(GROUP, g, 6)  # wraps
    third = gala.timeline[events[3]]
    assert jump_target(gala, walked) == (third.paragraph, third.span[0])
    marks = highlights(gala, walked)
    strong = [m for ms in marks.values() for m in ms if m.kind is MarkKind.MENTION]
    light = [m for ms in marks.values() for m in ms if m.kind is MarkKind.SENTENCE]
    assert len(strong) == 7 and len(light) == 1
    assert (light[0].start, light[0].end) == third.sentence
    assert carry(walked, gala, gala) == walked
    assert position(gala, choose(gala, GROUP, 0), GROUP, 0) == ""  # one mention: no 1/1


def test_snippet_keeps_chinese_words_whole_once_segmented() -> None:
    text = "導演組說，春晚的彩排從2024年12月開始，一共進行了五次。"
    words = [(0, 3), (3, 4), (4, 5), (5, 7), (7, 8), (8, 10), (10, 11), (11, 16), (16, 18),
             (18, 19), (19, 21), (21, 22), (22, 24), (24, 26), (26, 27), (27, 28), (28, 29),
             (29, 30)]  # fmt: skip
    assert words[-1][1] == len(text) and text[8:10] == "彩排"
    s = text.index("2024")
    starts = {a for a, _ in words} | {len(text)}
    for width in range(14, 40):
        snip = snippet(text, (s, s + 8), width, words)
        body = snip.text.strip("…")
        start = text.index(body)
        assert start in starts and start + len(body) in starts | {a for _, a in words}, snip.text
    assert snippet(text, (s, s + 8), 20).text != snippet(text, (s, s + 8), 20, words).text


@pytest.mark.parametrize("width", [28, 43, 60, 120])
def test_every_year_of_the_story_is_labelled(width: int, bundled_article) -> None:
    labels = AxisLayout(_items(bundled_article), width).text(0)
    assert all(year in labels for year in ("2023", "2024", "2025")), labels


def test_a_month_squeezed_into_one_column_is_still_a_span() -> None:
    """The legend says ● is one day: a month (or a guessed week) that fits in one column is
    drawn ━ (┅), never ●; a day stays ●."""
    items = [Dated(date(y, 6, 1), date(y, 6, 30), guess=y % 2 == 0) for y in range(2000, 2026)]
    items.append(Dated(date(2026, 3, 8), date(2026, 3, 8)))
    axis = AxisLayout(items, 30)
    squeezed = [i for i in range(len(items) - 1) if axis.extent(i)[0] == axis.extent(i)[1]]
    assert squeezed, "the test wants months squeezed into one column"
    for i in squeezed:
        x0, _ = axis.extent(i)
        assert axis.text(axis.lane(i))[x0] == ("┅" if items[i].guess else "━"), i
    day = len(items) - 1
    assert axis.text(axis.lane(day))[axis.extent(day)[0]] == "●"


def test_columns_are_laid_out_for_the_widest_count_and_paragraph() -> None:
    """A text said 120 times: ``×240`` and a long date's words never push ``¶`` off a row."""
    from pathlib import Path

    from tui.model.scripts import Script
    from tui.model.timeline_groups import groups_for
    from tui.timeline_row import COUNT, row_for_group

    text = (Path(__file__).parent / "corpus" / "11-news-tw.txt").read_text(encoding="utf-8")
    groups = groups_for(build_article(text * 120, today=TODAY))
    walked = next(k for k, g in enumerate(groups.groups) if g.count == 120)
    for width in range(36, 72):
        rows = [row_for_group(groups, k, Script.TRADITIONAL, width) for k in range(len(groups.groups))]
        rows.append(row_for_group(groups, walked, Script.TRADITIONAL, width, mention=119))
        places = {next((t for t, role in row if role == PLACE), None) is None for row in rows}
        assert len(places) == 1, width  # ``¶`` on every row or on none
        ends = set()
        for row in rows:
            assert sum(text_width(t) for t, _ in row) == width
            cells = 0
            for t, role in row:
                cells += text_width(t)
                if role in (COUNT, POSITION):
                    ends.add(cells)  # counts and positions end in one column
        assert len(ends) == 1, width


def test_a_range_label_is_never_cut_inside_its_end() -> None:
    from tui.timeline_row import fit_label

    assert fit_label("2024-02-10～02-12", 18) == "2024-02-10～02-12 "  # ～ is two cells
    assert fit_label("2012-12-01～2014-06-30", 18) == "2012-12-01～…     "
    assert fit_label("≈2025-01-29～02-04", 14) == "≈01-29～02-04 "  # both ends, its year in the rows about
    assert fit_label("2025-01-29～02-04", 11) == "2025-01-29…"
    for cells in range(1, 22):
        shown = fit_label("2012-12-01～2014-06-30", cells)
        assert text_width(shown) == cells
        end = shown.rstrip().split("～")[1] if "～" in shown else "…"
        assert end in ("…", "2014-06-30")


@pytest.mark.parametrize(
    ("width", "extra", "years"),
    [
        (14, [], ["2023", "2024", "'25"]),  # the side column at 80x24: 2025's tick had none
        (16, [Dated(date(2026, 3, 1), date(2026, 3, 30))], ["'23", "'24", "'25", "'26"]),
        (18, [Dated(date(2026, 3, 1), date(2026, 3, 30))], ["2023", "'24", "'25", "'26"]),
    ],
)
def test_every_year_tick_with_room_is_labelled(bundled_article, width, extra, years) -> None:
    axis = AxisLayout(_items(bundled_article) + extra, width)
    assert axis.text(0).split() == years
    ticks = [x for x, ch in enumerate(axis.text(1)) if ch == "┼"]
    assert len(ticks) == len(years) - 1  # every tick has its year (the first is the start's)


def test_a_narrow_row_keeps_its_whole_date_before_its_count() -> None:
    """The side column at 80 columns: ``≈2025-01-… ×2`` and ``≈2025-01-… ×3`` looked alike;
    the whole date comes first, the count only where both fit."""
    from tui.timeline_row import timeline_row

    def row(width: int, count: int, guess: bool = True) -> str:
        pieces = timeline_row(
            "正文", (0, 2), "2025-01-31", label_cells=11, width=width, count=count, count_cells=2,
            guess=guess,
        )
        text = "".join(t for t, _ in pieces)
        assert text_width(text) == width
        return text.strip()

    assert row(14, 3) == "≈2025-01-31"
    assert row(15, 3) == "≈2025-01-31 ×3"
    assert row(14, 3, guess=False) == "2025-01-31 ×3"
    assert row(8, 3) == "≈01-31"  # too narrow even for the date: its month and day, no count
    walking = timeline_row(
        "正文", (0, 2), "2025-01-31", label_cells=11, width=14, count=3, count_cells=2,
        position="2/3", guess=True,
    )
    assert "".join(t for t, _ in walking).strip() == "≈01-31    2/3"  # n/N are read by it
    plain = timeline_row(
        "正文", (0, 2), "2025-01-31", label_cells=11, width=14, count=3, count_cells=2,
        position="2/3",
    )
    assert "".join(t for t, _ in plain) == "2025-01-31 2/3"  # the mark gives way to the whole date
    span = timeline_row("正文", (0, 2), "2026-03-28～03-30", label_cells=16, width=14)
    assert "".join(t for t, _ in span).strip() == "03-28～03-30"  # both ends, not 2026-03-28…


@pytest.mark.parametrize("width", range(12, 60))
def test_a_year_label_stays_on_its_side_of_a_break(width: int) -> None:
    """``2024    2025`` over ``──┼─┼ // ─────``: the label of the story's last tick was pulled
    in from the axis's right edge, over the piece after the break (2060)."""
    items = [
        Dated(date(2023, 1, 1), date(2023, 3, 31)),
        Dated(date(2024, 4, 1), date(2024, 8, 31)),
        Dated(date(2024, 12, 1), date(2024, 12, 31)),
        Dated(date(2025, 1, 1), date(2025, 1, 31)),
        Dated(date(2060, 1, 1), date(2060, 12, 31)),
    ]
    axis = AxisLayout(items, width)
    if len(axis.pieces) < 2:
        return
    labels = axis.text(0)
    for piece in axis.pieces:
        first, last = date.fromordinal(piece.first).year, date.fromordinal(piece.last - 1).year
        for year in range(2000, 2100):
            for text in (str(year), f"'{year % 100:02d}"):
                at = labels.find(text)
                if at >= 0 and piece.x0 <= at < piece.x1:
                    assert at + len(text) <= piece.x1, (labels, axis.text(1))
                    assert first <= year <= last, (labels, axis.text(1))
