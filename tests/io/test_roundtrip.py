"""Export then import into an empty database gives the same contacts; CSV neutralises
formulas; xlsx has one sheet per record kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from crm_app.io.export import ExportFilter
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm

COMPARED = ("given_name", "family_name", "given_name_latin", "family_name_latin", "honorific",
            "job_title", "emails", "phones", "country", "notes", "tags", "organisation")


def _people(crm: Crm, with_language: bool) -> dict[str, dict[str, Any]]:
    result = {}
    for contact in crm.contacts.list():
        full = crm.contacts.get(contact["id"])
        org = full["organisation_id"]
        full["organisation"] = crm.organisations.get(org)["name"] if org else ""
        fields = COMPARED + (("language",) if with_language else ())
        result[full["family_name"]] = {k: full[k] for k in fields}
        result[full["family_name"]]["addresses"] = [
            {k: v for k, v in a.items() if k != "id"} for a in full["addresses"]]
    return result


def _one_per_kind(people: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """What a table keeps: the first address of each kind, without its label."""
    for person in people.values():
        seen: set[str] = set()
        kept = []
        for address in person["addresses"]:
            if address["kind"] not in seen:
                seen.add(address["kind"])
                kept.append({**address, "label": ""})
        person["addresses"] = kept
    return people


@pytest.fixture
def filled(crm: Crm) -> Crm:
    org = crm.organisations.create({"name": "Müller & Söhne GmbH", "country": "DE"})
    crm.contacts.create({
        "given_name": "Jürgen", "family_name": "Müller", "honorific": "Dr.",
        "job_title": "CEO; founder, owner", "organisation_id": org["id"], "country": "DE",
        "emails": ["j.mueller@example.de", "jm@example.com"],
        "phones": ["+49 211 1234567", "+49 170 7654321"], "language": "de",
        "notes": "Line one\nLine two, with comma; and semicolon\\ backslash",
        "tags": ["MEDICA 2026", "VIP"], "addresses": [
            {"kind": "work", "street": "Königsallee 12\nGebäude B; 3. OG", "city": "Düsseldorf",
             "postcode": "40212", "region": "NRW", "country": "DE"},
            {"kind": "home", "label": "Ferienhaus", "street": "Via Roma 1, int. 4",
             "city": "Milano", "postcode": "20121", "region": "MI", "country": "IT"},
            {"kind": "work", "label": "Lager", "city": "Neuss", "country": "DE"}]})
    crm.contacts.create({
        "given_name": "Сергей", "family_name": "Иванов", "given_name_latin": "Sergey",
        "family_name_latin": "Ivanov", "country": "RU", "emails": ["s.ivanov@example.ru"],
        "notes": "=1+2 looks like a formula", "job_title": "-director", "tags": ["@risk"]})
    crm.contacts.create({"given_name": "花子", "family_name": "山田", "country": "JP",
                         "phones": ["+81 3 3244 3000"], "honorific": "+", "language": "ja",
                         "addresses": [{"kind": "other", "street": "2-5-1 日本橋本町",
                                        "city": "中央区", "postcode": "103-8411",
                                        "region": "東京都", "country": "JP"}]})
    return crm


@pytest.mark.parametrize("kind,version", [("csv", "3.0"), ("vcard", "3.0"), ("vcard", "4.0"),
                                          ("xlsx", "3.0")])
def test_export_then_import_gives_the_same_contacts(filled: Crm, tmp_path: Path, kind: str,
                                                     version: str) -> None:
    path = tmp_path / f"out.{ {'vcard': 'vcf'}.get(kind, kind) }"
    assert ImportExport(filled).export(kind, path, vcard_version=version) == 3
    target = Crm.open(tmp_path / "copy.sqlite3")
    try:
        io = ImportExport(target)
        preview = io.preview_file(path)
        assert preview.counts()["create"] == 3 and not any(r.warnings for r in preview.rows)
        io.apply(preview)
        if kind == "vcard":  # every address with its kind and label
            assert _people(target, True) == _people(filled, True)
        else:
            assert _people(target, True) == _one_per_kind(_people(filled, True))
    finally:
        target.close()


def test_csv_is_utf8_bom_and_neutralises_formulas(filled: Crm, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    ImportExport(filled).export("csv", path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "'=1+2 looks like a formula" in text
    assert "'-director" in text and "'@risk" in text and "'+49" in text
    assert ",=" not in text and ",+" not in text


def test_xlsx_has_a_sheet_per_kind_and_no_formulas(filled: Crm, tmp_path: Path) -> None:
    meeting = filled.meetings.create({"starts_at": "2026-11-18 10:00", "subject": "=cmd|calc",
                                      "timezone": "Europe/Berlin"})
    path = tmp_path / "out.xlsx"
    ImportExport(filled).export("xlsx", path)
    book = load_workbook(path)
    assert book.sheetnames == ["Contacts", "Organisations", "Events", "Meetings", "Follow-ups",
                               "Notes"]
    meetings = list(book["Meetings"].iter_rows(values_only=True))
    assert meetings[1][0] == meeting["id"] and meetings[1][6] == "=cmd|calc"
    assert book["Meetings"]["G2"].data_type == "s"
    assert book["Contacts"].max_row == 4 and book["Organisations"].max_row == 2


def test_export_filters(filled: Crm, tmp_path: Path) -> None:
    io = ImportExport(filled)
    path = tmp_path / "f.vcf"
    assert io.export("vcard", path, ExportFilter(country="ru")) == 1
    assert "Иванов" in path.read_text("utf-8")
    assert io.export("vcard", path, ExportFilter(tag="vip")) == 1
    assert "Müller" in path.read_text("utf-8")
    some = filled.contacts.list()[0]["id"]
    assert io.export("csv", tmp_path / "f.csv", ExportFilter(ids=[some])) == 1


def test_selection_of_any_kind_exports_the_related_records(crm: Crm, tmp_path: Path) -> None:
    org = crm.organisations.create({"name": "Eisai", "country": "JP"})
    yuki = crm.contacts.create({"given_name": "Yuki", "family_name": "Sato",
                                "organisation_id": org["id"], "country": "JP",
                                "emails": ["yuki@eisai.example.jp"]})
    crm.contacts.create({"given_name": "Anna", "family_name": "Verdi", "country": "IT"})
    meeting = crm.meetings.create({"starts_at": "2026-10-14 14:30", "timezone": "Asia/Tokyo",
                                   "subject": "Eisai", "participants": [
                                       {"contact_id": yuki["id"]}]})
    crm.meetings.create({"starts_at": "2026-10-15 10:00", "subject": "Other"})
    io = ImportExport(crm)
    assert io.export("vcard", tmp_path / "a.vcf", ExportFilter(ids=[org["id"]])) == 1
    assert io.export("vcard", tmp_path / "b.vcf", ExportFilter(ids=[meeting["id"]])) == 1
    assert io.export("ics", tmp_path / "c.ics", ExportFilter(ids=[yuki["id"]])) == 1
    assert io.export("ics", tmp_path / "d.ics", ExportFilter(country="JP")) == 1
    assert io.export("ics", tmp_path / "e.ics", ExportFilter()) == 2
