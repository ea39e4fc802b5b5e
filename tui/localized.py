"""Textual's own words, in the reader's language: footer labels, the palette, system commands.

Textual writes a few English words itself: the binding descriptions in the footer, the
palette's placeholder and its "No matches found", the system commands (Theme, Quit,
Screenshot…) and the theme picker's placeholder.  The words come from
:mod:`tui.strings`; footer labels are looked up by binding id, so the bindings keep
their English descriptions for Textual's own uses (tooltips, the keys panel) and
the table stays the one place for the words a reader sees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.align import Align
from rich.text import Text
from textual.app import ComposeResult, SystemCommand
from textual.command import CommandList, CommandPalette, ProviderSource
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey
from textual.widgets.option_list import Option

from tui.strings import TEXTS, Lang, ui


class LocalFooter(Footer):
    """Textual's footer with each key's label from the table (by binding id), in ``lang``."""

    lang: reactive[Lang] = reactive(Lang.ZH_HANT, init=False)

    def watch_lang(self) -> None:
        if self.is_attached:
            self.call_after_refresh(self.recompose)

    def compose(self) -> ComposeResult:
        active = self.screen.active_bindings if self._bindings_ready else {}
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                entry = active.get(widget.key)
                if entry is not None:
                    label = footer_label(entry.binding.id, entry.binding.action, self.lang)
                    if label is not None:
                        widget.description = label
            yield widget


def footer_label(binding_id: str | None, action: str, lang: Lang) -> str | None:
    """The footer's label for a binding, or None to leave Textual's."""
    if binding_id is None and action in {"command_palette", "app.command_palette"}:
        binding_id = "app.command_palette"  # Textual adds this binding itself, without an id
    if binding_id is None or binding_id not in TEXTS:
        return None
    return ui(binding_id, lang)


class LocalCommandPalette(CommandPalette):
    """Textual's command palette with its placeholder and "No matches found" in ``lang``."""

    def __init__(
        self,
        lang: Lang,
        providers: ProviderSource | None = None,
        *,
        placeholder: str = "palette_placeholder",
        id: str | None = None,
    ) -> None:
        """``placeholder`` is a key of the interface table."""
        super().__init__(providers, placeholder=ui(placeholder, lang), id=id)
        self.lang = lang

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual 8.2.8's, with the message in the reader's language.

        Textual writes "No matches found" inside this method; it is pinned, and
        ``tests/test_language.py`` fails if a palette ever shows the English words.
        """
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(ui("palette_no_matches", self.lang), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def system_commands(
    screen: Screen, lang: Lang, *, change_theme: Callable[[], object], quit: Callable[[], object]
) -> Iterable[SystemCommand]:
    """Textual's system commands (theme, maximize, screenshot, quit) in ``lang``.

    Textual's "Keys" panel is left out: it lists binding descriptions in English, and
    the help screen (``?``) shows every key in the reader's language.
    """
    yield SystemCommand(ui("system.theme", lang), ui("system.theme.help", lang), change_theme)
    if screen.maximized is not None:
        yield SystemCommand(
            ui("system.minimize", lang), ui("system.minimize.help", lang), screen.action_minimize
        )
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand(
            ui("system.maximize", lang), ui("system.maximize.help", lang), screen.action_maximize
        )
    app = screen.app
    yield SystemCommand(
        ui("system.screenshot", lang),
        ui("system.screenshot.help", lang),
        lambda: app.set_timer(0.1, app.deliver_screenshot),
    )
    yield SystemCommand(ui("app.quit", lang), ui("app.quit.help", lang), quit)
