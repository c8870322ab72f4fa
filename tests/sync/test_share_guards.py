"""Guards around the shared file's place: a missing file is not silently replaced, locks keep
fresh and survive, only real conflicted-copy names are merged (never another team's file),
and the passphrase neither leaks to child processes nor lands in a plain-text keyring."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import null

from crm_app.cli.main import main
from crm_app.services.crm import Crm
from crm_app.sync import copies, passphrase
from crm_app.sync import lock as lock_module
from crm_app.sync.copies import ARCHIVE_FOLDER, find_conflicted_copies
from crm_app.sync.lock import STALE_AFTER, SyncBusy, SyncLock, lock_path_for, storage_now
from crm_app.sync.passphrase import ENV_VAR, NOT_REMEMBERED
from tests.conftest import MemoryKeyring
from tests.sync.conftest import PASSPHRASE, Office


def crm(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *words])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


# -- a missing file ----------------------------------------------------------------------

def test_a_laptop_that_synced_before_needs_create_for_a_missing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], secret_file: Path,
        memory_keyring: MemoryKeyring) -> None:
    share = tmp_path / "share"
    share.mkdir()
    shared, db = share / "team.crmsync", tmp_path / "a.sqlite3"
    service = Crm.open(db)
    service.contacts.create({"family_name": "Rossi"})
    service.close()
    code, out, err = crm(capsys, db, "sync", str(shared), "--passphrase-file", str(secret_file))
    assert code == 0 and "the shared file was created" in out, err  # the first sync may create
    hidden = tmp_path / "elsewhere.crmsync"
    shutil.move(shared, hidden)  # the share is unmounted: the mount point is empty
    code, out, err = crm(capsys, db, "sync")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and f"the shared file {shared} is missing" in err
    assert "add --create" in err and not shared.exists()
    other = tmp_path / "E-drive" / "team.crmsync"  # the stick came back under another letter
    other.parent.mkdir()
    code, _, err = crm(capsys, db, "sync", str(other))
    assert code == 1 and f"this laptop last synced with {shared} on " in err
    assert not other.exists()
    code, out, err = crm(capsys, db, "sync", str(other), "--create",
                         "--passphrase-file", str(secret_file))
    assert code == 0 and "the shared file was created" in out, err
    assert other.exists()


# -- locks -------------------------------------------------------------------------------

def test_a_long_sync_keeps_its_lock_fresh(office: Office,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    anna.crm.contacts.create({"family_name": "First"})
    monkeypatch.setattr(lock_module, "HEARTBEAT_EVERY", 0.0)
    lock = lock_path_for(office.shared_file)
    seen: list[str] = []

    def slow_work(point: str) -> None:
        if point == "parsed":  # as if this sync had been working for longer than STALE_AFTER
            old = storage_now(office.share) - STALE_AFTER - 60
            os.utime(lock, (old, old))
        if point == "encoded" and not seen:
            seen.append(point)
            # The heartbeat at the checkpoints since then refreshed the lock: not stale.
            assert storage_now(office.share) - lock.stat().st_mtime < STALE_AFTER
            with pytest.raises(SyncBusy):
                marco.sync(office.shared_file, lock_timeout=0)

    anna.sync(office.shared_file, checkpoint=slow_work)
    assert seen and not lock.exists()
    marco.sync(office.shared_file)
    assert marco.dump() == anna.dump()


def test_a_lock_that_vanishes_during_a_sync_does_not_crash_it(office: Office) -> None:
    anna = office.laptop("anna")
    anna.crm.contacts.create({"family_name": "First"})
    lock = lock_path_for(office.shared_file)

    retaken: list[str] = []

    def cloud_deletes_it(point: str) -> None:
        if point == "read":  # before the sync refreshes its lock
            lock.unlink()
        if point == "parsed":
            retaken.append(json.loads(lock.read_text())["device"])

    anna.sync(office.shared_file, checkpoint=cloud_deletes_it)
    assert office.shared_file.exists() and not lock.exists()
    assert len(retaken) == 1  # the refresh took the lock again


def test_a_lock_dated_in_the_future_is_judged_by_the_storage_clock(office: Office) -> None:
    lock = lock_path_for(office.shared_file)
    lock.write_text(json.dumps({"host": "laptop-a-year-ahead", "pid": 1, "token": "t1"}))
    ahead = storage_now(office.share) + 365 * 86400
    os.utime(lock, (ahead, ahead))
    waiting = SyncLock(office.shared_file, "me", timeout=0)
    with pytest.raises(SyncBusy):
        waiting.acquire()  # alive for all we know, but re-dated by the storage's clock
    assert lock.stat().st_mtime <= storage_now(office.share) + 1
    # Nobody refreshes it: once STALE_AFTER has passed on the storage's clock, it is broken.
    old = storage_now(office.share) - STALE_AFTER - 1
    os.utime(lock, (old, old))
    waiting.acquire()
    assert json.loads(lock.read_text())["token"] == waiting.token
    waiting.release()
    assert not lock.exists()


def test_refresh_never_touches_a_lock_someone_else_took_over(office: Office) -> None:
    mine = SyncLock(office.shared_file, "me", timeout=0)
    mine.acquire()
    lock = lock_path_for(office.shared_file)
    lock.write_text(json.dumps({"host": "other", "pid": 1, "token": "theirs"}))
    mine.refresh()
    mine.release()
    assert mine.lost and json.loads(lock.read_text())["token"] == "theirs"


# -- conflicted copies -------------------------------------------------------------------

REAL_COPY_NAMES = [
    "team (Giulia's conflicted copy 2026-11-24).crmsync",  # Dropbox
    "team (Giulia’s conflicted copy 2026-11-24).crmsync",
    "team (DESKTOP-UMS014A's conflicted copy 2026-11-24 (1)).crmsync",
    "team (conflicted copy 2026-11-24 101500).crmsync",  # Nextcloud
    "team (conflicted copy Giulia Rossi 2026-11-24 101500).crmsync",
    "team_conflict-20261124-101500.crmsync",  # ownCloud / Nextcloud before 2.5
    "team.sync-conflict-20261124-101500-ABCDEFG.crmsync",  # Syncthing
    "team-LAPTOP.crmsync", "team-LAPTOP-2.crmsync", "team-DESKTOP-4T2ABCD.crmsync",  # OneDrive
    "team (1).crmsync", "team (12).crmsync",  # Google Drive
]
NOT_COPIES = [
    "team-old.crmsync", "team (backup).crmsync", "team - Copy.crmsync", "team_2026.crmsync",
    "team (copy).crmsync", "team.sync-conflict-2026.crmsync", "teamwork.crmsync",
    "team-backup-before-restore.crmsync", "team (1).crmsync.lock", "team (1).txt",
    "team.crmsync.lock", ".team.crmsync.123-ab.tmp", "other (1).crmsync",
    "team-2.crmsync", "team-LAPTOP-WITH-A-VERY-LONG-NAME.crmsync",
]


def test_only_names_that_sync_tools_produce_are_taken(office: Office) -> None:
    for name in REAL_COPY_NAMES + NOT_COPIES:
        (office.share / name).write_bytes(b"x")
    assert sorted(p.name for p in find_conflicted_copies(office.shared_file)) == sorted(
        REAL_COPY_NAMES)


def test_another_teams_file_is_never_merged(tmp_path: Path, office: Office,
                                            capsys: pytest.CaptureFixture[str],
                                            secret_file: Path,
                                            memory_keyring: MemoryKeyring) -> None:
    ours, theirs = office.laptop("ours"), office.laptop("theirs")
    ours.crm.contacts.create({"family_name": "Ours"})
    ours.sync(office.shared_file)
    elsewhere = tmp_path / "other-team"
    elsewhere.mkdir()
    theirs.crm.contacts.create({"family_name": "SomeoneElses"})
    theirs.sync(elsewhere / "team.crmsync")  # same passphrase, a separate team file
    stray = office.share / "team (1).crmsync"
    shutil.copy(elsewhere / "team.crmsync", stray)
    assert find_conflicted_copies(office.shared_file) == []
    assert copies.foreign_copies(office.shared_file) == [stray]
    code, out, err = crm(capsys, ours.crm.db.path, "sync", str(office.shared_file),
                         "--passphrase-file", str(secret_file))
    assert code == 0, err
    assert "team (1).crmsync is named like a conflicted copy of team.crmsync but belongs to " \
           "another team's shared file" in out
    assert stray.exists() and not (office.share / ARCHIVE_FOLDER).exists()
    assert [c["family_name"] for c in ours.crm.contacts.list()] == ["Ours"]


# -- the passphrase ----------------------------------------------------------------------

def test_the_environment_passphrase_is_not_inherited(office: Office,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    found = passphrase.find(office.shared_file, None, None)
    assert (found.value, found.source) == (PASSPHRASE, "environment")
    child = subprocess.run([sys.executable, "-c",
                            f"import os; print(os.environ.get({ENV_VAR!r}, 'absent'))"],
                           capture_output=True, text=True, check=True)
    assert child.stdout.strip() == "absent"


def test_the_cli_removes_it_before_anything_else_runs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    code, _, err = crm(capsys, tmp_path / "a.sqlite3", "sync", str(tmp_path / "t.crmsync"))
    assert code == 0, err
    assert ENV_VAR not in os.environ


@pytest.fixture
def installed_keyring() -> Any:
    previous = keyring.get_keyring()

    def install(backend: Any) -> None:
        keyring.set_keyring(backend)

    yield install
    keyring.set_keyring(previous)


def test_a_keyring_that_forgets_is_reported(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            secret_file: Path, installed_keyring: Any) -> None:
    installed_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    code, out, err = crm(capsys, tmp_path / "a.sqlite3", "sync", str(tmp_path / "t.crmsync"),
                         "--passphrase-file", str(secret_file))
    assert code == 0, err
    assert f"note: {NOT_REMEMBERED}" in out


def test_a_plain_text_keyring_is_not_used(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          secret_file: Path, installed_keyring: Any) -> None:
    alt = pytest.importorskip("keyrings.alt.file")
    backend = alt.PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    installed_keyring(backend)
    code, out, err = crm(capsys, tmp_path / "a.sqlite3", "sync", str(tmp_path / "t.crmsync"),
                         "--passphrase-file", str(secret_file))
    assert code == 0, err
    assert "PlaintextKeyring of keyrings.alt" in out and "was not saved" in out
    assert not Path(backend.file_path).exists() or PASSPHRASE not in Path(
        backend.file_path).read_text()


class FileKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backends where that package is not installed."""

    __module__ = "keyrings.alt.file"


def test_a_file_keyring_is_reported_in_the_app_message_too(office: Office,
                                                           installed_keyring: Any) -> None:
    backend = FileKeyring()
    installed_keyring(backend)
    message = passphrase.remember(office.shared_file, PASSPHRASE)
    assert message is not None and "keeps passwords in a file" in message
    assert backend.entries == {} and passphrase.stored(office.shared_file) is None
