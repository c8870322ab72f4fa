"""Table files stream: the preview counts every row but keeps a few, the import reads the
file again in chunks, and the result is the same as reading the whole file at once."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.domain.errors import DomainError
from crm_app.io import stream_import
from crm_app.io.apply import apply_import
from crm_app.io.preview import build_preview
from crm_app.io.service import ImportExport, read_file
from crm_app.services.crm import Crm

HEADER = ["First Name", "Last Name", "Company", "E-mail Address", "Mobile Phone",
          "Business Street", "Business City", "Business Country/Region", "Categories", "Notes"]


def person(n: int, email: str | None = None, phone: str = "", tag: str = "Fair",
           note: str = "", street: str = "") -> list[str]:
    return [f"Anna{n}", f"Rossi{n}", f"Company {n % 7}", email or f"anna{n}@example.it",
            phone, street, "Milano" if street else "", "Italy", tag, note]


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def people(crm: Crm) -> list[dict[str, Any]]:
    """What a person would compare: names, emails, phones, tags, notes, addresses, company."""
    found = []
    for item in crm.contacts.list(limit=100_000):
        full = crm.contacts.get(item["id"])
        org = full["organisation_id"]
        found.append({
            "name": (full["given_name"], full["family_name"]),
            "emails": full["emails"], "phones": full["phones"], "notes": full["notes"],
            "tags": sorted(full["tags"]) if "tags" in full else None,
            "addresses": sorted((a["kind"], a["street"], a["city"]) for a in full["addresses"]),
            "organisation": crm.organisations.get(org)["name"] if org else ""})
    return sorted(found, key=lambda p: p["name"])


def whole_file(tmp_path: Path, path: Path, name: str) -> Crm:
    """The import as the whole-file path does it (every row in memory)."""
    crm = Crm.open(tmp_path / name)
    preview = build_preview(crm.db, read_file(path), str(path))
    with crm.db.session() as session:
        apply_import(session, preview)
    return crm


def test_a_person_twice_in_different_chunks_becomes_one_contact(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream_import, "CHUNK", 10)
    rows = [person(n) for n in range(40)]
    rows.append(person(3, phone="+39 333 1234567", tag="Investor", note="Met again in Milan",
                       street="Via Roma 1"))  # line 42: anna3 again, 3 chunks later
    path = write(tmp_path / "twice.csv", rows)
    crm = Crm.open(tmp_path / "stream.sqlite3")
    _done, applied = ImportExport(crm).import_file(path)
    assert applied is not None and applied["created"]["contact"] == 40
    anna = next(p for p in people(crm) if p["name"] == ("Anna3", "Rossi3"))
    assert anna["phones"] == ["+393331234567"]
    assert anna["tags"] == ["Fair", "Investor"]
    assert "Met again in Milan" in anna["notes"]
    assert anna["addresses"] == [("work", "Via Roma 1", "Milano")]
    assert people(crm) == people(whole_file(tmp_path, path, "whole.sqlite3"))


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chunk=st.integers(min_value=1, max_value=12),
       repeats=st.lists(st.integers(min_value=0, max_value=19), max_size=8))
def test_chunked_import_equals_the_whole_file(tmp_path_factory: pytest.TempPathFactory,
                                              chunk: int, repeats: list[int]) -> None:
    folder = tmp_path_factory.mktemp("chunks")
    rows = [person(n) for n in range(20)]
    rows += [person(n, phone=f"+39 02 {7000000 + i}", tag=f"T{i}", note=f"again {i}")
             for i, n in enumerate(repeats)]
    path = write(folder / "file.csv", rows)
    saved = stream_import.CHUNK
    stream_import.CHUNK = chunk
    try:
        crm = Crm.open(folder / "stream.sqlite3")
        ImportExport(crm).import_file(path)
    finally:
        stream_import.CHUNK = saved
    assert people(crm) == people(whole_file(folder, path, "whole.sqlite3"))


def test_preview_counts_every_row_but_keeps_only_a_few(tmp_path: Path) -> None:
    rows = [person(n) for n in range(300)]
    rows += [["", "", "", "", "", "", "", "", "", "a row with only a note"]] * 5  # refused
    rows.append(person(7))  # the same person again: skipped, combined
    path = write(tmp_path / "many.csv", rows)
    crm = Crm.open(tmp_path / "crm.sqlite3")
    table = stream_import.open_table(path, "csv")
    preview = stream_import.preview_table(crm.db, table, str(path), shown=20)
    whole = build_preview(crm.db, read_file(path), str(path))
    assert preview.counts() == whole.counts()
    assert preview.total() == 306 and not preview.complete
    assert len(preview.rows) <= 60
    assert {r.line for r in preview.rows if r.action == "refuse"} == {302, 303, 304, 305, 306}
    assert crm.contacts.list() == []  # a preview writes nothing


def test_a_file_changed_after_its_preview_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", [person(n) for n in range(5)])
    crm = Crm.open(tmp_path / "crm.sqlite3")
    service = ImportExport(crm)
    preview = service.preview_file(path)
    write(path, [person(n) for n in range(6)])  # saved again from the spreadsheet
    with pytest.raises(DomainError, match="changed since its preview"):
        service.apply(preview)
    assert crm.contacts.list() == []


def test_a_cancelled_import_leaves_nothing(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream_import, "CHUNK", 10)
    path = write(tmp_path / "c.csv", [person(n) for n in range(50)])
    crm = Crm.open(tmp_path / "crm.sqlite3")
    service = ImportExport(crm)
    preview = service.preview_file(path)
    stop = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 20:
            stop.set()

    with pytest.raises(stream_import.ImportCancelled):
        service.apply(preview, progress=progress, stop=stop)
    assert seen[0] == (10, 50)  # rows done of the rows the preview counted
    assert crm.contacts.list() == []
    assert service.last_import() is None


def test_an_organisation_repeated_across_chunks_keeps_both_notes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream_import, "CHUNK", 3)
    company = ["", "", "Takeda Pharmaceutical", "", "", "", "", "Japan", "", ""]
    rows = [[*company[:9], "Osaka office"], *[person(n) for n in range(6)],
            [*company[:9], "Tokyo office"]]
    path = write(tmp_path / "orgs.csv", rows)
    crm = Crm.open(tmp_path / "crm.sqlite3")
    ImportExport(crm).import_file(path)
    takeda = [o for o in crm.organisations.list() if o["name"] == "Takeda Pharmaceutical"]
    assert len(takeda) == 1
    notes = crm.organisations.get(takeda[0]["id"])["notes"]
    assert "Osaka office" in notes and "Tokyo office" in notes


def test_nothing_importable_writes_no_batch(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.csv", [["", "", "", "", "", "", "", "", "", "just a note"]])
    crm = Crm.open(tmp_path / "crm.sqlite3")
    preview, applied = ImportExport(crm).import_file(path)
    assert applied is None and preview.counts()["refuse"] == 1
    assert ImportExport(crm).last_import() is None


@pytest.mark.parametrize("streamed", [True, False])
def test_two_rows_merging_into_one_existing_contact_keep_both(tmp_path: Path,
                                                               streamed: bool) -> None:
    crm = Crm.open(tmp_path / "crm.sqlite3")
    crm.contacts.create({"given_name": "Anna1", "family_name": "Rossi1",
                         "emails": ["anna1@example.it"]})
    path = write(tmp_path / "again.csv", [person(1, phone="+39 02 7000001", note="first"),
                                          person(1, phone="+39 02 7000002", note="second")])
    service = ImportExport(crm)
    if streamed:
        service.import_file(path, on_duplicate="merge")
    else:
        preview = build_preview(crm.db, read_file(path), str(path), "merge")
        with crm.db.session() as session:
            apply_import(session, preview)
    (anna,) = people(crm)
    assert anna["phones"] == ["+39027000001", "+39027000002"]
    assert "first" in anna["notes"] and "second" in anna["notes"]
