"""Structured postal addresses of contacts: model, service validation, search, migration."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from crm_app.db.models import ContactAddress
from crm_app.db.search_index import rebuild
from crm_app.domain.address import one_line, parse_compact
from crm_app.domain.errors import ValidationError
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_data, dump_json

MILANO = {"kind": "work", "street": "Via Roma 1", "city": "Milano", "postcode": "20121",
          "region": "MI", "country": "italy"}
TOKYO = {"kind": "home", "label": "Flat", "street": "1-2-3 Shibuya\nRoom 405",
         "city": "Tokyo", "postcode": "150-0002", "country": "JP"}


def hits(crm: Crm, query: str) -> list[str]:
    return [hit.record_id for hit in crm.search.search(query)]


def test_a_contact_keeps_several_addresses_in_order_with_normalised_country(crm: Crm) -> None:
    contact = crm.contacts.create({"family_name": "Rossi", "addresses": [MILANO, TOKYO]})
    first, second = contact["addresses"]
    assert {k: first[k] for k in ("kind", "street", "city", "postcode", "region", "country",
                                  "label")} == {**MILANO, "country": "IT", "label": ""}
    assert second["street"] == "1-2-3 Shibuya\nRoom 405"
    assert second["kind"] == "home" and second["label"] == "Flat"
    assert crm.contacts.get(contact["id"])["addresses"] == [first, second]
    assert one_line(first) == "Via Roma 1, 20121 Milano MI, Italy"


def test_update_replaces_edits_by_id_and_soft_deletes_the_removed(crm: Crm) -> None:
    contact = crm.contacts.create({"family_name": "Rossi", "addresses": [MILANO, TOKYO]})
    first, second = contact["addresses"]
    changed = crm.contacts.update(contact["id"], {"addresses": [{**first, "city": "Roma"}]})
    assert [(a["id"], a["city"]) for a in changed["addresses"]] == [(first["id"], "Roma")]
    with crm.db.session() as session:
        removed = session.get(ContactAddress, second["id"])
        assert removed is not None and removed.deleted_at is not None  # sync sees it
    assert [a["id"] for a in dump_data(crm.db)["contact_address"]] == [first["id"]]


@pytest.mark.parametrize(("bad", "message"), [
    ({"kind": "work"}, "at least a street"),
    ({"kind": "work", "street": "  ", "city": ""}, "at least a street"),
    ({"city": "Milano", "country": "Atlantis"}, "unknown country"),
    ({"city": "Milano", "kind": "office"}, "not one of"),
    ({"city": "Milano", "planet": "Mars"}, "no field 'planet'"),
])
def test_a_bad_address_is_refused_and_changes_nothing(crm: Crm, bad: dict[str, str],
                                                      message: str) -> None:
    contact = crm.contacts.create({"family_name": "Rossi", "addresses": [MILANO]})
    before = dump_json(crm.db)
    with pytest.raises(ValidationError, match=message):
        crm.contacts.update(contact["id"], {"addresses": [MILANO, bad], "job_title": "CEO"})
    with pytest.raises(ValidationError, match=message):
        crm.contacts.create({"family_name": "Bianchi", "addresses": [bad]})
    assert dump_json(crm.db) == before


def test_addresses_through_the_record_service(crm: Crm) -> None:
    contact = crm.contacts.create({"family_name": "Rossi"})
    made = crm.addresses.create({"contact_id": contact["id"], "city": "Torino"})
    assert made["kind"] == "work" and made["position"] == 0
    second = crm.addresses.create({"contact_id": contact["id"], "country": "DE"})
    assert second["position"] == 1
    with pytest.raises(ValidationError, match="at least a street"):
        crm.addresses.update(made["id"], {"city": ""})
    crm.addresses.update(made["id"], {"street": "Corso Francia 5"})
    crm.addresses.delete(second["id"])
    assert [a["street"] for a in crm.contacts.get(contact["id"])["addresses"]] == [
        "Corso Francia 5"]
    with pytest.raises(ValidationError, match="no contact"):
        crm.addresses.create({"contact_id": "nope", "city": "Torino"})
    with pytest.raises(ValidationError, match="required"):
        crm.addresses.create({"city": "Torino"})


def test_a_contact_is_found_by_its_city_and_street(crm: Crm) -> None:
    contact = crm.contacts.create({"family_name": "Rossi", "addresses": [MILANO]})
    other = crm.contacts.create({"family_name": "Bianchi"})
    assert hits(crm, "Milano") == [contact["id"]]
    assert hits(crm, "via roma") == [contact["id"]]
    crm.addresses.create({"contact_id": other["id"], "street": "Königsallee 12",
                          "city": "Düsseldorf"})
    assert hits(crm, "dusseldorf") == [other["id"]]
    assert hits(crm, "konigsallee") == [other["id"]]
    crm.contacts.update(contact["id"], {"addresses": []})
    assert hits(crm, "Milano") == []
    with crm.db.session() as session:
        rebuild(session)
    assert hits(crm, "dusseldorf") == [other["id"]]


def test_the_compact_cli_form() -> None:
    assert parse_compact("work;Via Roma 1;Milano;20121;MI;IT") == {
        "kind": "work", "label": "", "street": "Via Roma 1", "city": "Milano",
        "postcode": "20121", "region": "MI", "country": "IT"}
    assert parse_compact("home;;Tokyo")["city"] == "Tokyo"
    with pytest.raises(ValidationError, match="at most 7 parts"):
        parse_compact("work;a;b;c;d;IT;label;extra")
    with pytest.raises(ValidationError, match="at least a street"):
        parse_compact("work;;;;")


def test_the_migrated_table_has_the_model_columns(crm: Crm) -> None:
    with crm.db.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("contact_address")}
    assert {"contact_id", "kind", "label", "street", "city", "postcode", "region", "country",
            "position", "deleted_at"} <= columns
