"""The help screen: every key, as bound now, in the reader's language."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.reactive import var
from textual.widgets import Static

from tui.keymap import HELP_BINDINGS, active_keymap, help_rows, keys_said
from tui.linebreak import break_lines, text_width
from tui.localized import dialog_footer
from tui.safe_screens import OnceModalScreen, PagesThroughBox
from tui.safety import ReportsErrors
from tui.strings import Lang, ui


class HelpScreen(ReportsErrors, PagesThroughBox, OnceModalScreen):
    """Lists every key, as bound now (see :mod:`tui.keymap`); closes with escape, q or ?.

    Bound state (see :mod:`tui.view_state`): ``lang``, so ``t`` pressed here (which switches
    the language along with the script, unless one was chosen) redraws it too.
    """

    COMPONENT_CLASSES = {"help-screen--key"}
    BINDINGS = HELP_BINDINGS
    BOX = "help-box"

    lang: var[Lang] = var(Lang.ZH_HANT, init=False)

    def __init__(self, lang: Lang = Lang.ZH_HANT) -> None:
        """``lang`` is the one to draw before the binding reaches the screen."""
        super().__init__()
        self.set_reactive(HelpScreen.lang, lang)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(id="help-table")
        yield dialog_footer(self.lang).data_bind(lang=HelpScreen.lang)

    def on_mount(self) -> None:
        self._show()

    def watch_lang(self) -> None:
        if self.is_mounted:
            self._show()

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) as shown: the keys bound now, in the bound language."""
        return help_rows(active_keymap(self.app), self.lang)

    def on_resize(self, _event: events.Resize) -> None:
        self.call_after_refresh(self._show)  # the box's width is known after its layout

    def _show(self) -> None:
        """Render the keys in the bound language, broken for the box's width."""
        lang = self.lang
        try:
            box = self.query_one("#help-box", VerticalScroll)
            shown = self.query_one("#help-table", Static)
        except NoMatches:  # keys faster than the screen: torn down before (or while) it mounted
            return
        key_style = self.get_component_rich_style("help-screen--key", partial=True)
        shown.update(help_text(self.rows(), self._width(box), key_style))
        box.border_title = Text(ui("help_title", lang))
        close = keys_said(["help.close"], active_keymap(self.app), lang)
        box.border_subtitle = Text(ui("help_close", lang).format(keys=close))

    def _width(self, box: VerticalScroll) -> int:
        """Cells for the text: the box's own, or (before its first layout) what its CSS gives;
        less one, so a full line never touches the scrollbar (``逐一查看，▁▁``)."""
        width = box.scrollable_content_region.width
        if width > 0:
            return max(1, width - 1)
        return max(20, min(int(self.app.size.width * 0.9), 100) - 7)

    def action_dismiss(self) -> None:  # type: ignore[override]
        if self.is_current:  # once, however fast the keys come
            self.dismiss(None)


def help_text(rows: list[tuple[str, str]], width: int, key_style: Style) -> Text:
    """The help as lines for ``width`` cells: keys beside what they do, or above it when the
    box is too narrow for both (a 60-column terminal); descriptions break where Chinese text
    may break (:func:`tui.linebreak.break_lines`), never cut with an ellipsis."""
    key_width = min(max((text_width(keys) for keys, _ in rows), default=0), 24)
    beside = width - key_width - 2 >= 30
    indent = key_width + 2 if beside else 2
    out = Text(no_wrap=True, overflow="crop", end="")
    for number, (keys, what) in enumerate(rows):
        if number:
            out.append("\n")
        pieces = [what[a:b].rstrip() for a, b in break_lines(what, max(8, width - indent))] or [""]
        if beside and text_width(keys) <= key_width:
            out.append(keys, key_style)
            out.append(" " * (indent - text_width(keys)), key_style)  # the key column's own cells
            out.append(pieces[0])
            rest = pieces[1:]
        else:
            out.append(keys, key_style)
            rest = pieces
        for piece in rest:
            out.append("\n")
            out.append(" " * indent, key_style)
            out.append(piece)
    return out
