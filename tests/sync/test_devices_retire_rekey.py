"""`devices`, `retire`, `rekey`, same-computer copies and `create=False`, on real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crm_app.services.crm import Crm
from crm_app.sync import devices, rekey
from crm_app.sync.engine import sync
from crm_app.sync.fileformat import KeyRing, SyncFileError, open_file
from crm_app.sync.rekey import PassphraseChanged
from crm_app.sync.snapshot import Snapshot
from tests.sync.conftest import PASSPHRASE, TEST_KDF, Office

NEW = "a brand new team passphrase"


def snapshot(path: Path, passphrase: str = PASSPHRASE) -> Snapshot:
    return Snapshot.from_body(open_file(path.read_bytes(), KeyRing(passphrase),
                                        path.name).body())


def test_retire_purges_tombstones_and_a_returning_laptop_does_not_resurrect(
        office: Office) -> None:
    a, b, c = office.laptop("a"), office.laptop("b"), office.laptop("c")
    gone = a.crm.contacts.create({"family_name": "Deleted"})["id"]
    kept = a.crm.contacts.create({"family_name": "Kept"})["id"]
    for laptop in (a, b, c):
        laptop.sync(office.shared_file)
    a.crm.contacts.delete(gone)
    office.advance(minutes=5)
    a.sync(office.shared_file)
    b.crm.contacts.create({"family_name": "From B"})
    b.sync(office.shared_file)  # b now holds the tombstone; c is away with 'gone' alive
    listed = {d["device"]: d for d in devices.list_devices(a.db, office.shared_file,
                                                           PASSPHRASE)}
    assert len(listed) == 3 and sum(d["this_laptop"] for d in listed.values()) == 1
    c_id = next(d for d in listed if d not in (a.crm.db and _device(a), _device(b)))
    with pytest.raises(SyncFileError, match="cannot retire itself"):
        devices.retire_device(a.db, office.shared_file, PASSPHRASE, _device(a),
                              when=office.world[0])
    outcome = devices.retire_device(a.db, office.shared_file, PASSPHRASE, c_id[:6],
                                    when=office.world[0])
    assert outcome["device"] == c_id and outcome["purged"] == {"contact": 1}
    in_file = snapshot(office.shared_file)
    assert gone not in in_file.tables["contact"].rows and kept in in_file.tables["contact"].rows
    assert in_file.purged == {"contact": [gone]}
    with pytest.raises(SyncFileError, match="already retired"):
        devices.retire_device(a.db, office.shared_file, PASSPHRASE, c_id, when=office.world[0])
    # Active laptops drop their own copy of the purged tombstone, and do not send it back.
    for laptop in (a, b):
        laptop.sync(office.shared_file)
        assert _row_count(laptop, gone) == 0
    assert gone not in snapshot(office.shared_file).tables["contact"].rows
    # The retired laptop comes back with the record alive: told, compared, not resurrected.
    report = c.sync(office.shared_file)
    assert any("was retired" in w for w in report.warnings)
    assert _row_count(c, gone) == 0
    assert gone not in snapshot(office.shared_file).tables["contact"].rows
    for laptop in (a, b, c):
        laptop.sync(office.shared_file)
    assert a.dump() == b.dump() == c.dump()
    assert not snapshot(office.shared_file).devices[c_id].get("retired_at")  # rejoined


def _device(laptop: object) -> str:
    from crm_app.db import changelog
    with laptop.db.engine.connect() as connection:  # type: ignore[attr-defined]
        return changelog.device_id(connection)


def _row_count(laptop: object, row_id: str) -> int:
    with laptop.db.engine.connect() as connection:  # type: ignore[attr-defined]
        return int(connection.exec_driver_sql(
            "SELECT count(*) FROM contact WHERE id = ?", (row_id,)).scalar() or 0)


def test_rekey_reencrypts_and_the_others_are_told_the_passphrase_changed(
        office: Office) -> None:
    a, b = office.laptop("a"), office.laptop("b")
    a.crm.contacts.create({"family_name": "Rossi"})
    a.sync(office.shared_file)
    b.sync(office.shared_file)
    team = open_file(office.shared_file.read_bytes(), KeyRing(PASSPHRASE), "t").team
    with pytest.raises(SyncFileError, match="different"):
        rekey.rekey(a.db, office.shared_file, PASSPHRASE, PASSPHRASE, when=office.world[0])
    with pytest.raises(SyncFileError, match="wrong passphrase"):
        rekey.rekey(a.db, office.shared_file, "not it", NEW, when=office.world[0])
    rekey.rekey(a.db, office.shared_file, PASSPHRASE, NEW, when=office.world[0],
                kdf=TEST_KDF)
    assert open_file(office.shared_file.read_bytes(), KeyRing(NEW), "t").team == team
    b.crm.contacts.create({"family_name": "Bianchi"})
    before = b.dump()
    with pytest.raises(PassphraseChanged, match="changed on another laptop"):
        b.sync(office.shared_file)
    assert b.dump() == before  # nothing changed
    b.sync(office.shared_file, NEW)
    a.sync(office.shared_file, NEW)
    assert a.dump() == b.dump()
    # A laptop that never synced with this file and types a wrong passphrase: plain message.
    c = office.laptop("c")
    with pytest.raises(SyncFileError, match="wrong passphrase") as raised:
        c.sync(office.shared_file)
    assert not isinstance(raised.value, PassphraseChanged)


def test_a_database_copied_on_the_same_computer_gets_a_new_device_id(
        tmp_path: Path) -> None:
    install_id = tmp_path / "config" / "install-id"  # one computer
    share = tmp_path / "share"
    share.mkdir()
    shared = share / "team.crmsync"
    original = Crm.open(tmp_path / "one.sqlite3")
    original.contacts.create({"family_name": "Original"})
    sync(original.db, shared, PASSPHRASE, kdf=TEST_KDF, install_id_file=install_id)
    original.close()
    shutil.copy(tmp_path / "one.sqlite3", tmp_path / "copy.sqlite3")
    original, copy = Crm.open(tmp_path / "one.sqlite3"), Crm.open(tmp_path / "copy.sqlite3")
    first = _device(copy.db and _Holder(copy))
    copy.contacts.create({"family_name": "Made in the copy"})
    report = sync(copy.db, shared, PASSPHRASE, kdf=TEST_KDF, install_id_file=install_id)
    assert any("is a copy of device" in w for w in report.warnings)
    assert _device(_Holder(copy)) != first
    assert _device(_Holder(original)) == first
    original.contacts.create({"family_name": "Made in the original"})
    report = sync(original.db, shared, PASSPHRASE, kdf=TEST_KDF, install_id_file=install_id)
    assert not any("copy" in w for w in report.warnings)
    sync(copy.db, shared, PASSPHRASE, kdf=TEST_KDF, install_id_file=install_id)
    names = {c["family_name"] for c in copy.contacts.list()}
    assert {"Original", "Made in the copy", "Made in the original"} <= names
    # A database moved (the old file gone) keeps its id.
    copy.close()
    moved = tmp_path / "moved.sqlite3"
    (tmp_path / "copy.sqlite3").rename(moved)
    again = Crm.open(moved)
    device = _device(_Holder(again))
    report = sync(again.db, shared, PASSPHRASE, kdf=TEST_KDF, install_id_file=install_id)
    assert _device(_Holder(again)) == device and not report.warnings
    again.close()
    original.close()


class _Holder:
    def __init__(self, crm: Crm) -> None:
        self.db = crm.db


def test_create_false_never_creates_the_file(office: Office) -> None:
    a = office.laptop("a")
    with pytest.raises(SyncFileError, match="no shared file"):
        a.sync(office.shared_file, create=False)
    assert not office.shared_file.exists()
    a.sync(office.shared_file)
    a.sync(office.shared_file, create=False)


def test_a_lock_taken_over_during_the_sync_is_reported(office: Office) -> None:
    import json

    from crm_app.sync.lock import lock_path_for
    a = office.laptop("a")
    a.crm.contacts.create({"family_name": "Rossi"})
    a.sync(office.shared_file)
    a.crm.contacts.create({"family_name": "Bianchi"})
    lock = lock_path_for(office.shared_file)

    def take_over(name: str) -> None:
        if name == "read":  # another laptop broke our lock and took it
            lock.write_text(json.dumps({"device": "other", "token": "theirs"}))

    report = a.sync(office.shared_file, checkpoint=take_over)
    assert any("lock on the shared file was broken" in w for w in report.warnings)
    assert lock.exists()  # the other laptop's lock is left alone
