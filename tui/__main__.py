"""``python -m tui`` and the ``article-explorer`` console script."""

from __future__ import annotations

import sys


def main() -> None:
    """Start the command line and exit with its status."""
    from tui.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
