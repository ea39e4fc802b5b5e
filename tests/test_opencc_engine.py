"""The fast conversion engine gives opencc-python-reimplemented's answers, character for character."""

from __future__ import annotations

import random
from pathlib import Path

import opencc
import pytest

from tui.model.opencc_engine import Engine
from tui.model.scripts import _converter, convert_with

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = ["t2s", "s2t", "s2tw", "s2hk", "t2tw", "t2hk", "tw2s", "hk2s"]


def _pair(config: str) -> tuple[opencc.OpenCC, Engine]:
    library = opencc.OpenCC(config)
    return library, Engine(library._dict_chain_data, library.split_chars_re)


def _lines() -> list[str]:
    """The bundled article and a spread of the corpus, both scripts."""
    files = [ROOT / "assets" / "deepseek-breakout.zh-Hant.txt"]
    files += sorted((ROOT / "tests" / "corpus").rglob("*.txt"))[::7]
    return [line for f in files for line in f.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("config", CONFIGS)
def test_the_same_as_the_library_on_real_text(config: str) -> None:
    library, engine = _pair(config)
    lines = _lines()
    assert len(lines) > 500
    for line in lines:
        assert engine.convert(line) == library.convert(line), line


@pytest.mark.parametrize("config", CONFIGS)
def test_the_same_as_the_library_on_keys_that_overlap(config: str) -> None:
    """Strings made of the dictionaries' own keys, cut and run together: the longest key
    must win, then the leftmost, and what is left goes to the next dictionary."""
    library, engine = _pair(config)
    keys = sorted({k for group in library._dict_chain_data for _, _, d in group for k in d})
    rng = random.Random(8)
    for _ in range(1500):
        text = "".join(rng.choice(keys)[rng.randint(0, 1) :] for _ in range(rng.randint(1, 10)))
        if rng.random() < 0.3:
            text = text.replace(text[:1], "，", 1)
        assert engine.convert(text) == library.convert(text), text


def test_several_values_take_the_first_and_separators_stay() -> None:
    library, engine = _pair("s2t")
    # 发 has several Traditional forms (發 髮); 头发 is a phrase that picks 髮
    for text in ("头发很长，发展很快。", "", "，。", "abc 123", "干干净净、干部、干涉"):
        assert engine.convert(text) == library.convert(text)
    assert engine.convert("头发很长，发展很快。") == "頭髮很長，發展很快。"


def test_the_app_uses_the_engine() -> None:
    assert isinstance(_converter("t2s"), Engine)
    assert convert_with("t2s", "著名的意味著") == "著名的意味着"
    assert convert_with("s2tw", "里面的着装") == "裡面的著裝"
