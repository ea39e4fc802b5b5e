"""Keys in one place: help, palette, footer and README come from tui/keymap.py; users remap them."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey

from tests.apps import explorer, settle
from tests.conftest import ROOT
from tui.commands import ACTIONS, entries_for
from tui.keymap import (
    BINDINGS,
    HELP_ROWS,
    _clashes,
    display,
    help_rows,
    key_name,
    keyed,
    keys_said,
    keys_text,
    load_keymap,
    readme_table,
    with_followers,
)
from tui.model.scripts import Script
from tui.strings import Lang
from tui.widgets.timeline_axis_view import TimelineAxis
from tui.widgets.timeline_list import TimelineList


def test_readme_key_table_is_the_generated_one() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert readme_table() in readme, "regenerate README's key table with keymap.readme_table()"


def test_every_reading_key_is_explained_and_every_row_names_real_bindings() -> None:
    explained = {i for ids, _, _ in HELP_ROWS for i in ids}
    assert explained <= BINDINGS.keys()
    for binding_id in BINDINGS:
        if binding_id.split(".")[0] in {"app", "article", "list", "timeline", "axis"}:
            assert binding_id in explained, binding_id
    assert {binding for binding, _ in ACTIONS} <= BINDINGS.keys()


def test_key_text() -> None:
    assert display("question_mark") == "?" and display("?") == "?"
    assert display("space") == "space" and display("escape") == "escape"
    assert display("ctrl+q") == "ctrl+q" and display("down") == "↓"
    rows = dict(help_rows({}, Lang.ZH_HANS))
    assert "j / k / ↓ / ↑" in rows and "q / ctrl+q" in rows and "?" in rows and "z" in rows
    assert rows["?"] == "打开 / 关闭本说明"
    assert dict(help_rows({}, Lang.EN))["?"] == "Help: show / hide these keys"  # found by "help"
    assert keys_text(["app.toggle_script"], {"app.toggle_script": "s,f5"}) == "s / f5"
    assert keys_said(["help.close"], {}, Lang.ZH_HANT) == "Esc、q 或 ?"
    assert keys_said(["help.close"], {}, Lang.EN) == "Esc, q or ?"


def test_reading_the_user_keymap(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    assert load_keymap(path) == ({}, [])
    path.write_text(
        '[keymap]\n"app.toggle_script" = " s , f5 "\n"app.nope" = "x"\n"app.help" = 3\n'
    )
    keymap, problems = load_keymap(path)
    assert keymap == {"app.toggle_script": "s,f5"}
    assert len(problems) == 2 and "app.nope" in problems[0] and "app.help" in problems[1]
    path.write_text("[keymap\n")
    keymap, problems = load_keymap(path)
    assert keymap == {} and len(problems) == 1
    path.write_bytes(b"\xff\xfe")
    assert load_keymap(path)[1]


async def test_a_remapped_key_works_and_is_shown_everywhere(_private_config: Path) -> None:
    config = _private_config / "article-explorer" / "config.toml"
    config.parent.mkdir(parents=True)
    # (not h: the time axis steps earlier by h, so help on h would not work there)
    config.write_text('[keymap]\n"app.toggle_script" = "s"\n"app.help" = "f1"\n', "utf-8")
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        assert app.script is Script.TRADITIONAL  # t no longer switches
        await pilot.press("s")
        assert app.script is Script.SIMPLIFIED
        footer = {key.key_display for key in app.query(FooterKey)}
        assert "s" in footer and "t" not in footer
        titles = {e.action: e.title for e in entries_for(app)}
        assert titles["toggle_script"].endswith("(s)") and titles["help"].endswith("(f1)")
        await pilot.press("f1")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"
        keys = [k for k, _ in app.screen.rows()]
        assert "s" in keys and "f1" in keys and "t" not in keys
        await pilot.press("s")  # the help switches by the remapped key too
        assert app.script is Script.TRADITIONAL and type(app.screen).__name__ == "HelpScreen"


async def test_a_bad_config_is_a_notification(_private_config: Path) -> None:
    config = _private_config / "article-explorer" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[keymap]\n"app.unknown" = "x"\n', "utf-8")
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()  # not settle: a notification expires while words are segmented
        assert any("app.unknown" in n.message for n in app._notifications)
        # in the reader's language (the bundled article is Traditional: so is the interface)
        assert any("沒有這個按鍵 id" in n.message for n in app._notifications)
        await pilot.press("t")
        assert app.script is Script.SIMPLIFIED


def _config(root: Path, *lines: str) -> Path:
    config = root / "article-explorer" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[keymap]\n" + "\n".join(lines) + "\n", "utf-8")
    return config


def test_a_key_that_is_no_key_or_is_taken_is_refused(tmp_path: Path) -> None:
    assert next(_clashes({}), None) is None  # the defaults share keys only on purpose
    assert key_name("?") == "question_mark" and key_name("shift+ctrl+up") == "ctrl+shift+up"
    assert key_name("。") and key_name("f5") and key_name("full_stop") == "full_stop"
    for bad in ("ctrl+shift+banana", "banana", "Ctrl+q", "ctrl++", "ctrl+ctrl+a"):
        assert key_name(bad) is None, bad
    path = _config(
        tmp_path, '"app.toggle_script" = "q"', '"app.help" = "ctrl+shift+banana"', '"app.open" = "O"'
    )
    keymap, problems = load_keymap(path)
    assert keymap == {"app.open": "O"}
    assert [p.key for p in problems] == ["config.bad_key", "config.key_taken"]
    assert "app.quit" in problems[1] and problems[1].endswith("it keeps t")
    assert "不是按鍵名稱" in problems[0].text(Lang.ZH_HANT)
    # the whole keymap is applied first: two bindings may swap keys; of two that want one
    # key the later is refused; a pane's key may not hide the app's
    swap = _config(tmp_path, '"app.quit" = "t"', '"app.toggle_script" = "q"')
    assert load_keymap(swap) == ({"app.quit": "t", "app.toggle_script": "q"}, [])
    both = _config(tmp_path, '"app.quit" = "x"', '"app.help" = "x"', '"article.line_down" = "q"')
    keymap, problems = load_keymap(both)
    assert keymap == {"app.quit": "x", "article.line_down": "q"} and len(problems) == 1
    hidden = _config(tmp_path, '"article.line_down" = "q"')
    assert load_keymap(hidden)[1][0].params["other"] == "app.quit"
    # the help keeps t for the script where q closes it
    assert with_followers({"app.toggle_script": "q"}) == {"app.toggle_script": "q"}


async def test_a_refused_key_is_shown_nowhere(_private_config: Path) -> None:
    _config(_private_config, '"app.toggle_script" = "q"', '"app.help" = "ctrl+shift+banana"')
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert len(said) == 2 and "app.quit" in said[1] and "預設的 t" in said[1], said
        await settle(pilot)
        footer = {key.key_display for key in app.query(FooterKey)}
        assert {"t", "?", "q"} <= footer and not any("+" in k for k in footer), footer
        titles = {e.action: e.title for e in entries_for(app)}
        assert titles["toggle_script"].endswith("(t)") and titles["quit"].endswith("(q)")
        await pilot.press("question_mark")
        await settle(pilot)
        keys = [k for k, _ in app.screen.rows()]
        assert sum("q" in k.split(" / ") for k in keys) == 1, keys
        await pilot.press("q")  # closes the help, and quits
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and app.script is Script.TRADITIONAL


async def test_ctrl_c_names_the_quit_keys_bound_now(_private_config: Path) -> None:
    _config(_private_config, '"app.quit" = "x"')
    app = explorer()
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert any(n.message == "按 x 或 ctrl+q 離開" for n in app._notifications)


async def test_legends_name_the_keys_bound_now(_private_config: Path) -> None:
    _config(_private_config, '"app.timeline_mode" = "a"', '"timeline.axis" = "a"', '"axis.list" = "a"')
    app = explorer()
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        legend = str(app.query_one(TimelineList).border_subtitle)
        assert legend.endswith("¶段落 a 時間軸"), legend
        await pilot.press("2", "a")
        await settle(pilot)
        axis = app.query_one(TimelineAxis)
        last = "".join(s.text for s in axis.render_line(axis.content_region.height - 1))
        assert "←→移動 a清單" in last, last
        assert "v" not in keyed("legend.axis_pane", {"axis.list": "a"}, Lang.EN).split("move")[1]
        assert "h/→" in keyed("legend.axis_pane", {"axis.earlier": "h"}, Lang.EN)
        find = dict(help_rows({"find.close": "ctrl+g", "app.next_mention": "m"}, Lang.EN))
        assert find["/ · ctrl+f"].endswith("Enter / m / N step, ctrl+g ends")
