"""Kinds are enums, so a misspelt kind fails where the model is built, not in a pane."""

from __future__ import annotations

import json

import pytest

from tui.model.article import Article, Granularity, Precision
from tui.model.build import build_article
from tui.model.export import to_json


def test_event_kinds_are_enums_and_export_as_strings(bundled_article: Article) -> None:
    assert bundled_article.timeline
    for e in bundled_article.timeline:
        assert isinstance(e.precision, Precision) and isinstance(e.granularity, Granularity)
    exported = json.loads(json.dumps(to_json(bundled_article), ensure_ascii=False))
    assert {e["precision"] for e in exported["timeline"]} <= {p.value for p in Precision}
    assert {e["granularity"] for e in exported["timeline"]} <= {g.value for g in Granularity}


def test_every_precision_the_rules_give_is_known() -> None:
    a = build_article("2024年12月3日，2024年12月，2024年底，2023年，春节期间，去年和昨日都有消息。")
    assert {e.precision for e in a.timeline} >= {Precision.DAY, Precision.MONTH, Precision.PART}
    with pytest.raises(ValueError):
        Precision("weekly")
