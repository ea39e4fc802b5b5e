"""From a path (or standard input) to an :class:`Article`: read, decode, sanitise, parse.

Names: ``read_*`` gives text read from a file (:func:`read_source`: a :class:`Source`,
decoded and made safe); ``load_*`` gives model objects built from a file
(:func:`load_article`; the words cache's ``load_words``; the user's ``load_keymap``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tui.model.article import Article
from tui.model.build import build_article
from tui.model.decode import read_decoded
from tui.model.sanitize import sanitize

#: The article opened when no file is given.
BUNDLED = Path(__file__).resolve().parent.parent.parent / "assets" / "deepseek-breakout.zh-Hant.txt"

#: A text longer than this is shown first from its beginning, and completed in the background.
BIG_TEXT = 200_000
#: How much of a big text the first screen is built from.
HEAD_CHARS = 30_000


@dataclass(frozen=True)
class Source:
    """A document read and made safe, not yet parsed."""

    text: str
    name: str
    encoding: str
    replaced: int
    reference_date: date | None = None

    @property
    def big(self) -> bool:
        """Worth showing from its beginning first (a book)."""
        return len(self.text) > BIG_TEXT

    def build(self) -> Article:
        """The whole article."""
        return self._build(self.text, complete=True)

    def build_head(self) -> Article:
        """An article of the first paragraphs only, marked incomplete, for a fast first screen."""
        cut = self.text.rfind("\n", 0, HEAD_CHARS)
        return self._build(self.text[: cut if cut > 0 else HEAD_CHARS], complete=False)

    def _build(self, text: str, complete: bool) -> Article:
        return build_article(
            text,
            self.name,
            encoding=self.encoding,
            replaced=self.replaced,
            reference_date=self.reference_date,
            complete=complete,
        )


def read_source(
    path: str | Path,
    *,
    encoding: str | None = None,
    stdin: bytes | None = None,
    reference_date: date | None = None,
) -> Source:
    """Read and sanitise ``path``; raises :class:`~tui.model.errors.ArticleError`."""
    decoded = read_decoded(str(path), encoding, stdin)
    name = "stdin" if str(path) == "-" else Path(path).name
    return Source(sanitize(decoded.text), name, decoded.encoding, decoded.replaced, reference_date)


def load_article(
    path: str | Path,
    *,
    encoding: str | None = None,
    stdin: bytes | None = None,
    reference_date: date | None = None,
) -> Article:
    """Open ``path`` as a whole article; raises :class:`~tui.model.errors.ArticleError`."""
    return read_source(path, encoding=encoding, stdin=stdin, reference_date=reference_date).build()
