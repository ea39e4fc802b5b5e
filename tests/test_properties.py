"""Property-based tests: whatever the text, the model builds and its offsets hold."""

from __future__ import annotations

import itertools
import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.linebreak import CLOSING, OPENING, break_lines, text_width
from tui.model.build import build_article
from tui.model.export import to_json
from tui.model.sanitize import sanitize
from tui.model.scripts import Script, convert

PIECES = st.sampled_from(
    [
        "這是", "一段", "中文", "。", "，", "「", "」", "（", "）", "春節", "除夕", "去年底", "2024年12月",
        "6 月 14 日", "2025-09-25", "@闌夕", "＠张三", "@李四表示", "a@b.com", "https://x.cn/@y",
        "[bold]", "[/]", "[@click=app.quit]", "\x1b[2J", "\x1b]52;c;QQ==\x07", "\u202e", "\x08", "\r",
        "\n", "\t", " ", "DeepSeek-R1", "𠀀", "é", "😀", "２０２５年１月", "二〇二五年一月", "80后",
        "200多個", "博主", "資深技術專家", "包括", "、", "標籤: AI", "87文章", "+關注",
    ]
)  # fmt: skip
CHINESE_ISH = st.lists(PIECES, max_size=40).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_article(text: str) -> None:
    a = build_article(sanitize(text), today=date(2025, 6, 1))
    for p in a.paragraphs:
        assert len(p.text.traditional) == len(p.text.simplified)
    for e in a.timeline:
        para = a.paragraphs[e.paragraph].text
        s, t = e.span
        assert 0 <= s < t <= len(para.traditional)
        assert para.traditional[s:t] == e.text.traditional
        assert para.simplified[s:t] == e.text.simplified
        assert e.start <= e.end
        assert e.sentence[0] <= s and t <= e.sentence[1]
    for b in a.bloggers:
        for m in b.mentions:
            para = a.paragraphs[m.paragraph].text
            s, t = m.span
            assert (
                para.traditional[s + 1 : t] == b.handle.traditional
                or para.simplified[s + 1 : t] == b.handle.simplified
            )
    starts = [e.start for e in a.timeline]
    assert starts == sorted(starts)
    for script in Script:
        assert (
            json.loads(json.dumps(to_json(a, script), ensure_ascii=False))["script"] == script.value
        )


@SETTINGS
@given(st.text(max_size=300))
def test_any_unicode_builds(text: str) -> None:
    check_article(text)


@SETTINGS
@given(CHINESE_ISH)
def test_chinese_markup_controls_build(text: str) -> None:
    check_article(text)


@SETTINGS
@given(st.text(max_size=200))
def test_sanitized_text_has_no_controls(text: str) -> None:
    out = sanitize(text)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)
    assert not any(0x80 <= ord(c) < 0xA0 for c in out)
    assert "\u202e" not in out and "\x1b" not in out


@SETTINGS
@given(st.text(max_size=200))
def test_conversion_keeps_length(text: str) -> None:
    for script in Script:
        assert len(convert(text, script)) == len(text)


@SETTINGS
@given(
    CHINESE_ISH.map(lambda t: t.replace("\n", "").replace("\r", "")),
    st.integers(min_value=2, max_value=60),
)
def test_line_breaker(text: str, width: int) -> None:
    text = sanitize(text).replace("\n", "")
    lines = break_lines(text, width)
    assert "".join(text[s:e] for s, e in lines) == text  # nothing dropped, doubled or reordered
    assert all(a[1] == b[0] for a, b in itertools.pairwise(lines))
    for s, e in lines:
        shown = text[s:e].rstrip(" \t\u3000")
        assert text_width(shown) <= width or len(shown) == 1
    if width < 8:
        return  # a glued piece such as 「這」 may be wider than a tiny line; it is cut there
    for k, (s, e) in enumerate(lines):
        if k > 0 and s < e and text[s] in CLOSING:
            # only possible when the line before it ended with spaces or could not hold anything
            assert text[s - 1] in " \t\u3000" or text_width(text[lines[k - 1][0] : s]) >= width - 1
        # (a line of nothing but opening marks, 「「「 before 「這是 at 8 cells: the marks and the
        # word they open are wider than a line, so some line must end with one)
        if k < len(lines) - 1 and s < e and text[e - 1] in OPENING and not set(text[s:e]) <= OPENING:
            raise AssertionError(f"line ends with opening punctuation: {text[s:e]!r}")


HANDLE_WORDS = [
        "@", "@", "发布", "发", "的", "老", "K", "小", "阿", "了", "过", "在", "微博", "也", "则",
        "表示", "称", "说", "公开", "首次", "及", "微信", "公众号", "查询", "青年", "不", "测", "一篇",
        "十几个", "Amy", "_", "站", "派", "提到", "吐槽", "排", "同学", "我", "就行", "B2", " ", "，",
        "發佈", "說過", "留言", "当晚", "小分队", "Pixel", "问", "今天", "3", "日", "年",
    ]  # fmt: skip
HANDLE_PIECES = st.sampled_from(HANDLE_WORDS)


@SETTINGS
@given(st.lists(HANDLE_PIECES, max_size=30).map("".join))
def test_handle_runs_of_name_and_clause_words_never_raise(text: str) -> None:
    """Runs after @ made of the words the cutting rules look at (a rule that reads one word
    past the run's end once raised IndexError on a real page)."""
    from tui.model.bloggers import closed_handles, find_handles
    from tui.model.handle_cut import name_length

    for start, end in find_handles(text, closed_handles([text])):
        assert 0 <= start < end <= len(text)
    for i in range(len(text)):
        run = text[i:]
        assert 0 <= name_length(run) <= len(run)
    check_article(text)


def test_every_pair_of_cutting_words_after_a_name_is_cut_within_the_run() -> None:
    """Each rule looks a word or two past where it stands: every name followed by any two of
    those words, the run ending right after them, is cut within the run and never raises."""
    from tui.model.handle_cut import name_length

    for a in HANDLE_WORDS:
        for b in HANDLE_WORDS:
            for run in (a + b, "某某" + a + b, "某某" + a):
                assert 0 <= name_length(run) <= len(run), run
