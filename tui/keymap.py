"""Every key binding, in one place, and everything that shows keys is generated from here.

The widgets' ``BINDINGS`` are these lists; the help screen, the palette titles and README's
key table are built from :data:`HELP_ROWS` and the keys currently bound (Textual's keymap
applied), so remapping a key changes every place it is shown.  Users remap keys in
``$XDG_CONFIG_HOME/article-explorer/config.toml``::

    [keymap]
    "app.toggle_script" = "s"
    "app.quit" = "q,x"

Binding ids (``app.toggle_script``, …) are the user's configuration: never rename one.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from textual._keyboard_protocol import FUNCTIONAL_KEYS
from textual.binding import Binding
from textual.keys import Keys, _character_to_key, key_to_character

from tui.model.cache_files import read_regular
from tui.model.scripts import Script
from tui.strings import TEXTS, Lang, ui

APP_BINDINGS = [
    Binding("t", "toggle_script", "繁/简", id="app.toggle_script"),
    Binding("n", "mention(1)", "Next mention", id="app.next_mention"),
    Binding("N", "mention(-1)", "Prev mention", id="app.previous_mention"),  # while finding
    Binding("z", "reading_mode", "Reading mode", id="app.reading_mode"),
    Binding("tab", "cycle(1)", "Next pane", show=False, priority=True, id="app.next_pane"),
    Binding(
        "shift+tab", "cycle(-1)", "Previous pane", show=False, priority=True, id="app.previous_pane"
    ),
    # Shown in the footer only while the side panes are folded (see tui.localized).
    Binding("1", "focus_pane('article')", "Article", id="app.focus_article"),
    Binding("2", "focus_pane('timeline')", "Timeline", id="app.focus_timeline"),
    Binding("3", "focus_pane('bloggers')", "Bloggers", id="app.focus_bloggers"),
    Binding("escape", "clear_selection", "Clear", id="app.clear_selection"),  # while finding
    Binding("o", "open", "Open", show=False, id="app.open"),
    Binding("v", "timeline_mode", "Axis", show=False, id="app.timeline_mode"),
    # / steps aside in dialogs (see FindActions.action_find); priority, so keys typed fast
    # after it reach the find bar
    Binding("slash,ctrl+f", "find", "Find", priority=True, id="app.find"),
    Binding("enter", "next_hit", "Next", show=False, id="app.next_hit"),
    Binding("y", "copy_sentence", "Copy", show=False, id="app.copy_sentence"),
    Binding("Y", "copy_paragraph", "Copy paragraph", show=False, id="app.copy_paragraph"),
    Binding("c", "copy_chosen", "Copy chosen", show=False, id="app.copy_chosen"),
    Binding("i", "page_info", "Info", show=False, id="app.page_info"),
    Binding("question_mark", "help", "Help", id="app.help"),
    Binding("q", "quit", "Quit", id="app.quit"),
    Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit_ctrl"),
    Binding(
        "ctrl+p",
        "command_palette",
        "palette",
        show=False,
        priority=True,
        tooltip="Open the command palette",
        id="app.command_palette",
    ),
]

ARTICLE_BINDINGS = [
    Binding("j,down", "line(1)", "Down", show=False, id="article.line_down"),
    Binding("k,up", "line(-1)", "Up", show=False, id="article.line_up"),
    Binding("space,pagedown", "page(1)", "Page", id="article.page_down"),
    Binding("b,pageup", "page(-1)", "Page up", show=False, id="article.page_up"),
    Binding("g,home", "edge(0)", "Top", show=False, id="article.top"),
    Binding("G,end", "edge(1)", "Bottom", show=False, id="article.bottom"),
]

LIST_BINDINGS = [
    Binding("j,down", "move(1)", "Down", show=False, id="list.down"),
    Binding("k,up", "move(-1)", "Up", show=False, id="list.up"),
    Binding("pagedown", "page(1)", "Page", show=False, id="list.page_down"),
    Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
    Binding("g,home", "edge(0)", "First", show=False, id="list.first"),
    Binding("G,end", "edge(1)", "Last", show=False, id="list.last"),
    Binding("enter", "choose", "Go to", id="list.choose"),
]

#: The timeline pane's list (its own ``v`` shows in the footer while it is focused).
TIMELINE_BINDINGS = [Binding("v", "app.timeline_mode", "Axis", id="timeline.axis")]

#: The timeline pane's time axis.
AXIS_BINDINGS = [
    Binding("left,h,up,k", "step(-1)", "Earlier", id="axis.earlier"),
    Binding("right,l,down,j", "step(1)", "Later", id="axis.later"),
    Binding("home,g", "edge(0)", "First", show=False, id="axis.first"),
    Binding("end,G", "edge(1)", "Last", show=False, id="axis.last"),
    Binding("enter", "choose", "Go to", id="axis.choose"),
    Binding("v", "app.timeline_mode", "List", id="axis.list"),
]

HELP_BINDINGS = [
    Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    Binding("t", "app.toggle_script", "繁/简", id="help.toggle_script"),
    Binding("j,down", "lines(1)", "Down", show=False, id="help.down"),
    Binding("k,up", "lines(-1)", "Up", show=False, id="help.up"),
    Binding("space,pagedown", "pages(1)", "Page", show=False, id="help.page_down"),
    Binding("b,pageup", "pages(-1)", "Page up", show=False, id="help.page_up"),
    Binding("g,home", "edge(0)", "Top", show=False, id="help.top"),
    Binding("G,end", "edge(1)", "Bottom", show=False, id="help.bottom"),
]

OPEN_BINDINGS = [
    Binding("escape", "cancel", "Cancel", id="open.cancel"),
    Binding("down", "to_recent", "Recent files", id="open.recent"),
]

#: The find bar's enter and escape are priority bindings, so they beat the input's own.
FIND_BINDINGS = [
    Binding("enter", "submit", "Next", priority=True, id="find.submit"),
    Binding("escape", "close", "End find", priority=True, id="find.close"),
]

#: Up and down move in the keyword list; the page keys scroll the whole box (priority, over
#: the list's own), so the lines split off below the keywords can be read from the keyboard.
PAGE_INFO_BINDINGS = [
    Binding("escape,q,i", "close", "Close", id="page_info.close"),
    Binding("t", "app.toggle_script", "繁/简", id="page_info.toggle_script"),
    Binding("space,pagedown", "pages(1)", "Page", show=False, priority=True, id="page_info.page_down"),
    Binding("b,pageup", "pages(-1)", "Page up", show=False, priority=True, id="page_info.page_up"),
    Binding("g,home", "edge(0)", "Top", show=False, priority=True, id="page_info.top"),
    Binding("G,end", "edge(1)", "Bottom", show=False, priority=True, id="page_info.bottom"),
]

DATE_BINDINGS = [Binding("escape", "cancel", "Cancel", id="date.cancel")]

#: Every binding by id.
BINDINGS: dict[str, Binding] = {
    b.id: b
    for b in (
        *APP_BINDINGS,
        *ARTICLE_BINDINGS,
        *LIST_BINDINGS,
        *TIMELINE_BINDINGS,
        *AXIS_BINDINGS,
        *HELP_BINDINGS,
        *OPEN_BINDINGS,
        *DATE_BINDINGS,
        *FIND_BINDINGS,
        *PAGE_INFO_BINDINGS,
    )
    if b.id is not None
}

#: The help screen and README's key table: the bindings a row explains, the entry of
#: :data:`tui.strings.TEXTS` that says what they do (shown in the reader's language), and
#: README's longer English line.
HELP_ROWS: list[tuple[tuple[str, ...], str, str]] = [
    (
        ("article.line_down", "article.line_up", "list.down", "list.up"),
        "article.line_down.help",
        "read line by line; in the lists, move",
    ),
    (
        ("article.page_down", "article.page_up", "list.page_down", "list.page_up"),
        "article.page_down.help",
        "page through the text (and the lists)",
    ),
    (
        ("article.top", "article.bottom", "list.first", "list.last", "axis.first", "axis.last"),
        "article.top.help",
        "top / bottom (in the lists: first / last)",
    ),
    (
        ("list.choose", "axis.choose"),
        "list.choose.help",
        "in the timeline / blogger pane: jump to the date / the blogger's first mention: "
        "its own words highlighted strongly, its sentence lightly",
    ),
    (
        ("app.next_mention", "app.previous_mention", "app.next_hit"),
        "keys.mention_or_hit",
        "next / previous find hit while a find is on (`enter` in the text too); otherwise"
        " next / previous mention of the chosen blogger or date (the row shows `3/22`)",
    ),
    (
        ("app.timeline_mode", "timeline.axis", "axis.list"),
        "app.timeline_mode.help",
        "the timeline as a list or on a time axis",
    ),
    (("axis.earlier",), "axis.earlier.help", "on the time axis: choose the earlier date"),
    (
        ("axis.later",),
        "axis.later.help",
        "on the time axis: choose the later date (a click on a mark chooses it too)",
    ),
    (
        ("app.toggle_script",),
        "app.toggle_script.help",
        "switch every pane between Traditional and Simplified, keeping the place",
    ),
    (
        ("app.reading_mode",),
        "app.reading_mode.help",
        "reading mode: the text alone at full width (again: the side panes come back)",
    ),
    (
        ("app.next_pane", "app.previous_pane"),
        "app.next_pane.help",
        "cycle the panes: text → timeline → bloggers",
    ),
    (
        ("app.focus_article", "app.focus_timeline", "app.focus_bloggers"),
        "keys.focus",
        "focus the text / the timeline / the bloggers (a folded pane is brought forward)",
    ),
    (
        ("app.find",),
        "app.find.help",
        "find in the text as you type: a query in either script finds both (`数字` finds"
        " `數字`; full-width/half-width and case folded); every hit marked, the current one"
        " strongly, `3/12` in the find bar; `enter` hands the keys back to the text",
    ),
    (
        ("app.copy_sentence", "app.copy_paragraph", "app.copy_chosen"),
        "keys.copy",
        "copy the sentence at the top of the screen (or at the current hit) / its paragraph /"
        " the chosen date's or mention's sentence, in the script on screen, to the terminal's"
        " clipboard (OSC 52: works over SSH; in tmux set `set-clipboard on`)",
    ),
    (
        ("app.page_info",),
        "app.page_info.help",
        "page info: title, file, reference date and where it came from, dateline, source and"
        " author lines, tags, keywords (choose one to mark it in the text; `n`/`N` walk it),"
        " every line split off as page chrome",
    ),
    (
        ("app.clear_selection",),
        "keys.clear",
        "end the find; then clear the selection and its highlights",
    ),
    (
        ("app.command_palette",),
        "app.command_palette.help",
        'command palette: every action, "go to event…" (one entry per date, found in either '
        'script), "go to blogger…", "set reference date…" (re-dates every relative date at '
        "once), the Traditional form and the interface language (an English query finds "
        "entries shown in Chinese)",
    ),
    (
        ("app.open",),
        "app.open.help",
        "open another article: type a path (`tab` completes it) or choose one read recently;"
        " a path that cannot be opened is a notification and is offered again",
    ),
    (("app.help",), "app.help.help", "this help (escape, `q` or `?` close it)"),
    (("app.quit", "app.quit_ctrl"), "app.quit.help", "quit"),
]

#: The mouse, which no binding describes: entries of :data:`tui.strings.TEXTS`.
MOUSE_ROW = ("mouse", "mouse.help")

#: What the marks in the timeline pane, on its axis, on the scrollbar and in the header mean
#: (help only: README says it in prose): (marks, entry of :data:`tui.strings.TEXTS`).
LEGEND_ROWS: list[tuple[str, str]] = [
    ("▍ ≈ ×3 3/22 ¶12", "legend.list"),
    ("● ━ ○ ┅ //", "legend.axis"),
    ("━", "legend.scrollbar"),
    ("legend.header.marks", "legend.header"),  # the marks are words here: translated too
]

_NAMES = {
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "slash": "/",
}


def display(key: str) -> str:
    """How a key is written for the reader: ``?`` for ``question_mark``, ``↓`` for ``down``."""
    key = key.strip()
    if key in _NAMES:
        return _NAMES[key]
    if len(key) == 1 or "+" in key:
        return key
    character = key_to_character(key)
    if character is not None and character.isprintable() and not character.isspace():
        return character
    return key


def keys_of(binding_id: str, keymap: Mapping[str, str]) -> list[str]:
    """The keys ``binding_id`` answers to: the user's, or else the default."""
    keys = keymap.get(binding_id) or BINDINGS[binding_id].key
    return [k.strip() for k in keys.split(",") if k.strip()]


def first_key(binding_id: str, keymap: Mapping[str, str]) -> str:
    """The key shown for ``binding_id`` where there is room for one (palette titles)."""
    keys = keys_of(binding_id, keymap)
    return display(keys[0]) if keys else ""


def shown_keys(binding_ids: Iterable[str], keymap: Mapping[str, str]) -> list[str]:
    """The bindings' first keys, then their second keys, without repeats."""
    lists = [keys_of(b, keymap) for b in binding_ids]
    shown: list[str] = []
    for rank in range(max((len(keys) for keys in lists), default=0)):
        for keys in lists:
            if rank < len(keys) and display(keys[rank]) not in shown:
                shown.append(display(keys[rank]))
    return shown


def keys_text(binding_ids: Iterable[str], keymap: Mapping[str, str]) -> str:
    """``j / k / ↓ / ↑`` (``/ · ctrl+f`` when ``/`` itself is one of the keys)."""
    shown = shown_keys(binding_ids, keymap)
    return (" · " if "/" in shown else " / ").join(shown)


def key_word(key: str) -> str:
    """A key as a word in a sentence: ``Esc``, ``Enter``, ``Tab``, else as :func:`display`."""
    return _WORDS.get(key.strip()) or display(key)


_WORDS = {"escape": "Esc", "enter": "Enter", "tab": "Tab", "space": "Space"}

#: ``{key:app.quit}`` in an entry of :data:`tui.strings.TEXTS`: the first key bound to it now;
#: fields side by side (``{key:axis.earlier}{key:axis.later}``) are one run.
_KEY_FIELD = re.compile(r"\{key:([a-z_]+\.[a-z_]+)\}")
_KEY_RUN = re.compile(r"(?:\{key:[a-z_]+\.[a-z_]+\})+")


def with_keys(text: str, keymap: Mapping[str, str]) -> str:
    """``text`` with each ``{key:ID}`` replaced by the key binding ``ID`` answers to now, so
    a legend, a hint or a help line never names a key that was remapped away.  A run of
    fields is written ``←→`` when every key is an arrow-like sign, else ``h/l``."""

    def run(match: re.Match[str]) -> str:
        ids = _KEY_FIELD.findall(match.group(0))
        words = [key_word(keys_of(i, keymap)[0]) for i in ids]
        signs = all(len(w) == 1 and not w.isalnum() for w in words)
        return ("" if signs else "/").join(words)

    return _KEY_RUN.sub(run, text)


def keyed(entry: str, keymap: Mapping[str, str], lang: Lang | Script) -> str:
    """The interface text ``entry`` in ``lang`` with the keys bound now (:func:`with_keys`)."""
    return with_keys(ui(entry, lang), keymap)


def keys_said(binding_ids: Iterable[str], keymap: Mapping[str, str], lang: Lang | Script) -> str:
    """``x 或 ctrl+q``: every key of the bindings, without repeats, inside a sentence."""
    names: list[str] = []
    for binding_id in binding_ids:
        names += [n for n in map(key_word, keys_of(binding_id, keymap)) if n not in names]
    if len(names) <= 1:
        return "".join(names)
    return ui("keys.and", lang).join(names[:-1]) + ui("keys.or", lang) + names[-1]


def help_rows(keymap: Mapping[str, str], lang: Lang | Script) -> list[tuple[str, str]]:
    """(keys, what they do) for the help screen in ``lang``, in reading order, then the
    mouse and what the timeline's marks mean."""
    rows = [(keys_text(ids, keymap), keyed(words, keymap, lang)) for ids, words, _ in HELP_ROWS]
    legend = [
        (ui(marks, lang) if marks in TEXTS else marks, ui(words, lang))
        for marks, words in LEGEND_ROWS
    ]
    return [*rows, (ui(MOUSE_ROW[0], lang), ui(MOUSE_ROW[1], lang)), *legend]


def readme_table(keymap: Mapping[str, str] | None = None) -> str:
    """README's key table (Markdown), generated from :data:`HELP_ROWS`."""
    lines = ["| keys | what they do |", "| --- | --- |"]
    for ids, _, english in HELP_ROWS:
        keys = " / ".join(f"`{k}`" for k in shown_keys(ids, keymap or {}))
        lines.append(f"| {keys} | {english} |")
    lines.append(
        "| mouse | click an @handle or a date in the text, a row in a list, or `繁`/`简` in the header |"
    )
    return "\n".join(lines)


def active_keymap(app: Any) -> Mapping[str, str]:
    """The keymap in force: what ``App.set_keymap`` was given (Textual keeps it in ``_keymap``)."""
    return getattr(app, "_keymap", {}) or {}


# ---- the user's configuration ------------------------------------------------------------------


def config_path() -> Path:
    """``$XDG_CONFIG_HOME/article-explorer/config.toml`` (``~/.config`` by default)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "article-explorer" / "config.toml"


class ConfigProblem(str):
    """A problem found in the config: its English line, and what is needed to say it in the
    reader's language (:meth:`text`)."""

    key: str
    params: dict[str, str]

    def __new__(cls, key: str, **params: str) -> ConfigProblem:
        from tui.strings import Lang, ui

        problem = super().__new__(cls, ui(key, Lang.EN).format(**params))
        problem.key, problem.params = key, params
        return problem

    def text(self, lang: object) -> str:
        """The problem in ``lang`` (a :class:`tui.strings.Lang`)."""
        from tui.strings import ui

        return ui(self.key, lang).format(**self.params)  # type: ignore[arg-type]


#: A config file larger than this is not one a person wrote (it is a few hundred bytes).
_CONFIG_MAX = 1 << 20


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[ConfigProblem]]:
    """The ``[keymap]`` table of the user's config, and a line for each problem found in it.

    A missing file is no keymap and no problem; a file that cannot be read or parsed, an
    unknown binding id or a value that is not a key string is reported and skipped, so a
    bad config never stops the app.
    """
    path = path or config_path()
    try:
        raw = read_regular(path, _CONFIG_MAX)
    except FileNotFoundError:
        return {}, []
    except OSError as error:
        return {}, [ConfigProblem("config.unreadable", path=str(path), detail=str(error.strerror or error))]
    import tomllib  # only when there is a config

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, [ConfigProblem("config.invalid", path=str(path), detail=str(error))]
    table = data.get("keymap", {})
    if not isinstance(table, dict):
        return {}, [ConfigProblem("config.not_table", path=str(path))]
    keymap: dict[str, str] = {}
    problems: list[ConfigProblem] = []
    for binding_id, keys in table.items():
        if binding_id not in BINDINGS:
            problems.append(ConfigProblem("config.unknown_id", path=str(path), id=repr(binding_id)))
        elif not isinstance(keys, str) or not keys.strip(",").strip():
            problems.append(ConfigProblem("config.needs_key", path=str(path), id=str(binding_id)))
        elif bad := [k.strip() for k in keys.split(",") if k.strip() and not key_name(k)]:
            problems.append(_refused("config.bad_key", path, binding_id, bad[0]))
        else:
            named = [key_name(k) for k in keys.split(",") if k.strip()]
            keymap[binding_id] = ",".join(dict.fromkeys(k for k in named if k))
    return _without_clashes(keymap, path, problems)


#: Modifiers as Textual names them in a key (``ctrl+shift+up``: in this order).
_MODIFIERS = ("alt", "ctrl", "hyper", "meta", "shift", "super")
_NAMED_KEYS = {
    *(k.value.rpartition("+")[2] for k in Keys if not k.value.startswith("<")),
    *FUNCTIONAL_KEYS.values(),
}


def key_name(key: str) -> str | None:
    """``key`` as Textual names the key (``question_mark`` for ``?``, modifiers in Textual's
    order), or ``None`` when no key is called so: ``ctrl+shift+banana`` (Textual would take
    ``banana`` for the character 🍌, and the binding would never fire)."""
    *modifiers, base = [part.strip() for part in key.strip().split("+")]
    if len(set(modifiers)) != len(modifiers) or not set(modifiers) <= set(_MODIFIERS) or not base:
        return None
    if len(base) == 1:
        base = _character_to_key(base)
    elif base not in _NAMED_KEYS:
        character = key_to_character(base)
        if character is None or _character_to_key(character) != base or not _typed(character):
            return None
    return "+".join([*sorted(modifiers, key=_MODIFIERS.index), base])


def _typed(character: str) -> bool:
    """Whether a character is one typed as a key: ASCII, or a letter, digit or punctuation."""
    if not character.isprintable() or character.isspace():
        return False
    return character.isascii() or unicodedata.category(character)[0] in "LNP"


#: Bindings that follow another's key unless the user set their own: the help screen and page
#: info switch the script by the key the app does.
FOLLOWERS = {"help.toggle_script": "app.toggle_script", "page_info.toggle_script": "app.toggle_script"}


def with_followers(keymap: Mapping[str, str]) -> dict[str, str]:
    """``keymap`` and the :data:`FOLLOWERS` of the bindings it remaps, each where its
    leader's key is free (``q`` closes the help: there ``t`` goes on switching the script)."""
    full = dict(keymap)
    for follower, leader in FOLLOWERS.items():
        if leader in keymap and follower not in keymap:
            tried = {**full, follower: keymap[leader]}
            if not any(follower in (a, b) for a, _, b in _clashes(tried)):
                full = tried
    return full


def _live_together() -> list[list[str]]:
    """Binding ids that answer keys at the same time: the app's with each pane's (the find bar
    is one), a dialog's with the app's priority keys.  A key may do one thing in each."""
    def ids(bindings: list[Binding]) -> list[str]:
        return [b.id for b in bindings if b.id]

    app = ids(APP_BINDINGS)
    priority = [b.id for b in APP_BINDINGS if b.priority and b.id]
    panes = [ARTICLE_BINDINGS, LIST_BINDINGS, LIST_BINDINGS + TIMELINE_BINDINGS, AXIS_BINDINGS]
    dialogs = [HELP_BINDINGS, OPEN_BINDINGS, PAGE_INFO_BINDINGS, DATE_BINDINGS]
    return [
        *(app + ids(pane) for pane in [*panes, FIND_BINDINGS]),
        *(ids(dialog) + priority for dialog in dialogs),
    ]


def _clashes(keymap: Mapping[str, str]) -> Iterator[tuple[str, str, str]]:
    """Each key two live bindings answer to with ``keymap`` applied: (binding, key, the
    other binding).  Keys the defaults share on purpose (``enter`` in a list and in the text,
    the timeline's ``v`` and the app's) are no clash."""
    for chain in _live_together():
        owner: dict[str, str] = {}
        for binding_id in chain:
            for key in (key_name(k) or k for k in keys_of(binding_id, keymap)):
                other = owner.setdefault(key, binding_id)
                if other == binding_id or _same_action(other, binding_id):
                    continue
                if key in _default_keys(other) and key in _default_keys(binding_id):
                    continue
                yield binding_id, key, other


def _same_action(a: str, b: str) -> bool:
    return BINDINGS[a].action.removeprefix("app.") == BINDINGS[b].action.removeprefix("app.")


def _default_keys(binding_id: str) -> list[str]:
    return [key_name(k) or k for k in keys_of(binding_id, {})]


def _without_clashes(
    keymap: dict[str, str], path: Path, problems: list[ConfigProblem]
) -> tuple[dict[str, str], list[ConfigProblem]]:
    """``keymap`` without the entries whose keys live bindings already answer to, once the
    whole keymap is applied (so two bindings may swap keys); each refused entry is a problem
    and its binding keeps its default keys.  Of two entries that clash the later is refused."""
    order = list(keymap)
    while (clash := next(_clashes(with_followers(keymap)), None)) is not None:
        binding_id, key, other = clash
        ids = [FOLLOWERS.get(b, b) if b not in keymap else b for b in (binding_id, other)]
        if not any(b in keymap for b in ids):  # the defaults never clash (a test says so)
            break
        refused = max((b for b in ids if b in keymap), key=order.index)
        taken_by = other if refused == ids[0] else binding_id
        problems.append(_refused("config.key_taken", path, refused, display(key), other=taken_by))
        del keymap[refused]
    return keymap, problems


def _refused(problem: str, path: Path, binding_id: str, key: str, **params: str) -> ConfigProblem:
    """A refused entry, with the default keys that stay."""
    default = keys_text([binding_id], {})
    return ConfigProblem(problem, path=str(path), id=binding_id, keyname=key, default=default, **params)
