"""The type of each email and phone (work, home, mobile, fax, a file's own label) and the
vCard UID/REV survive import, storage, export and import again (issue 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crm_app.domain.value_labels import as_dict
from crm_app.io.export import ExportFilter
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm

PHONE_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:4A1D-PHONE-77\r\nREV:2024-05-01T10:00:00Z\r\n"
    "N:Rossi;Anna;;;\r\nFN:Anna Rossi\r\n"
    "EMAIL;TYPE=INTERNET,WORK:anna@acme.it\r\nEMAIL;TYPE=INTERNET,HOME:anna@casa.it\r\n"
    "TEL;TYPE=CELL:+39 333 1234567\r\nTEL;TYPE=WORK,FAX:+39 02 7654321\r\n"
    "TEL;TYPE=HOME,VOICE:+39 02 1111111\r\n"
    "item1.TEL:+39 02 2222222\r\nitem1.X-ABLabel:_$!<Assistant>!$_\r\n"
    "item2.EMAIL:anna@club.it\r\nitem2.X-ABLabel:Tennis club\r\n"
    "END:VCARD\r\n")
LABELS = {"anna@acme.it": "work", "anna@casa.it": "home", "+393331234567": "mobile",
          "+39027654321": "work fax", "+39021111111": "home", "+39022222222": "Assistant",
          "anna@club.it": "Tennis club"}


def _only(crm: Crm) -> dict[str, Any]:
    (row,) = crm.contacts.list()
    return crm.contacts.get(row["id"])


def _import(io: ImportExport, path: Path, on_duplicate: str = "skip") -> Any:
    preview = io.preview_file(path, on_duplicate=on_duplicate)
    io.apply(preview)
    return preview


def test_vcard_types_and_apple_labels_are_stored_beside_each_value(
        tmp_path: Path, crm: Crm, io: ImportExport) -> None:
    card = tmp_path / "phone.vcf"
    card.write_text(PHONE_CARD, encoding="utf-8")
    _import(io, card)
    contact = _only(crm)
    assert as_dict(contact["value_labels"]) == LABELS
    assert contact["card_uid"] == "4A1D-PHONE-77"
    assert contact["card_rev"] == "2024-05-01T10:00:00Z"
    # the types are fields now, not lines in the notes
    assert "Phone (" not in contact["notes"] and "Email (" not in contact["notes"]


def test_vcard_export_then_import_keeps_every_type(tmp_path: Path, crm: Crm,
                                                   io: ImportExport) -> None:
    card = tmp_path / "phone.vcf"
    card.write_text(PHONE_CARD, encoding="utf-8")
    _import(io, card)
    for version in ("3.0", "4.0"):
        out = tmp_path / f"out{version}.vcf"
        io.export("vcard", out, ExportFilter(), vcard_version=version)
        text = out.read_text(encoding="utf-8")
        assert "TYPE=cell" in text and "X-ABLabel:Assistant" in text
        assert "UID:4A1D-PHONE-77" in text
        fresh = Crm.open(tmp_path / f"fresh{version}.sqlite3")
        try:
            ImportExport(fresh).apply(ImportExport(fresh).preview_file(out))
            again = _only(fresh)
            assert as_dict(again["value_labels"]) == LABELS, version
            assert again["card_uid"] == "4A1D-PHONE-77"
        finally:
            fresh.close()


def test_csv_export_then_import_keeps_every_type(tmp_path: Path, crm: Crm,
                                                 io: ImportExport) -> None:
    card = tmp_path / "phone.vcf"
    card.write_text(PHONE_CARD, encoding="utf-8")
    _import(io, card)
    for kind in ("csv", "xlsx"):
        out = tmp_path / f"out.{kind}"
        io.export(kind, out, ExportFilter())
        fresh = Crm.open(tmp_path / f"fresh-{kind}.sqlite3")
        try:
            ImportExport(fresh).apply(ImportExport(fresh).preview_file(out))
            assert as_dict(_only(fresh)["value_labels"]) == LABELS, kind
        finally:
            fresh.close()


def test_csv_columns_name_the_type_in_several_languages(tmp_path: Path, crm: Crm,
                                                        io: ImportExport) -> None:
    thunderbird = tmp_path / "tb.csv"
    thunderbird.write_text(
        "First Name,Last Name,Display Name,Primary Email,Secondary Email,Work Phone,"
        "Home Phone,Fax Number,Mobile Number\r\n"
        "Jan,Novak,Jan Novak,jan@firma.cz,jan@doma.cz,+420 221 111 111,+420 221 222 222,"
        "+420 221 333 333,+420 777 444 444\r\n", encoding="utf-8")
    _import(io, thunderbird)
    assert as_dict(_only(crm)["value_labels"]) == {
        "+420221111111": "work", "+420221222222": "home", "+420221333333": "fax",
        "+420777444444": "mobile"}
    # the fax after the numbers to call: lists and reports show the first phone
    assert _only(crm)["phones"] == ["+420221111111", "+420221222222", "+420777444444",
                                    "+420221333333"]


def test_german_outlook_and_google_type_columns(tmp_path: Path, crm: Crm,
                                                io: ImportExport) -> None:
    outlook = tmp_path / "outlook_de.csv"
    outlook.write_text(
        "Vorname;Nachname;E-Mail-Adresse;Telefon geschäftlich;Mobiltelefon;Fax geschäftlich\r\n"
        "Jürgen;Müller;jm@firma.de;+49 30 1234567;+49 171 1234567;+49 30 7654321\r\n",
        encoding="utf-8")
    _import(io, outlook)
    assert as_dict(_only(crm)["value_labels"]) == {
        "+49301234567": "work", "+491711234567": "mobile", "+49307654321": "work fax"}
    google = tmp_path / "google.csv"
    google.write_text(
        "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,"
        "Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\r\n"
        "Marie,Dupont,* Home,marie@maison.fr,Mobile,+33 6 12 34 56 78,Boat,+33 1 23 45 67 89\r\n",
        encoding="utf-8")
    _import(io, google)
    marie = next(c for c in crm.contacts.list() if c["family_name"] == "Dupont")
    assert as_dict(crm.contacts.get(marie["id"])["value_labels"]) == {
        "marie@maison.fr": "home", "+33612345678": "mobile", "+33123456789": "Boat"}


def test_the_same_card_imported_again_finds_its_contact(tmp_path: Path, crm: Crm,
                                                        io: ImportExport) -> None:
    card = tmp_path / "phone.vcf"
    card.write_text(PHONE_CARD, encoding="utf-8")
    _import(io, card)
    # the phone exports the person again: new email, new phone, another name spelling
    later = (PHONE_CARD.replace("REV:2024-05-01T10:00:00Z", "REV:20240902T080000Z")
             .replace("N:Rossi;Anna;;;", "N:Rossi-Bianchi;Anna;;;")
             .replace("anna@acme.it", "anna.rossi@newco.it")
             .replace("+39 333 1234567", "+39 333 7654321"))
    card.write_text(later, encoding="utf-8")
    preview = _import(io, card, on_duplicate="update")
    (row,) = preview.rows
    assert (row.action, row.match) == ("update", "same vCard UID")
    contact = _only(crm)
    assert contact["family_name"] == "Rossi-Bianchi"
    assert contact["card_rev"] == "2024-09-02T08:00:00Z"
    assert as_dict(contact["value_labels"])["anna.rossi@newco.it"] == "work"


def test_an_older_rev_does_not_overwrite_newer_data(tmp_path: Path, crm: Crm,
                                                    io: ImportExport) -> None:
    card = tmp_path / "phone.vcf"
    card.write_text(PHONE_CARD, encoding="utf-8")
    _import(io, card)
    older = (PHONE_CARD.replace("REV:2024-05-01T10:00:00Z", "REV:20230101T000000Z")
             .replace("N:Rossi;Anna;;;\r\nFN:Anna Rossi", "N:Old;Anna;;;\r\nFN:Anna Old"))
    card.write_text(older, encoding="utf-8")
    preview = io.preview_file(card, on_duplicate="update")
    (row,) = preview.rows
    assert (row.match, row.action) == ("same vCard UID", "skip")  # nothing empty to fill
    assert any("before the one imported earlier" in w for w in row.warnings)
    contact = _only(crm)
    assert contact["family_name"] == "Rossi"
    assert contact["card_rev"] == "2024-05-01T10:00:00Z"


def test_our_own_export_imported_again_matches_by_uid_not_a_duplicate(
        tmp_path: Path, crm: Crm, io: ImportExport) -> None:
    made = crm.contacts.create({"given_name": "Kenji", "family_name": "Sato"})
    out = tmp_path / "out.vcf"
    io.export("vcard", out, ExportFilter())
    # someone renamed them in the file; no email or phone to match on
    out.write_text(out.read_text(encoding="utf-8").replace("Sato", "Satou"), encoding="utf-8")
    preview = io.preview_file(out, on_duplicate="update")
    (row,) = preview.rows
    assert (row.target_id, row.match) == (made["id"], "same vCard UID")


def test_crm_contact_show_prints_each_values_type(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from crm_app.cli.main import main

    db = str(tmp_path / "c.sqlite3")
    card = tmp_path / "phone.vcf"
    card.write_text(PHONE_CARD, encoding="utf-8")
    assert main(["--db", db, "init", "--plain"]) == 0
    assert main(["--db", db, "import", str(card)]) == 0
    opened = Crm.open(Path(db))
    try:
        (row,) = opened.contacts.list()
    finally:
        opened.close()
    capsys.readouterr()
    assert main(["--db", db, "contact", "show", row["id"]]) == 0
    shown = capsys.readouterr().out
    assert "anna@acme.it (work), anna@casa.it (home), anna@club.it (Tennis club)" in shown
    assert "+39 333 123 4567 (mobile)" in shown and "value_labels" not in shown
