"""Change recording: per field, in the edit's own transaction, with a clock that never goes
back; received changes keep their stamps."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_app.domain import hlc
from crm_app.domain.errors import ValidationError
from crm_app.services.demo import generate_demo
from tests.sync.conftest import Office

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@settings(max_examples=60, derandomize=True)
@given(st.lists(st.tuples(st.integers(-10**7, 10**7), st.booleans()), max_size=40))
def test_stamps_always_grow_whatever_the_wall_clock_does(
        steps: list[tuple[int, bool]]) -> None:
    last: str | None = None
    for offset_ms, receive in steps:
        wall = T0 + timedelta(milliseconds=offset_ms)
        if receive:  # a stamp from another laptop, maybe far ahead
            seen = hlc.Stamp(hlc.millis_of(wall) + 3_600_000, 7, "bbbbbbbbbbbb").encode()
            after = hlc.observe(last, seen)
            assert after is not None and after >= seen
            last = after
            continue
        stamp = hlc.tick(last, wall, "aaaaaaaaaaaa")
        assert last is None or stamp > last
        assert hlc.parse(stamp).device == "aaaaaaaaaaaa"
        last = stamp


def sync_rows(path: object) -> dict[str, tuple[str, dict[str, list[str]]]]:
    with sqlite3.connect(str(path)) as raw:
        return {r[0]: (r[1], json.loads(r[2])) for r in
                raw.execute("SELECT row_id, base, fields FROM sync_row")}


def test_each_changed_field_gets_the_edit_stamp(office: Office) -> None:
    anna = office.laptop("anna")
    contact = anna.crm.contacts.create({"given_name": "Kenji", "family_name": "Sato"})
    base, fields = sync_rows(anna.db.path)[contact["id"]]
    assert fields == {}
    office.advance(minutes=1)
    anna.crm.contacts.update(contact["id"], {"job_title": "CEO", "family_name": "Sato"})
    _base, fields = sync_rows(anna.db.path)[contact["id"]]
    assert set(fields) == {"job_title", "updated_at"}  # family_name did not change
    stamp, replaced = fields["job_title"]
    assert stamp > base and replaced == ""  # replaced the unsent creation: nobody saw it


def test_a_failed_edit_records_nothing(office: Office) -> None:
    anna = office.laptop("anna")
    contact = anna.crm.contacts.create({"family_name": "Sato"})
    before = sync_rows(anna.db.path)
    with pytest.raises(ValidationError):
        anna.crm.contacts.update(contact["id"], {"family_name": "", "given_name": ""})
    assert sync_rows(anna.db.path) == before


def test_the_bulk_path_records_every_row(office: Office) -> None:
    anna = office.laptop("anna")
    counts = generate_demo(anna.db, 20, seed=3)
    rows = sync_rows(anna.db.path)
    with sqlite3.connect(str(anna.db.path)) as raw:
        contacts = [r[0] for r in raw.execute("SELECT id FROM contact")]
    assert len(contacts) == counts["contacts"] and all(c in rows for c in contacts)
