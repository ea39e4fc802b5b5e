"""``--timeline csv|ics|md``: the grouped timeline as valid files, in either script."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.test_cli import run
from tests.timeline_texts import GALA
from tui.model.build import build_article
from tui.model.scripts import Script
from tui.timeline_export import COLUMNS, to_csv, to_ics, to_markdown

TODAY = date(2026, 6, 1)
#: Every character that a format must escape, inside an event's paragraph.
AWKWARD = "管道*星號*_底線_<b>\n2024年12月,有人說|這是;「開始」,也是\\結束。\n"


@pytest.fixture(scope="module")
def gala():
    return build_article(AWKWARD + GALA, today=TODAY)


def _unescape_ics(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def parse_ics(data: str) -> list[dict[str, str]]:
    """A strict reader: CRLF lines of at most 75 octets, folded lines, nested blocks."""
    assert data.endswith("\r\n")
    raw = data[:-2].split("\r\n")
    for line in raw:
        assert "\n" not in line and "\r" not in line
        assert len(line.encode("utf-8")) <= 75, line
    lines: list[str] = []
    for line in raw:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(x.startswith("PRODID:") for x in lines)
    events, current = [], None
    for line in lines[1:-1]:
        if line == "BEGIN:VEVENT":
            assert current is None
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            assert re.fullmatch(r"[A-Z-]+(;[A-Z-]+=[A-Z]+)*", name), name
            assert re.search(r"(?<!\\)[;,]", value) is None or name.startswith(("DT", "UID")), line
            current[name] = value
    assert current is None
    return events


def test_csv_is_one_row_per_group_and_reads_back(gala) -> None:
    rows = list(csv.reader(io.StringIO(to_csv(gala, Script.TRADITIONAL), newline="")))
    assert tuple(rows[0]) == COLUMNS
    records = [dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]]
    night = [r for r in records if r["start"] == "2025-01-28"]
    assert len(night) == 1 and night[0]["count"] == "7"
    assert night[0]["text"] == "春晚" and "春晚" in night[0]["snippet"]
    assert night[0]["basis"] == "reference" and night[0]["guessed"] == "yes"
    december = next(r for r in records if r["start"] == "2024-12-01")
    assert "|" in december["snippet"] and "," in december["snippet"]  # kept, and quoted
    assert december["basis"] == "stated" and december["guessed"] == "no"
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)


def test_ics_is_valid_with_exclusive_all_day_ends(gala) -> None:
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    events = parse_ics(to_ics(gala, Script.TRADITIONAL, now=now))
    assert len(events) == len({(e["DTSTART;VALUE=DATE"]) for e in events})
    uids = [e["UID"] for e in events]
    assert len(set(uids)) == len(uids)
    for e in events:
        assert e["DTSTAMP"] == "20260102T030405Z"
        start = datetime.strptime(e["DTSTART;VALUE=DATE"], "%Y%m%d").date()
        end = datetime.strptime(e["DTEND;VALUE=DATE"], "%Y%m%d").date()
        assert end > start
    week = next(e for e in events if e["DTSTART;VALUE=DATE"] == "20250129")
    assert week["DTEND;VALUE=DATE"] == "20250205"  # the holiday's last day is 02-04
    night = next(e for e in events if e["DTSTART;VALUE=DATE"] == "20250128")
    assert _unescape_ics(night["SUMMARY"]) == "≈2025-01-28 春晚 ×7"
    assert "guessed" in _unescape_ics(night["DESCRIPTION"])
    december = next(e for e in events if e["DTSTART;VALUE=DATE"] == "20241201")
    note = _unescape_ics(december["DESCRIPTION"])
    assert "|這是;「開始」,也是\\結束" in note


def test_markdown_table_escapes_pipes(gala) -> None:
    text = to_markdown(gala, Script.SIMPLIFIED)
    table = [line for line in text.splitlines() if line.startswith("|")]
    header = table[0]
    cells = len(COLUMNS)
    for line in table:
        unescaped = re.findall(r"(?<!\\)\|", line)
        assert len(unescaped) == cells + 1, line
    assert "label" in header and "snippet" in header
    assert "春晚" in text and "春節" not in text and "春节" in text  # Simplified throughout
    assert "\\|这是" in text
    assert text.startswith("# 管道\\*星号\\*\\_底线\\_\\<b\\>\n")


def test_cli_writes_each_format_in_either_script() -> None:
    out = run("--timeline", "csv", "--no-cache")
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout.decode("utf-8"), newline="")))
    assert len(rows) == 8  # header + the bundled article's six dates, 去年底's guess apart
    assert any(r[7] == "春晚" and r[6] == "2" for r in rows)
    assert any("春節" in r[8] for r in rows)
    out = run("--timeline", "md", "--script", "simplified")
    assert out.returncode == 0 and "春节" in out.stdout.decode("utf-8")
    out = run("--timeline", "ics")
    assert out.returncode == 0
    events = parse_ics(out.stdout.decode("utf-8"))
    assert len(events) == 7
    first = min(events, key=lambda e: e["DTSTART;VALUE=DATE"])
    assert first["DTEND;VALUE=DATE"] == (date(2023, 2, 28) + timedelta(days=1)).strftime("%Y%m%d")


def test_cli_refuses_a_bad_format_or_two_modes() -> None:
    for args in (("--timeline", "xml"), ("--timeline", "csv", "--json")):
        out = run(*args)
        assert out.returncode == 2
        assert out.stderr.count(b"\n") == 1 and b"Traceback" not in out.stderr
