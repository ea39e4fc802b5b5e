"""Find the @handles an article names, who they are, and every place they appear.

Works on the original text (its rules are written in Simplified and compiled to
read both scripts), needs no word segmenter, and so is ready before jieba is.  Handles
are found by pattern: ``@`` or ``＠`` after a start, space, CJK or punctuation
(or Weibo's ``//@``), never inside an e-mail address or a URL.  A handle that
runs into the next word (``@张三表示``) is cut at the word boundary given by the
small closed class of words that follow a name in Chinese prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.model.scripts import alternation, either_script
from tui.model.scripts import to_simplified as _simplified
from tui.model.sentences import sentence_at

_URL = re.compile(r"(?:https?|ftp)://\S+|www\.[A-Za-z0-9-]+\.\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?:(?<=//)|(?<![A-Za-z0-9._%+\-@＠]))[@＠]([\w\-]{1,40})")
_DOMAIN_AFTER = re.compile(r"\.[A-Za-z]{2,}")
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
MAX_HANDLE = 30

# Words that follow a name in running text: verbs of saying and posting, adverbs, particles.
_FOLLOWERS = [
    "表示",
    "认为",
    "指出",
    "称",
    "说",
    "说道",
    "写道",
    "提到",
    "提出",
    "发文",
    "发布",
    "发帖",
    "发表",
    "分享",
    "转发",
    "评论",
    "回应",
    "回复",
    "透露",
    "介绍",
    "解释",
    "强调",
    "坦言",
    "直言",
    "感叹",
    "吐槽",
    "调侃",
    "总结",
    "发现",
    "觉得",
    "谈到",
    "问道",
    "曾经",
    "也曾",
    "还曾",
    "曾",
    "则",
    "也",
    "就",
    "都",
    "等人",
    "等",
    "的",
    "在",
    "和",
    "与",
    "及",
    "跟",
    "对",
    "为",
    "把",
    "被",
    "已经",
    "已",
    "还",
    "又",
    "亦",
    "便",
    "所",
    "从",
    "向",
    "于",
    "以及",
    "以",
    "将",
    "会",
    "能",
    "要",
    "是",
    "用",
    "针对",
    "通过",
]
_MULTI = re.compile(alternation([w for w in _FOLLOWERS if len(w) >= 2]))
_SINGLE = re.compile(either_script("[" + "".join(w for w in _FOLLOWERS if len(w) == 1) + "]"))

# Nouns that say what someone is; longest first so that 技术专家 wins over 专家.
_ROLE = re.compile(
    "(?:"
    + alternation(
        [
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
            "律师",
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
        ]
    )
    + ")"
)
# Words that introduce a list or example but are not part of anyone's role.
_FILLER = re.compile(
    either_script(
        r"^(?:比如说|比如|例如|譬如|诸如|包括|其中|像是|像|如|还有|以及|和|与|及|另外|此外|而|但|就连|连|"
        r"就|也|还|是|有|由|据|被|经|一大批|一大波|一批|大批|大量|很多|许多|不少|众多|诸多|多位|多名|一些|"
        r"这些|那些|这位|那位|一位|一名|一个|[一二三四五六七八九十几多两数]+[位名个批]|\d+[位名个])"
    )
)
_LIST_INTRO = re.compile(either_script(r"(?:包括|比如|例如|譬如|诸如|如|像|像是|其中)\s*$"))
_CLAUSE_BREAK = re.compile(r"[，,。！？!?；;：:（(\s“”\"「」『』【】、]")
_SEPARATOR_ONLY = re.compile(either_script(r"^[\s、，,和与及跟/]*$"))
_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})$")


@dataclass(frozen=True)
class Hit:
    """One mention: paragraph, span of ``@handle`` and of its sentence."""

    paragraph: int
    start: int
    end: int
    sentence: tuple[int, int]


@dataclass(frozen=True)
class RawBlogger:
    """A blogger as spans into the paragraphs; the builder turns them into text."""

    key: str  # the handle in Simplified form, for merging mentions across scripts
    hits: tuple[Hit, ...]
    name: tuple[int, int, int] | None  # (paragraph, start, end)
    role: tuple[int, int, int] | None


def _trim(run: str) -> str:
    """Cut a handle that ran on into the following word."""
    if _CJK.search(run):
        m = _MULTI.search(run, 2)
        if m:
            run = run[: m.start()]
        while len(run) >= 3 and _SINGLE.match(run[-1]) and _CJK.match(run[-2]):
            run = run[:-1]
    return run[:MAX_HANDLE].rstrip("-")


def find_handles(text: str) -> list[tuple[int, int]]:
    """Spans of ``@handle`` (including the @) in one paragraph."""
    if "@" not in text and "＠" not in text:
        return []
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    spans = []
    for m in _HANDLE.finditer(text):
        at = m.start()
        if any(s <= at < e for s, e in urls):
            continue
        run = _trim(m.group(1))
        if not run or run.strip("_-") == "":
            continue
        end = at + 1 + len(run)
        if not _CJK.search(run) and _DOMAIN_AFTER.match(text, end):
            continue  # @example.com: part of an address
        spans.append((at, end))
    return spans


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and not _CLAUSE_BREAK.match(text[i - 1]):
        i -= 1
    return i


def _role_before(text: str, start: int, end: int) -> tuple[tuple[int, int] | None, int]:
    """The role phrase in ``text[start:end]`` ending at its last role noun, and where it ends."""
    last = None
    for m in _ROLE.finditer(text, start, end):
        last = m
    if last is None:
        return None, start
    mod = start
    rest = text[mod : last.start()]
    while True:
        m = _FILLER.match(rest)
        if not m or not m.group(0):
            break
        mod += m.end()
        rest = rest[m.end() :]
    # Keep at most a few characters of modifier: 资深技术专家, AI博主, 科技博主.
    mod = max(mod, last.start() - 6)
    return (mod, last.end()), last.end()


def _role_anywhere(text: str, end: int) -> tuple[int, int] | None:
    last = None
    for m in _ROLE.finditer(text, 0, end):
        last = m
    if last is None:
        return None
    span, _ = _role_before(text, _clause_start(text, last.start()), last.end())
    return span


def find_bloggers(paragraphs: list[str]) -> list[RawBlogger]:
    """All bloggers in order of first appearance, one per handle across both scripts."""
    order: list[str] = []
    hits: dict[str, list[Hit]] = {}
    names: dict[str, tuple[int, int, int]] = {}
    roles: dict[str, tuple[int, int, int]] = {}
    for p, text in enumerate(paragraphs):
        prev_end = -1
        prev_key = None
        for start, end in find_handles(text):
            key = _simplified(text[start + 1 : end])
            if key not in hits:
                order.append(key)
                hits[key] = []
            hits[key].append(Hit(p, start, end, sentence_at(text, start)))
            in_list = prev_key is not None and _SEPARATOR_ONLY.match(text[prev_end:start])
            clause = _clause_start(text, start)
            role_span, role_end = _role_before(text, clause, start)
            role = (p, *role_span) if role_span is not None else None
            if role is None and in_list and prev_key in roles:
                role = roles[prev_key]
            elif role is None and (in_list or _LIST_INTRO.search(text[clause:start])):
                span = _role_anywhere(text, _list_start(text, start))
                if span is not None:
                    role = (p, *span)
                elif p > 0:
                    span = _role_anywhere(paragraphs[p - 1], len(paragraphs[p - 1]))
                    role = (p - 1, *span) if span is not None else None
            if role is not None and key not in roles:
                roles[key] = role
            name_start = role_end if role_span is not None else clause
            candidate = text[name_start:start]
            if (
                key not in names
                and _NAME.match(candidate)
                and candidate != key
                and (role_span is not None or not _CJK.search(key))
                and not _FILLER.match(candidate)
            ):
                names[key] = (p, name_start, start)
            prev_end, prev_key = end, key
    return [RawBlogger(key, tuple(hits[key]), names.get(key), roles.get(key)) for key in order]


def _list_start(text: str, pos: int) -> int:
    """Where the run of ``@a、@b、@c`` that contains ``pos`` begins."""
    start = pos
    while True:
        before = text[:start].rstrip(" 、，,和与與及跟/")
        m = re.search(r"[@＠][\w\-]+$", before)
        if not m:
            return _clause_start(text, start)
        start = m.start()
