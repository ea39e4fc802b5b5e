"""Shapes the forty-third session's read sets showed: a television schedule, a library's hours, a
crowdfunding update, an admission notice, a doctor's page, a storm's signal record, a wedding's
invitation, a clinic's notice, a league's fixtures, an almanac, a company's history, a tide
table and an app store's page.  The texts are written for these tests in the shapes such pages
have, each read in both scripts unless the rule is one place's alone."""

from __future__ import annotations

from datetime import date

from tests.article_probes import (
    agreed_spans,
    agreed_surfaces,
    in_every_body,
    in_every_chrome,
    in_no_chrome,
    page_dates,
    title_of,
)
from tests.test_date_shapes import both_scripts

# ---- dates -----------------------------------------------------------------------------------


def test_the_gala_is_a_show_its_night_only_a_time_said_by_it() -> None:
    """``看春晚``, ``蛇年春晚二彩``, ``转播春晚``: the show, no day; ``春晚的时候``: its
    night.  A show named for a festival (``2026年春节联欢晚会``, ``中秋晚会``) is no day, its year none."""
    assert not {s for s in agreed_surfaces(["2025-01-20 10:00", "除夕晚上一家人围着看春晚，蛇年春晚二彩已经完成，今晚因转播春晚，新闻提前播出。"]) if "春晚" in s}
    assert ("春晚", "2025-01-28", "2025-01-28") in agreed_spans(["2025-01-20 10:00", "春晚的时候记得给奶奶打个视频电话。"])
    shows = ["2026-02-16 08:00", "20:00　2026年春节联欢晚会（直播）", "台里的中秋晚会今年改在江边录制，元宵晚会也在筹备。"]
    assert not agreed_surfaces(shows) & {"2026年", "2026年春节", "中秋", "元宵"}


def test_a_weekend_show_and_a_break_s_hours_are_no_days() -> None:
    """``周末综艺《…》本周暂停一期``: a show's slot, no weekend; ``恢復寒假開館時間``: the break's
    hours, no break of the story."""
    assert "周末" not in agreed_surfaces(["2026-02-16 08:00", "周末综艺《一起去赶集》本周暂停一期，下周六恢复播出。"])
    assert "寒假" not in agreed_surfaces(["2024-12-26 10:00", "初六起恢復寒假開館時間，請讀者留意。"])


def test_a_row_of_hours_names_every_such_weekday() -> None:
    """``總館　週六 09:00～17:00（新館五樓不開放）``: a place's hours, every Saturday, no one day."""
    lines = ["2024-12-26 10:00", "寒假開館時間如下", "總館　週一至週五 08:30～17:00", "總館　週六 09:00～17:00（新館五樓不開放）"]
    assert not {s for s in agreed_surfaces(lines) if "周六" in s}


def test_taiwans_founding_day_and_tomb_sweeping_day_are_dated() -> None:
    """``開國紀念日`` is January 1st; ``民族掃墓節`` is kept on 清明."""
    lines = [
        "開館時間",
        "本館114年休館日如下，休館期間還書箱照常開放，請讀者多加利用。",
        "日期　　休館說明　　天數",
        "1/1(三)　開國紀念日　1",
        "4/3(四)～4/6(日)　兒童節及民族掃墓節　4",
        "更新日期：113/12/26",
    ]
    spans = agreed_spans(lines)
    assert ("开国纪念日", "2025-01-01", "2025-01-01") in spans
    assert ("民族扫墓节", "2025-04-04", "2025-04-04") in spans


def test_two_years_in_brackets_are_a_span_and_a_weekday_from_next_year_is_every_one() -> None:
    """``住院醫師（2005-2009）``: those years; ``自明年起週四夜診改為…``: every Thursday from then."""
    lines = [
        "徐詠晴 醫師",
        "徐醫師專長糖尿病與甲狀腺疾病，看診細心，深受病患信賴，也常到社區舉辦衛教講座。",
        "南嶺醫院 內科住院醫師（2005-2009）",
        "自明年起週四夜診改為每月第2、4週開診。",
        "資料更新時間：2021/12/20 09:35",
    ]
    surfaces = agreed_surfaces(lines)
    assert ("2005-2009", "2005-01-01", "2009-12-31") in agreed_spans(lines)
    assert "周四" not in surfaces


def test_a_records_row_of_start_and_end_stamps_is_dated() -> None:
    """``一號戒備信號　14/9/2023 10:40　15/9/2023 04:20``: a signal's record, issued and cancelled,
    not the page's stamp."""
    lines = ["2023-09-20 10:00", "信號　發出時間　取消時間", "一號戒備信號　14/9/2023 10:40　15/9/2023 04:20"]
    spans = agreed_spans(lines)
    assert ("14/9/2023", "2023-09-14", "2023-09-14") in spans and ("15/9/2023", "2023-09-15", "2023-09-15") in spans


def test_an_invitations_day_under_its_formal_opening_is_the_event_not_the_page() -> None:
    """``謹詹於 / 二〇二四年十二月十四日（星期六）``: the wedding's day, an event of the page."""
    lines = [
        "陳家俊 ❤ 何靜宜 婚宴邀請",
        "謹詹於",
        "二〇二四年十二月十四日（星期六）",
        "為長男家俊與何靜宜小姐舉行結婚典禮",
        "敬備喜筵　恭候光臨",
        "我哋喺2016年大學迎新營識咗，拍咗八年拖，終於喺北海道求婚成功！",
    ]
    assert "二〇二四年十二月十四日（星期六）" in {s[0] for s in agreed_spans(lines)}
    assert all(title_of(text) == text.split("\n")[0] for text in both_scripts("\n".join(lines)))


def test_a_clinics_rows_with_hours_are_its_days() -> None:
    """``2月7日（年廿八）　照常應診　上午 9:00 – 下午 1:00``: a row of the holiday's hours, its day an
    event (the clock's part of the day written between is no stamp's)."""
    lines = ["2024-01-30 10:00", "本診所農曆新年期間應診時間安排如下：", "2月7日（年廿八）　照常應診　上午 9:00 – 下午 1:00"]
    assert ("2月7日（年廿八）", "2024-02-07", "2024-02-07") in agreed_spans(lines)
    footer = ["2024-01-30 10:00", "診所門外加裝了無障礙斜道，輪椅人士可直接進入候診室，不便之處敬請原諒。",
              "診所地址：香港島英皇道 1010 號 2 樓", "應診時間：星期一至五 上午 9:00 – 晚上 7:00；星期六 上午 9:00 – 下午 1:00"]
    assert not {s for s in agreed_surfaces(footer) if "星期六" in s}


def test_a_tables_rows_apart_by_tabs_are_dated() -> None:
    """``第1輪→1/9（日）→15:00→界限街二號場→…``: a fixtures table's rows, their days events; a lunar
    day in the next row of a tide table goes on from the month the row above named."""
    lines = ["2019-09-22 20:30", "輪次\t日期\t開賽\t場地\t主隊\t比數\t客隊", "第1輪\t1/9（日）\t15:00\t界限街二號場\t深旺聯\t2 : 1\t黃大仙青年"]
    assert ("1/9（日）", "2019-09-01", "2019-09-01") in agreed_spans(lines)
    tide = ["2024-08-02 05:30", "日期\t农历\t高潮\t低潮", "8月4日 周日\t七月初一\t05:01\t11:17", "8月5日 周一\t初二\t05:43\t11:58"]
    assert ("初二", "2024-08-05", "2024-08-05") in agreed_spans(tide)
    monthly = ["2024-08-02 05:30", "俗话说每个月农历初一、十五前后两三天通常都是赶海的好日子。"]
    assert "初一" not in agreed_surfaces(monthly)


def test_a_solar_term_counted_to_or_on_a_calendars_row_is_dated() -> None:
    """``距离惊蛰还有8天``: the days counted to it; ``3月20日　春分``: a calendar's row."""
    lines = ["2025-02-25 08:00", "距离惊蛰还有8天，各地春耕也将陆续开始。", "近期节日与节气", "3月20日　春分"]
    spans = agreed_spans(lines)
    assert ("惊蛰", "2025-03-05", "2025-03-05") in spans and ("春分", "2025-03-20", "2025-03-20") in spans


def test_a_chronologys_year_heads_are_dated_and_give_their_lines_their_year() -> None:
    """``2006 / 3月，公司前身成立… / 2012 / …；同年11月…``: each head a year of the company's story,
    the months, halves and quarters under it that year's."""
    lines = [
        "发展历程",
        "2006",
        "3月，公司前身修造厂成立，员工11人，主营收割机维修与配件。",
        "2012",
        "产品首次出口哈萨克斯坦；同年11月，被认定为国家高新技术企业。",
        "2020",
        "上半年，在疫情冲击下坚持复工复产，全年营业收入逆势增长。",
        "2025",
        "一季度，海外营业收入同比增长38%，东南亚服务中心投入运营。",
    ]
    spans = agreed_spans(lines)
    for want in (
        ("2006", "2006-01-01", "2006-12-31"),
        ("3月", "2006-03-01", "2006-03-31"),
        ("同年11月", "2012-11-01", "2012-11-30"),
        ("上半年", "2020-01-01", "2020-06-30"),
        ("一季度", "2025-01-01", "2025-03-31"),
    ):
        assert want in spans, (want, spans)


def test_an_app_stores_release_history_is_dated() -> None:
    """``6.4.0 / 2024年10月28日 / - 双十一账单专区上线``: the day a version came out, the history's."""
    lines = [
        "小鹿记账 - 简单好用的记账本",
        "不用登录也能记一笔！小鹿记账是一款专注快的记账 App：打开即记，3 秒完成一笔账。",
        "版本历史记录",
        "6.4.0",
        "2024年10月28日",
        "- 双十一账单专区上线，方便复盘",
        "6.3.5",
        "2024年9月12日",
        "- 修复定时提醒偶尔不触发的问题",
    ]
    spans = agreed_spans(lines)
    assert ("2024年10月28日", "2024-10-28", "2024-10-28") in spans and ("2024年9月12日", "2024-09-12", "2024-09-12") in spans


# ---- chrome ----------------------------------------------------------------------------------


def test_a_schedules_day_picker_and_its_day_line_are_chrome() -> None:
    """``‹ 昨天　今天　明天 ›``, ``02-14 周六　02-15 周日　02-16 周一``: the strip of days to pick;
    ``2026年2月16日 星期一　农历腊月廿九（除夕）``: the day shown, with its festival."""
    lines = [
        "东海卫视节目单",
        "‹ 昨天　今天　明天 ›",
        "02-14 周六　02-15 周日　02-16 周一　02-17 周二　02-18 周三",
        "2026年2月16日 星期一　农历腊月廿九（除夕）",
        "06:00　东海早新闻",
        "07:00　动画片：小龙闹新春",
    ]
    assert in_every_chrome(lines, *lines[1:4])


def test_a_broadcasters_calls_notices_and_licence_are_chrome() -> None:
    """Two calls in one line (download the app; follow the account), a schedule's caution and a
    broadcaster's licence."""
    lines = [
        "东海卫视节目单",
        "06:00　东海早新闻",
        "07:00　动画片：小龙闹新春",
        "下载东海视频APP，随时回看错过的节目；扫码关注微信公众号“东海卫视”，第一时间获取节目信息。",
        "注：以上节目时间以实际播出为准，如有调整，恕不另行通知。",
        "信息网络传播视听节目许可证：1109402　广播电视节目制作经营许可证：（沪）字第00217号",
    ]
    assert in_every_chrome(lines, *lines[3:])


def test_a_schedules_rows_start_its_story_so_a_later_label_is_no_headline() -> None:
    """Rows of programmes under the page's chrome: the story starts with them; ``赛事预告`` further
    down is a section's label, not the page's headline."""
    lines = [
        "CSTV 体育",
        "首页 | 直播 | 点播 | 节目单 | 赛事",
        "节目单",
        "2025年10月18日 星期六",
        "00:00　体育新闻（重播）",
        "01:00　天下足球（重播）",
        "05:30　健身动起来",
        "06:00　早安体育",
        "22:00　天下足球",
        "* 节目信息以当日实际播出为准，如有更改，恕不另行通知。",
        "赛事预告",
        "下周三（10月22日）20:00　亚洲冠军联赛小组赛，由体育频道全程直播，敬请期待。",
    ]
    assert all(title_of(text) != "赛事预告" for text in both_scripts("\n".join(lines)))


def test_a_campaigns_update_keeps_its_bracketed_headline_and_drops_its_buttons() -> None:
    """``【出貨進度】第二批已全數寄出，…`` between the update's number and its stamp: the headline, no
    blog's tagline; the helpful count, the empty next-update link and the maker's badge are chrome."""
    lines = [
        "嘖嘖 zeczec",
        "專案更新 #7",
        "【出貨進度】第二批已全數寄出，第三批出貨時程調整說明",
        "2023/05/02 14:10",
        "各位贊助者大家好：距離上次更新快一個月了，先跟大家說聲抱歉，讓大家久等。",
        "♥ 128 人覺得這則更新有幫助",
        "下一則更新：無",
        "山嵐戶外設計工作室　提案者",
        "@阿哲Jay 您好，已經在 4/28 出貨，通知信可能被歸到垃圾郵件匣。",
    ]
    assert all(title_of(text) == text.split("\n")[2] for text in both_scripts("\n".join(lines)))
    assert in_every_chrome(lines, *lines[5:8])


def test_attachments_by_their_kind_and_dated_links_are_chrome() -> None:
    """``．轉學生招生簡章（PDF，2.4MB）`` under ``附件下載``; ``．【衛教影片】…（2021/01/28）`` under
    its heading: the site's files and pages."""
    lines = [
        "轉學生招生公告",
        "本校115學年度轉學生招生，報名期間自3月2日起至3月20日止，請考生於期限內完成網路報名。",
        "附件下載",
        "．轉學生招生簡章（PDF，2.4MB）",
        "．低收入戶減免申請表（DOCX）",
        "醫師著作／衛教影片",
        "．【衛教影片】糖尿病人過年怎麼吃？（2021/01/28）",
        "．【醫師專欄】甲狀腺結節一定要開刀嗎？（2020/09/15）",
    ]
    assert in_every_chrome(lines, *lines[2:])


def test_a_profiles_bracketed_sections_are_its_own_headings() -> None:
    """``【專長】 / 糖尿病、… / 【學歷】 / …``: two or more sections over their rows before any
    sentence, the page's own headings."""
    lines = [
        "財團法人南嶺紀念醫院",
        "回首頁｜網路掛號｜看診進度查詢｜交通資訊",
        "首頁 > 醫療團隊 > 內科部 > 醫師介紹",
        "林美君 醫師",
        "家庭醫學科 主治醫師",
        "【專長】",
        "高血壓、高血脂、成人預防保健、戒菸門診",
        "【學歷】",
        "國立成功大學醫學系",
        "【經歷】",
        "南嶺紀念醫院 家庭醫學科總醫師",
        "【看診須知】",
        "初診請攜帶健保卡及身分證明文件；複診病人請提早二十分鐘報到抽血。",
        "資料更新時間：2022/03/01 10:00",
    ]
    assert in_every_body(lines, *lines[5:11])


def test_a_web_forms_parts_a_lock_notice_and_a_call_to_follow_are_chrome() -> None:
    lines = [
        "🔒 此頁面只限持有連結嘅親友瀏覽",
        "陳家俊 ❤ 何靜宜 婚宴邀請",
        "請於二〇二四年十一月十五日或之前回覆，方便安排座位。",
        "姓名（必填）",
        "是否需要素食　□ 是　□ 否",
        "［提交回覆］",
        "Follow 我哋嘅婚禮 IG：@wilson.cherry.wedding",
    ]
    assert in_every_chrome(lines, lines[0], *lines[3:])


def test_a_clinics_other_news_and_footer_are_chrome() -> None:
    """``其他消息`` over dated links, then the clinic's labelled address, hours and e-mail."""
    lines = [
        "農曆新年應診時間安排",
        "發佈日期：2024年1月30日",
        "本診所農曆新年期間應診時間安排如下，長期病患者請提早覆診攞藥，一次過攞足一個月份量。",
        "其他消息",
        "2023年12月15日　聖誕及元旦假期應診時間",
        "2023年8月21日　新症登記流程更新",
        "診所地址：香港島英皇道 1010 號 2 樓 203 室",
        "應診時間：星期一至五 上午 9:00 – 晚上 7:00；星期日及公眾假期休息",
    ]
    assert in_every_chrome(lines, *lines[3:])


def test_an_almanacs_day_fields_pager_and_caution_are_chrome() -> None:
    lines = [
        "今日老黄历",
        "公历 2025年2月25日 星期二 双鱼座",
        "农历 乙巳年 正月廿八 【属蛇】",
        "干支：乙巳年　戊寅月　乙丑日",
        "今天是农历正月廿八，忌出行、动土，属羊的朋友今日相冲，重大事项宜另择吉日。",
        "« 2月24日 昨日黄历　｜　明日黄历 2月26日 »",
        "黄历宜忌仅供参考，请勿迷信。",
        "相关推荐：2025年3月黄道吉日　2025年搬家吉日　2025年结婚吉日一览表",
    ]
    assert in_every_chrome(lines, *lines[1:4], *lines[5:])


def test_an_app_stores_banner_rank_rating_and_review_stamps_are_chrome() -> None:
    lines = [
        "App Store 预览",
        "在 Mac App Store 中打开此页面需要 macOS 12.0 或更高版本。",
        "小鹿记账 - 简单好用的记账本",
        "财务类第 12 名",
        "4.8 • 3.2万个评分",
        "不用登录也能记一笔！小鹿记账是一款专注快的记账 App：打开即记，3 秒完成一笔账。",
        "鹿粉阿May，10月30日",
        "从大学记到工作，界面一直很清爽。就是上个版本同步偶尔失败，这次更新后好了。",
        "开发者回复，10月31日",
        "更多购物方式：查找你附近的 Apple Store 零售店及更多门店，或者致电 400-666-8800。",
    ]
    assert in_every_chrome(lines, lines[1], lines[3], lines[4], lines[6], lines[8], lines[9])
    assert all(title_of(text) == text.split("\n")[2] for text in both_scripts("\n".join(lines)))


def test_a_genealogys_lunar_days_of_a_reigns_year_are_dated() -> None:
    """``清光緒二十三年丁酉歲三月初八日``: the lunar day of that reign's year (the Qing's months
    are the moon's); ``民國三十七年戊子歲八月十五日``: 民國's, the year named by its stem and branch;
    ``二〇〇三年（癸未）腊月初九日``: the lunar year in brackets; ``一九四六年春方復業``: the season."""
    lines = [
        "吳江沈氏世系錄",
        "承德公，生於清光緒二十三年丁酉歲三月初八日辰時，配王氏，卒於民國三十七年戊子歲八月十五日。",
        "德培公，卒於二〇〇三年（癸未）腊月初九日，米行停業，至一九四六年春方復業。",
    ]
    spans = agreed_spans(lines)
    for want in (
        ("清光绪二十三年丁酉岁三月初八日", "1897-04-09", "1897-04-09"),
        ("民国三十七年戊子岁八月十五日", "1948-09-17", "1948-09-17"),
        ("二〇〇三年（癸未）腊月初九日", "2003-12-31", "2003-12-31"),
        ("一九四六年春", "1946-03-01", "1946-05-31"),
    ):
        assert want in spans, (want, spans)


def test_a_blog_posts_stamp_over_its_counts_is_the_pages_day() -> None:
    """``2020-05-17 21:48:05 | 人氣(186) | 回應(2) | 推薦(0)`` under the post, above its links and
    comments: the post's day, which its 今天 and 上週四 count from."""
    lines = [
        "阿禾的菜園子",
        "菜園日記：這一季的絲瓜來得特別早",
        "今天一早巡田，發現絲瓜棚下已經吊了七、八條，最長的快要一尺。",
        "上週四開第一朵黃花，母親節前一天就看到小小的瓜了。",
        *(f"・第{n}畦：空心菜長得很好，大概每十天可以割一次，鄰居也來拔過幾回。" for n in range(1, 8)),
        "2020-05-17 21:48:05 | 人氣(186) | 回應(2) | 推薦(0) | 收藏(0)",
        "上一篇：菜園日記：雞舍又被黃鼠狼光顧",
        "下一篇：菜園日記：留種的學問",
        *(f"{n}. 鄰居{n} 2020-05-18 0{n}:12" for n in range(1, 7)),
        "PChome Online 網路家庭 版權所有 © 2020",
    ]
    assert ("今天", "2020-05-17", "2020-05-17") in agreed_spans(lines)


def test_a_notices_numbered_item_with_a_button_word_is_its_text() -> None:
    """``1. 虎啸新春·登录有礼`` under ``【新春活动】``: an activity's name, no menu or button."""
    lines = [
        "“虎啸新春”版本更新公告",
        "为了给大家带来更好的游戏体验，我们将于1月20日对全部服务器进行停服维护，请各位仙友提前下线。",
        "【新春活动】",
        "1. 虎啸新春·登录有礼",
        "活动期间累计登录7天，即可领取限定坐骑“瑞虎踏云”。",
    ]
    assert in_every_body(lines, "【新春活动】", "1. 虎啸新春·登录有礼")


def test_footers_of_a_standard_a_game_and_a_family_site_are_chrome() -> None:
    lines = [
        "家用和类似用途电器 待机功率测量方法",
        "在线预览　　纠错反馈　　收藏",
        "本标准规定了家用和类似用途电器待机功率的测量方法，适用于额定电压不超过250V的器具。",
        "相关标准",
        "GB 21456-2024　家用电磁灶能效限定值及能效等级",
        "本平台标准文本仅供在线阅读，如需正式出版物请联系中国标准出版社。",
        "本站世系资料均由宗亲提供，仅供寻根参考，如有错漏请联系管理员。",
        "适龄提示：本游戏适合16岁以上用户　｜　审批文号：国新出审〔2020〕2471号",
    ]
    assert in_every_chrome(lines, lines[1], lines[3], *lines[5:])


def test_less_common_platforms_furniture_is_chrome() -> None:
    """懂车帝's stamp with its region and owner's badge, LINE's call to open its app, Google Sites'
    picture placeholder, footer and labelled update, Substack's box, a testimony's consent note."""
    lines = [
        "提车作业｜等了六个礼拜，终于把小白接回家",
        "已认证车主 · 2022款 星河PLUS 长续航版",
        "发布于2022-11-20 浙江",
        "十月中旬交的定金，销售说四周能到，结果一拖再拖，最后等了六个礼拜才通知提车。",
        "在LINE應用程式中開啟",
        "[相片：伯朗大道的稻田]",
        "本頁最後更新：113年10月2日",
        "Google 協作平台",
        "Subscribe to 阿茵的行山通訊",
        "Type your email…",
        "（本篇見證經本人同意刊登，文字由文字事工組整理）",
    ]
    assert in_every_chrome(lines, *lines[1:3], *lines[4:])


def test_a_mail_archives_stamp_is_the_pages_day_and_its_furniture_chrome() -> None:
    """Mailman's ``Wed Nov  3 22:12:05 CST 2021`` (a zone between the clock and the year) dates the
    message; its pager, sort row, list name and scrubbed attachment are the archive's."""
    lines = [
        "[SHLUG] Re: 线下聚会场地定了吗",
        "王皓 wanghao.sh at gmail.com",
        "Wed Nov  3 22:12:05 CST 2021",
        "Previous message (by thread): [SHLUG] 线下聚会场地定了吗",
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
        "场地定在徐汇那家咖啡馆了，这周五晚上七点开始，大家记得带自己的电脑，现场有插座。",
        "SHLUG mailing list",
        "An HTML attachment was scrubbed...",
        "URL: <https://lists.example.org/pipermail/shlug/attachments/20211103/attachment.html>",
        "More information about the SHLUG mailing list",
    ]
    assert ("这周五", "2021-11-05", "2021-11-05") in agreed_spans(lines)
    assert in_every_chrome(lines, *lines[2:5], *lines[6:])


def test_a_github_discussions_words_and_its_day_under_the_asker() -> None:
    """GitHub's own words, one to a line, are chrome; ``Jun 20, 2024`` under the asker's name is
    the discussion's day; ``… #57`` after the headline is its number, no part of it."""
    lines = [
        "Skip to content",
        "Navigation Menu",
        "Type / to search",
        "Issues 4",
        "Pull requests 1",
        "新年度的辦公日曆表資料什麼時候會更新？ #57",
        "chiayi-wu asked this question in Q&A",
        "新年度的辦公日曆表資料什麼時候會更新？",
        "chiayi-wu",
        "Jun 20, 2024",
        "各位維護者好，人事行政總處在6月18日已經公布新年度的辦公日曆表了，想請問什麼時候會補上？",
        "Maintainer",
        "我這週末會處理，預計下週一前發 PR，合併後會直接出新版 tag。",
        "Marked as answer",
        "4 participants",
        *(f"Jun 2{n}, 2024" for n in range(1, 5)),
        "Footer",
    ]
    assert ("这周末", "2024-06-22", "2024-06-23") in agreed_spans(lines)
    assert in_every_chrome(lines, *lines[1:5], lines[6], lines[11], lines[13], lines[14], "Footer")
    assert all(title_of(text) == text.split("\n")[7] for text in both_scripts("\n".join(lines)))


def test_boards_pointers_likes_and_links_are_chrome() -> None:
    lines = [
        "小班開學兩週還是每天哭",
        "每天早上送到門口就開始大哭，老師說進教室十分鐘就好了，可是我還是很擔心。",
        "回覆 #181 Jasmine媽咪 的帖子",
        "山貓 和 Winnie行山日記 讚好",
        "↓ 跳到最新",
        "[同主题阅读] [回复本文] [返回版面] [上一主题] [下一主题]",
        "本主题共 3 篇文章",
        "此话题将在最后一个回复的 30 天后自动关闭。",
    ]
    assert in_every_chrome(lines, *lines[2:])


def test_smaller_outlets_furniture_is_chrome_and_a_podcasts_stamp_dates_it() -> None:
    """A stamp row with its writer, calls to support, a contributor's credit, a printed page's URL,
    a licence note; ``2023年11月6日 · 52 分鐘`` is the episode's day."""
    lines = [
        "港聞一週",
        "第214集",
        "區選倒數：點解今屆冇人講政綱？",
        "2023年11月6日 · 52 分鐘",
        "尋日有讀者問我哋點睇今屆區選，今集就同大家傾下候選人嘅政綱同投票率。",
        "也可以在這些平台收聽：Apple Podcasts｜Spotify｜YouTube",
        "2024年03月13日｜文：濠觀採訪組",
        "支持獨立媒體　成為月費會員",
        "每月MOP 50起，支持我們繼續做深度報道",
        "（县农业农村局　供稿）",
        "http://www.example.gov.cn/art/2021/6/15/art_10234_456789.html　　1/2",
        "本网站所刊登的各种新闻、信息和图片，未经协议授权，禁止下载使用。",
    ]
    assert ("寻日", "2023-11-05", "2023-11-05") in agreed_spans(lines)
    assert in_every_chrome(lines, lines[1], *lines[5:])


def test_an_episodes_title_over_its_day_is_the_headline() -> None:
    """``E57 在县城开一家独立书店的第三年`` over ``2024/06/18 · 72 分钟``, under the show's name: the
    episode's title, the day and length its stamp."""
    lines = [
        "小宇宙",
        "打开App，收听完整节目",
        "慢车道FM",
        "E57 在县城开一家独立书店的第三年",
        "2024/06/18 · 72 分钟",
        "▶ 播放",
        "2.3万次收听 · 486条评论",
        "单集简介",
        "本期录制于端午节前一天，我们在嘉宾家的二楼聊了三个小时，窗外一直在下雨，背景里偶尔能听到猫叫。",
        "嘉宾小满三年前回老家开了一家独立书店，这次聊了她这几年的经历，也回答了几位听众的来信。",
        "如果你也喜欢慢车道的节目，欢迎把这一期分享给身边的朋友，我们下期见。",
    ]
    assert all(title_of(text) == text.split("\n")[3] for text in both_scripts("\n".join(lines)))
    assert page_dates(lines) == [date(2024, 6, 18)] * 2


def test_a_blogs_headline_listed_again_in_its_archive_stays_the_headline() -> None:
    """``龍年第一篇：年宵、團年飯同一個紅封包`` over the post and again under ``網誌存檔``: the headline
    where the story goes on under it, a link in the archive."""
    lines = [
        "阿樂的冷氣機日記",
        "一個中年打工仔喺香港嘅碎碎唸",
        "2024年2月10日星期六",
        "龍年第一篇：年宵、團年飯同一個紅封包",
        "今朝七點幾就俾個女叫醒，話要去婆婆度拜年，琴晚食完團年飯又去咗維園行年宵，搞到凌晨兩點先返到屋企。",
        "團年飯照舊喺阿媽屋企食，九個人，阿媽由年廿七開始煲湯、炆冬菇、整蘿蔔糕。",
        "張貼者： 阿樂 於 晚上10:26",
        "網誌存檔",
        "▼ 2024 (3)",
        "龍年第一篇：年宵、團年飯同一個紅封包",
        "年廿六大掃除",
    ]
    assert all(title_of(text) == text.split("\n")[3] for text in both_scripts("\n".join(lines)))


# ---- guards: a review helper's counter-examples to the rules above ----------------------------




def test_guard_story_lines_that_look_like_furniture_stay_the_storys() -> None:
    """Likes, review stamps, episode numbers, a roster's badge, an event's address, a heading over
    statutes, a writer's sentence about an app, one-word English headings of a tech post."""
    cases = [
        (["【食評】旺角新開點心店 抵食又好味", "2024-03-10 22:15", "叉燒包皮薄餡靚，蝦餃好大粒，價錢都幾合理。",
          "呢間餐廳啲點心好正，屋企人都讚好", "下次一定會再嚟。"], "呢間餐廳啲點心好正，屋企人都讚好"),
        (["《繁花》分集剧情介绍", "2024-01-02 10:20", "第1集", "1990年，阿宝在至真园请客，玲子和汪小姐都来了。",
          "第2集", "阿宝找到爷叔，想做外贸生意，爷叔答应帮他牵线。"], "第1集"),
        (["公益项目进展", "2024-05-06 10:00", "本项目由三位志愿者发起，已为山区学校募集图书两千册。", "项目团队：",
          "王小明　发起人", "李华　项目执行"], "王小明　发起人"),
        (["市文化馆暑期少儿书法班招生", "发布日期：2024-06-10", "本期书法班面向8至12岁儿童，共十课时，7月8日开课。",
          "附件：报名表.docx", "上课地址：市文化馆三楼书法教室", "报名邮箱：whg2024@163.com"], "上课地址：市文化馆三楼书法教室"),
        (["电动自行车新规解读", "2024-05-01 09:00", "不少读者来信询问电动自行车的新规定，本文一并解答。", "相关法规",
          "《电动自行车安全技术规范》规定，最高设计车速不超过每小时25公里。"], "相关法规"),
        (["用了一个月的体育APP，说说感受", "2024-05-06 21:00", "以前看球只能守在电视机前，错过了就只能看集锦。",
          "下载这个APP，我终于可以在地铁上观看球赛了。", "缺点是广告有点多，会员也不便宜。"], "下载这个APP，我终于可以在地铁上观看球赛了。"),
        (["Kubernetes 入门笔记（三）：权限与安全", "2024-04-11 09:30", "上一篇讲了 Deployment，这一篇讲权限和安全。",
          "Security", "Kubernetes 中的安全主要包括认证、授权和准入控制三部分。"], "Security"),
    ]
    for lines, kept in cases:
        assert in_no_chrome(lines, kept), (kept, lines)


def test_guard_days_that_look_like_pickers_stamps_or_almanac_heads_stay_dated() -> None:
    """A notice's session days, a travel diary's day heads, a diary's lunar head, a break with its
    year before its hours, a one-off event's weekday and hours."""
    sessions = ["市图书馆春季公益讲座开始报名", "发布时间：2024-02-20", "本季讲座共三场，每场限额一百人，请提前报名。",
                "讲座日期：", "3月2日　3月9日　3月16日", "地点：市图书馆三楼报告厅。"]
    assert {"3月2日", "3月9日", "3月16日"} <= agreed_surfaces(sessions)
    diary = ["国庆日本关西七日游", "2023-10-12 发表于 上海", "今年国庆终于成行，和老公带着孩子去了关西。", "第一天，10月1日",
             "早上从浦东出发，下午到达关西机场。", "第二天，10月2日", "全天环球影城，人非常多。"]
    assert ("10月2日", "2023-10-02", "2023-10-02") in agreed_spans(diary)
    new_year = ["春节日记", "2025-02-01 21:00", "农历乙巳年正月初一 晴", "一早起来给爸妈拜年，中午一家人吃饺子。",
                "农历乙巳年正月初二 阴", "回外婆家拜年，表弟表妹都来了。"]
    assert any(s[1] == "2025-01-30" for s in agreed_spans(new_year))
    winter = ["关于2025年寒假开放时间的通知", "发布时间：2025-01-06", "2025年寒假开放时间为1月18日至2月16日，请读者留意。"]
    assert any(s[0] == "2025年寒假" for s in agreed_spans(winter))
    event = ["读书会第十二期预告", "2024-04-10 09:12", "本期读书会将共读《额尔古纳河右岸》，欢迎新朋友参加。", "时间",
             "周六 14:00-16:00", "地点：市图书馆三楼"]
    assert ("周六", "2024-04-13", "2024-04-13") in agreed_spans(event)


def test_guard_names_and_other_countries_days_are_no_festivals() -> None:
    """``美国开国纪念日`` is July 4th, no Taiwan's 1 January; ``我家离小满家很近`` names a person."""
    us = ["美国独立日的由来", "2024-07-02 10:00", "美国开国纪念日当天，各地都会举行游行和烟火表演。"]
    assert not {s for s in agreed_surfaces(us) if "开国纪念日" in s}
    friend = ["我的同桌", "2024-05-03 20:11", "我家离小满家很近，放学后常一起走回家。", "班上我的座位离立夏最远，她坐在第一排。"]
    assert not agreed_surfaces(friend) & {"小满", "立夏"}


def test_guard_a_zero_written_as_a_circle_is_no_forms_option() -> None:
    """``二○二○年東京奧運延期``, ``檢方起訴王○明、李○華等3人``: headlines, no radio rows."""
    for head in ("二○二○年東京奧運延期", "檢方起訴王○明、李○華等3人"):
        lines = [head, "2020-03-25 10:00", "國際奧委會昨日宣布，原定今年夏天舉行的賽事將延後一年，各國代表隊將重新安排訓練。"]
        assert title_of("\n".join(lines)) == head


def test_guard_a_plan_after_a_chronology_is_the_pages_year() -> None:
    """``公司将于9月举办成立六周年庆典`` after the last head (2023): the coming September."""
    lines = ["发展历程", "2019", "5月，公司在杭州成立，首批员工十二人。", "2021", "8月，完成A轮融资，团队扩大到八十人。",
             "2023", "3月，新工厂在嘉兴投产。", "公司将于9月举办成立六周年庆典，届时将发布新一代产品。", "更新时间：2025-06-01"]
    assert ("9月", "2025-09-01", "2025-09-30") in agreed_spans(lines)


def test_a_boards_buttons_a_parents_card_and_a_telecom_licence_are_chrome() -> None:
    lines = [
        "小班開學兩週還是每天哭",
        "寶寶：男 3歲1個月",
        "每天早上送到門口就開始大哭，老師說進教室十分鐘就好了，可是我還是很擔心。",
        "回頂端",
        "我要回帖",
        "粤A2-20044005号",
    ]
    assert in_every_chrome(lines, *lines[3:], lines[1])
