"""Remembered places in the running app: restored on open, written on exit, the open dialog."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, OptionList, Static

from tests.apps import app_for, settle
from tests.conftest import BUNDLED
from tui.app import ArticleExplorer
from tui.model.load import Source, load_article, read_source
from tui.model.scripts import Script
from tui.remembered import FILE_NAME, Document, Place, Remembered, content_key, state_dir
from tui.widgets.article_view import ArticleView


def bundled_app(remembered: Remembered, script: Script | None = None) -> ArticleExplorer:
    document = Document(content_key(read_source(BUNDLED).text), str(BUNDLED))
    return app_for(load_article(BUNDLED), script=script, remembered=remembered, document=document)


async def open_in_dialog(pilot, path: Path) -> None:
    """``o``, the path typed into the dialog, ``enter``: the file opened and settled."""
    await pilot.press("o")
    await pilot.pause()
    pilot.app.screen.query_one(Input).value = str(path)
    await pilot.press("enter")
    await settle(pilot)


async def test_the_place_and_script_are_written_on_exit_and_restored() -> None:
    app = bundled_app(Remembered.load())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "space", "space", "t")
        await settle(pilot)
        left_at = app.query_one(ArticleView).position
        assert left_at[0] > 3
    saved = json.loads((state_dir() / FILE_NAME).read_text("utf-8"))
    [entry] = saved["files"].values()
    assert (entry["paragraph"], entry["offset"]) == left_at
    assert entry["script"] == "simplified" and entry["path"] == str(BUNDLED)

    again = bundled_app(Remembered.load())
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert again.script is Script.SIMPLIFIED
        assert again.query_one(ArticleView).position == left_at

    explicit = bundled_app(Remembered.load(), script=Script.TRADITIONAL)  # --script wins
    async with explicit.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert explicit.script is Script.TRADITIONAL
        assert explicit.query_one(ArticleView).position == left_at


async def test_a_place_past_the_end_is_clamped_and_bad_state_ignored() -> None:
    folder = state_dir()
    folder.mkdir(parents=True)
    (folder / FILE_NAME).write_text("{not json", "utf-8")
    remembered = Remembered.load()
    source = read_source(BUNDLED)
    remembered.remember(content_key(source.text), Place(10_000, 5, "nonsense"))
    app = bundled_app(remembered)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.script is Script.TRADITIONAL  # an unknown script is ignored
        last = len(app.article.paragraphs) - 1
        assert app.query_one(ArticleView).position[0] <= last
        assert app.is_running


async def test_no_state_reads_and_writes_nothing() -> None:
    folder = state_dir()
    app = bundled_app(Remembered.disabled())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space")
    assert not folder.exists()


def test_the_command_line_passes_no_state(monkeypatch) -> None:
    from tui import cli

    seen: list[Remembered] = []
    monkeypatch.setattr(cli, "_keys_from_terminal", lambda: True)  # no terminal under pytest
    monkeypatch.setattr(cli, "_run_app", lambda app: seen.append(app.remembered) or 0)
    assert cli.main(["--no-state", str(BUNDLED)]) == 0
    assert cli.main([str(BUNDLED)]) == 0
    assert [r.enabled for r in seen] == [False, True]


async def test_a_book_goes_to_a_place_beyond_its_first_part(bundled_text: str) -> None:
    body = "\n".join(bundled_text.splitlines()[:42])
    source = Source("\n".join([body] * 80), "book.txt", "utf-8", 0)
    head = source.build_head()
    target = len(head.paragraphs) * 3
    remembered = Remembered.load()
    key = content_key(source.text)
    remembered.remember(key, Place(target, 0, "traditional"))
    # Words from the session: the same book's as in test_robustness, segmented once.
    app = app_for(head, source=source, remembered=remembered, document=Document(key))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.article.complete
        assert app.query_one(ArticleView).position == (target, 0)


async def test_the_open_dialog_lists_recent_files_and_keeps_a_bad_path(tmp_path: Path) -> None:
    other = tmp_path / "另一篇.txt"
    other.write_text("第二篇文章的標題\n這是另一篇文章的正文，提到了科技博主@闌夕。\n", "utf-8")
    remembered = Remembered.load()
    remembered.remember(content_key("x"), Place(path=str(other)))
    app = bundled_app(remembered)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        recent = app.screen.query_one("#open-recent", OptionList)
        assert recent.option_count == 1 and str(recent.get_option_at_index(0).prompt) == str(other)
        field = app.screen.query_one(Input)
        field.value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert not app.screen.query("#open-recent")  # the dialog closed; a notification said why
        await pilot.press("o")
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert field.value == str(tmp_path / "missing.txt")  # offered again, to be corrected
        field.value = str(tmp_path / "另")
        await pilot.press("tab")  # completes, does not leave the field
        assert field.value == str(other) and app.screen.focused is field
        await pilot.press("down", "enter")  # or choose it from the recent list
        await settle(pilot)
        assert app.article.source == other.name
        await pilot.press("slash", *"闌夕", "enter")
        assert len(app.find.found) == 1
        await pilot.press("o", "escape")  # a dialog opened and closed: the find goes on
        assert app.find is not None
        await open_in_dialog(pilot, BUNDLED)
        assert app.article.source == BUNDLED.name
        assert app.find is None and not app.query_one("#find-bar").display
    saved = Remembered.load()
    assert saved.recent()[:2] == [str(BUNDLED), str(other)]


async def test_tab_lists_several_candidates(tmp_path: Path) -> None:
    for name in ("新聞一.txt", "新聞二.txt"):
        (tmp_path / name).write_text("x", "utf-8")
    app = bundled_app(Remembered.disabled())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        field = app.screen.query_one(Input)
        field.value = str(tmp_path) + "/新"
        await pilot.press("tab")
        await pilot.pause()
        assert field.value == str(tmp_path / "新聞")
        shown = str(app.screen.query_one("#open-candidates", Static).content)
        assert "新聞一.txt" in shown and "新聞二.txt" in shown


async def test_a_file_name_with_controls_is_shown_safely(tmp_path: Path) -> None:
    odd = tmp_path / "clear\x1b[2Jme.txt"
    odd.write_text("標題\n正文第一段，足夠長的一句話。\n", "utf-8")
    remembered = Remembered.load()
    remembered.remember(content_key("y"), Place(path=str(odd)))
    app = bundled_app(remembered)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        recent = app.screen.query_one("#open-recent", OptionList)
        shown = str(recent.get_option_at_index(0).prompt)
        assert "\x1b" not in shown and "clear" in shown and "me.txt" in shown


async def test_another_file_opens_as_written_not_in_the_last_ones_script(tmp_path: Path) -> None:
    """The script and form chosen for one file stay with it: ``o`` shows the next as written
    (or as the reader left that one), and coming back brings the first one's choice back."""
    from tui.model.scripts import Variant

    written = tmp_path / "臺灣.txt"
    written.write_text("臺灣的文章標題\n這篇文章寫在臺灣，裏面提到了科技博主@闌夕。\n", "utf-8")
    simplified = tmp_path / "简体.txt"
    simplified.write_text("简体的文章标题\n这篇文章用简体写成，里面提到了科技博主@阑夕。\n", "utf-8")
    app = bundled_app(Remembered.load())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await app.run_action("choose_variant('hk')")
        await settle(pilot)
        assert app.variant is Variant.HK
        for path, script in ((written, Script.TRADITIONAL), (simplified, Script.SIMPLIFIED)):
            await open_in_dialog(pilot, path)
            assert app.article.source == path.name
            assert app.script is script and app.variant is not Variant.HK, (path, app.variant)
        await open_in_dialog(pilot, written)
        assert "臺灣" in app.query_one(ArticleView).article.paragraphs[-1].text(app.script, app.variant)
        await open_in_dialog(pilot, BUNDLED)
        assert app.script is Script.TRADITIONAL and app.variant is Variant.HK
