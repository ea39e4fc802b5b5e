"""Child processes load only the installed package, never code planted where the program runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED

PLANTED = """
from pathlib import Path
Path({marker!r}).write_text("planted code ran")
def main():
    Path({marker!r}).write_text("planted code ran")
"""


def plant(directory: Path, marker: Path) -> None:
    """A ``tui`` package whose word worker (and everything else) writes ``marker``."""
    for package in (directory / "tui", directory / "tui" / "model"):
        package.mkdir(parents=True)
        (package / "__init__.py").write_text(PLANTED.format(marker=str(marker)))
    (directory / "tui" / "model" / "word_worker.py").write_text(PLANTED.format(marker=str(marker)))
    (directory / "tui" / "__main__.py").write_text(PLANTED.format(marker=str(marker)))


def test_segmentation_children_ignore_a_planted_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.model.load import load_article
    from tui.model.word_processes import segment_in_children

    marker = tmp_path / "marker"
    plant(tmp_path / "cwd", marker)
    article = load_article(BUNDLED)
    monkeypatch.chdir(tmp_path / "cwd")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "cwd"))  # ignored by the isolated child too
    words = segment_in_children(article, 1)
    assert not marker.exists(), "code from the working directory ran"
    assert words is not None  # the real worker ran (no silent fallback)
    assert words.keywords and words.keywords[0][0] == "DeepSeek"


def test_the_console_script_on_a_book_ignores_a_planted_package(tmp_path: Path) -> None:
    """End to end: ``article-explorer --json BOOK`` (children) run from a hostile directory."""
    script = Path(sys.executable).parent / "article-explorer"
    if not script.exists():
        pytest.skip("the console script is not installed in this environment")
    marker = tmp_path / "marker"
    cwd = tmp_path / "cwd"
    plant(cwd, marker)
    book = tmp_path / "book.txt"
    paragraph = BUNDLED.read_text("utf-8").split("\n")[0]
    # a book by its length; mostly Latin lines, which segment quickly (the children are the point)
    latin = "The children segment this book in parallel, from a directory with planted code. "
    book.write_text("\n".join([paragraph] * 4 + [latin] * (210_000 // len(latin))), "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out = subprocess.run(
        [str(script), "--json", "--no-cache", str(book)],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr == b""  # jieba's start-up chatter is silenced, in the children too
    assert not marker.exists(), "code from the working directory ran"
    assert "DeepSeek" in json.loads(out.stdout)["keywords"]


def test_jieba_never_reads_a_dictionary_cache_planted_in_tmp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """jieba marshal-loads ``/tmp/jieba.cache``: one another user put there is never used."""
    import tempfile

    from tui.model.cache_files import cache_dir
    from tui.model.words import _private_dir

    shared = tmp_path / "tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    assert _private_dir() is None  # none there yet: jieba makes its own, as usual
    planted = shared / "jieba.cache"
    planted.write_bytes(b"\x00crafted")
    planted.chmod(0o644)
    assert _private_dir() is None  # ours, not writable by others: fine
    planted.chmod(0o666)
    assert _private_dir() == str(cache_dir())  # anyone could have written it
    planted.chmod(0o644)
    if os.getuid() == 0:
        os.chown(planted, 65534, 65534)  # another user's
        assert _private_dir() == str(cache_dir())
