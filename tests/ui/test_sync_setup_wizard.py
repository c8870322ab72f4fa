"""Tools ▸ Shared sync file… opens the set-up wizard; driven through its real widgets (no
dialog clicked by a timer), it keeps the file, syncs off the UI thread, remembers the
passphrase in the keyring once that sync worked, and later syncs ask for nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from crm_app.services.crm import Crm
from crm_app.sync import kdf, passphrase
from crm_app.sync.engine import sync
from crm_app.ui.sync import controller as sync_ui
from tests.conftest import MemoryKeyring
from tests.sync.conftest import TEST_KDF
from tests.ui.helpers import menu_action

# Kept screenshots are refreshed only on request, so a test run leaves the tree as it was.
SHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots"
         if os.environ.get("CRM_SCREENSHOTS")
         else Path(tempfile.gettempdir()) / "crm-test-screenshots")
TEAM = "four words of the team"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New shared files use Argon2id at its smallest (real files: tuned to about 0.5 s)."""
    monkeypatch.setattr(kdf, "tuned", lambda *a, **k: TEST_KDF)


def open_wizard(qtbot: QtBot, window: Any) -> Any:
    menu_action(window, "Shared sync file…").trigger()
    wizard = window.sync_controller.setup_wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, wizard: Any, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def wait_sync(qtbot: QtBot, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.sync_controller.running, timeout=30_000)


def test_wizard_creates_the_shared_file_and_a_colleague_syncs_through_it(
        qtbot: QtBot, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, unexpected_dialogs: list[str]) -> None:
    shared = tmp_path / "share" / "team.crmsync"
    shared.parent.mkdir()
    monkeypatch.setattr(sync_ui, "ask_shared_file", lambda _p, _c: str(shared))
    monkeypatch.setattr(sync_ui, "ask_passphrase", lambda _p: pytest.fail("asked again"))
    crm: Crm = main_window.crm
    contact = crm.contacts.create({"given_name": "Kenji", "family_name": "Sato"})
    wizard = open_wizard(qtbot, main_window)
    assert wizard.isModal() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page = wizard.file_page
    assert "network share" in page.explanation.text()
    qtbot.keyClicks(page.path, str(tmp_path / "nowhere" / "team.crmsync"))
    assert "cannot be reached" in page.state.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(page.browse, Qt.MouseButton.LeftButton)  # the chooser seam
    assert page.path.text() == str(shared) and "A new shared file" in page.state.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "sync-wizard-file.png"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    secret = wizard.passphrase_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert secret.second.isVisible() and "remembered in the system keyring" in \
        secret.keyring.text()
    qtbot.keyClicks(secret.first, "short")
    assert "Too short" in secret.hint.text() and not finish.isEnabled()
    secret.first.clear()
    qtbot.keyClicks(secret.first, TEAM)
    qtbot.keyClicks(secret.second, TEAM[:-1])
    assert "differ" in secret.hint.text() and not finish.isEnabled()
    qtbot.keyClicks(secret.second, TEAM[-1])
    assert "Strength: strong" in secret.hint.text() and finish.isEnabled()
    assert finish.text() == "Sync now"
    wizard.grab().save(str(SHOTS / "sync-wizard-passphrase.png"))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    wait_sync(qtbot, main_window)
    assert unexpected_dialogs == []
    assert shared.is_file()
    assert main_window.app_settings.value(sync_ui.PATH_KEY) == str(shared)
    assert passphrase.stored(shared) == TEAM
    assert main_window.sync_controller.status.text().startswith("Last sync: ")
    # A colleague's laptop syncs through the same file with the same passphrase...
    other = Crm.open(tmp_path / "colleague.sqlite3")
    sync(other.db, shared, TEAM)
    assert other.contacts.get(contact["id"])["family_name"] == "Sato"
    other.contacts.update(contact["id"], {"job_title": "CEO"})
    sync(other.db, shared, TEAM)
    other.close()
    # ...and the next Sync now here asks for nothing and brings the colleague's edit.
    menu_action(main_window, "Sync now").trigger()
    wait_sync(qtbot, main_window)
    assert crm.contacts.get(contact["id"])["job_title"] == "CEO"
    assert not main_window.sync_controller.last_failed


def test_joining_an_existing_file_takes_its_passphrase_once(
        qtbot: QtBot, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        unexpected_dialogs: list[str]) -> None:
    shared = tmp_path / "team.crmsync"
    other = Crm.open(tmp_path / "colleague.sqlite3")
    colleagues = other.contacts.create({"given_name": "Aiko", "family_name": "Tanaka"})
    sync(other.db, shared, TEAM)
    other.close()
    crm: Crm = main_window.crm
    wizard = open_wizard(qtbot, main_window)
    qtbot.keyClicks(wizard.file_page.path, str(shared))
    assert "joins the team" in wizard.file_page.state.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.passphrase_page
    assert not page.second.isVisible() and "team's passphrase" in page.subTitle()
    qtbot.keyClicks(page.first, "not the team's one")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    wait_sync(qtbot, main_window)
    assert main_window.sync_controller.last_failed and len(unexpected_dialogs) == 1
    assert passphrase.stored(shared) is None  # a refused passphrase is not remembered
    unexpected_dialogs.clear()
    wizard = open_wizard(qtbot, main_window)
    assert wizard.file_page.path.text() == str(shared)  # the file chosen before
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.passphrase_page.first, TEAM)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    wait_sync(qtbot, main_window)
    assert unexpected_dialogs == [] and not main_window.sync_controller.last_failed
    assert crm.contacts.get(colleagues["id"])["family_name"] == "Tanaka"
    assert passphrase.stored(shared) == TEAM


def test_without_a_keyring_the_wizard_warns_and_the_sync_still_works(
        qtbot: QtBot, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        unexpected_dialogs: list[str]) -> None:
    keyring.set_keyring(fail.Keyring())  # a bare Linux box (the fixture restores after)
    shared = tmp_path / "team.crmsync"
    wizard = open_wizard(qtbot, main_window)
    qtbot.keyClicks(wizard.file_page.path, str(shared))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.passphrase_page
    assert "no system keyring" in page.keyring.text()
    assert "never written to a file" in page.keyring.text()
    qtbot.keyClicks(page.first, TEAM)
    qtbot.keyClicks(page.second, TEAM)
    wizard.grab().save(str(tmp_path / "no-keyring.png"))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    wait_sync(qtbot, main_window)
    assert shared.is_file() and not main_window.sync_controller.last_failed
    assert unexpected_dialogs == [passphrase.NOT_REMEMBERED]  # said again after the sync
    assert memory_keyring.entries == {} or all(
        key[0] != passphrase.SERVICE for key in memory_keyring.entries)


def test_sync_now_before_any_set_up_opens_the_wizard(
        qtbot: QtBot, main_window: Any) -> None:
    menu_action(main_window, "Sync now").trigger()
    wizard = main_window.sync_controller.setup_wizard
    assert wizard is not None and wizard.isVisible()
    assert not main_window.sync_controller.running
    wizard.reject()
