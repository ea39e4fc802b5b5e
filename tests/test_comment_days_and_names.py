"""Comment sections' days, commenters' names and the furniture round them: the twenty-fifth
session's rules.  The texts are written for these tests in the shapes such pages have, each in
both scripts."""

from __future__ import annotations

from tests.article_probes import days_of as _days
from tests.article_probes import handles_of as _handles
from tests.article_probes import simple as _simple
from tests.article_probes import title_of as _title
from tests.test_date_shapes import both_scripts as _both
from tests.test_live_digest_pages import _assert_chrome, _chrome
from tui.model.build import build_article
from tui.model.date_patterns import scan

# ---- a comment's own day ----------------------------------------------------------------------


def test_a_xiaohongshu_comment_counted_back_from_its_save_is_a_stamp_under_its_words() -> None:
    """Xiaohongshu puts a comment's day under its words (11-04 上海, and for a recent one 2天前
    江苏): once the last comment's 2天前 reads as a stamp too, every comment's 昨天 and 今天 count
    from the stamp under it, not from the note's own day."""
    page = [
        "小红书",
        "鹿鸣山下的小周",
        "关注",
        "杭州｜避开人潮的3条西湖小路，私藏很久了",
        "上周六去的，这次专门早上7点前出门，试了三条小路。",
        "编辑于 2024-11-03 浙江",
        "共 86 条评论",
        "咕噜咕噜冒泡",
        "去过！昨天刚走完第一条，人真的少，水杉还绿着",
        "11-04 上海",
        "赞 12",
        "回复",
        "鹿鸣山下的小周",
        "作者",
        "@咕噜咕噜冒泡 前天下过雨，今天去应该更好拍",
        "11-05 浙江",
        "赞 3",
        "回复",
        "橙子汽水xx",
        "收藏了！周末带我妈去看看",
        "2天前 江苏",
        "赞",
        "回复",
    ]
    for days in _days(page):
        assert {("昨天", "2024-11-03"), ("前天", "2024-11-03"), ("今天", "2024-11-05")} <= set(days), days


def test_a_wechat_comment_under_its_name_region_and_day_counts_from_that_day() -> None:
    """WeChat shows a comment's writer, region and day on three lines over it (一棵小树 / 浙江 /
    3月27日 / 14): its 昨天 is the day before that day."""
    page = [
        "一座县城图书馆的24小时",
        "江畔读书会",
        "2021年03月26日 07:30",
        "",
        "早上六点五十分，管理员已经站在图书馆的铁门外了，离开馆还有一个多小时。",
        "",
        "写留言",
        "留言",
        "一棵小树",
        "浙江",
        "3月27日",
        "14",
        "小时候也在这种图书馆写作业，昨天路过还特意进去坐了会儿。",
        "Neo陈",
        "上海",
        "3月28日",
        "6",
        "市集外地人能去吗？前天刚跟朋友说想去县城住两天。",
        "已无更多数据",
    ]
    for days in _days(page):
        assert ("昨天", "2021-03-26") in days and ("前天", "2021-03-26") in days, days


def test_a_zhihu_comments_day_and_ip_region_is_its_stamp() -> None:
    """Zhihu writes a comment's day and region as 03-09 · IP 属地湖南 over it."""
    page = [
        "知乎",
        "今天跑完了人生第一个全马，4小时52分，比目标慢了二十分钟。",
        "发布于 2026-03-08 23:10 · IP 属地广东",
        "32 条评论",
        "慢跑的土豆",
        "03-09 · IP 属地湖南",
        "昨天我也在赛道上！25公里那个补给站是不是香蕉没了",
        "回复",
        "Rina_跑步日记",
        "03-10 · IP 属地上海",
        "谢谢提到我～下周三直播会讲全马后的恢复，欢迎来",
        "回复",
    ]
    for days in _days(page):
        assert ("昨天", "2026-03-08") in days and ("下周三", "2026-03-18") in days, days


def test_a_short_reply_with_a_wave_in_its_talk_is_no_posters_name() -> None:
    """恭喜～我去年8月初才收到退稅 over its stamp is a reply, not the name of the next poster:
    it stays in the story, and the stamps stay below their replies."""
    page = [
        "Plurk 噗浪",
        "小芋圓不加糖",
        "2023-05-17 21:12",
        "說 報稅季又來了，我拖到昨（16）日才開始弄，結果讀卡機壞掉。",
        "42 個回應",
        "豆花控",
        "@taroball_0312: 我前天用手機報完了！記得先下載新版App",
        "5/17 21:20",
        "小芋圓不加糖",
        "報完了！！！昨天晚上用健保卡+手機，十分鐘搞定。",
        "5/18 08:47",
        "豆花控",
        "恭喜～我去年8月初才收到退稅",
        "5/18 09:10",
        "載入更多回應",
    ]
    for text, chrome in zip(_both("\n".join(page)), _chrome(page), strict=True):
        assert not any(line.startswith("恭喜") for line in chrome), chrome
        days = [(_simple(e.text.original), e.start.isoformat()) for e in build_article(text).timeline]
        assert ("昨天", "2023-05-17") in days, days
        assert ("去年8月初", "2022-08-01") in days, days


# ---- weekends as a kind of day ----------------------------------------------------------------


def test_a_weekend_said_of_as_what_weekends_are_like_is_no_event() -> None:
    """周末是最忙的时候, 週末比較自由, 週末出門本來就要多抓時間, 只限週末白天, 最好周末弄: any weekend."""
    for line in (
        "馆里每周一闭馆，其余六天开放。周末是最忙的时候，自习室能坐满。",
        "平常早上念數學、晚上留給國文。週末比較自由，但一定會寫一整份考題。",
        "週末出門本來就要多抓時間啦",
        "不過只限週末白天 晚上還是維持",
        "迁过，快照导出来再导进去就行，最好周末弄",
    ):
        for days in _days(["標題", "2025年3月15日", "", line]):
            assert not any("末" in t for t, _ in days), (line, days)
    for days in _days(["標題", "2025年3月12日", "", "我们约好这周末去爬山。"]):
        assert ("这周末", "2025-03-15") in days, days


# ---- handles the page names -------------------------------------------------------------------


def test_a_reply_that_tags_a_poster_takes_the_posters_whole_name() -> None:
    """@阿梨今天也没睡恭喜！ opening a reply, with 阿梨今天也没睡 alone over an earlier comment: the
    page says where the name ends, though 今天 inside it reads as a day."""
    page = [
        "豆瓣小组",
        "来自: 阿梨今天也没睡",
        "拿到offer了，下周一入职！",
        "阿梨今天也没睡",
        "2019-07-02 10:11:12",
        "谢谢大家的帮助",
        "小鹿斑比",
        "2019-07-02 11:20:00",
        "@阿梨今天也没睡恭喜！这家公司去年底就被曝过，大家避雷",
    ]
    for handles in _handles(page):
        assert handles == {"阿梨今天也没睡"}, handles


def test_a_release_account_after_a_call_to_follow_it_is_whole() -> None:
    """更多信息请关注@江陵文旅发布。: a government release account (place + 发布) named as the one to
    follow, its clause over; 由@某某发布 is still what the account did."""
    for handles in _handles(["标题", "", "团体预约请发邮件。更多信息请关注@江陵文旅发布。祝大家中秋快乐！"]):
        assert handles == {"江陵文旅发布"}, handles
    for handles in _handles(["标题", "", "这条消息由@江陵文旅发布。"]):
        assert handles == {"江陵文旅"}, handles


def test_a_date_after_a_repost_chains_id_and_its_colon_is_read() -> None:
    """//@小满同学2016:6月12日那场雨…: the colon closes the id; the date after it is the repost's.
    A clock's 10:30 stays no date."""
    assert [m.kind for m in scan("//@小满同学2016:6月12日那场雨之后", False)] == ["md"]
    assert scan("比赛在10:30月台集合", False) == []


def test_an_instagram_comment_under_a_dotted_id_stays_in_the_story() -> None:
    """ling.eats.hk 你哋去完記得 @我 呀: the commenter's id is no web address; a site's name with its
    domain (udn.com 聯合新聞網) is still chrome."""
    _assert_chrome(("udn.com 聯合新聞網",), body=("ling.eats.hk 你哋去完記得 @我 呀🥹",))


# ---- chrome -----------------------------------------------------------------------------------


def test_a_videos_tags_over_its_comments_heading_are_chrome() -> None:
    """铁路 / 纪录片 / 绿皮火车 / vlog / 评论 1483: one word to a line over the comments."""
    page = [
        "【实拍】老家绿皮车停运前的最后一趟，我坐了全程",
        "2022-07-15 18:00:03",
        "简介：7月13日，老家的绿皮车跑完了最后一趟。这趟车我从小坐到大。",
        "铁路",
        "纪录片",
        "绿皮火车",
        "vlog",
        "评论 1483",
        "前天刚好也在那趟车上！下午三点多那一站上的。",
    ]
    for chrome in _chrome(page):
        assert {"铁路", "vlog"} <= {_simple(line) for line in chrome}, chrome
        assert not any(line.startswith("前天") for line in chrome), chrome


def test_a_videos_views_under_their_label_are_chrome() -> None:
    _assert_chrome(("觀看次數：45,213次  2019年12月31日", "播放量 1.2万 · 3天前"))


def test_a_newsrooms_small_donation_appeal_and_an_apps_slogan_are_chrome() -> None:
    _assert_chrome(
        ("小額贊助新頭殼，支持優質新聞", "36氪APP 让一部分人先看到未来", "7x24小时 全球实时财经新闻直播"),
        body=("他说小额赞助的读者今年翻了一倍，这让编辑部很意外。",),
    )


# ---- titles -----------------------------------------------------------------------------------


def test_a_headline_before_its_outlet_writer_and_labelled_stamp_is_cut_there() -> None:
    """標題 新頭殼newtalk | 某某 綜合報導 發布 2022.06.10 | 16:20: the stamp under its word."""
    text = "首頁 / 司法\n前議員收賄案更一審改判8年6月 高院：犯後態度不佳 新頭殼newtalk | 鍾雅婷 綜合報導 發布 2022.06.10 | 16:20\n\n臺灣高等法院今（10）日宣判。"
    for form in _both(text):
        assert _title(form) in ("前議員收賄案更一審改判8年6月 高院：犯後態度不佳", "前议员收贿案更一审改判8年6月 高院：犯后态度不佳")


def test_a_name_over_its_bio_and_follow_button_is_no_headline() -> None:
    page = "知乎\n首页\n小林不加班\n后端工程师 / 业余跑步 8 年\n关注\n今天跑完了人生第一个全马，比目标慢了二十分钟。\n去年11月报的名。"
    for form in _both(page):
        assert _title(form) is None, form


# ---- comment heads with a name and a day ------------------------------------------------------


def test_a_commenters_name_and_day_on_one_line_dates_the_comment_under_it() -> None:
    """Blogger's 匿名2021年11月3日 上午9:15 (the name run into the day) and CSDN's 码农阿强　2024.04.10
    head their comments: a comment's 聽日 and 今天 count from them.  (Blogger's heads are no chat
    window's senders, though a day and a time close them.)"""
    blogger = [
        "慢活九龍城",
        "2021年11月2日星期二",
        "今朝落九龍城街市買餸，成日幫襯嗰個菜檔阿伯話佢月尾就退休。",
        "2 則留言：",
        "匿名2021年11月3日 上午9:15",
        "阿伯個檔我都幫襯過！聽日去買返啲菜支持下佢先。",
        "回覆",
        "阿海2021年11月3日 下午10:02",
        "多謝支持！明天見。",
    ]
    for days in _days(blogger):
        assert ("听日", "2021-11-04") in days and ("明天", "2021-11-04") in days, days
    csdn = [
        "Nginx 升级后反向代理 502 的排查记录",
        "原创　于 2024-04-09 21:17:43 发布　阅读量1.2k",
        "昨天晚上把测试环境的 Nginx 升级了，结果全是 502。",
        "评论 3",
        "码农阿强　2024.04.10",
        "今天也遇到一模一样的问题，按你的方法解决了，感谢！",
        "回复",
    ]
    for days in _days(csdn):
        assert ("今天", "2024-04-10") in days, days


def test_related_links_under_their_days_are_no_comment_heads() -> None:
    """管委會帳目不公開怎麼辦 2024-04-19 in a run of such rows, or alone under 更多推薦: links, whose
    days date no comment (the reply over them keeps its own stamp)."""
    page = [
        "標題在這裡",
        "2022/05/10",
        "這是文章的第一段，寫得很長很長，講了很多事情。",
        "陳以恩",
        "2022/05/15",
        "可以的話拍給我看看～昨天林師傅說要來",
        "更多推薦",
        "老房子裡的日曆紙　2022/04/02",
    ]
    for days in _days(page):
        assert ("昨天", "2022-05-14") in days, days


def test_two_bare_months_of_a_range_are_dated_by_its_end() -> None:
    """1月到11月底 on December 26th: the months just gone; 1月到3月将… the coming ones; a year the
    sentence names dates them (2026年的计划是1月到11月完成)."""
    page = ["標題", "2025年12月26日", "", "是从1月到11月底借了183本。", "", "1月到3月将进行施工。", "", "2026年的计划是1月到11月完成。"]
    for days in _days(page):
        assert ("1月到11月底", "2025-01-01") in days, days
        assert ("1月到3月", "2026-01-01") in days, days
        assert ("1月到11月", "2026-01-01") in days, days


def test_days_the_world_keeps_by_name_are_dated() -> None:
    for days in _days(["標題", "2022年6月1日", "", "今年国际博物馆日（5月18日）当天，本馆推出特展。世界无烟日那天也有活动。"]):
        assert ("今年国际博物馆日（5月18日）", "2022-05-18") in days, days
        assert ("世界无烟日", "2022-05-31") in days, days


def test_page_furniture_of_reviews_releases_and_blogs_is_chrome() -> None:
    _assert_chrome(
        (
            "★★★★★ 4.8（126個評分）",
            "阿May · 1星期前",
            "运维笔记 专栏收录该内容　12 篇文章　订阅专栏",
            "文章知识点与官方知识档案匹配，可进一步学习相关知识",
            "Linux技能树首页概览　34567 人正在系统学习中",
            "前瞻性陈述：本新闻稿包含前瞻性陈述，实际结果可能与前瞻性陈述存在重大差异。",
            "（本文亦发布于微博@江临中院 及微信公众号“江临中院”）",
            "本文目錄",
            "悄悄話",
            "LV.28 職業：魔法師",
        ),
        body=("error.log 里全是下面这种报错：",),
    )


def test_next_weeks_release_each_week_is_no_event() -> None:
    """每周二上午10:00放出下一周号源: what each week brings; 下一周我们会开放 is one week."""
    for days in _days(["標題", "2025年9月15日", "", "参观预约：免费预约，每周二上午10:00放出下一周号源。", "", "下一周我们会开放。"]):
        assert [t for t, _ in days].count("下一周") == 1, days


def test_an_associations_handle_ends_in_its_association_word() -> None:
    """@東林化學系友會亦同步開放, @江城校友会的学长: the association's 会 ends the name."""
    for line, want in (
        ("系友會臉書粉專@東林化學系友會亦同步開放線上追思留言。", "东林化学系友会"),
        ("感谢@江城校友会的学长协助。", "江城校友会"),
        ("请联系@江城同学会或系办。", "江城同学会"),
    ):
        for handles in _handles(["标题", "", line]):
            assert handles == {want}, (line, handles)


def test_a_shops_tabs_and_review_filters_are_chrome_and_no_headline() -> None:
    page = [
        "京东",
        "首页 > 家用电器 > 厨房小电 > 空气炸锅",
        "商品介绍　规格与包装　售后保障　商品评价(2万+)　本店好评商品",
        "好评度 97%",
        "全部评价(2万+)　晒图(3100+)　视频晒单(200+)　追评(900+)　好评(1.9万+)",
        "只看当前商品评价　推荐排序",
        "j***8　PLUS会员",
        "外观材质：颜值很高，可视窗口很实用，不用开锅就能看到上色情况。",
        "烹饪效果：周日到的货，当天就烤了一盘鸡翅，外脆里嫩。",
    ]
    for text, chrome in zip(_both("\n".join(page)), _chrome(page), strict=True):
        assert {_simple(line) for line in chrome} >= {_simple(page[k]) for k in (2, 3, 4, 5)}, chrome
        assert _title(text) is None


def test_a_museums_related_shows_under_their_heading_are_chrome() -> None:
    page = [
        "江临美术馆",
        "“秋日山水——馆藏册页特展”开幕",
        "2025-09-15",
        "本次展览展出馆藏册页六十余件，展期至11月30日。",
        "相关展览",
        "“纸上春风——馆藏版画精品展”　2025.07.15—2025.09.14",
        "“城市之光——江临青年艺术家提名展”　2025.06.01—2025.08.31",
        "关于我们　联系方式　网站地图",
    ]
    for chrome in _chrome(page):
        assert sum(1 for line in chrome if "2025.0" in line) == 2, chrome


# ---- weekdays told as done, quoted floors, signatures ----------------------------------------


def test_a_bare_weekday_told_as_done_is_the_one_gone_by() -> None:
    """On a Tuesday: 我週六去了台北, 我是週六早上出發的, 週日回程就開始塞了 are the last weekend's;
    週六就要放假了 is the coming Saturday."""
    for line, want in (
        ("我週六去了台北。", ("周六", "2021-11-06")),
        ("對 我是週六早上6點出發的，回程週日下午就開始塞了", ("周日", "2021-11-07")),
        ("週六就要放假了", ("周六", "2021-11-13")),
    ):
        for days in _days(["標題文字在此", "2021-11-09 12:10", "", line]):
            assert want in days, (line, days)


def test_a_reply_under_a_quoted_floors_stamp_counts_from_its_own_floor() -> None:
    """NGA's Reply Post by 某某 (2024-03-05 19:40): and Discuz's 某某 发表于 2024-12-29 09:10 head
    the lines a reply quotes; the reply's 昨天 counts from the floor's own stamp."""
    nga = [
        "NGA玩家社区",
        "[讨论] 房租又涨了怎么办",
        "#0",
        "阿巴阿巴机",
        "2024-03-05 19:40",
        "房东说下个月起每月涨300，大家觉得合理吗？",
        "#2",
        "路过的打工人",
        "2024-03-06 10:05",
        "Reply Post by 阿巴阿巴机 (2024-03-05 19:40):",
        "我去年12月也被涨了，最后砍到200",
        "@阿巴阿巴机 200也不少了。楼主可以跟房东说昨天去看了别的房子",
    ]
    for days in _days(nga):
        assert ("昨天", "2024-03-05") in days, days
    discuz = [
        "江城论坛",
        "江滩跨年灯光秀开始搭台了",
        "江城小吃货",
        "发表于 2024-12-29 09:10 | 只看该作者",
        "昨天晚上路过江滩，已经在搭台子了",
        "江边钓鱼佬",
        "发表于 2024-12-30 22:47:19 | 只看该作者",
        "江城小吃货 发表于 2024-12-29 09:10",
        "昨天晚上路过江滩，已经在搭台子了",
        "感谢！昨晚去看了彩排，灯光效果确实不错",
    ]
    for days in _days(discuz):
        assert ("昨天", "2024-12-28") in days and ("昨晚", "2024-12-29") in days, days


def test_a_device_signature_and_a_threads_page_label_are_chrome() -> None:
    _assert_chrome(("----sent from my Redmi K70, Android 14", "第 1 頁", "第 2 页 / 共 5 页"))


def test_a_portals_channel_name_is_no_headline() -> None:
    page = "新浪财经\n7x24小时 全球实时财经新闻直播\n2025-04-08 09:30\n央行今日开展逆回购操作，市场情绪稳定。\n09:12\n沪指高开0.5%，券商板块走强。"
    for form in _both(page):
        assert _title(form) is None, form


def test_a_box_sold_for_a_lunar_day_is_no_day() -> None:
    for days in _days(["標題", "2024年2月10日", "", "預訂正月十五湯圓禮盒請 WhatsApp，2月20日截單。正月十五我們休息。"]):
        assert [t for t, _ in days].count("正月十五") == 1, days


def test_a_bare_day_just_after_the_pages_is_the_coming_one_unless_told_done() -> None:
    """依目前路徑，24日至25日最接近台灣 on August 23rd: the coming days; 24日已召開 is last month's."""
    for days in _days(["標題文字在此", "2019/8/23 11:42", "", "依目前路徑，24日至25日最接近台灣。"]):
        assert ("24日至25日", "2019-08-24") in days, days
    for days in _days(["標題文字在此", "2019/8/23 11:42", "", "委員會24日已召開會議。"]):
        assert ("24日", "2019-07-24") in days, days


def test_an_accounts_people_after_its_name_are_not_its_name() -> None:
    """感谢@民间记忆计划的几位老师: the account, then some of its people; a blog named with 的
    (@一个人的三餐四季) stays whole."""
    for line, want in (
        ("也感谢@民间记忆计划的几位老师，给了我很多建议。", "民间记忆计划"),
        ("推荐@一个人的三餐四季 这个号", "一个人的三餐四季"),
    ):
        for handles in _handles(["标题", "", line]):
            assert handles == {want}, (line, handles)


def test_a_page_dated_by_its_first_reviews_stamp_still_reads_its_stamps_below() -> None:
    """大众点评: the page's date is the first review's stamp, under the review's words; the shop's
    reply under its own stamp (2021-06-21, a Monday) counts its 上周一 and 下周一 from that day."""
    page = [
        "大众点评",
        "老刘家卤煮火烧（簋街店）",
        "4.6分 | 2384条评价 | 人均：¥68",
        "吃货小周同学",
        "Lv5",
        "前天中午来的，正赶上端午，排了快一个小时才进去，好在出餐很快。",
        "店里粽子买一送一的活动到6月20日，豆沙馅的还不错。",
        "2021-06-16 21:30",
        "赞(36)　回应(2)　收藏　举报",
        "商家回复：感谢亲的认可！上周一端午客人太多，让您久等了。下周一起推出新品。",
        "2021-06-21 10:22",
        "相关推荐",
    ]
    for days in _days(page):
        assert ("上周一", "2021-06-14") in days and ("前天", "2021-06-14") in days, days


def test_the_travel_season_alone_is_no_event_and_with_its_year_or_days_it_is() -> None:
    """春运期间 (14 annotations of 18 read it so) and 春运 alone: the season in general;
    去年春运期间, 2025年春运（1月14日至2月22日）, 春运（1月14日至2月22日）: one season."""
    page = ["標題", "2025年1月20日", "", "春运期间，车站加开列车。去年春运期间客流大增。春运（1月14日至2月22日）开始。"]
    for days in _days(page):
        surfaces = [t for t, _ in days]
        assert "春运期间" not in surfaces, days
        assert ("去年春运期间", "2024-01-26") in days and ("春运（1月14日至2月22日）", "2025-01-14") in days, days


def test_a_platforms_names_after_a_posts_page_title_are_cut() -> None:
    """標題_哔哩哔哩_bilibili, 標題 - 小红书, 問題 - 知乎: the page title's platform, once or twice."""
    from tui.model.boilerplate import fold
    from tui.model.title import _cut

    for line, want in (
        ("【实拍】老家绿皮车停运前的最后一趟，我坐了全程_哔哩哔哩_bilibili", "【实拍】老家绿皮车停运前的最后一趟，我坐了全程"),
        ("杭州｜避开人潮的3条西湖小路 - 小红书", "杭州｜避开人潮的3条西湖小路"),
        ("如何评价这次的新机发布会？ - 知乎", "如何评价这次的新机发布会？"),
        ("我的旅行手记 - 第二部分", "我的旅行手记 - 第二部分"),
    ):
        start, end = _cut(fold(line))
        assert line[start:end] == want, line


def test_a_reply_floors_own_page_has_no_headline() -> None:
    """百度贴吧's page of one floor and its replies: the floor's first line under its header is
    its text, and the board's keepers (吧主：…) and the way back (返回原帖) are no headline."""
    page = [
        "百度贴吧",
        "西安吧",
        "关注",
        "吧主：长安街溜子、西门城墙根",
        "返回原帖",
        "3楼的回复（共12条）",
        "古城的老陕",
        "吧主",
        "3楼",
        "2020-05-06 21:14",
        "来自Android客户端",
        "五一那天去的兵马俑，早上8点到的还行，10点以后人就爆了",
        "昨天又带我爸妈去了趟大唐不夜城，晚上根本挤不动",
        "回复(12)",
    ]
    for form in _both("\n".join(page)):
        assert _title(form) is None, form
    for days in _days(page):
        assert ("五一", "2020-05-01") in days, days


def test_a_reviews_table_a_cell_to_a_line_is_chrome() -> None:
    """OpenRice's scores and facts, each label over its value (味道 / 5 / … / 用餐日期 /
    21/12/2023 / 人均消費 / $320 (晚餐) / 慶祝紀念 / 冬至): the page's table, whose 冬至 dates nothing;
    a list of short words (a menu of one word to a line) is not read as one."""
    page = [
        "滿庭芳小廚",
        "做冬前夕 老火湯有驚喜",
        "今年冬至（22號）正日實在太難book枱，所以提前一晚嚟食。",
        "老火湯係青紅蘿蔔豬骨湯，煲足四個鐘。",
        "味道", "5", "環境", "3", "服務", "4", "衛生", "4",
        "用餐日期", "21/12/2023", "人均消費", "$320 (晚餐)", "慶祝紀念", "冬至",
        "讚好",
    ]
    for chrome in _chrome(page):
        simple = {_simple(line) for line in chrome}
        assert {"味道", "环境", "用餐日期", "人均消费", "$320 (晚餐)", "冬至"} <= simple, chrome
        assert not any(line.startswith("今年") for line in simple), chrome
