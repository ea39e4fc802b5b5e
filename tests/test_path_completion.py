"""Tab completion of paths in the open dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.path_completion import complete, real_path


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "新聞一.txt").write_text("x", "utf-8")
    (tmp_path / "articles" / "新聞二.txt").write_text("x", "utf-8")
    (tmp_path / "articles" / ".hidden.txt").write_text("x", "utf-8")
    (tmp_path / "alone.txt").write_text("x", "utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def test_one_match_is_completed_whole(tree: Path) -> None:
    assert complete("al") == ("alone.txt", ["alone.txt"])
    assert complete("art") == ("articles/", ["articles/"])
    assert complete(str(tree / "al")) == (str(tree / "alone.txt"), ["alone.txt"])


def test_several_matches_extend_to_their_common_beginning(tree: Path) -> None:
    assert complete("articles/") == ("articles/新聞", ["新聞一.txt", "新聞二.txt"])
    assert complete("articles/新聞二") == ("articles/新聞二.txt", ["新聞二.txt"])
    assert complete("articles/.") == ("articles/.hidden.txt", [".hidden.txt"])


def test_home_is_kept_as_typed(tree: Path) -> None:
    assert complete("~/al") == ("~/alone.txt", ["alone.txt"])
    assert complete("~") == ("~/a", ["alone.txt", "articles/"])
    assert complete("~nobody") == ("~nobody", [])


def test_nothing_to_offer(tree: Path) -> None:
    assert complete("zzz") == ("zzz", [])
    assert complete("alone.txt/x") == ("alone.txt/x", [])
    assert complete("missing/dir/x") == ("missing/dir/x", [])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder(tree: Path) -> None:
    locked = tree / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert complete("locked/") == ("locked/", [])
    finally:
        locked.chmod(0o700)


def test_a_control_character_in_a_name_is_offered_shown_and_found_again(tree: Path) -> None:
    """A name holding ESC is offered as shown (``␛``), never raw and never with the escape
    sequence dropped (``escname.txt`` names no file); the shown path opens the real file."""
    real = "esc\x1b[31mname.txt"
    (tree / real).write_text("x", "utf-8")
    (tree / "esc.txt").write_text("x", "utf-8")
    (tree / "d\x07ir").mkdir()
    (tree / "d\x07ir" / "in.txt").write_text("x", "utf-8")
    assert complete("esc") == ("esc", ["esc.txt", "esc␛[31mname.txt"])
    assert complete("esc␛") == ("esc␛[31mname.txt", ["esc␛[31mname.txt"])
    assert complete(str(tree / "d")) == (f"{tree}/d␇ir/", ["d␇ir/"])
    assert complete(f"{tree}/d␇ir/") == (f"{tree}/d␇ir/in.txt", ["in.txt"])
    assert real_path("esc␛[31mname.txt") == real
    assert real_path(str(tree / "d␇ir" / "in.txt")) == str(tree / "d\x07ir" / "in.txt")
    assert real_path("~/d␇ir/in.txt") == "~/d\x07ir/in.txt"
    assert real_path("esc.txt") == "esc.txt"  # as written when it exists
    assert real_path("missing/esc␛") == "missing/esc␛"  # or when nothing is shown so
