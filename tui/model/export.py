"""The model as JSON (the documented schema) and as a short readable outline."""

from __future__ import annotations

import unicodedata
from typing import Any

from tui.model.article import Article, Event
from tui.model.scripts import Script, Variant, default_variant


def to_json(
    article: Article, script: Script | None = None, variant: Variant | None = None
) -> dict[str, Any]:
    """The README's ``--json`` schema; every string in ``script`` (default: the source's).

    ``variant`` chooses the Traditional form (default: as written, or 臺灣正體 when converted).
    """
    s = script or article.script
    v = variant or default_variant(article.script)

    def sentence(p: int, span: tuple[int, int]) -> str:
        return article.sentence_text(p, span, s, v)

    return {
        "source": article.source,
        "script": s.value,
        "variant": v.value if s is Script.TRADITIONAL else None,
        "source_script": article.script.value,
        "encoding": article.encoding,
        "replaced_bytes": article.replaced,
        "removed_escapes": article.escapes,
        "reference_date": article.reference_date.isoformat(),
        "reference_date_source": article.reference_source,
        "title": article.title(s, v) if article.title else None,
        "paragraphs": [
            {
                "text": p.text(s, v),
                "words": [list(w) for w in p.words] if p.words is not None else None,
            }
            for p in article.paragraphs
        ],
        "boilerplate": [line(s, v) for line in article.boilerplate],
        "tags": [t(s, v) for t in article.tags],
        "keywords": [k(s, v) for k in article.keywords] if article.keywords is not None else [],
        "bloggers": [
            {
                "handle": b.handle(s, v),
                "name": b.name(s, v) if b.name else None,
                "role": b.role(s, v) if b.role else None,
                "mentions": [
                    {
                        "paragraph": m.paragraph,
                        "span": list(m.span),
                        "sentence": sentence(m.paragraph, m.sentence),
                        "boilerplate": None,
                    }
                    for m in b.mentions
                ]
                + [
                    {
                        "paragraph": None,
                        "span": list(c.span),
                        "sentence": article.boilerplate[c.line](s, v),
                        "boilerplate": c.line,
                    }
                    for c in b.credits
                ],
            }
            for b in (*article.bloggers, *article.credited)
        ],
        "timeline": [
            {
                "text": e.text(s, v),
                "label": e.label(s, v),
                "start": e.start.isoformat(),
                "end": e.end.isoformat(),
                "precision": e.precision,
                "granularity": e.granularity,
                "basis": e.basis,
                "paragraph": e.paragraph,
                "span": list(e.span),
                "sentence": sentence(e.paragraph, e.sentence),
            }
            for e in article.timeline
        ],
    }


def cells(text: str) -> int:
    """Terminal cells ``text`` takes: wide (East Asian W/F) characters take two, marks none.

    Padding by ``len`` pushes a column right after a label such as ``2023-06 下旬``.  The
    panes measure with :func:`tui.linebreak.text_width` (Rich's tables); the model imports
    nothing outside itself, and for the summary's dates and labels the two agree.
    """
    return sum(
        0
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(c) in ("W", "F")
        else 1
        for c in text
    )


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal cells (``:<width`` counts characters)."""
    return text + " " * max(0, width - cells(text))


def event_label(
    article: Article, event: Event, script: Script, variant: Variant | None = None
) -> str:
    """The event's label, marked ``≈`` when it is a guess (see :meth:`Article.is_guess`)."""
    label = event.label(script, variant)
    return f"≈{label}" if article.is_guess(event) else label


def summary(
    article: Article, script: Script | None = None, width: int = 60, variant: Variant | None = None
) -> str:
    """A few readable lines: script, reference date, bloggers with roles, the timeline."""
    s = script or article.script
    v = variant or default_variant(article.script)
    out = [
        f"{article.display_title(s, v)}",
        f"script: {article.script.value} (shown: {s.value}"
        + (f", {v.value}" if s is Script.TRADITIONAL else "")
        + f"), encoding: {article.encoding}"
        + (f", {article.replaced} undecodable bytes replaced" if article.replaced else "")
        + (f", {article.escapes} terminal escape sequences removed" if article.escapes else ""),
        f"reference date: {article.reference_date.isoformat()} ({article.reference_source})",
        f"paragraphs: {len(article.paragraphs)}, boilerplate lines: {len(article.boilerplate)}"
        + (f", tags: {', '.join(t(s, v) for t in article.tags)}" if article.tags else ""),
        "",
        f"bloggers ({len(article.bloggers)}"
        # as the blogger pane says it: those named only in chrome lines are no rows there
        + (f"; {len(article.credited)} more only in chrome lines" if article.credited else "")
        + "):",
    ]
    for b in (*article.bloggers, *article.credited):
        who = " · ".join(x(s, v) for x in (b.name, b.role) if x is not None)
        # ×N as the blogger pane counts (the mentions n/N walk, in the body); credits apart
        if b.mentions:
            count = f"  ×{len(b.mentions)}" + (
                f" (+{len(b.credits)} in chrome lines)" if b.credits else ""
            )
        else:
            count = f"  ×{len(b.credits)}  (only in chrome lines)"
        out.append(f"  @{b.handle(s, v)}" + (f"  {who}" if who else "") + count)
    out += ["", f"timeline ({len(article.timeline)}):"]
    labels = [event_label(article, e, s, v) for e in article.timeline]
    column = max((cells(label) for label in labels), default=0)  # the text column lines up
    for e, label in zip(article.timeline, labels, strict=True):
        text = article.sentence_text(e.paragraph, e.sentence, s, v).strip()
        if len(text) > width:
            text = text[: width - 1] + "…"
        out.append(f"  {pad(label, max(18, column))} {e.text(s, v)}  — {text}")
    if article.keywords:
        out += ["", "keywords: " + ", ".join(k(s, v) for k in article.keywords)]
    return "\n".join(out)
