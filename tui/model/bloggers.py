"""Find the @handles an article names, who they are, and every place they appear.

Works on the original text (its rules are written in Simplified and read text
folded to Simplified, :mod:`tui.model.fold`), needs no word segmenter, and so is
ready before jieba is.

A handle is ``@`` or ``＠`` and a run of word characters holding a letter or a
hanzi (``@3`` is not one).  Whatever precedes the ``@`` (``IG@lin_abc``,
``微博@某某``, Weibo's ``//@某某:``), the run is part of an address when a domain
follows it (``abc@163.com``, ``news@example.com.tw``) or it sits inside a URL.
A Chinese run that goes straight on into the sentence (``@某某表示``) is cut
where the name ends (:mod:`tui.model.handle_cut`, from jieba's dictionary).

Every rule looks at a bounded window around each handle, so the cost is linear
in the text whatever its shape (thousands of handles in one paragraph included).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from tui.model import rule_cache
from tui.model.fold import fold
from tui.model.line_shapes import WRITER_BADGES, code_block_lines
from tui.model.sentences import sentence_spans

# An address ends, as a link does, at a space or at CJK punctuation (（www.example.hk/x），或…).
_URL = rule_cache.compile(
    r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef]+"
    r"|www\.[A-Za-z0-9-]+\.[^\s\u3000-\u303f\uff00-\uffef]+",
    re.I,
)
_AT = rule_cache.compile(r"[@＠]")
_RUN = rule_cache.compile(r"[\w\-]{1,60}")
_DOTTED = rule_cache.compile(r"(?:\.[A-Za-z0-9_\-]+)+")
_LOCAL_PART = rule_cache.compile(r"[A-Za-z0-9._%+\-]+$")  # what stands before the @ of an e-mail address
_CJK = rule_cache.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
MAX_HANDLE = 30
# A Latin handle's own run (letters first, digits, _ . -) before the hanzi that follow it.
#: A name of hanzi then Latin letters, before more hanzi (烘焙小舖Bakeday|買的).
_LATIN_INSIDE = rule_cache.compile(r"[\u3400-\u9fff]+[A-Za-z][A-Za-z0-9]*(?=[\u3400-\u9fff])")
_LATIN_HEAD = rule_cache.compile(r"[A-Za-z][A-Za-z0-9_\-]*(?=[\u3400-\u9fff])")
_PRONOUNS = frozenset(
    [
        "我",
        "你",
        "您",
        "他",
        "她",
        "它",
        "我们",
        "你们",
        "他们",
        "她们",
        "大家",
        "自己",
        "所有人",
        "全体成员",
        "所有成员",
        "TA",
    ]
)
#: A chat's mention of everyone (LINE's @All, WeChat's @所有人): no account.
_EVERYONE = frozenset(["all", "everyone", "here"])
#: How far before a handle its role and name are looked for.
WINDOW = 24
#: How far before a list of handles a role that covers the list is looked for.
LIST_WINDOW = 120

# Generic domains: ``@example.com`` and ``@news.com.tw`` are domains even with nothing before
# the @; a country code alone (``@ken.lens.hk``) ends many an Instagram handle.
_GENERIC_TLD = frozenset(["com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "ac"])
# Top-level domains: ``@name.com`` is an address, ``@jolin.tsai`` a handle.
_TLD = frozenset(
    [
        "com",
        "net",
        "org",
        "edu",
        "gov",
        "mil",
        "int",
        "info",
        "biz",
        "name",
        "pro",
        "io",
        "co",
        "me",
        "tv",
        "cc",
        "ai",
        "app",
        "dev",
        "xyz",
        "top",
        "asia",
        "tw",
        "cn",
        "hk",
        "mo",
        "sg",
        "my",
        "jp",
        "kr",
        "uk",
        "us",
        "de",
        "fr",
        "ru",
        "au",
        "ca",
        "in",
        "nz",
        "th",
        "vn",
        "ph",
        "id",
    ]
)
# … of which the countries' and regions' codes, which also close handles (``@ken.lens.hk``)
_COUNTRY_TLD = frozenset(t for t in _TLD if len(t) == 2 and t not in ("io", "co", "me", "tv", "cc", "ai"))

_ROLES = [
    "博主",
    "专家",
    "编剧",
    "作家",
    "记者",
    "教授",
    "主播",
    "联合创始人",
    "创始人",
    "工程师",
    "博士",
    "研究员",
    "导演",
    "演员",
    "律师",
    "医生",
    "老师",
    "总裁",
    "董事长",
    "CEO",
    "CTO",
    "COO",
    "分析师",
    "投资人",
    "主持人",
    "科学家",
    "UP主",
    "up主",
    "网红",
    "达人",
    "大V",
    "KOL",
    "作者",
    "画家",
    "歌手",
    "学者",
    "评论员",
    "主编",
    "总编",
    "创作者",
    "开发者",
    "程序员",
    "设计师",
    "产品经理",
    "经济学家",
    "媒体人",
    "自媒体",
    "撰稿人",
    "顾问",
    "院士",
    "校长",
    "主任",
    "经理",
    "员工",
    "选手",
    "运动员",
    "明星",
    "艺人",
    "诗人",
    "译者",
    "编辑",
    "编导",
    "网友",
    "用户",
    "账号",
    "法官",
    "官员",
    "发言人",
    "负责人",
    "合伙人",
    "学生",
    "研究者",
    "从业者",
    "创业者",
    "企业家",
    "工作者",
    "爱好者",
    "玩家",
    "大神",
    "大佬",
    "主理人",
    "店主",
    "站长",
    "版主",
    "楼主",
    "模特",
    "议员",
    "立委",
    "市长",
    "部长",
    "部落客",  # Taiwan's word for a blogger
    "官方微博",
    "官方账号",
    "官微",
    "官博",
]
_ROLE_WORDS = "|".join(re.escape(w) for w in sorted(set(_ROLES), key=lambda w: (-len(w), w)))
_ROLE_ANY = rule_cache.compile(_ROLE_WORDS)
# A role noun (with an optional name after it) ending right where the handle starts.
SURNAMES = (  # common Chinese surnames (Simplified), for telling a name from a word
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪"
)
_HANZI_NAME = (
    f"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}|欧阳[\u4e00-\u9fff]{{1,2}}|司马[\u4e00-\u9fff]{{1,2}}"
)
_LATIN_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_NAME_AT_END_PATTERN = (
    rf"(?P<name>(?<![A-Za-z]){_LATIN_NAME}(?:\s*(?:{_HANZI_NAME}))?"
    rf"|(?:^|(?<=[^\u4e00-\u9fff])|(?<=[据由和与及跟如像是]))(?:{_HANZI_NAME}))\s*$"
)
_ROLE_AT_END = rule_cache.compile(
    rf"(?P<role>{_ROLE_WORDS})(?P<name>(?:{_LATIN_NAME}\s*)?(?:{_HANZI_NAME}))?\s*$"
)
# Words that introduce a list or example but are not part of anyone's role.
_FILLER = rule_cache.compile(
    r"(?:比如说|比如|例如|譬如|诸如|包括|其中|像是|像|如|还有|以及|和|与|及|另外|此外|而|但|就连|连|"
    r"就|也|还|是|有|由|据|被|经|一大批|一大波|一批|大批|大量|很多|许多|不少|众多|诸多|多位|多名|一些|"
    r"这些|那些|这位|那位|这名|那名|该名|一位|一名|一个|[一二三四五六七八九十几多两数]+[位名个批]|\d+[位名个])"
)
_LIST_INTRO = rule_cache.compile(r"(?:包括|比如|例如|譬如|诸如|如|像|像是|其中)\s*$")
# A role never reaches back across punctuation, a space, a digit or a time.
_ROLE_BARRIER = rule_cache.compile(r"[，,。！？!?；;：:（(\s“”\"「」『』【】、/／|0-9０-９]")
_SEPARATOR_ONLY = rule_cache.compile(r"^[\s、，,和与及跟/]*$")
_OPEN_PAREN = rule_cache.compile(r"[（(]\s*$")
_ACCOUNT_AFTER = rule_cache.compile(
    r"\s*的(官博|官微|官方微博|官方账号|官方帐号|官方频道|账号|帐号|小号|大号)"
)
_ACCOUNT_BEFORE = rule_cache.compile(r"(?:认证为|名为|叫做?|昵称为?|账号为?)\s*$")


@dataclass(frozen=True)
class Hit:
    """One mention: paragraph (or chrome line), span of ``@handle`` and of its sentence."""

    paragraph: int
    start: int
    end: int
    sentence: tuple[int, int]
    chrome: bool = False  # True: ``paragraph`` indexes the chrome lines, not the body


@dataclass(frozen=True)
class RawBlogger:
    """A blogger as spans into the paragraphs; the builder turns them into text."""

    key: str  # the handle in Simplified form, for merging mentions across scripts
    hits: tuple[Hit, ...]
    name: tuple[int, int, int] | None  # (paragraph, start, end)
    role: tuple[int, int, int] | None


# What a credit names after an account's letters (@hkobservatory圖片, @abc截图): the picture it gave.
_PICTURE_AFTER = re.compile(r"^(?:图片|照片|截图|影片|视频|提供|供图|摄影?|画面)")

def _simplified(handle: str) -> str:
    """The form a handle is known by across both scripts (folded to Simplified)."""
    return fold(handle)


#: "… 的这家", "的那个": a demonstrative and its measure after 的 close a noun phrase of the
#: sentence, never an account's name.
_THIS_ONE = rule_cache.compile(r"的[这那][家个条篇款位间部首张本集期]$")


def _clause_adverb_first(tail: str) -> bool:
    """Does ``tail`` (Simplified) open with an adverb of the clause (则, 也, 就) before a verb
    of saying or a verb of the dictionary, as a sentence goes on after a name?"""
    from tui.model.handle_cut import SAID_AFTER_NAME, SAYING_ADVERBS, verb_before

    if len(tail) < 2 or tail[0] not in SAYING_ADVERBS:
        return False
    rest = tail[1:]
    return rest.startswith(SAID_AFTER_NAME) or verb_before(rest[:2]) > 0 or verb_before(rest[:1]) > 0


def _handle_length(run: str, closed: bool, spaced: bool = False, colon: bool = False) -> int:
    """How much of the word run after ``@`` is the handle.

    ``closed``: the run is followed by what ends a handle on Weibo and elsewhere (a
    space, the end of the line, ``:`` as in ``//@某某:``, a closing bracket or another
    ``@``), so all of it is the handle (``@南方的猫 说得好``); ``spaced``: by a space.
    Otherwise the run may go on into its sentence (``@某某表示，``) and is cut where the
    name ends.  ``colon``: by a full-width ``：`` (a Weibo comment's or a quote's).
    """
    if not _CJK.search(run):
        return len(run)
    from tui.model.handle_cut import name_length

    latin = _LATIN_HEAD.match(run)
    if latin is not None and run[latin.end() - 1] in "_-":
        if not closed and _simplified(run[latin.end() :]) in _ACTS:
            return latin.end()  # @crystal_yuen_留言：: an id may end in its joiner; then what it did
        if not closed and _clause_adverb_first(_simplified(run[latin.end() :])):
            return latin.end()  # 歌迷@yuna_0315_則說: an adverb then its verb, the sentence's
        # @Momo_开店日记, @HRBP_小林: a joiner carries the name on into its hanzi part
        return len(run) if closed else name_length(_simplified(run), latin.end() + 1)
    if latin is not None:
        # @lcsdhk的最新消息: a Latin handle ends where its Latin run ends; closed, only
        # before a verb or a function word (（圖／讀者@amei_0404提供）, not @iPhone小技巧)
        tail = run[latin.end() :]
        if tail[0] in _CONJUNCTIONS:
            return latin.end()  # IG@abc_daily與Threads@…: a list of accounts, not one name
        if spaced and "_" in run[: latin.end()] and len(tail) >= 2 and name_length(_simplified(tail), 0) == len(tail):
            return len(run)  # 監製@Ryan_Lok音樂人 擔任…: a name word the page set apart with its id
        if "_" in run[: latin.end()]:
            # X@abc_tech发布的一份声明: an id joined by an underscore is a platform's (X, IG,
            # Threads), which holds no hanzi: the hanzi after it are the sentence's
            return latin.end()
        if _PICTURE_AFTER.match(_simplified(tail)):
            return latin.end()  # （天文台IG@hkobservatory圖片）: the account's picture, credited
        if closed and name_length(_simplified(tail), 0) > 0:
            return len(run)
        if spaced and len(tail) >= 3:
            return len(run)  # @momo不吃香菜 说得对: the page set the whole name apart itself
        if colon and "_" not in run[: latin.end()] and name_length(_simplified(tail), 0) == len(tail):
            # @DeepSeek官方：…: a name word (not 表示) before a comment's colon; an id joined by
            # an underscore (IG@lemontea_diary寫過一句：) is a platform's, which holds no hanzi
            return len(run)
        if (
            not closed
            and _SHORT_LATIN.fullmatch(run, 0, latin.end())
            and tail[0] not in "的嘅"
            and not _clause_after(_simplified(tail))
        ):
            # @papi酱发文, @GQ实验室发布, @Ken哥話: a short word of letters that a hanzi name
            # goes on from (a Latin account, @lcsdhk的, @zhang.yachi表示, is longer or dotted)
            return name_length(_simplified(run), latin.end() + 1)
        return latin.end()
    if closed:
        from tui.model.handle_cut import works_after

        folded = _simplified(run)
        from tui.model.handle_cut import CREDIT_VERBS

        # (a credit's verb of two characters: a name may end on a lone 摄 of its own)
        credit = next((v for v in CREDIT_VERBS if len(v) == 2 and folded.endswith(v) and len(folded) - 2 >= 3), None)
        if credit is not None:
            return len(run) - len(credit)  # （数据感谢@羽坛数据控整理）: compiled by the account
        at = folded.rfind("的", 2)
        if at > 0 and works_after(folded, at):
            return at  # YouTube@某某小教室的教學 講得很清楚: the account's work, set apart by a space
        this = _THIS_ONE.search(folded)
        if this is not None and this.start() >= 2:
            # 前天@某某推荐的这家 说是…: "the one the account recommended", the sentence's noun
            # phrase; the name ends before its verb
            from tui.model.handle_cut import verb_before

            head = folded[: this.start()]
            verb = verb_before(head)
            return len(head) - verb if len(head) - verb >= 2 else len(run)
        return len(run)
    mixed = _LATIN_INSIDE.match(run)
    if mixed is not None:
        latin_at = _LATIN_START.search(run, 0, mixed.end())
        head = name_length(_simplified(run))
        if latin_at is not None and head < latin_at.start():
            return head  # @林小美也在Threads分享: the clause began before the Latin word
        if latin_at is not None and _POSTED.match(run, latin_at.start()):
            # @林小美PO文: Taiwan's "posted", not a Latin name part; read as 发文, it shows
            # where a clause before it began (@林小美在臉書粉專PO文)
            return name_length(_simplified(run[: latin_at.start()]) + "发文")
        if _clause_after(_simplified(run[mixed.end() :])):
            # @烘焙小舖Bakeday買的: a Latin run after the hanzi ends the name before a clause
            return mixed.end()
    elif _POSTED.search(run):
        posted = _POSTED.search(run)
        if posted is not None and posted.start() >= 2 and _CJK.match(run[posted.start() - 1]):
            return name_length(_simplified(run[: posted.start()]) + "发文")  # … at its run's end
    return name_length(_simplified(run))


#: Verbs of saying and reporting, which after a name on a line of its own still say what the
#: account said (@某某报道), where other words close its name (@某某发布, @某某出行).
_SAYING = frozenset(
    {"报道", "报导", "表示", "指出", "透露", "回应", "强调", "认为", "宣布", "发文", "爆料", "声明", "通报"}
)


#: What an account does in a sentence about it (留言, 回覆, 表示): one such word alone after a
#: Latin id's closing joiner, before the sentence's punctuation, is no word of the name.
_ACTS = frozenset(_SAYING | {"留言", "回复", "评论", "转发", "分享", "建议", "称", "说", "写道"})


def _is_one_word(rest: str) -> bool:
    """Is ``rest`` one verb of the dictionary (发布, 出行), not a verb of saying nor a clause
    (也说)?"""
    from tui.model.handle_cut import lexicon

    return rest not in _SAYING and lexicon().get(rest) in ("v", "x")


#: What joins two accounts or platforms in a list (與, 和, 及, 或, 跟): never inside a Latin
#: account's name, which holds no hanzi.
_CONJUNCTIONS = "与與和及或跟"
_LATIN_START = rule_cache.compile(r"[A-Za-z][A-Za-z0-9]*$")
_SHORT_LATIN = rule_cache.compile(r"[A-Za-z]{1,5}")
#: Taiwan's "PO文", "po出", "PO了": posting, in Latin letters, after the name.
_POSTED = rule_cache.compile(r"(?i:po)(?=[文出了图圖])")


def _clause_after(tail: str) -> bool:
    """Does ``tail`` (Simplified hanzi after a name's Latin end) read as its sentence going on?

    Where a cutting word starts it (表示, 也), or a verb and 的 (买的, 做的: 在@某某买的)."""
    from tui.model.handle_cut import name_length

    return name_length(tail, 0) == 0 or tail[1:2] == "的"


def find_handles(
    text: str,
    known: frozenset[str] = frozenset(),
    posters: frozenset[str] = frozenset(),
    code: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of ``@handle`` (including the @) in one line or paragraph.

    ``known``: handles (Simplified) the page writes whole elsewhere (see
    :func:`closed_handles`); a run that starts with one is that account, however its
    words would be cut (``@国铁出行服务提醒`` beside ``@国铁出行服务 微博``).
    ``posters``: names the page writes standing alone (see :func:`standalone_names`); a run
    that starts with one and runs on ends where that name ends.
    ``code``: the annotations of the page's program code (see :func:`code_annotations`), no
    accounts (``@Scheduled``).
    """
    return [(a, b) for a, b, _ in _scan_handles(text, known, posters, code)]


def code_annotations(texts: list[str] | tuple[str, ...]) -> frozenset[str]:
    """The annotations of the program code a page holds (see :func:`code_block_lines`): those its
    code lines open on, and any the page names in a framework's form (@EnableScheduling); none on
    a page without code."""
    # (对账任务上写的是 @Scheduled(cron = "0 0 2 * * ?"): an annotation written inline with its
    # arguments is code wherever the page names it again, @Scheduled 本身不管集群的)
    inline = {m.group(1) for t in texts for m in _INLINE_ANNOTATION.finditer(t)}
    block = code_block_lines(texts)
    if not block:
        return frozenset(inline)
    written = {m.group(1) for i in block if (m := _CODE_ANNOTATION.match(texts[i])) is not None}
    named = {m.group() for t in texts for m in re.finditer(r"[@＠]([A-Z]\w*)", t) if _ANNOTATION.fullmatch(m.group(1))}
    return frozenset(written | {n[1:] for n in named} | inline)


#: An annotation with its arguments, as code writes it (@Scheduled(cron = "…"), @Value("${x}"), @Test()).
_INLINE_ANNOTATION = rule_cache.compile(r"(?<![\w@＠])[@＠]([A-Z][A-Za-z0-9]+)\((?:\)|[\"']|[a-z]\w*[ \t]*=)")


# Where a page writes a poster's name on its own: a line that is only the name, a push's or a
# comment's ID before its colon (推 ww0921: …), or a floor's or an author's row with its stamp
# or label (3楼 夜猫子阿强 2025-11-10 15:03, 作者 abc123 (阿凱)).
_POSTER_LINE = rule_cache.compile(r"^[\w\-]{2,30}$")
_POSTER_ID = rule_cache.compile(r"^(?:[推噓嘘→][ \t\u3000]+)?([\w\-]{2,30})[ \t\u3000]*[:：]")
_POSTER_ROW = rule_cache.compile(
    r"^(?:作者|楼主|樓主|\d{1,4}[楼樓F#])[ \t\u3000:：]+([\w\-]{2,30})(?=[ \t\u3000(（]|$)|"
    # a commenter's row with the site's badge for the post's own writer (某某　作者, 某某 博主)
    rf"^([\w\-]{{2,30}})[ \t\u3000]+(?:{WRITER_BADGES}|樓主)$|"
    # a floor's number, its stamp, then the poster (#1楼 2025-01-01 00:42 小林不加班)
    r"^#?\d{1,4}[楼樓F][ \t\u3000]*(?:\[(?:楼主|樓主)\][ \t\u3000]*)?\d{4}[-/]\d{1,2}[-/]\d{1,2}[ \t\u3000]+"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+([\w\-]{2,30})$"
)


# A chat export's sender over a message, then the clock (王老师（班主任）08:02, 李梓涵妈妈 08:15).
_SENDER_CLOCK = rule_cache.compile(r"^([^\s:：，,。]{2,20}?)[ \t\u3000]*\d{1,2}:\d{2}$")


def standalone_names(lines: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Names (Simplified) the page writes as its posters': a line of its own, a push's or a
    comment's ID before its colon (``推 ww0921:``), an author field (``作者 abc123 (阿凱)``),
    a floor's row (``3楼 夜猫子阿强 2025-11-10``).  A reply that tags such a poster and runs
    on (``@夜猫子阿强建议你…``, ``@abc123說的…``) names that poster, so the page itself
    says where the handle ends, with no word list."""
    out: set[str] = set()
    for line in lines:
        line = line.strip()
        m = _POSTER_LINE.match(line) or _POSTER_ID.match(line) or _POSTER_ROW.match(line) or _SENDER_CLOCK.match(line)
        if m is None:
            continue
        name = m.group(m.lastindex or 0)
        if any(c.isalpha() for c in name):
            out.add(_simplified(name))
    return frozenset(out)


# What may open a reply before the @ that tags a poster: nothing, a push's or a comment's ID
# and its colon (推 ww0921: @…), a reply word (回复@…).
_REPLIED = rule_cache.compile(r"(?:回复|回覆|回應|回应)[ \t\u3000]*$")
_REPLY_OPENING = rule_cache.compile(
    r"(?:(?:[推噓嘘→][ \t\u3000]+)?[\w\-]{2,30}[ \t\u3000]*[:：])?[ \t\u3000]*(?:回复|回覆)?[ \t\u3000]*"
)


def _poster_length(run: str, cut: int, posters: frozenset[str], opens_reply: bool) -> int:
    """The longest poster's name that ``run`` starts with and runs on from, if shorter than
    ``cut``: a Latin name where hanzi go on after it (@abc123說的…), a hanzi name only where
    the @ opens a reply that the page has not closed (@夜猫子阿强建议你…), as a name inside a
    sentence may go on (an office's branch: @某某地铁运营分公司 beside a poster 某某地铁)."""
    folded = _simplified(run)
    for n in range(min(cut, len(folded)) - 1, 1, -1):
        if folded[:n] not in posters or not _CJK.match(folded[n]):
            continue
        if folded[n - 1].isascii() or opens_reply:
            return n
    return cut


def _named_twice(run: str, cut: int, known: frozenset[str], posters: frozenset[str]) -> int:
    """The longest name that ``run`` starts with, shorter than ``cut``, that the page both
    shows alone as a poster's and closes after its @ elsewhere, a clause going on after it;
    else ``cut``."""
    from tui.model.handle_cut import CLAUSE_MARKS

    folded = _simplified(run)
    for n in range(min(cut, len(folded)) - 1, 1, -1):
        if (
            folded[:n] in known
            and folded[:n] in posters
            and _CJK.match(folded[n])
            # (what follows reads as a clause soon, 陪跑了: not an office of the account's,
            # @某某地铁运营分公司 beside the poster 某某地铁)
            and any(c in CLAUSE_MARKS for c in folded[n + 1 : n + _CLAUSE_REACH])
        ):
            return n
    return cut


_CLAUSE_REACH = 4  # characters after a name in which its clause shows (陪跑了)


def _poster_longer(run: str, cut: int, posters: frozenset[str], opens_reply: bool) -> int:
    """The longest poster's name that ``run`` starts with, if longer than ``cut`` and what
    follows it is a verb of saying (说, 表示: :data:`SAID_AFTER_NAME`), or the @ opens a reply
    (@阿梨今天也没睡恭喜！ under 阿梨今天也没睡's comment): the page shows that name alone."""
    from tui.model.handle_cut import SAID_AFTER_NAME

    folded = _simplified(run)
    for n in range(len(folded) - 1, cut, -1):
        if folded[:n] in posters and (opens_reply or folded.startswith(SAID_AFTER_NAME, n)):
            return n
    return cut


def closed_handles(texts: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Hanzi handles the page closes itself (a space, ``:``, a bracket after them): where
    the same account runs into a sentence elsewhere, the page has said where it ends.  And
    every Latin id, which ends where its letters do, for a closed run that adds hanzi to it.
    And a name the page runs straight into a verb of saying (@某某说过…): as plain an end."""
    from tui.model.handle_cut import SAID_AFTER_NAME

    out = {
        _simplified(text[a + 1 : b])
        for text in texts
        for a, b, closed in _scan_handles(text)
        # (a Latin account's id is whole wherever it is written: Threads@abc_852上載…
        # tells where Threads@abc_852影片截圖 ends)
        if (closed and _CJK.search(text, a, b))
        or not _CJK.search(text, a, b)
        or _simplified(text[b : b + 2]).startswith(SAID_AFTER_NAME)
    }
    return frozenset(out)


def _known_length(run: str, cut: int, known: frozenset[str]) -> int:
    """The longest handle of ``known`` that ``run`` starts with, if longer than ``cut``; else
    a shorter one the run goes on from into a clause (see :func:`_known_prefix`)."""
    folded = _simplified(run)
    for n in range(len(folded), cut, -1):
        if folded[:n] in known:
            if folded.startswith(_ACCOUNT_SUFFIXES, n) and len(folded) - n <= _SUFFIX_RUN:
                return len(folded)  # (B站@某某官方号，: the official account, not @某某)
            return n
    shorter = _known_prefix(folded[:cut], known)
    return shorter if shorter is not None else cut


def _known_prefix(folded: str, known: frozenset[str]) -> int | None:
    """The length of a handle of ``known`` that ``folded`` (Simplified) starts with and then
    goes on into a clause (@某某站 closed elsewhere; @某某站透露… here, however it is closed:
    透露 begins a clause), or ``None``.  Not before a short name's 的 (@南方的猫 is a name of
    its own; @考研小黄鸭的错题本方法 is the account's method), nor before a noun (@小米 and
    @小米手机 are two accounts)."""
    from tui.model.handle_cut import name_length

    for n in range(len(folded) - 1, 1, -1):
        if (
            folded[:n] in known
            and _CJK.match(folded, n)
            # (B站@某某官方号 beside @某某 closed: the account's own official one, another account)
            and not folded.startswith(_ACCOUNT_SUFFIXES, n)
            and (
                (n >= 3 and len(folded) - n >= 3 and folded[n] == "的")
                or (folded[n] not in "的之" and name_length(folded[n:], 0) == 0)
                # 路线图是@胖橘的跑鞋画的: a verb and its 的 or 了 after a long name the page closes
                or (n >= 4 and len(folded) - n <= 3 and folded[-1] in "的了" and folded[n] not in "的之")
            )
        ):
            return n
    return None


_SUFFIX_RUN = 4  # characters of such an ending and its 号 (官方号, 官方账号)
#: What a second account of the same name ends in (某某官方号, 某某官博, 某某客服).
_ACCOUNT_SUFFIXES = ("官方", "官博", "官微", "小助手", "客服", "旗舰店", "工作室", "后援会")
#: Quote marks that may hold a handle whole (“@临江发布”, 「@某某」).
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’"}


# A fixture's row: its day (and weekday), the visitors @ the hosts, then the hour (10/06（日）
# 樂天桃猿@統一獅 17:05 台南, 3月2日 湖人@勇士 09:30): sports listings write "away at home" so.
_FIXTURE = rule_cache.compile(
    r"(?:\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}[日号])[ \t\u3000]*(?:[(（][^)）\n]{1,3}[)）])?[ \t\u3000]*"
    r"[^\s@＠\d]{2,12}([@＠])[^\s@＠]{2,12}[ \t\u3000]+[0-2]?\d:[0-5]\d(?!\d)"
)


# A Java annotation's name as frameworks coin them (EnableScheduling, RequestMapping, Autowired).
_ANNOTATION = rule_cache.compile(
    r"(?:Enable|Conditional)[A-Z]\w*|\w*(?:Mapping|Scan|Configuration|Properties|Transactional|Test)"
    r"|Override|Autowired|Component|Service|Repository|Controller|Bean|Value|Data|Scheduled|Deprecated"
)
# … and an annotation the code itself writes at a line's start (@Scheduled(cron = …), @MyAnnotation).
_CODE_ANNOTATION = rule_cache.compile(r"[ \t]*@([A-Z]\w*)")


def _fixture_at(text: str, at: int) -> bool:
    """Whether the ``@`` at ``at`` stands between two sides in a fixture's row."""
    start = text.rfind("\n", 0, at) + 1
    m = _FIXTURE.match(text, start)
    return m is not None and m.start(1) == at


def _scan_handles(
    text: str, known: frozenset[str] = frozenset(), posters: frozenset[str] = frozenset(), code: frozenset[str] = frozenset()
) -> list[tuple[int, int, bool]]:
    """Spans of ``@handle`` and whether the text closed each itself."""
    if "@" not in text and "＠" not in text:
        return []
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)] if "." in text else []
    url_i = 0
    spans: list[tuple[int, int, bool]] = []
    lists: dict[int, bool] = {}  # line start -> is the line a list of handles (each line read once)
    for m in _AT.finditer(text):
        at = m.start()
        while url_i < len(urls) and urls[url_i][1] <= at:
            url_i += 1
        if url_i < len(urls) and urls[url_i][0] <= at:
            continue  # inside a URL
        if at > 0 and text[at - 1] in "@＠":
            continue
        if _fixture_at(text, at):
            continue  # 10/06（日）樂天桃猿@統一獅 17:05: the visitors at the hosts, no account
        r = _RUN.match(text, at + 1)
        if r is None:
            continue
        run = r.group()
        if run[:2] in ("的这", "的那", "的哪", "的這"):
            continue  # 就是文里@的那家: @ as a verb (the shop the post tagged), no account
        dots = _DOTTED.match(text, r.end())
        if dots is not None and not _CJK.search(run):
            segments = dots.group().split(".")
            local = _LOCAL_PART.search(text, max(0, at - 64), at)
            last = segments[-1].lower()
            if local is not None and local.group().lower() not in _PLATFORMS and last.isalpha():
                # an e-mail address: abc@163.com, x@gov.taipei.example (a domain ends in letters:
                # 原PO@xiaoyu.0412表示 is a handle)
                continue
            if local is not None and last in _TLD and last not in _COUNTRY_TLD:
                continue  # IG@example.app: a platform's domain, not a handle (IG@tsuen.wan.ben is one)
            if last in _GENERIC_TLD or segments[-2].lower() in _GENERIC_TLD:
                # a domain, bare or a platform's (@example.com, @news.com.tw, IG@shop.com.hk); a
                # country code alone ends many a handle (@ken.lens.hk, IG@fair.hk)
                continue
            # No local part before the @ and no generic domain: a handle (@ken.lens.hk, @jolin.tsai).
            run += dots.group()  # IG@jolin.tsai
        if dots is None and (abbr := _ABBREVIATED.match(text, r.end())) is not None and _SHORT_LATIN.fullmatch(run):
            run += abbr.group()  # @Mr.楊, @Dr.林: a title's abbreviation and the hanzi name after it
        after = text[at + 1 + len(run) : at + 2 + len(run)]
        if after in ("(", "（") and posters:
            # @王老师（班主任）: a sender's name the chat writes with its bracket, whole
            close = text.find("）" if after == "（" else ")", at + 2 + len(run), at + 12 + len(run))
            if close != -1 and _simplified(run + text[at + 1 + len(run) : close + 1]) in posters:
                run = text[at + 1 : close + 1]
                after = text[close + 1 : close + 2]
        if after in ("=", "＝") and run.isascii():
            continue  # [@click=app.quit], @param=1: markup or code pasted in, not an account
        if run in code:
            continue  # @Scheduled(cron = …), @EnableScheduling: the code's annotations
        # (a slash between digits is a date's or a fraction's, 早在8/31就: it closes nothing)
        slash_date = after == "/" and run[-1:].isdigit() and text[at + 2 + len(run) : at + 3 + len(run)].isdigit()
        if slash_date and _CJK.match(run.rstrip("0123456789")[-1:]):
            run = run.rstrip("0123456789")  # @某某7/1宣布: the month is the date's, not the name's
        # (@川西老向导（这里感谢一下）: an opening bracket sets the name apart as a closing one does,
        # but not a Taiwan day's, 於今（12）日)
        opening = after in ("(", "（") and not text[at + 2 + len(run) : at + 3 + len(run)].isdigit()
        closed = (
            (after in (" ", "\t", "\u3000", ":", ")", "）", "@", "＠", "/", "、") or opening) and not slash_date
        ) or (
            # after a platform's name the end of the line closes it (Facebook@屯門交通關注組)
            after in ("", "\n", "\r") and _after_platform(text, at) and not _LATIN_HEAD.match(run)
        ) or (
            # … and so does it for an id joined by an underscore that is its line's only word
            # (@星光糖_林屿应援站 over a post: the account's whole name; not @北京说明天降温)
            after in ("", "\n", "\r") and text.rfind("\n", 0, at) + 1 == at and "_" in run and not _LATIN_HEAD.match(run)
        )
        if (
            closed
            and len(run) > _LONG_NAME
            and after in (" ", "\t", "\u3000")
            and (_STAMP_CLOSES_LINE.match(text, at + 1 + len(run)) or _LATIN_AFTER_SPACE.match(text, at + 2 + len(run)))
        ):
            # @某某称这是今年最值得期待的线路 6-12 21:15, @某某今日在微博发布了星河 X10: a run longer
            # than a name, then the space that sets off the comment's stamp or a Latin word of the
            # sentence (tech sites space them), not the name's end
            closed = False
        if not closed and after == "：" and _REPLIED.search(text, max(0, at - 6), at):
            closed = True  # 回复 @老王爱喝茶：…: the reply names whom it answers, then its colon
        if not closed and after == "：" and _QUOTED_POST_OPENING.fullmatch(text, text.rfind("\n", 0, at) + 1, at):
            # @成都地铁运营：【…】 at a line's start (or after //): a repost's original, its poster's
            # whole name before the colon; unless the run ends in what the account said
            # (@某某发文称：…, a reporter's sentence)
            from tui.model.handle_cut import name_length

            folded = _simplified(run)
            rest = folded[name_length(folded) :]
            closed = not any(act in rest for act in _ACTS)  # (@老王昨天说：: what he said, after a day)
        if not closed and at > 0 and _QUOTE_PAIRS.get(text[at - 1]) == after:
            closed = True  # 关注“@临江发布”官方微博: the quotes hold the account's whole name
        if not closed and after in ("", "\n", "\r"):
            line_start = text.rfind("\n", 0, at) + 1
            if line_start not in lists:
                line_end = text.find("\n", at)
                lists[line_start] = _handle_list(text, line_start, len(text) if line_end < 0 else line_end, at)
            # @甲 @乙好好玩: a line made only of handles is a list; its last handle, like the
            # others the spaces close, is whole (no sentence runs on from a list)
            closed = lists[line_start]
        if (
            after in ("@", "＠")
            and len(run) > 2
            and run[-1] in _AND
            and (_CJK.match(run[-2]) or (run[-2].isascii() and run[-2].isalnum()))
        ):
            # @甲乙和@丙丁, @abc及@def: the conjunction joins two handles, it ends neither
            run = run[:-1]
        day_cut = (
            len(_before_its_day(run, text[at + 1 + len(run) : at + 8 + len(run)]))
            if not closed
            else len(run)
        )
        spaced = after in (" ", "\t", "\u3000")
        cut = min(_handle_length(run, closed, spaced, after == "："), day_cut)
        if not closed and cut < len(run) and (said := _said_by_role(text, at, run, after)) is not None:
            cut = max(cut, said)
        if not closed and known:
            cut = _known_length(run, cut, known)
        if closed and known and _CJK.search(run) and (shorter := _known_prefix(_simplified(run), known)):
            cut = shorter  # 此外，@某某站透露星河 Pad: the page closes @某某站 elsewhere
        elif closed and known and (head := _LATIN_HEAD.match(run)) is not None and run[: head.end()] in known:
            cut = head.end()  # (圖／Threads@abc_852影片截圖): the id the page writes alone elsewhere
        whole_poster = bool(posters) and _simplified(run) in posters
        # (the @ opens a reply that the page has not closed: 推 id: @…, 回复@…, or the line's start)
        opens = bool(posters) and not closed and _REPLY_OPENING.fullmatch(text, text.rfind("\n", 0, at) + 1, at) is not None
        if whole_poster:
            cut = len(run)  # @小林不加班 / 一起加油: the whole run is a poster's name on the page
        elif posters and not closed:
            # @阿狸的小鱼干说的没错: a poster's whole name, cut short inside it, then what it said
            cut = _poster_longer(run, cut, posters, opens)
        if not closed and known and posters and not whole_poster:
            # 特别感谢@老周跑得慢陪跑了后半程 beside 老周跑得慢 alone over a comment and @老周跑得慢
            # closed: a poster's name the page also closes is where the run's name ends
            cut = _named_twice(run, cut, known, posters)
        if posters and cut > 2 and not whole_poster:
            # @夜猫子阿强建议你…, @abc123說的…: the poster's name (a space after the run closes
            # it, but a Latin name's hanzi are never its own)
            cut = _poster_length(run, cut, posters, opens)
        if (
            not closed
            and len(run) - cut == 2
            and _is_one_word(_simplified(run[cut:]))
            and _named_alone(text, at, after, platform=False)
        ):
            # a line that is only the handle names the account (a repost's original poster,
            # @某某发布 over its post): a lone word after the cut is the name's last word (发布,
            # 服务, 出行), as no sentence runs on from it, unless it says what the account said
            # (@某某报道); a clause (@某某发文说, @某某预报称明天有雨) is still cut.  So does
            # a line that is a label and the handle (协办：@某某发布)
            cut = len(run)
        if (
            not closed
            and cut < len(run)
            and after in ("。", "！", "!", "", "\n")
            and _OWN_CHANNEL_BEFORE.search(fold(text[max(0, at - 8) : at]))
            and "的" in run
        ):
            # 更多视频在我抖音@老K的电车日常。: the writer's own channel, named up to the sentence's end
            cut = len(run)
        if not closed and after in ("。", "！", "!", "") and _INVITED_BY.search(fold(text[max(0, at - 3) : at])):
            cut = len(run)  # 谢邀@米粒儿要吃汤圆。: Zhihu's thanks for an invitation names its sender, then stops
        if not closed and after in ("", "\n", "\r") and (
            _CREDIT_LABEL.search(fold(text[max(0, at - 8) : at]))
            or _PICTURES_FROM.search(fold(text[max(0, at - 16) : at]))
        ):
            # 排版：@小满不吃辣 at the line's end: a credit's value is a name, no clause follows it
            cut = len(run)
        if not closed and _VERB_FOLLOWS.search(text, max(0, at - 1), at):
            # 跟@某某工作室合作的: a preposition before the name says a verb follows it; a
            # verbal noun (合作, 直播) that would not cut a run alone ends the name there
            cut = _verb_noun_cut(run, cut)
        if not closed and _CJK.match(run) and _IN_PLATFORM.search(text, max(0, at - 6), at):
            # 在微博@某某的硬件笔记中透露: the platform named before the @ gives the account itself,
            # and 在 … 中 encloses its whole name, 的 included
            cut = _enclosed_length(run) or cut
        if (
            not closed
            and cut < len(run)
            and fold(run).endswith(_RELEASE)
            and _plain_name(fold(run[:-2]))
            and (
                _named_alone(text, at, after)
                or (after in _CLAUSE_END and _FOLLOW_BEFORE.search(fold(text[max(0, at - 6) : at])) is not None)
            )
        ):
            # 已發布在抖音@江宁教育发布，, 协办：@南京城南发布: a release account (place + 发布),
            # named as where something is, its clause over: the whole run is its name
            cut = len(run)
        if not closed and (some := _OF_SOME.search(fold(run[:cut]))) is not None and some.start() >= 2:
            cut = some.start()  # 感谢@民间记忆计划的几位老师: the account, then some of its people
        if not closed and _AS_FRAME.search(fold(text[max(0, at - 16) : at])):
            said = _SUO_SAID.search(fold(run), 2)
            if said is not None:
                cut = min(cut, said.start())  # 正如@某某所说: the frame's 所 and verb end the name
        whole = run
        run = run[:cut][:MAX_HANDLE].rstrip("-")
        if not closed and _REPORT_FRAME.search(fold(text[max(0, at - 18) : at])):
            tail = _REPORT_NOUN.search(fold(run))
            if tail is not None and tail.start() >= 2:
                run = run[: tail.start()]  # 据@某某官微消息: the frame's noun is not the name
            elif (
                (tail := _REPORT_NOUN.search(fold(whole))) is not None
                and len(run) < tail.start() <= _REPORTER_NAME
                and fold(whole[: tail.start()]).endswith(_RELEASE)
            ):
                run = whole[: tail.start()]  # 据@江城发布消息: the frame's noun closes a release account's name
        if not any(c.isalpha() for c in run):
            continue  # @3, @_, @-: no letter or hanzi
        if _FLOOR.match(run):
            continue  # @3楼 有道理: a reply to a floor of the thread, not an account
        if (
            _simplified(run) in _PRONOUNS
            or (not closed and _PRONOUN_CLAUSE.match(_simplified(whole)) is not None)
            or (not closed and _pronoun_then_clause(_simplified(whole)))
            or run.lower() in _EVERYONE
            # (别在楼里@我的律师名字: "tag" where, then a pronoun's thing as its object)
            or (at > 0 and text[at - 1] in _WHERE_TAGGED and _simplified(run).startswith(_POSSESSIVES))
            or _TAG_ME.fullmatch(_simplified(run))
            or _TAG_SOMEONE.fullmatch(_simplified(run))
        ):
            # @我, 麻烦@我一下, 转发并@一位好友: a word (the verb "tag" and its object), not an account
            continue
        if run[0] in "了咗" and at > 0 and _CJK.match(text[at - 1]) and run[1:2] not in ("不", "解"):
            # 还@了某某的账号, 有人@咗某某: @ is the verb "tag", 了 (咗) its aspect, not an account
            continue
        spans.append((at, at + 1 + len(run), closed))
    return spans


#: A Latin title's dot and the hanzi name it abbreviates for (@Mr.楊 有興趣), closed by a space,
#: a colon or the line's end: a hanzi run after an ASCII dot is never a domain.
_ABBREVIATED = rule_cache.compile(r"\.[\u3400-\u9fff]{1,4}(?=[ \t\u3000:：]|$)", re.M)
#: "Tag me or …" (直接@我或者豆邮, 在群里@所有人收定金): the verb @ with a pronoun for its object,
#: then the clause goes on; no account is named.
_PRONOUN_CLAUSE = rule_cache.compile(r"(?:所有人|全体成员|所有成员|大家)|[我你您他她](?=[或和跟与及就吧哦呀啊呢也都])")
_WHERE_TAGGED = "里裡裏上中内內"
_POSSESSIVES = ("我的", "你的", "您的", "他的", "她的")


def _pronoun_then_clause(run: str) -> bool:
    """@我比較容易漏看: a pronoun, then a clause the dictionary's words begin (an adverb, a verb):
    the verb "tag" and its object, no account."""
    from tui.model.handle_cut import lexicon, word_kind_at

    # (an adverb or a conjunction of the dictionary right after it, 比较, 已经, 如果; not 的 or 是,
    # which go on into names: @我的前任是极品, @我是大美女)
    return len(run) > 2 and run[0] in "我你您他她" and word_kind_at(run, 1, lexicon()) == "w"


#: "Tag me once" (@我一下, @你一声): the verb @ with a pronoun for its object and its measure.
#: (别@我私信: "tag me or message me", the verb and its pronoun, then the other way to reach one)
_TAG_ME = rule_cache.compile(
    r"[我你您他她](?:一下|一声|下|就[行好可以是]{1,2}|吧|哦|呀|啊|私信|私聊|私讯)"
    # (建议您@一下您的老板, @一下身边的朋友: "tag once", then whom; not 一下科技, an account)
    r"|一下(?:[我你您他她]|身边|朋友|好友|家人|闺蜜|老板|同事|大家|[Tt][Aa]|$)\S*"
)
#: "Tag a friend" (@一位好友, @3个好友, @两个闺蜜): the verb @ with a count of people for its
#: object, as a giveaway asks; no account is named.
_TAG_SOMEONE = rule_cache.compile(
    r"(?:[一两二三四五六七八九十几]|[0-9]{1,2})(?:位|个|名)[\u4e00-\u9fff]{0,2}?"
    r"(?:好友|朋友|闺蜜|小伙伴|伙伴|姐妹|兄弟|同学|网友|人)"
)


#: The verbs of saying that close a sentence's subject (博主@某某表示，…).
_SAID_AT_END = tuple(w for w in _SAYING | {"建议", "提醒", "坦言", "直言", "分析"} if len(w) == 2)
_ROLE_RIGHT_BEFORE = rule_cache.compile(rf"(?:{_ROLE_WORDS})$")


#: What an account leaves before what it says (留言说, 评论称, 回复道).
_LEFT_WORDS = ("留言", "评论", "回复", "发帖", "发文", "转发")


def _said_by_role(text: str, at: int, run: str, after: str) -> int | None:
    """The whole name in ``博主@杭州吃喝玩乐指南建议，`` or ``网友@看山的叔叔表示：``: a role noun
    right before the @ says the run's subject is that account, and a verb of saying that ends
    the run before the sentence's comma or colon is what it did; all before the verb is its
    name, verbs of a blog's topic and a 的 of a nickname included.  Not where an adverb, a
    preposition, a time word or a pronoun stands in it (@某某也表示, @某某在会上表示), nor
    where it ends in a verb (@某某发帖表示)."""
    if after not in ("，", ",", "：", ":") or not _ROLE_RIGHT_BEFORE.search(fold(text[max(0, at - 6) : at])):
        return None
    folded = _simplified(run)
    verb = next((w for w in _SAID_AT_END if folded.endswith(w)), None) or next(
        (a + c for a in _LEFT_WORDS for c in "说称道" if folded.endswith(a + c)), None
    )
    if verb is None:
        return None
    name = folded[: -len(verb)]
    act = next((w for w in _LEFT_WORDS if name.endswith(w) and len(name) - len(w) >= 3), None)
    if act is not None:
        name = name[: -len(act)]  # 网友@某某小吃货留言说，: what the account left, then what it said
    if len(name) < 3 or not all(_CJK.match(c) for c in name):
        return None
    from tui.model.handle_cut import lexicon, posting_at

    table = lexicon()
    if any(posting_at(folded, i) for i in range(len(name))):
        return None  # @某某发帖表示: what the account did, before what it said
    if table.get(name[-2:]) in ("v", "x", "w") or table.get(name[-1]) in ("s", "f", "g") or name[-2:] in _SAYING:
        return None
    for i, ch in enumerate(name):
        kind = table.get(ch)
        if (kind in ("f", "g") and ch != "的") or table.get(name[i : i + 2]) == "w" or ch in "我你他她":
            return None
    return len(name)


#: A line made only of handles, apart by spaces or list marks (a post's closing row of tags).
_HANDLE_LIST = rule_cache.compile(
    r"[ \t\u3000]*[@＠][^\s@＠、，,]+(?:[ \t\u3000、，,]+[@＠][^\s@＠、，,]+)+[ \t\u3000、，,]*"
)


#: What may stand before a handle alone at its line's end: nothing, or a short label and its
#: colon (协办：, 來源:, 粉專：) after a space or the line's start.
_LABEL_BEFORE = rule_cache.compile(r"(?:^|(?<=[\s\u3000]))[^\s：:，,。｜|]{1,6}(?:[：:]|[ \t\u3000]*[｜|])[ \t\u3000]*$")
_CLAUSE_END = frozenset("，。；,;！!？?")
#: A Latin word after the space (星河 X10, 小米 15): a product's name the sentence goes on with.
_LATIN_AFTER_SPACE = rule_cache.compile(r"[A-Za-z0-9]")
_LONG_NAME = 10  # characters: longer runs are seldom one account's name (Weibo allows 15 hanzi)
#: A comment's stamp closing its line (… 6-12 21:15, … 2024-8-2 10:40 来自北京).
_STAMP_CLOSES_LINE = rule_cache.compile(
    r"[ \t\u3000]+(?:\d{2,4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2})?(?:[ \t\u3000]+来自\S{1,12})?[ \t\u3000]*(?:\n|$)"
)
_INVITED_BY = rule_cache.compile(r"谢邀\s*$")
#: A credit's label right before a handle (排版：@某某, 攝影：@某某, 圖／@某某): its value is a name.
_CREDIT_LABEL = rule_cache.compile(
    r"(?:^|(?<=[\s\u3000（(：:]))(?:排版|编辑|责编|责任编辑|美编|摄影|图|文|作者|撰文|采写|设计|插画|校对|审核|策划|"
    r"出品|剪辑|视频|翻译|主编|供图|配图|文字|统筹|图片|来源|图片来源|模特|化妆|造型)[ \t\u3000]*[：:／/][ \t\u3000]*$"
    # an account's label: 作者微博：@某某, 小红书：@某某 (the value is the account's whole name)
    r"|(?:微博|公众号|抖音|小红书|B站|哔哩哔哩|快手|视频号|IG|Instagram|Threads|Facebook|FB|YouTube|推特|脸书)"
    r"(?:号|账号|帐号|ID)?[ \t\u3000]*[：:][ \t\u3000]*$"
)
#: Where a post says its pictures came from, right before the handle at the line's end
#: (部分照片来自同行的朋友@某某, 图片由@某某提供 has its verb after): the name is all that follows.
_PICTURES_FROM = rule_cache.compile(r"(?:照片|图片|相片|图|影片|视频|素材)[^，,。！？!?@]{0,6}(?:来自|来源于?|出自|取自)[^，,。！？!?@]{0,8}$")
#: What may stand before a repost's original poster at its line's start: nothing, or Weibo's //.
_QUOTED_POST_OPENING = rule_cache.compile(r"[ \t\u3000]*(?://[ \t\u3000]*)?")
_RELEASE = "发布"
#: 的 and a count of people or things after an account's name (…的几位老师, …的各位朋友, …的这篇文章):
#: what belongs to the account, not its name.
_OF_SOME = rule_cache.compile(r"的(?:[几各诸众两三四五六七八九十\d]+|这|那)(?:位|个|名|些|篇|条|张|次|期)")
#: A call to follow or look up an account right before its @ (请关注@江陵文旅发布。): what follows
#: is the account, whole, to the clause's end.
_FOLLOW_BEFORE = rule_cache.compile(r"(?:关注|订阅|搜索|搜寻|追踪|私信|联系)(?:我们的|官方)?$")


def _plain_name(name: str) -> bool:
    """Is ``name`` free of function words (在, 了, 也: 某某在除夕发布 is a clause), as a place's
    or an office's name before 发布 is?"""
    from tui.model.handle_cut import lexicon

    table = lexicon()
    return not any(
        table.get(ch) in ("f", "g") or table.get(name[i : i + 2]) == "w" for i, ch in enumerate(name)
    )


def _named_alone(text: str, at: int, after: str, platform: bool = True) -> bool:
    """Does the handle at ``at`` stand alone, its clause over: on a line of its own or after a
    label at the line's end, or (``platform``) after a platform's name before a comma or a stop
    (已發布在抖音@…，)?"""
    if after in ("", "\n", "\r"):  # (once a line: only its last handle ends it)
        line_start = text.rfind("\n", 0, at) + 1
        before = text[line_start:at]
        return not before.strip() or _LABEL_BEFORE.search(text, max(line_start, at - 12), at) is not None
    return platform and after in _CLAUSE_END and _after_platform(text, at)


#: A handle and the space or list mark after it, right before another handle (@甲 @乙), the
#: first of the row after a space, the line's start or a sentence's end (…见官网。@甲 @乙).
_HANDLE_BEFORE = rule_cache.compile(r"(?:^|[\s。！？!?])[@＠][^\s@＠、，,。！？!?]{1,30}[ \t\u3000、，,]+$")


def _handle_list(text: str, start: int, end: int, at: int) -> bool:
    """Is ``text[start:end]`` a line of two or more handles and nothing else, or does the
    line end in a row of them (家鄉味道 @甲 @乙: a post's closing tags) that ``at`` closes?"""
    if _HANDLE_LIST.fullmatch(text.rstrip("\r"), start, end) is not None:
        return True
    return _HANDLE_BEFORE.search(text, max(start, at - 40), at) is not None


#: Prepositions (coverbs) that put a name before the sentence's verb: 跟@某某合作, 向@某某致敬,
#: 与@某某联名推出.  (Not 和/及/或, which also join two names in a list.)
_VERB_FOLLOWS = rule_cache.compile(r"[跟与與向对對给給替被把让讓]$")


def _verb_noun_cut(run: str, cut: int) -> int:
    """Where a verbal noun of the dictionary (合作, 直播) begins after the name's first two
    characters, outside a noun of the name (工作室), if before ``cut``."""
    from tui.model.handle_cut import verbal_noun_at

    at = verbal_noun_at(_simplified(run), 2)
    return at if at is not None and at < cut else cut


#: The writer's own channel on a platform, right before the @ (在我抖音@, 我的B站@, 关注我小红书@).
_OWN_CHANNEL_BEFORE = rule_cache.compile(r"我的?(?:抖音|快手|小红书|B站|视频号|微博|YouTube|IG)$")
#: 在 and a platform's name right before the @ (在微博@, 在抖音@, 在IG@).
_IN_PLATFORM = rule_cache.compile(
    r"[在于於](?:微博|抖音|快手|小红书|小紅書|B站|脸书|臉書|推特|油管|[A-Za-z]{1,9})$"
)
#: The locative that closes 在 … (中, 里, 上) and the verb of saying or posting after it.
_ENCLOSED_END = rule_cache.compile(r"(?:中|里|裡|裏|上)(?=透露|表示|说|說|称|稱|写|寫|发|發|提到|指出|回应|回應|分享|晒|曬)")


def _enclosed_length(run: str) -> int:
    """The name up to the locative of ``在 …@名 中透露``, or 0 where the frame does not close
    in the run or closes an account's work (在微博@某某的评论区里: the name ends at 的)."""
    m = _ENCLOSED_END.search(run, 2)
    if m is None:
        return 0
    name = fold(run[: m.start()])
    de = name.find("的")
    if de >= 0 and (name[de + 1 :] in _WORK_PLACES or name.endswith(("区", "页", "下"))):
        return 0
    return m.start()


#: An account's pages that 的 possesses (评论区 is caught by its ending).
_WORK_PLACES = frozenset({"视频", "微博", "主页", "动态", "帖子", "直播间", "账号", "评论", "留言"})


def _before_its_day(run: str, after: str) -> str:
    """``run`` without the day that follows the name (@某某5日发文, @某某今早发文, @某某于12日,
    Taiwan's @某某今（12）日 whose run the bracket ends): a date is never part of a name, nor
    the preposition or day word that opens it."""
    cut = len(run)
    opener = _PREPOSITION
    date = _DATE_AFTER_NAME.search(run, 2)
    written = _YEAR_AT_END.search(run, 2)
    if written is not None and _CJK.match(run[written.start() - 1]) and _DAY_WRITTEN_ON.match(after):
        cut = written.start()  # @某某景区在2024.4.28发布: a day written with dots or slashes
    elif date is not None and _CJK.match(run[date.start() - 1]):
        cut = date.start()
    elif _TW_DAY.match(after):
        opener = _TW_DAY_WORD  # 今（12）日: the run stops at the bracket, after its day word
    else:
        from tui.model.date_patterns import scan

        day = next(
            (m.start for m in scan(fold(run)) if m.kind in _DAY_KINDS and m.start >= 2), None
        )
        if day is None or not _CJK.match(run[day - 1]):
            return run
        from tui.model.handle_cut import question_end

        if question_end(fold(run), day) is not None:
            return run  # @小林今天穿什么转发了: the day word is inside a name shaped as a question
        cut = day
    head = opener.search(run, 0, cut)
    if head is not None and head.start() >= 2:
        cut = head.start()
    return run[:cut] if cut >= 2 else run


#: Days a name may run into: relative days (今早, 昨晚) and bracketed Taiwan days.
_DAY_KINDS = frozenset({"relday", "twrel"})
#: What opens a day after the name: a preposition (于12日), and Taiwan's 今/昨/明 before its
#: bracket (今（12）日; a name may end in 明 before a plain date: @李明5日).
_PREPOSITION = rule_cache.compile(r"(?:于|於|在|从|從|自)?$")
_TW_DAY_WORD = rule_cache.compile(r"(?:于|於|在|从|從|自)?(?:今|昨|明|前|本|去)$")
_TW_DAY = rule_cache.compile(r"[（(]\d{1,4}[）)]\s*[日月年]")

#: Conjunctions that join two handles written back to back (@甲乙和@丙丁, @甲乙與@丙丁).
_AND = "和与與及跟同或"
#: A day, month or year in digits right after a name's hanzi (@某某5日发文, @某某2月5日晚间):
#: the date of what the account did, never part of its name (a line number, 3号线, is no date).
_DATE_AFTER_NAME = rule_cache.compile(r"\d{1,4}年|\d{1,2}月|\d{1,2}日")
_YEAR_AT_END = rule_cache.compile(r"(?:19|20)\d\d$")
_DAY_WRITTEN_ON = rule_cache.compile(r"[./-]\d{1,2}[./-]\d{1,2}")

# A floor of a thread, by its number (@3楼, @12樓, @5L): whom a reply answers, no account.
_FLOOR = rule_cache.compile(r"\d{1,5}\s*(?:楼|樓|层|層|L)(?![A-Za-z0-9_])|[Bb]\d{1,4}$")  # (Dcard's floors: @B2)
# 据@某某消息, 根据@某某通报, 据商务部官方微博@某某消息: a source quoted in the frame 据……消息
# (its role between, no pause) ends before its noun.
_REPORT_FRAME = rule_cache.compile(r"(?:据|援引|引述)[^，,。！？!?；;：:\s]{0,14}$")
_REPORT_NOUN = rule_cache.compile(r"(?:消息|通报|公告|披露|爆料)$")
_REPORTER_NAME = 10  # characters: the longest name a report frame gives back in whole
# "As … said": 正如@某某所说, 据@某某所述.  The frame before the handle makes 所 and its verb the
# phrase's (whatever the name, 斋主所 is no name), where 研究所 alone could be a name's.
_AS_FRAME = rule_cache.compile(r"(?:如|像|据|按照|依照)[^，,。！？!?；;：:\s]{0,12}$")
_SUO_SAID = rule_cache.compile(r"所(?:说|言|述|讲|写|指|提|称|示)")
_PLATFORM_BEFORE = rule_cache.compile(r"(?:[A-Za-z]|微博|抖音|快手|小红书|小紅書|B站|脸书|臉書|推特|油管|频道|頻道)$")


_MASTHEAD_LINES = 3  # the page's first chrome lines: its head, where a site names itself
_MASTHEAD = rule_cache.compile(r"[\u4e00-\u9fff]{2,8}[@＠][\u4e00-\u9fff]{1,4}")


def _masthead(line: str) -> bool:
    """Is ``line`` a site's name with an ``@`` in it (``獨立評論@天下``): hanzi on both sides,
    nothing else on the line, and no platform or role before the ``@`` (``微博@某某``,
    ``網友@某某`` alone on a line are accounts)?"""
    line = line.strip()
    if not _MASTHEAD.fullmatch(line):
        return False
    at = line.index("@") if "@" in line else line.index("＠")
    return not _after_platform(line, at) and not _ROLE_RIGHT_BEFORE.search(fold(line[:at]))


def _after_platform(text: str, at: int) -> bool:
    """The ``@`` follows a platform's name (``Facebook@``, ``IG@``, ``微博@``)."""
    return bool(_PLATFORM_BEFORE.search(text, max(0, at - 4), at))


def _window_start(text: str, pos: int, width: int = WINDOW) -> int:
    """Where the phrase before ``pos`` starts: after the last barrier within ``width``."""
    lo = max(0, pos - width)
    for i in range(pos - 1, lo - 1, -1):
        if _ROLE_BARRIER.match(text[i]):
            return i + 1
    return lo


def _strip_filler(text: str, start: int, end: int) -> int:
    while start < end:
        m = _FILLER.match(text, start, end)
        if not m or not m.group(0):
            break
        start = m.end()
    return start


# Function characters a role's modifier never reaches back over (曾与编剧 → 编剧).
_NOT_MODIFIER = frozenset("的地得在与和及跟同对为被把从向于曾也就都还又才已将并而或是有让给由以经据我你他她它了过着")
#: Verbs whose object is a person (谢谢设计师@…, 我想起作家林某某（@…）): the role after one is
#: its object's, and the verb is no modifier of it.
_PERSON_VERBS = ("谢谢", "感谢", "想起", "记得", "喜欢", "关注", "推荐", "邀请", "认识", "看到", "听说", "请教", "采访", "专访")


def _modifier_start(text: str, lo: int, role_start: int) -> int:
    """Where the modifier of a role noun begins (科技博主, 资深技术专家, AI博主).

    At most six characters, never a filler word (一大批, 包括), and never reaching
    back over a function character (曾与编剧 → 编剧).
    """
    start = max(_strip_filler(text, lo, role_start), role_start - 6)
    for i in range(role_start - 1, start - 1, -1):
        if text[i] in _NOT_MODIFIER:
            return i + 1
        if i >= 1 and text[i - 1 : i + 1] in _PERSON_VERBS:
            return i + 1
    return start


def _role_and_name(text: str, pos: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The role noun phrase and the name right before ``pos`` (each a span or None)."""
    lo = _window_start(text, pos)
    m = _ROLE_AT_END.search(text[lo:pos])
    if m is None:
        return None, None
    role_start = lo + m.start("role")
    name = (lo + m.start("name"), lo + m.end("name")) if m.group("name") else None
    return (_modifier_start(text, lo, role_start), lo + m.end("role")), name


@cache
def _name_at_end() -> re.Pattern[str]:
    """Compiled on first use: only bracketed and joined names need it."""
    return re.compile(_NAME_AT_END_PATTERN)


def _paren_name(text: str, pos: int) -> tuple[int, int] | None:
    """``王某某（@handle）``, ``Elon Musk (@elonmusk)``: the name before the bracket."""
    p = _OPEN_PAREN.search(text, max(0, pos - 3), pos)
    if p is None:
        return None
    lo = max(0, p.start() - WINDOW)
    m = _name_at_end().search(text[lo : p.start()])
    return (lo + m.start("name"), lo + m.end("name")) if m else None


def _paren_start(text: str, pos: int) -> int:
    """``pos``, or the opening bracket right before it: ``作家王某某（@handle）``."""
    p = _OPEN_PAREN.search(text, max(0, pos - 3), pos)
    return p.start() if p is not None else pos


def _bare_name(text: str, pos: int) -> tuple[int, int] | None:
    """``Jane Lee 李某某@JaneLeeTW``, ``Elon Musk@elonmusk``: a name joined to the handle."""
    lo = max(0, pos - WINDOW)
    m = _name_at_end().search(text[lo:pos])
    return (lo + m.start("name"), lo + m.end("name")) if m else None


def _last_role(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last role phrase in ``text[lo:hi]`` (for a list whose role is said before it)."""
    last = None
    for m in _ROLE_ANY.finditer(text, lo, hi):
        last = m
    if last is None:
        return None
    end = last.end()
    start = _window_start(text, last.start(), 8)
    start = max(_strip_filler(text, start, last.start()), last.start() - 6)
    return start, end


_PLATFORMS = frozenset(
    [
        "ig",
        "instagram",
        "youtube",
        "yt",
        "threads",
        "facebook",
        "fb",
        "twitter",
        "x",
        "tiktok",
        "weibo",
        "line",
        "dcard",
        "ptt",
        "bilibili",
        "douyin",
        "telegram",
        "discord",
        "reddit",
        "github",
        "medium",
        "substack",
    ]
)


def _sentence(
    spans: list[tuple[int, int]], starts: list[int], offset: int, n: int
) -> tuple[int, int]:
    i = bisect.bisect_right(starts, offset) - 1
    return spans[i] if i >= 0 and spans[i][0] <= offset < spans[i][1] else (0, n)


def find_bloggers(
    paragraphs: list[str], chrome: list[str] | tuple[str, ...] = ()
) -> list[RawBlogger]:
    """All bloggers in order of first appearance, one per handle across both scripts.

    ``chrome`` lines (source and photo credits, page metadata) are searched too: their
    handles are mentions (hits with ``chrome=True``) but give no names or roles.
    """
    order: list[str] = []
    hits: dict[str, list[Hit]] = {}
    names: dict[str, tuple[int, int, int]] = {}
    roles: dict[str, tuple[int, int, int]] = {}

    def _add(key: str, hit: Hit) -> None:
        if key not in hits:
            order.append(key)
            hits[key] = []
        hits[key].append(hit)

    known = closed_handles([*paragraphs, *chrome])
    posters = standalone_names([*paragraphs, *chrome])
    # (a post with a block of program code in it: its @Scheduled, @EnableScheduling are the code's
    # annotations, wherever the post names them)
    code = code_annotations(paragraphs)
    for p, text in enumerate(paragraphs):
        found = find_handles(text, known, posters, code)
        if not found:
            continue
        spans = sentence_spans(text)
        starts = [s for s, _ in spans]
        text = fold(text)  # the rules read Simplified; offsets are unchanged
        prev_end, prev_key, list_start = -1, None, 0
        for start, end in found:
            key = _simplified(text[start + 1 : end])
            _add(key, Hit(p, start, end, _sentence(spans, starts, start, len(text))))
            in_list = prev_key is not None and bool(_SEPARATOR_ONLY.match(text[prev_end:start]))
            if not in_list:
                list_start = start
            role_span, name_span = _role_and_name(text, _paren_start(text, start))
            role = (p, *role_span) if role_span is not None else None
            if role is None:
                account = _ACCOUNT_AFTER.match(text, end)
                if account and _ACCOUNT_BEFORE.search(text, max(0, start - 8), start):
                    role = (p, account.start(1), account.end(1))
            if role is None and in_list and prev_key in roles:
                role = roles[prev_key]
            elif role is None and (
                in_list or _LIST_INTRO.search(text, _window_start(text, start), start)
            ):
                head = _window_start(text, list_start)
                span = _last_role(text, max(0, head - LIST_WINDOW), head)
                if span is not None:
                    role = (p, *span)
                elif p > 0:
                    prev = fold(paragraphs[p - 1][-LIST_WINDOW:])
                    span = _last_role(prev, max(0, len(prev) - LIST_WINDOW), len(prev))
                    role = (p - 1, *span) if span is not None else None
            if role is not None and key not in roles:
                roles[key] = role
            if name_span is None:
                name_span = _paren_name(text, start)
            if name_span is None and not _CJK.search(key):
                name_span = _bare_name(text, start)
                if name_span is not None:
                    words = text[name_span[0] : name_span[1]].split()
                    if len(words) < 2 and not _CJK.search(words[0] if words else ""):
                        name_span = (
                            None  # a lone Latin word (IG, Threads) is a platform, not a name
                        )
            if name_span is not None and key not in names:
                candidate = text[name_span[0] : name_span[1]]
                if _simplified(candidate) != key and candidate.lower() not in _PLATFORMS:
                    names[key] = (p, *name_span)
            prev_end, prev_key = end, key

    for i, line in enumerate(chrome):
        if i < _MASTHEAD_LINES and _masthead(line):
            continue  # 獨立評論@天下 heading the page: the site's name, not an account
        for start, end in find_handles(line, known, posters, code):
            _add(
                _simplified(line[start + 1 : end]), Hit(i, start, end, (0, len(line)), chrome=True)
            )
    return [RawBlogger(key, tuple(hits[key]), names.get(key), roles.get(key)) for key in order]
