"""The first sync of a laptop with no synced rows yet: every row of the file is inserted.

Inserting 445,000 rows one by one into tables whose secondary indexes, digest triggers and
full-text index are kept up to date row by row costs a minute at 100,000 contacts. Inside the
sync's one transaction this path instead:
- drops the non-unique secondary indexes of the synchronised tables and of `sync_row`, and
  creates them again from their own SQL after the load (one sort each instead of a b-tree
  insert per row);
- drops the `sync_row` digest triggers and adds the sums up once at the end
  (`rowhash.recount`), which gives the same sums the triggers would have kept;
- writes no search entry while rows arrive, and indexes every written record once at the end,
  after its organisation and addresses are in (the row-by-row path indexes a contact again
  when its addresses arrive);
- enlarges the page cache for the load and puts the setting back afterwards (temp_store
  cannot be changed inside a transaction).
What is stored is the same as on the row-by-row path (`tests/sync/test_bulk.py` compares
both). Schema changes are transactional in SQLite: a sync that fails midway rolls the
indexes and triggers back with the rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii
from typing import Any

from crm_app.db import search_index
from crm_app.db.changelog import synced_columns
from crm_app.db.models import SORT_KEY_COLUMNS, SYNCED_MODELS, Contact, Record, derived_sort_key
from crm_app.sync import rowhash
from crm_app.sync.digest import hash_parts, row_hash
from crm_app.sync.local import fields_text, insert_docs, org_names, required_defaults
from crm_app.sync.merge import Row
from crm_app.sync.snapshot import TableState, json_columns

Cursor = Any  # sqlite3.Cursor
BULK_FROM = 5000  # rows in the file: below this the row-by-row path is as quick
CACHE_KIB = 256 * 1024  # page cache during the load (the connection's own setting after)
TABLES = tuple(m.__tablename__ for m in SYNCED_MODELS)


@dataclass
class BulkLoad:
    indexes: list[str]  # CREATE INDEX statements of the indexes dropped for the load
    triggers: list[str]  # CREATE TRIGGER statements of the digest triggers dropped
    pragmas: dict[str, Any]  # settings to put back
    # values of the records written, per model, whose search entries `finish` writes
    written: dict[type[Record], dict[str, dict[str, Any]]] = field(default_factory=dict)

    def defer(self, model: type[Record], rows: dict[str, Row]) -> None:
        """Rows written now whose search entries are written at `finish`."""
        if model in search_index.INDEXED:
            self.written.setdefault(model, {}).update(
                (row_id, row.values) for row_id, row in rows.items())


def wanted(cursor: Cursor, rows_in_file: int) -> bool:
    """Whether this sync loads a file of many rows into a laptop holding no synced row and no
    search entry: every row it writes is then an insert."""
    if rows_in_file < BULK_FROM:
        return False
    return (cursor.execute("SELECT 1 FROM sync_row LIMIT 1").fetchone() is None
            and cursor.execute("SELECT 1 FROM search_doc LIMIT 1").fetchone() is None)


def start(cursor: Cursor) -> BulkLoad:
    marks = ",".join("?" * (len(TABLES) + 1))
    indexes = [(name, sql) for name, sql in cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY tbl_name, name", [*TABLES, "sync_row"])
        if not sql.lstrip().upper().startswith("CREATE UNIQUE")]
    triggers = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sync_row' "
        "AND name LIKE 'sync_row_hash_%' ORDER BY name").fetchall()
    pragmas = {name: cursor.execute(f"PRAGMA {name}").fetchone()[0]
               for name in ("cache_size",)}
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    for name, _sql in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
    for name, _sql in triggers:
        cursor.execute(f'DROP TRIGGER "{name}"')
    return BulkLoad([sql for _n, sql in indexes], [sql for _n, sql in triggers], pragmas)


def finish(cursor: Cursor, load: BulkLoad) -> None:
    """Indexes and triggers back, digest sums added up, every written record indexed."""
    for sql in load.indexes:
        cursor.execute(sql)
    for sql in load.triggers:
        cursor.execute(sql)
    rowhash.recount(cursor)
    _index_written(cursor, load.written)
    restore_settings(cursor, load)


def restore_settings(cursor: Cursor, load: BulkLoad) -> None:
    """The connection's page cache as it was (a PRAGMA is not rolled back with the
    transaction)."""
    for name, value in load.pragmas.items():
        cursor.execute(f"PRAGMA {name} = {int(value)}")


def json_text(value: Any) -> str:
    """What `json.dumps(value)` writes, a list of texts (emails, phones, sectors) joined here
    from the same C string encoder json.dumps uses."""
    if type(value) is list and all(type(item) is str for item in value):
        return f"[{', '.join(map(encode_basestring_ascii, value))}]"
    return json.dumps(value)


def write_table(cursor: Cursor, model: type[Record], state: TableState,
                load: BulkLoad) -> str:
    """Insert every row of the file's table into this laptop's empty one, with its clock and
    hash: what `local.write_rows` stores for rows that are all new, computed from the file's
    raw rows (values already in column order) without a `Row` or a dict per row. Returns the
    newest stamp written."""
    columns = synced_columns(model)
    assert state.columns == columns, "the file's rows are reshaped to this version's columns"
    table = model.__tablename__
    defaults = [(columns.index(key), value) for key, value in required_defaults(model)
                if key in columns]
    as_json = [i for i, name in enumerate(columns) if name in json_columns(model)]
    sort_inputs = sorted(SORT_KEY_COLUMNS.get(model, ()))
    sort_at = [columns.index(name) for name in sort_inputs]
    sorted_by = hasattr(model, "sort_key")
    keys: dict[tuple[Any, ...], str | None] = {}  # sort key per distinct name (pure)
    indexed = model in search_index.INDEXED
    written = load.written.setdefault(model, {}) if indexed else None
    inserts: list[list[Any]] = []
    clocks: list[tuple[Any, ...]] = []
    newest = ""
    for raw in state.rows.values():
        row_id, base, entries, erased, values = raw[0], raw[1], raw[2], raw[3], raw[4]
        if written is not None:
            written[row_id] = dict(zip(columns, values, strict=True))
        for at, default in defaults:  # a column the file was written without
            if values[at] is None:
                values = list(values)
                values[at] = default
        stored = list(values)
        for at in as_json:
            value = stored[at]
            if value is not None:
                stored[at] = json_text(value)
        if sorted_by:
            names = tuple(values[at] for at in sort_at)
            if names not in keys:
                keys[names] = derived_sort_key(model, dict(zip(sort_inputs, names, strict=True)))
            stored.append(keys[names])
        inserts.append([row_id, *stored])
        if entries:
            fields = {name: [v[0], v[1], v[2]] if len(v) > 2 and v[2] else [v[0], v[1]]
                      for name, v in sorted(entries.items())}
            stamp = max(base, *(v[0] for v in entries.values()))
            text = fields_text(fields)
        else:
            stamp, text = base, "{}"
        if erased and erased > stamp:
            stamp = erased
        if stamp > newest:
            newest = stamp
        clocks.append((table, row_id, base, text, stamp, erased,
                       *hash_parts(row_hash(row_id, values))))
    if inserts:
        insert_names = [*columns, *(["sort_key"] if sorted_by else [])]
        cursor.executemany(
            f"INSERT INTO {table} (id, {', '.join(insert_names)}) "
            f"VALUES ({', '.join('?' * (len(insert_names) + 1))})", inserts)
        # The table's clocks are new too (this laptop has none): plain inserts.
        cursor.executemany(
            "INSERT INTO sync_row (table_name, row_id, base, fields, max_hlc, erased, "
            "vh1, vh2, vh3, vh4) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", clocks)
    return newest


def _index_written(cursor: Cursor, written: dict[type[Record], dict[str, dict[str, Any]]]
                   ) -> None:
    names = org_names(cursor)
    for model, kind in search_index.INDEXED.items():
        rows = written.get(model)
        if not rows:
            continue
        places = _all_address_texts(cursor) if model is Contact else {}
        docs: list[tuple[str, str, str]] = []
        for row_id, values in rows.items():
            if values.get("deleted_at") is not None:
                continue
            org = names.get(values.get("organisation_id") or "", "") if kind == "contact" else ""
            docs.append((row_id, *search_index.document(kind, values, org,
                                                        places.get(row_id, ""))))
        if docs:
            insert_docs(cursor, kind, docs)


def _all_address_texts(cursor: Cursor) -> dict[str, str]:
    """Search words of every live address, per contact (one pass, in each one's order)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for cid, street, city, postcode, region, label in cursor.execute(
            "SELECT contact_id, street, city, postcode, region, label FROM contact_address "
            "WHERE deleted_at IS NULL ORDER BY contact_id, position"):
        found.setdefault(cid, []).append({"street": street, "city": city, "postcode": postcode,
                                          "region": region, "label": label})
    return {cid: search_index.address_text(items) for cid, items in found.items()}
