"""An encrypted database opened without its key: one line, and the file left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_app.db import cipher
from crm_app.db.database import Database
from crm_app.domain.errors import DatabaseEncrypted
from tests.core.test_cli import Cli


def test_plain_commands_refuse_an_encrypted_database_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(tmp_path / "crm.sqlite3", capsys)
    assert cli("init", "--plain")[0] == 0
    assert cli("contact", "add", "--given-name", "Hanako", "--family-name", "Suzuki")[0] == 0
    cipher.encrypt_in_place(tmp_path / "crm.sqlite3", "correct horse battery")
    before = (tmp_path / "crm.sqlite3").read_bytes()

    code, _out, err = cli("contact", "list")

    assert code == 1 and err.count("\n") == 1
    assert "is encrypted" in err and "CRM_DB_PASSPHRASE" in err
    assert "internal error" not in err
    assert (tmp_path / "crm.sqlite3").read_bytes() == before


def test_a_file_that_is_no_database_is_not_opened(tmp_path: Path) -> None:
    file = tmp_path / "notes.sqlite3"
    file.write_bytes(b"PK\x03\x04 a zip file, not a database")
    with pytest.raises(DatabaseEncrypted):
        Database.open(file)
    assert file.read_bytes() == b"PK\x03\x04 a zip file, not a database"
