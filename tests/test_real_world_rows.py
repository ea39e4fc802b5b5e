"""Rows and heads of real pages: a tour's departures and a railway's timetable, a label's ranked
choices, a platform's tab over a post, a poster's invitation, a game's period and the hour it
ends, a meeting's time over its place, a night past midnight; words round a weekday (直接, 马上,
人多), a solar term and after, a Cantonese day, a range's end before 期間, a weekday after a
coming day; the heads of a Weibo post, a note, a Q&A page, a Discuz thread, a group, a recipe,
a listing, a church's and a temple's site.  The texts are written for these tests in the shapes
such pages have (the thirty-third session's read sets showed them), each read in both scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, page_dates, simple, spans_of, title_of
from tests.test_date_shapes import both_scripts

_DEPARTURES = [
    "2025-02-18 10:00",
    "",
    "江南水乡五日游（上海出发）",
    "出发日期　价格（成人/儿童）　余位",
    "2025-03-08 周六　¥2980/¥1980　余位12",
    "2025-03-15 周六　¥3180/¥2080　已满",
    "报名请联系客服，名额有限，先到先得。",
]


def test_a_departure_row_opening_on_its_date_and_weekday_is_body_and_dated() -> None:
    """``2025-03-08 周六　¥2980/¥1980　余位12``: a tour's departure, its fares and seats; no
    related link's stamp nor a deal widget."""
    for chrome in chrome_of(_DEPARTURES):
        assert not any(line.startswith("2025-03") for line in chrome), chrome
    for spans in spans_of(_DEPARTURES):
        assert ("2025-03-08", "2025-03-08", "2025-03-08") in spans, spans
        assert ("2025-03-15", "2025-03-15", "2025-03-15") in spans, spans


_TIMETABLE = [
    "發布日期：113-12-27",
    "",
    "一、疏運期間：114年1月24日至2月2日，共計10天。",
    "乘車日期　車次　起訖站　開車時刻",
    "1月24日（五）　5111次自強號　樹林→潮州　06:12",
    "2月1日（六）　5152次自強號　臺東→樹林　13:20",
]


def test_a_timetables_row_its_cells_then_its_hour_is_no_stamp() -> None:
    """``1月24日（五）　5111次自強號　樹林→潮州　06:12``: the day a train runs, not a page's stamp."""
    for spans in spans_of(_TIMETABLE):
        assert ("1月24日（五）", "2025-01-24", "2025-01-24") in spans, spans
        assert ("2月1日（六）", "2025-02-01", "2025-02-01") in spans, spans


_PRIORITY = [
    "[活动] 4.5版本前最后一波活动日历整理",
    "",
    "活动期间每天登录送体力，记得领。",
    "兑换优先级：精炼材料 > 突破石 > 摩拉，头像框随缘",
    "文章分类：攻略 > 活动",
]


def test_a_labels_choices_in_order_are_no_trail_and_a_category_trail_is() -> None:
    """``兑换优先级：精炼材料 > 突破石 > 摩拉``: what to buy first; ``文章分类：攻略 > 活动`` is the
    site's trail under its label."""
    for chrome in chrome_of(_PRIORITY):
        assert not any(line.startswith("兑换优先级") for line in chrome), chrome
        assert "文章分类：攻略 > 活动" in chrome, chrome


_THREADS = [
    "Threads",
    "登入",
    "首頁",
    "搜尋",
    "為你推薦",
    "ayu.loves.music",
    "2天",
    "昨晚的演唱會真的哭爛 整理一下給沒搶到票的朋友",
    "▫️ 從19:30開唱一路到快23:00，總共唱了28首，安可三次",
    "▫️ 開場直接唱〈第一盞燈〉，全場大合唱",
    "下一站是下週五的台中，售票日期等官方公告",
]


def test_a_platforms_tab_over_a_posts_head_heads_no_list_of_stories() -> None:
    """``為你推薦`` over ``ayu.loves.music`` / ``2天``: the tab "for you" over one post; the
    post's lines are its words, no list of other stories."""
    for chrome in chrome_of(_THREADS):
        assert "ayu.loves.music" in chrome and "2天" in chrome, chrome
        assert not any("开唱" in line or "哭烂" in line or "大合唱" in line for line in chrome), chrome


_INVITATION = [
    "Dcard",
    "",
    "有人要一起組讀書會嗎？每週六早上在台北車站附近的K書中心，互相抽考。",
    "有興趣留言或私訊～",
    "#高普考 #國考 #讀書會",
    "128 · 收藏 · 分享",
]


def test_a_posters_invitation_said_with_a_wave_is_no_button() -> None:
    """``有興趣留言或私訊～``: 留言 and 私訊 are buttons' words, but no button ends with a wave."""
    for chrome in chrome_of(_INVITATION):
        assert not any(line.startswith("有兴趣") for line in chrome), chrome
        assert "128 · 收藏 · 分享" in chrome, chrome


def test_a_weekday_before_zhijie_is_the_day_and_one_before_zhi_is_not() -> None:
    """``下週一直接進廠``: 直接 ("straight") is a word after Monday; ``上週一直在忙``: 一直
    ("all along") leaves last week, no Monday."""
    for spans in spans_of(["2024年7月24日 10:00", "", "零件7/29到，下週一直接進廠。他上週一直在忙，沒空回。"]):
        assert ("下周一", "2024-07-29", "2024-07-29") in spans, spans
        assert ("上周", "2024-07-15", "2024-07-21") in spans, spans


def test_soon_the_weekend_is_no_last_weekend_and_a_place_then_last_week_is() -> None:
    """``马上周末了``: 马上 ("soon"), then the weekend; ``花海上週末試營運``: the sea of flowers,
    then last weekend; ``周末人多``: what weekends are like."""
    lines = [
        "2024年10月2日 10:00",
        "",
        "天气转凉，马上周末了，大家准备去哪里走走？",
        "花海上週末試營運就湧入近2萬人。",
        "不过景区周末人多，最好早上7点前到。",
    ]
    for spans in spans_of(lines):
        assert ("上周末", "2024-09-28", "2024-09-29") in spans, spans
        assert ("周末", "2024-10-05", "2024-10-06") in spans, spans
        assert len(spans) == 2, spans


def test_a_period_and_the_hour_it_ends_on_one_line_is_no_stamp() -> None:
    """``限時活動：7/11～7/31 04:59``: a game's event, its days and the hour it ends, however
    short its line; a page's stamp is one day."""
    for spans in spans_of(["2024/07/04 10:00", "", "今天更新公告。", "限時活動：7/11～7/31 04:59（維護後開放）"]):
        assert ("7/11～7/31", "2024-07-11", "2024-07-31") in spans, spans


def test_a_meetings_time_over_its_place_is_its_day() -> None:
    """``时间：2025年1月9日（星期四）上午10:00`` over ``地点：…``: when the meeting is, not when
    the page was sent; a night past midnight (``19:30—次日0:30``) has no day of its own."""
    lines = [
        "发布时间：2025-01-09 16:20",
        "",
        "时间：2025年1月9日（星期四）上午10:00",
        "地点：市政府新闻发布厅",
        "时间：12月31日（周二）19:30—次日0:30",
        "地点：江滨公园",
    ]
    for spans in spans_of(lines):
        assert ("2025年1月9日（星期四）", "2025-01-09", "2025-01-09") in spans, spans
        assert ("12月31日（周二）", "2024-12-31", "2024-12-31") in spans, spans  # (the Tuesday its weekday names)
        assert not any(s[0] == "次日" for s in spans), spans


def test_a_solar_term_and_after_it_is_its_day() -> None:
    """``夏至以后只会更臭``: the term's day, as ``夏至后`` is."""
    for spans in spans_of(["2024-06-17 22:41", "", "我家住南门3栋，夏至以后只会更臭，窗户都不敢开。"]):
        assert ("夏至", "2024-06-21", "2024-06-21") in spans, spans


def test_a_cantonese_at_before_a_day_and_a_ranges_end_before_its_period() -> None:
    """``要喺27號前交到``: 喺, Cantonese for 在, before the day; ``今年6月3日至5日期間``: the
    range's end before 期間 (no 日期)."""
    lines = [
        "2024-09-18 22:05",
        "",
        "學校要求紙本都要喺27號前交到，最好打去學校問清楚。",
        "控罪指他於今年6月3日至5日期間，先後偷去兩輛電單車。",
    ]
    for spans in spans_of(lines):
        assert ("27号", "2024-09-27", "2024-09-27") in spans, spans
        assert ("今年6月3日至5日", "2024-06-03", "2024-06-05") in spans, spans


def test_a_bare_weekday_after_a_coming_day_is_the_next_one() -> None:
    """``兄弟明（30）日休兵，週二起移師台南``: Tuesday after tomorrow's rest, not this week's, gone by."""
    for spans in spans_of(["2024/09/29 22:10", "", "兄弟明（30）日休兵，週二起移師台南作客。"]):
        assert ("周二", "2024-10-01", "2024-10-01") in spans, spans


def test_the_heads_of_a_weibo_post_and_a_note() -> None:
    """``#哈尔滨旅游# #冰雪大世界# 【…】``: the topics tag the post, the bracket is its headline;
    a note's title under its writer's follow button and its picture counter (``关注`` / ``1/9``)."""
    weibo = "\n".join(
        [
            "微博",
            "冰糖葫芦不加糖",
            "2024-01-02 19:48 来自 HUAWEI Mate 60 Pro",
            "+关注",
            "#哈尔滨旅游# #冰雪大世界# 【南方小土豆的哈尔滨三日游｜附攻略】",
            "12月30日至1月1日，和室友三个人去了趟哈尔滨，回来今天才缓过劲来，整理一下给想去的宝子们。",
        ]
    )
    note = "\n".join(
        [
            "小红书",
            "发现",
            "发布",
            "通知",
            "糯米团子不粘牙",
            "关注",
            "1/9",
            "上海｜藏在弄堂里的本帮菜小馆，红烧肉绝了🔥",
            "上周六和朋友一起去的，五一假期人太多一直没敢去，节后终于排上了。",
        ]
    )
    for text in both_scripts(weibo):
        assert simple(title_of(text) or "") == "【南方小土豆的哈尔滨三日游｜附攻略】"
    for text in both_scripts(note):
        assert simple(title_of(text) or "") == "上海｜藏在弄堂里的本帮菜小馆，红烧肉绝了🔥"


def test_the_heads_of_a_question_a_discuz_thread_and_a_group() -> None:
    """A Q&A page's question over three lines of its detail and its stamp, then its counts;
    Discuz's sign-up prompts over the thread (chrome); a group's size under its name."""
    question = "\n".join(
        [
            "知乎",
            "首页 会员 发现 等你来答",
            "教育",
            "北京海淀小升初多校划片，电脑派位到底什么时候出结果？",
            "孩子现在六年级，海淀区。听说派位结果6月中下旬才出，但去年6月28日就能查了？",
            "登记是5月10日至5月20日吗？上周学校开了说明会，有点慌。",
            "有了解今年流程的家长或者老师吗？",
            "编辑于 2024-05-08 21:14・IP 属地北京",
            "关注者 326 被浏览 148,930",
            "关注问题 写回答 邀请回答",
        ]
    )
    thread = [
        "滨江生活网",
        "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。",
        "您需要 登录 才可以下载或查看，没有账号？立即注册",
        "滨江论坛 › 民生投诉 › 查看内容",
        "[民生投诉] 南门垃圾中转站天天臭到半夜，12345打了两次没用",
        "翠湖湾老住户",
        "发表于 2024-6-17 22:41",
        "我们小区南门对面那个垃圾中转站是今年3月建好的，4月8号开始运营。",
    ]
    group = ["豆瓣", "上海拼单互助组", "小组 · 成员 18.6万", "【拼单】智利车厘子5kg原箱，浦东可自提", "来自: 团长小满"]
    for text in both_scripts(question):
        assert simple(title_of(text) or "") == "北京海淀小升初多校划片，电脑派位到底什么时候出结果？"
    for text in both_scripts("\n".join(thread)):
        assert simple(title_of(text) or "") == "[民生投诉] 南门垃圾中转站天天臭到半夜，12345打了两次没用"
    for chrome in chrome_of(thread):
        assert {simple(thread[1]), simple(thread[2])} <= chrome, chrome
    for chrome in chrome_of(group):
        assert "小组 · 成员 18.6万" in chrome, chrome


def test_the_heads_of_a_recipe_a_listing_and_two_sites() -> None:
    """A writer's name beside ``+关注`` is no headline, and ``菜谱创建于`` dates the recipe; a
    listing's headline in short words under the breadcrumb that ends with its estate; a temple's
    ``全球資訊網`` and a church's name with its district and English name are the site's name."""
    recipe = [
        "食光厨房　菜谱 | 菜单 | 作品 | 市集 | 下载APP",
        "首页 > 菜谱分类 > 甜品 > 桂花糖藕",
        "桂花糖藕（电饭煲版，附糖桂花做法）",
        "阿圆的小厨房　+关注",
        "收藏　|　分享　|　举报",
        "每年中秋前后，小区里的桂花一开，我就忍不住要做这道糖藕。上周六去菜场挑了两节七孔藕。",
        "菜谱创建于 2023-09-14",
    ]
    listing = [
        "樓盤網 HouseHK　買樓 | 租樓 | 新盤 | 屋苑 | 成交",
        "首頁 > 買樓 > 九龍 > 紅磡/黃埔 > 黃埔花園",
        "黃埔花園 8期 高層 海景兩房 即買即住",
        "售價：$628萬　實用面積：480呎",
        "物業資料",
        "地址：紅磡德康街黃埔花園8期 高層",
        "業主誠意放售，單位保養得好，隨時可以睇樓，有興趣請聯絡代理。",
    ]
    temple = [
        "財團法人苗栗縣頭份永和宮 全球資訊網",
        "首頁 | 本宮簡介 | 最新消息 | 聯絡我們",
        "送神暨新春祭典活動時間公告",
        "發佈日期：2024-12-30",
        "本宮謹訂於下列日期舉行送神、迎春及新春各項祭典，敬邀信眾闔家蒞臨參拜，共沐神恩。",
    ]
    for text in both_scripts("\n".join(recipe)):
        assert simple(title_of(text) or "") == "桂花糖藕（电饭煲版，附糖桂花做法）"
    assert {d.isoformat() for d in page_dates(recipe)} == {"2023-09-14"}
    for text in both_scripts("\n".join(listing)):
        assert simple(title_of(text) or "") == "黄埔花园 8期 高层 海景两房 即买即住"
    for text in both_scripts("\n".join(temple)):
        assert simple(title_of(text) or "") == "送神暨新春祭典活动时间公告"
    for chrome in chrome_of(["基督教恩泉堂（九龍城） Grace Spring Church", "主頁 | 關於我們 | 崇拜聚會", "恩泉堂主日週刊"]):
        assert "基督教恩泉堂（九龙城） Grace Spring Church" in chrome, chrome


def test_weekdays_of_a_places_hours_of_every_day_and_of_days_named_are_no_days() -> None:
    """``開館時間：…；週日 08:30-17:00``: every week's Sunday; ``日日…開工，禮拜六都唔停``: every
    day, Saturdays too; ``兩個日子都是禮拜一``: the weekday the days fall on; a poster named
    ``周末去山里`` in Tieba's ``回复 周末去山里 :`` is no weekend."""
    lines = [
        "2024-04-12 10:00",
        "",
        "本館各項推廣活動如下，請於活動前線上報名，額滿為止。",
        "開館時間：週二至週六 08:30-21:00；週日 08:30-17:00（週一及國定假日休館）",
        "樓上裝修，日日朝早8點半開工鑽到6點，禮拜六都唔停。",
        "老師看的兩個日子都是禮拜一，價格低很多。",
        "山野阿杰: 回复 周末去山里 :这条线一天要走十几公里，慎重",
        "下週六我會去現場看看。",
    ]
    for spans in spans_of(lines):
        assert [s[0] for s in spans] == ["下周六"], spans


def test_a_share_rows_platforms_and_a_writers_other_pieces_are_chrome() -> None:
    """``分享 / LINE / Facebook / 複製連結``: the platforms between the share row's buttons;
    ``更多 林書妤 的文章``, ``More from Wing Lam`` and a diary's ``日记 2024-03-08 …`` rows: the
    writer's other pieces, their days no events."""
    lines = [
        "今年1月到3月，我們花了快三個月整修老房子，預算也超支了一倍，但每天早上看著雲很值得。",
        "分享",
        "LINE",
        "Facebook",
        "複製連結",
        "更多 林書妤 的文章",
        "離開台北前，我做的五件事 2024/07/02",
        "More from Wing Lam",
        "Week 22｜五月嘅最後一個星期",
        "日记 2024-03-08 元宵节的那碗汤圆",
    ]
    for chrome in chrome_of(lines):
        assert {"LINE", "Facebook", "更多 林书妤 的文章", "More from Wing Lam"} <= chrome, chrome
        assert "日记 2024-03-08 元宵节的那碗汤圆" in chrome, chrome
        assert "离开台北前，我做的五件事 2024/07/02" in chrome, chrome


def test_a_pictures_caption_tags_a_boards_hot_threads_and_a_share_quote_are_chrome() -> None:
    """``[图片] 1月24日，…。``: a picture's caption, its day no event; ``[微博截图]`` between a
    story's paragraphs is the picture's place, no heading; ``# 加装电梯 # 城市更新``: the tags;
    ``股吧热帖``'s threads under it; a share's quote row (``今开：… 最高：… 最低：…``)."""
    lines = [
        "2024-01-25 08:30",
        "",
        "江城站今年春运预计发送旅客1200万人次，比去年同期增长一成，车站增开了12个临时售票窗口。",
        "[图片] 1月24日，江城站工作人员在候车大厅布置春运宣传展板。",
        "[微博截图]",
        "铁路部门提醒旅客，2月9日除夕当天车票仍有余票，可以在12306上查询。",
        "# 春运 # 江城站 # 铁路",
        "今开：23.02　最高：23.80　最低：22.91　成交量：8.64万手",
        "股吧热帖",
        "白酒板块持续调整，底部到了吗？ 10-29 21:15",
        "三季报密集披露，哪些公司超预期 10-30 06:58",
    ]
    for chrome in chrome_of(lines):
        assert {"[微博截图]", "# 春运 # 江城站 # 铁路", "股吧热帖", "白酒板块持续调整，底部到了吗？ 10-29 21:15"} <= chrome, chrome
        assert any(line.startswith("[图片] 1月24日") for line in chrome), chrome
        assert any(line.startswith("今开") for line in chrome), chrome
    for spans in spans_of(lines):
        assert not any(s[0] == "1月24日" for s in spans), spans


def test_a_results_table_rows_are_body_and_a_departure_row_no_page_date() -> None:
    """``营业收入　612,384,205.17　18.42　…``: the report's figures, no menu row; a tour's first
    departure (``2025-03-08 周六　¥2980/¥1980　余位12``) is no stamp of the page, whose
    ``更新时间：2025-02-18`` dates it."""
    table = [
        "华岳精机：2024年第三季度报告",
        "主要会计数据和财务指标",
        "项目　本报告期　同比增减　年初至报告期末　同比增减",
        "营业收入　612,384,205.17　18.42　1,655,092,771.36　12.07",
        "总资产　5,128,447,903.62　4,806,115,280.44　6.71",
        "公司本报告期营业收入增长主要系新产品订单放量所致。",
    ]
    tour = [
        "途悦旅游网　国内游 | 出境游 | 周边游 | 自由行",
        "【赏樱专线】昆明+大理+丽江6日5晚跟团游",
        "产品编号：YN20250218-0631　出发地：上海　更新时间：2025-02-18",
        "团期价格（成人价/儿童价）",
        "2025-03-08 周六　¥2980/¥1980　余位12",
        "2025-03-15 周六　¥3180/¥2080　余位6",
        "行程第一天抵达昆明，入住酒店后自由活动，导游会在晚上八点前电话联系您。",
    ]
    for chrome in chrome_of(table):
        assert not any(line.startswith(("营业收入", "总资产")) for line in chrome), chrome
    assert {d.isoformat() for d in page_dates(tour)} == {"2025-02-18"}


def test_a_floors_name_an_editors_bar_a_sign_in_prompt_related_recipes_and_answer_labels() -> None:
    """``1楼 宝安区扣篮王``: a floor's number and its poster; ``B Color Image Link Quote Code
    Smilies``: the reply box's toolbar; ``登入以讚好或留言。``; ``相关菜谱：A · B · C``; Yahoo
    知識+'s ``最佳解答`` and ``其他解答``: the page's, none of them words of the thread."""
    lines = [
        "本帖最后由 楼主 于 2024-6-18 09:12 编辑，补充一下南门垃圾站的情况，大家看看怎么处理比较好。",
        "1楼 宝安区扣篮王",
        "同意楼主，我也打过两次12345了，都说会处理。",
        "最佳解答",
        "其他解答",
        "B Color Image Link Quote Code Smilies",
        "登入以讚好或留言。",
        "相关菜谱：桂花酒酿小圆子 · 糖水藕片 · 蜜汁山药",
    ]
    for chrome in chrome_of(lines):
        assert {simple(line) for line in lines[1:2] + lines[3:]} <= chrome, chrome
        assert simple(lines[2]) not in chrome, chrome


def test_from_this_day_on_is_the_notices_day() -> None:
    """``即日起開放登記``: from the day the notice was written; ``即日起至1月5日`` stays one range."""
    lines = ["發佈日期：2024-12-30", "", "本宮公告如下，敬請信眾留意。", "即日起開放登記安太歲、光明燈，名額有限。", "報名即日起至1月5日止。"]
    for spans in spans_of(lines):
        assert ("即日", "2024-12-30", "2024-12-30") in spans, spans
        assert ("即日起至1月5日", "2024-12-30", "2025-01-05") in spans, spans


def test_a_day_with_hao_before_what_is_weighed_booked_or_crowded_then() -> None:
    """``纠结2号还是6号``, ``20号入住``, ``29号生日``, ``18號人多到爆``, ``3号想去``: days of the month,
    where 号 numbers no line, gate or player (``3号线``, ``5号楼`` stay none)."""
    lines = [
        "2024-09-20 22:50",
        "",
        "国庆结婚的姐妹们，我们纠结2号还是6号，已经订了八大关的民宿，20号入住。",
        "姐妹我也是29号生日！聽講18號人多到爆，我3号想去。",
        "坐3号线到5号楼下车就到了。",
    ]
    for spans in spans_of(lines):
        days = {s[0] for s in spans}
        assert {"2号", "6号", "20号", "29号", "18号", "3号"} <= days, spans
        assert not any(s[0] in ("3号线", "5号楼") for s in spans), spans


def test_a_weekend_wish_a_travel_notes_card_and_a_match_card_date_no_event() -> None:
    """``大家週末愉快！``: a wish for any weekend; ``出发时间 / 2024-10-02　出行天数 / 6 天　人物 / …``:
    a travel site's card over the note; ``比赛时间：2025-01-20 19:35 比赛地点：…``: a live page's
    match card, the page's day, no event of its story."""
    note = [
        "国庆川西环线6天5晚，人少景美",
        "出发时间 / 2024-10-02　出行天数 / 6 天　人物 / 和朋友　人均费用 / 3500元",
        "今年国庆没有去挤热门景点，选了川西小环线，第一天从成都出发，傍晚到达新都桥。",
        "大家週末愉快！",
    ]
    live = [
        "CBA常规赛第10轮 江州雄狮vs海城飞鹰 文字直播",
        "比赛时间：2025-01-20 19:35 比赛地点：江州奥体中心体育馆",
        "第一节比赛开始，双方开局都很谨慎，江州雄狮上一场比赛在1月18日客场输了球。",
    ]
    for chrome in chrome_of(note):
        assert any(line.startswith("出发时间") for line in chrome), chrome
    for spans in spans_of(note):
        assert not any(s[0] in ("2024-10-02", "周末") for s in spans), spans
    for spans in spans_of(live):
        assert not any(s[0].startswith("2025-01-20") for s in spans), spans
        assert ("1月18日", "2025-01-18", "2025-01-18") in spans, spans


def test_an_estates_recent_sales_are_a_list_of_other_pages() -> None:
    """``屋苑近期成交`` over ``24/10/2024　8期 中層 2房　$605萬``: other flats' sales, their days no
    events of this listing."""
    lines = [
        "刊登日期：2024-11-05",
        "",
        "業主誠意放售，單位保養得好，隨時可以睇樓，有興趣請聯絡代理。",
        "屋苑近期成交",
        "24/10/2024　8期 中層 2房　$605萬　實呎$12,604",
        "08/10/2024　9期 高層 3房　$812萬　實呎$12,307",
    ]
    for chrome in chrome_of(lines):
        assert {"屋苑近期成交", "24/10/2024　8期 中层 2房　$605万　实呎$12,604"} <= chrome, chrome
    for spans in spans_of(lines):
        assert not any(s[0] in ("24/10/2024", "08/10/2024") for s in spans), spans


def test_a_standings_table_set_out_with_wide_spaces_is_the_storys() -> None:
    """``1　嘉兴队　8场　7胜1平0负　22分``: the league's standings inside the story, a figure in most
    cells, as many cells in each row; no menu of short words."""
    lines = [
        "2024-11-10 21:30",
        "",
        "本轮战罢，嘉兴队继续领跑，台州队紧随其后。",
        "积分榜前三名如下：",
        "1　嘉兴队　8场　7胜1平0负　22分",
        "2　台州队　8场　5胜2平1负　17分",
        "3　绍兴队　8场　4胜3平1负　15分",
        "下一轮比赛将于11月16日进行，嘉兴队主场迎战绍兴队。",
    ]
    for chrome in chrome_of(lines):
        assert not any("队" in line and "场" in line for line in chrome), chrome


def test_a_shows_dates_and_hours_one_under_the_other_are_its_programme() -> None:
    """``2025-03-15 周六 19:30`` / ``2025-03-16 周日 19:30`` under ``场次``: the show's two nights,
    what a ticket page is for; a page's stamp stands alone."""
    lines = [
        "星河乐队2025巡回演唱会-杭州站",
        "价格：¥380 - ¥1280",
        "场次",
        "2025-03-15 周六 19:30",
        "2025-03-16 周日 19:30",
        "票档",
        "演出介绍：星河乐队时隔三年再度开启全国巡演，杭州站将带来全新编排的曲目和舞台设计。",
    ]
    for chrome in chrome_of(lines):
        assert not any(line.startswith("2025-03-1") for line in chrome), chrome


def test_an_event_named_for_a_festival_is_no_day() -> None:
    """``上次春节活动（除夕到初七）的奖励``: a game's event named for the festival; its days are
    the bracket's."""
    lines = ["2024-06-10 10:00", "", "上次春节活动（除夕到初七）的奖励邮件已经全部发完，没收到的找客服。"]
    for spans in spans_of(lines):
        assert [s[0] for s in spans] == ["除夕到初七"], spans
