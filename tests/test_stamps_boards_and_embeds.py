"""Shapes the fortieth session's read sets showed: Cantonese and spoken days in 号 joined by
同 or 和 or closing an order, a reply's stamp whose two first figures could each be the month,
一次年尾 (a count, no next year), a week's plan row by row and a clinic's days off, a review's
stamp on one line with its buttons, a stamp row that names an update before the day it was
published, a brand's ``!`` in a Q&A site's head; and the furniture of embedded posts, sign-up
boxes, newsletter platforms, polls, related links with their stamps, game boards, Q&A sites,
reviewers' levels and the App Store.  The texts are written for these tests in the shapes such
pages have, each read in both scripts unless the rule is one place's alone."""

from __future__ import annotations

from datetime import date

from tests.article_probes import agreed_spans, chrome_of, page_dates, simple, title_of

_STORY = "市府表示，今年共有三十二處路段完成改善工程，總經費約一億二千萬元，預計明年再擴大辦理，民眾可上網查詢各路段進度。"
_MORE = "議員也要求市府加強宣導，避免民眾在施工期間誤闖封閉路段，並在各路口增設臨時告示牌，方便用路人提早改道。"

# ---- dates -----------------------------------------------------------------------------------


def test_days_in_hao_joined_by_a_conjunction_are_both_days() -> None:
    """``2月9號同10號都得`` (Hong Kong's 同, "and"), ``22号和23号两天``: the second day is a day
    too; ``3号和5号楼`` and ``1号同2号线`` stay numbers."""
    lines = ["2021-02-03 10:00", "有客人問幾時可以取貨，我哋答可以呀，2月9號同10號都得，記得帶單號。"]
    assert ("10号", "2021-02-10", "2021-02-10") in agreed_spans(lines)
    bus = ["2020-01-20 10:00", "客运站发了通知，22号和23号两天都加开了夜班车，大家可以早点订票回家。"]
    spans = agreed_spans(bus)
    assert ("22号", "2019-12-22", "2019-12-22") in spans or ("22号", "2020-01-22", "2020-01-22") in spans
    assert [s for s in spans if s[0] == "23号"]
    numbers = ["2020-01-20 10:00", "小区里3号和5号楼都在装修，坐1号同2号线都得，出门记得看清楚方向。"]
    assert not [s for s in agreed_spans(numbers) if "号" in s[0]]


def test_a_bare_day_in_hao_that_an_order_closes_or_a_fair_opens_on_is_a_day() -> None:
    """``預購是 5 號收單``, ``是的，26号开始，一直办到除夕``: the day an order closes, the day a
    fair opens."""
    order = ["2024-03-01 10:00", "請問一下，預購是 5 號收單對吧？我明天領薪水才能付款，怕來不及。"]
    assert [s for s in agreed_spans(order) if s[0] == "5 号"]
    fair = ["2025-01-20 10:00", "回复@小周：是的，26号开始，一直办到除夕，每天早上九点开门。"]
    assert ("26号", "2025-01-26", "2025-01-26") in agreed_spans(fair)


def test_a_reply_stamp_with_either_figure_a_month_takes_the_reading_after_the_page() -> None:
    """``版主回覆：(09/11/2019 21:03:05)`` under a post of September 10th: Pixnet writes the month
    first, so the reply's ``週四`` is September 12th, not a Thursday after November 9th."""
    lines = [
        "2019年9月10日 星期二",
        "今年的文旦特別甜，阿公說白露前採、中秋前吃最剛好，我們家這週開始陸續出貨，歡迎大家預訂。",
        "留言列表",
        "小蘋果",
        "2019/09/11 08:15",
        "上次訂的真的很甜！這次要兩箱，一箱寄給台北的姐姐～",
        "版主回覆：(09/11/2019 21:03:05)",
        "謝謝小蘋果～週四前會寄出喔！",
    ]
    assert [s for s in agreed_spans(lines) if s[0] == "周四"] == [("周四", "2019-09-12", "2019-09-12")]


def test_a_count_of_times_before_a_years_end_is_no_next_year() -> None:
    """``行一次年尾山`` (a year-end hike, once) is no ``次年尾``; ``2019年他离职，次年底回国`` is
    still the next year's."""
    hike = ["2025-01-15 10:00", "到年廿八先再開團行一次年尾山，大家記得報名。"]
    assert not [s for s in agreed_spans(hike) if "次年" in s[0]]
    later = ["2025-01-15 10:00", "2019年他離職，次年底回國，在老家開了一間小店。"]
    assert ("次年底", "2020-12-01", "2020-12-31") in agreed_spans(later)


def test_a_weeks_plan_row_by_row_names_every_such_day() -> None:
    """``工作日：…`` / ``周末：全天，但周日下午一定休息半天``: a plan for every week, its weekdays
    no days."""
    lines = [
        "2022-06-18 10:21",
        "說一下我在職考研的安排，僅供參考，每個人的情況都不一樣。",
        "工作日：早上6:00–7:00背單詞和政治選擇，晚上9:00–11:00專業課。",
        "周末：全天，但周日下午一定休息半天，不然撐不下去。",
    ]
    assert not [s for s in agreed_spans(lines) if "周" in s[0]]


def test_a_clinics_days_off_named_in_a_list_are_every_weeks() -> None:
    """``週三晚診、週六下午及週日全天休診``, HK ``星期日亦係休息日``, ``我們社區週末不能打牆``:
    a clinic's, a shop's, a building's week; ``本週日休診`` is one day."""
    clinic = ["2025-01-15 09:00", "門診時間：上午診 08:30–12:00（週一至週六）", "週三晚診、週六下午及週日全天休診。"]
    assert not [s for s in agreed_spans(clinic) if "周" in s[0]]
    shop = ["2023-11-12 10:00", "佢哋每年年初一至初三都唔開，星期日亦係休息日，想食記得揀平日去。"]
    assert not [s for s in agreed_spans(shop) if "星期" in s[0]]
    rule = ["2020-10-19 22:34", "可以先問管委會有沒有規定施工時間，我們社區週末不能打牆，差點被罰。"]
    assert not [s for s in agreed_spans(rule) if "周末" in s[0]]
    once = ["2025-01-15 09:00", "因院內設備維修，本週日休診一天，造成不便敬請見諒。"]
    assert ("本周日", "2025-01-19", "2025-01-19") in agreed_spans(once)


def test_a_questions_closing_stamp_is_no_posting_day() -> None:
    """``發問時間： 2020-10-19`` / ``解決時間： 2020-10-27``: the question's ``下週一`` counts from
    the day it was asked, not the day it was closed."""
    lines = [
        "知識+首頁",
        "舊公寓重新配電，台電審圖大概要多久？",
        "發問者： 阿德仔 ( 初學者 2 級 )",
        "發問時間： 2020-10-19 22:34:11",
        "解決時間： 2020-10-27 21:05:40",
        "家裡是三十幾年的老公寓，這次整間重新配電，師傅說要等下週一才會去送件，想請問大概要等多久？",
    ]
    assert ("下周一", "2020-10-26", "2020-10-26") in agreed_spans(lines)


def test_hong_kongs_short_holiday_word_is_the_festivals_holiday() -> None:
    """HK ``聖誕假好多人去``, ``復活節假去咗日本``: the festival with its holiday word, as
    ``聖誕假期`` is; ``聖誕假日``, ``中秋假貨`` are other words."""
    lines = ["2023-10-01 10:00", "聖誕假好多人去，跟住人群行通常冇事；復活節假我哋去咗日本。"]
    spans = [s[0] for s in agreed_spans(lines)]
    assert "圣诞假" in spans and "复活节假" in spans


def test_a_bracket_naming_a_ranges_holidays_belongs_to_the_range() -> None:
    """``2021年12月24日至2022年1月1日（聖誕及新年假期）休課``: one event, the range; the bracket's
    ``聖誕`` is no day of its own.  (``…（今年聖誕節公司照常營業）`` says more than a name.)"""
    lines = ["2021-07-24", "本課程於2021年12月24日至2022年1月1日（聖誕及新年假期）休課，補課安排另行通知。"]
    spans = agreed_spans(lines)
    assert ("2021年12月24日至2022年1月1日（圣诞及新年假期）", "2021-12-24", "2022-01-01") in spans
    assert not [s for s in spans if s[0] == "圣诞"]


# ---- page dates ------------------------------------------------------------------------------


def test_a_reviews_stamp_beside_its_buttons_is_the_pages_day() -> None:
    """``2019-12-28 21:46　　赞(36)　回应(3)　收藏　举报`` under a review: its own day and its
    buttons on one line."""
    lines = [
        "点评网",
        "阿娘面馆（石门一路店）的点评",
        "小胖爱吃面",
        "上周六中午带爸妈来的，人不算多，等了十分钟就进去了，点了一碗黄鱼面和一份熏鱼。",
        "招牌黄鱼面还是老味道，汤是用鱼骨熬的，浓但不腻，面是细碱面，吃到最后都不会坨。",
        "同行的朋友点了蟹粉拌面，有点小贵，但蟹粉给得很实在，拌开以后每根面都挂得住。",
        "2019-12-28 21:46　　赞(36)　回应(3)　收藏　举报",
        "回应",
        "吃货小王：冬至那天我也在排队，哈哈。",
    ]
    assert page_dates(lines) == [date(2019, 12, 28)] * 2


def test_a_stamp_row_with_its_update_first_gives_the_day_published() -> None:
    """``更新於 2024/03/18 發佈於 2024/03/15 閱讀時間約 6 分鐘``: the page is of the 15th."""
    lines = [
        "慢車旅人的沙龍",
        "集集線的最後一班車",
        "更新於 2024/03/18 發佈於 2024/03/15 閱讀時間約 6 分鐘",
        "上週末一個人搭慢車去集集，車廂裡只有三個乘客，窗外的香蕉園一路往後退，整個人都慢了下來。",
        "地震那幾年的重建故事，我是聽車站旁賣菜的阿姨說的，她說那時候車站倒了，大家還是每天來這裡擺攤。",
    ]
    assert page_dates(lines) == [date(2024, 3, 15)] * 2


def test_a_brands_exclamation_mark_in_the_head_is_no_sentence() -> None:
    """``Yahoo!奇摩知識+`` over a question and its ``發問時間：``: the mark is the brand's, so the
    head is read on to the question's stamp."""
    lines = [
        "Yahoo!奇摩知識+",
        "知識+首頁",
        "舊公寓重新配電，台電審圖大概要多久？",
        "發問時間： 2020-10-19 22:34:11",
        "家裡是三十幾年的老公寓，這次整間重新配電，從 110V 改成單相三線，師傅說要先送台電審圖。",
        "原本預計月底拆舊線，可是師傅說圖還沒送出去，想請問大家的經驗，大概要等多久？",
        "回答時間： 2020-10-20 08:12:33",
        "我家去年也是這樣，送件後大概兩週就核准了。",
        "發表時間：2020-10-23 09:02:17",
        "天花板骨架先做沒問題，記得拍照留管路位置。",
    ]
    assert page_dates(lines) == [date(2020, 10, 19)] * 2


# ---- chrome ----------------------------------------------------------------------------------


def test_an_embedded_posts_frame_and_a_sign_up_box_are_chrome() -> None:
    """``在 Instagram 查看這則貼文`` / ``ngkaching_分享的貼文`` around an embedded post; X's
    ``新加入 X？`` / ``立即註冊以取得你專屬的個人化時間軸！``."""
    lines = [
        "2020/01/26 12:00",
        _STORY,
        "在 Instagram 查看這則貼文",
        "ngkaching_分享的貼文",
        _MORE,
        "新加入 X？",
        "立即註冊以取得你專屬的個人化時間軸！",
    ]
    for chrome in chrome_of(lines):
        assert {"在 Instagram 查看这则贴文", "ngkaching_分享的贴文", "新加入 X？"} <= chrome
        assert "立即注册以取得你专属的个人化时间轴！" in chrome


def test_a_newsletter_platforms_rows_and_a_polls_call_are_chrome() -> None:
    """Substack's ``Share this post``, ``Type your email...``, ``12 Likes``, ``Privacy ∙ Terms ∙
    Collection notice``, ``Start writing``; a poll's ``…立即投票！``; a portal's ``不代表 LINE
    TODAY 立場`` with spaces round the name."""
    lines = [
        "2020-06-22",
        _STORY,
        "Share this post",
        _MORE,
        "Type your email...",
        "12 Likes",
        "【你點睇？】港股今年會否突破30,000點？立即投票！",
        "本網站內容由各新聞媒體提供，不代表 LINE TODAY 立場",
        "Privacy ∙ Terms ∙ Collection notice",
        "Start writing",
    ]
    want = {
        "Share this post",
        "Type your email...",
        "12 Likes",
        "【你点睇？】港股今年会否突破30,000点？立即投票！",
        "本网站内容由各新闻媒体提供，不代表 LINE TODAY 立场",
        "Privacy ∙ Terms ∙ Collection notice",
        "Start writing",
    }
    for chrome in chrome_of(lines):
        assert want <= chrome


def test_a_related_links_headline_with_its_stamp_stays_chrome() -> None:
    """``延伸閱讀`` / ``… 3小時前`` / ``搶票攻略一次看！年底演唱會時間表整理 10/01 21:40``: a
    link and its stamp, no reply; its ``年底`` is no event."""
    lines = [
        "2025/10/02 10:00",
        "歌手林以晴宣布加場，經紀公司表示，國慶日當天會先公布完整的售票資訊與座位圖，歌迷可多加留意。",
        "至於外界關心的新專輯進度，經紀公司透露錄音已經完成八成，預計明年3月發行。",
        "延伸閱讀",
        "金曲歌后宣布暫別舞台　最後一場演唱會辦在故鄉 3小時前",
        "搶票攻略一次看！年底演唱會時間表整理 10/01 21:40",
        "討論牆",
        "留言 128",
        "阿哲",
        "2小時前",
        "12月20日那場如果搶不到，是不是又要等到明年了…",
        "小安",
        "1小時前",
        "今年1月高雄那場我有去！現場真的好哭",
    ]
    for chrome in chrome_of(lines):
        assert "抢票攻略一次看！年底演唱会时间表整理 10/01 21:40" in chrome
    assert not [s for s in agreed_spans(lines) if s[0] == "年底"]


def test_a_game_boards_name_and_tabs_and_a_sites_account_links_are_chrome() -> None:
    """``星海牧場 Online 哈啦板`` (a game's name in two words) with its tabs; ``找回密码`` among
    ``注册 / 论坛 / 排行榜 / 帮助``; a Q&A site's ``知識+首頁 / 我要發問 / 我要回答``."""
    board = [
        "巴哈姆特電玩資訊站",
        "首頁",
        "哈啦區",
        "登入 / 註冊",
        "星海牧場 Online 哈啦板",
        "文章列表",
        "精華區",
        "板規",
        "【情報】夏日祭典活動整理＋兌換優先順序（個人心得）",
        "這次夏日祭典活動從8月1日開到8月31日，兌換商店的東西很多，我整理了一下優先順序給大家參考。",
        "首先是限定坐騎，只有這次活動拿得到，建議第一個換，其次才是強化材料和裝飾品。",
    ]
    for chrome in chrome_of(board):
        assert {"星海牧场 Online 哈啦板", "文章列表", "精华区", "板规"} <= chrome
    assert simple(title_of("\n".join(board)) or "") == "【情报】夏日祭典活动整理＋兑换优先顺序（个人心得）"
    forum = ["某某游戏动漫论坛", "找回密码", "注册", "论坛", "排行榜", "帮助", _STORY, _MORE]
    for chrome in chrome_of(forum):
        assert "找回密码" in chrome
    qa = ["Yahoo!奇摩知識+", "知識+首頁", "我要發問", "我要回答", "登入", "舊公寓重新配電，台電審圖大概要多久？", _STORY, _MORE]
    for chrome in chrome_of(qa):
        assert {"知识+首页", "我要发问", "我要回答"} <= chrome


def test_a_reviewers_level_and_the_app_stores_notes_are_chrome() -> None:
    """``牛頭角豬仔包　Lv.3 食評家`` under a review's headline (which stays the title); the App
    Store's ``此 App 仅适用于 iPhone 和 iPad 上的 App Store。`` and ``iPhone 截屏　iPad 截屏``."""
    review = [
        "搵食評 FoodieHK",
        "首頁 > 觀塘區 > 牛頭角 > 榮叔車仔麵 > 食評",
        "湯底夠濃 蘿蔔一流 可惜等位太耐",
        "牛頭角豬仔包　Lv.3 食評家",
        "2023-11-12　　瀏覽 1,038",
        "上星期六同屋企人行完觀塘海濱，成班人突然好想食車仔麵，就諗起呢間由細食到大嘅老店。",
        "六點幾去到已經排咗十幾個人，等咗差唔多半個鐘先有位，門口冇凳坐，老人家企得幾辛苦。",
    ]
    for chrome in chrome_of(review):
        assert "牛头角猪仔包　Lv.3 食评家" in chrome
    assert simple(title_of("\n".join(review)) or "") == "汤底够浓 萝卜一流 可惜等位太耐"
    app = [
        "App Store 预览",
        "此 App 仅适用于 iPhone 和 iPad 上的 App Store。",
        "小账本 - 极简记账理财助手",
        "4+",
        "随手记一笔，月底不再慌",
        "杭州木叶科技有限公司",
        "iPhone 截屏　iPad 截屏",
        "小账本是一款简单好用的记账 App，3 秒记一笔，帮你看清每一分钱的去向。不需要注册也能用，数据默认只保存在你的手机里。",
    ]
    for chrome in chrome_of(app):
        assert {"此 App 仅适用于 iPhone 和 iPad 上的 App Store。", "iPhone 截屏　iPad 截屏"} <= chrome
    assert simple(title_of("\n".join(app)) or "") == "小账本 - 极简记账理财助手"


def test_forum_apps_signatures_and_prompts_are_chrome() -> None:
    """Stage1st's ``—— 来自 Xiaomi 23127PN0CC, Android 15上的 S1Next-鹅版 v2.5.4`` under a floor,
    Discuz's ``您需要 登录 才可以下载或查看，没有账号？注册账号``, a feed's ``到底啦～``, Substack's
    ``Thanks for reading …! Subscribe for free…`` (however long) and Bahamut's ``GP`` / ``BP``
    between a floor's buttons."""
    lines = [
        "2026-04-01 09:12",
        "官方微博昨天晚上十点发的公告，原定3月26日发售的游戏延期到第三季度，具体日期另行公布。",
        "—— 来自 Xiaomi 23127PN0CC, Android 15上的 S1Next-鹅版 v2.5.4",
        "您需要 登录 才可以下载或查看，没有账号？注册账号",
        "延期总比出一个半成品好，希望这次能把战斗系统打磨好，我愿意多等几个月。",
        "Thanks for reading 石硤尾小記! Subscribe for free to receive new posts and support my work.",
        "收藏",
        "GP",
        "分享",
        "BP",
        "到底啦～",
    ]
    want = {
        "—— 来自 Xiaomi 23127PN0CC, Android 15上的 S1Next-鹅版 v2.5.4",
        "您需要 登录 才可以下载或查看，没有账号？注册账号",
        "Thanks for reading 石硖尾小记! Subscribe for free to receive new posts and support my work.",
        "GP",
        "BP",
        "到底啦～",
    }
    for chrome in chrome_of(lines):
        assert want <= chrome


# ---- titles ----------------------------------------------------------------------------------


def test_a_newsletters_name_over_its_buttons_is_no_headline() -> None:
    """``石硤尾小記`` / ``Subscribe`` / ``Sign in`` / ``Share this post`` / the issue's headline:
    the newsletter's name is the site's."""
    lines = [
        "石硤尾小記",
        "Subscribe",
        "Sign in",
        "Share this post",
        "第二十六期：粽葉、舊街市，同一間就嚟執笠嘅士多",
        "住咗廿年嘅樓下士多話要結業，我先發覺自己從來冇問過老闆姓乜。",
        "區嘉晴",
        "Jun 22, 2020",
        "各位好，又一期喇。琴日落咗成日雨，我撐住遮去白田街市買咗兩紮粽葉，準備同阿媽一齊包粽。",
        "不過今期想講嘅唔係粽，係樓下間士多，佢開咗三十幾年，老闆都係坐喺同一張摺櫈度睇報紙。",
        "呢份通訊每逢星期一出刊，寫咗半年，多謝大家一直睇，有嘢想講可以直接回覆呢封信。",
        "Thanks for reading 石硤尾小記! Subscribe for free to receive new posts and support my work.",
        "Type your email...",
        "Subscribe",
    ]
    assert simple(title_of("\n".join(lines)) or "") == "第二十六期：粽叶、旧街市，同一间就嚟执笠嘅士多"


def test_a_trail_through_a_shows_name_in_two_scripts_is_a_breadcrumb() -> None:
    """``節目 > 慢慢走的人 Slow Walkers > 單集``: a podcast site's trail (a Latin word counts once),
    so the episode's headline under it is the title."""
    lines = [
        "聲浪 Podcast",
        "探索　排行榜　分類　主持人後台　｜　登入",
        "節目 > 慢慢走的人 Slow Walkers > 單集",
        "EP.87｜颱風過後，我們去了一趟蘭嶼（ft. 島上的民宿主人阿浪）",
        "慢慢走的人 Slow Walkers・2024/08/14・58 分鐘",
        "這集錄音是在8月3日，我們原本預定7月底就要出發，結果遇上颱風，船班停航，整整延了一個禮拜才上島。",
        "這次很幸運邀請到在島上經營民宿的阿浪，跟我們聊飛魚季的禁忌、拼板舟，還有觀光客到底該怎麼慢慢走。",
    ]
    for chrome in chrome_of(lines):
        assert "节目 > 慢慢走的人 Slow Walkers > 单集" in chrome
    assert simple(title_of("\n".join(lines)) or "") == "EP.87｜台风过后，我们去了一趟兰屿（ft. 岛上的民宿主人阿浪）"
