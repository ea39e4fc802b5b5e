"""Shapes the forty-seventh session's read sets showed: a magazine's foot, a Taiwan paper's
bracketed year with a part of its month, a radio story's English quote and a feast the calendar
does not know, a flash's kicker, a Xanga diary, an old Taiwan blog and a Hong Kong one, a review
site's card and notes, a comment plugin, a car owner's spec card, a library site's buttons, a
self-media page's summary, a doctor's card and a recipe's foot, and the dates such pages hold.
The texts are written for these tests in the shapes such pages have, each read in both
scripts; the guards are the shapes next to them that must stay as they were."""

from __future__ import annotations

from datetime import date

from tests.article_probes import (
    agreed_spans,
    agreed_surfaces,
    in_every_body,
    in_every_chrome,
    in_no_chrome,
    page_dates,
    simple,
    title_of,
)
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article


def _spans(text: str) -> list[tuple[str, str, str]]:
    """The page's events as written (surface, first day, last day), in its own script."""
    return [(e.text.original, e.start.isoformat(), e.end.isoformat()) for e in build_article(text).timeline]


# ---- news pages ----------------------------------------------------------------------------


def test_a_company_s_latin_name_under_the_rights_line_is_chrome() -> None:
    """``鏡週刊 版權所有 / Mirror Media Group``: the company behind the rights line, its foot."""
    page = [
        "鏡週刊 Mirror Media",
        "【鏡相人間】戲院不會老",
        "嘉義朴子市區的新榮戲院，1968年開幕時是全鎮最氣派的建築，姊弟倆去年接手。",
        "更多內容，歡迎訂閱鏡週刊",
        "鏡週刊 版權所有",
        "Mirror Media Group",
        "服務條款",
    ]
    assert in_every_chrome(page, "Mirror Media Group")


def test_a_counter_s_label_alone_is_chrome_a_sentence_about_it_is_not() -> None:
    """``人氣`` alone under the stamp is the counter's label, its figure filled in by a script;
    ``人氣很旺，排隊的人繞了一圈。`` is the story's."""
    page = [
        "長照共餐據點喊缺錢　霧峰3社區暫停供餐",
        "黃品蓁",
        "2024-11-18 17:30",
        "人氣",
        "霧峰區吉峰社區的共餐據點暫停供餐後，長輩只能在活動中心外等候領便當。",
        "人氣很旺，排隊的人繞了一圈。",
    ]
    assert in_every_chrome(page, "人氣")
    assert in_every_body(page, "人氣很旺，排隊的人繞了一圈。")


def test_an_english_date_keeps_its_weekday() -> None:
    """``Sunday, June 16, 2024`` in an English quote: one day, its weekday said with it."""
    page = [
        "宰牲節週日登場　北車大廳開放移工聚會",
        "2024-06-12 15:20",
        "Rudi Hartono受訪時說：“We will gather on Sunday, June 16, 2024, and share food with friends.”",
    ]
    assert ("Sunday, June 16, 2024", "2024-06-16", "2024-06-16") in agreed_spans(page)


def test_a_feast_the_calendar_does_not_know_is_one_event_with_its_bracketed_day() -> None:
    """``宰牲節（下週一）``, ``開齋節（4月10日）``: the feast and the day its bracket gives, one
    expression as ``中秋節（10月6日）`` is; a part (``環節``) or a class period (``第三節``) is no
    feast, and only the bracket's day is dated."""
    page = [
        "勞動局：宰牲節仍是上班日",
        "2024-06-12 15:20",
        "勞動局提醒，宰牲節（下週一）在台灣仍是一般上班日，穆斯林的開齋節（4月10日）也是。",
        "這個環節（6月20日）很重要，課程第三節（6月21日）改到下午。",
    ]
    spans = agreed_spans(page)
    assert ("宰牲节（下周一）", "2024-06-17", "2024-06-17") in spans
    assert ("开斋节（4月10日）", "2024-04-10", "2024-04-10") in spans
    assert ("6月20日", "2024-06-20", "2024-06-20") in spans
    assert ("6月21日", "2024-06-21", "2024-06-21") in spans


def test_a_bracketed_minguo_year_takes_a_part_of_its_month() -> None:
    """``今（113）年4月初``: the first ten days of April 2024; ``112年全年`` is all of 2023
    whatever stands before it; ``已有112年的歷史`` counts years."""
    page = [
        "芒果產季提早結束",
        "2024-08-05 10:00",
        "屏東枋山的愛文芒果今（113）年4月初就陸續採收，外銷量預估只有112年全年的七成。",
        "當地的老果園已有112年的歷史。",
    ]
    spans = _spans("\n".join(page))  # (a bare Minguo year is read in Taiwan's script only)
    assert ("今（113）年4月初", "2024-04-01", "2024-04-10") in spans
    assert ("112年", "2023-01-01", "2023-12-31") in spans
    assert len([s for s in spans if s[0] == "112年"]) == 1


def test_a_newsroom_s_appeal_is_chrome() -> None:
    """``支持上下游新聞 / 你的支持，讓我們繼續追蹤土地與食物的真實``: the appeal under the story."""
    page = [
        "芒果產季提早結束",
        "2024-08-05 10:00",
        "屏東枋山的愛文芒果今年4月初就陸續採收，一場颱風讓產季提早畫下句點。",
        "支持上下游新聞",
        "你的支持，讓我們繼續追蹤土地與食物的真實",
        "贊助上下游",
    ]
    assert in_every_chrome(page, "支持上下游新聞", "你的支持，讓我們繼續追蹤土地與食物的真實")


def test_bare_weekdays_before_a_bracket_that_dates_them_are_one_event() -> None:
    """``周三至周五（年初一至初三）``: the bracket says which week's days, and they agree; ``適逢周六
    （31日）`` too.  ``逢星期六（2月7日至28日）`` is every Saturday of the range, which stays the
    range's."""
    page = [
        "年廿九半日市前交投淡靜",
        "2025年1月24日 星期五",
        "港交所早前公布，周三至周五（年初一至初三）休市，2月3日（年初六）恢復正常交易。",
        "今年端午節適逢周六（31日），龍舟競渡將於當日復辦。",
        "日期：逢星期六（2月7日至28日）上午11時至11時45分",
    ]
    spans = agreed_spans(page)
    assert ("周三至周五（年初一至初三）", "2025-01-29", "2025-01-31") in spans
    assert ("周六（31日）", "2025-05-31", "2025-05-31") in spans
    assert ("2月7日至28日", "2025-02-07", "2025-02-28") in spans


def test_what_makes_the_year_count_is_a_custom_not_a_day() -> None:
    """``年初二一定嚟食碗湯圓先至算過咗年``: what must be done on the day, every year, for the year
    to count; ``今年年初二一定要回娘家`` is this year's day."""
    custom = ["糖水舖結業", "2024-03-31 12:00", "陳伯話，「年初二一定嚟食碗湯圓先至算過咗年」。"]
    planned = ["回娘家", "2024-01-31 12:00", "今年年初二一定要回娘家。"]
    assert not agreed_surfaces(custom)
    assert simple("今年年初二") in agreed_surfaces(planned)


def test_every_year_so_frames_the_days_after_it() -> None:
    """``每年都係咁，年廿八洗邋遢…``: what happens every year, no day of this one."""
    page = ["點解我屋企永遠要我一個人做？", "2024-02-05 12:00", "每年都係咁，年廿八洗邋遢，老公同兩個仔就話要返工返學。"]
    assert not agreed_surfaces(page)


def test_a_flash_s_kicker_said_again_in_its_lead_is_chrome() -> None:
    """``每经AI快讯 / 每经AI快讯，9月20日，…``: the label over a flash, said again in its lead;
    the lead stays.  ``每经头条（nbdtoutiao）——``: the outlet's account, pointing at its QR code."""
    page = [
        "每经网",
        "首页 > 快讯 > 正文",
        "2024-09-20 14:32:10",
        "每经AI快讯",
        "每经AI快讯，9月20日，交通运输部发布数据显示，中秋节假期全社会跨区域人员流动量累计达6.5亿人次。",
        "每经头条（nbdtoutiao）——",
        "免责声明：本文内容与数据仅供参考，不构成投资建议。",
    ]
    assert in_every_chrome(page, "每经AI快讯", "每经头条（nbdtoutiao）——")
    assert in_no_chrome(page, "每经AI快讯，9月20日，交通运输部发布数据显示，中秋节假期全社会跨区域人员流动量累计达6.5亿人次。")


# ---- posts and blogs -------------------------------------------------------------------------


XANGA = [
    "xanga",
    "Home | Sign In | Sign Up | Help",
    "Xanga - sweetpotato_kit",
    "sweetpotato_kit",
    "Name: kit",
    "Country: Hong Kong",
    "Birthday: 9/8",
    "Sunday, March 13, 2005",
    "今日(13號)終於考完 mock!!!!! 好似成個人輕咗十磅咁 =]",
    "琴日同阿Ling佢地去咗旺角食糖水，楊枝甘露 + 芒果班戟，食到反肚 haha",
    "不過 happy 唔到幾耐......",
    "聽日又要返學 >.< 瞓覺先，good night~",
    "11:42 PM - 3 Comments - 2 eProps - Add Comments",
    "haha 琴日d 楊枝甘露好好食!! 下次再去~~",
    "Posted 3/13/2005 at 11:58 PM by jojo_ling - reply",
    "Add a Comment",
    "Subscriptions",
    "jojo_ling",
    "Archives",
    "March 2005",
    "February 2005",
    "Get Involved!",
]


def test_a_xanga_diary_s_furniture_is_chrome_and_its_talk_is_not() -> None:
    """Xanga's profile fields, a post's foot, a comment's stamp, the sidebar's heads and its
    archive of months are the host's; a line with ``>.<`` in it is talk, not a trail of
    sections."""
    assert in_every_chrome(
        XANGA,
        "Name: kit",
        "Country: Hong Kong",
        "Birthday: 9/8",
        "11:42 PM - 3 Comments - 2 eProps - Add Comments",
        "Posted 3/13/2005 at 11:58 PM by jojo_ling - reply",
        "Subscriptions",
        "Archives",
        "March 2005",
        "February 2005",
        "Get Involved!",
    )
    assert in_every_body(XANGA, "聽日又要返學 >.< 瞓覺先，good night~")


def test_a_diary_s_talk_is_no_headline_and_its_days_are_dated() -> None:
    """``今日(13號)終於考完 mock!!!!! …=]``: marks run on and a typed face, a diary's first line;
    the page has no headline, and its 今日 and 聽日 are the post's days."""
    text = "\n".join(XANGA)
    assert title_of(text) is None
    assert {("今日(13号)", "2005-03-13", "2005-03-13"), ("听日", "2005-03-14", "2005-03-14")} <= set(
        agreed_spans(XANGA)
    )
    assert not any(s[0] in ("March 2005", "February 2005") for s in agreed_spans(XANGA))


def test_a_month_alone_in_the_story_is_no_archive() -> None:
    """One month alone on its line, in the story, is the story's heading, not an archive (the
    archive is two months or more in a row)."""
    page = ["My trip", "2005-04-02 10:00", "March 2005", "那個月我們去了京都，天氣很好，櫻花剛開。"]
    assert in_no_chrome(page, "March 2005")


def test_the_last_day_of_a_year() -> None:
    """``2007年最後一天``: New Year's Eve, a day; ``今年最後一天`` too, the page's year's.  (A Taiwan
    blog's ``96年1月`` on a page of 2007 stays 1996: two figures alone do not say Minguo, and
    ``97年7月泰銖崩盤`` on a page of 2008 is 1997.)"""
    page = [
        "2007-12-31 (一) 22:13",
        "今年最後一天 & 跨年前的碎碎念",
        "今天是2007年最後一天耶~~~",
        "今年最後一天要去101跨年。",
        "亞洲金融風暴那年，97年7月泰銖崩盤。",
    ]
    events = set(_spans("\n".join(page)))
    assert ("2007年最後一天", "2007-12-31", "2007-12-31") in events
    assert ("今年最後一天", "2007-12-31", "2007-12-31") in events
    assert ("97年7月", "1997-07-01", "1997-07-31") in events


def test_a_comment_form_and_a_picture_s_place_are_chrome() -> None:
    """An old blog's comment form (``暱稱：``, ``內容：``, ``電郵（不會公開）``, ``送出``) and the
    place of a picture in its post (``(圖) 奶茶杯跟我的新圍巾``)."""
    page = [
        "今年最後一天",
        "2007-12-31 22:13",
        "早上還在趕期末報告，下午跟阿凱去信義區看人潮，晚上要去101跨年。",
        "(圖) 奶茶杯跟我的新圍巾",
        "發表回應",
        "暱稱：",
        "內容：",
        "電郵（不會公開）",
        "送出",
    ]
    assert in_every_chrome(page, "(圖) 奶茶杯跟我的新圍巾", "內容：", "電郵（不會公開）", "送出")


def test_an_old_blog_host_s_stamps_date_the_page_and_are_chrome() -> None:
    """``kaichuen | 14th Feb 2010 | 飲飲食食``: the post's day with its ordinal; ``by 小雪 @ 14th
    Feb 2010 22:05``: a comment's stamp, chrome."""
    page = [
        "情人節撞正年初一",
        "kaichuen | 14th Feb 2010 | 飲飲食食 | (486 Reads)",
        "今日（年初一）啱啱好係2月14號，朝早起身諗咗好耐。",
        "恭喜發財！盆菜睇落好正。",
        "by 小雪 @ 14th Feb 2010 22:05",
    ]
    assert page_dates(page) == [date(2010, 2, 14)] * len(page_dates(page))
    assert in_every_chrome(page, "by 小雪 @ 14th Feb 2010 22:05")


def test_a_day_called_another_feast_in_quotes_is_no_feast() -> None:
    """``元宵節（2月28號）又係另一個「情人節」``: the lantern festival likened to Valentine's day;
    ``今年情人節`` stays."""
    page = [
        "情人節撞正年初一",
        "2010-02-14 12:00",
        "元宵節（2月28號）又係另一個「情人節」，到時再諗整咩甜品啦。",
        "今年情人節撞正年初一。",
    ]
    surfaces = agreed_surfaces(page)
    assert simple("元宵節（2月28號）") in surfaces
    assert simple("今年情人節") in surfaces
    assert simple("情人節") not in surfaces


def test_a_board_s_edit_note_with_its_day_in_words_is_chrome() -> None:
    """``本帖最後由 雞蛋仔媽咪 於 昨天 23:45 編輯``: the board's note, its day in words."""
    page = [
        "[家居] 年廿八洗邋遢",
        "發表於 2024-2-5 23:41",
        "多謝各位意見！琴晚終於開咗家庭會議。",
        "本帖最後由 雞蛋仔媽咪 於 昨天 23:45 編輯",
        "回覆 引用 舉報 TOP",
    ]
    assert in_every_chrome(page, "本帖最後由 雞蛋仔媽咪 於 昨天 23:45 編輯")


def test_a_comment_plugin_s_names_and_sort_toggle_are_chrome() -> None:
    """``王小芸 / 我去年…😂 / 讚 · 回覆 · 2 天``: the plugin's name over the reader's comment,
    the comment stays; ``排序依據　最舊`` is its toggle."""
    page = [
        "在荷蘭過國王節",
        "2024-05-02",
        "每年4月27日是荷蘭的國王節，全國幾乎都會變成一片橘色。",
        "2 則留言",
        "排序依據　最舊",
        "王小芸",
        "我去年在烏特勒支也第一次擺攤，結果賣掉的只有一個腳踏車打氣筒😂",
        "讚 · 回覆 · 2 天",
        "Bram Chen",
        "Oranje boven！明年我也要去鹿特丹找你喝茶！",
        "讚 · 回覆 · 1 天",
    ]
    assert in_every_chrome(page, "排序依據　最舊", "王小芸", "Bram Chen")
    assert in_every_body(page, "我去年在烏特勒支也第一次擺攤，結果賣掉的只有一個腳踏車打氣筒😂")


def test_a_review_s_card_of_the_visit_and_its_notes_are_chrome() -> None:
    """``消費時間：2015年11月｜平均消費：NT$150／人``: the review card's fields, their month no
    event; ``本篇食記為作者親自消費，內容僅代表個人意見。`` and ``附近的其他食記`` are the site's;
    the visit's story stays."""
    page = [
        "【台南】阿全牛肉湯｜清晨五點的溫體牛",
        "2015-11-22 發表｜人氣 2,481",
        "消費時間：2015年11月｜平均消費：NT$150／人",
        "這次趁11/14（六）回台南參加表哥的婚禮，特地衝了一趟阿全牛肉湯。",
        "本篇食記為作者親自消費，內容僅代表個人意見。",
        "附近的其他食記",
        "【台南】榮記虱目魚粥｜老台南人的早餐　2015-10-31",
    ]
    assert in_every_chrome(
        page, "消費時間：2015年11月｜平均消費：NT$150／人", "本篇食記為作者親自消費，內容僅代表個人意見。", "附近的其他食記"
    )
    assert in_every_body(page, "這次趁11/14（六）回台南參加表哥的婚禮，特地衝了一趟阿全牛肉湯。")
    assert simple("2015年11月") not in agreed_surfaces(page)


def test_a_comment_s_head_of_name_and_day_is_chrome() -> None:
    """``白桦林　10-08``: a comment's writer and its day without a year, over the comment."""
    page = [
        "自驾北疆八日",
        "2023-10-07 20:00",
        "今年中秋节（9月29日）正好是长假的第一天，我们从乌鲁木齐出发。",
        "评论 36",
        "白桦林　10-08",
        "拍得真美！老李，明年带上我们！",
    ]
    assert in_every_chrome(page, "白桦林　10-08")
    assert in_every_body(page, "拍得真美！老李，明年带上我们！")


def test_a_library_site_s_buttons_and_list_are_chrome_and_its_year_keeps_its_era() -> None:
    """360doc's ``转藏`` and ``类似文章 更多`` over its list; ``公元1863年`` is one expression."""
    page = [
        "老谱续修记",
        "2022-04-12 08:00",
        "转藏",
        "族叔从樟木箱里翻出一部老谱，封面题着“同治二年重修”，算起来是公元1863年的东西。",
        "类似文章 更多",
        "家谱续修的十个注意事项",
        "老谱修复：虫蛀水渍怎么办",
    ]
    assert in_every_chrome(page, "转藏", "类似文章 更多", "家谱续修的十个注意事项")
    assert simple("公元1863年") in agreed_surfaces(page)


def test_a_spec_card_is_no_headline() -> None:
    """A car owner's card (``购买车型　2023款…`` / ``行驶里程　3200公里`` / …) and the badge
    ``认证车主`` over it are no headline; a headline with a wide space in it stays one."""
    card = [
        "汽车之家",
        "首页 > 比亚迪 > 宋PLUS新能源 > 口碑 > 口碑详情",
        "蜀道难开车手",
        "认证车主",
        "2024-03-22 发表",
        "购买车型　2023款 DM-i 冠军版 110KM 旗舰型",
        "行驶里程　3200公里",
        "百公里油耗　4.8L/100km",
        "裸车购买价　15.28万",
        "购买时间　2023年12月",
        "最满意",
        "去年12月16号在成都提的车，到现在开了三个多月，最满意的是油耗。",
    ]
    assert all(title_of(text) is None for text in both_scripts("\n".join(card)))
    headline = ["台南美食　阿全牛肉湯清晨開賣", "2015-11-22 10:00", "這次趁回台南參加婚禮，特地衝了一趟阿全牛肉湯。"]
    assert title_of("\n".join(headline)) == "台南美食　阿全牛肉湯清晨開賣"


def test_a_site_s_summary_block_is_chrome_and_the_story_after_it_is_not() -> None:
    """``文章摘要`` over its gist and its bulleted points (the site's), the story right under it
    (the writer's); ``…，都在 虎嗅APP`` is the app's slogan."""
    page = [
        "县城咖啡，开一家关一家",
        "2024-09-02 07:31",
        "文章摘要",
        "县城咖啡店扩张迅速，但存活率低，价格战和客流不足是主因。",
        "• ☕ 连锁品牌加速下沉，县城门店数量猛增",
        "• 📉 单店客流有限，价格战压缩利润",
        "根据某连锁咖啡品牌披露的数据，2023年第三季度，它在三线及以下城市新开门店超过1200家。",
        "正在改变与想要改变世界的人，都在 虎嗅APP",
    ]
    assert in_every_chrome(
        page,
        "文章摘要",
        "县城咖啡店扩张迅速，但存活率低，价格战和客流不足是主因。",
        "• ☕ 连锁品牌加速下沉，县城门店数量猛增",
        "正在改变与想要改变世界的人，都在 虎嗅APP",
    )
    assert in_every_body(page, "根据某连锁咖啡品牌披露的数据，2023年第三季度，它在三线及以下城市新开门店超过1200家。")


def test_a_day_with_its_weekday_glued_after_hao_is_one_event() -> None:
    """``11月25号周六``: the day and its weekday, one expression, no second event for 周六."""
    page = ["支原体肺炎问答", "2023-11-20 09:00", "写得很清楚，转给家里老人看了。请问11月25号周六您有没有加号？"]
    spans = agreed_spans(page)
    assert ("11月25号周六", "2023-11-25", "2023-11-25") in spans
    assert len(spans) == 1


def test_a_doctor_s_card_a_health_note_and_a_recipe_s_foot_are_chrome() -> None:
    """A doctor's card over the article (name and rank, hospital and department, ``擅长：``), the
    site's health note, a comment box's prompt, a circle's card heading, a recipe's age and the
    cook's other recipes; the headline under the card stays the headline."""
    page = [
        "好大夫在线",
        "刘怀安 主任医师",
        "江城市儿童医院 呼吸内科",
        "擅长：儿童哮喘、慢性咳嗽、肺炎支原体感染",
        "孩子反复发烧，是不是支原体肺炎？家长最关心的6个问题",
        "2023-11-20",
        "最近门诊里反复发烧的孩子很多，家长最常问的就是这6个问题。",
        "本文仅供健康科普使用，不能做为诊断、治疗的依据，请谨慎参阅",
        "写下你的评论……",
        "星球简介",
        "菜谱创建时间：2年前",
        "阿秀的灶台的其他菜谱",
        "外婆的红糖发糕",
        "一碗暖胃的桂圆红枣茶",
    ]
    assert in_every_chrome(
        page,
        "刘怀安 主任医师",
        "江城市儿童医院 呼吸内科",
        "擅长：儿童哮喘、慢性咳嗽、肺炎支原体感染",
        "本文仅供健康科普使用，不能做为诊断、治疗的依据，请谨慎参阅",
        "写下你的评论……",
        "星球简介",
        "菜谱创建时间：2年前",
        "阿秀的灶台的其他菜谱",
        "外婆的红糖发糕",
    )
    assert title_of("\n".join(page)) == "孩子反复发烧，是不是支原体肺炎？家长最关心的6个问题"


# ---- forum threads and records ---------------------------------------------------------------


def test_an_invision_board_s_furniture_is_chrome_and_its_card_s_days_no_events() -> None:
    """An Invision or MyBB thread: the guest's greeting, the thread's mode, each poster's card of
    counts (its sign-up month no event), a post's stamp alone (``今天, 08:12 AM``), the edit
    note and who is reading; the posts stay."""
    page = [
        "香港模型同好會",
        "歡迎，訪客！ 登入 註冊",
        "主題模式",
        "【求教】舊化做完啲泥點太假，點救？",
        "老鬼阿坤",
        "資深會員",
        "文章: 1,203　主題: 88　加入日期: 2016年10月　聲望: 27",
        "#1",
        "昨天, 11:05 PM",
        "上個禮拜六開始幫隻虎式做泥濘效果，乾咗之後成塊好似朱古力醬咁。",
        "這篇文章最後修改於: 昨天, 11:20 PM，修改者 老鬼阿坤。",
        "hkscalepaint",
        "版主",
        "文章: 4,876　主題: 301　加入日期: 2011年3月　聲望: 152",
        "#2",
        "今天, 08:12 AM",
        "唔好一次過上晒，用松節油開薄啲，分三層上。",
        "正在瀏覽此主題的使用者: 1 位訪客",
    ]
    assert in_every_chrome(
        page,
        "歡迎，訪客！ 登入 註冊",
        "主題模式",
        "文章: 1,203　主題: 88　加入日期: 2016年10月　聲望: 27",
        "昨天, 11:05 PM",
        "今天, 08:12 AM",
        "這篇文章最後修改於: 昨天, 11:20 PM，修改者 老鬼阿坤。",
        "正在瀏覽此主題的使用者: 1 位訪客",
    )
    assert in_every_body(page, "唔好一次過上晒，用松節油開薄啲，分三層上。")
    assert not any(s[0] in ("2016年10月", "2011年3月") for s in agreed_spans(page))
    assert title_of("\n".join(page)) == "【求教】舊化做完啲泥點太假，點救？"


def test_a_dvbbs_thread_s_head_and_cards_are_chrome_and_its_stamp_dates_the_page() -> None:
    """A Dvbbs thread: where the reader stands (``您现在的位置是：…``), its counts, the poster's
    rank and counts (their days no events), ``发贴心情``, the software's credit; the first post's
    ``Post By：2021/2/11 23:05:17`` dates the thread, and the subject under ``* 贴子主题：`` is the
    headline."""
    page = [
        "五月文学论坛 - Powered by Dvbbs",
        "您现在的位置是：五月文学论坛 → 『 小说原创 』 → 浏览主题：《北风里的渡口》连载三",
        "本主题共有 4 帖，分页：[1]",
        "您是本帖的第 1873 个阅读者",
        "* 贴子主题：《北风里的渡口》连载三",
        "青灯",
        "等级：版主",
        "文章：2104 积分：15890 门派：无门无派 注册：2009年4月3日",
        "楼主",
        "发贴心情 《北风里的渡口》连载三",
        "（作者按：今天是除夕，一边看春晚一边把第三章赶完。）",
        "渡口的船停了以后，镇上就只剩下风声。",
        "Post By：2021/2/11 23:05:17 [只看该作者]",
        "回复 引用 报告 顶端 编辑 删除",
        "北风",
        "等级：论坛游民",
        "文章：318 积分：1207 注册：2015年11月20日",
        "第 2 楼",
        "发贴心情 Re：《北风里的渡口》连载三",
        "沙发！@青灯 老师新年好，先追更再睡。",
        "Post By：2021/2/12 0:03:41 [只看该作者]",
        "回复 引用 报告 顶端",
        "小满",
        "等级：新手上路",
        "文章：45 积分：130 注册：2020年8月2日",
        "第 3 楼",
        "发贴心情 Re：《北风里的渡口》连载三",
        "老师初五前能更吗？2月底我就要回单位了，怕没时间看。",
        "Post By：2021/2/12 10:20:05 [只看该作者]",
        "回复 引用 报告 顶端",
        "Powered By Dvbbs Version 8.3.0  Processed in 0.094 second(s), 6 queries.",
    ]
    assert in_every_chrome(
        page,
        "您现在的位置是：五月文学论坛 → 『 小说原创 』 → 浏览主题：《北风里的渡口》连载三",
        "本主题共有 4 帖，分页：[1]",
        "您是本帖的第 1873 个阅读者",
        "等级：版主",
        "文章：2104 积分：15890 门派：无门无派 注册：2009年4月3日",
        "发贴心情 《北风里的渡口》连载三",
        "Powered By Dvbbs Version 8.3.0  Processed in 0.094 second(s), 6 queries.",
    )
    assert set(page_dates(page)) == {date(2021, 2, 11)}
    assert ("除夕", "2021-02-11", "2021-02-11") in agreed_spans(page)
    assert not any(s[0] == "2009年4月3日" for s in agreed_spans(page))
    assert title_of("\n".join(page)) == "《北风里的渡口》连载三"


def test_a_range_before_its_count_of_days_and_last_week_compared() -> None:
    """``4日到6日三天兩夜``: the range, its count of days after it; ``跟上週五…比起來``: 跟 compares
    with last week's Friday, where ``跟上週五的進度`` keeps up with this week's."""
    page = [
        "[心得] 嘉明湖三天兩夜 清明連假撤退記",
        "時間 Sun Apr  7 23:48:10 2024",
        "原本排的是4日到6日三天兩夜，結果只走到一半就撤了。",
        "跟上週五才剛走完全程的另一隊比起來，我們根本是來山屋住兩晚的。",
    ]
    spans = agreed_spans(page)
    assert ("4日到6日", "2024-04-04", "2024-04-06") in spans
    assert ("上周五", "2024-03-29", "2024-03-29") in spans


def test_a_card_s_payments_are_its_record_and_its_fields_no_headline() -> None:
    """An Octopus record's rows (``18:42　九巴 KMB 271 大埔墟站　-$9.6``), each its time, place and
    amount, stay the record's, whatever order their times run in, and so do the days over them; its
    balance row of two fields
    and a query page's buttons (``回上一頁　重新查詢　列印``) are no headline."""
    page = [
        "八達通 Octopus",
        "我的八達通 > 卡號 ****3378 > 交易紀錄",
        "卡內餘額：$173.6　自動增值：已啟用（$250）",
        "2025年1月27日（星期一）",
        "18:42　九巴 KMB 271 大埔墟站　-$9.6",
        "12:15　百佳 PARKnSHOP 大埔超級廣場　-$86.3",
        "08:06　港鐵 MTR 大埔墟 → 金鐘　-$26.4",
        "2025年1月26日（星期日）",
        "20:31　美心西餅 太和廣場　-$128.0",
    ]
    assert in_no_chrome(page, "18:42　九巴 KMB 271 大埔墟站　-$9.6", "12:15　百佳 PARKnSHOP 大埔超級廣場　-$86.3")
    assert in_no_chrome(page, "2025年1月27日（星期一）", "2025年1月26日（星期日）")  # (the days the payments are under)
    assert title_of("\n".join(page)) is None
    query = ["國營臺灣鐵路股份有限公司", "首頁 > 時刻查詢 > 車站時刻查詢結果", "回上一頁　重新查詢　列印", "出發站：1000-臺北　→　抵達站：6000-臺東", "自強(3000) 403（樹林 → 臺東）　06:05　10:02"]
    assert title_of("\n".join(query)) is None


# ---- the review's counter-examples ---------------------------------------------------------


def test_the_review_s_counter_examples_keep_their_headlines_and_lines() -> None:
    """A forum's headline with its marks run on, a headline over a table in its shape, sentences
    that speak of a disclaimer's words, a list whose item is 人氣 or 獻花, a notice's 內容： field,
    a subheading of a writer's other works, 支持香港電台, a job ad's Name:, a panel of professors,
    a post's last line over the first comment, a subheading the next line repeats, a writer's own
    文章摘要, a score's and a schedule's rows, a story's list of months: all as they were."""
    assert title_of("救命！！！家裡的貓三天不吃飯怎麼辦\n2024-06-12 15:20\n家裡的橘貓從週一開始就不太吃東西，帶去看醫生也查不出原因。") == "救命！！！家裡的貓三天不吃飯怎麼辦"
    typhoon = ["颱風凱米來襲　各縣市停班停課", "臺北市　停班停課", "新北市　停班停課", "桃園市　停班停課", "2024-07-24 15:20", "行政院人事行政總處今晚公布明天各縣市停班停課情形。"]
    assert title_of("\n".join(typhoon)) == "颱風凱米來襲　各縣市停班停課"
    lines = [
        "各地新聞",
        "2024-06-12 15:20",
        "涉事博主事后辩称，自己的视频内容仅供科普，并无引导网友模仿的意图，平台已对其账号作出封禁处理。",
        "市卫健委相关负责人表示，AI给出的结果目前只是参考，不能作为诊断的唯一依据。",
        "首先要說，本篇心得僅代表個人經驗，每個人體質不同，大家還是要量力而為喔。",
        "這部劇的成功有三個關鍵：",
        "劇本",
        "演員",
        "人氣",
        "儀式流程如下：",
        "家祭",
        "公祭",
        "獻花",
        "林海音的其他作品",
        "支持香港電台",
        "陳達夫 教授",
        "林明珠 副教授",
        "好消息",
        "好消息，醫生說她恢復得很好，下週就能出院。",
        "本轮比赛结果如下：",
        "上海申花　2-1",
        "今年社团招新时间安排如下：",
        "报名 09-02",
        "面试 09-09",
    ]
    assert in_no_chrome(lines, *lines[2:])


def test_the_review_s_counter_examples_keep_their_dates() -> None:
    """``每年都如此热闹，今年将于6月15日…``: this year's day after a yearly habit; ``又一个“中秋节”
    即将到来``: the feast itself; ``已有120年全年無休``: years counted; ``98年7月`` on a page of 2007
    names 1998; a story's months one a line; a writer's own 文章摘要; ``The Sun, June 3, 2024``:
    a paper's name, no Sunday; ``本校的藝術節（6月14日）``, ``下一节（周五）``: the bracket's day."""
    page = [
        "各地新聞",
        "2024-06-12 15:20",
        "据主办方介绍，龙舟赛每年都如此热闹，今年将于6月15日上午9时在市民广场江段举行。",
        "基隆燈塔已有120年全年無休守護航道。",
        "消息最早見於英國小報 The Sun, June 3, 2024 的頭版報道。",
        "本校的藝術節（6月14日）開幕，下一节（周五）改成自习。",
    ]
    surfaces = agreed_surfaces(page)
    assert {"6月15日", "June 3, 2024", "6月14日", "周五"} <= surfaces
    assert not any("120" in s for s in surfaces)
    feast = ["中秋", "2024-09-12 10:00", "又一个“中秋节”即将到来，各地景区纷纷做好迎客准备。"]
    assert ("中秋节", "2024-09-17", "2024-09-17") in agreed_spans(feast)
    old = "2007-12-31 22:13\n回想\n96年就要過去了。\n還記得98年7月法國世界盃決賽，我們半夜爬起來看。"
    assert ("98年7月", "1998-07-01", "1998-07-31") in _spans(old)
    months = ["我的戒菸日記", "2024-06-12 15:20", "2023年3月", "2023年9月", "2024年3月", "以上是我三次嘗試戒菸的時間點，這次終於成功了。"]
    assert {"2023年3月", "2023年9月", "2024年3月"} <= agreed_surfaces(months)
    summary = ["我的2023", "2024-01-02 10:00", "文章摘要", "今年換了工作、搬了家，也終於學會了游泳。", "一月，我離開了待了五年的公司。"]
    assert in_no_chrome(summary, "今年換了工作、搬了家，也終於學會了游泳。")


def test_the_coming_week_s_days_a_year_glossed_by_its_day_and_an_english_range() -> None:
    """``未來一週(19日至25日)`` on the 18th: the coming week's days, not last month's;
    ``去年（2023-10-18）``: the year and the day its bracket gives, one expression; ``1 February
    2025 to 12 February 2025``: one range.  A bare ``25日`` after the page's day is still last
    month's."""
    page = [
        "第114027號顯著有感地震報告",
        "發布時間：2025-04-18 22:21",
        "研判為同一地震序列，未來一週(19日至25日)仍有發生規模4至5地震的機會。",
        "上月25日也曾發生規模4.2地震。",
    ]
    spans = agreed_spans(page)
    assert ("19日至25日", "2025-04-19", "2025-04-25") in spans
    assert ("上月25日", "2025-03-25", "2025-03-25") in spans
    report = ["体检报告", "2024-10-20 09:00", "甲状腺右叶结节：与去年（2023-10-18）超声比较大小无明显变化。"]
    assert ("去年（2023-10-18）", "2023-10-18", "2023-10-18") in agreed_spans(report)
    notice = ["改道通告", "2025-01-20 10:00", "通告：From 1 February 2025 to 12 February 2025, Routes 64K will be diverted. 請留意。"]
    assert ("1 February 2025 to 12 February 2025", "2025-02-01", "2025-02-12") in agreed_spans(notice)


def test_a_stock_board_s_quote_bar_a_bare_card_and_a_board_s_name_after_the_headline() -> None:
    """A stock board's quote bar (``恒远智造(603917)  12.86  +5.07%  资金流向  F10``) and a card's
    counts without colons (``威望 0 论坛币 156 个 … 注册时间 2021-9-3``) are chrome, their days no
    events; ``标题_Weblogic/中间件讨论区`` is the headline without its board; a Khoros thread's
    menu (``标记为已读``, ``上一个主题``) is chrome; a sentence on a stock's price stays."""
    page = [
        "恒远智造(603917)  12.86  +5.07%  资金流向  F10",
        "股吧首页 > 恒远智造吧",
        "标记为已读",
        "上一个主题",
        "2024-05-18 21:03",
        "今天收盘涨了5%，明天还能不能追？",
        "威望 0 论坛币 156 个 通用积分 12.3 学术水平 2 点 热心指数 3 点 经验 820 点 帖子 41 注册时间 2021-9-3 最后登录 2024-5-16",
    ]
    assert in_every_chrome(page, page[0], "标记为已读", "上一个主题", page[6])
    assert in_every_body(page, "今天收盘涨了5%，明天还能不能追？")
    assert not any(s[0] in ("2021-9-3", "2024-5-16") for s in agreed_spans(page))
    thread = ["Weblogic 12c 集群受管节点启动报 BEA-000386 的排查记录_Weblogic/中间件讨论区", "2024-05-18 21:03", "上周升级补丁后，受管节点一直起不来，日志里报 BEA-000386。"]
    assert title_of("\n".join(thread)) == "Weblogic 12c 集群受管节点启动报 BEA-000386 的排查记录"


def test_the_second_review_s_counter_examples_stay_as_they_were() -> None:
    """A headline of two quotes with a figure, a headline with a face, a product's grade, a
    review's drive modes, a trip's day headings, a missing person's notice, an account's fields
    in a story, a ranking's column labels: as before.  Past days after 接下來幾天, a meeting
    postponed from one day to another, a feast's week this year too, a town's 旅遊節: as before."""
    assert title_of("侯友宜：3月前定案　柯文哲：不急\n2024-06-12 15:20\n藍白合議題持續延燒，新北市長侯友宜今天受訪時表示，副手人選會在3月前定案。") == "侯友宜：3月前定案　柯文哲：不急"
    assert title_of("終於拿到offer了 ^^\n2024-06-12 15:20\n投了兩個月的履歷，今天終於收到第一份offer，下週一報到。") == "終於拿到offer了 ^^"
    lines = [
        "各地新聞",
        "2024-06-12 15:20",
        "杭州西湖区的茶农说，今年春天气温偏低，明前茶产量比去年少了三成左右。",
        "品名：西湖龙井",
        "等级：特级",
        "净含量：250克",
        "這次試駕的新款油電休旅車提供三種駕駛模式，我們都實際跑了一遍。",
        "純電模式",
        "市區低速行駛時完全由電動機驅動，安靜又省油。",
        "混合模式",
        "引擎與電動機協同工作，是日常通勤最常用的模式。",
        "第一天　06-20",
        "早上從桃園機場出發，中午抵達新千歲機場。",
        "第二天　06-21",
        "租車往小樽，運河邊人很多。",
        "警方呼籲市民協助尋找一名昨日在觀塘失蹤的八十歲男子。",
        "Name: 陳大文",
        "Age: 80",
        "Location: 觀塘裕民坊",
        "我的账户信息如下：",
        "加入时间：2015年3月　等级：金卡　积分：52000",
        "排行依据（截至6月9日 24:00）",
        "人气",
        "播放量",
    ]
    assert in_no_chrome(lines, *lines[2:])
    assert "2015年3月" in agreed_surfaces(lines)
    page = [
        "各地新聞",
        "2024-06-12 15:20",
        "媽媽住院開刀後，接下來幾天（18日至21日）我每天下班都去醫院陪她，終於在上週出院。",
        "The Annual General Meeting has been postponed from 14 June 2024 to 21 June 2024. 請留意。",
        "今年的旅遊節（6月15日）在濱江公園開幕。",
    ]
    spans = agreed_spans(page)
    assert ("18日至21日", "2024-05-18", "2024-05-21") in spans
    assert {("14 June 2024", "2024-06-14", "2024-06-14"), ("21 June 2024", "2024-06-21", "2024-06-21")} <= set(spans)
    assert ("6月15日", "2024-06-15", "2024-06-15") in spans
    feast = ["年货", "2024-02-05 10:00", "每年都是这样，春节（2月10日）前一周超市就挤满了人，今年也不例外。"]
    assert ("春节（2月10日）前一周", "2024-02-03", "2024-02-09") in agreed_spans(feast)


def test_a_version_upgraded_to_an_archiver_s_subject_and_a_card_s_counts_one_a_line() -> None:
    """``升级到 5.3 之后``: the version upgraded to, no May 3rd (``5.3之后再说`` stays a day);
    ``查看完整版本: 出一台富士X100V…``: a Discuz Archiver page's subject after its link's label;
    a poster's card one count a line (``發表:36`` / ``回覆:51`` / ``積分:40``) is chrome."""
    page = ["IDF 升级记录", "2024-06-20 10:00", "昨晚升级到 5.3 之后好了很多，5.3之后再说。"]
    assert [s[0] for s in agreed_spans(page) if "5.3" in s[0]] == ["5.3"]
    archiver = ["色影江湖摄影论坛", "色影江湖摄影论坛 › 器材交易 › 二手转让", "查看完整版本: 出一台富士X100V 银色 9成新 上海可面交", "阿杰拍拍 发表于 2022-9-9 21:14", "自用富士X100V银色，2021年11月在官方旗舰店购入，快门数不到三千。"]
    assert title_of("\n".join(archiver)) == "出一台富士X100V 银色 9成新 上海可面交"
    card = [
        "民國年日期在閏年 2/29 被判成錯誤日期",
        "阿賢寫程式",
        "初階會員",
        "發表:36",
        "回覆:51",
        "積分:40",
        "註冊:2011-07-19",
        "#1 引用回覆 回覆 發表時間:2024-03-01 09:14:22",
        "各位先進好，公司進銷存是十幾年前用 Delphi 7 寫的，單據日期一律存民國年。",
    ]
    assert in_every_chrome(card, "發表:36", "回覆:51", "積分:40")


def test_a_phpwind_thread_s_floor_heads_and_quick_reply_box_are_chrome() -> None:
    """``地板 发表于: 2013-05-05 | 只看该作者``: a floor's head named in words, its day no event;
    the quick reply box's limit (``限100 字节``) and hint (``…建议存为草稿``); the floors' words stay."""
    page = [
        "假期堵在甬台温高速上八个小时，以后再也不自驾了",
        "楼主 发表于: 2013-05-04 | 只看楼主 | 小 中 大",
        "五一假期我们一家三口4月29日一早出发去温州，平时两个多小时的路开了八个小时。",
        "地板 发表于: 2013-05-05 | 只看该作者",
        "谢谢 @小城故事多 科普，那到时候就老老实实坐大巴。",
        "快速回复",
        "限100 字节",
        "如果您在写长篇帖子又不马上发表，建议存为草稿",
    ]
    assert in_every_chrome(page, "地板 发表于: 2013-05-05 | 只看该作者", "限100 字节", "如果您在写长篇帖子又不马上发表，建议存为草稿")
    assert in_every_body(page, "谢谢 @小城故事多 科普，那到时候就老老实实坐大巴。")
    assert not any(s[0] == "2013-05-05" for s in agreed_spans(page))


def test_a_survey_s_option_rows_are_its_text_and_a_reply_slip_s_one_row_is_not() -> None:
    """A survey's option rows (``○ 60岁以下　○ 60—69岁…``, ``价格　○满意　○一般``), three or more
    with its questions between them, are what the reader answers: the survey's text.  An
    invitation's one row of choices stays chrome, and a hidden figure written ○ (``王○○``,
    ``○○巷○號``) is no option."""
    survey = [
        "社区老年食堂满意度调查问卷",
        "2024-11-20 09:00",
        "1. 您的年龄：",
        "○ 60岁以下　○ 60—69岁　○ 70—79岁　○ 80岁及以上",
        "2. 您每周在食堂就餐几次？",
        "○ 1次以下　○ 1—3次　○ 4—7次　○ 8次及以上",
        "3. 请对以下方面打分：",
        "菜品口味　○非常不满意　○不满意　○一般　○满意　○非常满意",
        "价格　○非常不满意　○不满意　○一般　○满意　○非常满意",
    ]
    assert in_no_chrome(survey, *survey[3:])
    slip = ["邀請函", "2024-11-20 09:00", "誠邀您出席本會周年晚宴，敬請於11月30日前回覆。", "☐ 一定到场　☐ 有事无法出席", "聯絡人：王○○　治喪處：新竹市東區林森路○○巷○號"]
    assert in_every_chrome(slip, "☐ 一定到场　☐ 有事无法出席")
