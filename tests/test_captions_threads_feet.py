"""Captions, threads, comment feet and the lines round them: the twenty-fourth session's rules.
The texts are written for these tests in the shapes such pages have, each in both scripts."""

from __future__ import annotations

from datetime import date

from tests.test_date_shapes import assert_no_days, dated
from tests.test_date_shapes import both_scripts as _both
from tests.test_live_digest_pages import _assert_chrome, _chrome, _events
from tui.model.build import build_article
from tui.model.date_patterns import drop_thread_numbers, scan_paragraphs, taiwan_month_days


def _title(text: str) -> str | None:
    title = build_article(text).title
    return title.original if title is not None else None


def _assert_page_date(lines: list[str], day: date) -> None:
    """The page, in both scripts, is dated ``day``."""
    for text in _both("\n".join(lines)):
        assert build_article(text).reference_date == day, text[:40]


def _words(lines: list[str]) -> list[set[tuple[str, str]]]:
    """Each script's events as (surface, start day)."""
    return [{(t, s) for t, s, _ in _events(text)} for text in _both("\n".join(lines))]


# ---- captions and credits ---------------------------------------------------------------------


def test_a_hong_kong_papers_caption_under_a_filled_square_is_chrome() -> None:
    """■ and one short sentence alone on its line: a picture's caption.  A chronology's entry
    (■ 2022年8月：工程動工…) and a section's heading (■ 時間分配) stay in the story."""
    _assert_chrome(
        ("■將軍澳新盤示範單位昨日開放參觀。", "■大坑坊眾福利會昨日開始搭建花燈棚架。"),
        body=("■ 2022年8月：工程動工，承建商預計需時約10個月。", "■ 時間分配"),
    )


def test_a_captions_source_after_its_full_stop_is_chrome() -> None:
    """…灯火通明。抖音@某某 视频截图, …积水情况。图据@某某 官方微博: a caption and whose picture
    it is; 图据说 opens a sentence."""
    _assert_chrome(
        ("夜幕下的市集灯火通明。抖音@古城夜游记 视频截图", "事发小区地下车库积水情况。图据@成都交警 官方微博"),
        body=("他说这件事情很奇怪。图据说是假的",),
    )


def test_credit_and_account_lines_are_chrome() -> None:
    """An account's id under its label (抖音号：…), a header picture's credit (题图：…), the
    writer's account alone before a bar; the writer's invitation after a comma is the story's."""
    _assert_chrome(
        ("抖音号：panggetandian", "作者微博@林知秋在乡下 | 题图：祠堂前的灯笼，拍摄于除夕夜"),
        body=("作者微博@钱小溪看新能源，欢迎交流储能与新能源相关话题。",),
    )


def test_a_videos_views_and_viewer_buttons_are_chrome() -> None:
    _assert_chrome(("2.3萬次觀看  2024年2月6日", "原图  查看大图", "💬 12 comments", "Leave a comment"))


def test_an_e_papers_printed_in_note_is_chrome_and_dates_the_page() -> None:
    """刊於 某報 2025年01月17日 星期五 版名 A12 at the foot, under the page's tags (相關字詞): the
    page's day, no event; the tags' heading is no list of links."""
    lines = [
        "某某報網站",
        "某某報 > 地產市道",
        "發展商搶閘節前推盤 新盤首輪200伙開價",
        "",
        "新盤今日（17日）公布首張價單，發展商計劃下周三（1月22日）進行首輪銷售。",
        "",
        "代理行資料顯示，另有兩個新盤部署開售，預計首季一手成交可望重上4000宗。",
        "",
        "不過，亦有分析員提醒，區內未來兩年仍有逾6000伙新盤落成，屋苑或面對減價壓力。",
        "",
        "相關字詞",
        "新盤",
        "一手樓",
        "（記者 某某）",
        "刊於 某某財經新聞 2025年01月17日 星期五 地產市道 A12",
        "某某報 版權所有 不得轉載",
    ]
    for text, chrome in zip(_both("\n".join(lines)), _chrome(lines), strict=True):
        article = build_article(text)
        assert article.reference_date == date(2025, 1, 17)
        assert not any(e.text.original.startswith("2025") for e in article.timeline)
        assert any(line.startswith("刊") for line in chrome)


def test_a_comment_boxs_terms_are_chrome() -> None:
    _assert_chrome(("某某新聞網對留言系統使用者發布的文字、圖片或檔案保有片面修改或移除的權利。",))


def test_a_galleries_other_albums_are_a_list() -> None:
    """更多圖輯 heads other albums: their names (冬至圍爐…) date nothing."""
    lines = [
        "某某日報",
        "圖輯",
        "年宵市場人頭湧湧 市民趁年三十晚（1月28日）行花市",
        "",
        "全港年宵市場連續7晚營業，不少市民趁年三十晚通宵行花市，直至凌晨6時才散去。",
        "1 / 2",
        "維園年宵市場人頭湧湧。（某某攝）",
        "2 / 2",
        "凌晨6時，年宵市場正式落幕。（某某攝）",
        "更多圖輯",
        "元旦倒數煙花照亮維港",
        "冬至圍爐 街市海鮮價格急升",
        "某某日報 版權所有 © 2025",
    ]
    for words in _words(lines):
        assert not any(t.startswith("冬至") for t, _ in words)


# ---- a site's footer, a commenter's rows ------------------------------------------------------


def test_a_government_sites_footer_is_not_the_storys_facts() -> None:
    """主办：… / 联系电话：… 电子邮箱：… / 网站标识码：… ICP备…: the office that runs the site."""
    lines = [
        "某某县人民政府",
        "当前位置：首页 > 新闻中心 > 部门动态",
        "县领导走访慰问困难群众",
        "发布时间：2025-01-08 09:30  来源：县融媒体中心",
        "1月7日，县领导带队深入城关镇、石桥乡等地，走访慰问困难群众和老党员，送去米面油和慰问金。",
        "",
        "县民政局下周将对发放情况开展专项督查，对发现的问题限期整改。",
        "",
        "【打印本页】【关闭窗口】",
        "扫一扫在手机打开当前页",
        "主办：某某县人民政府办公室  承办：某某县大数据发展中心",
        "联系电话：0000-0000000  电子邮箱：office@example.gov.cn",
        "网站标识码：0000000000  ×ICP备00000000号-1",
    ]
    for chrome in _chrome(lines):
        assert any(line.startswith(("联系电话", "聯繫電話", "聯係電話")) for line in chrome), chrome


def test_a_commenters_rows_are_chrome() -> None:
    """The writer's own reply under its badge, a profile's name with its id, Plurk's verb after
    a name; a file's kind in brackets and a song's note are not names."""
    _assert_chrome(
        ("阿苓的慢日子 作者", "ruby.hsu_tw · 作者", "阿凱 (kaikai_0912)", "阿凱 說", "小熊不熊 想"),
        body=("活動交通管制圖（PDF）已上傳至官網", "Encore：航海日誌／潮汐（reprise）", "有幫助　分享"),
    )


def test_a_captions_first_words_after_its_writers_id_stay() -> None:
    """tsuenwan.slowcafe 🎄節日營業時間🎄: the caption opens there (an id and a name alone, miso_bear
    阿味, is a poster's row)."""
    _assert_chrome(("miso_bear 阿味",), body=("tsuenwan.slowcafe 🎄節日營業時間🎄",))


# ---- titles -----------------------------------------------------------------------------------


def test_a_writers_dotted_row_is_no_headline() -> None:
    """某某 · 2024/02/14 21:05 · 閱讀時間約 6 分鐘 under the headline: the writer's name, not a
    headline cut at its stamp."""
    lines = [
        "某某 vocus",
        "探索  沙龍  創作  登入",
        "【埔里週記】回娘家那天，順便把阿嬤的舊書房整理完",
        "阿苓的慢日子 · 2024/02/14 21:05 · 閱讀時間約 6 分鐘",
        "追蹤",
        "",
        "大年初二照例回埔里娘家。說是照例，其實每年大年初二我們都在路上塞車。",
    ]
    for text in _both("\n".join(lines)):
        title = _title(text)
        assert title is not None and title.startswith("【埔里"), title


def test_an_accounts_name_before_a_posts_stamp_and_province_is_cut() -> None:
    """標題 北国观察君 2023-12-18 10:12 黑龙江: the account that posted it, not the headline's end."""
    lines = [
        "百家号",
        "冰雪大世界开园，首日预约游客超4万人 北国观察君 2023-12-18 10:12 黑龙江",
        "关注",
        "12月18日上午，冰雪大世界正式开园，园区当日共接待预约游客超过4万人次。",
    ]
    for text in _both("\n".join(lines)):
        title = _title(text)
        assert title is not None and title.endswith(("4万人", "4萬人")), title


# ---- page dates -------------------------------------------------------------------------------


def test_a_news_apps_foot_stamp_with_its_province_dates_the_page() -> None:
    """2025-05-30 21:15 湖北 over 举报 and the related news; a comment's 2024-10-12 湖南, without
    its time, dates nothing."""
    lines = [
        "某某新闻",
        "首页",
        "班主任要求每晚视频打卡引家长争议 学校：将调整作业打卡方式",
        "某某新闻记者 王晨",
        "5月29日，市民刘女士反映，班主任要求学生每晚在家长群里提交作业打卡视频。",
        "",
        "29日下午，涉事学校回应称，端午节后将取消每日视频打卡。",
        "",
        "（来源：某某新闻）",
        "2025-05-30 21:15 湖北",
        "举报",
        "相关新闻",
        "多地教育部门发文：不得要求家长批改作业",
    ]
    _assert_page_date(lines, date(2025, 5, 30))


# ---- dates ------------------------------------------------------------------------------------


def test_a_thread_numbered_by_its_writer_names_no_days() -> None:
    """1/3, 2/3, 3/3 opening a thread's posts: their numbers.  A schedule on one day of each
    month without that run (1/3 開工 / 2/3 完工) keeps its days."""
    lines = [
        "ruby.hsu_tw",
        "2024-12-03",
        "1/3 台南這週末的聖誕市集攻略來了，地點在河樂廣場，每天下午3點到晚上10點。",
        "2/3 最推薦的是肉桂捲，老闆說平安夜還會在店裡辦一場小型音樂會。",
        "3/3 開車的話建議停中正路地下停車場，別在周邊繞。",
    ]
    for words in _words(lines):
        assert not any("/3" in t for t, _ in words), words
    schedule = ["1/3 開工，預計一個月完成主體。", "2/3 完工，隨即開放通行。"]
    scanned = [taiwan_month_days(t, found) for t, found in zip(schedule, scan_paragraphs(schedule, True), strict=True)]
    assert all(scanned) and drop_thread_numbers(schedule, scanned) == scanned
    thread = [*schedule, "3/3 開車的話建議停地下停車場。"]
    scanned = [taiwan_month_days(t, found) for t, found in zip(thread, scan_paragraphs(thread, True), strict=True)]
    assert not any(drop_thread_numbers(thread, scanned))


def test_a_threads_posts_count_from_their_own_days() -> None:
    """Threads: each post under its account's id and its day; the earlier post's 下週一 is the
    Monday after its own day, a reply's 昨天 the day before its own."""
    lines = [
        "Threads",
        "ruby.hsu_tw",
        "2024-12-03",
        "台南這週末的聖誕市集攻略來了，地點在河樂廣場，每天下午3點到晚上10點。",
        "tainan_citygov",
        "2024-11-29",
        "市政府：下週一起，河樂廣場周邊道路實施交通管制至12月9日。",
        "linyu_0812",
        "12/04",
        "請問週五晚上人會很多嗎？想下班直接過去",
        "ruby.hsu_tw · 作者",
        "12/04",
        "昨天去問了，週五晚上8點有樂團表演，會比較擠。",
    ]
    for words in _words(lines):
        assert ("下週一", "2024-12-02") in words or ("下周一", "2024-12-02") in words, words
        assert ("昨天", "2024-12-03") in words, words


def test_one_quoted_post_in_a_story_does_not_date_the_story() -> None:
    """A news story quoting one post (momo.kpop_tw / 11/17 / …): its paragraphs after it are
    still of the page's day."""
    lines = [
        "某某新聞",
        "演唱會入場大排長龍 主辦致歉",
        "2024/11/18 14:32",
        "〔記者某某／台北報導〕男團上週末在台北連開2場演唱會，入場大排長龍。",
        "momo.kpop_tw",
        "11/17",
        "排到腿軟，驗證機一直轉圈圈，這輩子第一次在場館外排這麼久",
        "對此，主辦單位今（18）日上午發布聲明致歉，表示17日晚間系統負載過高。",
    ]
    for words in _words(lines):
        assert ("今（18）日", "2024-11-18") in words and ("17日", "2024-11-17") in words, words


def test_comments_under_their_province_and_day_count_from_that_day() -> None:
    """WeChat's chosen comments, each over 浙江 02-18  赞 36: its 昨天 is the day before."""
    lines = [
        "我们在老家祠堂里，办了一场自己的村晚",
        "原创 某某 某某手记 2024年02月18日 07:30 浙江",
        "",
        "写下这篇的时候，年已经过完一大半了，明天就要回杭州上班。",
        "精选留言",
        "海边的阿豪",
        "我昨天还在跟二叔说，下回要把舞台搭到祠堂外面去。",
        "浙江 02-18  赞 36",
        "赵小满",
        "昨天看完一口气转给了我妈，她说我们村也该办一个。",
        "江苏 02-19  赞 17",
    ]
    for text in _both("\n".join(lines)):
        days = sorted(s for t, s, _ in _events(text) if t == "昨天")
        assert days == ["2024-02-17", "2024-02-18"], days


def test_comments_under_a_name_and_a_day_count_from_that_day() -> None:
    """A blog's comments, each under its writer's name and the day alone (小魚乾 / 2024/02/15)."""
    lines = [
        "回娘家那天，順便把阿嬤的舊書房整理完",
        "某某 · 2024/02/14 21:05",
        "",
        "整理到一半，表弟說要把書房改成交誼廳。昨天離開前，我偷偷把票根帶走了。",
        "留言 2",
        "小魚乾",
        "2024/02/15",
        "昨天看完就跑去翻我家的舊書櫃，真的找到我媽的國中課本",
        "阿苓的慢日子 作者",
        "2024/02/15",
        "下次回去可以拍給我看！",
    ]
    for text in _both("\n".join(lines)):
        days = sorted(s for t, s, _ in _events(text) if t == "昨天")
        assert days == ["2024-02-13", "2024-02-14"], days


def test_an_office_heads_day_is_a_day() -> None:
    """财政部长5日晚间召集…: the minister's day (全长5日, a length, is no day)."""
    assert [d[:2] for d in dated("报道称，财政部长5日晚间召集各党紧急磋商。", date(2025, 5, 7))] == [
        ("5日", "2025-05-05")
    ]
    assert [d[:2] for d in dated("董事长5日表示，公司将扩大投资。", date(2025, 5, 7))] == [("5日", "2025-05-05")]


def test_a_budget_named_for_its_year_is_no_event() -> None:
    assert_no_days(
        ("德国联合政府原定提交的2026年联邦预算草案被宣布推迟。", "议会认为，2026年预算的审议将被迫压缩。"),
        date(2025, 5, 7),
    )


def test_a_day_told_done_is_past_though_the_story_looks_ahead() -> None:
    """花燈展於2月14日至16日開放 … 消防處已於27日完成巡查 on the 10th: last month's 27th."""
    lines = [
        "某某日報 A04 | 要聞港聞 | 2025年02月10日（星期一）",
        "元宵花燈會搭棚趕工 火龍首度加場",
        "",
        "福利會昨日（9日）開始搭建花燈棚架，為元宵節晚的花燈會作準備。",
        "",
        "福利會公布，花燈展其後會於2月14日至16日每晚7時至11時開放。",
        "",
        "警方表示，今晚會派員到場視察；另外，消防處已於27日完成場地初步巡查。",
    ]
    for words in _words(lines):
        assert ("27日", "2025-01-27") in words, words


def test_a_day_something_ran_from_and_has_run_since_is_past() -> None:
    """由28號開始試咗成個月 on the 23rd: begun last month; 从5号起实行 and 由28號開始 still to come
    read as before."""
    assert [d[:2] for d in dated("為咗呢隻限定飲品，我哋由28號開始試咗成個月：", date(2024, 12, 23))] == [
        ("28號", "2024-11-28")
    ]
    assert [d[:2] for d in dated("新安排从5号起实行。", date(2024, 12, 23))] == [("5号", "2024-12-05")]


# ---- the second round: local news, posts and forums -------------------------------------------


def test_more_furniture_is_chrome() -> None:
    """An ad marker between arrows, an article's date under its label, a reader's or an
    account's picture credit, a paper's call for tips, a note to the pictures' owners, a board's
    crumb, a forum's build line, a video's plays; a thanks that credits accounts is the post's."""
    _assert_chrome(
        (
            "▼ 廣告 ▼",
            "文章日期：2023年11月6日",
            "消防員在唐樓外開喉灌救。讀者@sspo_lens 提供",
            "工作人员清理社区积水。（@广州疾控 供图）",
            "想爆料？请登录《某某晚报》客户端，或拨打新闻热线0531-00000000",
            "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。",
            "上班台 >",
            "VERSION: 3.9.8.5 · 24ms · UTC 13:47 · PVG 21:47",
            "2.3万播放 · 562弹幕",
        ),
        body=("感谢灯光师小陈（@木头人小陈）帮忙布光，BGM来自@Lofi青山 的授权",),
    )


def test_the_latest_news_under_their_times_are_a_list() -> None:
    """最新消息 / 12:48 … / 12:30 … / 11:55 …: the latest first, a sidebar; its headlines'
    festivals date nothing.  A programme's times run forward and stay."""
    story = [
        "某某新聞",
        "唐樓三級火 72歲翁困閣樓獲救",
        "2024-02-08 13:05",
        "",
        "深水埗一幢唐樓今早發生三級火，消防員救出一名72歲男子，約60名居民疏散。",
        "",
        "消防處提醒，農曆新年假期期間市民切勿在走廊及樓梯堆放雜物。",
        "",
    ]
    sidebar = [
        "最新消息",
        "12:48 天文台：年初一至初三天晴乾燥 最高氣溫20度",
        "12:30 港鐵除夕夜通宵行車 荃灣綫加密班次",
        "11:55 恒指半日升86點 報15962",
    ]
    for words, chrome in zip(_words(story + sidebar), _chrome(story + sidebar), strict=True):
        assert not any(t.startswith(("年初一", "除夕")) for t, _ in words), words
        assert len([line for line in chrome if line[2:3] == ":"]) == 3 and "最新消息" in chrome
    programme = ["19:00 签到、领取手写诗笺", "19:30 诗人分享会", "20:30 自由交流"]
    for chrome in _chrome(story + programme):
        assert not any(line[2:3] == ":" for line in chrome), chrome


def test_a_years_edition_opening_a_quoted_name_is_no_event() -> None:
    """「113年度竹苗區…作業要點」, “2023年度第三期中期票据”: a rule's or a bond's name."""
    assert_no_days(
        ("依「113年度竹苗區高級中等學校免試入學作業要點」辦理。", "多家房企发布“2023年度第三期中期票据”发行公告。"),
        date(2024, 5, 1),
    )


def test_a_bare_days_bracketed_weekday_picks_its_month() -> None:
    """4日（周五） on a page of April 3rd, 2025: April's 4th is a Friday, March's a Tuesday."""
    lines = [
        "某某日报客户端",
        "北京先雨后晴气温回升 扫墓出行注意添衣防滑",
        "某某日报客户端 | 记者 某某 2025-04-03 06:45",
        "",
        "今天（4月3日）白天，北京多云转阴，傍晚前后西部北部山区有零星小雨。",
        "",
        "明天就是清明节，清明假期前半程京城以阴雨天气为主，后半程转晴回暖。具体预报如下：",
        "",
        "4日（周五）白天，阴有小雨，北转南风二三级，最高气温13℃；",
        "5日（周六）白天，多云转晴，偏北风三四级，最高气温18℃。",
    ]
    for words in _words(lines):
        days = {s for t, s in words if t.startswith(("4日", "5日"))}
        assert days == {"2025-04-04", "2025-04-05"}, words


def test_a_group_chat_copied_into_a_story_is_read() -> None:
    """王老师：@所有人 … / 小宇妈妈：收到 / 乐乐爸爸：收到 / … / 王老师：…: what was said; a
    block of facts under labels (主辦單位：… / 協辦單位：…) stays the page's."""
    lines = [
        "家长群里一句“收到”，为什么让班主任崩溃了？",
        "原创 某某 某某观察 2024年06月18日 08:30 浙江",
        "",
        "上周日晚上，江城某小学三年级的家长群里发生了一件小事。先看截图：",
        "",
        "王老师：@所有人 明天下午3点半放学后开家长会，请各位家长准时参加。",
        "小宇妈妈：收到",
        "乐乐爸爸：收到",
        "……（此处省略38个“收到”）",
        "浩浩奶奶：老师，明天是几号？我明天要带孙子去医院",
        "王老师：@浩浩奶奶 6月17日，周一。",
        "图｜家长群截图",
    ]
    for chrome in _chrome(lines):
        assert not any("收到" in line for line in chrome), chrome
    facts = [
        "演唱會門票今日開賣，主辦單位表示，每人限購4張。",
        "",
        "主辦單位：某某唱片股份有限公司",
        "協辦單位：某某音樂中心、某某工作室",
        "附件：購票須知.pdf",
        "附件：場地圖.pdf",
    ]
    for chrome in _chrome(facts):
        assert any(line.startswith(("主辦", "主办")) for line in chrome), chrome


def test_a_floors_signature_stays_chrome_among_its_text() -> None:
    """#1 … / 簽名：一日一蘋果　醫生遠離我 / 👍 12 … 引用 回覆: the floor's text is read, its
    signature under its label is not."""
    lines = [
        "高登討論區",
        "[求助] 新工開工日撞正年廿九點算好",
        "#1 淡定紅茶 2024/1/18 22:15",
        "HR話要我下星期一（1月22日）報到，仲話年廿九要返工。",
        "各位巴打點睇？",
        "--------------------",
        "簽名：一日一蘋果　醫生遠離我",
        "👍 12　👎 0　引用　回覆",
        "#2 肥仔強 2024/1/19 15:40",
        "接住先啦，騎牛搵馬",
        "👍 5　👎 0　引用　回覆",
    ]
    for chrome in _chrome(lines):
        assert any(line.startswith(("簽名", "签名")) for line in chrome), chrome


# ---- the third round: Hong Kong and Taiwan everyday pages, self-media --------------------------


def test_a_programme_under_its_days_is_the_notices_own() -> None:
    """節目程序如下： / 8月13日（星期二） / 下午3時　開壇、迎神 / …: the days and items are the
    notice's schedule, dated; a flash's bare clocks under a date (09:30 …) are not items."""
    lines = [
        "某某村村公所",
        "首頁 > 村務通告 > 2019年",
        "某某村盂蘭勝會通告",
        "發布日期：2019年7月26日　　瀏覽次數：412",
        "",
        "各位村民、街坊：",
        "本村盂蘭勝會始於1962年，每年農曆七月舉行，今年由值理會主辦，歡迎街坊參與。",
        "節目程序如下：",
        "8月13日（星期二）",
        "下午3時　開壇、迎神",
        "晚上7時　神功戲《帝女花》",
        "8月14日（星期三）",
        "上午10時　誦經、施幽",
        "某某村村長　某某",
    ]
    for words, chrome in zip(_words(lines), _chrome(lines), strict=True):
        assert {("8月13日（星期二）", "2019-08-13"), ("8月14日（星期三）", "2019-08-14")} <= words, words
        assert not any(line.startswith(("8月", "下午", "晚上", "上午")) for line in chrome), chrome


def test_a_slash_days_weekday_says_which_way_it_is_read() -> None:
    """4/1（星期四） on a Hong Kong page of December 2023: the 4th of January, a Thursday."""
    lines = [
        "某某食評",
        "做冬前夕 老火湯有驚喜",
        "2023-12-23",
        "",
        "老闆娘話元旦開始會轉新餐牌，仲會有新春盆菜，4/1（星期四）起接受預訂。",
    ]
    for words in _words(lines):
        assert ("4/1（星期四）", "2024-01-04") in words, words


def test_a_holiday_said_to_run_from_coming_days_is_this_months() -> None:
    """端午節連續假期將從8日至10日 on June 6th, before last year's 端午 is named: June's days."""
    lines = [
        "某某社",
        "國道塞車熱區出爐",
        "2024/06/06 14:32",
        "",
        "（某某社記者某某台北6日電）端午節連續假期將從8日至10日，共3天，高公局今（6）日表示，預估連假前一天7日（週五）車流量大。",
    ]
    for words in _words(lines):
        assert ("8日至10日", "2024-06-08") in words, words


def test_a_hotlines_call_time_is_not_the_pages_date() -> None:
    """来电时间：2022-06-15 22:41 over 发布时间：2022-06-22: the call's, a fact of the case."""
    lines = [
        "某某市12345政务服务便民热线",
        "当前位置：首页 > 办件公开 > 详细信息",
        "标题：关于地铁施工夜间噪音扰民的投诉",
        "来电时间：2022-06-15 22:41",
        "办结时间：2022-06-21 16:05",
        "发布时间：2022-06-22",
        "诉求内容：",
        "市民来电反映：滨江区春晖路地铁施工工地每晚施工至凌晨，噪音严重影响休息，希望有关部门尽快处理。",
    ]
    _assert_page_date(lines, date(2022, 6, 22))


def test_a_published_label_under_a_standfirst_dates_the_page() -> None:
    """刊登於 2024-02-15 under a headline's standfirst (a line with commas): the page's date."""
    lines = [
        "某某傳媒",
        "深度　香港",
        "寫了四十年揮春的人，在年宵最後一夜收攤",
        "年宵市場再縮減攤位，一個書法家庭的三代人，各自怎樣面對？",
        "某某傳媒特約撰稿人 某某 發自香港",
        "刊登於 2024-02-15",
        "",
        "年廿九（2月8日）晚上十點，維多利亞公園的年宵市場人潮開始散去，何伯仍在寫最後幾張揮春。",
        "",
        "何伯今年八十歲，他說今日（年初六）已經開始計劃明年的攤位。",
    ]
    _assert_page_date(lines, date(2024, 2, 15))


def test_a_blogs_stamp_in_chinese_month_first_form_dates_the_page() -> None:
    """10月 20 週日 2019 21:35, as a Traditional blog platform prints a post's stamp."""
    lines = [
        "某某的部落格",
        "糖廠小鎮散步記",
        "10月 20 週日 2019 21:35",
        "",
        "前天一個人坐火車到虎尾，沿著糖廠的鐵道慢慢走，下個月初想再來一次。",
    ]
    _assert_page_date(lines, date(2019, 10, 20))


def test_third_round_furniture_is_chrome() -> None:
    """A caption after 图为, a programme's weekly slot, a player's button, a replay archive's
    window, Blogger's post foot and theme credit, 豆瓣's review head and spoiler warning."""
    _assert_chrome(
        (
            "图为2020年7月5日，南京一考点工作人员对考场进行消毒。",
            "星期一至五 上午8:30 - 10:00",
            "加入播放清單",
            "重溫節目只提供過去12個月之節目。",
            "由 阿雨 發佈於 下午11:42",
            "「簡單」主題背景. 技術提供：Blogger.",
            "观澜 评论 《河流尽头的人》",
            "这篇书评可能有关键情节透露",
        ),
        body=("图书馆今年新增了一万册藏书，读者反映很好。",),
    )


def test_a_coming_bare_day_said_again_is_the_same_day() -> None:
    """將從8日至10日 on June 6th, then 8日至10日 again two sentences on: June's days both times
    (said alone, the second would be last month's)."""
    lines = [
        "某某社",
        "國道塞車熱區出爐",
        "2024/06/06 14:32",
        "",
        "端午節連續假期將從8日至10日，共3天，高公局今（6）日表示，預估連假前一天車流量大。",
        "",
        "高公局指出，去年端午節當天國道總旅次較平日多出約2成。為分散車流，8日至10日每日0時至5時國道全線免收通行費。",
    ]
    for text in _both("\n".join(lines)):
        days = [s for t, s, _ in _events(text) if t == "8日至10日"]
        assert days == ["2024-06-08", "2024-06-08"], days
