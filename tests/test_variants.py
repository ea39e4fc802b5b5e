"""Traditional variants (standard, 臺灣正體, 香港繁體) and the mainland particle 着, in the model."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_cli import run
from tui.model.article import Dual
from tui.model.build import build_article
from tui.model.export import to_json
from tui.model.scripts import (
    Script,
    Variant,
    conversion,
    convert,
    convert_with,
    default_variant,
    mainland_particle,
)

# Written for these tests: the shapes that differ between the Traditional forms.
SIMPLIFIED = (
    "为什么这个说法在圈子里面流传着？科技博主@数字生命卡兹克 说，大家一边吃饭一边讨论。\n"
    "这意味着开源模型有着著名的优势，显著地降低了成本。"
)


@pytest.mark.parametrize(
    ("variant", "wanted", "unwanted"),
    [
        (Variant.TW, ["為什麼", "裡面", "流傳著", "吃飯", "意味著"], ["爲", "裏", "着", "喫"]),
        (Variant.HK, ["為什麼", "裏面", "流傳着", "吃飯"], ["爲", "喫", "裡"]),
        (Variant.STANDARD, ["爲什麼", "裏面", "流傳着", "喫飯"], ["為", "裡"]),
    ],
)
def test_simplified_text_in_each_traditional_form(
    variant: Variant, wanted: list[str], unwanted: list[str]
) -> None:
    article = build_article(SIMPLIFIED)
    assert article.script is Script.SIMPLIFIED
    text = "\n".join(p.text(Script.TRADITIONAL, variant) for p in article.paragraphs)
    assert len(text) == len(SIMPLIFIED)
    for word in wanted:
        assert word in text, (variant, word)
    for char in unwanted:
        assert char not in text, (variant, char)


def test_converted_text_defaults_to_taiwan_forms_and_written_text_is_left_alone() -> None:
    assert default_variant(Script.SIMPLIFIED) is Variant.TW
    assert Dual.of("为什么在里面", Script.SIMPLIFIED).traditional == "為什麼在裡面"
    # Traditional text as written costs no conversion and keeps the author's forms.
    assert conversion(Script.TRADITIONAL, Script.TRADITIONAL) is None
    written = Dual.of("爲什麼在裏面", Script.TRADITIONAL)
    assert written.traditional == "爲什麼在裏面"
    assert written(Script.TRADITIONAL, Variant.TW) == "為什麼在裡面"
    assert written(Script.TRADITIONAL, Variant.HK) == "為什麼在裏面"


def test_forms_are_remembered_per_variant_and_slices_keep_them() -> None:
    d = Dual.of("为什么在里面流传着", Script.SIMPLIFIED)
    tw, hk = d(Script.TRADITIONAL, Variant.TW), d(Script.TRADITIONAL, Variant.HK)
    assert tw != hk
    assert d(Script.TRADITIONAL, Variant.TW) is tw  # not converted again
    part = d.slice(3, 6)
    assert part(Script.TRADITIONAL, Variant.TW) == tw[3:6] == "在裡面"
    assert part(Script.TRADITIONAL, Variant.HK) == hk[3:6] == "在裏面"


def test_labels_are_the_same_in_every_form() -> None:
    label = Dual("2024 年底", Script.SIMPLIFIED, "2024 年底")
    for variant in Variant:
        assert label(Script.TRADITIONAL, variant) == "2024 年底"


@pytest.mark.parametrize(
    ("taiwan", "mainland"),
    [
        ("這意味著", "这意味着"),
        ("有著較高的", "有着较高的"),
        ("手握著", "手握着"),
        ("穿著衣服", "穿着衣服"),
        ("著陸", "着陆"),
        ("他很著急", "他很着急"),
        ("著名的著作", "著名的著作"),
        ("有著名的", "有著名的"),
        ("顯著地降低", "显著地降低"),
        ("一部名著", "一部名著"),
        ("莫名著急", "莫名着急"),
        ("土著居民", "土著居民"),
    ],
)
def test_simplified_view_writes_the_mainland_particle(taiwan: str, mainland: str) -> None:
    assert convert(taiwan, Script.SIMPLIFIED) == mainland


def test_particle_rule_keeps_length_and_touches_only_zhu() -> None:
    text = "著著著名著"
    out = mainland_particle(text)
    assert len(out) == len(text)
    assert set(out) <= {"著", "着", "名"}


def test_bundled_article_in_simplified_uses_mainland_forms(bundled_article) -> None:
    text = "\n".join(p.text.simplified for p in bundled_article.paragraphs)
    assert "意味着" in text and "有着" in text
    assert "意味著" not in text and "有著" not in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=40))
def test_every_configuration_keeps_length(text: str) -> None:
    for config in ("t2s", "s2t", "s2tw", "s2hk", "t2tw", "t2hk"):
        assert len(convert_with(config, text)) == len(text)


def test_json_variant_keeps_spans() -> None:
    article = build_article(SIMPLIFIED)
    model = to_json(article, Script.TRADITIONAL, Variant.TW)
    assert model["variant"] == "tw"
    for b in model["bloggers"]:
        for m in b["mentions"]:
            s, e = m["span"]
            assert model["paragraphs"][m["paragraph"]]["text"][s:e] == "@" + b["handle"]
    assert to_json(article)["variant"] is None  # Simplified on screen: no Traditional form


@pytest.mark.parametrize(("variant", "form"), [("tw", "裡面"), ("hk", "裏面"), ("standard", "裏面")])
def test_cli_variant(variant: str, form: str) -> None:
    from tests.apps import warm_word_cache
    from tests.test_cli import shared_cache_env
    from tui.model.load import read_source

    stdin = SIMPLIFIED.encode()
    warm_word_cache(read_source("-", stdin=stdin), shared_cache_env()["ARTICLE_EXPLORER_CACHE"])
    out = run("--json", "--script", "traditional", "--variant", variant, "-", stdin=stdin)
    assert out.returncode == 0, out.stderr
    model = json.loads(out.stdout)
    assert model["variant"] == variant
    assert form in model["paragraphs"][0]["text"]
    bad = run("--json", "--variant", "mo", "-", stdin=SIMPLIFIED.encode())
    assert bad.returncode == 2 and len(bad.stderr.decode().strip().splitlines()) == 1
    help_text = run("--help").stdout.decode()
    assert "--variant" in help_text and "--lang" in help_text


# ---- in the app --------------------------------------------------------------------------


def _app(text: str = SIMPLIFIED, **options):
    """The app on ``text``, with words segmented once per session (not in a child per app)."""
    from tests.apps import app_for

    return app_for(build_article(text), **options)


def _screen_text(app) -> str:
    from tui.widgets.article_view import ArticleView

    view = app.query_one(ArticleView)
    return "".join(view.render_line(y).text for y in range(view.size.height))


def _badge(app) -> str:
    return str(app.query_one("#script-badge").render()).strip()


async def test_taiwan_forms_on_screen_after_t_and_the_header_says_so() -> None:
    from tests.apps import settle

    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "为什么" in _screen_text(app) and _badge(app) == "简"
        await pilot.press("t")
        await settle(pilot)
        shown = _screen_text(app)
        assert "為什麼" in shown and "裡面" in shown and "吃飯" in shown and "流傳著" in shown
        assert "爲" not in shown and "裏" not in shown and "喫" not in shown
        assert _badge(app) == "繁·臺"
        assert "@數字生命卡茲克" in app.query_one("#bloggers").row_text(0)


async def test_palette_chooses_hong_kong_forms_in_every_pane() -> None:
    from tests.apps import palette_hits, settle

    app = _app(script=Script.TRADITIONAL)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        for ch in "香港繁體":
            await pilot.press(ch)
        await palette_hits(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.variant is Variant.HK
        shown = _screen_text(app)
        assert "裏面" in shown and "流傳着" in shown and "為什麼" in shown
        assert _badge(app) == "繁·港"
        position = app.query_one("ArticleView").position
        await pilot.press("t", "t")  # the choice holds across toggles, and the place too
        await settle(pilot)
        assert "裏面" in _screen_text(app)
        assert app.query_one("ArticleView").position == position


async def test_choosing_a_traditional_form_in_the_simplified_view_shows_it() -> None:
    """From the Simplified view the choice changed nothing on screen (only a notification)."""
    from tests.apps import settle

    app = _app(script=Script.SIMPLIFIED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.run_action("choose_variant('hk')")
        await settle(pilot)
        assert app.script is Script.TRADITIONAL and app.variant is Variant.HK
        assert _badge(app) == "繁·港" and "裏面" in _screen_text(app)


async def test_cli_variant_reaches_the_app() -> None:
    from tests.apps import settle

    app = _app(script=Script.TRADITIONAL, variant=Variant.STANDARD)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "爲什麼" in _screen_text(app) and _badge(app) == "繁"


async def test_a_form_is_converted_only_for_what_is_drawn() -> None:
    """First paint converts nothing; choosing a form converts the paragraphs on screen only."""
    from tests.apps import app_for, session_words, settle
    from tests.conftest import BUNDLED
    from tui.model.load import load_article

    # The words are segmented on the Simplified form, which converts every paragraph of the
    # article they are computed for: do that on another copy first (as the word cache does
    # for a reader), so that this copy shows only what drawing converts.
    session_words(load_article(BUNDLED))
    app = app_for(load_article(BUNDLED))  # its own copy (not the tests' shared one), as written
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        paragraphs = app.article.paragraphs
        assert all(p.text._forms is None for p in paragraphs)
        await app.run_action("choose_variant('hk')")
        await pilot.press("t", "t")  # Simplified and back, in 香港繁體
        await settle(pilot)
        first, _ = app.on_screen
        converted = [i for i, p in enumerate(paragraphs) if p.text._forms]
        assert converted and len(converted) < len(paragraphs) / 2
        assert first in converted and "t2hk" in paragraphs[first].text._forms
