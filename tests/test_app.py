"""Pilot tests: the state behind each interaction."""

from __future__ import annotations

from textual.widgets import Input

from tests.apps import app_for, click_text, explorer, palette_hits, session_words, settle
from tests.conftest import BUNDLED
from tui.commands import entries_for
from tui.model.build import build_article, with_words
from tui.model.load import load_article
from tui.model.scripts import Script
from tui.model.timeline_groups import groups_for
from tui.selection import current
from tui.widgets.article_view import ArticleView
from tui.widgets.row_list import RowList


def visible_text(app) -> str:
    view = app.query_one(ArticleView)
    return "".join(view.render_line(y).text for y in range(view.size.height))


async def test_start_focus_and_words_arrive() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.focused is app.query_one(ArticleView)
        assert app.article.segmented
        assert "關鍵詞" in app.query_one(ArticleView).border_subtitle
        assert app.query_one("#timeline", RowList).count == len(groups_for(app.article)) == 7
        assert app.query_one("#bloggers", RowList).count == 9


async def test_toggle_switches_every_pane_and_keeps_position() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "space")
        before = app.query_one(ArticleView).position
        await pilot.press("t")
        await settle(pilot)
        assert app.script is Script.SIMPLIFIED
        assert app.query_one(ArticleView).position == before
        assert "时间线" in app.query_one("#timeline").border_title
        row = app.query_one("#bloggers", RowList).row_text(0)
        assert "阑夕" in row
        assert "这" in visible_text(app) or "们" in visible_text(app)
        await pilot.click("#script-badge")
        await settle(pilot)
        assert app.script is Script.TRADITIONAL


async def test_choosing_an_event_scrolls_and_highlights() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "j", "j", "enter")
        await settle(pilot)
        event = app.article.timeline[2]  # the first mention of the third date (2024-12)
        assert app.selection.kind == "group" and app.selection.index == 2
        assert app.selection.mention == 0 and event.text.traditional == "2024年12月"
        view = app.query_one(ArticleView)
        first, _ = view.position
        assert first <= event.paragraph
        assert event.text.traditional in visible_text(app)
        marks = {(m.start, m.end, m.kind) for m in view.highlights[event.paragraph]}
        assert (*event.span, "mention") in marks and (*event.sentence, "sentence") in marks
        await pilot.press("escape")
        assert app.selection is None
        assert view.highlights == {}


async def test_blogger_mentions_and_n() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "j", "j", "enter")
        assert app.selection.kind == "blogger" and app.selection.index == 2
        highlights = app.query_one(ArticleView).highlights
        assert sum(1 for ms in highlights.values() for m in ms if m.kind == "mention") == 2
        await pilot.press("n")
        assert app.selection.mention == 1
        row = app.query_one("#bloggers", RowList).row_text(2)
        assert "2/2" in row
        await pilot.press("N")
        assert app.selection.mention == 0


async def test_keys_cycle_panes_and_help() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert app.focused.id == "timeline"
        await pilot.press("tab")
        assert app.focused.id == "bloggers"
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused.id == "article"
        await pilot.press("G")
        view = app.query_one(ArticleView)
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        assert type(app.screen).__name__ != "HelpScreen"


async def test_clicking_a_handle_selects_the_blogger() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.select_event(2)  # brings @闌夕 on screen
        await settle(pilot)
        assert await click_text(pilot, "@闌夕")
        assert app.selection is not None and app.selection.kind == "blogger"
        assert app.article.bloggers[app.selection.index].handle.traditional == "闌夕"


async def test_tiny_and_resized_screens_do_not_crash() -> None:
    app = explorer()
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        await pilot.press("2", "j", "enter", "1", "t")
        await settle(pilot)
        paragraph = app.query_one(ArticleView).position[0]
        assert paragraph > 0  # the jump moved the text
        for size in [(1, 1), (300, 100), (60, 20), (120, 40)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert app.query_one(ArticleView).position[0] == paragraph  # resizing kept the place


async def test_palette_goes_to_a_blogger_by_fuzzy_search() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        for ch in "blogger ruanyf":
            await pilot.press(ch if ch != " " else "space")
        await palette_hits(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.selection is not None and app.selection.kind == "blogger"
        assert app.article.bloggers[app.selection.index].handle.traditional == "ruanyf"


async def test_palette_lists_every_event_and_action() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        entries = entries_for(app)
        titles = [e.title for e in entries]
        groups = len(groups_for(app.article))
        assert sum("跳至事件" in t for t in titles) == groups
        assert sum("跳至博主" in t for t in titles) == len(app.article.bloggers)
        aliases = [e.alias for e in entries]  # an English query still finds them
        assert sum("Go to event" in t for t in aliases) == groups
        for action in (
            "切換繁體",
            "開啟 / 關閉本說明",
            "下一處提及",
            "時間線：在清單和時間軸之間切換 (v)",
            "設定參照日期…",
            "清除選取",
            "開啟另一篇",
            "離開",
        ):
            assert any(action in t for t in titles), action


async def test_clicking_a_date_selects_the_event() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert await click_text(pilot, "2023年初")
        assert app.selection is not None and app.selection.kind == "group"
        member = current(app.article, app.selection)
        assert (
            app.article.paragraphs[member.paragraph].text.traditional[
                member.span[0] : member.span[1]
            ]
            == "2023年初"
        )


async def test_opening_a_missing_file_is_a_notification(tmp_path) -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one(Input).value = str(tmp_path / "nope.txt")  # as if typed
        await pilot.press("enter")
        await settle(pilot)
        assert any("沒有這個檔案" in n.message for n in app._notifications)  # zh-Hant
        assert all(n.title == "無法開啟" for n in app._notifications if n.severity == "error")
        assert app.article.source == "deepseek-breakout.zh-Hant.txt"
        good = tmp_path / "good.txt"
        good.write_text("春節期間，科技博主@張三 發布了評測。", "utf-8")
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one(Input).value = str(good)
        await pilot.press("enter")
        await settle(pilot)
        assert app.article.source == "good.txt"
        assert app.query_one("#bloggers", RowList).count == 1


async def test_a_completed_name_with_an_escape_is_shown_safely_and_opens(tmp_path) -> None:
    """``tab`` in the open dialog puts the name as shown (``␛``) in the field, never the raw
    ESC (it would reach the terminal as a colour), and ``enter`` opens the real file."""
    (tmp_path / "esc\x1b[31mname.txt").write_text("春節期間，科技博主@張三 發布了評測。", "utf-8")
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        field = app.screen.query_one(Input)
        field.value = str(tmp_path / "e")  # as if typed
        await pilot.press("tab")
        await pilot.pause()
        assert field.value == str(tmp_path / "esc\u241b[31mname.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert app.article.source == "esc\u241b[31mname.txt"  # the file opened, its name shown
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_the_blogger_pane_says_how_many_are_named_only_in_chrome_lines() -> None:
    """Such bloggers are no rows (nothing in the text to jump to); the pane's foot says so,
    as ``--summary`` does, instead of silently counting fewer."""
    text = (
        "某某新聞網\n一則標題在這裡\n來源：@某某、某某日報\n"
        "正文第一段，網友@小明表示支持，這件事引發了很多討論和關注。\n"
        "正文第二段，更多的內容在這裡，說明事情的來龍去脈和各方反應。\n"
    )
    app = app_for(build_article(text))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.query_one("#bloggers", RowList)
        assert pane.count == 1
        assert str(pane.border_title) == "博主 1"
        assert str(pane.border_subtitle) == "另有 1 位只見於頁面雜項"


async def test_help_switches_script_with_everything_else() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert "按鍵說明" in app.screen.query_one("#help-box").border_title
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        assert "按键说明" in app.screen.query_one("#help-box").border_title
        assert app.script.value == "simplified"


async def test_a_theme_change_redraws_every_pane() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        panes = [app.query_one(ArticleView), *app.query(RowList)]
        dark = {pane.id: next(iter(pane.render_line(1))).style.bgcolor for pane in panes}
        app.theme = "textual-light"
        await settle(pilot)
        for pane in panes:
            background = pane.rich_style.bgcolor
            assert background != dark[pane.id]
            for y in range(1, 4):  # row 0 holds the list cursor, drawn on its own background
                assert list(pane.render_line(y))[-1].style.bgcolor == background, pane.id


async def test_the_timeline_marks_the_events_on_screen_as_the_text_scrolls() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one("#timeline", RowList)

        def marked() -> set[int]:
            top = round(timeline.scroll_y)
            rows = range(top, min(timeline.count, top + timeline.size.height))
            return {i for i in rows if timeline.render_line(i - top).text.startswith("▍")}

        def expected() -> set[int]:
            first, last = app.on_screen
            shown = range(round(timeline.scroll_y), round(timeline.scroll_y) + timeline.size.height)
            groups = groups_for(app.article).groups
            return {
                g
                for g, group in enumerate(groups)
                if any(first <= app.article.timeline[i].paragraph <= last for i in group.events)
                and g in shown
            }

        start = marked()
        assert start and start == expected()
        await pilot.press("G")
        await settle(pilot)
        assert marked() == expected() and marked() != start


async def test_events_on_screen_are_marked_from_the_first_frame() -> None:
    """Words from the cache arrive before the first frame: no later relayout reports the place."""
    article = load_article(BUNDLED)
    app = app_for(with_words(article, session_words(article)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first, last = app.on_screen
        assert last >= first >= 0
        timeline = app.query_one("#timeline", RowList)
        assert any(
            timeline.render_line(y).text.startswith("▍") for y in range(timeline.size.height)
        )


async def test_the_palette_offers_no_maximize() -> None:
    """Textual's "Maximize" kept the text 60 cells wide in a hatched frame, without its
    header or pane keys; the reading mode (``z``) is the explorer's way to the full width."""
    app = explorer()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert list(app.get_system_commands(app.screen)) == []
        titles = [e.title for e in entries_for(app)]
        assert any("閱讀模式" in t for t in titles), titles[:40]
