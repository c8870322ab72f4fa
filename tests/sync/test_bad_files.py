"""A shared file that cannot be used gets one clear message, and nothing changes anywhere."""

from __future__ import annotations

import json
import os
import sqlite3
import struct
from pathlib import Path

import pytest

from crm_app.sync import lock as lock_module
from crm_app.sync.fileformat import PREFIX, SyncFileError
from tests.sync.conftest import Laptop, Office


def local_state(laptop: Laptop) -> tuple[str, list[tuple[object, ...]]]:
    with sqlite3.connect(laptop.db.path) as raw:
        rows = raw.execute("SELECT * FROM sync_row ORDER BY 1, 2").fetchall()
        rows += raw.execute("SELECT * FROM sync_state WHERE key NOT IN ('device_id') "
                            "ORDER BY 1").fetchall()
        rows += raw.execute("SELECT * FROM sync_conflict").fetchall()
    return laptop.dump(), rows


@pytest.fixture
def pair(office: Office) -> tuple[Laptop, Laptop]:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    anna.crm.contacts.create({"given_name": "Kenji", "family_name": "Sato"})
    anna.sync(office.shared_file)
    marco.crm.contacts.create({"family_name": "Unsent"})  # Marco has something to send
    return anna, marco


def assert_refused(office: Office, laptop: Laptop, message: str, **options: object) -> None:
    file_before = office.shared_file.read_bytes()
    local_before = local_state(laptop)
    with pytest.raises(SyncFileError, match=message):
        laptop.sync(office.shared_file, **options)  # type: ignore[arg-type]
    assert office.shared_file.read_bytes() == file_before
    assert local_state(laptop) == local_before
    assert not lock_module.lock_path_for(office.shared_file).exists()
    leftovers = [p.name for p in office.share.iterdir() if p != office.shared_file]
    assert leftovers == []


def test_wrong_passphrase(office: Office, pair: tuple[Laptop, Laptop]) -> None:
    assert_refused(office, pair[1], "^wrong passphrase for team.crmsync$",
                   passphrase="not the team's")


def test_tampered_file(office: Office, pair: tuple[Laptop, Laptop]) -> None:
    data = bytearray(office.shared_file.read_bytes())
    data[-40] ^= 0x01
    office.shared_file.write_bytes(bytes(data))
    assert_refused(office, pair[1], "tampered with or damaged")


def test_tampered_header(office: Office, pair: tuple[Laptop, Laptop]) -> None:
    data = office.shared_file.read_bytes()
    _magic, _version, length = PREFIX.unpack_from(data)
    header = json.loads(data[PREFIX.size:PREFIX.size + length])
    header["generation"] = "f" * len(header["generation"])  # same length, other bytes
    forged = json.dumps(header, sort_keys=True).encode()
    assert len(forged) == length
    office.shared_file.write_bytes(data[:PREFIX.size] + forged + data[PREFIX.size + length:])
    assert_refused(office, pair[1], "tampered with or damaged")


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_truncated_file(office: Office, pair: tuple[Laptop, Laptop], keep: float) -> None:
    data = office.shared_file.read_bytes()
    office.shared_file.write_bytes(data[: int(len(data) * keep)])
    assert_refused(office, pair[1], "truncated")


def test_file_from_a_newer_format(office: Office, pair: tuple[Laptop, Laptop]) -> None:
    data = bytearray(office.shared_file.read_bytes())
    struct.pack_into(">H", data, 8, 3)
    office.shared_file.write_bytes(bytes(data))
    assert_refused(office, pair[1], r"newer version of the app \(sync format 3")


def test_not_a_sync_file(office: Office, pair: tuple[Laptop, Laptop]) -> None:
    office.shared_file.write_text("name,email\nKenji,k@example.jp\n")
    assert_refused(office, pair[1], "not a CRM sync file")


def test_unreachable_folder(office: Office, pair: tuple[Laptop, Laptop]) -> None:
    before = local_state(pair[1])
    with pytest.raises(SyncFileError, match="does not exist or is not reachable"):
        pair[1].sync(office.root / "unplugged-usb" / "team.crmsync")
    assert local_state(pair[1]) == before


def test_read_only_location(office: Office, pair: tuple[Laptop, Laptop],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    if os.geteuid() != 0:
        office.share.chmod(0o555)
    else:  # root may write anywhere: make the OS answer as it does for a read-only folder
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) ==
                            office.share and mode == os.W_OK else real_access(p, mode, **kw))
    try:
        assert_refused(office, pair[1], "read-only location")
    finally:
        office.share.chmod(0o755)
