"""The command line: open the explorer, or print the model as JSON or an outline."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date

from tui.model.article import Article
from tui.model.errors import ArticleError
from tui.model.load import BUNDLED, Source, read_source
from tui.model.scripts import Script
from tui.remembered import Document, Remembered, content_key

PROG = "article-explorer"


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """One plain line and status 2, not argparse's usage block."""
        self.exit(2, f"{PROG}: {message} (see --help)\n")


def parser() -> argparse.ArgumentParser:
    """Every option, documented for ``--help``."""
    p = _Parser(
        prog=PROG,
        description="Read and explore a Chinese article in the terminal: its text, a timeline of "
        "the dates it mentions, the bloggers (@handles) it names, in Traditional or Simplified script.",
        epilog="Without FILE the bundled article is opened. Exit status 2 means the input or an option "
        "was refused (the reason is printed on one line).",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="a text file, or - for standard input")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--json", action="store_true", help="print the parsed article as JSON and exit"
    )
    mode.add_argument(
        "--summary", action="store_true", help="print a short readable outline and exit"
    )
    p.add_argument(
        "--script",
        choices=[s.value for s in Script],
        help="the script to show (default: the article's own)",
    )
    p.add_argument(
        "--encoding",
        help="read the file in this encoding instead of detecting it (e.g. gb18030, big5, utf-8)",
    )
    p.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the date that relative dates (去年, 昨日, 9月24日) count from; "
        "default: the article's dateline, else its latest year, else today",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the word-segmentation cache",
    )
    p.add_argument(
        "--no-state",
        action="store_true",
        help="neither restore nor remember the reading position, script and recent files",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the program; returns the exit status."""
    args = parser().parse_args(argv)
    path = args.file or str(BUNDLED)
    script = Script(args.script) if args.script else None
    stdin = sys.stdin.buffer.read() if path == "-" else None
    interactive = not (args.json or args.summary)

    def first_model() -> tuple[Source, Article, str]:
        source = read_source(
            path, encoding=args.encoding, stdin=stdin, reference_date=args.reference_date
        )
        # A book opens on its first part at once; the app parses the rest in the background.
        article = source.build_head() if interactive and source.big else source.build()
        key = content_key(source.text) if interactive and not args.no_state else ""
        return source, article, key

    if interactive:
        from tui.prebuild import in_child

        pending = in_child(first_model)  # built while the app's modules are imported
        from tui.app import ArticleExplorer
    else:
        pending = first_model
    try:
        source, article, key = pending()
    except ArticleError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    if not interactive:
        from tui.model.build import with_words
        from tui.model.cache import words_for
        from tui.model.export import summary, to_json

        jobs = min(os.cpu_count() or 1, 4) if source.big else 0  # a book: segment in parallel
        article = with_words(article, words_for(article, use_cache=not args.no_cache, jobs=jobs))
        try:
            if args.json:
                sys.stdout.write(
                    json.dumps(to_json(article, script), ensure_ascii=False, separators=(",", ":"))
                )
                sys.stdout.write("\n")
            else:
                print(summary(article, script))
            sys.stdout.flush()
        except BrokenPipeError:
            return 0
        return 0
    rest = source if not article.complete else None
    remembered = Remembered.disabled() if args.no_state else Remembered.load()
    app = ArticleExplorer(
        article,
        script=script,
        use_cache=not args.no_cache,
        source=rest,
        remembered=remembered,
        document=Document(key, None if path == "-" else os.path.abspath(path)),
    )
    app.run()
    return app.return_code or 0
