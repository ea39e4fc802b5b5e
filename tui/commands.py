"""Command palette: every action, and fuzzy "go to event…" / "go to blogger…".

The entries are built here from the view state (the article, script, variant and language), never by the
app: :func:`palette_entries` is plain Python over the model, and each entry names an app
action (``"select_event(3)"``), which the palette runs with ``App.run_action``.

Entries carry text from the article (event sentences), which Textual's palette would read as
markup: titles are built only from markup-free parts (dates, handles, names), and help text is
escaped, so an article can never inject a style or an action.

The query and the titles are matched *folded* (:func:`tui.model.find.fold`: one form per
character across scripts, widths and case), so ``春节`` finds ``春節`` in the Traditional
view; folding keeps lengths, so the matched characters are highlighted in the title as shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import cast

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.visual import Style

from tui.keymap import active_keymap, first_key, with_keys
from tui.model.article import Article
from tui.model.find import fold
from tui.model.scripts import Script, Variant
from tui.model.timeline_groups import groups_for
from tui.snippets import snippet
from tui.strings import Lang, ui
from tui.timeline_row import GUESS_MARK
from tui.view_state import ViewState

#: The app's actions in the palette: (binding id, action).  Titles are the binding's help line.
ACTIONS: tuple[tuple[str, str], ...] = (
    ("app.toggle_script", "toggle_script"),
    ("app.reading_mode", "reading_mode"),
    ("app.help", "help"),
    ("app.focus_article", "focus_pane('article')"),
    ("app.focus_timeline", "focus_pane('timeline')"),
    ("app.focus_bloggers", "focus_pane('bloggers')"),
    ("app.next_mention", "mention(1)"),
    ("app.previous_mention", "mention(-1)"),
    ("app.timeline_mode", "timeline_mode"),
    ("app.clear_selection", "clear_selection"),
    ("app.open", "open"),
    ("app.find", "find"),
    ("app.copy_sentence", "copy_sentence"),
    ("app.copy_paragraph", "copy_paragraph"),
    ("app.copy_chosen", "copy_chosen"),
    ("app.page_info", "page_info"),
    ("app.quit", "quit"),
)


@dataclass(frozen=True)
class Entry:
    """One palette entry: its title, a line of help, the app action it runs.

    ``alias`` is the title in the other languages: a query in English finds an entry shown
    in Chinese, and a Chinese one an entry shown in English.
    """

    title: str
    help: str
    action: str
    alias: str = ""  # found by this too: the title in the other interface languages


def _group_words(
    article: Article, events: tuple[int, ...], script: Script, variant: Variant | None
) -> str:
    """The distinct words a date is named by, first three, in reading order."""
    words = dict.fromkeys(article.timeline[i].text(script, variant) for i in events)
    return " · ".join(list(words)[:3])


def group_entries(
    article: Article, script: Script, variant: Variant | None = None, lang: Lang | None = None
) -> list[Entry]:
    """ "Go to event…": one entry per date (a timeline group), with the words that name it
    and the snippet of its first mention; found by its words in either script, and by an
    English query."""
    lang = lang or Lang.of(script)
    entries = []
    for g, group in enumerate(groups_for(article).groups):
        count = f" ×{group.count}" if group.count > 1 else ""
        guess = GUESS_MARK if group.guess else ""
        words = {
            s: f"{guess}{group.label(article)(s, variant)} "
            f"{_group_words(article, group.events, s, variant)}{count}"
            for s in (script, script.other)
        }
        e = article.timeline[group.first]
        text = article.paragraphs[e.paragraph].text(script, variant)
        entries.append(
            Entry(
                f"{ui('go_event', lang)} · {words[script]}",
                snippet(text, e.span, 70, article.paragraphs[e.paragraph].words).text,
                f"select_group({g})",
                f"{ui('go_event', Lang.EN)} · {words[script]} {words[script.other]}",
            )
        )
    return entries


def palette_entries(
    article: Article,
    script: Script,
    key_of: Callable[[str], str],
    variant: Variant | None = None,
    lang: Lang | None = None,
    keymap: Mapping[str, str] | None = None,
) -> list[Entry]:
    """Every palette entry, the article's words in ``script`` and ``variant``, the rest in ``lang``.

    ``key_of`` gives the key shown for a binding id; ``keymap`` is the one in force (a help
    line may name a key).
    """
    s, v, lang = script, variant, lang or Lang.of(script)

    def title(key: str, language: Lang, suffix: str = "") -> str:
        return with_keys(ui(key, language), keymap or {}) + suffix

    def others(make: Callable[[Lang], str]) -> str:
        """The title in the other languages (the scripts fold into one in the search)."""
        return " / ".join(make(language) for language in Lang if language is not lang)

    entries = []
    for binding, action in ACTIONS:
        keys = f" ({key_of(binding)})"
        entries.append(
            Entry(
                title(f"{binding}.help", lang, keys),
                "",
                action,
                others(lambda language, b=binding: title(f"{b}.help", language)),
            )
        )
    # the reference date, and the theme (Textual's own command, here to be found in any language)
    for key, help_key, action in (
        ("set_reference_date", None, "set_reference_date"),
        ("system.theme", "system.theme.help", "change_theme"),
    ):
        found_by = [others(lambda language, k=key: ui(k, language))]
        if help_key is not None:
            found_by.append(others(lambda language, k=help_key: ui(k, language)))
        help_text = ui(help_key, lang) if help_key is not None else ""
        if help_text:  # the line shown under it finds it too (變更 for 變更配色主題)
            found_by.append(help_text)
        entries.append(Entry(ui(key, lang), help_text, action, " / ".join(found_by)))
    for form in Variant:
        entries.append(
            Entry(
                f"{ui('choose_variant', lang)}{ui('colon', lang)}{ui(f'variant.{form}', lang)}",
                "",
                f"choose_variant('{form.value}')",
                others(lambda g, f=form: f"{ui('choose_variant', g)} {ui(f'variant.{f}', g)}"),
            )
        )
    for language in Lang:
        entries.append(
            Entry(
                f"{ui('choose_lang', lang)}{ui('colon', lang)}{ui(f'lang.{language}', lang)}",
                "",
                f"choose_lang('{language.value}')",
                others(lambda g, to=language: f"{ui('choose_lang', g)} {ui(f'lang.{to}', g)}"),
            )
        )
    go_blogger = ui("go_blogger", lang)
    entries += group_entries(article, s, v, lang)
    for i, b in enumerate(article.bloggers):
        who = " ".join(x(s, v) for x in (b.name, b.role) if x is not None)
        words = f"@{b.handle(s, v)} {who}"
        entries.append(
            Entry(
                f"{go_blogger} · {words}",
                "",
                f"select_blogger({i})",
                f"{ui('go_blogger', Lang.EN)} · {words}",
            )
        )
    return entries


def entries_for(app: App) -> list[Entry]:
    """The palette entries for ``app``'s view state, with the keys bound now."""
    state = cast(ViewState, app)
    if state.article is None:
        return []
    keymap = active_keymap(app)
    return palette_entries(
        state.article,
        state.script,
        lambda b: first_key(b, keymap),
        state.variant,
        state.lang,
        keymap,
    )


class ExplorerCommands(Provider):
    """Searches the explorer's actions, events and bloggers."""

    def _entries(self) -> list[Entry]:
        return entries_for(self.app)

    def _run(self, action: str) -> Callable[[], object]:
        return partial(self.app.run_action, action)

    async def discover(self) -> Hits:
        for entry in self._entries():
            yield DiscoveryHit(
                Content(entry.title),
                self._run(entry.action),
                text=entry.title,
                help=escape(entry.help),
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(query))
        style = self.match_style or Style(reverse=True)
        for entry in self._entries():
            # Folded (one form across scripts, widths, case): 春节 finds 春節; folding keeps
            # lengths, so the matched characters are highlighted in the title as shown.
            score, offsets = matcher.fuzzy_search.match(matcher.query, fold(entry.title))
            if score <= 0 and entry.alias:  # an English query, shown in the reader's language
                score, offsets = matcher.fuzzy_search.match(matcher.query, fold(entry.alias))
                offsets = ()  # the alias is not what is shown: nothing to highlight
            if score > 0:
                display = Content(entry.title)
                for at in offsets:
                    if not entry.title[at].isspace():
                        display = display.stylize(style, at, at + 1)
                yield Hit(
                    score,
                    display,
                    self._run(entry.action),
                    text=entry.title,
                    help=escape(entry.help),
                )
