"""Today: about the signed-in staff member ("My follow-ups"), with a switch to the whole
office; counts of overdue follow-ups (office and mine) and of contacts whose consent expired
or who have no lawful basis (a link to that list); the day's meetings with who they are with,
their organisation and the table; the contacts touched most recently. Double-click or Enter
opens a record. Columns fit the view: no truncated countries, no horizontal scroll bar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.services import today as today_service
from crm_app.services.crm import Crm
from crm_app.services.listing import Listing, ListQuery
from crm_app.ui.due_dates import local_today
from crm_app.ui.formatting import (
    country_name,
    format_date,
    format_datetime,
    format_meeting_start,
    format_number,
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
        self.whole_office = QCheckBox()
        self.whole_office.setObjectName("today_whole_office")
        self.whole_office.toggled.connect(lambda _on: self.refresh())
        self.counts = QLabel()
        self.counts.setObjectName("today_counts")
        self.consent_link = QLabel()
        self.consent_link.setObjectName("today_consent")
        self.consent_link.setTextFormat(Qt.TextFormat.RichText)
        self.consent_link.linkActivated.connect(lambda _l: self.show_consent_list())
        self._data: dict[str, Any] = {}
        # Event time, my time, with, organisation, table, subject, event
        self.meetings = _fit(_tree("today_meetings", 7), stretch=(2, 3, 5))
        self.followups = _fit(_tree("today_followups", 4), stretch=(1,))
        self.recent = _fit(_tree("today_recent", 3), stretch=(0, 1))
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
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.whole_office)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.consent_link)
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
        all_day = [m["id"] for m in self.crm.queries.meetings(day=today, zone=laptop_zone())
                   if m["all_day"]]
        window = {"starts_from": start, "starts_before": start + timedelta(days=1),
                  "all_day_ids": all_day}
        office = self.whole_office.isChecked() or not staff_id
        owner = "" if office else staff_id
        due = {"open_only": True, "date_to": today + timedelta(days=7), "owner_id": owner}
        done = self.crm.queries.followups_completed(since=start, owner_id=owner or None)
        meetings = self.listing.page(ListQuery("meeting", sort="starts_at", filters=window),
                                     300)
        return {
            "today": today, "who": profile.get("name") or "", "done_today": len(done),
            "office": office, "meetings": meetings,
            "with": today_service.counterparts(self.crm.db, [m["id"] for m in meetings]),
            "counts": today_service.counts(self.crm.db, today, staff_id),
            "followups": self.listing.page(ListQuery("followup", sort="due_date",
                                                     filters=due), 200),
            "recent": self.listing.page(ListQuery("contact", sort="updated_at",
                                                  descending=True), 15),
        }

    def _fill(self, data: Any) -> None:
        today, who = data["today"], data["who"]
        self.heading.setText(self.tr("Today, %1").replace("%1", format_date(today))
                             + (f" — {who}" if who else ""))
        self._data = data
        self._fill_meetings(data["meetings"], data.get("with") or {})
        self._fill_followups(data["followups"], today)
        self._done_today = int(data.get("done_today") or 0)
        self._caption_followups()
        self._fill_counts()
        self._fill_recent(data["recent"])

    def retranslate(self) -> None:
        self.captions[0].setText(self.tr("Meetings today"))
        self.whole_office.setText(self.tr("Whole office"))
        self.whole_office.setToolTip(self.tr("Show the follow-ups of everyone in the office, "
                                             "not only mine"))
        self._caption_followups()
        self._fill_counts()
        self.captions[2].setText(self.tr("Recent contacts"))
        self.meetings.setHeaderLabels([self.tr("Event time"), self.tr("My time"),
                                       self.tr("With"), self.tr("Organisation"),
                                       self.tr("Table"), self.tr("Subject"), self.tr("Event")])
        self.followups.setHeaderLabels([self.tr("Due"), self.tr("Follow-up"),
                                        self.tr("Status"), self.tr("Priority")])
        self.recent.setHeaderLabels([self.tr("Name"), self.tr("Organisation"),
                                     self.tr("Country")])
        if self.isVisible():
            self.refresh()

    def _fill_counts(self) -> None:
        counts = self._data.get("counts") if self._data else None
        if not counts:
            self.counts.setText("")
            self.consent_link.setText("")
            return
        locale = QLocale()
        self.counts.setText(self.tr("%1 overdue in the office, %2 mine")
                            .replace("%1", locale.toString(counts["overdue_office"]))
                            .replace("%2", locale.toString(counts["overdue_mine"])))
        attention = int(counts["consent_attention"])
        if not attention:
            self.consent_link.setText(self.tr("Every contact has a valid lawful basis."))
            return
        text = self.tr("%1 contacts with expired consent or no lawful basis").replace(
            "%1", locale.toString(attention))
        self.consent_link.setText(f'<a href="consent">{text}</a>')
        self.consent_link.setToolTip(self.tr("Show them in the contact list"))

    def show_consent_list(self) -> None:
        """The contact list, filtered to the contacts that need a lawful basis."""
        window = self.window()
        show_view = getattr(window, "show_view", None)
        if show_view is None:
            return
        contacts = show_view("contacts")
        model = getattr(contacts, "model", None)
        bar = getattr(contacts, "filter_bar", None)
        if model is not None and bar is not None:
            model.set_filters({**bar.filters(), "consent_due": local_today(self.crm)})

    def _caption_followups(self) -> None:
        office = bool(self._data.get("office")) if self._data else False
        text = self.tr("Office follow-ups: overdue and due this week") if office else \
            self.tr("My follow-ups: overdue and due this week")
        done = self._done_today
        if done:
            text += " · " + (self.tr("1 done today") if done == 1 else
                             self.tr("%1 done today").replace("%1", format_number(done)))
        self.captions[1].setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        """Today is read afresh each time it is shown (and not before)."""
        self.refresh()
        super().showEvent(event)

    # -- sections -------------------------------------------------------------------------------
    def _fill_meetings(self, rows: list[dict[str, Any]],
                       people: dict[str, dict[str, str]]) -> None:
        self.meetings.clear()
        for meeting in rows:
            zone = meeting["timezone"] or "UTC"
            if meeting.get("all_day"):  # a date, the same everywhere: no time, no zone
                event_time = mine = format_meeting_start(meeting)
            else:
                event_time = f"{format_datetime(meeting['starts_at'], zone)} " \
                             f"{zone_abbreviation(meeting['starts_at'], zone)}"
                mine = f"{format_datetime(meeting['starts_at'])} " \
                       f"{zone_abbreviation(meeting['starts_at'], None)}"
            met = people.get(meeting["id"], {})
            item = QTreeWidgetItem([event_time, mine, met.get("people", ""),
                                    met.get("organisations", ""), meeting["place"],
                                    meeting["subject"], meeting["event"] or ""])
            for column in (2, 3, 5):
                item.setToolTip(column, item.text(column))
            item.setData(0, Qt.ItemDataRole.UserRole, encode_ref("meeting", meeting["id"]))
            self.meetings.addTopLevelItem(item)
        if not self.meetings.topLevelItemCount():
            self._placeholder(self.meetings, self.tr("No meetings today."))

    def _fill_followups(self, due: list[dict[str, Any]], today: date) -> None:
        self.followups.clear()
        for followup in due:
            item = QTreeWidgetItem([format_date(followup["due_date"]), followup["title"],
                                    label(followup["status"], "followup"),
                                    label(followup["priority"])])
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


def _fit(tree: QTreeWidget, stretch: tuple[int, ...]) -> QTreeWidget:
    """Short columns as wide as their contents, the `stretch` ones share the rest: the table
    fits its width (no horizontal scroll bar) and short values (a country) are never cut."""
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(tree.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                    if column in stretch else
                                    QHeaderView.ResizeMode.ResizeToContents)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    return tree
