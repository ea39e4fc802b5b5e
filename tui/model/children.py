"""Start Python child processes that can load only this package, never code from where they run.

``python -m tui.model.word_worker`` would put the working directory first on
``sys.path``: a ``tui/`` planted where a person runs ``article-explorer`` would run
instead of ours.  Children are started isolated (``-I``: no working directory, no
``PYTHON*`` variables, no user site) and are told explicitly where this package and
its dependencies were loaded from.  Live children are remembered, so that a program
that must end at once (a hang-up, a stuck thread) can take them with it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import weakref
from pathlib import Path
from typing import Any

#: The directory that holds the ``tui`` package now running.
PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent.parent)

_BOOT = "import sys, json; sys.path[:0] = json.loads(sys.argv.pop(1)); from {0} import {1}; {1}()"
_live: weakref.WeakSet[subprocess.Popen[bytes]] = weakref.WeakSet()


def _search_path() -> list[str]:
    """This package's root, then the parent's path without the working directory."""
    here = os.path.abspath(os.getcwd())
    paths = [PACKAGE_ROOT]
    for entry in sys.path:
        if entry and os.path.abspath(entry) != here and entry not in paths:
            paths.append(entry)
    return paths


def python_command(function: str, *args: str) -> list[str]:
    """The argv that runs ``module:function`` of this package in a new, isolated Python.

    ``args`` become the child's ``sys.argv[1:]``.
    """
    module, name = function.split(":")
    if not (module.replace(".", "").replace("_", "").isalnum() and name.isidentifier()):
        raise ValueError(f"not a function of this package: {function}")
    boot = _BOOT.format(module, name)
    return [sys.executable, "-I", "-c", boot, json.dumps(_search_path()), *args]


def start(function: str, *args: str, **popen: Any) -> subprocess.Popen[bytes]:
    """Start ``module:function`` in a child process (see :func:`python_command`)."""
    child = subprocess.Popen(python_command(function, *args), **popen)
    _live.add(child)
    return child


def kill_all() -> None:
    """End every child still running; for a program that is about to leave at once."""
    for child in list(_live):
        with contextlib.suppress(OSError):
            if child.poll() is None:
                child.kill()
