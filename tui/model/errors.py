"""The one error type the model raises for input a person must fix."""

from __future__ import annotations


class ArticleError(Exception):
    """A file that cannot be opened as an article.

    ``str(error)`` is the English message (the command line prints it); ``code`` and
    ``params`` say the same thing in a form the interface words it in its own language
    (``tui.strings.refusal``), so a Chinese screen never shows an English refusal.
    ``params`` are already safe for a terminal (the path is sanitised where it is made).
    """

    def __init__(self, message: str, code: str = "other", **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params

    def __reduce__(self) -> tuple:
        """Pickles whole (the first model is built in a forked child and sent back)."""
        return (_rebuild, (str(self), self.code, self.params))

    def at(self, path: str) -> ArticleError:
        """The same refusal, said of the file ``path`` (already made safe)."""
        return ArticleError(f"{path}: {self}", self.code, **{**self.params, "path": path})


def _rebuild(message: str, code: str, params: dict[str, str]) -> ArticleError:
    return ArticleError(message, code, **params)
