"""What one line of a page looks like on its own: its kind (prose, short, chrome, blank),
and the shapes of page furniture, bylines, stamps, floors and comments that the passes
over a page's lines (:mod:`tui.model.boilerplate`) read in context.  Rules are written in
Simplified and read lines folded to it (:func:`tui.model.fold.fold`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum

from tui.model import rule_cache
from tui.model.fold import fold
from tui.model.numerals import to_int
from tui.model.rule_split import SplitRule


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str] | SplitRule:
    """Rules are written in Simplified and read lines folded to Simplified (:mod:`tui.model.fold`).

    Compiled once per Python build and kept (:mod:`tui.model.rule_cache`); a rule of many
    alternatives anchored at the line's start is searched in two parts (:mod:`tui.model.rule_split`)."""
    return rule_cache.compile_split(pattern, flags)


# The mainland's provinces and regions (and Taiwan, Hong Kong, Macau), as a comment's stamp or a
# story's stamp names where it was written (浙江杭州, 来自广东).
PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
    "贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|海外"
)


class Kind(Enum):
    PROSE = "prose"
    SHORT = "short"  # ambiguous: a heading, a tag, a button
    CHROME = "chrome"  # definitely page furniture
    BLANK = "blank"


_NUM = r"[0-9０-９][0-9０-９,，.]*[万千kKwW]?\+?"
# (a number with a leading zero, 01 长者义剪, numbers a section: a count never has one; nor does
# one with a full stop after it, 5. 提前准备, a list's item)
_COUNTER = rule_cache.compile(
    # (not a full date: 2025.03.09 主日週報 is a dated issue's name; 申请日：2023.03.22 a record's
    # day under its label, no count; 修改：2024.03.12 stays a stamp)
    rf"^(?:(?!0\d)(?!(?:19|20)\d\d[./-]\d{{1,2}}[./-]\d{{1,2}}\s){_NUM}(?<![.,，])\s*[\u4e00-\u9fff]{{1,4}}|(?![\u4e00-\u9fff]{{0,3}}日\s*[:：]\s*(?:19|20)\d\d([./])\d{{1,2}}\1\d{{1,2}}$)[\u4e00-\u9fff]{{1,4}}\s*[:：]?\s*{_NUM})$"
)
# A program's log line: its stamp, then its level in brackets.
_LOG_LINE = rule_cache.compile(
    r"^\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\]?\s+\[?(?:WARN|WARNING|INFO|ERROR|DEBUG|FATAL|TRACE|NOTICE)\]?[ :]"
)
_TWELVE_HOUR_STAMP = rule_cache.compile(
    r"^(?:[旧新][ \t]+)?\d{4}-\d{1,2}-\d{1,2},[ \t]*\d{1,2}:\d{2}[ \t]*[AaPp][Mm](?:[ \t]+#\d+)?$"
)
_COUNT_BULLETS = ("‧", "·", "•", "|", "｜")
_NUMBER_ROW = rule_cache.compile(rf"^[-–—|·•/\s]*(?:{_NUM}[-–—|·•/\s]*)+$")
_PUNCT_ROW = rule_cache.compile(r"^[\W_]{1,10}$")
#: Two full dates joined as a span (2024.7.1 - 2024.8.31): an event's days under its label, no
#: row of page numbers and no page's stamp.
_DATE_SPAN = rule_cache.compile(
    r"^\s*(?:19|20)\d\d([./-])\d{1,2}\1\d{1,2}\s*[-–—~～至到]\s*(?:(?:19|20)\d\d[./-])?\d{1,2}[./-]\d{1,2}\s*$"
)
# (+关注, +訂閱; Zhihu's ​关注他 under a writer's name and bio, its icon a zero-width space)
#: A follow button, perhaps with whom it follows or its count (关注, + 关注, ​关注他, 已关注, 追蹤作者,
#: 关注专栏, + 订阅频道, + 关注 3.6万): under an account's name and bio, never a headline.
FOLLOW_BUTTON = rule_cache.compile(
    r"^\u200b?\s*(?:[+＋]\s*|已|互相|取消)?(?:关注|追踪|订阅)\s*(?:作者|专栏|频道|TA|ta|他|她)?(?:\s*[\d.]+\s*[万千kKw]?)?$"
)
# A follow button, or a plus before any short word (+ 关注, + 加好友).
_FOLLOW = rule_cache.compile(r"^[+＋]\s*\S{1,6}$|" + FOLLOW_BUTTON.pattern)
_LABELLED = _compile(
    r"^[（(【\[]?\s*(?:公告单位|技术支持|技术支援|网站维护|维护单位|公告日期|公告时间|公告送出日期|送出日期|公布日期|发文日期|(?:预报|资料|数据|资讯|页面|网页|行情|报价)?更新时间|上次更新|发布时间|发表时间|发出时间|发表于|发布于|更新于|最后更新|时间|日期|来源|作者|编辑|责任编辑|"
    r"责编|原标题|原文链接|本文链接|文章日期|新闻日期|发稿日期|刊登日期|链接|文章标签|相关标签|标签|关键词|关键字|分类|栏目|阅读|浏览|字数|出处|撰文|记者|"
    r"摄影|图片来源|图片|图|文|主办|承办|协办|主管|发布单位|发布日期|更新日期|联络人|新闻联络人|资料来源|数据来源|图表来源|封面来源|题图来源|头图来源|图源|"
    r"本文作者|张贴者|文号|发文字号|原文网址|原文出处|分类专栏|全站分类|个人分类|相关字词|来自|楼主|看板|标题|编辑于|发表于|修改于|最后编辑|校对|"
    # (a Q&A page's fields: 發問者：…, 回答者： 熱心網友 ( 知識長 ), 擅長領域：…)
    r"发问者|提问者|回答者|擅长领域|"
    r"责任校对|审核|审稿|撰稿|撰稿人|供稿|供稿单位|采写|通讯员|监制|策划|出品|统筹|板务人员|版务人员|版主|板主|本版责编|本版编辑|本版责任编辑|版式设计|美术编辑|美编|图片编辑|"
    r"广告声明|平台声明|声明|旗下网站|微信号|公众号|抖音号|快手号|小红书号|视频号|题图|头图|封面图|订阅|群公告|关注我们|追踪我们|追随我们|tags?|keywords?|source|updated|published|"
    r"本文来源|文章来源|稿件来源|新闻来源|新闻稿来源|消息来源|奉献帐号|奉献账号|汇款帐号|汇款账号|户名|附件|相关链接|相关连结|相关公告|原帖|原贴|传媒查询|媒体查询|传媒联络|媒体联络|媒体联系|新闻联系|媒体联络人|媒体联系人|新闻联系人|新闻联络人|media contacts?|press contacts?)"
    r"\s*[:：／/|｜﹕丨]|^※|^原创\s+\S|"
    r"^(?:作者|看板|标题|时间|楼主|编辑于|发表于|发布于)\s+\S|"
    # (PTT's header copied from its web page, label and value run together: 作者kaoru0917 (薰衣草田)看板Gossiping,
    # 時間Thu Mar 27 21:14:08 2025)
    r"^作者[A-Za-z][A-Za-z0-9_]{1,15}\s*[(（][^)）]{0,24}[)）]\s*(?:看板\s*[A-Za-z0-9_\-]+)?$|"
    # (38 2/6 yuwanking [新聞] …, 3 2/6 某某 Re: […] …: a PTT thread's list of its posts, count, day, id)
    r"^(?:爆|X\d|\d{1,3})\s+\d{1,2}/\d{1,2}\s+[A-Za-z][A-Za-z0-9_]{1,13}\s+(?:Re:\s*|Fw:\s*)?[\[［]|"
    r"^时间(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s|"
    # (Facebook 粉絲專頁：@某某: the page's own account under its label)
    r"^(?:Facebook|FB|脸书)?\s*粉丝(?:专页|团)\s*[:：]|"
    # a WeChat account's card: its id after a space (微信号 hecheng_sq)
    r"^微信号\s+[A-Za-z][\w-]{3,30}$|"
    # the writer's account under a post (作者微博@某某 | 题图：…)
    r"^作者(?:微博|公众号|小红书|抖音|IG|Instagram|Threads)\s*[@＠][^\s，,。]{1,30}\s*(?:$|[|｜])",
    re.IGNORECASE,
)
# A byline: a date and time, or "来源：…　作者：…" fields side by side, on a short line.
_DATELINE = rule_cache.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?(?:\s*(?:上午|下午|早上|晚上|凌晨|中午))?\s*\d{1,2}:\d{2}"
    # (with its weekday bracketed alone after a day in words: 2025年03月14日(五) 10:42; a
    # ticket page's 2025/06/14 (六) 19:30 is a show's time)
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[(（][一二三四五六日天][)）]\s*\d{1,2}:\d{2}"
)
# A date and time that starts or ends something (2025/07/16 06:00-11:00, 2025/07/18 10:00 -
# 2025/07/28 03:59, 2025/07/16 06:00前达到…): an event's hours, no page's stamp.
_TIMED_SPAN = rule_cache.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"(?:[-–~～至到—]\s*\d|前|后|以前|以后|起|开始|截止)"
)
# A day and its hour that something lasts until (使用期限到2025/3/21 23:59, 截止至 2024-05-01 18:00).
_UNTIL_STAMP = _compile(r"(?:到|至|截止|截至|期限|有效期|直到)[ \t]*[:：]?[ \t]*\d{4}[ \t]*[-/.年]")
# An event named after a day and its hour (2025年9月25日 19:00 星辰秋季新品发布会): when it is, no stamp
# (not a source named after the page's stamp, 2024-03-05 10:00 来源：人民网-强国论坛).
EVENT_AFTER_STAMP = _compile(r"\d{1,2}:\d{2}[ \t\u3000]+[^\s:：|｜\-—]{0,12}(?:发布会|大会|典礼|开幕式|闭幕式|演唱会|晚会|峰会|论坛|首映|首演|音乐会|见面会)$")
# A post's reactions: their icons and how many (👍❤️ 1,203, 👍😆 56).
_REACTIONS = rule_cache.compile(
    r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]{1,6}\s*(?!(?:19|20)\d\d$)[\d,.]+\s*[万千kKwW]?$"
    # (a row of them: 👍 35 👎 2, LIHKG's votes under a reply)
    r"|^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]{1,3}\s*[\d,.]+\s*[万千kKwW]?\s*){2,6}$"
)  # (🎉 2026 is a greeting's year)
# An entry of a list of other posts: its board in brackets, its headline, its day at the end
# ([世界杯]某某赛后采访：这可能是最后一届了　06-21).
_DATED_LINK = rule_cache.compile(
    r"^[\[【][^\]】\s]{1,6}[\]】][^。！!；;]{4,48}?[\s\u3000]+(?:\d{4}-)?\d{1,2}-\d{1,2}$"
)
# A comment's head on one line: the commenter, the region, the day (府山小馒头 浙江 11-20).
_COMMENT_HEAD = rule_cache.compile(
    r"^[^\s，,。！？!?：:]{2,12}[ \t\u3000]+(?:来自)?[\u4e00-\u9fff]{2,3}[ \t\u3000]+\d{1,2}-\d{1,2}$"
)
_DATE_ONLY = _compile(
    # (中華民國114年5月20日: a Taiwan notice's signature date)
    r"^(?:[-–•·*][ \t]+(?=\d{4}\s*[-/.年]))?[【\[(（]?(?:date\s*|时间\s+|(?:今日|今天|日期|今天是|今日是)\s*[:：]\s*)?(?:中华民国|民国)?\s*(?:"
    r"\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?|"
    r"(?:\d{4}\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*"
    r"\s+\d{1,2}(?:,?\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*)?(?:,?\s+\d{4})?)"
    r"(?:\s*(?:星期|周|礼拜)[一二三四五六日天]|\s*[(（](?:星期|周|礼拜)[一二三四五六日天][)）]"
    # (or bracketed alone after a day in words, a chat's day head: 2024年4月10日（三）; a ticket
    # page's 2025/06/14 (六) 19:30 is a show's)
    r"|(?<=日)\s*[(（][一二三四五六日天][)）])?"
    # the lunar date after a calendar's weekday (乙巳年正月初一)
    r"(?:\s*(?:农历)?\s*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*[正一二三四五六七八九十冬腊闰]{1,2}月[初十廿卅一二三四五六七八九]{2}日?)?"
    # (or named 农历 without its year, 農曆九月十一; or a church's name of the Sunday, 聖靈降臨期後第二十一主日)
    # (農曆臘月廿九（除夕）: with the festival the day is, in brackets)
    r"(?:\s*农历\s*[正一二三四五六七八九十冬腊闰]{1,2}月[初十廿卅一二三四五六七八九]{1,3}日?(?:\s*[(（][\u4e00-\u9fff]{2,4}[)）])?)?"
    # (2024年3月24日　主日: a bulletin's Sunday, named so)
    r"(?:\s+(?:[^\s，。,]{2,14})?主日|\s*[(（]主日[)）])?"
    # (Plurk's September 12, 2024 10:47 PM: a clock of twelve hours)
    r"(?:\s*[|｜·]?\s*(?:HKT\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?)?"
    r"(?:\s+\d{4})?[)）】\]]?\s*$",
    re.IGNORECASE,
)
# A date alone on its line in Chinese numerals (二〇二六年三月二日): a notice's date under its
# sign-off, never a sentence of the story.
_WORDS_DATE_ONLY = rule_cache.compile(
    r"^[（(]?[〇○Ｏ零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*"
    # (a bulletin's day with its weekday or the church's name of it: 二〇二四年十月十三日　聖靈降臨期後第二十一主日)
    r"[一二三四五六七八九十廿卅]{1,3}\s*日[)）]?(?:\s*(?:星期|礼拜)[一二三四五六日天]|\s*[(（](?:星期|礼拜)[一二三四五六日天][)）]|\s+[^\s，。,]{2,14}主日)?$"
)


_DAY_ALONE = rule_cache.compile(
    r"^(?:\d{4}[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}[ \t]*日?"
    r"|[〇○零一二三四五六七八九]{4}[ \t]*年[ \t]*[一二三四五六七八九十]{1,2}[ \t]*月[ \t]*[一二三四五六七八九十廿卅]{1,3}[ \t]*日)"
    r"[ \t\u3000]*(?:[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?)?$"
)


def is_date_alone(line: str) -> bool:
    """A day alone on its (folded) line, in figures or in words, with at most its weekday
    (2024年12月14日 星期六, 二〇二四年十二月十四日（星期六）): a stamp or an invitation's day,
    never a headline."""
    return _DAY_ALONE.match(line) is not None
#: A board's clock in its head (現在的時間是 2023-04-10, 08:05), Simplified: the day the page was
#: read, neither its own nor a reply's (a rule's text, for each reader to compile in its script).
NOW_CLOCK = r"^(?:现在|目前|当前)的?时间(?:是|为)?(?:[ \t]*[:：])?[ \t]*\d"
#: A community platform's stamp in its US order with a 12-hour clock (06-14-2022 10:23 PM): a
#: line of chrome, and the post's day (the month first, unless the first figure is over 12).
# (08-01-2019, 11:02 PM: vBulletin's, a comma after the year; a Hong Kong board's puts the day first)
US_STAMP = rule_cache.compile(r"^(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4}),?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]?[AaPp][Mm]$")
#: A CMS's article stamp in its English order with Chinese month names (週五, 22 十一月 2019 17:05),
#: folded: a line of chrome, and the article's day.
MONTH_NAME_STAMP = rule_cache.compile(
    r"^(?:(?:星期|周|礼拜)[一二三四五六日天][,，]\s*)?(?P<d>[0-3]?\d)\s+(?P<m>十[一二]?|[一二三四五六七八九])月\s+(?P<y>(?:19|20)\d\d)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# A post's stamp with the time of day in words (2月3日下午3:15 ·, 2024年2月3日 晚上9:02): a
# fan page's or a blog's, never a sentence.
_POST_STAMP = rule_cache.compile(
    # (2 月 9 日 @ 上午 1:14: Steam's, an at sign before the clock)
    r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:@\s*)?(?:上午|下午|晚上|凌晨|中午|早上)\s*\d{1,2}:\d{2}"
    r"\s*(?:[·•]\s*\S{0,4})?$|"
    # the same stamp in digits, or an age, with the audience after its dot (3月12日 20:14 · 🌏, 3天 · 🌏)
    # (2025年12月8日 · 🌐: the day alone, the globe with meridians)
    r"^(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}:\d{2})?|\d{1,3}\s*(?:分钟|小时|天|周))"
    r"\s*[·•]\s*(?:[\U0001F30D-\U0001F310\U0001F465\U0001F512]\ufe0f?|公開|公开|Public)$"
)
# An event's time under a bare label (時間:9月21日上午9時至11時30分): a range or an hour written in
# words is a schedule the story gives; a page's own stamp is a point (時間：2024-05-03 10:00).
_SCHEDULE = _compile(
    # (a day's 日 may stand before the range's mark, 9月18日至10月11日, and 即日起至 starts one today)
    r"^[（(【\[]?\s*(?:时间|日期)\s*[:：].{0,40}?(?:(?:\d\s*日?|即日起?)\s*(?:[(（][^)）]{1,4}[)）]\s*)?(?:至|到|~|〜|—|–|－)"
    r"|\d{1,2}\s*[时点]|"
    r"\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}|"
    # a day without its year, maybe its holiday in brackets, and the hour it starts (时间：10月6日
    # （中秋节）19:30): an event's; a page's own stamp gives its year
    r"(?<![\d年])\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[(（][^)）]{1,6}[)）]\s*)?\d{1,2}:\d{2})"
)
# A wiki's reference under its caret or arrow (^ 〈某某专访〉，《某报》，2019年4月2日。, ↑ 1.0 1.1 …):
# a citation, its date the source's, not the story's.
_WIKI_CITATION = _compile(
    r"^[\^↑](?:[ \t]+(?:[a-z]{1,2}|\d+\.\d+)(?![a-z0-9.]))*[ \t]+[^ \t][^《〈“「]{0,200}(?:《|〈|“|「|https?://)"
)
# A broadcaster's programme page furniture: its player's state (現正播放: 足本播放), its archive
# (節目重溫), its other programmes in a row (相關節目：新聞天地　晚間熱線).
_PROGRAMME_ROW = _compile(
    r"^(?:现正播放|正在播放|正在直播|现正直播)\s*[:：]|^(?:节目重温|节目回顾|往期节目|重温节目|节目表|节目时间表)$"
    r"|^(?:相关节目|其他节目|更多节目|推荐节目)\s*[:：]\s*\S"
)
_REPRINT_LICENCE = _compile(r"(?:作者|ID)\s*[:：][^，,。]{1,30}[，,].{0,30}(?:经授权|授权)(?:发布|转载|刊登)[。.]?$")
# A social page's furniture: a picture's placeholder alone ([直播封面图]; a sentence after it,
# [图片] 今天我们去了公园…, may be the story's or a caption: annotators split), a reply's head
# (某某 回复 某某), a comments heading (网友热评), a row of the accounts to follow (微博：@某某　抖音：…, 追蹤我們 IG@…｜FB …, 🎧 收聽平台：Apple Podcasts｜…),
# Facebook's tagged friends (— 和某某、某某和其他 2 人在一起。) and its translation row.
_SOCIAL_FURNITURE = _compile(
    r"^\[(?:图片|图|照片|相片|视频|影片|直播封面图|封面图|封面|动图)\]$"
    r"|^[^\s，。,：:]{1,16}[ \t]+回复[ \t]+[^\s，。,：:]{1,16}$"
    r"|^(?:网友|读者|用户|精彩|热门)热评$"
    r"|^(?:(?:微博|抖音号?|快手号?|小红书号?|B站|视频号|公众号|微信号|IG|FB|Instagram|Facebook|YouTube|Threads|X)[ \t]*[:：][ \t]*@?[^\s　:：]{2,30}[ \t\u3000]*){2,}$"
    # (武夷岩茶·大红袍 礼盒装 250g　¥268　月销 2000+ under 宝贝推荐: a shop's other products)
    r"|^[^。！？!?]{2,40}[ \t\u3000]+[¥￥][ \t]*\d[\d.,]*[ \t\u3000]+(?:月销|已售|销量)[ \t]*[\d.,]+[万千]?\+?$"
    r"|^(?:宝贝|店铺|本店|掌柜)推荐$"
    r"|^\S{0,2}[ \t]*(?:收听平台|收看平台|收听|订阅平台)[ \t]*[:：][^｜|/、]{1,20}(?:[｜|/、][^｜|/、]{1,20}){2,}$"
    r"|^(?:追踪|关注|追蹤)(?:我们|我們)[ \t]*(?:IG|FB|Instagram|Facebook|YouTube|微博|@)"
    r"|^[—–-][ \t]*和[^。，,]{1,30}?(?:和其他[ \t]*\d+[ \t]*人)?在一起[。.]?$"
    r"|^翻译自\S{1,6}[ \t]*[·•][ \t]*查看原文"
    r"|^\[LINE\][ \t]*\S.{0,30}的聊天记录$"  # ([LINE] 林家一家親的聊天記錄: an export's own head)
    # (電郵或電話號碼　密碼　登入　忘記帳戶？: a login bar; 這頁資訊對你有幫助嗎？ 👍 是　👎 否: a
    # page's feedback widget; 查看更早的版本（v1.0.0 — v2.9.9）▾: an expander)
    r"|^(?=.*密码)(?=.*(?:登入|登录))(?=.*忘记)[^。，,]{4,40}$"
    r"|^\S{0,8}对你有(?:帮助|用)吗[？?]"
    r"|^(?:查看|展开|显示)更(?:早|多|旧)的?\S{0,8}(?:[（(][^）)]{0,30}[）)])?[ \t]*[▾▼⌄]?$"
    # (暖暖家纺官方旗舰店 V: an account's name and its verified mark, one line)
    r"|^\S{2,20}[ \t]+[VvＶ]$"
    # (@moonbooks_tw · 11月14日: a quoted post's account and day over its text, as X and Threads show it)
    r"|^[@＠][A-Za-z0-9_.]{2,30}[ \t]*[·•][ \t]*(?:\d{4}年)?\d{1,2}月\d{1,2}日$"
)
_CLOCK_ROW = _compile(r"^[0-2]?\d:[0-5]\d(?:[ \t\u3000]+[0-2]?\d:[0-5]\d){3,}$")
# A comment's head: its writer, region and day (小禾爸爸  上海  9月7日, WeChat's).
# (a tour's row, 周杰伦 上海 9月7日, has this shape too: the corpus holds comment heads one space
# apart, 老陈 浙江 6月24日, and no such row)
# A region alone on its line (浙江, IP属地：广东): a commenter's or a writer's stamp, as WeChat
# and Toutiao set it under the name.
_REGION_ALONE = rule_cache.compile(rf"^(?:IP属地[ \t]*[:：]?[ \t]*)?(?:{PROVINCES})$")
NAME_REGION_DAY_RULE = rf"^[^\s，。,！？!?：:]{{1,16}}[ \t\u3000]+(?:{PROVINCES})[ \t\u3000]+\d{{1,2}}月\d{{1,2}}日$"
NAME_REGION_DAY = _compile(NAME_REGION_DAY_RULE)
# An episode's sponsor and its offer (📣 本集贊助：某某 — 輸入折扣碼…，優惠至6月30日止。).
_SPONSOR = _compile(r"^\S{0,2}[ \t]*(?:本集|本期|本节目|节目)赞助(?:商|单位)?[ \t]*[:：]")
# A ruling's foot: the judge's or the clerk's title set apart by spaces before the name
# (臺中簡易庭　法　官　何宗霖, 書記官　蕭淑貞) and the copy's attestation (以上正本係照原本作成。).
_COURT_FOOT = _compile(
    r"^\S{0,10}[ \t\u3000]*(?:法[ \t\u3000]*官|审[ \t\u3000]*判[ \t\u3000]*长|书[ \t\u3000]*记[ \t\u3000]*官)[ \t\u3000]+[\u4e00-\u9fff]{2,4}$"
    r"|^以上正本(?:系|係)照原本作成[。.]?$"
)
# An outlet's call for tips (澎湃新闻报料：请通过客户端“报料”入口提交线索, 新闻热线：…).
_TIP_OFF = _compile(r"^\S{0,8}(?:报料|爆料|新闻线索)\s*[:：]\s*(?:请|欢迎|可)[^。]{0,20}(?:通过|拨打|发送|联系|客户端|入口|邮箱|热线)")
# A company's registry fields in a row (工商信息　注册资本 500万元　成立日期 2019-06-12　统一社会信用代码 …):
# a job or company page's card, two such labels or more.
_REGISTRY_FIELD = _compile(r"统一社会信用代码|注册资本|实缴资本|法定代表人|成立日期|经营状态|注册地址|企业类型|工商信息")
# A recruiter's card (HR 陈女士 · 人事经理 · 刚刚活跃): a name, a role and how lately it was active.
_RECRUITER_CARD = _compile(
    r"^[^\s·•，。]{1,10}(?:\s+[^\s·•，。]{1,6})?\s*[·•]\s*[^\s·•，。]{1,10}\s*[·•]\s*(?:刚刚|今日|今天|本周|本月|\d+\s*[天日周]内|\d+\s*(?:小时|天|日)前)活跃$"
)
# A platform's safety warning to its users (BOSS直聘安全提示：…, 温馨提示：谨防诈骗…).
# (or a seller's own, 防詐提醒：本公司不會以電話要求您操作ATM…)
_SAFETY_NOTICE = _compile(
    r"^\S{0,10}(?:安全提示|防诈(?:提示|提醒))\s*[:：](?=.*(?:收取|收费|诈骗|骗局|违法|警惕|谨防))"
    r"(?=.*(?:招聘|求职|平台|用户|卖家|买家|交易|本公司|本站|付款|汇款|转账|ATM))"
)
# A site's reminder to its users about the site itself (貼心提醒：欲加速購票流程請先登入，並完成手機號碼
# 驗證。, 温馨提示：请使用最新版浏览器访问本站): how to use the site, never the story.
_SITE_REMINDER = _compile(
    r"^(?:贴心|温馨|友情|小)?(?:提醒|提示)\s*[:：](?=[^。]*(?:登入|登录|注册|帐号|账号|验证|浏览器))"
    # (评论 重要提示：警惕虚假中奖信息: the comment box's warning against scams)
    r"|^(?:评论\s*)?(?:重要|风险|安全)?提示\s*[:：]\s*(?:请)?警惕[^。！？]{0,16}(?:中奖|诈骗|骗局|广告)[^。！？]{0,6}$"
)
# A forum's prompt to sign up (马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。; 您需要 登录
# 才可以下载或查看，没有账号？立即注册): Discuz's, over every thread of its boards.
_SIGN_UP_PROMPT = _compile(r"^(?=.*(?:马上|立即)注册)(?=.*(?:好友|功能|社区|登录|登入|账号|帐号|查看|下载))")
# A table's row: its label, then figures, a change at most signed at its end (营业收入
# 612,384,205.17　18.42　1,655,092,771.36　12.07; 总营收　52.3　40.7　+28.4%); a share's quote
# (上证指数 3473.13 +0.70%, 某某 603877　23.46　+0.52　+2.27%) signs its change in the middle.
_FIGURES_ROW = _compile(
    r"^[\u4e00-\u9fff（）()/、]{2,24}(?:[ \t\u3000]+[\d,]+(?:\.\d+)?%?){2,}(?:[ \t\u3000]+[-+][\d,.]+%?)?$"
)
# A floor's number and its poster's name over the reply (1楼 宝安区扣篮王): the floor's header.
_FLOOR_NAME = _compile(r"^\d{1,4}楼[ \t\u3000]+[^\s，。,！？!?]{2,16}$")
# A reply box's editor toolbar (B Color Image Link Quote Code Smilies): Discuz's, under a thread.
_EDITOR_BUTTON = (
    r"(?:b|i|u|s|color|image|img|link|url|quote|code|smilies|emoji|bold|italic|underline|font|size|align|"
    r"table|media|attach|attachment|hide|list)"
)
_EDITOR_BAR = _compile(rf"^(?:{_EDITOR_BUTTON}[ \t]+){{3,}}{_EDITOR_BUTTON}$", re.IGNORECASE)
# A prompt to sign in to react (登入即可讚好或留言。, 登入以讚好或留言。, 登录后才能评论): the page's,
# not the post's words.
_SIGN_IN_TO = _compile(
    r"^(?:请先|請先)?登[入录](?:以|后|即可|才能|才可以|后才能|后即可)[^，。,]{0,12}(?:赞好|点赞|留言|评论|回复|回覆|回应|查看)[。.！!]?$"
)
# A row of related links under its label (相关菜谱：桂花酒酿小圆子 · 糖水藕片 · 蜜汁山药).
_RELATED_ROW = _compile(
    r"^相关[^\s：:]{1,4}[：:][ \t\u3000]*[^·•|｜\s][^·•|｜]{0,24}(?:[ \t\u3000]*[·•|｜][ \t\u3000]*[^·•|｜]{1,24}){1,}$"
    # (相关推荐：2025年3月黄道吉日　2025年搬家吉日　…: its links apart by wide spaces)
    r"|^相关(?:推荐|阅读|文章|链接|专题)[：:][ \t\u3000]*[^\s，。,]{2,24}(?:\u3000+[^\s，。,]{2,24}){1,}$"
)
#: An app store's parts round an app's page: its banner (在 Mac App Store 中打开此页面需要…), its
#: rank and rating (财务类第 12 名, 4.8 • 3.2万个评分), a review's writer and day over its text (鹿粉阿May，
#: 10月30日; 开发者回复，10月31日) and the store's footer (更多购物方式：…).
_STORE_PART = _compile(
    r"^在[ \t]*\S{0,12}[ \t]*(?:App Store|Google Play|应用商店)[ \t]*中打开此页面"
    r"|^\S{1,6}类第[ \t]*\d+[ \t]*名$"
    r"|^\d\.\d[ \t]*[•·][ \t]*[\d.,]+[万千]?[ \t]*个评分$"
    r"|^(?!周|星期|礼拜|今天|明天|昨天|第|day|d\d)[^\s，,。！？!?]{1,16}[，,][ \t]*\d{1,2}月\d{1,2}日$"
    r"|^更多购物方式[:：]"
)
#: An owner's account in lower case after a blog's name and a bar (深水埗散步中 ｜ sspwanderer): a
#: letter in it, and not an issue's number (vol.12) nor a year (2024).
LOWER_ACCOUNT = r"(?=[a-z0-9_.\-]*[a-z])(?!(?:vol|ep|no|part|ch|p)\.?\d)[a-z0-9][a-z0-9_.\-]{3,31}"
#: An imageboard's post head (無名氏 [25/01/20(一)21:47:13 ID:q7Rk2Tfa] No.29104417 [回應]): its
#: stamp, the year in two figures and the weekday in brackets, its poster's id and its number.
IMAGEBOARD_HEAD = (
    r"\[(?P<y>\d{2})/(?P<m>\d{2})/(?P<d>\d{2})\((?P<w>[一二三四五六日])\)\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?"
    r"[ \t]+ID:[\w./+\-]{2,12}\][ \t]*No\.\d+"
)
IMAGEBOARD_STAMP = rule_cache.compile(IMAGEBOARD_HEAD)
#: An English profile's labels, one field a line beside an old blog host's posts (Name: kit /
#: Country: Hong Kong / Birthday: 9/8): the host's card of its owner, never a headline.
PROFILE_LABELS_EN = r"Name|Country|Birthday|Interests|Gender|Location|Occupation|Hometown|Age|Zodiac"
#: An institution's name, then its name in capitals (沧澜银行 CANGLAN BANK): never a headline.
NAME_IN_CAPITALS = r"[\u4e00-\u9fff]{2,12}[ \t]+[A-Z][A-Z&.'\-]+(?:[ \t][A-Z][A-Z&.'\-]+){0,4}"
#: A post's furniture as less common platforms print it: 懂车帝's stamp with its region (发布于2022-11-20
#: 浙江) and badge (已认证车主 · …), LINE's call to open its app, Google Sites' picture placeholders
#: ([相片：…]), its footer and labelled update, Substack's subscribe box, an editor's note on a
#: testimony's consent (（本篇見證經本人同意刊登，…）).
_PLATFORM_PART = _compile(
    r"^(?:发布于|发表于|编辑于)[ \t]*\d{4}-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2})?(?:[ \t·]+[\u4e00-\u9fff]{2,3})?$"
    r"|^已认证(?:车主|用户|会员)(?:[ \t]*[·•|｜][ \t]*\S.{0,30})?$"
    r"|^在[ \t]*\S{1,12}[ \t]*(?:应用程式|应用程序|App|APP)中(?:开启|打开)$"
    r"|^\[(?:相片|照片|图片|图|影片|视频)[:：][^\]]{1,30}\]$"
    r"|^本?(?:页|页面|网页)最后更新(?:日期|时间)?[:：][ \t]*\S{4,20}$"
    r"|^(?:Google[ \t]*协作平台|Google Sites)$"
    r"|^Subscribe to[ \t]+\S|^Type your email"
    # (Tumblr's notes under a post: who liked or reblogged it, its own stamp, its buttons)
    r"|^[\w.\-]{2,32}[ \t]+(?:liked|reblogged)[ \t]+this(?:[ \t]+from[ \t]+[\w.\-]{2,32}(?:[ \t]+and[ \t]+added:?)?)?$"
    # (an imageboard's post head, 無名氏 [25/01/20(一)21:47:13 ID:q7Rk2Tfa] No.29104417 [回應], its
    # reply's pointer >>No.29104417, its form's fields and buttons, its software's credit)
    rf"|^[^\[\]]{{0,30}}{IMAGEBOARD_HEAD}(?:[ \t]*\[[^\]]{{1,6}}\])*$"
    r"|^(?:>>|＞＞)No\.\d+(?:[ \t]+(?:>>|＞＞)No\.\d+)*$"
    r"|^(?:附加图档|附加档案|上传图片)[ \t]*\[|^删除用密码|^删除文章[ \t]*\[|^[＊*][ \t]*(?:可附加图档|附加图档|请勿张贴)"
    r"|^\[(?:送出|提交|发送|确定|删除|回应|返信)\]$"
    r"|^-[ \t]*\S{2,20}(?:[ \t]*\+[ \t]*\S{2,20}){2,}[ \t]*-$"
    r"|^等级[ \t]*[:：][ \t]*\S{1,6}[(（]\S{1,4}[)）]$"
    # (Discourse's: a suggested topic's row, its replies, views and day (西貢東壩 天氣好嘅話可唔可以游水？ 12
    # 1.1k 10 月 28 日); its foot, 想閱讀更多？瀏覽…, 由 Discourse 提供技術支援…)
    r"|^\S.{2,40}[ \t]+\d{1,5}[ \t]+\d[\d.]*[kK万]?[ \t]+(?:\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日|\d{1,3}[ \t]*(?:天|小时|分钟|个月|年))$"
    r"|^想阅读更多[？?][ \t]*浏览|^由[ \t]*Discourse[ \t]*提供技术支援"
    # (沧澜银行 CANGLAN BANK | 信用卡电子账单: an institution's name, its name in capitals, the page's kind)
    rf"|^(?-i:{NAME_IN_CAPITALS})[ \t]*[|｜][ \t]*[\u4e00-\u9fff]{{2,12}}$"
    # (a review's head: its writer, level, day and views, 食好西日記　等級5　2024-03-09　1,204 瀏覽; a
    # place's score and its faces, 4.2（328）｜ 笑臉 279　OK 35　哭臉 14)
    r"|^\S{2,24}[ \t\u3000]+等级[ \t]*\d{1,2}[ \t\u3000]+\d{4}-\d{1,2}-\d{1,2}(?:[ \t\u3000]+[\d,.]+[万kK]?[ \t]*浏览)?$"
    r"|^\d(?:\.\d)?[ \t]*[（(][\d,]+[)）][ \t]*[|｜][ \t]*笑脸[ \t]*\d"
    # (下載 CMoney 股市爆料同學會 APP，即時掌握個股討論: an app's prompt, its name between)
    r"|^下载[ \t]*\S[^，,。]{0,24}[ \t]*(?:APP|App)[，,][^。]{0,20}$"
    # (回覆 ‧ 引言 ‧ 檢舉: a floor's buttons apart by dots; 我要回應（請先登入）, a reply box's prompt)
    r"|^(?:回[复覆应]|引言|引用|检举|举报|分享|收藏)(?:[ \t]*[‧·•][ \t]*(?:回[复覆应]|引言|引用|检举|举报|分享|收藏|赞|讚)){1,4}$"
    r"|^我要(?:回应|回复|回覆|留言|评论)[ \t]*[（(](?:请先|请)?(?:登入|登录)[)）]$"
    # (请文明发言，遵守《…用户守则》，发帖前请先阅读版规: a board's rule under its reply box)
    r"|^请文明发言[，,]"
    # (Flarum's: 某某 和 某某 回复了此帖, 某某 和 某某 觉得很赞, 原始帖)
    r"|^\S{1,20}(?:[ \t]+和[ \t]+\S{1,20}){0,3}[ \t]+(?:回复了此帖|觉得很赞|赞了此帖|点赞了)$|^原始帖$"
    # (XenForo's: 主題發起人 某某 開始日期 2023年6月18日, a floor's 2023年6月18日 #2, its likers
    # 某某、某某 和另外 6 人, a quote's 按一下展開…, 你必須登入或註冊才能在此回覆。)
    r"|^主题发起人[ \t]+\S{1,20}[ \t]+开始日期[ \t]+\S{6,14}$"
    r"|^\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日[ \t]*#\d{1,4}$|^\d{4}-\d{1,2}-\d{1,2}[ \t]*#\d{1,4}$"
    r"|^\S{1,20}(?:[、，,][ \t]*\S{1,20}){0,3}[ \t]*(?:和另外|和其他|及另外)[ \t]*\d{1,4}[ \t]*(?:人|位)$"
    r"|^(?:按一下|点击|点此)展开[.…。]*$|^(?:你|您)必须(?:先)?(?:登入|登录)(?:或注册)?(?:后)?才能\S{0,10}[。.]?$"
    # (用戶名稱 [　　　] 密碼 [　　　] 記住我? [登入]: a form's fields, their empty boxes)
    # (not [ ] 護照 [ ] 簽證: a checklist's boxes, no label before the first)
    r"|^(?=.{0,60}$)[^\[\]\s][^\[\]]{0,11}\[[ \t\u3000]*\](?:[^\[\]]{0,12}\[[^\[\]]{0,6}\])+[^\[\]]{0,12}$"
    # (vBulletin's foot: 發表規則 / 你不可以發表新主題 / 所有時間均為 GMT +8。現在的時間是 12:06 PM。)
    r"|^发表规则$|^你(?:不)?可以(?:发表|回覆|回复|上传|编辑|删除)\S{0,8}$|^所有时间均为\s*GMT"
    # (登录 / 注册 即可发布评论！, 请尽量让自己的回复能够对别人有帮助: a comment box's prompts)
    r"|^(?:登录|登入)[ \t]*(?:[/／][ \t]*注册[ \t]*)?(?:后|即可|才能|才可以)\S{0,4}(?:发布|发表)?(?:评论|留言|回复|发言)\S{0,2}$"
    r"|^请尽量让自己的回复能够对别人有帮助$"
    # (后端工程师 @ 某电商: a commenter's job and employer, the at sign set apart by spaces)
    # (not 3月15日 @ 台北小巨蛋: a show's day and its venue)
    r"|^[^\s@\d月日号]{1,12} @ [^\s@]{1,12}$"
    # (《东方财富社区管理规定》: a link to the site's rules alone on its line)
    # (not 《互联网信息服务算法推荐管理规定》: a law's name, a page's headline)
    r"|^《[^《》]{0,12}(?:社区|用户|会员|论坛|社群|平台|网站|本站)[^《》]{0,6}(?:管理规定|规定|规则|公约|协议|条款|须知|守则)》$"
    # (照片／翻攝自表妹IG@…: a picture's credit without its brackets; 台長回應：, a blog owner's reply label)
    r"|^(?:图|图片|照片|相片)[ \t]*[／/][ \t]*(?:翻摄自?|取自|撷取自)\S{1,40}$"
    r"|^(?:台长|版主|博主|站长|作者)(?:回应|回复|回覆)[ \t]*[:：]?$"
    # (iT 邦幫忙::一起幫忙解決難題…: a site's name and slogan as its <title> joins them)
    # (not std::cout << "你好，世界";: code, its name Latin)
    r"|^[^:：\s][^:：]{0,19}[\u4e00-\u9fff][^:：]{0,19}::[^:：]*[\u4e00-\u9fff][^:：]{1,40}$"
    # (從零打造…系統 系列 第 12 篇, … 共 30 篇, 系列文: a series' label over its post, and its list's)
    r"|^\S.{1,40}[ \t]+系列[ \t]+第[ \t]*\d{1,3}[ \t]*篇$|^\S.{1,40}[ \t]+共[ \t]*\d{1,3}[ \t]*篇$|^系列文$"
    # (紀錄：@wenwen_bt、@lupin_tw，照片整理：@阿賢: a shared note's credits, each role's accounts)
    r"|^(?:纪录|记录|笔记|文字|撰文|整理|摄影|照片整理|编辑|校对|共笔)[ \t]*[:：][ \t]*[@＠][^@＠，,；;、\s]{1,30}"
    r"(?:[ \t]*[，,；;、][ \t]*(?:[\u4e00-\u9fff]{2,6}[ \t]*[:：][ \t]*)?[@＠][^@＠，,；;、\s]{1,30})*$"
    # (這篇評論值得參考嗎？ 是 否 有趣 / 有 128 人認為這篇評論值得參考: a review's vote and its count)
    r"|^这篇(?:评论|评价|回答|文章|贴文)(?:值得参考|有帮助|有用)吗[？?]"
    r"|^有[ \t]*[\d,]+[ \t]*(?:人|位用户)(?:认为|觉得)这篇(?:评论|评价|回答|文章|贴文)\S{0,8}$"
    # (深水埗散步中 ｜ sspwanderer: a blog's name and its owner's account, over every post)
    rf"|^[^|｜\s]{{2,20}}[ \t]*[|｜][ \t]*(?-i:{LOWER_ACCOUNT})$"
    # (Tai O Stilt House，業主 於 棚屋小築民宿 的回應: the head of an owner's reply under a review)
    r"|^[^，,。]{1,40}[，,][ \t]*(?:业主|业者|店主|管理层|经理|房东)[ \t]*于[ \t]*[^，,。]{1,30}[ \t]*的(?:回应|回复)$"
    r"|^(?:回应|回复)日期[ \t]*[:：][ \t]*\d{4}[年/\-.]\d{1,2}[月/\-.]\d{1,2}日?$"
    r"|^[\w.\-]{2,32}[ \t]+posted[ \t]+this$|^(?:Reblog|Ask me anything|Submit|Archive|Notes|Powered by Tumblr\b.*)$"
    # (Xanga and the old English blog hosts: a post's foot, 11:42 PM - 3 Comments - 2 eProps - Add
    # Comments; a comment's, Posted 3/13/2005 at 11:58 PM by jojo_ling - reply; the sidebar's heads;
    # the owner's profile fields, Name: kit / Country: Hong Kong / Birthday: 9/8)
    r"|^\d{1,2}:\d{2}[ \t]*[AP]M[ \t]+-[ \t]+\d+[ \t]+Comments?\b.{0,60}$"
    # (消費時間：2015年11月｜平均消費：NT$150／人: a review's card of the visit, its fields in a row)
    r"|^(?=[^。！？!?]*(?:消费时间|平均消费|用餐时间|造访时间|消费金额|人均消费)[ \t]*[:：])(?:[^|｜：:]{2,8}[：:][^|｜]{1,24}[|｜][ \t]*){1,4}[^|｜：:]{2,8}[：:][^|｜]{1,24}$"
    # (by 小雪 @ 14th Feb 2010 22:05: an old blog host's comment stamp, its writer and day)
    r"|^by[ \t]+\S{1,24}[ \t]+(?:@|at|on)[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3,9}\.?,?[ \t]+\d{4}(?:[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AP]M)?)?$"
    # (本帖最後由 雞蛋仔媽咪 於 昨天 23:45 編輯: a board's note that a post was edited, its day in words)
    r"|^(?:本帖)?最后由[ \t]*\S{1,20}[ \t]*于[ \t]*\S.{0,24}(?:编辑|修改)$"
    # (正在改变与想要改变世界的人，都在 虎嗅APP: an app's slogan at the foot)
    r"|^[^。！？!?]{4,30}[，,][ \t]*都在[ \t]*\S{1,10}(?:APP|App|客户端)$"
    # (写下你的评论……: a comment box's prompt alone; 星球简介: a circle's card heading)
    r"|^(?:写下|说说|留下)你的(?:评论|留言|想法|看法)[.…。~～]*$|^(?:星球|圈子|小组|社群|群组)简介$"
    # (a doctor's card over the article: 刘怀安 主任医师 / 江城市儿童医院 呼吸内科 / 擅长：…)
    r"|^[\u4e00-\u9fff]{2,4}[ \t\u3000]+(?:主任医师|副主任医师|主治医师|住院医师|执业医师|主任药师)$"
    r"|^\S{2,16}(?:医院|卫生院|诊所|医疗中心)[ \t\u3000]+\S{2,8}科$|^擅长[ \t]*[:：]"
    # (菜谱创建时间：2年前: a recipe's age under its label)
    r"|^\S{0,6}(?:创建|发布|更新|上传)时间[ \t]*[:：][ \t]*\d+[ \t]*(?:年|个月|周|天|小时|分钟)前$"
    # (an Invision or MyBB board's furniture: a post's stamp alone, 今天, 08:12 AM; its edit note;
    # the guest's greeting; the thread's mode; who is reading it)
    r"|^(?:今天|昨天|前天)[,，][ \t]*\d{1,2}:\d{2}(?:[ \t]*[AP]M)?$"
    r"|^(?:这篇文章|本文|此文|此帖|本帖)最后(?:修改|编辑)于[ \t]*[:：][^，。]*(?:\d{1,2}:\d{2}|修改者|编辑者)"
    r"|^欢迎[，,][ \t]*(?:访客|游客|guest)[！!]"
    r"|^(?:主题|线性|树形)模式$"
    r"|^正在浏览此(?:主题|版面|论坛|版块)的(?:使用者|用户|会员)"
    # (a Dvbbs thread's head: 本主题共有 4 帖，分页：[1], 您是本帖的第 1873 个阅读者, 等级：版主,
    # 发贴心情 《…》, its software's credit)
    r"|^本主题共有[ \t]*\d+[ \t]*帖|^您是本帖的第[ \t]*\d+[ \t]*个阅读者"
    r"|^等级[ \t]*[:：][ \t]*\S{0,4}(?:版主|管理员|游民|上路|会员|用户|居民|侠客|元老|长老|宗师|新手)$"
    r"|^发贴心情(?:[ \t]|$)|^Powered[ \t]+By[ \t]+\S"
    # (恒远智造(603917)  12.86  +5.07%  资金流向  F10: a stock board's quote bar over the thread)
    r"|^\S{2,10}[ \t]*[(（]?\d{4,6}(?:\.[A-Z]{2,3})?[)）]?[ \t]+[\d.,]+[ \t]+[+\-−▲▼]?[ \t]*[\d.]+%?(?:[ \t]+\S{1,8}){0,4}$"
    # (a phpwind thread's floor head, 地板 发表于: 2013-05-05 | 只看该作者; its quick reply box's limit and hint)
    r"|^(?:楼主|沙发|板凳|地板|地下室|\d{1,4}[ \t]*[楼#])[ \t]*发表于[ \t]*[:：]?[ \t]*\d{4}-\d{1,2}-\d{1,2}"
    r"|^限[ \t]*\d+[ \t]*(?:字节|字符|个字)$|^[^。！？]{0,30}建议存为草稿$"
    # (排序依據　最舊: a comment plugin's sort toggle)
    r"|^排序(?:依据|方式)?[ \t\u3000]*[:：]?[ \t\u3000]*(?:最旧|最新|热门|最相关|由新到旧|由旧到新|按时间|按热度)$"
    r"|^Posted[ \t]+(?:on[ \t]+)?\d{1,2}/\d{1,2}/\d{4}[ \t]+at[ \t]+\d{1,2}:\d{2}[ \t]*[AP]M[ \t]+by[ \t]+[\w.\-]{2,32}(?:[ \t]+-[ \t]+reply)?$"
    r"|^(?:Subscriptions|Archives|Get Involved!?|Add a Comment|Terms of Use[ \t]*[|｜][ \t]*Privacy (?:Statement|Policy))$"
    r"|^[(（](?:本文|本篇)[^）)]{0,30}(?:同意刊登|授权刊登|授权转载)[^）)]{0,24}[)）]$",
    re.IGNORECASE,
)
#: A mail archive's furniture (Mailman's pipermail): its pager by thread, its sort row, the list's
#: name, the note on a scrubbed attachment and its URL, and the message's stamp in C's form.
_MAIL_ARCHIVE = _compile(
    r"^(?:previous|next) message(?: \(by (?:thread|date|subject|author)\))?:|^messages sorted by:"
    r"|^an html attachment was scrubbed|^url: <https?://|^more information about the .{1,40} mailing list$"
    r"|^\S{1,30} mailing list$|^-{5,} (?:next part|下一部分) -{5,}$"
    r"|^(?:mon|tue|wed|thu|fri|sat|sun) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) +\d{1,2} \d{1,2}:\d{2}:\d{2} [a-z]{2,5} \d{4}$",
    re.IGNORECASE,
)
#: GitHub's own words round a discussion or an issue (Navigation Menu, Type / to search, Issues 4,
#: Pull requests 1, Maintainer, Marked as answer, 4 participants, someone asked this question in Q&A,
#: its sign-up prompt): the site's, one to a line.
_GITHUB_UI = _compile(
    r"^(?:navigation menu|type / to search|issues \d+|pull requests \d+|projects \d+|marked as answer"
    r"|\d+ participants?|answered by [\w.-]{1,39}|[\w.-]{1,39} (?:asked this question|started this conversation) in .{1,30}"
    r"|sign up for free to join this conversation on github.*)$",
    re.IGNORECASE,
)
#: … and its single words (Code, Actions, Wiki, Maintainer, Labels, Footer): chrome only on a page
#: that shows GitHub's other words (boilerplate), a Chinese tech post's heading otherwise.
GITHUB_WORD = _compile(
    r"^(?:code|issues|pull requests|discussions|actions|wiki|security|insights|projects|maintainer|collaborator"
    r"|contributor|member|owner|author|category|labels|footer)$",
    re.IGNORECASE,
)
#: A board's furniture as less common forums print it: a reply's pointer to the floor it answers
#: (回覆 #181 某某 的帖子), the likes under a post (山貓 和 Winnie行山日記 讚好), the jump to the
#: newest, a BBS's row of bracketed links and its count of a thread's articles, Yahoo 知識+'s name,
#: sort and closing prompt, Discourse's closing notice.
_BOARD_PART = _compile(
    r"^(?:回覆|回复|引用)[ \t]*#\d{1,6}[ \t]*\S{1,20}[ \t]*的(?:帖子|回覆|回复|留言)$"
    r"|^[^\s，,。！？!?]{1,20}(?:[ \t]*(?:和|及|与|、)[ \t]*[^\s，,。！？!?]{1,20}){0,2}[ \t]+(?:赞好|觉得赞|like 了)$"
    r"|^[↓⬇][ \t]*跳到最新$|^跳到最新(?:回复|回覆)?$"
    r"|^(?:\[[^\]]{0,4}(?:阅读|回复|返回|主题|版面|文章|首页|上一|下一|列表)[^\]]{0,4}\][ \t]*){3,}$"
    r"|^本主题共[ \t]*\d+[ \t]*篇文章$"
    r"|^yahoo[ \t]*奇摩[ \t]*知识\+$|^相关度$|^还有问题吗[？?][ \t]*立即取得解答[。.]?$"
    r"|^此话题将在最后一个回复的[ \t]*\d+[ \t]*(?:天|小时)后自动关闭[。.]?$"
    # (我要回帖, 回頂端: a board's buttons alone; 寶寶：男 3歲1個月: a parents' board's poster card)
    r"|^(?:我要回帖|我要回复|我要发帖|回顶端|回到顶端|回顶部)$"
    r"|^宝宝[ \t]*[:：][ \t]*[男女][ \t]*\d{1,2}[ \t]*岁(?:[ \t]*\d{1,2}[ \t]*个月)?$",
    re.IGNORECASE,
)
#: A news page's furniture as smaller outlets print it: a stamp row with its writer (2024年03月13日｜
#: 文：某某採訪組), a call to support (支持獨立媒體　成為月費會員, 每月MOP 50起，支持我們…), a
#: contributor's credit in brackets (（县农业农村局　供稿）), a printed page's URL and page count, a
#: paper's licence note (…未经协议授权，禁止下载使用。), a podcast's episode number and platforms.
_OUTLET_PART = _compile(
    r"^\d{4}年\d{1,2}月\d{1,2}日[ \t]*[|｜][ \t]*(?:文|撰文|记者|文字)[ \t]*[:：][ \t]*\S{2,12}$"
    r"|^支持(?:独立|我们的)?\S{0,4}媒体[ \t\u3000]+成为\S{0,4}会员$"
    r"|^每月[ \t]*(?:MOP|HK\$|NT\$|\$|¥)?[ \t]*\d+[ \t]*(?:元)?起[，,][ \t]*支持(?:我们|本台|本网)"
    r"|^[(（][\u4e00-\u9fff]{2,16}[ \t\u3000]+(?:供稿|供图|来稿)[)）]$"
    r"|^https?://\S+[ \t\u3000]+\d{1,3}/\d{1,3}$"
    r"|未经(?:协议)?授权[，,][ \t]*禁止(?:下载|转载|复制)(?:使用)?"
    r"|^第[ \t]*\d{3,4}[ \t]*集$"
    r"|^(?:也)?可以?在(?:这些|以下)平台收听[:：]",
    re.IGNORECASE,
)
#: An almanac's day in its calendars (公历 2025年2月25日 星期二 双鱼座, 农历 乙巳年 正月廿八 【属蛇】,
#: 干支：乙巳年　戊寅月　乙丑日) and its pager to the next day's page (« 2月24日 昨日黄历 ｜ 明日黄历
#: 2月26日 »): the page's own day and links, not the story's.
_ALMANAC_DAY = _compile(
    # (its sign or its animal beside the day: not a diary's head, 农历乙巳年正月初二 阴)
    r"^(?:公历|阳历)[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:星期[一二三四五六日天][ \t\u3000]*)?\S{2,3}座$"
    r"|^(?:农历|阴历)[ \t\u3000]*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[^，。,！？!?]{0,12}[【\[(（]属[鼠牛虎兔龙蛇马羊猴鸡狗猪][】\])）]$"
    r"|^干支[ \t]*[:：][ \t\u3000]*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
    r"|^[«‹<][^»›>]{0,40}(?:昨日|明日|前一天|后一天|上一天|下一天|前一日|后一日|上一日|下一日)[^»›>]{0,40}[»›>]$"
)
#: A web form's parts (姓名（必填）, 是否需要素食　□ 是　□ 否, ［提交回覆］), a page's lock notice
#: (🔒 此頁面只限持有連結嘅親友瀏覽) and a call to follow its account (Follow 我哋嘅婚禮 IG：@…):
#: the page's, not its text.
_FORM_PART = _compile(
    r"^[^\s，。,！？!?]{1,12}[（(](?:必填|选填|必须填写|可不填)[)）]$"
    # (each mark after a space: not 二○二○年 nor 王○明, a zero and a name's hidden character)
    r"|^[^，。,！？!?]{0,16}?(?:[ \t\u3000]+[□☐○◯][ \t\u3000]*[^\s□☐○◯，。]{1,8}){2,}$"
    r"|^[［\[](?:提交|送出|确定|确认|发送|立即报名|报名|登记)[^］\]]{0,4}[］\]]$"
    r"|^🔒[ \t]*\S"
    r"|^(?:follow|追踪|关注)[ \t]*[^，。,！？!?]{0,12}(?:IG|Instagram|FB|Facebook|Threads|小红书)[ \t]*[:：][ \t]*@[\w.]+$",
    re.IGNORECASE,
)
#: A bulleted link to another page with its day in brackets at the end (．【衛教影片】糖尿病人過年
#: 怎麼吃？（2021/01/28）): a list of the site's other pages, their days theirs.
DATED_LINK = _compile(
    r"^[．・•·▪◦][ \t\u3000]*(?:[【\[][^】\]]{1,8}[】\]])?[^。！!]{2,60}?[（(]\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}[)）]$"
)
# A travel note's facts in a row (出发时间 / 2024-10-02　出行天数 / 6 天　人物 / 和朋友　人均费用 / 3500元):
# the site's card over the note, its day the trip's, no event of the story (7 annotations of 9).
_TRIP_FACT = _compile(r"(出发时间|出行天数|人物|人均费用|和谁)(?=[ \t]*[:：/]|[ \t]+\S)")
_TRIP_FACTS_MIN = 3
# A Q&A page's labels over its answers (最佳解答, 其他解答: Yahoo 知識+).
_ANSWER_LABEL = _compile(r"^(?:最佳解答|其他解答|最佳答案|其他回答|其他答案)$")
# A share's quote under its labels (今开：23.02　最高：23.80　最低：22.91　成交量：8.64万手): a finance
# page's widget over the filing it shows.
_QUOTE_FIELD = _compile(r"(今开|昨收|最高|最低|成交量|成交额|换手率|市盈率|振幅|总市值|流通市值)[ \t]*[:：][ \t]*[-+]?\d")
_QUOTE_FIELDS_MIN = 3
# Tags set apart by spaces after their marks (# 加装电梯 # 老旧小区改造 # 城市更新): the page's tags.
_SPACED_TAGS = _compile(r"^#[ \t]+[^#\s]{1,12}(?:[ \t]+#[ \t]+[^#\s]{1,12})+$")
# A post's meta line: a relative time, the device it came from, an edit note.
_POST_META = _compile(
    # (20年前的今天，… and 3天前，我… open a sentence: no post's age)
    # (not a date's spaced day, 2023 年 10 月 16 日前到岗: before that day)
    # (3天前跟着你的攻略去的早市: a sentence's day, its verb run on; a stamp's age stands apart)
    r"(?:^|(?<![月年])\s)\d+\s*(?:秒|分钟|小时|天|日|周|个月|年)\s*前(?=\s|$|[·•|｜)）]|发布|发表|更新|编辑|修改|回复|来自|上传|投稿)|"
    r"^\d+\s*(?:秒|分钟|小时|天|日|周)\s*[·•]?\s*(?:回复|回覆|赞|讚|\d+\s*个?赞)?\s*$|"
    # 刚刚 as a stamp on its own (刚刚 · 来自iPhone), not a sentence's "just now" (刚刚翻行事历…)
    r"(?:^|\s)刚刚(?=$|\s|[·•])|来自\s*\S|IP\s*属地|已编辑(?=$|\s|[·•|｜)）])|已分享给|公开对象|^编辑于|"
    # (昨天 21:04 · 广东　回复: a comment's stamp counted from the day it is read)
    r"^(?:昨天|前天|今天)\s*\d{1,2}:\d{2}\s*(?=$|[·•]|来自|回复(?:\s|$))",
    re.IGNORECASE,
)
# A post's age alone on its line (20小時, 3 天, 5分钟前): what a post's text stands under.
_POST_AGE = _compile(r"^\d{1,3}\s*(?:秒|分钟|小时|天|日|周|星期|个月|年)(?:前)?$")
# A saved page's own stamp line: "date 2025-08-14 …" before the page's text.
_STAMP = rule_cache.compile(r"^date\s+\d{4}-\d{2}-\d{2}\b", re.IGNORECASE)
# A comment's stamp: its day or time, the commenter's region, its likes, joined by dots
# (07-22 · 四川, 山东 · 赞 128, 3小时前 · 北京); one part at least is a day, a time or a count.
_STAMP_PART = r"(?:\d{2,4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}:\d{2}|(?:昨天|前天|今天)(?:\s*\d{1,2}:\d{2})?|\d+\s*(?:秒|分钟|小时|天|周|星期|个月|年)前|[赞讚]\s*\d[\d,.]*[万千]?)"
# (after the commenter's name too: 山水间 2024-05-06 ∙ 浙江, 小白兔 11-20 · 广东; a recent one by
# its day's word, 广东 · 昨天 20:03)
_COMMENT_STAMP = _compile(
    rf"^(?:[^\s·•・∙，。,]{{1,12}}\s+(?={_STAMP_PART}))?(?=.*{_STAMP_PART})(?:(?:{_STAMP_PART}|[\u4e00-\u9fff]{{2,3}})\s*[·•・∙]\s*)+"
    rf"(?:{_STAMP_PART}|[\u4e00-\u9fff]{{2,3}})$"
    # (阿May · 1星期前: the commenter's name, any letters, and how long ago)
    r"|^[^\s·•・∙，。,]{1,16}\s*[·•・∙]\s*\d+\s*(?:秒|分钟|小时|天|周|星期|个月|年)前$"
)
# (#5 樓主 某某: the floor's number, the starter's mark and name)
_POST_NUMBER = _compile(r"^(?:#\d+|\d{1,4}\s*#|[Bb]\d{1,4}|[Bb#]\d+\s+(?:楼主\s+)?\S{1,14}|回复\s*#?\d+|\d+\s*楼|\d+\s*页)$")
# (#hong kong #tea restaurant: Tumblr's tags may hold a space between Latin words)
# (… in a row of three tags or more: not #pragma once, a line of code)
_HASHTAGS = rule_cache.compile(
    r"^(?:[#＃][^#＃\s]{1,20}[#＃]?\s*){1,12}$"
    r"|^(?=(?:[^#＃]*[#＃]){3})(?:[#＃](?:[A-Za-z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*){1,2}(?=\s*(?:[#＃]|$))|[^#＃\s]{1,20}[#＃]?)\s*){3,12}$"
)
# (🏷️ @某某 @某某: a row of tagged accounts may open on a tag's emoji)
# (not one account under a party's emoji, 🎂 @某某: a post's line to its friend)
_HANDLES_ONLY = rule_cache.compile(
    r"^(?:[@＠][\w\-.]{1,30}\s*){1,12}$|^[\U0001F3F7\U0001F465\U0001F516]\ufe0f?\s*(?:[@＠][\w\-.]{1,30}\s*){2,12}$"
)
_COUNT_LINE = _compile(
    r"^(?:共\s*)?\d[\d,.]*\s*[万千kK]?\s*(?:人|个|条|则|次|篇|楼|页|位)\S{0,10}$|"
    r"^\S{1,6}\s*[(（](?!\d{4}\.\d{1,2}\.\d{1,2})\d[\d,.]*[万千kKw]?[)）]$|"  # (v2.3（2024.5.5）: a version's day)
    # label and number pairs (阅读 1.2万 评论 3); a label starts with a letter and holds no colon,
    # so a date (生产日期：2024/4/3) or an offer (优惠：满500减50) is not read as counters
    # (食物：5/5　服務：4/5: a review's scores out of five)
    r"^(?:[^\W\d_][^\s:：，]{0,5}\s*[:：]?\s*\d[\d,.]*[万千kKw]?(?:/(?:5|10))?\s*){2,6}$|"
    # a stamp after a short label: a time (星期三 19:02, 9.8K views 08:21), or a date after what
    # was done (店主回答于 2024-04-12); a fact's date (生产日期：2024/4/3) is content
    # (not an event's time, a coming day or a time of day in words before the hour: 聽日（16日）
    # 晚上7:30, 明天 19:30; a stamp writes its hour in digits after a day gone by)
    r"^(?![^:：]{0,12}?(?:晚上|上午|下午|早上|中午|凌晨|傍晚|明天|明日|明晚|听日|后天|下周|下星期))"
    r"[^:：]{1,12}?\s*(?:[:：]\s*)?(?:\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}\s*)?\d{1,2}:\d{2}(?::\d{2})?$|"
    r"^[^\s:：]{0,8}于\s*[:：]?\s*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_EPAPER_PAGE = rule_cache.compile(r"(?:^|[\s【\[])第?[A-Z]?\d{1,2}\s*版")
# An e-paper's list of its pages (第A01版：要闻 第A02版：综合 …): three pages or more, nothing else.
_EPAPER_PAGES = rule_cache.compile(r"^(?:第?[A-Z]?\d{1,2}\s*版\s*[:：]?\s*[^\s:：]{0,8}\s*){3,}$")
# A search box's prompt (搜索你感兴趣的内容, 请输入关键词) and a login prompt (使用 Instagram 帳號繼續,
# 通过微信登录): the page's tools, never a headline.
_SEARCH_BOX = _compile(
    r"^(?:请输入|输入|搜索|搜寻)(?:[^\s，。,！？!?]{0,12}(?:内容|关键词|关键字|商品|店铺|用户|视频)"
    # (搜索电影、电视剧、综艺、影人: what the box searches, listed)
    r"|[^\s，。,！？!?、]{1,8}(?:、[^\s，。,！？!?、]{1,8}){1,6})[.…]*$"
    # (大家都在搜：跨年灯光秀, 热门搜索：…: the box's suggestions)
    r"|^(?:大家都在搜|大家还在搜|大家正在搜|热门搜索|猜你想搜|相关搜索|搜索热词)\s*[:：]\s*[^，。！？,!?]{1,24}$"
    # (搜索问题，如：退票手续费: the box's prompt with an example of what to type)
    r"|^(?:请输入|输入|搜索|搜寻)[^\s，。,！？!?]{0,8}[，,]?\s*(?:如|例如|比如)\s*[:：]\s*[^，。！？,!?]{1,16}$"
)
_LOGIN_PROMPT = _compile(
    r"^(?:使用|用|以|通过|透过)\s*(?:[^\s，。,]{1,12}\s*(?:帐号|账号|帐户|账户)|[A-Za-z][A-Za-z ]{1,15}|"
    r"微信|微博|手机号|邮箱)\s*(?:继续|登录|登入)$"
)
# A page's zoom tools (放大 缩小 默认, 字体 大 中 小): two words of them or more, nothing else.
_ZOOM_ROW = rule_cache.compile(r"^(?:(?:放大|缩小|默认|还原|字体|字号|大|中|小)\s*){2,6}$")
# [港聞], 【新聞】, (宗合): a section label or a writer's short name in brackets; not 【编者按】.
# A credit line without colons: 来源某某校对某某 编辑 (two or more credit words, no sentence).
_CREDIT_WORDS = rule_cache.compile(r"来源|校对|责编|编辑|作者|记者|摄影|翻译|编译|审校|出品|策划|统筹|美编|审核")
# A dateline with the writers or the account after it: 2017-03-01 方园婧 杨林 36氪.
# (not a diary's day, its hour and weather: 2021.02.28 晚 陰天多雲, the writer's own line)
#: A schedule's strip of days to pick (‹ 昨天　今天　明天 ›, 02-14 周六　02-15 周日　02-16 周一): three
#: days or more and nothing else, its buttons, not the story's days.
_DAY_TABS = rule_cache.compile(
    # (each day with its weekday, 02-14 周六, or the days named from today: not a notice's session
    # days, 3月2日　3月9日　3月16日, nor a class's 周一　周三　周五)
    r"^(?:[‹›<>«»◀▶]\s*)?(?:\d{1,2}[-/]\d{1,2}\s*(?:周|星期)[一二三四五六日天]|昨天|今天|明天|前天|后天)"
    r"(?:[ \t\u3000]+(?:\d{1,2}[-/]\d{1,2}\s*(?:周|星期)[一二三四五六日天]|昨天|今天|明天|前天|后天)){2,}"
    r"(?:\s*[‹›<>«»◀▶])?$"
)
_DATE_NAMES = rule_cache.compile(
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\s+(?:早上?|中午|下午|傍晚|晚上?|夜晚?|深夜|凌晨|清晨)?\s*\S{0,2}(?:晴|阴|多云|雨|雪))(?:\s+\S{1,8}){2,5}$"
)
# (not a section of the page's own content: 【基本資料】, 【每週進度】, 【評分方式】)
_BRACKET_LABEL = rule_cache.compile(
    r"^[\[【(（](?!编者按|编按|导语|摘要|前言|按语)(?!\S{0,2}(?:资料|说明|进度|方式|须知|安排|流程|内容|目标|大纲|规则|概览|概况|总结|攻略|心得|花费|预算|行程)[\]】)）])\S{1,4}[\]】)）]$"
)
_REPORTERS = _compile(
    r"^[■●◆]?\s*\S{0,6}(?:记者|通讯员|实习生|特约记者|摄影记者|见习记者)\s*[\u4e00-\u9fff]{2,4}"
    r"(?:\s+\S{0,6}(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff]{2,4})*(?:\s*摄)?$|"
    # the paper and its app named before the reporters, the others' names after them
    # (齐鲁晚报·齐鲁壹点记者 孙梦瑶 实习生 刘子涵, 明報記者 林慧欣 黃卓朗)
    r"^[^\s，。,、]{1,12}?(?:报|网|社|台|新闻)[^\s，。,、]{0,10}?(?:见习|特约|实习)?记者[\s:：]*[\u4e00-\u9fff]{2,4}"
    r"(?:[\s、]+(?:实习生|通讯员|见习记者|摄影)?[\s:：]*[\u4e00-\u9fff]{2,4}){0,4}$|"
    # the same in brackets, closing the story (（本报记者 某某）)
    r"^[（(]\s*\S{0,6}(?:记者|通讯员|实习生|特约记者|见习记者)\s*[\u4e00-\u9fff]{2,4}"
    # (（本报记者 郑一鸣 文/图）: the words and the pictures theirs)
    r"(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,3}(?:\s*(?:摄|摄影|文[/／]图|图[/／]文|图文|文并摄|文并图))?\s*[)）]$|"
    # the outlet, the reporter and the place (21世纪经济报道 记者 某某 上海报道)
    r"^[^\s，。,]{2,16}\s+(?:记者|通讯员|特约记者)\s+[\u4e00-\u9fff]{2,4}\s+[\u4e00-\u9fff]{2,6}(?:报道|报导)$|"
    # a broadcaster's sign-off under its story: the outlet, its crew's names, the place
    # (TVBS新聞 鄭雅文 黃志成 台北報導, 某某新聞 王某 李某 綜合報導)
    r"^[^\s，。,]{2,12}(?:新闻|电视|电视台|台)\s+(?:[\u4e00-\u9fff]{2,4}\s+){1,4}[\u4e00-\u9fff]{0,4}(?:报道|报导)$"
)
_SENTENCE_PUNCT = rule_cache.compile(r"[。！？!?；;]")
# LIHKG's votes under a reply (29 👍　1 👎): the forum's counter, never the reply's words.
# (12 👍 3 👎; LIHKG's ▲ 35 ▼ 0, its arrows before the counts)
_VOTE_ROW = rule_cache.compile(
    r"^\d[\d,.]*[kK万]?[ \t]*👍[ \t\u3000]*\d[\d,.]*[kK万]?[ \t]*👎$|^[▲△][ \t]*\d[\d,.]*[kK万]?[ \t\u3000]*[▼▽][ \t]*\d[\d,.]*[kK万]?$"
    # (对我有用[2] 丢个板砖[0] 引用 | 举报 | 管理: a reply's votes as buttons with their counts)
    r"|^(?:[\u4e00-\u9fff]{2,6}[ \t]*[\[［]\d{1,6}[\]］][ \t]*){2,}(?:[\u4e00-\u9fff]{2,4}(?:[ \t]*[|｜][ \t]*[\u4e00-\u9fff]{2,4})*)?$"
)
_END_MARK = _compile(
    r"^[\s\-—–－=*·.。()（）【】\[\]]*(?:END|The End|完|全文完|本文完)[\s\-—–－=*·.。()（）【】\[\]]*$",
    re.IGNORECASE,
)
# A social site's words in place of a picture (相片由一頁書房提供，可能是書架和室內的圖像, 可能是 2 人和文字的圖像,
# May be an image of …): the page's description of an image, no words of the post.
_ALT_TEXT = _compile(
    r"^(?:(?:相片|照片|图片)由.{1,24}提供[，,]\s*)?可能是[^，。,！？!?]{1,40}?的?图像$"
    r"|^May be an? (?:image|photo|graphic|illustration|cartoon|meme|screenshot)\b.{0,60}$"
    # (柚子茶在讀書-avatar-img, raw-image: an image's name left where a column's picture stood)
    r"|^[^\s，。！？!?]{0,30}-avatar-img$|^raw-image$|^(?:image|img)-\d{0,6}$",
    re.IGNORECASE,
)
# A reprint's credit on its own line (本新聞由東網提供, 本文由三立新聞網授權轉載): where the story
# came from, not a sentence of it.
_REPRINT_CREDIT = _compile(
    r"^(?:本|此)(?:新闻|文|文章|内容|资讯|影片|视频|报道)(?:由|经)\s*\S{1,16}?\s*"
    r"(?:提供|授权转载|授权刊登|授权|供稿|转载)[。.]?$"
)
# A post's words before the story it pastes (转自苏州发布：, 以下转载政府新闻公报：, 原文：), in either
# script: the story's headline and dateline follow within a few lines, the story's, not the page's.
QUOTE_INTRO = rule_cache.compile(
    r"^(?![^:：]*(?:[请請]|注明|出[处處]|[链鏈]接|[网網]址|地址))"  # (not 转载请注明出处：, 原文链接：)
    r"(?:[转轉]自|[转轉][载載]自?|[转轉][贴貼]自|[转轉][发發]自|以下[转轉][载載]|原文|新[闻聞]原文)\S{0,12}[:：]$"
)
# The characters a rule between parts of a page is drawn with (──, ——, ---, ===, ~~).
RULE_CHARS = "[─━—\\-=＝_~～]"
# A divider with its words between rules (──以下為舊文…──, —— 以上为聊天记录 ——, ~~ 某某 ~~): the
# page's own mark between parts, not a sentence of either.
_NOT_RULE = RULE_CHARS.replace("[", "[^", 1)
_RULE_ONLY = rule_cache.compile(rf"{RULE_CHARS}+")
_WRAPPED_DIVIDER = _compile(
    rf"^{RULE_CHARS}{{2,}}(?={_NOT_RULE}{{0,32}}(?:以下|以上|结束|到此|原文|旧文|转载|聊天记录|正文|分割线|END|End|end)"
    rf"|\s*(?:全文)?完(?:毕)?\s*{RULE_CHARS})"
    rf"{_NOT_RULE}{{1,32}}{RULE_CHARS}{{2,}}$"
)
# A link card's or a floor's source and day (星島頭條 · 2026年3月7日, B1 · 2026年3月10日 10:41,
# 浙江杭州 · 2025-09-03): the card's stamp, never the story's.
_SOURCE_DOT_DATE = _compile(
    r"^[^\s·・]{1,12}[ \t\u3000]*[·・][ \t\u3000]*\d{4}[ \t\u3000]*[年/\-.][ \t\u3000]*\d{1,2}[ \t\u3000]*[月/\-.]"
    r"[ \t\u3000]*\d{1,2}日?(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    # (… and the post's category after another dot, a kind of news: 巴士圈編輯部 ・ 2023年3月12日 ・
    # 巴士新聞; not a diary's weather, 池上 · 2023年3月12日 · 晴)
    r"(?:[ \t\u3000]*[·・][ \t\u3000]*[^\s·・，。,！？!?]{0,8}(?:新闻|资讯|消息|快讯|报道|公告|专栏|评论))?$"
)
# A release's own labels (即时发布, For Immediate Release, 媒体联系), a promo link under an
# arrow (►快新闻／…, ▶ 影片载入中…), an attachment with its size (某某.pdf（125KB）).
_RELEASE_LABEL = _compile(
    r"^(?:即时发布|即时发放|供即时发布|新闻稿|新闻发布|for immediate release|"
    r"媒体联系|媒体查询|传媒查询|传媒联络|媒体联络|新闻联系|media contacts?|press contacts?)[:：]?$",
    re.IGNORECASE,
)
# (not ▶️ with the emoji's selector, a post's own bullet: ▶️ 年廿九（1月28日）休息，…)
_ARROW_LINK = _compile(r"^[►▶](?!\ufe0f)")
_ARROW_MAX = 50
_ATTACHMENT = _compile(
    r"^\S[^。！？!?]{0,60}\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|txt|csv)"
    # (its size, or its counter, after it: （1.2 MB）, （下載次數：88）)
    r"\s*(?:[（(]\s*\d[\d.,]*\s*[KMG]?B\s*[)）]|[（(][^（）()]{0,8}[:：]?\s*\d[\d,]*\s*次?[)）])?$"
    # (．轉學生招生簡章（PDF，2.4MB）, ．低收入戶減免申請表（DOCX）: the file's kind in brackets)
    r"|^\S[^。！？!?]{0,60}[（(](?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|csv)(?:\s*[，,、]\s*\d[\d.,]*\s*[KMG]?B)?[)）]$",
    re.IGNORECASE,
)
# A record's head row: labelled fields apart by wide gaps, one of them its stamp (序號：2　發言日期：
# 114/08/12　發言時間：17:48:06, 符合條款：第14款　事實發生日：114/08/12): a filing's or a
# notice's fields, not the story (a contact row or a form's blanks has no date).
_RECORD_FIELD = _compile(r"^[\u4e00-\u9fff]{1,8}\s*[:：]\s*[^\s，,。；;！？!?]{1,24}$")
# (a filing's own stamps, 發言日期, 公告日期, 事實發生日; not an event's, 活動日期, 報名時間, 開放時間)
_RECORD_STAMP = _compile(
    r"(?:发言|公告|发文|发布|申报|更新|事实发生)(?:时间|日期|日)\s*[:：]\s*\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$"
)
_RECORD_GAP = _compile(r"\u3000+|[ \t]{2,}")


def _record_row(line: str) -> bool:
    """Two or more labelled fields apart by wide gaps, one of them a date under its label."""
    fields = [f.strip() for f in _RECORD_GAP.split(line) if f.strip()]
    return (
        2 <= len(fields) <= 6
        and all(_RECORD_FIELD.match(f) for f in fields)
        and any(_RECORD_STAMP.search(f) for f in fields)
    )


# A link to another post with its count of replies (福州三坊七巷冷门小吃地图 (3回应)), a list's
# link to the rest (某某的最新日记 (全部)): a site's lists.
_LINK_WITH_COUNT = _compile(
    r"^[^。！？!?]{2,40}?[ \t\u3000·]*[(（](?:\d[\d,]*\s*(?:回应|回复|条回复|则回应|评论|条评论|则留言|留言)|全部)[)）]$"
)
# Another video in the player's list: its title, its uploader, its plays and its day
# (下雨天怎么练？跑步机间歇实录 跑不动的老陈 8.9万播放 2023-10-26, 某某 · 3.2萬次觀看 · 2天前).
_VIDEO_ENTRY = _compile(
    r"^[^。]{2,80}?[ \t\u3000·]\d[\d,.]*\s*[万亿]?次?(?:播放|观看)[ \t\u3000·]*"
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}|\d+\s*(?:分钟|小时|天|周|个月|年)前)$"
)
# A thread's page of its pages (1/3 頁, 第 2 / 5 页): its pager.
_PAGE_OF = _compile(r"^(?:第\s*)?\d{1,3}\s*/\s*\d{1,3}\s*页$")
# Who gathered the piece, in brackets on its own line (（孙蔚然 整理）, （記者林某某編譯）).
# (or the sources it was put together from, （综合@某某发布 @某某交警）, （本文综合自某某日报 记者 某某）)
_GATHERED_BY = _compile(
    r"^[（(](?:[^()（），。,！？!?]{2,16}?\s*(?:整理|编译|采写|综合整理|综合报道)|(?:本文)?综合(?:自(?!己)|[:：]|\s*@)[^()（）。！？!?]{2,50})[)）]$"
)
# A question listed with its count of answers (杭州租房押金一般多久退？ 18 个回答).
_QUESTION_WITH_COUNT = _compile(r"^[^。！!，,]{4,40}?[？?]\s*[\d,]+[万kK]?\s*(?:个回答|条回答|个回复|条回复|个讨论)$")
# An image's place with its caption ([圖片] 店門口排隊人潮, 【圖】考生昨日到學校…（明報記者攝）):
# the picture's label, not the story.
_IMAGE_LABEL = _compile(
    # (not 【图片】周末去黄山: a forum's tag over its post's headline)
    # ([微博截图], and a caption closed by its full stop: [图片] 1月24日，江城站工作人员在候车大厅布置展板。)
    r"^(?:\[(?:图片|图|照片|相片|截图|视频截图|微博截图|image|photo|img)\]|【图】)[ \t\u3000]*"
    # (not the poster's own words after the picture, [图片] 今天我们去了公园，…。: "we" tell it)
    r"(?:[^\[【。！？!?]{0,40}|[^\[【]{0,80}[（(][^（）()]{0,12}摄[）)]|(?![^。]*[我咱俺])[^\[【。！？!?]{2,120}。)$",
    re.IGNORECASE,
)
# A shop's price with its link (京东 某某手机 12GB+256GB 2299 元 直达链接): a buying widget.
_BUY_LINK = _compile(r"^[^。！？!?，,]{2,60}\d\s*元\s*(?:直达链接|购买链接|去购买|立即购买|去看看|查看详情)$")
_INLINE_META = _compile(
    # (食評日期：2021-08-20: a review's own day under the review, OpenRice's label)
    r"(?:^|\s)(?:来源|作者|编辑|责任编辑|发布时间|发布于|记者|通讯员|发布人|发布者|发布日期|更新时间|更新日期|最后更新|最近更新|上载日期|上传日期|上载时间|上传时间|"
    r"食评日期|点评日期|评论日期|"
    r"点阅|点阅次数|浏览次数|浏览人次|点击数|点击次数)\s*[:：]"
)
# A page's tag label (标签, 新聞關鍵字, Tags), with a colon, or with its terms after a space
# (文章標籤 台中美食 和牛): the page's index, whatever the terms are.
# (熱門搜尋：海晴．灣畔　啟德新盤: the site's searches, a row of terms as tags are)
_TAG_WORD = r"(?:(?:文章|相关|新闻|热门)?(?:标签|关键词|关键字)|相关字词|热门搜[索寻]|相关搜[索寻]|tags?|keywords?)"
_TAG_LABEL = _compile(
    rf"^{_TAG_WORD}(?:\s*[:：]\s*(.*)|\s+([^\s，,。；;！？!?]{{1,12}}(?:\s+[^\s，,。；;！？!?]{{1,12}}){{1,14}}))$",
    re.IGNORECASE,
)
# The tag label alone on its line (新聞關鍵字), over its row of terms.
_TAG_HEAD = _compile(rf"^{_TAG_WORD}\s*[:：]?$", re.IGNORECASE)
_LEGAL = _compile(
    # (a mainland government site's identifier code, 网站标识码, stands only in its footer)
    # ((c) 授權董事會釐定董事酬金。: a resolution's lettered item, no copyright sign)
    r"(?:©|(?<!^)\(c\)|^\(c\)(?![ \t]*[\u4e00-\u9fff])|copyright|版权所有|版权归|著作权所有|all rights reserved|ICP\s*[备证]|公网安备|网安备|网站标识码|"
    # (互联网新闻信息服务许可证：3112017…: a mainland news site's licence, in its footer)
    r"信息服务许可证\s*[:：]?\s*[0-9A-Za-z]|^互联网(?:新闻)?信息服务许可证?$|"
    # (信息网络传播视听节目许可证：1109402: a broadcaster's licence; 审批文号：国新出审〔2020〕…: a game's licence)
    r"视听节目许可证\s*[:：]?\s*[0-9A-Za-z]|审批文号\s*[:：]\s*国新出审|^适龄提示\s*[:：]|"
    # (粤A2-20044005号: a telecom operating licence's number alone in a mainland footer)
    r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]\d-\d{8}号?$|"
    # (an online culture licence, 京网文〔2023〕1007-026号, stands only in a mainland site's footer)
    r"^[\u4e00-\u9fff]{1,2}网文\s*[〔\[［(（]\d{4}[〕\]］)）]\s*\S{1,20}号$)",
    re.IGNORECASE,
)
_LEGAL_WEAK = _compile(r"违法和不良信息|举报电话|增值电信|举报中心|客服中心|帮助中心|\b(?:powered|proudly powered) by\b", re.IGNORECASE)
_PAGER = _compile(
    r"^(?:(?:上一页|下一页|首页|尾页|末页|上一篇|下一篇|上一则|下一则|上一条|下一条|上一版|下一版|上一期|下一期|"
    r"上一主题|下一主题|上一帖|下一帖|上一贴|下一贴|上一集|下一集|"
    r"第\s*\d+\s*页|共\s*\d+\s*页|\d+|…|\.\.\.)[\s:：,，|｜/／]*){2,}"
    # a thread's pages with its counts after them (第 1 頁 / 共 3 頁　回覆：64　瀏覽：8,912)
    r"(?:[\s\u3000]+(?:回复|回覆|浏览|阅读|点击|查看)\s*[:：]?\s*[\d,.]+[万千kK]?)*$"
    # (第 1 頁 alone over a thread's first floor: the page of the thread being read)
    r"|^第\s*\d{1,3}\s*页(?:\s*[/／]\s*共?\s*\d{1,3}\s*页)?$"
    # (本页为第1页 共3页; ‹‹ 上一主題 | 下一主題 ››: the same, in words or between arrows)
    r"|^本页(?:为|是)?第\s*\d{1,3}\s*页[\s,，]*共\s*\d{1,3}\s*页$"
    r"|^[‹«<]{1,2}\s*上一(?:主题|页|篇|帖)\s*[|｜/]\s*下一(?:主题|页|篇|帖)\s*[›»>]{1,2}$"
    # (頁數：1 / 3: the thread's page of its pages)
    r"|^(?:页数|页次|页码)\s*[:：]?\s*\d{1,3}\s*[/／]\s*\d{1,3}$"
)
# Phrases that say plainly what a line is, wherever it stands (bounded by length below).
_FURNITURE = _compile(
    r"(?:"
    # (文章分類：烘焙點心(58)　家常料理(112)…: a blog's categories with their counts)
    r"^(?:文章分类|分类|文章类别|类别)\s*[:：]\s*(?:[^\s(（]{1,10}\s*[(（]\d+[)）][\s\u3000|｜]*){2,}$|"
    # (【上一篇】关于…的通知, 【下一篇】…: a link to the notice before or after this one)
    r"^[【\[](?:上一篇|下一篇|上一条|下一条|上一则|下一则|上篇|下篇)[】\]]\s*\S|"
    # (a Discuz archive page's foot and path: 页: [1] [2], 查看完整版本: …, » 育儿宝典)
    r"^页\s*[:：]\s*\[\d+\](?:\s*\[\d+\]|\s+\d+)*$|^查看完整版本\s*[:：]\s*\S|^[»›]\s*[^\s，。,！？!?：:\d]{1,10}$|"
    # (a Douban group's name and its members, and its comments' heading: 最赞回应, 全部回应)
    r"^小组\s*[:：]\s*\S{1,20}\s*[(（][\d,]+\s*人加入[)）]$|^(?:最赞|全部|热门|最新)回应$|"
    # (a footer's address and post code: 地址：…　邮编：214000)
    r"^地址\s*[:：].{2,40}[\s\u3000]+(?:邮编|邮政编码)\s*[:：]?\s*\d{6}$|"
    # (the account channels a site names side by side: 官方微信：某某　官方微博：@某某)
    r"^(?:(?:官方|政务)(?:微信|微博|抖音)(?:公众号)?\s*[:：]?|(?:微信|微博|抖音)(?:公众号)?\s*[:：])\s*\S{1,16}[\s\u3000]+"
    r"(?:(?:官方|政务)(?:微信|微博|抖音)(?:公众号)?\s*[:：]?|(?:微信|微博|抖音)(?:公众号)?\s*[:：])\s*\S{1,16}$|"
    # (a listed company's header: （於開曼群島註冊成立之有限公司）, （股份代號：2899）)
    r"^[（(](?:于|於)?\S{0,12}注册成立之有限公司[)）]$|^[（(](?:股份代号|股票代号|股票代码|股份代码)\s*[:：]\s*\d{3,6}[)）]$|"
    # a login box's fields and links (電子郵件或手機號碼 / 密碼 / 登入 / 忘記帳號？, 使用 Instagram 帳號登入)
    r"^(?:电子邮件|电子邮箱|电邮|邮箱|手机号码?|电话号码|账号|帐号|用户名)(?:地址)?(?:\s*(?:或|/|、)\s*(?:电子邮件|电子邮箱|电邮|邮箱|手机号码?|电话号码|账号|帐号|用户名)(?:地址)?){0,3}$|"
    # (a comment box's fields, 昵称 / 邮箱 / 网址(http://))
    r"^(?:昵称|称呼|网址|网址\s*[(（]http://[)）])$|"
    r"^密码$|^忘记(?:了)?(?:密码|账号|帐号|账户|帐户)\s*[？?]?$|^(?:使用|用|以)\s*\S{1,12}\s*(?:账号|帐号|账户|帐户)\s*(?:登录|登入)$|"
    # a quote's or a comment's header naming its writer (大頭鮭魚 wrote:, 阿May 說...)
    # (a story's 他說： over a quote has no space before its verb and a colon after it)
    r"^[^\s，。,：:！？!?]{1,20}\s*(?:wrote|said|says)\s*[:：]$|^[^\s，。,：:！？!?]{1,20}\s+(?:说|写道)\s*(?:\.{3}|…)$|"
    # a reply's quote header: the quote word, the quoted poster and a colon or the stamp
    # (引用 @某某 发表的:, 引用：某某 的回复：, 引用 某某 发表于 2024-3-8 10:00)
    # (a quoted saying, 引用一句老话：, names no poster with an @, a verb of posting or a stamp)
    r"^(?:引用|引述)(?:\s*[:：]\s*|\s+)(?:[@＠][^\s，。,：:！？!?]{1,20}\s*[:：]|[@＠]?[^\s，。,：:！？!?]{1,20}\s*"
    r"(?:(?:发表的|的(?:帖子|回复|发言)|说|写道)\s*[:：]|发表于\s*\d[\d\-/.:\s]{4,20}(?:的内容)?\s*[:：]?))$|"
    # or only the floor it quotes (引用 #4, 引用 3楼:)
    r"^(?:引用|引述)\s*(?:#\d{1,4}|第?\s*\d{1,4}\s*楼|[Bb]\d{1,4})\s*[:：]?$|"  # (see _QUOTE_FLOOR)
    # a video card's caption that the platform writes under a post (某某的微博视频)
    r"^[^\s，。,！？!?]{1,24}的(?:微博|秒拍|抖音|快手)(?:视频|直播)$|"
    # the end of a feed, an empty widget's prompt, a blog platform's share link and credit
    r"^(?:已经)?(?:到底了|到底啦|没有更多了|没有更多内容了?)\s*[!！~～。.]*$|还没有人(?:赞赏|评论|留言|回答|点赞)|"
    # (—— 来自 Xiaomi 23127PN0CC, Android 15上的 S1Next-鹅版 v2.5.4: a forum app's signature under a floor)
    r"^[—-]{1,2}\s*来自\s*\S.{0,60}上的\s*[A-Za-z]\S{0,30}(?:\s+v?\d[\d.]*)?$|"
    r"(?:快来|来)(?:当|成为|做)第一个(?:赞赏|评论|留言|回答|点赞)|^以电子邮件(?:传送|发送|分享)|^技术提供\s*[:：]|"
    # an embedded post's frame (在 Instagram 查看這則貼文 / ngkaching_分享的貼文, View this post on
    # Instagram) and a social site's sign-up box (新加入 X？ / 立即註冊以取得你專屬的個人化時間軸！)
    r"^在\s*(?:Instagram|IG|Threads|Facebook|X)\s*(?:上)?查看这(?:则|个|篇)(?:贴文|帖子|帖文|动态)$|"
    r"^View this post on (?:Instagram|Threads)$|^(?:[A-Za-z0-9_.]{2,30}|[^\s，。,！？!?]{1,20}\s*[(（][@＠][A-Za-z0-9_.]{2,30}[)）])\s*分享的(?:贴文|帖子|帖文)$|"
    r"^新加入\s*(?:X|Twitter|Threads|推特)\s*[？?]$|^立即注册以(?:取得|获得|获取)(?:你|您)专属的个人化时间轴|"
    # (iPhone 截屏　iPad 截屏: the App Store preview's screenshot tabs)
    r"^(?:iPhone|iPad|Mac|Apple Watch)\s*截屏(?:[\s\u3000]+(?:iPhone|iPad|Mac|Apple Watch)\s*截屏)*$|"
    # a poll's call under a story (【你點睇？】…立即投票！), opening on its bracketed label (not
    # 歌迷可於10月31日前登入官網立即投票！, a story's sentence)
    r"^[【\[][^】\]]{1,12}[】\]].{0,40}立即投票[!！]?$|"
    # ad markers and "read on" prompts
    r"^(?:广告|AD|Advertisement|Sponsored|赞助内容|推广|赞助商广告|广告赞助)(?:\s|$)|请继续往下阅读|继续阅读下文|"
    r"^[［\[【(（]\s*(?:广告|AD|Advertisement|Sponsored|赞助内容|推广)\s*[］\]】)）]$|"
    # (between arrows or bars: ▼ 廣告 ▼, — 广告 —)
    r"^[▼▲▽△↓\-—–─=*]+\s*(?:广告|AD|Advertisement|Sponsored)\s*[▼▲▽△↓\-—–─=*]+$|"
    # an app prompt with its pitch (下載某某APP　重大新聞即時推播), a release's distributor's
    # note (本新闻稿由某某代为发布), a WeChat post's closing prompt (点个“在看”)
    r"^(?:下载|打开)\S{0,10}APP[\s\u3000]+\S{0,12}(?:推播|推送|通知|更方便|第一时间)|"
    r"^本(?:新闻稿|稿件|文|稿)由\S{1,20}(?:代为)?(?:发布|发送|分发)$|点(?:个|亮|一下)?\s*[“\"「『]?在看[”\"」』]?|"
    r"往下继续阅读|较新的文章|较旧的文章|下滑继续阅读|^赞助商(?:链接|连结)$|"
    # a page's view counter in a sentence (此文章已被瀏覽 3,271 次)
    r"已被(?:浏览|阅读|观看|点阅|检视)\s*[\d,]+\s*次|"
    # a video's views and its day (2.3萬次觀看  2024年2月6日, 1.2万次播放 · 3天前)
    r"^[\d.,]+\s*[万千亿kKmM]?\s*次?(?:观看|播放)(?:\s*[·・|｜]?\s*\S.{0,20})?$|"
    # (觀看次數：45,213次  2019年12月31日: the same under its label)
    r"^(?:观看|播放)(?:次数|量)\s*[:：]?\s*[\d.,]+\s*[万千亿kKmM]?\s*次?(?:\s*[·・|｜]?\s*\S.{0,20})?$|"
    # the link to the story's source (原始連結) and the reader's way back (回上一頁)
    r"^原始(?:链接|连结|网址)$|^(?:回|返回)上一?页$|"
    # the site's own links and notes round a page: the way back to a list (回最新消息列表), the
    # previous and next items on one row, the links to friends' sites, a browser advice, the
    # site's last update
    r"^(?:回|返回)\S{0,8}列表$|^上一[篇则条页章]\S{0,6}\s+下一[篇则条页章]\S{0,6}$|"
    r"^友情链接\s*[:：]|^(?:建议|推荐)(?:使用)?\S{0,4}浏览器\s*[:：]|^本(?:网站|站|网页)最后更新|"
    # a reactions widget's question (看完這篇新聞，您有什麼感想？)
    r"^看完\S{0,6}[，,]\s*(?:您|你)有什么(?:感想|看法|感受)|"
    # a trip's or a guide's table of contents on one row (目录　D1 西街　D2 …)
    r"^(?:目录|目次)(?:\s+\S{1,12}){3,}$|"
    # tools
    r"列印本页|打印本页|字体\s*[:：]|[大中小]\s+[大中小]\s+[大中小]|分享至|分享到|(?:文字|字体|字型)大小|"
    r"复制链接|复制网址|复制连结|加入书签|加入收藏|收藏本文|转寄|放大字体|缩小字体|"
    # accessibility
    r"跳到主要内容|跳至主要内容|跳到主内容|^(?:跳至|跳到|跳转到|前往)(?:内容|正文|主文|主内容区)$|跳过导航|跳过导览|^跳至导览[ \t]+跳至搜寻$|^跳到导航[ \t\u3000]+跳到搜索$|^(?:跳至|跳到|跳转到)(?:导览|导航|搜寻|搜索)$|^:::|skip to (?:main )?content|网站导览|"
    # app prompts
    # (iOS App下載Android App下載, 中央社一手新聞APP Icon…: the stores' buttons, an app's icon and name)
    r"下载\s*APP|^(?:\S{0,8}\s?(?:APP|App)\s*下载\s*)+$|^\S{2,16}(?:APP|App)\s*Icon\S{0,16}(?:APP|App)$|阅读器中?\s*(?:沉浸|打开|继续)?阅读|^沉浸(?:式)?阅读$|打开\s*APP|APP\s*内|APP\s*阅读|扫一扫|扫描\S{0,4}二维码|扫描QR|立即下载|App\s*Store|Google\s*Play|"
    # a call to action that ends a line (现已开启预约 立即了解 >, 立即購票)
    r"(?:立即|马上|现在就?)(?:了解|购买|购票|抢购|预约|预订|订购|体验|查看|报名)\s*[>》›]*$|"
    # follow us on …: 關注我們：Instagram …, 追蹤本校IG：@…
    r"^(?:追踪|关注|追随|订阅)(?:我们|本\S{1,2})\s*+(?:IG|FB|Instagram|Facebook|Threads|YouTube|微博|公众号|LINE)?\s*+[:：]|"
    # (追蹤我們的最新招聘資訊：IG @…: what the follow brings, then where)
    r"^(?:追踪|关注|追随|订阅)我们的\S{0,10}[:：]\s*+(?:IG|FB|Instagram|Facebook|Threads|YouTube|微博|公众号|LINE)?\s*+[@＠]|"
    # a chat's system notices; a forwarded message's and a bot's credit (Telegram)
    r"撤回了一条消息|加入了群聊|退出了群聊|移出了群聊|修改群名为|^Forwarded from\s|^via\s+[@＠]|"
    # age gates
    # (an age gate, 未滿18歲請離開, 是否已年滿18歲？; not 未滿18歲嘅小朋友都可以免費接種)
    r"最佳浏览|内容分级|(?:未满|年满)\s*18\s*岁?(?:者|的?(?:读者|用户|网友))?\s*(?:请|禁止|不得|谢绝|勿|方可|才可|才能|以上|[？?])|"
    # e-paper navigation
    r"^第?\s*[A-Z]{0,2}\d{1,3}\s*版\s*[:：]|版面导航|版面导览|PDF\s*版|返回目录|本版新闻|往期回顾|"
    # (a page in its list by code and section alone: A05 城事, B03版 体育; an itinerary's D4 中秋节
    # is a day of the trip)
    r"^[ABC]\d{2}(?:\s*版\s*[:：]?\s*|\s*[:：]\s*|\s+)[\u4e00-\u9fff]{2,4}$|"
    # back to top, more, follow us
    r"回到顶部|返回顶部|回首页|^▲?TOP$|^看更多|查看更多|^更多\S{0,8}$|更多精彩|点我看|点我下载|按我看|"
    r"欢迎加入|加入\S{0,12}(?:LINE|好友|粉丝团|会员)|(?:登记|注册)(?:成为)?\S{0,8}会员[，,]?\s*(?:即享|即可享|尊享|独享|专享)|请订阅|^订阅\S{1,8}[\s\u3000]+解锁|订阅\S{0,12}(?:YouTube|频道)|喜欢这篇文章|"
    # a call to follow a channel (快來追蹤我的YouTube頻道), a creator's offer (商务合作请私信)
    r"(?:快来|快|欢迎|记得|请|一起来?)(?:追踪|订阅|关注)\S{0,8}(?:YouTube|频道|IG|Instagram|粉丝团|粉专)|"
    r"商务合作请?(?:私信|联系|洽)|(?:请)?点此(?:投稿|订阅|下载|加入|查看|阅读)|(?:启动|开启|订阅)\S{0,6}推播|"
    r"^分享\s*[:：]|^说点什么|说点什么(?:\.{2,}|…)|写评论|发表评论|旗下网站|"
    # (本文為天下會員專屬內容，訂閱即可閱讀全文, 登录后获取更多权限: a paywall's or a login's prompt;
    # 成為《報導者》定期定額贊助者: a call to give; 点击收听: a player's button)
    r"会员专属内容|订阅(?:后)?即可阅读全文|^登录后(?:获取|查看|解锁)|^成为\S{0,12}(?:定期定额)?赞助者$|^点击收听$|"
    # (云溪县融媒体中心 主办: who runs the site)
    r"^[\u4e00-\u9fff]{2,14}(?:中心|网|电视台|电台|报社|传媒|集团|媒体|融媒)[ \t\u3000]+主办$|"
    # (（视觉中国/图）: a picture's credit alone)
    r"^[（(][^（()）]{2,10}[/／]\s*图[)）]$|"
    # (此問題的最佳解答由發問者自己選出: how a Q&A page's best answer was chosen)
    r"^此问题的最佳解答由|^最佳解答由\S{1,6}选出|"
    # (我也说两句, 我要發問: a comment box's or a Q&A box's button)
    r"^我(?:也|要)(?:说两句|说一句|发问|提问|评论|留言)$|"
    # a search box's prompt (搜索你感兴趣的内容…, 请输入关键词...), or its query (搜尋「Switch OLED」)
    r"^(?:搜索|搜寻|请输入)[^，,。！？!?]{0,14}(?:…|\.{3})$|^(?:搜索|搜寻)[「“\"][^」”\"]{1,30}[」”\"]$|"
    # pagers with the other story's headline, "see all answers", add-a-comment boxes, loaders
    # (with the arrow that points the way before it, « 上一篇：…, » 下一篇：…)
    r"^(?:[«»‹›<>←→]\s*)?(?:此分类|本分类|同分类|本栏目|此栏目)?(?:上一篇|下一篇|上一则|下一则|上一条|下一条|上一笔|下一笔|上篇|下篇|上一页|下一页|上一主题|下一主题|上一期|下一期)(?:文章|更新)?\s*(?:[:：]|[›»>]*$|[←→]\s*\S)|"
    # (文章导航 over a blog's 上一篇 ← … / 下一篇 → …)
    r"^(?:文章导航|文章导览|帖子导航)$|"
    # (百度知道: 浏览 3562 次 under the question, 问题描述：over its text, 本回答由某某推荐 under an answer,
    # and a sponsored #热议# topic between the question and its answers)
    r"^浏览\s*[\d,.]+\s*万?\s*次$|^问题描述\s*[:：]$|^本回答由\S{1,20}推荐$|^#热议#\s*\S|"
    r"^(?:延伸阅读|相关新闻|相关阅读|推荐阅读|更多新闻|相关报道|相关文章)\s*[:：]|^(?:加载|载入|读取)更多|"
    # a video page's labels over its transcript or its blurb (【影片文字稿】, 视频简介：)
    r"^[【\[]?(?:影片|视频|影音)(?:文字稿|文稿|逐字稿|简介|介绍|内容|全文)[】\]]?\s*[:：]?$|"
    # a player's controls (CC 字幕 ｜ 全螢幕, 倍速 画质 全屏)
    r"^(?:(?:CC|字幕|全屏|全萤幕|全荧幕|播放|暂停|倍速|画质|清晰度|音量|静音|弹幕|小窗|画中画)\s*[|｜/／·]?\s*){2,6}$|"
    # a promo that asks to be clicked (最HOT話題在這！想跟主播聊天快點我！)
    r"^[^。]{0,30}[！!]\s*[^。！!]{0,16}(?:快|请|就)?点我[！!]*$|"
    # links in a row, each after its arrow (▸ 颱風動態專區 ▸ 停班停課查詢)
    r"^(?:[▸▶►›»]\s*[^\s▸▶►›»，。,！？!?]{2,12}\s*){2,6}$|"
    # a gallery's name and its count (某某晨报 · 图集 · 共8张), the next gallery's link
    r"^[^，。,]{0,20}(?:图集|组图|相册)\s*[·•|｜]?\s*共\s*\d+\s*(?:张|幅)$|^(?:上一|下一)(?:图集|组|组图|相册)\s*[>›»]?$|"
    # a story's update mark (【14:30更新】, （15:02 更新）)
    r"^[【\[(（]\s*\d{1,2}\s*[:：]\s*\d{2}\s*(?:更新|最新|更新时间)\s*[】\])）]$|"
    # (詳情請瀏覽：某某標題: a digest's link to its full story, by that story's headline)
    r"^(?:详情|全文|详细内容|更多详情)(?:请|可)?(?:浏览|阅读|参阅|参看|查看|点击|按此|看|见)\s*[:：︰]\s*[^。；;]{2,50}$|"
    # (▸延伸閱讀：…, 【延伸閱讀】…: another story's headline under its label)
    r"^[▸▶►•·]\s*(?:延伸阅读|相关阅读|推荐阅读|相关新闻|相关报道|看更多)\s*[:：]|^[【\[](?:延伸阅读|相关阅读|推荐阅读|相关新闻|相关报道)[】\]]\s*\S|"
    # a call to join or open a channel, an app or a board (加入HK01 WhatsApp頻道…, 按讚加入ETtoday新聞雲,
    # 进入新浪财经股吧讨论, 长按识别二维码，关注…), and a site's "all of it is here" (…尽在新浪新闻)
    r"^(?:按赞|长按|点击|扫码|扫描)?(?:加入|进入|下载|识别|订阅)(?![了过咗])[^，。,！？!?]{0,14}(?:APP|App|WhatsApp|Telegram|LINE|频道|新闻云|股吧|公众号|二维码|社群|群组)"
    # (the call and at most its promise after a comma: not 加入社群后，大家互相帮忙…)
    r"(?:讨论|阅读)?(?:[，,\s][^，,。；;]{0,16}?(?:赚|领|掌握|享|送|抢|优惠|福利|红包|金币|券|最新|第一手|资讯|新闻|消息|活动|关注|阅读|更多|回看|收看|观看)"
    r"[^，,。；;]{0,10})?"
    # (下载某某APP，随时回看错过的节目；扫码关注微信公众号“某某”，第一时间获取节目信息。: a second
    # call after a semicolon, to follow the account, with its promise)
    r"(?:[；;][ \t]*(?:扫码|长按识别二维码|扫描二维码)?关注\S{0,6}(?:公众号|视频号|微博|抖音号)(?:“[^”]{1,16}”)?"
    r"(?:[，,][^，,。；;]{0,16}?(?:最新|第一手|资讯|新闻|消息|信息|活动|更多)[^，,。；;]{0,10})?)?[。！!]?$|"
    r"尽在\S{1,8}(?:新闻|网|APP|客户端)[。!！]?$|"
    r"^(?:立即|免费)?订阅\S{0,6}$|^(?:追踪|关注)我们\s*(?:[:：]|[，,][^，,。]{0,20})?$|"
    # (a writing platform's call under a post: 喜歡我的文章嗎？ / 別忘了給點支持與讚賞，… / 支持作者 / 拍手)
    # (喜歡我的作品嗎？別忘了給予支持與讚賞，…)
    r"^喜欢(?:我的|这篇|本篇)?(?:文章|作品)吗[？?](?:[^。！!]{0,30}(?:支持|赞赏|拍手|追踪|订阅)[^。！!]{0,40}[。！!]?)?$|"
    r"^(?:支持|赞赏|打赏)(?:作者|创作者)$|^拍手$|^IPFS$|"
    # (扫码关注“枫林社区”公众号　｜　抖音@某某: scan to follow the account, and its other ones)
    r"^(?:扫码|扫描二维码|长按识别二维码)(?:关注|加入)[^，。,！？!?]{0,20}(?:公众号|视频号|小程序|社群)(?:[ \t\u3000]*[｜|][^｜|。！？]{1,24}){0,3}$|"
    r"^更多\S{0,12}(?:新闻|资讯|消息|内容)\s*[:：]|^(?:photo|image|cover(?: photo)?) by\s|^查看全部\s*[\d,.万千]*\s*\S{0,6}$|"
    r"^(?:新增|添加|发表|撰写|写下?)\s*(?:留言|评论|回应|回复|跟贴)|(?:载入|加载|读取)中\s*[.…。]*$|"
    r"^(?:打开|下载|前往)\S{0,10}(?:APP|客户端)(?:\s*[，,]?\s*(?:查看|阅读|看|领取|获取)\S{0,6})?$|^打开\S{1,10}\s*[，,]?\s*查看\S{0,8}$"
    r")",
    re.IGNORECASE,
)
# One of a forum poster's counters (帖子 1832, 積分: 4210, 等級 老兵): a row of two or more is chrome.
# (Mobile01's 文章 34 · 加入 2019-08-08 too)
_COUNT_FIELD = (
    r"(?:帖子|主题|积分|金币|威望|发帖|精华|注册时间|注册日期|注册|在线时间|最后登录|阅读权限|经验|贡献|红花|声望|UID|听众|收听|文章|加入)"
    r"(?:[ \t]*[:：])?[ \t]*[0-9][0-9\-/:.,]*"
)
_COUNTER_FIELD = rf"(?:{_COUNT_FIELD}|(?:等级|级别|用户组)(?:[ \t]*[:：])?[ \t]*[^|｜ \t]{{1,8}})"
#: A poster's field alone on its line, a figure or a day its value, its label's colon kept (註冊日期:
#: 2017-05, 文章: 2,416; not 級別：IIA, 等级：特级, a review's or a product's grade).
POSTER_FIELD = rule_cache.compile(rf"^(?=[^:：]{{1,8}}[:：]){_COUNT_FIELD}$")
#: A floor's number and stamp on one line, as vBulletin heads a post (#2   2019-12-04, 10:21 AM).
# (or its stamp first and its number last, after the icon's word for an old or a new post:
# 舊 2019-12-02, 09:15 PM   #1)
STAMPED_FLOOR = (
    r"^#\d{1,4}[ \t]+\d{4}-\d{1,2}-\d{1,2},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?$"
    r"|^(?:旧|新)?[ \t]*\d{4}-\d{1,2}-\d{1,2},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?[ \t]+#\d{1,4}$"
)
#: The kind of post a stamp row ends on (2026年2月9日 ‧ 店長阿榮 ‧ 公告): not a tour's venue.
POST_KINDS = r"(?:公告|文章|消息|新闻|动态|日志|日记|随笔|分享|专栏|资讯|通知)"
# PTT's news-post form, its labels (3.完整新聞標題:, 6.備註:).
_NEWS_FORM = r"\d[.．]\s*(?:媒体来源|记者署名|完整新闻标题|完整新闻内文|完整新闻连结[^:：]{0,40}|备注)\s*[:：]"
_VIEWS_COUNT = _compile(r"(?:浏览|查看|阅读|点击|人气)\s*[:：]?\s*[\d,.]+\s*[万千kK]?")
# Disclaimers and reprint notices: chrome even when they read as a sentence.
_DISCLAIMER = rule_cache.compile_split(
    (
        r"观点仅代表|仅代表作者|只代表作者|不代表本(?:网|站|报|台|平台|刊)|免责声明|"
        # (本篇食記為作者親自消費，內容僅代表個人意見。: a review site's note under each review)
        r"^本篇\S{0,20}仅代表(?:作者)?个人(?:意见|观点|立场|看法)[。.]?$|"
        # (本文仅供健康科普使用，不能做为诊断、治疗的依据: a health site's note under each article)
        r"^本文仅供(?:健康)?科普(?:使用|参考)?[，,]|"
        r"版权声明|未经授权|未经许可|转载请|"
        r"未经\S{0,4}授权\S{0,4}(?:严禁|不得|禁止|请勿)(?:转载|转贴|使用|复制|摘编)|侵权必究|"
        # (未經鏡週刊授權，任何媒體、社群網站、論壇等均不得引用、改寫、轉貼: the ban a clause later)
        r"未经\S{0,8}授权[，,][^。！？]{0,30}(?:严禁|不得|禁止|请勿)[^。！？]{0,12}(?:转载|转贴|引用|改写|复制|摘编)|"
        # a board's notices (所有時間均為格林威治時間 +8。, 本帖最后更新于 812 天前，…, 本帖隐藏的内容需要积分高于
        # 100 才可浏览, 你知道答案嗎？幫助其他人解答吧。, 共 42 条回复，1/3 页)
        # (更多精彩内容，请关注抖音号@…和“…”微信公众号: a call to follow the outlet's accounts)
        r"^更多精彩内容[，,]?\s*(?:请|敬请)?关注|"
        r"^所有时间均为格林威治时间|版规\s*[*＊]|^\S{0,8}版规$|^发帖规则|^本帖最后(?:更新|编辑)于\s*\d+\s*天前|^本帖隐藏的内容需要|"
        r"^你知道答案吗[？?]\s*帮助其他人|^共\s*\d+\s*[条個个篇]回[复覆帖][，,]\s*\d+\s*/\s*\d+\s*页|"
        # a poster's signature under its label (簽名檔：…, 签名：Talk is cheap. 2019年入坛…), whatever its length
        r"^(?:签名|个人签名|签名档)\s*[:：]|"
        # (黄历宜忌仅供参考，请勿迷信。: an almanac site's caution; 本平台标准文本仅供在线阅读，…: a platform's terms)
        r"仅供参考[，,]\s*请勿迷信|^本(?:平台|站|网站|网)\S{0,10}仅供(?:在线)?(?:阅读|浏览|参考|学习)|"
        # (以上資料由某某整理，僅供參考，投資者應以…公告全文為準: where the digest comes from, and
        # what prevails over it; not a poster's own 以上内容仅供参考，大家自己判断。)
        r"^以上(?:资料|信息|内容|数据|资讯)(?:由|来自)[^。！!]{0,24}仅供参考|^(?![^，,。]*(?:说|表示|提醒|指出|称|讲))[^，,。（(【\[]{0,16}仅供参考[，,][^。！!）)]{0,30}以[^。！!）)]{2,40}为准|"
        # (本站世系资料均由宗亲提供，仅供寻根参考，…: where the site's records come from, and their use)
        r"^本(?:平台|站|网站|网)[^。！!]{0,20}[，,]\s*仅供\S{0,6}参考|"
        # an employer's or a form's privacy note (所有個人資料只作招聘用途)
        r"个人资料(?:只|仅)(?:作|用于|供)\S{0,6}(?:用途|之用)|"
        # a licence of the text (本文依 CC 創用姓名標示…授權條款釋出, 本站的全部文字在創用CC…協議之條款下提供)
        r"(?:创用|知识共享)\s*CC|CC\s*创用|Creative\s+Commons|CC\s*BY(?:-[A-Z]{2}){0,3}\s*\d|"
        # (本条目需要补充更多来源。请协助补充可靠来源…: a wiki's maintenance notice over the entry)
        r"^(?:本条目|此条目)(?:需要|需)(?:补充|更多|添加)[^。]{0,8}(?:来源|参考|引用)|请协助补充可靠来源|"
        # (本页面文字依据知识共享署名-相同方式共享4.0协议授权: a wiki's licence in words)
        r"^(?:本页面?|此页面?|本站|本网站|本文|本条目)[^。]{0,12}知识共享署名|"
        # (以上活动最终解释权在法律允许范围内归某某所有: a campaign's terms)
        # (not a story about the clause: “本活动最终解释权归本店所有”，这句话…)
        r"^[*＊]?(?:以上|本次?)(?:活动|优惠)?的?最终解释权(?:在法律允许范围内)?归[^。“”「」，,]{1,24}所有[。.]?$|"
        # a wiki's tagline under the entry's name (維基百科，自由的百科全書)
        r"^\S{2,8}[，,]\s*自由的百科全书$|"
        # a wiki page's foot: when it was last changed (本頁面最後修訂於2023年12月3日 (星期日) 14:05。)
        r"^(?:本页面?|此页面?|本条目|此条目)(?:最后|最近)(?:修订|修改|编辑|更新)于|"
        # (暂无评论哦，快来评价一下吧！: an empty comment box's prompt)
        r"^(?:暂无|暂时没有|还没有|目前没有|尚无)(?:人)?(?:评论|留言|回复|评价)|"
        # (a site's own words: 知識產權為某某所有, 如需獲得授權請聯繫, 投資涉及風險，證券價格可升可跌;
        # not a story's 已獲得授權在台灣生產, 知识产权归属如何认定, 分析师提醒投资需谨慎)
        r"未经\S{0,4}审阅|(?:本网站|本站|本网|本公司|刊载|内容)[^，,。]{0,16}知识产权(?:均)?(?:为|归|属于?)|(?:如需|需要)(?:获得)?授权\S{0,2}请?联系|获得授权请联系|"
        r"试读部分|订阅后(?:可|即可)?阅读全文|不构成(?:任何)?投资建议|投资有风险|入市需谨慎|(?:股市|市场)有风险[，,]\s*投资需谨慎|"
        r"^(?:基金)?投资涉及风险|^投资警语|(?:审慎|谨慎)评估\S{0,2}自负|自负(?:投资)?风险|"
        # (（本文仅供参考，具体规则以铁路部门发布为准）: the site's caveat, in brackets under the story)
        r"^[（(]本文(?:内容)?仅供参考[，,][^）)]{0,30}以\S{0,12}为准[。]?[）)]$|"
        # a health site's caveat (不能取代醫師的診斷與治療, 不构成诊疗建议)
        r"^(?:本网站|本站|本文|本平台|本栏目)\S{0,14}不能(?:取代|代替)\S{0,6}(?:诊断|治疗|医疗意见)|不构成(?:任何)?(?:诊疗|医疗|治疗|用药|法律)建议|(?:收到|接收)(?:这|此|本)封\S{0,4}(?:邮件|电子报|信)|如不想再收到|"
        r"根据\S{0,8}(?:录音|速记)整理|"
        # (a writing platform's call under a post: 別忘了給點支持與讚賞，讓我知道創作的路上有你陪伴。)
        r"^别忘了给(?:点|予)?(?:作者)?支持与赞赏|"
        # (an app's prompt under a notice: 你可透過「我的天文台」應用程式接收警告推送通知。)
        r"^(?:你|您)?(?:亦|也)?可(?:以)?(?:透过|通过|经|使用|下载)[^。！!]{0,20}(?:应用程式|应用程序|App|APP|app|客户端)"
        r"[^。！!]{0,12}(?:接收|获取|收到|查看|订阅)[^。！!]{0,16}(?:通知|推送|资讯|消息|提示)[。！!]?$|"
        # (此評論為 Tripadvisor 會員的主觀意見，而非 Tripadvisor LLC 的意見。: a review site's own note
        # under each review and each owner's reply)
        r"^此(?:评论|回应|点评|评价|回复)为[^。]{0,30}的主观意见|"
        # (妈妈网温馨提示：论坛内容仅供参考，宝宝身体不适请及时就医。: a site's caveat in its own name)
        r"^\S{2,8}温馨提示[:：][^。]{0,12}(?:内容|信息)仅供参考|"
        # (本集節目亦同步上架YouTube頻道@…，歡迎訂閱。: where else the programme is, and the call)
        # (not 新節目將於下月1日起在YouTube頻道同步直播，歡迎收看。: a story's news of a programme)
        r"^本(?:集|期|节目|影片|视频)[^。！!]{0,16}(?:同步|上架|YouTube|频道|Podcast|播客)[^。！!]{0,40}[，,]\s*欢迎(?:订阅|收看|收听)[。！!～~]*$|"
        # an outlet's call for pitches (36氪欢迎更多…创业者交流，可发送BP至 …@…)
        r"欢迎\S{0,24}(?:交流|投稿|报料|爆料)[，,]\s*(?:可|请)?(?:发送|发|投递)\S{0,12}至\s*[\w.+-]+@|"
        # (※ 提醒您：本文僅供參考，若有身體不適…: a site's caveat; a poster's 以上仅供参考 is theirs)
        r"^(?:※\s*)?(?:\S{0,6}提醒(?:您|你)\s*[:：]\s*)?(?:本文|本站|本网站|本网|本新闻|本报导|本报道|本资讯|本讯息)(?:内容|资讯|资料)?(?:仅供|只供)参考|"
        # (投資人應獨立判斷，審慎投資: a finance story's caveat)
        r"^(?:※\s*)?投资人应?(?:独立|自行)判断|"
        # (本網站所提供之資訊僅供參考，投資人應自行承擔投資風險: a finance site's caveat)
        r"^(?:本网站|本站|本网)[^，,。]{0,12}(?:仅供|只供)参考|投资人应?自行(?:承担|负担)\S{0,4}风险|"
        # (a shop's and a cinema's small print: 图片仅供参考，请以实物为准, 以上参数均来自…测试数据,
        # 以上場次如有更改，以影院公布為準, 以上資料以香港時間為準)
        # (with the asterisk of a footnote too: *图片仅供参考，请以实物为准。)
        r"^[*＊※]?(?:图片|图像|产品图片|商品图片)(?:仅供|只供)参考|^[*＊※]?(?:商品|产品)?(?:颜色|外观)?请?以实物为准|"
        r"^[*＊※]?以上(?:参数|数据|规格)\S{0,6}(?:来自|源自|均为|为)\S{0,20}(?:测试|实验室)|"
        r"^以上\S{0,10}如有(?:更改|更动|变动|变更|调整)[，,]\s*(?:请)?以\S{0,12}为准|"
        r"^以上(?:资料|资讯|时间|数据|内容)以\S{0,10}为准|"
        # (a page's own clock: 下次更新時間：…, 此網頁最後修訂日期：…)
        r"^(?:下次更新时间|此网页最后修订日期|本网页最后(?:修订|更新)日期|网页最后(?:修订|更新)(?:日期|时间)?)\s*[:：]|"
        # (下次更新時間約為今日下午4時30分。: when the page changes next, said as a sentence)
        r"^下次更新时间(?:约|大约|预计)?为|"
        # (a help page's prompt at its foot: 还有问题？联系在线客服, 未能找到答案？請電郵至…)
        r"^(?:还有问题|仍有疑问|仍有问题|未能找到答案|找不到答案|没有找到答案|需要更多帮助)[？?]|"
        # a board's rules for posts (張貼文章或下標籤，不得有違法…之言論), a stock board's warning
        # (请勿相信代客理财、免费荐股…), a site's note on its figures or its quotes' delay
        r"不得有违法或侵害他人权益之言论|^请勿相信\S{0,6}代客理财|"
        r"(?:本网站|本站|本网)\S{0,4}数据以\S{0,40}为准|(?:即时)?(?:报价|行情|股价)\S{0,4}延迟(?:最少|至少|约)?\s*\d+\s*分钟|"
        # a reader's submission note (本文由值友爆料，经编辑审核后发布)
        r"^本文由\S{1,12}(?:爆料|投稿)[，,]\S{0,12}(?:审核|编辑)\S{0,6}发布|"
        # a news site's stock reminder (某某新聞網提醒您：喝酒不開車)
        r"^\S{0,10}(?:网|新闻|台|报)提醒(?:您|你)\s*[:：]|^\S{1,8}(?:网|站|平台)提醒\s*[:：]|"
        r"如对本(?:稿件|文|文章|内容)有(?:异议|疑问)|(?:异议|投诉)[，,]\s*请(?:联系|来信|致信)|"
        # (此 App 仅适用于 iPhone 和 iPad 上的 App Store。: the App Store preview's note on its devices)
        r"^此\s*App\s*仅适用于|"
        # (Thanks for reading 某某! Subscribe for free…: a newsletter platform's call, however long;
        # Discuz's 您需要 登录 才可以下载或查看，没有账号？注册账号: an attachment's login prompt)
        r"^(?i:thanks for reading)\s.{1,60}(?i:subscribe)|^您需要\s*登录\s*才可以(?:下载或查看|查看|下载|回帖|发帖)|"
        r"抵制不良游戏|适度游戏益脑|如有侵权|禁止转载|不得转载|请勿转载|本文(?:经授权)?转载自|经授权转载|^本文经\S{1,8}授权(?:转载|刊登|刊出|发布)|本文为\S{0,12}原创|本文(?:属于|系|是)\S{0,6}原创|如[若需要]?转载[，,]?\s*请|文章来源于网络|隐私(?:权|政策|声明|条款|设置|保护)|(?:您|你)的隐私|(?<![A-Za-z0-9_])cookies?(?![A-Za-z0-9_])|关闭此视窗|"
        r"同意上述|使用条款|服务条款|不代表\S{0,12}(?:观点|立场)|不代表\s+[A-Za-z][A-Za-z .]{0,20}\s*(?:观点|立场)\s*[。.]?$|仅提供信息存储|(?<![并且又及])声明[:：]|(?:未经|未获|非经|未得|须经|务经|应经|须获)[^，。,]{0,24}书面授权|"
        # browser banners and age gates read as sentences too
        r"最佳浏览|浏览体验|内容分级|限制级|"
        # a site's advice on browser and screen (建議使用 Chrome、Edge 瀏覽器，最佳解析度 1920x1080)
        # (建議使用 1024x768 以上解析度，支援 Edge、Chrome…: the size before the word)
        r"最佳(?:解析度|分辨率)|(?:解析度|分辨率)\s*[:：]?\s*\d{3,4}\s*[x×*Xｘ]\s*\d{3,4}|\d{3,4}\s*[x×*Xｘ]\s*\d{3,4}\s*以上(?:的)?(?:解析度|分辨率)|"
        # (建议使用1920×1080分辨率浏览: the resolution first)
        r"\d{3,4}\s*[x×*Xｘ]\s*\d{3,4}\s*(?:的)?(?:解析度|分辨率)(?:浏览|观看|下浏览)|"
        r"^(?:本站|本网站|本网)?(?:建议|推荐)(?:您)?(?:使用|以)\s*[^。，,！？]{0,30}浏览器|"
        # (or what it is browsed with: 建議使用 Chrome 瀏覽本網站)
        r"^(?:本站|本网站|本网)?(?:建议|推荐)(?:您)?(?:使用|以)\s*[^。，,！？]{1,30}(?:浏览|检视)(?:本|此)(?:网站|站|网页|页)|"
        # (an age gate, 未滿18歲請離開, 需年滿18歲方可瀏覽; not 未滿18歲嘅小朋友都可以免費接種)
        r"(?:[满需]\s*18\s*岁|18\s*岁以上)[^，,。]{0,6}(?:浏览|观看|进入|离开|访问|禁止|不得|请勿|谢绝)|"
        # a site's note to the owners of its pictures (如果我们使用了您的图片，请作者与本站联系索取稿酬)
        r"请(?:作者|权利人|版权方)\S{0,4}与本(?:站|网|平台)联系|"
        # a comment box's terms (…對留言系統使用者發布的文字…保有片面修改或移除的權利)
        r"(?:留言|评论)\S{0,30}(?:保有|保留)\S{0,20}(?:修改|移除|删除)\S{0,4}权利|"
        # (文明上网理性发言，请遵守新闻评论服务协议: a comment box's rules over its comments)
        # (not a headline, 文明上网 护苗成长, 微博发布新版社区评论规则, nor a reply's 理性發言，不要…)
        r"^文明上网[，,、 \t]*理性发言|^理性发言[，,、 \t]*文明上网|遵守\S{0,8}(?:评论|跟帖|留言)(?:服务)?(?:协议|守则|规则)|"
        r"^(?:notice|disclaimer|statement)\s*:|information storage"
    ),
    re.IGNORECASE,
)
# Link lists and sidebars: a heading after which the page lists other stories.
_SECTION = _compile(
    # (in any bracket or angle quote, 《更多某某新聞網報導》; with a dotted leader after it, 最新讨论 · · · · · ·)
    r"^[\s【\[「『《〈<#■□◆▌|]*(?:猜你喜欢|热门推荐|相关阅读|相关新闻|延伸阅读|延展阅读|扩展阅读|拓展阅读|推荐阅读|更多新闻|热门新闻|最新新闻|"
    r"即时新闻|今日热点|精选文章|热门文章|相关文章|为你推荐|编辑推荐|编辑推介|热门推介|推介阅读|大家都在看|最多人看|排行榜|点击排行|"
    # (阅读排行, 评论排行; 今日明報熱門: a day's most read, the outlet's name inside)
    r"(?:阅读|浏览|评论|热读|分享)排行|(?:今日|本周|本月)\S{1,6}热门|"
    r"(?:其他人|别人|其他读者)(?:也|还|都)?(?:在看|看了|看过)|汇整|文章汇整|文章归档|归档|存档|相关主题|相关话题|最新通告|其他通告|热卖产品|热销产品|热卖商品|热销商品|人气商品|(?:网友|读者|用户|乡民)(?:都|也|还)在看|"
    # (two headings side by side, as a portal's tabs: 即時新聞 相關報道)
    r"(?:即时新闻|即时|最新新闻|热门新闻)\s+(?:相关报道|相关新闻|相关阅读|更多新闻|热门新闻)|关联阅读|关联新闻|"
    # (熱門討論 over a board's other threads, each its headline and day: 某車主保養分享 10-03)
    r"热门新讯|人气排行|往期推荐|附近的其他(?:食记|美食|餐厅|店家)|类似文章(?:[ \t]*更多)?|\S{1,12}的(?:其他|更多)(?:菜谱|食谱)|其他类似问题|今日热议主题|热议主题|热门讨论|相关讨论|热门话题讨论|"
    # (这道菜谱的作者还创建了: the recipe's writer's other recipes)
    r"这道菜谱的作者还创建了|"
    # (—— 你可能还想了解 ——: a help page's other questions)
    # (你可能也想追蹤: a tracker's other bills, 你可能也喜歡: a shop's other goods)
    r"(?:——\s*)?(?:你可能还想了解|你可能还想看|你可能感兴趣|可能感兴趣的\S{0,4}|你(?:可能|或许)也(?:想追踪|想关注|想看|喜欢|会喜欢))(?:\s*——)?|"
    # (a platform's own notices under a post: 站方公告 / [公告] 某某大賞 開始報名)
    r"站方公告|站务公告|网站公告|系统公告|平台公告|"
    # (小米酒 的最新噗文, 作者 ruby0912 的最新文章: the writer's other posts)
    r"(?:作者\s*)?[^\s，。]{1,16}\s*的最新(?:噗文|文章|贴文|动态|作品)|"
    # (更多 林書妤 的文章: the columnist's other pieces)
    r"更多\s*[^\s，。]{1,16}\s*(?:的)?(?:食评|影评|书评|评论)|更多\s*[^\s，。]{1,16}\s*的(?:文章|贴文|帖子|作品|专栏|影片|视频|动态)|往期(?:回顾|精选|文章|精彩|热文)|精彩回顾|历史文章|本期推荐|相关推荐|热搜|微博热搜|实时热搜|相关个股|相关股票|热门话题|相关报道|相关专题|新闻排行|热门排行|最新文章|"
    # (今日熱門, 網友熱議, 本週最熱: a day's or the readers' most read)
    r"(?:今日|今天|本周|本月|24小时|近期|网友|读者)(?:热门|热点|热读|热议|最热|热搜|必读)|"
    r"推荐文章|看了又看|相关节目|相关活动|其他活动|更多活动|往期活动|其他节目|更多节目|其他消息|其它消息|更多消息|相关标准|"
    # (a museum's other shows, 其他展覽, 往期活动)
    # (其他推介 under a tour's page: the agency's other tours)
    r"(?:其他|其它|更多|往期|过往|相关)(?:展览|展演|特展|图辑|图集|相册|影片|视频|集数|单集|推介|行程|团)|(?:你|您)(?:可能|或许|也许)(?:也)?(?:会)?(?:喜欢|感兴趣|有兴趣|想看)|相关链接|友情链接|热点新闻|焦点新闻|即时|热门|最新|"
    # (中職今日賽果, 今日賽程: the day's other results, a sidebar)
    # (本日其他新聞公報, a government's other releases of the day; 同屋苑其他放盤, 相似职位: a
    # listing's other listings)
    r"(?:本日|今日|当日)?其他(?:新闻公报|新闻稿|公报)|\S{0,6}其他(?:放盘|楼盘|房源|盘源|职位|岗位|课程|商品)|(?:相似|类似|相关|推荐)(?:职位|岗位|房源)|"
    r"\S{0,4}今日赛果|今日赛程|其他赛果|相关帖子|本吧热帖|热门帖子|热帖|最近小组话题|小组最近讨论|小组热帖|喜欢此内容的人还喜欢|全站热搜|文章标签|本版其他新闻|本版新闻|其他新闻|"
    # another section's stories (其他港聞, 更多要聞, 其它國際)
    r"(?:其他|其它|更多)(?:港闻|要闻|国际|两岸|中国|大陆|财经|经济|体育|娱乐|社会|地方|生活|科技|本地|政治|即时)|(?:本版|本期)?标题导航|\S{0,6}榜|"
    # (被以下专题收入，发现更多相似内容: 简书's collections that filed the post, over their names)
    r"被以下专题收入[，,]?\S{0,12}|"
    # (熱門財經, 熱點港聞: a section's most read, a sidebar)
    r"(?:热门|热点|热读)(?:港闻|要闻|国际|两岸|中国|大陆|财经|经济|体育|娱乐|社会|地方|生活|科技|本地|政治|地产|楼市|股市|理财|汽车|健康|影音|视频)|"
    # (熱門點閱, 最多點閱: the site's most read)
    r"(?:热门|最多|人气)(?:点阅|点击|阅读|浏览)|"
    r"最新(?:影评|书评|乐评|评论文章)|相关(?:公告|通告|通知|稿件|新闻稿|发布会|资讯|消息|视频|影片|影音|图集|活动|专栏|栏目|解读|文件|政策|图片|照片|股份|问题|话题|讨论|商品|产品|菜谱|食谱|预警|电影|剧集|书籍|图书|作品)|今日要闻|政策解读|参考资料|参考文献|参考来源|外部链接|"
    r"更多\s?[A-Za-z0-9]{0,12}\s?\S{0,6}\s?(?:报导|报道|新闻|文章|话题|讨论|帖子|主题)|相关|热门\S{1,4}推荐|看更多\S{0,8}(?:新闻|报导|报道|文章|影音|懒人包|专栏|专题|影片|视频|图辑)|"
    r"\S{0,8}[(（]更多[)）]|\S{1,8}\s*更多\s*[>》]+|"
    # a column's lists: the site's popular columns, the writer's other pieces
    r"热门(?:专栏|栏目|作者)|(?:同一作者|作者|本栏|本专栏|本版)的?(?:其他|其它|更多|最新)(?:文章|专栏|作品)|"
    # (作者文章, TA的文章: a portal account's other pieces under the story)
    r"作者的?文章|(?:TA|他|她)的(?:文章|其他文章|更多文章)|"
    # (作家專欄 其他文章: a column's name over its other pieces; 相關連結: Taiwan's "related links")
    r"(?:[^\s，。]{1,6}\s?)?(?:其他|其它|更多)文章|相关连结|"
    # (屋苑近期成交, 成交纪录: a listing page's other sales in the estate)
    r"[^\s，。]{0,4}(?:近期成交|成交纪录|成交记录)|"
    # (股吧热帖, 本吧热帖, 热帖推荐: a board's most read threads)
    r"[^\s，。]{0,4}热帖(?:推荐|排行)?|"
    # (More from Wing Lam: Medium's list of the writer's other stories)
    r"(?i:more from|recommended from)\s[^，。]{1,30}|"
    # any short name over a dotted leader (最新讨论 · · · · · ·): a sidebar's heading
    # (鹿鸣的日记 · · · · · · ( 全部 ): with the link to all of them after it)
    r"[^\s·•‧]{1,12}(?=\s*(?:[·•‧]\s*){3,}(?:[(（]\s*全部\s*[)）])?$))"
    r"[\s】\]」』:：>》〉·•‧…]*(?:[(（]\s*全部\s*[)）])?$"
)
_LABEL = _compile(
    r"^[\s【\[「『]*(?:快讯|独家|头条|要闻|焦点|直播|影音|专题|最新消息|热门评论|精彩评论|最新评论|全部评论|最热评论|"
    r"读者回响|网友评论|评论区|微博正文|正文|\S{0,4}热门跟贴|\S{0,4}(?:最新|全部)跟贴|目录|目次)[\s】\]」』:：]*$"
)
# Bylines on a line of their own: 社会中心／某某报导, 记者某某／台北报导, ◎ 某某.
_BYLINE = _compile(
    r"^[〔\[【(（]?[^\s，。,]{0,12}[／/|][^\s，。,]{0,12}(?:报导|报道|综合报导|综合报道|撰文|整理|编译|专稿|特稿)"
    r"[^\s，。,]{0,6}[〕\]】)）]?$|"
    # (发起人：慢跑阿Ken, 楼主：…: a thread's starter under its headline)
    r"^(?:记者|文|文字|撰文|作者|编辑|图|图片|摄影|译|口述|采访|审核|校对|排版|美编|责编|发起人|发帖人|楼主|图文|文图)\s*[／/：:|｜]\s*\S{1,20}$|"
    # (部分照片由读者@青柠拍拍 和@老周的胶片 提供: who gave the pictures, on a line of its own)
    r"^(?:部分|全部|文中|文内|本文|以下|封面)?(?:照片|图片|相片|配图)(?:均|皆|都)?由[^。！？!?]{1,40}(?:提供|拍摄|授权)[。.]?$|"
    # (foodie_kwan（食家 Lv.3）: a reviewer's name and level; 用餐日期：…｜人均消費：…: a review's facts)
    r"^[^\s，。,！？!?]{1,20}\s*[（(][^)）]{0,8}(?:LV|Lv|lv)\.?\s*\d{1,2}[)）]$|^用餐日期\s*[:：]|"
    # (周予白 (作者): the writer's name over a reply in the comments, with its badge; 食飯睇戲 (男):
    # a forum poster's name and sex, as 高登 prints them)
    # (not 張小明（男）, a person of the story with their sex, glued to the name)
    r"^[^\s，。,！？!?]{1,16}\s*[（(](?:作者|楼主|版主|博主|原PO|UP主)[)）]$|^[^\s，。,！？!?]{1,16}[ \t]+[(（][男女][)）]$|"
    # (山嵐戶外設計工作室　提案者: a campaign's maker over its reply, with its badge after a space)
    r"^[^\s，。,！？!?]{1,16}[ \t\u3000]+(?:提案者|提案人|楼主|版主|博主|原PO|UP主)$|"
    # (the label in square brackets: 【作者】刘倩, 【责任编辑】某某)
    r"^【(?:记者|作者|编辑|责任编辑|责编|摄影|审核|校对|编审|撰文|文|图)】\s*\S{1,20}(?:\s+\S{1,20})?$|"
    # a video's or a post's credits under it (拍摄：我 & @某某, 剪辑：某某, BGM：《某曲》 - 纯音乐)
    # (names or titles in a list; not a credit the writer goes on to talk about, 攝影：@lens.amy 多謝佢…,
    # nor a field of a story, 设备：老爸留下的相机, 音乐：是他唯一的慰藉)
    r"^(?:拍摄|摄影|剪辑|后期|封面设计|封面|BGM|bgm|配乐|调色|机位|妆造|妆发)\s*[：:]\s*(?![^\n]*[是了])"
    r"[^，。！？!?\s&/／,\-—、]{1,20}(?:[ \t\u3000]*[&、/／,\-—][ \t\u3000]*[^，。！？!?\s&/／,\-—、]{1,20}){0,3}$|"
    # (cr.@某某应援站 @某某工作室: a fan post's credits, the accounts its pictures came from)
    r"^(?i:cr|credit|via)\s*[.:：]?\s*[@＠][^\s，。,]{1,30}(?:\s+[@＠][^\s，。,]{1,30}){0,5}$|"
    # (鍾欣妤 林志成 / 台北報導: reporters' names set apart by spaces, then the slash and the place)
    r"^[\u4e00-\u9fff]{2,4}(?:[ 、，,]+[\u4e00-\u9fff]{2,4}){0,4}[ \t]*[／/][ \t]*[\u4e00-\u9fff]{0,6}(?:报导|报道)$|"
    # the outlet before the role (某某新闻记者 | 某某), or a channel's section and its reporter
    # (媽媽寶寶 · 記者林怡君, as LINE TODAY sets them)
    r"^[^\s，。,]{1,8}(?:记者|编辑|摄影|撰文)\s*[／/：:|｜]\s*[^\s，。,]{2,12}$|"
    r"^[^\s·•，。,]{1,12}\s*[·•]\s*(?:记者|编辑|撰文)\s*[\u4e00-\u9fff]{2,4}$|"
    # the outlet and its reporters with spaces round the slash (公視新聞網 記者 某某、某某 / 花蓮、屏東報導)
    r"^(?:[^\s，。,]{2,12}\s+)?(?:记者|特约记者|实习记者)\s*[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4}){0,4}"
    r"\s*[／/|｜]\s*[\u4e00-\u9fff、]{0,12}(?:报导|报道)$|"
    # (◎ 某某, □ 某某; a filled square, a dot or a diamond before a few words heads a section of
    # the story: ■ 時間分配)
    r"^[◎☉□]\s*\S{2,6}$|"
    # (□ 本报记者 某某 通讯员 某某: an e-paper's reporters and correspondents, its bullet first)
    r"^[◎☉□■●]?\s*(?:本报|本刊|本台)?(?:记者|特约记者|实习记者|通讯员)\s*[\u4e00-\u9fff]{2,4}"
    r"(?:\s+(?:(?:本报|本刊)?(?:记者|特约记者|实习记者|通讯员)\s*)?[\u4e00-\u9fff]{2,4}){0,5}$|"
    # a credit alone in brackets at the story's end, a space for its colon (（编辑 王丽）,
    # (責任編輯 李四 校對 張三))
    r"^[（(【\[]\s*(?:(?:责任编辑|编辑|责编|校对|审核|记者|摄影|撰文|通讯员)(?:\s*[:：／/]\s*|\s+)[^\s，。,:：)）】\]]{2,4}\s*){1,3}[)）】\]]$"
)
# Words that are furniture only on a short line (扫码, 客户端, 列印): in a longer one they may be
# the story's own words even without a full stop (forum posts write with spaces).
_FURNITURE_SHORT = rule_cache.compile(
    # (a shop's 老字号, an old brand, is no font size)
    r"扫码|客户端|浏览器|列印|打印|继续阅读|\bRSS\b|\bAPP\b|无障碍|限制级|字级|(?<!老)字号",
    re.IGNORECASE,
)
# A notice's numbered section heading (三、准考证打印, （二）网上报名): its own words, a step.
_NOTICE_SECTION = rule_cache.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\S")
_MARKDOWN_IMAGE = rule_cache.compile(r"^(?:!\[[^\]]{0,40}\]\([^)]{0,200}\)[\s|]*)+$")
_IMAGE = _compile(
    # (查看大图 向左旋转 向右旋转: an image viewer's buttons)
    r"^(?:查看大图|原图|查看原图)(?:\s+(?:查看大图|原图|查看原图|向[左右]旋转)){1,3}$|"
    r"^[\[【(（]?\s*(?:图片|图|image|img|photo|pic|视频|影片|video|点击查看大图|点击看大图|查看原图|"
    r"点击播放|图集|GIF)\s*\d*\s*[\]】)）]?$|"
    # (a picture's kind alone where the picture stood: 資料圖片, 视频截图, 網絡圖片, 示意圖)
    r"^(?:资料图片|资料图|资料照片?|档案图片|档案照片?|网络图片|网络图|网图|示意图|视频截图|视频截屏|影片截图|"
    r"影片截图画面|截图|翻摄画面|新闻截图|网上图片)$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = _compile(
    # (📸 攝影：IG@某某, 📷 圖片：某某: who took a post's pictures, on a line of its own)
    r"^[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*(?:摄影|图片|照片|相片|拍摄|photo|Photo)\s*[:：／/]\s*[^，。,；;！？!?]{1,30}$|"
    # (📷 中央老街的四眼井，下午兩點太陽超大, 📷 雙心石滬: a picture's caption where it stood; not
    # 📷 拍照, 📷机位：, 📷 @某某, a post's own note or credit)
    # (not a tip under the camera: 📷 3月25日前后是盛花期, 📷 周末人超多建议…)
    r"^📷\ufe0f?[ \t\u3000]*(?![^，。]*(?:拍|摄|相机|机位|滤镜|调色|修图|建议|推荐|记得|最好|周|星期|礼拜))[^@＠:：。！？!?\d]{4,30}$|"
    # (（示意圖／shutterstock達志影像）: a stock picture's source)
    r"[（(]\s*(?:(?:示意|资料|档案|网络|网上)?图|图片|照片|摄影|翻摄|资料照|图片来源|图源|\S{0,4}来源|记者\S{0,8}摄|\S{0,12}提供)[^）)]{0,40}[）)]\s*$|"
    # (（相片：@某某）, （封面照片：攝影 @某某）: a post's pictures, whose; not （相片页复印件）, （封面故事）)
    # (（相片：我部 Ricoh 影，第一張係 via @某某 舊年拍嘅夜景）: the poster's note on them, a sentence or two)
    r"[（(]\s*(?:相片|封面(?:照片|图片)?)\s*[:：／/][^）)]{1,60}[）)]\s*$|"
    # (who took the post's pictures, in brackets: （以下照片除特別標註外皆為小鹿拍攝，部分由阿凱 IG@kai_on_road 提供）)
    r"^[（(](?:以下|本文|文中|文内)?(?:照片|图片|相片)[^（）()]{0,50}(?:拍摄|提供|授权)[）)]$|"
    # (a picture taken from an account or a page: （取自嘉義市政府臉書）, （取自某某IG）)
    r"[（(]\s*取自[^（）()，。,]{0,20}(?:脸书|粉丝专页|粉专|Facebook|FB|IG|Instagram|Threads|YouTube|微博|网站|官网|画面|影片|视频)[）)]\s*$|"
    # whose picture it is (資料圖片, 東網圖片, IG圖片@某帳號), Hong Kong's caption credit
    r"[（(][^（）()\s，。,]{1,8}(?:图片|照片|相片)(?:\s*[／/：:]?\s*(?:IG|Instagram|FB|Threads|微博|小红书)?\s*[@＠][\w.\-]{1,30})?[）)]\s*$|"
    # (an account named as the picture's source: （某某Instagram：@某某）, （某某IG：@abc）)
    r"[（(][^（）()\s，。,]{0,12}(?:Instagram|IG|Facebook|FB|微博|Threads|小红书)\s*[：:／/]\s*[@＠][\w.\-]{1,30}[）)]\s*$|"
    # (an account's picture: （IG@某某圖片）, （Threads@某某照片）)
    r"[（(][A-Za-z\u4e00-\u9fff]{0,10}\s*[@＠][\w.\-]{1,30}\s*(?:图片|照片|相片|截图|影片|视频)[）)]\s*$|"
    r"(?:图片|照片|图|影片|视频)(?:来源|提供)\s*[:：／/]\s*[^，。,\s]{1,30}$|"
    # (…排队登船。 新华社发 林知远 摄, …。新华社记者 某某 摄: a wire's picture after its caption)
    r"(?<=。)[ \t\u3000]*[\u4e00-\u9fff]{1,8}社(?:发|记者)[ \t\u3000]*[\u4e00-\u9fff·]{2,6}[ \t\u3000]*摄$|"
    # (路線圖：巴士圈讀者提供, 相片：某某提供: who gave the picture, its kind named first)
    r"^[\u4e00-\u9fff]{0,4}(?:图|图片|照片|相片)\s*[:：]\s*[^，。,\s：:]{1,20}提供$|"
    # (a caption's credit after its full stop, 冷擎科技液冷机组生产线。图源：企业官方)
    r"(?<=。)图源\s*[:：]\s*[^，。,\s]{1,20}$|"
    # who took or gave the picture, in a clause of its own (照片由 IG@某某 拍攝, 圖片由某某提供)
    r"^(?:本文)?(?:图片|照片|相片|封面|图|影片|视频)(?:均|皆)?由\s*[^，。,！？!?]{1,30}?\s*(?:拍摄|摄影|提供|授权(?:使用)?)$|"
    # (CNA's day it was taken inside the bracket: （中央社記者某某攝　114年5月26日）)
    # (（hket製圖）: who drew the chart)
    r"[（(][^（）()]{0,30}(?:提供|供图|授权使用|翻摄|摄|截图|资料照|制图|绘图)"
    r"(?:\s*(?:\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}))?[）)]\s*$|"
    r"^[（(]\s*(?:图|图片|照片|摄影|翻摄|图片来源|图源)[／/：:]|"
    # (the day it was taken may follow: 中央社記者某某攝　115年11月28日)
    r"(?:记者|摄影)\s*\S{2,4}\s*(?:[／/]\s*)?(?:摄影?|图)"
    r"(?:\s+(?:\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}))?$|\S{1,10}\s?供图$|"
    # (not a day's item of a forecast or a programme, ▲週四（19日）：東北季風增強…)
    r"^▲(?!\s*(?:[上下本这]?(?:周|星期|礼拜)[一二三四五六日天末]|\d{1,2}\s*[月/.]\s*\d{1,2}|\d{1,2}\s*日)"
    r"[^：:，。]{0,16}[：:])|"
    # a mainland paper's caption, 图为 and one sentence (图为2020年7月5日，南京一考点工作人员对考场进行消毒。)
    r"^(?:图为|上图|下图|左图|右图)[^。！？!?；;]{4,60}。$|"
    # Hong Kong papers' caption under a filled square: one short sentence, alone on its line
    # (■將軍澳新盤示範單位昨日開放參觀。); not a chronology's entry (■ 2022年8月：工程動工…)
    # nor a section's heading without a full stop (■ 時間分配)
    r"^■(?![^：:，。]{0,16}[：:])[^。！？!?；;■]{4,48}。$|"
    # after the caption's full stop, the kind of picture or its outlet without brackets
    # (…避风。视频截图, …難做。資料圖片, …。新华社图片), not a sentence (…。分享照片)
    r"(?<=。)\s*(?:资料|视频|影片|档案|示意|网络|网上|现场|[\u4e00-\u9fff]{1,4}(?:社|网|台|报))?"
    r"(?:图片|照片|相片|截图|资料照)$"
    # a platform account's picture after the caption's full stop (…十袋雜物。（Threads@clutter.free.hk）),
    # the photographer's name and 攝 (…選購年花。梁文傑攝), a picture's source after 图／
    # (…312班次。圖／本報資料照片), a file picture in brackets (…热身（资料图）)
    r"|(?<=。)\s*[（(](?:IG|Threads|FB|Facebook|Instagram|X|微博|小红书)\s*[@＠][\w.\-]{1,30}[）)]\s*$"
    # (its outlet before the name: …选购年货。人民网 郭婉清摄)
    r"|(?<=。)\s*(?:[\u4e00-\u9fff]{1,4}(?:网|社|报|台)\s+)?[\u4e00-\u9fff]{2,4}\s*(?<![拍摄])摄$|(?<=。)\s*图\s*[／/]\s*\S{2,14}$"
    # (…在盐官观潮。潮新闻记者 摄, …。本报记者 张三 李四 摄: the outlet's reporter, named or not)
    r"|(?<=。)\s*[\u4e00-\u9fff]{0,6}(?:记者|通讯员|实习生)(?:\s*[\u4e00-\u9fff]{2,4}){0,3}\s*摄$"
    # an account's frame or picture after the caption's full stop, a platform before it
    # (…灯火通明。抖音@古城夜游记 视频截图), and the picture's source after 图据 (…积水情况。图据@成都交警 官方微博)
    r"|(?<=。)\s*(?:抖音|快手|微博|B站|小红书|视频号|IG|Threads|FB|X|读者|网民|网友|市民)?\s*[@＠][\w\u4e00-\u9fff.\-]{1,30}\s*(?:视频截图|截图|图片|供图|摄|提供)$"
    r"|(?<=。)\s*图据(?!说)\s*[@＠]?[^\s，。,！？!?]{2,20}(?:\s[^\s，。,！？!?]{2,8})?$"
    # (…高等法院。（資料畫面）: a still from the station's files)
    r"|[（(](?:资料|档案|网络|示意|网上)(?:图|画面|影像)[）)]\s*$"
    # the photographer after the caption's full stop, by label or by account (…赏灯。摄影：@某某,
    # …竞猜。某某新闻用户@某某 摄)
    r"|(?<=。)\s*(?:摄影|摄|图|图片|照片)\s*[:：／/]\s*[@＠]?[^\s，。,]{1,20}$"
    r"|(?<=。)\s*[^\s，。,]{0,10}[@＠][\w\u4e00-\u9fff.\-]{1,20}\s*摄$"
)
# (an e-mail's local part is ASCII, never the hanzi before it; a platform's name before an @
# is a handle, IG@某某.official, not an address)
_URLISH = rule_cache.compile(
    r"https?://|www\.|(?<![\w.@＠-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|tw|cn|hk|mo)\b|"
    # (a domain is ASCII: the hanzi after an address, …@example.com叫我寫信, are the sentence's)
    r"(?<![a-z0-9.+_-])(?!(?:ig|fb|threads|instagram|twitter|x)@)[a-z0-9.+_-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+",
    re.IGNORECASE,
)
# A platform's handle (IG@某某.official): an address in a credit or a field (（相片：作者 IG@…）,
# 作者簡介：…，IG@…), words of the writer's own in a sentence (更多照片請看IG@…).
_PLATFORM_HANDLE = rule_cache.compile(r"(?<![a-z0-9])(?:ig|fb|threads|instagram|twitter)\s*[@＠][\w.]+", re.I)
_LABEL_OPEN = rule_cache.compile(r"^[（(]|^[^\s：:，。,]{1,6}[：:]")
_WEB = rule_cache.compile(
    r"https?://|www\.|(?<![\w.@＠-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|tw|cn|hk|mo)\b",
    re.IGNORECASE,
)
# Words of web page furniture (buttons, prompts, section heads of the page around an article).
_UI_WORDS = _compile(
    r"登录|登陆|注册|评论|推荐|分享|点赞|收藏|关注|转发|举报|打赏|扫码|扫一扫|二维码|公众号|返回顶部|阅读全文|查看全文|"
    r"加载更多|展开|收起|上一篇|下一篇|相关阅读|猜你喜欢|热门|广告|免责声明|订阅|下载APP|打开APP|会员|"
    r"搜索|搜寻|留言|按赞|追踪|粉丝团|回覆|回复|引用|只看该作者|楼主|沙发|板凳|电梯直达|检举|登入|"
    r"建立新帐号|建立新账号|建立新帐户|建立新账户|帐号|账号|讚|赞|回应|查看翻译|最相关|默认排序|按热度|按时间|写回答|关注问题|邀请回答|好问题|"
    r"说点什么|通知|创作中心|业务合作|投诉|听全文|查看图片|已编辑|返回|关闭窗口|只看楼主|发表新文章|送(?:TA|他|她)?礼物|送(?:红花|鲜花)(?:一朵)?|"
    # (a product page's buttons: 立即预约　了解更多)
    r"立即预约|立即购买|立即抢购|了解更多|刷新(?:页面|评论|列表)|单页阅读|切换到[窄宽]版|"
    r"收藏本站|设为首页|长者模式|已关注|切换(?:城市|地区|语言|站点|版本)|"
    # (a document's tools: 在线预览　纠错反馈　收藏)
    r"在线预览|纠错反馈|纠错|我要纠错|"
    # (360doc's button: 转藏; a Khoros community's thread menu: 选项, 标记为已读, 上一个主题)
    r"转藏|标记为新主题|标记为已读|全部论坛主题|上一个主题|下一个主题|检视解决方案(?:[(（]原帖[)）])?|"
    # a story's tools (列印, 字體 A-/A+, 複製連結)
    r"列印|打印|字体|字号|字型|复制链接|复制网址|(?<![A-Za-z])A[-+－＋](?![A-Za-z])"
)
#: A headline's words, five hanzi or more, no button among them.
_WORDS_PART = rule_cache.compile(r"[\u4e00-\u9fff]{5,}")


def _subheading_in_parts(line: str) -> bool:
    """A subheading in two parts (議員關注 建築費用需嚴控), where a button's word is a verb after
    its subject and the other part has none; not a row that opens with a button (回覆 2# 某某,
    某某的小厨房 +关注)."""
    parts = line.split()
    if len(parts) < 2:
        return False
    worded = [p for p in parts if _UI_WORDS.search(p)]
    return (
        any(_WORDS_PART.fullmatch(p) and not _UI_WORDS.search(p) for p in parts)
        and bool(worded)
        and all("\u4e00" <= p[:1] <= "\u9fff" and not _UI_WORDS.match(p) for p in worded)
    )


# (作者 alone on its line is the badge under a commenter who wrote the post, and so is 原PO,
# "the original poster", on Dcard and PTT)
_JOIN_WORDS = "去小组|加入小组|进入小组|已加入|加入圈子|进入贴吧"
_UI_ONLY = rule_cache.compile(
    "^(?:" + _UI_WORDS.pattern + "|匿名|匿名用户|匿名网友|翻译|显示翻译|查看原文|作者|原[Pp][Oo]"
    # (Zhihu's 喜欢 and 提问, WeChat's 在看, a comment list's 默认 sort, an app's 下载: buttons alone on a line)
    "|喜欢|不喜欢|在看|提问|默认|下载|热度|支持|转载|写点评|写评论|写留言|网页|原创"  # (LOFTER's 热度(326), a post's heat; Matters' 支持)
    # (a thread's badge for the board's best, 精, alone over its headline)
    "|精|精华|荐|发帖|发新帖"
    # (a review's vote button alone under it, Tripadvisor's 有用)
    "|有用|没用|有帮助"
    # (百度知道's labels over a follow-up question and its answer)
    "|追问|追答"
    # (Mastodon's boost and favourite buttons, and the app a post was sent from: 轉嘟, 最愛, Web)
    "|转嘟|最爱|Web|查看动态"
    # (a story's add-to-favourites button, Plurk's own-posts filter, a live page's badge)
    "|加入最爱|只看噗主|正在直播"
    # (Sohu's comment button and author card: 我来说两句, 文章　总阅读　查看TA的文章>)
    "|我来说两句"
    # (a Tieba board keeper's badge under the name: 吧务, 吧主)
    "|吧务"
    # (a floor's buttons one a line: 回覆 / 引用 / 評分 / 報告 / 舉報, 回复 / 支持 / 反对)
    "|评分|报告|反对"
    # (Telegram's mark on a post changed since: edited, 已編輯)
    "|edited|已编辑"
    # (a video page's label over its description, 简介; a live page's over its updates, 最新進度)
    "|简介|视频简介|最新进度|最新动态|即时更新"
    # (a pinned comment's badge, and the heading of a video's scrolling comments: 置顶, 弹幕列表)
    # (作者置顶, UP主置顶: the same badge with whose pin it is)
    "|置顶|作者置顶|UP主置顶|楼主置顶|弹幕列表"
    # (a forum's sign-in and search buttons: 签到, 全吧搜索, 站内搜索)
    "|签到|每日签到|全吧搜索|站内搜索|全站搜索|本吧搜索"
    # (a photo's enlarge hint, a story's comment button)
    "|点击图片放大|点击放大|点图放大|参与互动"
    # (a group's join button: 去小组, 加入小组, 进入贴吧)
    "|" + _JOIN_WORDS + ")$"
)
# The button beside a group's or an account's name (去小组, 加入小组, + 关注, 进入贴吧).
_JOIN_BUTTON = _compile(rf"^(?:{_JOIN_WORDS}|[+＋]?\s*关注|已关注|进吧)$")


def is_join_button(line: str) -> bool:
    """Is ``line`` the button beside a group's or an account's name (去小组, + 关注)?"""
    return bool(_JOIN_BUTTON.match(fold(line.strip())))
# A row of buttons written together or apart (收起回复, 送TA礼物 回复, 点赞 收藏).
_UI_RUN = rule_cache.compile("(?:" + _UI_WORDS.pattern + ")")


def is_lone_button(line: str) -> bool:
    """Is ``line`` one button alone (回复, 只看楼主, 作者), perhaps with its count (回应(14))?"""
    return bool(_UI_ONLY.match(_COUNT_IN_BRACKETS.sub("", fold(line.strip()))))


# A button's count in brackets after it (回应(14), 赞（45）).
_COUNT_IN_BRACKETS = rule_cache.compile(r"[ \t]*[(（][\d.,]+[万千kKw+]?[)）]$")


def is_search_box(line: str) -> bool:
    """Is ``line`` a search box's prompt (搜索电影、电视剧、综艺、影人, 请输入关键词)?"""
    return bool(_SEARCH_BOX.match(fold(line.strip())))


def is_tool_row(line: str) -> bool:
    """A row of two or more buttons or tools, apart (分享　列印, 关注问题　写回答　邀请回答)."""
    tokens = [t for t in _TOKEN_SPLIT.split(fold(line.strip())) if t]
    return len(tokens) >= 2 and all(len(t) <= 6 and _UI_RUN.search(t) for t in tokens)


def is_count_row(line: str) -> bool:
    """A thread's or a page's counts side by side (1.2万浏览　87回复), one of them a button's:
    every token a number with its short label.  (Counts without a button's word, 3人死亡　5人受傷,
    may be a headline's.)"""
    tokens = [t for t in _TOKEN_SPLIT.split(fold(line.strip())) if t]
    return (
        len(tokens) >= 2
        and all(_COUNTER.match(t) for t in tokens)
        and any(_UI_WORDS.search(t) for t in tokens)
    )


def _button_row(line: str) -> bool:
    """A short line made only of two or more button words (each of two characters or more)."""
    joined = "".join(line.split())
    if len(joined) > 12:
        return False
    found = _UI_RUN.findall(joined)
    return (
        len(found) >= 2
        and all(len(w) >= 2 for w in found)
        and sum(len(w) for w in found) == len(joined)
    )
# Menu words: sections and services of a news site.
_MENU_WORD = _compile(
    r"^(?:首页|主页|新闻|国际|国内|政治|社会|财经|经济|娱乐|体育|科技|生活|健康|地方|评论|专栏|影音|视频|图片|"
    r"热门|即时|要闻|两岸|军事|军武|汽车|房产|地产|教育|旅游|时尚|文化|艺文|美食|游戏|数码|手机|登录|登入|注册|会员|"
    r"订阅|搜索|搜寻|更多|直播|专题|话题|论坛|社区|博客|帮助|关于我们|联系我们|联络我们|广告|服务|下载|APP|港澳|大陆|中国|全球|"
    r"世界|本地|法治|时事|观点|深度|财富|股市|基金|理财|职场|亲子|宠物|星座|影剧|音乐|电影|电视|综艺|运动|棒球|"
    r"篮球|足球|网球|健身|医疗|养生|天气|交通|公益|读者投书|投书|讨论区|投票|服务|English|日本|美国|欧洲|亚洲|"
    r"台湾|香港|澳门|北京|上海|广东|深圳|城市|人物|故事|快讯|推荐|精选|排行|通知|首页|Home|News|Video|Life|港闻|副刊|"
    # (a video site's tabs: 番剧 / 会员购 / 大会员 / 游戏中心 / 投稿)
    r"番剧|国创|会员购|大会员|游戏中心|漫画|投稿|创作中心|赛事|课堂|"
    # (a vBulletin board's links: 今日新文章 / 會員列表 / 日曆, today's posts and the members' list)
    r"今日新文章|今日新帖|今日新贴|会员列表|日历|"
    # (a business paper's channels, 公司 / 产经 / 宏观, named over the headline)
    r"公司|产经|产业|金融|证券|宏观|商业|楼市|"
    # (即時娛樂, 即時港聞: a portal's live channel of a section; 交通 · 问答: a column's kind)
    r"即时(?:港闻|娱乐|财经|国际|两岸|体育|中国|大陆|社会|生活|科技|政治|要闻|新闻)|问答|"
    # (a government site's channels: 政务公开 / 政务服务 / 互动交流 / 走进安澧)
    r"政务公开|政务服务|政府信息公开|信息公开|互动交流|政民互动|公众参与|办事服务|网上办事|政策文件|政策解读|"
    r"机构设置|领导信息|新闻动态|新闻中心|工作动态|通知公告|走进[\u4e00-\u9fff]{2,3}|"
    r"微信|微博|QQ|QQ空间|Facebook|Twitter|LINE|Plurk|Telegram|WhatsApp|发现|发布|消息|我|看板|追踪|关于|"
    # (Threads' tabs: 首頁 / 搜尋 / 建立 / 動態 / 個人檔案 / 為你推薦 / 追蹤中)
    r"个人档案|个人主页|动态|追踪中|为你推荐|建立|"
    # (a Q&A site's and a forum's account and asking links: 找回密码 / 注册, 知識+首頁 / 我要發問 / 我要回答)
    r"找回密码|忘记密码|我要(?:发问|提问|回答|发帖)|发新帖|[^\s，。,上了到回进去]{1,6}首页|"
    r"博客|学习|社区|云服务|收藏|网站地图|网站导航|网站导览|法律声明|隐私政策|隐私权政策|APP\s?下载|下载\s?APP|点赞数?|阅读量?\S{0,6}|\d[\d,.]*[万千kKw]?|"
    # a shop page's tabs and its reviews' filters, with their counts (商品评价(2万+), 晒图(3100+))
    r"(?:商品介绍|规格与包装|规格参数|包装清单|售后保障|商品评价|本店好评商品|全部评价|晒图|视频晒单|追评|好评|中评|差评|"
    r"有图|推荐排序|时间排序|只看当前商品评价)(?:[(（][\d.,万千+]+[)）])?)$",
    re.IGNORECASE,
)
# Commas and slashes split tokens, but not a number's thousands (NT$2,200) or a date (2024/4/3).
_TOKEN_SPLIT = rule_cache.compile(r"(?:[\s|｜·•、]|(?<!\d)[／/]|[／/](?!\d)|[,，](?!\d{3}))+")
# (玄關 ‹ 茶話 ‹ 製茶與試飲心得: phpBB's path, its arrows pointing back home)
_BREADCRUMB = rule_cache.compile(r"\s*(?:>|›|»|->|＞|→|>>|‹)\s*")
_POSITION = _compile(
    r"^(?:(?:您|你)(?:现在|目前)?的位置是?|当前位置|所在位置|目前位置|现在位置|位置)\s*[:：]"
    # (您現在聚腳在 體育台內。: a forum's word for where the reader stands, its board)
    r"|^(?:您|你)(?:现在|目前)?(?:聚脚在|位于|身处)\s*\S{1,12}\s*[。.]?$"
)
_HOME = _compile(r"^(?:首页|主页|网站首页|Home)\s*(?:>|›|»|->|＞|→|/|>>)", re.IGNORECASE)
_HANZI = rule_cache.compile(r"[\u3400-\u9fff]")
# An office's disclosure fields over its document (索引号：…, 主题分类：…, 发文机关：…, 成文日期：…,
# 发文字号：…, 公开方式：…) and its record under the text (（此件公开发布）, 抄送：…, 某某办公室
# 2025年3月4日印发): the government site's register, never the notice's words.
_GOV_RECORD = _compile(
    r"^(?:索引号|主题分类|体裁分类|组配分类|服务对象分类|发文机关|发布机构|成文日期|发文字号|文号|公开方式|公开范围|"
    r"公开时限|信息来源|有效性|所属机构|生效日期|废止日期)\s*[:：]|"
    r"^[（(]\s*此件(?:公开发布|主动公开|不予公开|依申请公开|发至\S{1,12})\s*[)）]$|^抄送\s*[:：]|"
    r"^[^\s，。,]{2,30}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$"
)
_ALWAYS_CHROME = _compile(
    r"^(?:点击|上滑|下拉|展开|查看|轻触)?(?:阅读全文|阅读原文|查看全文|查看原文|加载更多|展开全文|查看更多)[>》]*$"
    # a blog's calendar widget: its month between its arrows, its row of weekdays (< 2026年2月 >,
    # 日 一 二 三 四 五 六)
    r"|^[<«‹][ \t]*\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*[>»›]$|^(?:[日一二三四五六][ \t]+){6}[日一二三四五六]$"
    # a review's count of its pictures under its text (图片 ×9)
    r"|^(?:图片|照片|相片|图)[ \t]*[×xX*][ \t]*\d{1,3}$"
    # a travel note's count of its words and pictures at its foot (本篇游记共计4120字，63图)
    r"|^本(?:篇|文)(?:游记|文章|笔记)?共计?[ \t]*\d[\d,]*[ \t]*字(?:[，,、 \t]*\d+[ \t]*(?:图|张图|张图片))?$"
    # a writer's totals on a blog platform's card (总资产12共写了8.6W字获得301个赞共88个粉丝)
    r"|^(?:总资产[\d.]+[万wWkK]?[ \t]*)?共写了[ \t]*[\d.]+[万wWkK]?[ \t]*字(?:[ \t]*获得[ \t]*[\d.]+[万wWkK]?[ \t]*个?赞)?(?:[ \t]*共[ \t]*[\d.]+[万wWkK]?[ \t]*个?粉丝)?$"
    # a classic board's list of replies, each its title, its poster between dashes, its size and
    # its stamp (• 烤箱那个太真实了 -Ottawa小林- ♀ (0 bytes) () 03/14/2021 postreply 10:02:51)
    r"|^[•·]?[ \t]*.{1,80}?[ \t]-[^-\n]{1,20}-[ \t]*[♂♀]?[ \t]*\(\d+ bytes\)"
    # a post's header ending on the region it was sent from, its stamp before it (2# 北纬三十度
    # 2020/04/01 IP:广东, 铁锅炖火箭2020/04/01原创 模型火箭 IP:湖南)
    r"|^[^。！？!?，,]{0,40}?(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d.])[^。！？!?，,]{0,30}?[ \t]IP[ \t]*(?:属地)?[ \t]*[:：]?[ \t]*[\u4e00-\u9fff]{2,4}$"
    # a board's buttons under a thread's headline and a poster's card (推到 Plurk!, 發送簡訊給我)
    r"|^推到[ \t]*(?:Plurk|Facebook|Twitter|X|LINE|噗浪|脸书)[!！]?$|^发送(?:简讯|短消息|短信|站内信)给我$"
    # a wiki's call to edit the entry (萌娘百科欢迎您参与完善本条目☆Kira~, 欢迎正在阅读这个条目的您协助编辑本条目。…)
    r"|^.{0,12}欢迎.{0,12}(?:参与完善|协助编辑|参与编辑)本条目"
    # a bulletin's issue with its day and the day's name in the church year (第2816期　主後二〇二五年
    # 十一月三十日　將臨期第一主日)
    r"|^第[\d一二三四五六七八九十百千]+期[ \t\u3000]+(?:主后[ \t]*)?[\d〇零○一二三四五六七八九十]{4}[ \t]*年[^，。]{1,10}日(?:[ \t\u3000]+\S{2,14})?$"
    # a community platform's solved-thread notices (已解決！前往解決方案。, 已接受解決方案, 所有論壇主題)
    r"|^已解决[!！]?[ \t]*前往解决方案[。.]?$|^已接受(?:的)?解决方案$|^所有论坛主题$"
    # a video's subtitles and dubbing as its player lists them (字幕：客語四縣腔／華語, 配音：粤语)
    r"|^(?:字幕|配音|音轨)[ \t]*[:：][ \t]*[^，。,！？!?／/、]{0,12}(?:语|话|文|腔)(?:[ \t]*[/／、，,][ \t]*[^，。,！？!?／/、]{0,12}(?:语|话|文|腔))*$"
    # a related story's teaser closed by its link in brackets (…撞燈柱 [閱讀全文 Full article], …
    # [Read more]): a link to another page, whatever its words
    r"|^.{4,80}?[ \t]*[\[［【]\s*(?:阅读全文|查看全文|阅读更多|(?i:read more|full article|continue reading))[^\]］】]{0,20}[\]］】]$"
    # the platforms' own prompts and notices, the same on every page they serve (WeChat's
    # 预览时标签不可点 and 继续滑动看下一个, Tieba's folded floor and its rules, Discuz's footer,
    # a news app's 我也说一句 box, an outlet's 更多即時新聞 link)
    r"|^(?:预览时标签不可点|(?:继续|向上|向下|向左)滑动看下一个|我也说一句|我要反馈|我要纠错|申请转载|我也要提问|"
    r"文章价值(?:打分)?[:：]?|赞助广告|加入行事历|点击看图辑|该楼层疑似违规已被系统折叠.{0,20}|下一个回答|上一个回答|"
    # a channel's call for tips, to its bot or inbox (📌 投稿及報料請PM @某某_bot)
    # an outlet's pointer to its own site (【更多新聞詳情請上明報新聞網】)
    r"^【更多[^】]{0,12}(?:请上|请到|请浏览|请登入|请登录|请留意)[^】]{1,16}】$|"
    r"^[\U0001F300-\U0001FAFF\u2600-\u27BF]?\ufe0f?\s*(?:投稿|报料|爆料)(?:及|和|或|、)?(?:投稿|报料|爆料)?\s*(?:请|可)?\s*(?:PM|pm|私信|私讯|电邮|联系|WhatsApp)\s*[:：]?\s*[^\s，。,；;！？!?]{1,40}$|"
    # a platform's verification label under an account's name (微博个人认证 歌手、演员)
    r"(?:微博|抖音|小红书|B站|知乎)?(?:个人|官方|机构|企业|政务|媒体)认证(?:\s*[:：]\s*|\s+)[^，。！？!?]{1,20}|"
    # WeChat's follow prompt and its collection label; a PTT app's signature; a browser banner;
    # Taiwan's legal warning under a story that names a drink (飲酒過量，害人害己)
    r"点击(?:上方|下方)?(?:蓝字|蓝色字|公众号名片)\s*(?:“[^”]{1,12}”)?\s*(?:关注|加关注|订阅)(?:我们)?(?:\S{0,12}|[，,][^。！？]{0,24})$|"
    r"点击(?:上方|下方)“[^”]{1,12}”\s*(?:关注|加关注|订阅)(?:我们)?(?:\S{0,12}|[，,][^。！？]{0,24})$|收录于(?:合集|话题)|Sent from \S+ on my \S+|"
    # (----sent from my Redmi K70, Android 14; 发自我的 iPhone: a mail or forum app's signature)
    r"^[-—_~=\s]*(?:sent from my|sent from|发自我的)\s*\S.{0,40}$|"
    # a live page's end and status; a list's end; a video page's player tools; Telegram's and
    # Blogger's own links; a paywall's prompt
    r"[\[【(（]?(?:文字)?直播(?:已结束|持续更新中.{0,14})[\]】)）]?|以上为(?:本场)?(?:直播)?(?:的)?全部内容.{0,8}|"
    # (a static blog's footer: 由 Hexo 强力驱动 v3.9.0, 主题 – NexT.Pisces v7.4.0)
    r"由\s*[A-Za-z][A-Za-z.\-]*\s*(?:强力)?驱动\s*v?\d[\d.]*|主题\s*[-–—]\s*[A-Za-z][A-Za-z.\-]*(?:\s*v?\d[\d.]*)?|"
    # (a writing platform's call to its writer's salon: 前往創作者沙龍、追蹤作者，不錯過任何新文章。)
    r"前往\S{0,8}(?:沙龙|主页|专页|专栏)[、，,]?\s*(?:追踪|关注|订阅)(?:作者)?[，,][^。！!]{0,20}[。！!]?|"
    # (Facebook's label over a post's reactions, 所有心情：, All reactions:)
    r"所有心情\s*[:：]?|All reactions\s*:?|"
    r"已无更多(?:数据|内容)|没有更多了|接下来播放|自动连播|Download Telegram|VIEW IN TELEGRAM|BlogThis[!！]|"
    # (Telegram's web preview of a channel: 在 Telegram 中檢視頻道, 📌 置頂訊息, 頻道預覽僅顯示最近的訊息)
    r"^在\s*Telegram\s*中?(?:检视|查看|开启|打开)(?:频道|讯息|消息)?$|^频道预览仅显示最近的(?:讯息|消息)$|^📌?\s*置顶(?:讯息|消息|信息)$|"
    r"还没有评论[，,]?\S{0,12}|暂无评论\S{0,8}|[（(]\S{1,10}将持续关注[）)]|"
    r"由\s*Blogger\s*技术提供。?|Powered by Blogger\.?|(?:\S{1,8}主题[.。]\s*)?技术提供\s*[:：]\s*Blogger[.。]?|本文为\S{1,10}付费内容.{0,20}|已订阅[？?]\s*登录|"
    r"(?:您的|你的)?浏览器(?:版本)?(?:过低|过旧|太旧|不支持).{0,30}|"
    # (★ 無法正常瀏覽內容，請按這裡線上閱讀: a newsletter's link to its web copy)
    r"[★☆※*]?\s*(?:如|若)?(?:本邮件|此邮件|本电子报|电子报|本期)?(?:无法正常(?:浏览|显示|阅读)|(?:显示|浏览)不正常)\S{0,6}[，,]?\s*请(?:按|点击?|点选)(?:这里|此处|此)\S{0,10}|"
    r"(?:\S{1,10}关心您[:：])?饮酒过量[，,]?害人害己[。.]?(?:未满十八岁禁止饮酒[。.]?)?|"
    r"发贴请遵守贴吧协议.{0,20}|Powered by Discuz!.{0,20}|"
    # (a forum board's own buttons over a thread: 巴哈姆特's 看板精華, 回文, 我要回文)
    r"看板精华|我要回文|回文|回复贴[，,]?赞一下楼主|[【\[]?更多即时新闻详情请上\S{1,10}[】\]]?"
    # a feed's teaser cut short, its outlet and how long ago, then its count (…一再延長...三立新聞網
    # setn.com ・ 5 小時前 ・ 12): a portal's list of other stories, never a sentence of this one
    # a chat's time of a message (上午 08:12, 下午 12:17), and the app's notice of a message taken
    # back (陳美玉已收回訊息, "某某"撤回了一条消息)
    r"|(?:上午|下午|晚上|中午|凌晨|早上)\s*\d{1,2}:\d{2}"
    r"|\S{1,20}(?:已收回訊息|已收回讯息|撤回了一条消息)"
    r"|.{4,120}?(?:\.{3}|…{1,2})\s*\S{1,24}(?:\s\S{1,24})?\s*[・·•]\s*\d{1,3}\s*(?:秒|分钟|小时|天|日|周|个月|年)前"
    r"(?:\s*[・·•]\s*\d{1,6})?)$",
    re.IGNORECASE,
)
# A contact line: a phone number or an e-mail address with the way to reach it, no sentence.
# (a number may be masked at its end, as pages print one for privacy: 04-7863xxxx, 138****5678)
_CONTACT = _compile(
    r"(?:WhatsApp|WeChat|Signal|Telegram|LINE|email|e-mail|电邮|电子邮件|电话|致电|热线|专线|Tel|手机|微信|邮箱|信箱|总机|传真|"
    r"报料|爆料|投稿)"
    r".{0,30}(?:\d{3,4}[\s-]?(?:\d{4}|\d{0,2}[xX*＊]{2,4}|\d{1,3}[xX*＊]{1,3}\d{2,4})|[(（]\d{2,4}[)）]\s*\d{3,4}[\s-]?\d{3,4}|[\w.+-]+@[\w-]+\.\w)",
    re.IGNORECASE,
)
_MASKED_MOBILE = _compile(r"(?<!\d)1[3-9]\d[*＊]{4}\d{4}(?!\d)")
# A user name alone on a line: lower-case letters and digits joined by dots or underscores.
USER_ID = rule_cache.compile(r"^@?[a-z0-9]+(?:[._][a-z0-9]+)+_?$|^@?[a-z0-9]+_$")
# Forum code left in a quote header: [pid=…], [uid=…]…[/uid], "Reply to … Post by …".
# (a picture or an attachment left as its code, [img]./mon_202403/21/x.jpg[/img], [attach]123[/attach])
_BBCODE = rule_cache.compile(
    # (Re: [K1] 新學年開學日期…: a reply's subject, the thread's title again; a reply's own words
    # after 回覆： are its text)
    r"\[/?(?:pid|uid|tid)(?:=[^\]]{0,40})?\]|^Reply to\b.{0,80}\bPost by\b|^Re\s*:\s*[^，,。\n]{2,60}$|"
    r"^\[(img|attach|attachimg|media|flash)(?:=[^\]]{0,40})?\][^\[\]]{0,300}\[/\1\]$",
    re.I,
)
# A profile badge: 抖音美食创作者, 知乎优质答主, 微博认证博主.
# (two badges side by side, the second maybe a host's: 微博旅游博主 超话主持人)
_BADGE_WORD = r"(?:创作者|博主|答主|达人|UP主|up主|优质作者|认证作者|认证用户|认证博主|超话主持人|超话粉丝大咖)"
# (no comma in a badge: 今天刚申请成功，谢谢答主 thanks the one who answered)
# (音乐博主 超话主持人（林霁超话）: the topic it hosts in brackets)
_BADGE_MAX = 16
_BADGE = _compile(
    # (超话主持人 粉丝团铁粉: a fan's rank in the star's fan club as the second badge)
    rf"^[^\s，,。！？!?]{{0,10}}{_BADGE_WORD}(?:\s+[^\s，,。！？!?（(]{{0,8}}(?:{_BADGE_WORD}|主持人|(?:粉丝团)?(?:铁粉|金粉|钻粉|真爱粉)))?"
    r"(?:[（(][^）)\s]{1,12}[）)])?$"
)
# A page's site or section name: 某某小组, 某某资讯站, 某某论坛; a hanzi name with its Latin name.
_SITE_NAME = _compile(
    r"^(?:[A-Za-z0-9]{2,12}\s?[^\s，。,！？!?]{0,8}|[^\s，。,！？!?]{1,10}\s?)"
    r"(?:小组|资讯站|网站|论坛|社区|讨论区|新闻网|电子报|数字报|频道)$|"
    # (財團法人苗栗縣頭份永和宮 全球資訊網: Taiwan's name for an office's or a temple's site)
    r"^[^\s，。,！？!?]{2,16}\s?全球资讯网$|"
    # (基督教恩泉堂（九龍城） Grace Spring Church: a name, its district in brackets, its English name)
    r"^[\u4e00-\u9fff]{2,12}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?\s+[A-Za-z][A-Za-z .&'-]{2,48}$|"
    # (not a briefing's ranked heading, TOP3大新闻)
    r"^(?![Tt][Oo][Pp]\s?\d)[A-Za-z][A-Za-z0-9]{1,11}\s?[\u4e00-\u9fff]{0,6}(?:新闻|日报|时报|晚报|周刊)$"
)
# An event's time under its label (活動時間：2025/05/03(六) 19:30 開演, 售票時間: …): what a
# thing's time is, named by what happens then, not when a record was made (发布时间, 发稿时间,
# 成文日期, 更新时间, 时间 alone: the page's own date).
_EVENT_TIME = _compile(
    # (an item's number before it: （1）现场会议时间：…, 2．登记时间：…)
    r"^[\s【\[（(]*(?:[\d一二三四五六七八九十]{1,2}[)）.．、]\s*)?[\u4e00-\u9fff]{0,3}"
    r"(?:活动|演出|开演|售票|开卖|开售|发售|报名|比赛|赛事|展览|展期|开放|营业|举办|举行|开幕|闭幕|"
    r"截止|考试|面试|入场|集合|取货|领取|预约|上课|开课|停水|停电|施工|维护|放映|上映|登记|投票|"
    r"抽奖|出发|返程|会议|讲座|开赛|发货|到货|开学|放假|生产|出厂|采摘|上市|制造|"
    # (开拍时间：2025年05月20日 10:00:00: when an auction opens, 开庭日期: a hearing's day)
    r"开拍|拍卖|竞价|开标|投标|开庭|起飞|到达|值机|登机)(?:时间|日期|时段)"
    # (a colon after the label, or the label in brackets: 【集合時間】早上08:30)
    r"(?:[\s】\]）)]*[:：]|\s*[】\]]\s*(?=\S))"
)


def is_event_time(line: str) -> bool:
    """``line`` (either script) gives an event's time under its label (活動時間：…): neither a
    record's stamp nor the page's own date."""
    folded = fold(line.strip())
    return bool(_EVENT_TIME.match(folded) or _SPAN_TIME.match(folded))


#: A bare time label over a span (时间：2024年8月10日（周六）19:00-21:30, 时间:2026.01.09-01.11
#: 19:30): an event's hours or days, where a page's stamp gives one moment.
_SPAN_TIME = _compile(
    r"^[\s【\[（(]*(?:时间|日期|时段)[\s】\]）)]*[:：]\s*\S*?"
    r"(?:\d{1,2}:\d{2}\s*[-–~～至到—]\s*\d{1,2}:\d{2}|\d{1,2}[./月]\d{1,2}日?\s*(?:[(（][^)）]{1,3}[)）])?\s*[-–~～至到—]\s*\d"
    # (时间：9月13日起，每晚18:00开灯: the first day of a run, and its hours)
    r"|\d{1,2}[./月]\d{1,2}日?\s*(?:[(（][^)）]{1,3}[)）])?\s*起[，,]\s*(?:每晚|每天|每日)?\s*\d{1,2}[:：]\d{2})"
)


# A paper's name in brackets and the day of the issue ([明報] 2026年2月10日): the column's source.
_SOURCE_STAMP = _compile(
    r"^[\[【(（][^\]】)）\s]{1,8}[\]】)）]\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?$"
)
_BRACKET_CELL = rule_cache.compile(r"[【\[]([^】\]]{1,20})[】\]]")
# A post's signature of when it was written, in figures (寫於 2020.01.20 深夜), or the collection a
# platform files it under (收錄於 日常碎碎唸): a stamp and a label.  (寫於七月三日凌晨，荃灣。 is the
# writer's sentence.)
_WRITTEN_STAMP = _compile(
    r"^(?:写于|作于|记于|完稿于)\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"(?:\s*(?:深夜|凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|夜))?(?:\s*\d{1,2}[:：]\d{2})?$"
    r"|^收录于[ \t\u3000]+\S{1,20}$"
)
# The page's own day under a bare label of its printing or posting (出版：2019年2月1日, 更新：2024/3/5
# 10:20, 出版日期：…星期五): a stamp; a trip's 出发时间：… is the story's fact.
_PAGE_DAY_LABEL = _compile(
    r"^(?:出版|更新|发布|发表|刊出|刊登|发稿|上载|上传|修订|出版日期|出版时间|刊出日期|上载日期|上传日期)\s*[:：]\s*"
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$"
)


def _bracket_row(line: str) -> bool:
    """A row of bracketed tools and fields (【纠错】　【责任编辑：刘洋】, 【打印】【关闭】): every
    cell a short label or page metadata, nothing outside the brackets."""
    cells = _BRACKET_CELL.findall(line)
    if len(cells) < 2 or _BRACKET_CELL.sub("", line).strip(" \t\u3000|｜"):
        return False
    return all(len(c) <= 4 or _LABELLED.match(c) or _TOGGLE_CELL.match(c) for c in cells)


# A page's switch in brackets (公司模式 - 关, 怀旧模式 - 开): its name and its state.
# (Youtube 预览 - 关: a name with a Latin word and a space)
_TOGGLE_CELL = _compile(r"^[^\s\-]{1,8}(?:\s[^\s\-]{1,4})?\s*[-:：]\s*(?:开|关|on|off)$|^[大中小]字型$", re.I)
# Characters of running speech: a row of short words holding these is a sentence, not a menu.
# 都 in a city's name (成都, 首都, 古都, 都市) is no adverb.
_SPEECH = rule_cache.compile(r"[的了吗呢吧啊呀啦哦喔嘛我你他她是在有不就很太也]|(?<![成首京古国帝])都(?![市会])")
_NOTICE_START = _compile(r"^(?:notice|disclaimer|statement|免责声明|特别声明|版权声明)\s*[:：]", re.I)
# A web address alone, or after a short name and a dash or a colon (The Wayback Machine -
# https://…, 网址：https://…): an archive's banner or a page's own address, never the story's
# words (a story names an address inside a sentence).
_ADDRESS_LINE = rule_cache.compile(
    r"^(?:[^，。,；;！？!?:：]{1,30}?\s*[-–—:：|｜]\s*)?https?://\S+$", re.IGNORECASE
)
_SENTENCE_END = rule_cache.compile(r"[。！？!?；;…」』”\"）)]$|[。！？!?]")
# More shapes a reader skips, each with nothing of the story in it (all folded to Simplified):
_PAGE_SHAPES = _compile(
    # reading time (阅读时间 18分钟, 2 分钟 (阅读时间)) and a font-size row (A A A)
    # (2022年2月6日 · 閱讀時間約6分鐘: after the page's day and a dot)
    r"^(?:\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?\s*[·•|｜]\s*)?"
    r"(?:预计)?阅读(?:时间|时长)?\s*[:：]?\s*(?:约|需)?\s*\d+\s*分钟$|"
    r"^\d+\s*分钟\s*[(（]?\s*(?:阅读时间|阅读)\s*[)）]?$|^(?:[Aa][+\-－＋]?\s*){2,4}$|"
    # (本文约 2600 字，阅读需 6 分钟: its length and reading time)
    r"^本文(?:约|共)?\s*[\d,]+\s*字[，,]\s*(?:预计)?阅读(?:需要?|时间|约)*\s*[:：]?\s*\d+\s*分钟$|"
    # a post's picture widgets (原图, [组图共4张]); a label over the writer's name (文章作者)
    r"^(?:原图|查看原图|查看大图)$|^[\[【]?组图共\s*\d+\s*张[\]】]?$|^(?:文章作者|作者简介|关于作者)$|"
    # a comment count (跟贴 1,286 人参与), a reply's pointer (回 #4), a WeChat page's buttons
    # (知道了, 使用小程序, ，轻点两下取消在看), the site's own social pages (ETtoday星光雲 Facebook,
    # 某某新聞網官方IG, 某某YouTube頻道), a prompt to the gallery or the app (點擊圖輯睇更多…,
    # 第一手消息請下載東網App)
    r"^跟[贴帖]\s*[\d,]+\s*人?参与$|^回(?:复|覆)?\s*#\d+$|^(?:知道了|使用小程序)$|^[，,]?轻点两下取消\S{1,3}$|"
    r"^[^\s，。,！？]{2,14}?(?:网|新闻|日报|时报|晚报|周刊|电视台|电台|云|传媒|媒体)\s*(?:官方)?\s*(?:Facebook|Instagram|IG|YouTube|Twitter|Threads|LINE)$|"
    r"^[^\s，。,！？]{1,10}\s+(?:Facebook|Instagram|YouTube|Twitter|Threads|LINE)(?:\s*(?:频道|粉丝团|粉专|专页))?$|"
    r"^[^\s，。,！？]{2,14}?(?:官方\s*(?:Facebook|Instagram|IG|YouTube|Twitter|Threads|LINE)|(?:Facebook|Instagram|IG|YouTube|LINE)\s*(?:频道|粉丝团|粉专|专页))$|"
    r"点击\S{0,4}(?:看|睇|查看)更多|^(?:[^\s，。,！？]{0,8}?(?:请|扫码|点我|点此|免费|立即|马上))?下载[^\s了过]{0,8}(?:App|APP|app)$|"
    # a sign-in prompt for comments (评论（0）　登录后参与讨论) and a paywall's lines
    r"登录后(?:参与|发表|才能|可以)|^\S{0,10}会员专享(?:文章|内容|[:：]|\s|$)|试读部分|订阅后(?:可|即可)?阅读|已是会员\s*[？?，,]|"
    # a dateline with its weekday and a 12-hour time (2025年3月14日 周五 下午6:42), maybe after
    # its source (某某社　2025年3月14日 周五 下午6:42)
    # (not a table's row copied with its tabs, 教职工返校→2025年8月29日（星期五）: a calendar's)
    r"^(?:[^\s，。,\d]{1,8}[ \u3000]+)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?"
    r"\s*(?:(?:上午|下午|晚上|凌晨|中午|早上)?\s*\d{1,2}\s*[:：]\s*\d{2})?$|"
    # a press release's foot: its time, NNNN, its revision date
    r"^(?:香港|北京|台北|澳门|当地|美东|格林尼治)?时间\s*\d{1,2}\s*时\s*\d{1,2}\s*分$|^N{3,4}$|"
    r"^(?:最近|最后)?(?:修订|修改|更新|检阅)日期\s*[:：]|"
    # a listed post with its author (泉州两天一夜｜在古城里慢慢走　by 阿木木), and a link to more
    # of a kind with its count (> 更多影评 1092篇)
    r"^[^，。！？!?；;]{4,40}(?<![是的])[\s\u3000]+by\s+[^\s，。,的了吗呢吧]{1,12}$|"
    r"^[>»›]?\s*(?:更多|全部|查看全部|查看更多)\S{0,6}\s*[(（]?\s*[\d,]+\s*(?:篇|条|则|个|部|首|张|帖)?\s*[)）]?\s*[>»›]?$|"
    # photo credits in English or for the cover image
    r"^(?:Photograph|Photo|Image|Picture|Credit)s?\s*(?:by)?\s*[:：]|"
    r"^(?:封面|头图|题图|配图|首图)\S{0,4}(?:来源|来自|提供)\s*[:：]|"
    # a signature set between ornaments (~~ 囝囝2022年7月出世 努力緊 ~~, --- 騎車不喝酒 喝酒不騎車 ---)
    # (not the head of words added later, ——补充——, —— 更新 ——: the post's)
    r"^(?:~{2,}|-{3,}|={3,}|\*{3,})\s*+(?!补充|更新|编辑|追记|后记|续|正文|以下|以上|原文|旧文)[^~\-=—*]{4,30}?\s*(?:~{2,}|-{3,}|={3,}|\*{3,})$|"
    # a wiki's reference and link headings, with their edit link (參考資料[編輯], 外部連結[編輯])
    r"^(?:参考资料|参考文献|外部链接|外部连结|注释|脚注|相关条目|参见)\s*(?:\[编辑\]|\[编辑源代码\])?$|"
    # a board's replies heading or box (亮了的回复, 添加一条新回复), its same-topic link (同主题阅读)
    r"^(?:亮了的回复|热门回复|高赞回复|全部回复|最新回复|全部回帖|热门回帖|最新回帖|添加一条新回复|发表回复|快速回复)$|同主题阅读$|"
    # (知乎's counts one a line under the question: 关注者 / 1,283 / 被浏览 / 1,024,566)
    r"^(?:关注者|被浏览)$|"
    # an account's verification under its name (V 微博认证：演员，代表作《某某》)
    r"^(?:[VvＶ]\s*)?(?:微博|新浪)?认证\s*[:：]|"
    # a list's end (- 到底了 -, 没有更多了, 我是有底线的)
    r"^[-—~·\s]*(?:到底了|已经到底了|没有更多了|没有更多内容了?|我是有底线的)[-—~·\s!！~]*$|"
    # reactions with the first reactor's name (👍❤️ 某某和其他 486 人)
    # (你和其他45人, 你和其他 12 位)
    r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]{0,6}\s*\S{1,16}(?:和|及|与)其他\s*[\d,.]+\s*[万千]?\s*(?:人|位)$|"
    # a post's tagged accounts under their word (Collab w/ @某某 @某某, cc @某某)
    r"^(?i:collab\s*w/|collab\s+with|with|w/|cc|tag(?:ged)?|ft\.?|feat\.?)\s*[:：]?\s*(?:[@＠][\w.\-]{1,30}\s*){1,10}$|"
    # who took or made the picture, by account (摄影@某某 📷, 妆造：@某某)
    r"^(?:摄影|拍摄|摄|图|照片|出镜|模特|妆造|妆发|后期|修图)\s*[:：]?\s*[@＠][^\s，。,]{1,20}\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]{0,3}$|"
    # a dashed rule; a community's rules notice; an affiliate notice
    r"^[-=_—~*·.＊﹡]{5,}$|^请(?:遵守|遵循)\S{0,20}(?:公约|规则|规定|协议)|(?:赚取|获得|收取)佣金|"
    # (搜狐“我来说两句” 用户公约: the comment box's rules link)
    r"^\S{0,6}[“\"「]?(?:我来说两句|跟帖|评论)[”\"」]?\s*(?:用户|评论|跟帖)?(?:公约|协议|须知|规则)$|"
    # a row of hashtags and tagged accounts; a poster's id and name (miso_bear 阿味) and 说
    r"^(?:(?:#[^#\s]{1,20}#?|[@＠][\w\-.]{1,30})\s*){2,12}$|"
    # (not a version and its day: v4.7.1 2024/4/9; not a caption's first words after its
    # writer's id, opened by an emoji: tsuenwan.slowcafe 🎄節日營業時間🎄)
    r"^(?=[a-z0-9._]*[a-z])[a-z0-9]+(?:[._][a-z0-9]+)+_?\s+(?![\d/.\-年月日]+$)(?![\U0001F000-\U0001FAFF\u2600-\u27BF])[^\s，。,]{1,10}(?<![：:])$|^(?:说|写道)$|"
    # a row of post buttons (回应 转噗 喜欢); a link into a special (点击进入专题：…)
    r"^(?:(?:回应|回复|转噗|转发|喜欢|分享|收藏|评论|赞|点赞)\s*){2,6}$|^点击进入\S{0,6}[:：]|"
    # (日记 2024-03-08 元宵节的那碗汤圆: the writer's other entries, their kind and day first)
    r"^(?:日记|日志|游记|博文|笔记)[ \t]+\d{4}-\d{1,2}-\d{1,2}[ \t]+[^，。,；;！？!?\s][^，。,；;！？!?]{1,30}$|"
    # a related link with its date stamp (某某问题（2024-02-11）), or the stamp first
    # (2024-09-05　某某名单公告, 114-03-19 某某活动, 2025/04/19(六) 某某场)
    r"^\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:[(（](?:星期|周)?[一二三四五六日天][)）])?"
    # (not a span's start, 2024/12/14(六) 11:00 - 2024/12/15(日) 18:00: an event's days)
    # (not a schedule's row, 2025-03-08 周六　¥2980/¥1980　余位12: a departure, its weekday and fares)
    # (not a diary's day, its hour and weather, 2021.02.28 晚 陰天多雲: the writer's own line)
    # (not a parcel's tracking row, 2023-11-14 06:05　【成都市】快件已到达【…】: what happened then)
    r"(?:\s*\d{1,2}:\d{2})?\s+(?![^，。,；;！？!?]*(?:快件|包裹|揽收|揽件|派送|派件|签收|已发货|已到达|已发出|到达|转运|清关|出库|入库)|"
    r"\d{1,2}:\d{2}|[-–—~～至到]|[vV]\d|(?:周|星期|礼拜)[一二三四五六日天]\s|(?:早上?|中午|下午|傍晚|晚上?|夜晚?|深夜|凌晨|清晨)?\s*(?:晴|阴|多云|小雨|大雨|雨天|下雨|雪))"
    r"[^，。,；;！？!?]{4,40}$|"
    # (．除夕開廟門時間說明（114/01/24）: a notice list's entry, its day in Minguo or with slashes)
    # (not a release's version and its day, v2.3（2024.5.5）: a changelog's heading)
    r"^(?![vV]?\d+(?:\.\d+){1,3}\s*[（(])[．·•・◆▪]?\s*[^，。,；;！？!?]{4,40}[（(]\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}[)）]$|"
    # or after an ideographic space or a wide gap (某某標題文字　2024/11/04, …　2019年12月20日), not a label's date
    # (會議日期　2024/11/04)
    # (not a release's version and its day, v4.7.2　2024.04.22: a changelog's heading)
    # (・媽祖聖誕進香團報名開始　114-11-28: a list's bulleted link, whatever its last word)
    r"^[・·•▪◆][ \t\u3000]*[^。；;]{4,56}?(?:\u3000|\s{2})\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|1[0-4]\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)$|"
    # (a headline of ten characters or more is no label, whatever its last word, …開放時間　2019年12月20日,
    # but for a day's, 回购方案首次披露日　2024年10月30日)
    r"^(?![vV]?\d+(?:\.\d+){1,3}[\s\u3000])(?:[^。；;]{10,56}?(?<!日期|截止|截至|开始|结束|期限|举行|举办)(?<!日)|[^。；;]{6,9}(?<!时间|日期|截止|截至|开始|结束|期限|开放|举行|举办)(?<!日))(?:\u3000|\s{2})\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|1[0-4]\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2})?$|"
    # an attachment (附件1：某某表.xlsx, [文件] 某某.pdf), maybe with its download count
    r"^[\[【(（]?(?:附件|附档|附檔|文件|档案|下载)\s*\d{0,2}[\]】)）]?\s*[:：]?\s*\S.{0,50}\."
    r"(?:pdf|docx?|xlsx?|odt|ods|odp|pptx?|zip|rar|7z|txt|csv)\b|"
    # or with its format in brackets (附件：某某示意圖（PDF格式）)
    r"^[\[【(（]?(?:附件|附档|文件|档案|下载)\s*\d{0,2}[\]】)）]?\s*[:：]\s*[^，。,]{1,50}"
    r"[（(]\s*(?:PDF|Word|Excel|DOCX?|XLSX?|ODF|PPT)\S{0,4}[)）]$|"
    # a row of image files' names (某某线路图.jpg　某某示意.jpg)
    r"^(?:[^\s，。,]{1,40}\.(?:jpe?g|png|gif|webp|bmp)\s*){1,8}$|"
    # a notice's sign-off (學務處 敬啟)
    r"^[^\s，。,]{2,16}\s*(?:敬启|谨启|谨上|敬上|谨白)$|"
    # a shop's masked buyer (t***8, 茶***人) with the buyer's level
    r"^\S{0,4}\*{3}\S{0,4}(?:\s+\S{1,12}){0,3}$|"
    # a line saying when something was issued (以上天氣稿由天文台於2025年01月27日16時45分發出);
    # not a numbered item of the notice, nor one saying when it will be (3. 名单预计于5月中旬公布。)
    r"^(?!\d{1,2}\s*[.、．)）]|[^，。,；;！？!?]{0,20}(?:预计|将|拟))[^，。,；;！？!?]{0,20}(?:于|在)\s*[^，。,；;！？!?]{0,20}(?:\d|[〇一二三四五六七八九十]日)\S{0,12}"
    r"(?:发出|发布|公布|更新)(?:之|的)?\S{0,6}$|"
    # a group chat's name with its member count (某某家长群(46), 某某交流群（500）)
    # (with the chat window's back arrow and menu dots: ‹　某某业主群(486)　···)
    r"^(?:[‹<←]\s*)?\S{1,20}(?:群|团|社|圈|会|群组)\s*[(（]\d{1,5}[)）](?:\s*(?:···|…|\.{3}))?$|"
    # a chat's own lines: its notice's pin (📌 某某 設定了公告), its input box (輸入訊息)
    r"^📌?\s*\S{1,16}\s*(?:设定了|设置了|更新了|取消了)公告$|^(?:输入讯息|输入消息|输入信息|发送消息|说点什么\.{0,3})$|"
    # a row of tabs with their counts (全部(8563)　追评(612), 回复　支持(18)　反对(2))
    r"^(?:\S{1,6}\s*(?:[(（]\d[\d,.]*[万千kKw]?[)）])?\s+){1,7}\S{1,6}\s*[(（]\d[\d,.]*[万千kKw]?[)）]$|"
    # a newsletter's issue under its name (某某读书会 Newsletter · No.87, 某某周报 · 第12期)
    r"^[^，。,！？!?]{2,30}\s[·•|｜]\s*(?:No\.?|Vol\.?|Issue|#|第)\s*\d{1,4}\s*期?$|"
    # a commenter's name over a 12-hour stamp (阿明 2024年6月15日 下午10:12)
    r"^[^\s，。,\d]{1,12}\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|凌晨|中午|早上)\s*"
    r"\d{1,2}[:：]\d{2}$|"
    # a comment list's sort switch (默认　最新, 最热　最新, 按热度 按时间, 最热 | 最新)
    r"^(?:(?:默认|最热|最新|热门|最早|最旧|最相关|按热度|按时间|时间|热度)(?:排序)?(?:\s*[|｜/·•]\s*|\s+)){1,3}"
    r"(?:默认|最热|最新|热门|最早|最旧|最相关|按热度|按时间|时间|热度)(?:排序)?$|"
    # a review list's filter tabs, with their counts (全部(1286) 最新 好评 差评 有图)
    r"^(?=.*(?:好评|中评|差评|有图|带图|追评))(?:(?:全部|最新|最热|默认|好评|中评|差评|有图|带图|追评|视频|晒图)"
    r"(?:\s*[(（]\d[\d,.]*[万千]?[)）])?\s+){2,6}(?:全部|最新|最热|默认|好评|中评|差评|有图|带图|追评|视频|晒图)"
    r"(?:\s*[(（]\d[\d,.]*[万千]?[)）])?$|"
    # a spoiler warning over a review (这篇影评可能有剧透)
    r"^\S{0,8}(?:可能|含有|包含|涉及)(?:有)?剧透\S{0,4}$|"
    # a section over a kind of story (环境 ／ 深度报导), a path of three or more (某某 / 地方 / 某市)
    r"^[\u4e00-\u9fff]{1,6}\s+[／/]\s+[\u4e00-\u9fff]{1,6}$|"
    r"^[A-Za-z0-9\u4e00-\u9fff]{1,8}(?:\s+[／/]\s+[A-Za-z0-9\u4e00-\u9fff]{1,8}){2,4}$",
    re.IGNORECASE,
)
# A reference list's entry ([1] 某某.某某规程.某某体育,2024-08-15): source, title, date.
_REFERENCE = rule_cache.compile(
    r"^\[\d{1,3}\]\s*\S.{0,140}[,，.]\s*(?:\d{4}-\d{1,2}-\d{1,2}|[A-Z][a-z]+\.? \d{1,2}, \d{4})\.?$"
)
# A numbered entry of a reference list ([1] 某某. 某某指南[EB/OL]. (2025-09-12), [2] Lancet Oncol.
# 2025 Jun 10. doi:…): a source's fields apart by full stops, a year among them.
# (a wiki's entries open with a caret or an arrow back to the text: ^ 某某. 某某日報. 2023-06-22 [2023-11-20].)
_CITATION_HEAD = rule_cache.compile(r"^(?:\[\d{1,3}\]|\^|↑)\s*\S[^。！？!?]{0,200}$")
_YEAR_LAST = rule_cache.compile(r"(?<![0-9])(?:19|20)\d\d[.．]?$")
_CITATION_STRONG = rule_cache.compile(
    r"\[(?:J|M|EB/OL|S|N|D|C|R|Z|P|A|DB/OL|J/OL)\]|\bdoi\s*[:：]|\bPMID\b"
    # (the day it was read, in brackets: [2023-11-20], [引用日期2023-07-02])
    r"|\[(?:引用日期|访问日期|检索日期|查阅日期|存档日期)?\s*\d{4}-\d{1,2}-\d{1,2}\s*\]"
)
_CITATION_MARK = rule_cache.compile(
    r"(?<=\S)\.\s*\S.*(?<![0-9])(?:19|20)\d\d(?![0-9])"
    r"|^(?=.*(?<![0-9])(?:19|20)\d\d(?![0-9]))[\x20-\x7e]*[A-Za-z0-9)]\.$"  # ([2] 2025 ASCO Annual Meeting Abstract 8012.)
)


def _citation(line: str) -> bool:
    """A reference list's numbered entry: no sentence of the story ends in it (a numbered
    clause, [1] 截至2024年底，公司共有…, has its comma; a source's fields have none)."""
    if _CITATION_HEAD.match(line) is None:
        return False
    if _CITATION_STRONG.search(line) is not None:
        return True
    # (a publisher's fields keep their commas: [3] 李四，王五. 某某指南. 北京：某某出版社，2022.)
    return _CITATION_MARK.search(line) is not None and ("，" not in line or _YEAR_LAST.search(line) is not None)


# A site's blurb about itself (某某 是某某的写作社区，我们主张…): "about us", not the story.
_ABOUT_US = _compile(
    r"^[^\s，。,]{1,12}\s?是\S{0,12}(?:社区|平台|网站|媒体|品牌|频道|栏目|专栏)[，,]\s*我们"
)
# A status label over a live page's headline (即时更新, 持续更新中, 【直播】).
STATUS_LABEL = rule_cache.compile(
    r"^[【\[(（]?(?:即时|实时|最新|持续|不断|滚动|现场)?(?:更新|快讯|直播|动态|消息)中?[】\])）]?$"
    # (（本文持續更新）: the story says it is still being written)
    r"|^[【\[(（](?:本文|本帖|本页|内容)?(?:将|会)?(?:持续|不断|随时)更新中?[】\])）]$"
)
# A repost's credit line: 本文来自…，作者：…，题图来自：… (two or more labelled fields).
CREDIT_LINE = rule_cache.compile(r"^(?:本文|文章|原文)(?:来自|转载自|转自|来源|首发于)")
_CREDIT_FIELD = rule_cache.compile(r"[\u3400-\u9fff]{2,6}\s*[：:]")
_CREDIT_LABEL = rule_cache.compile(
    r"作者|来源|来自|出处|编辑|责编|撰文|记者|摄影|图片|图源|文字|校对|审核|审校|出品|策划|监制|翻译|编译|整理|原标题|转载|首发|版权"
)
# A contact line opening on a phone's or a letter's emoji, as a post sets its own out.
_EMOJI_CONTACT = rule_cache.compile(r"^[\U0001F4DE\u260E\U0001F4E7\U0001F4E9\U0001F4F1\U0001F4F2\u2709]\ufe0f?\s*\S")
_BUSINESS_CONTACT = _compile(r"合作|商务|商业|洽谈|广告|投放|邀约|媒体")
_NAME_THEN_HANDLE = rule_cache.compile(r"[\u4e00-\u9fff][（(][ \t]*(?:IG|Instagram|FB|Threads|X)?[ \t]*[@＠][^)）]{2,30}[)）]")
# A price on a deal widget (到手价169元, ¥129).
PRICE = rule_cache.compile(
    r"(?:到手价?|券后价?|售价|现价|秒杀价|折后价?|价格|仅售)\s*[:：]?\s*[¥￥]?\d+(?:\.\d+)?\s*元?"
    r"|[¥￥]\s*\d+(?:\.\d+)?"
)
_AFFILIATE = rule_cache.compile(r"(?:赚取|获得|收取)(?:\S{0,4})佣金|联盟营销|affiliate", re.IGNORECASE)


def is_credit_line(line: str) -> bool:
    """A credit line of labelled fields (本文来自…：…，作者：…), never a headline."""
    if CREDIT_LINE.match(line):
        return True
    labels = _CREDIT_FIELD.findall(line)
    # (天文台：下午改發八號風球　機管局：逾200航班取消: two speakers quoted in a headline, no credit)
    return len(labels) >= 2 and any(_CREDIT_LABEL.search(label) for label in labels)


def is_price_widget(line: str) -> bool:
    """A shop and a price, little else (京东 到手价169元): a deal widget, never a headline.

    Prices under their labels alone (价格 ¥688.00 券后 ¥598.00) name no shop or product: they
    are the page's own price, content of a shop page."""
    price = PRICE.search(line)
    if price is None:
        return False
    rest = len(_HANZI.findall(line[: price.start()] + line[price.end() :]))
    # (the price first and how many were sold, ¥2688.00　已售 1,203 份: the page's own price)
    own = price.start() == 0 and not _HANZI.search(_PER_HEAD.sub("", _SOLD.sub("", PRICE.sub("", line))))
    # (2025-10-09（周四）¥3,980: a tour's departure and its price, a row of the page's own offer)
    dated = _FULL_DATE.match(line.strip()) is not None
    return rest <= 4 and bool(_HANZI.search(PRICE.sub("", line))) and not own and not dated


# What a page's own price is counted by (¥3,680 起/人, ¥299/晚, 每人).
_PER_HEAD = _compile(r"起?\s*/\s*(?:人|位|晚|间|份|张|次)|起|每人|每位")


# How many were sold, beside a shop page's own price (已售 1,203 份, 月销 2000+).
_SOLD = _compile(r"(?:已售|已卖|月销|销量|已拼|已抢)\s*[\d,.]+\s*[万千]?\+?\s*(?:份|件|单|笔|个|套)?")


# A site's generated user name, maybe with what the user did (值友6712345 爆料, 用户82731 发表).
# A document's number alone on its line: a court's case number ((2024)某01民初1536号) or an
# office's (某政发〔2024〕12号): the file's label, not the story.
_DOC_NUMBER = _compile(
    r"^[（(〔\[]\d{4}[)）〕\]][\u4e00-\u9fff]{1,6}\d{0,4}[\u4e00-\u9fff]{1,4}第?\d{1,6}号$"
    r"|^[\u4e00-\u9fff]{1,10}[〔\[（(]\d{4}[〕\]）)]第?\d{1,5}号$"
    # a listed company's announcement header: 证券代码：600XXX　证券简称：…　公告编号：2025-031
    r"|^(?:证券代码|股票代码|证券简称|股票简称|公告编号)\s*[:：]\s*\S{1,20}(?:[\s\u3000]+\S{2,6}\s*[:：]\s*\S{1,20}){0,3}$"
    # a notice's number under its label (通告編號：TWG/MO/2025/007, 文号：某发〔2025〕3号)
    # (not a case's number in a court report, 案件編號：…: the story's fact)
    # (通告編號：(24-25) 第037號: a school's notice by its school year; 索 引 号：…, 文　　号：…: a
    # government page's fields, their labels spaced out to one width)
    r"|^(?:通告|公告|通知|文件|发文)?(?:编号|文[ \t\u3000]*号|索[ \t\u3000]*引[ \t\u3000]*号)\s*[:：]\s*[\u4e00-\u9fff]{0,4}[〔\[（(]?[A-Za-z0-9/\-._]{2,}[〕\]）)]?"
    r"(?:[ \t]*第)?[A-Za-z0-9/\-._第号]*$"
)
_NUMBERED_USER = _compile(
    r"^[\u4e00-\u9fff]{1,4}\d{5,}(?:\s+[\u4e00-\u9fff]{1,4})?$"
    # a site's anonymous commenter: its name for readers and a number (某某之家网友 2103456)
    r"|^[A-Za-z0-9]{0,6}[\u4e00-\u9fff]{1,6}(?:网友|用户|会员|读者)\s*\d{4,}$"
)
# A newspaper's name, alone or before its reporter (北城日报, 经济日报 张嘉欣,
# 北城日报 记者林怡君／台中报导).
_PAPER = _compile(
    r"^(?:[A-Za-z]{2,8}\s+)?[\u4e00-\u9fff]{1,8}(?:日报|时报|晚报|早报|周报|商报|周刊|新闻网|电视台)"
    r"(?:\s+(?:记者\s*)?[\u4e00-\u9fff]{2,4}(?:\s*[／/]\s*[\u4e00-\u9fff]{2,6}(?:报导|报道))?)?$"
)
SHORT_LIMIT = 24
#: Lines longer than this are prose whatever they contain (no rule reads them).
LONG_LINE = 160


_CLAUSE_HANZI = 7  # hanzi in a token that make it a clause, never a menu's word


_TRIP_DAY_LABEL = rule_cache.compile(r"^(?:[Dd]ay[ \t]*\d{1,2}|D\d{1,2}|第[一二三四五六七八九十\d]{1,3}天)[ \t\u3000]*(?:[(（][^)）]{1,12}[)）])?[ \t\u3000:：]*[\u4e00-\u9fff]")
_PRICE_END = rule_cache.compile(r"\d[\d,]*[ \t]*(?:元|美元|港元|港币)起?$")


# A row opening on a span of months (2019.07 - 2023.02, 2023.03 - 至今): a résumé's or a chronology's.
_SPAN_OPENING = rule_cache.compile(
    r"^(?:19|20)\d\d[./-]\d{1,2}(?:[./-]\d{1,2})?[ \t]*[-–—~～至到][ \t]*(?:(?:19|20)\d\d[./-]\d{1,2}|至今|今|现在)"
)


def _menu_like(line: str) -> bool:
    """Several short tokens, most of them menu words (``即時 熱門 政治 社會``)."""
    if "，" in line or "。" in line:
        return False  # a menu has no sentence commas (回覆 #2：對，9/17…)
    if _TRIP_DAY_LABEL.match(line):
        return False  # Day 2 安平古堡 + 神農街: a trip's day and its stops
    if _SPAN_OPENING.match(line):
        return False  # 2022.06 - 2022.11　会员积分体系重构: a résumé's span and what was done in it
    tokens = [t for t in _TOKEN_SPLIT.split(line) if t]
    if len(tokens) >= 2 and all(
        len(t) <= 6 and (_MENU_WORD.match(t) or _UI_WORDS.search(t)) for t in tokens
    ):
        return True  # 登入 建立新帳號, 只看楼主 收藏 回复
    if len(tokens) < 3:
        return False
    if _PRICE_END.search(line):
        return False  # 小米 15T Pro 台灣 12/3 開賣 … 早鳥價 21,990 元起: a product's headline, its price
    if _LINE_SCORE.match(line):
        return False  # 富邦 0 0 2 0 0 0 1 1 0 4 9 1, 隊伍 1 2 … 9 R H E: a game's line score, no pager
    if all(len(_HANZI.findall(t)) >= _CLAUSE_HANZI for t in tokens):
        # a headline in clauses set apart by spaces (前港姐宣布喜訊 圈中好友留言祝福 老公甜蜜回應):
        # a menu's words are short, whatever button word a clause holds
        return False
    if _score_between_names(tokens):
        return False  # a match's result (第一节结束 辽宁 26-19 广东): two teams and their score
    if any(t in _ARROWS for t in tokens) and not any(_MENU_WORD.match(t) for t in tokens):
        return False  # 沙田坳道起步 → 望夫石 → 原路返回: a route's stops (a button word, 返回, in one)
    figures = [t for t in tokens if _FIGURE.fullmatch(t)]
    words = [t for t in tokens if not _FIGURE.fullmatch(t) and t not in _ARROWS]
    # a list's comma or a change's arrow (not the people who reacted: 你、陳美玲及其他 328 人)
    listed = ("、" in line or any(t in _ARROWS for t in tokens)) and not _PEOPLE_COUNT.search(line)
    if listed and figures and words and not any(_MENU_WORD.match(w) or _UI_WORDS.search(w) for w in words):
        return False  # 雞腿便當 95 → 110, 紫菜湯 25、味噌湯 30: things and their prices, no counters
    # a number before its counter (0056 大概 40 張, 00878 28 張: holdings) is a quantity, no page's
    # number in a pager
    counted = {k for k in range(len(tokens) - 1) if _FIGURE.fullmatch(tokens[k]) and _COUNTER_AFTER.match(tokens[k + 1])}
    menu = sum(
        1
        for k, t in enumerate(tokens)
        if k not in counted and k - 1 not in counted and (_MENU_WORD.match(t) or (len(t) <= 10 and _UI_WORDS.search(t)))
    )
    short = sum(1 for t in tokens if len(t) <= 6)
    if _SENTENCE_PUNCT.search(line):
        return False
    if _SCORE.search(line):
        # a score between two names (江城 102 : 98 北海 已結束): its numbers are no menu's counters
        menu -= sum(1 for t in tokens if re.fullmatch(r"[\d,.]+", t))
    return menu * 2 >= len(tokens) or (len(tokens) >= 4 and short == len(tokens) and menu >= 1)


# A figure, or a price, alone or at the end of a part (95, $680, 110元): fullmatch for a token,
# search for a part's end.
_FIGURE = rule_cache.compile(r"[$＄]?\d[\d,.]*\s*[元块塊$%]?\s*$")
_ARROWS = frozenset({"→", "->", "=>", "➡", "➜"})
# A game's line score: a team and its runs by inning (a 0 among them, as no pager has), or the
# row of innings over them ending in R H E.
_LINE_SCORE = rule_cache.compile(
    r"^\S{1,8}(?=(?:\s+\d{1,2}){8,})(?:(?=.*\s0(?:\s|$))(?:\s+\d{1,2})+|(?:\s+\d{1,2})+\s+R\s+H\s+E)$"
)
_COUNTER_AFTER = rule_cache.compile(r"(?:张|股|元|块|个|件|台|辆|部|只|份|支|手|斤|公斤|岁|箱|瓶|杯)(?![\u4e00-\u9fff])")
_PEOPLE_COUNT = rule_cache.compile(r"\d\s*人")
_SCORE = rule_cache.compile(r"\d\s*[:：]\s*\d")
_SCORE_TOKEN = rule_cache.compile(r"\d{1,3}\s*[-–:：]\s*\d{1,3}")
_TEAM = rule_cache.compile(r"[\u4e00-\u9fff]{2,6}")


def _score_between_names(tokens: list[str]) -> bool:
    """A score (26-19, 2:1) between two names of hanzi: a match's result, not a menu's entries
    (a comment's stamp between its region and its buttons, 浙江 12-20 回复, is no score)."""
    return any(
        _SCORE_TOKEN.fullmatch(t)
        and all(_TEAM.fullmatch(w) and not _UI_WORDS.search(w) for w in (a, b))
        for a, t, b in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )
# A link back to a site's front page (学校首页, 网站主页): a menu's first entry.
_HOME_WORD = rule_cache.compile(r"(?:首页|主页)$")
# A footer's links: about the site (关于微博, 关于我们), and the company that runs it.
_ABOUT_LINK = rule_cache.compile(r"^关于\S{1,4}$")
_COMPANY = rule_cache.compile(r"^\S{2,24}(?:有限公司|有限责任公司|股份公司)$")


def is_company_name(line: str) -> bool:
    """A company's registered name alone (浙江某某新材料股份有限公司): an issuer or a sign-off."""
    return bool(_COMPANY.match(line.strip()))


def _app_promo_row(line: str) -> bool:
    """An app's slogan in short phrases (不用抽 不用搶 現在用APP看新聞 保證天天中獎): three or
    more short phrases apart by spaces, no punctuation, one of them naming the APP."""
    if _NOT_TERMS.search(line):
        return False
    tokens = line.split()
    return (
        len(tokens) >= 3
        and all(3 <= len(t) <= 10 for t in tokens)
        and any(re.search(r"APP|App", t) for t in tokens)
    )


def _nav_row(line: str) -> bool:
    """A site's section menu (学校首页　学校概况　机构设置　…　English): four or more short
    entries, no punctuation, one of them a link home or a menu word; a section name may hold a
    speech character (招生就业, 联络我们) that a row of talk would have too."""
    if _NOT_TERMS.search(line):
        return False
    barred = bool(re.search(r"\s[|｜]\s", line))  # (box bars, │ 丨, are folded to these)
    tokens = [t for t in line.split() if t not in ("|", "｜")]  # (首頁 | 彙總報表 | 財務報表: its bars)
    if tokens and _COMPANY.match(tokens[-1]):
        tokens = tokens[:-1]  # a footer's row of links ends with the company's name
    limit = 8 if barred else 6
    longer = [t for t in tokens if len(t) > limit and not re.fullmatch(r"[A-Za-z]{1,12}", t)]
    # (a row of five or more may hold one longer entry: 首页 选电影 … 影评 2024年度榜单)
    if len(tokens) < 4 or (longer and (len(tokens) < 5 or len(longer) > 1 or len(longer[0]) > 10)):
        return False
    return any(
        _HOME_WORD.search(t) or _MENU_WORD.match(t) or _ABOUT_LINK.match(t) for t in tokens
    ) and all(
        _HANZI.search(t) or re.fullmatch(r"[A-Za-z]{2,12}", t) for t in tokens
    )


def is_home_menu(line: str) -> bool:
    """A row of the site's menu that starts at its home page (首頁 關於我 食譜索引 聯絡我), in
    either script: a share row (分享　WhatsApp　Facebook) or a tool row has no home link."""
    line = fold(line.strip())
    tokens = line.split()
    # (博客园  首页  新随笔: a platform's name may stand before its home link)
    return bool(tokens) and any(_HOME_WORD.search(t) for t in tokens[:2]) and _nav_row(line)


_BRAND_AND_NAME = rule_cache.compile(r"^[A-Za-z][A-Za-z0-9]{1,11} [\u4e00-\u9fff]{2,10}$")


def is_site_over_menu(first: str, nxt: str) -> bool:
    """The page's first line, a short name without punctuation, right over the site's menu row
    (哔哩哔哩 / 首页　番剧　直播　游戏中心): the site's name; a headline stands under the menu."""
    first, nxt = fold(first.strip()), fold(nxt.strip())
    return (
        not _NOT_TERMS.search(first)
        # (CMoney 股市爆料同學會: a Latin brand and the site's name in hanzi, one space between)
        # (… over the site's menu from its home page: not iPhone 隱藏功能 over its contents row)
        and (
            (0 < len(first) <= 12 and not re.search(r"\s", first))
            or (_BRAND_AND_NAME.match(first) is not None and is_home_menu(nxt))
        )
        and any(c in nxt for c in " \u3000|｜")
        and (_menu_like(nxt) or _nav_row(nxt))
    )


_BOARD_LATIN = rule_cache.compile(r"^[\u4e00-\u9fff]{1,8}\s*[(（][A-Za-z][A-Za-z_.\-]{1,20}[)）]$")
# A trail's marks other than an arrow (an arrow joins a route's stops as often as sections).
_CRUMB_MARK = rule_cache.compile(r">|›|»|＞|‹")


# A label opening a line (兑换优先级：), and the labels a trail of the site's sections stands under
# (分類：, 您的位置：, 所在栏目：).
_LEAD_LABEL = rule_cache.compile(r"^([^：:>＞›»]{1,10})[：:]")
_TRAIL_LABEL = rule_cache.compile(r"(?:分类|位置|栏目|频道|版块|板块|目录|类别|路径|导航)$")


def _site_and_section(line: str, site: str, head: set[str]) -> bool:
    """``界面新闻 · 消费`` over a headline: the site's name (the page's first line, chrome) and one of
    the head's other lines (its menu's section), joined by a dot or a bar; a label a reader skips."""
    if line.startswith(site):
        parts = [p.strip() for p in _SITE_SECTION_SPLIT.split(line)]
        # (界面新闻 · 商业 · 零售: and the section's own part, a short word the menu does not show)
        return (
            2 <= len(parts) <= _SITE_SECTION_PARTS
            and parts[0] == site
            and parts[1] in head
            and all(0 < len(p) <= _SUBSECTION_MAX and _HANZI.search(p) and not _SENTENCE_PUNCT.search(p) for p in parts[2:])
        )
    return False


_SITE_SECTION_PARTS = 4  # the site, its section and up to two parts of it
_SUBSECTION_MAX = 6  # characters of a section's part (零售, 新能源车)
_SITE_SECTION_SPLIT = rule_cache.compile(r"[ \t\u3000]*[·•・|｜][ \t\u3000]*")


_LATIN_RUN = rule_cache.compile(r"[A-Za-z][A-Za-z'.&-]*")


def _crumb_width(part: str) -> int:
    """A trail's part measured as a reader sees it: in a name in two scripts a Latin word counts
    once (節目 > 慢慢走的人 Slow Walkers > 單集), up to three of them and 28 characters in all
    (not Privacy & Security → Location Services, a setting's English path)."""
    part = part.strip()
    if len(part) > _CRUMB_RAW_MAX or not _HANZI.search(part) or len(_LATIN_RUN.findall(part)) > 3:
        return len(part)
    return len(_LATIN_RUN.sub("A", part).replace(" ", ""))


_CRUMB_RAW_MAX = 28
# A trail's step to a site's forum (… › 論壇 › …, … › 社区 › …).
_FORUM_STEP = _compile(r"^(?:论坛|讨论区|社区|社群|首页|主页)$")


# A face typed with brackets turned inward (>.<, >_<, >///<): a feeling, not a trail's separator.
_BRACKET_FACE = rule_cache.compile(r"[>＞][._\-oOwWxX/\\]{1,4}[<＜]")


def _separated(line: str) -> bool:
    """``a | b | c`` rows and breadcrumbs (``首頁 > 新聞 > 地方``): short parts between separators."""
    if _POSITION.match(line) or _HOME.match(line):
        return True
    line = _BRACKET_FACE.sub(" ", line)
    parts = [p for p in _BREADCRUMB.split(line) if p.strip()]
    if len(parts) >= 2 and _BREADCRUMB.search(line) and all(_crumb_width(p) <= 14 for p in parts[:-1]):
        if any(_MEASURE.search(p) or _ROUTE_STEP.search(p) for p in parts):
            return False  # 动物园站下车 → 步行15分钟 → 村口: a route's steps, no site's sections
        if all(_FIGURE.search(p) for p in parts):
            return False  # 雞腿便當 95 → 110: a figure and what it became, no trail of sections
        label = _LEAD_LABEL.match(parts[0].strip())
        if (
            label is not None
            and not _TRAIL_LABEL.search(label.group(1).strip())
            and not any(_MENU_WORD.match(p.strip()) or _MENU_WORD.match(p.strip().rpartition("：")[2]) for p in parts)
        ):
            return False  # 兑换优先级：精炼材料 > 突破石 > 摩拉: a label's choices in order, no trail
        if (
            not _CRUMB_MARK.search(line)
            and not any(_MENU_WORD.match(p.strip()) for p in parts)
            # (水木社区 → 休闲娱乐 → 旅游(Travel): a trail that starts at the site, or ends at a
            # board named in two scripts)
            and not _SITE_NAME.match(parts[0].strip())
            and not _BOARD_LATIN.search(parts[-1])
        ):
            return False  # 沙田坳道起步 → 望夫石 → 獅子山頂: a route's arrows, no site's sections
        # (伊莉討論區 » 生活休閒區 » 旅遊交流區 » [揪團] …有人要一起嗎？: a trail that ends at the
        # thread's headline, its question mark the headline's own)
        return not _SENTENCE_PUNCT.search(line) or (
            len(parts) >= 3
            and _CRUMB_MARK.search(line) is not None
            and not _SENTENCE_PUNCT.search("".join(parts[:-1]))
            and "。" not in parts[-1]
            # (not 打開設定 > 電池 > 電池健康度，就可以看到…: steps, then what they show)
            and (
                _SITE_NAME.match(parts[0].strip()) is not None
                or re.match(r"\s*[\[【]", parts[-1]) is not None
                # (Chip123 科技應用創新平台 › 論壇 › 職場話題 › …什麼時候發？: the site, then its forum;
                # not 進入設定 › 通知 › 找到LINE，…: a setting's steps)
                or _FORUM_STEP.match(parts[1].strip()) is not None
            )
        )
    pipes = line.count("|") + line.count("｜")
    if pipes >= 2:
        parts = [p.strip() for p in re.split(r"[|｜]", line) if p.strip()]
        if sum(1 for p in parts if _MEASURE.search(p)) * 2 > len(parts):
            return False  # a row of specifications (吸力12000Pa｜续航200分钟), not links
        if sum(1 for p in parts if _BARE_FIGURE.match(p)) >= 2:
            return False  # 哲学、经济学、法学｜345｜51｜77: a table's row of figures, not links
        # (觀塘區 ｜ 全職 ｜ HK$28,000 - HK$35,000 /月: a listing's facts, its pay last)
        if all(len(p) <= 16 for p in parts[:-1]) and (len(parts[-1]) <= 16 or _PAY.search(parts[-1])) and not _SENTENCE_PUNCT.search(line):
            return True
        # 加入收藏 | 设为首页 | 会员中心 | 我要投稿 某某网 (http://…): a row of links and a slogan
        short = sum(1 for p in parts[:-1] if len(p) <= 8)
        return pipes >= 3 and short >= 3 and "。" not in line
    if pipes == 1:
        # two links of the site's own (网站地图 | 联系我们): both navigation words
        return all(_navigation(p) for p in re.split(r"[|｜]", line))
    return False


# A step of a route (下车, 步行, 换乘, 左转): what a trail of sections never holds.
_PAY = rule_cache.compile(r"(?:HK\$|NT\$|US\$|RMB|[$¥￥])\s?[\d,]+.{0,16}$|[\d,]+\s?(?:元|港元|港币)\s?/\s?月$")
_ROUTE_STEP = _compile(r"下车|上车|步行(?!街)|走路|转乘|换乘|出站|进站|左转|右转|直走|骑行|打车|乘坐|搭乘|坐车|开车|自驾")


#: The most hanzi a line of forum residue holds: the forum's name and its motto.
_RESIDUE_NAME_MAX = 24
_TAIL_RESIDUE = rule_cache.compile(r"[。！？!?][ \t]*([0-9A-Za-z]\S{0,2}(?:[ \t]+[^\s\u3400-\u9fff]{1,3}){3,})$")
_RESIDUE_PUNCT = rule_cache.compile(r"[&;!%#(\[\]^*'~$`+]")
_FORUM_NAME_WORD = _compile(r"论坛|社区|讨论区|网$")
_HANZI_RUN = rule_cache.compile(r"[\u3400-\u9fff][\u3400-\u9fff\s\-—。，、]*")


# A measure: a named quantity with its unit (吸力12000Pa, 续航200分钟, 重量 1.2 kg).
_MEASURE = _compile(
    r"[\u4e00-\u9fff]\s*\d[\d,.]*\s*(?:[A-Za-z%℃°]{1,4}|分钟|小时|毫安时?|英寸|寸|千克|公斤|克|毫升|升|"
    r"厘米|毫米|公里|米|瓦|伏|度|倍|核|帧|万像素|像素)(?![A-Za-z])"
)


_COMMA_CLAUSES = rule_cache.compile(r"[\u4e00-\u9fff][，,][\u4e00-\u9fff]")


def _noise(line: str) -> bool:
    """Forum residue: short tokens of letters, digits and punctuation, no hanzi (``k8 Q; p3 x!``),
    or around the forum's own name, which Discuz scatters it with (``r2 Z! f7 _( H4 甬城论坛``)."""
    if len(line) > 80:
        return False
    tail = _TAIL_RESIDUE.search(line)
    if tail is not None:
        # (光影箱 提供最新港劇、綜藝、電影及生活資訊交流。3 m& z0 H; a: the forum's motto with the
        # residue glued after its full stop)
        tokens = tail.group(1).split()
        # (not a reply's sentence in clauses, 分紅另外算,去年7月1日入帳,這次聽說會更晚。0 ^2 \" U! F  D:
        # the residue glued after the reply, which a reader reads)
        said = _COMMA_CLAUSES.search(line, 0, tail.start()) is not None and not _FORUM_NAME_WORD.search(
            line, 0, tail.start()
        )  # (香港討論區，全港最多人瀏覽的討論區。…: a motto that names its forum)
        if sum(1 for t in tokens if _RESIDUE_PUNCT.search(t)) >= 2 and not said:
            return True
    if _HANZI.search(line):
        hanzi = "".join(_HANZI.findall(line))
        if len(hanzi) > _RESIDUE_NAME_MAX or not _FORUM_NAME_WORD.search(hanzi):
            return False
        runs = list(_HANZI_RUN.finditer(line))
        if len(runs) > 1 or not (runs[0].start() == 0 or runs[0].end() >= len(line.rstrip())):
            return False  # (the name stands at one end: words between tokens are a reply's)
        line = _HANZI_RUN.sub(" ", line)  # (… l港生活論壇: the name glued to a token)
    tokens = line.split()
    if len(tokens) < 3:
        return False
    tiny = sum(1 for t in tokens if len(t) <= 3)
    mixed = sum(1 for t in tokens if re.search(r"[^A-Za-z]", t))
    return tiny * 4 >= len(tokens) * 3 and mixed * 2 >= len(tokens)


def classify(line: str) -> Kind:
    """The shape of one line (in either script)."""
    return _classify(fold(line.strip()))


def _classify(line: str) -> Kind:
    """The shape of one stripped line, folded to Simplified."""
    if not line:
        return Kind.BLANK
    if _letter_spaced(line) and not _LINE_SCORE.match(line) and _classify_line("".join(line.split())) is Kind.CHROME:
        return Kind.CHROME  # 人 民 网 版 权 所 有: a footer spaced out letter by letter
    # (准考证12月9日开始打印,大家别忘了: a forum's clause ended by an ASCII comma, read as a
    # Chinese one, so the sentence reads as talk)
    line = _ASCII_CLAUSE_COMMA.sub("，", line)
    kind = _classify_line(line)
    if kind is not Kind.CHROME and "\u3000" in line:
        # 本报记者　周　敏, 本报记者　周　敏摄: an e-paper's name set out a character to a space
        joined = _LONE_HANZI_SPACE.sub("", line)
        if joined != line and _classify_line(joined) is Kind.CHROME:
            return Kind.CHROME
    return kind


_ASCII_CLAUSE_COMMA = rule_cache.compile(r"(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])")
# A full-width space beside a lone character of a name (周　敏, 周　敏摄).
_LONE_HANZI_SPACE = rule_cache.compile(
    r"(?:(?<=^[\u4e00-\u9fff])|(?<=[\u3000：:][\u4e00-\u9fff]))\u3000(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])\u3000(?=[\u4e00-\u9fff](?:\u3000|$|摄))"
)


def _floor_alone(line: str) -> bool:
    """A floor's number alone on its line, a forum's (#2, 5楼) or Dcard's (B12)."""
    return is_floor_number(line) or bool(_DCARD_FLOOR.match(line.strip()))
# A field's label and its value, then whatever follows a space (攝影：@某某 多謝佢幫我哋…).
_FIELD_VALUE = rule_cache.compile(r"^[^\s：:]{1,8}[：:]\s*\S+\s+(?P<rest>.+)$")


def _field_then_talk(line: str) -> bool:
    """A credit or a field whose value the writer goes on to talk about (攝影：@某某 多謝佢幫我哋影咗
    最後一輯相): a post's sentence, which a reader reads; a field's line names and stops."""
    m = _FIELD_VALUE.match(line)
    return m is not None and not _FIELD_VALUE.match(m.group("rest")) and _chatty(m.group("rest"))


#: A comment's stamp as WeChat writes it, the writer's region and the day (浙江11月18日), or a
#: dateline's place and day alone on a line (上海 11月18日): no sentence, no event.
_PLACE_STAMP = _compile(
    r"^[\u4e00-\u9fff]{2,4}(?<![节日天周期末前后初底中旬])\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?$"
)


#: A site's greeting over its menu (欢迎访问某某区人民政府门户网站！, 歡迎光臨本站).
# A site's notice in English about the reader's browser, cookies or its English edition
# (Your browser does not appear to support…, We use cookies…): the page's, never the story's.
_WEB_NOTICE = rule_cache.compile(
    r"\b(?:your browser|this browser|(?:use|uses|accept|allow|enable)s? cookies|cookie (?:policy|settings|preferences)|"
    r"enable javascript|javascript is (?:disabled|required)|english (?:website|version|site|edition))\b",
    re.IGNORECASE,
)
# A column's day in the paper (（本欄逢周三刊出）), a row of drop-down filters (全部类型 ▾　全部区域 ▾),
# a switch beside a setting (当前城市：滨江　[切换]), a floor's number with its buttons (2楼　回复).
_WIDGET_ROWS = rule_cache.compile(
    r"^[（(]本(?:栏|专栏|栏目|版)(?:逢|每)[^()（）]{1,12}(?:刊出|刊登|出版|更新|见报)[)）]$"
    r"|^(?:[^▾▼]{1,12}+[▾▼][ \t\u3000]*+){2,}$"
    r"|^[^，。！？!?]{1,20}[\[【]切换[\]】]$"
    r"|^\d{1,5}\s*楼(?:[ \t\u3000]+(?:回复|引用|举报|赞|点赞))+$"
    # (a Douban status page's heading, 北岛以北的广播: whose statuses these are)
    r"|^[^\s，。,！？!?]{1,16}的广播$"
    # (a channel's handle and counts, @jayskitchen_tw ‧ 38.6萬位訂閱者 ‧ 412 部影片)
    r"|^@[\w.\-]{2,30}[ \t]*[‧·•][ \t]*[\d.,]+[ \t]*[万千kKmM]?[ \t]*位?(?:订阅者|subscribers)"
    # (a magazine's subscription lines and a site's starred anti-fraud notice at the story's foot:
    # 更多內容，歡迎鏡週刊紙本雜誌、…數位訂閱…, 更多精彩內容，請見某某週刊。, 月費、年費會員免費線上閱讀動態雜誌, ★如遇詐騙，請撥打165…)
    r"|^更多(?:精彩)?内容[，,][ \t\u3000]*(?:欢迎[^。]{0,40}订阅|请(?:见|看|上|至|到|参阅)[^，。！？!?]{1,16}[。.]?$)|^[^，。！？!?]{0,12}会员免费(?:线上)?阅读[^，。！？!?]{0,12}$"
    # (《某某新聞雲》提醒您：如遇詐騙，請撥打165…: the same notice under the site's name; not
    # 警方提醒，如遇詐騙…, the story's advice)
    r"|^[★☆※][ \t\u3000]*如遇诈骗|^[《〈【][^》〉】]{1,12}[》〉】]提醒(?:您|你)?[：:][ \t\u3000]*如遇诈骗"
    # (a column's links, 相關文章　|　作家專欄其他文章; a Discuz board's rating button and its note on a
    # banned poster, 免费评分, 提示: 作者被禁止或删除 内容自动屏蔽; an attachment's row, RenameKit_v2.3.zip
    # (1.86 MB, 下载次数: 3106))
    r"|^相关文章[ \t\u3000]*[|｜][ \t\u3000]*[^|｜，。！？!?]{2,16}文章$|^免费评分$|^提示[:：][ \t]*作者被禁止或删除"
    r"|^\S{1,60}\.(?:zip|rar|7z|exe|apk|pdf|docx?|xlsx?)[ \t]*[(（][^()（）]{0,20}下载次数[:：][ \t]*\d+[)）]$"
    # (此團已有 326 人瀏覽, 已有 2,316 人感興趣: how many people looked at the page or marked it)
    r"|^此?[团页帖篇文]?已有[ \t]*[\d,.]+[万千]?[ \t]*人(?:浏览|看过|关注|感兴趣|收藏|报名|想去)$"
    # (Facebook ｜ Instagram @eastour_hk ｜ YouTube: the agency's accounts, links apart by bars)
    r"|^(?i:Facebook|Instagram|YouTube|IG|FB|Threads|LINE|X)(?:[ \t]*[@＠][\w.]{2,30})?"
    r"(?:[ \t\u3000]*[｜|][ \t\u3000]*(?i:Facebook|Instagram|YouTube|IG|FB|Threads|LINE|X|微博|小红书)(?:[ \t]*[@＠][\w.]{2,30})?){1,5}$"
    # (旅行代理商牌照號碼：352XXX: the agency's licence, the site's foot)
    r"|^[^，。！？!?]{0,8}牌照(?:号码|编号|号)[ \t]*[:：][ \t]*[A-Za-z0-9\-]{3,12}$"
    # (今天 04-22 周二 余票充足, 05-01 周四 未开放预约: a booking widget's day and what is left of it)
    r"|^(?:(?:今天|明天|后天)[ \t\u3000]*)?\d{1,2}[-/.]\d{1,2}[ \t\u3000]*(?:[(（]?(?:周|星期)[一二三四五六日天][)）]?)?[ \t\u3000]*"
    r"(?:余票充足|余票紧张|余票\d+|已约满|约满|已满|已售罄|售罄|可预约|未开放(?:预约)?|暂未开放|闭馆|有票|无票|满额)$"
    r"|^(?:选择|请选择)(?:参观|预约|入园|游玩|观演|演出)?日期$"
    # (下載週刊PDF (1.2MB): a link to the issue's file, with its size)
    r"|^(?i:下载|点击下载|download)[^，。！？!?]{0,16}[(（][ \t]*[\d.]+[ \t]*(?i:KB|MB|GB|K|M)[ \t]*[)）]$"
    # (a site's name and domain over its board's path, 某某 |安卓破解|… www.52pojie.cn › 软件发布区 › 原创发布区)
    r"|^[^，。！？!?]{0,60}?(?:www\.)?[a-z0-9\-]++\.(?:com|cn|net|org)[^，。！？!?›]{0,6}+(?:[ \t]*+›[ \t]*+[^›，。\s][^›，。]{1,11}+){2,}$"
    # (a photo's caption with when it was taken, 宏村南湖清晨，拍摄于Day 2。)
    r"|^[^，。！？!?]{2,20}[，,][ \t]*(?:拍摄于|摄于)(?:[^，。！？!?]{1,12}|[ \t]*(?:Day|day|D)[ \t]*\d{1,2}[。.])$"
    # (Sohu's author card, 文章　总阅读　查看TA的文章>)
    r"|^(?:文章[ \t\u3000]+)?(?:总阅读[ \t\u3000]+)?查看TA的文章>?$"
    # (a forwarded message's source, 轉發自 運輸署 Transport Department)
    r"|^(?:转发自|转载自|(?i:forwarded from))[ \t:：]+\S[^，。！？!?]{0,40}$"
)
# A site's software and its version at the foot (查看原始碼 · v4.2.10, Powered by … | v3.5).
_SOFTWARE_FOOT = rule_cache.compile(r"^[^，。,！？!?]{1,24}[·•|｜][ \t\u3000]*v\d+(?:\.\d+){1,3}$")
#: A platform's name after a post's headline in its page title (標題 - 小红书, 問題 - 知乎).
PLATFORM_NAME = rule_cache.compile(
    r"小红书|知乎|抖音|快手|哔哩哔哩|微博|新浪微博|豆瓣|豆瓣小组|百度贴吧|贴吧|今日头条|头条号|百家号|微信公众号|"
    r"痞客邦|方格子|噗浪|巴哈姆特|巴哈姆特电玩资讯站|连登|连登讨论区|香港讨论区|批踢踢|虎扑|NGA玩家社区|天涯社区"
)
# The browser's title of a post's page, its platform after the headline (…千万别踩_哔哩哔哩_bilibili,
# …人少景美 - 小红书): the page's, the headline being the post's own line below.
_PLATFORM_TITLE = rule_cache.compile(
    rf"^.{{4,80}}?(?:_|[ \t\u3000][-–—|｜][ \t\u3000])(?:{PLATFORM_NAME.pattern})(?:_[A-Za-z]+)?$"
    # (哔哩哔哩 (゜-゜)つロ 干杯~-bilibili: the site's own window title; BV1Gq4y1c7Zk: a video's id)
    r"|^哔哩哔哩[ \t]*\(゜-゜\)つロ[ \t]*干杯~?-?bilibili$|^BV1[0-9A-Za-z]{9}$"
)
_WELCOME = _compile(r"^(?:您好|你好)?[，,！! ]?欢迎(?:访问|光临|来到|进入|浏览)\S{0,30}(?:网站|网|门户|平台|官网|主页|本站)[！!。.]?$")


#: An embedded post's foot, as X (Twitter) writes it under the quoted text: a dash, the
#: account's name, its handle in brackets, the day (— 某某 STAFF (@abc_staff) June 3, 2025).
_EMBED_FOOT = _compile(
    r"^[—–\-]{1,2}\s*[^()（）]{1,40}[(（]@[A-Za-z0-9_]{1,15}[)）]\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{4}年\d{1,2}月\d{1,2}日)$"
)


#: A breadcrumb whose last step is the page's own headline (香港討論區 » 生活百態 » 飲食消閒 »
#: 團年飯邊度食好？): two or more short steps before it, each a site's or a section's name.
_CRUMB_TRAIL = _compile(
    r"^(?:[^\s»›>＞，。,！？!?：:0-9]{1,12}\s*(?:»|›|＞|\s>\s|>>)\s*){2,}[^»›＞>，,。]{2,60}$"
)


#: A comment's row with its text and its stamp (阿毛毛: 玉林那家，当天应该开门 2026-4-3 20:30,
#: 某某: 回复 阿毛毛 :好嘞 2026-4-3 20:41 回复): the name, a colon, what was said, the stamp.
_STAMPED_COMMENT = _compile(
    # (某某 回复 @某某:…: an in-floor reply that names whom it answers)
    r"^(?:[^\s，。,！？!?：:；;]{1,20}\s?|[^\s，。,！？!?：:；;]{1,20}\s+回复\s*@?[^\s：:]{1,20}\s*)[：:]\s*(?P<said>\S.*?)\s+"
    r"(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?:\s+回复)?$"  # (Tieba's reply button after it)
)


#: A Weibo comment's row: the writer and a colon (or the @handle it answers), the words, the
#: stamp and where it was sent from (某某：老王今天是不是接了一天的客 3-8 21:20 来自湖北).
_COMMENT_FROM = _compile(
    r"^(?:[^\s，。,！？!?：:；;@＠]{1,20}[：:]|[@＠][^\s@＠]{1,20}\s)\s*\S.{3,}?\s+"
    r"(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}\s+来自\S{1,12}$"
)


def _stamped_comment(line: str) -> bool:
    """A commenter's words with their stamp: a clause mark or a reply inside says someone
    talks (a headline in a list of links, 某地：渔船回港避风 08-11 14:05, is bare words)."""
    m = _STAMPED_COMMENT.match(line)
    if m is None:
        return False
    said = m.group("said")
    if _BYLINE_NAME_END.search(said):
        return False  # 觀點投書：…，… 李宛蓁 2025-03-18 06:50: a headline, its writer, its stamp
    return bool(_COMMENT_PUNCT.search(said) or said.startswith("回复"))


_BYLINE_NAME_END = _compile(r"\s[\u3400-\u9fff]{2,4}$")


def _letter_spaced(line: str) -> bool:
    """Six or more single characters apart by spaces, most of the line (人 民 网 版 权 所 有 ，…):
    a footer or a banner set out letter by letter, read as its letters joined."""
    tokens = line.split()
    return len(tokens) >= 6 and sum(1 for t in tokens if len(t) == 1) * 4 >= len(tokens) * 3


# An event's day under a bare label (日期：12月24日（三）晚上8:00): no year, and its weekday or
# its time of day in words, as a post lists what happens when; a page's own date has its year.
_EVENT_WHEN = _compile(
    r"^(?:日期|时间|时段)\s*[:：｜|]\s*(?!.*\d{4})"  # (時間｜週二至週日 09:30–17:30: an exhibition's hours)
    r"(?=.*(?:[（(][一二三四五六日天][)）]|周[一二三四五六日天]|星期[一二三四五六日天]|上午|下午|晚上|早上|中午|凌晨|傍晚))"
)


# A chat export's message line: its stamp, its sender and a colon ([5/2/2024, 8:15 AM] 管理處 Peter: …,
# or as WhatsApp on a phone writes it, 22/9/2025 下午8:15 - 陳太: …).
CHAT_LINE = rule_cache.compile(
    r"^\[?(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4}),?[ \t\u3000]+(?:上午|下午|晚上|凌晨|中午)?\d{1,2}:\d{2}(?::\d{2})?"
    # (a sender has a letter, a hanzi or a +: 20/12/2025 14:00 - 16:30 is a span of hours)
    r"[ \t\u3000]*(?:[AaPp]\.?[Mm]\.?)?(?:\]|[ \t\u3000]-)[ \t\u3000]*(?=[^:：]{0,29}[^\d\s:：])[^:：]{1,30}[:：][ \t\u3000]*"
)
# What a chat app writes in the group's name with no sender (22/9/2025 下午6:05 - 黃生 已將你加入,
# … - 訊息和通話均經端對端加密。): the app's notices, never what someone said.
CHAT_SYSTEM_LINE = rule_cache.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{2,4}),?[ \t\u3000]+(?:上午|下午|晚上|凌晨|中午)?\d{1,2}:\d{2}(?::\d{2})?"
    r"[ \t\u3000]*(?:[AaPp]\.?[Mm]\.?)?[ \t\u3000]-[ \t\u3000]+(?![^:：]{1,30}[:：])"
)
# A row of LINE's saved chat under its day's head (2025/01/17（週五）): time, sender, message,
# apart by tabs (20:05<tab>阿哲<tab>收到！), or the app's notice with no sender (小美已收回訊息).
LINE_CHAT_ROW = rule_cache.compile(r"^(?:上午|下午)?\d{1,2}:\d{2}\t(?:[^\t]{0,30}\t|(?=[^\t]{1,30}(?:已收回讯息|已收回訊息|unsent a message)))")
# The day's head in LINE's saved chat: the date alone, with its weekday (2025/01/17（週五）).
LINE_DAY_HEAD = rule_cache.compile(
    r"^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})[ \t\u3000]*(?:[（(](?:星期|週|周|禮拜|礼拜)?[一二三四五六日天][)）]|"
    r"(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]|\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\))?$"
)
# A page's own widgets, as an invitation or an event's page made with a template has them: its
# music switch (🎵 音乐已开启，点击可暂停), the swipe hint (上滑查看 ↑), the map button, the
# template's own link (我也要制作) and the form's buttons.
#: An encyclopedia's note that an entry names several things (本词条是多义词，共2个义项): chrome, and the
#: row of senses under it too (boilerplate).
POLYSEMY_NOTE = r"^本词条是(?:一个)?多义词"
_PAGE_WIDGET = rule_cache.compile(
    r"(?:背景)?音乐已(?:开启|关闭|暂停)|点击(?:可)?(?:暂停|播放)(?:音乐)?$|^(?:上滑|下滑|向上滑动|向下滑动)(?:查看|浏览|翻页|继续)"
    r"|一键导航|我也要制作|^(?:提交回执|发送祝福|提交报名|立即报名|提交)$"
    # (看板Gossiping (八卦)作者yuwanking (魚丸國王)時間3年前 (…)推噓38(…)留言67則…: a PTT mirror's
    # header row, however long)
    r"|^看板\s*[A-Za-z0-9_\-]+\s*[(（][^)）]{1,12}[)）]\s*作者\s*[A-Za-z0-9_]{2,15}"
    # (a shop page's buying widget: 领券：…, 配送至：…, 颜色：白色 ｜ 灰色, 数量：－ 1 ＋, 服务：正品保障 · …,
    # 商品图片仅供参考, 商品评价（8600+）)
    r"|^(?:领券|配送至|送至)\s*[:：]|^(?=.{0,60}$)(?:颜色|容量|尺码|规格|版本|套餐|款式|尺寸|颜色分类)[ \t]*[:：][ \t]*"
    r"[^|｜\s](?:[^|｜]{0,10}[^|｜\s])?(?:[ \t]*[|｜][ \t]*[^|｜\s](?:[^|｜]{0,10}[^|｜\s])?)+$"
    r"|^数量\s*[:：]\s*[－\-—]\s*\d+\s*[＋+]$|^服务\s*[:：][^。]{0,40}[·•][^。]{0,40}$|商品图片仅供参考|^商品评价\s*[(（][\d.万+]+[)）]$"
    # (an encyclopedia's polysemy note, its senses, its tools: 本词条是多义词，共2个义项 / 某某石拱桥　｜　某某（公路桥）
    # / 编辑　讨论　收藏　分享　本词条由…审核)
    rf"|{POLYSEMY_NOTE}"
    r"|^编辑[ \t\u3000]+讨论[ \t\u3000]+收藏"
    # (本页内容有帮助吗？ 👍 有帮助　👎 没帮助: a help page's feedback buttons)
    r"|^(?:本页|本文|这篇文章|此页面?)(?:内容)?(?:对[你您])?有(?:帮助|用)吗[？?]"
    # (♥ 128 人覺得這則更新有幫助: the count of readers who pressed its button)
    r"|^[♥❤♡👍]?[ \t]*[\d,]+[ \t]*(?:人|位)(?:觉得|认为)\S{0,8}有(?:帮助|用)$"
    # (所有資料只作招聘用途，…: a job ad's privacy note)
    r"|(?:资料|个人资料)只(?:作|用作|供)招聘用途"
    # (追蹤樂團最新消息：, 主辦單位聯絡資訊: a call to follow over the accounts, the organiser's contact)
    r"|^(?:追踪|关注|订阅)[^，。,！？!?]{0,8}(?:最新消息|最新动态|最新资讯)[:：]$|^主办单位(?:联络|联系)(?:资讯|信息|方式)$"
    # (已赞过 | 已踩过 | 你对这个回答的评价是？: 百度知道's vote row under an answer)
    r"|你对这个回答的评价是[？?]?$"
    # (跳到 页 确定: a pager's box to jump to a page, its number left blank)
    r"|^跳(?:到|转到?)[ \t]*第?[ \t]*\d*[ \t]*页[ \t]*(?:确定|GO|Go)?$"
    # (您的电子邮箱地址不会被公开。 必填项已用 * 标注: a blog's comment form)
    r"|^(?:您的|你的)?(?:电子)?邮箱(?:地址)?不会被公开|必填项已用[ \t]*[*＊][ \t]*标注"
    # (加入 Google 日曆 ›, 查看地圖 ›: a link and its arrow; 姓名 *, 電話 / WhatsApp *: a form's
    # required field, its label then a space; 回到頁首 ▲)
    r"|^(?:加入|查看|前往|打开|开启)[^，。,]{1,14}[ \t\u3000]?[›»>]$|^[^\s，。,！？*＊]{1,8}(?:[ \t]*/[ \t]*[^\s，。,*＊]{1,12})?[ \t]+[*＊]$"
    r"|^回到(?:页首|顶部|页顶)[ \t\u3000]*[▲↑⬆]?$"
)
def _page_control(line: str) -> bool:
    """A page's switch, hint or form's choices: chrome that bounds no menu (the lines beside it,
    请于5月10日前回复：, are the page's own)."""
    folded = fold(line.strip())
    return bool(_PAGE_WIDGET.search(folded) or _FORM_CHOICES.match(folded))


# A form's choices, each after its box (☐ 一定到场　☐ 有事无法出席): what the reader ticks.
_FORM_CHOICES = rule_cache.compile(r"^(?:[☐☑☒□○◯][ \t\u3000]*[^☐☑☒□○◯\s]{1,10}[ \t\u3000]*){2,}$")
# An obituary's mourners under it, each kin's names after its word (孤哀子　林志成　林志明, 孫　林冠宇),
# its closing formula (暨族親等　泣血稽顙) and its office's address (治喪處：…): the notice's
# signature, as a notice's office and date are.
_MOURNERS = rule_cache.compile(
    r"^(?:(?:孤哀子|孤子|哀子|孝子|孝男|孝女|孝媳|孤哀媳|孤哀女|哀女|孝孙|孝孙女|孙|孙女|孙媳|外孙|外孙女|曾孙|曾孙女|曾外孙|"
    r"玄孙|杖期夫|未亡人|胞兄|胞弟|胞姊|胞姐|胞妹|女婿|孙婿|孝眷)(?:(?:[ \t\u3000]+|[ \t\u3000]*[:：][ \t\u3000]*)[\u4e00-\u9fff]{2,4}(?:[(（][^)）]{1,4}[)）])?)+"
    r"|.{0,12}(?:泣血稽颡|泣稽颡|泣稽首|拭泪顿首|泣叩)|治丧处[ \t\u3000]*[:：].*"
    # (林府　林母黃老夫人　治喪: the family's head of a funeral notice; 已有 312 位親友點燭追思: a
    # memorial page's counter)
    r"|\S{1,3}府[ \t\u3000]+\S{2,12}[ \t\u3000]+治丧|已有[ \t]*[\d,]+[ \t]*位\S{0,4}(?:点烛|献花|上香|追思|悼念)\S{0,4})$"
)
# A timeline's row: its day or month first, then a wide gap (10月　寫SOP、改履歷, 2024.6.1　開始準備).
#: A row opening on its full date and its weekday (2025-03-08 周六, 2025/03/08（六）…): a
#: schedule's, a departure's or a show's, whatever follows (Simplified: fold the line first).
DATE_WEEKDAY_OPENING = r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]*[(（]?(?:周|星期|礼拜)[一二三四五六日天][)）]?"
# … with more after it (2025-03-08 周六　¥2980/¥1980　余位12): a departure or a show, with its fares
# or its hour; no deal widget.
_SCHEDULE_DAY = rule_cache.compile(DATE_WEEKDAY_OPENING + r"[ \t\u3000]+\S")
_DATED_ROW = rule_cache.compile(
    r"^(?:\d{4}[./-])?\d{1,2}(?:[./-]\d{1,2}|月(?:\d{1,2}[日号])?(?:初|中|底|上旬|中旬|下旬)?)(?:\u3000|\t| {2,})"
    # (not a calendar's row of weekdays: 11.20　周四　周五　周六)
    r"(?!(?:(?:周|星期|礼拜)[一二三四五六日天][ \t\u3000]*)+$)\S"
)
# A notice's signature: who sends it, then 敬啟 (管理處　啟, 校長 何志明 謹啟, 陈屿 & 林晚　敬邀).
_SENDER_SIGN_OFF = rule_cache.compile(r"\S[ \t\u3000]+(?:敬启|谨启|启|敬邀|谨邀|敬上|谨上|同启|拜上)$")
# A blog platform's English buttons and counters on a Chinese page (Listen, Share, 41 Followers,
# Responses (2), Written by 某某, What are your thoughts?, 5 min read, Share this post, 12 Likes), as
# Medium and Substack lay them around a post: the platform's, never the writer's.
_ENGLISH_UI = rule_cache.compile(
    r"^(?:listen|share|follow|following|subscribe|sign in|sign up|get started|member-only story|text to speech"
    r"|help|status|about|careers|press|blog|privacy|terms|see all responses|recommended from medium"
    r"|\d+(?:\.\d+)?k? (?:followers?|following|claps?|responses?)|responses? \(\d+\)|\d+ min read"
    r"|written by [^\s,.，。][^,.，。]{0,30}|what are your thoughts\?|more from [^,.，。]{1,30}"
    # (a slider's or a pager's buttons: Previous, Next, Load more, Back to top)
    r"|previous|prev|next|previous page|next page|older posts|newer posts|load more|read more|back to top"
    # (a picture viewer's close button)
    r"|close"
    # (a channel's or a blog's comment box: 💬 12 comments, Leave a comment)
    r"|(?:💬\s*)?\d+\s+comments?|leave a comment|leave a reply|add a comment|view all \d+ comments"
    # (… and its form under it: Be the first to comment, Your email address will not be published.,
    # Comment, Name*, Email*, Website, Post Comment; a list of links over it, Related Articles)
    r"|be the first to comment|your email address will not be published\.?|comments?\s*\*?|name\s*\*|email\s*\*"
    r"|website|post comment|submit comment|related (?:articles|posts|stories)|you may also like"
    # (Substack's: Share this post, Type your email..., 12 Likes, 3 Restacks, Start writing, Privacy ∙
    # Terms ∙ Collection notice; its Thanks for reading… is read with the disclaimers)
    r"|share this post|start writing|type your email\.*|get the app|\d[\d,.]*k?\s*(?:likes?|restacks?)"
    r"|privacy\s*[∙·•|｜]\s*terms(?:\s*[∙·•|｜]\s*\S.{0,30})?"
    # (a Telegram channel's web preview: 12.6K subscribers, Preview channel, View in Telegram, Download;
    # its longer notes are read with the site's lines)
    r"|\d[\d,.]*\s?[km]?\s+(?:subscribers?|members?|online)|preview channel|view in telegram|download|pinned message"
    # (Patreon's: Like, Load more comments, Become a patron, Join for US$5 per month)
    r"|like|load more comments|become a (?:patron|member)|join for \S{1,12} (?:per|a|/) ?month"
    # (HackMD's: Go to bottom, Owned this note, Changed 3 days ago, Published, Like 8, Bookmark, a
    # comment's age, Sign in to comment, Published on HackMD)
    r"|go to bottom|expand all|owned this note|(?:changed|edited|updated) \d+ \w+ ago|published|like \d+|bookmark"
    r"|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|sign in to comment|published on \S{2,20})$",
    re.IGNORECASE,
)
# A page's language switch (繁 ｜ EN, 繁體 | 简体 | English, 中文版 / ENG): two or more names of
# scripts and languages and nothing else.
_LANG_NAME = (
    r"(?:繁|简|繁体|简体|繁中|简中|繁体中文|简体中文|正体|中文版?|中|英|英文版?|日文|日本语|en|eng|english"
    r"|tc|sc|chi|chinese|日本語|한국어|韩文)"
)
_LANGUAGE_SWITCH = rule_cache.compile(
    rf"^{_LANG_NAME}(?:[ \t\u3000]*[|｜/／·•][ \t\u3000]*{_LANG_NAME}|[ \t\u3000]+{_LANG_NAME}){{1,4}}$",
    re.IGNORECASE,
)
# The language a site is shown in, with its region (中文(香港), English (UK)): its footer's picker.
_LANGUAGE_CHOICE = rule_cache.compile(
    r"^(?:中文|繁体中文|简体中文|english|日本语|日本語|한국어)\s*[(（]\s*(?:香港|台湾|中国|澳门|新加坡|简体|繁体|"
    r"us|uk|hong kong|taiwan|china)\s*[)）]$",
    re.IGNORECASE,
)
# A blog platform's own lines around a post: the owner's reply stamp (版主回覆：(10/21/2024 12:40:55)),
# a profile's fields (昵称：…, 园龄：9年3个月), a writer's totals (总资产38 共写了52.3W字 获得3,104个赞),
# the tip jar's prompt (小礼物走一走), a WeChat post's collection (收录于合集 #社区活动 36个).
# A forum's own lines (HKGolden, Discuz): its login prompt with [按此] links, the thread starter's
# label, the page jump, a quote's header, and a poster's row with a day-first stamp
# (牛腩麵加底 2/2/2025 14:02).
_FORUM_FURNITURE = rule_cache.compile(
    r"(?i)^[^。]{0,12}\[按此\].{0,16}(?:登入|登录|注册)|^发起人$|^跳至第[ \t]*\d+[ \t]*页$|^引用[ \t]*[:：]$"
    r"|^原帖由[ \t\u3000]*\S{1,20}[ \t\u3000]*于[ \t\u3000]*.{6,24}发表$"
    # (a signature's divider, its label read with the disclaimers; a board's level and points, LV. 21, GP 9; V2EX's notice
    # on an old thread.  PTT's form for a news repost, 1.媒體來源: … 6.備註:, stays: annotators
    # split on it)
    r"|^-{2,}[ \t]*sign[ \t]*-{2,}$|^(?:lv|gp)\.?[ \t]*\d{1,5}$"
    # (牛頭角豬仔包　Lv.3 食評家: a reviewer's name, level and rank over the review; not 終於升到 Lv.99 了)
    r"|^[^\s，。,！？!?：:]{1,16}[ \t\u3000]+lv\.[ \t]*\d{1,2}"
    r"(?:[ \t\u3000]*(?:食评家|美食家|会员|新手|达人|老手|大师|专家|作者|博主|用户|版主|吃货))?$"
    r"|^这是一个创建于[ \t]*\d+[ \t]*天前的主题|^忽略主题$"
    r"|^\S{1,16}[ \t\u3000]+\d{1,2}/\d{1,2}/\d{4}[ \t\u3000]+\d{1,2}:\d{2}$"
    # (… its heading and its form: 所有跟帖:, 加跟帖, 笔名:, 密码:)
    r"|^所有跟帖[ \t]*[:：]?$|^加跟帖$|^(?:笔名|密码|用户名|昵称)[ \t]*[:：]$"
    # (a comment form's other fields and its button: 內容：, 電郵（不會公開）, 送出)
    r"|^(?:留言内容|电邮|电子邮件|电子信箱)[ \t]*[:：]$"
    r"|^(?:电邮|电子邮件|邮箱|电子信箱|Email|E-mail)[ \t]*[(（](?:不会|不予|将不会)公开[)）][ \t]*[:：]?$|^(?:送出|提交)$"
    # (… and the picture's place in an old blog's post: (圖) 奶茶杯跟我的新圍巾, (相片) 自家製盆菜)
    # (a caption's own word for it, （圖片）霧島工房上次的攤位佈置; 圖 alone only set apart, (圖) 奶茶杯)
    r"|^[(（](?:图片|相片|照片)[)）][ \t\u3000]*[^，,。！？!?]{1,30}$|^[(（]图[)）][ \t\u3000]+[^，,。！？!?]{1,16}$"
)
# A forum poster's profile fields (UID:40218876 级别:业余侠客 威望:2 发帖:3201 注册:2016-08-15):
# three or more of the board's own labels on one line.
# (發表:12 回覆:40 積分:25 註冊:2015-03-02: an older board's poster counts, its posts and replies first)
_PROFILE_FIELD = rule_cache.compile(
    # (文章: 1,203　主題: 88　加入日期: 2016年10月　聲望: 27, 文章：2104 积分：15890 门派：无门无派: an
    # Invision or Dvbbs card's count of posts)
    r"(?:^|[ \t\u3000])(?:(?:UID|级别|等级|威望|发帖|帖子|主题|积分|经验|精华|注册|在线时间|阅读权限|金币|声望|"
    r"文章)[ \t]*[:：]"
    r"|(?:发表|回复)[ \t]*[:：](?=[ \t]*\d))"
)
_BARE_CARD_COUNT = rule_cache.compile(
    r"(?:^|[ \t\u3000])(?:威望|论坛币|通用积分|学术水平|热心指数|信用等级|经验|帖子|精华|在线时间|注册时间|最后登录|积分|金币|金钱|贡献)[ \t]+\d"
)
_BARE_CARD_MIN = 4
# A poster's sign-up or last-visit day among the card's fields (註冊日期: Mar 2011, 註冊時間: 2009-02-14,
# 10:02, 在線時間 812 小時 註冊時間 2008-5-12 最後登錄 2019-8-4, 专业: 有机化学 | 注册: 2022-09-01): the
# board's card, never the story's day (not 注册时间：3月1日至15日, a notice's window: no range in it).
_SIGN_UP_DAY = (
    r"(?:(?:注册|加入)[ \t]*[:：]|(?:注册时间|注册日期|注册于|加入时间|加入日期|最后登录|上次登录|最后访问)[ \t]*[:：]?)[ \t]*"
    r"(?:\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:,?[ \t]*\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?)?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?[ \t]+\d{4})"
)
_FIELD_GAP = r"(?:[ \t\u3000]*[|｜·•][ \t\u3000]*|[ \t\u3000]+)"
# (the other fields beside it hold a figure or a label's colon: 在線時間 812 小時, 专业: 有机化学; a day
# alone under its label needs its clock or an English month, 註冊日期: Mar 2011: not a school's
# 註冊時間 2025-09-08, enrolment, nor 加入日期 2023-05-01 擔任技術總監, a career's step)
_FIELD_PART = r"[^，。！？!?至到~～]{0,30}?[\d:：][^，。！？!?至到~～]{0,30}"
SIGN_UP_ROW = rule_cache.compile(
    rf"^{_FIELD_PART}{_FIELD_GAP}{_SIGN_UP_DAY}(?:{_FIELD_GAP}{_FIELD_PART})?$"
    rf"|^{_SIGN_UP_DAY}{_FIELD_GAP}{_FIELD_PART}$"
    rf"|^(?=[^:：]*[:：])(?=.*(?:\d{{1,2}}:\d{{2}}|[A-Z][a-z]{{2}}))(?:{_SIGN_UP_DAY})$"
)
#: A digest's entry head, its clock and its kind of news (22:31　｜　業績): chrome only over the news it
#: heads (see boilerplate._digest_heads), never a schedule's rows (17:30 ｜ 賓客入場 / 18:30 ｜ 新人進場).
DIGEST_HEAD = rule_cache.compile(r"^\d{1,2}:\d{2}[ \t\u3000]*[|｜][ \t\u3000]*[\u4e00-\u9fff]{2,6}$")
# An entry's field in an infobox: its label, one wide space, its values listed with 、.
_LISTED_FIELD = rule_cache.compile(r"^[\u4e00-\u9fff]{2,6}\u3000[^\u3000\s]+、[^\u3000\s]+$")
_TICKED_ITEM = rule_cache.compile(r"^[✅☑✔️▪️🔹🔸•·\-\ufe0f]{1,3}[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*[:：]")
# A page's own lines that no story holds (read from social, local and business pages): a notice's
# issue-date label (發出日期：…), its signatory (签发：…, 首席预报员：…), a download link, an ad's
# marker in brackets, a rating widget, a channel's call to subscribe, a live page's tabs and
# refresh switch, a ticket page's buttons, an ad's prompt to scroll on.  (Not a listed company's
# standard assurance, a writer's bio, nor a ticket's purchase limit: annotators keep them.)
#: A video page's view count opening its row (YouTube: 觀看次數：45,210次  2024年4月12日).
VIEWS_OPENING = r"^观看次数[ \t]*[:：]?[ \t]*[\d,.]+[万亿]?次"
# A board's ranks and its staff's badges (新手上路, 进阶会员, 吧务小助手, 版主), alone on a line
# under a poster's name.
_FORUM_RANKS = (
    "新手上路|初级会员|中级会员|高级会员|进阶会员|资深会员|荣誉会员|注册会员|活跃会员|论坛元老|超级版主|禁止发言|"
    "吧务|吧务小助手|小吧主|大吧主|版主|管理员"
)
_SITE_LINES = rule_cache.compile_split(
    r"^(?:发出|发文|签发|印发)日期[ \t]*[:：][ \t]*\S{6,16}$"
    # (Facebook's group page: 私人社團 · 5.2萬位成員, 你和其他45人, 以某某身分回應……, 撰寫公開留言……;
    # a post shared into a group, 陳嘉欣 ▸ 將軍澳街坊關注組)
    r"|^(?:公开|私人|私密)(?:社团|小组|群组)[ \t]*[·•][ \t]*[\d.,]+[万千Kk]?[ \t]*位?成员$"
    # (Douban's group page: 小组 · 成员 18.6万)
    r"|^(?:小组|群组|社团|圈子)[ \t]*[·•][ \t]*成员[ \t]*[\d.,]+[万千Kk]?$"
    r"|^以\S{1,20}身[分份](?:回[应复]|留言)[.…。]*$|^撰写(?:公开)?留言[.…。]*$"
    # (Threads' and Plurk's reply boxes: 在 Threads 上加入對話, 回應這則噗……; a paper's tip line,
    # （下载红星新闻，报料有奖！）)
    # (a video's or a post's credits under an emoji: 📷 IG：@ade_and_yu, 🎵 音樂：Epidemic Sound, 📸 by
    # IG@hk.foodie.mimi; YouTube's counts row and its buttons: 觀看次數：45,210次  2024年4月12日, 顯示較少內容,
    # 排序依據, ⏱ 章節)
    r"|^[\[【]组图共\d+张[\]】]"  # ([组图共4张] 图：@老周拍江城: a gallery's label and its credit)
    r"|^(?:📷|📸|🎵|🎶|🎧)\ufe0f?[ \t]*(?:by[ \t]+)?(?:(?:IG|Instagram|FB|Threads|音乐|摄影|拍摄|BGM|Music|Photo)[ \t]*[:：]?[ \t]*)?"
    r"(?:[@＠][\w.\-]{1,30}|[A-Za-z][A-Za-z0-9 .&'\-]{1,30})$"
    r"|" + VIEWS_OPENING + r"|^显示(?:较少|更多)内容$|^排序依据$|^⏱\ufe0f?[ \t]*章节$"
    # (a show's or a page's credits, each a role and its accounts: 主持：阿欣 @yan_eats ｜ 阿樂 @lok.foodie,
    # 剪接：@studio_kowloon, 主視覺設計：@studio.tidal)
    # (拍攝剪輯：@某某: two roles of one person, written together)
    r"|^(?:主持|嘉宾|剪接|剪辑|后制|主视觉设计|视觉设计|设计|插画|摄影|拍摄|配乐|监制|制作|策划){1,3}人?[ \t]*[:：][ \t]*"
    r"[^\s@＠:：，。]{0,10}[ \t]*[@＠][\w.\-]{2,30}(?:[ \t]*[｜|/、][ \t]*[^\s@＠:：，。]{0,10}[ \t]*[@＠][\w.\-]{2,30}){0,4}$"
    # (a podcast episode's day and length: 2024年10月28日 · 58 分鐘; a recipe site's cooks: 小鱼儿　做过这道菜　06-09)
    # (an emoji and a role in English before an account: 🎄 Styling @某某; a picture's or a map's
    # source thanked under its label: 相片：多謝 @某某 幫手影相, 路線圖：感謝 @某某 授權使用)
    r"|^[^\w\s]{1,2}\ufe0f?[ \t]*(?i:styling|styled by|florals?|makeup|hair|venue|props|photos?|photography)[ \t]*[:：]?[ \t]*[@＠][\w.\-]{2,30}$"
    # (a role in hanzi, perhaps with an emoji before it and by after it: 包裝插畫 by @某某, 🎨 menu設計 @某某)
    r"|^(?:[^\w\s]{1,2}\ufe0f?[ \t]*)?(?i:menu|logo)?(?:包装|封面|海报)?(?:插画|设计|摄影|拍摄|造型|妆发|花艺|文案|剪辑|绘图)"
    r"[ \t]*(?:by[ \t]+|[:：][ \t]*)?[@＠][\w.\-]{2,30}$"
    r"|^(?:相片|照片|图片|图|路线图|地图|封面|影片|视频)[ \t]*[:：][ \t]*(?:多谢|感谢|谢谢)[ \t]*[@＠][^\s，。,！？!?]{1,30}"
    r"[ \t]*(?:帮手影相|帮忙拍摄|拍摄|影相|提供|授权使用|授权)?$"
    r"|^\d{4}年\d{1,2}月\d{1,2}日[ \t]*[·•][ \t]*\d{1,3}[ \t]*(?:分钟|小时|分|min)$"
    r"|^\S{1,16}[ \t\u3000]+做过这道菜(?:[ \t\u3000]+\d{1,2}-\d{1,2})?$"
    # (a blog's sidebar and list furniture: 目前分類：老屋走讀 (37), 瀏覽方式：標題列表｜簡短摘要, 日誌月曆,
    # 轉載本站圖文請先來信 …，謝謝。)
    r"|^(?:目前分类|当前分类|浏览方式)[ \t]*[:：]|^(?:日志月历|文章月历|日志日历)$"
    r"|^(?:转载|转贴)本站[^。！!]{0,40}(?:来信|联系|授权|同意)"
    # (a post's picture counter, 相片 1/3; X's stamp with its views, 下午9:04 · 2024年9月16日 · 2.1萬 次查看)
    r"|^(?:相片|照片|图片|图)[ \t]*\d{1,2}[ \t]*/[ \t]*\d{1,2}$"
    r"|^(?:上午|下午)[ \t]*\d{1,2}:\d{2}[ \t]*[·•][ \t]*\d{4}年\d{1,2}月\d{1,2}日(?:[ \t]*[·•][ \t]*[\d.,]+[万千]?[ \t]*次?查看)?$"
    # (an office's head signing its notice, the name masked or not: 館長　林○○, 校長 陳大文)
    # (set apart by a full-width space, or masked: not a comment's 市長 加油, 校長 好帥)
    r"|^(?:馆长|局长|处长|校长|院长|主任委员|主任|所长|董事长|总经理|理事长|市长|县长|乡长|镇长|区长|署长|部长)"
    r"(?:\u3000+[\u4e00-\u9fff○〇Ｏ]{2,4}|[ \t]+[\u4e00-\u9fff]{1,2}[○〇Ｏ]{1,2})$"
    # (a wiki's redirect note: 「鹿嶼燈節」重新導向至此。關於同名的漁港，請見「鹿嶼漁港」。)
    r"|^[「“][^」”]{1,30}[」”](?:重新导向|重定向)至此[。，]"
    # (a company's sign-off: 关注星澜科技官方微博@… 及微信公众号“…”获取更多资讯。)
    r"|^(?:欢迎)?关注[^，。,]{0,30}(?:微博|公众号|抖音|视频号|小红书)[^。！!]{0,40}(?:获取|了解|获得)更多(?:本地|本市|最新|精彩|一手)?(?:资讯|信息|内容|动态|详情|新闻)[。！!]?$"
    # (an encyclopedia entry's review line and its vote button: 本词条由“科普中国”…审核, 0有用+1)
    r"|^本词条(?:内容)?由.{2,40}(?:审核|提供|认证)$|^\d+[ \t]*有用[ \t]*\+1$"
    # (组长公告：@所有人 发帖请注明区域…: a group's pinned notice from its keeper, over every thread)
    r"|^(?:组长|版主|吧主|管理员|群主)公告[ \t]*[:：]"
    # (在 Threads 回覆……, 回應……: the reply box's prompt alone)
    r"|^在[ \t]*Threads[ \t]*上加入对话$|^在[ \t]*Threads[ \t]*(?:上)?回复[.…。]*$|^回应(?:这则噗)?[.…。]*$|^[（(]?[^。！？!?]{0,16}报料有奖[！!]?[）)]?$"
    r"|^[^\s▸►]{1,20}[ \t]*[▸►][ \t]*\S.{0,50}$"
    # (a byline under its label, 撰文者：某某; where the story first ran, 本文出自商業周刊第1971期; the
    # editor's note on the headline, （標題為編輯所擬）; a subscription's slogan, 訂閱商周 掌握產業第一手消息;
    # not a note on names, （文中人物为化名）, nor a writer's bio: annotators split on both)
    r"|^(?:撰文者?|撰稿人?|采写|文字)[ \t]*[:：][ \t]*[\u4e00-\u9fff]{2,4}(?:[、 ][\u4e00-\u9fff]{2,4}){0,3}$"
    r"|^本文(?:出自|原载于|原载|摘自|选自|刊于|首发于)[^\s，。,！？]{2,24}$"
    r"|^[（(](?:标题为编辑所拟|标题为编者所加)[）)]$"
    r"|^订阅[^\s，。,]{1,8}[ \t]+[^\s，。,]{2,16}$"
    # (a reprint licence, 採用 CC BY-NC-ND 3.0 TW 授權條款; a newsroom's appeal for support, 用行動支持報導者,
    # …我們需要你的定期定額支持。)
    r"|^用行动支持[^\s，。,]{1,12}$|^[^。]{0,30}定期定额(?:支持|捐款|赞助)[。！!]?$"
    # (支持上下游新聞 / 你的支持，讓我們繼續追蹤土地與食物的真實: the appeal's heading, the outlet's
    # name after 支持 alone, and its line on what the reader's gift keeps going)
    r"|^支持[^\s，。,！!]{2,10}(?:新闻|报导|报道|新闻网)$"
    # (每经头条（nbdtoutiao）——: an outlet's public account and its id, pointing at its QR code)
    r"|^[\u4e00-\u9fff]{2,10}[（(][ \t]*[A-Za-z][A-Za-z0-9_]{3,20}[ \t]*[）)][ \t]*(?:——|--|—|→|：|:)$"
    r"|^(?:你|您)的(?:支持|赞助|订阅)[，,][ \t]*(?:让|使|是)我们(?:继续|能继续|得以|可以|持续)[^。！!]{2,30}[。！!]?$"
    # (小額贊助新頭殼，支持優質新聞: a newsroom's call for small gifts; 36氪APP 让一部分人先看到未来:
    # an app's name and slogan; 7x24小时 全球实时财经新闻直播: a wire feed's banner)
    r"|^小额(?:赞助|支持|捐款|捐助)[^\s，。,]{1,12}(?:[，,][ \t]*支持[^\s，。,]{1,10})?[。！!]?$"
    r"|^\S{1,8}(?<![A-Za-z])(?:APP|App|客户端)[ \t\u3000]+(?=\S*[\u4e00-\u9fff]{3})[^\s，。,！？!?：:]{4,16}$"
    r"|^7[ \t]*[x×*X][ \t]*24[ \t]*小时(?:[ \t]+[^\s，。,]{2,20})?$"
    # (★★★★★ 4.8（126個評分）: a recipe's or a shop's rating and how many rated it)
    r"|^[★☆]{3,5}[ \t]*\d(?:\.\d)?(?:[ \t]*/[ \t]*5)?[ \t]*[(（][\d,.]+[万千]?[ \t]*[个则条]?人?(?:评分|评价|评论)[)）]$"
    # (CSDN: 运维笔记 专栏收录该内容　12 篇文章　订阅专栏, its note on the article's topics, its
    # skill tree's learners)
    r"|专栏收录该内容|^文章知识点与官方知识档案匹配|[\d,]+[ \t]*人正在系统学习中$"
    # (a listed company's release: 前瞻性陈述：…; a court's or an office's note on where else the
    # story ran, （本文亦发布于微博@… 及微信公众号“…”）)
    r"|^前瞻性陈述[ \t]*[:：]|^[(（]本文(?:亦|同时|同步)?(?:发布|发表|刊发|首发|刊登)于[^)）]{2,50}[)）]$"
    # (a programme's, an article's or a ticket page's section label: 節目簡介, 本文目錄, 選擇場次;
    # PIXNET's private-comment box, 悄悄話)
    r"|^(?:节目简介|本文目录|文章目录|选择场次|悄悄话)$"
    # (a shop's review filter, 只看当前商品评价　推荐排序, and its share of good reviews, 好评度 97%)
    r"|^只看当前商品评价(?:[ \t\u3000]+\S{2,6})*$|^好评(?:度|率)[ \t]*[:：]?[ \t]*\d{1,3}(?:\.\d)?%$"
    # (Facebook's 所有心情：1,208 under a post; a site's service line, 微博客服 400-096-0960)
    r"|^所有心情[ \t]*[:：][ \t]*[\d,.]+[万千Kk]?$"
    r"|^\S{0,8}客服(?:电话|热线)?[ \t]*[:：]?[ \t]*\d{3,4}[- ]?\d{3,4}[- ]?\d{3,4}$"
    # (X: 回覆 @某某 和 @某某 over a reply, 相關貼文 over the replies)
    # (回复 @某某 @某某: a reply to two, the handles spaced)
    r"|^(?:回复|回覆|Replying to)[ \t]*[@＠][\w.]+(?:[ \t]*(?:和|与|、|,|and|[ \t])[ \t]*[@＠][\w.]+)*$|^相关贴文$"
    # (虎扑: 发布于广东 under the stamp, 这些回帖亮了 over the best replies, its app's slogan)
    rf"|^发布于[ \t]*(?:{PROVINCES})$|^这些回帖亮了$|^\S{{1,8}}APP[ \t]+随时随地\S{{1,10}}$"
    r"|^(?:签发|签发人|\S{0,10}首席预报员|值班预报员)[ \t]*[:：][ \t]*[\u4e00-\u9fff]{2,4}$"
    r"|^下载\S{0,12}[(（](?:PDF|pdf|Word|DOC)[)）]$"
    r"|^[〔\[【(（]广告[〕\]】)）]$"
    r"|我要评分$"
    r"|^订阅[ \t]*@\S+|^(?:有\S{0,8}(?:消息|资讯|爆料)想分享|报料|爆料)[？?]?[ \t]*私[讯信]"
    r"|^文字直播[ \t\u3000]+技术统计|^自动刷新[ \t]*[:：]"
    r"|^立即(?:预订|购买|购票)[ \t\u3000]+加入想看"
    r"|^请继续(?:下滑|往下)(?:阅读|浏览)$"
    # (a byline alone: [Newtalk新聞] 陳以柔 綜合報導, 明報記者, 鉅亨網記者陳品妤 台北)
    r"|^(?:[\[【][^\]】]{1,12}[\]】][ \t\u3000]*)?[\u4e00-\u9fff]{2,4}[ \t\u3000]+(?:综合报导|综合报道)$"
    r"|^(?!.*[是我你他她它])(?![其原前])[\u4e00-\u9fffA-Za-z]{1,6}(?:报|网|社|台|新闻)记者(?:[\u4e00-\u9fff]{2,4}[ \t\u3000]+[\u4e00-\u9fff]{2,3})?$"
    # (潇湘晨报记者 刘思远 长沙报道: the reporter, the place, and 报道)
    r"|^[\u4e00-\u9fffA-Za-z]{1,6}(?:报|网|社|台|新闻)记者[ \t\u3000]+[\u4e00-\u9fff]{2,4}[ \t\u3000]+[\u4e00-\u9fff]{0,4}(?:报道|报导)$"
    # (…現場片段。（影片截圖：IG@…）: a picture's words and where it was captured from)
    r"|^[^，,。；;！？!?]{2,24}[。.！!]?[（(](?:影片|视频|图片|相片)?截图[ \t]*[:：／/][^)）]{1,30}[)）]$"
    # ([暴雨橙色预警信号图标]: an icon's name standing in for it)
    r"|^\[[^\]]{1,24}(?:图标|图示|配图)\]$"
    # (Instagram：@tccy_school: a contact row's account)
    r"|^(?i:instagram|facebook|ig|fb|youtube|threads)[ \t]*[:：][ \t]*@?[A-Za-z0-9_.\-]{2,40}$"
    # (帖子 1832 | 積分 4210 | 註冊時間 2016-3-2, 金币 5623 | 帖子 1208 | 红花 86: a poster's
    # standing on the forum, a row of its counters)
    # (each gap one run of spaces, a colon or a bar in it: a row's spaces split one way only)
    rf"|^{_COUNTER_FIELD}(?:(?:[ \t]*[|｜])?[ \t]+|[ \t]*[|｜][ \t]*){_COUNTER_FIELD}[^，。！？!?]*$"
    # (a BBS post's header: 发信人: lazybird (懒鸟), 信区: …, 发信站: 水木社区 (…), 标  题: Re: …,
    # 【 在 lazybird (懒鸟) 的大作中提到: 】, 版面: 学区房(…)　版主: …)
    r"|^发信人[ \t]*[:：]|^发信站[ \t]*[:：]|^标[ \t]{0,3}题[ \t]*[:：]|^【[ \t]*在[ \t]*.{1,40}的大作中提到[ \t]*[:：]?[ \t]*】$"
    # (a telnet reader's status bar, copied with the post: 瀏覽 第 1/1 頁 (100%) 目前顯示: 第 01~38 行)
    r"|^浏览[ \t]*第[ \t]*\d+/\d+[ \t]*页"
    r"|^版面[ \t]*[:：].{0,40}版主[ \t]*[:：]"
    # (伊莉討論區 - Powered by Discuz! | 聯絡我們: a forum's foot; 这个帖子亮了: 虎扑's button)
    r"|Powered by Discuz!|^这(?:个)?帖子亮了$"
    # (引用 #3 老屈：, 引用@湘北吃粉王 发表的: a quote's header)
    r"|^引用[ \t]*(?:#\d+[ \t]*[^\s：:]{1,16}|@[^\s：:]{1,16}[ \t]*(?:发表的)?)[ \t]*[:：]$"
    # (百度知道's answer furniture)
    r"|^(?:成为第\d+位粉丝|我来答|展开全部|本回答被(?:提问者|网友)采纳|已赞过[ \t\u3000]*已踩过|你对这个回答的评价是[？?]"
    r"|其他\d+条回答|采纳率[ \t]*[:：][ \t]*\d+%.*)$"
    # (LV.6　註冊日期: 2021-3-15: a poster's level and join date)
    r"|^(?i:lv)\.?[ \t]*\d+[ \t\u3000]+(?:注册|加入)(?:日期|时间)[ \t]*[:：]?"
    # (春运返乡潮中的“最美背影” 01-26 09:40: a related story with its stamp)
    r"|^[^，,。！？!?；;：:@]{6,40}[ \t\u3000]+\d{2}-\d{2}[ \t\u3000]+\d{1,2}:\d{2}$"
    # (a restaurant guide's rows: 灣仔駱克道231號地舖　港式　茶餐廳/冰室　$51-100, its price band last;
    # 泰來冰室的其他食評 (56); a reviewer's level and count, Lv.5 美食家　食評 432篇; the shop's reply
    # head, 商戶回覆　2024-01-05; 睇更多食評, 附近餐廳; its app's prompt, 下載OpenRice App，隨時隨地搵食)
    r"|^[^，,。！？!?]{0,40}[ \t\u3000]\$\d{2,4}(?:[ \t]*-[ \t]*\d{2,4}|以[下上])$"
    r"|^[^\s，,。！？!?]{1,20}的其他(?:食评|评论|文章|帖子|游记|回答)[ \t]*[(（]\d[\d,]*[)）]$"
    r"|^(?i:lv)\.?[ \t]*\d{1,2}[ \t\u3000]+\S{1,6}(?:[ \t\u3000]+(?:食评|评论|帖子|游记|回答|粉丝)[ \t]*\d[\d,]*[篇条个]?)+$"
    r"|^商户回[覆复][ \t\u3000]+\d{4}-\d{1,2}-\d{1,2}$|^睇更多\S{0,6}$|^附近(?:餐厅|美食|酒店|景点|商户)$"
    r"|^下载(?!了)[A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff]{0,15}[ \t]?(?i:app)[，,][^，,。！？!?]{2,12}$"
    # (a review's stars and its scores, ★★★★☆ 4.6　人均：¥138　口味：4.7)
    r"|^[★☆]{3,5}[^，。！？!?]{0,12}(?:口味|环境|服务|人均|性价比)[ \t]*[:：]"
    # (an app store's facts: 大小：86.2MB, 系统要求：Android 8.0及以上)
    r"|^大小[ \t]*[:：][ \t]*[\d.]+[ \t]*[MGK]B$|^系统要求[ \t]*[:：]"
    # (a chat export's call record, 15:47　二哥　☎ 未接來電; a live page's closing marker, [直播已结束，感谢收看];
    # a warning page's source line, 预警信息来源：国家预警信息发布中心)
    r"|[ \t\u3000]☎?[ \t]*(?:未接来电|已取消通话|通话时长[ \t]*[\d:]+)$|^[\[【(（]?直播已结束[^\]】)）]{0,10}[\]】)）]?$"
    r"|^预警信息来源[ \t]*[:：]"
    # (精選動態：預訂須知　父親節　生日蛋糕: Instagram's story highlights, named in a row)
    r"|^精选动态[ \t\u3000]*[:：]"
    # (店家資訊參考 IG@curry_lane.tw／X@currylane_tw: a few words of label, then only accounts)
    r"|^[^\s@，,。！？!?]{0,10}[ \t\u3000:：]*(?:[A-Za-z]{1,10})?@[A-Za-z0-9_.]{2,30}"
    r"(?:[ \t\u3000]*[／/|｜、,，][ \t\u3000]*(?:[A-Za-z]{1,10})?@[A-Za-z0-9_.]{2,30})+$"
    # (成都地铁超话: the Weibo super-topic a post sits in, named over it like a board)
    r"|^[^\s，,。！？!?：:]{2,16}超话$"
    # (产品：某某X7 Pro　参考价格：￥4999　查看参数 >>　对比: a tech site's product card and its buttons)
    r"|参考价格?[ \t\u3000]*[:：][ \t\u3000]*[￥¥]?[ \t\u3000]*\d[^。！？!?]{0,30}查看(?:参数|报价|详情)"
    # (1 国常会：加力推动消费品以旧换新 10-29 20:13: a ranked one, whose headline may hold a colon)
    r"|^\d{1,2}[ \t\u3000]+[^，,。！？!?；;@]{6,40}[ \t\u3000]+\d{2}-\d{2}[ \t\u3000]+\d{1,2}:\d{2}$"
    # (a player's and a reader's buttons: 视频加载中，请稍候…, 听新闻, 字體, X's 顯示原文, 回覆 @ahsing_hk,
    # 豆瓣's > 我来回应, Instagram's 原創音訊; its login prompt is _SIGN_IN_TO's)
    r"|^视频加载中.{0,10}$|^(?:听新闻|听全文|播报文章|语音播报|字体|显示原文|原创音讯|原创音频)$"
    # (a thread's pager in bracketed numbers, [1] [2] [3] 下一页; a Tieba badge, 本吧头衔 5 级;
    # a floor's signature under its label, [签名] 长期持有 不问涨跌)
    r"|^(?:\[\d{1,3}\][ \t]*){2,}(?:下一页|下页|尾页|末页|»|>)?$|^本吧头衔[ \t]*\d{1,2}[ \t]*级$|^\[签名\]"
    # (麦田里的稻草人 说：: Douban's head of a broadcast, its writer's name alone before 说)
    r"|^[^\s，。,：:！？!?]{2,16}[ \t]+说[:：]$"
    r"|^回[覆复][ \t]+@[A-Za-z0-9_]{1,20}$|^>[ \t]*(?:我来回应|去我的广播看看|去小组|去我的小组)$"
    # (📸 @hinphoto.hk, 💄 @makeupbyjo_: a post's credits, an emoji and an account)
    r"|^[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?[ \t]*@[A-Za-z0-9_.]{2,30}$"
    # (林佩珊分享了貼文。, 1月5日 ·, Marketplace, 社團: Facebook's)
    r"|^\S{1,12}分享了(?:贴文|连结|链接|相片|影片|活动)。?$|^\d{1,2}月\d{1,2}日[ \t]*·$|^Marketplace$"
    # (【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。】, （晨视频记者 李博 对本文亦有贡献）)
    # (讀者如有新聞線索，可電郵至newstips@…。: the paper's call for tips under the story)
    r"|^[【\[]?(?:读者|市民)?如(?:果您?)?有新闻线索.{0,50}[】\]]?$|^[（(][^）)]{2,24}对本文(?:亦)?有贡献[）)]$"
    # (点击播报本文，约: a read-aloud button and its length; （中新经纬APP）: the outlet alone in
    # brackets, signing the story off)
    r"|^点击(?:播报|收听)(?:本文|全文)(?:[，,][ \t]*约.{0,12})?$"
    r"|^[（(][\u4e00-\u9fffA-Za-z]{2,10}(?:APP|App|客户端|网|报|社|新闻)[）)]$"
    # (3.完整新聞標題:, 6.備註: PTT's news-post form, its labels)
    rf"|^{_NEWS_FORM}\s*$"
    # (【更新】17:45加入…說明。: an update note over a story)
    r"|^[【\[]更新[】\]][ \t]*(?:\d{1,2}:\d{2}[ \t]*)?(?:加入|补充|新增|增加)[^。！？!?]{0,30}(?:说明|内容|资讯|讯息|回应|画面|影片|视频)[。.]?$"
    # (新浪网友 [江苏苏州]: a commenter and a region; 我有话说, 看更多留言, 最热: the comments' tools)
    r"|^\S{1,12}网友[ \t]*[\[【(（][^\]】)）]{2,12}[\]】)）]$|^(?:我有话说|看更多留言|看更多回应|最热|推文自动更新已关闭)$"
    # (第一财经广告合作，请点击这里; 编辑 刘梦婕, 校对 柳宝庆, 编辑 张琳 责任编辑 李想: a label and a
    # name, no colon; 新京报App)
    r"|广告合作[，,]?\s*请点击这里$|^(?:(?:编辑|校对|责编|值班编辑|责任编辑|美编)[ \t\u3000]+[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+|$)){1,4}$"
    r"|^(?!.*[我你他她了这那的载])[\u4e00-\u9fff]{2,8}(?:App|APP|客户端)$"
    # (云穹智能官方微博截图, 某某的微博影片, 收起全文d: a screenshot's and a video's caption, a fold)
    r"|^[^，,。！？!?\s]{1,16}(?:微博|网页|画面|视频|影片|官网|贴文|页面)(?:截图|截屏)$"
    r"|^(?:[【\[]图片[】\]]|《[^》]{1,16}》)[^，,。！？!?\s]{0,16}(?:截图|截屏)$|^[^，,。！？!?\s]{1,20}的微博(?:视频|影片)$|^收起全文\S?$"
    # (如果無法正常顯示，請點此檢視網頁版: a newsletter's link to its web copy; 山城社區大學電子報,
    # 第 58 期｜2022/10/03 發刊: its name and its issue)
    r"|(?:无法|不能)正常(?:显示|浏览|阅读)[^。]{0,6}(?:请|可)?(?:点此|点击|点这里|按此)|^[^\s，。,]{2,20}电子报$"
    r"|^第[ \t]*\d{1,4}[ \t]*期[ \t]*[｜|·•][ \t]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]*(?:发刊|出刊|出版|发行)?$"
    # (能力值: ( LV9,RANK:350 ), 上传的附件：, 反调试_v5.2.1.zip （24.6kb，31次下载）: a forum's poster
    # rank and an attachment's label and file; 相关版块跳转: its board switcher)
    r"|^能力值[ \t]*[:：].{1,30}$|^上传的附件[ \t]*[:：]?$|^相关版块跳转$"
    r"|^\S{1,40}\.(?:zip|rar|7z|pdf|docx?|xlsx?|pptx?|apk|exe|txt|png|jpe?g|gif)[ \t\u3000]*[(（][^)）]{0,12}\d+[ \t]*次下载[)）]$"
    # (【地圖導航】台中市立殯儀館景仰樓: a link to the map; …經營許可字號：府授民殯字第…號: the firm's licence)
    r"|^[【\[](?:地图导航|地图|导航|位置导航|交通导航)[】\]]"
    r"|(?:经营|营业|执业)许可(?:字号|证号|证编号)[ \t]*[:：]"
    # (物业服务由 锦华物业服务（临江）有限公司 提供: who runs the service, the page's credit)
    # (a firm's: not 参赛服装由学校工会统一提供, the story's)
    r"|^[\u4e00-\u9fff]{2,8}由[ \t\u3000]*\S[^，。！？!?]{1,30}?(?:公司|集团|中心|平台)[ \t\u3000]*提供$"
    # (目录：安全注意事项　各部件名称　…: a contents row; 本说明书如有更改，恕不另行通知: the maker's
    # notice; 这篇说明书对您有帮助吗？ 👍 有帮助（1,024）: the page's feedback buttons)
    # (the items apart by spaces, each run read one way: linear on a long line without them)
    r"|^目录[ \t]*[:：][ \t\u3000]*[^\s，。,]{2,10}(?:[ \t\u3000]+[^\s，。,]{2,10}){2,}$|如有(?:更改|变更|变动|调整)[，,]?恕不另行通知"
    r"|^(?:这篇|本篇|此篇|本)\S{0,6}对(?:您|你)有(?:帮助|用)吗"
    # (訴訟服務熱線：12368　　技術支持：江南法院信息技術中心: the site's hotline and its builder)
    r"|[ \t\u3000]技术支持[ \t]*[:：][ \t]*\S{2,24}$"
    # (2026年2月9日 ‧ 店長阿榮 ‧ 公告: a post's day, writer and kind in one stamp row)
    # (not a tour's row, 2024年5月10日 · 高雄巨蛋: its last field is no kind of post)
    r"|^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[ \t\u3000]*[‧·•][ \t\u3000]*[^\s‧·•，,。]{1,12}){0,2}"
    rf"[ \t\u3000]*[‧·•][ \t\u3000]*(?:{POST_KINDS}|公开|公开帖子)$"
    # (序號 3　發言日期 114/06/18　發言時間 17:35:22: a filing board's record row over its subject)
    r"|^序号[ \t]*\d{1,4}[ \t\u3000]+发言日期[ \t]*\d{2,4}/\d{1,2}/\d{1,2}(?:[ \t\u3000]+发言时间[ \t]*\d{1,2}:\d{2}(?::\d{2})?)?$"
    # (股份代號：02861　股份簡稱：雅峰環球, 文件類別：公告及通告 - […]: an exchange's filing fields;
    # ASPEAK GLOBAL HOLDINGS LIMITED: the issuer's English name in capitals; 承董事會命: the board's sign-off)
    r"|^股份代号[ \t]*[:：][ \t]*\d{3,6}(?:[ \t\u3000]+股份简称[ \t]*[:：][ \t]*\S{1,16})?$|^文件类别[ \t]*[:：]"
    r"|^[A-Z][A-Z0-9&.,()'\- ]{3,60}[ ](?:LIMITED|LTD\.?|INC\.?|CORPORATION|CORP\.?|COMPANY|CO\.,? LTD\.?|PLC)$"
    r"|^承董事会命$|对本公告之内容概不负责"
    # (> 回到北漂租房互助小组: a group's link back to its board)
    r"|^[>›»][ \t]*(?:回到|返回)\S{1,24}$"
    # (认证车主 秦PLUS DM-i 2021款 55KM: a car forum's badge of the owner, under the poster's name)
    r"|^认证车主[ \t\u3000]+\S.{0,40}$"
    # (通告編號：TF-117 水缸清洗安排: a notice board's link, its number and title; 言論只代表發言者個人意見:
    # a forum's disclaimer)
    r"|^(?:通告|公告|通知)编号[ \t]*[:：][ \t]*[A-Za-z0-9\-/]{2,24}(?:[ \t\u3000]+\S.{0,30})?$"
    r"|言论(?:只|仅)?代表(?:发言者|发言人|作者|网友|用户)(?:的)?个人(?:意见|观点|立场)"
    # (【廣告】孕期營養補充 限時買一送一: an ad marked as one among a thread's floors)
    r"|^[【\[](?:广告|赞助|推广|AD|Ad)[】\]][ \t]*\S.{0,40}$"
    # (2023.09.30 寫於梅州鄉下，落緊雨: the writer's sign-off, the day and place it was written)
    r"|^\d{4}[./-]\d{1,2}[./-]\d{1,2}[ \t\u3000]*(?:写于|写在|记于|草于|作于|书于)[^。！？!?]{1,30}$"
    # (Creating 香港街景插畫與繪本: a Patreon creator's line of what they make; 14/03/2024 · 公開帖子: a
    # post's stamp and who may read it)
    r"|^(?:is )?creating[ \t]+[^\x00-\x7f].{0,30}$|^\d{1,2}/\d{1,2}/\d{4}[ \t]*[·•][ \t]*(?:公开帖子|公开|会员专属|仅限会员)$"
    # (If you have Telegram, you can view and join … right away., Telegram is a cloud-based …: a
    # channel's web preview, its app's notes)
    r"|^(?i:if you have telegram, you can view and join .{1,40} right away\.?|telegram is a cloud-based .{0,120})$"
    # (由 WordPress 提供技術支援: the blog's engine; 你的電子郵件地址不會被公開。 必填欄位標示為 *: its
    # comment form's note)
    r"|^(?:由|Powered by)[ \t]*[A-Za-z][\w .]{1,20}[ \t]*(?:提供技术支援|提供技术支持|强力驱动|驱动)?$"
    r"|电子邮件地址不会被公开|必填栏位标示为|必填项已用"
    # (阿嬤的後花園 提到...: Blogger's list of the pages that link to the post)
    r"|^\S{1,20}[ \t\u3000]+提到(?:\.\.\.|…{1,2})$"
    # (胶片小兵 喜欢了此文章, 南山有雾 推荐了此文章, 热度列表: LOFTER's list of who liked the post)
    r"|^\S{1,20}[ \t\u3000]+(?:喜欢|推荐|转载|收藏|点赞|赞)了(?:此|这篇|本)(?:文章|作品|帖子|日志|图片)$|^热度列表$"
    # (某某日報祝讀者鼠年大吉　新春休刊安排：年初一至年初三休刊: the paper's own notice of its days off)
    r"|^[^。！？!?]{0,16}(?:祝读者|本报|本刊)[^。！？!?]{0,20}休刊(?:安排|通知|启事|公告)[ \t]*[:：]?.{0,40}$"
    # (重點摘要, 本文重點, 文章摘要 over a summary box: the site's label for it, no words of the story)
    r"|^[【\[■▌]?(?:(?:本文|文章|新闻|内容)(?:重点|摘要)|重点摘要|重点整理|摘要)[】\]]?[:：]?$"
    # (口味：很好 环境：一般 服务：很好: a review's sub-scores, three or more side by side; 人均：¥28,
    # 人均消費 $380 (晚餐): what a head spent, the review site's field)
    r"|^(?:(?:口味|环境|服务|食材|性价比|卫生|食物|氛围|菜品|装修|上菜速度)[ \t]*[:：][ \t]*[^\s:：，。！？!?]{1,4}[ \t\u3000]*){3,}$"
    r"|^人均(?:消费|价格|价钱)?[ \t]*[:：]?[ \t]*(?:HK|NT|RMB)?[¥￥$]\s*\d[\d,]*(?:\s*/\s*人)?(?:[ \t]*[(（][^)）]{1,6}[)）])?$"
    # (用餐日期 2023-11-18, 用餐途徑 堂食, 推介美食 …: OpenRice's fields under a review)
    r"|^(?:用餐日期|用餐途径|推介美食)(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)[^，。！？!?]{1,40}$"
    # (相机：Olympus μ-II, 胶卷：Kodak ColorPlus 200, 扫描：@某某: a photo post's gear and lab, as a
    # caption's credit lists them)
    # (not a gear post's own list, 机身：Sony A7M4 / 镜头：…, nor a sentence after a label)
    r"|^(?:相机|胶卷|胶片|扫描|冲洗|冲扫)[ \t]*[:：][ \t]*(?![^，。！？!?@]*[\u4e00-\u9fff]{5})[^，。！？!?]{1,40}$"
    # (指南　组件　API　更新日志　v3.x ▾　GitHub: a docs site's top bar, its version's drop-down caret)
    # (not a date picker, 選擇日期：今日　5月9日　…　更多日期 ▼, whose days the page's schedule is read by)
    r"|^(?=[^，。！？!?]*[▾▼⌄])(?![^▾▼⌄]*\d{1,2}月\d{1,2}日)(?:\S{1,10}[ \t\u3000]+){3,}\S{1,10}$"
    # (请输入快递单号　【查询】, 承运快递：迅达速运　…　【复制单号】【订阅推送】: a prompt or fields,
    # then the page's bracketed buttons)
    r"|^[^，。！？!?]{1,40}?(?:[ \t\u3000]*【(?:查询|搜索|复制|订阅|提交|登录|登入|注册|下载|分享|收藏|打印|关闭|返回|刷新|预览|隐藏|反馈|举报)"
    r"[\u4e00-\u9fffA-Za-z]{0,3}】)+$"
    # (物流轨迹不全？点击反馈: the page's question, then its button)
    r"|^[^。！!]{1,20}[？?][ \t\u3000]*(?:点击|点此|点我)[\u4e00-\u9fff]{1,4}$"
    # (联系酒店　修改入住人　再次预订　删除订单: an order's buttons, each a verb and its object)
    r"|^(?:(?:联系|修改|再次|删除|取消|查看|申请|打印|复制|评价|追加|退订|退款|预订|举报)[\u4e00-\u9fffA-Za-z]{0,4}[ \t\u3000]+){2,}"
    r"(?:联系|修改|再次|删除|取消|查看|申请|打印|复制|评价|追加|退订|退款|预订|举报)[\u4e00-\u9fffA-Za-z]{0,4}$"
    # ([08-09] 关于一起电动自行车火灾的警情通报: a list's link, its day in brackets first; 多家机器人公司密集融资，
    # 赛道热度不减　09-28: its day after a wide gap last)
    # (not a recipe's step, [1-1] 将面粉…, a score, nor a fixture's row without a headline's comma or
    # colon, 第一輪　上海申花 vs 北京國安　　03-01)
    r"|^[\[【(（](?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[\]】)）][ \t\u3000]*[^。！？!?，,]{6,40}$"
    r"|^(?=[^。！？!?；;]*[，：])[^。！？!?；;]{10,40}(?:\u3000|[ \t]{2,})(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$"
    # (今天是：2019年8月14日 星期三　　欢迎访问某某网站: a government site's greeting over its menu)
    r"|^今天是[:：]?[ \t]*(?:\d|星期|周)[^。！？!?]{0,24}欢迎(?:访问|光临|来到)"
    # (麦田里的小满 总资产12 共写了4.6W字 获得302个赞 共58个粉丝: a writer's card, its counts)
    r"|^(?=(?:.*?(?:总资产[ \t]*[\d.]+|共写了[ \t]*[\d.]+[wW万千kK]?字|获得[ \t]*[\d.]+[wW万千kK]?个?(?:赞|喜欢)|[\d.]+[wW万千kK]?个?粉丝)){2})[^，。！？!?]{4,60}$"
    # (發言應遵守發言規則, …本站及文章撰寫者保留刪除權: a comment box's rules)
    # (not a story's 新版條款寫明，本站對會員發文保留刪除之權利，引起爭議。: the note ends on the right)
    r"|^[・·•]?[^。！？!?]{0,40}保留删除(?:权|之权利|的权利)[。.]?$|^(?:发言|留言|评论)应?遵守\S{0,6}(?:规则|规范|守则)$"
    # (【预览】【下载PDF】【刷新简历】【隐藏简历】: a row of bracketed buttons)
    r"|^(?:【[^【】\s]{1,6}】[ \t\u3000]*){3,}$"
    # (【PDF】通告 (24-25) 第037號　下載次數：412, 简历完整度 92%　更新于 2025-04-07　被查看 27 次: a
    # file's or a profile's row with how often it was fetched or seen)
    r"|^[^，。！？!?]{2,50}?(?:下载次数|浏览次数|阅读次数|点击次数|被查看|被浏览)[ \t]*[:：]?[ \t]*\d[\d,]*[ \t]*次?$"
    # (GP 12: 巴哈姆特's score; 级别: 老兵, 发帖: 3283)
    r"|^[GB]P[ \t]*\d+$"
    # (註冊日期: 2017-05 / 文章: 2,416: vBulletin's poster fields; #2   2019-12-04, 10:21 AM: its floor's head;
    # 所有時間均為台北時間。現在的時間是 08:15 PM。: its foot)
    r"|^(?:发帖|威望|积分|金币|帖子|精华)[ \t]*[:：][ \t]*[\d,]+$|^级别[ \t]*[:：][ \t]*[\u4e00-\u9fff]{2,4}$|^注册(?:时间|日期)?[ \t]*[:：][ \t]*\d{4}-\d{1,2}-\d{1,2}$"
    rf"|{POSTER_FIELD.pattern}|{STAMPED_FLOOR}"
    # (vBulletin's furniture in Chinese: 論壇說明, 歡迎您來到『某某論壇』 ^___^, its guest notice, its
    # ad label, 主題工具 顯示模式, a post's default icon before its title)
    r"|^论坛说明$|^欢迎您?来到(?:[『「“][^』」”]{1,16}[』」”]|\S{1,12}(?:论坛|社区|讨论区|本站))[ \t]*(?:\^_*\^)?$|^google[ \t]*提供的广告$|^主题工具(?:[ \t]+显示模式)?$"
    r"|^您目前正以(?:访客|游客)的?身份(?:浏览|访问)本"
    # (phpBB's: 現在的時間是 2023-04-10, 08:05, 所有顯示的時間為 UTC+08:00, 竹塹老茶客 寫: over a
    # quote, its name set apart and its colon ASCII (not 她在卡片背面寫：, a story's lead-in), 回到「製茶與試飲心得」, 跳轉到, 誰在線上, 正在瀏覽這個版面的使用者:…, its translators' credit)
    rf"|{NOW_CLOCK}|^所有显示的时间为[ \t]*\S{{1,12}}$|^[^\s，。,：:]{{1,20}}[ \t]+写[ \t]*:$"
    # (Steam's title bar, its parts apart by ::; its pager's count, 第 1 到 5 則,共 5 則留言; a Q&A's
    # update label alone, 更新:, and its closed service's notice)
    r"|^[^:：]{1,24}[ \t]::[ \t][^:：]{1,24}(?:[ \t]::[ \t][^:：]{1,24})+$"
    r"|^第[ \t]*\d+[ \t]*到[ \t]*\d+[ \t]*[则条][,，][ \t]*共[ \t]*\d+[ \t]*[则条](?:留言|回复|评论)$"
    r"|^更新[ \t]*[:：]$|问题和解答现以唯读方式提供"
    # (訪客留言請直接按「發表新主題」…: the board's own how-to for its guests; not a tutorial's step)
    r"|^(?=[^。]{0,20}(?:访客|游客))[^。]{0,20}按[「“『]发表(?:新主题|回复|新帖|文章)[」”』]"
    r"|^回到[「“『][^」”』]{1,24}[」”』]$|^跳转到$|^谁在线上$|^正在浏览这个版面的使用者[ \t]*[:：]|语系由[ \t]*\S{1,20}[ \t]*维护制作$"
    r"|^所有时间均为\S{1,10}时间[。.]?[ \t]*(?:现在的?时间是[^。]{1,16}[。.]?)?$"
    # (a board's ranks and its staff's badges alone: 吧务, 吧务小助手)
    rf"|^(?:{_FORUM_RANKS})$"
    # (相关帖子：邻居装修噪音扰民，怎么维权最有效？(2019-11-10): a related thread with its stamp)
    r"|^相关(?:帖子|主题|文章|新闻|阅读|链接)[ \t]*[:：]"
    # (网友“小鱼不吃鱼”: a comment's writer named alone over it)
    r"|^(?:网友|读者|用户|游客)[ \t]*[“「\"][^”」\"，。！？]{1,16}[”」\"]$"
    # (环球网微博 @环球网, 环球时报新媒体矩阵: the site's own accounts)
    # (not 转自微博@某某：, a poster's words opening what it pastes)
    r"|^(?!转|来自|摘自)[^ \t，。！？]{1,10}(?:微博|微信|公众号|抖音|快手|头条号|视频号)[ \t]*[@＠][^\s，。,！？!?:：]{1,20}$|^[^ \t，。！？]{1,10}新媒体矩阵$"
    # (软媒旗下软件：…, 收聽直播：第一台 第二台: a group's other products, a station's channels)
    r"|^\S{1,8}旗下(?:网站|软件|产品|品牌|媒体|应用|APP)[ \t]*[:：][^。、]*$|^(?:收听|收看)(?:直播|重温|节目)[ \t]*[:：]"
    # (IT之家，软媒旗下科技门户网站 - 爱科技，爱这里。: a site's line about itself; 新浪财经 7x24小时
    # 全球实时财经新闻直播: a feed's name and its round-the-clock tagline)
    r"|^\S{1,12}[，,][ \t]*\S{0,8}旗下\S{0,12}(?:网站|门户|平台|媒体)"
    r"|^\S{2,10}[ \t]+7[ \t]*[x×*][ \t]*24[ \t]*小时\S{0,20}$"
)
# A calendar widget's head: its month, then the week's days (2025年12月 日 一 二 三 四 五 六).
_CALENDAR_HEAD = rule_cache.compile(
    r"^(?:\d{4}[ \t\u3000]*年[ \t\u3000]*)?\d{1,2}[ \t\u3000]*月(?:[ \t\u3000]+(?:周|星期)?[日一二三四五六]){7}$"
)
# A page's facts row with its visit counter (馆号：JN…　建馆日期：2024-04-03　馆主：某某　访问量：2,315).
_COUNTED_FACTS = rule_cache.compile(
    r"^[^，。！？!?]*[:：][^，。！？!?]*(?:访问量|浏览量|浏览次数|阅读量|阅读数|点击量|点击数|访问次数|人气)[ \t\u3000]*[:：]"
    r"[ \t\u3000]*[\d,.]+[万次]?[^，。！？!?]*$"
)
# A blog's address with the host's buttons after it (http://blog.…/某某  [订阅][手机订阅]).
_ADDRESS_BUTTONS = rule_cache.compile(r"^https?://\S+(?:[ \t\u3000]*[\[【][^\]】]{1,8}[\]】])+$")
_BLOG_FURNITURE = rule_cache.compile(
    r"(?:版主|作者|站长|博主)回[覆复][ \t\u3000]*[:：][ \t\u3000]*[(（]?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[^)）]{0,12}[)）]?$"
    r"|(?:昵[ \t\u3000]*称|园龄|博龄|入园时间|验证码)[ \t\u3000]*[:：]"
    # (a blog's profile box and its counters, where it was submitted, the host's warning banner)
    r"|个人资料$|部落格全站分类[ \t\u3000]*[:：]|(?:博客|博主)(?:等级|积分|访问)[ \t\u3000]*[:：]|已投稿到[ \t\u3000]*[:：]?$|(?:重要提示|温馨提示)[ \t]*[:：][ \t]*警惕虚假中奖信息$"
    r"|(?:总资产[ \t\u3000]*[\d.]+[ \t\u3000]+)?共写了[ \t\u3000]*[\d.]+[wW万kK]?字"
    r"|[“\"]?小礼物走一走|收录于(?:合集|话题)[ \t\u3000]*#"
)
# A portal's own lines: a call to follow its account (加入 Yahoo 新聞 LINE 官方帳號，…, 请关注新浪新闻
# 公众号), its news hotline (新闻热线：…), a commenter's place (网易广东省深圳市网友 [某某]), a video's
# play button (播放影片).
_PORTAL_FURNITURE = rule_cache.compile(
    r"^加入[^，。,]{0,24}(?:官方帐号|官方账号|好友)|请关注[^，。,]{0,16}(?:公众号|微信号|官方帐号|官方账号|客户端|视频号)[。！!]?$"
    # (更多校园动态请关注学校官方抖音@滨江实验中学。: more of the same, on the account's platform)
    r"|^更多[^，。,]{1,12}(?:请|敬请|欢迎)关注[^，。,]{0,12}(?:抖音|微博|小红书|视频号|公众号|B站|快手)(?:号)?[ \t]*@[^\s，。,]{2,30}[。！!]?$"
    r"|请关注[^，。,]{0,16}[（(](?:微信号|公众号)[:：][ \t]*[A-Za-z0-9_-]{2,30}[)）]$|^功能介绍[ \t\u3000]+\S"
    # (a board's name before its arrow, as a forum's crumb shows it: 上班台 >; a site's build line
    # in its footer: VERSION: 3.9.8.5 · 24ms · UTC 13:47)
    r"|^[^\s，。,！？!?>›»]{1,10}[ \t\u3000]*[>›»]$|^version\s*:\s*\d[\d.]*\s*[·・|]"
    # (a player's buttons, 加入播放清單; a replay archive's window, 重溫節目只提供過去12個月之節目, 新聞重溫
    # 可重溫過去12個月的新聞; a programme's weekly slot, 星期一至五 上午8:30 - 10:00)
    r"|^加入(?:播放清单|播放列表|歌单|片单)$|(?:重温|回看|回放)\S{0,10}过去\s*\d+\s*(?:个月|日|天|年)"
    r"|^(?:逢)?(?:星期|周|礼拜)[一二三四五六日天](?:至|到|[-–])(?:星期|周|礼拜)?[一二三四五六日天][ \t\u3000]*"
    r"(?:上午|下午|晚上|早上|中午|凌晨)?[ \t\u3000]*\d{1,2}:\d{2}[ \t\u3000]*[-–~～至到][ \t\u3000]*\d{1,2}:\d{2}$"
    # (Blogger's post foot, 由 阿雨 發佈於 下午11:42, and its theme's credit, 「簡單」主題背景. 技術提供：Blogger.;
    # 豆瓣's review head, 观澜 评论 《河流尽头的人》, and its spoiler warning)
    r"|^由[ \t\u3000]*\S{1,20}[ \t\u3000]*(?:发布|发表|张贴)于[ \t\u3000]*(?:上午|下午|晚上)?[ \t\u3000]*\d{1,2}:\d{2}$"
    r"|主题背景[.．。]?[ \t\u3000]*技术提供|^\S{1,20}[ \t\u3000]+评论[ \t\u3000]+《[^》]{1,40}》$"
    r"|^(?:这篇|本篇)?(?:书评|影评|剧评|乐评)可能有关键情节透露$"
    # (a paper's call for tips: 想爆料？请登录…客户端，或拨打新闻热线0531-…)
    r"|^(?:想|要)?(?:爆料|报料)[？?！!，,]\s*请\S{0,30}(?:客户端|热线|电话|邮箱|公众号)"
    r"|^\S{0,10}新闻热线[:：]|^网易\S{2,14}网友(?:[ \t\u3000]*\[[^\]]{1,24}\])?$|^(?:播放影片|播放视频|观看影片)$"
    # (a docs site's 在 GitHub 上编辑此页, Edit this page; 你可能有興趣的文章, a list's head)
    r"|^(?:在[ \t\u3000]*\S{1,10}[ \t\u3000]*上)?编辑此页$|^edit this page(?: on \S{1,10})?$"
    r"|^(?:你|您)(?:可能|或许|也许)(?:也)?会?(?:有兴趣|感兴趣)的(?:文章|内容|新闻|话题)$",
    re.IGNORECASE,
)
# A picture's caption under its label (圖片說明：…, 資料圖片：…, 图说：…, 资料图：…): the picture's words.
# (（資料圖片）家長陪同子女…: the label in brackets; not 📷 攝影 @…, a post's own credit)
_CAPTION_LABEL = rule_cache.compile(
    r"^(?:图片说明|图说|资料图片|资料图|图注|相片说明|照片说明)[ \t\u3000]*[:：]"
    r"|^[(（](?:资料图片|资料图|档案图片|档案照片)[)）][ \t\u3000]*\S"
)
# A chat export's head fields (消息条数：41（已过滤图片、表情）, 导出时间：…, 群聊：…): the tool's.
_CHAT_EXPORT_FIELD = rule_cache.compile(
    r"^(?:消息条数|消息数量|导出时间|导出日期|储存日期|保存日期|消息分组|消息对象)[ \t\u3000]*[:：]"
    # (群聊：三年级（2）班家长群（46）: the group's name and its members; not 群聊：大家今晚有空嗎)
    r"|^(?:群聊|群聊名称|群名称|聊天对象)[ \t\u3000]*[:：][^，。！？!?,]{1,24}[（(]\d{1,4}[)）]$"
    # (QQ's export names itself first: 消息记录（此消息记录为文本格式，不支持重新导入）)
    r"|^消息记录[（(]此消息记录为文本格式"
)
# What a chat app writes in place of a message (圖片已略去, <Media omitted>, 此訊息已被刪除).
_CHAT_NOTICE = _compile(
    r"^[\u200e\u200f]?(?:(?:图片|贴图|影片|视频|语音|文件|GIF|照片|媒体)已?(?:略去|省略)|<?(?:Media|image|sticker|video|audio) omitted>?|"
    r"<(?:媒体|图片|影片|贴图)已?(?:略去|省略)>|"
    r"此(?:讯息|信息|消息)已(?:被)?(?:删除|撤回)|(?:This|You deleted this) message(?: was deleted)?|"
    r"\[(?:图片|贴图|表情|语音|视频|文件|照片|影片|语音讯息|语音消息|位置资讯|位置信息|位置|联络资讯|记事本|相簿)\].{0,30}|"
    # (阿華已將2張照片新增至相簿「阿嬤88大壽」: LINE's own line for an album)
    r"\S{1,30}(?:已收回讯息|unsent a message)|\S{1,30}已将\d{1,4}张照片新增至相簿.{0,24})$",
    re.IGNORECASE,
)


# A wire's stamp in brackets under a release it carried, its day and hour run together
# (（某某社訊息服務20240315 14:30:25）): the service's record, no sentence of the story.
_WIRE_STAMP = rule_cache.compile(r"^[（(][^（）()，。,！？!?\d]{2,16}?(?:19|20)\d{6}\s*\d{1,2}:\d{2}(?::\d{2})?[)）]$")


# Another story's teaser in a portal's feed, its outlet and how long ago after its last
# sentence (…增建公眾登岸設施。am730 ・ 22 小時前): a list of other stories, not this one.
_FEED_TEASER = rule_cache.compile(
    r"^.{4,140}?[。！？!?]\s*[^\s。，,]{1,24}(?:\s[^\s。，,]{1,24})?\s*[・·•]\s*\d{1,3}\s*(?:秒|分钟|小时|天|日|周|个月|年)前"
    r"(?:\s*[・·•]\s*\d{1,6})?$"
)


# A shop page's own rows: its login bar, its buy buttons, the stock
# left, its service pledge (亲，请登录, 立即购买　加入购物车, 数量：1　件（库存365件）); a price row is
# the product's (annotators differ)
_SHOP_WIDGET = rule_cache.compile(
    r"^(?:亲[，,]\s*请登录.*|(?:立即购买|加入购物车|立即抢购)(?:[ \t\u3000]+(?:立即购买|加入购物车|收藏|分享|立即抢购))+"
    r"|数量\s*[:：]?\s*\d+[ \t\u3000]*件[（(]库存\s*\d+\s*件[)）]"
    r"|服务承诺\s*[:：].{2,40}|用户追评\s*[:：].{2,30})$"
)
# A buyer's masked name over a review, its tier in brackets (t***8（超级会员））.
_MASKED_BUYER = rule_cache.compile(r"^[^\s*]{1,3}\*{2,}[^\s*]{0,3}(?:[（(](?!化名)[^\s（）()]{1,6}[)）])?$")  # (not 李**（化名）)
# An encyclopedia's note on who checked the entry (本词条由“某某”词条编写项目审核。).
_ENTRY_REVIEWED = rule_cache.compile(r"^本词条由.{1,30}(?:审核|编辑|创建|认证|提供)(?:通过)?。?$")
# A stock's quote row: its name, code, price and change (汇川精工 300917　28.36　+1.25（+4.61%）).
_TICKER_ROW = rule_cache.compile(
    # (华岳科技(603917) 最新价：18.42 涨跌幅：+1.32%: the same, labelled)
    r"^[^\s，。,]{2,10}[(（]\d{6}[)）]\s*(?:最新价|现价|股价)\s*[:：]\s*[\d.]+\s*(?:涨跌幅|涨幅|跌幅)\s*[:：]\s*[+\-−]?[\d.]+%$|^[^\s，。,]{2,10}[ \t\u3000]*(?:[(（])?\d{4,6}(?:\.[A-Z]{2})?(?:[)）])?[ \t\u3000]+[\d.]+[ \t\u3000]+[+\-−]?[\d.]+[ \t\u3000]*[(（][+\-−]?[\d.]+%[)）]"
)
# A newsletter's contents, each item with its page (每月訊息 … 頁1, 活動好介紹 … 頁2-4).
_CONTENTS_PAGE = rule_cache.compile(r"^\S.{0,24}?\s*(?:…+|\.{3,}|·{3,})\s*(?:页\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?|第?\s*\d{1,3}\s*页)$")
# A file by its name, perhaps with its downloads (春節交通管制路線圖.jpg（下載次數：198）): an attachment.
_FILE_NAME = rule_cache.compile(
    r"^[^\s，。,；;！？!?]{1,40}\.(?:jpe?g|png|gif|pdf|docx?|xlsx?|pptx?|zip|rar|odt)"
    r"(?:\s*[（(](?:下载次数|下载|点阅|浏览)\s*[:：]?\s*[\d,]+(?:次)?[)）])?$",
    re.IGNORECASE,
)
# A recipe site's own lines: its rating with how many cooked it, its writer's other recipes' heading.
_RECIPE_FURNITURE = rule_cache.compile(
    r"^(?:综合评分\s*\d(?:\.\d)?\s*[（(]\d+\s*人做过这道菜[)）]|这道菜谱的作者还创建了|\d+\s*人做过这道菜)$"
)
# A field of a poster's card under the name, one a line (级别: 新手上路, 威望: 1, 发帖: 217).
_CARD_FIELD = rule_cache.compile(
    r"^(?:威望|发帖|声望|金钱|精华|注册时间|在线时间|UID)\s*[:：]\s*[\w\u4e00-\u9fff.\-]{1,12}$"
)
# … and its rank, in words (级别: 新手上路; not a film's 級別：IIA, a product's 等级：特级)
_RANK_FIELD = rule_cache.compile(r"^级别\s*[:：]\s*[\u4e00-\u9fff]{2,8}$")
# A forum's mark against copying, on a line of its own: its site's token after a dot (. 1point3acres,
# . check 1point3acres for more.) or its name under a dashed rule (------ 来源一亩.三分地论坛.).
_SCRAPE_MARK = rule_cache.compile(
    r"^\.\s*(?:check\s+)?[a-z]*\d[a-z0-9]*(?:\s+for\s+more)?\s*\.?$|^[-—_=]{6,}\s*来源\S{1,12}论坛\.?$",
    re.IGNORECASE,
)


_ACCOUNT_PART = rule_cache.compile(r"[@＠][A-Za-z0-9_.\u4e00-\u9fff]{2,}|Instagram|Facebook|YouTube|Threads|(?<![A-Za-z])(?:IG|FB)(?![A-Za-z])", re.IGNORECASE)
_ACCOUNT_PART_MAX = 30
_PLATFORM_WORD = rule_cache.compile(r"Instagram|Facebook|YouTube|Threads|(?<![A-Za-z])(?:IG|FB)(?![A-Za-z])", re.IGNORECASE)


def _account_row(line: str) -> bool:
    """Accounts side by side between bars (Instagram @cetus.band ｜ 主唱 阿魚 @ahyu_0912 ｜ Facebook 某某)."""
    if _PLATFORM_WORD.search(line) is None:
        return False  # (📷 @某某　同行：@某某: a post's own credits, no accounts' row; read first, cheaply)
    parts = [p.strip() for p in re.split(r"[|｜]|\u3000+|[ \t]{2,}", line) if p.strip()]
    if len(parts) >= 3 and not _ACCOUNT_PART.search(parts[0]) and len(parts[0]) <= _ACCOUNT_PART_MAX:
        parts = parts[1:]  # (港島銀記餐飲集團有限公司　Instagram：@ngankee_hk　Facebook：銀記冰室: whose, first)
    return len(parts) >= 2 and all(len(p) <= _ACCOUNT_PART_MAX and _ACCOUNT_PART.search(p) for p in parts)


# (not the site's or the writer's own, 2.本網站新聞內容未經同意不得轉載。, 1. 本文为博主原创文章，转载请…,
# 1. 本文仅供学习交流，不构成任何投资建议。)
_NUMBERED_RULE = rule_cache.compile(
    r"^\d{1,2}[.、．][ \t]*(?!.*(?:本(?:网站|站|网|报|台|平台|刊|文)|转载|侵权|投资|版权|原创))[^\d\s]"
)
_NUMBERED_NOTICE = rule_cache.compile(r"^\d{1,2}[.、．][ \t]*[^\s：:，,]{2,10}[：:][^，,]{6,}[，,]")


def _classify_line(line: str) -> Kind:
    """The shape of one stripped, non-blank line, folded to Simplified."""
    n = len(line)
    if _LOG_LINE.match(line):
        return Kind.SHORT  # 2024-03-08 22:13:45 [WARN] slave-02 …: a program's log the writer quotes
    if _TWELVE_HOUR_STAMP.match(line):
        return Kind.CHROME  # 舊 2024-09-11, 08:12 AM: vBulletin's floor stamp, its old-post icon's word first
    if (
        _account_row(line)
        or _CHAT_EXPORT_FIELD.match(line)
        or _PAGE_WIDGET.search(line)
        or _FORM_CHOICES.match(line)
        or _MOURNERS.match(line)
        or _RULE_ONLY.fullmatch(line)  # a rule drawn across the page, however long (===…===)
        or (n <= 60 and _SENDER_SIGN_OFF.search(line) is not None)
        or (n <= 48 and _ENGLISH_UI.match(line) is not None)
        or (n <= 40 and _LANGUAGE_SWITCH.match(line) is not None)
        or (n <= 24 and _LANGUAGE_CHOICE.match(line) is not None)
        or (n <= 60 and _BLOG_FURNITURE.match(line) is not None)
        or (n <= 120 and _ADDRESS_BUTTONS.match(line) is not None)
        or (n <= 120 and _COUNTED_FACTS.match(line) is not None)
        or (n <= 40 and _CALENDAR_HEAD.match(line) is not None)
        or (n <= 120 and _SITE_LINES.search(line) is not None)
        or (n <= 60 and _FORUM_FURNITURE.match(line) is not None)
        or (n <= 120 and len(_PROFILE_FIELD.findall(line)) >= 3)
        # (威望 0 论坛币 156 个 通用积分 12.3 … 注册时间 2021-9-3: a card's counts without colons)
        or (n <= 200 and len(_BARE_CARD_COUNT.findall(line)) >= _BARE_CARD_MIN)
        or (n <= 90 and SIGN_UP_ROW.match(line) is not None)
        or (n <= 80 and _PORTAL_FURNITURE.search(line) is not None)
        or (n <= 120 and _CAPTION_LABEL.match(line) is not None)
        or _WIRE_STAMP.match(line) is not None
        or _SCRAPE_MARK.match(line) is not None
        or (n <= 20 and (_CARD_FIELD.match(line) is not None or _RANK_FIELD.match(line) is not None))
        or (n <= 40 and _CONTENTS_PAGE.match(line) is not None)
        or (n <= 80 and _TICKER_ROW.match(line) is not None)
        or (n <= 80 and _SHOP_WIDGET.match(line) is not None)
        or (n <= 16 and _MASKED_BUYER.match(line) is not None)
        or (n <= 60 and _ENTRY_REVIEWED.match(line) is not None)
        or (n <= 60 and _FILE_NAME.match(line) is not None)
        or (n <= 40 and _RECIPE_FURNITURE.match(line) is not None)
    ):
        return Kind.CHROME
    chat = CHAT_LINE.match(line) or LINE_CHAT_ROW.match(line)
    if chat is not None:
        # a chat message is what someone said, however it reads; what the app put in place of
        # one (圖片已略去, 此訊息已被刪除) is the app's
        return Kind.CHROME if _CHAT_NOTICE.match(line[chat.end() :].strip()) else Kind.PROSE
    if n > LONG_LINE:
        # longer than any furniture line: skip the rules, but for a notice that says what it is
        return Kind.CHROME if _NOTICE_START.match(line[:24]) else Kind.PROSE
    sentence = bool(_SENTENCE_PUNCT.search(line))
    labelled = (
        bool(_LABELLED.match(line))
        and n <= 80
        and not _SPAN_TIME.match(line)
        and not _SCHEDULE.match(line)
        and not _note_sentence(line)
        and not _field_then_talk(line)
        and not _statement_text(line)
        and not _EVENT_WHEN.match(line)
    )
    if sentence and n >= 40 and _story_sentence(line):
        # A sentence of some length: only a plain notice, a label or a caption is chrome.
        if (
            labelled
            or _LEGAL.search(line)
            # (3. 旁聽人員應遵守…，未經許可不得錄音: a notice's numbered rule, the story's own)
            or (_DISCLAIMER.search(line) and not _statement_text(line) and not _NUMBERED_RULE.match(line))
            or (n <= 100 and _PHOTO_CREDIT.search(line) and n - _photo_credit_length(line) <= 60)
            or (n <= 100 and _ABOUT_US.match(line))
            or (n <= 80 and _AFFILIATE.search(line))
            or (n <= 120 and CREDIT_LINE.match(line) and len(_CREDIT_FIELD.findall(line)) >= 2)
            # (本文来自微信公众号“某某”（ID：…），作者：某某，36氪经授权发布。: a reprint's credit,
            # its source, writer and licence in one sentence)
            or (n <= 120 and CREDIT_LINE.match(line) and _REPRINT_LICENCE.search(line))
            or (n <= 100 and _SPONSOR.match(line))
            or (n <= 80 and _SAFETY_NOTICE.match(line))
            or (n <= 60 and _SITE_REMINDER.match(line))
            or (n <= 200 and _CITED_ENTRY.search(line))
            or (n <= 160 and _FEED_TEASER.match(line))
            or (n <= 60 and _whole_call(line))
            or _site_furniture(line, n)
        ):
            return Kind.CHROME
        return Kind.PROSE
    spaced = any(c in line for c in " |｜·/>›»→＞\u3000")
    if _DATE_SPAN.match(line):
        return Kind.SHORT  # 2024.7.1 - 2024.8.31: an event's days under its label, no page numbers
    if _CLOCK_ROW.match(line):
        return Kind.SHORT  # 05:40　06:10　06:40　07:00: a timetable's departures, what the page is for
    if (
        _COUNTER.match(line)
        # (‧ 1,342 瀏覽: a count after the bullet that sets it apart from the stamp before it)
        or (line[:1] in _COUNT_BULLETS and _COUNTER.match(line[1:].strip()) is not None)
        or is_count_row(line)
        or _button_counts(line)
        or _REACTIONS.match(line)
        or (n <= 60 and _DATED_LINK.match(line))
        or _COMMENT_HEAD.match(line)
        or _NUMBER_ROW.match(line)
        or _PUNCT_ROW.match(line)
        or _FOLLOW.match(line)
        or _VOTE_ROW.match(line)
        or _PAGER.match(line)
        or _ALWAYS_CHROME.match(line)
        or labelled
        or _END_MARK.match(line)
        or _WRAPPED_DIVIDER.match(line)
        or _REPRINT_CREDIT.match(line)
        or _ALT_TEXT.match(line)
        or (_RELATED_PREFIX.match(line) and "。" not in line)
        or (_NAV_ITEM.match(line) and bool(_SECTION.match(line[1:].strip())))  # (▸相關新聞)
        or _SOURCE_DOT_DATE.match(line)
        or _RELEASE_LABEL.match(line)
        # (a promo link, ►想爽玩日本？…; not a list's item ending in its semicolon, ▶糖尿病患者…；)
        or (n <= _ARROW_MAX and _ARROW_LINK.match(line) and "。" not in line and line[-1] not in "；;")
        or _ATTACHMENT.match(line)
        or _DOC_NUMBER.match(line)
        or (
            n <= 80
            and not sentence
            and (
                (
                    _DATELINE.search(line)
                    and not is_event_time(line)
                    and not _stamped_comment(line)
                    and not _TIMED_SPAN.search(line)
                    and not _UNTIL_STAMP.search(line)  # (使用期限到2025/3/21 23:59: a deadline)
                    and not EVENT_AFTER_STAMP.search(line)  # (2025年9月25日 19:00 星辰秋季新品发布会: an event)
                    and not _PARCEL_ROW.match(line)  # (2023-11-14 06:05　【成都市】快件已到达…: a parcel's step)
                )
                or _INLINE_META.search(line)
            )
        )
        or (n <= 80 and _record_row(line))
        or _LINK_WITH_COUNT.match(line)
        or _VIDEO_ENTRY.match(line)
        or _PAGE_OF.match(line)
        or _BUY_LINK.match(line)
        or _IMAGE_LABEL.match(line)
        or _QUESTION_WITH_COUNT.match(line)
        or _GATHERED_BY.match(line)
        or _LEGAL.search(line)
        or (_LEGAL_WEAK.search(line) and n <= 60 and not sentence)
        or (_DISCLAIMER.search(line) and not _statement_text(line) and not (sentence and _NUMBERED_RULE.match(line)))
        or _DATE_ONLY.match(line)
        or _WORDS_DATE_ONLY.match(line)
        or MONTH_NAME_STAMP.match(line)
        or US_STAMP.match(line)
        or _POST_STAMP.match(line)
        or (n <= 40 and _stamp_with_buttons(line))
        or (n <= 40 and _ACTIVITY_STAMP.match(line))
        or _STAMP.match(line)
        or (n <= 30 and _COMMENT_STAMP.match(line))
        or (n <= 30 and _DAY_TIME_REGION.match(line))
        or _DAY_REGION.match(line)
        or (not sentence and _DATE_NAMES.match(line))
        or (n <= 120 and _DAY_TABS.match(line) is not None)
        or (n <= 30 and not sentence and len(set(_CREDIT_WORDS.findall(line))) >= 2)
        # (not a thanks: 感谢灯光师（@某某）帮忙布光，BGM来自@某某 的授权)
        or (
            n <= 40
            and not sentence
            and not _THANKS_OPENING.match(line)
            and _POST_META.search(line)
            and not _COMMENT_FROM.match(line)
        )
        or (_POST_NUMBER.match(line) and not sentence)
        or (n <= 30 and _FORM_PROMPT.match(line))
        or (n <= 60 and is_floor_row(line) and _FLOOR_POSTED.search(line) and not _CLAUSE_MARK.search(line))
        or (n <= 30 and POSTER_LEVEL.match(line))
        or _HANDLES_ONLY.match(line)
        or _HASHTAGS.match(line)
        # (【集合時間】早上08:30; 紫菜湯 25、味噌湯 30 is a price list, its items listed with 、)
        or (n <= 40 and _COUNT_LINE.match(line) and not _EVENT_TIME.match(line) and "、" not in line)
        or (n <= 70 and not sentence and _LINK_WITH_STAMP.match(line) and not _NAMED_COMMENT.match(line))
        or (n <= 60 and _REPRINT_NOTE.match(line))
        or _BRACKET_LABEL.match(line)
        or _SOURCE_STAMP.match(line)
        or _PAGE_DAY_LABEL.match(line)
        or _WRITTEN_STAMP.match(line)
        or (n <= 60 and _bracket_row(line))
        or (n <= 40 and _REPORTERS.match(line))
        or (n <= 30 and not sentence and _EPAPER_PAGE.search(line))
        or (n <= 200 and _EPAPER_PAGES.match(line))
        or (n <= 24 and (_SEARCH_BOX.match(line) or _LOGIN_PROMPT.match(line)))
        or (n <= 24 and _ZOOM_ROW.match(line) and re.search(r"放大|缩小|字体|字号", line))
        or _SECTION.match(line)
        or _LABEL.match(line)
        or _IMAGE.match(line)
        or _MARKDOWN_IMAGE.match(line)
        or (n <= 30 and _BYLINE.match(line))
        or (
            n <= 60
            and _FURNITURE.search(line)
            # (a call the rule reads whole, its promise and all, is the page's, sentence or not)
            and (not _story_sentence(line) or _whole_call(line))
            and not _closing_call(line)
            # (5. 青少年團契：下主日（3/17）下午2:00舉辦桌遊之夜，詳情請追蹤IG …: a notice's numbered item)
            and not _NUMBERED_NOTICE.match(line)
        )
        or (
            n <= 20
            and _FURNITURE_SHORT.search(line)
            and not _story_sentence(line)
            and not ("，" in line and _SPEECH.search(line))  # 下载了这个APP以后，我每天都用
            and not _NOTICE_SECTION.match(line)  # 三、准考证打印: a notice's section heading
        )
        or (
            n <= 50
            and not sentence
            and (_URLISH.search(line) or (_PLATFORM_HANDLE.search(line) and _LABEL_OPEN.match(line)))
            and not (_EMOJI_CONTACT.match(line) and "@" in line and not _BUSINESS_CONTACT.search(line))
            and not _MASKED_MOBILE.search(line)  # (手机：138****5627　邮箱：…: a résumé's own contact row)
            # (特別嘉賓：獨立創作歌手 林小島（IG @xiaodao.lin）: a person of the story, their account
            # in brackets after the name)
            and not (
                _NAME_THEN_HANDLE.search(line)
                and not _URLISH.search(line)
                and not _CREDIT_LABEL.search(line.partition("：")[0] or "")
                and not re.search(r"相片|照片|食谱", line.partition("：")[0])
            )
            and not _AUTHOR_NOTE.match(line)
            and not _address_in_talk(line)
            and not _contact_request(line)
            and not _clauses_of_talk(line)
            and not _id_then_talk(line)
            and not _own_link(line)
        )
        or (
            spaced
            and n <= 120
            and (_separated(line) or _menu_like(line))
            and not _SECTION_NUMBER.match(line)
            and not _DATED_ROW.match(line)  # (10月　寫SOP、改履歷: a timeline's row, what was done then)
            and not _ITINERARY_DAY.match(line)  # (Day 1｜上海—大理｜10.3（周四）: a trip's day and its date)
            and not _FIGURES_ROW.match(line)  # (营业收入　612,384,205.17　18.42: a table's row of figures)
            # (交通　2,380元/人　住宿　1,260元/人: what a trip cost, item by item, no menu)
            and len(_PRICED_ITEM.findall(line)) < _PRICED_ITEMS_MIN
            # (✅ 組別：3K 親子組／5K 休閒組: a post's ticked item, its label and choices)
            and not _TICKED_ITEM.match(line)
            # (活动范围　哔哩哔哩、微博、网易云音乐: an entry's field, its values listed with 、)
            and not _LISTED_FIELD.match(line)
            # (1. 虎啸新春·登录有礼: a notice's numbered item, one name, whatever button word it holds)
            and not (_ITEM.match(line) and len(line.split()) <= 2)
        )
        or (spaced and n <= 120 and _nav_row(line))
        or (spaced and n <= 60 and _app_promo_row(line))
        or (n <= 100 and _PHOTO_CREDIT.search(line) and n - _photo_credit_length(line) <= 60)
        or (_ADDRESS_LINE.match(line) and not _own_link(line))
        or (spaced and _noise(line))
        or (n <= 6 and _UI_ONLY.match(line))
        or _button_row(line)
        or (
            n <= 80
            and not sentence
            and _CONTACT.search(line)
            # (手机：138****5627, 联系手机：139****0826: a person's own number as the page masks it, on
            # a résumé, a booking or an order; a site's number to call is never masked)
            and not _MASKED_MOBILE.search(line)
            # (📞 WhatsApp：6123 4567 in a shop's post, between its lines: the post's own contact;
            # ✉️ 合作邀約：… is a writer's business line)
            and not (_EMOJI_CONTACT.match(line) and not _BUSINESS_CONTACT.search(line))
            and not _address_in_talk(line)
            and not _NOTICE_ITEM.match(line)
            and not _contact_after_clause(line)
            and not _contact_request(line)
        )
        or (n <= 30 and USER_ID.match(line))
        or (n <= 30 and _vote_row(line))
        or _COMMENTER_ROW.match(line)
        or _BBCODE.search(line)
        or (n <= 120 and _GOV_RECORD.match(line))
        or (n <= _BADGE_MAX and _BADGE.match(line) and not _SPEECH.search(line))
        or (n <= 60 and not _story_sentence(line) and _PAGE_SHAPES.search(line))
        or (n <= 40 and _PAPER.match(line))
        or (not _SENTENCE_PUNCT.search(line) and _REFERENCE.match(line))
        or _citation(line)
        or _ABOUT_US.match(line)
        or STATUS_LABEL.match(line)
        or _NUMBERED_USER.match(line)
        or (n <= 80 and _AFFILIATE.search(line))
        or (n <= 120 and CREDIT_LINE.match(line) and len(_CREDIT_FIELD.findall(line)) >= 2)
        or (n <= 30 and not sentence and is_price_widget(line) and not _SCHEDULE_DAY.match(line))
        or (n <= 48 and "%" in line and _QUOTE_ROW.match(line))
        or (n <= 120 and _quote_strip(line))
        or (n <= 120 and _TAG_LABEL.match(line) is not None)
        or (n <= 120 and _CRUMB_TRAIL.match(line) is not None)
        or _PLACE_STAMP.match(line) is not None
        or _EMBED_FOOT.match(line) is not None
        or (n <= 40 and _WELCOME.match(line) is not None)
        or (n <= 40 and _SOFTWARE_FOOT.match(line) is not None)
        or (n <= 60 and _WIDGET_ROWS.match(line) is not None)
        or (n <= 100 and _PLATFORM_TITLE.match(line) is not None)
        or (n <= 240 and _WIKI_CITATION.match(line) is not None)
        or (n <= 80 and _PROGRAMME_ROW.match(line) is not None)
        or (n <= 60 and _TIP_OFF.match(line) is not None)
        or (n <= 80 and _SOCIAL_FURNITURE.match(line) is not None)
        or (n <= 40 and _COURT_FOOT.match(line) is not None)
        or (n <= 40 and NAME_REGION_DAY.match(line) is not None)
        or (n <= 12 and _REGION_ALONE.match(line) is not None)
        or (n <= 100 and _SPONSOR.match(line) is not None)  # (shorter than a sentence of 40: see above)
        or (n <= 120 and not sentence and "，" not in line and len(set(_REGISTRY_FIELD.findall(line))) >= 2)
        or (n <= 40 and _RECRUITER_CARD.match(line) is not None)
        or (n <= 80 and _SAFETY_NOTICE.match(line) is not None)
        or (n <= 60 and _SITE_REMINDER.match(line) is not None)
        or (n <= 60 and _SIGN_UP_PROMPT.match(line) is not None)
        or (n <= 80 and _SPACED_TAGS.match(line) is not None)
        or (n <= 24 and _FLOOR_NAME.match(line) is not None)
        or (n <= 80 and _EDITOR_BAR.match(line) is not None)
        or (n <= 30 and _SIGN_IN_TO.match(line) is not None)
        or (n <= 100 and _RELATED_ROW.match(line) is not None)
        or (n <= 80 and DATED_LINK.match(line) is not None)
        or (n <= 60 and _FORM_PART.match(line) is not None)
        or (n <= 80 and _ALMANAC_DAY.match(line) is not None)
        or _site_furniture(line, n)
        or _ANSWER_LABEL.match(line) is not None
        or (n <= 100 and len(set(_TRIP_FACT.findall(line))) >= _TRIP_FACTS_MIN)
        or (n <= 120 and len(set(_QUOTE_FIELD.findall(line))) >= _QUOTE_FIELDS_MIN)
        or (n <= 240 and _WEB_NOTICE.search(line) is not None and not _HANZI.search(line))
        or (n <= 80 and not sentence and len(_LABELLED_STAMP.findall(line)) >= 2)
        or (n <= 200 and _CITED_ENTRY.search(line) is not None)
    ):
        return Kind.CHROME
    if n <= SHORT_LIMIT and not _SENTENCE_END.search(line):
        return Kind.SHORT
    if n <= 60 and _ENTRY_ROW.match(line):
        return Kind.SHORT  # 市府簡介 市政新聞 政府資訊公開 便民服務…: a row of entries, no sentence
    return Kind.PROSE


# A reference list's entry, the day it was looked up in its bracket (1.　某某概况．某某政府［引用日期2024-05-18］).
_CITED_ENTRY = _compile(r"[［\[（(](?:引用|访问|检索|查阅)日期\s*[:：]?\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[］\]）)]\s*$")
_BARE_FIGURE = rule_cache.compile(r"^[+\-−]?\d[\d,]*(?:\.\d+)?%?$")
# A page's stamps under their labels, two in a row (更新於 2023/10/02 發佈於 2023/10/02 閱讀時間約 4 分鐘).
_LABELLED_STAMP = _compile(r"(?:发布|更新|发表|编辑|修改|出版|刊登)(?:于|时间|日期)?\s*[:：]?\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")


# Five or more entries of two to six hanzi apart by spaces, nothing else (a site's menu without a
# menu word): short lines, as the head's furniture is, however long the row.
_ENTRY_ROW = rule_cache.compile(r"^[\u4e00-\u9fff]{2,6}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,6}){4,}$")


# A market quote (上证指数 3473.13 +0.70%, 恒生指數 23,456.78 ▲120.5 0.52%): a name, its level
# and its signed change.  A ticker widget over or beside the story; the story writes its
# figures in sentences.
_QUOTE_ROW = rule_cache.compile(
    r"^[^\d\s][^\s]{1,11}[\s\u3000]+\d[\d,]*(?:\.\d+)?[\s\u3000]+"
    r"(?:[+\-−▲▼↑↓]\s*\d[\d,]*(?:\.\d+)?%?|[(（][+\-−]\d[\d.]*%[)）])"
    r"(?:[\s\u3000]+(?:[+\-−▲▼↑↓]?\s*\d[\d.]*%|[(（][+\-−]?\d[\d.]*%[)）]))?$"
)


# A quote strip: several levels and their signed changes in one row, with no clause
# (加權指數 27,903.56 ▼43.53　櫃買指數 268.41 ▲1.02, 某某(01793)　2.480　+0.060（+2.48%）).
_LEVEL_CHANGE = rule_cache.compile(
    r"(?<![\d+\-−.▲▼↑↓])\d[\d,]*(?:\.\d+)?[\s\u3000]+(?:[▲▼↑↓]\s*|[+\-−])\d[\d,]*(?:\.\d+)?%?"
)
_SIGNED_PERCENT = rule_cache.compile(r"[(（][+\-−]\d[\d.]*%[)）]")
_DECIMAL = rule_cache.compile(r"\d\.\d")
_QUOTE_CLAUSE = rule_cache.compile(r"[，。；;！!？?、｜|：:]|,(?!\d)")  # (not 27,903.56)


# A WeChat story's numbered section heading (02 这 5 类人优先打), not a row of numbered links.
_SECTION_NUMBER = rule_cache.compile(r"^0[1-9][ \t\u3000]+(?![^\n]*(?<![0-9])0[1-9](?![0-9]))[\u4e00-\u9fff][^\n]{3,}$")


def _quote_strip(line: str) -> bool:
    """Levels each followed by its signed change, and nothing said: a ticker widget's row (a
    table's row has its bars or its signed figures alone, a story's figures their commas)."""
    if _QUOTE_CLAUSE.search(line) is not None or _DECIMAL.search(line) is None:
        return False
    pairs = len(_LEVEL_CHANGE.findall(line))
    return pairs >= 2 or (pairs == 1 and _SIGNED_PERCENT.search(line) is not None)


# A forum's footer of links with its users online (关于 · 帮助文档 · … · 2891 人在线 最高记录 6679 ·
# Select Language): long, but every part a link or a count.
_ONLINE_FOOTER = _compile(
    r"^[^。！？!?]{0,160}[·•|｜][ \t]*\d[\d,]*[ \t]*人在线(?:[ \t]+最高记录[ \t]*\d[\d,]*)?[ \t]*(?:[·•|｜]|$)"
)


def _site_furniture(line: str, n: int) -> bool:
    """A line of a particular kind of site's furniture (an app store's, a platform's, a mail archive's,
    GitHub's, a board's, a small outlet's): chrome whether or not it reads as a sentence."""
    return (
        (n <= 80 and _STORE_PART.match(line) is not None)
        or (n <= 80 and _PLATFORM_PART.match(line) is not None)
        or (n <= 200 and _ONLINE_FOOTER.match(line) is not None)
        or (n <= 120 and _MAIL_ARCHIVE.match(line) is not None)
        or (n <= 140 and _GITHUB_UI.match(line) is not None)
        or (n <= 100 and _BOARD_PART.match(line) is not None)
        or (n <= 100 and _OUTLET_PART.search(line) is not None)
    )


def _whole_call(line: str) -> bool:
    """A line that a call to download, join or follow takes whole (下载某某APP，随时回看错过的节目；
    扫码关注微信公众号“某某”，第一时间获取节目信息。), with a second call after a semicolon."""
    m = _FURNITURE.search(line)
    # (two calls, apart by a semicolon: one clause with a promise may be the writer's own, 下载这个APP，
    # 我终于可以在地铁上观看球赛了。)
    return m is not None and m.span() == (0, len(line)) and bool(re.search(r"[；;]", line))


def _closing_call(line: str) -> bool:
    """A sentence of the writer's that ends on a call to follow or subscribe (之后每月第三个周六办，
    遇到台风天就顺延一周，记得追踪粉专看最新公告喔！): two clauses of the story before the call,
    and a full stop or an exclamation at its end.  A prompt alone, or after one clause, is not."""
    m = _FURNITURE.search(line)
    if not m:
        return False
    own, *rest = re.split(r"[，,]", line[m.end() :])
    after = [c for c in rest if c.strip()]
    if after and any(_NEWS_AFTER_CALL.search(c) and not _FURNITURE.search(c) for c in after):
        # 也歡迎追蹤我們的IG@…，預購名單抽獎將於5/12公布: the call, then news of the story's own
        return True
    if _NEWS_AFTER_CALL.search(own) and _NOTICE_VERB.search(own) and re.search(r"[，,]", line[: m.start()]):
        # 如您今天不方便收件，可在APP内预约明天或11月16日（周四）派送；: a clause of the notice,
        # then what the app lets one do on a day
        return True
    if not re.search(r"[。！!]$", line):
        return False
    clauses = [c for c in re.split(r"[，,]", line[: m.start()]) if len(_HANZI.findall(c)) >= 4]
    return len(clauses) >= 2


# What a notice lets one do through the app on a day (预约…派送, 办理, 领取): not a shop's 查看…秒杀清单.
_NOTICE_VERB = _compile(r"预约|改约|派送|配送|送达|办理|领取|取件|寄件|缴费|挂号")
#: A clause after a call to follow that tells the story's news: a day, or what will happen.
_NEWS_AFTER_CALL = _compile(r"\d{1,2}\s*[/月.]\s*\d{1,2}|[将會会]于|[将會会]在|将(?:会)?[\u4e00-\u9fff]{2}")


def is_tag_heading(line: str) -> bool:
    """Is ``line`` the label over a page's tags (相關字詞, 标签：)? Its terms are no links."""
    return bool(_TAG_HEAD.match(fold(line.strip())))


def is_hashtag_row(line: str) -> bool:
    """Is ``line`` a row of hashtags only (#林錦 #插畫展 #PMQ), a caption's foot?"""
    return bool(_HASHTAGS.match(line.strip()))


def _statement_text(line: str) -> bool:
    """A statement's own text after its bare label (声明：近日网络上出现…不实信息，工作室郑重澄清…):
    an embedded post's content; a site's notices (版权声明：, 免责声明：…转载请注明出处) are not.
    The writer's own caveat (以上仅为个人观点，不构成投资建议) is the post's last word too."""
    return _OWN_VIEW.match(line) is not None or bool(
        _BARE_STATEMENT.match(line)
        and len(_HANZI.findall(line)) >= 20
        and _CLAUSE_COMMA.search(line)
        and not _SITE_NOTICE_WORDS.search(line)
    )


_BARE_STATEMENT = _compile(r"^(?:严正)?声明\s*[:：]")
_OWN_VIEW = _compile(
    r"^(?:以上|上述|本帖|此帖)?[，,]?(?:内容)?(?:(?:仅|只|纯)?(?:为|是|代表|属)?(?:我的|本人|个人|笔者)(?:的)?"
    r"(?:观点|看法|意见|拙见|浅见|经验|心得|分享|操作|记录)|纯属?(?:分享|个人|心得|记录)"
    # (不构成任何投资建议，大家自己判断。: the poster's own word to the readers)
    r"|不构成(?:任何)?投资建议[，,]\s*(?:大家|各位|请?自行|自己))"
)
_SITE_NOTICE_WORDS = _compile(r"转载|版权|出处|授权|观点|立场|仅供参考|不代表|侵权|联系删除")


def _note_sentence(line: str) -> bool:
    """A note under the story that starts with ``※`` and reads as a sentence (※每逢假日本館…，
    詳情請見…。, ※活動如遇颱風停辦，將另行公告): the story's own remark; a forum's
    ``※ 發信站:`` stamp has a label's colon and no full stop."""
    if not line.startswith("※"):
        return False
    clauses = [c for c in re.split(r"[，,]", line[1:]) if len(_HANZI.findall(c)) >= 4]
    return _story_sentence(line) or (len(clauses) >= 2 and not re.search(r"[:：]", line))


# A site footer's fields: its address, then its phone, fax and hours beside or under it.
# (诊所地址：, 公司地址：: the address labelled with whose it is)
# (not an event's: 上课地址：, 活动地址：, 报名地址：, the notice's own)
_ADDRESS_FIELD = _compile(
    r"(?:^|[\s\u3000])(?:(?!上课|活动|报名|比赛|集合|考试|会议|培训|领取|收件|寄件)[\u4e00-\u9fff]{0,2}地址|馆址|会址|校址)\s*[:：]"
)


def _opening_clauses(line: str) -> bool:
    """Two clauses of a post's opening without a full stop: a comma between words of talk."""
    return "，" in line and len(_HANZI.findall(line)) >= 16 and _chatty(line)


def _story_sentence(line: str) -> bool:
    """Reads as a sentence of a story: a full stop after some length, or a comma and a full stop."""
    return "。" in line and (len(line) >= 20 or "，" in line or "," in line)


def _photo_credit_length(line: str) -> int:
    m = _PHOTO_CREDIT.search(line)
    return len(m.group()) if m else 0


def is_section_heading(line: str) -> bool:
    """``相關新聞``, ``熱門推薦``: the heading of a list of other stories."""
    return bool(_SECTION.match(fold(line.strip())))
#: The same day in the lunar calendar, alone (农历甲辰年腊月十七, 乙巳年正月初一): a stamp's.
LUNAR_DAY_ALONE = _compile(
    r"^(?:(?:农历|阴历)\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][鼠牛虎兔龙蛇马羊猴鸡狗猪]?年)?"
    r"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][鼠牛虎兔龙蛇马羊猴鸡狗猪]?年)\s*"
    r"[正一二三四五六七八九十冬腊闰]{1,2}月[初十廿卅一二三四五六七八九]{2}日?$"
)
_FULL_DATE = rule_cache.compile(r"(?:19|20)\d\d[ \t]*[年/.\-][ \t]*\d{1,2}[ \t]*[月/.\-][ \t]*\d{1,2}")


#: A Q&A page's tools and counts under its question (关注问题 写回答, 关注者 2,871), either script.
QUESTION_TOOLS = rule_cache.compile(r"关注问题|写回答|寫回答|關注問題|我要回答|回答問題|关注者\s*[\d,]+|被浏览\s*[\d,]+")


def _chrome_tag(line: str) -> bool:
    """A word alone on its line that the page's rules took already (中秋節2023, 台灣, Medium's
    Personal Finance): a tag."""
    return (
        (
            (len(line) <= _TAG_WORD_MAX and re.search(r"[\s:：／/|｜,，、.。]", line) is None)
            or (len(line) <= _LATIN_TAG_MAX and _LATIN_TAG.match(line) is not None)
        )
        and re.search(r"[^\W\d_]", line) is not None
        and not _UI_WORDS.search(line)
    )
_TAG_WORD_MAX = 8  # characters of such a tag
_LATIN_TAG_MAX = 24  # … or of a tag in two or three English words
_LATIN_TAG = rule_cache.compile(r"^[A-Za-z][A-Za-z&'\-]*(?: [A-Za-z][A-Za-z&'\-]*){1,2}$")


# A chat record's sender line (王老师　09:12, 李老师（年级组）　11:31): who, then when, nothing else.
CHAT_SENDER = rule_cache.compile(
    # (a name has a letter or a hanzi: 2025-08-16 19:12 is a stamp, no sender)
    r"^(?=\S*[A-Za-z\u4e00-\u9fff])(?!\d{1,4}[-/.年月])"
    r"[^\s:：，,。]{1,10}(?:[(（][^)）]{1,8}[)）])?[ \t\u3000]+(?:(?:上午|下午|晚上|凌晨|中午)?\d{1,2}:\d{2}(?::\d{2})?)$|"
    # or, as a chat's export writes it, the whole stamp first (2024-09-12 19:05:33 王老师（班主任）)
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+"
    # (QQ's export gives the sender's number in brackets: 王老师(1234567890))
    r"(?=[^\s:：，,。]*[A-Za-z\u4e00-\u9fff])[^\s:：，,。(（]{1,12}(?:[(（][^)）]{1,12}[)）])?$"
)
#: The bullets a list of links opens its items with (◆ …, ► …).
ITEM_BULLETS = frozenset("◆◇•·▪■□●○►▶▸➤★☆．・‧")


def _cells(line: str) -> list[str]:
    return [p.strip() for p in re.split(r"[|｜]", line.strip()) if p.strip()]


# A figure in a table's cell (52.36, +28.4%, 7,254,318, -6.1, 10X－4): no word in it.
_CELL_FIGURE = rule_cache.compile(r"^[-+－＋]?\d[\d,.]*[%％X]?(?:[-－]\d{1,2})?$")  # (10X－4; not 010-6512…)


def _figure_row(line: str) -> int:
    """The cells of a table's row of figures under its label (营业收入 52.36 46.58 12.4%, 红色球：03 09
    14 22 27 31), or 0 where the line is no such row."""
    label, _, rest = line.partition("：") if "：" in line else (None, "", line)
    cells = (rest if label is not None else line).split()
    if label is None:
        if not cells or not re.search(r"[\u4e00-\u9fff]", cells[0]) or len(cells[0]) > 10:
            return 0
        label, cells = cells[0], cells[1:]
    elif not re.fullmatch(r"[\u4e00-\u9fff]{1,8}", label.strip()):
        return 0
    cells = [c for c in cells if c not in ("+", "＋")]
    if not cells or not all(_CELL_FIGURE.match(c) for c in cells):
        return 0
    return len(cells) + 1
# What a row of terms holds: no sentence, no clause, no label.
_WORDISH = _compile(r"[^\W\d_]{2}")
_NOT_TERMS = _compile(r"[，,。！？!?；;：:、「」“”\"]")


def _term_row(line: str) -> bool:
    """Three or more short terms apart by ideographic spaces, none of them speech (骑行　318川藏线
    　旅行vlog, 考研　研究生入学考试　二战, 影讯&购票　选电影　…): a topic, tag or menu row."""
    if "\u3000" not in line or len(line) > 120 or _NOT_TERMS.search(line) or _SPEECH.search(line):
        return False
    tokens = line.split()
    # every term a word (a price, ¥688.00, or a figure is a product's facts)
    return len(tokens) >= 3 and all(len(t) <= 10 and _WORDISH.search(t) for t in tokens)


def _tag_terms(line: str) -> bool:
    """Two or more short terms apart by spaces, no clause or sentence: a row of tags."""
    tokens = line.split()
    return (
        2 <= len(tokens) <= 15
        and len(line) <= 120
        and not _NOT_TERMS.search(line)
        and all(len(t) <= 12 and _WORDISH.search(t) for t in tokens)
    )


# The heading of a page's comments (留言 2, 評論（3）, 网友评论): what follows is read, not listed.
def is_comments_head(line: str) -> bool:
    """The heading of a post's comments (评论 26, 共 326 条评论, 共 24 則留言), in either script."""
    folded = fold(line.strip())
    return bool(_COMMENTS_HEAD.match(folded) or _COMMENTS_TOTAL.match(folded))


# (查看全部 46 則留言: Instagram's link to its comments; View all 46 comments)
_COMMENTS_TOTAL = rule_cache.compile(
    r"^(?:共|查看全部|查看所有)\s*[\d,.万]+\s*[条则篇]\s*(?:评论|留言|回复|回应)$|^View all [\d,.]+ comments$", re.IGNORECASE
)
_COMMENTS_HEAD = _compile(
    # (IT之家网友评论: the site's name before its readers' comments)
    r"^[\s【\[「『]*(?:[A-Za-z0-9\u4e00-\u9fff]{0,6}(?:网友|读者|用户)(?:留言|评论|回复|回应|跟贴)|"
    r"(?:最?[热新]|热门|精彩|精选|全部|网友|读者|用户)?(?:留言|评论|回复|回应|跟贴)|讨论|读者回响|"
    r"评论区|留言列表|评论列表|回应列表|留言区)\s*[(（]?\s*[\d,.万千]*\s*[)）]?\s*(?:条|则|篇)?[\s】\]」』:：]*$"
    # (留言分享你的想法！, 发表你的看法: the comment box's call over the comments)
    r"|^(?:留言|评论)?(?:分享|发表|写下|说说)你的(?:想法|看法|评论|观点)[!！。～~]*$"
    # (2 則迴響, 3 条评论: WordPress's count first, then its word for the comments; 0 則留言 heads
    # no comments, only the box's rules)
    r"|^[1-9][\d,]*\s*(?:条|则|篇|个)?\s*(?:留言|评论|回复|回应|回响)$"
)
_ITEM = rule_cache.compile(r"^(?:[(（]?(\d{1,2})[.、．)）]|[A-Za-z]{1,3}(\d{1,2})(?=\s*[|｜:：\s]))\s*\S")
# A fact under its label (規模：5.8, 住宿：6晚 2,460, 咨询电话：…): a short noun, a colon, a value.
_FACT = rule_cache.compile(r"^[\u3400-\u9fffA-Za-z]{1,10}\s*[:：]\s*\S")
# A way to reach the site itself (tips to the newsroom, ads), not the story's own contact.
_SITE_CONTACT = _compile(r"报料|爆料|线索|投稿|广告|合作|客服|投诉|异议")


def _mailed_words(line: str) -> bool:
    """The writer's own words around an e-mail address (有問題歡迎站內信，或寄信到 …), not a
    newsroom's tip line (如有線索…) and not a site's prompt with its web address."""
    if not _URLISH.search(line) or _SITE_CONTACT.search(line) or _WEB.search(line):
        return False
    return _spoken(_URLISH.sub(" ", line))


# A column's note on its writer (（作者為退休花農，讀者來函可寄 …）): the column's own last words.
_AUTHOR_NOTE = rule_cache.compile(r"^[（(]作者[为是系][^，,]{2,30}[，,]")


_FIRST_CLAUSE = rule_cache.compile(r"^([^，,：:；;]{4,40})[，,]")
_DEADLINE_CLAUSE = _compile(
    r"^\W{0,3}[^，,：:；;\d]{1,8}[：:]\s*((?:\d{1,2}月\d{1,2}日|\d{1,2}/\d{1,2})[^，,：:；;]{0,6}?(?:截止|截至|前|止))[，,]"
)


def _contact_after_clause(line: str) -> bool:
    """A phone or a hotline told after a clause of the story (一人限購4張，客服專線02-…;
    每人每次最多買4張，售票熱線2314 4228（…）): the sentence goes on to it, no field's label
    opens the line."""
    m = _FIRST_CLAUSE.match(line)
    if m is None:
        # (📝 報名：12月15日截止，請寄email至…: a label, then its deadline, then where to write)
        m = _DEADLINE_CLAUSE.match(line)
        return m is not None and not _CONTACT.search(m.group(1))
    if _CONTACT.search(m.group(1)) or _URLISH.search(m.group(1)):
        return False
    clause = m.group(1)
    return len(_HANZI.findall(clause)) >= 4 and (any(c.isdigit() for c in clause) or bool(_SPEECH.search(clause)))


_ATTACHED = rule_cache.compile(r"^(?:附上|另附|补上|附(?![件注录]))")
# A link the post gives the reader to act on, under what it is for (下载：https://… 密码:52pj,
# 報名網址：https://…, 活動網址：…): the post's own, not the site's source or share links.
_ACTION_LINK = rule_cache.compile(
    r"^(?:下载(?:地址|链接)?|(?:百度)?网盘(?:链接|地址)?|蓝奏云|(?:线上|网上|在线)?报名(?:网址|链接|表格?|入口)?|"
    r"活动(?:网址|网站|页面|链接)|问卷(?:链接)?|表单|项目(?:地址|主页)|开源地址|源码(?:地址)?|github|传送门)"
    r"\s*[：:]\s*(?:https?://|www\.)",
    re.IGNORECASE,
)


def _own_link(line: str) -> bool:
    """Does ``line`` open by attaching the post's own link, in words of some length (附上上週日
    勘路拍的照片：https://…), or give it under what the reader does with it (下载：https://…)?
    A bare 附上照片：… stays a link's label."""
    if _ACTION_LINK.match(line):
        return True
    m = _URLISH.search(line)
    before = line if m is None else line[: m.start()]
    return bool(_ATTACHED.match(before)) and len(_HANZI.findall(before)) >= _TALK_BEFORE_ADDRESS


#: Asking the reader to write or call (請來信, 可以寄信到, 请发邮件至, 可電郵至, 請PM或者email,
#: 可以WhatsApp): how to reach the writer, in a sentence of the post, not a field's label.
_CONTACT_REQUEST = _compile(
    # (有人想夾枱可以 email 我 …: a space may stand before a Latin word)
    # (有興趣加入嘅朋友可以 DM 或者 email：…: a direct message first)
    r"(?:请|可以|可|欢迎|麻烦)[ \t]?(?:直接|先)?(?:来信|寄信|写信|发邮件|发电邮|电邮|email|e-mail|致电|WhatsApp|私讯|私信|PM|DM|"
    r"联络|联系)",
    re.IGNORECASE,
)
#: … but a site's own call for tips, ads or reprints, or its notice of rights, is its footer's.
_SITE_REQUEST = _compile(r"投稿|报料|爆料|线索|广告|转载|侵权|版权|删除|举报|新闻热线|寻求报道|求报道")


def _contact_request(line: str) -> bool:
    """A post's own sentence asking to be written to or called (企業大量訂購請來信 …, 摊位报名请
    发邮件至 …, 有需要可以WhatsApp 9123 4567 搵我登記): the story's, whatever address it gives;
    not a label's field (合作请联系：… opens with its label) nor a site's call for tips."""
    m = _CONTACT_REQUEST.search(line)
    # (補充：…，有興趣可以電郵 … 查詢: a poster's addendum opens with its own word, no field's label)
    if m is None or _SITE_REQUEST.search(line) or (_LABEL_OPENING.match(line) and not _ADDENDUM.match(line)):
        return False
    before = line[: m.start()]
    if "合作" in before and not _CLAUSE_COMMA.search(before):
        return False  # 商务合作请联系 …: the site's or the account's business line
    # (预订请WhatsApp … 私讯，唔好打电话嚟舖头啦: a short ask, then the post's talk after a comma)
    after = _CLAUSE_COMMA.search(line, m.end())
    return len(_HANZI.findall(line[: m.end()])) >= 4 or (
        after is not None and len(_HANZI.findall(line[after.end() :])) >= _TALK_AFTER_ASK
    )


_TALK_AFTER_ASK = 6


_CLAUSE_SPLIT = rule_cache.compile(r"[，,；;]")
_FIELD_COLON = rule_cache.compile(r"[:：]")


# A commenter's dotted id, then what the comment says (ling.eats.hk 你哋去完記得 @我 呀): no address.
_ID_THEN_TALK = rule_cache.compile(r"^[a-z0-9_]+(?:\.[a-z0-9_]+)+[ \t]+(?!\S*(?:https?:|www\.|\.com))(.+)$")
_TALK_MARKS_MIN = 2  # speech's small words in the comment (你, 我, 呀): a site's name has none


def _id_then_talk(line: str) -> bool:
    """An Instagram comment row: the commenter's id (dots and all) and the comment after it."""
    m = _ID_THEN_TALK.match(line)
    return (
        m is not None
        and len(_HANZI.findall(m.group(1))) >= _REPLY_HANZI_MIN
        and len(_SPEECH.findall(m.group(1))) >= _TALK_MARKS_MIN
    )


_REPLY_HANZI_MIN = 5


def _clauses_of_talk(line: str) -> bool:
    """Two clauses of words before whatever address or handle the line gives (年底的聖誕蛋糕預購
    會在12月初開放，詳細品項請追蹤IG@…; 答：可以找客服要电子保修卡，或者发邮件到…): a sentence
    of the story, though it ends without a full stop; a footer's fields (地址：…，电话：…)
    each open with a label."""
    clauses = [c for c in _CLAUSE_SPLIT.split(line) if c.strip()]
    if len(clauses) < 2 or _SITE_REQUEST.search(line):
        return False  # (如有新闻线索，欢迎发邮件至…: the site's call for tips, however it reads)
    first = clauses[0]
    if _FIELD_COLON.search(first) and not re.match(r"^[问答]\s*[:：]", first):
        return False
    return len(_HANZI.findall(first)) >= 6 and any(
        len(_HANZI.findall(c)) >= 4 and not _FIELD_COLON.search(c) for c in clauses[1:]
    )


def _address_in_talk(line: str) -> bool:
    """An address or a link inside a sentence of talk (原本写信问 service@… 结果三天都没回): words
    of four hanzi or more on both sides, one side with speech in it.  A site's name or a footer's
    field (客服信箱 service@… 服务时间 周一至周五) has no speech around its address."""
    m = _URLISH.search(line)
    if m is None:
        return False
    before, after = line[: m.start()], line[m.end() :]
    if _own_link(before):
        return True  # 附上上週日勘路拍的照片：https://…: the post gives its own photos' link
    if _URLISH.search(after):
        return False
    if _TRY_IT_AFTER.match(after):
        return True  # 或寫信到 service@… 問問看, 寄 … 試試: advice to a poster, a reply's words
    if len(_HANZI.findall(after)) < 4:
        # the address closing a reply's clauses (樓上兩位可以留意網頁，或者電郵查詢：…, 照片很好看欸，
        # 下次可以找我拍，合作請寄 …): two clauses of talk before it, not a footer's one label
        return (
            (
                (len(_HANZI.findall(before)) >= _TALK_BEFORE_ADDRESS and bool(_CLAUSE_COMMA.search(before)))
                or len(set(_CHAT.findall(before))) >= _CHAT_WORDS  # 有咩問題可以email佢哋 …
            )
            and bool(_SPEECH.search(before) or _ANSWERS.match(before) or _CHAT.search(before))
            and not _NEWSROOM.search(before)
            and not _PROMPT_CLAUSE.match(before)
            and not _PHOTO_CREDIT.search(before)
            and not _LABEL_OPENING.match(before)
        )
    return len(_HANZI.findall(before)) >= 4 and bool(_SPEECH.search(before) or _SPEECH.search(after))


# "Ask them and see", "try it" after an address (… 問問看, … 試試): a reply's advice.
# (寫信到 … 問: "write and ask"; 寫低情況: "write down what happened")
_TRY_IT_AFTER = _compile(r"^[ \t\u3000]*(?:问问看|问问|问一下|问|试试看?|看看|写低情况|讲下情况|说明情况)[吧喔哦啦呀～~！!。]*$")
_TALK_BEFORE_ADDRESS = 8
_CHAT_WORDS = 3  # particles of talk (咩, 佢, 哋; 吗, 呢, 了) that make a short clause a reply's
#: A notice's numbered item (六、洽詢方式：…, （三）联系电话：…): the notice's own text, a
#: reader's way to reach the office it names, whatever contact it gives.
# (报名方法：亲临本会…或电邮至 …: how to take part, the notice's own field, not a contact row)
_NOTICE_ITEM = _compile(
    # (1. 采购人信息：…　联系电话：…: a tender notice's numbered item)
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．](?!\d)\s*[\u4e00-\u9fff]{2,8}[:：]"
    r"|(?:报名|参加|申请|投稿|预约|领取)(?:方法|办法|方式|途径)\s*[:：])"
)


#: A field's label opens the line (📷 摄影：…, 联系方式：…): a credit or a field, whatever follows.
# A poster's addendum or update opening its line (補充：, 更新：, PS：, 附註：): talk, no field.
_ADDENDUM = _compile(r"^\s*(?:补充|更新|再补充|补|PS|P\.S\.|附注|注|题外话|另外)\s*[：:]", re.IGNORECASE)
_LABEL_OPENING = _compile(r"^[^\u4e00-\u9fff]{0,4}[\u4e00-\u9fff]{1,6}[：:]")
# a reply's opening: talk to someone (楼上, @某某, 謝謝兩位)
_ANSWERS = _compile(r"^\s*(?:楼上|楼主|回复|[@＠]|(?:谢谢|感谢|多谢)(?:两位|各位|大家|楼上|楼主|你|您|[@＠]))")
#: A site's prompt opens its line (如有线索，欢迎…, 欢迎投稿，…, 商务合作，请…): not a reply's talk.
_PROMPT_CLAUSE = _compile(r"^\s*(?:如|若|欢迎|请|敬请|凡)|^[^，,]*(?:报料|爆料|线索|投稿|广告|合作|客服|投诉)[^，,]*[，,]")
_CLAUSE_COMMA = _compile(r"[\u4e00-\u9fff](?:[，,]| (?=[\u4e00-\u9fff]{2}))[\u4e00-\u9fff]")  # (PTT: a space between clauses)


# A letterhead's or a site footer's mark beside a phone: its fax number, its postcode, the
# newsroom's own line (新闻热线, 本报); or a person to ask (联系人：王法官, 王小姐　電話：…):
# the press's or the court's officer.
_LETTERHEAD = _compile(
    r"传真|fax|邮编|\d{3,6}\s*[\u3400-\u9fff]{2,}[市县区]|联系人|联络人|发言人|先生|小姐|女士|"
    r"新闻热线|读者热线|编辑部|本报|本台|本网|本站|本刊|本版|值班电话",
    re.IGNORECASE,
)


# A label the story gives its own line (報名方式：, 下期预告：), taken off before reading its words.
_LINE_LABEL = rule_cache.compile(r"^[^\s：:，。,]{1,6}[：:]")
_WORDS_ROUND_ADDRESS = 6  # hanzi: 有問題可以email去…問 says enough; 讀者投書請寄 names a desk


def _words_round_address(line: str) -> bool:
    """The writer's words around an e-mail address (有問題可以email去 … 問, 報名方式：私訊粉專，
    或來信 …（請註明姓名…）): once the address and a label are taken off, words enough that
    talk (speech) or run on in clauses.  A site's desk (讀者投書請寄 …, 商务合作：…), a page's
    own line (本文, 本网) or a web address is no such line."""
    if (
        len(line) > 120
        or not _URLISH.search(line)
        or _WEB.search(line)
        or _plain_furniture(line)
        or _NEWSROOM.search(line)
        or "本文" in line
    ):
        return False
    rest = _LINE_LABEL.sub("", _URLISH.sub(" ", line).strip())
    return len(_HANZI.findall(rest)) >= _WORDS_ROUND_ADDRESS and bool(
        _SPEECH.search(rest) or _CLAUSE_MARK.search(rest)
    )


def _mailed_talk(line: str) -> bool:
    """A longer reply around an e-mail address that talks (可以電郵 …，佢話截單係…，遲咗就冇):
    two particles of speech besides the address, where a site's line states and asks."""
    return len(line) <= 120 and _mailed_words(line) and _chatty(_URLISH.sub(" ", line))


# A labelled way to reach someone (洽詢電話：, 聯絡電郵：, 報名信箱：), maybe a list's item.
_CONTACT_FIELD = _compile(
    r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[、.．)）]\s*)?\S{0,6}"
    r"(?:电话|电邮|电子邮件|邮箱|信箱|传真|热线|专线|手机|微信|email|e-mail)\s*[:：]",
    re.IGNORECASE,
)


def _story_contact(line: str) -> bool:
    """Contact fields of what the story is about (查詢：2870 2335　電郵：…, 地址：…　订座电话：…,
    服务热线：…, 洽詢電話：…): a label, a colon, a phone or an e-mail address.  Not the newsroom's
    tip line or ads (报料, 投稿), a press officer (联络人, 媒体联系: labelled metadata), a
    letterhead (an address with its postcode and fax, a site's footer) or a site's address."""
    if len(line) > 80 or _plain_furniture(line) or not _CONTACT.search(line):
        return False
    fact = bool(_FACT.match(line)) and not _LABELLED.match(line) and not _LETTERHEAD.search(line) and not _NEWSROOM.search(line)
    field = (
        bool(_CONTACT_FIELD.match(line))
        and not _ADDRESS_FIELD.search(line)
        and not _NEWSROOM.search(line)
    )
    return fact or field


# The newsroom's or a letterhead's own lines (新闻热线, 本报, a fax): never the story's contact.
_NEWSROOM = _compile(
    r"传真|fax|邮编|新闻热线|读者热线|编辑部|本报|本台|本网|本站|本刊|本版|值班电话|(?:记者|作者|编辑)(?:信箱|邮箱|电邮)",
    re.IGNORECASE,
)


# What a page's foot asks of its reader: read more, follow, get more (阅读更多内容，狠戳这里;
# 关注某某微信公众号，或在微博@某某 获取更多资讯).
_FOOT_PROMPT = _compile(
    r"阅读更多|查看更多|更多(?:内容|资讯|精彩)|[戳点]这里|点击这里|获取更多|"
    r"关注[^，。,！？!?]{0,12}(?:公众号|微博|官方|账号|帐号)"
)


def _foot_prompt(line: str, foot: bool) -> bool:
    """A prompt to the reader: to read more, to follow, to use the app; and at the foot, after
    the story's last sentence, to cheer the writer on or an app's slogan (a subhead between
    pictures may name an app: 高德地图App让红绿灯不再难等)."""
    line = line.strip()
    return (
        len(line) <= 40
        and not _SENTENCE_PUNCT.search(line)
        and (
            _prompt_first(line)
            or (_APP_LAST.search(line) is not None and not _chatty(line))
            or (foot and (_CHEER_PROMPT.search(line) is not None or _APP_SLOGAN.match(line) is not None))
        )
    )


# An app named last, as a slogan ends (海量資訊、精準解讀，盡在某某APP; 更多內容請上某某客戶端).
_APP_LAST = _compile(r"(?:APP|App|客户端)\s*[!！]?$")
# … or first, the site's name on it (36氪APP让一部分人先看到未来, 某某客户端，…).
_APP_SLOGAN = _compile(r"^[\w\u4e00-\u9fff]{1,8}(?:APP|App|客户端)(?![\w]*(?:更新|升级|上线|发布|下载量))")
# A plea for the reader's cheer (好文章，需要你的鼓励; 喜欢就点个赞吧; 点个在看).
_CHEER_PROMPT = _compile(r"需要你的(?:鼓励|支持)|喜欢就|点个?(?:赞|在看)|赞赏(?:作者|支持)|打赏作者|鼓励一下")


def _prompt_first(line: str) -> bool:
    """The prompt opens the line (关注某某公众号，或…); after a clause of its own (去年6月8日开的，
    记得关注公众号…) it is a reply that mentions following, not the page asking."""
    m = _FOOT_PROMPT.search(line)
    if m is None:
        return False
    comma = min((k for k in (line.find("，"), line.find(",")) if k >= 0), default=len(line))
    return m.start() < comma


def _page_notice(line: str) -> bool:
    """A line of the site's own, whatever stands around it: its legal notes and contacts."""
    return bool(
        _LEGAL.search(line)
        or (_DISCLAIMER.search(line) and not _statement_text(line))
        or _ALWAYS_CHROME.match(line)
        or _SITE_CONTACT.search(line)
    )


def _plain_furniture(line: str) -> bool:
    """A line that says plainly what it is wherever it stands: never a row of the story's own."""
    return bool(
        _LEGAL.search(line)
        or (_DISCLAIMER.search(line) and not _statement_text(line))
        or (len(line) <= 60 and _FURNITURE.search(line))
        or _PAGE_SHAPES.search(line)
        or _SECTION.match(line)
        or _PAGER.match(line)
        or _ALWAYS_CHROME.match(line)
        or _PHOTO_CREDIT.search(line)
        or _IMAGE.match(line)
        or _HASHTAGS.match(line)
        or _HANDLES_ONLY.match(line)
        or _SITE_CONTACT.search(line)
        or _CARD_FIELD.match(line)  # (威望: 1, 发帖: 217: a poster's card, never the story's facts)
        or _RANK_FIELD.match(line)
        or _PAGE_WIDGET.search(line)  # (颜色：白色 ｜ 灰色, 数量：－ 1 ＋: a shop's buying widget, however it lists)
    )


# A parcel's tracking row: its stamp, then what happened to it there (2023-11-14 06:05　【成都市】
# 快件已到达【成都武侯三营业部】): a record the page is about, read as the story.
_PARCEL_ROW = _compile(
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+"
    r"[^。！？!?]{0,30}?(?:快件|包裹|揽收|揽件|派送|派件|签收|已发货|已到达|已发出|转运|清关|出库|入库)"
)


# An hour range (14:00-17:00, 06:00 - 11:00, 8:30至17:30): a schedule, never a page's stamp.
_HOURS = rule_cache.compile(r"\d{1,2}:\d{2}\s*(?:[-–—~〜－至到]|to)\s*\d{1,2}:\d{2}")


_POINT = rule_cache.compile(r"\d{1,2}:\d{2}|\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}")


def _stamp(line: str) -> bool:
    """A record's or a page's stamp under its label (回复时间：2024-03-18 16:20): a point in time."""
    point = _DATELINE.search(line) or _POINT.search(line)
    return bool(point) and not _HOURS.search(line)


def _counter_field(line: str) -> bool:
    """A page's counter under a button's label (收藏：1,126, 評論：3), not a fact."""
    label, _, value = re.split(r"([:：])", line, maxsplit=1)
    # (註冊日期: 2017-05, 文章: 2,416: a poster's fields under the name, as a forum prints them)
    return bool(_UI_WORDS.search(label) and re.fullmatch(r"\s*[\d,.]+[万千kKw]?\s*", value)) or bool(
        POSTER_FIELD.match(line.strip())
    )


def _navigation(cell: str) -> bool:
    """A cell that is a menu or button word (首頁, 分享, 聯絡我們), not content."""
    cell = cell.strip()
    return bool(_MENU_WORD.match(cell) or (len(cell) <= 8 and _UI_WORDS.search(cell)))


def _decimal_cell(cell: str) -> bool:
    """A table's figure with a decimal point or a share (11.82, +17%), never a page number."""
    return _CELL_FIGURE.match(cell) is not None and any(ch in cell for ch in ".%％")


# An item of a list numbered in Chinese numerals (一、活動期間：…, 七、電子信箱：…).
_HANZI_ITEM = rule_cache.compile(r"^([一二三四五六七八九十]{1,3})[、．.]\s*\S")


def _next_item(before: str, line: str) -> bool:
    """``line`` is the item right after ``before`` in one numbered list (六、 then 七、, 3. then 4.)."""
    for pattern in (_HANZI_ITEM, _ITEM):
        a, b = pattern.match(before), pattern.match(line)
        if a and b and len(line) <= 120:
            x = to_int(next(g for g in a.groups() if g))
            y = to_int(next(g for g in b.groups() if g))
            return x is not None and y == x + 1
    return False


_FIELD_FIGURE = rule_cache.compile(r"[:：]\s*[^\s:：]*\d")
_FIELDS_ONLY = rule_cache.compile(
    # (场馆：杭州 | 杭州奥体中心体育馆: a value in parts apart by bars)
    # (a label set out with spaces, 展　　期：, 策 展 人：; an hour in the value, 3月16日（周六）15:00)
    r"^(?:[\u3400-\u9fff](?:[ \u3000]{0,2}[\u3400-\u9fff]){1,5}\s*[：:]\s*(?:[^\s，。；;：:,]|(?<=\d):(?=\d\d)){1,24}"
    r"(?:\s*[|｜]\s*[^\s，。；;：:,|｜]{1,24})*\s*){1,4}$"
)


# A field's label at a line's start (費用：, 地点：): the line gives one of an entry's facts.
_FIELD_START = _compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")


def _facts_above(line: str, kind: Kind, chrome: bool) -> bool:
    """The body line right over a run of fields is itself a field with a figure (費用：預售120元 /
    現場160元, then 類型：音樂 / 發起：某某): the run goes on with an entry's facts (an event's, a
    product's), which a reader reads; a record's head stands alone under the page's chrome."""
    line = line.strip()
    return (
        not chrome
        and kind is not Kind.CHROME
        and bool(_FIELD_START.match(line))
        and bool(_FIELD_FIGURE.search(line))
    )


def is_field_line(line: str) -> bool:
    """A line made only of ``label：value`` fields (辦理狀態：已回覆), never a headline."""
    return bool(_FIELDS_ONLY.match(fold(line.strip())))


# A link to another story under its label (其他報道︰北都片區開發 首批用地明年首季招標, 延伸閱讀：…).
_RELATED_PREFIX = rule_cache.compile(r"^(?:其他|相关|延伸|更多|推荐|热门)(?:报道|新闻|阅读|文章|解读|稿件)\s*[:：︰]\s*\S")
# A side menu's item after its arrow (› 公司简介, » 企业荣誉): a link of the site (a forum's
# quote opens with >, which is the story's).
_NAV_ITEM = rule_cache.compile(r"^[›»▸][ \t\u3000]*[^\s，。,！？!?：:；;]{1,10}$")
# A timeline's head on its own line (2019年10月28日, 2024年底, 11月下旬, 2021年第三季度, 今年6月):
# a date with nothing but its part of the month or year, and no time of day.
_EPOCH_HEAD = rule_cache.compile(
    r"^[◎●○■□◆◇▲△▶►・·•\-－—]?\s*(?=\S*\d)"
    r"(?:(?:公元|民国)?\d{2,4}\s*年代?|今年|去年|明年|同年|次年|翌年|本月|上月|下月)?\s*"
    r"(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]?)?|\d{1,2}\s*[日号]|第?[一二三四1-4]\s*季度?|[上下]半年|[春夏秋冬]季?|"
    r"春节|元旦|国庆|中秋|端午|清明|暑期|暑假|寒假)?\s*"
    r"(?:初|中|底|末|上旬|中旬|下旬|前后|前夕|期间|以来|起|至今)?"
    r"(?:\s*(?:至|到|[-－—～~])\s*(?:\d{2,4}\s*年)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*[日号]?)?(?:初|中|底|末|上旬|中旬|下旬)?)?"
    r"\s*[：:]?$"
)
_EPOCH_HEAD_MAX = 20
#: A chronology's head that is a year alone (2006, 2009年): its year, and 年 where written.
YEAR_HEAD = rule_cache.compile(r"^((?:19|20)\d{2})[ \t]*(年)?$")
# (a stamp in figures, 2025/03/10, or a counter, 1/5, is no head: a thread's replies and a
# slide's steps stand under those)
_EPOCH_WORD = rule_cache.compile(r"[年月日号季旬节]")


def _epoch_head(line: str) -> bool:
    if YEAR_HEAD.match(line):
        return True  # 2006 over 3月，公司前身成立…: a company's history, a year to each head
    if (labelled := _LABELLED_EPOCH.match(line)) is not None:
        return not _REGION_NAME.fullmatch(labelled.group(1))  # (2025.01.18 北京: a comment's stamp)
    return (
        len(line) <= _EPOCH_HEAD_MAX
        and bool(_EPOCH_HEAD.match(line))
        and bool(_EPOCH_WORD.search(line))
        and ":" not in line.rstrip(":：")
    )


# A day in dots or in full and a few words naming what happened then (2016.9.1　初遇, 2018年2月14日
# 在一起): a head of a couple's or a company's story, as an invitation or an "about us" lays it out.
_LABELLED_EPOCH = rule_cache.compile(
    r"^(?:\d{4}\.\d{1,2}\.\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号])[ \t\u3000]+([\u4e00-\u9fff]{2,8})$"
)


# An item's price in a row of costs (2,380元/人, 860元, ¥128).
_PRICED_ITEM = rule_cache.compile(r"(?:[¥￥$]\s*)?\d[\d,]*(?:\.\d+)?\s*(?:元|块|港元|台币|RMB)(?:/人|／人|每人)?")
_PRICED_ITEMS_MIN = 2
# A trip's day heading with its date (Day 1｜上海—大理｜10.3（周四）, Day 3—4｜双廊｜10.5—10.6).
# (or a tour's day and its route, 第1天　香港 ✈ 福岡 → 太宰府天滿宮 → 福岡市區)
_ITINERARY_DAY = rule_cache.compile(
    r"^(?i:day)[ \t]*\d{1,2}(?:[ \t]*[-—–~～][ \t]*\d{1,2})?[ \t]*[｜|:：].{0,40}\d{1,2}[./月]\d{1,2}"
    r"|^(?:第[0-9一二三四五六七八九十]{1,2}天|(?i:day)[ \t]*\d{1,2}|D\d{1,2})[ \t\u3000]+[^→✈]{1,12}(?:[ \t]*[→✈➡][ \t]*[^→✈]{1,12}){1,6}$"
)
#: A line framed by dashes (—— 2012年入坛 某某人爱某某 ——, ———— 2016 Focus ／ 2022 RAV4 ————): a
#: poster's signature.  (Its words open and close on a non-space, so the spaces around them are
#: read one way only: linear on any line.)
FRAMED_SIGNATURE = rule_cache.compile(
    r"^(?:—{2,}|-{2,}|─{2,})[ \t\u3000]*[^—\-─\s](?:[^—\-─]{0,38}[^—\-─\s])?[ \t\u3000]*(?:—{2,}|-{2,}|─{2,})$"
)


#: A reviewer's or a poster's level and counts under its name (Lv.5 美食家　食評 432篇, Lv.1 新手).
LEVEL_ROW = rule_cache.compile(r"^(?i:lv)\.?[ \t]*\d{1,3}(?:[ \t\u3000]+\S{1,10}){0,4}$")


#: A poster's row: the name or a badge, perhaps the thread starter's mark, and the level (某某 楼主
#: 9级, 某某 Lv.12, 超话粉丝大咖 LV.9): the post's head itself, the lines under it its text.
POSTER_LEVEL = _compile(r"^\S{1,20}(?:[ \t\u3000]+(?:楼主|樓主))?[ \t\u3000]+(?:\d{1,2}[ \t]?级|(?:LV|Lv|lv)\.?[ \t]?\d{1,2})$")


# The heading of a numbered item ((二)新界東綵燈會, 3. 北區場, 一、報名方式): what follows is the item.
_ITEM_HEADING = rule_cache.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[.、．])\s*\S")


def _item_heading(line: str) -> bool:
    """A short numbered heading of the story's list: the fields under it are that item's details
    (地點：… / 節目：…), not a record's metadata, which no numbered heading introduces."""
    line = line.strip()
    return len(line) <= 40 and bool(_ITEM_HEADING.match(line)) and not _FIELDS_ONLY.match(line)


def _announces_list(line: str, kind: Kind) -> bool:
    """A sentence of the story that ends in a colon (延長服務的診所包括：): the rows under it are
    its list.  Not a label over a record (基本信息：): a clause, longer than a label."""
    line = line.strip()
    return (
        kind is not Kind.CHROME
        and line.endswith(("：", ":"))
        and len(_HANZI.findall(line)) >= 7
        and not _FIELDS_ONLY.match(line)
    )


# Particles and pronouns of talk, Mandarin and Cantonese (folded): a reply written without a
# comma or a full stop (回B1 平日也要一小时太扯了吧, 不过记住睇埋潮汐表) still talks.
_CHAT = _compile(
    r"不过|其实|记住|(?<![成首京古国帝])都(?![市会])|[了吧呢吗啊呀啦哦嘛太也就很再没还嘅咗嚟啲喇啰唔咁佢睇哋喺冇嗰咩嘢]"
)
_CHAT_MIN = 7  # hanzi: shorter lines are buttons and labels as often as talk
_TALK_PARTICLE_END = _compile(r"[\u4e00-\u9fff](?:啦|喇|啰|咯|嘛)[~～!！]*$")
_TALK_END_MIN = 5  # hanzi besides a button's word before a closing particle
_WAVE_END = _compile(r"[\u4e00-\u9fff][~～]+$")
_WAVE_START = _compile(r"^[~～]")  # (~ 食得是福 ~: a signature between waves)


def _waved(line: str) -> bool:
    """A short line said with a wave at its end and words besides its button words (有興趣留言或
    私訊～: a poster's invitation); no button ends so (~ 食得是福 ~ is a signature's motto)."""
    line = line.strip()
    rest = len(_HANZI.findall(_UI_RUN.sub("", line)))
    return rest >= _TALK_END_MIN and _WAVE_END.search(line) is not None and not _WAVE_START.match(line)


def _chatty(line: str) -> bool:
    """A short line of talk: two particles of speech, or clauses apart by commas, and words
    enough besides its button words (有拍到再上来分享 talks; 分享 alone is a button)."""
    line = line.strip()
    if _MENU_WORD.match(line):
        return False
    rest = len(_HANZI.findall(_UI_RUN.sub("", line)))
    if rest >= _TALK_END_MIN and _TALK_PARTICLE_END.search(line):
        return True  # 打去屋宇署投訴啦: a reply's advice, a particle closing it; no button ends so
    if rest < _CHAT_MIN:
        return False
    chat = len(set(_CHAT.findall(line)))
    if chat >= 2:
        return True
    # clauses apart by commas with a particle, no button among them (多谢各位，打算…再上山;
    # a bio's 产品经理，前成都土著 has none)
    clauses = [c for c in re.split(r"[，,]", line) if c.strip()]
    return (
        chat == 1
        and len(clauses) >= 2
        and all(len(_HANZI.findall(c)) >= 4 for c in clauses)
        and not _UI_WORDS.search(line)
    )


#: A question a comment asks (会不会, 是不是, 有没有; …吗, …呢) or a sentence a commenter begins
#: with "I" or "we" (我哋冬至嗰晚已經訂埋): no poster's name is shaped so.
_ASKS = _compile(r"([\u4e00-\u9fff])[不没]\1|[吗呢][？?]?$")
_TELLS = _compile(r"^(?:我们|我哋|我|你们|你哋|佢哋)[\u4e00-\u9fff]")
_TELLS_MIN = 10
# An opinion said in the first person anywhere in the line (第一次的話我覺得先去他家比較沒爭議啦)
_OPINION = _compile(r"我(?:个人)?(?:觉得|认为|建议|猜|感觉)")


def _long_talk(line: str) -> bool:
    """Speech in clauses apart by spaces or commas, one of them six hanzi or more: a post's
    line, where a menu's words are short (首页 推荐 我的)."""
    return _spoken(line) and any(len(_HANZI.findall(p)) >= 6 for p in re.split(r"[，,\s]+", line))


def _asks_or_tells(line: str) -> bool:
    """A comment in one clause without punctuation that asks or tells (see ``_ASKS``)."""
    line = line.strip()
    return bool(_ASKS.search(line)) or (
        len(line) >= _TELLS_MIN and bool(_TELLS.match(line) or _OPINION.search(line))
    )


def _spoken(line: str) -> bool:
    """A clause of ordinary speech: a comma between words with speech in them (a comment)."""
    line = line.strip()
    if len(line) < 8 or "：" in line or ":" in line:
        return False
    parts = [p for p in re.split(r"[，,\s]+", line) if p]
    return (
        len(parts) >= 2
        and sum(1 for p in parts if len(_HANZI.findall(p)) >= 2) >= 2
        and all(len(_HANZI.findall(p)) >= 2 for p in parts if not p.startswith(("@", "＠")))
        and bool(_SPEECH.search(line))
    )


def _spaced_clauses(line: str) -> bool:
    """Clauses of five hanzi or more set apart by spaces, as forum posts write a comma
    (上週六去大賣場 木炭架上已經空一半): a sentence, where a menu's words are short."""
    parts = line.split()
    return (
        2 <= len(parts) <= 6
        and all(len(_HANZI.findall(p)) >= 5 for p in parts)
        and not _UI_WORDS.search(line)
        and not _SENTENCE_PUNCT.search(line)
    )


def _talk(line: str) -> bool:
    """A short line that reads as talk or a sentence, not as a label, a name or a button."""
    return bool(
        _spoken(line)
        or _chatty(line)
        or _clause_pair(line)
        or _trails_off(line)
        or _spaced_clauses(line.strip())
        or _thanks_with_clause(line)
        or _emoji_end(line)
    )


# A face, a hand, a heart or a flower closing a line of words (先謝謝大家🙏, 請轉給家人朋友 早安
# 平安喜樂🌹🌹🌹): how people end what they say; a menu's icon stands before its word.
_EMOJI_CHAR = rule_cache.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2764\uFE0F\u200D]")
_EMOJI_TALK_MIN = 4  # hanzi before the emoji


def _emoji_end(line: str) -> bool:
    """Is ``line`` words closed by emoji (read from its end, in one pass)?"""
    line = line.rstrip(" \t\u3000!！~～")
    k = len(line)
    while k > 0 and _EMOJI_CHAR.match(line[k - 1]):
        k -= 1
    return k < len(line) and k > 0 and len(_HANZI.findall(line[:k])) >= _EMOJI_TALK_MIN


def _thanks_with_clause(line: str) -> bool:
    """A reply that thanks someone after a clause of its own (今天刚申请成功，谢谢答主): talk, though
    short; a button's 感謝支持 has no clause before it."""
    return bool(_THANKS.search(line)) and "，" in line and len(_HANZI.findall(line)) >= 8
_THANKS = _compile(r"[，,][^，,]*(?:谢谢|多谢|感谢|感恩)")


_PLAIN_MIN = 10  # hanzi: a menu's item, a name or a label is shorter
#: A floor's number alone on its line (1#, #3, 5樓, 12F), as a forum sets it over the post.
_FLOOR_NUMBER = _compile(r"^(?:\d{1,5}\s*[#楼樓F]|#\s*\d{1,5})$")


def is_floor_number(line: str) -> bool:
    """A floor's number alone on its line (1#, #3, 5樓): the title finder reads it too."""
    return bool(_FLOOR_NUMBER.match(line.strip()))


def _plain_sentence(line: str) -> bool:
    """A line of ten hanzi or more in one or two runs, without a button's or a menu's word, a
    site's name, a separator or a comma: a sentence written without any stop."""
    line = line.strip()
    return (
        len(_HANZI.findall(line)) >= _PLAIN_MIN
        and len(line.split()) <= 2
        and not _UI_WORDS.search(line)
        and not _SITE_NAME.match(line)
        and not re.search(r"[|｜/／>›»·•，,、]", line)  # (a bio lists with commas: 产品经理，前大厂…)
    )


def _clause_pair(line: str, least: int = 4, total: int = 14) -> bool:
    """Two or more clauses of ``least`` hanzi or more apart by commas, ``total`` hanzi in all
    (另外月底颱風多，出發前看看天氣預報): a reply's sentence, longer than a name or a short bio
    (互联网产品经理，前成都土著)."""
    clauses = [c for c in re.split(r"[，,]", line) if c.strip()]
    counts = [len(_HANZI.findall(c)) for c in clauses]
    return len(counts) >= 2 and min(counts) >= least and sum(counts) >= total


def _board_name(line: str) -> bool:
    """A forum board's name (青岛吧, 数码吧): words without speech and 吧, never 好吧, 走吧."""
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}吧", line))
        and not _SPEECH.search(line[:-1])
        and not _CHAT.search(line[:-1])
    )


def _word_row(line: str) -> bool:
    """A row of three or more short words with no speech in them: a menu (首页 浏览发现 话题广场)."""
    if _SENTENCE_PUNCT.search(line) or "，" in line:
        return False
    tokens = line.split()
    # a speech character in a section's name (招生就业) is no speech in a long row of names
    speech = sum(1 for t in tokens if _SPEECH.search(t))
    if speech and (len(tokens) < _LONG_ROW or speech * 4 > len(tokens)):
        return False
    return len(tokens) >= 3 and all(len(t) <= 5 and _HANZI.search(t) for t in tokens)


#: A row of this many short words is a menu even where one of them holds a speech character.
_LONG_ROW = 6


def is_badge(line: str) -> bool:
    """A profile badge or a user's title (抖音美食创作者, 社会学话题下的优秀答主)."""
    line = fold(line.strip())
    return len(line) <= 16 and bool(_BADGE.match(line))


def is_site_name(line: str) -> bool:
    """A site, board or group name (巴哈姆特電玩資訊站, 豆瓣小组, 鏡週刊 Mirror Media)."""
    return bool(_SITE_NAME.match(fold(line.strip())))


def _tag_like(line: str) -> bool:
    """A short line after the story that names a tag (``AI``, ``DeepSeek``), not a label or button."""
    line = line.strip()
    return (
        len(line) <= 12
        and not re.search(r"[:：／/|｜]", line)
        # (▍學員投稿 / 〈五十歲學台語〉: a section's heading and a piece's name, no tags)
        and not re.match(r"[▍▌▎■◆▶►〈《]|.*[〉》]$", line)
        and not _UI_WORDS.search(line)
        and not _MENU_WORD.match(line)
        and bool(re.search(r"[^\W\d_]", line))
    )


def is_meta_line(line: str) -> bool:
    """A post's date, time or meta line (發表於 2026-2-10 13:22 | 只看該作者): the title finder
    reads a thread's first post under it."""
    return _meta_line(fold(line))


# A comment's head: who, from where in brackets, and when (新浪网友 [江西南昌] 04-17 09:12).
#: The badges a page sets after a commenter's name when the commenter wrote the post or runs the
#: board (阿苓的慢日子 作者, ruby.hsu_tw · 作者, 老街慢镜头 UP主), written in Simplified.
WRITER_BADGES = "作者|楼主|UP主|up主|博主|版主|原PO"
_COMMENTER_ROW = _compile(
    r"^[^\s\[［【(（]{2,16}\s*[\[［【(（][\u4e00-\u9fff\s]{2,10}[\]］】)）]\s*"
    r"(?:\d{4}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$"
    # (a blog's: 阿芬 於 2025/01/24 18:03 回覆)
    r"|^\S{1,16}\s+于\s+\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}\s*(?:回复|回覆|留言)?$"
    # (a portal's anonymous commenter by place: 网易广东省深圳市网友, 新浪网友)
    r"|^(?:网易|新浪|腾讯|搜狐|凤凰)[\u4e00-\u9fff]{0,12}网友$"
    # (the writer's own reply, its badge after the name: 阿苓的慢日子 作者, ruby.hsu_tw · 作者)
    rf"|^[^\s，,。！？!?]{{1,20}}(?:[ \t\u3000]+|[ \t\u3000]*[·・][ \t\u3000]*)(?:{WRITER_BADGES})$"
    # (a profile's name and its account id, a figure, a dot or an underscore in it: 阿凱
    # (kaikai_0912); not a file's kind, 管制圖（PDF）, nor a song's note, Encore：潮汐（reprise）)
    r"|^[^\s，,。！？!?（(：:／/]{1,16}[ \t\u3000]*[(（][A-Za-z](?=[A-Za-z]*[0-9_.])[A-Za-z0-9_.]{2,20}[)）]$"
    # (Plurk's poster and the verb it sets before the post: 阿凱 說, 小熊不熊 想; the display
    # name and its account id, 阿吉 gigi_0707 說)
    r"|^[^\s，,。！？!?]{1,16}(?:[ \t\u3000]+[A-Za-z0-9_.]{2,24})?[ \t\u3000]+(?:说|想|觉得|问|希望|爱|讨厌|喜欢|喜爱|好奇|想要|宣布)$"
)
# A programme's item after its time of day (晚上7時　神功戲《帝女花》, 14:30 開幕).
# (an hour in words, 晚上7時, or a clock after the part of the day, 下午 2:30; not a flash's or a
# chat export's bare clock, 09:30 …, 12:30<tab>小美)
# An hour, or hours, then what happens at it (15:30 江陵雄鹰 vs 泉城麒麟, 09:00-10:30 開幕式): a
# programme's row (the timeline reads it as no stamp either).
HOUR_ROW = _compile(r"^[0-2]?\d[:：][0-5]\d(?:[ \t\u3000]*[-–—~～至][ \t\u3000]*[0-2]?\d[:：][0-5]\d)?[ \t\u3000]+[^\s0-9]")


# Where the story was printed first ((本文原載於2026年1月20日《某某日報》A3版), 刊於 某某新聞
# 2025年01月17日 星期五 地產市道 A12): the page's note.
_REPRINT_NOTE = _compile(
    r"^[（(]?\s*(?:(?:本文|此文|原文)(?:原载|原刊|刊登|首刊|刊)于?|(?:原刊|刊登|刊)于\s)"
    r"[^。！？!?]{0,40}(?:[版期刊报]|(?<![A-Za-z])[A-Z]\d{1,2})[）)]?[。.]?$"
)
# Another story's headline with its day at the end, after a space (結業潮｜…　街坊排隊送別 2024-06-11):
# a related link, not a line of this story.
# (not a release's version and its day, v4.8.0　2024-05-06: a changelog's heading)
_LINK_WITH_STAMP = _compile(
    r"^(?![vV]?\d+(?:\.\d+){1,3}[\s\u3000])\S.{5,60}?[\s\u3000]+(?:19|20)\d\d-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2})?$"
)


def _meta_line(line: str) -> bool:
    """A post's date, time or meta line (what follows a poster's name)."""
    line = line.strip()
    return bool(
        _DATE_ONLY.match(line)
        or _REGION_STAMP.match(line)
        or _DAY_TIME_REGION.match(line)
        or _OWNER_BADGE.match(line)
        or (len(line) <= 40 and _POST_META.search(line))
        # (not an event's time under its label, 1．登记时间：2024年12月20日（星期五）9:00—11:30)
        or (
            len(line) <= 80
            and _DATELINE.search(line)
            and not _SENTENCE_PUNCT.search(line)
            and not is_event_time(line)
            and not _TIMED_SPAN.search(line)  # (2025/07/16 06:00-11:00: a maintenance's hours)
        )
    )


# A car forum's badge under a poster's name (车主 | 认证车型：海豚 2023款, 认证车主).
_OWNER_BADGE = rule_cache.compile(r"^(?:车主[ \t]*[|｜][ \t]*)?认证(?:车型|车主)(?:[:：]|$)|^官方认证(?:账号|帐号|用户)?$")
# A comment's region before its day (安徽　2月20日, 广东 03-05): where and when it was written.
_REGION_STAMP = rule_cache.compile(
    r"^(?:来自)?[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+|\s*[·•]\s*)(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}-\d{1,2})"
    r"(?:[ \t\u3000]+\d{1,2}:\d{2})?$"
)
# A region alone where a chat's sender would stand (2025-01-18 23:02:11 北京: a comment's stamp).
_REGION_NAME = rule_cache.compile(rf"(?:IP属地[:：]?)?(?:{PROVINCES}|中国|美国|日本|英国|加拿大|澳大利亚)")
# A comment's stamp with the day first, then the region (2024-11-23 浙江, 11-23 上海), as
# 小红书 writes it under a comment (not 3-5 个工作日, 12-25 圣诞快乐).
_DAY_REGION = rule_cache.compile(
    rf"^(?:\d{{4}}-)?\d{{1,2}}-\d{{1,2}}[ \t\u3000]+(?:{PROVINCES})[\u4e00-\u9fff]{{0,3}}$"
    # (昨天 广东, 2天前 浙江: 小红书's comment stamp by its day's word, no time)
    rf"|^(?:昨天|前天|今天|\d+[ \t]*(?:分钟|小时|天)前)[ \t\u3000]+(?:{PROVINCES})$"
)
# A comment's stamp with the day first, then the time and the commenter's region (3月30日 22:03 湖北武汉).
_DAY_TIME_REGION = rule_cache.compile(
    r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]+\d{1,2}:\d{2}[ \t\u3000]+(?:来自)?[\u4e00-\u9fff]{2,6}$"
    # (04-08 20:31 广东: dashed, only with a province, not an itinerary's 03-15 08:30 集合)
    # (10-02 14:03 · 广东: 虎扑's, with a middle dot)
    # (24-3-10 09:12 来自福建: Weibo's, its year in two figures)
    # (昨天 21:04 江苏: 小红书's, a relative day)
    # (01-28 22:05 | 广东: 虎扑's newer rows, a bar before the region)
    rf"|^(?:(?:\d{{4}}-|[12]\d-)?\d{{1,2}}-\d{{1,2}}|昨天|前天|今天)[ \t\u3000]+\d{{1,2}}:\d{{2}}[ \t\u3000]+(?:[·•|｜][ \t\u3000]*)?(?:来自[ \t]*)?(?:{PROVINCES})$"
)


def is_comment_stamp(line: str) -> bool:
    """A comment's stamp row: its day or time and its writer's region (2024-03-17·湖北,
    24-3-10 09:12 来自福建, 2024-01-09 辽宁): the line over it is a comment, never a headline.
    Narrower than :func:`_comment_stamp`, which also takes a bare date (a headline's dateline)."""
    line = fold(line.strip())
    return bool(_COMMENT_STAMP.match(line) or _DAY_REGION.match(line) or _DAY_TIME_REGION.match(line))


def _comment_stamp(line: str) -> bool:
    """What stands under a comment: its day or time, region and likes (07-22 · 四川, 3 天前,
    2024-07-15 19:05　赞 5632　回复)."""
    line = line.strip()
    return len(line) <= 40 and bool(
        _COMMENT_STAMP.match(line)
        or _DATE_ONLY.match(line)
        or _POST_META.search(line)
        or _stamp_row(line)
    )


def _stamped_buttons(line: str) -> bool:
    """A comment's long foot row: its stamp first, then its device and buttons
    (2024/9/12 10:21　iPhone 15 Pro　回复　支持(32)　反对(2))."""
    line = line.strip()
    return len(line) <= _STAMPED_ROW_MAX and bool(_STAMP_HEAD.match(line) and _UI_RUN.search(line))


_STAMPED_ROW_MAX = 80
# A stamp at the start of a comment's row: a day and maybe a time (08-03 22:05, 5月20日).
_STAMP_HEAD = _compile(
    # (舊 2024-09-10, 11:05 PM: vBulletin's stamp, its old-post icon's word first, its clock of twelve hours)
    r"^(?:[旧新][ \t]+(?=\d{4}-))?(?:(?:\d{2,4}[-/.])?\d{1,2}[-/.]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm](?![A-Za-z]))?)?"
)
# What else such a row holds: a region (浙江, 来自湖北), a count, a button (回复, 赞 56).
_STAMP_TOKEN = _compile(
    r"^(?:来自)?[\u4e00-\u9fff]{2,3}$|^[\d,.]+[万千kKw]?$|^(?:[赞讚]|回复|回覆|举报|分享|删除)\s*[\d,.]*[万千]?$"
)


#: A commenter's region before the comment's day (WeChat: 江苏　5月28日　赞 2).
_REGION_HEAD = _compile(r"^(?:来自)?[\u4e00-\u9fff]{2,3}[\s\u3000·•]+")


# A post's stamp with what the poster did (02-10 20:15 · 投稿了视频, 3-8 21:14 · 发布了动态).
_ACTIVITY_STAMP = _compile(
    r"^(?:\d{2,4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}\s*[·•]\s*[\u4e00-\u9fff]{1,4}了[\u4e00-\u9fff]{1,4}$"
)
_BUTTON_TOKEN = _compile(r"^(?:[赞讚]|回复|回覆|举报|分享|删除)\s*[\d,.]*[万千]?$")


def _stamp_with_buttons(line: str) -> bool:
    """A comment's stamp row with a button in it (04-22　回复, 02-10 20:40 回复 赞 3): never a
    day header of an itinerary (5月20日 婺源), which has no button."""
    m = _STAMP_HEAD.match(line)
    if not m or not _stamp_row(line):
        return False
    return any(_BUTTON_TOKEN.match(t) for t in _TOKEN_SPLIT.split(line[m.end() :]) if t)


def _stamp_row(line: str) -> bool:
    """A comment's stamp row: its day and time first (or after the commenter's region), then
    only a region, counts and buttons."""
    region = _REGION_HEAD.match(line)
    if region and not _SPEECH.search(region.group()) and _STAMP_HEAD.match(line[region.end() :]):
        line = line[region.end() :]
    m = _STAMP_HEAD.match(line)
    if not m:
        return False
    rest = [t for t in _TOKEN_SPLIT.split(line[m.end() :]) if t]
    return len(rest) <= 6 and all(_STAMP_TOKEN.match(t) for t in rest)
_REPLY_BUTTON = rule_cache.compile(
    # (or a floor's row of them, 回覆　引用　舉報, as HKGolden closes each floor)
    r"^(?:回复|回覆|回应|讚|赞|留言|最相关|按赞|我也说一句|收起回复|收起回覆)$|^回[复覆](?:[ \t\u3000]+(?:引用|举报|分享|赞|收藏)){1,3}$"
)


def _post_header(line: str) -> bool:
    """A post's header that the post's text follows: ``#3 路人甲 2 小時前``, a floor and a name."""
    line = line.strip()
    return (
        bool(_POST_NUMBER.match(line) and " " in line)
        or bool(re.match(r"^#\d+\s", line) and _POST_META.search(line))
        or IMAGEBOARD_STAMP.search(line) is not None  # (無名氏 [25/01/20(一)21:52:40 ID:…] No.29104432)
    )




def is_imageboard_head(line: str) -> bool:
    """An imageboard's post head (無名氏 [25/01/20(一)21:52:40 ID:Lm0pZ8xw] No.29104432): the post's
    stamp, poster's id and number, over its text."""
    return IMAGEBOARD_STAMP.search(line) is not None


#: An imageboard reply's pointer to the post it answers (>>No.29104417).
REPLY_POINTER = rule_cache.compile(r"^(?:>>|＞＞)No\.\d+(?:[ \t]+(?:>>|＞＞)No\.\d+)*$")


#: An account's id as Instagram and Threads show it: letters, digits, dots and underscores.
ACCOUNT_ID = rule_cache.compile(r"[A-Za-z0-9._]{3,30}")
#: An account's handle alone on its line (@sam_hk852), as X, Threads and profiles show it.
# (or the fediverse's whole address, @siumak@g0v.social, as Mastodon prints it under a name)
HANDLE_ALONE = rule_cache.compile(r"^[@＠][A-Za-z0-9_.\-]{2,30}(?:@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)?$")


def is_floor_foot(line: str) -> bool:
    """A floor's foot row: the app it came from, its number in 楼 and its stamp (来自Android客户端16楼
    2024-03-05 12:01), as 贴吧 closes a floor; a bare 3楼 2026-05-06 21:45 may head one instead."""
    folded = fold(line.strip())
    return "来自" in folded and _FLOOR_FOOT.search(folded) is not None and _reply_stamp(folded)


# A floor's number in its foot row (来自iPhone客户端 2楼 2024-05-08 21:30, 3楼 2024-05-09 22:05).
_FLOOR_FOOT = _compile(r"(?:^|\s|客户端|端)\d{1,5}\s*楼(?:\s|$|(?=\d{4}-))")


def _post_marker(line: str) -> bool:
    """What stands right before a poster's name: a post number, a meta line, a reply button."""
    line = line.strip()
    return bool(
        _POST_NUMBER.match(line) or _REPLY_BUTTON.match(line) or (_meta_line(line) and "楼" in line)
    )


def _trails_off(line: str) -> bool:
    """Talk trails off with a wave (私信你啦～, 等我哦~); a button or a label never does."""
    return line.rstrip().endswith(("～", "~"))


# An answer's votes (216 人赞同了该回答, 86 人觉得有用): its writer's name and bio stand over them.
#: An answer's votes (1,204 人赞同了该回答, 86 人觉得有用): whose answer it is stands over them.
ANSWER_VOTES = _compile(r"\d\s*人(?:赞同|赞同了该回答|觉得有用|觉得很赞)")
ANSWER_VOTES_MAX = 30  # characters of a votes row


#: The longest site name, alone on a page's first line, whose foot line it opens is its slogan.
_SITE_NAME_MAX = 8


def _site_slogan(line: str, site: str) -> bool:
    """A foot line that opens with the site's name the page's first line gave (哔哩哔哩 /
    … / 哔哩哔哩 (゜-゜)つロ 干杯~): the site's slogan, not a reply."""
    line = line.strip()
    return (
        2 <= len(site) <= _SITE_NAME_MAX
        and not _SENTENCE_PUNCT.search(site)
        and line.startswith(site + " ")
        and not _SENTENCE_PUNCT.search(line)
    )


def _tail_furniture(line: str) -> bool:
    """A short line after the story that is a tag or a button, not a short reply nor a
    numbered item of a list (2.认定工种目录: a tag or a button is never numbered)."""
    line = line.strip()
    if "，" in line or _SENTENCE_PUNCT.search(line) or _chatty(line) or _trails_off(line):
        return False  # a reply (回覆 #2：對，…, 有拍到好照片再来分享吧, 私信你啦～), not a button
    if re.match(r"[(（]?\d{1,2}[.、．)）]\s*[^\W\d_]", line):
        return False
    # (a UI word inside a reply's words, 帮顶 楼主深圳工作顺利🍀, 楼主能发张现在停车场的照片吗, is
    # talk to the poster: a button's line holds little besides its words)
    if _addresses_poster(line):
        return False
    return (len(line) <= 10 and " " not in line) or bool(
        _UI_WORDS.search(line) or _MENU_WORD.match(line) or _ISSUE_LINE.match(line)
    )


# The paper's name and issue alone in its foot (翠峰學報 第1347期), its masthead's line; at the head
# a bulletin's (主日週刊 第2614期) is its title.
_ISSUE_LINE = rule_cache.compile(
    r"^[\u4e00-\u9fffA-Za-z]{2,12}(?:报|刊|志|讯|电子报)[ \t\u3000]*第[ \t]*[0-9一二三四五六七八九十百千〇零]{1,5}[ \t]*期$"
)


# A postal address alone at the page's foot (台中市豐原區中正路 200 號): the sender's, under its rights.
FOOT_ADDRESS = rule_cache.compile(
    r"^(?:[\u4e00-\u9fff]{2,3}[省])?[\u4e00-\u9fff]{2,3}[市县][\u4e00-\u9fff]{1,4}[区镇乡市]"
    r"[\u4e00-\u9fff0-9一二三四五六七八九十]{1,8}[路街道巷][ \t\u3000]*[^，。,\s]{0,8}?[ \t\u3000]*\d{1,4}[ \t\u3000]*号(?:[^，。,]{0,10})?$"
)


# The words of a reply that no name has: a pronoun of the people talked to or about, a question
# word, or two clauses apart by a comma (謝謝小蘋果～我們下週還會再去, 現在天天問他們什麼時候要來,
# 去年夏天天天晚上去，这次继续); a name, however long, is one noun phrase.
_REPLY_TALK = _compile(
    r"我们|你们|他们|她们|咱们|我哋|佢哋|什么|怎么|为什么|几时|点解"
    # (恭喜～我去年8月初才收到退稅: a wave between words, a pause in talk, then its clause)
    r"|[\u4e00-\u9fff][～~]+[\u4e00-\u9fff]{2}"
)
_REPLY_MIN = 10  # hanzi in the line


def _reply_words(line: str) -> bool:
    """Is ``line`` (a short line over a stamp) a reply's words rather than its writer's name?"""
    line = line.strip()
    if len(_HANZI.findall(line)) < _REPLY_MIN:
        return False
    if "，" in line or "," in line:
        return _clause_pair(line, least=3, total=_REPLY_MIN)  # (去年夏天天天晚上去，这次继续)
    return bool(_REPLY_TALK.search(line))


_TALK_AROUND_UI = 6  # hanzi beside a line's UI words from which it is a reply, not a button row
_ADDRESSED = frozenset({"楼主", "层主"})


def _addresses_poster(line: str) -> bool:
    """A reply that speaks to the poster (帮顶 楼主深圳工作顺利🍀,
    楼主能发张现在停车场的照片吗): its UI words are words it says, with
    words enough beside them; a button row holds little else."""
    words = _UI_WORDS.findall(line)
    return bool(words) and all(w in _ADDRESSED for w in words) and len(
        _HANZI.findall(_UI_RUN.sub("", line))
    ) >= _TALK_AROUND_UI


_THANKS_OPENING = _compile(r"^(?:感谢|谢谢|多谢|感恩)")


# Dcard's floor mark alone on its line (B2), beside the floor numbers of _FLOOR_NUMBER (#3, 5F, 2楼).
_DCARD_FLOOR = rule_cache.compile(r"^[Bb]\d{1,4}$")


def _headline_like(line: str) -> bool:
    """A line that could be a headline: short enough, no full stop."""
    line = line.strip()
    return 0 < len(line) <= 50 and "。" not in line


def is_byline(line: str) -> bool:
    """A byline (記者某某／台北報導, 社會中心／綜合報導, 記者：某某), in either script: the
    rule that splits one off the body, for page info to list it as a credit."""
    folded = fold(line.strip())
    return len(folded) <= 30 and bool(_BYLINE.match(folded))


def is_furniture_word(word: str) -> bool:
    """A word that is a page's button or label (收起, 点击查看, 分享, 登录), in either script."""
    return bool(_FURNITURE_WORD.match(fold(word)))


_FURNITURE_WORD = _compile(
    r"^(?:点击查看|点击|查看|收起|展开|更多|全文|原文|阅读全文|阅读原文|点我|按我|网址|链接|"
    r"责任编辑|综合报导|综合报道|翻摄|截图|资料照|本报讯|客户端|APP|广告|订阅|点赞|收藏|举报|置顶|"
    r"登录|登入|注册|返回|首页|上一篇|下一篇|上一页|下一页)$",
    re.IGNORECASE,
)


# A comment's foot row: its stamp, region, counts and buttons, with a reply button among them
# (6天 · 讚好 · 回覆, 2天前 · 陕西　回复　赞 2.3万, 回复 · 赞 56, 11-8 21:20 来自浙江　回复　赞 53).
_FOOT_TOKEN = _compile(
    r"^(?:(?:[赞讚]好?|回复|回覆|回应|喜欢|举报|分享|删除|已编辑|收藏)\s*[\d,.]*[万千w]?|[\d,.]+[万千kKw]?|"
    r"\d+\s*(?:秒|分钟|小时|天|日|周|个?星期|个月|年)前?|刚刚|昨天|(?:\d{2,4}[-/.])?\d{1,2}[-/.]\d{1,2}|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d{2}(?::\d{2})?|(?:来自|IP\s*属地\s*[:：]?)?[\u4e00-\u9fff]{2,3}|"
    # a like button drawn as an icon (👍 1.2万 split into its icon and its count)
    r"[\U0001F44D\U0001F44E\u2764\ufe0f\U0001F525]{1,2})$"
)
_REPLY_WORD = _compile(r"^(?:回复|回覆|回应)$")
# A floor's head row: its number, perhaps the poster's name, and its stamp
# (#2 屯门老豆 3 日前, B1 · 2026年3月10日 10:41, #3　某某　2026/7/4 14:13).
_FLOOR_HEAD = _compile(r"^(?:#\d{1,4}|[Bb]\d{1,4}|\d{1,4}\s*楼|第\s*\d{1,4}\s*楼)(?=[\s·•・･‧]|$)")
_FLOOR_STAMP = _compile(
    r"(?:\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}:\d{2}|"
    r"\d+\s*(?:秒|分钟|小时|天|日|周|个月|年)\s*前|刚刚|昨天|前天)"
)
# A comment written on one line after its writer's name (weibo: 某某：已收藏, 某某：//@某某:转发微博).
_NAMED_COMMENT = _compile(r"^[^\s，。,！？!?：:；;]{1,20}[：:]\s*\S")


def _button_counts(line: str) -> bool:
    """A row of buttons and their counts (讚 45　彈 2　引用, 亮了(128)　回复): two or more tokens,
    each a count or a word of one or two characters with its count (bare or in brackets), one of
    them a button."""
    tokens = [t for t in _TOKEN_SPLIT.split(line.strip()) if t]
    return (
        2 <= len(tokens) <= 10
        and all(
            re.fullmatch(r"[\d,.]+[万千kKw]?|[^\W\d_]{1,2}\s*(?:[\d,.]*[万千]?|[(（][\d,.]+[万千]?[)）])", t)
            for t in tokens
        )
        and any(_UI_ONLY.match(re.sub(r"[(（]?[\d,.]+[万千]?[)）]?$", "", t)) for t in tokens)
    )


_FOOT_PART_MAX = 6  # characters of one part of a foot row set out a part a line
_AGE_PART = rule_cache.compile(r"^\d+\s*(?:秒|分钟|小时|天|日|周|个?星期|个月|年)前?$")


def _split_foot(rows: list[int], text: dict[int, str]) -> bool:
    """A comment's foot row set out a part a line (1星期 / 讚好 / 回覆): its age first."""
    parts = [text[i] for i in rows]
    return (
        all(len(p) <= _FOOT_PART_MAX for p in parts)
        and bool(_AGE_PART.match(parts[0]))
        and not re.search(r"\d", parts[-1])
        and _foot_row(" ".join(parts))
    )


def _foot_row(line: str) -> bool:
    """A comment's foot row: stamp, region, counts and buttons only, one of them a reply button
    and one a stamp or a count (a lone 回复 may be the post's own button)."""
    tokens = [t for t in _TOKEN_SPLIT.split(line.strip()) if t]
    return (
        2 <= len(tokens) <= 8
        and any(_REPLY_WORD.match(t) for t in tokens)
        and bool(re.search(r"\d|刚刚|昨天", line))
        and all(_FOOT_TOKEN.match(t) for t in tokens)
    )


# A comment's like row, its only buttons a like or a vote with their counts (赞 128, 顶 [256],
# 回复 支持(36) 反对(2)): the comment over it is read, as over a foot row with a reply button.
_VOTE_TOKEN = _compile(
    r"^(?:(?:赞|讚|顶|踩|支持|反对|回复|回覆|回应|有用|没用)\s*(?:[(（\[【]\s*[\d,.]+[万千kKw]?\s*[)）\]】])?|"
    r"[(（\[【]?\s*[\d,.]+[万千kKw]?\s*[)）\]】]?)$"
)
_VOTE_WORD = _compile(r"^(?:赞|讚|顶|支持|有用)")


def _vote_row(line: str) -> bool:
    """A comment's like row: a like word first, a count, nothing but votes and a reply button."""
    tokens = [t for t in _TOKEN_SPLIT.split(line.strip()) if t]
    return (
        1 <= len(tokens) <= 6
        and any(_VOTE_WORD.match(t) for t in tokens)
        and bool(re.search(r"\d", line))
        and all(_VOTE_TOKEN.match(t) for t in tokens)
    )


# A comment box: its prompt, then its button set apart (说说你的看法吧～　发布).
_FORM_PROMPT = _compile(r"^[^，。,！？!?；;]{2,24}\s+(?:发布|发送|发表|提交|送出|发表评论|发布评论)$")
# A floor's row says when it was posted with a whole date (7楼 某某 … 发表于 2024-3-8), whatever
# stands between; a reply to a floor (3楼 说得对，…) has a clause mark.
# (HKGolden's and discuss.com.hk's day first, year last: #2 某某 7/3/2025 12:45)
_FLOOR_POSTED = _compile(
    r"发表于|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?<!\d)\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}(?!\d)"
)
_CLAUSE_MARK = rule_cache.compile(r"[，,。！？!?；;]")


def is_floor_row(line: str) -> bool:
    """A floor's row: its number and its stamp, at the head or at the foot of its text."""
    line = line.strip()
    return len(line) <= 60 and bool(_FLOOR_HEAD.match(line)) and bool(_FLOOR_STAMP.search(line))


# A spec card's row: a short label, a wide space, a short value with no sentence in it
# (購買車型　2023款 DM-i 冠軍版, 行駛里程　3200公里, 購買時間　2023年12月).
_SPEC_ROW = rule_cache.compile(r"^[\u4e00-\u9fff]{2,6}(?:\u3000+|[ \t]{2,})[^\s，。,！？!?；;：:][^，。！？!?；;]{0,30}$")
_SPEC_ROWS_MIN = 4


def line_runs(lines: list[str], test: Callable[[str], bool], blanks: bool = False) -> list[list[int]]:
    """The runs of lines in a row whose stripped text passes ``test`` (a blank line between two
    of them goes on with the run when ``blanks``): the rows of a card, a sidebar's list."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        text = line.strip()
        if text and test(text):
            run.append(i)
        elif not (blanks and not text and run):
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def spec_card_rows(lines: list[str]) -> set[int]:
    """Four or more spec rows in a row, each a label and its value set apart by a wide space
    (an owner's review card on a car site: 購買車型 / 行駛里程 / 裸車購買價 / 購買時間): the site's
    form, filled in, over the owner's words, and none of them a headline."""
    return {
        i
        for run in line_runs(lines, lambda text: _SPEC_ROW.match(text) is not None)
        # (its values measured, most of them: 颱風凱米來襲　各縣市停班停課 over 臺北市　停班停課 is
        # a headline over a story's table)
        if len(run) >= _SPEC_ROWS_MIN and 2 * sum(1 for j in run if any(c.isdigit() for c in lines[j])) >= len(run)
        for i in run
    }


def is_reply_foot(line: str) -> bool:
    """A comment's foot row with its reply button and a count or an age (讚 · 回覆 · 2 天), stamp
    or none: the comment over it is a reader's."""
    return _foot_row(_SPACED_AGE.sub(r"\1", fold(line)))


_SPACED_AGE = rule_cache.compile(r"(\d)[ \t]+(?=(?:秒|分钟|小时|天|日|周|个?星期|个月|年)前?(?:\s|$))")


def is_comment_foot(line: str) -> bool:
    """A comment's foot row with its stamp (2026-11-12 21:34　IP属地：广东　回复): the line over it
    is a comment (a thread's counters under its headline, 86 回覆, have no stamp)."""
    line = fold(line)
    # (2024-08-02 10:41 · 瀏覽 3,812 · 回覆 24: a thread's stamp and its views under its headline)
    return _foot_row(line) and bool(_FLOOR_STAMP.search(line)) and not _VIEWS_COUNT.search(line)


def _floor_head(line: str) -> tuple[bool, bool]:
    """Whether ``line`` is a floor's head row (number and stamp), and whether it names the poster."""
    line = line.strip()
    m = _FLOOR_HEAD.match(line)
    if not m or len(line) > 60 or not _FLOOR_STAMP.search(line):
        return False, False
    rest = _FLOOR_STAMP.sub(" ", re.sub(r"(?:来自|IP\s*属地)\s*\S+", " ", line[m.end() :]))
    rest = re.sub(r"\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|[\s·•・･‧|｜]", "", rest)
    named = bool(re.search(r"[^\W\d_]", rest))
    # a floor row that names nobody and counts in 楼 stands at its floor's foot (name, text,
    # 6楼 2025-07-14 21:30): not a head
    return named or "楼" not in m.group(), named


# A badge that stands for the commenter (作者, 楼主, 匿名用户), where a button word is the last
# comment's foot (检举, 回复).
_BADGE_ONLY = _compile(r"^(?:作者|楼主|原[Pp][Oo]|匿名|匿名用户|匿名网友|UP主|up主)$")


def _badge_only(line: str) -> bool:
    """A lone badge word: it names the next comment's writer."""
    return bool(_BADGE_ONLY.match(line))


def _reply_stamp(line: str) -> bool:
    """A reply's age or stamp (3天, 2天前, 5楼 2024-05-03 13:08, 07-22 · 四川)."""
    return bool(_POST_AGE.match(line) or _comment_stamp(line) or is_floor_row(line) or _meta_line(line))


def _reply_furniture(line: str) -> bool:
    """A row under a reply that is its buttons (作者赞过, 顶[865], > 我来回应), not its text."""
    return bool(
        (len(line) <= 12 and _UI_RUN.search(line) and not _chatty(line))
        or _VOTE_BUTTON.match(line)
        or _button_counts(line)
        or _foot_row(line)
    )
# A vote button with its count in brackets (顶[865], 踩(3), 赞（12）).
_VOTE_BUTTON = rule_cache.compile(r"^[\u4e00-\u9fff]{1,2}\s*[\[(（【]\d[\d,.]*[万千]?[\])）】]$")
_COMMENT_PUNCT = rule_cache.compile(r"[，,。！？!?～~…]")


# A line of program code: mostly ASCII, opening or closing a block, ending a statement, or an
# annotation (@Scheduled(cron = "0 0 2 * * ?"), public void run() {, log.info("…");, }).
_CODE_LINE = rule_cache.compile(r"^(?:@[A-Za-z]\w*(?:\(.*\))?|.*[{;]|\}[ \t;)]*|//.*|#(?:include|define|import)\b.*)$")
_CODE_RUN_MIN = 3  # code lines in a row that make a block of the post's code
_CODE_ASCII = 0.8  # the share of a code line's characters that are ASCII


def code_block_lines(lines: list[str] | tuple[str, ...]) -> set[int]:
    """The lines of the blocks of program code in a post (an annotation, a method, its braces):
    a run of code lines, one of which opens a block and one closes it.  The post's own text,
    however its braces read as a page's furniture, and where its annotations (@Scheduled) stand."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*range(len(lines)), None]:
        text = lines[i].strip() if i is not None else ""
        if text and _CODE_LINE.match(text) and sum(c.isascii() for c in text) >= _CODE_ASCII * len(text):
            run.append(i)
            continue
        if (
            len(run) >= _CODE_RUN_MIN
            and any(lines[j].rstrip().endswith("{") for j in run)
            and any(lines[j].strip().startswith("}") for j in run)
        ):
            found.update(run)
        run = []
    return found


_BUTTON_ROW_MAX = 30  # characters of a row of a page's buttons


def button_tokens(line: str) -> int:
    """How many of a short row's tokens hold a button's word (关注房源　分享　举报　VR看房: 3), in
    either script; 0 for a longer line."""
    line = fold(line.strip())
    if len(line) > _BUTTON_ROW_MAX:
        return 0
    return sum(1 for token in re.split(r"[ \t\u3000|｜]+", line) if token and _UI_WORDS.search(token))
