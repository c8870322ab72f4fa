"""Every way personal data leaves or enters the database is in the audit log, named by
record id only: a printed report, an export, an import (bulk inserts bypass the session
hook), a merge of duplicates and an erasure, each through the real `crm` command."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from crm_app.services.crm import Crm
from tests.conftest import FakeClock
from tests.privacy.conftest import run

VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Quertyson;Zyxwvu;;;\r\nFN:Zyxwvu Quertyson\r\n"
         "EMAIL:zyxwvu@example.org\r\nEND:VCARD\r\n")


def _audit_rows(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
                ) -> list[dict[str, str]]:
    target = tmp_path / "audit.csv"
    code, _, err = run(capsys, db_path, "privacy", "audit", "--from", "2000-01-01",
                       "--to", "2100-01-01", "-o", str(target))
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    for personal in ("Zyxwvu", "Quertyson", "zyxwvu@example.org", "Rossi", "Anna"):
        assert personal not in text
    return list(csv.DictReader(io.StringIO(text)))


def test_print_export_import_merge_and_erase_are_audited(
        db_path: Path, clock: FakeClock, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    crm = Crm.open(db_path, clock=clock)
    anna = crm.contacts.create({"given_name": "Anna", "family_name": "Rossi"})
    twin = crm.contacts.create({"given_name": "Anna", "family_name": "Rossi",
                                "emails": ["anna@example.it"]})
    event = crm.events.create({"name": "BIO Japan", "timezone": "Asia/Tokyo",
                               "start_date": "2026-10-07", "end_date": "2026-10-09"})
    meeting = crm.meetings.create({
        "subject": "Licensing", "event_id": event["id"], "starts_at": "2026-10-07T10:00",
        "timezone": "Asia/Tokyo", "participants": [{"role": "foreign",
                                                    "contact_id": anna["id"]}]})
    followup = crm.followups.create({"title": "Send slides", "meeting_id": meeting["id"],
                                     "contact_id": anna["id"], "due_date": "2026-10-20"})
    crm.close()

    card = tmp_path / "card.vcf"
    card.write_text(VCARD, encoding="utf-8")
    steps = (["report", "meeting", meeting["id"], "-o", str(tmp_path / "m.pdf")],
             ["export", "csv", "-o", str(tmp_path / "all.csv")],
             ["import", str(card)],
             ["merge", anna["id"], twin["id"]])
    for words in steps:
        code, _, err = run(capsys, db_path, *words)
        assert code == 0, (words, err)

    rows = _audit_rows(capsys, db_path, tmp_path)
    done = {(r["action"], r["table"], r["record_id"]) for r in rows}
    assert ("printed", "meeting", meeting["id"]) in done
    assert ("printed", "followup", followup["id"]) in done
    assert ("exported", "contact", anna["id"]) in done
    assert ("exported", "contact", twin["id"]) in done
    assert ("merged", "contact", anna["id"]) in done
    assert ("merged", "contact", twin["id"]) in done
    imported = [r for r in rows if r["action"] == "imported"]
    assert [r["table"] for r in imported] == ["contact"]
    assert all(r["device_id"] for r in rows)

    code, _, err = run(capsys, db_path, "erase", imported[0]["record_id"], "--yes")
    assert code == 0, err
    rows = _audit_rows(capsys, db_path, tmp_path)
    assert ("erased", "contact", imported[0]["record_id"]) in {
        (r["action"], r["table"], r["record_id"]) for r in rows}
