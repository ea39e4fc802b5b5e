"""A real pseudo-terminal with pyte as the screen: what a person over SSH would see.

Used by the end-to-end tests and by ``benchmarks/``.
"""

from __future__ import annotations

import contextlib
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
        size_env: bool = True,
    ) -> None:
        """``stdin``, when given, is piped in as standard input (the pty stays the terminal).

        ``size_env=False`` leaves ``COLUMNS``/``LINES`` unset in the child: Textual prefers
        them to the terminal's size, so a child that has them never follows a resize."""
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the program
            os.environ.update({"TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows)})
            if not size_env:
                del os.environ["COLUMNS"], os.environ["LINES"]
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

    def settle(self, quiet: float = 0.3, limit: float = 15.0) -> None:
        """Read output until the program has been quiet for ``quiet`` seconds, or for ``limit``
        seconds at most: a screen that never rests (a cursor blinking in a box a random key
        opened, every half second) must not hold a test, and a whole CI run, for ever."""
        last = len(self.raw)
        deadline = time.perf_counter() + quiet
        end = time.perf_counter() + limit
        while time.perf_counter() < min(deadline, end):
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

    # ---- raw bytes, bounded waits and resizes (the hostile-input and storm tests) -------------

    def write(self, data: bytes, timeout: float = 60.0) -> None:
        """Write all of ``data`` while draining the output, so a large paste never deadlocks
        (the child blocks writing its screen while we block writing its input)."""
        view = memoryview(data)
        deadline = time.perf_counter() + timeout
        os.set_blocking(self.fd, False)
        try:
            while view:
                if time.perf_counter() > deadline:
                    raise TimeoutError(f"program stopped reading input ({len(view)} bytes left)")
                r, w, _ = select.select([self.fd], [self.fd], [], 0.05)
                if r:
                    try:
                        out = os.read(self.fd, 1 << 16)
                    except BlockingIOError:
                        out = b""
                    except OSError as error:  # the program ended
                        raise EOFError("program ended while input was written") from error
                    self.raw += out
                    self.stream.feed(out)
                if w:
                    with contextlib.suppress(BlockingIOError):
                        view = view[os.write(self.fd, view[:4096]) :]
        finally:
            os.set_blocking(self.fd, True)

    def pump(self, seconds: float) -> None:
        """Read output for ``seconds`` (bounded, unlike :meth:`settle`, which never returns
        while something animates, such as the palette's loading indicator)."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            if not self._pump(min(0.02, max(0.0, deadline - time.perf_counter()))):
                return

    def cpu_seconds(self) -> float | None:
        """CPU time the program has used so far (user + system; Linux ``/proc``), or ``None``."""
        try:
            with open(f"/proc/{self.pid}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def drain(self, cpu_budget: float, wall_limit: float) -> tuple[float, float, bool]:
        """Read output until the program goes idle (under 0.05 s of CPU in a second).

        Returns ``(cpu, wall, idle)``: the CPU seconds and wall seconds it took, and whether
        it went idle before spending ``cpu_budget`` of its own CPU time or ``wall_limit``
        seconds.  Counting the program's own CPU time tells a backlog that a loaded machine
        drains slowly from a program that loops: the budget is the same on any machine.
        """
        start_cpu = self.cpu_seconds()
        start = time.perf_counter()
        if start_cpu is None:
            return 0.0, 0.0, True
        last = start_cpu
        while True:
            self.pump(1.0)
            now = self.cpu_seconds()
            if now is None:  # ended
                return last - start_cpu, time.perf_counter() - start, True
            wall = time.perf_counter() - start
            if now - last < 0.05:
                return now - start_cpu, wall, True
            if now - start_cpu > cpu_budget or wall > wall_limit:
                return now - start_cpu, wall, False
            last = now

    def resize(self, cols: int, rows: int) -> None:
        """Resize the terminal as a window manager does: the new size, then ``SIGWINCH``."""
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.screen.resize(rows, cols)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGWINCH)

    def quit(self, timeout: float = 20.0) -> int | None:
        """Close any dialog (escape, then a pause so it is not read as alt+key), press ``q``,
        then ``ctrl+q``;
        the exit status, or ``None`` if the program is still running after ``timeout``."""
        deadline = time.perf_counter() + timeout
        while self.status is None and time.perf_counter() < deadline:
            for key in (b"\x1b", b"\x1b", b"q", b"\x11"):  # ... and ctrl+q, which no dialog takes
                if self.exited(0.3) is None:
                    try:
                        os.write(self.fd, key)
                    except OSError:
                        break
        return self.status


def sgr_mouse(button: int, x: int, y: int, press: bool = True) -> bytes:
    """An SGR mouse report (1-based cells): 0 left button, 64/65 wheel up/down."""
    return f"\x1b[<{button};{x};{y}{'M' if press else 'm'}".encode()


def click(x: int, y: int, times: int = 1) -> bytes:
    """Press and release the left button at ``x``, ``y``, ``times`` times (2: a double click)."""
    return (sgr_mouse(0, x, y) + sgr_mouse(0, x, y, press=False)) * times


def paste(text: str) -> bytes:
    """``text`` as a bracketed paste."""
    return b"\x1b[200~" + text.encode() + b"\x1b[201~"
