"""The view state: what every pane draws from, declared once, owned by the app.

The app (a :class:`ViewState`) is the only writer: it turns messages from the panes
and the workers into changes of these reactive variables (``var``: setting one repaints
nothing by itself; each pane refreshes what the change touches).  Each pane declares
``var``s of the same names and receives them with ``data_bind``
(``ArticleView().data_bind(*ARTICLE_PANE)``), so a change reaches every pane that shows it,
in any open screen, with nothing called by hand::

    model (tui/model)          state (ViewState, on the app)          panes (tui/widgets)
    Article ──────────────────▶ article ─────────┬──────────────────▶ ArticleView
    Script   ◀── toggle ─────── script ──────────┼──────────────────▶ TimelineList
    Variant  ◀── palette ────── variant ─────────┤
    Lang     ◀── palette ────── lang ────────────┤  (follows script unless chosen)
    Selection (tui/selection) ◀ selection ───────┼──────────────────▶ BloggerList
    ArticleView.Moved ────────▶ on_screen ───────┘                    TitleBar, HelpScreen
    words worker ─────────────▶ words_failed
    width, z ─────────────────▶ folded ──────────────────────────────▶ LocalFooter (hints)
    FindBar.Changed ──────────▶ find ────────────────────────────────▶ ArticleView, FindBar

A pane builds its own rows, marks and border titles from the model and this state.
New state (a find query, say) is added here, set by the app, and bound by the panes
that draw it: declare it below, add it to the pane tuples, give the pane a ``var`` of
the same name and a ``watch_`` method, and put it in the pane's line-cache key.

Order matters twice: data_bind hands values over in the order given (script first,
article last, so a pane lays out once), and when the app replaces the article it clears
the selection first, so no pane ever sees a choice that points into another model.
"""

from __future__ import annotations

from textual.reactive import var

from tui.model.article import Article
from tui.model.find import FindState
from tui.model.scripts import Script, Variant
from tui.selection import Selection
from tui.strings import Lang


class ViewState:
    """Reactive variables the panes bind to.  Mixed into the app, which alone assigns them.

    - ``article``: the model on screen; replaced (never mutated) when words arrive, when a
      book has been read whole, or when another file is opened.  Compared by identity.
    - ``script``: the script of every string shown.
    - ``variant``: the form of Traditional text (standard, 臺灣正體, 香港繁體).
    - ``lang``: the interface language (the script's own unless the reader chose one).
    - ``selection``: what the reader chose (:class:`tui.selection.Selection`) or ``None``.
    - ``on_screen``: ``(first, last)`` paragraphs the article pane shows, inclusive.
    - ``words_failed``: segmentation failed, so keywords are unavailable (the rest works).
    - ``folded``: the side panes are not beside the text (a narrow window, or reading mode);
      ``1``/``2``/``3`` bring a pane forward, and the footer says so.
    - ``find``: the find in progress (:class:`tui.model.find.FindState`: its hits and the one
      the reader is at) or ``None``.
    """

    article: var[Article | None] = var(None, always_update=True, init=False)
    script: var[Script] = var(Script.TRADITIONAL, init=False)
    variant: var[Variant] = var(Variant.STANDARD, init=False)
    lang: var[Lang] = var(Lang.ZH_HANT, init=False)
    selection: var[Selection | None] = var(None, init=False)
    on_screen: var[tuple[int, int]] = var((0, -1), init=False)
    words_failed: var[bool] = var(False, init=False)
    folded: var[bool] = var(False, init=False)
    find: var[FindState | None] = var(None, init=False)


#: What each pane binds, script first and article last, so a pane lays out once when bound.
_SHOWN = (ViewState.script, ViewState.variant, ViewState.lang)
ARTICLE_PANE = (
    *_SHOWN,
    ViewState.selection,
    ViewState.words_failed,
    ViewState.find,
    ViewState.article,
)
TIMELINE_PANE = (*_SHOWN, ViewState.selection, ViewState.on_screen, ViewState.article)
BLOGGER_PANE = (*_SHOWN, ViewState.selection, ViewState.article)
TITLE_BAR = (*_SHOWN, ViewState.article)
DIALOG = (ViewState.lang,)
FOOTER = (ViewState.lang, ViewState.folded, ViewState.selection, ViewState.find)
FIND_BAR = (*_SHOWN, ViewState.find)
