"""Escape sequences: removed, counted, and never more than their own line."""

from tui.model.load import read_source
from tui.model.sanitize import MAX_SEQUENCE, clean, sanitize


def test_terminated_sequences_are_removed_and_counted() -> None:
    text, removed = clean("a\x1b[2Jb\x1b]52;c;ZXZpbA==\x07c\x1b]0;title\x1b\\d\x1bPq#0\x1b\\e")
    assert text == "abcde"
    assert removed == 4


def test_unterminated_osc_ends_at_the_line_end() -> None:
    body = "第一段文字。\n第二段文字。\n" * 500
    text, removed = clean("標題\x1b]0;evil title\n" + body)
    assert text == "標題\n" + body
    assert removed == 1


def test_unterminated_dcs_and_apc_end_at_the_line_end() -> None:
    for intro in ("\x1bP", "\x1b_", "\x1bX", "\x1b^", "\x9d"):
        text, removed = clean(f"前{intro}garbage\n后面的正文。")
        assert text == "前\n后面的正文。", intro
        assert removed == 1


def test_unterminated_sequence_without_newline_stops_at_the_cap() -> None:
    tail = "正" * 10
    text, removed = clean("\x1b]" + "x" * (MAX_SEQUENCE + 100) + tail)
    assert removed == 1
    assert "\x1b" not in text
    assert text.endswith(tail)
    assert len(text) == 100 + len(tail)


def test_sanitize_keeps_its_string_interface() -> None:
    assert sanitize("a\x1b]0;t\x07b") == "ab"
    assert sanitize("plain") == "plain"


def test_a_stray_escape_does_not_hide_the_article(tmp_path) -> None:
    path = tmp_path / "stray.txt"
    lines = "\n".join(f"這是第{i}段正文，內容完整而且很長，足以成為一段。" for i in range(300))
    path.write_bytes(("標題\n\x1b]0;oops\n" + lines).encode())
    source = read_source(path)
    assert source.escapes == 1
    article = source.build()
    assert article.escapes == 1
    assert len(article.paragraphs) >= 300


async def test_the_header_says_how_many_escapes_were_removed(tmp_path) -> None:
    from tests.apps import app_for, settle
    from tui.model.load import load_article
    from tui.widgets.title_bar import TitleBar

    path = tmp_path / "stray.txt"
    path.write_bytes("第一段\x1b]0;沒有結尾\n第二段，2025年1月發布。\n第三段\x1b[2J。\n".encode())
    app = app_for(load_article(path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        status = str(app.query_one(TitleBar).query_one("#status").render())
        assert "2 個終端控制序列已移除" in status, status
        assert len(app.article.paragraphs) == 3


def test_zero_width_characters_go_and_separators_end_lines() -> None:
    """A zero-width space inside a name split a handle (@某\\u200b某 gave @某); a joiner
    between hanzi made a run measured as one character (lines overran their pane); U+2028
    and U+2029 reached the terminal raw.  An emoji sequence keeps its joiners."""
    from tui.model.bloggers import find_handles
    from tui.model.build import build_article

    assert sanitize("台\u200d灣\u200d的天氣") == "台灣的天氣"
    assert sanitize("家人👨\u200d👩\u200d👧合照") == "家人👨\u200d👩\u200d👧合照"
    assert sanitize("一\u200b二\u200c三\u2060四\ufeff五") == "一二三四五"
    assert sanitize("第一行\u2028第二行\u2029第三段") == "第一行\n第二行\n第三段"
    text = sanitize("記者訪問了@某\u200b某，她說下週再來。")
    assert [b.handle.original for b in build_article(text).bloggers] == ["某某"]
    assert find_handles(text)  # one handle, whole


def test_a_tab_in_a_row_is_one_space() -> None:
    """Rows and palette entries sent a tab raw: the terminal jumped to the next tab stop."""
    from tui.snippets import snippet

    paragraph = "第三段\t\t\t2023年5月\t\t\t有事。"
    start = paragraph.index("2023")
    out = snippet(paragraph, (start, start + 7), 30)
    assert "\t" not in out.text and out.text[out.emphasis[0] : out.emphasis[1]] == "2023年5月"
