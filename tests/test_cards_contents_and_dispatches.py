"""Shapes the thirty-ninth session's read sets showed: Christmas Eve with its bracketed day, a
business's last quarter, a release's dispatch day that its 今日 counts from, a schedule's show
named for a festival, Cantonese days asked about or said of, 这个五一, the day of 小年 kept, a
school grade after 今年; an Instagram page's day under its Hong Kong likes, a question's stamp
after its asker's name; and the furniture of blogs (contents, captions, mottos, writers' cards),
WeChat cards, Telegram previews, PTT mirrors, Douban lists, 百度知道, car and research forums,
Zhihu, shop and job pages, an encyclopedia's polysemy note and a church bulletin's headline.
The texts are written for these tests in the shapes such pages have, each read in both
scripts unless the rule is one place's alone."""

from __future__ import annotations

from tests.article_probes import agreed_spans, chrome_of, page_dates, simple, title_of
from tui.model.line_shapes import Kind, classify

_STORY = "市府表示，今年共有三十二處路段完成改善工程，總經費約一億二千萬元，預計明年再擴大辦理，民眾可上網查詢各路段進度。"
_MORE = "議員也要求市府加強宣導，避免民眾在施工期間誤闖封閉路段，並在各路口增設臨時告示牌，方便用路人提早改道。"

# ---- dates -----------------------------------------------------------------------------------


def test_christmas_eve_with_its_bracketed_day_is_that_day() -> None:
    """``聖誕夜（24日）`` is one expression, the 24th, as ``平安夜（24日）`` is."""
    lines = ["2022/12/27 10:00", "歌手林小晴聖誕夜（24日）在社群上傳和好友吃火鍋的合照，兩人都戴著麋鹿髮箍。"]
    assert ("圣诞夜（24日）", "2022-12-24", "2022-12-24") in agreed_spans(lines)


def test_last_quarter_said_of_business_is_the_one_before_the_pages() -> None:
    """``部分客戶上季已暫緩補貨`` on a page of August: April to June; ``上季度`` too; a rule's
    ``每季度首月10日前报送上一季度…`` is every quarter's."""
    lines = ["2025/08/20 07:45", "總經理指出，部分客戶上季已暫緩補貨，不過隨著旺季來臨，預期訂單可回升。"]
    assert ("上季", "2025-04-01", "2025-06-30") in agreed_spans(lines)
    rule = ["2019/04/20 09:00", "請各區於每季度首月10日前報送上一季度補貼發放情況，逾期不予受理。"]
    assert not [s for s in agreed_spans(rule) if "季" in s[0]]


def test_a_releases_today_is_its_dispatch_day() -> None:
    """``杭州，2026年3月17日——某公司今日…`` on a page stamped the 18th: 今日 is the 17th, the day
    the release was sent; without the dispatch the page's day stands."""
    lines = [
        "2026-03-18 15:40　来源：企业供稿",
        "杭州，2026年3月17日——某某科技有限公司今日在杭州举办春季新品发布会，正式推出第三代智能中控屏。",
    ]
    assert ("今日", "2026-03-17", "2026-03-17") in agreed_spans(lines)
    plain = ["2026-03-18 15:40　来源：企业供稿", "某某科技有限公司今日在杭州举办春季新品发布会，正式推出第三代智能中控屏。"]
    assert ("今日", "2026-03-18", "2026-03-18") in agreed_spans(plain)


def test_a_festival_inside_a_scheduled_shows_name_is_no_day() -> None:
    """``20:30　星光聖誕夜`` in a channel's schedule names a show; a podcast's chapters from
    ``00:00`` tell their topics, and a festival in one is the day."""
    schedule = ["2023-12-22 更新", "港視一台本周節目表：", "19:00　晚間新聞", "20:30　星光聖誕夜", "22:00　深夜劇場"]
    assert not [s for s in agreed_spans(schedule) if "圣诞" in s[0]]
    chapters = [
        "2024-08-14",
        "這一集我們聊到小時候過節的回憶，也收到很多聽眾的來信，謝謝大家一直以來的支持與鼓勵。",
        "00:00 開場閒聊近況與本集主題",
        "05:20 阿公每年都會準備的中秋節烤肉",
        "18:40 聽眾來信分享家鄉的過節習俗",
        "這一集的背景音樂由朋友提供，下一集我們會聊聊秋天的旅行計畫，敬請期待。",
    ]
    assert ("中秋节", "2024-09-17", "2024-09-17") in agreed_spans(chapters)


def test_a_weekend_wished_for_some_time_is_no_day() -> None:
    """``下次可以辦在週末白天嗎？`` asks for some weekend, not the coming one."""
    lines = ["2023/03/15 21:00", "讀詩會那晚真的很棒，下次可以辦在週末白天嗎？家裡有小孩晚上比較難出門。"]
    assert not [s for s in agreed_spans(lines) if "周末" in s[0]]


def test_cantonese_days_asked_about_or_said_of() -> None:
    """``想問下13號嗰場``, ``阿媽話18號年宵開鑼嗰日``, ``4號係星期六``: the days; the weekday said of
    a day just dated is no day of its own."""
    lines = [
        "2025-03-05 10:12",
        "年宵同觀星特別場",
        "想問下13號嗰場特別場係咪要抽籤？",
        "阿媽話18號年宵開鑼嗰日仲迫，佢想年三十晚收市前再去。",
        "咁我改為第二晚先去，4號係星期六啱啱好。",
    ]
    spans = agreed_spans(lines)
    assert [s for s in spans if s[0] == "13号"], spans
    assert ("18号", "2025-03-18", "2025-03-18") in spans or ("18号", "2025-02-18", "2025-02-18") in spans, spans
    assert [s for s in spans if s[0] == "4号"], spans
    assert not [s for s in spans if s[0] == "星期六"], spans


def test_last_week_before_a_count_of_people_is_the_week() -> None:
    """``上周一位老读者`` is last week (一位, "one person"), not last Monday."""
    lines = ["2023-10-08 18:30", "据说是上周一位老读者整理书房时寄给我们的，他在信里写了很长一段话。"]
    assert ("上周", "2023-09-25", "2023-10-01") in agreed_spans(lines)


def test_this_years_festival_said_with_this() -> None:
    """``这个五一`` is this year's May Day, one expression; ``这个清明假期`` leaves 这个 out, as
    annotators write a holiday."""
    lines = ["2020-05-06 21:13", "阿姨回了我一袋自己包的饺子，这大概是这个五一最开心的事情。"]
    assert ("这个五一", "2020-05-01", "2020-05-01") in agreed_spans(lines)
    holiday = ["2024-04-06 21:13", "这个清明假期算是白过了，今晚开始重新刷题。"]
    assert [s for s in agreed_spans(holiday) if s[0] == "清明假期"]


def test_the_north_kitchen_god_day_kept_today_or_named() -> None:
    """``今天过小年``, ``北方的小年``, ``正好是小年`` name the day; ``老家习惯腊月二十三过小年`` is a
    habit, every year's."""
    lines = [
        "2025-01-22 21:00",
        "今天是腊月廿三，北方的小年。",
        "我们山东也是今天过小年，我妈一大早就在炸面鱼。",
    ]
    spans = agreed_spans(lines)
    assert [s for s in spans if s[0] == "小年" and s[1] == "2025-01-22"], spans
    habit = ["2024-01-30 21:00", "老家习惯腊月二十三过小年，今年是赶不上了。"]
    assert not [s for s in agreed_spans(habit) if s[0] == "小年"]


def test_the_gala_on_the_set_is_no_night() -> None:
    """``春晚开着当背景音`` is the show on the television, no day of its own."""
    lines = ["2025-01-22 21:00", "除夕在家包饺子，春晚开着当背景音，一家人边包边聊。"]
    assert not [s for s in agreed_spans(lines) if s[0] == "春晚"]


def test_i_hear_that_before_a_festival_is_no_topic() -> None:
    """``聽講冬至前一日啲雞會加價``: Cantonese "I hear", then the day before the solstice."""
    lines = ["2020-12-18 14:22", "諗住聽朝去街市睇下，聽講冬至前一日啲雞會加價。"]
    assert ("冬至前一日", "2020-12-20", "2020-12-20") in agreed_spans(lines)


def test_a_school_grade_after_this_year_is_no_event() -> None:
    """``仔仔今年小六`` gives the child's grade; ``今年`` is no event of the story."""
    lines = ["2024-07-05 09:12", "仔仔今年小六，下星期二（9號）就派位放榜，我已經請咗假。"]
    spans = agreed_spans(lines)
    assert not [s for s in spans if s[0] == "今年"], spans
    assert ("下星期二（9号）", "2024-07-09", "2024-07-09") in spans, spans


def test_a_solar_term_a_change_began_from_is_that_day() -> None:
    """``从立冬开始明显掉电``: the day the change began."""
    lines = ["2023-11-27 21:40", "从立冬开始明显掉电，上周六早上零下12度，满电表显只剩260公里。"]
    assert ("立冬", "2023-11-08", "2023-11-08") in agreed_spans(lines)


def test_a_new_year_bonus_is_no_day() -> None:
    """``農曆新年利是`` among a job's benefits is a yearly bonus, not the festival's day."""
    lines = ["2020-06-03 09:00", "福利：年終雙糧、農曆新年利是、醫療津貼及員工膳食。"]
    assert not [s for s in agreed_spans(lines) if "新年" in s[0]]


def test_what_ends_after_the_day_it_began_and_what_is_told_as_done() -> None:
    """``去年11月1日签的，一年期，10月31日到期`` on a page of September: the term ends this October;
    ``去年3月5日…，结果2月底又临时提前了三天`` in January: last year's February, told as done."""
    lease = ["2020-09-16 10:00", "合同是去年11月1日签的，一年期，10月31日到期，房东说要涨租。"]
    assert ("10月31日", "2020-10-31", "2020-10-31") in agreed_spans(lease)
    done = ["2026-01-10 12:00", "我们学校去年3月5日校内截止，结果2月底又临时提前了三天，一定要留余量。"]
    assert ("2月底", "2025-02-21", "2025-02-28") in agreed_spans(done)


def test_a_weekday_arranged_after_a_coming_day_is_the_coming_one() -> None:
    """``明天下班就去问问，周六约了房东当面聊``: the coming Saturday, already arranged; without a
    coming day before it ``周六约了房东…，谈得不错`` is the last one."""
    plan = ["2020-09-16 10:00", "谢谢！明天下班就去链家问问，周六约了房东当面聊。"]
    assert ("周六", "2020-09-19", "2020-09-19") in agreed_spans(plan)
    past = ["2020-09-16 10:00", "周六约了房东当面聊，谈得还算顺利，租金维持不变。"]
    assert ("周六", "2020-09-12", "2020-09-12") in agreed_spans(past)


# ---- page dates ------------------------------------------------------------------------------


def test_an_instagram_posts_day_under_its_hong_kong_likes() -> None:
    """``1,024 個讚好 / 2024年6月3日 / 新增留言……``: the post's own day, between its likes and
    its comments, though its caption runs long (Hong Kong's likes are 讚好)."""
    lines = [
        "Instagram",
        "登入",
        "註冊",
        "bakehouse.demo",
        "•",
        "追蹤",
        "土瓜灣 木棉道",
        "bakehouse.demo",
        "🌿 端午限定返嚟喇！今次我哋試咗個新嘢：鹹蛋黃流心糭形麵包，外面係艾草麵團，入面有鹹蛋黃同肉鬆。",
        "",
        "📅 預訂日期：6月3日至8日",
        "📅 取貨日期：6月9日至10日",
        "📍 土瓜灣店 / 太子店",
        "",
        "下星期一就係端午節，兩間分店照常營業，不過太子店端午節會早啲喺下晝五點收舖，大家留意返時間。",
        "",
        "上年端午節我哋第一次整鹹肉糭包，兩日內賣晒，好多熟客話冇買到，呢次加咗一倍份量。",
        "",
        "麵包師傅話呢個配方由2月試到上個月先定落嚟，前前後後試咗廿幾次，最難係控制蛋黃流心嘅溫度。",
        "",
        "預訂方法：WhatsApp 或者 DM 我哋，留低姓名、數量同取貨分店就得。",
        "相片：@yy.film.demo",
        "#端午節 #糭 #香港麵包店 #hkfoodie",
        "1,024 個讚好",
        "2024年6月3日",
        "新增留言……",
        "wingwing_eats",
        "想問10號朝早幾點開門？想一早去買返屋企拜神",
        "3天",
        "回覆",
        "foodie_demo",
        "之前嗰個鹹肉糭包真係好好食，今次一定要試新口味！",
        "2天",
        "2 個讚好",
        "回覆",
        "kaki.demo",
        "好呀！我收工過去太子店",
        "2天",
        "回覆",
        "查看所有 36 則留言",
        "© 2024 Instagram from Meta",
    ]
    assert all(d.isoformat() == "2024-06-03" for d in page_dates(lines))


def test_a_questions_stamp_after_its_askers_name() -> None:
    """``匿名用户 | 2019-06-05 09:31`` under a question's text is when it was asked."""
    lines = [
        "百度知道",
        "2019年端午节是几月几号？高考那两天会不会和端午撞上？",
        "孩子这次参加高考，考试时间是6月7日到8日，",
        "听说今年端午节正好也是6月7日，想问问端午那天考点附近会不会特别堵？",
        "匿名用户 | 2019-06-05 09:31",
        "2个回答",
        "2019年端午节是6月7日，农历五月初五，刚好是高考第一天。",
    ]
    assert all(d.isoformat() == "2019-06-05" for d in page_dates(lines))


# ---- chrome: news ----------------------------------------------------------------------------


def test_an_epaper_printing_day_is_chrome_and_its_deck_stays() -> None:
    """``出版：2019年2月1日`` is the page's stamp; the deck ``花商嘆成本漲 食環署收逾200宗投訴``
    holds a button's word (投訴) as its object and stays the story's; the headline is the page's."""
    lines = [
        "港島日報 電子版",
        "2019年2月1日 星期五",
        "今日報章　｜　往期報章　｜　訂閱　｜　登入",
        "本版新聞：年宵花價急升 桃花貨源緊張｜港鐵新春加密班次｜的士業界促放寬泊車",
        "出版：2019年2月1日",
        "年宵花價急升 桃花貨源緊張",
        "花商嘆成本漲 食環署收逾200宗投訴",
        "",
        "【本報訊】一年一度的維園年宵市場前日開鑼，有花商表示，桃花貨源緊張，大枝桃花批發價較往年貴近三成。",
        "食環署指，年宵市場開鑼至今已處理逾200宗投訴，並已向兩名檔主發出警告。",
    ]
    for found in chrome_of(lines):
        assert simple("出版：2019年2月1日") in found
        assert simple("花商嘆成本漲 食環署收逾200宗投訴") not in found
    assert title_of("\n".join(lines)) == "年宵花價急升 桃花貨源緊張"


def test_a_sections_most_read_list_is_chrome() -> None:
    """``熱門財經`` and ``熱門點閱`` over numbered headlines at the foot: other stories."""
    lines = [
        "港經財訊",
        "冠城物流中期純利升18%",
        "2025年8月20日 07:45",
        _STORY,
        _MORE,
        "熱門財經",
        "1. 銀行下調按息 供樓族每月慳逾千元",
        "2. 新盤周末開售 入場費400萬有找",
        "熱門點閱",
        "1. 竹科周邊交通改善 縣府提三大對策",
        "關於我們 ｜ 私隱政策 ｜ 訂閱收費版",
    ]
    for found in chrome_of(lines):
        for line in ("熱門財經", "1. 銀行下調按息 供樓族每月慳逾千元", "熱門點閱", "1. 竹科周邊交通改善 縣府提三大對策"):
            assert simple(line) in found, line


def test_a_release_source_a_comment_rule_a_credit_and_a_call_to_follow() -> None:
    """``新聞稿來源：…``, ``文明上网理性发言，请遵守新闻评论服务协议``, ``（本报记者 某某 文/图）``,
    ``关注抖音号@某某 ，获取更多本地资讯。``: the page's, not the story's."""
    for line in (
        "新聞稿來源：新竹縣政府社會處",
        "文明上网理性发言，请遵守新闻评论服务协议",
        "（本报记者 郑一鸣 文/图）",
        "关注抖音号@临溪融媒 ，获取更多本地资讯。",
    ):
        assert classify(simple(line)) is Kind.CHROME, line


def test_commenters_names_taking_turns_with_their_words() -> None:
    """Two names known as chrome (mentioned with an @ elsewhere), each over its words: the next
    short line in turn is a name too."""
    lines = [
        "洄瀾在地報",
        "富源村五十年柑仔店熄燈",
        _STORY,
        _MORE,
        "讀者留言（12）",
        "阿凱在台北",
        "小時候每天放學都去買五元的冰棒，謝謝老闆娘！@林小恩 妳還記得嗎",
        "林小恩",
        "@阿凱在台北 當然記得，你每次都買紅豆的",
        "富源囝仔",
        "下週六一定回去參加茶會",
        "查看更多留言",
    ]
    for found in chrome_of(lines):
        assert simple("富源囝仔") in found
        assert simple("下週六一定回去參加茶會") not in found


# ---- chrome: blogs and posts -----------------------------------------------------------------


def test_a_posts_signature_of_when_and_its_collection() -> None:
    """``寫於 2020.01.20 深夜`` and ``收錄於 日常碎碎唸`` are the post's stamp and label;
    ``寫於七月三日凌晨，荃灣。`` is the writer's sentence; ``更多 某某 的帖子`` lists others."""
    assert classify(simple("寫於 2020.01.20 深夜")) is Kind.CHROME
    assert classify(simple("收錄於 日常碎碎唸")) is Kind.CHROME
    assert classify(simple("寫於七月三日凌晨，荃灣。")) is not Kind.CHROME
    assert classify(simple("更多 bakehouse.demo 的帖子")) is Kind.CHROME


def test_telegram_preview_and_blogger_furniture() -> None:
    """Telegram's web preview (在 Telegram 中檢視頻道, 📌 置頂訊息, 頻道預覽僅顯示最近的訊息) and
    Blogger's (BlogThis！, 簡單主題. 技術提供：Blogger.)."""
    for line in (
        "在 Telegram 中檢視頻道",
        "📌 置頂訊息",
        "在 Telegram 中開啟",
        "頻道預覽僅顯示最近的訊息",
        "BlogThis！",
        "簡單主題. 技術提供：Blogger.",
    ):
        assert classify(simple(line)) is Kind.CHROME, line


def test_a_posts_contents_whose_entries_are_headings_below() -> None:
    """``本文目錄`` over entries most of which stand again as headings (▍Day1 馬公老街): the
    contents; a wiki's numbered contents end at the first heading without a number."""
    lines = [
        "小鹿的旅行日記",
        "【澎湖】三天兩夜帶爸媽跳島",
        "本文目錄",
        "前言",
        "Day1 馬公老街",
        "Day2 七美、望安",
        "",
        "趁著爸爸剛退休，我們一家人去了一趟澎湖，原本排在七月底，結果颱風延到八月。",
        "▍Day1 馬公老街",
        "一早從松山機場出發，飛機不到一小時就到了，民宿老闆來接機時還送了我們兩杯冬瓜茶。",
        "▍Day2 七美、望安",
        "我們包了一艘小船去南方四島，七美的雙心石滬在退潮時最清楚，爸媽拍了好多照片。",
    ]
    for found in chrome_of(lines):
        for line in ("前言", "Day1 馬公老街", "Day2 七美、望安"):
            assert simple(line) in found, line
        assert simple("▍Day1 馬公老街") not in found
    wiki = ["目录", "1 历史", "2 路线", "", "历史", "这条铁路始建于1905年，全长八十余公里，沿线设有十二个车站，是当地最早的铁路之一。"]
    for found in chrome_of(wiki):
        assert "1 历史" in found and "历史" not in found


def test_a_pictures_caption_under_the_camera() -> None:
    """``📷 雙心石滬``: a caption where the picture stood; ``📷拍照`` is a post's own note."""
    assert classify(simple("📷 中央老街的四眼井，下午兩點太陽超大")) is Kind.CHROME
    assert classify(simple("📷 雙心石滬")) is Kind.CHROME
    assert classify(simple("📷拍照")) is not Kind.CHROME


def test_a_writers_card_at_the_foot_and_a_blogs_motto() -> None:
    """Medium's card under the story (``312 Followers / · / 48 Following / bio / Follow``), and a
    blog's motto between its name and its menu under the platform's bar."""
    lines = [
        "Open in app",
        "寫給三十歲的自己",
        "今天是元宵節，也是我離開公司的第一百天，這段時間我學會了慢慢吃飯，也學會了捏陶。",
        "很多人問我為什麼辭職，老實說沒有什麼戲劇性的理由，只是想換一種生活的節奏試試看。",
        "Written by 林予安",
        "312 Followers",
        "·",
        "48 Following",
        "在台北寫字的前工程師。喜歡陶土、貓和慢吞吞的早晨。",
        "Follow",
        "Help",
    ]
    for found in chrome_of(lines):
        assert simple("在台北寫字的前工程師。喜歡陶土、貓和慢吞吞的早晨。") in found
    blog = [
        "更多",
        "建立網誌",
        "登入",
        "行山佬筆記",
        "行山、影相、食嘢，偶然都會發吓牢騷",
        "主頁",
        "關於我",
        "大帽山晨霧，同埋一個好人好事",
        "琴日重陽節，明知山上一定迫爆，我都仲係一早五點起身，搭頭班車去荃灣，再行上山頂睇日出。",
    ]
    for found in chrome_of(blog):
        assert simple("行山、影相、食嘢，偶然都會發吓牢騷") in found


def test_a_wechat_accounts_card_and_credits() -> None:
    """``原创 某某 某某书房 / 2023年10月08日 18:30 浙江`` then the account's card (name, one-line bio,
    ``328篇原创内容``, ``公众号``); ``图文 | 某某``, ``部分照片由读者@某某 提供``, ``某某 (作者)``."""
    lines = [
        "我们在运河边摆了四天旧书摊",
        "原创 周予白 运河边的小书房",
        "2023年10月08日 18:30 浙江",
        "听全文",
        "运河边的小书房",
        "一家开在拱宸桥边的小书店，旧书、新书和一杯不太好喝的咖啡。",
        "328篇原创内容",
        "公众号",
        "今年中秋节恰好和国庆假期连在一起，书房只在10月3日关门休息了一天，其余时间都照常营业。",
        "四天下来，一共来了三百多位读者，卖出去一千一百多本书，最受欢迎的是一箱旧的地方志。",
        "图文 | 周予白",
        "部分照片由读者@青柠拍拍 和@老周的胶片 提供",
    ]
    for found in chrome_of(lines):
        for line in ("运河边的小书房", "一家开在拱宸桥边的小书店，旧书、新书和一杯不太好喝的咖啡。", "图文 | 周予白", "部分照片由读者@青柠拍拍 和@老周的胶片 提供"):
            assert line in found, line
    assert classify("周予白 (作者)") is Kind.CHROME


def test_xiaohongshu_stamps_by_a_days_word_and_its_dislike_button() -> None:
    """``昨天 广东``, ``2天前 浙江``: a comment's stamp and region; ``不喜欢`` a button."""
    for line in ("昨天 广东", "2天前 浙江", "不喜欢"):
        assert classify(line) is Kind.CHROME, line


def test_douban_diary_list_and_a_blogs_neighbours() -> None:
    """``鹿鸣的日记 · · · · · · ( 全部 )`` heads the writer's other diaries; a blog's
    ``文章导航``, ``上一篇 ← …`` and its comment form's note are the page's."""
    lines = [
        "豆瓣",
        "搬离北京之前",
        "下周二就要搬回长沙了，从2013年来北京读研，到现在六年多，最后这几天反而不知道该干什么。",
        "冬至那天和室友去护国寺街吃了一碗羊肉汤，排队排了四十分钟，还是觉得值得。",
        "鹿鸣的日记 · · · · · · ( 全部 )",
        "2019年读过的好书（不完全）",
        "北京秋天的八个早晨",
        "关于豆瓣 · 在豆瓣工作 · 联系我们",
    ]
    for found in chrome_of(lines):
        assert "2019年读过的好书（不完全）" in found and "北京秋天的八个早晨" in found
    for line in ("文章导航", "上一篇 ← 腊八蒜泡好了", "下一篇 → 年夜饭菜单，第一稿", "您的电子邮箱地址不会被公开。 必填项已用 * 标注"):
        assert classify(line) is Kind.CHROME, line


# ---- chrome: forums --------------------------------------------------------------------------


def test_a_ptt_mirrors_header_its_thread_list_and_board_name() -> None:
    """``看板Gossiping (八卦)作者某某 (…)時間…`` (however long), ``38 2/6 某某 [新聞] …`` rows of the
    thread's posts, and ``Gossiping`` alone over the headline."""
    assert classify("看板Gossiping (八卦)作者yuwanking (魚丸國王)時間3年前 (2023/02/06 10:15)推噓38(43推 5噓 19→)留言67則, 52人參與討論串1/2 (看更多)") is Kind.CHROME
    assert classify(simple("38 2/6 yuwanking [新聞] 嘉義森林燈會人潮擠爆 市府宣布延長展期")) is Kind.CHROME
    lines = [
        "PTT Web",
        "熱門看板",
        "分類看板",
        "Gossiping",
        "",
        "[新聞] 嘉義森林燈會人潮擠爆 市府宣布延長展期",
        "嘉義市森林燈會昨日適逢元宵節，晚間湧入約15萬人次，北門驛周邊道路一度水洩不通，市府今日宣布延長展期。",
    ]
    for found in chrome_of(lines):
        assert "Gossiping" in found


def test_forum_posters_signatures_and_quote_heads() -> None:
    """``食飯睇戲 (男)``: a poster and sex; a line at the end of two floors, each over the floor's
    buttons, is a signature; ``某某:`` over a quote is its head when 某某 is a poster named
    above; a reply shown twice under its stamp is no signature."""
    assert classify(simple("食飯睇戲 (男)")) is Kind.CHROME
    lines = [
        "親子討論區",
        "派位放榜前夕好緊張",
        "海怡媽咪",
        "發表於 2024-7-5 09:12",
        "仔仔今年小六，下星期二就派位放榜，學校話朝早10點派結果通知書，要家長陪同一齊去。",
        "兩仔乸的升學日記 ~ 2012年生哥哥 2016年生弟弟",
        "回覆 | 引用 | TOP",
        "寶寶樂",
        "發表於 2024-7-5 09:40",
        "唔使太擔心，頭三志願入到的機會都幾大，放榜嗰日記得帶埋學生證同通知書。",
        "海怡媽咪",
        "發表於 2024-7-5 10:02",
        "寶寶樂:",
        "唔使太擔心，頭三志願入到的機會都幾大",
        "多謝你！我會記住帶齊文件，到時再上嚟同大家報告結果。",
        "兩仔乸的升學日記 ~ 2012年生哥哥 2016年生弟弟",
        "回覆 | 引用 | TOP",
    ]
    for found in chrome_of(lines):
        assert simple("兩仔乸的升學日記 ~ 2012年生哥哥 2016年生弟弟") in found
        assert simple("寶寶樂:") in found


def test_a_trail_ending_at_the_threads_headline_and_its_copy_link() -> None:
    """``伊莉討論區 » … » [揪團] …有人要一起嗎？``: a trail, its question mark the headline's own;
    ``[揪團] …？ [複製鏈接]`` is the headline, cut before the button."""
    assert classify(simple("伊莉討論區 » 生活休閒區 » 旅遊交流區 » [揪團] 合歡山看星星，有人要一起嗎？")) is Kind.CHROME
    page = "\n".join(
        [
            "伊莉討論區",
            "伊莉討論區 » 生活休閒區 » 旅遊交流區 » [揪團] 合歡山看星星，有人要一起嗎？",
            "返回列表 發新帖 回復",
            "[揪團] 合歡山看星星，有人要一起嗎？ [複製鏈接]",
            "starwatcher88",
            "發表於 2019-10-8 10:41 PM | 只看該作者",
            "如題，國慶連假想上合歡山看星星，預計晚上從台中出發，半夜上武嶺，隔天早上在清境民宿補眠。",
        ]
    )
    assert title_of(page) == "[揪團] 合歡山看星星，有人要一起嗎？"


def test_a_trips_day_row_is_no_menu() -> None:
    """``Day 2 安平古堡 + 神農街`` lists a day's stops, short words and all."""
    assert classify(simple("Day 2 安平古堡 + 神農街")) is not Kind.CHROME
    assert classify(simple("Day 3 (清明節) 奇美博物館")) is not Kind.CHROME


def test_baidu_zhidao_furniture() -> None:
    """百度知道's counters, labels, sponsored topic, vote row and follow-up labels."""
    for line in (
        "浏览 3562 次",
        "问题描述：",
        "#热议# 夏天怎么吃西瓜才不伤胃？",
        "本回答由生活小常识推荐",
        "已赞过 | 已踩过 | 你对这个回答的评价是？",
        "追问",
        "追答",
        "跳到 页 确定",
    ):
        assert classify(line) is Kind.CHROME, line


def test_posters_over_badges_ranks_and_collapsed_replies() -> None:
    """A name under Tieba's ``收起回复``, over a car forum's ``车主 | 认证车型：…`` or an official
    badge, or over a research forum's rank and counts, is a poster's; ``精`` alone is a badge."""
    assert classify("精") is Kind.CHROME
    lines = [
        "汽车之家",
        "北方冬天开电车续航到底掉多少？",
        "沈阳电车小白",
        "车主 | 认证车型：海豚 2023款 自由版",
        "发表于 2023-11-27 21:40:12",
        "坐标沈阳，今年5月提的车，到现在开了九千多公里，天热的时候表显续航四百出头，冬天就不行了。",
        "回复 | 点赞(86) | 举报",
        "",
        "长春老司机",
        "车主 | 认证车型：秦PLUS DM-i",
        "发表于 2023-11-27 21:55:31",
        "正常，我去年冬天开的车，最冷那几天纯电直接腰斩，建议出门前用App提前开空调预热电池。",
        "回复 | 点赞(23) | 举报",
        "",
        "比亚迪客服小迪",
        "官方认证账号",
        "发表于 2023-11-28 09:00:02",
        "您好，冬季低温续航下降属于正常现象，12月到店可免费检测电池，详情可咨询当地门店。",
        "回复 | 点赞(2) | 举报",
    ]
    for found in chrome_of(lines):
        assert "长春老司机" in found and "比亚迪客服小迪" in found
    forum = [
        "小木虫论坛",
        "[交流] 青年基金本子写到哪一步了？",
        "单细胞搬砖人",
        "木虫 (正式写手)",
        "金币 2841.2 | 红花 38 | 帖子 912 | 注册 2017-09-15",
        "1楼 2026-01-09 21:18",
        "这是第二次申请青年基金了，去年交的本子被拒，评审意见说创新性不足，这次打算换个方向。",
        "回复 | 赞一下 | 关注TA",
        "",
        "青椒的日常",
        "副教授 (著名写手)",
        "金币 10233.5 | 红花 121 | 帖子 3310 | 注册 2012-04-01",
        "2楼 2026-01-09 21:40",
        "我上周五刚把初稿发给合作者，建议楼主先把研究方案的框架搭起来，立项依据最后再润色。",
        "回复 | 赞一下 | 关注TA",
    ]
    for found in chrome_of(forum):
        assert "青椒的日常" in found


def test_zhihu_topics_over_the_question_and_an_answerers_bio_in_clauses() -> None:
    """Topics one a line over a question whose counts follow (``关注者 1,204 | 被浏览 …``), and a
    bio in clauses (``宁波人，周末都在路上``) over the answer's votes."""
    lines = [
        "知乎",
        "首页 | 会员 | 发现 | 等你来答",
        "登录/注册",
        "旅行",
        "五一",
        "国内旅游",
        "五一假期有哪些人少景美的小众目的地？",
        "关注者 1,204 | 被浏览 3,887,102",
        "关注问题 | 写回答 | 邀请回答",
        "山川异域",
        "户外领队",
        "2,318 人赞同了该回答",
        "谢邀，人在成都，刚从川西回来，先说结论：别去热门古镇，去年五一我在某古镇门口排了两个小时队。",
        "赞同 2318 | 195 条评论 | 分享",
        "",
        "旅行的意义",
        "宁波人，周末都在路上",
        "876 人赞同了该回答",
        "浙江这边推荐衢州江郎山，清明去过一次，人比想象中少很多，早上七点上山，中午前就下来了。",
    ]
    for found in chrome_of(lines):
        for line in ("旅行", "五一", "国内旅游", "宁波人，周末都在路上"):
            assert line in found, line


# ---- chrome and titles: other pages ----------------------------------------------------------


def test_a_bulletins_dated_headline_and_its_programme_fields() -> None:
    """``2024.03.24 主日週報（棕枝主日）``: the issue's name after its day; ``講道：…　　講題：…``
    are a programme's fields, no headline."""
    page = "\n".join(
        [
            "台北某某浸信會",
            "首頁 ｜ 關於我們 ｜ 主日週報 ｜ 聯絡我們",
            "您現在的位置：首頁 > 主日週報 > 2024",
            "2024.03.24 主日週報（棕枝主日）",
            "發佈者：教會辦公室　分類：主日週報",
            "",
            "講道：林永恩牧師　　講題：「和散那，奉主名來的」",
            "司會：黃慧珊執事　　招待：以馬內利小組",
            "",
            "自2021年2月政變以來，緬甸境內衝突不斷，許多村莊遭到轟炸，請弟兄姊妹持續為當地信徒禱告。",
        ]
    )
    assert title_of(page) == "主日週報（棕枝主日）"


def test_a_reviews_headline_over_its_writer_and_stamp() -> None:
    """A review's own headline over its reviewer and ``發佈於 …`` beats the restaurant's name the
    breadcrumb ends with; the reviewer's level and the meal's facts are the page's."""
    page = "\n".join(
        [
            "OpenRice 開飯喇",
            "香港 > 深水埗 > 粥粉麵 > 明記粥麵",
            "明記粥麵",
            "深水埗北河街xx號地舖 ｜ $50以下 ｜ 粥品",
            "食評",
            "深水埗老字號　及第粥真材實料",
            "foodie_kwan（食家 Lv.3）",
            "發佈於 2023年12月23日 00:41",
            "琴晚同屋企人做冬，食完飯沿住北河街行返地鐵站，見到明記粥麵仲開緊，就入去食碗粥先返屋企。",
            "明記粥麵的及第粥啲豬潤好嫩，粉腸洗得好乾淨，老闆話佢哋由1985年開到而家，食材每朝自己揀。",
        ]
    )
    assert title_of(page) == "深水埗老字號　及第粥真材實料"
    assert classify(simple("foodie_kwan（食家 Lv.3）")) is Kind.CHROME
    assert classify(simple("用餐日期：2023-12-22　｜　人均消費：$50以下")) is Kind.CHROME
    assert classify(simple("更多 明記粥麵 食評")) is Kind.CHROME


def test_a_blogs_name_in_the_writers_card_is_no_listed_headline() -> None:
    """The blog's name again under ``創作者介紹`` at the foot is the writer's card, not a list of
    stories that would make it the headline."""
    page = "\n".join(
        [
            "痞客邦",
            "首頁",
            "登入",
            "小鹿的慢慢旅行日記",
            "帶爸媽旅行、吃在地小店、偶爾碎念",
            "部落格全站分類：休閒旅遊",
            "Aug 17 Sat 2019 22:36",
            "【澎湖】三天兩夜帶爸媽跳島：七美、望安與一場錯過的花火",
            "趁著爸爸剛退休，我們一家人去澎湖跳島三天兩夜，第二天包船去七美和望安，雙心石滬真的很美。",
            "可惜最後一晚的花火節因為風浪太大取消，只能隔著海看對岸零星的煙火，爸媽倒是覺得這樣也很浪漫。",
            "全站熱搜",
            "創作者介紹",
            "小鹿",
            "小鹿的慢慢旅行日記",
            "留言列表",
        ]
    )
    assert title_of(page) == "【澎湖】三天兩夜帶爸媽跳島：七美、望安與一場錯過的花火"


def test_an_encyclopedias_polysemy_note_its_senses_and_tools() -> None:
    """``本词条是多义词，共2个义项``, the row of senses under it and the tools row are the page's;
    the entry's name is the headline, its lead opening with 位于; its facts stay."""
    lines = [
        "知百科",
        "搜索词条",
        "永宁桥",
        "本词条是多义词，共2个义项",
        "某市永宁镇石拱桥　｜　永宁桥（公路桥）",
        "编辑　讨论　收藏　分享　本词条由某某文物保护中心参与编辑并审核",
        "",
        "永宁桥位于某市永宁镇东溪之上，始建于明万历十二年，是当地现存最长的古代石拱桥，为省级文物保护单位。",
        "基本信息",
        "中文名：永宁桥",
        "别　名：东溪桥、万寿桥",
        "始建时间：明万历十二年（1584年）",
        "全　长：86米",
    ]
    for found in chrome_of(lines):
        assert "本词条是多义词，共2个义项" in found
        assert "某市永宁镇石拱桥　｜　永宁桥（公路桥）" in found
        assert "中文名：永宁桥" not in found
    assert title_of("\n".join(lines)) == "永宁桥"


def test_shop_job_and_ticket_page_widgets() -> None:
    """A shop's buying widget, a job ad's facts row, accounts row and privacy note, a ticket
    page's call to follow; a guest named with an account in brackets stays the story's."""
    for line in (
        "领券：满399减30　店铺会员专享价 ¥379",
        "配送至：北京 朝阳区 三环以内　有货",
        "颜色：白色 ｜ 灰色",
        "数量：－ 1 ＋",
        "服务：正品保障 · 七天无理由退货 · 一年质保",
        "温馨提示：商品图片仅供参考，请以实物为准。",
        "商品评价（8600+）",
        "觀塘區 ｜ 全職 ｜ HK$28,000 - HK$35,000 /月",
        "某某餐飲集團有限公司　Instagram：@demo_hk　Facebook：某某冰室",
        "相關職位",
        "所有資料只作招聘用途，未獲通知面試者，其申請將於三個月後銷毀。",
        "追蹤樂團最新消息：",
        "Instagram @cetus.demo ｜ 主唱 阿魚 @ahyu_demo ｜ Facebook 鯨魚座樂團",
        "Facebook 粉絲專頁：@demo.temple",
        "奉獻帳號：郵政劃撥 1234xxxx　戶名：台北某某教會",
        "本页内容有帮助吗？ 👍 有帮助　👎 没帮助",
    ):
        assert classify(simple(line)) is Kind.CHROME, line
    assert classify(simple("特別嘉賓：獨立創作歌手 林小島（IG @xiaodao.demo）")) is not Kind.CHROME
    assert classify(simple("📷 @阿鱼的相机　同行：@橙子不酸啊")) is not Kind.CHROME
    assert classify(simple("颜色：白色")) is not Kind.CHROME


def test_a_syllabus_sections_stay_and_its_periods_are_every_week() -> None:
    """``【基本資料】``, ``【每週進度】``: the page's own sections; ``星期二 第3、4、5節`` a
    course's weekly periods, no day."""
    assert classify(simple("【基本資料】")) is not Kind.CHROME
    assert classify(simple("【每週進度】")) is not Kind.CHROME
    lines = ["最後更新：2025-01-20", "上課時間：星期二 第3、4、5節（10:10-13:00）　　上課地點：人文館 H305"]
    assert not [s for s in agreed_spans(lines) if s[0] == "星期二"]


# ---- guards: the review's counter-examples, which the rules above leave alone ------------------


def test_guards_dates_the_sessions_rules_leave_alone() -> None:
    """A call on 3月16日 (电话会议), a date range opening a paragraph, Monday before 家长会 or 位于,
    上季度 ending another word, a weekend after an earlier clause's 下次, a festival's night still
    airing, the north's 小年 defined, advice from 立秋, a room's number: as before."""
    call = ["2026-03-18 09:00", "公司管理层在3月16日电话会议上表示，今年一季度订单饱满。", "公司今日股价上涨5%，收于42.3元。"]
    assert ("今日", "2026-03-18", "2026-03-18") in agreed_spans(call)
    show = ["2026-03-18 09:00", "展览时间：2026年3月14日—3月30日，地点在市美术馆一楼展厅。", "今天是开展的第五天，不少市民带着孩子前来参观。"]
    assert ("今天", "2026-03-18", "2026-03-18") in agreed_spans(show)
    week = ["2024-05-08 10:00", "班主任在群里通知，下周一家长会改到下午三点。", "上周一位于市中心的百货公司发生火警，所幸没有人员受伤。"]
    spans = agreed_spans(week)
    assert ("下周一", "2024-05-13", "2024-05-13") in spans and ("上周一", "2024-04-29", "2024-04-29") in spans, spans
    words = ["2025-08-20 07:45", "英伟达今天晚上季度财报出炉，公司将于下周举办线上季度业绩说明会。", "2019年，这家公司上季度亏损扩大。"]
    assert not [s for s in agreed_spans(words) if "季" in s[0]]
    weekend = ["2024-05-08 10:00", "這次先這樣，下次再聊，週末我要回南部參加表姊婚禮。"]
    assert ("周末", "2024-05-11", "2024-05-12") in agreed_spans(weekend)
    gala = ["2024-02-20 09:00", "去年春晚播着播着，我家突然停电了，一家人只好点蜡烛守岁。"]
    assert [s for s in agreed_spans(gala) if s[0] == "去年春晚"]
    custom = ["2024-03-01 09:00", "北方的小年是腊月二十三，南方的小年是腊月二十四。", "中医认为，从立秋开始就要注意润燥。"]
    assert not [s for s in agreed_spans(custom) if s[0] in ("小年", "立秋")]
    room = ["2023-09-10 10:00", "我住在12號房那晚，隔壁一直很吵。"]
    assert not [s for s in agreed_spans(room) if s[0] == "12号"]
    that = ["2024-09-20 10:00", "2021年我在新疆支教。", "那年中秋我一个人在宿舍，这个中秋节让我第一次体会到想家的滋味。"]
    assert ("这个中秋节", "2021-09-21", "2021-09-21") in agreed_spans(that)


def test_guards_lines_and_titles_the_sessions_rules_leave_alone() -> None:
    """Headlines about comment rules and civil manners, a headline of two quotes, a name over its
    story's lead, how-to steps with arrows, a streaming list, tips under the camera, a subheading
    between ad markers, a blog's labels that its menu also names: as before."""
    for line in ("微博发布新版社区评论规则", "关注台风最新动态", "10/3 Netflix 【黑白大廚】第二季上線", "📷 3月25日前后是盛花期"):
        assert classify(simple(line)) is not Kind.CHROME, line
    assert classify(simple("理性發言，不要一直帶風向好嗎？事情還沒有調查清楚。")) is not Kind.CHROME
    assert classify(simple("打開設定 > 電池 > 電池健康度，就可以看到目前的最大容量。")) is not Kind.CHROME
    quotes = "\n".join(["首頁", "政治", "藍委：預算編列不合理　卓榮泰：依法編列", "2024-05-08 16:10", _STORY, _MORE])
    assert title_of(quotes) == "藍委：預算編列不合理　卓榮泰：依法編列"
    place = "\n".join(
        ["首頁", "旅遊", "秋天必去！嘉義阿里山賞楓攻略", "2024-10-08 10:00", "阿里山", "阿里山位於嘉義縣東部，每年十一月楓葉轉紅，吸引大批遊客上山。", _MORE]
    )
    assert title_of(place) == "秋天必去！嘉義阿里山賞楓攻略"
    ads = [
        "2024-09-02 08:00",
        "台风摩羯逼近 海南全省停课",
        "海南省教育厅今天发布通知，全省中小学和幼儿园明天起停课，具体复课时间另行通知。",
        "广告",
        "明日全省停课",
        "气象部门预计，台风摩羯将于明天下午在海南文昌到广东湛江一带沿海登陆。",
        "广告",
        "海口市已启动防台风一级应急响应，全市公交明天全线停运。",
    ]
    for found in chrome_of(ads):
        assert "明日全省停课" not in found
    menu = [
        "小鹿旅遊筆記",
        "首頁",
        "住宿",
        "交通",
        "台南兩天一夜小旅行",
        "2024-04-02",
        "這次跟朋友兩個人去台南玩兩天，吃了好多好吃的東西，也住了一間很有特色的民宿。",
        "交通：",
        "從台北搭高鐵到台南站，再轉乘沙崙線到市區，大約兩個小時。",
        "住宿：",
        "這次住在神農街附近的老屋民宿，一晚兩千八，含早餐。",
    ]
    for found in chrome_of(menu):
        assert simple("交通：") not in found and simple("住宿：") not in found


def test_a_wire_dateline_is_read_once_for_the_page_and_the_story() -> None:
    """The page's date and the story's dispatch read a wire's day with one rule
    (``dateline.agency_day``): ``新华社北京3月16日电``, ``台北16日電``; a day before 电话 or 电商 is none."""
    from tui.model.dateline import agency_day

    assert agency_day("新华社北京3月16日电 记者从国家统计局获悉") == (3, 16)
    assert agency_day("（中央社記者王小明台北16日電）行政院今天通過草案") == (None, 16)
    assert agency_day("公司管理层在3月16日电话会议上表示") is None
    assert agency_day("3月15日电商平台集中发布维权报告") is None
