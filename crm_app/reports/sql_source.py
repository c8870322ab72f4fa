"""The reads of `source.Reader` with plain SQL on an sqlite3 (or sqlcipher3) connection.

`crm report` prints from here without importing SQLAlchemy (its ORM alone costs about half a
second of a one-second command). Only a file already at the head migration is read this way:
`SqlSource.open` answers None for anything else (missing, not at head, unreadable), and the
command then opens the database as every command does (`Database.open`, which migrates).

Each statement is the one the ORM emits for the same read (`orm_source`), so SQLite returns
rows in the same order, and each value is converted as the ORM's column types convert it
(`DATETIME_COLUMNS` and the others; tests/reports/test_report_sources.py checks them against
the mapping and compares the two sources' report data and PDFs on random databases). The
"printed" audit entries are written as `crm_app.services.privacy.audit.record` writes them.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from crm_app.db import sync_state
from crm_app.domain.address import FIELDS as ADDRESS_FIELDS
from crm_app.domain.clock import Clock, utc_now
from crm_app.reports.source import Reader, Row, Source, by_table

# The columns of the tables a report reads whose ORM type is not text or integer.
DATETIME_COLUMNS = frozenset({"created_at", "updated_at", "deleted_at", "starts_at",
                              "completed_at"})
DATE_COLUMNS = frozenset({"first_met_on", "consent_date", "consent_expires", "start_date",
                          "end_date", "due_date"})
JSON_COLUMNS = frozenset({"sectors", "emails", "phones", "value_labels"})
BOOLEAN_COLUMNS = frozenset({"all_day"})
TABLES = frozenset({"contact", "contact_address", "event", "event_delegate", "follow_up",
                    "meeting", "meeting_participant", "organisation", "staff_member"})


def _value(column: str, raw: Any) -> Any:
    if raw is None:
        return None
    if column in DATETIME_COLUMNS:
        return datetime.fromisoformat(raw).replace(tzinfo=UTC)
    if column in DATE_COLUMNS:
        return date.fromisoformat(raw)
    if column in JSON_COLUMNS:
        return json.loads(raw)
    if column in BOOLEAN_COLUMNS:
        return bool(raw)
    return raw


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [SimpleNamespace(**{n: _value(n, v) for n, v in zip(names, raw, strict=True)})
            for raw in cursor.fetchall()]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


def _table(name: str) -> str:
    if name not in TABLES:
        raise ValueError(f"not a report table: {name}")
    return name


def stored_datetime(moment: datetime) -> str:
    """An aware datetime as the ORM's UTC column stores it (naive UTC, microseconds)."""
    utc = moment.astimezone(UTC)
    return (f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d} {utc.hour:02d}:{utc.minute:02d}:"
            f"{utc.second:02d}.{utc.microsecond:06d}")


class SqlReader:
    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def _select(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        return _rows(self.connection.execute(sql, tuple(params)))

    def get(self, table: str, record_id: str) -> Row | None:
        found = self._select(f"SELECT * FROM {_table(table)} WHERE {table}.id = ?", [record_id])
        return found[0] if found else None

    def by_ids(self, table: str, ids: set[str]) -> list[Row]:
        wanted = sorted(i for i in ids if i)
        found: list[Row] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found.extend(self._select(
                f"SELECT * FROM {_table(table)} WHERE {table}.id IN ({_marks(chunk)})", chunk))
        return found

    def live_by(self, table: str, column: str, values: Sequence[str]) -> list[Row]:
        if not column.isidentifier():
            raise ValueError(column)
        return self._select(f"SELECT * FROM {_table(table)} WHERE {table}.{column} IN "
                            f"({_marks(values)}) AND {table}.deleted_at IS NULL", values)

    def event_meetings(self, event_id: str) -> list[Row]:
        return self._select("SELECT * FROM meeting WHERE meeting.event_id = ? AND "
                            "meeting.deleted_at IS NULL ORDER BY meeting.starts_at, meeting.id",
                            [event_id])

    def meeting_order(self, event_id: str) -> list[str]:
        return [str(r[0]) for r in self.connection.execute(
            "SELECT meeting.id FROM meeting WHERE meeting.event_id = ? AND meeting.deleted_at "
            "IS NULL ORDER BY meeting.starts_at, meeting.id", (event_id,))]

    def addresses(self, contact_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
        # as crm_app.services.addresses.addresses_by_contact
        sql = "SELECT * FROM contact_address WHERE contact_address.deleted_at IS NULL"
        params: list[str] = []
        if len(contact_ids) <= 500:
            params = sorted(contact_ids)
            sql += f" AND contact_address.contact_id IN ({_marks(params)})"
        sql += (" ORDER BY contact_address.contact_id, contact_address.position, "
                "contact_address.created_at")
        found: dict[str, list[dict[str, Any]]] = {}
        for row in self._select(sql, params):
            if row.contact_id in contact_ids:
                found.setdefault(row.contact_id, []).append(
                    {"id": row.id, **{name: getattr(row, name) for name in ADDRESS_FIELDS}})
        return found

    def open_followups(self, statuses: Sequence[str], owner_id: str | None,
                       event_id: str | None, date_from: date | None,
                       date_to: date | None) -> list[Row]:
        sql = (f"SELECT * FROM follow_up WHERE follow_up.deleted_at IS NULL AND "
               f"follow_up.status IN ({_marks(statuses)})")
        params: list[object] = list(statuses)
        if owner_id:
            sql += " AND follow_up.owner_id = ?"
            params.append(owner_id)
        if event_id:
            sql += (" AND follow_up.meeting_id IN (SELECT meeting.id FROM meeting "
                    "WHERE meeting.event_id = ?)")
            params.append(event_id)
        if date_from:
            sql += " AND follow_up.due_date >= ?"
            params.append(date_from.isoformat())
        if date_to:
            sql += " AND follow_up.due_date <= ?"
            params.append(date_to.isoformat())
        sql += (" ORDER BY follow_up.due_date IS NULL, follow_up.due_date, "
                "follow_up.title")
        return self._select(sql, params)

    def setting(self, key: str) -> Any:
        row = self.connection.execute("SELECT value FROM app_setting WHERE key = ?",
                                      (key,)).fetchone()
        return json.loads(row[0]) if row is not None else None


def record_audit(connection: Any, action: str, table: str, row_ids: Sequence[str],
                 at: datetime, wall: Clock = utc_now) -> None:
    """`audit.record(connection, action, table, row_ids, at=at)` (no field names) in the
    caller's transaction, with plain SQL."""
    if not row_ids:
        return
    value = SqlReader(connection).setting("profile")
    staff = str(value.get("staff_id") or "") if isinstance(value, dict) else ""
    device = sync_state.device_id(connection.execute)
    when = stored_datetime(at)
    entries = [(str(uuid.uuid4()), when, when, when, device, staff, action, table, row_id,
                "[]") for row_id in row_ids]
    connection.executemany(
        "INSERT INTO audit_entry (id, at, created_at, updated_at, device_id, staff_id, action, "
        "table_name, row_id, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
    stamp = sync_state.next_stamp(connection.execute, wall())
    connection.executemany(
        "INSERT INTO sync_row (table_name, row_id, base, fields, max_hlc, erased) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [("audit_entry", e[0], stamp, "{}", stamp, None) for e in entries])


def _heads() -> frozenset[str]:
    from crm_app.db.migrate import scanned_heads

    return scanned_heads()


class SqlSource(Source):
    """A database file at the head migration, read and audited with plain SQL."""

    def __init__(self, connection: Any, clock: Clock = utc_now) -> None:
        self.connection = connection
        self.clock = clock

    @classmethod
    def open(cls, path: Path, key: str | None = None, clock: Clock = utc_now
             ) -> SqlSource | None:
        """The file read directly, or None when it must go through `Database.open` (missing,
        not plain / encrypted as `key` says, not at the head migration, unreadable)."""
        from crm_app.db.database_file import busy_timeout_ms, file_state, set_pragmas

        state = file_state(path)
        if state != ("plain" if key is None else "encrypted"):
            return None
        try:
            if key is None:
                connection: Any = sqlite3.connect(path, timeout=busy_timeout_ms() / 1000,
                                                  check_same_thread=False)
            else:
                from crm_app.db import cipher

                connection = cipher.connect(path, key)
        except Exception:  # a wrong key, a damaged file: the usual path says what is wrong
            return None
        try:
            set_pragmas(connection)
            versions = {str(r[0]) for r in connection.execute(
                "SELECT version_num FROM alembic_version")}
            if not versions or versions != _heads():
                connection.close()
                return None
        except Exception:
            connection.close()
            return None
        return cls(connection, clock)

    @contextmanager
    def reading(self) -> Iterator[Reader]:
        yield SqlReader(self.connection)

    def record_printed(self, records: Sequence[tuple[str, str]], at: datetime) -> None:
        for table, ids in by_table(records).items():
            with self.connection:  # one transaction per table, as audit.record_in
                record_audit(self.connection, "printed", table, ids, at)

    def close(self) -> None:
        self.connection.close()
