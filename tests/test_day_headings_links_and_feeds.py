"""Days set as headings, links a post gives its reader, words said on a past day, and the
furniture of video and fediverse pages: the twenty-sixth session's rules.  The texts are written
for these tests in the shapes such pages have, each read in both scripts."""

from __future__ import annotations

from datetime import date

from tests.article_probes import chrome_of, days_of, page_dates, simple, title_of
from tests.test_date_shapes import both_scripts
from tests.test_live_digest_pages import _assert_chrome
from tui.model.boilerplate import _plurk_qualifiers
from tui.model.build import build_article
from tui.model.date_patterns import scan
from tui.model.line_shapes import classify

# ---- days set as headings --------------------------------------------------------------------


def test_days_in_heavy_brackets_over_the_story_are_its_sections_and_its_events() -> None:
    """A week's roundup by day (【1月8日（周一）】 / what happened): the headings are the story's,
    kept and dated; a range heading (【1月13日—14日】) is one event."""
    page = [
        "一周要闻回顾：新区地铁试运行",
        "2024-01-15 08:00　来源：滨江新闻网",
        "",
        "【1月8日（周一）】",
        "市统计局发布数据，全市地区生产总值突破3200亿元。",
        "",
        "【1月9日（周二）】",
        "地铁5号线二期开始空载试运行，将持续三个月左右。",
        "",
        "【1月13日—14日】",
        "消费季启动，各商圈发放电子消费券共计2000万元。",
    ]
    for chrome in chrome_of(page):
        assert not any(line.startswith("【1月") for line in chrome), chrome
    for days in days_of(page):
        assert ("1月8日（周一）", "2024-01-08") in days, days
        assert ("1月9日（周二）", "2024-01-09") in days, days
        assert ("1月13日—14日", "2024-01-13") in days, days


def test_one_bracketed_day_alone_is_still_a_stamp() -> None:
    """A single 【2024-01-15】 line over the story is the page's stamp, not a section."""
    page = ["標題文字在這裡", "【1月15日】", "市统计局发布数据，全市地区生产总值突破3200亿元。"]
    for chrome in chrome_of(page):
        assert "【1月15日】" in chrome, chrome


# ---- source lines and a post's own links -----------------------------------------------------


def test_a_bracketed_line_of_the_sources_a_piece_was_put_together_from_is_chrome() -> None:
    """（综合@某某发布 @某某交警）, （本文综合自某某日报 记者 某某）: the credit, whose handles still
    count as the page's mentions."""
    _assert_chrome(("（综合@滨江发布 @滨江交警 @滨江文旅）", "（本文综合自江州日报 记者 何雨桐）"))
    page = ["標題", "2024年1月15日", "", "地铁5号线二期开始空载试运行。", "（综合@滨江发布 @滨江交警）"]
    for text in both_scripts("\n".join(page)):
        article = build_article(text)
        assert not article.bloggers
        assert {simple(b.handle.original) for b in article.credited} == {"滨江发布", "滨江交警"}


def test_a_link_given_under_what_the_reader_does_with_it_is_the_posts() -> None:
    """下载：https://… 密码:52pj, 報名網址：…, 活動網址：…: the post's own link; 來源：https://…
    and 本文链接：… are the page's."""
    _assert_chrome(
        ("來源：https://news.example.hk/story/1811342", "本文链接：https://blog.example.net/article/137"),
        body=(
            "下载：https://pan.example.cn/s/1AbCdE 提取码：52pj",
            "報名網址：https://artcamp.example.gov.tw",
            "活動網址：https://www.example.com.tw/event/1130701",
        ),
    )


def test_a_release_heading_with_its_day_is_no_related_link() -> None:
    """A changelog's v2.3（2024.5.5）: the release and its day, the post's; 某某回顾（2024-01-08）
    is another story's link."""
    _assert_chrome(("一周要闻回顾：元旦假期消费火热（2024-01-08）",), body=("v2.3（2024.5.5）",))
    page = ["标题", "2024-5-5 20:14", "", "这次更新内容比较多，直接放更新日志：", "v2.3（2024.5.5）", "- 新增按照片时间命名"]
    for days in days_of(page):
        assert ("2024.5.5", "2024-05-05") in days, days


def test_an_ask_to_write_then_the_posts_talk_is_the_posts_sentence() -> None:
    """預訂請WhatsApp 9123 4567 或者 IG@… 私訊，唔好打電話嚟舖頭啦: a short ask, then the post's
    talk after a comma; a bare 合作请联系：… line stays the account's."""
    _assert_chrome(
        ("商务合作请联系：biz@example.com",),
        body=("預訂請WhatsApp 9123 4567 或者 IG@cheungkee.cafe 私訊，唔好打電話嚟舖頭啦，忙唔切聽",),
    )


# ---- days ------------------------------------------------------------------------------------


def test_a_day_with_a_shops_hours_written_the_english_way_is_dated() -> None:
    """年廿八（1月27日）照常營業 7:00am - 8:00pm: a day and its hours, not a link's stamp."""
    page = ["新年營業時間", "2025年1月20日 下午6:30", "", "多謝各位街坊支持，新年營業時間如下：", "年廿八（1月27日）照常營業 7:00am - 8:00pm"]
    for days in days_of(page):
        assert ("年廿八（1月27日）", "2025-01-27") in days, days


def test_a_bare_day_asked_about_or_due_is_a_day() -> None:
    """25號幾點開始取貨: the time asked of that day; 3號還要交報告: what is still due then."""
    for text in ("25號幾點開始取貨呀？", "下週三就期末考了，3號還要交報告"):
        for form in both_scripts(text):
            assert any(m.kind == "day" for m in scan(simple(form))), form


def test_a_tomorrow_said_on_a_past_day_is_the_day_after_it() -> None:
    """他12月30日還傳訊息說「明天見」, 他前天還跟你說明天見 on January 1st: the 31st, not the 2nd;
    a tomorrow said now stays the page's tomorrow."""
    page = [
        "標題文字",
        "2024年1月1日 02:13",
        "",
        "他12月30日還傳訊息說「明天見」，結果放鳥。",
        "",
        "他前天還跟你說明天見，根本不想去吧。",
        "",
        "我明天再去找他。",
    ]
    for days in days_of(page):
        assert [d for t, d in days if t == "明天"] == ["2023-12-31", "2023-12-31", "2024-01-02"], days


def test_the_clocks_zero_shown_for_an_unread_date_is_no_day() -> None:
    """识别出来的日期全是1970年1月1日: a program's default, not a day; 1970年1月1日起 in a
    history is one."""
    page = ["標題", "2024-5-6 08:40", "", "HEIC格式识别出来的日期全是1970年1月1日。", "", "该制度自1970年1月1日起施行。"]
    for days in days_of(page):
        assert [t for t, _ in days] == ["1970年1月1日"], days
    for line in ("時間戳顯示為1970年1月1日", "照片日期都變成了1970年1月1日，很怪"):
        for days in days_of(["標題", "2024-5-6 08:40", "", line]):
            assert days == [], days


def test_a_shops_opening_year_in_cantonese_is_no_year_for_the_lunar_days_after_it() -> None:
    """呢間2019年開嘅粥舖 … 老闆娘話年初四先至開返: the shop's year, not the clause's; 年初四 is
    this lunar year's, and 上星期六（即係年初一） is one day, named twice."""
    page = [
        "肥仔強食記",
        "2024年2月18日",
        "",
        "見到呢間2019年開嘅粥舖門口排晒長龍，老闆娘話年初四先至開返，於是上星期六（即係年初一）我都忍住冇嚟。",
    ]
    for days in days_of(page):
        assert ("年初四", "2024-02-13") in days, days
        assert ("上星期六（即系年初一）", "2024-02-10") in days, days


def test_a_range_that_every_year_brings_back_into_the_next_year_is_no_event() -> None:
    """民國35年由台糖接收，全盛時期每年12月至隔年3月的製糖期: each year's season, its end too (not
    March of the year after 民國35年)."""
    page = ["標題", "2024年3月15日", "", "糖廠民國35年由台糖接收，全盛時期每年12月至隔年3月的製糖期，煙囪日夜冒煙。"]
    for days in days_of(page):
        assert [t for t, _ in days] == ["民国35年"], days


# ---- video and fediverse pages ---------------------------------------------------------------


def test_a_mastodon_post_is_dated_by_its_own_stamp_and_its_replies_by_theirs() -> None:
    """Mastodon puts each post's stamp under it, then the app it was sent from and bare counts:
    the first post's stamp is the page's day, each reply's 琴晚 counts from the stamp under it;
    a name over its fediverse address, 轉嘟, 最愛, Web and the software's version are furniture."""
    page = [
        "Mastodon",
        "探索",
        "登入",
        "阿樂 Lok",
        "@lokwong@mastodon.hk",
        "今晚同朋友去咗維園睇綵燈，人多到行唔郁。",
        "綵燈會由9月13日至22日，大型燈組喺中央草坪。",
        "#中秋 #維園",
        "2024年9月16日 下午10:48",
        "·",
        "Web",
        "12",
        "34",
        "回覆",
        "轉嘟",
        "最愛",
        "小麥 Siu Mak",
        "@siumak@g0v.social",
        "@lokwong 多謝帶路！我哋琴晚排咗成個鐘先入到",
        "2024年9月17日 上午8:15",
        "mastodon.hk：關於 · 狀態 · 隱私政策",
        "查看原始碼 · v4.2.10",
    ]
    assert page_dates(page) == [date(2024, 9, 16)] * len(page_dates(page))
    for days in days_of(page):
        assert ("琴晚", "2024-09-16") in days, days
    for chrome in chrome_of(page):
        assert {"Web", "最爱", "转嘟", "小麦 Siu Mak", "查看原始码 · v4.2.10"} <= chrome, chrome


def test_a_video_pages_browser_title_menu_bio_and_tags_are_furniture() -> None:
    """Bilibili: the browser's title with its platform, the site's menu under it, the uploader's
    bio over its follow button, the tags over the danmaku list and a pinned badge; the headline
    is the video's own line."""
    page = [
        "【实测】三天骑完环太湖一圈，这些坑千万别踩_哔哩哔哩_bilibili",
        "首页",
        "番剧",
        "直播",
        "游戏中心",
        "会员购",
        "登录",
        "【实测】三天骑完环太湖一圈，这些坑千万别踩",
        "12.3万",
        "2024-07-22 18:00:12",
        "骑行的阿土",
        "发消息",
        "一个爱骑车的程序员，每周五更新骑行vlog",
        "+ 关注 3.6万",
        "7月13日至15日，三天两晚，环太湖骑行全记录。路线、住宿、补给点都在视频里了。",
        "骑行",
        "环太湖",
        "VLOG",
        "弹幕列表",
        "01:35 这不是我家门口吗！ 07-22 18:05",
        "评论 1024",
        "骑行的阿土",
        "置顶",
        "装备清单：公路车一台、头盔、两个水壶。",
        "2024-07-22 18:05",
    ]
    for text, chrome in zip(both_scripts("\n".join(page)), chrome_of(page), strict=True):
        assert {simple(page[0]), "首页", "番剧", "游戏中心", "会员购"} <= chrome, chrome
        assert {"一个爱骑车的程序员，每周五更新骑行vlog", "骑行", "环太湖", "VLOG", "弹幕列表", "置顶"} <= chrome
        assert simple(title_of(text) or "") == "【实测】三天骑完环太湖一圈，这些坑千万别踩"


# ---- e-paper, announcement and forum furniture -----------------------------------------------


def test_an_e_papers_name_set_out_a_character_to_a_space_is_its_byline() -> None:
    """本报记者　周　敏 and a caption's 本报记者　周　敏摄: the e-paper's byline and credit; the
    headline's dash subtitle under it stays the story's; 本版责任编辑 with another editor is the
    page's."""
    _assert_chrome(
        ("本报记者　周　敏", "江北码头旧址现状。本报记者　周　敏摄", "本版责任编辑：王立新　　美术编辑：陈洁"),
        body=("他说　好　就走了，留下我一个人在码头等到天黑。",),
    )
    page = [
        "滨江日报数字报",
        "首页 | 往期回顾 | 版面导航",
        "第07版：文化周刊",
        "",
        "一座老码头的百年沉浮",
        "——写在江北码头旧址保护利用工程启动之际",
        "",
        "本报记者　周　敏",
        "",
        "昨天正值重阳节，七十多岁的老船工又一次来到江北码头旧址，他说那时候江面上全是帆。",
    ]
    for chrome in chrome_of(page):
        assert "——写在江北码头旧址保护利用工程启动之际" not in chrome, chrome
        assert "本报记者　周　敏" in chrome, chrome


def test_a_boards_warrant_over_an_announcement_is_chrome_and_leaves_the_headline() -> None:
    """本公司董事会及全体董事保证本公告内容不存在任何虚假记载…: every announcement's warrant;
    the headline over it and the table under it stay."""
    page = [
        "证券代码：688000　证券简称：江澜智能　公告编号：2024-035",
        "江澜智能科技股份有限公司关于2023年年度权益分派实施公告",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。",
        "重要内容提示：每股现金红利0.35元。",
        "一、通过分配方案的股东大会届次和日期：本次利润分配方案经公司2024年5月20日的2023年年度股东大会审议通过。",
        "相关公告：关于2024年第一季度报告的更正公告（2024-031）",
    ]
    for text, chrome in zip(both_scripts("\n".join(page)), chrome_of(page), strict=True):
        assert {simple(page[2]), simple(page[5])} <= chrome, chrome
        assert simple(title_of(text) or "") == simple(page[1])


def test_a_forums_floor_number_its_poster_and_the_floor_a_reply_answers_are_chrome() -> None:
    """#2 / 小米粥 milkporridge / GP 38 BP - / stamp, Dcard's B2 / 國立政治大學 法律學系 / stamp and
    高登's 回覆 #3 over a reply's words: the forum's; the reply's words stay."""
    bahamut = [
        "【情報】2.5版改版預告 新角色與活動整理",
        "樓主",
        "夜貓子阿凱 kai0420",
        "GP 152 BP -",
        "2024-04-18 19:52:11 編輯",
        "官方剛剛在直播公布了2.5版的內容，這邊先整理重點，大家可以參考看看。",
        "GP 152 BP - 收藏 分享",
        "B1 月光兔：謝謝樓主整理！ 04-18 20:03",
        "#2",
        "小米粥 milkporridge",
        "GP 38 BP -",
        "2024-04-18 20:40:27",
        "建議大家不要排在維護當天早上打活動，補償也只多給100。",
    ]
    for chrome in chrome_of(bahamut):
        assert {"#2", "小米粥 milkporridge"} <= chrome, chrome
    dcard = [
        "公司試用期週六叫我加班不給加班費",
        "匿名",
        "2024年3月18日 21:02",
        "這樣合法嗎？主管說試用期本來就要多做一點，我真的不知道怎麼辦。",
        "B1",
        "國立臺灣大學",
        "這完全違法，建議先把群組訊息截圖存證。",
        "2024年3月18日 22:40",
        "B2",
        "國立政治大學 法律學系",
        "2024年3月18日 23:15",
        "可以打1955勞工諮詢專線，24小時都有人接。",
    ]
    for chrome in chrome_of(dcard):
        assert "国立政治大学 法律学系" in chrome, chrome
        assert "可以打1955劳工咨询专线，24小时都有人接。" not in chrome, chrome
    golden = [
        "香港高登討論區",
        "#3 小薯仔 2024-02-05 23:05",
        "有冇人知今年維園有冇得玩攤位遊戲？",
        "#4 維園阿伯 2024-02-06 00:12",
        "回覆 #3",
        "有呀，不過要早啲去，平日夜晚都唔算多人",
        "#5 旺角散人 2024-02-06 12:30",
        "太細就唔好帶去啦，逼死人",
    ]
    for chrome in chrome_of(golden):
        assert "回复 #3" in chrome, chrome
        assert "有呀，不过要早啲去，平日夜晚都唔算多人" not in chrome, chrome


def test_the_lunar_days_of_every_month_are_no_event() -> None:
    """每逢农历初一、十五，码头工会都要放电影: days that come back each month."""
    page = ["標題", "2024年10月12日", "", "顾长根回忆，每逢农历初一、十五，码头工会都要在江边放一次电影。"]
    for days in days_of(page):
        assert days == [], days


def test_the_ghost_festival_by_its_common_name_is_its_day() -> None:
    """这周四就是七月半了: the fifteenth of the seventh lunar month (2019-08-15); 七月半年 is no day."""
    page = ["標題", "2019年8月12日", "", "这周四就是七月半了，按老规矩要回去烧包袱。"]
    for days in days_of(page):
        assert ("七月半", "2019-08-15") in days, days
    assert not [m for m in scan("他在那边住了十七月半年") if m.kind == "festival"]


def test_labels_notes_and_widgets_that_say_what_they_are_are_chrome() -> None:
    """A reply page's 原帖：…, a thread's pager in words or between arrows, a column's day in the
    paper, drop-down filters, a city switch, a floor's number with its buttons, a board keeper's
    badge, a call to follow the account on its platform."""
    _assert_chrome(
        (
            "原帖：一个人去成都看了场演唱会，聊聊这三天的见闻",
            "本页为第1页 共3页",
            "‹‹ 上一主題 | 下一主題 ››",
            "（本欄逢周三刊出）",
            "筛选：全部类型 ▾　　全部区域 ▾　　按时间排序 ▾",
            "当前城市：滨江　[切换]",
            "2楼　回复",
            "吧务",
            "更多校园动态请关注学校官方抖音@滨江实验中学。",
        ),
        body=("2楼的说法我同意，回复一下楼上。", "本栏目下周暂停一次，敬请留意。"),
    )


def test_an_authors_bio_and_a_sponsors_disclosure_under_their_labels_are_chrome() -> None:
    """作者簡介：…, 贊助揭露：… at a story's foot: the page's note, read last, so a review's scores
    over them stay the story's."""
    page = [
        "【影評】《海傍之歌》：舊區父女的溫柔告別",
        "2025年3月2日",
        "",
        "電影以土瓜灣舊樓為背景，講述一對父女在清拆前最後一個夏天的故事，節奏緩慢但情感細膩。",
        "評分：★★★★☆（4/5）",
        "劇情：7/10　演技：9/10　攝影：9/10　配樂：8/10",
        "",
        "作者簡介：何思朗，影評人，香港電影評論學會會員，著有《暗房裏的城市》。",
        "贊助揭露：本文試映場次由片商邀請，內容為作者獨立觀點。",
    ]
    for chrome in chrome_of(page):
        assert {simple(page[7]), simple(page[8])} <= chrome, chrome
        assert simple(page[5]) not in chrome, chrome


def test_a_listing_of_bracketed_items_over_their_fields_has_no_headline() -> None:
    """【展览】… / 时间：… / 【话剧】… / 时间：… / 【讲座】… / 时间：…: a listing's first item is no
    headline; a live blog's 【不斷更新】 headline over its stamped entries stays one."""
    listing = [
        "滨江文化云",
        "同城活动 | 音乐 | 戏剧 | 展览",
        "",
        "【展览】江南百年老照片展",
        "时间：2024年12月21日—2025年3月2日 09:00-17:00",
        "地点：滨江市博物馆三楼临展厅",
        "",
        "【话剧】《长夜》巡演·滨江站",
        "时间：2024.12.27—12.29 19:30",
        "",
        "【讲座】老城门的故事",
        "时间：2025年1月4日 14:00",
    ]
    for text in both_scripts("\n".join(listing)):
        assert title_of(text) is None
    live = [
        "【不斷更新】颱風逼近 北北基桃宣布停班停課",
        "發布時間：2023/07/27 08:10",
        "",
        "【22:35】行政院人事行政總局公布，明（28）日台北市停止上班、停止上課。",
        "【21:50】台鐵宣布，明日東部幹線列車全面停駛。",
        "【20:10】中央氣象署表示，颱風中心預計明天凌晨登陸。",
    ]
    for text in both_scripts("\n".join(live)):
        assert simple(title_of(text) or "") == "【不断更新】台风逼近 北北基桃宣布停班停课"


def test_days_a_school_swaps_years_told_round_and_likenesses_are_no_events() -> None:
    """9月14日（星期六）上课，执行周一课表: Monday's timetable, no Monday; 往年均在小年前一周: every
    year's; 好似年廿八行年宵咁: like any year's busiest night (像去年中秋那样 is one night)."""
    page = [
        "標題",
        "2024年9月10日",
        "",
        "9月14日（星期六）上课，执行周一课表。",
        "具体时间以主办方通知为准，往年均在小年前一周开放报名。",
        "個個拖住喼，好似年廿八行年宵咁。",
        "最好像去年中秋那样，摊位排得整整齐齐。",
    ]
    for days in days_of(page):
        surfaces = [t for t, _ in days]
        assert surfaces == ["去年中秋", "9月14日（星期六）"], days


def test_a_year_long_ago_with_around_it_is_that_year() -> None:
    """建于1121年前后: around the year it was built; 约1200年前 is a span back from now."""
    page = ["標題", "2024年10月9日", "", "牌坊上写着建于1121年前后，真假我也没考证。约1200年前这里还是海。"]
    for days in days_of(page):
        assert days == [("1121年", "1121-01-01")], days


def test_a_credit_over_its_pictures_caption_takes_the_caption_along() -> None:
    """图：微博@某某 / 东湖樱花园北门，游客在樱花树下拍照 / the story: the caption under its credit;
    a list's item under a credit (01 拙政园) stays."""
    page = [
        "标题",
        "2024年3月20日",
        "",
        "东湖樱花园今年提前一周进入盛花期，园方表示本周末将迎来赏樱高峰。",
        "图：微博@江州摄影师老周",
        "东湖樱花园北门，游客在樱花树下拍照",
        "需要提醒的是，清明假期为客流高峰，园区将实行分时段预约，游客可提前7天预约入园。",
        "图片来源：小红书@荷塘边的摄影师",
        "01 拙政园",
        "拙政园是苏州最大的古典园林，建议早上八点前入园，人少光线也好。",
    ]
    for chrome in chrome_of(page):
        assert "东湖樱花园北门，游客在樱花树下拍照" in chrome, chrome
        assert "01 拙政园" not in chrome, chrome


def test_a_wechat_comments_bare_day_under_it_is_its_stamp() -> None:
    """晴天小猪 江苏 / 昨天路过和平广场… / 1月30日 / 赞 16: the comment's 昨天 is the 29th."""
    page = [
        "年货大集来了！2月3日起连开6天",
        "原创 小江 江州社区生活 2024年1月29日 18:30 江苏",
        "",
        "记者从江州市商务局获悉，迎春年货大集将于2月3日至8日在和平广场举办，共设摊位320个。",
        "阅读 5621",
        "留言 12",
        "晴天小猪 江苏",
        "昨天路过和平广场，棚子都搭好了，期待！",
        "1月30日",
        "赞 16",
        "老周看江州 浙江",
        "每年都是这几家卖腊肠的吗，味道确实正宗",
        "1月31日",
        "赞 3",
    ]
    for days in days_of(page):
        assert ("昨天", "2024-01-29") in days, days


def test_a_zhihu_answers_labelled_stamp_dates_the_page_over_its_comments() -> None:
    """编辑于 2023-02-03 21:07・IP 属地海南 under the answer, 2023-02-06 · IP 属地江苏 under a
    comment: the answer's day is the page's."""
    page = [
        "知乎",
        "第一次带父母去三亚旅行，有哪些需要提前准备的？",
        "南山南北",
        "1,082 人赞同了该回答",
        "谢邀，刚从三亚回来，趁还记得赶紧写一下。我们一家四口除夕下午落地三亚，初六返程。",
        "大年初三我们去了蜈支洲岛，光排队上岛就排了将近两个小时。",
        "编辑于 2023-02-03 21:07・IP 属地海南",
        "赞同 1082",
        "86 条评论",
        "海风吹吹",
        "初二那天亚龙湾人太多了，停车场根本进不去，建议打车",
        "2023-02-04 · IP 属地广东",
        "回复",
        "一颗卤蛋",
        "请问答主，蜈支洲岛是当天买票还是要提前？我们下个月去",
        "2023-02-06 · IP 属地江苏",
        "回复",
        "知乎 · 京ICP证110745号",
    ]
    assert page_dates(page) == [date(2023, 2, 3)] * len(page_dates(page))


def test_a_bare_weekday_asked_about_or_come_back_on_is_still_to_come() -> None:
    """On Sunday the 12th: 周六一起去吗？ is the coming Saturday; 周六我们去了 the one gone by.  On
    Friday the 3rd: 母親節前一天出發，禮拜天晚上再回來 is the Sunday after the 11th it sets out on."""
    for days in days_of(["標題", "2024年5月12日", "", "周六一起去吗？"]):
        assert days == [("周六", "2024-05-18")], days
    for days in days_of(["標題", "2024年5月12日", "", "周六我们去了。"]):
        assert days == [("周六", "2024-05-11")], days
    page = ["標題", "2024年5月3日", "", "小鹿: 母親節前一天出發如何，禮拜天晚上再回來"]
    for days in days_of(page):
        assert ("礼拜天", "2024-05-12") in days, days


def test_social_pages_own_lines_are_chrome_and_a_plurk_has_no_headline() -> None:
    """A Douban page's 某某的广播, a channel's handle and counts, a forwarded message's source,
    Threads' 查看動態, Plurk's qualifier under the handle; a page under 噗浪 Plurk has no headline."""
    _assert_chrome(
        (
            "北岛以北的广播",
            "@jayskitchen_tw ‧ 38.6萬位訂閱者 ‧ 412 部影片",
            "轉發自 運輸署 Transport Department",
            "查看動態",
        ),
        body=("轉發自己的舊文，順便說說這一年的變化。",),
    )
    page = [
        "噗浪 Plurk",
        "登入",
        "🍊橘子汽水🍊",
        "@orangesoda_tw",
        "想",
        "下週末要不要衝一趟花蓮…上次去是民國108年7月，那時候悠閒的感覺好懷念",
        "2024/5/3 下午3:12",
        "24 則回應",
    ]
    for text, chrome in zip(both_scripts("\n".join(page)), chrome_of(page), strict=True):
        assert "想" in chrome, chrome
        assert title_of(text) is None


def test_festivals_and_new_year_days_named_with_their_year_or_as_a_coming_day() -> None:
    """2023年大年初二 is that year's (2023-01-23); 萬聖節當天 is October 31st; 后天（1月22日）就是北方
    小年了 is the north's 小年."""
    for days in days_of(["標題", "2024年3月5日", "", "阿芬還記得，那是2023年大年初二，她在娘家滑手機。"]):
        assert ("2023年大年初二", "2023-01-23") in days, days
    for days in days_of(["標題", "2024年11月5日", "", "她寫道：「謝謝你在萬聖節當天陪我逛夜市。」"]):
        assert ("万圣节", "2024-10-31") in days, days
    for days in days_of(["標題", "2025-01-20 10:05", "", "后天（1月22日）就是北方小年了，年味越来越浓。"]):
        assert ("北方小年", "2025-01-22") in days, days


def test_a_question_subheading_after_an_inline_list_of_links_is_the_storys() -> None:
    """【延伸閱讀】 / two links / a blank / 平台責任在哪裡？ / the story going on: the subheading is
    the story's; the links stay chrome."""
    page = [
        "假投資詐騙再進化　受害者：我以為遇到貴人",
        "2024年3月5日",
        "",
        "阿芬的女兒說，媽媽直到上週都還不肯承認被騙，這正是所謂的二次詐騙，專門鎖定已經受害的人。",
        "",
        "【延伸閱讀】",
        "你的臉書帳號可能正在幫詐團打廣告　專家教你三招自保",
        "車手只領3000元報酬　判刑卻要坐4年",
        "",
        "平台責任在哪裡？",
        "",
        "數位發展部在113年8月要求大型平台落實廣告主身分驗證，但多位被害人向本刊表示，至今仍能在社群平台上看到同樣的廣告。",
    ]
    for chrome in chrome_of(page):
        assert "平台责任在哪里？" not in chrome, chrome
        assert "车手只领3000元报酬　判刑却要坐4年" in chrome, chrome


def test_a_stories_foot_notes_credits_and_issuer_are_chrome() -> None:
    """A caption's 。图源：…, Sohu's 我来说两句 and author card, a magazine's subscription lines, a
    starred anti-fraud notice, and an issuer's name closing a notice over the page's foot."""
    _assert_chrome(
        (
            "冷擎科技液冷机组生产线。图源：企业官方",
            "文章　总阅读　查看TA的文章>",
            "我来说两句",
            "更多內容，歡迎鏡週刊紙本雜誌、鏡週刊數位訂閱、了解內容授權資訊。",
            "月費、年費會員免費線上閱讀動態雜誌",
            "★如遇詐騙，請撥打165反詐騙諮詢專線",
        ),
        body=("警方提醒，如遇詐騙可撥打165反詐騙專線查證。",),
    )
    page = [
        "风筝节期间汉阳江滩周边交通管制",
        "2025-04-28 09:30",
        "",
        "记者从武汉市公安局交通管理局获悉，为保障风筝节顺利进行，活动期间对鹦鹉大道实施临时交通管制。",
        "1.鹦鹉大道：知音桥—晴川桥，双向禁止社会车辆通行",
        "武汉市公安局交通管理局",
        "",
        "相关新闻",
        "武汉地铁五一期间延长运营时间 部分线路运营至次日凌晨",
    ]
    for chrome in chrome_of(page):
        assert "武汉市公安局交通管理局" in chrome, chrome


def test_a_download_boards_rows_and_a_columns_links_are_chrome() -> None:
    """吾爱破解's site and path, an attachment's row, 免费评分, a banned poster's note; a column's
    相關文章　|　…其他文章; an app's slogan after a full-width space; a photo's caption with when it
    was taken."""
    _assert_chrome(
        (
            "吾爱破解 - LCG - LSG |安卓破解|病毒分析|www.52pojie.cn › 软件发布区 › 原创发布区",
            "RenameKit_v2.3.zip (1.86 MB, 下载次数: 3106)",
            "免费评分",
            "提示: 作者被禁止或删除 内容自动屏蔽",
            "相關文章　|　作家專欄其他文章",
            "36氪APP　让一部分人先看到未来",
            "宏村南湖清晨，拍摄于Day 2。",
        ),
        body=("我把RenameKit_v2.3.zip下载下来试了，确实好用。", "这张照片拍摄于1998年，那时候码头还在。"),
    )


def test_a_comments_writer_with_its_month_day_and_clock_dates_its_words() -> None:
    """Sohu's 西城老街坊　01-21 09:10 over 昨天路过厂甸…: the 20th; a related link's longer headline
    with its stamp (租房留守党的年货清单 12-25 10:33) is no writer."""
    page = [
        "北京春节庙会时间表来了",
        "2025-01-20 10:05 发布于：北京市",
        "",
        "后天就是北方小年了，年味越来越浓，小编整理了一份最全攻略，建议收藏。",
        "我来说两句",
        "糖葫芦爱好者　01-20 11:42",
        "大年初二地坛见！",
        "回复　赞(56)",
        "西城老街坊　01-21 09:10",
        "昨天路过厂甸，已经在搭棚子了，看着就热闹",
        "回复　赞(18)",
    ]
    for days in days_of(page):
        assert ("昨天", "2025-01-20") in days, days


def test_the_sessions_rules_leave_their_look_alikes_alone() -> None:
    """A review's findings: 综合自己, a dated photo sentence, a one-word reply under a handle off
    Plurk, a subheading over a picture, 小年轻, 七月半完工, an edit's stamp are not what the rules
    take them for; a row of many drop-downs stays quick to read."""
    _assert_chrome(
        ("筛选：" + "全部 ▾　" * 5,),
        body=("（综合自己多年的经验，我觉得这样更好）", "这是我最喜欢的一张照片，拍摄于1998年夏天。"),
    )
    thread = ["Threads", "@lin.yu.daily", "今天終於把論文交出去了，謝謝一路幫忙的大家。", "@amy_chen", "對", "@bob_lee", "恭喜！"]
    assert not _plurk_qualifiers(thread, [classify(line) for line in thread])  # (off Plurk, 對 is a reply)
    story = [
        "社区服务中心改造完成",
        "2024年5月3日",
        "",
        "改造后的服务中心今天正式开放，居民可以在一楼办理各类业务，二楼设有长者饭堂和阅览室。",
        "走进社区服务中心",
        "图片",
        "一楼大厅宽敞明亮，工作人员介绍，新的自助终端可以办理二十多项业务，老人也能很快上手。",
    ]
    for chrome in chrome_of(story):
        assert "走进社区服务中心" not in chrome, chrome
    assert not [m for m in scan("他们就是小年轻，预计七月半完工") if m.kind == "festival"]
    page = ["標題", "2024年1月1日", "", "出生日期：1970年1月1日，籍贯浙江。"]
    for days in days_of(page):
        assert days == [("1970年1月1日", "1970-01-01")], days
