"""The modal questions of the import/export area: file names, yes/no, information.

Every dialog of `crm_app.ui.io` asks through these functions (`seams.confirm(...)`), so a
test replaces one with monkeypatch and asserts the question instead of clicking a box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "IoUi",
    "Contacts and calendars (*.vcf *.vcard *.bab *.csv *.txt *.tsv *.xlsx *.ics);;All files (*)")


def ask_open_path(parent: QWidget | None) -> str:
    path, _filter = QFileDialog.getOpenFileName(parent, translate("IoUi", "Import"), "",
                                                translate("IoUi", IMPORT_FILTER))
    return str(path)


def ask_save_path(parent: QWidget | None, suggested: str, file_filter: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, translate("IoUi", "Export"), suggested,
                                                file_filter)
    return str(path)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)

