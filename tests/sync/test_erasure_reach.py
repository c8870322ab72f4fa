"""GDPR erasure reaches meeting texts naming the person, archived copies and backups."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from crm_app.db.models import Meeting
from crm_app.services.crm import Crm
from crm_app.sync.copies import ARCHIVE_FOLDER
from crm_app.sync.erasure import erase_contact


def test_erasure_reaches_meetings_archives_and_backups(tmp_path: Path) -> None:
    crm = Crm.open(tmp_path / "crm.sqlite3")
    person = crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                  "emails": ["h.suzuki@example.jp"]})["id"]
    other = crm.contacts.create({"given_name": "Kenji", "family_name": "Sato"})["id"]
    with crm.db.session() as session:
        for mid, subject, minutes in (
                ("m1", "Lunch with Hanako Suzuki", "Suzuki Hanako wants a demo; mail "
                 "h.suzuki@example.jp"),
                ("m2", "Call with Kenji Sato", "nothing about her")):
            session.add(Meeting(id=mid, starts_at=datetime(2026, 10, 1, tzinfo=UTC),
                                subject=subject, minutes=minutes,
                                created_at=datetime(2026, 10, 1, tzinfo=UTC),
                                updated_at=datetime(2026, 10, 1, tzinfo=UTC)))
    share = tmp_path / "share"
    (share / ARCHIVE_FOLDER).mkdir(parents=True)
    (share / ARCHIVE_FOLDER / "20261101T000000Z-team (conflicted copy).crmsync").write_bytes(b"x")
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "crm-20261101T000000Z.sqlite3").write_bytes(b"x")
    counts = erase_contact(crm.db, person, shared_file=share / "team.crmsync")
    assert counts["meetings"] == 1 and counts["archived_copies"] == 1 and counts["backups"] == 1
    with crm.db.engine.connect() as connection:
        rows = dict(connection.exec_driver_sql(
            "SELECT id, subject || ' | ' || minutes FROM meeting").fetchall())
    assert rows["m1"] == "Lunch with [erased] | [erased] wants a demo; mail [erased]"
    assert rows["m2"] == "Call with Kenji Sato | nothing about her"
    assert not list((share / ARCHIVE_FOLDER).iterdir())
    assert not list((tmp_path / "backups").iterdir())
    assert crm.contacts.get(other)["family_name"] == "Sato"
    crm.close()
