"""The view state: what every pane draws from, declared once, owned by the app.

The app (a :class:`ViewState`) is the only writer: it turns messages from the panes
and the workers into changes of these reactives.  Each pane declares reactives of the
same names and receives them with ``data_bind`` (``ArticleView().data_bind(*ARTICLE_PANE)``),
so a change reaches every pane that shows it, in any open screen, with nothing called
by hand::

    model (tui/model)          state (ViewState, on the app)          panes (tui/widgets)
    Article ──────────────────▶ article ─────────┬──────────────────▶ ArticleView
    Script   ◀── toggle ─────── script ──────────┼──────────────────▶ TimelineList
    Variant  ◀── palette ────── variant ─────────┤
    Lang     ◀── palette ────── lang ────────────┤  (follows script unless chosen)
    Selection (tui/selection) ◀ selection ───────┼──────────────────▶ BloggerList
    ArticleView.Moved ────────▶ on_screen ───────┘                    TitleBar, HelpScreen
    words worker ─────────────▶ words_failed
    width, z ─────────────────▶ folded ──────────────────────────────▶ LocalFooter (hints)

A pane builds its own rows, marks and border titles from the model and this state.
New state (a find query, say) is added here, set by the app, and bound by the panes
that draw it.
"""

from __future__ import annotations

from textual.reactive import reactive

from tui.model.article import Article
from tui.model.scripts import Script, Variant
from tui.selection import Selection
from tui.strings import Lang


class ViewState:
    """Reactives the panes bind to.  Mixed into the app, which alone assigns them.

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
    """

    article: reactive[Article | None] = reactive(None, always_update=True, init=False)
    script: reactive[Script] = reactive(Script.TRADITIONAL, init=False)
    variant: reactive[Variant] = reactive(Variant.STANDARD, init=False)
    lang: reactive[Lang] = reactive(Lang.ZH_HANT, init=False)
    selection: reactive[Selection | None] = reactive(None, init=False)
    on_screen: reactive[tuple[int, int]] = reactive((0, -1), init=False)
    words_failed: reactive[bool] = reactive(False, init=False)
    folded: reactive[bool] = reactive(False, init=False)


#: What each pane binds, script first and article last, so a pane lays out once when bound.
_SHOWN = (ViewState.script, ViewState.variant, ViewState.lang)
ARTICLE_PANE = (*_SHOWN, ViewState.selection, ViewState.words_failed, ViewState.article)
TIMELINE_PANE = (*_SHOWN, ViewState.selection, ViewState.on_screen, ViewState.article)
BLOGGER_PANE = (*_SHOWN, ViewState.selection, ViewState.article)
TITLE_BAR = (*_SHOWN, ViewState.article)
DIALOG = (ViewState.lang,)
FOOTER = (ViewState.lang, ViewState.folded, ViewState.selection)
