"""Copy a sentence, a paragraph or the chosen sentence to the terminal's clipboard.

Mixed into the app.  Text goes through :meth:`textual.app.App.copy_to_clipboard`, an
OSC 52 sequence the terminal itself acts on, so it works over SSH (and in tmux with
``set-clipboard on``); the text is what the pane shows, in the script on screen.  A
notification says what was copied, with the first words of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui import selection as choice
from tui.model.passages import paragraph_text, sentence_at, span_text
from tui.model.scripts import Script, Variant
from tui.strings import ui
from tui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from textual.app import App

    from tui.model.article import Article
    from tui.model.find import FindState
    from tui.selection import Selection
    from tui.strings import Lang

    class _App(App[int]):
        article: Article
        script: Script
        variant: Variant
        lang: Lang
        selection: Selection | None
        find: FindState | None
else:
    _App = object

#: How much of the copied text the notification quotes.
_PREVIEW = 30


class CopyActions(_App):
    """``y`` the sentence at the top of the screen, ``Y`` its paragraph, ``c`` the chosen sentence."""

    def reading_place(self) -> tuple[int, int]:
        """The place ``y``/``Y`` copy from: the current find hit, else the line at the top of
        the screen (not a place jumped to near the end, which stays lower: ``c`` copies that)."""
        hit = self.find.hit if self.find is not None else None
        if hit is not None:
            return hit.paragraph, hit.start
        return self.query_one(ArticleView).top_place

    def _form(self) -> tuple[Script, object]:
        """The script and (once the app has one) the Traditional variant on screen."""
        return self.script, self.variant

    def action_copy_sentence(self) -> None:
        paragraph, offset = self.reading_place()
        text = sentence_at(self.article, paragraph, offset, *self._form())
        self._copy(text, "copied_sentence")

    def action_copy_paragraph(self) -> None:
        paragraph, _ = self.reading_place()
        self._copy(paragraph_text(self.article, paragraph, *self._form()), "copied_paragraph")

    def action_copy_chosen(self) -> None:
        member = choice.current(self.article, self.selection)
        if member is None:
            self.notify(ui("nothing_chosen", self.lang), severity="warning", timeout=3)
            return
        text = span_text(self.article, member.paragraph, member.sentence, *self._form())
        self._copy(text, "copied_chosen")

    def _copy(self, text: str, what: str) -> None:
        if not text:
            self.notify(ui("nothing_to_copy", self.lang), severity="warning", timeout=3)
            return
        self.copy_to_clipboard(text)
        preview = text if len(text) <= _PREVIEW else text[:_PREVIEW] + "…"
        self.notify(preview, title=ui(what, self.lang), markup=False, timeout=3)
