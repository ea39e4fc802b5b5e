"""A real install: build the wheel, install it into a fresh virtual environment, run it.

``pip install .`` / ``pipx install .`` (not editable) must carry everything the
program needs, the bundled article included, since no source tree is next to it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import BUNDLED, ROOT

PACKAGED = ROOT / "tui" / "assets" / BUNDLED.name


def test_the_packaged_article_is_the_bundled_one() -> None:
    """``tui/assets/`` ships in the wheel; ``assets/`` is what the README names. Same bytes."""
    assert PACKAGED.read_bytes() == BUNDLED.read_bytes()
    from tui.model.load import BUNDLED as opened_without_a_file

    assert opened_without_a_file == PACKAGED.resolve()


@pytest.mark.install
def test_wheel_installs_into_a_fresh_environment_and_runs(tmp_path: Path) -> None:
    started = time.monotonic()
    source = tmp_path / "src"  # build from a copy: nothing is written into the work tree
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "tui", source / "tui", ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path / "dist"
    quiet = ["--quiet", "--disable-pip-version-check"]
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", *quiet, "--no-deps", "-w", str(dist), str(source)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = dist.glob("article_explorer-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", *quiet, str(wheel)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    elsewhere = tmp_path / "elsewhere"  # not the source tree: only the installed files count
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["ARTICLE_EXPLORER_CACHE"] = str(tmp_path / "cache")
    out = subprocess.run(
        [str(venv / "bin" / "article-explorer"), "--summary"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode("utf-8")
    assert text.startswith(BUNDLED.name) and "@ruanyf" in text and "keywords: DeepSeek" in text
    print(f"build + fresh install + run: {time.monotonic() - started:.1f} s")
