"""The app never silently creates a new shared file where an old one went missing: it asks
(through the `ask_create` seam), and says nothing when syncing by itself at start."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from crm_app.services.crm import Crm
from crm_app.sync import passphrase
from crm_app.sync.engine import sync
from crm_app.ui.sync import controller as sync_ui
from tests.conftest import MemoryKeyring
from tests.sync.conftest import TEST_KDF as FAST_KDF

PASS = "team passphrase"


def run_sync(qtbot: Any, window: Any, *, interactive: bool = True) -> None:
    controller = window.sync_controller
    controller.sync_now(interactive=interactive)
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)


@pytest.mark.parametrize("answer", [False, True])
def test_a_missing_file_is_created_only_when_the_user_says_so(
        qtbot: Any, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
    shared = tmp_path / "share" / "team.crmsync"
    shared.parent.mkdir()
    main_window.app_settings.set_value(sync_ui.PATH_KEY, str(shared))
    memory_keyring.set_password(passphrase.SERVICE, str(shared), PASS)
    main_window.crm.contacts.create({"family_name": "Rossi"})
    asked: list[str] = []

    def ask_create(_parent: Any, _path: Path, problem: str) -> bool:
        asked.append(problem)
        return answer

    monkeypatch.setattr(sync_ui, "ask_create", ask_create)
    run_sync(qtbot, main_window)  # the first sync creates the file without asking
    assert shared.exists() and asked == []
    shutil.move(shared, tmp_path / "kept-aside.crmsync")  # the share is not mounted
    run_sync(qtbot, main_window, interactive=False)  # at start: no question, no file
    assert not shared.exists() and asked == []
    assert main_window.sync_controller.status.text() == "Shared sync file not found"
    run_sync(qtbot, main_window)
    assert len(asked) == 1 and f"the shared file {shared} is missing" in asked[0]
    assert shared.exists() is answer


@pytest.mark.parametrize("answer", [False, True])
def test_a_mass_deletion_from_another_laptop_is_applied_only_when_the_user_says_so(
        qtbot: Any, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
    shared = tmp_path / "team.crmsync"
    main_window.app_settings.set_value(sync_ui.PATH_KEY, str(shared))
    memory_keyring.set_password(passphrase.SERVICE, str(shared), PASS)
    ids = [main_window.crm.contacts.create({"family_name": f"N{i:03d}"})["id"]
           for i in range(105)]
    run_sync(qtbot, main_window)
    colleague = Crm.open(tmp_path / "colleague.sqlite3")
    try:
        sync(colleague.db, shared, PASS, kdf=FAST_KDF)
        for contact_id in ids[:104]:
            colleague.contacts.delete(contact_id)
        sync(colleague.db, shared, PASS, kdf=FAST_KDF)
    finally:
        colleague.close()
    asked: list[str] = []

    def ask_mass_delete(_parent: Any, problem: str) -> bool:
        asked.append(problem)
        return answer

    monkeypatch.setattr(sync_ui, "ask_mass_delete", ask_mass_delete)
    run_sync(qtbot, main_window)
    qtbot.waitUntil(lambda: not main_window.sync_controller.running, timeout=30_000)
    assert len(asked) == 1 and "104 of the 105 contact records" in asked[0]
    left = main_window.crm.contacts.count()
    assert left == (1 if answer else 105)
