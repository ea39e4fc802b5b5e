"""The page info screen (``i``): what was split off the body, and the keywords to find.

Shows :class:`tui.model.page_info.PageInfo` — title, file, the reference date and
where it came from, the dateline, source and author lines, tags, and every line
taken for page chrome — so a reader can check the split.  The keywords are a list:
choosing one dismisses the screen with that keyword, which the app then marks in
the text (``n``/``N`` walk its occurrences).  Every string from the article is
drawn as plain text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.keymap import PAGE_INFO_BINDINGS, active_keymap, keyed
from tui.localized import dialog_footer
from tui.model.article import Article
from tui.model.page_info import page_info
from tui.model.sanitize import sanitize
from tui.model.scripts import Script, Variant
from tui.safe_screens import OnceModalScreen, PagesThroughBox, PagingOptionList
from tui.safety import ReportsErrors
from tui.strings import Lang, ui
from tui.wrapped_text import WrappedText


class PageInfoScreen(ReportsErrors, PagesThroughBox, OnceModalScreen):
    """Returns the chosen keyword, or ``None`` when closed.

    Bound state: ``script`` and ``variant`` (the article's words; ``t`` switches the script
    here too), ``lang`` (the interface words) and ``article`` (keywords that arrive while it
    is open appear).
    """

    BINDINGS = PAGE_INFO_BINDINGS
    BOX = "info-box"

    script: var[Script] = var(Script.TRADITIONAL, init=False)
    variant: var[Variant] = var(Variant.STANDARD, init=False)
    lang: var[Lang] = var(Lang.ZH_HANT, init=False)
    article: var[Article | None] = var(None, always_update=True, init=False)

    def __init__(
        self,
        article: Article,
        script: Script = Script.TRADITIONAL,
        count: Callable[[str], int] | None = None,
    ) -> None:
        """``article`` and ``script`` are drawn until the bindings reach the screen;
        ``count(keyword)`` says how often a keyword occurs (shown beside it)."""
        super().__init__()
        self.count = count
        self.set_reactive(PageInfoScreen.script, script)
        self.set_reactive(PageInfoScreen.article, article)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="info-box"):
            yield Static(id="info-table")
            yield Static(id="info-keywords-title")
            yield PagingOptionList(id="info-keywords")  # pageup in a burst never raises
            yield Static(id="info-chrome")
        yield dialog_footer(self.lang).data_bind(lang=PageInfoScreen.lang)

    def on_mount(self) -> None:
        self._show()
        keywords = next(iter(self.query("#info-keywords").results(OptionList)), None)
        if keywords is not None:
            self.set_focus(keywords, scroll_visible=False)

    def watch_script(self) -> None:
        if self.is_mounted:
            self._show()

    def watch_variant(self) -> None:
        if self.is_mounted:
            self._show()

    def watch_lang(self) -> None:
        if self.is_mounted:
            self._show()

    def watch_article(self) -> None:
        if self.is_mounted:
            self._show()

    def _show(self) -> None:
        s = self.lang  # interface words; the article's own words are in script and variant
        if self.article is None:
            return
        info = page_info(self.article, self.script, self.variant)
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        none = Text(ui("info_none", s), style="dim")

        def rows(label: str, lines: tuple[str, ...] | list[str]) -> None:
            if not lines:
                table.add_row(Text(label), none)
            for k, line in enumerate(lines):
                table.add_row(Text(label if k == 0 else ""), WrappedText(line))

        rows(ui("info_title", s), [info.title] if info.title else [ui("info_no_title", s)])
        file_line = f"{sanitize(info.source)} · {ui('info_encoding', s)} {info.encoding}"
        if info.replaced:
            file_line += f" · {info.replaced} {ui('replaced', s)}"
        rows(ui("info_file", s), [file_line])
        why = ui(f"ref_{info.reference_source}", s)
        reference = [f"{info.reference_date.isoformat()} · {why}"]
        if info.reference_line:
            reference.append(f"「{info.reference_line}」")
        rows(ui("ref", s), reference)
        rows(ui("info_dateline", s), info.datelines)
        rows(ui("info_credits", s), info.credits)
        rows(ui("info_tags", s), [" · ".join(info.tags)] if info.tags else [])
        shown = next(iter(self.query("#info-table").results(Static)), None)
        keywords = next(iter(self.query("#info-keywords").results(OptionList)), None)
        if shown is None or keywords is None:
            return  # dismissed in a burst before its children came: nothing left to fill
        shown.update(table)

        highlighted = keywords.highlighted
        keywords.clear_options()
        title = ui("keywords", s)
        if info.keywords is None:
            title += f"{ui('colon', s)}{ui('segmenting', s)}"
        elif not info.keywords:
            title += f"{ui('colon', s)}{ui('info_none', s)}"
        self.query_one("#info-keywords-title", Static).update(Text(title, style="bold"))
        if info.keywords:
            keywords.add_options(
                Option(self._keyword_line(k), id=str(i)) for i, k in enumerate(info.keywords)
            )
            keywords.highlighted = highlighted if highlighted is not None else 0
        keywords.display = bool(info.keywords)

        chrome = Text()
        chrome.append(f"{ui('info_chrome', s)} ({len(info.chrome)})\n", style="bold")
        chrome.append("\n".join(info.chrome) if info.chrome else ui("info_none", s))
        self.query_one("#info-chrome", Static).update(chrome)
        box = self.query_one("#info-box", VerticalScroll)
        box.border_title = Text(ui("page_info", s))
        box.border_subtitle = Text(keyed("page_info_hint", active_keymap(self.app), s))

    def _keyword_line(self, keyword: str) -> Text:
        line = Text(keyword)
        if self.count is not None:
            line.append(f"  ×{self.count(keyword)}", style="dim")
        return line

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Up and down move in the keyword list: bring it back into view when the page keys
        had scrolled the box away from it (the cursor moved where the reader could not see)."""
        event.stop()
        if not self.is_mounted:
            return
        box = self.query_one("#info-box", VerticalScroll)
        shown = event.option_list.virtual_region
        top, bottom = box.scroll_y, box.scroll_y + box.scrollable_content_region.height
        if shown.bottom <= top or shown.y >= bottom:  # out of sight, not just partly shown
            box.scroll_to_widget(event.option_list, animate=False, immediate=True)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.is_current and self.article is not None and self.article.keywords is not None:
            keyword = self.article.keywords[int(event.option.id or 0)]
            self.dismiss(keyword(self.script, self.variant))

    def action_close(self) -> None:
        if self.is_current:  # once, however fast the keys come
            self.dismiss(None)
