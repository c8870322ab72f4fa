"""The Meetings calendar panel: an event chooser, previous / today / next, the range shown
and the zones, above the grid; day or week mode; double-click or Enter opens the meeting in
the meeting editor (a window of its own, so the calendar stays where it was)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_app.services.calendar import Block, event_days, week_days
from crm_app.services.crm import Crm
from crm_app.ui.formatting import as_date, format_days, format_time, laptop_zone
from crm_app.ui.forms.meeting_editor import MeetingEditor
from crm_app.ui.views.calendar.geometry import Overflow
from crm_app.ui.views.calendar.grid import CalendarGrid
from crm_app.ui.views.calendar.model import ID_ROLE, CalendarModel

MODES = ("day", "week")

OVERFLOW_LISTED = 25  # a crowded stretch's menu lists this many, then says how many more


class CalendarPanel(QWidget):
    status_message = Signal(str)
    data_changed = Signal()
    mode_requested = Signal(str)  # "day" from a crowded week's "+N": the view switches

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_panel")
        self.crm = crm
        self.mode = "week"
        self.day = date.today()
        self.laptop_zone = laptop_zone()
        self.model = CalendarModel(crm, self)
        self.grid = CalendarGrid(self.model)
        self.grid.laptop_zone = self.laptop_zone
        self.events = QComboBox()
        self.events.setObjectName("calendar_event")
        self.events.setMinimumContentsLength(42)
        self.events.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.previous = _button("calendar_previous", "‹")
        self.today = _button("calendar_today", "")
        self.next = _button("calendar_next", "›")
        self.range_label = QLabel()
        self.range_label.setObjectName("calendar_range")
        font = self.range_label.font()
        font.setBold(True)
        self.range_label.setFont(font)
        self.zone_label = QLabel()
        self.zone_label.setObjectName("calendar_zones")
        self.zone_label.setStyleSheet("color: palette(mid);")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.event_caption = QLabel()
        bar.addWidget(self.event_caption)
        bar.addWidget(self.events)
        bar.addSpacing(12)
        for button in (self.previous, self.today, self.next):
            bar.addWidget(button)
        bar.addSpacing(8)
        bar.addWidget(self.range_label)
        bar.addStretch(1)
        bar.addWidget(self.zone_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        self.dialog: MeetingDialog | None = None

        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today.clicked.connect(self.go_today)
        self.events.activated.connect(lambda _n: self._event_chosen())
        self.grid.activated.connect(self.open_index)
        self.grid.overflow_clicked.connect(
            lambda overflow, where: self.overflow_menu(overflow).exec(where))
        self.model.moved.connect(self._moved)
        self.model.move_failed.connect(self.status_message)
        self._event: dict[str, Any] | None = None
        self._loaded = False
        self.retranslate()

    # -- what is shown --------------------------------------------------------------------------
    def load(self, event_id: str | None = None) -> None:
        """Fill the event chooser and show `event_id` (default: the one on now or next)."""
        self._fill_events(event_id or self._default_event())
        self._event_chosen()
        self._loaded = True

    def is_loaded(self) -> bool:
        return self._loaded

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self.show_range()

    def set_laptop_zone(self, zone: str) -> None:
        self.laptop_zone = zone
        self.grid.laptop_zone = zone
        self.show_range()

    def event_id(self) -> str | None:
        value = self.events.currentData()
        return str(value) if value else None

    def zone(self) -> str:
        return str(self._event.get("timezone") or "UTC") if self._event else self.laptop_zone

    def span(self) -> int:
        """Days a step moves: one; in week mode the event's days (a 3-day fair is shown as
        its 3 days, wide enough to read), or a Monday-to-Sunday week."""
        if self.mode == "day":
            return 1
        count = len(event_days(self._event)) if self._event else 0
        return count if 1 < count <= 7 else 7

    def days(self) -> tuple[date, ...]:
        span = self.span()
        if span == 1:
            return (self.day,)
        if span == 7:
            return week_days(self.day)
        fair = event_days(self._event) if self._event else ()
        start = fair[0] if self.day in fair else self.day
        return tuple(start + timedelta(days=i) for i in range(span))

    def show_range(self, *, scroll: bool = False) -> None:
        self.model.set_range(self.days(), self.zone(), self.event_id())
        self.grid.event_days = event_days(self._event) if self._event else ()
        days = self.model.days()
        self.range_label.setText(format_days(days[0], days[-1]) if len(days) > 1 else
                                 QLocale().toString(QDate(days[0].year, days[0].month,
                                                          days[0].day),
                                                    QLocale.FormatType.LongFormat))
        self._update_zones()
        if scroll:
            self.grid.scroll_to_minute(self.grid.first_minute())
        self.grid.viewport().update()

    def refresh(self) -> None:
        if self._loaded:
            current = self.grid.currentIndex()
            meeting = str(current.data(ID_ROLE)) if current.isValid() else ""
            self.model.reload()
            self.select(meeting)

    def step(self, direction: int) -> None:
        self.day = self.days()[0] + timedelta(days=direction * self.span())
        self.show_range(scroll=True)

    def go_today(self) -> None:
        self.day = datetime.now(ZoneInfo(self.zone())).date()
        self.show_range(scroll=True)

    def go_to(self, day: date) -> None:
        self.day = day
        self.show_range(scroll=True)

    def select(self, meeting_id: str) -> bool:
        row = self.model.row_of(meeting_id) if meeting_id else -1
        if row < 0:
            return False
        self.grid.setCurrentIndex(self.model.index(row, 0))
        self.grid.scrollTo(self.model.index(row, 0))
        return True

    # -- opening --------------------------------------------------------------------------------
    def open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_meeting(str(index.data(ID_ROLE)))

    def open_meeting(self, meeting_id: str) -> MeetingDialog | None:
        """The meeting in the meeting editor, in a window of its own over the calendar."""
        if self.dialog is not None and self.dialog.isVisible():
            if not self.dialog.editor.confirm_leave():
                self.dialog.raise_()
                return self.dialog
            self.dialog.close()
        dialog = MeetingDialog(self.crm, self)
        if not dialog.editor.show_record(meeting_id):
            return None
        dialog.editor.saved.connect(lambda _id: self._edited(self.tr("Saved %1").replace(
            "%1", dialog.editor.title())))
        dialog.editor.deleted.connect(lambda _id: self._edited(self.tr(
            "Moved %1 to the Trash").replace("%1", dialog.editor.last_deleted)))
        dialog.setWindowTitle(dialog.editor.title())
        self.dialog = dialog
        dialog.show()
        return dialog

    def overflow_menu(self, overflow: Overflow) -> QMenu:
        """A crowded stretch's meetings that have no lane: each opens the meeting; in week
        mode the day itself comes first, where the lanes are three times as wide."""
        menu = QMenu(self)
        days = self.model.days()
        if self.mode == "week" and overflow.column < len(days):
            day = days[overflow.column]
            menu.addAction(self.tr("Show %1").replace("%1", format_days(day, day)),
                           lambda: self.show_day(day))
            menu.addSeparator()
        for row in overflow.rows[:OVERFLOW_LISTED]:
            block = self.model.item(row)
            assert isinstance(block, Block)
            text = " · ".join(part for part in (
                f"{format_time(block.starts_at)} {self.model.who(block)}", block.place) if part)
            action = menu.addAction(text)
            action.setData(block.meeting_id)
            action.triggered.connect(partial(self.open_meeting, block.meeting_id))
        rest = len(overflow.rows) - OVERFLOW_LISTED
        if rest > 0:
            more = menu.addAction(self.tr("… and %1 more: the Day view or the list shows "
                                          "them").replace("%1", QLocale().toString(rest)))
            more.setEnabled(False)
        return menu

    def show_day(self, day: date) -> None:
        self.day = day
        self.mode_requested.emit("day")

    def _edited(self, message: str) -> None:
        self.refresh()
        self.data_changed.emit()
        self.status_message.emit(message)

    def _moved(self, meeting_id: str, message: str) -> None:
        self.select(meeting_id)
        self.data_changed.emit()
        self.status_message.emit(message)

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.event_caption.setText(self.tr("Event:"))
        self.previous.setToolTip(self.tr("Previous day or week"))
        self.next.setToolTip(self.tr("Next day or week"))
        self.today.setText(self.tr("Today"))
        self.grid.all_day_caption = self.tr("All day")
        if self.events.count():
            self.events.setItemText(0, self.tr("All events"))
        if self._loaded:
            self.show_range()

    # -- internals ------------------------------------------------------------------------------
    def _fill_events(self, selected: str | None) -> None:
        events = sorted(self.crm.events.list(), key=lambda e: (str(e.get("start_date") or ""),
                                                              str(e.get("name") or "")),
                        reverse=True)
        self.events.blockSignals(True)
        self.events.clear()
        self.events.addItem(self.tr("All events"), "")
        for event in events:
            first, last = as_date(event.get("start_date")), as_date(event.get("end_date"))
            when = format_days(first, last or first) if first else ""
            self.events.addItem(f"{event['name']}  ({when})" if when else str(event["name"]),
                                str(event["id"]))
        self.events.setCurrentIndex(max(0, self.events.findData(selected or "")))
        self.events.blockSignals(False)

    def _default_event(self) -> str | None:
        """The event on today, else the next one, else the latest."""
        today = date.today()
        events = [e for e in self.crm.events.list() if e.get("start_date")]
        dated = [(as_date(e["start_date"]), as_date(e.get("end_date")) or
                  as_date(e["start_date"]), str(e["id"])) for e in events]
        valid = [(a, b, i) for a, b, i in dated if a is not None and b is not None]
        for _first, last, event_id in sorted(valid):
            if last >= today:
                return event_id
        return max(valid)[2] if valid else None

    def _event_chosen(self) -> None:
        event_id = self.event_id()
        self._event = self.crm.events.get(event_id) if event_id else None
        days = event_days(self._event) if self._event else ()
        if days:
            self.day = days[0]
        self.show_range(scroll=True)

    def _update_zones(self) -> None:
        zone = self.zone()
        self.grid.zone_captions = (_city(zone), self.tr("My time"))
        self.zone_label.setToolTip(self.tr("The hours on the left are the event's time zone; "
                                           "the laptop's are beside them when they differ"))
        if self.grid.shows_laptop_zone():
            self.zone_label.setText(self.tr("%1 · my time: %2")
                                    .replace("%1", zone).replace("%2", self.laptop_zone))
        else:
            self.zone_label.setText(zone)


class MeetingDialog(QDialog):
    """The meeting editor in a window; closing with unsaved changes asks first."""

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_meeting_dialog")
        self.editor = MeetingEditor(crm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        self.resize(560, 720)
        self.editor.saved.connect(lambda _id: self.setWindowTitle(self.editor.title()))
        self.editor.deleted.connect(lambda _id: self.accept())

    def reject(self) -> None:
        if self.editor.confirm_leave():
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.editor.retranslate()
        super().changeEvent(event)


def _button(name: str, text: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def _city(zone: str) -> str:
    """"Asia/Tokyo" -> "Tokyo" (the caption above the event's hours)."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")
