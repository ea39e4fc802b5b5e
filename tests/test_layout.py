"""Layout: the text keeps 60 cells from 80 columns, folded panes say how to come back, z reads."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey

from tests.apps import explorer, settle
from tui.strings import Lang
from tui.widgets.article_view import ArticleView


def text_cells(app) -> int:
    return app.query_one(ArticleView).scrollable_content_region.width


def footer_keys(app) -> list[FooterKey]:
    return list(app.screen_stack[0].query(FooterKey))


def footer(app) -> str:
    return " ".join(f"{k.key_display} {k.description}" for k in footer_keys(app))


@pytest.mark.parametrize("width", [80, 90, 104, 105, 120, 200])
async def test_the_text_keeps_60_cells_beside_the_side_column(width: int) -> None:
    app = explorer()
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        side = app.query_one("#side")
        assert side.display and side.region.width >= 16
        assert text_cells(app) >= 60
        assert app.query_one(ArticleView).region.right <= side.region.x  # side by side, whole
        assert side.region.right == width


async def test_below_80_columns_the_panes_fold_and_the_footer_says_how_to_bring_them() -> None:
    app = explorer()
    async with app.run_test(size=(79, 24)) as pilot:
        await settle(pilot)
        assert not app.query_one("#side").display
        assert text_cells(app) >= 60
        assert "2 時間線" in footer(app) and "3 博主" in footer(app)
        assert "1 正文" not in footer(app)  # the text is in front
        await pilot.press("2")
        await settle(pilot)
        assert app.query_one("#timeline").region.width > 60
        assert "1 正文" in footer(app) and "3 博主" in footer(app)
        assert "2 時間線" not in footer(app)


@pytest.mark.parametrize("pane", ["2", "3"])
async def test_a_jump_from_a_folded_pane_brings_the_text_forward(pane: str) -> None:
    app = explorer()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press(pane, "j", "j", "enter")
        await settle(pilot)
        view = app.query_one(ArticleView)
        assert app.selection is not None and app.selection.index == 2
        assert view.display and view.region.width == 60 and app.focused is view
        assert not app.query_one("#side").display
        first, last = app.on_screen
        paragraph = app.article.timeline[2].paragraph if pane == "2" else None
        if paragraph is not None:
            assert first <= paragraph <= last


async def test_the_axis_is_browsed_with_the_arrows_in_front_of_the_folded_text() -> None:
    from tui.widgets.timeline_axis_view import TimelineAxis

    app = explorer()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("2", "v", "right", "right", "left", "right", "end", "home", "right")
        await settle(pilot)
        axis = app.query_one(TimelineAxis)
        assert app.focused is axis and axis.region.width > 50  # still in front, browsed
        assert not app.query_one(ArticleView).display
        assert app.selection is not None and app.selection.index == axis.cursor == 1  # chosen
        await pilot.press("enter")  # goes to the date: the text comes forward
        await settle(pilot)
        view = app.query_one(ArticleView)
        assert app.focused is view and view.display


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("keys", [(), ("2",), ("2", "v"), ("3", "enter")])
async def test_the_footer_fits_60_columns_whole(lang: Lang, keys: tuple[str, ...]) -> None:
    app = explorer()
    app.lang_chosen = lang
    app.set_reactive(type(app).lang, lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
        await settle(pilot)
        shown = footer_keys(app)
        assert shown
        for key in shown:  # every key drawn whole, inside the window
            assert key.region.width > 0 and key.region.right <= 60, key.description
        assert sum(key.region.width for key in shown) <= 60
        bindings = {k.key for k in shown}
        assert "t" in bindings and "ctrl+p" in bindings
        if keys == ("3", "enter"):
            assert "n" in bindings  # following a blogger: n matters now


async def test_z_reads_at_full_width_and_comes_back() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        before = text_cells(app)
        position = app.query_one(ArticleView).position
        await pilot.press("z")
        await settle(pilot)
        assert not app.query_one("#side").display
        assert text_cells(app) > before and app.query_one(ArticleView).region.width == 120
        assert "2 時間線" in footer(app)
        assert app.query_one(ArticleView).position == position
        await pilot.press("z")
        await settle(pilot)
        assert app.query_one("#side").display and text_cells(app) == before


async def test_reading_mode_binding_id_is_app_reading_mode() -> None:
    from tui.app import ArticleExplorer

    ids = {b.id: b for b in ArticleExplorer.BINDINGS}
    assert ids["app.reading_mode"].key == "z"


async def test_the_footer_mounts_its_keys_again_only_when_they_change() -> None:
    """Focus moves, resizes the same keys fit: the row stays mounted; a find changes it."""
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = list(app.screen.query(FooterKey))
        assert shown
        await pilot.resize_terminal(118, 40)
        await settle(pilot)
        assert list(app.screen.query(FooterKey)) == shown  # the very same widgets
        await pilot.press("slash")
        await settle(pilot)
        after = list(app.screen.query(FooterKey))
        assert after != shown and not set(after) & set(shown)  # a new row, for the find
        assert [k.description for k in after] != [k.description for k in shown]


async def test_the_text_a_find_returns_to_stays_in_front_when_the_panes_fold() -> None:
    """A side pane chosen, a find begun and ended (focus back on the text without a pane key),
    then the window narrowed: the text is in front and focused, and still is when it widens."""
    app = explorer()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        text = app.query_one(ArticleView)
        for width, height in ((60, 20), (120, 40)):
            await pilot.resize_terminal(width, height)
            await settle(pilot)
            assert app.focused is text and text.display, (width, app.screen.classes)
        keys = [key.key for key in app.screen.query(FooterKey)]
        assert "pagedown" in keys  # the text's own keys in the footer again


async def test_a_find_begun_from_a_side_pane_in_front_brings_the_text_forward() -> None:
    """Folded, a side pane in front, ``/``: the find is of the text, so the text shows its hits."""
    app = explorer()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        text = app.query_one(ArticleView)
        assert not text.display
        await pilot.press("slash", "D", "e", "e", "p")
        await settle(pilot)
        assert text.display and not app.query_one("#side").display


async def test_the_footers_esc_ends_the_find_also_after_a_toggle() -> None:
    """While a find is on, ``esc`` ends it, and the footer says so in either script (the
    toggle relabels the keys in place: it said "清除" there)."""
    from tui.strings import ui

    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"博主", "enter")
        await settle(pilot)
        assert f"esc {ui('find.close', app.lang)}" in footer(app)
        await pilot.press("t")
        await settle(pilot)
        assert app.find is not None
        assert f"esc {ui('find.close', app.lang)}" in footer(app), footer(app)


async def test_a_long_title_ends_in_an_ellipsis_not_after_its_first_word() -> None:
    """A forum headline with a space (``[問卦] 有沒有…``) wrapped at the space in a narrow
    window and showed only ``[問卦]``; it is one line that ends in "…"."""
    from tests.apps import app_for
    from tui.model.build import build_article

    title = "[問卦] 有沒有大年初二回娘家一路塞到晚上的八卦？"
    article = build_article(f"{title}\n\n作者 阿明 (明)\n大年初二回娘家，國道從早塞到晚。\n")
    assert article.title is not None and article.title.original == title
    app = app_for(article)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        strips = app.screen._compositor.render_strips()
        top = "".join(s.text for s in strips[0])
        assert "[問卦] 有沒有" in top and "…" in top, top


@pytest.mark.parametrize(("key", "shown"), [("question_mark", "esc 關閉 t 繁/簡"), ("i", "esc 關閉 t 繁/簡"), ("o", "esc 取消")])
async def test_a_dialog_has_a_footer_of_its_own_keys(key: str, shown: str) -> None:
    """A dialog takes every key while it is open: the reader's footer below it named
    ``z 閱讀``, ``2 時間線``, ``q 離開``, which did nothing there or closed the dialog."""
    app = explorer()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        keys = list(app.screen.query(FooterKey))
        assert app.screen is not app.screen_stack[0]
        assert " ".join(f"{k.key_display} {k.description}" for k in keys) == shown
        footer_line = app.screen.query_one("LocalFooter").region
        assert footer_line.y == 23 and footer_line.width == 80  # over the reader's footer


@pytest.mark.parametrize("width", [40, 50, 60, 80, 120])
async def test_the_title_keeps_room_beside_the_status(width: int) -> None:
    """At 40 columns the header read ``  …  參照日期 2025-10-14 (發布時間)  繁``: the status
    gives up its words (the label, then the source) before the title goes."""
    from tui.widgets.title_bar import TitleBar

    app = explorer()
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        bar = app.query_one(TitleBar)
        title = str(bar.query_one("#title").render()).strip()
        status = str(bar.query_one("#status").render()).strip()
        assert len(title.rstrip("…")) >= 6, (title, status)
        assert "2025-01-31" in status
        assert ("推定" in status) or status.startswith("≈")  # a guess stays marked
        if width >= 80:
            assert status.startswith("參照日期")


@pytest.mark.parametrize("width", [40, 60])
async def test_while_finding_a_narrow_footer_keeps_n_and_esc(width: int) -> None:
    """At 40 columns the footer of a find kept ``t 繁/簡 n 下一處`` and lost ``esc``."""
    app = explorer()
    async with app.run_test(size=(width, 16)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"DeepSeek", "enter")
        await settle(pilot)
        shown = footer(app)
        assert "下一處" in shown and "結束搜尋" in shown, shown


@pytest.mark.parametrize("key", ["question_mark", "i"])
async def test_a_dialog_closed_right_after_a_toggle_leaves_no_error(key: str) -> None:
    """The storm test found it: ``t`` in help, then Esc at once — the dialog's footer relabelled
    itself after its dialog had gone (NoScreen, an unexpected-error exit)."""
    app = explorer()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        from tui.localized import LocalFooter

        await pilot.press(key)
        await settle(pilot)
        footer_of_dialog = app.screen.query_one(LocalFooter)
        app.action_toggle_script()  # the language follows: the dialog's footer relabels later
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.screen_stack[0] and not footer_of_dialog.is_attached
        footer_of_dialog._relabel()  # as the callback ran in the storm, after its dialog had gone
        footer_of_dialog.bindings_changed(app.screen)


@pytest.mark.parametrize(("width", "dates", "bloggers"), [(80, "無日期", "無博主"), (120, "沒有找到日期", "沒有找到博主")])
async def test_empty_panes_say_so_whole_in_their_border(width: int, dates: str, bloggers: str) -> None:
    """At 80 columns an empty pane's border read ``沒有找到 …``; a short form fits it."""
    from tests.apps import app_for
    from tui.model.build import build_article
    from tui.widgets.blogger_list import BloggerList
    from tui.widgets.timeline_list import TimelineList

    app = app_for(build_article("我們去公園散步。\n\n公園裡有很多人在跑步，也有人在打球。"))
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        assert str(app.query_one(TimelineList).border_subtitle) == dates
        assert str(app.query_one(BloggerList).border_subtitle) == bloggers
