"""``article-explorer --serve``: the explorer in a real (headless) browser, end to end.

Chromium is Debian's ``/usr/bin/chromium`` driven by Playwright's Python package
(Playwright's own browser download cannot work here); ``.ci/run`` installs it.
The terminal reaches the page over its websocket, so the test reads the text from
the frames the page receives, as the browser's terminal does.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def in_session(sid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


@pytest.fixture
def server(tmp_path: Path):
    """The explorer served on a free loopback port; stopped (with every tab's program) after."""
    port = free_port()
    env = {**os.environ, "ARTICLE_EXPLORER_CACHE": str(tmp_path / "cache")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "--serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as page:
                html = page.read().decode()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"the server did not start: {proc.stderr.read()!r}") from None
            time.sleep(0.1)
    try:
        yield url, html, proc
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise
        deadline = time.monotonic() + 5
        while in_session(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = in_session(proc.pid)
        if left:
            os.killpg(proc.pid, signal.SIGKILL)
        assert not left, "the served programs outlived the server"


def test_serves_on_loopback_only(server) -> None:
    url, html, proc = server
    assert "ws://127.0.0.1:" in html  # the page's websocket goes back to loopback
    port = int(url.rsplit(":", 1)[1].strip("/"))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: it only picks an address
            address = probe.getsockname()[0]
        except OSError:
            address = "127.0.0.1"
    if address.startswith("127."):
        pytest.skip("this machine has no address other than loopback to try")
    with socket.socket() as s, pytest.raises(OSError):
        s.settimeout(2)
        s.connect((address, port))
    assert proc.poll() is None


@pytest.mark.browser
def test_in_a_browser_the_article_shows_and_t_switches_to_simplified(server) -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    url, _html, _proc = server
    frames: list[bytes] = []

    def received() -> str:
        return b"".join(frames).decode("utf-8", errors="replace")

    def wait_for(text: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in received():
            assert time.monotonic() < deadline, f"{text!r} never reached the page"
            page.wait_for_timeout(100)

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.on(
                "websocket",
                lambda ws: ws.on(
                    "framereceived",
                    lambda payload: frames.append(
                        payload if isinstance(payload, bytes) else payload.encode()
                    ),
                ),
            )
            page.goto(url, wait_until="domcontentloaded")
            wait_for("DeepSeek在這個")  # the article's own (Traditional) text
            wait_for("時間線")
            assert "时间线" not in received()
            page.locator("textarea").first.focus()  # the terminal's keyboard input
            page.keyboard.press("t")
            wait_for("时间线")
            wait_for("DeepSeek在这个")  # the Simplified text
        finally:
            browser.close()


@pytest.mark.parametrize(
    "args",
    [["--serve", "-"], ["--serve", "--port", "70000"], ["--serve", "--json"], ["--serve", "/nope"]],
)
def test_bad_serve_options_are_one_line(args: list[str]) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 2
    assert len(out.stderr.decode().strip().splitlines()) == 1


def test_serving_on_a_network_address_is_said_out_loud() -> None:
    """Whoever reaches the page can use ``o`` to read the user's files: the server warns."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "--serve", "--host", "0.0.0.0", "--port", str(free_port())],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline().decode()
        assert "warning: serving on 0.0.0.0" in first and "(o)" in first
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(15)
