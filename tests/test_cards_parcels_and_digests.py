"""Shapes the forty-fourth session's read sets showed: a forum poster's card and sign-up day, a
parcel's tracking page, a résumé, a stock-announcement digest, a review site's fields, a Dcard
post, a mixed-script headline, days dated by the bracket after an occasion.  The texts are
written for these tests in the shapes such pages have, each read in both scripts unless the rule
is one place's alone; the guards are the misfires a review of the rules found."""

from __future__ import annotations

from tests.article_probes import (
    agreed_spans,
    agreed_surfaces,
    in_every_body,
    in_every_chrome,
    in_no_chrome,
    page_dates,
    simple,
    title_of,
)
from tests.test_date_shapes import both_scripts
from tui.model.line_shapes import Kind, classify

# ---- dates -----------------------------------------------------------------------------------


def test_a_day_or_week_before_an_occasion_is_dated_by_its_bracket() -> None:
    """``停水前一日（26日）``, ``起駕前一週（4月16日至22日）``, ``前一晚(19日)``: the day or the week
    before an occasion, which the bracket dates; one expression, the occasion's name with it where
    one stands there.  ``日前（15/2）`` ("the other day") and ``補假（10月2日）`` (the day in lieu) too."""
    page = [
        "2025年4月10日",
        "自來水公司表示，停水前一日（26日）請民眾儲水備用。",
        "廟方表示，香條於起駕前一週（4月16日至22日）開放請領。",
        "阿明說前一晚(19日)下了一整夜的雨。",
        "區議員日前（15/2）巡視街市。",
    ]
    spans = agreed_spans(page)
    surfaces = {simple(s) for s in agreed_surfaces(page)}
    assert {simple("停水前一日（26日）"), simple("起駕前一週（4月16日至22日）"), "前一晚(19日)", "日前（15/2）"} <= surfaces
    assert (simple("起駕前一週（4月16日至22日）"), "2025-04-16", "2025-04-22") in spans
    assert (simple("補假（10月2日）"), "2023-10-02", "2023-10-02") in agreed_spans(
        ["2023年9月25日", "國慶日（10月1日）及補假（10月2日），打工仔可以休息兩日。"]
    )


def test_a_holiday_eve_in_brackets_is_still_the_holiday_s_and_a_birthday_no_other_day() -> None:
    """``連假前一天（18日）``: the holiday's eve, read with the holiday's word; ``生日前（3月2日）``:
    before a birthday, never ``日前`` ("the other day")."""
    assert "连假前一天（18日）" in agreed_surfaces(["2024年4月10日", "連假前一天（18日）國道車多。"])
    assert "日前（3月2日）" not in agreed_surfaces(["2025年3月10日", "死者在生日前（3月2日）曾與家人聚餐。"])


def test_mazu_s_birthday_is_a_lunar_festival_but_her_birth_is_told() -> None:
    """``媽祖聖誕``, ``天后誕``: the third lunar month's 23rd (2025-04-20, 2024-05-01);
    ``媽祖誕生於…`` is her birth, told, no day."""
    spans = agreed_spans(["2025年4月14日", "廟方提醒，媽祖聖誕當天上午舉行祝壽大典。", "去年天后誕人潮眾多。"])
    assert (simple("媽祖聖誕"), "2025-04-20", "2025-04-20") in spans
    assert (simple("去年天后誕"), "2024-05-01", "2024-05-01") in spans
    assert not {s for s in agreed_surfaces(["2025年4月14日", "相傳媽祖誕生於宋代，天后誕生於北宋年間。"]) if "诞" in s}


def test_a_feast_kept_in_a_yearly_month_comes_back_every_year() -> None:
    """``每年農曆三月都會舉辦媽祖誕辰祭典``: the feast of every year, no event; the one named with
    this year's day still is."""
    page = ["2025年4月14日", "湖前媽祖宮每年農曆三月都會舉辦媽祖誕辰祭典，這次遶境訂於農曆三月廿三日(本月20日)。"]
    surfaces = agreed_surfaces(page)
    assert simple("媽祖誕辰") not in surfaces
    assert any(s.startswith("农历三月廿三日") for s in surfaces)


def test_a_resume_s_spans_of_months() -> None:
    """``2019.07 - 2023.02``: one span of months; ``2023.03 - 至今``: up to the page's day, a
    guess from it; a reference day inside the month draws no span.  The rows stay the page's."""
    page = ["才聘网", "简历更新于 2025-04-07", "工作经历", "2023.03 - 至今　某某科技有限公司　数据分析师",
            "负责经营分析体系搭建，主导实时大屏开发。", "2019.07 - 2023.02　某某电子商务有限公司　数据分析专员",
            "项目经历", "2022.06 - 2022.11　会员积分体系重构", "教育经历", "2015.09 - 2019.06　某某大学　统计学　本科"]
    spans = agreed_spans(page)
    assert ("2019.07 - 2023.02", "2019-07-01", "2023-02-28") in spans
    assert ("2015.09 - 2019.06", "2015-09-01", "2019-06-30") in spans
    assert ("2023.03 - 至今", "2023-03-01", "2025-04-07") in spans
    assert in_every_body(page, "2022.06 - 2022.11　会员积分体系重构", "2019.07 - 2023.02　某某电子商务有限公司　数据分析专员")
    # (no page date: the latest month is the reference, and 至今 names no span past it)
    assert ("2023.03", "2023-03-01", "2023-03-31") in agreed_spans(["我的简历", "2023.03 - 至今　腾讯　高级工程师", "负责后台开发，带领五人小组。"])


def test_a_parcel_s_tracking_rows_are_its_record() -> None:
    """``2023-11-14 06:05　【成都市】快件已到达…``: what happened to the parcel then, the page's
    own record (dated events), never a related link's stamp; the notice's clause on what the app
    lets one do on a day stays too, a shop's call to see a sale's list in the app does not."""
    page = ["速查快递 · 全国快递物流查询", "首页　查快递　寄快递　网点查询", "物流详情",
            "2023-11-14 08:12　【成都市】快件交给王师傅，正在派送途中",
            "2023-11-13 22:47　【成都市】快件已从【成都转运中心】发出",
            "2023-11-12 03:16　【杭州市】快件已到达【杭州转运中心】",
            "如您今天不方便收件，可在APP内预约明天或11月16日（周四）派送；",
            "关于我们｜隐私政策", "© 2023 速查快递"]
    assert in_every_body(page, "2023-11-13 22:47　【成都市】快件已从【成都转运中心】发出",
                         "如您今天不方便收件，可在APP内预约明天或11月16日（周四）派送；")
    assert "11月16日（周四）" in agreed_surfaces(page)
    assert classify("想了解更多优惠活动，欢迎下载APP查看11月11日当天的秒杀清单") is Kind.CHROME


# ---- the page's date ---------------------------------------------------------------------------


def test_a_page_date_from_its_first_publication_and_a_short_video_s_stamp() -> None:
    """``首次發布於 2021年9月21日`` under a Matters post, over its comments of the next day; 快手's
    ``2025-06-03 19:26 · 河南 商丘`` over the likes and the comments' count."""
    matters = ["Matters", "阿澄在北角", "同阿婆喺天台食月餅", "今日係中秋，公司三點就放，四點幾已經返到北角。",
               "尋晚阿婆打電話嚟，問我記唔記得佢舊年買嗰款蓮蓉月餅。", "拍手 128", "首次發布於 2021年9月21日",
               "評論 3", "小島寫字的人", "2021年9月22日", "好暖嘅一篇 🌕"]
    assert {d.isoformat() for d in page_dates(matters)} == {"2021-09-21"}
    kuaishou = ["快手", "首页", "精选", "豫东种麦的老李", "粉丝 12.3w", "麦子熟了！东头二十亩先开镰",
                "麦子黄得早，比往年早熟了四五天，这个礼拜就能收个七七八八。", "明天一早收割机就到，一共三台。",
                "2025-06-03 19:26 · 河南 商丘", "点赞 3.4w", "评论 1286", "06-03 20:11 河南", "老李辛苦了"]
    assert {d.isoformat() for d in page_dates(kuaishou)} == {"2025-06-03"}


# ---- chrome ------------------------------------------------------------------------------------


def test_a_poster_s_sign_up_day_is_the_card_s_and_no_floor_stamp() -> None:
    """``註冊日期: Mar 2011``, ``註冊時間: 2009-02-14, 10:02``, ``在線時間 812 小時 註冊時間 2008-5-12
    最後登錄 2019-8-4``: the board's card beside the post, never the story's day nor the floor's
    stamp that dates the post's words."""
    for line in ("註冊日期: Mar 2011", "註冊時間: 2009-02-14, 10:02", "在線時間 812 小時 註冊時間 2008-5-12 最後登錄 2019-8-4",
                 "专业: 有机化学 | 注册: 2022-09-01"):
        assert all(classify(form) is Kind.CHROME for form in both_scripts(line)), line
    thread = ["大甲溪畔茶館", "快速連結 | 問答集 | 登入 | 註冊", "天后宮往北港進香，徒步組開始報名",
              "由 阿福伯 » 2025-04-01, 21:33", "阿福伯", "文章: 1207", "註冊時間: 2009-02-14, 10:02",
              "各位鄉親，本村天后宮往北港進香的日子定了，4月6日(日)清晨四點在廟埕集合。",
              "徒步組要自備雨衣跟頭燈，報名到本週六截止，找廟口阿珠登記就好。"]
    assert ("本周六", "2025-04-05", "2025-04-05") in agreed_spans(thread)


def test_a_vbulletin_card_written_a_field_a_line() -> None:
    """``#2 / 2024-06-18, 11:05 PM / blueshark / Major Member / 註冊日期: Jul 2008 / 文章: 3,207``:
    the floor's stamp, poster, rank and fields, all the card's; the reply under it stays."""
    page = ["PCDVD數位科技討論區", "首頁 | 論壇 | 會員列表 | 搜尋", "老家窗型機罷工，補助還來得及嗎？",
            "#1", "2024-06-18, 10:42 PM", "阿凱不是凱子", "Junior Member", "註冊日期: Mar 2011", "文章: 412",
            "老家那台窗型機是民國89年裝的，上週六終於罷工，我爸直接搬去睡客廳。",
            "#2", "2024-06-18, 11:05 PM", "blueshark", "Major Member", "註冊日期: Jul 2008", "文章: 3,207",
            "我5月中送件，昨天收到撥款通知的簡訊，大概一個月左右。", "聯絡我們 - 回到頁首"]
    assert in_every_chrome(page, "2024-06-18, 11:05 PM", "blueshark", "Major Member", "註冊日期: Jul 2008")
    assert in_every_body(page, "我5月中送件，昨天收到撥款通知的簡訊，大概一個月左右。")


def test_hupu_s_comment_stamps_with_a_bar_and_the_names_over_them() -> None:
    """``01-28 22:05 | 广东``: a comment's stamp and region, 虎扑's newer rows; the name over it is
    the commenter's."""
    page = ["虎扑社区", "首页 | 步行街 | 篮球 | 足球", "回家的票你们都抢到了吗？公司给的假太短了", "星河落日",
            "楼主 | 2026-01-28 21:47 | 发布于上海", "没有年三十了，腊月二十九就是除夕，很多人还以为是30号。",
            "亮了(356) | 回复 | 收藏", "全部回复 128", "打工人不认命", "01-28 22:18 | 浙江",
            "年终奖能有几个月？我们去年发了两个月，这次听说只有一个月。", "亮了(97) | 回复",
            "川渝老火锅", "01-28 22:40 | 四川", "腊月二十五放假是真的羡慕，我们连小年那天都要加班。", "亮了(63) | 回复"]
    assert in_every_chrome(page, "01-28 22:18 | 浙江", "01-28 22:40 | 四川", "打工人不认命", "川渝老火锅")


def test_a_digest_s_entry_heads_but_not_a_schedule_s_rows() -> None:
    """``22:31　｜　業績`` over the news it heads: the digest's furniture; ``17:30 ｜ 賓客入場`` in a
    wedding's schedule, one row under another, is the post's own."""
    digest = ["港股通訊社", "公告速遞｜恒濠地產中期盈利跌三成", "更新時間：2023/08/30 22:48",
              "恒指今日收市報18,482點，以下為收市後主要上市公司公告摘要：",
              "22:31　｜　業績", "恒濠地產公布上半年業績，股東應佔溢利按年跌32%至18.6億元。",
              "21:58　｜　停牌", "佳旺控股公告，股份將於明日上午九時正起短暫停牌。",
              "以上資料由港股通訊社整理，僅供參考，投資者應以公告全文為準。", "© 2023 港股通訊社"]
    assert in_every_chrome(digest, "22:31　｜　業績", "21:58　｜　停牌", "以上資料由港股通訊社整理，僅供參考，投資者應以公告全文為準。")
    wedding = ["我們的婚禮流程", "終於把流程定下來了，跟大家分享一下當天的安排。", "17:30 ｜ 賓客入場",
               "18:30 ｜ 新人進場", "19:00 ｜ 開席", "20:30 ｜ 送客", "謝謝大家的祝福！"]
    assert in_no_chrome(wedding, "17:30 ｜ 賓客入場", "18:30 ｜ 新人進場", "19:00 ｜ 開席")


def test_a_note_for_reference_is_a_disclaimer_but_reported_speech_is_not() -> None:
    """``以上資料由…整理，僅供參考``, ``以上時刻僅供參考，實際發車以現場調度為準``: the site's note;
    ``教育部表示，該名單僅供參考，…以各校公告為準``: the story's; ``以上内容仅供参考，大家自己判断``:
    a poster's own.  The rows above such a note stay the story's."""
    for line in ("以上資料由代理提供，僅供參考，本公司不保證其準確性。", "＊以上時刻僅供參考，實際發車以現場調度為準。"):
        assert all(classify(f) is Kind.CHROME for f in both_scripts(line)), line
    for line in ("教育部表示，該名單僅供參考，正式錄取名單以各校公告為準。", "以上内容仅供参考，大家自己判断。",
                 "店員說菜單上的價格僅供參考，實際以現場報價為準，所以我們也只能照付。"):
        assert all(classify(f) is not Kind.CHROME for f in both_scripts(line)), line


def test_buttons_counters_and_document_numbers() -> None:
    """A row of bracketed buttons, a prompt or fields ending in them, a question then its button,
    an order's verbs, a docs site's bar with its drop-down caret, a file's download count, a
    notice's number by its school year, a government page's spaced labels: all the page's."""
    for line in ("【预览】【下载PDF】【刷新简历】【隐藏简历】", "请输入快递单号　【查询】", "物流轨迹不全？点击反馈",
                 "联系酒店　修改入住人　再次预订　删除订单", "指南　组件　API　更新日志　v3.x ▾　GitHub",
                 "【PDF】通告 (24-25) 第037號　下載次數：412", "通告編號：(24-25) 第037號",
                 "索 引 号：11440103MB2C93741W/2024-00186", "文　　号：望街纪〔2024〕7号"):
        assert all(classify(f) is Kind.CHROME for f in both_scripts(line)), line
    for line in ("某某事件最新进展【图】", "官方公布首日下载量 3200000", "報名編號：2025-001"):
        assert classify(line) is not Kind.CHROME, line


def test_review_fields_and_a_film_post_s_gear_but_not_a_reviewer_s_words() -> None:
    """OpenRice's ``人均消費 $380 (晚餐)``, ``用餐日期 2023-11-18``, ``推介美食 …``, a row of
    sub-scores, a film post's ``相机：…`` and ``扫描：@…``: the site's fields; ``等候時間大概一個小時，…``,
    ``口味很讚！環境乾淨！…``, a gear post's ``機身：Sony A7M4``: the writer's."""
    for line in ("人均消費 $380 (晚餐)", "用餐日期 2023-11-18", "推介美食 鹽燒雞翼 明太子玉子燒", "口味：很好 环境：一般 服务：很好",
                 "人均：¥28", "相机：Olympus μ-II", "扫描：@老街冲扫铺"):
        assert all(classify(f) is Kind.CHROME for f in both_scripts(line)), line
    for line in ("等候時間大概一個小時，不過真的很值得。", "口味很讚！環境乾淨！服務超好！", "機身：Sony A7M4",
                 "後期：其實沒怎麼修圖就拉了一下曝光"):
        assert all(classify(f) is not Kind.CHROME for f in both_scripts(line)), line


def test_list_links_with_their_day_a_greeting_a_writer_s_card_and_comment_rules() -> None:
    """``[08-09] 关于…的警情通报``, ``…　09-28``: a list's links; ``今天是：… 欢迎访问…``: a site's
    greeting; ``…共写了4.6W字 获得302个赞…``: a writer's card; ``…保留刪除權``: a comment box's rules."""
    for line in ("[08-09] 关于一起电动自行车火灾的警情通报", "多家机器人公司密集融资，赛道热度不减　09-28",
                 "今天是：2019年8月14日 星期三　　欢迎访问平安滨湖网站", "麦田里的小满 总资产12 共写了4.6W字 获得302个赞 共58个粉丝",
                 "・於明知不實或過度謾罵之言論，本站及文章撰寫者保留刪除權", "發言應遵守發言規則"):
        assert all(classify(f) is Kind.CHROME for f in both_scripts(line)), line


def test_a_person_s_masked_mobile_is_no_site_contact() -> None:
    """``微信同号 138****6620``: a poster's or a customer's own number, masked by the page; a site's
    number to call is never masked."""
    assert classify("小蜜蜂修车: 保养套餐找我，微信同号 138****6620，12月31日前下单送玻璃水") is not Kind.CHROME
    assert classify("联系手机：139****0826") is not Kind.CHROME
    assert classify("客服电话：400-820-8820") is Kind.CHROME


def test_a_sign_up_field_alone_needs_its_clock_or_a_month_s_name() -> None:
    """A school's ``註冊時間 2025-09-08`` (enrolment) and ``加入日期 2023-05-01 擔任技術總監`` (a
    career's step) are no poster's card."""
    for line in ("註冊時間 2025-09-08", "加入日期 2023-05-01 擔任技術總監", "註冊 2019-01 才來的新手表示感謝"):
        assert all(classify(f) is not Kind.CHROME for f in both_scripts(line)), line


# ---- titles ------------------------------------------------------------------------------------


def test_a_headline_spaced_around_its_latin_words() -> None:
    """``一次内网 Nginx 迁移的复盘``: spaces only around a Latin word between hanzi, no row of words;
    ``CSTV 央华体育`` and ``Day2 七美、望安`` (a name, a day) are no such headline."""
    page = ["青梧码农", "慢慢写，慢慢改", "博客园", "首页", "新随笔", "联系", "订阅", "管理",
            "随笔 - 87  文章 - 0  评论 - 214  阅读 - 36万", "一次内网 Nginx 迁移的复盘",
            "这次迁移从立项到切流，前后拖了差不多一个月，中间出过一次不大不小的事故。记下来，给以后的自己看。",
            "老的反向代理跑在两台 2016 年采购的物理机上，系统是 CentOS 6，早就停止维护了。"]
    assert title_of("\n".join(page)) == "一次内网 Nginx 迁移的复盘"


def test_dcard_s_question_under_the_post_s_stamp_is_its_headline() -> None:
    """``3月4日 14:22 / 第一份工作的特休被主管安排好了，這合理嗎？``: the post's headline, written as a
    sentence, not the school over the stamp."""
    page = ["Dcard", "首頁", "熱門", "看板", "搜尋", "登入", "下載 App", "工作板", "追蹤", "匿名", "國立臺北科技大學",
            "3月4日 14:22", "第一份工作的特休被主管安排好了，這合理嗎？", "想問一下各位前輩，這種情況正常嗎？",
            "我是去年10月到職的新鮮人，在一間大約五十人的設計公司上班，職位是助理設計師。",
            "上週五主管開會的時候突然宣布，大家剩下的特休要統一安排，一部分排在清明連假前後。",
            "我查了一下，特休應該是由勞工自己排定，主管只能跟勞工協商調整，不是直接幫大家排好吧？",
            "第一份工作不想跟主管鬧僵，但也不想白白放棄機票，大家會怎麼處理？"]
    assert title_of("\n".join(page)) == "第一份工作的特休被主管安排好了，這合理嗎？"


def test_a_bare_day_just_after_today_s_in_the_same_sentence_is_this_month_s() -> None:
    """``机场：6日、7日两天进出港航班全部取消`` on a page of the 6th: the story goes on from today to the
    next day, this month's; a day told alone after the page's day (``28日``) is still last month's."""
    spans = agreed_spans(["2024年9月6日 星期五", "新港机场：6日、7日两天进出港航班全部取消，已购票旅客可免费退改签。"])
    assert ("7日", "2024-09-07", "2024-09-07") in spans
    assert ("28日", "2024-08-28", "2024-08-28") in agreed_spans(["2024年9月6日 17:52", "警方表示，嫌犯28日在车站被捕。"])


def test_a_date_the_story_is_compared_with_names_no_month_for_the_days_after_it() -> None:
    """``与去年12月29日至31日那次过程相比，…20日…还可能出现雨夹雪`` on January 18th: the compared
    spell is December's, the forecast's 20th this month's; a month the story names itself still
    carries (``去年12月29日受寒潮影响，31日…``)."""
    page = ["2021年1月18日", "本轮寒潮与去年12月29日至31日那次过程相比，影响范围相近，但降水更多，20日白天到夜里还可能出现雨夹雪。"]
    assert ("20日", "2021-01-20", "2021-01-20") in agreed_spans(page)
    told = ["2021年1月18日", "去年12月29日全市受寒潮影响，20日那场雪更早，市民至今记忆犹新。"]
    assert ("20日", "2020-12-20", "2020-12-20") in agreed_spans(told)


def test_a_telegram_message_dated_by_its_edit_stamp() -> None:
    """``edited 2025年3月11日 21:47`` under a channel's message, over its comments: the only day the
    page states, and the one its 今日, 聽日, 尋日 count from."""
    page = ["Telegram", "港鐵巴士追蹤站 🚇", "@hktransit_tracker", "48.6K subscribers", "View in Telegram",
            "【鐵路】屯馬綫延長服務＋東鐵綫工程安排", "今日（11日）起屯馬綫尾班車延後半小時，聽日（12日）開始東鐵綫晚上提早收車。",
            "尋日港鐵已經發咗通告，大家留意。", "#屯馬綫 #東鐵綫", "👍 312", "👁 18.2K",
            "edited 2025年3月11日 21:47", "💬 86 comments", "陳生巴士迷", "好彩唔係平日搞"]
    assert {d.isoformat() for d in page_dates(page)} == {"2025-03-11"}
    assert (simple("尋日"), "2025-03-10", "2025-03-10") in agreed_spans(page)


def test_a_printable_thread_s_labelled_headline_under_the_site_s_name_and_domain() -> None:
    """``香港討論區 discuss.com.hk / 標題: …  [打印本頁]``: the site's name and its domain over the
    labelled headline, no poster's name and id over a post."""
    page = ["香港討論區 discuss.com.hk", "", "標題: 團年飯今年食咩？屋企老人家堅持要盆菜 [打印本頁]", "",
            "作者: 豬腩肉    時間: 2023-1-19 09:45    標題: 團年飯今年食咩？屋企老人家堅持要盆菜",
            "今日（年廿八）洗完邋遢，先有時間上嚟問下大家。屋企老人家堅持要盆菜，細佬就話想食火鍋。",
            "作者: 叉燒包    時間: 2023-1-19 10:02", "我哋屋企年年都係盆菜，老人家開心最緊要。"]
    assert title_of("\n".join(page)) == "團年飯今年食咩？屋企老人家堅持要盆菜"


def test_a_conversation_s_subject_over_its_count_of_messages() -> None:
    """Google Groups: ``【行前通知】… / 4 則訊息``: the conversation's subject, not the group's name
    over the page's tabs."""
    page = ["Google 網路論壇", "搜尋會話群組", "北醫登山社校友會", "會話群組 | 關於 | 我的群組",
            "【行前通知】嘉明湖三天兩夜，裝備與集合地點", "4 則訊息", "林振宇", "2022年10月3日 下午3:12",
            "寄給 北醫登山社校友會", "各位山友好：", "這次嘉明湖三天兩夜的行程確定了，集合時間是10月14日（五）晚上十點，地點在台北車站東三門。",
            "裝備請參考附件清單，睡袋請帶零度以下的，山屋晚上很冷。北醫登山社校友會的旗子由我保管。"]
    assert title_of("\n".join(page)) == "【行前通知】嘉明湖三天兩夜，裝備與集合地點"


def test_the_second_review_s_counter_examples_stay_as_they_were() -> None:
    """A recipe's step ``[1-1] …``, a score ``（3-1）…``, a fixture's and an exam's rows with their
    days last, a first day of school welcomed, a story's sentence on a site's terms, a headline's
    count of words: no chrome.  ``与9月28日相比，29日…``: a day compared with the one before it keeps
    its month; ``地铁2号线5日…直到7日``: a line's number is no day just named."""
    for line in ("[1-1] 将面粉和温水混合，揉成光滑的面团，盖上保鲜膜醒20分钟", "（3-1）主隊在下半場連入兩球，逆轉晉級八強",
                 "第一輪　上海申花 vs 北京國安　　03-01", "高一年级语文、数学、英语笔试　　11-12",
                 "今天是开学第一天，学长学姐在校门口欢迎来到新学校的学弟学妹。",
                 "新版使用者條款寫明，本站對會員發文保留刪除之權利，引起爭議。", "95后女孩三年写了200万字 获得10万粉丝"):
        assert all(classify(f) is not Kind.CHROME for f in both_scripts(line)), line
    assert ("29日", "2026-09-29", "2026-09-29") in agreed_spans(["2026年11月5日", "与9月28日相比，29日的人流量增加了一倍。"])
    spans = agreed_spans(["2026年11月3日", "受台风影响，地铁2号线5日全天停运，直到7日才恢复运营。"])
    assert ("7日", "2026-10-07", "2026-10-07") in spans


def test_a_resume_s_own_rows_and_a_date_picker_stay_the_page_s() -> None:
    """A résumé's contact row with the person's masked mobile and e-mail, their facts in a row (``男
    29岁``) under the page's buttons: the résumé's, and the headline is the résumé's name, not
    the row; a date picker's days (``選擇日期：今日　5月9日　… ▼``) are no docs site's bar."""
    page = ["才聘网", "首页　找工作　校园招聘　公司　APP下载", "简历中心 > 我的简历 > 在线简历", "陈思远的个人简历",
            "简历完整度 92%　更新于 2025-04-07　被查看 27 次", "【预览】【下载PDF】【刷新简历】【隐藏简历】", "基本信息",
            "陈思远　男　29岁　本科　6年工作经验", "出生年月：1996年2月", "手机：138****5627　邮箱：chensiyuan_data@163.com",
            "工作经历", "2023.03 - 至今　某某科技有限公司　数据分析师", "负责经营分析体系搭建，主导实时大屏开发，峰值并发稳定。"]
    assert in_every_body(page, "陈思远　男　29岁　本科　6年工作经验", "出生年月：1996年2月",
                         "手机：138****5627　邮箱：chensiyuan_data@163.com")
    assert in_every_chrome(page, "【预览】【下载PDF】【刷新简历】【隐藏简历】", "简历完整度 92%　更新于 2025-04-07　被查看 27 次")
    assert title_of("\n".join(page)) == "陈思远的个人简历"
    assert all(classify(f) is not Kind.CHROME for f in both_scripts("選擇日期：今日　5月9日　5月10日　5月11日　更多日期 ▼"))
