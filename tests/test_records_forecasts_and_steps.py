"""Shapes the forty-fifth session's read sets showed: a weather forecast's days over their
figures, a record's fields and its tables written with bars, a recipe's step numbers, a
radio rundown's reader, a bulletin-board's links, a weekday said of a day already named, a day
supposed in a thought, a custom of the past, a lunar month of last year.  The texts are
written for these tests in the shapes such pages have, each read in both scripts; the guards
are the shapes next to them that must stay as they were."""

from __future__ import annotations

from tests.article_probes import (
    agreed_spans,
    agreed_surfaces,
    in_every_body,
    in_every_chrome,
    page_dates,
    simple,
    title_of,
)
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article
from tui.model.date_patterns import scan
from tui.model.line_shapes import Kind, classify

# ---- page shapes ----------------------------------------------------------------------------


def test_a_forecast_s_days_over_their_figures_are_its_body_and_its_days() -> None:
    """``2月11日 (星期二)`` over ``氣溫 16 - 21°C | 相對濕度 70 - 95%``: a forecast's day and its
    figures, read and dated, not a stamp over a counts row; the page's own update time stays its
    clock, as a label or as a sentence."""
    page = [
        "天文台",
        "主頁 | 天氣 | 氣候 | 地震 | 潮汐",
        "九天天氣預報",
        "天氣概況",
        "一道雲帶正覆蓋華南沿岸，今日天色大致多雲，週末天氣轉涼。",
        "2月11日 (星期二)",
        "氣溫 16 - 21°C | 相對濕度 70 - 95% | 降雨概率 低",
        "東風3至4級。大致多雲，早上沿岸有薄霧。",
        "2月12日 (星期三)",
        "氣溫 17 - 21°C | 相對濕度 75 - 95% | 降雨概率 中",
        "東至東南風3級。多雲，晚上有幾陣雨。",
        "2月13日 (星期四)",
        "氣溫 15 - 19°C | 相對濕度 70 - 90% | 降雨概率 中",
        "北風4級。多雲，初時有一兩陣雨。",
        "預報更新時間：2025年2月10日 11時30分",
        "下次更新時間約為今日下午4時30分。",
        "私隱政策 | 無障礙 | 網站地圖",
    ]
    assert in_every_body(page, "2月11日 (星期二)", "氣溫 16 - 21°C | 相對濕度 70 - 95% | 降雨概率 低", "2月13日 (星期四)")
    assert in_every_chrome(page, "預報更新時間：2025年2月10日 11時30分", "下次更新時間約為今日下午4時30分。")
    spans = agreed_spans(page)
    assert (simple("2月12日 (星期三)"), "2025-02-12", "2025-02-12") in spans


def test_one_day_over_a_counts_row_is_still_a_stamp() -> None:
    """A post's stamp over its counts (``3月2日 (星期六)`` / ``閱讀 1,203 | 留言 8``) is no forecast:
    the figures hold no measure with its unit."""
    page = [
        "小鎮日記",
        "首頁 | 文章 | 關於",
        "3月2日 (星期六)",
        "閱讀 1,203 | 留言 8 | 分享 3",
        "今天去了市場，買了很多青菜，回家煮了一鍋湯，晚上和家人一起吃飯。",
    ]
    assert in_every_chrome(page, "3月2日 (星期六)")


def test_a_record_s_table_written_with_bars_is_read() -> None:
    """``2023.04.25 | 公开 | 公开`` row on row under its head, ``一等奖 | 8 | 6,473,512``,
    ``0001｜董事長｜許振聲｜｜2,412,000``: a record's or a draw's table, its figures half its cells or
    its head over it, read (its days dated) however much one row alone reads like a comment's stamp
    or a menu."""
    page = [
        "专利检索系统",
        "首页 | 常规检索 | 高级检索 | 专利分析",
        "一种冷链运输箱的蓄冷板",
        "摘要：本发明公开了一种用于冷链运输箱的蓄冷板，可将箱内温度维持在0℃至8℃区间达72小时以上。",
        "法律状态",
        "法律状态公告日 | 法律状态 | 法律状态信息",
        "2023.04.25 | 公开 | 公开",
        "2023.05.12 | 实质审查的生效 | IPC(主分类)：F25D 3/00；申请日：20230322",
        "2024.09.10 | 授权 | 授权",
        "中奖情况",
        "一等奖 | 8 | 6,473,512",
        "二等奖 | 156 | 148,226",
        "董監事資料",
        "序號｜職稱｜姓名｜所代表法人｜持有股份數(股)",
        "0001｜董事長｜許振聲｜｜2,412,000",
        "0002｜董事｜高志遠｜｜385,000",
        "关于我们 | 联系我们 | 网站地图",
    ]
    assert in_every_body(page, "2023.04.25 | 公开 | 公开", "2024.09.10 | 授权 | 授权", "一等奖 | 8 | 6,473,512")
    assert in_every_body(page, "0001｜董事長｜許振聲｜｜2,412,000")
    assert ("2023.04.25", "2023-04-25", "2023-04-25") in agreed_spans(page)
    assert in_every_chrome(page, "首页 | 常规检索 | 高级检索 | 专利分析", "关于我们 | 联系我们 | 网站地图")


def test_a_record_s_fields_one_a_line_are_the_record() -> None:
    """An almanac's or a registry's fields, five or more in a row (``公历：…`` / ``农历：…`` /
    ``干支：…``), are what the page is: body, their dates dated; a labelled date
    (``申请日：2023.03.22``) is no counter."""
    page = [
        "万年历",
        "首页 | 万年历 | 老黄历 | 吉日查询",
        "2025年4月4日老黄历",
        "公历：2025年4月4日 星期五",
        "农历：二〇二五年三月初七　乙巳蛇年",
        "干支：乙巳年 庚辰月 癸卯日",
        "今日节日：清明节",
        "宜：嫁娶 出行 安床",
        "忌：词讼 开光",
        "冲煞：冲鸡(丁酉)煞西",
        "胎神占方：房床门 房内西",
        "今天是清明节，扫墓高峰预计集中在4月4日至6日的假期，建议错峰出行。",
        "关于我们 | 联系我们 | 免责声明",
    ]
    assert in_every_body(page, "公历：2025年4月4日 星期五", "农历：二〇二五年三月初七　乙巳蛇年", "宜：嫁娶 出行 安床")
    assert classify(simple("申請日：2023.03.22")) is not Kind.CHROME
    assert classify("码农阿强　2024.04.10") is Kind.CHROME  # (a poster and a stamp, no field)
    assert classify("阅读：2023") is Kind.CHROME


def test_a_footer_s_fields_and_a_poster_s_card_stay_chrome() -> None:
    """A footer's fields (``上一篇：…`` / ``主办单位：…`` / ``网站标识码：…``), which read as chrome
    alone, and a poster's card of counts and days stay chrome: no record."""
    page = [
        "某某镇人民政府",
        "当前位置：首页 > 政务公开 > 政府动态",
        "某某镇部署夏粮收购工作",
        "6月23日，某某镇召开会议，部署夏粮收购和汛期安全工作，要求各村做好准备。",
        "上一篇：某某镇召开安全生产委员会会议",
        "下一篇：某某镇开展志愿服务活动",
        "主办单位：某某镇人民政府  承办单位：某某镇党政办公室",
        "地址：某某镇政府路8号  联系电话：0799-7521136",
        "网站标识码：3603230012  赣ICP备05004617号",
    ]
    assert in_every_chrome(page, "上一篇：某某镇召开安全生产委员会会议", "网站标识码：3603230012  赣ICP备05004617号")


def test_a_recipe_s_step_numbers_are_its_list() -> None:
    """``1`` / ``排骨用醬油醃 30 分鐘。`` / ``2`` / …: the steps' numbers, counting up from 1, each
    over its step, are the recipe's, not a pager's."""
    page = [
        "愛料理",
        "首頁 | 食譜分類 | 市集",
        "阿嬤的電鍋佛跳牆",
        "每年過年前，阿嬤都會炸一大鍋芋頭，今天整理成食譜分享給大家。",
        "步驟",
        "1",
        "排骨用醬油、米酒醃 30 分鐘，芋頭切塊。",
        "2",
        "排骨和芋頭刷一層薄油，烤箱 200 度烤 25 分鐘。",
        "3",
        "外鍋放 2 杯水，電鍋蒸兩次，共約 90 分鐘。",
        "關於我們 | 隱私權政策",
    ]
    assert in_every_body(page, "1", "2", "3")


def test_forum_residue_after_a_reply_s_sentence_leaves_the_reply() -> None:
    """``分紅另外算,去年7月1日入帳,這次聽說會更晚。0 ^2 \\" U! F  D``: the reply, its residue glued
    after it, is read; a forum's motto with the residue after it stays noise."""
    assert classify(simple('分紅另外算,去年7月1日入帳,這次聽說會更晚。0 ^2 \\" U! F  D')) is not Kind.CHROME
    assert classify(simple("光影箱 提供最新港劇、綜藝、電影及生活資訊交流。3 m& z0 H; a")) is Kind.CHROME


def test_a_bulletin_board_s_links_are_menu_words() -> None:
    """``今日新文章`` / ``會員列表`` / ``日曆``: a vBulletin board's links, whose 今日 is no day."""
    page = [
        "某某天地討論區",
        "某某天地討論區 > 會員交流 > 活動召集",
        "中秋前大帽山行山聚會，14號截止報名",
        "用戶名稱 記住我?",
        "密碼 登入",
        "註冊",
        "常見問題",
        "會員列表",
        "日曆",
        "今日新文章",
        "搜尋",
        "第 1 頁，共 2 頁 1 2 >",
        "主題工具",
        "大家好，今次行山定喺中秋前嘅星期六，有興趣嘅朋友請留名，人齊就出發。",
    ]
    assert in_every_chrome(page, "今日新文章", "會員列表", "日曆")
    assert "今日" not in agreed_surfaces(page)


# ---- titles ---------------------------------------------------------------------------------


def test_a_reader_s_field_a_give_button_and_a_media_centre_are_no_headline() -> None:
    """``主播：王曉晴`` (who reads the rundown), ``贊助我們`` (a give button), ``云溪县融媒体中心``
    (a county's media centre) and ``Yahoo!奇摩 知識+`` are never the page's headline."""
    for text in both_scripts(
        "中廣新聞網\n即時新聞\n整點新聞\n首頁 > 整點新聞\n113/08/21 17:00 整點新聞\n主播：王曉晴\n\n"
        "【政治】立法院臨時會今日下午進行第二天議程，朝野對修正草案仍有歧見。"
    ):
        assert title_of(text) != "主播：王曉晴" and title_of(text) != simple("主播：王曉晴")
    for text in both_scripts(
        "報導者\n議題\n專題\nPodcast\n贊助我們\n\n蘭嶼的漁人今年提早出海，族人說飛魚季的規矩不能壞，觀光客也要學著尊重。"
    ):
        assert title_of(text) not in ("贊助我們", simple("贊助我們"))
    text = "打开APP 阅读体验更佳\n云溪融媒\n云溪县融媒体中心\n首页\n云溪要闻\n我县第三届采茶文化节开幕\n来源:云溪县融媒体中心\n\n4月8日上午,云溪县第三届采茶文化节开幕。"
    assert title_of(text) == "我县第三届采茶文化节开幕"
    for text in both_scripts(
        "Yahoo!奇摩 知識+\n首頁 | 知識+ | 問問題\n知識+ > 商業與財經\n已解決\n離職後勞健保空窗半個月該怎麼處理？\n"
        "發問者： 小柔\n\n各位大大好，我上禮拜四跟主管提了離職，新公司說下個月才能報到。"
    ):
        assert title_of(text) in ("離職後勞健保空窗半個月該怎麼處理？", simple("離職後勞健保空窗半個月該怎麼處理？"))


# ---- dates ----------------------------------------------------------------------------------


def test_shang_si_and_the_army_s_day_are_festivals_and_a_named_saying_is_none() -> None:
    """``今年上巳節（3月31日）`` and ``八一建军节（8月1日）``: festivals dated by their brackets;
    ``“三月三，踏青忙”的說法``: a saying the text names, no day."""
    spans = agreed_spans(["2025年4月4日", "今年上巳節（3月31日）剛過，民間有“三月三，踏青忙”的說法。"])
    assert (simple("今年上巳節（3月31日）"), "2025-03-31", "2025-03-31") in spans
    assert "三月三" not in {s for s, _a, _b in spans}
    assert ("八一建军节（8月1日）", "2024-08-01", "2024-08-01") in agreed_spans(
        ["2024年7月28日", "八一建军节（8月1日）前夕，社区走访慰问退役军人。"]
    )


def test_a_day_after_but_is_a_day_and_a_count_after_guo_is_none() -> None:
    """``不過23日到25日午後雷陣雨機率偏高``: 不過 is "but", the range is dated; ``過3日再說``
    ("after three days") counts."""
    spans = agreed_spans(["2024年8月21日 10:00", "明天開始天氣穩定，不過23日到25日午後雷陣雨機率偏高。"])
    assert (simple("23日到25日"), "2024-08-23", "2024-08-25") in spans
    assert not agreed_surfaces(["2024年8月21日 10:00", "他說，過3日再說。"]) & {"3日"}


def test_a_weekday_said_of_a_day_just_named_is_that_day() -> None:
    """``昨日（28日）是周日``, ``年廿八（27號）啱啱係星期一``, ``2025年5月18日…，是週日``: the weekday the day
    falls on, no event of its own; ``5日Pass`` is a pass of five days."""
    assert "周日" not in agreed_surfaces(["2024年4月30日", "昨日（28日）是周日，經大橋離境的私家車創新高。"])
    assert "星期一" not in agreed_surfaces(["2025年1月20日", "其實今年年廿八（27號）啱啱係星期一，大把人要返工。"])
    assert "周日" not in agreed_surfaces(["2025年3月1日", "老師看好國曆2025年5月18日（農曆四月廿一），是週日。"])
    assert "下周日" in agreed_surfaces(["2025年3月1日", "下週日是好日子。"])
    assert "5日" not in agreed_surfaces(["2024年4月1日", "請問JR北海道5日Pass值得買嗎？"])


def test_a_day_supposed_in_a_thought_and_a_custom_of_the_past_are_none() -> None:
    """``如果明天就是 12 月 31 日``: a thought's trial, neither day; ``過去只有中秋節前後才…``: how it
    used to be; ``（2023年报）``: a company's annual report; ``明天是周二`` stays a day."""
    surfaces = agreed_surfaces(["2023年10月30日", "逐條問自己：如果明天就是 12 月 31 日，沒完成這條我會難受嗎？"])
    assert not surfaces & {"明天", "12 月 31 日"}
    assert "明天" in agreed_surfaces(["2023年10月30日", "明天是周二，記得交報告。"])
    assert not {s for s in agreed_surfaces(["2024年2月1日", "林阿姨說，過去只有中秋節前後才看得到人潮。"]) if "中秋" in s}
    assert "2023年" not in agreed_surfaces(["2025年3月2日", "公司參保人數：57（2023年報），比上年增加。"])


def test_last_year_s_twelfth_lunar_month_after_new_year_and_a_sunday_after_a_told_night() -> None:
    """``去年腊月`` on April 7th 2013: the lunar year just gone's, 2013-01-12 to 02-09; a bare
    ``周日`` a sentence or two after ``3月9日凌晨`` (on March 12th): the Sunday after it."""
    assert ("去年腊月", "2013-01-12", "2013-02-09") in agreed_spans(["2013年4月7日", "去年臘月堂叔來電話。"])
    spans = agreed_spans(
        [
            "2024年3月12日",
            "3月9日凌晨两点，DBA 组的同事爬起来帮忙把归档任务停掉，延迟在40分钟后回落。周日下午我们把查询路由改成写后读走主库，全部修完。",
        ]
    )
    assert ("周日", "2024-03-10", "2024-03-10") in spans


# ---- a review's counter-examples --------------------------------------------------------------


def test_the_review_s_counter_examples_keep_what_they_were() -> None:
    """The shapes beside this session's rules that a review found them taking: a length after
    不过, a plain "if", a bracket of other words before 是, the holiday just gone, a claim named
    a 说法, a reader's history of links, a poster's card, a list of links by day and a board's
    counts in bars, a weather widget, a setting's steps, a forum's motto with residue, an edit
    stamp, a headline ending in 融媒体中心."""
    assert not agreed_surfaces(["2024年3月12日", "他从发病到离世，前后不过3日。"])
    spans = agreed_spans(["2024年3月12日", "若3月16日是雨天，踏青活動順延一週舉行。如果明天是好天氣，就上山賞櫻。"])
    assert {(s, a) for s, a, _b in spans} >= {("3月16日", "2024-03-16"), ("明天", "2024-03-13")}
    assert ("周六", "2024-03-16", "2024-03-16") in agreed_spans(["2024年3月12日", "下一场比赛（主场对阵上海）是周六晚上。"])
    assert ("春节", "2024-02-10", "2024-02-10") in agreed_spans(
        ["2024年2月20日", "據統計，過去春節七天，全市共接待遊客120萬人次，比去年增長兩成。"]
    )
    assert "春节前" in agreed_surfaces(["2024年1月20日", "对于“春节前全面复工”的说法，公司回应称并不准确。"])
    history = [
        "2024年3月12日",
        "市林业局",
        "全市春季植树活动启动，各区将组织市民到郊野公园参加义务植树。",
        "浏览记录",
        "2024-03-08 关于开展春季植树活动的通知",
        "2024-03-05 市林业局召开全体干部大会",
        "2024-02-28 2024年林业工作要点发布",
    ]
    assert in_every_chrome(history, "2024-03-05 市林业局召开全体干部大会")
    card = [
        "某某论坛",
        "阿强",
        "用户组：中级会员",
        "性别：男",
        "来自：广东深圳",
        "星座：天蝎座",
        "职业：程序员",
        "发表于 2024-03-10 10:00",
        "我觉得这个政策挺好的，大家怎么看？",
    ]
    assert in_every_chrome(card, "用户组：中级会员", "星座：天蝎座")
    links = [
        "2024年3月12日",
        "北向资金今日大幅流入，分析人士认为后市仍有上行空间。",
        "相关新闻",
        "2024-03-11 | 北向资金净流入 | 财经频道",
        "2024-03-10 | 沪指收涨 | 财经频道",
        "今日发帖 | 2,048 | 昨日发帖 | 3,112",
        "会员总数 | 52,310 | 帖子总数 | 1,203,456",
    ]
    assert in_every_chrome(links, "2024-03-11 | 北向资金净流入 | 财经频道", "今日发帖 | 2,048 | 昨日发帖 | 3,112")
    widget = [
        "2024年3月12日",
        "北京天气",
        "3月13日",
        "多云 6~15℃ 湿度50%",
        "3月14日",
        "小雨 5~12℃ 湿度80%",
        "市政府召开春季植树工作会议",
        "3月11日，市政府召开会议，部署春季植树工作，要求各区做好准备。",
    ]
    assert not agreed_surfaces(widget) & {"3月13日", "3月14日"}
    assert classify(simple("進入設定 › 通知 › 找到LINE，關閉「預覽訊息」就好！")) is not Kind.CHROME
    assert classify(simple("香港討論區，全港最多人瀏覽的討論區。3 m& z0 H; a")) is Kind.CHROME
    assert classify("修改：2024.03.12") is Kind.CHROME
    assert title_of("全省首个县级融媒体中心\n3月11日，全省首个县级融媒体中心在云溪县挂牌成立。") == "全省首个县级融媒体中心"


# ---- pages' heads and feet ------------------------------------------------------------------


def test_a_q_and_a_page_s_question_is_its_headline_and_its_fields_chrome() -> None:
    """``北京社保断缴一个月，会影响明年买房资格吗？`` under the site's menu, the asker's longer words
    under it: the page's headline; ``回答者：…``, ``擅長領域：…`` and the note on the best answer are
    the page's fields."""
    text = (
        "百度知道\n搜索答案\n我要提问\n首页\n全部问题\n法律法规\n"
        "北京社保断缴一个月，会影响明年买房资格吗？\n"
        "我5月31日从现在的公司离职，新公司说6月26日才能入职。这样6月份的社保是不是就断了？明年春天想买房，会不会受影响？\n"
        "小鹿爱吃草莓 · 2023-05-14 · 浏览1283次"
    )
    assert title_of(text) == "北京社保断缴一个月，会影响明年买房资格吗？"
    for line in ("回答者： 熱心網友 ( 知識長 )", "擅長領域： 勞保與健保 | 稅務", "此問題的最佳解答由發問者自己選出"):
        assert classify(simple(line)) is Kind.CHROME
    assert classify("参考：MySQL 官方文档 Replication 一章，以及 @程序员阿杰 之前写的文章。") is not Kind.CHROME


def test_a_site_s_footer_under_the_last_comment_and_a_board_s_rules_are_chrome() -> None:
    """``关于我们 / 招贤纳士 / 商务合作 / 寻求报道`` under the last comment: the site's footer, no
    reply's words; ``生活閒談 版規 * 請大家注意*``: a board's rules, never the headline."""
    page = [
        "某某博客",
        "首页 | 专栏 | 问答",
        "一次主从延迟的排查记录",
        "上周五晚上从库延迟涨到三十分钟，订单查询全部超时，下面记录一下排查过程。",
        "评论 2",
        "程序员小张",
        "2024.03.13",
        "写后读走主库的话，主库压力会不会太大？",
        "运维老猫",
        "2024.03.14",
        "DELETE 建议分批加 limit，顺便推荐 pt-archiver。",
        "关于我们",
        "招贤纳士",
        "商务合作",
        "寻求报道",
        "kefu@example.com",
        "京ICP备19004658号",
    ]
    assert in_every_chrome(page, "关于我们", "招贤纳士", "商务合作", "寻求报道")
    assert classify(simple("生活閒談 版規 * 請大家注意*")) is Kind.CHROME
    assert title_of("某某論壇\n某某論壇 » 生活閒談\n返回列表 回復 發帖\n生活閒談 版規 * 請大家注意*\n大家發帖前請先閱讀版規，違者扣分。") != "生活閒談 版規 * 請大家注意*"


def test_a_paper_s_online_first_time_and_an_auction_s_signature_date_are_the_page_s() -> None:
    """``网络首发时间：2024-05-29 16:41:07``: a journal paper's page date; an auction's
    ``开拍时间：2025年05月20日 10:00:00`` is when it opens, an event, and the court's signature date
    under the notice is the page's."""
    paper = [
        "中国知网",
        "首页 | 高级检索 | 出版物检索",
        "社区嵌入式托育设施的时空可达性评价",
        "摘要：本文以苏州市姑苏区为例，评价托育设施的时空可达性，发现老城区供给明显不足。",
        "关键词：托育设施；时空可达性；苏州",
        "DOI：10.16361/j.upf.202403012",
        "网络首发时间：2024-05-29 16:41:07",
        "下载：386　页码：88-95",
    ]
    assert build_reference(paper) == "2024-05-29"
    notice = [
        "阿里拍卖·司法",
        "首页 | 司法拍卖 | 资产拍卖",
        "（一拍）南通市崇川区文峰花苑12幢1203室住宅",
        "起拍价 ¥1,286,000",
        "开拍时间：2025年05月20日 10:00:00",
        "处置单位：某某区人民法院",
        "本院将于2025年5月20日10时至2025年5月21日10时止在平台进行公开网络拍卖活动，现公告如下：",
        "一、拍卖标的：南通市崇川区文峰花苑12幢1203室住宅，建筑面积98.62平方米。",
        "某某区人民法院",
        "二〇二五年四月十八日",
    ]
    assert build_reference(notice) == "2025-04-18"


def test_a_registry_s_dates_and_its_log_are_read() -> None:
    """``核准設立日期　098年05月12日``: a Minguo year written with a leading zero; the dated entries
    under ``變更登記紀錄``, all whole days, are the registry's log (Taiwan's page, so read in its
    own script: the Minguo calendar is Taiwan's)."""
    page = [
        "商工登記公示資料查詢",
        "首頁 | 公司 | 商業 | 工廠",
        "查詢時間：114/03/12 15:47",
        "青禾光學股份有限公司",
        "公司狀況　核准設立",
        "資本總額(元)　120,000,000",
        "代表人姓名　許振聲",
        "公司所在地　臺中市西屯區工業區三十八路196號3樓",
        "登記機關　臺中市政府",
        "核准設立日期　098年05月12日",
        "最後核准變更日期　113年11月28日",
        "變更登記紀錄",
        "113/11/28　資本總額由80,000,000元增加為120,000,000元",
        "113/06/28　股東常會全面改選董事及監察人",
        "105/03/02　公司名稱變更為現名，並變更組織為股份有限公司",
        "資料來源：經濟部商業發展署",
    ]
    assert in_every_body(page, "113/06/28　股東常會全面改選董事及監察人")
    events = {(e.text.original, e.start.isoformat()) for e in build_article("\n".join(page)).timeline}
    assert ("113/06/28", "2024-06-28") in events
    found = scan("核准設立日期　098年05月12日", True)
    assert [(m.kind, "核准設立日期　098年05月12日"[m.start : m.end]) for m in found] == [("minguo_bare", "098年05月12日")]
    assert not scan("編號 098年", True)


def build_reference(lines: list[str]) -> str:
    """The page's reference date, as both scripts agree on it."""
    days = {d.isoformat() if d else "" for d in page_dates(lines)}
    assert len(days) == 1, days
    return days.pop()


def test_prompts_credits_and_buttons_are_chrome_and_a_writer_s_own_words_are_not() -> None:
    """A paywall's, a login's, a give or a follow prompt, a player's button, a picture's credit,
    who runs the site, text-size buttons, a count after a bullet: chrome.  A program's log line
    the writer quotes and a poster's own caveat to the readers: the post's."""
    for line in (
        "本文為天下會員專屬內容，訂閱即可閱讀全文",
        "登录后获取更多权限",
        "成為《報導者》定期定額贊助者",
        "更多精彩内容,请关注抖音号@云溪融媒 和“云溪发布”微信公众号。",
        "点击收听",
        "（视觉中国/图）",
        "云溪县融媒体中心 主办",
        "‧ 1,342 瀏覽",
        "我也说两句",
        "搜尋「Switch OLED」",
    ):
        assert classify(simple(line)) is Kind.CHROME, line
    assert classify("本次活动由县文旅局 主办") is not Kind.CHROME
    assert in_every_chrome(["某某日報", "首頁 | 要聞", "大", "中", "小", "港車北上熱度不減，昨日經大橋離境的私家車創新高，入境處表示會加派人手。"], "大", "中", "小")
    assert classify("2024-03-08 22:13:45 [WARN] slave-02 Seconds_Behind_Master: 1820") is not Kind.CHROME
    assert classify("不构成任何投资建议，大家自己判断。@今日话题 @雪球创作者中心") is not Kind.CHROME
    assert classify("本文不构成任何投资建议。") is Kind.CHROME


def test_a_poster_s_name_rank_and_school_are_no_headline() -> None:
    """``阿凱的背包`` over ``進階會員``, the rank itself, and ``华中科技大学 2025届 Java`` (a poster's
    school and year over the post's stamp) are never the page's headline."""
    text = (
        "背包客棧\n首頁\n論壇\n背包客棧 › 日本自助旅遊論壇 › 北海道 › 檢視單一文章\n檢視單一文章\n"
        "舊 2024-04-09, 11:26 PM   #12\n阿凱的背包\n進階會員\n註冊日期: 2011-07\n文章: 1,824\n"
        "我是3月28日至4月3日去的，原本想排連假，結果連假機票貴到不行，只好提早請假。"
    )
    assert title_of(text) not in ("阿凱的背包", "進階會員")
    text = (
        "牛客网\n首页\n题库\n讨论区\n登录 / 注册\n码农阿飞\n华中科技大学 2025届 Java\n发布于 2024-03-15 21:03 湖北\n"
        "记录一下鹅厂后台实习的流程，给后面的兄弟参考：3月5号投递，隔天约一面。"
    )
    assert title_of(text) != "华中科技大学 2025届 Java"


def test_a_cause_list_s_hours_and_their_rows_are_read_and_a_chat_s_stamps_are_not() -> None:
    """``上午9時30分`` / ``DCCC 412/2024｜香港特別行政區 訴 吳浩朗｜盜竊（3項）｜審訊（第4日）``: a cause
    list's hours, two or more, each over its row of cells; a chat's clock stamps (``上午 08:12``) over
    each message stay its stamps."""
    page = [
        "司法機構",
        "主頁 | 法院 | 審訊案件表 | 常見問題",
        "區域法院審訊案件表",
        "第25庭　區域法院法官 陳鳳儀",
        "上午9時30分",
        "DCCC 412/2024｜香港特別行政區 訴 吳浩朗｜盜竊（3項）｜審訊（第4日）",
        "上午10時",
        "DCCC 977/2024｜香港特別行政區 訴 李曉欣｜串謀詐騙｜判刑｜備註：兩名被告於2月26日被裁定罪名成立，一直還押",
        "重要告示 | 私隱政策 | 網站指南",
    ]
    assert in_every_body(page, "上午9時30分", "上午10時", "DCCC 412/2024｜香港特別行政區 訴 吳浩朗｜盜竊（3項）｜審訊（第4日）")
    chat = ["小明", "上午 08:12", "大家早，今天記得帶雨傘。", "阿華", "上午 08:15", "收到，謝謝提醒！", "小明", "上午 08:31", "我到公司了"]
    assert in_every_chrome(chat, "上午 08:12", "上午 08:15")


def test_a_blog_s_profile_box_is_its_sidebar() -> None:
    """``關於我 / 小峰 / 九龍土生土長，周末行街行山。… / 檢視我的完整簡介``: the blog's profile box,
    closed by its button, is chrome, and its 周末 no event."""
    page = [
        "小峰的流水帳",
        "年廿八洗邋遢到年初八",
        "今日終於返工，趁食晏嗰個鐘寫低今年個新年，年廿八成屋人一齊洗邋遢。",
        "張貼者：小峰",
        "關於我",
        "小峰",
        "九龍土生土長，周末行街行山。合作查詢：siufung.walks@gmail.com",
        "檢視我的完整簡介",
        "網誌存檔",
    ]
    assert in_every_chrome(page, "關於我", "檢視我的完整簡介", "九龍土生土長，周末行街行山。合作查詢：siufung.walks@gmail.com")
    assert "周末" not in agreed_surfaces(page)


def test_a_vbulletin_floor_stamp_dates_its_reply() -> None:
    """``舊 2024-09-11, 08:12 AM`` over a reply: vBulletin's floor stamp, its clock of twelve
    hours and its old-post icon's word first; the reply's ``今朝`` is that morning."""
    page = [
        "中秋前大帽山行山聚會",
        "舊 2024-09-10, 11:05 PM",
        "阿May",
        "大家好，今次行山定喺星期六，有興趣嘅朋友請留名。",
        "舊 2024-09-11, 08:12 AM",
        "行山阿明",
        "報一位。今朝睇天文台九天預報，星期六應該天晴，不過熱，大家帶多啲水。",
    ]
    assert in_every_chrome(page, "舊 2024-09-11, 08:12 AM")
    assert ("今朝", "2024-09-11", "2024-09-11") in agreed_spans(page)


def test_a_day_in_hao_before_that_night_is_a_day() -> None:
    """``31号那晚得提前订``: a day, then that night; ``12號房那晚`` is a room's number."""
    assert ("31号", "2023-12-31", "2023-12-31") in agreed_spans(["2023年12月20日", "31號那晚得提前訂，他們家一般提前三天就滿了。"])
    assert not agreed_surfaces(["2023年12月20日", "12號房那晚很吵。"])


def test_tagging_a_pronoun_s_thing_where_it_happens_is_no_handle() -> None:
    """``别在楼里@我的律师名字``: the verb "tag", where, then a pronoun's thing as its object; an
    account named so at a post's start (``转发@我的名字叫小明 说得好``) stays one."""
    from tui.model.build import build_article as build

    for text in both_scripts("有问题发站内信，别在楼里@我的律师名字。"):
        assert not build(text).bloggers
    assert [b.handle.original for b in build("转发@我的名字叫小明 说得好").bloggers] == ["我的名字叫小明"]
