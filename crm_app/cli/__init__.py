"""The `crm` command line."""

from __future__ import annotations

import sys


def main() -> None:
    from crm_app.cli.main import main as run

    sys.exit(run())
