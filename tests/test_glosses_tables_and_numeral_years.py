"""Shapes the thirty-fourth session's read sets showed: Minguo years written figure by figure
(一一○年), a period or a day glossed by the date in brackets after it (下半財年（即今年10月至明年3月）),
a lunar day and its solar bracket, a lunar day and weekday in brackets after a date, a day's
heading over the hours of its fixtures, a table copied with its tabs, a video's other entries,
a bracketed first section's heading, a game's periods with their hours, and words round days
(去年同日, 上年八月十五, 出年2月, 23号放票, 少问“今天…”, 3月下旬是最盛的时候).  The texts are
written for these tests in the shapes such pages have, each read in both scripts unless the
rule is Taiwan's alone."""

from __future__ import annotations

from tests.article_probes import chrome_of, simple, spans_of, title_of
from tui.model.build import build_article


def _traditional_spans(lines: list[str]) -> list[tuple[str, str, str]]:
    """Events of a Traditional text (Minguo years are read in Taiwan's text only)."""
    return [
        (simple(e.text.original), e.start.isoformat(), e.end.isoformat())
        for e in build_article("\n".join(lines)).timeline
    ]


def test_minguo_years_written_figure_by_figure_are_years_of_the_republic() -> None:
    """``一○九年五月``, ``一一○年三月十六日``, ``民國一○九年至一一○年``, ``一一一年底``: a court's or
    an office's years; ``一一三年度上訴字第一四二號`` is a case number, no date."""
    lines = [
        "〔記者林大同／台北報導〕前議員被控在民國一○九年至一一○年間收受賄款。",
        "判決指出，建商於一○九年五月透過助理牽線，最後一筆款項在一一○年中秋節前交付。",
        "邱在一一○年三月十六日定期會質詢，新北地檢署於一一一年十月起訴，案號為一一三年度上訴字第一四二號。",
        "據了解，邱於一○七年首度當選議員，一一一年底尋求連任失利。",
    ]
    spans = _traditional_spans(lines)
    assert ("民国一○九年至一一○年", "2020-01-01", "2021-12-31") in spans, spans
    assert ("一○九年五月", "2020-05-01", "2020-05-31") in spans, spans
    assert ("一一○年中秋节前", "2021-09-21", "2021-09-21") in spans, spans
    assert ("一一○年三月十六日", "2021-03-16", "2021-03-16") in spans, spans
    assert ("一一一年十月", "2022-10-01", "2022-10-31") in spans, spans
    assert ("一○七年", "2018-01-01", "2018-12-31") in spans, spans
    assert ("一一一年底", "2022-12-01", "2022-12-31") in spans, spans
    assert not any(s[0].startswith("一一三年") for s in spans), spans


def test_a_span_of_minguo_years_with_the_republics_name_is_one_event() -> None:
    """``民國109年至110年``, ``民國98至100年``: two years of the Republic, one span."""
    spans = _traditional_spans(["他在民國109年至110年間任職，民國98至100年間則在海外。"])
    assert ("民国109年至110年", "2020-01-01", "2021-12-31") in spans, spans
    assert ("民国98至100年", "2009-01-01", "2011-12-31") in spans, spans


def test_a_period_glossed_by_its_dates_in_brackets_is_one_event_of_the_brackets_value() -> None:
    """``下半財年（即今年10月至明年3月）``, ``2025财年第二财季（2024年7月—9月）``, ``第二季（即7月至
    9月）``, ``假期前一天（9月30日）``: a company's quarter or a holiday's eve, known by its bracket."""
    lines = [
        "2024年11月5日",
        "",
        "最大客户在2025财年第二财季（2024年7月—9月）财报中披露订单增长。",
        "主席预期下半财年（即今年10月至明年3月）本港销售仍会受压。",
        "其中第二季（即7月至9月）同店销售按年仅增1.2%，单计第三季更已转亏为盈。",
        "据铁路部门消息，假期前一天（9月30日）全国铁路发送旅客2360万人次。",
    ]
    for spans in spans_of(lines):
        assert ("2025财年第二财季（2024年7月—9月）", "2024-07-01", "2024-09-30") in spans, spans
        assert ("下半财年（即今年10月至明年3月）", "2024-10-01", "2025-03-31") in spans, spans
        assert ("第二季（即7月至9月）", "2024-07-01", "2024-09-30") in spans, spans
        assert ("第三季", "2024-07-01", "2024-09-30") in spans, spans
        assert ("假期前一天（9月30日）", "2024-09-30", "2024-09-30") in spans, spans


def test_a_range_glossed_by_its_lunar_days_and_a_week_by_its_dotted_days() -> None:
    """``9月16日至18日（即農曆八月十四至十六）``: one event; ``上周（10.23-10.29）``: the week and
    its days, one event; a bracket of prices is no range of days."""
    lines = [
        "2024年9月11日",
        "",
        "大坑舞火龍將於9月16日至18日（即農曆八月十四至十六）一連三晚舉行。",
        "上周（9.2-9.8）總跑量92公里，價格（2.5-3.5）元。",
    ]
    for spans in spans_of(lines):
        assert ("9月16日至18日（即农历八月十四至十六）", "2024-09-16", "2024-09-18") in spans, spans
        assert ("上周（9.2-9.8）", "2024-09-02", "2024-09-08") in spans, spans
        assert not any("3.5" in s[0] for s in spans), spans


def test_the_same_day_last_year_is_the_day_just_named_a_year_before() -> None:
    """``10月8日……較去年同日``: October 8th of last year; without a day just named, no event."""
    lines = [
        "2025年10月8日",
        "",
        "民航局预计10月8日当天保障航班1.82万架次，较去年同日增长4%。",
        "去年同日的数字另行公布。",
    ]
    for spans in spans_of(lines):
        assert ("去年同日", "2024-10-08", "2024-10-08") in spans, spans
        assert [s[0] for s in spans].count("去年同日") == 1, spans


def test_cantonese_years_before_a_lunar_day_and_a_month_and_a_spaced_shopping_day() -> None:
    """``上年八月十五``: last year's mid-autumn; ``出年2月``: next February; ``去年双 11``: a tech
    site's spaced shopping day."""
    lines = [
        "2025年9月29日",
        "",
        "上年八月十五嗰晚排咗成個鐘，雪祭係出年2月先有。",
        "这款手机还在去年双 11 当天登上销量榜首。",
    ]
    for spans in spans_of(lines):
        assert ("上年八月十五", "2024-09-17", "2024-09-17") in spans, spans
        assert ("出年2月", "2026-02-01", "2026-02-28") in spans, spans
        assert ("去年双 11", "2024-11-11", "2024-11-11") in spans, spans


def test_a_lunar_day_takes_the_year_its_solar_bracket_agrees_with() -> None:
    """``农历十月初八（公历11月16日）周一``: 2026, the year the two are one day (and the weekday
    after the bracket names it again, no event of its own)."""
    lines = [
        "2025-11-20 10:00",
        "",
        "我们挑了三个日子，想请大家帮忙看看：",
        "1. 农历九月初九（公历10月18日）周日",
        "2. 农历十月初八（公历11月16日）周一",
    ]
    for spans in spans_of(lines):
        assert ("农历九月初九（公历10月18日）", "2026-10-18", "2026-10-18") in spans, spans
        assert ("农历十月初八（公历11月16日）", "2026-11-16", "2026-11-16") in spans, spans
        assert not any(s[0] in ("周日", "周一") for s in spans), spans


def test_a_dates_bracket_of_its_lunar_day_and_weekday_sets_its_year() -> None:
    """``2月15日（年廿八，星期日）`` on a December page: the coming February whose 15th is the
    28th of the twelfth month, one event with its bracket."""
    lines = ["2025年12月20日", "", "門診安排：2月15日（年廿八，星期日）暫停，2月16日（年廿九）照常。"]
    for spans in spans_of(lines):
        assert ("2月15日（年廿八，星期日）", "2026-02-15", "2026-02-15") in spans, spans
        assert ("2月16日（年廿九）", "2026-02-16", "2026-02-16") in spans, spans
        assert len(spans) == 2, spans


def test_a_relative_year_said_to_be_a_days_year_beats_a_month_named_before() -> None:
    """``我们学校去年是4月10日送审，5月8日…``: last year's April, though the post above listed
    this year's; the holiday named by its day is a day to count a week word from."""
    lines = [
        "2026-03-10 14:22",
        "研究生院昨天发了通知，本学期博士答辩安排如下：",
        "1. 3月31日前提交学位论文查重",
        "2. 4月1日至4月20日统一送校外盲审",
        "2楼 2026-03-10 15:03:41",
        "青椒熬成老黄瓜",
        "我们学校去年是4月10日送审，5月8日盲审意见就回来了，还挺快的",
    ]
    for spans in spans_of(lines):
        assert ("4月10日", "2025-04-10", "2025-04-10") in spans, spans
        assert ("5月8日", "2025-05-08", "2025-05-08") in spans, spans
    told = ["2026年3月10日 10:26", "", "我2/28那天有去，二二八連假人超多。那時候她還跟我們說下週三要去看醫生。"]
    for spans in spans_of(told):
        assert ("下周三", "2026-03-04", "2026-03-04") in spans, spans


def test_words_round_days_that_make_them_events_or_none() -> None:
    """``23号放票``: a ticket release that day; ``本周课表：周二…``: this week's own days, no rota;
    ``少问“今天开心吗”``: words to say on any day; ``春節登入禮``, ``国庆特别直播``: things named for
    a festival."""
    lines = [
        "2023-11-02 19:30",
        "",
        "本周课表：周二6公里轻松跑，周四8公里含3公里马配，周六16公里。",
        "23号放票的话下午两点准时刷，我上次就抢到了。",
        "3. 少问“今天开心吗”，多问“今天谁跟你玩了”。",
        "春節登入禮每天都可以領，国庆特别直播也别错过。",
    ]
    for spans in spans_of(lines):
        assert ("周二", "2023-10-31", "2023-10-31") in spans, spans
        assert ("周六", "2023-11-04", "2023-11-04") in spans, spans
        assert ("23号", "2023-10-23", "2023-10-23") in spans, spans
        assert not any(s[0] in ("今天", "春节", "国庆") for s in spans), spans
    rota = ["2023-11-02 19:30", "", "我的轮换表：周一卤肉饭 周二番茄牛腩 周三咖喱鸡"]
    for spans in spans_of(rota):
        assert spans == [], spans


def test_a_days_heading_over_the_hours_of_its_fixtures_is_the_storys() -> None:
    """``【中甲第4轮赛程】 / 3月30日（周六） / 15:30 江陵雄鹰 vs 泉城麒麟``: the round's programme
    inside the story; a live report's hours head sentences and its day's line stays a heading."""
    lines = [
        "2024年03月28日 15:42",
        "",
        "国际比赛日结束后，中甲联赛将于3月30日至4月1日重燃战火。",
        "【中甲第4轮赛程】",
        "3月30日（周六）",
        "15:30 江陵雄鹰 vs 泉城麒麟",
        "19:00 柳州龙腾 vs 嘉禾海鸥",
        "3月31日（周日）",
        "15:00 苏河港城 vs 北岭雪豹",
        "第5轮比赛将于4月5日至7日进行，各俱乐部须在4月10日前完成预注册。",
    ]
    for chrome in chrome_of(lines):
        assert not chrome & {"【中甲第4轮赛程】", "3月30日（周六）", "3月31日（周日）", "15:30 江陵雄鹰 vs 泉城麒麟"}, chrome
    for spans in spans_of(lines):
        assert ("3月30日（周六）", "2024-03-30", "2024-03-30") in spans, spans
        assert ("3月31日（周日）", "2024-03-31", "2024-03-31") in spans, spans
    live = [
        "2025年10月14日 18:30",
        "",
        "颱風燕子襲港，天文台維持八號信號，以下為最新消息。",
        "10月14日（星期二）",
        "18:20　天文台表示，八號信號會至少維持至明日早上10時，風力會進一步增強。",
        "17:45　港鐵宣布，露天路段列車服務今晚9時起暫停，機場快綫維持服務。",
        "教育局稍後會公布明日是否停課，請市民留意。",
    ]
    for chrome in chrome_of(live):
        assert "10月14日（星期二）" in chrome, chrome


def test_a_table_copied_with_its_tabs_is_the_storys_calendar() -> None:
    """``教职工返校→2025年8月29日（星期五）→``: a school calendar's rows, however plain a label
    and a day look; a record's stamp with its hour stays chrome."""
    lines = [
        "发布时间：2025-07-10",
        "",
        "经学校研究决定，现将本学年校历公布如下，请各单位据此安排工作。",
        "项目\t日期\t备注",
        "教职工返校\t2025年8月29日（星期五）\t",
        "正式上课\t2025年9月1日（星期一）\t",
        "国庆节假期\t10月1日（星期三）至8日（星期三）\t放假8天",
        "期末考试\t2026年1月12日（星期一）至23日（星期五）\t",
        "请各学院认真做好开学前的各项准备工作。",
    ]
    for chrome in chrome_of(lines):
        assert not any(line.startswith(("教职工返校", "正式上课")) for line in chrome), chrome


def test_a_videos_other_entries_badges_credits_and_notices_are_chrome() -> None:
    """``…跑不动的老陈 8.9万播放 2023-10-26``: another video of the player's list; ``作者置顶``: a
    pinned comment's badge; ``（IG圖片：@abc）``, ``（hket製圖）``: credits; a member's offer, a
    rights notice a clause long, a comment box's warning."""
    lines = [
        "2023-11-02 19:30",
        "",
        "这是备赛的第8周，也是强度最大的一周，周三在操场做了间歇。",
        "今天想聊聊膝盖的问题，很多人都问过我。",
        "他的女兒把父親作品放上社交平台。（IG圖片：@ho_paperart）",
        "公司近年股價走勢（hket製圖）",
        "【01會員】登記成為01會員，即享專屬優惠",
        "本新聞文字、照片、影片專供會員閱覽，未經本刊授權，任何媒體、社群網站、論壇等均不得引用、改寫、轉貼，以免訟累。",
        "作者置顶",
        "评论 重要提示：警惕虚假中奖信息",
        "【第7周】下雨天怎么练？跑步机间歇实录 跑不动的老陈 8.9万播放 2023-10-26",
        "北马赛后总结：30公里撞墙到底怎么回事 慢慢跑的小周 21.4万播放 2023-10-17",
    ]
    for chrome in chrome_of(lines):
        assert {
            "他的女儿把父亲作品放上社交平台。（IG图片：@ho_paperart）",
            "公司近年股价走势（hket制图）",
            "【01会员】登记成为01会员，即享专属优惠",
            "作者置顶",
            "评论 重要提示：警惕虚假中奖信息",
            "北马赛后总结：30公里撞墙到底怎么回事 慢慢跑的小周 21.4万播放 2023-10-17",
        } <= chrome, chrome
        assert any(line.startswith("本新闻文字") for line in chrome), chrome
    for spans in spans_of(lines):
        assert not any(s[0] in ("2023-10-26", "2023-10-17") for s in spans), spans


def test_a_headline_between_a_slashed_breadcrumb_and_its_stamp_beats_the_sites_name() -> None:
    """``台灣電力公司 新竹區營業處`` over the menus, then ``首頁 / 停電資訊 / 計畫性工作停電``, the
    notice's heading and ``發布日期：…``: the heading is the title."""
    text = "\n".join(
        [
            "按Enter到主內容區",
            "台灣電力公司 新竹區營業處",
            "首頁｜區處簡介｜停電資訊｜用電服務｜電費專區｜最新消息｜聯絡我們",
            "首頁 / 停電資訊 / 計畫性工作停電",
            "竹北、湖口地區計畫性工作停電公告（8/19～8/22）",
            "發布單位：新竹區營業處配電組　發布日期：2025-08-12　點閱次數：3,406",
            "為提升供電品質並配合地方道路工程，本處訂於下週二起進行計畫性工作停電，敬請用戶預作準備。",
            "停電範圍：竹北市光明六路東二段、湖口鄉中正路一段一帶，停電時間為上午8時30分至下午4時30分。",
            "台灣電力公司新竹區營業處　302新竹縣竹北市光明六路東一段150號",
        ]
    )
    assert simple(title_of(text) or "") == "竹北、湖口地区计划性工作停电公告（8/19～8/22）"


def test_a_span_of_days_in_a_row_is_no_stamp_and_a_rooms_size_no_day() -> None:
    """``上半：9月18日 - 10月8日17:59（更新后开启）`` and ``4月4日（四）至4月7日（日）→…→每日10:00``:
    a period and the hour it ends, a programme's row; ``3/4人房``: a room for three or four (while
    ``1/26人潮會最多`` is a day); ``週末一定先滿``: any weekend."""
    lines = [
        "2024-09-12 10:00",
        "",
        "新版本的卡池安排如下，大家注意时间。",
        "上半：9月18日 - 10月8日17:59（更新后开启）",
        "活動\t4月4日（四）至4月7日（日）\t每日10:00、14:00兩場",
    ]
    for spans in spans_of(lines):
        assert ("9月18日 - 10月8日", "2024-09-18", "2024-10-08") in spans, spans
        assert ("4月4日（四）至4月7日（日）", "2024-04-04", "2024-04-07") in spans, spans
    rooms = [
        "時間 Tue Dec  2 21:14:05 2025",
        "",
        "1. 想找3/4人房或和室，一晚預算12,800以內",
        "→ sakura: 和室的話北谷有兩三間，週末一定先滿",
        "建議平日下午3點前到場，「1/25、1/26人潮會最多，能避就避」。",
    ]
    spans = _traditional_spans(rooms)  # (Taiwan's running text writes its days so)
    assert not any(s[0] in ("3/4", "周末") for s in spans), spans
    assert any(s[0] == "1/26" for s in spans), spans


def test_a_replys_subject_line_is_chrome_its_words_are_not() -> None:
    """``Re: [K1] 新學年開學日期 大家間幼稚園幾時開課？``: the thread's title over a reply; ``回复：班级群
    里老师发的，直接打印就行～``: a reply's own words."""
    lines = [
        "[K1] 新學年開學日期 大家間幼稚園幾時開課？",
        "發表於 2024-8-20 10:02",
        "今年囝囝第一年讀K1，想問下大家間幼稚園幾時開課？我哋間話9月2日。",
        "Re: [K1] 新學年開學日期 大家間幼稚園幾時開課？",
        "我哋都係9月2日，不過頭一個星期只返半日。",
        "回复：班级群里老师发的，直接打印就行～",
    ]
    for chrome in chrome_of(lines):
        assert "Re: [K1] 新学年开学日期 大家间幼稚园几时开课？" in chrome, chrome
        assert not any(line.startswith("回复") for line in chrome), chrome


def test_a_bracketed_heading_right_over_the_storys_first_sentence_is_its_first_section() -> None:
    """``【基本案情】`` over a judgment's first sentence: its first section's heading, the story's;
    ``【讣告】`` over it says what kind of page it is, chrome."""
    lines = [
        "江州法院网",
        "首页 > 典型案例",
        "装修公司拖延工期被判赔偿",
        "发布时间：2024-10-09 15:20",
        "【基本案情】",
        "2021年3月，原告周某与被告某装饰公司签订装修合同，约定工期九十天。",
        "施工过程中，被告以材料涨价为由多次停工，原告多次催告无果。",
        "【裁判结果】",
        "法院判决被告赔偿原告损失三万元，双方均未上诉。",
    ]
    for chrome in chrome_of(lines):
        assert "【基本案情】" not in chrome, chrome
    notice = ["发布时间：2024-10-09 15:20", "【讣告】", "张某某先生因病于2024年10月7日逝世，享年八十二岁。", "告别仪式定于10月12日上午举行。"]
    for chrome in chrome_of(notice):
        assert "【讣告】" in chrome, chrome


def test_a_month_said_to_be_the_peak_is_this_years_the_best_time_to_come_any_years() -> None:
    """``他说3月下旬是最盛的时候``: the bloom the post is about; ``五月是来沙溪最好的时候``: advice for
    any year, no event; ``端午前後是他們一年最忙的時候``: a festival's every year."""
    lines = [
        "2025-03-18 10:00",
        "",
        "我问了民宿老板，他说3月下旬是最盛的时候，一直能撑到4月初。",
        "民宿老板还说，五月是来沙溪最好的时候。",
        "端午前後是他們一年最忙的時候。",
    ]
    for spans in spans_of(lines):
        assert ("3月下旬", "2025-03-21", "2025-03-31") in spans, spans
        assert not any(s[0] in ("五月", "端午前后", "端午") for s in spans), spans


def test_a_games_period_with_its_hours_and_a_films_related_list() -> None:
    """``第一期：1/22 12:00～2/4 11:59``: a banner's period, its start's hour between, no stamp;
    ``相關電影`` over other films and their release days: a list of other pages."""
    lines = [
        "【情報】冬日改版整理",
        "2026-01-20 10:00",
        "",
        "官方稍早發布改版公告，幫大家整理時間軸。",
        "■ 限定卡池",
        "第一期：1/22 12:00～2/4 11:59",
        "第二期：2/4 12:00～2/18 11:59",
    ]
    spans = _traditional_spans(lines)
    assert ("1/22 12:00～2/4", "2026-01-22", "2026-02-04") in spans, spans
    assert ("2/4 12:00～2/18", "2026-02-04", "2026-02-18") in spans, spans
    film = [
        "最後更新：2025年3月4日",
        "劇情簡介",
        "1998年的西環碼頭，一名夜更水警在濃霧中目睹走私船沉沒，船上少女卻離奇失蹤。",
        "相關電影",
        "《長洲舊事》　2025年2月13日上映",
        "《夜更》　2024年11月28日上映",
        "關於我們｜廣告查詢｜私隱政策｜使用條款",
    ]
    for chrome in chrome_of(film):
        assert {"相关电影", "《长洲旧事》　2025年2月13日上映"} <= chrome, chrome


def test_a_wechat_accounts_card_under_its_stamp_is_chrome_the_letters_greeting_is_not() -> None:
    """``原创 周敬言 远澜资本 2024年07月12日 08:30 上海`` / ``听全文`` / ``远澜资本`` / ``专注价值投资的
    长期主义者``: the account the stamp names and its bio; ``各位持有人：`` opens the letter."""
    lines = [
        "在震荡中寻找确定性：写给持有人的一封季度信",
        "原创 周敬言 远澜资本 2024年07月12日 08:30 上海",
        "听全文",
        "远澜资本",
        "专注价值投资的长期主义者",
        "各位持有人：",
        "大家好。2024年第二季度，市场走出了一段先扬后抑的行情，组合净值小幅回撤。",
        "回顾今年上半年，组合的超额收益主要来自三方面，我们在下文逐一说明。",
    ]
    for chrome in chrome_of(lines):
        assert {"远澜资本", "专注价值投资的长期主义者"} <= chrome, chrome
        assert "各位持有人：" not in chrome, chrome


def test_a_posts_place_tag_under_the_follow_button_and_a_sections_reporter_are_chrome() -> None:
    """``追蹤`` / ``旺角 · 甜品研究所``: the place an Instagram post was tagged at; ``媽媽寶寶 · 記者林怡君``:
    a channel's section and its reporter, a byline; a caption's own dotted words stay."""
    post = [
        "Instagram",
        "hkfoodie_miumiu",
        "•",
        "追蹤",
        "旺角 · 甜品研究所",
        "hkfoodie_miumiu 【期間限定！流心奶黃雪糕月餅】今年中秋終於試到，奶黃流心好滑，雪糕唔會太甜。",
        "甜度 · 8分",
    ]
    for chrome in chrome_of(post):
        assert "旺角 · 甜品研究所" in chrome, chrome
        assert "甜度 · 8分" not in chrome, chrome
    news = [
        "4天連假帶孩子去哪？北台灣5個免門票親子景點",
        "媽媽寶寶 · 記者林怡君",
        "發布於 2026年03月31日 08:30",
        "清明連假將至，不少家長正煩惱要帶孩子去哪裡，以下整理北台灣五個免門票的親子景點。",
    ]
    for chrome in chrome_of(news):
        assert "妈妈宝宝 · 记者林怡君" in chrome, chrome
