"""Hostile shapes cost time in proportion to their length (issue 9, point 5).

Each shape is built at 8,000 and at 48,000 characters and run through the rules; the
ratio of the two timings must stay well under the quadratic 36 (linear is 6).  Ratios,
never absolute times.  Both sizes are past the processor's first caches (below about
16,000 characters a rule runs up to twice as fast per character, which skews a ratio taken
from a smaller text).  Each timing is the best of three, in CPU time of this thread: on a
busy machine a long run is preempted more often than a short one, which inflates
wall-clock ratios of linear work to 20–30.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from datetime import date

import pytest

SMALL, LARGE = 8_000, 48_000
MAX_RATIO = 15  # 6 is linear, 36 quadratic: room for noise, none for a square


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _best(run: Callable[[], object], tries: int = 3, enough: float = 0.0) -> float:
    """The best of ``tries`` timings, with the cyclic collector out of the way.

    Stops early once a timing is under ``enough``: more tries can only lower the best, so
    the caller's verdict on it is already the same as after all of them.
    """
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(tries):
            start = time.thread_time()
            run()
            best = min(best, time.thread_time() - start)
            if best < enough:
                break
    finally:
        gc.enable()
    return best


def assert_linear(run: Callable[[str], object], shape: Callable[[int], str]) -> None:
    run(shape(1000))  # warm: compiled patterns, caches
    small, large = shape(SMALL), shape(LARGE)
    t_small = max(_best(lambda: run(small)), 1e-4)
    # Noise only makes the large one larger: a second try only when the first is too slow.
    t_large = _best(lambda: run(large), tries=2, enough=t_small * MAX_RATIO)
    assert t_large / t_small < MAX_RATIO, (t_small, t_large)


# ---- dates -------------------------------------------------------------------------------------

DATE_SHAPES = {
    "digits": _repeat("1"),
    "digits and 年": _repeat("1" * 50 + "年"),
    "dates in one sentence": _repeat("2024年1月2日，"),
    "dates, one per sentence": _repeat("2024年1月2日。"),
    "bare days": _repeat("3日，"),
    "bare days and a month": _repeat("3月5日，到了18日，"),
    "numeric dates": _repeat("2024-01-02 18:40 "),
    "年 run": _repeat("年"),
    "日 run": _repeat("日"),
    "月 run": _repeat("月"),
    "月初 run": _repeat("月初"),
    "dashes": _repeat("2024-"),
    "Chinese numerals": _repeat("二〇二"),
    "weeks": _repeat("上周五，本周一(9月25日)，"),
    "ranges": _repeat("1月28日至2月4日、9月3日至5日—"),
    "open brackets": _repeat("今（（（3"),
    "lunar days": _repeat("大年初二，年廿八，正月十五，初一拜年，"),
    "festivals": _repeat("春节假期春晚节目中秋节"),
    "English": _repeat("November 2, 2021 Jan "),
    "counted days": _repeat("自2018年6月1日起，到昨天已满500天，"),
    "slashes": _repeat("5/3更新 1/3 "),
    "minguo": _repeat("民國108年3月2日113年3月"),
    # a run of bare weekends or weekdays with no sentence end (each once searched its sentence)
    "bare weekends": _repeat("周末"),
    "bare weekdays": _repeat("周六 "),
}


def _date_model(text: str) -> None:
    """The date rules and the sentence of every event, as the model builds them."""
    from tui.model.sentences import containing, sentence_spans
    from tui.model.timeline import date_paragraphs

    paragraphs = [text]
    _, found = date_paragraphs(paragraphs, paragraphs, None, date(2024, 2, 11), minguo=True)
    spans = sentence_spans(text)
    for f in found[0]:
        containing(spans, f.start, len(text))


@pytest.mark.parametrize("name", list(DATE_SHAPES))
def test_date_rules_are_linear(name: str) -> None:
    assert_linear(_date_model, DATE_SHAPES[name])


@pytest.mark.parametrize("name", ["dates, one per sentence", "bare days", "numeric dates"])
def test_the_whole_model_is_linear_on_date_shapes(name: str) -> None:
    from tui.model.build import build_article

    assert_linear(lambda t: build_article(t, today=date(2024, 2, 11)), DATE_SHAPES[name])


def test_sentence_lookup_is_logarithmic() -> None:
    """8,000 dates in one paragraph of 8,000 sentences: one lookup each, not a scan each."""
    from tui.model.sentences import containing, sentence_spans

    def lookups(text: str) -> None:
        spans = sentence_spans(text)
        for offset in range(0, len(text), 5):
            containing(spans, offset, len(text))

    assert_linear(lookups, _repeat("2024年1月2日。"))


def _people(n: int) -> str:
    """Many different people named beside their handles, each with a weekday in the name and
    one after it (嘉宾周甲乙（@u1）说周一见): every date is checked against every name."""
    chars = "一明华伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂"
    units, size, i = [], 0, 0
    while size < n:
        name = "周" + chars[i % len(chars)] + chars[(i // len(chars)) % len(chars)]
        unit = f"主理人{name}（@user{i}）说周一见，{name}那期很好。"
        units.append(unit)
        size += len(unit)
        i += 1
    return "".join(units)[:n]


def test_the_whole_model_is_linear_on_many_people_with_dates() -> None:
    from tui.model.build import build_article

    assert_linear(lambda t: build_article(t, today=date(2024, 2, 11)), _people)


# ---- the twenty-seventh session's line passes and names ----------------------------------------

LINE_SHAPES = {
    # a boxed label over pointed links, again and again (each label once walked its links)
    "boxed labels": _repeat("◤ab◢\n👉 abcdef\n"),
    "table rows": _repeat("股份类别　股票代码　股票简称\nA股　603999　2024/5/13\n"),
    "signatures": _repeat("—— 2015年来 2020年安家 ——\n"),
    "clock rows": _repeat("05:40　06:10　06:40　07:00\n平日（週一至週五）\n"),
    "citations": _repeat("↑ a b c d e f g h i j k l m n o p q r s t u v w x y z《x》\n"),
    # (the twenty-eighth session's: a reviewer over a level row; a signature under a long rule,
    # counted once per page; a notice's signed day)
    "level rows": _repeat("Wing仔食遍港九\nLv.5 美食家　食評 432篇\n2024-02-15\n"),
    "ruled signatures": _repeat("----------\n2008年入手第一台勁戰\n"),
    "signed dates": _repeat("某某委員會　敬啟\n中華民國一一四年七月二十八日\n"),
    # (the twenty-ninth session's: framed signatures over a floor's head, arrowed links over a share
    # row, Discuz residue round a forum's name, a Dcard floor's school over its stamp)
    "framed over floors": _repeat("——— 2019.5.3 買了第一間小套房 ———\n小林\n2024-10-06 23:02\n"),
    "arrowed links": _repeat("▸ 漁船回港避風 海巡署加強巡查\n▸ 颱風假怎麼放\n分享\n"),
    "residue round names": _repeat("r2 Z! f7 _( H4 甬城论坛\n"),
    "schools over stamps": _repeat("國立中興大學\nB1・2月18日 22:58\n先拿到書面offer再說\n"),
    "boxed signatures": _repeat("--\n╭──────╮\n精打細算\n╰──────╯\n"),
    "answerers' bios": _repeat("林间小石头\n北京师范大学 教育学硕士\n216 人赞同了该回答\n谢邀。\n"),
}


@pytest.mark.parametrize("name", list(LINE_SHAPES))
def test_line_passes_are_linear(name: str) -> None:
    from tui.model.boilerplate import split_lines

    assert_linear(lambda t: split_lines(t.split("\n")), LINE_SHAPES[name])


def test_names_holding_a_weekday_cost_linear_time() -> None:
    """Many people named 周 with a weekday's numeral (学生周一X说5月3日见): a few names are read,
    and each date is checked against those few."""
    chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    unit = "".join(f"学生周一{c}说5月3日见。" for c in chars)
    assert_linear(lambda t: build_whole(t), _repeat(unit))


def build_whole(text: str) -> None:
    from tui.model.build import build_article

    build_article(text, today=date(2024, 2, 11))


# ---- the twenty-eighth session's heads and hostile lines ----------------------------------------


def test_comment_and_review_heads_cost_linear_time() -> None:
    """Comment heads of a name and a day over their buttons, review heads with stars, shops'
    reply heads: each line is read for a head once."""
    unit = "南山南　05-22\n今天刚好路过。\n赞 128　回复\n山城单车客　★★★☆☆　2024-03-16\n上周六骑到一半。\n商户回复　2024-01-05\n下个月起加人。\n"
    assert_linear(lambda t: build_whole(t), _repeat(unit))


def test_a_long_line_of_letters_over_a_floor_costs_linear_time() -> None:
    """A head line of letters with few spaces, read as a floor's noise or not: one pass."""
    from tui.model.title import find_title

    def page(n: int) -> list[str]:
        return ["[求助] 某某", "楼主 | 发表于 2024-10-9 22:36", ("ab" * n)[:n] + " x y", "正文第一句。"]

    assert_linear(lambda lines: find_title(lines, tuple(range(len(lines)))), page)


def test_a_dashed_line_of_spaces_costs_linear_time() -> None:
    """A line opening with dashes then only spaces (-- …… x): the framed-signature rule reads its
    spaces one way (it once backtracked on every split of them, 16 s for 4,000)."""
    assert_linear(lambda t: build_whole(t), lambda n: "--" + " " * n + "x")


def test_a_comment_foot_of_repeated_likes_costs_linear_time() -> None:
    """A day followed by many like counts (1月1日 赞 1 赞 1 … x): each read one way."""
    from tui.model.timeline import _floor_stamp

    assert_linear(lambda t: _floor_stamp(t, None), lambda n: ("1月1日" + " 赞 1" * n)[:n] + "x")


def test_a_handle_after_a_run_of_spaces_costs_linear_time() -> None:
    """A handle before a full-width colon after a long run of spaces (a repost's opening read
    once)."""
    from tui.model.bloggers import find_handles

    assert_linear(lambda t: find_handles(t), lambda n: " " * n + "@某某：原帖")


# ---- the twenty-ninth session's stamps and quotes ------------------------------------------------


def test_cut_quotes_and_account_day_heads_cost_linear_time() -> None:
    """Replies quoting a floor cut short (…(恕刪)) and Threads' account / day heads: each quote is
    looked for in a bounded reach of paragraphs, each head read once."""
    unit = "kevin_0608\n2024-10-06 22:15\n上週三開了協調會\n阿德師\n2024-10-07 08:45\n上週三開了協調會(恕刪)\nah_fai.hk\n1月25日\n琴日去完花墟\n"
    assert_linear(lambda t: build_whole(t), _repeat(unit))


def test_a_cut_quote_after_a_run_of_spaces_costs_linear_time() -> None:
    """A paragraph of spaces before its cut-quote mark (x … (恕刪)): the mark is read at the end only."""
    assert_linear(lambda t: build_whole(t), lambda n: "x" + " " * n + "(恕刪)")


# ---- the forty-fifth session's records, tables and footers ---------------------------------------


def _rows_rule(rule: Callable[[list[str], list], object]) -> Callable[[str], object]:
    """``rule`` read over the lines of a text, each a short line: the rule alone, timed."""
    from tui.model.line_shapes import Kind

    return lambda t: rule(t.split("\n"), [Kind.SHORT] * (t.count("\n") + 1))


def test_a_record_s_runs_of_fields_bar_rows_and_steps_cost_linear_time() -> None:
    """A page of nothing but ``label：value`` lines, bar rows or step numbers: each run is walked
    once, never searched again per row (a run's next row was once looked up in the whole page)."""
    from tui.model.boilerplate import _bar_figure_rows, _record_fields, _step_numbers

    assert_linear(_rows_rule(_record_fields), lambda n: "\n".join(f"欄位{k}：值{k}" for k in range(n // 2)))
    assert_linear(
        _rows_rule(_bar_figure_rows), lambda n: "\n".join(f"2024.01.{k % 28 + 1:02d} | 公开 | {k}" for k in range(n // 2))
    )
    assert_linear(_rows_rule(_step_numbers), lambda n: "\n".join(f"{k % 9 + 1}\n步驟第{k}步。" for k in range(n // 2)))
