"""Convergence proven from the data (digests), rollback detection, the copied database."""

from __future__ import annotations

import json
import secrets
import sqlite3
from typing import Any

from crm_app.sync import conflicts
from crm_app.sync.fileformat import KeyRing, encode_file, open_file
from tests.sync.conftest import PASSPHRASE, Office
from tests.sync.replicas import Cloud
from tests.sync.test_divergence import names, settle, start


def rewrite(path: Any, change: Any) -> None:
    """A buggy writer: changes the body without touching any clock, under a new generation."""
    opened = open_file(path.read_bytes(), KeyRing(PASSPHRASE), path.name)
    body = opened.body()
    change(body)
    generation = secrets.token_hex(8)
    body["chain"].append([body["epoch"] + 1, generation])
    body["generation"] = generation
    body["epoch"] += 1
    path.write_bytes(encode_file(body, opened.keys, generation))


def test_values_that_differ_under_equal_clocks_are_found_by_the_digests_and_healed(
        office: Office) -> None:
    cloud = Cloud(office)
    a, b = start(office, cloud, "ab")

    def blank_name(body: dict[str, Any]) -> None:
        table = body["tables"]["contact"]
        column = table["columns"].index("family_name")
        table["rows"][0][4][column] = "Zzz"

    rewrite(cloud.replica(a), blank_name)
    report = cloud.sync(a, expect_repair=True)
    assert any("different data" in w for w in report.warnings)
    settle(cloud, [a, b], repairs=[b])  # b held the old value under the same clock
    assert a.dump() == b.dump()
    assert names(a) == names(b) == {"Zzz"}  # equal stamps: the content decides, everywhere


def test_a_file_restored_from_a_backup_is_reported_and_loses_nothing(office: Office) -> None:
    cloud = Cloud(office)
    a, b = start(office, cloud, "ab")
    old = cloud.replica(a).read_bytes()
    office.advance(days=4)
    b.crm.contacts.create({"family_name": "Bea"})
    cloud.sync(b)
    cloud.upload(b, a)
    cloud.sync(a)
    office.advance(days=1)
    cloud.put(a, old)  # the previous version is put back
    report = cloud.sync(a)
    [warning] = [w for w in report.warnings if "older than" in w]
    assert "synced on 24 Nov 2026" in warning and "restored from a backup" in warning
    assert report.sent == {"contact": 1}  # what the older file lacks, sent again
    cloud.upload(a, b)
    cloud.sync(b)
    assert names(a) == names(b) == {"Base", "Bea"}


def test_rollback_to_the_generation_another_laptop_last_saw(office: Office) -> None:
    # B's edit went out in a file that is then put back; A had last seen exactly that old
    # version (nothing is wrong for A), B notices at its next sync and sends the edit again.
    cloud = Cloud(office)
    a, b = start(office, cloud, "ab")
    old = cloud.replica(a).read_bytes()
    b.crm.contacts.create({"family_name": "Bea"})
    cloud.sync(b)
    cloud.put(b, old)
    assert cloud.sync(a).up_to_date
    report = cloud.sync(b)
    assert any("older than" in w for w in report.warnings)
    cloud.upload(b, a)
    cloud.sync(a)
    assert names(a) == {"Base", "Bea"}
    assert a.dump() == b.dump()


def state(laptop: Any, key: str) -> str:
    with sqlite3.connect(laptop.db.path) as raw:
        row = raw.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def test_digests_are_kept_in_the_file_and_locally(office: Office) -> None:
    cloud = Cloud(office)
    [a] = start(office, cloud, "a")
    opened = open_file(cloud.replica(a).read_bytes(), KeyRing(PASSPHRASE), "team")
    assert json.loads(state(a, "digests")) == opened.body()["digests"]


def copy_database(office: Office, source: Any, name: str) -> Any:
    with sqlite3.connect(source.db.path) as src, sqlite3.connect(
            office.root / f"{name}.sqlite3") as dst:
        src.backup(dst)
    return office.laptop(name)  # another computer: its own install id


def test_a_database_copied_to_another_computer_gets_its_own_device_id(office: Office) -> None:
    cloud = Cloud(office)
    [a] = start(office, cloud, "a")
    contact = a.crm.contacts.create({"family_name": "Sato"})
    copy = copy_database(office, a, "copy")
    # Both edit the same field after the copy: under one device id these were equal stamps.
    a.crm.contacts.update(contact["id"], {"job_title": "original's"})
    copy.crm.contacts.update(contact["id"], {"job_title": "copy's"})
    cloud.sync(a)
    cloud.upload(a, copy)
    report = cloud.sync(copy)
    assert any("copied from another computer" in w for w in report.warnings)
    assert state(copy, "device_id") != state(a, "device_id")
    settle(cloud, [a, copy])
    assert a.dump() == copy.dump()
    titles = {a.crm.contacts.get(contact["id"])["job_title"]}
    listed = conflicts.list_conflicts(a.db) + conflicts.list_conflicts(copy.db)
    assert titles <= {"original's", "copy's"} and listed  # one wins, the other is listed
    assert not any("copied" in w for w in cloud.sync(copy).warnings)  # told once


def test_a_file_rewritten_by_an_older_app_still_merges_in_full(office: Office) -> None:
    cloud = Cloud(office)
    a, b = start(office, cloud, "ab")

    def as_format_1(body: dict[str, Any]) -> None:
        b_id = next(iter(body["devices"]))
        body.pop("digests")
        body["devices"][b_id]["epoch"] = -1  # whatever an old writer recorded
        table = body["tables"]["contact"]
        values = list(table["rows"][0][4])
        values[table["columns"].index("family_name")] = "Old"
        table["rows"].append(["legacy-2", table["rows"][0][1], 0, None, values])

    rewrite(cloud.replica(a), as_format_1)
    opened = open_file(cloud.replica(a).read_bytes(), KeyRing(PASSPHRASE), "team")
    body = opened.body()
    body.pop("chain")
    body["generation"] = "feedfacefeedface"
    cloud.put(a, encode_file(body, opened.keys, "feedfacefeedface"))
    report = cloud.sync(a)
    assert report.warnings == []
    settle(cloud, [a, b])
    assert names(a) == names(b) == {"Base", "Old"}
