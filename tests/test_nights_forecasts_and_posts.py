"""A night quoted the morning after, Hong Kong's night after Mid-Autumn named whole, a forecast's
weekdays, a bare quarter a forecast names, a festival's word talked of, a bare weekday after a day
the story just named, and the heads of posts (a site's name over its menu, an uploader over its
stamp, a writer's row of stamps): the shapes the thirty-first session's read news and posts sets
showed.  The texts are written for these tests in the shapes such pages have, each read in both
scripts."""

from __future__ import annotations

from tests.article_probes import chrome_of, days_of, simple, title_of
from tests.test_date_shapes import both_scripts

_MATCH = [
    "出版：2025-03-24 00:12",
    "",
    "港超聯昨晚（23日）於旺角大球場上演焦點戰，主隊補時反勝。",
    "主教練賽後表示：「今晚大家證明了自己。」",
    "球會今晚將公布下場比賽的門票安排。",
]


def test_tonight_quoted_the_morning_after_is_last_night() -> None:
    """A page written just after midnight tells of 昨晚（23日）: the coach's 「今晚…」 was said
    that night; the page's own 今晚 is still its day."""
    for days in days_of(_MATCH):
        assert ("今晚", "2025-03-23") in days, days
        assert ("今晚", "2025-03-24") in days, days


_FORECAST = [
    "發佈時間：2025/08/13 14:05",
    "",
    "預報員表示，颱風最接近台灣的時間為週四至週五，暴風圈最快明天清晨觸陸。",
    "博物館開放時間為週二至週日，逢週一休館。",
    "中秋節及追月夜（9月18日），公園延長開放至凌晨。",
    "代理預料第三季樓價橫行偏軟。",
    "值得注意的是，今年沒有“年三十”，臘月廿九就是除夕。",
]


def test_a_forecasts_weekdays_a_night_named_whole_and_a_word_talked_of() -> None:
    """``時間為週四至週五`` after what comes closest: that week's days (``開放時間為週二至週日``
    is every week's); ``追月夜（9月18日）`` whole; ``預料第三季`` the year's quarter; ``沒有“年三十”``
    speaks of the word, no day."""
    for days in days_of(_FORECAST):
        texts = [t for t, _ in days]
        assert ("周四至周五", "2025-08-14") in days, days
        assert all(not t.startswith("周二") for t in texts), days
        assert ("追月夜（9月18日）", "2025-09-18") in days, days
        assert ("第三季", "2025-07-01") in days, days
        assert "年三十" not in texts, days


_TRIP = [
    "2023-11-20 21:30",
    "",
    "前天晚上住在宏村，周日早上五点起来去塔川等晨雾，六点半左右雾最好看。",
]
_PLAN = [
    "2023-11-20 21:30",
    "",
    "官方昨天晚上改公告了，第一个周末改成只有周日发放。",
]


def test_a_bare_weekday_goes_on_from_the_day_the_story_just_named() -> None:
    """``前天晚上……，周日早上``: the Sunday after the day before yesterday, gone by on a Monday;
    a plan's 周日 after 昨天…改成 is still to come."""
    for days in days_of(_TRIP):
        assert ("周日", "2023-11-19") in days, days
    for days in days_of(_PLAN):
        assert ("周日", "2023-11-26") in days, days


_WEIBO = [
    "新浪微博",
    "首页",
    "发现",
    "游戏",
    "注册",
    "登录",
    "东湖边的老陈",
    "2023-6-18 21:05 来自 HUAWEI Mate 50",
    "端午假期第一天，带孩子去东湖绿道骑车，人比想象中少，风很舒服。",
]

_UPLOADER = [
    "首页",
    "番剧",
    "直播",
    "游戏中心",
    "会员购",
    "木鱼修车铺",
    "2025年01月07日 19:02",
    "+ 关注",
    "腊八节快乐！喝粥之前先汇报一下更新进度，下周六更新第三期。",
    "这期拆了一台老摩托的化油器，零件都泡在汽油里洗。",
]

_BLOG = [
    "小禾的慢日子",
    "林小禾",
    "更新於 2023/10/02 發佈於 2023/10/02 閱讀時間約 4 分鐘",
    "",
    "外婆家的老房子終於要拆了。上週六我們回去搬最後一批東西，廚房的灶台還在。",
]


def test_the_heads_of_posts_give_no_headline_and_a_row_of_stamps_is_chrome() -> None:
    """A site's name over its menu, one item a line; an uploader's name over its stamp and follow
    button: neither is a headline (the posts have none); ``更新於 … 發佈於 …`` is the writer's
    row, its days no events."""
    for lines in (_WEIBO, _UPLOADER):
        for text in both_scripts("\n".join(lines)):
            assert title_of(text) is None, title_of(text)
    for chrome in chrome_of(_BLOG):
        assert simple(_BLOG[2]) in chrome, chrome
    for days in days_of(_BLOG):
        assert all(not t.startswith("2023") for t, _ in days), days
