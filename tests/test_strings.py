"""The interface table: three languages, each in its own script and usage, for every key."""

from __future__ import annotations

import re

import pytest

from tui.keymap import HELP_ROWS, MOUSE_ROW
from tui.model.scripts import Script, Variant, convert
from tui.strings import TEXTS, Lang, script_badge, ui

CJK = re.compile(r"[\u3400-\u9fff]")

# Mainland words a Taiwan reader would not write in an interface (Taiwan word in brackets).
MAINLAND_WORDS = [
    "鼠標",  # 滑鼠
    "文本文件",  # 文字檔
    "文件",  # 檔案
    "信息",  # 資訊
    "搜索",  # 搜尋
    "屏幕",  # 螢幕
    "默認",  # 預設
    "設置",  # 設定
    "窗口",  # 視窗
    "光標",  # 游標
    "字節",  # 位元組
    "程序",  # 程式
    "菜單",  # 選單
    "鏈接",  # 連結
    "用戶",  # 使用者
    "打開",  # 開啟
    "退出",  # 離開
    "高亮",  # 醒目標示
    "點擊",  # 點選
    "視頻",  # 影片
]


def test_every_entry_has_three_forms() -> None:
    for key, forms in TEXTS.items():
        assert len(forms) == 3 and all(forms), key


def test_traditional_entries_use_taiwan_forms_and_words() -> None:
    for key, (_, hant, _) in TEXTS.items():
        assert convert(hant, Script.TRADITIONAL, Variant.TW) == hant, key
        for word in MAINLAND_WORDS:
            assert word not in hant, (key, word)


def test_simplified_entries_are_simplified() -> None:
    for key, (hans, _, _) in TEXTS.items():
        assert convert(hans, Script.SIMPLIFIED) == hans, key


def test_english_entries_have_no_chinese() -> None:
    for key, (_, _, en) in TEXTS.items():
        assert not CJK.search(en), key


def test_help_rows_name_entries() -> None:
    for _, what, _ in HELP_ROWS:
        assert what in TEXTS
    assert all(key in TEXTS for key in MOUSE_ROW)


def test_lang_follows_script_unless_chosen() -> None:
    assert Lang.of(Script.TRADITIONAL) is Lang.ZH_HANT
    assert Lang.of(Script.SIMPLIFIED) is Lang.ZH_HANS
    assert ui("timeline", Script.TRADITIONAL) == "時間線"
    assert ui("timeline", Lang.EN) == "Timeline"


@pytest.mark.parametrize(
    ("script", "variant", "lang", "badge"),
    [
        (Script.TRADITIONAL, Variant.TW, Lang.ZH_HANT, "繁·臺"),
        (Script.TRADITIONAL, Variant.HK, Lang.ZH_HANT, "繁·港"),
        (Script.TRADITIONAL, Variant.STANDARD, Lang.ZH_HANT, "繁"),
        (Script.SIMPLIFIED, Variant.TW, Lang.ZH_HANS, "简"),
        (Script.TRADITIONAL, Variant.TW, Lang.EN, "Trad·TW"),
    ],
)
def test_script_badge(script: Script, variant: Variant, lang: Lang, badge: str) -> None:
    assert script_badge(script, variant, lang) == badge
