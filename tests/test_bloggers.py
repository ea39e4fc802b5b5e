import pytest

from tui.model.bloggers import find_handles
from tui.model.build import build_article


def handles(text: str) -> list[str]:
    return [text[s:e] for s, e in find_handles(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("科技博主@闌夕 就曾發起話題", ["@闌夕"]),
        ("@张三表示同意", ["@张三"]),
        ("@李四认为这很重要", ["@李四"]),
        ("资深专家阮一峰@ruanyf分享了", ["@ruanyf"]),
        ("全角＠王五、＠赵六等人", ["＠王五", "＠赵六"]),
        ("转发//@钱七:说得好", ["@钱七"]),
        ("联系 someone@example.com 获取", []),
        ("链接 https://weibo.com/@foo 里", []),
        ("写信到 @example.com 不是人", []),
        ("abc@def 不是句柄", []),
        ("@伯克利_尤洋、@梁斌penny", ["@伯克利_尤洋", "@梁斌penny"]),
        ("单独一个 @ 符号", []),
    ],
)
def test_handle_shapes(text: str, expected: list[str]) -> None:
    assert handles(text) == expected


def test_roles_names_and_lists_in_both_scripts() -> None:
    text = (
        "一大批技術博主在討論。\n"
        "包括@甲乙、@丙丁、@Alpha 等，都發文了。\n"
        "資深技術專家張三豐@zsf 分享的內容，編劇@王小明表示贊同。\n"
        "@甲乙 則從另一個角度討論。"
    )
    a = build_article(text)
    got = {b.handle.simplified: b for b in a.bloggers}
    assert list(got) == ["甲乙", "丙丁", "Alpha", "zsf", "王小明"]
    assert got["甲乙"].role.traditional == "技術博主"
    assert got["丙丁"].role.simplified == "技术博主"
    assert got["zsf"].name.traditional == "張三豐"
    assert got["zsf"].role.traditional == "資深技術專家"
    assert got["王小明"].role.simplified == "编剧"
    assert got["王小明"].name is None
    assert len(got["甲乙"].mentions) == 2
    for b in a.bloggers:
        for m in b.mentions:
            para = a.paragraphs[m.paragraph].text.traditional
            assert para[m.span[0] : m.span[1]] in (
                "@" + b.handle.traditional,
                "＠" + b.handle.traditional,
            )
            s, e = m.sentence
            assert s <= m.span[0] < m.span[1] <= e


def test_one_person_across_scripts() -> None:
    a = build_article("博主@數字生命 發文。\n后来@数字生命 又说。")
    assert len(a.bloggers) == 1
    assert len(a.bloggers[0].mentions) == 2
