"""`make bench`: how fast the explorer feels, measured from outside in a real pseudo-terminal.

Every figure is a median over several runs, alternated with the baseline (a bare
Textual app) in the same run, and printed with its ratio to that baseline.
Nothing here is asserted: see benchmarks/README.md for targets and results.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.terminal import Terminal  # noqa: E402

BUNDLED = ROOT / "assets" / "deepseek-breakout.zh-Hant.txt"
RUNS = int(os.environ.get("BENCH_RUNS", "9"))  # first paint varies run to run: a median of 9
BIG_RUNS = int(os.environ.get("BENCH_BIG_RUNS", "3"))


class Bare(Terminal):
    def __init__(self) -> None:  # the same pty machinery, another program
        import fcntl
        import pty
        import struct
        import termios

        import pyte

        self.screen = pyte.Screen(120, 40)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.update({"TERM": "xterm-256color"})
            os.execv(sys.executable, [sys.executable, str(ROOT / "benchmarks" / "bare_app.py")])
        self.pid, self.fd, self.status = pid, fd, None
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))


def bare_first_paint() -> float:
    start = time.perf_counter()
    t = Bare()
    try:
        t.wait_for("BARE-APP-READY")
        return time.perf_counter() - start
    finally:
        t.kill()


def explorer_session(path: Path, cache: str, full: tuple[str, ...]) -> dict[str, float]:
    """First full paint, then toggle, page down and jump latencies; peak memory of the child."""
    # --no-state: every run starts as a new reader would (no remembered place or script)
    t = Terminal([str(path), "--no-state"], env={"ARTICLE_EXPLORER_CACHE": cache})
    out: dict[str, float] = {}
    try:
        start = t.started  # taken before the fork
        for needle in full:
            t.wait_for(needle)
        out["first_paint"] = time.perf_counter() - start
        t.wait_for("關鍵詞：DeepSeek", timeout=120)
        out["keywords"] = time.perf_counter() - start
        t.settle(0.5)
        t.press("t")
        out["toggle"] = t.wait_for("时间线")
        t.settle(0.3)
        t.press("space")
        out["page_down"] = t.wait_change()
        t.settle(0.3)
        t.press("2")
        t.settle(0.3)
        t.press("G")
        t.settle(0.3)
        t.press("enter")
        out["jump"] = t.wait_change()
        t.settle(0.2)
        t.press("q")
        _, status, usage = os.wait4(t.pid, 0)
        t.status = os.waitstatus_to_exitcode(status)
        out["peak_mb"] = usage.ru_maxrss / 1024
    finally:
        t.kill()
    return out


def make_book(chars: int, seed: int = 7) -> Path:
    """Real Chinese text of about ``chars`` characters: the article's paragraphs, reshuffled."""
    paragraphs = [p for p in BUNDLED.read_text("utf-8").splitlines()[:42] if p.strip()]
    rng = random.Random(seed)
    out, size = [], 0
    while size < chars:
        p = rng.choice(paragraphs)
        out.append(p)
        size += len(p) + 1
    path = Path(tempfile.mkdtemp()) / f"book-{chars}.txt"
    path.write_text("\n".join(out)[:chars], "utf-8")
    return path


def model_cost(path: Path) -> tuple[float, float, float]:
    """Seconds to build the model, seconds to add words, and peak MB, in a fresh process."""
    code = (
        "import time,sys,resource\n"
        "t=time.perf_counter()\n"
        "from tui.model.load import load_article\n"
        "from tui.model.words import compute_words\n"
        "from tui.model.scripts import Script\n"
        f"a=load_article({str(path)!r})\n"
        "b=time.perf_counter()-t; t=time.perf_counter()\n"
        "compute_words([p.text(Script.SIMPLIFIED) for p in a.paragraphs])\n"
        "w=time.perf_counter()-t\n"
        "print(b, w, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    b, w, mb = map(float, out.stdout.split())
    return b, w, mb


def json_time(path: Path) -> float:
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tui", "--json", "--no-cache", str(path)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - t


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def main() -> None:
    rows: list[tuple[str, float, str]] = []
    print(f"cores: {os.cpu_count()}, runs: {RUNS} (1M document: {BIG_RUNS})", flush=True)
    book = make_book(1_000_000)
    book_start = book.read_text("utf-8")[:6]
    for label, path, runs, needles in (
        ("article", BUNDLED, RUNS, ("DeepSeek在這個", "2023 年初", "@闌夕")),
        ("1M chars", book, BIG_RUNS, (book_start, "2023 年初", "@闌夕")),
    ):
        bare, cold, warm = [], [], []
        with tempfile.TemporaryDirectory() as cache:
            for i in range(runs):
                bare.append(bare_first_paint())
                # the first run fills the cache; later runs read it
                (cold if i == 0 else warm).append(explorer_session(path, cache, needles))
        base = median(bare)
        rows.append((f"{label}: bare Textual first paint", base, "1.00×"))
        sessions = cold + warm
        for key in ("first_paint", "toggle", "page_down", "jump", "peak_mb"):
            value = median([s[key] for s in sessions])
            ratio = f"{value / base:.2f}× bare" if key == "first_paint" else ""
            name = "peak memory (app process)" if key == "peak_mb" else key.replace("_", " ")
            rows.append((f"{label}: {name}", value, ratio))
        rows.append(
            (f"{label}: keywords shown, first start", median([s["keywords"] for s in cold]), "")
        )
        if warm:
            rows.append(
                (f"{label}: keywords shown, cached", median([s["keywords"] for s in warm]), "")
            )
        print(f"done: {label}", flush=True)
    big = make_book(1_000_000)
    rows.append(
        ("1M chars: --json complete", median([json_time(big) for _ in range(BIG_RUNS)]), "")
    )
    for n in (10_000, 100_000, 1_000_000):
        costs = [model_cost(make_book(n)) for _ in range(3)]
        rows.append((f"model build, {n:,} chars", median([c[0] for c in costs]), "s"))
        rows.append((f"words + keywords, {n:,} chars", median([c[1] for c in costs]), "s"))
        rows.append((f"peak memory, {n:,} chars", median([c[2] for c in costs]), "MB"))
    print()
    print(f"{'figure':<42} {'median':>10}  ratio")
    for name, value, ratio in rows:
        unit = "MB" if "memory" in name or "peak" in name else "s"
        shown = f"{value:.0f} MB" if unit == "MB" else f"{value * 1000:.0f} ms"
        print(f"{name:<42} {shown:>10}  {ratio if ratio not in ('s', 'MB') else ''}")
    print(json.dumps({name: value for name, value, _ in rows}), file=sys.stderr)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
