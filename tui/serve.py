"""``article-explorer --serve``: the explorer in a web browser, through textual-serve.

textual-serve runs a command for every browser tab and relays its terminal over a
websocket.  The command is this program again, started isolated so that it loads
only this package (see :mod:`tui.model.children`).  The server listens on the
address given (loopback by default) and says one line about where; it stops on
``ctrl+c`` or ``SIGTERM``, taking the tabs' programs with it.
"""

from __future__ import annotations

import shlex
import sys
from typing import Any

from tui.model.children import python_command
from tui.model.sanitize import safe_line

PROG = "article-explorer"


def serve(args: list[str], *, host: str, port: int) -> int:
    """Serve until interrupted; returns the exit status (2 when the address cannot be used)."""
    from textual_serve.server import Server

    command = shlex.join(python_command("tui.__main__:main", *args))

    class ExplorerServer(Server):
        """One plain line on start instead of the logo and the whole (long) command."""

        async def on_startup(self, app: Any) -> None:
            print(
                f"{PROG}: serving on {safe_line(self.public_url)} (ctrl+c to stop)",
                file=sys.stderr,
                flush=True,
            )

    url_host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    server = ExplorerServer(command, host=host, port=port, title="Article Explorer")
    server.public_url = f"http://{url_host}:{port}"
    try:
        server.serve()
    except OSError as exc:  # the port is taken, the address is not this machine's, …
        reason = exc.strerror or type(exc).__name__
        print(
            f"{PROG}: cannot serve on {safe_line(host)}:{port} ({safe_line(reason)})",
            file=sys.stderr,
        )
        return 2
    return 0
