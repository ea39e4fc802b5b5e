"""Which line of a saved web page is the article's headline, if any.

The headline stands above where the story starts (the first line that reads as
prose), among the page's head: menus, breadcrumbs, bylines, datelines, share
tools.  Each line there that could be a headline (short, no full stop, at least
a few hanzi, none of the page's own furniture: not a site name, a byline such
as ``社會中心／某某報導``, a breadcrumb, an ad marker, a browser banner, a
``快訊`` label, a menu, a section heading, a poster's name over a post) is
scored by how much of it the story repeats (a headline sums up its story; a
menu or a site name does not), by its length, by whether a dateline or byline
follows it, and by its distance from the story; the best one wins.  A headline
that shares its line with a dateline or byline (``標題文字2025/06/01 09:30
生活／綜合報導``) or follows a label (``標題 [問卦] …``) is cut out of the line,
and the line stays page chrome.  No candidate: no title (``None``); the title is
never invented.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from tui.model import rule_cache
from tui.model.bloggers import SURNAMES
from tui.model.boilerplate import (
    Split,
    category_labels,
    chat_senders,
    mention_names,
    outlet_lines,
    repeated_names,
)
from tui.model.fold import fold
from tui.model.letter_spacing import closed_up, letter_spaced, spaced_hanzi
from tui.model.line_shapes import (
    _SENTENCE_PUNCT,
    ACCOUNT_ID,
    ANSWER_VOTES,
    ANSWER_VOTES_MAX,
    CHAT_LINE,
    CHAT_SENDER,
    CHAT_SYSTEM_LINE,
    FOLLOW_BUTTON,
    HANDLE_ALONE,
    ITEM_BULLETS,
    LEVEL_ROW,
    LINE_CHAT_ROW,
    LOWER_ACCOUNT,
    LUNAR_DAY_ALONE,
    NAME_IN_CAPITALS,
    PLATFORM_NAME,
    POSTER_LEVEL,
    PROFILE_LABELS_EN,
    PROVINCES,
    QUESTION_TOOLS,
    QUOTE_INTRO,
    STATUS_LABEL,
    Kind,
    button_tokens,
    classify,
    is_badge,
    is_comment_foot,
    is_comment_stamp,
    is_company_name,
    is_count_row,
    is_credit_line,
    is_date_alone,
    is_event_time,
    is_field_line,
    is_floor_foot,
    is_floor_number,
    is_floor_row,
    is_furniture_word,
    is_home_menu,
    is_imageboard_head,
    is_join_button,
    is_meta_line,
    is_price_widget,
    is_search_box,
    is_section_heading,
    is_site_name,
    is_site_over_menu,
    is_tool_row,
    spec_card_rows,
)
from tui.model.scripts import either_script

TITLE_MIN, TITLE_MAX = 4, 64
#: How many non-blank lines above the story's first line the headline may stand.
REACH = 24
#: Characters of the story that a headline's words are looked for in.
STORY_SAMPLE = 4000
_NOT_AT_END = "。，,；;：:、"
# A dateline or byline that shares the headline's line: the headline ends where it begins.
# A date glued to the words before it, then a comma and the headline's words going on.
_DATE_IN_CLAUSE = rule_cache.compile(
    r"(?<=[\u4e00-\u9fff》」”])\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[，,][^，,\s]*[\u4e00-\u9fff]{4}"
)
_TRAILER = rule_cache.compile(
    # a date that ends there, or meets a time, a weekday or a dateline's word (a headline's own
    # date runs on into its words: 航港局：2025.5.20中午开放订购)
    r"\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)"
    r"(?=\s*(?:日\s*)?(?:$|[\s(（|｜\-–—·,，]|\d{1,2}:\d{2}|星期|周|礼拜|发布|更新|来源|来自|编辑|"
    r"作者|记者|讯|电|(?:[上下]午|[早晚]上|凌晨|中午|傍晚)\s*\d))|"
    r"\s[^\s，。,]{0,10}[／/][^\s，。,]{0,10}(?:报导|报道)|"
    # a Minguo date set apart at the end (114年春節連假門診異動公告　114-01-20), as Taiwan's
    # hospitals and offices stamp a notice's line
    r"\s+1[0-4]\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?=\s*$)|"
    # an outlet, a bar, then the writer and the byline's word, at the end or before the date
    # (标题 某某新闻 | 某某 综合报导 2025.10.14 | 16:20)
    r"\s[^\s，。,|｜]{1,16}\s*[|｜]\s*[^\s，。,|｜]{2,8}\s+[^\s，。,]{0,4}(?:报导|报道)"
    # (… 综合报导 发布 2022.06.10 | 16:20: the stamp under its word)
    r"(?=\s*$|\s+(?:(?:发布|更新|发表|出版)(?:时间|于)?\s*[:：]?\s*)?\d)|"
    # (标题 更新：2025-02-09 11:42, 标题 出版：…: the page's stamps under their labels)
    # (标题　发布日期：2024年11月5日　浏览：866)
    r"\s(?:记者|作者|文|撰文|来源|发布时间|更新时间|发布日期|更新日期|出版日期|最后更新|更新|发布|出版)\s*[:：／/]|"
    # (标题 / 文.某某 ( 专栏名 ): a column's writer after a slash)
    r"\s*[／/|｜]\s*(?:文|撰文|作者|记者)\s*[.．・·:：／/]\s*\S|"
    # an outlet's reporter by name after one space or a bar (标题 新京报记者 王某某 编辑 李某,
    # 标题｜明报记者 陈某某)
    r"(?:\s|\s*[|｜]\s*)[^\s，。,|｜]{0,8}(?:记者|通讯员)(?!会)\s*[\u4e00-\u9fff]{2,4}(?=\s|$)|"
    # after an ideographic space or a wide gap, a byline or an agency (标题　新华社记者 某某)
    # (a press conference, 记者会, is the headline's; an agency ends the line or meets a date)
    r"(?:\u3000|\s{2,})[^\s，。,]{0,8}(?:记者(?!会)|通讯员|撰稿|[^\s，。,]社(?:$|\s+\d))|"
    # the reporter's name in brackets at the end (标题(何颖琳报道), 标题（记者 某某）)
    r"\s*[(（](?:记者\s*)?[\u4e00-\u9fff]{2,4}(?:报道|报导|撰文)?[)）](?=\s*$)(?<=报道[)）]|报导[)）]|撰文[)）])"
    r"|\s*[(（]记者\s*[\u4e00-\u9fff]{2,4}[)）](?=\s*$))"
)
# The writer's name between the headline and its date on one line (標題 李宛蓁 2025-03-18 06:50):
# a surname and one or two hanzi, set apart by a space.
_WRITER_BEFORE_DATE = rule_cache.compile(rf"\s+(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}})$")
# The outlet, or its reporter, between the headline and its date (標題 甬城晚报 2026-11-16,
# 標題 澎湃新闻记者 陈晨 2025-08-12): a paper's or a site's name, or a word ending in 记者.
_OUTLET_BEFORE_DATE = rule_cache.compile(
    r"\s+[^\s，。,：:？?！!]{0,8}(?:日报|晚报|早报|时报|商报|新闻|新闻网|记者|通讯员|电视台|客户端)$"
)
# An account's name before a post's stamp (標題 北国观察君 2023-12-18 10:12 黑龙江), and the stamp's
# time and province at the line's end.
_WORD_BEFORE_DATE = rule_cache.compile(r"\s+[^\s，。,：:？?！!]{2,10}$")
_STAMP_FROM_REGION = rule_cache.compile(
    rf"\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(?:IP\s*属地\s*[:：]?\s*)?(?:{PROVINCES})[\u4e00-\u9fff]{{0,3}}\s*$",
    prepare=either_script,
)
#: The shortest headline left when a writer's name is cut from its end.
_WRITER_CUT_MIN = 8
_PLATFORM_NAME = PLATFORM_NAME
# A board's name after a thread's headline (標題_Weblogic/中间件讨论区), longer than a site's.
_BOARD_SUFFIX = rule_cache.compile(
    r"[ \t]*[｜|_][ \t]*[^｜|_\s]{1,24}(?:讨论区|討論區|论坛|論壇|专区|專區|版块|版塊)[ \t]*$"
)
# A site name after the headline, as in a page's <title>: 標題｜Yahoo, 標題 - 某某網, 標題_某某.
_SITE_SUFFIX = rule_cache.compile(r"\s*(?:[｜|_]|\s[-–—]\s)\s*([^｜|_\s]{1,12})\s*$")
# A page's field after the headline (標題｜主辦單位：某某): the page's detail, not the headline
# (a speaker and a quote, 標題 | 創始人：先做好清潔, stay).
# A button set apart after the headline (某某：关于召开…的通知 下载公告, 标题　打印本页).
# A site's name set after the headline by a space: hanzi, then its domain's word in lower case.
_BRAND_SUFFIX = rule_cache.compile(r"(?<![ \u3000])[ \u3000]+[\u4e00-\u9fff]{2,5}([a-z]{4,12})$")  # (a run read from its start)
# … a domain's word in pinyin (zaobao, sina), or any before the stamp that follows the headline
# (新頭殼newtalk | 2024.10.15): not an English word of the talk closing a thread's title (许愿offer)
_PINYIN = rule_cache.compile(r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?)+$")
_BUTTON_SUFFIX = rule_cache.compile(
    # (標題: … [打印本頁]: Discuz's print link in brackets after the headline)
    r"[ \u3000]+(?:(?:下载|打印|列印|分享|收藏|订阅|复制)\S{0,4}|PDF|PDF下载|[\[【](?:打印|列印|复制链接|复制链结|复制网址)\S{0,4}[\]】])$", re.IGNORECASE
)
_FIELD_SUFFIX = rule_cache.compile(
    r"(?:主办|承办|协办|指导|出品|发行|售票|地点|场地|时间|日期|票价|来源|作者|记者|编辑)(?:单位|方|人)?\s*[:：]"
)
_LABEL = rule_cache.compile(
    (
        # (标  题: as a BBS's header pads the label to the width of 发信人; 主旨　…: a filing's
        # subject in its form, set off by a full-width space)
        r"^(?:标\s{0,3}题|主\s{0,3}题|题目|title|subject|主旨(?=\u3000))\s*[:：]?\s+|^(?:标\s{0,3}题|主\s{0,3}题|主\s{0,3}旨)\s*[:：]\s*|"
        # (同主题阅读：…: a BBS's thread view over the thread's headline)
        r"^同主题阅读\s*[:：]\s*|"
        # (查看完整版本: 出一台富士X100V…: a Discuz Archiver page's link to the thread, its subject after it)
        r"^查看完整版本\s*[:：]\s*|"
        # (* 贴子主题：《北风里的渡口》连载三: a Dvbbs thread's subject under its label)
        r"^[*＊]?\s*(?:贴子|帖子)主题\s*[:：]\s*|"
        # (法規名稱：離島觀光休閒發展條例: a law's name under its label)
        r"^(?:法规|法律|条例)名称\s*[:：]\s*|"
        # (預設 單車環島…: vBulletin's word for a post's default icon, before its title)
        r"^预设[ \t\u3000]+(?=\S)|"
        # (標題[問卦] …: PTT's header copied from its web page, the label run into the tag)
        r"^标题(?=[\[【])|"
        # (轉載：某某公布…: a re-post's label over the headline it carries)
        r"^(?:转载|转贴|转帖)\s*[:：]\s*|"
        # the source over the headline: a news agency (【中央社】, (新华社电)) or a byline
        # (〔记者某某／台北报导〕); a topic label (【求助】, 【乐评】) is the headline's own
        r"^[【〔\[(（](?:[^】〕\])）\s]{1,6}社(?:讯|电)?|记者[^】〕\])）]{1,16}(?:报导|报道|电))"
        r"[】〕\])）]\s*"
    ),
    re.I,
)
# The page's own label for its headline (PTT's 標題, a form's 主題：): what follows is the headline.
_TITLE_LABELS_ALONE = frozenset(
    {"标题", "标题:", "标题：", "主题", "主题:", "主题：", "title", "Title", "title:", "Title:", "subject", "Subject", "Subject:"}
)
_TITLE_LABEL = rule_cache.compile(
    r"^(?:标\s{0,3}题|主\s{0,3}题|题目|title|subject|主旨(?=\u3000))\s*[:：]?\s+|^(?:标\s{0,3}题|主\s{0,3}题|主\s{0,3}旨)\s*[:：]\s*"
    # (* 贴子主题：《北风里的渡口》连载三: a Dvbbs thread's subject under its label)
    r"|^[*＊]?\s*(?:贴子|帖子)主题\s*[:：]\s*"
    # (法規名稱：離島觀光休閒發展條例: a law's name on its page in the statute database)
    r"|^(?:法规|法律|条例)名称\s*[:：]\s*", re.I
)
#: Lines that are never a headline: a BBS post's header fields (发信人:, 发信站:), a document's
#: number under its label (通告編號：TWG/MO/2025/007).  (A chat export's header, …的聊天记录, is
#: its title: three annotators of five take it so.)
_NEVER_TITLE = rule_cache.compile(
    r"^(?:发信人|发信站|寄信人|转信站)\s*[:：]|^\S{0,6}(?:编号|文号|案号|字号|档号)\s*[:：]"
    # (吧主：某某、某某: a board's keepers under its name)
    r"|^(?:吧主|小吧主|版主|大版主|管理员|站长|群主)\s*[:：]"
    # (距離大日子仲有 85 日: a countdown to the day alone, a page's widget; not 离江城马拉松还有5天，
    # 第一次跑全马…, a headline that counts down)
    r"|^(?:距离|距|离)\S{0,10}(?:还有|仲有|尚有|只剩|剩下?)\s*\d{1,4}\s*[日天]$"
    # (回應模式, 返信模式: an imageboard's mode label over its reply form)
    r"|^(?:回应|返信|回复|阅览|浏览)模式$"
    # (返回原帖: the way back from a reply's page to its thread, a button)
    r"|^返回(?:原帖|帖子|主题|列表|首页|顶部|上一?页|原文)$"
    # (回上一頁　重新查詢　列印: a query page's buttons in a row)
    r"|^(?:回|返回)上一?页(?:[ \t\u3000]|$)"
    # (發出日期：10/1/2025: a notice's date under its label)
    r"|^[\u4e00-\u9fff]{0,6}日期\s*[:：]\s*\S"
    # (定金支付时间：10月24日 20:00:00 - …: a sale's time under its label)
    r"|^[\u4e00-\u9fff]{1,8}时间\s*[:：]\s*\d"
    # (a Q&A site's menu item: 等你来答, "questions waiting for your answer"; a social app's
    # menu items: 個人檔案, 動態, 探索)
    r"|^等你来答$|^(?:个人档案|个人主页|动态|探索|通知|消息|首页|搜索|登入|登录|注册|建立|追踪|关注)$"
    # (本帖最後由 某某 於 2024-5-16 10:05 編輯: a forum's note that the post was edited)
    r"|^本帖最后由\s|最后编辑于|(?:^|\s)编辑于\s*\d"
    # (快訊 ｜ 北市公車明起調整路線: a ticker's breaking item over the headline, another story's)
    r"|^(?:快讯|突发|即时|最新|滚动|热门)[ \t\u3000]*[|｜:：][ \t\u3000]*\S"
    # (主播：王曉晴: who reads a bulletin or writes a piece, under its label)
    r"|^(?:主播|播报|记者|作者|编辑|撰文|摄影|口述|整理|配音|主讲人?|讲者|译者)\s*[:：]"
    # (生活閒談 版規 * 請大家注意*: a board's rules, pinned over its threads)
    r"|版规|发帖规则|^站规"
    # (贊助我們, 檢視單一文章: a site's button, to give or to view one post alone)
    r"|^(?:赞助我们|支持我们|捐款支持|成为会员|检视单一文章|查看单一文章|检视完整版本)$"
    # (Name: kit / Interests: 食 瞓 聽歌: an old blog host's profile fields beside the posts)
    rf"|^(?:{PROFILE_LABELS_EN})\s*:"
    # (卡內餘額：$173.6　自動增值：已啟用, 出發站：1000-臺北　→　抵達站：6000-臺東: a record's fields, two
    # labels on one row, the first a record's word with a figure; not a headline of two quotes,
    # 藍委：…　卓榮泰：…, 侯友宜：3月前定案　柯文哲：不急)
    r"|^[^\s：:，,。]{1,7}(?:余额|额|站|日期|时间|期|号码|编号|次数|量|费用|费|价格|单价)[：:][ \t]*(?=[^\s：:，,。]*\d)[^\s：:，,。]{1,20}[ \t\u3000]+(?:[→>|｜][ \t\u3000]*)?[^\s：:，,。]{2,8}[：:][ \t]*\S",
    prepare=either_script,
)
# A writer's badge under the name (认证车主): neither it nor the name over it is a headline.
_BADGE = rule_cache.compile(r"^已?认证(?:车主|用户|会员|作者|博主|达人)$")
# Talk: a face typed with the keys (今日(13號)終於考完 mock!!!!! 好似成個人輕咗十磅咁 =]): a
# diary's or a chat's line, never a headline, and where a post with no headline starts (marks
# run on alone are a forum's headline too: 救命！！！家裡的貓三天不吃飯).
_TALK_MARKS = rule_cache.compile(
    r"(?:^|\s)(?:=\]|=\)|>\.<|>_<|T_T)(?:\s|$)"
)
_SITE = rule_cache.compile(
    (
        # 报 names a paper (某某日報), not a forecast, a notice or a poster (天氣預報, 通報, 海報)
        r"(?:网|(?<![预通简公情汇警举播申上海电喜捷])报|头条|新闻|快讯|电子报|日报|时报|晚报|周刊|杂志|APP|TV|频道|官网|首页|新闻网|在线|资讯|论坛|社区|"
        r"博客|百科|平台|集团|传媒|媒体|融媒|(?<!级)融媒体中心|讨论区|看板|云|吧|网站|电台|电视台|个人空间|个人主页)$|\.(?:com|net|org|tw|cn|hk)\b"
        # a portal's channel by its name (新浪财经, 腾讯科技, 网易体育)
        r"|^(?:新浪|腾讯|网易|搜狐|凤凰网?|百度|和讯|东方|雅虎|Yahoo|Yahoo!?奇摩)\s?(?:财经|科技|体育|娱乐|汽车|新闻|时尚|教育|健康|房产|军事|游戏|股票|知识\+)$"
    ),
    re.IGNORECASE,
)
# A profile page's label (某某的个人空间, 某某的个人主页): the name before it is a user's.
# (小鹿要吃饱的日记, 某某的博客: a user's section, over the post it holds)
_PROFILE = rule_cache.compile(r"^([^\s，,。！？!?：:]{2,16}?)的(?:个人空间|个人主页|日记|博客|部落格|相册|广播)$")
_BANNER = rule_cache.compile((r"浏览器|版本过旧|请升级|请更新|JavaScript|cookie"), re.IGNORECASE)
_VERIFIED = rule_cache.compile(r"^(?:[VvＶ]|[蓝黄金红橙]V|✓|✔|☑|已认证)$")  # a Weibo account's verified mark
#: A post's stamp with its place or its writer's badge after a dot (2025-08-03 19:45 · 重庆 · …):
#: the line over it is the writer's name.
_STAMP_DOT = rule_cache.compile(r"^(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}\s*[·•]")
# A thread's headline with its board's tag first ([讨论] 3.4前瞻看完了，…？, 【情報】…).
# (【崇拜程序】, 【經文】: a section's head in 【】, unless its word is a board's tag)
_TAGGED_HEADLINE = rule_cache.compile(
    r"^(?:\[[\u4e00-\u9fff]{2,4}\]|【(?:情报|讨论|求助|问题|闲聊|心得|新闻|分享|攻略|问卦|爆卦|请益|避雷|吐槽|提问|转载|原创)】)"
    r"[ \t\u3000]*\S"
)
# A thread's board and stamp over its headline (工作 · 2024年5月20日 22:14, 心情 · 3月2日).
_BOARD_STAMP = rule_cache.compile(
    r"^[\u4e00-\u9fffA-Za-z]{1,10}[ \t\u3000]*[·•][ \t\u3000]*(?:\d{4}[ \t]*年[ \t]*)?\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    r"(?:[ \t\u3000]+\d{1,2}:\d{2})?$"
)
_CAPTION = rule_cache.compile(r"^[▲▼△►・·•]")
# A post's meta line: a relative time, "来自 iPhone", "shared with the public".
# A post's own stamp row, its clock and its poster's or its edit's words (楼主：某某 时间：2019-09-28
# 10:12:33, 发布于 10-29 21:48 · 湖北, 本帖最后由 某某 于 2024-10-12 09:30 编辑): the line under it
# is the post's first, a headline only where none stands over the stamp (雪球's column).
_POSTED_ROW = rule_cache.compile(r"^(?=.*\d{1,2}:\d{2})(?:发布于|发表于|编辑于|楼主|本帖最后由|作者[:：].{1,20}时间[:：])")
_POST_META = rule_cache.compile(
    # (20年前的今天, 3天前，…: a headline's or a sentence's time, no post's age)
    # (not a day of a month, 本月24日前須完成報名)
    r"(?<![0-9月])\d+\s*(?:秒|分钟|小时|天|日|周|星期|个月|年)\s*前(?![的，,])|^\d+\s*(?:秒|分钟|小时|天|日|周)\s*[·•]?\s*(?:[\U0001F30D-\U0001F30F\U0001F465\U0001F512]\ufe0f?)?$|"
    # (刚刚 alone or before its verb, not 刚刚好, "just right")
    r"(?<![\u4e00-\u9fff])刚刚(?:发布|更新|发表)?(?![\u4e00-\u9fff])|"
    r"来自\s|已分享给|公开对象|^\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|^#\d+\s|"
    # a fan page's stamp, the time in words (2月3日下午3:15 ·)
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:上午|下午|晚上|凌晨|中午|早上)\s*\d{1,2}:\d{2}|"
    # a post's stamp with its audience or region after a dot (3月12日 20:14 · 🌏, · 山东)
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}\s*[·•]"
)
_HANZI = rule_cache.compile(r"[\u3400-\u9fff]")
# The source a post's stamp names at its end (… 来自 某某超话).
_SOURCE = rule_cache.compile(r"来自\s*(\S{2,24})$")
# A user name first, then text: a post's caption, never its headline.
# (not a BBS header's board, 看板 forsale, over its headline)
# (not a site's name and its domain, 香港討論區 discuss.com.hk)
_USER_FIRST = rule_cache.compile(
    # (a user id has a letter: 5.0 / 5 泡泡評分 is a rating)
    r"^(?=[0-9._]*[a-z])[a-z0-9]+(?:[._][a-z0-9]+)+_?\s"
    r"|^(?!看板 |作者 |时间 )[^\s，。]{1,12} (?![a-z0-9_.]*\.(?:com|net|org|hk|tw|cn|cc|tv|info)$)[a-z][a-z0-9_.]{2,20}$"
)
#: A WeChat byline without its date (原创 德育处 南湖实验小学): the original mark, writer, account.
_ORIGINAL_BYLINE = rule_cache.compile(r"^原创\s+\S+(?:\s+\S+)?$")
#: A byline with the page's date and time in it (原创 小禾 禾下书房 2024年09月14日 08:30 浙江).
_DATED_BYLINE = rule_cache.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}")
# A page's date and time on its own line: what follows an author's name under a headline.
_DMY_ALONE = rule_cache.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")  # (19/12/2023: a post's day, year last)
# A user's id in Latin letters, figures, dots and underscores (xiaolin_0815, sheep.in.tst).
_USER_ID = rule_cache.compile(r"^(?=.*[a-z])(?=.*[0-9._]|[a-z0-9._]+$)[A-Za-z0-9._]{3,30}$")  # (not TechNews, Reuters)
# (its weekday may stand in brackets before the time: 2025年01月26日(日) 14:32)
_DATE_TIME = rule_cache.compile(
    r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*[(（][一二三四五六日天][)）])?\s+\d{1,2}:\d{2}"
)
#: Words that need the date after them (在, 于, 自): a line cut before its date there is no headline.
_HANGING_WORDS = frozenset("在于自从由至到")
_WEEKDAY_HOURS = rule_cache.compile(
    r"^(?:星期|周|礼拜)[一二三四五六日天](?:\s*[至到\-–~～、]\s*(?:星期|周|礼拜)?[一二三四五六日天])?\s*[0-2]?\d[:：][0-5]\d"
    r"|^(?:营业|开放|办公|服务|门诊|探病)时间$"  # (營業時間 over its rows: their label)
)
_POSTED_AT_END = rule_cache.compile(r"(?:发表于|发布于|发表在|posted)\s*$", re.IGNORECASE)
#: Lines under a Q&A page's question where its tools stand (question / its topics / its detail / 关注问题 写回答)
_QUESTION_TOOLS_REACH = 8  # (a question over a few lines of its detail, its stamp, then its counts)
_MENU_ITEM_MAX = 6  # the longest menu item, one to a line, that a headline is never
_POSTER_LABELS = frozenset({"楼主", "樓主", "作者", "发帖人", "發帖人"})
# (a nickname's: not 每个人都需要独处的空间, 城市应该给老人多留些活动的空间, headlines)
_SPACE_NAME = rule_cache.compile(
    r"^(?![^的]*(?:都|需要|应该|给|要|是|有|在|和|让|为|多|少|些|把|被))[^\s，。,的]{1,10}的(?:空间|博客|部落格|主页|小站|个人主页)$"
)
_SUBJECT_BELOW = 4  # rows under a headline where the notice's subject field may repeat it
_VERTICAL_MENU_MIN = 3  # a menu one item to a line, from its home link: at least this many items
_HOME_ALONE = rule_cache.compile(r"^(?:首页|主页|Home|HOME)$")


def _vertical_menu_end(stripped: dict[int, str], nonblank: list[int], k: int, start: int) -> int | None:
    """Where a site's menu one item to a line, from its home link at ``k`` (首页 / 归档 / 提问),
    ends (an index into ``nonblank``), or None where no such menu starts there: the page's first
    lines over it are the site's name or motto where a headline stands under it."""
    if k >= start or _HOME_ALONE.match(fold(stripped[nonblank[k]])) is None:
        return None
    end = k
    while end < start and 0 < len(stripped[nonblank[end]]) <= _MENU_ITEM_MAX and not re.search(r"\s", stripped[nonblank[end]]):
        end += 1
    return end if end - k >= _VERTICAL_MENU_MIN else None


_STAMP_UNDER_HEADLINE = 3  # lines from a headline to the post under its stamp (headline / board / stamp / post)
_DOTTED_LABEL = rule_cache.compile(r"^[^\s・·•]{1,6}[ \t]*[・·•][ \t]*[^\s・·•，。！？]{1,14}$")
# … and with its time (2025年1月21日 22:15): a post's stamp
# (2024-10-06 23:18 · 江西: with the province the post was sent from, as Hupu and Weibo show it)
_STAMP_ALONE = rule_cache.compile(
    r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*[·•]\s*(?:IP\s*属地\s*[:：]?\s*)?[\u4e00-\u9fff]{2,4})?$"
)
# A paper's reporters' line under a story's headlines (本报记者 某某 通讯员 某某, 本报讯（记者 某某）):
# the two headline-shaped lines over it are a headline and its deck (the line that explains it).
# (a paper spaces a two-character name out to a three's width: 本报记者 孙 蕾)
_REPORTERS = rule_cache.compile(
    # (齐鲁晚报·齐鲁壹点记者 孙梦瑶: the paper and its app named before its reporter)
    r"^(?:本报讯\s*[（(]|[^\s，。,·・]{2,8}[·・][^\s，。,·・]{2,8}(?=记者))?(?:(?:本报|见习|特约|实习)?记者|通讯员|实习生)\s*[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}"
    r"(?:[\s、，,]+(?:(?:本报|见习|特约|实习)?记者|通讯员|实习生)?\s*[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})*"
    r"\s*(?:[）)／/].*)?$"
)
# A story's first paragraph opening with its byline in brackets (【記者陳怡安／鳳林報導】鳳林鎮…,
# 〔記者某某／台北報導〕, （中央社記者某某台北3日電）): the line over it is its headline.
_BYLINE_OPENING = rule_cache.compile(
    r"^[【〔\[(（](?:[^】〕\]）)]{0,8})?记者[^】〕\]）)]{1,24}(?:报导|报道|电|讯)[】〕\]）)]\S"
)
# A follow button in any of its states (+ 关注, 已关注, 互相关注, 取消关注): the line over it is the
# writer's name or bio.
# A topic (#台风登陆#) and the counts a topic page shows under it (阅读 3.2亿 讨论 18.6万).
_TAG_ROW = rule_cache.compile(r"^#[^#\s]{1,20}#?(?:\s+#[^#\s]{1,20}#?)+$")  # (#武汉樱花季 #东湖樱园)
_TOPIC = rule_cache.compile(r"^#[^#\s]{2,30}#$")
_TOPIC_COUNTS = rule_cache.compile(r"^阅读(?:量|数)?\s*[\d.]+[万亿]?\s+讨论(?:量|数)?\s*[\d.]+[万亿]?")
# A user's level (Lv.3 美食家): a badge under the poster's name, not a poster over a post.
# The label of a place's or an event's detail (地址：, 场馆：, 营业时间：, 票价：).
# A listing's price row (售價：HK$628萬（已減30萬）, 总价 458万　单价 48,212元/平米), its label set
# apart by a colon or a space (not 月租5000元雅房長這樣…, a headline that opens on a price).
_PRICE_OPENING = r"^(?:总价|售价|单价|叫价|开价|租金|月租|首付)(?:[ \t]*[:：][ \t]*|[ \t]+)(?:HK\$|\$|¥|￥)?\d"
_PRICE_ROW = rule_cache.compile(_PRICE_OPENING)
_DETAIL_FIELD = rule_cache.compile(
    r"^(?:地址|地点|场馆|场地|(?:联系)?电话|(?:营业|开放|演出|活动|展览)?时间|(?:演出|活动|展览)?地点|日期|票价|"
    r"价格|人均|邮编|网址|主办|承办|协办|主办单位|承办单位)\s*[:：]"
    # (a listing's price, under its headline: see _PRICE_ROW)
    rf"|{_PRICE_OPENING}"
    # (主日崇拜：每主日上午9:30, 祈禱會：逢星期三晚上7:45: a meeting's recurring weekday and hour
    # under its name; not 健身心得：每天跑步30分钟就够了, a headline)
    r"|^[^：:\s]{2,10}[：:]\s*(?:每|逢)(?:主日|星期[一二三四五六日天]|礼拜[一二三四五六日天]?|周[一二三四五六日天])[^，。]{0,8}?\d{1,2}[:：]\d{2}"
)
# A rating: stars and a score, or a count of reviews (★★★★☆ 4.6, 2836条评价).
# A reviewer's score alone on its line (5.0 / 5 泡泡評分, ★★★★☆, 評分：4.5/5), folded.
# (not 1 / 5: a gallery's counter of pictures)
_SCORE_GIVEN = rule_cache.compile(
    r"^(?:[★☆]{3,5}|(?:评分|评价|打分)\s*[:：]?\s*\d(?:\.\d)?\s*/\s*(?:5|10)|\d\.\d\s*/\s*(?:5|10))(?:\s*\S{0,6})?$"
)
_RATING = rule_cache.compile(r"^[★☆]{3,5}\s*\d(?:\.\d)?(?:\s|$)|\d\s*条(?:评价|点评|评论)(?:\s|$)")
#: The longest line over a poster's level or role read as the poster's name.
_POSTER_MAX = 8
# A person's facts in a row, their sex and age apart by spaces (陈思远　男　29岁　本科).
_PERSON_ROW = rule_cache.compile(r"(?:^|[\s\u3000])[男女](?:[\s\u3000]+|[\s\u3000]*[|｜/][\s\u3000]*)\d{1,2}岁(?:[\s\u3000|｜/]|$)")
# A conversation's count of messages under its subject (4 則訊息, 12 封邮件, 3 messages), read folded.
_MESSAGE_COUNT = rule_cache.compile(r"^\d{1,4}[ \t]*(?:则讯息|则消息|封邮件|messages?)$", re.IGNORECASE)
# A line this long with two clauses after it is a sentence (a headline in clauses is shorter:
# 小区电梯停运近一个月，20楼老人下不了楼，物业：配件还在路上).
_CLAUSES_LONG = 40
_COMMA = rule_cache.compile(r"[，,]")
# A poster's role in the thread, alone on its line (楼主, 版主, 吧主, LZ).
_ROLE = rule_cache.compile(r"^(?:楼主|层主|版主|吧主|小吧主|管理员|作者|lz|op)$", re.I)
# A byline's word or a stamp in what a headline's line has after its headline (see _cut).
_BYLINE_REST = rule_cache.compile(
    r"(?:报导|报道|记者|编辑)[^，。]{0,20}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}"
)
_BIO_ROW = rule_cache.compile(r"^(?=.*\s[/｜|·・]\s)[^，。！？!?]{4,30}$")  # (后端工程师 / 业余跑步 8 年)
#: The longest line over a follow button read as the follower's name, not a headline.
# An @mention of an account (not an e-mail address's @, which follows its local part).
_MENTION = rule_cache.compile(r"(?<![A-Za-z0-9._%+\-])[@＠][A-Za-z\u4e00-\u9fff]")
_NAME_MAX = 16
_BIO_MAX = 30  # the longest line between a writer's name and its follow button read as its bio
_SENTENCE_END = rule_cache.compile(r"[。！？!?]$")
_BIO_CLAUSES = rule_cache.compile(r"[，,、；;]")
_FLOOR_POSTER_MAX = 10  # a poster's name over a floor's words (小鹿不吃草), shorter than a headline

_QUESTION_MAX = 50  # a Q&A page's question (知乎, 知識+), over its detail and its tools
_NOTE_TITLE_MAX = 24  # a note's title (Xiaohongshu allows 20 characters, and emoji)
# The size of an audience (私密社团 · 4.2万位成员, 粉丝 32.6万, 1,024 位追踪者): the line over it
# names a group, a page or a user, and neither is a headline.
_AUDIENCE = rule_cache.compile(
    r"\d[\d.,]*\s*[万千kKwW]?\s*(?:位|个|名)?\s*(?:成员|会员|粉丝|追踪者|关注者|订阅者|人关注|followers|members)"
    # (a question's 关注者 1,203 counts its followers: the question over it is the headline)
    r"|(?:成员|会员|粉丝)\s*[:：]?\s*\d",
    re.I,
)
# Hashtags closing a line (…我愿称为宝藏 #旅游攻略 #小众旅行地): a post's or a video's caption, which
# its writer tags; a headline is not tagged.
# (a tag holds no punctuation and is not a number: 开发日志 #12：… is an episode's headline)
_TAGGED = rule_cache.compile(r"\s#(?!\d+(?:\s|$))[^\s#：:，,。！？!?]{1,20}(?:\s+#[^\s#：:，,。！？!?]{1,20})*\s*$")
# An account's label (某某办公室官方微博, 某某官方账号, 微博认证：…): whose the post is; the line over
# it is the account's name.  Neither is a headline.
_ACCOUNT_LABEL = rule_cache.compile(r"官方(?:微博|账号|帐号|号)$|^(?:微博)?认证\s*[:：]")
# A news agency's stamp opening the line (中央社 记者某某台北18日电, 新华社北京1月12日电 题：…): the
# story's dateline, never its headline, whatever follows it.
_AGENCY_STAMP = rule_cache.compile(r"^[^，。,；;]{0,30}?(?:\d{1,2}|[〇零一二三四五六七八九十廿卅]{1,3})日(?:专)?电(?=\s|$|[（(：:])")
# A poster line: an id and a name (miso_bear 阿味), or the verb after it (說, 写道).
_POSTER = rule_cache.compile(
    # (not an e-paper's page and section, B01 財經, 12 国际, nor a list's item, 4. 學員投稿)
    r"^(?:说|写道|表示|发表|发布)$|^(?![a-z]?\d{1,2}[.．]?\s)(?=[a-z0-9._]*[._\d])[a-z0-9][a-z0-9._]*\s+\S{1,12}$", re.I
)
# An emoji ends a post's sentence as ！ does (…咖啡和梧桐都很绝☕️); ★ and ☆ mark headlines.
_STORY_END = rule_cache.compile(r"[。！？!?\U0001F300-\U0001FAFF\u2600-\u2604\u2607-\u27BF]")
# A post's opener trails off as talk does (…给想去的姐妹们参考～); a headline does not.
_TALK_END = "～~…"
# (a footer naming the site's owner: 主办单位：某某区人民政府办公室　网站标识码：…)
_LEGAL_LINE = rule_cache.compile(
    r"©|\(c\)|copyright|版權所有|版权所有|all rights reserved|主办单位|主辦單位|网站标识码|網站標識碼",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Title:
    """Where the headline is: ``line`` and ``[start, end)`` in that line, stripped."""

    line: int
    start: int
    end: int
    whole: bool  # the headline is the whole line (else the line is chrome around it)


# A reply quoting another floor or poster: the reply word, then a floor, an @handle or a name
# set apart by a space, then a colon; or a mail-style ``Re:``.  Never a page's headline.
_REPLY_QUOTE = rule_cache.compile(
    r"^(?:(?:回复|回覆|回应|回應)\s*(?:(?:第?\s*\d{1,4}\s*[楼樓]|#\d{1,4}|[Bb]\d{1,4}|[@＠])"
    r"[^：:]{0,20}|\s[^\s：:，。,]{1,16}\s*)[：:]|[Rr][Ee]\s*[:：])"
)


# A button with what it acts on (搜索微博, 登录某某网, 下载客户端, 加入社团, 只看楼主): a verb of
# the page's tools or filters and a short object, nothing more.
_BUTTON_WITH_OBJECT = rule_cache.compile(r"^(?:搜索|搜寻|登录|登入|注册|下载|打开|订阅|加入|只看)[^\s，。,！？!?：:]{1,5}$")
# A form's prompt ends with its button set apart (写下你的想法…　发布, 说点什么吧 发送).
_FORM_ROW = rule_cache.compile(r"\s(?:发布|发表|提交|发送|送出|发表评论|发布评论)$")
# A breadcrumb that starts at the site's home page (首页 › 器材讨论 › 相机, 您的位置：首页 > 新闻).
_HOME_PATH = rule_cache.compile(r"^(?:(?:您的位置|当前位置|现在位置)\s*[:：]?\s*)?(?:首页|主页|网站首页|论坛首页|Home)\s*(?:>|›|»|->|＞|→)")


# A label and its separator right before the date (展覽期間｜, 活动时间：): a field, not a headline.
_FIELD_LABEL_END = rule_cache.compile(r"^\S{2,8}\s*[|｜:：]\s*$")
_DAY_LABEL_END = rule_cache.compile(r"(?:日期|时间)\s*$")
_DAY_FIELD = rule_cache.compile(r"(?:日期|时间)[ \t\u3000:：]*\d")


# A headline in two parts around a colon (潮汐與窯火：北海岸陶藝百年特展): a long name before the
# colon and a long phrase after it; a record's field has a short label (辦理狀態：已回覆).
_COLON_HEADLINE = rule_cache.compile(r"^[^\s：:]{5,16}[：:][^\s：:，。,]{8,40}$")


# The name of an app or a platform alone on its line, as a copied app page starts, or the
# label of the app's screen.
_APP_NAME = rule_cache.compile(
    r"^(?:大众点评|美团|饿了么|淘宝|天猫|京东|拼多多|闲鱼|知乎|豆瓣|微博|新浪微博|微信|贴吧|百度贴吧|虎扑|快手|抖音|小红书|"
    r"哔哩哔哩|今日头条|网易新闻|腾讯新闻|痞客邦|巴哈姆特|Dcard|PTT|LIHKG|Threads|Instagram|Facebook|YouTube"
    # (点评详情, 商品详情, 笔记详情: the screen's own label)
    r"|\S{1,4}详情)$",
    re.IGNORECASE,
    prepare=either_script,
)
# A numbered list item (1. 寒假时间：…, 2、返校报到): a figure, its mark, a space or a word (not 9.9元).
_LIST_ITEM = rule_cache.compile(r"^\d{1,2}(?:[、．]|\.(?!\d))\s*\S")
_ASKED = rule_cache.compile(r"^(?:问|Q\d{0,2})[ \t]*[:：]", prepare=either_script)
_BAR = rule_cache.compile(r"[|｜]")
_MENU_PARTS = 4  # items of a menu in a row (a page's <title> has up to three parts: 標題 | 科技 | 新浪網)
_MENU_PART_MAX = 14  # … and the longest of them (a headline is longer)
# A programme's row, its hour first (00:00　体育新闻（重播）, 22:05 某某宣布…): a schedule's or a
# live page's entry, never the page's headline.
_HOUR_FIRST = rule_cache.compile(
    r"^(?:(?:(?:本|下|这|今)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}/\d{1,2})"
    # (or a day and its hour: 下周三（10月22日）20:00　某某-某某, a fixture's row)
    r"[ \t\u3000]*(?:[(（][^)）]{1,12}[)）])?[ \t\u3000]*)?[0-2]?\d[:：][0-5]\d(?:[ \t\u3000]|$)",
    prepare=either_script,
)


_WRITER_ROW_MAX = 30  # a writer's name row under a headline, at most
_REVIEW_HEADLINE_MIN = 8  # characters of a headline over its writer and stamp, at least
_PUBLISHED_LABEL = rule_cache.compile(r"发布于|发表于|发佈于|刊登于|posted|published", re.IGNORECASE)
# A field's label at a line's start or after a wide space (講道：…　　講題：…).
_SPACED_FIELDS = rule_cache.compile(r"(?:^|\u3000|[ \t]{2,})[^\s：:，,。]{1,6}[：:]")
_FIELD_VALUE_MAX = 12  # characters of a programme field's value (講道：林永恩牧師)


def _programme_fields(text: str) -> bool:
    """Two or more short ``label：value`` fields apart by wide spaces (講道：林永恩牧師　　講題：…);
    not a headline after its issuer's name (澄江智能：关于召开…的通知　…　来源：深交所)."""
    fields = list(_SPACED_FIELDS.finditer(text))
    if len(fields) < 2 or fields[0].start() != 0:
        return False  # (冬日親子多肉盆栽工作坊　發布日期：…　瀏覽：866: a headline, its stamps after it)
    return fields[1].start() - fields[0].end() <= _FIELD_VALUE_MAX
# A day opening a bulletin's headline (2024.03.24 主日週報（棕枝主日）): the issue's day, not its name.
_DAY_BEFORE_HEADLINE = rule_cache.compile(
    r"^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[ \t\u3000]+"
    r"(?=[\u4e00-\u9fff【「《])(?!星期|周[一二三四五六日天]|礼拜|週[一二三四五六日天]|禮拜|農曆|农历)"
)


def _cut(line: str) -> tuple[int, int]:
    """The headline part of a line: after a label, before a dateline or byline."""
    gap = _WIDE_GAP.search(line)
    if gap is not None:
        # (a run of many spaces ends any headline there; the rules below backtrack on such a
        # run in cubic time, 14 s for a thousand)
        line = line[: gap.start()]
    start = 0
    m = _LABEL.match(line) or _TOPICS_BEFORE_HEADLINE.match(line) or _DAY_BEFORE_HEADLINE.match(line)
    if m:
        start = m.end()
    end = len(line)
    for _ in range(2):  # (標題_哔哩哔哩_bilibili: a platform's two names after the headline)
        site = _SITE_SUFFIX.search(line, start + TITLE_MIN, end)
        if not (
            site
            and (
                _SITE.search(site.group(1))
                or re.fullmatch(r"[A-Za-z][\w .]*", site.group(1))
                or _FIELD_SUFFIX.match(site.group(1))
                or _PLATFORM_NAME.fullmatch(site.group(1))
            )
        ):
            break
        end = site.start()  # 標題｜Yahoo, 標題 - 某某新聞網, 標題 - 知乎
    board = _BOARD_SUFFIX.search(line, start + TITLE_MIN, end)
    if board is not None:
        end = board.start()  # 標題_Weblogic/中间件讨论区: the board the thread is in, after its headline
    points = _POINTS_AFTER.search(line, start + TITLE_MIN, end)
    if points is not None and points.end() == end:
        end = points.start()  # 標題 [问题点数：40分，结帖人zhaoxin_88]: a question's bounty and who closed it
    author = _AUTHOR_AFTER_DASHES.search(line, start + TITLE_MIN, end)
    if author is not None and author.end() == end and start > 0:
        end = author.start()  # 主题:【原创】今年元宵没回老家 -- 江南一布衣: the thread's writer after two dashes
    button = _BUTTON_SUFFIX.search(line, start + TITLE_MIN, end)
    if button:
        end = button.start()  # 標題 下載公告, 標題　列印: a button beside the headline
    number = _ISSUE_NUMBER.search(line, start + TITLE_MIN, end)
    if number is not None and number.end() == end:
        end = number.start()  # 新年度的辦公日曆表資料什麼時候會更新？ #57: the issue's number on GitHub
    t = _TRAILER.search(line, start + TITLE_MIN, end)
    if t and _DATE_IN_CLAUSE.match(line, t.start()):
        t = None  # 国服定档2024.9.28，预约了的坛友准备首发抽谁？: the headline's own date, its clause going on
    if t:
        end = t.start()
        if line[end - 1] in "(（":
            end -= 1  # 標題（2024-05-03）: the bracket goes with the stamp it opens
        if _FIELD_LABEL_END.search(line, start, end) or _DAY_LABEL_END.search(line, start, end):
            # 展覽期間｜2025/12/20～…: a field's label and its date, no headline (序號 2　發言日期
            # 114/04/29　發言時間 17:45:12: a filing's fields in a row)
            return 0, 0
        while end > start and line[end - 1] in " 　|｜-–—·":
            end -= 1
        head = line[start:end].split()
        if len(head) >= 2 and all(len(w) <= 6 for w in head) and not _CHAPTER.match(head[0]):
            # 原创 老杨 老杨聊旅行 2024-05-03: a byline, not a headline (第四百零二章 旧城雨夜
            # 更新时间：…: a chapter's number and its name are)
            return 0, 0
        if len(head) == 1 and len(head[0]) <= _DOTTED_NAME_MAX and len(_DOT_FIELD.findall(line)) >= 2:
            return 0, 0  # 阿苓的慢日子 · 2024/02/14 21:05 · 閱讀時間約 6 分鐘: a writer's fields, a byline
        writer = _WRITER_BEFORE_DATE.search(line, start, end)
        dated = t.group(0).strip()[:1].isdigit()
        if writer and dated and writer.start() - start >= _WRITER_CUT_MIN:
            end = writer.start()  # 標題 李宛蓁 2025-03-18: the writer's name before the date
        account = _WORD_BEFORE_DATE.search(line, start, end)
        if account and dated and account.start() - start >= _WRITER_CUT_MIN and _STAMP_FROM_REGION.match(line, t.end()):
            # 標題 北国观察君 2023-12-18 10:12 黑龙江: an account's name before a post's stamp and the
            # province it was sent from, as a self-media page prints its writer
            end = account.start()
        outlet = _OUTLET_BEFORE_DATE.search(line, start, end)
        reporter = t.group(0).strip().startswith(("记者", "通讯员"))
        if outlet and (dated or reporter) and outlet.start() - start >= _WRITER_CUT_MIN:
            # 標題 甬城晚报 2026-11-16, 標題 澎湃新闻记者 陈晨 2025-08-12: the outlet or its
            # reporter before the date, a byline's words; 标题  潮新闻客户端 记者 陈某某: the outlet
            # before its reporter
            end = outlet.start()
        site = _SITE_SUFFIX.search(line[:end], start + TITLE_MIN)
        if site and _SITE.search(site.group(1)):
            end = site.start()  # 標題 | 新京报 2024-06-20 10:15: the site's name before the stamp
    brand = _BRAND_SUFFIX.search(line, start + TITLE_MIN, end)
    if brand and (_PINYIN.match(brand.group(1)) or end < len(line.rstrip())):
        end = brand.start()  # 標題 新頭殼newtalk | 2024.10.15: the site's name, its domain word
    return start, end


_WIDE_GAP = rule_cache.compile(r"\s{17,}")
# A question's bounty in brackets after its headline ([问题点数：40分，结帖人某某], [悬赏 20 金币]).
_POINTS_AFTER = rule_cache.compile(r"[ \t]*[\[［【](?:问题点数|悬赏|赏金)[^\]］】]{0,40}[\]］】]$")
# A writer's name after two dashes at a headline's end (… -- 江南一布衣), as an old board prints a thread.
_AUTHOR_AFTER_DASHES = rule_cache.compile(r"[ \t]+(?:--|——|－－)[ \t]+[^\s\-—－]{1,16}$")
_FOLLOW_AFTER = rule_cache.compile(r"(?<![ \t\u3000])[ \t\u3000]+[+＋][ \t]*关注$")  # (one run of spaces read once)
_PICTURE_COUNTER = rule_cache.compile(r"^\d{1,2}[ \t]*/[ \t]*\d{1,2}$")  # (1/9: a post's first picture of nine)
# A post's topics before its bracketed headline, the line's all (#哈尔滨旅游# #冰雪大世界#
# 【南方小土豆的哈尔滨三日游｜附攻略】): the topics are the post's tags, the bracket its headline.
_TOPICS_BEFORE_HEADLINE = rule_cache.compile(r"^(?:#[^#\s]{1,20}#[ \t\u3000]*)+(?=【[^】]{4,40}】$)")
_SECTION_NAME_MAX = 6  # the longest section's name the breadcrumb ends with, repeated under a headline
_CHAPTER = rule_cache.compile(r"^第[0-9〇零一二两三四五六七八九十百千]{1,8}[章回节卷集话]$")
#: Lines from a headline over its dateline to the story (headline / dateline / caption / story).
_DATED_HEADLINE_REACH = 3
# A field of a writer's row set off by middle dots (某某 · 2024/02/14 21:05 · 閱讀時間約 6 分鐘).
_DOT_FIELD = rule_cache.compile(r"[ \t\u3000][·・•][ \t\u3000]")
_DOTTED_NAME_MAX = 12  # characters of the name that opens such a row


_COMPANY_NAME = rule_cache.compile(r"^[\u4e00-\u9fff（）()]{4,30}(?:股份有限公司|有限责任公司|有限公司)$")
_WHOLE_BRACKET = rule_cache.compile(r"^[（(][^（）()]{2,30}[)）]$")
# A thread's tag in brackets before its headline (PTT's [標的], [問卦]; Re: [閒聊]).
_FORUM_TAG = rule_cache.compile(r"^(?:re\s*[:：]\s*)?[\[【][^\]】\s]{1,6}[\]】]\s*\S", re.I)


_TAB_MAX = 6  # characters of a tab that names its site's channel (港視二台)
_TABS_MIN = 3  # such tabs in a row


def _site_tabs(line: str) -> bool:
    """Tabs of a site's channels in a row, each the site's name and the channel (港視一台 港視二台)."""
    tabs = line.split()
    # (its name first and its kind of channel last, 台: not 你好2024 你好龍年 你好新生活, a headline)
    return (
        len(tabs) >= _TABS_MIN
        and all(len(t) <= _TAB_MAX for t in tabs)
        and len({t[:2] for t in tabs}) == 1
        and len({t[-1] for t in tabs}) == 1
    )


def _headline(line: str) -> tuple[int, int] | None:
    """``[start, end)`` of the headline in stripped ``line``, if it reads as one."""
    if is_event_time(line):
        return None  # 售票時間:全面開賣 2025/4/12 …: an event's field, not a headline by its date
    if CHAT_LINE.match(line) or LINE_CHAT_ROW.match(line) or CHAT_SYSTEM_LINE.match(line):
        return None  # [5/2/2024, 8:15 AM] 管理處 Peter: 【…通告】: a chat message, no page's headline
    if _LIST_ITEM.match(line) or _HOUR_FIRST.match(line):
        return None  # 1. 寒假时间：2月7日至3月1日: a list's item, under what the list is for
    if _ASKED.match(line):
        return None  # 問：音樂節何時舉行？: a FAQ's question, under the page's heading
    if _WEEKDAY_HOURS.match(line):
        return None  # 星期日 07:00-15:00: a shop's opening hours on a day of the week
    if _WHOLE_BRACKET.match(line):
        return None  # 永宁桥 / （浙江省临溪县古桥）: an entry's gloss under its name, in brackets
    if LUNAR_DAY_ALONE.match(line):
        return None  # 农历甲辰年腊月十七: an e-paper's day in the lunar calendar, under its date
    if is_date_alone(line):
        return None  # 二〇二四年十二月十四日（星期六）: a day alone on its line, no headline
    parts = _BAR.split(line)
    if len(parts) >= _MENU_PARTS and all(len(p.strip()) <= _MENU_PART_MAX for p in parts):
        return None  # CSTV-5 体育频道 | CSTV-5+ 体育赛事频道 | 篮球频道: a menu, each part short (not 標題 | 科技 | 新浪網)
    if _site_tabs(line):
        return None  # 港視一台　港視二台　港視新聞台: a site's tabs, each its name with the channel
    if _APP_NAME.match(line):
        return None  # 大众点评, 哔哩哔哩: the app a page was copied from, over what it shows
    if _FOLLOW_AFTER.search(line):
        return None  # 阿圆的小厨房　+关注: a writer's name beside the button that follows them
    if _NEVER_TITLE.search(line) or _TALK_MARKS.search(line) or _BADGE.match(line):
        return None
    start, end = _cut(line)
    text = line[start:end]
    n = len(text)
    if end < len(line) and text[-1:] in _HANGING_WORDS:
        return None  # 天文台在2025年8月14日…發出之警報：: a sentence cut at its date, left hanging
    if not TITLE_MIN <= n <= TITLE_MAX or text[-1] in _NOT_AT_END or "。" in text:
        return None
    if len(_HANZI.findall(text)) < 3:
        return None
    if len(_DAY_FIELD.findall(text)) >= 2:
        return None  # 序號 2　發言日期 114/04/29　發言時間 17:45:12: a record's fields in a row
    if n > _CLAUSES_LONG and len(_COMMA.findall(text)) >= 2 and text[-1] not in "？?":
        # 今年賽事訂在12/20（日），起跑…，主辦單位…說…，還沒報的快衝: a post's sentence (a question
        # in clauses, …,连休 8 天,对普通打工人有什么实际影响?, is a Q&A page's headline)
        return None
    if _CAPTION.match(text) or _BANNER.search(text) or is_section_heading(text):
        return None
    if _POST_META.search(text) or _POSTED_AT_END.search(text):
        return None  # (豆豆妈2019 发表于 2025-8-26 20:41: the poster, cut at the stamp, is no headline)
    if _ACCOUNT_LABEL.search(text):
        return None  # 某某官方微博: an account's label
    if _MENTION.search(text):
        return None  # 主持人：@某某 @某某: accounts tagged, never a headline (which names no handle)
    if _TAGGED.search(text):
        return None  # a caption with its hashtags
    if _AUDIENCE.search(text) and n <= 30:
        return None  # 私密社团 · 4.2万位成员: the size of a group's audience
    if _AGENCY_STAMP.match(line):
        return None  # 新华社北京1月12日电: the story's dateline
    # (一次内网 Nginx 迁移的复盘: spaces only around a Latin word, as mainland tech writers set
    # them, part no row of words)
    words = [text] if _spaced_latin_only(text) else text.split()
    tagged = bool(_TITLE_LABEL.match(line) and _FORUM_TAG.match(text))
    if (
        len(words) >= 6
        and sum(len(w) <= 5 for w in words) >= len(words) - 1
        and not any(w.isascii() for w in words)  # (a product's 5L, a spaced 11 月 18 日)
        and not _COMMA.search(text)
        and not tagged
    ):
        return None  # 影讯&购票 选电影 电视剧 排行榜 影评 2025年度榜单: a menu with one longer entry
    if (
        len(words) >= 2
        and all(len(w) <= 5 for w in words)
        and not _two_part_headline(words)
        and not tagged
        # (想砌部 Alder Lake 機,主板同 DDR5 邊度有貨?: a question in clauses, its Latin words spaced)
        and not (_COMMA.search(text) and text[-1] in "？?")
    ):
        # a row of buttons or names, not a headline; a thread's headline under the page's own
        # label, its board's tag first, is written in short words (標題 [標的] 6781 某某 題材 多)
        return None
    if (n <= 16 and _SITE.search(text) and not _NUMBERED.search(text)) or is_site_name(text):
        # a site, channel or board name (巴哈姆特電玩資訊站, 鏡週刊 Mirror Media); an issue that
        # numbers itself is a page of its own (將臨期第四主日崇拜週刊)
        return None
    if _DETAIL_FIELD.match(text):
        return None  # 地址：…, 场馆：…: a place's or an event's detail, never its headline
    if _PERSON_ROW.search(text):
        return None  # 陈思远　男　29岁　本科　6年工作经验: a résumé's or a card's row of a person's facts
    if is_count_row(text) or _RATING.search(text):
        # a thread's counters under its headline (1.2万浏览　87回复); a shop's rating row
        # (★★★★☆ 4.6 2836条评价 人均：¥128/人)
        return None
    if is_badge(text):
        return None  # a user's badge (社会学话题下的优秀答主)
    if _USER_FIRST.match(text):
        return None  # a post's caption after its user name (sweetie.bakes.hk 新年限定…)
    if _PERIOD_FIRST.match(text):
        return None  # 2023.03 - 至今　某某科技有限公司: a résumé's row, its span of months first
    if _is_bio(text):
        return None  # a bio or a row of labels (互联网从业者 / 前大厂 HR), not a headline
    if _COHORT.search(text):
        return None  # 华中科技大学 2025届 Java: a poster's school and year, over the post's stamp
    if _BUTTON_WITH_OBJECT.match(text):
        return None  # 搜索微博, 登录某某, 下载APP: a button with what it acts on
    if STATUS_LABEL.match(text):
        return None  # 即時更新, 持續更新中: a status label over the headline
    if is_credit_line(text):
        return None  # 本文来自…：…，作者：…: a credit line of labelled fields
    if is_price_widget(text):
        return None  # 京东 到手价169元: a price widget, not the product's headline
    if classify(text) is Kind.CHROME and not tagged:
        return None  # (a tagged headline in short words reads as a menu row alone)
    return start, end


_SPACE_RUN = rule_cache.compile(r"[ \t]+")


def _spaced_latin_only(text: str) -> bool:
    """Every space in ``text`` stands between a hanzi and a Latin word or figure (一次内网 Nginx
    迁移的复盘, 用 Rust 重写 CLI 工具): spacing of mixed script, no gaps between a row's items."""
    gaps = list(_SPACE_RUN.finditer(text))
    # (a Latin word set in between hanzi, twice spaced: not CSTV 央华体育, Day2 七美、望安, a
    # site's or a day's name before its words)
    if len(gaps) < 2 or text[0].isascii() or text[-1].isascii():
        return False
    return all(
        m.start() > 0
        and m.end() < len(text)
        and (text[m.start() - 1].isascii() != text[m.end()].isascii())
        and (text[m.start() - 1].isalnum() and text[m.end()].isalnum())
        for m in gaps
    )


# What a writer's bio under the name never holds: a figure, a field's colon, a bar, a sentence's end.
_NOT_BIO = rule_cache.compile(r"[\d:：|｜。！？!?]")


def _is_bio(text: str) -> bool:
    """A bio or a row of labels in short parts between slashes or bars (后端开发 / 马拉松爱好者)."""
    parts = re.split(r"\s+[/／|｜]\s+", text)
    if len(parts) == 2 and _PLATFORMS_SPLIT.search(text):
        return False  # 小满记账 Android / iOS 更新日志: a product's platforms, not a bio's parts
    return len(parts) >= 2 and all(len(p) <= _BIO_PART_MAX for p in parts)


# A poster's rank on a board (進階會員, 资深会员, 版主), under the poster's name.  (Not the
# classifier's list of ranks and staff badges, line_shapes._FORUM_RANKS: its 吧务 under a 贴吧
# poster's name would pass over the name there, and the headline above it with it.)
_MEMBER_RANK = rule_cache.compile(
    r"^(?:初级|中级|高级|进阶|资深|荣誉|普通|新手|正式|认证|白金|黄金|钻石|超级|禁止发言)?(?:会员|版主|管理员|用户)$"
)
_COHORT = rule_cache.compile(r"(?:大学|学院|学校)[ \t]*(?:\d{2}|\d{4})[ \t]*届(?![^ \t]{0,2}(?:毕业典礼|运动会|校庆|论坛|大会))")
_PLATFORMS_SPLIT = rule_cache.compile(r"(?<![（(])(?i:android|ios|windows|macos|mac|linux|web|pc)\s+[/／|｜]\s+(?i:android|ios|windows|macos|mac|linux|web|pc)\b")


_NAME_IN_CAPITALS = rule_cache.compile(rf"^{NAME_IN_CAPITALS}$")
_NAME_WITH_LATIN = rule_cache.compile(r"^[\u4e00-\u9fff（）()]{2,20}[ \t]*[A-Z][a-z]+(?: (?:of |and |& )?[A-Z][a-z]+){1,6}$")
# A row that opens on a span of months (2023.03 - 至今, 2019.07 - 2023.02): a résumé's or a record's.
# (not 2023.09-2024.01 学期总结: a headline that opens on its months)
_PERIOD_FIRST = rule_cache.compile(
    r"^(?:19|20)\d{2}[./\-]\d{1,2}[ \t]*[-–—~～至到][ \t]*(?:(?:19|20)\d{2}[./\-]\d{1,2}|至今|现在|今)(?:\u3000+|[ \t]{2,})\S"
)
# A place's opening hours on a line (星期一至六 07:00 - 19:00, 星期日及公众假期 休息), folded.
_HOURS_ROW = rule_cache.compile(
    r"^(?:星期|周|礼拜)[一二三四五六日天][^ \t]{0,10}[ \t\u3000]+(?:休息|休业|公休|\d{1,2}:\d{2})"
)
_LATIN_NAME_ALONE = rule_cache.compile(r"^[A-Z][A-Za-z'’.&é\-]*(?: [A-Z][A-Za-z'’.&é\-]*){0,5}$")
_HAN_NAME_ALONE = rule_cache.compile(r"^[\u4e00-\u9fff]{2,12}$")
# A rule of stars or dashes alone on its line (**********************), as a government's press
# release sets it under its headline.
_RULE_UNDER = rule_cache.compile(r"^[*＊=＝~～]{8,}$")
# A group's or a page's counts apart by dots (12.6万 圈友 · 8.9万 帖子), folded.
_COUNTS_DOTTED = rule_cache.compile(
    r"^[\d.,]+[ \t]*[万千kKwW]?[ \t]*[\u4e00-\u9fffA-Za-z]{1,4}(?:[ \t]*[·•|｜][ \t]*[\d.,]+[ \t]*[万千kKwW]?[ \t]*[\u4e00-\u9fffA-Za-z]{1,4})+$"
)
# A name, then the follow button after a gap, on one line (糯米团子在厨房　关注, 某某 + 关注).
_NAME_THEN_FOLLOW = rule_cache.compile(r"^(\S{1,16})(?:[ \t]{2,}|\u3000+|[ \t]*(?=[+＋]))[+＋]?[ \t]*(?:关注|追踪|订阅)(?:TA|他|她)?$")
# A blog's name, a bar and its owner's account in lower case (深水埗散步中 ｜ sspwanderer).
# (not 读书笔记 ｜ vol.12, 旅行日记 | 2024: an issue's number or a year)
_NAME_AND_ACCOUNT = rule_cache.compile(rf"^[^|｜]{{2,20}}?[ \t]*[|｜][ \t]*{LOWER_ACCOUNT}$")
# A section's number in Chinese numerals opening a heading ((一)…, （二）…, 三、…; not 一、二月…).
_SECTION_NUMBER = rule_cache.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))")
_NUMBERED = rule_cache.compile(r"第[一二三四五六七八九十0-9]{1,3}(?:主日|期|卷|号|届|周)")
_BIO_PART_MAX = 12  # a bio's part between slashes (北京某三甲医院规培医生), shorter than a headline's


_TITLE_DOTS = frozenset("·•・")


def _two_part_headline(words: list[str]) -> bool:
    """A print headline in two halves of four hanzi or more (冬至将至　汤圆热销), none of them a
    button or a menu word: a row of buttons or names has short or plain words."""
    if len(words) == 4 and words[1] in _COUPLE_MARKS and len(_HANZI.findall(words[3])) >= 2:
        # 陳家俊 ❤ 何靜宜 婚宴邀請: a couple's names joined by a heart, then what the page is
        return all(2 <= len(_HANZI.findall(w)) <= 4 for w in (words[0], words[2]))
    if len(words) == 3 and words[1] in _TITLE_DOTS:
        # 婺源 · 篁岭晒秋: a place and a post's name about it, a dot between (a trail of two
        # sections, 交通 · 问答, holds menu words)
        # (北京 · 朝阳区 is a place and its district, no post's name)
        return len(_HANZI.findall(words[0])) >= 2 and len(_HANZI.findall(words[2])) >= 4 and not any(
            is_furniture_word(w) or is_tool_row(w) or _SITE.search(w) for w in (words[0], words[2])
        )
    return len(words) == 2 and all(
        len(_HANZI.findall(w)) >= 4
        and not is_furniture_word(w)
        and not is_tool_row(w)
        and not _SITE.search(w)  # 人民某某网 领导留言板: a site and its section
        for w in words
    )


def _longer_headline(line: str, previous: str) -> bool:
    """``line`` reads more as a headline than the short line over it (a label or a name)."""
    return len(line) >= 12 and len(line) >= 1.5 * len(previous)


def _is_story(line: str) -> bool:
    """A line that reads as the story itself: long, or a sentence with a full stop or a comma.

    A headline may end in ！ or ？ (``暖爆！…都集結了！``) but seldom has a full stop or
    a comma before its question; a post's opener with a comma and an emoji is a sentence.
    """
    n = len(line)
    return (
        n > TITLE_MAX
        or "。" in line
        or (
            n >= 20
            and ("，" in line or "," in line)
            and (bool(_STORY_END.search(line)) or line.rstrip()[-1] in _TALK_END)
        )
    )


def _question_over_story(nonblank: list[int], k: int, chrome: set[int], stripped: dict[int, str]) -> bool:
    """The story's first line is a short question under the page's chrome, with the asker's
    longer words under it (北京社保断缴一个月，会影响明年买房资格吗？ / 我5月31日从现在的公司离职，…): a
    Q&A page's question, its headline, not the story's first sentence."""
    if k == 0 or k + 1 >= len(nonblank) or nonblank[k - 1] not in chrome or nonblank[k] in chrome:
        return False
    line, nxt = stripped.get(nonblank[k], ""), stripped.get(nonblank[k + 1], "")
    return (
        _QUESTION_MIN <= len(line) <= _QUESTION_MAX
        and line[-1] in "？?"
        and not _SENTENCE_PUNCT.search(line[:-1])
        and len(nxt) >= 2 * len(line)
        and nonblank[k + 1] not in chrome
    )


_QUESTION_MIN = 8


def _story_start(
    lines: list[str], nonblank: list[int], chrome: set[int], stripped: dict[int, str]
) -> int | None:
    """Where the story starts (an index into ``nonblank``), or None.

    The first body line that reads as prose; or, once a line that could be a headline has
    been seen, the first body line with a hanzi that could not (``如題``); or the second of
    two body lines in a row that could be headlines (a headline, then a story in short
    lines).  Lines without a hanzi (``Science AI``) decide nothing.
    """
    previous_headline = False
    seen_headline = False
    labelled = False  # a headline under the page's own label (標題 [問卦] …) was seen
    body_headline = -9  # the last line of the body that could be the headline (an index into nonblank)
    plain_run = 0  # body lines in a row, opening on a figure, that are neither headline nor prose
    for k, i in enumerate(nonblank):
        text = stripped[i]
        span = _headline(text)
        headline = span is not None
        if i in chrome:
            previous_headline = False
            seen_headline = seen_headline or headline
            labelled = labelled or (headline and bool(_TITLE_LABEL.match(text)))
            continue
        if labelled and _HANZI.search(text):
            return k  # the page has named its headline: its first line of text is the story
        if _TALK_MARKS.search(text) and _HANZI.search(text):
            return k  # 今日(13號)終於考完 mock!!!!! 好似成個人輕咗十磅咁 =]: a diary's talk starts the story
        if len(_DAY_FIELD.findall(text)) >= 2 and not headline:
            previous_headline = False
            continue  # 序號 2　發言日期 114/04/29　發言時間 17:45:12: a record's fields, over its subject
        if (
            k - body_headline <= _STAMP_UNDER_HEADLINE
            and nonblank[k - 1] in chrome
            and _STAMP_ALONE.match(stripped[nonblank[k - 1]])
            and _HANZI.search(text)
        ):
            # 年終只拿到一個月，該不該…？ / 工作・某某大學 / 2025年1月21日 22:15 / 原PO在台中…: the
            # post's first line under the headline's stamp, however short
            return k
        if (
            k >= 2
            and FOLLOW_BUTTON.match(stripped[nonblank[k - 1]])
            and (_STAMP_DOT.match(stripped[nonblank[k - 2]]) or _DATE_TIME.match(stripped[nonblank[k - 2]]))
            and _HANZI.search(text)
            and not _TOPICS_BEFORE_HEADLINE.match(text)  # (#…# 【headline】: the post's headline, its text below)
        ):
            # a post's text under its writer's stamp and follow button (… · 重庆 / 关注; a
            # Bilibili post's 2025年01月07日 19:02 / + 关注)
            return k
        if (
            k
            and nonblank[k - 1] in chrome
            and (is_meta_line(stripped[nonblank[k - 1]]) or _DATE_TIME.match(stripped[nonblank[k - 1]]))
            and _HANZI.search(text)
            and any(_reply_floor(stripped[nonblank[j]]) for j in range(max(0, k - _REPLY_FLOOR_REACH), k))
        ):
            # 3楼的回复 / 古城的老陕 / 3楼 / 2020-05-06 21:14 / 来自Android客户端 / 五一那天去的…: a
            # reply floor's page, its text under the floor's header; no headline below it
            return k
        if (
            seen_headline
            and k
            and (
                _under_header(_past_noise(nonblank, k, chrome, stripped), chrome, stripped)
                or (k >= 2 and _floor_stamp(nonblank[k - 2], nonblank[k - 1], chrome, stripped))
            )
            and _HANZI.search(text)
            and not _bracketed_heading(text)
            and not _titled_work(stripped[nonblank[k - 1]], text)
        ):
            return k  # a thread's first post under its header (#1 某某 3 小時前), after the headline
        if (
            text[-1:] in "？?"
            and len(text) <= _QUESTION_MAX
            and any(QUESTION_TOOLS.search(stripped[j]) for j in nonblank[k + 1 : k + _QUESTION_TOOLS_REACH])
        ):
            # 在上海工作，…有哪些老店推荐？ / its detail / 关注问题 写回答: a Q&A page's question
            previous_headline = False
            seen_headline = True
            continue
        if (
            k >= 1
            and nonblank[k - 1] in chrome
            and (_BOARD_STAMP.match(stripped[nonblank[k - 1]]) or _TAGGED_HEADLINE.match(text))
            and len(text) <= _QUESTION_MAX
            and "。" not in text
            and k + 1 < len(nonblank)
        ):
            # 工作 · 2024年5月20日 22:14 / 年中離職的報稅問題，…怎麼辦？: a thread's headline under
            # its board and stamp (Dcard), a question or not
            previous_headline = False
            seen_headline = True
            continue
        # (关注 / 1/9 / 上海｜…: the note's picture counter between the button and the title)
        follow_at = k - 2 if k >= 2 and _PICTURE_COUNTER.match(stripped[nonblank[k - 1]]) else k - 1
        after_follow = follow_at >= 0 and FOLLOW_BUTTON.match(stripped[nonblank[follow_at]])
        if (
            after_follow
            and span is not None
            and span[1] - span[0] <= _NOTE_TITLE_MAX  # (a Weibo post's topics before it are no part)
            # (a clause after a comma is the note's first sentence, unless a bar sets the
            # title's topic apart: 成都周边｜赏花路线分享，错峰去人真的少)
            and ("，" not in text or "｜" in text or "|" in text)
            and not (follow_at >= 1 and _STAMP_DOT.match(stripped[nonblank[follow_at - 1]]))
            and k + 1 < len(nonblank)
            and _is_story(stripped[nonblank[k + 1]])
        ):
            # 某某 / 关注 / 成都周边｜赏花路线分享，错峰去人真的少🌸 / 姐妹们！…: a note's title
            # under its writer's follow button (Xiaohongshu), then the note
            previous_headline = False
            seen_headline = True
            continue
        if headline and _reporters_below(nonblank, k, stripped):
            # a paper's headlines (a kicker, the headline, a deck) over the reporters' line
            previous_headline = False
            seen_headline = True
            continue
        after = nonblank[k + 1] if k + 1 < len(nonblank) else None
        if (
            headline
            and _is_story(text)
            and after is not None
            and after in chrome
            and (
                re.search(r"[0-9\u3400-\u9fff]", stripped[after]) is not None
                # (… / kaoyan_xiaoli / 新虫 (小有名气) / … / 1楼　2022-04-07 20:15: the starter's card
                # and first floor's header under the thread's question)
                or any(
                    is_floor_row(stripped.get(nonblank[j], "")) and nonblank[j] in chrome
                    for j in range(k + 1, min(len(nonblank), k + 1 + _CARD_ROWS))
                )
            )
            # (not a comment over its stamp and region, 前天去的…，老胡说得准 / 2024-03-17·湖北, nor
            # a post's text over its tags)
            and not is_comment_stamp(stripped[after])
            and not _TAG_ROW.match(stripped[after])
        ):
            # A headline-like line with a dateline, byline or caption under it is a headline,
            # even with a comma and a question mark in it (a slider's Previous / Next under a
            # site's blurb is none of those).
            previous_headline = False
            seen_headline = True
            body_headline = k
            continue
        if headline and _is_story(text) and _BYLINE_REST.search(text, _cut(text)[1]):
            # 標題 新頭殼newtalk | 某某 綜合報導 發布 2022.06.10 | 16:20 right over the story: the
            # headline shares its line with its byline and stamp, cut off where they begin
            previous_headline = False
            seen_headline = True
            body_headline = k
            continue
        if _is_story(text) and not (
            headline and k >= 2 and _asked_under_stamp(text, stripped.get(nonblank[k - 1], ""), stripped.get(nonblank[k - 2], ""))
        ):
            return k
        if previous_headline and headline:
            later = nonblank[k + 1] if k + 1 < len(nonblank) else None
            if (
                later is not None
                and _longer_headline(text, stripped[nonblank[k - 1]])
                and (
                    later in chrome
                    or _is_story(stripped.get(later, ""))
                    or len(text) >= 2.5 * len(stripped[nonblank[k - 1]])
                )
            ):
                # 慢慢走的旅行沙龍 / 即時更新, then the headline over its byline or its story
                seen_headline = True
                continue
            return k
        if not headline and seen_headline and _HANZI.search(text):
            return k
        plain_run = plain_run + 1 if not headline and text[:1].isdigit() and _HANZI.search(text) else 0
        if plain_run >= _PLAIN_ROWS:
            # 00:00　体育新闻（重播） / 01:00　天下足球（重播） / …: rows of the page's own content
            # (a schedule, a table) before any headline or prose: the story starts at the first
            return k - _PLAIN_ROWS + 1
        previous_headline = headline
        seen_headline = seen_headline or headline
        body_headline = k if headline else body_headline
    # No prose at the top: a short first body line followed by a longer one is a heading.
    firsts = [i for i in nonblank if i not in chrome][:2]
    if len(firsts) == 2 and len(lines[firsts[1]].strip()) > len(lines[firsts[0]].strip()):
        return nonblank.index(firsts[1])
    return None


# A post's stamp alone, its day and clock (3月4日 14:22, 2024-03-04 14:22).
_DAY_CLOCK_ALONE = rule_cache.compile(
    r"^(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}$"
)


def _asked_under_stamp(text: str, above: str, poster: str) -> bool:
    """A question or an outcry in clauses right under a post's stamp, itself under the poster's
    name or school (國立臺北科技大學 / 3月4日 14:22 / 第一份工作的特休被主管安排好了，這合理嗎？):
    Dcard's headline, written as a sentence, over the post.  Not a page's dateline over its first
    sentence (2024年10月2日 10:00 / 天气转凉，马上周末了，…？)."""
    return (
        bool(_DAY_CLOCK_ALONE.match(above))
        and 0 < len(poster) <= _STAMPED_POSTER_MAX
        and not _SENTENCE_END.search(poster)
        and "，" not in poster
        and len(text) <= TITLE_MAX
        and "。" not in text
        and text[-1:] in ("？", "?", "！", "!")
    )


_STAMPED_POSTER_MAX = 16  # a poster's name or school over a post's stamp
_PLAIN_ROWS = 4  # rows opening on a figure (neither headline nor prose) in a row that start the story
_EPISODE = rule_cache.compile(r"^(?:EP?|S\d{1,2}E)\d{1,4}[ \t｜|:：]", re.IGNORECASE)
_DATE_LED = rule_cache.compile(r"^\d{4}[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}")
_ISSUE_NUMBER = rule_cache.compile(r"[ \t]+#\d{1,6}[ \t]*$")
_COUPLE_MARKS = frozenset({"❤", "❤️", "♥", "♡", "&", "×", "💕", "💍"})
_CARD_ROWS = 5  # a poster's card and its floor's header under a thread's headline, at most
_LISTING_MIN, _LISTING_MAX = 8, 40  # characters of a listing's headline in short words
_LISTING_WORDS = 3  # … and its words, at least
_PRICE_BELOW = 4  # lines under a listing's headline where its price stands
_TOOL_BUTTONS_MIN = 2  # buttons in a short row that make it a page's tools (关注房源　分享　举报)


# A thread starter's foot under its floor, Tieba's (楼主　2024-01-28 21:14　湖南).
_STARTER_FOOT = rule_cache.compile(r"^(?:楼主|樓主)[ \t\u3000]+\d{4}-\d{1,2}-\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}")
_THREAD_BUTTONS = rule_cache.compile(r"只看楼主|只看该作者")
_FLOOR_TEXT_REACH = 8  # lines of a floor's text looked through for its foot


def _over_floor_foot(lines: list[str], nonblank: list[int], k: int) -> bool:
    """Does a floor's foot close the run of lines (no blank between) that line ``k`` opens?"""
    for j in range(k + 1, min(len(nonblank), k + 1 + _FLOOR_TEXT_REACH)):
        if nonblank[j] != nonblank[j - 1] + 1:
            return False
        below = lines[nonblank[j]].strip()
        if is_floor_foot(below) or _STARTER_FOOT.match(below):
            return True
    return False


def _reporters_below(nonblank: list[int], k: int, stripped: dict[int, str]) -> bool:
    """Whether the reporters' line (本报讯（记者 某某）…, 本报记者 某某) follows line ``k``
    with nothing but headline-shaped lines between: ``k`` is one of the story's headlines."""
    for j in range(k + 1, min(k + 4, len(nonblank))):
        text = stripped.get(nonblank[j], "")
        if _REPORTERS.match(text) or _BYLINE_OPENING.match(text):
            return True
        if _headline(text) is None:
            return False
    return False


def _opens_with_poster(line: str, above: list[str]) -> bool:
    """Does ``line`` open with an account's name the page gave alone on a line above it, then
    a space (Instagram writes a caption so: ``lamkamart 🌊「海邊的紙」…``)?  A headline never
    starts with its poster's id."""
    head, _, rest = line.partition(" ")
    return bool(rest.strip()) and ACCOUNT_ID.fullmatch(head) is not None and head in above




def _bracketed_heading(line: str) -> bool:
    """A post's first line wholly in 【】: the heading its writer gave it, even under the post's
    stamp.  One of particulars set apart by dots (【週六 · 某某徑 · 甲地→乙地】) is its details."""
    if _LABELLED_HEADING.match(line):
        return True  # 【公告】某某要搬家啦: a label in brackets, then the heading
    if _EMOJI_WRAPPED.match(line) and unicodedata.category(line[0]).startswith("S"):
        return _HANZI.search(line) is not None  # 🧧 新春休息通告 🧧: a page's post heading
    return line.startswith("【") and line.endswith("】") and not re.search(r"\s[·・•]\s", line)


# A heading between two of the same symbol (🧧 新春休息通告 🧧, ✨ 新品上市 ✨), as fan pages
# mark their post's heading: short, without a clause's or a sentence's marks.
_EMOJI_WRAPPED = rule_cache.compile(r"^(\S)\ufe0f?[ \u3000]*[^，,。！？!?；;：:\s][^，,。！？!?；;：:]{1,28}?[ \u3000]*\1\ufe0f?$")


# A post's heading after its label in brackets (【公告】小店要搬家啦, 【徵人】週末工讀生): short, no
# clause nor sentence mark (【公告】謝謝大家，… is the post's first sentence).
_LABELLED_HEADING = rule_cache.compile(r"^【[^】\s]{1,6}】[^，,。！？!?；;：:\s]{4,30}$")


# A stamp that says a titled work was posted (07-05 19:30 · 投稿了视频, 发布了文章): the line under
# it is the work's title, where under a plain post's stamp the post's text starts.
_WORK_POSTED = rule_cache.compile(r"(?:投稿|发布|发表)了(?:视频|文章|专栏|作品)$")


def _titled_work(prev: str, line: str) -> bool:
    """``line`` stands right under a stamp saying a titled work was posted, and reads as a title."""
    return bool(_WORK_POSTED.search(prev)) and not _is_story(line)


def _under_header(i: int, chrome: set[int], stripped: dict[int, str]) -> bool:
    """Line ``i`` is a post's header or stamp in the page's chrome (#1　某某　3 小時前, or 3 日前
    on its own line under the floor and the poster): its post follows."""
    return i in chrome and bool(_POST_META.search(stripped[i]) or _FLOOR_POSTED.search(stripped[i]))


# A Discuz floor's header (樓主 | 發表於 2024-10-9 22:36 | 只看該作者).
_FLOOR_POSTED = rule_cache.compile(r"(?:楼主|沙发|板凳|地板|\d{1,4}\s*[楼#])\s*[|｜]\s*发表于\s*\d")


# What a forum sets between a floor's header and its text: the edit's note (本帖最後由 某某 於 … 編輯)
# and its anti-scraping residue (; q7 K# T3 y1 d( e), no words of anyone's.
_FLOOR_NOISE = rule_cache.compile(r"^本帖最后由|^(?=[^\u4e00-\u9fff]{4,40}$)(?:\S*\s){3}")
_NOISE_REACH = 2  # such lines passed over


def _past_noise(nonblank: list[int], k: int, chrome: set[int], stripped: dict[int, str]) -> int:
    """The line over line ``k`` once a floor's edit note and residue are passed over."""
    j = k - 1
    while j > 0 and k - j <= _NOISE_REACH and nonblank[j] in chrome and _FLOOR_NOISE.match(stripped[nonblank[j]]):
        j -= 1
    return nonblank[j]


_REPLY_FLOOR_REACH = 4  # lines over a floor's text in which its header shows its number


def _reply_floor(line: str) -> bool:
    """A reply floor's number alone (3楼, #3, 3#), not the first floor's: a reply's header."""
    return is_floor_number(line) and (n := re.search(r"\d+", line)) is not None and int(n.group()) >= 2
# A floor's number and its poster (#1 某某, #12 abc_123, #1 樓主 某某): a thread's post starts under it.
_FLOOR_NAME = rule_cache.compile(r"^#\d{1,4}\s+(?:楼主\s+)?\S{1,20}$")


def _floor_stamp(h: int, i: int, chrome: set[int], stripped: dict[int, str]) -> bool:
    """Lines ``h`` and ``i`` are a floor's number and poster over the post's full stamp
    (#1 某某 / 2026-02-05 21:14:08), both chrome: the line under them is the post's first line,
    however short, never the thread's headline."""
    if h not in chrome or i not in chrome:
        return False
    if _FLOOR_NAME.match(stripped[h]) and _DATE_TIME.match(stripped[i]):
        return True
    # … or the stamp and the floor's number under it (發表於 2026-2-10 13:22 | 只看該作者 / 1#)
    return is_meta_line(stripped[h]) and is_floor_number(stripped[i])


_CRUMB = rule_cache.compile(r"\s*(?:>|›|»|->|＞|→|>>)\s*")
_CRUMB_LABEL = rule_cache.compile(r"^[^:：]{1,6}[:：]\s*")
# The site's menu from its home page set between bars (首頁｜區處簡介｜停電資訊｜…).
_HOME_BARS = rule_cache.compile(r"^(?:首页|主页)[ \t\u3000]*[|｜](?:[^|｜]{1,10}[|｜]){2,}")
# A breadcrumb with slashes from the home page on (首頁 / 停電資訊 / 計畫性工作停電).
_SLASH_CRUMB = rule_cache.compile(r"^(?:首页|主页|Home)[ \t\u3000]*[/／](?:[ \t\u3000]*[^/／。，\s]{1,16}[ \t\u3000]*[/／]?){1,5}$")


def _crumbs(lines: Iterable[str]) -> set[str]:
    """The steps of the page's breadcrumbs before their last (您的位置：某某网 > 新闻 > 正文): the
    site's and its sections' names.  The last step may be the headline itself."""
    out: set[str] = set()
    for line in lines:
        parts = [p for p in _CRUMB.split(line) if p]
        if len(parts) < 2:
            continue
        parts[0] = _CRUMB_LABEL.sub("", parts[0])
        out.update(p for p in parts[:-1] if p)
    return out


_CRUMB_ABOVE_REACH = 2  # lines over (and under) a heading its page's breadcrumb (and stamp) may stand on
_STAMP_IN = rule_cache.compile(r"(?:(?:19|20)\d\d|1[01]\d)[ \t]?[-/年.][ \t]?\d{1,2}[ \t]?[-/月.][ \t]?\d{1,2}")  # (2024 年 3 月 10 日 too)


def _last_step(crumb: str) -> str:
    """The breadcrumb's last step, folded (首頁 > 買樓 > 黃埔花園: 黄埔花园): what the page is."""
    return fold(_CRUMB.split(crumb.strip())[-1].strip())


def _named_by_crumb_above(stripped: dict[int, str], nonblank: list[int], k: int, headline: str) -> bool:
    """Does the line hold the last step of a breadcrumb just over it (首頁 > 參觀資訊 > 開放時間與票價
    / 開放時間與票價; 帮助中心 > 更新日志 / 云记更新日志): the page's own heading, as the trail names it."""
    for j in range(k - 1, max(-1, k - 1 - _CRUMB_ABOVE_REACH), -1):
        line = stripped.get(nonblank[j], "")
        if _breadcrumb(line):
            last = _last_step(line)
            return len(last) >= 2 and last in headline
        if _SLASH_CRUMB.match(line):
            # (首頁 / 主日週報 / 主日週報：被舉起來的人子: the trail in slashes, its last step the page's kind)
            last = fold(re.split(r"[ \t\u3000]*[/／][ \t\u3000]*", line.strip().rstrip("/／"))[-1])
            return len(last) >= 2 and last in headline
    return False


#: How many lines of a list of stories stand between a listed headline and the list's heading.
LIST_REACH = 12


def _listed_again(lines: list[str], i: int, after: int) -> bool:
    """Line ``i`` stands again after line ``after`` in a list of the page's stories: under a
    list's heading (本版新闻, 相关新闻), among other lines that could be headlines.  A headline
    is listed so; a poster's name or an office that signs a notice is repeated elsewhere."""
    return _heading_listing_again(lines, i, after) is not None


# The heading of the writer's card at a blog's foot (創作者介紹, 关于作者, 博主简介).
_WRITER_CARD = rule_cache.compile(r"^(?:创作者介绍|作者介绍|作者简介|关于作者|关于博主|博主简介|博主介绍|关于我|部落客介绍|版主介绍)$")
# A list's heading that says its items are other stories than this page's (本版其他文章, 其它新闻).
_OTHERS_HEADING = rule_cache.compile(r"其他|其它")


def _among_others(lines: list[str], i: int, after: int) -> bool:
    """Line ``i`` stands again after line ``after`` under a heading of other stories (本版其他文章)."""
    heading = _heading_listing_again(lines, i, after)
    return heading is not None and bool(_OTHERS_HEADING.search(fold(heading)))


def _heading_listing_again(lines: list[str], i: int, after: int) -> str | None:
    """The heading of the list in which line ``i`` stands again after line ``after``, if any."""
    text = lines[i].strip()
    for j in range(after + 1, len(lines)):
        if lines[j].strip() != text:
            continue
        seen = 0
        for h in range(j - 1, max(after, j - 4 * LIST_REACH), -1):
            above = lines[h].strip()
            if not above:
                continue
            if _WRITER_CARD.match(fold(above)):
                break  # 創作者介紹 / 小鹿 / 小鹿的慢慢旅行日記: the writer's card names the blog, no story list
            if is_section_heading(above):
                return above
            seen += 1
            if seen > LIST_REACH or len(above) > 50 or "。" in above:
                break
    return None


def _listing_under_crumb(crumb: str, line: str) -> bool:
    """``line`` opens on the last step of the breadcrumb over it and goes on in words (黃埔花園
    8期 高層 海景兩房 即買即住 under 首頁 > 買樓 > 黃埔花園): a listing's headline, though its
    short words read as a row of buttons."""
    if not _breadcrumb(crumb):
        return False
    last = _last_step(crumb)
    words = line.split()
    return (
        len(words) >= _LISTING_WORDS_MIN
        and len(last) >= 2
        and words[0] == last
        and TITLE_MIN <= len(line) <= TITLE_MAX
        and all(_HANZI.search(w) for w in words)  # (社會 > 司法, 港聞 | 2024年4月3日: a trail, a stamp)
        and not _LISTING_STAMP.search(line)
        and not any(is_furniture_word(w) or is_tool_row(w) for w in words[1:])
    )


_LISTING_WORDS_MIN = 3
_LISTING_STAMP = rule_cache.compile(r"\d{4}[年/.-]|[|｜>›»]")


def _breadcrumb(line: str) -> bool:
    """A path of the site's sections (最新消息 > 註冊組公告, 首頁 › 新聞 › 地方): two to six short
    steps between arrows, no sentence.  Pages put it over their headline, never under."""
    parts = [p for p in _CRUMB.split(_CRUMB_LABEL.sub("", line)) if p]
    return 2 <= len(parts) <= 6 and len(line) <= 80 and all(len(p) <= 16 for p in parts) and "。" not in line


def _bigrams(text: str) -> set[str]:
    return {
        text[i : i + 2]
        for i in range(len(text) - 1)
        if _HANZI.match(text[i]) and _HANZI.match(text[i + 1])
    }


# An event's day and hour opening a line (2025年9月25日 19:00 星辰秋季新品发布会): no headline.
_DAY_AND_HOUR_FIRST = rule_cache.compile(r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t\u3000]*\d{1,2}:\d{2}[ \t\u3000]+\S")
# A WeChat article's stamp row: its writer and account (often the same), its day and hour, the
# region it was posted from; no headline before the day.
_ACCOUNT_STAMP = rule_cache.compile(
    r"^(?:原创[ \t]+\S{1,20}(?:[ \t]+\S{1,20})?|(?P<who>\S{2,20})[ \t]+(?P=who))"
    r"[ \t]+\d{4}年\d{1,2}月\d{1,2}日[ \t]+\d{1,2}:\d{2}(?:[ \t]+\S{2,8})?$"
)
# A fact's row, a short label and its value after a bar (演出場地｜歌劇院, 建議年齡｜12歲以上).
# (one bar only: a menu's row, 首页｜新闻｜财经, is none)
_FIELD_ROW = rule_cache.compile(r"^[\u4e00-\u9fff]{2,6}[ \t]*[｜|][ \t]*[^｜|\s][^｜|]*$")
#: The sites whose pages are a post and its replies, never a headline over a story.
_POST_ONLY_SITES = frozenset({"instagram", "plurk", "噗浪", "x", "twitter"})
_POSTS_ALWAYS = frozenset({"instagram", "plurk", "噗浪"})  # (X's first line may be a close button)
_CHANNEL_COUNTS = re.compile(r"(?i)^[\d.,]+\s*[KM]?\s+(?:photos|videos|links|files)$")  # (412 photos)
# A site's own buttons right under its name at the page's head (Subscribe, Sign in, 登入).
_SITE_BUTTONS = re.compile(r"(?i)^(?:subscribe|sign in|sign up|log in|登入|登录|注册|订阅)$")
_SUBSCRIBERS = re.compile(r"(?i)^[\d.,]+\s*[KM]?\s+subscribers$")  # (under Telegram's name only)
#: A post's account alone on its line (@Kokoro_HK_Info, mika_yen.0218): the page is the post's.
_ACCOUNT_LINE = re.compile(r"^@?[A-Za-z][A-Za-z0-9_.]{2,30}$")
#: A channel's feed page (Telegram's preview of a channel): its posts have no headline.
_CHANNEL_FEED = re.compile(r"(?i)^(?:View in Telegram|Preview channel)$")


def find_title(
    lines: list[str], body: tuple[int, ...], chrome: tuple[int, ...] = ()
) -> Title | None:
    """The headline of the page, or None.  A letter-spaced line (天 氣 稿 第 041 號) is read
    closed up, and the headline found in it points back into the line as written."""
    maps: dict[int, list[int]] = {}
    read = list(lines)
    # (on a letter-spaced page, its headline may be set apart only in part: 天 氣 稿 第 041 號 - 熱帶氣旋警告)
    spaced = {i for i in (*body, *chrome) if letter_spaced(lines[i])}
    if len(spaced) >= _SPACED_LINES:
        spaced.update(i for i in (*body, *chrome) if spaced_hanzi(lines[i]) >= _SPACED_PART)
    for i in spaced:
        read[i], maps[i] = closed_up(lines[i])
    found = _page_title(read, body, chrome)
    if found is None or found.line not in maps:
        return found
    where = maps[found.line]
    lead = len(read[found.line]) - len(read[found.line].lstrip())
    start = where[lead + found.start] - lead
    end = where[lead + found.end - 1] + 1 - lead
    return Title(found.line, start, end, found.whole)


_SPACED_LINES = 3  # letter-spaced lines that make a page letter-spaced
_SPACED_PART = 3  # hanzi set apart in a line of such a page that is read closed up


def _page_title(
    lines: list[str], body: tuple[int, ...], chrome: tuple[int, ...] = ()
) -> Title | None:
    """The headline of the page, or None (see :func:`find_title`)."""
    nonblank = sorted((*body, *chrome))
    first = next((lines[i].strip() for i in nonblank[:1]), "")
    # (a post's page shows its account under the site's name: a news page's first line may be a
    # close button, X, or a share label, Threads, with no account after it)
    account = any(_ACCOUNT_LINE.match(lines[i].strip()) for i in nonblank[1:REACH])
    # (the site's names alone on the first line, one or two of them: Plurk, 噗浪 Plurk, X)
    sites = set(first.casefold().split())
    if sites and sites <= _POST_ONLY_SITES and (sites & _POSTS_ALWAYS or account):
        # an Instagram, Plurk or X post has no headline: its first line is its text (a caption
        # opening on a bracketed headline is one for some annotators, none for as many)
        return None
    if first.casefold() == "threads" and account:
        # a Threads post's first line is its text, unless it is set off as a headline in
        # brackets (【公告】小店要搬家啦)
        found = _find_title(lines, body, chrome)
        if found is None or lines[found.line].strip()[found.start : found.start + 1] not in "【[":
            return None
        return found
    entry = _entry_name(lines, nonblank, set(chrome))
    if entry is not None:
        return entry
    archived = _archive_named(lines, nonblank)
    if archived is not None:
        return archived
    found = _find_title(lines, body, chrome)
    if found is not None and _first_of_listed_items(lines, nonblank, found.line):
        return None  # 【展览】… / 时间：… / 【话剧】… / 时间：…: a listing's items, no headline over them
    if found is not None and _first_of_dated_stories(lines, nonblank, set(chrome), found.line):
        return None  # a section's list of stories, each under its stamp: no headline of the page's
    return found


_BRAND_CHANNEL_MAX = 8  # characters of an outlet's channel name (红星视频, 央视新闻客户端)
_MEDIA_CHANNEL = rule_cache.compile(r"(?:视频|新闻|财经|直播|资讯|快讯|客户端|TV)$")
_LISTED_STORIES_MIN = 3  # stories under their stamps that make a section's list
_STAMP_DASH = rule_cache.compile(r"^[-–—·•|｜][ \t]*")


def _first_of_dated_stories(lines: list[str], nonblank: list[int], chrome: set[int], line: int) -> bool:
    """Is ``line`` the first of a section page's stories, each a headline under a stamp alone
    (chrome) and over the story's text (- 2025年03月16日 / 西貢行山客夜困… / 【有線新聞】兩名…)?"""
    heads = [
        nonblank[k]
        for k in range(1, len(nonblank) - 1)
        if nonblank[k - 1] in chrome
        and nonblank[k + 1] not in chrome
        and is_date_alone(fold(_STAMP_DASH.sub("", lines[nonblank[k - 1]].strip())))
        and not _SENTENCE_END.search(lines[nonblank[k]].strip())
        and len(lines[nonblank[k]].strip()) <= _LISTED_HEAD_MAX
        and len(lines[nonblank[k + 1]].strip()) > len(lines[nonblank[k]].strip())
    ]
    return len(heads) >= _LISTED_STORIES_MIN and heads[0] == line


_LISTED_HEAD_MAX = 40  # characters of a listed story's headline


# A forum archive's link to the thread's full view, with its headline (查看完整版本: 孩子…怎么办？).
_FULL_VERSION = rule_cache.compile(r"^(?:查看完整版本|查看完整版|完整版本)\s*[:：]\s*(\S.{0,80})$", prepare=either_script)


def _archive_named(lines: list[str], nonblank: list[int]) -> Title | None:
    """The thread's headline that an archive page names again at its foot (查看完整版本: …)."""
    for i in reversed(nonblank):
        m = _FULL_VERSION.match(lines[i].strip())
        if m is None:
            continue
        name = m.group(1).strip()
        top = next((j for j in nonblank if j < i and lines[j].strip() == name), None)
        return Title(top, 0, len(name), True) if top is not None else None
    return None


_ENTRY_NAME = rule_cache.compile(r"^[^\s，。,！？!?：:、（）()《》【】\[\]]{2,20}$")
# An encyclopedia's lead after the name: its bracket of other names or of life dates (（英語：…,
# （1928年3月6日—…）), or 是一 (…是一位, 是一家); a post's 妈妈，今天… is no lead.
# (or the day the person was born, 周文澜，1962年3月出生于山东…)
_ENTRY_LEAD = rule_cache.compile(
    r"[ \t]*(?:[（(][^）)]{0,40}?(?:\d{4}|英[语文]|外文|拼音|原名|本名|简称|又名|别名)|是一"
    r"|[，,][ \t]*\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生于)"
    # (溪桥镇，隶属于浙江省…, 某某，位于…: a place's entry, where it lies)
    r"|[，,][ \t]*(?:隶属于|隶属|位于|地处|坐落于|是))",
    prepare=either_script,
)


def _entry_name(lines: list[str], nonblank: list[int], chrome: set[int]) -> Title | None:
    """An encyclopedia entry's name over its lead, which opens with the name again and its
    bracket or 是 (區梓峰 / 區梓峰（英語：…，1961年4月3日—），香港填詞人…): the page's headline,
    however short a name."""
    for k, i in enumerate(nonblank[: REACH - 1]):
        name = lines[i].strip()
        # (the name may read as the head's chrome, 0有用+1 / 周文澜 / 中国剪纸艺术家: its lead says it is the entry's)
        if k + 1 >= len(nonblank) or not _ENTRY_NAME.match(name):
            continue
        # (百度百科 sets the entry's description in brackets and its tools between the name and
        # the lead: 陈望舒 / （中国昆曲表演艺术家） / 播报　编辑 / 陈望舒（1928年3月6日—…），…)
        for step, j in enumerate(nonblank[k + 1 : k + 1 + _ENTRY_LEAD_REACH]):
            lead = lines[j].strip()
            place = (
                # (永宁桥 / 本词条是多义词… / 编辑　讨论… / 永宁桥位于…: an entry's place lead, with no
                # comma, under the entry's own notes; not a story's 阿里山 / 阿里山位於…)
                step >= 1
                and all(b in chrome for b in nonblank[k + 1 : k + 1 + step])
                and _ENTRY_PLACE_LEAD.match(lead, len(name)) is not None
            )
            if lead.startswith(name) and (_ENTRY_LEAD.match(lead, len(name)) or place) and len(lead) > 2 * len(name) + 10:
                # (beyond a few lines, only over an infobox's rows: 出生　1952年4月17日 / 國籍　…)
                between = nonblank[k + 1 : k + 1 + step]
                if step < _ENTRY_NEAR or any(_INFOBOX_ROW.match(lines[b].strip()) for b in between):
                    return Title(i, 0, len(name), True)
            if j not in chrome and not _BRACKETED_ALONE.match(lead) and (len(lead) > _ENTRY_TOOLS_MAX or _STORY_END.search(lead)):
                break  # (a short row of the entry's tools, 播报　编辑　讨论, may stand between)
            if _COMPANY_NAME.match(name) and not _STORY_END.search(lead) and len(lead) <= _QUESTION_MAX and _HANZI.search(lead):
                break  # 某某股份有限公司 / 2023年年度权益分派实施公告: a notice's issuer over its heading, no entry
    return None


_ENTRY_PLACE_LEAD = rule_cache.compile(r"[ \t]*(?:隶属于|位于|地处|坐落于)", prepare=either_script)
_ENTRY_LEAD_REACH = 12  # lines from an entry's name to its lead (an infobox's short rows between)
_ENTRY_NEAR = 4  # … and without an infobox between
# An infobox's row: a label of a few hanzi, a wide space, its value (出生　1952年4月17日, 國籍　中華人民共和國).
_INFOBOX_ROW = rule_cache.compile(r"^[\u4e00-\u9fff]{2,4}[\u3000\t]+\S")
_ENTRY_TOOLS_MAX = 20  # characters of a row of tools between an entry's name and its lead
_BRACKETED_ALONE = rule_cache.compile(r"^[（(][^（）()]{1,24}[）)]$")


# An item of a listing under its kind in brackets (【展览】江南百年老照片展), then its first field
# (时间：…): three or more such make the page a listing, whose first item is no headline.
_LISTED_ITEM = rule_cache.compile(r"^【[^】]{1,6}】\S")
_ITEM_FIELD = rule_cache.compile(r"^[\u4e00-\u9fff]{1,4}[：:]\s*\S")
_LISTED_ITEMS_MIN = 3


def _first_of_listed_items(lines: list[str], nonblank: list[int], line: int) -> bool:
    """Is ``line`` the first of a listing's items, each a bracketed kind and a name over a field?"""
    if not _LISTED_ITEM.match(lines[line].strip()):
        return False
    items = [
        i
        for k, i in enumerate(nonblank[:-1])
        if _LISTED_ITEM.match(lines[i].strip()) and _ITEM_FIELD.match(lines[nonblank[k + 1]].strip())
    ]
    return len(items) >= _LISTED_ITEMS_MIN and items[0] == line


def _find_title(
    lines: list[str], body: tuple[int, ...], chrome: tuple[int, ...] = ()
) -> Title | None:
    chrome_set = set(chrome)
    nonblank = sorted((*body, *chrome))
    if any(_CHANNEL_FEED.match(lines[i].strip()) for i in nonblank[:REACH]) or (
        nonblank
        and any(
            _SUBSCRIBERS.match(lines[i].strip())
            and (lines[nonblank[0]].strip().casefold() == "telegram" or _CHANNEL_COUNTS.match(lines[j].strip()))
            for i, j in pairwise(nonblank[: REACH + 1])
        )
    ):
        return None  # a Telegram channel's page is a feed of posts, none of them its headline
    stripped = {i: fold(lines[i].strip()) for i in nonblank[: 4 * REACH]}
    start = _story_start(lines, nonblank[: 4 * REACH], chrome_set, stripped)
    if start is None:
        return None
    if _question_over_story(nonblank, start, chrome_set, stripped):
        start += 1  # (北京社保断缴一个月，会影响…吗？ / 我5月31日从…离职，…: a Q&A page's question, its headline)
    # The story's own lines: a name repeated in chrome (發佈於 某某沙龍) is not repeated by the story.
    story = fold(
        "".join(lines[i] for i in nonblank[start : start + 40] if i not in chrome_set)[:STORY_SAMPLE]
    )
    footer = fold(" ".join(lines[i].strip() for i in chrome if _LEGAL_LINE.search(lines[i]))[:2000])
    repeated = repeated_names(lines) & chrome_set
    outlets = outlet_lines(lines[: nonblank[start]] if start < len(nonblank) else lines)
    outlets |= category_labels(lines)
    # the owner of a profile page (某某的个人空间): the poster's name, wherever it stands again
    owners = {
        m.group(1)
        for i in nonblank[:start]
        if (m := _PROFILE.match(stripped.get(i, "")))
    }
    # where a post's stamp says it came from (12-20 21:07 来自 某某超话, 来自 某某小组): a
    # channel, a group or an app, never the post's headline
    sources = {
        m.group(1)
        for line in stripped.values()
        if _POST_META.search(line) and (m := _SOURCE.search(line))
    }
    # the names the page mentions with an @ (@河洛小白菜 开着呢): users, never a headline
    mentioned = mention_names(lines)
    # the site's name on the page's first line (上報 Up Media), which its <title> repeats after
    # the headline (標題｜上報)
    masthead = set(stripped[nonblank[0]].split()) if nonblank else set()
    chat: bool | None = None  # a chat record (read only once a sender's line is met over a candidate)
    crumbs = _crumbs(stripped[i] for i in nonblank[:start] if i in chrome_set)
    # what could be a headline in each line over the story (empty where none could)
    heads = ["" for _ in range(start)]
    for k in range(max(0, start - 1 - 2 * REACH), start):
        span = _headline(stripped[nonblank[k]])
        if span is not None:
            heads[k] = stripped[nonblank[k]][span[0] : span[1]]
    card = spec_card_rows(lines)
    for k in range(start):
        if _SPACE_NAME.match(stripped[nonblank[k]]):
            # (林小鹿的空间 / 你若盛开，清风自来: a blog's name and motto, no headline of any post)
            heads[k] = ""
            if k + 1 < start and not _SENTENCE_END.search(heads[k + 1]):
                heads[k + 1] = ""
    best: tuple[float, Title] | None = None
    for k in range(start - 1, max(-1, start - 1 - REACH), -1):
        i = nonblank[k]
        text = stripped[i]
        nxt = stripped.get(nonblank[k + 1], "") if k + 1 < len(nonblank) else ""
        # a topic page's topic (#某某登陆#) over its counts (阅读 3.2亿 讨论 18.6万): its headline,
        # though a tag alone reads as chrome
        topic = bool(_TOPIC.match(text) and _TOPIC_COUNTS.search(nxt))
        prev = stripped[nonblank[k - 1]] if k > 0 else ""
        if _FIELD_ROW.match(text) and (_FIELD_ROW.match(nxt) or _FIELD_ROW.match(prev)):
            continue  # 演出團隊｜島嶼劇場 / 演出場地｜歌劇院: a programme's facts, label｜value, no headline
        if k > 0 and _breadcrumb(prev) and _last_step(prev) == text and _COUNTS_DOTTED.match(nxt):
            continue  # 车友圈 > 比亚迪海豹圈 / 比亚迪海豹圈 / 12.6万 圈友 · 8.9万 帖子: the group's name, not a post's
        if (m := _NAME_THEN_FOLLOW.match(text)) and len(m.group(1)) <= _NAME_MAX:
            continue  # 糯米团子在厨房　关注: a writer's name and the follow button beside it
        if _HOURS_ROW.match(text):
            continue  # 星期日及公眾假期 休息, 星期一至六 07:00 - 19:00: a place's opening hours
        if i in card:
            continue  # 購買車型　2023款… / 百公里油耗　4.8L/100km: a spec card's rows, no headline
        if _BADGE.match(nxt):
            continue  # 蜀道难开车手 / 认证车主: the writer's name over the badge
        if is_imageboard_head(prev):
            continue  # 無題 名稱: 無名氏 [25/01/20(一)…] No.29104417 / 今年1/25到2/2…: a post's first line
        if _NAME_AND_ACCOUNT.match(text):
            continue  # 深水埗散步中 ｜ sspwanderer: a blog's name and its owner's account, over every post
        if _SECTION_NUMBER.match(text):
            continue  # (一)天穿日．補天的女人, 二、活动安排: a section of the story, under its own headline
        if _DAY_AND_HOUR_FIRST.match(text):
            continue  # 2025年9月25日 19:00 星辰秋季新品发布会: an event's day and hour, then its name; no headline
        if _programme_fields(text) and _programme_fields(nxt):
            # 講道：林永恩牧師　　講題：「…」 / 司會：…　　招待：…: a programme's fields, row on row (a
            # headline of two quotes, 藍委：…　卓榮泰：…, stands alone over its dateline)
            continue
        if k == 0 and _SITE_BUTTONS.match(nxt):
            continue  # 石硤尾小記 / Subscribe / Sign in: a newsletter's or a site's name over its buttons
        if _ACCOUNT_STAMP.match(text):
            continue  # 某某幼儿园 某某幼儿园 2025年05月23日 16:05 浙江: a WeChat article's writer, account, day and region
        if _MEMBER_RANK.match(nxt) or _MEMBER_RANK.match(text):
            continue  # 阿凱的背包 / 進階會員 / 註冊日期: 2011-07: a poster's name over its rank, a card
        # (首頁 > 買樓 > … > 黃埔花園 / 黃埔花園 8期 高層 海景兩房 即買即住: a listing's headline in
        # short words, opening on the place its breadcrumb ends with)
        listing = (
            k > 0
            and nonblank[k - 1] in chrome_set
            and _listing_under_crumb(prev, text)
            and not _site_tabs(text)
            # (週刊 › 2025年 › 第2816期 / 第2816期　主後二〇二五年十一月三十日…: the issue's own stamp)
            and classify(text) is not Kind.CHROME
        ) or (
            # (屋苑 > … > 放盤詳情 / 碧濤苑 第7座 中層 2房 業主急放 即睇即買 / 盤源編號：…　更新日期：…: a
            # listing's headline in short words, between its breadcrumb and its stamp or its tools,
            # which reads as a row of buttons alone)
            k > 0
            and _headline(text) is None
            and len(text.split()) >= _LISTING_WORDS
            and nonblank[k - 1] in chrome_set
            and _breadcrumb(prev)
            # (its tools or its stamp right under it, chrome: not a row of tabs over the headline,
            # 整層住家 獨立套房 分租套房 雅房)
            and (nonblank[k + 1] in chrome_set or _PRICE_ROW.match(nxt) is not None or button_tokens(nxt) >= _TOOL_BUTTONS_MIN)
            # (its price a few lines under it: 售價：HK$628萬, 总价 458万)
            and any(
                _PRICE_ROW.match(stripped.get(nonblank[j], ""))
                for j in range(k + 1, min(len(nonblank), k + 1 + _PRICE_BELOW))
            )
            and _LISTING_MIN <= len(text) <= _LISTING_MAX
            and not _SENTENCE_END.search(text)
            and classify(text) is not Kind.CHROME
        )
        span = (0, len(text)) if topic or listing else _headline(text)
        if span is None:
            continue
        bracketed = _bracketed_heading(text) or _titled_work(prev, text)
        if prev and not topic and (
            (
                is_section_heading(prev)
                # (即時新聞 / the headline / 2025年01月26日(日) 14:32 / the story: the headline
                # over its dateline, right over the story, under the section's name)
                and not (_DATE_TIME.match(nxt) and start - k <= _DATED_HEADLINE_REACH)
                and not is_floor_row(nxt)
                and not is_floor_number(nxt)
                # (熱門 最新 / the headline / 142 回覆 / 38 / #1 某某 3 小時前: a thread's headline
                # over its counts and its first floor, under the board's tabs)
                # (or its floor's number alone, LIHKG's #1 / 某某 / 3 星期前)
                and not any(
                    is_floor_row(stripped.get(nonblank[j], "")) or is_floor_number(stripped.get(nonblank[j], ""))
                    for j in range(k + 1, min(k + 5, len(nonblank)))
                )
            )
            or (_POST_META.search(prev) and not bracketed)
            or is_floor_row(prev)
            or is_floor_foot(prev)  # (来自Android客户端16楼… / 某某: 回复 某某 :…: a reply under a floor)
            or is_floor_foot(nxt)  # (… / 来自iPhone客户端17楼…: a floor's own words over its foot)
            # (只看楼主　收藏　回复 / 郴江水 / … / 楼主　2024-01-28 21:14　湖南: the first line of the
            # starter's floor under the thread's buttons and its poster, its foot under its last line;
            # a thread's headline stands over the buttons)
            or (
                k >= 2
                and _THREAD_BUTTONS.search(stripped[nonblank[k - 2]])
                and _over_floor_foot(lines, nonblank, k)
            )
            or CHAT_LINE.match(prev) is not None  # a chat message's next line ([…] 管理處: / 【通告】)
        ):
            # the first entry of a list of other stories (not a thread's headline over its first
            # floor, #1 某某 1 日前, under the board's tabs 热门 最新); a post's text; a floor's
            continue
        site = _SITE_SUFFIX.search(text, span[0] + TITLE_MIN, span[1])
        if site and site.group(1) in masthead:
            span = (span[0], site.start())  # 標題｜上報 under the masthead 上報 Up Media: the site's name
        headline = text[span[0] : span[1]]
        if _NAME_IN_CAPITALS.match(headline) or (k == 0 and _NAME_WITH_LATIN.match(headline)):
            # 沧澜银行 CANGLAN BANK | 信用卡电子账单, 基督教宣恩堂（荃灣）Grace Proclamation Church: an
            # institution's name and its Latin name, the page's first line
            continue
        if len(text) <= _FLOOR_POSTER_MAX and _is_bio(nxt) and not _NOT_BIO.search(nxt):
            continue  # 程序员阿May / 后端开发 / 马拉松爱好者: a writer's name over the bio
        if _opens_with_poster(text, [stripped[nonblank[j]] for j in range(max(0, k - REACH), k)]):
            continue  # lamkamart 🌊「海邊的紙」…: a caption, under its poster's name, opens with it
        if k >= 2 and len(prev) <= _FLOOR_POSTER_MAX and is_floor_number(stripped[nonblank[k - 2]]):
            continue  # 12楼 / 北漂十年的老李 / 考完了…: a floor's first line under its number and poster
        if len(headline) <= _FLOOR_POSTER_MAX and is_floor_number(prev):
            continue  # 12楼 / 北漂十年的老李: a poster's name under its floor's number
        if k >= 2 and (is_date_alone(prev) or _DMY_ALONE.match(prev)) and _USER_ID.match(stripped[nonblank[k - 2]]):
            continue  # xiaolin_0815 / 2023年9月12日 / 欸欸 有人中秋要烤肉…: a post's first line under its poster and day
        # the page names its headline (標題 Re: [討論] …), or over it, on a line of its own
        labelled = bool(_TITLE_LABEL.match(text)) or prev in _TITLE_LABELS_ALONE
        # (宏晟精密：公告本公司… over 主旨：公告本公司…: the headline the subject field repeats, its
        # issuer before a colon)
        labelled = labelled or any(
            (m := _TITLE_LABEL.match(stripped.get(nonblank[j], ""))) is not None
            and len(value := stripped[nonblank[j]][m.end() :].strip()) >= TITLE_MIN
            and text.endswith(value)
            and text[: len(text) - len(value)].rstrip().endswith(("：", ":"))
            for j in range(k + 1, min(len(nonblank), k + 1 + _SUBJECT_BELOW))
        )
        if _REPLY_QUOTE.match(headline) and not labelled:
            continue  # a reply's quote header (回覆 2樓 老王：…, 回复 @某某 :…, Re: …)
        if _FORM_ROW.search(headline):
            continue  # a box's prompt and its button (发一条友善的评论吧～　发布)
        if (
            k > 0
            and heads[k - 1]
            and _REPORTERS.match(nxt)
            and not (nonblank[k - 1] in repeated and _among_others(lines, nonblank[k - 1], nonblank[start] if start < len(nonblank) else i))
            # (‧ 沙田車公廟 善信捐款創新高 / 新春活動陸續結束 林村人流未減 / 記者 黃嘉欣: the last item of
            # an e-paper's bulleted list of the page's stories over the headline, no headline of its own)
            and prev[:1] not in ITEM_BULLETS
        ):
            # a deck (the line that explains the headline, nearer the story and sharing more of
            # its words) between its headline and the reporters' line; not under another
            # story's headline (上一篇 / 下一篇 / 陇阳县：… listed again under 本版其他文章)
            continue
        after = stripped.get(nonblank[k + 2], "") if k + 2 < len(nonblank) else ""
        if len(headline) <= _NAME_MAX and _VERIFIED.match(nxt) and _POST_META.search(after):
            continue  # a poster's name over its verified mark and the post's stamp (某某 / V / 22:05 来自 微博)
        if is_comment_foot(nxt) or is_comment_foot(prev) or is_comment_foot(after):
            # a comment over its foot row (2026-11-12 21:34　IP属地：广东　回复), its writer's name
            # over it, the next writer's name under it
            continue
        if (
            k > 0
            and len(headline) <= _BRAND_CHANNEL_MAX
            and _MEDIA_CHANNEL.search(headline)
            and stripped[nonblank[0]][:2] == headline[:2]
            and nonblank[0] in chrome_set
        ):
            continue  # 红星新闻 / 打开APP / 红星视频: the outlet's channel under its name, no headline
        if _HOME_PATH.match(nxt):
            continue  # the site's name over its path (某某論壇 / 首頁 › 器材討論): the path starts at home
        if prev in _POSTER_LABELS and len(headline) <= _FLOOR_POSTER_MAX:
            continue  # 楼主 / 杭城小马哥: the poster's name under the floor's label
        if _SPACE_NAME.match(headline) or (_SPACE_NAME.match(prev) and not _SENTENCE_END.search(headline)):
            continue  # 林小鹿的空间 / 你若盛开，清风自来: a blog's name, and its motto under it, over the posts
        if (
            k <= 1
            and (menu_end := _vertical_menu_end(stripped, nonblank, k + 1, start)) is not None
            and any(heads[x] for x in range(menu_end, start))
        ):
            # 山川拾遗 / 拿着一台旧相机到处走走 / 首页 / 归档 / 提问 / 婺源 · 篁岭晒秋: a blog's name and
            # motto, the page's first lines, over its menu with a headline under it (with none under
            # it, the line over the menu is the page's headline)
            continue
        if (is_site_over_menu(text, nxt) and (k == 0 or is_home_menu(nxt))) or (k == 0 and is_search_box(nxt)):
            # the site's name, slogan or search box over its menu (某某 / 首页　番剧　直播): a
            # headline stands under the menu from the home page, wherever it stands in the head
            # (a thread's tools, 只看楼主 收藏 回复, stand under its headline); or over its search
            # box (豆瓣电影 / 搜索电影、电视剧、综艺、影人)
            continue
        if (
            len(headline) <= 12
            and " " not in headline
            and headline[-1] not in "？?！!"
            and _POST_META.search(nxt)
        ):
            continue  # the poster's name over a post
        if _POST_META.search(nxt) and _bracketed_heading(after):
            continue  # a page's name over its post's stamp, the post's own heading under it
        if k >= 2 and _bracketed_heading(prev) and _POST_META.search(stripped[nonblank[k - 2]]):
            continue  # the post's first line, under the heading its writer gave it
        if (
            len(headline) <= 10
            and " " not in headline
            and _DATE_TIME.match(nxt)
            and any(len(h) > len(headline) for h in heads[max(0, k - REACH) : k])
        ):
            # the author's name between a headline and its dateline, or a poster's name (or the
            # school shown for one) over the post's stamp, under the thread's headline and its
            # counters or labels (楼主, 匿名)
            continue
        if (
            i in chrome_set
            and len(headline) <= _FLOOR_POSTER_MAX
            and not _TAGGED_HEADLINE.match(text)
            and k + 1 < len(nonblank)
            and nonblank[k + 1] not in chrome_set  # (its floor's words right under the name)
            and any(is_floor_foot(stripped.get(nonblank[j], "")) for j in range(k + 1, min(k + 5, len(nonblank))))
        ):
            continue  # 小鹿不吃草 / its words / 来自Android客户端18楼…: a poster's name over a floor
        if _ACCOUNT_LABEL.search(nxt) and len(headline) <= 12:
            continue  # an account's name over its label
        if is_join_button(nxt) and len(text) <= 16 and " " not in text:
            # a group's or an account's name over its button (某某小组 / 去小组, 关注); not a
            # headline's line that ends in its outlet's name (标题 某某晚报 2026-11-16 / +关注)
            continue
        if _AUDIENCE.search(nxt) and len(nxt) <= 30:
            continue  # a group's, a page's or a user's name over the size of its audience
        if ANSWER_VOTES.search(nxt) and len(nxt) <= ANSWER_VOTES_MAX:
            continue  # an answerer's name or bio over the answer's votes (1,204 人赞同了该回答)
        if (
            len(headline) <= _POSTER_MAX
            and " " not in headline
            and (LEVEL_ROW.match(nxt) or _ROLE.match(nxt) or POSTER_LEVEL.match(nxt))
        ):
            # a poster's name over its level or role (Lv6 VIP, 楼主): a post's writer (a thread's
            # headline may stand over 楼主 too, but is longer than a name)
            continue
        if (
            is_badge(nxt)
            # (a name is short: a headline over the outlet's follow button is the page's)
            or (FOLLOW_BUTTON.match(nxt) and len(headline) <= _NAME_MAX)
            # (小林不加班 / 后端工程师 / 业余跑步 8 年 / 关注: a name, its bio, the follow button)
            # (树下的老周 / 前大厂后端，现在是自由人 / ​关注他: a bio in clauses, short; not a
            # headline over its writer's name and the follow button, 外婆的月饼 / 林间有鹿 / 关注)
            or (
                FOLLOW_BUTTON.match(after)
                and len(headline) <= _NAME_MAX
                and " " not in headline
                and (_BIO_ROW.match(nxt) or (len(nxt) <= _BIO_MAX and _BIO_CLAUSES.search(nxt) and not _SENTENCE_END.search(nxt)))
            )
            or (
                _POSTER.match(prev)
                and not LEVEL_ROW.match(prev)
                # (登录 / 会员中心 / 创作中心 / 发布 / the headline: the menu's last button, no poster's word)
                and not (k >= 2 and nonblank[k - 2] in chrome_set and len(stripped.get(nonblank[k - 2], "")) <= _MENU_ITEM_MAX and nonblank[k - 1] in chrome_set)
            )
            or _USER_FIRST.match(prev)
        ):
            continue  # a poster's name over a badge or a follow button; a post under its poster
        if CHAT_SENDER.match(prev):
            if chat is None:
                chat = bool(chat_senders(lines))
            if chat:
                continue  # 朵朵妈妈　09:15 / 收到，谢谢王老师: a chat message under its sender
        if QUOTE_INTRO.match(prev):
            continue  # 转自苏州发布： / 【某某民俗活动回归】: the story a post pastes, not the page's
        if _STAMP_DOT.match(nxt) and len(headline) <= _NAME_MAX and " " not in headline:
            continue  # a writer's name over the post's stamp, place and badge (某某 / 2025-08-03 19:45 · 重庆)
        if _DATE_TIME.match(nxt) and FOLLOW_BUTTON.match(after) and len(headline) <= _NAME_MAX and " " not in headline:
            continue  # an uploader's name over its stamp and follow button (某某 / 2025年01月07日 19:02 / + 关注)
        if (
            is_field_line(text)
            and (is_field_line(prev) or is_field_line(nxt))
            and not _COLON_HEADLINE.match(text)
            and not labelled
            and span[0] == 0  # (轉載：某某公布…: the label of the headline it carries, no field)
        ):
            continue  # one of a record's label：value fields (辦理狀態：已回覆)
        if headline in mentioned:
            continue  # a poster's name, mentioned elsewhere as @某某
        if len(headline) <= _NAME_MAX and any(
            headline in stripped[j]
            and headline != stripped[j]
            and (_DATED_BYLINE.search(stripped[j]) or _ORIGINAL_BYLINE.match(stripped[j]))
            for j in nonblank[max(0, k - 2) : k + 2]
            if j != i
        ):
            # 原创 小禾 禾下书房 2024年09月14日 08:30 / 禾下书房: the account named in the byline
            # over it, its card under the headline
            continue
        if (
            i in chrome_set
            and len(text) <= _MENU_ITEM_MAX
            and 0 < k < len(nonblank) - 1
            and all(nonblank[j] in chrome_set and len(stripped.get(nonblank[j], "")) <= _MENU_ITEM_MAX + 2 for j in (k - 1, k + 1))
        ):
            continue  # 我的豆瓣 / 浏览发现 / 话题广场 / 登录/注册: one item of the site's menu, one per line
        if i in chrome_set and _DOTTED_LABEL.match(text):
            continue  # 工作・國立臺中科技大學: a post's board and its writer's school (Dcard), over its stamp
        if HANDLE_ALONE.match(nxt):
            continue  # 小鹿斑斑 / @deerbambi: a profile's name over its account, no headline
        if text[:1] in ITEM_BULLETS and text[:1] in (prev[:1], nxt[:1]):
            continue  # ◆ one of a bulleted list of the page's stories (an e-paper's 本版标题导航)
        if headline in crumbs:
            continue  # a step of the page's breadcrumb (新浪娱乐 > 明星 > 正文): the site or a section
        if (
            k > 0
            and len(headline) <= _SECTION_NAME_MAX
            and len(heads[k - 1]) > len(headline)
            and any(
                lines[j].strip() and _last_step(lines[j]) == headline and _breadcrumb(stripped.get(j, ""))
                for j in nonblank[: k - 1]
            )
        ):
            # 主頁 > 展覽 > 專題展覽 / 海上絲路：… / 專題展覽: the section the breadcrumb ends with,
            # under the headline (which the breadcrumb does not name)
            continue
        if headline in sources:
            continue  # the channel or group a post's stamp names
        profile = _PROFILE.match(headline)
        if headline in owners or (
            profile is not None
            and any(j != i and stripped[j].startswith(profile.group(1) + " ") for j in nonblank[k + 1 : start + 1])
        ):
            # the profile's owner over the post's stamp; the section of a user whose name stands
            # on the post's stamp below (小鹿要吃饱的日记 over 小鹿要吃饱 2024-10-08 22:13:05)
            continue
        listed = i in repeated and _listed_again(lines, i, nonblank[start] if start < len(nonblank) else i)
        if listed and _among_others(lines, i, nonblank[start] if start < len(nonblank) else i):
            continue  # 本版其他文章 / …: listed again among the page's other stories, so not this one's
        if (i in repeated and not listed) or i in outlets:
            continue  # a name the page repeats (an office that signs the notice, a poster)
        if footer and headline in footer:
            continue  # the site's name, repeated in its copyright line
        grams = _bigrams(headline)
        overlap = sum(1 for g in grams if g in story) / len(grams) if grams else 0.0
        # the page's furniture between a headline and its story (a dateline, tools, counters, the
        # writer's name) is no distance: the story's own lines are
        between = sum(1 for j in nonblank[k + 1 : start] if j not in chrome_set)
        score = 3 * overlap - 0.15 * between
        menu = any(
            j in chrome_set and (is_home_menu(stripped[j]) or _HOME_BARS.match(stripped[j]) is not None)
            for j in nonblank[k + 1 : start]
        )
        if menu:
            score -= 1  # the site's menu from its home page stands between it and the story: the site's name or motto
        if any(j in chrome_set and (_breadcrumb(stripped[j]) or (menu and _SLASH_CRUMB.match(stripped[j]))) for j in nonblank[k + 1 : start]):
            # the page's breadcrumb stands between it and the story: a headline stands under it
            # (under the site's menu too: the site's name over both)
            score -= 1
        if 8 <= len(headline) <= 45:
            score += 1
        crumbed = _named_by_crumb_above(stripped, nonblank, k, headline)
        stamp_at = (
            next(
                (x for x in range(k + 1, min(len(nonblank), k + 1 + _CRUMB_ABOVE_REACH)) if _STAMP_IN.search(stripped.get(nonblank[x], ""))),
                None,
            )
            if crumbed
            else None
        )
        if (
            stamp_at is not None
            # (明記粥麵 / its address / 食評 / 深水埗老字號　及第粥真材實料 / foodie_kwan / 發佈於 …: a
            # review's own headline between the place's name and the stamp)
            and all(nonblank[x] in chrome_set for x in range(k + 1, stamp_at))
        ):
            # 主頁 > 常見問題 / 常見問題 / 最後更新：…: the page's own name, which its breadcrumb
            # ends with, over the page's stamp (a restaurant's name over its address and a
            # review's own headline is no page's heading)
            score += 2
        if (
            k > 0
            # (in the head's chrome only for standing over the page's stamp, a line of no chrome's shape)
            and (i not in chrome_set or (classify(text) is not Kind.CHROME and not _STAMP_IN.search(text)))
            and text.count("：") + text.count(":") < 2  # (某某(603917) 最新价：18.42 涨跌幅：+1.32%: a quote's fields)
            and nonblank[k - 1] in chrome_set
            and (_breadcrumb(prev) or _SLASH_CRUMB.match(prev) is not None)
            and any(_STAMP_IN.search(stripped.get(j, "")) for j in nonblank[k + 1 : k + 1 + _CRUMB_ABOVE_REACH])
        ):
            # 首頁 / 停電資訊 / 計畫性工作停電 / the headline / 發布日期：…: the page's own heading
            # between its breadcrumb and its stamp, as news and notices set it
            score += 1
        if listing:
            score += 2  # the listing its breadcrumb ends at, named again with its features
        if _POSTED_ROW.search(prev) is not None and not bracketed:
            score -= 2  # the post's first line under its stamp: a headline over the stamp wins
        if is_company_name(headline):
            score -= 1.5  # a filing's issuer over its heading; a company's own page keeps it if nothing else
        if nxt and classify(nxt) is Kind.CHROME and not _SITE.search(nxt):
            score += 0.5
            if is_tool_row(nxt):
                score += 0.5  # the page's tools under its headline (分享 列印, 关注问题 写回答)
        if is_date_alone(prev) and nonblank[k - 1] in chrome_set:
            score += 0.5  # the page's date right over it, as a dateline under a headline is
        if _EPISODE.match(headline) and nxt and _DATE_LED.match(nxt):
            score += 0.5  # E57 在县城开一家独立书店的第三年 / 2024/06/18 · 72分钟: an episode's title over its day
        if (
            len(headline) >= _REVIEW_HEADLINE_MIN
            and nxt
            and len(nxt) <= _WRITER_ROW_MAX
            and not _SENTENCE_END.search(nxt)
            and _STAMP_IN.search(after)
            and _PUBLISHED_LABEL.search(after)
        ):
            score += 1.5  # 深水埗老字號　及第粥真材實料 / foodie_kwan（食家 Lv.3） / 發佈於 …: over its writer and stamp
        if (
            len(headline) >= _REVIEW_HEADLINE_MIN
            and nonblank[k - 1] in chrome_set
            and _SCORE_GIVEN.match(prev)
            and not _SENTENCE_END.search(headline)
        ):
            score += 2  # Moonwalker_HK / … / 5.0 / 5 泡泡評分 / 正月十五住棚屋睇燈籠，值得早起: a review's own headline under its score
        if (
            k > 0
            and nonblank[k - 1] in chrome_set
            and _breadcrumb(prev)
            and _LATIN_NAME_ALONE.match(nxt)
            and _HAN_NAME_ALONE.match(headline)
        ):
            score += 2  # 首頁 > 深水埗 > … / 森記冰室 / Sum Kee Café: a place's name over its Latin name
        if nxt and _RULE_UNDER.match(nxt):
            score += 3  # 天 氣 稿 第 041 號 - 熱帶氣旋警告 / ****: a release's headline over the rule that opens it
        if listed:
            score += 2  # the page lists it again among its stories (本版新闻): the headline
        if i not in chrome_set and _reporters_below(nonblank, k, stripped):
            score += 2  # the story's own headlines over its reporters' line, under the page's list of them
        if _TAGGED_HEADLINE.match(text):
            score += 1  # [求助]…, [讨论]…: a thread's headline with its board's tag
        if labelled or topic:
            score += 3  # the page's own label says so, whatever its menus' words share with the story
        if nxt and _MESSAGE_COUNT.match(nxt):
            score += 2  # 【行前通知】… / 4 則訊息: a conversation's subject over its count of messages (Google Groups)
        if (
            text[-1:] in "？?"
            and len(text) <= _QUESTION_MAX
            and any(QUESTION_TOOLS.search(stripped.get(j, "")) for j in nonblank[k + 1 : k + _QUESTION_TOOLS_REACH])
        ):
            score += 3  # a Q&A page's question over its tools or counts (关注问题 写回答, 关注者 2,871)
        if best is None or score > best[0]:
            whole = span == (0, len(text))
            best = (score, Title(i, span[0], span[1], whole))
    return best[1] if best is not None else None


def place_title(
    lines: list[str], split: Split
) -> tuple[Title | None, tuple[int, ...], tuple[int, ...]]:
    """The title and the body and chrome lines without it.

    A headline that is a whole line leaves the body or chrome; a line the headline was
    cut from (a dateline, a label) is chrome.
    """
    title = find_title(lines, split.body, split.chrome)
    if title is None:
        return None, split.body, split.chrome
    body = tuple(i for i in split.body if i != title.line)
    chrome = set(split.chrome)
    if title.whole:
        chrome.discard(title.line)
    else:
        chrome.add(title.line)
    return title, body, tuple(sorted(chrome))
