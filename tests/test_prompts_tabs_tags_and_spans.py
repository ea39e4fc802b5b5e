"""Shapes the thirty-eighth session's read sets showed: ranges of bracketed days and of English
dates, the months after a day the story counts from, festivals named as a food or as what one
likes, a lunar day that ends a span, Hong Kong's 首半年; a venture site's prompts under its
story, tags the page took one by one, a post's place tag, Threads' tabs, a Facebook
comment's likes over the next name, an e-paper's reporters under a bullet, a tour's departure
rows, a schedule's tabs of days, a site's notice over its breadcrumb, an archive's foot and a
wiki's notices; and the handles of an association, of a gift's giver, and the verb "tag once".
The texts are written for these tests in the shapes such pages have, each read in both
scripts unless the rule is one place's alone."""

from __future__ import annotations

from tests.article_probes import agreed_spans, chrome_of, handles_of, page_dates, simple, title_of
from tests.test_date_shapes import both_scripts
from tui.model.handle_cut import name_length
from tui.model.line_shapes import Kind, classify

_STORY = "市府表示，今年共有三十二處路段完成改善工程，總經費約一億二千萬元，預計明年再擴大辦理，民眾可上網查詢各路段進度。"
_MORE = "議員也要求市府加強宣導，避免民眾在施工期間誤闖封閉路段，並在各路口增設臨時告示牌，方便用路人提早改道。"

# ---- dates -----------------------------------------------------------------------------------


def test_a_range_of_bracketed_days_and_one_of_english_dates() -> None:
    """``今（9）日至明（10）日`` and ``November 10 – November 26`` are one span each, as
    ``9日至10日`` is."""
    lines = [
        "2019/08/09 07:30",
        "氣象局表示，颱風預估今（9）日至明（10）日最接近北部，山區要嚴防豪雨。",
        "百貨公司的秋季特賣寫著「November 10 – November 26」，憑護照再享折扣。",
    ]
    spans = agreed_spans(lines)
    assert ("今（9）日至明（10）日", "2019-08-09", "2019-08-10") in spans, spans
    assert ("November 10 – November 26", "2019-11-10", "2019-11-26") in spans, spans


def test_a_month_after_the_day_the_story_counts_from_is_later() -> None:
    """``自2022年10月11日恢復免簽後，……9月已恢復`` on a page of November 2023: September after
    that October is 2023's; without 自…後 a month before the one named stays in its year."""
    lines = ["2023/11/05 18:42", "自2022年10月11日恢復免簽入境後，旅客人數逐月回升，9月單月已恢復到疫情前水準。"]
    assert ("9月", "2023-09-01", "2023-09-30") in agreed_spans(lines)
    plain = ["2023/11/05 18:42", "2022年10月11日恢復免簽入境，當年9月的人數只有一成。"]
    assert ("9月", "2023-09-01", "2023-09-30") not in agreed_spans(plain)


def test_a_festival_named_as_a_food_or_as_what_one_likes_is_no_day() -> None:
    """``清明粿``, ``重陽糕``, ``臘八粥``: foods made for the day; ``小時候最怕冬至``: the festival
    as such, every year's.  ``清明果然下雨`` is the day."""
    lines = [
        "2024/03/20 10:00",
        "村口那家的清明粿一絕，隔壁還賣重陽糕和臘八粥。",
        "陳阿姨說小時候最怕冬至，要搓一整晚湯圓。",
    ]
    spans = agreed_spans(lines)
    assert not [s for s in spans if s[0] in ("清明", "重阳", "腊八", "冬至")], spans
    rain = ["2024/03/20 10:00", "清明果然下雨，大家都帶了傘。"]
    assert ("清明", "2024-04-04", "2024-04-04") in agreed_spans(rain)


def test_an_award_named_for_may_day_is_no_day() -> None:
    """``全國五一勞動獎章（2004年）``: an award's name, not May 1st."""
    lines = ["2024/03/20 10:00", "他曾獲全國五一勞動獎章（2004年），退休後仍在社區講課。"]
    assert not [s for s in agreed_spans(lines) if s[0] == "五一"]


def test_a_lunar_day_that_ends_a_span_is_the_next_one() -> None:
    """``安奉期間至農曆十二月廿四日送神止`` on a page of April: the coming twelfth month's 24th,
    not the one gone by."""
    lines = ["發布日期：2025-04-08", "光明燈仍受理登記中，安奉期間至農曆十二月廿四日送神止。"]
    assert ("农历十二月廿四日", "2026-02-11", "2026-02-11") in agreed_spans(lines)


def test_hong_kong_first_half_of_the_year() -> None:
    """``今年首半年`` (Hong Kong's 上半年): January to June."""
    lines = ["2025年8月20日", "集團表示，今年首半年與三家電商平台續約，營業額按年上升一成。"]
    assert ("今年首半年", "2025-01-01", "2025-06-30") in agreed_spans(lines)


def test_a_bare_weekday_before_a_verb_that_reads_like_a_range() -> None:
    """``講好禮拜四到`` ("arrives on Thursday") and ``周六和朋友去``: a day; ``週一至週五`` and
    ``星期日及公眾假期`` stay what they were (a range, days every week)."""
    lines = ["2024/03/27 09:00", "我哥已經跟阿嬤講好禮拜四到，週六和朋友去市場。"]
    surfaces = {s[0] for s in agreed_spans(lines)}
    assert {"礼拜四", "周六"} <= surfaces, surfaces
    off = ["2024/03/27 09:00", "本店星期日及公眾假期休息。"]
    assert not agreed_spans(off)


def test_a_members_join_date_and_an_entrys_birth_are_no_page_date() -> None:
    """``Lv.4 · 文章 128 · 加入 2014-02-03`` on a poster's card, and ``出生　1952年4月17日`` in an
    entry's box: the post's own stamp under them, or none, dates the page."""
    card = ["[分享] 老公寓浴室翻新", "小樹爸爸", "Lv.4 · 文章 128 · 加入 2014-02-03", "2021-06-12 10:41", _STORY]
    assert {d.isoformat() for d in page_dates(card)} == {"2021-06-12"}
    entry = ["沈某某", "出生　1952年4月17日", "沈某某（1952年4月17日—2019年11月3日），浙江湖州人，水文學家。"]
    assert "1952-04-17" not in {d.isoformat() for d in page_dates(entry)}


# ---- handles ---------------------------------------------------------------------------------


def test_an_associations_name_and_a_gifts_giver() -> None:
    """``@西環街坊會發布``, ``@某某居委會表示``: 會 ends the association's name; ``@竹編匠人老周送的``:
    the giver, then what was given."""
    assert name_length("西环街坊会发布嘅最新消息") == len("西环街坊会")
    assert name_length("东湖居委会表示") == len("东湖居委会")
    assert name_length("竹编匠人老周送的") == len("竹编匠人老周")
    assert name_length("小王做的") == len("小王")
    assert name_length("小林偷拍的") == len("小林偷拍的")  # (偷拍 is a word: no cut inside it)
    assert name_length("健身教练阿杰教会我深蹲") != len("健身教练阿杰教会我深蹲")  # (教会 "taught" here)


def test_tag_once_is_no_account() -> None:
    """``建議您@一下您的老闆``: the verb "tag once", no account; ``@一下科技`` is one."""
    lines = ["回覆@星星不眨眼:建議您@一下您的老闆[doge]", "感謝@一下科技 的支持。"]
    for found in handles_of(lines):
        assert "一下您的老板" not in found and "一下" not in found, found
        assert "一下科技" in found, found


# ---- chrome ----------------------------------------------------------------------------------


def test_a_venture_sites_prompts_under_the_story() -> None:
    """``好文章，需要你的鼓勵`` and ``某某APP讓一部分人先看到未來`` between the reprint notice and
    the next story's link: the site asking, chrome."""
    lines = [_STORY, _MORE, "本文由「某某」原創出品，未經許可禁止轉載。", "+1", "好文章，需要你的鼓勵", "某某APP讓一部分人先看到未來", "下一篇", "另一則新聞的標題"]
    for found in chrome_of(lines):
        assert {"好文章，需要你的鼓励", "某某APP让一部分人先看到未来"} <= found, found


def test_tags_under_the_story_some_taken_already() -> None:
    """``中秋節2023 / 維園 / 綵燈會 / 入境處 / 相關文章`` and ``家庭 / 父親節 / 台灣 / 散文 / --``
    under the last sentence: tags, though the page's rules took some of them alone."""
    lines = [_STORY, _MORE, "中秋節2023", "維園", "綵燈會", "入境處", "相關文章", "另一則新聞的標題在這裡"]
    for found in chrome_of(lines):
        assert {"维园", "入境处"} <= found, found
    blog = [_STORY, _MORE, "家庭", "父親節", "台灣", "散文", "--", "1", "Follow"]
    for found in chrome_of(blog):
        assert {"家庭", "散文"} <= found, found


def test_a_posts_place_tag_between_its_tags_and_its_stamp() -> None:
    """``江西·婺源江嶺景區`` between ``#婺源 …`` and ``編輯於 2024-04-07 江西``: the app's label
    of where the note was posted from."""
    lines = [
        "油菜花人少路線", _STORY, _MORE, "#婺源 #油菜花 #江西旅遊", "@小紅書旅行薯 @江西文旅", "江西·婺源江嶺景區",
        "編輯於 2024-04-07 江西", "共 86 條評論", "可可愛愛的小周", "請問江嶺停車方便嗎？", "04-07 浙江", "贊 3", "回覆",
    ]  # fmt: skip
    for found in chrome_of(lines):
        assert "江西·婺源江岭景区" in found, found


def test_threads_tabs_are_a_menu_not_a_list() -> None:
    """``首頁 / 搜尋 / 建立 / 動態 / 個人檔案 / 為你推薦 / 追蹤中`` over a post: the app's tabs; the
    post's short lines under them stay the post's."""
    lines = [
        "Threads", "首頁", "搜尋", "建立", "動態", "個人檔案", "為你推薦", "追蹤中", "ruby.daily.tw", "2天",
        "新的行事曆出來了！！先幫大家整理好", "春節連假2/14～2/22，整整9天", "清明連假4/3～4/6，四天",
        "國慶連假10/9～10/11", "之前好像還要補班，這次完全沒有，終於做了一件好事😂", "翻譯", "3,482",
    ]  # fmt: skip
    for found in chrome_of(lines):
        assert "国庆连假10/9～10/11" not in found, found
        assert "之前好像还要补班，这次完全没有，终于做了一件好事😂" not in found, found


def test_a_comments_likes_then_the_next_commenters_name() -> None:
    """``2天 / 讚 / 回覆 / 3 / 林媽媽 / 她的留言``: the number is the last comment's likes, and the
    short line under it the next commenter's name."""
    lines = [
        "某某小書房", "2025年12月3日 上午10:20", _STORY, "👍❤️ 286", "32則留言", "最相關",
        "王小明", "上週六有帶女兒去，她回家一直說還要再去！", "2天", "讚", "回覆", "3",
        "林媽媽", "12/21可以帶3歲小孩嗎？她很乖不會亂跑", "2天", "讚", "回覆", "1",
        "某某小書房", "林媽媽您好，這次活動需要自己動手，3歲可能會比較辛苦喔！", "2天", "讚", "回覆",
    ]  # fmt: skip
    for found in chrome_of(lines):
        assert "林妈妈" in found, found


def test_a_deadline_then_where_to_write_stays_in_the_post() -> None:
    """``📝 報名：12月15日截止，請寄email至 …``: the post's own sentence, not a footer's contact."""
    for line in both_scripts("📝 報名：12月15日截止，請寄email至 books.demo@gmail.com 或直接私訊粉專"):
        assert classify(line) is not Kind.CHROME, line


def test_a_channels_call_for_tips_and_telegrams_edited_mark() -> None:
    """``📌 投稿及報料請PM @某某_bot`` and ``edited``: the channel's; a tip line that goes on to
    a sentence (``爆料請 PM @某某，每日晚上整理一次。``) is the post's."""
    for line in both_scripts("📌 投稿及報料請PM @saiwan_demo_bot"):
        assert classify(line) is Kind.CHROME, line
    assert classify("edited") is Kind.CHROME
    for line in both_scripts("📌 爆料請 PM @hk_demo_tips，每日晚上11時整理一次。"):
        assert classify(line) is not Kind.CHROME, line


def test_credits_and_tagged_accounts_under_an_emoji() -> None:
    """``📸 攝影：IG@某某`` and ``🏷️ @a @b @c``: a post's credit and its tagged accounts."""
    for line in (*both_scripts("📸 攝影：IG@kwok_demo_hk"), "🏷️ @demo_district @demo_assoc @team.demo"):
        assert classify(line) is Kind.CHROME, line


def test_an_epaper_reporters_line_under_a_bullet() -> None:
    """``□ 本報記者 某某 通訊員 某某``: the story's byline, chrome."""
    for line in both_scripts("□ 本報記者 劉某某 通訊員 趙某某"):
        assert classify(line) is Kind.CHROME, line


def test_a_tours_departure_rows_stay_with_their_days() -> None:
    """``2025-10-09（周四）¥3,980`` under ``可選團期``: the page's own offer, dated; ``京東 到手價169元``
    stays a deal widget."""
    for line in both_scripts("2025-10-09（周四）¥3,980"):
        assert classify(line) is not Kind.CHROME, line
    lines = ["雲南大理六日跟團遊", "可選團期（價格為成人/每人）：", "2025-10-02（周四）國慶團　¥5,280", "2025-10-09（周四）¥3,980", _STORY]
    spans = agreed_spans(lines)
    assert ("2025-10-09", "2025-10-09", "2025-10-09") in [(s[0][:10], s[1], s[2]) for s in spans], spans


def test_a_schedules_tabs_of_days_and_a_sites_notice_over_its_breadcrumb() -> None:
    """``22/12（五）　23/12（六）　24/12（日）…``: the schedule's tabs, chrome, no events; and
    ``【通告】客戶服務中心於…暫停服務`` between the menu and the breadcrumb: the site's banner."""
    lines = [
        "港視 DEMO", "直播 | 節目表 | 重溫 | 劇集 | 新聞", "【通告】客戶服務中心於12月25日至26日暫停服務，1月2日起如常辦公。",
        "節目表 > 一台", "22/12（五）　23/12（六）　24/12（日）　25/12（一）", "聖誕假期節目巡禮", "更新：2023年12月22日 10:00",
        "港視一台由今晚（22日）起一連五晚推出節日特備節目，陪伴一家大小，重頭戲將於平安夜播出。",
    ]  # fmt: skip
    for found in chrome_of(lines):
        assert "22/12（五）　23/12（六）　24/12（日）　25/12（一）" in found, found
        assert "【通告】客户服务中心于12月25日至26日暂停服务，1月2日起如常办公。" in found, found
    assert not [s for s in agreed_spans(lines) if s[1] in ("2023-12-25", "2024-01-02") and "12月25日" in s[0]]


def test_a_sites_channel_tabs_are_no_headline() -> None:
    """``港視一台　港視二台　港視新聞台`` under ``節目表 > 港視一台``: tabs, each the site's name and a
    channel; the headline is under them (its two parts apart by a wide space)."""
    text = "\n".join(
        [
            "港視 DEMO", "節目表 > 港視一台", "港視一台　港視二台　港視新聞台", "",
            "聖誕假期節目巡禮　港視一台本周精選", "", "更新：2023年12月22日 10:00", "",
            "踏入聖誕假期，港視一台由今晚（22日）起一連五晚推出多個節日特備節目，陪伴一家大小。",
        ]
    )  # fmt: skip
    for page in both_scripts(text):
        assert simple(title_of(page) or "") == "圣诞假期节目巡礼　港视一台本周精选"


def test_link_under_its_label_stays_in_the_post() -> None:
    """``3.活動連結： / https://…``: the post's own fact under its label; a news repost's
    ``新聞連結或短網址:`` keeps its source link apart."""
    lines = [
        "作者 savedemo (省錢小雞)", "看板 Lifeismoney", "標題 [情報] 年貨檔期優惠整理", "時間 Mon Jan 19 10:32:51 2026", "",
        "1.活動名稱/期間：", "迎春年貨大街 1/20-2/5", "", "2.活動內容：", _STORY, _MORE, "",
        "3.活動連結：", "https://shop.example.com.tw/event/cny", "", "4.心得：", _MORE, "--",
    ]  # fmt: skip
    for found in chrome_of(lines):
        assert "https://shop.example.com.tw/event/cny" not in found, found


def test_footer_and_notice_furniture() -> None:
    """A notice's 【上一篇】 link, its school's channels side by side and its address with the
    post code; a listed company's header in brackets; a campaign's terms; a wiki's notices;
    a Discuz archive's foot; a Douban group's name and its comments' heading."""
    for text in (
        "【上一篇】關於開展冬季校園安全大檢查的通知",
        "官方微信：某某大學　官方微博：@某某大學",
        "地址：江蘇省某某市學府路1號　郵編：214000",
        "（於開曼群島註冊成立之有限公司）",
        "（股份代號：2899）",
        "以上活動最終解釋權在法律允許範圍內歸某某科技所有。",
        "本條目需要補充更多來源。請協助補充可靠來源，無法查證的內容可能會因為異議提出而被移除。",
        "本頁面文字依據知識共享署名-相同方式共享4.0協議授權，附加條款亦可能應用。",
        "跳到導航　跳到搜索",
        "頁: [1]",
        "查看完整版本: 孩子上幼兒園天天哭，家長該怎麼辦？",
        "» 育兒寶典",
        "最贊回應",
        "小組: 杭州租房 (2,318,706 人加入)",
    ):
        for line in both_scripts(text):
            assert classify(line) is Kind.CHROME, line


def test_an_archive_page_names_its_thread_at_its_foot() -> None:
    """``查看完整版本: 孩子上幼兒園天天哭，家長該怎麼辦？`` at the foot of a Discuz archive page:
    the thread's headline is the line that says so at the top."""
    text = "\n".join(
        [
            "某某論壇", "» 育兒寶典", "孩子上幼兒園天天哭，家長該怎麼辦？", "小葡萄媽媽",
            "女兒三歲兩個月，9月1日開學到現在，每天早上在幼兒園門口哭", "抱著我的腿不放，老師要兩個人才拉得開",
            "園長媽媽", "分離焦慮很正常，一般兩到四週會明顯好轉", "頁: [1]", "查看完整版本: 孩子上幼兒園天天哭，家長該怎麼辦？",
        ]
    )  # fmt: skip
    for page in both_scripts(text):
        assert simple(title_of(page) or "") == "孩子上幼儿园天天哭，家长该怎么办？"
    for found in chrome_of(text.split("\n")):
        assert "查看完整版本: 孩子上幼儿园天天哭，家长该怎么办？" in found, found


def test_an_entrys_name_over_its_box_and_its_lead() -> None:
    """``沈某某`` / a notice / ``沈某某`` / the infobox's rows / ``沈某某（1952年4月17日—…）``: the
    entry's name is the headline, the infobox between it and the lead."""
    text = "\n".join(
        [
            "某某百科 · 自由的知識庫", "跳到導航　跳到搜索", "沈某某", "沈某某",
            "出生　1952年4月17日", "中國浙江省吳興縣", "逝世　2019年11月3日（67歲）", "中國江蘇省南京市",
            "國籍　中華人民共和國", "職業　水文學家", "",
            "沈某某（1952年4月17日—2019年11月3日），浙江湖州人，中國水文學家、水資源工程專家。",
        ]
    )  # fmt: skip
    for page in both_scripts(text):
        assert simple(title_of(page) or "") == "沈某某"


def test_a_writers_line_under_a_follower_count() -> None:
    """``Written by 某某 / 132 Followers / 寫字的人，住在台中，偶爾畫畫。``: the writer's card."""
    lines = [_STORY, _MORE, "家庭", "--", "Follow", "Written by 林某某", "132 Followers", "寫字的人，住在台中，偶爾畫畫。", "Responses (2)"]
    for found in chrome_of(lines):
        assert "写字的人，住在台中，偶尔画画。" in found, found


def test_a_floors_last_line_over_its_foot_and_under_its_stamp() -> None:
    """``…睡了睡了 / 明天考完回來報平安 / 來自Android客戶端 5樓 …``, and ``原PO / stamp / 謝謝大家 🙏
    決定先撐到…`` over the floor's buttons: the floor's own words, not a name or a signature."""
    tieba = [
        "高考前夜打卡", "學渣小王", "Lv.7 二中學霸預備役", "謝謝大家，准考證已經放好了，睡了睡了", "明天考完回來報平安",
        "來自Android客戶端 5樓 2020-07-06 22:52", "回覆", "相關推薦",
    ]  # fmt: skip
    for found in chrome_of(tieba):
        assert "明天考完回来报平安" not in found, found
    dcard = ["B8", "原PO", "2023年11月8日 18:02", "謝謝大家 🙏 決定先撐到1/31領完再說，新公司那邊我下週一會打電話問", "回覆", "讚 19"]
    for found in chrome_of(dcard):
        assert not [x for x in found if x.startswith("谢谢大家")], found


def test_early_april_then_a_cantonese_verb() -> None:
    """``4月初中咗`` ("caught it early in April"): 中咗 is a verb, so 初 is the month's; ``3月初中畢業``
    is junior high, and the month alone."""
    assert ("4月初", "2022-04-01", "2022-04-10") in agreed_spans(["2022-04-15", "抱抱你，我都係4月初中咗，而家仲係好攰。"])
    assert ("3月初", "2022-03-01", "2022-03-10") not in agreed_spans(["2022-04-15", "他3月初中畢業，之後去了台北。"])


def test_a_posters_name_over_its_card_row() -> None:
    """``追劇老鬼 / UID 88214 帖子 4,512 …``, ``moonriver77 / Lv.2 · 文章 34 · 加入 2019-08-08`` and
    ``江城小吃貨 / 主題 12 帖子 233 積分 380``: the floor's poster, over the forum's card."""
    lines = [
        "[港劇] 新劇首播前預告 大家會追嗎？", "追劇老鬼", "UID 88214 帖子 4,512 精華 3 積分 6,870 註冊 2008-3-15",
        "發表於 2019-9-18 21:07 | 只看該作者", "樓主", "上星期日翡翠台播咗段宣傳片，見到男主角係佢都幾驚喜",
        "moonriver77", "Lv.2 · 文章 34 · 加入 2019-08-08", "2021-06-12 11:48", "#3", "好詳細！我家也在考慮，原本想下個月開工，",
        "江城小吃貨", "主題 12 帖子 233 積分 380", "發表於 2025-9-24 21:42 | 只看該作者", "不過國慶那天晚上別去江邊，封路",
    ]  # fmt: skip
    for found in chrome_of(lines):
        assert {"追剧老鬼", "moonriver77", "江城小吃货"} <= found, found


def test_a_forums_motto_with_residue_glued_after_it() -> None:
    """``某某 提供最新港劇、綜藝及生活資訊交流。3 m& z0 H; a``: a Discuz motto, the anti-scrape
    residue glued after its full stop; ``今天好開心。3 in 1 ok la`` is a reply's."""
    for line in both_scripts("光影箱 提供最新港劇、綜藝、電影及生活資訊交流。3 m& z0 H; a"):
        assert classify(line) is Kind.CHROME, line
    assert classify("今天好開心。3 in 1 ok la") is not Kind.CHROME


def test_a_blogs_head_over_its_dated_headline() -> None:
    """``痞客邦 / 首頁 | 美食 / 部落格名 / 標語 / 文章分類：烘焙點心(58)　家常料理(112) / 2021 年 9 月 16 日（四）
    / 標題``: the blog's name, its tagline and its categories are the head; the headline is under
    the day."""
    text = "\n".join(
        [
            "痞客邦 PIXNET", "首頁 | 美食 | 旅遊 | 親子 | 3C | 登入", "小鹿的廚房手帳", "日常料理、烘焙筆記與家的味道",
            "文章分類：烘焙點心(58)　家常料理(112)　節慶料理(24)　食材開箱(31)", "", "2021 年 9 月 16 日（四）",
            "免烤箱蛋黃酥＆家庭烤肉醬，一次搞定兩樣", "", "距離中秋節只剩下五天，大家月餅都買好了嗎？",
            "疫情還是不太敢出門，上週日乾脆把家裡兩個小朋友抓來一起做蛋黃酥，結果意外好玩，前天又做了第二批送給鄰居。",
        ]
    )  # fmt: skip
    for page in both_scripts(text):
        assert simple(title_of(page) or "") == "免烤箱蛋黄酥＆家庭烤肉酱，一次搞定两样"


def test_labels_over_a_videos_description_and_a_live_pages_updates() -> None:
    """``簡介`` over a video's description and ``最新進度`` over a live page's updates: labels."""
    for text in ("簡介", "最新進度"):
        for line in both_scripts(text):
            assert classify(line) is Kind.CHROME, line


def test_a_shops_post_sets_out_its_own_contacts() -> None:
    """``📞 WhatsApp：6123 4567`` and ``📧 booking@某某.com`` between a shop's lines: the post's own;
    ``✉️ 合作邀約：…`` is a writer's business line."""
    for text in ("📞 WhatsApp：6123 4567", "📧 booking@happyhome-demo.com"):
        for line in both_scripts(text):
            assert classify(line) is not Kind.CHROME, line
    assert classify("✉️ 合作邀約：demo.work@gmail.com") is Kind.CHROME


# ---- guards: a review's counter-examples to this session's rules -----------------------------


def test_guard_story_lines_that_look_like_the_new_furniture() -> None:
    """A story about the "最終解釋權" clause, a library's notice under its date, an event's dates
    under their label, a photographer's licence in a sentence, a trip's costs under » bullets,
    a headline naming two apps' counts: the story's, not the page's."""
    story = [
        "“最終解釋權歸商家所有”？消委會：霸王條款無效",
        "“本活動最終解釋權歸本店所有”，這句話幾乎出現在每一張促銷海報上。",
        "老周說，他的照片一直採用知識共享署名-非商業性使用協議發布，別人可以轉載，但不能商用。",
        "加演日期如下：",
        "22/12（五）　23/12（六）　24/12（日）",
        "» 機票：往返1260元",
        "» 住宿：兩晚600元",
    ]
    for found in chrome_of(story):
        for kept in ("“本活动最终解释权归本店所有”，这句话几乎出现在每一张促销海报上。", "22/12（五）　23/12（六）　24/12（日）", "» 机票：往返1260元"):
            assert kept not in found, (kept, found)
        assert not [x for x in found if x.startswith("老周说")], found
    notice = ["首頁 > 本館公告", "春節期間開放時間調整", "2024-02-01", "【溫馨提示】春節期間，本館於2月9日至2月17日閉館，2月18日起恢復正常開放。", "分享到：微信 微博 QQ空間"]
    assert ("2月9日至2月17日", "2024-02-09", "2024-02-17") in agreed_spans(notice)
    for text in ("微博閱讀量破10億 抖音播放量超5億", "你好2024 你好龍年 你好新生活"):
        for page in both_scripts(text + "\n" + _STORY):
            assert title_of(page) is not None, page


def test_guard_days_the_new_date_rules_must_leave() -> None:
    """``展期至正月十五止，共吸引…`` told after the event keeps the nearest; ``自…起施行的條例，於6月28日
    通過`` and ``早在6月`` stay before the start; ``春節果蔬``, ``五一果園`` are the days; ``最期待中秋那晚`` is
    the coming one."""
    assert ("正月十五", "2024-02-24", "2024-02-24") in agreed_spans(
        ["2024-03-01", "本屆燈會自除夕起開放，展期至正月十五止，共吸引市民遊客逾30萬人次。"]
    )
    assert ("6月28日", "2023-06-28", "2023-06-28") in agreed_spans(
        ["2024-09-01", "自2023年9月1日起施行的《條例》，於6月28日經市人大常委會審議通過。"]
    )
    assert ("6月", "2023-06-01", "2023-06-30") in agreed_spans(
        ["2024-08-01", "自2023年10月1日起，新規正式實施，這項規定早在6月已經公布。"]
    )
    spans = agreed_spans(["2024-02-01", "全市春節果蔬供應充足，五一果園採摘遊也已開放預約。"])
    assert {"春节", "五一"} <= {s[0] for s in spans}, spans
    assert ("中秋", "2024-09-17", "2024-09-17") in agreed_spans(["2024-09-12", "最期待中秋那晚和家人一起去看彩燈會！"])


def test_guard_posts_and_handles_the_new_rules_must_leave() -> None:
    """A video post's text under ``粉絲 3.2萬``, ``🎂 @某某`` to a friend, subheads naming apps between
    pictures, and names ending in words (``@老周雕刻的``): the post's, whole."""
    video = ["抖音", "首頁 推薦 關注 朋友 我的", "張小北的日常", "粉絲 3.2萬", "考了四次終於拿到駕照了！科目二掛了三回😭 #駕照 #科目二", "1203 讚", "86 評論"]
    for found in chrome_of(video):
        assert not [x for x in found if x.startswith("考了四次")], found
    for found in handles_of(["生日快樂", "今天是好朋友的生日，祝你天天開心！", "🎂 @林小夏_Summer"]):
        assert "林小夏_Summer" in found, found
    subheads = [
        "首頁 > 科技 > 互聯網", "盤點：這些國產App正在悄悄改變你的生活", "2024-03-05 10:21 來源：新京報",
        "打開手機，你每天要用多少個App？記者梳理發現，幾款國產應用的新功能正在改變人們的出行習慣。",
        "圖為高德地圖界面截圖（圖片來源：網絡）", "高德地圖App讓紅綠燈不再難等", "（資料圖）",
        "今年2月，高德地圖上線了紅綠燈倒計時功能，覆蓋全國三百多個城市，不少司機表示開車更從容了。",
        "責任編輯：王麗",
    ]  # fmt: skip
    for found in chrome_of(subheads):
        assert "高德地图App让红绿灯不再难等" not in found, found
    assert name_length("老周雕刻的") == len("老周雕刻的")


def test_comments_under_dcards_sort_tabs_a_prompt_and_hupus_like_counts() -> None:
    """The comments are read, not taken as a list of other stories: under Dcard's ``熱門 / 新至舊``,
    under a column's ``留言分享你的想法！``, and between 虎撲's ``亮了(412) / 回复`` rows."""
    dcard = [
        "Dcard", "寵物", "從收容所帶回一隻老狗", _STORY, _MORE, "分享", "共 88 則留言", "熱門", "新至舊",
        "B1", "國立臺灣大學", "好感動😭 我家老狗吃處方飼料三年了，醫生說最好不要混，會影響效果", "11月3日 22:40",
        "B2", "匿名", "原PO好棒！我前年也從收容所帶回一隻米克斯，今年3月走了，但那一年多是我最珍惜的時間", "11月4日 01:12",
    ]  # fmt: skip
    for found in chrome_of(dcard):
        assert not [x for x in found if x.startswith(("好感动", "原PO好棒"))], found
    column = [
        "考完N2的心得", _STORY, _MORE, "你可能也想看", "考完N3的心得分享｜2024/07/30", "上班族如何擠出讀書時間？｜2023/11/02",
        "留言分享你的想法！", "阿杰", "恭喜！我也是12月考的，但成績還沒查😂", "小米粥", "請問讀書會還收人嗎？",
    ]  # fmt: skip
    for found in chrome_of(column):
        assert "恭喜！我也是12月考的，但成绩还没查😂" not in found, found
    hupu = [
        "年会定在跨年夜怎么办", _STORY, _MORE, "收藏", "推荐", "分享", "这些回帖亮了", "没有感情的投篮机器",
        "年会放在12月31日，就是不想给你们放元旦前的半天假，懂的都懂", "亮了(412)", "回复", "湖人总冠军2020",
        "建议集体朗诵，程序员念代码，效果拉满，我去年就这么干的", "亮了(287)", "回复", "全部回帖",
    ]  # fmt: skip
    for found in chrome_of(hupu):
        assert "建议集体朗诵，程序员念代码，效果拉满，我去年就这么干的" not in found, found
