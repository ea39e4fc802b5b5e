"""Why a file cannot be opened is said in the interface language (issue 12), in the app and
with ``--lang`` on the command line; the English message stays for the command line."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys

import pytest
from textual.widgets import Input

from tests.apps import explorer, settle
from tui.model.decode import read_decoded
from tui.model.errors import ArticleError
from tui.strings import TEXTS, Lang, refusal

CODES = sorted(key.removeprefix("refused.") for key in TEXTS if key.startswith("refused."))


def refused(path: str, encoding: str | None = None) -> ArticleError:
    with pytest.raises(ArticleError) as caught:
        read_decoded(path, encoding)
    return caught.value


@pytest.fixture
def bad_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n ", "utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(128, 256)) * 50)
    text = tmp_path / "text.txt"
    text.write_text("春節期間。", "utf-8")
    return {
        "no_file": (str(tmp_path / "nope.txt"), None),
        "directory": (str(tmp_path), None),
        "not_regular": ("/dev/null", None),
        "empty": (str(empty), None),
        "blank": (str(blank), None),
        "binary": (str(binary), None),
        "not_text": (str(noise), None),
        "unknown_encoding": (str(text), "no-such-codec"),
        "not_text_encoding": (str(text), "rot13"),
    }


def test_every_refusal_has_a_code_and_keeps_its_path(bad_files) -> None:
    for code, (path, encoding) in bad_files.items():
        error = refused(path, encoding)
        assert error.code == code, (path, str(error))
        assert error.params.get("path") == path
        assert str(error).startswith(f"{path}: ")  # the command line's English message


@pytest.mark.parametrize("lang", [Lang.ZH_HANT, Lang.ZH_HANS])
def test_a_chinese_interface_says_each_refusal_in_chinese(bad_files, lang) -> None:
    for code, (path, encoding) in bad_files.items():
        error = refused(path, encoding)
        said = refusal(error.code, error.params, lang)
        reason = said.removeprefix(path + "：")
        assert reason != said, said  # the path, then a Chinese colon
        for value in error.params.values():  # what the user typed stays as typed
            reason = reason.replace(value, "")
        words = re.findall(r"[A-Za-z]{3,}", reason)
        assert set(words) <= {"NUL", "FIFO", "UTF", "utf", "Big", "big", "MiB", "socket"}, (code, said)
        assert re.search(r"[\u4e00-\u9fff]", reason), (code, said)


def test_the_traditional_words_are_taiwan_usage_and_the_simplified_are_simplified() -> None:
    for code in CODES:
        hans, hant, _ = TEXTS[f"refused.{code}"]
        assert not set(hant) & set("档资讯络态"), hant
        assert not set(hans) & set("檔資訊絡態為這無讀"), hans


def test_every_template_fills_without_error() -> None:
    params = {"path": "a.txt", "encoding": "x", "reason": "r", "count": "1", "kind": "fifo",
              "size": "1", "limit": "1"}
    for code in [*CODES, "never-heard-of"]:
        for lang in Lang:
            said = refusal(code, params, lang)
            assert "{" not in said and said


def test_a_refusal_crosses_a_process_whole() -> None:
    error = ArticleError("a: no such file", "no_file", path="a")
    back = pickle.loads(pickle.dumps(error))
    assert (str(back), back.code, back.params) == ("a: no such file", "no_file", {"path": "a"})


def test_the_command_line_speaks_the_language_asked_for(tmp_path) -> None:
    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "tui", "--summary", *args],
            capture_output=True, text=True, timeout=60,
        )
        assert done.returncode == 2
        return done.stderr.strip()

    assert run(str(tmp_path)).endswith("is a directory, not a file")
    assert run("--lang", "zh-Hant", str(tmp_path)).endswith("：這是資料夾，不是檔案")
    assert run("--lang", "zh-Hans", str(tmp_path)).endswith("：这是文件夹，不是文件")


async def test_the_open_dialog_reports_a_directory_in_the_interface_language(tmp_path) -> None:
    app = explorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one(Input).value = str(tmp_path)
        await pilot.press("enter")
        await settle(pilot)
        messages = [n.message for n in app._notifications if n.severity == "error"]
        assert messages and all("這是資料夾，不是檔案" in m for m in messages), messages
        assert not any("directory" in m for m in messages)
