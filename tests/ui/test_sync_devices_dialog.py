"""Tools ▸ Laptops in the shared file…: the laptops `crm sync devices` lists, from a real
shared file two databases synced through the engine, and Retire (confirmed, off the UI
thread) doing what `crm sync retire` does."""

from __future__ import annotations

import os
import socket
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_app.domain.dates import format_day
from crm_app.sync import devices, passphrase, rekey
from crm_app.sync.fileformat import KeyRing, open_file
from crm_app.sync.snapshot import Snapshot
from crm_app.ui.i18n import Translations
from crm_app.ui.sync import controller as sync_ui
from crm_app.ui.sync import devices_dialog
from tests.conftest import MemoryKeyring
from tests.sync.conftest import PASSPHRASE, TEST_KDF, Office
from tests.ui.helpers import menu_action

# Kept screenshots are refreshed only on request, so a test run leaves the tree as it was.
SHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots"
         if os.environ.get("CRM_SCREENSHOTS")
         else Path(tempfile.gettempdir()) / "crm-test-screenshots")


@pytest.fixture
def tokyo_time(monkeypatch: pytest.MonkeyPatch, qapp: QApplication,
               compiled_translations: Path) -> Iterator[None]:
    """This computer in Tokyo (UTC+9), in British English (dd/MM/yyyy HH:mm, plural forms
    from the English catalogue as the app loads it)."""
    old = QLocale()
    Translations(qapp).switch("en")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
    QLocale.setDefault(old)


def host(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The name the engine writes for a laptop is its computer's name."""
    monkeypatch.setattr(socket, "gethostname", lambda: name)


def test_laptops_listed_as_the_cli_does_and_one_retired(
        qtbot: QtBot, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, unexpected_dialogs: list[str],
        tokyo_time: None) -> None:
    office = Office(tmp_path)
    office.world[0] = datetime.now(UTC).replace(microsecond=0)
    osaka = office.laptop("osaka", skew_hours=30)  # its clock a day and six hours ahead
    shared = office.shared_file
    try:
        osaka.crm.contacts.create({"family_name": "Kept"})
        host(monkeypatch, "osaka-laptop")
        osaka.sync(shared)
        # This laptop joins through the app and sees Osaka's clock ahead.
        main_window.app_settings.set_value(sync_ui.PATH_KEY, str(shared))
        memory_keyring.set_password(passphrase.SERVICE, str(shared), PASSPHRASE)
        controller = main_window.sync_controller
        gone = main_window.crm.contacts.create({"family_name": "Deleted later"})["id"]

        def app_sync() -> None:
            host(monkeypatch, "tokyo-desk")
            controller.sync_now()
            qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
            assert not controller.last_failed

        app_sync()
        assert any("hours ahead" in note for note in unexpected_dialogs)
        host(monkeypatch, "osaka-laptop")
        osaka.sync(shared)  # Osaka has the contact; then it goes away for good
        main_window.crm.contacts.delete(gone)
        app_sync()  # the tombstone reaches the file, which keeps it for Osaka
        core = devices.list_devices(main_window.crm.db, shared, PASSPHRASE)
        assert len(core) == 2

        menu_action(main_window, "Laptops in the shared file…").trigger()
        dialog = controller.devices_dialog
        assert dialog is not None
        with qtbot.waitSignal(dialog.loaded, timeout=30_000):
            pass
        table = dialog.table
        cells = [[table.item(r, c).text() for c in range(table.columnCount())]
                 for r in range(table.rowCount())]
        assert len(cells) == len(core)
        by_name = {row[0]: row for row in cells}
        assert set(by_name) == {"tokyo-desk (this laptop)", "osaka-laptop"}
        for item in core:  # the same facts the CLI prints, last sync in Tokyo time
            row = cells[core.index(item)]
            local = datetime.fromisoformat(item["last_sync"]).astimezone(ZoneInfo("Asia/Tokyo"))
            assert row[1] == item["device"][:12]
            assert row[2] == f"{format_day(local.date(), 'en')} {local:%H:%M}"
            assert row[4] == "active"
        ahead = next(i["clock_ahead_hours"] for i in core if not i["this_laptop"])
        assert ahead in (29, 30)  # whole hours, the seconds this test took rounded down
        assert by_name["osaka-laptop"][3] == f"{ahead} h ahead (seen by tokyo-desk)"
        assert by_name["tokyo-desk (this laptop)"][3] == "ok"
        assert dialog.state.text() == "2 laptops; last sync in this computer's time."
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "sync-laptops.png"))

        mine = next(r for r, i in enumerate(dialog.items) if i["this_laptop"])
        table.selectRow(mine)
        assert not dialog.retire_button.isEnabled()  # a laptop cannot retire itself
        box = devices_dialog.retire_box(dialog, devices_dialog.laptop_label(
            dialog.items[1 - mine]))
        assert "osaka-laptop" in box.text() and "purged" in box.informativeText()
        assert box.defaultButton() is box.button(box.StandardButton.No)
        box.show()
        box.grab().save(str(SHOTS / "sync-laptops-retire.png"))
        box.close()
        asked: list[str] = []
        answer = [False]
        monkeypatch.setattr(devices_dialog, "ask_retire",
                            lambda _p, laptop: asked.append(laptop) or answer[0])
        table.selectRow(1 - mine)
        assert dialog.retire_button.isEnabled()
        before = shared.read_bytes()
        qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
        osaka_id = dialog.items[1 - mine]["device"]
        assert asked == [f"“osaka-laptop” ({osaka_id[:12]})"]
        assert shared.read_bytes() == before and not dialog.busy  # No: nothing changed
        answer[0] = True
        with qtbot.waitSignal(dialog.retired, timeout=30_000) as retired:
            qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
            assert dialog.busy and not dialog.retire_button.isEnabled()  # off the UI thread
        assert retired.args == [osaka_id]
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
        assert "is retired; 1 deleted record purged" in dialog.outcome.text()
        in_file = Snapshot.from_body(open_file(shared.read_bytes(), KeyRing(PASSPHRASE),
                                               shared.name).body())
        assert in_file.purged == {"contact": [gone]}  # what crm sync retire does
        after = {i["device"]: i for i in devices.list_devices(main_window.crm.db, shared,
                                                              PASSPHRASE)}
        assert after[osaka_id]["retired_at"] and after[osaka_id]["retired_by"] == \
            next(i["device"] for i in core if i["this_laptop"])
        row = next(r for r, i in enumerate(dialog.items) if i["device"] == osaka_id)
        retired_on = datetime.fromisoformat(after[osaka_id]["retired_at"])
        assert table.item(row, 4).text() == f"retired on {format_day(retired_on, 'en')}"
        table.selectRow(row)
        assert not dialog.retire_button.isEnabled()
        dialog.grab().save(str(tmp_path / "laptops-after-retire.png"))
        assert [e for e in unexpected_dialogs if "hours ahead" not in e] == []
        dialog.close()
    finally:
        office.close()


@pytest.mark.parametrize("case", ["wrong", "rekeyed"])
def test_a_passphrase_that_does_not_open_the_file_is_shown_in_the_dialog(
        qtbot: QtBot, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        tokyo_time: None, case: str) -> None:
    office = Office(tmp_path)
    laptop = office.laptop("away")
    try:
        laptop.sync(office.shared_file)
        main_window.app_settings.set_value(sync_ui.PATH_KEY, str(office.shared_file))
        kept = "wrong one" if case == "wrong" else PASSPHRASE
        memory_keyring.set_password(passphrase.SERVICE, str(office.shared_file), kept)
        controller = main_window.sync_controller
        if case == "rekeyed":  # this laptop synced, then the team changed the passphrase
            controller.sync_now()
            qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
            rekey.rekey(laptop.db, office.shared_file, PASSPHRASE, "the new team passphrase",
                        when=office.world[0], kdf=TEST_KDF)
        dialog = controller.show_devices()
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=30_000)
        assert dialog.table.rowCount() == 0 and not dialog.retire_button.isEnabled()
        assert ("wrong passphrase" if case == "wrong" else "changed on another laptop") \
            in dialog.error.text()
        dialog.close()
    finally:
        office.close()
