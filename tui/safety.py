"""Unexpected errors become a notification and a log line, never a traceback screen.

Two places handle them, and both log through :func:`report`, so a test sees every one
(``tests/conftest.py`` fails any test during which an error was logged):

- :class:`ReportsErrors`, mixed into the app, its panes and its screens: an exception in one
  of their handlers (an event, a message, an action, a watcher run from them) is logged and
  shown as a notification, and the widget keeps answering.  Without it Textual would stop
  that widget's message loop and end the app.
- :meth:`ArticleExplorer._handle_exception` (Textual's last resort, for errors anywhere else:
  building the screen, drawing): logged, then Textual's own handling ends the app, with one
  plain line naming the log instead of a traceback.

The log goes to the user's cache directory, never next to the article.
"""

from __future__ import annotations

import contextlib
import logging
import time
from pathlib import Path
from typing import Any

from textual import events
from textual.message import Message
from textual.strip import Strip

from tui.model.sanitize import safe_line

log = logging.getLogger("article_explorer")
_last_notice = 0.0
_file_handler: logging.Handler | None = None


def log_path() -> str:
    """Where errors are written."""
    from tui.model.cache_files import cache_dir

    return str(cache_dir() / "article-explorer.log")


def _ensure_handler() -> None:
    """Log to the file :func:`log_path` names now (it follows ``$ARTICLE_EXPLORER_CACHE``)."""
    global _file_handler
    path = Path(log_path()).absolute()
    if _file_handler is not None and getattr(_file_handler, "baseFilename", None) == str(path):
        return
    log.setLevel(logging.INFO)
    log.propagate = False
    if _file_handler is not None:
        log.removeHandler(_file_handler)
        _file_handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(_SafeFormatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    _file_handler = handler


class _SafeFormatter(logging.Formatter):
    """Log lines (and tracebacks, which quote file names) are safe to ``cat`` to a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(safe_line(line) for line in super().format(record).split("\n"))


def report(app: Any, error: BaseException) -> None:
    """Log ``error`` with its traceback and show one short notification (at most one a second)."""
    global _last_notice
    _ensure_handler()
    log.error("unexpected error", exc_info=error)
    now = time.monotonic()
    if app is not None and now - _last_notice > 1.0:
        _last_notice = now
        with contextlib.suppress(Exception):
            from tui.strings import Lang, ui  # the reader's language, when the app has one

            app.notify(
                f"{type(error).__name__}: {safe_line(error)}",
                title=ui("error_title", getattr(app, "lang", Lang.EN)),
                severity="error",
                markup=False,
            )


def one_line(error: BaseException | None) -> str:
    """The line the app leaves on the terminal when an error ends it."""
    name = type(error).__name__ if error is not None else "error"
    return f"article-explorer: unexpected error ({name}); details in {log_path()}"


class ReportsErrors:
    """Mixin: an exception in one of this node's handlers is reported, and the node goes on.

    Building the node (``Compose``, ``Mount``) is left to Textual: a widget that could not be
    built is no widget to go on with.
    """

    async def _dispatch_message(self, message: Message) -> None:
        try:
            await super()._dispatch_message(message)  # type: ignore[misc]
        except Exception as error:
            if isinstance(message, events.Compose | events.Mount):
                raise
            report(getattr(self, "app", None), error)


class DrawsLinesSafely(ReportsErrors):
    """Mixin for Line API widgets: a line that fails to draw is reported and drawn blank.

    Drawing runs outside the message handlers :class:`ReportsErrors` guards, so without
    this one bad line would end the app.  Subclasses draw in :meth:`draw_line`.
    """

    def render_line(self, y: int) -> Strip:
        try:
            return self.draw_line(y)
        except Exception as error:
            report(getattr(self, "app", None), error)
            return Strip.blank(self.size.width, self.rich_style)  # type: ignore[attr-defined]

    def draw_line(self, y: int) -> Strip:
        """Line ``y`` of the widget's content (what ``render_line`` would draw)."""
        raise NotImplementedError
