"""From a path (or standard input) to an :class:`Article`: read, decode, sanitise, parse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tui.model.article import Article, build_article
from tui.model.decode import read_source
from tui.model.sanitize import sanitize

#: The article opened when no file is given.
BUNDLED = Path(__file__).resolve().parent.parent.parent / "assets" / "deepseek-breakout.zh-Hant.txt"


def load_article(
    path: str | Path,
    *,
    encoding: str | None = None,
    stdin: bytes | None = None,
    reference_date: date | None = None,
) -> Article:
    """Open ``path`` as an article; raises :class:`~tui.model.errors.ArticleError`."""
    decoded = read_source(str(path), encoding, stdin)
    text = sanitize(decoded.text)
    name = "stdin" if str(path) == "-" else Path(path).name
    return build_article(
        text,
        name,
        encoding=decoded.encoding,
        replaced=decoded.replaced,
        reference_date=reference_date,
    )
