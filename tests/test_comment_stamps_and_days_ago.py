"""Comments dated by the stamps under them, days counted back (3天前), an account whose name
ends in an institution's head noun, and short replies among a thread's floors: the
twenty-seventh session's rules.  The texts are written for these tests in the shapes such pages
have, each read in both scripts."""

from __future__ import annotations

from datetime import date

from tests.article_probes import chrome_of, days_of, handles_of, page_dates, title_of
from tui.model.build import build_article
from tui.model.date_patterns import scan
from tui.model.fold import fold
from tui.model.line_shapes import classify, is_comment_stamp

# ---- a comment's stamp under it --------------------------------------------------------------

_WEIBO_REPOST = [
    "微博",
    "首页",
    "发现",
    "登录 注册",
    "",
    "山城小雨",
    "24-3-9 20:31 来自 iPhone客户端",
    "今天下午去了灯会，人不多，推荐！//@老街观察员:转发微博",
    "@山城文旅：【春季灯会开幕】3月8日至17日每晚开放，16日晚有烟花。",
    "24-3-6 10:02 来自 微博网页版",
    "转发 56 | 评论 23 | 赞 140",
    "",
    "阿June爱旅行：昨天傍晚去的，烟花要等16日才有",
    "24-3-10 09:12 来自重庆",
    "回复",
    "赞 12",
    "老街观察员：回复@阿June爱旅行:这周日是最后一天了",
    "24-3-11 18:25 来自重庆",
    "回复",
    "赞 6",
    "小土豆：3天前带爸妈去的，老人家很开心",
    "24-3-13 08:55 来自四川",
    "回复",
    "赞 1",
]


def test_weibo_comments_count_their_days_from_the_stamp_under_each() -> None:
    """Weibo prints a comment, then its stamp with a two-figure year (24-3-10 09:12 来自重庆):
    the comment's 昨天 and 这周日 count from that day; the reposter's own 今天 keeps the post's
    day, and the quoted original (@山城文旅：…) alone takes the stamp under it."""
    for days in days_of(_WEIBO_REPOST):
        assert ("今天", "2024-03-09") in days, days
        assert ("昨天", "2024-03-09") in days, days
        assert ("这周日", "2024-03-17") in days, days
        assert ("3天前", "2024-03-10") in days, days


def test_a_days_ago_word_counts_back_from_the_writers_day() -> None:
    """3天前 in a sentence is a day; a booking window (28天前才能抢), a deadline (须于3天前),
    a rough time (3天前后) and 前往 (3天前往) are not days counted back."""
    assert any(m.kind == "days_ago" for m in scan("我3天前才回坑，前天抽卡就歪了"))
    for text in ("火车票要28天前才能抢", "须于3天前申请", "大约3天前后到货", "计划3天前往北京"):
        assert not any(m.kind == "days_ago" for m in scan(text)), text


def test_a_comment_that_opens_with_days_ago_stays_in_the_body() -> None:
    """3天前跟着你的攻略去的早市 is a comment's sentence; 3天前 alone or before a region is its
    stamp."""
    assert classify(fold("3天前跟着你的攻略去的早市，冻柿子绝了")).name != "CHROME"
    for stamp in ("3天前", "2天前 · 陕西", "编辑于 3天前 四川", "3天前发布"):
        assert classify(fold(stamp)).name == "CHROME", stamp


def test_douyin_comments_under_their_day_and_region_are_no_headline() -> None:
    """A video page's comments, each over its day and region (2024-03-17·湖北): none of them is
    the headline, and each counts its days from its own day."""
    page = [
        "抖音",
        "推荐",
        "关注",
        "登录",
        "拍花的老胡",
        "粉丝 8.7万",
        "樱园今天开了七成🌸 明天出门的可以冲了，估计下周三满开！",
        "#樱花季 #春日出游",
        "发布时间：2024-03-15 19:22",
        "全部评论(856)",
        "汉口小吴",
        "前天去的还只开了三成，今天再去已经粉成一片了",
        "2024-03-17·湖北",
        "回复",
        "荆楚小胖",
        "樱花节是3月8日到4月8日吗？想带外婆去",
        "2024-03-16·湖南",
        "回复",
        "等风来也",
        "上周末人挤人，今天请了假去，清净多了",
        "2024-03-18·广东",
        "回复",
    ]
    assert title_of("\n".join(page)) is None
    for days in days_of(page):
        assert ("前天", "2024-03-15") in days, days
        assert ("今天", "2024-03-17") in days, days
        assert ("上周末", "2024-03-16") in days, days
        assert ("3月8日到4月8日", "2024-03-08") in days, days
    assert is_comment_stamp("2024-03-17·湖北")
    assert is_comment_stamp("24-3-10 09:12 来自福建")
    assert not is_comment_stamp("2024-03-17 发布会在北京举行")


def test_an_instagram_posts_day_stands_between_its_likes_and_its_comments() -> None:
    """1,284 個讚 / 2024年3月20日 / 查看全部 46 則留言: the post's day, no clock, is the page's (its
    dateline, not the latest day the page names), and the post's 上星期六（16/3） counts from it
    (not from 2019, a past year the post names)."""
    page = [
        "Instagram",
        "首頁",
        "搜尋",
        "探索",
        "登入",
        "註冊",
        "kit.hikes.hk",
        "追蹤",
        "西貢 · 蚺蛇尖",
        "kit.hikes.hk 上星期六（16/3）終於約齊班友仔行山，朝早六點半出發，落到海灘已經成身濕晒。",
        "天文台話下星期開始轉涼，想行嘅朋友把握時間。清明前後又成日落雨，唔建議去。",
        "呢班行山友係March 9, 2019喺麥理浩徑識落嘅，五年後仍然一齊行，感恩🙏",
        "📸 by IG@tsui.photog｜🎒 同行：@ahfai_outdoor @mei.mei.walks",
        "#香港行山 #蚺蛇尖 #西貢 #hkhiking #大浪西灣",
        "1,284 個讚",
        "2024年3月20日",
        "查看全部 46 則留言",
        "ahfai_outdoor 雙腳到而家仲係痛😂 下次揀短啲嘅路線啦",
        "4日",
        "讚好",
        "回覆",
        "hiker_sisters 想問下大浪西灣週末仲有冇船返西貢？",
        "3日",
        "讚好",
        "回覆",
        "kit.hikes.hk @hiker_sisters 週末有，不過下晝四點後就冇，記得早啲出返去",
        "3日",
        "讚好",
        "回覆",
        "登入即可讚好或留言。",
        "關於 · 說明 · 私隱政策 · 使用條款 · © 2024 Instagram from Meta",
    ]
    assert page_dates(page) == [date(2024, 3, 20)] * 2
    # (the post's own day, read as its dateline, not the latest day the page happens to name)
    assert build_article("\n".join(page)).reference_source == "dateline"
    for days in days_of(page):
        assert ("上星期六（16/3）", "2024-03-16") in days, days


# ---- names and replies --------------------------------------------------------------------------


def test_an_accounts_name_goes_on_through_an_institutions_head_noun() -> None:
    """据@青禾非遗保护中心介绍: 保护 is a verb, but before 中心 it names what the centre does."""
    page = ["据@青禾非遗保护中心介绍，本届新增了12位年轻手艺人。", "@城东文化研究所表示，展期会延长。"]
    for handles in handles_of(page):
        assert handles == {"青禾非遗保护中心", "城东文化研究所"}, handles


def test_a_weekday_to_meet_on_is_one_day_on_a_page_with_a_weekly_day() -> None:
    """每周六晚还有越剧 makes bare 周六 every Saturday, but 周六见 is the one coming Saturday."""
    page = [
        "2024年5月20日",
        "",
        "市集每周六晚还有越剧折子戏。",
        "",
        "谢谢老李，周六见~",
    ]
    for days in days_of(page):
        assert ("周六", "2024-05-25") in days, days


def test_short_replies_among_a_threads_floors_are_no_menu() -> None:
    """LIHKG's floors in short lines (#42 / 名 / 3 小時前 / 真係慘 / 3 / 0) are no site menu, and
    a reply that closes on a particle (打去屋宇署投訴啦) is talk, not a 投訴 button."""
    page = [
        "LIHKG 討論區",
        "創意台",
        "#41",
        "巴打在觀塘",
        "3 小時前",
        "尋晚升降機又壞，行咗廿三樓",
        "12",
        "0",
        "#42",
        "窮L一條",
        "3 小時前",
        "真係慘",
        "3",
        "0",
        "#43",
        "藍田阿伯",
        "2 小時前",
        "打去屋宇署投訴啦",
        "2",
        "0",
        "#44",
        "巴打在觀塘",
        "1 小時前",
        "今朝已經寫咗信去法團，等埋下禮拜三？？咁即係成個禮拜都要行",
    ]
    for chrome in chrome_of(page):
        assert "真系惨" not in chrome and "打去屋宇署投诉啦" not in chrome, chrome


# ---- reference pages, job posts, seasons ------------------------------------------------------


def test_an_encyclopedia_entry_is_headed_by_its_name_and_its_citations_are_chrome() -> None:
    """A wiki entry's short name over a lead that opens with it is the headline; the skip links
    and the carets' citations are chrome, their dates no events; 中五 after a year is a school
    form, not the middle of the year."""
    page = [
        "維基百科，自由的百科全書",
        "跳至導覽 跳至搜尋",
        "條目 討論 閱讀 編輯 檢視歷史",
        "區文樂",
        "區文樂（英語：Au Man-lok，1961年4月3日—），香港填詞人、唱片監製，作品逾九百首。",
        "區文樂生於深水埗，1979年中五畢業後在唱片公司當跑腿。",
        "參考資料[編輯]",
        "^ 〈區文樂退休專訪〉，《星島日報》，2019年4月2日。",
    ]
    assert title_of("\n".join(page)) == "區文樂"
    assert classify(fold("跳至導覽 跳至搜尋")).name == "CHROME"
    for chrome in chrome_of(page):
        assert any(line.startswith("^ 〈") for line in chrome), chrome
    for days in days_of(page):
        assert ("1979年", "1979-01-01") in days, days
        assert not any(day == "2019-04-02" for _, day in days), days


def test_a_job_posts_registry_row_recruiter_card_and_safety_notice_are_chrome() -> None:
    """A job page's company registry fields (their founding day no event), the recruiter's card
    and the platform's safety warning are chrome; 上月 in a monthly duty after 并 is every month's."""
    page = [
        "新媒体运营专员（急招）",
        "发布于 2025年02月24日",
        "2. 参加每月例会（每月第一个周一），并输出上月数据复盘报告；",
        "3. 上一位同事已于本月21日离职，希望候选人能在3月10日前到岗。",
        "工商信息　注册资本 500万元　成立日期 2019-06-12　统一社会信用代码 91330106MA2KXXXX5Y",
        "HR 陈女士 · 人事经理 · 刚刚活跃",
        "BOSS直聘安全提示：招聘方以任何名义向求职者收取费用均属违法，请提高警惕。",
    ]
    for chrome in chrome_of(page):
        assert any(line.startswith("工商信息") for line in chrome), chrome
        assert "HR 陈女士 · 人事经理 · 刚刚活跃" in chrome, chrome
        assert any(line.startswith("BOSS直聘安全提示") for line in chrome), chrome
    for days in days_of(page):
        assert ("本月21日", "2025-02-21") in days, days
        assert not any(text == "上月" for text, _ in days), days
        assert not any(day == "2019-06-12" for _, day in days), days


def test_a_season_named_by_its_months_comes_back_each_year_and_a_reign_dates_a_year() -> None:
    """雨季（6月至8月） is every year's rainy season; 旺季（12月17日—1月3日） is a price's days
    and 今年汛期（…） this year's; 明永乐十三年（1415年） is 1415 with its dynasty."""
    page = [
        "2025年5月1日",
        "",
        "最佳旅行时间：每年3月至5月、9月至11月，雨季（6月至8月）午后常有阵雨。",
        "",
        "旺季（12月17日—1月3日）：成人票328元。",
        "",
        "兴教寺始建于明永乐十三年（1415年），门票免费。",
    ]
    for days in days_of(page):
        assert not any(text == "6月至8月" for text, _ in days), days
        assert ("12月17日—1月3日", "2025-12-17") in days, days
        assert ("明永乐十三年（1415年）", "1415-01-01") in days, days


def test_a_notices_field_of_how_to_take_part_stays_and_a_headline_is_cut_at_its_date_label() -> None:
    """報名方法：親臨本會…或電郵至 … is the notice's field, not a contact row; a headline that
    shares its line with 發佈日期： and its views is cut before the label."""
    page = [
        "主頁 > 活動一覽 > 親子及家庭",
        "冬日親子盆栽工作坊　發佈日期：2024年11月5日　瀏覽：866",
        "活動時間：2024年12月7日（星期六）下午2時30分至4時30分",
        "報名方法：親臨本會（辦公時間：逢星期二至日上午10時至晚上9時）或電郵至 events@example.org.hk",
        "冬天到，多肉植物最精神！今次請來導師教大家由揀泥、換盆到擺設，一次過學識點樣照顧多肉。",
    ]
    assert title_of("\n".join(page)) == "冬日親子盆栽工作坊"
    for chrome in chrome_of(page):
        assert not any(line.startswith("报名方法") for line in chrome), chrome


def test_a_person_whose_given_name_opens_on_a_weekday_numeral_is_no_weekday() -> None:
    """学生周一鸣 … 周一鸣说: a name, once a word names the person (学生); 周一上午 stays a day."""
    page = [
        "2023年9月26日",
        "",
        "刘女士来到学院，向大二学生周一鸣表示感谢。",
        "",
        "周一鸣说，他等了两站也没人回来找。学院周一上午为他颁发了证书。",
    ]
    for days in days_of(page):
        assert [text for text, _ in days].count("周一") == 1, days


def test_an_episodes_long_outline_and_a_videos_short_chapters_are_both_kept() -> None:
    """00:00 開場：主持人阿凱的腳傷近況 / 03:12 為什麼是單車？… tells what is said; 00:00 出發 /
    03:12 祝山車站排隊 / 11:48 日出 is the uploader's outline of the video too: both kept (until the
    fortieth session the short list was read as the player's chrome; every annotator since
    `blind154/` keeps it, four video pages and two podcasts, and a lost line costs a reader more)."""
    outline = [
        "EP.128｜離職去環島 ft. 小隼",
        "這集邀請到去年底辭掉工程師工作、騎著單車環島的小隼，她從台北出發，逆時針繞了一圈。",
        "00:00 開場：主持人阿凱的腳傷近況",
        "03:12 為什麼是單車？為什麼一個人？",
        "15:40 第一週：北海岸的東北季風有多可怕",
        "27:05 在池上被寒流困住的三天",
    ]
    chapters = [
        "阿里山看日出 Vlog",
        "第一次上阿里山看日出，凌晨三點起床排隊，冷到發抖但真的值得。",
        "00:00 出發",
        "03:12 祝山車站排隊",
        "11:48 日出",
    ]
    for chrome in chrome_of(outline):
        assert not any(line.startswith(("00:00", "03:12")) for line in chrome), chrome
    for chrome in chrome_of(chapters):
        assert not {"00:00 出发", "03:12 祝山车站排队", "11:48 日出"} & chrome, chrome


# ---- a broadcaster's programme page, an outlet's furniture ------------------------------------


def test_a_programme_pages_player_archive_and_other_programmes_are_chrome() -> None:
    """現正播放、節目重溫、上一集　下一集 and 相關節目：… (its 週末講場 no weekend) are the page's; the
    weekday alone under the episode's day is the stamp's."""
    page = [
        "香港電台網站",
        "晨光熱線",
        "2024-02-07",
        "星期三",
        "現正播放: 足本播放",
        "",
        "何家朗：早晨，仲有兩日就年三十晚，相信好多聽眾今日都忙住執屋、辦年貨。",
        "陳先生：我噚日放工去咗維園，人多到行唔郁。",
        "",
        "節目重溫",
        "上一集　下一集",
        "相關節目：新聞天地　晚間熱線　週末講場",
    ]
    for chrome in chrome_of(page):
        assert {"星期三", "现正播放: 足本播放", "节目重温", "上一集　下一集"} <= chrome, chrome
        assert any(line.startswith("相关节目") for line in chrome), chrome
    for days in days_of(page):
        assert not any(text in ("星期三", "週末", "周末") for text, _ in days), days
        assert ("噚日", "2024-02-06") in days or ("㖊日", "2024-02-06") in days, days


def test_an_outlets_picture_credits_captions_tip_off_and_self_description_are_chrome() -> None:
    """澎湃新闻记者 某某 图 over a one-sentence caption; 报料：请… ; a site's line about itself
    (…旗下科技门户网站); a feed's 7x24 tagline; a 36kr reprint's credit in one sentence."""
    page = [
        "新浪财经 7x24小时全球实时财经新闻直播",
        "古镇千灯夜预约名额全部约满，管委会临时加放错峰名额",
        "2025-02-11 19:32 来源：某某新闻",
        "",
        "元宵节当晚，古镇将连续第三年举办千灯夜活动，预约名额已全部约满。",
        "",
        "某某新闻记者 邵一帆 图",
        "游客在古镇主街观赏花灯。",
        "",
        "管委会工作人员介绍，今年的主灯由本地非遗传承人带领团队制作。首条产线预计2025.6投产。",
        "",
        "本文来自微信公众号“硬科技观察”（ID：yingkeji_obs），作者：韩思远，36氪经授权发布。",
        "某某新闻报料：请通过客户端“报料”入口提交线索",
        "IT之家，软媒旗下科技门户网站 - 爱科技，爱这里。",
    ]
    for chrome in chrome_of(page):
        assert "游客在古镇主街观赏花灯。" in chrome, chrome
        assert "新浪财经 7x24小时全球实时财经新闻直播" in chrome, chrome
        assert any(line.startswith("本文来自微信公众号") for line in chrome), chrome
        assert any(line.startswith("某某新闻报料") for line in chrome), chrome
        assert any(line.startswith("IT之家，") for line in chrome), chrome
    for days in days_of(page):
        assert ("2025.6", "2025-06-01") in days, days
    assert title_of("\n".join(page)) == "古镇千灯夜预约名额全部约满，管委会临时加放错峰名额"


# ---- days in a forum's replies ------------------------------------------------------------------


def test_bare_days_a_reply_settles_on_are_still_to_come() -> None:
    """不过要6号才能走 on April 1st is the coming 6th; 清明假期是4号到6号吧 names both days; 选3号吧
    picks a number."""
    page = [
        "抢不到高铁票，有没有一起拼车回潭州的",
        "2024-04-01 10:22",
        "",
        "本人3号下午从深圳北出发，开车回潭州，车是七座的。",
        "",
        "蹲一个，我也是潭州的，不过要6号才能走",
        "",
        "清明假期是4号到6号吧，高速免费吗",
        "",
        "选3号吧，那个位置好。",
    ]
    for days in days_of(page):
        assert ("6号", "2024-04-06") in days, days
        assert ("4号到6号", "2024-04-04") in days, days
        assert [text for text, _ in days].count("3号") == 1, days  # (the trip's 3号下午, not 选3号吧)


def test_months_told_as_done_are_last_years() -> None:
    """9月底独库公路北段已经开始下雪，我是10月3日过的 on a page of March: last autumn's, told as
    done; 9月底将举办音乐节 is still to come."""
    page = [
        "发布于 2024-03-02 18:40",
        "",
        "一、9月底独库公路北段已经开始下雪，我是10月3日过的，前一天还封了半天路。",
        "",
        "二、9月底将举办音乐节。",
    ]
    for days in days_of(page):
        assert ("9月底", "2023-09-21") in days, days
        assert ("10月3日", "2023-10-03") in days, days
        assert ("9月底", "2024-09-21") in days, days


def test_a_weekday_taken_leave_for_is_the_coming_one() -> None:
    """我周四请假回去，明天先在群里跟你对接 on a Friday: next Thursday, leave taken for it."""
    page = ["2024-07-26 21:40", "", "我周四请假回去，明天先在群里跟你对接"]
    for days in days_of(page):
        assert ("周四", "2024-08-01") in days, days


def test_a_discuz_headline_is_cut_before_its_print_link() -> None:
    """標題: … [打印本頁]: the headline under its label, the print link cut off."""
    page = [
        "香港討論區 › 生活 › 飲食男女",
        "標題: 團年飯想搵間唔使排長龍嘅酒樓 [打印本頁]",
        "鹹檸七少甜",
        "發表於 2024-2-6 22:14 | 只看該作者",
        "屋企人話今次唔想喺屋企煮，想出去食團年飯",
        "本來訂咗年三十晚，但酒樓話年三十晚只做兩轉，八點前要交枱。",
    ]
    assert title_of("\n".join(page)) == "團年飯想搵間唔使排長龍嘅酒樓"


# ---- social furniture ---------------------------------------------------------------------------


def test_social_pages_furniture_is_chrome() -> None:
    """A picture's placeholder alone, a reply's head, a comments heading, the
    accounts to follow, the platforms to listen on, Facebook's tagged friends and its
    translation row, Bilibili's window title, tabs and video id."""
    lines = [
        "[直播封面图]",
        "灶台边的阿满 回复 小番茄酱",
        "网友热评",
        "微博：@澜洁科技官方　抖音：lanclean_official",
        "🎧 收聽平台：Apple Podcasts｜Spotify｜KKBOX｜SoundOn",
        "追蹤我們 IG@owl_nosleep｜FB 貓頭鷹不睡覺",
        "— 和陳建宏、張美惠和其他 2 人在一起。",
        "翻譯自日文 · 查看原文 · 評分此翻譯",
        "哔哩哔哩 (゜-゜)つロ 干杯~-bilibili",
        "BV1Gq4y1c7Zk",
    ]
    for line in lines:
        assert classify(fold(line)).name == "CHROME", line
    for line in ("他回复我说周六见。", "[公告] 本店春节照常营业，欢迎光临！欢迎大家来店里坐坐，我们准备了很多年货和小礼物。"):
        assert classify(fold(line)).name != "CHROME", line


def test_a_video_sites_tabs_over_its_video_are_a_menu() -> None:
    """首页 / 番剧 / 直播 / 游戏中心 / 会员购 / 漫画 / 大会员 / 投稿 over a video's headline: the
    site's tabs, most of them a menu's words."""
    page = [
        "哔哩哔哩 (゜-゜)つロ 干杯~-bilibili",
        "首页",
        "番剧",
        "直播",
        "游戏中心",
        "会员购",
        "漫画",
        "大会员",
        "投稿",
        "【实测】把老家的拖拉机改成电动的，到底花了多少钱？",
        "2023-08-15 12:00:00",
        "这台拖拉机是我爷爷1987年买的，去年夏天彻底趴窝，七月初开始动手改装。",
    ]
    for chrome in chrome_of(page):
        assert {"游戏中心", "会员购", "大会员", "投稿"} <= chrome, chrome
    assert title_of("\n".join(page)) == "【实测】把老家的拖拉机改成电动的，到底花了多少钱？"


def test_a_posts_numbered_parts_are_no_days() -> None:
    """長文慎入 1/3 … 2/3 … 3/3: a long post's parts, the first in its headline."""
    page = [
        "2024年4月10日",
        "",
        "租屋第三年，第一次遇到房東這樣搞，長文慎入 1/3",
        "",
        "2/3 我查了一下，租約還沒到期，買賣不破租賃，他不能直接趕人。",
        "",
        "3/3 明天先去找里長，下週一再打給基金會問看看。",
    ]
    for days in days_of(page):
        texts = [text for text, _ in days]
        assert not {"1/3", "2/3", "3/3"} & set(texts), days
        assert ("明天", "2024-04-11") in days, days


# ---- a ruling, an episode's notes ---------------------------------------------------------------


def test_a_rulings_signature_date_is_the_pages_and_its_foot_is_chrome() -> None:
    """A Taiwan ruling signed 中　華　民　國　113　年　10　月　16　日: the page's day (the first such
    line; the clerk's copy is later); the judge's and the clerk's spaced titles and the copy's
    attestation are chrome; 並聲明： is the party's plea, no disclaimer; 自翌日即113年5月2日起
    names one day, once."""
    page = [
        "臺灣臺中地方法院民事判決",
        "113年度中簡字第2087號",
        "上列當事人間請求返還借款事件，本院於民國113年9月25日言詞辯論終結，判決如下：",
        "二、被告則以：兩造間款項係原告交付之投資款，並非借款，且被告已於112年農曆春節前以現金返還5萬元等語，資為抗辯。並聲明：原告之訴駁回。",
        "三、本件起訴狀繕本於113年5月1日送達被告，是原告請求自翌日即113年5月2日起至清償日止之利息，為有理由。",
        "中　　華　　民　　國　　113　　年　　10　　月　　16　　日",
        "臺中簡易庭　法　官　何宗霖",
        "以上正本係照原本作成。",
        "中　　華　　民　　國　　113　　年　　10　　月　　18　　日",
        "書記官　蕭淑貞",
    ]
    assert page_dates(page) == [date(2024, 10, 16)] * 2
    for chrome in chrome_of(page):
        assert {"以上正本系照原本作成。", "书记官　萧淑贞"} <= chrome, chrome
        assert not any(line.startswith("二、被告") for line in chrome), chrome
    # (as Taiwan writes it: a Simplified copy reads 112年 as no Minguo year, the page's script
    # being the mainland's)
    days = [(e.text.original, e.start.isoformat()) for e in build_article("\n".join(page)).timeline]
    assert not any(text == "翌日" for text, _ in days), days
    assert ("113年5月2日", "2024-05-02") in days, days
    assert ("112年農曆春節前", "2023-01-22") in days, days


def test_an_episodes_sponsor_is_chrome_and_its_story_of_last_winter_is_last_years() -> None:
    """📣 本集贊助：… — its offer's end no event; 她從12月1日在台北出發…直到今年1月7日才回到起點 on a
    page of May is last December (起點 is a place, not 起 "from")."""
    page = [
        "EP.128｜離職去環島 ft. 小隼",
        "2024.05.03 · 58 分鐘",
        "這集邀請到去年底辭掉工作、騎著單車環島的小隼。她從12月1日在台北出發，逆時針繞了一圈，直到今年1月7日才回到起點，中間被困了三天。",
        "📣 本集贊助：騎跡單車保養 — 輸入折扣碼 OWL128 享首次保養9折，優惠至6月30日止。",
    ]
    for chrome in chrome_of(page):
        assert any(line.startswith("📣 本集赞助") for line in chrome), chrome
    for days in days_of(page):
        assert ("12月1日", "2023-12-01") in days, days
        assert not any(day == "2024-06-30" for _, day in days), days


# ---- chats and comment heads --------------------------------------------------------------------


def test_telegram_and_instagram_stamps() -> None:
    """Telegram's post stamp, the day first and dotted (25.01.2025 18:42), dates the page; an
    Instagram comment's foot (12月14日 · 3個讚 · 回覆) dates the comment over it."""
    telegram = [
        "Telegram",
        "港聞速遞 HK Briefing",
        "12.6K subscribers",
        "旅發局宣布，新春煙花匯演將於年初二（1月30日）晚上8時在維港上空舉行。",
        "👁 15.2K",
        "25.01.2025 18:42",
        "Preview channel",
    ]
    assert page_dates(telegram) == [date(2025, 1, 25)] * 2
    instagram = [
        "Instagram",
        "sspo.slowcafe",
        "sspo.slowcafe 🎄聖誕限定menu嚟喇！12月20至26號供應薑餅拿鐵。",
        "#深水埗 #聖誕限定",
        "2024年12月13日",
        "查看全部 64 則留言",
        "kaman_eats 琴日試咗薑餅拿鐵，甜度啱啱好👍",
        "12月14日 · 3個讚 · 回覆",
        "lokyi.wong 聽日有冇位呀？兩位，想坐窗口",
        "12月14日 · 回覆",
    ]
    for days in days_of(instagram):
        assert ("琴日", "2024-12-13") in days, days
        assert ("听日", "2024-12-15") in days, days


def test_wechat_comment_heads_with_region_and_day_date_their_comments() -> None:
    """小禾爸爸  上海  9月7日 / 昨天发了邮件…，周一能确认吗？: the head is chrome, its day no event,
    and the comment counts from it; 周一能确认吗 is the coming Monday."""
    page = [
        "原创 陈小满 江湾生活指南 2024年09月06日 07:30 上海",
        "中秋冰皮月饼课报名开始",
        "",
        "本周六下午在社区服务中心开课，名额30个。",
        "",
        "写留言",
        "小禾爸爸  上海  9月7日",
        "昨天发了邮件，还没收到回复，周一能确认吗？",
        "赞 8",
        "作者  9月7日",
        "邮件都收到了，名单下周三公布哦",
    ]
    for chrome in chrome_of(page):
        assert "小禾爸爸  上海  9月7日" in chrome, chrome
    for days in days_of(page):
        assert ("昨天", "2024-09-06") in days, days
        assert ("周一", "2024-09-09") in days, days
        assert not any(day == "2024-09-07" and text == "9月7日" for text, day in days), days


def test_a_line_chat_export() -> None:
    """[LINE] …的聊天記錄 is the export's head, no headline; 我週三要上班 answers 下週三有空嗎 on a
    page that also has 每週三 (the collection's round); 後天拿給你們 is a day."""
    page = [
        "[LINE] 林家一家親的聊天記錄",
        "儲存日期：2024/06/08 10:21",
        "",
        "2024/06/07（五）",
        "09:15\t大姑\t[轉傳] 資源回收物請於每週三、週六拿出來。",
        "09:41\t阿明\t@小芬媽 妳下週三有空嗎？",
        "09:53\t小芬媽\t我週三要上班，週四（13日）可以",
        "10:05\t大姑\t粽子我明天包，後天拿給你們",
    ]
    assert title_of("\n".join(page)) is None
    for days in days_of(page):
        assert ("周三", "2024-06-12") in days, days
        assert ("后天", "2024-06-09") in days, days


def test_an_institutions_account_urged_to_act_ends_at_its_name() -> None:
    """@滨江博物馆快出图录！ is the museum's account and a plea to it."""
    for handles in handles_of(["太好看了@滨江博物馆快出图录！"]):
        assert handles == {"滨江博物馆"}, handles


# ---- timetables and tables ------------------------------------------------------------------------


def test_a_timetables_rows_and_headings_are_its_text_and_its_days_are_no_events() -> None:
    """05:40　06:10　06:40　07:00 … are the departures the page is for; 平日（週一至週五）, set over
    each direction's rows, heads them (repeated, no poster's name) and names no Friday."""
    page = [
        "1915 臺北轉運站－羅東轉運站 時刻表",
        "本時刻表自113年7月1日起實施，舊時刻表同時廢止。",
        "【去程】臺北轉運站 → 羅東轉運站",
        "平日（週一至週五）",
        "05:40　06:10　06:40　07:00　07:20　07:40　08:00　08:30",
        "09:00　09:30　10:00　10:30　11:00　11:30　12:00　12:30",
        "例假日（週六、週日及國定假日）",
        "06:00　06:30　07:00　07:30　08:00　08:20　08:40　09:00",
        "【回程】羅東轉運站 → 臺北轉運站",
        "平日（週一至週五）",
        "05:00　05:30　06:00　06:20　06:40　07:00　07:30　08:00",
        "例假日（週六、週日及國定假日）",
        "06:00　07:00　08:00　09:00　10:00　11:00　12:00　13:00",
    ]
    for chrome in chrome_of(page):
        assert not any(line.startswith(("05:40", "平日", "例假日")) for line in chrome), chrome
    for days in days_of(page):
        assert not any(text in ("周五", "周日", "週五", "週日") for text, _ in days), days


def test_a_table_under_its_head_is_kept_and_a_plea_to_authorise_is_no_disclaimer() -> None:
    """股份类别　股票代码　股票简称　股权登记日 / A股　603999　华岳科技　2024/5/13: a notice's table,
    its day an event; 考生可書面授權他人代領 is the answer, 未经书面授权不得转载 the disclaimer."""
    page = [
        "2024年4月26日",
        "三、会议出席对象",
        "股份类别　股票代码　股票简称　股权登记日",
        "A股　603999　华岳科技　2024/5/13",
        "答：考生可書面授權他人代領，代領人須出示授權書及身份證明文件副本。",
        "本网刊载信息仅供参考，转载须经书面授权，违者依法追究责任。",
    ]
    for chrome in chrome_of(page):
        assert not any(line.startswith(("股份类别", "A股", "答：")) for line in chrome), chrome
        assert any(line.startswith("本网刊载") for line in chrome), chrome
    for days in days_of(page):
        assert ("2024/5/13", "2024-05-13") in days, days


# ---- forums: signatures, a trip's days ------------------------------------------------------------


def test_forum_signatures_with_years_are_chrome_and_name_no_days() -> None:
    """—— 2015年来苏州打拼，2020年安家 —— under each floor, and a heart beside a child's birth
    (囡囡 2019年8月 出世 ♡): signatures, their years no days."""
    page = [
        "发表于 2024-1-26 09:10",
        "谢谢！那就初五下午走，正月十五前再回来一趟看灯会。",
        "—— 2015年来苏州打拼，2020年安家，2024年继续加油 ——",
        "囡囡 2019年8月 出世 ♡ 每日都係新挑戰",
    ]
    for chrome in chrome_of(page):
        assert any(line.startswith("—— 2015年") for line in chrome), chrome
        assert any(line.startswith("囡囡") for line in chrome), chrome
    for days in days_of(page):
        assert not any(day[:4] in ("2015", "2020") for _, day in days), days


def test_bare_days_near_a_coming_trip_day_are_its_month() -> None:
    """A thread planning 9月14日一早出發 (posted September 5th): a reply's 15日…16日 (posted the
    6th) are September's, near the trip, not last month's."""
    page = [
        "中秋連假花東三天兩夜 想請教路線跟住宿",
        "2024-09-05 22:17",
        "今年中秋連假打算帶爸媽去花東 9月14日一早出發 中秋節當天晚上回台北",
        "目前想法是第一晚住花蓮市區 第二晚住池上",
        "2024-09-06 21:03",
        "感謝！那我們15日就住池上 16日早上再往台東",
    ]
    for days in days_of(page):
        assert ("15日", "2024-09-15") in days, days
        assert ("16日", "2024-09-16") in days, days


# ---- news: tickers, teasers, sentences ---------------------------------------------------------------


def test_a_breaking_ticker_is_no_headline_and_the_headlines_own_stamp_dates_the_page() -> None:
    """快訊 ｜ 北市公車明起調整路線 over the story is another story's ticker; the headline closed by
    its stamp in words (… 2024年11月05日 14:32) gives the page's day."""
    page = [
        "ETtoday新聞雲",
        "首頁 > 星光雲 > 華語",
        "快訊 ｜ 北市公車明起調整路線 12條受影響",
        "",
        "女星林語柔宣布懷孕！曬超音波照喊「小寶貝報到」 2024年11月05日 14:32",
        "記者陳芷寧／綜合報導",
        "",
        "女星林語柔今（5）日在IG貼出超音波照，宣布懷孕喜訊，預產期在明年4月。",
    ]
    assert title_of("\n".join(page)) == "女星林語柔宣布懷孕！曬超音波照喊「小寶貝報到」"
    assert page_dates(page) == [date(2024, 11, 5)] * 2


def test_a_boxed_teaser_label_and_its_pointed_links_are_chrome() -> None:
    """◤颱風天必看◢ / 👉 停班停課最新消息一次看: other stories' links; a post's 👉 bullet that
    speaks (👉 現在已經開放線上登記，名額有限) stays."""
    page = [
        "颱風山陀兒逼近 氣象署估明晨發布陸警",
        "氣象署表示，颱風預計明晨發布陸上警報，北部及東半部地區要嚴加防範。",
        "◤颱風天必看◢",
        "👉 停班停課最新消息一次看",
        "👉 颱風天手機這樣設定 斷電也不怕",
        "",
        "里長提醒，防颱沙包即日起可到里辦公處領取。",
        "👉 現在已經開放線上登記，名額有限",
    ]
    for chrome in chrome_of(page):
        assert {"◤台风天必看◢", "👉 停班停课最新消息一次看"} <= chrome, chrome
        assert not any(line.startswith("👉 现在") for line in chrome), chrome


def test_lengths_of_a_sentence_or_a_ban_are_no_months() -> None:
    """遭判刑8月, 限制出境、出海8月: how long, no August; 他8月出獄 is a month."""
    page = [
        "2025年3月1日",
        "",
        "他早在2016年就因詐欺案遭判刑8月，法官另諭知限制出境、出海8月。",
        "",
        "他8月出獄後另開公司。",
    ]
    for days in days_of(page):
        assert [text for text, _ in days].count("8月") == 1, days


def test_a_latin_account_before_the_picture_it_gave() -> None:
    """（天文台IG@hkobservatory圖片）: the account, its picture credited after it (a credit
    line is chrome; its handle counts, as the export lists it)."""
    from tui.model.export import to_json

    for text in ("天文台今日發出八號信號。\n（天文台IG@hkobservatory圖片）", "天文台今日发出八号信号。\n（天文台IG@hkobservatory图片）"):
        assert [b["handle"] for b in to_json(build_article(text))["bloggers"]] == ["hkobservatory"]


def test_an_authors_reply_under_its_badge_and_a_quoted_posts_head() -> None:
    """老刘 / 作者 / 周六十一点前来基本不用排 / 1天前·湖南: the author's reply, no poster's name;
    @moonbooks_tw · 11月14日 over a quoted post is its head, its day no event."""
    page = [
        "抖音",
        "湘味小厨房老刘",
        "这家店的剁椒鱼头真的绝了，周末人多要早点来！",
        "全部评论",
        "吃货小王",
        "上次去排了一个钟",
        "2天前·湖南",
        "湘味小厨房老刘",
        "作者",
        "周六十一点前来基本不用排",
        "1天前·湖南",
        "引用",
        "@moonbooks_tw · 11月14日",
        "各位朋友：月見書房11月21日至30日全館書籍七折。",
    ]
    for chrome in chrome_of(page):
        assert "周六十一点前来基本不用排" not in chrome, chrome
        assert "@moonbooks_tw · 11月14日" in chrome, chrome


def test_a_gathering_named_for_its_year_the_year_end_just_gone_and_a_search_bar() -> None:
    """2024年度总结大会 names a meeting; 比年底那几天好 on January 10th is last December; 大家正在搜：
    … is the search box's suggestions."""
    page = [
        "大家正在搜：榕城花市 灯光秀 时间",
        "2024-01-10 09:00",
        "",
        "昨天公司开2024年度总结大会，我抽到一台掌机。",
        "",
        "冷！但比年底那几天好，多穿点就行。年底我们还要去北京。",
    ]
    for chrome in chrome_of(page):
        assert "大家正在搜：榕城花市 灯光秀 时间" in chrome, chrome
    for days in days_of(page):
        assert not any(text == "2024年度" for text, _ in days), days
        assert [day for text, day in days if text == "年底"] == ["2023-12-01", "2024-12-01"], days


def test_page_widgets_a_records_pager_and_a_baike_entrys_name() -> None:
    """上一筆：… / 下一筆：… page through records; a login bar, a feedback widget, an expander and an
    account's name with its verified mark are chrome; a Baike entry's name over its bracketed
    description and tools is its headline."""
    lines = [
        "上一筆：113年10月份身心障礙者生活補助核撥日期公告",
        "電郵或電話號碼　密碼　登入　忘記帳戶？",
        "這頁資訊對你有幫助嗎？ 👍 是　👎 否",
        "查看更早的版本（v1.0.0 — v2.9.9）▾",
        "暖暖家纺官方旗舰店 V",
    ]
    for line in lines:
        assert classify(fold(line)).name == "CHROME", line
    entry = [
        "百度百科　网页　新闻　贴吧　知道",
        "陈望舒",
        "（中国昆曲表演艺术家）",
        "播报　编辑　讨论　上传视频",
        "陈望舒（1928年3月6日—2021年11月19日），女，汉族，浙江绍兴人，中国昆曲表演艺术家。",
    ]
    assert title_of("\n".join(entry)) == "陈望舒"
    chat = ["三年级（2）班家长群(46)", "乐乐爸", "收到", "糖糖妈妈", "收到，谢谢王老师！体检需要带医保卡吗？"]
    assert title_of("\n".join(chat)) != "收到"


def test_the_end_of_that_year() -> None:
    """2017年易科罰金執行完畢；同年底他另成立顧問社: the end of 2017, not of the page's year;
    次年初三 stays the lunar year's third day."""
    page = ["2025年3月19日", "", "他2017年易科罰金執行完畢；同年底他另成立顧問社。"]
    for days in days_of(page):
        assert ("同年底", "2017-12-01") in days, days
        assert not any(text == "年底" for text, _ in days), days
