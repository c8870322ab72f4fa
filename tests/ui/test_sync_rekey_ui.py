"""The app after a passphrase change on another laptop: asked for the new one, then the
merge summary shows what the sync did."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crm_app.services.crm import Crm
from crm_app.sync import passphrase, rekey
from crm_app.sync.engine import sync
from crm_app.ui import dialogs
from crm_app.ui.sync import controller as sync_ui
from tests.conftest import MemoryKeyring

OLD, NEW = "team passphrase", "the new team passphrase"


def test_a_changed_passphrase_is_asked_for_then_the_summary_shows(
        qtbot: Any, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "share" / "team.crmsync"
    shared.parent.mkdir()
    crm: Crm = main_window.crm
    crm.contacts.create({"given_name": "Kenji", "family_name": "Sato"})
    controller = main_window.sync_controller
    main_window.app_settings.set_value(sync_ui.PATH_KEY, str(shared))
    passphrase.remember(shared, OLD)
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    assert shared.exists()
    other = Crm.open(tmp_path / "colleague.sqlite3")
    sync(other.db, shared, OLD)
    rekey.rekey(other.db, shared, OLD, NEW, when=other.clock())
    other.contacts.create({"given_name": "Aiko", "family_name": "Ito"})
    sync(other.db, shared, NEW)
    other.close()
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(sync_ui, "ask_passphrase", lambda _p: NEW)
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running and passphrase.stored(shared) == NEW
                    and controller.last_report is not None
                    and bool(controller.last_report.received), timeout=30_000)
    assert any("changed on another laptop" in t for t in told)
    assert "Ito" in {c["family_name"] for c in crm.contacts.list()}
    dialog = controller.summary_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.table.item(dialog.table.rowCount() - 1, 0).text() == "1"
