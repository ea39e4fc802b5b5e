"""Copy in the running app: the text handed to the clipboard, in the script on screen."""

from __future__ import annotations

from tests.apps import explorer, settle
from tui.model.scripts import Script
from tui.widgets.article_view import ArticleView


def intercept(app) -> list[str]:
    """Record what the app hands to the terminal's clipboard (and still hand it on)."""
    copied: list[str] = []
    original = app.copy_to_clipboard

    def copy(text: str) -> None:
        copied.append(text)
        original(text)

    app.copy_to_clipboard = copy
    return copied


async def test_sentence_and_paragraph_at_the_reading_position() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        copied = intercept(app)
        notices: list[tuple[str, str]] = []
        notify = app.notify
        app.notify = lambda message, **kw: (
            notices.append((message, kw.get("title"))),
            notify(message, **kw),
        )
        first = app.article.paragraphs[0]
        await pilot.press("y")
        assert copied[-1] == first.text.traditional[slice(*first.sentences[0])]
        await pilot.press("Y")
        assert copied[-1] == first.text.traditional
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("y")
        assert copied[-1] == first.text.simplified[slice(*first.sentences[0])]
        assert copied[-1] != copied[0]  # another script, same place
        await pilot.press("space", "space")
        await settle(pilot)
        paragraph = app.query_one(ArticleView).top_place[0]  # the paragraph on top
        assert paragraph > 0
        await pilot.press("Y")
        assert copied[-1] == app.article.paragraphs[paragraph].text.simplified
        assert app.clipboard == copied[-1]
        assert copied[-1].startswith(notices[-1][0].rstrip("…"))
        assert notices[-1][1] == "已复制段落"


async def test_the_chosen_event_and_mention_sentence() -> None:
    app = explorer(Script.SIMPLIFIED)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        copied = intercept(app)
        await pilot.press("c")
        assert copied == []  # nothing chosen: a notification, nothing copied
        await pilot.press("2", "j", "j", "enter")
        await settle(pilot)
        await pilot.press("c")
        e = app.article.timeline[app.selection.index]
        assert copied[-1] == app.article.paragraphs[e.paragraph].text.simplified[slice(*e.sentence)]
        assert e.text.simplified in copied[-1]
        await pilot.press("3", "j", "enter", "n", "c")
        b = app.article.bloggers[app.selection.index]
        m = b.mentions[app.selection.mention]
        assert f"@{b.handle.simplified}" in copied[-1]
        assert copied[-1] == app.article.paragraphs[m.paragraph].text.simplified[slice(*m.sentence)]


async def test_y_copies_the_sentence_of_the_current_find_hit() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        copied = intercept(app)
        await pilot.press("slash", *"宇樹", "enter", "y")
        assert "宇樹機器人" in copied[-1]


async def test_after_a_jump_near_the_end_y_copies_the_top_line_not_the_mention() -> None:
    """A jump to a mention that the end of the text keeps from the top left the reading place
    lower on screen: ``y`` copied the mention's sentence while another sentence was on top
    (``c`` copies the chosen mention's)."""
    from tests.apps import app_for
    from tui.model.build import build_article

    lines = [f"第{i}段寫的是一件普通的小事，讀者慢慢往下看。" for i in range(1, 31)]
    lines.append("最後一段提到了網友@小林的說法。")
    app = app_for(build_article("\n\n".join(lines)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        copied = intercept(app)
        app.select_blogger(0)
        await settle(pilot)
        view = app.query_one(ArticleView)
        top = view.top_place
        assert view.position[0] > top[0]  # the place jumped to is below the top line
        await pilot.press("y")
        paragraph = app.article.paragraphs[top[0]]
        assert copied[-1] == paragraph.text.traditional[slice(*paragraph.sentences[0])]
        await pilot.press("c")
        assert "@小林" in copied[-1]


async def test_y_on_the_gap_between_paragraphs_copies_the_paragraph_below() -> None:
    """With the blank line between two paragraphs on top, ``y`` copied the last sentence of the
    paragraph above it, off screen."""
    app = explorer()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        copied = intercept(app)
        view = app.query_one(ArticleView)
        layout = view._layout
        gap = layout.top_of(1) - 1  # the blank line after the first paragraph
        view.scroll_to(y=gap, animate=False, immediate=True)
        await settle(pilot)
        assert layout.anchor_at(round(view.scroll_y))[2]  # a gap is on top
        await pilot.press("y")
        second = app.article.paragraphs[1]
        assert copied[-1] == second.text.traditional[slice(*second.sentences[0])]
