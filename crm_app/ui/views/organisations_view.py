"""Organisations: the list, and a page with the form, its people, its meetings and timeline."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from crm_app.ui.lists.columns import COLUMNS
from crm_app.ui.lists.table_model import ID_ROLE, RecordTableModel
from crm_app.ui.views.record_list_view import RecordListView
from crm_app.ui.widgets.timeline import TimelineWidget


class OrganisationsView(RecordListView):
    key = "organisations"
    entity = "organisation"

    def title(self) -> str:
        return self.tr("Organisations")

    def icon_name(self) -> str:
        return "organisations"

    def build_detail(self) -> QWidget:
        contact_columns = tuple(c for c in COLUMNS["contact"]
                                if c.key in {"name", "job_title", "email", "phone"})
        self.people_model = RecordTableModel(self.listing, "contact", columns=contact_columns,
                                             parent=self)
        meeting_columns = tuple(c for c in COLUMNS["meeting"]
                                if c.key in {"starts_at", "subject", "status"})
        self.meetings_model = RecordTableModel(self.listing, "meeting", columns=meeting_columns,
                                               parent=self)
        self.people = _related_table(self.people_model, "org_contacts")
        # Four columns share the pane: no horizontal scroll bar under a few people.
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meetings = _related_table(self.meetings_model, "org_meetings")
        # The start and status as wide as they are, the subject takes the rest: the pane is a
        # third of the window, so all seven meeting columns made it scroll sideways.
        header = self.meetings.horizontalHeader()
        for number, column in enumerate(meeting_columns):
            mode = (QHeaderView.ResizeMode.Stretch if column.key == "subject"
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(number, mode)
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meetings.setWordWrap(False)
        self.people.doubleClicked.connect(lambda i: self._open("contact", i))
        self.meetings.doubleClicked.connect(lambda i: self._open("meeting", i))
        self.timeline = TimelineWidget(self.crm)
        self.timeline.open_requested.connect(self.open_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, "")
        self.tabs.addTab(self.meetings, "")
        self.tabs.addTab(self.timeline, "")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.tabs)
        return splitter

    def record_opened(self, record_id: str) -> None:
        self.people_model.set_filters({"organisation_id": record_id})
        self.meetings_model.set_filters({"organisation_id": record_id})
        self.timeline.show_for("organisation", record_id)
        self._retitle_tabs()

    def new_record(self) -> None:
        super().new_record()
        self.people_model.set_filters({"organisation_id": "-"})
        self.meetings_model.set_filters({"organisation_id": "-"})
        self.timeline.show_for("organisation", "")

    def retranslate(self) -> None:
        super().retranslate()
        self.timeline.retranslate()
        self._retitle_tabs()

    def _retitle_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("People (%1)").replace(
            "%1", str(self.people_model.total())))
        self.tabs.setTabText(1, self.tr("Meetings (%1)").replace(
            "%1", str(self.meetings_model.total())))
        self.tabs.setTabText(2, self.tr("Timeline"))

    def _open(self, entity: str, index: QModelIndex) -> None:
        model = index.model()
        self.open_requested.emit(entity, str(model.data(index, ID_ROLE)))


def _related_table(model: RecordTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for number, column in enumerate(model.columns):
        table.setColumnWidth(number, column.width)
    return table
