"""The modal questions of the reports area: printer, file name, day.

The dialogs ask through these functions (`seams.ask_printer(...)`), so a test replaces one
with monkeypatch and asserts the question instead of clicking a box.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from crm_app.ui.reports.day_dialog import DayDialog

translate = QCoreApplication.translate


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Show the system print dialog for `printer`; True when the person chose to print."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("ReportUi", "Save report as PDF"), suggested, "PDF (*.pdf)")
    return str(path)


def ask_day(parent: QWidget | None, initial: date) -> date | None:
    """A calendar day, or None when cancelled."""
    dialog = DayDialog(initial, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.day()
