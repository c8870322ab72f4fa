"""Crash safety of `rekey` and `retire`: killed at every checkpoint, the shared file is the
old one or the new one (never lost nor half-written), and the next sync works."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crm_app.db import changelog
from crm_app.db.database import Database
from crm_app.sync.engine import sync
from crm_app.sync.fileformat import KeyRing, SyncFileError, open_file
from crm_app.sync.snapshot import Snapshot
from tests.sync.conftest import PASSPHRASE, TEST_KDF, Office

REPO = Path(__file__).resolve().parents[2]
NEW = "the new team passphrase"


def run(folder: Path, kill_at: int, action: str) -> int:
    result = subprocess.run(
        [sys.executable, "-m", "tests.sync.kill_runner", str(folder / "laptop.sqlite3"),
         str(folder / "share" / "team.crmsync"), PASSPHRASE, str(kill_at),
         str(folder / "trace.txt"), action],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    return result.returncode


@pytest.fixture(scope="module")
def start(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("kill-admin")
    office = Office(root)
    laptop, other = office.laptop("laptop"), office.laptop("other")
    for n in range(3):
        laptop.crm.contacts.create({"family_name": f"Kept {n}"})
    gone = laptop.crm.contacts.create({"family_name": "Deleted"})["id"]
    laptop.sync(office.shared_file)
    other.sync(office.shared_file)
    laptop.crm.contacts.delete(gone)
    office.advance(minutes=1)
    laptop.sync(office.shared_file)
    with other.db.engine.connect() as connection:
        other_id = changelog.device_id(connection)
    office.close()
    start = root / "start"
    (start / "share").mkdir(parents=True)
    shutil.copy(root / "laptop.sqlite3", start / "laptop.sqlite3")
    shutil.copy(laptop.install_id_file, start / "install-id")
    shutil.copy(office.shared_file, start / "share" / "team.crmsync")
    return start, other_id


def live_names(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return [r[0] for r in connection.exec_driver_sql(
            "SELECT family_name FROM contact WHERE deleted_at IS NULL ORDER BY family_name")]


def opened(path: Path, passphrase: str) -> Snapshot | None:
    try:
        return Snapshot.from_body(open_file(path.read_bytes(), KeyRing(passphrase),
                                            path.name).body())
    except SyncFileError:
        return None


@pytest.mark.parametrize("action", ["rekey", "retire"])
def test_killing_rekey_or_retire_leaves_the_old_file_or_the_new(
        start: tuple[Path, str], tmp_path: Path, action: str) -> None:
    folder, other_id = start
    command = f"rekey:{NEW}" if action == "rekey" else f"retire:{other_id}"
    old_bytes = (folder / "share" / "team.crmsync").read_bytes()
    reference = tmp_path / "reference"
    shutil.copytree(folder, reference)
    assert run(reference, 0, command) == 0
    points = (reference / "trace.txt").read_text().split()
    assert {"locked", "read", "encoded", "renamed"} <= set(points), points
    new_passphrase = NEW if action == "rekey" else PASSPHRASE
    sides = set()
    for index in range(1, len(points) + 1):
        here = tmp_path / f"kill-{index}"
        shutil.copytree(folder, here)
        assert run(here, index, command) == -9
        shared = here / "share" / "team.crmsync"
        if shared.read_bytes() == old_bytes:
            sides.add("old")
            passphrase = PASSPHRASE
        else:
            snapshot = opened(shared, new_passphrase)
            assert snapshot is not None, f"point {index} ({points[index - 1]})"
            if action == "retire":
                assert snapshot.devices[other_id].get("retired_at")
            sides.add("new")
            passphrase = new_passphrase
        db = Database.open(here / "laptop.sqlite3")
        try:
            before = live_names(db)
            sync(db, shared, passphrase, lock_timeout=5, kdf=TEST_KDF,
                 install_id_file=here / "install-id")
            assert live_names(db) == before == ["Kept 0", "Kept 1", "Kept 2"]  # nothing lost
        finally:
            db.close()
        shutil.rmtree(here)
    assert sides == {"old", "new"}
