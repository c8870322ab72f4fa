"""A date field: typed in the person's own way (ISO or the language's date format, with a
four-digit year) or picked from a calendar; an impossible date gets a sentence that names
it ("there is no 30 February"), not a format lecture.

The value handed to the schema is always ISO (YYYY-MM-DD) once the text is a real date, so
the rules in `domain.schema` stay the only rules.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from crm_app.domain.errors import Month, ValidationError
from crm_app.domain.schema import FieldSpec
from crm_app.ui.formatting import display_format, format_date, numeric_format
from crm_app.ui.forms.field_widgets import FieldEditor
from crm_app.ui.icons import icon

ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """ISO or the language's format; None when the text is not a real date."""
    match = ISO.fullmatch(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    locale = locale or QLocale()
    text = text.strip()
    for fmt in (display_format(locale), "d MMMM yyyy", numeric_format(locale),
                locale.dateFormat(QLocale.FormatType.LongFormat)):
        parsed = locale.toDate(text, fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    return None


def impossible_day(text: str, locale: QLocale | None = None) -> tuple[int, int] | None:
    """(day, month) when `text` names a day its month does not have (2027-02-30, 31/4/2026)."""
    match = ISO.fullmatch(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        numbers = re.findall(r"\d+", text)
        if len(numbers) != 3 or re.search(r"[^\d\s./-]", text):
            return None
        order = [c for c in re.sub(r"[^dMy]", "", numeric_format(locale)) if c in "dMy"]
        positions = list(dict.fromkeys(order))  # e.g. ['d', 'M', 'y']
        if sorted(positions) != ["M", "d", "y"]:
            return None
        parts = dict(zip(positions, (int(n) for n in numbers), strict=True))
        year, month, day = parts["y"], parts["M"], parts["d"]
    if not (1 <= month <= 12 and year >= 1):
        return None
    if day > calendar.monthrange(year, month)[1] and day <= 31:
        return day, month
    return None


def impossible_error(field: str, day: int, month: int) -> ValidationError:
    """"there is no 30 February", the core's message (shown in the interface language)."""
    return ValidationError(field, "there is no {day} {month}", day=day, month=Month(month))


class DateEditor(FieldEditor):
    """A line to type in and a button that opens a calendar."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._shown_in = QLocale()  # the language the shown text is in
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self._placeholder())
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("date_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self.pick)
        self.calendar.activated.connect(self.pick)
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.menu.aboutToShow.connect(self._show_current)
        self.button = QToolButton()
        self.button.setObjectName("date_button")
        self.button.setIcon(icon("today"))  # the calendar icon
        self.button.setToolTip(QCoreApplication.translate("DateEditor", "Choose a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self._layout.addWidget(self.edit, 1)
        self._layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def set_value(self, value: Any) -> None:
        day = value if isinstance(value, date) else parse_date(str(value or ""))
        self._shown_in = QLocale()
        if day is None:
            self.edit.setText("" if value is None else str(value))
            return
        self.edit.setText(format_date(day))

    def day(self) -> date | None:
        """The typed day: in the language it was shown in, else the interface language's."""
        text = self.edit.text()
        return parse_date(text, self._shown_in) or parse_date(text)

    def raw_value(self) -> Any:
        day = self.day()
        return day.isoformat() if day is not None else self.edit.text().strip()

    def problem(self) -> ValidationError | None:
        """The error of a typed date that cannot exist; None otherwise."""
        found = impossible_day(self.edit.text())
        return impossible_error(self.spec.name, *found) if found else None

    def pick(self, chosen: QDate) -> None:
        self.set_value(date(chosen.year(), chosen.month(), chosen.day()))
        self.menu.hide()
        self.changed.emit()

    def _show_current(self) -> None:
        day = self.day()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _placeholder(self) -> str:
        sample = QLocale().toString(QDate(2026, 11, 24), display_format())
        numeric = QLocale().toString(QDate(2026, 11, 24), numeric_format())
        return f"{sample} / {numeric} / 2026-11-24"

    def retranslate(self) -> None:
        """The shown day and the hints in the new language (the value stays the same)."""
        day = self.day()
        if day is not None:
            self.set_value(day)
        self.edit.setPlaceholderText(self._placeholder())
        self.button.setToolTip(QCoreApplication.translate("DateEditor", "Choose a date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange or event.type() == \
                QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
