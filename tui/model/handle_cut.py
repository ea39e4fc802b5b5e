"""Where a Chinese @handle ends when it runs straight into the next word (``@某某表示``).

Decided with jieba's own dictionary and part-of-speech tags, not a hand-made verb
list: the name ends where a verb, adverb, preposition, conjunction, particle or
time word of the dictionary begins.  jieba's tokenizer is never initialised for
this (that costs about 0.6 s and keeps jieba off the path to the first screen):
only the dictionary's tagged function words are read, once, and kept in the
user's cache directory, so later processes load them in a few milliseconds.
"""

from __future__ import annotations

import importlib.util
import threading
import zlib
from pathlib import Path

from tui.model import rule_cache
from tui.model.cache_files import cache_dir, keep, read_kept

#: Tags of words that follow a name in running text (jieba's ICTCLAS-style tag set).
FUNCTION_TAGS = frozenset({"p", "c", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud"})
#: A pronoun starts the clause after a name that is spoken to (``@某某你看一下``).
PRONOUN_TAGS = frozenset({"r"})
VERB_TAGS = frozenset({"v", "vd", "vi"})
TIME_TAGS = frozenset({"t"})
_MIN_WORD_FREQ = 100  # a multi-character word this rare is not a reason to cut a name
_MIN_CHAR_FREQ = 20000  # single characters: only the very common function words and verbs
_STRONG_CHAR_FREQ = 50000  # 的 在 也 就 等 …: these need no second word after them
_MAX_WORD = 4
_MIN_NOUN_FREQ = 30  # a noun this common is a word of the name, though a verb is inside it
_NOUN_TAGS = frozenset({"n", "nz", "nt", "ns"})
#: What ends a time after a time word (上周五, 去年底, 明天上午): such a noun is still a time.
_TIME_REST = rule_cache.compile(r"[周星期礼拜月日天年末季节号点时晚早午夜前后初底中旬半一二三四五六七八九十]")
#: 等 closes a list of names (@甲、@乙等人); Cantonese 嗰 ("that": @某某嗰班人) begins a noun
#: phrase of the sentence: never part of a name.
_LIST_END = "等嗰𠮶"  # (opencc's t2s writes 嗰 as 𠮶)
#: The adverbial particle (地, tag ``uv``) follows an adverb, never a name: right after a name
#: the character begins a noun of the name (@某某地铁, @某某地产), so it cuts only as a rarer
#: function character does, before another such word (@某某开心地说).
_WEAK_TAGS = frozenset({"uv"})
_ADVERBIAL = "地"
#: What an organisation's account name ends with, after its own name (@某某地铁运营分公司,
#: @某某银行客服, @某某官方): a name's suffix, not a verb or a preposition that follows it.
_NAME_SUFFIXES = (
    "分公司",
    "总公司",
    "分局",
    "分行",
    "支行",
    "分院",
    "分会",
    "分社",
    "分部",
    "分店",
    "总部",
    "总局",
    "总会",
    "总站",
    "官方",
    "官微",
    "官博",
    "客服",
    # an association's name ends in 会 (傑志體育會, 某某商会), which is no verb "can" there
    "体育会",
    "协会",
    "商会",
    "基金会",
    "委员会",
    "联合会",
    "同乡会",
    "促进会",
    "校友会",
    "系友会",
    "同学会",
    "联谊会",
    "后援会",
    "读书会",
    "互助会",
    "研究会",
    "家长会",  # a school's parents' association (興安國小家長會), a common page owner
    "学生会",
    # a neighbourhood's or a village's association (西環街坊會, 某某福利會, 某某居委会), a union (not 教会,
    # the verb "taught" as often: @阿杰教会我深蹲)
    "坊会",
    "福利会",
    "居委会",
    "村委会",
    "业委会",
    "工会",
    # a research institute (城东文化研究所表示): 研究 is no verb of the sentence there
    "研究所",
    "研究院",
    "研究室",
)
_SUFFIX_HEADS = frozenset(s[0] for s in _NAME_SUFFIXES)
#: An institution's head noun after the verb of what it does (保护中心, 管理处, 服务站), and the
#: verbs an institution is named for (not 回复中心的通知, 分享工作室新品: a verb of the sentence).
_INSTITUTION_HEADS = ("中心", "办公室", "工作室", "管理处", "管理局", "管理所",
                      "指挥部", "工作站", "服务站", "服务队", "联盟", "学会", "小组")
_INSTITUTION_VERBS = frozenset({"保护", "管理", "服务", "发展", "研究", "救助", "指导", "监测", "培训", "交流",
                                "促进", "推广", "传承", "保育", "援助", "咨询", "调解", "检测", "鉴定", "创作"})
#: Words that urge an account to act (快出图录, 赶紧发货) after an institution's name, and the
#: last characters of such names (博物馆, 研究院, 书店); wider than ``_NOUN_ENDS``, which close a
#: nickname's run wherever they stand.
_HURRY = ("赶紧", "赶快", "快点", "快")
_PLACE_NOUN_ENDS = "馆院局所站社店园厂校会司台部处"
#: Words that begin the clause after an association's name (的, 或, 亦, 也…): where it ends.
_AFTER_ASSOCIATION = frozenset("的或和及与亦也都已将在于就均")
#: Words of posting and speaking that jieba's dictionary tags as nouns (爆料 n, 发文 n, 坦言 n):
#: after a name, at the end of its run or before 称/说/道, they are what the account did
#: (据@某某爆料，…; @某某发文称).  Words that end real account names (评论, 辟谣) are not here.
_POSTING = (
    "爆料", "发文", "撰文", "刊文", "发帖", "贴文", "发博", "直言", "坦言", "吐槽", "晒出", "官宣",
    "曝光", "配文", "贴出", "通报", "私信", "形容", "戏称", "直呼",
    # (网红@某某笑言，…; @某某痛批, @某某大赞: speaking out, in words the dictionary lacks or
    # files as nouns)
    "笑言", "笑指", "直指", "自曝", "痛批", "狠批", "怒批", "大赞", "力挺", "喊话",
)
_POSTING_HEADS = frozenset(w[0] for w in _POSTING)
#: Words of reviewing that before 称, 说 or 道 are what the account did (博主@某某评价称，…,
#: @某某评论称); 评论 after an outlet's word ends a real account's name instead (@新京报评论称:
#: the paper's commentary account, see ``_OUTLET_ENDS``).
_REVIEWED = frozenset({"评价", "点评", "评论"})
_REVIEW_HEADS = frozenset(w[0] for w in _REVIEWED)
#: … of which these are verbs with their complement (贴出照片, 晒出截图): whatever follows.
_POSTING_VERBS = frozenset({"贴出", "晒出"})
_SAYS = "称说道"
_OUTLET_ENDS = "报网社台刊"  # (新京报评论, 某某网评论: an outlet's commentary column, a name)
_ASKS = "问"  # (tagged a noun by jieba) after a posting word: 私信问, what was asked
_PERSONAL = "我你他她它"
#: The verbs of posting (发 a video, 晒 a photo, 删 a post): common verbs under the
#: one-character frequency floor, yet after a name they are what the account did
#: (@某某发视频介绍…, @某某晒图说…, @某某随后删文).  They cut as the dictionary's verbs do.
_POSTING_CHARS = "发晒删"
#: Cantonese function words and verbs of saying, which jieba's Mandarin dictionary lacks or tags
#: as nouns (話): the same closed classes the dictionary gives for Mandarin (嘅 as 的, 喺 as 在,
#: 咗 as 了, 佢 as 他, 啱啱 as 刚刚, 琴日 as 昨天), so a Hong Kong page's handles are cut alike
#: (@陳大文嘅分享, @陳大文話佢唔去, @陳大文琴日去咗).  Simplified forms, as the runs are folded.
_CANTONESE = {
    "嘅": "f", "喺": "f", "咗": "f", "嗰": "f", "𠮶": "f", "佢": "g", "佢哋": "w", "啱啱": "w", "头先": "w",
    "琴日": "w", "寻日": "w", "听日": "w", "今朝": "w", "听朝": "w",
    "话": "s", "睇": "s", "冇": "s",  # (not 讲: 老王讲故事, 罗翔讲刑法 name a channel)
}  # fmt: skip
#: One-character nouns that close a blog's or a club's name (@数码闲聊站, @读书社, @小王君): a
#: verb of the dictionary right before one is part of the name (闲聊站), not the clause after it.
_NOUN_ENDS = frozenset("站社号君酱菌屋铺馆坊堂团")
#: The Cantonese verbs added above (not the dictionary's own): a word that ends in one (电话,
#: 笑话, 喊话) is kept in the table as ``e``, so the verb cuts no word it closes.  (Not 发: after
#: a name, 事发视频 is 事 and 发视频.)
_ADDED_VERBS = frozenset(w for w, k in _CANTONESE.items() if k == "s")
_VERSION = "handle-cut-20"
#: Tags of two-character words that say how a verb is done (公开 ad, 首次 m, 当场 s, 一度 mq,
#: 激动 a): before a verb of saying they begin the clause, never a word of the name.
_MANNER_TAGS = frozenset({"ad", "a", "an", "m", "mq", "s"})
#: Single characters that say a clause goes on (verbs ``a``; locatives, adverbs, prepositions,
#: conjunctions, particles, pronouns ``k``) at this frequency, under the table's floor (讲, 修,
#: 教, 完, 后): never a word of a name's topic (看盘), and a verb before 了 or a pronoun.
_MIN_CLAUSE_CHAR_FREQ = 1000
#: jieba tags a few everyday verbs as verb morphemes (喝 ``vg``): as common as this, they are the
#: clause's verb before 了 as the ``v`` ones are (@某某茶舍喝了桂花龙井).
_MIN_VERB_MORPHEME_FREQ = 5000
_CLAUSE_CHAR_TAGS = frozenset({"f", "d", "p", "c", "t", "r", "y", "u", "uj", "ul", "uz", "ug", "uv", "ud"})

_lock = threading.Lock()
_lexicon: dict[str, str] | None = None
_more: dict[str, str] | None = None


def _dictionary() -> Path | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    return path if path.exists() else None


def _read(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Words that end a name, from jieba's dictionary, and the other words a clause is read by.

    word -> ``v`` (a verb of several characters), ``w`` (another word: adverb,
    preposition, conjunction, time word), ``f`` (a very common function character),
    ``g`` (a less common one, or a common pronoun), ``s`` (a one-character verb) or ``n``
    (a noun with a verb of the table inside: 工作室, 出版社, 停车场, a word of a name,
    @某某工作室发布…, where the verb alone, 作, would cut it).  The second table: two-character
    nouns and verbs ``o`` (记录), and the rarer clause characters ``a`` and ``k`` (see
    ``_MIN_CLAUSE_CHAR_FREQ``), which cut nothing by themselves.
    """
    out: dict[str, str] = {}
    nouns: list[str] = []
    pairs: list[str] = []
    heads: list[str] = []
    more: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq, tag = parts
            n = len(word)
            if n > _MAX_WORD:
                continue
            count = int(freq) if freq.isdigit() else 0
            if n == 2 and count >= _MIN_WORD_FREQ and tag in ("n", "vn", "v"):
                more[word] = "o"
            elif n == 2 and count >= _MIN_WORD_FREQ and tag in _MANNER_TAGS:
                more[word] = "d"  # 公开, 首次, 当场: how or when the clause's verb is done
            elif n == 1 and count >= (_MIN_VERB_MORPHEME_FREQ if tag == "vg" else _MIN_CLAUSE_CHAR_FREQ) and (
                tag in VERB_TAGS or tag == "vg"
            ):
                more[word] = "a"
            elif n == 1 and count >= _MIN_CLAUSE_CHAR_FREQ and tag in _CLAUSE_CHAR_TAGS:
                more[word] = "k"
            if n in (2, 3) and tag == "ns" and count >= _MIN_WORD_FREQ:
                more.setdefault(word, "p")  # 上海, 江南: a place, which often opens an account's name
            if n > 2 and tag in _NOUN_TAGS and count >= _MIN_NOUN_FREQ:
                nouns.append(word)
            elif n == 2 and word[1] in _ADDED_VERBS and count >= _MIN_NOUN_FREQ:
                pairs.append(word)  # 电话, 头发: the added verb ends a word, it cuts nothing
            if (
                n > 1
                and word[0] in _POSTING_CHARS
                and tag in _NOUN_TAGS
                and count >= _MIN_NOUN_FREQ
                and word not in _POSTING
            ):
                heads.append(word)  # 发型, 发票: a noun the posting verb begins
            if n > 1:
                if count >= _MIN_WORD_FREQ and tag in VERB_TAGS:
                    out[word] = "v"
                elif count >= _MIN_WORD_FREQ and tag == "vn":
                    out[word] = "x"  # 直播, 预测: a clause's verb (正在直播), never a cut
                elif count >= _MIN_WORD_FREQ and tag in FUNCTION_TAGS | TIME_TAGS:
                    out[word] = "w"
                elif count >= _MIN_WORD_FREQ and n == 2 and tag == "m" and word[0] == "一":
                    out[word] = "m"  # 一路, 一起: before a verb, how it was done (see name_length)
            elif count >= _MIN_CHAR_FREQ:
                if tag in _WEAK_TAGS:
                    out[word] = "g"
                elif tag in FUNCTION_TAGS:
                    out[word] = "f" if count >= _STRONG_CHAR_FREQ or tag.startswith("u") else "g"
                elif tag in VERB_TAGS:
                    out[word] = "s"
                elif tag in PRONOUN_TAGS:
                    out[word] = "g"  # 你 我 他 这: only before a clause that says something
    for ch in _POSTING_CHARS:
        out.setdefault(ch, "s")
    for word, kind in _CANTONESE.items():
        out.setdefault(word, kind)
    for word in nouns:
        if word not in out and _holds_verb(word, out):
            out[word] = "n"
    for word in pairs:
        out.setdefault(word, "e")
    for word in heads:
        out.setdefault(word, "n")
    return out, more


def _holds_verb(word: str, table: dict[str, str]) -> bool:
    """Is a verb of ``table`` inside ``word`` (工作室: 作; 出版社: 出版), while no adverb,
    preposition or time word begins it (上周五 stays a cut)?  A noun that a word the dictionary
    calls a time word begins, but that names no time, is a noun (青年报: 青年)."""
    for k in range(1, len(word)):
        kind = table.get(word[:k])
        if kind in ("f", "g") or (kind == "w" and k == 1):
            return False
        if kind == "w":
            return not _TIME_REST.search(word[k:])
    return any(
        table.get(word[j:k]) in ("v", "s")
        for j in range(len(word))
        for k in range(j + 1, len(word) + 1)
        if k - j < len(word)
    )


def _cache_file(path: Path) -> Path | None:
    """Where the lexicon is kept: the app's cache directory, named for the dictionary's version."""
    try:
        st = path.stat()
        # keyed by this module's own text too: two checkouts whose rules differ never share it
        rules = zlib.crc32(Path(__file__).read_bytes())
        return cache_dir() / f"{_VERSION}-{rules:08x}-{st.st_size}-{int(st.st_mtime)}.marshal"
    except Exception:  # no cache directory: read the dictionary each time
        return None


def lexicon() -> dict[str, str]:
    """The words that end a name (loaded once per process; cached on disk)."""
    if _lexicon is None:
        _load()
    assert _lexicon is not None
    return _lexicon


def more_words() -> dict[str, str]:
    """Two-character words and rarer clause characters (see :func:`_read`), loaded with the
    lexicon."""
    if _more is None:
        _load()
    assert _more is not None
    return _more


def _load() -> None:
    global _lexicon, _more
    with _lock:
        if _lexicon is not None:
            return
        path = _dictionary()
        table: dict[str, str] = {}
        more: dict[str, str] = {}
        if path is not None:
            cached = _cache_file(path)
            loaded = read_kept(cached, 1 << 28) if cached is not None else None
            if isinstance(loaded, tuple) and len(loaded) == 2 and all(isinstance(t, dict) for t in loaded):
                table, more = loaded
            if not table:
                table, more = _read(path)
                if cached is not None:
                    keep(cached, (table, more))
        _more = more
        _lexicon = table


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0002ffff"


def _word_at(run: str, i: int, table: dict[str, str]) -> tuple[str, int] | None:
    """The longest word of ``table`` that starts at ``i``: its kind and length (kind ``n``:
    a noun that a cutting word begins, which is no cut)."""
    for n in range(min(_MAX_WORD, len(run) - i), 1, -1):
        kind = table.get(run[i : i + n])
        if kind in ("v", "w"):
            return kind, n
        if kind in ("n", "x"):
            return "n", n  # 工作室, 发型: a noun that holds the verb (工作, 发), a word of the name
    kind = table.get(run[i])
    return (kind, 1) if kind is not None else None


def word_kind_at(run: str, i: int, table: dict[str, str]) -> str | None:
    """The kind of the longest word of ``table`` starting at ``i`` (see :func:`_word_at`)."""
    word = _word_at(run, i, table)
    return word[0] if word is not None else None


def _has_verb(run: str, i: int, table: dict[str, str]) -> bool:
    """Does ``run[i:]`` say something (hold a verb, or a verbal noun: 正在直播), as a clause
    after a name does?"""
    for j in range(i, len(run)):
        word = _word_at(run, j, table)
        if word is not None and word[0] in ("v", "s"):
            return True
        if table.get(run[j : j + 2]) == "x":
            return True
    return False


#: An account's works and pages (视频, 微博, 主页), which 的 after a name possesses: at the end
#: of the run (刚刷到@某某的视频，…) they are not the name's (麦田守望的人 is a name).
_WORKS = frozenset(
    {
        "视频", "影片", "微博", "文章", "帖子", "贴子", "贴文", "动态", "直播", "笔记",
        "回答", "推文", "节目", "专栏", "博文", "主页", "评论", "留言", "照片",
        "教学", "教程", "攻略", "作品", "截图", "图片", "频道", "账号", "公众号",
        # (粉專@某某的地圖, @某某的懶人包, @某某的限動: what a page posts for its readers)
        "地图", "图卡", "图表", "懒人包", "整理", "公告", "声明", "报导", "报道", "短片",
        "影音", "限动", "限时动态", "新闻稿",
    }
)  # fmt: skip
_PLACE_AFTER = "里中上内"  # (@某某的视频里: where in the work)
_WORK_PLACES = ("微博", "抖音", "快手", "B站", "小红书", "视频号", "最新", "新")


def works_after(run: str, i: int) -> bool:
    """Does ``run`` end at ``i`` in 的 and an account's work (的视频, 的教學, 的视频里)?"""
    rest = run[i + 1 :]
    if run[i] != "的":
        return False
    if rest[:-1] in _WORKS and rest[-1:] in _PLACE_AFTER and rest[-1:] != "":
        return True
    # (的微博视频, 的抖音直播, 的最新视频: where or how new, then the work)
    return rest in _WORKS or any(rest.startswith(w) and rest[len(w) :] in _WORKS for w in _WORK_PLACES)


def _modifier_of_name(run: str, i: int, table: dict[str, str], more: dict[str, str]) -> bool:
    """Is ``run[i]`` 的 after a verb phrase of the name (爱看书, 考研, 不吃鱼) and before a noun,
    the shape of a Weibo nickname (爱看书的猫, 考研的老学姐)?  A verb right before 的 makes it
    a modifier, which needs its noun: the name goes on.  (A name before 的, @某某的书, is no verb.)"""
    if run[i] != "的" or i < 2 or i + 1 >= len(run) or not _is_cjk(run[i + 1]):
        return False
    # (the verb right before 的, or before its one-character object: 爱吃鱼的, 爱看书的)
    verb = table.get(run[i - 2 : i]) in ("v", "x") or any(
        _is_clause_verb(run[j], table, more) for j in (i - 1, i - 2)
    )
    if not verb or works_after(run, i):
        return False
    nxt = _word_at(run, i + 1, table)
    return nxt is None or nxt[0] == "n"


#: A place noun's last character (胡同里, 山上, 海边) before 的: "the cat in the lane".
_PLACE_ENDS = "里上边"


def _place_of_name(run: str, i: int, table: dict[str, str]) -> bool:
    """Is ``run[i]`` 的 after a place (胡同里, 海边) and before a noun, the shape of a nickname
    (胡同里的猫, 海边的卡夫卡), where no clause goes on?  Not after an account's work
    (视频里的评论: the account's video)."""
    if run[i] != "的" or i < 2 or run[i - 1] not in _PLACE_ENDS or i + 1 >= len(run):
        return False
    if run[max(0, i - 3) : i - 1] in _WORKS or run[max(0, i - 4) : i - 1] in _WORKS:
        return False
    return _is_cjk(run[i + 1]) and table.get(run[i + 1]) is None and table.get(run[i - 1]) is None


_NICKNAME_HEAD = "阿"  # 阿芳, 阿强: a nickname's prefix, which 的 joins to a handle
#: 小 before one hanzi is a nickname too (爱吃鱼的小周, 海边的小鹿: Weibo names of the shape
#: "who + 的 + 小X"), unless 小X is an everyday noun of the dictionary (小孩, 小伙).
_SMALL_HEAD = "小"
#: 老 and a letter is one too (徒步的老K, 爱摄影的老Y).
_OLD_HEAD = "老"


def _nickname_end(run: str, i: int, table: dict[str, str]) -> int | None:
    """Where the name ends if ``run[i]`` is 的 joining a nickname to it (``弄堂里的阿芳评论说``:
    阿 and one hanzi close the name when a clause with a verb, or nothing, follows)."""
    head = run[i + 1 : i + 2]
    if run[i] != "的" or head not in (_NICKNAME_HEAD, _SMALL_HEAD, _OLD_HEAD) or i + 3 > len(run):
        return None
    if i > 0 and run[i - 1].isascii():
        return None  # @某某工坊Pixel的小林: a studio's Latin name, then a person of it
    latin = head == _OLD_HEAD and run[i + 2].isascii() and run[i + 2].isalpha()
    if head == _OLD_HEAD and not latin:
        return None  # 的老师, 的老婆: only 老 and a letter (老K, 老Y) is a nickname's
    if not latin and (not _is_cjk(run[i + 2]) or table.get(run[i + 1 : i + 3]) in ("v", "w")):
        return None
    if head == _SMALL_HEAD and (run[i + 1 : i + 3] in table or more_words().get(run[i + 1 : i + 3])):
        return None  # 的小孩, 的小伙: a noun of the sentence, not a nickname
    end = i + 3
    if end < len(run) and _is_clause_verb(run[end], table, more_words()):
        return end  # @露营的阿星借的: a verb of one character goes on from the nickname
    return end if end == len(run) or _has_verb(run, end, table) else None


def _suffix_at(run: str, i: int) -> int:
    """The length of an organisation's name suffix (分公司, 客服) starting at ``i``, or 0."""
    if run[i] not in _SUFFIX_HEADS:
        return 0
    for suffix in _NAME_SUFFIXES:
        if run.startswith(suffix, i):
            return len(suffix)
    return 0


def _posting_at(run: str, i: int, table: dict[str, str] | None = None) -> bool:
    """Does a word of posting (爆料, 发文) start at ``i`` and end the run or come before 称,
    了, or (with ``table``) a word of the dictionary that goes on with the clause
    (发文推荐, 曝光了, 爆料此前)?  Before a noun (曝光台) it is the name's own word."""
    if run[i] not in _POSTING_HEADS:
        return False
    for word in _POSTING:
        end = i + len(word)
        if not run.startswith(word, i):
            continue
        if end == len(run) or run[end] in _SAYS or run[end] == "了" or word in _POSTING_VERBS:
            return True
        if run[end] in _PERSONAL or run[end] == _ASKS or run[end] in _DEMONSTRATIVES:
            return True  # @某某私信我, @某某私信问, @某某形容这是: what the account did, to whom
        nxt = _word_at(run, end, table) if table is not None else None
        if nxt is not None and nxt[0] in ("v", "w", "f"):
            return True
        if table is not None and end + 1 < len(run) and _is_clause_verb(run[end], table, more_words()):
            return True  # @某某吐槽排队过长: a verb under the table's floor (排) goes on
    return False


def posting_at(run: str, i: int) -> bool:
    """Does a word of posting (发帖, 爆料) that goes on with its clause start at ``i``?"""
    return _posting_at(run, i, lexicon())


def _noun_end_after(run: str, end: int, table: dict[str, str]) -> bool:
    """Does a name's noun ending (站, 社) follow at ``end`` and close the name there?

    It does where the run stops after it, or where what follows begins a clause with a word of
    two characters or an adverb (此前透露, 也说) or a verb of saying (称): ``@某某闲聊站此前透露``.
    A single verb or a noun after it (社会, 站在) makes the ending a word of the sentence.
    """
    if end >= len(run) or run[end] not in _NOUN_ENDS:
        return False
    if _word_at(run, end, table) not in (None, ("s", 1)):
        return False  # 站在, 号召: the ending begins a word of the dictionary itself
    after = end + 1
    if after == len(run):
        return True
    if run[after] in _SAYS and after + 1 == len(run):
        return True
    if _posting_at(run, after, table):
        return True  # @某某闲聊站爆料称
    word = _word_at(run, after, table)
    return word is not None and word[0] != "n" and (word[1] > 1 or word[0] in ("w", "f"))


def _has_clause_verb(run: str, i: int, table: dict[str, str], more: dict[str, str]) -> bool:
    """Does a one-character verb, common or rarer (拍, 修), begin one of the next two places
    after ``i``, where a clause goes on from an adverb?"""
    return any(_is_clause_verb(c, table, more) for c in run[i : i + 2])


def _is_verb(word: tuple[str, int] | None) -> bool:
    return word is not None and word[0] in ("v", "s")


_DEMONSTRATIVES = "这那该此"
#: What 之 begins as a word of the sentence (之后, 之间, 之一); before anything else it joins
#: a name's parts (汽车之家, 城市之声).
_ZHI_WORDS = frozenset("前后间中内外下上际一类")


def _trimmed(run: str, cut: int, minimum: int, table: dict[str, str]) -> int:
    """A cut before a posting word, moved back over what belongs to the posting word's
    phrase: a particle (@某某的贴文) or a demonstrative and its measure (@某某这篇贴文)."""
    if cut - 1 >= minimum and table.get(run[cut - 1]) == "f":
        return cut - 1
    if cut - 2 >= minimum and run[cut - 2] in _DEMONSTRATIVES:
        return cut - 2
    return cut


#: What a count after 了 or 过 starts with (过十几个, 了一篇, 过3次).
_COUNT_START = frozenset("一二两三四五六七八九十几多好0123456789")
#: After 了 these close a sentence (谢谢@某某老师了吧): 了 is no verb's aspect there.
_FINAL_PARTICLES = "吧吗啊呀呢哦么嘛啦"
#: The aspect particles after a verb (记录了, 写过), and the result complement 到 (拍到, 看到);
#: not 着, which begins words of its own.
_ASPECT = rule_cache.compile("[了过到]")


def _is_clause_verb(ch: str, table: dict[str, str], more: dict[str, str]) -> bool:
    return table.get(ch) == "s" or more.get(ch) == "a"


def _aspect_cut(run: str, minimum: int, table: dict[str, str], more: dict[str, str]) -> int | None:
    """Where the name ends before the verb that 了 or 过 closes, with the clause's object after
    it (``@某某记录了学校的日常``, ``@某某讲了好多期``, ``@某某写过一篇``): a name is never
    followed by an aspect particle there.

    The verb is the two-character word of the dictionary that ends at 了, else the
    one-character verb; 了 at the run's end or before a final particle is the sentence's.
    """
    m = _ASPECT.search(run, minimum + 1)
    if m is None:
        return None
    k = m.start()
    if k + 1 >= len(run) or run[k + 1] in _FINAL_PARTICLES:
        return None
    if run[k + 1] in _COUNT_START and k - 1 >= minimum and _is_cjk(run[k - 1]) and not (
        table.get(run[k : k + 2]) or more.get(run[k : k + 2])
    ):
        # @某某测过十几个店铺, @某某整理过一篇: a verb, however rare, then its count
        two = more.get(run[k - 2 : k]) == "o" or table.get(run[k - 2 : k]) in ("v", "x")
        return k - 2 if two and k - 2 >= minimum else k - 1
    if table.get(run[k : k + 2]) is not None or more.get(run[k : k + 2]) is not None:
        return None  # 了解, 过年: a word that the particle's character begins
    if k - 2 >= minimum and (more.get(run[k - 2 : k]) == "o" or table.get(run[k - 2 : k]) in ("v", "x")):
        return k - 2
    if _is_clause_verb(run[k - 1], table, more):
        return k - 1
    return None


#: Prepositions that take a person or a thing as object (把它们, 给我, 跟我们, 向他, 对她).
_PRONOUN_PREPOSITIONS = "把给跟向对替帮被让叫"


def _pronoun_cut(run: str, minimum: int, table: dict[str, str], more: dict[str, str]) -> int | None:
    """Where a one-character verb with a personal pronoun for its object begins the clause
    after the name (``@某某修电脑教我用…``, ``@某某帮你…``)."""
    for i in range(minimum, len(run) - 1):
        if run[i + 1] in _PERSONAL and run[i] in _PRONOUN_PREPOSITIONS:
            return i  # @苏州阿澈把它们整理成…, @某某给我: a preposition and its pronoun
        if run[i + 1] in _PERSONAL and _is_clause_verb(run[i], table, more):
            if more.get(run[i - 1 : i + 1]) or table.get(run[i - 1 : i + 1]):
                continue  # the verb closes a word before it (请教我: 请教 cuts by itself)
            return i
    return None


#: Verbs of saying that a sentence's account says by (博主@某某认为): before one, a one-character
#: verb and its bare topic are the name's (@老K看盘认为, @某某说英语则认为), as blog names go.
_SAYING_VERBS = (
    "认为", "表示", "指出", "透露", "坦言", "直言", "分析", "提醒", "建议", "强调", "回应", "称", "说",
)  # fmt: skip
#: … of two characters, as one tuple for ``str.startswith``.
_SAYING_TWO = tuple(w for w in _SAYING_VERBS if len(w) == 2)
_SAYING_ADVERBS = "则也亦还却就都均又"
#: (for the page's other readers of names: an adverb that opens the clause after a name)
SAYING_ADVERBS = _SAYING_ADVERBS
_AT_ONCE = "第一时间"
#: Words of how or when an account did something (全程, 专程, 亲自), some filed by the dictionary
#: as nouns: before a verb they begin the clause, never a name's last word.
_MANNER_WORDS = ("全程", "实地", "当场", "首度", "再度", "亲自", "特地", "专程", "连夜", "即场")
_REPOSTED = "转发"
#: A government's news account is named "place + 发布" (上海发布): before a verb of saying the
#: word closes the name, it is not what the account did.
_RELEASE = "发布"
_MAX_TOPIC = 3
_RELEASE_AND = "和与及、"
#: … the account's verb of saying, maybe after the day it spoke (发布6日通报, 发布昨天表示); 称
#: alone only after a place's name (某古镇发布称: its account; @某某发布称: it released, saying)
_RELEASE_SAID = rule_cache.compile(
    r"([0-9]{1,2}[日号]|[今昨前]天|[今昨]日)?(?:"
    + "|".join(w for w in _SAYING_VERBS if len(w) == 2)
    + r"|通报|发文|(?<=[市县区镇乡村省州城岛港湾]发布)称)"
)


def _topic_end(run: str, i: int, table: dict[str, str], more: dict[str, str]) -> int | None:
    """Where the topic after the one-character verb at ``i`` ends, if the name is a blog's
    "verb + topic" (看盘, 说英语, 讲故事) followed by the sentence's verb of saying, an adverb
    before it or not.  The topic holds no word that would go on with a clause (了, 完, 后)."""
    # a topic that is one noun of the dictionary (消费, 美食) may hold verb characters
    noun = more.get(run[i + 1 : i + 3]) == "o" and table.get(run[i + 1 : i + 3]) != "v"
    for j in range(i + 2, min(i + 2 + _MAX_TOPIC, len(run) + 1)):
        ch = run[j - 1]  # the topic's last character so far
        if not (noun and j <= i + 3) and (not _is_cjk(ch) or ch in table or more.get(ch) in ("a", "k")):
            return None
        k = j + 1 if j < len(run) and run[j] in _SAYING_ADVERBS else j
        if any(run.startswith(w, k) for w in _SAYING_VERBS) or (
            run.startswith(_REPOSTED, k) and run[k + 2 : k + 3] in tuple(_SAYS)
        ):
            return j  # (@小林说电影转发称: the repost, then what it said)
        if k < len(run) and _posting_at(run, k, table):
            return j  # @北京小北去旅行发文称: the blog's verb and topic, then its post
        if j == len(run) and j - i >= 3:
            return j  # 作者微博@钱小溪看新能源，…: the run ends on the blog's verb and topic
    return None


def verbal_noun_at(run: str, minimum: int = 2) -> int | None:
    """Where the first verbal noun of the dictionary (合作, 直播) begins in ``run`` at
    ``minimum`` or later, a noun of the name that holds a verb (工作室) skipped.

    For a run the sentence says a verb follows (a preposition before the name: 跟@某某合作的),
    where a verbal noun alone does not cut it (:func:`name_length` cuts at the verbs)."""
    table = lexicon()
    i = minimum
    while i < len(run):
        word = _word_at(run, i, table) if _is_cjk(run[i]) else None
        if word is not None and word[0] == "n" and table.get(run[i : i + word[1]]) == "x":
            return i
        i += word[1] if word is not None and word[0] == "n" else 1
    return None


def name_length(run: str, minimum: int = 2) -> int:
    """How much of ``run`` (Simplified, the characters after ``@``) is the name.

    For a run that goes on into its sentence (``某某表示``, ``某某肯定了这个说法``).  A
    cut falls only before a hanzi, at least ``minimum`` characters in (never inside a
    Latin part), where a word of jieba's dictionary starts that begins the rest of a
    clause: a verb, an adverb, a preposition, a conjunction, a particle or a time word,
    and only when what follows the cut holds a verb (``麦田守望的人`` stays whole: ``的人``
    says nothing).  A rarer function character cuts only before another such word, and a
    one-character verb (``称``, ``说``) only at the end, before another such word or
    before a clause with a verb.
    """
    if len(run) <= minimum or not any(_is_cjk(c) for c in run[minimum:]):
        return len(run)
    table = lexicon()
    more = more_words()
    cut = _scan(run, minimum, table, more)
    if cut < len(run) and more.get(run[:cut]) == "p" and cut + _AFTER_PLACE < len(run):
        # @上海分类小助手发起, @江南都市财经下留言: a place opens the name, and the account's own
        # words go on after it; the cut is further on, if the rest holds one
        further = _scan(run, cut + _AFTER_PLACE, table, more)
        if further < len(run):
            cut = further
    for other in (_aspect_cut(run, minimum, table, more), _pronoun_cut(run, minimum, table, more)):
        if other is not None and other < cut and _is_cjk(run[other]):
            cut = other
    if cut < len(run):
        cut = _before_said(run, cut, minimum, table, more)
    if cut == len(run) and len(run) - 2 >= minimum and run[-2] in _TALK_ONE and run[-1] in "过了":
        cut = len(run) - 2  # 跟@吃货老周聊过，: a verb of talk and its aspect end the run
    if cut == len(run) - 1 and run[cut] not in _LONE_PREDICATES:
        return len(run)  # @某某资讯站，: one character before the clause's end is no clause
    if len(run) - cut >= _TRIPLED and len(set(run[cut:])) == 1:
        return len(run)  # 摄影师@阿K拍拍拍, @小鹿买买买: a name that ends on one character thrice
    if (
        minimum < cut < len(run)
        and run[cut - 1] == "爱"
        and len(run) - cut <= _LOVED_MAX
        and not run[cut:].startswith((*_ACTS_BEFORE_SAYING, *SAID_AFTER_NAME))
        and run[-1] not in _SAID_LAST
    ):
        return len(run)  # 小红书同名@小满爱旅行。: "X loves Y", a nickname's shape, closing the run
    made = next((v for v in _MADE_BY if run.endswith(v + "的")), None)
    at = len(run) - len(made) - 1 if made is not None else 0
    if (
        made is not None
        and at >= minimum
        and cut > at
        and table.get(run[at - 1 : at + 1]) is None
        and more.get(run[at - 1 : at + 1]) is None
    ):
        return at  # 蒸笼是我发小@竹编匠人老周送的: what the account gave or made
    for credit in CREDIT_VERBS:
        if run.endswith(credit) and len(run) - len(credit) >= minimum and cut > len(run) - len(credit):
            return len(run) - len(credit)  # 数据感谢@羽坛数据控整理: compiled by the account
        at = run.find(credit, minimum)
        if at >= minimum and run.startswith("的", at + len(credit)):
            return at  # 置顶帖里有@租房互助君整理的模板: what the account compiled
    return _question_end(run, cut, table) or _nickname_beyond(run, cut, table) or _genre_end(run, cut, table) or cut


_TRIPLED = 3  # one character written this many times at a run's end: the name's own (拍拍拍)
_LOVED_MAX = 3  # characters of what a nickname "X爱Y" loves (旅行, 吃肉, 喝奶茶)
#: What a credit says the account did, closing the run (@某某整理, @某某供图, @某某制图).
CREDIT_VERBS = ("整理", "供图", "制图", "绘图", "撰文", "编译", "口述")
#: What an account gave or made, closing the run before 的 (@某某送的, @某某拍的, @某某做的).
#: (not 拍, 写, 编, 刻, 画, 修: they end words a name holds, 偷拍, 手写, 小编, 雕刻, 漫画, 维修)
_MADE_BY = ("赠送", "送给我", "送", "寄", "做", "织", "捏", "绣", "酿", "烤")
_UNDER = ("底下", "下面", "下方", "下")
_COMMENTED = ("留言", "评论", "回复", "跟帖", "跟贴")
_AFTER_PLACE = 2  # characters of the account's own words after a place that opens its name
#: Nouns of an age of life that jieba tags as time words: in a name they are nouns (青年汇).
_AGE_NOUNS = frozenset({"青年", "少年", "中年", "老年"})
#: What a reader does with a release account (通过@某区发布查询路况): 发布 is the name's, not a
#: verb of its own (@某某发布通知: it released a notice).
_CONSULTED = ("查询", "查看", "了解", "获取", "关注", "咨询", "下载", "订阅", "留言")
_AND_PLATFORM = "及和与或、"
_PLATFORM_WORDS = ("微信", "公众号", "抖音", "快手", "小红书", "视频号", "官网", "官方网站", "微博", "头条", "客户端")
#: What a clause after a name holds, and a name's words never do: aspect and result (了, 完),
#: time (时, 后), adverbs (也, 就), pronouns (我, 这).
CLAUSE_MARKS = frozenset("了过着完到也则还都又就再曾已时后前我你他她它这那此其")
#: What an account does before it says something (发文称, 回应称, 解释说): a clause's verbs.
_ACTS_BEFORE_SAYING = (
    "发文", "撰文", "评论", "回复", "留言", "转发", "回应", "直播", "采访", "受访", "点赞", "解释",
    "回答", "答复", "澄清", "辟谣", "否认", "承认", "补充", "感叹", "感慨", "吐槽", "调侃", "质疑",
    "批评", "呼吁", "追问", "反驳", "爆料", "证实", "确认", "暗示", "总结", "发声", "表态", "介绍",
    "描述", "讲述", "说明", "提到", "写道", "分享", "发帖", "发博", "私信", "评价", "点评", "更新",
    "上传", "发布", "晒", "笑", "开玩笑", "接受", "对比", "解读", "算", "问", "答", "通报", "报道",
    "报导", "声明", "宣布", "通告", "公告", "通知", "提示", "警告", "预警", "预报", "报告", "发出",
)  # fmt: skip
#: The one-character predicates a sentence may end on right after a name (@某某说，, 感谢@某某帮,
#: 求@某某转。): any other lone character there is the name's last (资讯站, 小卖部).
_LONE_PREDICATES = frozenset("说称道问讲曰笑哭转赞顶来去走看答吼喊骂怼夸救帮听回写拍发晒删火红哦啊呀吧吗呢了过着的地得")
#: Verbs of speaking out, which a manner word before them (公开, 正式) belongs to.
_SPOKE = ("宣布", "宣告", "发布", "发文", "回应", "表态", "承认", "否认", "道歉", "致歉", "声明")
#: What an account does as its clause's own verb (@某某不熬夜留言：, @某某聊储能转发了…).
_MAIN_ACTS = ("留言", "评论", "回复", "转发", "吐槽", "爆料", "发文", "发帖", "回应", "分享", "晒出", "点赞", "私信")
_SAID_MORE = ("提到", "提及", "写道", "说过", "说道")
#: One-character verbs of talk that an aspect particle closes at a run's end (聊过, 谈了, 问过).
_TALK_ONE = "聊谈讲说问倾"
_ADDRESSED = "你您"  # a pronoun of address after a name begins what is said to it
#: Every verb of saying a name runs straight into (@某某表示, @某某说过), for the page's own
#: ends of names (see :func:`tui.model.bloggers.closed_handles`).
SAID_AFTER_NAME = (*_SAYING_VERBS, *_SAID_MORE)
#: One verb of saying at a clause's end (@某某评测称): what comes before it is the name's.
_SAID_LAST = "称说"
#: Where the account spoke (在微博, 在直播中): after 在, these say the name ended before it.
_VENUES = (
    "微博", "抖音", "快手", "小红书", "朋友圈", "视频号", "公众号", "直播", "个人", "社交", "网上",
    "评论区", "脸书", "微信", "推特", "知乎", "头条", "贴吧", "豆瓣", "B站", "b站", "其", "自己",
    "节目", "采访", "官方", "帖子", "视频", "文章", "博文", "社群", "群里", "粉丝群", "Threads",
    "IG", "Facebook", "X上", "YouTube", "Instagram",
)  # fmt: skip


def _name_like(seg: str, table: dict[str, str], more: dict[str, str]) -> bool:
    """Could ``seg``, cut off a name before the sentence's verb of saying (or before 在 and
    where the account spoke), still be the name's last words (聊储能, 管理, 评测, 不吃辣)?  Not
    if a clause word begins it (也, 随后, 公开, 首次) or marks it (了, 完, 时, 我), nor if it is
    what the account did before it spoke (发文, 回应, 解释)."""
    if not seg or len(seg) > 5 or not all(_is_cjk(c) or (c.isascii() and c.isalnum()) for c in seg):
        return False
    if any(c in CLAUSE_MARKS for c in seg) or any(act in seg for act in _ACTS_BEFORE_SAYING):
        return False
    if seg[0] == "不" and len(seg) >= 3:
        seg = seg[1:]  # @小雨不吃辣表示: "who does not …", a nickname's shape (并不认为 is no name)
    head = seg[:2]
    if table.get(head) in ("w", "m") or more.get(head) == "d" or table.get(seg[0]) in ("f", "g"):
        return False
    if any(table.get(seg[j : j + 2]) == "w" for j in range(1, len(seg) - 1)):
        return False  # @老黄不服老当晚在微博…: a time word (当晚) inside is the clause's
    return not (more.get(seg[0]) == "k" and table.get(head) is None and more.get(head) is None)


def _comment_under(run: str, i: int) -> bool:
    """Does ``run`` say at ``i`` that a comment was left under the account's post (下留言)?"""
    under = next((w for w in _UNDER if run.startswith(w, i)), None)
    return under is not None and run.startswith(_COMMENTED, i + len(under))


def _before_said(run: str, cut: int, minimum: int, table: dict[str, str], more: dict[str, str]) -> int:
    """A cut moved on to the sentence's verb of saying, or to 在 before where the account
    spoke, when what lay between is still the name's (@帆哥聊储能表示, @浙江应急管理表示,
    @熊猫数码评测称, @数码夜谈站在微博发文称): a name runs into its verb of saying, and
    the words before that verb are not a clause of their own.  A cut at the verb of saying
    moves back over how it was said (@某某公开表示, @某某首次回应)."""
    if cut >= 2 and run[cut - 2 : cut] == _RELEASE and run[cut] in _PLACE_AFTER and more.get(run[cut : cut + 2]) is None:
        return cut  # @某市交通发布中提到: on the release account, then what it said there
    if cut - 1 >= minimum and more.get(run[cut - 1 : cut + 1]) == "d":
        return cut - 1  # the cut fell inside 公开 (开 a verb): the manner word begins the clause
    if run.startswith(_SAYING_TWO, cut) or run.startswith(_SPOKE, cut):
        manner = cut - 1 if cut >= 1 and run[cut - 1] == _ADVERBIAL else cut
        if manner - 2 >= minimum and more.get(run[manner - 2 : manner]) == "d":
            return manner - 2
        return cut
    if run[cut] in _POSTING_CHARS or _posting_at(run, cut, table) or run.startswith(_AT_ONCE, cut):
        return cut  # @某某发微博吐槽: the cut fell at what the account did, which begins the clause
    if run.startswith(_MAIN_ACTS, cut) or run.startswith(_SAID_MORE, cut):
        return cut  # @某某Ricky转发帖文: the cut fell at the act itself (not at 发帖 inside 转发帖文)
    if _comment_under(run, cut):
        return cut  # @某某下留言: under the account's post, a comment
    for k in range(cut + 1, min(len(run), cut + 6)):
        said = (
            run.startswith(_SAYING_TWO, k)
            or run.startswith(_SAID_MORE, k)
            or (run[k] in _SAID_LAST and (k + 1 == len(run) or run[k + 1] in "过了道"))
            or run.startswith(_MAIN_ACTS, k)
            # (@小肥羊爱吃草你哪天到的: the name addressed, then "you" opens what is asked)
            or (
                run[k] in _ADDRESSED
                and run[k - 1] not in _PRONOUN_PREPOSITIONS
                and not _is_clause_verb(run[k - 1], table, more)
                and _has_verb(run, k + 1, table)
            )
        )
        venue = run[k] == "在" and run.startswith(_VENUES, k + 1)
        if said or venue:
            return k if _name_like(run[cut:k], table, more) else cut
    return cut


#: The words a blog's, a channel's or a group's name ends with, after its topic (武汉吃喝指南,
#: 阿明旅行日记, 某某美食地图): a cut inside the words before one is inside the name.
_GENRES = (
    "指南", "日记", "攻略", "笔记", "手记", "地图", "图鉴", "杂谈", "漫谈", "频道", "小站", "电台", "百科",
    # … or a group's (长沙吃喝玩乐小分队, 某某研究所, 某某俱乐部)
    "小分队", "分队", "小队", "战队", "联盟", "俱乐部", "研究所", "研究社", "小组", "部落", "大本营",
    "工作室", "事务所",
    # … or a food or travel guide's question (府城吃什麼, 周末去哪儿)
    "吃什么", "玩什么", "买什么", "吃啥", "玩啥", "去哪儿", "去哪里",
)  # fmt: skip
_GENRE_REACH = 10


def _genre_end(run: str, cut: int, table: dict[str, str]) -> int | None:
    """Where a name that ends in a blog's genre word ends (@武汉吃喝指南则建议), when the cut
    fell before that word and the run goes on into a clause after it (or ends there); not
    across a function word (@某某的旅行日记: the account's diary, 的 cuts)."""
    for genre in _GENRES:
        at = run.find(genre, cut, cut + _GENRE_REACH)
        if at < 0:
            continue
        end = at + len(genre)
        if any(table.get(c) in ("f", "g") or c in _PERSONAL for c in run[cut:at]):
            return None
        if end == len(run) or run[end] in _SAYING_ADVERBS or run[end] in _SAYS or _posting_at(run, end, table):
            return end
        word = _word_at(run, end, table)
        if word is not None and word[0] in ("v", "w", "s"):
            return end  # (@府城吃什麼來幫忙: a one-character verb goes on from the name too)
    return None


_NICKNAME_REACH = 8
_NOT_IN_NICKNAME = frozenset("我你他她是在了，,")


def _nickname_beyond(run: str, cut: int, table: dict[str, str]) -> int | None:
    """Where a nickname of the shape "… + 的 + 阿X/小X" ends, when the cut fell inside its
    words (@说走就走的阿杰说: 就 would cut, but 的阿杰 closes a name), none of them a pronoun
    or a copula (@老王就是我的阿姨 is a clause)."""
    at = run.find("的", cut, cut + _NICKNAME_REACH)
    if at < 0 or any(c in _NOT_IN_NICKNAME for c in run[:at]):
        return None
    return _nickname_end(run, at, table)


def verb_before(head: str) -> int:
    """The length of the verb that closes ``head`` (推荐, 拍): a word of two characters the
    dictionary calls a verb, else one clause verb; 0 where none does."""
    table, more = lexicon(), more_words()
    if len(head) >= 2 and (table.get(head[-2:]) in ("v", "x") or more.get(head[-2:]) == "o"):
        return 2
    return 1 if head and _is_clause_verb(head[-1], table, more) else 0


def question_end(run: str, cut: int) -> int | None:
    """Where a name shaped as a question ends past ``cut`` (see :func:`_question_end`)."""
    return _question_end(run, cut, lexicon())


#: The question words a blog's name may end with (今天吃什么, 周末去哪儿, 晚饭吃啥).
_QUESTION = rule_cache.compile("什么|啥|哪儿|哪里")


def _question_end(run: str, cut: int, table: dict[str, str]) -> int | None:
    """Where a name shaped as a question ends (``@小林今天穿什么转发了…``): a question word
    right before a verb of the dictionary closes the name, since in a clause after a name
    it would stand before its noun or its punctuation, never before the next verb."""
    m = _QUESTION.search(run, cut)
    if m is None or m.end() >= len(run) or run[m.start() - 1] == "为":
        return None  # (为什么: "why", an adverb of the clause)
    for i in range(cut, m.start()):
        word = _word_at(run, i, table)
        if word is not None and (word[0] in ("f", "g") or (word[0] == "v" and word[1] > 1)):
            return None  # @某某不知道吃什么: the clause's own verb or particle before it
    after = _word_at(run, m.end(), table)
    if after is None or after[0] != "v" or after[1] < 2:
        return None
    return m.end()


#: What a verb can or cannot reach after 不 (跑不动, 睡不醒, 吃不胖, 学不会).
_COMPLEMENTS = frozenset("动完起到住开见清懂会成胖高醒饱够赢")
_ASPECT_MARKS = frozenset("了过")


def _scan(run: str, minimum: int, table: dict[str, str], more: dict[str, str]) -> int:
    """The cut of :func:`name_length` by the words of the table, left to right."""
    i = minimum - 1
    while i + 1 < len(run):
        i += 1
        if not _is_cjk(run[i]):
            continue
        if _posting_at(run, i, table):
            return _trimmed(run, i, minimum, table)
        if run[i] in _POSTING_CHARS and (run[i + 1 : i + 3] in _WORKS or run[i + 1 : i + 4] in _WORKS):
            return i  # @某某发微博吐槽, @某某晒照片: the account posted its work
        if run.startswith(_AT_ONCE, i):
            return i  # @某某第一时间留言: "at once", how the account did it
        hurry = next((h for h in _HURRY if run.startswith(h, i)), None)
        if (
            hurry is not None
            and i >= minimum
            and run[i - 1] in _PLACE_NOUN_ENDS
            and i + len(hurry) < len(run)
            and _is_clause_verb(run[i + len(hurry)], table, more)
        ):
            return i  # @滨江博物馆快出图录: an institution's name, then "hurry and …" to it
        if run.startswith(_MANNER_WORDS, i) and _has_verb(run, i + 2, table):
            return i  # 網紅@某某全程直播, @某某专程赶来: how the account did it, then its verb
        if _comment_under(run, i):
            return i  # 在@某某下留言, @某某底下评论: under the account's post, a comment
        if run[i] in _SAYING_ADVERBS and run.startswith(_SAYING_TWO, i + 1):
            return i  # @晴天的猫咪则建议: the adverb before the sentence's verb of saying
        if run[i] in _AND_PLATFORM and run.startswith(_PLATFORM_WORDS, i + 1):
            return i  # @滨湖公安及微信公众号: the account and another channel, joined
        if run.startswith(_RELEASE, i) and i >= 2 and run.startswith(_CONSULTED, i + 2):
            return i + 2  # 通过@滨湖发布查询路况: the release account, then what one does with it
        if (
            run[i] in _REVIEW_HEADS
            and run[i + 2 : i + 3] in tuple(_SAYS)
            and run[i : i + 2] in _REVIEWED
            and not (run[i : i + 2] == "评论" and run[i - 1] in _OUTLET_ENDS)  # @新京报评论称: a column
        ):
            return i  # @某某评价称, @某某评论说: what the account said of it, then 称
        suffix = _suffix_at(run, i)
        if suffix:
            if run[i + suffix - 1] == "会" and run[i + suffix : i + suffix + 1] in _AFTER_ASSOCIATION:
                return i + suffix  # @某某系友会亦同步…, @某某校友会的学长: an association's name ends in 会
            i += suffix - 1  # the name's own suffix (分公司, 官方, 客服): the name goes on
            continue
        if run[i] == "之" and run[i + 1 : i + 2] not in _ZHI_WORDS:
            i += 1  # 汽车之家, IT之家, 城市之声: 之 joins a name's two parts
            continue
        if (
            run[i] == "不"
            and run[i + 1 : i + 2] in _COMPLEMENTS
            and _is_clause_verb(run[i - 1], table, more)
            and run[i + 2 : i + 3] not in _ASPECT_MARKS
        ):
            i += 1  # @小鹿跑不动在…, @某某睡不醒: "cannot …", a verb and its result, a nickname's shape
            continue
        if i + 2 < len(run) and table.get(run[i : i + 2]) == "m" and _is_verb(_word_at(run, i + 2, table)):
            return i  # @某某一路帮忙, @某某一起去: a numeral word right before a verb is an adverb
        word = _word_at(run, i, table)
        if run.startswith(_SAYING_TWO, i) and (word is None or word[1] <= 2) and _has_verb(run, i + 2, table):
            return i  # @小王建议旅客避开…, @某某Jessie建议: a verb of saying (not 分析师), a clause after it
        if word is None:
            continue
        if word[0] == "n":
            end = i + word[1]
            if table.get(run[i:end]) == "x" and (
                end == len(run) or run[end] in _SAYS or _word_at(run, end, table) == ("v", 2)
            ):
                # @某某发言称, @某某直播, @某某直播采茶: a verbal noun as what the account did
                return i
            i += word[1] - 1  # 工作室, 出版社, 发型屋: the name's own noun goes on
            continue
        if run[i] == "的" and works_after(run, i):
            return i  # @某某的视频: the account's work after 的 ends the run, not the name
        if run[i] == "的" and i > 0 and run[i - 1].isascii() and run[i - 1].isalpha():
            return i  # @某某工坊Pixel的小林: a Latin name ends the account's; 的 is the sentence's
        nickname = _nickname_end(run, i, table)
        if nickname is not None:
            return nickname
        if _modifier_of_name(run, i, table, more):
            continue  # @爱看书的猫形容…, @考研的老学姐认为: "who does …" + 的 + a noun, a nickname
        if _place_of_name(run, i, table):
            continue  # @胡同里的猫在…, @城里的月光发文: "a place's …", a nickname's shape
        kind, n = word
        if run[i] == _ADVERBIAL and more.get(run[i - 1 : i + 1]) == "o":
            continue  # @老张种地分享: 地 closes a word of the name (种地, 土地), it is no particle
        if kind == "s" and run[i] in _ADDED_VERBS and table.get(run[i - 1 : i + 1]) in ("e", "v", "x"):
            continue  # 电话, 说话: the Cantonese verb closes the word before it
        if run.startswith(_RELEASE, i) and i >= 2 and run[i + 2 : i + 3] == "的" and works_after(run, i + 2):
            return i + 2  # @杭州文旅发布的公众号: the release account, then its channel after 的
        said = _RELEASE_SAID.match(run, i + 2) if run.startswith(_RELEASE, i) else None
        if said is not None and said.group(1):
            return i + 2  # @某市发布6日通报: a city's release account, the day it spoke, what it said
        if said is None and run.startswith(_RELEASE, i) and i + 2 < len(run) and run[i + 2] in _RELEASE_AND:
            return i + 2  # 抖音@某县发布和视频号: the release account, then the next channel
        if said is None and run.startswith(_RELEASE, i) and i + 2 < len(run) and run[i + 2] in _SAYING_ADVERBS:
            return i + 2  # @临川公安发布也转发: the release account, then an adverb and its verb
        if (
            said is None
            and run.startswith(_RELEASE, i)
            and i >= 2
            and run[i + 2 : i + 3] in tuple(_PLACE_AFTER)
            and more.get(run[i + 2 : i + 4]) is None  # (not 发布内容, 发布上海…: 内容 and 上海 are words)
            and _has_verb(run, i + 3, table)
        ):
            return i + 2  # 在官方微博@某市交通发布上公布了…: on the release account, then its verb
        if said is not None:
            i += 1  # @湛江发布提醒: a city's release account (上海发布), then what it said
            continue
        if kind == "v" and run[i : i + n] in _INSTITUTION_VERBS and run.startswith(_INSTITUTION_HEADS, i + n):
            # 据@青禾非遗保护中心介绍: a verb before an institution's head noun (保护中心, 研究所)
            # names what the institution does; the name goes on through its head
            i += n + next(len(h) for h in _INSTITUTION_HEADS if run.startswith(h, i + n)) - 1
            continue
        if kind == "v" and _noun_end_after(run, i + n, table):
            i += n  # 闲聊站: the verb and the noun ending after it close the name
            continue
        after = _word_at(run, i + n, table) if i + n < len(run) else None
        nxt = i + n == len(run) or (after is not None and after[0] != "n")
        if kind in ("v", "s"):
            # (not a verb of posting: @某某晒图说 is what the account did)
            topic = _topic_end(run, i, table, more) if kind == "s" and run[i] not in _POSTING_CHARS else None
            if topic is not None:
                i = topic - 1  # @老K看盘认为: a blog's verb and topic, then the sentence's verb
                continue
            if kind == "v" or nxt or _has_verb(run, i + 1, table):
                return i
        elif run[i : i + n] in _AGE_NOUNS:
            continue  # @三湘青年汇: 青年 (tagged a time word) is the name's noun
        elif run[i] in _LIST_END or ((kind in ("w", "f") or nxt) and _has_verb(run, i + n, table)):
            return i
        elif (
            kind == "w"
            and n >= 2
            and i + n < len(run)
            and _is_clause_verb(run[i + n], table, more)
            and not _is_clause_verb(run[i - 1], table, more)
        ):
            # @木头人老陈亲手刻的…: a manner adverb (亲手, 特地), then a rarer verb (刻); not the
            # object of a verb of the name (@阿杰修相机教我…: jieba files 相机 as an adverb)
            return i
        elif kind == "f" and run[i] in _SAYING_ADVERBS and _has_clause_verb(run, i + 1, table, more):
            # @某某日常也拍片实测: 也 before a verb (拍) the table is too rare to hold
            return i
    return len(run)
