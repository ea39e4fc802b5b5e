"""The page's own date: the dateline that relative dates (昨天, 上週五, 18日) count from.

Real pages put it in the first lines (``2024-02-11 18:40``, ``發布時間：2024/01/19 15:24``,
``2012年11月13日 星期二``, a headline and a dateline on one line), in the last lines
(``(2024年2月11日)``, ``更新時間``), or in the first sentence of the story as a news
agency's stamp that gives only the day (``（中央社記者某某台北11日電）``,
``新华社北京3月5日电``).  Raw lines are read, so a dateline the chrome filter removed still
counts.  Only the head and the tail are read: a book costs nothing here.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from tui.model import rule_cache
from tui.model.boilerplate import invitation_days, release_entries, timeline_heads
from tui.model.fold import fold
from tui.model.line_shapes import (
    DATE_WEEKDAY_OPENING,
    EVENT_AFTER_STAMP,
    IMAGEBOARD_STAMP,
    MONTH_NAME_STAMP,
    NOW_CLOCK,
    POST_KINDS,
    PROVINCES,
    QUOTE_INTRO,
    US_STAMP,
    VIEWS_OPENING,
    Kind,
    classify,
    is_comments_head,
    is_event_time,
    is_hashtag_row,
    is_lone_button,
    is_tag_heading,
    is_tool_row,
)
from tui.model.numerals import halfwidth_digits, to_int
from tui.model.scripts import either_script
from tui.model.timeline import (
    DAY,
    PAGE_ITSELF,
    Found,
    Reference,
    chat_stamps,
    find_dates,
    pasted_story_heads,
)

_HEAD = 60  # non-blank lines read from the top (menus can be long) …
_HEAD_PROSE = 2  # … up to this many lines of the story itself
_HAN = rule_cache.compile(r"[\u3400-\u9fff]")
_DIGIT_ANYWHERE = rule_cache.compile(r"[0-9０-９]")
_TAIL = 12  # non-blank lines read from the bottom (an office page's footer is long)
_STORY_PARAGRAPH = rule_cache.compile(r"^[^|｜]{30,}[。！!]")  # a paragraph of the story, a sentence or more
_LINE_MAX = 120
# (not the mark in a brand's name, Yahoo!奇摩: a Latin word's own, run into the next word)
_SENTENCE_PUNCT = rule_cache.compile(r"[。！？?；;]|(?<![A-Za-z])!|!(?![\u4e00-\u9fffA-Za-z])")
# What follows a date in a sentence that opens on it: words, a comma, then a clause of four
# hanzi or more (高考，今天刚好倒计时30天), not a dateline's weekday, lunar day or credit.
_TALK_AFTER_DATE = rule_cache.compile(
    r"[^，,\s\d:：|｜]{1,12}[，,][ \t\u3000]*(?!星期|周|週|礼拜|禮拜|农历|農曆|来源|來源|作者|记者|記者|编辑|編輯|责编|責編)[\u4e00-\u9fff][\u4e00-\u9fff\d]{3}"
)  # (…开始下冻雨，到2月初全城停电: the talk may name a day of its own)
# (a version and its full date in brackets; not a stamp with its weekday, 2024.3.6（星期三 下午3:05）)
_VERSION_DAY = rule_cache.compile(
    r"^[vV]?\d+(?:\.\d+){1,3}[ \t\u3000]*[(（](?=[^()（）]*(?:年|(?:19|20)\d\d))[^()（）]{6,16}[)）]$"
)
_UPDATED = rule_cache.compile(r"更新|修改|修订|updated|modified", re.IGNORECASE, prepare=either_script)
_LABEL = rule_cache.compile(
    # (a source line with its stamp at the foot: 本文来源：某某网 2025-12-15 07:30)
    # (edited 2025年3月11日 21:47: Telegram's stamp of a message changed after it was sent)
    # (账单日：2024年03月05日: a statement's day, the day it was drawn up)
    r"发布|发表|时间|日期|刊出|刊登|刊于|出版|更新|修改|修订|编辑于|来源|账单日|结单日|published|posted|date|\bedited\b",
    re.IGNORECASE,
    prepare=either_script,
)
# The label of a fact's date (a product's, an event's), never the page's own.
# A day an event is set for, said in running text (本校定於2025年6月21日, 将于3月5日举行).
_SCHEDULED_FOR = rule_cache.compile(
    r"[\u4e00-\u9fff](?:定于|将于|订于|拟于|预定于|预计于)[ \t\u3000]*$", prepare=either_script
)
# A wiki page's foot: when it was last changed, said in a sentence (本頁面最後修訂於…。).
_REVISED_FOOT = rule_cache.compile(
    r"^(?:本页面?|此页面?|本条目|此条目)(?:最后|最近)(?:修订|修改|编辑|更新)于", prepare=either_script
)
_LABEL_AFTER = 16  # characters after a stamp that may still hold its label (… 07:30 发布于 某某App)
_WRITTEN_ON = rule_cache.compile(r"^成文(?:日期|时间)\s*[:：]", prepare=either_script)
# A publication's label just before a day later in a line (… 發佈於 2024/03/15).
_PUBLISHED_BEFORE = rule_cache.compile(
    r"(?:发布|发表|刊登|刊出|published)(?:于|时间|日期|on)?\s*[:：]?\s*$", re.IGNORECASE, prepare=either_script
)
_PLANNED_BEFORE = rule_cache.compile(r"(?:预计|预定|预订|将|计划|拟)[ \t\u3000]*$", prepare=either_script)
_PUBLISHED_ON = rule_cache.compile(r"^(?:发布|发文|公开)(?:日期|时间)\s*[:：]", prepare=either_script)
_FACT_DATE = rule_cache.compile(
    r"(?:生产|出厂|保质|有效|到期|截止|报名|活动|演出|开演|售票|开卖|比赛|开幕|维护|采摘|入住|出发|供应|供餐|取货|"
    r"集合|考试|营业|开放|举办|举行|来电|受理|办结|立案|结案|回访)\S{0,3}(?:日期|时间|期限|期)\s*[:：]"
    # (回應日期：2024年3月4日 under a review: the owner's reply's day, not the review's)
    r"|(?:回应|回复|回覆|答复)(?:日期|时间)\s*[:：]"
    # (公發布日：民國 94 年 03 月 08 日, 修正日期：…: a law's own days in its record, not the page's)
    r"|(?:公发布日|公布日期|修正日期|施行日期|废止日期|生效日期)\s*[:：]"
    # a ticket sale's steps and a tour's extra show, labelled without 日期 (會員預購：2024/06/05（三）12:00,
    # 全面開賣：…, 加演場次：…)
    r"|(?:优先购|预购|预售|开卖|开售|开抢|抢购|截止|加演场次|场次|加场)\s*[:：]"
    # a poster's profile beside the post: when the account was made or last seen
    # (帖子 1882　積分 3451　註冊時間 2019-5-20: without its colon, in a row of the poster's counts)
    r"|(?:注册|加入|入站|最后登录|上次登录)(?:(?:日期|时间|于)\s*[:：]?|\s*[:：])|(?i:joined|registered)\s*[:：]?"
    # (Lv.4 · 文章 128 · 加入 2014-02-03: the join date after a space, in a poster's card)
    r"|(?:注册|加入|入站)[ \t\u3000]+$"
    # (出生　1952年4月17日: an entry's infobox, when its subject was born or founded)
    r"|^(?:出生|逝世|去世|成立|创立|创办|建成|竣工|开业)(?:日期|时间)?[ \t\u3000]*[:：]?[ \t\u3000]*$"

    # a calendar's or a clock's icon before a day: when the trip or the event is (🗓 2023.5.13)
    r"|[\U0001F4C5\U0001F4C6\U0001F5D3\u23F0\u23F3]\ufe0f?\s*(?:时间|日期)?\s*[:：]?\s*$",
    prepare=either_script,
)
_CN = "〇零○一二三四五六七八九十廿卅"
# A news agency's stamp: （中央社記者某某台北11日電）, 新华社北京3月5日电, 中新网3月5日电.
_AGENCY = rule_cache.compile(
    rf"(?:^|[（(])[^（）()\n]{{0,40}}?(?:(?P<m>\d{{1,2}}|[{_CN}]{{1,2}})月)?"
    # (not 3月16日电话会议, 3月15日电商平台: a day, then a word that opens on 电)
    rf"(?P<d>\d{{1,2}}|[{_CN}]{{1,3}})日(?:专)?电(?![话商视影台脑子池力动器网梯线车])",
    prepare=either_script,
)
# Taiwan's news names its own day in its first lines: 台電今（8）日表示 (the page's day).
_TODAY_BRACKET = rule_cache.compile(r"今\s*[（(]\s*(?P<d>\d{1,2})\s*[)）]\s*日")
# CNA ends its stories with the Minguo date as a code: （編輯：某某）1140311.
_CODE = rule_cache.compile(r"[）)]\s*(?P<y>1\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$", prepare=either_script)
#: A post's counts after its stamp, two or more (| 人氣(186) | 回應(2) | 推薦(0)), as PChome prints them.
_COUNTS_ROW = r"(?:[|｜][ \t]*[\u4e00-\u9fff]{2,3}[(（]\d[\d,]*[)）][ \t]*){2,}"
# What may stand beside a date in a tail line that is only a date: brackets, 星期二.
_BARE_REST = rule_cache.compile(
    # (each run of spaces read by one part only: a long run splits one way, in linear time)
    r"^[\s()（）\[\]【】,，:：\-–•·]*(?:(?:星期.|周.)[\s()（）\[\]【】]*)?"
    # a time of day with its zone (2024-10-03 HKT 15:42)
    # (2024年2月24日 下午10:38: the part of the day before the clock, as Plurk writes it)
    r"(?:(?:(?:HKT|CST|GMT|UTC)\s?)?(?:(?:上午|下午|中午|晚上|早上|凌晨)\s?)?(?:[+-]\d{1,2}\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)?"
    r"(?:\s*(?:[・·•|｜]\s*(?:IP\s*属地\s*)?[^\s。！？!?；;，,]{1,8}"
    # a post's client after its stamp (2025-1-26 18:40 来自 iPhone客户端, 來自 微博 weibo.com)
    # (not a thread's floor: 来自iPhone客户端8楼 2023-06-08 10:08 is a reply's stamp)
    r"|来自\s*[^。！？!?；;，,:：楼]{1,30}"
    # (大众点评's 2024-05-19 21:40　发表于 上海: the review's stamp and where it was posted from)
    r"|(?<=\d[ \t\u3000])发表于\s*[\u4e00-\u9fff]{2,6}"
    # (or the province it was sent from after its time, as a news app prints it: 2025-05-30 21:15
    # 湖北; a comment's 2024-10-12 湖南, without a time, is no page's stamp)
    rf"|(?<=\d[ \t\u3000])(?:{PROVINCES})[\u4e00-\u9fff]{{0,3}}"
    # (a podcast episode's 2023年11月6日 · 52 分鐘: its day and its length)
    r"|[・·•][ \t]*\d{1,3}[ \t]*(?:分钟|小时|分)(?:[ \t]*\d{1,2}[ \t]*(?:分钟|秒))?"
    # (PChome's 2020-05-17 21:48:05 | 人氣(186) | 回應(2) | 推薦(0): the post's stamp and its counts)
    rf"|{_COUNTS_ROW}"
    r"))?\s*$",
    prepare=either_script,
)


# A forum header in C's ctime form: 時間 Sun Feb 11 18:40:22 2024 (PTT).
# … or a blog's: Nov 13 Tue 2012 18:40, 2024 Sep 14 Sat 21:08 (PIXNET).
_CTIME = rule_cache.compile(
    r"(?<![A-Za-z])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    # (Wed Nov  3 22:12:05 CST 2021: a mail archive's, its zone between the clock and the year)
    r"\s+(?P<d>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{2,5}\s+)?(?P<y>\d{4})\b"
    r"|\b(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?P<d2>\d{1,2})\s+"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<y2>\d{4})\b"
    r"|\b(?P<y3>\d{4})\s+(?P<mon3>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?P<d3>\d{1,2})\s+"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b"
    # (… and in Chinese, as PIXNET prints it in a Traditional blog: 10月 20 週日 2019 21:35)
    r"|(?<![0-9])(?P<m4>1[0-2]|0?[1-9])月\s*(?P<d4>[0-3]?\d)\s+(?:週|周|星期)[一二三四五六日天]\s+(?P<y4>\d{4})\s+\d{1,2}:\d{2}"
)
# Taiwan's offices stamp pages in Minguo years: 發布日期：113-03-02.
_MINGUO_STAMP = rule_cache.compile(
    r"(?:日期|时间)[:：]?\s*(?P<y>1[0-4]\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?![0-9])",
    prepare=either_script,
)
# … or as a cell of a row of the post's fields, between bars (發佈者：宮務組｜113-03-01｜瀏覽人次 2,317).
# (the row opens on its poster's label: not a schedule's row, 第一場｜113-03-01｜台北, nor another
# notice's row in a sidebar, 元宵節遶境路線公告｜113-02-01｜瀏覽 1,532)
_MINGUO_CELL = rule_cache.compile(
    r"^(?=[^｜|]*(?:发布者|发布人|发布单位|发文单位|作者)[ \t]*[:：])(?:.*[｜|])?[ \t\u3000]*(?P<y>1[0-4]\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)[ \t\u3000]*(?=[｜|])",
    prepare=either_script,
)
# Lines about other pages: their dates are not this page's.
_OTHER_PAGES = rule_cache.compile(r"推荐|相关|热门|上一篇|下一篇|延伸|更多|猜你", prepare=either_script)
# A review's rating and its word (★★★★☆ 推荐, ★★★☆☆ 还行): the review's, no list of other pages.
_RATING = rule_cache.compile(r"[★☆]{3,5}\s*\S{0,4}")
# The heading of a list of other stories in the foot (其他新聞, 其他文章).
_OTHER_HEADING = rule_cache.compile(r"^(?:其他|最新)\S{0,4}$", prepare=either_script)
# A page's publication stamp under its label, with a time (发布于 2024-07-22 14:05・IP 属地广东):
# a Q&A answer or a post puts it at the post's foot, above the comments (a blog's: posted @
# 2025-08-12 22:41 某某 阅读(1024)).
_PUBLISHED = rule_cache.compile(
    # (菜谱创建于 2023-09-14: a recipe's or a wiki entry's day it was written)
    # (首次發布於 2021年9月21日: Matters' first publication, under the post, over its comments)
    # (网络首发时间：2024-05-29 16:41:07: a journal paper's first publication online)
    r"^(?:(?:首次|初次|最初|原文)?(?:发布于|发表于|发布时间|发表时间|刊登于|刊于)|(?:网络)?首发(?:时间|日期|于)|编辑于|"
    # (账单日：2024年03月05日: a card statement's own day)
    # (撰寫日期：2024年2月28日, 点评时间：2024-03-06: the day a review was written, its page's)
    # (Post By：2021/2/11 23:05:17: a Dvbbs post's stamp under it)
    r"[\u4e00-\u9fff]{0,4}创建于|账单日|结单日|撰写日期|点评时间|点评日期|评论日期|posted|published|edited|post[ \t]+by)"
    # (Posted on March 5, 2024 with 214 notes: Tumblr's, the month in English)
    r"\s*(?:[:：@]|on|at)?\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{1,2},[ \t]*\d{4})",
    re.IGNORECASE,
    prepare=either_script,
)
# A departure's row: its day and weekday, then its fares or seats (2025-03-08 周六　¥2980/¥1980　余位12).
_DEPARTURE_ROW = rule_cache.compile(
    DATE_WEEKDAY_OPENING + r"[ \t\u3000]+\S.*(?:[¥￥$]\d|余位|已满|满员|成团)", prepare=either_script
)
# A video page's view count, then the day it was published (YouTube: 觀看次數：45,210次  2024年4月12日).
_VIEWS_THEN_DAY = rule_cache.compile(VIEWS_OPENING + r"[ \t\u3000]+\d{4}年", prepare=either_script)
# A blog post's stamp over its counts under the post, wherever it stands (PChome's 2020-05-17 21:48:05 |
# 人氣(186) | 回應(2) | 推薦(0)): the post's own day; a comment's stamp carries no counts.
_COUNTED_STAMP = rule_cache.compile(
    rf"^\d{{4}}-\d{{1,2}}-\d{{1,2}}[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]*{_COUNTS_ROW}$",
    prepare=either_script,
)
# An edit's stamp (编辑于 …): the page's date only where no publication stamp is found.
# (Telegram's channel preview: edited 2025年3月11日 21:47 under the message)
_EDITED = rule_cache.compile(r"^(?:编辑于|(?i:edited)\b)", prepare=either_script)
# A blog post's signature at its foot: the poster's name, then the post's day and time
# (張貼者： 某某 於 2024年2月7日 晚上11:02, Posted by 某某 at 2/7/2024 11:02, 由 某某 发表于 …).
_POSTED_BY = rule_cache.compile(
    r"^(?:(?:张贴者|发文者|发帖人|发表者|发布者|作者|posted\s+by)\s*[:：]?|由)\s*[^\s:：]{1,20}\s*"
    r"(?:于|在|发表于|发布于|at|on)\s*[:：]?\s*\d"
    # a thread's starter and the day it began (發起人：某某　2021/2/5 12:36, HKGolden)
    r"|^(?:发起人|楼主)\s*[:：]\s*[^\s:：]{1,20}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}",
    flags=re.IGNORECASE,
    prepare=either_script,
)
# A note's or a post's edit stamp names its place, not its time (编辑于 2024-03-28 浙江).
# A province or region after a post's day (2025-04-22 上海, 2024-11-23 广东广州).
# (or after its clock and a dot, the region and the city: 快手's 2025-06-03 19:26 · 河南 商丘)
_REGION_REST = rule_cache.compile(
    rf"(?:[ \t\u3000]+\d{{1,2}}:\d{{2}})?(?:[ \t\u3000]*[·・•][ \t\u3000]*|[ \t\u3000]+)(?:{PROVINCES})"
    r"(?:[ \t\u3000]*[\u4e00-\u9fff]{1,4})?$",
    prepare=either_script,
)
_LIKES_FIRST = rule_cache.compile(r"^(?:点赞|赞|喜欢|获赞)[ \t]*[\d.,]+[ \t]*[万wWkK]?$", prepare=either_script)
_PLACE_REST = rule_cache.compile(
    r"^\s*(?:IP\s*属地\s*[:：]?\s*)?[\u4e00-\u9fff]{0,4}\s*$", prepare=either_script
)
# A thread's first floor: its stamp is the thread's date (来自Android客户端1楼2024-01-30 20:11).
_FIRST_FLOOR = rule_cache.compile(
    r"(?<![0-9A-Za-z])1\s*(?:楼|F|#)|#1(?![0-9])|楼主", prepare=either_script
)
# A press release opens its first paragraph with the place and day in brackets
# (（香港，2024年4月22日）…今日宣布) or before a dash (台北，2024年4月22日——).
_OPENING = rule_cache.compile(
    r"^(?:[（(](?P<b>[^（）()\n]{1,30})[）)]|(?P<d>[\u4e00-\u9fff]{1,6}\s*[，,]\s*[^，,。\n]{4,20}?)\s*(?:——|－－|--))",
    prepare=either_script,
)
_PLACE = rule_cache.compile(r"^\s*(?:[\u4e00-\u9fff]{1,6}\s*[，,、]\s*)?$")
_MIDDLE = 400  # non-blank lines searched for a labelled stamp when head and tail have none
# A row of tagged accounts alone (@sweet.hk.daily @kt_foodmap), under a caption's hashtags.
_TAGGED_ACCOUNTS = rule_cache.compile(r"^[@＠][\w.\-\u4e00-\u9fff]{1,30}(?:[ \t\u3000]+[@＠][\w.\-\u4e00-\u9fff]{1,30})*$")
_HEADING_MAX = 8
#: A list's heading with its site's name in brackets: 【TVBS新聞網 相關新聞】.
_BRACKETED_HEADING = rule_cache.compile(r"[【\[［《].{1,16}[】\]］》]")
_STAMP_BELOW = 3  # lines under the head's opening where a post's bare stamp stands
_SIGNED_POSTS = 2  # posts closed by their writer's name and stamp that make a thread
# A post's foot: its writer's name, a dot and its whole stamp (江南一布衣 · 2021-03-05 21:40:12).
_NAME_DOT_STAMP = rule_cache.compile(
    r"^[^\s·•]{1,20}[ \t]*[·•][ \t]*(\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?)$"
)
# A post's stamp in English under its label, perhaps with its notes' count (Tumblr's Posted on
# March 5, 2024 with 214 notes): the post's own day, though it carries no clock.
_ENGLISH_POSTED = rule_cache.compile(
    r"^(?i:posted|published)[ \t]+on[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{1,2},[ \t]*\d{4}"
    r"(?:[ \t]+with[ \t]+[\d,]+[ \t]+notes?)?$"
)
_ENGLISH_DAY_ALONE = rule_cache.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}$")
# A poster's name, a bar and the post's stamp (匿名用户 | 2019-06-05 09:31), under a question.
_NAME_BAR_STAMP = rule_cache.compile(r"^[^\s|｜]{1,16}[ \t]*[|｜][ \t]*(\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2})$")
_POST_FOOT_REACH = 12  # … and where its stamp over its buttons may stand, under its text
_NOTE_FOOT_REACH = 30  # … and a note's stamp over its comments (a note runs longer)
# A time of day: a page's stamp carries one; a fact's date in an infobox does not.
_TIME = rule_cache.compile(r"\d{1,2}:\d{2}")
# A post's whole date and clock, then its buttons after a wide gap (2019-12-28 21:46　　赞(36)　回应(3)).
_STAMP_THEN_TOOLS = rule_cache.compile(
    r"^((?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?)(?:[ \t]{2,}|\u3000+)(\S.{0,40})$"
)
#: A table's row: three cells or more, apart by bars (日期｜時間｜講題).
_CITED_ON = rule_cache.compile(r"(?:引用|访问|检索|查阅)日期|(?i:retrieved|accessed)\s+(?:on\s+)?\d", prepare=either_script)
# (Last Updated on 2024-04-20 by 阿傑: a WordPress theme's stamp in English, the only one a post may show)
# A board's clock in its head (現在的時間是 2023-04-10, 08:05, 现在时间是…).
_NOW_CLOCK = rule_cache.compile(NOW_CLOCK, prepare=either_script)
_UPDATE_FIELD = rule_cache.compile(
    r"^(?:最近|最后|最新)?(?:更新|修改|修订|编辑)(?:时间|日期|于)?\s*[:：]|^(?i:last updated|updated|posted|published)(?:[ \t]+on)?(?:[ \t]*[:：])?[ \t]*$",
    prepare=either_script,
)
# (活動時間 / 2025/04/19(六) 19:30 開演: an event's time under its label on a line of its own)
SHOWS_HEADING = rule_cache.compile(
    # (in heavy brackets too, 【活动时间】 over a campaign's days)
    r"^【?(?:演出|表演|放映)?场次】?[:：]?$|^【?(?:活动|演出|表演|展览|展期|比赛|赛事|课程|讲座)(?:时间|日期)】?[:：]?$",
    prepare=either_script,
)
_TABLE_ROW = rule_cache.compile(r"(?:[｜|][^｜|]+){2,}")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_CN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def ctime_day(line: str) -> date | None:
    """The day of a C-library stamp in ``line`` (Fri Mar 21 08:47:12 2025), as BBS headers write it."""
    return _ctime(line)


def _ctime(line: str) -> date | None:
    m = _CTIME.search(line)
    if not m:
        # (… or a CMS's article stamp in that order with Chinese month names: 週五, 22 十一月 2019 17:05)
        named = MONTH_NAME_STAMP.match(fold(line.strip()))
        return _day(int(named["y"]), _CN_MONTHS.index(named["m"]) + 1, int(named["d"])) if named else None
    try:
        if m["mon"]:
            return date(int(m["y"]), _MONTHS.index(m["mon"]) + 1, int(m["d"]))
        if m["mon2"]:
            return date(int(m["y2"]), _MONTHS.index(m["mon2"]) + 1, int(m["d2"]))
        if m["m4"]:
            return date(int(m["y4"]), int(m["m4"]), int(m["d4"]))
        return date(int(m["y3"]), _MONTHS.index(m["mon3"]) + 1, int(m["d3"]))
    except ValueError:
        return None


def _minguo_stamp(line: str) -> date | None:
    m = _MINGUO_STAMP.search(line) or _MINGUO_CELL.search(line)
    return _day(int(m["y"]) + 1911, int(m["m"]), int(m["d"])) if m else None


_DIGIT = rule_cache.compile(r"[0-9０-９〇○零]")  # every dated day has one: the rest are skipped cheaply


_PAGE_SUBJECT = rule_cache.compile(PAGE_ITSELF + r"(?=(?:最后|最近)?(?:更新|发布|发表|编辑|修改))", prepare=either_script)


def _days(line: str, today: date, minguo: bool) -> list[Found]:
    """The whole days written in ``line``.  A festival named with its year (114年中元普渡 in a
    notice's headline) is the day of what the page is about; a page's stamp writes its date."""
    if not _DIGIT.search(line):
        return []
    blogger = _BLOGGER_SIGNATURE.match(line.strip()) is not None
    # (本頁更新：2025/02/18 14:00: the timeline drops a day under the page's own label, which is
    # just what a stamp is; its subject blanked, the label still reads as one)
    line = _PAGE_SUBJECT.sub(lambda m: " " * len(m.group()), line)
    return [
        f
        for f in find_dates(line, today, minguo)
        if f.granularity == DAY and f.explicit and f.first == f.last and f.precision != "festival"
        # (張貼者： 某某 於 2/10/2025: read by its own rule, the month first)
        and not (blogger and _MDY.fullmatch(line, f.start, f.end))
    ]


def _code_date(line: str) -> date | None:
    m = _CODE.search(line)
    return _day(int(m["y"]) + 1911, int(m["m"]), int(m["d"])) if m else None


_LINK_LEAD = 6  # characters before a list's word in a line that leads to other pages (【相关阅读】…)


def _other_pages(line: str) -> bool:
    """A line that leads to other pages (相关阅读：…, 上一篇：… 2024-02-10, 热门推荐): its word
    near its start, or the line a short heading; a headline that speaks of 热门景区 beside its
    stamp is the page's own."""
    m = _OTHER_PAGES.search(line)
    return m is not None and (m.start() <= _LINK_LEAD or len(line) <= _HEADING_MAX + 4)


def _published_stamp(line: str) -> bool:
    """A publication's stamp under its label (发布于 …, 刊登於 2024-02-15), an edit's (编辑于 …) not
    among them."""
    return _PUBLISHED.match(line) is not None and _EDITED.match(line) is None


def _is_list_heading(line: str) -> bool:
    """The heading of a list of other stories (相关阅读, 其他新聞, 【某某網 相關新聞】)."""
    return (
        (len(line) <= _HEADING_MAX or _BRACKETED_HEADING.fullmatch(line) is not None)
        and bool(_OTHER_PAGES.search(line) or _OTHER_HEADING.match(line))
        and not is_tag_heading(line)  # (相關字詞 over the page's tags: terms, no links)
    )


def agency_day(line: str) -> tuple[int | None, int] | None:
    """The month (if written) and day of a news agency's dispatch in ``line`` (新华社北京1月12日电,
    中央社記者某某台北3日電, 台電今（8）日表示)."""
    m = _AGENCY.search(halfwidth_digits(line)) or _TODAY_BRACKET.search(halfwidth_digits(line))
    if not m:
        return None
    d = to_int(m["d"])
    month = to_int(m["m"]) if m.groupdict().get("m") else None
    if not d or not 1 <= d <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    return month, d


def _opening_day(line: str, today: date, minguo: bool) -> date | None:
    """A release's opening dateline: only a place and a full date in its brackets."""
    m = _OPENING.match(line)
    if not m:
        return None
    inner = m["b"] or m["d"] or ""
    days = _days(inner, today, minguo)
    if len(days) != 1 or inner[days[0].end :].strip() or not _PLACE.match(inner[: days[0].start]):
        return None
    return days[0].first


# A headline that ends in a question or an exclamation keeps the stamp flattened onto its
# line (…爆紅？… 2026/01/19 14:20 生活中心／某某報導): a full date with its time at the end,
# maybe a byline after it, is the page's date.
_END_STAMP = rule_cache.compile(
    # (標題 2024年11月05日 14:32: ETtoday's, the day in words)
    r"\s(?P<s>(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s+\d{1,2}:\d{2}(?::\d{2})?)(?:\s+[^\s。！？!?；;，,]{1,20})?\s*$"
)


def _end_stamp(line: str, today: date, minguo: bool) -> date | None:
    """The day of a stamp closing a headline's line (see ``_END_STAMP``)."""
    m = _END_STAMP.search(line)
    if not m:
        return None
    days = _days(m["s"], today, minguo)
    return days[0].first if len(days) == 1 else None


# A post's stamp without its year (Weibo: 11-5 20:31 来自 iPhone 15 Pro, 3月2日 09:15): the
# page's day in a year the page does not say, so a guess like an agency's day.
_YEARLESS_STAMP = rule_cache.compile(
    # (a fan page's: 3月28日下午4:12 ·, the time in words and the audience's mark after a dot)
    r"^(?P<m>\d{1,2})(?:[-/]|月)(?P<d>\d{1,2})日?(?:\s+|\s*(?:上午|下午|晚上|凌晨|中午|早上)\s*)\d{1,2}:\d{2}"
    r"(?:\s*来自\s*[^。！？!?；;，,:：楼]{1,30}|\s*[·•]\s*\S?)?$",
    prepare=either_script,
)


def _yearless_stamp(line: str) -> tuple[int | None, int] | None:
    m = _YEARLESS_STAMP.match(line)
    if not m or not 1 <= int(m["m"]) <= 12 or not 1 <= int(m["d"]) <= 31:
        return None
    return int(m["m"]), int(m["d"])


def _day_on_or_before(base: date, month: int | None, day: int) -> date | None:
    """The latest date not after ``base`` with this day (and month)."""
    return _day_from(base, month, day, -1)


def _day_after(base: date, month: int | None, day: int, today: date) -> date | None:
    """The first date after ``base`` with this day (and month), not after today: a page
    stamped a little after the latest date its story names."""
    found = _day_from(base, month, day, 1)
    return found if found is not None and found <= today else None


def _day_from(base: date, month: int | None, day: int, step: int) -> date | None:
    """The nearest date with this day (and month) from ``base`` (on it or before, ``step``
    -1; after it, 1), within a year."""
    y, m = base.year, base.month
    for _ in range(13):
        if month is None or m == month:
            try:
                found = date(y, m, day)
            except ValueError:
                found = None
            if found and (found <= base if step < 0 else found > base):
                return found
        m += step
        if m in (0, 13):
            y, m = y + step, 12 if step < 0 else 1
        if not 1 <= y <= 9999:
            return None
    return None


#: A site's copyright line: the year it was saved in (the last of a range, © 2015-2025).
_COPYRIGHT = rule_cache.compile(
    r"(?:©|\(c\)|copyright|版權所有|版权所有)\D{0,16}?((?:19|20)\d\d)(?:\s*[-–—~～－至]\s*((?:19|20)\d\d))?",
    re.IGNORECASE,
)


_COPYRIGHT_GAP = 10  # years between the body's latest and the footer's before the footer wins
_PAST_ONLY = 10  # years before today a story's latest year may be and still be its page's


def _copyright_year(non_blank: list[str], today: date) -> int | None:
    """The year of the page's copyright line (the last lines first), if one is not after today."""
    for stripped in reversed(non_blank[-_HEAD:]):
        m = _COPYRIGHT.search(stripped)
        if m:
            year = int(m.group(2) or m.group(1))
            return year if 1990 <= year <= today.year else None
    return None


#: A headline under the page's own label (a BBS header's 標題, a mail's Subject).
_HEADLINE_LABEL = rule_cache.compile(r"^(?:标题|主题|Subject|Title)(?:[\s:：]|(?<=题)(?=[\[【]))", re.I, prepare=either_script)


def _date_alone(line: str, today: date, minguo: bool) -> date | None:
    """The day of a line that is only a whole date, perhaps with its weekday and time
    (2025-03-28 21:40, 2024年7月16日, X's 下午8:00 · 2024年8月5日): a post's own stamp where it stands."""
    clock = _CLOCK_FIRST.match(line)
    if clock is not None:
        line = line[clock.end() :]
    days = _days(line, today, minguo)
    if days and days[0].start == 0 and days[0].explicit and _BARE_REST.match(line[days[0].end :]):
        return days[0].first
    return None


_POSTED_LABEL = rule_cache.compile(r"发表|发布|楼主", prepare=either_script)  # (樓主 | 發表於 …: a floor's, not 日期/時間)
_POSTER_DOT = rule_cache.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{1,19}[ \t]*[·•][ \t]*$")  # an account's id, not 高雄場
_COUNTS_UNDER_NOTE = 4  # a note's like, save and comment counts between its stamp and its comments
_BARE_COUNT = rule_cache.compile(r"^[\d.,]+\s*[万萬千kK]?$")
# A post's time before its day, as X shows a post's stamp (下午8:00 · 2024年8月5日).
_CLOCK_FIRST = rule_cache.compile(r"^(?:上午|下午|中午|晚上|早上|凌晨)?\s*\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s*[·•]\s*(?=\d)")
# A post's counts under its stamp (76 則回應, 3.2萬 次查看, ♥ 231): what a post's stamp stands over.
# Telegram's post stamp, the day first and dotted (25.01.2025 18:42).
_DOTTED_DMY_STAMP = rule_cache.compile(r"^([0-3]?\d)\.([01]?\d)\.(\d{4})[ \t]+[0-2]?\d:[0-5]\d$")
# A Taiwan document's signature date in Minguo years, spaced or not (中　華　民　國　113　年　10　月　16　日).
_ROC_SIGNATURE = rule_cache.compile(
    r"^中\s*[华華]\s*民\s*[国國]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$"
)


def _own_stamp_day(line: str, day_first: bool = False) -> date | None:
    """The day of a Telegram post's stamp, a community platform's (06-14-2022 10:23 PM) or a
    Taiwan document's signature date, if ``line`` is one."""
    if (us := _us_stamp(line, day_first)) is not None:
        return us
    if (m := _DOTTED_DMY_STAMP.match(line)) is not None:
        y, mo, d = int(m[3]), int(m[2]), int(m[1])
    elif (m := _ROC_SIGNATURE.match(line)) is not None:
        y, mo, d = int(m[1]) + 1911, int(m[2]), int(m[3])
    elif (m := IMAGEBOARD_STAMP.search(line)) is not None:
        # 無名氏 [25/01/20(一)21:47:13 ID:q7Rk2Tfa] No.29104417: an imageboard's post, its year
        # in two figures; the weekday it prints must agree
        try:
            day = date(2000 + int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return day if "一二三四五六日".index(fold(m["w"])) == day.weekday() else None
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None
# A day alone on its line and nothing else (2024年3月20日, 2024-03-20): Instagram's post day.
# (the last field a kind of post: not a tour's 2024年5月10日 · 高雄巨蛋)
_DOTTED_FIELDS = rule_cache.compile(
    r"(?:[ \t\u3000]*[‧·•|｜][ \t\u3000]*[^\s‧·•|｜，,。]{1,12}){0,2}[ \t\u3000]*[‧·•|｜][ \t\u3000]*"
    rf"{POST_KINDS}[ \t\u3000]*"
)
_CLAUSES_LINE_MIN = 40  # characters of a line of clauses (two commas or more, a colon at its end) read as the story's
_NUMBERED_ENTRY = rule_cache.compile(r"^\d{1,2}[.、．][ \t]*[^\d\s]")  # (not 0.6　2025.01.22, a score and a stamp)
_NUMBERED_LEAD = 8  # characters before the day of a numbered entry (1. 中華民國…)
_WRITTEN_AT = rule_cache.compile(
    r"^\d{4}[./-]\d{1,2}[./-]\d{1,2}[ \t\u3000]*(?:写于|写在|记于|草于|作于|书于)[^。！？!?]{1,30}$"
)
_WHOLE_DAY_ALONE = rule_cache.compile(r"^\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})$")
_LONE_DOT = rule_cache.compile(r"^[·•・]$")
# The region a mainland platform prints beside a stamp (IP 属地海南, IP屬地：廣東).
_IP_REGION = rule_cache.compile(r"IP\s*[属屬]地", re.IGNORECASE)
# The app a post was sent from, alone under its stamp (Mastodon's Web, Android, iOS): skipped too.
_CLIENT_ALONE = rule_cache.compile(r"^(?:Web|Android|iOS|iPhone|iPad|Mac|Windows|Tusky|Ivory|Mastodon for (?:iOS|Android))$")
_COUNT_UNDER = rule_cache.compile(
    r"^[♥❤👍]?\s?[\d,.]+\s?[萬万千kK]?\s?(?:則|条|條|个|個|次|人)?\s?"
    r"(?:回應|回应|評論|评论|留言|回覆|回复|轉噗|轉發|转发|查看|讚好|赞好|讚|赞|喜歡|喜欢|觀看|观看)$|^[♥❤👍]\s?[\d,.]+[萬万kK]?$"
)
# A post's stamp with a two-figure year, its time and where it came from (26-4-2 09:15 来自 …).
_SHORT_YEAR_STAMP = rule_cache.compile(
    r"^(\d{2})-(\d{1,2})-(\d{1,2})[ \t\u3000]+\d{1,2}:\d{2}[ \t\u3000]+(?:来自|來自)"
)


# What may stand before an update label at a line's start (最後, 最后, 本页, 網頁).
_LABELLED_UPDATE_LEAD = rule_cache.compile(r"^(?:最[后後]|本[页頁]|[网網][页頁]|資料|资料)?")
# A date that runs straight on into a clause of what happens then (2025.5.20中午開放訂購), not
# into a time of day alone, a weekday or an agency's 电 (2025年5月15日下午3時15分, 2024年2月11日星期日,
# 2025年5月15日电)
_RUNS_ON = rule_cache.compile(
    r"(?:(?:上午|下午|中午|晚上|晚间|晚間|早上|凌晨)(?![0-9０-９一二三四五六七八九十]))?"
    r"(?!星期|礼拜|禮拜|[周週][一二三四五六日天]|上午|下午|中午|晚上|晚间|晚間|早上|凌晨|[电電讯訊时時点點])"
    r"[\u4e00-\u9fff\U00020000-\U0002ffff]{2}"  # (𠮶期: Cantonese 嗰 as the Simplified conversion writes it)
)
# A sentence's word right before the date (我自己是2025.12.6第一次跑半馬): a day it tells of.
# (上次頭獎係2024年10月31日嗰期: Cantonese 係 "is", 喺 "at")
_SAID_BEFORE = rule_cache.compile(r"[\u4e00-\u9fff](?:是|在|于|於|从|從|自|由|係|系|喺)$")
# Who says it, then a colon, right before the date (航港局：2025.5.20…): a headline's shape; a
# label of the page's own time (發布時間：, 更新：, 來源：) is no speaker.
_SPEAKER_COLON = rule_cache.compile(
    r"(?:^|[ \t\u3000|｜])[\u4e00-\u9fff]{2,8}(?<![时時间間期布佈新源])[：:][ \t\u3000]*$"
)
_BLOGGER_SIGNATURE = rule_cache.compile(r"^(?:张贴者|張貼者|posted\s+by)", re.IGNORECASE)
_MDY = rule_cache.compile(r"(?<![0-9/])(\d{1,2})/(\d{1,2})/(\d{4})(?![0-9/])")
def _us_stamp(line: str, day_first: bool = False) -> date | None:
    """The day of a community platform's stamp, alone on its line (``06-14-2022 10:23 PM``); the
    day first where the page writes it so (``08-01-2019, 11:02 PM`` on a Hong Kong board)."""
    m = US_STAMP.match(line.strip())
    if m is None:
        return None
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    return _day(y, a if b > 12 else b, b if b > 12 else a) if day_first else _month_first(a, b, y)


#: Words only Hong Kong's pages write (Cantonese particles, its places): its boards put the day first.
# (not 香港 alone: a Taiwan post about a transfer in Hong Kong writes its stamps month first)
_HONG_KONG_PAGE = rule_cache.compile(r"[嘅咗啲冇喺]|係咪|唔係")


def _stamps_day_first(lines: list[str]) -> bool:
    """Do the page's stamps of the shape ``08-01-2019, 11:02 PM`` put the day first?  Where one
    of them shows its order (a figure over 12), that order; else a Hong Kong page's way."""
    for line in lines:
        m = US_STAMP.match(line)
        if m is not None and int(m["a"]) > 12:
            return True
        if m is not None and int(m["b"]) > 12:
            return False
    return any(_HONG_KONG_PAGE.search(line) for line in lines[:_HEAD])


def _month_first(a: int, b: int, y: int) -> date | None:
    """The day a US-ordered date means: the month first, unless the first figure is over 12 (25/1/2025)."""
    month, day = (b, a) if a > 12 else (a, b)
    return _day(y, month, day)


def _day(y: int, m: int, d: int) -> date | None:
    """The day ``y``-``m``-``d``, or None where the calendar has none (2月30日)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_day_year(line: str, today: date) -> date | None:
    """The day of Blogger's signature ``張貼者： 某某 於 2/10/2025``: Blogger writes the month
    first, as its US form does; a first figure over 12 can only be a day (25/1/2025).  Other
    signatures and stamps with the year last are left alone (a chat's put the day first)."""
    m = _MDY.search(line)
    if m is None or not _BLOGGER_SIGNATURE.match(line):
        return None
    found = _month_first(int(m[1]), int(m[2]), int(m[3]))
    return found if found is not None and found <= today else None


def find_reference(
    lines: list[str], body_dates: list[Found], today: date, minguo: bool = False
) -> Reference:
    """A dateline or update stamp in the head or tail, else a news agency's day (or a post's
    stamp without its year) in the latest stated month, else the latest explicit date of the body, else today."""
    # (a wiki's foot says when the page was last changed in a sentence, 本頁面最後修訂於…。: its full
    # stop is dropped, so that it reads as the stamp it is)
    non_blank = [
        s.rstrip("。.") if _REVISED_FOOT.match(s) else s for s in (line.strip() for line in lines) if s
    ]
    day_first = _stamps_day_first(non_blank)
    chats = chat_stamps(non_blank[:_HEAD])
    if chats and non_blank[0] in chats:
        # a chat export ([5/2/2024, 8:15 AM] 管理處 Peter: …): the day of its first message
        return Reference(chats[non_blank[0]], "dateline")
    # an imageboard's thread (無名氏 [25/01/20(一)21:47:13 ID:…] No.…, a head over each post): its
    # first post's day, the weekday it prints agreeing
    boards = [s for s in non_blank if IMAGEBOARD_STAMP.search(s)]
    if len(boards) >= _SIGNED_POSTS and (first := _own_stamp_day(boards[0])) is not None and first <= today:
        return Reference(first, "dateline", boards[0])
    # the publication stamps under their labels (发布于 …), an edit's (编辑于 …) not among them
    stamps = [s for s in non_blank if _published_stamp(s)]

    def edit_only(line: str) -> bool:
        """An edit's stamp (编辑于 …) on a page that also has a publication stamp: the
        page's date only as an update, wherever it is read."""
        return bool(stamps) and _EDITED.match(line) is not None
    updated: date | None = None
    agency: tuple[int | None, int] | None = None
    prose = 0
    head_end = min(len(non_blank), _HEAD)
    published_too = any(_PUBLISHED_ON.match(s) for s in non_blank[:_HEAD])
    pasted_heads = pasted_story_heads(non_blank[:_HEAD])  # (转自苏州发布： / 【…】 / its dateline)
    pasted: date | None = None
    # the heads of the story's own chronology (2016.9.1　初遇 / 大学开学第一天…): its days, no stamp
    epochs = {non_blank[i] for i in timeline_heads(non_blank[:_HEAD])}
    # (6.4.0 / 2024年10月28日 / - …: a version's day in a release history, and an invitation's day)
    epochs |= {non_blank[i] for i in release_entries(non_blank[:_HEAD]) | invitation_days(non_blank[:_HEAD])}
    under_field = False  # the line above was an event's labelled date (演出日期：…)
    under_heading = False  # … or the heading of the event's days alone (场次, 活動時間)
    for i, stripped in enumerate(non_blank[:_HEAD]):
        field_above, under_field = under_field, False
        if QUOTE_INTRO.match(stripped) or stripped in epochs:
            continue
        if SHOWS_HEADING.match(stripped):
            under_field = True  # 场次 / 2024.09.21 周六 19:30: the shows' days under their heading
            under_heading = True
            continue
        heading_above, under_heading = under_heading, False
        if _VIEWS_THEN_DAY.match(stripped) and (days := _days(stripped, today, minguo)):
            # 觀看次數：45,210次  2024年4月12日  #金門: a video's counts and the day it went up
            return Reference(days[0].first, "dateline", stripped)
        if stripped in pasted_heads:
            # 2024-09-13 17:45 来源：苏州日报 under 转自…：: the pasted story's day, not the page's
            # (the page is of that day or later: a guess, where the page states none of its own)
            pasted = pasted or next((f.first for f in _days(stripped, today, minguo)), None)
            continue
        # (為確保…，本處已安排…，詳情如下：: a long line of clauses that ends on a colon, announcing the
        # rows under it, is the story's too)
        if _SENTENCE_PUNCT.search(stripped) or len(stripped) > _LINE_MAX or (
            len(stripped) >= _CLAUSES_LINE_MIN and stripped.count("，") >= 2 and stripped[-1] in "：:"
        ):
            if not _DIGIT_ANYWHERE.search(stripped) and (not _HAN.search(stripped) or classify(stripped) is Kind.CHROME):
                continue  # a privacy or browser banner (…同意上述規範。, Your browser does not…?): no story yet
            prose += 1
            opening = _opening_day(stripped, today, minguo) if prose == 1 else None
            if opening:  # the paragraph stays in the story, and its date is counted
                return Reference(opening, "dateline")
            stamp_day = _end_stamp(stripped, today, minguo) if prose == 1 else None
            if stamp_day:
                return Reference(stamp_day, "dateline", stripped)
            agency = agency or agency_day(stripped)
            code = _code_date(stripped)
            if code:
                return Reference(code, "dateline")
            if prose >= _HEAD_PROSE:
                head_end = i + 1
                break
            continue
        if _other_pages(_RATING.sub("", stripped)) or is_event_time(stripped):
            # 活動時間：2025/05/03(六) 19:30: the event's day, not the page's (a review's rating
            # word, ★★★★☆ 推荐, names no other page)
            under_field = is_event_time(stripped)  # (not under a link's list, 更多新聞)
            continue
        if _HEADLINE_LABEL.match(stripped):
            continue  # 標題 [情報] 高鐵早鳥 113/6/14起開放: the headline's day is its story's
        if _NOW_CLOCK.match(stripped):
            continue  # 現在的時間是 2023-04-10, 08:05: a board's clock, the day the page was read
        if EVENT_AFTER_STAMP.search(fold(stripped)):
            continue  # 2025年9月25日 19:00 星辰秋季新品发布会: an event's day and hour, not the page's
        if (short := _SHORT_YEAR_STAMP.match(stripped)) is not None:
            # 26-4-2 09:15 来自 HUAWEI Mate 70 Pro: the Weibo app's stamp of a post of an earlier
            # year, its year in two figures
            try:
                posted = date(2000 + int(short[1]), int(short[2]), int(short[3]))
            except ValueError:
                posted = None
            if posted is not None and posted <= today:
                return Reference(posted, "dateline", stripped)
        days = _days(stripped, today, minguo)
        if not days:
            stamp = _ctime(stripped) or _minguo_stamp(stripped) or _us_stamp(stripped, day_first)
            if stamp and _UPDATED.search(stripped):
                updated = updated or stamp
            elif stamp:
                return Reference(stamp, "dateline", stripped)
            agency = agency or agency_day(stripped) or _yearless_stamp(stripped)
            continue
        if _TALK_AFTER_DATE.match(stripped, days[0].end) and not _LABEL.search(stripped[: days[0].start]):
            # 2024年6月7日高考，今天刚好倒计时30天: a sentence that opens on a date, its talk
            # going on past a comma, is the story's first line, no dateline
            prose += 1
            if prose >= _HEAD_PROSE:
                head_end = i + 1
                break
            continue
        if fact := _FACT_DATE.search(stripped[: days[0].start]):
            # (• 演出日期：… alone on its line may go on under it; not a profile's row of fields,
            # 級別: 老司機 … 註冊: 2016-05-03, over the post's own stamp)
            under_field = fact.start() <= 2
            continue  # 生产日期：2024/4/3, 活動時間：…: a product's or an event's date, not the page's
        if heading_above and days[0].start == 0:
            # 活動時間 / 2025/04/19(六) 19:30 開演（18:30 開放入場）: the event's day under its
            # heading, whatever the row says of it
            under_field = True
            continue
        if field_above and days[0].start == 0 and _BARE_REST.match(stripped[days[0].end :]):
            # 演出日期：2025/11/15（六）19:30 / 　　　　2025/11/16（日）18:00: the field's second
            # day, under its first, not the page's stamp
            under_field = True
            continue
        if published_too and _WRITTEN_ON.match(stripped):
            continue  # 成文日期：2024-09-20 over 发布日期：2024-09-23: when it was written, not published
        if _SCHEDULED_FOR.search(stripped[: days[0].start]):
            continue  # 「本校定於2025年6月21日…舉行: the day an event is set for, in a sentence
        before_date = stripped[: days[0].start]
        if (
            _RUNS_ON.match(stripped, days[0].end)
            and not _LABEL.search(before_date)  # (发布于, 發布時間：, 作者：… 发表于: the page's own)
            and (_SPEAKER_COLON.search(before_date) or _SAID_BEFORE.search(before_date))
        ):
            continue  # 端午連假離島船票 航港局：2025.5.20中午開放訂購: a headline's own date, its story's
        if (
            prose
            and _TABLE_ROW.search(stripped)
            and not _POSTED_LABEL.search(before_date)
            # (#1 | 小雪糕BB | 2026年2月2日 下午 11:02: the first floor's header, under a question)
            and not _FIRST_FLOOR.match(stripped)
        ):
            # (樓主 | 發表於 2025-1-25 22:48 | 只看該作者: a floor's header, its stamp labelled)
            continue  # 115/12/05（六）｜14:00-15:00｜講題｜主講人: a schedule's row under the story
        if _DEPARTURE_ROW.match(stripped):
            continue  # 2025-03-08 周六　¥2980/¥1980　余位12: a tour's departure and its fares, no stamp
        if _NUMBERED_ENTRY.match(stripped) and days[0].start <= _NUMBERED_LEAD:
            continue  # 1. 中華民國九十四年三月八日…令制定公布: a record's numbered entry, its own day
        if _VERSION_DAY.match(stripped):
            continue  # v6.8.2（2025年3月11日）: a changelog's version and the day it came out, no stamp
        label = _UPDATED.search(stripped)
        if label and label.start() < days[0].start:  # 更新时间: 2025-09-25, not 2025/05/18（…更新）
            # (not 預計發布日期：2024/06/20 after the update, nor 发布时间：2025-02-26（官宣）: a release planned)
            later = [
                d
                for d in days[1:]
                if d.first <= days[0].first
                and (label_at := _PUBLISHED_BEFORE.search(stripped, days[0].end, d.start)) is not None
                and not _PLANNED_BEFORE.search(stripped, max(0, label_at.start() - 4), label_at.start())
            ]
            if later:
                # 更新於 2024/03/18 發佈於 2024/03/15: the update first, then the day it was published
                return Reference(later[0].first, "dateline", stripped)
            updated = updated or days[0].first
        elif _PUBLISHED.match(stripped) and (
            _TIME.search(stripped) or _PLACE_REST.match(stripped[days[0].end :])
        ):
            # 编辑于 2024-04-02 四川 under a note's text: its own stamp, wherever the head reads
            # it (an edit's only where no publication stamp follows)
            if edit_only(stripped):
                updated = updated or days[0].first
                continue
            return Reference(days[0].first, "dateline", stripped)
        elif (
            prose
            and not _TIME.search(stripped)
            and not _published_stamp(stripped)  # (刊登於 2024-02-15 under a standfirst: the page's)
            and not _BARE_REST.match(stripped[: days[0].start] + stripped[days[0].end :])
            # (xiaotuzi_2016 · 2024-01-20 · 超过12用户采纳过TA的回答: the asker's name and day)
            and not _POSTER_DOT.match(before_date)
            # (2026年2月9日 ‧ 店長阿榮 ‧ 公告 under a headline that ends in ！: the post's day, writer, kind)
            and not (days[0].start == 0 and _DOTTED_FIELDS.fullmatch(stripped, days[0].end))
        ):
            continue  # below the story's first line, a fact's date (首届时间:2014年11月2日)
        else:
            return Reference(days[0].first, "dateline", stripped)
    # Right under the head's opening lines (a question and its asker's name), a line that is
    # only a date with its time is that post's stamp (2025-03-28 21:40), as a Q&A page or a
    # forum's first post sets it; further down such lines are replies' and comments'.
    # (not where the head gave the post's stamp under its label, Last Updated on …: a comment's)
    below = non_blank[head_end : head_end + _STAMP_BELOW] if prose >= _HEAD_PROSE and not updated else []
    for stripped in below:
        if _is_list_heading(stripped):
            break  # the stamps under 相關新聞 are the links'
        named = _NAME_BAR_STAMP.match(stripped)
        if named is not None:
            stripped = named.group(1)  # 匿名用户 | 2019-06-05 09:31: the asker's name, then the question's stamp
        # (GitHub's Jun 20, 2024 under the asker's name: a day alone in English, without its time)
        english = _ENGLISH_DAY_ALONE.match(stripped) is not None
        if len(stripped) > _LINE_MAX or not (_TIME.search(stripped) or english) or not (_DIGIT.match(stripped) or english):
            continue
        day = _date_alone(stripped, today, minguo)
        if day is not None:
            return Reference(day, "dateline", stripped)
    # A post's own stamp under its text, over its buttons (…扫墓。 / 2025-04-05 22:10:33 /
    # 回应(4) 转发(2) 赞(37) 分享): the first such pair under the opening is the post's.
    if prose >= _HEAD_PROSE:
        # (a lone middle dot between a stamp and its counts, as X prints them, is skipped)
        # (and the app Mastodon names under a post's stamp: 2024年9月16日 下午10:48 / · / Web / 12 / 34 / 回覆)
        window = [
            s for s in non_blank[head_end : head_end + _NOTE_FOOT_REACH] if not _LONE_DOT.match(s) and not _CLIENT_ALONE.match(s)
        ]
        for k, (stripped, nxt) in enumerate(pairwise(window)):
            if _is_list_heading(stripped):
                break
            days = _days(stripped, today, minguo) if _REGION_REST.search(stripped) else []
            after = window[k + 1 : k + 1 + _COUNTS_UNDER_NOTE]
            while after and _BARE_COUNT.match(after[0]) and len(after) > 1:
                after = after[1:]  # (2024-11-28 上海 / 6312 / 1.2万 / 896 / 共 417 条评论: its counts between)
            if (
                days
                and days[0].start == 0
                and _REGION_REST.match(stripped, days[0].end)
                and (
                    is_comments_head(after[0] if after else nxt)
                    # (点赞 3.4w / 评论 1286: the post's likes first, then its comments' count; not a
                    # comment's 赞 45 / 回复)
                    or (
                        len(after) > 1
                        and _LIKES_FIRST.match(after[0]) is not None
                        and is_comments_head(after[1])
                        and _DIGIT_ANYWHERE.search(after[1]) is not None
                    )
                )
            ):
                # 2025-04-22 上海 / 共 326 条评论: a 小红书 note's stamp and region over its comments
                return Reference(days[0].first, "dateline", stripped)
            if (
                k < _POST_FOOT_REACH
                and _WHOLE_DAY_ALONE.match(stripped)
                and (
                    ((is_comments_head(nxt) or is_lone_button(nxt)) and _DIGIT_ANYWHERE.search(nxt))
                    or (k and _COUNT_UNDER.match(window[k - 1]))
                )
                and (day := _date_alone(stripped, today, minguo)) is not None
            ):
                # 1,284 個讚 / 2024年3月20日 / 查看全部 46 則留言: Instagram's day of the post, no
                # clock, between its likes and its comments (LOFTER's 2019-10-26 over 热度(326))
                return Reference(day, "dateline", stripped)
            if k >= _POST_FOOT_REACH and not _CLOCK_FIRST.match(stripped):
                continue  # (X's 下午8:00 · 2024年8月5日 stands under a quoted post too: a longer reach)
            own = _STAMP_THEN_TOOLS.match(stripped)
            if k < _POST_FOOT_REACH and own is not None and is_tool_row(own.group(2)):
                # 2019-12-28 21:46　　赞(36)　回应(3)　收藏　举报: a review's stamp and its buttons on one line
                day = _date_alone(own.group(1), today, minguo)
                if day is not None:
                    return Reference(day, "dateline", stripped)
            if (
                len(stripped) <= _LINE_MAX
                and _TIME.search(stripped)
                and (_DIGIT.match(stripped) or _CLOCK_FIRST.match(stripped))
                # (a forum floor's lone 回复; Mastodon's bare counts before its 回覆)
                and any(is_tool_row(x) or is_lone_button(x) or _COUNT_UNDER.match(x) for x in (nxt, *after[:1]))
            ):
                day = _date_alone(stripped, today, minguo)
                if day is not None:
                    return Reference(day, "dateline", stripped)
    # The writer's own line under the text, the day and where it was written (2023.09.30 寫於梅州鄉下):
    # the post's day, whatever the comments under it are stamped
    # (not where the page stamps its post under a label, 发布于 …: a poem quoted with its own day)
    for stripped in non_blank[head_end:] if not stamps else []:
        if len(stripped) <= _LINE_MAX and _WRITTEN_AT.match(fold(stripped)):
            days = _days(stripped, today, minguo)
            if days and days[0].start == 0:
                return Reference(days[0].first, "dateline", stripped)
    # A thread's posts each closed by its writer and stamp (江南一布衣 · 2021-03-05 21:40:12): the
    # first post's, two such or more, wherever the page is short enough to hold them in its foot
    signed = [s for s in non_blank[head_end:] if _NAME_DOT_STAMP.match(s)] if not stamps else []
    if len(signed) >= _SIGNED_POSTS and (days := _days(_NAME_DOT_STAMP.match(signed[0]).group(1), today, minguo)):
        return Reference(days[0].first, "dateline", signed[0])
    # The foot is read wherever the head stopped: a short page's foot (发布于 2024-03-05
    # 12:31・IP 属地北京, a date above the copyright line) is in its last lines too.
    tail_start = max(len(non_blank) - _TAIL, head_end)
    tail = non_blank[tail_start:]
    # Below a list's heading (相关阅读, 热门推荐) the stamps are the links', not the page's.
    # (其他事項 over a paragraph of the story: the story's own section, no list of links)
    links_from = next(
        (
            i
            for i, s in enumerate(tail)
            if _is_list_heading(s) and not (i + 1 < len(tail) and _STORY_PARAGRAPH.search(tail[i + 1]))
        ),
        len(tail),
    )
    windows = [tail[:links_from]]
    # … and where a list of stamped links and a share row fill the last lines, the lines
    # above the list's heading are the foot too (RTHK's 2026-02-12 HKT 10:42 stood there).
    wide_start = max(len(non_blank) - 2 * _TAIL, head_end)
    heading = next(
        (
            wide_start + i
            for i, s in enumerate(non_blank[wide_start:])
            if _is_list_heading(s)
        ),
        None,
    )
    if heading is not None and heading - _TAIL < tail_start:
        windows.append(non_blank[max(heading - _TAIL, head_end) : min(heading, tail_start)])
    # … and below a list, the page's own update stamp under its label (相關展覽 / … / 最後更新日期：
    # 2025-04-30): the list's links carry no such label
    # (or its publishing stamp under its label, 發布時間：2025/05/25 12:30, under 延伸閱讀's links)
    windows.append(
        [
            line
            for line in tail[links_from:]
            if _UPDATED.match(_LABELLED_UPDATE_LEAD.sub("", line)) or _PUBLISHED_ON.match(line)
        ]
    )
    if heading is not None and heading < tail_start:
        # (延伸閱讀 / … / 鏡週刊 2025.03.18 17:42 / 更新時間｜2025.03.18 17:42 / 熱門新聞: the page's
        # update stamp between a list under the story and the foot)
        windows.append(
            [line for line in non_blank[heading:tail_start] if _UPDATED.match(_LABELLED_UPDATE_LEAD.sub("", line))]
        )
    labelled_region = any(_PUBLISHED.match(s) and _IP_REGION.search(s) for s in non_blank[head_end:])
    # A stamp label every floor repeats (發表於 2024-9-16 22:41 … 發表於 2024-9-17 00:12): the
    # last one is a reply's; the first floor's, read below, is the post's.
    for stripped in (line for window in windows for line in reversed(window)):
        if len(stamps) >= 2 and stripped != stamps[0] and _PUBLISHED.match(stripped):
            continue
        code = _code_date(stripped)
        if code:
            return Reference(code, "dateline")
        if len(stripped) > _LINE_MAX or _SENTENCE_PUNCT.search(stripped) or is_event_time(stripped):
            continue  # a sentence of the story (一篇報道發表於December 3, 2023。) is no dateline
        days = _days(stripped, today, minguo)
        if not days:
            stamp = _minguo_stamp(stripped)  # 發布日期：114-03-26 over an office page's footer
            if stamp is None and _POSTED_BY.match(stripped):
                stamp = _month_day_year(stripped, today)  # 張貼者： 某某 於 2/10/2025 10:32 下午
            if stamp and _UPDATED.search(stripped):
                updated = updated or stamp
            elif stamp:
                return Reference(stamp, "dateline", stripped)
            continue
        if fact := _FACT_DATE.search(stripped[: days[0].start]):
            # (• 演出日期：… alone on its line may go on under it; not a profile's row of fields,
            # 級別: 老司機 … 註冊: 2016-05-03, over the post's own stamp)
            under_field = fact.start() <= 2
            continue  # 活動時間：…, 截止日期：… at the foot: the story's fact, not the page's date
        # (the label before the stamp or just after it, 2025-12-15 07:30 发布: not a chronology's
        # entry that speaks of a publishing, 114/4/15　縣選委會發布補選公告)
        if _CITED_ON.search(stripped):
            continue  # 2.　某某名单公布．中国政府网．2019-01-21［引用日期2024-05-18］: a reference's, not the page's
        label = (
            _LABEL.search(stripped, 0, days[0].start)
            or (_LABEL.search(stripped, days[0].end) if len(stripped) - days[0].end <= _LABEL_AFTER else None)
            # (最近更新：某某（2024-05-20）: a wiki's last edit, its editor named before its day)
            or _UPDATE_FIELD.match(stripped, 0, days[0].start)
        )
        rest = stripped[: days[0].start] + stripped[days[0].end :]
        if not label and not _BARE_REST.match(rest):
            continue  # a related link's time stamp, not this page's date
        if not label and (stamps or updated):
            # a comment's bare stamp at the foot, under a post stamped with its label (发表于 …,
            # Last Updated on …)
            continue
        if not label and labelled_region and _IP_REGION.search(stripped):
            # 2023-02-06 · IP 属地海南 under a Zhihu answer stamped 编辑于 2023-02-03 21:07・IP 属地海南:
            # a comment's, the answer's own is labelled
            continue
        up = _UPDATED.search(stripped)
        if (up and up.start() < days[0].start) or edit_only(stripped):
            updated = updated or days[0].first  # (编辑于 … beside 发布于 …: the edit's)
        else:
            return Reference(days[0].first, "dateline", stripped)
    # Between them: a post's labelled stamp (with its time, or only its place), or the
    # first floor's stamp of a thread; a later floor's or a comment's stamp is not read.
    previous = ""
    before = ""
    for stripped in non_blank[head_end : min(tail_start, head_end + _MIDDLE)]:
        if not _TAGGED_ACCOUNTS.match(previous):
            before = previous  # (a row of tagged accounts between the tags and the day is passed over)
        tags, previous = before, stripped
        if is_hashtag_row(tags) and _DIGIT.match(stripped):
            # #林錦 #插畫展 / 2024年7月16日: a caption's tags, then the post's own date (Instagram),
            # perhaps the accounts it tags between (#冬至 #聖誕2023 / @sweet.hk.daily @kt_foodmap / 2023年12月20日)
            day = _date_alone(stripped, today, minguo)
            if day is not None:
                return Reference(day, "dateline", stripped)
        if len(stripped) > _LINE_MAX or _SENTENCE_PUNCT.search(stripped):
            continue
        if _COUNTED_STAMP.match(stripped) and (days := _days(stripped, today, minguo)):
            return Reference(days[0].first, "dateline", stripped)  # 2020-05-17 21:48:05 | 人氣(186) | 回應(2)
        if (signed := _NAME_DOT_STAMP.match(stripped)) is not None and (days := _days(signed.group(1), today, minguo)):
            # 江南一布衣 · 2021-03-05 21:40:12 under the thread's first post: its writer and its stamp
            return Reference(days[0].first, "dateline", stripped)
        published = _PUBLISHED.match(stripped) or _POSTED_BY.match(stripped)
        floor = None if published else _FIRST_FLOOR.search(stripped)
        if not published and not floor:
            continue
        days = _days(stripped, today, minguo)
        if not days:
            if published and (mdy := _month_day_year(stripped, today)) is not None:
                # 張貼者： 阿思 於 2/10/2025 10:32 下午: Blogger's signature, its month first
                return Reference(mdy, "dateline", stripped)
            continue
        if published and (
            _TIME.search(stripped)
            or _PLACE_REST.match(stripped[days[0].end :])
            or _ENGLISH_POSTED.match(stripped) is not None  # (Posted on March 5, 2024 with 214 notes)
        ):
            if edit_only(stripped):
                updated = updated or days[0].first  # 编辑于 …, over 发布于 …: the later edit
                continue
            return Reference(days[0].first, "dateline", stripped)
        if floor and _TIME.search(stripped):
            return Reference(days[0].first, "dateline", stripped)
    # Anywhere on the page, the first stamp of a shape only a post's or a document's own day has:
    # Telegram's, the day first and dotted (25.01.2025 18:42), and a Taiwan document's signature,
    # its characters set apart (中　華　民　國　113　年　10　月　16　日, under a ruling or a notice).
    for stripped in non_blank:
        day = _own_stamp_day(stripped, day_first)
        if day is not None and day <= today:
            return Reference(day, "dateline", stripped)
    if updated:
        return Reference(updated, "updated")
    # A plan's year (2060年達成碳中和) is no page's date: only what has begun by today counts,
    # and the page is never dated after today.
    explicit = [f for f in body_dates if f.explicit and f.first <= today]
    base, source = (min(max(f.last for f in explicit), today), "latest-year") if explicit else (today, "today")
    if pasted is not None and pasted <= today and (not explicit or base < pasted):
        base, source = pasted, "latest-year"
    year = _copyright_year(non_blank, today)
    if year is not None and (base.year <= year - _COPYRIGHT_GAP if explicit else year < today.year):
        # © 2025 at the foot of a story that names 民國七十二年 and nothing later: the page is
        # of its site's year, not of the old story it tells (a story of 2024 saved under
        # © 2025 keeps its own year: the footer says when the page was saved)
        base, source = min(date(year, 12, 31), today), "latest-year"
    if agency and explicit and base.year <= today.year - _PAST_ONLY:
        # a post stamped 3月28日 whose story names only 民國78年 and nothing since: a site
        # leaves the year off its stamps for this year's posts, and the old years are the
        # story's past; the stamp is this year's (a guess, as today is)
        base, source = today, "today"
    if agency:
        day = _day_on_or_before(base, *agency)
        # (only after a day the story names: a month named, 2024年3月, holds the page's day)
        one_day = explicit and max(explicit, key=lambda f: f.last).first == base
        after = _day_after(base, *agency, today) if source == "latest-year" and one_day else None
        if after is not None and (day is None or (after - base) < (base - day)):
            day = after  # 2026年2月27日 in a post stamped 3-1: two days on, not a year back
        if day:
            return Reference(day, "day-only")  # the page's day, in a month and year inferred
    return Reference(base, source)
