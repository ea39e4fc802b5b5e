"""Textual's own words, in the reader's language: footer labels, the palette, system commands.

Textual writes a few English words itself: the binding descriptions in the footer, the
palette's placeholder and its "No matches found", the system commands (Theme, Quit,
Screenshot…) and the theme picker's placeholder.  The words come from
:mod:`tui.strings`; footer labels are looked up by binding id, so the bindings keep
their English descriptions for Textual's own uses (tooltips, the keys panel) and
the table stays the one place for the words a reader sees.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.align import Align
from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.command import CommandList, ProviderSource
from textual.compose import compose
from textual.css.query import NoMatches
from textual.events import Resize
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey
from textual.widgets.option_list import Option

from tui.model.find import FindState
from tui.safe_screens import ExplorerPalette
from tui.selection import Selection, SelectionKind
from tui.strings import TEXTS, Lang, ui

#: Keys the footer shows only while the side panes are folded: the way to bring each pane.
PANE_KEYS = {
    "app.focus_article": "article",
    "app.focus_timeline": "timeline",
    "app.focus_bloggers": "bloggers",
}


def footer_shows(
    binding_id: str | None,
    *,
    folded: bool,
    focused: str | None,
    following: bool,
    finding: bool = False,
) -> bool:
    """Whether the footer shows a key, so that it holds only the keys that matter now.

    The pane keys (``2 時間線 3 博主``) while the panes are folded, except the pane in front;
    ``n`` while a blogger is being followed or a find is on; while a find is on, ``N`` and
    ``Esc`` (which ends it) instead of ``/`` (which starts one).
    """
    if binding_id in PANE_KEYS:
        return folded and PANE_KEYS[binding_id] != (focused or "article")
    if binding_id == "app.next_mention":
        return following or finding
    if binding_id in ("app.previous_mention", "app.clear_selection"):
        return finding
    if binding_id == "app.find":
        return not finding
    return True


#: Keys given up first when the footer is too narrow for all (the help lists them all).
DROP_FIRST = (
    "article.page_down",
    "app.find",
    "app.quit",
    "app.reading_mode",
    "app.help",
    "app.previous_mention",
    "list.choose",
)
#: Keys kept even when a pane's own keys fill the footer (the script toggle is the app's own).
_ALWAYS_SHOWN = frozenset({"app.toggle_script"})
#: Cells the command palette's key takes at the footer's right end (``^p 指令`` and its rule).
_PALETTE_CELLS = 10


class LocalFooter(Footer):
    """Textual's footer with each key's label from the table (by binding id), in ``lang``.

    Bound state (see :mod:`tui.view_state`): ``lang``, ``folded``, ``selection`` and
    ``find``, which decide the labels and which keys are worth the room (:func:`footer_shows`);
    a dialog's own footer (:func:`dialog_footer`) is given only ``lang``.  Keys that
    do not fit the width are left out, least needed first (:data:`DROP_FIRST`), so the
    footer is never cut in the middle of a word.
    """

    lang: var[Lang] = var(Lang.ZH_HANT, init=False)
    folded: var[bool] = var(False, init=False)
    selection: var[Selection | None] = var(None, init=False)
    find: var[FindState | None] = var(None, init=False)
    _laid_out_width = 0  # the width the keys were chosen for
    _recompose_pending = False

    def _state_changed(self) -> None:
        """Choose the keys again after the next refresh, once however many changes come.

        Each recompose mounts a row of keys (and restyles them); a burst of keys, focus
        changes and resizes asks for one per event, so a backlog would pay for all of them.
        """
        if self.is_attached and not self._recompose_pending:
            self._recompose_pending = True
            self.call_after_refresh(self._recompose_once)

    async def _recompose_once(self) -> None:
        """Mount the keys again, unless they would be the ones already shown.

        Most changes of bindings (focus moving between panes, the words arriving, a resize
        to a width the same keys fit) leave the row as it is; mounting and restyling it again
        cost a start-up several milliseconds for nothing.
        """
        self._recompose_pending = False
        if not self.is_attached or self._pruning:
            return
        wanted = compose(self)
        if _key_row(wanted) == _key_row(self.children):
            return
        async with self.batch():  # as Widget.recompose, with the keys already composed
            await self.query_children("*").exclude(".-textual-system").remove()
            if self.is_attached:
                await self.mount_all(wanted)

    def bindings_changed(self, screen: Screen) -> None:
        """Textual's footer recomposes on every change of bindings: once here too."""
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._state_changed()

    watch_folded = _state_changed

    def watch_lang(self) -> None:
        if self.is_attached:  # after the frame that shows the toggled text
            self.call_after_refresh(self._relabel)

    def _relabel(self) -> None:
        """Relabel the keys in place (a toggle must stay cheap); recompose only if they overflow."""
        if not self.is_attached:
            return  # a dialog's footer, its dialog closed right after the toggle
        active = self.screen.active_bindings
        for key in self.query(FooterKey):
            entry = active.get(key.key)
            if entry is not None:
                label = footer_label(entry.binding.id, entry.binding.action, self.lang)
                if label is not None and label != key.description:
                    key.description = label
                    key.refresh(layout=True)
        keys = [(k, None) for k in self.query(FooterKey)]
        room = self.app.size.width - (_PALETTE_CELLS if self.app.ENABLE_COMMAND_PALETTE else 0)
        if sum(key_cells(k) for k, _ in keys) > room:
            self._state_changed()

    def watch_selection(self, old: Selection | None, new: Selection | None) -> None:
        if _following(old) != _following(new):
            self._state_changed()

    def watch_find(self, old: FindState | None, new: FindState | None) -> None:
        if (old is None) != (new is None):  # a find began or ended (not each key typed)
            self._state_changed()

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._laid_out_width:
            self._state_changed()

    def compose(self) -> ComposeResult:
        active = self.screen.active_bindings if self._bindings_ready else {}
        focused = self.screen.focused
        focused_id = focused.id if focused is not None else None
        keys: list[tuple[FooterKey, str | None]] = []
        for widget in super().compose():
            if not isinstance(widget, FooterKey):
                yield widget  # binding groups: the explorer has none
                continue
            entry = active.get(widget.key)
            binding_id = entry.binding.id if entry is not None else None
            if entry is not None:
                if not footer_shows(
                    binding_id,
                    folded=self.folded,
                    focused=focused_id,
                    following=_following(self.selection),
                    finding=self.find is not None,
                ):
                    continue
                label = footer_label(binding_id, entry.binding.action, self.lang)
                if label is not None:
                    widget.description = label
            keys.append((widget, binding_id))
        self._laid_out_width = self.app.size.width
        room = self._laid_out_width - (_PALETTE_CELLS if self.app.ENABLE_COMMAND_PALETTE else 0)
        yield from (widget for widget, _ in fit(keys, room))


def dialog_footer(lang: Lang) -> LocalFooter:
    """A dialog's own footer: a dialog takes every key while it is open, so the reader's
    footer below it named keys that did nothing there (``z``, ``2``) or closed the dialog
    (``q`` 離開); this one, docked over it, names the dialog's keys in ``lang``."""
    footer = LocalFooter(compact=True)
    footer.set_reactive(LocalFooter.lang, lang)
    return footer


def _key_row(widgets: Iterable[Widget]) -> tuple[tuple[object, ...], ...]:
    """What a row of footer keys shows and does: equal rows need no new mount."""
    return tuple(
        (
            type(w),
            getattr(w, "key", None),
            getattr(w, "key_display", None),
            getattr(w, "description", None),
            getattr(w, "action", None),
            w.disabled,
            str(w.tooltip),
            tuple(sorted(w.classes - {"-compact"})),  # -compact follows the footer, bound
        )
        for w in widgets
        if not w.has_class("-textual-system")
    )


def key_cells(widget: FooterKey) -> int:
    """Cells a compact footer key takes: key, a space, its label, and a margin or a rule."""
    return cell_len(widget.key_display) + 1 + cell_len(widget.description) + 1


def fit(keys: list[tuple[FooterKey, str | None]], width: int) -> list[tuple[FooterKey, str | None]]:
    """``keys`` less the ones in :data:`DROP_FIRST`, in that order, until they fit ``width``;
    then, if a pane's own keys still do not fit (the time axis at 60 columns), the last ones
    but ``t``, so the palette's key at the right end is never cut (help lists every key)."""
    kept = list(keys)
    finding = any(b == "app.clear_selection" for _, b in kept)  # esc ends a find
    # while finding, n and esc are what matter: t and N give way before them (at 40 columns
    # the footer kept t 繁/簡 n 下一處 and lost esc)
    order = (
        (*(b for b in DROP_FIRST if b != "app.previous_mention"), *PANE_KEYS, "app.toggle_script",
         "app.previous_mention")
        if finding
        else DROP_FIRST
    )
    for binding_id in order:
        if sum(key_cells(w) for w, _ in kept) <= width:
            break
        kept = [(w, b) for w, b in kept if b != binding_id]
    while sum(key_cells(w) for w, _ in kept) > width:
        last = [
            i
            for i, (w, b) in enumerate(kept)
            if b not in _ALWAYS_SHOWN and not w.has_class("-command-palette")
        ]
        if not last:
            break
        del kept[last[-1]]
    return kept


def _following(selection: Selection | None) -> bool:
    return selection is not None and selection.kind is SelectionKind.BLOGGER


def footer_label(binding_id: str | None, action: str, lang: Lang) -> str | None:
    """The footer's label for a binding, or None to leave Textual's.

    ``Esc`` is in the footer only while a find is on (:func:`footer_shows`), where it ends
    the find: it says so, also when the labels follow a toggle of the script.
    """
    if binding_id == "app.clear_selection":
        return ui("find.close", lang)
    if binding_id is None and action in {"command_palette", "app.command_palette"}:
        binding_id = "app.command_palette"  # Textual adds this binding itself, without an id
    if binding_id is None or binding_id not in TEXTS:
        return None
    return ui(binding_id, lang)


class LocalCommandPalette(ExplorerPalette):
    """Textual's command palette, guarded (:class:`~tui.safe_screens.ExplorerPalette`), with
    its placeholder and "No matches found" in ``lang``."""

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
                try:
                    commands = self.query_one(CommandList)
                except NoMatches:  # the palette closed before the timer fired
                    return
                commands.add_option(
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
