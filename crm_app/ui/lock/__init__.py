"""The app lock: after some minutes without input, or when the laptop slept, the main window
is covered and needs the database's recovery passphrase (or this computer's keyring) again.

- `idle.py`: IdleMonitor, the input filter and the timer that notices idleness and sleep.
- `cover.py`: LockCover, what the window shows while locked (the unlock form, nothing else).
- `controller.py`: AppLock, which hides the data, shows the cover and checks the answer.

`install(window)` is called once by the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_app.ui.lock.controller import IDLE_MINUTES_KEY, AppLock, lock_available

if TYPE_CHECKING:
    from crm_app.ui.main_window import MainWindow

__all__ = ["IDLE_MINUTES_KEY", "AppLock", "install", "lock_available"]


def install(window: MainWindow) -> AppLock:
    # Qt's own file chooser, not the system's: it is then a dialog of this app, which the lock
    # covers and whose typing the idle timer sees (a native one would stay visible over the
    # locked window with the names of exported files and folders).
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    return AppLock(window)
