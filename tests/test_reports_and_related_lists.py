"""Reports, posts and threads, and the lists round them: a day after a copula, a quarter compared
with the one before, weekends as a kind of day, a people's custom on a lunar day, a vacation's
eve, Cantonese next year, what today is, a day of the month just named; related links with their
days in brackets, a site's small print, a commenter's region, a floor's reactions, an e-paper's
headline block, a page heading its breadcrumb names.  The texts are written for these tests in
the shapes such pages have (the thirty-second session's read sets showed them), each read in
both scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, simple, spans_of, title_of
from tests.test_date_shapes import both_scripts
from tui.model.boilerplate import split_lines

_CLOSURE = [
    "2024/10/17 22:30",
    "",
    "21:12 宜蘭縣政府宣布，宜蘭縣為18日全天停止上班上課。",
    "更正：本文誤植停班停課為18日中午起，經查為18日全天停班停課。",
    "颱風假的天數為18日，不得超過。",
]


def test_a_day_after_a_copula_is_a_day_where_a_time_of_it_follows() -> None:
    """``宜蘭縣為18日全天停班``: 為 says which day, where a time of that day follows; a count
    after 為 (``天數為18日``) stays none."""
    for spans in spans_of(_CLOSURE):
        days = [s for s in spans if s[0] == "18日"]
        assert len(days) == 3, spans
        assert all(a == b == "2024-10-18" for _, a, b in days), spans


_RESULTS = [
    "2024/11/08 17:42",
    "",
    "晶圓測試介面廠今（8）日公布第3季財報，第3季探針卡出貨量較上季成長近兩成。",
    "二季度单季，该行净息差约1.63%，较上季度再收窄5个基点。",
    "公司表示，毛利率較上季增加，但未說明原因。",
]


def test_the_quarter_before_is_counted_from_the_quarter_the_sentence_reports() -> None:
    """``第3季…較上季``: the second quarter; ``二季度…较上季度``: the first; a bare ``較上季``
    with no quarter named says nothing of which quarter it is."""
    for spans in spans_of(_RESULTS):
        before = [s for s in spans if s[0] in ("上季", "上季度")]
        assert ("上季", "2024-04-01", "2024-06-30") in before, spans
        assert ("上季度", "2024-01-01", "2024-03-31") in before, spans
        assert len(before) == 2, spans


_WEEKENDS = [
    "2024-06-14 18:00",
    "",
    "居民擔心周末人流增加會影響附近屋苑，希望康文署增派人手。",
    "旅客消費模式改變，加上港人周末北上消費，繼續拖累零售表現。",
    "宏村里面的民宿周末要提前订，我们住的那家还好。",
    "公园停车场周末很难停，建议搭公车。",
    "天文台預測，周末會有驟雨。",
]


def test_weekends_as_a_kind_of_day_are_no_day_and_a_forecast_keeps_its_own() -> None:
    """``周末人流增加``, ``港人周末北上``, ``周末要提前订``, ``周末很难停``: what weekends are like
    or what people do on them; ``周末會有驟雨`` is the coming one."""
    for spans in spans_of(_WEEKENDS):
        weekends = [s for s in spans if s[0] == "周末"]
        assert weekends == [("周末", "2024-06-15", "2024-06-16")], spans


_CUSTOM = [
    "2024年09月14日 星期六",
    "",
    "中秋節（9月17日）當晚，景區還將舉辦「月下對歌」活動。侗族群眾歷來在農曆八月十五製作糯米月餅、走寨拜月。",
    "部分商戶已考慮在暑假前縮減人手。",
]


def test_a_peoples_custom_on_a_lunar_day_is_no_event_and_a_vacations_eve_is_whole() -> None:
    """``歷來在農曆八月十五製作月餅``: what a people has always done that day, every year;
    ``暑假前``: the vacation's eve, one expression."""
    for spans in spans_of(_CUSTOM):
        assert not any("八月十五" in t for t, _, _ in spans), spans
        assert any(t == "暑假前" for t, _, _ in spans), spans


_EPAPER = [
    "明報",
    "港聞",
    "日期：2025年1月20日",
    "年宵乾貨攤競投冷淡 維園最低千二元成交",
    "【明報專訊】一年一度的年宵市場將於本周四（23日）起在全港15個場地舉行，食環署上周五（17日）完成最後一輪競投。",
    "上一篇：長者醫療券用量 去年首次回落",
    "港聞相關新聞",
    "旺角花墟年花價格 按年升一成（2025年1月19日）",
    "天水圍街市推年貨優惠 吸街坊幫襯（2025年1月18日）",
    "明報網站 ‧ 版權所有 ‧ 不得轉載",
]

_CHRONOLOGY = [
    "2024-04-02 10:00",
    "條例草案審議經過",
    "政府刊憲公布草案（2024年3月8日）",
    "立法會三讀通過草案（2024年3月19日）",
    "行政長官簽署條例（2024年3月22日）",
]


def test_related_links_with_their_days_in_brackets_under_a_heading_are_chrome() -> None:
    """``港聞相關新聞`` / ``旺角花墟年花價格 按年升一成（2025年1月19日）`` / …: other stories
    and their heading, no events of this one; a chronology's rows under a heading of its
    own (``條例草案審議經過``) stay the story's."""
    for chrome in chrome_of(_EPAPER):
        for line in _EPAPER[6:9]:
            assert simple(line) in chrome, chrome
    for text in both_scripts("\n".join(_EPAPER)):
        assert title_of(text) == text.split("\n")[3]
    for spans in spans_of(_EPAPER):
        assert not any(a in ("2025-01-18", "2025-01-19") for _, a, _ in spans), spans
    for text in both_scripts("\n".join(_CHRONOLOGY)):
        lines = text.split("\n")
        chrome = split_lines(lines).chrome
        assert not {2, 3, 4} & set(chrome), chrome


_FINANCE = [
    "自由財經",
    "2024/11/08 17:42",
    "晶圓測試介面廠今（8）日公布第3季財報，單季營收28.6億元，季增12%。",
    "點擊圖片放大",
    "参与互动",
    "本網站所提供之資訊僅供參考，投資人應自行承擔投資風險。",
    "分析師提醒，投資人應留意匯率變化對毛利率的影響。",
]


def test_a_finance_sites_caveat_and_lone_buttons_are_chrome() -> None:
    """``本網站所提供之資訊僅供參考，投資人應自行承擔投資風險``: the site's caveat, though it reads
    as a sentence; ``點擊圖片放大``, ``参与互动``: buttons; an analyst's advice to investors is
    the story's."""
    for chrome in chrome_of(_FINANCE):
        for line in _FINANCE[3:6]:
            assert simple(line) in chrome, chrome
        assert simple(_FINANCE[6]) not in chrome, chrome


_HEADLINES = [
    "柳州日报数字报",
    "首页",
    "往期回顾",
    "标题导航",
    "2024年09月14日 星期六",
    "第A03版：城事",
    "上一版",
    "下一版",
    "民族节庆添彩城乡消费",
    "三江侗族月饼文化节即将开幕",
    "——程阳八寨将首设非遗夜市",
    "本报讯（记者 覃丽娟）记者昨日从三江侗族自治县文旅局获悉，第五届三江侗族月饼文化节将于9月16日开幕。",
]


def test_an_epapers_headline_block_under_its_navigation_is_the_storys() -> None:
    """``标题导航`` / … / ``民族节庆添彩城乡消费`` / ``三江侗族月饼文化节即将开幕`` /
    ``——程阳八寨将首设非遗夜市``: the page's navigation ends where the story's own headlines
    (kicker, headline, a subtitle after a dash) stand over its first paragraph."""
    for chrome in chrome_of(_HEADLINES):
        assert simple(_HEADLINES[5]) in chrome, chrome
        for line in (_HEADLINES[8], _HEADLINES[10]):
            assert simple(line) not in chrome, chrome
    for text in both_scripts("\n".join(_HEADLINES)):
        assert title_of(text) == text.split("\n")[9]


_THREAD = [
    "2024-06-03 14:40:19",
    "",
    "港鐵今日（3日）公布，東涌綫延綫工程已完成九成，預計下年通車。",
    "琴日區議員喺街站講係下年第一季，不過佢都係估。",
    "今晚車站人流創下年內新高。",
    "補充：港鐵話會喺七一公布車站設計，有興趣可以電郵 enquiry@example.com.hk 查詢",
]


def test_cantonese_next_year_and_a_posters_addendum_with_an_address() -> None:
    """``下年``, ``下年第一季``: Cantonese for next year and its first quarter (not ``創下年內新高``);
    ``補充：…有興趣可以電郵 … 查詢``: a poster's addendum, talk, whatever address it gives."""
    for spans in spans_of(_THREAD):
        assert ("下年", "2025-01-01", "2025-12-31") in spans, spans
        assert ("下年第一季", "2025-01-01", "2025-03-31") in spans, spans
        assert ("七一", "2024-07-01", "2024-07-01") in spans, spans
        assert sum(t == "下年" for t, _, _ in spans) == 1, spans
    for chrome in chrome_of(_THREAD):
        assert simple(_THREAD[5]) not in chrome, chrome


_COMMENTS = [
    "蒲城老街改造完成 周六开街",
    "原创 阿蒲 蒲城文旅 2024年03月18日 08:30 浙江",
    "改造后的老街将于本周六（3月23日）开街，当天有两场免费导览。",
    "精选留言",
    "桃子不是淘子",
    "浙江",
    "我去年国庆路过还是一片工地，变化太大了",
    "老沈家的猫",
    "上海",
    "周六带娃去看看！",
]

_PLURK = [
    "噗浪",
    "月光雪貂 說",
    "下週六要去看展，有人要一起嗎",
    "阿吉 gigi_0707 說",
    "我要！幾點集合？",
]


def test_a_commenters_name_and_region_and_a_plurk_writers_name_and_id_are_chrome() -> None:
    """``桃子不是淘子`` / ``浙江`` / the comment: the comment's head, its writer and region, as
    WeChat sets them; ``阿吉 gigi_0707 說``: Plurk's writer, name and account id, before the verb."""
    for chrome in chrome_of(_COMMENTS):
        for line in (_COMMENTS[4], _COMMENTS[5], _COMMENTS[7], _COMMENTS[8]):
            assert simple(line) in chrome, chrome
        for line in (_COMMENTS[6], _COMMENTS[9]):
            assert simple(line) not in chrome, chrome
    for chrome in chrome_of(_PLURK):
        assert simple(_PLURK[1]) in chrome and simple(_PLURK[3]) in chrome, chrome
        assert simple(_PLURK[4]) not in chrome, chrome


_SMALL_PRINT = [
    "極光 Watch P3 智能手錶 新品發布",
    "2024-10-20 10:00",
    "新品將於10月24日晚7點正式發布，現已開放預約。",
    "以上參數均來自實驗室測試數據，實際使用因環境和使用習慣可能有所差異。",
    "圖片僅供參考，請以實物為準。",
    "以上場次如有更改，以影院公布為準。",
    "下次更新時間：2024年10月20日 下午1時45分",
    "還有問題？聯繫在線客服（工作日 9:00-21:00）",
    "職達網提醒：求職過程中請勿繳納任何費用，謹防招聘詐騙。",
    "記者查證後，一切以實物為準。",
]


def test_a_shops_small_print_a_pages_clock_and_a_help_prompt_are_chrome() -> None:
    """``圖片僅供參考，請以實物為準``, ``以上場次如有更改…``, ``下次更新時間：…``, ``還有問題？…``,
    ``職達網提醒：…``: the site's own words, though some read as sentences; a reporter's
    ``一切以實物為準`` is the story's."""
    for chrome in chrome_of(_SMALL_PRINT):
        for line in _SMALL_PRINT[3:9]:
            assert simple(line) in chrome, chrome
        assert simple(_SMALL_PRINT[9]) not in chrome, chrome


_SEASON = [
    "2024-07-19 16:52",
    "",
    "上赛季就是5月15号周三开的，官方喜欢踩周三。",
    "明天周日应该没人接，周一再打。",
]


def test_a_weekday_after_its_written_date_and_a_fond_habit_are_no_other_day() -> None:
    """``5月15号周三``: the weekday restates the date's, one expression with it (as ``22號週六``
    and ``9月29号周日`` are for five annotators of six); ``官方喜欢踩周三``: the day someone is
    fond of, every such one; ``明天周日``: a relative day and its weekday, both counted."""
    for spans in spans_of(_SEASON):
        assert ("5月15号周三", "2024-05-15", "2024-05-15") in spans, spans
        assert not any(t == "周三" for t, _, _ in spans), spans
        assert ("明天", "2024-07-20", "2024-07-20") in spans, spans
        assert ("周日", "2024-07-21", "2024-07-21") in spans, spans


_FAQ = [
    "西九海濱音樂節 WK Harbourfront Music Festival 2024",
    "主頁｜節目表｜門票｜場地及交通｜常見問題｜最新消息",
    "主頁 > 常見問題",
    "常見問題",
    "最後更新：2024年10月9日",
    "問：音樂節何時舉行？",
    "答：今屆音樂節將於2024年11月22日至24日舉行，每日下午2時開始。",
]

_REVIEW = [
    "OpenRice 開飯喇",
    "香港 > 深水埗 > 港式 > 茶餐廳/冰室 > 金記冰室",
    "金記冰室",
    "深水埗福華街○○號地舖",
    "食評",
    "菠蘿油依然好食 年三十晚都照開",
    "肥仔食遍香港",
    "2024-03-09",
    "上星期六同屋企人行完鴨寮街，順路嚟金記食個下午茶，坐低即刻叫咗個菠蘿油同凍奶茶。",
]


def test_a_pages_heading_that_its_breadcrumb_ends_with_over_its_stamp_is_the_title() -> None:
    """``主頁 > 常見問題`` / ``常見問題`` / ``最後更新：…``: the page's own heading, not the site's
    name over its menu; a restaurant's name under its trail, over its address, leaves the
    title to the review's own headline."""
    for text in both_scripts("\n".join(_FAQ)):
        assert title_of(text) == text.split("\n")[3]
    for text in both_scripts("\n".join(_REVIEW)):
        assert title_of(text) == text.split("\n")[5]


_TECH_COMMENTS = [
    "IT之家 11 月 26 日消息，星澜今日宣布新机将于 12 月发布，电池容量提升至 6100mAh。",
    "相关文章",
    "星澜 N7 标准版开售：首销 1 小时破纪录 2024/10/24",
    "星澜流明 OS 3.0 公测招募开启 2024/9/23",
    "软媒旗下网站：IT之家 最会买 - 返利返现优惠券 iPhone之家",
    "IT之家网友 2751603 1楼 2024-11-26 10:31",
    "这电池容量可以，就看价格能不能守住 3000 以内了",
    "回复 支持(23) 反对(1)",
]


def test_a_comment_under_its_stamp_ends_a_list_of_other_stories() -> None:
    """``相关文章``'s links, the footer, then ``IT之家网友 … 1楼 2024-11-26 10:31`` / a comment:
    the comments begin there, and what a reader wrote is no link."""
    for chrome in chrome_of(_TECH_COMMENTS):
        assert simple(_TECH_COMMENTS[2]) in chrome and simple(_TECH_COMMENTS[5]) in chrome, chrome
        assert simple(_TECH_COMMENTS[6]) not in chrome, chrome


_MEETUP = [
    "2024-02-05 10:30",
    "",
    "@紅磡大笨象 得！咁就8號晚九點旺角站B3出口等，唔見唔散。",
    "囡囡2018年12月出世，算係年尾女，面試嗰陣成日坐唔定。",
    "去程就3號線，回程就5號線。",
    " 瀏覽 第 1/1 頁 (100%)  目前顯示: 第 01~38 行  (y)回應(X%)推文(h)說明(←)離開",
]


def test_a_day_after_then_a_child_born_late_in_the_year_and_a_telnet_status_bar() -> None:
    """``咁就8號晚九點``: the day settled on; ``年尾女``: a girl born late in the year, no date;
    ``就3號線``: a line's number; a telnet reader's status bar is chrome, and its ``1/1`` no day."""
    for spans in spans_of(_MEETUP):
        assert ("8号", "2024-02-08", "2024-02-08") in spans, spans
        assert not any("年尾" in t or t in ("3号", "5号", "1/1") for t, _, _ in spans), spans
    for chrome in chrome_of(_MEETUP):
        assert simple(_MEETUP[5].strip()) in chrome, chrome


_TODAY_IS = [
    "2025-01-22 10:00",
    "",
    "今天是北方的小年，也是我回老家的第五天。",
    "今天小年，晚上7点全家一起吃饭。",
    "春节门诊安排：1月28日（除夕当天）开设普通内科。",
]


def test_what_today_is_and_a_date_that_its_bracket_names_with_its_day_word() -> None:
    """``今天是北方的小年``, ``今天小年``: the day is the festival's, both counted as annotators
    do; ``1月28日（除夕当天）``: the bracket names the date's day, one event."""
    for spans in spans_of(_TODAY_IS):
        assert sum(s == ("小年", "2025-01-22", "2025-01-22") for s in spans) == 2, spans
        assert ("1月28日（除夕当天）", "2025-01-28", "2025-01-28") in spans, spans
        assert not any(t == "除夕" for t, _, _ in spans), spans


_CASE = [
    "2024-03-15 09:30",
    "",
    "李某2023年6月21日收到商品后拆封試用兩天，以效果不理想為由申請退貨。同月25日，李某向平台投訴未果。",
    "法官指出，如同月25日那樣的投訴，平台應在七日內答覆。",
]


def test_a_day_of_the_month_just_named() -> None:
    """``同月25日`` after ``2023年6月21日``: June 25th of that year, the story's; ``如同月…`` is
    no such day (如同, "just as")."""
    for spans in spans_of(_CASE):
        assert ("同月25日", "2023-06-25", "2023-06-25") in spans, spans
        assert sum(t == "同月25日" for t, _, _ in spans) == 1, spans


_NEW_YEAR_DAYS = [
    "2025-01-10 10:00",
    "",
    "環保局呼籲市民年節期間落實垃圾減量與分類。",
    "新年節目很精彩，少年節也有活動。",
]


def test_taiwans_new_year_holiday_word() -> None:
    """``年節期間``: Taiwan's word for the lunar new year's holiday, one expression; not inside
    ``新年節目`` (a programme) nor ``少年節``."""
    for spans in spans_of(_NEW_YEAR_DAYS):
        assert [t for t, _, _ in spans if "年节" in t] == ["年节期间"], spans


_DCARD = [
    "宿舍熱水又壞了，有人知道怎麼報修嗎？",
    "生活・國立臺中科技大學",
    "2024年10月8日 22:05",
    "這週已經第三次沒熱水了，洗澡只能去隔壁棟，請問大家都怎麼處理的？",
    "收藏",
    "分享",
    "留言 86",
    "國立臺中科技大學",
    "B1・10月8日 22:31",
    "直接跟舍監反應比較快 我們這棟去年冬天也是這樣",
    "愛心 41",
    "回覆",
    "原PO",
    "B2・10月8日 22:40",
    "謝謝 明天去問問看",
    "愛心 5",
    "回覆",
    "國立中興大學",
    "B3 已經刪除",
]


def test_a_floors_reactions_and_a_deleted_floor_are_chrome() -> None:
    """``愛心 41`` and ``B3 已經刪除`` under Dcard's floors: the site's rows, not words of the
    comments, which stay."""
    for chrome in chrome_of(_DCARD):
        for line in (_DCARD[10], _DCARD[15], _DCARD[18]):
            assert simple(line) in chrome, chrome
        for line in (_DCARD[9], _DCARD[14]):
            assert simple(line) not in chrome, chrome
