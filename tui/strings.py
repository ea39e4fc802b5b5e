"""Every word of the interface, in one table: Simplified, Traditional (Taiwan usage) and English.

The reader sees one language at a time (:class:`Lang`): by default the one written in the
script on screen, or the one chosen with ``--lang`` or the palette.  Traditional entries are
written in Taiwan usage (滑鼠, 文字檔, 檔案, 資訊, 搜尋, 開啟), not converted from Simplified,
so no converter is built to draw the first screen and no mainland word slips in.

Keys are short names (``"timeline"``), or a binding id (``"app.toggle_script"``: the label in
the footer) and that id with ``.help`` (the longer line in the help and the palette).  Textual's
own words that reach the screen (the palette's placeholder, "No matches found", the system
commands) are here too: see :mod:`tui.localized`.
"""

from __future__ import annotations

from enum import StrEnum

from tui.model.scripts import Script, Variant


class Lang(StrEnum):
    """An interface language, named as in ``--lang``."""

    ZH_HANT = "zh-Hant"
    ZH_HANS = "zh-Hans"
    EN = "en"

    @classmethod
    def of(cls, value: Lang | Script) -> Lang:
        """``value`` itself, or the language written in script ``value``."""
        if isinstance(value, Lang):
            return value
        return cls.ZH_HANS if value is Script.SIMPLIFIED else cls.ZH_HANT


_COLUMN = {Lang.ZH_HANS: 0, Lang.ZH_HANT: 1, Lang.EN: 2}

#: key -> (zh-Hans, zh-Hant, en).
TEXTS: dict[str, tuple[str, str, str]] = {
    # ---- panes and header ----
    "article": ("正文", "正文", "Text"),
    "timeline": ("时间线", "時間線", "Timeline"),
    "bloggers": ("博主", "博主", "Bloggers"),
    "keywords": ("关键词", "關鍵詞", "Keywords"),
    "segmenting": ("分词中…", "分詞中…", "segmenting…"),
    "unavailable": ("不可用", "無法使用", "unavailable"),
    "reading_rest": ("正在读取全文…", "正在讀取全文…", "reading the rest…"),
    "no_events": ("没有找到日期", "沒有找到日期", "No dates found"),
    "no_bloggers": ("没有找到博主", "沒有找到博主", "No bloggers found"),
    "replaced": ("个无法解码的字节已替换", "個無法解碼的位元組已替換", "undecodable bytes replaced"),
    "ref": ("参照日期", "參照日期", "Ref. date"),
    "script.simplified": ("简", "簡", "Simp"),
    "script.traditional": ("繁", "繁", "Trad"),
    "variant.standard": ("标准繁体", "標準繁體", "standard Traditional"),
    "variant.tw": ("台湾正体", "臺灣正體", "Taiwan Traditional"),
    "variant.hk": ("香港繁体", "香港繁體", "Hong Kong Traditional"),
    "variant.tw.mark": ("台", "臺", "TW"),
    "variant.hk.mark": ("港", "港", "HK"),
    "lang.zh-Hant": ("繁体中文", "繁體中文", "Traditional Chinese"),
    "lang.zh-Hans": ("简体中文", "簡體中文", "Simplified Chinese"),
    "lang.en": ("英文", "英文", "English"),
    "colon": ("：", "：", ": "),
    # ---- dialogs and notifications ----
    "help_title": ("按键说明", "按鍵說明", "Keys"),
    "help_close": ("按 {keys} 关闭", "按 {keys} 關閉", "{keys} closes"),
    "keys.or": (" 或 ", " 或 ", " or "),
    "keys.and": ("、", "、", ", "),
    "open_title": ("打开文章", "開啟文章", "Open an article"),
    "open_hint": (
        "输入文本文件的路径，按 Enter 打开，Esc 取消：",
        "輸入文字檔的路徑，按 Enter 開啟，Esc 取消：",
        "Type the path of a text file; Enter opens it, Esc cancels:",
    ),
    "open_placeholder": ("~/文章.txt", "~/文章.txt", "~/article.txt"),
    "open_failed": ("无法打开", "無法開啟", "Cannot open"),
    "opening": ("正在打开…", "正在開啟…", "Opening…"),
    "error_title": ("意外错误（已记录）", "意外錯誤（已記錄）", "Unexpected error (logged)"),
    "error.missing": ("没有这个文件", "沒有這個檔案", "No such file"),
    "error.directory": ("这是文件夹，不是文件", "這是資料夾，不是檔案", "This is a folder, not a file"),
    "error.unreadable": ("没有读取权限", "沒有讀取權限", "Permission denied"),
    "quit_title": ("要退出吗？", "要離開嗎？", "Do you want to quit?"),
    "quit_hint": ("按 q 退出", "按 q 離開", "Press q to quit"),
    "variant_chosen": ("繁体字形：", "繁體字形：", "Traditional form: "),
    "lang_chosen": ("界面语言：", "介面語言：", "Interface language: "),
    "theme_chosen": ("主题：", "主題：", "Theme: "),
    # ---- Textual's own words ----
    "palette_placeholder": ("搜索命令…", "搜尋指令…", "Search for commands…"),
    "palette_no_matches": ("没有匹配项", "找不到符合的項目", "No matches found"),
    "theme_placeholder": ("搜索主题…", "搜尋主題…", "Search for themes…"),
    "system.theme": ("主题", "主題", "Theme"),
    "system.theme.help": ("更换配色主题", "變更配色主題", "Change the colour theme"),
    "system.maximize": ("最大化", "最大化", "Maximize"),
    "system.maximize.help": ("放大当前窗格", "放大目前的窗格", "Maximize the focused pane"),
    "system.minimize": ("还原", "還原", "Minimize"),
    "system.minimize.help": ("恢复原来的大小", "恢復原本的大小", "Restore the normal size"),
    # ---- palette entries ----
    "go_event": ("跳到事件", "跳至事件", "Go to event"),
    "go_blogger": ("跳到博主", "跳至博主", "Go to blogger"),
    "choose_variant": ("繁体字形", "繁體字形", "Traditional form"),
    "choose_lang": ("界面语言", "介面語言", "Interface language"),
    # ---- keys: binding id -> footer label; id.help -> the line in help and palette ----
    "app.toggle_script": ("繁/简", "繁/簡", "Simp/Trad"),
    "app.toggle_script.help": (
        "切换繁体 / 简体（所有窗格）",
        "切換繁體 / 簡體（所有窗格）",
        "Switch Traditional / Simplified (every pane)",
    ),
    "app.next_mention": ("下一处", "下一處", "Next"),
    "app.next_mention.help": (
        "下一处提及（所选博主）",
        "下一處提及（所選博主）",
        "Next mention of the chosen blogger",
    ),
    "keys.mention": (
        "下一处 / 上一处提及（所选博主）",
        "下一處 / 上一處提及（所選博主）",
        "Next / previous mention of the chosen blogger",
    ),
    "app.previous_mention": ("上一处", "上一處", "Previous"),
    "app.previous_mention.help": (
        "上一处提及（所选博主）",
        "上一處提及（所選博主）",
        "Previous mention of the chosen blogger",
    ),
    "app.next_pane": ("下一窗格", "下一個窗格", "Next pane"),
    "app.next_pane.help": (
        "在正文 → 时间线 → 博主之间切换",
        "在正文 → 時間線 → 博主之間切換",
        "Cycle text → timeline → bloggers",
    ),
    "app.previous_pane": ("上一窗格", "上一個窗格", "Previous pane"),
    "app.previous_pane.help": ("反向切换窗格", "反向切換窗格", "Cycle the panes backwards"),
    "app.focus_article": ("正文", "正文", "Text"),
    "app.focus_article.help": ("聚焦正文", "聚焦正文", "Focus the text"),
    "app.focus_timeline": ("时间线", "時間線", "Timeline"),
    "app.focus_timeline.help": ("聚焦时间线", "聚焦時間線", "Focus the timeline"),
    "app.focus_bloggers": ("博主", "博主", "Bloggers"),
    "app.focus_bloggers.help": ("聚焦博主列表", "聚焦博主列表", "Focus the bloggers"),
    "app.clear_selection": ("清除", "清除", "Clear"),
    "app.clear_selection.help": ("清除选择和高亮", "清除選取和醒目標示", "Clear the selection"),
    "app.open": ("打开", "開啟", "Open"),
    "app.open.help": (
        "打开另一篇文章（输入路径）",
        "開啟另一篇文章（輸入路徑）",
        "Open another article (type a path)",
    ),
    "app.help": ("帮助", "說明", "Help"),
    "app.help.help": ("打开 / 关闭本说明", "開啟 / 關閉本說明", "Show / hide these keys"),
    "app.quit": ("退出", "離開", "Quit"),
    "app.quit.help": ("退出", "離開", "Quit"),
    "app.quit_ctrl": ("退出", "離開", "Quit"),
    "app.quit_ctrl.help": ("退出", "離開", "Quit"),
    "app.command_palette": ("命令", "指令", "Commands"),
    "app.command_palette.help": (
        "命令面板：所有操作、跳到事件…、跳到博主…",
        "指令面板：所有操作、跳至事件…、跳至博主…",
        "Command palette: every action, go to event…, go to blogger…",
    ),
    "app.reading_mode": ("阅读", "閱讀", "Read"),
    "app.reading_mode.help": (
        "阅读模式：正文占满整个宽度",
        "閱讀模式：正文佔滿整個寬度",
        "Reading mode: the text takes the full width",
    ),
    "article.line_down": ("下移", "下移", "Down"),
    "article.line_down.help": (
        "在正文中逐行滚动；在列表中上下移动",
        "在正文中逐行捲動；在列表中上下移動",
        "Scroll the text a line; move in a list",
    ),
    "article.line_up": ("上移", "上移", "Up"),
    "article.line_up.help": ("向上一行", "向上一行", "Scroll up a line"),
    "article.page_down": ("翻页", "翻頁", "Page"),
    "article.page_down.help": ("正文翻页", "正文翻頁", "Page through the text"),
    "article.page_up": ("上页", "上頁", "Page up"),
    "article.page_up.help": ("正文向上翻页", "正文向上翻頁", "Page up"),
    "article.top": ("开头", "開頭", "Top"),
    "article.top.help": (
        "到开头 / 到结尾（列表：第一项 / 最后一项）",
        "到開頭 / 到結尾（列表：第一項 / 最後一項）",
        "Top / bottom (in a list: first / last)",
    ),
    "article.bottom": ("结尾", "結尾", "Bottom"),
    "article.bottom.help": ("到结尾", "到結尾", "Bottom"),
    "list.down": ("下移", "下移", "Down"),
    "list.down.help": ("下一项", "下一項", "Next row"),
    "list.up": ("上移", "上移", "Up"),
    "list.up.help": ("上一项", "上一項", "Previous row"),
    "list.page_down": ("翻页", "翻頁", "Page"),
    "list.page_down.help": ("列表翻页", "清單翻頁", "Page down the list"),
    "list.page_up": ("上页", "上頁", "Page up"),
    "list.page_up.help": ("列表向上翻页", "清單向上翻頁", "Page up the list"),
    "list.first": ("第一项", "第一項", "First"),
    "list.first.help": ("第一项", "第一項", "First row"),
    "list.last": ("最后一项", "最後一項", "Last"),
    "list.last.help": ("最后一项", "最後一項", "Last row"),
    "list.choose": ("跳到", "跳至", "Go to"),
    "list.choose.help": (
        "在时间线或博主列表中选中：正文跳到该处并高亮",
        "在時間線或博主清單中選取：正文跳至該處並醒目標示",
        "Choose in the timeline or bloggers: the text jumps there, highlighted",
    ),
    "help.close": ("关闭", "關閉", "Close"),
    "help.close.help": ("关闭说明", "關閉說明", "Close the help"),
    "help.toggle_script": ("繁/简", "繁/簡", "Simp/Trad"),
    "help.toggle_script.help": ("切换繁体 / 简体", "切換繁體 / 簡體", "Switch the script"),
    "open.cancel": ("取消", "取消", "Cancel"),
    "open.cancel.help": ("取消", "取消", "Cancel"),
    "keys.focus": (
        "直接聚焦正文 / 时间线 / 博主",
        "直接聚焦正文 / 時間線 / 博主",
        "Focus the text / timeline / bloggers",
    ),
    "mouse": ("鼠标", "滑鼠", "Mouse"),
    "mouse.help": (
        "点击正文中的 @博主 或日期，或点击列表中的一行；点击右上角的 繁/简 切换繁简",
        "點選正文中的 @博主 或日期，或點選清單中的一列；點選右上角的 繁/簡 切換繁簡",
        "Click an @handle or a date in the text, or a row in a list; click the script "
        "at the top right to switch it",
    ),
}


def ui(key: str, lang: Lang | Script) -> str:
    """The interface text ``key`` in ``lang`` (a script stands for the language written in it)."""
    return TEXTS[key][_COLUMN[Lang.of(lang)]]


def script_badge(script: Script, variant: Variant, lang: Lang | Script) -> str:
    """The header's script control: ``繁·臺``, ``繁·港``, ``繁``, ``简`` (``Trad·TW`` in English)."""
    name = ui(f"script.{script.value}", lang)
    if script is Script.SIMPLIFIED or variant is Variant.STANDARD:
        return name
    return f"{name}·{ui(f'variant.{variant.value}.mark', lang)}"
