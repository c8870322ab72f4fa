"""A streamed import writes its undo journal chunk by chunk (`import_journal_part`), so a big
file's ids are never all in memory; undo reads the parts and still puts back exactly what
the import changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_app.db.io_models import ImportJournalPart
from crm_app.domain.errors import DomainError
from crm_app.io import stream_import
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm
from tests.io.test_stream_import import person, write


def _parts(crm: Crm) -> int:
    with crm.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(ImportJournalPart)) or 0)


def _live(crm: Crm) -> list[tuple[str, list[str], str]]:
    found = []
    for item in crm.contacts.list(limit=10_000):
        full = crm.contacts.get(item["id"])
        found.append((full["family_name"], full["phones"], full["notes"]))
    return sorted(found)


def test_undo_of_a_chunked_import_removes_what_it_created_and_restores_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream_import, "CHUNK", 10)
    crm = Crm.open(tmp_path / "crm.sqlite3")
    crm.contacts.create({"given_name": "Anna1", "family_name": "Rossi1",
                         "emails": ["anna1@example.it"], "notes": "before"})
    before = _live(crm)
    rows = [person(n) for n in range(45)]
    rows.append(person(1, phone="+39 02 7000001", note="again, chunk 5"))  # existing, again
    rows.append(person(3, phone="+39 02 7000003", note="later"))  # chunk 1's new contact
    path = write(tmp_path / "big.csv", rows)
    service = ImportExport(crm)
    _done, applied = service.import_file(path, on_duplicate="merge")
    assert applied is not None
    assert applied["created"]["contact"] == 44  # Anna1 exists already
    assert applied["updated"] == 3  # Anna1 in chunks 1 and 5, Anna3 (created) in chunk 5
    assert _parts(crm) == 4  # chunks 1-4; the last chunk is the batch row's own journal
    anna1 = next(c for c in _live(crm) if c[0] == "Rossi1")
    assert anna1[1] == ["+39027000001"] and "again, chunk 5" in anna1[2]

    service.undo_last()
    assert _live(crm) == before  # Anna1 as before both chunks changed her; Anna3 gone too
    assert service.last_import() is None


def test_undo_refuses_when_a_record_of_an_earlier_part_was_edited(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream_import, "CHUNK", 5)
    crm = Crm.open(tmp_path / "crm.sqlite3")
    path = write(tmp_path / "c.csv", [person(n) for n in range(23)])
    service = ImportExport(crm)
    service.import_file(path)
    assert _parts(crm) == 4
    first = next(c for c in crm.contacts.list(limit=100) if c["family_name"] == "Rossi0")
    crm.contacts.update(first["id"], {"notes": "edited after the import"})
    with pytest.raises(DomainError, match="1 imported record"):
        service.undo_last()
    assert len(crm.contacts.list(limit=100)) == 23


def test_old_batches_take_their_parts_with_them(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_app.io import apply

    monkeypatch.setattr(stream_import, "CHUNK", 5)
    monkeypatch.setattr(apply, "KEEP_BATCHES", 1)
    crm = Crm.open(tmp_path / "crm.sqlite3")
    service = ImportExport(crm)
    service.import_file(write(tmp_path / "a.csv", [person(n) for n in range(12)]))
    assert _parts(crm) == 2
    service.import_file(write(tmp_path / "b.csv", [person(n) for n in range(100, 107)]))
    assert _parts(crm) == 1  # the first batch was dropped with its two parts


def test_an_encrypted_database_streams_and_undoes_alike(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLCipher keeps the index's temporary tables in memory; the import is the same."""
    monkeypatch.setattr(stream_import, "CHUNK", 10)
    crm = Crm.open(tmp_path / "enc.sqlite3", key="correct horse battery staple 12345")
    try:
        rows = [person(n) for n in range(25)] + [person(3, phone="+39 02 7000003")]
        service = ImportExport(crm)
        _done, applied = service.import_file(write(tmp_path / "c.csv", rows))
        assert applied is not None and applied["created"]["contact"] == 25
        assert applied["updated"] == 1 and _parts(crm) == 2
        anna = next(c for c in _live(crm) if c[0] == "Rossi3")
        assert anna[1] == ["+39027000003"]
        service.undo_last()
        assert _live(crm) == []
    finally:
        crm.close()
