"""Page chrome and the headline on page shapes of Taiwan, Hong Kong and the mainland.

The texts are made up in the shapes of real pages (no page is copied): a head with
site name, menu, breadcrumb, banner and byline; a body; a foot with ads, tools,
disclaimers and lists of other stories.
"""

from datetime import date

import pytest

from tui.model.boilerplate import split_lines
from tui.model.build import build_article, with_words
from tui.model.line_shapes import Kind, classify
from tui.model.scripts import Script, convert
from tui.model.title import find_title
from tui.model.words import compute_words

STORY_T = (
    "台南市今天舉辦燈會開幕式，現場湧入大批民眾，市府表示今年燈區比去年擴大一倍。",
    "主辦單位指出，展期到3月底，平日晚間也有表演，並呼籲民眾多利用大眾運輸工具前往。",
)
STORY_S = (
    "杭州一家机器人公司今天宣布完成新一轮融资，公司表示资金将用于研发和海外市场。",
    "业内人士认为，清洁机器人市场竞争激烈，价格战已经持续了一年多，利润正在变薄。",
)


@pytest.mark.parametrize(
    "line",
    [
        "您的位置:首頁 > 新聞中心 > 地方",
        "当前位置:首页 > 科技频道",
        "首頁 > 生活",
        "即時 熱門 政治 社會 生活 健康 國際 地方 財經",
        "新闻 | 体育 | 财经 | 娱乐",
        "廣告",
        "請繼續往下閱讀...",
        "列印本頁",
        "【字體：大 中 小】",
        "分享至:",
        "跳到主要內容",
        "扫码下载APP 阅读更方便",
        "本文觀點僅代表作者本人，不代表本網立場。",
        "第B03版:城事",
        "上一篇 下一篇",
        "圖片",
        "猜你喜歡",
        "热门推荐",
        "相關閱讀",
        "回到頂部",
        "請升級您的瀏覽器，以獲得更好的瀏覽體驗",
        "為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。",
        "某某新聞網 https://www.example.com.tw",
        "k8 Q; p3 x! w7",
        "社會中心／綜合報導",
        "记者 张三 通讯员 李四",
        "2024/03/12 14:35",
        "2024-03-06 HKT 09:12",
        "3小时前 来自 iPhone 15 Pro",
        "#3 某某用戶 2 日前",
        "（圖／翻攝自某某IG）",
        "快訊",
        "登入 建立新帳號",
        "1,203 个回答",
        "阅读 (2.3万)",
        "#台南燈會 #元宵節",
        "#杀青快乐# #新剧#",
        "![]() | ![]() |",
        "(宗合)",
        "某某合作来源张三校对李四 编辑",
        "2017-03-01 张三 李四 某某号",
        "加入收藏 | 设为首页 | 会员中心 | 我要投稿 某某站长网 (http://www.example.com/)- 智能!",
        "date 2025-08-14 為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。",
    ],
)
def test_chrome_shapes(line: str) -> None:
    assert classify(line) is Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        *STORY_T,
        *STORY_S,
        "他說：「我們建議民眾使用新版瀏覽器。」這是市府第三次提醒。",  # a sentence that names a banner word
        "市府表示，廣告看板將在下週拆除，業者必須自行負擔費用，否則將依法開罰。",
        "网友纷纷表示，扫码点餐虽然方便，但也让不少老人感到困扰，希望商家保留人工服务。",
    ],
)
def test_story_sentences_are_never_chrome(line: str) -> None:
    assert classify(line) is not Kind.CHROME


def _page(head: list[str], title: str | None, meta: list[str], story: tuple[str, ...], foot: list[str]):
    lines = [*head, *([title] if title else []), *meta, *story, *foot]
    return build_article("\n".join(lines)), lines


def test_a_taiwanese_news_page() -> None:
    head = ["某某時報電子報", "跳到主要內容", "即時 熱門 政治 社會 生活", "您的位置:首頁 > 即時新聞 > 生活"]
    title = "台南燈會今晚開幕 燈區擴大一倍"
    meta = ["2024/02/24 17:32", "記者王小明／台南報導"]
    foot = ["廣告", "繼續閱讀下文", "相關新聞", "高雄燈會人潮破百萬 捷運加開班次", "2024/02/20 09:12", "猜你喜歡", "回到頂部"]
    a, _ = _page(head, title, meta, STORY_T, foot)
    assert a.title is not None and a.title.traditional == title
    assert [p.text.traditional for p in a.paragraphs] == list(STORY_T)
    assert {b.original for b in a.boilerplate} == {*head, *meta, *foot}


def test_a_mainland_news_page() -> None:
    head = ["新浪首页 新闻 体育 财经 娱乐 科技", "当前位置:首页 > 科技频道 > 互联网", "扫码下载APP 阅读更方便"]
    title = "杭州机器人公司完成新一轮融资 创始人称先做好清洁"
    meta = ["2023年11月13日 09:27 新浪科技"]
    foot = ["本文观点仅代表作者本人，不代表新浪网立场。", "责任编辑：张倩", "相关阅读", "扫地机器人价格战打响：千元机成主流"]
    a, _ = _page(head, title, meta, STORY_S, foot)
    assert a.title is not None and a.title.simplified == title
    assert [p.text.simplified for p in a.paragraphs] == list(STORY_S)
    assert {b.original for b in a.boilerplate} == {*head, *meta, *foot}


def test_title_is_never_chrome() -> None:
    # No headline: the byline, the site name, the ad marker and the 快訊 label are not titles.
    for head in (["社會中心／綜合報導"], ["某某新聞網"], ["廣告"], ["快訊"], ["請升級您的瀏覽器"]):
        a = build_article("\n".join([*head, *STORY_T]))
        assert a.title is None, head


def test_a_headline_sharing_its_line_with_a_dateline_is_cut_there() -> None:
    for line, headline in (
        ("台南燈會今晚開幕 燈區擴大一倍2024/02/24 17:32 生活／綜合報導", "台南燈會今晚開幕 燈區擴大一倍"),
        ("杭州机器人公司完成融资 2023年11月13日 09:27", "杭州机器人公司完成融资"),
        ("标题 [问卦] 有没有大年初二回娘家塞爆的八卦？", "[问卦] 有没有大年初二回娘家塞爆的八卦？"),
        ("杭州机器人公司完成融资 某某报记者 王某某 编辑 李某", "杭州机器人公司完成融资"),
        # the reporter after a bar, and the page's update stamp under its label
        ("長洲節後人潮回落 商戶：周末生意不及去年｜某某報記者 陳某某", "長洲節後人潮回落 商戶：周末生意不及去年"),
        ("直播｜城市馬拉松逾七萬人參加 男子組肯尼亞跑手奪冠 更新：2025-02-09 11:42",
         "直播｜城市馬拉松逾七萬人參加 男子組肯尼亞跑手奪冠"),
        # the bracket that opens the stamp goes with it, never left at the headline's end
        ("台中捷運藍線環評過關 花蓮外海地震（2024-03-10 09:30）", "台中捷運藍線環評過關 花蓮外海地震"),
    ):
        a = build_article("\n".join(["某某網", line, *STORY_T]))
        assert a.title is not None and a.title.original == headline, line
        assert line in {b.original for b in a.boilerplate}  # the rest of the line is chrome


def test_an_epapers_kicker_headline_and_deck_over_the_story_that_opens_with_its_reporters() -> None:
    """An e-paper page: its list of pages by code (A01 要闻), then a kicker, the headline and a
    deck, then the story's first line, which names the reporters (本报讯（记者 某某）…): the
    headline is the middle line, the list of pages is chrome."""
    lines = [
        "海城晚报数字报",
        "2026年11月26日 星期四",
        "往期回顾",
        "第A06版：经济",
        "上一版",
        "下一版",
        "版面导航",
        "A01 要闻",
        "A06 经济",
        "A09 民生",
        "机器人融资首月表现平稳",
        "杭州一公司完成新一轮融资",
        "公司：资金将用于研发和海外市场",
        "本报讯（记者 周某某 通讯员 王某）" + STORY_S[0],
        STORY_S[1],
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[11]
    chrome = {b.simplified for b in a.boilerplate}
    assert {"A01 要闻", "A06 经济", "A09 民生"} <= chrome


def test_a_breadcrumb_that_ends_in_the_threads_headline_is_chrome_and_the_label_gives_the_title() -> None:
    """A forum's path ends in the thread's own headline (某某討論區 » 生活 » 飲食 » 標題？…); the
    pager (上一主題 下一主題) and the path are chrome, the page's 標題: line names the headline."""
    crumb = "某某討論區 » 生活百態 » 飲食消閒 » 年夜飯邊度食好？今年想早啲訂位"
    lines = ["某某討論區", "會員登入 | 立即註冊", crumb, "上一主題 下一主題",
             "標題: 年夜飯邊度食好？今年想早啲訂位", "屯門師奶", "樓主 | 發表於 2025-1-22 23:05",
             *STORY_T]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "年夜飯邊度食好？今年想早啲訂位"
    chrome = {b.original for b in a.boilerplate}
    assert {crumb, "上一主題 下一主題"} <= chrome


def test_an_epapers_reporters_with_a_name_spaced_out_are_its_reporters_line() -> None:
    """本报记者 孙 蕾: a paper spaces a two-character name out to a three's width."""
    from tui.model.title import _REPORTERS

    assert _REPORTERS.match("本报记者 孙 蕾\u3000通讯员 陈志远")
    assert _REPORTERS.match("本报记者 王小川 通讯员 刘芳")


def test_a_skip_link_and_a_welcome_banner_are_never_the_title() -> None:
    """跳至內容 (a screen reader's skip link) and 欢迎访问…网站！ are chrome; a 標題: line under the
    breadcrumb, over the page's fields, is the headline."""
    lines = ["跳至內容", "某某小學 Some Primary School", "學校簡介 | 學與教 | 聯絡我們", "主頁 » 最新消息 » 學校通告",
             "標題: 第三學期考試及暑假安排", "發佈日期：2025年6月9日", "類別：通告　編號：24-25/087", *STORY_T]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "第三學期考試及暑假安排"
    lines = ["某某区人民政府", "欢迎访问某某区人民政府门户网站！", "今天是：2025年1月10日 星期五",
             "首页 > 政务公开 > 通知公告", "关于2025年春节期间烟花爆竹燃放管理的通告", *STORY_S]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "关于2025年春节期间烟花爆竹燃放管理的通告"
    assert "今天是：2025年1月10日 星期五" in {b.original for b in a.boilerplate}


def test_a_share_pages_writer_over_the_posts_stamp_is_no_title() -> None:
    """An app's share page: the writer's name, the stamp with place and badge, 关注, then the
    post in short lines: no headline (the name is the writer's)."""
    lines = ["某某头条", "打开某某头条，查看更多精彩内容", "重庆的老陈说美食", "2025-08-03 19:45 · 重庆 · 美食领域创作者",
             "关注", "在解放碑排了一个半小时的小面 终于吃上了", "老板说下周要关门休息一周 想吃的赶紧"]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is None


def test_a_threads_first_post_under_its_stamp_and_floor_number_is_no_title() -> None:
    lines = ["某某討論區", "登入 | 註冊", "首頁 › 吹水版 › 年宵花市今年去邊個好？", "查看: 8521 | 回覆: 36",
             "[吹水] 年宵花市今年去邊個好？", "阿狗仔樂園", "發表於 2026-2-10 13:22 | 只看該作者", "1#",
             "聽講維園年宵今年2月10日至16日搞 年廿九通宵", "今日第一日開 有冇人去過", "回覆 引用"]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "[吹水] 年宵花市今年去邊個好？"


def test_a_bbs_posts_padded_title_label_and_its_header_fields() -> None:
    """newsmth's header: 发信人 / 标  题: (padded) / 发信站 (…): the label names the headline."""
    lines = ["某某社区 -> 旅游 (Travel) -> 同主题阅读", "[首页] [上一篇] [下一篇] [回复]",
             "发信人: lazycat (懒猫), 信区: Travel", "标  题: 五一去泉州会不会人挤人",
             "发信站: 某某社区 (Sat Apr 12 21:03:11 2025), 站内", *STORY_S]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "五一去泉州会不会人挤人"


def test_a_notices_number_is_never_the_title() -> None:
    lines = ["某某花園業主委員會", "首頁 | 最新通告 | 聯絡我們", "最新通告 > 2025年 > 管理處通告",
             "通告編號：TWG/MO/2025/007", "農曆新年期間管理處服務安排", "各位業戶：", *STORY_T]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "農曆新年期間管理處服務安排"
    assert classify("案件編號：KCCC1088/2024") is not Kind.CHROME  # a court report's fact


def test_a_chat_exports_header_is_its_title() -> None:
    """…的聊天记录 over an export names the chat: three annotators of five take it as the title."""
    lines = ["三年级（2）班家长群的聊天记录", "导出时间：2024-11-29 21:03　共 46 条消息", "",
             "—————  2024-11-25  —————", "王老师（班主任）08:02", "各位家长早上好！本周五下午学校举行冬季运动会。",
             "李梓涵妈妈 08:15", "收到，谢谢王老师！", "—————  2024-11-27  —————", "王老师（班主任）16:30",
             "提醒：明天上午全年级体检，孩子早餐可以正常吃，不用空腹。"]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "三年级（2）班家长群的聊天记录"
    # (明天 counts from the day over its message, the 27th, not from the export's 29th)
    assert [e.start.isoformat() for e in a.timeline if e.text.original == "明天"] == ["2024-11-28"]


def test_a_notes_headline_that_ends_just_right_is_no_post_stamp() -> None:
    """刚刚 is a post's stamp (刚刚 来自 iPhone); 刚刚好 ("just right") in a note's headline is not."""
    lines = ["小红书", "发现", "登录", "阿七爱爬山", "关注", "油菜花实测｜错峰去真的刚刚好🌼",
             "上周六和闺蜜去了婺源，油菜花大概开了七成，金黄一片太治愈了🌼", *STORY_S]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "油菜花实测｜错峰去真的刚刚好🌼"


def test_a_date_inside_the_headline_is_no_dateline() -> None:
    """A headline may give a date in its own words (航港局：2025.5.20中午開放訂購): the date runs
    on into them, so the line is not cut there as before a dateline."""
    for headline in (
        "燈會加開接駁車 市府：2024.2.24晚間延長營運",
        "机器人展门票开卖 主办方：2023/11/13起可网上预约",
    ):
        a = build_article("\n".join(["某某網", "首頁 / 生活", headline, "2024/02/20 16:42", *STORY_T]))
        assert a.title is not None and a.title.original == headline


def test_a_posters_name_over_its_role_or_level_and_a_rating_row_are_no_headlines() -> None:
    """A thread's poster over 楼主, a reviewer over their level (Lv6 VIP), a shop's stars and
    count of reviews, its address: the headline is the thread's or the shop's name above them,
    or none."""
    thread = [
        "某某贴吧",
        "进入贴吧 全吧搜索",
        "【求助】周末去杭州，有没有本地人推荐的面馆？",
        "只看楼主 收藏 回复",
        "面条控阿强",
        "楼主",
        "坐标上海，周六早上的高铁过去，只待一天，想吃一碗地道的片儿川，网红店就算了。",
        "去年去过一家排队一小时的店，味道一般，这次想找街坊常去的老店。求推荐！",
        "1楼 2026-04-03 20:11",
        "面条控阿强说的那种老店，河坊街就有一家，开了三十年，早上七点就开门，去晚了要排队。",
    ]
    a = build_article("\n".join(thread))
    assert a.title is not None and a.title.simplified == thread[2]
    shop = [
        "某某点评",
        "首页 > 杭州美食 > 上城区 > 面馆 > 老街片儿川(河坊街店)",
        "老街片儿川(河坊街店)",
        "★★★★☆ 4.5 1208条评价 人均：¥32/人",
        "地址：上城区河坊街88号",
        "爱吃面的小周",
        "Lv5 VIP",
        "上周六一早排队吃的，面条筋道，浇头是现炒的，雪菜和笋片都很新鲜。",
        "店里人多，建议早上八点前到，九点以后就要排二十分钟了。",
        "同行的朋友说爱吃面的小周每次来杭州都要绕到这里吃一碗，这次总算明白为什么了。",
    ]
    a = build_article("\n".join(shop))
    assert a.title is not None and a.title.simplified == shop[2]
    # without the shop's name over them, neither the rating row nor the address is a headline
    a = build_article("\n".join(["某某点评网", *shop[3:]]))
    assert a.title is None


def test_a_fan_pages_name_over_its_posts_stamp_is_not_the_posts_heading() -> None:
    """A fan page's post: the page's name (with a space, longer than a person's), the post's
    stamp, then the post's own heading in brackets: the heading is the title."""
    lines = [
        "Facebook",
        "登入",
        "Morning Roast 晨光咖啡",
        "2026年11月28日 下午6:45 · 🌏",
        "【十二月營業時間及聖誕套餐】",
        "多謝大家今年一路支持，晨光咖啡12月營業時間有少少調整：",
        "冬至當日下午5時提早收舖，聖誕套餐需要預約。",
        "Morning Roast 晨光咖啡 的新年飲品下個月推出，敬請期待！",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == lines[4]
    # … and the post's first line, an exclamation under that heading, is the post's text
    post = ["Facebook", "晨光書房", "3月28日下午4:12 · ", "【四月講座預告】", "好久不見，書房的講座回來了！",
            "4月12日下午兩點，我們邀請作者來聊她的新書，名額30位，額滿為止。", "報名請私訊粉專。"]  # fmt: skip
    a = build_article("\n".join(post))
    assert a.title is not None and a.title.original == post[3]


def test_a_long_line_in_clauses_is_a_posts_sentence_not_a_headline() -> None:
    """A post has no headline; its long second line, three clauses without a full stop, is
    its sentence; a headline in clauses is shorter (小区电梯停运近一个月，20楼老人下不了楼，物业：…)."""
    post = [
        "Threads",
        "登入",
        "some_runner",
        "2 天",
        "城市馬拉松報名只剩最後三天",
        "今年賽事訂在12/20（日），起跑一樣在市政府前，主辦單位說名額比去年少五百個，還沒報的快衝",
        "我自己去年第一次跑半馬，那天寒流差點棄賽😂",
    ]
    a = build_article("\n".join(post))
    assert a.title is None or a.title.original != post[5]
    assert post[5] in {p.text.original for p in a.paragraphs}
    headline = "小区电梯停运近一个月，20楼老人下不了楼，物业：配件还在路上"
    a = build_article("\n".join(["某某新闻网", "首页 > 社会", headline, "2025-03-18 06:50", *STORY_S]))
    assert a.title is not None and a.title.simplified == headline


def test_hashtag_rows_are_tags() -> None:
    a = build_article("\n".join([*STORY_T, "#台南燈會 #元宵節"]))
    assert [t.traditional for t in a.tags] == ["台南燈會", "元宵節"]
    assert [p.text.traditional for p in a.paragraphs] == list(STORY_T)


def test_a_site_name_after_the_headline_is_cut() -> None:
    a = build_article("\n".join(["台南燈會今晚開幕 燈區擴大一倍｜Yahoo", *STORY_T]))
    assert a.title is not None and a.title.traditional == "台南燈會今晚開幕 燈區擴大一倍"
    a = build_article("\n".join(["南京两天一夜｜避开人潮的小众路线", *STORY_S]))
    assert a.title is not None and a.title.simplified == "南京两天一夜｜避开人潮的小众路线"


def test_a_slogan_above_the_headline_is_not_the_title() -> None:
    lines = [
        "Auto Byte",
        "专注未来出行及智能汽车科技",
        "微信扫一扫获取更多资讯",
        "某某合作来源张三校对李四 编辑",
        "杭州机器人公司完成新一轮融资 | 创始人：先做好清洁",
        *STORY_S,
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[4]


@pytest.mark.parametrize("script", [Script.SIMPLIFIED, Script.TRADITIONAL])
def test_a_papers_headline_over_its_deck_and_reporters(script: Script) -> None:
    """An e-paper's story: its headline, then a deck that says more (and shares more words
    with the story), then the reporters' line; the headline is the upper line."""
    head = "扫地机器人也要出海了"  # a headline may share few words with its story
    deck = "清洁机器人市场价格战持续一年多 利润正在变薄"
    lines = [
        "江城日报数字报",
        "2025年06月10日 星期二",
        "第06版：经济",
        "上一版 下一版",
        head,
        deck,
        "本报记者 周某某 通讯员 王某",
        *STORY_S,
    ]
    if script is Script.TRADITIONAL:
        lines = [convert(line, Script.TRADITIONAL) for line in lines]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == head
    # without the reporters' line under them, two such lines are not known as headline and deck
    plain = build_article("\n".join(lines[:6] + lines[7:]))
    assert plain.title is not None


def test_a_headline_with_half_width_punctuation_over_a_caption() -> None:
    title = "燈會的安全考驗:「人潮太多了,你還敢帶孩子去嗎?」"
    lines = [
        "專題報導",
        title,
        "燈會現場湧入大批人潮,警方在各路口加派人力維持秩序。(攝影/王小明)",
        "分享",
        *STORY_T,
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == title
    assert [p.text.traditional for p in a.paragraphs][-2:] == list(STORY_T)


def test_a_post_has_no_title() -> None:
    lines = ["微博", "某某日记", "11-5 20:31 来自 iPhone 15 Pro", "今天终于拍完了最后一场戏，感谢大家的陪伴。", *STORY_S]
    a = build_article("\n".join(lines))
    assert a.title is None
    assert "某某日记" in {b.original for b in a.boilerplate}


def test_find_title_without_chrome_reads_a_plain_article() -> None:
    lines = ["燈會觀察", *STORY_T]
    t = find_title(lines, tuple(range(len(lines))))
    assert t is not None and (t.line, t.start, t.end, t.whole) == (0, 0, 4, True)
    assert find_title(list(STORY_T), (0, 1)) is None


def test_keywords_never_from_chrome_and_names_whole() -> None:
    text = "\n".join(
        [
            "创始人郑浩然表示，公司今年会继续扩大研发投入，郑浩然认为价格战不会持续太久。",
            "郑浩然还说，公司的机器人已经进入二十个国家，海外收入占比超过一半。",
            "收起 点击查看 www A1",
        ]
    )
    a = build_article(text)
    a = with_words(a, compute_words([p.text.simplified for p in a.paragraphs]))
    words = [k.simplified for k in a.keywords]
    assert "郑浩然" in words and "浩然" not in words
    for junk in ("收起", "点击查看", "www", "A1"):
        assert junk not in words


def test_keywords_are_no_fragments_said_once_nor_pieces_of_addresses() -> None:
    """jieba's guesser cuts unknown runs out of two words (手机控阿杰 → 控阿杰, 首销定在 →
    首销定), and they ranked first by their unknown IDF; an address's pieces (gmail) are no
    topic either.  A word no dictionary knows counts when the text says it twice."""
    text = "\n".join(
        [
            "手机控阿杰：已经下单了，首销定在周五，星河手机的续航比上代好。",
            "星河手机的夜景拍摄也不错，详情可写信到afucafe@gmail.com或看www.xinghe-shouji.com。",
            "评测博主老周说星河手机值得买，郑浩然也说值得买，郑浩然下周再测。",
        ]
    )
    a = build_article(text)
    a = with_words(a, compute_words([p.text.simplified for p in a.paragraphs]))
    words = [k.simplified for k in a.keywords]
    assert "星河" in words or "星河手机" in words
    for junk in ("控阿杰", "首销定", "afucafe", "gmail", "xinghe", "shouji"):
        assert junk not in words, words
    assert "郑浩然" in words  # an unknown name said twice is a keyword


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["某某新聞網", "首頁 即時 政治 國際 社會", "持續更新", "【不斷更新】寒流來襲 各地低溫特報一次看"],
         "【不斷更新】寒流來襲 各地低溫特報一次看"),
        (["某某沙龍", "首頁 探索 沙龍 創作者", "登入", "山居筆記", "花蓮慢遊三天兩夜：海岸線、稻田與一碗麵"],
         "花蓮慢遊三天兩夜：海岸線、稻田與一碗麵"),
        (["某某值得买", "首页 > 好价 > 厨房电器", "小熊 电饭煲 3L 到手价129元 史低", "2024-05-08 10:21",
          "天猫 到手价129元"], "小熊 电饭煲 3L 到手价129元 史低"),
        (["某某资讯", "首页 资讯 快讯", "登录 / 注册", "杭州机器人公司还能撑多久？", "2024-03-07 10:12",
          "本文来自微信公众号：某某观察（ID：abc2020），作者：某某，题图来自：某某图库"],
         "杭州机器人公司还能撑多久？"),
    ],
)  # fmt: skip
def test_the_headline_over_labels_widgets_and_credit_lines(head: list[str], title: str) -> None:
    story = STORY_T if "首頁" in head[1] else STORY_S
    a = build_article("\n".join([*head, *story]))
    assert a.title is not None and a.title.original == title


def test_the_sites_name_over_its_menu_is_no_headline() -> None:
    # a dynamic without a headline: the first line is the site's name over its menu
    lines = ["某某视频", "首页　番剧　直播　游戏中心　漫画", "动态", "小鹿骑行记", "2天前 · 投稿了视频",
             "从杭州骑到黄山，整整五天，终于把视频剪完了！", "第一天下了整天的雨，衣服都湿透了。"]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is None
    assert 0 in split_lines(lines).chrome
    # a headline under the menu is still the title
    lines = ["某某新聞網", "首頁　即時　政治　國際　社會", "老街書店熄燈　街坊排隊道別", *STORY_T]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "老街書店熄燈　街坊排隊道別"


def test_a_poster_and_a_post_under_a_poster_line_are_not_headlines() -> None:
    lines = ["某某頭條", "微頭條", "川菜老饕阿明", "美食领域创作者", "关注", "3小时前 · 来自 四川", *STORY_S]
    assert build_article("\n".join(lines)).title is None
    lines = ["Plurk 噗浪", "時間軸 探索 熱門", "tako_rin 章魚", "說", "期末週還在趕三份報告是怎樣啦 冬至吃太多湯圓現在整個人很撐",
             "2 個月前", "23 回應", *STORY_T]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is None
    assert "期末週還在趕三份報告是怎樣啦 冬至吃太多湯圓現在整個人很撐" in [p.text.original for p in a.paragraphs]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["某某派", "首页 栏目 会员 客户端", "Pixel 精选",
          "Pixel 是某某派的写作社区，我们主张分享真实的产品体验与思考。",
          "我用 Notion 管理了两年家庭账本，这是我的做法", "@某某的书桌", "2024年04月18日"],
         "我用 Notion 管理了两年家庭账本，这是我的做法"),
        (["人民某某网 领导留言板", "首页 | 地方领导 | 留言选登", "当前位置：首页 > 某某省 > 某某市",
          "某某小区路灯坏了半年，何时能修好？", "留言对象：某某市城管局", "留言类型：求助  领域：城建"],
         "某某小区路灯坏了半年，何时能修好？"),
    ],
)  # fmt: skip
def test_headlines_with_latin_words_or_a_question(head: list[str], title: str) -> None:
    a = build_article("\n".join([*head, *STORY_S]))
    assert a.title is not None and a.title.original == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["某某售票", "探索活動 我的票券 登入", "活動 > 音樂 > 古典",
          "《春日序曲》某某管弦樂團 巡迴音樂會 高雄場｜主辦單位：某某文化"],
         "《春日序曲》某某管弦樂團 巡迴音樂會 高雄場"),
        (["某某氣象局", "天氣 氣候 地震 關於我們", "主頁 > 天氣 > 本地預報", "本地區天氣預報",
          "氣象局在三月二日上午十時發出之天氣報告"], "本地區天氣預報"),
    ],
)  # fmt: skip
def test_the_headline_before_a_field_or_an_issued_note(head: list[str], title: str) -> None:
    a = build_article("\n".join([*head, *STORY_T]))
    assert a.title is not None and a.title.original == title
    assert head[-1] in {b.original for b in a.boilerplate}


def test_a_group_chats_name_is_not_a_title() -> None:
    lines = ["五年级（3）班家长群(52)", "李老师（班主任）", *STORY_S, "李老师（班主任）", STORY_S[0][:10] + "，谢谢大家。"]
    a = build_article("\n".join(lines))
    assert a.title is None
    assert {"五年级（3）班家长群(52)", "李老师（班主任）"} <= {b.original for b in a.boilerplate}


def test_a_headline_sharing_its_line_with_a_writer_label_is_cut_there() -> None:
    lines = [
        "某某文化",
        "主頁 › 文化 › 音樂",
        "【樂評】某某樂團重回小巨蛋：二十年後，他們仍在唱自己的歌　文：阿明　2024-07-01",
        "分享：Facebook　WhatsApp　複製連結",
        "樂團上周五在小巨蛋開唱，一連兩場，門票開賣一小時內全部售罄，現場氣氛熱烈。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None
    assert a.title.traditional == "【樂評】某某樂團重回小巨蛋：二十年後，他們仍在唱自己的歌"


def test_a_today_line_over_a_schedule_is_not_the_title() -> None:
    lines = [
        "某某電視 ABTV",
        "首頁　節目　節目表　直播　新聞",
        "節目表",
        "今日：2025年2月1日　星期六　乙巳年正月初四",
        "06:00　早晨新聞",
        "07:00　《新春特輯》：主持人帶大家到廟宇拜年，並介紹今晚煙花匯演的最佳觀賞位置。",
        "08:30　《晨早天氣》：天文台預測今日天晴，早上清涼，市民外出要注意保暖。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None


def test_a_questions_headline_over_its_tools_and_an_answerers_bio() -> None:
    lines = [
        "某某问答",
        "首页　会员　发现　等你来答",
        "第一次养猫，选英短还是橘猫？",
        "关注问题　写回答　邀请回答",
        "关注者 218　被浏览 40,513",
        "铲屎官老王",
        "宠物医院前台，前北京土著",
        "326 人赞同了该回答",
        "谢邀，英短和橘猫我都养过，先说结论：第一次养猫选橘猫，性格好、身体壮，也不挑食。",
        "英短颜值高，但是肠胃比较娇气，第一次养猫的人很容易手忙脚乱，记得多问问医生。",
        "发布于 2023-05-08 21:10・IP 属地北京",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "第一次养猫，选英短还是橘猫？"
    assert {"铲屎官老王", "宠物医院前台，前北京土著"} <= {b.original for b in a.boilerplate}


def test_a_city_in_a_bio_is_no_speech_and_a_comment_still_is() -> None:
    lines = [
        "某某问答",
        "首页　会员　发现",
        "关注者 218　被浏览 40,513",
        "阿杰在成都",
        "产品经理，前成都土著",
        "326 人赞同了该回答",
        "谢邀，两个城市我都待过，先说结论：第一份工作去深圳，想安家再回成都。",
    ]
    chrome = {lines[i] for i in split_lines(lines).chrome}
    assert "产品经理，前成都土著" in chrome
    assert "我们都觉得不错，你也去试试" not in {
        lines[i] for i in split_lines([*lines[:3], "我们都觉得不错，你也去试试", lines[5]]).chrome
    }


@pytest.mark.parametrize(
    "line",
    [
        "字級 A A　分享 Facebook LINE X 複製連結",
        "2025年3月8日 星期六 09:40　記者王小明／新竹報導",
        "第2頁，共15頁　上一頁 | 下一頁",
        "你收到这封邮件，是因为你订阅了某某周报。",
        "风险提示：以上内容仅供参考，不构成投资建议，投资有风险。",
        "某某周报 Newsletter · No.12",
        "某某读书会 · 第36期",
    ],
)
def test_tools_datelines_pagers_and_newsletter_furniture(line: str) -> None:
    assert classify(line) is Kind.CHROME, line


def test_a_foot_with_a_bilingual_name_and_a_teams_sign_off() -> None:
    story = [
        "某某周报",
        "首页 | 往期 | 订阅",
        "本周我们读了三本关于城市的书，下面是书友们的笔记和下期的安排。",
        "下期活动定在周六下午，地点不变，欢迎带朋友来。",
        "祝大家周末愉快，我们周六见！",
    ]
    foot = ["某某读书会 编辑部 阿青", "某某读书会秘书处 Reading Club Secretariat", "退订 | 修改订阅偏好", "© 2024 某某读书会"]
    lines = [*story, *foot]
    chrome = {lines[i] for i in split_lines(lines).chrome}
    assert set(foot) <= chrome
    assert "祝大家周末愉快，我们周六见！" not in chrome
    # the same lines inside the story, with the story going on after them, stay
    lines = [*story[:3], foot[0], foot[1], *story[3:], foot[2], foot[3]]
    chrome = {lines[i] for i in split_lines(lines).chrome}
    assert foot[0] not in chrome and foot[1] not in chrome


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("【中央社】某市公車明起漲價 學生票不變", "某市公車明起漲價 學生票不變"),
        ("（新华社电）某省高速公路春运首日车流平稳", "某省高速公路春运首日车流平稳"),
        ("〔記者林小美／台中報導〕台中綠園道市集週末登場", "台中綠園道市集週末登場"),
        ("某县早稻育秧进入高峰　新华社记者 王一 李二", "某县早稻育秧进入高峰"),
        ("台中綠園道市集週末登場  記者林小美", "台中綠園道市集週末登場"),
        ("某市公車明起漲價 學生票不變　中央社", "某市公車明起漲價 學生票不變"),
        ("某市公車明起漲價　中央社 2025/03/02 10:15", "某市公車明起漲價"),
    ],
)
def test_an_agency_label_or_a_byline_around_the_headline_is_cut(line: str, headline: str) -> None:
    a = build_article("\n".join(["某某新聞", line, *STORY_T]))
    assert a.title is not None and a.title.original == headline, line
    assert line in {b.original for b in a.boilerplate}


def test_a_topic_label_stays_in_the_headline() -> None:
    for line in (
        "【求助】周末带孩子去哪里玩比较好",
        "【樂評】某某樂團重回小巨蛋",
        "某某公司年度发布会　记者会重点一次看",
        "乡村振兴　合作社 带动农民增收",
    ):
        a = build_article("\n".join(["某某論壇", line, *STORY_T]))
        assert a.title is not None and a.title.original == line


def test_a_notes_first_sentence_with_an_emoji_is_no_headline() -> None:
    head = ["某某书", "发现　发布　通知", "爱跑步的小林", "关注"]
    post = "杭州西湖夜跑路线，晚风和湖景都太舒服了🌙"
    a = build_article("\n".join([*head, post, *STORY_S]))
    assert a.title is None
    assert post in [p.text.original for p in a.paragraphs]
    # a note's short headline with an emoji and no comma is still its headline
    a = build_article("\n".join([*head, "杭州西湖夜跑路线🌙", *STORY_S]))
    assert a.title is not None and a.title.original == "杭州西湖夜跑路线🌙"


def test_a_dateline_after_its_source_with_a_twelve_hour_time() -> None:
    assert classify("某某社　2025年3月14日 週五 下午6:42") is Kind.CHROME
    assert classify("某某社 2025年3月14日 周五 上午9:05") is Kind.CHROME


def test_a_headline_under_the_pages_own_label_beats_a_short_first_line() -> None:
    # a forum post in short lines: its first line is no headline when the page has labelled one
    lines = [
        "某某論壇 › 看板 Travel",
        "作者 hikerlin (林小山)",
        "看板 Travel",
        "標題 [心得] 第一次一個人去花蓮騎車",
        "時間 Sat Oct 12 10:02:11 2024",
        "",
        "連假最後一天才出發",
        "早上搭火車到花蓮 租了一台小綿羊",
        "沿著海岸線一路騎到石梯坪",
        "",
        "下次想挑戰騎到台東",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == "[心得] 第一次一個人去花蓮騎車"
    body = "\n".join(p.text(Script.TRADITIONAL) for p in a.paragraphs)
    assert "連假最後一天才出發" in body  # the first line is the story's, not lost


def test_a_notes_opener_that_trails_off_is_not_the_title() -> None:
    lines = [
        "某某笔记",
        "发现　直播　通知　我",
        "爱吃的小熊",
        "关注",
        "周末带爸妈去古镇｜一日游路线🚗",
        "上周日刚从古镇回来，趁还记得把路线写一下，给想带长辈去的朋友参考～",
        "",
        "📍停车：古镇北门停车场，周末早上九点前还有位置，下午就很难找了。",
        "🍜午饭：老街口那家面馆，一碗面二十块，分量很足。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[4]


def test_a_posts_bracketed_first_line_under_its_stamp_is_no_headline() -> None:
    lines = [
        "Facebook", "某某行山會 Weekend Walkers",
        "4月2日 19:30 · 🌏",
        "【今個星期日 · 龍脊 · 土地灣→大浪灣】",
        "又到招募時間！星期日早上9點喺筲箕灣巴士總站集合，全程大約8公里。",
        "讚好　留言　分享",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is None or a.title.traditional != lines[3]


def test_a_profiles_owner_over_the_posts_stamp_is_no_headline() -> None:
    lines = [
        "某某视频", "首页　番剧　直播　游戏中心", "爱折腾的小林的个人空间",
        "主页　动态　投稿　收藏", "爱折腾的小林", "2025年03月02日 21:10",
        "各位好，最近搬家所以停更了两周，下周一恢复更新，第一期拆一台老式录音机。",
        "转发 12", "评论 88",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is None or a.title.simplified not in (lines[2], lines[4])


def test_a_threads_floors_with_posted_stamps_replies_and_quote_headers() -> None:
    # 7樓 某某 … 發表於 2024-3-8: a floor's head even with an ellipsis in it; a reply's quote
    # header (回覆 2樓 老王：…) is never the headline; a short reply (mark) is no tag
    lines = [
        "某某單車論壇", "首頁 › 公路車 › 新手區",
        "回覆 2樓 阿德：輪組先不用換，車架尺寸對了比較重要，去店裡量一下",
        "3樓 小林 … 發表於 2024-3-7",
        "謝謝，週末去車店量身",
        "7樓 路人乙 … 發表於 2024-3-8",
        "mark",
        "8樓 阿德 … 發表於 2024-3-8",
        "騎二手的就好",
        "回覆　引用　檢舉",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is None
    split = split_lines(lines)
    chrome = {lines[i] for i in split.chrome}
    assert {lines[3], lines[5], lines[7], "回覆　引用　檢舉"} <= chrome
    assert {"mark", "騎二手的就好", lines[2]}.isdisjoint(chrome)
    assert split.tags == ()
    simplified = [
        "某某摄影论坛", "首页 › 器材 › 镜头", "入门全画幅该买哪台？预算一万五",
        "1楼 小周 … 发表于 2024-3-6", "预算一万五左右，主要拍风景，大家有什么推荐吗？",
        "2楼 老李 … 发表于 2024-3-6", "回复 1楼 小周：二手的快门数先问清楚，找有保修的店",
    ]  # fmt: skip
    b = build_article("\n".join(simplified))
    assert b.title is not None and b.title.simplified == simplified[2]


def test_a_comment_section_alone_has_no_title_and_keeps_every_comment() -> None:
    # foot rows with a like icon and a labelled region (IP属地：广东　👍 1.2万　回复); the box's
    # prompt with its button, the first comment, the commenters' names: none is a headline
    lines = [
        "评论 512", "最热　最新", "说说你的看法吧～　发布",
        "爱吃粉的阿宁", "去年冬天跟着视频去了一趟，真的不虚此行，就是人有点多",
        "2026-03-02 20:11　IP属地：广西　👍 3021　回复",
        "山里的阿青", "2025.12.31 跨年打卡 跟视频里一样好看",
        "2026-03-02 20:40　IP属地：湖南　👍 88　回复",
        "晚风吹", "下次出一期美食的吧，想看本地人吃什么",
        "2026-03-03 09:12　IP属地：上海　👍 12　回复",
        "加载更多评论",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is None
    chrome = {lines[i] for i in split_lines(lines).chrome}
    assert {lines[4], lines[7], lines[10]}.isdisjoint(chrome)
    assert {lines[3], lines[5], lines[6], lines[8], lines[9]} <= chrome
    traditional = [
        "留言 (3)", "最新　最舊",
        "路過的阿明", "想幫手可以寄email去 savebooks2024@gmail.com，已經有幾百人聯署",
        "3天 · 讚 12 · 回覆",
        "舊區街坊", "支持！週末會去幫襯",
        "2天 · 讚 5 · 回覆",
    ]  # fmt: skip
    chrome = {traditional[i] for i in split_lines(traditional).chrome}
    assert {traditional[3], traditional[6]}.isdisjoint(chrome)


def test_a_government_sites_name_over_its_menu_is_not_the_notices_title() -> None:
    # the owner named again in the footer (主办单位：…) is the site, not the headline
    lines = [
        "某某县人民政府", "首页　政务公开　政务服务　互动交流", "当前位置：首页 > 政务公开 > 通知公告",
        "关于做好冬季供暖设施检修工作的通知", "发布时间：2025-11-03 10:00　来源：县住建局",
        "各乡镇人民政府，县直有关单位：",
        "为确保某某县人民政府辖区居民温暖过冬，现就冬季供暖设施检修工作通知如下。",
        "一、11月10日前完成管网排查。", "某某县住房和城乡建设局",
        "主办单位：某某县人民政府办公室　网站标识码：3301000001",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[3]


def test_a_headline_listed_again_among_the_pages_stories_is_the_title_over_its_subhead() -> None:
    # an e-paper story: headline, subhead, byline; the page's list of stories repeats the headline
    lines = [
        "某某日報", "2026年3月2日 星期一", "第05版：要聞", "返回目錄",
        "老街區換上新路燈", "兩百多盞節能燈月底前完工",
        "本報記者 王小明",
        "本報訊  市政府昨天宣布，老街區的兩百多盞路燈將在月底前全部更換為節能燈。",
        "居民表示，晚上散步終於不用摸黑了。",
        "本版新聞", "老街區換上新路燈", "春季植樹活動下週展開", "公車新路線正式通車",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[4]
    # a poster's name repeated over each reply is still no title
    thread = [
        "某某論壇", "首頁 > 生活版",
        "阿明的日常", "3 小時前", "有人知道老街區的新路燈什麼時候裝好嗎？我每天晚上都經過。",
        "阿明的日常", "2 小時前", "謝謝大家，我再去問問里長。",
    ]  # fmt: skip
    t = build_article("\n".join(thread)).title
    assert t is None or t.traditional != "阿明的日常"


def test_a_button_beside_the_headline_is_cut_off_and_its_line_is_chrome() -> None:
    lines = [
        "某某財經", "首頁 股票 基金 公告",
        "某某科技：關於召開2026年股東常會的公告 下載公告", "公告日期：2026-03-02",
        "某某科技股份有限公司",
        "關於召開2026年股東常會的公告",
        "本公司董事會保證公告內容真實、準確、完整，沒有虛假記載。",
        "一、會議時間：2026年3月20日下午2點。",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == "某某科技：關於召開2026年股東常會的公告"


def test_a_step_of_the_breadcrumb_is_never_the_title() -> None:
    lines = [
        "某某首页 新闻 体育 娱乐 科技",
        "星光娱乐",
        "明星 电影 综艺 音乐",
        "星光娱乐 > 明星 > 正文",
        "青年演员官宣新片定档 时隔多年再与老搭档合作 2026年03月02日 10:20 星光娱乐",
        "星光娱乐讯 3月2日，演员林某在微博发文，宣布主演的电影将于五一上映，粉丝纷纷留言祝贺。",
        "导演表示，影片去年冬天在云南拍摄，历时三个月。",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == "青年演员官宣新片定档 时隔多年再与老搭档合作"


def test_a_posters_name_that_a_reply_mentions_with_an_at_is_not_the_title() -> None:
    lines = [
        "某某貼吧", "進入貼吧 全吧搜索", "江城吧", "關注：12萬 貼子：80萬",
        "江邊夜市這週還有開嗎",
        "只看樓主 收藏 回覆",
        "江城小燕子",
        "週末想帶爸媽去江邊夜市走走，聽說最近在整修，有沒有人知道還有沒有擺攤？",
        "來自Android客戶端 1樓 2026-03-02 10:15",
        "夜貓阿強",
        "@江城小燕子 有開喔，只是入口改到北邊停車場那邊，晚上七點以後人比較多。",
        "來自iPhone客戶端 2樓 2026-03-02 10:40",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[4]


def test_a_login_boxs_fields_are_chrome_and_never_the_title() -> None:
    lines = [
        "Facebook", "电子邮箱或手机号", "密码", "登录", "忘记密码？",
        "阿木咖啡 Amu Coffee", "2天 · ",
        "小店开业三周年啦☕️",
        "三年前的今天我们在老街开了第一家店，谢谢每一位来喝咖啡的朋友，周末全场饮品八折！",
    ]  # fmt: skip
    for line in lines[1:5]:
        assert classify(line) is Kind.CHROME, line
    assert classify("使用 Instagram 帳號登入") is Kind.CHROME
    a = build_article("\n".join(lines))
    assert a.title is None or a.title.simplified not in lines[1:5]


def test_a_blogs_motto_over_its_home_menu_is_not_the_title() -> None:
    lines = [
        "小林的生活手帳",
        "煮飯仔、湊仔、講吓生活",
        "首頁 關於我 文章分類 聯絡我",
        "週末大掃除記：全家分工大法",
        "今日終於做完大掃除，以前我成日一個人煮飯又要執屋，今年決定全家一齊分工。",
        "老公負責廚房同露台，兩個仔女負責自己間房，我負責客廳同浴室，生活輕鬆好多。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[3]


def test_an_offices_name_over_the_breadcrumb_is_not_the_title() -> None:
    lines = [
        "跳到主要內容區塊",
        "某某科技大學 學務處",
        ":::",
        "首頁 | 網站導覽 | English",
        "最新消息 > 生輔組公告",
        "宿舍寒假留宿申請及退宿作業，請住宿生留意",
        "公告單位：生輔組",
        "一、寒假留宿自1月5日起開放登記，請至學務處網站填寫表單。",
        "二、未登記者，請於1月20日中午前搬離，本校學務處將派員檢查。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[5]


@pytest.mark.parametrize(
    "line",
    [
        "市府宣布公車漲價延後 議員：先說清楚 某某新聞網 | 王小明 綜合報導 2026.03.02 | 09:15",
        "老街夜市下月重新開張 某某日報｜陳大文 報導",
    ],
)
def test_a_headline_sharing_its_line_with_an_outlet_and_a_byline_after_a_bar_is_cut(line: str) -> None:
    lines = [line, "市政府今天表示，原定下月實施的公車票價調整將延後半年，老街夜市也將重新開張。"]
    split = split_lines(lines)
    title = find_title(lines, split.body, split.chrome)
    assert title is not None
    assert lines[0][title.start : title.end] == line.split(" 某某")[0]


@pytest.mark.parametrize("line", ["電郵或電話號碼", "忘記帳戶？", "建立新帳戶", "使用 Google 帳戶登入"])
def test_a_login_walls_fields_in_account_words_are_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    lines = [
        "Facebook", "電郵或電話號碼", "密碼", "忘記帳戶？", "建立新帳戶",
        "今日帶小朋友去行山，天氣好好，大家都玩得好開心！下星期再約！",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is None or a.title.traditional not in lines[:5]


def test_a_button_with_its_object_is_never_the_title() -> None:
    lines = [
        "微博", "首页 热门 视频 消息", "搜索微博", "江城图书馆",
        "2026-3-2 10:05 来自 微博网页版",
        "本馆将于本周六起延长开放至晚上九点，欢迎读者前来借阅，上周试运行当晚接待读者五百余人次。",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is None or a.title.simplified not in ("搜索微博", "江城图书馆")
    split = split_lines(lines)
    title = find_title(lines, split.body, split.chrome)
    assert title is None or lines[title.line] != "搜索微博"
    # a headline that starts with such a verb runs longer than a button
    story = ["下载量破百万的小游戏", "这款由两名大学生开发的小游戏上线一个月，下载量已经突破一百万次。"]
    split = split_lines(story)
    title = find_title(story, split.body, split.chrome)
    assert title is not None and story[title.line] == story[0]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("讀者投書：公托名額不足，年輕家庭還能等多久 陳怡君 2026-03-02 07:30", "讀者投書：公托名額不足，年輕家庭還能等多久"),
        ("社评：城市更新不能只见楼不见人 张建国 2026-03-02 08:00", "社评：城市更新不能只见楼不见人"),
        # a headline's second half that is no name stays
        ("台電宣布明年電價凍漲 民眾鬆口氣 2026-03-02 07:30", "台電宣布明年電價凍漲 民眾鬆口氣"),
    ],
)
def test_the_writers_name_between_a_headline_and_its_date_is_cut(line: str, headline: str) -> None:
    lines = [line, "近年來雙薪家庭增加，公托與長照的需求都在上升，政府的預算卻沒有跟上，家長只能排隊等待。"]
    split = split_lines(lines)
    title = find_title(lines, split.body, split.chrome)
    assert title is not None
    assert lines[0][title.start : title.end] == headline


def test_a_reply_under_the_pages_own_title_label_is_the_headline() -> None:
    # a thread's reply page: the page labels its headline, a mail-style Re: and all, and the
    # menu's words over it (關於我們) are no headline
    for label, menu in (("標題", "關於我們"), ("标题", "联系我们")):
        lines = [
            "某某論壇 › 看板 Food",
            menu,
            "返回看板",
            "作者 noodle_fan (麵麵)",
            f"{label} Re: [請益] 巷口那間牛肉麵還有開嗎",
            "時間 Mon Mar 3 12:01:09 2025",
            "",
            "上禮拜經過還有開 只是老闆說月底要休息一陣子",
            "想吃的要趁早 我們辦公室已經揪團去吃兩次了",
        ]
        a = build_article("\n".join(lines))
        assert a.title is not None
        assert a.title.original == "Re: [請益] 巷口那間牛肉麵還有開嗎"


def test_a_posters_name_over_the_posts_stamp_under_the_threads_headline() -> None:
    # a thread: its headline, a label (匿名, 楼主), the poster's name or school over the stamp;
    # the replies repeat the name, the story hardly the headline's words
    for label, name, headline, stamp in (
        ("匿名", "國立某某大學", "宿舍冷氣壞了一週 有人也這樣嗎", "2025年3月4日 21:15"),
        ("楼主", "爱喝豆浆的阿明", "换了新路由器网速反而变慢了", "2025-03-04 21:15 发布于广东"),
    ):
        lines = [
            "某某論壇",
            "熱門 最新 看板",
            headline,
            label,
            name,
            stamp,
            "如題，從上週開始一直吹熱風，報修了三次都沒人來看。",
            "想問大家都怎麼處理，要不要直接找人反映？",
            "共 3 則留言",
            f"{name} 機械系",
            "B1・3月4日 21:30",
            f"我們{name}也是，去年等了兩個月才修好",
        ]
        a = build_article("\n".join(lines))
        assert a.title is not None and a.title.original == headline


def test_a_short_headline_right_over_its_dateline_stays_the_headline() -> None:
    lines = ["某某新聞網", "首頁 > 地方", "颱風假明天照常上班", "2025-03-18 06:50", *STORY_T]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "颱風假明天照常上班"


def test_a_threads_counters_are_no_headline() -> None:
    assert classify("3.4万浏览 126回复") is Kind.CHROME
    assert classify("2.1萬 瀏覽 · 58 回覆") is Kind.CHROME
    assert classify("3人死亡 5人受傷") is not Kind.CHROME  # counts without a button: a headline's
    headline = "新买的扫地机器人总卡在门槛上"
    lines = [
        "某某社区",
        "首页 数码 家居 汽车",
        "数码 > 智能家居",
        headline,
        "3.4万浏览 126回复",
        "楼主",
        "爱喝豆浆的阿明",
        "2025-03-04 21:15 发布于广东",
        "上个月买的，回复客服三次都说是正常现象，浏览了好多帖子也没找到办法。",
        "有没有人遇到过，回复一下怎么解决的，谢谢。",
        "1楼 小李飞刀 2025-03-04 21:40 发布于上海",
        "回复楼主：我家的也是，后来买了个门槛条就好了",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == headline


def test_the_channel_a_posts_stamp_names_is_no_headline() -> None:
    for channel, stamp in (("周末登山小组", "3-8 09:12 来自 周末登山小组"), ("某某樂團超話", "3-8 09:12 來自 某某樂團超話")):
        lines = [
            "微博",
            "首页 视频 发现 注册 登录",
            channel,
            "已关注",
            "山里的风_88",
            stamp,
            "周末去爬了香山，周末登山小组的朋友都到了，超话里说的路线真的好走！",
            "下次大家一起去凤凰岭，报名私信我～",
        ]
        a = build_article("\n".join(lines))
        assert a.title is None


def test_the_headline_under_the_pages_date_beats_a_field_over_the_story() -> None:
    # a programme page: the episode's date over its headline, the player's tools, then the
    # guest's field right over the story, whose words the story repeats as often
    headline = "夏天中暑點預防 戶外工作要多飲水"
    lines = [
        "某某電台網站",
        "主頁 新聞 電台 節目重溫",
        "節目 > 健康生活",
        "2025年7月2日",
        headline,
        "收聽重溫",
        "00:00 / 45:10",
        "分享",
        "本集嘉賓：急症科醫生 陳大文",
        "急症科醫生陳大文喺節目中提醒，夏天戶外工作嘅市民要多飲水，中暑初期會頭暈同作嘔。",
        "陳醫生又話，急症室呢個月已經接收咗唔少中暑病人，長者要特別留意。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == headline
    body = "\n".join(p.text(Script.TRADITIONAL) for p in a.paragraphs)
    assert "本集嘉賓" in body


@pytest.mark.parametrize(
    "stamp",
    ["聯合社 記者王小明高雄9日電", "东方社南京3月2日电 题：城里的老菜场换了新模样"],
)
def test_an_agency_stamp_under_the_headline_is_no_headline(stamp: str) -> None:
    # the agency's dateline (its writer, its city, the day, 電) opens the story's first line
    # again, word for word, yet the headline over it is the title
    headline = "城里的老菜场换了新模样 摊主生意更红火"
    lines = [
        "某某新闻网",
        "首页 时政 社会 财经",
        headline,
        stamp,
        "2025年3月2日 14:10",
        "分享",
        f"（{stamp.split()[0]}）老菜场改造完工后，摊主们用上了扫码秤，买菜的老人也多了起来。",
        "附近居民说，过去下雨天地面湿滑，如今铺了防滑砖，通道也宽了不少。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == headline


def test_a_writers_bio_over_a_followed_button_is_no_headline() -> None:
    # an article page: the headline, the writer's name, a bio with a comma, then the follow
    # button already pressed (已关注); the story repeats the bio's words more than the headline's
    headline = "搬到海边小镇的第一年"
    lines = [
        "某某专栏",
        "首页 发现 写文章",
        headline,
        "周小渔",
        "前设计师，小镇咖啡店主",
        "已关注",
        "56 人赞同了该文章",
        "辞掉设计师的工作以后，我在小镇开了一家咖啡店，店主的日子比想象中忙。",
        "咖啡店每天早上七点开门，来的多是附近的渔民和晨跑的人。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == headline


def test_a_threads_headline_over_posts_stamped_on_their_own_lines() -> None:
    # a forum thread: each floor's number, poster and relative time on lines of their own, and
    # posts in short lines with commas and no full stop; the story starts under the first stamp
    headline = "[飲食] 荃灣新開嘅車仔麵 有冇人試過？"
    lines = [
        "某某討論區",
        "吹水台 熱門 最新 登入",
        "飲食台",
        headline,
        "#1",
        "麵神",
        "5 小時前",
        "琴晚行過見到排晒長龍，聽講湯底係用豬骨煲足八個鐘",
        "#2",
        "荃灣仔",
        "4 小時前",
        "試過，蘿蔔好入味，不過價錢貴咗少少",
        "#3",
        "夜貓",
        "2 小時前",
        "聽日放工去試下，唔好排太耐就得",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == headline


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("【河堤步道整修完成 下週起開放】", "【河堤步道整修完成 下週起開放】"),
        ("【週日 · 河堤步道 · 北門→南橋】", None),
    ],
)
def test_a_posts_bracketed_heading_under_its_stamp(first: str, title: str | None) -> None:
    # a fan page's post: its writer's heading wholly in 【】 is the title; a bracketed row of
    # particulars set apart by dots is the post's details
    lines = [
        "Facebook",
        "首頁 影片 Marketplace 群組",
        "某某里辦公處",
        "4月2日 上午10:05 · 🌏",
        first,
        "河堤步道整修了三個月，終於在昨天驗收完成，下週一早上六點起開放給大家散步、慢跑。",
        "夜間照明也換成了新的路燈，晚上走比較安心。",
    ]
    a = build_article("\n".join(lines))
    assert (a.title.original if a.title else None) == title


def test_a_groups_name_over_its_member_count_is_no_headline() -> None:
    # a group's post: the group's name (with a bar in it, as a headline may have) over the size
    # of its audience, then the poster and the post's stamp; the post has no headline
    lines = [
        "Facebook",
        "首頁 影音 Marketplace 社團",
        "新竹寵物用品 交換分享｜東區 北區",
        "公開社團 · 1.8萬位成員",
        "林小美",
        "2天 · 🌏",
        "家裡的貓砂盆換新了，舊的還很乾淨，有需要的朋友可以留言，東區面交喔😊",
        "另外還有兩包沒拆的貓砂，一起送。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None


def test_a_slogan_or_search_box_over_the_sites_menu_is_no_headline() -> None:
    # a video page with no headline: the site's name, its search box's prompt, then the menu;
    # the prompt stands over the menu as the site's name does
    lines = [
        "某某视频网",
        "发现你喜欢的好内容",
        "首页 推荐 关注 朋友 直播",
        "登录",
        "周末带爸妈去了趟古镇，人不多，老房子保存得很好，吃的也便宜。",
        "推荐早上去，拍照光线最好。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None


def test_a_tagged_caption_is_no_headline() -> None:
    # a short video's caption with its hashtags at the end: the post's text, not a headline
    caption = "五一去哪玩？这条老街我愿意再去十次 #旅行日记 #老街美食"
    lines = [
        "某某视频网",
        "首页 推荐 关注 朋友 直播",
        caption,
        "发布时间：2025-04-20 19:02",
        "小鹿爱出门",
        "粉丝 1.2万",
        "老街离市区不远，坐公交四十分钟就到，早上去人少，小吃摊也都开了。",
        "推荐桂花糕和葱油饼，十块钱能吃饱。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None
    body = "\n".join(p.text(Script.SIMPLIFIED) for p in a.paragraphs)
    assert caption in body


def test_an_accounts_official_label_is_no_headline() -> None:
    # a Weibo post: the account's name, its label (某某官方微博), then the post's stamp; the post
    # has no headline
    lines = [
        "微博",
        "首页 视频 发现 消息 我",
        "河西文旅",
        "河西县文化和旅游局官方微博",
        "2025-09-28 09:30 来自 微博网页版",
        "【国庆出游提示】假期将至。县博物馆10月1日至7日照常开放，每日限流五千人，请提前预约。",
        "景区周边停车位紧张，建议乘坐旅游专线。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("活動花絮都放在IG@lin.hiking_club", False),  # the writer's own words, a handle in them
        ("佢IG@some.singer 啱啱出咗story，寫住「多謝大家」", False),
        ("（相片：作者 IG@river.walker）", True),  # a credit with the handle as its address
        ("作者簡介：陳大文，香港人，IG@chan.daiman", True),
        # an address is still an address (a post asking to be written to, 有問題可以寄信到…, is
        # the post's: see test_chrome_general's request test)
        ("聯絡信箱：service@example.com", True),
    ],
)
def test_a_platforms_handle_is_no_mail_address(line: str, chrome: bool) -> None:
    # IG@某某.official reads as an e-mail only to a pattern that lets hanzi make its local part
    assert (classify(line) is Kind.CHROME) is chrome


def test_a_reply_slips_blanks_to_fill_in_are_body() -> None:
    # a notice's reply slip: fields whose values are blanks the parent fills in, two lines in a
    # row, are the notice's own (a record's label：value rows are the page's)
    lines = [
        "本校將於十一月八日舉行運動會，請家長填妥下列回條，於十一月一日前交回班主任。",
        "",
        "回條",
        "學生姓名：＿＿＿＿＿　班別：＿＿",
        "家長簽署：＿＿＿＿＿　日期：＿＿＿＿",
        "",
        "© 2025 某某小學 版權所有",
    ]
    split = split_lines(lines)
    assert 3 in split.body and 4 in split.body


def test_a_forms_choices_in_empty_boxes_are_body() -> None:
    # two choices of a reply slip, each opening with an empty box; the short one alone reads
    # as a byline (□ 某某), the run of them as the form's options
    lines = [
        "本校將於十一月八日舉行運動會，請家長於十一月一日前填妥下列回條，交回班主任。",
        "□ 本人將出席運動會（人數：＿＿人）",
        "□ 本人未能出席",
        "© 2025 某某小學 版權所有",
    ]
    split = split_lines(lines)
    assert 1 in split.body and 2 in split.body
    assert classify("□ 王小明") is Kind.CHROME  # a byline under its marker, on its own


def test_a_tables_head_over_rows_of_figures_is_body() -> None:
    # a table in a forecast: the row naming its columns stands over rows with as many columns
    # and figures in them; it is the table's, as its rows are
    lines = [
        "颱風外圍環流影響，明後兩天東半部有短暫陣雨，請民眾留意。",
        "花蓮縣 三日預報",
        "日期 天氣 溫度 降雨",
        "8/1(五) 多雲短暫陣雨 26-31 60%",
        "8/2(六) 陰時多雲 26-30 50%",
        "8/3(日) 晴時多雲 27-32 20%",
        "© 2025 某某氣象網",
    ]
    split = split_lines(lines)
    assert 2 in split.body


@pytest.mark.parametrize("reply", ["等我哦～", "发你了~"])
def test_a_short_reply_that_trails_off_is_body(reply: str) -> None:
    # a note's comments: the author's short reply, trailing off with a wave, over its stamp;
    # a poster's name stands over a stamp too, but never trails off
    lines = [
        "周末在老街发现一家小面馆，汤头很浓，老板人也很好，推荐大家去试试",
        "共 12 条评论",
        "爱吃面的小陈",
        "求地址！",
        "3天前 上海",
        "回复",
        "面馆探店日记",
        "作者",
        reply,
        "2天前 上海",
        "回复",
    ]
    split = split_lines(lines)
    assert 8 in split.body


@pytest.mark.parametrize(
    "line",
    [
        "返回公告列表",
        "上一則公告 下一則公告",
        "友情链接：某某市政府网 某某日报",
        "建議瀏覽器：Chrome、Firefox 最新版本",
        "本網站最後更新：2025/03/01",
    ],
)
def test_the_sites_own_links_and_notes_are_chrome(line: str) -> None:
    # the way back to a list, the previous and next items, friends' sites, browser advice and
    # the site's last update are the site's, whatever page they stand on
    assert classify(line) is Kind.CHROME


def test_a_join_button_is_no_headline() -> None:
    # a group's page with a post and no headline: the join button with its object (加入社團)
    # is the page's, as 登入某某 is
    lines = [
        "Facebook",
        "高雄登山同好會",
        "加入社團",
        "王大明",
        "5小時 · 🌏",
        "今天走完柴山步道，天氣超好，看到好多獼猴，下次想揪團去大坑九號步道，有興趣的留言喔！",
        "記得帶水跟防蚊液",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None or a.title.traditional != "加入社團"


def test_a_reviews_headline_under_its_writers_level() -> None:
    # a review site: the shop's address, the reviewer's id and level, then the review's own
    # headline over its score and date; the level is a badge, not a poster over a post
    headline = "湯底濃郁 叉燒一般"
    lines = [
        "某某食評網",
        "首頁 > 餐廳 > 旺角 > 拉麵",
        "麵屋小路",
        "旺角花園街12號地舖",
        "ramen_lover88",
        "Lv.5 食家",
        headline,
        "4.0",
        "2025-10-02",
        "琴日夜晚同朋友去食，湯底真係好濃，飲到最後一啖都唔覺鹹，不過叉燒就有啲乾。",
        "排隊大概等咗二十分鐘，平日夜晚都算多人。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == headline


def test_a_feeds_name_is_no_headline() -> None:
    # a flash-news feed: the channel's name (…财经快讯) over the day and the items, each one
    # an item with its own bracketed lead; the page has no headline
    lines = [
        "某某财经",
        "首页 快讯 股票 基金",
        "全天候全球财经快讯",
        "2025年07月01日 星期二",
        "09:30",
        "【某某银行：上半年净利润同比增长5%】某某财经7月1日电，某某银行公告，上半年实现净利润120亿元，同比增长5%。",
        "09:12",
        "【国际油价小幅走高】某某财经7月1日电，布伦特原油期货价格早盘上涨0.6%，报每桶68美元。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None


def test_a_filters_toggle_is_no_headline() -> None:
    # a feed's filter (只看重要) over the first item, as a thread's 只看楼主 is: a button
    lines = [
        "某某快讯网",
        "首页 快讯 股票 基金",
        "2025年07月01日 星期二",
        "全部 重要 A股 海外",
        "只看精选",
        "09:30",
        "【某某银行：上半年净利润同比增长5%】某某财经7月1日电，某某银行公告，上半年实现净利润120亿元，同比增长5%。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None


def test_a_topic_pages_topic_over_its_counts_is_the_title() -> None:
    # a Weibo topic page: the hot list (under its heading), then the topic over its read and
    # discussion counts, a lead and the posts; the topic is the page's headline
    topic = "#城市马拉松今晨开跑#"
    lines = [
        "微博",
        "首页 热门 视频 发现 消息 我",
        "查看完整热搜榜",
        topic,
        "阅读 1.2亿 讨论 3.4万",
        "导语",
        "今晨7时，城市马拉松在市民广场鸣枪起跑，三万名跑者参赛，沿江赛道两侧挤满了加油的市民。",
        "热门 实时 视频",
        "城市晚报",
        "11-3 09:12 来自 微博网页版",
        "【城市马拉松今晨开跑】三万名跑者从市民广场出发，沿江一路向东，终点设在体育中心。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == topic


def test_a_headline_with_an_old_brand_is_not_a_font_size_tool() -> None:
    lines = [
        "成都这5家老字号火锅，本地人排队也要吃",
        "原创 阿某 成都吃货地图 2025年11月02日 09:10 四川",
        "入冬以后火锅店的生意越来越好，我们花了两周，把城里口碑好的老店都吃了一遍。",
        "01 某某火锅（春熙路店）",
        "三十年老店，牛油锅底香而不燥，周末排队至少一小时。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[0]


def test_the_title_of_a_posted_video_under_its_stamp_is_the_headline() -> None:
    lines = [
        "哔哩哔哩",
        "首页 番剧 直播 游戏中心",
        "某某手作official",
        "08-02 20:15 · 投稿了视频",
        "【漫展2025】下周六见！摊位在A2馆",
        "终于可以说了！！今年漫展我们会出摊，三天都在，位置在A2馆入口左手边。",
        "新周边昨天刚打样回来，徽章和立牌都很好看，具体图放在评论区了。",
        "转发 12",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[4]


def test_a_weibo_posts_first_line_in_brackets_is_not_a_headline() -> None:
    lines = [
        "微博",
        "某某粉丝后援会",
        "12-20 21:07 来自 iPhone客户端",
        "【应援通知】宝子们！演唱会的应援物已经到了🎉",
        "领取时间是明天下午两点到五点，地点在体育馆北门，记得带上会员卡哦～",
        "转发 36",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None


def test_two_badges_under_a_posters_name_are_not_the_title() -> None:
    lines = [
        "微博",
        "首页 视频 发现 注册 登录",
        "旅行的某某",
        "微博美食博主 超话主持人",
        "3-8 21:06 来自 iPhone客户端",
        "今天终于去吃了那家排队的早餐店，人比想象中少😂 听说下周开始要预约，想去的记得早点订！",
        "转发 3",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None


def test_an_outlet_or_its_reporter_before_the_date_is_cut_from_the_headline() -> None:
    for line, headline in (
        ("老街菜市场完成改造 摊主：雨天不再怕漏水 江城日报 2026-03-02 09:15 发布于：湖北", "老街菜市场完成改造 摊主：雨天不再怕漏水"),
        ("河堤步道下月全线贯通 居民：散步不用绕路 城市新闻记者 林晓 2026-03-02 10:20 来源：城市新闻", "河堤步道下月全线贯通 居民：散步不用绕路"),
    ):  # fmt: skip
        a = build_article("\n".join(["某某網", line, *STORY_T]))
        assert a.title is not None and a.title.original == headline, line


def test_a_headline_over_the_outlets_follow_button_is_the_title() -> None:
    head = "老城区公交线路下周起调整 这三条线改走新路？ 江城晚报 2026-11-16 10:05 发布于：浙江"
    a = build_article("\n".join(["某某网", "首页 新闻 体育 汽车 财经 科技 更多", head, "+关注", *STORY_T]))
    assert a.title is not None and a.title.original == "老城区公交线路下周起调整 这三条线改走新路？"
    # a name over its follow button is still no headline
    b = build_article("\n".join(["小城日记", "+关注", *STORY_T]))
    assert b.title is None or b.title.original != "小城日记"


def test_a_writers_card_in_the_head_is_chrome_and_the_headline_under_it_the_title() -> None:
    lines = [
        "某某評論網",
        "首頁 › 專欄 › 城市散步",
        "小敏",
        "台南長大的文字工作者，寫老屋、寫市場。",
        "追蹤作者",
        "外婆的菜市場，和那些慢慢變少的攤位",
        "上週末回台南，我一早就跟外婆去了巷口的菜市場。這個市場開了五十年，攤位卻一年比一年少。",
        "外婆說，以前賣魚的阿伯每天清晨四點就開攤，現在只剩週末才來。",
    ]
    split = split_lines(lines)
    assert {2, 3, 4} <= set(split.chrome)
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "外婆的菜市場，和那些慢慢變少的攤位"


def test_an_epaper_head_is_chrome_and_its_headline_the_title() -> None:
    for line in (
        "2025年03月05日 星期三 农历乙巳年二月初六",
        "第A01版：要闻 第A02版：综合 第A03版：城事 第A04版：体育",
        "放大 缩小 默认",
        "搜索你感兴趣的内容",
        "使用 Google 帳號繼續",
        "通过微信登录",
    ):
        assert classify(line) is Kind.CHROME, line
    for line in ("以愛登入", "用心做好每一碗麵"):
        assert classify(line) is not Kind.CHROME, line
    lines = [
        "北城日报数字报",
        "2025年03月05日 星期三 农历乙巳年二月初六",
        "第A03版：城事",
        "第A01版：要闻 第A02版：综合 第A03版：城事 第A04版：体育",
        "放大 缩小 默认",
        "城南三座老桥完成加固 下月起恢复双向通行",
        "本报讯 记者从市政部门获悉，城南三座老桥的加固工程已经完成，下月起恢复双向通行。",
        "据介绍，工程去年秋天开工，主要更换了桥面和护栏。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "城南三座老桥完成加固 下月起恢复双向通行"


def test_a_headline_in_spaced_clauses_with_a_button_word_is_no_menu() -> None:
    line = "前歌手宣布退出樂壇 圈中好友紛紛留言 經紀人深夜發文回應"
    assert classify(line) is not Kind.CHROME
    assert classify("首頁 留言 回應 分享") is Kind.CHROME


def test_a_posts_bracketed_label_and_heading_under_its_stamp_is_the_title() -> None:
    lines = [
        "Threads",
        "登入",
        "使用 Instagram 帳號繼續",
        "little.bakery.tw",
        "3天",
        "【公告】小麵包店下個月要搬家啦",
        "謝謝大家這幾年的照顧🙏 老店營業到月底，之後休息兩週，新店地址會再公告！",
        "搬家期間預購照常，有問題都可以私訊我們。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "【公告】小麵包店下個月要搬家啦"


def test_an_answerers_bio_over_the_answers_votes_is_no_title() -> None:
    lines = [
        "知乎",
        "首页 会员 发现 等你来答",
        "在小城开一家书店，一年能赚多少？",
        "关注问题 写回答 邀请回答 好问题 12 添加评论 分享",
        "查看全部 56 个回答",
        "林小北",
        "小城书店店主，开店第五年",
        "842 人赞同了该回答",
        "谢邀，说点真实数字。",
        "我是前年在老家开的店，租金每月三千，第一年基本没赚钱。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "在小城开一家书店，一年能赚多少？"


def test_a_name_jieba_cut_after_its_second_character_is_whole() -> None:
    """林語恩 was cut as 林語 and 恩, and 林語 was the page's first keyword."""
    text = "\n".join(
        [
            "林語恩2016年以女團出道，2019年底單飛轉戰戲劇。",
            "經紀公司表示，林語恩婚後工作照舊，林語恩下週仍會出席記者會。",
        ]
    )
    a = build_article(text)
    a = with_words(a, compute_words([p.text.simplified for p in a.paragraphs]))
    words = [k.traditional for k in a.keywords]
    assert "林語恩" in words and "林語" not in words, words


def test_a_long_row_of_section_names_with_a_speech_character_is_the_menu() -> None:
    """招生就业 holds 就, a speech character; in a long row of section names under the site's
    menu it is a section's name, and the notice's headline under the breadcrumb is the title."""
    lines = [
        "南湖师范学院",
        "English | 信息门户 | 邮箱",
        "学院概况 院系设置 人才培养 学术研究 招生就业 国际交流 校园生活 信息公开",
        "当前位置：首页 > 通知公告",
        "关于2027年清明节放假安排的通知",
        "发布时间：2027-03-20   来源：党政办公室",
        "各部门、各学院：",
        "根据上级通知精神，结合学校实际，现将清明节放假安排通知如下，请各单位做好值班工作。",
        "上一条：关于开展春季校园安全检查的通知",
        "下一條：關於公布2026年度優秀教師名單的通知",
    ]
    split = split_lines(lines)
    chrome = {lines[i] for i in split.chrome}
    assert lines[2] in chrome
    assert lines[8] in chrome and lines[9] in chrome
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "关于2027年清明节放假安排的通知"


def test_a_field_and_its_date_is_no_headline_a_colon_headline_over_fields_is() -> None:
    """展覽期間｜2027/1/9～3/14 is a field's label and its dates, never cut down to a headline;
    a headline in two parts around a colon (a name of five characters or more before it) stays
    the headline over the page's date fields."""
    lines = [
        "跳到主要內容",
        "某某市立博物館",
        "首頁 > 展覽 > 當期展覽",
        "海風與木紋：東海岸木雕六十年特展",
        "發布日期：2026-12-20",
        "瀏覽人次：1,204",
        "展覽期間｜2027/1/9（六）～2027/3/14（日）",
        "本展以東海岸五個木雕工坊為線索，回看六十年來木雕在部落與市集之間的變化。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.original == "海風與木紋：東海岸木雕六十年特展"
    assert "展覽期間｜2027/1/9（六）～2027/3/14（日）" not in {
        lines[i] for i in split_lines(lines).chrome
    }


def test_fields_under_an_events_priced_field_are_its_facts() -> None:
    """類型 and 發起 under 費用：預售200元 go on with the event's facts, which a reader reads; a
    record's two plain fields under the page's chrome stay its head."""
    lines = [
        "某某同城",
        "首页 活动 我的",
        "海边乐队“潮声”巡演杭州站",
        "时间：3月12日 周六 20:00-22:00",
        "地点：杭州 西湖区 某某Livehouse",
        "费用：预售200元 / 现场260元",
        "类型：音乐-民谣",
        "发起：某某Livehouse",
        "海边乐队2020年成立于厦门，这次巡演从春天一路走到夏天，杭州站是第三站。",
    ]
    chrome = {lines[i] for i in split_lines(lines).chrome}
    assert lines[6] not in chrome and lines[7] not in chrome
    record = [
        "某某市政府门户网站",
        "首页 > 政民互动 > 留言选登",
        "留言类型：咨询",
        "办理状态：已回复",
        "市民来信反映小区门口路灯损坏多日，夜间出行不便，希望有关部门尽快维修。",
    ]
    chrome = {record[i] for i in split_lines(record).chrome}
    assert record[2] in chrome and record[3] in chrome


def test_a_city_switch_beside_the_menu_is_chrome() -> None:
    lines = [
        "某某同城",
        "首页 浏览发现 活动 我的同城",
        "上海 切换城市",
        "秋日草地音乐会",
        "时间：10月5日 周日 15:00",
        "秋日草地音乐会今年第三次举办，主办方说这次请来了五支本地乐队，现场还有市集。",
    ]
    chrome = {lines[i] for i in split_lines(lines).chrome}
    assert lines[2] in chrome
    traditional = [convert(line, Script.TRADITIONAL) for line in lines]
    assert traditional[2] in {traditional[i] for i in split_lines(traditional).chrome}


def test_a_threads_first_post_under_its_floor_and_full_stamp_is_no_headline() -> None:
    # #1 name / full stamp / the post in short lines: the line over the floor is the headline
    lines = [
        "某某討論區",
        "吹水台",
        "登入 註冊",
        "新年前應該幾時剪頭髮？",
        "吹水台 · 20 回覆 · 50 Like",
        "#1 長頭髮阿強",
        "2026-01-28 22:05:31",
        "阿媽話新年前剪頭髮會剪走運氣 一定要年廿八前剪",
        "但我個髮型師年廿五先有位 想問大家幾時剪",
        "#2 路過",
        "2026-01-28 22:10:02",
        "我年年都年廿九先剪 都冇事",
    ]
    split = split_lines(lines)
    title = find_title(lines, split.body, split.chrome)
    assert title is not None and title.line == 3
    assert 7 not in split.chrome and 8 not in split.chrome  # the first post is no menu
    simplified = [convert(line, Script.SIMPLIFIED) for line in lines]
    split = split_lines(simplified)
    title = find_title(simplified, split.body, split.chrome)
    assert title is not None and title.line == 3


@pytest.mark.parametrize(
    "label",
    ["標題 [標的] 2330 某電 題材 多", "標題 [心得] 三天 兩夜 花蓮 行", "标题 Re: [闲聊] 今年 年终 多少"],
)
def test_a_thread_headline_in_short_words_under_the_pages_label_is_the_title(label: str) -> None:
    lines = [
        "批踢踢實業坊 › 看板 Stock",
        "分享",
        "作者 fish1234 (小魚)",
        "看板 Stock",
        label,
        "時間 Mon Aug  4 08:45:10 2025",
        "1. 標的：2330 某電",
        "2. 分類：多",
        "3. 分析/正文：",
        "法說會後外資連買五天，我覺得下半年出貨會比上半年好，短線拉回可以分批進場。",
        "--",
        "※ 發信站: 批踢踢實業坊(ptt.cc)",
    ]
    split = split_lines(lines)
    title = find_title(lines, split.body, split.chrome)
    assert title is not None and title.line == 4
    assert lines[4][title.start : title.end] == label.split(" ", 1)[1]


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_fan_pages_post_heading_between_two_emoji_is_the_title(script: Script) -> None:
    # a login box (電郵地址或電話號碼 / 密碼 / 登入), the page's name, the post's stamp, then the
    # heading its writer marked with the same emoji on both sides
    lines = [
        "Facebook",
        "電郵地址或電話號碼",
        "密碼",
        "登入",
        "忘記帳戶？",
        "街角糖水舖 Corner Dessert",
        "2月3日 11:20 · 🌏",
        "✨ 中秋限定月餅開賣 ✨",
        "多謝大家一直支持！今年嘅奶黃月餅終於做好啦，下星期一開始接受預訂。",
        "📍 某某街12號地舖",
    ]
    lines = [convert(line, script) for line in lines]
    split = split_lines(lines)
    assert 1 in split.chrome
    title = find_title(lines, split.body, split.chrome)
    assert title is not None and title.line == 7
    # a sentence between two emoji is no heading
    lines[7] = convert("✨ 今年嘅月餅好好食，大家快啲嚟買！ ✨", script)
    title = find_title(lines, split_lines(lines).body, split_lines(lines).chrome)
    assert title is None or title.line != 7


def test_a_routes_steps_between_arrows_are_no_breadcrumb() -> None:
    for line in ("路线：动物园站下车 → 步行15分钟 → 满觉陇村口", "路線：捷運市府站 > 轉乘公車 > 信義路口"):
        assert classify(line) is not Kind.CHROME
    # the sections of a site are a trail, a board called 步行街 among them
    assert classify("步行街主干道 > CBA专区") is Kind.CHROME
    assert classify("首頁 > 新聞 > 地方") is Kind.CHROME


def test_an_address_after_clauses_set_apart_by_spaces_is_talk() -> None:
    # a PTT post writes its clauses apart with spaces, not commas
    line = "我不是公司的人啦 有問題寫信去 service@ferry-example.com.tw 比較快"
    assert classify(line) is not Kind.CHROME
    assert classify(convert(line, Script.SIMPLIFIED)) is not Kind.CHROME
    assert classify("客服信箱 service@example-store.com 服務時間 週一至週五") is Kind.CHROME


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_another_sections_stories_under_their_heading_are_chrome(script: Script) -> None:
    lines = [
        "清明節前夕掃墓人潮提早出現 墳場周末迫爆",
        "有市民選擇提早掃墓避開人潮，今早在墳場拜祭的陳先生說，往年正日人山人海。",
        "天文台預測，清明節當日有驟雨，下周一氣溫回升至28度。",
        "其他港聞",
        "政府推新一輪公屋政策 下月諮詢",
        "港大研究：本港長者獨居比率創新高",
    ]
    lines = [convert(line, script) for line in lines]
    split = split_lines(lines)
    assert {3, 4, 5} <= set(split.chrome)
    assert {1, 2} <= set(split.body)


def test_an_instagram_caption_under_its_poster_and_its_date_under_the_tags() -> None:
    """The caption opens with the poster's id (no headline); the date line under the tags is
    the post's own date."""
    lines = [
        "Instagram",
        "登入",
        "lamkamart",
        "PMQ 元創方",
        "lamkamart 🌊「海邊的紙」林錦個人插畫展 🌊",
        "終於可以公佈啦！準備咗成年嘅個展，20/7（六）喺PMQ正式開幕！",
        "今個星期五會先喺Stories分享佈展過程，記得留意～",
        "#林錦 #海邊的紙 #插畫展",
        "2024年7月16日",
        "ivy_wong_",
        "正呀！星期六見",
        "3天 · 12個讚 · 回覆",
    ]
    article = build_article("\n".join(lines), today=date(2026, 11, 30))
    assert article.title is None
    assert article.reference_date == date(2024, 7, 16)
    days = {e.text.original: e.start.isoformat() for e in article.timeline}
    assert days["20/7（六）"] == "2024-07-20"


def test_titles_of_a_wechat_article_a_column_episode_and_a_note() -> None:
    """A WeChat headline over its byline (原创 小禾 禾下书房 2024年09月14日 08:30), not the
    account's card under it; an episode's number (#12：) is no hashtag; a note's title under
    its writer's follow button."""
    cases = [
        (
            [
                "月光下读一首诗｜中秋社区读书会报名开始啦",
                "原创 小禾 禾下书房 2024年09月14日 08:30 浙江",
                "禾下书房",
                "社区里的公益小书房，每周都有新活动",
                "关注",
                "各位邻居，中秋节就要到了！今年我们在书房的小院里办一场读书会，欢迎报名。",
            ],
            0,
        ),
        (
            [
                "专栏 / 游戏 / 单机游戏",
                "独立游戏开发日志 #12：我们终于要去线下展会了",
                "阿泽Azure",
                "08-14 12:00 · 2.3万阅读",
                "关注",
                "大家好，我是阿泽。距离上一篇日志已经过去一个多月了，先给大家道个歉。",
            ],
            1,
        ),
        (
            [
                "小红书",
                "登录",
                "Coco在成都🍵",
                "关注",
                "成都周边｜赏花路线分享，错峰去人真的少🌸",
                "姐妹们！成都周边的花期到了，整理了一条我亲测的一日路线👇",
            ],
            4,
        ),
    ]
    for lines, line in cases:
        split = split_lines(lines)
        title = find_title(lines, split.body, split.chrome)
        assert title is not None and title.line == line, (lines[line], title)
    assert find_title(["新年限定蛋糕 #香港美食 #甜品", "好好食！"], (1,), (0,)) is None


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_comments_under_a_sites_own_comments_heading_after_a_link_list_are_body(script: Script) -> None:
    lines = [
        "某某游戏宣布 6 月 20 日登陆主机平台，PC 版本暂未定档。",
        "相关文章",
        "《星潮纪元》新实机演示公布，战斗系统大改",
        "2025/6/8",
        "某某网友评论",
        "某某网友 夜行的猫",
        "2025-6-16 9:58",
        "预售了主机版，周四下班直接开玩",
    ]
    lines = [convert(line, script) for line in lines]
    split = split_lines(lines)
    assert {1, 2, 3, 4} <= set(split.chrome)
    assert 7 in split.body


def test_a_statements_text_after_its_bare_label_is_body() -> None:
    line = "声明：近日网络上出现“某某退出《某剧》”等不实信息，工作室郑重澄清，某某一直在剧组工作。"
    assert classify(line) is not Kind.CHROME
    assert classify(convert(line, Script.TRADITIONAL)) is not Kind.CHROME
    assert classify("声明：本文为作者原创，转载请注明出处，谢谢大家的合作与支持理解。") is Kind.CHROME
    assert classify("版权声明：本站所有文章均为原创，未经授权禁止转载。") is Kind.CHROME


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_the_quoted_words_under_a_replys_quote_header_are_body(script: Script) -> None:
    lines = [
        "[分享] 大帽山睇雲海 凌晨三點上山值唔值",
        "#1",
        "登山阿強",
        "5 小時前",
        "琴日凌晨三點由荃灣上山，去到頂大概五點半，雲海真係靚到喊",
        "#3",
        "觀塘打工仔",
        "4 小時前",
        "引用 #1",
        "琴日凌晨三點由荃灣上山",
        "你咁早唔使返工咩",
        "#4",
        "登山阿強",
    ]
    lines = [convert(line, script) for line in lines]
    split = split_lines(lines)
    assert 8 in split.chrome
    assert {9, 10} <= set(split.body)


def test_a_comment_that_thanks_the_one_who_answered_is_no_badge() -> None:
    assert classify("今天刚申请成功，谢谢答主") is not Kind.CHROME
    assert classify("數碼領域優質創作者") is Kind.CHROME


@pytest.mark.parametrize("line", ["山水间 2024-05-06 ∙ 浙江", "小白兔 11-20 · 广东", "山水間 2024-05-06 · 浙江"])
def test_a_commenters_name_stamp_and_place_row_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    assert classify("我们 3-8 · 见面") is not Kind.CHROME


@pytest.mark.parametrize("heading", ["【其他人也看了】", "其他人也在看", "别人还看了"])
def test_what_other_readers_read_heads_a_link_list(heading: str) -> None:
    lines = [
        "對於延誤，台中市農業局指出，今年2月中旬起寒流接連報到，草莓普遍減產。",
        heading,
        "台中草莓季人潮回籠 大湖酒莊週末停車場全滿",
        "2025年03月02日 10:05",
    ]
    split = split_lines(lines)
    assert {1, 2, 3} <= set(split.chrome)
    assert 0 in split.body


def test_a_trips_facts_over_its_table_of_contents_are_body() -> None:
    lines = [
        "中秋国庆七天慢游大理｜洱海边看月亮，苍山下喝咖啡",
        "晴天小猪",
        "阅读 3.1万 / 收藏 256 / 评论 48",
        "出发时间：2023年9月29日",
        "出行天数：7天",
        "人物：和朋友",
        "人均费用：3500元",
        "目录",
        "· D1 深圳—昆明—大理",
        "今年中秋和国庆连在一起，我和朋友早早就订好了去大理的机票，一路慢慢走慢慢看。",
    ]
    split = split_lines(lines)
    assert {3, 4, 5, 6} <= set(split.body)
    assert {2, 7} <= set(split.chrome)


def test_a_sites_name_after_the_headline_and_a_hosts_badge_are_no_title() -> None:
    lines = [
        "新頭殼newtalk",
        "首頁 > 政治",
        "國慶晚會外包惹議 立委質詢文化部：明年起公開評選 新頭殼newtalk | 2024.10.15 14:22 林佳蓉/台北報導",
        "文化部今（15）日在立法院備詢，立委質疑國慶晚會外包流程不透明，部長允諾明年起公開評選。",
    ]
    split = split_lines(lines)
    title = find_title(lines, split.body, split.chrome)
    assert title is not None and lines[2][title.start : title.end] == "國慶晚會外包惹議 立委質詢文化部：明年起公開評選"
    assert classify("音乐博主 超话主持人（林霁超话）") is Kind.CHROME


def test_a_notices_date_field_a_wechat_account_over_an_undated_byline_and_a_question() -> None:
    cases = [
        (
            [
                "家長通告 > 2024-25年度",
                "通告編號：(2024-25) 第058號",
                "發出日期：10/1/2025",
                "下載PDF",
                "農曆新年假期安排及新春嘉年華",
                "敬啟者：",
                "本校農曆新年假期由2025年1月25日（星期六）至2月4日（星期二），2月5日（星期三）復課。",
            ],
            4,
        ),
        (
            [
                "南湖实验小学",
                "原创 德育处 南湖实验小学",
                "国庆节放假通知及假期安全提醒",
                "尊敬的各位家长：",
                "根据上级教育主管部门通知，结合我校实际，现将本次放假安排及相关事项通知如下：",
            ],
            2,
        ),
        (
            [
                "知乎",
                "首页 会员 发现 等你来答",
                "上海美食 本帮菜 餐厅推荐",
                "在上海工作，周末带父母去吃本帮菜，有哪些老店推荐？",
                "爸妈下个月来上海住两周，想带他们吃点正宗的本帮菜，预算人均150以内，最好不用排太久。",
                "关注问题 写回答",
                "作为一个在上海生活了四十年的老上海，推荐三家我自己常去的：",
            ],
            3,
        ),
    ]
    for lines, line in cases:
        split = split_lines(lines)
        title = find_title(lines, split.body, split.chrome)
        assert title is not None and title.line == line, (lines[line], title)


@pytest.mark.parametrize(
    "line", ["通告編號：(2024-25) 第058號", "通告编号：(2024-25) 第058号", "發出日期：10/1/2025", "发出日期：2025-01-10"]
)
def test_a_documents_number_or_date_field_is_never_a_headline_in_either_script(line: str) -> None:
    """One rule for a document's fields, compiled for both scripts (its number rule was written in
    Simplified and read only Simplified text; a second rule had covered 編號 and 日期 apart)."""
    lines = ["家長通告 > 2024-25年度", line, "下載PDF", "本校農曆新年假期由2025年1月25日至2月4日，2月5日復課。"]
    split = split_lines(lines)
    title = find_title(lines, split.body, split.chrome)
    assert title is None or title.line != 1


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_search_prompt_a_fan_pages_stamp_and_a_columns_writer_are_no_headline(script: Script) -> None:
    """A search box's prompt listing what it searches is chrome, and the site's name over it
    no headline; a post's day with its audience's globe (2025年12月8日 · 🌐) is a stamp, so the
    post's 【…】 heading is the title; a column's writer after a slash (/ 文.某某) is cut off."""
    def title_of(lines: list[str]) -> str | None:
        lines = [convert(x, script) for x in lines]
        split = split_lines(lines)
        t = find_title(lines, split.body, split.chrome)
        return None if t is None else lines[t.line][t.start : t.end]

    assert classify(convert("搜索电影、电视剧、综艺、影人", script)) is Kind.CHROME
    assert title_of(
        ["某某影评网", "搜索电影、电视剧、综艺、影人", "影讯 选电影 电视剧 排行榜 影评 年度榜单", "这篇影评可能有剧透",
         "比预期好太多，春节最值得二刷的一部", "山城小野 评论 回响之城", "2025-02-03 22:10:05 重庆",
         "大年初一全家去看的，我妈本来想看另一部，被我硬拉进来，结果散场她哭得比我还厉害。"]
    ) == convert("比预期好太多，春节最值得二刷的一部", script)
    assert classify("2025年12月8日 · 🌐") is Kind.CHROME and classify("3天 · 公開") is Kind.CHROME
    assert title_of(
        ["Facebook", "某某教會", "2025年12月8日 · 🌐", "【2025 聖誕報佳音】",
         "🎄今年我哋會喺屯門區報佳音，歡迎街坊同小朋友一齊參加，集合地點係本堂地下大堂。"]
    ) == convert("【2025 聖誕報佳音】", script)
    assert title_of(
        ["作家專欄", "日期：2026年2月13日", "年廿八洗邋遢之外 / 文.某某 ( 街坊記事 )",
         "【明報文章】上星期六到街市買揮春，檔主陳太指着牆上的紅紙笑說，今年她不打算等到年廿八才執屋。"]
    ) == convert("年廿八洗邋遢之外", script)


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_threads_headline_under_board_tabs_a_groups_button_and_a_comment_sort(script: Script) -> None:
    """Under a board's tabs (热门 / 最新) the line over the first floor's header is the thread's
    headline, not a list of other stories; a group's name over its join button (去小组) is no
    headline; the comments' sort toggle (27 条评论 / 默认 / 最新) heads no list, so the first
    comment under it stays body."""
    def split_and_title(lines: list[str]) -> tuple[set[int], str | None]:
        lines = [convert(x, script) for x in lines]
        split = split_lines(lines)
        t = find_title(lines, split.body, split.chrome)
        return set(split.chrome), None if t is None else lines[t.line][t.start : t.end]

    thread = ["某某討論區", "吹水台", "熱門", "最新", "長洲太平清醮有冇人入去？想問幾點入去先唔使迫",
              "#1 長洲小飛俠 1 日前", "第一次入長洲睇飄色，想問下佛誕嗰日幾點入去先唔使迫到死",
              "#2 離島打工仔 1 日前", "佛誕嗰日一定迫，建議前一晚入去住一晚"]
    chrome, title = split_and_title(thread)
    assert title == convert(thread[4], script) and 4 not in chrome
    group = ["某某网", "首页 浏览发现 话题广场 小组 我的小组", "我们都是过年不想回家的人", "去小组",
             "今年春节打算一个人留在杭州，有人一起吃年夜饭吗？", "来自: 西湖边的猫 2023-12-28 21:14:05",
             "坐标杭州滨江，互联网打工人，老家在湖南，这次春节假期公司也放，所以打算这次就不回了。"]
    chrome, title = split_and_title(group)
    assert title == convert(group[4], script) and 3 in chrome
    comments = ["编辑于 2024-04-03 18:20", "27 条评论", "默认", "最新", "杭州小鹿",
                "请问4月4日当天去江岭还能看到吗？", "04-03 · 浙江", "回复"]
    chrome, _ = split_and_title(["江岭的油菜花这周正好，建议早上七点前到，下午光线不好，人也多。", *comments])
    assert 6 not in chrome
    # an answer's buttons between its count and the toggles (186 条评论 / 分享 / 收藏 / 喜欢)
    answer = ["赞同 2315", "186 条评论", "分享", "收藏", "喜欢", "默认", "最新", "林深见鹿",
              "说到心坎里了，我爸妈也是每次打电话都念叨买房", "02-18・河南", "回复"]
    chrome, _ = split_and_title(["如果真要买，优先考虑现房、老城区配套成熟的小区，别碰郊区新城的期房。", *answer])
    assert 9 not in chrome
    # a forum's floors between their reply buttons with counts (回复(2) … 回复(0)): no archive
    # list, and an in-floor reply closed by its stamp and button is read
    floors = ["本科双非机械，第一次考是22年12月，那次差了11分没进复试", "IP属地:河南 1楼 2023-12-25 21:08",
              "回复(6)", "理工男不秃头", "出分之前可以先投投春招，两手准备", "IP属地:江苏 2楼 2023-12-25 21:16",
              "回复(2)",
              "理工男不秃头: 回复 咸鱼翻身的小刘 :大部分是年后，过完年就陆续有宣讲会了 2023-12-25 21:24 回复",
              "咸鱼翻身的小刘", "更新一下：今天下午在学院群里看到下周三有一场校招双选会，先去看看",
              "IP属地:河南 5楼 2023-12-25 22:40", "回复(0)", "不想早八", "楼主加油，双选会记得多带几份纸质简历",
              "IP属地:广东 6楼 2023-12-25 23:02", "回复(0)"]
    chrome, _ = split_and_title(floors)
    assert not {4, 7, 9, 13} & chrome


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_the_headline_under_a_previous_or_next_story_label_is_a_link(script: Script) -> None:
    """上一篇 / 中秋烤肉熱點出爐 雙北河濱公園10/4起開放登記: a link to another story, chrome, and
    its day no event of this one; a sentence of the story under such a word stays."""
    lines = [convert(x, script) for x in (
        "餅行也恢復停辦多年的「灶前賞月」，將在10月6日晚間7點於騎樓擺桌請街坊喝茶。",
        "上一篇", "中秋烤肉熱點出爐 雙北河濱公園10/4起開放登記",
        "下一篇", "國慶連假天氣曝光 鋒面10/9南下北部轉涼",
    )]
    split = split_lines(lines)
    assert {2, 4} <= set(split.chrome) and 0 not in split.chrome
    article = build_article("\n".join(lines), reference_date=date(2025, 9, 30))
    assert [e.text.original for e in article.timeline] == [convert("10月6日", script)]


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_related_links_and_a_columns_other_pieces_head_link_lists(script: Script) -> None:
    """相關連結 (Taiwan's "related links") and 作家專欄 其他文章 head lists of other pages, whose
    lines and days are no part of the story."""
    for heading, link in (("相關連結", "114年中秋節社區聯歡晚會活動成果（114-10-08）"),
                          ("作家專欄 其他文章", "冬至的湯圓 / 文.某某 ( 生活誌 )")):
        lines = [convert(x, script) for x in (
            "區公所將於元宵節當晚舉辦猜燈謎活動，歡迎里民攜家帶眷踴躍參加，現場備有小禮物。", heading, link)]
        split = split_lines(lines)
        assert {1, 2} <= set(split.chrome) and 0 not in split.chrome


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_in_floor_replies_with_their_stamps_are_body(script: Script) -> None:
    """A Tieba floor's in-floor replies (某某: 回复 某某 :好嘞，记下了 2026-4-3 20:41, 某某 回复 @某某:…
    2024-8-2 10:40) are what a reader reads, not the floor's stamp rows."""
    lines = [convert(x, script) for x in (
        "某某吧", "【求助】清明回成都，有没有老店推荐？别推网红店", "只看楼主 收藏 回复", "川味小胖", "楼主",
        "坐标上海，清明假期回成都待三天，明天下午的高铁，周日晚上回。",
        "1楼 2026-04-03 20:11", "回复(3)",
        "阿毛毛: 玉林那家老冒菜，4.5号清明节当天应该开门 2026-4-3 20:30",
        "川味小胖: 回复 阿毛毛 :好嘞，记下了 2026-4-3 20:41",
        "某某博物馆 回复 @星星点灯:谢谢喜欢～今年新增了织锦展厅，欢迎再来 2026-4-3 21:02",
        "我也说一句", "阿毛毛", "吧务",
        "推荐@吃货小分队 整理的老店地图，大部分是开了二三十年的。", "2楼 2026-04-03 20:25", "回复(1)", "发表回复",
    )]
    split = split_lines(lines)
    assert not {8, 9, 10} & set(split.chrome)


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_an_event_posts_fields_under_its_opening_clauses_are_body(script: Script) -> None:
    """A fan page's post that opens with clauses but no full stop (🎄今年我哋會喺屯門區報佳音，
    歡迎街坊同小朋友一齊參加👇) has begun: its fields under it (日期：…, 時間：…, 集合：…) are the
    event's, which a reader needs."""
    lines = [convert(x, script) for x in (
        "Facebook", "某某教會", "2025年12月8日 · 🌐", "【2025 聖誕報佳音】",
        "🎄今年我哋會喺屯門區報佳音，歡迎街坊同小朋友一齊參加👇", "",
        "📌 社區報佳音", "日期：12月20日（六）、21日（日）", "時間：晚上7:00-9:00", "集合：本堂地下大堂", "",
        "今年報佳音隊伍由詩班帶領，上年平安夜落大雨，大家淋住雨都照唱，今年希望天公造美。",
        "#聖誕 #報佳音", "讚好", "留言", "分享",
    )]
    split = split_lines(lines)
    assert not {7, 8, 9} & set(split.chrome)


def test_a_sites_notice_in_english_about_the_browser_is_chrome() -> None:
    """Your browser does not appear to support Traditional Chinese…, We use cookies…: the site's
    notice to its reader, never the story; an English sentence of the story stays."""
    assert classify("Your browser does not appear to support Traditional Chinese. Would you like to go to our English website?") is Kind.CHROME
    assert classify("We use cookies to improve your experience on this site.") is Kind.CHROME
    assert classify("The company said it would open a new store in Taipei next year.") is not Kind.CHROME


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_search_boxs_suggestion_is_chrome(script: Script) -> None:
    """大家都在搜：跨年灯光秀, 热门搜索：…: the search box's suggestions, never a headline."""
    for line in ("大家都在搜：跨年灯光秀", "热门搜索：烟花 地铁"):
        assert classify(convert(line, script)) is Kind.CHROME


def test_a_reply_under_a_bare_quote_word_on_a_whole_thread_page() -> None:
    """LIHKG prints a bare 引用 over the quoted line: on the whole thread page of the corpus
    (blind61's K07) both lines of the reply under it are body, not a run of chrome.  (A short
    made-up page does not reproduce the shape: the floors' own rules keep it either way.)"""
    from pathlib import Path

    lines = (Path(__file__).parent / "corpus" / "blind61" / "K07-lihkg-hk.txt").read_text(encoding="utf-8").splitlines()
    split = split_lines(lines)
    reply = [i for i, line in enumerate(lines) if line in ("嗰陣邊知自己放唔放到假", "老細上個禮拜三先批")]
    assert len(reply) == 2 and not set(reply) & set(split.chrome)


@pytest.mark.parametrize("menu", ["知乎\n首页\n会员\n发现\n等你来答\n登录/注册", "知乎\n首页　会员　发现　等你来答\n搜索\n登录/注册"])
def test_a_qa_pages_question_over_its_tools_or_counts_is_the_title(menu: str) -> None:
    """A Zhihu page: the menu (等你来答 is one of its items), the question's topics, the question,
    its tools or its counts, then an answerer's name and bio over the answer.  The question is
    the title, not the menu item, a topic or the answerer."""
    for tail in (
        "关注问题\n写回答\n邀请回答\n好问题 12\n山野行者\n户外领队，走过川西十几次\n",
        "关注者 2,871　被浏览 4,120,553\n查看全部 1,406 个回答\n山野行者\n户外领队，走过川西十几次\n",
    ):
        text = (
            menu + "\n旅行\n自驾游\n第一次去川西自驾，6月份去合适吗？有哪些需要注意的地方？\n" + tail
            + "1,204 人赞同了该回答\n谢邀。我2019年7月第一次去川西，从成都出发走318，六月雨季要注意塌方。\n"
            "建议租一辆SUV，提前一周订好新都桥和理塘的住宿，高反药也要备好。\n编辑于 2025-06-03 22:10\n"
        )
        for form in (text, convert(text, Script.TRADITIONAL)):
            article = build_article(form, today=date(2026, 11, 30))
            assert article.title is not None and str(article.title.simplified).startswith("第一次去川西自驾"), (
                form, article.title)


def test_a_reposts_label_over_the_headline_it_carries_is_cut_and_no_field() -> None:
    """轉載：食環署公布…安排 over 發布日期：… and 瀏覽次數：…: the headline after its label, not a
    record's field, and never a menu item of the head."""
    head = ["香港長者關懷協會", "首頁", "關於我們", "服務單位", "最新消息", "聯絡我們", "最新消息 > 政府公布",
            "轉載：食環署公布農曆新年期間街市及垃圾收集服務安排", "發布日期：2025年1月25日", "瀏覽次數：312"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        a = build_article("\n".join(convert(x, script) for x in [*head, *STORY_T]))
        assert a.title is not None, script
        assert a.title.original == convert("食環署公布農曆新年期間街市及垃圾收集服務安排", script), a.title


def test_a_lists_numbered_item_is_no_headline() -> None:
    """1. 寒假时间：2月7日至3月1日 under a notice's opening: a list's item, never the title;
    9.9元咖啡打了两年 opens with a price, not a number's mark."""
    from tui.model.title import _headline

    assert _headline("1. 寒假时间：2月7日至3月1日") is None
    assert _headline("2、返校报到安排") is None
    assert _headline("9.9元咖啡打了两年，谁先扛不住了？") is not None


def test_an_apps_name_and_its_screens_label_are_no_headline() -> None:
    """大众点评 / 点评详情 over a review copied from the app: the app and its screen, no title."""
    from tui.model.title import _headline

    for line in ("大众点评", "点评详情", "商品详情", "哔哩哔哩", "Threads"):
        assert _headline(line) is None, line
    assert _headline("老西门阿婆馄饨店详情曝光") is not None


def test_a_headline_under_an_outlets_time_on_a_page_that_is_no_chat() -> None:
    """人民网 10:21 / 国家统计局：5月CPI同比上涨0.6%: an outlet's name and time over a headline; the
    page is no chat record, so the headline is still the title."""
    page = ["人民网 10:21", "国家统计局：5月CPI同比上涨0.6%", *STORY_T]
    a = build_article("\n".join(page))
    assert a.title is not None and a.title.original == page[1], a.title


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_filing_under_a_portals_headline(script: Script) -> None:
    """A company's notice as a financial portal shows it: the portal's headline is the title,
    not the company's registered name the filing sets over its own heading; a numbered item's
    event time ((1)现场会议时间：…) and the section heading over 1．登记时间：… stay in the story."""
    lines = [convert(x, script) for x in (
        "财讯通", "首页　行情　新闻　公告　研报　数据中心", "首页 > 个股公告 > 恒瑞达(301899)",
        "恒瑞达：关于召开2024年第三次临时股东大会的通知", "公告日期：2024-12-09　来源：深交所　下载PDF",
        "浙江恒瑞达新材料股份有限公司", "关于召开2024年第三次临时股东大会的通知",
        "浙江恒瑞达新材料股份有限公司第三届董事会第十九次会议于2024年12月6日召开，决定于2024年12月25日召开临时股东大会。",
        "一、召开会议的基本情况", "1．会议召集人：公司董事会",
        "（1）现场会议时间：2024年12月25日（星期三）14:30",
        "（2）网络投票时间：2024年12月25日。其中，通过交易系统投票的具体时间为9:15—9:25。",
        "三、会议登记等事项", "1．登记时间：2024年12月20日（星期五）9:00—11:30、14:00—17:00",
        "2．登记地点：公司证券部", "特此公告。",
    )]
    split = split_lines(lines)
    t = find_title(lines, split.body, split.chrome)
    assert t is not None and lines[t.line] == lines[3]
    assert not {10, 12} & set(split.chrome)


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_posts_last_line_over_its_edit_stamp_or_its_stamp_is_read(script: Script) -> None:
    """A post's last line over the stamp of its edit ((2023-11-06 20:31 編輯)) and a reply's line
    that gives an opinion (…我覺得先去他家比較沒爭議啦) over its stamp are what the posters wrote,
    not their names; a name over a stamp still is chrome."""
    lines = [convert(x, script) for x in (
        "裝潢公司拖了三個月還沒完工，大家都怎麼處理？",
        "小綠豆芽", "2023-11-06 20:15", "#4",
        "感謝兩位，剛剛已經把存證信函寫好，明天一早去郵局寄", "也順便把LINE對話紀錄全部截圖備份了",
        "(2023-11-06 20:31 編輯)",
        "B1", "我們也是一南一北，最後是一年他家一年我家輪流", "第一次的話我覺得先去他家比較沒爭議啦",
        "1月17日 00:05", "回覆",
    )]
    chrome = set(split_lines(lines).chrome)
    assert 1 in chrome and not {5, 9} & chrome


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_replies_that_speak_to_the_poster_are_read(script: Script) -> None:
    """A reply that says 楼主 (帮顶 楼主深圳工作顺利🍀 under its writer's name and stamp,
    楼主能发张现在停车场的照片吗 at a thread's end) is talk to the poster, not a badge; a button
    row that says 回复 or 评论 still is chrome."""
    lines = [convert(x, script) for x in (
        "深圳南山找合租，通勤科技园，预算三千左右，有没有靠谱的小区推荐？",
        "搬砖人阿强 2023-06-14 18:22:51 上海", "上个月刚从静安寺搬走 那边晚上有点吵 提醒一下怕吵的姐妹", "赞(5)",
        "帮顶小分队 2023-06-15 08:01:17 浙江", "帮顶 楼主深圳工作顺利🍀", "赞",
        "楼主能发张现在停车场的照片吗", "还有1条回复，点击查看", "> 我来回应",
    )]
    chrome = set(split_lines(lines).chrome)
    assert not {5, 7} & chrome and 8 in chrome


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_replys_last_line_over_its_stamp_is_no_name(script: Script) -> None:
    """A reply's line over its stamp that says 我們 or 他們, asks 什麼, or runs in two clauses
    (謝謝小蘋果～我們下週還會再去吃腰花麵XD, 現在天天問他們什麼時候要來, 去年夏天天天晚上去，这次继续)
    is what the writer said, not the next writer's name; a name over a stamp still is chrome."""
    lines = [convert(x, script) for x in (
        "國華街那間腰花麵終於吃到了，湯頭真的很清甜，排了四十分鐘。",
        "小蘋果", "2024/10/28 13:02", "上個月去也是排很久，不過真的值得！",
        "版主回覆：(10/28/2024 13:40:21)", "謝謝小蘋果～我們下週還會再去吃腰花麵XD",
        "匿名", "原PO加油 我姊2023年12月出櫃 我媽哭了三天", "現在天天問他們什麼時候要來", "1月20日 16:47",
        "精選留言", "小糖果", "去年夏天天天晚上去，这次继续", "江苏 6月18日", "赞 56",
    )]
    chrome = set(split_lines(lines).chrome)
    assert 1 in chrome and not {5, 8, 12} & chrome


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_short_line_closed_by_an_emoji_is_talk(script: Script) -> None:
    """先謝謝大家🙏 at a post's end, and in a group chat 請轉給家人朋友 早安 平安喜樂🌹🌹🌹 over its
    stamp: people close what they say with a face, a hand or a flower; such lines stay, a stamp
    does not."""
    post = [convert(x, script) for x in (
        "房東突然說下個月起要漲租三千，合約還沒到期，這樣合法嗎？想問問大家的經驗。",
        "也寄信問了學校住宿組，還沒回", "先謝謝大家🙏", "", "#租屋 #房東 #漲租 #學生租屋",
    )]
    assert 2 not in set(split_lines(post).chrome)
    chat = [convert(x, script) for x in (
        "林里長", "@王秀琴 有喔😊 明天照常", "下週三停水那天暫停一次，11月27日再恢復上課", "上午 08:40", "已讀 121",
        "張志豪", "轉傳給大家參考👇", "------------", "【好消息 請轉給家中長輩】",
        "📣 民國114年1月1日起，本市65歲以上長者敬老卡每月乘車點數從480點增加到600點！",
        "👉 現在已經開放線上登記，名額有限", "------------", "請轉給家人朋友 早安 平安喜樂🌹🌹🌹", "上午 10:05",
        "已讀 98", "陳美玉", "這個是真的嗎？上個月轉的那個領現金的是假的耶😅",
    )]
    chrome = set(split_lines(chat).chrome)
    assert 12 not in chrome and {3, 13} <= chrome


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_a_menu_of_short_tabs_few_of_them_known_is_a_menu(script: Script) -> None:
    """A site's tabs one to a line at the top (豆瓣 / 首页 / 浏览发现 / 话题广场 / 读书 / …), a few
    of them known menu words and none longer than four characters: the menu, not the headline;
    the post's question under the writer's page name is the title."""
    lines = [convert(x, script) for x in (
        "豆瓣", "首页", "浏览发现", "话题广场", "读书", "电影", "音乐", "同城", "小组", "阅读", "FM", "时间", "豆品",
        "山茶与猫的日记", "去省博看了“长江以南——六朝青瓷特展”，排队两小时值不值？", "山茶与猫",
        "2024-11-23 21:15:42 江苏",
        "先说结论：值，但别在周末去。早上八点五十到的，门口已经排到了停车场，九点开馆后又排了两个小时。",
    )]
    split = split_lines(lines)
    assert {2, 3, 7} <= set(split.chrome)
    t = find_title(lines, split.body, split.chrome)
    assert t is not None and lines[t.line] == lines[14]


def test_a_headlines_own_date_in_its_clause_is_not_a_dateline() -> None:
    """[闲聊] 《雾港回响》国服定档2024.9.28，预约了的坛友准备首发抽谁？: the date is the headline's
    own, its clause going on after the comma; a dateline after a headline still is cut."""
    from tui.model.title import _headline

    for script in (Script.TRADITIONAL, Script.SIMPLIFIED):
        line = convert("[闲聊] 《雾港回响》国服定档2024.9.28，预约了的坛友准备首发抽谁？", script)
        assert _headline(line) == (0, len(line))
        dated = convert("高雄輕軌本月23日全線停駛一天 2025.3.18，聯合報", script)
        span = _headline(dated)
        assert span is not None and dated[span[0] : span[1]] == convert("高雄輕軌本月23日全線停駛一天", script)


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_comments_under_a_related_list_and_spaced_counts_are_read(script: Script) -> None:
    """A related list (相关推荐 and its headlines with stamps) ends at the comments' counts set
    apart from their labels (跟贴 12 参与 356); the comments under it are read, their writers'
    labels (网易北京市网友) are chrome."""
    lines = [convert(x, script) for x in (
        "星澜科技昨晚在深圳举行秋季新品发布会，正式推出旗下首款三折叠屏手机，起售价12999元。",
        "相关推荐", "三折叠屏手机要来了，铰链成最大难题", "2024-09-10 18:42",
        "折叠屏手机价格下探，万元以下成主流？", "2024-09-09 09:15",
        "跟贴 12 参与 356", "网易北京市网友", "三折叠好是好，就是这个价格劝退了", "2024-09-11 15:40 顶[58]",
        "网易广东省深圳市网友", "等9月20日去店里摸一下真机再说，铰链耐不耐用才是关键", "2024-09-11 16:02 顶[21]",
    )]
    chrome = set(split_lines(lines).chrome)
    assert {2, 6, 7, 10} <= chrome and not {8, 11} & chrome


def test_a_company_page_keeps_its_name_for_title() -> None:
    """A company's own page, headed by its registered name over its facts, has that name for
    title: the name only loses to a headline when a filing sets it over one."""
    for script in (Script.TRADITIONAL, Script.SIMPLIFIED):
        lines = [convert(x, script) for x in (
            "深圳市某某计算机系统有限公司", "法定代表人：马某某", "成立日期：1998-11-11", "注册资本：6500万人民币",
            "公司主要从事计算机软硬件的技术开发，业务覆盖社交、游戏与云服务，员工逾万人。",
        )]
        split = split_lines(lines)
        t = find_title(lines, split.body, split.chrome)
        assert t is not None and lines[t.line] == lines[0]
