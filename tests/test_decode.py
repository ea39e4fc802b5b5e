import codecs

import pytest

from tui.model.decode import MAX_BYTES, decode_bytes, read_decoded
from tui.model.errors import ArticleError
from tui.model.sanitize import sanitize

TEXT = "這是一篇關於春節的文章，我們今天來聊聊。\n第二段。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("big5"), "big5"),
        ("这是一篇关于春节的文章，我们今天来聊聊。".encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
)
def test_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert "春节" in decoded.text or "春節" in decoded.text
    assert decoded.replaced == 0


def test_short_legacy_files() -> None:
    assert decode_bytes("春節".encode("big5")).text == "春節"
    assert decode_bytes("春节".encode("gbk")).text == "春节"


def test_a_few_bad_bytes_are_replaced_and_counted() -> None:
    data = TEXT.encode("utf-8") + b"\xff\xfe" + "結尾的句子很長很長。".encode() * 3
    decoded = decode_bytes(data)
    assert decoded.replaced == 2
    assert decoded.text.count("\ufffd") == 2


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_refused(data: bytes) -> None:
    with pytest.raises(ArticleError):
        decode_bytes(data)


def test_read_source_errors(tmp_path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_decoded(str(tmp_path / "missing.txt"))
    with pytest.raises(ArticleError, match="directory"):
        read_decoded(str(tmp_path))
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(ArticleError, match="over the limit"):
        read_decoded(str(big))


def test_sanitize_controls() -> None:
    text = "a\x1b[2Jb\x1b]52;c;ZXZpbA==\x07c\x1b]0;title\x1b\\d\u202eе\x08f\r\ng\rh\ti"
    out = sanitize(text)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert out.startswith("abcd")
    assert "\u2408" in out  # backspace shown as a symbol
    assert out.endswith("f\ng\nh\ti")


def test_bytes_not_in_the_encoding_asked_for_say_so() -> None:
    """``--encoding utf-8`` on a Big5 file: the bytes are not UTF-8 (not "not text at all")."""
    data = ("這是一篇用繁體中文寫成的文章，內容很長。\n" * 30).encode("big5")
    with pytest.raises(ArticleError) as refused:
        decode_bytes(data, "utf-8")
    assert refused.value.code == "not_in_encoding"
    assert refused.value.params["encoding"] == "utf-8"
    assert decode_bytes(data).encoding == "big5"  # left to the program, it reads
