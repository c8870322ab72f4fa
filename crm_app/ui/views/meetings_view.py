"""Meetings: the list (event time and the laptop's time) and the meeting editor, or the
calendar of an event by day or week (List | Day | Week; the list is the default)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from crm_app.services.crm import Crm
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.formatting import laptop_zone
from crm_app.ui.forms.meeting_editor import MeetingEditor
from crm_app.ui.forms.record_editor import RecordEditor
from crm_app.ui.views.calendar.panel import CalendarPanel
from crm_app.ui.views.record_list_view import RecordListView

MODES = ("list", "day", "week")


class MeetingsView(RecordListView):
    key = "meetings"
    entity = "meeting"

    def __init__(self, crm: Crm, app_settings: AppSettings, **kwargs: Any) -> None:
        super().__init__(crm, app_settings, **kwargs)
        self.calendar = CalendarPanel(crm)
        self.calendar.hide()
        self.calendar.status_message.connect(self.status_message)
        self.calendar.data_changed.connect(self.data_changed)
        self.calendar.mode_requested.connect(self.set_mode)
        self.mode_buttons: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        switch = QWidget()
        switch.setObjectName("meetings_mode")
        row = QHBoxLayout(switch)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(0)
        for mode in MODES:
            button = QToolButton()
            button.setObjectName(f"mode_{mode}")
            button.setCheckable(True)
            button.setChecked(mode == "list")
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            group.addButton(button)
            row.addWidget(button)
            self.mode_buttons[mode] = button
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        first = layout.itemAt(0)
        top = first.layout() if first is not None else None
        assert isinstance(top, QHBoxLayout)
        top.insertWidget(0, switch)
        top.addStretch(0)  # the switch stays left when the filters hide
        layout.addWidget(self.calendar, 1)
        self.mode = "list"
        self._retranslate_modes()

    def set_mode(self, mode: str) -> None:
        """List (the table and the editor), or the calendar by day or week."""
        if mode not in MODES:
            raise ValueError(mode)
        if mode != "list" and self.mode == "list" and not self.editor.confirm_leave():
            self.mode_buttons[self.mode].setChecked(True)
            return
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        calendar = mode != "list"
        self.splitter.setVisible(not calendar)
        self.filter_bar.setVisible(not calendar)
        self.count_label.setVisible(not calendar)
        self.calendar.setVisible(calendar)
        if not calendar:
            self.refresh()
            return
        if not self.calendar.is_loaded():
            self.calendar.mode = mode
            self.calendar.load(self.filter_bar.filters().get("event_id") or None)
        else:
            self.calendar.set_mode(mode)
        self.calendar.grid.setFocus()

    def refresh(self) -> None:
        super().refresh()
        self.calendar.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        self._retranslate_modes()
        self.calendar.retranslate()

    def _retranslate_modes(self) -> None:
        texts = {"list": self.tr("List"), "day": self.tr("Day"), "week": self.tr("Week")}
        tips = {"list": self.tr("The meetings as a list, with the editor beside it"),
                "day": self.tr("One day of the event as a calendar"),
                "week": self.tr("The days of the event (or a week) as a calendar")}
        for mode, button in self.mode_buttons.items():
            button.setText(texts[mode])
            button.setToolTip(tips[mode])

    def title(self) -> str:
        return self.tr("Meetings")

    def icon_name(self) -> str:
        return "meetings"

    def detail_editor(self) -> RecordEditor:
        editor = MeetingEditor(self.crm)
        editor.followup_added.connect(self._followup_added)
        return editor

    def new_record_with(self, values: dict[str, Any]) -> None:
        """'New meeting with' these people: they are the participants of a new meeting."""
        people = list(values.get("participants") or [])
        super().new_record_with({k: v for k, v in values.items() if k != "participants"})
        editor = self.editor
        if people and isinstance(editor, MeetingEditor):
            editor.participants.set_participants(people)
            editor.participants.changed.emit()

    def _followup_added(self, _followup_id: str) -> None:
        self.data_changed.emit()
        self.status_message.emit(self.tr("Follow-up added"))

    def new_defaults(self) -> dict[str, Any]:
        # The laptop's zone until an event is chosen (the event's zone replaces it): a blank
        # zone was saved as UTC, so 15:00 typed in Rome was kept as 16:00 Rome time.
        defaults: dict[str, Any] = {"status": "confirmed", "duration_minutes": 30,
                                    "timezone": laptop_zone()}
        event_id = self.filter_bar.filters().get("event_id")
        if event_id:
            defaults["event_id"] = event_id
        return defaults
