"""Many new rows into one table, stored exactly as a Core `insert(table)` executemany stores
them, without SQLAlchemy's per-row parameter work.

On a 100,000-row import SQLAlchemy spent more time building each row's parameters (a dict
per row, a type processor call per value) than SQLite spent writing them. Here each column's
own bind processor (the one Core would call) runs once per distinct date or time (every row
of an import has the same `created_at`), once per run of rows holding the same object (the
rows are not changed while they are written) and once per other value, and the rows go to the
DBAPI cursor as tuples. Anything this path does not reproduce exactly (rows with different
keys, a column left to a default Core computes per row) goes through Core as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

_MEMO_TYPES = (datetime, date, time)
_NOTHING = object()


def _values(processor: Callable[[Any], Any] | None, values: list[Any]) -> list[Any]:
    if processor is None:
        return values
    memo: dict[Any, Any] = {}
    out = []
    last: Any = _NOTHING
    last_out: Any = None
    for value in values:
        if value is last:  # the same object as the row before (audit entries' `fields`)
            out.append(last_out)
            continue
        if value is None or isinstance(value, _MEMO_TYPES):
            if value not in memo:
                memo[value] = processor(value)
            last_out = memo[value]
        else:
            last_out = processor(value)
        last = value
        out.append(last_out)
    return out


def _plain(table: Table, rows: Sequence[Mapping[str, Any]]
           ) -> tuple[list[str], dict[str, Any]] | None:
    """The rows' keys, and the scalar defaults Core would add for the columns they leave out
    (consent_scope=""), when the fast path stores what Core would; else None."""
    keys = list(rows[0])
    wanted = set(keys)
    if not wanted <= set(table.c.keys()):
        return None
    filled: dict[str, Any] = {}
    for column in table.c:
        if column.key in wanted:
            continue
        if column.onupdate is not None:
            return None
        default = column.default
        if default is not None:
            if not getattr(default, "is_scalar", False):
                return None  # a callable or SQL default: Core computes it per row
            filled[column.key] = getattr(default, "arg", None)
    if any(row.keys() != wanted for row in rows):
        return None
    return keys, filled


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]],
                skip_conflicts: bool = False) -> None:
    """INSERT every row (INSERT ... ON CONFLICT DO NOTHING with `skip_conflicts`) in the
    connection's transaction."""
    if not rows:
        return
    plain = _plain(table, rows)
    if plain is None:
        statement = sqlite_insert(table).on_conflict_do_nothing() if skip_conflicts \
            else insert(table)
        connection.execute(statement, list(rows))
        return
    given, filled = plain
    dialect = connection.dialect
    columns = [_values(table.c[key].type._cached_bind_processor(dialect),
                       [row[key] for row in rows]) for key in given]
    columns += [_values(table.c[key].type._cached_bind_processor(dialect),
                        [value] * len(rows)) for key, value in filled.items()]
    keys = [*given, *filled]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.c[k].name) for k in keys)})"
           f" VALUES ({', '.join('?' for _ in keys)})"
           + (" ON CONFLICT DO NOTHING" if skip_conflicts else ""))
    raw = connection.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.executemany(sql, list(zip(*columns, strict=True)))
    finally:
        cursor.close()
