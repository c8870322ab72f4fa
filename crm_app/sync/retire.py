"""Retiring a laptop, and purging deleted rows (tombstones) every active laptop has merged.

A retired laptop no longer holds back compaction: the purge horizon is the oldest epoch that
an *active* laptop merged. A tombstone written at or before that epoch is in every active
laptop's database, so the file may forget its row. The file keeps the purged ids (ids only)
in `purged`, for ever, so that:
- an active laptop removes its own copy of those tombstones at its next sync instead of
  sending them back (the digests would otherwise differ and the rows return);
- a retired laptop that comes back, still holding some of those records alive, removes them
  too, instead of re-sending a record everybody else deleted as alive. It is told it was
  retired and compares every record (its chain knowledge is no longer trusted).
Rows that other rows still point to are never purged (their tombstones stay in the file).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from crm_app.db.models import SYNCED_MODELS
from crm_app.domain.errors import Message
from crm_app.sync.fileformat import SyncFileError
from crm_app.sync.snapshot import Snapshot, raw_epoch

Cursor = Any  # sqlite3.Cursor


def is_retired(info: dict[str, Any]) -> bool:
    return bool(info.get("retired_at"))


def active_devices(snapshot: Snapshot) -> dict[str, dict[str, Any]]:
    return {d: i for d, i in snapshot.devices.items() if not is_retired(i)}


def horizon(snapshot: Snapshot) -> int:
    """The oldest epoch an active laptop merged (0: nothing may be forgotten)."""
    active = active_devices(snapshot)
    return min((int(i.get("epoch", 0)) for i in active.values()), default=0)


def _references() -> dict[str, list[tuple[str, str]]]:
    """table -> [(child table, column)] of the foreign keys pointing at it."""
    found: dict[str, list[tuple[str, str]]] = {}
    for model in SYNCED_MODELS:
        for fk in model.__table__.foreign_keys:
            found.setdefault(fk.column.table.name, []).append(
                (model.__tablename__, fk.parent.name))
    return found


def purge_tombstones(snapshot: Snapshot) -> dict[str, int]:
    """Drop from the file the deleted rows older than the horizon, noting their ids."""
    limit = horizon(snapshot)
    if limit <= 0:
        return {}
    referenced: dict[str, set[str]] = {}
    for table, pointers in _references().items():
        ids = referenced.setdefault(table, set())
        for child, column in pointers:
            state = snapshot.tables[child]
            at = state.columns.index(column)
            ids.update(raw[4][at] for raw in state.rows.values() if raw[4][at])
    purged: dict[str, int] = {}
    for table, state in snapshot.tables.items():
        if "deleted_at" not in state.columns:
            continue
        at = state.columns.index("deleted_at")
        keep = referenced.get(table, set())
        gone = [i for i, raw in state.rows.items()
                if raw[4][at] and raw_epoch(raw) <= limit and i not in keep]
        if not gone:
            continue
        for row_id in gone:
            del state.rows[row_id]
        snapshot.purged.setdefault(table, []).extend(gone)
        purged[table] = len(gone)
    return purged


def apply_purged(cursor: Cursor, snapshot: Snapshot) -> int:
    """Remove here the rows the file purged (deleted everywhere else), unless a row here
    still points to them. Returns how many rows went."""
    pointers = _references()
    removed = 0
    for table, ids in snapshot.purged.items():
        if table not in snapshot.tables or not ids:
            continue
        present = _present(cursor, table, ids)
        for child, column in pointers.get(table, []):
            present -= _pointed(cursor, child, column, present)
        for chunk in _chunks(sorted(present)):
            marks = ",".join("?" * len(chunk))
            cursor.execute(f"DELETE FROM {table} WHERE id IN ({marks})", chunk)
            cursor.execute(f"DELETE FROM sync_row WHERE table_name = ? AND row_id IN ({marks})",
                           [table, *chunk])
        removed += len(present)
    return removed


def _present(cursor: Cursor, table: str, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(r[0] for r in cursor.execute(
            f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return found


def _pointed(cursor: Cursor, table: str, column: str, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(ids)):
        found.update(r[0] for r in cursor.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE {column} IN "
            f"({','.join('?' * len(chunk))})", chunk))
    return found


def _chunks(items: Iterable[str], size: int = 500) -> list[list[str]]:
    values = list(items)
    return [values[i:i + size] for i in range(0, len(values), size)]


def returning_note(snapshot: Snapshot, device: str) -> str | None:
    """A message when this laptop was retired from the file; None otherwise."""
    info = snapshot.devices.get(device, {})
    if not is_retired(info):
        return None
    when = str(info.get("retired_at", ""))[:10]
    by = info.get("retired_by", "?")
    return Message("this laptop was retired from the shared file on {when} (by laptop {by}); "
                   "it rejoins now: every record was compared, and records the others deleted "
                   "and purged meanwhile were removed here, not sent back", when=when, by=by)


def mark_retired(snapshot: Snapshot, device: str, by: str, now: datetime) -> dict[str, int]:
    """Retire `device` (a prefix of its id is enough) and purge what that allows."""
    matches = [d for d in snapshot.devices if d == device or d.startswith(device)]
    if not matches:
        raise SyncFileError("no laptop {device} in the shared file (see: crm sync devices)",
                            device=device)
    if len(matches) > 1:
        raise SyncFileError("{device} names more than one laptop: {matches}", device=device,
                            matches=", ".join(matches))
    (target,) = matches
    if target == by:
        raise SyncFileError("this laptop cannot retire itself; retire it from another laptop")
    info = snapshot.devices[target]
    if is_retired(info):
        raise SyncFileError("laptop {device} is already retired (since {day})", device=target,
                            day=str(info['retired_at'])[:10])
    info["retired_at"] = now.isoformat(timespec="seconds")
    info["retired_by"] = by
    return purge_tombstones(snapshot)
