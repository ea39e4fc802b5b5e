"""A small dialog that asks for the path of another article to open.

The files read last are listed (choose one with the arrows and ``enter``), ``tab``
completes the typed path as a shell does, and a path that could not be opened is
offered again, to be corrected rather than typed anew.  File names are shown
sanitised (``ESC`` as ``␛``), in the field too: a name can hold control characters, and
never reaches the terminal as one; the shown path is turned back into the real one on enter.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.keymap import OPEN_BINDINGS, active_keymap, keyed
from tui.localized import dialog_footer
from tui.model.sanitize import safe_line
from tui.path_completion import complete, real_path
from tui.safe_screens import BoundedInput, OnceModalScreen, PagingOptionList
from tui.safety import ReportsErrors
from tui.strings import Lang, ui

#: How many candidates a completion lists under the path.
_SHOWN = 8


class PathInput(BoundedInput):
    """An input whose ``tab`` completes the path instead of moving the focus (pastes capped)."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return key == "tab" or super().check_consume_key(key, character)

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "tab":
            event.stop()
            event.prevent_default()
            self.screen.complete_path()  # type: ignore[attr-defined]
            return
        await super()._on_key(event)


class OpenScreen(ReportsErrors, OnceModalScreen):
    """Returns the typed or chosen path, or ``None`` when dismissed with escape."""

    BINDINGS = OPEN_BINDINGS

    def __init__(self, lang: Lang, recent: list[str] | None = None, path: str = "") -> None:
        """``recent``: paths to offer, newest first; ``path``: the text to start from."""
        super().__init__()
        self.lang = lang
        self.recent = list(recent or [])
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="open-box") as box:
            box.border_title = ui("open_title", self.lang)
            yield Static(keyed("open_hint", active_keymap(self.app), self.lang), markup=False)
            yield PathInput(
                safe_line(self.path), placeholder=ui("open_placeholder", self.lang), id="open-path"
            )
            yield Static(id="open-candidates", markup=False)
            if self.recent:
                yield Static(ui("recent_files", self.lang), markup=False, id="open-recent-title")
                yield PagingOptionList(
                    *(Option(Text(safe_line(p)), id=str(i)) for i, p in enumerate(self.recent)),
                    id="open-recent",
                )
        yield dialog_footer(self.lang)

    def on_mount(self) -> None:
        try:
            candidates = self.query_one("#open-candidates", Static)
            field = self.query_one(PathInput)
        except NoMatches:  # keys faster than the screen: torn down while it mounted
            return
        candidates.display = False
        self.screen.set_focus(field)  # now, not after a refresh: keys typed next go in
        field.cursor_position = len(field.value)

    def complete_path(self) -> None:
        """``tab``: extend the typed path; list the candidates when there are several."""
        field = self.query_one(PathInput)
        completed, names = complete(field.value)
        field.value = completed
        field.cursor_position = len(completed)
        shown = self.query_one("#open-candidates", Static)
        if len(names) > 1:
            more = f"  (+{len(names) - _SHOWN})" if len(names) > _SHOWN else ""
            shown.update(Text("  ".join(names[:_SHOWN]) + more, style="dim"))  # shown safe
        elif not names:
            shown.update(Text(ui("no_completion", self.lang), style="dim"))
        shown.display = len(names) != 1

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._close(real_path(event.value.strip()) or None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._close(self.recent[int(event.option.id or 0)])

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``↓`` to the recent files is in the footer only where there are some to go to."""
        if action == "to_recent":
            return bool(self.recent) and isinstance(self.focused, Input)
        return True

    def action_to_recent(self) -> None:
        if self.recent and isinstance(self.focused, Input):
            self.set_focus(self.query_one("#open-recent", OptionList))

    def action_cancel(self) -> None:
        self._close(None)

    def _close(self, path: str | None) -> None:
        """Dismiss once: keys typed fast can submit and cancel in the same instant."""
        if self.is_current:
            self.dismiss(path)
