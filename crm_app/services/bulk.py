"""Fast inserts of many new records (demo data, imports) that still keep every invariant:
derived columns, the search index and the sync change log, all in the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from crm_app.db import changelog, search_index
from crm_app.db.models import Base, Record, derived_sort_key
from crm_app.db.rows_insert import insert_rows


def _with_sort_key(model: type[Record], row: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(row)
    key = derived_sort_key(model, row)
    if key is not None:
        out["sort_key"] = key
    return out


def bulk_insert(
    session: Session,
    model: type[Record],
    rows: Sequence[Mapping[str, Any]],
    org_names: Mapping[str, str] | None = None,
    addresses: Mapping[str, str] | None = None,
) -> None:
    """Insert already-validated rows (with ids and timestamps). `org_names` and `addresses`
    (contact id -> search_index.address_text of its addresses) feed contact search."""
    if not rows:
        return
    prepared = [_with_sort_key(model, r) for r in rows]
    # Core executemany on the table (the ORM bulk path splits rows into small statements),
    # with the parameters built once per column rather than by Core per row
    table = Base.metadata.tables[model.__tablename__]
    insert_rows(session.connection(), table, prepared)
    kind = search_index.INDEXED.get(model)
    if kind is not None:
        names = org_names or {}
        docs = []
        for row in prepared:
            org = names.get(row.get("organisation_id") or "", "") if kind == "contact" else ""
            where = (addresses or {}).get(row["id"], "") if kind == "contact" else ""
            title, body = search_index.document(kind, row, org, where)
            docs.append((row["id"], title, body))
        search_index.bulk_insert(session.connection(), kind, docs)
    changelog.record_inserts(session, model, prepared)
