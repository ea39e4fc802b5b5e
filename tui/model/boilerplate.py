"""Separate an article's body from the page chrome a scraper brought along.

Decided by the shape of lines: counters (``87文章``), follow buttons
(``+关注``), labelled metadata (``标签:``), copyright and ICP lines, page-number
rows, lone separators, and short call-to-action lines in the blocks before and
after the prose.  A wrong guess must err towards keeping text in the body, so
ambiguous short lines count as chrome only beyond a definite chrome line at the
head or tail of the text.  Rules are written in Simplified and read both scripts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from tui.model.scripts import compile_rule as _compile
from tui.model.sentences import SENTENCE_PUNCT as _SENTENCE_PUNCT


class Kind(Enum):
    PROSE = "prose"
    SHORT = "short"  # ambiguous: a heading, a tag, a button
    CHROME = "chrome"  # definitely page furniture
    BLANK = "blank"


_NUM = r"[0-9０-９][0-9０-９,，.]*[万千kKwW]?\+?"
_COUNTER = re.compile(
    rf"^(?:{_NUM}\s*[\u4e00-\u9fff]{{1,4}}|[\u4e00-\u9fff]{{1,4}}\s*[:：]?\s*{_NUM})$"
)
_NUMBER_ROW = re.compile(rf"^[-–—|·•/\s]*(?:{_NUM}[-–—|·•/\s]*)+$")
_PUNCT_ROW = re.compile(r"^[\W_]{1,10}$")
_FOLLOW = re.compile(r"^[+＋]\s*\S{1,6}$")
_LABELLED = _compile(
    r"^[（(【\[]?\s*(?:更新时间|发布时间|发表时间|发表于|发布于|更新于|最后更新|时间|日期|来源|作者|编辑|责任编辑|"
    r"责编|原标题|原文链接|本文链接|链接|标签|关键词|关键字|分类|栏目|阅读|浏览|字数|tags?|keywords?|"
    r"source|updated|published)\s*[:：]",
    re.IGNORECASE,
)
# A byline: a date and time, or "来源：…　作者：…" fields side by side, on a short line.
_DATELINE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}")
_END_MARK = _compile(
    r"^[\s\-—–=*·.。()（）【】\[\]]*(?:END|The End|完|全文完|本文完)[\s\-—–=*·.。()（）【】\[\]]*$",
    re.IGNORECASE,
)
_INLINE_META = _compile(r"(?:^|\s)(?:来源|作者|编辑|责任编辑|发布时间|发布于|记者|通讯员)\s*[:：]")
_TAG_LABEL = _compile(r"^(?:标签|关键词|关键字|tags?|keywords?)\s*[:：]\s*(.*)$", re.IGNORECASE)
_LEGAL = _compile(
    r"(?:©|\(c\)|copyright|版权所有|版权归|all rights reserved|ICP\s*[备证]|公网安备|网安备|"
    r"违法和不良信息|举报电话|增值电信)",
    re.IGNORECASE,
)
_PAGER = _compile(
    r"^(?:(?:上一页|下一页|首页|尾页|末页|上一篇|下一篇|第\s*\d+\s*页|共\s*\d+\s*页|\d+|…|\.\.\.)\s*){2,}$"
)
# Words of web page furniture (buttons, prompts, section heads of the page around an article).
_UI_WORDS = _compile(
    r"登录|登陆|注册|评论|推荐|分享|点赞|收藏|关注|转发|举报|打赏|扫码|扫一扫|二维码|公众号|返回顶部|阅读全文|查看全文|"
    r"加载更多|展开|收起|上一篇|下一篇|相关阅读|猜你喜欢|热门|广告|免责声明|订阅|下载APP|打开APP"
)
_ALWAYS_CHROME = _compile(
    r"^(?:点击|上滑|下拉|展开|查看)?(?:阅读全文|阅读原文|查看全文|查看原文|加载更多|展开全文|查看更多)[>》]*$"
)
_SENTENCE_END = re.compile(r"[。！？!?；;…」』”\"）)]$|[。！？!?]")
SHORT_LIMIT = 24


@dataclass(frozen=True)
class Split:
    """Which input lines are body, which are chrome, and the tags found in chrome."""

    body: tuple[int, ...]  # indices of body lines (non-blank)
    chrome: tuple[int, ...]
    tags: tuple[tuple[int, int, int], ...]  # (line, start, end) of each tag name


def classify(line: str) -> Kind:
    """The shape of one line."""
    line = line.strip()
    if not line:
        return Kind.BLANK
    if len(line) > 160:
        return Kind.PROSE  # longer than any furniture line: skip the rules
    if (
        _COUNTER.match(line)
        or _NUMBER_ROW.match(line)
        or _PUNCT_ROW.match(line)
        or _FOLLOW.match(line)
        or _PAGER.match(line)
        or _ALWAYS_CHROME.match(line)
        or (_LABELLED.match(line) and len(line) <= 80)
        or _END_MARK.match(line)
        or (
            len(line) <= 80
            and not _SENTENCE_PUNCT.search(line)
            and (_DATELINE.search(line) or _INLINE_META.search(line))
        )
        or (_LEGAL.search(line) and len(line) <= 160)
    ):
        return Kind.CHROME
    if len(line) <= SHORT_LIMIT and not _SENTENCE_END.search(line):
        return Kind.SHORT
    return Kind.PROSE


def split_lines(lines: list[str], tail: bool = True) -> Split:
    """Split lines into body and chrome, keeping anything uncertain in the body.

    ``tail=False`` when the lines are only the beginning of a document: its last lines
    are then not the page's footer.
    """
    kinds = [classify(line) for line in lines]
    n = len(kinds)
    chrome: set[int] = {i for i, k in enumerate(kinds) if k is Kind.CHROME}

    def _edge_block(indices: range) -> list[int]:
        block = []
        for i in indices:
            if kinds[i] is Kind.PROSE:
                break
            block.append(i)
        return block

    # Tail: everything from the first definite chrome line of the trailing non-prose block.
    tail_block = list(reversed(_edge_block(range(n - 1, -1, -1))))
    first_chrome = next((i for i in tail_block if kinds[i] is Kind.CHROME), None) if tail else None
    tag_lines: list[int] = []
    if first_chrome is not None:
        for i in tail_block:
            if i >= first_chrome and kinds[i] is Kind.SHORT:
                chrome.add(i)
                if not _UI_WORDS.search(lines[i]):
                    tag_lines.append(i)
    # Head: everything up to the last definite chrome line of the leading non-prose block.
    head = _edge_block(range(n))
    last_chrome = next((i for i in reversed(head) if kinds[i] is Kind.CHROME), None)
    if last_chrome is not None:
        for i in head:
            if i <= last_chrome and kinds[i] is Kind.SHORT and _UI_WORDS.search(lines[i]):
                chrome.add(i)
    # Anywhere: a short line made of page-furniture words, standing between chrome lines.
    for i, k in enumerate(kinds):
        if k is Kind.SHORT and len(lines[i].strip()) <= 12 and _UI_WORDS.search(lines[i]):
            before = next(
                (kinds[j] for j in range(i - 1, -1, -1) if kinds[j] is not Kind.BLANK), None
            )
            after = next((kinds[j] for j in range(i + 1, n) if kinds[j] is not Kind.BLANK), None)
            if before is Kind.CHROME or after is Kind.CHROME or after is None:
                chrome.add(i)

    for i in sorted(chrome):
        if _TAG_LABEL.match(lines[i].strip()):
            tag_lines.append(i)
    body = tuple(i for i, k in enumerate(kinds) if k is not Kind.BLANK and i not in chrome)
    spans: list[tuple[int, int, int]] = []
    for i in sorted(set(tag_lines)):
        line = lines[i]
        m = _TAG_LABEL.match(line.strip())
        if m:
            offset = len(line) - len(line.lstrip()) + m.start(1)
            for t in re.finditer(r"[^,，、;；|/\s]+", m.group(1)):
                spans.append((i, offset + t.start(), offset + t.end()))
        else:
            start = len(line) - len(line.lstrip())
            spans.append((i, start, start + len(line.strip())))
    return Split(body, tuple(sorted(chrome)), tuple(spans))
