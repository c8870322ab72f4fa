"""The meeting editor: start time typed in the event's time zone with the laptop's time
beside it (or, for an all-day meeting, its first and last day and no time), participants by
search, minutes and outcome, and "add follow-up" in one step."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.all_day import DAY_MINUTES, day_range
from crm_app.domain.errors import DomainError
from crm_app.services.crm import Crm
from crm_app.ui.due_dates import PRESETS, local_today, preset_date
from crm_app.ui.formatting import as_datetime, format_datetime, zone_abbreviation
from crm_app.ui.forms.field_widgets import ChoiceEditor
from crm_app.ui.forms.record_editor import RecordEditor
from crm_app.ui.icons import icon
from crm_app.ui.widgets.day_edit import DayEdit
from crm_app.ui.widgets.moment_edit import MomentEdit
from crm_app.ui.widgets.participants import ParticipantsEditor

MEETING_FIELDS = ("event_id", "timezone", "duration_minutes", "place", "subject", "status",
                  "agenda", "minutes", "outcome", "interest", "next_steps")
START_FORMAT = "yyyy-MM-dd HH:mm"


class MeetingEditor(RecordEditor):
    followup_added = Signal(str)

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(crm, "meeting", MEETING_FIELDS, parent)
        self.start = MomentEdit()  # typed, pasted or section by section
        self.start.setObjectName("meeting_start")
        self.start.dateTimeChanged.connect(self._start_changed)
        self.local_time = QLabel()
        self.local_time.setObjectName("local_time")
        self.local_time.setWordWrap(True)
        # All day: the first and last day instead of a time (and no duration, no laptop time).
        self.all_day = QCheckBox()
        self.all_day.setObjectName("meeting_all_day")
        self.all_day.toggled.connect(self._all_day_toggled)
        self.first_day = _day_edit("meeting_first_day")
        self.first_day.dateChanged.connect(self._first_day_changed)
        self.last_day = _day_edit("meeting_last_day")
        self.last_day.dateChanged.connect(lambda _d: self._extra_edited())
        self.days = QWidget()
        days_row = QHBoxLayout(self.days)
        days_row.setContentsMargins(0, 0, 0, 0)
        days_row.addWidget(self.first_day)
        days_row.addWidget(QLabel("–"))
        days_row.addWidget(self.last_day)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.start)
        when.addWidget(self.days)
        when.addStretch(1)
        start_row = QWidget()
        row = QVBoxLayout(start_row)  # the laptop's time under the start, never cut off
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addLayout(when)
        row.addWidget(self.local_time)
        row.addWidget(self.all_day, 0, Qt.AlignmentFlag.AlignLeft)
        self.start_caption = QLabel()
        self.form.form.insertRow(1, self.start_caption, start_row)
        self.participants = ParticipantsEditor(crm)
        self.participants.changed.connect(self._extra_edited)
        self.participants_caption = QLabel()
        self.form.form.insertRow(3, self.participants_caption, self.participants)
        self.form.editors["event_id"].changed.connect(self._event_changed)
        self.form.editors["timezone"].changed.connect(self._update_local_time)

        self.followup_box = QGroupBox()
        self.followup_title = QLineEdit()
        self.followup_title.setObjectName("followup_title")
        self.followup_title.returnPressed.connect(self.add_followup)
        self.followup_due = QComboBox()
        self.followup_due.setObjectName("followup_due")
        self.followup_button = QPushButton(icon("followups"), "")
        self.followup_button.setObjectName("add_followup")
        self.followup_button.clicked.connect(self.add_followup)
        # The title on its own line: beside the due date and the button it had 70 px in
        # Italian ("Cosa va f…"); below it, the due date and the button.
        box = QGridLayout(self.followup_box)
        box.addWidget(self.followup_title, 0, 0, 1, 3)
        box.addWidget(self.followup_due, 1, 0)
        box.addWidget(self.followup_button, 1, 1)
        box.setColumnStretch(2, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.followup_box)
        self._loaded_start = ""
        self._loaded_when: tuple[Any, ...] = ()
        self._loaded_participants: list[dict[str, str]] = []
        self._show_mode()
        self.retranslate()

    # -- the parts outside the schema form ------------------------------------------------------
    def load_extra(self, record: Mapping[str, Any] | None) -> None:
        zone = str((record or {}).get("timezone") or "")
        moment = as_datetime((record or {}).get("starts_at"))
        self.start.blockSignals(True)
        if moment is not None and zone:
            local = moment.astimezone(_zone(zone))
            self.start.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                             QTime(local.hour, local.minute)))
        else:
            now = QDateTime.currentDateTime()
            self.start.setDateTime(QDateTime(now.date(), QTime(now.time().hour() + 1
                                                                if now.time().hour() < 23
                                                                else 9, 0)))
        self.start.blockSignals(False)
        all_day = bool((record or {}).get("all_day")) and moment is not None
        first = last = _pydate(self.start.date())
        if all_day and moment is not None:
            first, last = day_range(moment, zone or "UTC", (record or {}).get("duration_minutes"))
            # Unticked later, the meeting gets a time on its first day (09:00 to begin with).
            self.start.blockSignals(True)
            self.start.setDateTime(QDateTime(_qdate(first), QTime(9, 0)))
            self.start.blockSignals(False)
        self.all_day.blockSignals(True)
        self.all_day.setChecked(all_day)
        self.all_day.blockSignals(False)
        self._set_days(_qdate(first), _qdate(last))
        self._show_mode()
        self._loaded_start = self.start_text()
        self._loaded_when = self._when()
        items = list((record or {}).get("participants") or [])
        self.participants.set_participants(items)
        self._loaded_participants = self.participants.participants()
        self.followup_box.setEnabled(record is not None)
        self._update_local_time()

    def extra_changes(self) -> dict[str, Any]:
        values: dict[str, Any] = {"all_day": self.is_all_day(), "timezone": self.zone(),
                                  "participants": self.participants.participants()}
        if self.is_all_day():
            first, last = self.day_range()
            values.update(starts_at=first.isoformat(),
                          duration_minutes=((last - first).days + 1) * DAY_MINUTES)
        else:
            values["starts_at"] = self.start_text()
        return values

    def extra_dirty(self) -> bool:
        if not hasattr(self, "_loaded_participants"):  # called while the base class builds
            return False
        return (self._when() != self._loaded_when
                or self.participants.participants() != self._loaded_participants)

    def extra_state(self) -> Any:
        return (self._when(), self.participants.participants())

    def extra_saved(self, record: Mapping[str, Any], sent: Any) -> None:
        """Start, days and participants changed during the save stay as shown (edits)."""
        if self.extra_state() == sent:
            self.load_extra(record)
            return
        self._loaded_when, self._loaded_participants = sent
        self.followup_box.setEnabled(True)

    def extra_valid(self) -> bool:
        """An impossible typed day ("30/02/2027") is refused, never saved as the last real
        one: the banner names it and the box keeps the typed text."""
        boxes = (self.first_day, self.last_day) if self.is_all_day() else (self.start,)
        for box in boxes:
            problem = box.problem()
            if problem is not None:
                self._show_banner(DomainError(problem.msgid, **problem.params))
                box.setFocus()
                return False
        return True

    def is_all_day(self) -> bool:
        return self.all_day.isChecked()

    def day_range(self) -> tuple[date, date]:
        """The first and last day shown (all day); the last is never before the first."""
        first = _pydate(self.first_day.date())
        return first, max(first, _pydate(self.last_day.date()))

    def _when(self) -> tuple[Any, ...]:
        if self.is_all_day():
            return (True, *self.day_range())
        return (False, self.start_text())

    def start_text(self) -> str:
        return self.start.dateTime().toString(START_FORMAT)

    def zone(self) -> str:
        value = self.form.editors["timezone"].raw_value()
        return str(value or "UTC")

    def local_time_text(self) -> str:
        return self.local_time.text()

    def new_record(self, defaults: Mapping[str, Any] | None = None) -> None:
        super().new_record(defaults)
        self._event_changed()
        self.form.set_defaults({})  # the event's zone is part of the blank form, not an edit

    # -- follow-up in one step ------------------------------------------------------------------
    def add_followup(self) -> str:
        """Create a follow-up linked to this meeting (saving the meeting first if edited)."""
        title = self.followup_title.text().strip()
        if not title:
            self.followup_title.setFocus()
            return ""
        if self.is_dirty() and not self.save_and_wait():
            return ""
        record = self.record()
        if record is None:
            return ""
        people = record.get("participants") or []
        contact = next((p["contact_id"] for p in people if p.get("contact_id")
                        and p.get("role") != "italian"), None)
        organisation = next((p["organisation_id"] for p in people if p.get("organisation_id")),
                            None)
        if organisation is None and contact:
            organisation = self.crm.contacts.get(contact).get("organisation_id")
        preset = str(self.followup_due.currentData() or "next_week")
        values = {"title": title, "meeting_id": record["id"], "contact_id": contact,
                  "organisation_id": organisation,
                  "owner_id": self.crm.settings.profile().get("staff_id"),
                  "due_date": preset_date(preset, local_today(self.crm)), "status": "open"}
        try:
            created = self.crm.followups.create({k: v for k, v in values.items() if v})
        except DomainError as error:
            self._show_banner(error)
            return ""
        self.followup_title.clear()
        self.followup_added.emit(str(created["id"]))
        return str(created["id"])

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "followup_box"):
            return
        self.start.follow_language()  # the shown form and month names of the language
        self.all_day.setText(self.tr("All day"))
        self.all_day.setToolTip(self.tr("A date-only meeting (a fair day, a visit over several "
                                        "days): the first and last day, no time"))
        self._caption()
        self.participants_caption.setText(self.tr("Participants"))
        self.participants.retranslate()
        self.followup_box.setTitle(self.tr("Add a follow-up"))
        self.followup_title.setPlaceholderText(self.tr("What needs doing next…"))
        self.followup_button.setText(self.tr("Add follow-up"))
        current = self.followup_due.currentData() or "next_week"
        self.followup_due.clear()
        texts = {"tomorrow": self.tr("Tomorrow"), "next_week": self.tr("Next week"),
                 "next_month": self.tr("In a month")}
        for preset in PRESETS:
            self.followup_due.addItem(texts[preset], preset)
        self.followup_due.setCurrentIndex(max(self.followup_due.findData(current), 0))
        self._update_local_time()

    # -- internals -----------------------------------------------------------------------------
    def _event_changed(self) -> None:
        """A meeting takes its event's time zone."""
        event_id = self.form.editors["event_id"].raw_value()
        if not event_id:
            return
        try:
            event = self.crm.events.get(str(event_id))
        except DomainError:
            return
        editor = self.form.editors["timezone"]
        assert isinstance(editor, ChoiceEditor)
        if editor.raw_value() != event["timezone"]:
            editor.set_value(event["timezone"])
            editor.changed.emit()
        self._update_local_time()

    def _all_day_toggled(self, checked: bool) -> None:
        if checked:  # the day of the start it had, one day to begin with
            self._set_days(self.start.date(), self.start.date())
        else:  # back to a time on the first day; a length of days becomes an hour
            self.start.blockSignals(True)
            self.start.setDate(self.first_day.date())
            self.start.blockSignals(False)
            duration = self.form.editors["duration_minutes"]
            if int(duration.raw_value() or 0) > DAY_MINUTES:
                duration.set_value(60)
                duration.changed.emit()
        self._show_mode()
        self._caption()
        self._update_local_time()
        self._extra_edited()

    def _set_days(self, first: QDate, last: QDate) -> None:
        for widget in (self.first_day, self.last_day):
            widget.blockSignals(True)
        self.last_day.clearMinimumDate()
        self.first_day.setDate(first)
        self.last_day.setDate(last)
        self.last_day.setMinimumDate(first)
        for widget in (self.first_day, self.last_day):
            widget.blockSignals(False)

    def _first_day_changed(self, value: QDate) -> None:
        if self.last_day.date() < value:
            self.last_day.setDate(value)  # a later first day moves the last one along
        self.last_day.setMinimumDate(value)
        self._extra_edited()

    def _caption(self) -> None:
        self.start_caption.setText(self.tr("Days *") if self.is_all_day()
                                   else self.tr("Start (event time) *"))

    def _show_mode(self) -> None:
        all_day = self.is_all_day()
        self.start.setVisible(not all_day)
        self.local_time.setVisible(not all_day)
        self.days.setVisible(all_day)
        cell = self.form.editors["duration_minutes"].parentWidget()
        assert cell is not None
        self.form.form.setRowVisible(cell, not all_day)

    def _start_changed(self, *_args: object) -> None:
        self._update_local_time()
        self._extra_edited()

    def _extra_edited(self) -> None:
        self._update_buttons()
        self.form.dirty_changed.emit(self.is_dirty())

    def _update_local_time(self) -> None:
        zone = self.zone()
        try:
            tz = _zone(zone)
        except ValueError:
            self.local_time.setText(self.tr("unknown time zone"))
            return
        value = self.start.dateTime()
        moment = datetime(value.date().year(), value.date().month(), value.date().day(),
                          value.time().hour(), value.time().minute(), tzinfo=tz)
        event_abbr = zone_abbreviation(moment, zone)
        mine = format_datetime(moment)
        mine_abbr = zone_abbreviation(moment, None)
        self.local_time.setText(self.tr("%1 — your time: %2 %3")
                                .replace("%1", f"{zone} ({event_abbr})")
                                .replace("%2", mine).replace("%3", mine_abbr))


def _day_edit(name: str) -> DayEdit:
    edit = DayEdit()
    edit.setObjectName(name)
    return edit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(name) from None
