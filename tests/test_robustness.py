"""The program never falls over: odd files, odd sizes, key storms, and errors inside handlers."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.apps import app_for, explorer, palette_hits, settle
from tui.model.build import build_article
from tui.model.load import load_article
from tui.model.sanitize import sanitize
from tui.strings import ui
from tui.widgets.article_view import ArticleView
from tui.widgets.row_list import RowList


def test_odd_documents_build() -> None:
    one_line = "這是一個沒有換行的很長的段落，" * 70_000  # about 1 MB of UTF-8 on one line
    a = build_article(one_line)
    assert len(a.paragraphs) == 1 and len(a.paragraphs[0].text) == len(one_line)
    many = "\n".join("字" for _ in range(30_000))  # the cost per paragraph: test_linear_cost
    assert len(build_article(many).paragraphs) == 30_000
    mixed = "表情😀和組合字e\u0301與擴展B𠀀，全形２０２５年１月，二〇二五年一月，十二月。"
    a = build_article(sanitize(mixed))
    assert [e.label.simplified for e in a.timeline][:2] == ["2025-01", "2025-01"]


def test_replaced_bytes_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes("開頭的一段文字，".encode() * 20 + b"\xff\xfe" + "結尾。".encode())
    a = load_article(path)
    assert a.replaced == 2


async def test_a_long_single_line_opens_and_scrolls(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text("這是一個沒有換行的很長的段落，" * 5_000, "utf-8")  # 80,000 characters
    app = app_for(load_article(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("space", "G", "k", "g", "t")
        await settle(pilot)
        assert app.query_one(ArticleView).position[0] == 0


async def test_resizing_from_1x1_to_300x100() -> None:
    app = explorer()
    rng = random.Random(1)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "enter")
        for _ in range(15):
            await pilot.resize_terminal(rng.randint(1, 300), rng.randint(1, 100))
        for size in [(1, 1), (300, 100), (2, 2), (120, 40)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await settle(pilot)
        assert app.selection is not None and app.selection.kind == "blogger"


@pytest.mark.logs_errors
async def test_an_error_in_a_handler_is_a_notification(
    monkeypatch: pytest.MonkeyPatch, _private_cache: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated failure")

    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(ArticleView, "go_to", broken)
        await pilot.press("2", "enter")
        await pilot.pause()
        assert any("simulated failure" in n.message for n in app._notifications)
        monkeypatch.undo()
        await pilot.press("j", "enter")  # the app still answers
        await settle(pilot)
        assert app.selection is not None and app.selection.index == 1
        assert app.query_one("#timeline", RowList).highlighted == 1
    assert "simulated failure" in (_private_cache / "article-explorer.log").read_text("utf-8")


@pytest.mark.logs_errors
async def test_failed_segmentation_keeps_the_app_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.model.cache as cache

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("no jieba today")

    monkeypatch.setattr(cache, "words_for", broken)
    app = explorer(real_words=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.words_failed
        assert "無法使用" in app.query_one(ArticleView).border_subtitle  # zh-Hant: Taiwan usage
        await pilot.press("t")
        assert app.script.value == "simplified"


async def test_markup_in_the_article_stays_text_in_every_pane(tmp_path: Path) -> None:
    path = tmp_path / "markup.txt"
    path.write_text(
        "[bold]標題[/bold]\n"
        "博主@張三 在2024年12月說：[@click=app.quit]點我[/] 和 [link=file:///etc/passwd]x[/link]。\n"
        "[red]第二段[/red]也提到2025年1月。\n",
        "utf-8",
    )
    app = app_for(load_article(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        shown = "".join(view.render_line(y).text for y in range(view.size.height))
        assert "[@click=app.quit]點我[/]" in shown and "[red]第二段[/red]" in shown
        assert "[@click=app.quit]" in app.query_one("#timeline", RowList).row_text(0)
        await pilot.press("ctrl+p")
        for ch in "event":
            await pilot.press(ch)
        await palette_hits(pilot)
        await pilot.press("down", "enter")  # choose an entry whose help text holds the markup
        await settle(pilot)
        assert app.is_running
        assert app.selection is not None and app.selection.kind == "group"
        await pilot.press("question_mark")
        await pilot.press("escape")
        assert app.is_running


async def test_a_book_opens_on_its_beginning_and_completes(bundled_text: str) -> None:
    from tui.model.load import Source
    from tui.model.timeline_groups import groups_for
    from tui.selection import current

    body = "\n".join(bundled_text.splitlines()[:42])
    source = Source("\n".join([body] * 80), "book.txt", "utf-8", 0)  # ~250,000 characters
    assert source.big
    head = source.build_head()
    whole = source.build()
    assert not head.complete and len(head.paragraphs) < len(whole.paragraphs) // 5
    app = app_for(head, source=source)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "j", "enter")  # choose a date in the beginning
        chosen = current(app.article, app.selection)
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.article.complete
        assert len(app.article.timeline) == len(whole.timeline)
        assert app.query_one("#timeline", RowList).count == len(groups_for(whole))
        now = current(app.article, app.selection)
        assert (now.paragraph, now.span) == (chosen.paragraph, chosen.span)  # the same choice
        assert "…" not in app.query_one("#timeline").border_title


async def _reopen(pilot, path: str) -> list[str]:
    """Open ``path`` through the ``o`` dialog; the notifications shown after it."""
    from textual.widgets import Input

    app = pilot.app
    # (by identity, not by count: under load the earlier notices time out and leave the list
    # while the new one comes)
    kept = list(app._notifications)  # (held, so no new notice can take a gone one's id)
    before = {id(n) for n in kept}
    await pilot.press("o")
    await pilot.pause()
    app.screen.query_one(Input).value = path
    await pilot.press("enter")
    # (under load the refusal's notice can come a few frames after the workers finish: wait
    # for it, a bounded number of frames, where one is to come)
    seen: list[str] = []
    for _ in range(_NOTICE_FRAMES):
        await app.workers.wait_for_complete()
        await pilot.pause()
        seen += [n.message for n in list(app._notifications) if id(n) not in before and n.message not in seen]
        if seen:
            break
    await pilot.pause()
    return seen + [n.message for n in list(app._notifications) if id(n) not in before and n.message not in seen]


_NOTICE_FRAMES = 40


async def test_a_file_that_changes_or_disappears_while_open_is_reopened(tmp_path: Path) -> None:
    import os

    path = tmp_path / "article.txt"
    path.write_text("第一版的正文。\n", "utf-8")
    app = app_for(load_article(path))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        path.write_text("第二版的正文，2025年1月發布。\n", "utf-8")  # changed on disk
        await _reopen(pilot, str(path))
        assert app.article.paragraphs[0].text.original.startswith("第二版")
        assert len(app.article.timeline) == 1
        path.unlink()  # gone
        notes = await _reopen(pilot, str(path))
        assert any(ui("error.missing", app.lang) in n for n in notes)  # in the reader's language
        os.mkfifo(path)  # replaced by a pipe nobody writes to
        notes = await _reopen(pilot, str(path))
        fifo = ui("refused.not_regular", app.lang).split("；")[0].format(kind=ui("kind.fifo", app.lang))
        assert any(fifo in n for n in notes), notes  # said in the reader's language
        path.unlink()
        path.write_bytes(b"")  # truncated
        notes = await _reopen(pilot, str(path))
        assert any(ui("refused.empty", app.lang) in n for n in notes)
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # overwritten with something else
        notes = await _reopen(pilot, str(path))
        assert any(ui("refused.binary", app.lang) in n for n in notes)
        assert app.article.paragraphs[0].text.original.startswith("第二版")  # still shown
        script = app.script
        await pilot.press("t")  # the app still answers
        await pilot.pause()
        assert app.script is script.other


@pytest.mark.logs_errors
async def test_notifications_and_log_lines_are_safe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error whose text holds escapes (a path typed or pasted) is shown and logged inert."""
    from tui import safety
    from tui.safety import log, log_path, report

    monkeypatch.setattr(safety, "_last_notice", 0.0)  # at most one a second, across tests too

    app = explorer()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        notes = await _reopen(pilot, str(tmp_path / "\x1b]0;PWNED\x07\x1b[2J.txt"))
        assert notes and all("\x1b" not in n and "\x07" not in n for n in notes)
        assert any("␛]0;PWNED␇" in n for n in notes)
        kept = list(app._notifications)  # (by identity: earlier notices may time out meanwhile)
        report(app, RuntimeError("boom \x1b]52;c;UFdORUQ=\x07 \x9b2J"))
        await pilot.pause()
        notes = [n.message for n in list(app._notifications) if not any(n is k for k in kept)]
        assert notes and "\x1b" not in notes[-1] and "\x9b" not in notes[-1]
    files = [getattr(h, "baseFilename", None) for h in log.handlers]
    for handler in log.handlers:
        handler.flush()
    (where,) = [f for f in files if f] or [log_path()]  # set up once, by the first error
    text = Path(where).read_text("utf-8")
    assert "boom" in text and "\x1b" not in text and "\x9b" not in text
@pytest.mark.logs_errors
def test_an_error_that_ends_the_app_leaves_one_line(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], _private_cache: Path
) -> None:
    from tui.widgets.title_bar import TitleBar

    def broken(self: TitleBar) -> None:
        raise RuntimeError("the header cannot be built")

    monkeypatch.setattr(TitleBar, "compose", broken)
    app = explorer()
    app.run(headless=True, size=(80, 24))
    assert app.return_code == 1
    err = capfd.readouterr().err
    assert "article-explorer: unexpected error (RuntimeError); details in" in err
    assert "Traceback" not in err and "the header cannot be built" not in err
    assert "the header cannot be built" in (_private_cache / "article-explorer.log").read_text(
        "utf-8"
    )
