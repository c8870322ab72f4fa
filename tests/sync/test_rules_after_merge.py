"""Rules across fields hold after a merge: a record the app would refuse is never stored."""

from __future__ import annotations

import json

from crm_app.sync import conflicts
from tests.sync.conftest import Office


def test_two_halves_of_a_name_blanked_on_two_laptops_leave_a_name(office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    contact = anna.crm.contacts.create({"given_name": "Yuki", "family_name": "Sato"})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    anna.crm.contacts.update(contact["id"], {"family_name": ""})
    office.advance(minutes=5)
    marco.crm.contacts.update(contact["id"], {"given_name": ""})
    for laptop in (anna, marco, anna, marco):
        laptop.sync(office.shared_file)
    for laptop in (anna, marco):
        final = laptop.crm.contacts.get(contact["id"])
        assert (final["given_name"], final["family_name"]) == ("", "Sato")  # Marco's, later
    assert anna.dump() == marco.dump()
    listed = conflicts.list_conflicts(anna.db) + conflicts.list_conflicts(marco.db)
    # Anna's blanking of the family name is the write that gave way: listed, to flip.
    assert any(i["field"] == "family_name" and {i["mine"], i["theirs"]} == {"", "Sato"}
               for i in listed)
    # The record stays editable: the app accepts an edit of it.
    anna.crm.contacts.update(contact["id"], {"job_title": "Buyer"})


def test_an_event_never_ends_before_it_starts_after_a_merge(office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    event = anna.crm.events.create({"name": "BIO Japan", "start_date": "2026-10-14",
                                    "end_date": "2026-10-16"})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    anna.crm.events.update(event["id"], {"end_date": "2026-10-12",
                                         "start_date": "2026-10-10"})
    office.advance(minutes=5)  # Marco's start wins; with Anna's end it would end first
    marco.crm.events.update(event["id"], {"start_date": "2026-10-15"})
    for laptop in (anna, marco, anna, marco):
        laptop.sync(office.shared_file)
    events = json.loads(anna.dump())["event"]
    [final] = [e for e in events if e["id"] == event["id"]]
    assert final["end_date"] >= final["start_date"]
    # The side with the latest write (Marco's) is kept whole; Anna's dates are listed.
    assert (final["start_date"], final["end_date"]) == ("2026-10-15", "2026-10-16")
    assert anna.dump() == marco.dump()
    listed = conflicts.list_conflicts(anna.db) + conflicts.list_conflicts(marco.db)
    assert any(i["field"] == "end_date" and "2026-10-12" in (i["mine"], i["theirs"])
               for i in listed)
