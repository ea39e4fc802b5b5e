"""The Chinese line breaker on its own."""

from __future__ import annotations

from tui.doclayout import DocumentLayout, cell_estimate
from tui.linebreak import break_lines, text_width


def lines(text: str, width: int) -> list[str]:
    return [text[s:e] for s, e in break_lines(text, width)]


def test_breaks_between_cjk_characters_by_cell_width() -> None:
    assert lines("一二三四五六七八九十", 8) == ["一二三四", "五六七八", "九十"]
    assert lines("一二三四五", 9) == ["一二三四", "五"]  # a wide character never straddles the edge


def test_no_line_starts_with_closing_punctuation() -> None:
    out = lines("一二三。四五六", 6)
    assert out == ["一二", "三。四", "五六"]
    out = lines("ab cd, ef", 5)
    assert not any(line.startswith(",") for line in out)


def test_no_line_ends_with_opening_punctuation() -> None:
    out = lines("一二「三四」", 6)
    assert out == ["一二", "「三", "四」"]  # 「 travels with the character after it


def test_latin_words_and_numbers_stay_whole() -> None:
    out = lines("模型DeepSeek-R1發布了2025年", 12)
    assert "DeepSeek-R1" in "".join(out)
    assert any("DeepSeek-R1" in line for line in out)
    assert lines("abcdefghijkl", 5) == ["abcde", "fghij", "kl"]  # wider than the line: cut


def test_space_next_to_cjk_does_not_waste_a_line() -> None:
    out = lines("一二三 四五六", 6)
    assert out == ["一二三 ", "四五六"]  # the space hangs at the edge
    assert all(text_width(line.rstrip()) <= 6 for line in out)


def test_layout_positions_survive_a_width_change() -> None:
    texts = ["一二三四五六七八九十" * 5, "短段。", "第三段" * 20]
    cells = [cell_estimate(t) for t in texts]
    layout = DocumentLayout(texts.__getitem__, 20, cells)
    layout.ensure(0, 100)
    y = layout.y_of(2, 30)
    assert layout.position_of(y)[0] == 2
    narrow = DocumentLayout(texts.__getitem__, 8, cells)
    narrow.ensure(0, 200)
    p, offset = narrow.position_of(narrow.y_of(2, 30))
    assert p == 2 and offset <= 30
    assert narrow.height > layout.height


def test_a_handles_mark_stays_with_its_name() -> None:
    """``「@miumiu_0312`` at a line's end: the ``@`` (and the 「 before it) go down with the
    name, which is read as one account; an e-mail keeps its ``@`` inside the word."""
    out = lines("我們下次一起去「@miumiu_0312 下次」", 16)
    assert not any(line.rstrip().endswith("@") for line in out), out
    assert any("「@miumiu_0312" in line for line in out), out
    assert any("a@b.com" in line for line in lines("寫信到a@b.com問", 12))
    assert not any(line.rstrip().endswith("＠") for line in lines("一二三四五＠某某", 12))


def test_a_word_cut_for_being_wider_than_the_line_never_leaves_its_at_sign_behind() -> None:
    """A URL wider than the line is cut by characters; a cut right after its ``@`` (or an
    opening bracket) moves that mark down with what it opens (hypothesis found
    ``https://x.cn/@y`` at 14 cells)."""
    assert lines("https://x.cn/@y", 14) == ["https://x.cn/", "@y"]
    assert lines("abcdefghijklm(nopqrstuvwxyz", 14)[0] == "abcdefghijklm"
