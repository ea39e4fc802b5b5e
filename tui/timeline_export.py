"""The grouped timeline as CSV, iCalendar or a Markdown table (``--timeline FORMAT``).

One record per group (one date range, however often the text names it): its label,
start and end, precision, basis (``stated``/``reference``; ``guessed`` when the
reference date itself is a guess), how many mentions, the first mention's own words
and a snippet of its paragraph, in the script asked for.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tui.model.article import Article
from tui.model.scripts import Script, Variant, default_variant
from tui.model.timeline_groups import group_events
from tui.snippets import snippet

FORMATS = ("csv", "ics", "md")
SNIPPET_CELLS = 60
COLUMNS = (
    "label",
    "start",
    "end",
    "precision",
    "basis",
    "guessed",
    "count",
    "text",
    "snippet",
)


@dataclass(frozen=True)
class Record:
    label: str
    start: date
    end: date
    precision: str
    basis: str
    guessed: bool
    count: int
    text: str
    snippet: str

    def values(self) -> list[str]:
        return [
            self.label,
            self.start.isoformat(),
            self.end.isoformat(),
            self.precision,
            self.basis,
            "yes" if self.guessed else "no",
            str(self.count),
            self.text,
            self.snippet,
        ]


def records(
    article: Article, script: Script | None = None, variant: Variant | None = None
) -> list[Record]:
    """One record per group of the timeline, in ``script`` (default: the article's own)."""
    s = script or article.script
    v = variant or default_variant(article.script)
    out = []
    for group in group_events(article):
        e = article.timeline[group.first]
        paragraph = article.paragraphs[e.paragraph].text(s, v)
        out.append(
            Record(
                label=e.label(s, v),
                start=group.start,
                end=group.end,
                precision=e.precision,
                basis=group.basis,
                guessed=group.guess,
                count=group.count,
                text=e.text(s, v),
                snippet=snippet(paragraph, e.span, SNIPPET_CELLS).text,
            )
        )
    return out


def to_csv(
    article: Article, script: Script | None = None, variant: Variant | None = None
) -> str:
    """RFC 4180 CSV with a header row (CRLF line ends, quoted where needed)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for r in records(article, script, variant):
        writer.writerow(r.values())
    return buffer.getvalue()


def _md_cell(text: str) -> str:
    """A table cell that shows ``text`` literally: pipes, emphasis marks and HTML escaped."""
    text = " ".join(text.split())
    for ch in "\\`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(
    article: Article, script: Script | None = None, variant: Variant | None = None
) -> str:
    """A heading, the reference date and its source, and a table of the groups."""
    s = script or article.script
    v = variant or default_variant(article.script)
    lines = [
        f"# {_md_cell(article.display_title(s, v))}",
        "",
        f"reference date: {article.reference_date.isoformat()} ({article.reference_source})",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join(" --- " for _ in COLUMNS) + "|",
    ]
    for r in records(article, s, variant):
        lines.append("| " + " | ".join(_md_cell(v) for v in r.values()) + " |")
    return "\n".join(lines) + "\n"


def _ics_text(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character."""
    out: list[str] = []
    current, size, limit = [], 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with a space
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n ".join(out)


def to_ics(
    article: Article,
    script: Script | None = None,
    now: datetime | None = None,
    variant: Variant | None = None,
) -> str:
    """An iCalendar file of all-day events (DTEND is the day after the last, as RFC 5545 says)."""
    s = script or article.script
    v = variant or default_variant(article.script)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    title = article.display_title(s, v)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Article Explorer//Timeline//ZH",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ics_text(title)}",
    ]
    for r in records(article, s, variant):
        key = f"{article.source}|{title}|{r.start}|{r.end}".encode()
        uid = hashlib.sha1(key).hexdigest()[:20]
        summary = f"{'≈' if r.guessed else ''}{r.label} {r.text}" + (
            f" ×{r.count}" if r.count > 1 else ""
        )
        note = r.snippet
        if r.guessed:
            note += (
                f"\n(date counted from a guessed reference date, "
                f"{article.reference_date.isoformat()} {article.reference_source})"
            )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@article-explorer",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{r.start:%Y%m%d}",
        ]
        if r.end < date.max:
            lines.append(f"DTEND;VALUE=DATE:{r.end + timedelta(days=1):%Y%m%d}")
        lines += [
            f"SUMMARY:{_ics_text(summary)}",
            f"DESCRIPTION:{_ics_text(note)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def export(
    article: Article, fmt: str, script: Script | None = None, variant: Variant | None = None
) -> str:
    """The grouped timeline in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "csv":
        return to_csv(article, script, variant)
    if fmt == "ics":
        return to_ics(article, script, variant=variant)
    if fmt == "md":
        return to_markdown(article, script, variant)
    raise ValueError(f"unknown timeline format: {fmt!r}")
