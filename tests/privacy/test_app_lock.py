"""The app lock on a real encrypted database and a real main window: idleness, a sleep and
File ▸ Lock now cover everything; only the recovery passphrase (or the keyring) uncovers.
Time is a fake clock moved by the test; the monitor's tick is called, never waited for."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_app.services import dbkeys
from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.lock import IDLE_MINUTES_KEY, AppLock
from crm_app.ui.lock.controller import retry_delay
from crm_app.ui.lock.idle import TICK_SECONDS
from crm_app.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring

RECOVERY = "lantern orchard 42 harbour"
SECRETS = ("Hanako", "Suzuki", "hanako@example.jp")
ROOT = Path(__file__).resolve().parents[2]


class WallClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def pass_minutes(self, lock: AppLock, minutes: float) -> None:
        """Time goes on with the timer ticking as it would (no input)."""
        end = self.now + minutes * 60
        while self.now < end:
            self.now = min(self.now + TICK_SECONDS, end)
            lock.monitor.tick()


@pytest.fixture(autouse=True)
def _no_dialogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))

    def question(*args: Any, **_kwargs: Any) -> Any:
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    monkeypatch.setattr(dialogs, "ask_yes_no", question)
    monkeypatch.setattr(dialogs, "show_error", question)


def _open(path: Path, encrypted: bool = True) -> Crm:
    crm = (Crm(dbkeys.create_encrypted(path, RECOVERY).database) if encrypted
           else Crm.open(path))
    staff = crm.staff.create({"name": "Giulia Romano", "office": "ITA Tokyo"})
    crm.settings.set_profile({"staff_id": staff["id"], "name": "Giulia Romano",
                              "office": "ITA Tokyo", "country": "JP", "language": "en"})
    crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                         "job_title": "hanako@example.jp"})
    return crm


def _window(qtbot: Any, crm: Crm, settings: AppSettings, clock: WallClock) -> MainWindow:
    window = MainWindow(crm, settings)
    window.app_lock.use_clock(clock)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    for view in window.views():
        if view.entity == "contact":
            window.show_view(view.key)
            view.refresh()
    return window


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, settings: AppSettings,
           clock: WallClock) -> Iterator[MainWindow]:
    crm = _open(tmp_path / "crm.sqlite3")
    shown = _window(qtbot, crm, settings, clock)
    yield shown
    _close(shown, crm)


def _close(window: MainWindow, crm: Crm) -> None:
    window.app_lock.monitor.stop()
    window.tasks.wait_idle(10_000)
    for view in window.views():  # closing mid-edit would ask
        editor = getattr(view, "editor", None)
        if editor is not None:
            editor.revert()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    crm.close()


def visible_text(window: MainWindow) -> str:
    """Every text a person could read in the app's visible windows, lists included."""
    texts: list[str] = [window.windowTitle()]
    widgets: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            widgets += [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = widget.rootIndex()  # a file chooser shows one folder of its model
            try:
                rows, columns = model.rowCount(root), model.columnCount(root)
            except TypeError:  # Qt's internal models (e.g. a header's) hide their counts
                continue
            for row in range(min(rows, 50)):
                for column in range(columns):
                    texts.append(str(model.index(row, column, root).data() or ""))
    return "\n".join(texts)


def _assert_covered(window: MainWindow) -> None:
    assert window.app_lock.locked and window.app_lock.cover.isVisible()
    text = visible_text(window)
    assert not any(secret in text for secret in SECRETS), text
    assert window.windowTitle() == "Trade Mission CRM"
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()


def test_idle_for_the_set_minutes_covers_everything(
        window: MainWindow, clock: WallClock, qtbot: Any) -> None:
    window.setWindowTitle("Hanako Suzuki — Trade Mission CRM")
    note = QDialog(window)
    QVBoxLayout(note).addWidget(QLabel("Call Suzuki about the fair"))
    note.show()
    assert "Suzuki" in visible_text(window)  # the data is on screen before
    clock.pass_minutes(window.app_lock, 9.5)
    assert not window.app_lock.locked  # default 10 minutes
    clock.pass_minutes(window.app_lock, 0.75)
    _assert_covered(window)
    assert not note.isVisible()
    assert window.app_lock.reason == "idle"
    assert "Nobody used the app for a while" in window.app_lock.cover.intro.text()
    assert not window.action("new").isEnabled()  # no shortcut reaches the views


def test_a_modal_dialog_open_at_lock_time_is_covered_not_ended(
        window: MainWindow, clock: WallClock, qtbot: Any) -> None:
    """Hiding a modal dialog would end it and lose what was typed; it takes the input, so it
    gets its own cover with the unlock form, and comes back as it was."""
    editor = QDialog(window)
    editor.setWindowTitle("Edit Hanako Suzuki")
    field = QLineEdit("Suzuki, Hanako — call back Tuesday")
    QVBoxLayout(editor).addWidget(field)
    editor.open()  # window-modal, as the app's dialogs are
    qtbot.waitExposed(editor)
    assert editor.isModal() and "Suzuki" in visible_text(window)
    clock.pass_minutes(window.app_lock, 10.5)
    _assert_covered(window)
    assert editor.isVisible() and editor.windowTitle() == "Trade Mission CRM"
    covers = [c for c in editor.findChildren(QWidget, "lock_cover") if c.isVisible()]
    assert len(covers) == 1
    passphrase = covers[0].findChild(QLineEdit, "lock_passphrase")
    qtbot.keyClicks(passphrase, "wrong words entirely here")
    qtbot.keyClick(passphrase, Qt.Key.Key_Return)
    assert window.app_lock.locked and editor.isVisible()
    qtbot.keyClicks(passphrase, RECOVERY)
    qtbot.keyClick(passphrase, Qt.Key.Key_Return)
    assert not window.app_lock.locked
    assert editor.isVisible() and field.isVisible()
    assert field.text() == "Suzuki, Hanako — call back Tuesday"
    assert editor.windowTitle() == "Edit Hanako Suzuki"
    editor.reject()


def test_a_file_chooser_open_at_lock_time_is_covered(
        window: MainWindow, clock: WallClock, qtbot: Any, tmp_path: Path) -> None:
    """The app asks Qt for its own file chooser (a native one would stay over the locked
    window with the names of exported files): it is a modal dialog of the app, so covered."""
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    (tmp_path / "Suzuki Hanako - subject access.pdf").write_bytes(b"%PDF-1.4")
    chooser = QFileDialog(window, "Save the subject access file", str(tmp_path))
    chooser.open()
    qtbot.waitExposed(chooser)
    qtbot.waitUntil(lambda: "Suzuki Hanako" in visible_text(chooser), timeout=20000)
    clock.pass_minutes(window.app_lock, 10.5)
    _assert_covered(window)
    assert chooser.isVisible() and "Suzuki" not in visible_text(chooser)
    assert [c for c in chooser.findChildren(QWidget, "lock_cover") if c.isVisible()]
    window.app_lock.unlock_with_passphrase(RECOVERY)
    assert not window.app_lock.locked and chooser.isVisible()
    chooser.reject()


def test_input_restarts_the_idle_time(window: MainWindow, clock: WallClock,
                                      qtbot: Any) -> None:
    clock.pass_minutes(window.app_lock, 8)
    qtbot.mouseMove(window.navigation)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    clock.pass_minutes(window.app_lock, 8)
    assert not window.app_lock.locked
    clock.pass_minutes(window.app_lock, 2.5)
    assert window.app_lock.locked


def test_a_wrong_passphrase_stays_locked_and_waits_longer_each_time(
        window: MainWindow, clock: WallClock, qtbot: Any) -> None:
    lock = window.app_lock
    lock.lock()
    cover = lock.cover
    qtbot.keyClicks(cover.passphrase, "lantern orchard 41 harbour")
    qtbot.keyClick(cover.passphrase, Qt.Key.Key_Return)
    assert lock.locked and cover.passphrase.text() == ""
    assert cover.error.text() == "This passphrase does not unlock the database."
    assert not lock.unlock_with_passphrase("still wrong")
    assert "Wait 2 s" in cover.error.text()
    # Inside the delay even the right passphrase is refused, and says why.
    assert not lock.unlock_with_passphrase(RECOVERY)
    assert "Too many wrong tries" in cover.error.text()
    _assert_covered(window)
    clock.now += 2
    assert not lock.unlock_with_passphrase("third wrong")
    assert "Wait 4 s" in cover.error.text()
    assert [retry_delay(n) for n in range(1, 8)] == [0, 2, 4, 8, 16, 30, 30]


def test_the_recovery_passphrase_unlocks_and_gives_everything_back(
        window: MainWindow, clock: WallClock, qtbot: Any) -> None:
    window.setWindowTitle("Hanako Suzuki — Trade Mission CRM")
    note = QDialog(window)
    note.show()
    window.app_lock.lock()
    assert not note.isVisible()
    qtbot.keyClicks(window.app_lock.cover.passphrase, RECOVERY)
    qtbot.mouseClick(window.app_lock.cover.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.app_lock.locked and not window.app_lock.cover.isVisible()
    assert note.isVisible() and window.centralWidget().isVisible()
    assert window.windowTitle() == "Hanako Suzuki — Trade Mission CRM"
    assert window.action("new").isEnabled()
    assert "Suzuki" in visible_text(window)


def test_the_keyring_unlock_checks_the_key_still_opens_the_database(
        window: MainWindow, memory_keyring: MemoryKeyring, qtbot: Any) -> None:
    lock = window.app_lock
    lock.lock()
    assert lock.cover.keyring_button.isVisible()
    saved = dict(memory_keyring.entries)
    memory_keyring.entries.update({k: "x'" + "00" * 32 + "'" for k in saved})
    assert not lock.unlock_with_keyring() and lock.locked  # a wrong key proves nothing
    assert "keyring did not give" in lock.cover.error.text()
    memory_keyring.entries.update(saved)
    qtbot.mouseClick(lock.cover.keyring_button, Qt.MouseButton.LeftButton)
    assert not lock.locked


def test_a_sleep_locks_at_the_next_tick(window: MainWindow, clock: WallClock) -> None:
    clock.pass_minutes(window.app_lock, 1)
    clock.now += 40 * 60  # the lid was closed: no tick for 40 minutes
    window.app_lock.monitor.tick()
    _assert_covered(window)
    assert window.app_lock.reason == "sleep"


def test_zero_minutes_never_locks_when_idle(window: MainWindow, clock: WallClock,
                                             settings: AppSettings) -> None:
    settings.set_value(IDLE_MINUTES_KEY, 0)
    clock.pass_minutes(window.app_lock, 600)
    assert not window.app_lock.locked
    clock.now += 3600  # a sleep still locks
    window.app_lock.monitor.tick()
    assert window.app_lock.locked


def test_ctrl_l_locks_now(window: MainWindow, qtbot: Any) -> None:
    action = window.action("lock")
    assert action.shortcut() == QKeySequence("Ctrl+L")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_covered(window)
    assert window.app_lock.reason == "manual"
    assert "locked with Lock now" in window.app_lock.cover.intro.text()  # not "nobody used"
    assert not action.isEnabled()


def test_a_plain_database_offers_no_lock(qtbot: Any, tmp_path: Path, settings: AppSettings,
                                         clock: WallClock) -> None:
    crm = _open(tmp_path / "plain.sqlite3", encrypted=False)
    window = _window(qtbot, crm, settings, clock)
    try:
        assert not window.action("lock").isEnabled()
        assert "not encrypted" in window.action("lock").toolTip()
        clock.pass_minutes(window.app_lock, 30)
        assert not window.app_lock.lock() and not window.app_lock.locked
        from crm_app.ui.forms.settings_dialog import SettingsDialog

        dialog = SettingsDialog(crm, settings, window)
        assert not dialog.lock_minutes.isEnabled() and "plain" in dialog.lock_note.text()
        assert dialog.answer().lock_minutes is None
        dialog.deleteLater()
    finally:
        _close(window, crm)


def test_the_setting_is_offered_for_an_encrypted_database(
        window: MainWindow, settings: AppSettings) -> None:
    from crm_app.ui.forms.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.crm, settings, window)
    assert dialog.lock_minutes.isEnabled() and dialog.lock_minutes.value() == 10
    dialog.lock_minutes.setValue(0)
    assert dialog.lock_minutes.text() == "Never"
    assert dialog.answer().lock_minutes == 0
    dialog.deleteLater()


def test_verify_passphrase_checks_against_the_key_file(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    dbkeys.create_encrypted(path, RECOVERY).database.close()
    before = path.read_bytes(), dbkeys.key_file(path).read_bytes()
    assert dbkeys.verify_passphrase(path, RECOVERY)
    assert not dbkeys.verify_passphrase(path, "lantern orchard 43 harbour")
    assert not dbkeys.verify_passphrase(path, "")
    assert (path.read_bytes(), dbkeys.key_file(path).read_bytes()) == before


def test_screenshot_of_the_locked_window(window: MainWindow, qtbot: Any) -> None:
    window.app_lock.lock()
    window.app_lock.cover.say("This passphrase does not unlock the database.")
    qtbot.wait(50)
    image = window.grab()
    target = ROOT / "docs" / "screenshots" / "app-lock.png"
    if os.environ.get("CRM_SCREENSHOTS"):
        image.save(str(target))
    assert image.width() >= 1000
