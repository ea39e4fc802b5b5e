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
    "no_events_short": ("无日期", "無日期", "No dates"),  # a narrow pane's border
    "no_bloggers": ("没有找到博主", "沒有找到博主", "No bloggers found"),
    "no_bloggers_short": ("无博主", "無博主", "No bloggers"),
    "credited_only": (
        "另有 {count} 位只见于页面杂项",
        "另有 {count} 位只見於頁面雜項",
        "{count} more only in page chrome",
    ),
    "replaced": ("个无法解码的字节已替换", "個無法解碼的位元組已替換", "undecodable bytes replaced"),
    "escapes_removed": ("个终端控制序列已移除", "個終端控制序列已移除", "terminal escape sequences removed"),
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
        "输入文本文件的路径，按 Enter 打开，{key:open.cancel} 取消：",
        "輸入文字檔的路徑，按 Enter 開啟，{key:open.cancel} 取消：",
        "Type the path of a text file; Enter opens it, {key:open.cancel} cancels:",
    ),
    "open_placeholder": ("~/文章.txt", "~/文章.txt", "~/article.txt"),
    "open_failed": ("无法打开", "無法開啟", "Cannot open"),
    "opening": ("正在打开…", "正在開啟…", "Opening…"),
    "error_title": ("意外错误（已记录）", "意外錯誤（已記錄）", "Unexpected error (logged)"),
    "error.missing": ("没有这个文件", "沒有這個檔案", "No such file"),
    "error.directory": ("这是文件夹，不是文件", "這是資料夾，不是檔案", "This is a folder, not a file"),
    "error.unreadable": ("没有读取权限", "沒有讀取權限", "Permission denied"),
    "quit_title": ("要退出吗？", "要離開嗎？", "Do you want to quit?"),
    "quit_hint": ("按 {keys} 退出", "按 {keys} 離開", "Press {keys} to quit"),
    "variant_chosen": ("繁体字形：", "繁體字形：", "Traditional form: "),
    "lang_chosen": ("界面语言：", "介面語言：", "Interface language: "),
    "theme_chosen": ("主题：", "主題：", "Theme: "),
    # ---- Textual's own words ----
    "palette_placeholder": ("搜索命令…", "搜尋指令…", "Search for commands…"),
    "palette_no_matches": ("没有匹配项", "找不到符合的項目", "No matches found"),
    "theme_placeholder": ("搜索主题…", "搜尋主題…", "Search for themes…"),
    "system.theme": ("主题", "主題", "Theme"),
    "system.theme.help": ("更换配色主题", "變更配色主題", "Change the colour theme"),
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
        "下一处提及（所选博主或日期）",
        "下一處提及（所選博主或日期）",
        "Next mention of the chosen blogger or date",
    ),
    "keys.mention": (
        "下一处 / 上一处提及（所选博主，或时间线上所选日期，显示 3/22）",
        "下一處 / 上一處提及（所選博主，或時間線上所選日期，顯示 3/22）",
        "Next / previous mention of the chosen blogger or date (the row shows 3/22)",
    ),
    "app.previous_mention": ("上一处", "上一處", "Previous"),
    "app.previous_mention.help": (
        "上一处提及（所选博主或日期）",
        "上一處提及（所選博主或日期）",
        "Previous mention of the chosen blogger or date",
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
        "打开另一篇文章（输入路径，Tab 补全，{key:open.recent} 最近读过）",
        "開啟另一篇文章（輸入路徑，Tab 補全，{key:open.recent} 最近讀過）",
        "Open another article (type a path, Tab completes, {key:open.recent} recent files)",
    ),
    "app.help": ("帮助", "說明", "Help"),
    "app.help.help": ("打开 / 关闭本说明", "開啟 / 關閉本說明", "Help: show / hide these keys"),
    "app.quit": ("退出", "離開", "Quit"),
    "app.quit.help": ("退出", "離開", "Quit"),
    "app.quit_ctrl": ("退出", "離開", "Quit"),
    "app.quit_ctrl.help": ("退出", "離開", "Quit"),
    "app.command_palette": ("命令", "指令", "Commands"),
    "app.command_palette.help": (
        "命令面板：所有操作、跳到事件…、跳到博主…、设定参照日期…",
        "指令面板：所有操作、跳至事件…、跳至博主…、設定參照日期…",
        "Command palette: every action, go to event…, go to blogger…, set reference date…",
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
        "选中列表中的一项：正文跳到该处，日期或博主本身强高亮，所在句子弱高亮",
        "選取清單中的一項：正文跳至該處，日期或博主本身強烈醒目標示，所在句子淡淡標示",
        "Choose in the timeline or bloggers: the text jumps there, the date or blogger "
        "highlighted strongly, its sentence lightly",
    ),
    "help.close": ("关闭", "關閉", "Close"),
    "help.close.help": ("关闭说明", "關閉說明", "Close the help"),
    "help.down": ("下移", "下移", "Down"),
    "help.up": ("上移", "上移", "Up"),
    "help.page_down": ("翻页", "翻頁", "Page"),
    "help.page_up": ("上页", "上頁", "Page up"),
    "help.top": ("开头", "開頭", "Top"),
    "help.bottom": ("结尾", "結尾", "Bottom"),
    "help.down.help": ("说明下移一行", "說明下移一行", "Scroll the help down a line"),
    "help.up.help": ("说明上移一行", "說明上移一行", "Scroll the help up a line"),
    "help.page_down.help": ("说明翻页", "說明翻頁", "Scroll the help down a page"),
    "help.page_up.help": ("说明上一页", "說明上一頁", "Scroll the help up a page"),
    "help.top.help": ("说明开头", "說明開頭", "The top of the help"),
    "help.bottom.help": ("说明结尾", "說明結尾", "The end of the help"),
    "help.toggle_script": ("繁/简", "繁/簡", "Simp/Trad"),
    "help.toggle_script.help": ("切换繁体 / 简体", "切換繁體 / 簡體", "Switch the script"),
    "open.cancel": ("取消", "取消", "Cancel"),
    "open.cancel.help": ("取消", "取消", "Cancel"),
    "keys.focus": (
        "直接聚焦正文 / 时间线 / 博主",
        "直接聚焦正文 / 時間線 / 博主",
        "Focus the text / timeline / bloggers",
    ),
    # ---- the timeline ----
    "axis": ("时间轴", "時間軸", "Time axis"),
    "legend.pane": (
        "▍在画面中 ≈推定 ×次数 ¶段落 {key:timeline.axis} 时间轴",
        "▍在畫面中 ≈推定 ×次數 ¶段落 {key:timeline.axis} 時間軸",
        "▍on screen ≈guess ×times ¶paragraph {key:timeline.axis} axis",
    ),
    "legend.axis_pane": (
        "●一天 ━一段时间 ○┅推定 //断轴 {key:axis.earlier}{key:axis.later}移动 {key:axis.list}列表",
        "●一天 ━一段時間 ○┅推定 //斷軸 {key:axis.earlier}{key:axis.later}移動 {key:axis.list}清單",
        "●day ━span ○┅guess //gap {key:axis.earlier}{key:axis.later}move {key:axis.list} list",
    ),
    "refsrc.dateline": ("发布时间", "發布時間", "dateline"),
    "refsrc.updated": ("更新时间", "更新時間", "updated"),
    "refsrc.latest-year": ("推定", "推定", "guess"),
    "refsrc.day-only": ("年份推定", "年份推定", "year a guess"),
    "refsrc.today": ("今天，推定", "今天，推定", "today, a guess"),
    "refsrc.option": ("手动设定", "手動設定", "set by hand"),
    "set_reference_date": ("设定参照日期…", "設定參照日期…", "Set reference date…"),
    "date_title": ("设定参照日期", "設定參照日期", "Reference date"),
    "date_hint": (
        "相对日期（昨天、去年底、5月3日）从这一天算起。输入 YYYY-MM-DD，按 Enter 确定"
        "（留空：回到页面自己的日期），{cancel} 取消：",
        "相對日期（昨天、去年底、5月3日）從這一天算起。輸入 YYYY-MM-DD，按 Enter 確定"
        "（留空：回到頁面自己的日期），{cancel} 取消：",
        "Relative dates (yesterday, late last year, 3 May) count from this day. "
        "Type YYYY-MM-DD; Enter sets it (empty: back to the page's own date), {cancel} cancels:",
    ),
    "date_invalid": (
        "不是日期：请按 YYYY-MM-DD 输入，例如 2025-01-31。",
        "不是日期：請按 YYYY-MM-DD 輸入，例如 2025-01-31。",
        "Not a date: type YYYY-MM-DD, e.g. 2025-01-31.",
    ),
    "app.timeline_mode": ("时间轴", "時間軸", "Axis"),
    "app.timeline_mode.help": (
        "时间线：在列表和时间轴之间切换",
        "時間線：在清單和時間軸之間切換",
        "The timeline as a list or on a time axis",
    ),
    "timeline.axis": ("时间轴", "時間軸", "Axis"),
    "timeline.axis.help": (
        "时间线显示为时间轴",
        "時間線顯示為時間軸",
        "Show the timeline on a time axis",
    ),
    "axis.list": ("列表", "清單", "List"),
    "axis.list.help": ("时间线显示为列表", "時間線顯示為清單", "Show the timeline as a list"),
    "axis.earlier": ("较早", "較早", "Earlier"),
    "axis.earlier.help": (
        "时间轴上：选中较早的日期",
        "時間軸上：選取較早的日期",
        "On the time axis: choose the earlier date",
    ),
    "axis.later": ("较晚", "較晚", "Later"),
    "axis.later.help": (
        "时间轴上：选中较晚的日期（点击标记也选中）",
        "時間軸上：選取較晚的日期（點選標記也會選取）",
        "On the time axis: choose the later date (a click on a mark chooses it too)",
    ),
    "axis.first": ("最早", "最早", "First"),
    "axis.first.help": ("最早的日期", "最早的日期", "The first date"),
    "axis.last": ("最晚", "最晚", "Last"),
    "axis.last.help": ("最晚的日期", "最晚的日期", "The last date"),
    "axis.choose": ("跳到", "跳至", "Go to"),
    "axis.choose.help": (
        "正文跳到所选日期",
        "正文跳至所選日期",
        "The text jumps to the chosen date",
    ),
    "date.cancel": ("取消", "取消", "Cancel"),
    "date.cancel.help": ("取消", "取消", "Cancel"),
    "legend.list": (
        "时间线的标记：▍ 在画面中的段落里提到；≈ 推定的日期（参照日期不是文中写明的）；"
        "×3 同一日期被提到 3 次；3/22 正在看第 3 处；¶12 第 12 段",
        "時間線的標記：▍ 在畫面中的段落裡提到；≈ 推定的日期（參照日期不是文中寫明的）；"
        "×3 同一日期被提到 3 次；3/22 正在看第 3 處；¶12 第 12 段",
        "Timeline marks: ▍ named in a paragraph on screen; ≈ a guessed date (the reference date "
        "is not stated in the text); ×3 the date is named 3 times; 3/22 at the 3rd; ¶12 paragraph 12",
    ),
    "legend.axis": (
        "时间轴的标记：● 一天；━ 一段时间（一年、年初、假期）；○ ┅ 推定的日期；"
        "// 断轴：中间省略了一段很长的空白",
        "時間軸的標記：● 一天；━ 一段時間（一年、年初、假期）；○ ┅ 推定的日期；"
        "// 斷軸：中間省略了一段很長的空白",
        "Time axis marks: ● a day; ━ a span (a year, early in the year, a holiday); ○ ┅ a "
        "guessed date; // a break: a long empty stretch left out",
    ),
    "legend.scrollbar": (
        "正文滚动条上的 ━：所选日期或博主在文中各处提及的位置",
        "正文捲軸上的 ━：所選日期或博主在文中各處提及的位置",
        "━ on the text's scrollbar: where the chosen date or blogger is named",
    ),
    "legend.header.marks": ("参照日期 (推定)", "參照日期 (推定)", "Ref. date (guess)"),
    "legend.header": (
        "标题栏：相对日期从哪天算起，括号里是它的来源（推定 = 文中没有写明）",
        "標題列：相對日期從哪天算起，括號裡是它的來源（推定 = 文中沒有寫明）",
        "Header: the day relative dates count from, and in brackets where it came from "
        "(guess = not stated in the text)",
    ),
    # ---- find, copy, page info, remembered places ----
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
        "选一个关键词：在正文中标出，{key:app.next_mention} / {key:app.previous_mention} 逐个查看 · {key:page_info.close} 关闭",
        "選一個關鍵詞：在正文中標出，{key:app.next_mention} / {key:app.previous_mention} 逐一查看 · {key:page_info.close} 關閉",
        "Choose a keyword to mark it in the text, {key:app.next_mention} / {key:app.previous_mention} to walk it · {key:page_info.close} closes",
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
    "ref_day-only": (
        "页面只写了日子（11-5 20:31、北京11日电），月份和年份推定",
        "頁面只寫了日子（11-5 20:31、臺北11日電），月份和年份推定",
        "the page gives only its day (11-5 20:31, a wire's day of dispatch): month and year inferred",
    ),
    "ref_today": (
        "正文没有已过去的明确日期，用今天",
        "正文沒有已過去的明確日期，用今天",
        "no explicit date in the text up to today: today",
    ),
    "ref_option": (
        "由 --reference-date 或「设定参照日期…」指定",
        "由 --reference-date 或「設定參照日期…」指定",
        "set by --reference-date or “Set reference date…”",
    ),
    "recent_files": ("最近读过", "最近讀過", "Read recently"),
    "no_completion": ("没有匹配的路径", "沒有相符的路徑", "No matching path"),
    "app.find": ("查找", "搜尋", "Find"),
    "app.find.help": (
        "在正文中查找（繁简都找）；{key:find.submit} / {key:app.next_mention} / {key:app.previous_mention} 逐个，{key:find.close} 结束",
        "在正文中搜尋（繁簡都找）；{key:find.submit} / {key:app.next_mention} / {key:app.previous_mention} 逐一查看，{key:find.close} 結束",
        "Find in the text (either script); {key:find.submit} / {key:app.next_mention} / {key:app.previous_mention} step, {key:find.close} ends",
    ),
    "app.next_hit": ("下一个", "下一個", "Next"),
    "app.next_hit.help": (
        "下一个查找结果，或所选项的下一处",
        "下一個搜尋結果，或所選項目的下一處",
        "Next find hit, or the next place of the choice",
    ),
    "app.copy_sentence": ("复制", "複製", "Copy"),
    "app.copy_sentence.help": ("复制当前句子", "複製目前的句子", "Copy the sentence"),
    "app.copy_paragraph": ("复制段落", "複製段落", "Copy paragraph"),
    "app.copy_paragraph.help": ("复制当前段落", "複製目前的段落", "Copy the paragraph"),
    "app.copy_chosen": ("复制所选", "複製所選", "Copy chosen"),
    "app.copy_chosen.help": (
        "复制所选事件或博主的句子",
        "複製所選事件或博主的句子",
        "Copy the chosen event's or blogger's sentence",
    ),
    "keys.copy": (
        "复制当前句子 / 当前段落 / 所选事件或博主的句子",
        "複製目前的句子 / 段落 / 所選事件或博主的句子",
        "Copy the sentence / the paragraph / the chosen event's or blogger's sentence",
    ),
    "app.page_info": ("信息", "資訊", "Info"),
    "app.page_info.help": (
        "页面信息：标题、日期行、来源、标签、关键词、分出的杂项",
        "頁面資訊：標題、日期行、來源、標籤、關鍵詞、分出的雜項",
        "Page info: title, dateline, source, tags, keywords, split-off chrome",
    ),
    "keys.mention_or_hit": (
        "下一处 / 上一处（查找结果；否则所选博主或日期的提及，显示 3/22）",
        "下一處 / 上一處（搜尋結果；否則所選博主或日期的提及，顯示 3/22）",
        "Next / previous find hit; otherwise mention of the chosen blogger or date (3/22)",
    ),
    "keys.clear": (
        "结束查找；清除选择和高亮",
        "結束搜尋；清除選取和醒目標示",
        "End the find; then clear the selection",
    ),
    "open.recent": ("最近", "最近", "Recent"),
    "open.recent.help": ("最近读过的文件", "最近讀過的檔案", "Files read recently"),
    "find.submit": ("下一个", "下一個", "Next"),
    "find.submit.help": ("下一个查找结果", "下一個搜尋結果", "Next hit"),
    "find.close": ("结束查找", "結束搜尋", "End find"),
    "find.close.help": ("结束查找", "結束搜尋", "End the find"),
    "page_info.close": ("关闭", "關閉", "Close"),
    "page_info.close.help": ("关闭页面信息", "關閉頁面資訊", "Close page info"),
    "page_info.page_down": ("翻页", "翻頁", "Page"),
    "page_info.page_up": ("上页", "上頁", "Page up"),
    "page_info.top": ("开头", "開頭", "Top"),
    "page_info.bottom": ("结尾", "結尾", "Bottom"),
    "page_info.page_down.help": ("页面信息翻页", "頁面資訊翻頁", "Scroll page info down a page"),
    "page_info.page_up.help": ("页面信息上一页", "頁面資訊上一頁", "Scroll page info up a page"),
    "page_info.top.help": ("页面信息开头", "頁面資訊開頭", "The top of page info"),
    "page_info.bottom.help": ("页面信息结尾", "頁面資訊結尾", "The end of page info"),
    "page_info.toggle_script": ("繁/简", "繁/簡", "Simp/Trad"),
    "page_info.toggle_script.help": ("切换繁体 / 简体", "切換繁體 / 簡體", "Switch the script"),
    # ---- why a file cannot be opened (tui.model.errors.ArticleError codes) ----
    "refused.empty": ("文件是空的", "檔案是空的", "the file is empty"),
    "refused.blank": ("文件只有空白", "檔案只有空白", "the file is empty (nothing but white space)"),
    "refused.binary": (
        "这看来是二进制文件（含有 NUL 字节），不是文章",
        "這看來是二進位檔（含有 NUL 位元組），不是文章",
        "this looks like a binary file (it contains NUL bytes), not a text article",
    ),
    "refused.not_text": (
        "这不像文本：{count} 个字节在所有支持的编码（UTF-8、GB18030、Big5、UTF-16）中都无效",
        "這不像文字：{count} 個位元組在所有支援的編碼（UTF-8、GB18030、Big5、UTF-16）中都無效",
        "this does not look like text: {count} bytes are not valid in any supported encoding "
        "(UTF-8, GB18030, Big5, UTF-16)",
    ),
    "config.unreadable": ("{path}：读不了（{detail}）", "{path}：讀不了（{detail}）", "{path}: {detail}"),
    "config.invalid": (
        "{path}：不是有效的 TOML（{detail}）",
        "{path}：不是有效的 TOML（{detail}）",
        "{path}: not valid TOML ({detail})",
    ),
    "config.not_table": (
        "{path}：[keymap] 应是「按键 id = 按键」的表",
        "{path}：[keymap] 應是「按鍵 id = 按鍵」的表",
        "{path}: [keymap] must be a table of binding ids to keys",
    ),
    "config.unknown_id": (
        "{path}：没有这个按键 id：{id}",
        "{path}：沒有這個按鍵 id：{id}",
        "{path}: unknown binding id {id}",
    ),
    "config.needs_key": (
        '{path}：{id} 需要一个按键字符串，如 "s" 或 "s,ctrl+s"',
        '{path}：{id} 需要一個按鍵字串，如 "s" 或 "s,ctrl+s"',
        '{path}: {id} needs a key string such as "s" or "s,ctrl+s"',
    ),
    "config.bad_key": (
        "{path}：{id} 的 {keyname} 不是按键名，仍用默认的 {default}",
        "{path}：{id} 的 {keyname} 不是按鍵名稱，仍用預設的 {default}",
        "{path}: {id}: {keyname} is not a key name; it keeps {default}",
    ),
    "config.key_taken": (
        "{path}：{id} 的 {keyname} 已是 {other} 的按键，仍用默认的 {default}",
        "{path}：{id} 的 {keyname} 已是 {other} 的按鍵，仍用預設的 {default}",
        "{path}: {id}: {keyname} is already the key of {other}; it keeps {default}",
    ),
    "refused.not_in_encoding": (
        "{count} 个字节不是有效的 {encoding}：去掉 --encoding 让程序判断，或换一种（gb18030、big5、utf-16）",
        "{count} 個位元組不是有效的 {encoding}：去掉 --encoding 讓程式判斷，或換一種（gb18030、big5、utf-16）",
        "{count} bytes are not valid {encoding}: leave out --encoding to let the program tell, "
        "or name another (gb18030, big5, utf-16)",
    ),
    "refused.unknown_encoding": ("未知的编码：{encoding}", "未知的編碼：{encoding}", "unknown encoding: {encoding}"),
    "refused.not_text_encoding": (
        "{encoding} 不是文本编码（可试 utf-8、gb18030、big5 或 utf-16）",
        "{encoding} 不是文字編碼（可試 utf-8、gb18030、big5 或 utf-16）",
        "{encoding} is not a text encoding (try utf-8, gb18030, big5 or utf-16)",
    ),
    "refused.cannot_decode": (
        "无法按 {encoding} 读取（{reason}）",
        "無法以 {encoding} 讀取（{reason}）",
        "cannot be read as {encoding} ({reason})",
    ),
    "refused.no_file": ("没有这个文件", "沒有這個檔案", "no such file"),
    "refused.denied": ("没有读取权限", "沒有讀取權限", "permission denied"),
    "refused.unreadable": ("无法读取（{reason}）", "無法讀取（{reason}）", "cannot be read ({reason})"),
    "refused.directory": ("这是文件夹，不是文件", "這是資料夾，不是檔案", "is a directory, not a file"),
    "refused.not_regular": (
        "这是{kind}，不是普通文件；读标准输入请用 -",
        "這是{kind}，不是一般檔案；讀標準輸入請用 -",
        "is {kind}, not a regular file; use - to read standard input",
    ),
    "refused.too_big": (
        "{size} 字节，超过 {limit} MiB 的上限",
        "{size} 位元組，超過 {limit} MiB 的上限",
        "{size} bytes is over the limit of {limit} MiB",
    ),
    "refused.other": ("无法作为文章打开", "無法作為文章開啟", "cannot be opened as an article"),
    "kind.fifo": ("管道（FIFO）", "管道（FIFO）", "a pipe (FIFO)"),
    "kind.device": ("终端或设备", "終端機或裝置", "a terminal or device"),
    "kind.block": ("块设备", "區塊裝置", "a block device"),
    "kind.socket": ("套接字", "通訊端（socket）", "a socket"),
    "kind.directory": ("文件夹", "資料夾", "a directory"),
    "kind.special": ("特殊文件", "特殊檔案", "a special file"),
    "mouse": ("鼠标", "滑鼠", "Mouse"),
    "mouse.help": (
        "点击正文中的 @博主 或日期，或列表中的一行；点击右上角的 繁/简 切换",
        "點選正文中的 @博主 或日期，或清單中的一列；點選右上角的 繁/簡 切換",
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


def refusal(code: str, params: dict[str, str], lang: Lang | Script) -> str:
    """Why a file cannot be opened, in ``lang``: ``path：reason`` from an ``ArticleError``'s
    code and parameters (which the model has already made safe for a terminal)."""
    key = f"refused.{code}" if f"refused.{code}" in TEXTS else "refused.other"
    values = dict(params)
    if "kind" in values and f"kind.{values['kind']}" in TEXTS:
        values["kind"] = ui(f"kind.{values['kind']}", lang)
    try:
        reason = ui(key, lang).format_map(_Blank(values))
    except (ValueError, IndexError):  # a template is ours; never let one break a notice
        reason = ui("refused.other", lang)
    path = values.get("path")
    if not path:
        return reason
    separator = ": " if Lang.of(lang) is Lang.EN else "："
    return f"{path}{separator}{reason}"


class _Blank(dict):
    """Template values; a name a refusal did not give is left empty, not a KeyError."""

    def __missing__(self, key: str) -> str:
        return ""
