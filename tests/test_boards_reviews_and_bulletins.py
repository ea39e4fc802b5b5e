"""Shapes the forty-sixth session's read sets showed: a paper's byline name under its stamp, a
programme's segments, a section page's list of stories, Tumblr's and HackMD's pages, a review
site's card and its owner's reply, an imageboard's thread, a Hong Kong vBulletin board, an old
board's foot stamp, code annotations in a question, a letter-spaced weather bulletin, a card
statement, a ticket's table, a discharge record, and the dates such pages hold.  The texts are
written for these tests in the shapes such pages have, each read in both scripts; the guards
are the shapes next to them that must stay as they were."""

from __future__ import annotations

from datetime import date

from tests.article_probes import (
    agreed_spans,
    agreed_surfaces,
    handles_of,
    in_every_body,
    in_every_chrome,
    in_no_chrome,
    page_dates,
    simple,
    spans_of,
    title_of,
)
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article
from tui.model.timeline import is_stamp

# ---- news pages ----------------------------------------------------------------------------


def test_a_byline_name_between_the_stamp_and_the_paper_s_name_is_chrome() -> None:
    """``2025/01/03 18:42 / 周慧君 / 中國時報``: the reporter's name alone between the story's stamp
    and the paper's name, as a news page prints its byline."""
    page = [
        "中時新聞網", "訂閱", "登入", "首頁", "即時", "政治", "言論", "生活", "娛樂", "財經", "社會", "地方",
        "首頁 > 地方 > 雲嘉南",
        "海線燈光節預算遭刪三成 縣府擬再追加：元宵前趕上點燈",
        "2025/01/03 18:42",
        "周慧君",
        "中國時報",
        "字級設定",
        "分享",
        "雲林縣議會臨時會昨（2）日審議縣府追加預算，「海線燈光節」原編列3600萬元，遭議員刪減三成。",
        "觀光處長表示，將在下週二召開跨局處會議，研議補足缺口。",
    ]
    assert in_every_chrome(page, "周慧君")


def test_a_post_s_short_first_line_under_its_stamp_stays_the_post_s() -> None:
    """A post's first words under its stamp, however short, are its own where no chrome stands
    right under them (``2025年2月25日 18:32 / 陳美玲 / 今天早上十點…``: a name the post opens on)."""
    page = [
        "小鎮日記",
        "首頁 ｜ 文章 ｜ 關於",
        "2025年2月25日 18:32",
        "陳美玲",
        "今天早上十點看到成績單，阿玲說她考得比去年好多了，全家一起去吃了早午餐。",
        "下午又去公園走了一圈，天氣很好。",
    ]
    assert in_every_body(page, "陳美玲")


def test_a_numbered_segment_heading_is_never_the_headline() -> None:
    """``客家新聞雜誌-第850集`` over its fields, then ``(一)天穿日．補天的女人``: the episode's title
    is the page's headline; the first segment's heading is the story's."""
    page = [
        "客家電視台", "首頁", "新聞", "節目", "直播",
        "客家新聞雜誌-第850集",
        "著作者:客家電視台",
        "片長:00:52:26",
        "(一)天穿日．補天的女人",
        "客家人將農曆正月二十訂為「天穿日」，傳說女媧在這天補天，婦女放下針線、不下田。今年天穿日，阿婆們重新揉起甜粄。",
        "(二)返鄉青年的稻田實驗",
        "三名新竹峨眉的年輕人回到家鄉，向叔公租下兩分半的休耕田，用友善農法種稻。",
        "本集節目亦同步上架YouTube頻道@hakka_newsmag，歡迎訂閱。",
        "相關影片",
    ]
    for text in both_scripts("\n".join(page)):
        title = build_article(text).title
        assert title is not None and simple(title.original) == simple("客家新聞雜誌-第850集")
    assert in_every_chrome(page, "本集節目亦同步上架YouTube頻道@hakka_newsmag，歡迎訂閱。")
    surfaces = agreed_surfaces([*page[:10], "2024/03/02"])
    assert simple("今年天穿日") in surfaces
    assert simple("天穿日") not in surfaces  # the feast's name where it is named
    assert simple("農曆正月二十") not in surfaces  # the day it is kept on, of every year


def test_the_cold_food_day_and_the_sky_mending_day_are_dated() -> None:
    """``寒食节`` is the day before 清明; ``天穿日`` the first lunar month's 20th."""
    spans = agreed_spans(["今天是寒食节，明天就是清明节（4月4日）。", "今年天穿日，阿婆们揉起甜粄。", "2025-04-03"])
    assert ("寒食节", "2025-04-03", "2025-04-03") in spans
    assert ("今年天穿日", "2025-02-17", "2025-02-17") in spans


def test_a_quoted_tonight_is_the_page_s_own_night_where_it_names_its_day() -> None:
    """``今日（17日）正值中秋 … 昨晚（16日）首晚 … 「今晚真係企到腳軟」``: the page tells of its own
    night, so the quote's 今晚 is that one, not the eve's."""
    page = [
        "中秋夜大坑舞火龍逼爆",
        "2024-09-17 22:36",
        "今日（17日）正值中秋，銅鑼灣大坑舞火龍晚上8時15分起舞，大批市民早於黃昏已在浣紗街兩旁霸位。",
        "大坑舞火龍一連三晚舉行，昨晚（16日）首晚已吸引逾萬人圍觀。",
        "有市民貼出現場相片，笑言「今晚真係企到腳軟」；另有網民留言支持。",
    ]
    assert ("今晚", "2024-09-17", "2024-09-17") in agreed_spans(page)


def test_a_quoted_tonight_is_still_the_eve_s_on_a_morning_after_page() -> None:
    """A match report written the morning after (``北京时间8月17日晚 … “今晚嗓子喊哑了”``) names no
    day of its own: the quote's 今晚 is the game's night."""
    page = [
        "中甲第21轮：江城长风主场逆转",
        "2024-08-18 08:12 发布于：湖北省",
        "北京时间8月17日晚，中甲联赛第21轮一场焦点战在江城体育中心打响，江城长风以2:1逆转。",
        "球迷在评论区写道：“上次在现场看到绝杀还是2019年，今晚嗓子喊哑了值了！”",
    ]
    assert ("今晚", "2024-08-17", "2024-08-17") in agreed_spans(page)


def test_a_festival_after_a_day_counted_from_this_month_is_that_day() -> None:
    """``下月1日國慶日當天``: one event, the day; the festival's name only says what day it is."""
    page = [
        "2024-09-17 22:36",
        "大坑坊眾福利會表示，今年火龍長67米，有300名健兒輪流舞動，佢哋話好開心。",
        "福利會亦正招募下月1日國慶日當天嘅活動義工，有興趣人士可電郵報名。",
    ]
    for spans in spans_of(page):
        surfaces = {s[0] for s in spans}
        assert simple("下月1日") in surfaces
        assert simple("國慶日") not in surfaces


def test_a_bracket_s_bare_day_after_a_lunar_day_is_in_that_day_s_month() -> None:
    """``1月25日至2月4日 … 其中年初二（30日）``: the bracket's 30日 is January's, the lunar day's
    month, not February's (there is no 2月30日)."""
    page = [
        "2025-01-27 04:12:03",
        "入境處預計1月25日至2月4日春節假期期間，旅客將達約1,000萬人次，其中年初二（30日）晚上的煙花匯演預料吸引大批旅客。",
    ]
    assert (simple("年初二（30日）"), "2025-01-30", "2025-01-30") in agreed_spans(page)


def test_black_friday_is_no_friday_of_the_week() -> None:
    """``比黑色星期五还热闹``: the sales day named, no Friday."""
    surfaces = agreed_surfaces(["2024-11-22", "关税上调前的抢购潮，让上周的展厅比黑色星期五还热闹。"])
    assert "星期五" not in surfaces


def test_a_site_section_and_part_label_is_chrome() -> None:
    """``界面新闻 · 商业 · 零售``: the site, the section its menu shows and the section's part."""
    page = [
        "界面新闻", "首页", "快讯", "商业", "财经", "科技",
        "界面新闻 · 商业 · 零售",
        "即时零售“30分钟送达”打到县城，鲜到家首周订单翻倍",
        "平台补贴从一线城市下沉到县域，但前置仓的账能否算过来仍是问号。",
        "界面新闻记者 | 何晴",
        "2025/06/18 14:05",
        "鲜到家6月18日披露，自5月13日晚8点开启年中大促以来，其县域门店首周订单量同比增长112%。",
    ]
    assert in_every_chrome(page, "界面新闻 · 商业 · 零售")


def test_an_outlet_s_channel_under_its_name_is_no_headline() -> None:
    """``红星新闻 / 打开APP / 红星视频``: the outlet's video channel, no headline of the page."""
    page = [
        "红星新闻", "打开APP", "红星视频", "00:00 / 01:48", "倍速", "全屏",
        "红星新闻记者 林嘉 编辑 王越", "2024-07-26 20:15", "关注",
        "7月25日晚，成都春熙路一名街头歌手演唱时，一位七旬老人走上前借过吉他，弹唱了一首《成都》。",
        "记者联系上视频拍摄者阿飞，他说老人姓刘，年轻时在文工团弹过吉他。",
    ]
    assert title_of("\n".join(page)) is None


def test_a_section_page_of_dated_stories_has_no_headline() -> None:
    """A section's list of stories, each a headline under its stamp and over its text, has no
    headline of the page's own."""
    page = [
        "i-CABLE 有線新聞", "首頁", "港聞", "國際",
        "- 2025年03月16日",
        "西貢行山客夜困北潭涌 消防出動直升機救出",
        "【有線新聞】兩名行山客周六晚在西貢北潭涌一帶迷路，其中一人扭傷腳踝，消防凌晨將兩人救出。",
        "- 2025年03月16日",
        "港鐵東鐵綫下周三起調整班次",
        "【有線新聞】港鐵宣布，東鐵綫下周三起調整班次，早上繁忙時間加密至每2.5分鐘一班。",
        "- 2025年03月15日",
        "房委會：公屋輪候時間微升至5.7年",
        "【有線新聞】房委會公布，一般申請者平均輪候時間微升至5.7年，是2019年以來首次回升。",
        "上一頁",
    ]
    for text in both_scripts("\n".join(page)):
        assert build_article(text).title is None


# ---- posts ---------------------------------------------------------------------------------


def test_a_tumblr_post_s_english_stamp_dates_the_page_and_its_notes_are_chrome() -> None:
    """``Posted on March 5, 2024 with 214 notes``: the post's day; its notes, buttons, tags and the
    blog's name with its owner's account are the platform's."""
    page = [
        "tumblr", "Log in", "Sign up",
        "深水埗散步中 ｜ sspwanderer",
        "今日（5號）收工經過北河街，見到冰室閘口貼咗張手寫紙：「本店將於3月31號結業，多謝各位街坊。」",
        "#深水埗 #冰室 #hong kong #tea restaurant",
        "Posted on March 5, 2024 with 214 notes",
        "Reblog", "Like", "Share", "Notes",
        "mongkokmui liked this",
        "lantau_lad reblogged this from sspwanderer and added:",
        "細個成日同阿爺嚟，好唔捨得。",
        "sspwanderer posted this",
    ]
    assert page_dates(page) == [date(2024, 3, 5)] * 2
    assert in_every_chrome(
        page, "深水埗散步中 ｜ sspwanderer", "#深水埗 #冰室 #hong kong #tea restaurant",
        "mongkokmui liked this", "lantau_lad reblogged this from sspwanderer and added:", "sspwanderer posted this",
    )
    assert in_every_body(page, "細個成日同阿爺嚟，好唔捨得。")
    assert title_of("\n".join(page)) is None


def test_a_review_s_headline_card_and_owner_s_reply() -> None:
    """A travel site's review: its headline under the score, its card of facts (the day written
    among them) under its text, the owner's reply's head and day; the page is dated by the day
    the review was written, not by the reply's."""
    page = [
        "Tripadvisor",
        "亞洲 › 中國 › 香港 › 大澳 › 棚屋小築民宿評論",
        "棚屋小築民宿",
        "4.5 · 312 則評論",
        "Moonwalker_HK",
        "香港 · 58 則評論 · 21 次有用投票",
        "5.0 / 5 泡泡評分",
        "正月十五住棚屋睇燈籠，值得早起",
        "住喺香港咁耐，第一次喺大澳過夜。上星期六啱啱係正月十五，我哋一家四口由東涌坐巴士入去。",
        "最正係翌日朝早六點幾起身，出露台睇日出同水鄉，真係唔似香港。",
        "入住日期：2024年2月",
        "旅遊類型：家庭旅遊",
        "撰寫日期：2024年2月28日",
        "此評論為 Tripadvisor 會員的主觀意見，而非 Tripadvisor LLC 的意見。",
        "有用",
        "Tai O Stilt House，業主 於 棚屋小築民宿 的回應",
        "回應日期：2024年3月4日",
        "多謝一家嘅支持！冷氣已經安排師傅檢查，2024年4月1日起二樓房會換新冷氣機。",
        "此回應為管理代表的主觀意見，而非 Tripadvisor LLC 的意見。",
    ]
    for text in both_scripts("\n".join(page)):
        title = build_article(text).title
        assert title is not None and simple(title.original) == simple("正月十五住棚屋睇燈籠，值得早起")
    assert page_dates(page) == [date(2024, 2, 28)] * 2
    assert in_every_chrome(
        page, "入住日期：2024年2月", "撰寫日期：2024年2月28日", "有用",
        "Tai O Stilt House，業主 於 棚屋小築民宿 的回應", "回應日期：2024年3月4日",
        "此評論為 Tripadvisor 會員的主觀意見，而非 Tripadvisor LLC 的意見。",
    )


def test_a_record_s_facts_without_a_written_day_stay_body() -> None:
    """Fields with a figure under a story and no day the review was written (``產地：嘉義 /
    採收日期：2024年3月26日``) are the story's facts, not a review's card."""
    page = [
        "小農日記",
        "今年的愛文芒果比去年早熟兩週，果農說是春天雨水少的關係。",
        "產地：嘉義",
        "採收日期：2024年3月26日",
        "分享",
    ]
    assert in_no_chrome(page, "產地：嘉義", "採收日期：2024年3月26日")


def test_steam_s_comment_stamps_votes_and_a_user_id_over_a_stamp() -> None:
    """``2 月 9 日 @ 上午 1:14``, a review's vote row and its count, a commenter's id over its stamp."""
    page = [
        "商店", "社群", "阿Lok唔食辣 » 評論 » 霧港燈塔守夜人",
        "張貼日期：2 月 8 日 @ 下午 11:42",
        "呢隻係我今年玩過最有心機嘅獨立遊戲，一開就停唔到手。",
        "畫面係手繪風，落雨嘅時候成個海港濕晒咁，好有以前長洲嘅感覺。",
        "這篇評論值得參考嗎？ 是 否 有趣 獎勵",
        "有 128 人認為這篇評論值得參考",
        "3 則留言",
        "霧中漁夫",
        "2 月 9 日 @ 上午 1:14",
        "第三章真係痴線，我都卡咗好耐。",
        "Hinata_Kwok",
        "2 月 9 日 @ 下午 6:30",
        "廣東話配音係咪真㗎？",
        "© Valve Corporation. All rights reserved.",
    ]
    assert in_every_chrome(
        page, "這篇評論值得參考嗎？ 是 否 有趣 獎勵", "有 128 人認為這篇評論值得參考",
        "2 月 9 日 @ 上午 1:14", "Hinata_Kwok",
    )
    assert in_every_body(page, "第三章真係痴線，我都卡咗好耐。", "廣東話配音係咪真㗎？")


def test_hackmd_s_buttons_and_a_shared_note_s_credits_are_chrome() -> None:
    """HackMD's English buttons and ages, and a note's credits (``紀錄：@…、@…，照片整理：@…``)."""
    page = [
        "HackMD", "Sign in", "Go to bottom",
        "北投社大走讀第3堂共筆：新北投車站到地熱谷",
        "Owned this note", "Changed 3 days ago", "Published", "Like 8", "Bookmark",
        "紀錄：@wenwen_bt、@lupin_tw，照片整理：@阿賢",
        "上週六早上 9 點在新北投站出口集合，到了 18 位同學，雨天備案沒用到。",
        "老師說這座木造車站是日治時期的支線車站，2017 年才搬回七星公園旁邊。",
        "阿賢", "3 days ago",
        "照片都放在雲端了，有拍到大家的臉的請自己檢查一下。",
        "Sign in to comment", "Published on HackMD",
    ]
    assert in_every_chrome(
        page, "Go to bottom", "Owned this note", "Changed 3 days ago", "Like 8", "Bookmark",
        "紀錄：@wenwen_bt、@lupin_tw，照片整理：@阿賢", "3 days ago", "Sign in to comment", "Published on HackMD",
    )
    # (the credits' handles still count, as the page's credited bloggers)
    for text in both_scripts("\n".join(page)):
        credited = {simple(b.handle.original) for b in build_article(text).credited}
        assert {"wenwen_bt", "lupin_tw"} <= credited


# ---- forum threads -------------------------------------------------------------------------

_IMAGEBOARD = [
    "Komica",
    "[首頁] [綜合] [新番捏他] [說明]",
    "回應模式",
    "附加圖檔 [選擇檔案] [無貼圖]",
    "[送出]",
    "無題 名稱: 無名氏 [25/01/20(一)21:47:13 ID:q7Rk2Tfa] No.29104417 [回應]",
    "今年1/25到2/2整整放九天",
    "結果台鐵除夕（28日）那天往花蓮的車全部秒殺",
    "無名氏 [25/01/20(一)21:52:40 ID:Lm0pZ8xw] No.29104432",
    ">>No.29104417",
    "站票都算好了 我連站票都沒有",
    "去年中秋就被坑過一次 一路從松山站到瑞芳",
    "無名氏 [25/01/20(一)21:58:05 ID:q7Rk2Tfa] No.29104451",
    "那次我記得是9/17 整列車廂跟沙丁魚一樣",
    "113年12月20日那次訂票系統大當機還記憶猶新",
    "刪除用密碼: [ ] [刪除]",
    "- GazouBBS + futaba + PIXMICAT-MOD + Komica -",
]


def test_an_imageboard_s_thread_its_heads_its_replies_and_its_day() -> None:
    """An imageboard's post heads (``無名氏 [25/01/20(一)21:47:13 ID:…] No.…``), reply pointers,
    form and credit are chrome; every line of a reply under its head is the reply's; the first
    head's stamp dates the page; the page has no headline; a day remembered is one gone by."""
    assert in_every_chrome(
        _IMAGEBOARD, "無題 名稱: 無名氏 [25/01/20(一)21:47:13 ID:q7Rk2Tfa] No.29104417 [回應]",
        ">>No.29104417", "附加圖檔 [選擇檔案] [無貼圖]", "[送出]", "刪除用密碼: [ ] [刪除]",
        "- GazouBBS + futaba + PIXMICAT-MOD + Komica -",
    )
    assert in_every_body(
        _IMAGEBOARD, "今年1/25到2/2整整放九天", "站票都算好了 我連站票都沒有", "去年中秋就被坑過一次 一路從松山站到瑞芳"
    )
    assert page_dates(_IMAGEBOARD) == [date(2025, 1, 20)] * 2
    assert title_of("\n".join(_IMAGEBOARD)) is None
    # (a Taiwan board's 9/17, its Minguo year named too: the Traditional page's)
    assert ("9/17", "2024-09-17", "2024-09-17") in spans_of(_IMAGEBOARD)[1]


def test_an_imageboard_stamp_with_the_wrong_weekday_dates_nothing() -> None:
    """The weekday an imageboard prints must agree with its day (2025-01-20 was a Monday)."""
    page = [line.replace("(一)", "(三)") for line in _IMAGEBOARD]
    assert date(2025, 1, 20) not in page_dates(page)


def test_a_day_one_is_told_to_remember_is_still_ahead() -> None:
    """``記得9月11日收盤前要買進``: "remember to", a day to come, not a day remembered."""
    page = ["2025-01-20 10:00", "第三季除息日是9月12日，記得9月11日收盤前要買進才領得到。"]
    assert (simple("9月11日"), "2025-09-11", "2025-09-11") in agreed_spans(page)


def test_a_hong_kong_vbulletin_board_puts_the_day_first() -> None:
    """``08-01-2019, 10:23 PM`` on a Hong Kong board is the 8th of January; its members' join
    months are no events."""
    page = [
        "she.com 討論區",
        "she.com 討論區 > 婚嫁 > 婚宴籌備",
        "用戶名稱 [　　　] 密碼 [　　　] 記住我? [登入]",
        "擺酒揀日子：3月定年廿八？",
        "#1",
        "08-01-2019, 10:23 PM",
        "小Kit_Kitty",
        "新會員",
        "註冊日期: Oct 2018",
        "我同老公原本諗住今年3月16號（星期六）擺，酒樓話嗰日係好日子要加錢。",
        "今日（8日）去咗尖沙咀睇場，琴日先收到報價單，兩個日子相差成萬蚊。",
        "#2",
        "08-01-2019, 11:02 PM",
        "阿Ling媽",
        "註冊日期: Mar 2015",
        "我2017年12月23號擺，嗰陣酒樓都算平。",
        "發表規則",
        "你不可以發表新主題",
        "所有時間均為 GMT +8。現在的時間是 12:06 PM。",
    ]
    assert page_dates(page) == [date(2019, 1, 8)] * 2
    assert in_every_chrome(page, "用戶名稱 [　　　] 密碼 [　　　] 記住我? [登入]", "發表規則", "你不可以發表新主題")
    assert not any(s[1].startswith(("2018-10", "2015-03")) for s in agreed_spans(page))


def test_a_us_board_still_puts_the_month_first() -> None:
    """``06-14-2022 10:23 PM`` on a page with no Hong Kong words: the month first."""
    page = [
        "Community",
        "06-14-2022 10:23 PM",
        "請問這台筆電的電池要怎麼校正？用了兩年續航掉很多。",
        "06-15-2022 09:10 AM",
        "可以試試看官方的電池工具。",
    ]
    assert page_dates(page) == [date(2022, 6, 14)] * 2


def test_an_old_board_s_post_foot_name_and_stamp_dates_the_page() -> None:
    """``江南一布衣 · 2021-03-05 21:40:12`` under the thread's first post; the writer after two
    dashes is cut from the headline."""
    page = [
        "西西河",
        "首页 | 版面 | 热点 | 河友 | 搜索",
        "主题:【原创】今年元宵没回老家 -- 江南一布衣",
        "共:💬4 🌺15",
        "一月中单位发通知就地过年，腊月廿八那天把车票退了。一个人在上海过的年三十。",
        "元宵（2月26日）那天楼下超市的汤圆卖断货。",
        "今天正好是惊蛰，想起小时候总要过了正月十六才算过完年。",
        "江南一布衣 · 2021-03-05 21:40:12",
        "北方滚元宵，南方包汤圆。",
        "河蚌 · 2021-03-05 22:03:51",
    ]
    assert page_dates(page) == [date(2021, 3, 5)] * 2
    assert title_of("\n".join(page)) == "【原创】今年元宵没回老家"
    assert simple("正月十六") not in agreed_surfaces(page)  # every year's, as a child knew it


def test_an_annotation_written_with_its_arguments_is_code_not_a_handle() -> None:
    """``@Scheduled(cron = "0 0 2 * * ?")`` and the same name again (``@Scheduled 本身``): the
    code's annotation, no account; the thread's replies to its posters stay handles."""
    page = [
        "CSDN > CSDN论坛 > Java",
        "Spring 定时任务上线后在同一天跑了两次 [问题点数：40分，结帖人zhaoxin_88]",
        "对账任务上写的是 @Scheduled(cron = \"0 0 2 * * ?\")，本意是每天凌晨2点跑一次。",
        "对我有用[0] 丢个板砖[0] 引用 | 举报 | 管理",
        "两台机器都会跑啊，@Scheduled 本身不管集群的。",
        "对我有用[2] 丢个板砖[0] 引用 | 举报 | 管理",
        "@javaer_wang 谢谢！Quartz 的话用2.2版本可以吗？",
    ]
    for handles in handles_of(page):
        assert "Scheduled" not in handles and "javaer_wang" in handles
    assert title_of("\n".join(page)) == "Spring 定时任务上线后在同一天跑了两次"
    assert in_every_chrome(page, "对我有用[2] 丢个板砖[0] 引用 | 举报 | 管理")


def test_an_order_s_days_written_with_hao() -> None:
    """``商家讲13号发货``, ``12号下单的电视机``: an order's days; ``前两天(10号)`` the other day."""
    spans = agreed_spans(["2016-11-14 10:00", "11号夜里抢的羽绒服，商家讲13号发货。阿拉也是，12号下单的电视机到现在没动静。"])
    assert (simple("13号"), "2016-11-13", "2016-11-13") in spans
    assert (simple("12号"), "2016-11-12", "2016-11-12") in spans
    spans = agreed_spans(["2021-10-12 10:00", "宝宝2021年6月18号出生，前两天(10号)晚上开始一直闹觉。"])
    assert (simple("前两天(10号)"), "2021-10-10", "2021-10-10") in spans


def test_a_platform_number_with_hao_is_still_no_day() -> None:
    """``13号线``, ``5号楼``: a line's, a building's number."""
    surfaces = agreed_surfaces(["2016-11-14 10:00", "我住在5号楼，每天坐13号线上班，下单的东西都寄到公司。"])
    assert not any("号" in s for s in surfaces)


# ---- other shapes --------------------------------------------------------------------------

_BULLETIN = [
    "香港特別行政區政府 新聞公報",
    "新聞公報 ｜ 新聞公報搜尋 ｜ RSS",
    "天 氣 稿 第 041 號 - 熱帶氣旋警告",
    "**********************",
    "熱 帶 氣 旋 警 告",
    "香 港 天 文 台 發 出 最 新 熱 帶 氣 旋 警 告",
    "三 號 強 風 信 號 ， 現 正 生 效 。",
    "白 鷺 會 在 今 日 （ 8 月 22 日 ） 下 午 至 晚 間 在 香 港 以 南 約 200 公 里 範 圍 內 掠 過 ， 三 號 強 風 信 號 會 在 今 晚 大 部 分 時 間 維 持 。",
    "自 上 星 期 日 （ 8 月 18 日 ） 以 來 本 港 累 積 雨 量 已 超 過 300 毫 米 ， 明 日 至 星 期 六 （ 8 月 23 至 24 日 ） 仍 有 狂 風 驟 雨 。",
    "上 一 次 天 文 台 發 出 三 號 強 風 信 號 是 在 去 年 9 月 2 日 。",
    "完",
    "2024年8月22日（星期四）",
    "香港時間11時45分",
]


def test_a_letter_spaced_bulletin_s_dates_are_read_closed_up_and_kept_as_written() -> None:
    """The Observatory's letter-spaced bulletin: its dates read as if closed up, their surfaces
    the text as written, spaces and all; its headline over the rule of stars."""
    spans = agreed_spans(_BULLETIN)
    assert (simple("今 日 （ 8 月 22 日 ）"), "2024-08-22", "2024-08-22") in spans
    assert (simple("上 星 期 日 （ 8 月 18 日 ）"), "2024-08-18", "2024-08-18") in spans
    assert (simple("明 日 至 星 期 六 （ 8 月 23 至 24 日 ）"), "2024-08-23", "2024-08-24") in spans
    assert (simple("去 年 9 月 2 日"), "2023-09-02", "2023-09-02") in spans
    assert (simple("今 晚"), "2024-08-22", "2024-08-22") in spans
    for text in both_scripts("\n".join(_BULLETIN)):
        title = build_article(text).title
        assert title is not None and simple(title.original) == simple("天 氣 稿 第 041 號 - 熱帶氣旋警告")
    assert in_every_body(_BULLETIN, "香 港 天 文 台 發 出 最 新 熱 帶 氣 旋 警 告")


def test_a_calendar_s_row_of_weekdays_stays_chrome_though_spaced() -> None:
    """``日 一 二 三 四 五 六``: a calendar widget's head, chrome as written, not read closed up."""
    page = [
        "小林的博客",
        "今天把家里的旧书整理了一遍，捐了两箱给社区图书馆。",
        "下午又去公园走了一圈。",
        "日历",
        "日 一 二 三 四 五 六",
        "1 2 3 4 5 6 7",
    ]
    assert in_every_chrome(page, "日 一 二 三 四 五 六")


def test_a_card_statement_s_day_and_its_table_s_days() -> None:
    """``账单日：2024年03月05日`` dates the statement; its table's zero-padded ``02/06`` cells are
    days; the bank's name in capitals is no headline."""
    page = [
        "沧澜银行 CANGLAN BANK | 信用卡电子账单",
        "尊敬的林晓雯女士：",
        "感谢您使用沧澜银行信用卡，以下是您本期账单，请仔细核对。",
        "账户信息",
        "账单日：2024年03月05日",
        "到期还款日：2024年03月25日",
        "交易日 | 记账日 | 交易摘要 | 交易金额(RMB)",
        "02/06 | 02/07 | 支付宝-临江地铁集团 | 126.00",
        "02/14 | 02/15 | 美团-花漾鲜花 | 299.00",
    ]
    assert page_dates(page) == [date(2024, 3, 5)] * 2
    assert title_of("\n".join(page)) is None
    spans = agreed_spans(page)
    assert ("02/06", "2024-02-06", "2024-02-06") in spans
    assert ("02/15", "2024-02-15", "2024-02-15") in spans
    assert in_every_chrome(page, "沧澜银行 CANGLAN BANK | 信用卡电子账单")


def test_a_fraction_in_a_table_cell_is_no_day() -> None:
    """``3/4`` in a race's table (a margin) has no zero padding: no day."""
    page = [
        "2024-03-10",
        "名次 | 馬號 | 頭馬距離 | 完成時間",
        "3 | 11 | 3/4 | 1:22.06",
        "4 | 4 | 1-1/4 | 1:22.14",
    ]
    assert not any(s[0] in ("3/4", "1/4") for s in agreed_spans(page))


def test_a_ticket_s_table_row_with_its_hours_keeps_its_day() -> None:
    """``去程 ｜ 2024/02/08（四） ｜ 0617 ｜ 南港 ｜ 左營 ｜ 07:30 ｜ 09:15``: the trip's day, in a later
    cell of a row with its hours, no stamp."""
    page = [
        "查詢時間：2024/01/26 22:14",
        "請於期限內完成付款，逾期系統將自動取消訂位。",
        "行程 ｜ 日期 ｜ 車次 ｜ 起程站 ｜ 到達站 ｜ 出發時間 ｜ 到達時間",
        "去程 ｜ 2024/02/08（四） ｜ 0617 ｜ 南港 ｜ 左營 ｜ 07:30 ｜ 09:15",
        "回程 ｜ 2024/02/12（一） ｜ 0662 ｜ 左營 ｜ 台北 ｜ 16:05 ｜ 17:50",
        "總票價：TWD 5,625，請提早到站。",
    ]
    days = {s[1] for s in agreed_spans(page)}
    assert {"2024-02-08", "2024-02-12"} <= days


def test_a_record_s_fact_day_with_its_hour_and_a_later_day_of_that_year() -> None:
    """``入院日期：2024年05月08日 10:21``: a fact of the record, no stamp; ``同年1月12日`` after
    ``2024年1月9日``: a later day of that year's month."""
    assert not is_stamp("入院日期：2024年05月08日 10:21")
    assert not is_stamp("定金支付时间：10月24日 20:00:00 - 10月31日 23:59:59")  # (a span's two ends)
    assert is_stamp("发布时间：2024-05-17 10:46")  # (a page's own stamp stays one)
    spans = agreed_spans(["2024-06-01", "2024年1月9日，执法人员对当事人经营场所进行现场检查，并于同年1月12日经批准立案调查。"])
    assert (simple("同年1月12日"), "2024-01-12", "2024-01-12") in spans


def test_a_section_named_for_a_holiday_and_a_clinic_s_weekday_are_no_events() -> None:
    """``五、寒假`` heads the section whose lines give the holiday's days; ``周二上午专家门诊`` is
    the doctor's clinic day of every week; ``每逢農曆新年年初一至初三休息`` a shop's custom."""
    surfaces = agreed_surfaces(["2024-09-01", "五、寒假", "寒假自2025年1月20日开始，2月17日正式上课。"])
    assert "寒假" not in surfaces and "2025年1月20日" in surfaces
    surfaces = agreed_surfaces(["2024-05-17", "下月中旬携病理报告至门诊复诊（何主任，周二上午专家门诊）。"])
    assert "周二" not in surfaces
    surfaces = agreed_surfaces(["2024-04-21", "老字號冰室每逢農曆新年年初一至初三休息，年初四照常營業。"])
    assert simple("年初一至初三") not in surfaces


# ---- the review's counter-examples ------------------------------------------------------------


def test_a_story_s_sentences_near_the_new_chrome_shapes_stay_body() -> None:
    """A story's news of a programme (``…在YouTube頻道同步直播，歡迎收看。``), a show's day at its
    venue (``3月15日 @ 台北小巨蛋``), a checklist's boxes, a law's name in its brackets, a line of
    C++ (``std::cout``, ``#pragma once``), a schedule's rows of events and days."""
    page = [
        "港台第一台今日宣布節目改版，新節目將於下月1日起在YouTube頻道同步直播，歡迎收看。",
        "3月15日 @ 台北小巨蛋",
        "3月16日 @ 台北小巨蛋",
        "[ ] 護照 [ ] 簽證 [ ] 外幣",
        "std::cout << \"你好，世界\";",
        "#pragma once",
        "開學典禮　2024/09/02",
        "期中考試　2024/11/04",
        "本學期各項活動日期如上，如有變動將另行通知。",
    ]
    assert in_no_chrome(page, *page)
    assert title_of("《互联网信息服务算法推荐管理规定》\n第一条 为了规范互联网信息服务算法推荐活动，制定本规定。") == (
        "《互联网信息服务算法推荐管理规定》"
    )


def test_a_review_card_s_written_day_still_dates_the_page() -> None:
    """The card is chrome, and its ``撰寫日期`` or ``点评时间`` is the page's day."""
    page = [
        "海景房很值得",
        "除夕那晚我們一家四口入住，明年春節還會再來。",
        "入住日期：2024年2月",
        "撰寫日期：2024年2月28日",
        "此評論為 Tripadvisor 會員的主觀意見，而非 Tripadvisor LLC 的意見。",
    ]
    assert page_dates(page) == [date(2024, 2, 28)] * 2


def test_days_the_session_s_words_must_still_date() -> None:
    """``总要等到3月15日开庭`` is one coming day; ``周二门诊的时候`` one visit; ``將1月27日訂為「彈性放假日」``
    one day made a day off; ``2号签收处`` a counter; a floor's stamp in a barred head dates its
    reply; a Taiwan post about a transfer in 香港 writes its stamps month first."""
    assert ("3月15日", "2025-03-15", "2025-03-15") in agreed_spans(["2024-12-10", "律师说，这个案子总要等到3月15日开庭以后才知道结果。"])
    assert ("周二", "2024-12-10", "2024-12-10") in agreed_spans(["2024-12-12", "周二门诊的时候张主任说我恢复得不错，下个月再来复查一次。"])
    assert (simple("1月27日"), "2025-01-27", "2025-01-27") in agreed_spans(
        ["2024-12-20", "人事行政總處今日宣布，將1月27日訂為「彈性放假日」，公務員可以休假。"]
    )
    assert not any("号" in s for s in agreed_surfaces(["2024-12-20", "即日起，所有退货请送到2号签收处，A区货品统一从3号出库口发出。"]))
    thread = [
        "台北燈節討論",
        "阿華 | 2025-02-11 09:12 | IP 新竹 | 讚 3",
        "台北燈節今年在西門町，昨天我去過，人超多。",
        "小美 | 2025-02-12 22:40 | IP 台中 | 讚 1",
        "台中的燈會今晚最後一天，要去的快。",
    ]
    assert (simple("今晚"), "2025-02-12", "2025-02-12") in agreed_spans(thread)
    post = [
        "Re: 香港轉機行李要重新託運嗎？",
        "06-01-2024 10:23 PM",
        "下個月要從台北經香港轉機去倫敦，想問行李要不要重新託運？",
        "06-02-2024 09:10 AM",
        "不用，直掛就好。",
    ]
    assert page_dates(post) == [date(2024, 6, 1)] * 2


def test_a_quoted_tonight_after_the_game_is_the_game_s_night() -> None:
    """``港隊今日（24日）中午凱旋返港 … 昨晚（23日）在決賽 … 隊長賽後說：「今晚…」``: the page names
    its own day, but the words were said after last night's game."""
    page = [
        "2024-11-24 12:30",
        "港隊今日（24日）中午凱旋返港，大批市民接機。",
        "港隊昨晚（23日）在決賽以2:1擊敗對手。",
        "隊長賽後說：「今晚大家證明了自己。」",
    ]
    assert (simple("今晚"), "2024-11-23", "2024-11-23") in agreed_spans(page)


def test_headlines_the_session_s_title_rules_must_leave() -> None:
    """A subtitle after a dash (``新质生产力 —— 从追赶到引领``), a headline that opens on its months,
    a gallery's ``1 / 5`` counter under the headline, a brand's headline over its contents row,
    a column's issue number (``读书笔记 ｜ vol.12``)."""
    assert title_of("新质生产力 —— 从追赶到引领\n近年来，各地积极培育新质生产力，推动产业升级。") == "新质生产力 —— 从追赶到引领"
    assert title_of("2023.09-2024.01 学期总结\n这个学期过得很快，期末考试终于结束了。") == "2023.09-2024.01 学期总结"
    assert title_of(
        "攝影師鏡頭下的維港夜色\n2024-03-05 10:22　文：王小明\n1 / 5\n從尖沙咀海旁望向中環的燈光\n攝影師在海旁守候了三個晚上，終於等到無雲的一夜。"
    ) == "攝影師鏡頭下的維港夜色"
    assert title_of("iPhone 隱藏功能\n相機 ｜ 電池 ｜ 鍵盤 ｜ 通知\n很多人用了好幾年iPhone，卻不知道這些功能。") == "iPhone 隱藏功能"
    assert title_of("读书笔记 ｜ vol.12\n这个月读了三本书，第一本是关于城市的。") == "读书笔记"


def test_a_feast_named_and_a_feast_as_a_heading_are_no_events() -> None:
    """``把農曆正月二十稱為天穿日``: the day a feast is kept on and its name; ``天穿日`` alone on its
    line, a heading."""
    surfaces = agreed_surfaces(["2024-01-10", "天穿日", "客家人把農曆正月二十稱為天穿日，這天要吃甜粄。"])
    assert not surfaces & {simple("天穿日"), simple("農曆正月二十")}


def test_a_countdown_alone_is_no_headline_but_a_headline_may_count_down() -> None:
    """``距離大日子仲有 85 日`` under an invitation's headline is its widget; ``离江城马拉松还有5天，
    第一次跑全马的进来报个到`` is a thread's headline."""
    page = ["HOME　OUR STORY　RSVP", "Jason ❤ Michelle 我哋結婚啦！", "08.11.2025 ｜ HONG KONG", "距離大日子仲有 85 日",
            "最後更新：2025年8月15日", "2016年9月，我哋喺中大迎新營同一組，Jason 負責帶隊。"]
    assert title_of("\n".join(page)) == "Jason ❤ Michelle 我哋結婚啦！"
    assert title_of("离江城马拉松还有5天，第一次跑全马的进来报个到\n楼主 跑步的小王 2024-11-05\n第一次报名全马，有点紧张。") == (
        "离江城马拉松还有5天，第一次跑全马的进来报个到"
    )


def test_a_payout_table_s_rows_of_unequal_widths_are_its_body() -> None:
    """``獨贏 ｜ 7 ｜ 52.00`` over ``位置 ｜ 7 ｜ 20.50 ｜ 2 ｜ 15.00 ｜ 11 ｜ 38.00``: a pool's winners
    as many as it has, half the cells figures, the race's results a reader reads."""
    page = [
        "賽馬資訊 > 賽果",
        "「翠嶺追風」上仗出賽時受阻，今仗換戴防沙眼罩，出閘迅速，最後二百米取得領先。",
        "派彩",
        "彩池 ｜ 勝出組合 ｜ 派彩 (HK$)",
        "獨贏 ｜ 7 ｜ 52.00",
        "位置 ｜ 7 ｜ 20.50 ｜ 2 ｜ 15.00 ｜ 11 ｜ 38.00",
        "連贏 ｜ 2,7 ｜ 101.50",
        "騎師因在接近三百米處時未有足夠留意，被判停賽三個本地賽馬日。",
        "上一場 ｜ 下一場",
    ]
    assert in_every_body(page, "獨贏 ｜ 7 ｜ 52.00", "位置 ｜ 7 ｜ 20.50 ｜ 2 ｜ 15.00 ｜ 11 ｜ 38.00")


def test_a_board_s_other_threads_under_its_hot_heading_are_chrome() -> None:
    """``熱門討論`` over the board's other threads, each its headline and day (``… 10-03``)."""
    page = [
        "#5 Corolla小白　2023/10/05 22:18",
        "昨天看新聞說去年也召回過一次同車型，那次車主也是排很久，官方客服是 0800 的那支。",
        "推 2　回覆　引用　檢舉",
        "熱門討論",
        "RAV4 五代小改 國內何時到港？ 10-04",
        "Altis 12代車主保養價目分享 10-03",
        "Cross 油電 vs 汽油版 油耗實測 09-30",
        "關於U-CAR | 廣告合作 | 隱私權政策 | 聯絡我們",
    ]
    assert in_every_chrome(page, "RAV4 五代小改 國內何時到港？ 10-04", "Altis 12代車主保養價目分享 10-03")
