"""This laptop's side of a sync: read rows and their clocks, write merged rows back.

Everything here runs on the raw SQLite connection inside the sync's one transaction, moving
values in SQLite's storage form, so a sync of 100,000 rows costs a few statements per table.
Written rows never pass the ORM flush, so they are not stamped again as local edits; the
search index is kept in step through `crm_app.db.search_index`.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

import orjson

from crm_app.db import search_index
from crm_app.db.changelog import synced_columns
from crm_app.db.models import (
    SORT_KEY_COLUMNS,
    Contact,
    ContactAddress,
    Organisation,
    Record,
    derived_sort_key,
)
from crm_app.sync.digest import hash_parts, row_hash
from crm_app.sync.merge import Row
from crm_app.sync.snapshot import encode_fields, json_columns

Cursor = Any  # sqlite3.Cursor
ClockEntry = tuple[str, str, str | None]  # base, fields JSON, erased
BATCH = 500


def _chunks(items: Sequence[str], size: int = BATCH) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def load_clocks(cursor: Cursor) -> dict[str, dict[str, ClockEntry]]:
    result: dict[str, dict[str, ClockEntry]] = {}
    for table, row_id, base, fields, erased in cursor.execute(
        "SELECT table_name, row_id, base, fields, erased FROM sync_row"
    ):
        result.setdefault(table, {})[row_id] = (base, fields, erased)
    return result


def load_clocks_for(cursor: Cursor, table: str, ids: Sequence[str]) -> dict[str, ClockEntry]:
    result: dict[str, ClockEntry] = {}
    for chunk in _chunks(ids):
        for row_id, base, fields, erased in cursor.execute(
            "SELECT row_id, base, fields, erased FROM sync_row WHERE table_name = ? AND row_id "
            f"IN ({','.join('?' * len(chunk))})", [table, *chunk]
        ):
            result[row_id] = (base, fields, erased)
    return result


def load_recent_clocks(cursor: Cursor, after: str) -> dict[str, dict[str, ClockEntry]]:
    """Rows stamped after `after`: this laptop's edits since its last sync."""
    result: dict[str, dict[str, ClockEntry]] = {}
    for table, row_id, base, fields, erased in cursor.execute(
        "SELECT table_name, row_id, base, fields, erased FROM sync_row WHERE max_hlc > ?",
        (after,),
    ):
        result.setdefault(table, {})[row_id] = (base, fields, erased)
    return result


def clock_row(entry: ClockEntry, values: dict[str, Any]) -> Row:
    """A local row: its clock entry from `sync_row` and its values."""
    base, fields, erased = entry
    parsed = json.loads(fields) if fields != "{}" else {}
    return Row(base, {k: (v[0], v[1]) for k, v in parsed.items()}, erased, values,
               {k: v[2] for k, v in parsed.items() if len(v) > 2 and v[2]})


def same_clock(entry: ClockEntry, raw: list[Any]) -> bool:
    base, fields, erased = entry
    if base != raw[1] or erased != raw[3]:
        return False
    remote = raw[2] or {}
    if fields == "{}":
        return not remote
    return bool(json.loads(fields) == remote)


def load_values(
    cursor: Cursor, model: type[Record], ids: Sequence[str] | None
) -> dict[str, dict[str, Any]]:
    """Values of the given rows (all rows when `ids` is None) in the file's value form."""
    columns = synced_columns(model)
    as_json = [i for i, c in enumerate(columns) if c in json_columns(model)]
    select = f"SELECT id, {', '.join(columns)} FROM {model.__tablename__}"
    batches: Iterable[Any]
    if ids is None:
        batches = [cursor.execute(select).fetchall()]
    else:
        batches = (
            cursor.execute(f"{select} WHERE id IN ({','.join('?' * len(chunk))})",
                           list(chunk)).fetchall()
            for chunk in _chunks(ids)
        )
    result: dict[str, dict[str, Any]] = {}
    for batch in batches:
        for row in batch:
            values = list(row[1:])
            for i in as_json:
                if values[i] is not None:
                    values[i] = [] if values[i] == "[]" else json.loads(values[i])
            result[row[0]] = dict(zip(columns, values, strict=True))
    return result


def required_defaults(model: type[Record]) -> list[tuple[str, Any]]:
    """Required columns' model defaults: a value ("" for consent_scope) or a fresh one from
    its factory ([] for value_labels, a column added after the file was written)."""
    found = []
    for column in model.__table__.columns:
        default = column.default
        if column.nullable or default is None:
            continue
        if default.is_scalar:
            found.append((column.key, default.arg))
        elif default.is_callable and not column.primary_key:
            empty = default.arg(None)
            if isinstance(empty, list | dict):  # not a moment or an id made at insert
                found.append((column.key, empty))
    return found


def _with_defaults(defaults: list[tuple[str, Any]], values: dict[str, Any]) -> dict[str, Any]:
    """The values as they will read back: a file written before a column existed carries no
    value for it, and a required column takes its model default (consent_scope = "") instead
    of failing the whole sync."""
    missing = [(key, default) for key, default in defaults if values.get(key) is None]
    return {**values, **dict(missing)} if missing else values


def _storage_values(
    model: type[Record], filled: dict[str, Any], as_json: frozenset[str],
    only: Sequence[str] | None = None, *, with_key: bool = True,
) -> dict[str, Any]:
    """The row's values as SQLite stores them (JSON columns as text, plus its sort key);
    with `only`, those columns alone (and the sort key only `with_key`): an update writes the
    changed columns, and most updates leave the name, so its transliteration is not redone."""
    stored = dict(filled) if only is None else {name: filled[name] for name in only}
    for name in as_json:
        value = stored.get(name)
        if value is not None:
            # Most list columns of most rows are empty: "[]" is what json.dumps writes.
            stored[name] = "[]" if value == [] else json.dumps(value)
    key = derived_sort_key(model, filled) if with_key else None
    if key is not None:
        stored["sort_key"] = key
    return stored


def write_rows(
    cursor: Cursor, model: type[Record], rows: dict[str, Row],
    before: dict[str, dict[str, Any]], *, reindex: bool = True,
) -> None:
    """Write rows merged from the shared file: new ones inserted, existing ones (whose old
    values are in `before`) updated in the columns that changed only, so untouched indexes
    and search entries are left alone. Each row's clock is written with the hash of the
    values it now holds (see `crm_app.sync.rowhash`), so a sync need not read them back.
    Without `reindex` the search entries are left to the caller (`crm_app.sync.bulk`)."""
    if not rows:
        return
    columns = synced_columns(model)
    sorted_by = hasattr(model, "sort_key")
    sort_inputs = SORT_KEY_COLUMNS.get(model, frozenset())
    table = model.__tablename__
    as_json = json_columns(model)
    kind = search_index.INDEXED.get(model)
    indexed = search_index.INDEXED_COLUMNS.get(kind or "", frozenset())
    inserts = []
    updates: dict[tuple[str, ...], list[list[Any]]] = {}
    changed_rows: dict[str, Row] = {}
    hashes: dict[str, int] = {}
    defaults = required_defaults(model)
    for row_id, row in rows.items():
        filled = _with_defaults(defaults, row.values)
        hashes[row_id] = row_hash(row_id, [filled.get(c) for c in columns])
        old = before.get(row_id)
        if old is None:
            stored = _storage_values(model, filled, as_json)
            inserts.append([row_id, *(stored.get(c) for c in columns),
                            *([stored["sort_key"]] if sorted_by else [])])
            changed_rows[row_id] = row
            continue
        changed = tuple(c for c in columns if old.get(c) != row.values.get(c))
        if not changed:
            continue  # only clocks moved
        renamed = sorted_by and bool(sort_inputs.intersection(changed))
        stored = _storage_values(model, filled, as_json, changed, with_key=renamed)
        if renamed:
            changed = (*changed, "sort_key")
        updates.setdefault(changed, []).append([*(stored[c] for c in changed), row_id])
        if kind is None or indexed.intersection(changed):
            changed_rows[row_id] = row  # its search entry changes
    if inserts:
        names = [*columns, *(["sort_key"] if sorted_by else [])]
        cursor.executemany(
            f"INSERT INTO {table} (id, {', '.join(names)}) "
            f"VALUES ({', '.join('?' * (len(names) + 1))})", inserts)
    for changed, params in updates.items():
        assignments = ", ".join(f"{c} = ?" for c in changed)
        params.sort(key=_last)  # by id: neighbouring rows share pages
        cursor.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", params)
    write_clocks(cursor, table, rows, hashes)
    if reindex:
        _reindex(cursor, model, changed_rows, before.keys())


def _last(params: list[Any]) -> Any:
    return params[-1]


def write_clocks(cursor: Cursor, table: str, rows: dict[str, Row],
                 hashes: dict[str, int]) -> None:
    """Upserts: the triggers on `sync_row` move the table's digest by each hash's change."""
    cursor.executemany(
        "INSERT INTO sync_row (table_name, row_id, base, fields, max_hlc, erased, "
        "vh1, vh2, vh3, vh4) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET "
        "base = excluded.base, fields = excluded.fields, max_hlc = excluded.max_hlc, "
        "erased = excluded.erased, vh1 = excluded.vh1, vh2 = excluded.vh2, "
        "vh3 = excluded.vh3, vh4 = excluded.vh4",
        [(table, row_id, row.base, _fields_json(row) if row.fields else "{}",
          row.max_stamp(), row.erased, *hash_parts(hashes[row_id]))
         for row_id, row in sorted(rows.items())],  # by key: neighbouring rows share pages
    )


def _fields_json(row: Row) -> str:
    """The clock's fields as JSON, compact with non-ASCII kept (what json.dumps with
    separators=(",", ":") and ensure_ascii=False writes), by orjson: a first sync writes
    hundreds of thousands."""
    return fields_text(encode_fields(row))


def fields_text(fields: dict[str, list[Any]]) -> str:
    """`encode_fields`' result as `_fields_json` writes it."""
    try:
        return orjson.dumps(fields).decode()
    except (orjson.JSONEncodeError, UnicodeDecodeError):  # e.g. a lone surrogate
        return json.dumps(fields, separators=(",", ":"), ensure_ascii=False)


def org_names(cursor: Cursor) -> dict[str, str]:
    return dict(cursor.execute(
        "SELECT id, name FROM organisation WHERE deleted_at IS NULL").fetchall())


def _address_texts(cursor: Cursor, contact_ids: Sequence[str]) -> dict[str, str]:
    """Search words of the live addresses of these contacts."""
    found: dict[str, list[dict[str, Any]]] = {}
    for chunk in _chunks(contact_ids):
        for cid, street, city, postcode, region, label in cursor.execute(
                "SELECT contact_id, street, city, postcode, region, label FROM contact_address "
                f"WHERE deleted_at IS NULL AND contact_id IN ({','.join('?' * len(chunk))}) "
                "ORDER BY position", list(chunk)).fetchall():
            found.setdefault(cid, []).append({"street": street, "city": city,
                                              "postcode": postcode, "region": region,
                                              "label": label})
    return {cid: search_index.address_text(items) for cid, items in found.items()}


def _reindex(
    cursor: Cursor, model: type[Record], rows: dict[str, Row], existing: Collection[str]
) -> None:
    if model is ContactAddress:  # a contact is found by its addresses: refresh those
        owners = sorted({str(r.values.get("contact_id")) for r in rows.values()
                         if r.values.get("contact_id")})
        if owners:
            write_docs_for(cursor, load_values(cursor, Contact, owners))
        return
    kind = search_index.INDEXED.get(model)
    if kind is None:
        return
    names = org_names(cursor) if kind == "contact" else {}
    places = _address_texts(cursor, list(rows)) if kind == "contact" else {}
    fresh: list[tuple[str, str, str]] = []
    for row_id, row in rows.items():
        if row.values.get("deleted_at") is not None:
            continue
        org = names.get(row.values.get("organisation_id") or "", "")
        title, body = search_index.document(kind, row.values, org, places.get(row_id, ""))
        fresh.append((row_id, title, body))
    _replace_docs(cursor, kind, [row_id for row_id in rows if row_id in existing], fresh)
    if model is Organisation:
        # Contacts are found by their organisation's name: refresh those of renamed ones.
        members = [
            r[0] for chunk in _chunks(list(rows))
            for r in cursor.execute(
                "SELECT id FROM contact WHERE deleted_at IS NULL AND organisation_id IN "
                f"({','.join('?' * len(chunk))})", list(chunk)).fetchall()
        ]
        if members:
            values = load_values(cursor, Contact, members)
            write_docs_for(cursor, values)


def write_docs_for(cursor: Cursor, contacts: dict[str, dict[str, Any]]) -> None:
    names = org_names(cursor)
    places = _address_texts(cursor, list(contacts))
    docs = []
    for row_id, values in contacts.items():
        if values.get("deleted_at") is not None:
            continue
        org = names.get(values.get("organisation_id") or "", "")
        docs.append((row_id, *search_index.document("contact", values, org,
                                                    places.get(row_id, ""))))
    _replace_docs(cursor, "contact", list(contacts), docs)


def _replace_docs(cursor: Cursor, kind: str, existing: Sequence[str],
                  docs: list[tuple[str, str, str]]) -> None:
    """Search entries of these records as `docs` says: (record_id, title, body) of the live
    ones; `existing` names those that may have an entry already. An entry whose text is the
    same is left alone, a changed one is updated in place (one FTS5 update instead of a
    delete and an insert in both tables), a deleted record's entry is removed."""
    current: dict[str, tuple[int, str | None, str | None]] = {}
    for chunk in _chunks(existing):
        for record_id, doc_id, title, body in cursor.execute(
                "SELECT d.record_id, d.doc_id, f.title, f.body FROM search_doc d "
                "LEFT JOIN search_fts f ON f.rowid = d.doc_id "
                f"WHERE d.record_id IN ({','.join('?' * len(chunk))})", list(chunk)):
            current[record_id] = (doc_id, title, body)
    live = {doc[0] for doc in docs}
    lost = [record_id for record_id, found in current.items()
            if record_id not in live or found[1] is None]  # deleted, or without its entry
    _remove_docs(cursor, lost)
    changed, fresh = [], []
    for record_id, title, body in docs:
        found = current.get(record_id)
        if found is None or found[1] is None:
            fresh.append((record_id, title, body))
        elif (found[1], found[2]) != (title, body):
            changed.append((title, body, found[0]))
    # In rowid order: FTS5 writes its pending terms out as a new segment whenever a write's
    # rowid is lower than the previous one's, so 10,000 updates in random order made
    # thousands of tiny segments (and merges of them).
    changed.sort(key=lambda entry: entry[2])
    cursor.executemany("UPDATE search_fts SET title = ?, body = ? WHERE rowid = ?", changed)
    if fresh:
        insert_docs(cursor, kind, fresh)


def _remove_docs(cursor: Cursor, row_ids: Sequence[str]) -> None:
    found = sorted(  # in rowid order, as `_replace_docs` updates
        doc for chunk in _chunks(row_ids) for doc in cursor.execute(
            f"SELECT doc_id FROM search_doc WHERE record_id IN ({','.join('?' * len(chunk))})",
            list(chunk)).fetchall())
    cursor.executemany("DELETE FROM search_fts WHERE rowid = ?", found)
    cursor.executemany("DELETE FROM search_doc WHERE doc_id = ?", found)


def insert_docs(cursor: Cursor, kind: str, docs: list[tuple[str, str, str]]) -> None:
    (last,) = cursor.execute("SELECT coalesce(max(doc_id), 0) FROM search_doc").fetchone()
    numbered = [(last + i, *doc) for i, doc in enumerate(docs, start=1)]
    cursor.executemany("INSERT INTO search_doc (doc_id, record_id, kind) VALUES (?, ?, ?)",
                       [(n[0], n[1], kind) for n in numbered])
    cursor.executemany("INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
                       [(n[0], n[2], n[3]) for n in numbered])
