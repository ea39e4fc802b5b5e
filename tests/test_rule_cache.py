"""Compiled rules kept between runs behave exactly as ``re.compile`` would, or are not used."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.model import rule_cache
from tui.model.scripts import either_script

ROOT = Path(__file__).resolve().parent.parent
#: Pages of other shapes than the bundled article's (a forum thread, a notice, a Weibo repost
#: chain, Hong Kong news), each in its own script.
SHAPES = sorted((ROOT / "tests" / "corpus").glob("0[4-7]-*.txt"))

PATTERNS = [
    (r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月", 0),
    (r"^(?:标签|关键词|tags?)\s*[:：]\s*(.*)$", re.IGNORECASE),
    (r"(?<![0-9一二三])(?P<d>[0-9一二三四五六七八九十]{1,3})[日号](?![内后])", 0),
    (r"[\u4e00-\u9fff]{2,4}(?:记者|通讯员)\s*[^\s，。]{2,4}$", 0),
    (r"(?:春节|过年)(?:期间|假期)?", 0),
]
TEXTS = [
    "2024年3月8日就是…",
    "Tags: 科技、人工智能",
    "到了14日，截至9日中午，三日内",
    "本報記者王小明",
    "春節假期过年期间",
    "",
]


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As if this were a new process: nothing loaded, nothing compiled yet."""
    monkeypatch.setattr(rule_cache, "_known", None)
    monkeypatch.setattr(rule_cache, "_used", set())
    monkeypatch.setattr(rule_cache, "_fresh", {})
    yield


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groupdict() for m in a.finditer(text)] == [m.groupdict() for m in b.finditer(text)]


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rule_cache, "_known", None)
    monkeypatch.setattr(rule_cache, "_used", set())
    monkeypatch.setattr(rule_cache, "_fresh", {})


def test_a_fresh_compile_is_re_compile(fresh_process: None) -> None:
    for pattern, flags in PATTERNS:
        _same(rule_cache.compile(pattern, flags), re.compile(pattern, flags))


def test_kept_rules_come_back_without_compiling(
    fresh_process: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for pattern, flags in PATTERNS:
        rule_cache.compile(pattern, flags)
    rule_cache.save()
    assert rule_cache._file().exists()
    _new_process(monkeypatch)
    for pattern, flags in PATTERNS:
        _same(rule_cache.compile(pattern, flags), re.compile(pattern, flags))
    assert not rule_cache._fresh  # every one came from the file: nothing compiled afresh
    assert len(rule_cache._used) == len(PATTERNS)


def test_nothing_new_writes_nothing(fresh_process: None) -> None:
    rule_cache.save()
    assert not rule_cache._file().exists()


def test_a_prepared_rule_is_kept_under_the_rule_as_written(
    fresh_process: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = r"(?P<f>春节|元宵)(?:期间|前后)"
    first = rule_cache.compile(source, prepare=either_script)
    _same(first, re.compile(either_script(source)))
    assert first.search("春節期間，元宵前後") is not None  # Traditional text, Simplified rule
    rule_cache.save()
    _new_process(monkeypatch)
    calls: list[str] = []

    def counting(pattern: str) -> str:
        calls.append(pattern)
        return either_script(pattern)

    counting.__qualname__ = either_script.__qualname__  # the same rewriting, as a new process has it
    counting.__module__ = either_script.__module__
    _same(rule_cache.compile(source, prepare=counting), first)
    assert calls == []  # a hit skips the rewriting


def test_a_damaged_file_means_compiling_as_usual(fresh_process: None) -> None:
    target = rule_cache._file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"\x00not marshal data at all")
    for pattern, flags in PATTERNS:
        _same(rule_cache.compile(pattern, flags), re.compile(pattern, flags))


def test_a_tampered_entry_is_compiled_afresh(
    fresh_process: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern, flags = PATTERNS[0]
    rule_cache.compile(pattern, flags)
    rule_cache.save()
    _new_process(monkeypatch)
    kept = rule_cache._load()
    key = (pattern, int(flags), "")
    text, flag_bits, code, groups, index, names = kept[key]
    kept[key] = (text, flag_bits, [255] * len(code), groups, index, names)  # code the engine refuses
    _same(rule_cache.compile(pattern, flags), re.compile(pattern, flags))
    assert key in rule_cache._fresh  # compiled afresh, and the next save mends the file


def test_a_bad_rule_is_still_an_error(fresh_process: None) -> None:
    with pytest.raises(re.error):
        rule_cache.compile(r"(?P<y>\d+")


def _model_json(cache: Path, seed: str) -> str:
    code = (
        "import json; from tui.model.load import read_source, BUNDLED; "
        "from tui.model.export import to_json; "
        "print(json.dumps(to_json(read_source(str(BUNDLED)).build(), None, None))); "
        # pages of other shapes, so that more of the rules are compiled and kept
        f"[read_source(p).build() for p in {[str(p) for p in SHAPES]!r}]"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"ARTICLE_EXPLORER_CACHE": str(cache), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def test_the_model_from_kept_rules_is_the_model(tmp_path: Path) -> None:
    first = _model_json(tmp_path, seed="1")  # compiles every rule and keeps them
    [kept] = tmp_path.glob("rules-*.marshal")
    after_first = kept.read_bytes()
    second = _model_json(tmp_path, seed="2")  # every rule from the file
    assert json.loads(first) == json.loads(second)
    assert json.loads(first)["bloggers"]
    # nothing was new the second time (another hash seed: no rule's text depends on a set's
    # order), so nothing was written and the file does not grow from run to run
    assert kept.read_bytes() == after_first


def test_a_save_keeps_what_another_process_kept_meanwhile(
    fresh_process: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The forked child keeps the first model's rules while the app's process runs: the app's
    own save at exit must not drop them."""
    rule_cache._load()  # this process read the (empty) file first
    other, flags = PATTERNS[0]
    rule_cache.compile(other, flags)
    rule_cache.save()  # "another process" keeps a rule
    monkeypatch.setattr(rule_cache, "_known", {})  # as this process saw the file before
    mine, flags = PATTERNS[1]
    rule_cache.compile(mine, flags)
    rule_cache.save()
    _new_process(monkeypatch)
    assert {key[0] for key in rule_cache._load()} == {other, mine}


def test_an_upgrade_drops_the_rules_no_longer_in_use(
    fresh_process: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept for another edition of the rules: what the new one uses stays, the rest goes
    (the file would otherwise grow with every edit of a rule, and each start reads it all)."""
    import marshal

    for pattern, flags in PATTERNS[:2]:
        rule_cache.compile(pattern, flags)
    with pytest.MonkeyPatch.context() as older:
        older.setattr(rule_cache, "rules_edition", lambda: "an older edition")
        rule_cache.save()
    _new_process(monkeypatch)  # a process of the edition installed now
    still, flags = PATTERNS[1]
    rule_cache.compile(still, flags)  # from the file
    new, flags = PATTERNS[2]
    rule_cache.compile(new, flags)  # a rule of the new edition
    rule_cache.save()
    written = marshal.loads(rule_cache._file().read_bytes())
    assert written["edition"] == rule_cache.rules_edition()
    assert {key[0] for key in written["entries"]} == {still, new}
    # the same edition again: a third process's save keeps what the second kept
    _new_process(monkeypatch)
    third, flags = PATTERNS[3]
    rule_cache.compile(third, flags)
    rule_cache.save()
    assert {key[0] for key in rule_cache._read()[1]} == {still, new, third}


def test_a_file_in_the_older_layout_is_written_afresh(fresh_process: None) -> None:
    import marshal

    pattern, flags = PATTERNS[0]
    target = rule_cache._file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(marshal.dumps({(pattern, int(flags), ""): ("x", 0, [1], 0, {}, ())}))
    _same(rule_cache.compile(pattern, flags), re.compile(pattern, flags))
    assert rule_cache._fresh  # nothing taken from it
    rule_cache.save()
    assert set(marshal.loads(target.read_bytes())) == {"edition", "entries"}
