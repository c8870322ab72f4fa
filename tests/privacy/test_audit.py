"""The audit log: edits and privacy actions recorded with ids and field names only,
append-only, exported as CSV by `crm privacy audit`."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_app.services.crm import Crm
from crm_app.services.privacy import audit
from crm_app.sync.erasure import erase_contact
from tests.conftest import FakeClock
from tests.privacy.conftest import run

PERSONAL = ("Giulia", "Bianchi", "g.bianchi@example.it", "Prefers calls")


def _audited(db_path: Path, clock: FakeClock) -> Crm:
    crm = Crm.open(db_path, clock=clock)
    audit.install(crm.db.session_factory)  # the services factory did it already: no twice
    return crm


def test_edits_are_recorded_with_field_names_and_no_values(
        db_path: Path, clock: FakeClock) -> None:
    crm = _audited(db_path, clock)
    try:
        staff = crm.staff.create({"name": "Laura Conti"})
        crm.settings.set_profile({"staff_id": staff["id"], "name": "Laura Conti"})
        giulia = crm.contacts.create({"given_name": "Giulia", "family_name": "Bianchi"})
        clock.advance(minutes=1)
        crm.contacts.update(giulia["id"], {"emails": ["g.bianchi@example.it"],
                                           "notes": "Prefers calls"})
        crm.contacts.update(giulia["id"], {"notes": "Prefers calls"})  # no change: no entry
        clock.advance(minutes=1)
        crm.contacts.delete(giulia["id"])
        crm.contacts.restore(giulia["id"])
        clock.advance(minutes=1)
        erase_contact(crm.db, giulia["id"], clock)
        rows = audit.entries(crm.db, row_id=giulia["id"])
    finally:
        crm.close()
    assert [(r["action"], r["fields"]) for r in rows] == [
        ("created", []), ("changed", ["emails", "notes"]), ("deleted", []), ("restored", []),
        ("erased", ["deleted_at", "emails", "family_name", "given_name", "notes"])]
    assert rows[0]["at"] == "2026-11-20T09:00:00+00:00"
    assert {r["staff_id"] for r in rows[1:]} == {staff["id"]}
    assert len({r["device_id"] for r in rows}) == 1 and rows[0]["device_id"]
    with sqlite3.connect(db_path) as raw:
        stored = json.dumps(raw.execute("SELECT * FROM audit_entry").fetchall())
    assert not any(value in stored for value in PERSONAL)


def test_the_log_is_append_only(db_path: Path, clock: FakeClock) -> None:
    crm = _audited(db_path, clock)
    crm.contacts.create({"given_name": "Anna", "family_name": "Rossi"})
    crm.close()
    raw = sqlite3.connect(db_path)
    try:
        for statement in ("UPDATE audit_entry SET action = 'x'", "DELETE FROM audit_entry"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                raw.execute(statement)
        assert raw.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 1
    finally:
        raw.close()


def test_cli_records_export_and_erasure_and_writes_the_csv(
        db_path: Path, clock: FakeClock, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    crm = Crm.open(db_path, clock=clock)
    anna = crm.contacts.create({"given_name": "Anna", "family_name": "Rossi"})
    crm.close()
    code, _, err = run(capsys, db_path, "privacy", "export", anna["id"], "-o",
                       str(tmp_path / "sar.json"))
    assert code == 0, err
    code, _, err = run(capsys, db_path, "privacy", "review", "--ids", anna["id"], "--erase",
                       "--yes")
    assert code == 0, err
    today = datetime.now(UTC).date().isoformat()
    target = tmp_path / "audit.csv"
    code, out, err = run(capsys, db_path, "privacy", "audit", "--from", today, "--to", today,
                         "-o", str(target))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["action"], r["record_id"]) for r in rows] == [
        ("exported", anna["id"]), ("erased", anna["id"])]
    assert "Rossi" not in target.read_text(encoding="utf-8")
    code, out, _ = run(capsys, db_path, "--json", "privacy", "audit", "--to", "2026-01-01")
    assert code == 0 and json.loads(out) == []
    for words in (["--from", "yesterday"], ["--from", "2026-05-02", "--to", "2026-05-01"],
                  ["-o", str(tmp_path / "missing" / "a.csv")]):
        code, out, err = run(capsys, db_path, "privacy", "audit", *words)
        assert code == 1 and err.startswith("crm: error: ") and err.count("\n") == 1, err



def test_every_session_factory_gets_the_listeners(crm: Crm) -> None:
    """A new session factory (each database opened in one process: the app's File ▸ Open)
    gets the audit and consent listeners even when Python gives it the id() of a collected
    one; SQLAlchemy's `event.contains` is keyed by id() and was fooled by that, so opening a
    second database silently stopped the audit log and the consent history."""
    import gc

    from sqlalchemy import func, select
    from sqlalchemy.orm import sessionmaker

    from crm_app.db.models import ConsentEvent, Contact
    from crm_app.db.privacy_models import AuditEntry
    from crm_app.services.privacy import consent
    for n in range(60):
        factory = sessionmaker(bind=crm.db.engine, expire_on_commit=False)
        audit.install(factory)
        consent.install(factory)
        with factory.begin() as session:
            now = datetime(2026, 11, 20, 9, tzinfo=UTC)
            ada = Contact(given_name="Ada", family_name=f"N{n}", consent_basis="consent",
                          created_at=now, updated_at=now)
            session.add(ada)
            session.flush()
            assert session.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.row_id == ada.id)) == 1, n
            assert session.scalar(select(func.count()).select_from(ConsentEvent).where(
                ConsentEvent.contact_id == ada.id)) == 1, n
        del factory, session
        gc.collect()
