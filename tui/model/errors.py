"""The one error type the model raises for input a person must fix."""


class ArticleError(Exception):
    """A file that cannot be opened as an article; the message is shown as is."""
