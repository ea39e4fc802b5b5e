"""Comments dated by the stamps under them, days counted back (3天前), an account whose name
ends in an institution's head noun, and short replies among a thread's floors: the
twenty-seventh session's rules.  The texts are written for these tests in the shapes such pages
have, each read in both scripts."""

from __future__ import annotations

from datetime import date

from tests.article_probes import chrome_of, days_of, handles_of, page_dates, title_of
from tui.model.boilerplate import classify, is_comment_stamp
from tui.model.build import build_article
from tui.model.date_patterns import scan
from tui.model.fold import fold

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
    """1,284 個讚 / 2024年3月20日 / 查看全部 46 則留言: the post's day, no clock, is the page's,
    and the post's 上星期六（16/3） counts from it (not from a past year the post names)."""
    page = [
        "Instagram",
        "首頁",
        "登入",
        "kit.hikes.hk",
        "追蹤",
        "kit.hikes.hk 上星期六（16/3）終於約齊班友仔行山，朝早六點半出發，落到海灘已經成身濕晒。",
        "呢班行山友係March 9, 2019識落嘅，五年後仍然一齊行，感恩🙏",
        "#香港行山 #西貢",
        "1,284 個讚",
        "2024年3月20日",
        "查看全部 46 則留言",
        "ahfai 雙腳到而家仲係痛😂",
        "4日",
        "讚好",
    ]
    assert page_dates(page) == [date(2024, 3, 20)] * 2
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


def test_a_post_stamp_is_read_once_more_for_its_model() -> None:
    """The model keeps the page's day from the post's Weibo stamp with its two-figure year."""
    assert build_article("\n".join(_WEIBO_REPOST)).reference_date == date(2024, 3, 9)
