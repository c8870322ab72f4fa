"""Records through the services: create, update, delete to the Trash, restore, links."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from crm_app.db.models import ContactTag
from crm_app.domain.errors import NotFound, ValidationError
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json
from tests.conftest import FakeClock


def make_org(crm: Crm, **extra: Any) -> dict[str, Any]:
    return crm.organisations.create({"name": "Takeda Distribution KK", "country": "JP",
                                     "kind": "distributor", **extra})


def test_create_normalises_and_returns_the_stored_record(crm: Crm) -> None:
    org = make_org(crm, sectors="pharma, medtech")
    contact = crm.contacts.create({
        "given_name": "  太郎 ", "family_name": "山田", "organisation_id": org["id"],
        "country": "japan", "phones": "03-1234-5678", "emails": "Taro@Example.JP",
        "tags": ["Investor", "hot lead"],
    })
    assert contact["given_name"] == "太郎"
    assert contact["country"] == "JP"
    assert contact["phones"] == ["+81312345678"]
    assert contact["emails"] == ["Taro@example.jp"]
    assert contact["tags"] == ["Investor", "hot lead"]
    assert org["sectors"] == ["medtech", "pharma"]
    assert crm.contacts.get(contact["id"]) == contact


def test_invalid_input_changes_nothing(crm: Crm, db_path: Any) -> None:
    contact = crm.contacts.create({"family_name": "Rossi", "emails": ["a@b.it"]})
    before = dump_json(crm.db)
    with pytest.raises(ValidationError, match="emails"):
        crm.contacts.update(contact["id"], {"family_name": "Bianchi", "emails": ["broken"]})
    with pytest.raises(ValidationError, match="organisation_id"):
        crm.contacts.create({"family_name": "Verdi", "organisation_id": "missing"})
    with pytest.raises(ValidationError, match="given or family name"):
        crm.contacts.create({"job_title": "CEO"})
    assert dump_json(crm.db) == before


def test_update_only_touches_changed_fields_and_bumps_updated_at(
    crm: Crm, clock: FakeClock
) -> None:
    contact = crm.contacts.create({"family_name": "Rossi", "country": "IT"})
    clock.advance(minutes=5)
    same = crm.contacts.update(contact["id"], {"family_name": "Rossi"})
    assert same["updated_at"] == contact["updated_at"]
    changed = crm.contacts.update(contact["id"], {"phones": ["06 1234 5678"]})
    assert changed["phones"] == ["+390612345678"]
    assert changed["updated_at"] > contact["updated_at"]


def test_delete_moves_to_trash_and_restore_brings_everything_back(crm: Crm) -> None:
    contact = crm.contacts.create({"family_name": "Ivanova", "tags": ["VIP"]})
    crm.contacts.delete(contact["id"])
    with pytest.raises(NotFound):
        crm.contacts.get(contact["id"])
    assert [t["id"] for t in crm.queries.trash()] == [contact["id"]]
    assert crm.contacts.list() == []
    restored = crm.contacts.restore(contact["id"])
    assert restored["tags"] == ["VIP"]
    assert crm.queries.trash() == []


def test_tag_links_are_soft_deleted_and_revived_with_the_same_id(crm: Crm) -> None:
    contact = crm.contacts.create({"family_name": "Sato", "tags": ["a", "b"]})
    crm.contacts.update(contact["id"], {"tags": ["b"]})
    crm.contacts.update(contact["id"], {"tags": ["A", "b"]})  # same tag, other case
    with crm.db.session() as session:
        links = session.scalars(select(ContactTag)).all()
        assert len(links) == 2
        assert all(link.deleted_at is None for link in links)
    assert crm.contacts.get(contact["id"])["tags"] == ["a", "b"]


def test_meeting_in_event_zone_with_participants(crm: Crm) -> None:
    staff = crm.staff.create({"name": "Giulia Rossi", "office": "Tokyo office"})
    italian = make_org(crm, name="Chiesi Farmaceutici", country="IT", side="italian")
    guest = crm.contacts.create({"family_name": "Kim", "country": "KR"})
    event = crm.events.create({"name": "BIO Japan", "timezone": "Asia/Tokyo",
                               "start_date": "2026-10-14", "end_date": "2026-10-16",
                               "delegation": [italian["id"]]})
    meeting = crm.meetings.create({
        "event_id": event["id"], "starts_at": "2026-10-14 10:30", "subject": "Licensing",
        "participants": [{"contact_id": guest["id"]}, {"organisation_id": italian["id"]},
                         {"staff_id": staff["id"]}],
    })
    assert meeting["timezone"] == "Asia/Tokyo"
    assert meeting["starts_at"] == "2026-10-14T01:30:00+00:00"
    roles = {p["role"] for p in meeting["participants"]}
    assert roles == {"foreign", "italian", "staff"}
    assert crm.events.get(event["id"])["delegation"] == [italian["id"]]
    moved = crm.meetings.update(meeting["id"], {"starts_at": "2026-10-15 09:00"})
    assert moved["starts_at"] == "2026-10-15T00:00:00+00:00"


def test_a_meeting_with_no_event_and_no_zone_is_in_the_laptops_zone(
        crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    """It was kept in UTC: 15:00 typed on a laptop in Rome became 16:00 Rome time."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    meeting = crm.meetings.create({"starts_at": "2026-12-09 15:00", "subject": "Embassy call"})
    assert meeting["timezone"] == "Europe/Rome"
    assert meeting["starts_at"] == "2026-12-09T14:00:00+00:00"


def test_event_dates_must_be_in_order(crm: Crm) -> None:
    with pytest.raises(ValidationError, match="ends before"):
        crm.events.create({"name": "X", "start_date": "2026-05-02", "end_date": "2026-05-01"})


def test_ids_are_uuids_and_a_given_id_is_kept(crm: Crm) -> None:
    record = crm.staff.create({"name": "Marco"}, record_id="5b7f8c6e-0000-4000-8000-000000000001")
    assert record["id"] == "5b7f8c6e-0000-4000-8000-000000000001"
    assert len(crm.staff.create({"name": "Sara"})["id"]) == 36


def test_list_filters_and_counts(crm: Crm) -> None:
    for name, country in [("Müller", "DE"), ("Dupont", "FR"), ("Schmidt", "DE")]:
        crm.contacts.create({"family_name": name, "country": country})
    names = [c["family_name"] for c in crm.contacts.list(filters={"country": "DE"})]
    assert names == ["Müller", "Schmidt"]
    assert crm.contacts.count(filters={"country": "DE"}) == 2
    with pytest.raises(ValidationError):
        crm.contacts.list(filters={"shoe_size": 3})
