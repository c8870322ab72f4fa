"""`crm sync`, `crm sync status`, `crm conflicts`, `crm erase`, and the keyring."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from crm_app.cli.main import main
from crm_app.services.crm import Crm
from crm_app.sync.passphrase import ENV_VAR, NOT_REMEMBERED
from tests.conftest import MemoryKeyring


def crm(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *words])
    out, err = capsys.readouterr()
    return code, out, err


def test_sync_round_trip_with_keyring_status_and_conflicts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    a, b, shared = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "share" / "t.crmsync"
    shared.parent.mkdir()
    secret = tmp_path / "pass.txt"
    secret.write_text("team secret\n")
    service = Crm.open(a)
    contact_id = service.contacts.create({"family_name": "Rossi"})["id"]
    service.close()
    code, out, err = crm(capsys, a, "sync", str(shared), "--passphrase-file", str(secret))
    assert code == 0, err
    assert "sent: " in out and "the shared file was created" in out
    assert memory_keyring.entries  # remembered: the next sync needs no passphrase option
    code, out, err = crm(capsys, b, "sync", str(shared))
    assert code == 0, err
    assert "received: " in out and "1 contact" in out
    code, out, _ = crm(capsys, b, "sync", "--json")  # the path is remembered too
    assert json.loads(out)["up_to_date"] is True
    code, out, _ = crm(capsys, b, "sync", "status", "--json")
    status = json.loads(out)
    assert status["rows_to_send"] == 0 and status["shared_file"] == str(shared)
    # A race: both laptops retitle the contact.
    for db, title in ((a, "CEO"), (b, "CFO")):
        service = Crm.open(db)
        service.contacts.update(contact_id, {"job_title": title})
        service.close()
    crm(capsys, a, "sync")
    code, out, err = crm(capsys, b, "sync")
    assert "1 new, 1 open" in out, err
    code, out, _ = crm(capsys, b, "conflicts", "list", "--json")
    [item] = json.loads(out)
    code, out, _ = crm(capsys, b, "conflicts", "resolve", str(item["id"]), "--keep", "theirs")
    assert code == 0 and "kept theirs" in out
    code, out, _ = crm(capsys, b, "conflicts", "list")
    assert out.strip() == "(none)"
    code, _, err = crm(capsys, b, "conflicts", "resolve", "999", "--keep", "mine")
    assert code == 1 and err.startswith("crm: error: no conflict with id 999")


def test_wrong_passphrase_from_the_environment_is_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> None:
    shared = tmp_path / "t.crmsync"
    monkeypatch.setenv(ENV_VAR, "right")
    assert crm(capsys, tmp_path / "a.db", "sync", str(shared))[0] == 0
    monkeypatch.setenv(ENV_VAR, "wrong")
    code, out, err = crm(capsys, tmp_path / "b.db", "sync", str(shared))
    assert (code, out) == (1, "")
    assert err == "crm: error: wrong passphrase for t.crmsync\n"
    assert memory_keyring.entries == {}  # a passphrase from the environment is not stored


def test_without_a_keyring_the_user_is_told_it_is_not_remembered(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        secret = tmp_path / "p"
        secret.write_text("x")
        code, out, _ = crm(capsys, tmp_path / "a.db", "sync", str(tmp_path / "t.crmsync"),
                           "--passphrase-file", str(secret))
        assert code == 0 and NOT_REMEMBERED in out
        code, _, err = crm(capsys, tmp_path / "a.db", "sync")
        assert code == 1 and "no sync passphrase" in err
    finally:
        keyring.set_keyring(previous)


def test_erase_needs_confirmation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_app.services.crm import Crm

    service = Crm.open(tmp_path / "a.db")
    contact = service.contacts.create({"family_name": "Gone"})
    service.close()
    code, _, err = crm(capsys, tmp_path / "a.db", "erase", contact["id"])
    assert code == 1 and "--yes" in err
    code, out, _ = crm(capsys, tmp_path / "a.db", "erase", contact["id"], "--yes")
    assert code == 0 and "erased contact" in out
