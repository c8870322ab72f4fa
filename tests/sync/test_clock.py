"""Clocks: the bound on received stamps, and races that a clock ahead can disguise."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from crm_app.domain import hlc
from crm_app.sync import conflicts
from tests.sync.conftest import Office
from tests.sync.replicas import Cloud
from tests.sync.test_divergence import settle

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_a_received_stamp_moves_the_clock_at_most_a_day_ahead() -> None:
    year_ahead = hlc.Stamp(hlc.millis_of(NOW) + 365 * 86_400_000, 0, "aaaaaaaaaaaa").encode()
    after = hlc.observe(None, year_ahead, NOW)
    assert after is not None
    assert hlc.parse(after).when == NOW + hlc.MAX_DRIFT
    near = hlc.Stamp(hlc.millis_of(NOW) + 3_600_000, 0, "aaaaaaaaaaaa").encode()
    assert hlc.observe(None, near, NOW) == near


@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=6),
       st.lists(st.sampled_from(["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc"]),
                min_size=1, max_size=6))
def test_a_vector_knows_exactly_the_writes_up_to_its_entry(times: list[int],
                                                          devices: list[str]) -> None:
    stamps = [hlc.Stamp(t, 0, d).encode() for t, d in zip(times, devices, strict=False)]
    vector = hlc.join_known(*stamps)
    for stamp in stamps:
        assert hlc.knows(vector, stamp)
        later = hlc.Stamp(hlc.parse(stamp).millis + 10**7, 0, hlc.device_of(stamp)).encode()
        assert not hlc.knows(vector, later)


def test_a_race_through_a_third_laptop_with_a_clock_ahead_is_listed(office: Office) -> None:
    cloud = Cloud(office)
    a = office.laptop("a", skew_hours=20)  # ahead, within the bound
    b, c = office.laptop("b"), office.laptop("c")
    contact = a.crm.contacts.create({"family_name": "Ito", "job_title": "v1"})
    settle(cloud, [a, b, c])
    b.crm.contacts.update(contact["id"], {"job_title": "B's title"})
    cloud.sync(b)
    a.crm.contacts.update(contact["id"], {"job_title": "A's title"})  # never saw B's
    cloud.sync(a)
    cloud.upload(a, c)
    cloud.sync(c)
    c.crm.contacts.update(contact["id"], {"job_title": "C's title"})  # knew A's, not B's
    cloud.sync(c)
    cloud.upload(b, c)  # B's version lands over C's
    cloud.sync(c)
    settle(cloud, [a, b, c])
    assert {x.crm.contacts.get(contact["id"])["job_title"] for x in (a, b, c)} == {"C's title"}
    listed = [i for x in (a, b, c) for i in conflicts.list_conflicts(x.db)]
    assert any("B's title" in (i["mine"], i["theirs"]) for i in listed)
    assert a.dump() == b.dump() == c.dump()
