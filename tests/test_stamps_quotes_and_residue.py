"""Plurk's English stamps, Threads' and Dcard's comment heads, a Mobile01 reply's cut quote, Hong
Kong's 昨 and 下年, a wire's own day, a video page's rows and a Discuz forum's residue round its
name: the twenty-ninth session's rules.  The texts are written for these tests in the shapes
such pages have, each read in both scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, days_of, handles_of, page_dates, title_of
from tui.model.line_shapes import classify

_PLURK = [
    "Plurk 噗浪",
    "熱門噗",
    "登入",
    "豆花不加糖",
    "douhua_tw · 追蹤者 512",
    "October 3, 2024 9:12 PM",
    "豆花不加糖 說 颱風假第二天，冰箱只剩一顆蛋，明天再不開門就要吃泡麵了",
    "12 則回應 · 40 個喜歡",
    "只看噗主",
    "小米粥 說 @douhua_tw: 我家樓下的超商昨天就被搬空了",
    "October 4, 2024 8:02 AM",
    "回應這則噗……",
]


def test_plurks_english_stamps_are_its_furniture() -> None:
    """``October 4, 2024 8:02 AM`` (a twelve-hour clock) is a response's stamp, chrome, and no
    event of the plurk; ``只看噗主`` and the reply box are buttons."""
    for chrome in chrome_of(_PLURK):
        assert {"October 3, 2024 9:12 PM", "October 4, 2024 8:02 AM", "只看噗主", "回应这则噗……"} <= chrome, chrome
    for days in days_of(_PLURK):
        assert not any(text.startswith("October") for text, _ in days), days
        assert ("明天", "2024-10-04") in days, days  # (the page is dated, by its first stamp)


_HK_PAPER = [
    "2024-12-04 06:30",
    "",
    "資深粵劇花旦鳳凌霜昨在養和醫院病逝。其徒弟昨表示，師傅生前話下年正月十五想再聽佢唱一次。",
    "劇團指呢個冬天會加開兩場悼念演出。",
    "今是昨非，劇壇少咗一位前輩。",
]


def test_hong_kong_papers_yesterday_and_next_year() -> None:
    """``昨在``, ``昨表示``: Hong Kong's papers write yesterday as 昨 before the verb (not 今是昨非);
    ``下年正月十五`` is next year's lunar day (Cantonese 下年); ``呢個冬天`` this winter."""
    for days in days_of(_HK_PAPER):
        assert days.count(("昨", "2024-12-03")) == 2, days
        assert ("下年正月十五", "2025-02-12") in days, days
        assert ("呢个冬天", "2024-12-01") in days, days
        assert not any(text == "昨" and start != "2024-12-03" for text, start in days), days


_SHOP_POST = [
    "Instagram",
    "登入",
    "註冊",
    "kwuntong_bakehouse",
    "觀塘 · 工廈小店",
    "追蹤",
    "kwuntong_bakehouse 📢 節日營業時間安排",
    "今個冬至（12月22日）我哋會提早收舖。聖誕節照常營業，26號休息一日俾師傅唞下。",
    "今朝師傅已經開始試做新年糕點，聽日會喺story公佈款式。",
    ".",
    ".",
    "📸 by IG@hk.foodie.mimi",
    "#冬至 #聖誕2023 #香港美食",
    "@sweet.hk.daily @kt_foodmap",
    "2023年12月20日",
    "sweettooth_kelly 聽日仲有冇芝麻湯圓賣😍",
    "5週",
    "3個讚好",
    "回覆",
    "kwuntong_bakehouse @sweettooth_kelly 有呀～不過今日已經賣晒一輪，聽朝11點會再補貨",
    "5週",
    "1個讚好",
    "回覆",
    "mandy_ccy 去年食過你哋嘅黑糖年糕，今年一定要再訂！",
    "4週",
    "回覆",
    "查看全部 58 則留言",
    "1,024 個讚好",
    "新增留言……",
]


def test_an_instagram_posts_day_under_its_tags_and_tagged_accounts() -> None:
    """The day under a caption's tags is the post's own, also with a row of tagged accounts
    between them; ``26號休息一日`` is a shop's day off (not 5號休息室), in the month of the
    festival before it."""
    for day in page_dates(_SHOP_POST):
        assert day.isoformat() == "2023-12-20", day
    for days in days_of(_SHOP_POST):
        assert ("26号", "2023-12-26") in days, days
        assert ("今朝", "2023-12-20") in days, days


_WIRE_FEED = [
    "2024-11-01 15:30",
    "",
    "【统计局：制造业PMI重返扩张区间】财联社11月1日电，国家统计局31日发布数据显示，10月份制造业采购经理指数为50.1%。",
    "恒途汽车发布2024年三季报，公司2024年第三季度营收增长18%。",
    "《规定》明确，每年除夕至正月初五及元宵节，市民可在指定地点燃放烟花。",
]


def test_a_wires_own_day_a_quarterly_reports_name_and_a_listed_custom() -> None:
    """A bare day after the wire's stamp of the page's own day counts as from the dateline (31日
    on November 1st is October's, not a November 31st refused); ``2024年三季报`` is a report's
    name; ``元宵节`` listed with days 每年 brings back comes back too."""
    for days in days_of(_WIRE_FEED):
        assert ("31日", "2024-10-31") in days, days
        assert ("2024年第三季度", "2024-07-01") in days, days
        assert not any(text in ("2024年三季", "元宵节") for text, _ in days), days


def test_headlines_cut_from_their_sites_name_and_a_bar() -> None:
    """A headline with the masthead's name after its bar (標題｜上報 2025-03-15 16:02 under 上報
    Up Media) loses the name; a bar left before a stamp goes too; a headline over its dateline
    and the story stands under the section's name (即時新聞)."""
    up = "\n".join(["上報 Up Media", "首頁", "焦點", "政治", "國際", "竹縣立委補選開票 鄭詠晴、許家豪拚到最後｜上報 2025-03-15 16:02",
                    "上報快訊／綜合報導", "", "新竹縣第一選區立委補選今（15）日上午8時起投票，下午4時截止，共有5名候選人角逐。"])
    assert title_of(up) == "竹縣立委補選開票 鄭詠晴、許家豪拚到最後"
    bar = "\n".join(["第一财经", "首页", "新闻", "公司 > 汽车", "恒途汽车净利同比增长37% 海外销量占比升至两成｜2024-10-29 21:18:06",
                     "来源：第一财经", "", "10月29日晚间，恒途汽车发布三季度报告，公司第三季度实现营业收入412.6亿元，同比增长18.3%。"])
    assert title_of(bar) == "恒途汽车净利同比增长37% 海外销量占比升至两成"
    section = "\n".join(["on.cc 東網", "東網主頁", "即時新聞", "港澳", "兩岸", "國際", "即時新聞", "年宵市場人潮回升 花商盼寒流前「清貨」",
                         "2025年01月26日(日) 14:32", "維園年宵市場人流較昨日增加。（黃志恒攝）", "",
                         "今日（26日）是年廿七，維園年宵市場人潮較昨日明顯增加，有花商表示桃花成本上升約一成。"])
    assert title_of(section) == "年宵市場人潮回升 花商盼寒流前「清貨」"


_NEWS_FOOT = [
    "2025-12-12 05:30",
    "嘉義市政府宣布，明年起育兒津貼由每月3500元提高至5000元。（取自嘉義市政府臉書）",
    "分享：",
    "Facebook",
    "WhatsApp",
    "加入最愛",
    "",
    "嘉義市政府昨（11）日宣布，為鼓勵生育，育兒津貼將由每月3500元提高為5000元，適用對象為設籍本市的幼兒。",
    "市議會已於上月三讀通過相關自治條例修正案，新制明年1月1日上路，家長毋須重新申請。",
    "（圖／翻攝自YouTube@阿豪氣象站）",
    "▸ 颱風假怎麼放？各縣市停班停課標準一次看",
    "▸ 漁船回港避風 海巡署昨起加強巡查",
    "分享",
    "編輯 張琳 責任編輯 李想",
    "（下載紅星新聞，報料有獎！）",
    "【颱風消息】每日更新",
    "請立即下載香港01 App，獲取最新天氣資訊",
    "相關文章",
]


def test_a_news_pages_captions_share_targets_links_and_credits() -> None:
    """A caption whose picture was taken from a page (（取自…臉書）), the networks listed under
    ``分享：`` (Facebook, WhatsApp: Latin names longer than a hanzi item), ``加入最愛``, a list of
    arrowed story links over the share row (not ▸ fields with a colon), an editors' row without
    colons, a paper's tip line and a topic's link over the foot are chrome; the story is not."""
    for chrome in chrome_of(_NEWS_FOOT):
        assert {
            "嘉义市政府宣布，明年起育儿津贴由每月3500元提高至5000元。（取自嘉义市政府脸书）",
            "Facebook", "WhatsApp", "加入最爱",
            "▸ 台风假怎么放？各县市停班停课标准一次看", "▸ 渔船回港避风 海巡署昨起加强巡查",
            "编辑 张琳 责任编辑 李想", "（下载红星新闻，报料有奖！）", "【台风消息】每日更新",
        } <= chrome, chrome
        assert not any(line.startswith(("嘉义市政府昨", "市议会")) for line in chrome), chrome
    for days in days_of(_NEWS_FOOT):
        assert not any(text == "昨" for text, _ in days), days  # (the link's 昨起 is the outlet's)
    fields = ["▸朴子轉運站—燈區：每15分鐘一班", "▸高鐵嘉義站—燈區：每10分鐘一班", "分享"]
    for chrome in chrome_of(["2025-02-01 10:00", "", "接駁車資訊如下，民眾可多加利用，避免自行開車前往燈區。", *fields]):
        assert not any(line.startswith("▸") for line in chrome), chrome


def test_video_and_post_credits_and_buttons() -> None:
    """A video page's view-count row (and the day it went up, the page's date), its chapter head,
    its show-less and sort buttons, credits under an emoji (📷 IG：@…, 🎵 音樂：Epidemic Sound, 📸
    by IG@…), a gallery's label, a reply box and a Xiaohongshu comment's relative stamp are chrome;
    a line of the post under an emoji is not."""
    for line in ("觀看次數：45,210次  2024年4月12日  #金門", "⏱ 章節", "顯示較少內容", "排序依據", "📷 IG：@ade_and_yu",
                 "🎵 音樂：Epidemic Sound", "📸 by IG@hk.foodie.mimi", "[组图共4张] 图：@老周拍江城", "在 Threads 上加入對話",
                 "以西灣河街坊關注組身分留言……", "昨天 21:04 江苏", "正在直播"):
        assert classify(line).name == "CHROME", line
    assert classify("📷 今天拍的照片好美").name != "CHROME"
    video = ["YouTube", "【金門Vlog】四天三夜吃爆金門｜阿德與小魚", "阿德與小魚", "12.3萬 位訂閱者",
             "觀看次數：45,210次  2024年4月12日  #金門 #清明連假", "清明連假我們終於飛了金門！最後訂到4月4日早上的班機，一路玩到4月7日晚上。"]
    for day in page_dates(video):
        assert day.isoformat() == "2024-04-12", day


_DISCUZ = [
    "5 ~- K9 e* L! W& l港生活論壇",
    "港生活論壇 - 香港人的生活資訊交流平台。3 b# P: u1 T7 Y",
    "m6 @) W2 c% o8 甬城论坛-宁波人自己的论坛",
    "r2 Z! f7 _( H4 甬城论坛",
]


def test_forum_residue_round_the_forums_name() -> None:
    """Discuz scatters its anti-copying residue round the forum's name and motto: chrome; not a
    reply with tokens between its words."""
    for line in _DISCUZ:
        assert classify(line).name == "CHROME", line
    assert classify("我在 A1 B2 C3 论坛 看到有人说今天会下雨，大家出门记得带伞").name != "CHROME"


_DCARD = [
    "Dcard",
    "【請益】年終只領1.2個月，該拿完績效獎金再提離職嗎？",
    "匿名",
    "國立臺北科技大學",
    "2025年2月18日 22:41",
    "",
    "這次年終只發1.2個月，部門上週五開完檢討會，一半的人已經在投履歷",
    "老闆說25日會再發一筆績效獎金，我打算領完再決定",
    "",
    "共 38 則留言",
    "國立中興大學",
    "B1・2月18日 22:58",
    "先拿到書面offer再說，25日那筆入帳前什麼都別講",
    "原PO・國立臺北科技大學",
    "B2・2月26日 07:50",
    "昨天入帳了！只有半個月，已經在寫離職信",
]


def test_a_dcard_floors_school_and_a_coming_day_said_with_will() -> None:
    """A poster's school (and 原PO) right over its floor's number and stamp (B2・2月26日 07:50) is
    chrome; ``25日會再發`` on the 18th is still to come, this month's, and a reply's ``25日`` says
    it again."""
    for chrome in chrome_of(_DCARD):
        assert {"国立中兴大学", "原PO・国立台北科技大学"} <= chrome, chrome
    for days in days_of(_DCARD):
        assert [start for text, start in days if text == "25日"] == ["2025-02-25", "2025-02-25"], days
        assert ("昨天", "2025-02-25") in days, days


_MOBILE01 = [
    "Mobile01",
    "【求助】預售屋延遲交屋快四個月，建商只說會盡快",
    "kevin_huang0608",
    "樓主",
    "2024-10-06 22:15",
    "#1",
    "各位前輩好",
    "上週三建商終於開了協調會，說「114年底前一定交」，但沒有任何書面",
    "——— 2019.5.3 買了第一間小套房，從此踏上房奴之路 ———",
    "小林不是小林",
    "2024-10-06 23:02",
    "#2",
    "建議先去消保官那邊申訴",
    "或寫信到 service@consumer.example.org.tw 問問看",
    "阿德師",
    "2024-10-07 08:45",
    "#3",
    "kevin_huang0608 wrote:",
    "上週三建商終於開了協調會(恕刪)",
    "我也是同一個建案的！昨天晚上業務又打來說下週可以先預約驗屋",
]


def test_a_mobile01_threads_first_line_signature_and_cut_quote() -> None:
    """The first line under ``#1`` whose poster and badge stand over the stamp is the post's
    (各位前輩好); a signature framed by dashes once, over the next floor's poster and stamp, is
    chrome with its year; advice with an address (…問問看) is a reply's; a quote cut short
    (``(恕刪)``) counts its days from the floor it quotes, the reply's own words after it from the
    reply's stamp."""
    for chrome in chrome_of(_MOBILE01):
        assert "——— 2019.5.3 买了第一间小套房，从此踏上房奴之路 ———" in chrome, chrome
        assert "各位前辈好" not in chrome and "或写信到 service@consumer.example.org.tw 问问看" not in chrome, chrome
    for days in days_of(_MOBILE01):
        assert [start for text, start in days if text == "上周三"] == ["2024-09-25", "2024-09-25"], days
        assert ("昨天", "2024-10-06") in days and ("下周", "2024-10-14") in days, days
        assert not any(text == "2019.5.3" for text, _ in days), days


_THREADS = [
    "Threads",
    "siuhung.daily",
    "2025年1月24日",
    "年廿八洗邋遢，不過我哋今個星期日就大掃除。今年二月二要去剪頭髮。",
    "翻譯",
    "ah_fai.hk",
    "1月25日",
    "琴日去完旺角花墟，聽日再去維園執平貨，有平桃花記得@我",
    "34",
    "siuhung.daily",
    "作者",
    "1月25日",
    "@ah_fai.hk 收到！我哋今晚再去行多次，別@我私信",
]


def test_threads_replies_under_their_accounts_day() -> None:
    """A reply's day under its account (ah_fai.hk / 1月25日, and the writer's badge between) dates
    its relative days; the New Year rhyme opening a sentence set against this year's plan is the
    saying; ``今年二月二`` is the lunar day; ``@我私信`` tags no one."""
    for days in days_of(_THREADS):
        assert ("琴日", "2025-01-24") in days and ("听日", "2025-01-26") in days, days
        assert ("今晚", "2025-01-25") in days, days
        assert ("今年二月二", "2025-03-01") in days, days
        assert not any(text == "年廿八" for text, _ in days), days
    for handles in handles_of(_THREADS):
        assert handles == {"ah_fai.hk"}, handles


def test_the_rhyme_said_of_this_years_cleaning_is_a_day() -> None:
    """``我媽堅持年廿八洗邋遢``: the rhyme as what is done this year, the day."""
    for days in days_of(["2025-01-24 10:00", "", "我媽堅持年廿八洗邋遢，全家一早起身。"]):
        assert ("年廿八", "2025-01-27") in days, days


_HK_FORUM = [
    "香港討論區",
    "【求助】年初一至初三飲茶邊度有位？",
    "yumcha_pa",
    "發表於 2025-1-20 21:05",
    "1#",
    "土瓜灣嗰間聽日朝早十點開始接年初一至初三嘅訂位，早啲去排",
    "不過琴日打咗成十間，後日同大後日都話冇位",
    "------------------------------",
    "食得是福，飲得是祿",
    "回覆　引用　評分　報告",
]


def test_hong_kong_new_year_days_and_a_signature_over_its_buttons() -> None:
    """``年初一至初三`` is one span where the page's own new-year days are its only new-year words;
    ``大後日`` is three days on (not 後日 inside it); a line under a long rule over its floor's
    buttons is the poster's signature."""
    for days in days_of(_HK_FORUM):
        assert ("年初一至初三", "2025-01-29") in days, days
        assert ("大后日", "2025-01-23") in days and ("后日", "2025-01-22") in days, days
    for chrome in chrome_of(_HK_FORUM):
        assert "食得是福，饮得是禄" in chrome, chrome


_MAINLAND_THREADS = [
    "2023-09-20 21:18",
    "",
    "国庆自驾去杭州，大家有什么建议？",
    "1号千万别走杭徽，去年国庆我在昌化那段堵了五个小时",
    "而且十一当天千万别去西湖，上次我在那堵了两个小时",
    "我合同6月底到期，今年初试是12月21日至22日，本月初试行的新规也要看",
    "→ lowkey_deal: 後天發薪 剛好",
]


def test_days_warned_of_and_a_contracts_month() -> None:
    """``1号千万别走`` warns of a coming day (next month's 1st), ``十一当天`` is National Day,
    ``合同6月底`` a contract's month (同 of 合同 is no "same"), ``今年初试`` an exam (not the
    year's start) while ``本月初试行`` is the month's start; ``後天發薪`` the day after tomorrow."""
    for days in days_of(_MAINLAND_THREADS):
        assert ("1号", "2023-10-01") in days and ("十一", "2023-10-01") in days, days
        assert ("6月底", "2023-06-21") in days or ("6月底", "2024-06-21") in days, days
        assert not any(text == "今年初" for text, _ in days), days
        assert ("本月初", "2023-09-01") in days and ("后天", "2023-09-22") in days, days


_ZHIHU = [
    "知乎",
    "二战考研，时间来得及吗？",
    "关注问题　写回答",
    "林间小石头",
    "北京师范大学 教育学硕士",
    "216 人赞同了该回答",
    "谢邀。我去年12月一战差了9分，今年3月中旬出成绩那天哭了一晚上，当天就决定二战。",
    "赞同 216　添加评论　分享　收藏　喜欢",
]


def test_an_answerers_bio_over_the_votes() -> None:
    """A Zhihu answerer's bio between its name and the answer's votes is the writer's card."""
    for chrome in chrome_of(_ZHIHU):
        assert "北京师范大学 教育学硕士" in chrome, chrome
        assert not any(line.startswith("谢邀") for line in chrome), chrome


_GROUP = [
    "豆瓣",
    "首页　浏览发现　话题广场　快速入门",
    "登录/注册",
    "上海租房（不良中介勿扰）",
    "组长公告：@所有人 发帖请注明区域和预算，中介发帖直接封禁",
    "小组 > 上海租房",
    "【求助】房东要涨800，搬还是不搬？",
    "来自: 打工人小周 2024-06-12 09:41:22 上海",
    "现在住徐汇漕河泾附近一室户，5800一个月，合同6月底到期",
    "房东上周六突然微信说续租要涨到6600，想问下大家怎么谈比较好。",
]

_FLOOR_IN_FLOOR = [
    "百度贴吧",
    "考研吧",
    "< 返回帖子",
    "楼中楼回复",
    "12楼",
    "北漂十年的老李",
    "考完了，数学一真的离谱，最后一道大题直接放弃",
    "明年3月中旬出成绩，到时候再决定要不要二战",
    "2024-12-22 20:15 来自iPhone客户端",
]


def test_a_groups_notice_and_a_floors_first_line_are_no_headline() -> None:
    """A group's pinned notice from its keeper is chrome, so the thread's tagged headline under
    the group's path is the page's; a floor's first line under its number and poster is none."""
    for chrome in chrome_of(_GROUP):
        assert "组长公告：@所有人 发帖请注明区域和预算，中介发帖直接封禁" in chrome, chrome
    assert title_of("\n".join(_GROUP)) == "【求助】房东要涨800，搬还是不搬？"
    assert title_of("\n".join(_FLOOR_IN_FLOOR)) is None


def test_a_boxed_signature_and_credits_of_a_show() -> None:
    """A PTT signature drawn in a box under ``--`` (its frame's lines hold no words), a show's
    credits (a role and its accounts), a podcast episode's day and length, a recipe site's
    cooks and an encyclopedia's review line are chrome; a host's line that talks is not."""
    ptt = ["作者 lowkey (省錢)", "標題 [心得] 發薪日前的省錢菜單", "時間 Tue Aug 27 21:05:11 2024", "",
           "這個月只剩三千塊，分享一下我的省錢菜單，大家參考看看。", "--", "╭────────────────────╮",
           "   精打細算 不當盤子", "   2013.7.1 加入省錢板 至今沒當過一次盤", "╰────────────────────╯"]
    for chrome in chrome_of(ptt):
        assert {"精打细算 不当盘子", "2013.7.1 加入省钱板 至今没当过一次盘"} <= chrome, chrome
    for line in ("主持：阿欣 @yan_eats ｜ 阿樂 @lok.foodie", "嘉賓：阿Ken @fishball_ken", "剪接：@studio_kowloon",
                 "2024年10月28日 · 58 分鐘", "小鱼儿　做过这道菜　06-09", "本词条由“科普中国”科学百科词条编写与应用工作项目审核",
                 "0有用+1"):
        assert classify(line).name == "CHROME", line
    assert classify("主持：阿欣 @yan_eats 今日同大家傾下北河街街市嘅故事，佢做咗四十年").name != "CHROME"


def test_an_entrys_name_over_its_description_and_a_products_platforms() -> None:
    """An encyclopedia entry's name (over its one-line description and review line) whose lead
    opens with the name and the day the person was born is the headline; a product's
    ``Android / iOS`` is no bio's slash."""
    baike = ["百度百科", "首页　秒懂百科　特色百科　知识专题", "0有用+1", "周文澜", "中国剪纸艺术家",
             "本词条由“科普中国”科学百科词条编写与应用工作项目审核",
             "周文澜，1962年3月出生于山东省高密县，中国民间文艺家协会会员，高密剪纸代表性传承人。"]
    assert title_of("\n".join(baike)) == "周文澜"
    log = ["小满记账", "首页　功能介绍　下载　帮助中心　更新日志　联系我们", "帮助中心 > 更新日志", "小满记账 Android / iOS 更新日志",
           "更新于 2024-06-18", "本页记录小满记账各版本的新增功能与问题修复。应用商店审核通常需要1—3个工作日。"]
    assert title_of("\n".join(log)) == "小满记账 Android / iOS 更新日志"


def test_a_nickname_of_what_its_owner_loves() -> None:
    """``小红书同名@小满爱旅行。``: "X loves Y" is a nickname's shape, whole at the run's end; not
    where a verb of saying follows (``@山城小可爱回复说``)."""
    for handles in handles_of(["照片均为本人拍摄，小红书同名@小满爱旅行。", "网友@山城小可爱回复说：好"]):
        assert handles == {"小满爱旅行", "山城小可爱"}, handles


_ITINERARY = [
    "游记 > 云南 > 大理",
    "大理洱海环湖7天6晚｜国庆错峰慢游路线",
    "小满爱旅行　LV.12　关注",
    "2024-10-15 21:36　浏览 3.2w　收藏 568",
    "国庆节当天大理古城人挤人，所以我们10月3日才从上海出发。",
    "Day 1｜上海—大理｜10.3（周四）",
    "虹桥直飞大理，飞行约3小时40分钟。杨叔说每年农历六月二十四是白族火把节，今年火把节（7月29日）我们没赶上。",
    "Day 3—4｜双廊、环海西骑行｜10.5—10.6",
    "租电动车环海西大约5小时，建议早上出发。",
]


def test_a_trips_days_and_a_festival_named_for_a_day_that_comes_back() -> None:
    """A trip's day heading with its date (Day 1｜上海—大理｜10.3（周四）) is the story's, not a
    menu of bars; ``火把节`` is the sixth lunar month's 24th, named as what a day 每年 brings back
    is (no event), this year's in its bracket."""
    for chrome in chrome_of(_ITINERARY):
        assert not any(line.startswith("Day") for line in chrome), chrome
    for days in days_of(_ITINERARY):
        assert ("10.3（周四）", "2024-10-03") in days and ("10.5—10.6", "2024-10-05") in days, days
        assert ("今年火把节（7月29日）", "2024-07-29") in days, days
        assert [text for text, _ in days].count("火把节") == 0, days


_EVENT_PAGE = [
    "跳到主要內容",
    "南濱美術館",
    "首頁 / 展覽 / 當期展覽",
    "《潮間帶：海岸與記憶》特展",
    "展期｜2024/07/06（六）－2024/09/29（日）",
    "時間｜週二至週日 09:30–17:30（週六延長至20:00）",
    "本展集結12位台灣與東南亞藝術家，以潮間帶為題，回望人與海岸線之間持續變動的關係。",
    "相關活動",
    "■ 開幕式｜7/6（六）14:00　一樓大廳",
    "■ 策展人導覽｜7/13（六）15:00，每場限30人，請於活動前一週線上報名",
    "（以下照片除特別標註外皆為小鹿拍攝，部分由阿凱 IG@kai_on_road 提供）",
    "館長　林○○",
    "更新於 2024-06-20",
]


def test_an_exhibitions_hours_and_programme() -> None:
    """An exhibition's hours under ``時間｜`` and its programme under ``相關活動`` (each item with
    its day) are the page's own; the Saturday in the hours' bracket is every Saturday's; who took
    the pictures and the head who signs are chrome."""
    for chrome in chrome_of(_EVENT_PAGE):
        assert not any(line.startswith(("时间｜", "■ 开幕式")) for line in chrome), chrome
        assert {"（以下照片除特别标注外皆为小鹿拍摄，部分由阿凯 IG@kai_on_road 提供）", "馆长　林○○"} <= chrome, chrome
    for days in days_of(_EVENT_PAGE):
        assert ("7/6（六）", "2024-07-06") in days, days
        assert not any(text in ("周六", "週六") for text, _ in days), days


_XUITE = [
    "隨意窩 Xuite日誌",
    "日誌首頁｜相簿｜影音｜個人資訊｜留言板",
    "目前分類：老屋走讀 (37)",
    "瀏覽方式：標題列表｜簡短摘要",
    "",
    "神農街的老木門",
    "2012-11-18 21:40｜閱讀(231)｜回應(4)",
    "昨天午後又晃到神農街，這回終於遇到那間木門老屋的主人在家，林阿伯說房子是他父親蓋的。",
    "轉載本站圖文請先來信 ahung1969@gmail.com，謝謝。",
    "最新回應",
    "小林不在家：那個銅把手我阿公家也有！ (11/19)",
    "路過的：請問月餅老舖還有開嗎 (10/02)",
    "日誌月曆",
    "跳至導覽",
    "「鹿嶼燈節」重新導向至此。關於同名的漁港，請見「鹿嶼漁港」。",
    "關注星澜科技官方微博@星澜科技XLT 及微信公众号“星澜科技”获取更多资讯。",
]


def test_a_blogs_sidebar_and_a_wikis_notes() -> None:
    """A blog's category and view switches, its reprint note, its latest comments under their
    heading (each with its day, no event) and its calendar's label; a wiki's skip link and
    redirect note; a company's follow-us sign-off: chrome.  A digest's dated line under no such
    heading is not a comment."""
    for chrome in chrome_of(_XUITE):
        assert {
            "目前分类：老屋走读 (37)", "浏览方式：标题列表｜简短摘要", "转载本站图文请先来信 ahung1969@gmail.com，谢谢。",
            "小林不在家：那个铜把手我阿公家也有！ (11/19)", "路过的：请问月饼老舖还有开吗 (10/02)", "日志月历", "跳至导览",
            "「鹿屿灯节」重新导向至此。关于同名的渔港，请见「鹿屿渔港」。",
            "关注星澜科技官方微博@星澜科技XLT 及微信公众号“星澜科技”获取更多资讯。",
        } <= chrome, chrome
    for days in days_of(_XUITE):
        assert not any(text in ("11/19", "10/02") for text, _ in days), days
    digest = ["2024-03-11 08:00", "", "今日要聞一覽，以下為各版重點。", "天氣：東北季風再增強（3/10）", "交通：國道五號今起施工"]
    for chrome in chrome_of(digest):
        assert "天气：东北季风再增强（3/10）" not in chrome, chrome


def test_picture_counters_x_stamps_an_offered_address_and_a_labelled_signature() -> None:
    """A post's picture counter and X's stamp with its views are chrome; a reply offering the
    poster's own address (可以 email 我 …) is the reply's; a forum's 签名 label and the line
    under its rule are the poster's signature."""
    for line in ("相片 1/3", "下午9:04 · 2024年9月16日 · 2.1萬 次查看"):
        assert classify(line).name == "CHROME", line
    assert classify("有人想夾枱可以 email 我 yumcha.pa@yahoo.com.hk").name != "CHROME"
    floor = ["宁波阿强", "发表于 2023-9-20 21:18:40 | 只看该作者", "1号千万别走杭徽，建议30日先到杭州住一晚。",
             "签名", "--------------------", "人生就是一场旅行，不在乎目的地，在乎沿途的风景", "车友QQ群：35817264　欢迎加入",
             "回复　使用道具　举报"]
    for chrome in chrome_of(floor):
        assert {"签名", "人生就是一场旅行，不在乎目的地，在乎沿途的风景"} <= chrome, chrome


def test_a_topic_link_and_share_targets_in_latin_at_the_head() -> None:
    """A live page's link to its topic, right over the app prompt and related list, is the
    outlet's (【颱風消息】每日更新), not a blog's closing heading (【總結】值得再訪); share targets
    in Latin under ``分享：`` over the story are the page's."""
    live = ["2025-08-30 19:40", "", "19:40 天文台改發八號東北烈風或暴風信號，市民應留在安全地方。",
            "18:15 港鐵：八號風球生效後，露天路段班次減少，輕鐵全線暫停。", "【颱風消息】每日更新",
            "01新聞 請立即下載香港01 App，獲取最新天氣資訊", "相關文章"]
    for chrome in chrome_of(live):
        assert "【台风消息】每日更新" in chrome, chrome
    blog = ["2024-05-01 10:00", "", "這次台南兩天一夜吃了十幾家，每一家都排隊，但真的都值得。",
            "【總結】值得再訪", "分享", "回到頂部"]
    for chrome in chrome_of(blog):
        assert "【总结】值得再访" not in chrome, chrome
    head = ["星島頭條", "首頁", "娛樂", "粵劇名伶鳳凌霜病逝享年88歲 曾演《帝女花》逾千場", "分享：", "Facebook", "WhatsApp", "",
            "資深粵劇花旦鳳凌霜於12月3日凌晨在養和醫院病逝，享年88歲，其徒弟昨日在社交平台證實消息。"]
    for chrome in chrome_of(head):
        assert {"Facebook", "WhatsApp"} <= chrome, chrome


def test_hong_kong_new_year_words_and_what_only_looks_like_them() -> None:
    """年廿九, 年三十晚, 揮春 and 年宵市場 make a page speak of the new year (its bare 初三 is the
    new year's third day); 福利是, 五年三十家, 2023年初一項 and 這些年宵夜 do not."""
    for words in ("年廿九執屋", "年三十晚食團年飯", "揮春已經貼好", "年宵市場人山人海"):
        for days in days_of(["2025-01-20 10:00", "", f"{words}，初三先去飲茶。"]):
            assert ("初三", "2025-01-31") in days, (words, days)
    for words in ("公司最大的福利是彈性上班", "五年三十家分店", "2023年初一項調查", "這些年宵夜都食得少"):
        for days in days_of(["2024-09-10 10:00", "", f"{words}。我女兒今年初三，初五開始補課。"]):
            assert not any(text in ("初五", "今年初三") for text, _ in days), (words, days)


def test_the_reviewers_counter_examples() -> None:
    """What the session's rules must leave alone: a bare day after the page's own day that is no
    wire's stamp (this month's 20th), 昨與今 ("then and now"), 會同 ("jointly with"), comments
    naming a mayor, a post's own arrowed points over its share row, a podcast-like day before a
    sentence, a spec table's 顯示方式, a bio of platforms in several parts, the rhyme after one
    character of its sentence, 今年初試水 and 今年初選定 (the year's start), a console list."""
    page = ["2024-11-05 10:00", "", "11月5日，記者從市文旅局獲悉，20日至22日全市博物館免費開放。這本書講述九龍城的昨與今。",
            "市場監管局9日會同公安部門開展了聯合檢查。", "公司今年初試水直播帶貨，我們今年初選定了裝修公司。"]
    for days in days_of(page):
        assert ("20日至22日", "2024-11-20") in days and ("9日", "2024-10-09") in days, days
        assert not any(text == "昨" for text, _ in days), days
        assert [text for text, _ in days].count("今年初") == 2, days
    for line in ("市長 加油", "市長 辛苦了", "校長 好帥", "顯示方式：OLED 全面屏", "PS5 / XSX / PC 三平台"):
        assert classify(line).name != "CHROME", line
    assert classify("2024年10月28日 · 3小時車程後我們終於到了花蓮").name != "CHROME"
    post = ["台北市長發文談菜價", "2024-03-01 10:00", "颱風過後菜價大漲，市長今天在臉書上整理了幾個重點，希望市民體諒。",
            "▸ 高麗菜一顆一百五 比上週貴三倍", "▸ 青菜價格全面上漲", "分享"]
    for chrome in chrome_of(post):
        assert not any(line.startswith("▸") for line in chrome), chrome
    assert title_of("\n".join(["程序员阿凯 / iOS / Android 开发 / 跑步爱好者", "关注",
                               "今天聊聊我换工作的经过，前后面了十几家公司，最后去了一家小团队。"])) != "程序员阿凯 / iOS / Android 开发 / 跑步爱好者"
    for days in days_of(["2025-01-24 10:00", "", "媽年廿八洗邋遢，不過我哋今個星期日就大掃除。"]):
        assert ("年廿八", "2025-01-27") in days, days


def test_a_trips_costs_and_replies_that_give_an_address() -> None:
    """A row of what a trip cost, item by item (交通　2,380元/人　住宿　1,260元/人), is the story's,
    not a menu; replies telling a poster to write to an address and ask (寫信到 … 問, email去 …
    寫低情況) are replies."""
    for line in ("交通　2,380元/人　住宿　1,260元/人　餐饮及门票　860元/人", "也有人叫我寫信到 rent.help@tenant-union.org.tw 問",
                 "或者直接email去 help@tenantunion-hk.org 寫低情況"):
        assert classify(line).name != "CHROME", line
    assert classify("首頁　新聞　財經　娛樂　體育　生活").name == "CHROME"


def test_a_cut_quote_counts_from_the_day_its_words_were_written() -> None:
    """A cut quote's words written under the first floor's update head (更新 8/21：) count from the
    update's day, not the floor's stamp: the quote is dated where its words were first said (the
    mechanism shared with quotes under a marker), and the reply's own words after it from the
    reply's stamp."""
    thread = ["[分享] 新成屋交屋驗屋全紀錄", "南港宅男阿凱", "2024-08-18 21:35", "#1",
              "等了三年的預售屋終於要交屋了，建商說下週二開放驗屋。", "更新 8/21：",
              "昨天驗完第一次，總共貼了42張紙膠帶，主臥窗框滲水最嚴重", "宏宏不是紅紅", "2024-09-04 12:05", "#2",
              "南港宅男阿凱 wrote:", "昨天驗完第一次，總共貼了42張紙膠帶(恕刪)", "我家前天也驗了，貼了快一百張。"]
    for days in days_of(thread):
        assert [start for text, start in days if text == "昨天"] == ["2024-08-20", "2024-08-20"], days
        assert ("前天", "2024-09-02") in days, days
