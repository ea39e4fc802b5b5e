from tui.model.build import build_article, with_words
from tui.model.cache import load_words, save_words, words_for
from tui.model.word_processes import segment_in_children
from tui.model.words import compute_words


def test_segmentation_uses_simplified_offsets_and_keeps_handles() -> None:
    a = build_article("科技博主@闌夕 發布了DeepSeek-R1模型的評測，資深技術專家認為這很重要。")
    a = with_words(a, compute_words([p.text.simplified for p in a.paragraphs]))
    p = a.paragraphs[0]
    words = [p.text.traditional[s:e] for s, e in p.words]
    assert "@闌夕" in words
    assert "DeepSeek-R1" in words
    assert "技術" in words and "專家" in words
    assert "".join(words) == p.text.traditional  # spans cover the text, in order
    assert a.keywords and all(k.traditional and k.simplified for k in a.keywords)


def test_cache_round_trip_and_corruption(_private_cache) -> None:
    a = build_article("這是一段用來測試緩存的文字。\n還有第二段。")
    assert load_words(a) is None
    w = words_for(a)
    assert load_words(a) == w
    files = list(_private_cache.glob("*.json"))
    assert len(files) == 1
    files[0].write_text('{"version": "words-2", "ends": [[1, 0]]', "utf-8")  # truncated
    assert load_words(a) is None
    save_words(a, w)
    assert words_for(a) == w


def test_words_in_a_separate_process_match() -> None:
    a = build_article("科技博主@闌夕 發布了DeepSeek-R1模型的評測。\n第二段也有詞語。")
    here = compute_words([p.text.simplified for p in a.paragraphs])
    assert segment_in_children(a, 2) == here  # two child processes; their parts merge exactly
