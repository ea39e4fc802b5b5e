"""Pilot tests of the timeline pane: dates grouped, walked, on an axis, exact, re-dated."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from tests.apps import app_for, explorer, palette_hits, settle
from tests.timeline_texts import GALA, GUESSED
from tui.app import ArticleExplorer
from tui.model.build import build_article
from tui.model.scripts import Script
from tui.model.timeline_groups import groups_for
from tui.selection import MarkKind, SelectionKind, current
from tui.strings import ui
from tui.widgets.article_view import ArticleView
from tui.widgets.timeline_axis_view import TimelineAxis
from tui.widgets.timeline_list import TimelineList
from tui.widgets.title_bar import TitleBar

TODAY = date(2026, 6, 1)


def gala_app(text: str = GALA) -> ArticleExplorer:
    return app_for(build_article(text, today=TODAY))


def own_words(app, member) -> str:
    return app.article.paragraphs[member.paragraph].text(app.script)[slice(*member.span)]


def strong_marks(app) -> set[tuple[int, int, int]]:
    view = app.query_one(ArticleView)
    return {
        (p, m.start, m.end)
        for p, marks in view.highlights.items()
        for m in marks
        if m.kind is MarkKind.MENTION
    }


async def test_one_row_per_date_with_its_count_and_own_words() -> None:
    app = gala_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(TimelineList)
        groups = groups_for(app.article)
        assert timeline.count == len(groups) < len(app.article.timeline)
        row = next(
            timeline.row_text(g) for g in range(timeline.count) if "×7" in timeline.row_text(g)
        )
        assert "春晚" in row and row.lstrip("▍ ").startswith("≈2025-01-28")
        assert "(" in str(timeline.border_title) and "×" in str(timeline.border_title)


async def test_n_and_N_walk_the_mentions_of_a_date() -> None:
    app = gala_app()
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        groups = groups_for(app.article)
        g = next(k for k, group in enumerate(groups.groups) if group.count == 7)
        await pilot.press("2", *["j"] * g, "enter")
        await settle(pilot)
        assert (app.selection.kind, app.selection.index, app.selection.mention) == (
            SelectionKind.GROUP,
            g,
            0,
        )
        await pilot.press("n", "n")
        await settle(pilot)
        assert app.selection.mention == 2
        timeline = app.query_one(TimelineList)
        assert " 3/7" in timeline.row_text(g) and "×7" not in timeline.row_text(g)
        member = current(app.article, app.selection)
        assert own_words(app, member) == "春晚"
        view = app.query_one(ArticleView)
        first, last = app.on_screen
        assert first <= member.paragraph <= last  # the text went there
        assert (member.paragraph, *member.span) in strong_marks(app)
        await pilot.press("N", "N", "N")
        await settle(pilot)
        assert app.selection.mention == 6  # wraps to the last
        assert " 7/7" in timeline.row_text(g)
        await pilot.press("escape")
        assert app.selection is None and view.highlights == {}
        assert "×7" in timeline.row_text(g)


async def test_n_in_the_timeline_starts_on_the_date_under_the_cursor() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "G", "n")  # the holiday week, named three times
        await settle(pilot)
        assert app.selection.kind is SelectionKind.GROUP
        assert app.selection.index == len(groups_for(app.article)) - 1
        assert app.selection.mention == 0


async def test_the_axis_mode_chooses_by_arrow_and_by_click() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "v")
        await settle(pilot)
        axis = app.query_one(TimelineAxis)
        assert axis.display and not app.query_one(TimelineList).display
        assert app.focused is axis
        await pilot.press("right", "right")
        await settle(pilot)
        assert (app.selection.kind, app.selection.index) == (SelectionKind.GROUP, 2)
        member = current(app.article, app.selection)
        first, last = app.on_screen
        assert first <= member.paragraph <= last
        layout = axis.axis_layout()
        target = 0  # the year 2023's early months, far left
        x0, _ = layout.extent(target)
        await pilot.click(TimelineAxis, offset=(x0 + 1, layout.lane(target) + 1))  # + border
        await settle(pilot)
        assert app.selection.index == target
        lines = [axis.render_line(y).text for y in range(axis.content_region.height)]
        assert any("2023" in line and "2025" in line for line in lines)  # year ticks
        assert any("2023 年初" in line for line in lines)  # the chosen date under the axis
        await pilot.press("v")
        await settle(pilot)
        assert app.query_one(TimelineList).display and app.focused is app.query_one(TimelineList)
        assert app.query_one(TimelineList).highlighted == target


async def test_choosing_a_date_highlights_its_words_not_the_other_date_in_its_sentence() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        groups = groups_for(app.article)
        eve = next(g for g, group in enumerate(groups.groups) if group.start == date(2025, 1, 28))
        await pilot.press("2", *["j"] * eve, "enter")
        await settle(pilot)
        member = current(app.article, app.selection)
        text = app.article.paragraphs[member.paragraph].text.traditional
        sentence = text[slice(*member.sentence)]
        assert "2024年12月" in sentence and "春晚" in sentence  # two dates, one sentence
        assert own_words(app, member) == "春晚"
        strong = strong_marks(app)
        december = text.index("2024年12月")
        assert (member.paragraph, *member.span) in strong
        assert not any(p == member.paragraph and s == december for p, s, _ in strong)
        view = app.query_one(ArticleView)
        styles = {}
        for y in range(view.size.height):
            for seg in view.render_line(y):
                for word in ("春晚", "2024年12月"):
                    if word in seg.text:
                        styles[word] = seg.style
        assert styles["春晚"] != styles["2024年12月"]  # the chosen words stand out
        await pilot.press("escape")
        await settle(pilot)
        assert strong_marks(app) == set()


async def test_palette_finds_a_date_in_the_other_script() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one(Input).value = "春节"  # Simplified, while Traditional is shown
        await palette_hits(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.selection is not None and app.selection.kind is SelectionKind.GROUP
        assert own_words(app, current(app.article, app.selection)).startswith("春節")


async def test_setting_the_reference_date_redates_at_once_keeping_place_and_choice() -> None:
    app = gala_app(GUESSED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        bar = app.query_one(TitleBar)
        assert "(推定)" in str(bar.query_one("#status").render())
        groups = groups_for(app.article)
        yesterday = next(
            g
            for g, group in enumerate(groups.groups)
            if app.article.timeline[group.first].text.traditional == "昨天"
        )
        assert "≈" in app.query_one(TimelineList).row_text(yesterday)
        app.select_group(yesterday)
        await settle(pilot)
        place = app.query_one(ArticleView).position
        app.action_set_reference_date()
        await pilot.pause()
        box = app.screen.query_one(Input)
        box.value = "not a date"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(Input)  # still asking, with a hint
        said = str(app.screen.query_one("#date-hint").render())
        assert ui("date_invalid", app.lang) in said and "留空" in said  # and how to go back
        box.value = "2025-08-01"
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.article.reference_source == "option"
        dated = {e.text.traditional: e.start for e in app.article.timeline}
        assert dated["昨天"] == date(2025, 7, 31) and dated["5月3日"] == date(2025, 5, 3)
        assert "(手動設定)" in str(bar.query_one("#status").render())
        assert own_words(app, current(app.article, app.selection)) == "昨天"  # the same choice
        assert app.query_one(ArticleView).position == place
        assert not any(
            "≈" in app.query_one(TimelineList).row_text(g)
            for g in range(app.query_one(TimelineList).count)
        )


@pytest.mark.logs_errors
async def test_a_redating_that_fails_is_reported_and_keeps_the_dates(
    monkeypatch: pytest.MonkeyPatch, _no_logged_errors: list
) -> None:
    def broken(article, day):
        raise RuntimeError("redating made to fail")

    monkeypatch.setattr("tui.model.redate.redate", broken)
    app = gala_app(GUESSED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = app.article
        app.action_set_reference_date()
        await pilot.pause()
        app.screen.query_one(Input).value = "2025-08-01"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.article is before  # the old dates stay
        notices = [n for n in app._notifications if "redating made to fail" in n.message]
        assert [n.title for n in notices] == [ui("error_title", app.lang)]  # not "cannot open"
        await pilot.press("t")  # the app still answers
        assert app.script is Script.SIMPLIFIED
    assert [r.exc_info[1].args[0] for r in _no_logged_errors] == ["redating made to fail"]


async def test_the_timeline_switches_script_with_everything_else() -> None:
    app = explorer(Script.SIMPLIFIED)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        rows = [app.query_one(TimelineList).row_text(g) for g in range(7)]
        assert any("春节" in r for r in rows) and not any("春節" in r for r in rows)
        await pilot.press("t")
        await settle(pilot)
        rows = [app.query_one(TimelineList).row_text(g) for g in range(7)]
        assert any("春節" in r for r in rows)


async def test_the_scrollbar_marks_where_the_chosen_date_is_named() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        assert view._scroll_marks() == ((), None)
        await pilot.press("2", "G", "enter")  # the holiday week: paragraphs 1, 18 and 39
        await settle(pilot)
        fractions, colour = view._scroll_marks()
        paragraphs = sorted(
            {app.article.timeline[i].paragraph for i in groups_for(app.article).groups[-1].events}
        )
        assert len(fractions) == len(paragraphs) == 3 and colour is not None
        assert fractions == tuple(sorted(fractions)) and fractions[0] < 0.1 < 0.6 < fractions[-1]
        bar = view.vertical_scrollbar.render()
        lines = list(app.console.render_lines(bar, app.console.options.update_dimensions(1, 36)))
        assert sum("━" in "".join(s.text for s in line) for line in lines) == 3
        await pilot.press("escape")
        await settle(pilot)
        assert view._scroll_marks() == ((), None)


async def test_an_empty_reference_date_goes_back_to_the_pages_own() -> None:
    """Once a date was set, the dialog could not go back to the page's (an empty field said
    "not a date"): empty now restores the date the page gives or the model guessed."""
    app = gala_app(GUESSED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        own = (app.article.reference_date, app.article.reference_source, app.article.timeline)
        for value in ("2030-06-01", "", "2031-01-01", ""):  # twice: back to the page's each time
            app.action_set_reference_date()
            await pilot.pause()
            app.screen.query_one(Input).value = value
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await settle(pilot)
            if value:
                assert app.article.reference_source == "option"
        assert (app.article.reference_date, app.article.reference_source) == own[:2]
        assert app.article.timeline == own[2]
        assert "(推定)" in str(app.query_one(TitleBar).query_one("#status").render())
