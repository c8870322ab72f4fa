"""AppLock: covers the main window when nobody is there, and uncovers it for the person who
knows the database's recovery passphrase (or whose keyring still gives the database key).

While locked nothing of the data is visible: the central widget, docks, tool bars, menu and
status bar are hidden, other windows of the app (non-modal dialogs) are hidden, every action
is disabled (no shortcut reaches a view), and the title is the app's name only, so the
taskbar preview shows the cover. Locking changes no data: an edit in progress stays where
it was, under the cover.

A plain (unencrypted) database offers no lock: there is no secret to check, and anyone who
has the laptop can read the file itself; the settings say so and recommend encryption.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar, QWidget

from crm_app.services import dbkeys
from crm_app.services.crm import Crm
from crm_app.ui.lock.cover import LockCover
from crm_app.ui.lock.idle import Clock, IdleMonitor

if TYPE_CHECKING:
    from crm_app.ui.main_window import MainWindow

IDLE_MINUTES_KEY = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_DELAY_SECONDS = 30


def lock_available(crm: Crm) -> bool:
    """The lock needs a secret to check: only an encrypted database has one."""
    return crm.db.encrypted


def retry_delay(failures: int) -> int:
    """Seconds to wait after `failures` wrong tries in a row: 0, 2, 4, 8, 16, 30, 30, ..."""
    if failures < 2:
        return 0
    return int(min(2 ** (failures - 1), MAX_DELAY_SECONDS))


class AppLock(QObject):
    def __init__(self, window: MainWindow, clock: Clock = time.time) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.locked = False
        self.reason = ""
        self.failures = 0
        self.retry_after = 0.0
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._title = ""
        # Modal dialogs open when the lock came: (dialog, its title, its hidden parts, cover).
        self._modal: list[tuple[QWidget, str, list[QWidget], LockCover]] = []
        self.cover = LockCover(window)
        self.cover.passphrase_given.connect(self.unlock_with_passphrase)
        self.cover.keyring_requested.connect(self.unlock_with_keyring)
        self.action = window.add_menu_action("File", "lock", lambda: self.lock("manual"),
                                             "Ctrl+L")
        window.register_action("lock", self.action)
        self.monitor = IdleMonitor(self.idle_seconds, clock, self)
        self.monitor.idle.connect(lambda: self.lock("idle"))
        self.monitor.slept.connect(lambda: self.lock("sleep"))
        self.available = lock_available(window.crm)
        self.action.setEnabled(self.available)
        self.cover.retranslated.connect(self.retranslate)
        self.retranslate()
        if self.available:
            self.monitor.start()

    def use_clock(self, clock: Clock) -> None:
        """Tests (and a frozen clock) give their own time; idleness counts from now."""
        self.clock = self.monitor.clock = clock
        self.monitor.last_tick = self.monitor.last_input = clock()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Lock now"))
        self.action.setToolTip(self.tr("Cover the window until the recovery passphrase is "
                                       "typed") if self.available else self.tr(
            "The database is not encrypted: there is nothing to unlock with. Encrypt it to "
            "use the app lock."))

    def idle_seconds(self) -> float:
        minutes = self.window.app_settings.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
        return max(minutes, 0) * 60.0

    # -- locking ------------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> bool:
        """Cover the window; False when already locked or the database offers no lock."""
        if self.locked or not self.available:
            return False
        self.locked, self.reason = True, reason
        window = self.window
        parts: list[QWidget] = [window.menuBar(), window.statusBar()]
        central = window.centralWidget()
        if central is not None:
            parts.append(central)
        parts += window.findChildren(QDockWidget) + window.findChildren(QToolBar)
        for top in QApplication.topLevelWidgets():
            if top is not window and top.isWindow() and top.isVisible():
                if top.isModal():
                    self._cover_modal(top)
                else:
                    parts.append(top)  # open non-modal dialogs, palettes, floating docks
        self._hidden = [part for part in parts if part.isVisible()]
        for part in self._hidden:
            part.hide()
        self._disabled = [action for action in window.findChildren(QAction)
                          if action.isEnabled() and not self._in_cover(action)]
        for action in self._disabled:
            action.setEnabled(False)
        self._title = window.windowTitle()
        window.setWindowTitle(self.tr("Trade Mission CRM"))
        self.cover.cover(offer_keyring=self._keyring_offered(), reason=reason)
        return True

    def _cover_modal(self, dialog: QWidget) -> None:
        """A modal dialog cannot be hidden (that would end it and lose what was typed in it),
        and it takes the input the window's cover would need: its own parts are hidden and a
        cover of its own, with the same unlock form, goes over it."""
        hidden = [child for child in dialog.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if child.isVisible()]
        for child in hidden:
            child.hide()
        cover = LockCover(dialog)
        cover.passphrase_given.connect(self.unlock_with_passphrase)
        cover.keyring_requested.connect(self.unlock_with_keyring)
        self._modal.append((dialog, dialog.windowTitle(), hidden, cover))
        dialog.setWindowTitle(self.tr("Trade Mission CRM"))
        cover.cover(offer_keyring=self._keyring_offered(), reason=self.reason)

    def _say(self, text: str) -> None:
        self.cover.say(text)
        for _dialog, _title, _hidden, cover in self._modal:
            cover.say(text)

    def _in_cover(self, action: QAction) -> bool:
        parent = action.parent()
        covers = [self.cover, *(cover for *_rest, cover in self._modal)]
        return isinstance(parent, QWidget) and any(
            parent is cover or cover.isAncestorOf(parent) for cover in covers)

    def _keyring_offered(self) -> bool:
        path = self.window.crm.db.path
        return dbkeys.keyring_problem() is None and dbkeys.stored_key(path) is not None

    def _uncover(self) -> None:
        self.cover.hide()
        for part in self._hidden:
            part.show()
        for action in self._disabled:
            action.setEnabled(True)
        self.window.setWindowTitle(self._title)
        for dialog, title, hidden, cover in self._modal:
            cover.hide()
            cover.deleteLater()
            for child in hidden:
                child.show()
            dialog.setWindowTitle(title)
        self._hidden, self._disabled, self._modal = [], [], []
        self.locked, self.reason, self.failures, self.retry_after = False, "", 0, 0.0
        self.monitor.touch()

    # -- unlocking ----------------------------------------------------------------------------
    def unlock_with_passphrase(self, passphrase: str) -> bool:
        if not self.locked:
            return True
        wait = self.retry_after - self.clock()
        if wait > 0:
            self._say(self.tr("Too many wrong tries: wait %1 s and try again.").replace(
                "%1", str(int(wait) + 1)))
            return False
        if dbkeys.verify_passphrase(self.window.crm.db.path, passphrase):
            self._uncover()
            return True
        self.failures += 1
        delay = retry_delay(self.failures)
        self.retry_after = self.clock() + delay
        text = self.tr("This passphrase does not unlock the database.")
        if delay:
            text += " " + self.tr("Wait %1 s before the next try.").replace("%1", str(delay))
        self._say(text)
        return False

    def unlock_with_keyring(self) -> bool:
        """Proves only that the keyring of the signed-in system account can be read now and
        gives the key that opens this database (see the module notes)."""
        if not self.locked:
            return True
        if dbkeys.verify_keyring(self.window.crm.db.path):
            self._uncover()
            return True
        self._say(self.tr("The system keyring did not give this database's key. Type "
                               "the recovery passphrase."))
        return False
