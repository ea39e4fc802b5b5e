"""The header: the article's title, a short status and a clickable script control (繁 / 简)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static

from tui.linebreak import text_width
from tui.model.article import GUESSED_SOURCES, Article
from tui.model.sanitize import safe_line
from tui.model.scripts import Script, Variant
from tui.safety import ReportsErrors
from tui.strings import TEXTS, Lang, script_badge, ui


class ScriptBadge(ReportsErrors, Static):
    """Shows the current script; a click asks the app to switch it."""

    class Pressed(Message):
        """The reader clicked the script control."""

    def on_click(self) -> None:
        self.post_message(self.Pressed())


_MIN_TITLE = 12  # cells the title keeps before the status gives up its words


class TitleBar(ReportsErrors, Horizontal):
    """Title on the left, then the status (replaced bytes, removed escapes, reference date), then
    the script.

    Bound state (see :mod:`tui.view_state`): ``article``, ``script``, ``variant`` and ``lang``;
    the script control names the Traditional form too (``繁·臺``).  Everything is drawn
    as literal text, never markup.
    """

    article: var[Article | None] = var(None, always_update=True, init=False)
    script: var[Script] = var(Script.TRADITIONAL, init=False)
    variant: var[Variant] = var(Variant.STANDARD, init=False)
    lang: var[Lang] = var(Lang.ZH_HANT, init=False)

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        yield Static(id="status")
        yield ScriptBadge(id="script-badge")

    def watch_article(self) -> None:
        self._show()

    def watch_script(self) -> None:
        self._show()

    def watch_variant(self) -> None:
        self._show()

    def watch_lang(self) -> None:
        self._show()

    def _show(self) -> None:
        a, s, v, lang = self.article, self.script, self.variant, self.lang
        if a is None or not self.is_mounted:
            return
        badge = f" {script_badge(s, v, lang)} "
        # The title may be the file's name, which can hold anything but ``/``.
        title = safe_line(a.display_title(s, v))
        room = self.size.width - text_width(badge) - 4  # the two pieces' padding
        forms = self._status_forms(a, lang)
        # The longest status beside the whole title; where the title is cut anyway, none with
        # the label (參照日期), and the longest of the others that leaves the title its share;
        # else the shortest: what was removed is never left unsaid.
        whole = room - text_width(title)
        share = room - min(text_width(title), max(_MIN_TITLE, room * 2 // 5))
        status = next(
            (form for form in forms if text_width(form) <= whole),
            next((form for form in forms[1:] if text_width(form) <= share), forms[-1]),
        )
        self.query_one("#title", Static).update(Text(title, no_wrap=True, overflow="ellipsis"))
        status_line = self.query_one("#status", Static)
        status_line.update(Text(status, no_wrap=True, overflow="ellipsis"))
        self.query_one("#script-badge", ScriptBadge).update(Text(badge))

    @staticmethod
    def _status_forms(a: Article, lang: Lang) -> list[str]:
        """The status, longest first, down to the date alone (``≈`` for a guessed one) after
        what the sanitiser removed: a narrow terminal keeps room for the title (at 40 columns
        the status took all of it)."""
        source = a.reference_source
        said = ui(f"refsrc.{source}", lang) if f"refsrc.{source}" in TEXTS else source
        day = a.reference_date.isoformat()
        notes = ""
        if a.escapes:  # what the sanitiser took out of the file is said, never silent
            notes += f"{a.escapes} {ui('escapes_removed', lang)} · "
        if a.replaced:
            notes += f"{a.replaced} {ui('replaced', lang)} · "
        short = ("≈" if source in GUESSED_SOURCES else "") + day
        forms = [f"{notes}{ui('ref', lang)} {day} ({said})", f"{notes}{day} ({said})", f"{notes}{short}"]
        return [safe_line(f) for f in forms]

    def on_resize(self) -> None:
        self._show()
