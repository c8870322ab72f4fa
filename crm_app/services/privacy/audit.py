"""Writing and reading the audit log (`crm_app.db.privacy_models.AuditEntry`).

Edits are recorded by a session listener (`install`, called once by the services factory
`crm_app.services.crm.Crm`, which the app and the CLI build at their entry point), in the same
transaction as the edit: created, changed (with the field names), deleted (to the Trash),
restored. Actions that are not edits (exported, printed, merged, erased, anonymised, renewed)
are recorded by the service that does them (`record`). Who: the staff member of this laptop's
profile and the laptop's device id.

Every entry gets a change record (`sync_row`) under a new clock stamp when it is written, so
it travels through the shared file like any synchronised row; entries never change, so the
merge only ever adds the other laptops' entries (a set union).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, inspect, literal_column, select
from sqlalchemy.orm import Session, sessionmaker

from crm_app.db import changelog
from crm_app.db.database import Database
from crm_app.db.models import SYNCED_MODELS, AppSetting, Base, Record, new_id
from crm_app.db.privacy_models import AuditEntry
from crm_app.db.rows_insert import insert_rows
from crm_app.db.session_hooks import listen_once
from crm_app.db.sync_models import SyncRow
from crm_app.domain.clock import Clock, utc_now

ACTIONS = ("created", "changed", "deleted", "restored", "exported", "printed", "merged",
           "erased", "anonymised", "renewed", "imported")
SKIPPED_FIELDS = frozenset({"id", "sort_key", "created_at", "updated_at"})
# A session whose `info` names an action (`crm_app.sync.erasure` sets "erased") records
# every row of its flushes under that action instead of created/changed.
ACTION_KEY = "crm_audit_action"
CSV_COLUMNS = ("at", "action", "table", "record_id", "fields", "staff_id", "device_id")


def _who(connection: Connection) -> tuple[str, str]:
    value = connection.execute(
        select(AppSetting.value).where(AppSetting.key == "profile")).scalar()
    try:
        profile = json.loads(value) if value else {}
    except ValueError:
        profile = {}
    staff = str(profile.get("staff_id") or "") if isinstance(profile, dict) else ""
    return staff, changelog.device_id(connection)


def record(connection: Connection, action: str, table: str, row_ids: Iterable[str],
           fields: Sequence[str] = (), at: datetime | None = None,
           wall: Clock = utc_now) -> None:
    """Append one entry per row, in the caller's transaction. `at` is the time the entry
    shows (the service's clock); `wall` drives the sync stamp (the laptop's clock)."""
    if action not in ACTIONS:
        raise ValueError(action)
    ids = list(row_ids)
    if not ids:
        return
    staff, device = _who(connection)
    when = at or utc_now()
    names = sorted(fields)  # one list for every entry: its JSON is written once per run
    rows = [{"id": new_id(), "at": when, "created_at": when, "updated_at": when,
             "device_id": device, "staff_id": staff, "action": action, "table_name": table,
             "row_id": i, "fields": names} for i in ids]
    # Core-equivalent inserts on the tables: the ORM's bulk path costs ~10x per row on a big
    # import, and Core's per-row parameter work as much as SQLite's writing
    insert_rows(connection, Base.metadata.tables[AuditEntry.__tablename__], rows)
    stamp = changelog.next_stamp(connection, wall())
    sync_rows = Base.metadata.tables[SyncRow.__tablename__]
    insert_rows(connection, sync_rows, [
        {"table_name": AuditEntry.__tablename__, "row_id": r["id"], "base": stamp,
         "fields": "{}", "max_hlc": stamp, "erased": None} for r in rows], skip_conflicts=True)


def record_in(db: Database, action: str, table: str, row_ids: Iterable[str],
              fields: Sequence[str] = (), at: datetime | None = None) -> None:
    with db.engine.begin() as connection:
        record(connection, action, table, row_ids, fields, at)


def _changes(obj: Record) -> tuple[str, list[str]] | None:
    state = inspect(obj)
    changed = []
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if attr.key not in SKIPPED_FIELDS and history.has_changes() and \
                list(history.added) != list(history.deleted):
            changed.append(attr.key)
    if not changed:
        return None
    if changed == ["deleted_at"]:
        return ("deleted" if obj.deleted_at is not None else "restored"), []
    return "changed", changed


def _audited(obj: object) -> bool:
    return isinstance(obj, Record) and type(obj) in SYNCED_MODELS and \
        not isinstance(obj, AuditEntry)


def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get("crm_sync_applying"):
        return
    pending: list[tuple[str, Record, list[str]]] = []
    for obj in session.new:
        if _audited(obj):
            assert isinstance(obj, Record)
            pending.append(("created", obj, []))
    for obj in session.dirty:
        if _audited(obj) and obj not in session.new:
            assert isinstance(obj, Record)
            found = _changes(obj)
            if found:
                pending.append((found[0], obj, found[1]))
    if not pending:
        return
    named = session.info.get(ACTION_KEY)  # a flush that is one named action (an erasure)
    if named in ACTIONS:
        pending = [(action if action == "created" else str(named), obj, fields)
                   for action, obj, fields in pending]
    connection = session.connection()
    wall: Clock = session.info.get(changelog.WALL_CLOCK_KEY, utc_now)
    for action, obj, fields in pending:
        # The service stamps updated_at with its own clock: the entry shares that time.
        record(connection, action, obj.__tablename__, [obj.id], fields,
               obj.updated_at or utc_now(), wall)


def install(factory: sessionmaker[Session]) -> None:
    """Record every edit made through sessions of `factory` (once per factory)."""
    listen_once(factory, "after_flush", _after_flush)


# -- reading ---------------------------------------------------------------------------------


def entries(db: Database, since: date | None = None, until: date | None = None,
            row_id: str | None = None) -> list[dict[str, Any]]:
    """Entries from `since` to `until` (whole days, UTC), oldest first."""
    query = select(AuditEntry)
    if since:
        query = query.where(AuditEntry.at >= datetime.combine(since, time(0), UTC))
    if until:
        end = datetime.combine(until + timedelta(days=1), time(0), UTC)
        query = query.where(AuditEntry.at < end)
    if row_id:
        query = query.where(AuditEntry.row_id == row_id)
    with db.session() as session:
        return [{"at": e.at.isoformat(), "action": e.action, "table": e.table_name,
                 "record_id": e.row_id, "fields": list(e.fields), "staff_id": e.staff_id,
                 "device_id": e.device_id}
                # Same instant: the order they were written in (SQLite's rowid).
                for e in session.scalars(query.order_by(
                    AuditEntry.at, literal_column("audit_entry.rowid")))]


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([" ".join(row[c]) if c == "fields" else row[c] for c in CSV_COLUMNS])
    return out.getvalue()
