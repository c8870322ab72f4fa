"""The follow-up list's filters in the preview: owner, grouping and due-date period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from crm_app.reports import ReportRequest
from crm_app.services.crm import Crm
from crm_app.ui.widgets.day_edit import DayEdit
from crm_app.ui.widgets.picker import staff_text


class FollowUpFilters(QWidget):
    """Owner, grouping and due-date period of the follow-up list."""

    changed = Signal()

    def __init__(self, crm: Crm, request: ReportRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("All owners"), "")
        for member in crm.staff.list():
            self.owner.addItem(staff_text(member), member["id"])  # namesakes by office
        self.owner.setCurrentIndex(max(0, self.owner.findData(request.owner_id or "")))
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("By owner"), "owner")
        self.group_by.addItem(self.tr("By organisation"), "organisation")
        self.group_by.setCurrentIndex(max(0, self.group_by.findData(request.group_by)))
        self.period = QCheckBox(self.tr("Due between"))
        today = crm.queries.today()
        self.date_from = DayEdit(QDate(today.year, today.month, 1))
        self.date_to = DayEdit(QDate(today.year, today.month, today.day).addMonths(1))
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
            edit.dateChanged.connect(self._period_changed)
        self.period.toggled.connect(self._toggle_period)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.owner, self.group_by, self.period, self.date_from, self.date_to):
            layout.addWidget(widget)
        self.owner.currentIndexChanged.connect(self.changed)
        self.group_by.currentIndexChanged.connect(self.changed)

    def _toggle_period(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def _period_changed(self) -> None:
        if self.period.isChecked():
            self.changed.emit()

    def apply(self, request: ReportRequest) -> ReportRequest:
        period = self.period.isChecked()
        return replace(request, owner_id=str(self.owner.currentData()) or None,
                       group_by=str(self.group_by.currentData()),
                       date_from=_to_date(self.date_from.date()) if period else None,
                       date_to=_to_date(self.date_to.date()) if period else None)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
