"""`crm sync devices`, `crm sync retire`, `crm sync rekey` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_app.cli.main import main
from crm_app.sync.passphrase import ENV_VAR
from tests.conftest import MemoryKeyring


def crm(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *words])
    out, err = capsys.readouterr()
    return code, out, err


def test_devices_retire_and_rekey_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    shared = tmp_path / "share" / "team.crmsync"
    shared.parent.mkdir()
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("old team secret\n")
    new.write_text("new team secret\n")
    a, b, c = (tmp_path / f"{n}.db" for n in "abc")
    for db in (a, b, c):
        code, _out, err = crm(capsys, db, "sync", str(shared), "--passphrase-file", str(old))
        assert code == 0, err
    code, out, err = crm(capsys, a, "sync", "devices", "--json", "--passphrase-file", str(old))
    assert code == 0, err
    listed = json.loads(out)
    assert len(listed) == 3 and [d["this_laptop"] for d in listed].count(True) == 1
    code, out, _ = crm(capsys, c, "sync", "status", "--json")
    c_device = json.loads(out)["device_id"]
    code, out, err = crm(capsys, a, "sync", "retire", c_device, "--passphrase-file", str(old))
    assert code == 0 and f"laptop {c_device} retired" in out, err
    code, out, err = crm(capsys, a, "sync", "retire", "--passphrase-file", str(old))
    assert code == 1 and "which laptop?" in err
    code, out, err = crm(capsys, a, "sync", "rekey", "--passphrase-file", str(old),
                         "--new-passphrase-file", str(new))
    assert code == 0, err
    memory_keyring.entries.clear()  # b's remembered passphrase would be the old one anyway
    code, out, err = crm(capsys, b, "sync", "--passphrase-file", str(old))
    assert code == 1
    [line] = err.strip().splitlines()
    assert "passphrase was changed on another laptop" in line
    assert "--passphrase-file" in line and ENV_VAR in line
    code, out, err = crm(capsys, b, "sync", "--passphrase-file", str(new))
    assert code == 0, err
    code, out, err = crm(capsys, c, "sync", "--passphrase-file", str(new))
    assert code == 0 and "was retired" in out, err
