"""What the date boxes (DayEdit, MomentEdit) share: reading a whole typed or pasted date, and
an impossible one ("30/02/2027") named and kept as typed instead of quietly put back.

Qt's date boxes put their last value back when the text is not a date when the field is
left or Enter is pressed. For a day that cannot exist that would change what the person
typed without a word: the guard puts the typed text back, marks the box red and says
"there is no 30 February" (tooltip, shown at once) until the text is a real date again.
The box's value stays the last real one meanwhile; `problem()` tells the form to refuse it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QDateTimeEdit, QToolTip

from crm_app.domain.errors import ValidationError
from crm_app.ui.forms.date_field import impossible_day, impossible_error, parse_date
from crm_app.ui.messages import message_text

# A time at the end of a typed moment: "14:30", "9.05".
TIME = re.compile(r"\s*(\d{1,2})[:.](\d{2})\s*$")
BAD = "border: 1px solid #d32f2f;"


def impossible_typed_day(text: str) -> tuple[int, int] | None:
    """(day, month) for a typed day its month does not have: ISO or numeric (2027-02-30,
    30/02/2027) or with the month's name ("30 Feb 2027", "30 febbraio 2027")."""
    found = impossible_day(text)
    if found is not None:
        return found
    match = re.fullmatch(r"\s*(\d{1,2})(\s*\D.*)", text)
    if match is None:
        return None
    first = parse_date("1" + match.group(2))  # the same month and year, on its first day
    day = int(match.group(1))
    if first is None or not 28 < day <= 31:
        return None
    if day > calendar.monthrange(first.year, first.month)[1]:
        return day, first.month
    return None


def split_moment(text: str) -> tuple[str, tuple[int, int] | None]:
    """The date part and the (hour, minute) of a typed moment ("2026-12-03 14:30")."""
    match = TIME.search(text)
    if match is None:
        return text, None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return text, None
    return text[:match.start()], (hour, minute)


def parse_moment(text: str) -> datetime | None:
    """A whole typed moment: a date as the forms take it, then HH:MM."""
    day_text, time = split_moment(text)
    if time is None:
        return None
    day = parse_date(day_text)
    if day is None:
        return None
    return datetime(day.year, day.month, day.day, *time)


def impossible_moment(text: str) -> tuple[int, int] | None:
    day_text, time = split_moment(text)
    return impossible_typed_day(day_text if time is not None else text)


class ImpossibleDateGuard(QObject):
    """Keeps an impossible typed date in `edit` and says what is wrong with it."""

    problem_changed = Signal()

    def __init__(self, edit: QDateTimeEdit, find: Callable[[str], tuple[int, int] | None]) -> None:
        super().__init__(edit)
        self.edit = edit
        self.find = find
        self.error: ValidationError | None = None
        self._style = ""
        edit.lineEdit().textChanged.connect(self._text_changed)

    def around(self, handle: Callable[[], None]) -> None:
        """Run Qt's own handling of a focus-out or Enter, then put an impossible date back."""
        line = self.edit.lineEdit()
        text = line.text()
        found = self.find(text)
        handle()
        if found is None:
            return
        if line.text() != text:
            line.setText(text)  # what the person typed stays until they correct it
        self._set(impossible_error(self.edit.objectName() or "date", *found))

    def text(self) -> str:
        return message_text(self.error) if self.error is not None else ""

    def say(self) -> None:
        """The message at once under the box (it stays as the box's tooltip too)."""
        if self.error is not None and self.edit.isVisible():
            QToolTip.showText(self.edit.mapToGlobal(QPoint(0, self.edit.height())),
                              self.text(), self.edit)

    def retranslate(self) -> None:
        if self.error is not None:
            self.edit.setToolTip(self.text())

    def _text_changed(self, text: str) -> None:
        if self.error is not None and self.find(text) is None:
            self._set(None)

    def _set(self, error: ValidationError | None) -> None:
        if error is None:
            self.error = None
            self.edit.setStyleSheet(self._style)
            self.edit.setToolTip("")
        else:
            if self.error is None:
                self._style = self.edit.styleSheet()
            self.error = error
            self.edit.setStyleSheet(self._style + BAD)
            self.edit.setToolTip(self.text())
            self.say()
        self.edit.setAccessibleDescription(self.text())
        self.problem_changed.emit()
