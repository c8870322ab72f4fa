"""The two ways issue 10 found to leave laptops permanently different, played through real
files: a storage that ignores the lock, and a file put back one version."""

from __future__ import annotations

import json
from collections.abc import Iterable

from tests.sync.conftest import Laptop, Office
from tests.sync.replicas import Cloud


def names(laptop: Laptop) -> set[str]:
    return {c["family_name"] for c in json.loads(laptop.dump())["contact"]}


def settle(cloud: Cloud, laptops: list[Laptop], rounds: int = 2,
           repairs: Iterable[Laptop] = ()) -> None:
    """A well-behaved cloud afterwards: each laptop in turn gets the latest file and syncs
    (those in `repairs` may find and heal data a test damaged, at their first sync here)."""
    pending = set(map(id, repairs))
    latest = laptops[0]

    def sync(laptop: Laptop) -> None:
        cloud.sync(laptop, expect_repair=id(laptop) in pending)
        pending.discard(id(laptop))

    sync(latest)
    for _ in range(rounds):
        for laptop in laptops:
            if latest is not laptop:
                cloud.upload(latest, laptop)
            sync(laptop)
            latest = laptop


def start(office: Office, cloud: Cloud, who: Iterable[str]) -> list[Laptop]:
    laptops = [office.laptop(n) for n in who]
    laptops[0].crm.contacts.create({"family_name": "Base"})
    settle(cloud, laptops)
    return laptops


def test_storage_ignoring_the_lock_does_not_hide_a_write_from_a_third_laptop(
        office: Office) -> None:
    cloud = Cloud(office)
    a, b, c = start(office, cloud, "abc")
    a.crm.contacts.create({"family_name": "Ana"})
    b.crm.contacts.create({"family_name": "Bruno"})
    cloud.sync(a)  # A and B both read the same version; A's write lands first
    cloud.upload(a, c)
    cloud.sync(c)  # C reads A's version
    assert names(c) == {"Base", "Ana"}
    cloud.sync(b)  # B writes from the version it read earlier...
    cloud.upload(b, a, c)  # ...and the cloud lets it land over A's
    cloud.sync(c)
    assert "Bruno" in names(c)
    settle(cloud, [a, b, c])
    assert names(a) == names(b) == names(c) == {"Base", "Ana", "Bruno"}
    assert a.dump() == b.dump() == c.dump()


def test_a_file_put_back_one_version_and_rewritten_elsewhere_is_not_taken_as_seen(
        office: Office) -> None:
    cloud = Cloud(office)
    a, b, d = start(office, cloud, "abd")
    old = cloud.replica(a).read_bytes()
    b.crm.contacts.create({"family_name": "Bea"})
    cloud.sync(b)
    cloud.upload(b, a)
    cloud.sync(a)
    assert "Bea" in names(a)
    for laptop in (a, d):
        cloud.put(laptop, old)  # the old version is put back
    d.crm.contacts.create({"family_name": "Dario"})
    cloud.sync(d)  # D writes its own, different next version
    cloud.upload(d, a, b)
    cloud.sync(a)
    assert "Dario" in names(a)
    settle(cloud, [a, b, d])
    assert names(a) == names(b) == names(d) == {"Base", "Bea", "Dario"}
    assert a.dump() == b.dump() == d.dump()
