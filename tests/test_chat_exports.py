"""Chat exports as people save them: WhatsApp on a phone (``22/9/2025 下午8:15 - 陳太: …``), LINE's
saved chat (day heads over tab-separated rows) and a tool's export (a stamp and a sender over
each message).  Their stamps are no events, the app's notices are chrome, short replies are
what someone said, and a message's 明天 counts from the day it was sent.  The texts are written
for these tests in the shapes such exports have."""

from __future__ import annotations

from datetime import date

from tui.model.boilerplate import _line_chat_day_heads
from tui.model.build import build_article
from tui.model.line_shapes import Kind
from tui.model.scripts import Script, convert


def _both(text: str) -> list[str]:
    return [text, convert(text, Script.SIMPLIFIED)]


def _events(text: str, ref: date | None = None) -> list[tuple[str, str, str]]:
    a = build_article(text, today=date(2026, 1, 1), reference_date=ref)
    return [(e.text.original, e.start.isoformat(), e.end.isoformat()) for e in a.timeline]


WHATSAPP = "\n".join(
    [
        "22/9/2025 下午6:02 - 訊息和通話均經端對端加密。此對話以外的人士無法讀取。",
        "22/9/2025 下午6:05 - 黃生 已將你加入",
        "22/9/2025 下午8:15 - 黃生: 管理處話禮拜六成日停水，大家預早儲水",
        "22/9/2025 下午8:17 - 陳太: 禮拜六我個仔生日😩",
        "22/9/2025 下午8:18 - 何伯: <媒體已略去>",
        "22/9/2025 下午8:20 - 陳太: 咁改去聽日食飯算",
        "22/9/2025 下午9:02 - 何伯: 此訊息已被刪除",
        "23/9/2025 上午7:48 - 梁姑娘: 早晨！今日照常上班",
        "23/9/2025 上午7:50 - 梁姑娘: 收到",
    ]
)


def test_a_phones_whatsapp_export_dates_no_event_by_its_stamps() -> None:
    for text in _both(WHATSAPP):
        events = _events(text)
        surfaces = [s for s, _, _ in events]
        assert not any("/" in s for s in surfaces), surfaces  # 22/9/2025 is each message's stamp
        # 聽日 said on the 22nd is the 23rd; 今日 said on the 23rd is the 23rd
        tomorrow = [e[1:] for e in events if e[0] in ("聽日", "听日")]
        assert tomorrow == [("2025-09-23", "2025-09-23")]
        assert [e[1:] for e in events if e[0] == "今日"] == [("2025-09-23", "2025-09-23")]


def test_a_phones_whatsapp_export_keeps_messages_and_drops_the_apps_notices() -> None:
    for text in _both(WHATSAPP):
        a = build_article(text)
        chrome = {c.original for c in a.boilerplate}
        body = {p.text.original for p in a.paragraphs}
        lines = text.split("\n")
        assert {lines[0], lines[1], lines[4], lines[6]} <= chrome
        assert {lines[2], lines[3], lines[5], lines[7], lines[8]} <= body  # 收到 is what was said
        assert a.title is None


LINE = "\n".join(
    [
        "[LINE] 「林家大小事」的聊天記錄",
        "儲存日期：2025/01/20 22:15",
        "",
        "2025/01/17（週五）",
        "20:03\t大姑\t今年除夕一樣在阿嬤家吃年夜飯喔",
        "20:04\t小美\t[貼圖]",
        "20:05\t阿哲\t收到！",
        "",
        "2025/01/18（週六）",
        "08:30\t阿嬤\t[語音訊息]",
        "09:02\t二叔\t明天我可以，早上十點迪化街口集合？",
        "12:31\t小美\t我們部門聚餐是下禮拜三，那天晚上不回家吃飯喔",
        "21:33\t小美已收回訊息",
    ]
)


def test_lines_saved_chat_dates_each_row_by_the_day_over_it() -> None:
    for text in _both(LINE):
        events = dict((s, (a, b)) for s, a, b in _events(text))
        assert events["明天"] == ("2025-01-19", "2025-01-19")  # said on the 18th, saved on the 20th
        assert events[next(s for s in events if s.startswith("下禮拜") or s.startswith("下礼拜"))] == (
            "2025-01-22",
            "2025-01-22",
        )


def test_lines_saved_chat_day_heads_and_notices_are_chrome() -> None:
    for text in _both(LINE):
        a = build_article(text)
        chrome = {c.original for c in a.boilerplate}
        body = {p.text.original for p in a.paragraphs}
        lines = text.split("\n")
        assert {lines[3], lines[5], lines[8], lines[9], lines[12]} <= chrome
        assert {lines[4], lines[6], lines[10], lines[11]} <= body


def test_a_date_with_its_weekday_in_a_list_is_no_chat_day_head() -> None:
    """Only among LINE's rows is a date alone with its weekday a divider (an event's shows stay)."""
    lines = ["演出場次：", "2025/06/14 (六)", "2025/06/15 (日)", "2025/06/21 (六)"]
    kinds = [Kind.PROSE] * len(lines)
    assert _line_chat_day_heads(lines, kinds) == set()
    rows = [*lines, "20:03\t大姑\t好", "20:04\t小美\t好", "20:05\t阿哲\t收到！"]
    assert _line_chat_day_heads(rows, [Kind.PROSE] * len(rows)) == set()  # a programme's rows
    saved = ["[LINE] 「林家」的聊天記錄", *rows]
    assert _line_chat_day_heads(saved, [Kind.PROSE] * len(saved)) == {2, 3, 4}


EXPORT = "\n".join(
    [
        "========================================",
        "群聊：三年级（2）班家长群（46）",
        "导出时间：2024-09-13 21:36:12",
        "消息条数：41（已过滤图片、表情）",
        "========================================",
        "",
        "2024-09-12 19:05:33 王老师（班主任）",
        "@所有人 各位家长晚上好！明天学校发放假通知，请留意孩子书包。",
        "2024-09-12 19:06:10 朵朵妈妈",
        "收到",
        "2024-09-12 19:06:15 浩宇爸爸",
        "收到",
        "2024-09-12 19:06:41 一一妈妈",
        "好的谢谢👍",
        "2024-09-13 19:12:56 王老师（班主任）",
        "家委会征集秋游志愿者，请有空的家长接龙报名：",
        "秋游志愿者报名",
        "1. 陈静（家委会）",
        "2024-09-13 19:40:31 朵朵妈妈",
        "秋游志愿者报名",
        "1. 陈静（家委会）",
        "2. 朵朵妈妈",
    ]
)


def test_an_exports_replies_are_what_was_said_and_its_head_is_the_tools() -> None:
    for text in _both(EXPORT):
        a = build_article(text)
        chrome = [c.original for c in a.boilerplate]
        body = [p.text.original for p in a.paragraphs]
        lines = text.split("\n")
        assert body.count(lines[9]) == 2 and lines[13] in body  # 收到, 收到, 好的谢谢👍
        assert body.count(lines[16]) == 2 and lines[21] in body  # a message's every line
        assert {lines[1], lines[2], lines[3]} <= set(chrome)
        assert a.title is None or a.title.original not in (lines[3], lines[2])


def test_a_comments_stamp_with_its_region_is_no_sender() -> None:
    """Douban writes a comment's stamp and region over it (2025-01-18 23:02:11 北京), and its
    buttons under it: they are no message's lines."""
    rows = []
    for name, region, said in (("搬砖的小周", "北京", "我前年也遇到过，最后押金全退了。"), ("一只鹅", "上海", "谢谢！已经发帖了"), ("鹿鸣", "北京", "建议今晚就发帖。"), ("小周", "上海", "好的。")):
        rows += [name, f"2025-01-18 23:02:11 {region}", said, "回应", "赞 (36)"]
    a = build_article("小组讨论\n\n" + "\n".join(rows))
    chrome = [c.original for c in a.boilerplate]
    assert chrome.count("回应") == 4 and chrome.count("赞 (36)") == 4


QQ = "\n".join(
    [
        "消息记录（此消息记录为文本格式，不支持重新导入）",
        "",
        "================================================================",
        "消息分组:我的群聊",
        "================================================================",
        "消息对象:三年级二班家长群",
        "================================================================",
        "",
        "2024-09-12 19:05:33 王老师(1234567890)",
        "@全体成员 明天学校发放假通知，请家长留意孩子书包里的通知单。",
        "",
        "2024-09-12 19:06:10 朵朵妈妈(2345678901)",
        "收到",
        "",
        "2024-09-12 19:06:15 浩宇爸爸(3456789012)",
        "收到",
        "",
        "2024-09-12 19:06:41 朵朵妈妈(2345678901)",
        "好的谢谢",
        "",
        "2024-09-12 19:10:02 王老师(1234567890)",
        "[图片]",
    ]
)


def test_qqs_export_keeps_what_was_said_and_drops_its_head_and_rules() -> None:
    for text in _both(QQ):
        a = build_article(text)
        lines = text.split("\n")
        assert [p.text.original for p in a.paragraphs] == [lines[9], lines[12], lines[15], lines[18]]
        assert a.title is None


def test_an_event_list_in_the_shape_of_whatsapp_lines_keeps_its_days() -> None:
    """Review: a community centre's list (15/12/2025 14:00 - 聖誕工作坊) and a span of hours
    (20/12/2025 14:00 - 16:30) are no chat: their days are events."""
    from datetime import date

    lines = ["社區中心十二月活動", "", "15/12/2025 14:00 - 聖誕工作坊", "20/12/2025 10:00 - 社區嘉年華", "24/12/2025 19:00 - 平安夜報佳音"]
    for text in _both("\n".join(lines)):
        a = build_article(text, today=date(2025, 11, 20))
        assert len(a.paragraphs) >= 3
        assert {"2025-12-20", "2025-12-24"} <= {e.start.isoformat() for e in a.timeline}
    spans = ["活動安排", "", "日期及時間：", "20/12/2025 14:00 - 16:30", "27/12/2025 10:00 - 12:30", "地點：社區會堂"]
    for text in _both("\n".join(spans)):
        a = build_article(text, today=date(2025, 11, 20))
        assert "2025-12-27" in {e.start.isoformat() for e in a.timeline}


def test_a_programme_under_its_days_is_no_line_chat() -> None:
    from datetime import date

    lines = [
        "書展活動時間表",
        "",
        "2026/07/15（三）",
        "10:00\t開幕禮\t會展中心大堂",
        "11:30\t講座\t作家分享會",
        "14:00\t簽名會\t展館3號",
        "2026/07/16（四）",
        "10:00\t講座\t繪本創作",
        "15:00\t閉幕禮\t會展中心大堂",
    ]
    for text in _both("\n".join(lines)):
        a = build_article(text, today=date(2026, 6, 20))
        assert "2026-07-16" in {e.start.isoformat() for e in a.timeline}


def test_a_related_news_list_with_outlets_is_no_chat() -> None:
    rows = ["相关阅读"]
    for stamp, outlet, headline in (
        ("2025-11-18 10:00:12", "新华社", "全国多地启动供暖"),
        ("2025-11-17 09:30:45", "新华社", "北方迎来大范围降温"),
        ("2025-11-16 08:00:00", "人民网", "供暖费用如何计算"),
        ("2025-11-15 07:00:00", "人民网", "今冬首场寒潮来袭"),
    ):
        rows += [f"{stamp} {outlet}", headline]
    story = ["记者从市住建局获悉，今年供暖季将于11月15日正式开始，比往年提前两天。", ""]
    a = build_article("\n".join(["市区今起供暖", "", *story, *rows]))
    assert "全国多地启动供暖" not in [p.text.original for p in a.paragraphs]


def test_a_line_that_opens_with_a_chat_word_is_no_export_field() -> None:
    from tui.model.line_shapes import Kind, classify

    for text in _both("聊天記錄：我和他的對話截圖如下，大家評評理"):
        assert classify(text) is not Kind.CHROME
    for text in _both("群聊：大家今晚有空嗎"):
        assert classify(text) is not Kind.CHROME
