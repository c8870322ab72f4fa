"""A day and time box (the meeting's start): shown as every date and time of the app
("3 Dec 2026 14:30"), and besides Qt's section-by-section typing it takes a whole moment
typed or pasted over the text: ISO ("2026-12-03 14:30"), the language's numeric form
("03/12/2026 14:30") or the shown form, read when Enter is pressed or the field is left.
An impossible day ("30/02/2027 10:00") stays as typed and is named, as in DayEdit."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from crm_app.domain.errors import ValidationError
from crm_app.ui.formatting import display_format
from crm_app.ui.widgets.typed_date import ImpossibleDateGuard, impossible_moment, parse_moment

# A whole moment being typed over the selected text: "2026-12", "03/12/2026 14", "3 dic 2026 9:".
_TYPING = re.compile(r"(\d[\d./-]*|\d{1,2}°?\s+[^\W\d]*\.?(\s+\d{0,4})?)"
                     r"(\s+\d{0,2}([:.]\d{0,2})?)?")


class MomentEdit(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.guard = ImpossibleDateGuard(self, impossible_moment)
        self.problem_changed = self.guard.problem_changed
        self.follow_language()

    def follow_language(self) -> None:
        """The shown form and month names of the interface language (after a switch)."""
        self.setLocale(QLocale())
        self.setDisplayFormat(f"{display_format()} HH:mm")  # as every date is shown
        self.guard.retranslate()

    def problem(self) -> ValidationError | None:
        """"there is no 30 February" while such a day is typed; None otherwise."""
        return self.guard.error

    def problem_text(self) -> str:
        return self.guard.text()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state, fixed, fixed_pos = super().validate(text, pos)
        if state != QValidator.State.Invalid:  # Qt's own sections (typing an hour: "1", "15")
            return state, fixed, fixed_pos
        if parse_moment(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text.strip()):  # a whole moment being typed over the text
            return QValidator.State.Intermediate, text, pos
        return state, fixed, fixed_pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        moment = parse_moment(text)
        if moment is not None:
            return QDateTime(QDate(moment.year, moment.month, moment.day),
                             QTime(moment.hour, moment.minute))
        return super().dateTimeFromText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.guard.around(lambda: super(MomentEdit, self).focusOutEvent(event))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.guard.around(lambda: super(MomentEdit, self).keyPressEvent(event))
            return
        super().keyPressEvent(event)
