"""Contacts: the list, a contact's form, and their timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from crm_app.services.crm import Crm
from crm_app.ui.forms.record_editor import RecordEditor
from crm_app.ui.views.record_list_view import RecordListView
from crm_app.ui.widgets.timeline import TimelineWidget


def confirm_new_contact(parent: QWidget, crm: Crm, values: dict[str, Any]) -> bool:
    """The import/export area's duplicate check on creation, when that area is present."""
    try:
        from crm_app.ui.io.duplicates_dialog import confirm_new_contact as check
    except ImportError:
        return True
    return bool(check(parent, crm, values))


class ContactsView(RecordListView):
    key = "contacts"
    entity = "contact"

    def title(self) -> str:
        return self.tr("Contacts")

    def icon_name(self) -> str:
        return "contacts"

    def detail_editor(self) -> RecordEditor:
        editor = RecordEditor(self.crm, self.entity)
        editor.confirm_create = confirm_new_contact
        return editor

    def build_detail(self) -> QWidget:
        self.timeline = TimelineWidget(self.crm)
        self.timeline.open_requested.connect(self.open_requested)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 220])
        return splitter

    def record_opened(self, record_id: str) -> None:
        self.timeline.show_for("contact", record_id)

    def new_record(self) -> None:
        super().new_record()
        self.timeline.show_for("contact", "")

    def new_defaults(self) -> dict[str, Any]:
        profile = self.crm.settings.profile()
        return {"country": profile.get("country") or "", "owner_id": profile.get("staff_id") or ""}

    def retranslate(self) -> None:
        super().retranslate()
        self.timeline.retranslate()
