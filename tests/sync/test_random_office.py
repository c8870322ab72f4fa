"""Five laptops in a cloud folder that ignores the lock, puts back older versions and lives
with skewed clocks (one beyond the 24 h bound). After everyone syncs twice, every laptop's
`crm dump` is the same and every write that should win is there: for each field, the write
with the greatest stamp; every deletion."""

from __future__ import annotations

import json
import os
import random
import sqlite3
from typing import Any

import pytest

from crm_app.db import changelog
from crm_app.domain.errors import DomainError
from crm_app.sync import devices
from tests.sync.conftest import PASSPHRASE, Laptop, Office
from tests.sync.replicas import Cloud
from tests.sync.test_divergence import settle

SKEWS = [0, 5, -3, 20, 30]  # hours; the last one is beyond the bound
# Seeds 4 and 5 both end with laptops that differ on the code before issue 10's fix (checked).
SEEDS = [int(s) for s in os.environ.get("CRM_RANDOM_SEEDS", "4,5").split(",")]
RETIRE_SEEDS = [int(s) for s in os.environ.get("CRM_RETIRE_SEEDS", "1,3,4").split(",")]


def field_stamp(laptop: Laptop, contact_id: str, name: str) -> str:
    with sqlite3.connect(laptop.db.path) as raw:
        base, fields = raw.execute(
            "SELECT base, fields FROM sync_row WHERE table_name = 'contact' AND row_id = ?",
            (contact_id,)).fetchone()
    entry = json.loads(fields).get(name)
    return str(entry[0] if entry else base)


def live_ids(laptop: Laptop) -> list[str]:
    return sorted(c["id"] for c in json.loads(laptop.dump())["contact"])


def device_of(laptop: Laptop) -> str:
    with laptop.db.engine.connect() as connection:
        return changelog.device_id(connection)


def retire_one(cloud: Cloud, laptop: Laptop, others: list[Laptop], rng: random.Random
               ) -> bool:
    """`laptop` retires another through its own replica (as `crm sync retire` would); the
    retired one may come back later with writes of its own."""
    target = rng.choice(others)
    try:
        devices.retire_device(laptop.db, cloud.replica(laptop), PASSPHRASE, device_of(target),
                              when=laptop.crm.clock())
    except DomainError:  # not in this replica's file yet, or already retired: told, no change
        return False
    cloud.saved.append(cloud.replica(laptop).read_bytes())
    return True


def play(office: Office, seed: int, steps: int = 70, retired: list[int] | None = None
         ) -> tuple[list[Laptop], dict[str, Any]]:
    """`retired`: when given, laptops also retire each other; each retirement is counted."""
    rng = random.Random(seed)
    cloud = Cloud(office)
    laptops = [office.laptop(f"l{i}", skew_hours=h) for i, h in enumerate(SKEWS)]
    writes: dict[tuple[str, str], list[tuple[str, Any]]] = {}  # (contact, field) -> stamps
    deleted: set[str] = set()
    inflight: list[tuple[Laptop, bytes]] = []
    counter = 0
    for _ in range(steps):
        office.advance(minutes=rng.randint(1, 90))
        laptop = rng.choice(laptops)
        action = rng.random()
        mine = live_ids(laptop)
        if action < 0.1 or not mine:
            counter += 1
            name, title = f"P{counter}", f"t{counter}"
            made = laptop.crm.contacts.create({"family_name": name, "job_title": title})
            for field, value in (("family_name", name), ("job_title", title)):
                writes[(made["id"], field)] = [
                    (field_stamp(laptop, made["id"], field), value)]
        elif action < 0.25:
            counter += 1
            target = rng.choice(mine)
            laptop.crm.contacts.update(target, {"job_title": f"t{counter}"})
            writes[(target, "job_title")].append(
                (field_stamp(laptop, target, "job_title"), f"t{counter}"))
        elif action < 0.27:
            target = rng.choice(mine)
            laptop.crm.contacts.delete(target)
            deleted.add(target)
        elif action < 0.7:
            before = len(cloud.saved)
            cloud.sync(laptop)
            if len(cloud.saved) > before:  # the upload is in flight: it lands later
                inflight.append((laptop, cloud.saved[-1]))
        elif retired is not None and 0.7 <= action < 0.75:
            if retire_one(cloud, laptop, [x for x in laptops if x is not laptop], rng):
                retired.append(1)
                inflight.append((laptop, cloud.saved[-1]))
        elif action < 0.92:  # an upload lands on every other replica, over newer ones
            if inflight:
                source, data = inflight.pop(rng.randrange(len(inflight)))
                for other in laptops:
                    if other is not source:
                        cloud.put(other, data)
        elif cloud.saved:  # an older version is put back into one replica
            cloud.restore(laptop, rng.randrange(len(cloud.saved)))
    office.advance(hours=1)
    settle(cloud, laptops, rounds=2)
    expected: dict[str, Any] = {}
    for (contact_id, field), stamped in writes.items():
        if contact_id not in deleted:
            expected.setdefault(contact_id, {})[field] = max(stamped)[1]
    return laptops, expected


def assert_converged(laptops: list[Laptop], expected: dict[str, Any]) -> None:
    """One state on every laptop, holding every winning write and no deleted contact."""
    dumps = [x.dump() for x in laptops]
    assert all(d == dumps[0] for d in dumps), "laptops differ after two rounds"
    contacts = {c["id"]: c for c in json.loads(dumps[0])["contact"]}
    assert set(contacts) == set(expected)
    for contact_id, fields in expected.items():
        for field, value in fields.items():
            assert contacts[contact_id][field] == value, (contact_id, field)


@pytest.mark.parametrize("seed", SEEDS)
def test_five_laptops_converge_and_every_winning_write_is_there(office: Office,
                                                               seed: int) -> None:
    laptops, expected = play(office, seed)
    assert_converged(laptops, expected)


@pytest.mark.parametrize("seed", RETIRE_SEEDS)
def test_five_laptops_converge_with_retirements(office: Office, seed: int) -> None:
    """Laptops retire each other while the cloud races and restores; a retired laptop that
    comes back rejoins: still one state everywhere, every winning write, no deletion undone."""
    retired: list[int] = []
    laptops, expected = play(office, seed, steps=90, retired=retired)
    assert retired, "the run retired nobody: choose another seed"
    assert_converged(laptops, expected)
