"""Finance, market and health pages: quarters and year-to-date months without a year, ticker
strips, tables of figures at the story's end, a site's risk and health caveats.  The texts are
written for these tests in the shapes such pages have (Taiwan, Hong Kong and mainland sites)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_shapes import assert_no_days, check, dated
from tui.model.boilerplate import split_lines
from tui.model.line_shapes import Kind, classify
from tui.model.scripts import Script, convert

NOV = date(2025, 11, 13)


def test_a_bare_quarter_in_a_clause_about_results() -> None:
    """第3季 with a figure, as Taiwan and Hong Kong financial news write it, is a quarter where
    its clause goes on about results or trade; a show's season is not."""
    check(
        "南電昨日公布第3季財報，單季營收創高", "第3季", "2025-07-01", "2025-09-30", "reference", NOV
    )
    check("法人預估第4季營收將季增一成", "第4季", "2025-10-01", "2025-12-31", "reference", NOV)
    check(
        "董事長說，第4季雖是傳統淡季，訂單仍滿",
        "第4季",
        "2025-10-01",
        "2025-12-31",
        "reference",
        NOV,
    )
    check(
        "董事會決議第2季擬配發現金股利每股1.5元",
        "第2季",
        "2025-04-01",
        "2025-06-30",
        "reference",
        NOV,
    )
    assert_no_days(("這部劇第3季播出後口碑兩極", "《某某劇》第3季營收不如預期的說法不實"), NOV)


def test_the_years_first_quarters_and_months() -> None:
    """前三季度, 累計前三季每股純益, 累計前11月營收, 截至前十个月: from January, the
    reference's year; 前一季度 is the quarter before, no span from January."""
    check(
        "公司前三季度归母净利润同比增长", "前三季度", "2025-01-01", "2025-09-30", "reference", NOV
    )
    check("累計前三季每股純益5.1元", "前三季", "2025-01-01", "2025-09-30", "reference", NOV)
    check("累計前11月營收211億元，年增兩成", "前11月", "2025-01-01", "2025-11-30", "reference", NOV)
    check("前10月销量同比增长一成", "前10月", "2025-01-01", "2025-10-31", "reference", NOV)
    check(
        "统计局说，截至前十个月，投资保持增长",
        "前十个月",
        "2025-01-01",
        "2025-10-31",
        "reference",
        NOV,
    )
    assert_no_days(("环比前一季度下滑", "他前三季的表現很穩"), NOV)
    # on a January page, 前11月 is the year just ended
    check(
        "累計前11月營收創同期新高",
        "前11月",
        "2024-01-01",
        "2024-11-30",
        "reference",
        date(2025, 1, 8),
    )


def test_a_month_range_from_january_is_the_months_just_ended() -> None:
    """1-10月 on a page of November 13th: January is more than eight months back, but the range
    ends last month; the range is this year's."""
    check(
        "1-10月，全国固定资产投资同比下降", "1-10月", "2025-01-01", "2025-10-31", "reference", NOV
    )


def test_a_headlines_coming_week_does_not_date_the_storys_weekday() -> None:
    """A headline that speaks of next week (下周一年廿九半日市), then the dateline: the story's
    bare 周五 is the dateline's week, not the headline's."""
    text = "《收市焦点》节前成交缩减 下周一年廿九半日市\n即时新闻 ｜ 2026/02/13 16:22\n\n恒指周五高开后窄幅上落"
    for form in (text, convert(text, Script.TRADITIONAL)):
        got = [g for g in dated(form, date(2026, 2, 13)) if g[0] in ("周五", "週五")]
        assert got and got[0][1] == "2026-02-13", dated(form, date(2026, 2, 13))


@pytest.mark.parametrize(
    "line",
    [
        "加權指數 23,512.08 ▲96.41　櫃買指數 265.37 ▼0.58　台指期 23,480 ▼31",
        "恒指 25,934.16 +153.22　國指 9,187.40 +61.05　科指 5,702.85 -8.31　（延遲最少15分鐘）",
        "上证指数 3312.58 +0.62%　深证成指 10236.07 +1.05%　创业板指 2118.44 +1.47%",
        "某某电子 2345　88.20　▲3.10（+3.64%）　成交量 5,215張",
        "某某餐饮(01234)　1.480　+0.040（+2.78%）　半日收市",
        "投資警語：本文內容僅供參考，投資人應獨立判斷，審慎評估並自負投資風險。",
        "投資涉及風險，證券價格可升可跌。",
        "股市有风险，投资需谨慎",
        "本網站之健康資訊，不能取代醫師的診斷與治療，身體不適請就醫。",
        "本文仅供医疗卫生专业人士参考，不构成诊疗建议。",
        "数据来源：公司公告",
        "資料來源：某某地產研究部",
        "封面来源｜视觉中国",
        "熱門搜尋：某某新盤　按揭計算機　樓價指數",
        "[1] 某某疾病预防控制中心. 某某疫苗接种技术指南（2025—2026）[EB/OL]. (2025-09-12)",
        "[2] 某某委员会. 某某诊疗方案（2025 年版）[S]. 2025.",
        "[3] Lancet Oncol. 2025 Jun 10. doi:10.1016/S1470-2045(25)00123-4",
        "[4] 2025 ASCO Annual Meeting Abstract 8012.",
        "原图",
        "[组图共6张]",
        "微博热搜",
        "相關個股",
        "文章作者",
        "评论（0）　登录后参与讨论",
        "本文约 3100 字，阅读需 8 分钟",
        "某某通会员专享",
        "本文为某某通会员专享内容，您已阅读试读部分，订阅后可阅读全文。",
        "某某网所刊载内容之知识产权为某某传媒所有。",
        "如需获得授权请联系某某财经版权部：banquan@example.com",
    ],
)
def test_finance_and_health_page_furniture(line: str) -> None:
    for form in dict.fromkeys(
        (line, convert(line, Script.SIMPLIFIED), convert(line, Script.TRADITIONAL))
    ):
        assert classify(form) is Kind.CHROME, form


@pytest.mark.parametrize(
    "line",
    [
        "净亏损　-6.1　-11.4　收窄46.5%",  # a table's row of signed figures, no quote
        "恒指收報25934點，升153點；國指升61點。",
        "以上仅为个人观点，不构成投资建议。",  # the poster's own last word
        "專家說，AI不能取代醫師的診斷與治療。",
        "TOP3大新闻",  # a briefing's heading, no site's name
        "[1] 我觉得这个说法不对，2025年再看。",  # a numbered reply, no reference
        "作者简介：小米妈妈，两个孩子的妈妈，前小学语文老师。",  # (annotators split on it)
    ],
)
def test_story_lines_beside_that_furniture(line: str) -> None:
    for form in dict.fromkeys(
        (line, convert(line, Script.SIMPLIFIED), convert(line, Script.TRADITIONAL))
    ):
        assert classify(form) is not Kind.CHROME, form


def test_a_table_of_figures_inside_and_right_under_the_story() -> None:
    """A three-column table between paragraphs (its figures 11.82, 1.08 are no page numbers),
    and a table right under the story's last paragraph under its heading, over the source and
    the site's disclaimer: the story's rows."""
    lines = [
        "某某新材拟10派3元 今日涨6%",
        "2025年12月05日 19:32　来源：某某数据",
        "",
        "12月5日晚间，某某新材发布公告，拟向全体股东每10股派发现金红利3元，并启动回购。",
        "",
        "报告期｜营业收入（亿元）｜归母净利润（亿元）",
        "2025年一季度｜11.82｜1.08",
        "2025年二季度｜12.94｜1.48",
        "",
        "二级市场上，某某新材今日收涨6.41%，成交额6.82亿元，换手率7.1%，创年内新高。",
        "分析人士认为，公司分红与回购并举，短期股价仍有支撑，但需留意原材料价格波动。",
        "",
        "上周各区成交",
        "地区｜屋苑数目｜成交宗数｜按周变幅",
        "港岛区｜8｜20｜+11%",
        "九龙区｜21｜58｜+26%",
        "合计｜29｜78｜+20%",
        "资料来源：某某地产研究部",
        "",
        "免责声明：本网站所提供之资讯仅供参考，并不构成任何买卖建议。",
        "相关阅读",
    ]
    for form in (lines, [convert(x, Script.TRADITIONAL) for x in lines]):
        split = split_lines(form)
        body = {form[i] for i in split.body}
        for row in (5, 6, 7, 13, 14, 15, 16):
            assert form[row] in body, form[row]
        assert form[17] not in body and form[19] not in body


def test_hong_kong_weeks_with_their_days_and_a_months_first_days() -> None:
    """上周（12/1—18/1）, 前周（5/1—11/1）: a week and its days, day first, one expression; 前周
    alone is the week before last (提前周五 is a Friday moved earlier); 本周50個屋苑 is this week;
    本月首18日 is the month's first 18 days."""
    ref = date(2026, 1, 19)
    text = "50個屋苑上周（12/1—18/1）錄132宗買賣，較前周（5/1—11/1）增加17%"
    for form in (text, convert(text, Script.SIMPLIFIED)):
        got = dated(form, ref)
        assert [(g[1], g[2]) for g in got] == [("2026-01-12", "2026-01-18"), ("2026-01-05", "2026-01-11")], got
    check("美孚新邨錄8宗，與前周持平", "前周", "2026-01-05", "2026-01-11", "reference", ref)
    check("本周50指標屋苑交投可維持", "本周", "2026-01-19", "2026-01-25", "reference", ref)
    check("本月首18日一手私宅共錄1,420宗", "本月首18日", "2026-01-01", "2026-01-18", "reference", ref)
    assert [g[0] for g in dated("新機提前周五發布", ref)] == ["周五"]


def test_an_agencys_dateline_in_title_marks() -> None:
    """《經濟通通訊社13日專訊》opens a Hong Kong market story: its day; 《七月13日的故事》 is a
    work's title."""
    check("《經濟通通訊社13日專訊》恒指高開", "13日", "2026-02-13", "2026-02-13", "reference", date(2026, 2, 13))
    assert_no_days(("《七月13日的故事》很好看",), date(2026, 2, 13))


def test_a_tables_column_names_a_usual_peak_and_an_age_in_months() -> None:
    """A table's head row (项目｜本报告期｜年初至报告期末比上年同期增减) names columns; 流感高峰通常
    出现在 12 月到次年 1 月 is every year's; 6 月龄 is an age."""
    from tui.model.timeline import date_paragraphs

    body = [
        "公司发布第三季度报告，业绩稳步增长。",
        "项目｜本报告期｜本报告期比上年同期增减｜年初至报告期末｜年初至报告期末比上年同期增减",
        "营业收入（亿元）｜68.5｜+28.4%｜186.4｜+32.7%",
    ]
    _, per = date_paragraphs(body, body, date(2025, 10, 31), date(2026, 11, 30))
    assert per[1] == [], per[1]
    assert_no_days(("流感高峰通常出现在 12 月到次年 1 月。", "② 6 月龄至 5 岁儿童；"), date(2025, 10, 10))


def test_a_month_compared_with_and_the_month_before_the_figures_month() -> None:
    """今年9月……较1月下降: January of the same year, no wrap into the next; 10月……较9月……较上月
    on November 17th: 上月 is the month before the figures' month, not the page's."""
    check("据统计，今年9月均价约为0.29元，较1月下降约12%。", "1月", "2025-01-01", "2025-01-31", "reference", date(2025, 10, 31))
    ref = date(2025, 11, 17)
    text = "10月社零同比增长2.9%，较9月回落0.9个百分点；工业增加值同比增长5.6%，较上月回落0.9个百分点。"
    check(text, "上月", "2025-09-01", "2025-09-30", "reference", ref)
    check("上月他去了北京。", "上月", "2025-10-01", "2025-10-31", "reference", ref)


def test_fiscal_years_from_april_and_a_reports_numbered_week() -> None:
    """2025/26財政年度, 2024-25财年: April to March; 2024/25年度計劃 is a programme's name; 第 41
    周（10 月 6 日—10 月 12 日） is the week its bracket gives; 上一周 is last week (上一周期 a
    cycle)."""
    ref = date(2025, 11, 20)
    check("他預期2025/26財政年度的資本開支約1.8億元", "2025/26財政年度", "2025-04-01", "2026-03-31", "stated", ref)
    check("集团2024-25财年收入增长", "2024-25财年", "2024-04-01", "2025-03-31", "stated", ref)
    assert_no_days(("2024/25年度計劃共有約182萬人接種", "与上一周期相比"), ref)
    ref = date(2025, 10, 15)
    text = "第 41 周（10 月 6 日—10 月 12 日），全国流感样病例占比上升"
    check(text, "第 41 周（10 月 6 日—10 月 12 日）", "2025-10-06", "2025-10-12", "reference", ref)
    check("阳性率较上一周上升", "上一周", "2025-10-06", "2025-10-12", "reference", ref)


def test_a_numbered_section_heading_stays_in_the_story() -> None:
    """02 这 5 类人优先打: a WeChat story's numbered section; 01 首页 02 新闻 03 财经 is a menu."""
    assert classify("02 这 5 类人优先打") is not Kind.CHROME
    assert classify("01 首页 02 新闻 03 财经") is Kind.CHROME


def test_two_seasons_running_on() -> None:
    """今年秋冬 is this autumn into the winter's end; 今年春夏 spring and summer."""
    ref = date(2025, 10, 20)
    check("醫生提醒，今年秋冬流感可能較早到來", "今年秋冬", "2025-09-01", "2026-02-28", "reference", ref)
    check("今年春夏气温偏高", "今年春夏", "2025-03-01", "2025-08-31", "reference", ref)


def test_the_reviews_counter_examples_to_this_sessions_rules() -> None:
    """What the reviewer found the new rules took: a story's paragraph with 獲得授權 or 投資需謹慎,
    a headline ending in a social site, a weekday said of a deadline (截止日是下週一), a former
    official named 周 (前周口市委书记), a game's playthrough (下一周目), a show's season with
    its sales (第3季BD銷量), a jersey (10号球衣主场), a recipe's and a knockout's rows, a
    stated year before 前10月, a quarter not yet begun, a numbered clause with a year."""
    for line in (
        "該藥廠表示，已獲得授權在台灣生產這款新冠口服藥，預計明年第一季可供貨，衛福部將優先採購以供高風險族群使用。",
        "恒指今日高开低走，分析师提醒，港股短期波动加剧，投资需谨慎，建议投资者控制仓位。",
        "馬斯克收購Twitter",
        "会员专享价每斤只要19.9元，比平时便宜一半",
        "大家都在搜 這3款平價面霜 到底好在哪",
        "[1] 截至2024年底，公司共有3.5万名员工，较2023年增长12%",
        "你倒是说点什么啊",
    ):
        assert classify(line) is not Kind.CHROME, line
    ref = date(2025, 11, 13)
    check("報名截止日是下週一", "下週一", "2025-11-17", "2025-11-17", "reference", ref)
    assert [g[0] for g in dated("我的生日是周日", ref)] == ["周日"]
    assert_no_days(
        ("前周口市委书记张某被查", "前周杰倫經紀人爆料", "進入下一周目後", "進擊的巨人第3季BD銷量破萬",
         "鱿鱼游戏第2季上线后，Netflix营收大增", "10号球衣主场首秀", "他說1號一定是最強的選手",
         "2025/26年度中一派位", "1/2 盒豆腐\n1/4 茶匙盐\n1/2 勺糖", "1/4 决赛 皇马对曼城\n1/2 决赛 拜仁对巴黎"),
        ref,
    )
    check("台積電2023年累計前10月營收", "前10月", "2023-01-01", "2023-10-31", "stated", ref)
    check("2023年，公司前三季度营收增长12%", "前三季度", "2023-01-01", "2023-09-30", "stated", ref)
    check("台積電下週公布第4季財報", "第4季", "2025-10-01", "2025-12-31", "reference", date(2026, 1, 8))
    check("法人預估第1季營收持平", "第1季", "2026-01-01", "2026-03-31", "reference", date(2026, 1, 8))
    check("前三季度GDP同比增长5.2%", "前三季度", "2025-01-01", "2025-09-30", "reference", date(2026, 2, 10))
    check("1月CPI同比上涨0.8%，较12月回落", "12月", "2025-12-01", "2025-12-31", "reference", date(2026, 2, 10))
    check("沙田第一城上周錄3宗成交，較前周減少2宗。", "前周", "2025-10-27", "2025-11-02", "reference", ref)


def test_the_second_reviews_counter_examples() -> None:
    """Taiwan's and Hong Kong's standard caveats stay chrome and a court's 知识产权为原告所有 stays
    body; an outlet's social page with a space; a publisher's reference with its commas; a coming
    quarter stays this year's (only Q4 said from January to March is last year's); 今年冬春 is
    December to May; a fiscal year before its half; a year compared with or aimed at dates no
    quarter; 18号一定要来; a tour's city rows; 较11月 in October is this November."""
    for line in ("本文僅供參考，投資人應審慎評估並自負投資風險。", "投資涉及風險，過往業績並不代表將來表現。",
                 "本網站之知識產權屬於本公司。", "三立新聞 YouTube頻道", "明報 Instagram", "已是会员，请登录",
                 "[3] 李四，王五. 某某指南. 北京：人民卫生出版社，2022."):
        assert classify(line) is Kind.CHROME, line
    assert classify("法院判决，涉案商标的知识产权为原告所有，被告须赔偿损失。") is not Kind.CHROME
    may = date(2025, 5, 10)
    check("台積電表示，第3季營收介於318億至330億美元。", "第3季", "2025-07-01", "2025-09-30", "reference", may)
    check("市場看好第4季出貨，營收有望創新高。", "第4季", "2025-10-01", "2025-12-31", "reference", may)
    ref = date(2025, 11, 13)
    check("今年冬春，流感高发。", "今年冬春", "2025-12-01", "2026-05-31", "reference", ref)
    # (the year's first half, April to September, since the twenty-eighth session: 財政年度上半年)
    check("2024/25年度上半年，政府收入增加。", "2024/25年度上半年", "2024-04-01", "2024-09-30", "stated", ref)
    check("与2023年相比，公司前三季度净利润增长两成。", "前三季度", "2025-01-01", "2025-09-30", "reference", ref)
    check("18号一定要来啊！", "18号", "2025-11-18", "2025-11-18", "reference", ref)
    check("10月出口较11月的预测值低。", "11月", "2025-11-01", "2025-11-30", "reference", ref)
    assert [g[0] for g in dated("12/20 上海\n12/27 北京\n1/3 广州", ref)][:2] == ["12/20", "12/27"]
