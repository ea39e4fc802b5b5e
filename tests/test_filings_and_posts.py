"""Filings, notices, blog and forum posts: Minguo days in slashes after a label's colon, a
filing's head rows and its subject line, holdings in a post, a poster's own last word, a
comment's head with its day, customs and kinds of things named for a festival, a bare weekend
on a Monday.  The texts are written for these tests in the shapes such pages have."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_shapes import assert_no_days, check
from tui.model.build import build_article
from tui.model.line_shapes import Kind, classify
from tui.model.scripts import Script, convert

AUG = date(2025, 8, 12)


def _forms(line: str) -> dict[str, None]:
    return dict.fromkeys((line, convert(line, Script.SIMPLIFIED), convert(line, Script.TRADITIONAL)))


def test_minguo_days_in_slashes_after_a_labels_ascii_colon() -> None:
    """Taiwan's filings write 114/09/04 after a label and an ASCII colon; a range of them is
    one span, and 114年上半年度 is the year's first half."""
    check("6.除息交易日:114/09/04", "114/09/04", "2025-09-04", "2025-09-04", "stated", AUG)
    check(
        "3.股利所屬期間:114/01/01至114/06/30",
        "114/01/01至114/06/30",
        "2025-01-01",
        "2025-06-30",
        "stated",
        AUG,
    )
    check("2.股利所屬年(季)度:114年上半年度", "114年上半年度", "2025-01-01", "2025-06-30", "stated", AUG)
    check("公司2025年下半年度營運展望", "2025年下半年度", "2025-07-01", "2025-12-31", "stated", AUG)
    # a time's seconds before a slash are no Minguo year
    assert_no_days(("發言時間：17:48:06/114",), AUG)


@pytest.mark.parametrize(
    "line",
    [
        "序號：2　發言日期：114/08/12　發言時間：17:48:06",
        "符合條款：第14款　事實發生日：114/08/12",
        "編號：7　公告日期：2025-03-02　生效日期：2025-04-01",
        "澎湃新闻报料：021-96x866",
        "互联网新闻信息服务许可证：3112017000x",
        "福州三坊七巷冷门小吃地图 (3回应)",  # a list's link with its replies
        "小鹿要吃饱的最新日记 (全部)",
        "某某的吃喝日記 Blog is powered by 某某部落格",
        "租房 │ 押金 │ 房东 │ 杭州 │ 法律咨询",  # tags apart by box bars
        "默认 丨 最新",
        "相關圖片",
        "相關股份",
        "今日要聞",
        "1/3 頁",
        "（孙蔚然 整理）",
        "[圖片] 店門口排隊人潮",
        "【圖】考生昨日到學校了解放榜安排。（某報記者攝）",
        "杭州租房押金一般多久退？ 18 个回答",
        "※ 提醒您：本文僅供參考，若有身體不適，請務必尋求專業醫師協助。",
        "張貼文章或下標籤，不得有違法或侵害他人權益之言論，違者應自負法律責任。",
        "（注：本网站数据以国家统计局发布的各类统计公报和数据库为准。）",
        "请勿相信代客理财、免费荐股和炒股培训等宣传内容，远离非法证券活动。",
        "即時報價延遲最少15分鐘。",
        "京东 某某 Nova 9 12GB+256GB 2299 元 直达链接",
        "（某某欢迎更多医疗健康领域创业者交流，可发送BP至 someone@example.com）",
    ],
)
def test_filing_heads_comment_heads_and_a_sites_lists(line: str) -> None:
    for form in _forms(line):
        assert classify(form) is Kind.CHROME, form


@pytest.mark.parametrize(
    "line",
    [
        "0056 大概 40 張（2022年開始存）",  # a post's holdings: a number before its counter
        "00878 28 張",
        "00919 15 張（去年7月高點追進去的 QQ）",
        "以上，純分享不構成投資建議，虧錢自己負責",  # the poster's own last word
        "以上只是个人经验，不构成投资建议。有问题欢迎评论区交流。",
        "司會：林淑貞長老　領詩：敬拜團　司琴：黃怡安",  # a service's roles: no record's date
        "學生姓名：＿＿＿＿＿＿　班別：＿＿＿　日期：＿＿＿＿",  # a form's blanks
        "主辦單位：本校家長會　協辦單位：學務處、總務處",
        "我的日记",
        "以上内容仅供参考，大家自己判断。",  # a poster's own
        "[图片] 今天我们去了公园，孩子玩得很开心。",  # a story's sentence beside its picture
        "警方提醒市民谨防上当受骗，遇到可疑电话及时报警。",
        "他说每天都有新的数据，以国家统计局为准。",
    ],
)
def test_story_lines_beside_them(line: str) -> None:
    for form in _forms(line):
        assert classify(form) is not Kind.CHROME, form


def test_a_pager_and_a_disclaimer_are_still_chrome() -> None:
    for line in ("1 2 3 4 5 下一页", "本文仅供参考，不构成投资建议", "首頁 | 彙總報表 | 重大訊息與公告 | 財務報表 | 公司治理"):
        for form in _forms(line):
            assert classify(form) is Kind.CHROME, form


def test_a_filings_subject_line_is_its_headline() -> None:
    """A notice names its subject (主旨：…) under the site's name, its menu and its head rows:
    the subject is the headline, and the line it was cut from is chrome."""
    lines = [
        "某某資訊觀測站",
        "首頁 | 彙總報表 | 重大訊息與公告 | 財務報表 | 股東會及股利 | 公司治理",
        "列印網頁 | 另存CSV | 回上一頁",
        "序號：1　發言日期：114/03/05　發言時間：18:02:11",
        "主旨：公告本公司董事會決議發放現金股利",
        "符合條款：第14款　事實發生日：114/03/05",
        "說明",
        "1.董事會決議日期:114/03/05",
        "2.除息交易日:114/04/10",
        "3.本公司將於114年3月20日舉行法人說明會，簡報將於會後公告於本公司網站。",
    ]
    for text in _forms("\n".join(lines)):
        a = build_article(text)
        assert a.title is not None and a.title.original == text.split("\n")[4].split("：", 1)[1]


def test_a_blogs_name_over_its_motto_and_menu_is_no_headline() -> None:
    lines = [
        "某某部落格",
        "登入 註冊",
        "小芋頭的吃喝日記",
        "吃遍宜花東，偶爾飛日本",
        "首頁 │ 關於我 │ 宜蘭美食 │ 花蓮台東 │ 日本旅遊",
        "Mar 04 Tue 2025 23:18",
        "【宜蘭羅東】某某烘焙坊｜連假排隊也要吃的蔥麵包開箱",
        "哈囉大家好～我是小芋頭！這次連假跟家人回宜蘭，終於吃到心心念念的烘焙坊。",
        "我們2月28日那天早上9點半到，門口已經排了快20個人，大概排了40分鐘才買到蔥麵包。",
        "小芋頭的吃喝日記 Blog is powered by 某某部落格",
    ]
    for text in _forms("\n".join(lines)):
        a = build_article(text)
        assert a.title is not None and a.title.original == text.split("\n")[6]


def test_a_users_section_name_is_no_headline() -> None:
    lines = [
        "某某网",
        "首页 │ 浏览发现 │ 话题广场 │ 我的主页",
        "小鹿要吃饱的日记",
        "泉州三日：从西街吃到扶墙出",
        "小鹿要吃饱 2024-10-08 22:13:05 福建",
        "拖了好几天，终于把泉州的流水账写完了。",
        "国庆节当天一早从福州坐动车过去，小鹿要吃饱的日记这回写得长一点，西街的面线糊六块钱一碗。",
    ]
    for text in _forms("\n".join(lines)):
        a = build_article(text)
        assert a.title is not None and a.title.original == text.split("\n")[3]


def test_a_month_with_its_part_after_a_funds_code() -> None:
    ref = date(2025, 1, 15)
    check("推 abc: 00919 3月中除息 記得最後買進日", "3月中", "2025-03-11", "2025-03-20", "reference", ref)
    check("Mate 60 3月底上市", "3月底", "2025-03-21", "2025-03-31", "reference", ref)
    assert_no_days(("iPhone 12 月销量破千万", "00919 3月"), ref)


def test_anyway_is_no_first_lunar_month() -> None:
    check("反正月中以後就會慢慢好了吧", "月中", "2025-03-11", "2025-03-20", "reference", date(2025, 3, 15))


def test_things_named_for_a_festival_and_festivals_every_year() -> None:
    ref = date(2025, 6, 17)
    assert_no_days(
        (
            "事主落單訂購聖誕蛋糕，並預繳1,280元",
            "宣傳「中秋限定月餅禮盒」及「聖誕派對蛋糕」",
            "每逢“双十一”“618”等购物节前后，都是诈骗高发期",
            "唔係話年廿八洗邋遢咩",
        ),
        ref,
    )
    check("聖誕派對上大家都很開心", "聖誕", "2025-12-25", "2025-12-25", "reference", ref)
    jan = date(2025, 1, 15)
    check("我媽堅持年廿八洗邋遢，話過咗就唔好再掃", "年廿八", "2025-01-27", "2025-01-27", "reference", jan)
    check("俗語有云「年廿八，洗邋遢」", "年廿八", "2025-01-27", "2025-01-27", "reference", jan)


def test_the_reviews_counter_examples() -> None:
    """A reviewer's sentences against this session's rules: each stays as it was."""
    from tests.test_date_shapes import dated

    ref = date(2025, 3, 20)
    assert_no_days(
        (
            "地铁1、2号线停运",
            "住在3、4号楼的住户",
            "可能要掛8、9號風球",
            "• 1.1 项目背景\n• 1.2 研究目标\n• 2.1 技术路线",
            "你看那3号，跑得真快！",
            "结果3号没来，换了替补",
        ),
        ref,
    )
    assert all(d[0] != "15、16日" for d in dated("每月的15、16日发工资", ref))
    check("去年12月和1月两个月销量大增", "1月", "2025-01-01", "2025-01-31", "reference", ref)
    check("今年中秋就得在公司加班了", "今年中秋", "2025-10-06", "2025-10-06", "reference", date(2025, 9, 20))
    check("老妈说腊月二十四扫房子，让我那天请假回家", "腊月二十四", "2025-01-23", "2025-01-23", "reference", date(2025, 1, 10))
    check("国庆组团去云南玩", "国庆", "2025-10-01", "2025-10-01", "reference", date(2025, 9, 20))
    check("這首歌在八十年代風靡全港", "八十年代", "1980-01-01", "1989-12-31", "stated", ref)
    check("大家都在周六出发，别迟到", "周六", "2025-03-22", "2025-03-22", "reference", ref)
    wed = date(2025, 3, 19)
    check("明天要交报告，周一开会时老板已经讲过了", "周一", "2025-03-17", "2025-03-17", "reference", wed)
    monday = date(2025, 3, 17)
    for text in ("天文台預報，周末有雨，氣溫回落", "周末有空吗？一起吃饭"):
        check(text, text[text.index("末") - 1 : text.index("末") + 1], "2025-03-22", "2025-03-23", "reference", monday)
    assert dated("分解需時100至120年", ref)[0][0] == "120年"
    from tui.model.timeline import date_paragraphs

    paras = ["个税新规将于4月10日起施行。", "全国人大常委会10日表决通过了修正案。"]
    _, per = date_paragraphs(paras, paras, ref, date(2026, 1, 1))
    assert per[1][0].first == date(2025, 3, 10)
    for line in (
        "活動日期：114/08/12　活動地點：台北小巨蛋",
        "国家网信办通报，部分账号未取得互联网新闻信息服务许可证，擅自发布新闻，已被依法关闭。",
        "禁止在景区内放飞无人机，违者自负法律责任",
        "截至发稿，该帖已有3000条回复",
        "【图片】周末去黄山，风景绝了",
        "父亲的相册",
        "Day1 成都 6月24日",
    ):
        for form in _forms(line):
            assert classify(form) is not Kind.CHROME, form


def test_a_bare_weekend_on_a_monday() -> None:
    """On a Monday a weekend told as done is the one just gone; one forecast, planned or
    wished is still to come."""
    monday = date(2025, 1, 27)
    check("內地AI初創公司周末發布新模型，市場憧憬帶動需求", "周末", "2025-01-25", "2025-01-26", "reference", monday)
    check("接著又在週末主場連輸2場，戰績一度被追近", "週末", "2025-01-25", "2025-01-26", "reference", monday)
    for text in ("天文台預測周末會有雨", "周末去爬山吧", "等周末再发布新版本"):
        check(text, text[text.index("末") - 1 : text.index("末") + 1], "2025-02-01", "2025-02-02", "reference", monday)
    # not on a Wednesday: the coming weekend
    check("公司周末發布新模型", "周末", "2025-02-01", "2025-02-02", "reference", date(2025, 1, 29))


def test_the_month_before_the_figures_month_after_with() -> None:
    check(
        "5月份，居民消费价格同比下降0.1%。核心CPI同比上涨0.6%，与上月持平。",
        "上月",
        "2025-04-01",
        "2025-04-30",
        "reference",
        date(2025, 6, 16),
    )
    # 参与 is no comparison
    check("5月份数据公布。他参与上月的评审", "上月", "2025-05-01", "2025-05-31", "reference", date(2025, 6, 16))


def test_a_row_of_menu_entries_in_the_head_is_chrome() -> None:
    """A site's menu without a menu word (市府簡介 市政新聞 …) in the page's head is chrome; a
    list of names in the story stays."""
    from tui.model.boilerplate import split_lines

    lines = [
        "跳到主要內容區塊",
        "某某市政府全球資訊網",
        "市府簡介 市政新聞 政府資訊公開 便民服務 觀光旅遊 市民信箱",
        "首頁 > 市政新聞 > 新聞稿",
        "某某市集10月3日登場 運河畔連10天",
        "發布日期：114-09-22",
        "某某市政府觀光旅遊局今（22）日宣布，一年一度的市集將於10月3日至10月12日舉行，邀集70攤在地小農進駐。",
        "中西區 安平區 北區 南區 東區 永康區",  # the districts the story lists
        "觀旅局提醒，連假期間運河周邊人潮眾多，建議多利用大眾運輸。",
    ]
    for form in _forms("\n".join(lines)):
        split = split_lines(form.split("\n"))
        assert 2 in split.chrome
        assert 7 in split.body


def test_an_itinerarys_pinned_days() -> None:
    """A note's itinerary opens each line with a pin or a plane, then its day (📍 1.1 上午…): two
    or more such lines make the days a trip's; one alone, or a figure with its unit, is none."""
    from tests.test_date_shapes import dated

    ref = date(2025, 1, 3)
    text = "✈️ 12.31 晚上落地太平机场\n📍 1.1 上午圣索菲亚教堂→中午中央大街\n📍 1.2 冰雪大世界（重点）"
    for form in _forms(text):
        assert [d[:2] for d in dated(form, ref)] == [("12.31", "2024-12-31"), ("1.1", "2025-01-01"), ("1.2", "2025-01-02")]
    assert_no_days(("📍 1.1 上午圣索菲亚教堂", "📍 3.5 公里\n📍 2.4 公里"), ref)


def test_two_days_running_listed_and_a_weekends_bracket() -> None:
    ref = date(2024, 12, 10)
    check("主辦單位今日回應，7、8日兩晚共有17組", "7、8日", "2024-12-07", "2024-12-08", "reference", ref)
    check("林栖巡演长沙站是7月27、28日两场", "7月27、28日", "2024-07-27", "2024-07-28", "reference", ref)
    check("人氣樂團上週末（7、8日）在高雄連開兩場", "上週末（7、8日）", "2024-12-07", "2024-12-08", "reference", ref)
    # the bracket's days name the weekend, where the word alone would name another
    check("上周末（14、15日）才有一波冷空气", "上周末（14、15日）", "2024-12-14", "2024-12-15", "reference", ref)
    check("避开了腊月二十八、二十九的高速高峰", "腊月二十八、二十九", "2024-02-07", "2024-02-08", "reference", date(2024, 2, 20))
    check("气象台预计明后两天有雷阵雨", "明后两天", "2024-12-11", "2024-12-12", "reference", ref)
    assert_no_days(("1、2、3号线首班车提前",), ref)
    check("7、9日两天都有演出", "9日", "2024-12-09", "2024-12-09", "reference", ref)


def test_a_numbered_day_with_its_date_in_brackets() -> None:
    check("第二日（30日）朝早返去酒店", "第二日（30日）", "2024-03-30", "2024-03-30", "reference", date(2024, 4, 3))
    check("墙面我入住第一天（2022年7月3日）就拍了照", "第一天（2022年7月3日）", "2022-07-03", "2022-07-03", "stated", date(2024, 7, 15))


def test_days_that_did_not_come_and_sets_and_sales_named_for_a_festival() -> None:
    ref = date(2024, 9, 18)
    check("結果14號沒到 15號也沒到", "14號", "2024-09-14", "2024-09-14", "reference", ref)
    check("結果14號沒到 15號也沒到", "15號", "2024-09-15", "2024-09-15", "reference", ref)
    assert_no_days(
        (
            "官網訂了一組四人份中秋烤肉組 1680元",
            "“一年就等这一天，端午节就是要看划龙舟！”",
            "参加双十一预售，下单一台取暖器",
            "客服说双十一活动规则不支持",
            "3号没有人",
        ),
        ref,
    )
    check("中秋组织了一次聚会", "中秋", "2024-09-17", "2024-09-17", "reference", ref)
    check("想问一下元旦预售是限量吗", "元旦", "2025-01-01", "2025-01-01", "reference", ref)
    check("端午节就要到了", "端午节", "2024-06-10", "2024-06-10", "reference", date(2024, 5, 20))


def test_a_handle_whose_dotted_end_is_no_domain() -> None:
    """原PO@xiaoyu.0412表示: Latin letters before the @, but a domain ends in letters."""
    from tui.model.bloggers import find_handles

    for form in _forms("原PO@xiaoyu.0412表示，這兩張票是11月初買的"):
        assert [form[a:b] for a, b in find_handles(form)] == ["@xiaoyu.0412"]
    for text in ("abc@163.com", "寄到news@example.com.tw"):
        assert find_handles(text) == []


def test_forum_heads_without_a_headline_of_their_own() -> None:
    """A forum's edit note, its sign-in and search buttons, its menu one entry a line under the
    home link: none is the headline; a complaint's field whose label holds a button's word
    stays in the story."""
    tieba = [
        "某某贴吧",
        "进入贴吧",
        "全吧搜索",
        "成都吧",
        "关注：328万 贴子：4562万",
        "签到",
        "【求助】退租押金2600只退800，房东说墙面要全部重刷，合理吗？",
        "只看楼主",
        "收藏",
        "回复",
        "锦江区小透明",
        "Lv.7",
        "坐标武侯区，2022年7月签的两年合同，月租2600，押一付三，合同到期日是本月10号。",
        "结果昨天晚上突然发微信，说客厅和卧室墙面发霉，要全部重新刷，押金只退800。",
        "本吧热帖",
        "成都地铁30号线今天开通了吗？",
    ]
    group = [
        "某某网",
        "首页",
        "浏览发现",
        "话题广场",
        "小组",
        "演唱会互助小组",
        "【避雷】闲鱼收的内场票是假的，已报警，说下经过",
        "来自: 小柿子不吃辣",
        "2024-08-03 11:20:45 湖南",
        "先说结论：钱追不回来的可能性很大，但还是希望大家引以为戒。",
        "卖家说票在他朋友的账号上，开演前会用转赠功能转给我，让我先加微信付全款。",
    ]
    thread = [
        "某某討論區 discuss.example.hk",
        "登入 | 註冊",
        "首頁 › 本地新聞 › 社區活動",
        "查看: 8632 | 回覆: 27",
        "琴晚長洲搶包山 現場直擊 + 今年人流真係誇張",
        "[複製鏈接]",
        "長洲仔阿Ken",
        "發表於 2024-5-16 09:12 | 只看該作者 | 倒序瀏覽",
        "本帖最後由 長洲仔阿Ken 於 2024-5-16 10:05 編輯",
        "屋企喺長洲，琴晚睇完搶包山，趁記得寫返少少",
        "尋日朝早十點幾，中環碼頭排隊條人龍已經排到出IFC，新渡輪加開晒班次都唔夠。",
    ]
    for lines, k in ((tieba, 6), (group, 6), (thread, 4)):
        for text in _forms("\n".join(lines)):
            a = build_article(text)
            assert a.title is not None and a.title.original == text.split("\n")[k], text[:40]
    for line in ("签到", "全吧搜索", "本吧热帖"):
        for form in _forms(line):
            assert classify(form) is Kind.CHROME, form
    from tui.model.boilerplate import split_lines

    complaint = [
        "某某投诉平台",
        "首页 > 家用电器 > 投诉详情",
        "预售付完尾款20天不发货，商家还拒绝退款",
        "投诉编号：17388452091",
        "投诉对象：暖暖家电旗舰店",
        "投诉问题：延迟发货、拒绝退款",
        "涉诉金额：2399元",
        "投诉进度：处理中",
        "发布人：晴天吃橘子",
        "发布时间：2024年11月14日 10:31",
        "本人于10月21日晚8点在某电商平台下单一台取暖器，付定金200元，10月24日凌晨付尾款2199元。",
    ]
    for text in _forms("\n".join(complaint)):
        assert 4 in split_lines(text.split("\n")).body


def test_public_affairs_years_ranges_and_holidays() -> None:
    """Minguo spans of three-figure years (117年至119年間), a range's start read from the page
    where its end has a year of its own, a timetable's days in the next year the paragraph
    names, a holiday that names the days just given, an exam with its days in brackets."""
    may = date(2025, 5, 16)
    check("港埠改善工程則排在117年至119年間分階段施作", "117年至119年", "2028-01-01", "2030-12-31", "stated", may)
    check("標案從民國110年至112年連續三年都由同一家公司得標", "民國110年至112年", "2021-01-01", "2023-12-31", "stated", may)
    assert_no_days(("這座廟已有115年間的香火",), may)
    check(
        "預計明（115）年5月完工通車，封橋期間自3月10日至明年5月9日，為期14個月。",
        "3月10日至明年5月9日",
        "2025-03-10",
        "2026-05-09",
        "reference",
        date(2025, 3, 4),
    )
    oct9 = date(2025, 10, 9)
    check(
        "筆試將於明年4月1日開考，7月15日放榜。說話能力考試則安排在3月16日至26日舉行。",
        "3月16日至26日",
        "2026-03-16",
        "2026-03-26",
        "reference",
        oct9,
    )
    # a month read forward because it is weeks away sets no next year for the paragraph
    check(
        "1月从哈尔滨出发，冰雪大世界冻到怀疑人生；10月底去了新疆。",
        "10月底",
        "2025-10-21",
        "2025-10-31",
        "reference",
        date(2025, 12, 31),
    )
    from tests.test_date_shapes import dated

    for form in _forms("由於4月3日至6日為復活節假期，考評局特別將兩科相隔一星期"):
        assert [d[0] for d in dated(form, oct9)] == [form[2:9]]
    check("10月7日是国庆假期最后一天", "国庆假期", "2025-10-01", "2025-10-07", "reference", oct9)
    check("高考（6月7日至8日）期间，临近考点路段禁止鸣笛", "高考（6月7日至8日）", "2025-06-07", "2025-06-08", "reference", date(2025, 5, 20))


def test_an_epapers_page_label_is_no_poster() -> None:
    """B01 財經 over a headline is an e-paper's page and section, not a poster's id and name;
    本月24日前 in a headline is a day of the month, not a post's age."""
    lines = [
        "某某時報 數碼版",
        "首頁 > 某某時報 > 港聞 > 正文",
        "2025年1月23日 星期四",
        "A08 | 港聞",
        "上一版　下一版　版面導航　PDF版",
        "A01 要聞",
        "A08 港聞",
        "B01 財經",
        "財委會批52億擴建屯門醫院急症室",
        "■某某醫院現有急症室自上世紀九十年代沿用至今，求診人次長期超出設計容量。資料圖片",
        "■某某時報記者 莫詠詩",
        "立法會財務委員會昨日（22日）通過約52億元撥款，擴建某某醫院急症室大樓，預計2031年落成。",
    ]
    for text in _forms("\n".join(lines)):
        a = build_article(text)
        assert a.title is not None and a.title.original == text.split("\n")[8]
    from tui.model.title import _POST_META

    assert _POST_META.search("文凭试2026｜明年4月1日开考 学校考生本月24日前须完成报名") is None
    assert _POST_META.search("某某 3天前") is not None


def test_a_games_notes_times_and_line_score() -> None:
    """A patch note's dates with their clock times (the surface leaves the time out, a span
    keeps its inner one), its lines of hours and spans under their headings, a coming day
    after a past year the sentence looked back to, a baseball line score."""
    from tui.model.boilerplate import split_lines

    ref = date(2025, 7, 14)
    check("《某某》将于2025/07/16 06:00开始进行更新维护", "2025/07/16", "2025-07-16", "2025-07-16", "stated", ref)
    check(
        "「海港集市」：2025/07/18 10:00 - 2025/07/28 03:59",
        "2025/07/18 10:00 - 2025/07/28",
        "2025-07-18",
        "2025-07-28",
        "stated",
        ref,
    )
    check(
        "游戏自2023年9月公测以来，已陪伴玩家走过近两年，二周年庆典将于9月初正式开启。",
        "9月初",
        "2025-09-01",
        "2025-09-10",
        "reference",
        ref,
    )
    check("2023年9月开工，预计11月完工", "11月", "2023-11-01", "2023-11-30", "reference", ref)
    check("16日5:00-14:00，环湖路将实施交通管制", "16日", "2025-07-16", "2025-07-16", "reference", ref)
    notes = [
        "某某 官方网站",
        "首页 新闻 角色 攻略站 下载游戏",
        "《某某》3.4版本更新说明",
        "发布时间：2025-07-14 18:00",
        "《某某》将于2025/07/16 06:00开始进行版本更新维护，预计维护时长5小时，请提前做好准备。",
        "〓更新时间〓",
        "2025/07/16 06:00-11:00",
        "〓补偿说明〓",
        "补偿发放范围：2025/07/16 06:00前达到等级4级的玩家",
        "〓限时活动〓",
        "「海港集市」：2025/07/18 10:00 - 2025/07/28 03:59",
        "活动期间完成每日集市委托，可兑换四星角色。",
    ]
    for text in _forms("\n".join(notes)):
        split = split_lines(text.split("\n"))
        assert {5, 6, 8, 9, 10} <= set(split.body), split
    game = [
        "某某時報電子報",
        "即時 熱門 政治 社會 生活 國際 地方 財經 娛樂 體育",
        "中職》某某11局再見安 雄鷹延長賽5：4氣走悍將",
        "2025/06/14 22:41",
        "〔記者某某／高雄報導〕台鋼雄鷹今（14）日在澄清湖迎戰富邦悍將，最終以5：4險勝，終止近期4連敗。",
        "隊伍 1 2 3 4 5 6 7 8 9 10 11 R H E",
        "富邦 0 0 2 0 0 0 1 1 0 0 0 4 9 1",
        "台鋼 1 0 0 0 2 0 0 1 0 0 1 5 12 0",
        "廣告",
        "雄鷹首局就由第2棒擊出左外野二壘安打，隨後靠著悍將投手暴投先馳得點。",
        "中職今日賽果",
        "回覆 #3",
    ]
    for text in _forms("\n".join(game)):
        split = split_lines(text.split("\n"))
        assert {5, 6, 7} <= set(split.body) and {10, 11} <= set(split.chrome), split
    for line in ("1 2 3 4 5 6 7 8 9 10 下一页", "首页 1 2 3 4 5 6 7 8 9 尾页"):
        assert classify(line) is Kind.CHROME


def test_a_coming_months_days_the_story_named() -> None:
    """A race guide on October 28th names 11月14日-15日 for the kit and 11月16日 for the race:
    its bare 15日 and 16日 are those, not October's gone by."""
    from tests.test_date_shapes import dated

    text = "比赛将于11月16日（周日）7:30鸣枪。\n领物时间：11月14日-15日 10:00-20:00\n组委会将于15日晚上8点进行赛前直播。\n16日5:00-14:00，环湖路实施交通管制。"
    for form in _forms(text):
        got = dated(form, date(2025, 10, 28))
        assert ("15日", "2025-11-15") in [d[:2] for d in got], got
        assert ("16日", "2025-11-16") in [d[:2] for d in got], got


def test_a_schedules_rows_and_an_eras_style() -> None:
    from tui.model.timeline import date_paragraphs

    paras = ["台北站｜12月27日、28日｜台北小巨蛋", "高雄站｜2026年1月10日｜高雄巨蛋", "香港站｜1月24日至25日｜博覽館", "新加坡站｜2月7日｜室內體育館"]
    for form in (paras, [convert(p, Script.SIMPLIFIED) for p in paras]):
        _, per = date_paragraphs(form, form, date(2025, 9, 23), date(2026, 1, 1))
        assert per[3][0].first == date(2026, 2, 7)
        assert per[0][0].first == date(2025, 12, 27)
    ref = date(2026, 2, 13)
    assert_no_days(("首映禮上，一眾演員穿上八十年代造型登場", "这首歌是九十年代风格"), ref)
    check("她最爱八十年代的香港", "八十年代", "1980-01-01", "1989-12-31", "stated", ref)


def test_the_galas_stage_and_what_every_weekend_brings() -> None:
    ref = date(2025, 2, 10)
    assert_no_days(
        (
            "希望让更多普通人站上春晚舞台",
            "背面还有我用铅笔抄的春晚的歌词",
            "老街店家：週末營收回到疫情前八成",
            "开幕以来周末每天限流6000人",
            "7条线路将实行周末延时运营",
        ),
        ref,
    )
    check("今年春晚我看了一半就睡了", "今年春晚", "2025-01-28", "2025-01-28", "reference", ref)
    check("周末客流创下新高", "周末", "2025-02-08", "2025-02-09", "reference", ref)  # (a Monday: the weekend gone)


def test_weekdays_repeated_with_spaces_stay_linear() -> None:
    """周六 周六 周六 … once backtracked exponentially in the every-such-day rules (a run of 30
    took over a minute): one space run between days now; the rule still reads its lists."""
    from tests.test_date_shapes import dated

    assert len(dated("周六 " * 40)) == 40
    assert_no_days(("周六、周日都照常营业",))


def test_a_next_years_timetable_stays_linear() -> None:
    """明年4月1日开考。 then thousands of sentences with a month-day: the next year is looked for
    just before the month that named it, not over the whole paragraph each time (5,000
    sentences took 71 s)."""
    from tests.test_date_shapes import dated

    found = dated("明年4月1日开考。" + "3月1日。" * 3000, date(2025, 10, 9))
    assert len(found) == 3001
    assert found[1][1] == "2026-03-01"
