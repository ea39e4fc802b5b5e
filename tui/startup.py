"""The garbage collector waits until the first frame is on the screen.

Starting the explorer allocates a few hundred thousand objects (Textual's imports,
the styles, the first model) and almost none of them are garbage, yet Python's cyclic
collector runs over them again and again while they are made: about a tenth of the
time to the first frame.  So the command line pauses it before the app's modules are
imported, and the app resumes it once the first frame is drawn, after moving
everything made so far out of its view (``gc.freeze``), so later collections (while
reading) do not walk the start-up objects either.  Reference counting frees ordinary
garbage all along; only cycles wait, for a fraction of a second, and are collected
before the freeze.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collection() -> None:
    """Hold the cyclic collector until :func:`resume_collection` (a no-op when already off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Collect start-up's few cycles, freeze the rest and collect again from now on.

    Only undoes :func:`pause_collection`.
    """
    global _paused
    if _paused:
        _paused = False
        gc.collect()  # the cycles made so far (a few thousand objects), or freezing keeps them
        gc.freeze()
        gc.enable()
