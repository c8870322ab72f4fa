"""Quick capture: one step, and a bad value leaves nothing half-made."""

from __future__ import annotations

import pytest

from crm_app.domain.errors import ValidationError
from crm_app.services.capture import capture, split_name
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json


def test_capture_creates_person_organisation_and_note(crm: Crm) -> None:
    contact_id = capture(crm, "Anna Maria Rossi", "Osaka Medical", "Wants a catalogue",
                         email="anna@osaka.example")
    contact = crm.contacts.get(contact_id)
    assert (contact["given_name"], contact["family_name"]) == ("Anna Maria", "Rossi")
    org = crm.organisations.get(contact["organisation_id"])
    assert org["name"] == "Osaka Medical"
    assert [i.kind for i in crm.queries.timeline("contact", contact_id)] == ["note"]
    again = capture(crm, "Ken Mori", "osaka medical", "")
    assert crm.contacts.get(again)["organisation_id"] == org["id"]


def test_a_bad_email_leaves_no_organisation_behind(crm: Crm) -> None:
    before = dump_json(crm.db)
    with pytest.raises(ValidationError, match="email"):
        capture(crm, "Ken Mori", "Brand New Pharma", "note", email="not-an-email")
    assert dump_json(crm.db) == before


def test_split_name() -> None:
    assert split_name("Rossi") == ("", "Rossi")
    assert split_name("  Anna  Maria Rossi ") == ("Anna Maria", "Rossi")
