"""Errors stay visible to tests: a handler that raises fails a Pilot test, though the app goes on.

Run as an inner pytest session (pytester), so that the failure can be asserted.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

INNER = """
from tests.apps import explorer, settle
from tui.widgets.article_view import ArticleView


async def _resize(monkeypatch, broken):
    if broken:
        def on_resize(self, event):
            raise RuntimeError("on_resize made to raise")

        monkeypatch.setattr(ArticleView, "on_resize", on_resize)
    app = explorer()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.resize_terminal(90, 28)
        await pilot.pause()
        await pilot.press("t")  # the app still answers
        await pilot.pause()
        assert app.script.value == "simplified"


async def test_healthy(monkeypatch):
    await _resize(monkeypatch, broken=False)


async def test_broken(monkeypatch):
    await _resize(monkeypatch, broken=True)
"""


def test_a_handler_that_raises_fails_the_pilot_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.conftest import _fresh_dir, _no_logged_errors, _private_cache, _private_config\n"
    )
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess(
        "-q", "-p", "no:cacheprovider", "-o", "asyncio_mode=auto"
    )
    # The broken test errs (the autouse fixture fails it at teardown); the healthy one passes.
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_broken*", "*on_resize made to raise*"])
