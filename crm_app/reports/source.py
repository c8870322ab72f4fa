"""Where a report's rows come from: one small set of reads, two ways to answer them.

`collect` turns rows into the report's values and never asks the database anything but the
reads of `Reader`. The app (and any caller holding a `Crm`) answers them through the ORM
(`orm_source.OrmSource`); the `crm report` command answers them with a few plain SQL
statements on an sqlite3 / sqlcipher3 connection (`sql_source.SqlSource`), so a report
process never imports SQLAlchemy. Both give rows with the ORM classes' attribute names and
Python values (aware UTC datetimes, dates, decoded JSON), so one `collect` serves both;
tests/reports/test_report_sources.py checks the two give the same report data.

No SQLAlchemy and no ReportLab here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any, Protocol

from crm_app.domain.clock import Clock

# A row: an ORM object, or a plain object with the same attribute names and values.
Row = Any
CHUNK = 500  # SQLite's parameter limit, with room


class Reader(Protocol):
    """The reads a report makes, inside one reading (a session, or a connection)."""

    def get(self, table: str, record_id: str) -> Row | None:
        """The row with that id (deleted ones too), or None."""

    def by_ids(self, table: str, ids: set[str]) -> list[Row]:
        """Rows whose id is one of `ids` (deleted ones too; empty ids ignored)."""

    def live_by(self, table: str, column: str, values: Sequence[str]) -> list[Row]:
        """Live rows (not in the Trash) whose `column` is one of `values` (at most CHUNK)."""

    def event_meetings(self, event_id: str) -> list[Row]:
        """The event's live meetings by start, then id."""

    def meeting_order(self, event_id: str) -> list[str]:
        """The ids of `event_meetings`, without reading the rows."""

    def addresses(self, contact_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
        """Live postal addresses of those contacts, in their order (address dicts)."""

    def open_followups(self, statuses: Sequence[str], owner_id: str | None,
                       event_id: str | None, date_from: date | None,
                       date_to: date | None) -> list[Row]:
        """Live follow-ups in `statuses` matching the filters, by due date (none last), title.
        The event filter takes follow-ups of the event's meetings, deleted meetings too."""

    def setting(self, key: str) -> Any:
        """A local setting's decoded JSON value, or None."""


class Source:
    """What a report is read from: a clock and readings."""

    clock: Clock

    def reading(self) -> AbstractContextManager[Reader]:
        raise NotImplementedError

    def today(self) -> date:
        return self.clock().date()

    def record_printed(self, records: Sequence[tuple[str, str]], at: datetime) -> None:
        """Audit log entries "printed" for (table, record id) pairs, one transaction per
        table (as `crm_app.services.privacy.audit.record_in`)."""
        raise NotImplementedError


def chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def by_table(records: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """Record ids grouped by table, in the order given."""
    tables: dict[str, list[str]] = {}
    for table, record_id in records:
        tables.setdefault(table, []).append(record_id)
    return tables
