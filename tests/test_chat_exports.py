"""Chat exports as people save them: WhatsApp on a phone (``22/9/2025 下午8:15 - 陳太: …``), LINE's
saved chat (day heads over tab-separated rows) and a tool's export (a stamp and a sender over
each message).  Their stamps are no events, the app's notices are chrome, short replies are
what someone said, and a message's 明天 counts from the day it was sent.  The texts are written
for these tests in the shapes such exports have."""

from __future__ import annotations

from datetime import date

from tui.model.boilerplate import Kind, _line_chat_day_heads
from tui.model.build import build_article
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
    assert _line_chat_day_heads(rows, [Kind.PROSE] * len(rows)) == {1, 2, 3}


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
