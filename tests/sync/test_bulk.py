"""The first sync of an empty laptop takes the bulk path (crm_app.sync.bulk): what it stores
must be what the row-by-row path stores, and a failure midway must leave the schema whole."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from crm_app.db.models import SYNCED_MODELS
from crm_app.services.demo import generate_demo
from crm_app.sync import bulk, local
from crm_app.sync.erasure import erase_contact
from crm_app.sync.merge import Row
from tests.sync.conftest import Laptop, Office


def _fill(anna: Laptop) -> None:
    generate_demo(anna.db, 40, seed=5)
    anna.crm.contacts.create({"given_name": "Hans", "family_name": "Weber",
                              "addresses": [{"kind": "work", "city": "Berlin"},
                                            {"kind": "home", "street": "Unter den Linden 5",
                                             "city": "Potsdam"}]})
    anna.crm.contacts.create({"given_name": "Иван", "family_name": "Петров",
                              "emails": ["ivan@example.ru"]})
    anna.crm.contacts.create({"given_name": "太郎", "family_name": "山田",
                              "addresses": [{"city": "大阪"}]})
    gone = anna.crm.contacts.create({"given_name": "Gone", "family_name": "Away"})
    anna.crm.contacts.delete(gone["id"])


def _stored(path: Path) -> dict[str, Any]:
    """Everything a sync writes here, in a comparable form (search entries by record id:
    their integer doc ids are internal)."""
    connection = sqlite3.connect(path)
    try:
        found: dict[str, Any] = {}
        for model in SYNCED_MODELS:
            table = model.__tablename__
            found[table] = connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        found["sync_row"] = connection.execute(
            "SELECT * FROM sync_row ORDER BY table_name, row_id").fetchall()
        found["sync_digest"] = connection.execute(
            "SELECT * FROM sync_digest ORDER BY table_name").fetchall()
        found["search"] = connection.execute(
            "SELECT d.record_id, d.kind, f.title, f.body FROM search_doc d "
            "JOIN search_fts f ON f.rowid = d.doc_id ORDER BY d.record_id").fetchall()
        found["docs"] = connection.execute("SELECT count(*) FROM search_doc").fetchone()
        found["fts_config"] = connection.execute(
            "SELECT k, v FROM search_fts_config ORDER BY k").fetchall()
        found["schema"] = sorted(connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(), key=str)
        found["matches"] = [connection.execute(
            "SELECT d.record_id FROM search_fts JOIN search_doc d ON d.doc_id = search_fts.rowid"
            " WHERE search_fts MATCH ? ORDER BY d.record_id", (query,)).fetchall()
            for query in ("pots*", "ivan*", "petrov", "大", "berlin", "we*")]
        return found
    finally:
        connection.close()


def _edit_through_two_laptops(office: Office, anna: Laptop) -> None:
    """Rows whose clocks name fields (with the stamps they replaced and list items' marks),
    an erased contact and deleted records: what a file holds after a few weeks."""
    marco = office.laptop("marco")
    marco.sync(office.shared_file)
    first, second, third = (c["id"] for c in anna.crm.contacts.list(limit=3))
    anna.crm.contacts.update(first, {"job_title": "Buyer", "emails": ["a@example.it"]})
    office.advance(minutes=5)
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    marco.crm.contacts.update(first, {"emails": ["a@example.it", "b@example.it"]})
    marco.crm.contacts.update(second, {"notes": "called back"})
    marco.crm.contacts.delete(third)
    office.advance(minutes=5)
    marco.sync(office.shared_file)
    anna.sync(office.shared_file)
    erase_contact(anna.db, second, shared_file=office.shared_file)
    office.advance(minutes=5)
    anna.sync(office.shared_file)  # a full write, compacting the clocks both laptops merged
    marco.sync(office.shared_file)
    marco.crm.contacts.update(first, {"emails": ["b@example.it", "c@example.it"],
                                      "job_title": "Head buyer"})
    office.advance(minutes=5)
    marco.sync(office.shared_file)
    anna.sync(office.shared_file)  # receives only: the file keeps marco's clocks


@pytest.mark.parametrize("history", [False, True], ids=["first-write", "after-edits"])
def test_the_bulk_path_stores_what_the_row_by_row_path_stores(
        office: Office, monkeypatch: pytest.MonkeyPatch, history: bool) -> None:
    anna = office.laptop("anna")
    _fill(anna)
    anna.sync(office.shared_file)
    if history:
        _edit_through_two_laptops(office, anna)
    slow, fast = office.laptop("slow"), office.laptop("fast")
    taken: list[bool] = []
    start = bulk.start
    monkeypatch.setattr(bulk, "start", lambda cursor: (taken.append(True), start(cursor))[1])
    monkeypatch.setattr(bulk, "BULK_FROM", 10**9)
    slow.sync(office.shared_file)
    assert taken == []
    monkeypatch.setattr(bulk, "BULK_FROM", 1)
    report = fast.sync(office.shared_file)
    assert taken == [True]
    assert report.received["contact"] == 44
    if history:  # the file holds named fields, list items' marks and an erasure
        with sqlite3.connect(fast.db.path) as connection:
            fields = [f for (f,) in connection.execute("SELECT fields FROM sync_row")]
            erased = connection.execute("SELECT count(*) FROM sync_row WHERE erased IS NOT NULL"
                                        ).fetchone()
        assert any(len(entry) == 3 for f in fields for entry in json.loads(f).values())
        assert erased[0] >= 1
    slow_stored, fast_stored = _stored(slow.db.path), _stored(fast.db.path)
    assert fast_stored["search"] and fast_stored["matches"][0]
    for key in slow_stored:
        assert fast_stored[key] == slow_stored[key], key
    assert fast.dump() == slow.dump() == anna.dump()
    # The next syncs go the usual way and find both copies in step.
    fast.crm.contacts.create({"given_name": "Neu", "family_name": "Kontakt"})
    for laptop in (fast, anna, slow):
        laptop.sync(office.shared_file)
    assert taken == [True]
    assert [h.record_id for h in slow.crm.search.search("Kontakt")] == [
        h.record_id for h in fast.crm.search.search("Kontakt")]
    assert fast.dump() == slow.dump() == anna.dump()


def test_a_laptop_with_rows_of_its_own_takes_the_row_by_row_path(
        office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    _fill(anna)
    anna.sync(office.shared_file)
    marco.crm.contacts.create({"given_name": "Eigene", "family_name": "Daten"})
    monkeypatch.setattr(bulk, "BULK_FROM", 1)
    monkeypatch.setattr(bulk, "start", lambda cursor: pytest.fail("bulk path taken"))
    marco.sync(office.shared_file)
    anna.sync(office.shared_file)
    assert marco.dump() == anna.dump()


def test_a_first_sync_failing_midway_leaves_indexes_triggers_and_settings_as_they_were(
        office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    _fill(anna)
    anna.sync(office.shared_file)
    schema_before = _stored(marco.db.path)["schema"]
    monkeypatch.setattr(bulk, "BULK_FROM", 1)

    def fail(name: str) -> None:
        if name == "merged-meeting":
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        marco.sync(office.shared_file, checkpoint=fail)
    after = _stored(marco.db.path)
    assert after["schema"] == schema_before
    assert after["contact"] == [] and after["sync_row"] == [] and after["search"] == []
    with marco.db.engine.connect() as connection:
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    assert cache == -32000
    marco.sync(office.shared_file)
    assert marco.dump() == anna.dump()
    assert _stored(marco.db.path)["schema"] == schema_before


@pytest.mark.parametrize("fields", [
    {},
    {"job_title": ("0001-a", "")},
    {"emails": ("0002-b", "0001-a"), "given_name": ("0003-c\u00e9\n\"\\", "")},
])
def test_clock_fields_are_written_as_json_dumps_writes_them(fields: dict[str, Any]) -> None:
    import json

    from crm_app.sync.snapshot import encode_fields

    items = {"emails": {'"é@x.it"': ["0002-b", 1], "\u2028\x1f": ["0002-b", 0]}} if fields else {}
    row = Row("0000-base", fields, None, {}, items)
    expected = json.dumps(encode_fields(row), separators=(",", ":"), ensure_ascii=False)
    assert local._fields_json(row) == expected


@pytest.mark.parametrize("value", [
    [], ["a@example.it"], ["a@b.it", "+39 02 1234"], ["Müller", "иван@пример.рф", "山田"],
    ["quote \" backslash \\ tab \t nl \n", "\u2028\x1f\x7f", "\ud83d\ude00", "\ud800"],
    [{"label": "x"}], ["mixed", 1], {"k": ["v"]},
])
def test_json_columns_are_written_as_json_dumps_writes_them(value: Any) -> None:
    assert bulk.json_text(value) == json.dumps(value)


def _search_entries(laptop: Laptop) -> list[Any]:
    return [_stored(laptop.db.path)[key] for key in ("search", "docs", "matches")]


def test_received_edits_update_search_entries_in_place_as_a_fresh_index_would_hold_them(
        office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    org = anna.crm.organisations.create({"name": "Fujifilm Toyama"})
    staying = anna.crm.contacts.create({"given_name": "Hans", "family_name": "Weber",
                                        "organisation_id": org["id"], "job_title": "Buyer"})
    quiet = anna.crm.contacts.create({"given_name": "Ivan", "family_name": "Petrov",
                                      "organisation_id": org["id"]})
    leaving = anna.crm.contacts.create({"given_name": "Gone", "family_name": "Soon"})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    office.advance(hours=1)
    anna.crm.contacts.update(staying["id"], {"job_title": "Head of purchasing"})
    anna.crm.contacts.update(quiet["id"], {"notes": "not in the search entry"})
    anna.crm.contacts.delete(leaving["id"])
    anna.crm.organisations.update(org["id"], {"name": "Fujifilm Berlin"})
    anna.crm.addresses.create({"contact_id": quiet["id"], "city": "Potsdam"})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    fresh = office.laptop("fresh")
    fresh.sync(office.shared_file)
    assert _search_entries(marco) == _search_entries(fresh) == _search_entries(anna)
    assert [h.record_id for h in marco.crm.search.search("purchasing")] == [staying["id"]]
    assert {h.record_id for h in marco.crm.search.search("Berlin")} >= {staying["id"],
                                                                       quiet["id"]}
    assert [h.record_id for h in marco.crm.search.search("Potsdam")] == [quiet["id"]]
    assert marco.crm.search.search("Soon") == []
