"""Page info in the running app: what was split off, and keywords found in the text."""

from __future__ import annotations

import io
import threading

import pytest
from textual.widgets import OptionList, Static

from tests.apps import explorer, session_words, settle
from tests.conftest import BUNDLED
from tui.app import ArticleExplorer
from tui.model.article import Article, Words
from tui.model.find import fold
from tui.model.load import load_article
from tui.page_info_screen import PageInfoScreen
from tui.widgets.find_bar import FindBar


def screen_text(screen) -> str:
    return "\n".join(
        "".join(s.text for s in screen.query_one(f"#{name}").render_line(y))
        for name in ("info-table", "info-chrome")
        for y in range(screen.query_one(f"#{name}").size.height)
    )


async def test_page_info_shows_the_split_and_switches_script() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PageInfoScreen)
        text = screen_text(screen)
        assert "2025-01-31" in text and "依正文中最晚的明確日期推斷" in text
        assert "AI · DeepSeek" in text
        for line in app.article.boilerplate:
            if line.original.strip():
                assert line.traditional in text
        assert f"({len(app.article.boilerplate)})" in text
        await pilot.press("t")
        await settle(pilot)
        text = screen_text(screen)
        assert "按正文中最晚的明确日期推断" in text and "+关注" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PageInfoScreen) and app.find is None


async def test_choosing_a_keyword_marks_it_and_n_walks_it() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.article.keywords, "words were segmented"
        await pilot.press("i")
        await settle(pilot)
        keywords = app.screen.query_one("#info-keywords", OptionList)
        assert keywords.option_count == len(app.article.keywords)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        keyword = app.article.keywords[2].traditional
        assert not isinstance(app.screen, PageInfoScreen)
        expected = sum(fold(p.text.original).count(fold(keyword)) for p in app.article.paragraphs)
        assert app.find is not None and len(app.find.found) == expected > 1
        bar = app.query_one(FindBar)
        assert bar.display and str(bar.query_one("#find-count", Static).content).endswith(
            f"/{expected}"
        )
        before = app.find.current
        await pilot.press("n")
        assert app.find.current == (before + 1) % expected
        await pilot.press("N", "N")
        assert app.find.current == (before - 1) % expected


async def test_keywords_still_coming_are_said_so() -> None:
    words_may_come = threading.Event()

    def held_words(article: Article) -> Words:
        words_may_come.wait(10)
        return session_words(article)

    app = ArticleExplorer(load_article(BUNDLED), use_cache=False, segmenter=held_words)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("i")  # before the words worker reports
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PageInfoScreen)
        assert app.article.keywords is None
        title = str(screen.query_one("#info-keywords-title", Static).content)
        assert "分詞中" in title
        words_may_come.set()
        await settle(pilot)
        assert screen.query_one("#info-keywords", OptionList).option_count == len(
            app.article.keywords
        )


@pytest.mark.parametrize("width", [40, 52, 62, 66, 80, 99])
def test_a_page_info_value_breaks_whole_never_with_an_ellipsis(width: int) -> None:
    """At 80 columns Rich cut a dateline that ended at its column's edge (``2025/03/1…``)
    and wrapped the rest; values break as the text pane's lines do."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tui.wrapped_text import WrappedText

    line = "深夜騎車撞分隔島 外送員昏迷路人合力抬車救人 2025/03/18 11:42"
    console = Console(width=width, record=True, file=io.StringIO())
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column()
    table.add_row(Text("來源與作者"), Text("無"))
    table.add_row(Text("日期行"), WrappedText(line))
    console.print(table)
    shown = console.export_text()
    assert "…" not in shown
    assert "2025/03/18" in shown and "11:42" in shown
    value = "".join(row.removeprefix("日期行").strip() for row in shown.splitlines()[1:])
    assert value.replace(" ", "") == line.replace(" ", "")  # all of it, in order


async def test_the_lines_split_off_are_reached_with_the_page_keys() -> None:
    """The list of lines split off, below the keywords, could be reached only by Tab then
    PageDown: the page keys went to the keyword list.  They scroll the whole box now, and
    up and down still move in the list."""
    from textual.containers import VerticalScroll

    app = explorer()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        box = app.screen.query_one("#info-box", VerticalScroll)
        keywords = app.screen.query_one("#info-keywords", OptionList)
        assert box.max_scroll_y > 0 and box.scroll_y == 0
        await pilot.press("down")
        assert keywords.highlighted == 1
        await pilot.press("end")
        await settle(pilot)
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("home")
        await settle(pilot)
        assert box.scroll_y == 0
        await pilot.press("pagedown")
        await settle(pilot)
        assert box.scroll_y > 0 and keywords.highlighted == 1
        await pilot.press("end", "down")  # the cursor moves: the list comes back into view
        await settle(pilot)
        assert keywords.highlighted == 2
        top, bottom = box.scroll_y, box.scroll_y + box.scrollable_content_region.height
        assert top <= keywords.virtual_region.y < bottom
