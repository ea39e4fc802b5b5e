"""Chrome, titles and handles by the shape of a line and its neighbours, not by a page.

Made-up lines in the shapes of forum threads, group pages, answer pages, posts with a
caption, news pages with related lists: posters' names and ids, site and section names,
rows of menu words, badges, contact lines, credit captions, app prompts; in Traditional
and Simplified.  Every chrome shape has a story line next to it that must stay body.
"""

from datetime import date

import pytest

from tui.model.bloggers import find_handles
from tui.model.boilerplate import split_lines
from tui.model.build import build_article
from tui.model.line_shapes import Kind, classify, is_section_heading
from tui.model.scripts import Script, convert
from tui.model.title import find_title


def handles(text: str) -> list[str]:
    return [text[s:e] for s, e in find_handles(text)]


@pytest.mark.parametrize(
    "line",
    [
        "訂位請WhatsApp 9123 4567 或 email cakeshop@example.org",
        "预约请致电 138 1234 5678 或发邮件 shop@example.cn",
        "lin.bakery_hk",
        "Reply to [pid=123,1,1]Reply[/pid] Post by [uid=456]某某[/uid] (2024-01-19 15:30)",
        "小紅書美妝創作者",
        "快手美食达人",
        "上一篇：【週末散步】老街裡的書店",
        "下一篇：【周日话题】火锅先下肉还是先下菜？",
        "（資料來源：各公司官方微博@某某科技、@某某汽車）",
        "（数据来源：国家统计局网站）",
        "市民在公園賞花，圖片來源：Facebook@某某關注組",
        "老街最后一家照相馆。某某新闻记者 王小明 图",
        "打開某某新聞APP，查看原文",
        "打开某某新闻 查看精彩图片",
        "▶ 影片載入中…",
        "新增留言……",
        "添加评论",
        "查看全部 88 個回答",
        "查看全部 512 个回答",
        "3週 回覆",
        "不吃辣的猫 ip属地：四川",
        "板務人員：某甲、某乙",
        "分享：Facebook WhatsApp 複製連結",
        "Notice: The content above is uploaded and posted by a user of a platform, which only "
        "provides information storage services, and the platform does not endorse any of its "
        "views or take any responsibility for the content; readers should judge for themselves.",
        "最新讨论（更多）",
        "看更多某某新聞",
        "相关",
        "網易熱門跟貼",
        "加載更多留言",
        "B12",
        "已關注",
        "下一頁 ›",
        "下一篇文章：台北捷運新線通車",
        "延伸閱讀：颱風來了怎麼辦",
        "你可能也會喜歡",
        "本文經授權轉載自某某網",
        "本文转载自微信公众号某某",
        "原文網址：某某新聞",
        "Photo by someone on Unsplash",
        "訂閱電子報",
        "追蹤我們",
        "微博正文",
        "閱讀時間 12分鐘",
        "5 分钟 (阅读时间)",
        "A A A",
        "2024年10月4日 週五 上午9:15",
        "2023年6月2日（星期五）",
        "北京时间10时05分",
        "NNNN",
        "最後修訂日期：2023年6月2日",
        "Photograph: 某某攝影工作室",
        "头图来源：某某图库",
        "------------------------------",
        "請遵守本站討論區規則，勿發表人身攻擊言論",
        "本站會從合作商家賺取佣金。",
        "#台南# @某某小吃 @台南好好玩",
        "kiwi.cat 奇異果",
        "說",
        "回應 轉噗 喜歡",
        "点击进入专题：2024高考",
        "某某路口红绿灯故障问题（2024-01-15）",
        "社會 ／ 深度報導",
        "南城日報",
        "南城日報 記者王小明／高雄報導",
        "财经日报 李四海",
        "Pixel 是某某網的創作平台，我們鼓勵分享真實的生活經驗與想法。",
        "持續更新中",
        "即时更新",
        "本文來自微信公眾號：某某觀察（ID：abc2020），作者：某某，題圖來自：某某圖庫",
        "天猫 到手价129元",
        "值友5523871 爆料",
        "Time In 會從合作夥伴網站賺取佣金，但不影響我們的評分。",
        "文章標籤：牛肉麵　台南　小吃",
        "相关标签：台风　停课",
        "本篇已被閱讀 12,408 次",
        "此文章已被浏览 983 次",
        "贊助商連結",
        "原始連結",
        "回上一頁",
        "返回上一页",
        "看完這篇文章，你有什麼感想？",
        "目录　第一天 老城　第二天 海边　第三天 返程",
        "某某區公所 地址：830高雄市某某區某某路1號　總機：(07)123-4567",
        "某某财经APP 下载",
        "南城时报 记者 周小雨 杭州报道",
        "[南城日報] 2025年3月2日",
        "【南城晚报】2025-03-02（星期日）",
        "【纠错】　【责任编辑：王小明】",
        "【打印】【關閉】",
        "在小说阅读器中沉浸阅读",
    ],
)
def test_chrome_line_shapes(line: str) -> None:
    assert classify(line) is Kind.CHROME, line


@pytest.mark.parametrize(
    "line",
    [
        "回覆 #2：對，明天下午維修後才會換",
        "回复 #5：是的，我上周也遇到了",
        "我是个美食博主",
        "下载了这个APP以后，我每天都用",
        "打開冰箱一看全空了",
        "感謝攝影師 @abc.lens.hk 幫我哋影靚相 📸",
        "他說[b]很重要[/b]的事要講三遍",
        "关注我们身边的老人",
        "订阅制让他每个月多花了三百元，他说很不划算",
        "他說這條路的規則已經改過三次了",
        "上周去買還是八塊，看來要趕緊囤了",
        "预计阅读量会在明天翻倍，编辑部很紧张",
        "南城日報記者到場時，現場已經封鎖。",
        "他是某某平台的老用户，我们去年在上海见过一面。",
        "小熊 电饭煲 3L 到手价129元 史低",
        "最新消息傳出後，股價應聲上漲三成。",
        "這篇文章已被轉貼到各大社團，留言超過三百則。",
        "目錄裡的第一章就寫到他小時候的事。",
        "她說原始連結已經失效，只能去找備份。",
        "三、准考证打印",  # a notice's numbered section heading
        "（二）列印報名表",
    ],
)
def test_story_lines_that_look_a_little_like_chrome(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line


def _chrome(lines: list[str]) -> set[str]:
    split = split_lines(lines)
    return {lines[i] for i in split.chrome}


def test_a_forum_thread_head_and_posters() -> None:
    lines = [
        "某某電玩資訊站",
        "哈啦區 > 某某遊戲 哈啦板",
        "看板首頁 精華區 板規 討論串 創作",
        "【情報】新版本前瞻直播整理 週五晚上八點",
        "#1",
        "旅人小A abc123",
        "2024-08-12 21:15:33",
        "官方剛剛公告，前瞻直播在週五晚上開始，直播結束後會送三組兌換碼。",
        "#2",
        "布丁凍 pudding0921",
        "2024-08-12 21:30:02",
        "感謝整理！這次換池時間剛好在連假，官方太壞了。",
        "#3",
        "旅人小A abc123",
        "2024-08-12 21:41:18",
        "回覆 #2：對，當天下午維修後才會換",
    ]
    chrome = _chrome(lines)
    for line in ("某某電玩資訊站", "看板首頁 精華區 板規 討論串 創作", "旅人小A abc123", "布丁凍 pudding0921"):
        assert line in chrome, line
    for line in lines[7], lines[11], lines[15]:
        assert line not in chrome, line
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[3]


def test_a_group_page_head_and_its_related_list() -> None:
    lines = [
        "某瓣",
        "登录/注册 下载客户端",
        "某瓣小组",
        "首页 浏览发现 话题广场",
        "养猫互助小组",
        "【求助】猫咪半夜一直叫，邻居来敲门了怎么办？",
        "来自: 橘子不吃橘子 2024-06-18 22:41:07",
        "我上个月刚领养了一只两岁的猫，最近每天半夜都在叫，邻居已经来敲过两次门了。",
        "各位有没有遇到过类似的情况？",
        "最新讨论（更多）",
        "新手养猫要准备什么 06-18 21:30",
        "猫粮到底怎么选",
    ]
    chrome = _chrome(lines)
    for line in (lines[2], lines[3], lines[4], lines[9], lines[10], lines[11]):
        assert line in chrome, line
    assert lines[7] not in chrome and lines[8] not in chrome
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[5]


def test_an_answer_page_name_and_bio_between_counters() -> None:
    lines = [
        "某乎",
        "首页 发现 等你来答",
        "登录/注册",
        "工作三年想转行，是冲动还是清醒？",
        "关注者 1,203",
        "查看全部 88 个回答",
        "摸鱼的小猫",
        "设计师 / 前大厂 UI",
        "赞同了该回答的人有 1.2 万",
        "谢邀。先说结论：想清楚了再转，但别等想清楚等成了借口。",
    ]
    chrome = _chrome(lines)
    assert {lines[5], lines[6], lines[7]} <= chrome
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[3]
    assert a.paragraphs[0].text.simplified == lines[9]


def test_a_site_name_with_its_latin_name_and_the_footer_are_not_the_title() -> None:
    lines = [
        "某週刊 Example Weekly",
        "訂閱 會員專區 登入",
        "首頁 › 時事 › 社會",
        "【焦點】老市場攤商聯手抗漲租 議員喊話「別再裝睡」",
        "發布時間：2025.03.14 09:12",
        "老市場的攤商從去年底就開始抱怨租金一路上漲，自治會會長說每月租金已經漲了三成。",
        "市場處回應，協調會暫定下週二舉行，屆時將邀請地主代表出席。",
        "© 2025 某週刊 Example Weekly 版權所有",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[3]
    assert lines[0] in {b.original for b in a.boilerplate}


def test_an_outlet_over_its_byline_and_a_category_label_are_not_the_title() -> None:
    lines = [
        "南城經濟時報",
        "首頁　宏觀　金融　公司",
        "公司 > 快訊",
        "某某電子年報：營收增兩成　擬每股派1元",
        "南城經濟時報 記者 周小雨 杭州報道",
        "某某電子昨晚披露年報，全年營收增長兩成，南城經濟時報記者獲悉董事會擬每股派1元。",
        "公司表示，增長主要來自海外訂單。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[3]
    assert {lines[0], lines[4]} <= {b.original for b in a.boilerplate}
    lines = [
        "阿宏的廚房 :: 部落格 ::",
        "2023 Mar 05 Sun 09:12",
        "一鍋到底！電鍋滷肉飯，十分鐘備料不失敗",
        "「家常菜」",
        "個人分類：家常菜",
        "週末在家想吃滷肉飯，又懶得顧爐火，乾脆全部丟進電鍋，沒想到比外面賣的還好吃。",
        "「家常菜」這個分類裡，我最常做的就是這一道。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[2]
    assert lines[3] in {b.original for b in a.boilerplate}
    assert lines[6] not in {b.original for b in a.boilerplate}


def test_a_summary_card_and_a_menu_with_an_app_button_over_a_trip_note() -> None:
    lines = [
        "某某旅行",
        "目的地　攻略　酒店　機票　問答　APP下載",
        "遊記 > 台南遊記",
        "三天兩夜台南慢慢吃：老街、廟口和一碗牛肉湯",
        "發布於 2024-06-02",
        "出發時間 2024-05-10 / 出行天數 3天 / 人物 和家人 / 人均費用 3500元",
        "去台南這件事拖了好久，終於在五月成行，三天只做一件事：吃。",
        "早餐 80元 / 午餐 150元 / 晚餐 300元",
    ]
    chrome = _chrome(lines)
    assert {lines[1], lines[5]} <= chrome
    assert lines[6] not in chrome and lines[7] not in chrome


def test_the_author_under_a_headline_is_not_the_title() -> None:
    lines = [
        "某站",
        "专栏 > 科技 > 数码",
        "【实测】百元耳机横评：十款里只有三款值得买",
        "数码小辣椒",
        "2023年06月01日 10:00 · 阅读 3.2万",
        "这十款耳机是上个月陆续买的，全部自费，每天通勤各戴两小时。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[2]


def test_a_caption_opening_with_its_user_name_is_not_a_headline() -> None:
    lines = [
        "Instagram",
        "登入 註冊",
        "lin.bakery_hk",
        "已驗證 · 追蹤",
        "lin.bakery_hk 🧧新年限定蘿蔔糕開始預訂啦！",
        "今年我哋同 @foodie_daily 合作，推出XO醬蘿蔔糕，每盒兩磅。",
        "感謝攝影師 @abc.lens.hk 幫我哋影靚相 📸",
        "@foodie_daily @abc.lens.hk",
        "2週",
    ]
    a = build_article("\n".join(lines))
    assert a.title is None
    texts = [p.text.traditional for p in a.paragraphs]
    assert lines[4] in texts and lines[6] in texts


def test_a_related_list_after_a_see_more_heading() -> None:
    lines = [
        "寒流來襲 週末兩天最冷",
        "記者 王小明 / 台北報導",
        "今年入冬最強冷氣團今日報到，氣象署表示，明日清晨北部低溫只有8度。",
        "分享 LINE FB 複製連結",
        "看更多某某新聞",
        "寒流來襲　這3種人最該小心",
        "健康｜冬天手腳冰冷？醫師教你4招",
    ]
    chrome = _chrome(lines)
    assert {lines[4], lines[5], lines[6]} <= chrome
    assert lines[2] not in chrome


def test_a_short_last_reply_under_its_header_stays_and_a_short_question_is_the_title() -> None:
    lines = [
        "某某 討論區",
        "屯門有冇好嘢食推介？",
        "#1 食神二號 3 小時前",
        "最近搬咗嚟屯門，想問下有冇好嘢食推介？茶記、車仔麵都得。",
        "#2 屯門人 3 小時前",
        "市中心嗰間車仔麵唔錯，湯底好濃。",
        "#3 路人甲 2 小時前",
        "同意樓上",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[1]
    assert [p.text.traditional for p in a.paragraphs] == [lines[3], lines[5], lines[7]]
    assert lines[0] in {b.original for b in a.boilerplate}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("圖片來源：Facebook@某某交通關注組", ["@某某交通關注組"]),
        ("来源：微博@某某交通观察", ["@某某交通观察"]),
        ("感謝攝影師 @abc.lens.hk 幫忙", ["@abc.lens.hk"]),
        ("@food.lover.tw @cathy.lam_ 一齊？", ["@food.lover.tw", "@cathy.lam_"]),
        ("或 email cakeshop@outlook.com", []),
        ("写信到 @example.com 或 @news.com.tw", []),
        ("謝謝@小明的分享", ["@小明"]),
    ],
)
def test_handles_by_what_precedes_and_follows(text: str, expected: list[str]) -> None:
    assert handles(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        # dated related links, the stamp first
        "2024-03-05　社區運動會報名延長公告",
        "113-05-02　本所辦理防詐騙宣導講座",
        "2025/06/14(六)　河濱音樂會 新竹場",
        # attachments, a notice's sign-off, a shop's masked buyers
        "附件：社團報名表.pdf（下載次數：12）",
        "附件3：岗位需求汇总表.xlsx",
        "[文件] 五年级春游安排.docx",
        "總務處 敬啟",
        "教务处 谨启",
        "a***0　会员等级 ★★",
        "豆***子",
        # counted tabs, stamps after a label, issued-at notes, references
        "全部(1203)　好评(980)　有图(311)",
        "回复　支持(7)　反对(1)",
        "星期五 20:15",
        "昨天 08:40",
        "卖家回复于 2024-05-02",
        "以上預報由氣象站於2024年03月02日10時30分發出",
        "[2] 某某市体育局.2023年全民健身报告.某某日报,2023-12-01",
        "[5] City half marathon moved to spring after heavy rain.Example Times,March 2, 2021",
        "關注我們：Instagram @abc_weather_hk ｜ Threads @abc_weather_hk ｜ YouTube ｜ Facebook",
        # tools, app stores, follow-us rows, calls to action, chat and Telegram notices
        "中 | 英　文字大小 A A A",
        "下載「某某天氣」應用程式 App Store　Google Play",
        "關注我們：Instagram @abc_weather ｜ YouTube",
        "追蹤本會IG：@abc_club　活動消息不漏接",
        "某某手錶 Pro 現正預購中 立即了解 >",
        "立即購票",
        "“小米妈妈”撤回了一条消息",
        "你邀请“阿杰爸爸”加入了群聊",
        "Forwarded from 某某天氣台",
        "via @abc_news_bot",
        "群公告：本群只发通知，请勿刷屏。",
        "（根据现场速记整理，未经本人审阅）",
        "澎湃新聞報料：021-12345678",
        "相關公告",
        "相关专栏",
        "相關欄目",
        "参考资料",
        "目录",
        "公告單位：總務處　發布人：組長王小明　發布日期：2024-03-01　點閱：88",
        # a release's labels, promo links under an arrow, attachments, commenters' numbers
        "即時發布",
        "For Immediate Release",
        "－完－",
        "媒體聯絡：",
        "本文來源：某某晚報",
        "►獨家／夜市攤商聯名推新品　限量開賣",
        "▶ 這份暑假書單請收好",
        "附件：",
        "報名須知.pdf（88KB）",
        "活動報名表.docx",
        "某某之家网友 1234567",
        "如对本文有异议，请联系 abc@example.com",
        "某某報歡迎讀者來稿，請點此投稿",
        "[啟動LINE推播] 每日新聞通知",
        "（2023）某02民初4521号",
        "某政发〔2023〕7号",
        "作者",
    ],
)
def test_chrome_line_shapes_of_notices_shops_and_channels(line: str) -> None:
    assert classify(line) is Kind.CHROME, line


@pytest.mark.parametrize(
    "line",
    [
        # a schedule under a bare label, a product's facts, prices, spec rows
        "時間:113年5月4日(星期六)上午10時至12時",
        "时间：6月1日下午2点",
        "生產日期：2024/5/3",
        "店铺优惠：满300减30　满600减80",
        "价格 ¥128.00　券后 ¥99.00",
        # the page's own price first, with how many were sold (a deal widget names a shop)
        "¥359.00　已售 2,046 件",
        "￥88　月銷 500+",
        "重量1.2kg｜續航18小時｜螢幕6.1英寸",
        "全票 NT$1,500／學生票 NT$900",
        "2024年3月5日，社區運動會在河濱公園舉行，共有三百人參加。",
        "附件裡的報名表記得簽名。",
        "新聞稿寫得很清楚，活動改到下週。",
    ],
)
def test_content_lines_of_notices_and_shops_stay(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line


def test_a_product_page_keeps_its_facts_and_a_record_loses_its_fields() -> None:
    facts = ["產地：雲南省普洱市", "採收時間:2024年4月1日—4月9日", "淨重：357克"]
    story = "我們家的茶園在山上，今年春天雨水少，茶葉反而更香。"
    chrome = _chrome([*facts, story])
    assert not chrome & set(facts)
    record = ["留言類型：建議  領域：環保", "辦理狀態：處理中"]
    assert set(record) <= _chrome([*record, story])


def test_names_repeated_over_each_message_are_chrome_and_replies_stay() -> None:
    lines = [
        "某某社區群",
        "陳老師（導師）",
        "各位家長好，明天校外教學請帶雨具，早上七點半在校門口集合。",
        "小安媽媽",
        "收到",
        "阿傑爸爸",
        "收到，謝謝老師！",
        "陳老師（導師）",
        "補充一下，午餐學校會準備，不用另外帶便當。",
        "小安媽媽",
        "好的",
    ]
    chrome = _chrome(lines)
    assert {"陳老師（導師）", "小安媽媽"} <= chrome
    for line in ("收到", "收到，謝謝老師！", "好的", lines[2], lines[8]):
        assert line not in chrome, line


def test_an_office_that_heads_and_signs_a_notice_is_not_the_title() -> None:
    lines = [
        "某某市交通運輸局",
        "首頁 機關介紹 政策法規 便民服務 新聞發布",
        "當前位置：首頁 > 通知公告",
        "關於河濱路段夜間施工交通管制的通告",
        "發布時間：2024-06-03 10:00　來源：市交通局",
        "因管線工程需要，河濱路段將於6月10日至6月20日每晚22時至次日5時封閉施工，請市民改道行駛。",
        "某某市交通運輸局",
        "2024年6月3日",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[3]
    assert lines[0] in {b.original for b in a.boilerplate}
    assert lines[1] in {b.original for b in a.boilerplate}


# The story's own tables, lists and facts (issue 8, round 5): rows that continue one another
# inside the story stay body; the same shapes in a head, a foot or a related list stay chrome.
_NEWS_HEAD = [
    "某某新聞網",
    "首頁 即時 政治 社會 生活 國際",
    "首頁 > 生活",
    "河濱公園週末市集人潮湧現　攤商業績翻倍",
    "2025/05/04 10:20　記者王小明／台中報導",
]


def test_a_table_of_bars_with_a_header_row_stays_in_the_story() -> None:
    lines = [
        *_NEWS_HEAD,
        "河濱公園市集本週末登場，主辦單位說，今年攤位比去年多了三成，預計吸引上萬人次。",
        "市集活動時間表（以主辦單位公告為準）",
        "日期｜時段｜活動",
        "5/10(六)｜上午10時｜開幕表演",
        "5/11(日)｜下午3時｜親子手作",
        "5/17(六)｜晚間7時｜河畔音樂會",
        "主辦單位也提醒，現場停車位有限，建議民眾搭乘公車前往。",
        "關於我們｜服務條款｜隱私權政策｜聯絡我們",
    ]
    chrome = _chrome(lines)
    for row in lines[7:11]:
        assert row not in chrome, row
    assert lines[-1] in chrome


def test_result_rows_and_a_route_itinerary_stay_in_the_story() -> None:
    lines = [
        "某某旅行社区",
        "首页 目的地 攻略 酒店 社区",
        "游记 > 四川 > 成都",
        "五一川西小环线，5天自驾路线和花费全记录",
        "小鹿去旅行　2025-05-08 20:15　阅读 1.1万",
        "今年五一我们从成都出发自驾川西，路上车不算多，但景区排队很久，下面是每天的路线。",
        "D1｜5.1（周四）成都→雅安→泸定",
        "D2｜5.2（周五）泸定→新都桥，看日落",
        "D3｜5.3（周六）新都桥→塔公→八美",
        "整体下来最推荐塔公草原，人少景美，记得带好防晒。",
        "三号 张某某｜无党籍｜12,034票｜40.1%",
        "四号 李某某｜某某党｜17,966票｜59.9%",
        "以上结果为网友整理，仅供参考，最终以官方公告为准。",
    ]
    chrome = _chrome(lines)
    for row in (*lines[6:9], *lines[10:12]):
        assert row not in chrome, row
    assert lines[2] in chrome


def test_a_numbered_list_inside_the_story_stays_and_a_hot_list_after_its_heading_goes() -> None:
    lines = [
        *_NEWS_HEAD,
        "樂團昨晚在河濱公園開唱，全場大合唱，氣氛熱烈，主唱更在安可時哽咽致謝。",
        "當晚歌單：",
        "1. 晨光",
        "2. 遠方",
        "3. 河岸",
        "4. 再見夏天",
        "樂團表示，年底還會再辦一場戶外演出，詳細日期將另行公布。",
        "熱門新聞",
        "1. 颱風週末接近　氣象署：最快明天發海警",
        "2. 台積電法說會今登場",
    ]
    chrome = _chrome(lines)
    for row in lines[7:11]:
        assert row not in chrome, row
    assert {lines[-2], lines[-1]} <= chrome


def test_labelled_facts_of_the_story_stay_and_a_records_stamps_go() -> None:
    lines = [
        "某某游戏官方网站",
        "首页 新闻 资料 社区 充值",
        "首页 > 新闻 > 公告",
        "服务器停机维护公告",
        "发布时间：2025-03-02 17:00　来源：运营团队",
        "亲爱的玩家：我们将于3月4日凌晨进行停机维护，维护期间无法登录游戏，请提前做好准备。",
        "维护时间：2025/03/04 02:00 - 08:00",
        "维护范围：全部服务器",
        "补偿内容：钻石×200",
        "如有疑问，请留意官方公告，感谢大家的理解与支持。",
        "咨询电话：010-1234 5678（工作日9:00-18:00）",
        "电子邮箱：help@game-example.cn",
        "某某游戏运营团队",
        "2025年3月2日",
    ]
    chrome = _chrome(lines)
    for row in (*lines[6:9], *lines[10:12]):
        assert row not in chrome, row
    assert {lines[4], lines[-1]} <= chrome


def test_a_bracketed_heading_over_the_storys_facts_stays() -> None:
    lines = [
        *_NEWS_HEAD,
        "氣象署今天清晨發布地震報告，花蓮外海發生有感地震，多個縣市都感受到明顯搖晃。",
        "【地震資訊】",
        "震央位置：花蓮縣政府東方30公里",
        "地震深度：15.0公里",
        "芮氏規模：5.1",
        "氣象署提醒，未來一週仍可能有規模4左右的餘震，民眾應注意居家安全。",
    ]
    chrome = _chrome(lines)
    for row in lines[6:10]:
        assert row not in chrome, row


def test_comments_after_a_related_list_are_read() -> None:
    lines = [
        *_NEWS_HEAD,
        "市集今年首度加入夜間場次，攤商說晚上的客人比白天更多，營業額也翻了一倍。",
        "相關文章",
        "夜市攤商拚轉型　文創攤位增加　2025-04-20",
        "留言 2",
        "小花　2025-05-04 12:10",
        "上週去逛真的人超多，推薦那家手工果醬",
        "回覆",
        "阿明　2025-05-04 13:40",
        "@小花 同意！下次一起去？",
        "回覆",
    ]
    chrome = _chrome(lines)
    assert {lines[6], lines[7], lines[8]} <= chrome
    for line in (lines[10], lines[13]):
        assert line not in chrome, line


@pytest.mark.parametrize(
    "line",
    [
        "江城队 88 : 85 海港队　已结束",
        "紅隊 3 : 1 藍隊　完場",
        "有问题欢迎私信，或者发邮件到 reader2024@mail-example.com（周末回复）",
    ],
)
def test_a_score_and_a_writers_words_around_an_address_are_not_chrome(line: str) -> None:
    lines = [*_NEWS_HEAD, "今天的比赛很精彩，两队一直打到最后一分钟才分出胜负。", line, "赛后两队球员互相致意。"]
    assert line not in _chrome(lines)


@pytest.mark.parametrize(
    "line",
    [
        "今日：2025年2月1日　星期六　乙巳年正月初四",
        "今天：2024年9月17日 星期二",
        "如有新闻线索，欢迎发邮件至 tips@news-example.cn",
    ],
)
def test_a_today_line_and_a_tip_line_are_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME, line


@pytest.mark.parametrize(
    "line",
    [
        "剛剛翻了月曆才發現端午連假有四天",
        "刚刚看完发布会，这次的降价幅度比我想的大",
    ],
)
def test_just_now_opening_a_sentence_is_no_post_stamp(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line
    assert classify("刚刚 · 来自iPhone客户端") is Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "06-14 · 浙江",
        "湖南 · 赞 57",
        "3小时前 · 北京",
        "收起回复",
        "送TA礼物　回复",
        "翻譯",
        "A- A+",
        "載入更多",
        "市集攤位前大排長龍。（資料圖片）",
        "新店開幕當日人潮不斷。（某報圖片）",
        "（IG圖片@street_walker_hk）",
    ],
)
def test_comment_stamps_buttons_and_captions_are_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME, line


@pytest.mark.parametrize("line", ["收到收到", "湖南 · 长沙", "請看圖片。", "回复楼上，我也去过"])
def test_a_short_reply_and_a_place_are_not_buttons_or_stamps(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line


def test_commenters_names_between_their_comments_stamps() -> None:
    lines = [
        *_NEWS_HEAD,
        "市集今年首度延長到晚上十點，主辦單位表示，攤位數量比去年多出三成。",
        "攤商也說，延長營業後晚上的客人明顯變多，營業額大約翻倍。",
        "全部留言 3",
        "愛逛市集的阿貓",
        "上週去過一次，晚上比較涼快，人也沒有那麼擠",
        "05-04 · 台中",
        "作者",
        "謝謝支持，下個月還會再去採訪",
        "05-04 · 台北",
        "夜貓子",
        "希望明年也能延長，平日下班才來得及逛",
        "05-05 · 彰化",
    ]
    chrome = _chrome(lines)
    assert {"愛逛市集的阿貓", "作者", "夜貓子", "05-04 · 台中", "05-05 · 彰化"} <= chrome
    for line in [*lines[5:7], lines[9], lines[12], lines[15]]:
        assert line not in chrome, line


def test_a_subheading_between_a_caption_and_its_paragraph_stays() -> None:
    lines = [
        *_NEWS_HEAD,
        "市集今年首度延長到晚上十點，主辦單位表示，攤位數量比去年多出三成。",
        "河濱公園入口。（資料圖片）",
        "交通管制",
        "警方表示，週末晚間將在公園周邊實施交通管制，請民眾多利用大眾運輸。",
        "市府也提醒，現場禁止使用一次性餐具。",
    ]
    assert "交通管制" not in _chrome(lines)


def test_a_reply_reference_under_its_posts_header_is_read() -> None:
    lines = [
        "某某討論區",
        "吹水台　時事台　財經台　登入",
        "時事台",
        "【討論】今年煙花匯演去邊度睇最好？",
        "#1　海旁阿叔　2 日前",
        "今年煙花匯演改咗喺中環海濱，唔知尖沙咀嗰邊仲睇唔睇到，有冇人有經驗？",
        "#2　夜貓仔　2 日前",
        "回覆 #1",
        "尖沙咀一定睇到，不過要早啲去霸位，我上年五點已經冇位企。",
    ]
    chrome = _chrome(lines)
    assert "回覆 #1" not in chrome
    assert {"時事台", "#2　夜貓仔　2 日前"} <= chrome


def test_a_label_list_under_a_sentence_that_announces_it_is_the_story() -> None:
    # a list of places under "…包括：" is the story's; the same rows alone are a record's fields
    story = [
        "區議會今日公布，農曆新年期間會增設臨時回收點，方便市民處理年貨包裝。",
        "增設回收點的屋苑包括：",
        "東區：海景花園、鯉魚門邨",
        "南區：華富邨",
        "回收點開放至正月十五，詳情可瀏覽區議會網頁。",
    ]
    chrome = _chrome(story)
    assert "東區：海景花園、鯉魚門邨" not in chrome and "南區：華富邨" not in chrome
    record = [
        "小区门口路灯坏了一个多月，晚上回家很不安全，希望尽快修好。",
        "留言对象：某某区城管局",
        "办理状态：已回复",
        "回复内容如下，请查收。这件事我们已经安排人员处理，预计本周修复。",
    ]
    assert {"留言对象：某某区城管局", "办理状态：已回复"} <= _chrome(record)


def test_rows_of_terms_next_to_chrome_are_chrome() -> None:
    lines = [
        "某某问答",
        "首页　发现　等你来答　搜索",
        "咖啡　手冲咖啡　咖啡豆",
        "在家手冲咖啡需要买哪些器材？",
        "关注问题　写回答　邀请回答",
        "先说结论：一把手冲壶、一个滤杯和一台磨豆机就够了，其他的都可以慢慢添。",
        "我自己入门时买了一堆东西，后来发现真正天天用的就这三样。",
        "＃咖啡　＃器材推荐　＃新手入门",
        "相关推荐",
    ]
    chrome = _chrome(lines)
    assert {"咖啡　手冲咖啡　咖啡豆", "＃咖啡　＃器材推荐　＃新手入门"} <= chrome
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == "在家手冲咖啡需要买哪些器材？"
    # inside the story, between its own lines, a row of terms is the story's list
    story = [
        "今年的年货市集分成三个区，每个区都有不同的主题，逛一圈大概要两个小时。",
        "美食区　手作区　花市区",
        "主办方说，三个区的摊位比去年多了一百个，周末人会比较多。",
    ]
    assert "美食区　手作区　花市区" not in _chrome(story)


def test_a_videos_chapters_and_a_comment_lists_sort_switch() -> None:
    lines = [
        "第一次自己换自行车内胎，比想象中简单，全程只用了二十分钟，工具也很便宜。",
        "0:00 准备工具",
        "1:20 拆下轮胎",
        "5:45 换上新内胎",
        "评论 88",
        "最热　最新",
        "爱骑车的小明",
        "收藏了，下次爆胎就照着做，谢谢分享！",
        "2025-03-02 20:11　赞 12　回复",
    ]
    chrome = _chrome(lines)
    # (the chapters are the uploader's outline of the video, which a reader reads: since the
    # fortieth session they stay, as the later annotators keep them)
    assert not {"0:00 准备工具", "1:20 拆下轮胎", "5:45 换上新内胎"} & chrome
    assert "最热　最新" in chrome
    assert "爱骑车的小明" in chrome
    assert "收藏了，下次爆胎就照着做，谢谢分享！" not in chrome
    # a schedule starts at its first hour, not at 0:00: the story's own
    agenda = [
        "研討會將在週六舉行，議程如下，歡迎有興趣的市民報名參加，名額有限。",
        "09:00 報到",
        "09:30 開幕致詞",
        "10:00 專題演講",
        "報名請至主辦單位網站填寫表單，額滿為止。",
    ]
    assert not {"09:00 報到", "09:30 開幕致詞", "10:00 專題演講"} & _chrome(agenda)


@pytest.mark.parametrize(
    "line",
    [
        "河濱公園夜市下月起延長營業 攤商：終於等到了　2024/10/02",
        "某某品牌新款耳机曝光，续航提升三成　2023/8/15",
        "某某新聞網提醒您：喝酒不開車，安全有保障。",
        "快來追蹤我們的YouTube頻道！",
        "热爱露营的上班族｜商务合作请私信",
        "欢迎扫描下方二维码关注我们的官方微信",
        "附件：活動場地平面圖（PDF格式）",
        "活动海报.jpg　场地示意图.png",
        "＊＊＊＊＊＊＊＊＊＊＊＊",
        "文字｜王小明",
        "文號：某某發〔2025〕3號",
        "這篇評論可能有劇透",
        "小貓咪 2024年7月1日 下午3:20",
        "某某财经记者 | 林小雨",
        "news / 地方 / 台南市",
        "更多某某新聞：IG@example_news",
        "关注我们，了解本地吃喝玩乐",
        "抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。",
    ],
)
def test_more_shapes_a_reader_skips(line: str) -> None:
    assert classify(line) is Kind.CHROME, line


@pytest.mark.parametrize(
    "line",
    [
        "第二次會議日期　2024/11/04",
        "第一階段線上報名截止　2024/11/04",
        "兩間公司將展開商務合作，並在明年推出新產品。",
    ],
)
def test_a_labels_date_and_a_story_sentence_are_not_those_shapes(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line


def test_short_replies_without_punctuation_stay_and_a_price_list_is_the_story() -> None:
    lines = [
        "某某討論區",
        "首頁　熱門　看板　登入",
        "換季衣服怎麼收納？",
        "#1",
        "衣櫃小幫手",
        "2024-10-02 21:15:33",
        "上週末整理了一整天，分享一下我買的收納用品，給大家參考。",
        "真空收納袋　450",
        "衣物分隔板＋掛勾　1,260",
        "除濕盒　320",
        "合計一千多，比想像中便宜很多。",
        "#2",
        "路過的阿明",
        "2024-10-02 21:30:02",
        "回A1 真空袋其實也會漏氣啦",
        "#3",
        "茶樓阿叔",
        "2024-10-02 21:41:18",
        "不過記住唔好放太耐",
        "多謝晒，聽日就去買，再上嚟講下用後感",
        "回覆　分享　舉報",
        "© 2024 某某討論區",
    ]
    chrome = _chrome(lines)
    for line in ("首頁　熱門　看板　登入", "回覆　分享　舉報", "路過的阿明", "茶樓阿叔"):
        assert line in chrome, line
    for line in lines[7:10] + lines[14:15] + lines[18:20]:
        assert line not in chrome, line


def test_a_row_of_counters_is_still_chrome() -> None:
    body = "公司今天宣布新計劃，預計下週上線，將持續到年底。"
    lines = ["某某公眾號", "標題在這裡", body, body, "閱讀 1,234", "點讚 56", "在看 12"]
    chrome = _chrome(lines)
    for line in lines[-3:]:
        assert line in chrome, line


def test_the_lines_under_a_releases_media_contact_are_chrome() -> None:
    story = "某某公司今日宣布推出新系列產品，將於下月在全港分店發售，售價由三十八元起。"
    lines = ["某某公司", "新聞稿", story, story, "", "傳媒查詢：", "某某公關顧問有限公司",
             "陳小姐　電話：2345 6789", "", story]  # fmt: skip
    chrome = _chrome(lines)
    assert {"傳媒查詢：", "某某公關顧問有限公司"} <= chrome
    assert story not in chrome


def test_a_commenters_name_over_a_long_stamped_button_row() -> None:
    story = "某某公司今天發布新款平板，售價兩千九百九十九元起，下週一開始預購。"
    lines = [
        "某某科技", story, story, "最新評論",
        "數碼小白兔",
        "這個價位真的香，等首發優惠再買",
        "2024/9/12 10:21:37　iPhone 15 Pro Max　回覆　支持(12)　反對(1)",
        "夜貓子阿傑",
        "希望續航能好一點，上一代太耗電了",
        "2024/9/12 10:33:12　Android　回覆　支持(8)　反對(0)",
        "© 2024 某某科技",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert "夜貓子阿傑" in chrome
    assert {lines[5], lines[8]}.isdisjoint(chrome)


def test_the_storys_contact_fields_stay_and_a_press_officer_or_letterhead_goes() -> None:
    lines = [
        *_NEWS_HEAD,
        "日期：2025/12/6（六）至 2025/12/7（日）",
        "地點：江城文創園區 B棟廣場",
        "江城文創園區今年冬季市集邀請40個在地品牌參加，現場也有手作體驗與街頭表演。",
        "攤位名單將於下週公布，歡迎追蹤粉專留意最新消息。",
        "查詢：2345 6789　電郵：market@jiangcheng-park.example.tw",
        "（作者為文創園區志工，讀者來函可寄 letters@jiangcheng-news.example.tw）",
        "聯絡人：陳小姐　電話：2345 6790",
        "地址：220江城市文化路99號　電話：(02)2345-6700　傳真：(02)2345-6701",
    ]
    chrome = _chrome(lines)
    for row in (lines[5], lines[9], lines[10]):
        assert row not in chrome, row
    assert {lines[11], lines[12]} <= chrome


@pytest.mark.parametrize("heading", ["你可能有興趣", "您或許也會喜歡", "你可能感兴趣"])
def test_events_listed_under_a_you_may_like_heading_are_chrome(heading: str) -> None:
    lines = [
        *_NEWS_HEAD,
        "江城文創園區今年冬季市集邀請40個在地品牌參加，現場也有手作體驗與街頭表演。",
        "攤位名單將於下週公布，歡迎追蹤粉專留意最新消息。",
        heading,
        "文創設計週末　11月1日至2日",
        "聖誕手作燈籠工作坊　12月20日",
    ]
    chrome = _chrome(lines)
    assert set(lines[7:]) <= chrome
    assert lines[5] not in chrome


def test_a_commenter_over_a_comment_whose_stamp_starts_with_a_region() -> None:
    lines = [
        "外婆的桂花糕，又到一年做糕时",
        "原创 山居小记 山居小记 2025年9月28日 08:00 浙江",
        "山居小记",
        "在小说阅读器中沉浸阅读",
        "桂花开了，外婆又在院子里摆好了蒸笼，一笼一笼地蒸糕，满屋子都是甜香。",
        "今年的糕开放少量预订，十块一份，下周一统一发货。",
        "写留言",
        "一只小橘猫",
        "去年买过，真的是小时候的味道！",
        "浙江　9月28日　赞 12",
        "竹林听雨",
        "能寄到北方吗？",
        "北京　9月28日　赞 3",
    ]
    chrome = _chrome(lines)
    assert {lines[3], lines[9], lines[10], lines[12]} <= chrome
    for row in (lines[4], lines[8], lines[11]):
        assert row not in chrome, row


def test_a_board_name_under_the_menu_is_chrome() -> None:
    lines = [
        "某某論壇",
        "熱門　追蹤　看板　登入／註冊",
        "閒聊板",
        "台南那間排隊豆花是不是又漲價了？",
        "匿名",
        "2025年5月4日 21:17",
        "昨天下午去吃，結果價目表從40變成55，老闆說紅豆漲太多。",
    ]
    chrome = _chrome(lines)
    assert lines[2] in chrome
    assert lines[6] not in chrome


def test_a_newsrooms_hotline_under_the_story_stays_chrome() -> None:
    lines = [
        "某某日报",
        "首页 > 社会",
        "某某路段今起封闭施工",
        "2024-03-05 10:00　来源：某某日报",
        "记者从市交通局获悉，某某路将于今日起封闭施工，预计持续两个月，市民出行请绕行。",
        "新闻热线：010-12345678　读者邮箱：reader@example.cn",
        "京ICP备12345678号",
    ]
    assert lines[5] in _chrome(lines)
@pytest.mark.parametrize(
    "line",
    [
        "※每逢連假本館皆延長開放時間，詳情請見本館官網公告。",
        "※活动当天如遇暴雨，将另行通知改期，敬请留意短信。",
        "※活動如遇颱風停辦，將另行公告",
    ],
)
def test_a_note_sentence_under_a_notice_is_body(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line
    assert classify("※ 發信站: 某某實業坊(abc.cc), 來自: 1.2.3.4 (臺灣)") is Kind.CHROME


def test_the_next_item_of_a_notices_numbered_list_keeps_its_contact() -> None:
    story = "為推廣閱讀，本館今年舉辦暑期說故事活動，歡迎家長帶孩子一同參加。"
    for lines in (
        ["某某圖書館", story, "一、活動地點：本館三樓", "二、洽詢電話：(02)1234-5678",
         "三、電子信箱：reading@example.org.tw", story, "© 某某圖書館"],
        ["某某区街道办", story, "1. 报名地点：社区服务中心", "2. 咨询电话：010-1234 5678",
         "3. 邮箱：service@example.cn", story, "版权所有 某某区街道办"],
    ):  # fmt: skip
        assert {lines[3], lines[4]}.isdisjoint(_chrome(lines)), lines
        assert lines[-1] in _chrome(lines)


@pytest.mark.parametrize(
    "line",
    [
        "樓上兩位可以留意康文署網頁，或者電郵查詢：enquiry@example.gov.hk",
        "照片很好看欸，下次可以找我拍，合作請寄chenphoto.tw@example.com",
        "文旅局公众号昨天发了预告，明天下午公布具体方案，投稿邮箱lj_wenlv@example.com",
        "有咩問題可以email佢哋 booking@example.com.hk",
    ],
)
def test_a_replys_clauses_that_end_on_an_e_mail_address_are_body(line: str) -> None:
    assert classify(line) is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "如有线索，欢迎发送邮件至 tips@example.com",
        "📷 摄影：我的搭子阿明（她接约拍，邮箱photo@example.com）",
    ],
)
def test_a_sites_prompt_or_a_credit_that_ends_on_an_e_mail_address_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME


def test_a_notices_numbered_item_that_gives_a_phone_is_body() -> None:
    assert classify("六、洽詢方式：人文課王小姐，電話：(02)2723-9777分機321") is not Kind.CHROME
    assert classify("（三）联系电话：0571-8888 1234") is not Kind.CHROME
    assert classify("客服電話：(02)2723-9777") is Kind.CHROME  # a site's own line, unnumbered


def test_a_longer_reply_that_gives_an_e_mail_and_talks_is_body() -> None:
    story = "今年中秋想同屋企人去長洲食月餅，聽講要排隊。有冇人知邊間最好食？"
    reply = "想訂可以電郵 cake@example.hk，@abc_bakery話截單係下星期五，遲咗就冇㗎啦"
    lines = ["某某討論區", story, "路人甲", "發表於 2025-9-1 22:41", reply,
             "路人乙", "發表於 2025-9-1 23:01", "多謝晒！聽日即刻去訂。", "Copyright © 2025 某某討論區"]  # fmt: skip
    assert reply not in _chrome(lines)


def test_a_replys_last_line_without_a_full_stop_over_its_floor_stamp_is_body() -> None:
    story = "下个月想带爸妈去厦门玩三天，鼓浪屿那边住哪里比较方便。"
    last = "另外八月台风比较多，出发前记得看看天气预报"
    lines = ["某某吧", story, "6楼　2025-07-14 21:30", "老厦门", "住曾厝垵就行，晚上也热闹。",
             last, "7楼　2025-07-14 21:41", "好的，谢谢大家。", "©2025 某某贴吧"]  # fmt: skip
    chrome = _chrome(lines)
    assert last not in chrome
    assert "老厦门" in chrome


def test_a_comments_region_and_day_is_chrome_and_no_event() -> None:
    """WeChat's selected comments: the writer, the region and day (浙江11月18日), the text."""
    assert classify("浙江11月18日") is Kind.CHROME
    assert classify("上海 11月18日") is Kind.CHROME
    assert classify("我们11月18日见") is not Kind.CHROME
    assert classify("国庆节10月1日") is not Kind.CHROME
    lines = ["精选留言", "小满", "浙江11月18日", "去年冬至来过，饺子超好吃！今年一定带朋友来", "作者",
             "好的，等你们～本周五也欢迎来听诗"]  # fmt: skip
    story = ["西湖边的书房", "一家书店的第五个秋天，我们在龙井村办了一场读书会，来了三十多位读者。"]
    a = build_article("\n".join([*story, *lines]), today=date(2024, 11, 20))
    assert "11月18日" not in [e.text.original for e in a.timeline]


def test_an_embedded_posts_foot_is_chrome_and_its_handle_counts() -> None:
    """X's embed: the quoted text, then — name (@handle) Month D, YYYY: a stamp, not an event."""
    foot = "— LAKE BAND (@lakeband_staff) June 3, 2025"
    assert classify(foot) is Kind.CHROME
    story = ["樂團官方X帳號今（3）日發文致歉，表示巡演台北站延期，已購票觀眾可申請全額退款。",
             "台北公演延期のお知らせ。", foot, "主辦單位表示，新演出日期最快要到下半年才會公布。"]  # fmt: skip
    a = build_article("\n".join(story), today=date(2025, 6, 3))
    assert "June 3, 2025" not in [e.text.original for e in a.timeline]
    assert "lakeband_staff" in {b.handle.original for b in [*a.bloggers, *a.credited]}


def test_a_one_clause_comment_that_asks_or_tells_is_no_posters_name() -> None:
    """Under a floor's number, or between a commenter's name and stamp, a line that asks
    (会不会, …吗) or tells in the first person (我哋…) is the comment, not a name."""
    asks = "工作日去人会不会少一点"
    lines = ["某某笔记", "婺源油菜花实测，错峰去真的刚刚好，今年总算看到了。", "共 3 条评论",
             "橘子汽水", "月底前还来得及吗", "03-15 浙江", "回复", "大漠孤烟", asks, "03-16 北京", "回复"]  # fmt: skip
    assert asks not in _chrome(lines)
    tells = "我哋冬至嗰晚食飯時已經順手訂埋"
    lines = ["某某討論區", "標題: 團年飯邊度食好", "屯門師奶", "發表於 2025-1-22 23:05", "1#",
             "今日先諗起未訂團年飯，打咗幾間酒樓都話年三十晚爆滿。", "回覆 引用 TOP", "將軍澳Ricky",
             "發表於 2025-1-23 08:41", "3#", tells, "提提你年三十晚好多酒樓做兩轉", "回覆 引用 TOP"]  # fmt: skip
    assert tells not in _chrome(lines)


def test_a_post_in_short_lines_that_mostly_state_without_particles_is_body() -> None:
    """A Dcard post without full stops: one line talks (我…也…), the others state plainly in
    ten hanzi or more; the post is body, not the page's head."""
    post = ["剛剛下班經過看到門口貼公告", "說做到3月15日就不做了", "老闆娘說房東要收回去改建",
            "我大一就開始吃 算一算也吃了五年多", "印象最深是前年聖誕節那天晚上排到樓梯口",
            "附上上個月拍的牛肉麵"]  # fmt: skip
    lines = ["某某論壇", "登入 / 註冊", "下載 App", "熱門 最新 追蹤", "美食",
             "車站地下街 一間開了30年的麵店要收了", "某某大學", "2025年2月20日 22:41", "#心得 #台北",
             *post, "圖片", "1,203 心情 · 86 則留言", "共 86 則留言"]  # fmt: skip
    chrome = _chrome(lines)
    assert not set(post) & chrome, set(post) & chrome


def test_an_event_pages_related_programmes_and_their_dates_are_chrome() -> None:
    """相關節目 over other events' names and date lines: a list of links, no events."""
    lines = ["某某署", "主頁 > 節目及活動 > 元宵綵燈會", "元宵綵燈會2025（沙田）",
             "本署將於沙田公園舉辦綵燈會，展出大型綵燈，另有民間藝術表演及燈謎競猜。",
             "日期：2025年2月7日（星期五）至2月16日（星期日）", "相關節目", "中秋綵燈會2024（維多利亞公園）",
             "2024年9月13日至9月22日", "新春花市2025", "2025年1月22日至1月28日", "2025 © | 重要告示 | 私隱政策"]  # fmt: skip
    chrome = _chrome(lines)
    assert {"相關節目", "中秋綵燈會2024（維多利亞公園）", "2024年9月13日至9月22日"} <= chrome
    a = build_article("\n".join(lines), today=date(2025, 1, 20))
    assert "2024年9月13日至9月22日" not in [e.text.original for e in a.timeline]


def test_a_floors_text_under_its_stamp_and_number_is_body() -> None:
    """Discuz: the poster, 發表於 and the stamp, the floor's number (1#), then the post in
    short lines set apart by spaces."""
    post = ["聽講維園年宵今年2月10日至16日搞 年廿九通宵", "上年年廿八去 啲桃花貴到癲"]
    lines = ["某某討論區", "登入 | 註冊", "首頁 › 吹水版 › 飲食男女 › 年宵花市今年去邊個好？", "查看: 8521 | 回覆: 36",
             "[吹水] 年宵花市今年去邊個好？", "阿狗仔樂園", "發表於 2026-2-10 13:22 | 只看該作者", "1#", *post,
             "回覆 引用", "食飯先啦", "發表於 2026-2-10 13:40 | 只看該作者", "2#"]  # fmt: skip
    assert not set(post) & _chrome(lines)


def test_a_call_to_follow_then_the_storys_news_is_body() -> None:
    assert classify("也歡迎追蹤我們的IG@bakery.daily，預購名單抽獎將於5/12公布") is not Kind.CHROME
    assert classify("歡迎追蹤我們的IG@bakery.daily") is Kind.CHROME
    assert classify("关注我们，获取更多资讯") is Kind.CHROME


def test_a_push_from_an_id_that_holds_a_banner_word_is_body() -> None:
    """cookie is a banner's word alone, not inside a poster's id (→ cookiemonster: …)."""
    assert classify("→ cookiemonster: 月餅比我還老                 09/13 21:33") is not Kind.CHROME
    assert classify("本網站使用 cookie 以提升瀏覽體驗") is Kind.CHROME


def test_a_posts_line_of_talk_with_a_menu_word_in_the_head_is_body() -> None:
    line = "前天@山城美食地图推荐的这家 说是开了二十几年"
    lines = ["某某头条", "打开某某头条，查看更多精彩内容", "打开", "重庆的老陈说美食",
             "2025-08-03 19:45 · 重庆 · 美食领域创作者", "关注", "在解放碑排了一个半小时的小面 终于吃上了", line,
             "老板说8月10日到17日要关门休息一周 想吃的赶紧。", "#重庆美食# #解放碑#", "举报"]  # fmt: skip
    assert line not in _chrome(lines)


@pytest.mark.parametrize(
    "line",
    ["时间：2024年8月10日（周六）19:00-21:30", "時間:2026.01.09-01.11 19:30", "时间：2025.01.04-2025.01.05 19:30"],
)
def test_an_events_bare_time_label_over_a_span_is_body(line: str) -> None:
    """时间： over a span of hours or days is the event's, where a page's stamp is one moment."""
    assert classify(line) is not Kind.CHROME
    assert classify("时间：2025-01-10 16:20") is Kind.CHROME


def test_a_ticket_pages_span_of_days_with_hours_is_body() -> None:
    """A span's start, time, then its end (2024/12/14(六) 11:00 - 2024/12/15(日) 18:00): the
    event's days; a related link's stamp is followed by its headline."""
    assert classify("2024/12/14(六) 11:00 - 2024/12/15(日) 18:00 (GMT+8)") is not Kind.CHROME
    assert classify("2025/04/19(六) 某某場次加開") is Kind.CHROME


def test_a_section_word_among_the_menus_items_opens_no_list() -> None:
    """熱門 / 最新 one to a line in a forum's menu: the post under the menu is no list of links."""
    post = ["各位好，我們社團的成果展排在週六，可是最近天天下雨，場地又是戶外",
            "原本想說提早一週辦，但大家都要期中考，時間很難喬",
            "想問有人辦過雨天備案嗎？還是乾脆改在室內？"]  # fmt: skip
    lines = ["某某論壇", "首頁", "熱門", "最新", "看板", "登入", "社團板",
             "成果展碰上雨季 有人辦過戶外展嗎？", "社團板・5月20日 22:41", *post,
             "回應 12", "收藏", "B1", "5月20日 22:58", "我們去年也是下雨，最後改到禮堂，其實效果不差"]  # fmt: skip
    chrome = _chrome(lines)
    assert not set(post) & chrome
    assert "熱門" in chrome


@pytest.mark.parametrize(
    "line",
    [
        "樱花树下的猫：老王今天是不是跑了一天的客 3-8 21:20 来自湖北",
        "@的士司机老王 明天我也想去，下午三点人会少点吗 3-8 21:33 来自湖北",
    ],
)
def test_a_weibo_comment_with_its_stamp_and_where_it_came_from_is_body(line: str) -> None:
    assert classify(line) is not Kind.CHROME
    assert classify("3-8 21:20 来自湖北") is Kind.CHROME  # the stamp alone is the row's foot


@pytest.mark.parametrize(
    "line",
    [
        "阿毛毛: 老街那家面馆，周六当天应该开门 2026-4-3 20:30",
        "小黑不黑: 回复 阿毛毛 :那家下周一停业，赶紧去 2026-4-3 21:02",
        "大白鲨开车：@用户_8843 国庆前肯定没戏，排到11月了 2025-09-10 20:09",
        "路過的阿明: 我也是昨天才去，人超多 2025-1-5 22:10",
    ],
)
def test_a_comments_words_before_its_stamp_are_body(line: str) -> None:
    """A commenter's name, a colon, words that talk (a comma, a reply) and the stamp."""
    assert classify(line) is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "觀點投書：長照上路前，別讓家屬再當隱形照服員 李宛蓁 2025-03-18 06:50",
        "浙江温州：渔船回港避风　沿海景区临时关闭　2025-08-11 14:05",
    ],
)
def test_a_headline_with_its_writer_or_its_stamp_stays_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME


def test_a_notices_date_in_chinese_numerals_alone_on_its_line_is_chrome() -> None:
    assert classify("二〇二五年十月八日") is Kind.CHROME
    assert classify("（二○二四年五月三十一日）") is Kind.CHROME
    assert classify("本校定於二〇二五年十月八日舉行開放日，歡迎家長參加。") is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "學院首頁　學院概況　師資隊伍　招生就業　聯絡我們　English",
        "网站首页　机构概况　政务公开　办事服务　互动交流",
        "主頁　本會簡介　最新消息　活動花絮　聯絡我們",
        "关于我们　用户帮助　意见反馈　侵权投诉　某某网络技术有限公司",
    ],
)
def test_a_sites_section_menu_with_a_home_link_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME, line


def test_a_notice_headline_with_a_year_under_a_section_menu() -> None:
    story = "根據學校校曆，現將二〇二六年暑假安排通知如下，請各位家長留意。"
    lines = ["某某大學", "學校首頁　學校概況　機構設置　招生就業　信息公開", "當前位置：首頁 > 通知公告",
             "關於2026年暑假放假安排的通知", "發佈時間：2026-06-20　瀏覽次數：321", story, story]  # fmt: skip
    article = build_article("\n".join(lines))
    assert article.title is not None and article.title.traditional == lines[3]


@pytest.mark.parametrize(
    "line",
    [
        "［廣告］",
        "【广告】",
        "12#",
        "编辑丨小林　审核丨老王",
        "撰文丨陳小明",
        "本新闻稿由某某通讯代为发布",
        "點個“在看”，讓更多人看到",
        "下載某某新聞APP　重大消息即時推播",
        "相關連結：某某圖書館活動報名系統",
        "证券代码：600XXX　证券简称：某某科技　公告编号：2025-031",
        "02-10 20:40　回复",
        "本版责编：张华　美编：刘洋",
        "不用抽 不用搶 現在用APP看新聞 保證天天中獎",
        "本文由網友投稿，經編輯審核後發布。",
        "公告日期：114-01-15",
        "03-05 · 贊 12　回覆",
        "02-10 20:15 · 投稿了视频",
        "某某社記者王小明攝　114年3月2日",
        "本报记者 李华 摄 2025-06-01",
        "写下你的评论…　发布",
        "12楼 路人丙 … 发表于 2024-5-1",
        "主办单位：某某县人民政府办公室　网站标识码：3301000001",
        "編輯推介",
    ],
)
def test_ad_markers_floors_credits_and_prompts_are_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME, line


@pytest.mark.parametrize(
    "line",
    [
        "下載某某APP以後，我每天都在上面看新聞。",
        "他說本新聞稿的內容有誤，已要求更正。",
        "大家都在看這場比賽，球場座無虛席。",
    ],
)
def test_story_lines_near_those_prompts_stay(line: str) -> None:
    assert classify("5月20日 婺源") is not Kind.CHROME  # an itinerary's day header
    assert classify("昨天下載 某某App 之後 每天都在用") is not Kind.CHROME
    assert classify(line) is not Kind.CHROME, line


def test_commenters_names_between_short_stamp_rows_are_chrome() -> None:
    story = "五一假期去了一趟西湖，断桥边人山人海，建议大家早上七点前到。"
    lines = [
        "某某书", story, story, "赞 120　收藏 88　评论 3", "共 3 条评论",
        "小兔子乖乖", "那端午去人会少吗？", "05-06　回复",
        "西湖边的猫　作者", "端午人也多，但比五一好一点", "05-06　回复",
        "走走停停", "去年秋天去的，桂花很香", "05-07　回复",
        "说点什么...",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {"小兔子乖乖", "西湖边的猫　作者", "走走停停"} <= chrome
    assert {lines[6], lines[9], lines[12]}.isdisjoint(chrome)


def test_a_commenter_named_by_the_site_over_a_stamp_is_chrome() -> None:
    story = "某某汽车今日公布2月交付量，同比增长三成，新车型将于下月上市。"
    lines = [
        "某某科技", story, story, "热门评论",
        "某某科技网友 山那边的云", "2025-3-5 10:58", "等新车的价格出来再说吧",
        "回复　支持(3)　反对(0)",
        "某某科技网友 夜归人", "2025-3-5 11:20", "上个月刚提车，OTA来得挺快",
        "回复　支持(1)　反对(0)",
        "© 2025 某某科技",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {lines[4], lines[8]} <= chrome
    assert {lines[6], lines[10]}.isdisjoint(chrome)


def test_a_commenters_name_over_a_region_and_day_is_chrome() -> None:
    story = "今晚灯会在江边公园开幕，市民可以从北门入园，现场有多条公交线路接驳。"
    lines = [
        "某某生活号", story, story, "留言",
        "江边老李", "浙江　2月20日", "北门附近有没有停车的地方？",
        "橙子妈妈", "浙江　2月21日", "去年带孩子去过，花灯真的好看！",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert "橙子妈妈" in chrome
    assert {lines[6], lines[9]}.isdisjoint(chrome)


def test_a_schools_name_and_latin_name_and_a_boards_name_in_the_head_are_chrome() -> None:
    story = "本校謹定於下月舉行開放日，歡迎家長及學生參加，當日設有校園導賞及講座。"
    lines = ["某某書院", "St. Mary Anglican College", "主頁　學校簡介　學校通告　聯絡我們",
             "第十二號通告：開放日安排", story, story]  # fmt: skip
    chrome = _chrome(lines)
    assert {lines[0], lines[1]} <= chrome
    assert story not in chrome
    post = "下周去青岛看海，想问问啤酒节晚上人多不多，带孩子方便吗。"
    lines = ["百度贴吧", "首页　进吧　消息　登录　注册", "青岛吧", "关注　签到", "【求助】下周去青岛看海", post]
    assert "青岛吧" in _chrome(lines)
    lines = ["某某论坛", "首页　消息　登录　注册", "算了吧", post]
    assert "算了吧" not in _chrome(lines)


def test_a_columns_lists_of_other_columns_and_its_paywall_prompt_are_chrome() -> None:
    story = "每逢中秋前兩個星期，舊同事的群組總會有人問今年還有沒有人送月餅。"
    lines = [
        "某某財經新聞", story, story, "（本文僅代表作者個人意見）",
        "訂閱某報　解鎖全部專欄文章", "熱門專欄", "樓市周記：新盤開售前的試水溫　2025年9月30日",
        "同一作者其他文章", "茶餐廳的菠蘿油學問　2025年9月18日", "一碗雲吞麵的價錢　2025年9月4日",
        "版權所有 © 2025 某某有限公司",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert set(lines[3:]) <= chrome
    assert story not in chrome


def test_a_sites_address_and_hours_at_the_foot_are_chrome_but_a_notices_contact_stays() -> None:
    story = "本館暑期推出親子共讀活動，歡迎家長帶孩子一同參加，名額有限請及早報名。"
    lines = [
        "某某市立圖書館", story, "洽詢電話：(02)1234-5678　陳小姐", story, "回上一頁　回首頁",
        "某某市立圖書館　地址：220某某市某某路1號　總機：(02)1234-0000",
        "開放時間：週二至週六 08:30-21:00；週日、週一 08:30-17:00",
        "最佳瀏覽解析度1280x800",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {lines[5], lines[6]} <= chrome
    assert lines[2] not in chrome


def test_a_threads_last_reply_without_a_full_stop_between_its_header_and_buttons_is_body() -> None:
    lines = [
        "某某討論區", "吹水台　時事台　娛樂台　登入", "時事台", "【天氣】下星期有寒潮",
        "#1　熱狗王　3 小時前", "天文台話下星期寒潮抵港，市區最低8度",
        "#2　膠登仔　1 小時前", "記得星期日前買定暖包，到時一定賣晒", "分享　舉報",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {lines[5], lines[7]}.isdisjoint(chrome)
    bio = ["某某问答", "关注问题　写回答", "互联网产品经理，前成都土著", "赞同 1.2万", "这个问题我来答一下，先说结论。"]
    assert bio[2] in _chrome(bio)


def test_a_threads_headline_over_posts_written_without_full_stops() -> None:
    lines = [
        "某某討論區", "吹水台　時事台　娛樂台　登入", "時事台", "【天氣】下星期一至三有寒潮　最低8度",
        "#1　熱狗王　3 小時前", "天文台話下星期一至三寒潮抵港，市區最低8度，新界再低幾度",
        "#2　膠登仔　2 小時前", "年三十晚仲要凍？冇得去行花市",
        "#3　路過巴打　1 小時前", "記得星期日前買定暖包，到時一定賣晒", "分享　舉報",
    ]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[3]


def test_a_fan_pages_name_over_its_stamp_is_no_headline() -> None:
    lines = [
        "Facebook", "登入　建立新帳號", "某某鬆餅屋", "2月3日下午3:15 · ",
        "好消息！本店春節營業時間公告", "除夕公休一天，初一至初三營業時間改為12:00-18:00，初四起恢復正常！",
        "讚　留言　分享",
    ]  # fmt: skip
    assert classify(lines[3]) is Kind.CHROME
    a = build_article("\n".join(lines))
    assert a.title is None or a.title.traditional != "某某鬆餅屋"


def test_a_print_headline_in_two_halves_is_the_title() -> None:
    story = "本报讯　元宵将至，记者昨日走访城区多家超市发现，汤圆等速冻食品销量明显上升。"
    lines = ["某某日报", "2024年2月20日　星期二", "第A03版：要闻", "上一版　下一版",
             "元宵将至　汤圆热销", "本报记者　李明", story, story, "某某日报社版权所有"]  # fmt: skip
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.simplified == lines[4]


def test_a_floors_short_reply_under_its_head_row_is_body() -> None:
    lines = [
        "某某討論區", "吹水台　時事台　娛樂台　登入", "時事台", "【交通】隧道巴士站下個月搬位",
        "#1　沙田友　2 日前", "運輸署話下個月中開始用新站，舊站即日停用，大家留意吓",
        "#2　荃灣佬　2 日前", "頂",
        "#3　葵芳巴打　1 日前", "ok",
        "#4　將軍澳人　5 小時前", "謝",
        "上一頁　1　2　下一頁", "回覆　分享　▲ 頁頂",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {"頂", "ok", "謝"}.isdisjoint(chrome)
    assert {lines[4], lines[6], lines[8], lines[10]} <= chrome


def test_a_numbered_floor_without_a_name_has_its_poster_over_it() -> None:
    lines = [
        "某某論壇", "首頁　熱門　看板　登入", "美食板", "台中這間麵攤要收了嗎？今天去發現拉下鐵門了",
        "匿名", "2026年5月2日 09:10",
        "今天早上去吃發現鐵門拉下來，上面貼了一張紙寫暫停營業，有人知道是怎麼回事嗎？",
        "共 3 則留言",
        "國立某某大學", "B1 · 2026年5月2日 09:30", "嗚",
        "匿名", "B2 · 2026年5月2日 09:41", "同問",
        "某某科技大學", "B3 · 2026年5月2日 10:02", "B1 老闆住院了",
        "回應",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {"嗚", "同問", "B1 老闆住院了"}.isdisjoint(chrome)
    assert {"國立某某大學", "某某科技大學", lines[9], lines[12]} <= chrome


def test_a_floor_head_with_a_katakana_dot_and_a_month_day_names_nobody() -> None:
    # B2・3月8日 21:40: the dot as Japanese input writes it, the day without its year
    lines = [
        "某某論壇", "首頁　熱門　看板　登入", "寵物板", "貓咪一直掉毛正常嗎？剛換季就掉超多",
        "匿名", "3月8日 20:55",
        "家裡的貓這禮拜突然掉很多毛，沙發上都是，想問大家的貓換季也會這樣嗎？",
        "共 3 則留言",
        "某某科技大學", "B1・3月8日 21:02", "換季都這樣，多梳就好",
        "國立某某大學", "B2・3月8日 21:40", "B1 真的 我家也是",
        "匿名", "B3・3月9日 08:15", "原PO要不要換飼料看看",
        "回應文章", "下載某某 App，隨時隨地看文章",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {"B1 真的 我家也是", "原PO要不要換飼料看看"}.isdisjoint(chrome)
    assert {"某某科技大學", "國立某某大學", lines[9], lines[12], "回應文章"} <= chrome


def test_floor_rows_under_their_texts_end_the_floors_and_short_replies_stay() -> None:
    # name, text, 3楼 stamp: the floor's row is its foot, so a short text over it is no name
    lines = [
        "某某贴吧", "进入贴吧　全吧搜索", "杭州吧　关注 80万", "西湖现在去还堵车吗？",
        "只看楼主　收藏　回复", "钱塘小白", "楼主", "周末想带爸妈去西湖，听说这几天环湖全是车，想问问现在的情况。",
        "1楼　2026-04-04 19:20　来自iPhone客户端",
        "断桥残雪", "别开车", "2楼　2026-04-04 19:31",
        "龙井虾仁", "Lv.8 资深吧友", "等清明以后吧", "3楼　2026-04-04 19:40",
        "西溪的鸭", "坐地铁到龙翔桥再走过去，十分钟就到湖边了", "4楼　2026-04-04 19:52",
        "断桥残雪", "顶", "5楼　2026-04-04 20:05",
        "发表回复", "©2026 某某 贴吧协议",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {"别开车", "等清明以后吧", "顶"}.isdisjoint(chrome)
    assert {"断桥残雪", "龙井虾仁", "Lv.8 资深吧友", "西溪的鸭", lines[11], lines[15]} <= chrome


def test_floor_rows_between_their_posters_and_texts_head_the_floors() -> None:
    # name, 3楼 stamp, text: the floor row heads its text, so a short reply under it (顶一下,
    # 同意) is body and the last line over each row is its poster
    lines = [
        "某某贴吧", "进入贴吧　全吧搜索", "某某大学吧", "请问图书馆寒假几点闭馆？",
        "只看楼主　收藏　回复",
        "小明同学", "1楼　2026-01-06 20:14", "想寒假留在学校复习，不知道图书馆开到几点，有人知道吗？",
        "北门老李", "2楼　2026-01-06 20:30", "去年是下午五点关门的，记得带校园卡",
        "湖边散步", "3楼　2026-01-06 20:41", "顶一下",
        "小明同学", "4楼　2026-01-07 09:02", "好的，谢谢大家",
        "路过的人", "5楼　2026-01-07 10:15", "同意",
        "回复　发表", "贴吧协议　隐私政策",
    ]  # fmt: skip
    for form in (lines, [convert(line, Script.TRADITIONAL) for line in lines]):
        chrome = _chrome(form)
        assert {form[13], form[19]}.isdisjoint(chrome), chrome
        assert {form[5], form[6], form[11], form[12], form[17], form[18]} <= chrome


def test_a_comments_text_between_its_writer_and_its_foot_row_is_body() -> None:
    lines = [
        "某某视频", "首页　动态　登录", "带孩子去草原骑马的第一天", "第一次带孩子去草原，孩子骑上马就不肯下来了。",
        "评论 3", "最热　最新",
        "麦田守望者", "好", "3天前 · 河北　回复　赞 12",
        "小雨点", "作者", "谢啦", "2天前 · 内蒙古　回复　赞 3",
        "风吹草低", "羡慕😂", "1天前 · 北京　回复　赞 1",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {"好", "谢啦", "羡慕😂"}.isdisjoint(chrome)
    assert {"麦田守望者", "风吹草低"} <= chrome
    weibo = [
        "某某小号", "5-3 08:12 来自 iPhone", "今天去看了郁金香，人比花多，下次工作日再来。",
        "转发 3　评论 12　赞 88", "按热度　按时间",
        "花花：人真的好多", "5-3 09:01 来自江苏　回复　赞 5",
        "阿果：//@花花:转发微博", "5-3 09:20 来自上海　回复　赞 1",
        "小鹿：mark", "5-3 10:02 来自浙江　回复　赞 2",
    ]  # fmt: skip
    assert {weibo[5], weibo[7], weibo[9]}.isdisjoint(_chrome(weibo))


def test_a_comment_list_without_stamps_keeps_its_comments_and_drops_its_names() -> None:
    lines = [
        "某某部落格", "【食記】巷口的紅豆餅，一個十五元", "今天下午路過巷口，阿伯的紅豆餅還是一樣香，買了五個帶回家。",
        "熱門文章", "台南兩天一夜行程", "我的保溫杯推薦",
        "留言列表",
        "愛吃甜的貓", "好想吃！請問幾點開始賣？",
        "版主 回覆：", "下午兩點左右喔～",
        "路人乙", "上次去已經賣完了…",
        "某某部落格　服務條款　隱私權政策",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {lines[8], lines[10], lines[12]}.isdisjoint(chrome)
    assert {"愛吃甜的貓", "版主 回覆：", "路人乙"} <= chrome


def test_a_notices_contact_block_reads_on_to_its_mail_and_its_person() -> None:
    lines = [
        "某某區衛生所", "首頁　最新消息　便民服務　聯絡我們", "最新消息", "端午連假門診時間調整公告",
        "一、端午連假期間（6月19日至6月21日）門診暫停，預防接種順延辦理。",
        "二、連假後首日門診時段延長至晚上九點，請民眾多加利用。",
        "諮詢專線：(037)765-432",
        "夜間專線：(037)765-119",
        "電子信箱：health@example-town.gov.tw",
        "聯絡人：保健課 王小明護理師",
        "回上一頁　回首頁",
        "Copyright © 2026 某某區衛生所",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert set(lines[6:10]).isdisjoint(chrome)
    press = [
        "某某公司新闻稿", "某某公司今天发布年度报告，营收较去年增长百分之十二。",
        "报告全文可在公司网站下载。", "媒体联系：", "公关部 李小姐", "电话：010-8888 1234",
    ]  # fmt: skip
    assert {press[4], press[5]} <= _chrome(press)


def test_a_columns_list_of_related_columns_is_chrome_with_its_dates() -> None:
    # 相關專欄 heads the site's other pieces, each with its day in brackets: no event of the story
    lines = [
        "某某日報", "首頁　港聞　副刊　專欄", "專欄 > 週末散步", "巷口那間書報攤",
        "作者：某某　|　2026年3月20日",
        "上星期經過灣仔，那間開了三十年的書報攤終於拉閘，街坊都說可惜。",
        "老闆說下個月起改在網上賣舊雜誌，店面交回業主。",
        "相關專欄",
        "【週末散步】電車上的早餐（3月13日）",
        "【週末散步】雨天的天台（3月6日）",
        "© 2026 某某日報　版權所有",
    ]  # fmt: skip
    for form in (lines, [convert(line, Script.SIMPLIFIED) for line in lines]):
        chrome = _chrome(form)
        assert set(form[7:10]) <= chrome
        assert {form[5], form[6]}.isdisjoint(chrome)
        a = build_article("\n".join(form))
        assert not any("3月13日" in e.text.simplified or "3月6日" in e.text.simplified for e in a.timeline)


def test_a_notices_contact_fields_under_its_person_to_ask_are_body() -> None:
    # the person or office to ask right under the notice's last sentence, then its phone and
    # mail: the notice's own contact, not the site's footer (which keeps its address)
    lines = [
        "某某市立圖書館", "回首頁　｜　網站導覽　｜　English", "首頁 > 最新消息", "總館外牆整修期間開放時間調整公告",
        "一、總館外牆整修工程期間，二樓期刊室暫停開放，期刊改於一樓服務台借閱。",
        "二、整修期間夜間閱覽延長至晚上十點，歡迎民眾多加利用。",
        "造成不便，敬請見諒。",
        "聯絡窗口：推廣課　陳先生",
        "聯絡電話：(04)2345-6789分機201",
        "電子信箱：service@library.example.gov.tw",
        ":::　回上一頁　列印　轉寄",
        "某某市立圖書館　地址：400某某市中區某某路1號　總機：(04)2345-6789",
    ]  # fmt: skip
    for form in (lines, [convert(line, Script.SIMPLIFIED) for line in lines]):
        chrome = _chrome(form)
        assert set(form[7:10]).isdisjoint(chrome), chrome
        assert {form[10], form[11]} <= chrome


@pytest.mark.parametrize(
    "line",
    [
        "下次改在河堤旁的停車場辦，下雨就延到隔週，記得追蹤粉專看最新消息喔！",
        "之后每周五晚上都会直播，遇到节假日就顺延一天，记得关注频道看通知哦！",
    ],
)
def test_a_writers_sentence_that_ends_on_a_call_to_follow_is_body(line: str) -> None:
    assert classify(line) is not Kind.CHROME
    assert classify("記得追蹤粉專看最新消息喔！") is Kind.CHROME
    assert classify("喜歡這篇文章，記得追蹤粉專喔！") is Kind.CHROME


def test_an_epapers_subheading_in_clauses_over_the_byline_is_body() -> None:
    lines = [
        "某某晚报数字报", "2025年5月6日 星期二", "第A03版：城事", "上一版　下一版　版面导航",
        "老街菜市场改造完工", "摊位从六十个增加到九十个，雨天买菜不用再打伞",
        "本报记者 某某 通讯员 某某",
        "本报讯 经过三个月的改造，老街菜市场昨日重新开门，记者在现场看到摊位已全部入驻。",
    ]  # fmt: skip
    assert lines[5] not in _chrome(lines)


@pytest.mark.parametrize("line", ["4月2日 19:30 · 🌏", "5天 · 🌏", "12小時 · 👥"])
def test_a_posts_stamp_with_its_audience_icon_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    assert classify("4月2日 19:30 · 我們在碼頭集合") is not Kind.CHROME


def test_a_commenters_region_stamp_with_a_dot_is_chrome() -> None:
    lines = [
        "某某号", "首页　推荐　关注　热榜", "今年秋收比往年晚了半个月，玉米还没收完就下了霜。",
        "评论 3",
        "种瓜的老张", "河北 · 10月8日", "我们那边也一样", "回复 · 赞 12",
        "东北小麦", "吉林 · 10月8日", "收了", "回复 · 赞 3",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {"河北 · 10月8日", "吉林 · 10月8日", "种瓜的老张", "东北小麦"} <= chrome
    assert {"我们那边也一样", "收了"}.isdisjoint(chrome)


def test_a_records_head_over_its_content_label_is_chrome_even_with_its_stamp() -> None:
    lines = [
        "某某市人民政府门户网站", "首页　政务公开　政民互动", "关于老街路灯不亮的问题",
        "留言人：市民", "留言时间：2025-11-02 20:11", "留言内容：",
        "老街东段的路灯坏了快一个月，晚上走路很不安全，希望尽快修好。",
        "回复单位：某某区城市管理局", "回复时间：2025-11-10", "回复内容：",
        "您好！经核查，该路段路灯线路老化，已于11月8日完成更换，感谢您的监督。",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert set(lines[7:10]) <= chrome
    assert {lines[6], lines[10]}.isdisjoint(chrome)
    facts = [
        "某某茶园", "今年的春茶已经上市，欢迎选购。",
        "产地：某某山", "采摘时间：2024-03-26", "净含量：250克",
        "口感清爽，回甘明显，适合日常饮用。",
    ]  # fmt: skip
    assert {facts[2], facts[3]}.isdisjoint(_chrome(facts))


@pytest.mark.parametrize(
    "line", ["👍❤️ 2,318", "👍😆 56", "2025年3月2日 週日 上午10:05 · 3 分鐘 (閱讀時間)"]
)
def test_a_posts_reaction_count_and_a_stamp_with_its_reading_time_are_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    assert classify("🎉 2026") is not Kind.CHROME


@pytest.mark.parametrize(
    "line", ["第 2 頁 / 共 5 頁　回覆：120　瀏覽：3,456", "第1页/共4页　回复：33", "搜索你想看的内容…", "请输入关键词..."]
)
def test_a_threads_pages_with_counts_and_a_search_prompt_are_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    assert classify("搜索了一下才发现，这家店早就搬走了…") is not Kind.CHROME


@pytest.mark.parametrize(
    "line", ["[湖人]詹姆斯赛后：我们还有机会　05-12", "【閒聊】今晚有人去看煙火嗎？　07-04", "老街的猫 江苏 09-18"]
)
def test_a_listed_post_with_its_day_and_a_comments_one_line_head_are_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    assert classify("【提醒】明天起公交改道，请大家提前出门。") is not Kind.CHROME


def test_a_floors_edit_notice_stays_chrome_while_its_short_reply_is_body() -> None:
    lines = [
        "某某论坛", "首页　版块　登录　注册", "【求助】新买的路由器晚上老掉线怎么办",
        "#1　网管小王　3 小时前", "新买的路由器每天晚上十点左右掉线一次，重启才好，有人遇到过吗？",
        "#2　路过的猫　2 小时前", "本帖最后由 路过的猫 于 2025-3-2 21:10 编辑",
        "同问",
        "#3　数码控　1 小时前", "想问的话可以发邮件 helper@example.com 问问看",
        "回复　分享　返回顶部",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert lines[6] in chrome
    assert {"同问", lines[9]}.isdisjoint(chrome)


def test_a_prompt_to_read_or_follow_between_chrome_lines_is_chrome() -> None:
    lines = [
        "某某科技", "首页　快讯　专题",
        "某某公司发布新一代芯片", "2026-05-02 10:00　来源：某某科技",
        "某某公司今天发布新一代芯片，功耗比上一代降低三成，计划下半年量产。",
        "公司表示，新芯片已经获得多家厂商订单。",
        "本文为某某科技原创内容，未经授权不得转载。",
        "想看更多内容，戳这里",
        "下一篇",
        "关注某某科技公众号，或在微博@某某科技 获取更多资讯",
        "© 2026 某某科技　京ICP备00000000号",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {lines[7], lines[9]} <= chrome
    # a sentence of the story asking to follow stays
    story = ["某某日报", "他说：“大家可以关注我们的公众号，获取更多消息。”", "活动下周开始。"]
    assert story[1] not in _chrome(story)
    # … and a reply that says something first and then mentions following (between floor rows)
    reply = "上个月就开始了，记得关注公众号@某某后勤 的通知"
    thread = [*lines[:7], "下一篇", reply, "© 2026 某某科技　京ICP备00000000号"]
    assert reply not in _chrome(thread)


def test_the_headlines_under_an_editors_picks_heading_are_chrome() -> None:
    lines = [
        "某某報", "港聞　經濟　國際", "將軍澳新公園下月開放", "2026年5月2日",
        "康文署表示，將軍澳新公園下月開放，設有兒童遊樂場及緩跑徑。",
        "區議員歡迎有關安排，並要求增設洗手間。",
        "編輯推介", "【教育】中學選科攻略　升學顧問拆解", "【飲食】夏日涼茶推介　中醫師話你知",
        "某某報網站 © 版權所有",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert {lines[6], lines[7], lines[8]} <= chrome
    assert lines[4] not in chrome


@pytest.mark.parametrize(
    "line",
    [
        "上次寄信給 help@shop-example.com.tw 結果等了一週都沒人理",
        "我后来改发邮件到 kefu@example.cn 才有人回我",
    ],
)
def test_an_address_inside_a_sentence_of_talk_is_body(line: str) -> None:
    assert classify(line) is not Kind.CHROME
    # a footer's field with its address and no talk around it stays chrome
    assert classify("客服信箱 help@shop-example.com.tw 服務時間 週一至週五") is Kind.CHROME


def test_a_section_number_with_a_leading_zero_is_no_counter() -> None:
    # a WeChat post's numbered section (02 社區義診) is the story's heading
    assert classify("02 社區義診") is not Kind.CHROME
    assert classify("03 免费理发") is not Kind.CHROME
    # a counter under a post stays chrome
    assert classify("12 赞") is Kind.CHROME
    assert classify("3 則留言") is Kind.CHROME


@pytest.mark.parametrize("line", ["上半場結束 台北 48-45 高雄", "第二节结束 北京 52:50 上海", "全场结束 江城 101-98 海港"])
def test_a_score_between_two_teams_is_no_menu(line: str) -> None:
    assert classify(line) is not Kind.CHROME
    # a comment's region, stamp and buttons stay chrome
    assert classify("廣東　12-20　回覆　讚 8") is Kind.CHROME


def test_a_short_reply_under_its_age_between_counters_is_body() -> None:
    lines = [
        "Threads", "登入",
        "mochi.daily", "3天",
        "週末帶狗狗去新開的河濱公園，草地很大，還有飲水機，狗狗玩到不想回家🐶",
        "12", "3",
        "hana_walks", "15小時",
        "標記 @ken_dogdad",
        "1",
        "查看更多回覆",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert "標記 @ken_dogdad" not in chrome
    assert {"hana_walks", "15小時", "1", "查看更多回覆"} <= chrome


def test_an_epaper_pages_credits_and_its_list_of_the_pages_stories_are_chrome() -> None:
    lines = [
        "某某日報", "2026年3月2日 星期一", "第05版：要聞",
        "老街區換上新路燈",
        "本報記者 王小明",
        "本報訊  市政府昨天宣布，老街區的兩百多盞路燈將在月底前全部更換為節能燈。",
        "居民表示，晚上散步終於不用摸黑了。",
        "本版責編：陳 明", "版式設計：林 芳",
        "本版新聞", "老街區換上新路燈", "春季植樹活動下週展開", "公車新路線正式通車",
    ]  # fmt: skip
    chrome = _chrome(lines)
    assert set(lines[7:]) <= chrome
    assert lines[5] not in chrome and lines[6] not in chrome


@pytest.mark.parametrize("line", ["某 某 網 版 權 所 有 ， 未 經 授 權 禁 止 轉 載", "本 站 免 责 声 明"])
def test_a_footer_spaced_out_letter_by_letter_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    assert classify("我 們 終 於 到 了 山 頂 ！") is not Kind.CHROME


def test_a_line_that_is_only_a_name_mentioned_elsewhere_with_an_at_is_chrome() -> None:
    lines = [
        "江边夜市这周还有开吗",
        "江城小燕子",
        "周末想带爸妈去江边夜市走走，听说最近在整修，有没有人知道还有没有摆摊？",
        "夜猫阿强",
        "@江城小燕子 有开的，只是入口改到北边停车场那边，晚上七点以后人比较多。",
        "谢谢阿强",
    ]
    chrome = _chrome(lines)
    assert "江城小燕子" in chrome
    assert {lines[2], lines[4], "谢谢阿强"}.isdisjoint(chrome)


@pytest.mark.parametrize("line", ["小明爸 說...", "Anonymous 說…", "老王的單車 wrote:", "路人甲 said:"])
def test_a_header_naming_a_comments_or_a_quotes_writer_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    # a story's speaker over a quote stays
    assert classify("他說：") is not Kind.CHROME
    assert classify("校長說…") is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    ["已經到底了", "没有更多了~", "還沒有人留言，快來當第一個留言的人吧！", "以電子郵件傳送這篇文章", "技术提供：某某博客平台"],
)
def test_a_feeds_end_an_empty_widgets_prompt_and_a_platforms_credit_are_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    assert classify("我們走到底了，才發現那裡沒有路。") is not Kind.CHROME


def test_a_wechat_accounts_id_on_its_card_is_chrome() -> None:
    assert classify("微信號 lakeside_news") is Kind.CHROME
    assert classify("微信号 jiangcheng2026") is Kind.CHROME
    assert classify("微信号被盗了怎么办") is not Kind.CHROME


def test_comments_headed_by_a_ranking_word_after_a_related_list_are_body() -> None:
    lines = [
        "某某科技",
        "新款耳機下月開賣，續航提升到四十小時",
        "某某科技 3 月 2 日消息，某某公司今日宣布，新款耳機將於下月開賣，續航提升到四十小時。",
        "官方表示，新機首批備貨充足。",
        "相關文章：",
        "舊款耳機降價清倉",
        "某某公司公布二月銷量",
        "最熱評論",
        "路邊的貓",
        "某某科技上海網友 2026-3-2 10:15",
        "四十小時真的夠用一週了，等首發",
        "回覆 支持(12) 反對(1)",
    ]
    chrome = _chrome(lines)
    assert {"相關文章：", "舊款耳機降價清倉", "某某公司公布二月銷量", "最熱評論"} <= chrome
    assert "四十小時真的夠用一週了，等首發" not in chrome


def test_numbered_floor_rows_at_the_foot_of_each_reply_keep_short_replies_as_body() -> None:
    lines = [
        "第一次養貓要準備什麼？",
        "某某科技大學",
        "2026年3月2日 21:10",
        "下個月要從朋友那邊接一隻小貓回家，想問大家一開始要準備哪些東西，預算大概五千左右。",
        "共 4 則留言",
        "某某師範大學",
        "貓砂盆跟貓抓板一定要先買，其他可以慢慢補",
        "B1・3月2日 21:20",
        "某某大學",
        "+1",
        "B2・3月2日 21:31",
        "匿名",
        "推",
        "B3・3月2日 21:40",
        "某某商業大學",
        "記得先找好附近的動物醫院 打疫苗要預約",
        "B4・3月2日 22:05",
    ]
    chrome = _chrome(lines)
    assert {"某某師範大學", "某某大學", "某某商業大學", "B1・3月2日 21:20", "B4・3月2日 22:05"} <= chrome
    assert {"+1", "推", lines[6], lines[15]}.isdisjoint(chrome)


def test_the_original_posters_badge_under_a_name_is_chrome() -> None:
    lines = [
        "某某大學",
        "今天終於搬完家了，謝謝大家的建議！",
        "B1・3月2日 21:20",
        "某某科技大學",
        "原PO",
        "不客氣 新家住得開心",
        "B2・3月2日 21:31",
        "某某師範大學",
        "恭喜",
        "B3・3月2日 21:40",
        "某某商業大學",
        "新家附近有什麼好吃的，記得分享一下",
        "B4・3月2日 22:05",
    ]
    chrome = _chrome(lines)
    assert "原PO" in chrome
    assert {"不客氣 新家住得開心", "恭喜"}.isdisjoint(chrome)
    assert classify("原PO說得對，我也遇過") is not Kind.CHROME


def test_the_contact_block_a_notices_item_announces_is_body() -> None:
    lines = [
        "社區運動會報名公告",
        "公告日期：2026-03-02",
        "一、本會訂於4月12日上午8時於社區公園舉辦年度運動會，歡迎住戶踴躍報名參加。",
        "二、報名自即日起至3月31日止，每戶以四人為限，額滿為止。",
        "三、聯絡方式：",
        "管委會 王小姐　電話：(03)555-1234轉8",
        "傳真：(03)555-1235",
        "E-mail：service@example-community.org.tw",
        "某某社區管理委員會　敬啟",
    ]
    chrome = _chrome(lines)
    assert set(lines[5:8]).isdisjoint(chrome)
    # the page's own date line stays chrome
    assert "公告日期：2026-03-02" in chrome


def test_the_person_to_ask_over_the_notices_phone_and_mail_under_its_end_is_body() -> None:
    lines = [
        "圖書館寒假開放時間調整公告",
        "發布日期：2026-01-10",
        "一、寒假期間本館開放時間調整為週一至週五上午9時至下午5時，週末閉館。",
        "二、借閱到期日適逢閉館者，順延至開館後第一個工作日。",
        "聯絡人：閱覽組 陳小姐",
        "電話：(02)2222-3333 分機 15",
        "電子郵件：lib@example-school.edu.tw",
        "回上一頁",
        "Copyright © 2026 某某大學圖書館",
    ]
    chrome = _chrome(lines)
    assert set(lines[4:7]).isdisjoint(chrome)
    assert {"回上一頁", lines[-1]} <= chrome


@pytest.mark.parametrize(
    "line",
    ["建議使用 Chrome、Firefox 瀏覽器，最佳解析度 1366x768", "本站建议使用最新版浏览器浏览", "螢幕解析度：1920×1080 以上"],
)
def test_a_sites_advice_on_browser_and_screen_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    assert classify("他建議大家換一台解析度更高的螢幕，看照片比較舒服。") is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    ["沪深300 3921.05 -0.42%", "恆生指數 21,880.16 ▲215.3 0.99%", "纳斯达克 18,230.4 (+1.2%)"],
)
def test_a_market_quote_row_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    # a count or a figure without a signed change is no quote
    assert classify("今年 2025 +3") is not Kind.CHROME
    assert classify("比去年 12 30%") is not Kind.CHROME


def test_a_ticker_over_the_headline_is_never_the_title() -> None:
    lines = [
        "某某财经",
        "首页 股市 基金 债券",
        "沪深300 3921.05 -0.42%",
        "恒生指数 21880.16 +0.99%",
        "港股午后走强 科技股领涨大市",
        "某某财经 2026-03-02 12:10",
        "港股周一午后走强，科技股领涨，恒生指数收涨近1%，成交额较上周明显放大。",
        "分析人士认为，资金回流科技板块，短期内港股仍有上行空间。",
    ]
    article = build_article("\n".join(lines), "t.txt")
    assert article.title is not None and article.title.simplified == lines[4]


def test_day_led_rows_under_a_label_of_the_story_with_more_story_after_are_its_schedule() -> None:
    lines = [
        "某某劇團年度公演 春日的信",
        "劇團今年的新戲改編自同名小說，由資深演員領銜，全台巡演三個城市。",
        "台中場次：",
        "2026/04/11 (六) 19:30",
        "2026/04/12 (日) 14:30（加演）",
        "演出地點：某某藝術中心 中劇院",
        "購票請洽各大售票系統，團體票另有優惠，詳情請見劇團官網。",
        "相關活動",
        "2026/05/02 (六) 某某舞團 春季公演",
        "2026/05/09 (六) 某某樂團 十週年專場",
    ]
    chrome = _chrome(lines)
    assert set(lines[3:5]).isdisjoint(chrome)
    # the list under a heading of other events stays chrome
    assert set(lines[8:10]) <= chrome
    # a page's stamp under a label, with no story after it, stays chrome
    stamps = ["某某公告", "發布日期：", "2026/04/11 10:00", "2026/04/12 09:00"]
    assert set(stamps[2:]) <= _chrome(stamps)


@pytest.mark.parametrize(
    "line",
    ["文章標籤 高雄美食 鹽埕區 老字號 冰店", "标签 新能源 储能 锂电池", "Tags 露營 親子 新竹"],
)
def test_a_tag_label_with_its_terms_after_a_space_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    # a label word in a sentence is no tag row
    assert classify("标签 我觉得这个很好 不过太贵了，下次不买") is not Kind.CHROME


def test_a_tag_label_alone_over_its_row_of_terms_is_chrome() -> None:
    lines = [
        "颱風外圍環流影響 北部山區午後雷雨",
        "中央氣象署表示，颱風外圍環流影響，今天北部山區午後有局部大雨，民眾外出請攜帶雨具。",
        "氣象署提醒，山區活動應注意落石及溪水暴漲，避免前往危險區域。",
        "新聞關鍵字",
        "颱風 午後雷雨 氣象署 豪雨特報",
    ]
    chrome = _chrome(lines)
    assert set(lines[3:]) <= chrome
    assert set(lines[1:3]).isdisjoint(chrome)


@pytest.mark.parametrize(
    "line",
    ["颱風過後，漁民忙著修補漁網。資料圖片", "暴雨过后，街道一片狼藉。视频截图", "游客在湖边赏荷。新华社图片"],
)
def test_a_caption_with_its_kind_of_picture_after_the_full_stop_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME
    # a sentence that ends on a picture is the writer's
    assert classify("今天天气很好，我们去海边玩了一整天。分享照片") is not Kind.CHROME
    assert classify("昨天去海边玩了一整天。快看我的照片") is not Kind.CHROME


def test_the_name_and_bio_over_each_of_several_stamped_posts_are_chrome() -> None:
    lines = [
        "某某问答",
        "关注问题 写回答 邀请回答",
        "查看全部 40 个回答",
        "山间小路",
        "前旅行社导游 / 户外爱好者",
        "第一次去的话不建议自驾，山路弯多，雨季还常有落石，包车或者跟团会省心很多。",
        "另外住宿最好提前订，旺季周末基本都满房。",
        "发布于 2026-02-10 09:12・IP 属地云南",
        "赞同 320 添加评论 分享 收藏",
        "阿福",
        "本地人，住古城二十年",
        "其实冬天去也很好，人少，天也蓝，就是早晚温差大，要带厚外套。",
        "编辑于 2026-02-11 20:45・IP 属地云南",
        "赞同 88 添加评论 分享 收藏",
        "小林同学",
        "去年暑假刚去过",
        "古城里面吃的很多，但是价格偏贵，可以去外面的菜市场附近找小馆子，便宜又好吃。",
        "发布于 2026-02-12 18:30・IP 属地四川",
        "赞同 12 添加评论 分享 收藏",
    ]
    chrome = _chrome(lines)
    assert {lines[3], lines[4], lines[9], lines[10], lines[14], lines[15]} <= chrome
    assert {lines[5], lines[6], lines[11], lines[16]}.isdisjoint(chrome)


def test_one_stamped_post_alone_keeps_its_short_first_lines() -> None:
    from tui.model import boilerplate

    lines = [
        "某某问答",
        "查看全部 1 个回答",
        "山间小路",
        "前旅行社导游 / 户外爱好者",
        "第一次去的话不建议自驾，山路弯多，雨季还常有落石，包车或者跟团会省心很多。",
        "发布于 2026-02-10 09:12・IP 属地云南",
    ]
    kinds = [classify(line) for line in lines]
    chrome = {i for i, k in enumerate(kinds) if k is Kind.CHROME}
    # one post may be a story under its subheading: two or more posts make the shape
    assert boilerplate._post_heads(lines, kinds, chrome) == set()


@pytest.mark.parametrize(
    "heading",
    ["《更多某某新聞網報導》", "〈更多某某日报新闻〉", "同城活动 · · · · · ·", "小组热帖 • • • • •"],
)
def test_a_related_heading_in_angle_quotes_or_over_a_dotted_leader_heads_a_list(heading: str) -> None:
    lines = [
        "社區圖書館週末延長開放 親子共讀區增設座位",
        "市立圖書館宣布自下月起週末延長開放至晚間九點，並在親子共讀區增設四十個座位，方便家長帶孩子閱讀。",
        "館方表示，延長開放期間將增派志工協助借還書，也會舉辦故事時間活動。",
        heading,
        "老舊公寓加裝電梯補助上路 申請條件一次看",
        "夜市攤商聯合推出集點活動 滿額送環保袋",
    ]
    chrome = _chrome(lines)
    assert set(lines[3:]) <= chrome
    assert set(lines[1:3]).isdisjoint(chrome)


def test_one_word_lines_under_a_chrome_label_with_a_colon_are_its_items() -> None:
    lines = [
        "某某新闻网",
        "首页 国内 国际 财经",
        "多地迎来今冬首场降雪 交通部门提醒错峰出行",
        "来源：某某新闻网 2026-01-05 08:30",
        "分享到：",
        "微信",
        "QQ空间",
        "受冷空气影响，北方多地昨夜迎来今冬首场降雪，部分高速公路临时封闭，交通部门提醒市民错峰出行。",
        "气象部门预计，降雪将持续到明天上午，之后气温还会进一步下降。",
    ]
    chrome = _chrome(lines)
    assert {"微信", "QQ空间"} <= chrome
    assert set(lines[7:]).isdisjoint(chrome)


def test_short_replies_under_a_comments_label_are_no_labels_items() -> None:
    from tui.model import boilerplate

    lines = ["留言：", "好美", "+1", "我这边阴天，好羡慕"]
    kinds = [classify(line) for line in lines]
    # what stands under a comments heading is read, not the label's items
    assert boilerplate._label_items(lines, kinds, {0}) == set()
    # a label of the page's holds its one-word items, up to a sentence
    share = ["分享到：", "微信", "微博", "受寒流影响，今天各地气温明显下降。"]
    kinds = [classify(line) for line in share]
    assert boilerplate._label_items(share, kinds, {0}) == {1, 2}


def test_a_short_slogan_between_an_ad_marker_and_more_chrome_is_the_ad() -> None:
    lines = [
        "某某論壇",
        "首頁 > 居家 > 裝潢",
        "老房子浴室翻修 預算十五萬夠嗎？",
        "小白兔",
        "2026-02-10 21:00",
        "#1",
        "家裡浴室用了二十年，磁磚開始剝落，想整間翻新，請問大家十五萬的預算夠不夠？",
        "廣告",
        "【新春特惠】系統衛浴全品項八折 優惠至3/31止",
        "阿明師傅",
        "2026-02-10 22:15",
        "#2",
        "看用料，如果只換磁磚跟衛浴設備，十五萬應該夠，防水要做好。",
    ]
    chrome = _chrome(lines)
    assert lines[8] in chrome
    assert {lines[6], lines[12]}.isdisjoint(chrome)
    # the story going on under the marker stays (廣告 / a subheading / more story)
    story = [
        "颱風過後，農民搶收高麗菜，產地價格一週內上漲三成，市場預估下週才會回穩。",
        "廣告",
        "菜價何時回穩",
        "農委會表示，中南部產區正陸續復耕，預計兩週內供應量可恢復七成。",
    ]
    assert "菜價何時回穩" not in _chrome(story)


def test_a_posters_signature_under_the_double_dash_is_chrome() -> None:
    lines = [
        "【心得】第一次自己換機車電瓶",
        "1樓 樓主",
        "2026-03-01 20:00:00 編輯",
        "今天照著影片自己換了機車電瓶，比想像中簡單，十分鐘就搞定，省了三百塊工錢。",
        "--",
        "騎車不求快 只求平安到家",
        "小明：推分享 下次我也自己來",
        "回覆 | 推 | 分享",
    ]
    chrome = _chrome(lines)
    assert "騎車不求快 只求平安到家" in chrome
    assert lines[3] not in chrome
    # four or more lines under it are the post going on
    from tui.model import boilerplate

    long_tail = [*lines[:5], "第一段補充", "第二段補充", "第三段補充", "第四段補充", "回覆 | 推 | 分享"]
    kinds = [classify(line) for line in long_tail]
    assert boilerplate._signatures(long_tail, kinds, {1, 2, 4, 9}) == set()
    assert boilerplate._signatures(lines, [classify(line) for line in lines], {1, 2, 4, 7}) == {5}


@pytest.mark.parametrize("line", ["申請須知.pdf（下載次數：88）", "报名表.docx（下载 12 次）", "簡章.odt (1.2 MB)"])
def test_a_file_row_with_its_size_or_download_counter_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME


def test_the_notices_mail_under_its_phone_with_a_masked_number_stays_over_its_files() -> None:
    lines = [
        "某某大學",
        "首頁 > 最新消息",
        "暑期實習補助即日起受理申請",
        "發布日期：2026-05-06",
        "本校今日公布暑期海外實習補助計畫，每人最高補助新臺幣5萬元，申請期間至6月20日止，請各系所協助轉知。",
        "電話：(02)2345-6xxx",
        "電子信箱：intern@school.example.edu.tw",
        "相關附件：",
        "申請須知.pdf（下載次數：88）",
        "回上一頁",
    ]
    chrome = _chrome(lines)
    assert {lines[5], lines[6]}.isdisjoint(chrome)
    assert lines[8] in chrome


@pytest.mark.parametrize(
    "line",
    [
        "2. 錄取名單預計於7月上旬公布。",
        "3、复试结果将于下周二在官网发布",
        "面试安排拟于本月底在学院网站公布",
    ],
)
def test_a_numbered_or_future_item_saying_when_it_is_published_is_not_an_issue_stamp(line: str) -> None:
    assert classify(line) is not Kind.CHROME


def test_a_line_saying_when_a_bulletin_was_issued_stays_chrome() -> None:
    assert classify("以上預報由氣象站於2025年02月03日08時30分發出") is Kind.CHROME


def test_the_person_to_ask_under_a_numbered_contact_section_without_a_colon_is_body() -> None:
    lines = [
        "某某县文化局",
        "首页 > 通知公告",
        "关于举办少儿书法比赛的通知",
        "一、比赛于6月1日在县文化馆举行，各校可推荐五名学生参赛，报名表请于5月20日前交回。",
        "二、获奖作品将在文化馆展出一个月，欢迎家长和市民前来参观。",
        "三、联系方式",
        "联系人：李老师，电话：0571-8800000，邮箱：shufa_bisai@163.com",
        "请各校按时报名，逾期不再受理。",
        "版权所有 某某县文化局",
    ]
    assert lines[6] not in _chrome(lines)


@pytest.mark.parametrize(
    "line",
    [
        "The Wayback Machine - https://web.archive.org/web/20240101000000/https://news.example.com/local/老街書店",
        "原文網址：https://www.example.com.tw/news/2024/0101/123456",
        "https://example.cn/a/b/c?id=42",
    ],
)
def test_a_web_address_alone_or_after_a_short_name_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME


def test_a_sentence_that_gives_a_web_address_is_not_an_address_line() -> None:
    assert classify("我們昨天整理好的活動照片和報名方式都已經放在這個網頁上了大家有空可以去看看 https://example.org/signup") is not Kind.CHROME


def test_an_archives_banner_over_the_page_does_not_hide_its_headline() -> None:
    lines = [
        "The Wayback Machine - https://web.archive.org/web/20230505000000/https://news.example.hk/local/街市",
        "某某新聞 Example News",
        "港聞 國際 評論 生活",
        "港聞",
        "街市老檔主退休 熟客送花道別",
        "2023/05/04 — 10:30",
        "分享",
        "",
        "灣仔街市一個經營了四十年的菜檔今日最後一天營業，不少熟客特意前來道別，有人更送上鮮花，場面溫馨。",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == lines[4]


def test_a_post_in_short_lines_without_full_stops_is_body_not_a_menu() -> None:
    # PTT writes a comma as a space and ends no line with a full stop: the run of short lines
    # between the post's header and its signature talks, a menu never does
    lines = [
        "批踢踢實業坊 › 看板 Lifeismoney",
        "返回看板",
        "作者 riverfox (河狸)",
        "看板 Lifeismoney",
        "標題 [問題] 颱風天超商的麵包都被搬光了？",
        "時間 Tue Jul 22 20:11:05 2025",
        "如題",
        "",
        "下班經過三間便利商店 架上全部空空如也",
        "店員說明天早上才會補貨 叫我七點以後再來",
        "大家家裡都囤了什麼啊",
        "",
        "--",
        "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.2.3.4 (臺灣)",
        "推 seal: 泡麵也沒了，只剩下冬粉                             07/22 20:13",
    ]
    for form in (lines, [convert(x, Script.SIMPLIFIED) for x in lines]):
        chrome = _chrome(form)
        assert not chrome & {form[6], form[8], form[9], form[10]}, chrome
        assert form[1] in chrome and form[5] in chrome


def test_a_menu_of_short_words_under_the_head_is_still_chrome() -> None:
    lines = [
        "某某縣政府",
        "回首頁 | 網站導覽",
        "最新消息",
        "業務專區",
        "便民服務",
        "首頁 > 最新消息",
        "縣府公告：本週六起全縣公園夜間照明延長至晚上十一點，請民眾多加利用。",
    ]
    chrome = _chrome(lines)
    assert {lines[2], lines[3], lines[4]} <= chrome


@pytest.mark.parametrize(
    "line",
    [
        "建議使用 Chrome 瀏覽本網站",
        "建议使用 Edge 或 Firefox 浏览本站",
        "照片由 IG@some.lens_tw 拍攝",
        "图片由受访者提供",
        "某某天气小助手的微博视频",
        "引用 #12",
        "引用 3樓:",
        "技術支援：某某資訊股份有限公司",
        "技术支持：某某网络科技有限公司",
        "公告單位：總務處事務組",
        "（本报记者 王小明）",
        "（本報記者 陳大文 李小華）",
        "網站地圖 | 聯絡我們",
        "微博旅游博主 超话主持人",
    ],
)
def test_more_chrome_shapes(line: str) -> None:
    assert classify(line) is Kind.CHROME, line


@pytest.mark.parametrize(
    "line",
    [
        "杭州这几家老字号面馆，本地人从小吃到大",
        "記者說這家店的招牌菜每天只做三十份，晚一點到就吃不到了。",
        "網站改版以後 聯絡我們的表單一直送不出去",
    ],
)
def test_lines_near_those_shapes_stay_body(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line


def test_a_masked_phone_keeps_a_notices_contact_person_in_the_body() -> None:
    lines = [
        "某某鄉公所",
        "首頁 > 最新消息",
        "本所辦理秋季淨灘活動公告",
        "發布日期：114-09-01",
        "一、本所訂於9月20日上午8時在海灘停車場集合，歡迎鄉親攜家帶眷參加，活動約兩小時。",
        "二、請自備水壺及帽子，本所提供手套及垃圾袋，結束後於服務台領取紀念品。",
        "聯絡人：農業課 陳先生",
        "電話：03-9876xxxx分機12",
        "友善列印",
        "回到頁首",
    ]
    chrome = _chrome(lines)
    assert lines[6] not in chrome and lines[7] not in chrome
    assert lines[8] in chrome


def test_the_heading_over_a_pages_attachments_is_chrome() -> None:
    lines = [
        "某某中學",
        "最新消息 > 學校活動",
        "水運會通告",
        "本校水運會將於十月十日在區內泳池舉行，請同學於當日上午八時正在泳池門外集合，準時點名。",
        "家長如欲到場觀賽，請於九月三十日前以通告回條通知班主任，以便安排座位。",
        "",
        "相關文件",
        "水運會通告.pdf",
        "回條.pdf",
        "返回",
    ]
    chrome = _chrome(lines)
    assert lines[6] in chrome and lines[4] not in chrome


def test_a_numbered_item_after_the_story_is_no_tail_button() -> None:
    lines = [
        "某某局",
        "关于报名的通知",
        "各单位请于5月10日前将报名表报送至办公室，逾期不予受理，具体要求见附件。",
        "附件：1.参赛人员报名表",
        "2.各单位报名汇总表",
        "3.比赛日程安排表",
        "某某局办公室",
        "2025年4月28日",
        "【打印本页】【关闭窗口】",
    ]
    chrome = _chrome(lines)
    assert lines[4] not in chrome and lines[5] not in chrome


def test_the_sites_owner_in_the_footer_is_chrome_but_an_events_organiser_is_body() -> None:
    foot = [
        "某某市第二医院",
        "首页 > 通知公告",
        "关于端午节门诊安排的通知",
        "端午节期间急诊正常开放，普通门诊于6月1日上午照常开诊，下午停诊，请患者合理安排就诊时间。",
        "网站地图 | 联系我们",
        "主办单位：某某市第二医院",
        "版权所有：某某市第二医院",
    ]
    assert foot[5] in _chrome(foot)
    notice = [
        "某某國小",
        "首頁 > 最新消息",
        "親子淨灘活動公告",
        "一、本會訂於5月17日上午8時在海灘停車場集合，歡迎親子共同參加，活動約兩小時。",
        "二、請自備水壺及帽子，本會提供手套及垃圾袋，結束後於服務台領取紀念品。",
        "主辦單位：本校家長會　協辦單位：學務處",
        "家長會會長　某某某　敬啟",
        "中華民國114年5月1日",
        "回到頁首",
    ]
    assert notice[5] not in _chrome(notice)


def test_an_events_date_and_time_among_its_facts_are_body() -> None:
    lines = [
        "某某區議會",
        "主頁 > 最新消息",
        "社區綵燈會",
        "本會已於五月會議通過撥款，於河畔舉辦綵燈會，歡迎區內居民攜同家人參加。",
        "",
        "日期：2025年9月27日（星期六）",
        "時間：晚上六時至九時",
        "地點：河畔公園草地",
        "名額：800個家庭",
        "活動如遇惡劣天氣將順延一星期舉行，最新安排請留意本會專頁公布。",
        "分享：",
        "回到頁首",
    ]
    chrome = _chrome(lines)
    assert not chrome & {lines[5], lines[6], lines[7]}, chrome


def test_a_short_line_between_a_picture_and_the_pages_furniture_is_a_caption() -> None:
    lines = [
        "某某的旅行日記",
        "首頁　關於我們　旅遊",
        "墾丁兩天一夜",
        "這次趁著連假去了墾丁，第一天晚上住在恆春老街附近的民宿，老闆人很好。",
        "第二天一早去看日出，中午在海邊吃了炒飯，下午搭車回高雄。",
        "圖片",
        "船帆石的早晨，風很大。",
        "張貼者：某某 於 下午4:10",
        "標籤：墾丁, 連假",
    ]
    chrome = _chrome(lines)
    assert lines[6] in chrome and lines[4] not in chrome


def test_an_app_slogan_in_the_foot_is_chrome_a_reply_about_an_app_is_not() -> None:
    lines = [
        "某某财经",
        "首页 新闻 股票",
        "某某公司发布季度财报",
        "某某公司今日发布季度财报，营收同比增长一成，净利润创下历史新高，股价盘中上涨。",
        "分析人士认为，新业务贡献明显，预计下季度仍将保持增长。",
        "责任编辑：王某",
        "实时行情、深度解读，尽在某某财经APP",
        "相关阅读",
    ]
    assert lines[6] in _chrome(lines)
    reply = [
        "某某討論區",
        "#1 阿明 3日前",
        "聽日朝早十點開賣，記住用電腦唔好用App",
        "#2 阿強 2日前",
        "收到，多謝提醒",
        "分享",
        "回覆",
    ]
    assert reply[2] not in _chrome(reply)


@pytest.mark.parametrize("line", ["日期：即日起至11月30日", "日期：10月3日至10月25日", "日期：即日起到年底"])
def test_a_date_range_under_a_bare_label_is_a_schedule_not_a_stamp(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line
    assert classify(convert(line, Script.TRADITIONAL)) is not Kind.CHROME, line


def test_replies_under_a_name_and_an_age_are_body_their_heads_and_likes_chrome() -> None:
    # Threads and IG: each reply stands under its writer's id and age, its like count under it
    lines = [
        "Threads",
        "登入",
        "tea.house_hk",
        "2天",
        "今個週末我哋會延長營業到晚上十點，歡迎大家嚟坐坐。",
        "新口味下星期一推出，敬請期待！",
        "980",
        "41",
        "熱門",
        "lemon_tart_88",
        "2天",
        "好期待新口味！我星期一放工就過嚟",
        "17",
        "阿明仔",
        "1天",
        "上次嗰杯檸檬茶好正 我要再飲",
        "@lemon_tart_88 一齊去呀",
        "查看更多回覆",
        "© 2025 · Threads 使用條款 · 隱私政策",
    ]
    chrome = _chrome(lines)
    for reply in (lines[11], lines[15], lines[16]):
        assert reply not in chrome, reply
    for furniture in ("lemon_tart_88", "17", "查看更多回覆"):
        assert furniture in chrome, furniture
    simplified = [convert(line, Script.SIMPLIFIED) for line in lines]
    chrome = _chrome(simplified)
    assert simplified[11] not in chrome and simplified[15] not in chrome


def test_a_list_of_other_stories_with_their_ages_gives_back_no_headline() -> None:
    # headline / age pairs with nothing between them are a list, not replies
    lines = [
        "某某新聞網",
        "首頁 政治 社會 生活",
        "颱風外圍環流影響 北部今晚防大雨",
        "氣象署表示，颱風外圍環流持續影響，北部地區今晚起有局部大雨，請民眾注意。",
        "山區也要留意落石與坍方，非必要請勿前往。",
        "熱門新聞",
        "高鐵加開班次",
        "3小時前",
        "油價下週調降",
        "5小時前",
        "回到頂部",
    ]
    chrome = _chrome(lines)
    assert "高鐵加開班次" in chrome and "油價下週調降" in chrome
    assert lines[3] not in chrome


def test_the_last_line_of_a_floor_under_its_number_and_stamp_is_the_reply() -> None:
    lines = [
        "某某討論區",
        "時事台",
        "登入 註冊",
        "年尾大掃除幾時做好？",
        "時事台 · 12 回覆 · 30 Like",
        "#1 掃把星",
        "2026-01-20 20:10:11",
        "屋企人話要等到年廿八先執 我覺得太遲",
        "#2 小明",
        "2026-01-20 20:15:40",
        "我打算下個禮拜先執房 廚房留返最後先搞",
        "記得幫我問候伯母新年快樂",
        "12 回覆",
        "1 / 2 頁",
    ]
    chrome = _chrome(lines)
    assert lines[11] not in chrome and lines[10] not in chrome
    assert "12 回覆" in chrome


@pytest.mark.parametrize("line", ["（编辑 王丽）", "(责任编辑 李明 校对 张红)", "（編輯 陳小華）"])
def test_a_bracketed_credit_with_a_space_for_its_colon_is_chrome(line: str) -> None:
    assert classify(line) is Kind.CHROME, line
    story = "（记者 王丽）今天上午，市里召开会议，部署夏季防汛工作。"
    assert classify(story) is not Kind.CHROME


def test_an_epaper_pages_headline_list_is_chrome_and_its_headline_the_title() -> None:
    lines = [
        "某某日报数字报",
        "2025年7月2日 星期三",
        "往期回顾 | 版面导航 | 标题导航",
        "第A02版：要闻",
        "上一版 下一版",
        "老城区首批口袋公园开放 市民家门口多了绿地",
        "本报讯（记者 李华）7月1日，老城区首批8个口袋公园正式开放，市民在家门口就能散步休闲。",
        "据介绍，今年全市计划新建口袋公园30个，年底前全部完工。",
        "（编辑 张敏）",
        "上一篇 下一篇",
        "本版标题导航",
        "老城区首批口袋公园开放 市民家门口多了绿地",
        "暑期少儿图书馆延长开放时间",
        "地铁新线开始空载试运行",
        "版权所有：某某日报社",
    ]
    split = split_lines(lines)
    chrome = {lines[i] for i in split.chrome}
    assert "暑期少儿图书馆延长开放时间" in chrome and "地铁新线开始空载试运行" in chrome
    assert "（编辑 张敏）" in chrome and lines[7] not in chrome
    title = find_title(lines, split.body, split.chrome)
    assert title is not None and title.line == 5


def test_a_blogs_archive_and_category_lists_with_counts_are_chrome() -> None:
    lines = [
        "小禾的生活札記",
        "主頁 關於我 食記",
        "2025年5月4日星期日",
        "端午前去南投採茶",
        "上星期跟朋友去南投採茶，茶農阿伯教我們怎樣分辨一心二葉，大家都採得很開心。",
        "中午在茶園吃了竹筒飯，下午還去看了螢火蟲，回程車上每個人都睡著了。",
        "張貼者： 小禾 於 下午9:30",
        "網誌存檔",
        "▼ 2025 (9)",
        "▼ 五月 (2)",
        "端午前去南投採茶",
        "母親節的小蛋糕",
        "▶ 四月 (4)",
        "▶ 三月 (3)",
        "技術提供：Blogger.",
    ]
    chrome = _chrome(lines)
    for line in ("網誌存檔", "▼ 2025 (9)", "母親節的小蛋糕", "▶ 三月 (3)"):
        assert line in chrome, line
    assert lines[4] not in chrome and lines[5] not in chrome
    simplified = [
        "某某的技术笔记",
        "用脚本整理照片的一点经验",
        "最近写了一个小脚本，按拍摄日期把几千张照片自动分到不同的文件夹里，省了很多时间。",
        "代码放在下面，有需要的朋友可以直接拿去用，有问题欢迎留言。",
        "« 上一篇： 家里网络的一次排查",
        "» 下一篇： 给老人手机装了个大字版桌面",
        "随笔分类",
        "Python(21)",
        "生活(9)",
        "随笔档案",
        "2025年8月(3)",
        "2025年7月(6)",
    ]
    chrome = _chrome(simplified)
    for line in simplified[4:]:
        assert line in chrome, line
    assert simplified[2] not in chrome


@pytest.mark.parametrize("line", ["5. 提前准备", "3. 注意事項", "2.行程安排"])
def test_a_numbered_heading_of_four_hanzi_is_no_counter(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line
    for counter in ("1.2万 阅读", "128 回复", "3.5万赞"):
        assert classify(counter) is Kind.CHROME, counter


@pytest.mark.parametrize("line", ["时间：10月6日（中秋节）19:30", "時間：12月24日（平安夜）20:00", "時間：3月2日（週日）14:00"])
def test_an_events_day_without_its_year_and_its_hour_is_a_schedule(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line
    for stamp in ("时间：2025年10月6日 19:30", "时间：2025-10-06 19:30", "发布时间：10月6日 19:30"):
        assert classify(stamp) is Kind.CHROME, stamp


@pytest.mark.parametrize("line", ["■ 時間分配", "■ 最後兩週", "● 注意事项", "◆ 心態"])
def test_a_square_or_a_dot_before_a_few_words_heads_a_section_of_the_story(line: str) -> None:
    """Not a byline (◎ 某某 is one): a post's own section headings."""
    for form in (line, convert(line, Script.SIMPLIFIED)):
        assert classify(form) is not Kind.CHROME, form
    assert classify("◎ 林小明") is Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "一人限購4張，客服專線02-2999-0000",
        "每人每次最多買4張，售票熱線2314 4228（最好唔好打，上次打咗成個鐘都唔通）",
        "报名截止前还有3个名额，咨询电话0571-8888 1234",
    ],
)
def test_a_hotline_told_after_a_clause_of_the_story_is_no_contact_field(line: str) -> None:
    for form in (line, convert(line, Script.SIMPLIFIED), convert(line, Script.TRADITIONAL)):
        assert classify(form) is not Kind.CHROME, form
    for field in ("客服專線：02-2999-0000", "服务时间 周一至周五，热线 400-123-4567"):
        assert classify(field) is Kind.CHROME, field


def test_comments_under_a_related_list_each_under_its_name_place_and_stamp() -> None:
    """相关阅读's links, then the comment form, then comments (新浪网友 [江西南昌] 04-17 09:12 /
    text / 回复): the heads and buttons are chrome, each comment is read, however short."""
    lines = [
        "各队的伤病名单将在下周由足协统一公布。", "（新浪体育）", "责任编辑：陈思远 SN184",
        "相关阅读", "中甲首轮：江州龙腾客场3比0大胜 2023年04月15日 22:10",
        "中甲新赛季前瞻：谁能冲超？ 2023年04月13日 17:45", "我要评论",
        "新浪网友 [江西南昌] 04-17 09:12", "这个10号外援真的值", "回复",
        "新浪网友 [云南昆明] 04-17 09:40", "补时丢球太难受了，周六主场必须赢回来", "回复",
        "网易湖南长沙网友 [ 小周爸爸 ] 08-27 11:02", "秋假好评，就怕最后变成补课假", "顶 [256]",
        "新浪首页", "About Sina", "Copyright © 1996-2023 SINA Corporation",
    ]
    for form in (lines, [convert(x, Script.TRADITIONAL) for x in lines]):
        chrome = _chrome(form)
        for i in (7, 10, 13, 15):
            assert form[i] in chrome, form[i]
        for i in (0, 8, 11, 14):
            assert form[i] not in chrome, form[i]


def test_a_posts_own_fields_and_its_photos_link_are_read() -> None:
    """A hiking signup on PTT: 【集合時間】早上08:30 is the event's time (as 集合時間：… is), and
    附上上週日（3/3）勘路拍的照片：https://… gives the post's own photos; a bare link under a
    label, a stamp after its label and an attachment's link stay chrome."""
    for line in ("【集合時間】早上08:30", "集合時間：早上08:30", "附上上週日（3/3）勘路拍的照片：https://imgur.com/a/Qm3xT9k"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is not Kind.CHROME, form
    for line in ("原文連結：https://example.com/a", "附件：https://example.com/a.pdf", "发布时间 08:30"):
        assert classify(line) is Kind.CHROME, line


def test_source_notes_and_other_stories_with_their_day_at_the_end() -> None:
    """新聞來源：… 2019/09/20 https://…, (本文原載於2026年1月20日《某某日報》A3版): where the
    story came from; 某某｜…　街坊排隊送別 2024-06-11: another story's link with its day.  A
    commenter's line with its stamp is read."""
    for line in (
        "新聞來源：三立新聞網 2019/09/20 https://www.example.com/News.aspx?NewsID=1",
        "（本文原載於2026年1月20日《某某日報》A3版）",
        "結業潮｜深水埗46年老字號麵家宣布月底結業　街坊排隊送別 2024-06-11",
        "大埔墟街市檔主自發回收膠袋　一個月收逾三千個 2024-06-10",
    ):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is Kind.CHROME, form
    assert classify("大白鲨开车：国庆前肯定没戏，排到11月了 2025-09-10 20:09") is not Kind.CHROME


def test_a_story_sentence_about_privacy_is_read() -> None:
    line = "对于不少网友关心的隐私问题，星途科技回应称，眼镜拍照时镜框会亮起提示灯，且所有翻译数据默认在本地处理。"
    for form in (line, convert(line, Script.TRADITIONAL)):
        assert classify(form) is not Kind.CHROME, form
    assert classify("我们重视您的隐私，继续浏览即表示您同意我们使用cookies以及隐私政策。") is Kind.CHROME


def test_lists_of_links_end_where_the_story_or_the_comments_begin() -> None:
    """A blog's tag heading over its tags and categories, then the story's first line cut at a
    comma; a hot list over the comments' counts, then comments each under 某某 於 … 回覆; a
    WeChat page's 往期推荐 over its links, then 精选留言 and the comments."""
    blog = [
        "某某部落格", "首頁", "熱門文章", "美食", "旅遊", "登入",
        "[台北大同] 迪化街年貨大街必買清單｜烏魚子試吃、南北貨老店", "文章標籤", "迪化街 年貨大街 烏魚子",
        "全站分類：美食情報", "個人分類：台北吃喝",
        "一年一度的迪化街年貨大街今年1月11日至1月27日登場，",
        "我每年過年前都會來逛一圈，上週日終於找到空檔，約了朋友一起去掃貨，這篇整理了幾家給大家參考。",
        "烏魚子一片從1,200到2,600元不等，老闆很大方讓大家試吃，炙燒過的烏魚子配蒜苗超香！",
        "全站熱搜", "創作者介紹", "小米粒", "留言(2) 引用(0) 人氣(1,532)",
        "阿芬 於 2025/01/24 18:03 回覆", "明天要去！請問烏魚子可以刷卡嗎？",
        "小米粒 於 2025/01/24 20:15 回覆", "@阿芬 那家只收現金喔～假日下午人最多，建議早點去！",
        "© 2025 某某部落格",
    ]
    chrome = _chrome(blog)
    for line in ("一年一度的迪化街年貨大街今年1月11日至1月27日登場，", "明天要去！請問烏魚子可以刷卡嗎？",
                 "@阿芬 那家只收現金喔～假日下午人最多，建議早點去！"):
        assert line not in chrome, line
    for line in ("文章標籤", "全站熱搜", "留言(2) 引用(0) 人氣(1,532)", "阿芬 於 2025/01/24 18:03 回覆"):
        assert line in chrome, line
    wechat = [
        "端午节门诊安排来了", "原创 某某医院 2023-06-20 17:30 浙江",
        "6月22日（端午节）当天，我院门诊照常开放，急诊24小时接诊，请市民提前在小程序上预约。",
        "往期推荐", "高温来了！这份防暑指南请收好", "这些社区卫生服务中心可以打HPV疫苗了",
        "阅读 1.2万", "在看 326", "写留言", "精选留言", "杭城阿姨",
        "端午节那天带孙子去二院，希望人不要太多", "浙江 6月20日",
    ]
    chrome = _chrome(wechat)
    assert "端午节那天带孙子去二院，希望人不要太多" not in chrome
    assert "高温来了！这份防暑指南请收好" in chrome


def test_a_reply_opening_its_list_under_a_floors_number_is_no_poster() -> None:
    lines = [
        "某某討論區", "首頁 > 居家 > 掃地機器人", "掃地機器人新品發表，值得等嗎？",
        "阿賢在新竹", "2023-11-07 16:02", "#7", "整理一下大家的意見：",
        "1. 預購送的延長保固算有誠意，但出貨要等到12月中旬", "2. 深色地墊的問題等正式版韌體",
        "小明", "2023-11-07 16:30", "#8", "謝謝整理，收藏了", "© 某某討論區",
    ]
    for form in (lines, [convert(x, Script.SIMPLIFIED) for x in lines]):
        chrome = _chrome(form)
        assert form[6] not in chrome, form[6]
        assert form[3] in chrome and form[9] in chrome


def test_a_caption_credited_to_an_accounts_picture() -> None:
    """維園綵燈會試燈片段。（IG@maymayeats圖片）: a photo's caption, as Hong Kong sites credit a
    reader's or a user's picture (its handle still counts); a sentence that mentions a picture
    is read."""
    for line in ("維園中秋綵燈會試燈片段。（IG@maymayeats圖片）", "玉兔燈高約12米。（@kelvinshoots 圖片）"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is Kind.CHROME, form
    for line in ("她在IG@maymayeats分享了綵燈會的圖片，吸引不少網友留言。",):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is not Kind.CHROME, form


@pytest.mark.parametrize(
    "line",
    ["预览时标签不可点", "继续滑动看下一个", "轻触阅读原文", "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼",
     "Powered by Discuz! X3.4", "发贴请遵守贴吧协议及“七条底线”", "我也说一句", "文章价值：",
     "【更多即时新闻详情请上东网新闻】", "赞助广告"],
)
def test_a_platforms_own_prompts_and_notices(line: str) -> None:
    """What WeChat, Tieba, Discuz or a news app print on every page they serve is chrome
    wherever it stands, in either script."""
    for form in (line, convert(line, Script.TRADITIONAL)):
        assert classify(form) is Kind.CHROME, form


def test_a_posts_own_request_to_be_written_to_is_read() -> None:
    """企業大量訂購請來信 …, 摊位报名请发邮件至 …, 有問題可以PM我，或者email … 都得: the post asks to be
    written to; a site's call for tips or reprints, a label's field and a notice of rights stay
    chrome."""
    for line in ("企業大量訂購請來信 order.wheatfield@gmail.com 或私訊粉專",
                 "摊位报名请发邮件至yueguang_shushi@163.com",
                 "想要完整GPX軌跡的可以寄信到 sunnyhike.tw@gmail.com",
                 "有問題可以PM我，或者email fatcatmama@netvigator.com 都得"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is not Kind.CHROME, form
    for line in ("投稿请发邮件至 tg@example.com", "合作请联系：hzfood_map@163.com", "如有侵权请联系 a@example.com",
                 "寻求报道请发邮件至 bp@example.com"):
        for form in (line, convert(line, Script.TRADITIONAL)):
            assert classify(form) is Kind.CHROME, form


def test_a_notices_headline_with_its_minguo_stamp_on_its_line() -> None:
    """114年春節連假門診異動公告　114-01-20: the headline, cut before the Minguo date an office
    stamps on its line; a headline's own Minguo year (114年) stays in it."""
    lines = [
        "某某醫院",
        "首頁 > 最新消息 > 公告",
        "114年春節連假門診異動公告\u3000114-01-20",
        "本院114年春節連假期間（1月25日至2月2日）門診異動如下，敬請民眾留意。",
        "急診24小時照常服務，其餘門診將於2月3日恢復。",
        "衛生福利部某某醫院\u3000敬啟",
    ]
    a = build_article("\n".join(lines))
    assert a.title is not None and a.title.traditional == "114年春節連假門診異動公告"


def test_listed_posts_with_their_authors_and_pictures_left_as_code() -> None:
    """泉州两天一夜｜在古城里慢慢走　by 阿木木 (another post and its author), > 更多影评 1092篇 (a
    link to more), [img]./mon_202403/21/x.jpg[/img] (a forum's picture as its code): chrome.  A
    sentence that says who made something (这首歌是 by 周杰伦的) is read."""
    for line in ("泉州两天一夜｜在古城里慢慢走\u3000by 阿木木", "渡船上的父亲 by 阿远", "> 更多影评 1092篇",
                 "[img]./mon_202403/21/-7Qh1a2-9x3kZ.jpg[/img]", "[attach]12345[/attach]"):
        for form in (line, convert(line, Script.TRADITIONAL)):
            assert classify(form) is Kind.CHROME, form
    for form in ("这首歌是 by 周杰伦的", convert("这首歌是 by 周杰伦的", Script.TRADITIONAL)):
        assert classify(form) is not Kind.CHROME, form


def test_a_government_sites_register_around_its_notice() -> None:
    """The disclosure fields over a notice (索引号：…, 主题分类：…, 成文日期：…) and its record
    under the text (（此件公开发布）, 抄送：…, 某某办公室 2025年3月4日印发), and 相关解读 over other
    pages: the site's register.  The notice's own sentences about its number are read."""
    for line in ("索引号：011345208/2025-00089", "主题分类：民政、扶贫、救灾", "发文机关：江城市人民政府办公室",
                 "成文日期：2025年03月04日", "（此件公开发布）", "抄送：市委各部门，市人大常委会办公室，市检察院。",
                 "江城市人民政府办公室 2025年3月4日印发", "相关解读"):
        for form in (line, convert(line, Script.TRADITIONAL)):
            assert classify(form) is Kind.CHROME, form
    for line in ("文号就是这么定的", "各区请于4月10日前将工作情况书面报市民政局。"):
        assert classify(line) is not Kind.CHROME, line


def test_a_sites_menu_one_item_to_a_line_over_the_headline() -> None:
    """Apps / A A A / 繁 / 简 / 選單 / 新聞主頁 / 即時新聞 / 本地 / … / 視像新聞 / 新聞專題 / 報料快線 /
    主頁, then the headline: the whole run is the menu (its unknown items too), and the title is
    the headline under it.  A post's short lines of its own (a poem's) are read."""
    menu = ["Apps", "A A A", "繁", "简", "Eng", "選單", "新聞主頁", "即時新聞", "本地", "大中華", "國際", "財經",
            "體育", "視像新聞", "新聞專題", "新聞節目", "新聞重溫", "報料快線", "主頁"]
    story = ["陳朗希啟德開唱門票半日售罄 主辦加開一場 港鐵九巴加強服務", "2025-04-23 HKT 18:20",
             "歌手陳朗希的啟德主場演唱會門票今日公開發售，半日內全部售罄。",
             "主辦單位宣布加開一場，港鐵及九巴將加強散場時段服務。"]
    a = build_article("\n".join(menu + story))
    assert a.title is not None and a.title.traditional == story[0]
    assert {"視像新聞", "報料快線", "新聞專題"} <= {b.original for b in a.boilerplate}
    poem = ["床前明月光", "疑是地上霜", "舉頭望明月", "低頭思故鄉", "這是我小時候背的第一首詩。", "現在讀來仍然很有感覺。"]
    a = build_article("\n".join(poem))
    assert not {"床前明月光", "低頭思故鄉"} & {b.original for b in a.boilerplate}


def test_a_forecasts_day_items_and_a_lists_items_ending_in_semicolons_are_read() -> None:
    """▲週四（19日）：東北季風增強…。 is a forecast's item (a photo's caption under ▲ names no
    day before a colon); ▶糖尿病患者口渴时不要用果汁、饮料解渴； is a list's item (a promo link under
    ▶ or ► ends in no semicolon)."""
    for line in ("▲週四（19日）：東北季風增強，北部、宜花有短暫雨，北部高溫約20度。",
                 "▲下週一（23日）：白天起回溫，早晚仍偏冷，中南部日夜溫差大。",
                 "▶心衰、肾功能不全患者，饮水量需遵医嘱；"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is not Kind.CHROME, form
    for line in ("▲台北市長今天出席記者會。（圖／記者王某攝）", "▲台北101跨年煙火", "►想爽玩日本？最新機票優惠看這裡",
                 "▶ 影片載入中…"):
        assert classify(line) is Kind.CHROME, line


def test_an_events_time_is_no_comments_stamp() -> None:
    """📅 聽日（16日）晚上7:30, 明天晚上7:30: when a post's event is (a coming day, a time of day in
    words); 星期三 19:02 and 今天 19:02 are a comment's stamps."""
    for line in ("📅 聽日（16日）晚上7:30", "明天晚上7:30"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is not Kind.CHROME, form
    for line in ("星期三 19:02", "今天 19:02"):
        assert classify(line) is Kind.CHROME, line


def test_a_days_most_read_and_the_readers_talk_head_lists_of_other_stories() -> None:
    """今日熱門, 網友熱議, 本週最熱 head lists of other stories, as 相關新聞 does."""
    for line in ("今日熱門", "網友熱議", "本週最熱"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert is_section_heading(form), form


def test_a_floors_text_under_its_number_and_a_replys_thanks_are_read() -> None:
    """Mobile01: 小米粥 / 2023-11-28 10:40 / #3 / 做冷氣二十年路過 — the poster and the stamp are over
    the number, so the line under it is the reply's text; 感謝各位撥冗回覆 thanks the repliers (a
    button word inside it); 謝謝兩位，剛剛已經寄信到平台客服信箱 cs-care@… is a reply, not a footer."""
    lines = ["想請問這種情況可以直接要求退款嗎？", "感謝各位撥冗回覆", "回覆 引言回覆 檢舉", "HVAC老王", "2023-11-28 12:18",
             "#5", "做冷氣二十年路過", "機器「還在倉庫」通常是廠商把貨調去先裝別人的單了。", "回覆 引言回覆 檢舉",
             "阿傑爸比", "2023-11-28 11:05", "#4", "謝謝兩位，剛剛已經寄信到平台客服信箱 cs-care@shopmall.com.tw",
             "也在訂單頁面按了「申請退款」，系統說3個工作天內回覆。", "回覆 引言回覆 檢舉"]
    for form in (lines, [convert(x, Script.SIMPLIFIED) for x in lines]):
        chrome = _chrome(form)
        for kept in (form[1], form[6], form[12]):
            assert kept not in chrome, kept
        assert form[3] in chrome and form[9] in chrome
    assert classify("感谢阅读，投稿请发至 tg@example.com") is Kind.CHROME


def test_a_verification_label_a_related_reading_head_and_an_answers_pager() -> None:
    """微博个人认证 歌手、演员 (the platform's label under a name, never a title), 延展阅读 (a list of
    other stories follows), 下一个回答 (Zhihu's pager): chrome in either script."""
    for line in ("微博个人认证 歌手、演员", "官方认证：江城日报", "延展阅读", "下一个回答"):
        for form in (line, convert(line, Script.TRADITIONAL)):
            assert classify(form) is Kind.CHROME, form
    assert is_section_heading("延展阅读")


def test_things_and_their_prices_are_no_menu() -> None:
    """雞腿便當 95 → 110 (a price and what it became) and 紫菜湯 25、味噌湯 30 (a price list) are a
    post's; 首頁 → 新聞 → 地方, 阅读 1.2万 评论 3 and 你、陳美玲及其他 328 人 stay chrome."""
    for line in ("雞腿便當 95 → 110", "排骨便當 85 → 100", "紫菜湯 25、味噌湯 30"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is not Kind.CHROME, form
    for line in ("首頁 → 新聞 → 地方", "阅读 1.2万 评论 3", "👍❤️ 你、陳美玲及其他 328 人"):
        assert classify(line) is Kind.CHROME, line


def test_a_routes_arrows_are_no_trail_of_sections() -> None:
    """沙田坳道起步 → 望夫石 → 獅子山頂 → 原路返回, D1 上午：满觉陇 → 下午：龙井村采茶 and
    Day1（4.30）到达→中山路→劈柴院: a route's stops; 首頁 → 新聞 → 地方 and 新闻 > 地方 > 江城 are a
    site's trail."""
    for line in ("沙田坳道起步 → 望夫石 → 獅子山頂 → 原路返回", "D1 上午：满觉陇 → 下午：龙井村采茶",
                 "Day1（4.30）到达→中山路→劈柴院→栈桥看日落"):
        for form in (line, convert(line, Script.TRADITIONAL)):
            assert classify(form) is not Kind.CHROME, form
    for line in ("首頁 → 新聞 → 地方", "新闻 > 地方 > 江城", "新闻 → 地方 → 江城"):
        assert classify(line) is Kind.CHROME, line


@pytest.mark.parametrize(
    "line",
    ["樓主曬出清走的十袋雜物。（Threads@clutter.free.hk）", "維園年宵市場開鑼，不少市民入場選購年花。梁文傑攝",
     "台鐵春節疏運將加開列車312班次。圖／本報資料照片", "跑者在杭州马拉松起点附近热身（资料图）",
     "图为庭审现场。临江区法院 供图", "点击上方蓝字 关注我们", "收录于合集", "Sent from JPTT on my iPhone",
     "您的浏览器版本过低，建议升级浏览器以获得更好的阅读体验", "京网文〔2023〕1007-026号",
     "ETtoday關心您：飲酒過量，害人害己。未滿十八歲禁止飲酒。", "（本文持續更新）", "聯合線上公司 著作權所有",
     "👍 35 👎 2", "宜蘭縣壯圍鄉美福村龍舟隊26日在美福排水進行賽前練習。（中央社記者沈家豪攝　114年5月26日）",
     "颱風過後，台北市街頭一片狼藉。（中央社記者王飛華攝 2024/10/4）",
     "台北市議會交通委員會審查公車補貼預算，多名議員質疑電子票證優惠一再延長...三立新聞網 setn.com ・ 5 小時前 ・ 12",
     "花蓮7日晚間規模5.8地震後，不少民眾家中家具傾倒，消防局提醒...TVBS ・ 1 天前 ・ 38",
     "──以下為舊文，原發表於2019年10月12日──", "—— 以上为聊天记录，共24条 ——", "星島頭條 · 2026年3月7日",
     "B1 · 2026年3月10日 10:41", "浙江杭州 · 2025-09-03", "即時新聞 相關報道", "本新聞由東網提供",
     "本文由三立新聞網授權轉載", "本期推荐", "喜欢", "在看", "提问", "默认",
     "相片由一頁書房提供，可能是書架和室內的圖像", "可能是 2 人和文字的圖像", "May be an image of text", "上午 08:12",
     "下午 12:17", "食物：5/5　服務：4/5　氣氛：4/5", "陳美玉已收回訊息", "“小王”撤回了一条消息",
     "2024-11-23 浙江", "11-23 上海"],
)
def test_captions_credits_and_a_sites_notices_in_more_shapes(line: str) -> None:
    """A caption with its picture's account, photographer or source after its full stop (or in
    brackets with the day it was taken, as CNA writes it), a portal's teaser of another story
    with its outlet and age, a divider with words between its rules, a link card's source and
    day, a portal's two list tabs, a reprint's credit, a file picture, WeChat's follow prompt, a PTT app's signature, a browser banner, a culture licence,
    Taiwan's drinking warning, a story still being updated, a copyright line, a reply's votes."""
    for form in (line, convert(line, Script.SIMPLIFIED), convert(line, Script.TRADITIONAL)):
        assert classify(form) is Kind.CHROME, form


def test_a_replys_votes_stay_chrome_among_its_text_and_a_sentence_with_a_picture_is_read() -> None:
    """LIHKG: #1 name stamp / text / 👍 35 👎 2 / #2 …: the votes are no part of the reply; a
    sentence that mentions a picture is read (她在IG分享了照片。)."""
    lines = ["#1 花墟阿蘇 2025-01-20 22:15:41", "琴日去咗旺角花墟睇桃花，一棵細細都要$680。", "想問下大家幾時去最抵？",
             "👍 35 👎 2", "#2 收工食碗麵 2025-01-20 22:31:07", "年廿九凌晨先去，啲檔口劈價劈到七折", "👍 12 👎 0",
             "#3 豬扒包 2025-01-20 22:40:55", "年三十晚去最抵", "👍 8 👎 1"]
    chrome = _chrome(lines)
    assert {"👍 35 👎 2", "👍 12 👎 0", "👍 8 👎 1"} <= chrome
    assert not {lines[1], lines[5], lines[8]} & chrome
    assert classify("她在IG分享了清走雜物的照片。") is not Kind.CHROME


@pytest.mark.parametrize(
    "line",
    ["▸延伸閱讀：夜市美食怎麼吃才安全？營養師教你4招", "【延伸閱讀】旺角50年老餅店宣布結業 師傅：後生仔唔肯入行",
     "加入HK01 WhatsApp頻道，即時接收最新消息", "按讚加入ETtoday新聞雲", "进入新浪财经股吧讨论",
     "长按识别二维码，关注江南读书会", "更多热点速报、权威资讯、深度分析尽在新浪新闻", "[直播已结束]",
     "以上为直播全部内容，感谢关注。", "[文字直播持續更新中，請重新整理頁面]", "已无更多数据", "由 Blogger 技術提供。",
     "本文为财新网付费内容，订阅后可阅读全文", "中華民國114年5月20日"],
)
def test_calls_to_join_a_channel_a_lives_end_and_a_notices_date_line(line: str) -> None:
    """Another story under its label, a call to join a channel or open an app, a site's "all of it
    is here", a live page's end and status, a list's end, Blogger's footer, a paywall's prompt, a
    Taiwan notice's signature date alone on its line: chrome in either script."""
    for form in (line, convert(line, Script.SIMPLIFIED), convert(line, Script.TRADITIONAL)):
        assert classify(form) is Kind.CHROME, form


def test_joining_a_group_in_a_sentence_is_read() -> None:
    """A sentence about joining, entering or downloading goes on past the channel's name; a call
    to join stops at it, or at its promise (，分享赚金币, 掌握第一手新聞)."""
    for line in ("我昨天加入了WhatsApp群組，大家都好熱情", "下载了这个APP以后，我每天都用",
                 "加入社群后，大家互相帮忙解决问题", "进入频道的人越来越多", "下载小红书APP的用户中有一半是女性"):
        assert classify(line) is not Kind.CHROME, line


def test_a_comments_stamp_with_its_region_and_an_outlets_follow_up_note() -> None:
    """3月30日 22:03 湖北武汉 under each comment (the day, the time, the commenter's region), 还没有
    评论，发表第一个评论吧 and （澎湃新闻将持续关注）: chrome; a comment's text between them is read."""
    lines = ["正文第一段，说明事情的经过。", "相关评论", "阿珍", "我家楼下也是这样，早上六点就开始排队了",
             "3月30日 22:03 湖北武汉", "老王", "去年也这样，希望今年能改善", "3月30日 22:15 山东青岛"]
    chrome = _chrome(lines)
    assert {lines[4], lines[7]} <= chrome and not {lines[3], lines[6]} & chrome
    for line in ("还没有评论，发表第一个评论吧", "（澎湃新闻将持续关注）"):
        for form in (line, convert(line, Script.TRADITIONAL)):
            assert classify(form) is Kind.CHROME, form


def test_a_one_line_comment_with_its_writers_name_over_its_stamp_is_read() -> None:
    """赣南脐橙王：除夕当天走是真的勇 / 01-15 22:01: a comment and its writer on one line over its
    stamp (Tieba, Weibo), read; a bare name over a stamp stays chrome."""
    lines = ["2024年2月7日我走的，早上5点出发，在龙南服务区堵了两个小时。", "来自iPhone客户端 2楼 01-15 21:50", "回复(2)",
             "赣南脐橙王：除夕当天走是真的勇", "01-15 22:01", "小鹿不乱撞", "01-15 22:05", "我也是除夕走的，一路畅通"]
    for form in (lines, [convert(x, Script.TRADITIONAL) for x in lines]):
        chrome = _chrome(form)
        assert form[3] not in chrome, chrome
        assert form[5] in chrome, chrome  # the bare name over its stamp


def test_shapes_that_only_look_like_credits_or_labels_are_read() -> None:
    """…。正在拍摄 is no photographer's credit (拍摄 is "shooting"); 官方认证的账号也会发假消息 is
    a sentence about verified accounts, no verification label."""
    for line in ("我们一起去了片场。正在拍摄", "官方认证的账号也会发假消息"):
        for form in (line, convert(line, Script.TRADITIONAL)):
            assert classify(form) is not Kind.CHROME, form


def test_an_events_day_under_a_bare_label_is_read() -> None:
    """日期：12月24日（三）晚上8:00 in a church's post: when its service is (no year; its weekday
    and time of day); 日期：2024年12月10日（星期二）, 时间：2024-12-10 10:00 and 日期：12月10日 are
    a page's own date lines."""
    for line in ("日期：12月24日（三）晚上8:00", "日期：12月25日（四）上午10:30"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is not Kind.CHROME, form
    for line in ("日期：2024年12月10日（星期二）", "时间：2024-12-10 10:00", "日期：12月10日"):
        assert classify(line) is Kind.CHROME, line


def test_a_link_cards_teaser_under_its_source_and_day_is_chrome() -> None:
    """A Facebook post sharing a link: the card's source · day and the linked story's opening cut
    short (……) under it are the card's, chrome; the post's own sentence is read."""
    lines = ["大埔街坊關注組", "區議會下個禮拜三（11日）會開會討論，我哋已經聯絡議員。", "STHEADLINE.COM",
             "大埔墟街市翻新再延期 食環署：料9月底完工", "星島頭條 · 2026年3月7日",
             "食環署昨日（6日）回覆議員查詢時表示，大埔墟街市翻新工程因發現結構問題須延期……", "👍❤️😡 236", "48則留言"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        ls = [convert(x, script) for x in lines]
        chrome = _chrome(ls)
        assert {ls[4], ls[5]} <= chrome, chrome
        assert ls[1] not in chrome


def test_clauses_of_talk_before_an_address_are_read() -> None:
    """答：可以找客服要电子保修卡，或者发邮件到kefu@…，附上订单截图: an answer's sentence with the
    address it gives, though it ends without a full stop; a footer's labelled fields stay chrome."""
    for line in ("答：可以找客服要电子保修卡，或者发邮件到kefu@hetian-example.cn，附上订单截图",
                 "佢哋網頁寫得好清楚，如果唔明可以電郵 enquiries@lcsd.example.hk 問下"):
        for form in (convert(line, Script.SIMPLIFIED), convert(line, Script.TRADITIONAL)):
            assert classify(form) is not Kind.CHROME, form
    for line in ("地址：朝阳区三里屯路19号，电话：010-12345678，邮箱：a@b.com", "客服邮箱 service@damai-demo.cn"):
        assert classify(line) is Kind.CHROME, line


def test_a_chat_records_short_replies_under_their_senders_are_messages() -> None:
    """A WeChat chat record: 朵朵妈妈　09:15 / 收到 …: each reply under its sender's line is what
    was said (收到, 好的👌, 已签), not a button; [图片] stays the app's."""
    lines = ["王老师　09:12", "@所有人 各位家长好，寒假安排通知如下：", "朵朵妈妈　09:15", "收到", "浩浩爸爸　09:16", "好的👌",
             "王老师　09:26", "[图片]", "朵朵妈妈　09:30", "已签", "浩浩爸爸　09:35", "已签收✅"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        ls = [convert(x, script) for x in lines]
        chrome = _chrome(ls)
        assert not {ls[3], ls[5], ls[9], ls[11]} & chrome, chrome
        assert ls[7] in chrome


def test_a_comment_between_its_writers_id_and_its_age_is_read() -> None:
    """Instagram: tommy_wong1992 / 10月4日開張有冇開張優惠😆 / 1週: a reader's comment; Threads'
    lin.xiaoqing / 林小晴 / 3天 is a profile's display name."""
    lines = ["yatpage.books", "新舖10月4日正式開門✨", "chloe.reads.hk", "@may.reads 27號一齊去讀書會！", "1週", "12 個讚",
             "回覆", "tommy_wong1992", "10月4日開張有冇開張優惠😆", "1週", "9 個讚", "回覆"]
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        ls = [convert(x, script) for x in lines]
        assert ls[8] not in _chrome(ls)
    profile = ["Threads", "lin.xiaoqing", "林小晴", "3天", "上週末跟 @hsu.amber 衝了一趟九份，結果整條老街都在排隊😂"]
    assert "林小晴" in _chrome(profile)
    bili = ["周末睡到中午 LV4", "回复 @阿七不吃香菜 :宿舍那个三层置物架可以给个链接吗", "2024-08-30 12:03　回复　♡ 57",
            "阿七不吃香菜 LV6", "回复 @周末睡到中午 :动态里有 直接搜就行", "2024-08-30 12:10　回复　♡ 21"]
    assert bili[4] not in _chrome(bili)


def test_a_hike_with_its_difficulty_out_of_five_is_read() -> None:
    """全程約3小時，難度：2.5/5: a clause of the story with a score in it, no review's score row."""
    for form in (convert("全程約3小時，難度：2.5/5", Script.SIMPLIFIED), "全程約3小時，難度：2.5/5"):
        assert classify(form) is not Kind.CHROME, form


def test_shapes_near_the_new_chrome_rules_that_are_the_story() -> None:
    """可能是我这辈子拍过最满意的照片, May be a good idea…, **第一步：准备材料**, ——写给十年后的自己——,
    去程：5/1　回程：5/5: a sentence, a heading, a subtitle and two days, none of them chrome."""
    for line in ("可能是我这辈子拍过最满意的照片", "May be a good idea to bring an umbrella", "**第一步：准备材料**",
                 "——写给十年后的自己——", "去程：5/1　回程：5/5", "——终于完成了第一次半马——", "3-5 个工作日",
                 "12-25 圣诞快乐", "我已收回消息"):
        assert classify(line) is not Kind.CHROME, line


def test_a_chat_exports_last_message_does_not_take_the_pages_foot() -> None:
    """Three stamped messages, then 返回顶部 / a footer's links / its copyright: the foot stays chrome;
    a one-word reply (喜欢) under a chat record's sender line is what was said."""
    lines = ["[1/3/2024, 8:15 AM] Amy: 明天几点集合？", "[1/3/2024, 8:20 AM] Ben: 九点吧", "[1/3/2024, 8:22 AM] Amy: #接龍",
             "新春盆菜宴報名", "1. Mandy 1608 一圍", "2. Amy 1203 兩圍",
             "返回顶部", "首页 | 关于我们 | 联系我们", "Copyright © 2024 某某网 版权所有"]
    chrome = _chrome(lines)
    assert {lines[6], lines[7], lines[8]} <= chrome, chrome
    assert not {lines[3], lines[4], lines[5]} & chrome, chrome
    record = ["朵朵妈妈　09:15", "喜欢", "浩浩爸爸　09:16", "收到", "朵朵妈妈　09:30", "好的", "浩浩爸爸　09:35", "已签"]
    assert "喜欢" not in _chrome(record)


def test_a_xiaohongshu_comment_over_its_day_and_region_is_read() -> None:
    """阿橙在拍照 / 谢谢女朋友打广告😂 / 04-18 江西 / 赞 88: the stamp is chrome, the comment over it
    is what the reader wrote."""
    lines = ["林小满", "这家店的拿铁真的好喝", "04-18 浙江", "赞 9", "回复", "阿橙在拍照", "谢谢女朋友打广告😂", "04-18 江西", "赞 88"]
    chrome = _chrome(lines)
    assert "04-18 江西" in chrome and "谢谢女朋友打广告😂" not in chrome, chrome


def test_a_list_by_region_under_its_heading_is_the_story() -> None:
    """北部 / 台北市：停止上班、停止上課 / 新北市：… : what each city does on a typhoon's day, the
    story's list; a record's fields (留言类型：求助 / 办理状态：已回复) stay the page's."""
    lines = ["〔即時新聞／綜合報導〕輕度颱風持續朝台灣東北部海面接近，各縣市陸續宣布明日停止上班、停止上課。",
             "北部", "台北市：停止上班、停止上課", "新北市：停止上班、停止上課", "新竹市：正常上班、正常上課",
             "東部", "宜蘭縣：停止上班、停止上課", "花蓮縣：停止上班、停止上課",
             "詳細停班課資訊以行政總處公布為準，民眾出門前請再次確認。"]
    for form in (lines, [convert(line, Script.SIMPLIFIED) for line in lines]):
        chrome = _chrome(form)
        assert not {form[2], form[3], form[4], form[6], form[7]} & chrome, chrome
    record = ["市民来信：小区门口路灯坏了一个多月，晚上出行很不方便，希望尽快修理。", "留言类型：求助", "领域：城建",
              "办理状态：已回复", "返回顶部"]
    assert {"留言类型：求助", "办理状态：已回复"} <= _chrome(record)


def test_a_table_of_figures_under_its_head_or_its_announcing_line_is_the_story() -> None:
    """指标 本期 上年同期 同比 / 营业收入 52.36 46.58 12.4% / …, and 本期开奖号码： / 红色球：03 09 14 22
    27 31 / 蓝色球：08: the facts the story gives; a market widget's rows under no head stay chrome."""
    table = ["华澜精密昨晚发布年报，全年营业收入同比增长12.4%，净利润创下新高。", "主要财务指标（单位：亿元）：",
             "指标 本期 上年同期 同比", "营业收入 52.36 46.58 12.4%", "归母净利润 6.18 5.21 18.6%",
             "公司表示，明年将继续加大研发投入，扩大海外市场。"]
    draw = ["福彩双色球今晚开奖，本期销售额超过3.8亿元。", "本期开奖号码：", "红色球：03 09 14 22 27 31", "蓝色球：08",
            "奖级 中奖注数 单注奖金", "一等奖 6 7,254,318", "二等奖 148 186,390", "本期一等奖花落多地，其中广东中出2注。"]
    for lines in (table, draw):
        for form in (lines, [convert(line, Script.TRADITIONAL) for line in lines]):
            chrome = _chrome(form)
            assert not {line for line in form if any(c.isdigit() for c in line) and "。" not in line} & chrome, chrome
    widget = ["行情", "上证指数 3473.13 +0.70%", "深证成指 10588.39 +1.47%", "创业板指 2181.08 +1.76%"]
    assert "上证指数 3473.13 +0.70%" in _chrome(widget)


def test_an_apps_icon_and_its_stores_buttons_are_chrome() -> None:
    """中央社一手新聞APP Icon中央社一手新聞APP / 下載 / iOS App下載Android App下載: the app's icon,
    name and buttons; a sentence about downloading an app is the story."""
    for line in ("中央社一手新聞APP Icon中央社一手新聞APP", "下載", "iOS App下載Android App下載"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is Kind.CHROME, form
    story = "被害人依指示下載名為「鼎盛智投」的App，介面與正規券商極為相似。"
    assert classify(story) is not Kind.CHROME


def test_a_side_menus_arrowed_items_are_chrome_and_a_timelines_year_heads_are_read() -> None:
    """› 公司简介 / › 发展历程 …: a site's side menu, three arrowed items or more in a row (one
    arrowed heading between paragraphs, ▸ 第一天, is the story's); 1993年 / 3月，工厂完成改制。 / 2001年 / 11月18日，公司
    上市。 / 12月，新厂区开工。 / 2008年 / …: a company history's year heads, each over its events;
    a forum's quote (> 年廿九先去) is the story."""
    menu = ["德丰食品", "› 公司简介", "› 董事长致辞", "› 发展历程", "› 企业荣誉", "发展历程",
            "民国十二年，顾德丰在阊门外开设德丰酱园，以三伏晒油闻名。", "▸ 第一天", "西街、开元寺、钟楼，晚上去吃当地小吃。"]
    chrome = _chrome(menu)
    assert set(menu[1:5]) <= chrome and "▸ 第一天" not in chrome, chrome
    assert classify("> 年廿九先去，等佢劈價") is not Kind.CHROME
    lines = ["1978年—1985年，工厂先后引进两条自动灌装线。", "1993年", "3月，工厂完成股份制改造，成立股份有限公司。",
             "2001年", "11月18日，公司股票在深圳证券交易所挂牌上市。", "12月，新厂区在吴中区开工建设。",
             "2008年", "酱油酿造技艺列入苏州市非物质文化遗产名录。", "2012年5月，昆山第二生产基地建成投产。"]
    for form in (lines, [convert(line, Script.TRADITIONAL) for line in lines]):
        assert not {form[1], form[3], form[6]} & _chrome(form), _chrome(form)


def test_a_stamp_with_its_reading_time_and_an_image_viewers_buttons_are_chrome() -> None:
    """2022年2月6日 · 閱讀時間約6分鐘 and 查看大图 向左旋转 向右旋转: the page's, in either script."""
    for line in ("2022年2月6日 · 閱讀時間約6分鐘", "查看大图 向左旋转 向右旋转"):
        for form in (line, convert(line, Script.TRADITIONAL), convert(line, Script.SIMPLIFIED)):
            assert classify(form) is Kind.CHROME, form


def test_a_draws_numbers_under_the_storys_line_announcing_them() -> None:
    """…开奖结果如下： / 红色球：03 09 14 22 27 31 / 蓝色球：08: the story's figures; under a label that
    reads as chrome itself (今日汇率：) they stay a widget's."""
    lines = ["中国福利彩票双色球第2025031期开奖公告", "本期双色球销售额超过3.8亿元，奖池累计金额超过21亿元，开奖结果如下：",
             "红色球：03 09 14 22 27 31", "蓝色球：08", "出球顺序：22 09 31 03 27 14 + 08", "本期一等奖中出6注，分落广东、浙江等地。"]
    for form in (lines, [convert(t, Script.TRADITIONAL) for t in lines]):
        assert not set(form[2:5]) & _chrome(form), _chrome(form)
    # (a label that itself reads as the page's, 今日汇率：, keeps its widget's rows the page's too)
    widget = ["责任编辑：张三", "今日汇率：", "美元 7.1820", "欧元 7.8035", "日元 0.0481"]
    assert "美元 7.1820" in _chrome(widget)


def test_an_apps_tabs_one_to_a_line_at_the_top_start_no_list() -> None:
    """Dcard / 熱門 / 最新 / 看板列表 / …: the app's tabs at the page's top, the last of them no
    menu word; the post under them (its short colloquial lines too) is the story."""
    lines = ["Dcard", "熱門", "最新", "看板列表", "下載 App", "心情", "吃個早午餐被老闆兇到不敢動 是我的問題嗎😭",
             "國立臺北教育大學", "2025年6月3日 14:22", "", "先說我平常超少發文der 但這次真的氣到手在抖",
             "老闆直接整個超派：「菜單上寫什麼就吃什麼，不要就不要來」", "欸？？？", "旁邊的客人都在看 我整個臉超燙🥵",
             "最後我們默默吃完就走了 一份鬆餅380欸", "還是我真的太玻璃心了？？", "想聽聽大家的意見🙏", "",
             "👍 86  💬 24  🔖 收藏", "共 24 則留言"]
    for form in (lines, [convert(t, Script.SIMPLIFIED) for t in lines]):
        chrome = _chrome(form)
        assert not set(form[12:17]) & chrome, chrome


def test_a_threads_posts_reactions_are_chrome_and_its_first_line_no_headline() -> None:
    """Threads: xiaolin_0815 / 2023年9月12日 / 欸欸 有人中秋要烤肉還缺人的嗎🥹 / … / ❤️ 48 / 💬 9 / 🔁 2:
    the post has no headline, its first line is its text; its reactions are counters."""
    from tui.model.title import find_title

    lines = ["Threads", "登入", "首頁", "搜尋", "討論串", "xiaolin_0815", "2023年9月12日", "欸欸 有人中秋要烤肉還缺人的嗎🥹",
             "今年中秋是9/29禮拜五 剛好連假四天", "想說乾脆自己揪 上次烤肉已經是好久以前的事了", "有興趣的留言+1 我再拉群組",
             "❤️ 48", "💬 9", "🔁 2", "回覆"]
    for form in (lines, [convert(t, Script.SIMPLIFIED) for t in lines]):
        split = split_lines(form)
        assert {11, 12, 13} <= set(split.chrome) and 7 not in split.chrome, split.chrome
        assert find_title(form, split.body, split.chrome) is None


def test_a_comment_between_its_writers_badge_and_its_stamp_is_read() -> None:
    """理性消费协会会长 / LV3 / 建议等6月中旬 那时候价格最低 别冲动 / 05-27 21:40 / 回复: what a reader
    wrote (under a floor's mark, B2 / 國立成功大學 工業設計學系 / 5月20日 23:05, the line is its
    writer's school: blind46's V04 keeps that)."""
    lines = ["装机单预告", "这期配置单大家觉得怎么样？端午节前后会再更新一次价格。", "评论 128",
             "加班狗不配看直播", "LV6", "周六晚上在公司加班 有回放吗", "05-27 20:25", "回复", "赞 531",
             "二次元打工人", "LV5", "端午节前能出配置单吗？想端午回家之前装好", "05-27 21:02", "回复", "赞 377",
             "理性消费协会会长", "LV3", "建议等6月中旬 那时候价格最低 别冲动", "05-27 21:40", "回复", "赞 1024", "查看更多评论"]
    for form in (lines, [convert(t, Script.TRADITIONAL) for t in lines]):
        assert form[17] not in _chrome(form), _chrome(form)
    # (the whole 动态 page, where the tail's rules reach the last comment)
    from pathlib import Path

    page = (Path(__file__).parent / "corpus" / "blind81" / "E14-dynamic-cn.txt").read_text("utf-8").split("\n")
    assert "建议等6月中旬 那时候价格最低 别冲动" not in _chrome(page)


def test_a_related_story_under_its_label_and_a_columns_name_are_no_story() -> None:
    """其他報道︰北都片區開發 首批用地明年首季招標, 延伸閱讀：颱風假怎麼算？: links to other stories
    (their dates no events); 今日观点 is a column's name, no day."""
    from tui.model.timeline import find_dates

    for line in ("其他報道︰北都片區開發 首批用地明年首季招標", "延伸閱讀：颱風假怎麼算？勞動部說明"):
        for form in (line, convert(line, Script.SIMPLIFIED)):
            assert classify(form) is Kind.CHROME, form
    assert classify("相关报道称，涉事企业已被约谈。") is not Kind.CHROME
    for form in ("今日观点", "今日觀點", "今日要闻"):
        assert find_dates(convert(form, Script.SIMPLIFIED), date(2025, 6, 12)) == [], form


def test_the_reviews_counter_examples_to_this_sessions_chrome_rules() -> None:
    """A thread's reply stamps (2025/03/10 over each reply) and a slide's steps (1/5 … 5/5) are no
    timeline's heads; a profile's 所在城市：深圳 is no list by region; a list under 推荐阅读 at the
    top stays a list; 如何设计一个好的App Icon is a headline; TechNews / 2025年3月12日 / a headline
    keeps its title."""
    from tui.model.title import find_title

    thread = ["北京周边一日游推荐", "2025/03/10", "怀柔的红螺寺不错，春天去人少景美。", "2025/03/10",
              "推荐古北水镇，晚上的灯光很好看。", "2025/03/11", "十渡可以玩漂流，夏天去最合适。"]
    assert {1, 3, 5} <= set(split_lines(thread).chrome)
    profile = ["用户资料", "性别：男", "所在城市：深圳", "所在地区：广东", "返回顶部"]
    assert {"所在城市：深圳", "所在地区：广东"} <= _chrome(profile)
    assert classify("如何设计一个好的App Icon") is not Kind.CHROME
    page = ["TechNews", "2025年3月12日", "台積電宣布美國追加投資千億美元", "台積電今日宣布，將在美國亞利桑那州追加投資。"]
    split = split_lines(page)
    assert find_title(page, split.body, split.chrome) is not None


@pytest.mark.parametrize("line", ["其他展覽", "往期活动", "更多展览"])
def test_headings_of_other_shows_and_offers(line: str) -> None:
    """A museum's list of its other shows heads a list of links; 近期展覽 may head the guide's
    own list of what is on, and stays."""
    assert is_section_heading(line)
    assert not is_section_heading("近期展覽")


@pytest.mark.parametrize("line", ["您現在聚腳在 體育台內。", "發起人：慢跑阿Ken", "楼主：江边的老陈"])
def test_a_forums_where_you_are_and_its_thread_starter_are_chrome(line: str) -> None:
    """A forum's line saying which board the reader is in, and the thread's starter under its
    headline: the page's, never the story's (nor its title)."""
    assert classify(line) is Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "跟贴 1,286 人参与",
        "回 #4",
        "知道了",
        "使用小程序",
        "，轻点两下取消在看",
        "某某星光雲 Facebook",
        "某某新聞網官方IG",
        "某某新聞網YouTube頻道",
        "👇🏻👇🏻點擊圖輯睇更多舊相👇🏻👇🏻",
        "第一手消息請下載某某App",
        "她在IG宣布加場消息。（某某Instagram：@some.singer）",
    ],
)
def test_entertainment_and_social_page_furniture(line: str) -> None:
    for form in dict.fromkeys((line, convert(line, Script.SIMPLIFIED), convert(line, Script.TRADITIONAL))):
        assert classify(form) is Kind.CHROME, form


@pytest.mark.parametrize("line", ["我昨天下载了这个App", "追了四场巡演之后，我想说点什么", "下次再说点什么吧"])
def test_lines_of_a_post_beside_that_furniture(line: str) -> None:
    assert classify(line) is not Kind.CHROME, line


def test_a_floors_like_button_and_a_weibo_posters_verified_mark() -> None:
    """亮了(96) under a floor's reply is the floor's button; a Weibo poster's name over its
    verified mark (V) and the post's stamp is no headline (the post has none); a blog's
    headline that ends in 我想说点什么 is one."""
    lines = [
        "虎扑",
        "LPL春季赛赛程公布，揭幕战就是焦点战",
        "今天下午官方公布了春季赛常规赛赛程，常规赛从1月13日开始，每天两场。",
        "亮了(128)",
        "回复",
        "1楼 峡谷吃瓜人 2025-01-10 21:09",
        "周日那场必看，上赛季决赛重演",
        "亮了(96)",
        "回复",
        "2楼 一个人的上单 2025-01-10 21:12",
        "新打野能不能打出来还得看",
        "亮了(51)",
        "回复",
    ]
    split = split_lines(lines)
    assert {lines[i] for i in split.chrome} >= {"亮了(96)", "亮了(51)"}
    assert "周日那场必看，上赛季决赛重演" in {lines[i] for i in split.body}
    post = [
        "微博",
        "首页",
        "推荐",
        "足球评论员老周",
        "V",
        "2024-12-30 22:05 来自 微博 weibo.com",
        "这笔引援要是成了，川渝的中场一下就活了。就是年龄有点大，两年合同比较合理。",
    ]
    assert build_article("\n".join(post)).title is None
    blog = [
        "豆瓣",
        "登录/注册",
        "追了四场巡演之后，我想说点什么",
        "白日梦想家Luna",
        "2024-09-16 23:41:07 北京",
        "上周六从南京回来，腿还是软的。今年追了乐队的巡演四场，趁着记忆还热乎，记一下巡演里的事。",
        "第一次看他们是2017年，在武汉一个只能站两百人的livehouse，那时候主唱还会在台上忘词。",
    ]
    title = build_article("\n".join(blog)).title
    assert title is not None and title.original == "追了四场巡演之后，我想说点什么"
