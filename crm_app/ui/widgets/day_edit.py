"""A day chosen with a calendar popup, shown as every other date of the app ("3 Dec 2026",
"3 dic 2026") and again in the new language after a switch. Used by the list filters, the
report and audit-log ranges and the all-day meeting days. Besides its own sections it takes a
whole date typed as the record forms' date fields do: ISO (2026-11-24) or the language's
numeric form (24/11/2026), read when Enter is pressed or the field is left."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from crm_app.ui.formatting import display_format
from crm_app.ui.forms.date_field import parse_date

# A whole date being typed over the selected text: 2026-11, 24/11/20, "24 no", "24 nov 20".
_TYPING = re.compile(r"\d[\d./-]*|\d{1,2}°?\s+[^\W\d]*\.?(\s+\d{0,4})?")


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

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if parse_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text.strip()):  # the whole text replaced by digits being typed
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = parse_date(text)
        if day is not None:
            return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))
        return super().dateTimeFromText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
        super().changeEvent(event)
