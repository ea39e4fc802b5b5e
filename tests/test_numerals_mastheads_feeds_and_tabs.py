"""Shapes the thirty-seventh session's read sets showed: an island paper's bracketed days in
words (``昨(十七)日``), a calendar line with its lunar day, a wire's stamp under a release, a
newsletter's link to its web copy, a portal's feed of other stories, Hong Kong's December
除夕, a list of other releases with their days, a caption said again without its credit, an
e-paper's headline among its page's other headlines, a government site's masthead and menu, a
live page's labelled headline, and a comment section's sort tabs.  The texts are written for
these tests in the shapes such pages have, each read in both scripts unless the rule is one
place's alone."""

from __future__ import annotations

from tests.article_probes import agreed_spans, chrome_of, title_of
from tests.test_date_shapes import both_scripts
from tui.model.build import build_article
from tui.model.line_shapes import Kind, classify

_STORY = "市府表示，今年共有三十二處路段完成改善工程，總經費約一億二千萬元，預計明年再擴大辦理，民眾可上網查詢各路段進度。"
_MORE = "議員也要求市府加強宣導，避免民眾在施工期間誤闖封閉路段，並在各路口增設臨時告示牌，方便用路人提早改道。"

# ---- dates -----------------------------------------------------------------------------------


def test_bracketed_days_written_in_words() -> None:
    """``昨(十七)日``, ``去(一一三)年十月``, ``下(五)月十日至十一日``: a paper that writes its
    figures in words brackets them as others bracket digits; the same day, month and range."""
    lines = [
        "發布日期：2025-04-18",
        "鎮公所昨(十七)日上午召開協調會，主委說，去(一一三)年十月宮廟屋頂整修完成。",
        "老照片展將於下(五)月十日至十一日在鎮立圖書館展出。",
    ]
    spans = agreed_spans(lines)
    assert ("昨(十七)日", "2025-04-17", "2025-04-17") in spans, spans
    assert ("去(一一三)年十月", "2024-10-01", "2024-10-31") in spans, spans
    assert ("下(五)月十日至十一日", "2025-05-10", "2025-05-11") in spans, spans


def test_hong_kong_calls_december_31st_chuxi_beside_new_years_day() -> None:
    """``平安夜、除夕及元旦日`` is New Year's Eve, and so is a bare ``除夕`` further on; a
    sentence of the lunar new year (``除夕吃年夜飯``) keeps the lunar eve, and so does ``跨年煙花…，
    去年除夕主城炸服了`` (no list with New Year's Day, no countdown)."""
    lines = [
        "2019年12月20日",
        "運輸署今日宣布，公共交通營辦商將於平安夜、除夕及元旦日加強服務。",
        "巴士公司並於除夕晚上加開特別路線。",
    ]
    spans = agreed_spans(lines)
    assert sum(1 for s in spans if s == ("除夕", "2019-12-31", "2019-12-31")) == 2, spans
    lunar = ["2019年12月20日", "今年除夕我們一家吃年夜飯，元旦那天卻要上班。"]
    assert ("今年除夕", "2019-02-04", "2019-02-04") in agreed_spans(lunar)
    game = ["2025年12月20日", "跨年煙花那天能不能別卡，去年除夕主城直接炸服了"]
    assert ("去年除夕", "2024-02-09", "2024-02-09") in agreed_spans(game)


# ---- chrome ----------------------------------------------------------------------------------


def test_a_calendar_line_with_its_lunar_day_is_no_headline() -> None:
    """``中華民國114年4月18日 星期五　農曆乙巳年三月廿一日`` under the masthead: the site's
    calendar (its lunar day may end in 日), chrome, and the menu under it too; the headline is
    the story's."""
    lines = [
        "浯洲日報",
        "中華民國114年4月18日 星期五　農曆乙巳年三月廿一日",
        "首頁",
        "地方新聞",
        "鄉鎮報導",
        "社會新聞",
        "首頁 > 地方新聞 > 鄉鎮報導",
        "湖前媽祖宮遶境路線出爐 鎮公所協調交管與接駁",
        "",
        _STORY,
        _MORE,
    ]
    for text in both_scripts("\n".join(lines)):
        assert title_of(text) == text.split("\n")[7], title_of(text)
    for chrome in chrome_of(lines):
        assert "中华民国114年4月18日 星期五\u3000农历乙巳年三月廿一日" in chrome, chrome
    for text in both_scripts("中華民國114年4月18日 星期五　農曆乙巳年三月廿一日"):
        assert classify(text) is Kind.CHROME, text  # (its lunar day ending in 日, as the paper sets it)


def test_a_wires_stamp_and_a_press_contact_under_a_release() -> None:
    """``（某某社訊息服務20240315 14:30:25）`` under a release it carried, and ``媒體聯絡人：…``
    with a phone and an address: the service's record and the press officer, chrome."""
    lines = [
        "洄瀾好食節登場 百家小農市集進駐文創園區",
        "",
        _STORY,
        _MORE,
        "媒體聯絡人：許小姐 0912-345-678　press@example.com.tw",
        "（華聲社訊息服務20240315 14:30:25）",
    ]
    for chrome in chrome_of(lines):
        assert "（华声社讯息服务20240315 14:30:25）" in chrome, chrome
        assert any(c.startswith("媒体联络人") for c in chrome), chrome


def test_a_newsletters_link_to_its_web_copy() -> None:
    """``★ 無法正常瀏覽內容，請按這裡線上閱讀`` over a newsletter: its link, chrome; a sentence
    that asks readers to press a button in the story stays."""
    lines = ["★ 無法正常瀏覽內容，請按這裡線上閱讀", "館訊第128期", "", _STORY, _MORE]
    for chrome in chrome_of(lines):
        assert "★ 无法正常浏览内容，请按这里线上阅读" in chrome, chrome
    story = ["館訊第128期", "", _STORY, "民眾到場後請按這裡的服務鈴，館員會協助登記借閱證與預約座位。", _MORE]
    for chrome in chrome_of(story):
        assert not any("服务铃" in c for c in chrome), chrome


def test_a_feeds_teasers_with_outlet_and_age() -> None:
    """A portal's feed under the story, each teaser's last sentence then its outlet and age
    (``…增建公眾登岸設施。am730 ・ 22 小時前``): other stories, chrome, and the page's links under
    them; the dates in them are none of this story's."""
    lines = [
        "將軍澳海濱長廊滑板車撞倒晨運婆婆 警拘22歲男",
        "",
        "【專訊】將軍澳海濱長廊今晨(4日)7時許發生意外，一名71歲婆婆晨運期間被電動滑板車撞倒，清醒送院治理。",
        "警方表示，上周六起已在海濱一帶加強巡邏，打擊違法使用電動可移動工具，並呼籲市民留意安全。",
        "其他人也在看",
        "西貢碼頭遊艇泊位不足 街坊批規劃欠周詳",
        "西貢區議員今日(4日)召開記者會，要求政府於明年前增建公眾登岸設施。am730 ・ 22 小時前",
        "中秋電車輕鐵全日免費",
        "為慶祝中秋佳節，電車及輕鐵服務明天(6日)將全日免費，且乘搭次數不限。東訊網 ・ 3 小時前",
    ]
    for chrome in chrome_of(lines):
        assert any(c.endswith("am730 ・ 22 小时前") for c in chrome), chrome
        assert any(c.endswith("东讯网 ・ 3 小时前") for c in chrome), chrome
    spans = agreed_spans(["2021年8月4日", *lines])
    assert not any(s[0].startswith("明天") or s[0] == "明年" for s in spans), spans


def test_other_releases_listed_with_their_days_in_words() -> None:
    """``政府宣布二○二○年公眾假期安排　2019年12月20日`` and two more under the story: a list of
    other releases with their days (a headline ending 時間 too, being long); a field whose
    label ends in 日 (``回購方案首次披露日　2024年10月30日``) stays the story's."""
    lines = [
        "節日期間特別交通安排",
        "",
        _STORY,
        _MORE,
        "今日新聞",
        "政府宣布二○二○年公眾假期安排　2019年12月20日",
        "康文署轄下場地聖誕節開放時間　2019年12月20日",
        "天文台：本港周末天氣稍涼　2019年12月20日",
    ]
    for chrome in chrome_of(lines):
        assert "康文署辖下场地圣诞节开放时间\u30002019年12月20日" in chrome, chrome
    field = ["回購進展公告", "", _STORY, "回購方案首次披露日　2024年10月30日", _MORE]
    for chrome in chrome_of(field):
        assert not any(c.startswith("回购方案") for c in chrome), chrome


def test_a_caption_said_again_without_its_credit() -> None:
    """``大批歌迷昨晚起在售票處外排隊。(港台圖片)`` then the same words without the credit: the
    picture's caption twice, chrome both; the story's own first line that merely opens alike
    (a longer sentence) stays."""
    caption = "大批歌迷昨晚起在售票處外通宵排隊。"
    lines = ["演唱會門票今早開售", "", caption + "(港台圖片)", caption, "", _STORY, _MORE]
    for chrome in chrome_of(lines):
        assert "大批歌迷昨晚起在售票处外通宵排队。" in chrome, chrome
    story = ["演唱會門票今早開售", "", caption + "(港台圖片)", caption + "有人帶同帳篷及摺櫈，準備排足一整晚。", _MORE]
    for chrome in chrome_of(story):
        assert not any(c.startswith("大批歌迷") and "帐篷" in c for c in chrome), chrome


def test_an_epapers_headline_under_its_pager_among_other_headlines() -> None:
    """``上一篇 / 下一篇 / 陇阳县：小苹果“串”起大产业 / 冷库满仓… / 本报讯（记者…）…``, the first
    headline listed again under ``本版其他文章``: another story's; the line right over the
    first paragraph is this one's headline."""
    lines = [
        "渭川日报数字报",
        "2021年11月22日 星期一 农历十月十八",
        "版面导航",
        "01版：要闻",
        "02版：综合新闻",
        "上一篇",
        "下一篇",
        "陇阳县：小苹果“串”起大产业",
        "冷库满仓订单不断 陇阳苹果卖上好价钱",
        "",
        "本报讯（记者 秦晓燕 通讯员 马建军）11月17日，记者走进陇阳县崔木镇，冷库里码放整齐的苹果箱一直堆到屋顶，装车的货车排起长队。",
        "今年前三季度，陇阳县苹果产业实现产值8.6亿元，同比增长12.3%，果农人均增收两千余元。",
        "本版其他文章",
        "陇阳县：小苹果“串”起大产业",
        "千阳县草编走出国门",
        "凤岭镇：香菇大棚里的致富经",
    ]
    assert title_of("\n".join(lines)) == "冷库满仓订单不断 陇阳苹果卖上好价钱"


def test_a_government_sites_masthead_and_menu() -> None:
    """``安澧县人民政府`` over ``ANLI COUNTY PEOPLE'S GOVERNMENT`` and the channels ``首页 / 政务公开 /
    政务服务 / 互动交流 / 走进安澧``: the site's, chrome, and the headline is the story's; a
    line in capitals under a long heading (``WE ARE GETTING MARRIED``) stays."""
    lines = [
        "无障碍 | 长者模式 | 繁體版 | 登录 | 注册",
        "安澧县人民政府",
        "ANLI COUNTY PEOPLE'S GOVERNMENT",
        "首页",
        "政务公开",
        "政务服务",
        "互动交流",
        "走进安澧",
        "您当前的位置：首页 > 新闻动态 > 乡镇动态",
        "石门桥镇：一声哨响 三百村民连夜上堤护家园",
        "",
        "7月8日凌晨，澧水安澧段水位逼近警戒线，石门桥镇防汛指挥部紧急集结三百余名村民上堤装填沙袋。",
        "据了解，6月下旬以来，安澧县持续遭遇强降雨，多条河流水位持续上涨，全县已转移群众两千余人。",
    ]
    for chrome in chrome_of(lines):
        assert {"安澧县人民政府", "ANLI COUNTY PEOPLE'S GOVERNMENT", "政务公开", "互动交流", "走进安澧"} <= chrome, chrome
    assert title_of("\n".join(lines)) == "石门桥镇：一声哨响 三百村民连夜上堤护家园"
    invite = ["我们结婚啦｜陈屿 & 林晚的婚礼邀请函", "WE ARE GETTING MARRIED", "陈屿 & 林晚", "", _STORY]
    for chrome in chrome_of(invite):
        assert "WE ARE GETTING MARRIED" not in chrome, chrome


def test_a_live_pages_labelled_headline_beside_the_headline() -> None:
    """``滚动直播丨台风“苍鹭”登陆浦东…`` right over the same headline alone: the page's title bar,
    chrome; the headline is the bare one; ``以上为全部内容`` closes the page."""
    lines = [
        "申江新闻",
        "直播中",
        "滚动直播丨台风“苍鹭”登陆浦东 全市启动防台风一级响应",
        "台风“苍鹭”登陆浦东 全市启动防台风一级响应",
        "申江新闻　2024-09-16 06:30",
        "",
        "14:05",
        "记者从市防汛指挥部获悉，截至14时，全市共转移安置人员41.4万人，各区均已开放临时避险点。",
        "07:30",
        "今天7时30分前后，台风“苍鹭”在浦东新区临港新城沿海登陆，登陆时中心附近最大风力14级。",
        "",
        "以上为全部内容",
    ]
    for text in both_scripts("\n".join(lines)):
        assert title_of(text) == text.split("\n")[3], title_of(text)
    for chrome in chrome_of(lines):
        assert {"滚动直播丨台风“苍鹭”登陆浦东 全市启动防台风一级响应", "以上为全部内容"} <= chrome, chrome


def test_a_comment_sections_sort_tabs_over_its_first_commenter() -> None:
    """``全部评论（23） / 最热 / 最新`` over ``江城老王 湖北`` and the comment: the tabs and the
    first commenter's name are chrome as the second's are; the comments stay."""
    lines = [
        "外卖小哥冰面救起落水男孩",
        "",
        "“当时没想那么多，孩子在水里扑腾，再晚一点就来不及了。”今年30岁的刘志强说，他上岸后就默默离开了。",
        "刘志强所在的配送站站长表示，已为他申报见义勇为，平台也将为他颁发暖心骑手奖。",
        "全部评论（23）",
        "最热",
        "最新",
        "江城老王 湖北",
        "好样的！这才是城市里最可爱的人",
        "02-06 11:42 · 回复 · 赞 128",
        "小镇做题家 河南",
        "同意，建议平台给他发一年的奖金",
        "02-06 12:05 · 回复 · 赞 57",
    ]
    for chrome in chrome_of(lines):
        assert {"最新", "江城老王 湖北", "小镇做题家 河南"} <= chrome, chrome
        assert "好样的！这才是城市里最可爱的人" not in chrome, chrome


# ---- posts (E, blind185) -----------------------------------------------------------------------

_POST = "各位街坊，多謝大家呢一年嚟嘅支持，今年我哋照舊喺年廿八之前做足三日，等大家可以買齊年貨返屋企過年。"


def test_a_posts_picture_credit_in_brackets_names_its_account() -> None:
    """``（相片：@mingphoto_hk）``, ``（封面照片：攝影 @kai_shoots）``: whose pictures, chrome; the
    handles in them still count."""
    lines = ["福榮粉麵廠", "", _POST, "（相片：@mingphoto_hk）", "（封面照片：攝影 @kai_shoots）"]
    for chrome in chrome_of(lines):
        assert {"（相片：@mingphoto_hk）", "（封面照片：摄影 @kai_shoots）"} <= chrome, chrome
    for text in both_scripts("\n".join(lines)):
        credited = {b.handle.original for b in build_article(text).credited}
        assert {"mingphoto_hk", "kai_shoots"} <= credited, credited  # (mentions from credit lines)


def test_facebook_comments_with_their_foot_a_part_a_line() -> None:
    """``所有心情：`` over the counts, then ``Kit Yan Cheung / its words / 1星期 / 讚好 / 回覆``:
    each comment's foot set out a part a line; the names are chrome, the words stay; a badge
    over a page's name (``作者 / 新竹在地生活圈 / …``) marks the name too."""
    lines = [
        "福榮粉麵廠",
        "",
        _POST,
        "所有心情：",
        "2,316",
        "最相關",
        "Kit Yan Cheung",
        "呢間真係老字號，細個同阿爺嚟食到而家。",
        "1星期",
        "讚好",
        "回覆",
        "Rex Ho",
        "上個禮拜六我都係嚟遲咗買唔到",
        "1星期",
        "讚好",
        "回覆",
        "作者",
        "福榮粉麵廠",
        "多謝Rex哥支持！記得帶埋訂單截圖呀",
        "5天",
        "讚好",
        "回覆",
    ]
    for chrome in chrome_of(lines):
        assert {"所有心情：", "Kit Yan Cheung", "Rex Ho", "1星期"} <= chrome, chrome
        assert not any(c.startswith(("呢间", "上个礼拜六", "多谢")) for c in chrome), chrome


def test_instagrams_footer_menu_with_its_language() -> None:
    """``關於 / 說明 / API / 工作機會 / 私隱 / 條款 / 語言 / 中文(香港)`` over ``© 2025 Instagram
    from Meta``: the footer's menu, its language picker too."""
    lines = ["siuwai.bakery", "", _POST, "關於", "說明", "API", "工作機會", "私隱", "條款", "語言", "中文(香港)", "© 2025 Instagram from Meta"]
    for chrome in chrome_of(lines):
        assert {"API", "工作机会", "条款", "中文(香港)"} <= chrome, chrome


def test_a_diarys_day_with_its_hour_and_weather_is_the_writers() -> None:
    """``2021.02.28 晚 陰天多雲`` closing a diary: the writer's own line and its day, not a
    related link's stamp; a dated link (``2024-09-05　某某名單公告``) stays chrome."""
    lines = ["一張沒有寄出的揮春", "", "今年年初一，我們家第一次沒有去拜年，爸爸說索性不去了，改成視像拜年。", "2021.02.28 晚 陰天多雲"]
    for chrome in chrome_of(lines):
        assert "2021.02.28 晚 阴天多云" not in chrome, chrome
    assert ("2021.02.28", "2021-02-28", "2021-02-28") in agreed_spans(lines)
    linked = ["公告", "", _STORY, "2024-09-05　某某名單公告", _MORE]
    for chrome in chrome_of(linked):
        assert "2024-09-05\u3000某某名单公告" in chrome, chrome


def test_writing_platforms_calls_under_a_post() -> None:
    """``喜歡我的作品嗎？別忘了給予支持與讚賞，…`` and ``前往創作者沙龍、追蹤作者，不錯過任何新文章。``:
    the platform's calls, chrome."""
    lines = [
        "一張沒有寄出的揮春",
        "",
        _POST,
        "喜歡我的作品嗎？別忘了給予支持與讚賞，讓我知道在創作的路上有你陪伴，一起延續這份熱忱！",
        "前往創作者沙龍、追蹤作者，不錯過任何新文章。",
    ]
    for chrome in chrome_of(lines):
        assert any(c.startswith("喜欢我的作品吗") for c in chrome), chrome
        assert "前往创作者沙龙、追踪作者，不错过任何新文章。" in chrome, chrome


def test_a_blogs_tagline_its_viewers_close_button_and_its_platforms_notices() -> None:
    """``阿蓉的小日子 / 吃吃喝喝、走走停停，偶爾認真生活 / Oct 12 Sat 2019 22:17 / headline``: the
    blog's tagline, chrome; ``close`` alone; ``站方公告`` and the notice under it at the foot."""
    lines = [
        "痞客邦 PIXNET",
        "登入",
        "阿蓉的小日子",
        "吃吃喝喝、走走停停，偶爾認真生活",
        "Oct 12 Sat 2019 22:17",
        "【台南】安平小旅行｜三天兩夜，老街、豆花和一場突如其來的雨",
        "close",
        "這篇拖了好久才開始寫，趁著記憶還熱熱的，先把行程記下來，這次是跟大學室友一起南下。",
        "10日中午抵達台南，第一站先去吃安平豆花，上次來已經是前年夏天了。",
        "站方公告",
        "[公告] 2019 痞客邦年度部落客大賞 開始報名",
        "© PIXNET 痞客邦 2003-2019",
    ]
    for chrome in chrome_of(lines):
        assert {"吃吃喝喝、走走停停，偶尔认真生活", "close", "站方公告", "[公告] 2019 痞客邦年度部落客大赏 开始报名"} <= chrome, chrome


def test_a_weibo_link_placeholder_and_a_news_licence() -> None:
    """``详情请见：网页链接`` (Weibo's link in words) and ``互联网新闻信息服务许可`` by the ICP line:
    chrome; ``详情请见：…`` with a sentence stays."""
    lines = ["武汉地铁", "", "5号线今日起调整首班车时间，请乘客留意车站公告，合理安排出行。", "详情请见：网页链接", "京ICP证100780号", "互联网新闻信息服务许可"]
    for chrome in chrome_of(lines):
        assert {"详情请见：网页链接", "互联网新闻信息服务许可"} <= chrome, chrome


def test_a_programmes_rows_dated_with_lunar_day_or_festival_and_hours() -> None:
    """``亮灯仪式：2月2日（腊月二十三）19:00``, ``无人机灯光秀：2月9日（除夕）起每晚 19:30、20:30``:
    a programme's rows, their days events; ``发布时间：2月9日（除夕）19:30`` is a stamp."""
    lines = [
        "原创 林一苇 江南文旅圈 2024年01月30日 18:30 浙江",
        "乌镇灯会提前剧透",
        "",
        "据景区介绍，今年灯会将于腊月二十三亮灯，西栅全部灯组同时点亮，还首次增加了无人机灯光秀。",
        "亮灯仪式：2月2日（腊月二十三）19:00",
        "无人机灯光秀：2月9日（除夕）起每晚 19:30、20:30",
    ]
    spans = agreed_spans(lines)
    assert ("2月2日（腊月二十三）", "2024-02-02", "2024-02-02") in spans, spans
    assert ("2月9日（除夕）", "2024-02-09", "2024-02-09") in spans, spans


def test_a_commenters_region_under_the_name() -> None:
    """``王小满 / 浙江 / the words / 赞 32``: the commenter's region, chrome as the name is."""
    lines = [
        "乌镇灯会提前剧透",
        "",
        "据景区介绍，今年灯会将于腊月二十三亮灯，西栅全部灯组同时点亮，还首次增加了无人机灯光秀。",
        "精选留言",
        "王小满",
        "浙江",
        "之前带孩子去过一次，灯特别美！",
        "赞 32",
        "青瓦",
        "上海",
        "下周五下班直接开车过去，希望试灯还在",
        "赞 5",
    ]
    for chrome in chrome_of(lines):
        assert {"浙江", "上海"} <= chrome, chrome


def test_the_eve_after_a_lunar_day_of_a_past_year() -> None:
    """``二食堂去年腊月二十三就关了。除夕晚上学校还发了饺子``: the eve after that day, last year's;
    a bare ``除夕`` in a paragraph of its own is the coming one."""
    lines = ["2020-01-15 10:21", "我之前留过校，二食堂去年腊月二十三就关了。除夕晚上学校还给留校的同学发了饺子。", "", "今年除夕到正月初七食堂开不开？"]
    spans = agreed_spans(lines)
    assert ("除夕", "2019-02-04", "2019-02-04") in spans, spans
    assert ("今年除夕到正月初七", "2020-01-24", "2020-01-31") in spans, spans


def test_a_solar_term_gone_by_and_a_plans_next_festival() -> None:
    """``寒露早就过了``: the term just past, dated; ``明年清明前后可以吃蒜苗，端午前后收蒜头``: the
    Dragon Boat festival after next year's Qingming, not this year's past one."""
    lines = ["发表于 2019-11-02", "可惜今年十月一直在出差，寒露早就过了，等我回来已经是霜降了。", "明年清明前后可以吃蒜苗，端午前后收蒜头。"]
    spans = agreed_spans(lines)
    assert ("寒露", "2019-10-08", "2019-10-08") in spans, spans
    assert ("端午前后", "2020-06-25", "2020-06-25") in spans, spans


def test_a_static_blogs_foot() -> None:
    """``本文作者： 老周``, the tip jar's ``微信支付 / 支付宝``, the comment box's ``昵称``, and ``由 Hexo
    强力驱动 v3.9.0`` / ``主题 – NexT.Pisces v7.4.0``: the blog's furniture, chrome."""
    lines = [
        "种蒜记：菜园里的一点笔记",
        "",
        "老家有句话：白露种葱，寒露种蒜。可惜今年十月一直在出差，等我回来已经是霜降了。",
        "本文作者： 老周",
        "赞赏",
        "微信支付",
        "支付宝",
        "评论",
        "昵称",
        "邮箱",
        "© 2017 – 2019 老周",
        "由 Hexo 强力驱动 v3.9.0",
        "主题 – NexT.Pisces v7.4.0",
    ]
    for chrome in chrome_of(lines):
        assert {"本文作者： 老周", "微信支付", "支付宝", "由 Hexo 强力驱动 v3.9.0", "主题 – NexT.Pisces v7.4.0"} <= chrome, chrome
        assert chrome & {"昵称", "暱称"}, chrome  # (暱稱 read back from Traditional keeps its 暱)


def test_a_writers_name_over_its_badge_among_the_comments() -> None:
    """``回复 / 喜欢 / 阿岚 / 作者 / @某某 收到！``: the writer's name over its badge under the last
    comment's buttons, chrome as the other commenters' names are; its words stay."""
    lines = [
        "北海道自由行有哪些没人告诉你的注意事项？",
        "",
        "谢邀。说几个没人告诉过我、但实际非常重要的点，第一是七月的富良野一定要早上去。",
        "89 条评论",
        "橙子味的夏天",
        "2022-07-01",
        "北海道7月是薰衣草季，去富良野一定要早上去",
        "上海",
        "回复",
        "喜欢",
        "阿岚",
        "作者",
        "@橙子味的夏天 收到！已经加进行程了",
        "回复",
        "喜欢",
    ]
    for chrome in chrome_of(lines):
        assert "阿岚" in chrome, chrome
        assert "@橙子味的夏天 收到！已经加进行程了" not in chrome, chrome


# ---- forum threads (F, blind186) ---------------------------------------------------------------


def test_a_ptt_header_copied_a_field_a_line() -> None:
    """``作者 / lanternfish (燈籠魚) / 看板 / HsinchuCity / 標題 / [問題] … / 時間 / …``: the header's
    labels and values are chrome, and the line under ``標題`` is the headline."""
    lines = [
        "批踢踢實業坊",
        "作者",
        "lanternfish (燈籠魚)",
        "看板",
        "HsinchuCity",
        "標題",
        "[問題] 東門那間老豆花店真的要收了嗎？",
        "時間",
        "Tue Sep 10 21:07:44 2024",
        "",
        "如題，昨天經過東門市場，看到那間開了四十年的豆花店門口貼了公告，說月底就要收了。",
        "有人知道是什麼原因嗎？老闆身體還好嗎？",
    ]
    for text in both_scripts("\n".join(lines)):
        assert title_of(text) == text.split("\n")[6], title_of(text)
    for chrome in chrome_of(lines):
        assert {"作者", "lanternfish (灯笼鱼)", "看板", "HsinchuCity", "标题", "时间"} <= chrome, chrome


def test_a_menus_tab_is_no_lists_heading() -> None:
    """``首頁 / 熱門 / 追蹤看板 / 租屋``: 熱門 is a tab of the menu (a menu's word over it), not the
    heading of a list that would run on through the post's short lines."""
    lines = [
        "Dcard",
        "搜尋",
        "登入",
        "註冊",
        "首頁",
        "熱門",
        "追蹤看板",
        "租屋",
        "租屋",
        "#",
        "發文",
        "房東突然說要漲租，這樣合理嗎？",
        "國立高雄科技大學",
        "2月11日 18:42",
        "大家好，第一次在租屋板發文，排版請見諒",
        "我跟室友去年10月簽了一年的約，合約上清清楚楚寫到明年9月",
        "",
        "我們押金是押兩個月，現在很怕他不還",
        "想問大家：",
        "1. 租約期間房東可以片面漲價嗎？",
        "2. 如果他真的要我們提前搬，可以要求賠償嗎？",
    ]
    for chrome in chrome_of(lines):
        assert not chrome & {"我们押金是押两个月，现在很怕他不还", "想问大家：", "1. 租约期间房东可以片面涨价吗？"}, chrome


def test_a_posters_card_between_the_floors_number_and_its_stamp() -> None:
    """``3 樓 / 橘子汽水 / orangesoda / GP 5 / 2025-01-29 16:18:45``: who posted the floor, chrome; a
    Discuz floor's ``2# / its words / 回覆 引用`` keeps its words."""
    lines = [
        "【心得】大年初一抽卡紀錄",
        "",
        "大家新年快樂！大年夜那十連出了三把四星武器，但全部是重複的。",
        "3 樓",
        "橘子汽水",
        "orangesoda",
        "GP 5",
        "2025-01-29 16:18:45",
        "我上週二剛好抽到樓主想要的那隻，用了快70抽",
        "2#",
        "想去都要等年廿八放工先 平時返到九點",
        "回覆 引用",
        "coffee_ming",
        "發表於 2025-1-29 13:40 | 只看該作者",
    ]
    for chrome in chrome_of(lines):
        assert {"橘子汽水", "orangesoda", "GP 5"} <= chrome, chrome
        assert "想去都要等年廿八放工先 平时返到九点" not in chrome, chrome
    assert ("大年夜", "2025-01-28", "2025-01-28") in agreed_spans(lines)


def test_hong_kong_golden_floors() -> None:
    """``西灣河阿Ben (男)`` (a poster's name with the sex shown), ``頁數：1 / 3``: chrome; a floor's
    first line under its stamp and bracketed buttons (``多謝兩位``) stays; ``祝大家端午節安康`` is a
    greeting, no event."""
    lines = [
        "今年端午去邊度睇龍舟？",
        "頁數：1 / 3",
        "1",
        "大澳鹹魚王 (男)",
        "2021/06/10 21:48",
        "[引用] [回覆] [只看此人]",
        "各位巴打絲打，想問下今年端午（14號）有冇邊度仲有龍舟睇？",
        "2",
        "西灣河阿Ben (男)",
        "2021/06/10 22:40",
        "[引用] [回覆] [只看此人]",
        "多謝兩位",
        "聽朝再打去問一次，有消息上嚟講",
        "祝大家端午節安康，記得食多啲粽",
        "3",
        "荃灣阿寶 (女)",
        "2021/06/10 23:02",
        "[引用] [回覆] [只看此人]",
        "我屋企每年端午都返長洲食粽，今年都係，到時見到龍舟再同大家講。",
        "上一頁 | 下一頁",
    ]
    for chrome in chrome_of(lines):
        assert {"页数：1 / 3", "西湾河阿Ben (男)"} <= chrome, chrome
        assert "多谢两位" not in chrome, chrome
    assert not any(s[0] == "端午节" for s in agreed_spans(lines))


def test_the_new_years_days_before_be_sure_to() -> None:
    """``今年大年初一至年初三千祈唔好掃地``: 千祈 ("be sure to") after the day is no thousand; the range
    is read whole."""
    lines = ["發表於 2022-1-27 12:20", "年廿九之前搞掂就得，今年大年初一至年初三千祈唔好掃地，會掃走啲財"]
    assert ("今年大年初一至年初三", "2022-02-01", "2022-02-03") in agreed_spans(lines)


def test_a_discuz_boards_marks_against_copying_and_its_named_floors() -> None:
    """``. 1point3acres``, ``. check 1point3acres for more.``, ``------ 来源一亩.三分地论坛.``: the
    board's marks, chrome; ``沙发 / 米国码农小白 / 积分 88 / 发表于 …`` and ``南湖边的猫 / 板凳 / 发表于 …``:
    the posters, chrome; the NGA card's ``级别: 新手上路 / 威望: 1 / 发帖: 217`` too."""
    lines = [
        "湾区某中厂 后端 内推 挂经",
        "",
        "背景：国内硕士，在职三年，现在在西雅图一家小公司做后端。",
        ". 1point3acres",
        "店面一轮45分钟，一道设计LRU cache的变种，问了线程安全。",
        ". check 1point3acres for more.",
        "---------------------- 来源一亩.三分地论坛.",
        "沙发",
        "米国码农小白",
        "积分 88",
        "发表于 2023-10-17 07:15:33 | 只看该作者",
        "感谢楼主分享！同问限流那轮是固定窗口还是滑动窗口？",
        "回复",
        "南湖边的猫",
        "板凳",
        "发表于 2023-10-17 08:15:33 | 只看该作者",
        "同问，我也在等结果。",
        "南岸的鱼",
        "级别: 新手上路",
        "威望: 1",
        "发帖: 217",
        "2023-10-17 09:14",
        "学习了，感谢分享。",
    ]
    for chrome in chrome_of(lines):
        assert {". 1point3acres", ". check 1point3acres for more.", "米国码农小白", "南湖边的猫", "威望: 1", "发帖: 217"} <= chrome, chrome
        assert "感谢楼主分享！同问限流那轮是固定窗口还是滑动窗口？" not in chrome, chrome


# ---- other shapes (G, blind187) ----------------------------------------------------------------


def test_a_notices_links_with_minguo_days_and_an_attachment_by_its_name() -> None:
    """``・福安宮冬令救濟物資發放　114-12-20`` (a list of other notices, each with its day in the
    Minguo calendar) and ``春節交通管制路線圖.jpg（下載次數：198）`` (a file by its name): chrome; the
    festival named in a link is none of this story's."""
    lines = [
        "春節期間交通管制公告",
        "",
        "本宮春節期間香客眾多，除夕至初五周邊道路實施交通管制，請信眾多加利用接駁車。",
        "春節交通管制路線圖.jpg（下載次數：198）",
        "・福安宮冬令救濟物資發放　114-12-20",
        "・本宮重陽敬老活動花絮　114-10-30",
    ]
    for chrome in chrome_of(lines):
        assert {"春节交通管制路线图.jpg（下载次数：198）", "・本宫重阳敬老活动花絮\u3000114-10-30"} <= chrome, chrome
    assert not any(s[0].startswith("重阳") for s in agreed_spans(lines))


def test_a_bulletins_day_with_its_sunday_and_a_newsletters_contents() -> None:
    """``2023年10月22日（主日）`` (a church bulletin's day), ``每月訊息 … 頁1``, ``活動好介紹 … 頁2-4``
    (a newsletter's contents with pages): chrome."""
    lines = [
        "主日崇拜程序",
        "2023年10月22日（主日）",
        "目錄",
        "每月訊息 … 頁1",
        "活動好介紹 … 頁2-4",
        "",
        "本週崇拜由陳牧師證道，請會眾準時出席，崇拜後設有茶點招待，歡迎新朋友留步交流。",
    ]
    for chrome in chrome_of(lines):
        assert {"2023年10月22日（主日）", "每月讯息 … 页1", "活动好介绍 … 页2-4"} <= chrome, chrome


def test_an_exhibitions_facts_with_spaced_labels_and_an_hour() -> None:
    """``展　　期：2024年3月16日—6月2日``, ``开幕时间：3月16日（周六）15:00`` among the exhibition's
    facts under its head: the story's facts, kept with their days."""
    lines = [
        "泉州海丝美术馆",
        "Quanzhou Maritime Silk Road Art Museum",
        "首页 | 关于我们 | 展览 | 典藏 | 公共教育 | 学术研究 | 参观指南 | English",
        "当前位置：首页 > 展览 > 当前展览",
        "山海之间——福建沿海渔村影像展",
        "发布时间：2024-03-08 10:30　来源：展览部　浏览量：3261",
        "[展览海报]",
        "",
        "展览名称：山海之间——福建沿海渔村影像展",
        "展　　期：2024年3月16日—6月2日",
        "开幕时间：3月16日（周六）15:00",
        "展览地点：美术馆一层1号、2号展厅",
        "主办单位：泉州海丝美术馆",
        "学术支持：福建省摄影家协会",
        "策 展 人：郑雅文",
        "",
        "【展览介绍】",
        "本次展览集中呈现摄影师林海生拍摄的一百二十余幅作品，记录了福建沿海渔村三十年来的变迁。",
    ]
    for chrome in chrome_of(lines):
        assert not chrome & {"展\u3000\u3000期：2024年3月16日—6月2日", "开幕时间：3月16日（周六）15:00"}, chrome


def test_a_sayings_days_and_a_recipe_sites_furniture() -> None:
    """``讲究“腊八泡、年三十吃”``: a custom's days, every year's, no event; ``综合评分 8.9（128人做过这道菜）``
    and ``这道菜谱的作者还创建了``: the recipe site's, chrome."""
    lines = [
        "翡翠腊八蒜",
        "综合评分 8.9（128人做过这道菜）",
        "",
        "腊八蒜讲究“腊八泡、年三十吃”，但其实只要温度合适，什么时候泡都会绿。",
        "这道菜谱的作者还创建了",
        "· 外婆的酸辣白菜",
    ]
    for chrome in chrome_of(lines):
        assert {"综合评分 8.9（128人做过这道菜）", "这道菜谱的作者还创建了"} <= chrome, chrome
    assert not any(s[0] == "年三十" for s in agreed_spans(["2024年1月10日", *lines]))


def test_a_changelogs_versions_are_not_the_pages_date() -> None:
    """``最后更新：2025-03-12　共 48 个版本`` over ``v6.8.2（2025年3月11日）``: the page was updated on
    the 12th; a version's day is its release, an event."""
    lines = [
        "小鲸记账",
        "版本更新日志",
        "最后更新：2025-03-12　共 48 个版本",
        "",
        "v6.8.2（2025年3月11日）",
        "【新增】账单详情页支持添加多张图片，最多9张。",
        "【优化】预算进度条动画更顺滑，启动速度提升约20%。",
    ]
    for text in both_scripts("\n".join(lines)):
        assert build_article(text).reference_date.isoformat() == "2025-03-12"


def test_a_temples_notice_lunar_days_by_the_years_name() -> None:
    """``己亥年二月十六至十九日（2019年3月22日至25日）``: lunar days by the sexagenary year, one event
    with its bracket; ``四、…：3月25日（农历二月十九）早上05:30…`` is a programme's item, not a stamp;
    ``每月农历初一、十五`` comes back every month."""
    lines = [
        "发布时间：2019-03-05",
        "本寺谨订于己亥年二月十六至十九日（2019年3月22日至25日）启建观音菩萨圣诞祈福法会。",
        "四、圣诞祝仪及放生：3月25日（农历二月十九）早上05:30吉祥普佛，08:30放生",
        "本寺每月农历初一、十五上午九时均有祈福普佛，欢迎随喜参加。",
    ]
    spans = agreed_spans(lines)
    assert ("己亥年二月十六至十九日（2019年3月22日至25日）", "2019-03-22", "2019-03-25") in spans, spans
    assert ("3月25日（农历二月十九）", "2019-03-25", "2019-03-25") in spans, spans
    assert not any(s[0] == "初一" for s in spans), spans


def test_a_stock_quote_a_gloss_and_a_sites_name_in_both_tongues_are_no_headlines() -> None:
    """``汇川精工 300917　28.36　+1.25（+4.61%）　成交额：3.12亿`` (a quote row), ``（浙江省临溪县古桥）``
    (an entry's gloss under its name) and ``海峰花園 Harbour Crest Garden`` at the top (a place's
    name in both tongues): never the headline."""
    quote = ["财讯通 · 股票频道", "汇川精工 300917　28.36　+1.25（+4.61%）　成交额：3.12亿", "公司公告", "汇川精工：关于召开2021年年度股东大会的通知",
             "公告日期：2022-04-29", "", "江苏汇川精工科技股份有限公司第三届董事会第十次会议决定召开2021年年度股东大会，现将有关事项通知如下。"]
    assert not (title_of("\n".join(quote)) or "").startswith("汇川精工 300917")
    for chrome in chrome_of(quote):
        assert "汇川精工 300917\u300028.36\u3000+1.25（+4.61%）\u3000成交额：3.12亿" in chrome, chrome
    entry = ["知源百科", "首页 > 人文 > 建筑 > 桥梁", "永宁桥", "（浙江省临溪县古桥）", "", "永宁桥，位于浙江省临溪县永宁镇，横跨临溪江支流，是一座五孔石拱桥。"]
    assert title_of("\n".join(entry)) == "永宁桥"
    estate = ["屋苑通 Estate+", "海峰花園 Harbour Crest Garden", "通告　活動　設施預約　管理費繳付", "發佈日期：11/05/2021", "清洗第二及第三座食水缸暫停供水通告",
              "", "為確保食水質素，本管理處已安排承辦商進行例行食水缸清洗工程，屆時將暫停供水。"]
    assert title_of("\n".join(estate)) == "清洗第二及第三座食水缸暫停供水通告"


def test_a_bracketed_heading_over_its_facts_and_a_shops_widgets() -> None:
    """``【中秋綜合晚會】 / 日期：9月14日（星期六）``: the notice's heading over its facts, kept;
    ``立即购买　加入购物车``, ``数量：1　件（库存365件）`` and ``—— 你可能还想了解 ——``: chrome."""
    lines = [
        "會員通訊 第152期",
        "",
        "本月中心舉辦多項活動，歡迎會員踴躍報名參加，名額有限，先到先得。",
        "【中秋綜合晚會】",
        "日期：9月14日（星期六）",
        "時間：下午2:00至4:30",
    ]
    for chrome in chrome_of(lines):
        assert "【中秋综合晚会】" not in chrome, chrome
    shop = ["西湖龙井 250g礼盒装", "立即购买　加入购物车", "数量：1　件（库存365件）", "", "今年头采明前茶，产自龙坞茶村核心产区，手工炒制，香气清高。",
            "—— 你可能还想了解 ——", "· 如何开启家庭共享账本？"]
    for chrome in chrome_of(shop):
        assert {"立即购买\u3000加入购物车", "数量：1\u3000件（库存365件）", "—— 你可能还想了解 ——"} <= chrome, chrome


def test_a_year_in_two_spoken_digits_and_the_day_after_tomorrow_taken_off() -> None:
    """``九八年发大水``, ``零八年奥运那年``: 1998 and 2008; ``七八年没见``, ``三四年``: counts of years
    (two digits running up by one), no year; ``后天请了假回去``: the day after tomorrow."""
    lines = ["2019-04-02 21:14", "九八年发大水，水一直淹到我家门口；零八年奥运那年我刚上大学。我们七八年没见了，这事过了三四年才解决。", "后天请了假回去一趟。"]
    spans = agreed_spans(lines)
    assert ("九八年", "1998-01-01", "1998-12-31") in spans, spans
    assert ("零八年", "2008-01-01", "2008-12-31") in spans, spans
    assert not any(s[0] in ("七八年", "三四年") for s in spans), spans
    assert ("后天", "2019-04-04", "2019-04-04") in spans, spans


def test_festivals_naming_a_tours_departure_and_an_elders_event() -> None:
    """``春節梯次之餐食`` (the tour's departure named for the festival) and ``重陽敬老午宴``,
    ``重陽節敬老活動照常`` (the elders' event named for it): no day of the festival; ``今年重陽節我們去登山``
    is one."""
    lines = ["發布日期：2024-09-01", "春節梯次之餐食將以同等級餐廳替代。重陽節敬老活動照常舉行，重陽敬老午宴報名從速。", "今年重陽節我們去登山。"]
    spans = agreed_spans(lines)
    assert [s[0] for s in spans if "重阳" in s[0] or "春节" in s[0]] == ["今年重阳节"], spans


def test_a_tours_stay_said_on_two_days_and_an_items_name_over_its_facts() -> None:
    """``住宿：下呂溫泉 水明館或同級`` on two days of a tour, and ``重陽敬老午宴 / 日期：11/10（星期五）``:
    the tour's facts and the item's name, kept (no poster's name said twice, no name over a stamp)."""
    lines = [
        "北陸合掌村五日",
        "",
        "DAY02　名古屋 → 高山老街 → 下呂溫泉",
        "前往有「小京都」之稱的高山，清晨的宮川朝市熱鬧非凡，午後入住下呂溫泉。",
        "住宿：下呂溫泉 水明館或同級",
        "",
        "DAY03　下呂溫泉 → 郡上八幡 → 下呂溫泉",
        "郡上八幡是以清流聞名的水之城下町，可參加食品模型製作體驗。",
        "住宿：下呂溫泉 水明館或同級",
        "",
        "重陽敬老午宴",
        "日期：11/10（星期五）",
        "地點：沙田帝都酒店",
    ]
    for chrome in chrome_of(lines):
        assert not chrome & {"住宿：下吕温泉 水明馆或同级", "重阳敬老午宴"}, chrome


def test_a_listed_companys_notice_its_warrant_and_its_issuer() -> None:
    """``本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载…`` (the board's warrant,
    in its other wording): chrome; ``江苏汇川精工科技股份有限公司`` over the notice's heading is its
    issuer, no encyclopedia entry's name and no headline; ``华岳科技(603917) 最新价：18.42`` is a quote."""
    lines = [
        "财讯通 · 股票频道",
        "华岳科技(603917) 最新价：18.42 涨跌幅：+1.32%",
        "汇川精工：关于召开2021年年度股东大会的通知",
        "公告日期：2022-04-29　来源：深圳证券交易所",
        "",
        "江苏汇川精工科技股份有限公司",
        "关于召开2021年年度股东大会的通知",
        "",
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。",
        "",
        "江苏汇川精工科技股份有限公司（以下简称“公司”）第三届董事会第十次会议决定召开2021年年度股东大会，现将有关事项通知如下。",
    ]
    for chrome in chrome_of(lines):
        assert "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。" in chrome, chrome
        assert "华岳科技(603917) 最新价：18.42 涨跌幅：+1.32%" in chrome, chrome
    assert title_of("\n".join(lines)) != "江苏汇川精工科技股份有限公司"


def test_a_buyers_masked_name_an_entrys_reviewer_and_a_recipe_writers_other_recipes() -> None:
    """``t***8（超级会员）`` over a review, ``本词条由“知源学术”词条编写项目审核。`` and the list under
    ``这道菜谱的作者还创建了``: the site's, chrome."""
    lines = [
        "翡翠腊八蒜",
        "",
        "腊八蒜泡好以后颜色翠绿，酸辣爽口，配饺子最合适，北方暖气房里大概十天就能变色。",
        "本词条由“知源学术”词条编写项目审核。",
        "t***8（超级会员）",
        "蒜很新鲜，泡了十天就绿了，家里老人很喜欢。",
        "这道菜谱的作者还创建了",
        "· 外婆的酸辣白菜",
        "· 十分钟快手凉拌木耳",
    ]
    for chrome in chrome_of(lines):
        assert {"本词条由“知源学术”词条编写项目审核。", "t***8（超级会员）", "· 外婆的酸辣白菜"} <= chrome, chrome
        assert "蒜很新鲜，泡了十天就绿了，家里老人很喜欢。" not in chrome, chrome


# ---- guards: a review helper's counter-examples to the session's rules -----------------------------


def test_guards_the_sessions_date_rules_leave_alone() -> None:
    """What the new rules must not read: ``三五年`` and ``二八年华`` (no years); ``从元旦到除夕…年货`` (the lunar
    eve); a past festival after a coming one (``春节要到了，想起中秋那次聚会``); ``端午节安康市`` (a city);
    ``今年重阳节敬老院`` (a home for the old); and a saying or every month's lunar day starts no yearly round
    (``讲究“正月十五闹元宵”，2月24日…``, ``每月农历初一都去上香，2月10日…``)."""
    lines = [
        "2024年1月10日",
        "大概需要三五年才能完成，正值二八年华。",
        "从元旦到除夕，超市里年货越来越多。",
        "春节要到了，想起中秋那次聚会。",
        "端午节安康市举办了龙舟赛。",
        "今年重阳节敬老院的老人们很开心。",
        "老人讲究“正月十五闹元宵”，2月24日全村一起挂灯笼。",
        "我每月农历初一都去上香，2月10日那天人特别多。",
    ]
    spans = agreed_spans(lines)
    assert not any(s[0] in ("三五年", "二八年") for s in spans), spans
    assert ("元旦到除夕", "2024-01-01", "2024-02-09") in spans, spans
    assert ("中秋", "2023-09-29", "2023-09-29") in spans, spans
    assert ("端午节", "2023-06-22", "2023-06-22") in spans, spans
    assert ("今年重阳节", "2024-10-11", "2024-10-11") in spans, spans
    assert ("2月24日", "2024-02-24", "2024-02-24") in spans, spans
    assert ("2月10日", "2024-02-10", "2024-02-10") in spans, spans


def test_guards_the_sessions_chrome_rules_leave_alone() -> None:
    """Lines the new chrome rules must leave in the story: a bracket that only holds 相片 or 封面 without
    a colon, a person's name with the sex in a notice (``張小明（男）``), a price sentence after a
    quote's label, a masked name in news (``李**（化名）``), a list of ways to pay, a food post's
    ``Menu``, and a headline between a breadcrumb and its dateline."""
    lines = [
        "尋人啟事",
        "",
        "申請人需攜帶身分證及護照（相片頁影本）到場辦理，逾期不候，請民眾多加留意。",
        "時代雜誌以某某為年度人物（封面故事）",
        "張小明（男）",
        "貴州茅台(600519) 最新價：1650元，較上週下跌近5%，市值蒸發逾千億元。",
        "李**（化名）",
        "店內可用：",
        "支付寶",
        "Menu",
        "家屬表示，張小明最後一次被看見是在上週六下午，身穿藍色外套，如有消息請與派出所聯絡。",
    ]
    for chrome in chrome_of(lines):
        assert not chrome & {"张小明（男）", "李**（化名）", "支付宝", "Menu", "时代杂志以某某为年度人物（封面故事）"}, chrome
        assert not any(c.startswith(("申请人", "贵州茅台")) for c in chrome), chrome
    head = ["首页 > 国内新闻", "油价连涨三次，货车司机叫苦不迭", "2024-01-10 09:30", "",
            "国家发改委今日宣布，自今日24时起，国内汽、柴油价格每吨分别提高120元和115元。"]
    for chrome in chrome_of(head):
        assert "油价连涨三次，货车司机叫苦不迭" not in chrome, chrome


def test_guards_a_stamp_with_its_weekday_is_the_pages_date() -> None:
    """``2024.3.6（星期三 下午3:05）`` is a page's stamp, not a changelog's version: the page's date."""
    lines = ["某某社區公告", "2024.3.6（星期三 下午3:05）", "", "本週六上午九時社區大掃除，請各位住戶準時參加，並自備手套。"]
    for text in both_scripts("\n".join(lines)):
        assert build_article(text).reference_date.isoformat() == "2024-03-06"
