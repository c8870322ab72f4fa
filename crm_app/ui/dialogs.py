"""Every modal question the app asks goes through these functions.

They are the seam tests monkeypatch (pytest-qt's advice for dialogs): a test replaces
`dialogs.ask_yes_no` and asserts the question instead of clicking a real box.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None, text: str) -> Unsaved:
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    title = QCoreApplication.translate("Dialogs", "Unsaved changes")
    answer = QMessageBox.warning(parent, title, text, buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
