"""Page info: the dateline the reference date came from, credits, tags and the chrome."""

from __future__ import annotations

from datetime import date

from tui.model.article import Words
from tui.model.build import build_article, with_words
from tui.model.page_info import page_info
from tui.model.scripts import Script

PAGE = """人工智能公司发布新模型
2025-01-20 15:18 来源：新华网 作者：张三
1月20日，某公司在北京发布了新的大模型，引起了广泛关注。业内人士表示，这是今年以来最重要的发布之一。
该公司去年底完成了新一轮融资，估值超过百亿元。专家认为，这将推动行业进一步发展。
责任编辑：李四
标签：人工智能 大模型
版权所有 © 2025 新华网
"""


def test_page_info_in_both_scripts() -> None:
    a = build_article(PAGE, "news.txt")
    info = page_info(a, Script.TRADITIONAL)
    assert info.reference_date == date(2025, 1, 20) and info.reference_source == "dateline"
    assert info.reference_line == "2025-01-20 15:18 來源：新華網 作者：張三"
    assert info.datelines == (info.reference_line,)
    assert info.credits == ("2025-01-20 15:18 來源：新華網 作者：張三", "責任編輯：李四")
    assert info.tags == ("人工智能", "大模型")
    assert "版權所有 © 2025 新華網" in info.chrome and "標籤：人工智能 大模型" in info.chrome
    assert all(line in info.chrome for line in info.credits)
    assert info.keywords is None  # not segmented yet
    simplified = page_info(a, Script.SIMPLIFIED)
    assert simplified.credits[1] == "责任编辑：李四" and simplified.source == "news.txt"


def test_no_reference_line_when_the_date_was_inferred(bundled_article) -> None:
    info = page_info(bundled_article, Script.SIMPLIFIED)
    assert info.reference_source == "latest-year" and info.reference_line is None
    assert info.tags == ("AI", "DeepSeek")
    assert "+关注" in info.chrome and info.credits == ()


def test_keywords_once_segmented() -> None:
    a = build_article(PAGE)
    a = with_words(
        a,
        Words(tuple(((0, len(p.text)),) for p in a.paragraphs), (("融资", 1, 12), ("无处", -1, 0))),
    )
    assert a.paragraphs[1].text.original[12:14] == "融资"
    assert page_info(a, Script.TRADITIONAL).keywords == ("融資", "無處")


def test_a_dateline_left_in_the_body_is_still_listed_as_the_dateline() -> None:
    """``@某某 2024年3月5日发布`` stays in the text (it names an account) and dates the page:
    page info said "from the dateline" and then "dateline: none"."""
    a = build_article("@数码老陈 2024年3月5日发布\n今天去看了演唱会，下周三再去。\n", "post.txt")
    info = page_info(a, Script.SIMPLIFIED)
    assert info.reference_source == "dateline" and info.reference_line is not None
    assert info.datelines == (info.reference_line,)


def test_bylines_are_credits() -> None:
    """``記者某某／綜合報導`` was split off but page info said 來源與作者 無."""
    from tui.model.line_shapes import is_byline
    from tui.model.page_info import _rules

    credit = _rules()[0]

    def credited(line: str) -> bool:
        return bool(credit.search(line)) or is_byline(line)

    for line in ("記者王小明／綜合報導", "社會中心／台北報導", "（中央社記者林某某台北11日電）", "记者张三／北京报道"):
        assert credited(line), line
    for line in ("他說記者會在明天舉行", "記者會：明天下午", "報導指出，價格上漲"):
        assert not credited(line), line
    page = "某某新聞網\n標題在這裡\n記者王小明／綜合報導\n正文第一段說了很多事情，大家都很關心。\n第二段也說了事情。"
    assert "記者王小明／綜合報導" in page_info(build_article(page), Script.TRADITIONAL).credits
