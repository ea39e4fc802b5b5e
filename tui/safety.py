"""Unexpected errors become a notification and a log line, never a traceback screen.

Textual stops a widget's message loop after an exception escapes one of its
handlers, so handlers are guarded where they run (:func:`guarded`), and the
app's last-resort handler exits with one plain line instead of a traceback.
The log goes to the user's cache directory, never next to the article.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("article_explorer")
_last_notice = 0.0


def log_path() -> str:
    """Where errors are written."""
    from tui.model.cache import cache_dir

    return str(cache_dir() / "article-explorer.log")


def _ensure_handler() -> None:
    if log.handlers:
        return
    log.setLevel(logging.INFO)
    log.propagate = False
    try:
        from pathlib import Path

        path = Path(log_path())
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)


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
                f"{type(error).__name__}: {error}",
                title=ui("error_title", getattr(app, "lang", Lang.EN)),
                severity="error",
                markup=False,
            )


def guarded(fallback: Any = None) -> Callable[[F], F]:
    """Run a handler so that an exception is reported and ``fallback`` returned instead."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return fn(self, *args, **kwargs)
            except Exception as error:
                report(getattr(self, "app", None), error)
                return fallback(self) if callable(fallback) else fallback

        return wrapper  # type: ignore[return-value]

    return decorate
