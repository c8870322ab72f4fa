"""Duplicates by email, phone and similar names (accents, scripts, word order) within an
organisation or country; merge keeps everything of both and can be undone."""

from __future__ import annotations

import pytest

from crm_app.domain.errors import DomainError
from crm_app.services import duplicates, merge
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_data


def _pairs(crm: Crm) -> dict[frozenset[str], list[str]]:
    return {frozenset((p.a_id, p.b_id)): p.reasons for p in duplicates.scan(crm.db)}


def test_scan_finds_the_same_person(crm: Crm) -> None:
    add = crm.contacts.create
    org = crm.organisations.create({"name": "Bayer AG", "country": "DE"})
    mueller = add({"given_name": "Jürgen", "family_name": "Müller", "country": "DE"})
    muller = add({"given_name": "JURGEN", "family_name": "MULLER", "country": "DE"})
    swapped = add({"given_name": "Muller", "family_name": "Jurgen", "country": "DE"})
    elsewhere = add({"given_name": "Jürgen", "family_name": "Müller", "country": "AT"})
    ivanov = add({"given_name": "Сергей", "family_name": "Иванов", "country": "RU"})
    latin = add({"given_name": "Sergej", "family_name": "Ivanov", "country": "RU"})
    mail_a = add({"family_name": "Alpha", "emails": ["Same@Example.com"]})
    mail_b = add({"family_name": "Beta", "emails": ["same@example.com"]})
    phone_a = add({"family_name": "Gamma", "phones": ["+39 02 1234567"]})
    phone_b = add({"family_name": "Delta", "phones": ["+39021234567"]})
    org_a = add({"given_name": "Anna", "family_name": "Schmidt", "organisation_id": org["id"]})
    org_b = add({"given_name": "Ana", "family_name": "Schmidt", "organisation_id": org["id"]})
    other = add({"given_name": "Hans", "family_name": "Schmidt", "country": "DE"})
    pairs = _pairs(crm)
    key = lambda a, b: frozenset((a["id"], b["id"]))  # noqa: E731
    assert pairs[key(mueller, muller)] == ["similar name (100%) in the same country"]
    assert key(mueller, swapped) in pairs
    assert key(ivanov, latin) in pairs  # Cyrillic against its transliteration
    # a shared email or phone with unrelated names (info@, a switchboard) is no pair
    assert key(mail_a, mail_b) not in pairs and key(phone_a, phone_b) not in pairs
    assert pairs[key(org_a, org_b)][0].startswith("similar name (")
    assert key(mueller, elsewhere) not in pairs  # same name, other country
    assert not any(other["id"] in p for p in pairs)
    duplicates.dismiss(crm.db, muller["id"], mueller["id"])
    assert key(mueller, muller) not in _pairs(crm)


def test_matches_on_creation(crm: Crm) -> None:
    existing = crm.contacts.create({"given_name": "Zoë", "family_name": "Dubois",
                                    "country": "FR", "emails": ["zoe@sanofi.example.fr"]})
    found = duplicates.find_matches(crm.db, {"given_name": "Zoe", "family_name": "Dubois",
                                             "country": "FR"})
    assert [(m.record_id, m.score) for m in found] == [(existing["id"], 100)]
    assert duplicates.find_matches(crm.db, {"family_name": "X",
                                            "emails": ["zoe@sanofi.example.fr"]})[0].reason \
        == "same email zoe@sanofi.example.fr"


@pytest.fixture
def two(crm: Crm) -> tuple[dict, dict, dict]:
    staff = crm.staff.create({"name": "Anna Verdi"})
    keep = crm.contacts.create({"given_name": "Mario", "family_name": "Rossi", "country": "IT",
                                "emails": ["mario@rossi.example.it"], "job_title": "",
                                "notes": "from the fair", "tags": ["Fiera"]})
    other = crm.contacts.create({"given_name": "Mario", "family_name": "Rossi",
                                 "emails": ["m.rossi@gmail.example.com"], "job_title": "CEO",
                                 "phones": ["+39 333 1234567"], "notes": "from the phone",
                                 "tags": ["Fiera", "VIP"]})
    shared = crm.meetings.create({"starts_at": "2026-11-18 10:00", "subject": "Both",
                                  "participants": [{"contact_id": keep["id"]},
                                                   {"contact_id": other["id"]}]})
    crm.meetings.create({"starts_at": "2026-11-19 10:00", "subject": "Other only",
                         "participants": [{"contact_id": other["id"]},
                                          {"staff_id": staff["id"]}]})
    crm.followups.create({"title": "Send catalogue", "contact_id": other["id"]})
    crm.notes.create({"body": "Prefers email", "contact_id": other["id"]})
    gone = crm.notes.create({"body": "deleted note", "contact_id": other["id"]})
    crm.notes.delete(gone["id"])
    return keep, other, shared


def test_merge_keeps_everything_and_undo_restores(crm: Crm, two) -> None:
    keep, other, shared = two
    before = dump_data(crm.db)
    record = merge.merge_contacts(crm.db, keep["id"], other["id"], {"job_title": "other"},
                                  merged_by="Anna Verdi")
    merged = crm.contacts.get(keep["id"])
    assert merged["emails"] == ["mario@rossi.example.it", "m.rossi@gmail.example.com"]
    assert merged["phones"] == ["+393331234567"]
    assert merged["job_title"] == "CEO" and merged["country"] == "IT"
    assert merged["notes"] == "from the fair\n\nfrom the phone"
    assert merged["tags"] == ["Fiera", "VIP"]
    assert not crm.contacts.exists(other["id"])
    timeline = {item.title for item in crm.queries.timeline("contact", keep["id"])}
    assert {"Both", "Other only", "Send catalogue"} <= timeline
    assert any("Prefers email" in t for t in timeline)
    both = crm.meetings.get(shared["id"])["participants"]
    assert [p.get("contact_id") for p in both if p.get("contact_id")] == [keep["id"]]
    (history,) = merge.history(crm.db)
    assert (history["merged_by"], history["keep_id"], history["other_id"]) == (
        "Anna Verdi", keep["id"], other["id"])
    merge.undo_merge(crm.db, record["id"])
    after = dump_data(crm.db)
    strip = lambda d: {t: sorted(({k: v for k, v in r.items() if k != "updated_at"}  # noqa: E731
                                  for r in rows), key=lambda r: r["id"]) for t, rows in d.items()}
    assert strip(after) == strip(before)
    with pytest.raises(DomainError, match="already undone"):
        merge.undo_merge(crm.db, record["id"])


def test_merge_refusals(crm: Crm, two) -> None:
    keep, other, _ = two
    with pytest.raises(DomainError, match="itself"):
        merge.merge_contacts(crm.db, keep["id"], keep["id"])
    with pytest.raises(DomainError, match="keep, other or both"):
        merge.merge_contacts(crm.db, keep["id"], other["id"], {"notes": "mine"})
    record = merge.merge_contacts(crm.db, keep["id"], other["id"])
    crm.contacts.update(keep["id"], {"job_title": "Chair"})
    with pytest.raises(DomainError, match="changed after the merge"):
        merge.undo_merge(crm.db, record["id"])


def test_plan_shows_both_sides(crm: Crm, two) -> None:
    keep, other, _ = two
    fields = {f.name: f for f in merge.plan(crm.db, keep["id"], other["id"])}
    assert (fields["job_title"].keep_value, fields["job_title"].other_value,
            fields["job_title"].merged_value) == ("", "CEO", "CEO")
    assert fields["emails"].merged_value == ["mario@rossi.example.it",
                                             "m.rossi@gmail.example.com"]
