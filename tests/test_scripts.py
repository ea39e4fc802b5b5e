from tui.model.article import Dual
from tui.model.scripts import Script, convert, detect_script


def test_conversion_keeps_length_both_ways(bundled_text: str) -> None:
    simp = convert(bundled_text, Script.SIMPLIFIED)
    assert len(simp) == len(bundled_text)
    assert simp != bundled_text
    trad = convert(simp, Script.TRADITIONAL)
    assert len(trad) == len(simp)


def test_known_pairs() -> None:
    assert convert("發布評論請先登錄", Script.SIMPLIFIED) == "发布评论请先登录"
    assert convert("数字生命卡兹克", Script.TRADITIONAL) == "數字生命卡茲克"


def test_detect_script() -> None:
    assert detect_script("這個春節假期，我們注意到關於模型的討論") is Script.TRADITIONAL
    assert detect_script("这个春节假期，我们注意到关于模型的讨论") is Script.SIMPLIFIED
    assert detect_script("hello") is Script.SIMPLIFIED


def test_dual_of_keeps_the_original_form() -> None:
    d = Dual.of("後來", Script.TRADITIONAL)
    assert d.traditional == "後來" and d.simplified == "后来"
    assert d(Script.SIMPLIFIED) == "后来"


def test_date_label_words_are_the_same_in_both_scripts() -> None:
    for word in ["年初", "年中", "年底", "年末", "上半年", "下半年", "上旬", "中旬", "下旬", "～"]:
        assert convert(word, Script.TRADITIONAL) == word


def test_rules_read_taiwan_and_hong_kong_forms() -> None:
    """為, 裡, 眾, 啟 come only from OpenCC's reverse table: rules must still match them."""
    import re

    from tui.model.scripts import either_script

    for simplified, written in (("认为", "認為"), ("这里", "這裡"), ("群众", "群眾"), ("启动", "啟動")):
        assert re.fullmatch(either_script(simplified), written), written
        assert re.fullmatch(either_script(simplified), simplified)
