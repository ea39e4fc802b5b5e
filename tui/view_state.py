"""The view state: what every pane draws from, declared once, owned by the app.

The app (a :class:`ViewState`) is the only writer: it turns messages from the panes
and the workers into changes of these reactives.  Each pane declares reactives of the
same names and receives them with ``data_bind`` (``ArticleView().data_bind(*ARTICLE_PANE)``),
so a change reaches every pane that shows it, in any open screen, with nothing called
by hand::

    model (tui/model)          state (ViewState, on the app)          panes (tui/widgets)
    Article ──────────────────▶ article ─────────┬──────────────────▶ ArticleView
    Script   ◀── toggle ─────── script ──────────┼──────────────────▶ TimelineList
    Selection (tui/selection) ◀ selection ───────┼──────────────────▶ BloggerList
    ArticleView.Moved ────────▶ on_screen ───────┘                    TitleBar, HelpScreen
    words worker ─────────────▶ words_failed

A pane builds its own rows, marks and border titles from the model and this state.
New state (a find query, say) is added here, set by the app, and bound by the panes
that draw it.
"""

from __future__ import annotations

from textual.reactive import reactive

from tui.model.article import Article
from tui.model.find import FindState
from tui.model.scripts import Script
from tui.selection import Selection


class ViewState:
    """Reactives the panes bind to.  Mixed into the app, which alone assigns them.

    - ``article``: the model on screen; replaced (never mutated) when words arrive, when a
      book has been read whole, or when another file is opened.  Compared by identity.
    - ``script``: the script of every string shown.
    - ``selection``: what the reader chose (:class:`tui.selection.Selection`) or ``None``.
    - ``on_screen``: ``(first, last)`` paragraphs the article pane shows, inclusive.
    - ``words_failed``: segmentation failed, so keywords are unavailable (the rest works).
    - ``find``: the find in progress (:class:`tui.model.find.FindState`: its hits and the one
      the reader is at) or ``None``.
    """

    article: reactive[Article | None] = reactive(None, always_update=True, init=False)
    script: reactive[Script] = reactive(Script.TRADITIONAL, init=False)
    selection: reactive[Selection | None] = reactive(None, init=False)
    on_screen: reactive[tuple[int, int]] = reactive((0, -1), init=False)
    words_failed: reactive[bool] = reactive(False, init=False)
    find: reactive[FindState | None] = reactive(None, init=False)


#: What each pane binds, script first and article last, so a pane lays out once when bound.
ARTICLE_PANE = (
    ViewState.script,
    ViewState.selection,
    ViewState.words_failed,
    ViewState.find,
    ViewState.article,
)
TIMELINE_PANE = (ViewState.script, ViewState.selection, ViewState.on_screen, ViewState.article)
BLOGGER_PANE = (ViewState.script, ViewState.selection, ViewState.article)
TITLE_BAR = (ViewState.script, ViewState.article)
FIND_BAR = (ViewState.script, ViewState.find)
