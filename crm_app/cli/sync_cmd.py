"""CLI commands of the sync work (registered by crm_app.cli.main)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add this area's sub-commands to the top-level parser's subparsers."""
    _ = (sub, argparse)
