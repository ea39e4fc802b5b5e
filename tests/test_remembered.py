"""Remembered places: per content, atomic, bounded, and never broken by a bad file."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tui.remembered import FILE_NAME, MAX_FILES, Place, Remembered, content_key, state_dir


def test_the_tests_never_touch_the_real_state_dir(tmp_path_factory) -> None:
    assert str(state_dir()).startswith(str(tmp_path_factory.getbasetemp()))
    assert state_dir().name == "article-explorer"


def test_round_trip(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("x", "utf-8")
    folder = tmp_path / "state"
    r = Remembered.load(folder)
    key = content_key("正文")
    assert r.place(key) is None and r.recent() == []
    r.remember(key, Place(12, 34, "simplified", "tw", str(article)))
    assert r.save()
    again = Remembered.load(folder)
    place = again.place(key)
    assert place is not None and (place.paragraph, place.offset) == (12, 34)
    assert (place.script, place.variant, place.path) == ("simplified", "tw", str(article))
    assert place.seen > 0
    assert again.recent() == [str(article)]
    assert [p.name for p in folder.iterdir()] == [FILE_NAME]  # no temporary file left


def test_content_not_name_is_the_key() -> None:
    assert content_key("甲") == content_key("甲") != content_key("乙")


def test_bad_files_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    for junk in (b"{not json", b"\xff\xfe\x00", b"[]", b'{"version": 99, "files": {}}', b"null"):
        path.write_bytes(junk)
        r = Remembered.load(tmp_path)
        assert r.place("k") is None
        r.remember("k", Place(1, 2))
        assert r.save()  # a bad file is replaced, never a reason to fail
        assert Remembered.load(tmp_path).place("k") is not None
    good = {"paragraph": 1, "offset": 2, "script": "traditional", "seen": 5.0}
    files = {
        "good": good,
        "neg": {**good, "paragraph": -1},
        "text": {**good, "offset": "3"},
        "flag": {**good, "paragraph": True},
        "script": {**good, "script": 7},
        "list": [1, 2],
    }
    path.write_text(json.dumps({"version": 1, "files": files}), "utf-8")
    r = Remembered.load(tmp_path)
    assert r.place("good") == Place(1, 2, "traditional", seen=5.0)
    assert all(r.place(k) is None for k in files if k != "good")


def _returns(call, seconds: float = 5.0):
    """``call()``'s result, failing (not hanging) if it has not returned in ``seconds``."""
    import threading

    out: list = []
    worker = threading.Thread(target=lambda: out.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "it blocked"
    return out[0]


def test_a_state_file_that_is_a_fifo_or_a_device_is_ignored_not_waited_on(tmp_path: Path) -> None:
    """A FIFO in the state file's place blocked the start for ever (opening it waits for a
    writer); a link to /dev/zero read until memory ran out.  Both are ignored, and every
    file the program reads back (config, caches) is read the same way."""
    from tui.keymap import load_keymap
    from tui.model.cache_files import read_regular

    fifo = tmp_path / FILE_NAME
    os.mkfifo(fifo)
    assert _returns(lambda: Remembered.load(tmp_path)).place("k") is None
    fifo.unlink()
    fifo.symlink_to("/dev/zero")
    assert _returns(lambda: Remembered.load(tmp_path)).place("k") is None
    config = tmp_path / "config.toml"
    os.mkfifo(config)
    keymap, problems = _returns(lambda: load_keymap(config))
    assert keymap == {} and len(problems) == 1
    big = tmp_path / "big"
    big.write_bytes(b"x" * 2048)
    for limit, fine in ((4096, True), (1024, False)):
        try:
            assert read_regular(big, limit) == b"x" * 2048 and fine
        except OSError:
            assert not fine


def test_bounded_and_newest_kept(tmp_path: Path) -> None:
    r = Remembered.load(tmp_path)
    for i in range(MAX_FILES + 10):
        r.remember(f"k{i}", Place(i, 0))
    assert r.save()
    data = json.loads((tmp_path / FILE_NAME).read_text("utf-8"))
    assert len(data["files"]) == MAX_FILES
    again = Remembered.load(tmp_path)
    assert again.place(f"k{MAX_FILES + 9}") is not None and again.place("k0") is None
    assert (tmp_path / FILE_NAME).stat().st_size < 20_000


def test_two_copies_merge(tmp_path: Path) -> None:
    first, second = Remembered.load(tmp_path), Remembered.load(tmp_path)
    first.remember("a", Place(1, 0))
    second.remember("b", Place(2, 0))
    assert first.save() and second.save()
    both = Remembered.load(tmp_path)
    assert both.place("a") == Place(1, 0, seen=both.place("a").seen)
    assert both.place("b") is not None


def test_disabled_reads_and_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    Remembered.load().remember("x", Place(3, 0))
    off = Remembered.disabled()
    off.remember("x", Place(3, 0))
    assert off.save() and off.place("x") is None and off.recent() == []
    assert not (tmp_path / "article-explorer").exists()


def test_unwritable_state_dir_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", "utf-8")
    r = Remembered.load(blocker / "sub")  # a directory that cannot be made
    r.remember("x", Place(1, 1))
    assert r.save() is False
    assert os.listdir(tmp_path) == ["file"]


def test_recent_skips_missing_files_and_repeats(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("a", "utf-8")
    b.write_text("b", "utf-8")
    r = Remembered(tmp_path)
    r.remember("1", Place(path=str(a)))
    r.remember("2", Place(path=str(tmp_path / "gone.txt")))
    r.remember("3", Place(path=str(b)))
    r.remember("4", Place(path=str(a)))  # the same path, edited since
    r.remember("5", Place(path=None))  # standard input
    assert r.recent() == [str(a), str(b)]
    assert r.recent(1) == [str(a)]


def test_a_cache_write_in_flight_is_counted_for_the_exit_to_wait_on(
    tmp_path: Path, monkeypatch
) -> None:
    """The program leaves without waiting for a worker still parsing a book (nothing of it is
    kept); it waits only while a cache file is being written, which this counter says."""
    import threading

    from tui.model import cache_files

    started, release = threading.Event(), threading.Event()
    real = cache_files._write

    def slow(target: Path, data: bytes) -> bool:
        started.set()
        release.wait(5)
        return real(target, data)

    monkeypatch.setattr(cache_files, "_write", slow)
    writer = threading.Thread(
        target=cache_files.write_atomically, args=(tmp_path / "words.json", b"{}")
    )
    writer.start()
    assert started.wait(5)
    assert cache_files.writes_in_flight() == 1
    release.set()
    writer.join(5)
    assert cache_files.writes_in_flight() == 0 and (tmp_path / "words.json").read_bytes() == b"{}"
