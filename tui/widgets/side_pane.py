"""What every side pane (timeline list, time axis, bloggers) binds, and what a change redraws.

The app binds these from :mod:`tui.view_state` with ``data_bind``; a pane says how to title
itself (:meth:`SidePane.retitle`) and draws its lines from the same state, so a change of
script or language redraws it without the app calling back into it.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import var

from tui.model.article import Article
from tui.model.scripts import Script, Variant
from tui.selection import Selection
from tui.strings import Lang


class SidePane:
    """Mixin (before the widget class): the bound view state and its common watchers."""

    article: var[Article | None] = var(None, always_update=True, init=False)
    script: var[Script] = var(Script.TRADITIONAL, init=False)
    variant: var[Variant] = var(Variant.STANDARD, init=False)
    lang: var[Lang] = var(Lang.ZH_HANT, init=False)
    selection: var[Selection | None] = var(None, init=False)

    def retitle(self) -> None:
        """Set the border title and subtitle from the bound state (in the bound language)."""

    def fitting_title(self, *forms: str) -> Text:
        """The first of ``forms`` (longest first) that the top border holds whole: a count
        cut to ``(1…`` reads as another number.  The border keeps ``╭─ `` and `` ─╮``."""
        room = self.size.width - 6  # type: ignore[attr-defined]
        if room > 0:
            for form in forms:
                if cell_len(form) <= room:
                    return Text(form)
        return Text(forms[-1])

    def on_resize(self) -> None:
        self.retitle()  # the title's form follows the width

    def watch_script(self) -> None:
        self.retitle()
        self.refresh()  # type: ignore[attr-defined]

    def watch_variant(self) -> None:
        self.refresh()  # type: ignore[attr-defined]

    def watch_lang(self) -> None:
        self.retitle()
        self.refresh()  # type: ignore[attr-defined]  (a legend line may be in the language)
