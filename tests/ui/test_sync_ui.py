"""Sync in the app: Tools ▸ Sync now runs off the UI thread and reports in the status bar;
the conflicts dialog flips a race."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crm_app.services.crm import Crm
from crm_app.sync import conflicts, passphrase
from crm_app.sync.engine import sync
from crm_app.ui.sync import controller as sync_ui
from tests.conftest import MemoryKeyring
from tests.ui.helpers import menu_action as action
from tests.ui.helpers import sync_with_a_file_under_another_passphrase

PASS = "team passphrase"






def test_sync_now_then_flip_a_conflict(qtbot: Any, main_window: Any, tmp_path: Path,
                                       memory_keyring: MemoryKeyring,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "share" / "team.crmsync"
    shared.parent.mkdir()
    asked: list[str] = []
    main_window.app_settings.set_value(sync_ui.PATH_KEY, str(shared))  # set up, no passphrase
    monkeypatch.setattr(sync_ui, "ask_passphrase", lambda _p: asked.append("?") or PASS)
    crm: Crm = main_window.crm
    contact = crm.contacts.create({"given_name": "Kenji", "family_name": "Sato"})
    controller = main_window.sync_controller
    action(main_window, "Sync now").trigger()
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    assert shared.exists() and asked == ["?"]
    assert controller.status.text().startswith("Last sync: ")
    assert passphrase.stored(shared) == PASS  # asked once, then kept in the keyring
    # A colleague retitles the contact while this laptop does too.
    other = Crm.open(tmp_path / "colleague.sqlite3")
    sync(other.db, shared, PASS)
    other.contacts.update(contact["id"], {"job_title": "CEO"})
    crm.contacts.update(contact["id"], {"job_title": "CFO"})
    sync(other.db, shared, PASS)
    action(main_window, "Sync now").trigger()
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    assert asked == ["?"]
    assert "conflict(s) to review" in controller.status.text()
    dialog = controller.open_conflicts()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    kept = crm.contacts.get(contact["id"])["job_title"]
    button = dialog.keep_mine if dialog.items[0]["kept"] == "theirs" else dialog.keep_theirs
    with qtbot.waitSignal(dialog.resolved):
        button.click()
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert crm.contacts.get(contact["id"])["job_title"] != kept
    assert conflicts.list_conflicts(crm.db) == []
    other.close()


def test_a_failed_sync_is_reported(qtbot: Any, main_window: Any, tmp_path: Path,
                                   memory_keyring: MemoryKeyring,
                                   unexpected_dialogs: list[str]) -> None:
    sync_with_a_file_under_another_passphrase(qtbot, main_window, tmp_path, memory_keyring, PASS)
    assert main_window.sync_controller.status.text() == "Last sync failed"
    assert unexpected_dialogs == ["wrong passphrase for team.crmsync"]


def test_closing_the_window_sends_the_last_edits(qtbot: Any, main_window: Any, tmp_path: Path,
                                                 memory_keyring: MemoryKeyring) -> None:
    shared = tmp_path / "team.crmsync"
    main_window.app_settings.set_value(sync_ui.PATH_KEY, str(shared))
    memory_keyring.set_password(passphrase.SERVICE, str(shared), PASS)
    main_window.crm.contacts.create({"family_name": "Written just before closing"})
    main_window.close()
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=20_000)
    other = Crm.open(tmp_path / "colleague.sqlite3")
    sync(other.db, shared, PASS)
    assert [c["family_name"] for c in other.contacts.list()] == ["Written just before closing"]
    other.close()
