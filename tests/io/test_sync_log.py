"""Imports, undo and merges reach the sync change log (sync_row), like edits in the app."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from crm_app.io.service import ImportExport
from crm_app.services import merge
from crm_app.services.crm import Crm


def _logged(crm: Crm) -> dict[tuple[str, str], dict[str, object]]:
    with crm.db.session() as session:
        rows = session.execute(text("SELECT table_name, row_id, fields FROM sync_row"))
        return {(r.table_name, r.row_id): json.loads(r.fields) for r in rows}


def test_import_undo_and_merge_are_logged(crm: Crm, io: ImportExport, fixtures: Path) -> None:
    result = io.apply(io.preview_file(fixtures / "iphone_3.0.vcf"))
    logged = _logged(crm)
    with crm.db.session() as session:
        for table in ("contact", "organisation", "tag", "contact_tag"):
            ids = [r[0] for r in session.execute(text(f"SELECT id FROM {table}"))]
            assert len(ids) == result["created"][table]
            assert all((table, i) in logged for i in ids), table
    io.undo_last()
    after_undo = _logged(crm)
    contacts = [key for key in after_undo if key[0] == "contact"]
    assert all("deleted_at" in after_undo[key] for key in contacts)

    keep = crm.contacts.create({"given_name": "Anna", "family_name": "Verdi"})
    other = crm.contacts.create({"given_name": "Anna", "family_name": "Verdi",
                                 "job_title": "CEO", "tags": ["VIP"]})
    before = _logged(crm)
    merge.merge_contacts(crm.db, keep["id"], other["id"])
    merged = _logged(crm)
    assert "job_title" in merged[("contact", keep["id"])]
    assert "deleted_at" in merged[("contact", other["id"])]
    new_links = set(merged) - set(before)
    kinds = [key[0] for key in new_links if key[0] != "audit_entry"]  # the audit log travels too
    assert kinds == ["contact_tag"]  # the kept contact's tag link
