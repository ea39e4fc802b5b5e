"""The date shapes of real Chinese web text (issue 8), each read in both scripts.

Every sample is written once and checked as written and converted to the other script
(the conversion keeps lengths, so the expected surface is cut at the same offsets).
"""

from __future__ import annotations

from datetime import date

import pytest

from tui.model.scripts import Script, convert
from tui.model.timeline import date_paragraphs, find_dates

REF = date(2024, 2, 11)  # a Sunday, the second day of the lunar year 2024


def both_scripts(text: str) -> list[str]:
    return list(
        dict.fromkeys([convert(text, Script.SIMPLIFIED), convert(text, Script.TRADITIONAL)])
    )


def dated(text: str, ref: date = REF) -> list[tuple[str, str, str, str]]:
    return [
        (text[f.start : f.end], f.first.isoformat(), f.last.isoformat(), f.basis)
        for f in find_dates(text, ref, minguo=True)
    ]


def assert_no_days(texts: tuple[str, ...], ref: date = REF) -> None:
    """Each text, in both scripts, names no day."""
    for text in texts:
        for form in both_scripts(text):
            assert dated(form, ref) == [], (form, dated(form, ref))


def only(text: str, ref: date = REF) -> tuple[str, str, str, str]:
    found = dated(text, ref)
    assert len(found) == 1, found
    return found[0]


def check(text: str, surface: str, start: str, end: str, basis: str, ref: date = REF) -> None:
    i = text.index(surface)
    for form in both_scripts(text):
        got = [g for g in dated(form, ref) if form.index(g[0]) <= i < form.index(g[0]) + len(g[0])]
        assert got, (form, dated(form, ref))
        assert got[0] == (form[i : i + len(surface)], start, end, basis), (form, got)


CASES = [
    # after ASCII punctuation
    ("记者查到:2019年3月8日就是他", "2019年3月8日", "2019-03-08", "2019-03-08", "stated"),
    ("時間:2024年5月3日", "2024年5月3日", "2024-05-03", "2024-05-03", "stated"),
    ("時間: 2024年5月3日", "2024年5月3日", "2024-05-03", "2024-05-03", "stated"),
    # a bare day: the dateline's month, the previous one after the dateline's day
    ("到了14日，他才回来", "14日", "2024-01-14", "2024-01-14", "reference"),
    ("截至9日中午12點，共有", "9日", "2024-02-09", "2024-02-09", "reference"),
    ("7日清晨一名男子", "7日", "2024-02-07", "2024-02-07", "reference"),
    ("美东时间5日晚间公布", "5日", "2024-02-05", "2024-02-05", "reference"),
    ("他18日表示", "18日", "2024-01-18", "2024-01-18", "reference"),
    # a day before a tour's kind is a count (7日深度游); before a march or a visit it is a day
    ("他18日市民游行", "18日", "2024-01-18", "2024-01-18", "reference"),
    ("他18日又去游览故宫", "18日", "2024-01-18", "2024-01-18", "reference"),
    # … or the month named before it in its sentence
    ("2019年3月5日开会，到了18日才散", "18日", "2019-03-18", "2019-03-18", "stated"),
    # a day in figures before what was launched on it, or before the weekday it falls on
    ("她早在1/31就發起連署", "1/31", "2024-01-31", "2024-01-31", "reference"),
    ("1/19是星期五，人会很多", "1/19", "2024-01-19", "2024-01-19", "reference"),
    # The year is the sentence's, not the expression's: reference (corpus conventions).
    ("2019年3月8日开会，5月10日散会", "5月10日", "2019-05-10", "2019-05-10", "reference"),
    (
        "民國114年疏運計畫，時刻表已於12月27日公布",
        "12月27日",
        "2023-12-27",
        "2023-12-27",
        "reference",
    ),
    # Taiwan's bracketed days and years
    ("公司昨（11）日宣布", "昨（11）日", "2024-02-11", "2024-02-11", "reference"),
    ("今（3）日起", "今（3）日", "2024-02-03", "2024-02-03", "reference"),
    ("預計明（5）日清晨", "明（5）日", "2024-03-05", "2024-03-05", "reference"),
    ("今（2024）年營收", "今（2024）年", "2024-01-01", "2024-12-31", "stated"),
    ("去（112）年3月", "去（112）年3月", "2023-03-01", "2023-03-31", "stated"),
    ("將於本（3）月16日舉辦", "本（3）月16日", "2024-03-16", "2024-03-16", "reference"),
    ("今日（8日）踏入第三日", "今日（8日）", "2024-02-08", "2024-02-08", "reference"),
    ("他今（11日）表示", "今（11日）", "2024-02-11", "2024-02-11", "reference"),
    # print style: days in numerals
    ("王沪宁十日在北京会见", "十日", "2024-02-10", "2024-02-10", "reference"),
    ("监察院廿一日公布报告", "廿一日", "2024-01-21", "2024-01-21", "reference"),
    ("他于五日抵达", "五日", "2024-02-05", "2024-02-05", "reference"),
    ("正月十五日元宵", "正月十五日元宵", "2024-02-24", "2024-02-24", "reference"),
    ("农历8月15日赏月", "农历8月15日", "2024-09-17", "2024-09-17", "reference"),
    ("八月十五日开学", "八月十五日", "2024-08-15", "2024-08-15", "reference"),
    # 農曆 before a festival's name belongs to it
    ("农历除夕（2月9日）当天闭馆", "农历除夕（2月9日）", "2024-02-09", "2024-02-09", "reference"),
    ("我们农历七夕那天结婚", "农历七夕", "2024-08-10", "2024-08-10", "reference"),
    # a count of days right before a day is those days
    ("除夕前两天高速最堵", "除夕前两天", "2024-02-07", "2024-02-08", "reference"),
    ("清明节（4月4日）前两天走", "清明节（4月4日）前两天", "2024-04-02", "2024-04-03", "reference"),
    ("中秋节前一天放假", "中秋节前一天", "2024-09-16", "2024-09-16", "reference"),
    # a holiday's bracketed range takes the year the holiday is named with
    ("去年春节假期（1月21日至27日）很冷", "去年春节假期（1月21日至27日）", "2023-01-21", "2023-01-27", "reference"),
    ("去年国庆假期（10月1日至7日）人多", "去年国庆假期（10月1日至7日）", "2023-10-01", "2023-10-07", "reference"),
    ("去年春节疏运期间（1月14日至2月22日）运客很多", "去年春节疏运期间（1月14日至2月22日）", "2023-01-14",
     "2023-02-22", "reference"),
    # 最後 ends its word before 年三十晚
    ("最后年三十晚要减价", "年三十晚", "2024-02-09", "2024-02-09", "reference"),
    ("中秋（9月17日）前是月饼最好卖的时候", "中秋（9月17日）", "2024-09-17", "2024-09-17", "reference"),
    # weeks
    ("上週五跟房東說了", "上週五", "2024-02-02", "2024-02-02", "reference"),
    ("本周一(9月25日)发布", "本周一(9月25日)", "2024-09-25", "2024-09-25", "reference"),
    ("上周完成变更", "上周", "2024-01-29", "2024-02-04", "reference"),
    ("下周还会公布", "下周", "2024-02-12", "2024-02-18", "reference"),
    ("聯準會週三宣布", "週三", "2024-02-07", "2024-02-07", "reference"),
    ("星期天会同跑友去", "星期天", "2024-02-11", "2024-02-11", "reference"),
    ("下週五、六還有兩場", "下週五、六", "2024-02-16", "2024-02-17", "reference"),
    ("今個星期日我會去", "今個星期日", "2024-02-11", "2024-02-11", "reference"),
    ("上週末跑了一趟，出發是週六早上", "週六", "2024-02-03", "2024-02-03", "reference"),
    ("明日至周五持续高温", "明日至周五", "2024-02-12", "2024-02-16", "reference"),
    ("明（12）日至週五（16日）轉涼", "明（12）日至週五（16日）", "2024-02-12", "2024-02-16", "reference"),
    # ranges are one event
    ("2014-2015年的数据", "2014-2015年", "2014-01-01", "2015-12-31", "stated"),
    ("疏运期间为1月28日至2月4日", "1月28日至2月4日", "2024-01-28", "2024-02-04", "reference"),
    ("將於9月3日至5日試亮", "9月3日至5日", "2024-09-03", "2024-09-05", "reference"),
    ("7月1日至8月31日止为暑期", "7月1日至8月31日", "2024-07-01", "2024-08-31", "reference"),
    ("5月3日—5日举行", "5月3日—5日", "2024-05-03", "2024-05-05", "reference"),
    ("2024年12月28日至1月3日", "2024年12月28日至1月3日", "2024-12-28", "2025-01-03", "stated"),
    ("7 月至 9 月期间", "7 月至 9 月", "2024-07-01", "2024-09-30", "reference"),
    ("大年初一至年初三人山人海", "大年初一至年初三", "2024-02-10", "2024-02-12", "reference"),
    # Minguo
    ("自民國108年3月2日公告", "民國108年3月2日", "2019-03-02", "2019-03-02", "stated"),
    ("民國113年疏運計畫", "民國113年", "2024-01-01", "2024-12-31", "stated"),
    ("延長至113年3月", "113年3月", "2024-03-01", "2024-03-31", "stated"),
    ("中華民國91年3月19日", "中華民國91年3月19日", "2002-03-19", "2002-03-19", "stated"),
    # a Minguo day in figures apart by slashes or dots, as a notice's row writes it
    ("市集預計114/05/17（六）舉辦", "114/05/17（六）", "2025-05-17", "2025-05-17", "stated"),
    ("截止日期113.12.31", "113.12.31", "2024-12-31", "2024-12-31", "stated"),
    # a year named before HK's new-year day (年初二), which is never 年初, the year's start
    ("佢話2019年年初二喺度食過早餐", "2019年年初二", "2019-02-06", "2019-02-06", "stated"),
    # lunar days
    ("今天大年初二，要回娘家", "大年初二", "2024-02-11", "2024-02-11", "reference"),
    ("正月十五去看灯会", "正月十五", "2024-02-24", "2024-02-24", "reference"),
    ("初一就试过了，拜年", "初一", "2024-02-10", "2024-02-10", "reference"),
    ("最后一晚係年廿八", "年廿八", "2024-02-07", "2024-02-07", "reference"),
    ("年二十八洗邋遢", "年二十八", "2024-02-07", "2024-02-07", "reference"),
    ("年廿九花市", "年廿九", "2024-02-08", "2024-02-08", "reference"),
    ("年三十晚再嚟", "年三十晚", "2024-02-09", "2024-02-09", "reference"),
    # Cantonese 同 (and) before the eve is no 同年 (the same year)
    ("佢話年廿八同年三十晚最旺", "年三十晚", "2024-02-09", "2024-02-09", "reference"),
    ("腊月二十三扫房子", "腊月二十三", "2024-02-02", "2024-02-02", "reference"),
    ("前年大年初二去舅舅家", "前年大年初二", "2022-02-02", "2022-02-02", "reference"),
    ("大年初二（11日）回娘家", "大年初二（11日）", "2024-02-11", "2024-02-11", "reference"),
    # parts and seasons
    ("今年夏天之前不会减息", "今年夏天", "2024-06-01", "2024-08-31", "reference"),
    ("本月15日有一批债券到期", "本月15日", "2024-02-15", "2024-02-15", "reference"),
    ("3月初公布的数据", "3月初", "2024-03-01", "2024-03-10", "reference"),
    ("月中前后拆息", "月中", "2024-02-11", "2024-02-20", "reference"),
    ("今年年底前下线", "今年年底", "2024-12-01", "2024-12-31", "reference"),
    ("2018年年底冲刺上市", "2018年年底", "2018-12-01", "2018-12-31", "stated"),
    ("预计2月中下旬完工", "2月中下旬", "2024-02-11", "2024-02-29", "reference"),
    ("今年1至5月累计", "今年1至5月", "2024-01-01", "2024-05-31", "reference"),
    ("琴日去咗旺角", "琴日", "2024-02-10", "2024-02-10", "reference"),
    ("聽日再講", "聽日", "2024-02-12", "2024-02-12", "reference"),
    ("今朝已经搵到前车主", "今朝", "2024-02-11", "2024-02-11", "reference"),
    ("2023 年第三季度出货", "2023 年第三季度", "2023-07-01", "2023-09-30", "stated"),
    ("今年前三季度累计", "今年前三季度", "2024-01-01", "2024-09-30", "reference"),
    ("三年前的春天，我辞职", "三年前的春天", "2021-03-01", "2021-05-31", "reference"),
    # other written forms
    ("最终在 2024.5.3 全部切换", "2024.5.3", "2024-05-03", "2024-05-03", "stated"),
    ("窗口定在 2024/5/3 凌晨", "2024/5/3", "2024-05-03", "2024-05-03", "stated"),
    ("报告发布于November 2, 2021，", "November 2, 2021", "2021-11-02", "2021-11-02", "stated"),
    ("（5/3更新：换了轮胎）", "5/3", "2024-05-03", "2024-05-03", "reference"),
    ("相傳始於光緒11年", "光緒11年", "1885-01-01", "1885-12-31", "stated"),
    ("一九九四年十月廣島", "一九九四年十月", "1994-10-01", "1994-10-31", "stated"),
    ("曾經於二○二二年七月赴日", "二○二二年七月", "2022-07-01", "2022-07-31", "stated"),
    # festivals: the holiday only where the text speaks of it
    ("春节假期还有几天", "春节假期", "2024-02-10", "2024-02-16", "reference"),
    ("过年期间各车站", "过年期间", "2024-02-10", "2024-02-16", "reference"),
    ("春节前完成第一期", "春节前", "2024-02-10", "2024-02-10", "reference"),
    # (the year is the expression, as five annotators of five wrote it: 1990, not this year's)
    ("1990年那届春晚我还会守着看", "1990年", "1990-01-01", "1990-12-31", "stated"),
    ("上年做到年三十晚先收檔", "年三十晚", "2023-01-21", "2023-01-21", "reference"),
    ("元旦后会先开放预登记", "元旦后", "2024-01-01", "2024-01-01", "reference"),
    ("冬至吃汤圆", "冬至", "2023-12-22", "2023-12-22", "reference"),
    ("双11购物节", "双11", "2023-11-11", "2023-11-11", "reference"),
    ("平安夜當晚商場有煙火", "平安夜", "2023-12-24", "2023-12-24", "reference"),
    ("跨年夜地铁延长运营", "跨年夜", "2023-12-31", "2023-12-31", "reference"),
    ("中元节普渡", "中元节", "2024-08-18", "2024-08-18", "reference"),
    # (9月29日 is the Mid-Autumn of 2023, not of 2024 (September 17th): the year it falls on it)
    ("中秋節（9月29日）當晚", "中秋節（9月29日）", "2023-09-29", "2023-09-29", "reference"),
    # Month/day in figures, where the context makes them dates (a weekday, a range, brackets
    # after a named day, a word of time or action after them).
    ("新版本預計8/28上線", "8/28", "2024-08-28", "2024-08-28", "reference"),
    ("卡池上半8/28～9/17，下半9/17～10/8", "8/28～9/17", "2024-08-28", "2024-09-17", "reference"),
    ("卡池上半8/28～9/17，下半9/17～10/8", "9/17～10/8", "2024-09-17", "2024-10-08", "reference"),
    ("直播在8/16(五)晚上八點開始", "8/16(五)", "2024-08-16", "2024-08-16", "reference"),
    ("3/25（一）起開放報名", "3/25（一）", "2024-03-25", "2024-03-25", "reference"),
    ("测试时间为5.20—5.28，每天通勤", "5.20—5.28", "2024-05-20", "2024-05-28", "reference"),
    # a month.day before a departure, an opening or a meeting (not a version's release)
    ("我们打算1.28出发去海边", "1.28", "2024-01-28", "2024-01-28", "reference"),
    ("小鹿粉丝团:1.25见，不见不散！", "1.25", "2024-01-25", "2024-01-25", "reference"),
    ("书展1.26就开幕了", "1.26", "2024-01-26", "2024-01-26", "reference"),
    ("中秋節（9/17）剛好換池", "中秋節（9/17）", "2024-09-17", "2024-09-17", "reference"),
    ("發票於6/16-6/22登錄", "6/16-6/22", "2024-06-16", "2024-06-22", "reference"),
    ("活動期間2023/07/14(五)-11/30(四)", "2023/07/14(五)-11/30(四)", "2023-07-14", "2023-11-30",
     "stated"),
    ("最大機會通車日是6月27日(星期日)", "6月27日(星期日)", "2024-06-27", "2024-06-27", "reference"),
    ("6月27日（日）通車", "6月27日（日）", "2024-06-27", "2024-06-27", "reference"),
    ("2023/10/20(週五)起至2023/10/31(週二)21:00止", "2023/10/20(週五)起至2023/10/31(週二)",
     "2023-10-20", "2023-10-31", "stated"),
    # A bracketed day after a week or festival word: one event, the nearest such day.
    ("下週二（13日）起冷空氣減弱", "下週二（13日）", "2024-02-13", "2024-02-13", "reference"),
    ("冬至(21日)前夕车流量大增", "冬至(21日)", "2023-12-21", "2023-12-21", "reference"),
    ("上周四（2月8日）我递了辞呈", "上周四（2月8日）", "2024-02-08", "2024-02-08", "reference"),
    ("小年（2月2日）前肯定上", "小年（2月2日）", "2024-02-02", "2024-02-02", "reference"),
    # Words: bare Minguo years, 週末, 下旬, 下半年, 六一, HK 尾, lunar months, 今年年廿八.
    ("從113年底就開始抱怨", "113年底", "2024-12-01", "2024-12-31", "stated"),
    ("希望政府在115年之前做到", "115年", "2026-01-01", "2026-12-31", "stated"),
    ("週末兩天是這波最冷的時候", "週末", "2024-02-10", "2024-02-11", "reference"),
    ("周年庆版本1月下旬上线", "1月下旬", "2024-01-21", "2024-01-31", "reference"),
    ("新车将在下半年集中交付", "下半年", "2024-07-01", "2024-12-31", "reference"),
    ("今天是六一，祝大朋友节日快乐", "六一", "2024-06-01", "2024-06-01", "reference"),
    ("現延至明年3月尾", "明年3月尾", "2025-03-21", "2025-03-31", "reference"),
    ("工程年尾完工", "年尾", "2024-12-01", "2024-12-31", "reference"),
    ("老闆說農曆七月生意會比較差", "農曆七月", "2024-08-04", "2024-09-02", "reference"),
    ("農歷七月份是吉祥月", "農歷七月份", "2024-08-04", "2024-09-02", "reference"),
    ("今年年廿八我會執舖休息", "今年年廿八", "2024-02-07", "2024-02-07", "reference"),
    # A part word that starts another word is no part: 中風 is a stroke.
    ("母亲去年10月中風，出院后", "去年10月", "2023-10-01", "2023-10-31", "reference"),
    ("中秋国庆双节期间客流大增", "中秋国庆双节期间", "2024-09-17", "2024-09-17", "reference"),
    # A year borrowed from the sentence is the reader's inference: reference.
    ("2024/4/30的公告提示，工厂于4月中旬升级", "4月中旬", "2024-04-11", "2024-04-20", "reference"),
    ("官方去年12月说1月下旬上", "1月下旬", "2024-01-21", "2024-01-31", "reference"),
    ("今年7月公布的数据显示，截至6月底", "6月底", "2024-06-21", "2024-06-30", "reference"),
    # … and a year across a quotation is not the festival's.
    ("她從民國89年就在這裡擺攤，「清明節前如果還談不攏」", "清明節前", "2024-04-04", "2024-04-04",
     "reference"),
    # A festival or lunar day with 前后/前/后 is that day; 翌日 the day after it.
    ("五一前后将加密班次", "五一前后", "2024-05-01", "2024-05-01", "reference"),
    ("春节后复工的企业", "春节后", "2024-02-10", "2024-02-10", "reference"),
    ("中秋節翌日補假一天", "中秋節翌日", "2024-09-18", "2024-09-18", "reference"),
    ("正月初七前后陆续返工", "正月初七前后", "2024-02-16", "2024-02-16", "reference"),
    # A word with its bracketed date or range: one expression, the bracket decides.
    ("中秋節（9月17日）放假，翌日（九月十八日）上班", "翌日（九月十八日）", "2024-09-18",
     "2024-09-18", "reference"),
    ("除夕守岁，翌日（年初一）拜年", "翌日（年初一）", "2024-02-10", "2024-02-10", "reference"),
    ("春节假期（1月28日至2月4日）出行人数", "春节假期（1月28日至2月4日）", "2024-01-28",
     "2024-02-04", "reference"),
    # Quarters without a year, and the same period a year before.
    ("公司一季度营收增长", "一季度", "2024-01-01", "2024-03-31", "reference"),
    ("二季度营收较去年同期增长两成", "去年同期", "2023-04-01", "2023-06-30", "reference"),
    ("客流比去年同期增加约一成", "去年同期", "2023-01-01", "2023-12-31", "reference"),
    # Taiwan's Peace Memorial Day by its name, with its bracket
    ("二二八和平紀念日（2月28日）當天照常開館", "二二八和平紀念日（2月28日）", "2024-02-28", "2024-02-28", "reference"),
    # 上年 (last year, Hong Kong and the mainland) before a season or a Hong Kong lunar day
    ("上年秋天我哋去過", "上年秋天", "2023-09-01", "2023-11-30", "reference"),
    ("上年年廿八我哋執咗成晚", "上年年廿八", "2023-01-19", "2023-01-19", "reference"),
    # an organisation's year (上年度, 本年度), as notices write it
    ("上年度考核合格者可直接報名", "上年度", "2023-01-01", "2023-12-31", "reference"),
    ("本年度预算已经下达", "本年度", "2024-01-01", "2024-12-31", "reference"),
    # 同月: the month named before it in the sentence, a year before
    ("門診今年8月收治百餘人，比去年同月多三成", "去年同月", "2023-08-01", "2023-08-31", "reference"),
    ("该校1887年建成", "1887年", "1887-01-01", "1887-12-31", "stated"),
    ("明后天有雨", "明后天", "2024-02-12", "2024-02-13", "reference"),
    ("本周日10点开放", "本周日", "2024-02-11", "2024-02-11", "reference"),
    ("去年雙十節我們去看了煙火", "去年雙十節", "2023-10-10", "2023-10-10", "reference"),
    ("报名截至5/2中午", "5/2", "2024-05-02", "2024-05-02", "reference"),
    ("活动到5/2为止", "5/2", "2024-05-02", "2024-05-02", "reference"),
    ("新品5/2开抢", "5/2", "2024-05-02", "2024-05-02", "reference"),
    # Round 4 (blind2): today's, tomorrow morning, this year's, the first months or quarter.
    ("小李今天的演讲很精彩", "今天", "2024-02-11", "2024-02-11", "reference"),
    ("明早八点集合", "明早", "2024-02-12", "2024-02-12", "reference"),
    ("本年3月5日开庭", "本年3月5日", "2024-03-05", "2024-03-05", "reference"),
    ("今年前10个月出口增长", "今年前10个月", "2024-01-01", "2024-10-31", "reference"),
    ("工程预计明年首季完工", "明年首季", "2025-01-01", "2025-03-31", "reference"),
    ("上年聖誕我們去了東京", "上年聖誕", "2023-12-25", "2023-12-25", "reference"),
    ("他在2010-2012年间留学", "2010-2012年", "2010-01-01", "2012-12-31", "stated"),
    # 同期 is the whole period named before it, also a range made of two months.
    ("今年1月至3月营收，比去年同期增加", "去年同期", "2023-01-01", "2023-03-31", "reference"),
    ("今年1月至3月营收，比2019年同期增加", "2019年同期", "2019-01-01", "2019-03-31", "stated"),
    ("3月下旬部分路段封闭", "3月下旬", "2024-03-21", "2024-03-31", "reference"),
    # A range of relative days whose end names itself; a date that says what day it is.
    ("今晚至明日（正月初三）有雨", "今晚至明日（正月初三）", "2024-02-11", "2024-02-12",
     "reference"),
    ("2022年2月1日（大年初一）回乡", "2022年2月1日（大年初一）", "2022-02-01", "2022-02-01",
     "stated"),
    ("截至周五中午报名", "周五", "2024-02-09", "2024-02-09", "reference"),
    # (a deadline, 请于20号之前: still to come, this month's 20th, not last month's)
    ("材料请于20号之前交", "20号", "2024-02-20", "2024-02-20", "reference"),
    ("5月2日、3日两个上午开放", "3日", "2024-05-03", "2024-05-03", "reference"),
    # Solar terms beside a date word, the travel season, the holiday's sides.
    ("踏入立秋（8月7日）后", "立秋（8月7日）", "2024-08-07", "2024-08-07", "reference"),
    ("今年春分前后", "今年春分前后", "2024-03-20", "2024-03-20", "reference"),
    ("2025年春运（1月14日至2月22日）期间", "2025年春运（1月14日至2月22日）", "2025-01-14",
     "2025-02-22", "stated"),
    ("节后（2月18日至20日）返程", "节后（2月18日至20日）", "2024-02-18", "2024-02-20", "reference"),
    ("115年春節前完工", "115年春節前", "2026-02-17", "2026-02-17", "stated"),
    ("中秋節放假一天", "中秋節", "2024-09-17", "2024-09-17", "reference"),
    # A label before a colon does not make a weekend habitual.
    ("一般情况：预计周末转晴", "周末", "2024-02-10", "2024-02-11", "reference"),
    # A bare weekday takes the week just named only where the story goes on from that day.
    ("上周日（4日）来客比较少。店方说，周四就卖完了", "周四", "2024-02-08", "2024-02-08",
     "reference"),
    # quarters with a relative year: 本年第三季, 今年Q2
    ("最快本年第三季推出", "本年第三季", "2024-07-01", "2024-09-30", "reference"),
    ("今年Q2还会扩编", "今年Q2", "2024-04-01", "2024-06-30", "reference"),
    # a relative year or a count of years, with the year in brackets: one event
    ("部门去年（112年）才搬到新竹", "去年（112年）", "2023-01-01", "2023-12-31", "stated"),
    ("三年前（2021年）他们见过一面", "三年前（2021年）", "2021-01-01", "2021-12-31", "stated"),
    # a word that says the date is solar belongs to it
    ("訂於國曆3月9日（農曆正月廿八）舉行", "國曆3月9日（農曆正月廿八）", "2024-03-09",
     "2024-03-09", "reference"),
    # Hong Kong's day/month in brackets after a weekday
    ("下周二（13/2）開咪，一連兩晚", "下周二（13/2）", "2024-02-13", "2024-02-13", "reference"),
    ("周五（16/2）再加一場", "周五（16/2）", "2024-02-16", "2024-02-16", "reference"),
    # a range of years closed by 年间
    ("1980年至1995年間他一直在港", "1980年至1995年", "1980-01-01", "1995-12-31", "stated"),
    # a day range with its two weekdays in one bracket
    ("下月17日至18日（星期六、日）開放", "下月17日至18日（星期六、日）", "2024-03-17",
     "2024-03-18", "reference"),
    # HK 出年: next year
    ("佢話出年中秋一定返嚟", "出年中秋", "2025-10-06", "2025-10-06", "reference"),
    # 那天 named by its bracket
    ("出发那天（2月3日）下着雪", "那天（2月3日）", "2024-02-03", "2024-02-03", "reference"),
    # the n-th or last weekday of a month
    ("那天是1月的最后一个周五", "1月的最后一个周五", "2024-01-26", "2024-01-26", "reference"),
    ("定在3月第二个星期六", "3月第二个星期六", "2024-03-09", "2024-03-09", "reference"),
    # festivals counted in weeks or by the computus
    ("复活节(3月31日)后恢复交易", "复活节(3月31日)", "2024-03-31", "2024-03-31", "reference"),
    ("今年感恩节全家聚餐", "今年感恩节", "2024-11-28", "2024-11-28", "reference"),
    # a range whose end states the year gives its start the year too
    ("活动12月30日至2025年1月2日举行", "12月30日至2025年1月2日", "2024-12-30", "2025-01-02",
     "stated"),
    # a month-day in a clause that named a past year is in that year
    ("去年展期是3月20日至25日，人潮爆满", "3月20日至25日", "2023-03-20", "2023-03-25",
     "reference"),
    # a bare day said of the future is this month's
    ("主办方预计15日公布名单", "15日", "2024-02-15", "2024-02-15", "reference"),
    # 到今天 after 从: a day
    ("从去年3月开工到今天还没完工", "今天", "2024-02-11", "2024-02-11", "reference"),
    # round 6 (everyday pages): a month/day in figures after an ASCII colon, before an
    # adverb and its verb, or after 至/到 (a day something lasts until)
    ("展区开放时间:2/20(二)起延长", "2/20(二)", "2024-02-20", "2024-02-20", "reference"),
    ("早鸟票2/5就开卖了，现在没了", "2/5", "2024-02-05", "2024-02-05", "reference"),
    ("这家书店只营业至2/29，之后搬家", "2/29", "2024-02-29", "2024-02-29", "reference"),
    ("本来想一路休到2/18的计划泡汤了", "2/18", "2024-02-18", "2024-02-18", "reference"),
    # a month.day with a time of day
    ("2.3晚上我们才出发", "2.3", "2024-02-03", "2024-02-03", "reference"),
    # a day in Chinese numerals with 号, where a date would stand
    ("群主说二十号前报名有优惠", "二十号", "2024-01-20", "2024-01-20", "reference"),
    # HK: 今午 (this noon) and a month's head (月頭)
    ("記者今午到場視察", "今午", "2024-02-11", "2024-02-11", "reference"),
    ("報告將於下個月頭公布", "下個月頭", "2024-03-01", "2024-03-10", "reference"),
    # a decade of a named century; a fiscal year; Taiwan's 西洋情人節
    ("上世纪八十年代，这条街只有两家店", "上世纪八十年代", "1980-01-01", "1989-12-31", "stated"),
    ("该厂2022年度营收创新高", "2022年度", "2022-01-01", "2022-12-31", "stated"),
    ("今天正好是西洋情人节，花价翻倍", "西洋情人节", "2024-02-14", "2024-02-14", "reference"),
    # a range of days in one lunar month; a range up to the year's end
    ("腊月二十三至二十五车票最紧张", "腊月二十三至二十五", "2024-02-02", "2024-02-04", "reference"),
    ("补贴申请期为3月1日至年底", "3月1日至年底", "2024-03-01", "2024-12-31", "reference"),
    # 赶上周一: 上 ends the verb, the weekday is the page's week
    ("这次假期正好赶上周一，可以多休一天", "周一", "2024-02-05", "2024-02-05", "reference"),
    # 本月中旬 names this month: a later bare month is this year's
    ("去年9月开了分店，本月中旬完成验收，5月还要参展", "5月", "2024-05-01", "2024-05-31",
     "reference"),
    # a festival's year word dates the day in its bracket
    ("去年端午（6/10）我们也去划了龙舟", "去年端午（6/10）", "2023-06-10", "2023-06-10", "reference"),
    # 中 starting a word (中庭, 中奖) after 今年 is no mid-year
    ("社區公告說今年中庭不開放烤肉", "今年", "2024-01-01", "2024-12-31", "reference"),
    ("他说今年中奖的人特别多", "今年", "2024-01-01", "2024-12-31", "reference"),
    # a day before its clause's subject
    ("等了这么久，8号我们一起去看首映", "8号", "2024-02-08", "2024-02-08", "reference"),
    # 國慶日 with its day in brackets is one event
    ("運輸署表示，國慶日（十月一日）當日會加開巴士", "國慶日（十月一日）", "2024-10-01", "2024-10-01",
     "reference"),
    # Taiwan's holidays named by their day (雙十連假, 228連假)
    ("今年雙十連假預計有大批旅客出遊", "今年雙十連假", "2024-10-10", "2024-10-10", "reference"),
    ("去年228連假國道車流量創新高", "去年228連假", "2023-02-28", "2023-02-28", "reference"),
    # a year and month apart by a slash; a slash or dot day before what is done on it
    ("車子是2021/7交車的，開了兩年多", "2021/7", "2021-07-01", "2021-07-31", "stated"),
    ("等3/5之後再決定要不要買", "3/5", "2024-03-05", "2024-03-05", "reference"),
    ("1/25進場施工，預計兩週完成", "1/25", "2024-01-25", "2024-01-25", "reference"),
    ("民宿3/9那晚已經客滿了", "3/9", "2024-03-09", "2024-03-09", "reference"),
    ("師傅說2/20可以來裝，到時再回報", "2/20", "2024-02-20", "2024-02-20", "reference"),
    ("上週買的 2/3 下單 兩天就到", "2/3", "2024-02-03", "2024-02-03", "reference"),
    ("請問5.1號去人多嗎", "5.1號", "2024-05-01", "2024-05-01", "reference"),
    # HK's nights of Mid-Autumn, where the text speaks of it
    ("中秋連假打算十五晚去海邊賞月，十六晚再去山上", "十五晚", "2024-09-17", "2024-09-17", "reference"),
    ("中秋連假打算十五晚去海邊賞月，十六晚再去山上", "十六晚", "2024-09-18", "2024-09-18", "reference"),
    # a solar term said of a day (今天是, 時值): the day it falls on
    ("明天就是秋分，白天和黑夜一样长", "秋分", "2024-09-22", "2024-09-22", "reference"),
    ("時值立秋，公園裡的荷花還開著", "立秋", "2024-08-07", "2024-08-07", "reference"),
    # a solar term passing or just passed (过后, 以来, 过了, 赶上), in both scripts
    ("小寒以来，食堂的老人多了", "小寒", "2024-01-06", "2024-01-06", "reference"),
    ("立春過後連續幾日回暖", "立春", "2024-02-04", "2024-02-04", "reference"),
    ("過了芒種就不包了", "芒種", "2024-06-05", "2024-06-05", "reference"),
    ("刚好赶上大寒，店里加了汤锅", "大寒", "2024-01-20", "2024-01-20", "reference"),
    ("小雪节气到了，该腌腊肉了", "小雪", "2023-11-22", "2023-11-22", "reference"),
    # the dog days, counted in 庚 days from the solstice (夏至三庚)
    ("入伏（7月15日）后用水量增大", "入伏（7月15日）", "2024-07-15", "2024-07-15", "reference"),
    ("入伏後天氣悶熱", "入伏", "2024-07-15", "2024-07-15", "reference"),
    # a part of a Minguo year written with 民國 (年底 is December, as 113年底 is)
    ("全線預計民國117年底完工", "民國117年底", "2028-12-01", "2028-12-31", "stated"),
    ("民國114年上半年將辦理招標", "民國114年上半年", "2025-01-01", "2025-06-30", "stated"),
    # the day after the one the paragraph named (次日, 隔天, 翌日), a weekday in brackets with it
    ("定于3月5日（星期二）夜间停电，预计次日上午恢复", "次日", "2024-03-06", "2024-03-06", "reference"),
    ("我們2月3日到台北，隔天就去了九份", "隔天", "2024-02-04", "2024-02-04", "reference"),
    ("隔天（週一）一早就出發", "隔天（週一）", "2024-02-12", "2024-02-12", "reference"),
    # a bare weekday said of the day just named (正好落在, 剛好趕上): that day
    ("今年重阳节（10月11日）是农历九月初九，正好落在周五", "周五", "2024-10-11", "2024-10-11", "reference"),
    ("6月10日剛好趕上週一，可以連休", "週一", "2024-06-10", "2024-06-10", "reference"),
    # a bare month/day before what can be done that day, or where, or in a list of days
    ("水電師傅說3/6可以來裝", "3/6", "2024-03-06", "2024-03-06", "reference"),
    ("原定4/13、4/14在台中舉辦的演出延期", "4/13", "2024-04-13", "2024-04-13", "reference"),
    # a dotted day's range within its year; 上週 before 一口氣 (in one go) is the week
    ("展览将于2024.5.18-5.19在江城举办", "2024.5.18-5.19", "2024-05-18", "2024-05-19", "stated"),
    # (a full-width dash, a slashed range, a range of days of one month)
    ("貼文只寫下「2026.3.7－3.8 台北見」", "2026.3.7－3.8", "2026-03-07", "2026-03-08", "stated"),
    ("展期2024/5/3-5/6，免費入場", "2024/5/3-5/6", "2024-05-03", "2024-05-06", "stated"),
    ("市集2026.3.7-8兩天在河濱舉行", "2026.3.7-8", "2026-03-07", "2026-03-08", "stated"),
    ("上上週一口氣看了三間房", "上上週", "2024-01-22", "2024-01-28", "reference"),
    ("上周一直在下雨", "上周", "2024-01-29", "2024-02-04", "reference"),
    # Taiwan's 農曆年 beside a holiday word; 三八节
    ("記得在農曆年前完成接種", "農曆年前", "2024-02-10", "2024-02-10", "reference"),
    ("恰逢三八节，女性观众可免费入场", "三八节", "2024-03-08", "2024-03-08", "reference"),
    # … but a festival's events and one weekend are days
    ("端午節的活動很多，記得早點去", "端午節", "2024-06-10", "2024-06-10", "reference"),
    ("週末我帶孩子去了動物園", "週末", "2024-02-10", "2024-02-11", "reference"),
    ("市集11.8（六）-11.9（日）舉行", "11.8（六）-11.9（日）", "2023-11-08", "2023-11-09", "reference"),
    # a range followed by the festival or lunar days it runs between: one event, the range's
    ("值班安排：2月9日至2月11日（除夕至初二）由行政部负责", "2月9日至2月11日（除夕至初二）", "2024-02-09", "2024-02-11", "reference"),
    ("閉館時間為2024年2月9日（農曆除夕）至2月17日（正月初八），請留意。", "2024年2月9日（農曆除夕）至2月17日（正月初八）", "2024-02-09", "2024-02-17", "stated"),
    # a month/day in figures that a demonstrative points at (那天, 那個週末)
    ("聽說3/16那個週末會塞車", "3/16", "2024-03-16", "2024-03-16", "reference"),
    # a weekday's own date in brackets, written month.day
    ("上周六（2.3）和同学去爬山", "上周六（2.3）", "2024-02-03", "2024-02-03", "reference"),
    ("週五(2.9)晚上聚餐", "週五(2.9)", "2024-02-09", "2024-02-09", "reference"),
    # Taiwan's bracketed month with a part of it (本（3）月下旬)
    ("本（3）月下旬將開放申請", "本（3）月下旬", "2024-03-21", "2024-03-31", "reference"),
    # a range between two named weekdays, with their bracketed days
    ("署方會在本週六（10日）至下週日（18日）期間加強人手", "本週六（10日）至下週日（18日）", "2024-02-10",
     "2024-02-18", "reference"),
    ("本周六、周日全馆免费开放", "本周六、周日", "2024-02-10", "2024-02-11", "reference"),
    ("下周一至周五暂停办理", "下周一至周五", "2024-02-12", "2024-02-16", "reference"),
    # a range whose end has its weekday in brackets, too
    ("市集日期為2025/12/6（六）至 2025/12/7（日），免費入場", "2025/12/6（六）至 2025/12/7（日）",
     "2025-12-06", "2025-12-07", "stated"),
    ("展期12月6日（六）至7日（日）", "12月6日（六）至7日（日）", "2023-12-06", "2023-12-07", "reference"),
    # a solar term said of a day, or coming and going
    ("明天驚蟄，記得吃梨", "驚蟄", "2024-03-05", "2024-03-05", "reference"),
    ("處暑過後天氣轉涼", "處暑", "2024-08-22", "2024-08-22", "reference"),
    # solar terms that are everyday words too: by a bracket, 節氣, 剛過 or a day said to be them
    ("今年白露（9月7日）後天氣轉涼", "今年白露（9月7日）", "2024-09-07", "2024-09-07", "reference"),
    ("前天雨水剛過，早晚還是很冷", "雨水", "2024-02-19", "2024-02-19", "reference"),
    ("今天是大寒，記得喝碗熱湯", "大寒", "2024-01-20", "2024-01-20", "reference"),
    # an itinerary's day header
    ("D2｜3/9 老街和渡口", "3/9", "2024-03-09", "2024-03-09", "reference"),
    ("第三天｜3/10 返程", "3/10", "2024-03-10", "2024-03-10", "reference"),
    # a lunar range before 期間: the range, as the text speaks of the new year
    ("春節將至，除夕至初五期間實施交通管制", "除夕至初五", "2024-02-09", "2024-02-14", "reference"),
    # Taiwan's bracketed month with a part of it, in a range
    ("說明本（2）月下旬至3月初的重要行事", "本（2）月下旬至3月初", "2024-02-21", "2024-03-10", "reference"),
    # 一 that starts 一口氣 is no Monday: the week itself
    ("上上週一口氣看了三間房子", "上上週", "2024-01-22", "2024-01-28", "reference"),
    # a holiday's span in brackets after 期間: one expression, the bracket's range
    ("春節連假期間（2月8日至14日）門診休診", "春節連假期間（2月8日至14日）", "2024-02-08", "2024-02-14",
     "reference"),
    # a day of the holiday that its bracket names
    ("清明連假首日（4日），國道湧現車潮", "清明連假首日（4日）", "2024-04-04", "2024-04-04", "reference"),
    ("春節假期最後一天（2月14日）迎來返程高峰", "春節假期最後一天（2月14日）", "2024-02-14", "2024-02-14",
     "reference"),
    # a festival's n-th day
    ("我去年國慶第二天去的靈隱寺", "去年國慶第二天", "2023-10-02", "2023-10-02", "reference"),
    ("春節第三天回外婆家", "春節第三天", "2024-02-12", "2024-02-12", "reference"),
    # the mainland's 三八节, Taiwan's 農曆年 before a time word
    ("恰逢三八节，女性观众可领取纪念品", "三八节", "2024-03-08", "2024-03-08", "reference"),
    ("最好在農曆年前完成疫苗接種", "農曆年前", "2024-02-10", "2024-02-10", "reference"),
    # a week's two days listed, the week word said again: the two days
    ("好消息！本週六、週日科技館免費開放", "本週六、週日", "2024-02-10", "2024-02-11", "reference"),
    # two named weekdays with their bracketed days, one range
    ("展期由週六（10日）至下週日（18日），每日開放", "週六（10日）至下週日（18日）", "2024-02-10",
     "2024-02-18", "reference"),
    # a range of one week's days, the week word said again
    ("氣象專家說，週四至週五是風雨最大的時段", "週四至週五", "2024-02-08", "2024-02-09", "reference"),
    ("下週三到週日（2月14日至18日）要去旅行", "下週三到週日（2月14日至18日）", "2024-02-14", "2024-02-18",
     "reference"),
    # HK's 年初一晚 is the day; only 年三十晚 is written as one word
    ("花車巡遊將於年初三晚在灣仔舉行", "年初三", "2024-02-12", "2024-02-12", "reference"),
    # Cantonese 舊年 (last year) before a festival; a relative year makes 过年 one occasion
    ("舊年聖誕同屋企人去過", "舊年聖誕", "2023-12-25", "2023-12-25", "reference"),
    ("去年过年回老家住了一周", "去年过年", "2023-01-22", "2023-01-22", "reference"),
    # a Minguo year in numerals with its season, and a Minguo decade (80 to 89)
    ("那是民國六十八年冬天的事", "民國六十八年冬天", "1979-12-01", "1980-02-29", "stated"),
    ("民國70年代的台北街頭", "民國70年代", "1981-01-01", "1990-12-31", "stated"),
    # 民國七十幾年: some year of the decade, which one the text does not say
    ("阿公說民國七十幾年這裡還是稻田", "民國七十幾年", "1981-01-01", "1990-12-31", "stated"),
    # a Minguo year in numerals before a festival (Taiwan's texts only)
    ("照片背面寫著「六十九年中秋，全家合照」", "六十九年中秋", "1980-09-23", "1980-09-23", "stated"),
    # two seasons written together are one stretch (今冬明春: this winter and next spring)
    ("做好今冬明春防火工作", "今冬明春", "2024-12-01", "2025-05-31", "reference"),
    # a school break with its dates in brackets is one expression, as a festival's holiday is
    ("今年暑期（7月1日至8月31日），预订量大增", "今年暑期（7月1日至8月31日）", "2024-07-01", "2024-08-31",
     "reference"),
    ("寒假（1月20日至2月18日）期間圖書館照常開放", "寒假（1月20日至2月18日）", "2024-01-20", "2024-02-18",
     "reference"),
    # a range of lunar days ends in the same lunar month; a bracket that says its dates are solar
    # (國曆) dates the lunar days as a bare bracket does
    ("本宮訂於農曆三月初三至初五舉辦繞境", "農曆三月初三至初五", "2024-04-11", "2024-04-13", "reference"),
    ("农历七月十四日至十五日举办普渡法会", "农历七月十四日至十五日", "2024-08-17", "2024-08-18", "reference"),
    ("農曆七月十五日（國曆8月18日）舉行普渡", "農曆七月十五日（國曆8月18日）", "2024-08-18", "2024-08-18",
     "reference"),
    ("訂於農曆三月初三至初五（國曆4月11日至13日）舉辦", "農曆三月初三至初五（國曆4月11日至13日）", "2024-04-11",
     "2024-04-13", "reference"),
    # 今天就 + a verb is today's plan (a reply's 今天就去看看), in either script
    ("收到，今天就去看看", "今天", "2024-02-11", "2024-02-11", "reference"),
    ("今天就把清單整理給大家", "今天", "2024-02-11", "2024-02-11", "reference"),
    # a dotted day with the weekday it falls on; an itinerary's day label with its day in brackets
    ("7.19是周五，下班直接出发", "7.19", "2024-07-19", "2024-07-19", "reference"),
    ("D2（4.14）上午去古鎮，下午回市區", "4.14", "2024-04-14", "2024-04-14", "reference"),
    ("第三天(5.3)坐高铁回家", "第三天(5.3)", "2024-05-03", "2024-05-03", "reference"),
    # a month after a word that ends in 本 (原本, 日本): the month
    ("原本3月就想去，拖到現在才成行", "3月", "2024-03-01", "2024-03-31", "reference"),
    # a month/day that is a ticket's day, a trip's day, the soonest day, or a day word in figures
    ("記得早點訂3/15的票，不然會沒位", "3/15", "2024-03-15", "2024-03-15", "reference"),
    ("3/9我們全家會去看燈會", "3/9", "2024-03-09", "2024-03-09", "reference"),
    ("廠商說最快3/20才能到貨", "3/20", "2024-03-20", "2024-03-20", "reference"),
    ("元宵當天2/24人一定很多", "2/24", "2024-02-24", "2024-02-24", "reference"),
    ("5.18那场演出我也去了", "5.18", "2024-05-18", "2024-05-18", "reference"),
    ("她買到了3號的車票", "3號", "2024-02-03", "2024-02-03", "reference"),
    # a dotted range joined by a hyphen, before what was done in those days
    ("请了三天假，3.4-3.6去了趟厦门", "3.4-3.6", "2024-03-04", "2024-03-06", "reference"),
    # the week before a festival; a sign-up from the page's day to the date
    ("清明前一周就把車票買好了", "清明前一周", "2024-03-28", "2024-04-03", "reference"),
    ("報名即日起至3月15日止，額滿為止", "即日起至3月15日", "2024-02-11", "2024-03-15", "reference"),
    # a bare quarter inside a sentence: the reference year's; a year and month apart by a dot
    ("據說Q3營收會翻倍", "Q3", "2024-07-01", "2024-09-30", "reference"),
    ("早在2021.6，他就离开了公司", "2021.6", "2021-06-01", "2021-06-30", "stated"),
    ("从2019.3到2020.6一直在外地", "2019.3到2020.6", "2019-03-01", "2020-06-30", "stated"),
    # the Buddha's birthday, the eighth day of the fourth lunar month
    ("今年佛誕長洲一定人山人海", "今年佛誕", "2024-05-15", "2024-05-15", "reference"),
    # 二月二 (龍抬頭) is the second day of the second lunar month; 二月二十日 stays February's
    ("二月二那天大家都去理髮", "二月二", "2024-03-11", "2024-03-11", "reference"),
    ("她二月二十日出發", "二月二十日", "2024-02-20", "2024-02-20", "reference"),
    # Cantonese: 舊年 is last year, 今個月 this month
    ("佢話舊年已經打過針", "舊年", "2023-01-01", "2023-12-31", "reference"),
    ("今個月尾天氣會轉涼", "今個月尾", "2024-02-21", "2024-02-29", "reference"),
    # the shopping days in figures, where a day is meant
    ("等到618再買比較划算", "618", "2024-06-18", "2024-06-18", "reference"),
    ("去年618大促買的耳機", "去年618大促", "2023-06-18", "2023-06-18", "reference"),
    ("今天是520，花店忙翻了", "520", "2024-05-20", "2024-05-20", "reference"),
    # a festival's name in quotes before its holiday word is the holiday
    ("今年“五一”假期景区预约量大增", "今年“五一”假期", "2024-05-01", "2024-05-05", "reference"),
    # a relative month before a festival in it only says which one
    ("大家都在準備下月元宵節（2月24日）的燈籠", "元宵節（2月24日）", "2024-02-24", "2024-02-24", "reference"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "basis"), CASES)
def test_shape(text: str, surface: str, start: str, end: str, basis: str) -> None:
    check(text, surface, start, end, basis)


NOT_DATES = [
    "渔民说端午前后是一年最忙的时候",  # the busiest time of every year
    "大盘站上年内新高",  # 站上 + 年内: no 上年
    "停水范围：青山道二十号至六十号",  # house numbers after their street
    "周五晚上入住比周六便宜两百",  # two kinds of day compared, no one day
    "星期六比星期日人少一点",
    "年终盘点 2023年度榜单 影视综艺",  # an annual chart's name, not the year's events
    "外婆总在腊月廿三把灶台擦干净",  # 总在: what she always did, a day that comes back
    "他总会在中秋那天打电话回家",
    "只剩1/3那部分還沒做完",
    "農曆年的天數每年不同",
    "另外唔好揀星期六下晝去，人多到行唔郁",
    "建議避開週末前往，平日人比較少",
    "初三期間我每天讀書到深夜",
    "客服時間為週一至週五上午10時至下午6時",
    "週二至週日 9:00-21:00 開放參觀",
    "週一至週四使用還可疊加商家折扣",
    "雨水後路面濕滑，請小心駕駛",
    "一場大雪紛飛，交通大亂",
    "小滿足一下就好",
    "以後週六不能去吃早餐了",
    "期滿後的10日和20日內提交答辯狀",
    "連住十五晚的套票",
    "他住在2.5號樓",
    "参加3日游的旅客",
    "北海道5日自駕遊｜附住宿清單",
    "江南水乡4日精华游路线",
    "一日三餐",
    "连续3天下雨",
    "24小时营业",
    "7日均线跌破",
    "30日内申请",
    "为期3日的展览",
    "第3日的比赛",
    "3日2夜行程",
    "隔离14日后",
    "版本 v1.2.3 和 2.10.1",
    "电话 0912-345-678",
    "手机 13812345678",
    "三分之一，约1/3的人",
    "地铁3号线",
    "国道1号、3号中部路段",
    "5号楼的住户",
    "周一至周五上班",
    "每周三开会",
    "每次都在周三晚上",
    "每個星期二同星期四早上",
    "一周三次",
    "今周刊报道",
    "春晚节目单公布",
    "春晚節目越來越沒意思",
    # a greeting, and a festival's name on a show or a product, date nothing
    "祝大家中秋快乐，阖家团圆",
    "外交部預祝國慶快樂",
    "各位球迷圣诞节快乐",
    "國慶焰火首度移師南部",
    "国庆晚会的彩排很顺利",
    "中秋禮盒開賣",
    "NBA圣诞大战看点",
    # what holds as a rule: the habit's word before the day, a sentence framed as general, what
    # such days are (高发期, 中国人的七夕), a length of days (放足11日), every year (以前年年)
    "年宵市場一般由年廿五開始",
    "以前一般都係年廿六就放",
    "一般來說，起駕時辰都在農曆年後擲筊決定",
    "春节前后为火灾高发期",
    "9月下旬至10月上旬为流感高发期",
    "一到春节前，来买灶糖的人还是排成长队",
    "放足11日都唔夠",
    "以前年年都要捱通宵",
    # 去 after a modal or an adverb is the verb "go" (别去春熙路), not "last" (去春)
    "千万别去春熙路了，人太多",
    "下次想去冬奥村看看",
    # 今年 before an age is the person's age, not an event of the year
    "店主何伯今年78歲，煲涼茶五十年",
    "刘奶奶今年已经八十二岁了",
    "今年35歲的她出道至今10年",
    "各位跑友好，小弟今年31，之前只跑過兩次10公里",  # an age as a figure alone
    "家里小子今年刚上三年级，天天念叨要去现场",  # a school year
    "我妹今年讀高三",
    "初一学生",
    "iPhone 12 月销量",
    "售价199元，打3折",
    "热搜话题多达200多个",
    "大约 10 年前",
    "岁月中的故事",
    "蜜月中",
    "度过年会",
    "先天和后天",
    "8:30 到 17:30",
    "五月天演唱会",
    "比分3.5-2.1",
    "v1.2-3.4 更新",
    "週末的時候我喜歡去海邊走走",
    "周末的时候他通常在家看书",
    "端午節的習俗有哪些",
    "聊中秋的由来",
    "中秋節吃月餅是傳統",
    "春节是中国最重要的传统节日",
    "暑假是旅游旺季，机票很贵",
    "儿童节目很精彩",
    "农历年份不同",
    "版本 2024.5.18-5.1a",
    "開放時段2024/5/3-12:00",
    "开放2024.5.3-8点",
    "版本 2024.5.3-5.1",
    "1/2、1/3、1/4的比例各不相同",
    "有1/3可以报销",
    "约1/5在农村",
    "隔天吃一次就好",
    "每隔天浇一次水",
    "下单次日达",
    "这次日期提前了一周",
    "夜班车运营至次日凌晨2点",
    "提交后次日可查询结果",
    "目前日均客流约三万人次",
    "這個道理我到今時今日先明白",
    "大雪过后路面结冰",
    "雨水以来河水上涨",
    "下小雪时路很滑",
    "大暑天不要出门",
    "途中伏击敌军",
    "十月怀胎",
    "打听日期",
    "钢琴日记",
    "100日圆",
    "一连3日的会议",
    "编号双110",
    "停留三日",
    "为期十日的活动",
    "十日内完成",
    "最近十日",
    "约1/3的人",
    "比分3/1落后",
    "3/4的受访者表示",
    "大概1/3-1/2的人",
    "约1/3-1/2的人",
    "比分1-3/4",
    "5.20—5.18",
    "新版本3.5发布了",
    "比分10:3.5见分晓",
    "评分3.5分",
    "版本v2.1更新",
    "打了3.5折",
    "已有115年的歷史",
    "成立110年",
    "115年前",
    "年底薪资",
    "小年轻",
    "尾牙聚餐",
    "月初次见面",
    "六一二",
    "十六一",
    "周末版",
    "那段时间每天加班，周末也要回消息",
    "那一年有闰七月",
    # Days a year brings back, and a shop's week, are no events.
    "每年农历十月初一祭祖",
    "每逢春节都回家",
    "每年大年初二回娘家",
    "本店周一休息",
    "逢週二公休",
    # a shop closed on one weekday; when it is best to go
    "那家麵店在巷子裡，週一不開門",
    "海边冬至前后去最舒服，人少又不冷",
    "市集周六去最好，摊位最多",
    # Spans of years, and a bare 翌日 with nothing to count from.
    "已有1500年的历史",
    "1200年前的古城",
    "翌日出发",
    "约1/3为止",
    # Round 4: a yearly range, a case number, a quoted name, solar terms inside words,
    # the travel season as a subject, a holiday side without a date, the present age.
    "每年6月1日至3日开放",
    "案號113年度訴字第45號",
    "推出「黑色星期五」特賣",
    "成立冬季班",
    "青春分享会",
    "建立夏令营",
    "春运迎来高峰",
    "节前（3人）到场",
    "今天的中国",
    # Festivals listed as kinds of days, and things named for a festival.
    "端午、中秋等传统节日照常开放",
    "国庆等长假期间票价上浮",
    "学校的儿童节游园会改期了",
    "推出中秋礼盒和圣诞套餐",
    # a title's words, a quoted name, a custom after 每年, a season that comes back
    "他唱了一首《三月的雨》",
    "参加「周末寻宝」活动",
    "参加「星光圣诞」活动",
    "每年庙会（农历二月初二）最热闹",
    "年底旺季常常加班",
    "一路走到今天不容易",
    # a talk's opening and sign-off: today we talk about, that is all for today
    "我们今天就来聊聊这个话题",
    "好了，今天就到这里，下期见",
    "今天就分享到這兒",
    "人口占比由1/4增至1/3",
    "评分5.4分以上",
    "三十号楼的住户",
    "以前周末才有空去菜场",
    # Weekends as a kind of day, a date inside a weather word.
    "週末假日另加開夜間班次",
    "周末的生意甚至不及平日",
    # Saturdays and Sundays (HK 星期六日) in a habit.
    "以前星期六日成條街都係人",
    "平時星期六日都要排隊",
    # Weekends listed after another kind of time.
    "商會建議多辦夜間及週末的大型活動",
    "景区节假日及周末票价上调五元",
    # A weekend as a routine: what it then takes, set against the working day's hours.
    "那家麵包店周末下午兩點就賣完了",
    "平常訂位要提早兩天，週末就要提早一週",
    "搬到小城以后，下班还能去河边散步，周末约朋友去爬山",
    # A range whose start a year brings back comes back whole; so does a festival after
    # 每年都是 (every year it is).
    "申報時間為每年3月至4月，逾期不受理",
    "花市每年春節至元宵都會開放",
    "这家店的青团每年都是清明前才开始卖",
    "佢哋每年都係中秋前先開始做月餅",
    # 双十 and 228 are words and figures unless a holiday word follows
    "這件外套特價1228元",
    "雙十路上的店家",
    # 春晚 as the show (what it is like), not its night.
    "我覺得春晚是什麼樣已經不重要了",
    # a weekday said of as a rule; both school terms; a show named for a festival
    "這家店通常星期三人最少",
    # a weekday with 通常/一般 after it; weekends done so in past years
    "那間診所禮拜六通常也有開",
    "過去幾屆的決賽往年都在週末舉行",
    # a bare weekday labelling a list line before a colon (a week's plan, a timetable row)
    "Day3 周三：格子衬衫配西裤",
    "2. 週四：圖書館休館",
    "星期五：全天开放",
    "每到寒暑假，圖書館就擠滿學生",
    "中秋烟花汇演的门票很快就抢光了",
    # a solar term's name inside other words
    "他們成立冬季訓練營",
    # a festival as a topic; the gala's songs
    "作文我想寫七夕和重陽",
    "爷爷最爱听春晚的歌",
    "辞旧年迎新春",
    "暑期班报名中",
    # how crowded a weekday is, compared: every such day
    "星期六朝早人少啲，唔使排隊",
    "周二去人比较少",
    # year after year (年年) a festival or a lunar day is a custom, as after 每年
    "我哋年年都係年三十晚先貼揮春",
    "他们家年年中秋都去海边",
    # a week's routine earlier in the sentence: its bare weekday is every such day
    "节目每周更新一期，周五晚上八点准时上线",
    "課程每星期兩堂，週二及週四晚上上課",
    # a named day said not to be there
    "加班加到没有周末",
    "呢年冇年三十",
    # the events of 1947, not the holiday
    "二二八事件的史料陸續公開",
    # a place named for a day: a square, an avenue, a school
    "地铁在五一广场站换乘",
    "八一大道封闭施工一个月",
    "她在五四中学读书",
    # the kind of day a timetable or a fare is for
    "末班车按周末时刻表运行",
    "週末票價比平日貴一百元",
    # a score or a rating in brackets is no day, nor a dotted figure without a weekday after it
    "這家店評分（4.5）還不錯",
    "评分是4.5，不算高",
    # a hyphen between two decimals before no trip is a price's or a rate's range
    "汇率在7.12-7.15区间波动",
    # a warning said after a bare weekend or weekday is for every such day
    "週末千萬別去，停車位根本找不到",
    "星期六不要來，人超多",
    # 618 and 520 as figures: a price, a head count, a bus line, a user name
    "這支耳機售價618元",
    "共有520人報名",
    "搭618路公車回家",
    "樓上的bigcat520說得對",
    # … a count before a weaker word that needs a year word, 是 or a clause's start
    "上个季度新增618会员，共有520会员单位",
    "店家一共賣了520買家",
    # 辭舊年: the old year seen off, no date
    "辭舊年，迎新歲",
    # a FAQ's numbered question, a model's name, an index's level, a version
    "Q1：如何報名？",
    "新款Q3 Pro很好用",
    "指數漲到2023.5點",
    "在2023.1版本中修正",
    # a show named for a festival, its lanterns said first
    "區議會舉辦中秋綵燈晚會",
    "約1/3的票投給了他",
    "漲幅約3.5-4.5倍",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    for form in both_scripts(text):
        assert dated(form) == [], form


def test_a_day_in_a_general_sentence_that_the_page_dates_is_still_a_day() -> None:
    text = "一般來說，起駕時辰都在農曆年後決定，海安宮則是在元宵節（2月24日）當晚擲出聖筊。"
    assert "元宵節（2月24日）" in [f[0] for f in dated(text)]
    assert [f[0] for f in dated("光是初一到初五就發出3萬多張平安符")] == ["初一到初五"]
    # what a day is, said of it (农历七月初七是中国人的七夕): no day of the story
    assert "农历七月初七" not in [f[0] for f in dated("农历七月初七是中国人的七夕")]


def test_a_day_compared_or_a_named_week_denied_is_still_a_day() -> None:
    assert [f[0] for f in dated("现在没有春节那么忙")] == ["春节"]
    assert [f[0] for f in dated("没有下周一的会")] == ["下周一"]


def test_this_weekends_timetable_is_this_weekend() -> None:
    assert [f[0] for f in dated("本周末营业时间延长一小时")] == ["本周末"]


def test_a_holidays_roads_are_the_holiday() -> None:
    assert [f[0] for f in dated("五一路上肯定很堵")] == ["五一"]


def test_a_named_week_after_a_routine_is_still_one_week() -> None:
    assert [f[0] for f in dated("我每周都去游泳，这周五去不了")] == ["这周五"]


def test_a_year_and_its_part_are_not_year_after_year() -> None:
    assert [f[0] for f in dated("今年年廿八我會休息")] == ["今年年廿八"]


def test_a_festival_right_after_its_date_adds_no_event() -> None:
    found = dated("重播12月31日除夕倒数晚会", date(2025, 1, 29))
    assert [f[0] for f in found] == ["12月31日"]


def test_a_weekday_takes_a_named_week_only_close_by() -> None:
    text = "她上周三来过。\n" + "书店在二楼。\n" * 3 + "我们周六见"

    paras = text.split("\n")
    _, per = date_paragraphs(paras, paras, date(2024, 9, 13), date(2024, 9, 13))
    assert [(f.first.isoformat()) for f in per[-1]] == ["2024-09-14"]


def test_a_weekday_dated_in_brackets_names_the_week_a_bare_weekday_goes_on_in() -> None:
    """上週三 in one paragraph, then 週三（7日）起……週末 in the next: the bracket dates this
    week's Wednesday, and the weekend after it is this week's, not the one before."""
    for form in both_scripts("上週三我們去過一次。\n氣象局預料週三（7日）起轉涼，週末會有雨。"):
        found = [f for f in find_dates(form, REF, minguo=True) if form[f.start : f.end].endswith("末")]
        assert [(f.first.isoformat(), f.last.isoformat()) for f in found] == [("2024-02-10", "2024-02-11")], form


def test_weekends_from_a_date_on_are_every_weekend() -> None:
    """3月15号开始周末会有市集: each weekend from that day, not the one weekend after it."""
    for form in both_scripts("听说3月15号开始周末会有市集"):
        assert [g[0] for g in dated(form)] == [form[2:7]], form
    # … or from a day a word names (明天起, 即日起): every weekend from then on
    for form in both_scripts("谢谢大家喜欢，明天起周末加开早场"):
        assert [g[0] for g in dated(form)] == [form[7:9]], form
    # (即日 is the notice's own day, as 明天 is tomorrow; the weekends after it are none)
    for form in both_scripts("即日起周末延长营业到晚上十点"):
        assert [g[0] for g in dated(form)] == [form[0:2]], form


def test_a_day_said_not_to_be_there_in_cantonese_is_no_event() -> None:
    """冇埋年三十 (HK: there is not even a 年三十 this year) names a day that is not there."""
    for form in both_scripts("今年冇埋年三十，真係唔習慣"):
        assert [g[0] for g in dated(form)] == [form[:2]], form


def test_a_festival_labelling_the_days_after_its_colon_is_no_event_of_its_own() -> None:
    """元旦：12月30日至1月1日放假 (a holiday notice's row): the days are the event."""

    for form in both_scripts("三、元旦：12月30日至1月1日放假调休"):
        _, per = date_paragraphs([form], [form], REF, REF)
        assert [form[f.start : f.end] for f in per[0]] == [form[5:16]], form


def test_a_weekday_after_its_date_is_part_of_it() -> None:
    for text in ("2024年3月8日（星期五）举行", "2012年11月13日 星期二", "8月8日(週四)晚上"):
        for form in both_scripts(text):
            assert len(dated(form)) == 1, dated(form)


def test_year_start_is_not_a_lunar_day() -> None:
    for form in both_scripts("年初一些公司裁员"):
        assert dated(form) == [("年初", "2024-01-01", "2024-02-29", "reference")]
    for form in both_scripts("年初一拜年"):
        assert dated(form) == [("年初一", "2024-02-10", "2024-02-10", "reference")]


def test_a_bare_day_counts_from_a_stated_dateline_across_sentences() -> None:
    from tui.model.build import build_article

    text = (
        "2024-11-10 18:40\n"
        "公司此前已于10月28日提交招股书，早在25日就完成了路演。7日清晨，创始人发文。\n"
        "到了8日，股价回落。"
    )
    for form in both_scripts(text):
        a = build_article(form, today=date(2030, 1, 1))
        got = {e.text.simplified: e.start.isoformat() for e in a.timeline}
        assert got["25日"] == "2024-10-25"  # the month of its sentence
        assert got["7日"] == "2024-11-07"  # a new sentence: the dateline's month
        assert got["8日"] == "2024-11-08"


def test_without_a_stated_date_a_bare_day_takes_the_month_last_named() -> None:
    from tui.model.build import build_article

    text = "去年12月初开始升温，到了14日，门诊人次上升。\n18日宣布进入流行期。"
    a = build_article(text, today=date(2024, 1, 10))
    assert a.reference_source == "today"
    got = {e.text.simplified: (e.start.isoformat(), e.basis) for e in a.timeline}
    assert got["14日"] == ("2023-12-14", "reference")
    assert got["18日"] == ("2023-12-18", "reference")


def test_a_counted_relative_day_never_lands_before_its_start() -> None:
    text = "自2018年6月1日起天天打卡，到昨天已滿500天。"
    for form in both_scripts(text):
        found = dated(form, date(2018, 6, 1))
        assert found[0][:2] == ("2018年6月1日", "2018-06-01")
        assert found[1][0] == "昨天"
        assert found[1][1] == "2019-10-13"  # the 500th day, not 2018-05-31
        assert found[1][3] == "reference"  # whether day 1 counts is still a guess


def test_the_inferred_reference_follows_the_count() -> None:
    from tui.model.build import build_article

    a = build_article(
        "自2018年6月1日起天天打卡，到昨天已滿500天。今天繼續。", today=date(2030, 1, 1)
    )
    assert (a.reference_date, a.reference_source) == (date(2019, 10, 14), "latest-year")
    got = {e.text.traditional: e.start for e in a.timeline}
    assert got["昨天"] == date(2019, 10, 13) and got["今天"] == date(2019, 10, 14)


def test_without_a_count_the_inferred_reference_still_keeps_the_story_possible() -> None:
    from tui.model.build import build_article

    for form in both_scripts("自2018年6月1日起天天打卡，到昨天已坚持很久。"):
        a = build_article(form, today=date(2030, 1, 1))
        got = {e.text.simplified: e for e in a.timeline}
        assert got["昨天"].start >= date(2018, 6, 1)  # never 2018-05-31
        assert got["昨天"].basis == "reference" and a.reference_source == "latest-year"


def test_dates_without_a_year_stay_near_the_reference() -> None:
    assert only("時刻表已於12月27日公布", date(2025, 1, 3))[1] == "2024-12-27"
    assert only("元旦后开放", date(2023, 12, 31))[1] == "2024-01-01"
    assert only("力争春节前完成", date(2012, 11, 13))[1] == "2013-02-10"
    assert only("十二月的时候", date(2025, 3, 15))[1] == "2024-12-01"  # nine months ahead: last December
    assert only("十月的时候", date(2025, 3, 15))[1] == "2025-10-01"


@pytest.mark.parametrize(
    "ref", [date(1, 1, 1), date(1, 1, 2), date(1, 12, 31), date(9999, 12, 31), date(9999, 1, 1)]
)
def test_reference_dates_at_the_ends_of_the_calendar_never_raise(ref: date) -> None:
    from tui.model.build import build_article
    from tui.model.export import summary, to_json

    text = (
        "\n".join(c[0] for c in CASES)
        + "\n昨天、今天、明天、大前天、上上周一、下下周日、上个月、下个月、去年底、后年。"
    )
    for form in both_scripts(text):
        a = build_article(form, reference_date=ref)
        assert a.reference_date == ref
        to_json(a)
        summary(a)
        for e in a.timeline:
            assert e.start <= e.end


def test_the_command_line_takes_the_calendars_ends(tmp_path) -> None:
    import json
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text(
        "昨天、今天、明天、上週五、下個月、去年底、春節假期、大年初二、18日。\n", "utf-8"
    )

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "tui", *args, str(path)], capture_output=True, timeout=120
        )

    from tests.apps import warm_word_cache
    from tui.model.load import read_source

    warm_word_cache(read_source(path))  # the words are not the point: no segmenting per run
    for ref in ("0001-01-01", "9999-12-31"):
        out = run("--json", "--reference-date", ref)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["reference_date"] == ref
        assert b"Traceback" not in out.stderr
    for bad in ("0000-01-01", "2024-02-30", "10000-01-01"):
        out = run("--summary", "--reference-date", bad)
        assert out.returncode == 2
        assert out.stderr.count(b"\n") == 1 and b"Traceback" not in out.stderr


def test_bare_days_after_a_later_date_of_the_story_are_still_to_come() -> None:

    texts = [
        "市集明日（12日）开幕，一连多日至2月25日结束。",
        "烟花表演逢周六晚上举行，即17日及24日。",
    ]
    _, per = date_paragraphs(texts, texts, REF, REF)
    days = [(texts[1][f.start : f.end], f.first.isoformat()) for f in per[1]]
    assert days == [("17日", "2024-02-17"), ("24日", "2024-02-24")]


def test_a_line_that_opens_with_a_numbered_item_is_no_day() -> None:
    from tui.model.date_patterns import scan_paragraphs

    rows = ["计票结果", "1号 王大明｜12,345票", "2號 李小華｜23,456票"]
    assert scan_paragraphs(rows) == [[], [], []]


def test_a_festival_before_the_weather_keeps_its_side() -> None:
    """``端午前天气`` is 端午前 + 天气, not 端午 + 前天 (the day before yesterday)."""
    found = find_dates("端午前天气还不算太热", date(2024, 3, 10))
    assert [("端午前天气还不算太热")[f.start : f.end] for f in found] == ["端午前"]


def test_a_range_that_a_year_brings_back_leaves_this_years_dates() -> None:
    # 每年 covers the range it opens; a later date of this year is still one
    assert dated("報名時間為每年3月至4月，今年3月10日開放") == [
        ("今年3月10日", "2024-03-10", "2024-03-10", "reference")
    ]


def test_a_weekday_said_of_a_day_takes_that_days_week() -> None:
    # 中秋是禮拜二: the festival's Tuesday (2024-09-17), not the page's week; the next weekday
    # after a space is another day, not the first one's weekday
    ref = date(2024, 9, 10)
    for form in both_scripts("今年中秋正好是星期二，下週一請假就能連休"):
        got = dated(form, ref)
        assert [g[1] for g in got] == ["2024-09-17", "2024-09-17", "2024-09-16"], got
    for form in both_scripts("中秋是禮拜二 下週一要上班"):
        assert [g[1] for g in dated(form, ref)] == ["2024-09-17", "2024-09-17", "2024-09-16"]


def test_a_weekday_after_a_comma_names_the_day_just_given() -> None:
    # 3月3日，也就是星期日: that Sunday, not the page's week's
    ref = date(2024, 2, 11)
    for form in both_scripts("活動改在3月3日，也就是星期日舉行"):
        assert [g[1] for g in dated(form, ref)] == ["2024-03-03", "2024-03-03"], form


def test_weekends_from_a_date_on_are_no_one_weekend() -> None:
    for form in both_scripts("5月1日後的週末是否開放還要再看"):
        assert [g[0] for g in dated(form)] == [form[:4]], form
    # a weekday after a count of days is one day
    for form in both_scripts("兩天後的週六就要出發"):
        assert [g[0] for g in dated(form)] == [form[4:6]], form


def test_a_day_of_a_counted_week_brings_the_story_back_to_the_pages_months() -> None:
    # 去年9月 is last year's; after 下週三 the sentence speaks of the page's year again
    check(
        "銷量比去年9月推出的舊款多兩成，下週三發表會後開放預購，8月1日正式出貨。",
        "8月1日",
        "2024-08-01",
        "2024-08-01",
        "reference",
    )


def test_dog_days_follow_the_geng_days() -> None:
    """入伏 is the third 庚 day from 夏至 (the solstice counts if it is one); 出伏 ten days
    after the first 庚 day from 立秋."""
    from tui.model.festivals import festival_date

    assert festival_date("入伏", 2025) == date(2025, 7, 20)
    assert festival_date("中伏", 2025) == date(2025, 7, 30)
    assert festival_date("末伏", 2025) == date(2025, 8, 9)
    assert festival_date("出伏", 2025) == date(2025, 8, 19)
    assert festival_date("入伏", 2024) == date(2024, 7, 15)
def test_a_lunar_range_with_its_bare_days_in_brackets_takes_the_lunar_month() -> None:
    # the page of February 7th: 10日至12日 after it are this month's, as 年初一至年初三 says
    check("預測年初一至年初三（10日至12日）天氣清涼", "年初一至年初三（10日至12日）",
          "2024-02-10", "2024-02-12", "reference", ref=date(2024, 2, 7))  # fmt: skip


def test_a_bare_day_just_after_the_page_is_a_forecast_when_its_clause_says_will() -> None:

    texts = [
        "受冷空气影响，13日至14日，北方大部将有大风降温。",
        "受冷空氣影響，13日至14日，北部山區也將出現降雪。",
        "13日，市政府宣布将调整公交票价。",
        "25日，北方大部将有大风降温。",
        "铁路部门发布消息，14日起部分列车停运。",
    ]
    _, per = date_paragraphs(texts, texts, REF, REF)
    firsts = [f.first.isoformat() for p in per for f in p]
    assert firsts[:2] == ["2024-02-13", "2024-02-13"]
    assert firsts[2:] == ["2024-01-13", "2024-01-25", "2024-02-14"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("约好七一一齐去湾仔睇烟花", "七一"),
        ("七一前后各单位开展主题活动", "七一前后"),
    ],
)
def test_july_first_is_a_holiday_name(text: str, surface: str) -> None:
    found = find_dates(text, date(2026, 6, 20))
    got = [(text[f.start : f.end], f.first.isoformat()) for f in found]
    assert (surface, "2026-07-01") in got
    assert find_dates("门牌是七一二号", date(2026, 6, 20)) == []


def test_a_day_said_again_in_figures_in_a_bracket_is_a_date() -> None:
    text = "上周五（其实就是5/9啦）我们去了海边"
    found = find_dates(text, date(2025, 5, 14))
    assert ("5/9", "2025-05-09") in [(text[f.start : f.end], f.first.isoformat()) for f in found]
    assert find_dates("中奖机率就是1/3，不算低", date(2025, 5, 14)) == []


def test_the_next_step_of_a_yearly_round_comes_back_too() -> None:
    assert find_dates("阿婆每年冬至后腌腊肉，年底晒干，从来不用买。", date(2026, 3, 20)) == []
    found = find_dates("每年冬至后腌腊肉，今年年底想多做一些。", date(2026, 3, 20))
    assert [f.first.isoformat() for f in found] == ["2026-12-01"]


def test_months_that_things_usually_happen_in_are_no_event() -> None:
    assert find_dates("这里的雨季一般在五月至九月，出门记得带伞。", date(2026, 3, 20)) == []
    assert find_dates("枫叶通常10月转红", date(2026, 3, 20)) == []
    found = find_dates("展览将在五月开幕", date(2026, 3, 20))
    assert [f.first.isoformat() for f in found] == ["2026-05-01"]


def test_a_programmes_rows_open_with_their_days() -> None:
    # 12/5　某某講座: a day in figures opening its line, an ideographic space after it
    text = "講座場次：\n1/6\u3000老街的早餐店（講師：某某）\n1/13\u3000河堤散步地圖（講師：某某）"
    for form in both_scripts(text):
        assert [f[0] for f in dated(form)] == ["1/6", "1/13"], form
    # a share inside a sentence, or a fraction set apart, stays no date
    for form in both_scripts("他說約1/3\u3000的人會來"):
        assert dated(form) == [], form


def test_a_bare_terms_start_given_at_once_is_the_event_not_the_term() -> None:
    # 暑期档将于7月上旬开启: the season is the subject of its start day (as 春运从1月14日开始)
    for text, surface in (("业内预计暑期档将于7月上旬开启，影院已排片", "7月上旬"), ("寒假從1月20日開始", "1月20日")):
        for form in both_scripts(text):
            assert [f[0] for f in dated(form, date(2026, 5, 21))] == [surface], form
    # a term with its own year, or a day that ends it, stays
    assert [f[0] for f in dated("今年暑期档将于7月上旬开启", date(2026, 5, 21))] == ["今年暑期档", "7月上旬"]
    assert [f[0] for f in dated("暑期档将于8月下旬结束", date(2026, 5, 21))] == ["暑期档", "8月下旬"]


def test_days_that_things_usually_or_in_past_years_happen_on_are_no_event() -> None:
    # 一般/通常 right before a festival or a part of a month, 往年都是 (in past years it was)
    for text in ("社区一般中秋前后发月饼券", "往年都是9月下旬开学", "歷年都是3月中旬放榜"):
        for form in both_scripts(text):
            assert dated(form, date(2026, 5, 6)) == [], form
    # the year's own festival is one day
    assert dated("社区今年中秋前后发月饼券", date(2026, 5, 6)) == [
        ("今年中秋前后", "2026-09-25", "2026-09-25", "reference")
    ]


def test_a_date_word_inside_a_hashtag_topic_is_its_name() -> None:
    text = "#国庆去哪儿玩# 今天终于到了西湖，周末再去灵隐"
    found = find_dates(text, date(2026, 10, 3))
    assert [text[f.start : f.end] for f in found] == ["今天", "周末"]


def test_a_day_weeks_from_the_page_keeps_the_pages_year_after_a_relative_year() -> None:
    text = "明年2月将在台中加演两场，门票12月28日中午开卖"
    found = find_dates(text, date(2025, 12, 20))
    got = {text[f.start : f.end]: f.first.isoformat() for f in found}
    assert got["12月28日"] == "2025-12-28"
    text = "去年12月搬进新家，1月中旬才装好网络"
    found = find_dates(text, date(2026, 6, 20))
    got = {text[f.start : f.end]: f.first.isoformat() for f in found}
    assert got["1月中旬"].startswith("2026-01")


def test_a_week_word_reported_as_said_on_an_earlier_day_counts_from_that_day() -> None:

    texts = [
        "我2月3日也去了一趟，人很多。",
        "那时候老板跟我们说下周二要回乡下，所以店会休息一天。",
        "老板说下周二要回乡下。",
    ]
    _, per = date_paragraphs(texts, texts, REF, REF)
    assert [f.first.isoformat() for f in per[1]] == ["2024-02-06"]
    assert [f.first.isoformat() for f in per[2]] == ["2024-02-13"]


def test_cantonese_tomorrow_night_is_a_day() -> None:
    found = find_dates("听晚八点喺旺角等", date(2026, 3, 12))
    assert [(f.start, f.end, f.first.isoformat()) for f in found] == [(0, 2, "2026-03-13")]
    assert find_dates("大家听晚会的安排", date(2026, 3, 12)) == []


def test_a_solar_term_with_those_days_after_it_is_a_day_of_the_story() -> None:
    text = "今年秋播晚了，寒露那几天一直下雨"
    found = find_dates(text, date(2026, 11, 3))
    assert ("寒露", "2026-10-08") in [(text[f.start : f.end], f.first.isoformat()) for f in found]


def test_a_day_waited_for_a_few_days_ahead_is_this_months() -> None:
    # on the 5th, 等8号以后 and 待到7号 speak of days to come, not of last month's
    ref = date(2026, 10, 5)
    check("人太多了，等8号以后再说吧", "8号", "2026-10-08", "2026-10-08", "reference", ref)
    check("表妹待到7号，周三下午走", "7号", "2026-10-07", "2026-10-07", "reference", ref)
    # a forecast a few words before the day (预计出现在6日 on the 3rd)
    check("返程高峰预计出现在6日下午", "6日", "2026-10-06", "2026-10-06", "reference", date(2026, 10, 3))
    # a past day told after it stays last month's
    check("8号那天我去过一次，人很多", "8号", "2026-09-08", "2026-09-08", "reference", ref)


def test_a_deitys_birthday_on_a_temple_notice_is_not_christmas() -> None:
    """``關聖帝君聖誕`` names a deity's birthday: the page's bare ``聖誕`` is that lunar day, which
    the notice dates itself; on other pages ``聖誕`` is still Christmas."""

    texts = ["本宮恭逢關聖帝君聖誕，訂於農曆六月廿四日舉行祝壽法會。", "聖誕當天上午開放信眾參拜。"]
    _, per = date_paragraphs(texts, texts, REF, REF)
    assert [texts[0][f.start : f.end] for f in per[0]] == ["農曆六月廿四日"]
    assert per[1] == []
    plain = ["聖誕當天餐廳照常營業。"]
    _, per = date_paragraphs(plain, plain, REF, REF)
    assert [plain[0][f.start : f.end] for f in per[0]] == ["聖誕"]


def _reply_dates(text: str) -> dict[str, str]:
    from tui.model.build import build_article

    a = build_article(text, today=date(2030, 1, 1))
    return {e.text.simplified: e.start.isoformat() for e in a.timeline}


def test_a_replys_relative_days_count_from_its_stamp_above_it() -> None:
    # a floor's stamp without a year, on a page whose date is stated: the page's year
    text = (
        "露營區推薦？\n2025-08-12 21:30\n想找北部有溫泉的露營區，有推薦的嗎？謝謝大家。\n"
        "B1・8月12日 22:10\n某某大學\n新竹那間不錯，設備很新。\n"
        "B2・8月18日 09:05\n某某科大\n昨天剛去過，上週六人還很少。\n"
    )
    for form in both_scripts(text):
        got = _reply_dates(form)
        assert got["昨天"] == "2025-08-17"
        assert got["上周六"] == "2025-08-16"


def test_a_replys_relative_days_count_from_its_stamp_below_it() -> None:
    # answers and comments: the text, then the stamp; the page reads its stamps as closing them
    text = (
        "这款电饭煲能预约吗？\n2025-03-10 08:00\n问题详情：想买来早上煮粥用。\n"
        "全部回答\n"
        "小王同学\n可以的，我昨天刚试过，定时很准。\n2025-03-12 18:22 有用(20)\n"
        "阿花爱做饭\n能预约，上个月买的，用了很多次了。\n2025-04-02 10:15 有用(3)\n"
        "猜你喜欢\n"
    )
    for form in both_scripts(text):
        got = _reply_dates(form)
        assert got["昨天"] == "2025-03-11"
        assert got["上个月"] == "2025-03-01"


def test_a_replys_stamp_at_the_end_of_its_line_is_its_own() -> None:
    text = "2025-11-04 20:00\n新款耳机今天开售。\n小林：已经下单了，明天到货 11-5 20:40\n"
    for form in both_scripts(text):
        assert _reply_dates(form)["明天"] == "2025-11-06"


def test_the_stamp_closing_a_named_reply_is_when_it_was_posted_not_an_event() -> None:
    """``某某：订了！希望国庆能提车 2025-09-10 20:05``, a review's ``… 下次再来 2025-09-12
    17:02``: the stamp dates the reply, the story's dates are what it says (国庆, 12月)."""
    text = (
        "2025-09-08 19:30\n新车发布会今晚开始。\n"
        "用户_8843：订了！希望国庆能提车 2025-09-10 20:05\n"
        "大白鲨开车：@用户_8843 国庆前肯定没戏，排到11月了\n"
        "栗子可颂要等12月才有，有点可惜。下次再来 2025-09-12 17:02\n"  # a review, its name above
        # (a Tieba reply inside a floor, its stamp then its reply button)
        "理工男不秃头: 回复 用户_8843 :大部分是年后才有，11月再看看 2025-09-13 21:24 回复\n"
    )
    from tui.model.build import build_article

    for form in both_scripts(text):
        labels = [e.label.simplified for e in build_article(form).timeline]
        assert "2025-09-10" not in labels and "2025-09-12" not in labels, labels
        assert "2025-09-13" not in labels, labels
        assert "2025-12" in labels, labels
        assert "2025-11" in labels, labels  # (国庆 is October 1st, 國慶 in Taiwan's forms the 10th)


def test_a_named_week_before_a_colon_is_still_a_day() -> None:
    """下週三：交報告 names one Wednesday; only a bare weekday heading its line is a label."""
    for form in both_scripts("下週三：交報告"):
        assert [g[1] for g in dated(form)] == ["2024-02-14"], form
    for form in both_scripts("计划如下，我们周六：去爬山"):
        assert [g[1] for g in dated(form)] == ["2024-02-10"], form


def test_a_range_of_bare_days_stays_in_a_month_that_has_its_end() -> None:
    """29日至31日 on a page of July 28th: June has no 31st, so the days are July's."""
    check("預報指29日至31日仍有雷陣雨", "29日至31日", "2024-07-29", "2024-07-31", "reference", ref=date(2024, 7, 28))
    check("据报29日至30日曾有雷阵雨", "29日至30日", "2024-06-29", "2024-06-30", "reference", ref=date(2024, 7, 28))


@pytest.mark.parametrize(
    "text",
    [
        # 上 closing a word before 年 (网上 + 年货): no "last year"
        "市集改在网上年货节举行",
        "大家在線上年會見",
        # a thing named for a school break
        "寒假作業要在開學前交",
        "我报了暑假班学画画",
        # a market named for a festival
        "農曆新年年宵市場的攤位開始拍賣",
        "中秋花市人很多",
    ],
)
def test_words_that_only_look_like_dates(text: str) -> None:
    """网上年货, 寒假作業, 年宵市場: a word's end before 年, things named for a break or a festival."""
    for form in both_scripts(text):
        assert dated(form) == [], form


def test_a_festival_that_labels_the_dates_after_it_is_no_event_of_its_own() -> None:
    """春节放假时间为2月8日至15日: the range is the event, the festival names it."""
    for form in both_scripts("今年春节放假时间为2月8日至15日，共8天。"):
        assert [g[0] for g in dated(form)] == [form[form.index("2月") : form.index("日，") + 1]], form
    # … while a festival with no figures after it is still the day
    assert [g[0] for g in dated("春节放假回老家")] == ["春节"]


def test_a_years_school_break_is_no_definition() -> None:
    """去年暑假是最好的时候: one summer (a bare 暑假是旅游旺季 stays every year's)."""
    check("去年暑假是最好的時候", "去年暑假", "2023-07-01", "2023-08-31", "reference")
    check("我們從去年暑期開始試點", "去年暑期", "2023-07-01", "2023-08-31", "reference")
    for form in both_scripts("暑假是旅游旺季"):
        assert dated(form) == [], form
    for form in both_scripts("暑期活動很多"):
        assert dated(form) == [], form


def test_a_festivals_transport_operation_is_no_day() -> None:
    """公告春節疏運加開列車: the operation named for the festival; 疏運期間 is still the time."""
    for form in both_scripts("交通部今天公告春节疏运加开列车"):
        assert [g[0] for g in dated(form)] == ["今天"], form
    assert dated("春節疏運期間加開列車")[0][0] == "春節疏運期間"


def test_a_blog_archives_months_and_counts_are_no_dates() -> None:
    """2025年8月(3), ▼ 四月 (2): an archive's entries count posts; a month in a sentence stays."""
    for form in both_scripts("归档\n2023年9月(4)\n2023年8月（12）\n▼ 四月 (2)"):
        assert dated(form) == [], form
    assert [g[0] for g in dated("2023年9月(4)日")] == ["2023年9月"]


def test_a_days_schedule_after_shijian_wei_is_a_day() -> None:
    """时间为20日上午: the day a schedule is on (为期3日 stays a count)."""
    check("展覽時間為20日上午9時至下午5時", "20日", "2024-02-20", "2024-02-20", "reference", ref=date(2024, 2, 25))
    for form in both_scripts("活动为期3日"):
        assert dated(form) == [], form


def test_a_bare_day_repeats_a_coming_day_the_story_named() -> None:
    """将于2月20日至21日举行 … 20日上午开幕: the days already named, not last month's."""
    text = "園遊會將於2月20日至21日舉行。\n主辦單位說，20日上午開幕，21日下午閉幕。"
    for form in both_scripts(text):
        got = [(g[0], g[1]) for g in dated(form, date(2024, 2, 15))]
        assert got[1:] == [("20日", "2024-02-20"), ("21日", "2024-02-21")], form


def test_a_day_in_hao_before_a_plan_or_a_wait() -> None:
    """咱们9号一起走, 就等 9 号了, 9号照常营业: a day; 第 3 号选手, 3号楼 are numbers."""
    ref = date(2024, 2, 15)
    for text, surface in (
        ("那咱们19号一起走", "19号"),
        ("就等 19 号了，别再涨价", "19 号"),
        ("，19號照常營業。", "19號"),
        ("19号刚好要去买蛋糕", "19号"),
    ):
        for form in both_scripts(text):
            assert [g[0] for g in dated(form, ref)] == [form[text.index(surface) : text.index(surface) + len(surface)]], form
    assert_no_days(("第 3 号选手上场", "我们3号楼停电", "他是 5 号球员"), ref)


def test_this_festival_in_cantonese_is_this_years() -> None:
    """今個中秋 (Cantonese "this"): this year's festival."""
    check("今個中秋去邊度賞月", "今個中秋", "2024-09-17", "2024-09-17", "reference")


def test_a_festivals_days_off_before_their_bracketed_range_are_one_holiday() -> None:
    """元旦三天（1月1日至3日）: the count of days and the range belong to the festival's name."""
    check("元旦三天（1月1日至3日）夜場延長", "元旦三天（1月1日至3日）", "2025-01-01", "2025-01-03", "reference", ref=date(2024, 12, 1))
    check("國慶4天連假（10月10日至13日）人潮多", "國慶4天連假（10月10日至13日）", "2024-10-10", "2024-10-13", "reference", ref=date(2024, 9, 1))


def test_a_year_compared_with_or_a_decade_lends_no_year_to_the_clause() -> None:
    """比去年多……在11月21日: this year's day; 民國80年代就開始……10月底: this year's too."""
    ref = date(2024, 11, 10)
    check("今年攤位比去年多出兩成，並在11月21日至23日加開夜場。", "11月21日至23日", "2024-11-21", "2024-11-23", "reference", ref=ref)
    check("他從民國70年代就開始養蜂，10月底那波寒流凍死不少。", "10月底", "2024-10-21", "2024-10-31", "reference", ref=ref)
    # … while a year the clause is set in still gives its year
    check("去年進香時間是4月13日至20日", "4月13日至20日", "2023-04-13", "2023-04-20", "reference", ref=ref)


def test_a_lunar_day_or_festival_after_a_stated_date_is_that_years() -> None:
    """2025年2月8日開幕，展至正月十八，元宵節（2月12日）加場: the stated date's year, even with
    a clock's colon between."""
    ref = date(2024, 3, 1)
    text = "2025年2月8日晚開幕，每日17:00至22:00開放，展至正月十八，元宵節（2月12日）延長開放。"
    check(text, "正月十八", "2025-02-15", "2025-02-15", "reference", ref=ref)
    check(text, "元宵節（2月12日）", "2025-02-12", "2025-02-12", "reference", ref=ref)


def test_a_context_festival_dated_by_a_bracketed_lunar_day() -> None:
    """小年（腊月二十三）: the bracket's lunar day gives the word its context and its day."""
    check("今年想在小年（臘月二十三）那天出發", "小年（臘月二十三）", "2024-02-02", "2024-02-02", "reference", ref=date(2024, 1, 20))


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_bare_new_year_days_under_a_headline_about_the_festival(script: Script) -> None:
    """A thread titled for the Spring Festival dates its replies' bare 初二, 初四 (the body
    says no festival word itself); without that headline a bare 初二 stays undated (a school
    year in mainland text)."""
    from tui.model.build import build_article

    lines = [
        "標題 [問題] 渡輪春節加開班次有人知道嗎",
        "時間 Sat Jan 18 21:07:45 2025",
        "",
        "初二要回我老婆娘家 打算初四再帶小孩過去玩",
        "有人知道加開的班次是不是早上6點就開始了？",
    ]
    text = convert("\n".join(lines), script)
    article = build_article(text, today=date(2025, 3, 1))
    days = {e.text.original: e.start.isoformat() for e in article.timeline}
    assert days == {convert("初二", script): "2025-01-30", convert("初四", script): "2025-02-01"}
    untitled = convert("\n".join(lines[1:]), script)
    assert build_article(untitled, today=date(2025, 3, 1)).timeline == ()


def surfaces(text: str, ref: date, minguo: bool = True) -> list[tuple[str, str, str]]:
    found = find_dates(text, ref, minguo=minguo)
    return [(text[f.start : f.end], f.first.isoformat(), f.last.isoformat()) for f in found]


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_hong_kong_new_year_days_before_the_weather(script: Script) -> None:
    """年初四天氣: the 4th day of the new year, then the weather (天氣 is no 四天, four days);
    年初三天 without 氣 is still the year's first three days."""
    ref = date(2024, 2, 1)
    assert surfaces(convert("天文台預測，年初二至年初四天氣較涼。", script), ref) == [
        (convert("年初二至年初四", script), "2024-02-11", "2024-02-13")
    ]
    assert surfaces(convert("天文台預測，年初二天氣較涼。", script), ref) == [
        (convert("年初二", script), "2024-02-11", "2024-02-11")
    ]


def test_a_minguo_month_with_its_part() -> None:
    """113年3月底 is the end of March 2024, as 2024年3月底 is; not the whole month."""
    ref = date(2024, 1, 5)
    assert surfaces("工期預計至113年3月底，期間無法使用。", ref, minguo=True) == [
        ("113年3月底", "2024-03-21", "2024-03-31")
    ]
    assert surfaces("民國113年3月中旬完工。", ref, minguo=True) == [("民國113年3月中旬", "2024-03-11", "2024-03-20")]


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_bracket_that_names_the_day_belongs_to_the_date(script: Script) -> None:
    ref = date(2024, 4, 3)
    for text, surface, day in (
        ("他趁上月29日（耶穌受難節）先來一次。", "上月29日（耶穌受難節）", "2024-03-29"),
        ("9月23日（秋分）當天開放。", "9月23日（秋分）", "2024-09-23"),
        ("4月22日（世界地球日）有活動。", "4月22日（世界地球日）", "2024-04-22"),
    ):
        assert surfaces(convert(text, script), ref) == [(convert(surface, script), day, day)]
    # someone's day is not the calendar's name for it
    assert surfaces(convert("下週三（她的生日）要做新品。", script), ref)[0][0] == convert("下週三", script)


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_weekdays_listed_with_all_are_every_weeks(script: Script) -> None:
    """周六周日都有 says what every weekend brings; a weekday named for one week stays a day."""
    ref = date(2024, 10, 1)
    for text in ("他說會加開賞桂專線，週六週日都有", "星期六、日都開放", "週六和週日均有演出"):
        assert surfaces(convert(text, script), ref) == []
    assert [s for s, _, _ in surfaces(convert("週六去看電影，週日都在家", script), ref)] == [
        convert("週六", script),
        convert("週日", script),
    ]
    assert surfaces(convert("下週六週日都有雨", script), ref)[0][1] == "2024-10-12"


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_yearly_range_from_a_part_of_a_month_to_a_festival(script: Script) -> None:
    ref = date(2024, 10, 1)
    assert surfaces(convert("她好像每年12月底到農曆年前都接滿場", script), ref) == []
    assert surfaces(convert("每年1月中旬到春節前都很忙", script), ref) == []


@pytest.mark.parametrize("text", ["我尋晚去咗食飯", "我噚晚去咗食飯", "噚日好凍", "我寻晚去咗食饭"])
def test_cantonese_last_night_in_its_written_forms(text: str) -> None:
    """尋晚, 噚晚 (and 噚日): last night, yesterday; opencc folds 噚 to 㖊."""
    ref = date(2025, 1, 21)
    for form in (text, convert(text, Script.SIMPLIFIED)):
        assert [(s, a) for s, a, _ in surfaces(form, ref, minguo=False)] == [(form[1:3] if form[0] == "我" else form[:2], "2025-01-20")]


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_the_eve_with_its_hour_after_it(script: Script) -> None:
    """年三十晚七點半: the eve, then its hour (the figures after 晚 count nothing)."""
    ref = date(2025, 1, 20)
    text = convert("訂到喇！年三十晚七點半，下禮拜二見真章", script)
    assert surfaces(text, ref, minguo=False)[0] == (convert("年三十晚", script), "2025-01-28", "2025-01-28")
    assert surfaces(convert("年三十一個人過", script), ref, minguo=False) == []


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_lunar_day_written_with_its_festival_is_one_expression(script: Script) -> None:
    ref = date(2025, 1, 20)
    for text, surface, day in (
        ("臘月二十三小年那天掃塵", "臘月二十三小年", "2025-01-22"),
        ("正月初九天公生當天，廟方準備", "正月初九天公生", "2025-02-06"),
        ("農曆五月十三關帝誕，村裡熱鬧", "農曆五月十三關帝誕", "2025-06-08"),
        ("八月十五中秋節", "八月十五中秋節", "2024-09-17"),  # (the nearer: October's is 259 days ahead)
    ):
        assert surfaces(convert(text, script), ref, minguo=False) == [(convert(surface, script), day, day)]
    # a day and what one does on it stay apart from any name
    assert surfaces(convert("正月十五去看燈", script), ref, minguo=False)[0][0] == convert("正月十五", script)


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_year_that_names_a_thing_of_its_time_dates_no_later_day(script: Script) -> None:
    """民國85年的賀伯颱風 (a typhoon of that year) and 上次…是民國109年 (what the last one was)
    set no time for the clause: its days without a year are the page's; a year that sets the
    story's time (2019年3月他開始創業，5月10日…) still does."""
    ref = date(2024, 9, 30)
    text = convert("海蘭路徑與民國85年的賀伯颱風相似，10月2日至4日是風雨最明顯的時段", script)
    assert surfaces(text, ref)[-1][1] == "2024-10-02"
    text = convert("上次主辦是民國109年，當時因疫情影響人潮，這次希望在10月5日吸引人潮。", script)
    assert surfaces(text, ref)[-1][1] == "2024-10-05"
    text = convert("2019年3月他開始創業，5月10日公司成立", script)
    assert surfaces(text, ref)[-1][1] == "2019-05-10"


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_days_one_rests_or_stays_are_no_days_of_the_month(script: Script) -> None:
    ref = date(2025, 1, 20)
    for text in ("之後休息4日再開", "我們住3日就走", "他停留5日", "玩兩日就返"):
        assert surfaces(convert(text, script), ref, minguo=False) == []
    assert surfaces(convert("截至9日中午", script), ref, minguo=False)[0][0] == "9日"


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_headlines_year_dates_a_post_stamped_without_one(script: Script) -> None:
    """【2025年農曆新年營業安排】 over a post stamped 1月20日: the page states no year but its
    headline does; the post is of that year (a guess: basis stays reference)."""
    from tui.model.build import build_article

    lines = [
        "恒記餅家 Hang Kee Bakery",
        "1月20日 下午4:12 · 🌏",
        "【2025年農曆新年營業安排】",
        "多謝各位街坊一直以來嘅支持！",
        "年初四（2月1日）起照常營業，早上7點開門。",
        "賀年糕點接受預訂至1月25日，請提早訂貨。",
    ]
    article = build_article(convert("\n".join(lines), script), today=date(2026, 11, 30))
    days = {e.text.original: e.start.isoformat() for e in article.timeline}
    assert days[convert("年初四（2月1日）", script)] == "2025-02-01"
    assert days["1月25日"] == "2025-01-25"


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_hong_kong_day_month_in_running_text(script: Script) -> None:
    """20/7（六）, 展期：20-28/7, 由20/7至28/7: a day that is no month is read day/month where a
    weekday follows it or a label or a preposition stands before it; a score (比分21/3) is none."""
    ref = date(2024, 7, 16)
    cases = (
        ("個展20/7（六）喺PMQ開幕！", "20/7（六）", "2024-07-20", "2024-07-20"),
        ("展期：20-28/7，每日中午開放", "20-28/7", "2024-07-20", "2024-07-28"),
        ("展覽由20/7至28/7舉行", "20/7至28/7", "2024-07-20", "2024-07-28"),
    )
    for text, surface, a, b in cases:
        assert surfaces(convert(text, script), ref, minguo=False) == [(convert(surface, script), a, b)]
    for text in ("比分21/3。", "佔比20/7"):
        assert surfaces(convert(text, script), ref, minguo=False) == []


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_whole_dates_joined_by_a_hyphen_and_a_break_with_its_bracket(script: Script) -> None:
    ref = date(2024, 6, 10)
    for text, surface in (
        ("活動時間2024.7.1-2024.8.31止", "2024.7.1-2024.8.31"),
        ("2024/7/1-2024/8/31", "2024/7/1-2024/8/31"),
        ("暑假期間（7月1日至8月31日）車次早鳥最低65折", "暑假期間（7月1日至8月31日）"),
    ):
        assert surfaces(convert(text, script), ref) == [(convert(surface, script), "2024-07-01", "2024-08-31")]
    assert surfaces("编号2024-07-01-12", ref) == []


def test_a_bbs_headline_labels_day_is_no_page_date_and_a_span_line_is_body() -> None:
    from tui.model.build import build_article

    lines = [
        "作者 bluefin0710 (藍鰭)",
        "看板 Lifeismoney",
        "標題 [情報] 高鐵早鳥65折 113/6/14起開放暑假車票",
        "時間 Mon Jun 10 09:12:45 2024",
        "3.活動時間:",
        "2024.7.1 - 2024.8.31",
        "今天順便看了一下官網，暑假車次早鳥最低65折。",
    ]
    article = build_article("\n".join(lines), today=date(2026, 11, 30))
    assert article.reference_date == date(2024, 6, 10)
    assert any(p.text.original == "2024.7.1 - 2024.8.31" for p in article.paragraphs)


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_today_with_its_hour_after_until_and_a_dotted_range_before_what_it_holds(script: Script) -> None:
    ref = date(2024, 3, 14)
    text = convert("昨天下午又開始猛增，直到今天凌晨三點才明顯緩解。", script)
    assert [s for s, _, _ in surfaces(text, ref, minguo=False)] == [convert("昨天", script), convert("今天", script)]
    assert surfaces(convert("一路走到今天，不容易", script), ref, minguo=False) == []
    text = convert("聽當地阿姨說3.16-3.17會有一個小型的花朝節市集", script)
    assert surfaces(text, ref, minguo=False) == [("3.16-3.17", "2024-03-16", "2024-03-17")]
    assert surfaces(convert("股價在3.16-3.17之間", script), ref, minguo=False) == []


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_days_after_a_festival_and_a_relative_years_range_of_days(script: Script) -> None:
    ref = date(2024, 11, 14)
    for text, surface, a, b in (
        ("聖誕前一日學校放假", "聖誕前一日", "2024-12-24", "2024-12-24"),
        ("中秋節後一天補班", "中秋節後一天", "2024-09-18", "2024-09-18"),
        ("元宵節前三日最忙", "元宵節前三日", "2025-02-09", "2025-02-11"),  # (the coming one, 87 days ahead)
        ("註冊日統一喺明年1月8至10號。", "明年1月8至10號", "2025-01-08", "2025-01-10"),
    ):
        assert surfaces(convert(text, script), ref, minguo=False) == [(convert(surface, script), a, b)]


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_new_year_days_before_surely_a_lunar_range_in_brackets_and_a_day_things_arrived(script: Script) -> None:
    ref = date(2024, 1, 26)
    text = convert("年初三至年初五一定爆 去年年初三我試過", script)
    assert [s for s, _, _ in surfaces(text, ref, minguo=False)] == [
        convert("年初三至年初五", script),
        convert("去年年初三", script),
    ]
    text = convert("舞火龍將於9月16日至18日（農曆八月十四至十六）一連三晚舉行", script)
    assert surfaces(text, ref, minguo=False) == [
        (convert("9月16日至18日（農曆八月十四至十六）", script), "2024-09-16", "2024-09-18")
    ]
    assert surfaces(convert("管理室說10/5有收到一批失物", script), ref, minguo=False)[0][0] == "10/5"


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_festival_something_is_likened_to_is_no_day(script: Script) -> None:
    ref = date(2025, 3, 1)
    for text in ("她說比春晚還熱鬧。", "村裡像過年一樣熱鬧", "跟過年似的"):
        assert surfaces(convert(text, script), ref, minguo=False) == []
    assert surfaces(convert("跟國慶連假中間還隔幾天", script), ref, minguo=False)[0][0] == convert("國慶連假", script)
    assert surfaces(convert("比去年春節還冷", script), ref, minguo=False)[0][0] == convert("去年春節", script)


def test_custom_days_and_a_year_a_thing_began_in() -> None:
    """開年飯傳統係年初二食 is what custom has it; 民國89年開的那家蛋餅 is when a shop opened,
    no year the page is of (the page's reference stays today, not 2000)."""
    from tui.model.build import build_article

    ref = date(2024, 2, 20)
    assert surfaces("其實開年飯傳統係年初二食，不過", ref, minguo=False) == []
    assert surfaces("传统上是正月十五吃汤圆", ref, minguo=False) == []
    lines = ["chiayi.foodie.mei", "3天", "上週日跟朋友一路吃到中正公園，整理一下給大家。", "好啊！民國89年開的那家蛋餅也要去"]
    article = build_article("\n".join(lines), today=date(2026, 11, 30))
    assert article.reference_date == date(2026, 11, 30)


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_bare_day_with_its_weekday_and_the_day_after_tomorrow(script: Script) -> None:
    ref = date(2024, 9, 12)
    found = surfaces(convert("十五號星期日去啦 人少好多", script), ref, minguo=False)
    assert found[0][1] == "2024-09-15"  # the 15th that is a Sunday, not August's
    assert surfaces(convert("我後日先放假", script), ref, minguo=False) == [(convert("後日", script), "2024-09-14", "2024-09-14")]
    for text in ("此後日子難過", "之後日本隊"):
        assert surfaces(convert(text, script), ref, minguo=False) == []


def test_the_seventh_day_and_its_name() -> None:
    ref = date(2025, 2, 5)
    text = "年初七人日更有不少市民專程前來"
    assert surfaces(text, ref, minguo=False) == [("年初七人日", "2025-02-04", "2025-02-04")]


def test_a_decade_written_with_its_four_digit_year() -> None:
    """1990年代 is the ten years from 1990, in running text of either script; a count of years
    (1990年) stays what it was, and a two-figure decade is the last century's (90年代)."""
    for text, surface, start, end in (
        ("屏山鄧族早於1990年代已舉辦盆菜宴", "1990年代", "1990-01-01", "1999-12-31"),
        ("她又憶述，1980年代搬入邨時，冬至全邨都會煲湯圓", "1980年代", "1980-01-01", "1989-12-31"),
        ("本展以1920年代以来的渔村饮食为主轴", "1920年代", "1920-01-01", "1929-12-31"),
        ("2020年代的头几年", "2020年代", "2020-01-01", "2029-12-31"),
        ("90年代的春晚", "90年代", "1990-01-01", "1999-12-31"),
    ):
        check(text, surface, start, end, "stated")
    for text in ("编号21990年代码",):
        assert not [g for g in dated(text) if "年代" in g[0]], dated(text)


def test_words_that_only_look_like_days() -> None:
    """上 + 年夜饭 (the New Year's Eve dinner), 嗰次 + 日出 (that sunrise), 上星期几 (a question)
    and 会有今天 at a clause's end ("where things stand now") name no day; the days beside them,
    and 今天 after 有没有 or before a noun, stay."""
    ref = date(2025, 10, 12)
    cases = (
        ("大年初二就赶不上年夜饭了啊", ["大年初二"]),
        ("所以我決定今日先寫返上星期日嗰次日出團", ["今日", "上星期日"]),
        ("请问9月29日是上星期几的课？", ["9月29日"]),
        ("民國108年的我一定想不到會有今天。", ["民國108年"]),
        ("有没有今天去过的吧友说一下", ["今天"]),
        ("次日出院后他回到家", []),
    )
    for text, want in cases:
        for form in both_scripts(text):
            got = [g[0] for g in dated(form, ref)]
            simple = [convert(g, Script.SIMPLIFIED) for g in got]
            assert simple == [convert(w, Script.SIMPLIFIED) for w in want], (form, got)


def test_taiwans_month_and_day_in_running_text() -> None:
    """Taiwan writes a day as 1/9 in a post's running text (我們系1/9考有機, 我8/30去的, 7/17法說會):
    each is a day there; a share or a measure (逾1/3的人, 1/2杯), a score (投3/5) and a push's
    stamp closing its line are not, and Hong Kong's text (day/month) keeps its own rule."""

    ref = date(2025, 9, 1)
    texts = [
        "我們系1/9考有機、1/10考物化，說你4/3才考完",
        "溫泉拉麵我8/30去的 排了一小時，凌冠7/17法說會說會翻倍",
        "逾1/3的人覺得1/2杯太多，他投3/5",
        "推 noname: 我都數不清 9/19 21:26",
    ]
    simple = [convert(t, Script.SIMPLIFIED) for t in texts]
    _, per = date_paragraphs(simple, simple, ref, ref, minguo=True)
    got = [[(t[f.start : f.end], f.first.isoformat()) for f in fs] for t, fs in zip(simple, per, strict=True)]
    assert got[0] == [("1/9", "2025-01-09"), ("1/10", "2025-01-10"), ("4/3", "2025-04-03")]
    assert got[1] == [("8/30", "2025-08-30"), ("7/17", "2025-07-17")]
    assert got[2] == [] and got[3] == []
    hong_kong = [convert("佢1/9考有機，我冇去", Script.SIMPLIFIED)]
    _, per = date_paragraphs(hong_kong, hong_kong, ref, ref, minguo=True)
    assert per == [[]]


def test_a_festival_and_its_bracketed_day_end_at_the_bracket() -> None:
    """七夕（8月29日）前后: the festival and its day in brackets are the expression; the bracket
    closes it (the shortest span that names the day, as twenty-one annotated texts end it and
    eleven do not), dated the day itself."""
    ref = date(2025, 8, 1)
    check("此外，七夕（8月29日）前后长江中下游仍将以晴热天气为主", "七夕（8月29日）", "2025-08-29", "2025-08-29", "reference", ref)
    check("另外提提大家，清明（4月4日）前後山火風險高", "清明（4月4日）", "2025-04-04", "2025-04-04", "reference", ref)
    check("他預計元宵節（24日）前後兒童感染個案或再上升", "元宵節（24日）", "2025-02-24", "2025-02-24", "reference", date(2025, 2, 5))


def test_a_festival_far_from_the_page_is_the_nearer_one() -> None:
    """A festival or a lunar day more than eight months from the page's day in the page's year
    is the nearer one (年廿八 on a page of November 1st: next February's); a lunar day in the
    clause of a dated festival is that date's (今年重阳节（10月11日）是农历九月初九 in February)."""
    check("公司話年廿八先開始放假", "年廿八", "2027-02-04", "2027-02-04", "reference", date(2026, 11, 1))
    check("今年重阳节（10月11日）是农历九月初九，正好落在周五", "农历九月初九", "2024-10-11", "2024-10-11",
          "reference", date(2024, 2, 11))


def test_notice_shapes_of_holidays_and_listed_days() -> None:
    """A notice's ways of naming days: 寒假期间 (the break with its 期间, as ten annotated texts
    of eleven write it), 農曆年廿九 and 农历大年初二 (农历 written onto the day), 元宵節正日
    (Hong Kong's "the festival's own day") with its bracket, 春節連續假期, a weekday's evening
    and its bracket (本週六晚（11月2日）), and the days a weekly day falls on, listed in its
    bracket (每逢周三（12月4日、11日）: those days, not a custom)."""
    check("寒假期间图书馆开放时间调整如下", "寒假期间", "2025-01-01", "2025-02-28", "reference", date(2025, 1, 10))
    check("暖水泳池將於農曆年廿九（一月二十八日）提早關閉", "農曆年廿九（一月二十八日）", "2025-01-28", "2025-01-28",
          "reference", date(2025, 1, 23))
    check("其中元宵節正日（二月十二日）晚上設綵燈晚會", "元宵節正日（二月十二日）", "2025-02-12", "2025-02-12",
          "reference", date(2025, 1, 23))
    check("為因應春節連續假期旅客返鄉需求", "春節連續假期", "2025-01-29", "2025-01-29", "reference", date(2025, 1, 7))
    check("陳樂瑤將於本週六晚（11月2日）在旺角舉行簽名會", "本週六晚（11月2日）", "2024-11-02", "2024-11-02",
          "reference", date(2024, 10, 28))
    ref = date(2024, 11, 28)
    check("活动期间每逢周三（12月4日、11日）为会员日", "12月4日", "2024-12-04", "2024-12-04", "reference", ref)
    check("活动期间每逢周三（12月4日、11日）为会员日", "11日", "2024-12-11", "2024-12-11", "reference", ref)
    assert_no_days(("每年三月街（农历三月十五）热闹非凡",), ref)


def test_spaced_days_and_today_after_as_of() -> None:
    """Tech sites space their figures (发布会 26 号晚上，27 号就预售): days; 截至今天 counts up
    to today; a seat's or a number's 号 (J 行 12 號, 编号 3 号) and 3号就是他 are no days."""
    ref = date(2024, 11, 18)
    check("该系列截至今天上午预约量已突破 80 万", "今天", "2024-11-18", "2024-11-18", "reference", ref)
    check("发布会 26 号晚上，27 号就预售", "26 号", "2024-10-26", "2024-10-26", "reference", ref)
    check("发布会 26 号晚上，27 号就预售", "27 号", "2024-10-27", "2024-10-27", "reference", ref)
    assert_no_days(("上面仲印住座位 J 行 12 號", "抽中编号 3 号，", "3号就是他", "从古至今天下太平", "球衣 10 号",
                    "门牌 15 号我找了半天", "套餐 3 号就够了", "他 3 号就位", "你选 2 号就行"), ref)


def test_a_weekday_that_describes_listed_days_or_names_a_series_is_no_day() -> None:
    """1月11日、2月8日、3月8日（均為週六）: the bracket says what weekday the listed days all are;
    【週末工作坊】 names a series.  Neither is a day; the listed days are."""
    ref = date(2024, 12, 10)
    got = [g[0] for g in dated("日期：2025年1月11日、2月8日、3月8日（均為週六）", ref)]
    assert got == ["2025年1月11日", "2月8日", "3月8日"], got
    assert_no_days(("【週末工作坊】「一條繩的旅行」親子編織", "周末课程报名中", "各路線比照週六班表收運"), ref)
    check("下週六班表不變", "下週六", "2024-12-21", "2024-12-21", "reference", ref)


def test_days_in_a_sentence_about_a_past_festival_are_that_occasions() -> None:
    """去年春运期间……，其中2月17日, 去年春節連假期間……出現在大年初三: the sentence tells of last
    year's festival, and its days without a year are that occasion's; where it turns to now
    (去年国庆……，这次大年初一, 去年端午……，今年……从4月初) they are not."""
    ref = date(2025, 1, 10)
    check("去年春运期间，铁路累计发送旅客2,860万人次，其中2月17日单日发送旅客86.3万人次", "2月17日",
          "2024-02-17", "2024-02-17", "reference", ref)
    check("去年春節連假期間，台鐵共疏運旅客約898萬人次，單日最高運量出現在大年初三，達98.6萬人次。", "大年初三",
          "2024-02-12", "2024-02-12", "reference", ref)
    check("去年国庆我也是在这家影城看的电影，这次大年初一加了好多场", "大年初一", "2025-01-29", "2025-01-29",
          "reference", ref)
    ref = date(2025, 3, 1)  # a plan, and a day far from the festival's season, are not that occasion's
    check("去年中秋没回家，所以打算4月5日回去", "4月5日", "2025-04-05", "2025-04-05", "reference", ref)
    check("去年七夕我们在一起了，初三那天又吵架", "初三", "2025-01-31", "2025-01-31", "reference", ref)


def test_a_named_days_hour_asked_a_launch_day_and_a_monthly_card() -> None:
    """预下载是下周三几点: the hour asked of a named day (not 星期几); 28号开服: a launch that day;
    赶上月卡打折: 赶上 then 月卡, no 上月."""
    ref = date(2024, 9, 20)
    check("预下载是下周三几点？我那天要出差", "下周三", "2024-09-25", "2024-09-25", "reference", ref)
    check("有没有一起组公会的，28号开服当晚我建会", "28号", "2024-08-28", "2024-08-28", "reference", ref)
    assert_no_days(("首发开服正好赶上月卡打折", "你上星期几去的", "下周几有空"), ref)
    check("销量跟上月相比增长了两成", "上月", "2024-08-01", "2024-08-31", "reference", ref)  # 跟: compared with


def test_a_month_far_ahead_in_the_year_is_last_years() -> None:
    """A month without a year more than eight months after the page's (12月中旬 on March 16th)
    is last year's: the nearer one, as a reader takes it; seven months ahead stays this year's."""
    ref = date(2023, 3, 16)
    check("她便陸續加碼，12月中旬起更把定存解約", "12月中旬", "2022-12-11", "2022-12-20", "reference", ref)
    check("她12月10日更把定存解約", "12月10日", "2022-12-10", "2022-12-10", "reference", ref)
    check("新館預計10月中旬開幕", "10月中旬", "2023-10-11", "2023-10-20", "reference", ref)
    # (said of what is to come, a month further ahead stays this year's)
    check("美国总统选举将于11月5日举行", "11月5日", "2024-11-05", "2024-11-05", "reference", date(2024, 2, 20))


def test_a_span_of_days_with_the_hour_it_starts_at() -> None:
    """A stoppage from a day's hour to a later day (2026年7月16日（星期四）22:00至7月17日（星期五）,
    三月十五日（星期六）晚上十一時至三月十六日（星期日）) is one range; a lunar day after the hour
    (除夕（16日）晚間11時至初一) stays two days, as the annotators read it."""
    ref = date(2025, 3, 1)
    check("將由三月十五日（星期六）晚上十一時至三月十六日（星期日）上午七時暫停", "三月十五日（星期六）晚上十一時至三月十六日（星期日）", "2025-03-15", "2025-03-16", "reference", ref)
    check("定于2026年7月16日（星期四）22:00至7月17日（星期五）6:00暂停供水", "2026年7月16日（星期四）22:00至7月17日（星期五）", "2026-07-16", "2026-07-17", "stated", ref)
    check("會員預購：2025/04/10 (四) 12:00 至 2025/04/11 (五) 23:59", "2025/04/10 (四) 12:00 至 2025/04/11 (五)", "2025-04-10", "2025-04-11", "stated", ref)
    for form in both_scripts("除夕（16日）晚間11時至初一上午7時則暫停收費"):
        assert len(dated(form, date(2026, 2, 10))) == 2


def test_christmas_in_taiwans_word_a_festivals_night_and_hong_kongs_month_head() -> None:
    """耶誕節 is Taiwan's Christmas and 耶誕夜 its eve; 除夕夜 and 中秋夜 are the festival's day,
    night included (not 中秋夜場, a show); 九月頭 is the start of September, as 下個月頭."""
    ref = date(2025, 3, 1)
    check("今年耶誕節我們去吃大餐", "今年耶誕節", "2025-12-25", "2025-12-25", "reference", ref)
    check("去年耶誕節的時候", "去年耶誕節", "2024-12-25", "2024-12-25", "reference", ref)
    check("耶誕夜一起吃飯", "耶誕夜", "2024-12-24", "2024-12-24", "reference", ref)  # the nearest, as 平安夜
    check("上年中秋夜我哋就係上咗去", "上年中秋夜", "2024-09-17", "2024-09-17", "reference", ref)
    check("有些平台会在除夕夜推出限量红包", "除夕夜", "2025-01-28", "2025-01-28", "reference", ref)
    # (去咗: told as done on March 1st, last September's start; 九月頭會去 is the coming one)
    check("九月頭我哋去咗行山", "九月頭", "2024-09-01", "2024-09-10", "reference", ref)
    check("九月頭我哋會去行山", "九月頭", "2025-09-01", "2025-09-10", "reference", ref)
    for form in both_scripts("海洋公園中秋夜場飛好難買"):
        assert [g[0] for g in dated(form, ref)] == [form[4:6]]
    for form in both_scripts("一月头发长了"):
        assert [g[0] for g in dated(form, ref)] == [form[:2]]


def test_a_day_and_the_next_joined_by_and_are_one_span() -> None:
    """12月7日及8日 (a notice's weekend) is one span of two days; 12月7日及14日 stays two days."""
    ref = date(2024, 11, 30)
    check("港鐵又說，12月7日及8日亦會實施相同安排", "12月7日及8日", "2024-12-07", "2024-12-08", "reference", ref)
    check("活动于2024年12月7日及8日举行", "2024年12月7日及8日", "2024-12-07", "2024-12-08", "stated", ref)
    for form in both_scripts("12月7日及14日兩個星期六"):
        assert [g[0] for g in dated(form, ref)] == ["12月7日", "14日"]


def test_hong_kongs_lunar_range_before_the_weather_and_618_set_apart_by_spaces() -> None:
    """年初一至年初三天色…: 年初三 before 天色 (the sky) is the day, so the range is whole (not
    年初, the year's start); 在 618 当天 and ，618 又要换 are the shopping day, spaces and all;
    a count of 618 people is not."""
    ref = date(2025, 1, 20)
    check("天文台預測，年初一至年初三天色大致天晴", "年初一至年初三", "2025-01-29", "2025-01-31", "reference", ref)
    check("该系列有望在 618 当天开启首销", "618", "2025-06-18", "2025-06-18", "reference", ref)
    for form in both_scripts("年初四天假期，共618 人報名"):
        assert [g[0] for g in dated(form, ref) if "618" in g[0]] == []


def test_what_every_year_brings_is_a_custom_however_it_is_said() -> None:
    """每到年底, 每年只在耶誕檔期 and a yearly round's next clause with its range (每年端午要赛三天，
    从五月初四一直赛到初六) date nothing; 五月初四 before 一直 is a lunar day, not 五月初; a year of
    its own (今年年底) stays."""
    ref = date(2025, 3, 1)
    assert_no_days(("每到年底就開始煩惱要吃什麼", "聽說她每年只在耶誕檔期做這一款", "镇上每年端午要赛三天，从五月初四一直赛到初六"), ref)
    check("从五月初四一直赛到端午", "五月初四", "2025-05-30", "2025-05-30", "reference", ref)
    check("今年年底完工", "今年年底", "2025-12-01", "2025-12-31", "reference", ref)


def test_a_thing_named_for_christmas_or_the_lantern_festival_is_no_day() -> None:
    """聖誕襪, 聖誕紅 (a plant), 元宵燈謎會 and a 手作市集 named for Christmas are things; the
    festival said as a time (聖誕節快到了) stays."""
    ref = date(2025, 11, 1)
    for text in ("钩针圣诞袜和小雪人", "帶去的200盆聖誕紅不到中午就賣光", "三、元宵灯谜会", "上周预告的圣诞手作市集终于定了"):
        for form in both_scripts(text):
            assert [g for g in dated(form, ref) if "诞" in g[0] or "誕" in g[0] or "宵" in g[0]] == []
    check("聖誕節快到了", "聖誕節", "2025-12-25", "2025-12-25", "reference", ref)


def test_a_shops_week_is_no_day_and_starts_no_round() -> None:
    """週六日限定, 周六日营业, 週一公休: what every such day is at a shop, no day; the date after
    it (週一公休，5月1日起…) is one, and a weekday with its day (週六（11日）營業) stays."""
    ref = date(2025, 4, 20)
    assert_no_days(("粄皮軟Q不黏牙，週六日限定，一顆65元", "周六日营业", "店家週一公休"), ref)
    check("營業時間維持上午11時至晚上9時，週一公休，5月1日起店面將交還房東", "5月1日", "2025-05-01", "2025-05-01", "reference", ref)
    check("週六（26日）營業到晚上十點", "週六（26日）", "2025-04-26", "2025-04-26", "reference", ref)


def test_a_dotted_day_before_a_deadline_a_trip_or_that_days_post() -> None:
    """3.20之前, 12.1之后, 10.18去, 9.12投的简历, 5.20开票, 12.31那条微博: a day written with a dot,
    as posts write it; a version (4.8版本之后) and a price before its unit stay no day."""
    ref = date(2025, 3, 1)
    for text, surface, day in (
        ("最好能在3.20之前定下来", "3.20", "2025-03-20"),
        # (without a year, the nearest such day to the reference)
        ("姐妹请问12.1之后民宿还开吗", "12.1", "2024-12-01"),
        ("想问5.18去还来得及吗", "5.18", "2025-05-18"),
        ("某大厂客户端开发岗，2.12投的简历", "2.12", "2025-02-12"),
        ("12.31那条微博我也看了", "12.31", "2024-12-31"),
    ):
        check(text, surface, day, day, "reference", ref)
    assert_no_days(("从4.8版本之后", "一杯9.9元的拿铁"), ref)


def test_a_bare_day_with_hao_before_a_trip_a_sale_or_a_time_of_that_day() -> None:
    """4号去洱海, 我是2号走的, 终于等到了！22号准时蹲, 等 28 号预售, 24號下晝: days of a comment;
    a building (5号楼), a corridor (2号走廊) and a player (3号选手) are not."""
    ref = date(2025, 9, 30)  # (a bare day after the reference's day is the month before's)
    for text, surface, day in (
        ("4号去洱海骑行，人多到车都骑不动", "4号", "2025-09-04"),
        ("我是2号走的，反正不赶", "2号", "2025-09-02"),
        ("终于等到了！22号准时蹲", "22号", "2025-09-22"),
        ("配色终于不是黑白灰了，等 28 号预售看看价格", "28 号", "2025-09-28"),
        ("多謝支持🥰 24號下晝仲有位", "24號", "2025-09-24"),
    ):
        check(text, surface, day, day, "reference", ref)
    assert_no_days(("5号楼", "2号走廊尽头", "！3号选手上场"), ref)


def test_advice_for_any_weekend_or_weekday_is_no_day() -> None:
    """周末票会紧一点, 週末最好早兩日買, 周末晚上必须提前订, 周末的话最好提前一周, 周末上午十点前
    基本还有位, 周日下午返程会堵: what such a day is like, for any of them; a weekend of its own
    (这周末最好早点到) and advice to those going on a given day (週日要去的記得早點) stay days."""
    ref = date(2025, 10, 8)
    assert_no_days(("提前一周就行，周末票会紧一点", "得㗎，不過週末最好早兩日買", "店不大，周末晚上必须提前订",
                 "提前三四天吧，周末的话最好提前一周", "停车场周末上午十点前基本还有位", "自驾的话周日下午返程会堵"), ref)
    check("这周末最好早点到", "这周末", "2025-10-11", "2025-10-12", "reference", ref)
    check("週日要去的記得早點", "週日", "2025-10-12", "2025-10-12", "reference", ref)


def test_a_weekends_bracket_listing_its_two_days_is_one_expression() -> None:
    """这周末（4月6日、7日）: the bracket lists the weekend's two days, one expression; two days
    listed outside a bracket (4月6日、7日) stay two."""
    ref = date(2024, 4, 3)
    check("老板说这周末（4月6日、7日）还有房", "这周末（4月6日、7日）", "2024-04-06", "2024-04-07", "reference", ref)
    for form in both_scripts("4月6日、7日都有场次"):
        assert len(dated(form, ref)) == 2


def test_days_listed_after_a_months_day_are_days_of_that_month() -> None:
    """4月19日、20日連演兩場, 9月19日、20日兩天: the listed day is a day of the month just named,
    whatever count follows it; a count listed after a count (15日和30日内) stays none."""
    ref = date(2025, 4, 1)
    check("本屆邀請日本劇團來臺，4月19日、20日連演兩場", "20日", "2025-04-20", "2025-04-20", "reference", ref)
    check("展覽在9月19日、20日兩天開放", "20日", "2025-09-20", "2025-09-20", "reference", ref)
    for form in both_scripts("须在15日和30日内办理"):
        assert dated(form, ref) == [], form


def test_festivals_listed_as_kinds_of_days_a_weekend_slot_and_an_idiom_name_no_day() -> None:
    """春节、清明节、劳动节、国庆节四个国家法定节假日 lists kinds of days; 周末夜游班次 and
    週末檔期 are kinds of weekend; 年年有今日 is an idiom.  A weekend of its own stays."""
    ref = date(2025, 6, 2)  # a Monday
    assert_no_days(("小型客车免费通行仅在春节、清明节、劳动节、国庆节四个国家法定节假日", "其间还将加密周末夜游班次",
                 "能拿到週末檔期相當不容易", "每年都問 每年都塞 年年有今日"), ref)
    check("这周末去看", "这周末", "2025-06-07", "2025-06-08", "reference", ref)


def test_a_bare_day_with_hao_before_a_trips_start_or_return() -> None:
    """也就是4号一早从广州出发, 6号返程才是真的堵: the trip's start or its return that day;
    6号上班族 is no day.  (On the page's 2nd: days still to come, this month's.)"""
    ref = date(2025, 4, 2)
    check("打算也就是4号一早从广州出发", "4号", "2025-04-04", "2025-04-04", "reference", ref)
    check("6号返程才是真的堵", "6号", "2025-04-06", "2025-04-06", "reference", ref)
    assert_no_days(("6号上班族",), ref)


def test_a_trades_season_named_for_a_festival_is_no_day() -> None:
    """春节档 (the films' season), 七夕檔期, 聖誕檔期 (a trade's bookings): named for the festival,
    no day of the story (seven texts of eight leave them unmarked); the holiday itself stays."""
    ref = date(2025, 1, 10)
    assert_no_days(("春节档挤了七部片子", "百貨已經在布置七夕檔期了", "主辦單位特別將活動提早，避開聖誕檔期"), ref)
    check("春节假期还有几天", "春节假期", "2025-01-29", "2025-02-04", "reference", ref)


def test_a_festival_defined_by_its_yearly_day_is_no_event() -> None:
    """元宵节在每年正月十五: what day the festival is, every year; 元宵节在台南过 is one."""
    ref = date(2025, 1, 10)
    assert_no_days(("元宵节在每年正月十五，这个大家都知道。", "中秋節是每年農曆八月十五"), ref)
    check("元宵节在台南过", "元宵节", "2025-02-12", "2025-02-12", "reference", ref)


def test_hong_kongs_nights_named_after_mid_autumn() -> None:
    """追月（18號）, 追月先去維園: the night after Mid-Autumn (迎月 the night before), where the
    text speaks of Mid-Autumn, with its bracketed day; after a day already dated
    (下周一（16日）迎月夜) it is that day's name."""

    ref = date(2024, 9, 10)

    def days(text: str) -> list[tuple[str, str]]:
        _, per = date_paragraphs([text], [text], ref, ref)
        return [(text[f.start : f.end], f.first.isoformat()) for f in per[0]]

    assert days("中秋節嗰晚人多，追月（18號）反而多人") == [("中秋節", "2024-09-17"), ("追月（18號）", "2024-09-18")]
    assert days("決定咗中秋去大坑，追月先去維園") == [("中秋", "2024-09-17"), ("追月", "2024-09-18")]
    assert [d for d, _ in days("中秋前，天文台指下周一（16日）迎月夜雲量較多")] == ["中秋前", "下周一（16日）"]


def test_a_lunar_days_holy_day_said_in_a_clause_of_its_own_stays_apart() -> None:
    """明日（年初三）是車公誕: 是 opens a clause that says what the day is, so the day ends at its
    bracket; 年初三車公誕, written together, is one expression."""

    ref = date(2025, 1, 30)
    for text, want in (("明日（年初三）是車公誕，沙田車公廟人多", "明日（年初三）"), ("年初三車公誕", "年初三車公誕")):
        _, per = date_paragraphs([text], [text], ref, ref)
        assert [text[f.start : f.end] for f in per[0]] == [want]


def test_a_range_of_bare_days_whose_first_leaves_its_day_word_to_the_last() -> None:
    """一連三晚（16至18號）, 16至18日舉行: one range of days; 共16至18人 is a count."""
    ref = date(2024, 9, 20)
    check("大坑舞火龍一連三晚（16至18號），聽講", "16至18號", "2024-09-16", "2024-09-18", "reference", ref)
    check("活動在16至18日舉行", "16至18日", "2024-09-16", "2024-09-18", "reference", ref)
    assert_no_days(("共16至18人參加",), ref)


def test_a_bare_day_a_plan_is_made_for_is_the_next_such_day() -> None:
    # A plan, a wish or an appointment looks forward: on the 28th, 4号 is next month's 4th,
    # and the plan's next bare days follow it there; a day told as past stays this month's.
    late = date(2024, 9, 28)
    check("计划是4号去成都，6号回来。", "4号", "2024-10-04", "2024-10-04", "reference", late)
    check("计划是4号去成都，6号回来。", "6号", "2024-10-06", "2024-10-06", "reference", late)
    check("你要1号的票，4月24日就得蹲", "1号", "2025-05-01", "2025-05-01", "reference", date(2025, 4, 21))
    check("迎新跑报上了，1号早上见", "1号", "2025-01-01", "2025-01-01", "reference", date(2024, 12, 30))
    # (on the 2nd, 打算后天也就是4号: this month's 4th, though 4 is after the page's day)
    check("打算后天也就是4号一早从广州出发", "4号", "2025-04-04", "2025-04-04", "reference", date(2025, 4, 2))
    check("我就是3号晚上出发的，早上到家", "3号", "2024-09-03", "2024-09-03", "reference", late)
    check("我们4号早上出发了，6号回来", "4号", "2024-09-04", "2024-09-04", "reference", late)


def test_a_weekday_something_may_happen_on_is_still_to_come() -> None:
    """下周二起… in one paragraph, then 有機會在周五轉為紅色 in the next (a Thursday's page):
    what may happen on Friday is tomorrow, not the Friday of the week named before; so is
    要到星期日先會出貨 after 上星期五.  (在週四就已售罄 after 上週日 stays that week's.)"""

    cases = [
        ("下周二起季候風稍為減弱。\n火災危險警告有機會在周五轉為紅色。", date(2026, 1, 22), "2026-01-23"),
        ("上星期五已發出通告。\n開花較遲，大約要到星期日先會大量出貨。", date(2026, 2, 12), "2026-02-15"),
        ("比上週日的人多。\n預售票在週四就已售罄。", date(2025, 4, 13), "2025-04-10"),
    ]
    for text, ref, day in cases:
        for form in both_scripts(text):
            paras = form.split("\n")
            _, per = date_paragraphs(paras, paras, ref, ref)
            assert [f.first.isoformat() for f in per[-1]] == [day], form


def test_a_weekday_asked_or_said_of_what_will_happen_is_still_to_come() -> None:
    """On a Sunday page, 周三学校会不会停课 asks of the coming Wednesday, and 影響會持續至星期一
    (a Saturday's forecast) runs to the coming Monday; 周三会议 and 周三开会 say nothing of it."""
    sunday = date(2026, 1, 18)
    check("请问周三学校会不会停课？", "周三", "2026-01-21", "2026-01-21", "reference", sunday)
    check("周三会下雪吗", "周三", "2026-01-21", "2026-01-21", "reference", sunday)
    check("預料低壓槽的影響會持續至星期一，雨勢頗大", "星期一", "2020-06-08", "2020-06-08", "reference",
          date(2020, 6, 6))
    check("周三会议照开", "周三", "2026-01-14", "2026-01-14", "reference", sunday)
    check("周三开会", "周三", "2026-01-14", "2026-01-14", "reference", sunday)


def test_bare_dotted_days_on_a_page_that_writes_its_dates_with_dots() -> None:
    """A trip note dated 2024.4.30-2024.5.3 writes its days so too (请了4.30一天假, Day2（5.1）,
    5.1八大关人巨多): days near its months.  Not a magnitude, a price, a version or a field's
    figure, nor a figure on a page without a full dotted date."""
    ref = date(2024, 4, 22)
    text = "📅 时间：2024.4.30-2024.5.3\n请了4.30一天假，5.4在家躺平\nDay2（5.1）八大关\n5.1八大关人巨多"
    for form in both_scripts(text):
        got = [(g[0], g[1]) for g in dated(form, ref)]
        assert ("4.30", "2024-04-30") in got and ("5.4", "2024-05-04") in got, got
        assert [g for g in got if g[0] == "5.1"] == [("5.1", "2024-05-01")] * 2, got
    for text, full in (
        ("規模5.8地震，2024.4.3那次", "2024.4.3"),
        ("芮氏規模：5.8 2024.4.3", "2024.4.3"),
        ("从 MySQL 5.7 升级，2024.5.3", "2024.5.3"),
        ("价格5.5元，2024.5.3", "2024.5.3"),
    ):
        for form in both_scripts(text):
            assert [g[0] for g in dated(form, ref)] == [full], form
    assert_no_days(("5.1八大关人巨多",), ref)


def test_a_verb_ending_in_shang_before_last_weeks_day_is_no_week_before_last() -> None:
    """附上上週日（3/3）: 附上 ("attached"), then last week's Sunday; 上上週日 alone is the
    Sunday of the week before last."""
    ref = date(2024, 3, 9)
    check("附上上週日（3/3）勘路拍的照片", "上週日（3/3）", "2024-03-03", "2024-03-03", "reference", ref)
    check("上上週日我們去過", "上上週日", "2024-02-25", "2024-02-25", "reference", ref)


def test_a_month_after_this_year_in_its_clause_is_this_years() -> None:
    """On December 27th, 今年最受討論的是3月底開始的企劃 … 在6月突破200萬: this year's March and
    June, not next year's (the nearest); a stated year of the clause does not do this."""
    ref = date(2024, 12, 27)
    text = "阿傑今年最受討論的是3月底開始的企劃，也讓他的頻道訂閱在6月突破200萬。"
    check(text, "3月底", "2024-03-21", "2024-03-31", "reference", ref)
    check(text, "6月", "2024-06-01", "2024-06-30", "reference", ref)
    check("她說3月底會再開一團", "3月底", "2025-03-21", "2025-03-31", "reference", ref)


def test_a_decided_day_and_a_plans_month_from_a_festivals_bracket() -> None:
    """決定咗廿三號去 on the 20th: the day decided on is still to come (this month's 23rd);
    中秋节（9月10日）一早出发，12号晚上回 on September 3rd: the bracket named the month the
    plan goes on in."""
    check("多謝各位！決定咗廿三號去，人少又唔使加錢", "廿三號", "2019-12-23", "2019-12-23", "reference", date(2019, 12, 20))
    text = "想趁中秋节（9月10日）一早从北京出发，12号晚上回，自驾"
    check(text, "12号", "2022-09-12", "2022-09-12", "reference", date(2022, 9, 3))


def test_english_ranges_inside_chinese_text() -> None:
    """Oct 3 – Oct 12, 2025, Sept 8–11, 2025 and 17-19 February 2026: one event from the first
    day to the last, as an exhibition's or a fair's dates are written in English."""
    for text, surface, start, end in (
        ("展期 Oct 3 – Oct 12, 2025，逢週一休館", "Oct 3 – Oct 12, 2025", "2025-10-03", "2025-10-12"),
        ("大会于 Sept 8–11, 2025 在上海举行", "Sept 8–11, 2025", "2025-09-08", "2025-09-11"),
        ("展會日期為17-19 February 2026，地點在灣仔", "17-19 February 2026", "2026-02-17", "2026-02-19"),
        ("November 2, 2021 那天", "November 2, 2021", "2021-11-02", "2021-11-02"),
    ):
        check(text, surface, start, end, "stated")
    for form in both_scripts("展期 Oct 12 - 3, 2025"):
        assert dated(form) == [], form  # a range that runs backwards is nothing


def test_a_year_word_before_a_month_and_day_in_figures() -> None:
    """去年1/22, 去年12/5 and 今年12.20 are days of the year the word names; 去年1/3 is a
    fraction and 今年1.5倍, 今年3.5% are figures (only 今年 is dated there)."""
    ref = date(2025, 2, 10)
    check("去年1/22我們就辦過一次", "去年1/22", "2024-01-22", "2024-01-22", "reference", ref)
    check("跟去年12/5那次一樣", "去年12/5", "2024-12-05", "2024-12-05", "reference", ref)
    check("今年12.20再见", "今年12.20", "2025-12-20", "2025-12-20", "reference", ref)
    for text in ("去年1/3的時間都在出差", "今年1.5倍的量", "今年3.5%的增幅"):
        for form in both_scripts(text):
            assert [d[0] for d in dated(form, ref)] == [form[:2]], form


def test_the_first_months_of_a_year_and_the_same_year_again() -> None:
    """今年前五月 (前5月份) is January to May; 前年8月動工、同年12月底啟用: 同年 is the year of the
    date just named (no 同年 without one before it in the paragraph)."""
    ref = date(2025, 2, 10)
    check("今年前五月營收年增三成", "今年前五月", "2025-01-01", "2025-05-31", "reference", ref)
    check("今年前5月份出口", "今年前5月份", "2025-01-01", "2025-05-31", "reference", ref)
    check("該社區前年8月動工、同年12月底啟用", "同年12月底", "2023-12-21", "2023-12-31", "reference", ref)
    # (the year is taken from the date before it, as every annotator marks 同年: reference)
    check("2019年3月開始，同年5月10日結束", "同年5月10日", "2019-05-10", "2019-05-10", "reference", ref)
    for form in both_scripts("他們同年12月出生"):
        assert dated(form, ref) == [], form


def test_today_and_tomorrow_as_one_stretch() -> None:
    """今明两天, 今明兩日 run from today to tomorrow; 昨今两日 from yesterday to today."""
    ref = date(2025, 7, 18)
    check("今明两天仍有大暴雨", "今明两天", "2025-07-18", "2025-07-19", "reference", ref)
    check("今明兩日將有降雪", "今明兩日", "2025-07-18", "2025-07-19", "reference", ref)
    check("昨今两日降雨明显", "昨今两日", "2025-07-17", "2025-07-18", "reference", ref)


def test_the_day_after_tomorrow_and_the_day_after_that() -> None:
    """后天在家躺平, 你後天有空的話, 後天才中秋: the day after tomorrow, as chat and forum
    replies say it; 大后天 three days on.  Not 先天和后天 (innate and acquired), 后天的努力,
    雨后天晴, 退休后天天在家 (every day), 中秋前後天氣 (the weather around the festival)."""
    ref = date(2025, 2, 10)
    check("明天回去，后天在家躺平", "后天", "2025-02-12", "2025-02-12", "reference", ref)
    check("你后天有空的话我们先聊", "后天", "2025-02-12", "2025-02-12", "reference", ref)
    check("大后天开始练", "大后天", "2025-02-13", "2025-02-13", "reference", ref)
    assert_no_days(("先天和后天的因素都有", "后天的努力更重要", "雨后天晴", "退休后天天在家看电视", "后天培养的习惯"), ref)
    for form in both_scripts("中秋前後天氣轉涼"):
        assert [d[0] for d in dated(form, ref)] == [form[:4]], form


def test_a_day_advised_for_is_still_to_come() -> None:
    """会的 建议4号避开，5号一早去人会少点 under a reply stamped April 2nd: the coming 4th and 5th
    (advice for the holiday), not last month's; 3号去了成都 is a day gone by."""
    ref = date(2024, 4, 2)
    check("会的 建议4号避开，5号一早去人会少点", "4号", "2024-04-04", "2024-04-04", "reference", ref)
    check("会的 建议4号避开，5号一早去人会少点", "5号", "2024-04-05", "2024-04-05", "reference", ref)
    check("我们3号去了成都", "3号", "2024-03-03", "2024-03-03", "reference", ref)
    assert_no_days(("建议4号线换乘",), ref)


def test_from_a_day_of_this_week_to_one_of_the_next() -> None:
    """週六至下週一（21至23日）, 周日至下周二: one stretch into the next week; 週一至週五照常 is
    every week's days."""
    ref = date(2024, 12, 18)
    check("週六至下週一（21至23日）將是最冷時段", "週六至下週一（21至23日）", "2024-12-21", "2024-12-23", "reference", ref)
    check("活动周日至下周二都开", "周日至下周二", "2024-12-22", "2024-12-24", "reference", ref)
    assert_no_days(("門診週一至週五照常",), ref)


def test_cantonese_tomorrow_before_will() -> None:
    """檔主話聽日會出限定款: 聽日 ("tomorrow") before 會 ("will"); 聽日會議 is no day."""
    ref = date(2024, 2, 5)
    check("嗰個檔主話聽日會出限定款 叫人早啲去", "聽日", "2024-02-06", "2024-02-06", "reference", ref)
    for form in ("佢去聽日會議",):
        assert dated(form, ref) == [], form


def test_bare_days_of_replies_in_more_shapes() -> None:
    """初五一早就逃回台中 (the fifth, then "early"), 13號要退房時, ？17 号见分晓 (a space before 号
    after a clause's end), 我16號請咗半日假: days; 5号要求, 我3号线 are not."""
    ref = date(2024, 10, 23)
    check("過年本魯只好初五一早就逃回台中", "初五", "2025-02-02", "2025-02-02", "reference", date(2025, 2, 3))
    check("13號要退房時我提了一下錢的事", "13號", "2024-10-13", "2024-10-13", "reference", ref)
    check("这次爆料准吗？17 号见分晓", "17 号", "2024-10-17", "2024-10-17", "reference", ref)
    check("好呀 我16號請咗半日假", "16號", "2024-10-16", "2024-10-16", "reference", ref)
    assert_no_days(("他是5号要求的", "我3号线换乘"), ref)


def test_a_reply_repeats_a_coming_day_its_post_named_in_brackets() -> None:
    """A post of September 15th: 📅 聽日（16日）晚上7:30; a reply's 我16號請咗半日假 is that
    coming 16th, not August's."""

    texts = ["各位街坊，中秋就快到啦！", "📅 聽日（16日）晚上7:30 紙紮燈籠工作坊", "好呀 我16號請咗半日假"]
    for form in both_scripts("\n".join(texts)):
        paras = form.split("\n")
        _, per = date_paragraphs(paras, paras, date(2024, 9, 15), date(2026, 11, 30))
        got = [(paras[2][f.start : f.end], f.first.isoformat()) for f in per[2]]
        assert got == [(paras[2][paras[2].index("16"):paras[2].index("16") + 3], "2024-09-16")], got


def test_what_every_such_weekday_is_like_is_no_day() -> None:
    """周一不休息, 週一也開放參觀, 周一照常开馆: every Monday; 周一休息 was already so."""
    assert_no_days(("每晚17:30至22:30亮灯，周一不休息。", "週一也開放參觀", "周一休息", "展览每日开放，周一照常开馆"),
                   date(2025, 2, 9))


def test_that_years_festival_and_a_minguo_years_festival() -> None:
    """阿公1973年從鹿港學藝回來，「那年中秋…」: 1973's Mid-Autumn; 那年中秋 with no year before it
    names none; 民國104年中秋 on a Taiwan page is one expression, 2015's."""
    ref = date(2024, 10, 1)
    check("阿公1973年從鹿港學藝回來，「那年中秋只做了三百個綠豆椪」", "那年中秋", "1973-09-11", "1973-09-11", "stated", ref)
    assert_no_days(("那年中秋我也在",), ref)
    text = "推 Kaoboy: 民國104年中秋颱風那次 整條街都在騎樓烤"
    for form in both_scripts(text):
        got = [(form[f.start : f.end], f.first.isoformat()) for f in find_dates(form, ref, minguo=True)]
        assert got == [(form[form.index("民"): form.index("秋") + 1], "2015-09-27")], got


def test_figures_and_grades_after_the_words_that_look_like_dates() -> None:
    """今年6.8级地震 and 今年3.2公里 are a magnitude and a distance after 今年 (only the year is
    dated); 他初三一直住校 is the third year of junior school; 新馆周一开放 is a day (only 也/都/照常
    开放 says what every such day is like)."""
    ref = date(2025, 2, 10)
    for text in ("今年6.8级地震", "今年3.2公里的路线"):
        for form in both_scripts(text):
            assert [d[0] for d in dated(form, ref)] == [form[:2]], form
    assert_no_days(("他初三一直住校",), ref)
    check("新馆周一开放", "周一", "2025-02-10", "2025-02-10", "reference", ref)


def test_a_service_named_for_a_festival_is_no_day() -> None:
    """聖誕日家庭崇拜, 平安夜燭光崇拜, 聖誕崇拜: services named for the day, as 国庆晚会 is a show;
    今年聖誕節去崇拜 (going to worship on the day) is the day."""
    ref = date(2025, 12, 1)
    assert_no_days(("📌 聖誕日家庭崇拜", "平安夜燭光崇拜", "聖誕崇拜"), ref)
    check("今年聖誕節去崇拜", "今年聖誕節", "2025-12-25", "2025-12-25", "reference", ref)


def test_a_festivals_first_day() -> None:
    """国庆首日虹桥机场人山人海: the holiday's first day, one expression (as 国庆第二天 is its
    second); 国庆假期首日 stays the holiday, as most readers mark it."""
    ref = date(2025, 10, 12)
    check("国庆首日虹桥机场人山人海", "国庆首日", "2025-10-01", "2025-10-01", "reference", ref)
    check("国庆第二天上黄山", "国庆第二天", "2025-10-02", "2025-10-02", "reference", ref)
    check("五一假期第三天，我终于找到了长椅", "五一假期", "2025-05-01", "2025-05-05", "reference", ref)


def test_a_days_hour_under_a_programmes_label() -> None:
    """預賽：5/30（五）13:00 under an event's block: the heat's day, not a page's stamp (no page
    stamps its label's day with the weekday); 發布時間：5/30（五）13:00 is still a stamp."""
    ref = date(2025, 5, 27)
    for text, day in (("預賽：5/30（五）13:00", date(2025, 5, 30)), ("女子組決賽：5月31日（六）08:00", date(2025, 5, 31))):
        for form in both_scripts(text):
            paras = ["美福龍舟搶旗賽活動資訊", form]
            _, per = date_paragraphs(paras, paras, ref, date(2026, 11, 30))
            assert [f.first for f in per[1]] == [day], (form, per)
    for form in both_scripts("發布時間：5/30（五）13:00"):
        paras = ["新聞", form]
        _, per = date_paragraphs(paras, paras, ref, date(2026, 11, 30))
        assert per[1] == [], (form, per)


def test_the_day_one_sets_off_or_comes_back() -> None:
    """本来想1号一早就走, 我同老婆25號飛札幌, 28号回老家, 请了9号、10号两天年假: days with 号 that
    someone travels or takes off; a line, a gate, a building or a plane with 号 is no day."""
    ref = date(2025, 9, 21)
    check("本来想1号一早就走", "1号", "2025-10-01", "2025-10-01", "reference", ref)
    check("我同老婆25號飛札幌", "25號", "2025-09-25", "2025-09-25", "reference", ref)
    check("他说28号回老家", "28号", "2025-08-28", "2025-08-28", "reference", ref)
    text = "今年请了9号、10号两天年假"
    for form in both_scripts(text):
        assert [d[0] for d in dated(form, ref)][1:] == [form[4:6], form[7:10]], dated(form, ref)
    assert_no_days(("坐4号线出发", "从1号口出发", "3号楼回来", "10号飞机晚点", "5号走廊"), ref)


def test_a_screening_or_a_malls_season_named_for_a_festival_and_days_off_counted() -> None:
    """电影院圣诞特别场, 圣诞跨年狂欢季: named for Christmas, no day of it; 打工仔可連放4日: four
    days off, no 4th of the month."""
    ref = date(2025, 12, 18)
    assert_no_days(("电影院圣诞特别场《胡桃夹子》放映", "星汇天地圣诞跨年狂欢季正式开启", "打工仔可連放4日。"), ref)
    check("圣诞去看嘉年华", "圣诞", "2025-12-25", "2025-12-25", "reference", ref)


def _dated_paragraphs(lines: list[str], body: list[str], ref: date) -> list[list[tuple[str, str]]]:
    _, per = date_paragraphs(body, lines, ref, date(2026, 11, 30))
    return [[(t[f.start : f.end], f.first.isoformat()) for f in fs] for t, fs in zip(body, per, strict=True)]


def test_a_text_quoted_under_its_own_earlier_stamp_counts_from_it() -> None:
    """A PTT post pasting a story under the story's stamp (2024/11/15 18:32): the story's 昨晚 is
    the 14th, and the poster's own 下週六 after the page's field line counts from the page."""
    lines = ["4.完整新聞內文:", "2024/11/15 18:32", "高捷今（15）日宣布輕軌將於本月23日全天停駛。", "高捷昨晚已先在官方臉書預告。",
             "5.完整新聞連結 (或短網址):", "下週六剛好要帶家人去駁二看展"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        ls = [convert(x, script) for x in lines]
        body = [ls[2], ls[3], ls[5]]
        got = _dated_paragraphs(ls, body, date(2024, 11, 16))
        assert got[1] == [(body[1][2:4], "2024-11-14")], got
        assert got[2] == [(body[2][:3], "2024-11-23")], got


def test_an_old_entry_reposted_between_its_markers_counts_from_its_own_date() -> None:
    """──以下為舊文，原發表於2019年10月12日── … ──舊文結束──: the old entry's 前天（10日）, 今天 and
    明年 are 2019's and 2020's; the marker states the date and is no event; after the closing
    marker the page's own 下週六 counts from the page again."""
    body = ["今年國慶我哪裡都沒去，翻到一篇很久以前寫的文章。", "──以下為舊文，原發表於2019年10月12日──",
            "前天（10日）晚上的國慶焰火，我到現在還有點回不過神。", "昨天睡了一整天，今天才有力氣整理照片。下次再看，大概要等明年了吧。",
            "──舊文結束──", "下週六要跟朋友去花蓮。"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        b = [convert(x, script) for x in body]
        got = _dated_paragraphs(b, b, date(2025, 10, 10))
        assert got[1] == [], got
        assert [v for _, v in got[2]] == ["2019-10-10"], got
        assert [v for _, v in got[3]] == ["2019-10-11", "2019-10-12", "2020-01-01"], got
        assert [v for _, v in got[5]] == ["2025-10-18"], got


def test_a_reply_stamped_after_the_page_is_no_quote() -> None:
    """Forum floors under their own later stamps still count from those stamps; a stamp after the
    page's date never opens a quote."""
    lines = ["1楼 2025-06-01 10:00", "今天去看了", "2楼 2025-06-03 09:00", "我昨天也去了"]
    body = [lines[1], lines[3]]
    got = _dated_paragraphs(lines, body, date(2025, 6, 1))
    assert got == [[("今天", "2025-06-01")], [("昨天", "2025-06-02")]], got


def test_a_day_named_with_this_month_is_the_day_a_reply_repeats() -> None:
    """本月23日全天停駛 in a story pasted under its stamp of the 15th, then a push's 23號那天 on the
    16th: the 23rd just named, not last month's."""
    from tui.model.build import build_article

    page = ["作者 nightowl0412 (夜貓子)", "看板 Gossiping", "標題 [新聞] 高雄輕軌本月23日全線停駛一天",
            "時間 Sat Nov 16 09:41:22 2024", "4.完整新聞內文:", "2024/11/15 18:32",
            "〔記者洪定宏／高雄報導〕高雄捷運公司今（15）日宣布，輕軌將於本月23日全天停駛，24日首班車起恢復營運。",
            "5.完整新聞連結 (或短網址):", "https://news.ltn.com.tw/news/4863", "--",
            "推 mimi5566: 23號那天巨蛋有演唱會欸 接駁車會爆炸                   11/16 09:43"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        a = build_article("\n".join(convert(x, script) for x in page))
        got = {e.text.original[-3:]: e.start.isoformat() for e in a.timeline}
        assert got[convert("23號", script)] == "2024-11-23", got


def test_a_related_links_stamp_before_the_page_is_no_replys_day() -> None:
    """06月12日 11:02 under a related link on a page of 2025-06-18 is that link's day, before the
    page: the comment after it counts 上周六 from the page (06-14), not from a day a year on."""
    lines = ["暑期将至 北京多家博物馆宣布延长开放", "06月12日 11:02", "终于等到了！上周六看完演出差点没赶上末班车"]
    _, per = date_paragraphs([lines[2]], lines, date(2025, 6, 18), date(2026, 11, 30))
    assert [f.first.isoformat() for f in per[0]] == ["2025-06-14"], per


def test_among_them_before_a_festival_is_no_ghost_festival() -> None:
    """其中元旦當日兩館免費入場, 其中元宵节当天: 其中 ("among them"), then 元旦 or 元宵, never 中元;
    其中秋季学期: autumn, never 中秋; 中元節普渡 is still the Ghost Festival."""
    ref = date(2025, 12, 20)
    check("其中元旦當日兩館免費入場", "元旦", "2026-01-01", "2026-01-01", "reference", ref)
    check("其中元宵节当天", "元宵节", "2026-03-03", "2026-03-03", "reference", ref)
    assert_no_days(("其中秋季学期的课程",), ref)
    check("中元節普渡", "中元節", "2025-09-06", "2025-09-06", "reference", ref)


def test_a_bare_weekday_repeats_the_coming_one_just_named() -> None:
    """區議會下個禮拜三（11日）會開會…喺禮拜三會議上問清楚 on Sunday the 8th: the Wednesday just
    named (the 11th), not the one gone by; without it, a bare 禮拜三 is this week's."""
    ref = date(2026, 3, 8)
    text = "區議會下個禮拜三（11日）會開會討論。我哋都會喺禮拜三會議上問清楚"
    for form in both_scripts(text):
        assert [d[1] for d in dated(form, ref)] == ["2026-03-11", "2026-03-11"], dated(form, ref)
    check("我哋都會喺禮拜三會議上問清楚", "禮拜三", "2026-03-04", "2026-03-04", "reference", ref)


def test_a_festival_as_it_came_near_in_past_years_is_no_day() -> None:
    """但往年临近除夕时，部分偏远地区仍会停发: past years' eves, no day; 今年临近除夕时 is this one."""
    ref = date(2026, 1, 9)
    assert_no_days(("但往年临近除夕时，部分偏远地区仍会停发",), ref)
    check("今年临近除夕时", "除夕", "2026-02-16", "2026-02-16", "reference", ref)


def test_an_itinerarys_day_label_then_its_month_and_day() -> None:
    """Day3　10.3　洱海环湖骑行, D1 10.1 上海→昆明: a travel diary's day labels, then the month.day
    set apart; a version or a figure after a label (AD1 10.1 版本, Day3 10.3%) is none."""
    ref = date(2025, 10, 12)
    check("Day3　10.3　洱海环湖骑行", "10.3", "2025-10-03", "2025-10-03", "reference", ref)
    check("D1 10.1 上海→昆明", "10.1", "2025-10-01", "2025-10-01", "reference", ref)
    check("Day 2 5.2 青岛", "5.2", "2025-05-02", "2025-05-02", "reference", ref)
    assert_no_days(("AD1 10.1 版本", "Day3 10.3%", "Day3 10.3元", "第3局 10.3 分"), ref)


def test_a_months_first_days() -> None:
    """8月首五日的雨量, 2024年3月首兩日: Hong Kong's "the first five days of August", the span
    from the month's first day."""
    ref = date(2025, 8, 5)
    check("而8月首五日的雨量已接近一個月的正常雨量", "8月首五日", "2025-08-01", "2025-08-05", "reference", ref)
    check("2024年3月首兩日", "2024年3月首兩日", "2024-03-01", "2024-03-02", "stated", ref)


def test_hong_kongs_names_of_the_holidays_round_christmas_and_new_year() -> None:
    """元旦日先有時間開箱, 聖誕日照常營業: the holiday's name with 日 is the day, one expression;
    Boxing Day and 節禮日 are December 26th; 元旦日期 is only 元旦; a service named for the day
    (聖誕日家庭崇拜) is still no day."""
    ref = date(2025, 12, 20)
    check("元旦日先有時間開箱", "元旦日", "2026-01-01", "2026-01-01", "reference", ref)
    check("聖誕日照常營業", "聖誕日", "2025-12-25", "2025-12-25", "reference", ref)
    check("Boxing Day返長洲食魚蛋行山", "Boxing Day", "2025-12-26", "2025-12-26", "reference", ref)
    check("節禮日照常營業", "節禮日", "2025-12-26", "2025-12-26", "reference", ref)
    check("元旦日期待定", "元旦", "2026-01-01", "2026-01-01", "reference", ref)
    assert_no_days(("📌 聖誕日家庭崇拜",), ref)


def test_weekends_as_a_kind_or_a_name() -> None:
    """新增多趟周末旅游列车 (weekend trains), 很多人週末補眠 (what people do on weekends), 全明星周末
    (the league's event, its days given after it): no weekend of the story; 周末去承德 is one."""
    ref = date(2025, 7, 6)
    assert_no_days(("北京至承德等方向将新增多趟周末旅游列车", "很多人週末補眠補到中午"), ref)
    text = "联盟官宣，全明星周末2月7日至8日在青岛举办"
    for form in both_scripts(text):
        assert [d[0] for d in dated(form, ref)] == [form[form.index("2月"): form.index("8日") + 2]], dated(form, ref)
    check("周末去承德", "周末", "2025-07-05", "2025-07-06", "reference", ref)


def test_festivals_named_in_shows_and_as_past_habits() -> None:
    """元宵綵燈會, 除夕倒數煙花匯演: shows named for the day; 每年平安夜同聖誕都要返 (both, every
    year), 以前过完初五就走 (how it used to be): no day; 跨年夜倒數 is still that night, and
    初五以前要返工 is before the fifth."""
    ref = date(2025, 1, 20)
    assert_no_days(("元宵綵燈會", "維港除夕倒數煙花匯演順利舉行", "我以前做過，每年平安夜同聖誕都要返",
                    "「以前过完初五就走，现在好多人想看完决赛」"), ref)
    check("記者問到會否在跨年夜倒數", "跨年夜", "2024-12-31", "2024-12-31", "reference", ref)
    check("初五以前要返工", "初五", "2025-02-02", "2025-02-02", "reference", ref)


def test_more_bare_days_with_hao() -> None:
    """改成3号走, 所以27号之前, 气象说19号锋面到, 等15号发布会, 我9号那场, 25号主场, 23号考完: a day
    of the month after what is said or changed, before the launch, the show, the game, the exam
    or the weather of that day; 他说5号楼, 我说3号线 are a building and a line."""
    ref = date(2024, 9, 28)
    for text, surface, day in (("那我改成3号走？", "3号", "2024-10-03"), ("气象说19号鋒面到", "19号", "2024-09-19"),
                               ("等15号发布会看价格", "15号", "2024-09-15"), ("我9号那场看到门口好几个人", "9号", "2024-09-09"),
                               ("我也是23号考完", "23号", "2024-09-23"), ("所以27号之前走要收费哦", "27号", "2024-09-27")):
        check(text, surface, day, day, "reference", ref)
    assert_no_days(("他说5号楼很旧", "我说3号线最挤", "改成2号线"), ref)


def test_today_after_until_is_the_day_but_not_how_far_one_has_come() -> None:
    """拖到今天才剪完, 用到今天剛好一週, 到今天刚好半个月: today; 一路走到今天, 發展到今天: how far
    one has come, no day."""
    ref = date(2025, 9, 27)
    for text in ("拖到今天才剪完，对不起大家", "用到今天剛好一週", "12月13日提的车，到今天刚好半个月"):
        check(text, "今天", "2025-09-27", "2025-09-27", "reference", ref)
    assert_no_days(("我们一路走到今天不容易", "这个行业發展到今天"), ref)


def test_a_bare_day_with_its_hour_in_figures() -> None:
    """截至17日24时, 中央气象台已于14日18时发布, 8日0时起: a day and its hour, as mainland reports
    write them; 每3日24小时 and 共3日12时间 stay counts."""
    ref = date(2025, 6, 18)
    check("截至17日24时，即时零售订单量同比增长", "17日", "2025-06-17", "2025-06-17", "reference", ref)
    check("中央气象台已于14日18时发布寒潮蓝色预警", "14日", "2025-06-14", "2025-06-14", "reference", ref)
    check("8日0时起恢复收费", "8日", "2025-06-08", "2025-06-08", "reference", ref)
    assert_no_days(("每3日24小时", "共3日12时间"), ref)


def test_days_listed_then_counted() -> None:
    """1日、2日兩天共吸引約5萬人次: both days, then their count; 3日两夜游 is a tour's length."""
    ref = date(2025, 11, 5)
    text = "1日、2日兩天共吸引約5萬人次"
    for form in both_scripts(text):
        assert [d[1] for d in dated(form, ref)] == ["2025-11-01", "2025-11-02"], dated(form, ref)
    assert_no_days(("3日两夜游",), ref)


def test_a_month_and_day_with_a_dot_in_talk() -> None:
    """8.31走的, 4.16考的科目三, 9.18那会儿, 11.29年会: a departure, an exam, a time, a party;
    版本3.5下午发布, 股价3.5 下午收盘 and 升级到3.5 下午就能用了 are a version and a price."""
    ref = date(2023, 12, 5)
    for text, surface in (("我也是，8.31走的，现在还在家躺着", "8.31"), ("如题，4.16考的科目三", "4.16"),
                          ("搬家公司报价9.18那会儿就已经涨了一成", "9.18"), ("我们是11.29年会", "11.29")):
        m, d = surface.split(".")
        day = f"2023-{int(m):02d}-{int(d):02d}"
        check(text, surface, day, day, "reference", ref)
    assert_no_days(("版本3.5下午发布", "股价3.5 下午收盘", "升级到3.5 下午就能用了", "股票涨了2.3 下午又跌回去"), ref)


def test_a_notice_item_with_its_hour_and_what_to_do_is_no_stamp() -> None:
    """2. 返校报到：2月28日（正月十二）上午9:00，请携带寒假作业: a notice's item, its day dated; a
    WeChat comment closed by its region, day and time (…今年早点去 　北京 9月10日 19:02) dates
    its words, never its own stamp."""
    ref = date(2026, 2, 3)
    text = "2. 返校报到：2月28日（正月十二）上午9:00，请携带寒假作业和假期安全回执"
    for form in both_scripts(text):
        paras = ["三年级（2）班家长群", form]
        _, per = date_paragraphs(paras, paras, ref, date(2026, 11, 30))
        assert [f.first.isoformat() for f in per[1]] == ["2026-02-28"], (form, per)
    text = "去年排队排了一个小时，今年早点去 　北京 9月10日 19:02"
    for form in both_scripts(text):
        paras = ["城南生活圈", form]
        _, per = date_paragraphs(paras, paras, date(2026, 9, 10), date(2026, 11, 30))
        assert [form[f.start : f.end] for f in per[1]] == [form[:2], form[11:13]], per


def test_a_gift_named_for_a_festival_is_no_day() -> None:
    """另外重陽節敬老禮品還沒領的長輩: the gift named for the festival; 重陽節去登山 is the day."""
    ref = date(2024, 11, 15)
    assert_no_days(("另外重陽節敬老禮品（每人一盒）還沒領的長輩", "中秋礼品已经发完"), ref)
    check("今年重陽節去登山", "今年重陽節", "2024-10-11", "2024-10-11", "reference", ref)


def test_a_day_with_hao_before_together_in_cantonese() -> None:
    """@may.reads 27號一齊去讀書會: Cantonese 一齊 (together) after the day, as 一起 is."""
    check("@may.reads 27號一齊去讀書會！", "27號", "2025-09-27", "2025-09-27", "reference", date(2025, 9, 28))


def test_fractions_margins_and_scores_on_a_taiwan_page_are_no_days() -> None:
    """On a Taiwan page a bare 3/4 in running text is a day (我們3/4去台中, 預約7/10（五）回診), but
    not a fraction, a margin, a record or a score (1又1/4馬位, 3/4馬位落敗, 主場4/5場勝, 股價漲了1/4,
    分數為3/5, 比分是3/2, 約3/4的人), in either script."""
    ref = date(2025, 6, 15)
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        texts = [convert(t, script) for t in ("黃金大道以1又1/4馬位險勝", "3/4馬位落敗", "主場4/5場勝", "股價漲了1/4",
                                               "分數為3/5", "比分是3/2", "約3/4的人同意", "我們3/4去台中", "原本預約7/10（五）回診",
                                               "五月天演唱會加開5/21場")]
        _, per = date_paragraphs(texts, texts, ref, date(2026, 11, 30), minguo=True)
        assert [[t[f.start : f.end] for f in p] for t, p in zip(texts, per, strict=True)] == [
            [], [], [], [], [], [], [], ["3/4"], ["7/10（五）"], ["5/21"]], per


def test_this_or_next_weeks_saturday_and_sunday() -> None:
    """這週六日照常營業, 下週六日有空嗎: the weekend's two days, one expression; 这周六日期待定 is
    Saturday, then 日期 (the date)."""
    ref = date(2025, 9, 30)
    check("這週六日照常營業", "這週六日", "2025-10-04", "2025-10-05", "reference", ref)
    check("下週六日有空嗎", "下週六日", "2025-10-11", "2025-10-12", "reference", ref)
    check("这周六日期待定", "这周六", "2025-10-04", "2025-10-04", "reference", ref)


def test_a_sentence_that_mentions_a_publication_opens_no_quote() -> None:
    """相关论文原发表于2025年1月15日出版的《自然》上。: a sentence, not a marker of a quoted text; the
    next paragraph's 下周 counts from the page."""
    body = ["相关论文原发表于2025年1月15日出版的《自然》上。", "研究团队表示，下周将公布更多数据。"]
    got = _dated_paragraphs(body, body, date(2025, 3, 5))
    assert [v for _, v in got[1]] == ["2025-03-10"], got


def test_a_quote_under_a_replys_stamp_counts_from_the_quotes_own_date() -> None:
    """A reply stamped 2024-11-22, then ──以下為舊文，原發表於2019年10月12日── and 今天…: 今天 is the
    old entry's day, not the reply's."""
    lines = ["1楼 2024-11-22 10:00", "翻到一篇舊文，貼上來。", "──以下為舊文，原發表於2019年10月12日──", "今天才有力氣把照片整理出來。",
             "──舊文結束──"]
    body = [lines[1], lines[3]]
    got = _dated_paragraphs(lines, body, date(2024, 11, 22))
    assert got[1] == [(body[1][:2], "2019-10-12")], got


def test_numbers_with_hao_that_are_no_days() -> None:
    """在9号台风影响下 (a typhoon's number), 嫦娥5号飞向月球, 长征5号起飞 (a craft's, a rocket's),
    23号回到场上, 7号回到首发阵容 (a player's): no day of the month."""
    ref = date(2025, 9, 21)
    assert_no_days(("在9号台风影响下", "受（9号台风）影响", "嫦娥5号飞向月球", "长征5号起飞", "23号回到场上", "7号回到首发阵容"), ref)
    for text, surface, day in (("我5号飞往上海", "5号", "2025-10-05"), ("航班10号起飞", "10号", "2025-09-10"),
                               ("他们10号回到北京", "10号", "2025-09-10")):
        check(text, surface, day, day, "reference", ref)


def test_a_source_or_a_place_after_a_stamps_comma_keeps_it_a_stamp() -> None:
    """2025-05-03 14:30，来源：人民日报客户端, 发布于 2025-05-03 14:30，浙江杭州: a stamp with its source
    or its place; 2. 返校报到：…，请携带寒假作业 is a notice's item."""
    from tui.model.timeline import is_stamp

    for line in ("2025-05-03 14:30，来源：人民日报客户端", "发布于 2025-05-03 14:30，浙江杭州", "2025-05-03 14:30，中国新闻网"):
        assert is_stamp(line), line
    for line in ("2. 返校报到：2月28日（正月十二）上午9:00，请携带寒假作业和假期安全回执", "2月28日上午9:00，请准时到校",
                 "3月5日 14:00，地点：学校大礼堂", "5月3日 14:30，发布会在市政府举行"):
        assert not is_stamp(line), line


def test_the_same_period_last_year_after_the_period_of_the_paragraph_before() -> None:
    """今年上半年12家企业合计营收…。 / 整体毛利率从去年同期的17.2%下滑: the first half of last year,
    the period the story named a paragraph before."""
    body = ["今年上半年12家企业合计营收4860亿元，同比增长21%。", "但整体毛利率从去年同期的17.2%下滑至15.9%。"]
    _, per = date_paragraphs(body, body, date(2025, 8, 20), date(2026, 11, 30))
    assert [(f.first, f.last) for f in per[1]] == [(date(2024, 1, 1), date(2024, 6, 30))], per


def test_two_festivals_joined_only_by_a_holiday_word_or_a_label() -> None:
    """今年国庆和中秋连在一起: two days, each its own; 国庆和中秋假期 and 中秋节、国庆节：10月1日至8日
    are one holiday, or the label of its dates; 打算写端午和中秋: both the topic, no day."""
    ref = date(2025, 10, 12)
    text = "今年国庆和中秋连在一起"
    for form in both_scripts(text):
        assert [d[1] for d in dated(form, ref)] == ["2025-10-01", "2025-10-06"], dated(form, ref)
    check("国庆和中秋假期", "国庆和中秋假期", "2025-10-01", "2025-10-07", "reference", ref)
    assert_no_days(("我们打算写端午和中秋，你们海报上可以画龙舟",), ref)
    check("4. 中秋节、国庆节：10月1日至8日放假调休", "中秋节、国庆节", "2025-10-06", "2025-10-06", "reference", ref)
    text = "我们讲好了国庆和中秋都回老家"
    for form in both_scripts(text):
        assert [d[1] for d in dated(form, ref)] == ["2025-10-01", "2025-10-06"], dated(form, ref)


def test_a_timeline_laid_out_day_over_event_is_read_and_dated() -> None:
    """记者梳理了重要节点： / 2019年10月28日 / 可研报告获批复… / 2024年底 / 全线铺轨贯通…: each head
    is the day of the event under it, not a stamp of the page; stamps with their hour over
    comments stay the page's."""
    from tui.model.boilerplate import split_lines

    lines = ["从纳入规划到开通运营，这条高铁走过了九年。记者梳理了项目建设的重要节点：",
             "2016年12月", "纳入国家中长期铁路网规划，定位为区域连接线。",
             "2019年10月28日", "可行性研究报告获国家发展改革委批复，总投资约386亿元。",
             "2024年底", "全线铺轨贯通，进入站后工程施工阶段。",
             "11月下旬", "通过国家铁路局组织的初步验收。",
             "12月26日", "正式开通运营。"]
    for form in (lines, [convert(line, Script.TRADITIONAL) for line in lines]):
        split = split_lines(form)
        assert not set(split.chrome) & {1, 3, 5, 7, 9}, split.chrome
        _, per = date_paragraphs(form, form, date(2025, 12, 26), date(2026, 11, 30))
        days = [(p[0].first.isoformat(), p[0].last.isoformat()) for p in per[1::2]]
        assert days == [("2016-12-01", "2016-12-31"), ("2019-10-28", "2019-10-28"), ("2024-12-01", "2024-12-31"),
                        ("2025-11-21", "2025-11-30"), ("2025-12-26", "2025-12-26")], days
    comments = ["网友评论", "2025-12-26 10:21", "终于通车了，家门口的高铁盼了好多年。", "2025-12-26 10:30",
                "票价什么时候公布啊，想带父母去坐一趟。", "2025-12-26 11:02", "沿线的风景真的很漂亮，推荐大家去看看。"]
    assert {1, 3, 5} <= set(split_lines(comments).chrome)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("他在七十年代來港打拼", "七十年代", "1970-01-01", "1979-12-31"),
        ("一九七○年代開始的礦業沒落", "一九七○年代", "1970-01-01", "1979-12-31"),
        ("八○年代的台北", "八○年代", "1980-01-01", "1989-12-31"),
        ("她在六十至七十年代紅遍全港", "六十至七十年代", "1960-01-01", "1979-12-31"),
        ("1960年代至1970年代的工廠", "1960年代至1970年代", "1960-01-01", "1979-12-31"),
    ],
)
def test_a_decade_of_the_last_century_without_its_century(text: str, surface: str, start: str, end: str) -> None:
    """七十年代, 八○年代, 六十至七十年代: the decades a reader's elders lived, stated; 二十年代 could be
    either century's, and 三十年代价 is thirty years' price."""
    check(text, surface, start, end, "stated")
    assert_no_days(("二十年代的上海灘", "他付出了三十年代价"))


def test_the_same_day_years_back() -> None:
    """十年前的今天, 20年前的今天, 去年今天: the reference's day so many years before; with its date
    in brackets (十年前今日（2015年9月14號）) the bracket's, stated."""
    ref = date(2024, 8, 10)
    check("十年前的今天，山崩了", "十年前的今天", "2014-08-10", "2014-08-10", "reference", ref)
    check("20年前的今天中港路大停電", "20年前的今天", "2004-08-10", "2004-08-10", "reference", ref)
    check("去年今天我還在台北", "去年今天", "2023-08-10", "2023-08-10", "reference", ref)
    check("十年前今日（2015年9月14號）", "十年前今日（2015年9月14號）", "2015-09-14", "2015-09-14", "stated", ref)
    assert_no_days(("三年前的今天的中国已经不同",), ref)


def test_a_year_in_two_figures_before_its_month_or_its_festival() -> None:
    """02年腊月二十三, 01年国庆, 03年正月十六: the latest such year not after the page's (2002,
    2001, 2003); 判刑12年6月 and 七八年 count years."""
    ref = date(2024, 2, 18)
    check("02年腊月二十三，电影院放最后一场", "02年腊月二十三", "2003-01-25", "2003-01-25", "stated", ref)
    check("我是01年国庆在那看的", "01年国庆", "2001-10-01", "2001-10-01", "stated", ref)
    check("是03年正月十六拆的", "03年正月十六", "2003-02-16", "2003-02-16", "stated", ref)
    assert_no_days(("法院判刑12年6月", "他在外头七八年3月才回"), ref)


def test_minguo_years_in_two_figures_spans_and_quarters_on_a_minguo_page() -> None:
    """96年1月1日 on a page that counts 111年: Minguo 96 (2007); 98年至100年; 111年第4季."""
    body = ["▪ 96年1月1日：環保署開辦二行程機車汰舊補助。", "▪ 98年至100年：擴大為汰舊換購低污染車。",
            "▪ 111年第4季：電動機車補助首度調降。"]
    for form in (body, [convert(t, Script.SIMPLIFIED) for t in body]):
        _, per = date_paragraphs(form, form, date(2026, 1, 6), date(2026, 11, 30), minguo=True)
        got = [(str(p[0].first), str(p[0].last)) for p in per]
        assert got == [("2007-01-01", "2007-01-01"), ("2009-01-01", "2011-12-31"), ("2022-10-01", "2022-12-31")], got
    check("民國72年的中秋節（農曆八月十五）", "民國72年的中秋節（農曆八月十五）", "1983-09-21", "1983-09-21", "stated",
          date(2021, 9, 1))


def test_a_month_of_the_year_the_story_is_in() -> None:
    """2014年8月9日… / 同年十月 / 當年7月下旬: that year's months, taken from the text (basis
    reference); 那年腊月 / 腊月二十八 / 第二年正月初三 after 一九七六年冬天: the lunar year 1976 and the
    one after it; 如同年轻人 names no year."""
    body = ["2014年8月9日凌晨，山區暴雨成災。", "同年十月，縣府完成安置。", "當年7月下旬，堤防潰決。",
            "一九七六年冬天很冷。那年腊月，外婆推着板车去换米。", "腊月二十八那天下了大雪。", "第二年正月初三，外公回来了。",
            "他们如同年轻人一样跑了起来。"]
    for form in (body, [convert(t, Script.TRADITIONAL) for t in body]):
        _, per = date_paragraphs(form, form, date(2024, 8, 10), date(2026, 11, 30))
        got = [(form[i][f.start:f.end], str(f.first), str(f.last), f.basis) for i, p in enumerate(per) for f in p]
        assert [g[1:] for g in got] == [
            ("2014-08-09", "2014-08-09", "stated"), ("2014-10-01", "2014-10-31", "reference"),
            ("2014-07-21", "2014-07-31", "reference"), ("1976-12-01", "1977-02-28", "stated"),
            ("1977-01-19", "1977-02-17", "reference"), ("1977-02-15", "1977-02-15", "reference"),
            ("1977-02-20", "1977-02-20", "reference")], got


def test_a_year_in_review_keeps_its_january_in_the_year_it_ends() -> None:
    """年终回顾｜阆溪这一年 on 2023-12-29: its 1月8日 is this January's, not the coming one; a
    year-end page that is no review (年终奖发放) still counts a January near it as the next."""
    ref = date(2023, 12, 29)
    body = ["1月8日，一条拍摄古城晨雾的短视频在网络上走红。", "2月初，县文旅局组建流量专班。"]
    for title, year in (("年终回顾｜阆溪这一年：从查无此城到挤满游客", "2023"), ("公司年终奖1月8日发放", "2024")):
        for form in (body, [convert(t, Script.TRADITIONAL) for t in body]):
            _, per = date_paragraphs(form, form, ref, date(2026, 11, 30), title=title)
            assert str(per[0][0].first) == f"{year}-01-08", (title, per)


def test_feeling_like_yesterday_is_no_day_and_the_same_year_is_the_storys() -> None:
    """感覺還像昨天一樣: a simile, no day; 同年十月 after the story's day and a decade between is
    that day's year, not the decade's end nor the present's."""
    body = ["二○一四年八月十日凌晨，豪雨成災。", "她說，十年前的今天凌晨三點多，她被狗叫聲吵醒，「十年了，感覺還像昨天一樣。」",
            "部落一九七○年代興盛，八○年代後人口外移。", "災後，縣府於同年十月劃定特定區域。"]
    for form in (body, [convert(t, Script.SIMPLIFIED) for t in body]):
        _, per = date_paragraphs(form, form, date(2024, 8, 10), date(2026, 11, 30))
        assert [form[1][f.start:f.end] for f in per[1]] == [form[1][form[1].index("十年前") : form[1].index("凌晨")]]
        assert [(str(f.first), str(f.last)) for f in per[3]] == [("2014-10-01", "2014-10-31")], per[3]


def test_a_lunar_month_of_a_named_year_and_white_day() -> None:
    """民國五十二年農曆七月, 1963年农历七月: that year's seventh lunar month, in any text (outside
    Taiwan too, where a bare Minguo year is no year); 白色情人節 is no Valentine's Day."""
    for minguo in (True, False):
        for form in both_scripts("她最常講民國五十二年農曆七月那場大水"):
            got = [(form[f.start:f.end], str(f.first), str(f.last)) for f in find_dates(form, REF, minguo=minguo)]
            assert [g[1:] for g in got] == [("1963-08-19", "1963-09-17")], got
    check("1963年农历七月那场大水", "1963年农历七月", "1963-08-19", "1963-09-17", "stated")
    assert_no_days(("前一天我哥買了白色情人節巧克力",))


def test_years_ago_opening_a_sentence_is_no_posts_age() -> None:
    """20年前的今天，2005年3月15日晚上七點多: a post's first line, not its stamp (3天前 alone is); the
    thread's headline under PTT's 標題 may hold 20年前的今天."""
    from tui.model.boilerplate import split_lines
    from tui.model.title import find_title

    lines = ["作者 lanlan0315 (藍藍)", "看板 Taichung", "標題 [閒聊] 20年前的今天 中港路大停電",
             "時間 Sat Mar 15 22:41:07 2025", "", "剛剛滑臉書跳出動態回顧才想起來", "20年前的今天，2005年3月15日晚上七點多",
             "那時候我國三，在中港路旁邊的補習班上數學，突然整棟樓一黑。", "--", "※ 發信站: 批踢踢實業坊(ptt.cc)"]
    for form in (lines, [convert(t, Script.SIMPLIFIED) for t in lines]):
        split = split_lines(form)
        assert 6 not in split.chrome, split.chrome
        title = find_title(form, split.body, split.chrome)
        assert title is not None and title.line == 2, title
    assert split_lines(["3天前", "今天天气很好，我们去公园散步了。"]).chrome == (0,)


def test_a_whole_date_with_its_year_last() -> None:
    """14/9/2015 (a day that is no month first), 10/1/2025 in Traditional text (Hong Kong's day
    first), 9/14/2015 and 5/3/2024 in Simplified text (month first); Blogger's 張貼者 … 於 2/10/2025
    keeps its own reading, month first."""
    ref = date(2025, 9, 14)
    for text, minguo, day in (("上面仲印住 14/9/2015 同座位", True, "2015-09-14"), ("發出日期：10/1/2025", True, "2025-01-10"),
                              ("票根上写着9/14/2015", False, "2015-09-14"), ("截止日期 5/3/2024", False, "2024-05-03")):
        assert [str(f.first) for f in find_dates(text, ref, minguo=minguo)] == [day], text
    from tui.model.build import build_article

    page = "\n".join(["阿思周圍食周圍買", "生活記錄｜旅行｜深圳｜日本｜聯絡我", "深圳一日遊：福田買手機殼 人均唔使三百蚊",
                      "年初八同屋企人北上深圳，趁仲有新年氣氛，行咗成日，晚餐喺蛇口食海鮮。",
                      "華強北有好多手機配件舖，我喺一間舖頭買咗兩個手機殼，老闆仲送咗張貼紙。",
                      "張貼者： 阿思 於 2/10/2025 10:32 下午", "標籤： 深圳, 北上消費, 旅行", "以電子郵件傳送這篇文章"])
    assert build_article(page).reference_date == date(2025, 2, 10)


def test_that_year_in_cantonese() -> None:
    """金聲嗰批係2015年8月尾影嘅 / 嗰年中秋我哋仲喺門口擺檔: Cantonese "that year", 2015's festival."""
    body = ["金聲嗰批相係2015年8月尾影嘅", "嗰年中秋我哋仲喺門口擺檔賣燈籠"]
    _, per = date_paragraphs(body, body, date(2025, 9, 14), date(2026, 11, 30), minguo=True)
    assert [(str(f.first), str(f.last)) for f in per[1]] == [("2015-09-27", "2015-09-27")], per


def test_how_long_a_trial_took_is_no_day() -> None:
    """案件在區域法院開審，共歷時17日; 历时3日完成, 耗时5日: durations, no day of the month."""
    assert_no_days(("案件在區域法院開審，共歷時17日。", "工程历时3日完成", "修复耗时5日"))


def test_quarters_and_new_year_days_as_hong_kong_and_taiwan_write_them() -> None:
    """預計第二季公告, 市場預期第一季營收: the reference year's quarter (not 《某劇》第二季, 第二季首播,
    第二季的劇情: a show's season); 年廿九至年初四期間: the new year's days, not 年初 (the year's start)."""
    ref = date(2025, 3, 20)
    check("官方說第二季還會推出Pro版本", "第二季", "2025-04-01", "2025-06-30", "reference", ref)
    check("市場預期第一季營收落在250億美元", "第一季", "2025-01-01", "2025-03-31", "reference", ref)
    assert_no_days(("《魷魚遊戲》第二季上線了", "這部劇第二季首播收視很好", "第二季的劇情比較拖"), ref)
    check("急症室會在年廿九至年初四期間加開診症", "年廿九至年初四", "2026-02-16", "2026-02-20", "reference",
          date(2026, 2, 13))


def test_a_coming_day_that_may_bring_something_and_a_month_on_record() -> None:
    """李晨提醒，21日至22日琼州海峡可能全线停航 on 20 July: this month's coming days; 自1884年有紀錄
    以來2月份第三高: February of every year on record, no month of the story."""
    check("李晨提醒，21日至22日琼州海峡客滚运输可能全线停航", "21日至22日", "2025-07-21", "2025-07-22",
          "reference", date(2025, 7, 20))
    for form in both_scripts("天文台錄得最高氣溫26.1度，是自1884年有紀錄以來2月份第三高"):
        assert [g[0] for g in dated(form)] == [form[form.index("1884"): form.index("1884") + 5]], dated(form)


def test_lottery_picks_and_a_sentences_date_in_a_forums_head() -> None:
    """已買，8號 18號 28號 38號 48號: picks (38 is no day), no days; 上次頭獎係2024年10月31日嗰期 and
    馬會話由2025年7月1日起… in a thread's first lines are sentences, never the page's date."""
    assert_no_days(("已買，8號 18號 28號 38號 48號 +9，全部有8字頭尾",))
    from tui.model.dateline import find_reference

    lines = ["LIHKG 討論區", "六合彩金多寶頭獎估計1億 大家會買咩號碼", "#1 富貴閒人 · 6小時前",
             "上次1億頭獎係2024年10月31日嗰期，結果得一注中，一個人拎晒", "馬會話由2025年7月1日起網上投注可以用轉數快入錢"]
    for form in (lines, [convert(t, Script.SIMPLIFIED) for t in lines]):
        assert find_reference(form, [], date(2026, 11, 30), minguo=True).source != "dateline"


def test_a_day_the_month_before_does_not_have_is_this_months() -> None:
    """31號去唔去維港倒數？ on 19 December: November has no 31st, so the day is December's
    (a later day that the last month has stays last month's: 25號 → 25 November)."""
    body = ["31號去唔去維港倒數？我今年想去西九"]
    _, per = date_paragraphs(body, body, date(2023, 12, 19), date(2026, 11, 30), minguo=True)
    assert [str(f.first) for f in per[0]][:1] == ["2023-12-31"], per


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("Feb 22 開始已經排到滿", "Feb 22", "2025-02-22", "2025-02-22"),
        ("市集15–16 Mar（Sat & Sun）喺PMQ", "15–16 Mar（Sat & Sun）", "2025-03-15", "2025-03-16"),
        ("下次擺檔係Sat 3/5 記得嚟", "Sat 3/5", "2025-05-03", "2025-05-03"),
        ("next Fri 再約", "next Fri", "2025-03-21", "2025-03-21"),
        ("this weekend 有冇人去", "this weekend", "2025-03-15", "2025-03-16"),
    ],
)
def test_english_days_in_chinese_posts(text: str, surface: str, start: str, end: str) -> None:
    """Hong Kong and Taiwan posts write days in English: a month and day without a year (this
    year's, as 2月22日 would be), a weekday with its figures (the reading whose weekday it is),
    next Fri (the next week's), this weekend (the coming Saturday and Sunday)."""
    check(text, surface, start, end, "reference", date(2025, 3, 12))
    assert_no_days(("May be later", "我哋 Sat 先傾"), date(2025, 3, 12))


def test_a_slashed_day_with_its_weekday_glued_on() -> None:
    """今年中秋是9/29禮拜五, 改9/30禮拜六下午三點 on a Taiwan page: the day and its weekday as one
    word; a weekday that is not the day's stays apart (9/30禮拜五 names two things)."""
    body = ["今年中秋是9/29禮拜五 剛好連假四天", "好 那就改9/30禮拜六下午三點 碧潭東岸集合"]
    for form in (body, [convert(t, Script.SIMPLIFIED) for t in body]):
        _, per = date_paragraphs(form, form, date(2023, 9, 12), date(2026, 11, 30), minguo=True)
        got = [form[i][f.start:f.end] for i, p in enumerate(per) for f in p]
        a, b = form[0].index("9/29"), form[1].index("9/30")
        assert got[1:] == [form[0][a : a + 7], form[1][b : b + 7]], got


def test_a_day_in_hao_with_its_time_or_pointed_at() -> None:
    """第二波31号晚上8点, 5号那天下大雨, 16號嗰日有單車賽: days; 3号楼晚上很吵 is a building's number."""
    ref = date(2024, 10, 21)
    check("双11第二波31号晚上8点 闹钟已定", "31号", "2024-10-31", "2024-10-31", "reference", ref)
    check("5号那天下大雨", "5号", "2024-10-05", "2024-10-05", "reference", ref)
    assert_no_days(("3号楼晚上很吵",), ref)


def test_the_reviews_counter_examples_to_this_sessions_date_rules() -> None:
    """Counts of years are no years (连续20年春节坚守, 刑期为12年6月, 三十年代码, 可達50年至100年); a
    coming two-figure year (26年6月交付) is this century's; 中華民國38年 is Minguo; a Taiwan page's
    18年3月 is 2018; a show's season, a word that starts like a weekday (next Month, Sunscreen
    3/5) and 同年 said of people born together name no day; 3/5/2024（二） is read the way its
    weekday says; a lunar day outside the tables never crashes the model."""
    ref = date(2025, 3, 12)
    for form in both_scripts("连续20年春节坚守岗位的他"):
        assert all(g[1] >= "2025" for g in dated(form, ref)), dated(form, ref)
    assert_no_days(("刑期为12年6月", "他写了三十年代码", "这部剧第三季什么时候出？",
                    "她说 next Month 再来", "这款 Sunscreen 3/5 分"), ref)
    for form in both_scripts("使用壽命可達50年至100年"):
        assert all("50" not in g[0] for g in dated(form, ref)), dated(form, ref)
    check("新车预计26年6月交付", "26年6月", "2026-06-01", "2026-06-30", "stated", ref)
    check("中華民國38年春節", "中華民國38年春節", "1949-01-29", "1949-01-29", "stated", ref)
    check("台北市政府公告：活動日期為3/5/2024（二）", "3/5/2024（二）", "2024-03-05", "2024-03-05", "stated", ref)
    body = ["我是18年3月進公司的，民國113年升了主管。"]
    _, per = date_paragraphs(body, body, ref, date(2026, 11, 30), minguo=True)
    assert str(per[0][0].first) == "2018-03-01", per
    body = ["2月14日情人节那天我们去吃了火锅。", "我和他同年3月出生，所以总是一起过生日。"]
    _, per = date_paragraphs(body, body, ref, date(2026, 11, 30))
    assert per[1] == [], per
    from tui.model.build import build_article

    build_article("千禧年的元宵\n1999年5月3日 人民日报\n据悉，00年正月十五将在天安门广场举办大型灯会。")


def test_a_tours_rows_of_slashed_days_and_a_recipes_shares() -> None:
    """Rows that open with a slashed day and a place, one under another (5/3 台北 某某體育館 /
    5/10-5/11 香港 …): the tour's days; a recipe's rows (1/2 杯牛奶 / 1/4 茶匙鹽) are shares."""
    ref = date(2025, 3, 2)
    tour = "4/19-4/20 首爾 某某體育館\n5/3 台北 某某巨蛋\n5/10-5/11 香港 某某館\n5/24 曼谷 某某Arena\n6/7-6/8 東京 某某競技場"
    for form in both_scripts(tour):
        got = [g[0] for g in dated(form, ref)]
        assert got == ["4/19-4/20", "5/3", "5/10-5/11", "5/24", "6/7-6/8"], got
    assert_no_days(("1/2 杯牛奶\n1/4 茶匙鹽\n3/4 大匙糖\n1/2 小匙香草精",), ref)


def test_a_weekday_said_of_the_day_just_named_is_no_day_of_its_own() -> None:
    """5/3剛好是週六, 2/15是週六吧, 12月18日是周五: the weekday the day falls on; 今天是週五 and
    a dotted 9.26是周四 (no day the model reads) keep their weekday."""
    ref = date(2025, 3, 2)
    for text, day in (("5/3剛好是週六，外縣市的朋友好安排", "5/3"), ("2/15是週六吧 其實還好", "2/15")):
        for form in both_scripts(text):
            assert [g[0] for g in dated(form, ref)] == [day], dated(form, ref)
    check("12月18日是周五，大家记得", "12月18日", "2024-12-18", "2024-12-18", "reference", ref)
    assert len(dated("12月18日是周五，大家记得", ref)) == 1


def test_a_sales_label_and_a_release_day_are_the_storys_days() -> None:
    """會員預售：3/12中午12:00 and 上映日期：2024年12月12日 under a post: a sale's and a film's
    days (the label names an event, no page's stamp)."""
    body = ["某某樂團巡演台北場公開，票價尚未公布", "會員預售：3/12中午12:00", "一般售票：3/15中午12:00"]
    for form in (body, [convert(t, Script.SIMPLIFIED) for t in body]):
        _, per = date_paragraphs(form, form, date(2025, 3, 2), date(2026, 11, 30), minguo=True)
        assert [str(f.first) for p in per for f in p] == ["2025-03-12", "2025-03-15"], per
    check("推 cherry: 衝了 3/15一般售票也要備戰", "3/15", "2025-03-15", "2025-03-15", "reference", date(2025, 3, 2))
    body = ["【電影資料】", "上映日期：2024年12月12日", "片長：118分鐘"]
    _, per = date_paragraphs(body, body, date(2024, 12, 5), date(2026, 11, 30))
    assert [str(f.first) for p in per for f in p] == ["2024-12-12"], per


def test_a_quoted_day_in_hao_and_a_home_game() -> None:
    """「12號一定入場」, 「21號我請咗假」, 22号北京主场见: days; 「23號」球衣 is a number."""
    ref = date(2025, 4, 10)
    check("好友留言「12號一定入場」，他回覆「帶埋紙巾」", "12號", "2025-04-12", "2025-04-12", "reference", ref)
    check("網民留言：「21號我請咗假」", "21號", "2025-03-21", "2025-03-21", "reference", ref)
    check("22号北京主场见，希望他早点回来", "22号", "2025-03-22", "2025-03-22", "reference", ref)
    assert_no_days(("「23號」球衣很帥",), ref)


def test_a_day_the_text_named_ahead_said_again() -> None:
    """3月15日（周六）熱身賽 … 去年就该叫他，3月15日那场: the coming day already named; 1月19日
    （周日）… 周日那场 on January 10th: the Sunday named, not this week's."""
    body = ["球队将在3月15日（周六）进行热身赛。", "李宇航入选了！去年就该叫他，3月15日那场一定要让他首发"]
    _, per = date_paragraphs(body, body, date(2025, 3, 4), date(2026, 11, 30))
    assert str(per[1][-1].first) == "2025-03-15", per
    body = ["1月18日（周六）17:00 RNX vs BLU", "1月19日（周日）17:00 WHL vs BLU", "周日那场WHL打BLU必看"]
    for form in (body, [convert(t, Script.TRADITIONAL) for t in body]):
        _, per = date_paragraphs(form, form, date(2025, 1, 10), date(2026, 11, 30))
        assert str(per[2][0].first) == "2025-01-19", per
