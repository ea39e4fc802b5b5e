"""Forum floors with signatures and noise between their parts, comment and review heads that date
what is under them, and a few day words: the twenty-eighth session's rules for threads and
listings.  The texts are written for these tests in the shapes such pages have, each read in both
scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, days_of, page_dates, title_of

_DISCUZ_THREAD = [
    "伊莉討論區　帳號註冊 | 登入",
    "首頁 › 休閒娛樂 › 機車綜合討論區",
    "查看: 3284 | 回覆: 27",
    "[車聚] 北宜公路早餐車聚 有人要一起嗎",
    "[複製鏈接]",
    "阿哲騎SMAX",
    "樓主 | 發表於 2024-10-9 22:36 | 只看該作者",
    "本帖最後由 阿哲騎SMAX 於 2024-10-10 08:12 編輯",
    "; q7 K# T3 y1 d( e",
    "老樣子揪團去北宜吃早餐 這次路線走新店→坪林→頭城",
    "時間訂在下週六（10/19）早上六點半 新店碧潭橋頭集合",
    "國慶連假人太多 所以不選10日那天",
    "這個禮拜天我會先自己騎一趟探路 有坑洞再回報",
    "0 r5 &; Q0 P4 g0 S",
    "上次辦是去年11月 那次來了十幾台 吃完還去外澳看海",
    "有興趣的直接回帖報名 車種+人數",
    "----------------------------------",
    "2008年入手第一台勁戰 騎到現在的老骨頭",
    "小黑騎FORCE",
    "沙發 | 發表於 2024-10-9 23:02 | 只看該作者",
    "報名+1 昨天剛換完機油跟煞車皮 這次一定沒問題",
    "宜蘭好冷",
    "板凳 | 發表於 2024-10-10 12:44 | 只看該作者",
    "阿哲騎SMAX 發表於 2024-10-9 22:36",
    "老樣子揪團去北宜吃早餐 這次路線走新店→坪林→頭城",
    "我跟老婆兩台！如果颱風來就改到26日吧 氣象說下週可能有一個",
    "阿哲騎SMAX",
    "地板 | 發表於 2024-10-13 07:15 | 只看該作者",
    "剛探路回來 今天坪林一帶霧很大 19日當天大家記得帶防風外套",
    "----------------------------------",
    "2008年入手第一台勁戰 騎到現在的老骨頭",
    "回復 | 評分 | 收藏 | 舉報",
    "伊莉討論區 - 版權所有 © Eyny",
]


def test_a_signature_under_a_long_rule_and_a_floor_under_its_noise() -> None:
    """The line a poster signs each floor with under a long rule (2008年入手第一台勁戰…) is a
    signature, its year no event; the starter's floor opens under its header, the edit's note and
    the forum's residue, so the thread's headline over it is the title."""
    assert title_of("\n".join(_DISCUZ_THREAD)) == "[車聚] 北宜公路早餐車聚 有人要一起嗎"
    for days in days_of(_DISCUZ_THREAD):
        assert not any(text == "2008年" for text, _ in days), days
        assert ("下周六（10/19）", "2024-10-19") in days, days
    for chrome in chrome_of(_DISCUZ_THREAD):
        assert "2008年入手第一台劲战 骑到现在的老骨头" in chrome, chrome


_MOBILE01_THREAD = [
    "Mobile01",
    "首頁 › 居家生活 › 居家綜合討論",
    "中秋連假要烤肉還是回老家？分享一下大家的安排",
    "分享　收藏　檢舉　瀏覽 8,421　回覆 37",
    "竹北阿凱",
    "今年中秋節（9月17日）剛好卡在週間，我們公司16日全體特休，連假是14日至17日",
    "老婆說這個禮拜天要先回丈母娘家，八月十五當晚再回竹北跟我爸媽烤肉",
    "問題是社區管委會昨天貼公告說中庭禁止烤肉，只能去頂樓",
    "去年中秋大家在頂樓擠爆，還有人把炭丟進花圃差點燒起來 XD",
    "想問各位怎麼過？有推薦新竹附近可以烤肉的露營區嗎？",
    "———— 2016 Focus MK3.5 ／ 2022 RAV4 Hybrid ————",
    "2024-09-10 22:14 #1",
    "阿珠愛露營",
    "@竹北阿凱 我們社區前年就全面禁止烤肉了，後來都改去峨眉的營地",
    "推薦湖畔那間，一帳1800，要早點訂",
    "2024-09-11 07:40 #2",
    "新豐小吳",
    "明天開始請特休，直接放到22日",
    "我們一家打算去宜蘭不烤肉，公司發的中秋禮盒就當宵夜",
    "2024-09-12 12:05 #3",
    "竹北阿凱",
    "回報一下，前晚（16日）在丈母娘家吃到撐",
    "昨天晚上在頂樓烤到十一點，月亮超圓，管委會還準備了滅火器",
    "———— 2016 Focus MK3.5 ／ 2022 RAV4 Hybrid ————",
    "2024-09-18 09:30 #4",
    "回覆　引用　分享",
    "Mobile01 © 2024 All Rights Reserved.",
]


def test_a_floors_stamp_under_its_framed_signature_still_dates_it() -> None:
    """A floor's signature framed by dashes stands between its words and its stamp
    (2024-09-18 09:30 #4): the stamp still closes the floor, whose 昨天 is the 17th; the
    signature repeated on each floor is chrome, and a line of clauses over a stamp
    (推薦湖畔那間，一帳1800，要早點訂) is the floor's words, no poster's name."""
    for days in days_of(_MOBILE01_THREAD):
        assert ("昨天", "2024-09-17") in days, days
        assert ("22日", "2024-09-22") in days, days  # (明天開始請特休，直接放到22日: words, no bio)
    for chrome in chrome_of(_MOBILE01_THREAD):
        assert "———— 2016 Focus MK3.5 ／ 2022 RAV4 Hybrid ————" in chrome, chrome
        assert "推荐湖畔那间，一帐1800，要早点订" not in chrome, chrome
        assert "明天开始请特休，直接放到22日" not in chrome, chrome


def test_a_signature_framed_by_dashes_on_each_floor_is_chrome() -> None:
    """A forum signature framed by dashes, written under each of its poster's floors (—— 2012年入坛
    某某人爱某某 ——): chrome, its year no event."""
    page = [
        "枫溪论坛 › 生活 › 本地",
        "[求助] 清明回老家走高速还是国道",
        "枫溪老王",
        "楼主 | 发表于 2024-4-1 20:12 | 只看该作者",
        "我们那边老规矩是三月三上坟，今年三月三正好是下周四。",
        "清明假期小车高速免费，所以肯定堵，国道慢一点但是不收费。",
        "—— 2012年入坛 枫溪人爱枫溪 ——",
        "老街阿珍",
        "沙发 | 发表于 2024-4-1 20:46 | 只看该作者",
        "去年清明在收费站堵了四个小时，这次打死不走高速了",
        "枫溪老王",
        "板凳 | 发表于 2024-4-8 21:30 | 只看该作者",
        "前天从山里回来的，国道一路顺畅",
        "—— 2012年入坛 枫溪人爱枫溪 ——",
        "回复 | 支持 | 反对 | 举报",
    ]
    for days in days_of(page):
        assert not any(text == "2012年" for text, _ in days), days
    for chrome in chrome_of(page):
        assert "—— 2012年入坛 枫溪人爱枫溪 ——" in chrome, chrome


def test_lihkg_votes_inside_a_floor_are_chrome() -> None:
    """LIHKG prints a reply's votes under its words (29 👍　1 👎): the forum's counter, not the
    reply's last line, though the floor's words around it are read as a comment."""
    page = [
        "LIHKG 討論區",
        "吹水台　熱門　最新　搜尋",
        "",
        "公司派嘅月餅係咪一年細過一年",
        "87 回覆",
        "2023-09-28 21:15:03",
        "",
        "#1 月餅收藏家 · 3小時前",
        "今朝返到公司，HR逐個派月餅，一人一盒雙黃白蓮蓉",
        "29 👍　1 👎",
        "",
        "#2 豬扒包巴打 · 3小時前",
        "我哋公司今次直頭冇得派，改咗派$100超市券",
        "41 👍　0 👎",
    ]
    for chrome in chrome_of(page):
        assert {"29 👍　1 👎", "41 👍　0 👎"} <= chrome, chrome


def test_comment_heads_and_feet_that_date_their_comments() -> None:
    """Xiaohongshu's foot with its buttons (11-05 浙江　赞　回复) and a podcast page's head of a
    name and a day (南山南　05-22, over 赞 128　回复) date the comments they close or open."""
    note = [
        "小红书",
        "发现　发布　通知　我",
        "杭州带娃的小鱼",
        "关注",
        "搬家清东西，家里的好孩子推车出掉",
        "11月15日前要搬去上海，这周六下午或者下周二晚上可以来看",
        "#闲置 #婴儿推车 #杭州闲置",
        "编辑于 2024-11-04 浙江",
        "共 12 条评论",
        "小鹿mama",
        "明天晚上能来看吗？我家也在文三路",
        "11-05 浙江　赞　回复",
        "杭州带娃的小鱼　作者",
        "可以呀 明晚7点后都在家",
        "11-05 浙江　赞　回复",
        "小鹿mama",
        "昨天已经拿到啦，推车很新，谢谢小鱼！",
        "11-08 浙江　赞 5　回复",
    ]
    for days in days_of(note):
        assert ("明天", "2024-11-06") in days, days
        assert ("明晚", "2024-11-06") in days, days
        assert ("昨天", "2024-11-07") in days, days
    podcast = [
        "小宇宙",
        "发现　订阅　我的　下载App",
        "慢半拍电台",
        "EP112｜在县城开一家独立书店，第三年",
        "2024/05/21　·　68分钟　·　1.2万次播放",
        "",
        "这期节目录制于5月上旬，我们聊了为什么回县城、怎么选书。",
        "",
        "评论（86）",
        "南山南　05-22",
        "今天刚好路过半页书店，进去买了本诗集。",
        "赞 128　回复",
        "读书的猫　05-23",
        "我们县城最后一家书店也关了，听完很想哭。",
        "赞 76　回复",
    ]
    for days in days_of(podcast):
        assert ("今天", "2024-05-22") in days, days


def test_reviews_dated_by_their_heads_and_a_review_stamp_with_its_place() -> None:
    """An app store's review head (山城单车客　★★★☆☆　2024-03-16) dates its 上周六; a review
    site's stamp under the review (2024-05-19 21:40　发表于 上海) over its buttons is the page's
    day, not the last comment's."""
    app = [
        "应用宝",
        "首页　软件　游戏　专题　排行榜",
        "轨迹骑行-骑行记录与路线规划",
        "版本：5.12.0　更新时间：2024-03-18",
        "",
        "应用介绍",
        "轨迹骑行是一款专为骑行爱好者打造的记录工具，支持GPS轨迹记录、路线规划。",
        "",
        "用户评论（2381）",
        "骑行的阿飞　★★★★★　2024-03-19",
        "昨天更新完，GPX导入终于能用了，点赞！",
        "山城单车客　★★★☆☆　2024-03-16",
        "上周六骑到一半轨迹断了，希望尽快修复。",
        "查看全部评论",
        "",
        "应用信息",
        "大小：86.2MB",
        "系统要求：Android 8.0及以上",
    ]
    for days in days_of(app):
        assert ("昨天", "2024-03-18") in days, days
        assert ("上周六", "2024-03-09") in days, days
    for chrome in chrome_of(app):
        assert {"大小：86.2MB", "系统要求：Android 8.0及以上"} <= chrome, chrome
    review = [
        "大众点评",
        "上海 ▾　搜索商户、地点、菜名　登录　注册",
        "老弄堂本帮菜(南京西路店)",
        "",
        "小城故事多",
        "Lv6　VIP",
        "上周六（5月11日）带爸妈来吃，提前一周在App上订的位，到店还是等了二十分钟。",
        "红烧肉浓油赤酱但不腻，肥瘦刚好；腌笃鲜汤头很鲜。",
        "2024-05-19 21:40　发表于 上海",
        "赞(32)　回应(3)　收藏　举报",
        "吃货小周：请问周末一般要提前多久订位？",
        "2024-05-20 12:15",
        "老饕阿May：前天刚去过，腌笃鲜确实好喝。",
        "2024-05-21 09:05",
        "写点评　查看更多点评",
    ]
    for day in page_dates(review):
        assert day.isoformat() == "2024-05-19", day


def test_day_words_a_lunar_festival_and_routines() -> None:
    """``后天补班`` is the day after tomorrow (no "acquired"); ``三月三`` is the lunar 3rd of
    the 3rd month, not March; ``中秋月饼礼盒`` is a product; ``每月20日至25日`` and ``6月起周一``
    are routines, no days."""
    page = [
        "2024-04-01",
        "",
        "今年三月三正好是下周四，要上班只能提前回去。",
        "后天补班实在走不开。车友会定制的中秋月饼礼盒出发前统一发。",
        "每月20日至25日为扣费期。服务员说6月起周一中午不营业。",
    ]
    for days in days_of(page):
        assert ("今年三月三", "2024-04-11") in days, days
        assert ("后天", "2024-04-03") in days, days
        assert not any(text in ("中秋", "25日", "周一", "三月", "今年三月") for text, _ in days), days


def test_a_posts_first_short_lines_under_its_stamp_are_its_words() -> None:
    """Dcard's post: its board, headline, school and stamp, then short lines without full stops
    (今天早上10點看到成績的時候整個腦袋空白): the post's words, its 今天 the stamp's day."""
    page = [
        "Dcard",
        "首頁　熱門　看板　搜尋",
        "升學",
        "學測放榜 自然組52級分 該衝個申還是等分科？",
        "匿名",
        "國立臺中女子高級中學",
        "2025年2月25日 18:32",
        "今天早上10點看到成績的時候整個腦袋空白",
        "國文12 英文13 數A 11 自然16 總共52",
        "模擬考都穩在55上下 結果正式考試掉這麼多QQ",
        "",
        "學校老師說3月11日一階篩選結果出來前先別亂想",
        "可是朋友們都在討論要不要直接準備7月的分科",
        "#學測 #個人申請 #分科測驗",
        "❤️ 328　💬 46　收藏",
    ]
    for days in days_of(page):
        assert ("今天", "2025-02-25") in days, days
    for chrome in chrome_of(page):
        assert "今天早上10点看到成绩的时候整个脑袋空白" not in chrome, chrome


def test_a_bbs_board_in_lower_case_is_no_poster_over_the_headline() -> None:
    """PTT's header ``看板 forsale`` reads like a name and an id; it is the board, and the
    ``標題`` line under it is the headline."""
    page = [
        "批踢踢實業坊 › 看板 forsale",
        "關於我們 聯絡資訊",
        "返回看板",
        "作者 rainylin0315 (雨天)",
        "看板 forsale",
        "標題 [賣/台中] 搬家出清 除濕機 電風扇",
        "時間 Tue Mar 26 22:41:09 2024",
        "",
        "如題 搬家要出清 有需要的站內信",
    ]
    assert title_of("\n".join(page)) == "[賣/台中] 搬家出清 除濕機 電風扇"


def test_floor_names_after_a_row_of_buttons_and_other_furniture() -> None:
    """A poster's name after the last floor's row of buttons (回覆　引用　舉報), a chat export's
    call record, a live page's closing marker and a warning page's related list are chrome."""
    thread = [
        "香港高登討論區",
        "主頁 › 時事台",
        "雷曼倒閉16年 當年你屋企有冇中迷債？",
        "財經小薯",
        "今日係雷曼兄弟申請破產16周年，諗返起真係恍如隔世。",
        "15/9/2024 21:05",
        "回覆　引用　舉報",
        "九龍城阿伯",
        "我老婆中咗兩份，琴晚食飯先同個女講起。",
        "15/9/2024 21:32",
        "回覆　引用　舉報",
        "中環打工仔",
        "今朝返工經過嗰間銀行，門口而家變咗賣手機。",
        "16/9/2024 08:10",
        "回覆　引用　舉報",
    ]
    for chrome in chrome_of(thread):
        assert {"九龙城阿伯", "中环打工仔"} <= chrome, chrome
    from tui.model.fold import fold
    from tui.model.line_shapes import classify

    for line in ("15:47\t二哥\t☎ 未接來電", "[直播已结束，感谢收看]", "预警信息来源：国家预警信息发布中心", "相关预警"):
        assert classify(fold(line)).name in ("CHROME", "SHORT"), line
    warnings = [
        "温州天气",
        "2024年6月18日 11:00",
        "",
        "今年我市于6月9日入梅，较常年偏早两天，入梅以来全市平均降雨量达到186毫米。",
        "",
        "相关预警",
        "06-18 10:30　温州市气象台发布暴雨黄色预警信号",
        "06-17 21:15　温州市气象台发布雷电黄色预警信号",
        "预警信息来源：国家预警信息发布中心",
    ]
    for chrome in chrome_of(warnings):
        assert {"相关预警", "06-18 10:30　温州市气象台发布暴雨黄色预警信号", "预警信息来源：国家预警信息发布中心"} <= chrome, chrome


def test_a_forum_posts_lines_run_on_in_the_year_the_line_before_named() -> None:
    """PTT posts are written in lines without full stops: a line after one that named a past
    day (民國98年8月8日那天…) goes on in that year (8月7日晚上…, 8日一早, 10日下午); after a full
    stop, or two months away, it does not."""
    page = [
        "作者 lushan0808 (麻豆阿賢)",
        "看板 Tainan",
        "標題 [閒聊] 八八水災15週年 大家當年在哪裡",
        "時間 Thu Aug  8 21:14:37 2024",
        "",
        "晚上看新聞才驚覺 莫拉克竟然已經過了15年",
        "",
        "民國98年8月8日那天我國二 住麻豆靠曾文溪的那一區",
        "8月7日晚上雨就沒停過 8日一早一樓已經淹到小腿",
        "我爸把機車牽上樓梯間 結果水一直到10日下午才退",
        "",
        "前年回老家 看到堤防加高了不少",
    ]
    for days in days_of(page):
        assert ("8月7日", "2009-08-07") in days, days
        assert ("8日", "2009-08-08") in days, days
        assert ("10日", "2009-08-10") in days, days
    stopped = ["2024-08-08", "", "民國98年8月8日那天我國二。", "8月7日我去了台南。"]
    for days in days_of(stopped):
        assert ("8月7日", "2024-08-07") in days, days


def test_a_reviews_stars_and_scores_and_its_writers_level_are_chrome() -> None:
    """大众点评's score rows under the shop and the review (★★★★☆ 4.6　人均：¥138　口味：4.7) and the
    writer's level under its name (小城故事多 / Lv6　VIP) are the site's, not the review's words."""
    page = [
        "大众点评",
        "首页 > 上海美食 > 静安区 > 本帮江浙菜",
        "老弄堂本帮菜(南京西路店)",
        "★★★★☆ 4.6　人均：¥138　口味：4.7　环境：4.5　服务：4.4",
        "",
        "小城故事多",
        "Lv6　VIP",
        "★★★★★　口味：非常好　环境：好　服务：好　人均：¥156",
        "上周六带爸妈来吃，提前一周在App上订的位，到店还是等了二十分钟。",
        "2024-05-19 21:40　发表于 上海",
        "赞(32)　回应(3)　收藏　举报",
    ]
    for chrome in chrome_of(page):
        assert {"小城故事多", "Lv6　VIP", "★★★★★　口味：非常好　环境：好　服务：好　人均：¥156"} <= chrome, chrome
