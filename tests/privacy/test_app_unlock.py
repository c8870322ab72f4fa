"""The app and the encrypted database: unlock by keyring or recovery passphrase (a wrong one
is said once, asked again, and changes nothing), the recovery step of a new database, and the
banner that converts a plain database off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crm_app.db import cipher
from crm_app.services import dbkeys
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json
from crm_app.ui.dbcrypt import banner, dialogs, opening
from crm_app.ui.tasks import TaskRunner
from tests.conftest import MemoryKeyring
from tests.privacy.conftest import digest

RECOVERY = "lantern orchard 42 harbour"


def _encrypted(path: Path) -> None:
    created = dbkeys.create_encrypted(path, RECOVERY)
    Crm(created.database).contacts.create({"given_name": "Hanako", "family_name": "Suzuki"})
    created.database.close()


def test_the_keyring_opens_it_without_a_question(
        tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.sqlite3"
    _encrypted(path)
    monkeypatch.setattr(dialogs, "ask_unlock", lambda *a: pytest.fail("asked"))
    crm = opening.open_or_create(path, None)
    assert crm is not None and crm.contacts.count() == 1
    crm.close()


def test_a_wrong_passphrase_is_said_once_asked_again_and_changes_nothing(
        tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "crm.sqlite3"
    _encrypted(path)
    memory_keyring.entries.clear()
    before = digest(tmp_path)
    answers = iter(["not it at all", RECOVERY])
    seen: list[tuple[str, str]] = []

    def ask(_parent: object, _path: str, note: str, error: str) -> str:
        seen.append((note, error))
        if len(seen) == 2:
            assert digest(tmp_path) == before  # the wrong try changed nothing
        return next(answers)

    monkeypatch.setattr(dialogs, "ask_unlock", ask)
    crm = opening.open_or_create(path, None)
    assert crm is not None and crm.contacts.count() == 1
    crm.close()
    assert seen[0][1] == "" and "does not open this database" in seen[1][1]
    assert "nothing was changed" in seen[1][1]
    assert list(memory_keyring.entries.values()) == [dbkeys.find_key(path).key]  # kept now


def test_cancelling_the_unlock_opens_nothing(
        tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "crm.sqlite3"
    _encrypted(path)
    memory_keyring.entries.clear()
    monkeypatch.setattr(dialogs, "ask_unlock", lambda *a: None)
    assert opening.open_or_create(path, None) is None


def test_a_new_database_asks_for_the_recovery_passphrase_and_is_encrypted(
        tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "new.sqlite3"
    monkeypatch.setattr(dialogs, "ask_new_recovery", lambda *a, **k: RECOVERY)
    crm = opening.open_or_create(path, None)
    assert crm is not None and crm.db.encrypted
    crm.close()
    assert cipher.is_encrypted(path) and dbkeys.key_from_passphrase(path, RECOVERY)
    plain = tmp_path / "plain.sqlite3"
    monkeypatch.setattr(dialogs, "ask_new_recovery", lambda *a, **k: dialogs.PLAIN)
    crm = opening.open_or_create(plain, None)
    assert crm is not None and not crm.db.encrypted
    crm.close()


def test_recovery_dialog_checks_length_confirmation_and_shows_strength(
        qtbot: Any, tmp_path: Path) -> None:
    dialog = dialogs.RecoveryDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    assert "weak" in dialog.strength.text()
    dialog.accept()
    assert "at least" in dialog.error.text() and dialog.result() == 0
    dialog.first.setText(RECOVERY)
    assert "strong" in dialog.strength.text()
    dialog.second.setText(RECOVERY + "x")
    dialog.accept()
    assert "differ" in dialog.error.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "privcrypt-recovery.png"))
    dialog.second.setText(RECOVERY)
    dialog.accept()
    assert dialog.result() == 1
    unlock = dialogs.UnlockDialog("/home/anna/crm.sqlite3", dbkeys.keyring_problem() or "",
                                  "That passphrase does not open this database; nothing was "
                                  "changed. Try again.")
    qtbot.addWidget(unlock)
    unlock.show()
    unlock.grab().save(str(tmp_path / "privcrypt-unlock.png"))


def test_the_banner_converts_a_plain_database_keeping_every_record(
        tmp_path: Path, qtbot: Any, memory_keyring: MemoryKeyring) -> None:
    from crm_app.services.demo import generate_demo

    path = tmp_path / "crm.sqlite3"
    crm = Crm.open(path)
    generate_demo(crm.db, 30, seed=3)
    before = dump_json(crm.db)
    crm.close()
    shown = banner.EncryptBanner()
    qtbot.addWidget(shown)
    shown.resize(900, 40)
    shown.show()
    shown.grab().save(str(tmp_path / "privcrypt-banner.png"))
    tasks = TaskRunner()
    results: list[object] = []
    banner.convert(tasks, shown, path, RECOVERY, results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=120_000)
    (created,) = results
    assert isinstance(created, dbkeys.Created), created
    assert shown.progress.value() == 4
    assert cipher.is_encrypted(path) and not list(tmp_path.glob(".crm.sqlite3.*"))
    again = Crm.open(path, key=dbkeys.find_key(path).key)  # from the keyring
    try:
        assert dump_json(again.db) == before
    finally:
        again.close()
