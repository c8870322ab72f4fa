"""Crash safety: a real sync process killed at every checkpoint leaves both sides usable.

Each run starts from the same two files (this laptop's database with unsent edits, and a
shared file with a colleague's changes), kills the sync at one point, then checks that the
database opens and holds either the data before or after the sync, that the shared file
decrypts and holds either the old or the new state, and that the next sync completes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from crm_app.db.database import Database
from crm_app.services.demo import generate_demo
from crm_app.services.dump import dump_json
from crm_app.sync.engine import sync
from crm_app.sync.fileformat import KeyRing, open_file
from crm_app.sync.snapshot import Snapshot, row_from_raw
from tests.sync.conftest import PASSPHRASE, Office

REPO = Path(__file__).resolve().parents[2]
MIN_POINTS = 50


def file_tables(path: Path) -> dict[str, Any]:
    """What the file says about each row: values, erasure and each field's winning stamp
    (the bookkeeping of compaction, epochs and 'replaced' stamps aside)."""
    body = open_file(path.read_bytes(), KeyRing(PASSPHRASE), path.name).body()
    snapshot = Snapshot.from_body(body)
    result: dict[str, Any] = {}
    for name, table in snapshot.tables.items():
        rows = {}
        for row_id in table.rows:
            row = row_from_raw(table.columns, table.rows[row_id])
            rows[row_id] = (row.values, row.erased, {c: row.stamp(c) for c in table.columns})
        result[name] = rows
    return result


def run_sync(folder: Path, kill_at: int) -> int:
    result = subprocess.run(
        [sys.executable, "-m", "tests.sync.kill_runner", str(folder / "laptop.sqlite3"),
         str(folder / "share" / "team.crmsync"), PASSPHRASE, str(kill_at),
         str(folder / "trace.txt")],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    return result.returncode


@pytest.fixture(scope="module")
def start(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A colleague's changes in the shared file; this laptop's own unsent edits."""
    root = tmp_path_factory.mktemp("kill-start")
    office = Office(root)
    colleague, laptop = office.laptop("colleague"), office.laptop("laptop")
    third = office.laptop("third")
    generate_demo(colleague.db, 60, seed=7)
    colleague.sync(office.shared_file)
    laptop.sync(office.shared_file)
    for contact in colleague.crm.contacts.list(limit=15):
        colleague.crm.contacts.update(contact["id"], {"job_title": "changed by colleague"})
    colleague.crm.contacts.create({"family_name": "NewFromColleague"})
    colleague.sync(office.shared_file)
    # A third laptop's save that the cloud kept as a conflicted copy.
    copy = office.share / "team (third's conflicted copy 2026-11-20).crmsync"
    shutil.copy(office.shared_file, copy)
    third.sync(copy)
    third.crm.contacts.update(third.crm.contacts.list(limit=1, offset=20)[0]["id"],
                              {"given_name": "Renamed by the third laptop"})
    third.sync(copy)
    for contact in laptop.crm.contacts.list(limit=10, offset=30):
        laptop.crm.contacts.update(contact["id"], {"notes": "changed here"})
    laptop.crm.contacts.delete(laptop.crm.contacts.list(limit=1, offset=50)[0]["id"])
    office.close()
    start = root / "start"
    (start / "share").mkdir(parents=True)
    shutil.copy(root / "laptop.sqlite3", start / "laptop.sqlite3")
    shutil.copy(laptop.install_id_file, start / "install-id")  # the same computer
    shutil.copy(office.shared_file, start / "share" / "team.crmsync")
    shutil.copy(copy, start / "share" / copy.name)
    return start


def copy_of(start: Path, folder: Path) -> Path:
    shutil.copytree(start, folder)
    return folder


def state(folder: Path) -> tuple[str, dict[str, Any]]:
    db = Database.open(folder / "laptop.sqlite3")
    try:
        return dump_json(db), file_tables(folder / "share" / "team.crmsync")
    finally:
        db.close()


def test_killing_a_sync_at_any_point_loses_nothing(start: Path, tmp_path: Path) -> None:
    before = state(copy_of(start, tmp_path / "before"))
    reference = copy_of(start, tmp_path / "reference")
    assert run_sync(reference, 0) == 0
    after = state(reference)
    assert after[0] != before[0] and after[1] != before[1]
    assert "Renamed by the third laptop" in after[0]
    points = (reference / "trace.txt").read_text().split()
    assert len(points) >= MIN_POINTS, points

    def kill_and_check(index: int) -> tuple[int, str, str]:
        folder = copy_of(start, tmp_path / f"kill-{index}")
        code = run_sync(folder, index)
        local, shared = state(folder)
        local_side = "before" if local == before[0] else "after" if local == after[0] else "?"
        file_side = "before" if shared == before[1] else "after" if shared == after[1] else "?"
        # The next sync finishes the work, whatever was left behind.
        db = Database.open(folder / "laptop.sqlite3")
        try:
            sync(db, folder / "share" / "team.crmsync", PASSPHRASE, lock_timeout=5,
                 install_id_file=folder / "install-id")
        finally:
            db.close()
        assert state(folder) == after, f"point {index} ({points[index - 1]})"
        shutil.rmtree(folder)
        return code, local_side, file_side

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(kill_and_check, range(1, len(points) + 1)))
    assert all(code == -9 for code, _, _ in results)  # each run really was killed
    assert all(local != "?" and shared != "?" for _, local, shared in results), results
    # The points cover every phase: nothing done, local written only, both written.
    assert {(r[1], r[2]) for r in results} >= {("before", "before"), ("after", "before"),
                                               ("after", "after")}
