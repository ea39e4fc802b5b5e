"""Turn bytes from a file or a pipe into text, whatever Chinese encoding they use.

Articles arrive as UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16
with a BOM.  Decoding is decided by evidence, not by trust: a legacy encoding
wins only when it yields more common Chinese characters than UTF-8 does.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass

from tui.model.cache_files import NotRegular, TooLarge, read_regular
from tui.model.errors import ArticleError
from tui.model.sanitize import safe_line

#: Files larger than this are refused; a book of a few million characters fits.
MAX_BYTES = 32 * 1024 * 1024

_SAMPLE = 20000


def _frequent(ch: str) -> bool:
    """Is ``ch`` among the 3,755 most frequent Chinese characters (GB2312 level 1)?"""
    try:
        code = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


_ENCODINGS = ("gb18030", "big5")


@dataclass(frozen=True)
class Decoded:
    """Text with the facts about how it was read."""

    text: str
    encoding: str
    replaced: int  # bytes that could not be decoded and became U+FFFD


def _score(text: str) -> int:
    """How much of ``text`` reads as ordinary Chinese, in either script."""
    from tui.model.scripts import Script, convert

    return sum(1 for ch in convert(text[:_SAMPLE], Script.SIMPLIFIED) if _frequent(ch))


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`ArticleError` for empty or binary input."""
    if encoding:
        return _checked(_decode_as(data, encoding), asked=safe_line(encoding))
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
        return _checked(Decoded(text, "utf-8-sig", text.count("\ufffd")))
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            text = _no_surrogates(data[2:].decode(name, errors="replace"))
            return _checked(Decoded(text, "utf-16", text.count("\ufffd")))
    if b"\x00" in data:
        raise ArticleError(
            "this looks like a binary file (it contains NUL bytes), not a text article", "binary"
        )
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", 0))
    except UnicodeDecodeError:
        pass
    best = Decoded(data.decode("utf-8", errors="replace"), "utf-8", 0)
    best = Decoded(best.text, "utf-8", best.text.count("\ufffd"))
    best_score = _score(best.text) - 4 * best.replaced
    for name in _ENCODINGS:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if score > best_score:
            best, best_score = Decoded(text, name, 0), score
    return _checked(best)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """Lone surrogates (UTF-7, odd UTF-16) cannot be printed or stored: U+FFFD instead."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _decode_as(data: bytes, encoding: str) -> Decoded:
    """Decode with the encoding a person named; only codecs from bytes to text are accepted.

    ``rot13``, ``hex``, ``base64``, ``zlib``, ``uu`` are not text encodings, and
    ``idna`` or ``undefined`` refuse most input: each is one plain error, never a traceback.
    """
    shown = safe_line(encoding)
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError, TypeError):
        raise ArticleError(f"unknown encoding: {shown}", "unknown_encoding", encoding=shown) from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FOR_ARTICLES:
        raise ArticleError(
            f"{shown} is not a text encoding (try utf-8, gb18030, big5 or utf-16)",
            "not_text_encoding",
            encoding=shown,
        )
    try:
        text = data.decode(info.name, errors="replace")
    except (UnicodeError, ValueError, TypeError, LookupError) as exc:
        raise ArticleError(
            f"cannot be read as {shown} ({safe_line(exc)})",
            "cannot_decode",
            encoding=shown,
            reason=safe_line(exc),
        ) from None
    if not isinstance(text, str):
        raise ArticleError(f"{shown} is not a text encoding", "not_text_encoding", encoding=shown)
    text = _no_surrogates(text)
    return Decoded(text, info.name, text.count("\ufffd"))


#: Codecs that do decode bytes to str but are not ways of writing an article.
_NOT_FOR_ARTICLES = {"idna", "punycode", "undefined", "raw-unicode-escape", "unicode-escape"}


def _checked(decoded: Decoded, asked: str | None = None) -> Decoded:
    """``decoded``, unless it is empty, binary or mostly undecodable; ``asked``: the encoding
    the reader named (then it, not the ones the program tries, is what the bytes are not)."""
    text = decoded.text
    if not text.strip():
        raise ArticleError("the file is empty (nothing but white space)", "blank")
    if "\x00" in text:
        raise ArticleError("this looks like a binary file (it contains NUL characters)", "binary")
    if decoded.replaced and decoded.replaced > max(16, len(text) // 10) and asked is not None:
        raise ArticleError(
            f"{decoded.replaced} bytes are not valid {asked}: leave out --encoding to let the "
            "program tell, or name another (gb18030, big5, utf-16)",
            "not_in_encoding",
            count=f"{decoded.replaced:,}",
            encoding=asked,
        )
    if decoded.replaced and decoded.replaced > max(16, len(text) // 10):
        raise ArticleError(
            f"this does not look like text: {decoded.replaced} bytes are not valid in any "
            "supported encoding (UTF-8, GB18030, Big5, UTF-16)",
            "not_text",
            count=f"{decoded.replaced:,}",
        )
    return decoded


_KINDS = (
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "block"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISDIR, "directory"),
)

#: How each kind of file is named in the English message (the interface names them in its own).
_KIND_WORDS = {
    "fifo": "a pipe (FIFO)",
    "device": "a terminal or device",
    "block": "a block device",
    "socket": "a socket",
    "directory": "a directory",
    "special": "a special file",
}


def _not_regular(mode: int) -> str | None:
    """Why a file of ``mode`` is refused, or ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "special"


def _read_file(path: str) -> bytes:
    """The bytes of a regular file, refusing anything else before a byte is read.

    A FIFO, a terminal (``/dev/tty``, ``/dev/stdin``) or a device would block the reader
    forever or steal the keyboard: :func:`~tui.model.cache_files.read_regular` opens it
    without blocking and checks it on the open descriptor; here each refusal is said.
    """
    shown = _shown(path)
    try:
        mode = os.stat(path).st_mode  # what it is, said even where it cannot be opened (/dev/tty)
        if _not_regular(mode) is not None:
            raise NotRegular(path, mode)
        return read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        raise ArticleError(f"{shown}: no such file", "no_file", path=shown) from None
    except PermissionError:
        raise ArticleError(f"{shown}: permission denied", "denied", path=shown) from None
    except NotRegular as exc:
        kind = _not_regular(exc.mode) or "special"
        if kind == "directory":
            raise ArticleError(f"{shown}: is a directory, not a file", "directory", path=shown) from None
        raise ArticleError(
            f"{shown}: is {_KIND_WORDS[kind]}, not a regular file; use - to read standard input",
            "not_regular",
            path=shown,
            kind=kind,
        ) from None
    except TooLarge as exc:
        raise ArticleError(
            f"{shown}: {exc.size:,} bytes is over the limit of {MAX_BYTES:,} bytes "
            f"({MAX_BYTES // (1024 * 1024)} MiB)",
            "too_big",
            path=shown,
            size=f"{exc.size:,}",
            limit=f"{MAX_BYTES // (1024 * 1024)}",
        ) from None
    except (OSError, ValueError) as exc:
        raise ArticleError(
            f"{shown}: cannot be read ({_reason(exc)})", "unreadable", path=shown, reason=_reason(exc)
        ) from None


def _shown(path: str, limit: int = 300) -> str:
    """A path as it may appear in a message: safe, and not longer than a few lines."""
    line = safe_line(path)
    return line if len(line) <= limit else f"{line[: limit // 2]}…{line[-limit // 2 :]}"


def _reason(exc: BaseException) -> str:
    return safe_line(getattr(exc, "strerror", None) or exc)


def read_decoded(path: str, encoding: str | None = None, stdin: bytes | None = None) -> Decoded:
    """Read a path (or ``-`` with ``stdin`` bytes) and decode it, with plain errors."""
    shown = _shown(path)
    data = (stdin if stdin is not None else b"") if path == "-" else _read_file(path)
    if len(data) > MAX_BYTES:
        raise ArticleError(
            f"{shown}: input is over the limit of {MAX_BYTES:,} bytes ({MAX_BYTES // (1024 * 1024)} MiB)",
            "too_big",
            path=shown,
            size=f"{len(data):,}",
            limit=f"{MAX_BYTES // (1024 * 1024)}",
        )
    if not data:
        raise ArticleError(f"{shown}: the file is empty", "empty", path=shown)
    try:
        return decode_bytes(data, encoding)
    except ArticleError as exc:
        raise exc.at(shown) from None
