"""`crm privacy export`: everything held about a person, built through the services on a
contact that came from a real iPhone vCard export (tests/io/fixtures)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from crm_app.db.models import SYNCED_MODELS
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm
from crm_app.services.privacy.access import subject_access
from tests.conftest import FakeClock
from tests.privacy.conftest import run
from tests.reports.conftest import flat, pdf_text

VCARDS = Path(__file__).parents[1] / "io" / "fixtures" / "iphone_3.0.vcf"
LINK_TABLES = {"meeting_participant", "contact_tag", "organisation_tag", "event_delegate"}


def _world(crm: Crm) -> dict[str, Any]:
    service = ImportExport(crm)
    service.apply(service.preview_file(VCARDS))
    hiroshi = next(c for c in crm.contacts.list() if c["family_name"] == "Tanaka")
    yuki = crm.contacts.create({"given_name": "Yuki", "family_name": "Tanaka"})  # a namesake
    event = crm.events.create({"name": "BIO Japan 2026", "timezone": "Asia/Tokyo"})
    ids: dict[str, Any] = {"hiroshi": hiroshi["id"], "yuki": yuki["id"]}
    met = crm.meetings.create({"event_id": event["id"], "starts_at": "2026-10-14 10:30",
                               "subject": "Licensing", "participants": [
                                   {"contact_id": hiroshi["id"]}, {"contact_id": yuki["id"]}]})
    named = crm.meetings.create({"event_id": event["id"], "starts_at": "2026-10-14 12:00",
                                 "subject": "CDMO lunch",
                                 "minutes": "TANAKA Hiroshi (Takeda) wants two names."})
    namesake_only = crm.meetings.create({"event_id": event["id"],
                                         "starts_at": "2026-10-15 09:00",
                                         "minutes": "Mr Tanaka's colleague came instead."})
    own_note = crm.notes.create({"body": "Prefers email", "contact_id": hiroshi["id"]})
    by_phone = crm.notes.create({"body": "Call back on 090 1234 5678 after the fair",
                                 "contact_id": yuki["id"]})
    meeting_note = crm.notes.create({"body": "Slides sent", "meeting_id": met["id"]})
    unrelated = crm.notes.create({"body": "Booth B-12 needs a second table"})
    binned = crm.notes.create({"body": "Hiroshi Tanaka: private mobile on the card"})
    crm.notes.delete(binned["id"])
    own_task = crm.followups.create({"title": "Send the CDMO list",
                                     "contact_id": hiroshi["id"]})
    meeting_task = crm.followups.create({"title": "Minutes to HQ", "meeting_id": met["id"]})
    mail_task = crm.followups.create({"title": "Deck",
                                      "details": "mail HIROSHI.TANAKA@takeda.example.jp"})
    org = crm.organisations.create({"name": "Lombardy CDMO", "notes":
                                    "Introduced to Hiroshi Tanaka in October"})
    ids["expected"] = {
        "meeting": {met["id"], named["id"]},
        "note": {own_note["id"], by_phone["id"], meeting_note["id"], binned["id"]},
        "followup": {own_task["id"], meeting_task["id"], mail_task["id"]},
        "organisation": {org["id"]},
    }
    ids["absent"] = {yuki["id"], namesake_only["id"], unrelated["id"]}
    return ids


def test_export_holds_every_record_naming_the_person(crm: Crm) -> None:
    ids = _world(crm)
    data = subject_access(crm.db, ids["hiroshi"], crm.clock)
    got = {k: {r["id"] for r in v} for k, v in data["records"].items()}
    # The vCard's organisation is created by the import; it names the contact nowhere.
    assert got == ids["expected"]
    exported = set().union(*got.values())
    assert not ids["absent"] & exported
    contact = data["contact"]
    assert contact["emails"] == ["hiroshi.tanaka@takeda.example.jp", "h.tanaka@takeda.example.com"]
    assert contact["organisation"]["name"].startswith("Takeda")
    assert set(contact["tags"]) >= {"BIO Japan 2026"}
    assert [(a["kind"], a["city"], a["country"]) for a in contact["addresses"]] == [
        ("work", "Tokyo", "JP")]  # the vCard's ADR, as a structured address
    binned = next(r for r in data["records"]["note"] if r["in_trash"])
    assert "names 'hiroshi tanaka'" in " ".join(binned["why"])
    provenance = data["provenance"]
    assert [i["source"].endswith("iphone_3.0.vcf") for i in provenance["imports"]] == [True]
    assert provenance["imports"][0]["created"] == [ids["hiroshi"]]
    assert [d["this_laptop"] for d in provenance["written_by_devices"]] == [True]
    assert provenance["sent_to_shared_file"] is False
    assert set(data["consent"]) == {"consent_basis", "consent_date", "consent_source",
                                    "consent_scope", "consent_expires",
                                    "consent_note"}


def test_no_synced_row_holding_their_name_email_or_phone_is_left_out(
        crm: Crm, db_path: Path) -> None:
    """Independent of the matcher: scan every synced table's raw rows for the exact values."""
    ids = _world(crm)
    data = subject_access(crm.db, ids["hiroshi"], crm.clock)
    exported = {ids["hiroshi"]} | {r["id"] for v in data["records"].values() for r in v}
    values = ["Hiroshi Tanaka", "hiroshi.tanaka@takeda.example.jp", "+819012345678"]
    raw = sqlite3.connect(db_path)
    try:
        for model in SYNCED_MODELS:
            table = model.__tablename__
            if table in LINK_TABLES:
                continue
            for row in raw.execute(f"SELECT * FROM {table}"):
                text = json.dumps(row, ensure_ascii=False, default=str)
                if any(v.lower() in text.lower() for v in values):
                    assert any(c in exported for c in row), (table, row)
    finally:
        raw.close()


def test_cli_export_writes_json_and_bad_input_writes_nothing(
        crm: Crm, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        clock: FakeClock) -> None:
    ids = _world(crm)
    crm.close()
    target = tmp_path / "sar.json"
    code, out, err = run(capsys, db_path, "privacy", "export", ids["hiroshi"], "-o", str(target))
    assert code == 0, err
    assert "3 followup(s)" in out and "4 note(s)" in out
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["contact"]["id"] == ids["hiroshi"]
    assert "花子" not in target.read_text(encoding="utf-8")  # another person of the same file
    for words in (["privacy", "export", "no-such-id", "-o", str(tmp_path / "a.json")],
                  ["privacy", "export", ids["hiroshi"], "-o", str(tmp_path / "no" / "a.json")],
                  ["privacy", "export", ids["hiroshi"], "-o", str(tmp_path / "a.txt")]):
        code, out, err = run(capsys, db_path, *words)
        assert code == 1 and err.startswith("crm: error: ") and err.count("\n") == 1, err
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".json", ".txt"}) == [
        "sar.json"]
    if os.name == "posix":  # one person's whole record: readable by this user only
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        (tmp_path / "folder.json").mkdir()
        code, _, err = run(capsys, db_path, "privacy", "export", ids["hiroshi"],
                           "-o", str(tmp_path / "folder.json"))
        assert code == 1 and "it is a folder" in err, err
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_pdf_export_reads_back_with_every_record_and_the_native_script(
        crm: Crm, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _world(crm)
    hanako = next(c for c in crm.contacts.list() if c["family_name"] == "山田")
    crm.notes.create({"body": "山田花子さんにパンフレットを送る"})
    crm.close()
    pages: dict[str, str] = {}
    for who in ("hiroshi", "hanako"):
        target = tmp_path / f"{who}.pdf"
        contact_id = ids["hiroshi"] if who == "hiroshi" else hanako["id"]
        code, _, err = run(capsys, db_path, "privacy", "export", contact_id, "-o", str(target))
        assert code == 0, err
        assert target.read_bytes().startswith(b"%PDF")
        pages[who] = flat(pdf_text(target.read_bytes()))
    text = pages["hiroshi"]
    assert "PersonaldataheldaboutHiroshiTanaka" in text
    for phrase in ("Licensing", "CDMOlunch", "Prefersemail", "Callbackon0901234", "Slidessent",
                   "SendtheCDMOlist", "MinutestoHQ", "LombardyCDMO", "(intheTrash)",
                   "iphone_3.0.vcf"):
        assert phrase in text, phrase
    assert "boothb-12needs" not in text.lower()
    assert "山田" in pages["hanako"] and "パンフレット" in pages["hanako"]


def test_pdf_is_written_for_a_reader_not_a_program(
        crm: Crm, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Field labels, spelt-out dates, country names, the address as an address, and the
    consent history and audit trail as their own sections; no column names or JSON."""
    person = crm.contacts.create({
        "given_name": "Qwertina", "family_name": "Zyxbrook", "country": "CH",
        "emails": ["qwertina@example.org"], "consent_basis": "consent",
        "consent_date": "2026-11-01",
        "addresses": [{"kind": "work", "street": "Bahnhofstrasse 99", "city": "Zürich",
                       "postcode": "8001", "country": "CH"}]})
    crm.close()
    target = tmp_path / "sar.pdf"
    code, _, err = run(capsys, db_path, "privacy", "export", person["id"], "-o", str(target))
    assert code == 0, err
    raw = pdf_text(target.read_bytes())
    text = flat(raw)
    for phrase in ("Givenname", "Familyname", "Switzerland(CH)", "1Nov2026",
                   "Bahnhofstrasse99", "8001Zürich", "Lawfulbasisandconsent", "History",
                   "Whodidwhat(auditlog)", "Laptopsthatwrotetheserecords"):
        assert phrase in text, phrase
    for raw_key in ("given_name", "family_name", "consent_date", '{"', "created_at"):
        assert raw_key not in raw, raw_key
