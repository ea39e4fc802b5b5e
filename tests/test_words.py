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


def test_words_segmented_while_the_model_is_built_match() -> None:
    """A book's lines are segmented in children before the model says which are paragraphs:
    told afterwards, they give the words and keywords the usual way gives, with the page's
    chrome (a menu, a footer, indented lines) left out; paragraphs that are not the text's
    lines give ``None``, and the caller segments as usual."""
    from tui.model.scripts import detect_script
    from tui.model.word_processes import EarlyWords

    text = "\n".join(
        [
            "首頁　新聞　財經　科技　體育",
            "科技博主@闌夕 發布了DeepSeek-R1模型的評測，資深技術專家認為這很重要。",
            "",
            "   第二段也有詞語，說到了開源模型和推理成本。  ",
            "第三段：工程師們在春節期間加班，討論熱度持續上升。",
            "版權所有 © 2025 某某新聞網",
        ]
    )
    a = build_article(text)
    assert 0 < len(a.paragraphs) < 5  # (the menu and the footer are chrome)
    here = compute_words([p.text.simplified for p in a.paragraphs])
    for jobs in (1, 2, 3):
        assert EarlyWords(text, detect_script(text), jobs).finish(a) == here
    other = build_article("完全不同的一段文字，與上面無關。")
    assert EarlyWords(text, detect_script(text), 2).finish(other) is None


def test_early_words_keep_the_handles_the_whole_article_closes() -> None:
    """A handle the article closes only near its end (@小鹿爱吃饭 followed by a space) is kept
    whole in every paragraph, whichever child's share holds them and however many children
    there are, as the usual way keeps it."""
    from tui.model.scripts import detect_script
    from tui.model.word_processes import EarlyWords, segment_in_children

    lines = [f"第{i}段：博主@小鹿爱吃饭团子今天发文称，新店排队两小时。" for i in range(60)]
    lines += ["我也看了@小鹿爱吃饭 的视频，确实好吃。", "责任编辑：@小鹿爱吃饭 "]
    text = "\n".join(lines)
    a = build_article(text)
    here = compute_words([p.text.simplified for p in a.paragraphs])
    for jobs in (1, 2, 4):
        assert EarlyWords(text, detect_script(text), jobs).finish(a) == here, jobs
        assert segment_in_children(a, jobs) == here, jobs


def test_a_books_json_with_its_words_from_the_early_children(tmp_path, monkeypatch) -> None:
    """``--json`` on a book (its words segmented while the model is built) prints what the
    book's words computed the usual way give."""
    import json

    from tui import cli
    from tui.model.load import BIG_TEXT, read_source

    line = (
        "科技博主@闌夕 發布了DeepSeek-R1模型的評測，資深技術專家認為這很重要。2025年1月20日發布。"
    )
    path = tmp_path / "book.txt"
    path.write_text("\n".join([line] * (BIG_TEXT // len(line) + 2)), "utf-8")
    from tui.model import word_processes

    monkeypatch.setattr(cli, "_JOBS", 2)
    finished = []
    real = word_processes.EarlyWords.finish
    monkeypatch.setattr(
        word_processes.EarlyWords,
        "finish",
        lambda self, a: finished.append(real(self, a)) or finished[-1],
    )
    got = []
    monkeypatch.setattr(cli, "_emit", lambda s: got.append(s) or 0)
    assert cli.main(["--json", "--no-cache", str(path)]) == 0
    from tui.model.export import to_json

    article = read_source(str(path)).build()
    words = compute_words([p.text.simplified for p in article.paragraphs])
    want = json.loads(json.dumps(to_json(with_words(article, words), None, None)))
    assert json.loads(got[0]) == want
    assert want["keywords"]  # (the words are in it)
    assert len(finished) == 1 and finished[0] is not None  # (and came from the early children)


def test_cached_words_stop_the_early_children(_private_cache) -> None:
    """With the words in the cache, the children segmenting the text early are stopped and
    their work not waited for; without, their words are the ones used and cached."""
    from tui.model.scripts import detect_script
    from tui.model.word_processes import EarlyWords

    text = "科技博主@闌夕 發布了DeepSeek-R1模型的評測。\n第二段也有詞語，說到了開源模型。"
    a = build_article(text)
    early = EarlyWords(text, detect_script(text), 2)
    first = words_for(a, early=early)
    assert first == compute_words([p.text.simplified for p in a.paragraphs])
    assert load_words(a) == first
    again = EarlyWords(text, detect_script(text), 2)
    assert words_for(a, early=again) == first
    assert again.children and all(child.poll() is not None for child in again.children)


def test_the_idf_table_and_stop_words_are_jiebas_own() -> None:
    """Keywords read jieba's IDF file directly (importing jieba.analyse loads its tagger too):
    the table, its median and the stop words must be what jieba.analyse would give."""
    import jieba.analyse

    from tui.model.words import _STOP_WORDS, _idf

    table, median = _idf()
    assert table == jieba.analyse.default_tfidf.idf_freq
    assert median == jieba.analyse.default_tfidf.median_idf
    assert jieba.analyse.default_tfidf.stop_words == _STOP_WORDS


def test_the_idf_table_is_kept_parsed_and_a_damaged_copy_is_parsed_again(_private_cache) -> None:
    """Every word process reads the IDF table: kept parsed in the cache directory, read back
    equal; a damaged or foreign file is no table, and the file is parsed again."""
    import os

    import jieba

    from tui.model.words import _idf_cache_file, _kept_idf, _read_idf

    path = os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")
    kept = _idf_cache_file(path)
    assert kept is not None and not kept.exists()
    parsed = _read_idf(path)
    assert kept.exists() and _kept_idf(path) == parsed
    kept.write_bytes(b"not marshal")
    assert _kept_idf(path) is None
    import marshal

    kept.write_bytes(marshal.dumps(["a list", 1.0]))
    assert _kept_idf(path) is None
