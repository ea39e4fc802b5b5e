"""One interface language on screen: at start, after ``t``, with ``--lang en``, and in dialogs.

Article words (the text, handles, dates, keywords, sentences) are the article's; every
other visible string — footer, header status and script control, pane titles, help,
palette entries, Textual's own palette words, notifications — must be in one language.
"""

from __future__ import annotations

import re

import pytest
from textual.widgets._footer import FooterKey

from tests.apps import explorer, palette_hits, settle, wait_until
from tests.test_strings import MAINLAND_WORDS
from tui.commands import ACTIONS
from tui.keymap import keys_said
from tui.model.scripts import Script, Variant, convert
from tui.strings import Lang, ui
from tui.widgets.article_view import ArticleView

CJK = re.compile(r"[\u3400-\u9fff]")
NAMES = re.compile(r"\b(SVG|Esc|Enter|Tab|PgDn|PgUp|Home|End|ctrl)\b")  # names of keys and formats


def _prefix(text: str) -> str:
    """The interface part of a title like ``時間線 10`` or ``關鍵詞：DeepSeek · AI``."""
    return re.split(r"[：:]|\s\d", str(text), maxsplit=1)[0]


def interface_strings(app) -> list[str]:
    """Every interface string on the main screen (not the article's own words)."""
    screen = app.screen_stack[0]
    found = [key.description for key in screen.query(FooterKey)]
    bar = screen.query_one("#title-bar")
    found.append(str(bar.query_one("#status").render()).split(" 2")[0])  # not the date
    found.append(str(bar.query_one("#script-badge").render()).strip())
    for pane in (screen.query_one(ArticleView), *screen.query("RowList")):
        found.append(_prefix(pane.border_title))
        if pane.border_subtitle:
            found.append(_prefix(pane.border_subtitle))
    return [s for s in found if s]


def assert_one_language(strings: list[str], lang: Lang) -> None:
    text = NAMES.sub("", "\n".join(strings))
    if lang is Lang.EN:
        assert not CJK.search(text), text
    elif lang is Lang.ZH_HANT:
        assert convert(text, Script.TRADITIONAL, Variant.TW) == text, text
        for word in MAINLAND_WORDS:
            assert word not in text, word
        assert re.search("[A-Za-z]{3,}", text) is None, text  # no English word
    else:
        assert convert(text, Script.SIMPLIFIED) == text, text
        assert re.search("[A-Za-z]{3,}", text) is None, text


async def _help_strings(pilot) -> list[str]:
    await pilot.press("question_mark")
    await settle(pilot)
    screen = pilot.app.screen
    box = screen.query_one("#help-box")
    shown = screen.query_one("#help-table").content.plain
    flat = "".join(line.strip() for line in shown.split("\n")).replace(" ", "")
    rows = [what for _, what in screen.rows()]
    assert all(what.replace(" ", "") in flat for what in rows)  # each line drawn whole
    strings = [str(box.border_title), str(box.border_subtitle)]
    strings += rows
    await pilot.press("escape")
    await settle(pilot)
    return strings


async def _palette_strings(pilot) -> list[str]:
    from textual.command import CommandInput, CommandList

    await pilot.press("ctrl+p")
    await settle(pilot)
    palette = pilot.app.screen
    strings = [palette.query_one(CommandInput).placeholder]
    options = palette.query_one(CommandList)
    titles = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    # Action entries, and the words before an article's own (跳至事件 · 2024-12 …).
    strings += [t.split(" · ")[0].split(" (")[0] for t in titles]
    for ch in "qqqzzz":  # no such command: Textual's own "No matches found"
        await pilot.press(ch)
    # Textual says so after a countdown: wait for the one (disabled) line that says it.
    await wait_until(
        pilot, lambda: options.option_count == 1 and options.get_option_at_index(0).disabled
    )
    no_matches = options.get_option_at_index(0).prompt  # Align(Text(...))
    strings.append(getattr(getattr(no_matches, "renderable", no_matches), "plain", str(no_matches)))
    await pilot.press("escape")
    await settle(pilot)
    return strings


@pytest.mark.parametrize("chosen", [None, Lang.EN, Lang.ZH_HANS])
async def test_every_visible_string_is_in_one_language(
    chosen: Lang | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.command import CommandPalette

    # "No matches found" is read, not timed: no need to wait Textual's half second for it.
    monkeypatch.setattr(CommandPalette, "_NO_MATCHES_COUNTDOWN", 0.01)
    app = explorer()
    if chosen is not None:  # as --lang does
        app.lang_chosen = chosen
        app.set_reactive(type(app).lang, chosen)
    lang = chosen or Lang.ZH_HANT  # the bundled article is Traditional
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert_one_language(interface_strings(app), lang)
        assert_one_language(await _help_strings(pilot), lang)
        assert_one_language(await _palette_strings(pilot), lang)
        await pilot.press("t")
        await settle(pilot)
        after = chosen or Lang.ZH_HANS  # unless chosen, the language follows the script
        assert app.lang is after
        assert_one_language(interface_strings(app), after)
        assert_one_language(await _help_strings(pilot), after)


async def test_the_palette_switches_language_and_says_so() -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        for ch in "介面語言英文":  # the entry as shown: 介面語言：英文
            await pilot.press(ch)
        await palette_hits(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.lang is Lang.EN
        assert_one_language(interface_strings(app), Lang.EN)
        assert any("Interface language" in str(n.message) for n in app._notifications)
        await pilot.press("t")
        await settle(pilot)
        assert app.lang is Lang.EN  # a chosen language stays


def test_every_binding_has_words() -> None:
    from textual.binding import Binding

    from tui.app import ArticleExplorer
    from tui.help_screen import HelpScreen
    from tui.open_screen import OpenScreen
    from tui.strings import TEXTS
    from tui.widgets.article_view import ArticleView
    from tui.widgets.row_list import RowList

    for cls in (ArticleExplorer, ArticleView, RowList, HelpScreen, OpenScreen):
        for binding in cls.BINDINGS:
            assert isinstance(binding, Binding) and binding.id, (cls, binding)
            assert binding.id in TEXTS and f"{binding.id}.help" in TEXTS, binding.id
    for binding_id, _ in ACTIONS:
        assert f"{binding_id}.help" in TEXTS


@pytest.mark.parametrize(
    ("lang", "words"), [(Lang.EN, "No such file"), (Lang.ZH_HANS, "没有这个文件")]
)
async def test_errors_and_hints_speak_the_language(tmp_path, lang: Lang, words: str) -> None:
    from textual.widgets import Input

    app = explorer()
    app.lang_chosen = lang
    app.set_reactive(type(app).lang, lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        dialog = [str(app.screen.query_one("#open-box").border_title)]
        dialog.append(str(app.screen.query_one("#open-box Static").content))
        assert_one_language(dialog, lang)
        app.screen.query_one(Input).value = str(tmp_path / "nope.txt")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+c")
        await settle(pilot)
        shown = [
            (n.title, n.message.replace(str(tmp_path / "nope.txt"), "")) for n in app._notifications
        ]
        assert any(words in message for _, message in shown), shown
        quit_keys = keys_said(("app.quit", "app.quit_ctrl"), {}, lang)
        assert any(m == ui("quit_hint", lang).format(keys=quit_keys) for _, m in shown), shown
        assert_one_language([t for t, _ in shown] + [m for _, m in shown], lang)


async def test_the_palette_finds_an_entry_by_its_name_in_any_language_or_script() -> None:
    """An English reader typing 繁體中文 finds the way back to Chinese; a Chinese one typing
    "theme", or 主題 with the Simplified interface on, finds the theme."""
    from textual.command import CommandList

    for lang, query, wanted in (
        (Lang.EN, "繁體中文", "Interface language: Traditional Chinese"),
        (Lang.EN, "香港", "Traditional form: Hong Kong"),
        (None, "theme", "主題"),
        (Lang.ZH_HANS, "主題", "主题"),
    ):
        app = explorer()
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            if lang is not None:
                app.lang_chosen = app.lang = lang
            await pilot.press("ctrl+p")
            await settle(pilot)
            await pilot.press(*query)
            await palette_hits(pilot)
            hits = app.screen.query_one(CommandList)
            assert hits.option_count, (lang, query)
            first = str(hits.get_option_at_index(0).prompt)
            assert first.startswith(wanted), (lang, query, first)


def test_the_theme_entry_is_found_by_the_words_of_its_own_line(bundled_article) -> None:
    """Typing 變更 (from 變更配色主題, the line shown under 主題) found nothing: the words under
    an entry find it too, in the reader's language."""
    from tui.commands import palette_entries
    from tui.model.scripts import Script

    for lang in Lang:
        entries = palette_entries(bundled_article, Script.TRADITIONAL, lambda _b: "", lang=lang)
        [theme] = [e for e in entries if e.action == "change_theme"]
        assert theme.help and theme.help in theme.alias
