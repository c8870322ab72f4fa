"""What a database file is and how each connection to it is set up, without SQLAlchemy (the
`crm report` command reads a file through plain sqlite3: crm_app/reports/sql_source.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

# How long a writer waits for another window or `crm` command to finish its write before the
# person is told the database is busy. Writes are short (one use case), so 10 s means stuck.
# CRM_BUSY_TIMEOUT_MS exists for tests that check the message without waiting 10 s.
BUSY_TIMEOUT_MS = 10_000

PLAIN_MAGIC = b"SQLite format 3\x00"


CACHE_KIB = 32000  # each connection's page cache (a negative cache_size counts KiB)


def busy_timeout_ms() -> int:
    value = os.environ.get("CRM_BUSY_TIMEOUT_MS", "")
    return int(value) if value.isdigit() else BUSY_TIMEOUT_MS


def set_pragmas(dbapi_connection: Any) -> None:
    """The pragmas of every connection (a DB-API connection of sqlite3 or sqlcipher3)."""
    cursor = dbapi_connection.cursor()
    # First, so that even switching to WAL waits for a busy file instead of failing.
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def file_state(file: Path) -> str:
    """"missing" (or empty: SQLite makes a new database of it), "plain", or "encrypted"
    (not plain SQLite: SQLCipher-encrypted, or not a database at all)."""
    try:
        with file.open("rb") as stream:
            head = stream.read(len(PLAIN_MAGIC))
    except (FileNotFoundError, IsADirectoryError):
        return "missing"
    if not head:
        return "missing"
    return "plain" if head == PLAIN_MAGIC else "encrypted"
