"""The conflict list: same-field races the merge decided, kept so the user can flip them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, TypeDecorator, select
from sqlalchemy.orm import Session

from crm_app.db import changelog
from crm_app.db.database import Database
from crm_app.db.sync_models import SyncConflict
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.errors import DomainError, NotFound
from crm_app.sync.snapshot import MODEL_BY_TABLE

STORAGE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"


def describe(conflict: SyncConflict) -> dict[str, Any]:
    return {
        "id": conflict.id, "table": conflict.table_name, "row_id": conflict.row_id,
        "field": conflict.field, "mine": json.loads(conflict.mine_value),
        "theirs": json.loads(conflict.theirs_value), "kept": conflict.kept,
        "mine_stamp": conflict.mine_hlc, "theirs_stamp": conflict.theirs_hlc,
        "detected_at": conflict.detected_at.isoformat(timespec="seconds"),
        "resolved_at": conflict.resolved_at.isoformat(timespec="seconds")
        if conflict.resolved_at else None,
    }


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    with db.session() as session:
        query = select(SyncConflict).order_by(SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        return [describe(c) for c in session.scalars(query)]


def count_open(connection: Connection) -> int:
    return int(connection.exec_driver_sql(
        "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").scalar() or 0)


def to_python(model: type[Any], field: str, value: Any) -> Any:
    """A value in the shared file's form, as the ORM attribute wants it."""
    if value is None:
        return None
    kind = model.__table__.columns[field].type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, DateTime):
        parsed = (datetime.strptime(value, STORAGE_DATETIME) if "." in value
                  else datetime.fromisoformat(value))
        return parsed.replace(tzinfo=UTC)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    return value


def resolve(db: Database, conflict_id: int, keep: str, clock: Clock = utc_now) -> dict[str, Any]:
    """Keep one side: write it as a new edit (so every laptop follows) and close the item."""
    if keep not in ("mine", "theirs"):
        raise DomainError("--keep must be 'mine' or 'theirs'")
    with db.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound("conflict", str(conflict_id))
        if conflict.resolved_at is not None:
            raise DomainError("conflict {record_id} is already resolved",
                              record_id=conflict_id)
        model = MODEL_BY_TABLE[conflict.table_name]
        obj = session.get(model, conflict.row_id)
        if obj is None:
            raise NotFound(conflict.table_name, conflict.row_id)
        chosen = json.loads(conflict.mine_value if keep == "mine" else conflict.theirs_value)
        now = clock()
        # The user's choice must win over both sides, even one stamped by a clock far ahead.
        changelog.observe_stamp(session.connection(), max(conflict.mine_hlc,
                                                          conflict.theirs_hlc))
        _set(session, obj, conflict.field, to_python(model, conflict.field, chosen), now)
        for other in session.scalars(select(SyncConflict).where(
            SyncConflict.table_name == conflict.table_name,
            SyncConflict.row_id == conflict.row_id, SyncConflict.field == conflict.field,
            SyncConflict.resolved_at.is_(None),
        )):
            other.resolved_at = now
        return describe(conflict)


def _set(session: Session, obj: Any, field: str, value: Any, now: datetime) -> None:
    if getattr(obj, field) != value:
        setattr(obj, field, value)
        obj.updated_at = now
        session.flush()  # the change log stamps the field as a new edit
        return
    # Already the applied value: stamp it anew anyway so the other laptops close theirs too.
    connection = session.connection()
    stamp = changelog.next_stamp(connection, now)
    changelog.record_edit(connection, obj.__tablename__, obj.id, [field], stamp)


def close_superseded(connection: Connection, now: datetime) -> None:
    """Open conflicts whose field has since been written again are settled by that write."""
    rows = connection.exec_driver_sql(
        "SELECT c.id, c.field, c.mine_hlc, c.theirs_hlc, r.base, r.fields, r.erased "
        "FROM sync_conflict c JOIN sync_row r ON r.table_name = c.table_name "
        "AND r.row_id = c.row_id WHERE c.resolved_at IS NULL").fetchall()
    settled, erased_rows = [], []
    for conflict_id, field, mine, theirs, base, fields, erased in rows:
        if erased:
            erased_rows.append(conflict_id)  # holds personal data that must go
            continue
        entry = json.loads(fields).get(field)
        current = entry[0] if entry else base
        if current > max(mine, theirs):
            settled.append(conflict_id)
    if erased_rows:
        connection.exec_driver_sql(
            f"DELETE FROM sync_conflict WHERE id IN ({','.join('?' * len(erased_rows))})",
            tuple(erased_rows))
    if settled:
        stamp = now.astimezone(UTC).strftime(STORAGE_DATETIME)
        connection.exec_driver_sql(
            f"UPDATE sync_conflict SET resolved_at = ? WHERE id IN "
            f"({','.join('?' * len(settled))})", (stamp, *settled))
