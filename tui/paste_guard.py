"""Pasted text stays text: a guard for Textual 8.2.8's input parser.

Upstream bug (Textual 8.2.8, ``textual._xterm_parser.XTermParser``): inside a bracketed paste,
an escape sequence the parser does not know is reissued as key presses as soon as the next
``ESC`` arrives.  Pasting terminal output with colour codes, or a hostile clipboard, types keys
into the app, which runs their bindings; a storm's paste of ``"\\x1b[2J" * 5000`` became
20,000 key presses and minutes of work.  Minimal reproduction::

    list(XTermParser().feed("\\x1b[200~a\\x1bt\\x1bt\\x1b[201~"))
    # -> Key('circumflex_accent'), Key('t'), ... before the Paste: "t" toggles the script

:class:`PasteSafeParser` writes each ``ESC`` inside a bracketed paste as ``␛`` (U+241B) before
the parser sees it, so the paste arrives whole, as one ``Paste``, and shows where the control
character was.  Input outside a paste is passed on unchanged and never held back (a lone
``escape`` key must not wait for the next key).
"""

from __future__ import annotations

from collections.abc import Iterable

from textual._xterm_parser import XTermParser
from textual.message import Message

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
SHOWN_ESC = "\u241b"


class PasteSafeParser(XTermParser):
    """Textual's parser, fed with ``ESC`` replaced inside bracketed pastes."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._in_paste = False
        self._held = ""  # inside a paste: the start of what may be the paste's end marker
        self._tail = ""  # outside a paste: the last characters, to see a start marker split

    def feed(self, data: str) -> Iterable[Message]:
        guarded = self.guard(data)
        if data and not guarded:  # all held back: an empty feed would mean end of input
            return ()
        return super().feed(guarded)

    def guard(self, data: str) -> str:
        """``data`` as the parser should see it (markers split across reads are handled)."""
        text, self._held = self._held + data, ""
        out: list[str] = []
        i, n = 0, len(text)
        while i < n:
            if self._in_paste:
                j = text.find("\x1b", i)
                if j < 0:
                    out.append(text[i:])
                    break
                out.append(text[i:j])
                ahead = text[j : j + len(PASTE_END)]
                if ahead == PASTE_END:
                    out.append(PASTE_END)
                    i, self._in_paste, self._tail = j + len(PASTE_END), False, ""
                elif j + len(ahead) == n and PASTE_END.startswith(ahead) and data:
                    self._held = ahead  # the end marker may be arriving in two reads
                    break
                else:
                    out.append(SHOWN_ESC)
                    i = j + 1
            else:
                seen = self._tail + text[i:]
                at = seen.find(PASTE_START)
                if at < 0:
                    out.append(text[i:])
                    self._tail = seen[-(len(PASTE_START) - 1) :]
                    break
                end = i + at + len(PASTE_START) - len(self._tail)
                out.append(text[i:end])
                i, self._in_paste, self._tail = end, True, ""
        return "".join(out)


def install() -> None:
    """Use :class:`PasteSafeParser` in every driver that reads a terminal or a browser."""
    from textual.drivers import linux_driver, linux_inline_driver, web_driver

    for module in (linux_driver, linux_inline_driver, web_driver):
        module.XTermParser = PasteSafeParser  # type: ignore[misc]
