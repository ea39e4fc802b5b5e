"""The command line: open the explorer, or print the model as JSON or an outline."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from tui.model.article import Article
from tui.model.errors import ArticleError
from tui.model.load import BUNDLED, Source, read_source
from tui.model.sanitize import safe_line
from tui.model.scripts import Script, Variant
from tui.remembered import Document, Remembered, content_key

if TYPE_CHECKING:
    from tui.app import ArticleExplorer
    from tui.model.word_processes import EarlyWords

PROG = "article-explorer"
#: Child processes that segment a book's words (one core each, a few at most).
_JOBS = min(os.cpu_count() or 1, 4)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """One plain line and status 2, not argparse's usage block."""
        self.exit(2, f"{PROG}: {message} (see --help)\n")

    def _print_message(self, message: str, file: Any = None) -> None:
        """argparse drops a failed write silently; ``--help > /dev/full`` is one line and 2."""
        if not message:
            return
        stream = file or sys.stderr
        try:
            stream.write(message)
            stream.flush()
        except BrokenPipeError:
            discard_stdout()
        except OSError as exc:
            discard_stdout()
            reason = safe_line(exc.strerror or exc)
            sys.stderr.write(f"{PROG}: cannot write the output ({reason})\n")
            sys.exit(2)


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
    mode.add_argument(
        "--timeline",
        choices=("csv", "ics", "md"),
        help="print the grouped timeline as CSV, iCalendar (all-day events) or a Markdown table "
        "and exit",
    )
    p.add_argument(
        "--script",
        choices=[s.value for s in Script],
        help="the script to show (default: the article's own)",
    )
    p.add_argument(
        "--variant",
        choices=[v.value for v in Variant],
        help="the Traditional form: standard (OpenCC), tw (臺灣正體) or hk (香港繁體); "
        "default: Traditional text as written, converted text in tw",
    )
    p.add_argument(
        "--lang",
        choices=["zh-Hant", "zh-Hans", "en"],
        help="the interface language (default: the one written in the script on screen)",
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
        help="neither restore nor remember the reading position, script, variant and recent files",
    )
    serving = p.add_argument_group("in a web browser")
    serving.add_argument(
        "--serve",
        action="store_true",
        help="serve the explorer to a web browser (textual-serve) instead of this terminal",
    )
    serving.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to serve on (default: 127.0.0.1, this machine only)",
    )
    serving.add_argument(
        "--port", type=_port, default=8000, help="the port to serve on (default: 8000)"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the program; returns the exit status."""
    from tui.startup import resume_collection

    try:
        return _main(argv)
    finally:
        resume_collection()  # paused for the app's start; back on however the run ended


def _main(argv: list[str] | None) -> int:
    with contextlib.suppress(AttributeError):  # --help never fails on an odd encoding
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    args = parser().parse_args(argv)
    if args.serve:
        return _serve(args)
    path = args.file or str(BUNDLED)
    script = Script(args.script) if args.script else None
    variant = Variant(args.variant) if args.variant else None
    stdin = _read_stdin() if path == "-" else None
    interactive = not (args.json or args.summary or args.timeline)
    if interactive and not _keys_from_terminal():
        print(
            f"{PROG}: standard input is not a terminal and there is no terminal to read keys "
            "from (use --json or --summary)",
            file=sys.stderr,
        )
        return 2

    early: list[EarlyWords] = []  # a book's words, segmented while its model is built

    def first_model() -> tuple[Source, Article, str]:
        source = read_source(
            path, encoding=args.encoding, stdin=stdin, reference_date=args.reference_date
        )
        if not interactive and not args.timeline and source.big and _JOBS > 1:
            from tui.model.scripts import detect_script
            from tui.model.word_processes import EarlyWords

            early.append(EarlyWords(source.text, detect_script(source.text), _JOBS))
        # A book opens on its first part at once; the app parses the rest in the background.
        article = source.build_head() if interactive and source.big else source.build()
        key = content_key(source.text) if interactive and not args.no_state else ""
        return source, article, key

    if interactive:
        from tui.prebuild import in_child
        from tui.startup import pause_collection

        pause_collection()  # until the first frame (see tui.startup); the child inherits it

        from tui.model import calendar_cache, rule_cache

        def keep_caches() -> None:
            rule_cache.save()
            calendar_cache.save()

        # built while the app's modules are imported; rules compiled afresh and calendar days
        # worked out are kept (the child leaves with os._exit: no atexit runs there)
        pending = in_child(first_model, afterwards=keep_caches)
        from tui.app import ArticleExplorer
    else:
        pending = first_model
    try:
        source, article, key = pending()
    except BaseException as exc:
        for started in early:
            started.close()  # (whatever stopped the model, the children stop with it)
        if not isinstance(exc, ArticleError):
            raise
        print(f"{PROG}: {_refused(exc, args.lang)}", file=sys.stderr)
        return 2
    if args.timeline:  # the grouped timeline needs no word segmentation
        from tui.timeline_export import export

        return _emit(export(article, args.timeline, script, variant))
    if not interactive:
        from tui.model.build import with_words
        from tui.model.cache import words_for
        from tui.model.export import summary, to_json

        jobs = _JOBS if source.big else 0  # a book: segment in parallel
        started = early[0] if early else None
        article = with_words(article, words_for(article, not args.no_cache, jobs, started))
        if args.json:
            ascii_only = not _can_print("中")  # still valid JSON, and nothing is lost
            data = to_json(article, script, variant)
            return _emit(json.dumps(data, ensure_ascii=ascii_only, separators=(",", ":")) + "\n")
        text = summary(article, script, variant=variant)
        if not _can_print(text):
            encoding = getattr(sys.stdout, "encoding", None) or "unknown"
            print(
                f"{PROG}: standard output's encoding ({safe_line(encoding)}) cannot show this "
                "text; set PYTHONIOENCODING=utf-8, or use --json",
                file=sys.stderr,
            )
            return 2
        return _emit(text + "\n")
    _terminal_is_utf8()
    rest = source if not article.complete else None
    from tui.strings import Lang

    lang = Lang(args.lang) if args.lang else None
    remembered = Remembered.disabled() if args.no_state else Remembered.load()
    return _run_app(
        ArticleExplorer(
            article,
            script=script,
            use_cache=not args.no_cache,
            source=rest,
            variant=variant,
            lang=lang,
            remembered=remembered,
            document=Document(key, None if path == "-" else os.path.abspath(path)),
        )
    )


def _read_stdin() -> bytes:
    """Standard input, but never more than one byte over the size limit (``cat /dev/zero |``)."""
    from tui.model.decode import MAX_BYTES

    if sys.stdin is None:
        return b""
    chunks, size = [], 0
    while size <= MAX_BYTES:
        chunk = sys.stdin.buffer.read1(1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _keys_from_terminal() -> bool:
    """Make sure keys can be read: after an article came down a pipe, read them from the terminal.

    Textual reads keys from file descriptor 0.  When that was a pipe (``cat a.txt |
    article-explorer -``) it is at its end, and the app would see no key and spin;
    like ``less``, open the controlling terminal and put it in the pipe's place.
    Served in a browser, descriptor 0 is the server's channel and stays as it is.
    """
    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    try:
        if os.isatty(0):
            return True
        tty = os.open("/dev/tty", os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        os.dup2(tty, 0)
    finally:
        os.close(tty)
    return True


def _can_print(text: str) -> bool:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeError, LookupError):
        return False
    return True


def _emit(text: str) -> int:
    """Write the whole output; a full disk is one line and status 2, a closed pipe is quiet."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        discard_stdout()
        return 0
    except (OSError, UnicodeError, AttributeError) as exc:  # AttributeError: stdout is closed
        discard_stdout()
        reason = getattr(exc, "strerror", None) or (
            "standard output is closed" if isinstance(exc, AttributeError) else type(exc).__name__
        )
        print(f"{PROG}: cannot write the output ({safe_line(reason)})", file=sys.stderr)
        return 2
    return 0


def discard_stdout() -> None:
    """Point standard output at /dev/null so the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)


def _terminal_is_utf8() -> None:
    """The screen is drawn in UTF-8 whatever ``PYTHONIOENCODING`` says (Textual writes to stderr)."""
    for stream in (sys.__stdout__, sys.__stderr__):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]


def _run_app(app: ArticleExplorer) -> int:
    """Run the explorer and leave; a stuck thread or a hang-up never keeps the process alive.

    Textual runs thread workers in the loop's default executor, which ``asyncio.run``
    and the interpreter's exit wait for; a read that never returns would keep the
    process forever after ``q``.  So the app runs on our own loop and executor, and if
    a worker has not finished a moment after the app has, the process leaves at once
    (taking its child processes with it).  A hang-up (the SSH connection dropped) ends
    the process quietly the same way: there is no terminal left to restore.
    """
    import asyncio  # here, not at the top: --json and --summary need none of this
    import signal
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from tui.paste_guard import install

    install()  # pasted text never types keys (a Textual 8.2.8 parser bug; see the module)

    from tui.model.children import kill_all

    def hang_up(_signum: int, _frame: object) -> None:
        kill_all()
        os._exit(128 + signal.SIGHUP)

    signal.signal(signal.SIGHUP, hang_up)
    executor = ThreadPoolExecutor(thread_name_prefix="article-explorer-worker")
    loop = asyncio.new_event_loop()
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    try:
        app.run(loop=loop)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
        with contextlib.suppress(Exception):
            loop.close()
    status = app.return_code or 0
    # A worker may still be parsing a book or segmenting: nothing of that is kept, so the
    # program leaves at once (quitting mid-parse waited a second for nothing); only a cache
    # file being written is let finish (up to a second), so none is left half-renamed.
    from tui.model.cache_files import writes_in_flight

    deadline = time.monotonic() + 1.0
    while writes_in_flight() and time.monotonic() < deadline:
        time.sleep(0.01)
    if any(
        t.is_alive() and not t.daemon
        for t in threading.enumerate()
        if t is not threading.current_thread()
    ):
        kill_all()
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(status)
    return status


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"not a port number (1-65535): {value!r}")
    return port


_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _serve(args: argparse.Namespace) -> int:
    """Serve the explorer in a web browser through textual-serve (one app per browser tab).

    Each tab runs the program again in an isolated child (see
    :mod:`tui.model.children`) with the same options, the file given as an absolute
    path.  Loopback by default: the explorer can open any file its user can read
    (``o``), so serving it on a network address is said out loud.
    """
    if args.json or args.summary:
        print(f"{PROG}: --serve cannot be combined with --json or --summary", file=sys.stderr)
        return 2
    if args.file == "-":
        print(f"{PROG}: --serve cannot read standard input; give a file", file=sys.stderr)
        return 2
    path = os.path.abspath(args.file) if args.file else str(BUNDLED)
    try:
        read_source(path, encoding=args.encoding)  # refuse a bad file here, not in the browser
    except ArticleError as exc:
        print(f"{PROG}: {_refused(exc, args.lang)}", file=sys.stderr)
        return 2
    forwarded = [path]
    for option, value in (
        ("--script", args.script),
        ("--encoding", args.encoding),
        ("--variant", args.variant),
        ("--lang", args.lang),
    ):
        if value:
            forwarded += [option, value]
    if args.reference_date:
        forwarded += ["--reference-date", args.reference_date.isoformat()]
    if args.no_cache:
        forwarded.append("--no-cache")
    if args.no_state:
        forwarded.append("--no-state")
    from tui.serve import serve

    if args.host not in _LOOPBACK:
        print(
            f"{PROG}: warning: serving on {safe_line(args.host)}: anyone who can reach this "
            "address can use the explorer, and open any file you can read (o)",
            file=sys.stderr,
        )
    return serve(forwarded, host=args.host, port=args.port)


def _refused(error: ArticleError, lang: str | None) -> str:
    """The refusal in the language named with ``--lang`` (English, like argparse, without it)."""
    if not lang:
        return safe_line(error)
    from tui.strings import Lang, refusal

    return safe_line(refusal(error.code, error.params, Lang(lang)))
