"""``python -m tui`` and the ``article-explorer`` console script."""

from __future__ import annotations

import sys


def main() -> None:
    """Start the command line and exit with its status; output that cannot be written is one line."""
    from tui.cli import PROG, discard_stdout
    from tui.cli import main as cli_main

    try:
        status = cli_main()
    except SystemExit as exit_:  # argparse: --help, or a refused option
        status = exit_.code if isinstance(exit_.code, int) else 2
    except KeyboardInterrupt:  # ctrl+c before the app owns the keys (a slow --json, a slow read)
        from tui.model.children import kill_all

        kill_all()
        status = 130
    try:
        if sys.stdout is not None:  # None when standard output was closed (>&-)
            sys.stdout.flush()
    except BrokenPipeError:
        discard_stdout()
    except OSError as exc:
        discard_stdout()
        print(f"{PROG}: cannot write the output ({exc.strerror or exc})", file=sys.stderr)
        status = 2
    sys.exit(status)


if __name__ == "__main__":
    main()
