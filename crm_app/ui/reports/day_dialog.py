"""A small dialog asking for one calendar day (meeting reports of a day)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from crm_app.ui.widgets.day_edit import DayEdit, refuse_impossible

translate = QCoreApplication.translate


class DayDialog(QDialog):
    def __init__(self, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReportUi", "Meeting reports of a day"))
        self.edit = DayEdit(QDate(initial.year, initial.month, initial.day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not refuse_impossible(self.edit):  # "there is no 30 February": not the old day
            super().accept()

    def day(self) -> date:
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())
