"""Today: the day's meetings (event time and laptop time), follow-ups overdue and due, and
the contacts touched most recently. Double-click or Enter opens a record."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.services.crm import Crm
from crm_app.services.listing import Listing, ListQuery
from crm_app.ui.due_dates import local_today
from crm_app.ui.formatting import (
    country_name,
    format_date,
    format_datetime,
    laptop_zone,
    person_name,
    zone_abbreviation,
)
from crm_app.ui.item_refs import decode_ref, encode_ref
from crm_app.ui.labels import label
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.views.base import View

OVERDUE = QColor("#d32f2f")


class TodayView(View):
    key = "today"
    entity = ""

    def __init__(self, crm: Crm, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view_today")
        self.crm = crm
        self.tasks = tasks
        self.listing = Listing(crm.db)
        self._done_today = 0  # follow-ups of mine completed since midnight
        self.heading = QLabel()
        self.heading.setObjectName("today_heading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.meetings = _widen(_widen(_tree("today_meetings", 5), 2, 240), 3, 220)
        self.followups = _widen(_tree("today_followups", 4), 1, 300)
        self.recent = _tree("today_recent", 3)
        self.captions = [QLabel() for _ in range(3)]
        for caption in self.captions:
            caption.setStyleSheet("font-weight: 600;")
        for tree in (self.meetings, self.followups, self.recent):
            tree.itemActivated.connect(self._activated)
        grid = QGridLayout()
        grid.addWidget(self.captions[0], 0, 0, 1, 2)
        grid.addWidget(self.meetings, 1, 0, 1, 2)
        grid.addWidget(self.captions[1], 2, 0)
        grid.addWidget(self.captions[2], 2, 1)
        grid.addWidget(self.followups, 3, 0)
        grid.addWidget(self.recent, 3, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Today")

    def icon_name(self) -> str:
        return "today"

    def refresh(self) -> None:
        """Read today's lists; off the UI thread when a task runner is given."""
        if self.tasks is None:
            self._fill(self._read())
            return
        self.tasks.run(lambda _p, _c: self._read(), on_done=self._fill, write=False,
                       label=self.tr("Today"))

    def _read(self) -> dict[str, Any]:
        """Plain data for the three lists (safe to run on a worker thread)."""
        today = local_today(self.crm)
        profile = self.crm.settings.profile()
        staff_id = str(profile.get("staff_id") or "")
        start = datetime.combine(today, time(0), ZoneInfo(laptop_zone()))
        window = {"starts_from": start, "starts_before": start + timedelta(days=1)}
        due = {"open_only": True, "date_to": today + timedelta(days=7), "owner_id": staff_id}
        done = self.crm.queries.followups_completed(since=start, owner_id=staff_id or None)
        return {
            "today": today, "who": profile.get("name") or "", "done_today": len(done),
            "meetings": self.listing.page(ListQuery("meeting", sort="starts_at",
                                                    filters=window), 300),
            "followups": self.listing.page(ListQuery("followup", sort="due_date",
                                                     filters=due), 200),
            "recent": self.listing.page(ListQuery("contact", sort="updated_at",
                                                  descending=True), 15),
        }

    def _fill(self, data: Any) -> None:
        today, who = data["today"], data["who"]
        self.heading.setText(self.tr("Today, %1").replace("%1", format_date(today))
                             + (f" — {who}" if who else ""))
        self._fill_meetings(data["meetings"])
        self._fill_followups(data["followups"], today)
        self._done_today = int(data.get("done_today") or 0)
        self._caption_followups()
        self._fill_recent(data["recent"])

    def retranslate(self) -> None:
        self.captions[0].setText(self.tr("Meetings today"))
        self._caption_followups()
        self.captions[2].setText(self.tr("Recent contacts"))
        self.meetings.setHeaderLabels([self.tr("Event time"), self.tr("My time"),
                                       self.tr("Subject"), self.tr("Event"), self.tr("Place")])
        self.followups.setHeaderLabels([self.tr("Due"), self.tr("Follow-up"),
                                        self.tr("Status"), self.tr("Priority")])
        self.recent.setHeaderLabels([self.tr("Name"), self.tr("Organisation"),
                                     self.tr("Country")])
        if self.isVisible():
            self.refresh()

    def _caption_followups(self) -> None:
        text = self.tr("Follow-ups overdue and due this week")
        done = self._done_today
        if done:
            text += " · " + (self.tr("1 done today") if done == 1 else
                             self.tr("%1 done today").replace("%1", str(done)))
        self.captions[1].setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        """Today is read afresh each time it is shown (and not before)."""
        self.refresh()
        super().showEvent(event)

    # -- sections -------------------------------------------------------------------------------
    def _fill_meetings(self, rows: list[dict[str, Any]]) -> None:
        self.meetings.clear()
        for meeting in rows:
            zone = meeting["timezone"] or "UTC"
            event_time = f"{format_datetime(meeting['starts_at'], zone)} " \
                         f"{zone_abbreviation(meeting['starts_at'], zone)}"
            mine = f"{format_datetime(meeting['starts_at'])} " \
                   f"{zone_abbreviation(meeting['starts_at'], None)}"
            item = QTreeWidgetItem([event_time, mine, meeting["subject"],
                                    meeting["event"] or "", meeting["place"]])
            item.setData(0, Qt.ItemDataRole.UserRole, encode_ref("meeting", meeting["id"]))
            self.meetings.addTopLevelItem(item)
        if not self.meetings.topLevelItemCount():
            self._placeholder(self.meetings, self.tr("No meetings today."))

    def _fill_followups(self, due: list[dict[str, Any]], today: date) -> None:
        self.followups.clear()
        for followup in due:
            item = QTreeWidgetItem([format_date(followup["due_date"]), followup["title"],
                                    label(followup["status"]), label(followup["priority"])])
            item.setData(0, Qt.ItemDataRole.UserRole, encode_ref("followup", followup["id"]))
            if followup["due_date"] and followup["due_date"] < today:
                for column in range(4):
                    item.setForeground(column, QBrush(OVERDUE))
                item.setToolTip(1, self.tr("Overdue"))
            self.followups.addTopLevelItem(item)
        if not self.followups.topLevelItemCount():
            self._placeholder(self.followups, self.tr("Nothing due. Well done."))

    def _fill_recent(self, rows: list[dict[str, Any]]) -> None:
        self.recent.clear()
        for row in rows:
            item = QTreeWidgetItem([person_name(row), row.get("organisation") or "",
                                    country_name(row.get("country"))])
            item.setData(0, Qt.ItemDataRole.UserRole, encode_ref("contact", row["id"]))
            self.recent.addTopLevelItem(item)

    def _placeholder(self, tree: QTreeWidget, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.addTopLevelItem(item)

    def _activated(self, item: QTreeWidgetItem) -> None:
        data = decode_ref(item.data(0, Qt.ItemDataRole.UserRole))
        if data:
            self.open_requested.emit(data[0], data[1])


def _tree(name: str, columns: int) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setColumnCount(columns)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(True)
    for column in range(columns):
        tree.setColumnWidth(column, 150)
    return tree


def _widen(tree: QTreeWidget, column: int, width: int) -> QTreeWidget:
    tree.setColumnWidth(column, width)
    return tree
