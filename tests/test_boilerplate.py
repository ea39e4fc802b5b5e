from tui.model.boilerplate import split_lines
from tui.model.build import build_article
from tui.model.line_shapes import Kind, classify

BODY = "這是第一段正文，講述了一件事情。\n這是第二段正文，也很重要。\n"


def test_line_shapes() -> None:
    for line in ["87文章", "31596浏览量", "+关注", "270399 -", "-", "25", "标签: AI, 科技",
                 "更新时间:2025-09-25", "© 2025 某某网 版权所有", "京ICP备12345678号",
                 "京公网安备 11010502030143号", "上一页 1 2 3 下一页", "展开阅读全文", "上滑加载更多",
                 "阅读 1.2万"]:  # fmt: skip
        assert classify(line) is Kind.CHROME, line
    assert classify("一、技术博主的作用") is Kind.SHORT
    assert classify(BODY.splitlines()[0]) is Kind.PROSE


def test_footer_goes_to_boilerplate_with_tags() -> None:
    footer = "-\nAI\n+關注\n關注\n87文章\n31596瀏覽量\n發布評論請先 登錄\n相關推薦\n評論\n"
    a = build_article(BODY + footer)
    assert [p.text.traditional for p in a.paragraphs] == BODY.splitlines()
    assert len(a.boilerplate) == 9
    assert [t.traditional for t in a.tags] == ["AI"]


def test_labelled_tags_and_header_chrome() -> None:
    text = "更新时间:2025-09-25\n" + BODY + "标签: 人工智能、DeepSeek\n上滑加载更多\n"
    a = build_article(text)
    assert len(a.paragraphs) == 2
    assert [t.simplified for t in a.tags] == ["人工智能", "DeepSeek"]
    assert a.reference_source == "updated"


def test_short_lines_inside_the_body_stay() -> None:
    text = "一、緣起\n" + BODY + "二、展望\n最後一段正文，說完了。\n"
    a = build_article(text)
    assert [p.text.traditional for p in a.paragraphs][-2:] == ["二、展望", "最後一段正文，說完了。"]
    assert a.boilerplate == ()


def test_title_only_when_the_text_has_one() -> None:
    assert build_article("春節觀察\n" + BODY).title.traditional == "春節觀察"
    assert build_article(BODY).title is None


def test_a_byline_is_chrome_but_still_dates_the_article() -> None:
    text = "標題在此\n2025-09-25 10:32:15　來源：新浪科技　作者：張偉\n" + BODY + "責任編輯：李明\n"
    a = build_article(text)
    assert [p.text.traditional for p in a.paragraphs] == BODY.splitlines()
    assert a.reference_source == "dateline"
    assert a.reference_date.isoformat() == "2025-09-25"
    assert a.title is not None and a.title.traditional == "標題在此"


def test_a_wechat_style_page() -> None:
    text = (
        "点击上方蓝字关注我们\n"
        "原创 李四 科技观察 2025年03月02日 08:30 北京\n"
        "开源周：五天五个仓库\n"
        "3月1日，团队宣布开源周正式收官。过去五天里，每天开源一个代码库。\n"
        "知名博主@AI前线 评论称，这是最有诚意的开源。\n"
        "END\n往期推荐\n阅读原文\n微信扫一扫\n关注该公众号\n"
    )
    a = build_article(text)
    assert a.title is not None and a.title.simplified == "开源周：五天五个仓库"
    assert [p.text.simplified[:4] for p in a.paragraphs] == ["3月1日", "知名博主"]
    assert len(a.boilerplate) == 7
    assert (a.reference_date.isoformat(), a.reference_source) == ("2025-03-02", "dateline")


def test_a_bracketed_editor_line_is_chrome() -> None:
    assert classify("（編輯：陳怡君）1140518") is Kind.CHROME


def test_a_short_comment_over_its_stamp_is_body_and_its_poster_chrome() -> None:
    for comment in ("上个月买还是八块，看来要赶紧囤了", "十年前就來吃過了，那時候一碗才三十塊"):
        text = BODY + "热门评论\n山城老李\n" + comment + "\n3小时前 · 重庆\n回复\n"
        a = build_article(text)
        assert comment in [p.text.original for p in a.paragraphs], comment
        assert "山城老李" in {b.original for b in a.boilerplate}


def test_runs_of_label_fields_are_chrome_a_single_one_is_not() -> None:
    fields = "留言類型：諮詢  領域：交通\n辦理狀態：已回覆\n"
    a = build_article(fields + BODY)
    assert {"留言類型：諮詢  領域：交通", "辦理狀態：已回覆"} <= {b.original for b in a.boilerplate}
    a = build_article(BODY + "地点：市民广场\n" + BODY)
    assert "地点：市民广场" not in {b.original for b in a.boilerplate}


def test_fields_under_a_numbered_heading_are_the_items_details() -> None:
    for heading in ("（二）南區夜市", "3. 河滨场集市", "二、东区集市"):
        items = f"{heading}\n場地：河濱公園\n內容：手作市集、街頭表演\n"
        a = build_article(BODY + items + BODY)
        boiler = {b.original for b in a.boilerplate}
        assert "場地：河濱公園" not in boiler and "內容：手作市集、街頭表演" not in boiler, heading
    # without a numbered heading, the same rows over the story are a record's metadata
    a = build_article("場地：河濱公園\n內容：手作市集\n" + BODY)
    assert "場地：河濱公園" in {b.original for b in a.boilerplate}


def test_the_storys_block_of_facts_under_its_last_paragraph_is_body() -> None:
    block = "【市集資訊】\n地點：河濱公園北側廣場\n名額：限30組\n報名電話：03-1234-5678\n"
    foot = "分享\n複製連結\nCopyright © 2026 某某新聞網 All Rights Reserved.\n"
    story = "河濱社區發展協會表示，今年春季市集將邀請四十個在地攤商參加，現場也有親子手作課程。\n"
    a = build_article(story + block + foot)
    boiler = {b.original for b in a.boilerplate}
    assert "報名電話：03-1234-5678" not in boiler and "名額：限30組" not in boiler
    assert "複製連結" in boiler


def test_a_button_row_with_its_counts_in_brackets_is_chrome() -> None:
    # a floor's foot: a like button and its count in brackets, the reply button
    for row in ("亮了(12) 回复", "頂(3) 回覆", "赞（56） 回复"):
        assert classify(row) is Kind.CHROME, row
    assert classify("亮了(12) 好耶") is not Kind.CHROME  # no button among them
    lines = [
        "3楼 某某网友 2025-03-04 21:15 发布于广东",
        "同意楼上，这个价格已经很划算了，再等也不会更便宜。",
        "亮了(7) 回复",
        "4楼 另一位网友 2025-03-04 21:40 发布于上海",
        "我倒觉得可以再等等，年底一般还有活动。",
        "亮了(2) 回复",
    ]
    split = split_lines(lines)
    assert 2 in split.chrome and 5 in split.chrome
    assert 1 in split.body and 4 in split.body


def test_a_replys_quote_header_is_chrome_a_quoted_saying_is_not() -> None:
    for header in ("引用 @小明同学 发表的:", "引用：阿華 的回覆：", "引用 老李 發表於 2025-3-8 10:00", "引用 @某某："):
        assert classify(header) is Kind.CHROME, header
    for line in ("引用一句老话：", "引用 一句老話：", "引用他的话说："):
        assert classify(line) is not Kind.CHROME, line
    # the quote header goes; the reply stays
    a = build_article(
        "\n".join(
            [
                "2楼 某某网友 2025-03-04 21:15 发布于广东",
                "引用 @小明同学 发表的:",
                "这个价格已经很划算了",
                "我倒觉得可以再等等，年底一般还有活动。",
            ]
        )
    )
    body = "\n".join(p.text.original for p in a.paragraphs)
    assert "引用 @小明同学" not in body and "我倒觉得可以再等等" in body


def test_an_address_in_the_writers_words_stays_in_the_story() -> None:
    # the hanzi after an address are the sentence's, not its domain
    line = "昨天我問了店長，他說改期要先登記，還給了一個信箱shop-help@example-store.com叫我有事寫信"
    assert classify(line) is not Kind.CHROME
    assert classify("客服信箱 service@example-store.com 服務時間 週一至週五") is Kind.CHROME
    lines = [
        "謝謝各位的回覆，我明天就去辦手續，辦完再上來跟大家說結果。",
        "有疑問可以email去help@example-mall.hk問",
        "报名方式：后台留言，或发邮件到reading.club@example.cn（请写明人数）",
        "下周预告：周六下午直播拆第二台，有问题可以发邮件到lab_zhou@example.com",
        "最后再说一句，这台机器我还会继续修下去，大家一起见证吧。",
    ]
    split = split_lines(lines)
    assert set(split.body) == {0, 1, 2, 3, 4}
    # a desk's line at the page's foot stays chrome
    foot = [*lines, "读者投书请寄 letters@example-news.cn"]
    assert 5 in split_lines(foot).chrome


def test_a_credit_the_writer_goes_on_to_talk_about_is_body() -> None:
    assert classify("攝影：@lens.amy 多謝佢幫我哋影咗成日嘅相") is not Kind.CHROME
    assert classify("攝影：@lens.amy") is Kind.CHROME
    assert classify("攝影：陳大文 編輯：李小明") is Kind.CHROME


def test_comments_under_like_rows_are_read_after_a_list_of_links() -> None:
    lines = [
        "区里的老图书馆下个月闭馆装修，馆长说明年春天再开门，市民可以先去分馆借书。",
        "图书馆还提醒，闭馆期间还书可投到门口的还书箱，逾期费用全部免除。",
        "相关文章：",
        "城西分馆周末延长开放时间",
        "全市图书馆推出电子借书证",
        "网友 桂花糕",
        "2025-4-2 09:10",
        "上个月还去借过书，装修完应该会更舒服",
        "回复 支持(12) 反对(1)",
        "网友 老街坊",
        "2025-4-2 09:45",
        "我家小孩天天吵着要去，只能先去分馆了",
        "回复 支持(5) 反对(0)",
    ]
    split = split_lines(lines)
    assert 7 in split.body and 11 in split.body
    assert {3, 4, 5, 6, 8, 9, 10, 12} <= set(split.chrome)
    # a reply of the author's without its own row, then the next commenter's name over a text
    lines = [
        "新店下周开张，店里会留一面墙给老顾客写留言，欢迎大家来坐坐。",
        "营业时间是每天上午十点到晚上九点，周二店休。",
        "精选留言",
        "写留言",
        "小林",
        "上学的时候天天在这里看漫画，一定去",
        "赞 40",
        "作者",
        "谢谢你！周末人多，平日晚上比较安静～",
        "橘子汽水",
        "开张那天记得发个通知，到时候过去捧场",
        "赞 12",
    ]
    split = split_lines(lines)
    assert {5, 8, 10} <= set(split.body)
    assert {4, 9} <= set(split.chrome)
