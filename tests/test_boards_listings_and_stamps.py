"""Shapes the forty-second session's read sets showed: a festival's name before its lunar days,
Hakka and Buddhist festivals, versions and annotations that are no dates or accounts, past
years' months, deadlines and habits; the page's stamp as a CMS, WordPress, a US community
platform, an older Taiwan board and a temple's notice print it; and the furniture of campus and
county papers, WordPress themes, CSDN, 简书, QQ空间, 大众点评, 马蜂窝, 博客园, a Khoros community,
文学城-style and vBulletin, phpBB and Discuz boards, Steam, property listings and a church's
bulletin.  The texts are written for these tests in the shapes such pages have, each read in
both scripts unless the rule is one place's alone."""

from __future__ import annotations

from tests.article_probes import (
    agreed_spans,
    agreed_surfaces,
    body_of,
    handles_of,
    in_every_chrome,
    in_no_chrome,
    page_dates,
    simple,
    title_of,
)
from tests.test_date_shapes import both_scripts
from tui.model.boilerplate import split_lines
from tui.model.build import build_article

_STORY = "鎮公所表示，今年共有十二處路段完成改善工程，總經費約三千萬元，預計明年再擴大辦理，民眾可上網查詢各路段進度。"
_MORE = "議員也要求公所加強宣導，避免民眾在施工期間誤闖封閉路段，並在各路口增設臨時告示牌，方便用路人提早改道。"








# ---- dates -----------------------------------------------------------------------------------


def test_the_new_years_name_before_its_lunar_days_is_one_expression() -> None:
    """``農曆春節初一至初五（1月29日至2月2日）``: the days of that new year, one event with the
    name; ``今年春節初三`` is the third day of this year's."""
    lines = ["2025-01-24 10:00", "公所決定農曆春節初一至初五（1月29日至2月2日）期間，交通船延長營運至晚間九時。"]
    assert ("农历春节初一至初五（1月29日至2月2日）", "2025-01-29", "2025-02-02") in agreed_spans(lines)
    third = ["2025-01-24 10:00", "阿姨說今年春節初三會回娘家，順便帶孫子去看花燈。"]
    assert ("今年春节初三", "2025-01-31", "2025-01-31") in agreed_spans(third)


def test_hakka_and_buddhist_festivals_are_dated_by_their_lunar_days() -> None:
    """``義民節（27日）`` is the 20th of the seventh lunar month; ``盂蘭節`` its 15th; a gathering
    named for it (``盂蘭勝會``, ``盂兰盆法会``) has the organisers' days, no festival's."""
    assert ("义民节（27日）", "2021-08-27", "2021-08-27") in agreed_spans(
        ["2021-08-26 10:00", "果農希望在義民節（27日）前把梨子全部出清，價格也比較好。"]
    )
    assert ("盂兰节(8月18日)", "2024-08-18", "2024-08-18") in agreed_spans(
        ["2024-08-10 10:00", "盂蘭節(8月18日)仲有第二期活動，登入獎勵應該會補發。"]
    )
    assert not [s for s in agreed_surfaces(["2023-07-20 10:00", "去年盂兰盆法会期间，共有四千余人次参加共修。"]) if "盂兰" in s]


def test_almost_after_a_festival_is_no_count_of_days() -> None:
    """``農曆新年後幾乎每日都來``: after the new year (幾乎 "almost"); ``春節前幾天`` counts days
    before it, no side of it."""
    assert "农历新年后" in agreed_surfaces(["2025-03-08 10:00", "中六學生阿欣說，她農曆新年後幾乎每日都來自修室溫書。"])
    assert "春节前" not in agreed_surfaces(["2025-03-08 10:00", "她說春節前幾天已經開始排隊，人多到坐唔落。"])


def test_last_years_season_in_cantonese_is_a_season() -> None:
    """``舊年冬天`` is last winter, as ``去年冬天`` is."""
    assert ("旧年冬天", "2023-12-01", "2024-02-29") in agreed_spans(
        ["2024-11-14 10:00", "陳婆婆話：「舊年冬天凍到我成晚瞓唔着，今年想早啲攞定張被。」"]
    )


def test_the_seventh_day_dated_by_a_weekday_in_its_bracket() -> None:
    """``人日（上周五）``: the seventh day of the new year, the Friday just gone."""
    assert ("人日（上周五）", "2024-02-16", "2024-02-16") in agreed_spans(
        ["2024-02-20 10:00", "廟方指，人日（上周五）仍有不少善信前往轉風車，人流比預期多。"]
    )


def test_a_whole_quarter_is_a_quarter() -> None:
    """``整个二季度``: the second quarter of the page's year."""
    assert ("二季度", "2024-04-01", "2024-06-30") in agreed_spans(
        ["2024-04-10 10:00", "企业负责人说，目前订单已排满整个二季度，车间两班倒。"]
    )


def test_a_quoted_note_that_names_the_festivals_day_is_that_day() -> None:
    """``“腊八节当天取”``, ``“清明节后再联系”``: the day a note or a reply names, in its quotes;
    a quoted name (``「雪夜聖誕」``) is still no day."""
    assert ("腊八节", "2026-01-26", "2026-01-26") in agreed_spans(
        ["2025-12-29 10:00", "不少订单备注着“腊八节当天取”，最远的一张已写到春节前。"]
    )
    assert "清明节后" in agreed_surfaces(["2022-04-07 20:15", "有老师回邮件说“清明节后再联系”，结果到现在也没消息。"])


def test_a_version_after_a_products_latin_name_is_no_day() -> None:
    """``Spring Boot 2.7 到 3.1``: versions; ``11 日和 12 日两天`` spaced as tech sites set figures
    are two days."""
    lines = ["2023-08-14 10:21", "我们组的服务完成了 Spring Boot 2.7 到 3.1 的升级，今天上午补跑了 11 日和 12 日两天的对账。"]
    spans = agreed_spans(lines)
    assert not [s for s in spans if s[0].startswith("2.7")]
    assert ("11 日", "2023-08-11", "2023-08-11") in spans
    assert ("12 日", "2023-08-12", "2023-08-12") in spans


def test_last_years_twelfth_month_after_the_new_year_is_the_one_just_gone() -> None:
    """``去年腊月二十三`` on the new year's nineteenth day (March 2nd 2021): the twelfth month
    that ended with this new year, February 4th 2021."""
    lines = ["2021.03.02 22:47", "今天是正月十九。去年腊月二十三，我回来帮外婆扫尘，她一个人站在凳子上擦灶台。"]
    assert ("去年腊月二十三", "2021-02-04", "2021-02-04") in agreed_spans(lines)


def test_a_month_so_many_years_ago_is_that_years_month() -> None:
    """``四年前的九月``: September four years back, not this year's coming one."""
    assert ("四年前的九月", "2015-09-01", "2015-09-30") in agreed_spans(
        ["2019-06-30 23:14", "背面的胶印还是四年前的九月贴上去的时候那个样子。"]
    )


def test_a_solar_term_said_to_be_the_day_is_dated() -> None:
    """``6月21号那天…正好是夏至``: the day is the term's."""
    assert ("夏至", "2019-06-21", "2019-06-21") in agreed_spans(
        ["2019-06-30 23:14", "6月21号那天拍的毕业照，正好是夏至，重庆热得像蒸笼。"]
    )


def test_an_itinerarys_label_of_two_days_dates_its_range() -> None:
    """``DAY4-5 10.4-10.5 扎尕那—兰州``: the fourth and fifth days of the trip."""
    lines = ["2020-12-05 20:11", "DAY3 10.3 郎木寺", "DAY4-5 10.4-10.5 扎尕那—兰州"]
    assert ("10.4-10.5", "2020-10-04", "2020-10-05") in agreed_spans(lines)


def test_a_quarters_range_ends_in_the_year_its_start_names() -> None:
    """``2025 年第二季度至第三季度``: both quarters of 2025, on a page of 2026."""
    lines = ["2026-02-03 09:48", "拆分排在 2025 年第二季度至第三季度，中间踩的坑够写一个系列。"]
    assert ("2025 年第二季度至第三季度", "2025-04-01", "2025-09-30") in agreed_spans(lines)


def test_habits_of_the_past_and_of_every_year_are_no_days() -> None:
    """``以前過年才休三天，清明連假也照開``: the clause going on with the past's habit;
    ``每年这个周末都有好几家这样``: that weekend of every year."""
    assert not [s for s in agreed_surfaces(["2023-05-14 10:00", "以前過年才休三天，清明連假也照開。"]) if "清明" in s]
    assert not [s for s in agreed_surfaces(["2021-03-14 09:12", "老师笑着说，每年这个周末都有好几家这样。"]) if "周末" in s]


def test_a_bare_month_end_is_any_months_unless_forecast() -> None:
    """``月末、季末和年底资金面紧``, ``不如盯月末``: the end of any month; ``预计月末…`` is this one."""
    assert "月末" not in agreed_surfaces(["2023-06-20 10:00", "补充一点：月末、季末资金面紧，所以不如盯月末。"])
    assert ("月末", "2023-06-21", "2023-06-30") in agreed_spans(["2023-06-20 10:00", "市场人士预计月末资金面将保持平稳。"])


def test_a_weekday_asked_as_a_deadline_is_the_coming_one() -> None:
    """``請於週四前向幹事報名`` in a Sunday's bulletin: the Thursday to come."""
    lines = ["2025-11-30 10:00", "本週六（12月6日）下午三時舉行燭光夜，請於週四前向Ivan幹事報名。"]
    assert ("周四", "2025-12-04", "2025-12-04") in agreed_spans(lines)


def test_carol_singers_named_for_christmas_are_no_christmas() -> None:
    """``聖誕報佳音隊將於12月20日至23日…``: the singers' days are the event."""
    lines = ["2025-11-30 10:00", "聖誕報佳音隊將於12月20日至23日晚上到訪區內長者中心及醫院。"]
    spans = agreed_spans(lines)
    assert not [s for s in spans if s[0].startswith("圣诞")]
    assert ("12月20日至23日", "2025-12-20", "2025-12-23") in spans


def test_a_timetables_row_with_its_sailings_is_no_stamp() -> None:
    """``5月16日（星期四）早上加開 06:30、07:20 普通渡輪``: a day of the timetable, an event."""
    lines = ["發出日期：2024年5月10日", _STORY, "長洲開往中環：", "5月16日（星期四）早上加開 06:30、07:20 普通渡輪", _MORE]
    assert [s for s in agreed_surfaces(lines) if s.startswith("5月16日")]


# ---- page dates ------------------------------------------------------------------------------


def test_a_cms_stamp_with_chinese_month_names_dates_the_page() -> None:
    """``週五, 22 十一月 2019 17:05``: a Joomla article's stamp; its line is chrome."""
    lines = ["洄瀾快報", "玉里稻米產銷班拚轉型 老碾米廠變身食農教室", "作者是 編輯部", "週五, 22 十一月 2019 17:05", _STORY, _MORE]
    assert {d.isoformat() for d in page_dates(lines)} == {"2019-11-22"}
    assert in_every_chrome(lines, "週五, 22 十一月 2019 17:05")


def test_an_english_update_stamp_dates_the_page_over_its_comments() -> None:
    """``Last Updated on 2024-04-20 by 阿傑``: the post's only stamp; the comments' days under it
    are theirs."""
    lines = [
        "阿傑的慢旅行", "【台東四天三夜】縱谷慢遊", "Last Updated on 2024-04-20 by 阿傑", _STORY, _MORE,
        "2 則迴響", "小安 說：", "2024 年 4 月 21 日 上午 9:12", "請問單車是在哪裡租的？需要預約嗎？", "回覆",
    ]
    assert {d.isoformat() for d in page_dates(lines)} == {"2024-04-20"}
    assert all(simple("請問單車是在哪裡租的？需要預約嗎？") in body for body in body_of(lines))


def test_a_threads_first_floor_under_a_question_dates_the_page() -> None:
    """``#1 | 小雪糕BB | 2026年2月2日 下午 11:02`` under a question headline: the thread's day."""
    lines = [
        "討論區 > 結婚 > 婚宴及擺酒", "擺酒日子同長輩傾唔掂,大家點揀?", "瀏覽 3,482　回覆 27　收藏",
        "#1 | 小雪糕BB | 2026年2月2日 下午 11:02", "同男朋友拍咗拖七年,終於決定擺酒,但係日子問題搞到頭都大。",
        "原本諗住年廿八擺,酒樓剛好有一晚取消咗,價錢仲有折。",
    ]
    assert {d.isoformat() for d in page_dates(lines)} == {"2026-02-02"}


def test_a_us_stamp_with_a_twelve_hour_clock_dates_the_page() -> None:
    """``06-14-2022 10:23 PM`` (a Khoros community's): the post's day, a stamp line; the poster's
    rank between a later floor's name and stamp is chrome."""
    lines = [
        "社群 > 手機 > 討論區", "夜拍模式更新後變得很糊,有人一樣嗎?", "已解決！前往解決方案。", "小芸愛拍照", "Star II",
        "06-14-2022 10:23 PM", "手機是上個月在門市買的,一開始夜拍真的很驚豔,更新之後整張糊掉。", "讚", "回覆",
        "阿傑", "Star III", "06-14-2022 11:05 PM", "我的也是,夜拍多了一層塗抹感,白天倒是正常。",
    ]
    assert {d.isoformat() for d in page_dates(lines)} == {"2022-06-14"}
    assert in_every_chrome(lines, "06-14-2022 10:23 PM", "Star III", "已解決！前往解決方案。")


def test_a_boards_clock_is_no_page_date() -> None:
    """``現在的時間是 2023-04-10, 08:05`` in a phpBB head: the day it was read; the first post's
    ``由 某某 » 2023-04-08, 15:32`` is the page's, and its ``昨天`` counts from it."""
    lines = [
        "半山茶寮", "現在的時間是 2023-04-10, 08:05", "所有顯示的時間為 UTC+08:00", "玄關 ‹ 茶話 ‹ 製茶與試飲心得",
        "獅峰龍井與坪林包種試飲筆記", "由 竹塹老茶客 » 2023-04-08, 15:32",
        "杭州的朋友寄來一小罐獅峰龍井,昨天才收到,隔了十天還算新鮮。", "用八十五度的水、玻璃杯上投,第一泡豆香很明顯。",
    ]
    assert {d.isoformat() for d in page_dates(lines)} == {"2023-04-08"}
    assert ("昨天", "2023-04-07", "2023-04-07") in agreed_spans(lines)
    assert {simple(title_of(t) or "") for t in both_scripts("\n".join(lines))} == {"狮峰龙井与坪林包种试饮笔记"}


def test_a_minguo_day_in_a_notices_field_row_dates_the_page() -> None:
    """``發佈者：宮務組｜113-03-01｜瀏覽人次 2,317``: the notice's day, in Minguo years."""
    lines = ["活動公告", "甲辰年天上聖母北港進香行程表暨隨香報名公告", "發佈者：宮務組｜113-03-01｜瀏覽人次 2,317", _STORY, _MORE]
    assert {d.isoformat() for d in page_dates(lines)} == {"2024-03-01"}


# ---- handles ---------------------------------------------------------------------------------


def test_a_code_pages_annotations_are_no_accounts() -> None:
    """``@Scheduled``, ``@EnableScheduling`` on a page with a block of code: the code's; the code
    stays in the story; ``@lin_mu_chuan`` in a comment is an account."""
    lines = [
        "SpringBoot 升级后定时任务不跑了", "林木川 于 2023-08-14 10:21:37 发布", _STORY,
        "启动类上的 @EnableScheduling 还在，任务类也确实被扫描进了容器，本地能跑，生产环境不跑。",
        '@Scheduled(cron = "0 0 2 * * ?")', "public void reconcile() {", '    log.info("start reconcile");', "}",
        "我们也踩过，@lin_mu_chuan 博主能不能再展开讲讲那段？",
    ]
    assert all(h == {"lin_mu_chuan"} for h in handles_of(lines))
    assert all("}" in body and "public void reconcile() {" in body for body in body_of(lines))


# ---- chrome ----------------------------------------------------------------------------------


def test_headlines_under_a_list_heading_in_the_foot_are_chrome() -> None:
    """``最新消息`` / plain headlines / the site's foot: other stories, however they read."""
    lines = [
        "洄瀾快報", "玉里稻米產銷班拚轉型 老碾米廠變身食農教室", _STORY, _MORE, "< 上一篇", "下一篇 >", "最新消息",
        "富里鄉羅山村泥火山豆腐節 本週末登場", "瑞穗鄉公所徵求文旦園導覽志工", "洄瀾快報社",
        "版權所有 © 2019 洄瀾快報 All Rights Reserved.",
    ]
    assert in_every_chrome(lines, "富里鄉羅山村泥火山豆腐節 本週末登場", "瑞穗鄉公所徵求文旦園導覽志工")
    assert not [s for s in agreed_surfaces(["2019-11-22 17:05", *lines]) if "周末" in s]


def test_a_sites_slogan_under_its_name_and_a_dashed_meta_row_are_chrome() -> None:
    """``港線新聞 HK-Line News`` / its slogan / its menu; ``- 港線新聞`` beside ``- 2024年11月14日``."""
    lines = [
        "港線新聞 HK-Line News", "24小時無間斷緊貼香港本地及國際新聞，即時報道新聞事件的最新發展。", "新聞資訊", "港聞",
        "財經", "體育", "首頁 ＞ 新聞資訊 ＞ 港聞", "- 港線新聞", "- 2024年11月14日",
        "寒冬送暖｜團體提早派發暖包 長者：想早啲攞定張被", _STORY, _MORE,
    ]
    assert in_every_chrome(lines, "24小時無間斷緊貼香港本地及國際新聞，即時報道新聞事件的最新發展。", "- 港線新聞")
    assert {simple(title_of(t) or "") for t in both_scripts("\n".join(lines))} == {simple("寒冬送暖｜團體提早派發暖包 長者：想早啲攞定張被")}


def test_a_wordpress_themes_foot_is_chrome() -> None:
    """A byline with its dots (``巴士圈編輯部 ・ 2023年3月12日 ・ 巴士新聞``), teasers closed by
    their link (``[閱讀全文 Full article]``), ``Related Articles`` and the comment form in English;
    a credit ``路線圖：巴士圈讀者提供``."""
    lines = [
        "HK Bus Circle 巴士圈", "88R 線最後一日 巴士迷清早排隊送別老路線", "巴士圈編輯部 ・ 2023年3月12日 ・ 巴士新聞",
        _STORY, _MORE, "路線圖：巴士圈讀者提供", "Related Articles",
        "2023年2月18號朝早，一架雙層巴士喺青山公路撞燈柱 [閱讀全文 Full article]", "Be the first to comment",
        "Leave a Reply", "Your email address will not be published.", "Comment", "Name*", "Email*", "Post Comment",
    ]
    assert in_every_chrome(
        lines, "巴士圈編輯部 ・ 2023年3月12日 ・ 巴士新聞", "Related Articles", "Name*", "Post Comment",
        "2023年2月18號朝早，一架雙層巴士喺青山公路撞燈柱 [閱讀全文 Full article]", "路線圖：巴士圈讀者提供",
    )
    assert not [s for s in agreed_surfaces(lines) if s.startswith("2023年2月")]


def test_a_reporters_card_at_the_foot_is_chrome() -> None:
    """``記者 林品妤`` / the reporter's line about herself / ``IG：@… ｜ 信箱：…`` / the desk's room."""
    lines = [
        "竹報", "學餐漲價五元 學生會啟動問卷調查", _STORY, _MORE, "延伸閱讀", "【第236期】夜間公車延駛至十一點",
        "記者 林品妤", "傳科系三年級，喜歡在宿舍頂樓看夕陽，關心校園裡每一個被忽略的角落。",
        "IG：@linpy_news ｜ 信箱：linpy@bambootimes.edu.tw", "竹報編輯室 ｜ 竹塹大學人社二館 214 室",
        "本網站內容為教學實習作品，轉載請註明出處",
    ]
    assert in_every_chrome(
        lines, "傳科系三年級，喜歡在宿舍頂樓看夕陽，關心校園裡每一個被忽略的角落。",
        "IG：@linpy_news ｜ 信箱：linpy@bambootimes.edu.tw", "竹報編輯室 ｜ 竹塹大學人社二館 214 室",
    )


def test_tags_the_foot_lists_again_from_the_tag_field_are_chrome() -> None:
    """``文章标签： spring boot java 定时任务`` in the head, the same tags one a line at the foot."""
    lines = [
        "SpringBoot 升级后定时任务不跑了", "林木川 于 2023-08-14 10:21:37 发布",
        "分类专栏： Java踩坑笔记 文章标签： spring boot java 定时任务", _STORY,
        "如果你也是从 2.x 升上来的，建议先搜一下自己项目里有没有这种配置。", "spring boot", "java", "定时任务", "打赏作者",
    ]
    assert in_every_chrome(lines, "spring boot", "java", "定时任务")


def test_a_blog_platforms_foot_and_comments_are_chrome() -> None:
    """简书's writer totals, a recommended post over its counts, the writer's name over its badge;
    QQ空间's first commenter with a colon under the comments' count."""
    jianshu = [
        "简书", "正月十九，给外婆送春菜", "青禾舟", "2021.03.02 22:47:15字数 1,832阅读 96", _STORY, _MORE, "赞赏支持",
        "青禾舟", "总资产12共写了8.6W字获得301个赞共88个粉丝", "3条评论", "山月不知心", "2楼 2021.03.03 07:12",
        "@青禾舟 看饿了，荠菜馄饨是我们家正月里必吃的。", "赞", "回复", "青禾舟", "作者", "2021.03.03 08:30",
        "@山月不知心 下回给你带一点冻好的", "赞", "回复", "推荐阅读更多精彩内容", "二月二，剃龙头", "阅读 1,203评论 2赞 18",
    ]
    assert in_every_chrome(jianshu, "总资产12共写了8.6W字获得301个赞共88个粉丝", "二月二，剃龙头")
    text = "\n".join(jianshu)
    page = text.split("\n")
    assert page.index("作者") - 1 in split_lines(page).chrome
    qzone = [
        "QQ空间", "毕业这件小事", "2019-06-30 23:14 | 阅读(57) | 评论(3)", _STORY, _MORE, "转载", "分享", "举报", "评论(3)",
        "小鹿乱撞：", "写哭了。@阿澈 你的帽子到底取下来没有！", "2019-07-01 08:12", "回复", "阿澈：",
        "回复 小鹿乱撞：还挂着，留给学弟学妹当纪念", "2019-07-01 09:45", "回复",
    ]
    assert in_every_chrome(qzone, "小鹿乱撞：", "转载")


def test_platform_buttons_and_counts_are_chrome() -> None:
    """``图片 ×9``, ``写点评``, ``本篇游记共计4120字，63图``, ``此分類上一篇：…``, ``Pinned message``,
    Mastodon's ``網頁``, ``原创`` alone, ``食評日期：…``, ``您好，欢迎访问…网站！``, a video's
    ``字幕：客語四縣腔／華語``, a calendar widget's ``< 2026年2月 >``."""
    for line in (
        "图片 ×9", "写点评", "本篇游记共计4120字，63图", "此分類上一篇：颱風天的泡麵", "Pinned message", "網頁", "原创",
        "食評日期：2021-08-20", "您好，欢迎访问芦溪镇人民政府网站！", "字幕：客語四縣腔／華語", "< 2026年2月 >",
        "日 一 二 三 四 五 六",
    ):
        assert in_every_chrome(["某某站", "某篇文章的標題在這裡", _STORY, line, _MORE, "版權所有"], line), line


def test_a_blogs_contents_with_its_fold_button_are_chrome() -> None:
    """``目錄 [隱藏]`` / ``1. 行程總覽`` … ``5. 住宿與交通``, entries with spaces in them."""
    lines = [
        "阿傑的慢旅行", "【台東四天三夜】縱谷慢遊", "目錄 [隱藏]", "1. 行程總覽", "2. Day 1 池上", "3. Day 3–4 都蘭",
        "4. 住宿與交通", _STORY, "行程總覽", _MORE, "Day 1 池上", "池上的稻田剛插秧不久，一片水汪汪的嫩綠，騎車很舒服。",
        "Day 3–4 都蘭", "都蘭就是什麼都不做的地方，我們在咖啡店坐了一下午。", "住宿與交通", "火車票要早點搶，連假價格比平日高。",
    ]
    assert in_every_chrome(lines, "目錄 [隱藏]", "2. Day 1 池上", "4. 住宿與交通")


def test_a_days_field_over_the_posts_other_facts_is_the_posts() -> None:
    """``日期：2022年11月19日（六）`` over ``路線：…`` and ``天氣：…``: the hike's day, the story's;
    an e-mail's ``时间：… 08:00`` stays chrome."""
    lines = [
        "山系阿熊的行山日記", "2022年11月20日星期日", "吊手岩、金督馳馬徑：港島半日遊", "日期：2022年11月19日（六）",
        "路線：黃泥涌水塘>吊手岩>金督馳馬徑", "天氣：晴，18至23度", _STORY, _MORE,
    ]
    assert all(simple("日期：2022年11月19日（六）") in body for body in body_of(lines))
    assert in_no_chrome(lines, "日期：2022年11月19日（六）")


def test_a_classic_boards_reply_list_and_form_are_chrome() -> None:
    """文学城-style: ``本论坛所有帖子只代表作者个人观点…``, the reply rows with their bytes and
    stamps, ``所有跟帖:``, ``加跟帖``, ``笔名:``, ``密码:``; the headline under the disclaimer."""
    lines = [
        "论坛首页 > 海外生活 > 帖子", "本论坛所有帖子只代表作者个人观点，与本站无关。", "夏令时又来了：被烤箱上的钟坑了一回",
        "送交者: 枫叶渡 2021年03月14日09:12:44 于 [海外生活]", _STORY, _MORE, "所有跟帖:",
        "• 烤箱那个太真实了 -Ottawa小林- ♀ (0 bytes) () 03/14/2021 postreply 10:02:51", "加跟帖", "笔名:", "密码:",
    ]
    assert in_every_chrome(
        lines, "本论坛所有帖子只代表作者个人观点，与本站无关。", "所有跟帖:", "笔名:", "密码:",
        "• 烤箱那个太真实了 -Ottawa小林- ♀ (0 bytes) () 03/14/2021 postreply 10:02:51",
    )
    assert {title_of(t) for t in both_scripts("\n".join(lines))} <= {
        "夏令时又来了：被烤箱上的钟坑了一回", "夏令時又來了：被烤箱上的鐘坑了一回",
    }


def test_a_post_header_ending_on_its_region_is_chrome() -> None:
    """``2# 北纬三十度 2020/04/01 IP:广东``, ``铁锅炖火箭2020/04/01原创 模型火箭 IP:湖南``."""
    lines = [
        "航天 / 模型火箭 / 帖子", "湘西试射延期后的计划调整", "铁锅炖火箭2020/04/01原创 模型火箭 IP:湖南", _STORY, _MORE,
        "2# 北纬三十度 2020/04/01 IP:广东", "这周末可以去后山帮忙，带一台测风仪，到时候群里联系。",
    ]
    assert in_every_chrome(lines, "2# 北纬三十度 2020/04/01 IP:广东", "铁锅炖火箭2020/04/01原创 模型火箭 IP:湖南")


def test_vbulletin_in_chinese_is_read_whole() -> None:
    """A floor's head with its stamp first (``舊 2019-12-02, 10:48 PM   #2``), the poster with its
    rank, its place among the card's fields, its signature under the underscores, the board's
    furniture; the post's title after the default icon's word (``預設 …``)."""
    lines = [
        "綠泥論壇", "返回   綠泥論壇 > 生活休閒區 > 單車與旅遊分享", "論壇說明", "歡迎您來到『綠泥論壇』 ^___^",
        "您目前正以訪客的身份瀏覽本論壇,訪客所擁有的權限將受到限制。", "Google 提供的廣告", "主題工具 顯示模式",
        "舊 2019-12-02, 09:15 PM   #1", "阿賢的單車日記", "高級會員", "註冊日期: 2008-05-11", "住址: 新竹縣竹北市",
        "文章: 1,203", "預設 單車環島九天行程請益(逆時針)",
        "各位車友好,小弟這次終於請到長假,預計12月21日從竹北出發,逆時針騎,12月29日回到家。", "__________________",
        "2015 西濱初環島 / 2017 武嶺 / 騎車不是為了到達,是為了享受過程", "", "舊 2019-12-02, 10:48 PM   #2", "山線老王",
        "進階會員", "註冊日期: 2011-09-30", "文章: 486", "南迴那段我去年冬天剛騎過,路肩大部分還可以,建議白天過。",
    ]
    assert in_every_chrome(
        lines, "論壇說明", "歡迎您來到『綠泥論壇』 ^___^", "Google 提供的廣告", "主題工具 顯示模式", "舊 2019-12-02, 10:48 PM   #2",
        "山線老王", "住址: 新竹縣竹北市", "2015 西濱初環島 / 2017 武嶺 / 騎車不是為了到達,是為了享受過程",
    )
    assert {title_of(t) for t in both_scripts("\n".join(lines))} <= {"單車環島九天行程請益(逆時針)", "单车环岛九天行程请益(逆时针)"}


def test_an_older_boards_poster_card_is_chrome() -> None:
    """``資深會員`` / ``阿德`` / ``發表:356 回覆:1208 積分:947 註冊:2003-11-20`` / ``發送簡訊給我``
    after a blank line, and ``推到 Plurk!``."""
    lines = [
        "K.DEV 討論區 > Delphi > 資料庫與報表", "推到 Plurk!", "扣繳憑單媒體申報檔被退件,請教欄位寬度怎麼算", "小林工程師",
        "初階會員", "發表:12 回覆:40 積分:25 註冊:2015-03-02", "發送簡訊給我",
        "#1 引用回覆 回覆 發表時間:2020-06-17 22:41:09 IP:114.37.xxx.xxx 未訂閱", _STORY, _MORE, "",
        "資深會員", "阿德", "發表:356 回覆:1208 積分:947 註冊:2003-11-20", "發送簡訊給我",
        "#2 引用回覆 回覆 發表時間:2020-06-18 08:15:42 IP:61.216.xxx.xxx 未訂閱", "規格是以 Big5 位元組計算沒錯,改成先轉再補齊就可以了。",
    ]
    assert in_every_chrome(lines, "資深會員", "阿德", "發表:356 回覆:1208 積分:947 註冊:2003-11-20", "推到 Plurk!", "發送簡訊給我")


def test_phpbb_and_steam_furniture_is_chrome() -> None:
    """phpBB's quote header (``竹塹老茶客 寫:``), ``回到「…」``, ``誰在線上``, its translators'
    credit, its board's how-to; Steam's title bar with ``::``, its pager's count, a Q&A's
    ``更新:``."""
    lines = [
        "半山茶寮", "訪客留言請直接按「發表新主題」或「發表回覆」(免登入、免註冊),謝謝。", "跳到內容", "快速連結", "登入",
        "玄關 ‹ 茶話 ‹ 製茶與試飲心得", "試飲筆記", "由 竹塹老茶客 » 2023-04-08, 15:32", _STORY, "竹塹老茶客 寫:",
        "第一泡豆香很明顯", _MORE, "回到「製茶與試飲心得」", "跳轉到", "誰在線上",
        "正在瀏覽這個版面的使用者:沒有註冊會員 和 1 位訪客", "Steam 社群 :: 星港夜話 Online :: 一般討論",
        "第 1 到 5 則,共 5 則留言", "更新:", "正體中文語系由 竹貓星球 維護製作",
    ]
    assert in_every_chrome(
        lines, "訪客留言請直接按「發表新主題」或「發表回覆」(免登入、免註冊),謝謝。", "玄關 ‹ 茶話 ‹ 製茶與試飲心得",
        "竹塹老茶客 寫:", "回到「製茶與試飲心得」", "誰在線上", "Steam 社群 :: 星港夜話 Online :: 一般討論",
        "第 1 到 5 則,共 5 則留言", "正體中文語系由 竹貓星球 維護製作",
    )


def test_a_writers_accounts_between_chrome_lines_are_chrome() -> None:
    """``IG：@slowfish.kitchen｜合作邀約：…`` between the picture's credit and the tags."""
    lines = ["陳小魚的廚房", "市場的母親節", _STORY, _MORE, "（圖／作者提供）", "IG：@slowfish.kitchen｜合作邀約：slowfish.kitchen@gmail.com", "#母親節 #家常菜"]
    assert in_every_chrome(lines, "IG：@slowfish.kitchen｜合作邀約：slowfish.kitchen@gmail.com")


def test_a_listings_headline_in_short_words_is_its_title_not_its_price() -> None:
    """``碧濤苑 第7座 中層 2房 業主急放 即睇即買`` between the breadcrumb and the stamp, its price
    under it: the headline; ``售價：HK$628萬``, ``总价 458万　单价…`` never."""
    hk = [
        "好家地產", "屋苑 > 新界東 > 沙田 > 碧濤苑 > 放盤詳情", "碧濤苑 第7座 中層 2房 業主急放 即睇即買",
        "盤源編號：SBT-07-0817　　更新日期：2021年8月20日　　瀏覽：1,204", "收藏｜分享｜列印", "售價：HK$628萬（已減30萬）",
        "實用面積：331呎　建築面積：421呎", "呢個單位業主上個禮拜先減咗30萬，而家係成個7座最平嘅2房盤，筍唔筍自己計。",
    ]
    assert {title_of(t) for t in both_scripts("\n".join(hk))} == {
        "碧濤苑 第7座 中層 2房 業主急放 即睇即買", "碧涛苑 第7座 中层 2房 业主急放 即睇即买",
    }
    cn = [
        "贝壳找房 | 杭州站", "首页　二手房　新房　租房　商业办公　小区　经纪人　地图找房", "杭州二手房 > 西湖二手房 > 文新二手房 > 丰潭路",
        "南北通透 满五唯一 文新板块 三房两卫 带车位",
        "关注房源　分享　举报　VR看房", "总价 458万　单价 48,212元/平米", "房屋户型 3室2厅2卫　所在楼层 中楼层/共18层",
        "小区名称 嘉绿景苑", "所在区域 西湖 文新", "房源编号 103118765432", "基本属性", "建筑类型 板楼　产权年限 70年",
        "业主因换房出售，房子一直自住，保养得很好，看房需提前一天预约。", "小区离地铁站步行约八分钟，周边有两所小学和一个菜场。",
    ]
    assert title_of("\n".join(cn)) == "南北通透 满五唯一 文新板块 三房两卫 带车位"


def test_a_bulletins_issue_line_is_chrome_not_its_title() -> None:
    """``第2816期　主後二〇二五年十一月三十日　將臨期第一主日`` under the breadcrumb that ends on the
    issue: its stamp; the heading under it is the page's title."""
    lines = [
        "中華基督教會恩樂堂", "主頁｜關於我們｜崇拜聚會｜週刊下載｜聯絡我們", "週刊 › 2025年 › 第2816期", "第2816期　主後二〇二五年十一月三十日　將臨期第一主日", "堂訊及代禱事項",
        "一、歡迎今天首次蒞臨的新朋友，崇拜後請到地下茶點區，我們有同工招待大家。",
        "二、上主日聚會人數：成人186人，兒童崇拜41人，青少年崇拜37人。",
    ]
    assert in_every_chrome(lines, "第2816期　主後二〇二五年十一月三十日　將臨期第一主日")
    assert {title_of(t) for t in both_scripts("\n".join(lines))} == {"堂訊及代禱事項", "堂讯及代祷事项"}


def test_a_threads_question_over_its_starters_card_is_its_title() -> None:
    """``一志愿985化学326分，调剂要不要等第二批？`` over the starter's card and the first floor's
    head; ``想砌部 Alder Lake 機,主板同 DDR5 邊度有貨?``, a question in short spaced words."""
    cn = [
        "木虫学术论坛 » 考研 » 考研调剂 » 帖子", "查看: 2104 | 回复: 12", "一志愿985化学326分，调剂要不要等第二批？",
        "kaoyan_xiaoli", "新虫 (小有名气)", "帖子 86　金币 312　注册 2021-03-02", "1楼　2022-04-07 20:15　只看该作者",
        "各位虫友好，本科双非化学，一志愿报的985有机化学，初试326分，没进拟录取名单。",
    ]
    assert title_of("\n".join(cn)) == "一志愿985化学326分，调剂要不要等第二批？"
    hk = [
        "HKXPC 討論區 » 電腦綜合討論區 » 砌機 / 升級", "想砌部 Alder Lake 機,主板同 DDR5 邊度有貨?", "上一主題 下一主題 列印",
        "阿Ken仔", "中級會員", "帖子 1203 積分 356 註冊時間 2009-7-3", "1# 發表於 2021-10-22 23:14 | 只看該作者",
        "部 4 代機用咗八年,終於頂唔順,打算今次一次過換晒。",
    ]
    assert title_of("\n".join(hk)) == "想砌部 Alder Lake 機,主板同 DDR5 邊度有貨?"


def test_the_menus_last_button_is_no_posters_word() -> None:
    """CSDN's menu ending on ``发布`` over the headline: the headline is the title."""
    lines = [
        "CSDN", "博客", "下载", "学习", "社区", "登录", "会员中心", "创作中心", "发布",
        "SpringBoot 升级 3.1 后定时任务全部不跑了？一次排查记录", "原创", "林木川 于 2023-08-14 10:21:37 发布", _STORY, _MORE,
    ]
    assert title_of("\n".join(lines)) == "SpringBoot 升级 3.1 后定时任务全部不跑了？一次排查记录"


def test_a_wires_picture_credit_after_its_caption_is_chrome() -> None:
    """``…排队登船。 新华社发 林知远 摄``: a picture's caption and its wire's credit, no story."""
    lines = ["闽江夜游航线扩容", _STORY, "9月27日晚，游客在福州闽江夜游码头排队登船。 新华社发 林知远 摄", _MORE]
    assert in_every_chrome(lines, "9月27日晚，游客在福州闽江夜游码头排队登船。 新华社发 林知远 摄")


def test_the_first_posts_reply_under_a_wordpress_comment_count_stays() -> None:
    """``2 則迴響`` heads the comments: a commenter's question under its stamp is the comment's
    words, not a related link; ``0 則留言`` heads none."""
    lines = [
        "阿傑的慢旅行", "【台東】縱谷慢遊", "Last Updated on 2024-04-20 by 阿傑", _STORY, _MORE, "相關文章",
        "【花蓮】七星潭一日遊", "【宜蘭】冬山河騎車半日遊", "2 則迴響", "小安 說：", "2024 年 4 月 21 日 上午 9:12",
        "請問池上的單車是在哪裡租的？需要預約嗎？", "回覆",
    ]
    text = both_scripts("\n".join(lines))[-1]
    page = text.split("\n")
    assert page.index("請問池上的單車是在哪裡租的？需要預約嗎？") in split_lines(page).body
    assert build_article(text).title is not None


def test_a_resolutions_lettered_item_and_a_wikis_call_to_edit() -> None:
    """``(c) 授權董事會釐定董事酬金。`` is a resolution's item, no copyright sign (``(c) 2024 某某``
    is one); ``萌娘百科欢迎您参与完善本条目☆Kira~`` is the wiki's, every entry's."""
    notice = ["股東週年大會通告", _STORY, "3. (a) 重選葉家聲先生為執行董事；", "(b) 重選區慧儀女士為獨立非執行董事；", "(c) 授權董事會釐定董事酬金。", _MORE]
    assert in_no_chrome(notice, "(c) 授權董事會釐定董事酬金。")
    assert in_every_chrome(["某某公司", _STORY, _MORE, "(c) 2024 某某公司"], "(c) 2024 某某公司")
    assert in_every_chrome(["某某百科", "某某词条", "萌娘百科欢迎您参与完善本条目☆Kira~", _STORY, _MORE], "萌娘百科欢迎您参与完善本条目☆Kira~")


# ---- guards: what the rules above must leave alone (a review helper's counter-examples) --------


def test_a_posts_text_under_its_account_and_buttons_is_no_slogan() -> None:
    """``linpy_news`` / the post's one line / ``讚`` / ``回覆`` / ``轉發``: the post, not a site's slogan."""
    lines = ["linpy_news", "明天12月1日起學餐漲價五元，學生會說下週會開說明會。", "讚", "回覆", "轉發", "分享"]
    assert in_no_chrome(lines, "明天12月1日起學餐漲價五元，學生會說下週會開說明會。")


def test_a_blogs_postscript_under_a_rule_stays() -> None:
    """``__________`` / ``6月1日正式搬到新竹…`` on a blog: the post's last line, no board's signature."""
    lines = [
        "某某的部落格", "搬家前的最後一個週末", "2023-05-14 21:10", _STORY, _MORE, "__________",
        "6月1日正式搬到新竹，之後就改在那邊更新了", "", "張貼者：阿明",
    ]
    assert in_no_chrome(lines, "6月1日正式搬到新竹，之後就改在那邊更新了")


def test_a_writers_dated_sign_off_over_the_posts_counts_stays() -> None:
    """``2021年3月2日 于杭州`` over ``阅读 1,203评论 2赞 18``: the writer's own line, no link."""
    lines = ["简书", "正月十九，给外婆送春菜", "2021.03.03 08:47", _STORY, _MORE, "（完）", "2021年3月2日 于杭州", "阅读 1,203评论 2赞 18", "赞赏支持"]
    assert in_no_chrome(lines, "2021年3月2日 于杭州")


def test_a_stops_heading_with_its_place_in_brackets_is_no_commenter() -> None:
    """``早餐 (永和豆漿)`` over its stamp in a travel log: the log's heading."""
    lines = [
        "小島日記", "池上兩天一夜", "2023-03-20 21:00", "這次趁連假去了一趟池上，以下照時間順序記錄。", "早餐 (永和豆漿)",
        "2023/03/12 07:30", "出站就先吃了早餐，燒餅油條加一杯冰豆漿，很飽。",
    ]
    assert in_no_chrome(lines, "早餐 (永和豆漿)")


def test_a_boards_points_rules_are_no_posters_card() -> None:
    """``積分規則`` / ``發帖：+2　回覆：+1　精華：+20`` in an announcement: its rules."""
    lines = [
        "綠泥論壇", "【公告】論壇積分規則調整", "版主 2023-05-01 10:00", "各位會員好，自5月15日起論壇積分規則調整如下，請大家多多參與討論。", "",
        "積分規則", "發帖：+2　回覆：+1　精華：+20", "", "違規發文者將視情節扣分，累計三次停權一週。",
    ]
    assert in_no_chrome(lines, "積分規則", "發帖：+2　回覆：+1　精華：+20")


def test_a_storys_lead_in_to_a_quote_is_no_quote_header() -> None:
    """``外公在1949年5月27日的日記裡寫：`` over the diary's words: the story, its date kept; a
    tutorial's ``按「發表文章」`` step too."""
    lines = ["家族記憶", _STORY, "外公在1949年5月27日的日記裡寫：", "「今日天晴，全家平安抵達基隆。」", _MORE]
    assert ("1949年5月27日", "1949-05-27", "1949-05-27") in agreed_spans(lines)
    assert in_no_chrome(["部落格教學", _STORY, "寫好內容之後按「發表文章」就完成了。", _MORE], "寫好內容之後按「發表文章」就完成了。")


def test_a_diarys_heading_with_its_weather_is_no_byline() -> None:
    """``池上 · 2023年3月12日 · 晴``: a diary's day, its place and weather; its date is an event."""
    lines = ["小島日記", "縱谷三日", _STORY, "池上 · 2023年3月12日 · 晴", _MORE, "鹿野 · 2023年3月13日 · 多雲", "熱氣球試飛的時候風很大，大家都在草地上等。"]
    assert "2023年3月12日" in agreed_surfaces(lines)


def test_a_welcome_headline_and_a_price_headline_are_titles() -> None:
    """``歡迎來到我們的新家``, ``月租5000元雅房長這樣 網友看完傻眼``: headlines, no banner or price row."""
    assert title_of("\n".join(["小花的生活日記", "歡迎來到我們的新家", "2024-05-01 10:00", _STORY, _MORE])) == "歡迎來到我們的新家"
    assert title_of("\n".join(["生活中心", "月租5000元雅房長這樣 網友看完傻眼", "2024-05-01 10:00", _STORY, _MORE])) == "月租5000元雅房長這樣 網友看完傻眼"


def test_a_sidebar_notices_minguo_row_is_no_page_date() -> None:
    """``元宵節遶境路線公告｜113-02-01｜瀏覽 1,532`` over the notice's own ``發布日期：113-03-01``."""
    lines = ["某某宮", "最新公告", "元宵節遶境路線公告｜113-02-01｜瀏覽 1,532", "進香行程公告", "發布日期：113-03-01", _STORY, _MORE]
    assert {d.isoformat() for d in page_dates(lines)} == {"2024-03-01"}


def test_a_code_pages_camelcase_handle_is_an_account() -> None:
    """``@ZhangSan`` on a page with Java code: a reader thanked, no annotation."""
    lines = [
        "定时任务排查记录", _STORY, '@Scheduled(cron = "0 0 2 * * ?")', "public void reconcile() {", "}",
        "感谢 @ZhangSan 在评论区的提醒，已经补上了。",
    ]
    assert all(h == {"ZhangSan"} for h in handles_of(lines))


def test_a_day_after_a_latin_name_is_a_day() -> None:
    """``我跟 Amy 6.1 出發去沖繩``: June 1st; only a version's range (``Spring Boot 2.7 到 3.1``) is none."""
    assert [s for s in agreed_surfaces(["2024-05-20 10:00", "我跟 Amy 6.1 出發去沖繩，住五天。"]) if s.startswith("6.1")]


def test_carols_on_the_night_are_the_nights() -> None:
    """``今年平安夜報佳音``: carols sung on Christmas Eve, that night."""
    assert [s for s in agreed_surfaces(["2023-12-01 10:00", "今年平安夜報佳音，我們團契會去附近的醫院。"]) if "平安夜" in s]


def test_a_term_talked_of_in_general_and_a_band_are_no_days() -> None:
    """``最能看出農耕節奏的正是芒種`` (the term in general), ``三年前的五月天演唱會`` (the band)."""
    assert "芒种" not in agreed_surfaces(["2024-03-01 10:00", "二十四節氣裡，最能看出農耕節奏的正是芒種。"])
    assert not [s for s in agreed_surfaces(["2024-03-01 10:00", "三年前的五月天演唱會，我們排了一整晚。"]) if "五月" in s]


def test_this_years_festival_after_a_past_habit_is_this_years() -> None:
    """``以前都是回老家過年，今年中秋也回不去了``: this year's Mid-Autumn."""
    assert [s for s in agreed_surfaces(["2023-09-20 10:00", "以前都是回老家過年，今年中秋也回不去了。"]) if "中秋" in s]


def test_this_months_end_in_a_plan_is_this_months() -> None:
    """``我們月末搬家``, ``這批貨月末到``: the end of this month."""
    assert ("月末", "2024-06-21", "2024-06-30") in agreed_spans(["2024-06-10 10:00", "我們月末搬家，東西已經打包一半了。"])


def test_a_newsletters_dated_items_under_its_heading_stay() -> None:
    """``最新消息`` / ``5月18日 社區淨灘活動``: the newsletter's own dated items, events."""
    lines = ["某某社區報", "社區新聞", _STORY, _MORE, "最新消息", "5月18日 社區淨灘活動", "5月25日 長者健康講座", "某某社區發展協會", "版權所有 © 2024 某某社區報"]
    assert in_no_chrome(lines, "5月18日 社區淨灘活動")


def test_a_review_of_last_year_dates_its_bare_halves_in_that_year() -> None:
    """``我的2025`` over ``年终总结还是得写`` in February 2026: its ``上半年``, ``下半年`` are 2025's;
    ``今年上半年`` is still this year's, and a title naming last year without a review is none."""
    lines = [
        "星河拾荒者", "我的2025：从单体到拆分，再回到单体", "2026-02-03 09:48", "拖了一个月，年终总结还是得写。",
        "上半年带我妈去了一趟大理，下半年开始学游泳，现在能游五十米了。", "今年上半年的目标是把 K8s 的认证考了。",
    ]
    spans = agreed_spans(lines)
    assert ("上半年", "2025-01-01", "2025-06-30") in spans
    assert ("下半年", "2025-07-01", "2025-12-31") in spans
    assert ("今年上半年", "2026-01-01", "2026-06-30") in spans
    plain = ["某某站", "2025年的房价会涨吗", "2026-02-03 09:48", "专家认为下半年市场会逐步回暖，但上半年仍有压力。"]
    assert ("下半年", "2026-07-01", "2026-12-31") in agreed_spans(plain)


def test_the_second_day_listed_after_a_named_week_is_that_weeks() -> None:
    """``今個禮拜六同禮拜日``, ``下週一跟週二``: two days of the week named; two bare weekdays listed
    (``星期六同星期日照常營業``) are kinds of days, none."""
    spans = agreed_spans(["2021-08-20 10:00", "單位可以即睇，今個禮拜六同禮拜日全日都有人喺度。"])
    assert ("礼拜日", "2021-08-22", "2021-08-22") in spans
    assert ("周二", "2021-08-24", "2021-08-24") in agreed_spans(["2021-08-20 10:00", "下週一跟週二都要開會，記得帶資料。"])
    assert not [s for s in agreed_surfaces(["2021-08-20 10:00", "本店星期六同星期日照常營業，歡迎光臨。"]) if "星期" in s]


def test_an_entrys_field_listing_its_values_is_no_menu() -> None:
    """``活动范围　哔哩哔哩、微博、网易云音乐`` in a wiki's infobox: the entry's field; a menu's row
    (``首页　分类索引　最近更改　随机页面``) is still chrome."""
    lines = [
        "某某百科", "首页　分类索引　最近更改　随机页面　讨论版　帮助", "鹿鸣Lumi", "基本资料", "本名　鹿鸣（Lumi）",
        "活动范围　哔哩哔哩、微博、网易云音乐", "所属团体　白夜企划", "鹿鸣Lumi是白夜企划旗下的虚拟UP主，于2021年7月在哔哩哔哩出道。", _MORE,
    ]
    assert in_no_chrome(lines, "活动范围　哔哩哔哩、微博、网易云音乐")
    assert in_every_chrome(lines, "首页　分类索引　最近更改　随机页面　讨论版　帮助")
