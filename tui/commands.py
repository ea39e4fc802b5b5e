"""Command palette: every action, and fuzzy "go to event…" / "go to blogger…".

The entries are built here from the view state (the article and the script), never by the
app: :func:`palette_entries` is plain Python over the model, and each entry names an app
action (``"select_event(3)"``), which the palette runs with ``App.run_action``.

Entries carry text from the article (event sentences), which Textual's palette would read as
markup: titles are built only from markup-free parts (dates, handles, names), and help text is
escaped, so an article can never inject a style or an action.
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

from tui.keymap import active_keymap, first_key
from tui.model.article import Article
from tui.model.scripts import Script
from tui.model.timeline_groups import groups_for
from tui.snippets import snippet
from tui.strings import say
from tui.timeline_row import GUESS_MARK
from tui.view_state import ViewState

#: The app's actions in the palette: (binding id, words in Simplified, English, action).
ACTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("app.toggle_script", "切换繁体/简体", "Toggle script", "toggle_script"),
    ("app.help", "按键说明", "Help", "help"),
    ("app.focus_article", "聚焦正文", "Focus article", "focus_pane('article')"),
    ("app.focus_timeline", "聚焦时间线", "Focus timeline", "focus_pane('timeline')"),
    ("app.focus_bloggers", "聚焦博主", "Focus bloggers", "focus_pane('bloggers')"),
    ("app.next_mention", "下一处提及", "Next mention", "mention(1)"),
    ("app.previous_mention", "上一处提及", "Previous mention", "mention(-1)"),
    ("app.timeline_mode", "时间线：列表 / 时间轴", "Timeline list / axis", "timeline_mode"),
    ("app.clear_selection", "清除选择", "Clear selection", "clear_selection"),
    ("app.open", "打开文章", "Open file…", "open"),
    ("app.quit", "退出", "Quit", "quit"),
)


@dataclass(frozen=True)
class Entry:
    """One palette entry: its title, a line of help, and the app action it runs."""

    title: str
    help: str
    action: str
    also: str = ""  # found by this too: the title in the other script


def _group_words(article: Article, events: tuple[int, ...], script: Script) -> str:
    """The distinct words a date is named by, first three, in reading order."""
    words = dict.fromkeys(article.timeline[i].text(script) for i in events)
    return " · ".join(list(words)[:3])


def group_entries(article: Article, script: Script) -> list[Entry]:
    """ "Go to event…": one entry per date (a timeline group), with the words that name it
    and the snippet of its first mention; found by its words in either script."""
    entries = []
    for g, group in enumerate(groups_for(article).groups):
        count = f" ×{group.count}" if group.count > 1 else ""
        guess = GUESS_MARK if group.guess else ""
        titles = {
            s: f"{say('跳到事件', s)} · Go to event: {guess}{group.label(article)(s)} "
            f"{_group_words(article, group.events, s)}{count}"
            for s in (script, script.other)
        }
        e = article.timeline[group.first]
        text = article.paragraphs[e.paragraph].text(script).replace("\t", " ")
        entries.append(
            Entry(
                titles[script],
                snippet(text, e.span, 70, article.paragraphs[e.paragraph].words).text,
                f"select_group({g})",
                titles[script.other],
            )
        )
    return entries


def palette_entries(article: Article, script: Script, key_of: Callable[[str], str]) -> list[Entry]:
    """Every palette entry in ``script``; ``key_of`` gives the key shown for a binding id."""
    s = script
    entries = [
        Entry(f"{say(words, s)} — {english} ({key_of(binding)})", "", action)
        for binding, words, english, action in ACTIONS
    ]
    entries.append(
        Entry(f"{say('设定参照日期…', s)} — Set reference date…", "", "set_reference_date")
    )
    entries += group_entries(article, s)
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
        matcher = self.matcher(query)
        for entry in self._entries():
            score = max(matcher.match(entry.title), matcher.match(entry.also) if entry.also else 0)
            if score > 0:
                display = matcher.highlight(escape(entry.title))
                yield Hit(
                    score,
                    display,
                    self._run(entry.action),
                    text=entry.title,
                    help=escape(entry.help),
                )
