"""Re-dating a model from another reference date moves the relative dates and nothing else."""

from __future__ import annotations

from datetime import date

from tests.timeline_texts import GUESSED
from tui.model.build import build_article
from tui.model.redate import redate


def _dated(article) -> dict[str, str]:
    return {e.text.traditional: e.start.isoformat() for e in article.timeline}


def test_redating_to_the_same_day_changes_only_the_source(bundled_article) -> None:
    again = redate(bundled_article, bundled_article.reference_date)
    assert again.reference_source == "option"
    assert [(e.start, e.end, e.paragraph, e.span, e.sentence) for e in again.timeline] == [
        (e.start, e.end, e.paragraph, e.span, e.sentence) for e in bundled_article.timeline
    ]
    assert again.paragraphs is bundled_article.paragraphs
    assert again.bloggers is bundled_article.bloggers


def test_relative_dates_move_and_stated_ones_stay(bundled_article) -> None:
    later = redate(bundled_article, date(2026, 2, 20))
    before, after = _dated(bundled_article), _dated(later)
    assert before["去年底"] == "2024-12-01" and after["去年底"] == "2025-12-01"
    assert after["春節假期"] != before["春節假期"] and after["春節假期"].startswith("2026-")
    # 春晚 shares its sentence with 2024年12月: the gala nearest that month, whatever "today" is
    assert after["春晚"] == before["春晚"] == "2025-01-28"
    for stated in ("2023年初", "2024年中", "2024年12月", "2025年1月"):
        assert after[stated] == before[stated]
    assert later.reference_date == date(2026, 2, 20)
    starts = [e.start for e in later.timeline]
    assert starts == sorted(starts)
    for e in later.timeline:  # every span still names its words in the kept paragraphs
        p = later.paragraphs[e.paragraph].text
        assert p.traditional[e.span[0] : e.span[1]] == e.text.traditional


def test_redating_keeps_events_in_a_short_first_paragraph_after_a_heading() -> None:
    text = "讀書會的新家\n2025年3月搬家\n" + GUESSED
    article = build_article(text, today=date(2026, 6, 1))
    assert article.title is not None
    later = redate(article, date(2025, 8, 1))
    assert _dated(later)["昨天"] == "2025-07-31"
    assert len(later.timeline) == len(article.timeline)
    assert later.title == article.title
