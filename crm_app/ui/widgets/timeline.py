"""The history of a contact or organisation: meetings, follow-ups, notes and the record's
audit entries (who changed it, on which laptop), newest first, with a box to add a note in
place. Read on its own reader thread (newest record only), so moving down a 100k list shows
the form at once and the history a moment later."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.services.crm import Crm
from crm_app.services.privacy import audit
from crm_app.ui.formatting import format_date, format_datetime
from crm_app.ui.icons import icon
from crm_app.ui.item_refs import decode_ref, encode_ref
from crm_app.ui.labels import label
from crm_app.ui.lists.loader import LatestReader

KIND_ICONS = {"meeting": "meetings", "followup": "followups", "note": "timeline",
              "audit": "timeline"}
AUDIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the audit entry's action on an audit row


class TimelineWidget(QWidget):
    open_requested = Signal(str, str)
    note_added = Signal()

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.entity = ""
        self.record_id = ""
        self.reader = LatestReader(self)
        self._loading = False
        self.list = QListWidget()
        self.list.setObjectName("timeline")
        self.list.itemActivated.connect(self._activated)
        self.note = QLineEdit()
        self.note.setObjectName("timeline_note")
        self.note.returnPressed.connect(self.add_note)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_note)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.retranslate()
        self.setEnabled(False)

    def show_for(self, entity: str, record_id: str) -> None:
        self.entity, self.record_id = entity, record_id
        self.setEnabled(bool(record_id))
        self.list.clear()
        self._loading = bool(record_id)
        if not record_id:
            self.reader.submit(lambda _c: None, lambda _r: None, lambda _e: None)  # drop any
            return
        crm = self.crm

        def read(_cancel: Any) -> tuple[list[Any], list[dict[str, Any]], dict[str, str]]:
            try:
                items = list(crm.queries.timeline(entity, record_id))
            except DomainError:
                items = []
            entries = audit.entries(crm.db, row_id=record_id)
            names = crm.queries.names(sorted({e["staff_id"] for e in entries}))
            return items, entries, names

        self.reader.submit(read, self._fill, self._failed)

    def is_loading(self) -> bool:
        return self._loading

    def _failed(self, _error: BaseException) -> None:
        self._loading = False

    def _fill(self, result: tuple[list[Any], list[dict[str, Any]], dict[str, str]]) -> None:
        items, entries, names = result
        self._loading = False
        rows: list[tuple[datetime, str, QListWidgetItem]] = []
        for item in items:
            when = format_date(item.when) if item.kind == "followup" else \
                format_datetime(item.when)
            detail = f" · {label(item.detail, item.kind)}" if item.detail else ""
            entry = QListWidgetItem(icon(KIND_ICONS.get(item.kind, "timeline")),
                                    f"{when}  {item.title}{detail}")
            entry.setData(Qt.ItemDataRole.UserRole, encode_ref(item.kind, item.record_id))
            rows.append((item.when, item.record_id, entry))
        rows.extend(self._audit_rows(entries, names))
        rows.sort(key=lambda row: (row[0], row[1]), reverse=True)
        self.list.clear()
        for _when, _key, entry in rows:
            self.list.addItem(entry)

    def wait_loaded(self, timeout_ms: int = 10_000) -> None:
        """Block until the history is read and shown (tests, printing)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self._loading and not deadline.hasExpired():
            self.reader.wait_done(50)
            QCoreApplication.processEvents()

    def _audit_rows(self, entries: list[dict[str, Any]],
                    names: dict[str, str]) -> list[tuple[datetime, str, QListWidgetItem]]:
        """The record's own audit entries: action, fields, staff member and laptop."""
        rows = []
        for number, entry in enumerate(entries):
            when = datetime.fromisoformat(entry["at"])
            entry_item = QListWidgetItem(icon("timeline"), self._audit_text(entry, names))
            entry_item.setData(AUDIT_ROLE, entry["action"])
            entry_item.setToolTip(" ".join(entry["fields"]))
            rows.append((when, f"~audit{number:08d}", entry_item))
        return rows

    def _audit_text(self, entry: dict[str, Any], names: dict[str, str]) -> str:
        staff = names.get(entry["staff_id"]) or self.tr("unknown staff member")
        laptop = (entry["device_id"] or "")[:8] or self.tr("unknown laptop")
        actions = {
            "created": self.tr("Created"), "changed": self.tr("Changed"),
            "deleted": self.tr("Moved to the Trash"), "restored": self.tr("Restored"),
            "exported": self.tr("Exported"), "printed": self.tr("Printed"),
            "merged": self.tr("Merged"), "erased": self.tr("Erased"),
            "anonymised": self.tr("Anonymised"), "renewed": self.tr("Basis renewed")}
        action = actions.get(entry["action"], entry["action"])
        return self.tr("{when}  {action} by {staff} on laptop {laptop}").format(
            when=format_datetime(entry["at"]), action=action, staff=staff, laptop=laptop)

    def add_note(self) -> None:
        text = self.note.text().strip()
        if not text or not self.record_id:
            return
        owner = "contact_id" if self.entity == "contact" else "organisation_id"
        author = self.crm.settings.profile().get("staff_id") or None
        self.crm.notes.create({"body": text, owner: self.record_id, "author_id": author})
        self.note.clear()
        self.show_for(self.entity, self.record_id)
        self.note_added.emit()

    def retranslate(self) -> None:
        self.note.setPlaceholderText(self.tr("Add a note and press Enter…"))
        self.add_button.setText(self.tr("Add note"))

    def _activated(self, item: QListWidgetItem) -> None:
        ref = decode_ref(item.data(Qt.ItemDataRole.UserRole))
        if ref is None:
            return
        kind, record_id = ref
        if kind in {"meeting", "followup"}:
            self.open_requested.emit(kind, record_id)
