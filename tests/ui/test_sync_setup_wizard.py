"""The sync set-up wizard on real widgets (no dialog is clicked by a timer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_app.sync import passphrase
from crm_app.ui.sync.setup_wizard import SyncSetupWizard, strength

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_wizard_needs_a_file_and_a_confirmed_passphrase(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passphrase, "keyring_problem", lambda: passphrase.NOT_REMEMBERED)
    wizard = SyncSetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path.setText("/team/share/crm-team.crmsync")
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    SHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SHOTS / "sync-wizard-file.png"))
    wizard.next()
    page = wizard.passphrase_page
    assert "no system keyring" in page.keyring.text()
    page.first.setText("short")
    assert "Too short" in page.hint.text() and not page.isComplete()
    page.first.setText("four words of the team")
    page.second.setText("four words of the tea")
    assert "differ" in page.hint.text() and not page.isComplete()
    page.second.setText("four words of the team")
    assert page.isComplete() and "Good" in page.hint.text()
    wizard.grab().save(str(SHOTS / "sync-wizard-passphrase.png"))
    assert wizard.chosen() == ("/team/share/crm-team.crmsync", "four words of the team")


def test_strength_levels() -> None:
    assert strength("abc") == 0
    assert strength("abcdefghijkl") == 1
    assert strength("Abcdefgh1jk!") == 2
