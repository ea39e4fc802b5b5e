"""The article model: pure Python, no Textual.  See :mod:`tui.model.article`."""

from tui.model.article import Article, Blogger, Dual, Event, Mention, Paragraph, Words
from tui.model.errors import ArticleError
from tui.model.scripts import Script

__all__ = [
    "Article",
    "ArticleError",
    "Blogger",
    "Dual",
    "Event",
    "Mention",
    "Paragraph",
    "Script",
    "Words",
]
