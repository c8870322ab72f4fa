"""The local database encrypted at rest: no personal bytes on disk, conversion keeps every
record, a wrong passphrase changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_app.db import cipher, migrate
from crm_app.domain.errors import DomainError
from crm_app.io.service import ImportExport
from crm_app.services import dbkeys
from crm_app.services.crm import Crm
from crm_app.services.demo import generate_demo
from crm_app.services.dump import dump_json
from tests.conftest import FakeClock
from tests.privacy.conftest import PASSPHRASE, digest, needles, run

VCARDS = Path(__file__).parents[1] / "io" / "fixtures" / "iphone_3.0.vcf"
# Values of the iPhone export (a file we did not write) as they are stored after import.
PERSONAL = ("Tanaka", "Hiroshi", "hiroshi.tanaka@takeda.example.jp", "山田", "花子")


def _import_vcards(crm: Crm) -> list[bytes]:
    service = ImportExport(crm)
    service.apply(service.preview_file(VCARDS))
    hanako = next(c for c in crm.contacts.list() if c["family_name"] == "山田")
    hiroshi = next(c for c in crm.contacts.list() if c["family_name"] == "Tanaka")
    return needles(*PERSONAL, *hiroshi["phones"], *hanako["emails"])


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_plain_database_shows_the_contact_so_the_check_can_fail(
        tmp_path: Path, clock: FakeClock) -> None:
    crm = Crm.open(tmp_path / "plain.sqlite3", clock=clock)
    try:
        wanted = _import_vcards(crm)
        blob = b"".join(_files(tmp_path).values())
        assert "山田".encode() in blob and b"hiroshi.tanaka@takeda.example.jp" in blob
        assert any(n in blob for n in wanted)
    finally:
        crm.close()


def test_encrypted_file_wal_and_backup_hold_no_personal_bytes(
        tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "crm.sqlite3"
    crm = Crm(cipher.open_database(path, PASSPHRASE), clock)
    try:
        wanted = _import_vcards(crm)
        crm.notes.create({"body": "Hiroshi Tanaka asked for the CDMO list"})
        backup = cipher.backup_file(path, PASSPHRASE, keep=2)
        assert backup is not None
        files = _files(tmp_path)  # read while open: the WAL still holds the last writes
        wal = path.with_name(path.name + "-wal")
        assert wal in files and len(files[wal]) > 0
        for file, data in files.items():
            assert not data.startswith(cipher.PLAIN_MAGIC), file
            for needle in wanted:
                assert needle not in data, (file, needle)
        assert [h.title for h in crm.search.search("tanaka")] == ["Hiroshi Tanaka"]
        count = crm.contacts.count()
    finally:
        crm.close()
    with cipher.connect(backup, PASSPHRASE) as copy:
        assert copy.execute("SELECT count(*) FROM contact").fetchone()[0] == count >= 2


def test_crm_db_encrypt_keeps_every_record_and_decrypt_gives_them_back(
        tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str],
        passphrase_file: Path) -> None:
    path = tmp_path / "office" / "crm.sqlite3"
    crm = Crm.open(path, clock=clock)
    generate_demo(crm.db, 40, seed=7)
    wanted = _import_vcards(crm)
    before = dump_json(crm.db)
    found = [h.record_id for h in crm.search.search("山田")]
    assert found
    crm.close()
    old_backup = migrate.backup_file(path, keep=3)  # a plain pre-migration backup
    assert old_backup is not None and cipher.is_plain(old_backup)

    code, out, err = run(capsys, path, "db", "encrypt", "--db-passphrase-file",
                         str(passphrase_file))
    assert code == 0, err
    assert "1 backup(s) encrypted" in out
    names = [p.name for p in path.parent.rglob("*") if not p.name.endswith(("-wal", "-shm"))]
    assert sorted(names) == sorted(
        ["crm.sqlite3", "crm.sqlite3.key", "backups", old_backup.name])  # no plain file left
    # aside; the .key file holds the random key sealed under the recovery passphrase
    for file, data in _files(path.parent).items():
        assert not any(n in data for n in wanted), file
    assert cipher.is_encrypted(old_backup)

    crm = Crm(dbkeys.open_database(path, passphrase_file), clock)  # the recovery passphrase
    try:
        assert dump_json(crm.db) == before
        assert [h.record_id for h in crm.search.search("山田")] == found
    finally:
        crm.close()

    plain = tmp_path / "support.sqlite3"
    code, out, err = run(capsys, path, "--json", "db", "decrypt", "--to", str(plain),
                         "--db-passphrase-file", str(passphrase_file))
    assert code == 0, err
    assert cipher.is_plain(plain) and cipher.is_encrypted(path)
    copy = Crm.open(plain, clock=clock)
    try:
        assert dump_json(copy.db) == before
    finally:
        copy.close()


def test_wrong_passphrase_changes_nothing(
        tmp_path: Path, clock: FakeClock, capfd: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.sqlite3"
    crm = Crm(cipher.open_database(path, PASSPHRASE), clock)
    crm.contacts.create({"given_name": "Anna", "family_name": "Rossi"})
    crm.close()
    before = digest(tmp_path)

    with pytest.raises(cipher.WrongPassphrase):
        cipher.open_database(path, PASSPHRASE + "x")
    monkeypatch.setenv(cipher.ENV_VAR, "not the passphrase")
    target = tmp_path / "out.sqlite3"
    capfd.readouterr()
    code, out, err = run(capfd, path, "db", "decrypt", "--to", str(target))
    assert code == 1 and out == ""
    assert err.startswith("crm: error: cannot open") and "passphrase is wrong" in err
    assert err.count("\n") == 1 and "hmac" not in err.lower()
    code, _, err = run(capfd, path, "db", "encrypt")
    assert code == 1 and "already encrypted" in err
    assert digest(tmp_path) == before


def test_encrypt_refuses_a_database_another_process_has_open(
        tmp_path: Path, clock: FakeClock) -> None:
    import subprocess
    import sys

    path = tmp_path / "crm.sqlite3"
    crm = Crm.open(path, clock=clock)
    crm.contacts.create({"given_name": "Anna", "family_name": "Rossi"})
    crm.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from crm_app.services.crm import Crm; "
         f"c = Crm.open({str(path)!r}); c.contacts.count(); print('open', flush=True); "
         "sys.stdin.read(); c.close()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DomainError, match="in use"):
            cipher.encrypt_in_place(path, PASSPHRASE)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)
    assert cipher.is_plain(path)
    assert not list(tmp_path.glob(".crm.sqlite3.*"))  # no half-made copy left behind


@settings(max_examples=8, deadline=None)
@given(secret=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                      min_size=1, max_size=40))
def test_any_passphrase_opens_its_file_and_no_other(tmp_path_factory: pytest.TempPathFactory,
                                                    secret: str) -> None:
    path = tmp_path_factory.mktemp("pw") / "crm.sqlite3"
    with cipher.connect(path, secret) as connection:
        connection.execute("CREATE TABLE t (x)")
    cipher.connect(path, secret).close()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.connect(path, secret + "'")


def test_privacy_commands_open_an_encrypted_database_with_the_environment_passphrase(
        tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.sqlite3"
    crm = Crm(cipher.open_database(path, PASSPHRASE), clock)
    anna = crm.contacts.create({"given_name": "Anna", "family_name": "Rossi"})
    crm.close()
    monkeypatch.delenv(cipher.ENV_VAR, raising=False)
    code, _, err = run(capsys, path, "privacy", "review")
    assert code == 1 and "is encrypted" in err and err.count("\n") == 1
    monkeypatch.setenv(cipher.ENV_VAR, PASSPHRASE)
    code, out, err = run(capsys, path, "privacy", "review")
    assert code == 0 and "no lawful basis recorded" in out and anna["id"] in out
    target = tmp_path / "sar.json"
    code, _, err = run(capsys, path, "privacy", "export", anna["id"], "-o", str(target))
    assert code == 0, err
    assert '"family_name": "Rossi"' in target.read_text(encoding="utf-8")
    assert cipher.is_encrypted(path)
