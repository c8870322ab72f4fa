"""The mass deletion guard and the merge summary, through the engine and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_app.cli.main import main as crm_main
from crm_app.services.crm import Crm
from crm_app.sync.report import MassDeletion
from tests.sync.conftest import Office


def test_a_sync_deleting_most_contacts_from_one_laptop_stops_until_allowed(
        office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    ids = [anna.crm.contacts.create({"family_name": f"N{i:03d}"})["id"] for i in range(130)]
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    for contact_id in ids[:110]:
        marco.crm.contacts.delete(contact_id)
    marco.sync(office.shared_file)
    before = anna.dump()
    with pytest.raises(MassDeletion) as caught:
        anna.sync(office.shared_file)
    error = caught.value
    assert (error.table, error.count, error.total) == ("contact", 110, 130)
    assert "110 of the 130 contact records" in str(error) and error.device in str(error)
    assert anna.dump() == before  # nothing changed
    report = anna.sync(office.shared_file, allow_mass_delete=True)
    assert report.deleted == {"contact": 110}
    assert anna.dump() == marco.dump()


def test_a_few_deletions_pass_and_the_summary_counts_every_kind(office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    kept = anna.crm.contacts.create({"family_name": "Kept"})
    gone = anna.crm.contacts.create({"family_name": "Gone"})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    marco.crm.contacts.delete(gone["id"])
    marco.crm.contacts.update(kept["id"], {"job_title": "Buyer"})
    marco.crm.organisations.create({"name": "Fujifilm"})
    marco.sync(office.shared_file)
    report = anna.sync(office.shared_file)
    assert report.created == {"organisation": 1}
    assert report.changed == {"contact": 2} and report.deleted == {"contact": 1}
    assert report.summary().startswith("received: 3 (2 contact, 1 organisation)")
    assert "deleted: 1 (1 contact)" in report.summary()


def test_cli_needs_allow_mass_delete_and_prints_one_summary_line(
        office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def main(args: list[str]) -> int:  # each `crm` reads the variable, then drops it
        monkeypatch.setenv("CRM_SYNC_PASSPHRASE", "team secret")
        return crm_main(args)

    a, b = tmp_path / "a.db", tmp_path / "b.db"
    service = Crm.open(a)
    ids = [service.contacts.create({"family_name": f"N{i:03d}"})["id"] for i in range(105)]
    service.close()
    assert main(["--db", str(a), "sync", str(office.shared_file)]) == 0
    assert main(["--db", str(b), "sync", str(office.shared_file)]) == 0
    service = Crm.open(a)
    for contact_id in ids[:104]:
        service.contacts.delete(contact_id)
    service.close()
    assert main(["--db", str(a), "sync", str(office.shared_file)]) == 0
    capsys.readouterr()
    assert main(["--db", str(b), "sync", str(office.shared_file)]) == 1
    _out, err = capsys.readouterr()
    assert "would delete 104 of the 105 contact records" in err and "--allow-mass-delete" in err
    assert main(["--db", str(b), "sync", "--allow-mass-delete", "--json",
                 str(office.shared_file)]) == 0
    data = json.loads(capsys.readouterr()[0])
    assert data["deleted"] == {"contact": 104}
    assert main(["--db", str(b), "sync", str(office.shared_file)]) == 0
    assert capsys.readouterr()[0].splitlines()[0] == (
        "up to date: nothing received, nothing sent")
