"""A meeting's participants: foreign contacts, Italian companies and their people, staff.

Type a few letters to search contacts, organisations and staff; Enter or a click adds the
person. The role (foreign / Italian / staff) follows from the organisation's side unless set.
"""

from __future__ import annotations

import json
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

from crm_app.services.crm import Crm
from crm_app.ui.icons import icon
from crm_app.ui.labels import hit_detail, label
from crm_app.ui.widgets.picker import (
    Picker,
    hit_text,
    staff_matching,
    staff_text,
    told_apart,
)

Participant = dict[str, str]
ID_KEYS = ("contact_id", "organisation_id", "staff_id")


def participant_key(item: Participant) -> tuple[str, str]:
    for key in ID_KEYS:
        if item.get(key):
            return key, item[key]
    return "", ""


class ParticipantsEditor(QWidget):
    changed = Signal()

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.search = QLineEdit()
        self.search.setObjectName("participant_search")
        self.search.setClearButtonEnabled(True)
        self.picker = Picker(self.search, self._find, min_chars=2)
        self.picker.chosen.connect(self._chosen)
        self.list = QListWidget()
        self.list.setObjectName("participants")
        self.list.setMaximumHeight(140)
        self.remove_button = QPushButton(icon("delete"), "")
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self._staff: list[dict[str, Any]] = []
        self.retranslate()

    def set_participants(self, items: list[Participant]) -> None:
        self.list.clear()
        self._staff = self.crm.staff.list()
        names = self.crm.queries.names([participant_key(i)[1] for i in items])
        for item in items:
            self._append(item, names.get(participant_key(item)[1], "?"))

    def participants(self) -> list[Participant]:
        return [json.loads(self.list.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.list.count())]

    def add(self, item: Participant, name: str) -> None:
        key = participant_key(item)
        if any(participant_key(p) == key for p in self.participants()):
            return
        self._append(item, name)
        self.changed.emit()

    def _chosen(self, hit: object) -> None:
        """A row of the popup: add that person and empty the box for the next one."""
        assert isinstance(hit, tuple)
        item, name = hit
        self.add(dict(item), str(name))
        self.search.clear()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Add participant: type a name…"))
        self.remove_button.setToolTip(self.tr("Remove the selected participant"))

    def _append(self, item: Participant, name: str) -> None:
        role = item.get("role") or ""
        text = f"{name} · {label(role)}" if role else name
        entry = QListWidgetItem(text)
        entry.setData(Qt.ItemDataRole.UserRole, json.dumps(item, sort_keys=True))
        self.list.addItem(entry)

    def _find(self, text: str) -> list[tuple[str, Any]]:
        """Contacts and organisations as Ctrl+K finds them, then staff (by office)."""
        found = self.crm.search.search(text, kinds=("contact", "organisation"), limit=15)
        shown = told_apart(self.crm, [(hit_text(h.title, hit_detail(h)), h.kind, h.record_id)
                                      for h in found])
        hits: list[tuple[str, Any]] = [
            (line, ({f"{hit.kind}_id": hit.record_id}, hit.title))
            for line, hit in zip(shown, found, strict=True)]
        if not self._staff:
            self._staff = self.crm.staff.list()
        for staff in staff_matching(self._staff, text):
            hits.append((f"{staff_text(staff)} — {label('staff')}",
                         ({"staff_id": str(staff["id"]), "role": "staff"}, str(staff["name"]))))
        return hits
