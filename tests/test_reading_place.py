"""The reading place is an exact line: it survives every relayout (issue 9, point 9).

The top line is kept by the character offset of its first character within its paragraph,
or as the blank gap after a paragraph; resizes (the narrow fold, 1×1, 300×100) and the script
toggle must bring back the same line, not the paragraph's first line or the one before.
"""

from __future__ import annotations

from tests.apps import explorer, settle
from tui.widgets.article_view import ArticleView

SIZES = [(79, 40), (1, 1), (300, 100), (60, 20), (120, 40)]


def top_line(view: ArticleView):
    """``(paragraph, start, end)`` on the top line, or ``None`` for a gap."""
    return view._layout.line(round(view.scroll_y))


async def scroll_until(pilot, view: ArticleView, wanted) -> None:
    """Scroll line by line from the top until ``wanted(top_line)`` holds."""
    for _ in range(400):
        if wanted(top_line(view)):
            return
        await pilot.press("j")
    raise AssertionError("no such line in the bundled article")


def contains(line, paragraph: int, offset: int) -> bool:
    return line is not None and line[0] == paragraph and line[1] <= offset < max(line[2], offset + 1)


def shows(view: ArticleView, paragraph: int, offset: int) -> bool:
    """The line holding ``offset`` is the top line, or on screen when the text ends above."""
    top = round(view.scroll_y)
    if top < view.max_scroll_y:
        return contains(top_line(view), paragraph, offset)
    lines = range(top, top + view.scrollable_content_region.height)
    return any(contains(view._layout.line(y), paragraph, offset) for y in lines)


async def test_a_line_inside_a_paragraph_survives_resizes_and_toggles() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        # the third line of a paragraph of at least four lines: far from its first line
        await scroll_until(
            pilot,
            view,
            lambda ln: ln is not None
            and ln[1] > 0
            and view._layout.line(round(view.scroll_y) - 2) is not None
            and view._layout.line(round(view.scroll_y) - 2)[0] == ln[0],
        )
        paragraph, offset, _end = top_line(view)
        assert view.position == (paragraph, offset)
        width = view.scrollable_content_region.width
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await settle(pilot)
            if view.scrollable_content_region.width > 0 and view.size.height > 0:
                assert shows(view, paragraph, offset), (size, top_line(view))
        for _ in range(2):
            await pilot.press("t")
            await settle(pilot)
            assert shows(view, paragraph, offset)
        assert view.scrollable_content_region.width == width, (app.folded, app.size)
        assert top_line(view)[:2] == (paragraph, offset)  # back at the width: the very line
        assert view.position == (paragraph, offset)


async def test_the_gap_between_paragraphs_stays_the_gap() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await scroll_until(pilot, view, lambda ln: ln is None and round(view.scroll_y) > 0)
        y = round(view.scroll_y)
        before = view._layout.line(y - 1)[0]  # the paragraph the gap follows
        for size in [*SIZES, (100, 30), (120, 40)]:
            await pilot.resize_terminal(*size)
            await settle(pilot)
            if view.scrollable_content_region.width > 0 and view.size.height > 0:
                top = round(view.scroll_y)
                if top >= view.max_scroll_y:  # the text ends on screen: nothing to keep on top
                    continue
                assert top_line(view) is None, size  # still the gap ...
                assert view._layout.line(top - 1)[0] == before  # ... after the same paragraph
        for _ in range(2):
            await pilot.press("t")
            await settle(pilot)
            top = round(view.scroll_y)
            assert top_line(view) is None
            assert view._layout.line(top - 1)[0] == before
