"""Addresses are rows of their own: two laptops adding different ones both keep them."""

from __future__ import annotations

from crm_app.sync import conflicts
from tests.sync.conftest import Office


def test_two_laptops_adding_different_addresses_to_one_contact_keep_both(
        office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco", skew_hours=2)
    contact = anna.crm.contacts.create({"given_name": "Hans", "family_name": "Weber",
                                        "addresses": [{"kind": "work", "city": "Berlin"}]})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    office.advance(hours=1)
    anna.crm.addresses.create({"contact_id": contact["id"], "kind": "home",
                               "street": "Unter den Linden 5", "city": "Potsdam",
                               "country": "DE"})
    current = marco.crm.contacts.get(contact["id"])["addresses"]
    marco.crm.contacts.update(contact["id"], {"addresses": [
        *current, {"kind": "other", "city": "Hamburg", "postcode": "20095", "country": "de"}]})
    for laptop in (anna, marco, anna):
        laptop.sync(office.shared_file)
    cities = sorted(a["city"] for a in anna.crm.contacts.get(contact["id"])["addresses"])
    assert cities == ["Berlin", "Hamburg", "Potsdam"]
    assert marco.crm.contacts.get(contact["id"]) == anna.crm.contacts.get(contact["id"])
    assert anna.dump() == marco.dump()
    assert conflicts.list_conflicts(anna.db) == conflicts.list_conflicts(marco.db) == []
    # the receiving laptop's search index follows the synced addresses
    assert [h.record_id for h in marco.crm.search.search("Potsdam")] == [contact["id"]]
    assert [h.record_id for h in anna.crm.search.search("Hamburg")] == [contact["id"]]


def test_a_removed_address_stays_removed_after_sync(office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    contact = anna.crm.contacts.create({"family_name": "Sato", "addresses": [
        {"city": "Osaka"}, {"city": "Kyoto"}]})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    office.advance(hours=1)
    kept = [a for a in marco.crm.contacts.get(contact["id"])["addresses"] if a["city"] == "Kyoto"]
    marco.crm.contacts.update(contact["id"], {"addresses": kept})
    marco.sync(office.shared_file)
    anna.sync(office.shared_file)
    assert [a["city"] for a in anna.crm.contacts.get(contact["id"])["addresses"]] == ["Kyoto"]
    assert anna.crm.search.search("Osaka") == []
