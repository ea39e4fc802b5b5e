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
        paragraph = app.query_one(ArticleView).position[0]
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
