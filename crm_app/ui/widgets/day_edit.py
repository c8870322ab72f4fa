"""A day chosen with a calendar popup, shown as every other date of the app ("3 Dec 2026",
"3 dic 2026") and again in the new language after a switch. Used by the list filters, the
report and audit-log ranges and the all-day meeting days; the record forms' date fields
(DateEditor) also take typed ISO and numeric dates."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from crm_app.ui.formatting import display_format


class DayEdit(QDateEdit):
    def __init__(self, day: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if day is not None:
            self.setDate(day)
        self.setCalendarPopup(True)
        self._follow_language()

    def _follow_language(self) -> None:
        self.setLocale(QLocale())  # month names of the interface language
        self.setDisplayFormat(display_format())
        self.setMinimumWidth(self.sizeHint().width())  # the whole date, never cut

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
        super().changeEvent(event)
