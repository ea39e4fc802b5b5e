"""Every word of the interface, written once in Simplified and shown in the reader's script."""

from __future__ import annotations

from functools import lru_cache

from tui.model.scripts import Script, convert

TEXTS = {
    "article": "正文",
    "timeline": "时间线",
    "bloggers": "博主",
    "keywords": "关键词",
    "segmenting": "分词中…",
    "unavailable": "不可用",
    "no_events": "没有找到日期",
    "no_bloggers": "没有找到博主",
    "help_title": "按键说明",
    "help_close": "按 Esc、q 或 ? 关闭",
    "replaced": "个无法解码的字节已替换",
    "ref": "参照日期",
}

#: (keys, what they do) for the help screen, in reading order.
KEYS = [
    ("j / k / ↓ / ↑", "在正文中逐行滚动；在列表中上下移动"),
    ("space / b / PgDn / PgUp", "正文翻页"),
    ("g / G / Home / End", "到开头 / 到结尾（列表：第一项 / 最后一项）"),
    ("enter", "在时间线或博主列表中选中：正文跳到该处并高亮"),
    ("n / N", "下一处 / 上一处提及（所选博主）"),
    ("t", "切换繁体 / 简体（所有窗格）"),
    ("tab / shift+tab", "在正文 → 时间线 → 博主之间切换"),
    ("1 / 2 / 3", "直接聚焦正文 / 时间线 / 博主"),
    ("escape", "清除选择和高亮"),
    ("ctrl+p", "命令面板：所有操作、跳到事件…、跳到博主…"),
    ("?", "打开 / 关闭本说明"),
    ("q / ctrl+q", "退出"),
    ("鼠标", "点击正文中的 @博主 或日期，或点击列表中的一行；点击右上角的 繁/简 切换繁简"),
]


@lru_cache(maxsize=256)
def say(simplified: str, script: Script) -> str:
    """``simplified`` in ``script``."""
    return simplified if script is Script.SIMPLIFIED else convert(simplified, Script.TRADITIONAL)


def ui(key: str, script: Script) -> str:
    """The interface text ``key`` in ``script``."""
    return say(TEXTS[key], script)
