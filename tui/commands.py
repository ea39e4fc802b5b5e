"""Command palette: every action, and fuzzy "go to event…" / "go to blogger…".

The entries are built here from the view state (the article and the script), never by the
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

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import cast

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.visual import Style

from tui.keymap import active_keymap, first_key
from tui.model.article import Article
from tui.model.find import fold
from tui.model.scripts import Script
from tui.strings import say
from tui.view_state import ViewState
from tui.widgets.rows import event_summary

#: The app's actions in the palette: (binding id, words in Simplified, English, action).
ACTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("app.toggle_script", "切换繁体/简体", "Toggle script", "toggle_script"),
    ("app.help", "按键说明", "Help", "help"),
    ("app.focus_article", "聚焦正文", "Focus article", "focus_pane('article')"),
    ("app.focus_timeline", "聚焦时间线", "Focus timeline", "focus_pane('timeline')"),
    ("app.focus_bloggers", "聚焦博主", "Focus bloggers", "focus_pane('bloggers')"),
    ("app.next_mention", "下一处提及", "Next mention", "mention(1)"),
    ("app.previous_mention", "上一处提及", "Previous mention", "mention(-1)"),
    ("app.clear_selection", "清除选择", "Clear selection", "clear_selection"),
    ("app.open", "打开文章", "Open file…", "open"),
    ("app.find", "查找", "Find in the text…", "find"),
    ("app.copy_sentence", "复制当前句子", "Copy sentence", "copy_sentence"),
    ("app.copy_paragraph", "复制当前段落", "Copy paragraph", "copy_paragraph"),
    ("app.copy_chosen", "复制所选句子", "Copy chosen sentence", "copy_chosen"),
    ("app.page_info", "页面信息", "Page info", "page_info"),
    ("app.quit", "退出", "Quit", "quit"),
)


@dataclass(frozen=True)
class Entry:
    """One palette entry: its title, a line of help, and the app action it runs."""

    title: str
    help: str
    action: str


def palette_entries(article: Article, script: Script, key_of: Callable[[str], str]) -> list[Entry]:
    """Every palette entry in ``script``; ``key_of`` gives the key shown for a binding id."""
    s = script
    entries = [
        Entry(f"{say(words, s)} — {english} ({key_of(binding)})", "", action)
        for binding, words, english, action in ACTIONS
    ]
    for i, e in enumerate(article.timeline):
        entries.append(
            Entry(
                f"{say('跳到事件', s)} · Go to event: {e.label(s)} {e.text(s)}",
                event_summary(article, i, s)[:80],
                f"select_event({i})",
            )
        )
    for i, b in enumerate(article.bloggers):
        who = " ".join(x(s) for x in (b.name, b.role) if x is not None)
        entries.append(
            Entry(
                f"{say('跳到博主', s)} · Go to blogger: @{b.handle(s)} {who}",
                "",
                f"select_blogger({i})",
            )
        )
    return entries


def entries_for(app: App) -> list[Entry]:
    """The palette entries for ``app``'s view state, with the keys bound now."""
    state = cast(ViewState, app)
    if state.article is None:
        return []
    keymap = active_keymap(app)
    return palette_entries(state.article, state.script, lambda b: first_key(b, keymap))


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
            score, offsets = matcher.fuzzy_search.match(matcher.query, fold(entry.title))
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
