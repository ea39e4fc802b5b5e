"""A repost's original poster named before its colon, a quarter with its months in brackets, a
fiscal year's halves, events named for their year, a video's credits, a forum's votes and a
channel's English day heads: the twenty-eighth session's rules.  The texts are written for
these tests in the shapes such pages have, each read in both scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, days_of, handles_of, simple, title_of
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article
from tui.model.fold import fold
from tui.model.line_shapes import classify


def all_handles_of(lines: list[str]) -> list[set[str]]:
    """Each script's handles, the body's bloggers and those named only in chrome (credits)."""
    out = []
    for text in both_scripts("\n".join(lines)):
        article = build_article(text)
        out.append({simple(b.handle.original) for b in (*article.bloggers, *article.credited)})
    return out

# ---- handles ------------------------------------------------------------------------------

_WEIBO_REPOST = [
    "微博",
    "首页　发现　游戏　注册　登录",
    "",
    "通勤日记本",
    "2024-3-12 20:31 来自 iPhone客户端",
    "终于等到了！明天上午就开通，前天路过的时候围挡已经拆了。",
    "",
    "@江城地铁运营：【5号线开通】经过两个月的试运行，5号线将于3月13日开通初期运营。",
    "2024-3-12 18:00 来自 微博网页版",
    "",
    "看到@江城地铁运营发的公告才知道，下周一就能坐了。",
]


def test_a_reposted_original_is_named_whole_before_its_colon() -> None:
    """``@江城地铁运营：【…】`` at a line's start is the repost's original poster: all of it up to
    the colon is the account (运营 is no verb of a sentence here), and the same run elsewhere
    (@江城地铁运营发的公告) is that account too.  A reporter's ``@某某发文称：`` still ends the
    name before what the account said."""
    for handles in handles_of(_WEIBO_REPOST):
        assert handles == {"江城地铁运营"}, handles
    said = ["2024-3-12 18:00", "", "@临江日报发文称：今年的灯会3月8日开幕。"]
    for handles in handles_of(said):
        assert handles == {"临江日报"}, handles


_DOUYIN_PAGE = [
    "抖音",
    "精选　推荐　搜索　关注　朋友　我的",
    "",
    "@学长说高考",
    "粉丝 86.2万　获赞 1203.5万",
    "关注",
    "高考倒计时30天！最后这30天，学长只送你三句话。",
    "#高考倒计时 #学习方法 @抖音学习 @学长说高考",
    "发布时间：2024-05-08 07:00",
    "",
    "全部评论（3456）",
    "河南考生冲冲冲",
    "学长我们下周一三模，紧张到睡不着",
    "05-08·河南　回复　1203",
    "学长说高考　作者",
    "三模就是练手，考砸了也没关系",
    "05-08·北京　回复　356",
    "",
    "📷 部分照片来自同行的朋友@小满拍拍",
]


def test_a_writers_name_the_page_badges_is_the_accounts_whole_name() -> None:
    """A commenter's row with the site's badge for the post's writer (学长说高考　作者) names that
    poster, so ``@学长说高考`` alone on its line is the whole account, not ``@学长`` who 说高考;
    and a line saying where its pictures came from ends on the name (…来自同行的朋友@小满拍拍)."""
    for handles in all_handles_of(_DOUYIN_PAGE):
        assert handles == {"学长说高考", "抖音学习", "小满拍拍"}, handles


# ---- dates --------------------------------------------------------------------------------

_RESULTS = [
    "信亨物流中期純利升18%　派中期息6仙",
    "2025年11月19日",
    "信亨物流公布截至2025年9月30日止六個月中期業績，即2025/26財政年度上半年，收入按年增加11.2%。",
    "中期息將於2026年1月9日派發，集團將於12月15日至17日暫停辦理股份過戶登記。",
    "至於傳統旺季第三季（10月至12月），主席表示上月底起歐美聖誕訂單明顯回升。",
]


def test_a_fiscal_half_a_bracketed_quarter_and_a_step_before_next_years_day() -> None:
    """``2025/26財政年度上半年`` is April to September 2025; ``第三季（10月至12月）`` is the months
    its bracket gives, one expression; ``12月15日至17日`` after ``2026年1月9日`` on November 19th
    is this December, between the page and the next year's day; ``聖誕訂單`` (orders for it) dates
    nothing."""
    for days in days_of(_RESULTS):
        assert ("2025/26财政年度上半年", "2025-04-01") in days, days
        assert ("第三季（10月至12月）", "2025-10-01") in days, days
        assert ("12月15日至17日", "2025-12-15") in days, days
        assert not any(text in ("圣诞", "第三季", "10月至12月") for text, _ in days), days
    for days in days_of(["2025年10月1日", "", "2024-25财年下半年，公司亏损收窄。"]):
        assert days == [("2024-25财年下半年", "2024-10-01")], days


def test_an_event_named_for_its_year_is_no_date_but_an_exam_in_its_year_is() -> None:
    """``2025年中国农民丰收节庆祝活动``, ``2024年安全生产工作会``, ``2024年迎春年货大集``: names
    whose year is the edition's; ``2025年全国高考于6月7日开考`` and ``2024年我省高考报名人数`` keep
    their year (annotators date an exam in the year it names, and 我省 is the sentence's)."""
    page = [
        "2025年9月23日",
        "",
        "“庆丰收·促和美”2025年中国农民丰收节庆祝活动在稻香广场举行。",
        "下周五单位还要开2024年安全生产工作会。",
        "2024年迎春年货大集将于2月3日至8日举办。",
        "2025年全国高考于6月7日开考，2024年我省高考报名人数达12万。",
    ]
    for days in days_of(page):
        years = sorted(text for text, _ in days if text.endswith("年"))
        assert years == ["2024年", "2025年"], days  # (高考's and 我省's; the named events' are gone)
        texts = "\n".join(page)
        for named in ("2025年中国农民丰收节", "2024年安全生产工作会", "2024年迎春年货大集"):
            assert named in texts  # (the surfaces below are these sentences' own)
        assert ("2025年", "2025-01-01") in days and ("2024年", "2024-01-01") in days, days
        assert len([t for t, _ in days if t in ("2024年", "2025年")]) == 2, days
        assert any(text == "2月3日至8日" for text, _ in days), days


def test_weeks_ago_and_an_age_said_with_its_time() -> None:
    """``两周前`` is the day two weeks back, as ``3天前`` is three days back (not
    ``参观日两周前``, counted from another day); ``前年二十八岁的时候`` is the year she was that
    age (``她今年68岁`` is still an age, no event)."""
    page = ["2023-10-08", "", "两周前刚从云南回来。团体请于参观日两周前预约。", "前年二十八岁的时候我写过一篇日记，她今年68岁。"]
    for days in days_of(page):
        assert ("两周前", "2023-09-24") in days, days
        assert ("前年", "2021-01-01") in days, days
        assert not any(text == "今年" for text, _ in days), days
        assert len([t for t, _ in days if t == "两周前"]) == 1, days


def test_a_commenters_name_over_its_foot_holds_no_weekend() -> None:
    """``周末去哪吃：3天前去吃的…`` over ``2024-3-13 08:15 来自四川　回复　赞 5``: the words
    before the colon are a commenter's name; its 3天前 counts from the stamp under it."""
    page = [
        "通勤日记本",
        "2024-3-12 20:31 来自 iPhone 15 Pro Max",
        "终于等到了！5号线明天上午就开通，围挡已经全拆了。",
        "",
        "全部评论　按热度　按时间",
        "锦江河畔的猫：终于！打工人狂喜",
        "2024-3-12 20:45 来自四川　回复　赞 326",
        "老成都张大爷：B口到底在哪边哦？没找到",
        "2024-3-12 21:04 来自四川　回复　赞 41",
        "周末去哪吃：3天前去吃的那家钵钵鸡，就在B口旁边",
        "2024-3-13 08:15 来自四川　回复　赞 5",
        "查看更多评论 >",
    ]
    for days in days_of(page):
        assert ("3天前", "2024-03-10") in days, days
        assert not any(text == "周末" for text, _ in days), days


def test_a_wechat_comment_counts_from_its_spaced_day_under_it() -> None:
    """WeChat prints a comment's day under it with its likes, spaced (1月20日　　赞 12): the
    comment's 今天 is that day, not the article's."""
    page = [
        "河坊街新春市集定档！这份逛吃攻略请收好",
        "原创 林小满 杭州吃喝玩乐指南 2024年01月19日 15:24 浙江",
        "",
        "第五届新春市集将于1月27日至2月4日举办。",
        "",
        "END",
        "阅读 1.2万　　赞 356　　在看 88",
        "",
        "留言 46",
        "精选留言",
        "西湖边的鱼　浙江",
        "去年除夕去过一次，人多到挤不动，这次打算初二再去",
        "1月19日　　赞 23",
        "丸子妈妈　上海",
        "下周六能带婴儿推车进去吗？",
        "1月19日　　赞 8",
        "钱塘小周　浙江",
        "今天路过河坊街，已经在搭棚子了！",
        "1月20日　　赞 12",
        "",
        "已无更多数据",
    ]
    for days in days_of(page):
        assert ("今天", "2024-01-20") in days, days


def test_lunar_eve_before_early_morning_and_easter_monday() -> None:
    """``年三十一大早`` is the lunar eve early in the morning (not a thirty-first); ``琴日（復活節星期一）``
    is one expression, Easter Monday."""
    for days in days_of(["2024-02-18", "", "杀年猪是年三十一大早，打糍粑是大年初三。"]):
        assert ("年三十", "2024-02-09") in days, days
    for days in days_of(["2 April 2024", "", "琴日（復活節星期一）各管制站錄得58萬人次出入境。"]):
        assert ("琴日（复活节星期一）", "2024-04-01") in days, days


def test_a_weekday_span_with_its_days_in_brackets_is_one_expression() -> None:
    """``下個禮拜一至三（17–19號）`` names the span and its days: one event, the bracket's days."""
    page = ["公告", "2024-06-15", "", "下個禮拜一至三（17–19號）全店休息，6月20號照常營業。"]
    for days in days_of(page):
        assert ("下个礼拜一至三（17–19号）", "2024-06-17") in days, days


def test_a_telegram_exports_english_day_heads_date_its_posts() -> None:
    """A channel's export heads each day's posts with ``3 April 2024``: a post under it counts
    its 琴日 from that day, not from the page's first day."""
    page = [
        "Exported Data",
        "西九交通快訊 Xijiu Traffic",
        "@xijiu_traffic · 8,214 subscribers",
        "",
        "2 April 2024",
        "西九交通快訊 Xijiu Traffic",
        "08:15",
        "琴日各管制站錄得約58萬人次出入境。",
        "",
        "3 April 2024",
        "西九交通快訊 Xijiu Traffic",
        "07:30",
        "東鐵綫目前服務正常，羅湖站人流比琴日少。",
    ]
    for days in days_of(page):
        assert [d for t, d in days if t == "琴日"] == ["2024-04-01", "2024-04-02"], days


def test_a_festivals_trade_and_lighting_are_no_days() -> None:
    """``聖誕訂單`` (orders for it) and ``耶誕點燈`` (the lighting, an event named for it) are
    not the festival's day."""
    page = ["2023-12-24", "", "感謝大家昨（23）日參加「豐原耶誕點燈暨愛心市集」！歐美聖誕訂單回升。"]
    for days in days_of(page):
        assert days == [("昨（23）日", "2023-12-23")], days


# ---- chrome and titles -------------------------------------------------------------------


def test_site_furniture_of_several_shapes_is_chrome() -> None:
    """A byline with its outlet and spaces round the slash, a magazine's pointer to itself, a
    product card, a reprint notice, an account-only credit, LIHKG's votes, a super-topic's name,
    Instagram's highlights row, Zhihu's follow button and a video's credits."""
    for line in (
        "公視新聞網 記者 鄭宇彤、梁承恩 / 花蓮、屏東報導",
        "更多精彩內容，請見今周刊。",
        "产品：星耀X7 Pro　参考价格：￥4999　查看参数 >>　对比",
        "本文属于原创文章，如若转载，请注明来源：星耀X7 Pro正式发布 http://mobile.zol.com.cn/",
        "本文属于原创文章。",
        "如需转载，请联系编辑部。",
        "店家資訊參考 IG@curry_lane.tw／X@currylane_tw",
        "29 👍　1 👎",
        "成都地铁超话",
        "精選動態：預訂須知　父親節　生日蛋糕　好評",
        "\u200b关注他",
        "拍摄：我 & @阿木的表弟小林",
        "BGM：《春日山歌》 - 纯音乐",
        "昨天 21:04 · 广东　\u200b回复　\u200b喜欢 8",
    ):
        assert classify(fold(line)).name == "CHROME", line
    for line in ("感谢@小明、@小红", "国庆节前完成烘干设备检修。", "出镜：奶奶和表弟"):
        assert classify(fold(line)).name != "CHROME", line


_BUSINESS_PAGE = [
    "第一财经",
    "首页 新闻 快讯 视听 数据 研究院 会员",
    "公司",
    "华拓半导体前三季度净利增逾六成 第三季度营收创单季新高",
    "第一财经 2025-10-30 21:18:05 作者：陈启明 责编：宋佳",
    "",
    "10月30日晚间，华拓半导体披露2025年第三季度报告，前三季度净利润同比增长62%。",
    "",
    "一财最热",
    "1 三大运营商三季报出炉：5G用户增速放缓 10-30 19:02",
    "2 多家车企发布10月交付数据 10-30 17:45",
    "3 国常会：加力推动消费品以旧换新 10-29 20:13",
]


def test_a_channel_over_the_headline_and_a_ranked_list_with_colons() -> None:
    """A business paper's channel (公司) over the headline is the menu's, so the headline below
    it is the title; its ranked related headlines with stamps are chrome, colons and all."""
    assert title_of("\n".join(_BUSINESS_PAGE)) == "华拓半导体前三季度净利增逾六成 第三季度营收创单季新高"
    for chrome in chrome_of(_BUSINESS_PAGE):
        assert "公司" in chrome, chrome
        assert "1 三大运营商三季报出炉：5G用户增速放缓 10-30 19:02" in chrome, chrome
        assert "3 国常会：加力推动消费品以旧换新 10-29 20:13" in chrome, chrome


def test_a_writers_bio_over_the_follow_button_is_no_headline() -> None:
    """Zhihu's writer, bio and follow button (树下的老周 / 前大厂后端，现在是自由人 / ​关注他) over
    a post without a headline: no title, and the bio is chrome."""
    page = [
        "知乎",
        "首页　会员　发现　等你来答",
        "",
        "树下的老周",
        "前大厂后端，现在是自由人",
        "\u200b关注他",
        "上周五提了离职，今天下午交接完最后一份文档，工牌也还了。",
        "",
        "2018年7月入职，从实习生做到组长，六年。走出园区的时候保安大哥还跟我说了句慢走。",
        "",
        "最后一天没什么仪式感，给组里每人留了一张手写卡片。谢谢大家，江湖再见。",
        "",
        "发布于 2024-05-20 18:02・IP 属地北京",
        "\u200b赞同 1.3 万　\u200b286 条评论　\u200b分享　\u200b收藏",
        "",
        "286 条评论",
        "匿名用户",
        "恭喜！六年真不容易，下一站去哪？",
        "05-20 · 上海　\u200b回复　\u200b喜欢 36",
    ]
    assert title_of("\n".join(page)) is None
    for chrome in chrome_of(page):
        assert "前大厂后端，现在是自由人" in chrome, chrome


def test_this_sessions_rules_leave_sentences_of_these_shapes_alone() -> None:
    """A reviewer's counter-examples: sentences of a story in the shapes the new rules read,
    which stay body and keep their dates and names."""
    for line in (
        "下载了一款名为“安心投资”的App，随后他陆续转账12万元。",
        "佢哋嘅午市套餐有湯有飲品，價錢大約 $50-80",
        "今天 9:30 回复了老师的邮件，约好下周见面",
        "设备：老爸留下的相机",
        "音乐：是他唯一的慰藉",
        "新手阶段的主线任务",
    ):
        assert classify(fold(line)).name != "CHROME", line
    for days in days_of(["1998年学校运动会上，他跑出了全县最好成绩。", "2019年公司年度大会上，他第一次登台。"]):
        assert [text for text, _ in days] == ["1998年", "2019年"], days
    for days in days_of(["2025年3月20日", "", "农历新年刚过，大家都回来上班了。四月一日（星期一）举行活动。"]):
        assert ("四月一日（星期一）", "2024-04-01") in days, days  # (the solar year whose day it is)
    for days in days_of(["2025年3月20日", "", "2024年第四季（1月至3月）收入增长。"]):
        assert ("2024年第四季（1月至3月）", "2025-01-01") in days, days  # (a year ending in March)
    for handles in handles_of(["2024-03-01", "", "@老王昨天说：明天开会。"]):
        assert handles == {"老王"}, handles
