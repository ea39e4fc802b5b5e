"""The command line on the bundled article, against the expectations in the issue."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.apps import warm_word_cache
from tests.conftest import BUNDLED, ROOT
from tui.model.load import read_source

_WORD_CACHE: list[str] = []


@pytest.fixture(scope="module", autouse=True)
def _shared_word_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One word cache for this module's runs of the bundled article, never the user's own:
    it holds the bundled article's words from the test session, so runs read them instead
    of segmenting (each run is a new process).  A run that segments, with nothing cached,
    is ``test_isolation``'s (in child processes, from a hostile directory)."""
    _WORD_CACHE[:] = [str(tmp_path_factory.mktemp("cli-words"))]
    warm_word_cache(read_source(BUNDLED), _WORD_CACHE[0])


def shared_cache_env(**extra: str) -> dict[str, str]:
    """The environment for a run that may use the module's word cache (from another module
    that imports :func:`run`: the test's own private cache)."""
    if not _WORD_CACHE:
        return {**os.environ, **extra}
    return {**os.environ, "ARTICLE_EXPLORER_CACHE": _WORD_CACHE[0], **extra}


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        check=False,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=120,
        env=shared_cache_env(),
    )


@pytest.fixture(scope="module")
def model() -> dict:
    out = run("--json")
    assert out.returncode == 0, out.stderr
    assert out.stderr == b""
    return json.loads(out.stdout)


def test_body_boilerplate_tags(model: dict) -> None:
    paras = model["paragraphs"]
    assert len(paras) == 42
    assert paras[0]["text"].startswith("DeepSeek在這個春節假期卷翻了硅谷")
    assert paras[-1]["text"].startswith("面對DeepSeek掀起的AI民主化浪潮")
    assert len(model["boilerplate"]) == 16
    assert model["tags"] == ["AI", "DeepSeek"]
    assert model["script"] == "traditional"
    assert model["title"] is None
    assert model["keywords"] and "DeepSeek" in model["keywords"]


def test_bloggers(model: dict) -> None:
    got = {b["handle"]: b for b in model["bloggers"]}
    assert list(got) == ["闌夕", "梁斌penny", "海辛Hyacinth", "伯克利_尤洋", "高飛",
                         "數字生命卡茲克", "ruanyf", "汪海林", "零重力瓦力"]  # fmt: skip
    assert len(got["海辛Hyacinth"]["mentions"]) == 2
    assert got["ruanyf"]["name"] == "阮一峰"
    roles = {h: b["role"] for h, b in got.items()}
    assert roles["闌夕"] == "科技博主"
    assert roles["數字生命卡茲克"] == "AI博主"
    assert roles["ruanyf"] == "資深技術專家"
    assert roles["汪海林"] == "編劇"
    assert roles["零重力瓦力"] == "博主"
    for b in model["bloggers"]:
        for m in b["mentions"]:
            s, e = m["span"]
            assert model["paragraphs"][m["paragraph"]]["text"][s:e] == "@" + b["handle"]
            assert "@" + b["handle"] in m["sentence"]


def test_timeline(model: dict) -> None:
    events = model["timeline"]
    texts = [e["text"] for e in events]
    order = ["2023年初", "2024年中", "2024年12月", "去年底", "2025年1月", "除夕", "春節假期"]
    positions = [texts.index(t) for t in order]
    assert positions == sorted(positions)
    by_text = {e["text"]: e for e in events}
    assert by_text["去年底"]["start"].startswith("2024-12")
    assert by_text["除夕"]["start"] == "2025-01-28"
    assert by_text["春節假期"]["start"] in ("2025-01-28", "2025-01-29")
    assert by_text["2024年中"]["precision"] == "part"
    assert not any("200" in t or "12天" in t or "3A" in t for t in texts)
    starts = [e["start"] for e in events]
    assert starts == sorted(starts)
    for e in events:
        s, t = e["span"]
        assert model["paragraphs"][e["paragraph"]]["text"][s:t] == e["text"]
    assert model["reference_date"].startswith("2025")
    assert model["reference_date_source"] == "latest-year"


def test_simplified_output_keeps_spans() -> None:
    out = run("--json", "--script", "simplified")
    model = json.loads(out.stdout)
    assert model["script"] == "simplified"
    assert model["paragraphs"][0]["text"].startswith("DeepSeek在这个春节假期")
    for e in model["timeline"]:
        s, t = e["span"]
        assert model["paragraphs"][e["paragraph"]]["text"][s:t] == e["text"]


def test_stdin_and_options(tmp_path) -> None:
    data = "2026/01/03 15:18\n科技博主@闌夕 昨日發文。".encode("big5")
    warm_word_cache(read_source("-", stdin=data), _WORD_CACHE[0])  # the words are not the point
    out = run("--json", "-", stdin=data)
    model = json.loads(out.stdout)
    assert model["encoding"] == "big5"
    assert model["reference_date"] == "2026-01-03"
    assert model["timeline"][0]["start"] == "2026-01-02"
    out = run("--json", "--reference-date", "2020-05-05", "-", stdin=data)
    assert json.loads(out.stdout)["reference_date_source"] == "option"


def test_summary_and_help() -> None:
    out = run("--summary")
    text = out.stdout.decode()
    assert out.returncode == 0
    assert "@ruanyf" in text and "2025-01-28" in text
    help_text = run("--help").stdout.decode()
    for option in (
        "--json",
        "--summary",
        "--script",
        "--encoding",
        "--reference-date",
        "--no-cache",
    ):
        assert option in help_text


@pytest.mark.parametrize("kind", ["missing", "dir", "empty", "blank", "binary", "bad-date"])
def test_bad_input_is_one_line_and_status_2(tmp_path, kind: str) -> None:
    path = tmp_path / "f.txt"
    args = ["--json", str(path)]
    if kind == "dir":
        args = ["--json", str(tmp_path)]
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "blank":
        path.write_bytes(b"  \n\n \t")
    elif kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    elif kind == "bad-date":
        args = ["--json", "--reference-date", "2025-13-01", str(BUNDLED)]
    out = run(*args)
    assert out.returncode == 2
    assert out.stdout == b""
    assert b"Traceback" not in out.stderr
    assert len(out.stderr.decode().strip().splitlines()) == 1


def test_the_model_built_in_a_child_matches_and_errors_come_back() -> None:
    from tui.model.errors import ArticleError
    from tui.model.load import load_article
    from tui.prebuild import in_child

    built = in_child(lambda: load_article(BUNDLED))()
    here = load_article(BUNDLED)
    assert built.timeline == here.timeline and built.bloggers == here.bloggers
    assert [p.text for p in built.paragraphs] == [p.text for p in here.paragraphs]

    def refused() -> None:
        raise ArticleError("nope: no such file")

    with pytest.raises(ArticleError, match="no such file"):
        in_child(refused)()

    def broken() -> int:
        raise RuntimeError("only in the child")

    with pytest.raises(RuntimeError):  # the parent redoes the work and sees the real error
        in_child(broken)()


HOSTILE_NAME = "名\x1b]0;PWNED\x07剪\x1b]52;c;UFdORUQ=\x07清\x1b[2J屏.txt"


def test_summary_and_json_show_a_hostile_file_name_harmlessly(tmp_path) -> None:
    path = tmp_path / HOSTILE_NAME
    path.write_bytes(BUNDLED.read_bytes())
    for mode in ("--summary", "--json"):
        out = run(mode, str(path))
        assert out.returncode == 0, out.stderr
        assert b"\x1b" not in out.stdout and b"\x07" not in out.stdout
        assert "␛]0;PWNED␇".encode() in out.stdout  # shown, with its controls made visible
    missing = run("--json", str(tmp_path / "\x1b]0;GONE\x07\x9b2J.txt"))
    assert missing.returncode == 2
    assert b"\x1b" not in missing.stderr and "\x9b".encode() not in missing.stderr
    assert b"GONE" in missing.stderr


def test_an_undecodable_file_name_is_shown_not_a_traceback(tmp_path) -> None:
    raw = bytes(tmp_path) + b"/\xff\xfe\x1b]0;x\x07.txt"
    with open(raw, "wb") as fh:
        fh.write(BUNDLED.read_bytes())
    warm_word_cache(read_source(BUNDLED))  # the words are not the point: no segmenting
    out = subprocess.run(
        [sys.executable, "-m", "tui", "--summary", raw],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.decode("utf-8").splitlines()[0] == "\ufffd\ufffd␛]0;x␇.txt"


@pytest.mark.parametrize("kind", ["fifo", "/dev/tty", "/dev/stdin", "/dev/zero"])
def test_what_is_not_a_regular_file_is_refused_before_reading(tmp_path, kind: str) -> None:
    path = kind
    if kind == "fifo":
        path = str(tmp_path / "fifo")
        os.mkfifo(path)  # nobody ever writes to it: reading would block forever
    r, w = os.pipe()  # for /dev/stdin: a pipe that stays open and empty
    try:
        out = subprocess.run(
            [sys.executable, "-m", "tui", "--json", path],
            cwd=ROOT,
            stdin=r,
            capture_output=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(r)
        os.close(w)
    assert out.returncode == 2
    assert b"not a regular file" in out.stderr
    assert len(out.stderr.decode().strip().splitlines()) == 1


def test_piped_input_with_no_terminal_for_keys_is_one_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tui", "-"],
        cwd=ROOT,
        input=BUNDLED.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
        start_new_session=True,  # no controlling terminal: /dev/tty cannot be opened
    )
    assert out.returncode == 2
    assert b"no terminal" in out.stderr
    assert len(out.stderr.decode().strip().splitlines()) == 1
    for mode in ("--json", "--summary"):  # printing from a pipe needs no terminal
        out = subprocess.run(
            [sys.executable, "-m", "tui", mode, "-"],
            cwd=ROOT,
            env=shared_cache_env(),
            input=BUNDLED.read_bytes(),
            capture_output=True,
            timeout=120,
            check=False,
            start_new_session=True,
        )
        assert out.returncode == 0, out.stderr
        assert b"DeepSeek" in out.stdout


@pytest.mark.parametrize(
    "encoding", ["rot13", "hex", "base64", "zlib", "uu", "idna", "undefined", "bogus-enc"]
)
def test_an_encoding_that_cannot_read_text_is_one_line(encoding: str) -> None:
    out = run("--json", "--encoding", encoding, str(BUNDLED))
    assert out.returncode == 2
    assert out.stdout == b""
    assert b"Traceback" not in out.stderr
    assert len(out.stderr.decode().strip().splitlines()) == 1


def test_utf7_lone_surrogates_never_reach_the_output(tmp_path) -> None:
    path = tmp_path / "utf7.txt"
    path.write_bytes("開頭一段中文，".encode("utf-7") + b"+2D0-" + "結尾。".encode("utf-7"))
    warm_word_cache(read_source(path, encoding="utf-7"), _WORD_CACHE[0])  # words are not the point
    outputs = {}
    for mode in ("--json", "--summary"):
        out = run(mode, "--encoding", "utf-7", str(path))
        assert out.returncode == 0, out.stderr
        outputs[mode] = text = out.stdout.decode("utf-8")  # strict: a surrogate would not encode
        assert "中文" in text
    data = json.loads(outputs["--json"])
    assert data["replaced_bytes"] == 1 and "\ufffd" in data["paragraphs"][0]["text"]


def test_an_ascii_only_output_encoding_is_not_a_traceback() -> None:
    env = shared_cache_env(PYTHONIOENCODING="ascii")
    common = {"cwd": ROOT, "capture_output": True, "timeout": 120, "check": False, "env": env}
    out = subprocess.run([sys.executable, "-m", "tui", "--json"], **common)
    assert out.returncode == 0, out.stderr
    assert out.stdout.isascii() and json.loads(out.stdout)["bloggers"]  # still all there
    out = subprocess.run([sys.executable, "-m", "tui", "--summary"], **common)
    assert out.returncode == 2 and b"Traceback" not in out.stderr
    assert len(out.stderr.decode().strip().splitlines()) == 1
    out = subprocess.run([sys.executable, "-m", "tui", "--help"], **common)
    assert out.returncode == 0 and b"--reference-date" in out.stdout


@pytest.mark.parametrize("args", [["--json"], ["--summary"], ["--help"]])
def test_output_to_a_full_disk_is_one_line_and_status_2(args: list[str]) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "wb") as full:
        out = subprocess.run(
            [sys.executable, "-m", "tui", *args],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
            env=shared_cache_env(),
        )
    assert out.returncode == 2
    assert b"Traceback" not in out.stderr and b"Exception ignored" not in out.stderr
    assert out.stderr.decode().strip().splitlines() == [
        "article-explorer: cannot write the output (No space left on device)"
    ]


def test_ctrl_c_while_printing_is_quiet(tmp_path) -> None:
    """``ctrl+c`` during a slow ``--json`` (a book): status 130, no traceback, no child left."""
    import signal
    import time

    paragraph = BUNDLED.read_text("utf-8").split("\n")[0]
    book = tmp_path / "book.txt"
    book.write_text("\n".join([paragraph] * (1_500_000 // len(paragraph))), "utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "--json", "--no-cache", str(book)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # as from a terminal: a run started in the background without job control (a CI
        # launched with `… &`) ignores SIGINT, and so would the program it starts
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(1.5)  # importing, reading or parsing 1.5 MB by now: well before the end
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    from tests.test_terminal_hostile import in_session

    deadline = time.monotonic() + 5  # none left behind (looked for until then: a busy machine is slow)
    while (left := in_session(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.02)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_endless_standard_input_is_refused_at_the_size_limit() -> None:
    """``yes 中文 | article-explorer --json -`` stops reading one byte over the limit."""
    yes = subprocess.Popen(["yes", "中文"], stdout=subprocess.PIPE)
    try:
        out = subprocess.run(
            [sys.executable, "-m", "tui", "--json", "-"],
            cwd=ROOT,
            stdin=yes.stdout,
            capture_output=True,
            timeout=120,
            check=False,
        )
    finally:
        yes.kill()
        yes.wait()
    assert out.returncode == 2
    assert b"over the limit" in out.stderr
    assert len(out.stderr.decode().strip().splitlines()) == 1


def test_closed_standard_streams_are_one_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tui", "--json"],
        cwd=ROOT,
        env=shared_cache_env(),
        stdout=None,
        stderr=subprocess.PIPE,
        timeout=120,
        check=False,
        pass_fds=(),
        preexec_fn=lambda: os.close(1),
    )
    assert out.returncode == 2
    assert out.stderr.decode().strip().splitlines() == [
        "article-explorer: cannot write the output (standard output is closed)"
    ]
    out = subprocess.run(
        [sys.executable, "-m", "tui", "--json", "-"],
        cwd=ROOT,
        capture_output=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
        preexec_fn=lambda: os.close(0),
    )
    assert out.returncode == 2
    assert b"empty" in out.stderr and b"Traceback" not in out.stderr
