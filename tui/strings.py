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
    "help_close": ("按 {keys} 关闭", "按 {keys} 關閉"),
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


@lru_cache(maxsize=256)
def say(simplified: str, script: Script) -> str:
    """``simplified`` in ``script``."""
    return simplified if script is Script.SIMPLIFIED else convert(simplified, Script.TRADITIONAL)


def ui(key: str, script: Script) -> str:
    """The interface text ``key`` in ``script``."""
    simplified, traditional = TEXTS[key]
    return simplified if script is Script.SIMPLIFIED else traditional
