"""List fields (emails, phones, sectors) merge as sets: racing adds and removes all count."""

from __future__ import annotations

from crm_app.sync import conflicts
from tests.sync.conftest import Office


def test_two_laptops_adding_an_email_each_keep_both(office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco", skew_hours=2)
    contact = anna.crm.contacts.create({"family_name": "Sato",
                                        "emails": ["k.sato@example.jp", "old@example.jp"]})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    anna.crm.contacts.update(contact["id"], {"emails": [
        "k.sato@example.jp", "old@example.jp", "kenji@fujifilm.example"]})
    marco.crm.contacts.update(contact["id"], {"emails": ["k.sato@example.jp", "sato@home.example"]})
    for laptop in (anna, marco, anna):
        laptop.sync(office.shared_file)
    got = anna.crm.contacts.get(contact["id"])["emails"]
    # Marco's removal of old@ and both additions stay; nothing goes to the conflict list.
    assert sorted(got) == ["k.sato@example.jp", "kenji@fujifilm.example", "sato@home.example"]
    assert anna.dump() == marco.dump()
    assert conflicts.list_conflicts(anna.db) == conflicts.list_conflicts(marco.db) == []


def test_a_list_edited_knowing_the_other_simply_replaces_it(office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    contact = anna.crm.contacts.create({"family_name": "Ito", "phones": ["+81 3 1234 5678"]})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    marco.crm.contacts.update(contact["id"], {"phones": []})
    marco.sync(office.shared_file)
    anna.sync(office.shared_file)
    assert anna.crm.contacts.get(contact["id"])["phones"] == []
    assert anna.dump() == marco.dump()
