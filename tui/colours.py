"""The reading colours, chosen per theme so every text colour reads at 4.5:1 or better.

Textual's theme colours are not made for small coloured text: ``$secondary`` handles were
1.9:1 on the dark background, and a light theme kept the ANSI colours of the dark one.
The app's CSS therefore draws with its own variables (``$reader-*``), computed here from
the current theme (:func:`reading_colours`, called by ``App.get_theme_variable_defaults``
on every theme change):

- a dark and a light set of hues, picked so that each also stays readable when a
  16-colour terminal (``TERM=xterm``) reduces it to the nearest ANSI colour — handles a
  light cyan or a dark blue, dates amber or brown, the chosen sentence on slate blue or on
  a yellow highlighter;
- then every text colour is nudged towards white (dark themes) or black (light themes)
  until it reaches :data:`TARGET` against each background it is drawn on, so a theme with
  an unusual background (nord, gruvbox…) still reads;
- with ``NO_COLOR`` every text colour is the foreground and highlights are the background:
  the CSS marks them with bold, underline and reverse instead (``:nocolor`` rules).

``tests/test_contrast.py`` checks the result on screenshots of the dark, light and
16-colour screens.
"""

from __future__ import annotations

from textual.color import Color
from textual.theme import Theme

MINIMUM = 4.5  # WCAG AA for text
TARGET = 4.8  # a margin, so terminals that round colours never fall below the minimum

#: (dark, light) hues before they are nudged to the theme's background.
_HUES = {
    "handle": ("#5fd7ff", "#0b5394"),
    "date": ("#ffc857", "#7a4100"),
    "muted": ("#b8b8b8", "#505050"),
    "sentence": ("#27405e", "#fff0a0"),
    "cursor": ("#262626", "#d8d8d8"),
    "cursor-focus": ("#1a3aa0", "#ffe27a"),
    "chrome": ("#1e2226", "#dadada"),
    "border": ("#5a6068", "#8a8a8a"),
    "marker": ("#5fd75f", "#1d7a1d"),
    "find": ("#5a4510", "#ffd9a0"),  # every hit of a find (the current one: the date colour)
}


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _luminance(c: Color) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def readable(colour: Color, *backgrounds: Color, dark: bool, target: float = TARGET) -> Color:
    """``colour``, moved towards white (``dark``) or black just enough to read on ``backgrounds``."""
    end = Color(255, 255, 255) if dark else Color(0, 0, 0)
    for step in range(21):
        tried = colour.blend(end, step / 20)
        if all(contrast(tried, b) >= target for b in backgrounds):
            return tried
    return end


def reading_colours(theme: Theme, no_color: bool = False) -> dict[str, str]:
    """The ``$reader-*`` CSS variables for ``theme``."""
    generated = theme.to_color_system().generate()
    background = Color.parse(generated["background"])
    foreground = Color.parse(generated["foreground"]).blend(background, 0)  # opaque
    dark = theme.dark
    # An ANSI theme draws on the terminal's own colours (``ansi_default``), which have no
    # value here (they parse as black, and every colour nudged against black on a light
    # theme became black too: a chosen date drawn black on black).  The reading colours are
    # worked out against the ground the theme is made for; the text keeps the terminal's.
    terminal_text = background.ansi is not None or foreground.ansi is not None
    if terminal_text:
        background = Color(0, 0, 0) if dark else Color(255, 255, 255)
        foreground = Color(255, 255, 255) if dark else Color(0, 0, 0)
    hue = {name: Color.parse(pair[0 if dark else 1]) for name, pair in _HUES.items()}
    if no_color:
        for name in ("handle", "date", "muted", "marker", "border"):
            hue[name] = foreground
        for name in ("sentence", "cursor", "cursor-focus", "chrome", "find"):
            hue[name] = background
    surface = Color.parse(generated["surface"])  # dialogs (help, open)
    if terminal_text or surface.a < 1:
        surface = surface.blend(background, 1 - surface.a) if surface.ansi is None else background
    grounds = [background, surface, hue["sentence"], hue["cursor"], hue["cursor-focus"]]
    grounds.append(hue["chrome"])
    text = readable(foreground, *grounds, dark=dark)
    handle = readable(hue["handle"], *grounds, dark=dark)
    date = readable(hue["date"], *grounds, dark=dark)
    muted = readable(hue["muted"], *grounds[:2], *grounds[3:], dark=dark)  # never on a sentence
    on_handle = background if contrast(background, handle) >= TARGET else text
    on_find = readable(foreground, hue["find"], dark=dark)
    on_date = background if contrast(background, date) >= TARGET else text
    key = date if dark else handle
    on_key = background if contrast(background, key) >= TARGET else text
    return {
        "reader-text": generated["foreground"] if terminal_text else text.hex,
        "reader-muted": muted.hex,
        "reader-handle": handle.hex,
        "reader-date": date.hex,
        "reader-sentence": hue["sentence"].hex,
        "reader-mention": handle.hex,
        "reader-on-mention": on_handle.hex,
        "reader-cursor": hue["cursor"].hex,
        "reader-cursor-focus": hue["cursor-focus"].hex,
        "reader-chrome": hue["chrome"].hex,
        "reader-key": key.hex,
        "reader-on-key": on_key.hex,
        "reader-border": hue["border"].hex,
        "reader-border-focus": (date if dark else handle).hex,
        "reader-marker": hue["marker"].hex,
        "reader-find": hue["find"].hex,
        "reader-on-find": on_find.hex,
        "reader-find-current": date.hex,
        "reader-on-find-current": on_date.hex,
    }
