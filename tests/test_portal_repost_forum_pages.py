"""Portal news pages, reposts and forum threads, and the days they name: the twenty-first
session's rules.  The texts are written for these tests in the shapes such pages have, each in
both scripts."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_shapes import assert_no_days, dated
from tests.test_date_shapes import both_scripts as _both
from tui.model.bloggers import find_handles
from tui.model.build import build_article
from tui.model.scripts import convert


def _chrome(line: str) -> bool:
    from tui.model.line_shapes import Kind, classify

    return all(classify(text) is Kind.CHROME for text in _both(line))


def _dates(text: str, ref: date) -> list[tuple[str, str, str]]:
    return [d[:3] for d in dated(text, ref)]


def _page(lines: list[str]):
    return build_article("\n".join(lines))


# ---- days --------------------------------------------------------------------------------------


def test_a_later_month_of_last_years_story_stays_in_last_year() -> None:
    """去年9月15日开启预购时……发货延后至10月中下旬, said on September 12th: last October."""
    for text in _both("iPhone 15 系列去年 9 月 15 日开启预购时，首批一度售罄，发货时间延后至 10 月中下旬。"):
        assert _dates(text, date(2024, 9, 12))[1][1:] == ("2023-10-11", "2023-10-31")
    # (明年1月在高雄加場，門票12月26日開賣 on December 22nd: still this December's day)
    for text in _both("明年1月在高雄加場，門票12月26日開賣"):
        assert _dates(text, date(2024, 12, 22))[1][1] == "2024-12-26"


def test_a_ranges_end_day_before_jian() -> None:
    for text in _both("暴風圈可能在4日至5日間觸及恆春半島"):
        assert _dates(text, date(2024, 10, 3))[0][0] in ("4日至5日",)
    assert_no_days(("3日間都在下雨", "日間溫度偏高"), date(2024, 10, 3))


def test_a_range_of_last_months_day_to_this_months() -> None:
    for text in _both("他指出，上月25日至本月10日期間，入院人數增至逾70人"):
        got = _dates(text, date(2024, 11, 13))
        assert [d[1:] for d in got] == [("2024-10-25", "2024-11-10")]


def test_a_part_of_the_month_ends_a_range() -> None:
    for text in _both("流感活動會在本月中至下旬進一步上升；3月上旬至中旬是高峰"):
        got = _dates(text, date(2025, 1, 8))
        assert [d[1:] for d in got] == [("2025-01-11", "2025-01-31"), ("2025-03-01", "2025-03-20")]
    assert_no_days(("到下旬再说",), date(2025, 1, 8))


def test_womens_day_by_its_full_name_and_the_norths_little_new_year() -> None:
    for text in _both("恰逢三八妇女节，她写道祝大家节日快乐"):
        assert _dates(text, date(2024, 3, 8)) == [(text[2:7], "2024-03-08", "2024-03-08")]
    for text in _both("随着北方小年（1月22日）过后返乡客流持续攀升"):
        assert _dates(text, date(2025, 1, 24))[0][1] == "2025-01-22"
    # (said in apposition to the lunar day that names it, 北方小年 alone is no second day)
    for text in _both("昨天是腊月二十三，北方小年，我照老规矩买了灶糖"):
        assert [d[1] for d in _dates(text, date(2024, 2, 3))] == ["2024-02-02", "2024-02-02"]


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("退款29号之前能到账吗？", date(2023, 12, 24), "2023-12-29"),
        ("松智路那边29号就开始围拒马了", date(2024, 12, 30), "2024-12-29"),
        ("23号结束前再去一次", date(2025, 3, 11), "2025-03-23"),
    ],
)
def test_a_bare_hao_day_before_what_happens_by_then(text: str, ref: date, value: str) -> None:
    for form in _both(text):
        assert [d[1] for d in _dates(form, ref)] == [value]


def test_a_players_or_a_lines_number_before_zhiqian_is_no_day() -> None:
    assert_no_days(("他穿23号之前是替补", "长征5号之后", "3号线之前"), date(2024, 12, 30))


def test_the_day_after_tomorrow_before_what_to_remember() -> None:
    for text in _both("住城东的豆友后天记得提前储水"):
        assert _dates(text, date(2024, 8, 15))[0][1] == "2024-08-17"


def test_a_year_month_and_two_days_listed() -> None:
    for text in _both("將於2025年4月12、13日在台北小巨蛋舉辦演唱會"):
        assert _dates(text, date(2025, 3, 1)) == [(text[2:15], "2025-04-12", "2025-04-13")]


def test_the_new_years_day_of_the_year_before_last() -> None:
    for text in _both("前年年初一凌晨逼到行唔郁；前年年三十晚"):
        assert [d[1] for d in _dates(text, date(2025, 1, 20))] == ["2023-01-22", "2023-01-21"]
    assert_no_days(("提前年初一到",), date(2025, 1, 20))


def test_winter_break_of_that_year_is_no_day() -> None:
    assert_no_days(("國中聽她的歌聽到爛掉 那年寒假天天在唱",), date(2025, 3, 1))


def test_a_relative_day_and_its_weekday_are_both_read() -> None:
    for text in _both("明天周日应该没人接，周一再打"):
        got = _dates(text, date(2024, 2, 24))
        assert [d[1] for d in got] == ["2024-02-25", "2024-02-25", "2024-02-26"]
    for text in _both("今天（周六）开会"):  # (in brackets, the weekday is the day's own)
        assert len(_dates(text, date(2024, 2, 24))) == 1


def test_last_fridays_year_end_party() -> None:
    for text in _both("老板上周五年会上还在讲业绩历史新高"):
        assert _dates(text, date(2025, 1, 2))[0][1:] == ("2024-12-27", "2024-12-27")


def test_the_27th_of_the_twelfth_month_in_the_daytime() -> None:
    for text in _both("不過年廿七日頭其實好鬆"):
        assert _dates(text, date(2025, 1, 25))[0][1] == "2025-01-26"


# ---- handles -----------------------------------------------------------------------------------


def test_a_pages_map_after_its_name_is_the_pages() -> None:
    for text in _both("詳細管制路段請看北市交通局粉專@北市交通大小事的地圖。"):
        (start, end) = find_handles(text)[0]
        assert text[start + 1 : end] == "北市交通大小事"


# ---- chrome ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "网友“小鱼不吃鱼”",
        "环球网微博 @环球网",
        "环球时报新媒体矩阵",
        "软媒旗下软件：软媒手机APP应用 魔方 最会买 要知",
        "收聽直播：第一台 第二台 第五台 普通話台 Radio 3",
        "搜狐“我来说两句” 用户公约",
        "点击上方蓝字 关注江北生活圈",
        "帖子 1832 | 積分 4210 | 註冊時間 2016-3-2",
        "金币 5623 | 帖子 1208 | 红花 86",
        "级别: 侠客 威望: 0 发帖: 412",
        "作者kaoru0917 (薰衣草田)看板Gossiping",
        "時間Thu Mar 27 21:14:08 2025",
    ],
)
def test_portal_and_forum_furniture_is_chrome(line: str) -> None:
    assert _chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "65歲以上長者及6個月至未滿18歲嘅小朋友都可以免費接種，唔使預約",
        "最晚希望 2023 年 10 月 16 日前到岗，到岗后试用期三个月不打折",
        "作者微博@周可欣Kexin，欢迎交流。",
        "帖子很多 积分也高",
        "转自微博@江川文旅：",
    ],
)
def test_sentences_near_such_furniture_are_body(line: str) -> None:
    from tui.model.line_shapes import Kind, classify

    assert all(classify(text) is not Kind.CHROME for text in _both(line))


def test_an_age_gate_is_still_chrome() -> None:
    assert _chrome("未滿18歲請離開")
    assert _chrome("本網站內容需年滿18歲方可瀏覽")


def test_an_authors_other_pieces_under_a_portal_story_are_a_list() -> None:
    lines = [
        "五一假期酒店临时涨价被投诉 平台：已下架3家违规商户",
        "2024-05-06 14:27 发布于：浙江省",
        "今年五一假期，不少游客选择出游，但也有人遇到了糟心事。5月3日，市民王女士向本报反映此事。",
        "平台方面表示，5月1日至5日期间，共核查相关投诉47起，已下架3家违规商户。",
        "作者文章",
        "杭州地铁5月6日起恢复工作日运营时间",
        "西湖景区五一接待游客超百万人次",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        chrome = {d.original for d in a.boilerplate}
        assert convert(lines[5], a.script) in chrome and convert(lines[6], a.script) in chrome
        assert all(e.start != date(2024, 5, 6) for e in a.timeline)


def test_a_reply_between_headers_that_name_their_posters_is_body() -> None:
    lines = [
        "楼上邻居天天半夜拖椅子，我该怎么办？",
        "作者：鹿角山人  时间：2019-11-18 09:20:11",
        "楼上每天晚上十一点以后开始拖椅子，物业说管不了，报警也没用，大家有什么办法吗？",
        "作者：吃瓜群众甲  时间：2019-11-19 13:02:11  7楼",
        "蹲一个后续",
        "作者：隔音棉推销员  时间：2019-11-19 15:40:26  8楼",
        "我家去年也遇到过，协商不成最后自费装了隔音吊顶，花了八千多",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert any(p.text.original.strip() == convert("蹲一个后续", a.script) for p in a.paragraphs)


# ---- titles and page dates --------------------------------------------------------------------


def test_a_site_name_between_the_headline_and_its_stamp_is_cut() -> None:
    lines = [
        "新京报 > 教育",
        "北京高考出分时间公布 志愿填报有新变化 | 新京报 2024-06-20 10:15",
        "新京报记者 刘洋",
        "新京报讯（记者 刘洋）6月20日，北京教育考试院发布消息，北京高考成绩将于6月25日公布。",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert a.title is not None and a.title.original.endswith(("變化", "变化"))
        assert a.reference_date == date(2024, 6, 20)


def test_a_telegram_channels_feed_has_no_headline() -> None:
    lines = [
        "Telegram",
        "港聞速遞 HK Express News",
        "28.6K subscribers",
        "View in Telegram",
        "2025年7月15日",
        "各位考生加油💪 聽朝8點半就可以查成績，唔好太緊張",
        "👁 9.1K",
        "17:58",
    ]
    assert _page(lines).title is None


def test_a_ptt_header_copied_without_spaces() -> None:
    lines = [
        "批踢踢實業坊",
        "看板 Gossiping",
        "作者kaoru0917 (薰衣草田)看板Gossiping",
        "標題[問卦] 清明連假到底要衝花蓮還是在家躺？",
        "時間Thu Mar 27 21:14:08 2025",
        "",
        "各位晚安 本魯在新竹做設備工程師",
        "公司上週五才公告4/3到4/6連放四天 不用補班",
    ]
    a = _page(lines)
    assert a.title is not None and a.title.original == "[問卦] 清明連假到底要衝花蓮還是在家躺？"
    assert a.reference_date == date(2025, 3, 27)


def test_a_dcard_posts_first_line_under_its_stamp_is_no_headline() -> None:
    lines = [
        "Dcard",
        "首頁",
        "熱門",
        "看板",
        "工作",
        "#請益",
        "年終只拿到一個月，該不該領完直接走人？",
        "工作・國立臺中科技大學",
        "2025年1月21日 22:15",
        "",
        "原PO在台中做電子業品保第三年，月薪4萬2",
        "今天下午主管一個一個叫進會議室講年終，結果只有1個月，去年還有2.3個月",
        "主管說出貨量掉了三成，要大家共體時艱",
    ]
    a = _page(lines)
    assert a.title is not None and a.title.original == "年終只拿到一個月，該不該領完直接走人？"


def test_a_floor_header_in_a_table_row_gives_the_threads_date() -> None:
    lines = [
        "香港討論區 » 時事新聞 » 香港及世界新聞討論",
        "發新帖 | 回覆",
        "[討論] 年宵又要排成條街？維園花市幾點去先唔使迫",
        "花生醬多士",
        "樓主 | 發表於 2025-1-25 22:48 | 只看該作者",
        "維園年宵由1月22日至28日，年三十晚照例開到凌晨",
        "琴晚七點放工去咗一轉，天后站出口已經要排隊",
        "黑糖珍珠",
        "2# | 發表於 2025-1-27 19:40",
        "年三十晚千祈唔好去",
        "菠蘿油加牛油",
        "3# | 發表於 2025-1-27 22:05",
        "我都係琴日去，好迫",
    ]
    assert _page(lines).reference_date == date(2025, 1, 25)


def test_a_pasted_storys_source_line_is_not_the_threads_date() -> None:
    lines = [
        "南溪吧",
        "清江大桥4月8日起封闭改造 为期7个月 绕行方案看这里",
        "只看楼主",
        "南溪老司机",
        "转自南溪新闻网：",
        "4月1日，记者从市住建局获悉，清江大桥将于4月8日起全封闭进行加固改造，预计工期7个月。",
        "据介绍，清江大桥建成于1998年，此次主要对桥墩和伸缩缝进行加固更换。",
        "来源：南溪新闻网 2024-04-01 18:20",
        "1楼 2024-04-02 10:31",
        "回复",
        "江边钓鱼佬",
        "又封？去年10月才修完路面，折腾",
        "2楼 2024-04-02 10:45",
    ]
    for text in _both("\n".join(lines)):
        assert build_article(text).reference_date == date(2024, 4, 2)


def test_a_reply_after_the_floor_it_quotes_counts_from_its_own_floor() -> None:
    lines = [
        "楼上邻居天天半夜拖椅子，我该怎么办？",
        "作者：鹿角山人  时间：2019-11-18 09:20:11  1楼",
        "楼上每天晚上十一点以后开始拖椅子，大家有什么办法吗？",
        "作者：绿萝不浇水  时间：2019-11-18 10:47:19  3楼",
        "建议楼主每次都录音录视频……",
        "作者：鹿角山人  时间：2019-11-19 12:30:45  6楼",
        "@绿萝不浇水 2019-11-18 10:47:19",
        "建议楼主每次都录音……",
        "更新：昨晚楼上居然安静了，可能是看到我贴在电梯里的告示",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text)
        last = [e for e in a.timeline if e.start.year == 2019]
        assert last and last[-1].start == date(2019, 11, 18)


# ---- read from blind104–106 (news of regional sites, reposts and social posts, forum threads) -----


def test_a_forecasts_weekday_range_before_its_cause() -> None:
    for text in _both("周四至周五，受高原低值系统影响，盆地将出现降雨"):
        assert _dates(text, date(2025, 5, 5))[0][1:] == ("2025-05-08", "2025-05-09")
    assert_no_days(("周一至周五，由于人手不足暂停服务",), date(2025, 5, 5))


def test_a_lunar_month_with_its_relative_year() -> None:
    for text in _both("去年正月在和平看过一次英歌"):
        assert _dates(text, date(2025, 2, 6)) == [(text[:4], "2024-02-10", "2024-03-09")]
    for text in _both("今年農曆七月是8/4到9/2，我自己去年農曆七月照樣接案"):
        got = _dates(text, date(2024, 8, 2))
        assert got[0][1:] == ("2024-08-04", "2024-09-02")
        assert got[-1][1:] == ("2023-08-16", "2023-09-14")
    assert_no_days(("正月里来是新春",), date(2025, 2, 6))


def test_a_bare_lunar_day_in_the_lunar_month_just_named() -> None:
    for text in _both("这次的龙船景从五月初一到初五都有，正式比赛是初五那天"):
        assert _dates(text, date(2024, 6, 3))[-1][1] == "2024-06-10"
    for text in _both("腊月二十三小年，初一拜年"):  # (after the twelfth month, 初一 opens the new year)
        assert _dates(text, date(2024, 1, 20))[-1][1] == "2024-02-10"


@pytest.mark.parametrize(
    ("text", "ref", "values"),
    [
        ("返程打算7号还是6号走？", date(2024, 10, 3), ["2024-10-07", "2024-10-06"]),
        ("单位8号要开会，羡慕你们", date(2024, 10, 3), ["2024-10-08"]),
        ("我26号左右就能把东西搬空，你27号搬进来也行", date(2024, 7, 5), ["2024-07-26", "2024-07-27"]),
        ("@小周 3号是高峰，建议2号或者4号去", date(2024, 4, 28), ["2024-05-02", "2024-05-04"]),
    ],
)
def test_bare_hao_days_weighed_or_due(text: str, ref: date, values: list[str]) -> None:
    for form in _both(text):
        assert [d[1] for d in _dates(form, ref)] == values


def test_numbers_listed_with_hao_are_no_days() -> None:
    assert_no_days(("3号和5号楼都停水", "1号或2号线停运"), date(2024, 10, 3))


@pytest.mark.parametrize(
    "line",
    [
        "发信人: lazybird (懒鸟), 信区: SchoolEstate",
        "标  题: Re: 孩子明年入学，现在买房落户还来得及吗",
        "【 在 lazybird (懒鸟) 的大作中提到: 】",
        "伊莉討論區 - Powered by Discuz! | 聯絡我們 | Archiver",
        "引用 #3 老屈：",
        "引用@湘北吃粉王 发表的:",
        "采纳率：92%　擅长：节日习俗　民俗文化　万年历",
        "LV.6　註冊日期: 2021-3-15",
        "春运返乡潮中的“最美背影” 01-26 09:40",
        "视频加载中，请稍候…",
        "顯示原文",
        "回覆 @ahsing_hk",
        "> 我来回应",
        "📸 @hinphoto.hk",
        "林佩珊分享了貼文。",
        "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。】",
        "（晨视频记者 李博 对本文亦有贡献）",
        "潇湘晨报记者 刘思远 长沙报道",
        "点击上方蓝字“北湖生活圈”关注我们，每天为你推送北湖本地生活资讯",
        "这个帖子亮了",
    ],
)
def test_more_forum_repost_and_portal_furniture_is_chrome(line: str) -> None:
    assert _chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "kuma777：我也是昨天才解完 打到手很酸 02-26 21:30",
        "多謝 @針山老鬼 同 @行山阿Ken 帶路",
    ],
)
def test_a_comment_with_its_stamp_is_no_related_story(line: str) -> None:
    from tui.model.line_shapes import Kind, classify

    assert all(classify(text) is not Kind.CHROME for text in _both(line))


def test_an_update_stamp_between_a_related_list_and_the_foot_dates_the_page() -> None:
    lines = [
        "鏡週刊",
        "假冒檢察官騙走退休教師800萬 車手一審重判4年2月",
        "桃園地方法院今（18）日宣判一起假冒檢警的詐騙案，負責取款的車手被判處有期徒刑4年2月。",
        "判決指出，陳男於民國112年8月間透過交友軟體結識詐團成員，以每趟5000元報酬擔任車手。",
        "另據了解，同案的李姓收水手已於3月初遭新北警方尋獲，預計3月25日移送桃園地檢署。",
        "延伸閱讀",
        "假檢警詐騙翻新手法　改用視訊「出示公文」",
        "北市老翁險交出500萬　超商店員機警攔阻",
        "鏡週刊 2025.03.18 17:42 臺北時間",
        "更新時間｜2025.03.18 17:42",
        "加入鏡週刊LINE官方帳號",
        "熱門新聞",
        "01 颱風季前總體檢　北市37處易淹水路段加裝抽水站",
        "02 補教名師涉性騷學生　北檢聲押獲准",
        "本網站之文字、圖片及影音，非經授權，不得轉載。",
        "鏡週刊 Mirror Media",
        "關於我們",
        "隱私權政策",
        "Copyright © 2025 Mirror Media Group. All rights reserved.",
    ]
    assert _page(lines).reference_date == date(2025, 3, 18)


def test_a_plurk_posts_stamp_over_its_counts() -> None:
    lines = [
        "Plurk",
        "噗浪",
        "熱門",
        "搜尋",
        "登入",
        "小米酒",
        "@xiaomijiu",
        "小米酒 說",
        "今晚終於去了運河燈會！主燈是一條超大的金龍，十點多人還是多到走不動",
        "分享一下心得：",
        "1. 主燈區在安平那邊，高鐵台南站下車要再搭接駁車",
        "下週六還想再去一次，有噗友要揪嗎？",
        "2024年2月24日 下午10:38",
        "76 則回應",
        "阿貓阿狗: 我也是初一去領提燈！",
    ]
    a = _page(lines)
    assert a.reference_date == date(2024, 2, 24)
    assert a.title is None  # (a Plurk post has no headline)
    assert any(p.text.original.startswith("分享一下心得") for p in a.paragraphs)


def test_an_x_posts_stamp_with_its_time_first() -> None:
    lines = [
        "X",
        "首頁",
        "貼文",
        "心動動畫HK情報站",
        "@Kokoro_HK_Info",
        "【中譯】《星河便利店》第二季確定今年10月播出！",
        "官方仲宣布8月24日至25日喺台場搞「星河夏祭」，上星期已經有傳聞，今日終於證實。",
        "監督山田浩今朝亦轉發咗官方帖文，話「第二季嘅片尾曲有驚喜」。",
        "另外提提大家，七夕（8月10日）嗰日官方會喺X開Space。",
        "翻譯：@yuki_hk_sub｜校對：@mochi_hk",
        "轉載請註明出處",
        "引用",
        "心動アニメ公式",
        "@kokoro_anime_jp",
        "8月5日",
        "【重大發表】TV動畫《星河便利店》第2期，決定於2024年10月開始播出！",
        "顯示原文",
        "下午8:00 · 2024年8月5日",
        "3.2萬 次查看",
    ]
    a = _page(lines)
    assert a.reference_date == date(2024, 8, 5)
    assert a.title is None


def test_a_posters_join_date_in_a_row_of_counts_is_no_page_date() -> None:
    lines = [
        "伊莉討論區",
        "[遊記] 清明連假花蓮四天三夜",
        "海風吹過來",
        "帖子 1882　積分 3451　註冊時間 2019-5-20",
        "發表於 2025-4-8 20:13 | 只看該作者",
        "這次清明連假跟爸媽去了一趟花蓮，記錄一下給想去的版友參考",
        "上個月就先訂好民宿，4/3（四）晚上下班直接從台北搭火車出發",
    ]
    assert _page(lines).reference_date == date(2025, 4, 8)


def test_a_zhidao_askers_name_and_day() -> None:
    lines = [
        "百度知道",
        "百度知道 > 生活 > 节日",
        "今年的小年是几号？腊八、除夕又分别是哪天？",
        "xiaotuzi_2016 · 2024-01-20 · 超过12用户采纳过TA的回答",
        "关注",
        "你好，根据万年历，2024年春节前后几个日子如下：",
        "1. 腊八节：农历腊月初八，也就是1月18日（星期四），前天已经过了",
    ]
    assert _page(lines).reference_date == date(2024, 1, 20)


def test_a_thread_stamp_with_its_views_under_the_headline() -> None:
    lines = [
        "Mobile01",
        "首頁 › 居家綜合 › 室內設計裝潢",
        "鬼月到底能不能開工？預計中秋前入厝的裝潢時程求建議",
        "2024-08-02 10:41 · 瀏覽 3,812 · 回覆 24",
        "alan_chen1985",
        "2024-08-02 10:41",
        "#1",
        "大家好，去年底在林口買了一間中古屋，民國113年6月交屋",
        "7月中旬驗屋完，上週找了三家設計公司比價，目前傾向其中一家",
    ]
    a = _page(lines)
    assert a.title is not None and a.title.original.startswith("鬼月到底能不能開工")


def test_a_zhihu_question_over_its_topics_and_detail() -> None:
    lines = [
        "首页　知乎知学堂　等你来答",
        "搜索",
        "五一去成都玩五天，有哪些一定要避开的坑？",
        "旅行　成都　五一假期　旅游攻略",
        "今年劳动节假期打算和两个大学室友去成都玩五天（5月1日到5日），第一次去四川，有哪些坑一定要避开？",
        "关注问题　写回答",
        "关注者 1,203",
        "巴蜀老饕",
        "谢邀。作为成都土著说几个实在的：",
    ]
    a = _page(lines)
    assert a.title is not None and a.title.original == "五一去成都玩五天，有哪些一定要避开的坑？"


def test_a_menu_item_is_no_headline_and_a_douban_broadcast_has_none() -> None:
    lines = [
        "豆瓣",
        "首页",
        "我的豆瓣",
        "浏览发现",
        "话题广场",
        "登录/注册",
        "广播详情",
        "阿梨",
        "12-31 22:14 转发",
        "跟着@松果不吃松果 的攻略，后天就出发去哈尔滨了，已经开始紧张。冰雪大世界的门票买的是1月2日的，还来得及改吗？",
    ]
    assert _page(lines).title is None


def test_a_threads_post_has_no_headline_unless_bracketed() -> None:
    base = ["Threads", "登入", "mika_yen.0218", "11/28"]
    post = ["有人也跟我一樣搶不到小安的跨年場嗎😭", "12/20（五）高雄場開賣才三分鐘就全部顯示售完，我連選位頁面都沒看到"]
    assert _page(base + post).title is None
    bracketed = ["【公告】小海鸚烘焙坊要搬家啦", "各位老客人，本店將於5月1日起搬到新址營業，搬家期間暫停營業三天。"]
    a = _page(base + bracketed)
    assert a.title is not None and a.title.original == "【公告】小海鸚烘焙坊要搬家啦"


# ---- read from blind107–109 (portal news, Weibo and reposts, forum threads) -----------------------


def test_childrens_day_on_a_taiwan_page_is_april_4th() -> None:
    text = "兒童節那天人會很多，建議4/4早上先去七星潭"
    article = build_article("\n".join(["Mobile01", "花東三天兩夜求建議", "發表於 2025-03-20 12:30", text, "謝謝大家的建議喔"]))
    assert any(e.start == date(2025, 4, 4) and e.text.original == "兒童節" for e in article.timeline)
    for form in _both("儿童节那天带孩子去公园"):  # (read with no Taiwan page around it: June 1st)
        assert _dates(form, date(2025, 3, 20))[0][1] == "2025-06-01"


def test_a_school_year_and_the_first_three_quarters() -> None:
    for text in _both("教育局昨日公布2025/26學年小一統一派位結果；2024-25学年度第一学期"):
        got = _dates(text, date(2025, 6, 10))
        assert ("2025-09-01", "2026-08-31") in [d[1:] for d in got]
        assert ("2024-09-01", "2025-08-31") in [d[1:] for d in got]
    for text in _both("今年首三季共發生42宗涉及旅遊巴的嚴重交通意外"):
        assert _dates(text, date(2025, 11, 3))[0][1:] == ("2025-01-01", "2025-09-30")


def test_a_lunar_day_with_its_festival_in_brackets_is_one_event() -> None:
    for text in _both("客流高峰预计出现在腊月二十三（小年）前后；正月十五（元宵节）赏灯"):
        got = _dates(text, date(2026, 1, 20))
        assert [d[1] for d in got] == ["2026-02-10", "2026-03-03"]
        assert got[0][0].endswith(("（小年）",))


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("颱風燕尾明晨最接近", date(2024, 10, 1), "2024-10-02"),
        ("明天停課，那後天呢？", date(2024, 10, 1), "2024-10-03"),
        ("你試下揀16號去，成晚平幾百蚊", date(2024, 9, 10), "2024-09-16"),
    ],
)
def test_more_relative_and_bare_days(text: str, ref: date, value: str) -> None:
    for form in _both(text):
        assert value in [d[1] for d in _dates(form, ref)]


def test_innate_and_acquired_are_no_days() -> None:
    assert_no_days(("先天和后天呢",), date(2024, 10, 1))


@pytest.mark.parametrize(
    "line",
    [
        "3.完整新聞標題:",
        "5.完整新聞連結 (或短網址)不可用YAHOO、LINE、MSN等轉載媒體:",
        "【更新】17:45加入交通部觀光署、台鐵說明。",
        "新浪网友 [江苏苏州]",
        "编辑 刘梦婕",
        "新京报App",
        "云穹智能官方微博截图",
        "04-08 20:31 广东",
        "GP 12",
        "级别: 老兵",
        "发帖: 3283",
        "注册: 2019-11-30",
        "新手上路",
        "收起全文d",
        "晚安小島樂團的微博影片",
        "推文自動更新已關閉",
    ],
)
def test_yet_more_forum_weibo_and_portal_furniture_is_chrome(line: str) -> None:
    assert _chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "【更新】麻糬找到了！！！昨天傍晚在環湖道涼亭旁邊的排水溝裡找到，瘦了一點",
        "級別：IIA",
        "我昨天下载了这个App",
        "4.完整新聞內文: （中央社記者林佳蓉台中11日電）台中市經濟發展局今天宣布，市集首度延長營業時間。",
    ],
)
def test_lines_like_that_furniture_that_are_body(line: str) -> None:
    from tui.model.line_shapes import Kind, classify

    assert all(classify(text) is not Kind.CHROME for text in _both(line))


def test_a_news_forms_headline_stays_body_between_its_labels() -> None:
    from tui.model.boilerplate import split_lines

    lines = ["批踢踢實業坊 › 看板 Gossiping", "作者 lanyu0517 (蘭嶼飛魚)", "看板 Gossiping",
             "標題 [新聞] 歐盟擬延後碳邊境稅", "時間 Wed Mar 12 14:05:33 2025", "", "1.媒體來源:", "中央社", "",
             "3.完整新聞標題:", "路透：歐盟擬延後碳邊境稅全面實施 改為2027年", "", "4.完整新聞內文:",
             "（中央社布魯塞爾11日綜合外電報導）歐盟執行委員會今天提出修正案，擬將碳邊境調整機制的全面實施日期延後。"]  # fmt: skip
    split = split_lines(lines)
    assert {6, 9, 12} <= set(split.chrome)
    assert 10 in split.body


def test_a_notes_stamp_over_its_counts_dates_it() -> None:
    lines = ["小红书", "发现", "发布", "通知", "登录", "布偶猫去宠物店洗个澡被剃成秃毛", "猫咪日记Lily", "关注",
             "11月23号（周六）带我家布偶去小区门口那家宠物店洗澡，预约的是普通洗护", "店家今天终于回了，说下周三前给答复",
             "#宠物店避雷 #布偶猫", "2024-11-28 上海", "6312", "1.2万", "896", "共 417 条评论", "说点什么...",
             "橘座的铲屎官", "我家上个月在同一家剃过，也是没打电话", "11-28 浙江"]  # fmt: skip
    assert _page(lines).reference_date == date(2024, 11, 28)


def test_a_lihkg_threads_headline_under_its_tabs_over_its_first_floor() -> None:
    lines = ["LIHKG 討論區", "吹水台", "熱門", "最新", "業主話續租要加15%，仲要我哋6月底前覆佢", "#1", "牛腩粉唔要蔥",
             "2024-06-05 22:14", "琴日收到業主WhatsApp，話租約今年8月尾到期，續租要由$15,800加到$18,200",
             "前年簽約嗰陣佢仲話「好租客我唔會亂加」"]  # fmt: skip
    a = _page(lines)
    assert a.title is not None and a.title.original == "業主話續租要加15%，仲要我哋6月底前覆佢"


def test_a_discuz_floors_text_under_its_number() -> None:
    from tui.model.boilerplate import split_lines

    lines = ["港島媽咪", "帖子 8834", "註冊時間 2014-9-1", "發表於 2025-6-3 09:40 | 顯示全部樓層", "2#",
             "琴日見到你個post已經想回", "我大仔前年派位都係咁，最後派咗第二志願，一年級讀落都幾開心"]  # fmt: skip
    assert 5 in split_lines(lines).body


def test_school_grades_side_by_side_are_no_lunar_days() -> None:
    assert_no_days(("家里有娃的先收藏，初三和高三另有安排",), date(2025, 1, 10))
    for text in _both("除夕团圆饭，初三回娘家"):
        assert "2025-01-31" in [d[1] for d in _dates(text, date(2025, 1, 10))]


@pytest.mark.parametrize(
    "line",
    ["相关帖子：邻居装修噪音扰民，怎么维权最有效？(2019-11-10)", "今日热议主题", "小米酒 的最新噗文", "作者 ruby0912 的最新文章"],
)
def test_related_threads_and_a_writers_other_posts_are_chrome(line: str) -> None:
    assert _chrome(line)


def test_a_relative_days_weekday_is_that_day() -> None:
    for text in _both("昨天周五下雨，明天周日应该没人接"):
        got = _dates(text, date(2024, 2, 24))
        assert [d[1] for d in got] == ["2024-02-23", "2024-02-23", "2024-02-25", "2024-02-25"]


def test_a_deadline_this_month_before_next_years_named_month() -> None:
    for text in _both("統一註冊日係2025年1月9至11號，兩間都要我12月中前交留位費"):
        assert _dates(text, date(2024, 12, 4))[-1][1:] == ("2024-12-11", "2024-12-20")
    for text in _both("2025年1月开工，12月竣工"):  # (a project's months run forward)
        assert _dates(text, date(2024, 12, 4))[-1][1] == "2025-12-01"


def test_last_years_month_said_again_or_a_coming_day_of_it() -> None:
    for text in _both("记者了解到，去年12月北京初雪出现在12月中旬，今年初雪则有望提前。"):
        assert _dates(text, date(2025, 11, 20))[1][1:] == ("2024-12-11", "2024-12-20")
    for text in _both("谈了四年，去年10月订的酒店，10月2号在老家盐城办酒"):
        assert _dates(text, date(2024, 9, 18))[1][1] == "2024-10-02"


def test_a_zhihu_answers_stamp_under_it_dates_its_words() -> None:
    lines = ["知乎", "首页", "河南物理类考了612分，报志愿前这几天家长能做些什么？", "关注问题", "写回答",
             "张教练的志愿笔记", "先说结论：别急着填，先把位次算清楚。", "发布于 2024-06-26 10:41・IP 属地河南", "赞同 1.2万",
             "更多回答", "一位老家长", "去年孩子也是600出头，我的经验就一条：出分那天晚上先睡一觉。",
             "前天晚上邻居家孩子出分，我也是这么劝的，今天上午他们已经冷静下来把学校名单列好了。",
             "编辑于 2024-06-27 08:03・IP 属地河南", "赞同 96"]  # fmt: skip
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert a.reference_date == date(2024, 6, 26)
        last = [e.start for e in a.timeline if e.paragraph == len(a.paragraphs) - 1]
        assert last == [date(2024, 6, 25), date(2024, 6, 27)]


# ---- the review's findings (each a case the rules above first got wrong) -------------------------


def test_a_long_forum_counters_row_is_chrome() -> None:
    """(The first form of this rule backtracked exponentially on such rows; timed in
    benchmarks/README.md, as tests never assert times.)"""
    assert _chrome("帖子 120 积分 300 金币 50 威望 2 贡献 0 精华 1 阅读权限 20 UID 3 听众 4 在线时间 100 小时")


@pytest.mark.parametrize(
    "line",
    [
        "【更新】死亡人數升至3人，另有25人受傷，消防署持續搜救中。",
        "[更新]港铁表示列车服务已恢复正常。",
        "03-15 08:30 集合",
        "3-16 19:30 开演",
        "別忘了截圖",
        "阿里巴巴旗下品牌：淘宝、天猫、闲鱼等。",
        "3、备注：请携带身份证原件",
        "社团",
        "审核 通过",
        "点击“领取红包”关注后被骗了",
        "本报记者深入现场报道",
    ],
)
def test_story_lines_like_the_new_furniture_stay_body(line: str) -> None:
    from tui.model.line_shapes import Kind, classify

    assert all(classify(text) is not Kind.CHROME for text in _both(line))


def test_a_heading_floor_in_a_renovation_post_is_body() -> None:
    from tui.model.boilerplate import split_lines

    lines = ["裝修心得分享", "牆面", "我們選了乳膠漆，顏色挑了很久。", "地板", "客廳鋪了超耐磨木地板，每坪三千五。", "天花板",
             "天花板做了間接照明，晚上很有氣氛。"]  # fmt: skip
    assert 3 in split_lines(lines).body


@pytest.mark.parametrize(
    "text",
    [
        "家里的5号和7号电池都用完了",
        "请从1号和2号出口离开",
        "天文台考虑改挂3号或8号风球",
        "他觉得3号还是5号选手更有潜力",
        "球员23号之后换上了7号",
        "他把12号搬进了球队名人堂",
        "3号搬家公司很便宜",
        "后天可以培养的能力",
        "免疫力分先天和后天，后天需要锻炼",
        "后天呢喃的风声",
        "黎明晨曦",
        "光明晨报",
        "他（小年）来了",
    ],
)
def test_numbers_and_words_the_new_day_rules_must_not_take(text: str) -> None:
    assert_no_days((text,), date(2025, 3, 10))


def test_again_on_a_weekday_in_news_is_past() -> None:
    for text in _both("警方周一再拘捕两人。指数周一再跌，周二反弹。"):
        got = _dates(text, date(2025, 3, 12))
        assert got[0][1] == "2025-03-10"


def test_an_event_row_in_the_head_is_no_page_date() -> None:
    for row in ("高雄場 · 2025-06-14", "加場資訊｜日期 2025/06/14｜19:30｜高雄世運主場館"):
        lines = ["某樂團加開高雄場", "主辦單位今天宣布，因應熱烈反應，將加開一場演出，門票下週開賣。", row, "購票請洽各大售票系統。"]
        a = build_article("\n".join(lines))
        assert a.reference_date != date(2025, 6, 14)


def test_a_news_pages_close_button_or_share_label_leaves_its_headline() -> None:
    for first in ("X", "Threads", "Twitter"):
        lines = [first, "台北捷運今晚延長營運 跨年夜加開班次", "2024-12-31 10:00", "北捷表示，今晚跨年夜將延長營運至明日凌晨，並加開班次。"]
        a = _page(lines)
        assert a.title is not None and a.title.original == "台北捷運今晚延長營運 跨年夜加開班次"
    lines = ["【開箱】iPhone 16 Pro 實測一週心得", "科技小王", "12.3K subscribers", "今天來聊聊這支手機，我用了一週，電池表現確實比去年好。"]
    a = _page(lines)
    assert a.title is not None and a.title.original.startswith("【開箱】")


def test_a_reposted_originals_own_stamp_dates_its_words() -> None:
    lines = ["微博", "首页", "鹭岛家长联盟", "2024-6-5 09:15 来自 微博 weibo.com",
             "转发微博：家有考生的赶紧收藏！后天就开考了。//@鹭岛交警:考点周边500米禁止鸣笛", "@厦江晚报",
             "【#高考期间这些路段交通管制#】记者昨天从市教育局获悉，本届我市高考考生共3.1万人。",
             "2024-6-4 21:30 来自 微博 weibo.com", "转发 1862", "评论 734", "赞 5099", "按时间", "小葵的妈妈",
             "谢谢整理！我们家就在考点旁边，这几天车都不敢开出去", "2024-6-5 09:40 来自福建", "回复", "赞 15"]  # fmt: skip
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert a.reference_date == date(2024, 6, 5)
        yesterday = [e for e in a.timeline if e.text.original in ("昨天",)]
        assert [e.start for e in yesterday] == [date(2024, 6, 3)]


def test_a_pasted_papers_story_counts_from_its_source_lines_day() -> None:
    lines = ["花6800元办的健身卡，没用几次店就关门了！", "江北生活圈", "2024年9月12日 07:45 浙江",
             "中秋节快到了，不少商家又在推储值卡。今天转一篇江北日报的报道，提醒大家办卡前多留个心眼。",
             "来源：江北日报 2024年9月11日 A05版", "作者：何雨桐", "",
             "本报讯（记者 何雨桐）昨天，市民刘女士向本报反映，她在城南一家健身房办了两年期会员卡。",
             "记者在现场看到，健身房内器械已被搬空，前台电话无人接听。"]  # fmt: skip
    for text in _both("\n".join(lines)):
        a = build_article(text)
        assert a.reference_date == date(2024, 9, 12)
        assert [e.start for e in a.timeline if e.text.original in ("昨天",)] == [date(2024, 9, 10)]
    # (a source line that closes a pasted story, the thread's replies under it, opens no quote)
    thread = ["南溪吧", "清江大桥4月8日起封闭改造", "转自南溪新闻网：", "4月1日，记者从市住建局获悉，清江大桥将于4月8日起封闭。",
              "来源：南溪新闻网 2024-04-01 18:20", "1楼 2024-04-02 10:31", "江边钓鱼佬", "又封？明天我还要过桥",
              "2楼 2024-04-02 10:45"]  # fmt: skip
    a = build_article("\n".join(thread))
    assert date(2024, 4, 3) in [e.start for e in a.timeline]
