"""The shared file's header is checked before use, new files use Argon2id, old ones still open,
and a storage that refuses a write (full disk, immutable file) gives one clear line."""

from __future__ import annotations

import base64
import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.cli.main import main
from crm_app.services.crm import Crm
from crm_app.sync import fileformat, kdf
from crm_app.sync.fileformat import PREFIX, KeyRing, SyncFileError, open_file, read_header
from crm_app.sync.lock import lock_path_for
from crm_app.sync.passphrase import ENV_VAR
from tests.sync.conftest import PASSPHRASE, TEST_KDF, Laptop, Office

DAMAGED = "is damaged or is not a CRM sync file"
LEGACY = Path(__file__).parent / "data" / "legacy-format1.crmsync"  # written by the app before
LEGACY_PASSPHRASE = "old team passphrase"


def split(data: bytes) -> tuple[dict[str, Any], bytes]:
    _magic, _version, length = PREFIX.unpack_from(data)
    return json.loads(data[PREFIX.size:PREFIX.size + length]), data[PREFIX.size + length:]


def forge(data: bytes, **changes: Any) -> bytes:
    header, rest = split(data)
    header.update(changes)
    raw = json.dumps(header).encode()
    return PREFIX.pack(fileformat.MAGIC, 1, len(raw)) + raw + rest


def leftovers(office: Office) -> list[str]:
    return sorted(p.name for p in office.share.iterdir() if p != office.shared_file)


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> list[kdf.KdfParams]:
    """Records every key derivation: a forged header must be refused before any."""
    calls: list[kdf.KdfParams] = []
    real = kdf.KdfParams.derive

    def spy(self: kdf.KdfParams, passphrase: str, salt: bytes) -> bytes:
        calls.append(self)
        return real(self, passphrase, salt)

    monkeypatch.setattr(kdf.KdfParams, "derive", spy)
    return calls


@pytest.fixture
def synced(office: Office) -> tuple[Laptop, Laptop]:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    anna.crm.contacts.create({"given_name": "Kenji", "family_name": "Sato"})
    anna.sync(office.shared_file)
    marco.crm.contacts.create({"family_name": "Unsent"})
    return anna, marco


FORGED = {
    "n not a power of two": {"kdf": "scrypt", "n": 32769, "r": 8, "p": 1},
    "r zero": {"kdf": "scrypt", "n": 32768, "r": 0, "p": 1},
    "n 2^24 (16 GiB)": {"kdf": "scrypt", "n": 2**24, "r": 8, "p": 1},
    "n as a float": {"kdf": "scrypt", "n": 32768.0, "r": 8, "p": 1},
    "n true": {"kdf": "scrypt", "n": True, "r": 8, "p": 1},
    "argon2 of 4 GiB": {"kdf": "argon2id", "m": 4 * 1024**2, "t": 3, "p": 1},
    "argon2 of 100 passes": {"kdf": "argon2id", "m": 65536, "t": 100, "p": 1},
    "argon2 of 256 MiB x 16": {"kdf": "argon2id", "m": 262144, "t": 16, "p": 1},
    "argon2 with 0 lanes": {"kdf": "argon2id", "m": 65536, "t": 3, "p": 0},
    "unknown kdf": {"kdf": "pbkdf2"},
    "4-byte nonce": {"nonce": base64.b64encode(b"1234").decode()},
    "no nonce": {"nonce": None},
    "empty salt": {"salt": ""},
    "salt not base64": {"salt": "%%%"},
    "huge body length": {"body_length": 2**62},
    "negative body length": {"body_length": -5},
    "generation a list": {"generation": ["x"]},
    "other cipher": {"cipher": "ROT13"},
}


@pytest.mark.parametrize("changes", FORGED.values(), ids=FORGED.keys())
def test_a_forged_header_is_refused_before_any_key_is_derived(
        office: Office, synced: tuple[Laptop, Laptop], no_derivation: list[kdf.KdfParams],
        changes: dict[str, Any]) -> None:
    forged = forge(office.shared_file.read_bytes(), **changes)
    office.shared_file.write_bytes(forged)
    before = synced[1].dump()
    with pytest.raises(SyncFileError, match=f"^the shared file team.crmsync {DAMAGED} "):
        synced[1].sync(office.shared_file)
    assert no_derivation == []
    assert office.shared_file.read_bytes() == forged
    assert synced[1].dump() == before
    assert leftovers(office) == []


@pytest.mark.parametrize("keep", [0, 5, PREFIX.size, PREFIX.size + 10, -1])
def test_a_truncated_file_is_damaged(office: Office, synced: tuple[Laptop, Laptop],
                                     no_derivation: list[kdf.KdfParams], keep: int) -> None:
    data = office.shared_file.read_bytes()
    office.shared_file.write_bytes(data[:keep])
    if keep == 0:  # an empty file is rewritten (a first upload that never finished)
        return
    with pytest.raises(SyncFileError, match=DAMAGED):
        synced[1].sync(office.shared_file)
    assert no_derivation == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes_give_the_damaged_message_and_nothing_else(data: bytes) -> None:
    with pytest.raises(SyncFileError, match=DAMAGED):
        read_header(data, "x.crmsync")


VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
                   st.lists(st.integers(), max_size=3))
KEYS = st.sampled_from(["kdf", "n", "r", "p", "m", "t", "salt", "nonce", "key_check",
                        "generation", "team", "cipher", "compression", "body_length"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(KEYS, VALUES), st.sampled_from(["scrypt", "argon2id", None]))
def test_any_header_is_either_bounded_or_damaged(header: dict[str, Any],
                                                 kind: str | None) -> None:
    if kind is not None:
        header.setdefault("kdf", kind)
    raw = json.dumps(header).encode()
    data = PREFIX.pack(fileformat.MAGIC, 1, len(raw)) + raw + b"\0" * 64
    try:
        parsed = read_header(data, "x.crmsync", complete=False)
    except SyncFileError as exc:
        assert DAMAGED in str(exc) or "newer version" in str(exc)
        return
    assert parsed.params.cost <= kdf.MAX_MEMORY_KIB * 1024
    assert len(parsed.nonce) == fileformat.NONCE_LENGTH


def crm(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *words])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_says_damaged_in_one_line_and_exits_1(
        office: Office, synced: tuple[Laptop, Laptop], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    for forged in (forge(office.shared_file.read_bytes(), n=2**24, kdf="scrypt", r=8, p=1),
                   os.urandom(2000), b"CRMSYNC\0\0\1\xff\xff\xff\xff{"):
        office.shared_file.write_bytes(forged)
        monkeypatch.setenv(ENV_VAR, PASSPHRASE)
        code, out, err = crm(capsys, office.root / "cli.sqlite3", "sync", str(office.shared_file))
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and DAMAGED in err and "internal error" not in err
        assert office.shared_file.read_bytes() == forged


# -- the key derivation -----------------------------------------------------------------

def test_new_files_use_argon2id_with_their_parameters_in_the_header(
        office: Office, synced: tuple[Laptop, Laptop]) -> None:
    header, _ = split(office.shared_file.read_bytes())
    assert (header["kdf"], header["m"], header["t"], header["p"]) == ("argon2id", 8, 1, 1)
    assert "n" not in header and len(header["team"]) == 16
    synced[1].sync(office.shared_file)
    assert {c["family_name"] for c in synced[1].crm.contacts.list()} == {"Sato", "Unsent"}
    assert split(office.shared_file.read_bytes())[0]["team"] == header["team"]


def test_tuning_keeps_64_mib_and_at_least_two_passes() -> None:
    params = kdf.tuned(memory_kib=64, target=0.0)
    assert (params.kind, params.cost, params.passes, params.lanes) == ("argon2id", 64, 2, 1)
    assert kdf.tuned(memory_kib=64, target=10.0).passes == kdf.MAX_ARGON_PASSES


def test_a_real_file_from_the_cli_uses_64_mib(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "team.crmsync"
    service = Crm.open(tmp_path / "a.sqlite3")
    service.contacts.create({"family_name": "Rossi"})
    service.close()
    monkeypatch.setenv(ENV_VAR, "a real passphrase")
    code, _, err = crm(capsys, tmp_path / "a.sqlite3", "sync", str(shared))
    assert code == 0, err
    header, _ = split(shared.read_bytes())
    assert (header["kdf"], header["m"], header["p"]) == ("argon2id", 65536, 1)
    assert kdf.MIN_PASSES <= header["t"] <= kdf.MAX_ARGON_PASSES


def test_a_file_written_by_the_previous_version_opens_and_is_upgraded_on_write(
        office: Office) -> None:
    shutil.copy(LEGACY, office.shared_file)
    old_header, _ = split(LEGACY.read_bytes())
    assert old_header["kdf"] == "scrypt" and "team" not in old_header
    old_team = read_header(LEGACY.read_bytes(), "old").team
    sofia = office.laptop("sofia")
    sofia.crm.contacts.create({"family_name": "New"})
    sofia.sync(office.shared_file, passphrase=LEGACY_PASSPHRASE)
    names = {c["family_name"] for c in sofia.crm.contacts.list()}
    assert names == {"Ferri", "Satō", "New"}
    header, _ = split(office.shared_file.read_bytes())
    assert header["kdf"] == "argon2id" and header["team"] == old_team
    assert header["salt"] != old_header["salt"]
    luca = office.laptop("luca")
    luca.sync(office.shared_file, passphrase=LEGACY_PASSPHRASE)
    assert luca.dump() == sofia.dump()
    with pytest.raises(SyncFileError, match="wrong passphrase"):
        open_file(office.shared_file.read_bytes(), KeyRing("guess"), "t")


def test_a_cheap_file_is_rekeyed_when_a_laptop_with_real_parameters_writes() -> None:
    ring = KeyRing(PASSPHRASE, kdf.KdfParams(kdf.ARGON2ID, 16, 1, 1))
    cheap = KeyRing(PASSPHRASE, TEST_KDF).keys(b"s" * 16)
    stronger = ring.for_writing(cheap)
    assert stronger.params.cost == 16 and stronger.team == cheap.team
    assert stronger.salt != cheap.salt
    assert ring.for_writing(stronger) is stronger


# -- where the file lives ----------------------------------------------------------------

def full_disk(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("where", ["lock", "temp file"])
def test_a_full_disk_gives_one_line_and_leaves_nothing_behind(
        office: Office, synced: tuple[Laptop, Laptop], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    anna, _ = synced
    db = anna.crm.db.path
    anna.crm.contacts.create({"family_name": "Waiting"})
    before = office.shared_file.read_bytes()
    with monkeypatch.context() as faults:
        if where == "lock":
            faults.setattr(os, "fsync", full_disk)  # the lock's content is the first write
        else:
            faults.setattr(fileformat, "_write_all", full_disk)
        faults.setenv(ENV_VAR, PASSPHRASE)
        code, _out, err = crm(capsys, db, "sync", str(office.shared_file))
    assert code == 1, err
    assert err == (f"crm: error: cannot write the shared file {office.shared_file}: "
                   "no space left on device\n")
    assert office.shared_file.read_bytes() == before
    assert leftovers(office) == []  # no empty lock or temp file blocks the next sync
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    code, _out, err = crm(capsys, db, "sync", str(office.shared_file))
    assert code == 0, err
    body = open_file(office.shared_file.read_bytes(), KeyRing(PASSPHRASE), "t").body()
    assert "Waiting" in json.dumps(body)


def test_a_refused_rename_is_one_line(office: Office, synced: tuple[Laptop, Laptop],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    anna, _ = synced
    anna.crm.contacts.create({"family_name": "Waiting"})
    before = office.shared_file.read_bytes()

    def immutable(*_args: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "replace", immutable)
    with pytest.raises(SyncFileError, match=r"^cannot write the shared file .*may not be "
                       r"changed"):
        anna.sync(office.shared_file)
    monkeypatch.undo()
    assert office.shared_file.read_bytes() == before
    assert leftovers(office) == []


def run_crm(db: Path, *words: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, ENV_VAR: PASSPHRASE}
    env.pop("CRM_DEBUG", None)
    command = "import sys; from crm_app.cli import main; main()"
    return subprocess.run([sys.executable, "-c", command, "--db", str(db), *words],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def test_an_immutable_shared_file_through_the_real_cli(office: Office,
                                                       synced: tuple[Laptop, Laptop]) -> None:
    anna, _ = synced
    anna.crm.contacts.create({"family_name": "Waiting"})
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(office.shared_file)], capture_output=True).returncode:
        pytest.skip("chattr +i is not available here")
    try:
        result = run_crm(anna.crm.db.path, "sync", str(office.shared_file))
    finally:
        subprocess.run(["chattr", "-i", str(office.shared_file)], check=True)
    if os.geteuid() != 0 and result.returncode == 0:
        pytest.skip("this file system ignores the immutable flag")
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"crm: error: cannot write the shared file "
                                    f"{office.shared_file}: ")
    assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr
    assert leftovers(office) == []


@pytest.fixture
def tiny_share(tmp_path: Path) -> Iterator[Path]:
    """A real 512 KiB tmpfs (root only); skipped where it cannot be mounted."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.parametrize("room_kib", [0, 12])
def test_a_really_full_disk(tiny_share: Path, tmp_path: Path, room_kib: int) -> None:
    shared = tiny_share / "team.crmsync"
    db = tmp_path / "anna.sqlite3"
    service = Crm.open(db)
    service.contacts.create({"family_name": "First"})
    service.close()
    assert run_crm(db, "sync", str(shared)).returncode == 0
    service = Crm.open(db)
    for i in range(300):  # enough that the new file needs more than `room_kib`
        service.contacts.create({"family_name": f"Contact {i}", "notes": os.urandom(60).hex()})
    service.close()
    filler = tiny_share / "filler"
    with filler.open("wb") as handle:
        free = os.statvfs(tiny_share)
        handle.write(b"\0" * max(free.f_bavail * free.f_frsize - room_kib * 1024, 0))
    before = shared.read_bytes()
    result = run_crm(db, "sync", str(shared))
    assert result.returncode == 1, result.stderr
    assert result.stderr == (f"crm: error: cannot write the shared file {shared}: "
                             "no space left on device\n")
    assert shared.read_bytes() == before
    assert sorted(p.name for p in tiny_share.iterdir()) == ["filler", "team.crmsync"]
    filler.unlink()
    result = run_crm(db, "sync", str(shared))
    assert result.returncode == 0, result.stderr
    assert not lock_path_for(shared).exists()


def test_a_copy_of_the_old_file_still_counts_as_the_same_team(office: Office) -> None:
    shutil.copy(LEGACY, office.shared_file)
    sofia = office.laptop("sofia")
    sofia.crm.contacts.create({"family_name": "New"})
    sofia.sync(office.shared_file, passphrase=LEGACY_PASSPHRASE)  # re-keyed: a new salt
    stale_copy = office.share / "team (1).crmsync"
    shutil.copy(LEGACY, stale_copy)
    report = sofia.sync(office.shared_file, passphrase=LEGACY_PASSPHRASE)
    assert report.copies_merged == [stale_copy.name] and not stale_copy.exists()
