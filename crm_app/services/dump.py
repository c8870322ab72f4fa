"""Canonical JSON of all live data, with stable ordering, to compare two databases (the audit
log is not data and is left out)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from crm_app.db.database import Database
from crm_app.db.models import SYNCED_MODELS, AuditEntry
from crm_app.services.records import row_to_dict


def dump_data(db: Database) -> dict[str, list[dict[str, Any]]]:
    result: dict[str, list[dict[str, Any]]] = {}
    with db.session() as session:
        for model in SYNCED_MODELS:
            if model is AuditEntry:
                continue  # a log of who did what, not data: `crm privacy audit` shows it
            query = select(model).where(model.deleted_at.is_(None)).order_by(model.id)
            result[model.__tablename__] = [row_to_dict(obj) for obj in session.scalars(query)]
    return result


def dump_json(db: Database) -> str:
    return json.dumps(dump_data(db), ensure_ascii=False, sort_keys=True, indent=1)
