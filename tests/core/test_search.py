"""Full-text search: ranked, prefix, accent-insensitive, any script, same transaction."""

from __future__ import annotations

import pytest

from crm_app.db.search_index import rebuild
from crm_app.services.crm import Crm


@pytest.fixture
def people(crm: Crm) -> dict[str, str]:
    org = crm.organisations.create({"name": "株式会社メディカル", "country": "JP"})
    ids = {
        "muller": crm.contacts.create({"given_name": "Hans", "family_name": "Müller"})["id"],
        "citta": crm.organisations.create({"name": "Città della Salute"})["id"],
        "yamada": crm.contacts.create({
            "given_name": "太郎", "family_name": "山田", "given_name_latin": "Taro",
            "family_name_latin": "Yamada", "organisation_id": org["id"]})["id"],
        "ivanov": crm.contacts.create({"given_name": "Иван", "family_name": "Иванов"})["id"],
        "org": org["id"],
    }
    return ids


def ids(crm: Crm, query: str) -> list[str]:
    return [hit.record_id for hit in crm.search.search(query)]


@pytest.mark.parametrize(("query", "who"), [
    ("muller", "muller"), ("MÜLL", "muller"), ("citta", "citta"), ("Città sal", "citta"),
    ("山田", "yamada"), ("yama", "yamada"), ("Иванов", "ivanov"), ("ivanov", "ivanov"),
    ("иван", "ivanov"), ("メディカル", "org"), ("メディ", "org"),
])
def test_finds(crm: Crm, people: dict[str, str], query: str, who: str) -> None:
    assert people[who] in ids(crm, query)


def test_contacts_are_found_by_their_organisation(crm: Crm, people: dict[str, str]) -> None:
    assert people["yamada"] in ids(crm, "メディカル")


def test_operators_typed_by_users_are_plain_text(crm: Crm, people: dict[str, str]) -> None:
    assert ids(crm, 'AND OR "NOT* (') == []
    assert ids(crm, "") == []


def test_title_matches_rank_first(crm: Crm) -> None:
    named = crm.organisations.create({"name": "Roche Diagnostics"})["id"]
    crm.organisations.create({"name": "Alpha", "city": "Roche-sur-Yon"})
    assert ids(crm, "roche")[0] == named


def test_deleted_records_leave_the_index_and_restore_returns_them(crm: Crm,
                                                                  people: dict[str, str]) -> None:
    crm.contacts.delete(people["muller"])
    assert people["muller"] not in ids(crm, "muller")
    crm.contacts.restore(people["muller"])
    assert people["muller"] in ids(crm, "muller")


def test_a_failed_transaction_leaves_the_index_unchanged(crm: Crm) -> None:
    with pytest.raises(RuntimeError), crm.db.session() as session:
        from crm_app.db.models import Organisation
        now = crm.clock()
        session.add(Organisation(name="Ghost Pharma", created_at=now, updated_at=now))
        session.flush()
        raise RuntimeError("boom")
    assert ids(crm, "ghost") == []


def test_rebuild_gives_the_same_results(crm: Crm, people: dict[str, str]) -> None:
    before = {q: sorted(ids(crm, q)) for q in ("muller", "山田", "ivanov", "citta")}
    with crm.db.session() as session:
        assert rebuild(session) == 5
    assert {q: sorted(ids(crm, q)) for q in before} == before


def test_renamed_records_are_found_by_the_new_name_only(crm: Crm) -> None:
    org = crm.organisations.create({"name": "Old Name Pharma"})
    crm.organisations.update(org["id"], {"name": "Nuovo Nome"})
    assert ids(crm, "nuovo") == [org["id"]]
    assert ids(crm, "old") == []


def test_contacts_follow_their_organisation_renamed(crm: Crm) -> None:
    org = crm.organisations.create({"name": "Alfa Pharma"})
    person = crm.contacts.create({"family_name": "Bauer", "organisation_id": org["id"]})
    crm.organisations.update(org["id"], {"name": "Omega Biotech"})
    assert person["id"] in ids(crm, "omega")
    assert person["id"] not in ids(crm, "alfa")


def test_a_single_letter_finds_names_starting_with_it(crm: Crm, people: dict[str, str]) -> None:
    assert ids(crm, "M") == [people["muller"]]
    assert people["ivanov"] in ids(crm, "И")
    assert ids(crm, "Q") == []


def test_hits_carry_a_line_that_tells_namesakes_apart(crm: Crm) -> None:
    org = crm.organisations.create({"name": "Astellas", "country": "JP", "city": "Tokyo"})
    crm.contacts.create({"family_name": "Sato", "job_title": "CEO", "organisation_id": org["id"],
                         "country": "JP"})
    event = crm.events.create({"name": "Sato Forum", "city": "Osaka", "country": "JP",
                               "start_date": "2026-03-01", "timezone": "Asia/Tokyo"})
    sato = crm.contacts.create({"family_name": "Ito", "organisation_id": org["id"]})
    crm.meetings.create({"subject": "Sato intro", "event_id": event["id"],
                         "starts_at": "2026-03-01 10:00", "place": "Booth 4",
                         "participants": [{"contact_id": sato["id"], "role": "foreign"}]})
    hits = crm.search.search("sato")
    details = {h.kind: h.detail for h in hits}
    assert details["contact"] == "CEO · Astellas · Japan"
    assert details["event"] == "Osaka · Japan · 2026-03-01"
    assert details["meeting"] == "2026-03-01 10:00 Asia/Tokyo · Ito (Astellas) · Booth 4"
    assert {h.kind: h.status for h in hits}["meeting"] == "confirmed"  # shown translated
    assert crm.search.search("astellas", kinds=("organisation",))[0].detail == (
        "company · Tokyo · Japan")


def test_names_only_matches_the_title_not_the_rest(crm: Crm) -> None:
    """A picker of organisations: "pharm" is Nyström Pharma's name, not a contact whose job
    is Pharmacist (found by the full search)."""
    pharma = crm.organisations.create({"name": "Nyström Pharma", "country": "SE"})
    lab = crm.organisations.create({"name": "Lund Labs", "country": "SE"})
    crm.contacts.create({"given_name": "Anna", "family_name": "Berg", "job_title": "Pharmacist",
                         "organisation_id": lab["id"]})
    everywhere = {h.record_id for h in crm.search.search("pharm")}
    assert pharma["id"] in everywhere and len(everywhere) >= 2
    names = crm.search.search("pharm", kinds=("organisation", "contact"), names_only=True)
    assert [h.record_id for h in names] == [pharma["id"]]
    assert [h.record_id for h in crm.search.search("nystr pha", names_only=True)] == \
        [pharma["id"]]
