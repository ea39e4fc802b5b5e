"""Find in the running app: both scripts, every hit marked, 3/12, stepping, escape, the palette."""

from __future__ import annotations

from rich.style import Style
from textual.command import CommandList
from textual.widgets import Input, Static

from tests.apps import explorer, palette_hits, settle
from tui.model.scripts import Script
from tui.model.timeline_groups import groups_for
from tui.widgets.article_view import ArticleView
from tui.widgets.find_bar import FindBar


def count_text(app) -> str:
    return str(app.query_one("#find-count", Static).content)


def marked(view: ArticleView, kind: str) -> list[str]:
    """Text drawn on screen with the style of ``kind`` (``find`` or ``find-current``)."""
    style: Style = view.get_component_rich_style(f"article-view--{kind}", partial=True)
    out = []
    for y in range(view.size.height):
        for segment in view.render_line(y):
            if segment.text.strip() and segment.style and segment.style.bgcolor == style.bgcolor:
                out.append(segment.text)
    return out


async def test_a_simplified_query_finds_traditional_text_and_steps() -> None:
    app = explorer()  # the bundled article is Traditional
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"春节")
        await pilot.pause()
        bar = app.query_one(FindBar)
        assert bar.display and isinstance(app.focused, Input)
        total = len(app.find.found)
        assert total >= 3 and app.find.current == 0
        assert count_text(app) == f"1/{total}"
        view = app.query_one(ArticleView)
        hits = list(app.find.found)
        for h in hits:
            assert app.article.paragraphs[h.paragraph].text.traditional[h.start : h.end] == "春節"
        assert marked(view, "find-current") == ["春節"]

        await pilot.press("enter")  # confirm: the keys go back to the text
        assert app.focused is view and bar.display
        await pilot.press("n")
        await pilot.pause()
        assert app.find.current == 1 and count_text(app) == f"2/{total}"
        hit = hits[1]
        top = view.position[0]
        assert top <= hit.paragraph  # the text moved to the hit
        assert "春節" in marked(view, "find-current")
        await pilot.press("N", "N")
        assert app.find.current == total - 1  # wraps back to the last
        await pilot.press("enter")
        assert app.find.current == 0  # enter steps too, and wraps forward

        await pilot.press("t")  # the hits hold in the other script
        await settle(pilot)
        assert app.script is Script.SIMPLIFIED
        assert marked(view, "find-current") == ["春节"]

        await pilot.press("escape")
        await pilot.pause()
        assert app.find is None and not bar.display
        assert marked(view, "find") == [] and marked(view, "find-current") == []
        await pilot.press("n")  # with no find, n follows a blogger again
        assert app.selection is not None and app.selection.kind == "blogger"


async def test_a_traditional_query_in_the_simplified_view_case_and_width() -> None:
    app = explorer(Script.SIMPLIFIED)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f", *"春節")
        await pilot.pause()
        spring = len(app.find.found)
        assert spring >= 3
        for h in app.find.found:
            assert app.article.paragraphs[h.paragraph].text.simplified[h.start : h.end] == "春节"
        field = app.query_one("#find-input", Input)
        field.value = "ＤＥＥＰseek"  # full-width and mixed case
        await pilot.pause()
        deepseek = len(app.find.found)
        assert deepseek == sum(p.text.original.count("DeepSeek") for p in app.article.paragraphs)
        assert count_text(app).endswith(f"/{deepseek}")
        field.value = "沒有這個詞"
        await pilot.pause()
        assert len(app.find.found) == 0 and count_text(app) == "没有找到"
        await pilot.press("escape")  # from inside the input
        await pilot.pause()
        assert app.find is None and isinstance(app.focused, ArticleView)


async def test_escape_in_a_real_order_ends_the_find_before_the_selection() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "enter", "1")  # choose a blogger
        assert app.selection is not None
        await pilot.press("slash", *"AI", "enter")
        assert app.find is not None
        await pilot.press("escape")
        assert app.find is None and app.selection is not None
        await pilot.press("escape")
        assert app.selection is None


async def test_typing_n_in_the_query_is_text_not_a_step() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "n", "N", "q", "t")
        await pilot.pause()
        assert app.query_one("#find-input", Input).value == "nNqt"
        assert app.script is Script.TRADITIONAL and app.is_running


async def test_the_palette_matches_across_scripts() -> None:
    app = explorer()  # Traditional: the palette shows 春節
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"春节")
        await palette_hits(pilot)
        options = app.screen.query_one(CommandList)
        titles = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        timeline = app.article.timeline
        dates = [  # one palette entry per date (a timeline group), found by its words
            g
            for g in groups_for(app.article).groups
            if any("春节" in timeline[i].text.simplified for i in g.events)
        ]
        assert len(titles) == len(dates) > 0
        assert all("春節" in t for t in titles), titles


async def test_enter_in_the_text_steps_only_through_a_find_or_a_choice() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # nothing chosen, no find: nothing happens
        assert app.selection is None and app.query_one(ArticleView).position == (0, 0)
        await pilot.press("3", "j", "j", "enter", "1")  # a blogger with two mentions
        assert app.selection.mention == 0
        await pilot.press("enter")
        assert app.selection.mention == 1


async def test_a_new_find_after_one_ended_starts_from_an_empty_query() -> None:
    """``/`` after escape: what is typed is the new query, not added to the old one."""
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"博主", "escape")
        await settle(pilot)
        await pilot.press("slash", *"數字")
        await settle(pilot)
        assert app.query_one("#find-input", Input).value == "數字"
        assert app.find is not None and len(app.find.found) >= 1
        await pilot.press("enter", "slash", "backspace")  # during a find: back to its query
        await settle(pilot)
        assert app.query_one("#find-input", Input).value == "數"


async def test_the_next_hit_brings_the_text_in_front_of_a_folded_pane() -> None:
    app = explorer()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"博主", "enter")
        await settle(pilot)
        await pilot.press("2")  # the timeline in front of the text
        await settle(pilot)
        assert not app.query_one(ArticleView).display
        await pilot.press("n")
        await settle(pilot)
        assert app.query_one(ArticleView).display and app.focused is app.query_one(ArticleView)
        assert app.find is not None and app.find.counter().startswith("2/")


async def test_a_slash_and_ctrl_f_in_the_query_are_the_fields_own() -> None:
    """``/`` opens the find from the text, but in the query it is a character: ``技術/論文``
    (a URL, a date like 3/16) is searched as typed, not as ``技術論文``."""
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"技術", "slash", *"論文")
        await pilot.pause()
        field = app.query_one("#find-input", Input)
        assert field.value == "技術/論文"
        hits = list(app.find.found)
        assert hits and all(
            app.article.paragraphs[h.paragraph].text.traditional[h.start : h.end] == "技術/論文"
            for h in hits
        )
        await pilot.press("ctrl+f")  # steps aside too: the find goes on, the query stays
        await pilot.pause()
        assert app.focused is field and app.find is not None and app.find.found
