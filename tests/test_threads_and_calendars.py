"""Forum threads' floors and quotes, a game's release notes, a rota, a school calendar's rows, a
museum's notice, a help page and a ticketing page's shows: the shapes the thirty-first session's
read forum and other-shapes sets showed.  The texts are written for these tests in the shapes
such pages have, each read in both scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, days_of, simple, title_of
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article

_GAME = [
    "【情報】4.8版本尾聲整理＋5.0前瞻",
    "2024-08-15 20:33",
    "",
    "各位旅人晚安～今天維護延長了一小時，相信大家都有收到補償信了。整理一下接下來的時程：",
    "◆ 5.0版本更新：8月28日 預計06:00開始維護",
    "去年中元的活動也是送食物類道具 看來是傳統了",
    "然後我們公司2024年12月28日尾牙 聖誕節當天居然還要加班",
    "集合：8月30日（週五）早上6:30 台北車站東三門",
]


def test_a_releases_day_last_years_festival_a_partys_day_and_a_meeting_row() -> None:
    """``版本更新：8月28日 預計06:00…`` a release's day, no stamp; ``去年中元…是傳統了`` that
    year's festival (the year word names one); ``2024年12月28日尾牙`` the party's day;
    ``集合：8月30日（週五）早上6:30 …`` a meeting's row, the part of the day before its hour."""
    for days in days_of(_GAME):
        assert ("8月28日", "2024-08-28") in days, days
        assert ("去年中元", "2023-08-30") in days, days
        assert ("2024年12月28日", "2024-12-28") in days, days
        assert ("8月30日（周五）", "2024-08-30") in days, days


_DCARD = [
    "工作 · 2023年11月20日 12:05",
    "實習面試撞到期中考，可以請公司改時間嗎？",
    "下週三要面試，可是那天剛好期中考，想問大家會不會很失禮。",
    "312 愛心 · 45 則留言 · 收藏",
    "共 45 則留言",
    "B1 · 國立臺北科技大學",
    "2023年11月20日 14:20",
    "我去年12月也遇過一模一樣的情況",
    "直接寄信講清楚原因，HR通常都很好說話的",
    "回覆 · 愛心 58",
    "B2 · 匿名",
    "2023年11月20日 15:02",
    "今天早上剛面完一間，他們也說改期沒問題",
    "回覆 · 愛心 12",
]

_TIEBA = [
    "高考吧",
    "准考证什么时候发？",
    "今年准考证在哪领啊，班主任还没通知",
    "来自Android客户端 1楼 2024-06-05 22:13 回复",
    "考神附体",
    "7",
    "同届+1 昨天去学校领了准考证",
    "明天下午可以去看考场，听说今年考场在三中",
    "来自iPhone客户端 2楼 2024-06-05 22:20 回复",
]


_QUOTED = [
    "老郑开星驰",
    "发表于 2024-12-28 20:15 | 只看该作者",
    "提车半个月，说说优缺点。厂家的置换补贴到12月31日截止，有需要的元旦前下定比较稳。",
    "回复 支持(30) 反对(0)",
    "北京小刘",
    "发表于 2024-12-29 09:12:45 | 只看该作者",
    "引用 老郑开星驰 发表于 2024-12-28 20:15 的内容：",
    "厂家的置换补贴到12月31日截止",
    "我问了4S店，说1月中旬之前交车的都能申请，不一定要元旦前。",
    "回复 支持(12) 反对(1)",
    "南京小王",
    "发表于 2024-12-29 10:01:02 | 只看该作者",
    "同问，我也想知道",
    "回复 支持(2) 反对(0)",
]


def test_a_floors_first_line_under_its_number_and_a_reply_with_its_day_are_words() -> None:
    """``B1 · 某大學`` / its stamp / ``我去年12月也遇過…``: the floor's first line is its words,
    no poster's name; ``同届+1 昨天去学校…`` between stamps is a reply, its day told; the words
    quoted under ``引用 某某 发表于 … 的内容：`` are read, no poster's name."""
    for chrome in chrome_of(_QUOTED):
        assert simple(_QUOTED[7]) not in chrome, chrome
    for chrome in chrome_of(_DCARD):
        assert simple(_DCARD[7]) not in chrome, chrome
    for days in days_of(_DCARD):
        assert ("去年12月", "2022-12-01") in days, days
    for chrome in chrome_of(_TIEBA):
        assert simple(_TIEBA[6]) not in chrome, chrome


_ROTA = [
    "2024-04-03 21:10",
    "",
    "带饭第三年，分享一下我的做法。",
    "我的轮换表：周一卤肉饭 周二番茄牛腩 周三咖喱鸡 周四照烧鸡 周五剩菜大乱炖",
    "这周四到周六放假，周日（7号）还要调休上班。",
]


def test_a_rotas_weekdays_are_every_weeks() -> None:
    """``我的轮换表：周一… 周二… 周三…``: a week's rota, no days of the story; the holiday and the
    working Sunday after it are."""
    for days in days_of(_ROTA):
        texts = [t for t, _ in days]
        assert not {"周一", "周二", "周三", "周五"} & set(texts), days
        assert ("周日（7号）", "2024-04-07") in days, days


_CALENDAR = [
    "113學年度第2學期行事曆",
    "發布單位：教務處　發布日期：2025-01-06",
    "",
    "一、本學期自114年2月1日起，開學日為2月17日（星期一）。",
    "",
    "日期（星期）｜重要記事",
    "2/3～2/7｜第二學期預選課程（2/7中午12:00結束）",
    "2/10（一）｜第一階段加退選開始（至2/13中午12:00止）",
    "6/30（一）｜暑假開始",
]


def test_a_calendars_rows_with_an_hour_are_no_stamps() -> None:
    """``2/3～2/7｜第二學期預選課程（2/7中午12:00結束）``: a calendar's row, its days and what
    happens then; an hour in it makes no link's stamp of it."""
    for days in days_of(_CALENDAR):
        assert ("2/3～2/7", "2025-02-03") in days, days
        assert ("2/13", "2025-02-13") in days, days
        assert any(t.startswith("6/30") for t, _ in days), days


_MUSEUM = [
    "香港沿岸歷史博物館",
    "主頁　展覽　教育及推廣活動　館藏　參觀資料",
    "主頁 > 展覽 > 專題展覽",
    "海上絲路：南中國沿岸的貿易與生活",
    "專題展覽",
    "展期：2024年12月4日至2025年4月21日",
    "",
    "十六至十九世紀，珠江口沿岸的漁村與港口，是中外商船往來的必經之地，是次專題展覽展出逾百件文物。",
    "聖誕前夕（12月24日）：提早於下午5時閉館。",
    "最後修訂日期：2024年11月20日",
]

_HELP = [
    "路路通出行 帮助中心",
    "首页　|　火车票　|　机票　|　酒店　|　我的订单",
    "帮助中心 > 火车票 > 购票须知",
    "搜索问题，如：退票手续费",
    "火车票预售期是怎样安排的？",
    "更新时间：2025-01-02　|　阅读 65,102",
    "答：互联网售票的预售期为15天，春节期间也按15天执行，请旅客留意开售时间。",
]


def test_a_section_under_its_headline_and_a_search_boxs_example_are_no_headlines() -> None:
    """``專題展覽`` under the headline, the section its breadcrumb ends with; ``搜索问题，如：…``
    the search box's prompt (chrome); ``聖誕前夕（12月24日）`` whole."""
    for text in both_scripts("\n".join(_MUSEUM)):
        assert title_of(text) == text.split("\n")[3]
    for days in days_of(_MUSEUM):
        assert ("圣诞前夕（12月24日）", "2024-12-24") in days, days
    for text in both_scripts("\n".join(_HELP)):
        assert title_of(text) == text.split("\n")[4]
    for chrome in chrome_of(_HELP):
        assert simple(_HELP[3]) in chrome, chrome


_SHOWS = [
    "大麦 damai.cn",
    "首页　演唱会　话剧歌剧　体育　儿童亲子",
    "首页 > 演唱会 > 山海回声乐队",
    "【杭州】山海回声乐队2024巡回演唱会—杭州站",
    "时间：2024.09.21-09.22",
    "场次",
    "2024.09.21 周六 19:30",
    "2024.09.22 周日 19:30",
    "项目介绍",
    "「潮汐来信」是山海回声乐队出道十周年全国巡演，继今年5月厦门首站之后，乐队将于9月回到杭州。",
]


def test_the_shows_under_their_heading_give_no_page_date() -> None:
    """``场次`` / ``2024.09.21 周六 19:30``: the shows' days under their heading, not the page's
    stamp (the page states none)."""
    for text in both_scripts("\n".join(_SHOWS)):
        assert build_article(text).reference_source != "dateline"


_ENTRY = [
    "百度百科",
    "首页　秒懂百科　特色百科　知识专题",
    "溪桥镇",
    "播报　编辑　锁定　讨论",
    "溪桥镇，隶属于浙江省丽水市，地处西南部，总面积86.4平方千米。",
    "镇内古石拱桥始建于宋元丰三年（1080年），2019年1月入选历史文化名镇名录。",
    "参考资料",
    "1.　溪桥镇概况．某区人民政府［引用日期2024-05-18］",
    "2.　历史文化名镇名单公布．中国政府网．2019-01-21［引用日期2024-05-18］",
    "最近更新：溪桥小记（2024-05-20）",
]


def test_a_place_entry_its_reign_year_its_references_and_its_last_edit() -> None:
    """``溪桥镇`` over ``溪桥镇，隶属于…``: a place's entry names itself, however short; ``元丰三年
    （1080年）`` a Song reign's year; the references (``［引用日期…］``) are chrome and date no page;
    ``最近更新：某某（2024-05-20）`` is the page's last edit."""
    for text in both_scripts("\n".join(_ENTRY)):
        assert title_of(text) == text.split("\n")[2]
        article = build_article(text)
        assert article.reference_date.isoformat() == "2024-05-20", article.reference_date
    for days in days_of(_ENTRY):
        assert ("宋元丰三年（1080年）", "1080-01-01") in days, days
        assert all(not t.startswith(("2019-", "2024-")) for t, _ in days), days
    for chrome in chrome_of(_ENTRY):
        assert simple(_ENTRY[8]) in chrome, chrome


_SCORES = [
    "某某大学研究生院",
    "首页 | 招生信息 | 培养管理 | 学位管理 | 联系我们",
    "2025年硕士研究生复试基本分数线",
    "发布时间：2025-03-12",
    "",
    "根据教育部有关规定，结合我校实际，现将2025年硕士研究生复试基本分数线公布如下：",
    "学科门类｜总分｜单科（满分=100分）｜单科（满分>100分）",
    "哲学、经济学、法学｜345｜51｜77",
    "文学、历史学｜360｜55｜83",
    "理学、工学｜300｜45｜68",
    "复试名单将于3月20日前公布，请考生留意。",
]


def test_a_tables_rows_of_figures_and_their_head_are_read() -> None:
    """``哲学、经济学、法学｜345｜51｜77``: a table's row of figures apart by bars, no menu; the
    head over two such rows (``学科门类｜总分｜单科（满分=100分）``) is what they are."""
    for chrome in chrome_of(_SCORES):
        assert not {simple(x) for x in _SCORES[6:10]} & chrome, chrome
        assert simple(_SCORES[1]) in chrome, chrome


_RECIPE = [
    "阿鲤的厨房",
    "首页 | 家常菜 | 烘焙 | 关于我",
    "红豆沙的做法",
    "2025-01-06",
    "",
    "红豆提前泡一夜，第二天加冰糖小火慢煮两个小时，煮到起沙就可以关火了。",
    "评论",
    "豆豆妈　2025-01-07 21:16",
    "上周六买的红豆一直没用，今天正好派上用场",
    "一只咸鱼　2025-01-07 22:03",
    "收藏了，等周末做",
    "发表评论",
    "请先登录后再发表评论",
]

_TENDER = [
    "某某区政府采购网",
    "首页 | 采购公告 | 结果公告 | 政策法规",
    "某某医院医疗设备采购项目公开招标公告",
    "发布时间：2025-03-03",
    "",
    "一、项目基本情况：本项目采购医疗设备一批，预算金额300万元。",
    "二、联系方式",
    "1. 采购人信息：某某区第三人民医院　地址：某某路1288号　联系人：周老师　联系电话：0571-8711XXXX",
    "2. 采购代理机构信息：某某招标代理有限公司　联系人：王工　联系电话：0571-8600XXXX",
    "版权所有 © 某某区财政局　技术支持：0571-8888XXXX",
]


def test_a_comment_with_a_buttons_word_and_a_notices_numbered_contact_are_read() -> None:
    """``收藏了，等周末做``: a comment (a button's word done, then talk), its 周末 still to come, not
    the week the comment before named; ``1. 采购人信息：…　联系电话：…``: a notice's numbered item."""
    for chrome in chrome_of(_RECIPE):
        assert simple(_RECIPE[10]) not in chrome, chrome
    for days in days_of(_RECIPE):
        assert ("周末", "2025-01-11") in days, days
    for chrome in chrome_of(_TENDER):
        assert simple(_TENDER[7]) not in chrome, chrome
