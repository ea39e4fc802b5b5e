"""Word segmentation and keyword statistics with jieba, on the Simplified form.

jieba's dictionary is Simplified: on Traditional text about one boundary in
seven is wrong, so we always segment the Simplified form and reuse its offsets
on the original (conversion keeps lengths).  @handles and hyphenated names such
as ``DeepSeek-R1`` are cut out before segmenting so they stay single tokens.
Keywords are jieba's TF-IDF, computed from our own segmentation instead of a
second pass, and from statistics that merge, so a book can be segmented in
parts.  jieba is imported lazily: nothing on the path to the first screen needs it.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tui.model.article import Span, Words

#: word -> [count, idf, first paragraph, offset in it]
WordStats = dict[str, list[Any]]
# Hyphenated names (DeepSeek-R1): a chain of runs joined by single hyphens.  The
# pattern never backtracks (every run is taken whole), so a long ASCII run costs
# linear time; the leading non-alphanumeric part of a chain is dropped in code.
_CHAIN = re.compile(r"[A-Za-z0-9_.+]++(?:-[A-Za-z0-9_.+]++)*+")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_WORDLIKE = re.compile(r"[^\W\d_]")  # a keyword has a letter or a hanzi, not just digits
_lock = threading.Lock()
_state: dict[str, Any] = {}


def _jieba() -> Any:
    """Import and initialise jieba once, without its start-up chatter on stderr."""
    import jieba

    with _lock:
        if "ready" not in _state:
            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.dt.tmp_dir = _private_dir()
            jieba.initialize()
            _state["ready"] = True
    return jieba


def _private_dir() -> str | None:
    """Where jieba keeps its dictionary cache: the shared temporary directory only if safe.

    jieba ``marshal.load``s ``jieba.cache`` from ``/tmp``, and marshal is not safe against
    crafted data: a file put there by another user (or one anyone may write) is never
    read; jieba then uses our own cache directory.  ``None`` keeps jieba's default (a
    file that is ours, or none yet), so the usual start costs nothing more.
    """
    shared = os.path.join(tempfile.gettempdir(), "jieba.cache")
    try:
        info = os.lstat(shared)
    except FileNotFoundError:
        return None
    except OSError:
        info = None
    if (
        info is not None
        and stat.S_ISREG(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & 0o022
    ):
        return None
    from tui.model.cache_files import cache_dir

    try:
        path = cache_dir()
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return str(path)
def protected_spans(text: str) -> list[Span]:
    """Spans of hyphenated names (``DeepSeek-R1``, ``GPT-4o-mini``) to keep as one word."""
    if "-" not in text:
        return []
    out = []
    for m in _CHAIN.finditer(text):
        start, end = m.span()
        if text.find("-", start, end) < 0:
            continue
        # The chain starts at its first letter or digit whose own part is followed by "-X".
        first = _ALNUM.search(text, start, end)
        if first is None:
            continue
        if text.find("-", first.start(), end) >= 0:
            out.append((first.start(), end))
    return out


def segment(text: str, protected: Iterable[Span] = ()) -> tuple[Span, ...]:
    """Word spans covering ``text`` (Simplified), keeping ``protected`` spans whole."""
    jieba = _jieba()
    keep = sorted({*protected, *protected_spans(text)})
    spans: list[Span] = []
    pos = 0

    def _gap(a: int, b: int) -> None:
        if a < b:
            spans.extend((a + s, a + e) for _, s, e in jieba.tokenize(text[a:b]))

    for s, e in keep:
        if s < pos:
            continue
        _gap(pos, s)
        spans.append((s, e))
        pos = e
    _gap(pos, len(text))
    return tuple(spans)


# Page furniture and codes that are never keywords: 收起, 点击查看, www, A1, B03, html.
_NOT_KEYWORD = re.compile(
    r"^(?:www|https?|com|net|org|html?|php|aspx?|jpg|png|gif|amp|nbsp|"
    r"[A-Za-z]\d{1,3}|\d{1,3}[A-Za-z]|(?-i:[a-z]{1,2})|[@＠#].*|.*\.(?:com|net|org|cn|tw|hk|gov|edu)\b.*|.*@.*)$",
    re.IGNORECASE,
)


def _furniture_word(word: str) -> bool:
    """Is ``word`` a button or a label of the page (收起, 点击查看), not the story's?"""
    from tui.model.line_shapes import is_furniture_word

    return is_furniture_word(word)


def _surname_name(text: str, words: tuple[Span, ...], k: int) -> Span | None:
    """A three-character name jieba split in two (郑/浩然, 周/明远, 林语/恩): the whole name's span.

    ``words[k]`` is one hanzi that is a common surname, not a function word or a verb of
    jieba's dictionary, followed by a two-hanzi word; or a two-hanzi word that the dictionary
    does not know, led by a surname, followed by one hanzi that is no function word or verb
    (林语恩 cut as 林语 and 恩 made 林语 a keyword).
    """
    s, e = words[k]
    if e - s == 2 and k + 1 < len(words):
        return _surname_word_name(text, words, k)
    if e - s != 1 or k + 1 >= len(words):
        return None
    s2, e2 = words[k + 1]
    if e2 - s2 != 2 or not _HANZI_ONLY.match(text, s, e2) or text[s] not in _surnames():
        return None
    if k > 0 and words[k - 1][1] - words[k - 1][0] == 1 and _HANZI_ONLY.match(text, *words[k - 1]):
        return None  # inside a run of single characters: not a name's start
    from tui.model.handle_cut import lexicon

    table = lexicon()
    if text[s] in table or table.get(text[s2:e2]) in ("v", "w"):
        return None
    return s, e2


_HANZI_ONLY = re.compile(r"[\u4e00-\u9fff]+$")


def _surname_word_name(text: str, words: tuple[Span, ...], k: int) -> Span | None:
    """See :func:`_surname_name`: 林语 (unknown to the dictionary) and 恩 are one name."""
    s, e = words[k]
    s2, e2 = words[k + 1]
    if e2 - s2 != 1 or not _HANZI_ONLY.match(text, s, e2) or text[s] not in _surnames():
        return None
    if k + 2 < len(words) and words[k + 2][1] - words[k + 2][0] == 1 and _HANZI_ONLY.match(
        text, *words[k + 2]
    ):
        return None  # a run of single characters follows: no name's end
    if _jieba().dt.FREQ.get(text[s:e], 0) > 0:
        return None  # a word of the dictionary (林业, 王者): not a name's start
    from tui.model.handle_cut import lexicon

    if text[s2] in lexicon():
        return None  # 林语 and 的, 说, 在: the name ends before it
    return s, e2


# An e-mail address or a web address (scheme or www. or a bare domain with a path).
_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++"
    r"|(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]++"
)  # each run is read once from its start (the look-behind): linear on long runs


def _surnames() -> str:
    from tui.model.bloggers import SURNAMES

    return SURNAMES


#: English words jieba's TF-IDF never ranks (its keyword extractor's own stop words).
_STOP_WORDS = frozenset(
    {
        *("the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be"),
        *("as", "on", "with", "can", "if", "from", "which", "you", "it", "this", "then", "at"),
        *("have", "all", "not", "one", "has", "or"),
    }
)


def _idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median, read once from the file its TF-IDF reads.

    Not through ``jieba.analyse``: importing it loads the part-of-speech tagger too, for
    its TextRank (about 0.7 s and tens of MB that keywords never use).
    """
    with _lock:
        if "idf" not in _state:
            import jieba

            path = os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")
            _state["idf"] = _kept_idf(path) or _read_idf(path)
    return _state["idf"]


def _read_idf(path: str) -> tuple[dict[str, float], float]:
    """Parse jieba's IDF file (300,000 lines: most of a second), and keep what it gives."""
    with open(path, "rb") as f:
        content = f.read().decode("utf-8")
    table: dict[str, float] = {}
    for line in content.splitlines():
        word, value = line.strip().split(" ")
        table[word] = float(value)
    parsed = (table, sorted(table.values())[len(table) // 2])
    kept = _idf_cache_file(path)
    if kept is not None:
        from tui.model.cache_files import keep

        keep(kept, parsed)
    return parsed


def _kept_idf(path: str) -> tuple[dict[str, float], float] | None:
    """The IDF table as parsed before (every word process reads it), if kept and sound."""
    kept = _idf_cache_file(path)
    if kept is None:
        return None
    from tui.model.cache_files import read_kept

    loaded = read_kept(kept, 1 << 28)
    if (
        isinstance(loaded, tuple)
        and len(loaded) == 2
        and isinstance(loaded[0], dict)
        and isinstance(loaded[1], float)
    ):
        return loaded
    return None


def _idf_cache_file(path: str) -> Path | None:
    """Where the parsed IDF table is kept: the cache directory, named for the file's version."""
    try:
        st = os.stat(path)
        from tui.model.cache_files import cache_dir

        return cache_dir() / f"idf-{st.st_size}-{st.st_mtime_ns}.marshal"
    except Exception:  # no cache directory: parse the file each time
        return None


def _keyword_candidate(w: str) -> bool:
    """Can ``w`` be a keyword at all: two characters or more, a letter or a hanzi, no stop
    word, code or page furniture."""
    return not (
        len(w.strip()) < 2
        or w.lower() in _STOP_WORDS
        or not _WORDLIKE.search(w)
        or _NOT_KEYWORD.match(w)
        or _furniture_word(w)
    )


def word_stats(paragraphs: list[str], spans: list[tuple[Span, ...]], first: int = 0) -> WordStats:
    """Counts, IDF and first place of every word that can be a keyword (as jieba.analyse counts).

    Never page furniture or codes (收起, www, A1, @handles), and a three-character name that
    jieba split into a surname and a word (郑/浩然) counts as the whole name.
    """
    freq = _jieba().dt.FREQ
    idf_freq, median_idf = _idf()
    stats: WordStats = {}
    candidates: dict[str, bool] = {}  # (a text says its words again and again: each is judged once)
    for p, (text, words) in enumerate(zip(paragraphs, spans, strict=True)):
        skip = -1
        # the pieces of an address (afucafe, gmail from afucafe@gmail.com) are no keywords
        addresses = (
            [m.span() for m in _ADDRESS.finditer(text)]
            if "@" in text or "www." in text or "://" in text
            else []
        )
        for k, (s, e) in enumerate(words):
            if k == skip:
                continue
            if addresses and any(a <= s and e <= b for a, b in addresses):
                continue
            name = _surname_name(text, words, k)
            if name is not None:
                s, e = name
                skip = k + 1
            w = text[s:e]
            candidate = candidates.get(w)
            if candidate is None:
                candidate = candidates[w] = _keyword_candidate(w)
            if not candidate:
                continue
            entry = stats.get(w)
            if entry is None:
                idf = idf_freq.get(w)
                known = idf is not None or freq.get(w, 0) > 0 or not _HANZI_ONLY.match(w)
                stats[w] = [1, median_idf if idf is None else idf, first + p, s, int(known)]
            else:
                entry[0] += 1
    return stats


def merge_stats(parts: Iterable[WordStats]) -> WordStats:
    """Statistics of consecutive parts of one text, as if counted together."""
    merged: WordStats = {}
    for part in parts:
        for w, (count, idf, p, offset, known) in part.items():
            entry = merged.get(w)
            if entry is None:
                merged[w] = [count, idf, p, offset, known]
            else:
                entry[0] += count
    return merged


def top_keywords(stats: WordStats, top: int = 12) -> list[tuple[str, int, int]]:
    """The ``top`` words by TF-IDF, each with where it first occurs.

    A run of hanzi that neither jieba's dictionary nor its IDF table knows is a keyword only
    when the text says it again: once, it is mostly a piece jieba's guesser cut out of two
    words (控阿杰 from 手机控阿杰, 日晚 from 7日晚上, 首销定), ranked high by its unknown IDF.
    """
    total = sum(entry[0] for entry in stats.values()) or 1
    ranked = sorted(
        ((w, e) for w, e in stats.items() if e[4] or e[0] > 1),
        key=lambda item: item[1][0] * item[1][1] / total,
        reverse=True,
    )
    return [(w, int(entry[2]), int(entry[3])) for w, entry in ranked[:top]]


def spans_from_ends(rows: Any, lengths: list[int]) -> tuple[tuple[Span, ...], ...]:
    """Word spans from word ends (how the cache and the child processes send them).

    Raises ``ValueError`` unless each row rises strictly and ends at its paragraph's length.
    """
    spans = []
    for row, length in zip(rows, lengths, strict=True):
        out, start = [], 0
        for end in row:
            if not isinstance(end, int) or end <= start:
                raise ValueError("bad word end")
            out.append((start, end))
            start = end
        if start != length:
            raise ValueError("word ends do not cover the paragraph")
        spans.append(tuple(out))
    return tuple(spans)


def compute_words(paragraphs: list[str]) -> Words:
    """Segment Simplified ``paragraphs`` and pick keywords; takes jieba's start-up time.

    @handles are kept whole (found by pattern first: jieba would split them).
    """
    spans, stats = segment_paragraphs(paragraphs)
    return Words(spans, tuple(top_keywords(stats)))


def segment_paragraphs(
    paragraphs: list[str], first: int = 0, known: frozenset[str] | None = None
) -> tuple[tuple[tuple[Span, ...], ...], dict]:
    """Word spans of each paragraph and the keyword statistics of them all."""
    spans = segment_lines(paragraphs, known)
    return spans, word_stats(paragraphs, list(spans), first)


def segment_lines(
    paragraphs: list[str], known: frozenset[str] | None = None
) -> tuple[tuple[Span, ...], ...]:
    """Word spans of each paragraph, its @handles kept whole.

    ``known``: the handles the whole article closes (see :func:`closed_handles`); by default
    those these paragraphs close, which a part of an article (a child's share) may not all do.
    """
    from tui.model.bloggers import closed_handles, find_handles

    if known is None:
        known = closed_handles(paragraphs)
    return tuple(segment(t, find_handles(t, known)) for t in paragraphs)
