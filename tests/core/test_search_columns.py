"""The columns a sync reindexes on are exactly the ones each search document is made of."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import JSON

from crm_app.db import search_index
from crm_app.db.changelog import synced_columns

NOT_TEXT = {"organisation_id", "deleted_at"}  # an organisation's name; removal of the entry


def _sample(model: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in synced_columns(model):
        column = model.__table__.columns[name]
        values[name] = [f"{name}-item"] if isinstance(column.type, JSON) else f"{name}-value"
    return values


@pytest.mark.parametrize("model, kind", list(search_index.INDEXED.items()))
def test_indexed_columns_are_the_document_inputs(model: Any, kind: str) -> None:
    base = _sample(model)
    indexed = search_index.INDEXED_COLUMNS[kind]
    before = search_index.document(kind, base, "Org")
    for name in synced_columns(model):
        changed = {**base, name: ([f"{name}-other"] if isinstance(base[name], list)
                                  else f"{name}-other")}
        differs = search_index.document(kind, changed, "Org") != before
        if name in NOT_TEXT:
            assert name in indexed
        elif name in indexed:
            assert differs, f"{kind}.{name} is listed but not indexed"
        else:
            assert not differs, f"{kind}.{name} is indexed but not listed"
