"""The blogger pane's rows: a narrow row gives up the name and role, never the counter."""

from __future__ import annotations

import pytest

from tui.linebreak import text_width
from tui.model.article import Article
from tui.model.scripts import Script
from tui.widgets.rows import blogger_row


@pytest.mark.parametrize("position", ["", "1/2", "2100/2100"])
def test_the_counter_and_the_count_outlast_the_name_and_the_handle(
    bundled_article: Article, position: str
) -> None:
    for index, blogger in enumerate(bundled_article.bloggers):
        count = f"×{len(blogger.mentions)}"
        for width in range(1, 60):
            row = blogger_row(bundled_article, index, Script.TRADITIONAL, position, width).plain
            assert text_width(row) <= width
            handle_room = width - text_width(position or count) - 1
            if handle_room >= 4:  # room for ``@海…`` beside it
                assert row.endswith(position or count), (width, row)
                assert row.startswith("@")


def test_the_name_is_cut_before_the_count_and_the_counter(bundled_article: Article) -> None:
    index = next(i for i, b in enumerate(bundled_article.bloggers) if b.handle.traditional == "ruanyf")
    row = blogger_row(bundled_article, index, Script.TRADITIONAL, "1/2", 32).plain
    assert row == "@ruanyf  阮一峰 · 資深…  ×1  1/2"  # the role is cut, the counter stays
    narrow = blogger_row(bundled_article, index, Script.TRADITIONAL, "1/2", 14).plain
    assert narrow == "@ruanyf  1/2"  # ``1/2`` says the count too, so ``×1`` goes first
