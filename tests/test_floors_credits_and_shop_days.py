"""Shapes the thirty-fifth session's read sets showed: Dcard's and HKGolden's floor heads, X's
writers and stamps, credits under a post (cr.@…, 🎄 Styling @…, 相片：多謝 @…), the e-paper's
lunar day under its date, a site and its section over a headline, a ticketing page's headings and
its update stamp, a church bulletin's issue links, a shop's days (27號至29號店休, 大除夕), Hong
Kong's first quarter (首季), and titles that are no headlines (a poster cut at 发表于, a weekday's
opening hours, a sentence cut at its date).  The texts are written for these tests in the shapes
such pages have, each read in both scripts unless the rule is one place's alone."""

from __future__ import annotations

from tests.article_probes import agreed_spans, chrome_of, page_dates, simple, title_of
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article
from tui.model.line_shapes import Kind, classify


def _assert_title(lines: list[str], headline: str) -> None:
    """Both scripts of the page place ``headline`` as its title."""
    for text in both_scripts("\n".join(lines)):
        assert simple(title_of(text) or "") == simple(headline)


# ---- dates -----------------------------------------------------------------------------------


def test_a_season_after_the_verb_that_welcomes_it_is_this_seasons() -> None:
    """``或將迎來今冬初雪``: this winter's first snow (来 before 今 is no "go" of 去); ``别去冬奥村``
    is still no season."""
    spans = agreed_spans(["2024年12月20日", "本周末高海拔山区或将迎来今冬初雪。", "别去冬奥村凑热闹。"])
    assert ("今冬", "2024-12-01", "2025-02-28") in spans, spans
    assert not any(s[0].startswith("去冬") or s[0] == "冬" for s in spans), spans


def test_hong_kongs_first_quarter_is_the_years_first_three_months() -> None:
    """``首季本地零售額按年跌幅``, ``今年首季度營收``: the first quarter, where figures are spoken of;
    a player's first season after joining (``加盟後首季``) and a show's (``《某劇》首季``) are none."""
    lines = [
        "2025年4月30日",
        "有經濟學者預期，首季本地零售額按年跌幅可能收窄至約5%。",
        "集團今年首季度營收按年增長一成。",
        "他加盟後首季便奪冠，《某劇》首季播出後口碑不俗。",
    ]
    spans = agreed_spans(lines)
    assert ("首季", "2025-01-01", "2025-03-31") in spans, spans
    assert ("今年首季度", "2025-01-01", "2025-03-31") in spans, spans
    assert len([s for s in spans if "首季" in s[0]]) == 2, spans


def test_a_month_listed_after_every_year_is_every_years() -> None:
    """``每年4、5月是冷暖空氣交替頻繁的時期``: the second month of a yearly list is no event."""
    spans = agreed_spans(["2025年5月2日", "氣象署提醒，每年4、5月是冷暖空氣交替頻繁的時期。"])
    assert spans == [], spans


def test_a_meeting_named_for_a_festival_is_not_the_festivals_day() -> None:
    """``举行教师节表彰大会`` on September 6th: the ceremony's name, not Teachers' Day."""
    spans = agreed_spans(["2024年9月7日", "9月6日下午，学校在报告厅举行教师节表彰大会。"])
    assert [s[0] for s in spans] == ["9月6日"], spans


def test_a_shops_days_written_with_hao() -> None:
    """``27號至29號店休，30號照常``: a range of days and a day, the shop's; ``改18號食月餅``, ``想問24號
    仲有冇位``, ``萬聖節剛好31號``: days; ``3号楼至7号楼``, ``步行到14号线``, ``1至3號電梯`` are numbers."""
    lines = [
        "2024年12月20日",
        "12月23日至26日照常營業，27號至29號店休，30號照常營業。",
        "真的下雨就改18號食月餅啦。想問24號仲有冇位？萬聖節剛好31號。",
        "3号楼至7号楼停水，步行到14号线地铁站约8分钟，1至3號電梯停用。",
    ]
    spans = agreed_spans(lines)
    assert ("27号至29号", "2024-12-27", "2024-12-29") in spans, spans
    assert ("30号", "2024-12-30", "2024-12-30") in spans, spans
    assert ("18号", "2024-12-18", "2024-12-18") in spans, spans
    assert ("24号", "2024-12-24", "2024-12-24") in spans, spans
    assert ("31号", "2024-10-31", "2024-10-31") in spans, spans
    assert not any(s[0] in ("7号", "14号", "3号") for s in spans), spans


def test_hong_kongs_big_eve_is_the_last_day_of_the_year() -> None:
    """``大除夕做到5點``: Hong Kong's New Year's Eve, December 31st; ``除夕`` stays the lunar eve."""
    spans = agreed_spans(["2024年12月20日", "30號照常，大除夕做到5點，元旦休息。一家人除夕團年。"])
    assert ("大除夕", "2024-12-31", "2024-12-31") in spans, spans
    assert ("除夕", "2025-01-28", "2025-01-28") in spans, spans


def test_a_blessing_for_a_festival_is_a_greeting() -> None:
    """``祝各位復活節蒙福``, ``聖誕平安``: greetings, no day; ``平安夜`` is still the eve."""
    spans = agreed_spans(["2024年3月24日", "祝各位弟兄姊妹復活節蒙福！聖誕平安。平安夜再見。"])
    assert [s[0] for s in spans] == ["平安夜"], spans


# ---- chrome ----------------------------------------------------------------------------------


def test_credits_under_a_post_are_chrome() -> None:
    """A stock picture's source in brackets, a fan post's ``cr.`` credits, a role and its account
    after an emoji, and a picture or map's source thanked under its label are chrome; a thanks
    that goes on to talk is the post's."""
    lines = [
        "各位朋友，今晚的活動照片整理好了，大家慢慢看。",
        "（示意圖／shutterstock達志影像）",
        "cr.@岛屿应援站 @周屿白工作室",
        "🎄 Styling @moss_and_thyme_studio",
        "相片：多謝 @阿Kit攝影 幫手影相",
        "路線圖：感謝 @hkhikingmap 授權使用",
        "路線圖：感謝 @hkhikingmap 授權使用，大家去玩記得注意安全。",
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in lines[1:6]} <= chrome, chrome
        assert simple(lines[6]) not in chrome, chrome


def test_site_notices_and_buttons_are_chrome() -> None:
    """``《ETtoday新聞雲》提醒您：如遇詐騙…``, ``我要纠错``, ``在 Threads 回覆……``, ``下載週刊PDF
    (1.2MB)``, ``上一期：第1546期（…）``: the site's own lines, chrome."""
    lines = [
        "警方呼籲民眾提高警覺，接到可疑電話應先查證。",
        "《ETtoday新聞雲》提醒您：如遇詐騙，請撥打165反詐騙諮詢專線。",
        "我要纠错",
        "在 Threads 回覆……",
        "下載週刊PDF (1.2MB)",
        "上一期：第1546期（2024年3月17日）",
        "下一期：第1548期（2024年3月31日）",
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in lines[1:]} <= chrome, chrome


def test_a_sites_name_and_its_section_over_the_headline_are_chrome() -> None:
    """``界面新闻 · 消费`` under the site's one-word-a-line menu: the site and the section again."""
    lines = [
        *("界面新闻", "首页", "快讯", "财经", "商业", "科技", "地产", "消费", "文化"),
        "界面新闻 · 消费",
        "鹿野咖啡第三季度营收同比增长18% 门店数突破9000家",
        "界面新闻记者 | 何嘉怡",
        "界面新闻编辑 | 许悦",
        "2024/10/29 21:05",
        "分享到：",
        "微信",
        "微博",
        "鹿野咖啡29日晚间发布财报，第三季度营收同比增长18%，门店数突破9000家。",
        "公司表示，第四季度将继续在下沉市场开店。",
    ]
    for chrome in chrome_of(lines):
        assert simple("界面新闻 · 消费") in chrome, chrome
    _assert_title(lines, lines[10])


def test_an_e_papers_lunar_day_under_its_date_is_chrome_and_no_headline() -> None:
    """``2025年01月16日 星期四`` / ``农历甲辰年腊月十七``: the paper's day in both calendars; the
    headline stands under the page list (``12 国际`` is a page and its section, no poster)."""
    lines = [
        "北京日报",
        "数字报",
        "2025年01月16日 星期四",
        "农历甲辰年腊月十七",
        "第09版：文化",
        "上一版",
        "下一版",
        "版面导航",
        "01 要闻",
        "05 北京新闻",
        "09 文化",
        "12 国际",
        "百余件生肖文物迎新春",
        "本报记者 路艳霞",
        "“灵蛇献瑞——乙巳新春生肖文物展”昨天在京华民俗馆开幕，展期为1月15日至3月16日。",
        "记者在展厅看到，一件清代蛇纹铜镜被放置在展线入口，镜背盘绕的双蛇纹样线条流畅。",
    ]
    for chrome in chrome_of(lines):
        assert simple("农历甲辰年腊月十七") in chrome, chrome
    _assert_title(lines, "百余件生肖文物迎新春")


def test_x_writers_stamps_and_replies_heads_are_chrome() -> None:
    """X's thread: each writer's name over the handle, the stamp with its views, ``回复 @a @b``;
    a reply's writer is no line of the reply above it."""
    lines = [
        "林小舟 🛶",
        "@linxiaozhou_dev",
        "1/ 复盘一下我们这个记账小程序从立项到上线的时间线，给想做独立开发的朋友一点参考。",
        "下午9:14 · 2025年3月18日 · 3.2万 查看",
        "7/ 最后感谢 @Momo设计日记 帮我们画的图标，还有昨晚帮忙压测到凌晨两点的朋友。",
        "Kevin在成都",
        "@kevin_cd",
        "·",
        "3月18日",
        "回复 @linxiaozhou_dev",
        "恭喜！4月上旬的安卓公测报名+1，我这边有三台测试机",
        "糖醋排骨没有骨",
        "@tangcu_paigu",
        "·",
        "3月19日",
        "回复 @linxiaozhou_dev @kevin_cd",
        "2月19日过审已经算快的了，我们去年提审足足拖了半个月",
    ]
    for chrome in chrome_of(lines):
        wanted = {"林小舟 🛶", "下午9:14 · 2025年3月18日 · 3.2万 查看", "Kevin在成都", "回复 @linxiaozhou_dev @kevin_cd"}
        assert {simple(x) for x in wanted} <= chrome, chrome
        assert simple(lines[4]) not in chrome, chrome


def test_dcards_writer_school_and_sex_are_chrome() -> None:
    """Dcard's head (``女`` / school / ``name · @id``) and each floor's (``B1`` / ``匿名 國立臺灣大學``),
    the starter's (``匿名`` / school over the headline): who wrote, chrome; the headline stays."""
    lines = [
        "Dcard",
        "看板",
        "租屋",
        "匿名",
        "國立臺北科技大學",
        "房東突然要我提前搬走，但合約還沒到期，這樣合法嗎？",
        "3月12日 22:14",
        "如題，我去年9月1日跟房東簽了一年約，前天房東突然傳LINE叫我7月底前搬走。",
        "有沒有人遇過類似狀況？我6月中要期末考，真的沒空找房子QQ",
        "B1",
        "匿名 國立臺灣大學",
        "租約沒到期房東不能隨便趕人，先把合約第12條拿出來看",
        "3月12日 22:30 · 回覆",
    ]
    for chrome in chrome_of(lines):
        assert {simple("國立臺北科技大學"), simple("匿名 國立臺灣大學")} <= chrome, chrome
    _assert_title(lines, lines[5])
    head = [
        "#抱怨 尾牙臨時改期還要自己想辦法過去？",
        "女",
        "國立彰化師範大學",
        "行政小妹 · @xiaomei_admin",
        "2025年1月10日 23:48",
        "原PO在中部一間電子零件廠做行政快兩年，今年尾牙原本公告1月17日晚上在員工餐廳辦。",
        "結果昨天下午HR突然發信說場地有問題，改到下週六下午，而且要自己想辦法過去。",
    ]
    for chrome in chrome_of(head):
        assert {simple(x) for x in head[1:4]} <= chrome, chrome


def test_forum_floor_heads_quotes_and_signatures_are_chrome() -> None:
    """HKGolden's ``#5 樓主 某某`` floor head, ``引用：`` alone over a quote, a motto between waves
    over the floor's buttons: chrome; the thread's headline stays its title."""
    lines = [
        "高登討論區 HKGolden",
        "吹水台 | 時事台 | 娛樂台 | 財經台",
        "吹水台 > 主題列表",
        "老細話做節可以早放，你哋公司又幾點走？",
        "回覆: 63 | 瀏覽: 5,210 | 第 1 頁",
        "#1 樓主 葉問唔係我問",
        "2024/12/20 14:03",
        "冬至（21號）唔使返工，所以我哋公司今日已經提早做節，四點就可以走",
        "#2 MK仔",
        "2024/12/20 14:17",
        "引用：",
        "冬至（21號）唔使返工",
        "羨慕，我哋做零售，今年冬至同聖誕都要開工，仲要做到十點",
        "~ 高登仔永不言敗，輸咗當學費 ~",
        "回覆 | 引用 | 收藏 | 分享",
        "#3 樓主 葉問唔係我問",
        "2024/12/20 14:30",
        "我哋都係，聽日（21號）放假",
    ]
    article = build_article("\n".join(lines))
    chrome = {str(line.original).strip() for line in article.boilerplate}
    assert {"#1 樓主 葉問唔係我問", "引用：", "~ 高登仔永不言敗，輸咗當學費 ~", "#3 樓主 葉問唔係我問"} <= chrome, chrome
    assert article.title is not None and article.title.original == lines[3]


def test_a_sentence_asking_for_a_direct_message_is_the_posts() -> None:
    """``有興趣加入嘅朋友可以 DM 或者 email：…``: the post asks to be written to, its own words."""
    lines = ["今年我哋招新隊員，逢星期六朝早練習。", "有興趣加入嘅朋友可以 DM 或者 email：tidewalkers.hk@gmail.com"]
    for chrome in chrome_of(lines):
        assert simple(lines[1]) not in chrome, chrome


def test_an_edit_into_the_first_floor_is_no_stamp() -> None:
    """``@某某 感谢补充，已编辑进主楼``: a reply that says it was added to the first floor, no edit
    stamp."""
    lines = [
        "【攻略】新版本活动时间表汇总",
        "#1 深海鲸落 2024-07-15 13:42",
        "1. 8月1日到7日有登录送体力，记得每天上线。",
        "2. 七夕（8月10日）有限定皮肤，一套648。",
        "#4 深海鲸落 2024-07-15 14:26",
        "@欧皇附体 感谢补充，已编辑进主楼",
        "@云玩家老张 别做梦了，去年七夕那套皮肤到现在都没返场",
        "回复 引用 举报",
    ]
    for chrome in chrome_of(lines):
        assert simple(lines[5]) not in chrome, chrome


def test_a_church_bulletins_sunday_line_is_its_date_and_no_headline() -> None:
    """``2024年3月24日　主日``: the bulletin's day; the headline over it stays the title, not a
    meeting's recurring time under its name (``主日崇拜：每主日上午9:30``)."""
    lines = [
        "基督教恩光堂",
        "主頁　關於我們　聚會時間　週刊　講道重溫　聯絡我們",
        "主頁 > 週刊 > 2024年3月24日",
        "恩光堂主日週刊（第1547期）",
        "2024年3月24日　主日",
        "",
        "【經文】馬可福音 11:1-11",
        "主日崇拜：每主日上午9:30（粵語）、11:30（普通話）",
        "週三祈禱會：逢星期三晚上7:45",
        "1. 受苦節聯合崇拜：3月29日（星期五）上午10時，假本堂禮堂舉行，晚間聚會暫停一次。",
        "2. 復活節崇拜：3月31日上午9:30舉行洗禮及聖餐，受洗者請於本週六（30日）上午10時到堂綵排。",
    ]
    for chrome in chrome_of(lines):
        assert simple("2024年3月24日　主日") in chrome, chrome
    _assert_title(lines, lines[3])


# ---- titles and the page's date ---------------------------------------------------------------


def test_no_title_from_a_poster_cut_at_posted_on() -> None:
    """Discuz's ``豆豆妈2019 发表于 2025-8-26 20:41 | 只看该作者``: the poster, never the headline; the
    thread's question over ``[复制链接]`` is."""
    lines = [
        "南屏家长网",
        "设为首页 收藏本站 找回密码 注册",
        "南屏家长网 » 论坛 › 幼升小 › 新生入学交流",
        "查看: 2874|回复: 35",
        "一年级新生报到时间定了吗？顺便问问要准备啥",
        "[复制链接]",
        "电梯直达",
        "楼主",
        "豆豆妈2019 发表于 2025-8-26 20:41 | 只看该作者 | 倒序浏览",
        "学校群里刚发通知：新生8月30日上午报到，下周一（9月1日）正式开学。",
        "9月1日到5日只上半天，9月8日起才有午托，上班族家长得自己想办法。",
        "班主任让8月31日前在小程序上把信息填好，还要上传一寸照片。",
        "m2 V+ e) Q! o8 h# T",
        "本周五七夕，孩子他爸说要带我们出去吃饭，我哪有心思，书包文具都还没买齐。",
        "回复 使用道具 举报",
        "沙发",
        "乐乐外婆 发表于 2025-8-26 21:05 | 只看该作者",
        "@豆豆妈2019 文具别买太贵的，开学头两天老师会统一发",
        "回复 使用道具 举报",
    ]
    _assert_title(lines, lines[4])


def test_no_title_from_opening_hours_or_a_sentence_cut_at_its_date() -> None:
    """A restaurant's rows (``營業時間`` / ``星期日 07:00-15:00``) and a bulletin's sentence cut at
    its date (``天文台在2025年8月14日…發出之警報：`` → ``天文台在``) are no headlines."""
    shop = [
        "開飯喇 OpenDine",
        "首頁 > 九龍 > 深水埗 > 粵菜 (廣東) > 祥記燒臘茶餐廳",
        "祥記燒臘茶餐廳",
        "4.2 ★★★★☆　(328 食評)　$51-100",
        "深水埗 | 粵菜 (廣東) | 茶餐廳 | 燒味",
        "最後更新：2025年1月20日",
        "",
        "地址：深水埗桂林街88號地舖",
        "電話：2386 7123",
        "營業時間",
        "星期一至六 07:00-21:30",
        "星期日 07:00-15:00",
        "公眾假期 休息",
        "",
        "【農曆新年營業安排】",
        "本店年廿八（1月27日）照常營業至晚上8時，年三十晚提早於下午3時收舖。",
        "大年初一至初三休息三天，年初四（2月1日）起照常營業。",
    ]
    _assert_title(shop, "祥記燒臘茶餐廳")
    bulletin = [
        "香港天文台 Hong Kong Observatory",
        "主頁 | 天氣預報 | 警告及信號 | 熱帶氣旋 | 雷暴及閃電 | 輻射 | 繁 | 简 | EN",
        "主頁 > 天氣 > 警告 > 熱帶氣旋警告信號",
        "熱帶氣旋警報",
        "天文台在2025年8月14日上午10時45分發出之熱帶氣旋警報：",
        "",
        "三號強風信號，現正生效。",
        "在上午10時，熱帶風暴蒼鷺集結在香港之東南約280公里，預料向西北移動。",
        "天文台會考慮在今日下午4時至6時之間改發八號烈風或暴風信號。",
        "天文台提醒市民：",
        "1. 把容易被風吹倒的物件縛緊或移至室內；",
        "2. 留意天文台最新發出的天氣消息。",
        "下一次天氣消息將於上午11時45分發出。",
        "天文台熱線及「我的天文台」應用程式會提供最新消息。",
    ]
    _assert_title(bulletin, "熱帶氣旋警報")


def test_a_ticketing_pages_event_day_is_not_its_date() -> None:
    """``活動時間`` / ``2025/04/19(六) 19:30 開演`` / ``活動地點``: the show's day under its heading,
    kept in the story; the page's date is its update stamp (``本頁更新：2025/02/18 14:00``), so this
    week's Friday is February 21st."""
    lines = [
        "售票趣 TixFun　活動　探索　｜　登入　註冊",
        "首頁 > 音樂 > 演唱會",
        "霧島樂團《潮間帶》巡迴演唱會－台北站",
        "本頁更新：2025/02/18 14:00",
        "",
        "活動時間",
        "2025/04/19(六) 19:30 開演（18:30 開放入場）",
        "活動地點",
        "Legacy Taipei 音樂展演空間",
        "活動介紹",
        "睽違三年，霧島樂團帶著第二張專輯重返台北！這次巡迴4月12日台中、4月19日台北。",
        "樂團官方帳號將於本週五公布台北站限定周邊。",
    ]
    for text in both_scripts("\n".join(lines)):
        article = build_article(text)
        assert article.reference_date.isoformat() == "2025-02-18"
        spans = [(simple(e.text.original), e.start.isoformat()) for e in article.timeline]
        assert ("2025/04/19(六)", "2025-04-19") in spans, spans
        assert ("本周五", "2025-02-21") in spans, spans


def test_a_news_pages_dashed_stamp_motto_tags_and_listed_stories() -> None:
    """i-CABLE's page: the site's motto under its name over the menu, the story's ``- 2025年10月13日``
    (a dash before it: still the page's date), its tags a word a line under its last sentence, and
    the other stories listed each between the same source and stamp rows: chrome; the headline
    is the title and the story's days count from the page's date."""
    lines = [
        "有線新聞 i-CABLE News",
        "24小時無間斷緊貼香港本地及國際新聞，即時報道新聞事件的最新發展。",
        "首頁",
        "港聞",
        "國際",
        "新聞資訊 > 港聞",
        "颱風山茶｜天文台晚上9時40分改發三號波 最快明早考慮八號信號",
        "- 有線新聞",
        "- 2025年10月13日",
        "【有線新聞】颱風「山茶」逐漸增強，天文台今晚9時40分改發三號強風信號。",
        "天文台又指，山茶是繼2018年9月16日超強颱風山竹之後，其中一個較接近本港的秋季颱風。",
        "颱風",
        "天文台",
        "八號風球",
        "- 有線新聞",
        "- 2025年10月13日",
        "颱風山茶｜港鐵：八號風球下露天路段或暫停 地下路段維持服務",
        "- 有線新聞",
        "- 2025年10月13日",
        "重陽節（10月29日）掃墓 食環署：墳場交通安排另行公布",
        "新聞資訊",
        "© 2025 i-CABLE News Limited. All Rights Reserved.",
    ]
    for chrome in chrome_of(lines):
        wanted = {lines[1], "颱風", "天文台", "八號風球", lines[16], lines[19]}
        assert {simple(x) for x in wanted} <= chrome, chrome
        assert simple(lines[10]) not in chrome, chrome
    for text in both_scripts("\n".join(lines)):
        article = build_article(text)
        assert article.reference_date.isoformat() == "2025-10-13"
        assert simple(title_of(text) or "") == simple(lines[6])
        assert not any("重" in simple(e.text.original) for e in article.timeline)


def test_a_letters_close_and_a_polls_choices_are_no_tags() -> None:
    """``此致`` / ``貴家長`` under a circular's last sentence, and a poll's choices under its question,
    stay in the page: no tags."""
    letter = ["請家長於本月20日前交回回條。", "此致", "貴家長", "校長", "陳大文", "2025年3月10日"]
    for chrome in chrome_of(letter):
        assert simple("此致") not in chrome and simple("貴家長") not in chrome, chrome
    poll = ["直播會跟朋友一起連線，食材清單我會提早貼在這裡。", "你們最想先看哪一種？", "南部粽", "北部粽", "鹼粽", "1,024 票"]
    for chrome in chrome_of(poll):
        assert simple("南部粽") not in chrome, chrome


def test_a_public_tv_pages_menu_byline_and_still() -> None:
    """PTS's page: the menu's longer items one a line among the short ones (``P#新聞實驗室``,
    ``公視+``), the reporters' names spaced before ``/ 台北報導``, a still's ``（資料畫面）``: chrome;
    the headline is the title."""
    lines = [
        "公視新聞網 PNN",
        "跳到主要內容區塊",
        *("即時", "政治", "社會", "國際", "生活", "專題"),
        "P#新聞實驗室",
        "公視+",
        "社會",
        "詐團車手案二審改判 高院：被害逾百人 不法所得全數沒收",
        "2024-11-28 16:05",
        "鍾欣妤 林志成 / 台北報導",
        "分享",
        "臺灣高等法院。（資料畫面）",
        "",
        "臺灣高等法院今（28）日宣判一起跨境詐騙集團車手案，二審撤銷原判決，改判有期徒刑6年2月。",
        "法院指出，被害人逾百人，不法所得全數沒收。",
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in ("P#新聞實驗室", "公視+", "鍾欣妤 林志成 / 台北報導", "臺灣高等法院。（資料畫面）")} <= chrome
    _assert_title(lines, lines[11])


def test_a_holidays_day_said_with_its_bracketed_date_is_one_event() -> None:
    """``收假日（4/6）``, ``兒童節當天（4/4）``, ``端午节当天（6月10日）``: the day, by its bracket."""
    spans = agreed_spans(
        ["2026年3月24日", "台鐵提醒，收假日（4/6）下午是尖峰；兒童節當天（4/4）國5北上車多。", "端午节当天（6月19日）照常开放。"]
    )
    assert ("收假日（4/6）", "2026-04-06", "2026-04-06") in spans, spans
    assert ("儿童节当天（4/4）", "2026-04-04", "2026-04-04") in spans, spans
    assert ("端午节当天（6月19日）", "2026-06-19", "2026-06-19") in spans, spans


def test_the_next_sentences_day_goes_on_in_the_stated_days_year() -> None:
    """``于2024年1月16日晚接到来电……。1月17日，他登录平台才发现``: on a page of 2025, the next
    day of the story, in 2024."""
    spans = agreed_spans(["2025-06-20 19:42", "司机黄先生于2024年1月16日晚接到“客服”来电，随即转账1.2万元。1月17日，黄先生登录平台才意识到被骗。"])
    assert ("1月17日", "2024-01-17", "2024-01-17") in spans, spans


def test_the_sites_name_again_over_the_foot_and_a_flash_sidebar_are_chrome() -> None:
    """``每日经济新闻`` alone over the disclaimer, named before the page's stamp; a flash sidebar,
    each time alone over its headline, the latest first: chrome."""
    lines = [
        "每经网",
        "首页",
        "每日经济新闻 2025-04-29 21:15:32",
        "澜川药业一季度营收增长12%",
        "每经记者 王小明",
        "澜川药业29日晚间披露一季报，营收同比增长12%，净利润同比增长9%。",
        "公司表示，一款新药已于今年2月提交上市申请。",
        "电报",
        "11:58",
        "【工信部：加快推进人形机器人标准体系建设】",
        "11:42",
        "【央行今日开展2000亿元7天期逆回购操作】",
        "11:30",
        "【港股午间收盘：恒指涨1.03% 科指涨1.8%】",
        "每日经济新闻",
        "特别声明：文章内容仅供参考，不构成投资建议。",
    ]
    for chrome in chrome_of(lines):
        wanted = {"每日经济新闻", "11:58", "【工信部：加快推进人形机器人标准体系建设】", "【港股午间收盘：恒指涨1.03% 科指涨1.8%】"}
        assert {simple(x) for x in wanted} <= chrome, chrome


def test_an_emoji_bullet_is_the_posts_own_list() -> None:
    """``▶️ 年廿九（1月28日）休息，…``: a post's list under the emoji arrow, not a link to another
    story (``► 想爽玩日本？`` still is one)."""
    lines = [
        "【新年開放時間】各位貓奴注意！",
        "▶️ 年廿九（1月28日）休息，義工都要返屋企食團年飯",
        "▶️ 年初一至年初三全日休息（只有當值義工返嚟餵貓）",
        "▶️ 年初四（2月1日）起恢復正常開放時間",
    ]
    for chrome in chrome_of(lines):
        assert not any(simple(x) in chrome for x in lines[1:]), chrome


def test_image_names_and_qa_topics_and_answerers_are_chrome() -> None:
    """``柚子茶在讀書-avatar-img`` and ``raw-image`` (a picture's name), a Q&A page's topics over its
    question, an answerer's name and bio over the votes: chrome; the question, in clauses with
    ASCII commas, is the title."""
    column = ["讀書小日子", "半年從N4到N2：一個上班族的日檢備考紀錄", "柚子茶在讀書-avatar-img", "柚子茶在讀書", "2025/01/07",
              "先講結果：2024年12月1日考的N2，昨天（1/6）晚上查到成績，過了！", "raw-image", "我是去年6月才開始認真讀日文的。"]
    for chrome in chrome_of(column):
        assert {simple("柚子茶在讀書-avatar-img"), "raw-image"} <= chrome, chrome
    qa = [
        "知乎", "首页", "发现", "等你来答", "提问",
        "劳动法", "春节", "放假安排",
        "2025 年起春节法定假日增加到 4 天,连休 8 天,对普通打工人有什么实际影响?",
        "关注问题", "写回答", "查看全部 326 个回答", "",
        "打工人阿May", "某互联网公司 HRBP", "1,853 人赞同了该回答",
        "先说结论:对大部分人是实打实多了一天假,但调休还在。",
        "律师小周", "劳动法律师", "326 人赞同了该回答",
        "补充一个法律角度:修改后的办法从2025年1月1日起施行。",
    ]
    article = build_article("\n".join(qa))
    chrome = {str(line.original).strip() for line in article.boilerplate}
    assert {"劳动法", "放假安排", "打工人阿May", "某互联网公司 HRBP", "律师小周", "劳动法律师"} <= chrome, chrome
    assert article.title is not None and article.title.original == qa[8]


def test_a_timelines_rows_after_a_stated_span_of_months_keep_its_year() -> None:
    """``2023年3月-6月：数学基础`` / ``7月到8月：专业课`` / ``9月：报名`` on a page of April 2024: the
    rows under the stated span run on in 2023."""
    lines = ["二战考研上岸是一种什么体验？", "发布于 2024-04-01 21:47", "时间线大概是这样的：",
             "2023年3月-6月：数学基础，张宇的18讲刷了两遍", "7月到8月：专业课，每天早上6点起来背书", "9月：报名，同时开始做真题"]
    spans = agreed_spans(lines)
    assert ("7月到8月", "2023-07-01", "2023-08-31") in spans, spans
    assert ("9月", "2023-09-01", "2023-09-30") in spans, spans


def test_forum_lines_with_ascii_commas_and_floors_without_numbers() -> None:
    """Tieba's ``准考证12月9日开始打印,大家别忘了`` (an ASCII comma between clauses) is talk; HKGolden's
    poster over the day-first stamp (``藍月亮`` / ``17/8/2024 02:45``) is chrome, the floor's last
    line stays; the toolbar ``[Youtube 預覽 - 關]  [大字型]  [小字型]`` is chrome."""
    tieba = ["25考研还剩一个多月,政治还一点没背,还有救吗", "本人二战,去年考了341,差复试线6分", "准考证12月9日开始打印,大家别忘了", "回复"]
    for chrome in chrome_of(tieba):
        assert simple(tieba[2]) not in chrome, chrome
    golden = [
        "[公司模式 - 關]  [懷舊模式 - 開]",
        "[Youtube 預覽 - 關]  [大字型]  [小字型]",
        "曼聯開季1:0 贏得好辛苦 今季到底有冇得救",
        "",
        "紅魔死忠廿年",
        "17/8/2024 00:58",
        "尋晚(16號)奧脫福開季戰,85分鐘先入到,贏得好辛苦",
        "",
        "藍月亮",
        "17/8/2024 02:45",
        "哈哈 等埋十月國際賽期之後先講啦",
        "聖誕節前唔跌出頭六我請全台食飯",
        "",
        "路過打醬油",
        "17/8/2024 09:10",
        "睇定啲先",
    ]
    for chrome in chrome_of(golden):
        assert {simple(golden[1]), simple("藍月亮"), simple("路過打醬油")} <= chrome, chrome
        assert simple("聖誕節前唔跌出頭六我請全台食飯") not in chrome, chrome


def test_a_hupu_posts_first_line_under_its_stamp_and_province_is_no_title() -> None:
    """``2024-10-06 23:18 · 江西`` under the headline: the line under it opens the post."""
    lines = ["虎扑", "首页", "篮球", "足球", "步行街", "下载APP", "步行街主干道",
             "国庆回老家被安排了五场相亲,说说我的见闻", "脚踏实地的阿强", "2024-10-06 23:18 · 江西", "",
             "坐标江西上饶,在杭州上班,28岁", "9月30号晚上下班直接坐高铁回家,10月1号一早我妈就说下午约了人"]
    assert simple(title_of("\n".join(lines)) or "") == simple(lines[7])


def test_cantonese_ask_and_together_are_no_dates() -> None:
    """``想問下年三十晚``: 問下 is "ask", the night is 年三十晚 (no 下年, next year); ``星期六一齊去``:
    the weekday, then 一齊 (no 六一, Children's Day)."""
    spans = agreed_spans(["2024年2月1日", "想問下年三十晚有冇中菜館開？屋企人話嗰個星期六一齊去飲茶。"])
    assert ("年三十晚", "2024-02-09", "2024-02-09") in spans, spans
    assert not any(s[0] in ("下年", "六一") for s in spans), spans


def test_days_with_hao_in_lists_and_with_their_weekdays() -> None:
    """``7号周日还要上班``, ``只能5号、6号出去``, ``那就5号白天…``: days; ``公車2號、19號``: routes."""
    lines = ["2024年4月10日", "清明小长假是4月4日到6日,7号周日还要上班。", "所以只能5号、6号出去。", "那就5号白天天目湖,6号晚上淹城夜场。",
             "請多利用台南市公車2號、19號。"]
    spans = agreed_spans(lines)
    assert ("7号", "2024-04-07", "2024-04-07") in spans or ("7号周日", "2024-04-07", "2024-04-07") in spans, spans
    assert [s[0] for s in spans].count("5号") == 2 and [s[0] for s in spans].count("6号") == 2, spans
    assert not any(s[0] == "19号" for s in spans), spans


def test_a_table_framed_by_bars_is_the_notices_own() -> None:
    """``| 日期 | 星期 | 門診 | 備註 |`` / ``| 1/25 | 六 | 上午診 | … |``: the table's rows stay in
    the notice, and their days are events."""
    lines = [
        "2026年1月20日",
        "本院春節期間門診時間調整如下：",
        "| 日期 | 星期 | 門診 | 備註 |",
        "| --- | --- | --- | --- |",
        "| 1/25 | 六 | 上午診 | 僅開家醫科、內科 |",
        "| 2/2 | 日 | 休診 | |",
        "| 2/3 | 一 | 恢復正常門診 | |",
        "如有疑問請洽服務台。",
    ]
    for chrome in chrome_of(lines):
        assert not any(simple(x) in chrome for x in (lines[2], lines[4], lines[6])), chrome
    # (days written 2/3 are read so in Taiwan's and Hong Kong's text)
    days = [(simple(e.text.original), e.start.isoformat()) for e in build_article("\n".join(lines)).timeline]
    assert ("2/3", "2026-02-03") in days and ("1/25", "2026-01-25") in days, days


def test_a_press_releases_date_under_its_end_mark_is_its_date() -> None:
    """``其他事項`` over a paragraph is the release's own section, no list of links: the
    ``2024年1月30日（星期二）`` under ``完`` is the page's date."""
    lines = [
        "香港特別行政區政府 新聞公報",
        "銅鑼灣年宵市場期間特別交通安排",
        "　　運輸署今日（一月三十日）公布，銅鑼灣區將由二月四日至二月十日實施特別交通安排。",
        "封路安排",
        "　　由二月四日至八日，每日下午六時至翌日凌晨二時，告士打道部分行車線將會封閉。",
        "　　由二月八日至十日，興發街及景隆街將全日封閉，只准緊急車輛通過。",
        "公共交通安排",
        "　　港鐵將於年三十晚（二月九日）通宵行駛港島綫及荃灣綫，並加密班次。",
        "　　往來銅鑼灣及中環的公共小巴，將於二月九日晚上九時起改道行駛。",
        "新春煙花匯演",
        "　　另外，年初二（二月十一日）晚上八時將於維多利亞港舉行新春煙花匯演，屆時會有交通管制。",
        "其他事項",
        "　　運輸署呼籲前往年宵市場的市民使用公共交通工具，並預留充足時間，以免延誤行程。",
        "完",
        "2024年1月30日（星期二）",
        "香港時間15時30分",
        "今日新聞 | 新聞公報索引 | 返回頁首",
    ]
    assert page_dates(lines)[0].isoformat() == "2024-01-30"


def test_syllabus_weeks_periods_and_a_festival_glued_to_its_day() -> None:
    """``第7周周五（4月4日）``: the week and its day, one event; ``周一第1-2节``: every week's class;
    ``小年夜1/27``: the eve and its own day, one event."""
    lines = ["2025年1月10日", "1. 第7周周五（4月4日）为清明节，停课一次。", "上课时间地点：周一第1-2节、周五第3-4节，教三-201",
             ]
    spans = agreed_spans(lines)
    assert ("第7周周五（4月4日）", "2025-04-04", "2025-04-04") in spans, spans
    assert not any(s[0] in ("周一", "周五") for s in spans), spans
    fair = ["2025年1月10日", "年貨大街每日 11:00 開市，小年夜1/27提早至18:00收攤。"]
    days = [(simple(e.text.original), e.start.isoformat()) for e in build_article("\n".join(fair)).timeline]
    assert ("小年夜1/27", "2025-01-27") in days, days


def test_a_shops_and_a_museums_widgets_are_chrome() -> None:
    """A booking widget's days and what is left (``今天 04-22 周二 余票充足``, ``05-01 周四 未开放预约``)
    under ``选择参观日期``, a shop's other products (``… ¥268　月销 2000+``) under ``宝贝推荐``, the
    accounts row (``微博：@… 小红书：@… 抖音号：…``), ``扫码关注“…”公众号 ｜ 抖音@…``, ``上載日期：…``,
    ``建議使用 1024x768 以上解析度…``: chrome, and no events; a phone's screen spec stays."""
    lines = [
        "国庆期间开放安排：10月1日至7日照常开放，请提前预约。",
        "选择参观日期",
        "今天 04-22 周二 余票充足",
        "明天 04-23 周三 余票充足",
        "05-01 周四 未开放预约",
        "宝贝推荐",
        "武夷岩茶·大红袍 礼盒装 250g　¥268　月销 2000+",
        "福鼎白茶 2019年寿眉 老白茶　¥158　月销 1500+",
        "微博：@山野茶舍官方　小红书：@山野茶舍　抖音号：shanyechashe",
        "扫码关注“枫林社区”公众号　｜　抖音@枫林社区小枫",
        "上載日期：2025年10月14日",
        "建議使用 1024x768 以上解析度，支援 Edge、Chrome、Firefox 瀏覽器",
        "屏幕：6.78 英寸 2800×1260 分辨率，1-120Hz LTPO",
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in lines[1:12]} <= chrome, chrome
        assert simple(lines[12]) not in chrome, chrome


def test_a_deadlines_clock_is_no_stamp_and_a_years_documents_are_no_events() -> None:
    """``2月9日（腊月廿二）16:00前付款的订单当天发出``: a deadline, the day an event; ``113年度營業報告``,
    ``113年度盈餘分配案`` name documents; ``三八妇女节插花沙龙`` an activity on its own day."""
    lines = ["2026年1月20日", "亲爱的顾客，春节将至，本店发货安排如下。", "江浙沪皖：2月9日（腊月廿二）16:00前付款的订单当天发出"]
    spans = agreed_spans(lines)
    assert ("2月9日（腊月廿二）", "2026-02-09", "2026-02-09") in spans, spans
    filing = ["114年3月11日", "本公司股東常會承認事項：(1)113年度營業報告書及財務報表案。(2)113年度盈餘分配案。"]
    days = [simple(e.text.original) for e in build_article("\n".join(filing)).timeline]
    assert "113年度" not in days, days
    spans = agreed_spans(["2025年3月1日", "3月8日（周六）下午举办三八妇女节插花沙龙，欢迎报名。"])
    assert [s[0] for s in spans] == ["3月8日（周六）"], spans


def test_a_handle_alone_on_its_line_is_whole() -> None:
    """``@星光糖_林屿应援站`` alone on its line over a post: the account's whole name, not cut where a
    name the page mentions (林屿) ends."""
    lines = ["转发微博", "@星光糖_林屿应援站", "【林屿生日应援｜线下活动公告】感谢大家一直以来的陪伴！", "今天是林屿生日。"]
    for text in both_scripts("\n".join(lines)):
        article = build_article(text)
        handles = {simple(b.handle.original) for b in (*article.bloggers, *article.credited)}
        assert handles == {"星光糖_林屿应援站"}, handles


def test_a_temples_lunar_day_in_numerals_is_dated_by_its_solar_bracket() -> None:
    """``七月十三日（8/16）星期五`` in a temple's programme: the lunar day, by its bracket (no July 13th),
    and its weekday no day of its own."""
    lines = ["113年8月2日", "本宮謹訂於農曆七月十三日至十五日舉行中元普渡法會。", "七月十三日（8/16）星期五　上午8時　起鼓、灑淨",
             "七月十五日（8/18）星期日　上午9時　普施"]
    days = [(simple(e.text.original), e.start.isoformat()) for e in build_article("\n".join(lines)).timeline]
    assert ("七月十三日（8/16）", "2024-08-16") in days and ("七月十五日（8/18）", "2024-08-18") in days, days
    assert not any(d[0] in ("星期五", "星期日", "七月十三日") for d in days), days


def test_a_day_a_plan_is_moved_to_is_still_to_come() -> None:
    """``真的下雨就改18號吃月餅`` on September 13th: the coming 18th, where the plan moves."""
    spans = agreed_spans(["2024年9月13日", "阿嘉: 真的下雨就改18號吃月餅配火鍋啦"])
    assert ("18号", "2024-09-18", "2024-09-18") in spans, spans


def test_numbers_and_names_the_new_rules_leave_alone() -> None:
    """``5号休息室``, ``3号食堂``: rooms, no days; ``2024年度 业绩报告``: a report's name; a blog's sign-off
    (``小鹿`` / ``于杭州``) under its last sentence is no row of tags; ``健身心得：每天跑步30分钟就够了`` is
    a headline (only a meeting's weekday and hour under its name is none)."""
    spans = agreed_spans(["2025年2月1日", "请到5号休息室等候，我在3号食堂吃饭。", "公司发布2024年度 业绩报告。"])
    assert spans == [], spans
    blog = ["第一次带爸妈去西湖，走了一整天。", "我们计划明年春天再来。", "小鹿", "于杭州", "© 2025 小鹿的博客"]
    for chrome in chrome_of(blog):
        assert simple("于杭州") not in chrome and simple("小鹿") not in chrome, chrome
    lines = ["健身心得：每天跑步30分钟就够了", "2025-03-01 08:00", "坚持跑步一年后，我的体重降了十公斤，睡眠也好了很多。"]
    assert title_of("\n".join(lines)) == lines[0]


def test_a_tour_pages_counters_links_and_days() -> None:
    """A tour's page: its number and update stamp, its licence, its views, the agency's other tours
    under ``其他推介`` and its accounts row are chrome; each day and its route (``第1天　香港 ✈ 福岡 →
    太宰府天滿宮``) stays; a licence field followed by talk is no licence."""
    lines = [
        "團號：KJ5E-0418　最後更新：2025年2月10日",
        "福岡春日賞櫻5天團，4月18日出發，尚餘8個位。",
        "第1天　香港 ✈ 福岡 → 太宰府天滿宮 → 福岡市區",
        "早上乘搭航班前往福岡，午餐後參觀太宰府天滿宮，晚上入住市區酒店。",
        "第5天　福岡 → 香港",
        "早餐後自由活動，下午前往機場乘搭航班返回香港。",
        "此團已有 326 人瀏覽",
        "其他推介",
        "【賞楓】京都大阪奈良5天團　11月出發",
        "Facebook ｜ Instagram @eastour_hk ｜ YouTube",
        "旅行代理商牌照號碼：352XXX",
    ]
    for chrome in chrome_of(lines):
        wanted = {lines[0], lines[6], lines[7], lines[8], lines[9], lines[10]}
        assert {simple(x) for x in wanted} <= chrome, chrome
        assert not {simple(x) for x in (lines[2], lines[4])} & chrome, chrome
    assert classify("這間店的牌照號碼：我也不知道") is not Kind.CHROME
