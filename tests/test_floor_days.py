"""Forum floors and the days they speak from, and the lines around them: the twenty-second
session's rules.  The texts are written for these tests in the shapes such pages have, each in
both scripts."""

from __future__ import annotations

from datetime import date

from tests.test_date_shapes import assert_no_days, dated
from tests.test_date_shapes import both_scripts as _both
from tui.model.build import build_article
from tui.model.scripts import Script, convert


def _events(article) -> list[tuple[str, str]]:
    """The article's events as (text, start) pairs."""
    return [(e.text.original, e.start.isoformat()) for e in article.timeline]


def _page_events(lines: list[str]) -> list[list[tuple[str, str]]]:
    """Each script's events of the page, as (text, start) pairs."""
    return [_events(build_article(text)) for text in _both("\n".join(lines))]


def _days(text: str, ref: date) -> list[tuple[str, str, str]]:
    return [d[:3] for d in dated(text, ref)]


# ---- floor stamps --------------------------------------------------------------------------------


def test_a_floor_head_with_its_day_first_dates_the_floor() -> None:
    """高登's floor head: number, poster, day/month/year and clock (#5 某某 8/3/2025 09:10)."""
    lines = [
        "高登討論區",
        "時事台",
        "港鐵荃灣綫又延誤 乘客逼爆月台",
        "#1 荃灣街坊 4/6/2025 08:12",
        "今朝八點幾荃灣綫又話信號故障，月台逼到行唔郁，全部人遲到。",
        "#2 葵芳阿強 4/6/2025 08:30",
        "我都喺度，等咗三班車先上到",
        "#3 大窩口仔 5/6/2025 07:55",
        "琴日咁樣，今朝又會唔會再嚟？",
    ]
    # (Traditional only: a Simplified page's 4/6/2025 puts the month first, as the mainland writes it)
    a = build_article("\n".join(lines))
    events = _events(a)
    assert ("琴日", "2025-06-04") in events and ("今朝", "2025-06-05") in events
    assert not any(t.startswith(("4/6", "5/6")) for t, _ in events)
    from tui.model.boilerplate import split_lines

    chrome = {lines[i] for i in split_lines(lines).chrome}
    assert {lines[3], lines[5], lines[7]} <= chrome


def test_a_tieba_floor_in_one_short_line_is_kept_and_dated_by_its_foot() -> None:
    """百度贴吧: poster and level over the text, the client, floor and stamp under it."""
    lines = [
        "百度贴吧",
        "考研吧",
        "【打卡】考研最后一个月，每天来报个到",
        "山城小橙子 楼主 8级",
        "还有一个月就考试了，今天开始每天来打卡，谁断更谁请奶茶",
        "今天任务：英语真题两篇，政治选择题一百道",
        "来自Android客户端 1楼 2024-11-21 22:10",
        "回复",
        "嘉陵江边的猫 6级",
        "打卡+1，明天模考，好慌",
        "来自iPhone客户端 2楼 2024-11-22 21:40",
        "回复",
        "山城小橙子 楼主 8级",
        "Day3，昨天的错题今天又错了",
        "来自Android客户端 3楼 2024-11-23 23:02",
        "回复",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        body = [p.text.original for p in a.paragraphs]
        assert any(b.startswith("打卡+1") for b in body) and any(b.startswith("Day3") for b in body)
        assert not any(b.endswith(("8级", "8級", "6级", "6級")) for b in body)
        events = _events(a)
        assert ("明天", "2024-11-23") in events
        assert ("昨天", "2024-11-22") in events


def test_a_bbs_posts_station_line_dates_its_reply() -> None:
    """水木's header: 发信站: 水木社区 (Sat Mar 22 20:11:40 2025), 站内: the reply's own day."""
    lines = [
        "水木社区",
        "[楼主] lakeside",
        "发信人: lakeside (湖边), 信区: Travel",
        "标  题: 清明回老家，车票怎么抢",
        "发信站: 水木社区 (Fri Mar 21 08:47:12 2025), 站内",
        "",
        "清明假期打算回老家，昨天早上抢票一分钟就没了，大家有什么办法？",
        "※ 来源:·水木社区 http://www.newsmth.net·[FROM: 114.246.18.*]",
        "[第1楼] hillwind",
        "发信人: hillwind (山风), 信区: Travel",
        "标  题: Re: 清明回老家，车票怎么抢",
        "发信站: 水木社区 (Thu Mar 27 12:05:33 2025), 站内",
        "",
        "可以候补，我前天候补的今天凌晨兑现了，明天再去刷一次。",
    ]
    for events in _page_events(lines):
        assert ("昨天", "2025-03-20") in events
        assert ("前天", "2025-03-25") in events and ("明天", "2025-03-28") in events


def test_a_comments_day_and_region_under_it_dates_the_comment() -> None:
    """知乎's comment foot without year or clock (06-19 · 浙江 回复 喜欢 21)."""
    lines = [
        "知乎",
        "如何看待江城地铁三号线延期开通？",
        "地铁站旁的老刘",
        "谢邀。工程上的事情，延期很常见，说几点看法。",
        "发布于 2024-06-18 09:12・IP 属地湖北",
        "12 条评论",
        "江城通勤人",
        "今天又看到工地停工了，估计年底都悬",
        "06-19 · 湖北 回复 喜欢 21",
        "晴天的小鱼",
        "明天去现场看看，有人一起吗",
        "06-21 · 江苏 回复 喜欢 4",
    ]
    for events in _page_events(lines):
        assert ("今天", "2024-06-19") in events
        assert ("明天", "2024-06-22") in events


# ---- edits -------------------------------------------------------------------------------------------


def test_an_edits_words_count_from_the_edits_day() -> None:
    """更新 8/21： / EDIT 9/4：… inside a post: what was added counts from the edit's day."""
    lines = [
        "Mobile01",
        "[分享] 中古屋翻新紀錄（持續更新）",
        "板橋阿德",
        "2024-08-18 21:35",
        "#1",
        "終於買到人生第一間房，裝潢進度會持續更新在這樓。",
        "更新 8/21：",
        "昨天拆完舊廚具，師傅說水管要全換",
        "EDIT 9/4：昨天驗收水電，明天開始貼磁磚",
        "分享 檢舉",
        "路過的阿文",
        "2024-09-05 08:30",
        "#2",
        "恭喜！昨天我也剛交屋",
        "分享 檢舉",
    ]
    for events in _page_events(lines):
        assert ("昨天", "2024-08-20") in events
        assert ("昨天", "2024-09-03") in events and ("明天", "2024-09-05") in events
        assert ("昨天", "2024-09-04") in events  # the next floor counts from its own stamp again


# ---- page date --------------------------------------------------------------------------------------


def test_a_first_line_that_opens_on_a_date_and_talks_on_is_no_dateline() -> None:
    """2024年6月7日高考，今天刚好倒计时30天: the post's first sentence; its floor's stamp dates it."""
    lines = [
        "百度贴吧",
        "高考吧",
        "【打卡】高考倒计时，每天来签个到",
        "追光的小柚 楼主 9级",
        "2024年6月7日高考，今天刚好倒计时30天",
        "立个帖子每天来打卡，互相监督",
        "来自Android客户端 1楼 2024-05-08 21:14",
        "回复",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert a.reference_date == date(2024, 5, 8)
        events = _events(a)
        assert ("今天", "2024-05-08") in events


# ---- chrome ---------------------------------------------------------------------------------------


def test_related_links_with_their_day_after_a_middle_dot_are_chrome() -> None:
    from tui.model.boilerplate import split_lines

    lines = [
        "老家的房子要不要翻新？这是我的一点经验。",
        "前后花了三个月，总算弄完了，大家有问题可以留言。",
        "更多回答",
        "老房子翻新大概要花多少钱？ 1,032 赞同 · 2024-06-17",
        "翻新时哪些钱不能省？ 287 赞同 · 2024-06-18",
        "跟男友爸媽吃飯，該不該搶著付錢？ · 2月3日",
    ]
    for text in _both("\n".join(lines)):
        page = text.split("\n")
        chrome = set(split_lines(page).chrome)
        assert {2, 3, 4, 5} <= chrome and not {0, 1} & chrome
    # one such line alone is a sentence's, kept
    single = ["今天和朋友去吃了火锅，很开心 · 2月3日", "明天还要上班。"]
    assert 0 not in set(split_lines(single).chrome)


def test_a_review_lists_filter_tabs_are_chrome() -> None:
    from tui.model.fold import fold
    from tui.model.line_shapes import Kind, classify

    for line in _both("全部(1286) 最新 好评 差评 有图"):
        assert classify(fold(line)) is Kind.CHROME
    for line in _both("全部 最新"):
        assert classify(fold(line)) is not Kind.CHROME  # (no review's tab: maybe a heading's words)


# ---- festivals ---------------------------------------------------------------------------------------


def test_a_small_long_holiday_is_one_expression() -> None:
    for text in _both("清明小长假4月4日至6日，端午小长假我们去了杭州"):
        got = [d[0] for d in _days(text, date(2025, 3, 21))]
        assert got[0] in ("清明小长假", "清明小長假") and got[1] == "4月4日至6日"
        assert got[2] in ("端午小长假", "端午小長假")


def test_the_ghost_month_pointed_at_is_the_seventh_lunar_month() -> None:
    for text in _both("入厝的日子請師父看好了，等鬼月過完才能搬"):
        assert _days(text, date(2024, 8, 18))[0][1:] == ("2024-08-04", "2024-09-02")
    for text in _both("今年鬼月從8月4日開始"):
        assert _days(text, date(2024, 8, 18))[0][1:] == ("2024-08-04", "2024-09-02")
    # the custom, said of every year, is no event
    assert_no_days(("鬼月很多師傅反而比較有空，工錢也比較好談", "鬼月交屋沒關係啦"), date(2024, 8, 18))


# ---- titles -------------------------------------------------------------------------------------


def test_a_threads_headline_over_its_posts_stamp_beats_the_posts_first_line() -> None:
    """The post's first line under 楼主：… 时间：… (or 发布于 …, 本帖最后由 … 编辑) is its text."""
    for stamp in (
        "楼主：江城老司机 时间：2019-09-28 10:12:33 点击：23851 回复：412",
        "发布于 10-29 21:48 · 湖北",
        "本帖最后由 小鱼妈 于 2024-10-12 09:30 编辑",
    ):
        lines = [
            "某某社区",
            "首页 › 旅游休闲 › 自驾游",
            "国庆回老家自驾一千二百公里，求避堵攻略",
            stamp,
            "今年国庆假期7天，打算从武汉开回桂林老家，高速免费",
            "去年国庆我是早上走的，在高速上堵了九个小时，一家人在车上吃泡面",
        ]
        for text in _both("\n".join(lines)):
            a = build_article(text)
            assert a.title is not None and a.title.original.startswith(("国庆回老家", "國慶回老家"))


def test_a_post_whose_only_headline_is_under_its_stamp_keeps_it() -> None:
    lines = [
        "雪球",
        "首页　行情　组合　基金",
        "江畔读财报",
        "发布于2025-03-02 22:47 · 来自iPhone",
        "某某水电年报前瞻：分红率会不会再提？",
        "周五收盘28.46元，股息率按去年分红算约3.9%。不少球友私信问我怎么看今年的分红，写一下。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original.startswith("某某水电")


def test_a_headline_quoting_two_speakers_is_no_credit_line() -> None:
    """颱風直播︱天文台：…　機管局：…: two speakers' words, not 作者：… 来源：… fields."""
    from tui.model.line_shapes import is_credit_line

    for text in _both("颱風直播︱天文台：下午4時前改發八號風球　機管局：逾200航班取消"):
        assert not is_credit_line(text)
    for text in _both("作者：某某　来源：某某日报"):
        assert is_credit_line(text)


# ---- handles ---------------------------------------------------------------------------------------


def _handles(text: str) -> list[str]:
    from tui.model.bloggers import find_handles

    return [text[a + 1 : b] for a, b in find_handles(text)]


def test_a_name_runs_into_how_the_account_did_it() -> None:
    """網紅@某某全程直播, @某某笑言, @某某痛批: a manner word or a word of speaking ends the name."""
    cases = {
        "當地網紅@竹南阿凱全程直播，湧入上萬人次觀看": "竹南阿凱",
        "網紅@阿囝講嘢笑言，一張手寫揮春賣80元": "阿囝講嘢",
        "博主@江城小吃货痛批，这家店的分量缩水了一半": "江城小吃货",
        "@山城阿明专程赶来，给大家带了特产": "山城阿明",
    }
    for line, name in cases.items():
        for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
            assert _handles(convert(line, script)) == [convert(name, script)]
    # (a name that holds such a word before no verb keeps it)
    assert _handles("关注@大赞日常 看更多") == ["大赞日常"]


def test_an_id_closed_by_its_joiner_stops_before_the_sentences_adverb() -> None:
    """歌迷@yuna_0315_則說: the id ends in its underscore; 則說 is the sentence's."""
    for text in _both("另一名歌迷@yuna_0315_則說，首場入場相當順"):
        assert _handles(text) == ["yuna_0315_"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        assert _handles(convert("@Momo_开店日记 发了新视频", script)) == [convert("Momo_开店日记", script)]


# ---- not dates ----------------------------------------------------------------------------------


def test_a_countdowns_days_left_are_no_day_of_the_month() -> None:
    assert_no_days(("仲有12日就放榜，愈近愈緊張", "距离开学还有 5 日", "倒数10日"), date(2025, 5, 26))
    for text in _both("仲有12日就到6月7日放榜"):
        assert [d[0] for d in _days(text, date(2025, 5, 26))] == ["6月7日"]
    # (只有2日那场: "only the 2nd's show", a day)
    for text in _both("不过我只有2日那场"):
        assert _days(text, date(2025, 4, 20))[0][1] == "2025-04-02"


def test_nowadays_set_against_the_past_is_no_day() -> None:
    for text in _both("從前的年宵，賣的是桃花和年花；今天的年輕檔主，賣的是他們對過年的想像。"):
        assert _days(text, date(2026, 2, 11)) == []
    for text in _both("今天的天氣很好，從前的人不懂。"):
        assert [d[1] for d in _days(text, date(2026, 2, 11))] == ["2026-02-11"]


def test_a_days_most_read_list_is_a_list_of_other_stories() -> None:
    from tui.model.boilerplate import split_lines

    lines = [
        "年宵從來不是一個只講價錢的地方，今年的檔主各有想法。",
        "今日明報熱門",
        "中環街市地舖空置逾半年 業界倡放寬租約條款",
        "本港1月失業率微升至3.9%",
        "阅读排行",
        "高校寒假“反向春运”：家长进城陪读成新现象",
    ]
    chrome = set(split_lines(lines).chrome)
    assert {1, 2, 3, 4, 5} <= chrome and 0 not in chrome


# ---- days ---------------------------------------------------------------------------------------


def test_a_range_after_a_relative_year_or_month_runs_on() -> None:
    for text in _both("去年7月29日至31日連續豪雨，校舍後方邊坡滑落"):
        assert _days(text, date(2025, 5, 20))[0] == (text[:11], "2024-07-29", "2024-07-31")
    for text in _both("台灣樂團下月12日至14日一連三場於啟德舉行演唱會"):
        assert _days(text, date(2025, 3, 10))[0][1:] == ("2025-04-12", "2025-04-14")
    assert _days("3日一夜的行程", date(2025, 3, 10)) == []


def test_the_next_day_in_brackets_follows_the_day_named() -> None:
    for text in _both("訂於3月14日上午9時起停止供水，預計翌（15）日清晨5時恢復供水。"):
        assert _days(text, date(2024, 3, 13))[1][1] == "2024-03-15"
    for text in _both("3月31日起停水，翌（1）日恢復"):
        assert _days(text, date(2024, 3, 30))[1][1] == "2024-04-01"


def test_cantonese_words_of_days_and_months() -> None:
    for text in _both("聽晚定後晚去好？年年都逼到爆"):
        assert [d[1] for d in _days(text, date(2023, 9, 27))] == ["2023-09-28", "2023-09-29"]
    for text in _both("呢個月第二次八號波"):
        assert _days(text, date(2025, 9, 10))[0][1:] == ("2025-09-01", "2025-09-30")
    assert_no_days(("午後晚些時候有雨",), date(2023, 9, 27))


def test_a_deadlines_bare_day_is_still_to_come() -> None:
    for text in _both("簡章說，報名須於20日前完成，逾期不候。交通局將在16日前設置指示牌。"):
        assert [d[1] for d in _days(text, date(2026, 1, 15))] == ["2026-01-20", "2026-01-16"]
    assert_no_days(("他3日前才來過",), date(2026, 1, 15))


def test_school_years() -> None:
    """Taiwan's 學年度 runs from August (114學年度: 2025-08-01 to 2026-07-31), the mainland's
    学年 from September; a school year naming a term or a programme is no time of the story."""
    for text in _both("縣府願意在114學年度重新評估，最快113學年度結束後裁併。"):
        got = [d[1:3] for d in dated(text, date(2025, 5, 20))]
        assert got == [("2025-08-01", "2026-07-31"), ("2024-08-01", "2025-07-31")]
    for text in _both("2024-2025学年，学校共招收新生1200人"):
        assert _days(text, date(2025, 5, 20))[0][1:] == ("2024-09-01", "2025-08-31")
    assert_no_days(("本校113學年度第1學期休業式", "114學年度甄選入學報名說明"), date(2025, 1, 10))


def test_a_bracketed_minguo_years_quarter() -> None:
    for text in _both("第一階段預計明（115）年第三季完成土建"):
        assert _days(text, date(2025, 11, 10))[0][1:] == ("2026-07-01", "2026-09-30")


# ---- e-paper pages -----------------------------------------------------------------------------


def test_an_epapers_list_of_headlines_ends_at_the_storys_own_head() -> None:
    """本版标题导航's items, a blank line, then the story's kicker, headline and deck over its
    reporters' line: the list is chrome, the story's head its own, the headline its title."""
    lines = [
        "某某晚报数字报",
        "2025年06月03日 星期二",
        "A04版：关注",
        "上一版 下一版",
        "本版标题导航",
        "端午假期泉城迎客超千万人次",
        "某市6月起优化12条公交线路",
        "首批文旅消费券今日发放",
        "",
        "端午假期文旅消费数据出炉",
        "泉城三天迎客超千万人次",
        "景区夜游、非遗体验最受青睐 外地游客占比近六成",
        "",
        "某某晚报·某某新闻记者 孙梦瑶 实习生 刘子涵",
        "",
        "记者从市文化和旅游局获悉，5月31日至6月2日，全市共接待游客1086.4万人次，分别较去年端午假期增长12.3%。",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        # (the story's own headline or its kicker, never an item of the page's list)
        assert a.title is not None and a.title.original[:4] in ("泉城三天", "端午假期")
        body = [p.text.original for p in a.paragraphs] + [a.title.original]
        assert any(b.startswith("端午假期文旅") for b in body) and any(b.startswith("景区夜游") or b.startswith("景區夜遊") for b in body)
        chrome = [c.original for c in a.boilerplate]
        assert any("孙梦瑶" in c or "孫夢瑤" in c for c in chrome)


def test_a_reporters_line_is_chrome_and_a_sentence_about_a_reporter_is_not() -> None:
    from tui.model.fold import fold
    from tui.model.line_shapes import Kind, classify

    for line in _both("明報記者 林慧欣 黃卓朗"):
        assert classify(fold(line)) is Kind.CHROME
    for line in _both("有由首爾來港的旅客向記者表示，專程來香港睇煙花"):
        assert classify(fold(line)) is not Kind.CHROME


# ---- forum pages, more ---------------------------------------------------------------------------


def test_tagging_me_or_everyone_is_no_account() -> None:
    for text in _both("有意向的直接@我或者豆邮，昨天有人在群里@所有人收定金，注意"):
        assert _handles(text) == []
    # (a name the page set apart with a space stays a name)
    assert _handles("@大家好我是小王 发了新视频") == ["大家好我是小王"]


def test_usual_dates_documents_and_watching_the_gala_are_no_events() -> None:
    assert_no_days(
        (
            "目黑川夜櫻點燈每年大約是3月下旬到4月上旬，要看開花狀況。",
            "學院官網上2023年復試錄取工作方案還掛著。",
            "2024年度项目指南里也没写具体公布时间。",
            "第一次在自己家里跟爸妈吃年夜饭、看春晚。",
        ),
        date(2024, 3, 5),
    )
    # (a year that times something, with a document named later in its clause, is a year)
    for text in _both("2023年杭州就曾出台相关管理办法"):
        assert _days(text, date(2024, 3, 5))[0][1:] == ("2023-01-01", "2023-12-31")


def test_a_changelogs_dated_rows_are_the_posts_words() -> None:
    from tui.model.line_shapes import Kind, classify

    for line in ("2024.1.12 v2.0：新增正则替换、操作撤销", "2023.11.2 v1.0：首个版本"):
        assert classify(line) is not Kind.CHROME
    assert classify("2024-06-17 某某公司发布新品") is Kind.CHROME  # (a related link's day and headline)


def test_a_site_and_its_path_one_step_to_a_line_over_a_tagged_headline() -> None:
    lines = [
        "BabyKingdom 寶寶王",
        "親子討論區",
        "教育王",
        "幼稚園",
        "【分享】K1統一註冊日前要準備啲乜？附時間表",
        "[複製鏈接]",
        "查看: 2406 | 回覆: 21",
        "hkmama_candy",
        "發表於 2023-12-5 10:15",
        "各位媽咪，教育局已經公布統一註冊日係2024年1月11日至13日，大家記得留意。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original.startswith("【分享】")
    assert {c.original for c in a.boilerplate} >= {"BabyKingdom 寶寶王", "親子討論區", "教育王", "幼稚園"}


def test_a_threads_headline_under_the_boards_tabs_over_its_counts_and_first_floor() -> None:
    lines = [
        "LIHKG 討論區",
        "吹水台",
        "熱門",
        "最新",
        "搬屋前一晚先發現舊業主欠兩年水費 點算好",
        "142 回覆",
        "38",
        "#1 窮L搬屋中 3 小時前",
        "各位巴打絲打求救，新租約2月1日起計，業主畀我年廿九先搬入。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original.startswith("搬屋前一晚")


def test_a_tieba_page_two_has_no_headline_and_keeps_its_floors_words() -> None:
    lines = [
        "百度贴吧",
        "考研吧",
        "只看楼主",
        "收藏",
        "回复",
        "上一页 1 2 3 4 下一页",
        "考研上岸的猫",
        "国家线估计3月中旬出，去年3月12日就出了，急也没用",
        "来自Android客户端16楼2024-03-05 12:01",
        "夜行猫头鹰: 回复 考研上岸的猫 :听说这次要提前，群里有人说本周五就出 2024-3-5 12:15",
        "我也说一句",
        "小鹿不吃草",
        "昨天刚去学院官网看了，新的方案还没出，大家再等等吧。",
        "距离复试还有30天😭",
        "来自Android客户端18楼2024-03-06 09:12",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert a.title is None
        body = [p.text.original for p in a.paragraphs]
        assert any(b.startswith(("距离复试", "距離複試")) for b in body)


def test_a_floors_stamp_alone_with_its_day_first() -> None:
    """高登's floor: number, poster, then 27/1/2024 00:12 on its own line: the floor's day."""
    lines = [
        "高登討論區",
        "吹水台",
        "第 2 頁 / 共 4 頁",
        "#26",
        "阿強唔係強",
        "27/1/2024 00:12",
        "頭先睇新聞先知，老字號茶餐廳話2月18日後結業。",
        "引用",
        "回覆",
        "#29",
        "深水埗街坊",
        "28/1/2024 14:02",
        "今日去咗，排咗成個鐘，老闆話年初九之後真係唔做。",
        "引用",
        "回覆",
    ]
    a = build_article("\n".join(lines))
    events = _events(a)
    assert ("今日", "2024-01-28") in events


def test_a_hupu_threads_furniture() -> None:
    from tui.model.line_shapes import Kind, classify

    for line in ("发布于广东", "这些回帖亮了", "虎扑APP 随时随地看比赛", "10-02 14:03 · 广东"):
        assert classify(line) is Kind.CHROME
    assert classify("发布于今天的报道") is not Kind.CHROME


# ---- posts --------------------------------------------------------------------------------------


def test_tagging_me_before_an_adverb_is_no_account() -> None:
    for text in _both("有問題可以私訊粉專，留言區@我比較容易漏看喔"):
        assert _handles(text) == []
    assert _handles("@我的前任是极品发文称，今天分手了") == ["我的前任是极品"]


def test_a_line_that_tags_accounts_is_no_headline_and_keeps_its_handles() -> None:
    lines = [
        "微博",
        "超话社区",
        "#江城马拉松超话#",
        "阅读3.2亿 帖子4.6万 粉丝1.8万",
        "主持人：@江马小助手 @跑团老周",
        "帖子　精华　视频　问答",
        "跑步的阿哲",
        "超话粉丝大咖 LV.9",
        "2023-12-30 18:02 来自 江城马拉松超话",
        "【2024江城马拉松报名攻略】整理了一下官方信息，给第一次报名的姐妹们参考。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None
    # (the line is chrome: its handles count as credited accounts, with their mentions)
    assert {b.handle.original for b in (*a.bloggers, *a.credited)} >= {"江马小助手", "跑团老周"}


def test_a_facebook_groups_furniture() -> None:
    from tui.model.boilerplate import split_lines
    from tui.model.line_shapes import Kind, classify

    for line in (
        "私人社團 · 5.2萬位成員",
        "你和其他45人",
        "以陳嘉欣身分回應……",
        "撰寫公開留言……",
        "陳嘉欣 ▸ 將軍澳街坊關注組 Tseung Kwan O Neighbours",
    ):
        assert classify(line) is Kind.CHROME
    lines = [
        "Facebook",
        "將軍澳街坊關注組 Tseung Kwan O Neighbours",
        "私人社團 · 5.2萬位成員",
        "陳嘉欣 ▸ 將軍澳街坊關注組 Tseung Kwan O Neighbours",
        "2025年1月20日 下午9:15 · ",
        "轉自HK01，大家留意下：103M小巴年廿九（1月28日）起改行臨時路線，要去到年初三晚先恢復正常。",
    ]
    assert {0, 1, 2, 3} <= set(split_lines(lines).chrome)
    assert build_article("\n".join(lines)).title is None
    # (Facebook among a share row's buttons is no page's first line: the row is read as a row)
    assert classify("Facebook") is not Kind.CHROME


def test_an_x_page_its_post_stamp_quoted_day_and_replies() -> None:
    """X: the post's stamp under its quoted post (下午9:41 · 2025年1月24日, a lone dot, its views),
    the quoted post's and the replies' days under their handles (@sam_hk852 / · / 1月25日)."""
    lines = [
        "X",
        "首頁",
        "貼文",
        "九龍行者 Kowloon Walker",
        "@kowloonwalker",
        "年初二煙花照放，不過聽講今次會喺中環海濱多開一個觀賞區",
        "引用",
        "港島生活台 HKI Living",
        "@hki_living",
        "·",
        "1月23日",
        "【快訊】政府新聞處今晚公布，農曆新年煙花匯演將如期喺維港舉行。",
        "下午9:41 · 2025年1月24日",
        "·",
        "3.4萬 次查看",
        "相關貼文",
        "Cantonese Sam",
        "@sam_hk852",
        "·",
        "1月25日",
        "回覆 @kowloonwalker",
        "聽日我去中環睇吓個觀賞區搭成點，有相再post",
    ]
    a = build_article("\n".join(lines))
    assert a.reference_date == date(2025, 1, 24)
    events = _events(a)
    assert ("今晚", "2025-01-23") in events and ("聽日", "2025-01-26") in events
    chrome = {c.original for c in a.boilerplate}
    assert {"Cantonese Sam", "相關貼文", "回覆 @kowloonwalker"} <= chrome


def test_weibo_comments_are_dated_by_the_stamps_under_them() -> None:
    """A super-topic post's comments: name, badge, text, then 2023-12-31 10:02 来自湖北 or
    01-03 10:15 来自上海 under it: each comment's 明天 and 今天 count from its own stamp."""
    lines = [
        "微博",
        "超话社区",
        "#江城马拉松超话#",
        "跑步的阿哲",
        "超话粉丝大咖 LV.9",
        "2023-12-30 18:02 来自 江城马拉松超话",
        "整理了一下官方信息：报名时间1月3日至1月10日，抽签结果1月15日公布。",
        "全部评论",
        "按热度　按时间",
        "乌龟也能跑完",
        "明天就元旦了，闹钟已设好，准备抢预约！",
        "2023-12-31 10:02 来自湖北",
        "回复　赞 18",
        "跑团老周",
        "超话主持人",
        "回复@乌龟也能跑完:预约不是先到先得，不用抢",
        "2023-12-31 11:40 来自湖北",
        "回复　赞 42",
        "阿哲的跑鞋",
        "今天10点报名通道一开就进去了，3分钟填完，坐等1月15日",
        "01-03 10:15 来自上海",
        "回复　赞 7",
        "查看更多评论",
    ]
    a = build_article("\n".join(lines))
    events = _events(a)
    assert ("明天", "2024-01-01") in events and ("今天", "2024-01-03") in events
    assert "超话主持人" in {c.original for c in a.boilerplate}
    # (a comment whose own stamp closes its line, 3-8 20:15, still says what it says)
    tail = build_article("\n".join([*lines[:7], "@某某 请问校外人员周六能进吗 3-8 20:15"]))
    assert any(e.text.original == "周六" for e in tail.timeline)


def test_wechat_comments_are_dated_by_their_region_and_day_under_them() -> None:
    lines = [
        "春节去哪儿玩？这份指南请收好",
        "江城发布 2024年02月06日 18:30 湖北",
        "春节假期，全市景区开放时间公布如下，市民可提前预约。",
        "写留言",
        "留言",
        "东湖边上住",
        "今天去了东湖，人不算多，预约也很顺利👍",
        "湖北 2月11日",
        "作者",
        "谢谢反馈，祝您新春快乐！",
        "江城小吃货",
        "明天就是除夕了，已经约好初二去博物馆看生肖展",
        "湖北 2月8日",
    ]
    a = build_article("\n".join(lines))
    events = _events(a)
    assert ("今天", "2024-02-11") in events and ("明天", "2024-02-09") in events


def test_a_wechat_reposts_source_card_is_chrome() -> None:
    from tui.model.boilerplate import split_lines

    lines = [
        "暴雨橙色预警升级！北部将有大暴雨，这些地方注意防范",
        "某某生活圈 2024年07月05日 17:42 江苏",
        "以下文章来源于某某气象 ，作者首席预报员",
        "某某气象.",
        "某某市气象台官方公众号，提供天气预报、预警及气象科普服务。",
        "",
        "刚刚，某某市气象台升级发布暴雨橙色预警信号！预计未来6小时北部地区将有大暴雨。",
    ]
    for text in _both("\n".join(lines)):
        page = text.split("\n")
        chrome = set(split_lines(page).chrome)
        assert {2, 3, 4} <= chrome and 6 not in chrome


def test_a_magazines_and_a_sites_furniture_lines() -> None:
    from tui.model.line_shapes import Kind, classify

    for line in (
        "撰文者：陳沛妤",
        "本文出自商業周刊第1971期",
        "訂閱商周 掌握產業第一手消息",
        "（標題為編輯所擬）",
        "所有心情：1,208",
        "微博客服 400-096-0960",
    ):
        assert classify(line) is Kind.CHROME, line
    for line in ("本文出自真心，请大家多多支持我们。", "如有问题请致电客服 400-123-4567 咨询"):
        assert classify(line) is not Kind.CHROME


def test_a_reprint_licence_and_a_newsrooms_appeal_are_chrome() -> None:
    from tui.model.line_shapes import Kind, classify

    for line in (
        "本文由《某某》授權，採用 CC BY-NC-ND 3.0 TW 授權條款。如需轉載，請來信 service@example.org",
        "用行動支持某某",
        "深度調查需要長期投入，我們需要你的定期定額支持。",
    ):
        assert classify(line) is Kind.CHROME, line
    assert classify("他說公司去年推出定期定額方案，很多人參加。") is not Kind.CHROME


def test_a_posts_edit_stamp_dates_only_the_words_added_at_the_edit() -> None:
    """本帖最後由 某某 於 2025-1-25 10:02 編輯 over a post of the 24th: the post's 聽日 counts from
    its own stamp, the 補充： added at the edit from the edit's day; the forum's footer clock
    (GMT+8, …) is no floor's stamp; an edit head may put its day in brackets (更新（2/16）：)."""
    lines = [
        "香港討論區",
        "第一次整團年飯 十二個人 幾點開始煮先夠時間？",
        "廚房新手Ka",
        "發表於 2025-1-24 21:16 | 只看該作者",
        "1#",
        "本帖最後由 廚房新手Ka 於 2025-1-25 10:02 編輯",
        "今次輪到我屋企整團年飯，連老爺奶奶十二個人，壓力好大",
        "聽日去街市睇吓啲價錢先",
        "補充：今朝去咗街市，雞已經要訂",
        "回覆 引用",
        "靚靚師奶",
        "發表於 2025-1-26 14:05 | 只看該作者",
        "2#",
        "我琴日試咗燜一次，要四個鐘先腍",
        "回覆 引用",
        "GMT+8, 2025-1-27 21:48",
    ]
    a = build_article("\n".join(lines))
    events = _events(a)
    assert ("聽日", "2025-01-25") in events
    assert ("今朝", "2025-01-25") in events
    assert ("琴日", "2025-01-25") in events
    post = ["Dcard", "女孩 · 2025年2月8日 22:41 · 已編輯", "第一次見男友爸媽 伴手禮該怎麼挑？",
            "跟男友交往快兩年，他終於說下週六要帶我回台南見他爸媽。", "更新（2/16）：昨天見完家長了！"]  # fmt: skip
    for text in _both("\n".join(post)):
        events = _events(build_article(text))
        assert ("昨天", "2025-02-15") in events


def test_an_earlier_floors_words_quoted_again_keep_their_day() -> None:
    lines = [
        "豆瓣小组",
        "辞职去旅行，大家有什么推荐？",
        "一只不想上班的鹅 (楼主)",
        "2023-11-20 09:10:00 浙江",
        "刚辞职，想出去走走，大家有什么推荐的地方吗？交接文档写了四十多页。",
        "回应 赞 (17)",
        "好想去大理",
        "2023-11-25 10:11:45 云南",
        "楼主离职后打算干嘛？来大理吧，这周末古城有集市，人还不多",
        "回应 赞 (9)",
        "小鹿乱撞",
        "2023-12-02 11:20:31 北京",
        "好想去大理: 楼主离职后打算干嘛？来大理吧，这周末古城有集市，人还不多",
        "大理+1，这个季节人少，洱海边骑车很舒服",
        "回应 赞 (5)",
    ]
    a = build_article("\n".join(lines))
    weekends = [e.start.isoformat() for e in a.timeline if e.text.original == "这周末"]
    assert weekends[:2] == ["2023-11-25", "2023-11-25"]


def test_a_plans_bare_weekday_is_still_to_come() -> None:
    """今年打算错峰，周一晚上下班直接过去 on a Saturday: the coming Monday."""
    for text in _both("今年打算错峰，周一晚上下班直接过去，有没有一起的？"):
        assert [d[1] for d in _days(text, date(2025, 2, 8)) if d[0] in ("周一", "週一")] == ["2025-02-10"]
    for text in _both("周一晚上下班去了一趟，人很多。"):
        assert _days(text, date(2025, 2, 8))[0][1] == "2025-02-03"
