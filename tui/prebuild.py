"""Build the first model in a forked child while the app's process imports Textual.

Both are pure Python and would take turns on one core; on two cores the child's
reading, decoding and parsing (and compiling the rules) is hidden behind the
parent's imports.  The child sends back the result pickled; an error a person must
fix comes back as the same :class:`ArticleError`; anything else makes the parent
simply do the work itself, so this is only ever an optimisation.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Callable
from typing import TypeVar

from tui.model.errors import ArticleError

T = TypeVar("T")


def in_child(
    work: Callable[[], T], afterwards: Callable[[], object] | None = None
) -> Callable[[], T]:
    """Start ``work`` in a child process; the returned function waits for its result.

    ``afterwards`` runs in the child once the result is sent (the child leaves by
    ``os._exit``, so nothing registered with :mod:`atexit` runs there).
    """
    if not hasattr(os, "fork"):
        return work
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return work
    if pid == 0:  # the child: do the work, send it, leave without cleanup of the parent's state
        os.close(read_end)
        try:
            try:
                payload = pickle.dumps(("ok", work()), protocol=pickle.HIGHEST_PROTOCOL)
            except ArticleError as error:
                payload = pickle.dumps(("refused", error))
            except BaseException:
                payload = pickle.dumps(("failed", None))
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
            if afterwards is not None:
                afterwards()
        finally:
            os._exit(0)
    os.close(write_end)

    def result() -> T:
        try:
            with os.fdopen(read_end, "rb") as pipe:
                kind, value = pickle.loads(pipe.read())
        except (OSError, EOFError, pickle.UnpicklingError, ValueError):
            kind, value = "failed", None
        finally:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        if kind == "ok":
            return value
        if kind == "refused" and isinstance(value, ArticleError):
            raise value
        return work()

    return result
