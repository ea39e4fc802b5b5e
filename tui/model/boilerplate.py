"""Separate an article's body from the page chrome a scraper brought along.

Each line is first classified by its shape alone (:mod:`tui.model.line_shapes`), not by the page
it came from: counters
(``87文章``), follow buttons, labelled metadata, copyright and ICP lines, pagers,
menus (many short words, most of them menu words), breadcrumbs (``首页 > 新闻``),
separator rows (``a | b | c``), ad markers, tools (``列印``, ``字體：大 中 小``),
accessibility and app prompts, disclaimers, e-paper navigation, image
placeholders, browser banners, site names with a URL, bylines and datelines on
their own line, and forum residue (short tokens without a hanzi).  Then the
structure decides, in the passes over a page's lines here, the ambiguous short lines: those in a head or a foot that
holds page furniture, runs of short menu-like lines, and the headlines listed
after a "related news" heading.  A line that reads as a sentence of the story
(long, with sentence punctuation) stays in the body unless a phrase says
plainly what it is (a disclaimer, a copyright line).  Rules are written in
Simplified and read both scripts; every rule is bounded per line, and the
passes over lines are linear.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise, takewhile

from tui.model import rule_cache
from tui.model.bloggers import SURNAMES
from tui.model.fold import fold
from tui.model.letter_spacing import closed_up, letter_spaced
from tui.model.line_shapes import (
    _ADDRESS_FIELD,
    _ATTACHMENT,
    _BADGE,
    _BADGE_MAX,
    _BARE_FIGURE,
    _BRACKET_LABEL,
    _BREADCRUMB,
    _CARD_FIELD,
    _CHAT_NOTICE,
    _CLAUSE_MARK,
    _CLOCK_ROW,
    _COMMENT_PUNCT,
    _COMMENTER_ROW,
    _COMMENTS_HEAD,
    _CONTACT,
    _CONTACT_FIELD,
    _COUNT_LINE,
    _COUNTER,
    _COUNTER_FIELD,
    _DATE_ONLY,
    _DAY_REGION,
    _DCARD_FLOOR,
    _DISCLAIMER,
    _FACT,
    _FIELD_FIGURE,
    _FIELDS_ONLY,
    _FLOOR_FOOT,
    _FLOOR_NUMBER,
    _FULL_DATE,
    _GITHUB_UI,
    _HANZI,
    _HANZI_ITEM,
    _HASHTAGS,
    _HOME,
    _HOME_WORD,
    _IMAGE,
    _IMAGE_LABEL,
    _INLINE_META,
    _ITEM,
    _LABELLED,
    _LEGAL,
    _MENU_WORD,
    _NAMED_COMMENT,
    _NAV_ITEM,
    _NEWS_FORM,
    _NOTICE_SECTION,
    _NUM,
    _PHOTO_CREDIT,
    _POST_AGE,
    _POST_META,
    _PROFILE_FIELD,
    _RANK_FIELD,
    _REACTIONS,
    _REGION_ALONE,
    _REGION_NAME,
    _REPLY_BUTTON,
    _REPORTERS,
    _SECTION,
    _SENTENCE_END,
    _SENTENCE_PUNCT,
    _SITE_NAME,
    _SOURCE_DOT_DATE,
    _SPEECH,
    _TAG_HEAD,
    _TAG_LABEL,
    _TAG_WORD_MAX,
    _THANKS_OPENING,
    _TOKEN_SPLIT,
    _UI_ONLY,
    _UI_RUN,
    _UI_WORDS,
    _URLISH,
    _VOTE_ROW,
    _WORDS_DATE_ONLY,
    ACCOUNT_ID,
    ANSWER_VOTES,
    ANSWER_VOTES_MAX,
    CHAT_LINE,
    CHAT_SENDER,
    CHAT_SYSTEM_LINE,
    DATE_WEEKDAY_OPENING,
    DATED_LINK,
    DIGEST_HEAD,
    FOLLOW_BUTTON,
    FOOT_ADDRESS,
    FRAMED_SIGNATURE,
    GITHUB_WORD,
    HANDLE_ALONE,
    HOUR_ROW,
    ITEM_BULLETS,
    LEVEL_ROW,
    LINE_CHAT_ROW,
    LINE_DAY_HEAD,
    LONG_LINE,
    LUNAR_DAY_ALONE,
    POLYSEMY_NOTE,
    POSTER_FIELD,
    POSTER_LEVEL,
    PROFILE_LABELS_EN,
    PROVINCES,
    QUESTION_TOOLS,
    REPLY_POINTER,
    RULE_CHARS,
    SHORT_LIMIT,
    SIGN_UP_ROW,
    STAMPED_FLOOR,
    US_STAMP,
    USER_ID,
    YEAR_HEAD,
    Kind,
    _addresses_poster,
    _announces_list,
    _asks_or_tells,
    _badge_only,
    _board_name,
    _button_counts,
    _button_row,
    _cells,
    _chatty,
    _chrome_tag,
    _classify,
    _clause_pair,
    _comment_stamp,
    _compile,
    _counter_field,
    _decimal_cell,
    _epoch_head,
    _facts_above,
    _figure_row,
    _floor_alone,
    _floor_head,
    _foot_prompt,
    _foot_row,
    _headline_like,
    _item_heading,
    _long_talk,
    _mailed_talk,
    _mailed_words,
    _menu_like,
    _meta_line,
    _navigation,
    _next_item,
    _opening_clauses,
    _page_control,
    _page_notice,
    _plain_furniture,
    _plain_sentence,
    _post_header,
    _post_marker,
    _reply_furniture,
    _reply_stamp,
    _reply_words,
    _separated,
    _site_and_section,
    _site_slogan,
    _spaced_clauses,
    _split_foot,
    _spoken,
    _stamp,
    _stamp_row,
    _stamped_buttons,
    _stamped_comment,
    _story_contact,
    _story_sentence,
    _subheading_in_parts,
    _tag_like,
    _tag_terms,
    _tail_furniture,
    _talk,
    _term_row,
    _trails_off,
    _vote_row,
    _waved,
    _word_row,
    _words_round_address,
    code_block_lines,
    is_comments_head,
    is_count_row,
    is_date_alone,
    is_floor_foot,
    is_floor_number,
    is_floor_row,
    is_home_menu,
    is_imageboard_head,
    is_lone_button,
    is_reply_foot,
    is_site_name,
    is_site_over_menu,
    is_tool_row,
    line_runs,
)

# A floor's reactions or its state, alone on a line under it (Dcard's 愛心 41 and B4 已經刪除,
# 巴哈姆特's #3 GP 5 BP -): the site's, no word of the comment (lines here are folded: 讚 is 赞).
_REACTION_ROW = _compile(
    r"^(?:爱心|心情|赞)[ \t]*\d[\d,.]*[kK万]?$|^#\d{1,4}[ \t]+GP[ \t]*\S+[ \t]+BP[ \t]*\S+$"
    r"|^B\d{1,4}[ \t]*(?:已经删除|已删除|此回应已被删除|该则回应已被删除)$"
)
_DISCUZ_FLOORS = frozenset({"沙发", "板凳", "地板", "地下室"})  # a Discuz thread's first floors, named
_NEWS_FORM_LABEL = _compile(rf"^{_NEWS_FORM}")
_NEWS_FORM_TITLE = _compile(r"^\d[.．]\s*完整新闻标题\s*[:：]")
_POSTED_AT = _compile(r"^发表于\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_HEADER_NAMES_POSTER = _compile(r"(?:作者|楼主|发帖人|发表人|回复人|发信人)\s*[:：]\s*\S")
_CLOCK_IN_LINE = re.compile(r"\d{1,2}:\d{2}")
_BACK_ISSUES = _compile(r"^往期(?:回顾|精选|精彩)$")
# The stamp a forum sets under a post its writer edited ((2023-11-06 20:31 編輯), 最后编辑于 …,
# 本帖最后由 某某 于 2024-3-1 12:00 编辑): it closes the post, it heads no one's.
_EDIT_STAMP = _compile(
    r"^[(（\[]?\s*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:编辑|修改|编修|edited)\s*[)）\]]?$"
    r"|^(?:本帖)?最后由\s*\S{1,20}\s*于\s*\S.{0,24}(?:编辑|修改)$"
    r"|^[(（\[]?\s*(?:最后)?(?:编辑|修改)于\s*\S.{0,30}$",
    re.IGNORECASE,
)
# A commenter's name, the full stamp and the region it was sent from, on one row (帮顶小分队
# 2023-06-15 08:01:17 浙江), as 豆瓣 sets it over a comment.
_NAME_STAMP_ROW = rule_cache.compile(
    r"^[^\s]{1,20}[ \t\u3000]+\d{4}-\d{1,2}-\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u3000]+[\u4e00-\u9fff]{2,4})?$"
)
_EDITED_TEXT_MIN = 8  # hanzi of a post's last line over its edit stamp (a writer's name is shorter)


# A floor's buttons, each in brackets ([引用] [回覆] [只看此人]).
_BRACKET_BUTTONS = rule_cache.compile(r"^(?:[\[【][^\]】\s]{1,6}[\]】]\s*){2,6}$")


_FLOOR_REPLY_WORD = rule_cache.compile(r"回复|回覆|引用|只看")


# A forum's board on its own line under the menu (美食板, 閒聊版), not a word of editions (改版).
_BOARD = _compile(r"^[\u4e00-\u9fff]{1,4}(?<![出改新再初盗正排绝翻首头])[板版]$")
# A schedule's tabs of days, three or more with their weekdays and nothing else (22/12（五）　23/12（六）…).
_DAY_TABS = _compile(
    r"^(?:(?:\d{1,2}[/.\-]\d{1,2}|\d{1,2}月\d{1,2}日)\s*[（(](?:周|星期)?[一二三四五六日天][)）][\s|｜·]*){3,}$"
)


@dataclass(frozen=True)
class Split:
    """Which input lines are body, which are chrome, and the tags found in chrome."""

    body: tuple[int, ...]  # indices of body lines (non-blank)
    chrome: tuple[int, ...]
    tags: tuple[tuple[int, int, int], ...]  # (line, start, end) of each tag name


# (a value of five or more: a name, not a sort order or a status, 排序：最熱門, 进度：处理中)
_FIELD_WITH_VALUE = rule_cache.compile(r"^[\u4e00-\u9fff]{2,6}[：:][ \t]*[\u4e00-\u9fff][^\s]{4,20}$")


# A subtitle under a headline after its dash, not closed by one (——写在…之际, —— 記一位老船工).
_SUBTITLE = rule_cache.compile(r"^(?:——|──)[ \t\u3000]*(?=[^—─\-]*$)[\u4e00-\u9fff「“《][^—─]{5,38}$")
# A listed company's board's warrant over each of its announcements (本公司董事会及全体董事保证本公告
# 内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任).
_BOARD_WARRANT = rule_cache.compile(
    r"保证(?:本?公告|信息披露的?)内容[^。]{0,12}(?:不存在|没有)(?:任何)?虚假记载[^。]{0,80}。?$"
)
_FLOOR_POSTER_MAX = 30
_STORY_AFTER_QUESTION = 40  # the story's paragraph under a question-shaped subheading


def _floor_poster(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """The line between a floor's number and its counts or stamp (#2 / 小米粥 milkporridge / GP 38
    BP -, B2 / 國立政治大學 法律學系 / 2024年3月18日 23:15): who posted the floor, or their school."""
    line = lines[i].strip()
    if len(line) > _FLOOR_POSTER_MAX or _SENTENCE_PUNCT.search(line):
        return False
    before = next((k for k in range(i - 1, -1, -1) if kinds[k] is not Kind.BLANK), None)
    after = next((k for k in range(i + 1, len(lines)) if kinds[k] is not Kind.BLANK), None)
    if before is None or after is None or not _floor_alone(lines[before]):
        return False
    below = lines[after].strip()
    return kinds[after] is Kind.CHROME or _meta_line(below) or _comment_stamp(below)


_STAMPED_FLOOR = rule_cache.compile(STAMPED_FLOOR)


def _digest_heads(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A digest's entry heads, each over the news it heads (22:31　｜　業績 / 恒濠地產（01688）公布…。):
    two or more, every one right over a paragraph of the story; a schedule's rows (17:30 ｜ 賓客入場 /
    18:30 ｜ 新人進場), one under another, are none."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    heads = {i for i in rows if DIGEST_HEAD.match(fold(lines[i].strip()))}
    over_news = {
        i for i, j in pairwise(rows) if i in heads and kinds[j] is Kind.PROSE and _SENTENCE_PUNCT.search(lines[j])
    }
    return over_news if len(over_news) >= 2 and len(over_news) == len(heads) else set()


def _split_floor_cards(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A floor's card written one field a line (#2 / 2024-06-18, 11:05 PM / blueshark / Major
    Member / 註冊日期: Jul 2008 / 文章: 3,207): the stamp, the poster, the rank and the fields
    under a floor's number alone, when the card ends on the board's fields."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    for k, h in enumerate(rows[:-2]):
        stamp = lines[rows[k + 1]].strip()
        if not _floor_alone(lines[h]) or not (_stamp_alone(stamp) or _FLOOR_DAY_CLOCK.match(stamp)):
            continue
        card = [rows[k + 1]]
        for i in rows[k + 2 : k + 2 + _CARD_LINES_MAX]:
            line = lines[i].strip()
            if not _card_field(line) and (len(line) > _FLOOR_POSTER_MAX or _SENTENCE_PUNCT.search(line)):
                break
            card.append(i)
        # (the card's last lines are its fields: the words after them are the post)
        while card and not _card_field(lines[card[-1]].strip()):
            card.pop()
        if len(card) >= 3:
            out.update(card)
    return out


def _card_field(line: str) -> bool:
    """A poster's field on the card beside a floor (文章: 3,207, 註冊日期: Jul 2008)."""
    return bool(POSTER_FIELD.match(line) or SIGN_UP_ROW.match(fold(line)))


_CARD_LINES_MAX = 5  # a card's lines under its stamp: name, rank, two or three fields
# (vBulletin's stamp under the floor's number: 2024-06-18, 11:05 PM)
_FLOOR_DAY_CLOCK = rule_cache.compile(r"^\d{4}-\d{1,2}-\d{1,2},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?$")


def _posters_under_stamped_floors(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The poster's name between a floor's stamped head and the poster's fields (#2   2019-12-04,
    10:21 AM / 道東老司機 / 註冊日期: 2012-09): who wrote the floor."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    return {
        i
        for h, i, j, r in zip(rows, rows[1:], rows[2:], [*rows[3:], -1], strict=False)
        if _STAMPED_FLOOR.match(lines[h].strip())
        # (… / 山線老王 / 進階會員 / 註冊日期: 2011-09-30: its rank between them)
        and (
            POSTER_FIELD.match(lines[j].strip())
            or (
                r >= 0
                and len(lines[j].strip()) <= _RANK_LINE_MAX
                and not _SENTENCE_PUNCT.search(lines[j])
                and POSTER_FIELD.match(lines[r].strip())
            )
        )
        and len(lines[i].strip()) <= _FLOOR_POSTER_MAX
        and not _SENTENCE_PUNCT.search(lines[i])
    }


# A commenter's name with a role in brackets (Amy（中途）), or a writer's with its province after a
# space (阿柚去流浪 (甘肃兰州); not a travel log's stop, 早餐 (永和豆漿)).
_NAME_WITH_ROLE = rule_cache.compile(
    rf"^[^\s，。,！？!?（(]{{1,12}}[（(][^）)\s，。,]{{1,6}}[)）]$|^[^\s，。,！？!?（(]{{1,12}}[ \t][（(](?:{PROVINCES})[^）)\s，。,]{{0,4}}[)）]$"
)


def _names_with_role_over_stamps(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A commenter's name with a role in brackets over the comment's stamp alone (Amy（中途） /
    2026.02.24 21:32): who wrote; a person of the story with a bracket stands in a sentence."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    return {i for i, j in pairwise(rows) if _NAME_WITH_ROLE.match(lines[i].strip()) and _stamp_alone(lines[j].strip())}


def _school_under_poster(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """A poster's school right under the floor's mark (B1 / 匿名 國立臺灣大學 / the reply) or under
    the word for an unnamed poster (匿名 / 國立臺北科技大學 / the headline), as Dcard shows who
    wrote: the school's line, the poster's word with it, short and without a sentence."""
    line = lines[i].strip()
    if len(line) > _FLOOR_POSTER_MAX or _SENTENCE_PUNCT.search(line):
        return False
    before = next((k for k in range(i - 1, -1, -1) if kinds[k] is not Kind.BLANK), None)
    if before is None:
        return False
    above = lines[before].strip()
    return bool(_DCARD_FLOOR.match(above)) or above in _UNNAMED_POSTER


_UNNAMED_POSTER = frozenset({"匿名", "原PO", "原po", "楼主"})  # (the lines are read folded)


def _over_floor_stamp(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """A poster's school (or its badge and school, 原PO・國立臺北科技大學) right over its floor's
    number and stamp (B2・2月19日 08:12): who posted the floor, as Dcard shows it."""
    if len(lines[i].strip()) > _FLOOR_POSTER_MAX or _SENTENCE_PUNCT.search(lines[i]):
        return False
    after = next((k for k in range(i + 1, len(lines)) if kinds[k] is not Kind.BLANK), None)
    # (國立彰化師範大學 / 行政小妹 · @xiaomei_admin: over the poster's name and id, as Dcard shows
    # the starter under the headline)
    return after is not None and (is_floor_row(lines[after]) or _NAME_DOT_ID.match(lines[after].strip()) is not None)


#: A poster's name and id joined by a dot (行政小妹 · @xiaomei_admin), as Dcard shows a writer.
_NAME_DOT_ID = rule_cache.compile(r"^[^\s，。,！？!?·•]{1,16}[ \t]*[·•][ \t]*[@＠][\w.]{2,30}$")
#: A poster's sex alone on its line, over the school Dcard shows with it.
_SEX_ALONE = rule_cache.compile(r"^[男女]$")


# An author's bio or a sponsor's disclosure under its label (作者簡介：…, 贊助揭露：…).
_FOOT_NOTE_LABEL = rule_cache.compile(
    r"^[（(【\[]?(?:作者简介|作者介绍|关于作者|栏主简介|赞助揭露|业配揭露|合作揭露)[ \t\u3000]*[:：｜|丨]\S"
)
# The forum's label alone over the words a reply quotes (引用：).
_QUOTE_LABEL_ALONE = rule_cache.compile(r"^(?:引用|引述|Quote)[ \t]*[:：]?$", re.IGNORECASE)
# The floor a reply answers, alone over its words (回覆 #3, Reply #12, 回复 5楼).
_REPLY_MARK = rule_cache.compile(r"^(?:回复|re:?|reply(?:\s+to)?)\s*#?\s*\d{1,5}\s*(?:楼|#)?$", re.IGNORECASE)
# A poster's name with the sex the forum shows beside it (西灣河阿Ben (男), 荃灣阿寶 (女)).
_POSTER_SEX = rule_cache.compile(r"^[^\s，。,！？!?：:]{1,16}\s?[(（][男女][)）]$")


# A floor's number and what it shows of its poster (Dcard's B1 · 國立臺北科技大學, B5 · 原PO · 匿名).
_NUMBERED_FLOOR = _compile(r"^B\d{1,4}(?:[ \t]*[·・•][ \t]*\S+)*$")
# A clause after a space that tells of a day (同届+1 昨天去学校领了准考证): a reply's words, no name.
_SPACED_DAY_CLAUSE = _compile(r"[ \t\u3000](?:昨天|今天|明天|前天|后天|刚才|上周|下周)[\u4e00-\u9fff]{3,}")


_CLAUSE_AFTER_COMMA = rule_cache.compile(r"[了过][，,][\u4e00-\u9fff]{2,}")  # (收藏了，等周末做: done, then talk)


# An item and its figure (机油＋机油芯　1,480, 工资 NT$1,740): a row of a price list.
_FIGURE_ROW = _compile(
    rf"^[^\d\s]{{1,16}}[\s\u3000]+(?:NT\$|HK\$|US\$|\$|¥|￥)?{_NUM}\s*(?:元|块)?$"
)
_FIGURE_RUN = 3


def _figure_lists(lines: list[str], kinds: list[Kind]) -> None:
    """Three or more item-and-figure rows in a row, one of them no counter (阅读 1,234):
    a list in the story (a bill, a price list), not a row of counters."""
    run: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        if i < len(lines) and _FIGURE_ROW.match(lines[i].strip()):
            run.append(i)
            continue
        # (❤️ 48 / 💬 9 / 🔁 2: a post's reactions, counters too)
        if len(run) >= _FIGURE_RUN and any(
            not _COUNTER.match(lines[j].strip()) and not _REACTIONS.match(lines[j].strip()) for j in run
        ):
            for j in run:
                if kinds[j] is Kind.CHROME:
                    kinds[j] = Kind.SHORT
        run = []


# a chronology's entry: a year first, maybe with its month and day (1952年　…, 2019.6.12　…,
# Taiwan's 113.12.17　…), or a day of the story's year (5月10日　…)
_CHRONICLE_YEAR = r"(?:(?:19|20)\d{2}|1[01]\d)"
_CHRONICLE_ENTRY = _compile(
    rf"^(?:{_CHRONICLE_YEAR}\s*(?:年|[-/.]\s*\d{{1,2}})|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
    # (then a gap or a colon before the entry's words: not a file's name, 114年春節疏運時刻表.pdf)
    r"[^\s：:，,]{0,10}?[ \t\u3000：:]"
)
# a year or a month without its day (1998年　…, 2023年3月初　…): no related link's stamp
_CHRONICLE_COARSE = _compile(rf"^{_CHRONICLE_YEAR}\s*年(?!\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)")
_CHRONICLE_RUN = 3


# (本期目錄 over a newsletter's sections, 1. 校長的話 / 2. 課程快訊)
# (目錄 [隱藏]: with the button that folds it, as a blog's contents plug-in prints it)
_CONTENTS_HEAD = _compile(
    r"^(?:本文目录|文章目录|本文目次|本期目录|本期内容|目录|内容|contents|table of contents)"
    r"(?:[ \t]*[\[［(（](?:隐藏|显示|收起|展开|hide|show)[\]］)）])?$",
    re.IGNORECASE,
)
# The marks a section heading may open with, which its entry in the contents leaves off (▍Day1 馬公老街).
_HEADING_MARKS = rule_cache.compile(r"^[▍▌▎■□◆◇●○★☆▶►▸#＃|｜【\[]+[ \t\u3000]*|[】\]]+$")
_ENTRY_MAX = 24  # an entry of a post's contents, at most
_CONTENTS_SHARE = 0.6  # the share of its entries a post's contents finds again as headings
# (2. Day 1 池上: an entry's words may hold a space)
_CONTENTS_ITEM = _compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}[.、]?[ \t\u3000]+[^\s，。,！？!?](?:[^，。,！？!?]{0,18}[^\s，。,！？!?])?$")


def _contents(lines: list[str], kinds: list[Kind]) -> None:
    """A wiki's table of contents: the numbered entries under 目錄 (1 歷史 / 1.1 日治時期 / 2 路線),
    links to the headings below, not the story."""
    i = 0
    n = len(lines)
    # where each short line, its heading's marks taken off, stands last (read once: a page may
    # hold many contents' heads)
    last_at: dict[str, int] | None = None
    while i < n:
        if not _CONTENTS_HEAD.match(lines[i].strip()):
            i += 1
            continue
        if last_at is None:
            last_at = {}
            for k, line in enumerate(lines):
                text = line.strip()
                if text and len(text) <= _ENTRY_MAX + 4:
                    last_at[_HEADING_MARKS.sub("", text)] = k
        kinds[i] = Kind.CHROME
        j = i + 1
        run: list[int] = []
        numbered = bool(_CONTENTS_ITEM.match(next((x.strip() for x in lines[i + 1 :] if x.strip()), "")))
        # (a wiki's numbered contents end at the first line without a number: its first heading)
        while j < n and (
            kinds[j] is Kind.BLANK or _CONTENTS_ITEM.match(lines[j].strip()) or (not numbered and _entry_shape(lines[j]))
        ):
            if kinds[j] is not Kind.BLANK:
                run.append(j)
            j += 1
        # (本文目錄 / 前言 / Day1 馬公老街 / …: a post's contents, most entries a heading further down)
        found = [bool(_CONTENTS_ITEM.match(lines[k].strip()) or last_at.get(lines[k].strip(), -1) >= j) for k in run]
        while found and not found[-1]:
            run.pop()  # (the contents end at their last entry: a heading of the story may follow)
            found.pop()
        if run and sum(found) >= max(min(2, len(run)), _CONTENTS_SHARE * len(run)):
            for k in run:
                kinds[k] = Kind.CHROME
        i = j


def _entry_shape(line: str) -> bool:
    """A line that could be an entry of a post's contents: short, no sentence in it."""
    entry = line.strip()
    return bool(entry) and len(entry) <= _ENTRY_MAX and not _SENTENCE_PUNCT.search(entry)


def _chronologies(lines: list[str], kinds: list[Kind]) -> None:
    """Three or more lines in a row that each begin with a date, one of them a year or a month
    without its day: a chronology in the story (大事記), not a list of links with their stamps,
    which give every link its whole day."""
    run: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        if i < len(lines) and _CHRONICLE_ENTRY.match(lines[i].strip()):
            run.append(i)
            continue
        above = next((lines[j].strip() for j in range(run[0] - 1, -1, -1) if lines[j].strip()), "") if run else ""
        if len(run) >= _CHRONICLE_RUN and (
            any(_CHRONICLE_COARSE.match(lines[j].strip()) for j in run)
            # (變更登記紀錄 / 113/11/28　資本總額由…增加為… / …: a record's log under its heading)
            or _LOG_HEADING.match(above) is not None
        ):
            for j in run:
                if kinds[j] is Kind.CHROME:
                    kinds[j] = Kind.SHORT
        run = []


# A log's heading over its dated entries (變更登記紀錄, 大事記, 發展歷程, 更新日志).
# (not 浏览记录, 最近瀏覽紀錄: a reader's history of links, each with its day)
_LOG_HEADING = _compile(
    r"^(?![\u4e00-\u9fff]{0,4}(?:浏览|阅读|搜索|搜寻|观看|播放|登录|历史|足迹))[\u4e00-\u9fff]{0,8}(?:记录|纪录|大事记|沿革|历程|日志)$"
)
_CONTACT_HEAD = _compile(
    r"^(?:媒体联系|媒体查询|传媒查询|传媒联络|媒体联络|新闻联系|联络人|media contacts?|press contacts?)"
    r"\s*[:：]?$",
    re.IGNORECASE,
)
_CONTACT_ROWS = 4


def _contact_blocks(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The short lines under a release's media-contact heading (an agency, a name, a phone):
    the press's contact, not the story; a sentence or a blank line ends the block."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if kinds[i] is not Kind.CHROME or not _CONTACT_HEAD.match(line.strip()):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + _CONTACT_ROWS)):
            if kinds[j] in (Kind.BLANK, Kind.PROSE):
                break
            out.add(j)
    return out


# A field of the story, its short label and its value (服務範圍：全院 42 個…).
_LABEL_VALUE = rule_cache.compile(r"^[^\s：:，,。]{2,8}[：:][ \t]*\S")
# A filing's sign-off (承董事會命), then the place and day that close it (香港，二零二五年四月十七日).
_BOARD_ORDER = _compile(r"^(?:承董事会命|承董事局命|承\S{2,8}命)$")
_PLACE_AND_DAY = _compile(r"^[\u4e00-\u9fff]{2,4}[，,][ \t\u3000]*(?:\d{4}|[〇零○一二三四五六七八九]{4})年\S{1,6}月\S{1,4}日$")
_SIGN_OFF_ROWS = 5  # rows from the sign-off to its place and day
_SIGN_OFF_ROW_MAX = 20  # characters of a row between (the issuer, 主席, a name)


def _board_sign_off(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The rows of a filing's sign-off under 承董事會命 (the issuer, 主席, the chairman's name, 香港，
    二零二五年四月十七日): who signed and where, down to the place and day, no words of the notice."""
    out: set[int] = set()
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    for k, i in enumerate(rows):
        if not _BOARD_ORDER.match(lines[i].strip()):
            continue
        block = rows[k + 1 : k + 1 + _SIGN_OFF_ROWS]
        end = next((n for n, j in enumerate(block) if _PLACE_AND_DAY.match(lines[j].strip())), None)
        if end is not None and all(
            len(lines[j].strip()) <= _SIGN_OFF_ROW_MAX and not _SENTENCE_PUNCT.search(lines[j]) for j in block[:end]
        ):
            out.update(block[: end + 1])
    return out


_CONTACT_US = _compile(r"^(?:联络我们|联系我们)\s*[:：]?$")  # (not 联系方式, a notice's own heading)
_CONTACT_US_ROW = _compile(r"[@＠]|地址\s*[:：]")  # (with the contact fields, _CONTACT_FIELD)
_CONTACT_US_ROW_MAX = 40


# The site's name as the page's first line gives it, before a separator (小木虫 - 学术 科研 互动社区).
_SITE_NAME_HEAD = rule_cache.compile(r"^([^\s\-–—|｜·•:：，,。]{2,8})(?:[ \t\u3000]*[\-–—|｜·•][ \t\u3000]*\S|$)")
_SLOGAN_MAX = 60  # characters of a site's slogan line


def _beside_rights_line(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The site's own lines right beside its rights line (Copyright © …): over it, its slogan that
    opens with the name its first line gives (小木虫，学术科研互动社区，为中国学术科研免费提供动力);
    under it, its postal address (台中市豐原區中正路 200 號) or its company's Latin name (鏡週刊
    版權所有 / Mirror Media Group).  A reply naming the site, or a shop's address under a review,
    stands apart from the rights line."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    head = _SITE_NAME_HEAD.match(lines[rows[0]].strip()) if rows else None
    slogan = tuple(head.group(1) + sep for sep in "，, ") if head is not None else None
    out: set[int] = set()
    for h, i in pairwise(rows):
        text = lines[h].strip()
        if slogan and h != rows[0] and len(text) <= _SLOGAN_MAX and text.startswith(slogan) and _LEGAL.search(lines[i]):
            out.add(h)
        if _LEGAL.search(lines[h]) and (FOOT_ADDRESS.match(lines[i].strip()) or _LATIN_NAME.match(lines[i].strip())):
            out.add(i)
    return out


# A flash's kicker, its outlet's name and the kind of item (每经AI快讯, 财联社电报), which the lead
# under it opens with again before a comma (每经AI快讯，9月20日，…).
_KICKER = _compile(r"^[^\s，。,：:！？!?、]{2,10}(?:快讯|快报|电报)$")
_KICKER_ECHO_PUNCT = "，,：:"


def _kickers_echoed(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A kicker alone on its line whose words the next line opens with, then a comma: the label
    over a flash, said again in its lead (每经AI快讯 / 每经AI快讯，9月20日，…)."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    for h, i in pairwise(rows):
        label = lines[h].strip()
        nxt = lines[i].strip()
        if (
            len(nxt) > len(label) + 1
            and nxt.startswith(label)
            and nxt[len(label)] in _KICKER_ECHO_PUNCT
            and _KICKER.match(fold(label))
        ):
            out.add(h)
    return out


# A blog's archive, one month a line (March 2005 / February 2005, 2024年3月 (5)): its sidebar.
_ARCHIVE_MONTH = rule_cache.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ \t]+(?:19|20)\d\d|(?:19|20)\d\d[ \t]*年[ \t]*\d{1,2}[ \t]*月)(?:[ \t]*[(（]\d{1,4}[)）])?$"
)
_ARCHIVE_RUN_MIN = 2


def _month_archive_runs(lines: list[str]) -> set[int]:
    """Two months or more in a row right under the archive's heading (Archives, 文章彙整), each
    alone on its line with at most its count of posts: a blog's archive in its sidebar, links, not
    the story's months (a list of them over a sentence is the story's)."""
    return {
        i
        for run in line_runs(lines, lambda text: _ARCHIVE_MONTH.match(text) is not None, blanks=True)
        if len(run) >= _ARCHIVE_RUN_MIN and run[0] > 0 and _ARCHIVE_HEAD.match(fold(lines[run[0] - 1].strip()))
        for i in run
    }


_ARCHIVE_HEAD = _compile(r"^(?:Archives?|Blog Archive|文章归档|归档|存档|文章汇整|汇整|彙整|历史文章|往期文章|每月文章|文章分类存档)$", re.IGNORECASE)


# A counter's label alone (人氣), its figure filled in by the page's script, under the story's stamp.
_COUNTER_LABEL = _compile(r"^(?:人气|浏览数|浏览次数|点阅数|点阅次数|阅读数|点击数)$")
_STAMP_CLOCK = rule_cache.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$")


def _counter_labels_under_stamps(lines: list[str], kinds: list[Kind]) -> set[int]:
    """``人氣`` alone right under the stamp (2024-11-18 17:30 / 人氣): the counter's label; a
    list's item (劇本 / 演員 / 人氣) is the story's."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    return {
        i
        for h, i in pairwise(rows)
        if _STAMP_CLOCK.match(lines[h].strip()) and _COUNTER_LABEL.match(fold(lines[i].strip()))
    }


# An English profile's fields one a line (Name: kit / Country: Hong Kong / Birthday: 9/8), as Xanga
# and the old hosts showed the owner beside the posts.
_PROFILE_EN = rule_cache.compile(rf"^(?:{PROFILE_LABELS_EN})[ \t]*:[ \t]*\S.{{0,40}}$")
_PROFILE_EN_MIN = 3


def _english_profile_runs(lines: list[str]) -> set[int]:
    """Three or more English profile fields in a row (Name / Country / Birthday): the host's card
    of its owner; a job ad's one or two (Name: 中英文全名) are its form."""
    out: set[int] = set()
    for run in line_runs(lines, lambda text: _PROFILE_EN.match(text) is not None):
        labels = {lines[j].split(":")[0].strip() for j in run}
        # (a blog's profile names its owner's birthday or interests; a missing person's notice
        # and a sign-up form give Name, Age, Location)
        if len(labels) >= _PROFILE_EN_MIN and labels & _OWNER_LABELS:
            out.update(run)
    return out


_OWNER_LABELS = frozenset({"Birthday", "Interests", "Hometown", "Zodiac"})


# A comment's head: its writer and the day without its year, one space between (白桦林　10-08).
_COMMENTER_DAY = rule_cache.compile(r"^[^\s，。,！？!?：:、]{1,16}[ \t\u3000](?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")


def _comment_heads_of_day(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A comment's head of name and day (白桦林　10-08) over the comment, one comment after
    another; not a schedule's rows (报名 09-02 / 面试 09-09, one under another) nor a list
    under its opening words (…安排如下：)."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    heads = [k for k, i in enumerate(rows) if _COMMENTER_DAY.match(lines[i].strip())]
    if not heads:
        return set()
    # (or WeChat's 写留言 button: no heading of what follows it, which may be a related link, but the
    # comments' place on the page)
    section = next((k for k, i in enumerate(rows) if is_comments_head(lines[i]) or fold(lines[i].strip()) == "写留言"), None)
    out: set[int] = set()
    for k in heads:
        if section is None or k <= section:
            continue  # (only under the comments' heading: 第一天　06-20 heads a trip's day)
        above = lines[rows[k - 1]].strip() if k > 0 else ""
        below = lines[rows[k + 1]].strip() if k + 1 < len(rows) else ""
        if (
            not _COMMENTER_DAY.match(below)
            and not (k > 0 and _COMMENTER_DAY.match(above))
            and not above.endswith(("：", ":"))
        ):
            out.add(rows[k])
    return out


# A site's summary of the story over it (文章摘要 / 县城咖啡店扩张迅速… / • ☕ 连锁品牌加速下沉…),
# written by the site or its model, not by the writer.
_SUMMARY_HEAD = _compile(r"^(?:文章摘要|AI[ \t]?摘要|智能摘要)$")
_SUMMARY_HEAD_MAX = 5  # characters of the heading (文章摘要, AI 摘要)
_SUMMARY_ROWS = 6
_SUMMARY_ROW_MAX = 80


def _summary_blocks(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The site's summary under its heading (文章摘要), up to the first blank line: the heading
    and its short lines."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if len(line.strip()) > _SUMMARY_HEAD_MAX or not _SUMMARY_HEAD.match(fold(line.strip())):
            continue
        block = [i]
        for n, j in enumerate(range(i + 1, min(len(lines), i + 1 + _SUMMARY_ROWS))):
            text = lines[j].strip()
            # (its gist first, then its points, each under a bullet; the story after them)
            if kinds[j] is Kind.BLANK or len(text) > _SUMMARY_ROW_MAX or (n and not _SUMMARY_POINT.match(text)):
                break
            block.append(j)
        # (a site's summary lists its points under bullets; a writer's own 文章摘要 of a year, in
        # sentences, is the writer's)
        if sum(1 for j in block if _SUMMARY_POINT.match(lines[j].strip())) >= _SUMMARY_POINTS_MIN:
            out.update(block)
    return out


_SUMMARY_POINT = rule_cache.compile(r"^[•▪◆●■]")
_SUMMARY_POINTS_MIN = 2


def _names_over_replied_comments(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A commenter's name over the comment, the comment over its foot row with a reply button
    (王小芸 / 我去年在烏特勒支也第一次擺攤… / 讚 · 回覆 · 2 天), as a comment plugin lays them out:
    the name is the plugin's, the comment the reader's."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    for h, a, i, b in zip(rows, rows[1:], rows[2:], rows[3:], strict=False):
        name = lines[a].strip()
        if (
            b in chrome
            and h in chrome  # (the plugin's heading, its toggle or the comment before's foot over the name)
            and a not in chrome
            and i not in chrome
            and is_reply_foot(lines[b])
            and _DISPLAY_NAME.match(name)
            and len(lines[i].strip()) > len(name)
        ):
            out.add(a)
    return out


def _contact_us_rows(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The sender's own phone, mail and page under its 聯絡我們 at a newsletter's or a site's foot
    (聯絡我們 / 電話：… / 信箱：… / 臉書搜尋 @山城社大): its footer, not the story's contact."""
    out: set[int] = set()
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    for k, i in enumerate(rows):
        if not _CONTACT_US.match(lines[i].strip()):
            continue
        out.add(i)  # (the heading too: a site's label over its own contact, however the run read it)
        for j in rows[k + 1 : k + 1 + _CONTACT_ROWS]:
            text = lines[j].strip()
            if len(text) > _CONTACT_US_ROW_MAX or not (
                _CONTACT.search(text) or _CONTACT_FIELD.match(text) or _CONTACT_US_ROW.search(text)
            ):
                break
            out.add(j)
    return out


def _fact_rows(lines: list[str], kinds: list[Kind], rows: list[int]) -> set[int]:
    """Runs of two or more ``label：value`` lines in a row, a figure or a date among their
    values (出发时间：2023年9月29日 / 出行天数：7天 / 人物：和朋友): a trip's or a shop's facts, which
    a reader reads, not a menu."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*rows, -1]:
        if i >= 0 and _FIELDS_ONLY.match(lines[i].strip()) and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if len(run) >= 2 and any(_FIELD_FIGURE.search(lines[j]) for j in run):
            out.update(run)
        run = [i] if i >= 0 and _FIELDS_ONLY.match(lines[i].strip()) else []
    return out


# A poster's rank alone on its line (等級：論壇游民), a row of the card beside its floor.
_RANK_ROW = _compile(r"^(?:等级|头衔|级别|身份)[ \t]*[:：][ \t]*\S{0,4}(?:版主|管理员|游民|上路|会员|用户|居民|侠客|元老|长老|宗师|新手|写手)$")


def _poster_card_row(line: str) -> bool:
    """A row of a poster's card beside the floor: its counts in a row, or its rank alone."""
    folded = fold(line)
    return (
        len(_PROFILE_FIELD.findall(folded)) >= _CARD_COUNTS_MIN
        or bool(_RANK_ROW.match(folded))
        # (發表:36 / 回覆:51 / 積分:40: a card's counts one a line, a figure after each label)
        or bool(_COUNT_FIELD_ALONE.match(folded.strip()))
    )


_COUNT_FIELD_ALONE = rule_cache.compile(r"^(?:发表|回复|积分|帖子|主题|精华|威望|金币|经验)[ \t]*[:：][ \t]*[\d,]+$")
_FOOTER_FIELD = _compile(
    # (not an event's 上课地址：, 活动地址：, 报名邮箱：: the notice's own)
    r"^(?:\S{0,16}[\s\u3000]+)?(?!上课|活动|报名|比赛|集合|考试|会议|培训|领取)"
    r"(?:\S{0,4}地址|电话|总机|传真|开放时间|服务时间|办公时间|营业时间|应诊时间|门诊时间|邮编|电邮|电子邮件|邮箱|e-?mail)\s*[:：]"
)


def _site_footer_fields(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The site's own address and hours at the page's foot (某某館　地址：…　總機：…, then
    開放時間：…), after the story's last sentence and under a chrome line: the site's footer,
    not the notice's contact lines (those stand among the story's own lines)."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    last = max((i for i in rows if _story_sentence(lines[i].strip()) and i not in chrome), default=-1)
    out: set[int] = set()
    address = False
    for k in range(1, len(rows)):
        i, h = rows[k], rows[k - 1]
        line = lines[i].strip()
        if i <= last or (h not in chrome and h not in out):
            continue
        if i in chrome:
            address = address or bool(_ADDRESS_FIELD.search(line))
            continue
        if len(line) <= 120 and _FOOTER_FIELD.match(line) and (address or _ADDRESS_FIELD.search(line)):
            out.add(i)
            address = True
    return out


# (Dcard's 熱門 / 新至舊, 舊至新: its comments' order)
_SORT_WORD = _compile(r"^(?:默认|最热|热门|最新|按热度|按时间|时间|热度|最相关|新至旧|旧至新|由新到旧|由旧到新)(?:排序)?$")
_COMMENT_COUNT = _compile(r"^[\d,.]+\s*[万千]?\s*条?\s*(?:评论|回复|留言|回应)$")
# An answer's buttons between its comment count and the sort toggles (186 条评论 / 分享 / 收藏 / 喜欢).
_ANSWER_BUTTON = _compile(r"^(?:分享|收藏|喜欢|举报|感谢|转发|点赞|在看)\s*[\d,.]*[万千]?$")


def _comment_sort(lines: list[str], i: int) -> bool:
    """Is ``lines[i]`` (最新, a list's heading elsewhere) one of the comments' sort toggles, under
    their heading or count with only toggles between (27 条评论 / 默认 / 最新)?  The comments
    follow it, not a list of other stories."""
    if not _SORT_WORD.match(lines[i].strip()):
        return False
    below = next((lines[j].strip() for j in range(i + 1, min(len(lines), i + 3)) if lines[j].strip()), "")
    above = next((lines[j].strip() for j in range(i - 1, max(-1, i - 3), -1) if lines[j].strip()), "")
    if any(_SORT_WORD.match(w) and w != lines[i].strip() for w in (below, above)):
        return True  # 热门 / 最新: two toggles, one over the other, over the comments
    for j in range(i - 1, max(-1, i - 8), -1):
        above = lines[j].strip()
        if not above or _SORT_WORD.match(above) or _ANSWER_BUTTON.match(above):
            continue
        return bool(_COMMENTS_HEAD.match(above) or _COMMENT_COUNT.match(above))
    return False


_PAGER_LABEL = _compile(r"^(?:上一篇|下一篇|上一则|下一则|上一条|下一条|上一帖|下一帖|上篇|下篇|前一篇|后一篇)\s*[:：]?$")


def _pager_links(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The headline under a 上一篇 / 下一篇 label: a link to the story before or after this one,
    however it reads (中秋烤肉熱點出爐 雙北河濱公園10/4起開放登記), never this story's line."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not _PAGER_LABEL.match(line.strip()):
            continue
        j = next((k for k in range(i + 1, min(len(lines), i + 3)) if kinds[k] is not Kind.BLANK), None)
        if (
            j is not None
            and _headline_like(lines[j])
            and not _story_sentence(lines[j].strip())
            and not _chatty(lines[j].strip())  # (a reply under the label talks: 记得关注…)
        ):
            found.add(j)
    return found


# A related link's row: its headline (a question too), perhaps its votes, then a middle dot and
# its day (江州房价接下来会怎么走？ 1,032 赞同 · 2024-06-17, 見家長穿搭求救 · 2024年12月30日).
_DOTTED_LINK = _compile(
    r"^[^。；;]{4,60}?\s[·•・]\s*(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日|"
    r"\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2})?$"
)


# A headline under its time of day (12:48 天文台：年初一至初三天晴乾燥): a sidebar's latest news.
_CLOCKED_HEADLINE = rule_cache.compile(r"^([0-2]?\d):([0-5]\d)[ \u3000]+[^\s\t。！？!?][^\t。！？!?]{1,44}$")
_CLOCKED_RUN = 3


# An amount of money closing a row (-$9.6, +$250.0, -HK$26.4, ¥128.00): a payment or a top-up.
_AMOUNT_LAST = rule_cache.compile(r"[-+−－＋]?[ \t]*(?:HK|NT|US|RMB)?[$＄¥￥][ \t]*[\d,]+(?:\.\d{1,2})?[ \t]*$")


def _clocked_link_runs(lines: list[str], kinds: list[Kind]) -> set[int]:
    """Three or more headlines one under another, each after its time of day, the latest first
    (12:48 … / 12:30 … / 11:55 …): a sidebar of the latest news, with its heading (最新消息).
    A programme's, an episode's or a chat's times run forward, and stay."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    run: list[tuple[int, int]] = []  # (index in rows, minutes)
    for k in [*range(len(rows)), -1]:
        m = _CLOCKED_HEADLINE.match(lines[rows[k]].strip()) if k >= 0 else None
        if m and _AMOUNT_LAST.search(lines[rows[k]]):
            m = None  # (18:42　九巴 KMB 271 大埔墟站　-$9.6: a card's payment, its amount last; a record's row)
        minutes = int(m.group(1)) * 60 + int(m.group(2)) if m else -1
        if m and (not run or minutes < run[-1][1]):
            run.append((k, minutes))
            continue
        if len(run) >= _CLOCKED_RUN:
            found.update(rows[j] for j, _ in run)
            if _list_heading_above(lines, kinds, rows, run[0][0]):
                found.add(rows[run[0][0] - 1])  # (最新消息, 即時新聞: the list's heading over it)
        run = [(k, minutes)] if m else []
    # … or each time alone on its line over its headline (11:58 / 【工信部：…】 / 11:42 / 【…】)
    run = []
    k = 0
    while k <= len(rows):
        clock = _CLOCK_ALONE.match(lines[rows[k]].strip()) if k + 1 < len(rows) else None
        pair = clock is not None and _headline_like(lines[rows[k + 1]]) and not _CLOCK_ALONE.match(lines[rows[k + 1]].strip())
        minutes = int(clock.group(1)) * 60 + int(clock.group(2)) if clock else -1
        if pair and (not run or minutes < run[-1][1]):
            run.append((k, minutes))
            k += 2
            continue
        if len(run) >= _CLOCKED_RUN:
            found.update(rows[j + d] for j, _ in run for d in (0, 1))
            if _list_heading_above(lines, kinds, rows, run[0][0]):
                found.add(rows[run[0][0] - 1])
        run = [(k, minutes)] if pair else []
        k += 2 if pair else 1
    return found


_CLOCK_ALONE = rule_cache.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_SUBTITLE_DASH = rule_cache.compile(r"^(?:——|──|—\s|－－)\s*\S")
_HEAD_BLOCK = 3  # lines of an e-paper story's headlines: 引题, 主题, 副题
_HEAD_HANZI_MIN = 8  # characters of a headline over its story (not 导语, a label)
_TALLY = rule_cache.compile(r"\d(?:\.\d+)?\s*[万亿wW](?:\s|$)")


# A comment's head: a site's reader and a floor, or the reader's region, then the stamp (IT之家网友
# 2751603 1楼 2024-11-26 10:31, 广东深圳　2025-6-3 10:41).
_COMMENT_STAMP_ROW = _compile(
    rf"^(?:\S{{0,8}}网友[ \t\u3000]+\S{{1,16}}(?:[ \t\u3000]+\d{{1,4}}楼)?|(?:{PROVINCES})[\u4e00-\u9fff]{{0,4}})"
    r"[ \t\u3000]+\d{2,4}[-/]\d{1,2}[-/]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?$"
)


def _subtitled_head_at(lines: list[str], kinds: list[Kind], j: int) -> bool:
    """Does a story's headline block start at ``j``: within three lines a subtitle opened by a
    dash (——程阳八寨将首设非遗夜市), and the story's first paragraph right under it?"""
    rows = [k for k in range(j, min(len(lines), j + 2 * _HEAD_BLOCK + 2)) if kinds[k] is not Kind.BLANK]
    for x, k in enumerate(rows[:_HEAD_BLOCK]):
        if _SUBTITLE_DASH.match(lines[k].strip()):
            return x + 1 < len(rows) and kinds[rows[x + 1]] is Kind.PROSE
    return False


def _list_heading_above(lines: list[str], kinds: list[Kind], rows: list[int], k: int) -> bool:
    """Is the line over ``rows[k]``, the first of a list, the list's heading: short, and no
    sentence (女孩熱門文章, 更多回答, 最新消息)?"""
    if k == 0:
        return False
    above = lines[rows[k - 1]].strip()
    return (
        len(above) <= _LIST_HEAD_MAX
        and kinds[rows[k - 1]] is Kind.SHORT
        and not _SENTENCE_PUNCT.search(above)
        and "，" not in above
    )


def _dotted_link_runs(lines: list[str], kinds: list[Kind]) -> set[int]:
    """Two or more related links running one under another, each with its day after a middle dot
    (see ``_DOTTED_LINK``): a list of other posts, however their headlines read."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    hits = [k for k, i in enumerate(rows) if _DOTTED_LINK.match(lines[i].strip())]
    found = {rows[k] for k in hits if (k - 1 in hits) or (k + 1 in hits)}
    for k in hits:
        if rows[k] in found and k - 1 not in hits and _list_heading_above(lines, kinds, rows, k):
            found.add(rows[k - 1])  # (女孩熱門文章, 更多回答: the list's heading over it)
    return found


_LIST_HEAD_MAX = 12

# A related link's row with its day in brackets after its headline (旺角花墟年花價格 按年升一成
# （2025年1月19日）, 某某跑分曝光，多核性能提升 35%（2025/2/18）): no full stop, a whole date.
_BRACKET_DATED_LINK = _compile(
    r"^[^。；;！？!?]{6,60}?[（(][ \t]*(?:19|20)\d\d[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}[ \t]*日?[ \t]*[)）]$"
)
# … under a heading that names other stories (港聞相關新聞, IT之家此前报道：, 延伸閱讀).
_HEADING_OVER_LINKS = 2  # lines over such a list looked at for its heading
_LINK_HEADLINE_MAX = 30
_OTHER_STORIES_HEAD = _compile(r"相关|报道|新闻|消息|推荐|推介|阅读|延伸|更多|热门|最新|往期|回顾|文章|此前|前情")


def _names_over_regions(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A commenter's name right over a region alone (桃子不是淘子 / 浙江 / 我去年国庆路过…): the
    comment's head, as WeChat sets it; the words under the region are the comment."""
    return _names_over(lines, kinds, _REGION_ALONE, (Kind.SHORT,))


def _bracket_dated_link_runs(lines: list[str], kinds: list[Kind]) -> set[int]:
    """Two or more headlines one under another, each with its day in brackets at its end, under
    a heading that names other stories: a list of related links, with its heading.  A
    chronology's rows (某事件（2024年3月19日）) have no such heading over them, and stay."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    k = 0
    while k < len(rows):
        j = k
        while j < len(rows) and _BRACKET_DATED_LINK.match(fold(lines[rows[j]].strip())):
            j += 1
        if j - k >= 2:
            # (its heading may stand over another link: 【黑雨】最新消息：/ 某某一覽表 即睇…)
            for h in range(k - 1, max(-1, k - 1 - _HEADING_OVER_LINKS), -1):
                head = fold(lines[rows[h]].strip())
                if len(head) > _LINK_HEADLINE_MAX or _SENTENCE_PUNCT.search(head) or "，" in head:
                    break
                if _OTHER_STORIES_HEAD.search(head) and (len(head) <= _LIST_HEAD_MAX or head.endswith(("：", ":"))):
                    found.update(rows[h:j])
                    break
        k = max(j, k + 1)
    return found


def _headlines_under_list_heading(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """Plain headlines under a list's heading in the page's foot, over its footer (最新消息 /
    富里鄉羅山村泥火山豆腐節 本週末登場 / … / 洄瀾快報社): a sidebar of other stories, however
    their headlines read; chrome above and below, after the story's last sentence."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    prose = [i for i in rows if kinds[i] is Kind.PROSE]
    if not prose:
        return set()
    found: set[int] = set()
    for k, h in enumerate(rows):
        if h not in chrome or h < prose[-1] or not _list_heading(lines[h]):
            continue
        j = k + 1
        while j < len(rows) and rows[j] not in chrome and _plain_headline(lines[rows[j]]):
            j += 1
        if j - k - 1 >= _LINKS_MIN and (j == len(rows) or rows[j] in chrome):
            found.update(rows[k + 1 : j])
    return found


_LINKS_MIN = 2  # headlines under a list's heading that make a list


def _headlines_over_counts(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A recommended post's headline over its counts, in the page's foot (推荐阅读更多精彩内容 /
    二月二，剃龙头 / 阅读 1,203评论 2赞 18): another post's link, chrome above and its counts
    under it, after the story's last sentence."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    prose = [i for i in rows if kinds[i] is Kind.PROSE]
    if not prose:
        return set()
    found: set[int] = set()
    for a, i, b in zip(rows, rows[1:], rows[2:], strict=False):
        line = lines[i].strip()
        if (
            i > prose[-1]
            and i not in chrome
            and a in chrome
            and b in chrome
            and kinds[i] is Kind.SHORT
            and len(line) <= _LINK_HEADLINE_MAX
            and not _SENTENCE_PUNCT.search(line)
            and _counts_row(lines[b])
            # (under the list's heading or the last item's counts: not the writer's own sign-off over
            # the post's counts, 2021年3月2日 于杭州 / 阅读 1,203评论 2赞 18)
            and (_counts_row(lines[a]) or _list_heading(lines[a]))
        ):
            found.add(i)
    return found


def _counts_row(line: str) -> bool:
    """A post's counts, a short line (阅读 1,203评论 2赞 18, 1.2万浏览　87回复)."""
    line = fold(line.strip())
    return is_count_row(line) or (len(line) <= _COUNTS_ROW_MAX and _READ_COUNTS.match(line) is not None)


def _list_heading(line: str) -> bool:
    """A list's heading that names other stories (最新消息, 推荐阅读更多精彩内容, 相关文章): short,
    no sentence."""
    head = fold(line.strip())
    return len(head) <= _LIST_HEAD_MAX and not _SENTENCE_PUNCT.search(head) and _OTHER_STORIES_HEAD.search(head) is not None


_COUNTS_ROW_MAX = 40
# A post's counts with their words before or after the figures (阅读 1,203评论 2赞 18, 876阅读 5评论).
_READ_COUNT_WORD = r"(?:阅读|浏览|评论|点赞|赞|回复|收藏|喜欢)"
_READ_COUNTS = _compile(
    rf"^(?:{_READ_COUNT_WORD}[ \t]*\d[\d,.]*[万wWkK]?[ \t]*|\d[\d,.]*[万wWkK]?[ \t]*{_READ_COUNT_WORD}[ \t]*){{2,}}$"
)


def _plain_headline(line: str) -> bool:
    """A headline as a list of links prints it: short, no sentence's stop or comma; not an item
    opening on a day without its year (5月18日 社區淨灘活動: a newsletter's own coming events; a
    post's stamp writes its year, 2024年12月20日　聖誕大餐…)."""
    line = fold(line.strip())
    return (
        4 <= len(line) <= _LINK_HEADLINE_MAX
        and not _SENTENCE_PUNCT.search(line)
        and "，" not in line
        and not _DAY_FIRST.match(line)
    )


_DAY_FIRST = _compile(r"^\d{1,2}[-/.月]\d{1,2}[日号]?")


_MENU_ITEM_MAX = 6  # characters of a menu's item written alone on its line
_VERTICAL_RUN = 3  # such items in a row that make a menu (a floor's number and poster make none)


# A forum signature's shapes: a motto with its years between rules (—— 2015年来苏州打拼，2020年安家
# ——, ———— 2016年入坑 · 2019年退坑 ————), a name and a day with a heart (Kelly 2019.7.12 ❤ 每日
# 都係新挑戰, 囡囡 2019年8月 出世 ♡ IG: …).
# (its words open and close on a non-space: the spaces round them are read one way, in linear time)
_RULED_MOTTO = _compile(
    rf"^{RULE_CHARS}{{2,}}[ \t\u3000]*([^—–\-─━~～=\s][^—–\-─━~～=]{{2,58}}[^—–\-─━~～=\s])[ \t\u3000]*{RULE_CHARS}{{2,}}$"
)
_YEAR_IN = rule_cache.compile(r"(?:19|20)\d\d[年.]")
_HEARTED_DAY = _compile(r"^(?=.{4,50}$)(?=.*[♡❤♥💕])(?=.*(?:19|20)\d\d(?:年|[.\-/]\d))[^。！？!?]*$")


def _signature_lines(lines: list[str], kinds: list[Kind]) -> set[int]:
    """Signatures under a forum's floors: a motto with two years or more between rules, or a
    short line with a heart and a day (a child's birthday, a membership's); no sentence of
    the story is shaped so."""
    out: set[int] = set()
    for i, k in enumerate(kinds):
        if k is Kind.BLANK:
            continue
        line = lines[i].strip()
        m = _RULED_MOTTO.match(line)
        if (m is not None and len(_YEAR_IN.findall(m.group(1))) >= 2) or _HEARTED_DAY.match(line):
            out.add(i)
    return out


# A teaser's label in corner marks (◤颱風天必看◢, 【延伸閱讀】 is a heading's) and the links under it,
# each after a pointing mark (👉 停班停課最新消息一次看).
_BOXED_LABEL = _compile(r"^[◤◣][^◢◥]{1,12}[◢◥]$")
_POINTED_LINK = _compile(r"^(?:👉|▶|►|➤|➡|→)[ \t]*[^。！？!?，,]{4,30}$")


def _boxed_link_lists(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A label in corner marks and the pointed links right under it: another story's teasers."""
    out: set[int] = set()
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    for k, i in enumerate(rows):
        if not _BOXED_LABEL.match(lines[i].strip()):
            continue
        end = k + 1
        while end < len(rows) and _POINTED_LINK.match(lines[rows[end]].strip()):
            end += 1
        if end > k + 1:
            out.update(rows[k:end])
    return out


_WEEKDAY_ALONE = _compile(r"^[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?$")


def _weekdays_under_dates(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A weekday or the lunar day alone right under a date alone that is chrome (2024-02-07 /
    星期三, an e-paper's 2025年01月16日 星期四 / 农历甲辰年腊月十七): the stamp's, set on a line of
    its own."""
    out: set[int] = set()
    prev: int | None = None
    for i, k in enumerate(kinds):
        if k is Kind.BLANK:
            continue
        line = lines[i].strip()
        if (
            prev is not None
            and (prev in chrome or prev in out)
            and (_DATE_ONLY.match(lines[prev].strip()) or prev in out)
            and (_WEEKDAY_ALONE.match(line) or LUNAR_DAY_ALONE.match(line))
        ):
            out.add(i)
        prev = i
    return out


def _vertical_menu(lines: list[str], kinds: list[Kind], top: list[int], chrome: set[int]) -> set[int]:
    """The head's menu written one item a line (首页 / 快讯 / 商业 / 财经): three or more short
    chrome lines in a row."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*top, -1]:
        if i >= 0 and i in chrome and kinds[i] is Kind.SHORT and len(lines[i].strip()) <= _MENU_ITEM_MAX:
            run.append(i)
            continue
        if len(run) >= _VERTICAL_RUN:
            out.update(run)
        run = []
    return out


def _listed_under_stamps(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """Headlines between the same stamp rows again and again (- 有線新聞 / - 2025年10月13日 /
    另一則標題 / - 有線新聞 / - 2025年10月13日 / 又一則標題 / 新聞資訊): a list of other stories,
    each under its source and its dated stamp, the next entry's source right under it; the
    last one over the foot's links.  A comment between its stamp and its buttons is none: its
    writer's name stands over the stamp, never the row under the comment."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    seen = Counter(lines[i].strip() for i in rows if i in chrome)
    out: set[int] = set()
    for k in range(2, len(rows)):
        i, above, source = rows[k], rows[k - 1], rows[k - 2]
        below = rows[k + 1] if k + 1 < len(rows) else None
        line = lines[i].strip()
        if (
            i in chrome
            or above not in chrome
            or seen[lines[above].strip()] < _STAMP_REPEATS
            or not _FULL_DATE.search(lines[above])
            or not _headline_like(line)
            or _SENTENCE_PUNCT.search(line)
        ):
            continue
        if below is not None and below in chrome and lines[below].strip() == lines[source].strip():
            out.add(i)  # the next entry's source under it, as over it
        elif (
            k >= 3
            and rows[k - 3] in out
            and (below is None or (kinds[below] is Kind.SHORT and len(lines[below].strip()) <= _MENU_ITEM_MAX))
        ):
            out.add(i)  # the list's last entry, over the foot's links
    return out


# A user id: Latin letters and figures with an underscore, a dot or a figure in it (Hinata_Kwok).
_USER_ID_SHAPE = rule_cache.compile(r"^(?=[A-Za-z0-9_.\-]*[_.\d])[A-Za-z][A-Za-z0-9_.\-]{2,30}$")
_STAMP_REPEATS = 2  # times a stamp row stands on the page, under each of the stories it lists


def _names_over_stamps(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A poster's name opening a floor after a blank line, over the floor's stamp alone and its
    words (藍月亮 / 17/8/2024 02:45 / 哈哈 等埋十月…): who wrote, as a forum without floor numbers
    shows it.  A comment's last line over its stamp has no blank line over it; a commenter's name
    right under the last comment's buttons (回覆 / Kelvin L / 2023 年 1 月 19 日 下午 11:40) opens one."""
    out: set[int] = set()
    for i in range(len(lines)):
        if i in chrome or kinds[i] is not Kind.SHORT:
            continue
        name = lines[i].strip()
        if (
            i > 0
            and kinds[i - 1] is not Kind.BLANK
            and not (i - 1 in chrome and _UI_ONLY.match(lines[i - 1].strip()))
            # (… / Hinata_Kwok / 2 月 9 日 @ 下午 6:30: a user id, no comment's last words)
            and not _USER_ID_SHAPE.match(name)
        ):
            continue
        if len(name) > _POSTER_NAME_MAX or _SENTENCE_PUNCT.search(name) or "，" in name:
            continue
        if i + 2 >= len(lines) or kinds[i + 2] is Kind.BLANK or i + 2 in chrome:
            continue
        if i + 1 in chrome and _stamp_alone(lines[i + 1].strip()):
            out.add(i)
    return out


#: A person's name alone: a surname and one or two hanzi (周慧君), in Simplified (lines are folded).
_PERSON_NAME_ALONE = rule_cache.compile(rf"^(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}}|(?:欧阳|司马|上官)[\u4e00-\u9fff]{{1,2}})$")


def _byline_name_under_stamp(folded: str, top: list[int], k: int, chrome: set[int]) -> bool:
    """A writer's name alone between the story's stamp and the paper's name, both chrome
    (2025/01/03 18:42 / 周慧君 / 中國時報): the byline, as a news page prints it, not a post's
    first words under its stamp (a post's words run on, and have no chrome right under them)."""
    return _PERSON_NAME_ALONE.match(folded) is not None and k + 1 < len(top) and top[k + 1] in chrome


def _stamp_alone(line: str) -> bool:
    """A floor's or a comment's stamp alone on its line, a day and its clock (17/8/2024 02:45,
    2026.02.24 21:32, 2023 年 1 月 19 日 下午 11:40, 06-14-2022 11:05 PM)."""
    return bool(
        _CLOCK_IN_LINE.search(line)
        and (_DATE_ONLY.match(line) or _DMY_STAMP.match(line) or _WORDS_STAMP.match(line) or US_STAMP.match(line))
    )


def _card_over_counts(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A poster's name and rank right over its row of counts, after a blank line (資深會員 / 阿德 /
    發表:356 回覆:1208 積分:947 註冊:2003-11-20): the floor's card, as an older board prints it."""
    found: set[int] = set()
    for j in range(1, len(lines)):
        if j not in chrome or "+" in lines[j] or (
            len(_PROFILE_FIELD.findall(fold(lines[j]))) < _CARD_COUNTS_MIN and not _UID_CARD.match(lines[j].strip())
        ):
            continue  # (發帖：+2　回覆：+1　精華：+20: a board's points rules, no poster's counts)
        run: list[int] = []
        i = j - 1
        while i >= 0 and kinds[i] is not Kind.BLANK and len(run) < _CARD_NAME_ROWS:
            text = lines[i].strip()
            if len(text) > _RANK_LINE_MAX or _SENTENCE_PUNCT.search(text) or "，" in text or "," in text:
                run = []
                break
            run.append(i)
            i -= 1
        if run and (i < 0 or kinds[i] is Kind.BLANK):
            found.update(run)
    return found


_CARD_COUNTS_MIN = 3  # counts in a row that make a poster's card
_CARD_NAME_ROWS = 3  # its name, rank and title over them, at most


# A poster's place in its card (住址: 新竹縣竹北市, 来自: 上海).
_CARD_PLACE = _compile(r"^(?:住址|地址|来自|居住地|所在地|所在城市|地区)[ \t]*[:：][ \t]*[^，。,！？!?\s]{1,12}$")
# A signature's rule, vBulletin's underscores (__________________).
_SIGNATURE_RULE = _compile(r"^_{8,}$")


def _card_places_and_signatures(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A poster's place between the card's other fields (註冊日期: … / 住址: 新竹縣竹北市 / 文章: 1,203),
    and the signature right under the floor's rule of underscores (__________________ / 2015 西濱初環島
    / 2017 武嶺 / …): the poster's, on every floor, never the floor's words."""
    found = {
        i
        for a, i, b in _held_between_chrome(kinds, chrome)
        if _CARD_PLACE.match(fold(lines[i].strip())) and (POSTER_FIELD.match(lines[a].strip()) or POSTER_FIELD.match(lines[b].strip()))
    }
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    # (a blog's postscript under a rule, __________ / 6月1日正式搬到新竹…, is the post's: only a
    # board prints a poster's fields or a floor's stamped head)
    board = any(POSTER_FIELD.match(lines[i].strip()) or _STAMPED_FLOOR.match(lines[i].strip()) for i in rows)
    for a, i in pairwise(rows):
        if (
            board
            and a in chrome
            and _SIGNATURE_RULE.match(lines[a].strip())
            and i not in chrome
            and len(lines[i].strip()) <= _RULED_SIGNATURE_MAX
            and (i + 1 >= len(lines) or kinds[i + 1] is Kind.BLANK or i + 1 in chrome)
        ):
            found.add(i)
    return found


_RULED_SIGNATURE_MAX = 80


def _ranks_over_stamps(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A poster's rank or title between its name and its stamp alone (阿傑 / Star III /
    06-14-2022 11:05 PM, VIVA_社群管理員 / 社群管理員 / …): the floor's header, never its words."""
    return {
        i
        for a, i, b in _held_between_chrome(kinds, chrome)
        if len(lines[i].strip()) <= _RANK_LINE_MAX
        and not _SENTENCE_PUNCT.search(lines[i])
        and len(lines[a].strip()) <= _POSTER_NAME_MAX
        and not _stamp_alone(lines[a].strip())
        and _stamp_alone(lines[b].strip())
    }


_RANK_LINE_MAX = 12


_POSTER_NAME_MAX = 16  # characters of a poster's name on its line
# A stamp with Hong Kong's day first and the year last (17/8/2024 02:45): read only where a floor's
# head or words are asked for (``_DATE_ONLY`` left as it is: its other readers take such a line
# under a floor's words for no stamp)
_DMY_STAMP = rule_cache.compile(r"^\d{1,2}/\d{1,2}/\d{4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?$")
# (2023 年 1 月 19 日 下午 11:40: WordPress's comment stamp in Chinese, its part of the day before the clock)
_WORDS_STAMP = rule_cache.compile(
    r"^\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日[ \t]*(?:上午|下午|早上|晚上|中午|凌晨)?[ \t]*\d{1,2}:\d{2}$"
    # (2 月 9 日 @ 上午 1:14: Steam's comment stamp, its year left off and an at sign before the clock)
    r"|^\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日[ \t]*@[ \t]*(?:上午|下午|早上|晚上|中午|凌晨)?[ \t]*\d{1,2}:\d{2}$"
)


def _topics_over_question(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A Q&A page's topics, a word a line, over its question, which its tools follow (考研 /
    研究生入学考试 / 二战 / 二战考研上岸是一种什么体验？ / 关注问题): the topics it is filed under."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    for k in range(1, len(rows) - 1):
        tools = lines[rows[k + 1]].strip()
        # (or its counts: 旅行 / 五一 / 国内旅游 / the question / 关注者 1,204 | 被浏览 3,887,102)
        if len(tools) > _QUESTION_TOOLS_MAX or not QUESTION_TOOLS.match(tools):
            continue
        j = k - 1
        while j >= 0 and rows[j] not in chrome and kinds[rows[j]] is Kind.SHORT and len(lines[rows[j]].strip()) <= _TOPIC_MAX and not _SENTENCE_PUNCT.search(lines[rows[j]]):
            out.add(rows[j])
            j -= 1
        if j < 0 or rows[j] not in chrome:
            out -= {rows[x] for x in range(j + 1, k)}  # (the topics stand under the site's menu)
    return out
_QUESTION_TOOLS_MAX = 32  # characters of a row of those tools or counts (关注者 1,204 | 被浏览 3,887,102)
_TOPIC_MAX = 10  # characters of a topic's name over a question


def _masthead_again(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The site's name on a line of its own where the page names it in its chrome: its first
    line, the name before a stamp (每日经济新闻 2025-04-29 21:15:32) or before its rights
    (每日经济新闻 版权所有 …); so 每日经济新闻 over the foot's disclaimer is the site's."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    names: set[str] = set()
    for k, i in enumerate(rows):
        if i not in chrome:
            continue
        line = lines[i].strip()
        if k == 0:
            names.add(line)
        elif (m := _NAME_BEFORE_STAMP.match(line)) is not None:
            names.add(m.group(1))
    names = {_masthead_key(x) for x in names if len(x) <= _MASTHEAD_MAX and not _SENTENCE_PUNCT.search(x)}
    # (維港電視 新聞 / - 維港電視新聞: the name again as a list's item, its space left out)
    return {i for i in rows[1:] if i not in chrome and _masthead_key(lines[i].strip()) in names}


def _masthead_key(line: str) -> str:
    """A site's name without its spaces or a list's dash before it, to be told again."""
    return _SPACES.sub("", _DASH_ITEM.sub("", line))


_DASH_ITEM = rule_cache.compile(r"^[-–•·*][ \t\u3000]+")
_SPACES = rule_cache.compile(r"[ \t\u3000]+")


_NAME_BEFORE_STAMP = rule_cache.compile(
    r"^([^\s，。,：:]{2,20})[ \t\u3000]+(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}|版权所有)"
)
_MASTHEAD_MAX = 20  # characters of a site's name on the page's first line


# A link's label at the end of the story's line (3.活動連結：, 报名链接:, 官网：): the address under it.
_LINK_LABEL = _compile(r"(?:链接|连结|网址|官网|网站|报名|link|Link|URL|url)\s*[:：]$")
_URL_ONLY = _compile(r"^(?:https?://|www\.)\S+$")


def _labelled_links(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """An address alone on its line under the body's label for it (3.活動連結： / https://…):
    the post's own fact, as the label says, not the page's link."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    return {
        i
        for h, i in pairwise(rows)
        if i in chrome
        and h not in chrome
        and _URL_ONLY.match(lines[i].strip())
        and _LINK_LABEL.search(lines[h].strip())
        # (3.新聞連結或短網址: / https://…: a news repost's source, which the template sets apart)
        and not _SOURCE_LINK_LABEL.search(lines[h])
    }


_SOURCE_LINK_LABEL = _compile(r"新闻(?:链接|连结|网址)|短网址|原文(?:链接|连结|网址)")


def _tags_under_story(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """Tags a word a line right under a sentence that ends a paragraph and over a chrome line
    (…供電無虞。 / 氣象 / 冷氣團 / 低溫特報 / 中央氣象署 / 延伸閱讀): the story's tags."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    first_prose = next((i for i in rows if kinds[i] is Kind.PROSE), len(lines))
    # (文章标签： spring boot java 定时任务 in the head: the tags the foot lists again, one a line)
    field = " ".join(
        f" {m.group(1) or m.group(2) or ''} " for i in chrome if (m := _TAG_FIELD.search(lines[i].strip())) is not None
    )
    out: set[int] = set()
    run: list[int] = []
    for k, i in enumerate(rows):
        line = lines[i].strip()
        if i not in chrome and kinds[i] is Kind.SHORT and (
            (len(line) <= _TAG_WORD_MAX and _tag_like(line)) or (field and f" {line} " in field)
        ):
            run.append(k)
            continue
        if i in chrome and i > first_prose and _PARAGRAPH_END.search(lines[rows[run[0] - 1]].strip() if run else lines[rows[k - 1]].strip() if k else "") and _chrome_tag(line):
            # (…早晚較涼。 / 中秋節2023 / 維園 / 綵燈會 / 入境處 / 相關文章: a tag the page's words
            # took already, among the others under the story)
            run.append(k)
            continue
        held = [j for j in run if rows[j] in chrome]
        if (
            len(run) >= _TAG_RUN_MIN
            and len(held) < len(run)
            and i in chrome
            and run[0] > 0
            and (
                _PARAGRAPH_END.search(lines[rows[run[0] - 1]].strip())
                # (02:15 大雁塔 / 13:30 華山夜爬 / vlog / 旅行 / 西安 / 點讚 8.7萬: a video's tags
                # between its chapters and its counts, chrome on both sides)
                or (
                    not held
                    and len(run) >= _TAG_RUN_CHROME_MIN
                    and (rows[run[0] - 1] in chrome or _CHAPTER.match(lines[rows[run[0] - 1]].strip()) is not None)
                )
            )
            and not any(_LETTER_CLOSE.match(lines[rows[j]].strip()) or _SIGNED_AT.match(lines[rows[j]].strip()) for j in run)
        ):
            out.update(rows[j] for j in run)
        run = []
    return out


# A tag field anywhere on a row (分类专栏： Java踩坑笔记 文章标签： spring boot java 定时任务).
_TAG_FIELD = _compile(r"(?:文章)?标签\s*[:：]\s*(.+)$|^(?:文章)?标签\s+(.+)$")
# (a question's end is no paragraph's: 你們最想先看哪一種？ / 南部粽 / 北部粽 is a poll)
_PARAGRAPH_END = rule_cache.compile(r"[。！!」』”]$")
# A writer's sign-off under the last sentence (小鹿 / 于杭州), never tags.
_SIGNED_AT = _compile(r"^(?:于|写于|记于|草于|—|-|by\b)", re.IGNORECASE)
# A letter's close (此致 / 貴家長), never a tag.
_LETTER_CLOSE = _compile(r"^(?:此致|敬礼|顺颂\S{0,4}|贵家长|各位家长|台照|钧鉴)$")
_TAG_RUN_MIN = 2  # tags, one a line, that make a run over the page's foot
_TAG_RUN_CHROME_MIN = 4  # … or between two chrome lines, with no sentence over them
_MENU_ITEM_LONG = 10  # characters of a menu's longer item, one a line between short ones
_MOTTO_MAX = 60  # characters of a site's motto under its name


_MOTTO_ROWS = 5  # the platform's bar over a blog's name, at most


def _site_motto(lines: list[str], kinds: list[Kind]) -> None:
    """The page's second line, a sentence between the site's name and its menu (有線新聞 / 24小時
    無間斷緊貼香港本地及國際新聞，即時報道…。 / 首頁 / 港聞 …): the site's motto, chrome, so the
    story starts below the menu."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK][: _MOTTO_ROWS + 3]
    for k in range(min(_MOTTO_ROWS, len(rows) - 3)):
        name, motto, home, nxt = (lines[i].strip() for i in rows[k : k + 4])
        if (
            (kinds[rows[k + 1]] is Kind.PROSE or (k and kinds[rows[k + 1]] is Kind.SHORT and "，" in motto))
            and len(motto) <= _MOTTO_MAX
            and kinds[rows[k]] is not Kind.PROSE
            # (更多 / 建立網誌 / 登入 / 行山佬筆記 / 行山、影相、食嘢，偶然… / 主頁: a blog's name
            # and motto under the platform's bar)
            and all(kinds[j] is not Kind.PROSE for j in rows[:k])
            and (not k or any(kinds[j] is Kind.CHROME for j in rows[:k]))
            and not _SENTENCE_PUNCT.search(name)
            and (_HOME_WORD.match(home) or _HOME.match(home) or is_home_menu(home))
            and kinds[rows[k + 3]] is not Kind.PROSE
            and len(nxt) <= _MENU_ITEM_MAX * 4
        ):
            kinds[rows[k + 1]] = Kind.CHROME
            return


def split_lines(lines: list[str], tail: bool = True) -> Split:
    """Split lines into body and chrome, keeping anything uncertain in the body.

    ``tail=False`` when the lines are only the beginning of a document: its last lines
    are then not the page's footer.
    """
    lines = [fold(line) if len(line) <= LONG_LINE + 8 else line for line in lines]
    kinds = [_classify(line.strip()) for line in lines]
    # (熱 帶 氣 旋 警 告: a letter-spaced line is read closed up, unless it is chrome as written,
    # 日 一 二 三 四 五 六, a calendar's row of weekdays; only its index is returned)
    for i, line in enumerate(lines):
        if kinds[i] is not Kind.CHROME and letter_spaced(line):
            lines[i] = closed_up(line)[0]
            kinds[i] = _classify(lines[i].strip())
    n = len(kinds)
    _site_motto(lines, kinds)
    _figure_lists(lines, kinds)
    _chronologies(lines, kinds)
    _contents(lines, kinds)
    _mark_rows(lines, kinds)
    chrome: set[int] = {i for i, k in enumerate(kinds) if k is Kind.CHROME}
    prose = [i for i, k in enumerate(kinds) if k is Kind.PROSE]

    # Tail: everything from the first definite chrome line of the trailing non-prose block.
    tail_start = prose[-1] + 1 if prose else 0
    tail_block = [i for i in range(tail_start, n) if kinds[i] is not Kind.BLANK]
    # (a page without a prose line has no known end of its story: a post in short lines, whose
    # lines after the page's head are no tail)
    first_chrome = (
        next((i for i in tail_block if kinds[i] is Kind.CHROME), None) if tail and prose else None
    )
    tag_lines: list[int] = []
    if first_chrome is not None:
        # (關於 / 說明 / API / 工作機會 / 私隱 / 條款 / 語言 / 中文(香港): the footer's menu right over
        # its first definite line, each item a footer's word)
        menu = list(reversed([i for i in tail_block if i < first_chrome]))
        run = list(takewhile(lambda i: kinds[i] is Kind.SHORT and _tail_furniture(lines[i]), menu))
        footer_words = sum(1 for i in run if _FOOT_MENU_WORD.match(lines[i].strip()))
        if len(run) >= _FOOT_MENU_MIN and 2 * footer_words >= len(run):
            first_chrome = run[-1]
        above = [i for i in tail_block if i < first_chrome]
        if above and _TOPIC_LINK.match(lines[above[-1]].strip()):
            # (【颱風消息】每日更新 / 01新聞 請立即下載… / 相關文章: a link to the outlet's topic
            # page, right over the page's foot)
            chrome.add(above[-1])
        in_post = False
        # (the site's name as the page's first line, 哔哩哔哩, opening a line of the foot: its slogan)
        site = next((lines[i].strip() for i in range(n) if kinds[i] is not Kind.BLANK), "")
        for i in tail_block:
            if (
                _post_header(lines[i])
                or is_floor_row(lines[i])
                or _COMMENTER_ROW.match(lines[i].strip())
                # ([引用] [回覆] [只看此人] / 多謝兩位: the floor's words; not [打印] [关闭], the page's tools)
                or (_BRACKET_BUTTONS.match(lines[i].strip()) and _FLOOR_REPLY_WORD.search(lines[i]))
            ):
                in_post = True
                continue
            if in_post and not (_UI_ONLY.match(lines[i].strip()) or _button_row(lines[i].strip())):
                # a short reply under its post's header (#3 路人甲 2 小時前 / 同意樓上 / mark),
                # up to the page's buttons
                continue
            in_post = False
            if i >= first_chrome and kinds[i] is Kind.SHORT and (
                _tail_furniture(lines[i]) or _site_slogan(lines[i], site)
            ):
                chrome.add(i)
                if _tag_like(lines[i]):
                    tag_lines.append(i)
    # Head: short lines before the first prose line, when the head holds page furniture
    # (a definite chrome line, or a run of three short lines: a menu).  The headline is among
    # them; the title finder takes it back.
    head_end = prose[0] if prose else n
    head = [i for i in range(head_end) if kinds[i] is not Kind.BLANK]
    head_short = [i for i in head if kinds[i] is Kind.SHORT]
    if any(kinds[i] is Kind.CHROME for i in head) or len(head_short) >= 3:
        # (a page's swipe hint or music switch, 上滑查看 ↑, ends no menu: the lines over it are
        # an invitation's own, 陈屿 & 林晚 / 诚挚邀请您参加我们的婚礼)
        last_chrome = max(
            (
                i
                for i in head
                if kinds[i] is Kind.CHROME
                and not _page_control(lines[i])
                # (3.完整新聞標題: / headline / 4.完整新聞內文:: a form's labels around its values)
                and not _NEWS_FORM_LABEL.match(lines[i].strip())
            ),
            default=-1,
        )
        talk_runs = _talk_runs(lines, kinds, head)
        facts = _fact_rows(lines, kinds, head_short)
        for i in head_short:
            if i in talk_runs:
                continue  # a post written in short lines without full stops (PTT): no menu
            if i in facts:
                continue  # 出发时间：2023年9月29日 / 出行天数：7天 / 人物：和朋友: the post's facts
            if _under_post_header(lines, kinds, i) or _over_floor_foot(lines, kinds, i):
                continue  # a thread in short replies has no head: #2 路人 1 小時前 / 同意
            if _clause_pair(lines[i]) and not _UI_WORDS.search(lines[i]):
                continue  # a subheading in clauses (老树留下来了，居民多了个乘凉的去处): no menu
            if _SUBTITLE.match(lines[i].strip()):
                continue  # ——写在江北码头旧址保护利用工程启动之际: the headline's subtitle, under it
            if i > last_chrome and _long_talk(lines[i]):
                continue  # a post's line of talk, a menu's word in it (前天@某某推荐的这家 说是…)
            if (
                i < last_chrome
                # (花商嘆成本漲 食環署收逾200宗投訴: a deck in two parts, a button's word its object)
                or (_UI_WORDS.search(lines[i]) and not _subheading_in_parts(lines[i]))
                or _MENU_WORD.match(lines[i].strip())
                or _LATIN_WORD.match(lines[i].strip())  # (Gossiping: a board's name over a thread)
            ):
                chrome.add(i)
        # a menu's longer items one a line, between its short ones (專題 / P#新聞實驗室 / 公視+ / 社會)
        for k, i in enumerate(head):
            line = lines[i].strip()
            if (
                i in chrome
                or kinds[i] is not Kind.SHORT
                or len(line) > _MENU_ITEM_LONG
                or _SENTENCE_PUNCT.search(line)
                or "，" in line
            ):
                continue
            near_above = [j for j in head[max(0, k - 2) : k] if j in chrome and len(lines[j].strip()) <= _MENU_ITEM_MAX]
            near_below = [
                j for j in head[k + 1 : k + 3] if j in chrome and len(lines[j].strip()) <= _MENU_ITEM_MAX
            ]
            if near_above and near_below and head[k - 1] in chrome:
                chrome.add(i)
        # a menu written one entry a line under its home link (首页 / 浏览发现 / 话题广场 / 小组)
        under_home = False
        for i in head:
            line = lines[i].strip()
            if i in chrome and len(line) <= 5 and _HOME_WORD.search(line):  # (首页, 网站首页 alone)
                under_home = True
            elif under_home and kinds[i] is Kind.SHORT and len(line) <= 8 and not _SENTENCE_PUNCT.search(line):
                chrome.add(i)
            else:
                under_home = False
    # The head, up to the first sentence of the story: a site or section name (某某小组,
    # 鏡週刊 Mirror Media), a row of short words without speech (看板首頁 精華區 板規), and short
    # lines held between two chrome lines (an answerer's name and bio between the counters).
    story = next((i for i in prose if _story_sentence(lines[i].strip())), n)
    top = [i for i in range(story) if kinds[i] is not Kind.BLANK]
    for k, i in enumerate(top):
        line = lines[i].strip()
        # a long row of section names (學校簡介 行政單位 教學資源 …) or a site name with its Latin
        # name (香港天文台 Hong Kong Observatory) runs past the short limit
        if i in chrome or not (
            kinds[i] is Kind.SHORT
            or (kinds[i] is Kind.PROSE and (len(line) <= 64 or (k <= 2 and _HANZI_LATIN_NAME.match(line) is not None)))
        ):
            continue
        beside = (k == 0 or top[k - 1] in chrome) or (
            k + 1 < len(top) and kinds[top[k + 1]] is Kind.CHROME
        )
        # (#5 / 某某 / 3 日前 / 終於去咗 上星期六去 人唔算多: a reply's first line under its age)
        under_age = k > 0 and _POST_AGE.match(lines[top[k - 1]].strip()) is not None
        if (
            beside
            and (_SITE_NAME.match(line) or _BOARD.match(line) or (_word_row(line) and not under_age) or _board_name(line))
        ) or (k == 0 and len(top) > 1 and top[1] in chrome and is_site_over_menu(line, lines[top[1]])):
            chrome.add(i)  # (the page's first line over the site's menu: the site's name)
        elif k == 0 and len(top) > 1 and _PLATFORM_ALONE.match(line):
            chrome.add(i)  # the page's first line, the platform it was saved from (Facebook, 微博)
        elif beside and k <= 2 and _HANZI_LATIN_NAME.match(line):
            chrome.add(i)  # a group's or a site's name with its Latin name (某某關注組 Tseung Kwan O Neighbours)
        elif k == 1 and beside and _LATIN_NAME.match(line) and _HANZI_NAME.match(lines[top[0]].strip()):
            # the page's first two lines: its name and its Latin name over the menu
            # (聖恩中學 / St. Grace Secondary School)
            chrome.update((top[0], i))
        elif _FIELD_ROW.match(line):
            chrome.add(i)  # a summary card over the story (出发时间 2024-04-30 / 出行天数 5天 / …)
    chrome.update(_site_path_lines(lines, kinds, top, chrome))
    # the menu's current section repeated on its own line under the menu (吹水台 時事台 … / 時事台)
    menu_words: set[str] = set()
    vertical = _vertical_menu(lines, kinds, top, chrome)
    head_lines = {lines[j].strip() for j in top}
    for i in top:
        line = lines[i].strip()
        if i in chrome and len(line) <= 120 and (_menu_like(line) or _separated(line)):
            menu_words.update(t for t in _TOKEN_SPLIT.split(line) if t)
        elif kinds[i] is Kind.SHORT and top[0] in chrome and _site_and_section(line, lines[top[0]].strip(), head_lines):
            chrome.add(i)  # (界面新闻 / 首页 / … / 消费 / 界面新闻 · 消费: the site and the section again)
        elif i in vertical:
            menu_words.add(line)  # (a menu written one item a line: 商业 / 财经 / 消费 / … / 消费)
        elif kinds[i] is Kind.SHORT and len(line) <= 8 and line in menu_words:
            chrome.add(i)
    for k, i in enumerate(top[:-2]):
        # 快訊 over a headline, then the page's own headline: the first is the sidebar's
        if (
            i in chrome
            and _FLASH.match(lines[i].strip())
            and top[k + 1] not in chrome
            and top[k + 2] not in chrome
            and _headline_like(lines[top[k + 1]])
            and _headline_like(lines[top[k + 2]])
            and not _SENTENCE_PUNCT.search(lines[top[k + 1]])
        ):
            chrome.add(top[k + 1])
    for k, i in enumerate(top):
        if kinds[i] is not Kind.SHORT or i in chrome or k == 0 or top[k - 1] not in chrome:
            continue
        if _page_control(lines[top[k - 1]]):
            continue  # (🎵 音乐已开启 / 我们结婚啦… / 上滑查看 ↑: the page's switches bound no menu)
        if _SUBTITLE.match(lines[i].strip()):
            continue  # the headline / ——its subtitle / 本报记者 某某: the story's, under its headline
        if _POST_AGE.match(lines[top[k - 1]].strip()):
            continue  # a reply under its age (20小時 / 留友看 @某某 / 1): the post's text
        if is_imageboard_head(lines[top[k - 1]]) or REPLY_POINTER.match(lines[top[k - 1]].strip()):
            continue  # 無名氏 [25/01/20(一)22:21:37 ID:…] No.29104512 / 113年12月20日那次…: the reply's text
        if (
            (_DATE_ONLY.match(lines[top[k - 1]].strip()) or _DMY_STAMP.match(lines[top[k - 1]].strip()))
            and _CLOCK_IN_LINE.search(lines[top[k - 1]])
            and not _byline_name_under_stamp(fold(lines[i].strip()), top, k, chrome)
        ):
            # 2025年2月25日 18:32 / 今天早上10點看到成績…: a post's first lines under its stamp
            # (17/8/2024 02:45: Hong Kong's day first)
            continue
        if _QUOTE_HEADER.match(lines[top[k - 1]].strip()):
            continue  # 引用 #1 / 琴日凌晨三點由荃灣上山: the quoted words, which a reader reads
        if POSTER_LEVEL.match(lines[top[k - 1]].strip()):
            continue  # 追光的小柚 楼主 9级 / 2024年6月7日高考，…: a floor's text under its poster
        if lines[top[k - 1]].strip() in _DISCUZ_FLOORS:
            continue  # 地板 / 多謝 @某某 同 @某某: a floor's text under its label
        if _NEWS_FORM_TITLE.match(lines[top[k - 1]].strip()):
            continue  # 3.完整新聞標題: / the story's headline, which the post carries (its body)
        if _HEADER_NAMES_POSTER.search(lines[top[k - 1]]) and _CLOCK_IN_LINE.search(lines[top[k - 1]]):
            continue  # 作者：吃瓜群众甲  时间：2019-11-19 13:02:11  7楼 / 蹲一个后续: the floor's own words
        if _COMMENTER_ROW.match(lines[top[k - 1]].strip()) or _NAME_STAMP_ROW.match(lines[top[k - 1]].strip()):
            # a comment under its name, place and stamp (新浪网友 [江西南昌] 04-17 09:12, 豆瓣's
            # 帮顶小分队 2023-06-15 08:01:17 浙江)
            continue
        if k >= 2 and _meta_line(lines[top[k - 1]]) and _post_header(lines[top[k - 2]]):
            continue  # a floor's text under its number and stamp (#6 某某 / 2026-02-06 09:15)
        if k >= 3 and _meta_line(lines[top[k - 1]]) and _FLOOR_NUMBER.match(lines[top[k - 3]].strip()):
            continue  # … or under its number, poster and stamp, a line each (3 樓 / 某某 / 2024-03-02 01:15:03)
        if k >= 2 and _FLOOR_NUMBER.match(lines[top[k - 1]].strip()) and _meta_line(lines[top[k - 2]]):
            continue  # … and under its stamp and number (發表於 2026-2-10 13:22 / 1#)
        if k >= 2 and _BRACKET_BUTTONS.match(lines[top[k - 1]].strip()) and _comment_stamp(lines[top[k - 2]]):
            continue  # … or under its stamp and its buttons (2021/06/10 22:40 / [引用] [回覆] [只看此人])
        if (
            k + 1 < len(top)
            and _comment_stamp(lines[top[k + 1]])
            and not _FLOOR_NUMBER.match(lines[top[k - 1]].strip())
            and not _DCARD_FLOOR.match(lines[top[k - 1]].strip())
        ):
            # 理性消费协会会长 / LV3 / 建议等6月中旬… / 05-27 21:40: a comment over its stamp (not
            # B2 / 國立成功大學 工業設計學系 / 5月20日 23:05: a floor's writer's school)
            continue
        run = [i]
        for j in top[k + 1 : k + 3]:
            if kinds[j] is not Kind.SHORT or j in chrome:
                break
            run.append(j)
        after = k + len(run)  # the index in ``top`` of the line after the run
        if (
            after < len(top)
            and top[after] in chrome
            and kinds[top[after]] is Kind.CHROME
            and not _page_control(lines[top[after]])
            # (…睡了睡了 / 明天考完回来报平安 / 来自Android客户端 5楼 2020-07-06 22:52: a floor's
            # last words over its foot)
            and not is_floor_foot(lines[top[after]])
        ):
            chrome.update(
                j
                for j in run
                if not ((_talk(lines[j]) and not _INSTITUTION.search(lines[j])) or _asks_or_tells(lines[j]))
            )
    # A record's fields (留言类型：求助  领域：城建 / 办理状态：已回复): two or more lines in a row
    # made only of ``label：value`` fields, all of them words: a figure or a date in a value
    # makes the rows a product's or an entry's facts (产地：…  采摘时间:2024年3月26日), content,
    # and so does a sentence of the story that announces them with a colon (诊所包括：): a list.
    field_run: list[int] = []
    before: int | None = None  # the non-blank line before the run
    for i in [*range(n), n]:
        if i < n and kinds[i] is Kind.BLANK:
            continue
        if i < n and kinds[i] is Kind.SHORT and _FIELDS_ONLY.match(lines[i].strip()):
            field_run.append(i)
            continue
        if (
            len(field_run) >= 2
            and not any(_FIELD_FIGURE.search(lines[j]) or _FILL_IN.search(lines[j]) for j in field_run)
            and not (before is not None and _announces_list(lines[before], kinds[before]))
            and not (before is not None and before not in chrome and _item_heading(lines[before]))
            and not (before is not None and _facts_above(lines[before], kinds[before], before in chrome))
            # (中文名：永宁桥 / 别　名：… / 始建时间：明万历十二年（1584年）: an entry's facts going on below)
            and not (i < n and _facts_above(lines[i], kinds[i], i in chrome))
            # (服務範圍：全院 42 個科室… / 服務要求：詳見招標文件 / 服務時間：…: the notice's own facts
            # going on under a longer field of the story)
            and not (before is not None and before not in chrome and kinds[before] is not Kind.SHORT and _LABEL_VALUE.match(lines[before].strip()))
            and not _places_listed(lines, field_run)
        ):
            chrome.update(field_run)
        elif (
            len(field_run) >= 2
            and i < n
            and _CONTENT_LABEL.match(lines[i].strip())
            and all(_STAMP_FIELD.match(lines[j].strip()) for j in field_run if _FIELD_FIGURE.search(lines[j]))
        ):
            # a record's head over its content (答复单位：… / 答复时间：2026-02-26 / 答复内容：):
            # its only figures are its stamp, and its last label opens the text
            chrome.update((*field_run, i))
        field_run = []
        before = i
    # A list of other stories after a section heading: its short and headline-like lines, up to
    # the next line that reads as the story (long, with sentence punctuation) or the heading of
    # the comments (留言 2, 評論（3）): comments are what a reader reads.
    listed: set[int] = set()
    first_prose = next((x for x, k in enumerate(kinds) if k is Kind.PROSE), n)
    i = 0
    while i < n:
        if (
            kinds[i] is Kind.CHROME
            and _SECTION.match(lines[i].strip())
            and not _in_menu(lines, kinds, i)
            and not _comment_sort(lines, i)
            # (an e-paper's 往期回顧 over its page label is a button to past issues, no list)
            and not (i < first_prose and _BACK_ISSUES.match(lines[i].strip()))
            # (相關活動 / ■ 開幕式｜7/6（六）14:00　一樓大廳: an event page's own programme, each
            # item with its day, under a heading that names it "related")
            and not _dated_items_under(lines, kinds, i)
            and not _over_post_head(lines, kinds, i)
        ):
            listed.add(i)
            j = i + 1
            bullet = ""  # the bullet the list's items open with (◆ …), if they do
            heading = i  # the list's heading, or the next list's (本版新闻 … 相关稿件)
            # (only a list over the story ends where its story's headline opens; one at the foot
            # runs on through the footer's own lines)
            at_head = i < first_prose
            prev_row = i  # the last non-blank line read
            items = 0  # the list's items read so far
            while j < n and (kinds[j] is not Kind.PROSE or _headline_like(lines[j])):
                item = lines[j].strip()
                if at_head and not item and items >= 2 and _story_head_below(lines, kinds, j):
                    break  # 本版标题导航's items, a blank, then the story's own headlines over its reporters
                if at_head and item and kinds[j] is not Kind.CHROME and _subtitled_head_at(lines, kinds, j):
                    break  # 標題導航 … then 引题 / 主题 / ——副题 over the story: its own headlines
                if (
                    at_head
                    and items >= 2
                    and item
                    and kinds[j] is not Kind.CHROME
                    and _headline_like(lines[j])
                    and len(_HANZI.findall(item)) >= _HEAD_HANZI_MIN
                    and not _TALLY.search(item)  # (阅读量3.2亿 讨论2.1万: a topic's counts)
                    and (below := next((k for k in range(j + 1, min(n, j + 3)) if kinds[k] is not Kind.BLANK), None))
                    is not None
                    and kinds[below] is Kind.PROSE
                    and _story_sentence(lines[below].strip())
                    and len(lines[below].strip()) >= _STORY_AFTER_QUESTION
                ):
                    break  # 版面导航 … 上一篇 / 下一篇 / 冷库满仓… right over the story's first paragraph: its headline
                first_item = bool(item) and prev_row == heading
                above = prev_row
                nxt_row = next((k for k in range(j + 1, min(n, j + 3)) if kinds[k] is not Kind.BLANK), None)
                if item:
                    prev_row = j
                if item and _SECTION.match(item):
                    heading, bullet = j, ""
                elif first_item:
                    bullet = item[0] if item[0] in ITEM_BULLETS else ""  # the first item's
                elif (
                    at_head
                    and bullet
                    and item
                    and item[0] != bullet
                    and kinds[j] is not Kind.CHROME
                    and "：" not in item
                    and ":" not in item  # (主办：…, 政务服务热线：12345: a footer's fields, no story)
                ):
                    break  # ◆ 本版标题导航's items end where a line opens without the bullet: the story's
                if _COMMENTS_HEAD.match(lines[j].strip()):
                    chrome.add(j)
                    j += 1
                    break
                if _COMMENTER_ROW.match(lines[j].strip()):
                    break  # a comment's name, place and stamp (新浪网友 [江西南昌] 04-17 09:12)
                if (
                    not at_head
                    and items >= 1
                    and _NAME_ONLY.match(item)
                    and nxt_row is not None
                    and _POST_AGE.match(lines[nxt_row].strip())
                    and _POST_AGE.search(lines[above].strip()) is None
                ):
                    break  # … 3小時前 / 阿哲 / 2小時前 / 真的好可愛！: a commenter's name over the comment's age
                if kinds[j] is not Kind.BLANK and lines[j].rstrip()[-1:] in "，,":
                    break  # 一年一度的…年貨大街今年1月11日至1月27日登場，: a sentence going on, no headline
                if (
                    not at_head
                    and items >= 1
                    and item.endswith(("？", "?"))
                    and kinds[j - 1] is Kind.BLANK
                    and (below := next((k for k in range(j + 1, min(n, j + 3)) if kinds[k] is not Kind.BLANK), None))
                    is not None
                    and kinds[below] is Kind.PROSE
                    and len(lines[below].strip()) >= _STORY_AFTER_QUESTION
                ):
                    break  # 【延伸閱讀】's links, a blank, 平台責任在哪裡？ over the story going on: its subheading
                if (is_count_row(lines[j]) and _COMMENTS_WORD.search(lines[j])) or _SPACED_COMMENT_COUNTS.match(
                    lines[j].strip()
                ):
                    chrome.add(j)
                    j += 1
                    break  # 留言(2) 引用(0) 人氣(1,532): the comments' counts over the comments
                nxt = next((k for k in range(j + 1, min(n, j + 3)) if kinds[k] is not Kind.BLANK), None)
                if kinds[j] is not Kind.BLANK and nxt is not None and _post_header(lines[nxt]):
                    break  # a thread's headline over its first post's header (#1 某某 1 日前)
                if kinds[j] is Kind.PROSE and above != i and _COMMENT_STAMP_ROW.match(lines[above].strip()):
                    break  # IT之家网友 2751603 1楼 2024-11-26 10:31 / 这电池容量可以，…: a comment under its stamp
                if kinds[j] is not Kind.BLANK:
                    chrome.add(j)
                    listed.add(j)
                    items += 1
                j += 1
            i = j
        else:
            i += 1
    # Anywhere: a short line of page-furniture words standing next to chrome, and runs of
    # three or more short lines that are mostly menu or furniture words.
    prev_kind: list[Kind | None] = [None] * n
    last: Kind | None = None
    for i in range(n):
        prev_kind[i] = last
        if kinds[i] is not Kind.BLANK:
            last = Kind.CHROME if i in chrome else kinds[i]
    next_kind: list[Kind | None] = [None] * n
    last = None
    for i in range(n - 1, -1, -1):
        next_kind[i] = last
        if kinds[i] is not Kind.BLANK:
            last = Kind.CHROME if i in chrome else kinds[i]
    for i, k in enumerate(kinds):
        if (
            k is Kind.SHORT
            and len(lines[i].strip()) <= 12
            and _UI_WORDS.search(lines[i])
            # (not thanks for the replies: 感謝各位撥冗回覆)
            and not _THANKS_OPENING.match(lines[i].strip())
            # (投诉对象：某某旗舰店: a record's field whose label holds a button's word)
            and not _FIELD_WITH_VALUE.match(lines[i].strip())
            and (prev_kind[i] is Kind.CHROME or next_kind[i] in (Kind.CHROME, None))
            and not _chatty(lines[i])
            and not _waved(lines[i])
            and not _CLAUSE_AFTER_COMMA.search(lines[i])  # (收藏了，等周末做: a comment, no button)
            and not _addresses_poster(lines[i].strip())
            and not _DEADLINE_IN_LINE.search(lines[i])  # (请于5月10日前回复：: a deadline, no button)
            and not _over_floor_foot(lines, kinds, i)  # (打卡+1，明天模考 / 来自…客户端 2楼 …: a reply)
            # (一、准考证打印: the story's numbered heading, as the line's kind already says; 1. 虎啸新春·登录有礼:
            # a numbered item, an activity's name)
            and not _NOTICE_SECTION.match(lines[i].strip())
            and not _ITEM.match(lines[i].strip())
            # (議員關注 建築費用需嚴控: a subheading in two parts, its word a verb after its subject)
            and not _subheading_in_parts(lines[i])
        ):
            chrome.add(i)
    # (分享 / LINE / Facebook / 複製連結: the platforms of a share row, one to a line, between
    # its buttons; menu words alone with chrome on both sides, or among a run of short buttons:
    # 找回密码 / 注册 / 论坛 / 排行榜, Bahamut's GP / 152 / BP)
    rows = [i for i in range(n) if kinds[i] is not Kind.BLANK]
    r = 0
    while r < len(rows):
        if rows[r] in chrome or kinds[rows[r]] is not Kind.SHORT or not _menu_or_vote(lines[rows[r]].strip()):
            r += 1
            continue
        end = r
        while (
            end + 1 < len(rows)
            and rows[end + 1] not in chrome
            and kinds[rows[end + 1]] is Kind.SHORT
            and _menu_or_vote(lines[rows[end + 1]].strip())
        ):
            end += 1
        if (r > 0 and rows[r - 1] in chrome and end + 1 < len(rows) and rows[end + 1] in chrome) or _among_buttons(
            lines, rows, r, end, chrome
        ):
            chrome.update(rows[r : end + 1])
        r = end + 1
    run: list[int] = []
    for i in [*range(n), n]:
        if i < n and kinds[i] is Kind.BLANK:
            continue
        if i < n and kinds[i] is Kind.SHORT and len(lines[i].strip()) <= 8:
            run.append(i)
            continue
        if len(run) >= 3:
            words = sum(
                1 for j in run if _MENU_WORD.match(lines[j].strip()) or _UI_WORDS.search(lines[j])
            )
            if words * 2 >= len(run):
                chrome.update(run)
        run = []

    chrome.update(_tags_over_comments(lines, kinds))
    chrome.update(_label_value_table(lines, kinds))

    # A poster's name: a short line right before a post's date or meta line or a follow
    # button, or right after a post's number, meta line or reply button (forums, posts).
    for i in range(n):
        line = lines[i].strip()
        if kinds[i] is not Kind.SHORT or i in chrome or len(line) > 24:
            continue
        if (" " in line or ("\u3000" in line and max(map(len, line.split())) > _NAME_PART_MAX)) and not (
            _NAME_AND_ID.match(line) or _SITE_USER.match(line)
        ):
            # a poster may show a name and an id (旅行者小K ab123kk), nothing more (聖誕假期節目巡禮
            # 　港視一台本周精選 over 更新：…: a headline's two parts)
            continue
        if "，" in line and len(line) >= _CLAUSES_MIN:
            # 推薦湖畔那間，一帳1800，要早點訂 over a floor's stamp, 明天開始請特休，直接放到22日
            # under its poster: clauses, no one's name
            continue
        if (
            _spoken(line) or _clause_pair(line) or _trails_off(line) or _asks_or_tells(line) or _reply_words(line)
        ) and not _SITE_USER.match(
            line
        ):
            # a short comment over its time stamp (上周去买还是9块9，看来要抓紧喝了, 私信你啦～)
            continue
        if line[-1:] in "：:" and (len(line) > _NAME_BEFORE_COLON or _LIST_INTRO.search(line)):
            continue  # 整理一下大家的意見：, 節目程序如下：: the text opening its list
        if len(_HANZI.findall(line)) >= _TALK_NAME_MAX and _TALK_WORDS.search(line):
            continue  # 昨天剪素材才发现我后半程一直在喘 over its stamp: a comment, longer than a name
        if _DATE_ONLY.match(line) or _TIMED_ITEM.match(line):
            continue  # 8月13日（星期二） / 晚上7時　神功戲《帝女花》: a programme's day and its item, no one's name
        below = next((j for j in range(i + 1, min(n, i + 3)) if kinds[j] is not Kind.BLANK), None)
        if below is not None and _FACT_LABEL.match(lines[below].strip()):
            continue  # 【中秋綜合晚會】 / 日期：9月14日（星期六）, 重陽敬老午宴 / 日期：…: an item's name over its facts
        said = _NAMED_COMMENT.match(line)
        if (
            said is not None
            and len(_HANZI.findall(line[said.end() - 1 :])) >= _SAID_MIN
            and not _TITLE_MARKS.search(line[: said.end()])  # (《春雾》：… is a headline's label)
        ):
            continue  # 赣南脐橙王：除夕当天走是真的勇 over its stamp: a comment with its writer's name
        j = next((j for j in range(i + 1, min(n, i + 3)) if kinds[j] is not Kind.BLANK), None)
        if j is not None and _EDIT_STAMP.match(lines[j].strip()) and len(_HANZI.findall(line)) >= _EDITED_TEXT_MIN:
            continue  # 也順便把LINE對話紀錄全部截圖備份了 / (2023-11-06 20:31 編輯): a post's last line
        h = next((h for h in range(i - 1, max(-1, i - 3), -1) if kinds[h] is not Kind.BLANK), None)
        if h is not None and POSTER_LEVEL.match(lines[h].strip()):
            continue  # 嘉陵江边的猫 6级 / 打卡+1，明天模考: the poster was named over the text
        if h is not None and _AUTHOR_BADGE.match(lines[h].strip()):
            continue  # 老刘 / 作者 / 周六十一点前来基本不用排 / 1天前·湖南: the author's reply under its badge
        # (not the post's first line under its number when the number closes a header that
        # already named its poster over its stamp: 小米粥 / 2023-11-28 10:40 / #3 / 做冷氣二十年路過)
        g = next((g for g in range(h - 1, max(-1, h - 3), -1) if kinds[g] is not Kind.BLANK), None) if h is not None else None
        f = next((f for f in range(g - 1, max(-1, g - 3), -1) if kinds[f] is not Kind.BLANK), None) if g is not None else None
        named = (
            g is not None
            and f is not None
            and _DATE_ONLY.match(lines[g].strip()) is not None
            and (
                (kinds[f] is Kind.SHORT and len(lines[f].strip()) <= 24)
                # (kevin_huang0608 / 樓主 / 2024-10-06 22:15 / #1 / 各位前輩好: the badge under the name)
                or _AUTHOR_BADGE.match(lines[f].strip()) is not None
                # (ray_chen0815 / 2024-10-21 09:42 / #1 / 先附上基本資料:: the account's id over the stamp)
                or ACCOUNT_ID.fullmatch(lines[f].strip()) is not None
            )
        ) or (
            # (某某 / 帖子 8834 / 發表於 2025-6-3 09:40 | 顯示全部樓層 / 2# / 琴日見到你個post…: a
            # Discuz floor's header gives its poster over the stamp; under the number is the text)
            g is not None
            and _POSTED_AT.match(lines[g].strip()) is not None
        )
        k = next((k for k in range(j + 1, min(n, j + 3)) if kinds[k] is not Kind.BLANK), None) if j is not None else None
        if (
            j is not None
            and (
                _meta_line(lines[j])
                or FOLLOW_BUTTON.match(lines[j].strip())
                # (小林不加班 / 后端工程师 / 业余跑步 8 年 / 关注: the name, its bio, the follow button)
                or (j in chrome and k is not None and FOLLOW_BUTTON.match(lines[k].strip()))
                # (青椒的日常 / 副教授 (著名写手) / 金币 10233.5 | 红花 121 | 帖子 3310 | …: the name, its
                # rank, its counts)
                or (k is not None and len(lines[j].strip()) <= _RANK_MAX and _STATS_ROW.match(lines[k].strip()))
            )
            and not _HEADER_NAMES_POSTER.search(lines[j])
            and not _floor_head(lines[j])[1]  # (#6 大頭菜唔食菜 2025/03/15 18:30 names its own poster)
            # (昨天刚去学院官网看了，… / 距离复试还有30天😭 / 来自Android客户端18楼…: the floor's last
            # line after its prose, over its foot; a name follows a floor's foot, not its words)
            # (… 睡了睡了 / 明天考完回来报平安 / 来自Android客户端 5楼 …: a short line of it too)
            and not (h is not None and kinds[h] is not Kind.CHROME and h not in chrome and is_floor_foot(lines[j]))
        ) or (
            h is not None
            and (_post_marker(lines[h]) or _count_under_reply(lines, kinds, h))
            and not named
            and not _HEADER_NAMES_POSTER.search(lines[h])
        ):
            # (not between headers that name their posters, 作者：某某  时间：…  7楼 / 蹲一个后续 /
            # 作者：…: the reply's own short text)
            chrome.add(i)
    chrome.update(_author_cards(lines, kinds, chrome))
    chrome.update(_names_over_handles(lines, kinds))
    chrome.update(_weekdays_under_dates(lines, kinds, chrome))
    chrome.update(_boxed_link_lists(lines, kinds))
    chrome.update(_source_account_card(lines, kinds))
    chrome.update(_account_card_under_stamp(lines, kinds))
    chrome.update(_place_under_follow(lines, kinds))

    # A commenter's name (or the author's badge, 作者) between the last comment's stamp and the
    # comment's text, when that text has its own stamp under it: name, text, stamp, name, …
    rows = [i for i in range(n) if kinds[i] is not Kind.BLANK]
    for k in range(1, len(rows) - 2):
        i, j, after = rows[k], rows[k + 1], rows[k + 2]
        line = lines[i].strip()
        if (
            kinds[i] is Kind.SHORT
            and i not in chrome
            and len(line) <= 16
            and not re.search(r"[，,。！？!?：:；;]", line)
            and (rows[k - 1] in chrome or _stamp_row(lines[rows[k - 1]].strip()))
            and not POSTER_LEVEL.match(lines[rows[k - 1]].strip())  # (the name is over it: 某某 7级)
            and not _TIMED_ITEM.match(line)  # (下午3時　開壇、迎神: a programme's item)
            and not _stamp_row(line)  # (7/2 下單 / 7/5 到貨 / 7/8 安裝: a post's own dated rows)
            and not _spaced_clauses(line.strip())  # (港股收升逾400點 成交重上千億: a feed's headline)
            and not _SPACED_DAY_CLAUSE.search(line)  # (同届+1 昨天去学校领了准考证: a reply's words)
            and j not in chrome
            and (after in chrome or _stamp_row(lines[after].strip()))
            and (_comment_stamp(lines[after]) or _stamped_buttons(lines[after]))
        ):
            chrome.add(i)
    chrome.update(repeated_names(lines, kinds))
    chrome.update(mentioned_names(lines, kinds))
    chrome.update(names_in_turn(lines, kinds, chrome))
    chrome.update(outlet_lines(lines))
    chrome.update(category_labels(lines))
    # The foot, read up from the last line while it is chrome: a site's name with its Latin name
    # (立法會秘書處 Legislative Council Secretariat) and a team's sign-off (某某读书会 编辑部 小林)
    # over it belong to it.
    foot = max(chrome, default=-1)
    for i in range(n - 1, -1, -1):
        line = lines[i].strip()
        if kinds[i] is Kind.BLANK or i in chrome:
            continue
        if len(line) <= 60 and (_SITE_NAME.match(line) or _SIGN_OFF.match(line)) and i < foot:
            chrome.add(i)
            continue
        break
    chrome.update(_post_heads(lines, kinds, chrome))
    chrome.update(_label_items(lines, kinds, chrome))
    chrome.update(_board_names(lines, kinds, chrome))
    chrome.update(_replies_to_headline(lines, kinds))
    chrome.update(_poster_ranks(lines, kinds, chrome))
    chrome.update(_ad_texts(lines, kinds, chrome))
    signatures = _signatures(lines, kinds, chrome)
    chrome.update(signatures)
    chrome.update(_signed_dates(lines, kinds, chrome))
    chrome.update(_names_over_levels(lines, kinds))
    chrome.update(_contact_blocks(lines, kinds))
    chrome.update(_site_footer_fields(lines, kinds, chrome))
    chrome.update(_foot_prompts(lines, kinds, chrome))
    chrome.update(_head_notices(lines, kinds, chrome))
    chrome.update(_place_tags(lines, kinds, chrome))
    chrome.update(_day_tabs(lines, kinds, chrome))
    chrome.update(_names_over_cards(lines, kinds, chrome))
    chrome.update(_attachment_heads(lines, kinds))
    chrome.update(_owner_fields(lines, kinds, chrome))
    chrome.update(_captions(lines, kinds, chrome))
    chrome.update(_captions_again(lines, chrome))
    opening = _first_story_sentence(lines, kinds)
    chrome.update(_english_mastheads(lines, opening))
    chrome.update(_labelled_headline_again(lines))
    chrome.update(_blog_taglines(lines, chrome, opening))
    chrome.update(_names_over_badges(lines, kinds, chrome, opening))
    chrome.update(_header_fields_apart(lines))
    chrome.update(_tip_jar_rows(lines))
    chrome.update(_album_captions(lines, kinds))
    chrome.update(_tag_runs(lines, kinds))
    chrome.update(_counted_lists(lines, kinds))
    chrome.update(_pager_links(lines, kinds))
    chrome.update(_dotted_link_runs(lines, kinds))
    chrome.update(_bracket_dated_link_runs(lines, kinds))
    chrome.update(_names_over_regions(lines, kinds))
    chrome.update(_clocked_link_runs(lines, kinds))
    chrome.update(_listed_under_stamps(lines, kinds, chrome))
    chrome.update(_tags_under_story(lines, kinds, chrome))
    chrome.update(_masthead_again(lines, kinds, chrome))
    chrome.update(_topics_over_question(lines, kinds, chrome))
    chrome.update(_names_over_stamps(lines, kinds, chrome))
    chrome -= _reply_references(lines, kinds)
    chrome -= _story_rows(lines, kinds, chrome, listed)
    chrome.update(_review_cards(lines, kinds, chrome))
    chrome.update(_reviewer_days(lines, kinds))
    chrome.update(_board_sign_off(lines, kinds))
    stamped_posters = (
        _posters_under_stamped_floors(lines, kinds)
        | _names_with_role_over_stamps(lines, kinds)
        | _split_floor_cards(lines, kinds)
        | _digest_heads(lines, kinds)
    )
    chrome.update(stamped_posters)
    chrome.update(_beside_rights_line(lines, kinds))
    chrome.update(_kickers_echoed(lines, kinds))
    chrome.update(_month_archive_runs(lines))
    chrome.update(_names_over_replied_comments(lines, kinds, chrome))
    chrome.update(_summary_blocks(lines, kinds))
    chrome.update(_counter_labels_under_stamps(lines, kinds))
    chrome.update(_english_profile_runs(lines))
    chrome.update(_comment_heads_of_day(lines, kinds))
    chrome.update(_contact_us_rows(lines, kinds))  # (a story's row never stands under the site's 聯絡我們)
    # (each reads the chrome found so far: a list's heading, a masthead, a name over its stamp)
    for beside_chrome in (
        _headlines_under_list_heading,
        _head_slogans,
        _dashed_meta_names,
        _reporter_cards,
        _accounts_rows,
        _headlines_over_counts,
        _first_named_comment,
        _ranks_over_stamps,
    ):
        chrome.update(beside_chrome(lines, kinds, chrome))
    cards = _card_over_counts(lines, kinds, chrome)
    chrome.update(cards)
    signed = _card_places_and_signatures(lines, kinds, chrome)
    chrome.update(signed)
    chrome -= _notice_headings(lines, kinds, chrome)
    chrome -= _listed_dates(lines, kinds, chrome)
    chrome -= timeline_heads(lines, chrome.__contains__)
    chrome -= release_entries(lines)
    chrome -= invitation_days(lines)
    chrome.update(_github_words(lines, chrome))
    chrome.update(_nav_runs(lines, kinds))
    comment_text, commenters = _comment_rows(lines, kinds, chrome)
    comment_text |= _headed_replies(lines, kinds, chrome)
    # (a floor's signature under its label, 簽名：一日一蘋果, says plainly what it is: it stays)
    # (nor is the floor a reply answers, 回覆 #3 over its words: the forum's marker)
    # (a floor's number alone, #2, and the poster's name under it over the floor's counts or stamp)
    comment_text = {
        i
        for i in comment_text
        if not (
            kinds[i] is Kind.CHROME
            and (
                _DISCLAIMER.search(lines[i].strip())
                or _REPLY_MARK.match(lines[i].strip())
                or _QUOTE_LABEL_ALONE.match(lines[i].strip())  # (引用： over the quoted words)
            )
        )
        and not _floor_alone(lines[i])
        and not _floor_poster(lines, kinds, i)
        and not _name_over_badge(lines, kinds, i)
        and i not in cards  # (資深會員 / 阿德 / 發表:356 回覆:1208 …: a poster's card, no reply)
        and i not in signed
        and i not in stamped_posters
        and not _VOTE_ROW.match(lines[i].strip())
        and not _REACTION_ROW.match(lines[i].strip())
        and i not in signatures  # (a poster's signature closing the floor, however its words read)
        # (… the last comment / 关于我们 / 招贤纳士 / 商务合作: the site's footer, under the comments)
        and not (i in chrome and _FOOT_MENU_WORD.match(lines[i].strip()) and _foot_menu_run(lines, i))
        # (延伸閱讀 / … 3小時前 / 搶票攻略一次看！… 10/01 21:40: a related list's headline closed by its
        # stamp, no reply)
        and not (i in listed and _LINK_STAMP_END.search(lines[i]) and not _COMMA_OR_STOP.search(lines[i]) and _headline_like(lines[i]))
    }
    chrome = (chrome - comment_text) | commenters | _listed_commenters(lines, kinds, chrome)
    chrome |= _floor_cards(lines, kinds)
    for i in range(n):
        if lines[i].strip() in _DISCUZ_FLOORS:
            near = [k for k in (*range(max(0, i - 2), i), *range(i + 1, min(n, i + 4))) if kinds[k] is not Kind.BLANK]
            if any(_POSTED_AT.match(lines[k].strip()) for k in near):
                # 發表於 2024-10-3 23:02 | 只看該作者 / 地板, or 地板 / 某某 / 發表於 …: the floor's name
                # beside its stamp (not a heading, 牆面 / 地板 / 天花板)
                chrome.add(i)

    chrome -= _checklists(lines, kinds)
    chrome -= _survey_options(lines)
    chrome -= _payment_day_heads(lines, kinds)
    chrome -= _table_heads(lines, kinds, chrome)
    chrome -= _table_rows(lines, kinds, chrome)
    chrome -= _figure_tables(lines, kinds, chrome)
    chrome -= _bar_framed_tables(lines, kinds)
    chrome -= _bar_figure_rows(lines, kinds)
    chrome -= _step_numbers(lines, kinds)
    chrome -= _hour_heads(lines, kinds)
    chrome.update(_about_me_blocks(lines, kinds))
    chrome -= _record_fields(lines, kinds)
    chrome -= _labelled_links(lines, kinds, chrome)
    chrome.update(_head_menu_runs(lines, kinds, chrome))
    chrome.update(_card_teasers(lines, kinds, chrome))
    chrome.update(_domain_cards(lines, kinds, chrome))
    chrome -= _chat_messages(lines, kinds)
    chrome -= _inline_chats(lines)
    chrome -= programme_days(lines)
    chrome -= day_headings(lines)
    chrome -= _named_comments(lines, kinds)
    chrome -= _chat_continuations(lines, kinds)
    chrome.update(_bios_under_accounts(lines, kinds, chrome))  # (after the comments: a bio is none)
    chrome.update(_chat_day_words(lines, kinds, chrome))
    chrome.update(_line_chat_day_heads(lines, kinds))
    chrome.update(_chat_system_lines(lines, kinds))
    chrome -= _event_fields(lines, kinds)
    chrome -= _dated_facts(lines, kinds, chrome)
    chrome -= code_block_lines(lines)  # (a post's program code: its braces and annotations, the post's)
    chrome.update(_film_cards(lines, kinds))  # (after the passes that keep a row of figures)
    chrome.update(_bios_over_follow(lines, kinds, chrome))
    chrome.update(_plurk_qualifiers(lines, kinds))
    chrome.update(_issuer_over_foot(lines, kinds, chrome))
    chrome.update(_bulleted_links(lines, kinds, chrome))
    chrome.update(_answerer_bios(lines, kinds, chrome))
    chrome.update(_latest_comments(lines, kinds))
    # a Dcard floor's school under its number, over its stamp (B2 / 國立政治大學 法律學系 / 2024年3月18日 23:15)
    schools = {
        i
        for i in range(n)
        if kinds[i] is Kind.SHORT
        and _INSTITUTION.search(lines[i].strip())
        and (_floor_poster(lines, kinds, i) or _over_floor_stamp(lines, kinds, i) or _school_under_poster(lines, kinds, i))
    }
    chrome.update(schools)
    # … the writer's name and id under it, and the writer's sex over it (女 / 國立彰化師範大學 /
    # 行政小妹 · @xiaomei_admin)
    for i in schools:
        below = next((k for k in range(i + 1, n) if kinds[k] is not Kind.BLANK), None)
        if below is not None and _NAME_DOT_ID.match(lines[below].strip()):
            chrome.add(below)
        above = next((k for k in range(i - 1, -1, -1) if kinds[k] is not Kind.BLANK), None)
        if above is not None and _SEX_ALONE.match(lines[above].strip()):
            chrome.add(above)
    # (read last: the warrant sits over the announcement's headline, and as an early chrome line it
    # would take the headline and the page's first lines into the head)
    chrome.update(i for i, line in enumerate(lines) if "虚假记载" in line and _BOARD_WARRANT.search(line))
    # (an author's bio and a sponsor's disclosure under their labels, at the story's foot: read last too,
    # or the lines over them, a review's scores, would go into the page's tail)
    chrome.update(i for i, line in enumerate(lines) if len(line) <= LONG_LINE and _FOOT_NOTE_LABEL.match(line.strip()))
    # (a floor's signature, read last: a reply's text read round it would take it back)
    chrome.update(_signature_lines(lines, kinds))
    chrome.update(repeated_signatures(lines, kinds, chrome))
    chrome.update(quote_heads(lines, kinds, chrome))  # (read last: the names it knows are all chrome by now)
    chrome.update(_senses_under_polysemy(lines, kinds))
    for i in sorted(chrome):
        if _TAG_LABEL.match(lines[i].strip()) or _HASHTAGS.match(lines[i].strip()):
            tag_lines.append(i)
    body = tuple(i for i, k in enumerate(kinds) if k is not Kind.BLANK and i not in chrome)
    spans: list[tuple[int, int, int]] = []
    for i in sorted(set(tag_lines)):
        line = lines[i]
        m = _TAG_LABEL.match(line.strip())
        if _HASHTAGS.match(line.strip()):
            for t in re.finditer(r"[#＃]([^#＃\s]+)", line):
                spans.append((i, t.start(1), t.end(1)))
        elif m:
            g = 1 if m.group(1) is not None else 2
            offset = len(line) - len(line.lstrip()) + m.start(g)
            for t in re.finditer(r"[^,，、;；|/\s]+", m.group(g)):
                spans.append((i, offset + t.start(), offset + t.end()))
        else:
            start = len(line) - len(line.lstrip())
            spans.append((i, start, start + len(line.strip())))
    return Split(body, tuple(sorted(chrome)), tuple(spans))
_CHAT_SENDERS_MIN = 3  # sender lines that make a page a chat record
_DEADLINE_IN_LINE = rule_cache.compile(r"\d{1,2}[ \t\u3000]*[日号號][ \t\u3000]*(?:之前|以前|前)")
_OUTLET_END = rule_cache.compile(r"(?:社|网|报|台|新闻|频道|日报|晚报|来源)$")


def chat_senders(lines: list[str]) -> list[int]:
    """The sender lines of a chat record (王老师　09:12, 朵朵妈妈　09:15), or none where the page
    is no chat: people in a chat speak more than once, a list of links under their times names
    each once."""
    senders = [
        i
        for i, line in enumerate(lines)
        if line.strip()
        and CHAT_SENDER.match(fold(line.strip()))
        # (2025-01-18 23:02:11 北京: a comment's stamp with the region it came from, no sender)
        and not _REGION_NAME.fullmatch(fold(line.strip()).split()[-1])
        # (2025-11-18 10:00:12 新华社: a related story's stamp and outlet, no sender)
        and not _OUTLET_END.search(fold(line.strip()).split()[-1])
    ]
    # (the name is the line's first word, or its last after a stamp that comes first)
    names = Counter(lines[i].strip().split()[-1 if lines[i].strip()[:1].isdigit() else 0] for i in senders)
    if len(senders) < _CHAT_SENDERS_MIN or sum(1 for n in names.values() if n >= 2) < 2:
        return []
    return senders


# A chat's message written after its sender on one line (小宇妈妈：收到, 王老师：@所有人 明天…).
_SAID_LINE = rule_cache.compile(r"^(?![\d\s]*[：:])([^\s：:，,。！？!?]{1,8})[：:][ \t\u3000]*\S")
_SAID_RUN = 3  # such lines in a row, one other line at most between two of them
_SAID_SENDERS = 3  # senders at least (问：/答：, 圖說：, 詳情請瀏覽： are labels, repeated)
_ACK_MAX = 4  # characters of a chat's shortest replies (收到, 好的👌, 已签)


def _inline_chats(lines: list[str]) -> set[int]:
    """A chat copied into a story, each message after its sender and a colon (王老师：@所有人 明天…
    / 小宇妈妈：收到 / …… / 浩浩奶奶：老师，明天是几号？): what was said, however short.  A block
    of facts under labels (地点：… / 时间：…) names each label once and says no sentence, a Q&A
    or a digest repeats two labels or one; a chat has three senders or more, one speaking twice,
    someone talking, and two answering in one word (收到)."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    out: set[int] = set()
    run: list[int] = []  # rows' indexes of the sender lines, gaps of one row allowed
    for k in [*range(len(rows)), -1]:
        said = k >= 0 and _SAID_LINE.match(lines[rows[k]].strip()) is not None
        if said and (not run or k - run[-1] <= 2):
            run.append(k)
            continue
        if not said and k >= 0 and run and k - run[-1] < 2:
            continue  # (……（此处省略38个“收到”）: one line between two messages)
        if len(run) >= _SAID_RUN:
            texts = [lines[rows[j]].strip() for j in run]
            names = [_SAID_LINE.match(t).group(1) for t in texts]  # type: ignore[union-attr]
            talk = any(_SENTENCE_PUNCT.search(t) or "，" in t for t in texts)
            # (and one short reply said by two senders, 收到 / 收到, as a group echoes a notice: no
            # two fields hold one word)
            values = [t[len(name) + 1 :].strip() for t, name in zip(texts, names, strict=True)]
            said_by: dict[str, set[str]] = {}
            for name, v in zip(names, values, strict=True):
                if len(v) <= _ACK_MAX:
                    said_by.setdefault(v, set()).add(name)
            ack = any(len(by) >= 2 for by in said_by.values())
            if _SAID_SENDERS <= len(set(names)) < len(names) and talk and ack:
                out.update(rows[j] for j in range(run[0], run[-1] + 1))
        run = [k] if said else []
    return out


def programme_days(lines: list[str]) -> set[int]:
    """A programme's days, each a date alone over its items under their times of day (8月13日
    （星期二） / 下午3時　開壇、迎神 / 晚上7時　神功戲《帝女花》): the notice's own schedule, not
    stamps and posters' names.  Returns the lines of the days and of their items."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    # (a guide's day over its hours before any sentence is the page's own day, its dateline)
    told = next((i for i in rows if _story_sentence(fold(lines[i].strip()))), len(lines))
    days: list[tuple[int, int, list[int], list[int]]] = []
    forecast: list[tuple[int, int]] = []  # a day and its row of measures under it
    for k, i in enumerate(rows):
        if not _DATE_ONLY.match(fold(lines[i].strip())):
            continue
        items, hours = [], []
        # (each day over its figures and its words, 東風3至4級。大致多雲…; a widget's days, 3月13日 /
        # 多雲 10~20℃ 濕度50% / 3月14日, say no sentence)
        if (
            k + 2 < len(rows)
            and len(_MEASURE.findall(lines[rows[k + 1]])) >= _MEASURES_MIN
            and _SENTENCE_END.search(lines[rows[k + 2]].strip())
        ):
            forecast.append((i, rows[k + 1]))
        for j in rows[k + 1 :]:
            line = fold(lines[j].strip())
            if _TIMED_ITEM.match(line):
                items.append(j)
            elif HOUR_ROW.match(line) and not _story_sentence(line) and i > told and line.count("\t") < 2:
                # (not a chat's rows, 08:30→阿嬤→[語音訊息]: its hour, its sender, its message)
                hours.append(j)  # 15:30 江陵雄鹰 vs 泉城麒麟: a fixture or a show at its hour
            else:
                break
        days.append((k, i, items, hours))
    # (a bare hour heads a live report's sentences, 18:20　天文台表示，…。, or a comment's words:
    # a day with two such rows or more, of no sentence, makes the page's days a programme)
    bare = any(len(hours) >= _HOUR_ROWS_MIN for _k, _i, _items, hours in days)
    out: set[int] = set()
    for k, i, items, hours in days:
        if items or (bare and hours):
            out.update([i, *items, *(hours if bare else [])])
            if k > 0 and _ROWS_HEADING.match(fold(lines[rows[k - 1]].strip())):
                out.add(rows[k - 1])  # 【中甲第4轮赛程】 over the first day: the programme's heading
    # (2月11日 (星期二) / 氣溫 16 - 21°C | 相對濕度 70 - 95% / 東風3至4級。…: a forecast's days, each
    # over its figures, two or more of them)
    if len(forecast) >= _DAYS_MEASURED_MIN:
        out.update(i for pair in forecast for i in pair)
    return out


def venue_times(lines: list[str]) -> set[int]:
    """An event's time over its place (时间：2025年1月9日（星期四）上午10:00 / 地点：市政府新闻发布厅):
    the fields of a meeting or a show, when it happens, not a stamp of when the page was sent
    (the lines :func:`_event_fields` keeps in the body, read for the timeline)."""
    return _event_fields(lines, [Kind.PROSE if line.strip() else Kind.BLANK for line in lines])


# A day set in heavy brackets as a heading (【1月8日（周一）】, 【1月13日—14日】): a roundup's or a
# diary's section, over what happened that day.
_DAY_HEADING = _compile(
    r"^【(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[—\-~～至到]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?"
    r"\s*(?:[（(](?:周|星期|礼拜)[一二三四五六日天][)）])?】$"
)
_DAY_HEADINGS = 2


# The follow button under an account's name and bio, perhaps with its count (+ 关注 3.6万).
_POSTER_BIO_MAX = 40


def _bios_over_follow(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """An uploader's bio between the page's buttons and the follow button under it (骑行的阿土 /
    发消息 / 一个爱骑车的程序员，每周五更新骑行vlog / + 关注 3.6万): the account's card, not the
    post; a line that ends a sentence is never one."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    out: set[int] = set()
    for k in range(1, len(rows) - 1):
        above, bio, button = rows[k - 1], rows[k], rows[k + 1]
        text = lines[bio].strip()
        if (
            bio not in chrome
            and above in chrome
            and len(text) <= _POSTER_BIO_MAX
            and not _SENTENCE_END.search(text)
            and FOLLOW_BUTTON.match(fold(lines[button].strip()))
        ):
            out.add(bio)
    return out


def day_headings(lines: list[str]) -> set[int]:
    """Days set as headings, two or more on the page, each over a line of the story (【1月8日
    （周一）】 / 市统计局发布数据，…): the story's sections by day, which a reader reads and whose
    days are events; a stamp is never set in 【】."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    heads = {
        i
        for k, i in enumerate(rows[:-1])
        if _DAY_HEADING.match(fold(lines[i].strip()))
        and _classify(fold(lines[rows[k + 1]].strip())) is Kind.PROSE
    }
    return heads if len(heads) >= _DAY_HEADINGS else set()


def _chat_messages(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The message under each sender line of a chat record (朵朵妈妈　09:15 / 收到): what was
    said, however short (收到, 好的👌, 已签), never a button; a line that is furniture on its own
    ([图片], [文件] ….pdf) stays so."""
    senders = chat_senders(lines)
    out: set[int] = set()
    sender_set = set(senders)
    for n, i in enumerate(senders):
        j = next((k for k in range(i + 1, len(lines)) if kinds[k] is not Kind.BLANK), None)
        if j is None or j in sender_set:
            continue
        # (a reply that is one button's word, 喜欢 or 收到, is still what was said there)
        if kinds[j] is not Kind.CHROME or _UI_ONLY.match(fold(lines[j].strip())):
            out.add(j)
        # an export's message goes on up to the next sender (@所有人 【放假通知】 / 根据… / #接龙 /
        # 秋游志愿者报名 / 1. 陈静); after the last one, up to the page's foot
        if not lines[i].strip()[:1].isdigit():
            continue  # (a comment section's names over their times: one line each, then its buttons)
        last = n == len(senders) - 1
        for k in range(j + 1, senders[n + 1] if not last else len(lines)):
            text = fold(lines[k].strip())
            if kinds[k] is Kind.BLANK:
                if last:
                    break
                continue
            if last and kinds[k] is Kind.CHROME and not _NUMBERED_ITEM.match(text):
                break
            if not _CHAT_NOTICE.match(text) and not _DATE_ONLY.match(text):
                out.add(k)
    return out


def _named_comments(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A comment's text between its writer's user id and its age (tommy_wong1992 / 10月4日開張
    有冇開張優惠😆 / 1週), as Instagram and Threads lay a comment out, or between a name with its
    level and the stamp of the comment's foot (阿七不吃香菜 LV6 / 回复 @某某 :… / 2024-08-30
    12:10　回复): what the reader wrote."""
    nonblank = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    for a, i, b in zip(nonblank, nonblank[1:], nonblank[2:], strict=False):
        if kinds[i] is Kind.CHROME:
            continue
        if (
            (USER_ID.match(lines[a].strip()) or POSTER_LEVEL.match(lines[a].strip()))
            and (_POST_AGE.match(fold(lines[b].strip())) or _STAMP_FIRST.match(lines[b].strip()))
            and not _DISPLAY_NAME.match(lines[i].strip())
        ) or (_DAY_REGION.match(lines[b].strip()) and not _DAY_REGION.match(lines[a].strip())):
            # (阿橙在拍照 / 谢谢女朋友打广告😂 / 04-18 江西: 小红书's comment over its day and region)
            out.add(i)
    return out


# A commenter's name with a level badge (阿七不吃香菜 LV6), and a stamp that opens a comment's
# foot (2024-08-30 12:10　回复　♡ 21): Bilibili's comment, between them.
_STAMP_FIRST = rule_cache.compile(r"^\d{4}-\d{1,2}-\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}")


# A display name under a user id (lin.xiaoqing / 林小晴 / 3天): a few letters or hanzi, nothing said.
_DISPLAY_NAME = rule_cache.compile(r"^[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff .·_-]{0,11}$")


def _chat_continuations(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The lines of a chat export's message after its stamped first line, up to the next
    message ([5/2/2024, 10:03 AM] Mandy 1608: #接龍 / 新春盆菜宴報名 / 1. Mandy 1608 一圍): the
    message goes on, a list in it (1. Mandy 1608 一圍, 2.), not the page's furniture; a date
    alone under a notice and what the app put in place of a message stay chrome."""
    stamped = [i for i, k in enumerate(kinds) if k is not Kind.BLANK and CHAT_LINE.match(fold(lines[i].strip()))]
    if len(stamped) < _CHAT_SENDERS_MIN:
        return set()
    out: set[int] = set()
    for a, b in zip(stamped, [*stamped[1:], len(lines)], strict=True):
        last = b == len(lines)
        for k in range(a + 1, b):
            text = fold(lines[k].strip())
            if kinds[k] is Kind.BLANK:
                continue
            if last and kinds[k] is Kind.CHROME and not _NUMBERED_ITEM.match(text):
                break  # after the last message, the page's foot (返回顶部, a footer's links)
            if not _DATE_ONLY.match(text) and not _WORDS_DATE_ONLY.match(text) and not _CHAT_NOTICE.match(text):
                out.add(k)
    return out


_NUMBERED_ITEM = rule_cache.compile(r"^\d{1,2}[.、．](?!\d)")


def _chat_system_lines(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The app's notices in a WhatsApp export (… - 黃生 已將你加入, … - 訊息和通話均經端對端加密):
    only where the page's messages show it is one (an event list, 15/12/2025 14:00 - 聖誕工作坊,
    has the same shape)."""
    said = sum(1 for i, k in enumerate(kinds) if k is not Kind.BLANK and CHAT_LINE.match(fold(lines[i].strip())))
    if said < _CHAT_SENDERS_MIN:
        return set()
    return {i for i, k in enumerate(kinds) if k is not Kind.BLANK and CHAT_SYSTEM_LINE.match(fold(lines[i].strip()))}


def is_line_chat_export(lines: list[str]) -> bool:
    """Whether the page is LINE's saved chat: its head says so ([LINE] …的聊天記錄, 儲存日期：); a
    programme's rows under its days (10:00<tab>開幕禮<tab>會展中心大堂) have the same shape."""
    head = [fold(line.strip()) for line in lines[:12] if line.strip()][:6]
    return any(_LINE_EXPORT_HEAD.search(line) for line in head)


_LINE_EXPORT_HEAD = rule_cache.compile(r"^\[LINE\]|的聊天记录$|^(?:储存|保存)日期[:：]", re.IGNORECASE)


def _line_chat_day_heads(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The day heads of LINE's saved chat (2025/01/17（週五） over rows 20:05<tab>阿哲<tab>…): the
    app's dividers, which date the rows under them (see ``timeline.chat_stamps``); elsewhere a
    date alone with its weekday can be an item of a list (演出場次： / 2025/06/14 (六) 19:30)."""
    rows = sum(1 for i, k in enumerate(kinds) if k is not Kind.BLANK and LINE_CHAT_ROW.match(lines[i].strip()))
    if rows < _CHAT_SENDERS_MIN or not is_line_chat_export(lines):
        return set()
    return {i for i, k in enumerate(kinds) if k is not Kind.BLANK and LINE_DAY_HEAD.match(lines[i].strip())}


# The first words of a linked story, cut short (食環署昨日（6日）回覆議員查詢時表示，…須延期……).
_TEASER_END = rule_cache.compile(r"(?:…{1,2}|\.{3,6})$")


def _card_teasers(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A link card's teaser under its source and day (星島頭條 · 2026年3月7日 / 食環署昨日（6日）
    回覆…須延期……): the linked story's opening, cut short, is the card's, not a sentence of the
    post that shares it."""
    out: set[int] = set()
    prev = None
    for i, k in enumerate(kinds):
        if k is Kind.BLANK:
            continue
        if (
            prev is not None
            and prev in chrome
            and _SOURCE_DOT_DATE.match(fold(lines[prev].strip()))
            and _TEASER_END.search(lines[i].strip())
        ):
            out.add(i)
        prev = i
    return out


# A shared link's domain alone on its line, as a post's link card shows it (DCARD.TW, news.ltn.com.tw).
# (in capitals as a card writes it, or a site's domain in .com, .net, .org; not an account's id,
# sweetie.bakes.hk)
_DOMAIN_ALONE = rule_cache.compile(
    r"^(?:[A-Z0-9-]+\.)+(?:COM|NET|ORG|TW|HK|CN|MO)$|^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org)(?:\.(?:tw|hk|cn))?$"
)
_CARD_LINE_MAX = 80
_CARD_LINES = 2  # a card's headline and its teaser


def _domain_cards(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A link card under its domain (DCARD.TW / 押金被扣一萬二…？ - 租屋板 | Dcard / 大四生提前退租…):
    the linked page's headline and teaser, short lines without a full stop, are the card's."""
    out: set[int] = set()
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    for k, i in enumerate(rows):
        if i not in chrome or not _DOMAIN_ALONE.match(lines[i].strip()):
            continue
        for j in rows[k + 1 : k + 1 + _CARD_LINES]:
            line = lines[j].strip()
            if len(line) > _CARD_LINE_MAX or "。" in line:
                break
            out.add(j)
    return out


# A row of a blog's archive or category list: a name or a month with its number of posts in
# brackets, maybe the tree's arrow (▼ 2025 (14), 2025年8月(3), Java(32)).
# (not a post's buttons with their counts, 回复(6), 評論(2): the floors between them are read)
_COUNTED_ROW = _compile(
    # (nor 虎撲's 亮了(412), a floor's like button)
    r"^[▼▶►▸▾▽]?\s*(?!(?:回复|评论|留言|点赞|赞|收藏|转发|分享|引用|亮了|推荐|顶|踩)\s*[(（])[^\s，。,！？!?：:；;]{1,12}\s*[(（]\d{1,5}[)）]$"
)
_COUNTED_GAP = 3  # rows between two counted rows of one list (a month's posts under it)
_COUNTED_HEAD = 8  # the longest heading over such a list (網誌存檔, 随笔分类)


def _counted_lists(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A sidebar's archive or category list: two or more rows of a name and its count in
    brackets, a few rows apart at most, with the short lines between them (a month's post
    titles) and the short heading over the first.  A story counts in sentences, not in rows."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    counted = [k for k, i in enumerate(rows) if len(lines[i].strip()) <= 30 and _COUNTED_ROW.match(lines[i].strip())]
    found: set[int] = set()
    group: list[int] = []
    for k in [*counted, None]:
        if k is not None and group and k - group[-1] <= _COUNTED_GAP + 1 and all(
            _headline_like(lines[rows[j]]) and not _SENTENCE_PUNCT.search(lines[rows[j]])
            for j in range(group[-1] + 1, k)
        ):
            group.append(k)
            continue
        if len(group) >= 2:
            found.update(rows[j] for j in range(group[0], group[-1] + 1))
            if group[0] > 0:
                head = lines[rows[group[0] - 1]].strip()
                if len(head) <= _COUNTED_HEAD and not _CLAUSE_MARK.search(head):
                    found.add(rows[group[0] - 1])
        group = [k] if k is not None else []
    return found


_CAPTION_MAX = 30


_BADGED_NAME_MAX = 12  # characters of a commenter's name over its badge


def _first_story_sentence(lines: list[str], kinds: list[Kind]) -> int:
    """Where the story's first sentence stands (the number of lines if none): the page's head is
    over it."""
    return next((i for i, k in enumerate(kinds) if k is Kind.PROSE and _story_sentence(lines[i].strip())), len(kinds))


def _names_over_badges(lines: list[str], kinds: list[Kind], chrome: set[int], first: int) -> set[int]:
    """Under the story (its first sentence at ``first``), a commenter's name right over its badge and
    under the last comment's buttons (回复 / 喜欢 / 阿岚 / 作者 / @某某 收到！): the writer answering,
    named as the others are."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for k in range(1, len(rows) - 2):
        above, i, badge, below = rows[k - 1], rows[k], rows[k + 1], rows[k + 2]
        text = lines[i].strip()
        if (
            i > first
            and i not in chrome
            and above in chrome
            and badge in chrome
            and (below not in chrome or _comment_stamp(lines[below].strip()) or _DATE_ONLY.match(lines[below].strip()))
            and _AUTHOR_BADGE.match(lines[badge].strip())
            and len(text) <= _BADGED_NAME_MAX
            and not _SENTENCE_PUNCT.search(text)
            and " " not in text
        ):
            found.add(i)
    return found


# A commenter's name with its colon alone on a line (小鹿乱撞：), its words under it.
_NAME_COLON = _compile(r"^[^\s，,。！？!?：:；;]{1,16}[：:]$")
# The comments' heading with their count (评论(3), 3条评论, 留言 12).
_COMMENTS_COUNT = _compile(r"^(?:(?:评论|留言|回复|回应)[ \t]*[(（]?\d+[)）]?|\d+[ \t]*条(?:评论|留言|回复|回应))$")


def _first_named_comment(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The first commenter's name with its colon right under the comments' count (评论(3) /
    小鹿乱撞： / 写哭了。…), where a later name of that shape is chrome: the list's first
    name, as the others read."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    for a, i in pairwise(rows):
        if (
            i not in chrome
            and a in chrome
            and _COMMENTS_COUNT.match(fold(lines[a].strip()))
            and _NAME_COLON.match(lines[i].strip())
            and any(j in chrome and _NAME_COLON.match(lines[j].strip()) for j in rows if j > i)
        ):
            return {i}
    return set()


def _name_over_badge(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """A commenter's name right over the writer's badge (青禾舟 / 作者 / 2021.03.03 08:30): the
    writer answering, named, never a comment's words."""
    below = next((k for k in range(i + 1, len(lines)) if kinds[k] is not Kind.BLANK), None)
    text = lines[i].strip()
    return (
        below is not None
        and _AUTHOR_BADGE.match(lines[below].strip()) is not None
        and len(text) <= _BADGED_NAME_MAX
        and not _SENTENCE_PUNCT.search(text)
        and " " not in text
    )


_FLOOR_CARD_ROWS = 3  # a poster's card between a floor's number and its stamp: name, id, points
_CARD_ROW_MAX = 20
_FLOOR_NAME_MAX = 16  # characters of a poster's name over its floor's label
_CARD_HANZI_MAX = 10  # hanzi of one row of a poster's card (a name, a title)


def _floor_cards(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The poster's card between a floor's number and the floor's stamp (3 樓 / 橘子汽水 /
    orangesoda / GP 5 / 2025-01-29 16:18:45): who posted the floor, never its words."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for k, i in enumerate(rows):
        if (
            _POSTER_SEX.match(fold(lines[i].strip()))
            and k + 1 < len(rows)
            and (_comment_stamp(lines[rows[k + 1]].strip()) or (k > 0 and is_floor_number(lines[rows[k - 1]])))
        ):
            found.add(i)  # 西灣河阿Ben (男) / 2021/06/10 22:03: a poster with the sex shown, over the floor's stamp
            continue
        if not is_floor_number(lines[i]) and lines[i].strip() not in _DISCUZ_FLOORS:
            continue  # (3 樓, or a Discuz thread's 沙发 / 板凳: the floor's number in words)
        card: list[int] = []
        if 0 < k < len(rows) - 1 and _POSTED_AT.match(lines[rows[k + 1]].strip()):
            # (南湖边的猫 / 沙发 / 发表于 2026-2-10 21:15:32: the poster's name over the floor's)
            name = lines[rows[k - 1]].strip()
            if len(name) <= _FLOOR_NAME_MAX and not _SENTENCE_PUNCT.search(name) and "@" not in name and " " not in name:
                found.add(rows[k - 1])
            continue
        for j in rows[k + 1 : k + 2 + _FLOOR_CARD_ROWS]:
            text = lines[j].strip()
            if (_comment_stamp(text) or _POSTED_AT.match(text)) and card:
                found.update(card)
                break
            if (
                len(text) > _CARD_ROW_MAX
                or _SENTENCE_PUNCT.search(text)
                or kinds[j] is Kind.PROSE
                or _UI_RUN.search(text)  # (回覆 引用: the floor's buttons end it, no card)
                or len(_HANZI.findall(text)) > _CARD_HANZI_MAX  # (想去都要等年廿八放工先 平時…: its words)
            ):
                break
            card.append(j)
    return found


_TIP_JAR_HEAD = rule_cache.compile(r"^(?:赞赏|打赏|赞赏支持|请作者喝咖啡|请我喝杯咖啡)$")
_TIP_WAY = frozenset({"微信支付", "支付宝", "支付宝支付", "赞赏码"})


def _tip_jar_rows(lines: list[str]) -> set[int]:
    """A tip jar's ways to pay under its word (赞赏 / 微信支付 / 支付宝): the blog's, not a list of
    payment methods the story gives."""
    found: set[int] = set()
    head = False
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if _TIP_JAR_HEAD.match(text):
            head = True
        elif head and text in _TIP_WAY:
            found.add(i)
        else:
            head = False
    return found


_HEADER_LABEL = rule_cache.compile(r"^(?:作者|看板|标题|时间)$")
_HEADER_LABELS_MIN = 3  # labels alone in a post's head that make its header (作者 / 看板 / 标题 / 时间)
_HEADER_REACH = 10  # rows over which such a header is set out


def _header_fields_apart(lines: list[str]) -> set[int]:
    """A PTT header copied a field a line (作者 / lanternfish (燈籠魚) / 看板 / HsinchuCity / 標題 /
    [問題] … / 時間 / Sat Mar 8 …): its labels and the values of all but the headline, chrome."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    labels = [k for k, i in enumerate(rows) if _HEADER_LABEL.match(lines[i].strip())]
    is_label = set(labels)
    found: set[int] = set()
    for n, k in enumerate(labels):
        if n > 0 and labels[n - 1] > k - _HEADER_REACH:
            continue  # (a header starts at its first label: none within reach over it)
        end = bisect.bisect_left(labels, k + _HEADER_REACH, n)
        near = labels[n:end]
        if len(near) < _HEADER_LABELS_MIN:
            continue
        for x in near:
            found.add(rows[x])
            if x + 1 < len(rows) and lines[rows[x]].strip() != "标题" and x + 1 not in is_label:
                found.add(rows[x + 1])
    return found


_FACT_LABEL = rule_cache.compile(r"^(?:日期|时间|地点|地址|费用|对象|内容|名额)\s*[:：]")
# A footer's menu items (關於 / 說明 / API / 工作機會 / 私隱 / 條款 / 語言): not a letter's close (此致 / 貴家長).
_FOOT_MENU_WORD = _compile(
    r"^(?:关于\S{0,6}|在\S{1,6}工作|说明|帮助(?:中心)?|API|工作机会|加入我们|招聘|私隐|隐私(?:权)?(?:政策)?|私隐政策|条款|使用条款|服务条款|语言|"
    r"意见|意见反馈|反馈|联系(?:我们)?|合作|广告|网站地图|Cookie|版权|免责声明|社群守则|地点|位置|Meta Verified|Threads|"
    # (招贤纳士 / 商务合作 / 寻求报道 / 在线客服: a Chinese site's footer links)
    r"招贤纳士|商务合作|寻求报道|广告服务|友情链接|在线客服|客服中心|投诉建议|网站导航|人才招聘)$",
    re.IGNORECASE,
)
_FOOT_MENU_MIN = 3  # a footer's words one a line over its first definite line that make its menu
_FOOT_MENU_REACH = 8  # lines either side read for the rest of a footer's words


def _foot_menu_run(lines: list[str], i: int) -> bool:
    """Line ``i`` stands among three or more footer words one a line, in a row."""
    run = 1
    for step in (-1, 1):  # (the lines beside it, blank ones passed over, until a word of no footer)
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= _FOOT_MENU_REACH and (
            not lines[j].strip() or _FOOT_MENU_WORD.match(lines[j].strip())
        ):
            run += 1 if lines[j].strip() else 0
            j += step
            if run >= _FOOT_MENU_MIN:
                return True
    return run >= _FOOT_MENU_MIN
_TAGLINE_MAX = 30  # characters of a blog's tagline under its name
_TAGLINE_ROW_MAX = 15  # the page's rows over which a blog's name and tagline stand


def _blog_taglines(lines: list[str], chrome: set[int], first: int) -> set[int]:
    """A blog's tagline between its name and the post's stamp, over the post's headline and the
    story's first sentence at ``first`` (阿蓉的小日子 / 吃吃喝喝、走走停停，偶爾認真生活 / Oct 12 Sat
    2019 22:17): the blog's, not the post's."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for k in range(1, len(rows) - 1):
        above, i, below = rows[k - 1], rows[k], rows[k + 1]
        if i >= first:
            break
        text = lines[i].strip()
        stamp = lines[below].strip()
        name = lines[above].strip()
        if (
            i not in chrome
            and above in chrome
            and below in chrome
            and len(name) <= _MASTHEAD_NAME_MAX
            and not _BREADCRUMB.search(name)
            and not _SENTENCE_PUNCT.search(name)
            and len(text) <= _TAGLINE_MAX
            and not _SENTENCE_END.search(text)
            and ("，" in text or "、" in text)
            and not text.startswith(("【", "["))  # (【出貨進度】第二批已寄出，…: a post's headline, by its kind)
            and k <= _TAGLINE_ROW_MAX
            and _DATE_ONLY.match(stamp)
        ):
            found.add(i)
    return found




def _head_slogans(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A site's slogan on the page's second line, under its name and over its menu (港線新聞
    HK-Line News / 24小時無間斷緊貼香港本地及國際新聞，即時報道… / 新聞資訊 / 港聞 / 財經): the
    site's words on every page; a story opens under its menu and its headline, never between."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    if len(rows) < _SLOGAN_MENU_ROWS + 2:
        return set()
    name, slogan = rows[0], rows[1]
    below = rows[2 : 2 + _SLOGAN_MENU_ROWS]
    if (
        name in chrome
        and slogan not in chrome
        and len(lines[name].strip()) <= _MASTHEAD_NAME_MAX * 2
        and not _SENTENCE_PUNCT.search(lines[name])
        and len(lines[slogan].strip()) <= _HEAD_SLOGAN_MAX
        and all(i in chrome and len(lines[i].strip()) <= _MENU_ITEM_MAX for i in below)
        # (linpy_news / 明天12月1日起學餐漲價五元… / 讚 / 回覆 / 轉發: a post's text under its
        # account, over its buttons, no slogan)
        and not any(_UI_ONLY.match(lines[i].strip()) for i in below)
        and not USER_ID.match(lines[name].strip())
    ):
        return {slogan}
    return set()


_HEAD_SLOGAN_MAX = 50  # characters of a site's slogan under its name
_SLOGAN_MENU_ROWS = 3  # the menu's items under it, each alone on its line

# A post's meta row, a dash before it, as a theme lists its author and its day (- 港線新聞 / - 2024年11月14日).
_DASHED_ROW = rule_cache.compile(r"^[-–•][ \t]+\S")
_DASHED_NAME = rule_cache.compile(r"^[-–•][ \t]+[^\s，。！？!?：:；;]{2,16}$")


def _dashed_meta_names(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A name after a dash right beside the post's dashed stamp (- 港線新聞 / - 2024年11月14日):
    the post's meta list, its author or its outlet beside its day."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    for a, b in pairwise(rows):
        for i, j in ((a, b), (b, a)):
            if (
                i not in chrome
                and j in chrome
                and _DASHED_NAME.match(lines[i].strip())
                and _DASHED_ROW.match(lines[j].strip())
                and _DATE_ONLY.match(lines[j].strip())
            ):
                found.add(i)
    return found


# A label and its bar before a headline (滚动直播丨, 快讯｜, 独家：).
_LABEL_BAR = rule_cache.compile(r"^[^\s，。,！？!?]{2,8}\s*[丨｜|:：]\s*")
_LABELLED_HEADLINE_MIN = 8  # characters of the headline the label is set before


def _labelled_headline_again(lines: list[str]) -> set[int]:
    """A headline with a label before it (滚动直播丨台风…登陆浦东) right beside the same
    headline alone: the page's title bar, said again over the headline."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for a, b in pairwise(rows):
        for this, other in ((a, b), (b, a)):
            text, bare = lines[this].strip(), lines[other].strip()
            m = _LABEL_BAR.match(text)
            if m and len(bare) >= _LABELLED_HEADLINE_MIN and text[m.end() :] == bare:
                found.add(this)
    return found


# A site's name in capitals, its masthead's English line (ANLI COUNTY PEOPLE'S GOVERNMENT).
_CAPITALS_NAME = rule_cache.compile(r"^[A-Z][A-Z'’&.\-]*(?: [A-Z][A-Z'’&.\-]*){1,7}$")
_MASTHEAD_NAME_MAX = 16  # characters of the site's Chinese name over its English one
_MASTHEAD_ROWS = 4  # the page's first rows, where a site's name in both tongues stands
_BILINGUAL_NAME = rule_cache.compile(
    r"^[\u4e00-\u9fff]{2,10}[ \u3000]+[A-Z][A-Za-z'’&.+\-]*(?: [A-Z][A-Za-z'’&.+\-]*){0,4}$"
)


def _english_mastheads(lines: list[str], first: int) -> set[int]:
    """Over the story's first sentence (at ``first``), a site's name in capitals (ANLI COUNTY PEOPLE'S
    GOVERNMENT) and its Chinese name right over it (安澧县人民政府): the masthead, not a headline."""
    found: set[int] = set()
    above: int | None = None
    row = 0
    for i in range(first):
        text = lines[i].strip()
        if not text:
            continue
        row += 1
        if _BILINGUAL_NAME.match(text) and row <= _MASTHEAD_ROWS:
            found.add(i)  # 海峰花園 Harbour Crest Garden, 屋苑通 Estate+: a site's or a place's name in both tongues
        if (
            _CAPITALS_NAME.match(text)
            and above is not None
            and len(lines[above].strip()) <= _MASTHEAD_NAME_MAX
            and not _SENTENCE_PUNCT.search(lines[above])
            and _HANZI.search(lines[above])
        ):
            found.update((above, i))  # (not WE ARE GETTING MARRIED under an invitation's long heading)
        above = i
    return found




def _captions_again(lines: list[str], chrome: set[int]) -> set[int]:
    """A caption said again without its credit right under it (大批歌迷…排隊。(港台圖片) /
    大批歌迷…排隊。): the picture's text as the page repeats it under the picture, not the story."""
    found: set[int] = set()
    above: int | None = None
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if above is not None and above in chrome and i not in chrome and len(text) >= _CAPTION_AGAIN_MIN:
            caption = lines[above].strip()
            if caption.startswith(text) and _PHOTO_CREDIT.match(fold(caption[len(text) :]).strip()):
                found.add(i)
        above = i
    return found


_CAPTION_AGAIN_MIN = 8


def _captions(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A short line between an image's placeholder and a chrome line (圖片 / 七星潭的清晨，浪很大。
    / 張貼者：…): the picture's caption, a sentence or not.  The story going on under a picture
    has its own lines after it."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    found: set[int] = set()
    for k in range(1, len(rows)):
        h, i = rows[k - 1], rows[k]
        j = rows[k + 1] if k + 1 < len(rows) else None
        line = lines[i].strip()
        if (
            i not in chrome
            and h in chrome
            and _IMAGE.match(lines[h].strip())
            and (j is None or j in chrome)
            and len(line) <= _CAPTION_MAX
            and not (_ITEM.match(line) or _HANZI_ITEM.match(line))
        ):
            found.add(i)
        elif (
            i not in chrome
            and h in chrome
            and _CREDIT_OVER.match(lines[h].strip())
            and len(line) <= _CREDIT_CAPTION_MAX
            and ("，" in line or "," in line)
            and not _SENTENCE_END.search(line)
            and not (_ITEM.match(line) or _HANZI_ITEM.match(line))
            and (j is None or kinds[j] is Kind.PROSE)
        ):
            # 图：微博@某某 / 东湖樱花园北门，游客在樱花树下拍照 / the story going on: the credit
            # over its picture's caption, a place and what is in it, no sentence's end
            found.add(i)
        elif (
            i not in chrome
            and h in chrome
            and _REPORTER_PICTURE.match(lines[h].strip())
            and len(line) <= _CAPTION_MAX + 10
            and line.count("。") <= 1
            and not _CLAUSE_MARK_AT.search(line)
        ):
            # 澎湃新闻记者 邵一帆 图 / 游客在古镇主街观赏花灯。: the reporter's picture over its
            # caption, one sentence
            found.add(i)
    return found


# A reporter's credit for a picture, alone on its line (澎湃新闻记者 邵一帆 图, 本报记者 王某 摄).
_REPORTER_PICTURE = _compile(r"^\S{0,10}记者[ \t\u3000]*[\u4e00-\u9fff]{2,4}(?:[ \t\u3000]*[/／、][ \t\u3000]*[\u4e00-\u9fff]{2,4})*[ \t\u3000]+(?:图|摄|摄影)$")
_CLAUSE_MARK_AT = _compile(r"[：:；;]")


# A picture's credit set over its caption, unbracketed (图：微博@某某, 摄影：某某).
_CREDIT_OVER = _compile(r"^(?:图|图片|摄影|图源|图片来源|照片)\s*[:：／/]\s*\S")
_CREDIT_CAPTION_MAX = 30


# A tag list's head alone on its line (標籤, 相关标签, Tags), its tags one to a line under it.
_TAG_ITEM = _compile(r"^#?[^\s，。,.！？!?：:；;、]{1,10}$")


def _tag_runs(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A tag list's head and the short words under it, one to a line (標籤 / 火警 / 油麻地)."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    for k, i in enumerate(rows):
        if not _TAG_HEAD.match(fold(lines[i].strip())):
            continue
        items = []
        for j in rows[k + 1 : k + 1 + _ALBUM_REACH]:
            if kinds[j] is not Kind.SHORT or not _TAG_ITEM.match(lines[j].strip()):
                break
            items.append(j)
        if len(items) >= 2:
            out.add(i)
            out.update(items)
    return out


# A film site's card beside a review (导演: 李晓川 / 主演: … / 上映日期: 2024-10-01(中国大陆)): its fields
# with an ASCII colon and a space, as Douban sets them; a review's own facts box uses the full-width
# colon (導演：…) and stays.
_FILM_FIELD = _compile(r"^(?:导演|编剧|主演|类型|制片国家/地区|语言|上映日期|首播|片长|单集片长|集数|又名|IMDb): \S")
_FILM_CARD_MIN = 3


def _film_cards(lines: list[str], kinds: list[Kind]) -> set[int]:
    """Three or more of a film card's fields, one under the other, with one only Douban's card has
    (上映日期: 2024-10-01(中国大陆), 制片国家/地区:, IMDb:): a blogger's own box may use ASCII colons."""
    out: set[int] = set()
    run: list[int] = []
    for i, k in enumerate([*kinds, Kind.BLANK]):
        if i < len(lines) and k is not Kind.BLANK and _FILM_FIELD.match(fold(lines[i].strip())):
            run.append(i)
            continue
        if k is Kind.BLANK and i < len(lines):
            continue
        if len(run) >= _FILM_CARD_MIN and any(_DOUBAN_FIELD.match(fold(lines[j].strip())) for j in run):
            out.update(run)
        run = []
    return out


_DOUBAN_FIELD = _compile(r"^(?:(?:上映日期|首播): \d{4}-\d{2}-\d{2}\(|制片国家/地区: |IMDb: )")


# An event's own fields, one under the other: its day, its time, its place (日期：2024年9月19日
# （星期四） / 時間：下午2時30分 / 地點：…), as a meeting's or a show's notice sets them out.
_WHEN_FIELD = _compile(r"^(?:日期|时间)\s*[:：]\s*\S")
_PLACE_FIELD = _compile(r"^(?:时间|地点|场地|会场|地址)\s*[:：]\s*\S")


def _event_fields(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The day and time fields of an event set out with its place right under them: the
    event's, never the page's stamp, whatever date they hold."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    for k, i in enumerate(rows):
        if not _WHEN_FIELD.match(fold(lines[i].strip())):
            continue
        below = [fold(lines[j].strip()) for j in rows[k + 1 : k + 3]]
        if below and _PLACE_FIELD.match(below[0]) and any(b.startswith(("地点", "场地", "会场", "地址")) for b in below):
            out.add(i)
            out.update(j for j in rows[k + 1 : k + 3] if _PLACE_FIELD.match(fold(lines[j].strip())))
    # (活動時間 / 2025/04/19(六) 19:30 開演 / 活動地點 / …: the headings alone over their values,
    # as a ticketing page sets them)
    # (… or its time on a second row: 2025/01/18 (六) - 2025/01/27 (一) / 每日 11:00 - 21:00)
    for k, i in enumerate(rows[:-2]):
        if not _WHEN_HEADING.match(fold(lines[i].strip())):
            continue
        where = next(
            (j for j in range(k + 2, min(k + 2 + _WHEN_ROWS, len(rows))) if _WHERE_HEADING.match(fold(lines[rows[j]].strip()))),
            None,
        )
        if where is not None:
            out.update(rows[k : where + 1])
    return out


_WHEN_ROWS = 2  # rows of an event's days and hours under their heading


_WHEN_HEADING = _compile(r"^(?:活动|演出|表演|展览|比赛|讲座)(?:时间|日期)$")
_WHERE_HEADING = _compile(r"^(?:活动|演出|表演|展览|比赛|讲座)?(?:地点|场地|会场)$")


# A photo album's head with its count (【相册】（共 48 张）, 相簿（共12張）): the page's gallery.
_ALBUM_HEAD = _compile(r"^[【\[]?(?:相册|相簿|图集|组图|照片墙)[】\]]?[ \t\u3000]*[（(]共[ \t\u3000]*\d+[ \t\u3000]*[张幅][)）]$")
_ALBUM_REACH = 12  # how many captions an album shows


def _album_captions(lines: list[str], kinds: list[Kind]) -> set[int]:
    """An album's head and the short lines under it (1966年 丹江口工地留影): its pictures'
    captions, up to the first line that is no caption (a sentence, a section's 【head】)."""
    found: set[int] = set()
    for i, k in enumerate(kinds):
        if k is Kind.BLANK or not _ALBUM_HEAD.match(lines[i].strip()):
            continue
        found.add(i)
        for j in range(i + 1, min(len(lines), i + 1 + _ALBUM_REACH)):
            line = lines[j].strip()
            if kinds[j] is Kind.BLANK:
                continue
            if kinds[j] is not Kind.SHORT or len(line) > _CAPTION_MAX or line[:1] in "【[" or _SENTENCE_END.search(line):
                break
            found.add(j)
    return found


# The site's owner under a label (主辦單位：某某局, 承办单位：某某中心): an event's organiser
# where the story lists it among its facts, the site's owner among the footer's lines.
_OWNER_FIELD = _compile(r"^(?:网站)?(?:主办|承办|协办|主管|指导)单位\s*[:：]")


def _owner_fields(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """An owner's field held between two chrome lines below the story's first sentence (网站地图
    | 联系我们 / 主办单位：某某集团 / 版权所有：…): the footer's.  Beside a line of the story
    (the notice's last item, the event's other facts) it is the story's organiser."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    first = next((i for i in rows if _story_sentence(lines[i].strip())), None)
    if first is None:
        return set()
    return {
        i
        for h, i, j in zip(rows, rows[1:], rows[2:], strict=False)
        if i > first
        and i not in chrome
        and h in chrome
        and j in chrome
        and len(lines[i].strip()) <= 80
        and _OWNER_FIELD.match(lines[i].strip())
    }


_ATTACHMENT_HEAD_MAX = 10


def _attachment_heads(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A short heading right over the page's attachments (相關文件 / 某某通告.pdf / 報名表.pdf):
    the list's heading, chrome as the files under it are.  Not a numbered item of the story
    (八、附件), which the story's list continues."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    found: set[int] = set()
    for i, j in pairwise(rows):
        line = lines[i].strip()
        if (
            kinds[i] is Kind.SHORT
            and len(line) <= _ATTACHMENT_HEAD_MAX
            and not _CLAUSE_MARK.search(line)
            and not (_ITEM.match(line) or _HANZI_ITEM.match(line))
            # (醫師著作／衛教影片 / ．【衛教影片】…（2021/01/28）: over a list of the site's dated pages)
            and (_ATTACHMENT.match(lines[j].strip()) or DATED_LINK.match(fold(lines[j].strip())))
        ):
            found.add(i)
    return found


_CHECKBOX = rule_cache.compile(r"^[□☐]\s*\S")


def _checklists(lines: list[str], kinds: list[Kind]) -> set[int]:
    """Lines of a form's choices: two or more lines in a row that open with an empty box
    (□ 本人將出席 / □ 本人未能出席).  One of them alone may read as a byline (□ 某某); a run of
    them is a reply slip's or a survey's options, the text's own."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        if i < len(lines) and kinds[i] is Kind.BLANK:
            continue
        if i < len(lines) and _CHECKBOX.match(lines[i].strip()):
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


# A payment's row: its time first, its amount last (18:42　九巴 KMB 271 大埔墟站　-$9.6).
_PAYMENT_ROW = rule_cache.compile(r"^\d{1,2}:\d{2}[ \t\u3000]")


def _payment_day_heads(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A day alone on its line over a card's payments that day (2025年1月27日（星期一） / 18:42　九巴
    …　-$9.6): the record's heading of its day, not a page's stamp."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    return {
        h
        for h, i in pairwise(rows)
        if _PAYMENT_ROW.match(lines[i].strip())
        and _AMOUNT_LAST.search(lines[i])
        and is_date_alone(fold(lines[h].strip()))
    }


# A row of a survey's options, each after its box or its circle (○ 60岁以下　○ 60—69岁, 价格　○满意　○一般).
# (not ○ for a hidden figure or a zero, 王○○, ○○巷○號, 二○二○年: a box opens its option after a space)
_OPTION_MARK = rule_cache.compile(r"(?:^|(?<=[ \t\u3000]))[☐☑☒□○◯][ \t\u3000]*(?=[^☐☑☒□○◯\s])")
_OPTIONS_ROW_MARKS = 2
_SURVEY_ROWS_MIN = 3


def _survey_options(lines: list[str]) -> set[int]:
    """The option rows of a survey (three rows or more, each with two boxes or circles or more,
    its questions between them): the survey's own text, what the reader answers, not a reply
    slip's one row of choices."""
    rows = [i for i, line in enumerate(lines) if len(_OPTION_MARK.findall(line)) >= _OPTIONS_ROW_MARKS]
    return set(rows) if len(rows) >= _SURVEY_ROWS_MIN else set()


def _bar_table_head(lines: list[str], rows: list[int]) -> bool:
    """A head row of cells apart by bars over two rows of as many cells, two figures or more in
    each (学科门类｜总分｜单科（满分=100分） / 哲学、经济学、法学｜345｜51｜77): its cells may hold a figure
    of what they measure, its rows' cells are figures alone."""
    if len(rows) < 3:
        return False
    head = _cells(lines[rows[0]])
    return (
        len(head) >= 3
        and not any(_BARE_FIGURE.match(c) for c in head)
        and all(
            len(cells := _cells(lines[j])) == len(head) and sum(1 for c in cells if _BARE_FIGURE.match(c)) >= 2
            for j in rows[1:3]
        )
    )


def _table_heads(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The head of a table in the text (日期 天氣 溫度(°C) 降雨機率): a chrome row of three or
    more short words right over two or more body rows with as many columns and figures in
    them (7/9(三) 晴 28-35 30%), or of cells apart by bars (see :func:`_bar_table_head`).  A
    menu's row has no rows of figures under it."""
    out: set[int] = set()
    nonblank = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    for k, i in enumerate(nonblank):
        if i not in chrome:
            continue
        if _bar_table_head(lines, nonblank[k:k + 3]):
            out.add(i)
            continue
        cols = lines[i].split()
        if (
            not 3 <= len(cols) <= 8
            or any(len(c) > 8 or not re.search(r"[^\W\d_]", c) for c in cols)
            or re.search(r"\d", lines[i])
        ):
            # (a column's name is a word, no figure; a breadcrumb's arrow is no column)
            continue
        rows = nonblank[k + 1 : k + 3]
        if len(rows) == 2 and all(
            j not in chrome and len(lines[j].split()) == len(cols) and re.search(r"\d", lines[j])
            for j in rows
        ):
            out.add(i)
    return out


def _table_rows(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The rows of a table under its head in the text (股份类别　股票代码　股票简称　股权登记日 /
    A股　603999　华岳科技　2024/5/13): as many cells as the head, figures among them, however
    much a row alone reads like a quote widget's."""
    out: set[int] = set()
    nonblank = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    for k, i in enumerate(nonblank):
        # (cells set apart by wide spaces or tabs, as a table pasted as text keeps them; a
        # comment's foot, 05-06 · 上海, or a name and its stamp are spaced by one)
        cols = _CELL_GAP.split(lines[i].strip())
        if not 3 <= len(cols) <= 8 or any(len(c) > 8 for c in cols) or re.search(r"\d", lines[i]):
            continue
        if i in chrome and any(len(c) < _HEAD_CELL_MIN for c in cols):
            continue  # (a menu's tabs, 首页　新闻　体育, are shorter than a table's column names)
        rows = []
        for j in nonblank[k + 1 : k + 1 + _TABLE_ROWS_MAX]:
            cells = _CELL_GAP.split(lines[j].strip())
            # (a row holds a cell of figures or a day, 603999, 2024/5/13; a footer's licence
            # numbers, 京ICP证010042号, and a board's counts, 关注 128万, hold none)
            if len(cells) != len(cols) or not any(_FIGURE_CELL.match(c) for c in cells):
                break
            rows.append(j)
        if rows:
            out.update(j for j in (i, *rows) if j in chrome)
    return out


def _record_fields(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A record's fields one a line, five or more in a row of distinct labels (公历：… / 农历：… /
    干支：… / 宜：… / 忌：…, 法定代表人：… / 注册资本：… / 经营范围：…): the record itself, which a
    reader reads; not a page's credits and stamps (来源：/ 作者：/ 发布时间：), nor a poster's card,
    whose values are counts and days (帖子：2184 / 积分：3527 / 注册时间：…), nor a footer's
    fields, most of which read as chrome alone (上一篇：… / 主办单位：… / 网站标识码：…)."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    run: list[int] = []  # (consecutive rows: a run only ever grows by the row after its last)
    for i in [*rows, -1]:
        m = _RECORD_LABEL.match(lines[i].strip()) if i >= 0 else None
        if m is not None and run:
            run.append(i)
            continue
        if len(run) >= _RECORD_FIELDS_MIN:
            labels = [_RECORD_LABEL.match(lines[j].strip()).group(1) for j in run]  # type: ignore[union-attr]
            values = [lines[j].strip()[len(label) + 1 :].strip() for j, label in zip(run, labels, strict=True)]
            credits = sum(1 for j in run if _LABELLED.match(lines[j].strip()))
            counts = sum(1 for v in values if _COUNT_VALUE.match(v))
            marked = sum(1 for j in run if kinds[j] is Kind.CHROME)  # (a footer's fields read as chrome alone)
            profile = sum(1 for label in labels if _PROFILE_LABEL.match(fold(label)))
            if (
                len(set(labels)) == len(labels)
                and credits <= 1
                and 2 * counts < len(values)
                and 2 * marked < len(run)
                and profile < 2  # (用户组：… / 性别：… / 星座：…: a poster's card, its words)
            ):
                # (a line that reads as chrome alone is the record's only in a long record, 干支：… among
                # fifteen fields; in a short one it is a tool's or a count's, 字号：大 中 小, 瀏覽人次：2,146)
                long = len(run) >= _RECORD_LONG
                out.update(
                    j for j in run if not _LABELLED.match(lines[j].strip()) and (long or kinds[j] is not Kind.CHROME)
                )
        run = [i] if m is not None else []
    return out


_RECORD_LABEL = rule_cache.compile(r"^([\u4e00-\u9fff（）()]{1,10})[：:]\s*\S")
_RECORD_FIELDS_MIN = 5
# A poster's profile field (用户组, 性别, 星座, 会员等级, 居住地): a card's, not a record's.
_PROFILE_LABEL = rule_cache.compile(
    r"^(?:用户组|会员组|会员等级|等级|性别|星座|生日|来自|居住地|所在地|职业|兴趣爱好|兴趣|个人签名|签名|"
    r"积分|帖子|主题|精华|威望|金钱|注册时间|注册日期|最后登录|在线时间|UID|阅读权限)$"
)
_RECORD_LONG = 8  # fields of a record long enough that its chrome-like fields are its own
# A field's value that is only a count, a day or a time (2184, 2019-07-21, 3 小時): a card's.
_COUNT_VALUE = rule_cache.compile(r"^[\d\s.,:/\-年月日時时分秒小天个個位篇次]+$")


def _about_me_blocks(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A blog's profile box (關於我 / 小峰 / 九龍土生土長，周末行街行山。… / 檢視我的完整簡介): its
    heading, the owner's name and bio, and the button to the whole profile, the sidebar's, not the
    post's; only where the button closes it."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    for k, i in enumerate(rows):
        if not _ABOUT_ME.match(lines[i].strip()):
            continue
        end = next(
            (x for x in range(k + 1, min(len(rows), k + 1 + _ABOUT_ME_REACH)) if _PROFILE_BUTTON.match(lines[rows[x]].strip())),
            None,
        )
        if end is not None:
            out.update(rows[k : end + 1])
    return out


_ABOUT_ME = _compile(r"^(?:关于我|关於我|about me|关于博主|博主简介)$", re.IGNORECASE)
_PROFILE_BUTTON = _compile(r"^(?:检视我的完整简介|查看我的完整简介|查看完整个人资料|view my complete profile)$", re.IGNORECASE)
_ABOUT_ME_REACH = 5  # lines from the heading to the profile's button, at most


def _hour_heads(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A schedule's hours alone on their lines, two or more, each over its rows (上午9時30分 /
    DCCC 412/2024｜香港特別行政區 訴 吳浩朗｜盜竊（3項）｜審訊（第4日）): a cause list's or a
    programme's, body with the row of cells right under each hour."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    heads = [k for k, i in enumerate(rows[:-1]) if _HOUR_ALONE.match(lines[i].strip())]
    if len(heads) < _HOUR_HEADS_MIN:
        return set()
    out: set[int] = set()
    for k in heads:
        below = lines[rows[k + 1]].strip()
        if _HOUR_ALONE.match(below):
            continue
        out.add(rows[k])
        if len(_BAR_CELL.split(below)) >= _BAR_CELLS_MIN:
            out.add(rows[k + 1])
    return out


# (written with 時, as a notice writes it; a chat's stamp is a clock, 上午 08:12, over each message)
_HOUR_ALONE = _compile(r"^(?:上午|下午|晚上|中午|早上|凌晨)[ \t]*\d{1,2}时(?:\d{1,2}分|半)?$")
_HOUR_HEADS_MIN = 2


def _step_numbers(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A recipe's or a guide's step numbers, each alone on its line over its step (1 / 排骨用醬油…醃
    30 分鐘。 / 2 / …), counting up from 1 by one, two or more: the list's own numbers, not a
    pager's (whose numbers stand one after another, no step between them)."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    run: list[int] = []
    last = -9  # where in ``rows`` the run's last number stands
    for k, i in enumerate(rows):
        line = lines[i].strip()
        if not (line.isdigit() and len(line) <= 2):
            continue
        told = k + 1 < len(rows) and kinds[rows[k + 1]] is Kind.PROSE
        if told and int(line) == len(run) + 1 and (not run or last == k - 2):
            run.append(i)
        else:
            if len(run) >= _STEPS_MIN:
                out.update(run)
            run = [i] if told and line == "1" else []
        last = k
    if len(run) >= _STEPS_MIN:
        out.update(run)
    return out


_STEPS_MIN = 2


def _bar_figure_rows(lines: list[str], kinds: list[Kind]) -> set[int]:
    """Rows of a table written with bars between its cells (2023.04.25 | 公开 | 公开, 一等奖 | 8 |
    6,473,512), two or more in a row of as many cells, half their cells or more a figure or a
    day: a record's or a draw's table, which a reader reads, however much a row alone reads like a
    comment's stamp; a menu's and a footer's rows hold words, not figures."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    run: list[int] = []
    width = 0
    half = True  # every row of the run half figures
    for i in [*rows, -1]:
        cells = _bar_cells(lines[i]) if i >= 0 else []
        figures = sum(1 for c in cells if _FIGURE_CELL.match(c))
        ok = (
            len(cells) >= _BAR_CELLS_MIN
            and bool(cells[0])
            and all(len(c) <= _BAR_CELL_MAX for c in cells)  # (an empty cell: 許振聲｜｜2,412,000)
            # (a record's rows, its day first and its words after, 2025.01.03 | 专利权的转移 | …)
            and (2 * figures >= len(cells) or bool(_FIGURE_CELL.match(cells[0])))
        )
        if ok and _stat_pairs(cells):
            ok = False  # (今日發帖 | 2,048 | 昨日發帖 | 3,112: a board's counts, label by figure)
        if ok and run and len(cells) == width:  # (the rows are walked in order: the run's next row)
            run.append(i)
            half = half and 2 * figures >= width
            continue
        if ok and run and half and 2 * figures >= len(cells):
            # (獨贏 ｜ 7 ｜ 52.00 / 位置 ｜ 7 ｜ 20.50 ｜ 2 ｜ 15.00 ｜ …: a payout table's rows, as many
            # winners as a pool has, half their cells figures whatever their width)
            run.append(i)
            continue
        if len(run) >= 2 and (half or _under_head_row(lines, rows, run[0], width)):
            out.update(run)
        run, width, half = ([i], len(cells), 2 * figures >= len(cells)) if ok else ([], 0, True)
    return out


def _bar_cells(line: str) -> list[str]:
    """A bar table's row's cells; a bar closing the row leaves its last cell empty (2 | 周*宁 | 389 |)."""
    line = line.strip()
    if line[-1:] in ("|", "｜") and len(line) > 1:
        return [*(c.strip() for c in _BAR_CELL.split(line[:-1].rstrip())), ""]
    return [c.strip() for c in _BAR_CELL.split(line)]


def _stat_pairs(cells: list[str]) -> bool:
    """Cells that pair a label with its figure, two pairs or more (今日發帖 | 2,048 | 昨日發帖 | 3,112)."""
    return (
        len(cells) >= 4
        and len(cells) % 2 == 0
        and all(bool(_FIGURE_CELL.match(c)) == (k % 2 == 1) for k, c in enumerate(cells))
    )


def _under_head_row(lines: list[str], rows: list[int], first: int, width: int) -> bool:
    """Rows whose only figure is their first cell's day (2023.04.25 | 公开 | 公开) are a table's
    under a head row of as many cells (法律状态公告日 | 法律状态 | …); a list of links, each its day
    first (2024-03-11 | 北向资金净流入 | 财经频道), has no head."""
    k = bisect.bisect_left(rows, first)
    if k == 0:
        return False
    head = [c.strip() for c in _BAR_CELL.split(lines[rows[k - 1]].strip())]
    return len(head) == width and not any(_FIGURE_CELL.match(c) for c in head) and all(head)


# (the bar found first and its spaces looked at after, so a long run of spaces is read once)
_BAR_CELL = rule_cache.compile(r"(?<=\s)\|(?=\s)|｜")
_BAR_CELLS_MIN = 3
_BAR_CELL_MAX = 80


def _bar_framed_tables(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A table whose rows open and close with a bar (| 日期 | 星期 | 門診 | / | 1/25 | 六 | 上午診 |),
    two rows or more of as many cells, as a page's table copied as text or written in Markdown
    keeps it: the story's, however much a row alone reads like a menu; a row of dashes between
    the head and the rows stays what it is."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    run: list[int] = []
    width = 0
    for i in [*rows, -1]:
        line = lines[i].strip() if i >= 0 else ""
        framed = len(line) > 2 and line[0] in "|｜" and line[-1] in "|｜"
        cells = line[1:-1].count("|") + line[1:-1].count("｜") + 1 if framed else 0
        if framed and _DASH_ROW.match(line):
            continue  # (| --- | --- |: the head's rule)
        if framed and cells >= _FRAMED_CELLS_MIN and (not run or cells == width):
            run.append(i)
            width = cells
            continue
        if len(run) >= _FRAMED_ROWS_MIN:
            out.update(run)
        run, width = ([i], cells) if framed and cells >= _FRAMED_CELLS_MIN else ([], 0)
    return out


_DASH_ROW = rule_cache.compile(r"^[|｜][\s\-—:：|｜]+[|｜]$")
_FRAMED_CELLS_MIN = 2
_FRAMED_ROWS_MIN = 2
_TABLE_ROWS_MAX = 30  # rows of a table read under its head
_FIGURE_CELL = rule_cache.compile(r"^(?:[-+]?\d[\d,.]*%?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})$")
_HEAD_CELL_MIN = 4  # characters of each column's name where the head row alone read as chrome
_CELL_GAP = rule_cache.compile(r"[ \t]*[\u3000\t][ \t\u3000]*|[ ]{2,}")
# A column's name (指标, 本期, 上年同期, 2025年Q3, 单注奖金（元）): a short word, perhaps a period's.
_COLUMN_NAME = rule_cache.compile(r"^(?=.*[\u4e00-\u9fffA-Za-z])[^\s，。,：:]{1,10}$")


_ANNOUNCE_MAX = 60  # the longest line of the story that announces a table under it


def _figure_tables(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A table of figures under its head (指标 本期 上年同期 同比 / 营业收入 52.36 46.58 12.4% / …)
    or under the story's line announcing it (本期开奖号码： / 红色球：03 09 14 22 27 31 / …): two or
    more rows, each a label and its figures, the facts the story gives.  A market widget's rows
    (上证指数 3473.13 +0.70%) stand under no head."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    for k, h in enumerate(rows):
        head = lines[h].strip()
        cols = head.split()
        announced = h not in chrome and head.endswith(("：", ":")) and len(head) <= _ANNOUNCE_MAX
        named = 3 <= len(cols) <= 8 and all(_COLUMN_NAME.match(c) for c in cols)
        if not announced and not named:
            continue
        table: list[int] = []
        for j in rows[k + 1 :]:
            width = _figure_row(lines[j].strip())
            if not width or (named and not announced and width != len(cols)):
                break
            table.append(j)
        if len(table) >= 2:
            out.update(table)
            if named and h in chrome:
                out.add(h)
    return out


# A video's chapter (03:45 某某路段): a time from the start of the video and its name.
_CHAPTER = _compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?\s+\S")


def _mark_rows(lines: list[str], kinds: list[Kind]) -> None:
    """Rows that are chrome by their neighbours, marked in ``kinds`` before the structure is read.

    A row of terms (:func:`_term_row`) standing next to a chrome line: a topic row over a
    question, the tags under a post, a menu over the page.  Inside the story, between its own
    lines, a row of terms may be the story's list and stays.  (A video's chapter list, 00:00 開場 /
    01:25 出發！…, is the uploader's outline of the video, which a reader reads: it stays, as the
    later annotators keep it.)
    """
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    for k in range(len(rows) - 2):
        # (大 / 中 / 小: a page's text-size buttons, one a line)
        if tuple(lines[rows[k + j]].strip() for j in range(3)) == _TEXT_SIZES:
            for j in range(3):
                kinds[rows[k + j]] = Kind.CHROME
    for k, i in enumerate(rows[:-1]):
        # a tag label alone on its line over its terms (新聞關鍵字 / 頂樓加蓋 違建 老公寓)
        nxt = lines[rows[k + 1]].strip()
        if _TAG_HEAD.match(lines[i].strip()) and _tag_terms(nxt):
            kinds[i] = kinds[rows[k + 1]] = Kind.CHROME
    for k, i in enumerate(rows):
        if kinds[i] is Kind.CHROME or not _term_row(lines[i].strip()):
            continue
        before = kinds[rows[k - 1]] if k > 0 else None
        after = kinds[rows[k + 1]] if k + 1 < len(rows) else None
        if Kind.CHROME in (before, after):
            kinds[i] = Kind.CHROME


_TEXT_SIZES = ("大", "中", "小")
_TABLE_LABEL = rule_cache.compile(r"^[\u4e00-\u9fff]{2,4}$")
_TABLE_VALUE = rule_cache.compile(
    r"^(?:\d{1,3}(?:\.\d)?|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|[$＄]\s?\d[\d,.]*\s*(?:[(（][^)）]{1,6}[)）])?|[\u4e00-\u9fff]{1,4})$"
)
_TABLE_FIGURE = rule_cache.compile(r"\d")
_TABLE_PAIRS = 4  # label-and-value rows that make a page's table
_TABLE_FIGURES = 3  # … of which hold a figure (a score, a day, a price)


def _label_value_table(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A review's or a listing's table copied a cell to a line, each label over its value
    (味道 / 5 / 環境 / 3 / … / 用餐日期 / 21/12/2023 / 人均消費 / $320 (晚餐)): four or more such
    pairs, three of their values figures, are the page's furniture, not the story."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    k = 0
    while k + 1 < len(rows):
        end, figures = k, 0
        while (
            end + 1 < len(rows)
            and _TABLE_LABEL.match(lines[rows[end]].strip())
            and _TABLE_VALUE.match(lines[rows[end + 1]].strip())
        ):
            figures += 1 if _TABLE_FIGURE.search(lines[rows[end + 1]]) else 0
            end += 2
        if (end - k) // 2 >= _TABLE_PAIRS and figures >= _TABLE_FIGURES:
            out.update(rows[k:end])
            k = end
        else:
            # (a run read once: the next start is its last row, in the other alignment, so a page
            # of short words stays linear)
            k = max(k + 1, end - 1)
    return out


_TAG_WORD_ALONE = rule_cache.compile(r"^[^\s，。！？,.!?：:；;、@＠#]{1,8}$")
_TAGS_MIN = 3
_TAGS_REACH = 24  # lines over a comments' heading read for its tags


def _tags_over_comments(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A video's or a note's tags, one word to a line, right over its comments' heading
    (铁路 / 纪录片 / 绿皮火车 / vlog / 评论 1483) or its scrolling comments' (弹幕列表): three or
    more, no sentence among them."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if kinds[i] is Kind.BLANK or not (is_comments_head(line) or fold(line.strip()) == "弹幕列表"):
            continue
        run = []
        for j in range(i - 1, max(-1, i - 1 - _TAGS_REACH), -1):  # (bounded: a page of 评论 lines stays linear)
            if kinds[j] is Kind.BLANK:
                continue
            if kinds[j] is not Kind.SHORT or not _TAG_WORD_ALONE.match(lines[j].strip()) or is_comments_head(lines[j]):
                break
            run.append(j)
        if len(run) >= _TAGS_MIN:
            out.update(run)
    return out
# A table row's cell bars (日期｜農曆｜行程); an item of a numbered list (1. 潮汐, 2、…, D4｜…).
_BAR = rule_cache.compile(r"[|｜]")
# A notice's date under its sign-off (2025年4月10日).
_SIGNED = rule_cache.compile(r"^[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）]?$")


# A heading of the story's that announces how to reach someone (九、聯絡方式：, 洽詢資訊:,
# 联系我们：), perhaps a list's item; a numbered section of a notice needs no colon (三、联系方式).
_CONTACT_ANNOUNCE = _compile(
    r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[、.．)）]\s*)?\S{0,4}"
    r"(?:联络|联系|洽询|查询|咨询)(?:方式|资讯|信息|窗口|方法|我们|单位)?\s*[:：]$|"
    r"^[(（]?[一二三四五六七八九十\d]{1,2}[、.．)）]\s*\S{0,4}"
    r"(?:联络|联系|洽询|查询|咨询)(?:方式|资讯|信息|窗口|方法|单位)$"
)
# The person to ask, by name or office, on a line of its own (聯絡人：體育科主任 某某老師,
# 聯絡窗口：總務室 林小姐, 承辦人：某某).
_PERSON_FIELD = _compile(
    r"^(?:联络人|联系人|联络窗口|联系窗口|承办人)\s*[:：]\s*[^\s，。,；;]{1,12}(?:\s+[^\s，。,；;]{1,10})?$"
)


def _foot_prompts(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """Short prompts to the reader held between two chrome lines, up to three in a row: the
    page's, not the story's (a sentence of the story has story lines around it)."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    # (the story's last sentence: a line of the page's own with its full stop; a list of other
    # headlines under the story has none)
    last_prose = max(
        (i for i in rows if i not in chrome and len(lines[i].strip()) >= _FOOT_SENTENCE_MIN and "。" in lines[i]),
        default=-1,
    )
    found: set[int] = set()
    k = 0
    while k < len(rows):
        if rows[k] in chrome:
            k += 1
            continue
        e = k
        while e < len(rows) and rows[e] not in chrome:
            e += 1
        run = rows[k:e]
        foot = run[0] > last_prose
        if k > 0 and e < len(rows) and len(run) <= _PROMPT_RUN and all(_foot_prompt(lines[j], foot) for j in run):
            found.update(run)
        k = e
    return found


# A site's own notice in brackets (【通告】客戶服務中心於…暫停服務, 【系统公告】…).
_SITE_NOTICE = _compile(r"^[【\[](?:通告|公告|系统公告|网站公告|服务公告|系统通知)[】\]]")
_HEAD_ROWS = 6  # the page's first lines, where its banners stand


def _held_between_chrome(kinds: list[Kind], chrome: set[int], stop: int | None = None) -> list[tuple[int, int, int]]:
    """Each line not (yet) chrome with a chrome line right over it and right under it, blank
    lines aside, as (over, line, under); up to the ``stop``-th non-blank line if given."""
    rows = [i for i in range(len(kinds)) if kinds[i] is not Kind.BLANK][:stop]
    return [
        (a, i, b)
        for a, i, b in zip(rows, rows[1:], rows[2:], strict=False)
        if i not in chrome and a in chrome and b in chrome
    ]


def _head_notices(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A site's notice at the page's top, between its menu and its breadcrumb: a banner over
    every page, not the story (a notice page's own 【公告】 line has its story lines around it)."""
    return {
        i
        for a, i, b in _held_between_chrome(kinds, chrome, _HEAD_ROWS + 1)
        if _SITE_NOTICE.match(lines[i].strip())
        # (the breadcrumb or the menu under it: a library's 【溫馨提示】 over its share row is the
        # notice itself)
        and (_BREADCRUMB.search(lines[b]) is not None or _menu_like(lines[b].strip()))
    }


def _place_tags(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A note's place tag between its tags and its stamp (#婺源 … / 江西·婺源江岭景区 / 编辑于 …):
    the app's label of where it was posted from (the head's :data:`_PLACE_TAG`), chrome on both
    sides wherever it stands."""
    return {i for _, i, _ in _held_between_chrome(kinds, chrome) if _PLACE_TAG.match(lines[i].strip())}


# A poster's card in one row, the forum's counters (:data:`_COUNTER_FIELD`) side by side: Discuz's
# UID 88214 帖子 4,512 … 註冊 2008-3-15, 主题 12 帖子 233 积分 380, Mobile01's Lv.2 · 文章 34 · 加入 2019-08-08.
_CARD_GAP = r"(?:[ \t]*[|｜·•][ \t]*|[ \t]+)"
# (two counters open the row, as the counters' own chrome rule reads it: 注册时间 … 在线时间 88 小时)
_UID_CARD = _compile(rf"^(?:(?i:lv)\.?[ \t]*\d{{1,2}}{_CARD_GAP})?{_COUNTER_FIELD}{_CARD_GAP}{_COUNTER_FIELD}[^，。！？!?]*$")


def _names_over_cards(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The poster's name right over the card row of the forum, the card over the floor's stamp
    (追劇老鬼 / UID 88214 帖子 … / 發表於 2019-9-18 21:07): the floor's header, never its words.
    (NGA sets the card under the floor's text, over its buttons: 有没有懂的老哥说下 / 级别: 学徒 威望: 0
    / 回复 引用: the text stays.)"""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    for k in range(len(rows) - 1):
        i, j = rows[k], rows[k + 1]
        if (
            i in chrome
            or not _UID_CARD.match(lines[j].strip())
            or len(lines[i].strip()) > _CARD_NAME_MAX
            or _SENTENCE_PUNCT.search(lines[i])
            or re.search(r"[，,：:]", lines[i])
        ):
            continue
        under = next((rows[m] for m in range(k + 2, len(rows)) if not _UID_CARD.match(lines[rows[m]].strip())), None)
        if under is not None and (_meta_line(lines[under]) or _comment_stamp(lines[under])):
            found.add(i)
    return found


_CARD_NAME_MAX = 16  # characters of a poster's name over its card


def _day_tabs(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A schedule's tabs of days under the site's menu or tabs (港視一台　港視二台 / 22/12（五）　23/12（六）
    …): the page's, not the story's; under a label (加演日期如下：) they are its dates."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    return {
        i
        for a, i in pairwise(rows)
        if i not in chrome
        and a in chrome
        and not lines[a].rstrip().endswith(("：", ":"))
        and len(lines[i].strip()) <= _DAY_TABS_MAX
        and _DAY_TABS.match(lines[i].strip())
    }


_DAY_TABS_MAX = 120

_FOOT_SENTENCE_MIN = 20  # characters of a sentence of the story that the foot's prompts stand under
_PROMPT_RUN = 3  # prompts in a row between the page's lines (好文章，需要你的鼓励 / 36氪APP让…)


# A bare label of when (日期：, 時間：) over a value: the page's stamp or an event's schedule.
_BARE_WHEN = _compile(r"^(?:日期|时间)\s*[:：]\s*\S")


_FACTS_GAP = 2  # rows (a caption, a heading) between the story's last paragraph and its facts


# The fewest cells a table's row set out with wide spaces has (cells split at _CELL_GAP).
_TABLE_CELLS_MIN = 4
_TAB_ROWS_MIN = 4  # rows of tab-separated cells that make the story's own table
# A show's day, its weekday and its hour, alone on a line (2025-03-15 周六 19:30).
_SHOW_TIME_ROW = _compile(DATE_WEEKDAY_OPENING + r"[ \t\u3000]+\d{1,2}:\d{2}$")



# A notice's section in heavy brackets, named by what it tells (【活动时间】, 【优惠规则】, 【报名方式】).
_NOTICE_HEADING = _compile(
    r"^【[\u4e00-\u9fff]{0,4}(?:时间|日期|地点|规则|说明|节奏|安排|须知|方式|流程|对象|条件|费用|内容|详情|奖品|奖励|资格)】$"
)


def _notice_headings(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A notice's bracketed section heading over its own lines (【活动时间】 / 2026年1月10日…,
    【活动节奏】 / 预热期：…): the story's, where the line under it is the story's too."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    return {
        i
        for i, j in pairwise(rows)
        if i in chrome and j not in chrome and _NOTICE_HEADING.match(fold(lines[i].strip()))
    }


# A note on the rows above it: where they come from, what prevails (以上結果為網友整理，僅供參考…).
_ABOVE_NOTE = rule_cache.compile(r"^以上[^。！!]{0,30}(?:仅供参考|为准)")


def _story_rows(
    lines: list[str], kinds: list[Kind], chrome: set[int], listed: set[int]
) -> set[int]:
    """Lines taken for chrome that are rows of the story's own table, list or facts.

    A menu or a link list is one row of navigation words, or stands under a "related" heading,
    or in the page's head or foot.  The story's own rows continue one another inside the story
    (after its first sentence, before its last prose line or a notice's sign-off), so a shape
    that is ambiguous there is kept: bars in the same number (``日期｜農曆｜行程``,
    ``4/4(五)｜三月初七｜…``) with figures in most rows, items numbered one after another
    (``1. 潮汐``, ``2. 浮標``), labelled facts of which most labels are not the page's metadata
    (``芮氏規模：5.8``, ``住宿：6晚 2,460``), and a bracketed heading over such rows
    (``【地震報告】``), and the writer's own words around an e-mail address.  Content words,
    not navigation words; a line that says plainly what it is (a disclaimer, an ad marker, a
    tip line to the newsroom, a record's time stamp, a counter) stays chrome.
    """
    n = len(lines)
    text = [line.strip() for line in lines]
    story = [i for i in range(n) if kinds[i] is Kind.PROSE and i not in chrome]
    # the story starts at its first sentence: a long headline above it is no part of it (a
    # post's opening clauses without a full stop count, 🎄今年我哋會喺屯門區報佳音，歡迎街坊…👇)
    first = next(
        (i for i in story if _story_sentence(lines[i].strip()) or _opening_clauses(lines[i].strip())), None
    )
    if first is None:
        return set()
    rows = [i for i in range(n) if kinds[i] is not Kind.BLANK]
    # the story ends at its last prose line, or at a notice's sign-off below it: the office's
    # name over the day it was issued (南川大學招生辦公室 / 2025年4月10日)
    last = story[-1]
    for k in range(1, len(rows)):
        i = rows[k]
        if i > last and _SIGNED.match(text[i]) and len(text[rows[k - 1]]) <= 24:
            last = rows[k - 1]
            break
    # … or at the note on what is above it (以上结果为网友整理，仅供参考…): the rows it speaks of are
    # the story's
    note = next((i for i in rows if i > last and _ABOVE_NOTE.match(fold(text[i]))), None)
    if note is not None and all(kinds[j] is not Kind.PROSE for j in rows if last < j < note):
        last = note

    def inside(run: list[int]) -> bool:
        return first < run[0] and run[-1] < last and not any(i in listed for i in run)

    def under_story(run: list[int]) -> bool:
        """Right under the story's last paragraph, a heading or a caption at most between;
        not the site's own footer (主办：… / 联系电话：… / 网站标识码：… ICP备…), whose rows are
        the office's that runs the site."""
        return (
            first <= last < run[0]
            and sum(1 for j in rows if last < j < run[0]) <= _FACTS_GAP
            and not any(_LEGAL.search(text[j]) for j in run)
        )

    def runs(key: Callable[[int | None, int], bool]) -> list[list[int]]:
        """Maximal runs of consecutive non-blank lines for which ``key(prev, line)`` holds."""
        found: list[list[int]] = []
        run: list[int] = []
        for i in rows:
            if run and key(run[-1], i):
                run.append(i)
                continue
            if len(run) >= 2:
                found.append(run)
            run = [i] if key(None, i) else []
        if len(run) >= 2:
            found.append(run)
        return found

    def bars(i: int) -> int:
        return len(_BAR.findall(text[i])) if len(text[i]) <= 120 else 0

    def item(i: int) -> int | None:
        m = _ITEM.match(text[i])
        return int(m.group(1) or m.group(2)) if m and len(text[i]) <= 120 else None

    keep: set[int] = set()
    for run in runs(lambda h, i: bars(i) >= 1 and (h is None or bars(h) == bars(i))):
        cells = [c for i in run for c in _BAR.split(text[i]) if c.strip()]
        figures = sum(1 for i in run if re.search(r"\d", text[i]))
        # (a cell's decimal or share, 11.82 or +17%, is a figure of the table, no page number)
        nav = sum(1 for c in cells if _navigation(c) and not _decimal_cell(c.strip()))
        # (or the story's table right under its last paragraph, its heading at most between:
        # 上周50指標屋苑交投 / 地區｜屋苑數目｜成交宗數 / 港島區｜8｜20｜+11%, three columns or more)
        under = under_story(run)
        wide = under and all(bars(i) >= 2 for i in run) and len(run) >= 3
        if (inside(run) or wide) and figures * 2 >= len(run) and nav * 2 < len(cells):
            keep.update(i for i in run if not _plain_furniture(text[i]))

    def spaced_cells(i: int) -> int:
        return len([c for c in _CELL_GAP.split(text[i]) if c.strip()]) if len(text[i]) <= 120 else 0

    # (1　嘉兴队　8场　7胜1平0负　22分 / 2　台州队　…: a table set out with wide spaces, a figure in
    # every row, as many cells in each; the story's standings or programme, no menu)
    for run in runs(lambda h, i: spaced_cells(i) >= _TABLE_CELLS_MIN and (h is None or spaced_cells(h) == spaced_cells(i))):
        cells = [c for i in run for c in _CELL_GAP.split(text[i]) if c.strip()]
        nav = sum(1 for c in cells if _navigation(c.strip()))
        figured = sum(1 for c in cells if re.search(r"\d", c))
        if (
            inside(run)
            and figured * 2 >= len(cells)
            and not any(_CLOCK_IN_LINE.search(text[i]) for i in run)  # (a floor's stamp: 樓主　2024-1-25　22:48)
            and nav * 2 < len(cells)
        ):
            keep.update(i for i in run if not _plain_furniture(text[i]))

    def tab_cells(i: int) -> int:
        return len([c for c in text[i].split("\t") if c.strip()]) if "\t" in lines[i] and len(text[i]) <= 120 else 0

    # (项目→日期→备注 / 教职工返校→2025年8月29日（星期五）→ / 国庆节假期→10月1日…→其中…: a table
    # copied with its tabs, two cells or three, a figure in most rows; the story's calendar)
    for run in runs(lambda h, i: tab_cells(i) >= 2):
        figured = sum(1 for i in run if re.search(r"\d", text[i]))
        if len(run) >= _TAB_ROWS_MIN and inside(run) and figured * 2 >= len(run):
            # (a record's stamp has its hour, 发布时间→2025-07-10 16:20; a calendar's day has none)
            keep.update(i for i in run if not _plain_furniture(text[i]) and not _CLOCK_IN_LINE.search(text[i]))

    # (2025-03-15 周六 19:30 / 2025-03-16 周日 19:30: a show's dates and hours one under the other,
    # its programme; a page's stamp stands alone)
    for run in runs(lambda h, i: _SHOW_TIME_ROW.match(text[i]) is not None):
        keep.update(run)

    def numbered(h: int | None, i: int) -> bool:
        k = item(i)
        before = item(h) if h is not None else None
        return k is not None and (h is None or (before is not None and k == before + 1))

    for run in runs(numbered):
        nav = sum(1 for i in run if _navigation(_ITEM.sub("", text[i])))
        if len(run) >= 3 and inside(run) and nav * 2 < len(run):
            keep.update(i for i in run if not _plain_furniture(text[i]))
    press = _contact_blocks(lines, kinds)

    def fact(h: int | None, i: int) -> bool:
        return (
            len(text[i]) <= 80
            and bool(_FACT.match(text[i]))
            and not _story_sentence(text[i])
            # (等級：論壇游民 / 文章：318 積分：1207 註冊：2015年11月20日: a poster's card, not the story's facts)
            and not _poster_card_row(text[i])
        )

    for run in runs(fact):
        # (a bare 日期：/時間： among the facts with a day or hours and no clock stamp is when the
        # event is, 日期：2025年10月4日（星期六） / 時間：晚上七時至十時, not when the page was made)
        meta = [
            i
            for i in run
            if (_LABELLED.match(text[i]) or _INLINE_META.search(text[i]))
            and not (_BARE_WHEN.match(text[i]) and not _stamp(text[i]))
        ]
        figures = any(_FIELD_FIGURE.search(text[i]) and not _stamp(text[i]) for i in run)
        # (or the story's block of facts right under its last paragraph, over the page's foot:
        # 地點：… / 展期：… / 洽詢電話：…, a caption or its heading at most between them)
        under = under_story(run)
        if figures and (inside(run) or under) and len(meta) * 2 < len(run):
            keep.update(
                i
                for i in run
                if i not in meta
                # (under the story, a line that says plainly what it is, an attachment or the
                # issuer, stays chrome unless it is the story's contact; a press officer's too)
                and (inside(run) or (i not in press and (_story_contact(text[i]) or (kinds[i] is not Kind.CHROME and bool(_FIELD_FIGURE.search(text[i]))))))
                and not _plain_furniture(text[i])
                and not _stamp(text[i])
                and not _counter_field(text[i])
            )
    # (a photo's caption between the story's end and its contact line is passed over)
    after_last = next((i for i in rows if i > last and not _PHOTO_CREDIT.search(text[i])), None)
    for k, i in enumerate(rows):
        # the writer's own words around an e-mail address, inside the story
        if i in chrome and first < i < last and (
            (len(text[i]) <= 50 and _mailed_words(text[i])) or _mailed_talk(text[i])
        ):
            keep.add(i)
        elif (
            i in chrome
            and first < i < last
            and _words_round_address(text[i])
            and k > 0
            and (rows[k - 1] not in chrome or rows[k - 1] in keep)
        ):
            # right under a line of the story, an address in the writer's words (有問題可以
            # email去 … 問): the story goes on; a desk's line stands in the page's foot
            keep.add(i)
        elif i in chrome and first < i < last and _story_contact(text[i]):
            keep.add(i)  # 洽詢電話：…　陳小姐 between the notice's sentences: a reader needs it
    for k in range(1, len(rows)):
        # the next item of the story's own numbered list (六、洽詢電話… / 七、電子信箱：…)
        i, h = rows[k], rows[k - 1]
        body = h not in chrome or h in keep
        listed_next = body and first <= h and _next_item(text[h], text[i])
        if i in chrome and listed_next and not _plain_furniture(text[i]):
            keep.add(i)
        # the story's own contact fields (查詢：…　電郵：…), inside it or right under its end
        if (
            i in chrome
            and first < i
            and (i < last or i == after_last)
            and i not in press
            and _story_contact(text[i])
        ):
            keep.add(i)
    for k in range(1, len(rows) - 1):
        # the person to ask right under the story's end, over the story's own contact field
        # (聯絡人：註冊組 李小姐 / 電話：(02)…): the notice's contact, which a reader needs
        i = rows[k]
        if (
            i == after_last
            and i in chrome
            and i not in press
            and _PERSON_FIELD.match(text[i])
            and _story_contact(text[rows[k + 1]])
        ):
            keep.add(i)
    for k in range(1, len(rows)):
        # the story's contact block read on: a field or its person right under a contact field
        # of the story's (電話：… / 電郵：… / 聯絡人：某某老師), not a press officer's block
        i, h = rows[k], rows[k - 1]
        if (
            i in chrome
            and i not in press
            and first < i
            and (h not in chrome or h in keep)
            and first < h
            # (or the person to ask, in the body right under the story's end: the fields under
            # it are the notice's contact, 聯絡窗口：總務室 林小姐 / 聯絡電話：…)
            # (a body line labelled as a way to reach someone, 電話：(02)7736-5xxx, whatever its value)
            and (
                _story_contact(text[h])
                or (h not in chrome and _CONTACT_FIELD.match(text[h]) is not None)
                or (h == after_last and (h not in chrome or h in keep) and _PERSON_FIELD.match(text[h]))
            )
            and (_story_contact(text[i]) or _PERSON_FIELD.match(text[i]))
            and not _plain_furniture(text[i])
        ):
            keep.add(i)
    for k in range(1, len(rows)):
        # the block a heading of the story's announces (九、聯絡方式： / 廟務組 林先生　電話：… /
        # 傳真：…): its short contact lines, a person or a way to reach one, up to the next line
        # that is neither
        h = rows[k - 1]
        if h in chrome or h < first or not _CONTACT_ANNOUNCE.match(text[h]):
            continue
        for i in rows[k : k + _CONTACT_ROWS]:
            if not (
                len(text[i]) <= 60
                and (_CONTACT.search(text[i]) or _PERSON_FIELD.match(text[i]))
                and not _plain_furniture(text[i])
            ):
                break
            keep.add(i)
    kept = (chrome - keep) if keep else chrome

    def over_rows(k: int, i: int) -> bool:
        return (
            i in kept
            and text[i].startswith("【")
            and _BRACKET_LABEL.match(text[i]) is not None
            and not _KIND_LABEL.match(text[i])
            and not _BRACKET_LABEL.match(text[rows[k + 1]])
            and not _navigation(text[i][1:-1])
        )

    # (【專長】 / 糖尿病、… / 【學歷】 / 國立…醫學系 / 【經歷】 …: a profile's sections over their rows,
    # before any sentence: two of them or more make the page's own headings, their rows its text)
    early = [k for k, i in enumerate(rows[:-1]) if i < first and over_rows(k, i)]
    if len(early) >= _EARLY_SECTIONS_MIN:
        for k in early:
            keep.add(rows[k])
            for i in rows[k + 1 : k + 1 + _SECTION_ROWS]:
                if i >= first or _BRACKET_LABEL.match(text[i]) or _plain_furniture(text[i]):
                    break
                keep.add(i)
    for k, i in enumerate(rows[:-1]):
        # a bracketed heading over the story's own rows or paragraph (【地震報告】)
        line = text[i]
        if (
            i in kept
            # (【基本案情】 right over the story's first sentence: its first section's heading; not
            # （持續更新） or 【讣告】, what kind of page it is)
            and (first < i or (rows[k + 1] == first and line.startswith("【") and not _KIND_LABEL.match(line)))
            and i < last
            and _BRACKET_LABEL.match(line)
            and not _IMAGE_LABEL.match(line)  # ([微博截图]: a picture's place, no heading)
            and rows[k + 1] not in kept
            and not _navigation(line[1:-1])
            and not _plain_furniture(line)
        ):
            keep.add(i)
    return keep & chrome


_EARLY_SECTIONS_MIN = 2  # bracketed headings over rows before the first sentence that make a profile's sections
_SECTION_ROWS = 3  # rows under each such heading
_REPLY_TO = _compile(r"^(?:回复|回应)\s*#\d+$")


def _reply_references(lines: list[str], kinds: list[Kind]) -> set[int]:
    """``回覆 #2`` right under a post's own header (``#3 路人甲 3 日前``) and over its text: the
    post says whom it answers, which a reader reads.  Over a poster's name, without a header of
    its own above, the same words are the floor's marker (chrome)."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    found: set[int] = set()
    for k in range(1, len(rows) - 1):
        i = rows[k]
        if (
            _REPLY_TO.match(lines[i].strip())
            and _post_header(lines[rows[k - 1]])
            and kinds[rows[k + 1]] is Kind.PROSE
        ):
            found.add(i)
    return found


_TRIP_FACT_LINE = rule_cache.compile(r"^(?:住宿|早餐|午餐|晚餐|餐食|交通|集合|地点|费用)\s*[:：]\s*\S")


_HEADLINE_AGAIN_MIN = 10  # characters of a repeated line with a colon or a list mark that make it a headline


def repeated_names(lines: list[str], kinds: list[Kind] | None = None) -> set[int]:
    """Short lines that stand verbatim two or more times: a poster's or a channel's name over
    each message (乐乐爸, 港聞速遞 HK Express News), an office that heads and signs a notice.

    A story does not repeat a line word for word; a short reply might (收到, +1), so a name
    needs three characters, no sentence punctuation and no speech.
    """
    seen: dict[str, list[int]] = {}
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not 3 <= len(line) <= SHORT_LIMIT or line.startswith(("@", "＠")):
            continue
        if kinds is not None and kinds[i] is Kind.BLANK:
            continue
        seen.setdefault(line, []).append(i)
    found: set[int] = set()
    for line, where in seen.items():
        if len(where) < 2:
            continue
        folded = fold(line)
        if _SENTENCE_PUNCT.search(folded) or re.search(r"[，,]", folded) or _spoken(folded):
            continue
        if not re.search(r"[^\W\d_]", folded):
            continue  # numbers and marks (1/2, ...) are not names
        if all(_over_clock_rows(lines, i) for i in where):
            continue  # 平日（週一至週五） over each direction's departures: a timetable's own heading
        if _TRIP_FACT_LINE.match(folded):
            continue  # 住宿：下呂溫泉 水明館或同級 on two days of a tour: its facts, each day's
        if len(folded) >= _HEADLINE_AGAIN_MIN and re.search(r"[：:、]", folded):
            # 龍年第一篇：年宵、團年飯… over the post's text and again in the blog's archive: the
            # headline where the story goes on under it, a link in the list
            where = [i for i in where if not _story_under(lines, i)]
        found.update(where)
    return found


def _story_under(lines: list[str], i: int) -> bool:
    """Whether the next line with text under ``i`` is a sentence of a story (long, with a comma and a stop)."""
    nxt = next((line.strip() for line in lines[i + 1 : i + 3] if line.strip()), "")
    return len(nxt) >= _STORY_UNDER_MIN and bool(re.search(r"[，,]", nxt)) and bool(_SENTENCE_END.search(nxt))


_STORY_UNDER_MIN = 30


def _over_clock_rows(lines: list[str], i: int) -> bool:
    """Whether the next line with text under ``i`` is a row of clock times (a timetable's)."""
    nxt = next((line.strip() for line in lines[i + 1 : i + 3] if line.strip()), "")
    return bool(_CLOCK_ROW.match(fold(nxt)))


_MENTION = rule_cache.compile(r"[@＠]([^\s@＠:：，,。！？!?、]{2,24})")


def mention_names(lines: list[str]) -> set[str]:
    """The names the page mentions with an @ (@河洛小白菜 开着呢), folded: users' names."""
    return {fold(m.group(1)) for line in lines for m in _MENTION.finditer(line)}


def mentioned_names(lines: list[str], kinds: list[Kind]) -> set[int]:
    """Short lines that are only a name the page mentions elsewhere with an @ (河洛小白菜 over a
    post, @河洛小白菜 in a reply): a poster's name line, whatever its shape."""
    names = mention_names(lines)
    return {
        i
        for i, line in enumerate(lines)
        if kinds[i] is Kind.SHORT and line.strip() in names
    }


# One word of Latin letters alone in the head (Gossiping, Baby-Mother): a board's or a section's name.
_LATIN_WORD = rule_cache.compile(r"^(?!(?:[Dd]ay|DAY|[Ss]tep|[Pp]art|[Cc]hapter|[Vv]ol)[ \t]*\d)[A-Za-z][A-Za-z0-9_\-]{2,20}$")  # (not Day1)
_RANK_MAX = 16  # a poster's rank on a forum card (副教授 (著名写手)), at most
# A poster's counts on a forum card, three or more (金币 2841.2 | 红花 38 | 帖子 912 | …).
_STATS_ROW = rule_cache.compile(r"^(?:[\u4e00-\u9fff]{1,4}[ \t]*[\d.,]+[ \t]*[|｜][ \t]*){2,}[\u4e00-\u9fff]{1,4}[ \t]*[\d.,]+")
_POLYSEMY = _compile(POLYSEMY_NOTE)


def _senses_under_polysemy(lines: list[str], kinds: list[Kind]) -> set[int]:
    """An encyclopedia's row of an entry's senses under its polysemy note (本词条是多义词，共2个义项 /
    某某石拱桥　｜　某某（公路桥）): links to the other entries."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    return {
        rows[k + 1]
        for k in range(len(rows) - 1)
        if _POLYSEMY.match(lines[rows[k]].strip()) and re.search(r"[|｜]", lines[rows[k + 1]])
    }


_QUOTE_HEAD = rule_cache.compile(r"^(?!转自|来自|来源|摘自|转载自|引自)([^\s:：，,。]{1,16})[ \t]*[:：]$")


def quote_heads(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A quote's head in a reply (豆豆不是逗逗: / 建议先去链家看… / the reply): a poster's name the
    page shows as a name line elsewhere, then a colon, alone on its line."""
    # (a poster's name: a short line over its post's stamp; not a menu's 交通, 住宿, a recipe's 食材)
    names = {
        lines[i].strip()
        for i in chrome
        if 1 <= len(lines[i].strip()) <= 16
        and kinds[i] is Kind.SHORT
        and (below := next((k for k in range(i + 1, min(len(lines), i + 3)) if kinds[k] is not Kind.BLANK), None)) is not None
        and _meta_line(lines[below])
    }
    out: set[int] = set()
    for i, line in enumerate(lines):
        if i in chrome or kinds[i] is Kind.BLANK:
            continue
        m = _QUOTE_HEAD.match(line.strip())
        if m is not None and m.group(1) in names:
            out.add(i)
    return out


_REPEATED_SIGNATURE_MAX = 80  # a poster's signature line, at most


def repeated_signatures(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A poster's signature (兩仔乸的升學日記 ~ 2012年生哥哥 2016年生弟弟): the same line at the end of
    two or more floors, each time right over the floor's buttons (回覆 | 引用 | TOP).  A quoted line
    stands again too, but over the reply's own words."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    where: dict[str, list[int]] = {}
    for k, i in enumerate(rows[:-1]):
        line = lines[i].strip()
        # (the floor's words over it: a reply shown twice, 这些回复亮了 and 全部回复, stands under its stamp)
        if (
            i not in chrome
            and 4 <= len(line) <= _REPEATED_SIGNATURE_MAX
            and rows[k + 1] in chrome
            and k
            and rows[k - 1] not in chrome
            and not _SENTENCE_END_MARK.search(line)  # (請問在哪裡訂位？ asked twice is two replies' words)
        ):
            where.setdefault(line, []).append(k)
    out: set[int] = set()
    for ks in where.values():
        if len(ks) >= 2 and all(
            _button_row(lines[rows[k + 1]].strip())
            or is_floor_foot(lines[rows[k + 1]])
            or (len(lines[rows[k + 1]].strip()) <= _REPEATED_SIGNATURE_MAX // 2 and _UI_WORDS.search(lines[rows[k + 1]]))
            for k in ks
        ):
            out.update(rows[k] for k in ks)
    return out


_NAME_IN_TURN_MAX = 12  # a commenter's name on its own line, at most
_NAME_PUNCT = _compile(r"[，,。！？!?：:；;、（）()「」“”\s@＠#]")


def _name_like(line: str) -> bool:
    """A line that could be only a commenter's name: short, no punctuation, no space."""
    return 2 <= len(line) <= _NAME_IN_TURN_MAX and not _NAME_PUNCT.search(line)


def names_in_turn(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """Names of a comment list whose names and words take turns (讀者留言 / 阿凱在台北 / 小時候… /
    林小恩 / 當然記得… / 富源囝仔 / 下週六一定回去…): where two names before (or after) a short
    line are known chrome, each over one line of words, that line is the next (or first) name."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    known = set(chrome)
    out: set[int] = set()

    def name(k: int) -> bool:
        # (a name reads as a short line alone, not as the page's own chrome: 广告 is no commenter)
        return 0 <= k < len(rows) and rows[k] in known and kinds[rows[k]] is Kind.SHORT and _name_like(lines[rows[k]].strip())

    def words(k: int) -> bool:
        return 0 <= k < len(rows) and rows[k] not in known

    for k, i in enumerate(rows):
        line = lines[i].strip()
        if i in known or kinds[i] is not Kind.SHORT or not _name_like(line) or not words(k + 1):
            continue
        after = name(k + 2) and words(k + 3) and name(k + 4) and k >= 1 and rows[k - 1] in known
        before = name(k - 2) and words(k - 1) and name(k - 4) and words(k - 3) and k >= 5 and rows[k - 5] in known
        if after or before:
            out.add(i)
            known.add(i)
    return out


# A byline that opens with the outlet's name (21世纪经济报道 记者 某某 上海报道): what follows
# the name is a reporter's credit.
_OUTLET_CREDIT = _compile(r"^\s+\S{0,4}(?:记者|通讯员|特约|撰稿|编辑|报道|报导)")
_OUTLET_HEAD = 60  # non-blank lines of the page's head where an outlet's name and byline stand
_OUTLET_MAX = 16


def outlet_lines(lines: list[str]) -> set[int]:
    """Short lines of the head that a byline repeats as its outlet (``21世纪经济报道`` over
    ``21世纪经济报道 记者 某某``): the outlet's name, never the headline or the story."""
    names: dict[str, list[int]] = {}
    heads: list[str] = []
    seen = 0
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _OUTLET_HEAD:
            break
        if 2 <= len(line) <= _OUTLET_MAX and not _SENTENCE_PUNCT.search(line) and " " not in line:
            names.setdefault(line, []).append(i)
        heads.append(line)
    out: set[int] = set()
    for line in heads:
        cut = line.find(" ")
        if 0 < cut <= _OUTLET_MAX and line[:cut] in names and _OUTLET_CREDIT.match(fold(line[cut:])):
            out.update(names[line[:cut]])
    return out


# A row of three or more "label value" cells apart by slashes or bars, above the story: a
# post's summary card (出发时间 2024-04-30 / 出行天数 5天 / 人均费用 2800元).
# A record's label for the text under it, with nothing after its colon (答复内容：, 留言内容:).
_CONTENT_LABEL = _compile(r"^[\u4e00-\u9fff]{0,4}(?:内容|正文|详情|全文)\s*[:：]$")
def _review_cards(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A review's facts under its text, over the site's note (入住日期：2024年2月 / 旅遊類型：家庭旅遊 /
    撰寫日期：2024年2月28日 / 此評論為…): the review's card, the day it was written among them; a
    record's facts carry no such day."""
    out: set[int] = set()
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    k = 0
    while k < len(rows):
        j = k
        while j < len(rows) and kinds[rows[j]] is Kind.SHORT and _FIELDS_ONLY.match(lines[rows[j]].strip()):
            j += 1
        run = rows[k:j]
        if (
            2 <= len(run) <= _REVIEW_FACTS_MAX
            and any(_WRITTEN_ON_FIELD.match(lines[i].strip()) for i in run)
            and k > 0
            and kinds[rows[k - 1]] is Kind.PROSE
            and rows[k - 1] not in chrome
            and (j == len(rows) or rows[j] in chrome)
        ):
            out.update(run)
        k = max(j, k + 1)
    return out


def _reviewer_days(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A reader's name and the day of the review under it, a wide space between (海鹽檸檬　2024/03/28
    / 預購就買了…), over a review's text and not in a run of such rows: a schedule's rows (開學典禮
    2024/09/02 / 期中考試　2024/11/04) are its events."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    out: set[int] = set()
    for k, i in enumerate(rows):
        if not _NAME_AND_DAY.match(lines[i].strip()):
            continue
        before = rows[k - 1] if k else None
        after = rows[k + 1] if k + 1 < len(rows) else None
        if (
            after is not None
            and kinds[after] in (Kind.PROSE, Kind.SHORT)
            and not _NAME_AND_DAY.match(lines[after].strip())
            and (before is None or not _NAME_AND_DAY.match(lines[before].strip()))
        ):
            out.add(i)
    return out


_NAME_AND_DAY = _compile(
    r"^[^\s，。,.!！?？:：]{2,16}(?<!日期)(?<!时间)(?<!截止)(?<!期限)(?<!开始)(?<!结束)(?<!日)"
    r"(?:\u3000+|[ \t]{2,})\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}$"
)


# The day a review or a post was written, as its card labels it (撰寫日期：2024年2月28日).
_WRITTEN_ON_FIELD = _compile(r"^(?:撰写|点评|评论|评价|发表|发布)(?:日期|时间)\s*[:：]\s*\d")
_REVIEW_FACTS_MAX = 4  # fields of a review's card (the stay's month, the trip's kind, the day written)
# A record's stamp field: a time or date label and a date, maybe with its time (答复时间：2026-02-26).
_STAMP_FIELD = _compile(
    r"^[\u4e00-\u9fff]{0,4}(?:时间|日期)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_FIELD_ROW = _compile(
    r"^(?:[\u4e00-\u9fff]{2,6} [^\s/|｜]{1,16} ?[/|｜] ?){2,}[\u4e00-\u9fff]{2,6} [^\s/|｜]{1,16}$"
)
# A post's category as a field (個人分類：烘焙點心) and as a label in brackets over the post
# (「烘焙點心」): the label repeats the field's value.
_CATEGORY_FIELD = _compile(r"(?:分类|栏目|类别|专栏)\s*[:：]\s*([^\s:：]{1,12})$")
_BRACKETED = _compile(r"^[「【\[]([^」】\]\s]{1,12})[」】\]]$")


def category_labels(lines: list[str]) -> set[int]:
    """Bracketed labels (「烘焙點心」) that name the page's own category field's value."""
    values: set[str] = set()
    for line in lines:
        if len(line) <= 40 and ("：" in line or ":" in line):
            m = _CATEGORY_FIELD.search(fold(line.strip()))
            if m:
                values.add(m.group(1))
    if not values:
        return set()
    out: set[int] = set()
    for i, line in enumerate(lines):
        text = line.strip()
        m = _BRACKETED.match(fold(text)) if text[:1] in "「【[" and len(text) <= 16 else None
        if m and m.group(1) in values:
            out.add(i)
    return out


_FLASH = _compile(r"^[\s【\[「『]*(?:快讯|即时|最新消息|突发)[\s】\]」』:：]*$")
# A commenter named by the site (IT之家网友 夜航船, 某某用户 小林): the site's word, a space, a name.
_SITE_USER = _compile(r"^[^\s，。,：:]{1,10}(?:网友|用户|读者|会员)\s+[^\s，。,：:！？!?]{1,12}$")
_NAME_AND_ID = rule_cache.compile(r"^[^\s，。,：:]{1,12} [A-Za-z][A-Za-z0-9_.]{2,20}$")
# A blank to fill in as a field's value (學生姓名：＿＿＿＿　班別：＿＿): a form the reader fills in,
# the notice's reply slip, not a record the page shows.
_FILL_IN = rule_cache.compile(r"[:：]\s*[＿_]{2,}")


# A place's name as a field's label (台北市：, 宜兰县：, 海淀区：): the row of a list by region.
_PLACE_LABEL = rule_cache.compile(
    r"^(?!所在|居住|常住|户籍|出生|城市|地区|所属)[\u4e00-\u9fff、]{1,12}[市县区镇乡省州]\s*[：:]"
)  # (not a profile's 所在城市：, 所在地区：)


def _places_listed(lines: list[str], rows: list[int]) -> bool:
    """Rows whose labels are places (台北市：停止上班、停止上課 / 新北市：…): a story's list of what
    each region does (a typhoon's days off, a city's forecast), not a record's fields."""
    return sum(1 for i in rows if _PLACE_LABEL.match(lines[i].strip())) * 2 > len(rows)


# A list's item that opens with its day (2025/06/14 (六) 19:30, 6月15日 14:30（加場）): a
# schedule's row, short and without a sentence.
_DATE_ITEM = rule_cache.compile(
    r"^(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s|[(（]|$)"
)
_DATE_ITEM_MAX = 40
_LISTED_DATES_ALONE = 3  # day-led rows under a story's label that make its list whatever follows


def _listed_dates(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """Two or more day-led rows in a row under a body line that ends in a colon (演出場次：,
    开放日期：) and over a body line: the list that line announces, the story's schedule, not the
    page's stamps (a stamp stands alone, over a post or under a headline, never under a
    label of the story's with more of the story after it)."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    k = 0
    while k < len(rows):
        h = rows[k]
        head = lines[h].strip()
        if h in chrome or not head.endswith(("：", ":")) or len(head) > SHORT_LIMIT:
            k += 1
            continue
        run: list[int] = []
        m = k + 1
        while m < len(rows):
            line = lines[rows[m]].strip()
            if not (
                len(line) <= _DATE_ITEM_MAX
                and _DATE_ITEM.match(line)
                and not _SENTENCE_PUNCT.search(line)
            ):
                break
            run.append(rows[m])
            m += 1
        # (three rows or more need no body line under them: 附上時間軸： / 7/2 下單 / 7/5 到貨 /
        # 7/8 安裝, then the post's tags)
        if len(run) >= _LISTED_DATES_ALONE or (len(run) >= 2 and m < len(rows) and rows[m] not in chrome):
            found.update(i for i in run if i in chrome)
        k = m if run else k + 1
    return found
def _nav_runs(lines: list[str], kinds: list[Kind]) -> set[int]:
    """Three or more arrowed items in a row (› 公司简介 / › 董事长致辞 / › 发展历程): a side menu.  One
    arrowed heading between paragraphs (▸ 第一天) is the story's."""
    rows = [i for i, k in enumerate(kinds) if k is not Kind.BLANK]
    out: set[int] = set()
    run: list[int] = []
    for i in [*rows, -1]:
        if i >= 0 and _NAV_ITEM.match(lines[i].strip()):
            run.append(i)
            continue
        if len(run) >= _NAV_RUN:
            out.update(run)
        run = []
    return out


_NAV_RUN = 3
#: The fewest heads, each over its event, that make a run a timeline.
_TIMELINE_MIN = 3


def timeline_heads(lines: list[str], skip: Callable[[int], bool] = lambda i: False) -> set[int]:
    """The heads of a timeline laid out as day over event (2019年10月28日 / 可行性研究报告获批复…,
    or 2001年 / 11月18日，公司上市。 / 12月，新厂区开工。), three or more in a row, each over one to
    three lines of its events: the story's chronology, not the page's stamps (a stamp has its
    time of day, or stands over a poster's name or a link, never over a sentence of the story).
    ``skip(i)``: line ``i`` is no event (the page's chrome)."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    k = 0
    while k < len(rows):
        run: list[int] = []
        m = k
        while m < len(rows) and _epoch_head(fold(lines[rows[m]].strip())):
            events = 0
            while m + 1 + events < len(rows) and events < _EVENTS_MAX:
                j = rows[m + 1 + events]
                event = fold(lines[j].strip())
                if _epoch_head(event) or skip(j) or len(_HANZI.findall(event)) < _EVENT_HANZI_MIN:
                    break
                events += 1
            if not events:
                break
            run.append(rows[m])
            m += 1 + events
        heads = {fold(lines[i].strip()) for i in run}
        # (after chrome too when every head is a year alone: 发展历程 / 2006 / 3月，… / 2009 / …)
        years = all(YEAR_HEAD.match(h) for h in heads)
        if len(run) >= _TIMELINE_MIN and len(heads) == len(run) and (k == 0 or not skip(rows[k - 1]) or years):
            found.update(run)  # (each head its own day: a reply's stamp repeats)
        k = m if run else k + 1
    return found


_VERSION_ALONE = rule_cache.compile(r"^(?:[Vv](?:ersion)?[ \t]?|版本[ \t]*)?\d+(?:\.\d+){1,3}$")
_RELEASE_DAY = rule_cache.compile(
    r"^(?:\d{4}[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}[ \t]*日?|\d+[ \t]*(?:天|周|个月|小时)前|昨天|今天|前天)$"
)
_CHANGE_ITEM = rule_cache.compile(r"^[-–•·*][ \t]*\S")


def release_entries(lines: list[str]) -> set[int]:
    """A release history's entries (6.4.0 / 2024年10月28日 / - 双十一账单专区上线…): each version
    alone on its line, its day under it, then its changes as items.  The version and its day are
    the history's own (an app store's or a changelog's), not the page's stamps."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for a, b, c in zip(rows, rows[1:], rows[2:], strict=False):
        if (
            _VERSION_ALONE.match(lines[a].strip())
            and _RELEASE_DAY.match(fold(lines[b].strip()))
            and _CHANGE_ITEM.match(lines[c].strip())
        ):
            found.update((a, b, c))
    return found


def _github_words(lines: list[str], chrome: set[int]) -> set[int]:
    """GitHub's single words (Code, Actions, Wiki, Maintainer, Labels, Footer) on a page that shows
    two or more of its other words (Navigation Menu, Pull requests 1, … asked this question in Q&A):
    the site's, one to a line; a Chinese tech post's ``Security`` heading stays its own."""
    strong = sum(1 for i in chrome if _GITHUB_UI.match(fold(lines[i].strip())))
    if strong < _GITHUB_STRONG_MIN:
        return set()
    return {i for i, line in enumerate(lines) if GITHUB_WORD.match(line.strip())}


_GITHUB_STRONG_MIN = 2
_INVITATION_OPENING = rule_cache.compile(r"^(?:谨詹于|谨订于|谨定于|兹定于|兹订于|谨择于|谨于|定于|订于)$")


def invitation_days(lines: list[str]) -> set[int]:
    """An invitation's formal opening and the day under it (謹詹於 / 二〇二四年十二月十四日（星期六）):
    the sentence of the invitation, its day the event's, not a stamp of the page."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for a, b in pairwise(rows):
        if _INVITATION_OPENING.match(fold(lines[a].strip())) and is_date_alone(fold(lines[b].strip())):
            found.update((a, b))
    return found


_EVENTS_MAX = 3  # lines of events under one head
_EVENT_HANZI_MIN = 6


# A reply under a post, with its writer before a colon (推 某某: …, 某某：我也是…).
_REPLY_LINE = rule_cache.compile(r"^(?:[推嘘→]\s*)?[^\s:：，。,]{1,20}\s*[:：]\s*\S")
#: The most lines a poster's signature holds under its ``--``.
_SIGNATURE_ROWS = 3
_SIGNATURE_MAX = 40


def _signatures(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A poster's signature: up to three short lines under the ``--`` that ends a post, before
    the site's lines or the replies (大劍就是浪漫 under ``--``, then 某某：我也是…).  More lines
    than that under it are the post going on."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    # (—— 2012年入坛 某某人爱某某 ——: a signature framed by dashes; or the line under a long rule,
    # ---------- / 2008年入手第一台勁戰…: each closing its poster's floors, so written twice or more)
    candidates = [
        (k, i)
        for k, i in enumerate(rows)
        if len(lines[i].strip()) <= _SIGNATURE_MAX
        and (FRAMED_SIGNATURE.match(lines[i].strip()) or (k and _LONG_RULE.match(lines[rows[k - 1]].strip())))
    ]
    signed = Counter(lines[i].strip() for _, i in candidates)
    found_framed = {
        i
        for k, i in candidates
        if signed[lines[i].strip()] >= 2
        # (——— 2019.5.3 買了第一間小套房 ——— / 小林不是小林 / 2024-10-06 23:02: framed once, over the
        # next floor's poster and stamp, it closes its floor as a signature does)
        or (FRAMED_SIGNATURE.match(lines[i].strip()) and _over_next_floor(lines, rows, k))
        # (------ / 食得是福，飲得是祿 / 回覆　引用　評分　報告: under a rule, over its floor's buttons)
        or (not FRAMED_SIGNATURE.match(lines[i].strip()) and k + 1 < len(rows) and _FLOOR_BUTTONS.match(lines[rows[k + 1]].strip()))
    }
    # (兄弟象加油 ⚾ 2013年開始進場的老球迷, 樂仔 2018/10/3 🎂 | 樂妹 2021/4/15 🎂 / 回覆 / 引用: a motto in
    # parts set apart by a symbol, the post's last line over its floor's buttons)
    found_framed.update(
        i
        for k, i in enumerate(rows[:-2])
        if len(lines[i].strip()) <= _SIGNATURE_MAX
        and _SYMBOL_PARTED.match(lines[i].strip())
        and not _SENTENCE_END_MARK.search(lines[i].strip())
        # (原PO / 2023年11月8日 18:02 / 謝謝大家 🙏 決定先撐到1/31領完再說…: the floor's one line
        # of text right under its stamp; a signature follows the text)
        and not (k > 0 and (_comment_stamp(lines[rows[k - 1]]) or _meta_line(lines[rows[k - 1]])))
        and (
            _FLOOR_BUTTONS.match(lines[rows[k + 1]].strip().replace("|", " ").replace("｜", " "))
            or (is_lone_button(lines[rows[k + 1]]) and (is_lone_button(lines[rows[k + 2]]) or rows[k + 2] in chrome))
        )
    )
    # (~ 高登仔永不言敗，輸咗當學費 ~ / 回覆 | 引用 | 收藏 | 分享: a motto between waves, over its
    # floor's buttons)
    found_framed.update(
        i
        for k, i in enumerate(rows[:-1])
        if len(lines[i].strip()) <= _SIGNATURE_MAX
        and _WAVED_SIGNATURE.match(lines[i].strip())
        and _FLOOR_BUTTONS.match(lines[rows[k + 1]].strip().replace("|", " ").replace("｜", " "))
    )
    for k, h in enumerate(rows):
        if lines[h].strip() not in ("--", "-- ") and not _SIGNATURE_HEAD.match(lines[h].strip()):
            continue
        if _SIGNATURE_HEAD.match(lines[h].strip()):
            found.add(h)  # (签名 / 人生就是一场旅行…: a forum's signature under its label)
        sig: list[int] = []
        boxes = 0  # (a signature drawn in a box, ╭───╮ … ╰───╯: its frame's lines hold no words)
        for i in rows[k + 1 : k + 2 + _SIGNATURE_ROWS + 2]:
            line = lines[i].strip()
            if (_BOX_FRAME.match(line) or _LONG_RULE.match(line)) and boxes < 2:
                boxes += 1
                sig.append(i)
                continue
            if i in chrome or _REPLY_LINE.match(line):
                break
            if len(sig) - boxes == _SIGNATURE_ROWS or len(line) > _SIGNATURE_MAX:
                sig = []
                break
            sig.append(i)
        found.update(sig)
    return found | found_framed
# A floor's buttons under its words (回覆　引用　評分　報告, 回复 支持 反对).
_FLOOR_BUTTONS = _compile(r"^(?:(?:回复|回覆|引用|评分|报告|举报|分享|收藏|编辑|删除|点评|支持|反对)[ \t\u3000]*){2,}$")
# Parts set apart by a symbol between spaces (… ⚾ …, … | …): a signature's shape, not a sentence's.
_SYMBOL_PARTED = rule_cache.compile(r"^\S.{0,30}?[ \t\u3000]+(?:[^\w\s，。,.！？!?→←➜➡⇒>＞:：\-/+~～]{1,2}\ufe0f?|[|｜])[ \t\u3000]+\S.{0,30}$")
_SENTENCE_END_MARK = rule_cache.compile(r"[。！？!?]$")
_WAVED_SIGNATURE = _compile(r"^[~～][ \t\u3000]*[^~～\s][^~～]{1,38}[~～]$")
# A forum's label over a poster's signature (签名, 个性签名, 簽名檔).
_SIGNATURE_HEAD = _compile(r"^(?:个性)?签名(?:档)?[:：]?$")
# A box's frame line, drawn with box characters only (╭────╮, ╰────╯).
_BOX_FRAME = rule_cache.compile(r"^[╭╮╰╯─━│┃┌┐└┘┏┓┗┛═║╔╗╚╝]{3,}$")


def _over_next_floor(lines: list[str], rows: list[int], k: int) -> bool:
    """Does the ``k``-th non-blank line stand right over a floor's head: a poster's name, then its stamp?"""
    below = [lines[j].strip() for j in rows[k + 1 : k + 3]]
    return len(below) == 2 and len(below[0]) <= _FLOOR_POSTER_MAX and _DATE_ONLY.match(fold(below[1])) is not None


_LONG_RULE = rule_cache.compile(r"^(?:-{4,}|—{4,}|─{4,})$")
_LEVEL_HEAD = rule_cache.compile(r"(?i:lv)\.?[ \t]*\d{1,3}")
# … whose words after the level are a rank or a count (not a game's Lv.10 解锁公会, a heading's)
_RANK_WORDS = _compile(r"^[ \t\u3000]*$|食评|评论|帖子|游记|回答|粉丝|篇|VIP|会员|新手|职业|[民者家手士神]|老司机|\d")
_NAME_MAX = 20  # the longest line over a level row read as the name it ranks


def _names_over_levels(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The short line right over a level row (Wing仔食遍港九 / Lv.5 美食家　食評 432篇): the
    reviewer's or poster's name, as the row over a post names its writer."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    for h, i in itertools.pairwise(rows):
        row = lines[i].strip()
        level = _LEVEL_HEAD.match(row)
        if (
            level is not None
            and LEVEL_ROW.match(row)
            and _RANK_WORDS.search(row[level.end() :])
            and len(lines[h].strip()) <= _NAME_MAX
            and not _SENTENCE_PUNCT.search(lines[h])
            and "，" not in lines[h]
        ):
            found.update((h, i))  # (and the row itself, 小城故事多 / Lv6　VIP)
    return found


# A notice's day alone on its line, in figures or numerals (中華民國一一四年七月二十八日, （2024年1月26日）).
_SIGNED_DATE = rule_cache.compile(
    r"^[（(]?(?:中华民国|民国)?[ \t\u3000]*[〇零○一二三四五六七八九十\d]{2,4}[ \t\u3000]*年[ \t\u3000]*"
    r"[〇零○一二三四五六七八九十\d]{1,3}[ \t\u3000]*月[ \t\u3000]*[〇零○一二三四五六七八九十\d]{1,3}[ \t\u3000]*日[)）]?$"
)
_DAY_IN_CLAUSES = _compile(r"今天|明天|昨天|后天|前天|\d{1,2}[日号]")
_CLAUSES_MIN = 8  # a line this long with a comma in it is clauses, not a poster's name
_SIGNED_BY = rule_cache.compile(r"(?:敬启|谨启|谨上|敬上|谨白|同启|启)$")


def _signed_dates(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The day under a notice's sign-off (某某管理委員會　敬啟 / 中華民國一一四年七月二十八日): the
    signature's, as the sign-off is, not an event of the notice."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    return {
        i
        for h, i in itertools.pairwise(rows)
        if h in chrome and _SIGNED_BY.search(lines[h].strip()) and _SIGNED_DATE.match(lines[i].strip())
    }


# An ad marker alone on its line (廣告, 【AD】, Sponsored).
_AD_MARK = rule_cache.compile(
    r"^[［\[【(（]?\s*(?:广告|廣告|AD|Advertisement|Sponsored|赞助内容|贊助內容|推广|推廣)\s*[］\]】)）]?$",
    re.IGNORECASE,
)
#: The longest ad text taken under its marker: a slogan, not a paragraph.
_AD_TEXT_MAX = 40


def _ad_texts(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The line right under an ad marker, held between it and more chrome, short and without a
    sentence's end (廣告 / 【限時優惠】全車系買三送一 活動至6/30止 / the next poster's name): the
    ad's slogan.  Where the story goes on under the marker, its line stays."""
    found: set[int] = set()
    for a, i, _ in _held_between_chrome(kinds, chrome):
        line = lines[i].strip()
        if (
            _AD_MARK.match(lines[a].strip())
            and len(line) <= _AD_TEXT_MAX
            and not _SENTENCE_PUNCT.search(line)
            and not (_spoken(line) or _chatty(line))
        ):
            found.add(i)
    return found


#: How many one-word items a page's label may hold under it (分享到： / 微信 / 微博 / QQ空间).
_LABEL_ITEMS = 8
#: The longest one-word item: a button, a network's or a person's name.
_LABEL_ITEM_MAX = 6
# … or a network's name in Latin letters (分享： / Facebook / WhatsApp), one word or two.
_LATIN_ITEM = rule_cache.compile(r"[A-Za-z][A-Za-z.]{0,11}(?: [A-Za-z]{1,10})?")


# A share row's label alone on its line (分享 / WhatsApp / Facebook, 分享到 / 微信 / 微博): its
# items are the networks and the link, however the label is written; without a colon, only those.
_SHARE_HEAD = _compile(r"(?:分享|分享到|分享至|分享本文|分享此文|分享文章|分享这篇文章)[：:]?")
_SHARE_ITEM = _compile(
    r"微信|微博|新浪微博|QQ|QQ空间|朋友圈|微信朋友圈|微信好友|豆瓣|知乎|抖音|小红书|Facebook|WhatsApp|Twitter|X|LINE|Line|"
    r"Telegram|Threads|Instagram|Weibo|WeChat|Email|E-mail|电邮|电子邮件|复制链接|复制网址|复制|链接|打印|列印|更多|"
    r"Messenger|Plurk|LinkedIn|Reddit",
    re.IGNORECASE,
)


_WRITER_BIO_MAX = 40
# A forum's board by its name (租屋板, 星穹旅途 哈啦板, 職場台) and a board's tabs.  (A bar's, 青岛吧,
# is read elsewhere: 算了吧 is no board.)
# (星海牧場 Online 哈啦板: a game's name in two words, then its board)
_BOARD_NAME = _compile(r"^[^\s，。,！？!?：:]{1,8}(?:[ \t\u3000][^\s，。,！？!?：:]{1,8}){0,2}(?:板|版|台)$")
_BOARD_TAB = _compile(r"^(?:文章列表|精华区|精华|看板列表|板规|版规|置顶|全部主题|最新回复|热门帖子)$")
_BOARD_HEAD_ROWS = 16
# (a related link may shout, 搶票攻略一次看！; a reply goes on past a comma or a full stop)
_COMMA_OR_STOP = rule_cache.compile(r"[，,。；;]")
# A related link's stamp closing its line (… 10/01 21:40, … 3小時前, … 2025-10-01).
_LINK_STAMP_END = _compile(
    r"[ \t\u3000](?:\d{1,2}[/-]\d{1,2}[ \t]+\d{1,2}:\d{2}|\d+[ \t]*(?:分钟|小时|天)前|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2})?)[ \t\u3000]*$"
)
_FIGURE_IN_LINE = rule_cache.compile(r"\d")
_POSTER_GENDER = _compile(r"^(?:女|男|匿名|女生|男生)$")


_REPLY_TO_TITLE = _compile(r"^(?:回复|回覆|Re)[ \t]*[:：][ \t]*(?P<title>\S.*)$")


def _replies_to_headline(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A floor's head that repeats the thread's headline after 回复: (贴吧's 回复:国庆想去婺源…): the
    board's label of the reply, where the headline stands above it; and the poster's name under it."""
    seen: set[str] = set()
    found: set[int] = set()
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    for k, i in enumerate(rows):
        line = lines[i].strip()
        m = _REPLY_TO_TITLE.match(line)
        if m is not None and m.group("title").strip() in seen:
            found.add(i)
            if k + 2 < len(rows) and kinds[rows[k + 1]] is Kind.SHORT and _LEVEL_ALONE.match(lines[rows[k + 2]].strip()):
                found.update((rows[k + 1], rows[k + 2]))  # (婺源本地老王 / 12: its poster and level)
        seen.add(line)
    return found


# A poster's rank with its title in brackets (金虫 (小有名气), 铁虫 (初入文坛)), or a profile's count
# with its grade (应助: 0 (幼儿园)), under the poster's name.
_POSTER_RANK = _compile(
    r"^[\u4e00-\u9fff]{1,4}[ \t]*[(（][\u4e00-\u9fff]{2,6}[)）]$"
    r"|^[\u4e00-\u9fff]{1,4}[ \t]*[:：][ \t]*\d[\d,]*[ \t]*[(（][\u4e00-\u9fff]{1,6}[)）]$"
)


def _poster_ranks(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A poster's rank and grade beside the poster's card (zhanglab2024 / 金虫 (小有名气) / 应助: 0
    (幼儿园) / 金币: 1234): the card's, where chrome stands next to it."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    for k, i in enumerate(rows):
        if i in chrome or not _POSTER_RANK.match(fold(lines[i].strip())):
            continue
        near = [rows[x] for x in (k - 1, k + 1) if 0 <= x < len(rows)]
        # (beside the poster's id, a floor's number or the card's counts; not a table's
        # heading, 积分榜（前四）, nor a shop's name and branch, 周记砂锅（门东店）)
        if any(_CARD_NEIGHBOUR.match(fold(lines[j].strip())) or j in found for j in near):
            found.add(i)
            # (zhanglab2024 / 金虫 (小有名气): the poster's id over its rank, the card's too)
            found.update(j for j in near if j < i and ACCOUNT_ID.fullmatch(lines[j].strip()))
            above = rows[k - 1] if k else None
            if above is not None and above not in chrome and kinds[above] is Kind.SHORT and _NAME_ONLY.match(lines[above].strip()):
                found.add(above)  # (化学小白兔 / 新虫 (初入文坛) / 3楼…: the poster over the rank)
    return found


# (an id with a letter in it, a floor's number, a card's count; not a shop's 人均：68 nor a year)
_CARD_NEIGHBOUR = rule_cache.compile(
    r"^(?=[A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_.]{3,30}$|^#?\d{1,4}[ \t]*[楼#]"
    r"|^(?:积分|金币|帖子|应助|威望|经验|红花|主题|精华|UID|贡献|声望|回帖|发帖)[ \t]*[:：][ \t]*\d[\d,]*$"
)
_NAME_ONLY = rule_cache.compile(r"^[^\s，。,.！？!?：:；;]{2,16}$")


_LEVEL_ALONE = rule_cache.compile(r"^(?:Lv\.?|LV\.?|lv\.?)?\d{1,2}$")


def _board_names(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A forum board's name in the page's head, under the site's menu and over the thread
    (Dcard / 首頁 / … / 租屋 / 租屋板 / the thread's headline), with its tabs (文章列表, 精華區):
    where the reader is, not the thread."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK][:_BOARD_HEAD_ROWS]
    found: set[int] = set()
    for k in range(1, len(rows)):
        i = rows[k]
        if i in chrome or kinds[i] is Kind.PROSE:
            continue
        # (under the site's menu, not under a stamp: 2024-07-05 / 三十八年 今天告别讲台 is a subheading)
        above = (rows[k - 1] in chrome or rows[k - 1] in found) and not _FIGURE_IN_LINE.search(lines[rows[k - 1]])
        line = lines[i].strip()
        if above and (_BOARD_NAME.match(line) or _BOARD_TAB.match(line)):
            found.add(i)
        elif (
            above
            and k + 1 < len(rows)
            and len(line) <= 6
            and _BOARD_NAME.match(lines[rows[k + 1]].strip())
            and lines[rows[k + 1]].strip().startswith(line)
        ):
            found.add(i)  # (租屋 / 租屋板: the board's topic, then the board)
        elif _POSTER_GENDER.match(line) and k + 1 < len(rows) and rows[k + 1] in chrome:
            found.add(i)  # (… / 女 / 國立臺北科技大學 / 2024年3月5日 22:41: Dcard's poster, by sex and school)
    return found


def _bios_under_accounts(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A writer's bio between the account and the post's stamp (阿桂在荃灣 / @kwai_tsuen /
    週末做義工的社工系畢業生，寫日常小事。 / 2023-11-26 21:40): the writer's card, not the post."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    for k in range(1, len(rows) - 1):
        h, i, j = rows[k - 1], rows[k], rows[k + 1]
        if (
            i not in chrome
            and h in chrome
            and j in chrome
            and len(lines[i].strip()) <= _WRITER_BIO_MAX
            and (
                (
                    # (a plurk opens with its writer's name: 柚子皮很苦 煩惱 今年中秋…)
                    not (k >= 2 and lines[i].strip().startswith(lines[rows[k - 2]].strip()))
                    and HANDLE_ALONE.match(lines[h].strip())
                    and _DATE_ONLY.match(lines[j].strip())
                )
                # (Written by 某某 / 132 Followers / 寫字的人，住在台中，偶爾畫畫。 / Responses (2): a
                # blog's writer card under the post, the writer's line about themselves)
                or _FOLLOWERS_ROW.match(lines[h].strip())
            )
        ):
            found.add(i)
    return found


# A writer's follower count on a card (132 Followers, 1.2K 位追蹤者, 粉絲 3,201).
# (only a blog's card says so: a video app's 粉丝 3.2万 stands over the post itself)
_FOLLOWERS_ROW = _compile(r"^[\d.,]+[KkMm]?\s*(?:Followers?|followers)$")


_DAY_WORD_ALONE = _compile(r"^(?:今天|昨天|前天|今日|昨日|Today|Yesterday)$", re.IGNORECASE)
_CHAT_CLOCK = _compile(r"^(?:上午|下午|早上|中午|晚上|凌晨)?[ \t]*\d{1,2}[:：]\d{2}(?:[ \t]*(?:AM|PM|am|pm))?$")


def _chat_day_words(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A chat's day divider in words over a message's clock (今天 / 上午10:05 / 感謝大家…): the
    app's, as a dated divider is (2024.06.05 星期三 / 下午3:12)."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    return {
        i
        for i, j in pairwise(rows)
        if i not in chrome
        and j in chrome
        and _DAY_WORD_ALONE.match(lines[i].strip())
        and _CHAT_CLOCK.match(fold(lines[j].strip()))
    }


def _label_items(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """One-word lines right under a label of the page's that ends in a colon (分享到： / 微信 /
    微博, 記者： / 某某): the label's items, the page's as the label is.  A comments heading
    (留言：) is excepted: what stands under it is read."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    for k, h in enumerate(rows):
        head = lines[h].strip()
        share = _SHARE_HEAD.fullmatch(head) is not None
        if h not in chrome or not (share or head.endswith(("：", ":"))) or len(head) > 12 or _COMMENTS_HEAD.match(head):
            continue
        for i in rows[k + 1 : k + 1 + _LABEL_ITEMS]:
            line = lines[i].strip()
            if (
                (share and not head.endswith(("：", ":")) and not _SHARE_ITEM.fullmatch(line))
                or (len(line) > _LABEL_ITEM_MAX and not _LATIN_ITEM.fullmatch(line))
                or kinds[i] is Kind.PROSE
                or _SENTENCE_PUNCT.search(line)
                or _SPEECH.search(line)
                or line.endswith(("：", ":"))
            ):
                break
            found.add(i)
    return found


#: How many short lines may head a post (its writer's name, then a bio).
_POST_HEAD_ROWS = 2


def _post_heads(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The writer's name and bio over each of two or more posts of the page.

    A post here opens after chrome (the last post's buttons) with one or two short lines
    without a clause of talk (the bio may be chrome already), then its text with a line of
    prose in it, closed by its stamp (发布于 2024-06-25, 編輯於 …).  When two or more posts open
    that way, the short lines are the page's heads of its posts (an answerer's name and bio),
    not the posts' words; one such post alone may be a story under its subheading.
    """
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    heads: list[int] = []
    posts = 0
    k = 1
    while k < len(rows):
        if rows[k] in chrome or rows[k - 1] not in chrome or POSTER_LEVEL.match(lines[rows[k - 1]].strip()):
            k += 1  # (追梦的小柚子 楼主 9级 / Day13，离高考还有18天: the head is the poster's row)
            continue
        lead: list[int] = []
        m = k
        while m < len(rows) and m - k < _POST_HEAD_ROWS:
            i = rows[m]
            line = lines[i].strip()
            if len(line) > SHORT_LIMIT or _meta_line(line):
                break
            if i not in chrome and (
                kinds[i] is not Kind.SHORT
                or _chatty(line)
                or _clause_pair(line)
                # (港股收升逾400點 成交重上千億: a headline's two clauses, apart by a space)
                or _spaced_clauses(line.strip())
                or _spoken(line)
                # (新豐小吳 / 明天開始請特休，直接放到22日: clauses that name a day are the post's words;
                # a bio's clauses tell of years, 去年刚复读完，今年上岸)
                or ("，" in line and _DAY_IN_CLAUSES.search(line) is not None)
                # (转自南溪新闻网：: the post's words opening what it pastes; 答： is an answer's label)
                or (line.endswith(("：", ":")) and len(line) > _ANSWER_LABEL_MAX)
            ):
                break
            lead.append(i)
            m += 1
        end = m
        while end < len(rows) and rows[end] not in chrome:
            end += 1
        text = rows[m:end]
        # (收起回复 / 老表回家 / 3楼 / the post: a head read as chrome already still opens a post)
        named = not lead and _name_like(lines[rows[k - 1]].strip())
        if (
            (lead or named)
            and text
            and end < len(rows)
            and _meta_line(lines[rows[end]])  # a post is closed by its stamp
            and any(kinds[i] is Kind.PROSE for i in text)
        ):
            posts += 1
            heads.extend(i for i in lead if i not in chrome)
        k = max(end, k + 1)
    return set(heads) if posts >= 2 else set()
_AUTHOR_BADGE = _compile(r"^(?:作者|楼主|层主|UP主|博主|原帖作者|作者回复)$")
_TALK_NAME_MAX = 13  # hanzi: a line this long with a day's word or "I" in it is a comment, no name
_TALK_WORDS = _compile(r"我|昨天|今天|明天|前天|刚才|终于|才发现")


_TITLE_MARKS = rule_cache.compile(r"[《》「」『』【】]")
#: Hanzi after a name's colon that make the line a comment, not a name (某某：好).
_SAID_MIN = 4
_TALK_RUN = 3  # short lines in a row: fewer may be a headline and its subheading


def _talk_runs(lines: list[str], kinds: list[Kind], rows: list[int]) -> set[int]:
    """The lines of runs of three or more short lines in a row (blank lines apart, no chrome
    between) of which half or more read as talk: a post written in short lines without full
    stops (如題 / 上週六去大賣場 木炭架上已經空一半 / …) between its header and its
    signature.  A menu's or a sidebar's short lines never talk."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*rows, -1]:
        if i >= 0 and kinds[i] is Kind.SHORT:
            run.append(i)
            continue
        talks = [_talk(lines[j]) for j in run]
        talk = sum(talks)
        plain = sum(1 for j, t in zip(run, talks, strict=True) if not t and _plain_sentence(lines[j]))
        # (a post's lines that state without a particle, 剛剛下班經過看到門口貼公告, count with
        # the ones that talk once one of them does)
        if len(run) >= _TALK_RUN and talk and (talk + plain) * 2 >= len(run):
            found.update(run)
        run = []
    return found


#: An institution's name closing a line (國立某某大學 工業設計學系): a poster's school, no talk.
_INSTITUTION = _compile(r"(?:大学|学院|学系|研究所|中学|小学|高中|公司|医院|银行|协会)\s*$")


# A name in Latin words alone (St. Grace Baptist Secondary School), and one in hanzi alone.
_LATIN_NAME = rule_cache.compile(r"^[A-Z][A-Za-z.&'-]*(?: [A-Za-z][A-Za-z.&'-]*){1,7}$")
_HANZI_NAME = rule_cache.compile(r"^[\u4e00-\u9fff]{2,16}$")
_PLATFORM_ALONE = rule_cache.compile(
    r"^(?:Facebook|Instagram|Threads|Twitter|YouTube|Plurk|Telegram|LINE|微博|新浪微博|小红书|抖音|快手|哔哩哔哩|噗浪)"
    r"(?:[ \t]?(?:社群|群组|频道|社团))?$"
)
# (全國法規資料庫 Laws & Regulations Database of The Republic of China (Taiwan): a longer Latin name,
# its country in brackets)
_HANZI_LATIN_NAME = rule_cache.compile(
    r"^[\u4e00-\u9fff]{2,16}[ \t\u3000]+[A-Z][A-Za-z.&'-]*(?: [A-Za-z&][A-Za-z.&'-]*){0,9}(?: \([A-Z][A-Za-z .]{1,24}\))?$"
)
_COMMENTS_WORD = _compile(r"留言|评论|回复|回应|跟贴|跟帖")
# The comments' counts with each label set apart from its figure (跟贴 12 参与 356, 网易's).
_SPACED_COMMENT_COUNTS = _compile(
    r"^(?:跟贴|跟帖|评论|留言|回复)\s*[\d,.]+[万千]?(?:\s+(?:参与|人参与|点赞|阅读|浏览)\s*[\d,.]+[万千]?)*$"
)
_NAME_BEFORE_COLON = 8  # characters: a longer line ending in a colon opens what follows, it names no one
# … and a shorter one that says a list follows (節目程序如下：, 安排如下：).
_LIST_INTRO = _compile(r"如下\s*[:：]$")
_HOUR_ROWS_MIN = 2
# A measure with its unit (21°C, 95%, 12℃, 3.5毫米): a forecast's or a tide table's figure.
_MEASURE = _compile(r"\d\s*(?:°\s*[CF]?|℃|℉|[%％]|毫米|mm\b|厘米|cm\b)")
_MEASURES_MIN = 2  # measures on the row under a day that make it the day's figures
_DAYS_MEASURED_MIN = 2  # such days on the page that make it a forecast's
# A heading in heavy brackets over a programme's first day (【中甲第4轮赛程】).
_ROWS_HEADING = _compile(r"^【[^】]{2,16}】$")
# What kind of page or piece it is, in heavy brackets (【讣告】, 【快讯】, 【公告】).
_KIND_LABEL = _compile(r"^【(?:讣告|公告|通知|快讯|独家|号外|声明|启事|突发|最新|更新)】$")
_TIMED_ITEM = _compile(
    r"^(?:上午|下午|晚上|中午|早上|凌晨|傍晚|黄昏)?[ \u3000]*\d{1,2}[ \u3000]*[时点](?:\d{1,2}分|半)?[ \u3000]+[^\s]"
    r"|^(?:上午|下午|晚上|中午|早上|凌晨|傍晚|黄昏)[ \u3000]*\d{1,2}:\d{2}[ \u3000]+[^\s]"
)
# A team's or an editor's sign-off on its own line: names, no sentence, a team word.
_SIGN_OFF = _compile(
    r"^(?=.*(?:编辑部|团队|工作室|小编|主编|秘书处|办公室))"
    r"[^\s，。,！？!?：:；;]{2,12}(?:\s+[^\s，。,！？!?：:；;]{1,10}){0,2}$"
)


_CARD_HEAD = 12  # non-blank rows of the page's head where a writer's card stands
_BIO_MAX = 60


_FOLLOW_EN = rule_cache.compile(r"^(?:Follow|Subscribe)$")
# The size of a writer's audience on a card (312 Followers, 48 Following, 1.2万 粉丝).
_AUDIENCE_COUNT = _compile(r"^[\d,.]+\s*[万千kKw]?\s*(?:followers?|following|粉丝|关注者|追踪者|追踪中|订阅者|位订阅者|人关注)$", re.IGNORECASE)


def _author_cards(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A writer's card in the page's head: a short name, one line about the writer, a follow
    button (阿德 / 彰化長大的自由撰稿人，寫吃… / 追蹤作者).  The bio may read as a sentence, but
    it is the card's, not the story's: the button under it says whose it is."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    for k in range(2, len(rows)):
        name, bio, button = rows[k - 2], rows[k - 1], rows[k]
        english = _FOLLOW_EN.match(lines[button].strip()) is not None
        if not FOLLOW_BUTTON.match(lines[button].strip()) and not english:
            continue
        name_line, bio_line = lines[name].strip(), lines[bio].strip()
        if k >= _CARD_HEAD or english:
            # (Written by 林予安 / 312 Followers / · / 48 Following / 在台北寫字的前工程師。… / Follow:
            # the writer's card at the foot, the bio under the counts)
            if name in chrome and _AUDIENCE_COUNT.match(name_line) and len(bio_line) <= _BIO_MAX and bio_line.count("。") <= 2:
                found.update((bio, button))
            continue
        if (
            kinds[name] is Kind.SHORT
            and len(name_line) <= 12
            and not _CLAUSE_MARK.search(name_line)
            and bio not in chrome
            and len(bio_line) <= _BIO_MAX
            and bio_line.count("。") <= 1
        ):
            found.update((name, bio, button))
        elif kinds[bio] is Kind.SHORT and len(bio_line) <= 12 and not _CLAUSE_MARK.search(bio_line):
            found.update((bio, button))  # a name over the button, no bio
    return found


# A reporter's name alone on its line, as a campus or a local paper signs its story (記者 林品妤).
_REPORTER_ALONE = _compile(r"^(?:记者|撰文|文字|采访|编辑|实习记者)[ \t\u3000:：／/]*[\u4e00-\u9fff·]{2,5}$")
# A row of a writer's accounts (IG：@linpy_news ｜ 信箱：linpy@…): an account or an address after its label.
_ACCOUNTS_LABEL = _compile(r"^(?:IG|FB|Instagram|Facebook|Threads|X|email|e-mail|电邮|信箱|邮箱)[ \t]*[:：]", re.IGNORECASE)
_ACCOUNT_IN = _compile(r"[@＠][\w.]|[\w.+-]@[\w-]+\.\w")


def _accounts_row(line: str) -> bool:
    """A row of a writer's accounts (IG：@linpy_news ｜ 信箱：linpy@…): a label, then an account."""
    return _ACCOUNTS_LABEL.match(line) is not None and len(line) <= _ACCOUNTS_ROW_MAX and _ACCOUNT_IN.search(line) is not None


_ACCOUNTS_ROW_MAX = 80


# A day under its bare label, no clock (日期：2022年11月19日（六）; not an e-mail's 时间：… 08:00).
_LABELLED_DAY = _compile(r"^日期[ \t]*[:：][ \t]*\d{4}[ \t]*[年/.\-](?!.*\d:\d\d)")


def _dated_facts(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A day under its label over the post's other facts (日期：2022年11月19日（六） / 路線：… /
    天氣：…): the day of the hike or the trip, the first of its facts, which the post goes on
    from; a page's own stamp has its source or its writer under it, chrome."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    return {
        i
        for i, j in pairwise(rows)
        if i in chrome
        and j not in chrome
        and _LABELLED_DAY.match(fold(lines[i].strip()))
        and _FACT.match(fold(lines[j].strip()))
        and not _SENTENCE_PUNCT.search(lines[j])
    }


def _accounts_rows(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A writer's row of accounts between chrome lines (（圖／作者提供） / IG：@slowfish.kitchen｜合作邀約：…
    / #母親節 …): the writer's card at the post's foot, not the story."""
    return {
        i
        for a, i, b in _held_between_chrome(kinds, chrome)
        if _accounts_row(fold(lines[i].strip())) and not _SENTENCE_PUNCT.search(lines[i])
    }




def _reporter_cards(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A reporter's card at the story's foot: the name alone, a line about the reporter, a row
    of accounts (記者 林品妤 / 傳科系三年級，喜歡…。 / IG：@linpy_news ｜ 信箱：…): the paper's
    card under every story of the writer, not the story; the bio reads as a sentence, and the
    accounts under it say whose it is."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    for k in range(len(rows) - 2):
        name, bio, accounts = rows[k], rows[k + 1], rows[k + 2]
        bio_line = lines[bio].strip()
        if (
            name in chrome
            and _REPORTER_ALONE.match(fold(lines[name].strip()))
            and bio not in chrome
            and len(bio_line) <= _BIO_MAX
            and bio_line.count("。") <= 1
            and _accounts_row(fold(lines[accounts].strip()))
        ):
            found.update((bio, accounts))
            # (竹報編輯室 ｜ 竹塹大學人社二館 214 室: the desk's name and room under them, over the foot)
            if k + 4 < len(rows) and rows[k + 4] in chrome:
                desk = lines[rows[k + 3]].strip()
                if _BAR_CELLS.match(desk) and not _SENTENCE_PUNCT.search(desk):
                    found.add(rows[k + 3])
    return found


_BAR_CELLS = _compile(r"^[^|｜]{2,20}(?:[ \t]*[|｜][ \t]*[^|｜]{2,30}){1,3}$")


def _under_post_header(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """Line ``i`` is a reply's text right under its post's header (``#2 路人甲 1 小時前``)."""
    if _UI_ONLY.match(lines[i].strip()):
        return False
    h = next((h for h in range(i - 1, -1, -1) if kinds[h] is not Kind.BLANK), None)
    if h is not None and _post_header(lines[h]):
        return True
    # (無名氏 [25/01/20(一)…] No.29104432 / >>No.29104417 / 站票都算好了 / 去年中秋…: an imageboard's
    # reply, its lines under its pointer and under one another, none of them a button)
    rows = 0
    while h is not None and rows < _IMAGEBOARD_LINES:
        line = lines[h].strip()
        if is_imageboard_head(line):
            return True
        if kinds[h] is Kind.CHROME and not REPLY_POINTER.match(line):
            return False
        rows += 1
        h = next((x for x in range(h - 1, -1, -1) if kinds[x] is not Kind.BLANK), None)
    return False


_IMAGEBOARD_LINES = 12  # lines of a reply under an imageboard's post head


_STORY_HEAD_ROWS = 4  # a story's kicker, headline and deck over its reporters' line


def _story_head_below(lines: list[str], kinds: list[Kind], blank: int) -> bool:
    """Do the lines under a blank line make a story's head: a few short lines, then its
    reporters' line (an e-paper's list of the page's headlines ends at the blank above them)?"""
    rows = [k for k in range(blank + 1, min(len(lines), blank + 3 * _STORY_HEAD_ROWS)) if kinds[k] is not Kind.BLANK]
    for count, k in enumerate(rows[: _STORY_HEAD_ROWS + 1]):
        if _REPORTERS.match(lines[k].strip()):
            return count >= 1
        if len(lines[k].strip()) > SHORT_LIMIT:
            return False
    return False


_SOURCE_CARD_HEAD = _compile(r"^以下文章来源于")
_CARD_NAME = rule_cache.compile(r"^[^\s，。,]{1,20}[.·•]$")
_CARD_BIO_MAX = 60


def _source_account_card(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The card of the account a WeChat article is reposted from, under 以下文章来源于某某 ，作者…:
    its name with a dot (江川气象.) and its one-line description (某某官方公众号，提供…)."""
    out: set[int] = set()
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    for k, i in enumerate(rows):
        if not _SOURCE_CARD_HEAD.match(lines[i].strip()) or k + 1 >= len(rows):
            continue
        name = rows[k + 1]
        if not _CARD_NAME.match(lines[name].strip()):
            continue
        out.add(name)
        if k + 2 < len(rows):
            bio = lines[rows[k + 2]].strip()
            if len(bio) <= _CARD_BIO_MAX and ("公众号" in bio or "官方" in bio):
                out.add(rows[k + 2])  # (its account's own line, 某某官方公众号，提供天气预报…)
    return out


# A WeChat article's stamp (原创 周敬言 远澜资本 2024年07月12日 08:30 上海): its writer, its account, its day.
_ORIGINAL_STAMP = _compile(r"^原创\s+(?:\S{1,12}\s+)?(?P<account>\S{2,20})\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_ORIGINAL_UNDATED = _compile(r"^原创\s+(?:\S{1,12}\s+)?(?P<account>\S{2,20})$")
_OPENS_ON_WHOLE_DATE = rule_cache.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|^\d{4}-\d{1,2}-\d{1,2}")
_STAMP_REACH = 12  # the head's rows the stamp may stand in
_CARD_REACH = 4  # rows under the stamp its account's card may stand (after 听全文)
_ACCOUNT_BIO_MAX = 40


def _account_card_under_stamp(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The account's card under a WeChat article's stamp (远澜资本 / 专注价值投资的长期主义者, or its
    微信号): the account the stamp names, alone on its line, and the line under it; not a
    greeting that opens the letter (各位持有人：)."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    for k, i in enumerate(rows[:_STAMP_REACH]):
        stamp = _ORIGINAL_STAMP.match(fold(lines[i].strip()))
        if stamp is None and k + 1 < len(rows) and _OPENS_ON_WHOLE_DATE.match(lines[rows[k + 1]].strip()):
            # (原创 周予白 运河边的小书房 / 2023年10月08日 18:30 浙江: the day on the line under it)
            stamp = _ORIGINAL_UNDATED.match(fold(lines[i].strip()))
        if stamp is None:
            continue
        for m in range(k + 1, min(len(rows), k + 1 + _CARD_REACH)):
            if fold(lines[rows[m]].strip()) != stamp.group("account"):
                continue
            out = {rows[m]}
            if m + 1 < len(rows):
                bio = lines[rows[m + 1]].strip()
                # (a bio is short and says one thing: not the letter's first sentence)
                if len(bio) <= _ACCOUNT_BIO_MAX and not bio.endswith(("：", ":")) and "。" not in bio[:-1]:
                    out.add(rows[m + 1])
            return out
    return set()


# A post's place tag (旺角 · 甜品研究所, 西貢 · 蚺蛇尖): a district and a spot, a dot between.
_PLACE_TAG = _compile(r"^[^\s·•，。,]{1,10}\s*[·•]\s*[^\s·•，。,]{1,16}$")
_PLACE_REACH = 16  # the head's rows a post's place tag may stand in (a site menu of nine above it)


def _place_under_follow(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The place an Instagram post was tagged at, right under the follow button in its head
    (hkfoodie_miumiu / • / 追蹤 / 旺角 · 甜品研究所): the post's furniture, over its caption."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK][:_PLACE_REACH]
    found: set[int] = set()
    for k in range(1, len(rows)):
        h, i = rows[k - 1], rows[k]
        caption = lines[rows[k + 1]].strip().partition(" ")[0] if k + 1 < len(rows) else ""
        # (under the follow button, or right under the account's id when the page shows none:
        # kwuntong.eats / 觀塘工業區 / kwuntong.eats 琴日終於試咗…)
        if not FOLLOW_BUTTON.match(fold(lines[h].strip())) and not (caption and lines[h].strip() == caption):
            continue
        line = fold(lines[i].strip())
        # (or any short place, 台北市大同區, where the caption under it opens with the account's id)
        if _PLACE_TAG.match(line) or (
            len(line) <= _PLACE_MAX
            and not _SENTENCE_PUNCT.search(line)
            and ACCOUNT_ID.fullmatch(caption) is not None
            and caption in {lines[r].strip() for r in rows[:k]}
        ):
            found.add(i)
    return found
_PLACE_MAX = 24


_DISPLAY_NAME_MAX = 24


# Plurk's qualifier, the verb set before a plurk's words under the account (說, 想, 覺得, 希望).
_PLURK_QUALIFIER = rule_cache.compile(r"^(?:说|想|问|喜欢|喜爱|爱|觉得|希望|需要|讨厌|正在|想要|曾经|会|给|分享|宣布|猜|好奇|要|有|是|对)$")


# An office's or a company's name alone on its line (武汉市公安局交通管理局, 某某区人民政府办公室).
_ISSUER = rule_cache.compile(r"^[\u4e00-\u9fff]{4,20}(?:局|委员会|政府|办公室|中心|公司|学校|厅|处|署|所|院)$")


def _issuer_over_foot(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """An issuer's name closing the story, over the page's foot (… / 武汉市公安局交通管理局 /
    相关新闻): the notice's signature; a headline of that shape stands over the story instead."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    first_prose = next((i for i in rows if kinds[i] is Kind.PROSE), None)
    if first_prose is None:
        return set()
    # (not over a picture's placeholder: a subheading of that shape, 走进社区服务中心 / 图片 / the
    # story going on, is the story's)
    return {
        i
        for i, nxt in pairwise(rows)
        if i > first_prose
        and i not in chrome
        and nxt in chrome
        and not _IMAGE.match(lines[nxt].strip())
        and _ISSUER.match(fold(lines[i].strip()))
    }


_PLURK_PAGE = rule_cache.compile(r"噗浪|plurk", re.IGNORECASE)
_PLURK_HEAD = 6


def _plurk_qualifiers(lines: list[str], kinds: list[Kind]) -> set[int]:
    """A plurk's qualifier alone under the account's handle (@orangesoda_tw / 想 / 下週末要不要…):
    the site's label for the plurk, no word of it."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    if not any(_PLURK_PAGE.search(lines[i]) for i in rows[:_PLURK_HEAD]):
        return set()  # (a one-word reply, 对, under an account on X or Threads is what was said)
    return {
        b
        for a, b in pairwise(rows)
        if HANDLE_ALONE.match(lines[a].strip()) and _PLURK_QUALIFIER.match(fold(lines[b].strip()))
    }


def _names_over_handles(lines: list[str], kinds: list[Kind]) -> set[int]:
    """An account's display name right over its handle alone on the next line (Cantonese Sam /
    @sam_hk852, as X and Threads show a post's or a reply's writer): the writer's name, chrome
    as the handle's line is."""
    return _names_over(lines, kinds, HANDLE_ALONE, (Kind.SHORT, Kind.CHROME))


def _names_over(lines: list[str], kinds: list[Kind], below: re.Pattern[str], name_kinds: tuple[Kind, ...]) -> set[int]:
    """The short lines of a name (no sentence) right over a line that ``below`` matches: a
    writer's or a commenter's head, whatever the platform puts under the name."""
    out: set[int] = set()
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    for a, b in pairwise(rows):
        name = lines[a].strip()
        if (
            below.match(lines[b].strip())
            and kinds[a] in name_kinds
            and len(name) <= _DISPLAY_NAME_MAX
            and not _SENTENCE_PUNCT.search(name)
            and "，" not in name
        ):
            out.add(a)
    return out


_PATH_ROW_MAX = 16  # a step of a site's path, written one to a line


def _site_path_lines(lines: list[str], kinds: list[Kind], top: list[int], chrome: set[int]) -> set[int]:
    """The page's first short lines, one step of the site's path to a line, when a site or forum
    name is among them and a thread's tagged headline or a chrome line follows (BabyKingdom 寶寶王 /
    親子討論區 / 教育王 / 幼稚園 / 【分享】…): the site's name and its path."""
    run: list[int] = []
    for i in top:
        line = lines[i].strip()
        if i in chrome or kinds[i] is not Kind.SHORT or len(line) > _PATH_ROW_MAX or _SENTENCE_PUNCT.search(line) or "，" in line:
            break
        run.append(i)
    if len(run) < 3 or len(run) == len(top):
        return set()
    after = top[len(run)]
    follows = after in chrome or kinds[after] is Kind.CHROME or lines[after].strip()[:1] in "【["
    named = any(_SITE_NAME.match(lines[j].strip()) or is_site_name(lines[j].strip()) for j in run)
    return set(run) if follows and named else set()


def _over_floor_foot(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """Line ``i`` is a floor's text right over the floor's foot row, its number and stamp
    (打卡+1，明天三模 / 来自Android客户端 2楼 2024-05-08 21:30): a reply, however short."""
    line = lines[i].strip()
    if _UI_ONLY.match(line) or not _HANZI.search(line):
        return False
    below = [h for h in range(i + 1, min(len(lines), i + 2 * _FLOOR_TEXT_ROWS)) if kinds[h] is not Kind.BLANK]
    for h in below[:_FLOOR_TEXT_ROWS]:
        foot = lines[h].strip()
        if _FLOOR_FOOT.search(foot) is not None and _reply_stamp(foot):
            return True  # (the floor's other lines between: 2024年6月7日高考… / 立个帖子… / 来自…1楼)
        if kinds[h] is Kind.CHROME or POSTER_LEVEL.match(foot) or _UI_ONLY.match(foot):
            return False
    return False


_FLOOR_TEXT_ROWS = 6  # lines of a floor's text over its foot row read as one block


_NAME_PART_MAX = 6  # characters of one part of a name set apart by wide spaces (校長辦公室　教務處)


def _count_under_reply(lines: list[str], kinds: list[Kind], h: int) -> bool:
    """A comment's likes under its reply button (讚 / 回覆 / 3): the next commenter's name follows."""
    if not _BARE_FIGURE.match(lines[h].strip()):
        return False
    g = next((g for g in range(h - 1, max(-1, h - 3), -1) if kinds[g] is not Kind.BLANK), None)
    return g is not None and bool(_REPLY_BUTTON.match(lines[g].strip()))




# A link to another story under an arrow's bullet (▸ 漁船回港避風 海巡署昨起加強巡查): a headline,
# no sentence.
_ARROW_STORY_LINK = rule_cache.compile(r"^[▸►▶➤](?!\ufe0f)[ \t\u3000]*[^。；;：:]{4,40}$")  # (not a field, ▸朴子轉運站—燈區：每15分鐘一班)
#: The fewest such links, one under another, that make a list of links.
_ARROW_STORY_LINKS_MIN = 2


def _bulleted_links(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """Links to other stories under an arrow's bullet, two or more one under another, between the
    page's furniture (（圖／…） / ▸ 颱風假怎麼放？… / ▸ 漁船回港避風… / 分享): the outlet's, not the story's."""
    found: set[int] = set()
    run: list[int] = []
    before = -1  # the non-blank line over the run
    for i, kind in enumerate(kinds):
        if kind is Kind.BLANK:
            continue
        if _ARROW_STORY_LINK.match(lines[i].strip()):
            run.append(i)
            continue
        # (the story's own arrowed points over its share row follow its words: links follow the
        # story's foot, a picture's credit or the page's furniture)
        if len(run) >= _ARROW_STORY_LINKS_MIN and i in chrome and before in chrome:
            found.update(run)
        run = []
        before = i
    return found


# An item of a programme: a bullet maybe, its name, a bar, then its day (■ 開幕式｜7/6（六）14:00).
_DATED_ITEM = rule_cache.compile(r"^[■◆●▪・•◇□]?[ \t]*[^｜|\s]{2,24}[ \t]*[｜|][ \t]*(?:\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}日|每[周週])")


def _dated_items_under(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """Does the line under heading ``i`` open a programme of dated items (■ 開幕式｜7/6（六）14:00)?"""
    if not _PROGRAMME_HEAD.search(lines[i]):
        return False  # (相关阅读 / 早报｜3月4日：…: stories, each headed by its day)
    j = next((j for j in range(i + 1, min(len(lines), i + 3)) if kinds[j] is not Kind.BLANK), None)
    return j is not None and _DATED_ITEM.match(lines[j].strip()) is not None


_PROGRAMME_HEAD = _compile(r"活动|节目|场次|课程|讲座")


# A sidebar's list of the latest comments under its heading, each a name, the words and the day
# (最新回應 / 小林不在家：那個銅把手我阿公家也有！ (11/19)).
_LATEST_HEAD = _compile(r"^(?:最新|近期|最近)(?:回应|留言|评论|回复)$")
_LATEST_ROW = rule_cache.compile(r"^[^\s：:，。,]{1,12}[：:][^：:]{1,30}[ \t]*[(（]\d{1,2}/\d{1,2}[)）]$")


def _latest_comments(lines: list[str], kinds: list[Kind]) -> set[int]:
    """The rows of a blog's "latest comments" box under its heading: the site's sidebar."""
    found: set[int] = set()
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    for k, h in enumerate(rows):
        if not _LATEST_HEAD.match(lines[h].strip()):
            continue
        for i in rows[k + 1 :]:
            if not _LATEST_ROW.match(lines[i].strip()):
                break
            found.add(i)
    return found


def _answerer_bios(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """A Zhihu answerer's bio between its name (chrome) and the answer's votes (林间小石头 /
    北京师范大学 教育学硕士 / 216 人赞同了该回答): the writer's card, not the answer."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    found: set[int] = set()
    for k in range(1, len(rows) - 1):
        i = rows[k]
        line = lines[i].strip()
        votes = lines[rows[k + 1]].strip()
        if (
            len(line) > _POSTER_BIO_MAX
            or _SENTENCE_PUNCT.search(line)
            or len(votes) > ANSWER_VOTES_MAX
            or ANSWER_VOTES.search(votes) is None
        ):
            continue
        name = lines[rows[k - 1]].strip()
        if rows[k - 1] in chrome:
            found.add(i)
        elif (
            len(name) <= _ANSWERER_NAME_MAX
            and not _SENTENCE_PUNCT.search(name)
            and "，" not in name
            # (旅行的意义 / 宁波人，周末都在路上 / 876 人赞同了该回答: a bio in clauses, under the last
            # answer's buttons)
            and ("，" not in line or (k >= 2 and rows[k - 2] in chrome))
        ):
            # (律师小周 / 劳动法律师 / 326 人赞同了该回答: the answerer's name over the bio, neither
            # chrome before)
            found.update((rows[k - 1], i))
    return found


_ANSWERER_NAME_MAX = 12  # characters of an answerer's name over the bio
_ANSWER_LABEL_MAX = 4  # characters of a label over a post's text (答：), at most
# A question's counts under it (关注者 1,204 | 被浏览 3,887,102).


# A link to a topic's page, its name in brackets and a few words (【颱風消息】每日更新).
_TOPIC_LINK = _compile(r"^【[^】\s]{2,8}】[^，。！？!?\s,]{0,6}(?:更新|专题|一览|懒人包|整理|汇总|全纪录|看这里)$")


_MENU_RUN_MIN = 5  # lines of such items in a row


def _head_menu_runs(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """Above the story's first sentence, a run of short items one to a line (新聞主頁 / 即時新聞 /
    本地 / … / 視像新聞 / 新聞專題 / 報料快線 / 主頁), most of them already known for menu words:
    the site's menu, its unknown items too (the headline under it is longer than any)."""
    first = next((i for i, k in enumerate(kinds) if k is Kind.PROSE), len(kinds))
    out: set[int] = set()
    run: list[int] = []
    for i in range(first + 1):
        line = lines[i].strip() if i < first else ""
        if i < first and kinds[i] is Kind.BLANK:
            continue
        if i < first and 0 < len(line) <= _MENU_ITEM_MAX and not _SENTENCE_PUNCT.search(line):
            run.append(i)
            continue
        known = sum(j in chrome or bool(_MENU_WORD.match(fold(lines[j].strip()))) for j in run)
        # (#42 / 窮L一條 / 3 小時前 / 真係慘 / 3 / 0: a thread's floors in short lines, their numbers
        # and ages among them; a menu holds neither)
        thread = sum(1 for j in run if is_floor_number(lines[j]) or _POST_META.search(fold(lines[j].strip()))) >= 2
        if len(run) >= _MENU_RUN_MIN and not thread and (
            2 * known > len(run)
            # (a menu of words of four characters at most, two fifths of them known, 豆瓣社区 /
            # 首页 / 浏览发现 / 话题广场 / 小组, or three of eight or more: a post's short lines
            # are longer than a site's tabs)
            or (
                all(len(lines[j].strip()) <= _TAB_MAX for j in run)
                and ((known >= 2 and 5 * known >= 2 * len(run)) or (known >= 3 and len(run) >= _LONG_MENU))
            )
            # (… / 會議紀錄 / 議員名單 / 聯絡我們: a side menu closed by the site's contact link)
            or (
                len(run) >= _MENU_RUN_MIN
                and _MENU_CLOSE.match(fold(lines[run[-1]].strip())) is not None
                and all(len(lines[j].strip()) <= _SIDE_ITEM_MAX for j in run)
            )
        ):
            out.update(run)
        run = []
    return out


_MENU_CLOSE = _compile(r"^(?:联络我们|联系我们|关于我们|网站地图|联系方式)$")
_SIDE_ITEM_MAX = 6  # characters of a side menu's item


_TAB_MAX = 4  # characters of a site's menu tab
_LONG_MENU = 8  # tabs in a row, three of them known, that make a menu whatever the rest are
_TOP_TABS = 4  # lines over a tab at the page's very top
_TAB_WORD = 2  # a tab's word (热门, 最新); 推荐阅读 heads a list


def _over_post_head(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """Is the section word at ``i`` over a post's head, its writer's account and its age
    (為你推薦 / ayu.loves.music / 2天): the site's tab "for you" over one post, no list?"""
    below = [lines[j].strip() for j in range(i + 1, min(len(lines), i + 6)) if kinds[j] is not Kind.BLANK][:2]
    return len(below) == 2 and USER_ID.match(below[0]) is not None and _POST_AGE.match(below[1]) is not None


def _in_menu(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """Is the section word at ``i`` (熱門, 最新) one of a menu's items, one to a line, with the
    next item under it (Dcard / 首頁 / 熱門 / 最新 / 看板): a menu, not a list's heading?"""
    # (… or, at the page's top, under the item before it: Dcard / 熱門 / 最新 / 看板列表, whose
    # last tab is no word of a menu)
    above = sum(1 for k in kinds[:i] if k is not Kind.BLANK) if len(lines[i].strip()) <= _TAB_WORD else _TOP_TABS
    for j in (
        next((j for j in range(i + 1, len(lines)) if kinds[j] is not Kind.BLANK), None),
        next((j for j in range(i - 1, -1, -1) if kinds[j] is not Kind.BLANK), None) if above < _TOP_TABS else None,
    ):
        if j is None:
            continue
        item = lines[j].strip()
        if _MENU_WORD.match(item) or (len(item) <= 8 and _SECTION.match(item)):
            return True
    # (首頁 / 熱門 / 追蹤看板 / 租屋: an item among short items one a line, a menu's word over it)
    up = next((j for j in range(i - 1, -1, -1) if kinds[j] is not Kind.BLANK), None)
    down = next((j for j in range(i + 1, len(lines)) if kinds[j] is not Kind.BLANK), None)
    return (
        up is not None
        and down is not None
        and bool(_MENU_WORD.match(lines[up].strip()))
        and len(lines[down].strip()) <= _MENU_ITEM_MAX
        and not _SENTENCE_PUNCT.search(lines[down])
    )
_COMMENTER = _compile(r"^[^，。,！？!?：:；;@＠]{1,24}$")
# A poster's level under the name, perhaps with a title (Lv.9 资深吧友, LV12 吧主).
_LEVEL_BADGE = _compile(r"^(?:lv|LV|Lv)\.?\s*\d{1,3}(?:\s+\S{1,10})?$")


# A reply's quote header naming only the floor it quotes (引用 #4, 引用 3楼:): a floor's
# furniture, however short, never the reply's text.
#: Any reply's quote header (引用 #1, 引用 某某 发表于 2024-12-28 20:15 的内容：).
# (a bare 引用 over the quoted line, as LIHKG prints it, too)
_QUOTE_HEADER = _compile(r"^(?:引用|引述)(?:(?:\s|[:：#@]).{0,40})?$|^原帖由\s*\S{1,20}\s*于.{6,24}发表$")
_QUOTE_FLOOR = _compile(r"^(?:引用|引述)\s*(?:#\d{1,4}|第?\s*\d{1,4}\s*楼|[Bb]\d{1,4})\s*[:：]?$")


_LIKE_COUNT = rule_cache.compile(
    r"^(?:亮了|点亮|推荐|赞|点赞|顶|踩|有用|感谢|喜欢|支持|反对)\s*[(（]\d[\d,.]*[万千kKw]?[)）]$"
)


_SORT_TAB = rule_cache.compile(r"^(?:最热|最新|最早|最赞|热门|默认|按热度|按时间|热度|时间|正序|倒序)$")


def _comment_rows(lines: list[str], kinds: list[Kind], chrome: set[int]) -> tuple[set[int], set[int]]:
    """The texts and the commenters' names of a comment section or a thread's floors.

    A comment section repeats one shape: each comment has a row of stamp and buttons at its
    foot (name, text, ``3天 · 讚 · 回覆``) or a floor's row at its head (``#2 某某 3 日前``,
    then the text).  Between two such rows the lines are the commenter's name (the first line
    over a foot row; the last line under a floor row that does not name its poster) and the
    comment's text, whatever its length or script (+1, 推, lol, 学习了): what a reader reads.
    Stamps, badges and buttons among them stay chrome.  Two rows of one kind make a section.
    """
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    pos = {i: k for k, i in enumerate(rows)}
    text = {i: lines[i].strip() for i in rows}
    floors = [(k, _floor_head(text[i])) for k, i in enumerate(rows)]
    feet = [k for k, i in enumerate(rows) if _foot_row(text[i])]
    # (or the row set out a part a line, Facebook's 1星期 / 讚好 / 回覆: each part a foot)
    feet = sorted({*feet, *(k + d for k in range(len(rows) - 2) if _split_foot(rows[k : k + 3], text) for d in range(3))})
    # (under a line of text: the post's own like row stands under its counters, 阅读 1.2万)
    votes = [
        k
        for k, i in enumerate(rows)
        if k > 0
        and kinds[rows[k - 1]] is not Kind.CHROME
        and _vote_row(text[i])
        and not _foot_row(text[i])
    ]
    if len(votes) >= 2:
        feet = sorted({*feet, *votes})
    # floor rows naming nobody stand at their floors' feet (name, text, 6楼 2025-07-14 21:30)
    # when the lines under them read as names and the lines over them as texts (punctuated or
    # long) clearly more often than the other way round (name, 1楼 2025-11-09 22:19, text)
    bare = [k for k, (is_head, _) in floors if not is_head and is_floor_row(text[rows[k]])]

    def said_line(k: int) -> bool:
        return 0 <= k < len(rows) and bool(
            _COMMENT_PUNCT.search(text[rows[k]]) or len(text[rows[k]]) > 16
        )

    def name_like(k: int) -> bool:
        return 0 <= k < len(rows) and bool(_COMMENTER.match(text[rows[k]])) and not said_line(k)

    score = sum(
        name_like(k + 1) - name_like(k - 1) + said_line(k - 1) - said_line(k + 1) for k in bare
    )
    if len(bare) >= 2 and score * 2 >= len(bare):
        feet = sorted({*feet, *bare})
    heads = [(k, named) for k, (is_head, named) in floors if is_head]
    # numbered rows naming nobody (B1・8月12日 22:50) are read the same way: at their floors'
    # feet when the lines round them say so as clearly, else at their heads
    unnamed = [k for k, named in heads if not named and is_floor_row(text[rows[k]])]
    if len(unnamed) >= 2 and sum(
        name_like(k + 1) - name_like(k - 1) + said_line(k - 1) - said_line(k + 1) for k in unnamed
    ) * 2 >= len(unnamed):
        feet = sorted({*feet, *unnamed})
        heads = [(k, named) for k, named in heads if k not in set(unnamed)]
    read_heads = len(bare) >= 2 and score * 2 <= -len(bare) and not heads
    if read_heads:
        # the other way round, as clearly (name, 3楼 2026-05-06 21:45, text): the rows head
        # their floors and name nobody, so the last line over each is its floor's poster; read
        # from the neighbours only, they keep no line that reads as chrome alone (亮了(64))
        heads = [(k, False) for k in bare]
    keep: set[int] = set()
    names: set[int] = set()

    def furniture(i: int) -> bool:
        line = text[i]
        return bool(
            _UI_ONLY.match(line)
            or _LEVEL_BADGE.match(line)
            or _foot_row(line)
            or (_meta_line(line) and not _stamped_comment(line))  # (名字: 回复 某某 :好嘞 2026-4-3 20:41)
            or _comment_stamp(line)
            or is_tool_row(line)
            or _button_counts(line)
            or _QUOTE_FLOOR.match(line)
            or _REACTIONS.match(line)  # (👍 35 👎 2: a reply's votes)
            or _LIKE_COUNT.match(line)  # (亮了(96), 推荐(36): a floor's button and its count)
            or _REGION_ALONE.match(line)  # (王小满 / 浙江 / …: the commenter's region under the name)
            or _CARD_FIELD.match(line)  # (级别: 新手上路 / 威望: 1: the poster's card)
            or _RANK_FIELD.match(line)
            or (len(line) <= _BADGE_MAX and _BADGE.match(line) is not None)  # (超话主持人 under a name)
        )

    def said(i: int) -> bool:
        # a line of the comment that reads as chrome on its own is kept when it is short (+1,
        # 推), talks, or gives an address with words (想問可以電郵 …); a long notice in a
        # floor (本帖最后由某某于…编辑) stays chrome
        line = text[i]
        return (
            kinds[i] is not Kind.CHROME
            or len(line) <= 12
            or _chatty(line)
            or (
                not _plain_furniture(line)
                and (
                    bool(_SPEECH.search(_URLISH.sub(" ", line)))
                    or (bool(_URLISH.search(line)) and len(_HANZI.findall(line)) >= 4)
                )
            )
        )

    def _long_chrome(i: int) -> bool:
        # a definite chrome line longer than a short reply: the gap is no comment
        return kinds[i] is Kind.CHROME and len(text[i]) > 12 and not furniture(i)

    def _page_button(i: int) -> bool:
        # the page's button under the last floor (回應文章, 发表回复): short, a button word
        return i in chrome and len(text[i]) <= 8 and bool(_UI_RUN.search(text[i])) and not _chatty(text[i])

    def _section_top(i: int) -> bool:
        # chrome over the first comment: a sort row (按热度　按时间), a heading, a menu
        # (a comment's own stamp over its text, 2025-3-12 10:02, is no top)
        return i in chrome and bool(
            _UI_RUN.search(text[i])
            or _SORT_TAB.match(text[i])  # (最热 / 最新: the comments' order, one tab a line)
            or _long_chrome(i)
            or (
                kinds[i] is Kind.CHROME
                and len(_TOKEN_SPLIT.split(text[i])) >= 2
                and not _comment_stamp(text[i])
            )
        )

    if len(feet) >= 2:
        # the first comment starts after the chrome over it (最相关 ▼, 按热度　按时间)
        # (a comment has at least its text over its foot row, whatever that text reads as)
        start = feet[0] - 2
        while start >= 0 and feet[0] - start <= 4 and not _section_top(rows[start]):
            start -= 1
        for a, b in zip([start, *feet], feet, strict=False):
            gap = [rows[k] for k in range(a + 1, b)]
            # a badge under the last comment (UP主觉得很赞) is the last comment's
            # (and so is the heading of the next answers, 其他回答（2）)
            while (
                len(gap) >= 2
                and gap[0] in chrome
                and (
                    _UI_RUN.search(text[gap[0]])
                    or (kinds[gap[0]] is Kind.CHROME and _COUNT_LINE.match(text[gap[0]]))
                    # (讚 / 回覆 / 3 / 林媽媽 / …: the last comment's likes, over the next name)
                    or _BARE_FIGURE.match(text[gap[0]])
                )
                and not (_badge_only(text[gap[0]]) or _NAMED_COMMENT.match(text[gap[0]]))
            ):
                gap = gap[1:]
            if len(gap) >= 3 and _AUTHOR_BADGE.match(text[gap[0]]) and name_like(pos[gap[1]]) and not _talk(text[gap[1]]):
                names.add(gap[0])  # 作者 / 新竹在地生活圈 / its words: the badge over the writer's name
                gap = gap[1:]
            if len(gap) == 1:
                if _NAMED_COMMENT.match(text[gap[0]]) and not furniture(gap[0]):
                    keep.add(gap[0])
                continue
            # a name over one line is a comment, whatever that line reads as alone (2026.10.3
            # 打卡遇龙河 跟视频里一模一样); a longer gap holding a long chrome line is no comment
            lone = (
                len(gap) == 2
                and bool(_COMMENTER.match(text[gap[0]]))
                and (said(gap[1]) or not _page_notice(text[gap[1]]))
            )
            if not gap or len(gap) > 8 or (any(_long_chrome(i) for i in gap) and not lone):
                continue
            first, rest = gap[0], gap[1:]
            if _COMMENTER.match(text[first]) and not _SENTENCE_PUNCT.search(text[first]):
                names.add(first)
            if (
                len(rest) >= 3
                and kinds[rest[-2]] is Kind.SHORT
                and name_like(pos[rest[-2]])
                and not _talk(text[rest[-2]])
                and said_line(pos[rest[-3]])
                # (B1 · 某大學 / 2023年11月20日 14:20 / its text: the floor's stamp under its number, no
                # remark; 引用 某某 发表于 … 的内容： / the quoted words: the quote's header)
                and not text[rest[-3]].startswith(("引用", "引述"))
                and not (len(rest) == 3 and _NUMBERED_FLOOR.match(text[first]) and furniture(rest[-3]))
            ):
                # a reply without a foot row over the next comment (作者 / 欢迎！…～ / 一只南瓜 /
                # 新店开张…): the line over the last text, a name after a finished remark, is
                # the next commenter's
                names.add(rest[-2])
                rest = [i for i in rest if i != rest[-2]]
            # a name right over its comment's stamp, the text under them (网友 某某 / 2025-4-2
            # 09:10 / text), is the poster's; a stamp over the foot row closes the text instead
            poster = {
                a
                for a, b in pairwise(gap[:-1])
                if name_like(pos[a]) and not _talk(text[a]) and _comment_stamp(text[b])
            }
            names |= poster
            rest = [i for i in rest if i not in poster]
            # a comment's only line is its text, whatever it reads as alone (2026.10.3 打卡…)
            keep.update(i for i in rest if not furniture(i) and (said(i) or len(rest) == 1))
            names.update(i for i in rest if furniture(i))  # its stamp (江苏 · 11月3日), a badge
    if len(heads) >= 2:
        head_named = dict(heads)
        ends = [k for k, _ in heads[1:]]
        # the last floor runs to the page's next row of furniture
        last = heads[-1][0] + 1
        while last < len(rows) and (
            last == heads[-1][0] + 1
            or not (kinds[rows[last]] is Kind.CHROME or _page_button(rows[last]))
        ) and last - heads[-1][0] <= 6:
            last += 1
        ends.append(last)
        for (a, named), b in zip(heads, ends, strict=False):
            gap = [rows[k] for k in range(a + 1, b)]
            if b != ends[-1] and not named:
                following = head_named[b]
                if not following and len(gap) >= 2:
                    gap = gap[:-1]  # the next floor's poster, over its number
            if any(_long_chrome(i) and not said(i) for i in gap):
                continue  # a block of the page's furniture between two floors: no reply
            keep.update(
                i for i in gap if not furniture(i) and said(i) and not (read_heads and kinds[i] is Kind.CHROME)
            )
    return keep & chrome, names - keep


# A replier's name over its reply's age (Threads, IG: ming.eats / 2天 / text / 12): a user id,
# or a short name without punctuation or spaces.
_REPLIER = _compile(r"^[^\s，。,！？!?：:；;@＠|｜>›]{1,8}$")
_REPLY_ROWS = 6  # rows of one reply's text under its head, at most


def _reply_head(lines: list[str], rows: list[int], kinds: list[Kind], k: int) -> bool:
    """Rows ``k`` and ``k + 1`` are a reply's head: the replier's name over the reply's age or
    stamp (kwun_tong_foodie / 3天, 小薯仔 / 2天前)."""
    if k + 1 >= len(rows):
        return False
    name, stamp = lines[rows[k]].strip(), lines[rows[k + 1]].strip()
    return bool(
        (USER_ID.match(name.lower()) or _REPLIER.match(name))
        and not _COUNTER_ONLY.match(name)
        and _reply_stamp(stamp)
        and not _reply_stamp(name)
    )


_COUNTER_ONLY = rule_cache.compile(r"^[\d,.]+[万千kKwW]?$")


def _headed_replies(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The texts of replies that each stand under a head of name and age, with no foot row of
    buttons (Threads, IG: name / 3天 / text / 45 / name / 2天 / text …).

    A reply's text is the rows after its head up to its like count, a button or the next head.
    Two heads at least, each with text under it and no stamp in that text: a list of other
    stories (headline / 3小時前) has its stamp under each headline and nothing between.
    """
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    heads = [k for k in range(len(rows) - 1) if _reply_head(lines, rows, kinds, k)]
    texts: list[list[int]] = []
    for h in heads:
        text: list[int] = []
        k = h + 2
        while k < len(rows) and len(text) < _REPLY_ROWS:
            i = rows[k]
            line = lines[i].strip()
            if (
                kinds[i] is Kind.CHROME
                or k in heads
                or _reply_stamp(line)
                or _reply_furniture(line)
                or (k + 1 < len(rows) and _reply_stamp(lines[rows[k + 1]].strip()))
                or (k + 1 < len(rows) and HANDLE_ALONE.match(lines[rows[k + 1]].strip()))
            ):
                # the reply's likes or buttons, the next reply's head, a name over a stamp or
                # over its handle (Kevin在成都 / @kevin_cd, as X shows the next writer)
                break
            text.append(i)
            k += 1
        texts.append(text)
    if len(heads) < 2 or sum(1 for t in texts if t) < 2:
        return set()
    # (a line without words, cv24123456, is an id or a code under the stamp)
    return {i for t in texts for i in t if i in chrome and len(_HANZI.findall(lines[i])) >= 2}


# A reply's head in a comment list: the replier's name and the reply word (阿花 回覆：).
_REPLY_HEAD = _compile(r"^[^\s，。,！？!?：:；;]{1,16}\s*(?:回复|回覆|回应)\s*[:：]$")


def _listed_commenters(lines: list[str], kinds: list[Kind], chrome: set[int]) -> set[int]:
    """The commenters' names of a comment list without stamps, under its heading (留言列表):
    each comment is a short name without punctuation over the comment's text, which speaks
    (小米妈妈 / 照着做成功了！…); a reply is headed ``名字 回复：``.  Two names at least, or none."""
    rows = [i for i in range(len(lines)) if kinds[i] is not Kind.BLANK]
    text = {i: lines[i].strip() for i in rows}
    found: set[int] = set()
    for k, h in enumerate(rows):
        if h not in chrome or not _COMMENTS_HEAD.match(text[h]):
            continue
        block: list[int] = []
        for i in rows[k + 1 :]:
            if kinds[i] is Kind.CHROME or _COMMENTS_HEAD.match(text[i]):
                break
            block.append(i)
        names: set[int] = set()
        for a, b in pairwise(block):
            if _REPLY_HEAD.match(text[a]) or (
                len(text[a]) <= 16
                and not _COMMENT_PUNCT.search(text[a])
                and not _SENTENCE_PUNCT.search(text[a])
                and _COMMENT_PUNCT.search(text[b])
                and b not in names
            ):
                names.add(a)
        if len(names) >= 2 and all(i in names or _COMMENT_PUNCT.search(text[i]) for i in block):
            found |= names
    return found


# Bahamut's vote buttons alone on their lines (GP / 152 / BP / -): a floor's buttons when they stand
# among the others (not 推 alone, which a reply may say).
_LONE_VOTES = frozenset({"GP", "BP"})
_BUTTON_MAX = 8  # characters of a short button's line in a run of them


def _menu_or_vote(line: str) -> bool:
    return bool(_MENU_WORD.match(line)) or line in _LONE_VOTES


def _among_buttons(lines: list[str], rows: list[int], r: int, end: int, chrome: set[int]) -> bool:
    """Menu words ``rows[r..end]`` in a run of short lines, two or more of them buttons already
    read (找回密码 / 注册 / 论坛 / 排行榜 / 帮助): the site's menu or a floor's buttons."""
    if any(len(lines[rows[k]].strip()) > _BUTTON_MAX for k in range(r, end + 1)):
        return False
    buttons = 0
    for step in (-1, 1):
        k = r - 1 if step < 0 else end + 1
        while 0 <= k < len(rows) and rows[k] in chrome and len(lines[rows[k]].strip()) <= _BUTTON_MAX:
            buttons += 1
            k += step
    return buttons >= 2
