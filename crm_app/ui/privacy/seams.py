"""The modal questions of the privacy screens: yes/no, a reason, a file name, information.

Every privacy dialog asks through these functions, so a test replaces one with monkeypatch
and asserts the question instead of clicking a real box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """The text typed, or None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, prompt)
    return str(text) if ok else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return str(path)


def tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
