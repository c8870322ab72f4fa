"""The audit log travels through the shared file as a set; consent has a scope, an expiry and
a history that the subject access export and `crm privacy consent` show; contacts with
expired or missing consent are found by the same rule in Python and in SQL."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_app.db.models import Contact
from crm_app.services.crm import Crm
from crm_app.services.listing import Listing, ListQuery
from crm_app.services.privacy import access, audit, consent, retention
from crm_app.sync.erasure import erase_contact
from tests.conftest import FakeClock
from tests.privacy.conftest import run
from tests.sync.conftest import Office


def test_audit_entries_of_two_laptops_merge_as_a_set(tmp_path: Path) -> None:
    office = Office(tmp_path)
    try:
        _two_laptops(office)
    finally:
        office.close()


def _two_laptops(office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    giulia = anna.crm.contacts.create({"given_name": "Giulia", "family_name": "Bianchi"})
    report = anna.sync(office.shared_file)
    assert "audit_entry" not in report.sent  # travels, but is not counted as a record
    marco.sync(office.shared_file)
    marco.crm.contacts.update(giulia["id"], {"job_title": "Buyer"})
    anna.crm.contacts.update(giulia["id"], {"notes": "Met at BIO"})
    marco.sync(office.shared_file)
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    seen = [{(e["action"], tuple(e["fields"]), e["device_id"])
             for e in audit.entries(laptop.db, row_id=giulia["id"])}
            for laptop in (anna, marco)]
    assert seen[0] == seen[1]
    assert {(a, f) for a, f, _d in seen[0]} == {
        ("created", ()), ("changed", ("job_title",)), ("changed", ("notes",))}
    assert len({d for _a, _f, d in seen[0]}) == 2  # each laptop named as the one that did it
    for laptop in (anna, marco):  # still append-only after receiving
        with sqlite3.connect(laptop.db.path) as raw, pytest.raises(sqlite3.IntegrityError):
            raw.execute("DELETE FROM audit_entry")


def test_consent_history_status_and_subject_export(crm: Crm, clock: FakeClock) -> None:
    staff = crm.staff.create({"name": "Laura Conti"})
    crm.settings.set_profile({"staff_id": staff["id"], "name": "Laura Conti"})
    hanako = crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                  "consent_basis": "consent",
                                  "consent_date": date(2026, 10, 14)})
    clock.advance(days=1)
    consent.set_consent(crm.db, hanako["id"], {"scope": "event invitations",
                                               "source": "badge scan, BIO 2026",
                                               "expires": date(2026, 12, 31)}, clock)
    with pytest.raises(Exception, match="expires before"):
        consent.set_consent(crm.db, hanako["id"], {"expires": date(2026, 1, 1)}, clock)
    history = consent.history(crm.db, hanako["id"])
    assert [(h["action"], h["scope"], h["expires"]) for h in history] == [
        ("recorded", "", None), ("changed", "event invitations", "2026-12-31")]
    assert history[1]["staff_id"] == staff["id"]
    today = clock().date()
    assert consent.status("consent", date(2026, 10, 14), date(2026, 12, 31), today) == "ok"
    assert consent.status("consent", date(2026, 10, 14), date(2026, 11, 1), today) \
        == "expired"
    assert consent.status("consent", date(2023, 1, 1), None, today) == "expired"
    assert consent.status("consent", None, None, today) == "missing"
    assert consent.status("", None, None, today) == "missing"
    assert consent.status("contract", date(2020, 1, 1), None, today) == "ok"
    data = access.subject_access(crm.db, hanako["id"], clock)
    assert data["consent"]["consent_scope"] == "event invitations"
    assert [h["action"] for h in data["consent_history"]] == ["recorded", "changed"]
    assert {a["action"] for a in data["audit"]} >= {"created", "changed"}


def test_flagged_contacts_are_the_same_in_python_and_sql(crm: Crm, clock: FakeClock) -> None:
    today = clock().date()
    cases = [("", None, None), ("consent", date(2026, 10, 1), None),
             ("consent", date(2023, 10, 1), None), ("consent", None, None),
             ("consent", date(2026, 1, 1), date(2026, 11, 1)),
             ("consent", date(2026, 1, 1), date(2027, 11, 1)),
             ("legitimate_interest", date(2020, 1, 1), None)]
    for n, (basis, given, _expires) in enumerate(cases):
        crm.contacts.create({"family_name": f"Person {n}", "consent_basis": basis,
                             "consent_date": given})
    with crm.db.session() as session:
        contacts = list(session.scalars(select(Contact)))
        for contact, (_b, _g, expires) in zip(
                sorted(contacts, key=lambda c: c.family_name), cases, strict=True):
            contact.consent_expires = expires
    with crm.db.session() as session:
        flagged_sql = set(session.scalars(select(Contact.family_name).where(
            consent.attention_condition(today))))
        flagged_py = {c.family_name for c in session.scalars(select(Contact))
                      if consent.status(c.consent_basis, c.consent_date, c.consent_expires,
                                        today) != "ok"}
    assert flagged_sql == flagged_py == {"Person 0", "Person 2", "Person 3", "Person 4"}
    listing = Listing(crm.db)
    query = ListQuery("contact", filters={"consent_due": today})
    assert listing.count(query) == 4
    rows = listing.page(query, 10)
    assert {consent.status_of_row(r, today) for r in rows} == {"expired", "missing"}


def test_erasure_and_anonymisation_reach_the_consent_history(
        crm: Crm, clock: FakeClock) -> None:
    one = crm.contacts.create({"given_name": "Aiko", "family_name": "Ito",
                               "consent_basis": "consent", "consent_note": "asked by phone"})
    two = crm.contacts.create({"given_name": "Ken", "family_name": "Mori",
                               "consent_basis": "consent", "consent_note": "said yes twice"})
    erase_contact(crm.db, one["id"], clock)
    retention.anonymise(crm.db, [two["id"]], clock)
    notes = [h["note"] for cid in (one["id"], two["id"])
             for h in consent.history(crm.db, cid)]
    assert "asked by phone" not in notes and "said yes twice" not in notes
    actions = {(e["record_id"], e["action"]) for e in audit.entries(crm.db)}
    assert (one["id"], "erased") in actions and (two["id"], "anonymised") in actions


def test_cli_consent_records_and_shows_the_history(
        db_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
    crm = Crm.open(db_path, clock=clock)
    mia = crm.contacts.create({"given_name": "Mia", "family_name": "Weber"})
    crm.close()
    code, out, err = run(capsys, db_path, "privacy", "consent", mia["id"], "--basis",
                         "consent", "--date", "2026-11-02", "--expires", "2028-11-01",
                         "--scope", "newsletter")
    assert code == 0, err
    assert "expires 2028-11-01 (ok)" in out
    code, out, err = run(capsys, db_path, "--json", "privacy", "consent", mia["id"],
                         "--history")
    assert code == 0, err
    history = json.loads(out)["history"]
    assert [(h["basis"], h["scope"]) for h in history] == [("consent", "newsletter")]
    for words in (["--expires", "2020-01-01"], ["--date", "2026-02-30"], []):
        before = db_path.read_bytes()
        code, out, err = run(capsys, db_path, "privacy", "consent", mia["id"], *words)
        assert code == 1 and err.startswith("crm: error: ") and err.count("\n") == 1, err
        assert db_path.read_bytes() == before
    code, _, err = run(capsys, db_path, "privacy", "consent", "no-such-id", "--history")
    assert code == 1 and err.count("\n") == 1
