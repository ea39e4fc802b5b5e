"""Shapes the forty-first session's read sets showed: days listed in numerals, a week's days
joined to the public holidays, customs and sayings of a place or a season, a law's years in
words, a church's Sundays, a schedule's rows under a coming year; and the furniture of
newsletters, LOFTER and QQ blogs, Telegram and Patreon previews, vBulletin floors, an
exchange's filings and a shop's product rows.  The texts are written for these tests in the
shapes such pages have, each read in both scripts unless the rule is one place's alone."""

from __future__ import annotations

from datetime import date

from tests.article_probes import (
    agreed_spans,
    agreed_surfaces,
    chrome_of,
    handles_of,
    page_dates,
    simple,
    title_of,
)
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article

_STORY = "市府表示，今年共有三十二處路段完成改善工程，總經費約一億二千萬元，預計明年再擴大辦理，民眾可上網查詢各路段進度。"
_MORE = "議員也要求市府加強宣導，避免民眾在施工期間誤闖封閉路段，並在各路口增設臨時告示牌，方便用路人提早改道。"




# ---- dates -----------------------------------------------------------------------------------


def test_a_day_in_numerals_listed_after_a_date_in_numerals_is_a_day() -> None:
    """``十二月一日、七日兩天安排接駁車``: the 7th of December; ``七日內`` after it is a count."""
    lines = ["2024-11-12 10:00", "公所將於十二月一日、七日兩天安排免費接駁車，方便鄉親到臨時市場採買。"]
    assert ("七日", "2024-12-07", "2024-12-07") in agreed_spans(lines)
    count = ["2024-11-12 10:00", "攤商須於十二月一日、七日內完成搬遷，逾期不再受理延長申請。"]
    assert "七日" not in agreed_surfaces(count)


def test_weekdays_joined_to_the_public_holidays_are_a_kind_of_day() -> None:
    """``星期六日同公眾假期照舊``, ``週六、日及國定假日休診``: every such day; a plain ``星期六``
    is still one."""
    quote = "營辦商負責人 李先生：「星期六日同公眾假期照舊，行山客多啲，我哋都想維持。」"
    assert not [s for s in agreed_surfaces(["2025-08-31 10:00", quote]) if "星期" in s]
    assert not [s for s in agreed_surfaces(["2025-08-31 10:00", "本診所週六、日及國定假日休診，請民眾見諒。"]) if "周" in s]
    assert [s for s in agreed_surfaces(["2025-08-31 10:00", "我哋星期六同朋友去行山，順便食海鮮。"]) if "星期六" in s]


def test_a_festival_day_that_used_to_be_kept_is_every_years() -> None:
    """``以前一家人會喺年初二返鄉團拜``: a habit of past years; ``今年年初二返鄉`` is this year's."""
    assert "年初二" not in agreed_surfaces(["2025-08-31 10:00", "黃小姐說，以前一家人會喺年初二返鄉團拜，而家少咗。"])
    assert [s for s in agreed_surfaces(["2025-08-31 10:00", "黃小姐說，今年年初二會返鄉團拜，順便探阿媽。"]) if "年初二" in s]


def test_a_farmers_saying_on_a_solar_term_is_no_day() -> None:
    """``“谷雨前后种瓜点豆”``, ``“清明前后，种瓜点豆”``: what to sow then, any year; the same term
    dated in its bracket, or opening a clause of what the town does, is this year's."""
    said = ["2023-04-18 09:58", "“谷雨前后种瓜点豆，咱们的秧苗再过十来天就能移栽。”种粮大户王建国说。"]
    assert not [s for s in agreed_surfaces(said) if "谷雨" in s]
    assert not [s for s in agreed_surfaces(["2023-04-18 09:58", "老农常说“清明前后，种瓜点豆”，今年也不例外。"]) if "清明" in s]
    plan = ["2023-04-18 09:58", "镇里还计划在谷雨（4月20日）前后组织农技专家进村入户。"]
    assert [s for s in agreed_surfaces(plan) if "谷雨" in s]
    assert [s for s in agreed_surfaces(["2023-03-28 09:58", "清明前后，全市开展文明祭扫服务，各陵园延长开放时间。"]) if "清明" in s]


def test_a_custom_of_a_festival_or_of_a_place_is_no_day() -> None:
    """``端午前的重要习俗``, ``清明前後一向都會升``, ``不是只在清明``, ``我们这儿腊月二十三祭灶``:
    what a place does then every year; ``我们那边三月三就扫过一轮了`` was done this year."""
    for text in (
        "起龙舟是水乡端午前的重要习俗，村里老人都记得。",
        "有檔主話清明前後一向都會升，叫大家唔使慌。",
        "老板说清明粿一年四季都有卖，不是只在清明。",
        "我们这儿腊月二十三祭灶，二十四扫房子，规矩可多了。",
    ):
        assert not agreed_surfaces(["2023-04-01 10:00", text]), text
    assert [s for s in agreed_surfaces(["2025-03-20 10:00", "我们那边三月三就扫过一轮了，这次主要是接奶奶。"]) if "三月三" in s]
    assert [s for s in agreed_surfaces(["2025-03-20 10:00", "我们这边今年春节假期最赚钱，楼主那边呢？"]) if "春节" in s]


def test_a_month_end_before_a_verb_of_weather_is_the_month_end() -> None:
    """``上个月底下了一场冻雨``: 底 before 下了 closes the month; ``桌子底下`` is no day."""
    assert ("上个月底", "2019-10-21", "2019-10-31") in agreed_spans(["2019-11-03 10:00", "上个月底下了一场冻雨，山路都结冰了。"])


def test_a_hundred_year_age_is_no_year() -> None:
    """``今年一百歲``: an age, no year."""
    assert "今年" not in agreed_surfaces(["2023-09-30 10:00", "阿爺1923年喺呢條村出世，今年一百歲，耳仔有少少聾。"])


def test_a_bare_day_in_hao_on_which_something_came_is_a_day() -> None:
    """``5號收到印刷廠報價``: the 5th of the page's month."""
    assert ("5号", "2024-03-05", "2024-03-05") in agreed_spans(["2024-03-14 10:00", "5號收到印刷廠報價，比預算貴咗兩成。"])


def test_months_naming_babies_due_or_an_old_festival_are_no_months() -> None:
    """``九月寶的媽咪們``, ``過了五月節才能準備``: a mothers' group and 端午's old name; ``九月份開學``
    is a month."""
    assert not agreed_surfaces(["2024-05-02 10:00", "各位九月寶的媽咪們好～婆婆說過了五月節才能準備。"])
    assert [s for s in agreed_surfaces(["2024-05-02 10:00", "孩子九月份開學，要先準備好文具。"]) if "九月" in s]


def test_a_workshop_named_for_a_festival_and_a_saying_someone_always_says() -> None:
    """``中秋燈籠工作坊`` (held on a day of its own), ``老豆成日話「年廿八，洗邋遢」``: no festival day."""
    assert not [s for s in agreed_surfaces(["2024-09-10 10:00", "下星期六有街坊會搞中秋燈籠工作坊，喺平台花園。"]) if "中秋" in s]
    assert not agreed_surfaces(["2023-01-19 10:00", "老豆成日話「年廿八，洗邋遢」，我跟足廿年。"])


def test_a_churchs_range_of_days_and_its_sundays_in_a_month() -> None:
    """``請為3/15-17青年退修會禱告``: three days; ``4月第一主日``: the first Sunday of April."""
    lines = ["2024-03-10 10:00", "請為3/15-17青年退修會禱告。候選人名單於4月第一主日公布。"]
    spans = agreed_spans(lines)
    assert ("3/15-17", "2024-03-15", "2024-03-17") in spans
    assert ("4月第一主日", "2024-04-07", "2024-04-07") in spans


def test_a_laws_years_written_as_a_hundred_and_so_many_and_a_limit_in_days() -> None:
    """``自一百十三年一月一日施行`` (a Taiwan law's Minguo year in words): 2024-01-01; ``每次暫停以
    三十日為限``: a limit, no day."""
    text = "2024-02-21 10:00\n每次暫停以三十日為限。但一百十二年七月十四日修正之條文，自一百十三年一月一日施行。"
    events = [(e.text.original, e.start.isoformat()) for e in build_article(text).timeline]
    assert ("一百十三年一月一日", "2024-01-01") in events
    assert ("一百十二年七月十四日", "2023-07-14") in events
    assert not [e for e in events if e[0] == "三十日"]


def test_a_schedules_rows_under_a_coming_year_are_that_years() -> None:
    """A call for papers of November 2025 (摘要录用通知：2026年2月上旬 / 全文提交截止：4月20日 /
    会议报到：5月21日): the rows run on in 2026."""
    lines = [
        "发布者：会务组　｜　2025-11-03",
        "为推动数字技术与地方文献研究的融合，本会定于明年召开第五届研讨会，现将征稿事宜通知如下。",
        "论文摘要提交截止：2026年1月15日",
        "摘要录用通知：2026年2月上旬",
        "全文提交截止：4月20日",
        "会议报到：5月21日",
    ]
    spans = agreed_spans(lines)
    assert ("4月20日", "2026-04-20", "2026-04-20") in spans
    assert ("5月21日", "2026-05-21", "2026-05-21") in spans


def test_a_year_naming_an_award_is_no_year() -> None:
    """``完成2024年度“文明家庭”推荐``: the award's year, no event."""
    assert not [s for s in agreed_surfaces(["2024-05-10 10:00", "请各楼栋长于5月底前完成2024年度“文明家庭”推荐材料收集。"]) if "2024" in s]


# ---- handles ---------------------------------------------------------------------------------


def test_a_release_account_named_place_then_on_it() -> None:
    """``官方微博@江城交通发布上公布了…``, ``@江城交通发布中提到``: the account is 江城交通发布."""
    lines = ["2019-09-13 10:00", "市交通运输局已在官方微博@江城交通发布上公布了全部延时线路。据@江城交通发布中提到，3路将恢复运营。"]
    assert all(h == {"江城交通发布"} for h in handles_of(lines))


# ---- page dates ------------------------------------------------------------------------------


def test_a_posts_day_alone_over_its_heat_count_is_the_page_date() -> None:
    """LOFTER: ``[图片] / 2019-10-26 / 热度(326) / 评论(14)`` under the post, the comments stamped
    later; a year the post names (2017年) does not date the page."""
    lines = [
        "山川拾遗",
        "拿着一台旧相机到处走走",
        "首页",
        "归档",
        "提问",
        "婺源 · 篁岭晒秋",
        "这次没赶热门线路，10月3日至5日在婺源乡下住了两晚，中间那天上了篁岭。",
        "这一组全部用的是2017年在旧货市场淘的那台胶片机，富士C200，过期两年。",
        "[图片]",
        "2019-10-26",
        "热度(326)",
        "评论(14)",
        "胶片小兵 喜欢了此文章",
    ]
    assert page_dates(lines) == [date(2019, 10, 26)] * 2
    assert all({simple("胶片小兵 喜欢了此文章"), "热度(326)"} <= c for c in chrome_of(lines))
    assert title_of("\n".join(lines)) == "婺源 · 篁岭晒秋"


def test_the_writers_signed_day_under_the_text_is_the_page_date() -> None:
    """``2023.09.30 寫於梅州鄉下，落緊雨`` under the post, the comments stamped days later: the day
    it was written, a line of the writer's sign-off."""
    lines = [
        "返鄉下飲阿爺嘅百歲壽酒",
        "八月十五嗰晚，一家三十幾口人坐滿咗祠堂前面個禾堂，阿爺坐喺正中間，笑到見牙唔見眼。",
        "我哋後日先返香港。",
        "2023.09.30 寫於梅州鄉下，落緊雨",
        "評論 2",
        "阿貓讀書",
        "2023-10-02",
        "一百歲仲記性咁好，真係福氣。",
    ]
    assert page_dates(lines) == [date(2023, 9, 30)] * 2
    assert all(simple("2023.09.30 寫於梅州鄉下，落緊雨") in c for c in chrome_of(lines))
    assert ("后日", "2023-10-02", "2023-10-02") in agreed_spans(lines)


def test_a_laws_numbered_history_is_no_page_date() -> None:
    """``1. 中華民國九十四年三月八日…令制定公布`` opening a law's record: the law's day; the page's is
    its update stamp at the foot (資料更新日期：113/02/21)."""
    text = "\n".join(
        [
            "新竹市公有零售市場攤鋪位管理自治條例",
            "【法規沿革】",
            "1. 中華民國九十四年三月八日新竹市政府府法字第0940021336號令制定公布全文二十八條",
            "2. 中華民國一百十二年七月十四日新竹市政府府法字第1120104528號令修正公布第三條條文",
            "第 一 條",
            "為加強本市公有零售市場攤鋪位之管理，維護市場秩序，特制定本自治條例。",
            "資料更新日期：113/02/21　　瀏覽人次：18,264",
        ]
    )
    assert build_article(text).reference_date == date(2024, 2, 21)


def test_a_stamp_row_with_the_writer_and_a_kind_under_an_exclaimed_headline() -> None:
    """``2026年2月9日 ‧ 店長阿榮 ‧ 公告`` under ``【新年出貨安排】…時間！``: the post's day, and a stamp
    row of chrome; a score before a stamp (``0.6　2025.01.22 21:40:11``) is no numbered entry."""
    lines = [
        "最新消息",
        "【新年出貨安排】落單前請睇清楚送貨同門市時間！",
        "2026年2月9日 ‧ 店長阿榮 ‧ 公告",
        "各位街坊、熟客好！多謝大家一路支持，以下係新春出貨同門市安排，請大家預早落單。",
        "聽日（10號）同後日會加開夜晚自取時段，開到晚上9點。",
    ]
    assert page_dates(lines) == [date(2026, 2, 9)] * 2
    assert all(simple("2026年2月9日 ‧ 店長阿榮 ‧ 公告") in c for c in chrome_of(lines))
    jianshu = ["腊月小记：扫房子、蒸馒头", "青禾小满", "0.6　2025.01.22 21:40:11　字数 1,386　阅读 92", "日更第412天。这几天没顾上每天发，攒了一周的流水账。"]
    assert page_dates(jianshu) == [date(2025, 1, 22)] * 2


def test_a_notices_clauses_ending_on_a_colon_are_its_story() -> None:
    """``為確保…，本處已安排…，詳情如下：`` then ``A座及B座：二零二三年十一月十四日…``: the rows are the
    notice's facts; the page's day is its signature's (二零二三年十一月八日)."""
    lines = [
        "致各位業主及住戶：",
        "清洗食水及沖廁水缸暫停供水通告",
        "為確保大廈食水質素符合要求，本處已安排承辦商清洗各座天台及地庫之食水缸，屆時將暫停供水，詳情如下：",
        "A座及B座：二零二三年十一月十四日（星期二）上午九時至下午五時",
        "敬請各住戶於停水前預先儲備足夠食水，並於停水期間關妥水龍頭。",
        "嘉峰臺管理處",
        "二零二三年十一月八日",
    ]
    assert page_dates(lines) == [date(2023, 11, 8)] * 2


# ---- chrome ----------------------------------------------------------------------------------


def test_a_news_pages_labels_and_notes_are_chrome() -> None:
    """A summary box's label, a repost's licence, a column's "see more" over other headlines, a
    reporter's mailbox, a portal's live channel, a section and column over the headline, a
    caveat in brackets, credits for drafting and review, a paper's notice of its days off."""
    lines = [
        "即時娛樂",
        "交通 · 问答",
        "港灣日報祝讀者鼠年大吉　新春休刊安排：年初一至年初三休刊",
        "火車票候補購票規則調整：截止時間提前、兌現順序怎麼排？",
        "重點摘要",
        _STORY,
        _MORE,
        "記者信箱：pinyu.chou@cfunews.example.tw",
        "（本文不構成用藥建議，具體用藥請遵醫囑）",
        "（本文僅供參考，具體規則以鐵路部門發布為準）",
        "本文經作者授權轉載，原文刊載於作者個人部落格。",
        "撰稿：離退休工作處　審核：陳建國",
        "看更多懶人包",
        "電動機車換電費率怎麼算？一張表看懂",
        "身分證換發延後，舊證還能用多久？",
        "翠峰學報 第1347期",
        "Copyright © 2024 翠峰學報. All rights reserved.",
    ]
    want = {simple(x) for x in lines if x not in (_STORY, _MORE, "火車票候補購票規則調整：截止時間提前、兌現順序怎麼排？")}
    for chrome in chrome_of(lines):
        assert want <= chrome, want - chrome
        assert simple(_STORY) not in chrome
    assert title_of("\n".join(lines)) == "火車票候補購票規則調整：截止時間提前、兌現順序怎麼排？"


def test_the_outlets_name_and_day_as_list_items_over_the_headline_are_chrome() -> None:
    """``維港電視 新聞`` heading the page, then ``- 維港電視新聞`` / ``- 2025年08月31日``: the site's name
    again and the day, as a list's items."""
    lines = ["維港電視 新聞", "首頁　港聞　兩岸　國際　財經　體育", "- 維港電視新聞", "- 2025年08月31日", "吉澳街渡減班 村民憂回鄉難", _STORY, _MORE]
    for chrome in chrome_of(lines):
        assert {simple("- 維港電視新聞"), simple("- 2025年08月31日")} <= chrome


def test_a_newsletters_frame_and_its_senders_contact_are_chrome() -> None:
    """View-in-browser, the newsletter's name and issue, its contents (本期目錄 / 1. 校長的話), the
    sender's contact under 聯絡我們 and its address under the rights; the issue's headline and a
    piece's heading and name (▍學員投稿 / 〈五十歲學台語〉) stay."""
    lines = [
        "如果無法正常顯示，請點此檢視網頁版",
        "山城社區大學電子報",
        "第 58 期｜2022/10/03 發刊",
        "本期目錄",
        "1. 校長的話",
        "2. 學員投稿",
        "秋季班開課了，記得帶環保杯來上課",
        "▍校長的話",
        "各位學員好，秋季班已於9月26日開課，這陣子大家應該都找到自己的教室了。",
        "冬季班預計下個月1日至15日開放報名，課程表會在網站公布，歡迎大家揪朋友一起來。",
        "▍學員投稿",
        "〈五十歲學台語〉",
        "文／陳美玲（台語說唱入門班）",
        "去年春天退休後，我報名了生平第一門社大課程，第一堂課就被老師的笑話逗樂了。",
        "聯絡我們",
        "電話：(04)2536-1180",
        "信箱：service@shancheng-cc.org.tw",
        "您收到這封信，是因為您曾經報名山城社大課程或訂閱本電子報。",
        "Copyright © 2022 山城社區大學, All rights reserved.",
        "台中市豐原區中正路 200 號",
    ]
    frame = {
        "如果無法正常顯示，請點此檢視網頁版", "山城社區大學電子報", "第 58 期｜2022/10/03 發刊", "本期目錄", "1. 校長的話",
        "2. 學員投稿", "電話：(04)2536-1180", "信箱：service@shancheng-cc.org.tw", "台中市豐原區中正路 200 號",
    }  # fmt: skip
    for chrome in chrome_of(lines):
        assert {simple(x) for x in frame} <= chrome, {simple(x) for x in frame} - chrome
        assert not {simple("▍學員投稿"), simple("〈五十歲學台語〉")} & chrome
    assert title_of("\n".join(lines)) == "秋季班開課了，記得帶環保杯來上課"


def test_blog_platforms_furniture_is_chrome() -> None:
    """WordPress's archives under 彙整, its engine's credit and comment form's note; Blogger's
    backlinks; a blog's refresh button; Matters' 支持; Medium's tags in two English words."""
    lines = [
        "洗邋遢洗到部抽氣扇甩咗出嚟",
        _STORY,
        _MORE,
        "Taxes",
        "Personal Finance",
        "台灣",
        "312",
        "阿嬤的後花園 提到...",
        "刷新頁面",
        "支持",
        "你的電子郵件地址不會被公開。 必填欄位標示為 *",
        "彙整",
        "2023 年 1 月",
        "2022 年 12 月",
        "由 WordPress 提供技術支援",
    ]
    for chrome in chrome_of(lines):
        want = {simple(x) for x in lines[3:]}
        assert want <= chrome, want - chrome
    assert not [s for s in agreed_surfaces(lines) if "2022" in s]


def test_channel_previews_and_patrons_pages_are_chrome() -> None:
    """Telegram's web preview (12.6K subscribers, Preview channel, If you have Telegram…, Telegram is
    a cloud-based…) and Patreon's (Creating …, a stamp and who may read, Like, Become a patron,
    Join for US$5 per month)."""
    lines = [
        "屯門街市速報",
        "12.6K subscribers",
        "Preview channel",
        "If you have Telegram, you can view and join 屯門街市速報 right away.",
        "Creating 香港街景插畫與繪本",
        "14/03/2024 · 公開帖子",
        "進度報告：新繪本完成八成",
        _STORY,
        _MORE,
        "Like",
        "Load more comments",
        "Become a patron",
        "Join for US$5 per month",
        "Download",
        "Telegram is a cloud-based mobile and desktop messaging app with a focus on security and speed.",
    ]
    for chrome in chrome_of(lines):
        want = {simple(x) for x in lines if x not in (_STORY, _MORE, "屯門街市速報", "進度報告：新繪本完成八成")}
        assert want <= chrome, want - chrome


def test_forum_floors_heads_fields_and_boards_furniture_are_chrome() -> None:
    """vBulletin's ``#2   2019-12-04, 10:21 AM`` / poster / ``註冊日期: 2012-09`` / ``文章: 2,416``; a
    poster with a badge in brackets; an ad among floors; a car forum's owner badge; a board's
    "more topics", toolbar, notice links, back link, attachment and rank; its disclaimer and
    the time-zone foot."""
    lines = [
        "[行程]冬季道東流冰＋阿寒湖，不租車可行嗎？",
        "單頁閱讀 | 切換到窄版",
        "#1   2019-12-03, 09:58 PM",
        "小樽小樽",
        "註冊日期: 2017-05",
        "文章: 83",
        "預計明年2月14日到20日帶爸媽去道東，想看網走的流冰船跟阿寒湖冰上祭典，請問大家冬天交通方便嗎？",
        "【廣告】孕期營養補充 限時買一送一",
        "#2   2019-12-04, 10:21 AM",
        "道東老司機",
        "註冊日期: 2012-09",
        "文章: 2,416",
        "阿寒巴士冬天有「阿寒號」，每天只有一班，建議出發前再查官網，流冰要看風向，不是每天都靠岸。",
        "杭城小馬哥（樓主）",
        "認證車主 秦PLUS DM-i 2021款 55KM",
        "謝謝兩位！那就照原計畫，阿寒湖住兩晚，回程改成2月19日晚上從女滿別飛羽田。",
        "能力值: ( LV9,RANK:350 )",
        "上傳的附件：",
        "反調試_v5.2.1.zip （24.6kb，31次下載）",
        "> 回到北漂租房互助小組",
        "更多婚姻與家庭話題",
        "通告編號：TF-117 水缸清洗安排",
        "本討論區由業主委員會管理，言論只代表發言者個人意見。",
        "所有時間均為台北時間。現在的時間是 08:15 PM。",
    ]
    story = {lines[0], lines[6], lines[12], lines[15]}
    for chrome in chrome_of(lines):
        want = {simple(x) for x in lines if x not in story}
        assert want <= chrome, want - chrome
        assert not {simple(x) for x in story if x != lines[0]} & chrome


def test_a_filings_fields_sign_off_and_a_shops_rows_are_chrome() -> None:
    """An exchange's filing (股份代號…, 文件類別…, the issuer in capitals, the exchange's disclaimer,
    承董事會命 down to 香港，二零二五年四月十七日), whose heading is the title; a shop's product
    rows under 熱賣產品; a fund notice's 公告送出日期; a site's builder, map link and licence."""
    lines = [
        "股份代號：02861　股份簡稱：雅峰環球",
        "文件類別：公告及通告 - [股東週年大會通告 / 暫停辦理過戶登記手續]",
        "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。",
        "ASPEAK GLOBAL HOLDINGS LIMITED",
        "股東週年大會通告",
        "茲通告雅峰環球控股有限公司謹訂於二零二五年五月二十二日上午十時正舉行股東週年大會，以處理下列事項。",
        "1. 省覽及採納本公司截至二零二四年十二月三十一日止年度之經審核綜合財務報表。",
        "承董事會命",
        "雅峰環球控股有限公司",
        "主席",
        "李振邦",
        "香港，二零二五年四月十七日",
        "公告送出日期：2025年9月25日",
        "熱賣產品",
        "日本北海道元貝 2S　$488/斤　加入購物車",
        "【地圖導航】台中市立殯儀館景仰樓",
        "台中市殯葬禮儀服務業經營許可字號：府授民殯字第1120048771號",
        "訴訟服務熱線：12368　　技術支持：江南法院信息技術中心",
    ]
    story = {lines[4], lines[5], lines[6]}
    for chrome in chrome_of(lines):
        want = {simple(x) for x in lines if x not in story}
        assert want <= chrome, want - chrome
    assert title_of("\n".join(lines)) == "股東週年大會通告"
    assert ("二零二五年五月二十二日", "2025-05-22", "2025-05-22") in agreed_spans(lines)
    assert not [s for s in agreed_surfaces(lines) if s in ("二零二五年四月十七日", "2025年9月25日")]


def test_a_notices_numbered_rules_and_facts_stay_in_its_story() -> None:
    """``3. 旁聽人員應遵守…，未經許可不得錄音``, ``5. 青少年團契：下主日（3/17）…，詳情請追蹤IG @…``:
    a notice's numbered items; ``服務要求：詳見招標文件`` under a longer field of the notice."""
    lines = [
        "庭審公開旁聽須知",
        "1. 公民可持本人有效身份證件，於開庭前30分鐘到法院立案大廳登記，經安全檢查後入庭旁聽。",
        "3. 旁聽人員應遵守《人民法院法庭規則》，未經許可不得錄音、錄像、攝影。",
        "5. 青少年團契：下主日（3/17）下午2:00舉辦桌遊之夜，詳情請追蹤IG @hope_youth_tw",
        "服務範圍：全院 42 個臨床及醫技科室醫用耗材的院內配送，含夜間及節假日急件",
        "服務要求：詳見招標文件",
        "服務時間：合同簽訂之日起三年",
        "本項目代理服務費參照國家計價標準收取，由中標供應商在領取中標通知書時一次性支付。",
    ]
    for chrome in chrome_of(lines):
        assert not {simple(x) for x in lines[1:]} & chrome


def test_a_manuals_and_a_property_sites_notes_are_chrome() -> None:
    """A manual's contents row, its version's notice and its feedback buttons; who provides the
    service, under the page."""
    lines = [
        "電飯煲使用說明",
        "目錄：安全注意事項　各部件名稱　使用方法　清潔保養　故障排除",
        _STORY,
        _MORE,
        "說明書版本：V2.1　｜　本說明書如有更改，恕不另行通知",
        "這篇說明書對您有幫助嗎？　👍 有幫助（1,024）　👎 沒幫助（37）",
        "物業服務由 錦華物業服務（臨江）有限公司 提供",
    ]
    for chrome in chrome_of(lines):
        want = {simple(x) for x in (lines[1], *lines[4:])}
        assert want <= chrome, want - chrome


# ---- titles ----------------------------------------------------------------------------------


def test_a_blogs_name_and_motto_over_its_posts_are_no_title() -> None:
    """``林小鹿的空間 / 你若盛開，清風自來 / 返回日誌列表 / 開學前一晚 / stamp``: the post's name is
    the title; ``4. 學員投稿`` over a headline is a list's item, no poster's name."""
    lines = [
        "QQ空間",
        "林小鹿的空間",
        "你若盛開，清風自來",
        "返回日誌列表",
        "開學前一晚",
        "2021-02-20 22:36  |  分類：個人日記  |  閱讀(58)",
        "年就這樣過完了，今天把書桌收拾了一遍，作業還差兩張數學卷，明天一早就要回學校。",
        "初八那天班主任就在群裡發通知，說元宵節那天晚上要回校自習，大家都在群裡哀嚎。",
    ]
    for text in both_scripts("\n".join(lines)):
        assert simple(title_of(text) or "") == simple("開學前一晚")


def test_a_posters_name_under_the_floors_label_is_no_title() -> None:
    """``楼主 / 杭城小马哥 / 认证车主… / 发表于 …``: the poster, under the thread's headline."""
    lines = [
        "论坛 > 比亚迪论坛 > 精华帖",
        "【提车作业】等了四个多月，终于接回家了！附首月油耗",
        "只看楼主 | 倒序看帖 | 收藏",
        "楼主",
        "杭城小马哥",
        "认证车主 秦PLUS DM-i 2021款 55KM",
        "发表于 2022-08-05 21:47:33 来自 汽车之家App",
        "先说结论：不后悔。3月26日在4S店交的定金，销售当时说最快6月底能提车，结果一等就是四个多月。",
    ]
    assert title_of("\n".join(lines)) == "【提车作业】等了四个多月，终于接回家了！附首月油耗"
    for chrome in chrome_of(lines):
        assert {"杭城小马哥", "认证车主 秦PLUS DM-i 2021款 55KM"} <= chrome


def test_a_headline_its_slashed_trail_names_over_a_spaced_stamp() -> None:
    """``首頁 / 主日週報`` then ``主日週報：被舉起來的人子`` over ``2024 年 3 月 10 日　｜　週報``: the
    page's heading, not the sermon's label further down."""
    lines = [
        "首頁 / 主日週報",
        "主日週報：被舉起來的人子",
        "2024 年 3 月 10 日　｜　週報　｜　行政同工",
        "分享：Facebook　LINE　複製連結",
        "經文：約翰福音 3:14-21",
        "講道：〈被舉起來的人子〉　陳立言牧師",
        "【代禱事項】",
        "一、為宣教禱告",
        "1. 段師母將於今年底結束在肯亞奈洛比的服事返台述職，請為她的健康與交接禱告。",
        "2. 為住院中的王伯伯、剛動完手術的李姊妹代禱，求主醫治，也安慰家人的心。",
    ]
    assert title_of("\n".join(lines)) == "主日週報：被舉起來的人子"


def test_a_filings_record_row_and_the_headline_its_subject_repeats() -> None:
    """``序號 3　發言日期 114/06/18　發言時間 17:35:22`` is chrome; ``宏晟精密：公告本公司…`` over the
    row and ``主旨：公告本公司…`` is the title, the issuer with it."""
    lines = [
        "重大訊息 > 上櫃 > 6742 宏晟精密",
        "宏晟精密：公告本公司董事會決議現金股利除息基準日",
        "序號 3　發言日期 114/06/18　發言時間 17:35:22",
        "主旨：公告本公司董事會決議現金股利除息基準日",
        "符合條款：第 14 款　　事實發生日：114/06/18",
        "1.董事會決議日期：114/06/18，2.除息交易日：114/07/10，3.現金股利發放日期：114/08/08。",
    ]
    assert title_of("\n".join(lines)) == "宏晟精密：公告本公司董事會決議現金股利除息基準日"
    assert all(simple(lines[2]) in c for c in chrome_of(lines))


# ---- guards: a review helper's counter-examples to the rules above (each read wrongly by the
# tree it reviewed, b7770901) ------------------------------------------------------------------

_NOTICE = ["2024-05-02 10:00", "关于举办2024年教职工运动会的通知", "各学院、各部门：", "为丰富教职工业余生活，经研究，学校定于5月18日举办教职工运动会，有关事项通知如下："]


def test_guard_story_rows_that_look_like_the_new_furniture_stay() -> None:
    """A tour's rows (``2024年5月10日 · 高雄巨蛋``), a notice's own ``联系方式`` rows, ``参赛服装由学校
    工会统一提供``, ``读者普遍关心的休刊安排：…``, ``初审：…``/``复审：…``, dash-listed days of an event, a
    reviewed shop's address, a floor's reply under its head: the story's."""
    pages = [
        ["周杰伦巡回演唱会公布台湾场次", "主办单位今日公布巡演台湾站日期，门票将于下周一开卖，场次如下：", "2024年5月3日 · 台北小巨蛋",
         "2024年5月10日 · 高雄巨蛋", "主办单位提醒歌迷，请勿透过非官方管道购票。"],
        ["2024-05-02 10:00", "某某医院2024年公开招聘护理人员公告", "因工作需要，我院面向社会公开招聘护理人员10名，现将有关事项公告如下。",
         "联系方式", "地址：杭州市西湖区文三路100号", "电话：0571-88886666", "某某医院人事科"],
        [*_NOTICE, "比赛地点：学校东区田径场", "参赛服装由学校工会统一提供", "请各单位于5月10日前报送参赛名单。"],
        ["2024-05-02 10:00", "本地多家报纸宣布春节休刊", "受成本上涨影响，本地多家报纸宣布调整春节出版安排。",
         "读者普遍关心的休刊安排：除夕至年初三暂停出版", "业内人士认为，纸媒经营压力持续加大。"],
        ["2024-05-02 10:00", "关于2024年公开招聘辅导员的公告", "因工作需要，我校拟公开招聘专职辅导员5名，现将有关事项公告如下：",
         "初审：5月10日前由人事处完成资格初审", "复审：5月20日组织面试复审", "请应聘者保持电话畅通。"],
        [*_NOTICE, "活动日期：", "- 5月18日", "- 5月25日", "请各单位按时报送。"],
        ["2024-05-02 10:00", "台北｜隐身巷弄的老派牛肉面", "这家店开了快三十年，汤头是用牛骨熬足八小时，喝起来很清爽。", "#美食 #台北",
         "老张牛肉面", "台北市大安区信义路二段194号"],
    ]  # fmt: skip
    kept = ["2024年5月10日 · 高雄巨蛋", "地址：杭州市西湖区文三路100号", "参赛服装由学校工会统一提供", "读者普遍关心的休刊安排：除夕至年初三暂停出版",
            "初审：5月10日前由人事处完成资格初审", "- 5月25日", "台北市大安区信义路二段194号"]  # fmt: skip
    for lines, line in zip(pages, kept, strict=True):
        for chrome in chrome_of(lines):
            assert simple(line) not in chrome, line
    assert ("5月20日", "2024-05-20", "2024-05-20") in agreed_spans(pages[4])


def test_guard_a_sites_numbered_notes_stay_chrome() -> None:
    """``1. 本文为博主原创文章，转载请…`` / ``2. 如有侵权，请联系删除。``, ``1. 本文仅供学习交流，不构成任何
    投资建议。``: the writer's or the site's notes, numbered."""
    lines = ["Python 装饰器入门", "装饰器本质上是一个接受函数作为参数的函数，它可以在不修改原函数的情况下增加功能。",
             "1. 本文为博主原创文章，转载请附上原文出处链接。", "2. 如有侵权，请联系删除。", "1. 本文仅供学习交流，不构成任何投资建议。"]  # fmt: skip
    for chrome in chrome_of(lines):
        assert {simple(x) for x in lines[2:]} <= chrome


def test_guard_this_years_festival_days_and_months_stay_dated() -> None:
    """``我们这边元宵节晚上将举行灯会`` (planned), ``不只在3月15日`` (a day, no feast), ``今年过年总会回家``
    (this year's), ``以前的老同事说今年中秋要聚一聚``, ``本台10月节目``, ``6月节能宣传周``: dated as before;
    ``稀释比例为1/5-10倍`` and ``3号收到黄牌`` stay no days."""
    page = ["2024-03-10 10:00", "标题：社区新闻"]
    for text, surface in (
        ("我们这边元宵节晚上将举行灯会，欢迎大家来玩。", "元宵节"),
        ("这次促销不只在3月15日，整个3月都有优惠。", "3月15日"),
        ("今年过年总会回家一趟吧。", "今年过年"),
        ("以前的老同事说今年中秋要聚一聚。", "今年中秋"),
        ("本台10月节目预告请见下方。", "10月"),
        ("6月节能宣传周活动即将开始。", "6月"),
    ):
        assert surface in agreed_surfaces([*page, text]), text
    assert not agreed_surfaces([*page, "稀释比例为1/5-10倍，请按说明使用。"])
    assert not agreed_surfaces([*page, "比赛第30分钟，3号收到黄牌，随后被换下。"])


def test_guard_a_rows_day_not_yet_come_or_in_the_same_month_keeps_the_pages_year() -> None:
    """``下届年会：2026年10月`` / ``本届闭幕：10月20日`` on October 10th, 2025, and ``下次体检：2026年11月``
    / ``本次体检：11月3日`` on November 10th: this year's days."""
    assert ("10月20日", "2025-10-20", "2025-10-20") in agreed_spans(["2025-10-10 10:00", "年会安排", "下届年会：2026年10月", "本届闭幕：10月20日"])
    assert ("11月3日", "2025-11-03", "2025-11-03") in agreed_spans(["2025-11-10 10:00", "活动安排", "下次体检：2026年11月", "本次体检：11月3日"])


def test_guard_a_quoted_poems_signed_day_is_no_page_date() -> None:
    """A father's poem copied with its ``1987.3.12 写于故乡``, the post stamped ``发布于 2024-03-05 …``."""
    lines = ["重读父亲的旧诗", "整理老房子的时候，在抽屉里翻到父亲年轻时写的一首诗，抄在这里。", "山路弯弯绕村前，炊烟袅袅入云天。",
             "1987.3.12 写于故乡", "父亲去年走了，这首诗是他留给我最好的礼物。", "发布于 2024-03-05 12:31・IP 属地北京", "评论 2"]  # fmt: skip
    assert page_dates(lines) == [date(2024, 3, 5)] * 2


def test_guard_headlines_that_look_like_a_blogs_name_or_a_place() -> None:
    """``每个人都需要独处的空间`` is a headline; ``北京 · 朝阳区`` over ``独居青年的阳台生活`` is its place;
    a headline over a menu one item to a line, with none under it, is still the headline."""
    body = ["有人说，现代人最缺的不是时间，而是一段属于自己的安静时光。", "下班之后，我会在阳台上坐半个小时，什么都不做，只是看看天。"]
    assert title_of("\n".join(["2024-05-02 10:00", "每个人都需要独处的空间", *body])) == "每个人都需要独处的空间"
    assert title_of("\n".join(["2024-05-02 10:00", "北京 · 朝阳区", "独居青年的阳台生活", *body])) == "独居青年的阳台生活"
    assert title_of("\n".join(["独居青年的阳台生活", "首页", "归档", "关于", "2024-05-02", *body])) == "独居青年的阳台生活"


def test_guard_a_release_account_before_a_word_of_its_own() -> None:
    """``@人民日报发布内容显示``, ``@央视新闻发布上海最新通报称``: 内容 and 上海 are words; the accounts
    are 人民日报 and 央视新闻."""
    assert all(h == {"人民日报"} for h in handles_of(["2024-05-02 10:00", "@人民日报发布内容显示，今年高考报名人数创新高。"]))
    assert all(h == {"央视新闻"} for h in handles_of(["2024-05-02 10:00", "@央视新闻发布上海最新通报称，全市交通恢复正常。"]))


def test_a_months_range_of_days_in_hao_then_its_count() -> None:
    """``本月15至17號三日分座洗水缸``: the 15th to the 17th, one event; ``國慶1至3号三天`` names no lone
    3rd."""
    page = ["2024-09-10 10:00", "管理處今朝貼咗通告，本月15至17號三日分座洗水缸，各座停水時間另行通知。"]
    assert ("本月15至17号", "2024-09-15", "2024-09-17") in agreed_spans(page)
    assert "3号" not in agreed_surfaces(["2024-09-10 10:00", "國慶1至3号三天高速免費，大家記得錯峰出行。"])


def test_a_festival_dated_in_its_bracket_as_this_years_day() -> None:
    """``元宵（今年係2月24號）``, ``中秋节（今年是9月17日）``: one event, the bracket's day; its 今年 is
    no year of its own."""
    assert ("元宵（今年系2月24号）", "2024-02-24", "2024-02-24") in agreed_spans(
        ["2024-03-05 10:00", "平溪放天燈記得避開元宵（今年係2月24號），而家已經過咗人少好多。"]
    )
    spans = agreed_spans(["2024-03-05 10:00", "中秋节（今年是9月17日）放假三天，大家早点订票。"])
    assert ("中秋节（今年是9月17日）", "2024-09-17", "2024-09-17") in spans
    assert not [s for s in spans if s[0] == "今年"]


def test_a_commenters_name_with_a_role_over_its_stamp_is_chrome() -> None:
    """``Amy（中途）`` over ``2026.02.24 21:32`` under a LINE note: who commented, with the role the
    group knows them by; a person of the story with a bracket in a sentence stays."""
    lines = [
        "各位社員晚安，過年期間辛苦大家了，跟大家報告幾件事，送養會訂在下個月7日下午兩點。",
        "留言 14",
        "Amy（中途）",
        "2026.02.24 21:32",
        "三隻都很乖，最小的那隻昨天開始會自己吃飯了。",
        "王小明（化名）說，他當天也會帶兩隻貓到場。",
    ]
    for chrome in chrome_of(lines):
        assert simple("Amy（中途）") in chrome
        assert simple(lines[5]) not in chrome


def test_a_commenters_name_under_the_last_comments_buttons_over_its_stamp() -> None:
    """WordPress's comments in a row (… / 回覆 / Kelvin L / 2023 年 1 月 19 日 下午 11:40 / words): the
    name that opens the next comment is chrome; the comment's words stay."""
    lines = [
        "洗邋遢洗到部抽氣扇甩咗出嚟",
        "年廿八，我哋一家人一齊大掃除，點知抽氣扇一拆就甩咗出嚟，成屋都係油煙味，笑到我哋碌地。",
        "3 則迴響",
        "陳太",
        "2023 年 1 月 19 日 下午 10:02",
        "我都係聽日先洗，年廿九先有時間，一齊加油！",
        "回覆",
        "Kelvin L",
        "2023 年 1 月 19 日 下午 11:40",
        "抽氣扇可以搵我哋公司，年初六之後開工。",
        "回覆",
    ]
    for chrome in chrome_of(lines):
        assert "Kelvin L" in chrome
        assert simple(lines[9]) not in chrome


def test_a_sites_slogan_over_its_rights_line_is_chrome() -> None:
    """``小木虫，学术科研互动社区，为中国学术科研免费提供动力`` over ``Copyright © …``, the page's first line
    ``小木虫 - 学术 科研 互动社区``: the site's slogan; a reply naming the site elsewhere stays."""
    lines = [
        "小木虫 - 学术 科研 互动社区",
        "首页 | 论坛 | 导读 | 搜索 | 登录 | 注册",
        "【求助】一志愿211化学工程，320分，调剂填哪些学校比较稳？",
        "各位虫友好，本人一志愿报的华东某211化学工程，今天上午学校刚出复试名单，没进，想请大家帮忙看看调剂。",
        "小木虫，你们那边有没有熟悉西北那所学校的？我同门说可以试试。",
        "小木虫，学术科研互动社区，为中国学术科研免费提供动力",
        "Copyright © 2001-2021 MuChong.com, All Rights Reserved.",
    ]
    for chrome in chrome_of(lines):
        assert simple(lines[5]) in chrome
        assert simple(lines[4]) not in chrome
