"""Turn bytes from a file or a pipe into text, whatever Chinese encoding they use.

Articles arrive as UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16
with a BOM.  Decoding is decided by evidence, not by trust: a legacy encoding
wins only when it yields more common Chinese characters than UTF-8 does.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from tui.model.errors import ArticleError

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
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ArticleError(f"unknown encoding: {encoding}") from None
        text = data.decode(encoding, errors="replace")
        return _checked(Decoded(text, encoding, text.count("\ufffd")))
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
        return _checked(Decoded(text, "utf-8-sig", text.count("\ufffd")))
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            text = data[2:].decode(name, errors="replace")
            return _checked(Decoded(text, "utf-16", text.count("\ufffd")))
    if b"\x00" in data:
        raise ArticleError(
            "this looks like a binary file (it contains NUL bytes), not a text article"
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


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise ArticleError("the file is empty (nothing but white space)")
    if "\x00" in text:
        raise ArticleError("this looks like a binary file (it contains NUL characters)")
    if decoded.replaced and decoded.replaced > max(16, len(text) // 10):
        raise ArticleError(
            f"this does not look like text: {decoded.replaced} bytes are not valid in any "
            "supported encoding (UTF-8, GB18030, Big5, UTF-16)"
        )
    return decoded


def read_decoded(path: str, encoding: str | None = None, stdin: bytes | None = None) -> Decoded:
    """Read a path (or ``-`` with ``stdin`` bytes) and decode it, with plain errors."""
    if path == "-":
        data = stdin if stdin is not None else b""
    else:
        p = Path(path)
        if not p.exists():
            raise ArticleError(f"{path}: no such file")
        if p.is_dir():
            raise ArticleError(f"{path}: is a directory, not a file")
        try:
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise ArticleError(
                    f"{path}: {size:,} bytes is over the limit of {MAX_BYTES:,} bytes "
                    f"({MAX_BYTES // (1024 * 1024)} MiB)"
                )
            with p.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except PermissionError:
            raise ArticleError(f"{path}: permission denied") from None
        except OSError as exc:
            raise ArticleError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ArticleError(
            f"{path}: input is over the limit of {MAX_BYTES:,} bytes ({MAX_BYTES // (1024 * 1024)} MiB)"
        )
    if not data:
        raise ArticleError(f"{path}: the file is empty")
    try:
        return decode_bytes(data, encoding)
    except ArticleError as exc:
        raise ArticleError(f"{path}: {exc}") from None
