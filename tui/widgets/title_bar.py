"""The header: the article's title, a short status and a clickable script control (繁 / 简)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static

from tui.model.article import Article
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
        source = a.reference_source
        said = ui(f"refsrc.{source}", lang) if f"refsrc.{source}" in TEXTS else source
        status = f"{ui('ref', lang)} {a.reference_date.isoformat()} ({said})"
        if a.replaced:
            status = f"{a.replaced} {ui('replaced', lang)} · " + status
        if a.escapes:  # what the sanitiser took out of the file is said, never silent
            status = f"{a.escapes} {ui('escapes_removed', lang)} · " + status
        # The title may be the file's name, which can hold anything but ``/``.
        title, status = safe_line(a.display_title(s, v)), safe_line(status)
        self.query_one("#title", Static).update(Text(title, no_wrap=True, overflow="ellipsis"))
        self.query_one("#status", Static).update(Text(status, no_wrap=True, overflow="ellipsis"))
        self.query_one("#script-badge", ScriptBadge).update(Text(f" {script_badge(s, v, lang)} "))
