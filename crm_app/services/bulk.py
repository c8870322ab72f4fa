"""Fast inserts of many new records (demo data, imports) that still keep every invariant:
derived columns, the search index and the sync change log, all in the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from crm_app.db import changelog, search_index
from crm_app.db.models import Contact, Organisation, Record, StaffMember
from crm_app.domain.normalise import sort_key


def _with_sort_key(model: type[Record], row: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(row)
    if model is Contact:
        latin = " ".join(
            p for p in (row.get("family_name_latin"), row.get("given_name_latin")) if p
        )
        out["sort_key"] = sort_key(latin) if latin else sort_key(
            row.get("family_name"), row.get("given_name")
        )
    elif model is Organisation:
        out["sort_key"] = sort_key(row.get("name_latin") or row.get("name"))
    elif model is StaffMember:
        out["sort_key"] = sort_key(row.get("name"))
    return out


def bulk_insert(
    session: Session,
    model: type[Record],
    rows: Sequence[Mapping[str, Any]],
    org_names: Mapping[str, str] | None = None,
) -> None:
    """Insert already-validated rows (with ids and timestamps). `org_names` feeds contact search."""
    if not rows:
        return
    prepared = [_with_sort_key(model, r) for r in rows]
    session.execute(insert(model), prepared)
    kind = search_index.INDEXED.get(model)
    if kind is not None:
        names = org_names or {}
        docs = []
        for row in prepared:
            org = names.get(row.get("organisation_id") or "", "") if kind == "contact" else ""
            title, body = search_index.document(kind, row, org)
            docs.append((row["id"], title, body))
        search_index.bulk_insert(session.connection(), kind, docs)
    changelog.record_inserts(session, model, prepared)
