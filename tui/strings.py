"""Every word of the interface, written once in Simplified and shown in the reader's script."""

from __future__ import annotations

from functools import lru_cache

from tui.model.scripts import Script, convert

#: Interface words as (Simplified, Traditional): no converter is built to draw the first screen.
TEXTS = {
    "article": ("正文", "正文"),
    "timeline": ("时间线", "時間線"),
    "bloggers": ("博主", "博主"),
    "keywords": ("关键词", "關鍵詞"),
    "segmenting": ("分词中…", "分詞中…"),
    "unavailable": ("不可用", "不可用"),
    "reading_rest": ("正在读取全文…", "正在讀取全文…"),
    "no_events": ("没有找到日期", "沒有找到日期"),
    "no_bloggers": ("没有找到博主", "沒有找到博主"),
    "help_title": ("按键说明", "按鍵說明"),
    "help_close": ("按 Esc、q 或 ? 关闭", "按 Esc、q 或 ? 關閉"),
    "replaced": ("个无法解码的字节已替换", "個無法解碼的字節已替換"),
    "ref": ("参照日期", "參照日期"),
    "open_title": ("打开文章", "打開文章"),
    "open_hint": (
        "输入文本文件的路径，按 Enter 打开，Esc 取消：",
        "輸入文本文件的路徑，按 Enter 打開，Esc 取消：",
    ),
    "open_failed": ("无法打开", "無法打開"),
    "opening": ("正在打开…", "正在打開…"),
}

#: (keys, what they do) for the help screen, in reading order.
KEYS = [
    ("j / k / ↓ / ↑", "在正文中逐行滚动；在列表中上下移动"),
    ("space / b / PgDn / PgUp", "正文翻页"),
    ("g / G / Home / End", "到开头 / 到结尾（列表：第一项 / 最后一项）"),
    ("enter", "选中列表中的一项：正文跳到该处，日期或博主本身强高亮，所在句子弱高亮"),
    ("n / N", "下一处 / 上一处提及（所选博主，或时间线上所选日期，显示 3/22）"),
    ("v", "时间线：在列表和时间轴之间切换；时间轴上 ← → 沿时间移动并选中，点击标记选中"),
    ("t", "切换繁体 / 简体（所有窗格）"),
    ("tab / shift+tab", "在正文 → 时间线 → 博主之间切换"),
    ("1 / 2 / 3", "直接聚焦正文 / 时间线 / 博主"),
    ("escape", "清除选择和高亮"),
    ("ctrl+p", "命令面板：所有操作、跳到事件…、跳到博主…、设定参照日期…"),
    ("o", "打开另一篇文章（输入路径）"),
    ("?", "打开 / 关闭本说明"),
    ("q / ctrl+q", "退出"),
    ("鼠标", "点击正文中的 @博主 或日期，或点击列表中的一行；点击右上角的 繁/简 切换繁简"),
    ("▍ ≈ ×3 3/22 ¶12", "时间线的标记：▍ 在画面中的段落里提到；≈ 推定的日期（参照日期不是文中写明的）；×3 同一日期被提到 3 次；3/22 正在看第 3 处；¶12 第 12 段"),
    ("● ━ ○ ┅ //", "时间轴的标记：● 一天；━ 一段时间（一年、年初、假期）；○ ┅ 推定的日期；// 断轴：中间省略了一段很长的空白"),
    ("━ (滚动条)", "正文滚动条上的 ━：所选日期或博主在文中各处提及的位置"),
    ("参照日期 (推定)", "标题栏：相对日期从哪天算起，括号里是它的来源（推定 = 文中没有写明）"),
]


@lru_cache(maxsize=256)
def say(simplified: str, script: Script) -> str:
    """``simplified`` in ``script``."""
    return simplified if script is Script.SIMPLIFIED else convert(simplified, Script.TRADITIONAL)


def ui(key: str, script: Script) -> str:
    """The interface text ``key`` in ``script``."""
    simplified, traditional = TEXTS[key]
    return simplified if script is Script.SIMPLIFIED else traditional
