"""A real pseudo-terminal with pyte as the screen: what a person over SSH would see.

Used by the end-to-end tests and by ``benchmarks/``.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

import pyte

KEYS = {
    "enter": b"\r",
    "tab": b"\t",
    "shift+tab": b"\x1b[Z",
    "escape": b"\x1b",
    "up": b"\x1b[A",
    "down": b"\x1b[B",
    "pagedown": b"\x1b[6~",
    "pageup": b"\x1b[5~",
    "space": b" ",
    "ctrl+q": b"\x11",
}


class Terminal:
    """Runs ``python -m tui ARGS`` in a pty of ``cols``×``rows`` and keeps its screen."""

    def __init__(
        self,
        args: list[str],
        cols: int = 120,
        rows: int = 40,
        env: dict[str, str] | None = None,
        stdin: bytes | None = None,
    ) -> None:
        """``stdin``, when given, is piped in as standard input (the pty stays the terminal)."""
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the program
            os.environ.update({"TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows)})
            os.environ.update(env or {})
            if stdin is not None:  # like `cat a.txt | article-explorer -` in a terminal
                read_end, write_end = os.pipe()
                if os.fork() == 0:
                    os.close(read_end)
                    view = memoryview(stdin)
                    while view:
                        view = view[os.write(write_end, view) :]
                    os._exit(0)
                os.close(write_end)
                os.dup2(read_end, 0)
                os.close(read_end)
            os.execv(sys.executable, [sys.executable, "-m", "tui", *args])
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.status: int | None = None

    def text(self) -> str:
        """The screen as text (pyte's own ``display`` trips over zero-width cells)."""
        screen = self.screen
        rows = []
        for y in range(screen.lines):
            line = screen.buffer[y]
            rows.append("".join(line[x].data for x in range(screen.columns)))
        return "\n".join(rows)

    def _pump(self, wait: float) -> bool:
        r, _, _ = select.select([self.fd], [], [], wait)
        if not r:
            return True
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:
            data = b""
        if not data:
            return False
        self.raw += data
        self.stream.feed(data)
        return True

    def wait_for(self, text: str, timeout: float = 30.0) -> float:
        """Seconds until ``text`` is on screen (raises on time-out or exit)."""
        start = time.perf_counter()
        while text not in self.text():
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"{text!r} not on screen:\n{self.text()}")
            if not self._pump(0.01):
                raise EOFError(f"program ended before showing {text!r}:\n{self.text()}")
        return time.perf_counter() - start

    def wait_change(self, timeout: float = 10.0) -> float:
        """Seconds until the screen differs from now."""
        before = self.text()
        start = time.perf_counter()
        while self.text() == before:
            if time.perf_counter() - start > timeout:
                raise TimeoutError("screen did not change")
            if not self._pump(0.005):
                break
        return time.perf_counter() - start

    def press(self, key: str) -> None:
        os.write(self.fd, KEYS.get(key, key.encode()))

    def settle(self, quiet: float = 0.3) -> None:
        """Read output until the program has been quiet for ``quiet`` seconds."""
        last = len(self.raw)
        deadline = time.perf_counter() + quiet
        while time.perf_counter() < deadline:
            if not self._pump(0.02):
                return
            if len(self.raw) != last:
                last = len(self.raw)
                deadline = time.perf_counter() + quiet

    def exited(self, timeout: float) -> int | None:
        """The exit status if the program ends within ``timeout`` seconds, else ``None``."""
        if self.status is not None:
            return self.status
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            self._pump(0.02)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                os.close(self.fd)
                return self.status
        return None

    def wait_exit(self, timeout: float = 10.0) -> int:
        """The exit status, draining output until the program ends (killed after ``timeout``)."""
        status = self.exited(timeout)
        if status is None:
            self.kill()
            raise TimeoutError("program did not exit")
        return status

    def kill(self) -> None:
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.status = -9
