"""Read the colours out of a Textual SVG screenshot and compute WCAG contrast ratios.

Rich draws a screenshot as one ``<rect>`` per background run and one ``<text>`` per
styled run, on a grid of ``char_width`` × ``line_height`` cells; each ``<text>`` has a
class whose ``fill`` is its final colour (after reverse and dim).  :func:`runs` pairs
every text run with the backgrounds under its cells; :func:`ratio` is the WCAG 2
contrast ratio.  ``python -m tests.contrast FILE.svg [--sixteen]`` prints the worst runs.

``sixteen=True`` shows what a 16-colour terminal (``TERM=xterm``) draws: each colour is
reduced to the nearest of the 16 ANSI colours, as Textual does for such a terminal, and
drawn with the VGA palette (Rich's ``STANDARD_PALETTE``).
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len

RGB = tuple[int, int, int]

#: Not text: box drawing, block elements (scroll bars, ▍), and spaces.
_GRAPHIC = re.compile(r"[\u2500-\u259f\u25a0-\u25ff\s\u00a0]")
_CLASS = re.compile(r"\.(?P<name>[\w-]+) \{ (?P<rules>[^}]*)\}")
_RECT = re.compile(
    r'<rect fill="#(?P<fill>[0-9a-fA-F]{6})" x="(?P<x>[\d.]+)" y="(?P<y>[\d.]+)" '
    r'width="(?P<w>[\d.]+)" height="[\d.]+" shape-rendering="crispEdges"/>'
)
_TEXT = re.compile(
    r'<text class="(?P<cls>[\w-]+)" x="(?P<x>[\d.]+)" y="(?P<y>[\d.]+)" '
    r'textLength="[\d.]+" clip-path="[^"]*">(?P<text>[^<]*)</text>'
)
CHAR_WIDTH = 12.2
LINE_HEIGHT = 24.4
DEFAULT_BACKGROUND = (0x29, 0x29, 0x29)  # Rich's SVG theme, under cells with no background


@dataclass(frozen=True)
class Run:
    """One styled run of text in the screenshot."""

    line: int
    column: int
    text: str
    fg: RGB
    bg: RGB
    bold: bool
    underline: bool

    @property
    def ratio(self) -> float:
        return ratio(self.fg, self.bg)

    def __str__(self) -> str:
        return (
            f"{self.ratio:5.2f}:1  line {self.line:>3} col {self.column:>3}  "
            f"{_hex(self.fg)} on {_hex(self.bg)}  {self.text!r}"
        )


def _hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _rgb(hex6: str) -> RGB:
    return int(hex6[0:2], 16), int(hex6[2:4], 16), int(hex6[4:6], 16)


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two colours, from 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=4096)
def sixteen_colour(rgb: RGB) -> RGB:
    """``rgb`` as a 16-colour terminal shows it (nearest ANSI colour, VGA palette)."""
    from rich._palettes import STANDARD_PALETTE
    from rich.color import Color, ColorSystem

    number = Color.from_rgb(*rgb).downgrade(ColorSystem.STANDARD).number
    assert number is not None
    return tuple(STANDARD_PALETTE[number])  # type: ignore[return-value]


def runs(svg: str, *, sixteen: bool = False) -> list[Run]:
    """Every run of text in ``svg`` with its colour and the background under it.

    A run over several backgrounds is split so that each part has one.
    """
    classes: dict[str, tuple[RGB, bool, bool]] = {}
    for m in _CLASS.finditer(svg):
        rules = m["rules"]
        fill = re.search(r"fill: #([0-9a-fA-F]{6})", rules)
        if fill:
            classes[m["name"]] = (_rgb(fill[1]), "bold" in rules, "underline" in rules)
    backgrounds: dict[int, dict[int, RGB]] = {}
    for m in _RECT.finditer(svg):
        line = round((float(m["y"]) - 1.5) / LINE_HEIGHT)
        first = round(float(m["x"]) / CHAR_WIDTH)
        cells = round(float(m["w"]) / CHAR_WIDTH)
        row = backgrounds.setdefault(line, {})
        for col in range(first, first + cells):
            row[col] = _rgb(m["fill"])
    out: list[Run] = []
    for m in _TEXT.finditer(svg):
        name = m["cls"]
        if name not in classes:
            continue
        fg, bold, underline = classes[name]
        text = html.unescape(m["text"]).replace("\xa0", " ")
        line = round((float(m["y"]) - 20) / LINE_HEIGHT)
        col = round(float(m["x"]) / CHAR_WIDTH)
        row = backgrounds.get(line, {})
        part, part_col, part_bg = "", col, None
        for ch in text:
            bg = row.get(col, DEFAULT_BACKGROUND)
            if part and bg != part_bg:
                out.append(Run(line, part_col, part, fg, part_bg, bold, underline))
                part, part_col = "", col
            if not part:
                part_bg, part_col = bg, col
            part += ch
            col += cell_len(ch)
        if part:
            out.append(Run(line, part_col, part, fg, part_bg, bold, underline))
    if sixteen:
        out = [
            Run(r.line, r.column, r.text, sixteen_colour(r.fg), sixteen_colour(r.bg), r.bold,
                r.underline)
            for r in out
        ]  # fmt: skip
    return out


def text_runs(svg: str, *, sixteen: bool = False) -> list[Run]:
    """The runs that hold text (not only borders, scroll bars or spaces)."""
    return [r for r in runs(svg, sixteen=sixteen) if _GRAPHIC.sub("", r.text)]


def too_faint(svg: str, minimum: float = 4.5, *, sixteen: bool = False) -> list[Run]:
    """Text runs whose contrast is below ``minimum``, worst first."""
    low = [r for r in text_runs(svg, sixteen=sixteen) if r.ratio < minimum]
    return sorted(low, key=lambda r: r.ratio)


def main(argv: list[str]) -> int:
    """Print the text runs below 4.5:1 (or the five worst) of each SVG given."""
    sixteen = "--sixteen" in argv
    for path in (a for a in argv if not a.startswith("--")):
        with open(path, encoding="utf-8") as fh:
            svg = fh.read()
        low = too_faint(svg, sixteen=sixteen)
        print(f"{path}: {len(low)} runs below 4.5:1")
        shown = low or sorted(text_runs(svg, sixteen=sixteen), key=lambda r: r.ratio)[:5]
        for r in shown[:40]:
            print("  ", r)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
