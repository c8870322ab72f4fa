"""Desktop entry point (the window arrives with the desktop-client work)."""

from __future__ import annotations

import sys


def main() -> None:
    from crm_app.cli.main import main as cli_main

    sys.exit(cli_main(sys.argv[1:] or ["--help"]))
