"""Live pages, digests, chronologies and the lines around them: the twenty-third session's rules.
The texts are written for these tests in the shapes such pages have, each in both scripts."""

from __future__ import annotations

from datetime import date

from tests.test_date_shapes import assert_no_days, dated
from tests.test_date_shapes import both_scripts as _both
from tui.model.boilerplate import split_lines
from tui.model.build import build_article
from tui.model.line_shapes import Kind, classify


def _events(text: str) -> list[tuple[str, str, str]]:
    """The page's events as (text, start, end), read in its own script."""
    return [
        (e.text.original, e.start.isoformat(), e.end.isoformat())
        for e in build_article(text).timeline
    ]


def _chrome(lines: list[str]) -> list[set[str]]:
    """Each script's chrome lines of the page."""
    out = []
    for text in _both("\n".join(lines)):
        page = text.split("\n")
        out.append({page[i].strip() for i in split_lines(page).chrome})
    return out


def _lines(lines: list[str]) -> list[list[str]]:
    return [text.split("\n") for text in _both("\n".join(lines))]


def _assert_chrome(chrome: tuple[str, ...], body: tuple[str, ...] = ()) -> None:
    """Each line alone, in both scripts, reads as chrome (``chrome``) or does not (``body``)."""
    for line in chrome:
        for form in _both(line):
            assert classify(form) is Kind.CHROME, form
    for line in body:
        for form in _both(line):
            assert classify(form) is not Kind.CHROME, form


# ---- a chronology's entries are the story's ---------------------------------------------------


def test_a_chronology_of_mixed_precision_is_kept_and_dated() -> None:
    """大事記: a year, a day written with dots or slashes, a month's part: the story's own list,
    not links with their stamps."""
    lines = [
        "某某新聞網",
        "首頁 > 文化",
        "舊戲院活化後重開 首場演出門票售罄 | 2024-05-02 18:20",
        "記者 某某",
        "",
        "有七十年歷史的舊戲院完成活化，明日（3日）起一連三日舉行戲劇節，門票於上周五公開發售，不足一小時即告售罄。",
        "",
        "【戲院大事記】",
        "1952年　戲院開幕，以放映電影為主",
        "1998年　因經營困難停業，其後改作貨倉",
        "2019.6.12　獲建議評為二級歷史建築",
        "2021/7/1　活化工程動工",
        "2023年3月初　主體修復工程完成",
        "",
        "責任編輯：某某",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert not {page[10], page[11]} & chrome
        events = _events("\n".join(page))
        assert ("2019.6.12", "2019-06-12", "2019-06-12") in events
        assert ("2021/7/1", "2021-07-01", "2021-07-01") in events


def test_links_with_their_whole_days_first_are_still_a_list_of_links() -> None:
    """2024-09-05　某某公告 / 2024-09-03　某某名單: every link gives its whole day, no chronology."""
    lines = [
        "某某大學",
        "最新消息",
        "本校今日公布新學年獎學金名單，獲獎同學請於下周一前到學務處領取證書。",
        "",
        "其他公告",
        "2024-09-05　新生入學講座時間公告",
        "2024-09-03　宿舍抽籤結果名單",
        "2024-08-30　開學典禮交通管制說明",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert {page[5], page[6], page[7]} <= chrome


# ---- a live page's entries keep their own days --------------------------------------------------


def test_a_live_pages_entries_count_from_their_own_stamps() -> None:
    """A live page dated by its last update: the entry stamped the day before speaks of that
    day's 今晚 and 明天."""
    lines = [
        "某某新聞",
        "颱風登陸 沿海多地停課停運",
        "發布於 2025-08-14 09:40 · 持續更新中",
        "",
        "08-14 09:40",
        "省氣象台消息，颱風已於今天早晨6時50分前後在沿海登陸，登陸時中心附近最大風力12級。",
        "08-14 08:15",
        "市教育局通知，全市校外培訓機構今明兩天暫停線下活動，恢復時間另行通知。",
        "08-13 23:50",
        "各港區已於今晚22時起暫停作業，預計明天下午視風力情況逐步恢復。",
        "08-13 21:30",
        "氣象台今晚將颱風預警升級為橙色，預計颱風將於明天上午在沿海登陸。",
    ]
    for text in _both("\n".join(lines)):
        events = _events(text)
        words = {(t[:2], s) for t, s, _ in events}
        assert ("今晚", "2025-08-13") in words and ("明天", "2025-08-14") in words
        assert ("今天", "2025-08-14") in words


def test_replies_before_the_pages_day_are_still_no_replies() -> None:
    """Two stamps are no live page: a related link's earlier stamp dates nothing."""
    lines = [
        "某某新聞",
        "市區今晚起封路 明天恢復通車",
        "2025-08-14 09:40",
        "",
        "市政府表示，市區主要幹道今晚10時起封閉，明天早上6時恢復通車。",
        "08-10 10:00",
        "上周市區已試行封路一次。",
    ]
    for text in _both("\n".join(lines)):
        words = {(t[:2], s) for t, s, _ in _events(text)}
        assert ("今晚", "2025-08-14") in words and ("明天", "2025-08-15") in words


# ---- words of days ----------------------------------------------------------------------------


def test_the_new_spring_holiday_is_the_lunar_new_years() -> None:
    """新春假期, 新春期間, 新春前: the Spring Festival's days; 新春快樂 is a greeting."""
    ref = date(2023, 1, 18)
    for text in _both("教育局表示，新春假期後全港學校於年初四復課。"):
        assert ("新春假期", "2023-01-22", "2023-01-28") in [d[:3] for d in dated(text, ref)]
    for text in _both("新春期間全市公園免費開放。"):
        assert (text[:4], "2023-01-22", "2023-01-28") in [d[:3] for d in dated(text, ref)]
    for text in _both("祝大家新春快樂，身體健康。"):
        assert_no_days(text, ref)


def test_the_weekend_a_holiday_is_joined_to_is_no_coming_weekend() -> None:
    """放假與週末連休: the weekend next to the holiday, not the week's coming one."""
    ref = date(2024, 8, 28)
    for text in _both("按照安排，中秋節放假與週末連休，學校不得組織補課。"):
        assert not [d for d in dated(text, ref) if d[0].startswith(("週末", "周末"))]


# ---- chrome -----------------------------------------------------------------------------------


def test_a_dateline_with_its_weekday_bracketed_alone_is_chrome() -> None:
    """2025年03月14日(五) 10:42 under a headline: the page's stamp; a ticket page's
    2025/06/14 (六) 19:30 under 演出場次 is a show's time, the page's content."""
    lines = [
        "某某網",
        "港澳 > 即時新聞",
        "鐵路信號故障 繁忙時間列車延誤逾40分鐘",
        "2025年03月14日(五) 10:42",
        "",
        "鐵路今晨7時52分發生信號故障，往市區方向列車須以人手控制慢駛，班次一度延誤逾40分鐘。",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert page[3] in chrome
    show = [
        "某某售票網",
        "某某樂團夏季音樂會",
        "",
        "樂團今年夏天回到城市舉行兩場音樂會，曲目包括多首經典作品，門票將於下月開賣。",
        "演出場次：",
        "2025/06/14 (六) 19:30",
        "2025/06/15 (日) 14:30（加場）",
        "演出地點：某某音樂廳",
        "樂團成立二十年，這是首次在音樂廳連演兩場，售票系統將同步開放會員預購。",
    ]
    for page, chrome in zip(_lines(show), _chrome(show), strict=True):
        assert not {page[5], page[6]} & chrome


def test_a_digests_links_to_its_full_stories_are_chrome() -> None:
    """詳情請瀏覽：某某標題 under each item of a morning digest; Previous / Next of its slider."""
    lines = [
        "某某頭條",
        "首頁",
        "即時",
        "港聞",
        "晨早快訊",
        "發佈時間：2024/11/06 06:00",
        "《某某頭條》每朝為你精選本地、國際、娛樂快訊，返工返學前叉足電開展新一日！",
        "Previous",
        "Next",
        "",
        "港聞●天文台預測，受季候風影響，本港明日氣溫開始下降，周六市區最低氣溫約19度。",
        "詳情請瀏覽：季候風殺到｜天文台：周六起轉涼 新界低見16度",
        "",
        "財經●交易所公布，今年首三季新股集資額按年增加三成，有投資銀行預計年底前仍有多間企業排隊上市。",
        "詳情請瀏覽：IPO市道回暖｜首三季集資額按年升三成",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert {page[7], page[8], page[11], page[14]} <= chrome
        assert page[10] not in chrome and page[13] not in chrome
    for text in _both("\n".join(lines)):
        assert build_article(text).title is None


def test_a_sites_notices_and_its_empty_comment_box_are_chrome() -> None:
    """未經正式授權嚴禁轉載本文，侵權必究。 / 暫無評論哦，快來評價一下吧！ / 下載某某新聞 at the foot,
    and the menu's section repeated over the headline."""
    lines = [
        "某某新聞",
        "首頁",
        "快訊",
        "商業",
        "財經",
        "消費",
        "消費",
        "某某乳業前三季度營收下滑6%，低溫奶成唯一增長板塊",
        "某某新聞記者 | 某某",
        "2024-10-31 20:15",
        "",
        "10月30日晚，某某乳業發布第三季度報告，今年前三季度營業收入同比下降6.1%，低溫鮮奶收入同比增長約9%。",
        "",
        "未經正式授權嚴禁轉載本文，侵權必究。",
        "評論",
        "暫無評論哦，快來評價一下吧！",
        "下載某某新聞",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert {page[6], page[13], page[15], page[16]} <= chrome
        assert page[11] not in chrome


def test_a_taiwan_chronology_in_minguo_years_is_kept_and_the_foot_dates_the_page() -> None:
    """【補選大事記】 in Minguo years (113.12.17　…, 114/4/15　…發布補選公告); the page's date is the
    labelled stamp at its foot under 延伸閱讀, not an entry that speaks of a publishing."""
    lines = [
        "某某新聞網",
        "首頁 › 政治 › 地方選舉",
        "縣議員補選 無黨籍候選人勝出",
        "",
        "縣議員補選昨（24）日投開票，無黨籍候選人當選，縣議會預定下週四（29日）召開臨時會。",
        "",
        "【補選大事記】",
        "113年10月8日　前議員遭地檢署起訴",
        "113.12.17　地院一審判決當選無效",
        "114年3月初　高等法院駁回上訴",
        "114/4/15　縣選委會發布補選公告",
        "",
        "選委會表示，補選結果將在7天內審定公告，落選的候選人都已發表聲明祝賀。",
        "延伸閱讀",
        "補選投票率偏低 學者：與議題冷淡有關",
        "責任編輯：某某",
        "發布時間：2025/05/25 12:30",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert not {page[8], page[10]} & chrome
        assert build_article("\n".join(page)).reference_date == date(2025, 5, 25)
    # (Traditional only: Minguo years are read in Taiwan's script)
    events = {
        (e.text.original, e.start.isoformat()) for e in build_article("\n".join(lines)).timeline
    }
    assert ("114/4/15", "2025-04-15") in events and ("昨（24）日", "2025-05-24") in events


def test_a_headline_that_speaks_of_popular_places_keeps_its_stamp() -> None:
    """某某新高 多地熱門景區門票約滿 2024年10月02日 09:15: 熱門 in a headline beside its stamp
    is no list of other pages; the stamp dates the page."""
    lines = [
        "某某新聞網",
        "首頁 | 滾動 | 時政",
        "鐵路客流創單日新高 多地熱門景區門票約滿 2024年10月02日 09:15 來源：某某新聞網",
        "",
        "某某網10月2日電 據鐵路部門消息，10月1日全國鐵路發送旅客2086萬人次，創歷史單日新高。",
    ]
    for text in _both("\n".join(lines)):
        assert build_article(text).reference_date == date(2024, 10, 2)


def test_a_day_before_a_verb_of_going_is_a_day_not_days_ago() -> None:
    """計劃5日至7日前往西北: 前往 is a verb; 3日前 alone is still three days ago, no day of the month."""
    ref = date(2024, 10, 2)
    for text in _both("她選擇錯峰出行，計劃5日至7日前往西北自駕。"):
        assert [d[1:3] for d in dated(text, ref)] == [("2024-10-05", "2024-10-07")]


def test_the_seventh_day_named_with_its_lunar_day_in_brackets() -> None:
    """人日（年初七）前後: the new year's seventh day, named by its lunar day in brackets."""
    ref = date(2025, 1, 25)
    for text in _both("不少食肆年初四才復業，人日（年初七）前後會推出開年飯套餐。"):
        assert [d[1:3] for d in dated(text, ref) if d[0].startswith("人日")] == [
            ("2025-02-04", "2025-02-04")
        ]


def test_a_related_links_stamps_open_no_quote_of_an_earlier_day() -> None:
    """相關閱讀 / a headline / 2024-06-05 09:41 inside a story: the links' stamps, not an older
    text's date; the story's 前天 after the list counts from the page's day."""
    lines = [
        "某某報",
        "當前位置：首頁 > 教育",
        "五萬餘名考生看考場 考點周邊實行交通管制",
        "2024-06-06 15:20 來源：某某報",
        "",
        "今天下午，全市五萬餘名高考考生陸續到考點查看考場，不少家長陪同孩子確認考場位置。",
        "",
        "相關閱讀",
        "中考6月24日開考 考生須知發布",
        "2024-06-04 10:12",
        "高考護航 公交開通送考專線",
        "2024-06-05 09:41",
        "",
        "有考生家長告訴記者，孩子前天就開始調整作息，全家都跟著緊張。",
    ]
    for text in _both("\n".join(lines)):
        assert ("前天", "2024-06-04", "2024-06-04") in _events(text)


def test_a_video_pages_labels_controls_and_sign_off_are_chrome() -> None:
    """【影片文字稿】, CC 字幕 ｜ 全螢幕, 某某新聞 記者名 記者名 台北報導, 網友都在看 and a promo that asks
    to be clicked; the story's lines stay."""
    lines = [
        "某某新聞網",
        "首頁 即時 熱門 政治 娛樂 社會 生活",
        "返鄉潮提前湧現 國道北向傍晚塞成停車場",
        "記者 某某 / 攝影 某某 報導",
        "發佈時間：2025/01/24 18:52",
        "▶ 播放",
        "CC 字幕 ｜ 全螢幕",
        "",
        "【影片文字稿】",
        "春節連假明（25）日登場，不少民眾今天下午就請假提早出發，國道一號南北向都出現車潮。",
        "民眾：「我們昨天就把行李整理好了，想說早一點走，結果還是塞。」",
        "某某新聞 鄭某某 黃某某 台北報導",
        "",
        "分享 複製網址",
        "最HOT話題在這！想跟主播聊天快點我！",
        "網友都在看",
        "除夕圍爐外帶年菜 今年均價漲1成",
        "2025/01/24 17:20",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert {page[6], page[8], page[11], page[14], page[15], page[16]} <= chrome
        assert not {page[9], page[10]} & chrome


def test_a_share_row_with_print_and_font_size_is_chrome_and_no_headline() -> None:
    """分享 Facebook WhatsApp 列印 字體 A-/A+ under a stamp, on a page without a headline."""
    lines = [
        "某某新聞",
        "2024-10-28 HKT 10:15",
        "分享 Facebook WhatsApp 列印 字體 A-/A+",
        "",
        "港超聯昨日（27日）在旺角大球場上演榜首大戰，某某隊以3比1擊敗對手，以6戰全勝繼續領跑積分榜。",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert page[2] in chrome
        assert build_article("\n".join(page)).title is None


def test_arrowed_links_a_gallerys_count_an_update_mark_and_credits_after_a_caption() -> None:
    """▸ 某某專區 ▸ 某某查詢; 某某晨報 · 圖集 · 共8張; 下一圖集 >; 【14:30更新】; a caption's
    photographer after its full stop (…賞燈。攝影：@某某, …竟猜。某某用戶@某某 攝) or its
    reader's picture with an account (（讀者圖片／IG@abc））."""
    cases = (
        "▸ 颱風動態專區 ▸ 停班停課查詢",
        "某某晨報 · 圖集 · 共8張",
        "下一圖集 >",
        "【14:30更新】",
        "遊客在步行街賞燈。攝影：@光影老周",
        "市民在燈謎擂台前駐足競猜。某某新聞用戶@秦淮夜遊記 攝",
        "意外現場。（讀者圖片／IG@tm_roadwatch）",
        "港聞 · 社會",
    )
    _assert_chrome(cases, ("遊客在步行街賞燈，直到深夜才散去。",))


# ---- posts, notes and chats ---------------------------------------------------------------------


def test_a_chat_windows_messages_count_from_their_days_head() -> None:
    """LINE's window copied whole: 2024年4月12日（五） over 某某 08:15 over the message; its 今天
    and 明天 are that day's, and the group's own lines are chrome."""
    lines = [
        "LINE 社群",
        "北屯親子共學團 (218)",
        "公告",
        "📌 小安媽 設定了公告",
        "2024年4月10日（三）",
        "小安媽 21:35",
        "補充一下，公園停車場很難停，建議搭公車或騎車",
        "阿哲 21:40",
        "+1 我們家3大1小",
        "2024年4月12日（五）",
        "小魚爸爸 08:15",
        "早安，今天氣象說明天降雨機率只有10%，應該沒問題",
        "輸入訊息",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert {page[0], page[1], page[3], page[12]} <= chrome
        words = {(t, s) for t, s, _ in _events("\n".join(page))}
        assert ("今天", "2024-04-12") in words and ("明天", "2024-04-13") in words
        title = build_article("\n".join(page)).title
        assert title is None or title.original != page[1]


def test_a_notes_comments_count_from_their_day_and_region_feet() -> None:
    """Xiaohongshu: each comment over its 2024-10-12 湖南; its 明天 counts from that day."""
    lines = [
        "小紅書",
        "阿橘去旅行",
        "關注",
        "陽朔3天2晚｜避開人潮的慢節奏路線",
        "國慶假期人太多不敢去熱門景點，這次10月3日到5日在陽朔待了三天，整體節奏很慢，分享一下路線。",
        "編輯於 2024-10-09 廣西",
        "共 56 條評論",
        "小魚乾",
        "請問竹筏是在哪個公眾號買呀？我明天也出發去陽朔！",
        "2024-10-12 湖南",
        "贊 3 回覆",
        "橙子不酸",
        "收藏了！下個月再去一次應該也不錯吧？",
        "2024-10-15 上海",
        "贊 回覆",
    ]
    for text in _both("\n".join(lines)):
        assert ("明天", "2024-10-13", "2024-10-13") in _events(text)


def test_a_posts_verification_list_end_reactions_and_tagged_accounts_are_chrome() -> None:
    """V 微博認證：演員…, - 到底了 -, 👍❤️ 某某和其他 486 人, Collab w/ @a @b, 攝影@某某 📷."""
    _assert_chrome(
        (
            "V 微博認證：演員，代表作《長河月》",
            "- 到底了 -",
            "👍❤️ 鄉親小芬和其他 486 人",
            "Collab w/ @hk_noodle_map @eatwithjoyce_",
            "攝影@小鹿的膠片機 📷",
        ),
        ("攝影師說，膠片機的顏色更暖。",),
    )


def test_a_bio_in_two_parts_is_no_headline() -> None:
    """馬拉松愛好者 / 北京某三甲醫院規培醫生 under a writer's name: a bio, no headline."""
    lines = [
        "知乎",
        "老周跑得慢",
        "馬拉松愛好者 / 北京某三甲醫院規培醫生",
        "週日跑完了人生第一個全馬！4小時52分，比預想的慢，但全程沒走。",
    ]
    for text in _both("\n".join(lines)):
        title = build_article(text).title
        assert title is None or "/" not in title.original


def test_a_posters_name_the_page_closes_ends_a_handle_before_its_clause() -> None:
    """特別感謝@老周跑得慢陪跑了後半程, beside 老周跑得慢 alone over a comment and @老周跑得慢 closed:
    the handle is @老周跑得慢; @某某地鐵運營分公司 beside the poster 某某地鐵 stays whole."""
    lines = [
        "週日跑完了人生第一個全馬！",
        "特別感謝@老周跑得慢陪跑了後半程，還有跑團的@大熊不熊，沒有你們我大概30公里就放棄了。",
        "12條評論",
        "老周跑得慢",
        "恭喜！明年一起報名",
        "大熊不熊",
        "@老周跑得慢 一言為定！",
    ]
    for text in _both("\n".join(lines)):
        handles = {b.handle.original.lstrip("@＠") for b in build_article(text).bloggers}
        assert handles >= {"老周跑得慢"} and not any(h.startswith("老周跑得慢陪") for h in handles)


# ---- forums ----------------------------------------------------------------------------------


def test_a_lihkg_replys_lines_under_its_age_are_the_replys_and_the_headline_is_found() -> None:
    """LIHKG: #1 / 某某 / 3 星期前 over a reply in spaced phrases (終於去咗 上星期六去 人唔算多):
    the reply's words; the thread's headline over 第 1 頁 / #1 under the board's tabs."""
    lines = [
        "LIHKG 討論區",
        "登入",
        "吹水台",
        "熱門",
        "最新",
        "【求助】想帶阿媽去大澳食海鮮 有冇推介？",
        "第 1 頁",
        "#1",
        "大嶼山居民",
        "3 星期前",
        "阿媽下個月生日 佢話好耐冇去過大澳",
        "但係驚中秋假期人多到行唔郁",
        "42",
        "#2",
        "魚蛋粗麵加辣",
        "3 星期前",
        "中秋當日啲旅行團一定迫爆 平日去好啲",
        "28",
        "#3",
        "大嶼山居民",
        "3 日前",
        "終於去咗 上星期六去 人唔算多",
        "多謝各位 中秋快樂",
    ]
    page = lines
    chrome = {page[i] for i in split_lines(page).chrome}
    assert not {page[16], page[21], page[22]} & chrome
    title = build_article("\n".join(page)).title
    assert title is not None and title.original == page[5]


def test_a_boards_trail_with_arrows_is_chrome_and_an_english_word_ends_a_title() -> None:
    """水木社區 → 休閒娛樂 → 旅遊(Travel): a trail to a board, never the headline; a thread's
    title may end in an English word (… 許願offer), which is no site's domain word."""
    _assert_chrome(("水木社區 → 休閒娛樂 → 旅遊(Travel)",), ("沙田坳道起步 → 望夫石 → 獅子山頂",))
    lines = [
        "一畝三分地",
        "【面經】A家 SDE NG 虛擬onsite新鮮面經 許願offer",
        "",
        "上週五剛面完，一共三輪，每輪45分鐘，題目都不算難，但是時間很緊，最後一輪還被問了系統設計。",
    ]
    for text in _both("\n".join(lines)):
        title = build_article(text).title
        assert title is not None and title.original.endswith("offer")


# ---- wikis and changelogs ------------------------------------------------------------------------


def test_a_wikis_references_and_revision_foot_are_chrome_and_the_foot_dates_the_page() -> None:
    """^ 某某. 某某日報. 2023-06-22 [2023-11-20]. and [1] …．2023-06-22[引用日期2023-07-02]: a
    reference list, no events; 本頁面最後修訂於2023年12月3日 (星期日) 14:05。 dates the page."""
    lines = [
        "某某維基",
        "鳳林輕便線",
        "維基百科，自由的百科全書",
        "鳳林輕便線是一條位於花蓮縣鳳林鎮的輕便鐵道，原為日治時期運送木材的路線，2023年6月重新通車。",
        "歷史[編輯]",
        "輕便線於1919年啟用，戰後逐漸停駛，鎮公所於2021年起推動修復，第一期工程於2023年6月完工。",
        "參考資料[編輯]",
        "^ 鳳林輕便線今復駛 首日湧入3千人. 東台灣日報. 2023-06-22 [2023-11-20].",
        "^ 鳳林鎮公所. 輕便線第二期延伸工程說明 (PDF). 2023-08-15 [2023-11-20].",
        "分類：花蓮縣鐵路 | 台灣的輕便鐵道",
        "本頁面最後修訂於2023年12月3日 (星期日) 14:05。",
        "本站的全部文字在創用CC 姓名標示-相同方式分享 4.0協議之條款下提供，附加條款亦可能應用。",
        "隱私政策　關於維基百科　免責聲明　手機版檢視",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert {page[7], page[8], page[10]} <= chrome
        article = build_article("\n".join(page))
        assert not any(
            e.start.isoformat() in ("2023-06-22", "2023-11-20", "2023-08-15")
            for e in article.timeline
        )
        assert article.reference_date == date(2023, 12, 3)
    _assert_chrome(("[1] 第十五屆國際龍舟邀請賽開幕．某某日報．2023-06-22[引用日期2023-07-02]",))


def test_a_changelogs_versions_with_their_days_are_kept_and_dated() -> None:
    """v4.7.2　2024.04.22, v4.7.1　2024/4/9: a release's heading, not a link with its stamp nor an
    account's id and name."""
    lines = [
        "某某輸入法 更新日誌",
        "v4.8.0　2024-05-06",
        "【新增】語音輸入支援粵語與閩南語混合識別。",
        "v4.7.2　2024.04.22",
        "【修復】部分機型首字母丟失的問題。",
        "v4.7.1　2024/4/9",
        "【優化】詞庫同步速度提升約30%。",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert not {page[1], page[3], page[5]} & chrome
        # (the newest release's day, under the headline, may be read as the page's own)
        starts = {e.start.isoformat() for e in build_article("\n".join(page)).timeline}
        assert {"2024-04-22", "2024-04-09"} <= starts


def test_a_sentences_length_and_a_shows_name_are_no_days() -> None:
    """監禁十四日, 拘留10日: how long; 迎月晚會, 追月活動: a show's name (今晚追月 is still a night)."""
    ref = date(2023, 9, 20)
    assert_no_days(("違者一經定罪最高可被判罰款二千元及監禁十四日。", "他因醉駕被拘留10日。"), ref)
    for text in _both("迎月晚會於九月二十八日晚上舉行，追月活動則於中秋節翌日舉行。"):
        assert not [d for d in dated(text, ref) if d[0] in ("迎月", "追月")]
    for text in _both("今年中秋我們去維園追月。"):
        assert [d for d in dated(text, ref) if d[0] == "追月"]


def test_ranges_that_leave_the_first_days_word_to_the_last() -> None:
    """本月19至20日 and 即係16至18號: the range's first day leaves its 日 to the last."""
    ref = date(2024, 9, 14)
    for text in _both("某某幼稚園 本月19至20日，網上自己揀時段。"):
        assert ("2024-09-19", "2024-09-20") in [d[1:3] for d in dated(text, ref)]
    for text in _both("舞火龍今年都係連續三晚，即係16至18號。"):
        assert [d for d in dated(text, ref) if d[0] == "16至18號" or d[0] == "16至18号"]


def test_white_day_with_its_bracketed_date_and_a_floors_text_under_its_stamp() -> None:
    """白色情人節（3/14）is a day, named whole; 白色情人節巧克力 none; a floor's second line under
    2 樓 / 某某 / its stamp is the floor's text, on a thread without a sentence's full stop."""
    ref = date(2024, 3, 1)
    for text in _both("另外白色情人節（3/14）當天登入送限定頭像框。"):
        assert [d[1:3] for d in dated(text, ref) if d[0].startswith("白色")] == [
            ("2024-03-14", "2024-03-14")
        ]
    for text in _both("我哥買了白色情人節巧克力送女朋友。"):
        assert not [d for d in dated(text, ref) if d[0].startswith("白色")]
    lines = [
        "某某電玩資訊站",
        "首頁 | 哈啦區 | 創作大廳 | 商城",
        "【情報】春季改版預告 新角色登場",
        "樓主",
        "某某勇者 brave_one",
        "2024-03-01 11:52:08",
        "官方剛剛在粉專公告 下週五（3/8）例行維護後開放新版本",
        "",
        "活動期間：2024/3/8（五）～3/28（四）",
        "春季限定角色卡池 3/8～3/21 共兩週 另外白色情人節當天登入送限定頭像框",
        "維護時間預計上午6點到11點 請大家提早把體力用完",
        "",
        "2 樓",
        "mikan_orange",
        "2024-03-02 01:15:03",
        "昨天看到公告就先存石頭了 希望3/8別又延後維護",
        "去年12月那次我等到半夜",
        "3 樓",
        "某某路人 passer_by",
        "2024-03-04 19:02:31",
        "今天官方又補充 雙倍獎勵只到月底",
        "回覆 | 推 | 噓 | 檢舉",
    ]
    assert lines.index("去年12月那次我等到半夜") not in split_lines(lines).chrome


def test_a_forums_signatures_staff_badges_and_reply_boxes_are_chrome() -> None:
    """簽名：…, ~~ 某某 ~~ between ornaments, 吧務, 亮了的回覆, 添加一條新回覆, … 同主題閱讀; the head
    of words added later between rules (——補充——) stays the post's."""
    _assert_chrome(
        (
            "簽名：Talk is cheap. 2019年入壇，潛水五年",
            "~~ 囝囝2022年7月出世 努力緊 ~~",
            "--- 騎車不喝酒 喝酒不騎車 ---",
            "吧務",
            "亮了的回覆",
            "添加一條新回覆",
            "職業發展(Career_Upgrade) 同主題閱讀",
        ),
        ("—— 更新 ——",),
    )


def test_an_account_that_compiled_something_and_a_writers_name_over_a_bio() -> None:
    """置頂帖裡有@租房互助君整理的模板: the account compiled it; 程序員阿May / 後端開發 / 馬拉松愛好者 at
    the head of a post: the writer and the bio, no headline."""
    for text in _both("小組置頂帖裡有@租房互助君整理的模板，可以直接套用。"):
        handles = {b.handle.original.lstrip("@＠") for b in build_article(text).bloggers}
        assert handles == {text[text.index("@") + 1 : text.index("整")]}
    lines = [
        "知乎",
        "首頁 會員 發現 等你來答",
        "想法",
        "程序員阿May",
        "後端開發 / 馬拉松愛好者",
        "今天（10月20日）跑完了人生第一個全馬，4小時52分，關門前8分鐘衝線。",
        "從今年3月開始跟著訓練計劃跑，每週三次，最長一次是上個月中旬的32公里。",
    ]
    for text in _both("\n".join(lines)):
        assert build_article(text).title is None


def test_an_older_answer_counts_from_its_own_stamp() -> None:
    """知乎: an older answer under 更多回答, its foot 发布于 2023-04-18 19:02・IP 属地江苏 on a page of
    2024: its 上周六 and 4月22日 are of 2023."""
    lines = [
        "知乎",
        "淄博烧烤现在还值得专门去吗？",
        "青柠不加冰",
        "1,024 人赞同了该回答",
        "去年夏天去过一次，今年五一又去了，人少了很多，排队半小时以内。",
        "发布于 2024-05-06 10:21・IP 属地上海",
        "赞同 1024 | 87 条评论",
        "更多回答",
        "老王在路上",
        "上周六刚去过，说句公道话：味道一般，主要是氛围。",
        "4月22日有个烧烤季启动仪式，到时候人只会更多，建议错峰。",
        "发布于 2023-04-18 19:02・IP 属地江苏",
        "赞同 312 | 45 条评论",
    ]
    for text in _both("\n".join(lines)):
        words = {(t, s) for t, s, _ in _events(text)}
        assert ("上周六", "2023-04-15") in words or ("上週六", "2023-04-15") in words
        assert any(s == "2023-04-22" for _, s in words)


def test_a_day_that_answers_a_question_and_a_new_years_eve_after_this_years_festival() -> None:
    """腊月二十八是1月27号吗？我算的是26号: January's 26th; 今年春节我就是没抢到，大年三十晚上才到家
    in November: the eve of this year's festival, gone by."""
    ref = date(2024, 11, 27)
    for text in _both("腊月二十八是1月27号吗？我算的是26号"):
        assert ("2025-01-26", "2025-01-26") in [d[1:3] for d in dated(text, ref)]
    for text in _both("今年春节我就是没抢到，大年三十晚上才坐大巴到的家。"):
        assert ("2024-02-09", "2024-02-09") in [d[1:3] for d in dated(text, ref)]


def test_last_years_twelfth_month_counts_from_the_pages_lunar_year() -> None:
    """去年腊月二十三 in October 2023: the twelfth month of lunar 2022, 2023-01-14; in January 2026,
    before the new year, lunar 2024's, in January 2025."""
    for text in _both("是去年腊月二十三那天我拍的。"):
        assert ("2023-01-14", "2023-01-14") in [d[1:3] for d in dated(text, date(2023, 10, 9))]
        assert ("2025-01-22", "2025-01-22") in [d[1:3] for d in dated(text, date(2026, 1, 20))]


def test_a_companys_meetings_and_filings_named_for_a_year_are_no_dates() -> None:
    """召开公司2023年年度股东大会, 举办2023年度网上业绩说明会: named for the year they report on;
    the meeting's own day (2024年4月19日) is the event."""
    ref = date(2024, 3, 28)
    for text in _both("会议决定于2024年4月19日（星期五）召开公司2023年年度股东大会。"):
        assert [d[1] for d in dated(text, ref)] == ["2024-04-19"]
    assert_no_days(("公司将举办2023年度网上业绩说明会。",), ref)


def test_a_wikis_contents_tagline_reference_headings_and_licence_are_chrome() -> None:
    """目錄 / 1 歷史 / 1.2 戰後與停駛 / 2 路線與車站; 維基百科，自由的百科全書; 參考資料[編輯]; the
    licence; and a job page's follow prompt and privacy note."""
    lines = [
        "鳳林輕便線",
        "維基百科，自由的百科全書",
        "鳳林輕便線是台灣花蓮縣鳳林鎮境內一條輕便鐵道，原為日治時期運材系統的支線，全長約8.6公里。",
        "目錄",
        "1 歷史",
        "1.2 戰後與停駛",
        "2 路線與車站",
        "歷史[編輯]",
        "大正8年（1919年），營林所為運送檜木，自鳳林驛向西鋪設輕便軌道，初期以人力推送台車為主。",
        "參考資料[編輯]",
        "本站的全部文字在創用CC 姓名標示-相同方式分享 4.0協議之條款下提供，附加條款亦可能應用。",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert {page[1], page[3], page[4], page[5], page[6], page[9], page[10]} <= chrome
        assert page[8] not in chrome
    _assert_chrome(
        (
            "追蹤我們的最新招聘資訊：IG @hengyiu.careers",
            "所有個人資料只作招聘用途，申請人如於一個月內未獲通知，可當作落選論。",
        )
    )


def test_a_shared_links_card_under_its_domain_is_chrome() -> None:
    """DCARD.TW / 押金被扣一萬二…？ - 租屋板 | Dcard / 大四生提前退租…: a link card; an account's id
    that ends in .hk (sweetie.bakes.hk) is no domain."""
    lines = [
        "Facebook",
        "租屋人互助站",
        "2023年11月20日 上午10:05 · 🌏",
        "又一位租屋族被押金卡住了，以下轉自租屋板，原PO同意轉載：我是大四生，提前退租，押金全被扣了。",
        "DCARD.TW",
        "押金被扣一萬二，房東說自然耗損也要賠？ - 租屋板 | Dcard",
        "大四生提前退租，押金兩個月全數被扣，房東稱牆面釘孔屬損壞…",
    ]
    for page, chrome in zip(_lines(lines), _chrome(lines), strict=True):
        assert {page[4], page[5], page[6]} <= chrome
        assert page[3] not in chrome
    post = [
        "Instagram",
        "sweetie.bakes.hk",
        "🧧新年限定蘿蔔糕同年糕開始預訂啦！年廿八前截單，多謝大家支持。",
        "喺邊度取貨？",
    ]
    chrome = {post[i] for i in split_lines(post).chrome}
    assert post[2] not in chrome and post[3] not in chrome


def test_ages_in_numerals_and_of_kin_and_a_weekends_topic_are_no_dates() -> None:
    """老陳今年七十二, 今年二十九，在深圳, 外婆今年80大壽, 今年阿嬤90大壽: ages; 週末好去處, 週末去哪兒,
    週末旅行愛好者: a column's or a bio's topic."""
    ref = date(2024, 10, 9)
    assert_no_days(
        (
            "老陳今年七十二，在這條巷子住了一輩子。",
            "坐標湖南邵陽，今年二十九，在深圳做設計。",
            "說外婆今年80大壽，一家人要聚一聚。",
            "今年阿嬤90大壽，蛋糕也訂好了。",
            "週末好去處推介：十個親子景點",
            "後端開發，週末旅行愛好者",
        ),
        ref,
    )
    for text in _both("今年十月我們去了日本。"):
        assert dated(text, ref)


def test_a_telegram_channels_posts_count_from_their_days_heads() -> None:
    """A channel's page (3,482 subscribers / View in Telegram): 2024年3月15日 over a post whose
    後日 and 聽日 count from that day; and a relative year's twelfth month from the winter the page
    is nearest (上年年廿八 on 2024-02-11 is 2023-01-19)."""
    lines = [
        "港島行山隊",
        "3,482 subscribers",
        "View in Telegram",
        "2024年3月9日",
        "下星期日（17日）龍脊行山團報名開始！",
        "👁 1.8K  18:42",
        "2024年3月15日",
        "後日行山團注意：天文台話聽日開始轉涼，記得帶風褸。",
        "👁 1.5K  21:16",
    ]
    for text in _both("\n".join(lines)):
        words = {(t, s) for t, s, _ in _events(text)}
        assert {("後日", "2024-03-17"), ("聽日", "2024-03-16")} <= words or {
            ("后日", "2024-03-17"),
            ("听日", "2024-03-16"),
        } <= words


def test_a_travel_diarys_days_date_their_entries_but_a_list_of_days_does_not() -> None:
    """10/26（六）Day1 桃園→高松 over its entry: the entry's 明天 is the 27th; a list of days one
    to a line (2/17(一) 104投遞履歷 / 2/20(四) …) dates no paragraph after it."""
    lines = [
        "小鹿的慢慢走",
        "2024 Nov 02 Sat 22:15",
        "【四國自由行】五天四夜日記",
        "",
        "上週六出發、這週三回來，五天四夜的四國行終於寫完了！",
        "",
        "10/26（六）Day1 桃園→高松",
        "早上7點的班機，前一晚幾乎沒睡。晚上吃了骨付鳥，明天要搭船去直島，早點睡。",
        "",
        "10/27（日）Day2 直島",
        "今天風超大，渡輪晃到我有點暈。",
    ]
    for text in _both("\n".join(lines)):
        words = {(t, s) for t, s, _ in _events(text)}
        assert ("明天", "2024-10-27") in words and ("今天", "2024-10-27") in words
    listed = [
        "求職紀錄",
        "2025-03-12 21:40",
        "",
        "2/17(一) 投遞履歷",
        "2/20(四) HR來電約一面，順便問期望薪資",
        "3/11(二) 收到感謝函",
        "",
        "昨天下午收到感謝信，今天早上打給HR想問能不能給點回饋。",
    ]
    for text in _both("\n".join(listed)):
        words = {(t, s) for t, s, _ in _events(text)}
        assert ("今天", "2025-03-12") in words


def test_an_official_account_beside_its_namesake_and_a_notice_lists_dated_entries() -> None:
    """B站@星穹遠航官方號 beside @星穹遠航 closed: two accounts; 受苦節（4月18日）: Good Friday;
    ．除夕開廟門時間說明（114/01/24）: a notice list's entry, chrome and no event."""
    text = "更多資訊請關注官方微博@星穹遠航 、B站@星穹遠航官方號，問題反饋請發送郵件。"
    for form in _both(text):
        handles = {b.handle.original.lstrip("@＠") for b in build_article(form).bloggers}
        assert len(handles) == 2
    for form in _both("受苦節（4月18日）晚上8時舉行崇拜。"):
        assert ("2025-04-18", "2025-04-18") in [d[1:3] for d in dated(form, date(2025, 4, 13))]
    _assert_chrome(("．除夕開廟門時間說明（114/01/24）",))


def test_a_numbered_updates_words_count_from_its_own_stamp() -> None:
    """更新#3　2024-07-10 20:15 over its headline and words: their 昨天 is the 9th, on a page of June."""
    lines = [
        "某某众筹",
        "山海食记桌游二次开团",
        "发起时间：2024-06-18",
        "项目更新",
        "更新#2　2024-07-10 20:15",
        "江南篇打样到了！",
        "昨天工厂寄来了第二版打样，卡牌手感比上一版好很多，本周五揭晓拉伸目标。",
        "更新#1　2024-06-25 11:02",
        "首周破30万！",
        "开团第一周就突破了30万，谢谢大家！下周三会开放试玩直播，直播间见。",
    ]
    for text in _both("\n".join(lines)):
        words = {(t, s) for t, s, _ in _events(text)}
        assert ("昨天", "2024-07-09") in words
        assert ("下周三", "2024-07-03") in words or ("下週三", "2024-07-03") in words


def test_a_chat_windows_title_bar_is_chrome() -> None:
    """‹　某某業主群(486)　···: the window's bar with its back arrow, the group and its members."""
    _assert_chrome(("‹　錦繡華庭三期業主群(486)　···",))
