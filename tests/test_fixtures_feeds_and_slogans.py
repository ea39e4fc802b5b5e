"""A fixture list's rows, a news feed's headlines, comment heads under a stamp row's day word, a
site's slogan in the foot, a document's number, and the other shapes the thirtieth session's
read sets showed.  The texts are written for these tests in the shapes such pages have, each
read in both scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, days_of, handles_of, simple, spans_of, title_of
from tests.test_date_shapes import both_scripts

_FIXTURES = [
    "2024-10-05 21:37",
    "",
    "統一獅今（5）日在台南主場迎戰樂天桃猿，終場統一獅以4：0完封對手，系列戰取得2勝1敗。",
    "",
    "【中職季後賽賽程】",
    "10/06（日）樂天桃猿@統一獅 17:05 台南",
    "10/08（二）統一獅@樂天桃猿 18:35 樂天桃園（如需要）",
    "",
    "領隊表示，創始球員@老林 說明年還要再拚。",
]


def test_a_fixture_row_is_dated_and_its_sides_are_no_accounts() -> None:
    """``10/06（日）樂天桃猿@統一獅 17:05 台南``: a fixture's day, the visitors at the hosts, then
    its hour and place: the day is an event, and ``@統一獅`` no account (``@老林`` still is)."""
    for days in days_of(_FIXTURES):
        assert ("10/06（日）", "2024-10-06") in days, days
        assert ("10/08（二）", "2024-10-08") in days, days
    for handles in handles_of(_FIXTURES):
        assert handles == {"老林"}, handles


_WEATHER = [
    "2025-01-22 10:30",
    "",
    "下週一（27日）起又有一波冷空氣南下。",
    "氣象署預報員指出，這波冷空氣強度可達寒流等級，影響時間約為27日至30日（大年初二），其中28、29日兩天最冷。",
    "週末（25、26日）天氣短暫回暖，上週末（18日）則是一路晴到底。",
]


def test_a_span_after_about_and_a_weekend_by_its_bracket() -> None:
    """``約為27日至30日``: 為 after 約 gives the span a time has (not a count); ``上週末（18日）``
    is the one day the bracket names, ``週末（25、26日）`` both."""
    for spans in spans_of(_WEATHER):
        assert ("27日至30日（大年初二）", "2025-01-27", "2025-01-30") in spans, spans
        assert ("周末（25、26日）", "2025-01-25", "2025-01-26") in spans, spans
        assert ("上周末（18日）", "2025-01-18", "2025-01-18") in spans, spans


_COURT = [
    "2024-07-18 16:42",
    "",
    "一名林姓男子加入詐騙集團擔任車手，民國112年8月至同年10月間，在台中、彰化多處超商提領被害人匯入款項。",
    "商务部 海关总署公告2024年第33号，决定对部分物项实施出口管制；2023年第5号台风曾在当地登陆。",
]


def test_a_span_to_the_same_year_and_a_documents_number() -> None:
    """``民國112年8月至同年10月``: one span, its end in the year its start named; ``公告2024年第33号``
    numbers a document (no year of the story), ``2023年第5号台风`` is that year's storm."""
    for spans in spans_of(_COURT):
        assert ("民国112年8月至同年10月", "2023-08-01", "2023-10-31") in spans, spans
        texts = [t for t, _, _ in spans]
        assert texts.count("2024年") == 0, spans
        assert "2023年" in texts, spans


_FEED = [
    "now 新聞",
    "首頁",
    "港聞",
    "財經",
    "最新",
    "西九海濱夜市延長至下月底 有商戶指平日人流較預期少",
    "【Now新聞台】西九文化區海濱夜市原定本周日結束，管理局宣布延長至下月底，逢周五至周日晚上開放。",
    "now.com 新聞 ・ 2 小時前",
    "補習社負責人涉詐騙23名家長學費 案件押後再訊",
    "【Now新聞台】一名補習社負責人今日在九龍城裁判法院提堂，案件押後至下月3日再訊。",
    "now.com 新聞 ・ 5 小時前",
    "港股收升逾400點 成交重上千億",
    "【Now新聞台】恒指收報20,926點，升415點，成交額1,035億元，是上周四以來首次重上千億。",
    "now.com 財經 ・ 9 小時前",
    "載入更多",
    "© 2024 某某媒體有限公司 版權所有",
]


def test_a_news_feeds_headlines_stay_with_their_summaries() -> None:
    """A feed's items (headline, summary, outlet and age): a headline's two clauses apart by a
    space are the story's, not a poster's name over a post."""
    for chrome in chrome_of(_FEED):
        for headline in ("补习社负责人涉诈骗23名家长学费 案件押后再讯", "港股收升逾400点 成交重上千亿"):
            assert headline not in chrome, chrome
        assert "now.com 新闻 ・ 5 小时前" in chrome, chrome


_TENCENT = [
    "柯基走失6天在5公里外工地被找到",
    "2024-03-06 18:20",
    "李女士說，豆包走失當天她在業主群發了尋狗啟事，網友幫忙轉發，短短兩天就超過3萬次。",
    "舉報",
    "網友評論 328",
    "豆包媽媽的鄰居",
    "湖北 · 昨天 19:12",
    "你們太給力了！我家貓去年走丟也是你們幫忙找回來的",
    "回復 贊 56",
    "小橘子不吃橘子",
    "廣東 · 昨天 20:03",
    "同意樓上的說法，遛狗一定要牽繩，小區門口車那麼多",
    "回復 贊 21",
    "青山老街坊",
    "湖北 · 昨天 21:47",
    "回復 @豆包媽媽的鄰居：你家貓是在哪找到的？我家的也丟了兩天了",
    "回復 贊 8",
    "打開騰訊新聞APP，查看更多精彩評論",
    "熱門推薦",
    "免責聲明：本文內容來自平台創作者，不代表平台的觀點和立場。",
]


def test_a_commenters_name_over_a_recent_stamp_row() -> None:
    """``廣東 · 昨天 20:03``: a comment's region and its day by the day's word; the name over it
    is the commenter's, chrome."""
    for chrome in chrome_of(_TENCENT):
        assert {"小橘子不吃橘子", "青山老街坊", "广东 · 昨天 20:03"} <= chrome, chrome
        assert "同意楼上的说法，遛狗一定要牵绳，小区门口车那么多" not in chrome, chrome


_BILIBILI = [
    "哔哩哔哩",
    "首页 | 番剧 | 直播 | 游戏中心",
    "动态详情",
    "三水不是三月",
    "2024年08月16日 19:00",
    "关注",
    "另外8月23日至25日的江城动漫嘉年华我会去，24日下午在B馆舞台有个小合唱，欢迎来玩！",
    "评论 213",
    "最热 | 最新",
    "鹿角糖Official",
    "我们的摊位周五（23日）下午就开始布展了，有空来帮忙搬箱子，管饭！",
    "2024-08-16 19:32",
    "回复 | 点赞 372",
    "是橘子汽水呀",
    "昨天才刷到这条，24号下午已经请好假了！第一次去线下，有点紧张",
    "2024-08-17 10:11",
    "回复 | 点赞 18",
    "查看更多评论",
    "哔哩哔哩 (゜-゜)つロ 干杯~",
    "沪ICP备13002172号-3",
]


def test_a_sites_slogan_in_its_foot_and_comments_over_their_stamps() -> None:
    """The site's name the page opens with, opening a foot line (``哔哩哔哩 (゜-゜)つロ 干杯~``): its
    slogan; ``最热 | 最新`` sorts the comments, so the first commenter's name is one too; and with
    every stamp under its comment, ``昨天`` counts from the stamp below it."""
    for chrome in chrome_of(_BILIBILI):
        assert {"哔哩哔哩 (゜-゜)つロ 干杯~", "最热 | 最新", "鹿角糖Official"} <= chrome, chrome
    for days in days_of(_BILIBILI):
        assert ("昨天", "2024-08-16") in days, days


_NOTE = [
    "小红书",
    "大理三天两晚｜洱海边的民宿真的绝",
    "@小鹿在路上 就是文里@的那家，直接搜名字就有，四月初应该不用提前太久订",
    "说我去年十一来过，老板还记得。",
    "店里还摆着万圣节的南瓜装饰🎃，万圣节当天会有活动。",
    "麦田里的稻草人 说：",
    "今天调休上班，全办公室都在摸鱼。",
]


def test_at_as_a_verb_national_day_come_and_decorations() -> None:
    """``文里@的那家``: @ as a verb (the place the note tagged), no account; ``去年十一来过`` is
    last National Day; a festival's decorations date nothing, its day does; Douban's ``某某 说：``
    heads a broadcast."""
    for handles in handles_of(_NOTE):
        assert handles == {"小鹿在路上"}, handles
    for days in days_of(_NOTE):
        texts = [t for t, _ in days]
        assert any(t == "去年十一" for t in texts), days
        assert texts.count("万圣节") == 1, days
    for chrome in chrome_of(_NOTE):
        assert "麦田里的稻草人 说：" in chrome, chrome


_WECHAT = [
    "重要提醒！高考期间这些路段交通管制",
    "原创 江城教育 2024年06月03日 17:30 浙江",
    "听全文",
    "记者今天从市教育考试院获悉，全市高考将于6月7日至10日举行，共有3.8万名考生参加。",
    "[图片]",
    "▲各考点周边管制范围示意图",
    "一、准考证打印",
    "明日（4日）起，考生可登录省教育考试院网站自行打印准考证。",
    "二、看考场",
    "考前一天即6日下午，各考点统一开放。",
    "附上时间轴：",
    "6/2 报名确认",
    "6/4 打印准考证",
    "6/6 看考场",
    "游客在宽窄巷子选购年货。人民网 郭婉清摄",
    "点击播报本文，约",
    "（中新经纬APP）",
    "读者如有新闻线索，可电邮至newstips@example.com。",
]


def test_numbered_headings_dated_rows_and_a_storys_furniture() -> None:
    """``一、准考证打印`` is the story's numbered heading though 打印 is a button's word; a post's
    dated rows (``6/4 打印准考证``) stay; a caption with its outlet and photographer, the read-aloud
    button, the outlet alone in brackets and the call for tips are chrome."""
    for chrome in chrome_of(_WECHAT):
        assert "一、准考证打印" not in chrome, chrome
        assert not {"6/2 报名确认", "6/4 打印准考证", "6/6 看考场"} & chrome, chrome
        assert {
            "游客在宽窄巷子选购年货。人民网 郭婉清摄",
            "点击播报本文，约",
            "（中新经纬APP）",
            "读者如有新闻线索，可电邮至newstips@example.com。",
        } <= chrome, chrome


def test_a_headlines_outlet_and_reporter_after_a_wide_gap() -> None:
    """``标题  潮新闻客户端 记者 陈某某 通讯员 王某``: the outlet, a space, then its reporter, cut
    from the headline."""
    for text in both_scripts(
        "首页\n潮评\n三万六千人奔跑西子湖畔 杭马纪录被刷新  潮新闻客户端 记者 陈晓东 通讯员 王佳\n"
        "2024-11-03 12:36:08\n\n今天（11月3日）7时30分，2024杭州马拉松在黄龙体育中心鸣枪开跑。\n"
    ):
        assert simple(title_of(text) or "") == "三万六千人奔跑西子湖畔 杭马纪录被刷新", title_of(text)


_FORUM = [
    "2025-03-12 21:40",
    "",
    "順便貼官方公告：本季母親節主題週 5月10日至12日 在主場舉行，母親節當天另有活動。",
    "先翻合約的條款，內政部範本有規定要載明日期，明日我再去問建商。",
    "我上一台 2019 年式的完全沒這聲音，2024年度業績報告話今年3月先出。",
    "楼主可以看看@杭州文旅发布的公众号，4月25日会发景区预约攻略。",
    "[签名] 长期持有 不问涨跌",
    "[1] [2] [3] 下一页",
]


def test_a_themed_week_a_stated_date_a_model_year_and_a_report() -> None:
    """``母親節主題週`` names a themed week (its days follow), ``載明日期`` holds no 明日,
    ``2019 年式`` is a car's model year and ``2024年度業績報告`` a report's name: none is an event,
    while ``母親節當天`` and ``明日`` are; ``@杭州文旅发布的公众号`` is the release account whole; a
    signature's label and a thread's bracketed pager are chrome."""
    for days in days_of(_FORUM):
        texts = [t for t, _ in days]
        assert texts.count("母亲节") == 1, days
        assert texts.count("明日") == 1, days
        assert not any(t.startswith(("2019", "2024")) for t in texts), days
        assert ("5月10日至12日", "2025-05-10") in days, days
    for handles in handles_of(_FORUM):
        assert handles == {"杭州文旅发布"}, handles
    for chrome in chrome_of(_FORUM):
        assert {"[签名] 长期持有 不问涨跌", "[1] [2] [3] 下一页"} <= chrome, chrome
