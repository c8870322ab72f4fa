"""This laptop's sync state (`sync_state`: device id, clock) read and moved through any
DB-API-style `execute(sql, parameters)`: SQLAlchemy's `Connection.exec_driver_sql` for the
app and the sync, or a plain sqlite3 / sqlcipher3 connection's `execute` for the report
command that loads no SQLAlchemy. One implementation, so both write the same stamps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from crm_app.domain import hlc

Execute = Callable[[str, tuple[Any, ...]], Any]  # returns a cursor with fetchone()


def read_state(execute: Execute, key: str) -> str | None:
    row = execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def write_state(execute: Execute, key: str, value: str) -> None:
    execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def device_id(execute: Execute) -> str:
    """This laptop's id, created on first use (a copied database file keeps it: see docs)."""
    current = read_state(execute, "device_id")
    if current is None:
        current = hlc.new_device_id()
        write_state(execute, "device_id", current)
    return current


def next_stamp(execute: Execute, wall: datetime) -> str:
    """Advance and persist this laptop's clock; the caller's transaction keeps it atomic."""
    stamp = hlc.tick(read_state(execute, "hlc"), wall, device_id(execute))
    write_state(execute, "hlc", stamp)
    return stamp
