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
    ``聖誕假期`` is (a fake, ``中秋假月饼``, is not: see the guards below)."""
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


# ---- guards (a review helper's counter-examples to the rules above) --------------------------


def test_guard_a_planned_release_day_after_the_update_is_no_page_date() -> None:
    """``更新日期：2024/05/10　預計發布日期：2024/06/20``: the release is planned, the page is of the
    update's day; so too ``更新时间：… 发布时间：2025-02-26（官宣）``, a day after the update."""
    planned = [
        "遊戲基地",
        "《星海牧場》主機版情報整理",
        "更新日期：2024/05/10　預計發布日期：2024/06/20",
        "開發團隊今天公開主機版的新情報，除了畫面強化之外，也會追加兩個新地圖與合作模式，玩家可以在預購後搶先體驗。",
        "據官方說法，主機版將支援跨平台存檔，PC版玩家的進度可以直接轉移，不用重新開始。",
    ]
    assert page_dates(planned) == [date(2024, 5, 10)] * 2
    later = [*planned[:2], "更新时间：2025-01-10 10:20　发布时间：2025-02-26（官宣）", *planned[3:]]
    assert page_dates(later) == [date(2025, 1, 10)] * 2


def test_guard_numbers_in_hao_joined_without_a_month_stay_numbers() -> None:
    """``3號同5號，邊個靚啲？`` (shades), ``场上7号和10号`` (shirts), ``座位是12号和13号``, ``展馆1号及2号``:
    no day after the first, which names no month; ``选手…3号开始`` is a contestant."""
    for line in (
        "新出嗰盒色號，3號同5號，邊個靚啲？我黃皮。",
        "昨晚的比赛，场上7号和10号，配合得真不错。",
        "我们抽到的座位是12号和13号，都在靠窗那一排。",
        "展馆1号及2号，今天暂停开放，请改走3号馆。",
        "选手按抽签顺序上场，3号开始，每人限时五分钟。",
    ):
        spans = agreed_spans(["2024-03-01 10:00", line])
        assert not [s for s in spans if s[0] in ("5号", "10号", "13号", "2号", "3号")], line


def test_guard_a_weekday_with_words_before_a_closing_is_one_day() -> None:
    """``周四去图书馆才发现休馆`` (a trip), ``通知：周五全天休诊，周六恢复…`` (one closure): days, not
    a week's rule; nor is ``周末不能陪我去看展了`` or ``周末不得不回公司加班`` every weekend."""
    monday = "2024-06-17 09:00"
    assert ("周四", "2024-06-20", "2024-06-20") in agreed_spans([monday, "周四去图书馆才发现休馆，白跑一趟，气死了。"])
    notice = agreed_spans([monday, "通知：周五全天休诊，周六恢复正常门诊，敬请留意。"])
    assert ("周五", "2024-06-21", "2024-06-21") in notice
    for line in ("老公说周末不能陪我去看展了，公司临时要加班。", "周末不得不回公司加班，烦死了。"):
        assert ("周末", "2024-06-22", "2024-06-23") in agreed_spans([monday, line]), line


def test_guard_one_weeks_rows_under_its_name_are_that_weeks_days() -> None:
    """``这周的安排如下。`` / ``工作日：周三出差去上海，周五晚上回来。``: this week's plan, its days
    dated; ``上周小结。`` / ``周末：周六去宜家…`` the same."""
    plan = agreed_spans(["2024-06-17 09:00", "这周的安排如下。", "工作日：周三出差去上海，周五晚上回来。"])
    assert ("周三", "2024-06-19", "2024-06-19") in plan
    past = agreed_spans(["2024-06-17 09:00", "上周小结。", "周末：周六去宜家买了书架，周日在家装了一整天。"])
    assert ("周六", "2024-06-15", "2024-06-15") in past


def test_guard_hong_kong_stamps_read_day_first_where_one_shows_it() -> None:
    """Replies stamped ``28/05/2019 21:03`` then ``05/06/2019 10:15`` under a page of May 4th: the
    first can only be day first, so the second is June 5th and its ``聽日`` June 6th."""
    lines = [
        "2019年5月4日 星期六",
        "想問下大家，下個月去台北自由行，五日四夜，有冇推介嘅民宿？預算每晚一千蚊港幣左右，最好近捷運站。",
        "回覆",
        "旅遊達人",
        "28/05/2019 21:03",
        "我上個月住過大安站附近嗰間，幾好，聽日send個link俾你。",
        "阿Ben",
        "05/06/2019 10:15",
        "我聽日就飛台北，到時話你知間民宿點。",
    ]
    assert ("听日", "2019-06-06", "2019-06-06") in agreed_spans(lines)


def test_guard_a_bracket_that_says_more_than_holiday_names_stays_apart() -> None:
    """``2024年12月20日至2025年1月5日（圣诞当天休息）``, ``…（除夕和初一停诊）``: the bracket tells of
    days of its own, each dated."""
    rest = agreed_spans(["2024-12-01 10:00", "本店2024年12月20日至2025年1月5日（圣诞当天休息）照常营业。"])
    assert [s for s in rest if s[0].startswith("圣诞")]
    shut = agreed_spans(["2025-01-10 10:00", "门诊2025年1月20日至2月10日（除夕和初一停诊）照常开诊。"])
    assert ("除夕", "2025-01-28", "2025-01-28") in shut


def test_guard_story_lines_like_the_new_chrome_stay_in_the_story() -> None:
    """A call to vote in a sentence, a setting's English path, a reported ``不代表 … 的立場``, a reply
    under a related list, a level reached, ``终于上了微博首页``, ``我朋友分享的帖子``: the story's."""
    story = [
        "2024-10-02 10:00",
        _STORY,
        "歌迷可於10月31日前登入官網立即投票！",
        "進入 Privacy & Security → Location Services → System Services 關掉就行",
        "外交部發言人強調，這次會面並不代表 台北與華府 的立場改變，雙方仍維持既有默契。",
        "終於升到 Lv.99 了",
        "终于上了微博首页",
        "我朋友分享的帖子",
        _MORE,
    ]
    for chrome in chrome_of(story):
        assert chrome <= {"2024-10-02 10:00"}, chrome
    replies = [
        "2025/10/02 10:00",
        "我家的柴犬今天滿一歲了，帶牠去公園跑了一整個下午，回家倒頭就睡，真的是又累又可愛，附上幾張照片給大家看看。",
        "延伸閱讀",
        "柴犬掉毛季怎麼辦？美容師教你三招 3小時前",
        "阿哲",
        "2小時前",
        "真的好可愛！我也想養一隻",
        "回覆",
        "小安",
        "1小時前",
        "生日快樂！柴柴要健健康康長大",
        "回覆",
    ]
    for chrome in chrome_of(replies):
        assert "真的好可爱！我也想养一只" not in chrome


def test_guard_counterfeits_and_counts_are_no_holidays_or_years() -> None:
    """``中秋假月饼``, ``春节假酒``: fakes, the festival alone; ``差不多同年10月``: 同年 after 差不多."""
    fake = [s[0] for s in agreed_spans(["2024-08-20 10:00", "市场监管局提醒，中秋假月饼流入市场，消费者要注意辨别。"])]
    assert "中秋假" not in fake
    same = agreed_spans(["2024-06-17 09:00", "2019年3月他入职，差不多同年10月就升了主管。"])
    assert ("同年10月", "2019-10-01", "2019-10-31") in same


def test_a_reply_right_under_a_related_list_is_read() -> None:
    """``延伸閱讀`` / ``… 3小時前`` / ``阿哲`` / ``2小時前`` / ``真的好可愛！我也想養一隻``: with no
    comments heading between them, a name over a comment's age opens the comments; the list ends
    there, its reply is the story's."""
    lines = [
        "2025/10/02 10:00",
        "我家的柴犬今天滿一歲了，帶牠去公園跑了一整個下午，回家倒頭就睡，真的是又累又可愛，附上幾張照片給大家看看。",
        "延伸閱讀",
        "柴犬掉毛季怎麼辦？美容師教你三招 3小時前",
        "阿哲",
        "2小時前",
        "真的好可愛！我也想養一隻",
        "回覆",
    ]
    for chrome in chrome_of(lines):
        assert "柴犬掉毛季怎么办？美容师教你三招 3小时前" in chrome
        assert "真的好可爱！我也想养一只" not in chrome


def test_a_videos_chapters_stay_and_its_tags_under_them_do_not() -> None:
    """``00:00 出发 丁蜀古镇`` / ``12:40 湖滨大道第一次补给`` / ``41:15 进入长兴``: the uploader's
    outline, read; ``骑行`` / ``太湖`` / ``公路车`` / ``vlog`` / ``运动`` under it, over the counts:
    the video's tags, chrome."""
    lines = [
        "2024-05-17 19:30:00",
        "上周六从宜兴丁蜀出发，沿着太湖西岸一路骑到长兴，全程128公里，累计爬升不到300米，新手也可以试试。",
        "装备清单和GPX轨迹放在置顶评论，想看原素材的可以来直播间。",
        "00:00 出发 丁蜀古镇",
        "12:40 湖滨大道第一次补给",
        "41:15 进入长兴",
        "骑行",
        "太湖",
        "公路车",
        "vlog",
        "运动",
        "3526",
        "1208",
        "评论 312",
    ]
    for chrome in chrome_of(lines):
        assert not {"00:00 出发 丁蜀古镇", "12:40 湖滨大道第一次补给", "41:15 进入长兴"} & chrome
        assert {"骑行", "太湖", "公路车", "vlog", "运动"} <= chrome
