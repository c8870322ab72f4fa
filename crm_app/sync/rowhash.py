"""This laptop's half of the digest proof, kept at the cost of the rows a sync touches.

Every `sync_row` keeps the 128-bit hash of its row's values as they were when this laptop
last merged them with the shared file (four 32-bit parts, so SQLite can add them up without
overflow). A sync hashes again the rows it wrote, the rows edited here since the last sync,
and any row without a hash yet (a database from before this column). Triggers keep the sums
per table in `sync_digest`, so a table's digest is read, not computed. Until a sync hashes
it again, a row edited here keeps the hash of the version the shared file holds: that is what
a sync subtracts from the file's digest when it replaces that version
(`Snapshot.merged_digests`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any

from crm_app.db.changelog import synced_columns
from crm_app.db.models import SYNCED_MODELS
from crm_app.sync.digest import MODULUS, hash_parts, row_hash
from crm_app.sync.local import load_values

Cursor = Any  # sqlite3.Cursor
BATCH = 500
WHOLE_TABLE_FROM = 2000  # rows to hash before reading a whole table can be cheaper
MODELS = {m.__tablename__: m for m in SYNCED_MODELS}


def _join(parts: Sequence[int | None]) -> int:
    a, b, c, d = (int(p or 0) for p in parts)
    return ((a << 96) + (b << 64) + (c << 32) + d) % MODULUS


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]


def stored(cursor: Cursor, table: str, ids: Sequence[str]) -> dict[str, int]:
    """The kept hashes of these rows (rows never hashed are left out)."""
    found: dict[str, int] = {}
    for chunk in _chunks(ids):
        for row_id, *parts in cursor.execute(
                "SELECT row_id, vh1, vh2, vh3, vh4 FROM sync_row WHERE table_name = ? AND "
                f"vh1 IS NOT NULL AND row_id IN ({','.join('?' * len(chunk))})",
                [table, *chunk]):
            found[row_id] = _join(parts)
    return found


def refresh(cursor: Cursor, hashed: Mapping[str, Collection[str]], since_stamp: str,
            *, everything: bool = False) -> int:
    """Hash again the rows edited here after `since_stamp` and those never hashed (every row
    with `everything`), except those `hashed` already: the rows this sync wrote, whose
    hashes `local.write_rows` stored with their clocks. Returns how many were hashed."""
    ensure(cursor)
    wanted: dict[str, set[str]] = {}
    query = ("SELECT table_name, row_id FROM sync_row" if everything else
             "SELECT table_name, row_id FROM sync_row WHERE max_hlc > ? UNION "
             "SELECT table_name, row_id FROM sync_row WHERE vh1 IS NULL")
    for table, row_id in cursor.execute(query, () if everything else (since_stamp,)):
        wanted.setdefault(table, set()).add(row_id)
    if not everything:
        for table, ids in hashed.items():
            if table in wanted and ids:
                wanted[table].difference_update(ids)
    done = 0
    for table, ids in wanted.items():
        model = MODELS.get(table)
        if model is None:
            continue
        columns = synced_columns(model)
        ordered = sorted(ids)
        # Many rows (a first sync): one pass over the table beats hundreds of lookups. The
        # count is a scan of its own, so a sync touching a few rows does not ask for it.
        whole = everything or (len(ordered) > WHOLE_TABLE_FROM and len(ordered) > cursor.execute(
            f"SELECT count(*) FROM {table}").fetchone()[0] // 4)
        values = load_values(cursor, model, None if whole else ordered)
        params = []
        for row_id in ordered:
            row = values.get(row_id)
            # A change record whose row is gone counts for nothing (hash 0), like a row the
            # file does not hold.
            value = row_hash(row_id, [row.get(c) for c in columns]) if row is not None else 0
            params.append((*hash_parts(value), table, row_id))
        cursor.executemany("UPDATE sync_row SET vh1 = ?, vh2 = ?, vh3 = ?, vh4 = ? "
                           "WHERE table_name = ? AND row_id = ?", params)
        done += len(params)
    return done


def ensure(cursor: Cursor) -> None:
    """A `sync_digest` row for every synchronised table (before any hash is set there)."""
    cursor.executemany("INSERT OR IGNORE INTO sync_digest (table_name) VALUES (?)",
                       [(table,) for table in MODELS])


def digests(cursor: Cursor) -> dict[str, str]:
    """Per synchronised table, the sum of the kept hashes (as the file's digests are written)."""
    sums = {table: _join(parts) for table, *parts in cursor.execute(
        "SELECT table_name, s1, s2, s3, s4 FROM sync_digest")}
    return {table: f"{sums.get(table, 0):032x}" for table in MODELS}


def recount(cursor: Cursor) -> None:
    """The sums added up again from every row (after a repair: whatever went wrong, the
    kept sums then match the kept hashes)."""
    cursor.execute("DELETE FROM sync_digest")
    ensure(cursor)
    cursor.execute(
        "UPDATE sync_digest SET (s1, s2, s3, s4) = (SELECT coalesce(sum(vh1), 0), "
        "coalesce(sum(vh2), 0), coalesce(sum(vh3), 0), coalesce(sum(vh4), 0) FROM sync_row "
        "WHERE sync_row.table_name = sync_digest.table_name)")
