"""A day chosen with a calendar popup, shown as every other date of the app ("3 Dec 2026",
"3 dic 2026") and again in the new language after a switch. Used by the list filters, the
report and audit-log ranges and the all-day meeting days. Besides its own sections it takes a
whole date typed as the record forms' date fields do: ISO (2026-11-24) or the language's
numeric form (24/11/2026), read when Enter is pressed or the field is left. A day that cannot
exist ("30/02/2027") stays as typed, in red, and is named ("there is no 30 February") until it
is corrected; `problem()` is that error meanwhile (the value stays the last real day)."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from crm_app.domain.errors import ValidationError
from crm_app.ui.formatting import display_format
from crm_app.ui.forms.date_field import parse_date
from crm_app.ui.widgets.typed_date import ImpossibleDateGuard, impossible_typed_day

# A whole date being typed over the selected text: 2026-11, 24/11/20, "24 no", "24 nov 20".
_TYPING = re.compile(r"\d[\d./-]*|\d{1,2}°?\s+[^\W\d]*\.?(\s+\d{0,4})?")


class DayEdit(QDateEdit):
    def __init__(self, day: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if day is not None:
            self.setDate(day)
        self.setCalendarPopup(True)
        self.guard = ImpossibleDateGuard(self, impossible_typed_day)
        self.problem_changed = self.guard.problem_changed
        self._follow_language()

    def problem(self) -> ValidationError | None:
        """"there is no 30 February" while such a day is typed; None otherwise."""
        return self.guard.error

    def problem_text(self) -> str:
        return self.guard.text()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.guard.around(lambda: super(DayEdit, self).focusOutEvent(event))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.guard.around(lambda: super(DayEdit, self).keyPressEvent(event))
            return
        super().keyPressEvent(event)

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
            self.guard.retranslate()
        super().changeEvent(event)


def refuse_impossible(*edits: DayEdit) -> bool:
    """For a dialog's OK: True (and the first bad box focused, its message shown again) while
    one of `edits` holds a day that cannot exist."""
    for edit in edits:
        if edit.problem() is not None:
            edit.setFocus()
            edit.guard.say()
            return True
    return False
