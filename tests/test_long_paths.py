"""A path too long for the system (a paste into the ``o`` dialog) is a plain error, never an
unexpected one: ``Path.exists()`` raises ``OSError(ENAMETOOLONG)`` instead of returning False
(found by the storm test)."""

from __future__ import annotations

import pytest

from tui.model.decode import ArticleError
from tui.model.decode import read_decoded as read_source


@pytest.mark.parametrize(
    "name", ["長" * 5000, "a" * 300, "d/" * 3000 + "x"], ids=["cjk", "ascii", "deep"]
)
def test_a_name_too_long_is_a_plain_error(name: str) -> None:
    with pytest.raises(ArticleError):
        read_source(name)
