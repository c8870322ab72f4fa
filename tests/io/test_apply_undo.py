"""Applying is one transaction that keeps the search index right; duplicates in the file and
in the database follow --on-duplicate; the last import can be undone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_app.domain.errors import DomainError
from crm_app.io import apply as apply_module
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Mario;;;\r\nORG:Rossi SpA\r\nTITLE:CEO\r\n"
    "EMAIL:mario@rossi.example.it\r\nTEL:+39 02 1234567\r\nCATEGORIES:Fiera\r\n"
    "ADR:;;;;;;Italy\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Mario;;;\r\nEMAIL:mario@rossi.example.it\r\n"
    "TEL:+39 333 7654321\r\nCATEGORIES:VIP\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Verdi;Anna;;;\r\nEMAIL:anna@verdi.example.it\r\n"
    "END:VCARD\r\n"
)


@pytest.fixture
def cards(tmp_path: Path) -> Path:
    path = tmp_path / "cards.vcf"
    path.write_text(CARDS, "utf-8")
    return path


def test_same_person_twice_in_a_file_is_combined(crm: Crm, io: ImportExport,
                                                 cards: Path) -> None:
    preview = io.preview_file(cards)
    assert [r.action for r in preview.rows] == ["create", "skip", "create"]
    assert preview.rows[1].reason == "same person as line 1; combined with it"
    io.apply(preview)
    rossi = next(c for c in crm.contacts.list() if c["family_name"] == "Rossi")
    rossi = crm.contacts.get(rossi["id"])
    assert rossi["phones"] == ["+39021234567", "+393337654321"]
    assert rossi["tags"] == ["Fiera", "VIP"]
    assert [h.title for h in crm.search.search("rossi", kinds=("contact",))] == ["Mario Rossi"]


def test_on_duplicate_skip_update_merge(crm: Crm, io: ImportExport, tmp_path: Path) -> None:
    existing = crm.contacts.create({"given_name": "Mario", "family_name": "Rossi",
                                    "job_title": "Sales", "country": "IT",
                                    "emails": ["mario@rossi.example.it"], "notes": "old note"})
    path = tmp_path / "one.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Mario;;Dott.;\r\nTITLE:CEO\r\n"
                    "EMAIL:mario@rossi.example.it\r\nEMAIL:m.rossi@gmail.example.com\r\n"
                    "NOTE:new note\r\nCATEGORIES:VIP\r\nEND:VCARD\r\n", "utf-8")
    skip = io.preview_file(path, on_duplicate="skip")
    assert skip.rows[0].action == "skip"
    assert skip.rows[0].reason == "already in the database (same email mario@rossi.example.it)"
    merge = io.preview_file(path, on_duplicate="merge").rows[0]
    assert merge.action == "merge" and merge.target_id == existing["id"]
    assert merge.values == {"honorific": "Dott.",
                            "emails": ["mario@rossi.example.it", "m.rossi@gmail.example.com"],
                            "notes": "old note\n\nnew note"}
    update = io.preview_file(path, on_duplicate="update")
    assert update.rows[0].values["job_title"] == "CEO"
    io.apply(update)
    after = crm.contacts.get(existing["id"])
    assert (after["job_title"], after["honorific"], after["tags"]) == ("CEO", "Dott.", ["VIP"])
    assert after["emails"] == ["mario@rossi.example.it", "m.rossi@gmail.example.com"]
    assert crm.contacts.count() == 1


def test_failure_in_the_middle_changes_nothing(crm: Crm, io: ImportExport, cards: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    crm.contacts.create({"family_name": "Existing"})
    before = dump_json(crm.db)
    preview = io.preview_file(cards)
    real = apply_module.bulk_insert
    calls = []

    def failing(session, model, rows, org_names=None,  # type: ignore[no-untyped-def]
                addresses=None):
        calls.append(model.__tablename__)
        if model.__tablename__ == "contact_tag":
            raise RuntimeError("disk full")
        real(session, model, rows, org_names, addresses)

    monkeypatch.setattr(apply_module, "bulk_insert", failing)
    with pytest.raises(RuntimeError):
        io.apply(preview)
    assert "contact" in calls  # contacts were written, then rolled back
    assert dump_json(crm.db) == before
    assert io.last_import() is None
    assert crm.search.search("rossi") == []


def test_undo_last_import(crm: Crm, io: ImportExport, cards: Path, tmp_path: Path) -> None:
    kept = crm.contacts.create({"given_name": "Anna", "family_name": "Verdi",
                                "emails": ["anna@verdi.example.it"], "job_title": "CFO"})
    before = dump_json(crm.db)
    io.apply(io.preview_file(cards, on_duplicate="update"))
    assert crm.contacts.count() == 2
    assert crm.contacts.get(kept["id"])["job_title"] == "CFO"  # nothing new for Anna
    undone = io.undo_last()
    assert undone["undone_at"] is not None
    assert dump_json(crm.db) == before  # created rows to the Trash, tags and org too
    assert crm.search.search("rossi") == []
    with pytest.raises(DomainError, match="no import to undo"):
        io.undo_last()


def test_undo_puts_back_updated_values(crm: Crm, io: ImportExport, tmp_path: Path) -> None:
    existing = crm.contacts.create({"given_name": "Mario", "family_name": "Rossi",
                                    "emails": ["mario@rossi.example.it"], "tags": ["Old"]})
    before = dump_json(crm.db)
    path = tmp_path / "one.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Mario;;;\r\nTITLE:CEO\r\n"
                    "ORG:New Org\r\nEMAIL:mario@rossi.example.it\r\nCATEGORIES:Old,New\r\n"
                    "END:VCARD\r\n", "utf-8")
    io.apply(io.preview_file(path, on_duplicate="update"))
    changed = crm.contacts.get(existing["id"])
    assert changed["job_title"] == "CEO" and changed["tags"] == ["New", "Old"]
    assert changed["organisation_id"] is not None
    io.undo_last()
    assert without_stamps(dump_json(crm.db)) == without_stamps(before)
    assert crm.contacts.get(existing["id"])["updated_at"] > existing["updated_at"]  # for sync


def without_stamps(dump: str) -> dict[str, list[dict[str, object]]]:
    data = json.loads(dump)
    return {table: [{k: v for k, v in row.items() if k != "updated_at"} for row in rows]
            for table, rows in data.items()}


def test_undo_refused_when_edited_after(crm: Crm, io: ImportExport, cards: Path) -> None:
    io.apply(io.preview_file(cards))
    rossi = next(c for c in crm.contacts.list() if c["family_name"] == "Rossi")
    crm.contacts.update(rossi["id"], {"job_title": "Chairman"})
    before = dump_json(crm.db)
    with pytest.raises(DomainError, match="changed after the import"):
        io.undo_last()
    assert dump_json(crm.db) == before


def test_a_similar_name_only_warns(crm: Crm, io: ImportExport, tmp_path: Path) -> None:
    """'Maria Rossi' is not 'Mario Rossi': created, with a warning for the duplicate review."""
    crm.contacts.create({"given_name": "Mario", "family_name": "Rossi", "country": "IT"})
    path = tmp_path / "maria.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Maria;;;\r\nADR:;;;;;;Italia\r\n"
                    "END:VCARD\r\n", "utf-8")
    (row,) = io.preview_file(path).rows
    assert row.action == "create"
    assert row.warnings == ["looks like Mario Rossi (similar name (90%) in the same country)"]


def test_only_a_short_history_of_imports_is_kept(crm: Crm, io: ImportExport) -> None:
    from sqlalchemy import func, select

    from crm_app.db.io_models import ImportBatch

    for number in range(apply_module.KEEP_BATCHES + 2):
        io.apply(io.preview_text(f"MECARD:N:Person{number},Anna;;", "qr"))
    with crm.db.session() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == \
            apply_module.KEEP_BATCHES
    io.undo_last()
    io.undo_last()  # the one before can be undone too
    assert crm.contacts.count() == apply_module.KEEP_BATCHES
