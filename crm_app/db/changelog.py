"""Field-level change recording for sync, in the same transaction as the edit.

Every flush that creates or changes synchronised rows takes one new hybrid-logical-clock stamp
(`crm_app.domain.hlc`) and writes, per row, which fields it changed under that stamp into
`sync_row`. `record_inserts` is the bulk path (demo data, imports) that bypasses the ORM flush.
The sync engine writes remote changes with Core statements, which these listeners never see,
so received changes keep their original stamps and are not re-sent as local edits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from crm_app.db import sync_state
from crm_app.db.models import SYNCED_MODELS, Record
from crm_app.db.sync_models import SyncRow
from crm_app.domain import hlc
from crm_app.domain.clock import Clock, utc_now

# Columns that never travel: the id is the row's identity, sort keys are derived locally.
LOCAL_COLUMNS = frozenset({"id", "sort_key"})
WALL_CLOCK_KEY = "crm_sync_wall_clock"
SYNCED_TABLES = frozenset(model.__tablename__ for model in SYNCED_MODELS)


def synced_columns(model: type[Record]) -> list[str]:
    return [c.key for c in model.__table__.columns if c.key not in LOCAL_COLUMNS]


# -- local sync state ------------------------------------------------------------------------


def get_state(connection: Connection, key: str) -> str | None:
    return sync_state.read_state(connection.exec_driver_sql, key)


def set_state(connection: Connection, key: str, value: str) -> None:
    sync_state.write_state(connection.exec_driver_sql, key, value)


def device_id(connection: Connection) -> str:
    """This laptop's id, created on first use (a copied database file keeps it: see docs)."""
    return sync_state.device_id(connection.exec_driver_sql)


def bind_device(connection: Connection, install_id: str, wall: datetime) -> str | None:
    """Tie this database to the computer's install id. A database copied from another
    computer (the ids differ) gets a new device id, and its edits not yet sent are stamped
    again under it, so the copy and the original never share a stamp. Returns the old device
    id when that happened."""
    bound = get_state(connection, "install_id")
    if bound is None or bound == install_id:
        return None  # same computer, or never synced here yet (recorded when a sync ends)
    set_state(connection, "install_id", install_id)
    old = device_id(connection)
    fresh = hlc.new_device_id()
    set_state(connection, "device_id", fresh)
    stamp = next_stamp(connection, wall)
    sent = get_state(connection, "sent_upto") or ""
    rows = connection.execute(
        text("SELECT table_name, row_id, base, fields, erased FROM sync_row "
             "WHERE max_hlc > :s"), {"s": sent}).fetchall()

    def again(value: str | None) -> str | None:
        return stamp if value and value.endswith(old) and value > sent else value

    for table, row_id, base, encoded, erased in rows:
        entries = {k: [again(v[0]), *v[1:]] for k, v in json.loads(encoded).items()}
        stamps = [again(base), again(erased), *(v[0] for v in entries.values())]
        connection.execute(
            text("UPDATE sync_row SET base = :b, fields = :f, erased = :e, max_hlc = :m "
                 "WHERE table_name = :t AND row_id = :r"),
            {"b": again(base), "f": json.dumps(entries, separators=(",", ":")),
             "e": again(erased), "m": max(s for s in stamps if s), "t": table, "r": row_id})
    # What the original laptop knew about the shared file is not this copy's history.
    for key in ("file_generation", "seen_chain", "quiet_hlc", "digests"):
        set_state(connection, key, "")
    return old


def next_stamp(connection: Connection, wall: datetime) -> str:
    """Advance and persist this laptop's clock; the caller's transaction keeps it atomic."""
    return sync_state.next_stamp(connection.exec_driver_sql, wall)


def observe_stamp(connection: Connection, seen: str | None,
                  wall: datetime | None = None) -> None:
    """Move this laptop's clock past `seen` (with `wall`: at most MAX_DRIFT ahead of it)."""
    current = get_state(connection, "hlc")
    after = hlc.observe(current, seen, wall)
    if after is not None and after != current:
        set_state(connection, "hlc", after)


# -- recording -------------------------------------------------------------------------------


def _wall(session: Session) -> datetime:
    clock: Clock = session.info.get(WALL_CLOCK_KEY, utc_now)
    return clock()


def _changed_fields(obj: Record) -> list[str]:
    state = inspect(obj)
    changed = []
    for key in synced_columns(type(obj)):
        history = state.attrs[key].history
        if history.has_changes() and list(history.added) != list(history.deleted):
            changed.append(key)
    return changed


def _list_changes(obj: Record, fields: list[str]) -> dict[str, tuple[list[Any], list[Any]]]:
    """Old and new value of each list field (emails, phones, sectors) among `fields`."""
    state = inspect(obj)
    changes = {}
    for key in fields:
        history = state.attrs[key].history
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if isinstance(old, list) or isinstance(new, list):
            changes[key] = (list(old or []), list(new or []))
    return changes


def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get("crm_sync_applying"):
        return
    created = [o for o in session.new if isinstance(o, Record) and type(o) in SYNCED_MODELS]
    edited: list[tuple[Record, list[str]]] = []
    for obj in session.dirty:
        if isinstance(obj, Record) and type(obj) in SYNCED_MODELS and obj not in session.new:
            fields = _changed_fields(obj)
            if fields:
                edited.append((obj, fields))
    if not created and not edited:
        return
    connection = session.connection()
    stamp = next_stamp(connection, _wall(session))
    for obj in created:
        _write_created(connection, obj.__tablename__, obj.id, stamp)
    for obj, fields in edited:
        record_edit(connection, obj.__tablename__, obj.id, fields, stamp,
                    _list_changes(obj, fields))


def _write_created(connection: Connection, table: str, row_id: str, stamp: str) -> None:
    connection.execute(
        text("INSERT INTO sync_row (table_name, row_id, base, fields, max_hlc) "
             "VALUES (:t, :r, :s, '{}', :s) ON CONFLICT(table_name, row_id) DO UPDATE SET "
             "base = excluded.base, fields = '{}', max_hlc = excluded.max_hlc"),
        {"t": table, "r": row_id, "s": stamp},
    )


def item_key(item: Any) -> str:
    """A list item as the key of its add/remove mark: a hash, so clocks hold no email or
    phone number themselves (and an erasure drops the marks altogether)."""
    data = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def drop_item_marks(connection: Connection, table: str, row_id: str) -> None:
    """Forget a row's list-item marks (GDPR erasure: nothing about the items may remain)."""
    encoded = connection.execute(
        select(SyncRow.fields).where(SyncRow.table_name == table, SyncRow.row_id == row_id)
    ).scalar()
    if not encoded:
        return
    entries = {k: v[:2] for k, v in json.loads(encoded).items()}
    connection.execute(
        text("UPDATE sync_row SET fields = :f WHERE table_name = :t AND row_id = :r"),
        {"f": json.dumps(entries, separators=(",", ":")), "t": table, "r": row_id})


def record_edit(
    connection: Connection, table: str, row_id: str, fields: Sequence[str], stamp: str,
    lists: Mapping[str, tuple[list[Any], list[Any]]] | None = None,
) -> None:
    """Stamp `fields` of one row; each keeps the stamp it replaced (to tell races apart)."""
    current = connection.execute(
        select(SyncRow.base, SyncRow.fields).where(
            SyncRow.table_name == table, SyncRow.row_id == row_id
        )
    ).first()
    if current is None:  # a row from before sync existed: its old values count as base
        _write_created(connection, table, row_id, stamp)
        return
    base, encoded = current
    entries: dict[str, list[Any]] = json.loads(encoded)
    device = device_id(connection)
    sent = get_state(connection, "sent_upto") or ""
    for field in fields:
        entry = entries.get(field, [base, ""])
        last, replaced = entry[:2]
        marks: dict[str, list[Any]] = {}
        if not (last.endswith(device) and last > sent):
            # This write knew `last` and everything `last` knew (else: keep what the first
            # unsent edit knew, since nobody saw ours).
            replaced = hlc.join_known(replaced, last)
        elif len(entry) > 2:
            marks = dict(entry[2])  # the unsent edits' adds and removes still count
        entries[field] = [stamp, replaced]
        if lists and field in lists:
            old, new = lists[field]
            for item in new:
                if item not in old:
                    marks[item_key(item)] = [stamp, 1]
            for item in old:
                if item not in new:
                    marks[item_key(item)] = [stamp, 0]
            if marks:
                entries[field].append(marks)
    connection.execute(
        text("UPDATE sync_row SET fields = :f, max_hlc = :s "
             "WHERE table_name = :t AND row_id = :r"),
        {"f": json.dumps(entries, separators=(",", ":"), ensure_ascii=False), "s": stamp,
         "t": table, "r": row_id},
    )


def install(factory: sessionmaker[Session]) -> None:
    """Register the change tracker on a session factory."""
    event.listen(factory, "after_flush", _after_flush)


def set_wall_clock(factory: sessionmaker[Session], clock: Clock) -> None:
    """Use `clock` instead of the system clock for new stamps (tests simulate skewed laptops)."""
    info = factory.kw.setdefault("info", {})
    info[WALL_CLOCK_KEY] = clock


def record_inserts(
    session: Session, model: type[Record], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Record bulk-inserted rows as created under one new stamp."""
    if not rows:
        return
    connection = session.connection()
    stamp = next_stamp(connection, _wall(session))
    raw = connection.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    table = model.__tablename__
    cursor.executemany(
        # An upsert, not a replace: a row already synced keeps its content hash as last
        # synced (crm_app/sync/rowhash.py) until the next sync hashes it again.
        "INSERT INTO sync_row (table_name, row_id, base, fields, max_hlc) "
        "VALUES (?, ?, ?, '{}', ?) ON CONFLICT (table_name, row_id) DO UPDATE SET "
        "base = excluded.base, fields = excluded.fields, max_hlc = excluded.max_hlc, "
        "erased = NULL",
        [(table, row["id"], stamp, stamp) for row in rows],
    )
    cursor.close()
