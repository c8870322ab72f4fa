"""Two syncs at once, storage that ignores locks, and cloud 'conflicted copy' files."""

from __future__ import annotations

import json
import os
import shutil
import socket

import pytest

from crm_app.sync import lock as lock_module
from crm_app.sync.copies import ARCHIVE_FOLDER, find_conflicted_copies
from crm_app.sync.lock import SyncBusy, SyncLock
from tests.sync.conftest import Office


def test_a_live_lock_makes_the_second_sync_wait_then_give_up(office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    anna.crm.contacts.create({"family_name": "First"})
    holder = SyncLock(office.shared_file, "otherdevice", timeout=0)
    holder.acquire()
    try:
        with pytest.raises(SyncBusy, match="another sync is using the shared file"):
            anna.sync(office.shared_file, lock_timeout=0.3)
    finally:
        holder.release()
    assert not office.shared_file.exists()
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    assert marco.dump() == anna.dump()


def test_a_stale_lock_is_broken(office: Office) -> None:
    anna = office.laptop("anna")
    anna.crm.contacts.create({"family_name": "Late"})
    path = lock_module.lock_path_for(office.shared_file)
    path.write_text(json.dumps({"host": "someone-elses-laptop", "pid": 1, "token": "x"}))
    old = lock_module.storage_now(office.share) - lock_module.STALE_AFTER - 5
    os.utime(path, (old, old))
    anna.sync(office.shared_file, lock_timeout=0)
    assert office.shared_file.exists() and not path.exists()


def test_a_lock_left_by_a_crashed_process_here_is_broken_at_once(office: Office) -> None:
    anna = office.laptop("anna")
    path = lock_module.lock_path_for(office.shared_file)
    dead = os.fork()
    if dead == 0:
        os._exit(0)
    os.waitpid(dead, 0)
    path.write_text(json.dumps({"host": socket.gethostname(), "pid": dead, "token": "x"}))
    anna.sync(office.shared_file, lock_timeout=0)
    assert not path.exists()


def test_a_writer_that_ignores_the_lock_is_merged_not_overwritten(office: Office) -> None:
    anna, marco, sofia = (office.laptop(n) for n in ("anna", "marco", "sofia"))
    anna.sync(office.shared_file)
    anna.crm.contacts.create({"family_name": "FromAnna"})
    marco.crm.contacts.create({"family_name": "FromMarco"})
    lock = lock_module.lock_path_for(office.shared_file)
    hidden = lock.with_name("hidden-lock")
    done = []

    def sneak_in(point: str) -> None:
        # While Anna's new file waits to be renamed, Marco saves over the shared file.
        if point == "temp-synced" and not done:
            done.append(point)
            os.replace(lock, hidden)
            marco.sync(office.shared_file)
            os.replace(hidden, lock)

    report = anna.sync(office.shared_file, checkpoint=sneak_in)
    assert done and any("changed during the sync" in w for w in report.warnings)
    sofia.sync(office.shared_file)
    names = {c["family_name"] for c in sofia.crm.contacts.list()}
    assert names == {"FromAnna", "FromMarco"}
    marco.sync(office.shared_file)
    assert anna.dump() == marco.dump() == sofia.dump()


def test_conflicted_copies_are_merged_and_archived(office: Office) -> None:
    anna, marco, sofia = (office.laptop(n) for n in ("anna", "marco", "sofia"))
    shared = anna.crm.contacts.create({"given_name": "Mei", "family_name": "Chen"})
    for laptop in (anna, marco, sofia):
        laptop.sync(office.shared_file)
    # Two laptops saved at once; the cloud kept both: Marco's went into a conflicted copy.
    copy = office.share / "team (Marco's conflicted copy 2026-11-20).crmsync"
    shutil.copy(office.shared_file, copy)
    marco.crm.contacts.update(shared["id"], {"job_title": "from Marco"})
    marco.crm.contacts.create({"family_name": "OnlyInTheCopy"})
    marco.sync(copy)
    assert find_conflicted_copies(office.shared_file) == [copy]
    sofia.crm.contacts.update(shared["id"], {"notes": "from Sofia"})
    report = sofia.sync(office.shared_file)
    assert report.copies_merged == [copy.name]
    anna.sync(office.shared_file)
    assert not copy.exists()
    assert [p.name.endswith(copy.name) for p in (office.share / ARCHIVE_FOLDER).iterdir()] == [
        True]
    final = anna.crm.contacts.get(shared["id"])
    assert (final["job_title"], final["notes"]) == ("from Marco", "from Sofia")
    for laptop in (marco, sofia):
        laptop.sync(office.shared_file)
    assert anna.dump() == marco.dump() == sofia.dump()
    assert "OnlyInTheCopy" in anna.dump()


def test_copy_names_from_common_sync_tools_are_recognised(office: Office) -> None:
    names = ["team (1).crmsync", "team-DESKTOP-4T2.crmsync",
             "team.sync-conflict-20261120-101010-ABCDEFG.crmsync",
             "team (conflicted copy 2026-11-20).crmsync"]
    ignored = ["team.crmsync.lock", ".team.crmsync.123-ab.tmp", "teamwork.crmsync",
               "other.crmsync", "team.txt"]
    for name in names + ignored:
        (office.share / name).write_bytes(b"x")
    assert sorted(p.name for p in find_conflicted_copies(office.shared_file)) == sorted(names)
