"""Events (fairs, missions): the list and an event's form."""

from __future__ import annotations

from crm_app.ui.views.record_list_view import RecordListView


class EventsView(RecordListView):
    key = "events"
    entity = "event"

    def title(self) -> str:
        return self.tr("Events")

    def icon_name(self) -> str:
        return "events"
