"""Filings, notices, blog and forum posts: Minguo days in slashes after a label's colon, a
filing's head rows and its subject line, holdings in a post, a poster's own last word, a
comment's head with its day, customs and kinds of things named for a festival, a bare weekend
on a Monday.  The texts are written for these tests in the shapes such pages have."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_shapes import assert_no_days, check
from tui.model.boilerplate import Kind, classify
from tui.model.build import build_article
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
        "晴天妈妈 浙江 6月24日",  # a WeChat comment's head: the writer, the region, the day
        "澎湃新闻报料：021-96x866",
        "互联网新闻信息服务许可证：3112017000x",
        "福州三坊七巷冷门小吃地图 (3回应)",  # a list's link with its replies
        "小鹿要吃饱的最新日记 (全部)",
        "小鹿要吃饱的日记",  # a user's section
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


def test_a_bare_day_after_then() -> None:
    check("试运营首周九折，那28号当天我肯定去坐一趟", "28号", "2024-11-28", "2024-11-28", "reference", date(2024, 12, 20))


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
