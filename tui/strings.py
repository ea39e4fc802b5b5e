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
    # ---- find, copy, page info, remembered places (issue 12): (zh-Hans, zh-Hant, en) ----
    "find": ("查找", "搜尋", "Find"),
    "find_none": ("没有找到", "找不到", "not found"),
    "copied_sentence": ("已复制句子", "已複製句子", "Sentence copied"),
    "copied_paragraph": ("已复制段落", "已複製段落", "Paragraph copied"),
    "copied_chosen": ("已复制所选句子", "已複製所選句子", "Chosen sentence copied"),
    "nothing_chosen": (
        "没有选中的事件或博主",
        "沒有選取的事件或博主",
        "No event or blogger is chosen",
    ),
    "nothing_to_copy": ("没有可复制的文字", "沒有可複製的文字", "Nothing to copy"),
    "page_info": ("页面信息", "頁面資訊", "Page info"),
    "page_info_hint": (
        "选一个关键词：在正文中标出，n / N 逐个查看 · Esc 关闭",
        "選一個關鍵詞：在正文中標出，n / N 逐一查看 · Esc 關閉",
        "Choose a keyword to mark it in the text, n / N to walk it · Esc closes",
    ),
    "info_title": ("标题", "標題", "Title"),
    "info_no_title": (
        "（没有标题行，显示文件名）",
        "（沒有標題行，顯示檔名）",
        "(no title line; the file name is shown)",
    ),
    "info_file": ("文件", "檔案", "File"),
    "info_encoding": ("编码", "編碼", "encoding"),
    "info_dateline": ("日期行", "日期行", "Dateline"),
    "info_credits": ("来源与作者", "來源與作者", "Source, author"),
    "info_tags": ("标签", "標籤", "Tags"),
    "info_chrome": (
        "从正文分出的页面杂项",
        "從正文分出的頁面雜項",
        "Lines split off as page chrome",
    ),
    "info_none": ("无", "無", "none"),
    "ref_dateline": ("取自日期行", "取自日期行", "from the dateline"),
    "ref_updated": ("取自更新时间", "取自更新時間", "from the update time"),
    "ref_latest-year": (
        "按正文中最晚的明确日期推断",
        "依正文中最晚的明確日期推斷",
        "inferred from the latest explicit date in the text",
    ),
    "ref_today": ("正文没有日期，用今天", "正文沒有日期，用今天", "no date in the text: today"),
    "ref_option": (
        "由 --reference-date 指定",
        "由 --reference-date 指定",
        "set by --reference-date",
    ),
    "recent_files": ("最近读过", "最近讀過", "Read recently"),
    "no_completion": ("没有匹配的路径", "沒有相符的路徑", "No matching path"),
}


@lru_cache(maxsize=256)
def say(simplified: str, script: Script) -> str:
    """``simplified`` in ``script``."""
    return simplified if script is Script.SIMPLIFIED else convert(simplified, Script.TRADITIONAL)


def ui(key: str, script: Script) -> str:
    """The interface text ``key`` in ``script``."""
    simplified, traditional = TEXTS[key][:2]
    return simplified if script is Script.SIMPLIFIED else traditional
