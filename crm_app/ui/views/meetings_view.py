"""Meetings: the list (event time and the laptop's time) and the meeting editor."""

from __future__ import annotations

from typing import Any

from crm_app.ui.forms.meeting_editor import MeetingEditor
from crm_app.ui.forms.record_editor import RecordEditor
from crm_app.ui.views.record_list_view import RecordListView


class MeetingsView(RecordListView):
    key = "meetings"
    entity = "meeting"

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
        defaults: dict[str, Any] = {"status": "confirmed", "duration_minutes": 30}
        event_id = self.filter_bar.filters().get("event_id")
        if event_id:
            defaults["event_id"] = event_id
        return defaults
