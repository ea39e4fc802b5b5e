"""Shapes the thirty-sixth session's read sets showed: a weather story's Saturday dated once and
named again, a holiday's name before next week's day, a weekly report's numbered week, next year's
holiday notice (a festival heading its days, a festival and its weekday in one bracket), a share
row's label alone over its networks, a picture's kind alone where it stood, a reporter's caption
credit, bracketed credit labels and a finance story's caveat, and a subheading that merely holds a
button's word.  The texts are written for these tests in the shapes such pages have, each read in
both scripts unless the rule is one place's alone."""

from __future__ import annotations

from datetime import date

from tests.article_probes import agreed_spans, chrome_of, simple, spans_of, title_of
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article

# ---- dates -----------------------------------------------------------------------------------


def test_a_weekday_dated_before_is_that_day_again() -> None:
    """``週六(2/8)至週日(2/9)清晨最冷……影響到下週一(2/10)`` then, a paragraph on, ``週六清晨``:
    the Saturday the story dated, not next week's; a weekday dated as another week's
    (``上週六（2/1）``) leaves this week's bare Saturday alone."""
    lines = [
        "2025年2月6日",
        "氣象署表示，週六(2/8)至週日(2/9)清晨最冷，預估一路影響到下週一(2/10)，下週二起才回暖。",
        "分析師指出，週六清晨可能出現入冬以來最低溫，提醒民眾週末外出注意保暖。",
    ]
    spans = agreed_spans(lines)
    assert ("周六", "2025-02-08", "2025-02-08") in spans, spans
    assert ("周末", "2025-02-08", "2025-02-09") in spans, spans
    filler = "館方指出，今年展覽以在地產業為題，展出農具與老照片共三百餘件。"
    other = ["2025年2月6日", "上週六（2/1）預展人潮不多。", filler, filler, "館方說，週六開幕當天有兩場導覽。"]
    assert ("周六", "2025-02-08", "2025-02-08") in agreed_spans(other)


def test_a_holidays_name_before_next_weeks_day_leaves_the_day_its_own() -> None:
    """``清明連假下週四（4/3）登場``: next Thursday, April 3rd, an event of its own (not the
    holiday's weekday, swallowed by it); ``3月15日（本週六）`` stays one date with its bracket."""
    lines = ["2025年3月27日", "高公局表示，清明連假下週四（4/3）登場，3月15日（本週六）已試辦。"]
    spans = agreed_spans(lines)
    assert ("下周四（4/3）", "2025-04-03", "2025-04-03") in spans, spans
    assert any(s[0].startswith("3月15日（本周六）") for s in spans), spans


def test_a_weekly_reports_numbered_week_is_the_years_iso_week() -> None:
    """``今年第2周`` on a page of January 2025 is January 6th to 12th (ISO weeks, Monday first,
    week 1 holding January 4th); ``2024年第52周`` is December 23rd to 29th; ``第3周周五``, a
    syllabus's, is no week of a year."""
    lines = [
        "2025年1月15日",
        "数据显示，今年第2周全国生猪出场价格与玉米价格的比价为7.12∶1，2024年第52周为7.05∶1。",
        "课程表上，第3周周五交实验报告。",
    ]
    spans = agreed_spans(lines)
    assert ("今年第2周", "2025-01-06", "2025-01-12") in spans, spans
    assert ("2024年第52周", "2024-12-23", "2024-12-29") in spans, spans
    assert not any(s[0].startswith("第3周") for s in spans), spans


def test_next_years_holiday_notice() -> None:
    """A notice of next year's holidays, published in November: ``清明节，4月4日（周五）至6日``
    and ``国庆节、中秋节，10月1日…`` head their days, so each festival is next year's; a date's
    bracket may hold the festival and the weekday (``1月28日（农历除夕、周二）至2月4日``), one
    range.  Taiwan's 兒童節 (April 4th) keeps its own day."""
    lines = [
        "2024年11月12日",
        "国务院办公厅发布通知，公布部分节假日具体安排。",
        "春节，1月28日（农历除夕、周二）至2月4日（周二）放假调休，共8天。",
        "清明节，4月4日（周五）至6日（周日）放假，共3天。",
        "国庆节、中秋节，10月1日（周三）至8日（周三）放假调休，共8天。",
    ]
    spans = agreed_spans(lines)
    assert ("1月28日（农历除夕、周二）至2月4日（周二）", "2025-01-28", "2025-02-04") in spans, spans
    assert ("清明节", "2025-04-04", "2025-04-04") in spans, spans
    assert ("中秋节", "2025-10-06", "2025-10-06") in spans, spans
    # (National Day is the mainland's October 1st in the Simplified page, Taiwan's 10th in the
    # Traditional one: next year's either way)
    simplified, traditional = spans_of(lines)
    assert ("国庆节", "2025-10-01", "2025-10-01") in simplified, simplified
    assert ("国庆节", "2025-10-10", "2025-10-10") in traditional, traditional
    tw = spans_of(["2024年3月20日", "今年清明節（4月4日）適逢兒童節，4月4日至7日連放4天。"])[1]
    assert ("儿童节", "2024-04-04", "2024-04-04") in tw, tw


# ---- chrome ----------------------------------------------------------------------------------

_STORY = "天文台表示，紅色暴雨警告信號會維持至少至上午11時，預料今晚仍有大驟雨，市民應提高警覺。"
_MORE = "天文台預測，低壓槽會在周末徘徊華南沿岸，下周一至周三驟雨稍為減少，氣溫略為回升。"


def test_a_share_rows_label_alone_holds_its_networks() -> None:
    """``分享`` alone, then ``WhatsApp`` / ``Facebook`` a line each (``分享到`` / ``微信`` / ``微博``):
    the share row's items, chrome; a word that is no network under it stays the page's."""
    lines = ["紅雨｜天文台發入夏首個紅雨", "分享", "WhatsApp", "Facebook", "", _STORY, "", "分享到", "微信", "微博", "", _MORE]
    for chrome in chrome_of(lines):
        assert {"WhatsApp", "Facebook", "微信", "微博"} <= chrome, chrome
    lines = ["紅雨｜天文台發入夏首個紅雨", "分享", "陳小姐", "", _STORY]
    for chrome in chrome_of(lines):
        assert "陈小姐" not in chrome, chrome


def test_a_pictures_kind_alone_and_a_reporters_caption_credit_are_chrome() -> None:
    """``資料圖片``, ``视频截图``, ``示意圖`` alone where the picture stood, and a caption that ends
    in its reporter's credit (``…在盐官观潮。潮新闻记者 摄``, ``…。本报记者 张三 李四 摄``)."""
    lines = [
        "紅雨警告",
        _STORY,
        "",
        "資料圖片",
        "",
        _MORE,
        "视频截图",
        "示意圖",
        "2024年9月20日，游客在盐官观潮。潮新闻记者 摄",
        "游客在盐官观潮。本报记者 张三 李四 摄",
        _MORE,
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in lines[3:4] + lines[6:10]} <= chrome, chrome
        assert simple(_MORE) not in chrome


def test_bracketed_credit_labels_and_a_finance_caveat_are_chrome() -> None:
    """``【作者】刘倩`` under the story, and ``※本新聞內容僅供參考，投資人應獨立判斷，審慎投資。``."""
    lines = [
        "晶耀科公告董事會通過發放現金股利",
        _STORY,
        "【作者】刘倩",
        "【责任编辑】王小明",
        "※本新聞內容僅供參考，投資人應獨立判斷，審慎投資。",
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in lines[2:]} <= chrome, chrome


def test_a_subheading_holding_a_buttons_word_is_the_storys() -> None:
    """``議員關注 建築費用需嚴控`` over a caption: a subheading in two parts, its 關注 a verb after its
    subject, no follow button; ``某某的小厨房　+关注`` and ``回覆 2# 某某`` are still buttons' rows."""
    lines = [
        "屯門醫院擴建撥款獲通過",
        _STORY,
        "",
        "議員關注 建築費用需嚴控",
        "",
        "■醫務衞生局官員昨日出席財委會會議，解答議員提問。香江時報記者 攝",
        "",
        _MORE,
    ]
    for chrome in chrome_of(lines):
        assert "议员关注 建筑费用需严控" not in chrome, chrome
        assert simple(lines[5]) in chrome, chrome


# ---- posts (A) -------------------------------------------------------------------------------


def test_a_threads_posts_numbered_parts_in_brackets_are_no_dates() -> None:
    """``（1/4）……``, ``（2/4）……``: a thread's parts, numbered, each opening its post; ``12/27（五）``
    in the same post is a day."""
    lines = [
        "2024-12-20",
        "（1/4）樂團小巨蛋終於公布了！！！售票是12/27（五）中午12點。",
        "（2/4）整理一下目前知道的。",
        "（3/4）有人要組搶票團的嗎？",
    ]
    spans = agreed_spans(lines)
    assert [s[0] for s in spans] == ["12/27（五）"], spans


def test_a_festivals_next_day_and_a_years_new_years_eve() -> None:
    """``聖誕節隔天`` is December 26th, one expression; ``去年跨年那場`` is last year's December 31st;
    ``一起跨年``, ``跨年演唱會`` are an activity and a show, no day."""
    lines = [
        "2024年12月20日",
        "會員預購提早一天，也就是聖誕節隔天中午。",
        "去年跨年那場 livehouse 的錄影會上串流，我們今年也想一起跨年，去年跨年演唱會超好看。",
    ]
    spans = agreed_spans(lines)
    assert ("圣诞节隔天", "2024-12-26", "2024-12-26") in spans, spans
    assert ("去年跨年", "2023-12-31", "2023-12-31") in spans, spans
    assert len([s for s in spans if "跨年" in s[0]]) == 1, spans


def test_a_day_in_hao_after_a_plan_and_before_leave() -> None:
    """``我預計27號請半天假``: a day (after 預計, before 請…假)."""
    spans = agreed_spans(["2024年12月20日", "我預計27號請半天假，在家三開搶票。"])
    assert ("27号", "2024-12-27", "2024-12-27") in spans, spans


def test_see_you_on_the_pages_own_weekday_is_next_weeks() -> None:
    """``禮拜五見`` in a post of Friday the 20th: the next Friday, the 27th; ``要等周四验完房`` on a
    Sunday: the coming Thursday."""
    spans = agreed_spans(["2024年12月20日", "以上，晚安，禮拜五見（搶票戰場上見）"])
    assert ("礼拜五", "2024-12-27", "2024-12-27") in spans, spans
    spans = agreed_spans(["2023年8月27日", "房東說要等周四驗完房才退押金，祈禱別扣錢。"])
    assert ("周四", "2023-08-31", "2023-08-31") in spans, spans


def test_the_weekday_a_day_named_before_falls_on() -> None:
    """``北京站是下個月18號`` … ``北京站那天正好周五``: the 18th, which is a Friday."""
    lines = [
        "2025年3月10日",
        "北京站是下個月18號，工作日晚上，我大概率會請假衝。",
        "好耶！北京站那天正好周五，我請半天假。",
    ]
    spans = agreed_spans(lines)
    assert ("周五", "2025-04-18", "2025-04-18") in spans, spans


def test_month_dot_days_done_or_begun() -> None:
    """``（12.1开始）``, ``12.22考完的``, ``5.3爬的华山``: days; ``Python 3.8开始支持`` is a version."""
    lines = ["2024年12月25日", "最后20天（12.1开始）作息：我也是12.22考完的，5.3爬的华山。", "Python 3.8开始支持这个写法。"]
    spans = agreed_spans(lines)
    assert [s[0] for s in spans] == ["12.1", "12.22", "5.3"], spans


def test_a_month_cake_is_no_last_month() -> None:
    """``前天就吃上月饼了``: 吃上 and 月饼, no 上月; ``上月初`` is."""
    spans = agreed_spans(["2024年9月18日", "我们这边前天就吃上月饼了，上月初还没有。"])
    assert [s[0] for s in spans] == ["上月初", "前天"] or [s[0] for s in spans] == ["前天", "上月初"], spans


def test_a_chats_day_divider_in_words_is_chrome() -> None:
    """``今天`` over ``上午10:05`` in a LINE account's chat: the app's divider, chrome, no day."""
    lines = [
        "LINE",
        "阿嬤ㄟ粿仔店",
        "2024.06.05 星期三",
        "下午3:12",
        "各位好友午安～今年端午節（6月10日）就快到了，本店營業時間調整如下。",
        "今天",
        "上午10:05",
        "感謝大家熱情預購！南部粽已全數額滿，北部粽還有少量。",
    ]
    for chrome in chrome_of(lines):
        assert "今天" in chrome, chrome


def test_a_posts_head_and_foot_on_social_pages() -> None:
    """A tagged place under the follow button over a caption that opens with the account
    (``台北市大同區``), a writer's bio between the account and the stamp, a writing platform's call
    (``喜歡我的文章嗎？`` / ``別忘了給點支持與讚賞，…`` / ``支持作者`` / ``拍手``), credits (``包裝插畫 by
    @…``, ``🎨 menu設計 @…``, ``拍攝剪輯：@…``) and a plurk's ``喜愛``."""
    ig = ["Instagram", "首頁", "搜尋", "探索", "Reels", "訊息", "通知", "建立", "個人檔案", "wheatcat.bakery", "•", "追蹤",
          "台北市大同區", "wheatcat.bakery 🧧 2月營業時間公告 🧧",
          "謝謝大家這一年的照顧！年前最後一波預購已經截止，目前訂單都在趕工中。",
          "包裝插畫 by @mochi.draws_tw", "🎨 menu設計 @inkydoodle.hk", "拍攝剪輯：@shen_vlog"]  # fmt: skip
    for chrome in chrome_of(ig):
        assert {simple(x) for x in ig[12:13] + ig[15:]} <= chrome, chrome
    matters = ["Matters", "首頁", "食物銀行的星期六：一年義工筆記", "阿桂在荃灣", "@kwai_tsuen",
               "週末做義工的社工系畢業生，寫日常小事。", "2023-11-26 21:40", "IPFS",
               "去年十一月底第一次踏入那間食物銀行的倉庫時，我以為自己只會來一次。", "謝謝你讀到這裡。",
               "喜歡我的文章嗎？", "別忘了給點支持與讚賞，讓我知道創作的路上有你陪伴。", "支持作者", "128", "拍手"]  # fmt: skip
    for chrome in chrome_of(matters):
        assert {simple(x) for x in [matters[5], matters[7], *matters[10:13], matters[14]]} <= chrome, chrome
        assert simple(matters[8]) not in chrome
    plurk = ["Plurk 噗浪", "貓奴小雨", "@rainy_meow", "覺得", "家裡那隻橘貓今天終於拿到健檢報告了。", "2025年4月13日 下午 11:08",
             "小森 分享", "這篇有整理腎貓的飲水技巧，我自己覺得很實用", "貓奴小雨 喜愛", "@mori_forest 感謝！！存起來了"]  # fmt: skip
    for chrome in chrome_of(plurk):
        assert simple("貓奴小雨 喜愛") in chrome, chrome


def test_a_videos_tags_between_its_chapters_and_its_counts_are_chrome() -> None:
    """``02:15 大雁塔`` … / ``vlog`` / ``旅行`` / ``西安`` / ``五一`` / ``点赞 8.7万``: the video's tags,
    chrome (and ``五一`` no day)."""
    lines = [
        "哔哩哔哩",
        "五一西安华山vlog｜人从众的三天",
        "4月30日晚下班直接冲机场，落地已经凌晨一点，第二天就被大雁塔的人潮教做人了。",
        "剪到昨天凌晨才剪完，如果有地名说错的欢迎指正。",
        "商务合作：bili_xiaoyu@163.com",
        "00:00 出发",
        "02:15 大雁塔",
        "05:40 大唐不夜城",
        "vlog",
        "旅行",
        "西安",
        "五一",
        "点赞 8.7万",
        "投币 2.1万",
        "评论 1026",
        "一只咸鱼想翻身",
        "我也是那天爬的华山！！说不定擦肩而过了，人多到要排队拍照。",
        "2024-05-06 21:13",
        "回复",
        "小鹿今天也要早起",
        "大唐不夜城晚上真的人山人海，建议早点去占位，我们九点到已经挤不进去了。",
        "2024-05-06 22:40",
        "回复",
        "西安本地人",
        "回民街的小吃其实要往里面走，门口那几家都是做游客生意的，大家别踩坑。",
        "2024-05-07 08:02",
        "回复",
    ]
    for chrome in chrome_of(lines):
        assert {"vlog", "旅行", "西安", "五一"} <= chrome, chrome
    assert not any(s[0] == "五一" for s in agreed_spans(lines))


# ---- forum threads (B) -----------------------------------------------------------------------


def test_a_signature_in_parts_over_a_floors_buttons_is_chrome() -> None:
    """``兄弟象加油 ⚾ 2013年開始進場的老球迷``, ``樂仔 2018/10/3 🎂 | 樂妹 2021/4/15 🎂`` over 回覆 / 引用:
    the poster's signature (no dates); ``詳細看板務公告 → @某某 有置頂`` is a sentence."""
    lines = [
        "[揪團] 4/5 主場有人要一起嗎",
        "作者 baseball_fan",
        "我打算買內野B區，目前算起來4張要8000左右，有人要一起的可以留言。",
        "兄弟象加油 ⚾ 2013年開始進場的老球迷",
        "回覆",
        "引用",
        "評分",
        "家裡兩個小朋友今年都要派位，想問下各位過來人叩門幾時開始。",
        "樂仔 2018/10/3 🎂 | 樂妹 2021/4/15 🎂",
        "回覆",
        "引用",
        "讚好",
    ]
    for chrome in chrome_of(lines):
        assert {simple(lines[3]), simple(lines[8])} <= chrome, chrome
        assert "评分" in chrome, chrome  # (a floor's buttons one a line: 回覆 / 引用 / 評分)
    assert not any(s[0] in ("2013年", "2018/10/3", "2021/4/15") for s in agreed_spans(lines))


def test_a_boards_name_and_a_posters_sex_in_the_head_are_chrome() -> None:
    """``租屋`` / ``租屋板`` over the thread, ``星穹旅途 哈啦板`` / ``文章列表`` / ``精華區``, ``職場台``, and
    Dcard's ``女`` under the headline: chrome, and the headline is the title."""
    lines = [
        "Dcard",
        "首頁",
        "熱門看板",
        "登入 / 註冊",
        "租屋",
        "租屋板",
        "押金被扣一半，只因為牆上有膠帶痕跡？這樣合理嗎",
        "女",
        "國立臺北科技大學",
        "2024年3月5日 22:41",
        "先說我是第一次在外面租房，真的很不甘心所以上來問問大家。",
        "我去年9月1日簽約，租期一年，房租8500、押金兩個月17000。",
    ]
    for chrome in chrome_of(lines):
        assert {"租屋", "租屋板", "女"} <= chrome, chrome
    for text in both_scripts("\n".join(lines)):
        assert simple(title_of(text) or "") == simple(lines[6])


def test_lihkg_votes_and_a_tieba_floors_head_are_chrome() -> None:
    """``▲ 35 ▼ 0`` under a reply; ``回复:<the headline>`` heading a floor, with its poster and level
    under it; ``全部回帖``, 知乎's ``被浏览``."""
    lines = [
        "婺源吧",
        "国庆想去婺源看晒秋，10月3号出发人会不会爆多？",
        "只看楼主",
        "有去过的吧友说说，先谢了！",
        "▲ 35 ▼ 0",
        "来自iPhone客户端1楼2024-09-18 21:33",
        "回复:国庆想去婺源看晒秋，10月3号出发人会不会爆多？",
        "婺源本地老王",
        "12",
        "这次晒秋节开幕是9月21日，国庆那几天确实人山人海，建议一早7点前进山。",
        "全部回帖",
        "被浏览",
        "1,024,566",
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in [lines[4], *lines[6:9], lines[10], lines[11]]} <= chrome, chrome


def test_a_posters_rank_and_card_are_chrome_not_a_shops_branch() -> None:
    """``zhanglab2024`` / ``金虫 (小有名气)`` / ``应助: 0 (幼儿园)`` / ``金币: 1234``, ``化学小白兔`` /
    ``新虫 (初入文坛)`` / ``3楼…``, ``送红花一朵``: the poster's card; ``周记砂锅（门东店）`` under
    ``【店铺信息】`` is the post's."""
    lines = [
        "小木虫论坛 » 考研 » 考研调剂",
        "[调剂] 华东某211高校材料学院课题组接收调剂，3月28日前联系",
        "查看: 3216 | 回复: 27",
        "zhanglab2024",
        "金虫 (小有名气)",
        "应助: 0 (幼儿园)",
        "金币: 1234",
        "1楼2024-03-18 10:22:35",
        "本课题组主要做新能源材料，目前还有2个学硕调剂名额，有意向的同学请于3月28日前联系。",
        "送红花一朵",
        "回复此楼",
        "化学小白兔",
        "新虫 (初入文坛)",
        "3楼2024-03-18 14:47:30",
        "同求，学长你们学校复试线出来了吗？我们学校说下周一才出。",
        "【店铺信息】",
        "周记砂锅（门东店）",
        "地址：秦淮区某某路18号，人均60元左右，排队大概半小时。",
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in [*lines[3:7], lines[9], lines[11], lines[12]]} <= chrome, chrome
        assert simple(lines[16]) not in chrome, chrome


def test_a_floors_first_line_under_an_accounts_stamp_is_the_post() -> None:
    """``ray_chen0815`` / ``2024-10-21 09:42`` / ``#1`` / ``先附上基本資料:``: the post's first line,
    its poster named over the stamp; and a deadline's day and hour (``使用期限到2025/3/21 23:59``)
    is the post's, no stamp."""
    lines = [
        "Mobile01",
        "iPhone 15 Pro 電池健康度掉很快正常嗎",
        "ray_chen0815",
        "2024-10-21 09:42",
        "#1",
        "先附上基本資料:",
        "去年9月22日首賣當天在門市買的，一直都是用原廠充電器。",
        "直播兌換碼 SV23LIVE0314,使用期限到2025/3/21 23:59",
        "上個月開始發現電量掉很快，下午三點多就剩30%。",
    ]
    for chrome in chrome_of(lines):
        assert simple(lines[5]) not in chrome and simple(lines[7]) not in chrome, chrome


def test_forum_days_in_their_shapes() -> None:
    """Hong Kong's day-first slash dates once one can only be so (``29/3(星期五)…1/4晚機``); a
    range whose first day leaves its 日 to the last (``3月29至4月1號``); ``有冇除夕(2月9日)…`` is a
    question, the eve its bracket's day; ``12月25日正好周一``; ``過完年2月4日起``; a day in 號 before
    睇完 or 回杭州; ``7.12开``; ``維護時間:3/19 06:00~11:00``."""
    hk = ["2024年3月10日", "打算29/3(星期五)早機飛桃園，1/4晚機返香港。", "你3月29至4月1號應該冇問題，咁我8號睇完結果再算。"]
    spans = agreed_spans(hk)
    assert ("29/3(星期五)", "2024-03-29", "2024-03-29") in spans, spans
    assert ("1/4", "2024-04-01", "2024-04-01") in spans, spans
    assert ("3月29至4月1号", "2024-03-29", "2024-04-01") in spans, spans
    assert any(s[0] == "8号" for s in spans), spans  # (the month just named's, or the page's)
    cn = [
        "2023年12月11日",
        "有没有除夕(2月9日)晚上还能订到10人包厢的？圣诞大战12月25日正好周一。",
        "所以改成10月3号早上出发，住到6号，7号回杭州。夜航者的专武池也是7.12开，别梭哈。",
        "過完年2月4日起恢復原本的方案，維護時間:3/19 06:00~11:00。",
    ]
    spans = agreed_spans(cn)
    assert ("除夕(2月9日)", "2024-02-09", "2024-02-09") in spans, spans
    assert ("周一", "2023-12-25", "2023-12-25") in spans, spans
    assert ("7号", "2023-10-07", "2023-10-07") in spans, spans
    assert ("7.12", "2023-07-12", "2023-07-12") in spans, spans
    assert ("2月4日", "2024-02-04", "2024-02-04") in spans, spans
    assert ("3/19", "2024-03-19", "2024-03-19") in spans, spans


# ---- other shapes (C) ------------------------------------------------------------------------


def test_a_banks_table_of_days_with_weekday_and_lunar_day_in_one_bracket() -> None:
    """``2月14日（星期六，年廿七）``, ``2月16日（星期一，年廿九／除夕）``: the date, its bracket saying
    what day it is; one event each, no second one for the lunar day."""
    lines = [
        "農曆新年假期服務安排",
        "2026年2月5日",
        "本行分行及各項銀行服務將作以下安排，敬請客戶預早處理所需交易：",
        "日期 | 分行營業時間",
        "2月14日（星期六，年廿七） | 照常營業（上午9時至下午1時）",
        "2月16日（星期一，年廿九／除夕） | 上午9時至中午12時（半日營業）",
    ]
    spans = agreed_spans(lines)
    assert [s[1] for s in spans] == ["2026-02-14", "2026-02-16"], spans


def test_a_temples_lunar_month_part_and_its_deitys_birthday() -> None:
    """``農曆六月底`` is the lunar month's last third; on a page of 天上聖母聖誕, a bare 聖誕 is the
    goddess's birthday (its lunar day), never Christmas."""
    lines = [
        "天上聖母聖誕千秋祝壽大典暨遶境活動行程",
        "發佈日期：2026-03-09",
        "本宮將於農曆三月廿三日聖誕正日舉行祝壽大典，誠摯邀請十方信眾隨香參拜。",
        "本宮光明燈、太歲燈仍開放登記，農曆六月底截止，額滿為止。",
    ]
    spans = agreed_spans(lines)
    assert ("农历六月底", "2026-08-03", "2026-08-12") in spans, spans
    assert not any(s[1].endswith("-12-25") for s in spans), spans


def test_a_warnings_issue_time_its_app_prompt_and_a_nights_span() -> None:
    """``發出時間：…`` is the page's stamp, ``你可透過「我的天文台」應用程式接收警告推送通知。`` an app's
    prompt; ``由今晚10時起至明日上午9時`` one span of two days."""
    lines = [
        "寒冷天氣警告現正生效",
        "發出時間：2026年1月22日（星期四）下午4時45分",
        "天文台在今日（1月22日）下午4時45分發出寒冷天氣警告。",
        "民政事務總署已開放19個臨時避寒中心，由今晚10時起至明日上午9時，供有需要人士入住。",
        "你可透過「我的天文台」應用程式接收警告推送通知。",
    ]
    for chrome in chrome_of(lines):
        assert {simple(lines[1]), simple(lines[4])} <= chrome, chrome
    spans = agreed_spans(lines)
    assert ("今晚10时起至明日", "2026-01-22", "2026-01-23") in spans, spans


def test_an_occasions_night_with_its_date_and_the_same_months_part() -> None:
    """``閉幕當晚（10月12日）`` is one expression; ``10月8日……同月下旬`` is that month's last third."""
    lines = [
        "2025年10月20日",
        "閉幕當晚（10月12日）並有500架無人機燈光秀。",
        "居民於10月8日向市議會陳情；市府於同月下旬回應，將檢討明年接駁車路線。",
    ]
    spans = agreed_spans(lines)
    assert ("闭幕当晚（10月12日）", "2025-10-12", "2025-10-12") in spans, spans
    assert ("同月下旬", "2025-10-21", "2025-10-31") in spans, spans


def test_a_programmes_facts_are_no_headline_and_its_show_times_are_days() -> None:
    """``演出團隊｜島嶼劇場`` / ``演出場地｜歌劇院``: a programme's facts, label｜value, so the headline
    over the page's date is the title; the days under ``演出場次`` are the shows', not stamps."""
    lines = [
        "南方表演藝術中心",
        "首頁 ＞ 節目資訊 ＞ 戲劇",
        "2025南藝年度製作《潮聲》",
        "發布日期：2025.09.10",
        "演出團隊｜島嶼劇場",
        "演出場地｜歌劇院",
        "演出時長｜約150分鐘，含中場休息20分鐘",
        "演出場次",
        "2025/12/12（五）19:30",
        "2025/12/13（六）14:30",
        "售票資訊",
        "本節目將於10月1日中午12點開賣，會員可提前一天購買。",
    ]
    for text in both_scripts("\n".join(lines)):
        assert simple(title_of(text) or "") == simple(lines[2])
    spans = agreed_spans(lines)
    assert ("2025/12/12（五）", "2025-12-12", "2025-12-12") in spans, spans
    assert ("2025/12/13（六）", "2025-12-13", "2025-12-13") in spans, spans


def test_a_week_met_on_is_gone_by_and_a_phrase_ending_in_ba_is_no_board() -> None:
    """``他週一見面時說了這件事`` on a Wednesday: this Monday, gone by (見面 is no "see you"); ``算了吧``
    under a menu is no board's name."""
    spans = agreed_spans(["2024年10月23日", "他週一見面時說了這件事。"])
    assert ("周一", "2024-10-21", "2024-10-21") in spans, spans
    lines = ["某某论坛", "首页　消息　登录　注册", "算了吧", "下周去青岛看海，想问问啤酒节晚上人多不多，带孩子方便吗。"]
    for chrome in chrome_of(lines):
        assert "算了吧" not in chrome, chrome


def test_a_campaigns_sections_and_its_span_with_seconds() -> None:
    """``【活动时间】`` / ``2026年1月10日00:00:00 — 2026年2月8日23:59:59``: the notice's section heading
    stays in the story, its span is one event, and the page's date is its ``更新时间``;
    ``春运期间（2026年2月2日至3月13日）`` is one expression, the bracket's days."""
    lines = [
        "首页 > 活动中心 > 2026年货节",
        "2026优品汇年货节 · 马上有福 年货到家",
        "更新时间：2026-01-05",
        "【活动时间】",
        "2026年1月10日00:00:00 — 2026年2月8日23:59:59",
        "【优惠规则】",
        "1. 活动期间，跨店每满300减40，上不封顶；",
        "2. 春运期间（2026年2月2日至3月13日）部分商家暂停发货，请提前下单。",
    ]
    for chrome in chrome_of(lines):
        assert not {"【活动时间】", "【优惠规则】"} & chrome, chrome
    spans = agreed_spans(lines)
    assert ("2026年1月10日00:00:00 — 2026年2月8日", "2026-01-10", "2026-02-08") in spans, spans
    assert ("春运期间（2026年2月2日至3月13日）", "2026-02-02", "2026-03-13") in spans, spans
    for text in both_scripts("\n".join(lines)):
        assert build_article(text).reference_date == date(2026, 1, 5)


def test_a_wechat_articles_stamp_row_is_no_headline() -> None:
    """``某某幼儿园 某某幼儿园 2025年05月23日 16:05 浙江`` under the headline: the writer, the account,
    the day and the region; the headline over it is the title."""
    lines = [
        "小绿芽周报 | 第14期：五月的最后一周，我们一起迎六一",
        "临江市实验幼儿园 临江市实验幼儿园 2025年05月23日 16:05 浙江",
        "听全文",
        "亲爱的家长朋友们：",
        "本周五，大班的孩子们完成了主题绘画展，作品已在一楼大厅展出，欢迎接送时驻足欣赏。",
    ]
    for text in both_scripts("\n".join(lines)):
        assert simple(title_of(text) or "") == simple(lines[0])


def test_a_launch_pages_event_its_buttons_and_its_footnotes() -> None:
    """``2025年9月25日 19:00 星辰秋季新品发布会``: the event, a day of the story, neither stamp nor
    headline; ``立即预约　了解更多``, ``*以上数据来自…实验室…``, ``*图片仅供参考，请以实物为准。``,
    ``建议使用1920×1080分辨率浏览``: chrome."""
    lines = [
        "星辰科技 | 星辰手机官网",
        "星辰 Nova 9 Pro 新品发布",
        "影像旗舰，星夜无界",
        "2025年9月25日 19:00 星辰秋季新品发布会",
        "全网同步直播 · 敬请锁定",
        "“这是我们筹备了两年的作品。”星辰科技总裁在预热视频中表示，夜景拍摄能力较上一代提升40%。",
        "立即预约　了解更多",
        "*以上数据来自星辰实验室，实际可能因使用环境不同而略有差异。",
        "*图片仅供参考，请以实物为准。",
        "建议使用1920×1080分辨率浏览",
    ]
    for chrome in chrome_of(lines):
        assert {simple(x) for x in lines[6:]} <= chrome, chrome
        assert simple(lines[3]) not in chrome, chrome
    spans = agreed_spans(lines)
    assert ("2025年9月25日", "2025-09-25", "2025-09-25") in spans, spans
    for text in both_scripts("\n".join(lines)):
        assert simple(title_of(text) or "") != simple(lines[3])


def test_a_posts_place_right_under_its_account_without_a_follow_button() -> None:
    """``kwuntong.eats`` / ``觀塘工業區`` / ``kwuntong.eats 琴日終於試咗…``: the post's place between its
    account and the caption that opens with it, where the page shows no follow button."""
    lines = ["Instagram", "登入", "註冊", "kwuntong.eats", "觀塘工業區",
             "kwuntong.eats 琴日終於試咗呢間新開嘅車仔麵🍜 就喺開源道，成日都見到人排隊",
             "湯底用豬骨熬足8個鐘，配料有30幾款，$48三餸，性價比好高👍"]  # fmt: skip
    for chrome in chrome_of(lines):
        assert simple("觀塘工業區") in chrome, chrome


def test_a_season_of_a_year_in_two_figures() -> None:
    """``上回选举是21年冬天``: the winter of 2021, as people say a year in two figures; ``他有21年冬天都在这里过``
    counts winters, no year."""
    spans = agreed_spans(["2025年1月10日", "居民王大爷说：“上回选举是21年冬天，我还专门请人帮我写的选票。”"])
    assert ("21年冬天", "2021-12-01", "2022-02-28") in spans, spans
    assert agreed_spans(["2025年1月10日", "他有21年冬天都在这里过。"]) == []


def test_a_relative_day_with_its_lunar_day_in_brackets_before_what_the_day_is() -> None:
    """``明天（农历八月十八）是传统观潮日``: one expression, tomorrow; what such a day is (``是传统…日``)
    is said of this one, named; ``农历八月十八是传统观潮日`` alone is every year's."""
    spans = agreed_spans(["2025年10月8日", "明天（农历八月十八）是传统观潮日，观潮节将于明天上午开幕。"])
    assert ("明天（农历八月十八）", "2025-10-09", "2025-10-09") in spans, spans


def test_guards_against_this_sessions_rules() -> None:
    """A review's finds, each a misreading the new rules made and no longer make: a source line
    after the stamp is the page's date (``2024-03-05 10:00 来源：人民网-强国论坛``); ``24/7`` makes no
    page day-first; a caveat inside a sentence is the story's; 中元 and 中秋 after a lunar month;
    ``同月中国…`` and ``当月底薪`` are no parts of a month; a headline next to a menu's row; a
    subheading ending in 台 under a stamp; a shop's branch over its price; ``过去30年冬天``;
    ``2024年跨年度预算``; a player's number before 回头 or 请了; ``9.9买的`` (a price); ``有意私信 - 非中介``."""
    def events(lines: list[str]) -> list[tuple[str, str, str]]:
        return agreed_spans(lines)

    assert ("今天", "2024-03-05", "2024-03-05") in events(
        ["2024-03-05 10:00 来源：人民网-强国论坛", "今天上午，网友就延迟退休方案展开讨论。"]
    )
    spans = events(["2024年3月5日", "本店客服24/7在线。会员日活动5/6开始，持续到5/10。"])
    assert ("5/6", "2024-05-06", "2024-05-06") in spans, spans
    for chrome in chrome_of(["2024年3月5日 10:00 来源：新华网", "分析人士指出，近期市场波动加剧，投资人应独立判断，切勿盲目追高。"]):
        assert not any("投资人" in c for c in chrome), chrome
    assert any(s[0].startswith("中元") for s in events(["2025年8月1日", "每逢农历七月中元节，本宫都会举办普渡。今年中元节照常举行。"]))
    spans = events(["2023年3月8日", "3月2日，央行宣布下调存款准备金率。同月中国人民银行还发布了通知，当月底薪由3000元上调至3500元。"])
    assert [s[0] for s in spans] == ["3月2日"], spans
    lines = ["首页｜新闻｜财经", "独家｜某科技公司计划裁员三成", "2024-03-05 10:00", "据知情人士透露，该公司下月将公布裁员方案。"]
    for text in both_scripts("\n".join(lines)):
        assert simple(title_of(text) or "") == simple(lines[1])
    lines = ["退休教师的最后一课", "2024-07-05 09:00", "三十八年 今天告别讲台", "7月4日，63岁的王老师上完了最后一课。"]
    for chrome in chrome_of(lines):
        assert "三十八年 今天告别讲台" not in chrome, chrome
    lines = ["南京美食探店", "2024-03-05 10:00", "今天去了新街口，吃了三家店，分享一下。", "周记砂锅（新街口店）", "人均：68",
             "砂锅粉丝汤味道很浓郁，配上烧饼绝了，排队半小时也值得。"]  # fmt: skip
    for chrome in chrome_of(lines):
        assert "周记砂锅（新街口店）" not in chrome, chrome
    assert events(["2024年3月5日", "过去30年冬天平均气温上升了1.2度，2024年跨年度预算平衡机制已建立。"]) == []
    assert events(["2024年3月5日", "3号回头看了一眼裁判，9.9买的鞋子也不差。"]) == []
    lines = ["求推荐天河区的合租房", "2024-03-05 10:00", "楼主最近刚来广州工作，想在天河附近找个合租。", "有意私信 - 非中介",
             "回复", "引用"]  # fmt: skip
    for chrome in chrome_of(lines):
        assert "有意私信 - 非中介" not in chrome, chrome
