"""The app's side of remembered places: restore where the reader was, note where they are.

Mixed into the app.  The place comes from :mod:`tui.remembered` (read once at start-up,
before the app is built, so the first screen opens at it); the reading position is noted
from the article pane itself while it is there (and from its ``Moved`` messages, for the
moment the app ends), and the file is written when the app ends and when another file
is opened — never on a key press.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.model.scripts import Script, Variant
from tui.remembered import Document, Place, Remembered
from tui.safety import report
from tui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from textual.app import App

    from tui.model.article import Article

    class _App(App[int]):
        article: Article
        script: Script
else:
    _App = object


class RememberPlaces(_App):
    """Restore and note the reading position, script and variant of the document on screen."""

    remembered: Remembered = Remembered.disabled()
    document: Document = Document()
    _reading_place: tuple[int, int] | None = None
    _pending_place: tuple[int, int] | None = None  # beyond the first part of a book

    def remembered_place(self) -> Place | None:
        """What was remembered about the document on screen, if anything."""
        return self.remembered.place(self.document.key) if self.document.key else None

    def remembered_script(self) -> Script | None:
        """The script the document was last read in."""
        place = self.remembered_place()
        if place is None or place.script not in {s.value for s in Script}:
            return None
        return Script(place.script)

    def remembered_variant(self) -> str | None:
        """The Traditional variant the reader chose for the document last time (its value)."""
        place = self.remembered_place()
        return place.variant if place is not None else None

    def remembered_variant_chosen(self) -> Variant | None:
        """That variant as a choice (a variant never chosen is not remembered: the default
        follows the document's script)."""
        value = self.remembered_variant()
        return Variant(value) if value in {v.value for v in Variant} else None

    def restore_place(self) -> None:
        """Go to the remembered reading position (when the first part of a book does not
        reach it yet, once the whole is read)."""
        place = self.remembered_place()
        self._pending_place = None
        if place is None:
            return
        where = (place.paragraph, place.offset)
        if place.paragraph >= len(self.article.paragraphs):
            if not self.article.complete:
                self._pending_place = where
                return
            where = (max(0, len(self.article.paragraphs) - 1), 0)
        self._reading_place = where
        self.query_one(ArticleView).go_to(*where, third=False)

    def restore_pending_place(self) -> None:
        """The whole book arrived: go where the reader was, if the first part fell short."""
        if self._pending_place is not None:
            paragraph, offset = self._pending_place
            self._pending_place = None
            paragraph = min(paragraph, max(0, len(self.article.paragraphs) - 1))
            self.query_one(ArticleView).go_to(paragraph, offset, third=False)

    def _current_place(self) -> tuple[int, int] | None:
        if self._pending_place is not None:  # a book still short of the remembered place
            return self._pending_place
        try:
            return self.query_one(ArticleView).position
        except Exception:  # the screens are gone (the app is ending): the last report
            return self._reading_place

    def note_place(self) -> None:
        """Note the document's place, script and chosen variant in memory (written by
        :meth:`save_places`)."""
        self._reading_place = self._current_place()
        if not self.document.key or self._reading_place is None:
            return
        paragraph, offset = self._reading_place
        chosen = getattr(self, "variant_chosen", None)  # only a choice the reader made
        self.remembered.remember(
            self.document.key,
            Place(
                paragraph,
                offset,
                self.script.value,
                chosen.value if isinstance(chosen, Variant) else None,
                self.document.path,
            ),
        )

    def save_places(self) -> None:
        self.note_place()
        self.remembered.save()

    def exit(self, *args: object, **kwargs: object) -> None:
        """Note the place while the article pane is still there, then end as the app does."""
        try:
            self.note_place()
        except Exception as error:  # never let remembering stop the app from ending
            report(None, error)
        super().exit(*args, **kwargs)  # type: ignore[arg-type]

    def on_article_view_moved(self, message: ArticleView.Moved) -> None:
        if self._pending_place is None:  # a book still short of the remembered place
            self._reading_place = (message.paragraph, message.offset)

    def on_unmount(self) -> None:
        self.save_places()
