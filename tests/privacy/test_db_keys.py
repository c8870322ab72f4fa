"""New databases are encrypted: a random key in the keyring, a recovery passphrase in the key
file beside the database; every way in (keyring, recovery passphrase by file, environment,
printed recovery key) and the wrong passphrase that changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm_app.db import cipher, migrate
from crm_app.db.database import Database, DatabaseLocked
from crm_app.services import dbkeys
from crm_app.services.crm import Crm
from tests.conftest import MemoryKeyring
from tests.privacy.conftest import digest, needles, run

RECOVERY = "lantern orchard 42 harbour"


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _init(capsys: pytest.CaptureFixture[str], path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "recovery.txt"
    secret.write_text(RECOVERY, encoding="utf-8")
    code, out, err = run(capsys, path, "init", "--recovery-passphrase-file", str(secret))
    assert code == 0, err
    assert "encrypted" in out and "Recovery key" not in out


def test_crm_init_encrypts_and_the_keyring_opens_it_without_asking(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "crm.sqlite3"
    _init(capsys, path, tmp_path)
    assert cipher.is_encrypted(path) and dbkeys.key_file(path).is_file()
    (stored,) = memory_keyring.entries.values()
    assert stored.startswith("x'") and len(stored) == 67
    code, out, err = run(capsys, path, "--json", "contact", "add", "--given-name", "Hanako",
                         "--family-name", "Suzuki", "--email", "h.suzuki@example.jp",
                         "--phone", "+81 90 1234 5678", "--country", "JP")
    assert code == 0, err
    code, out, err = run(capsys, path, "--json", "search", "suzuki")  # FTS5, encrypted
    assert code == 0 and [h["title"] for h in json.loads(out)] == ["Hanako Suzuki"]
    with Database.open(path, key=stored) as db:
        Crm(db).notes.create({"body": "Hanako Suzuki called back"})  # a write: the WAL
        assert migrate.backup_file(path, 3, stored) is not None  # as before a migration
        files = _files(tmp_path)  # the WAL is there while the database is open
        assert path.with_name(path.name + "-wal") in files
    wanted = needles("Hanako", "Suzuki", "h.suzuki@example.jp", "+819012345678")
    for file, data in files.items():
        assert not data.startswith(cipher.PLAIN_MAGIC), file
        assert not any(n in data for n in wanted), file
    (backup,) = (tmp_path / "backups").iterdir()
    with cipher.connect(backup, stored) as copy:  # the backup: encrypted with the same key
        assert copy.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    assert db.encrypted


def test_keyring_lost_the_recovery_passphrase_opens_it_and_a_wrong_one_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office" / "crm.sqlite3"
    path.parent.mkdir()
    _init(capsys, path, tmp_path)
    assert run(capsys, path, "demo", "--contacts", "15")[0] == 0
    before_dump = run(capsys, path, "dump")[1]
    memory_keyring.entries.clear()  # a new laptop, or the keyring was reset
    before = digest(path.parent)

    code, out, err = run(capsys, path, "dump")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "is encrypted" in err and dbkeys.ENV_VAR in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase", encoding="utf-8")
    code, out, err = run(capsys, path, "--db-passphrase-file", str(wrong), "dump")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "passphrase is wrong" in err and "nothing was changed" in err
    monkeypatch.setenv(dbkeys.ENV_VAR, "also wrong")
    assert run(capsys, path, "contact", "list")[0] == 1
    assert digest(path.parent) == before

    monkeypatch.setenv(dbkeys.ENV_VAR, RECOVERY)
    code, out, err = run(capsys, path, "dump")
    assert code == 0 and out == before_dump
    monkeypatch.delenv(dbkeys.ENV_VAR)
    right = tmp_path / "right.txt"
    right.write_text(RECOVERY + "\n", encoding="utf-8")
    assert run(capsys, path, "--db-passphrase-file", str(right), "dump")[1] == before_dump
    assert memory_keyring.entries == {}  # a passphrase from a file or the environment is not kept


def test_without_a_recovery_passphrase_init_prints_a_recovery_key_that_opens_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.sqlite3"
    code, out, err = run(capsys, path, "--json", "init")
    assert code == 0, err
    printed = json.loads(out)["recovery_key"]
    assert len(printed) == 47 and printed.count("-") == 7
    memory_keyring.entries.clear()
    monkeypatch.setenv(dbkeys.ENV_VAR, printed)
    assert run(capsys, path, "contact", "list")[0] == 0
    code, out, _ = run(capsys, path, "init")  # again: nothing new, no key printed again
    assert code == 0 and "(encrypted)" in out and printed not in out


def test_init_plain_then_db_encrypt_keeps_every_record_and_the_keyring_opens_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.sqlite3"
    assert run(capsys, path, "init", "--plain")[0] == 0
    assert cipher.is_plain(path) and not dbkeys.key_file(path).exists()
    assert run(capsys, path, "demo", "--contacts", "20")[0] == 0
    before = run(capsys, path, "dump")[1]
    monkeypatch.setenv(dbkeys.ENV_VAR, RECOVERY)
    code, _out, err = run(capsys, path, "db", "encrypt")
    assert code == 0, err
    monkeypatch.delenv(dbkeys.ENV_VAR)
    assert cipher.is_encrypted(path) and memory_keyring.entries
    assert run(capsys, path, "dump")[1] == before
    with pytest.raises(DatabaseLocked):
        Database.open(path)


def test_a_damaged_key_file_is_a_wrong_passphrase_not_a_crash(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.sqlite3"
    _init(capsys, path, tmp_path)
    memory_keyring.entries.clear()
    data = json.loads(dbkeys.key_file(path).read_text(encoding="utf-8"))
    data["wrapped"] = data["wrapped"][::-1]
    dbkeys.key_file(path).write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(dbkeys.ENV_VAR, RECOVERY)
    code, _, err = run(capsys, path, "contact", "list")
    assert code == 1 and "passphrase is wrong" in err and err.count("\n") == 1


def test_an_encrypted_record_command_at_head_loads_no_alembic(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    env = {**os.environ, dbkeys.ENV_VAR: RECOVERY}
    made = subprocess.run([sys.executable, "-m", "crm_app.cli", "--db", str(path), "init"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert made.returncode == 0, made.stderr
    code = ("import sys, contextlib, io\nfrom crm_app.cli.main import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    code = main(['--db', {str(path)!r}, 'contact', 'list'])\n"
            "print(code, 'alembic' in sys.modules, 'sqlcipher3' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.stdout.split() == ["0", "False", "True"], done.stderr


def test_strength_hint() -> None:
    assert dbkeys.strength("abc") == "weak"
    assert dbkeys.strength("harbour42x") == "fair"
    assert dbkeys.strength(RECOVERY) == "strong"
