"""A meeting's participants: foreign contacts, Italian companies and their people, staff.

Type a few letters to search contacts, organisations and staff; Enter or a click adds the
person. The role (foreign / Italian / staff) follows from the organisation's side unless set.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.normalise import fold
from crm_app.services.crm import Crm
from crm_app.ui.icons import icon
from crm_app.ui.labels import label

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
        self._hits: dict[str, Participant] = {}
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.search.setCompleter(self.completer)
        self.search.textEdited.connect(self._typed)
        self.completer.activated.connect(self.add_by_title)
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

    def add_by_title(self, title: str) -> None:
        item = self._hits.get(title)
        if item is None:
            return
        self.add(item, title.split(" — ")[0])
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

    def _typed(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        hits: dict[str, Participant] = {}
        for hit in self.crm.search.search(text, kinds=("contact", "organisation"), limit=15):
            title = f"{hit.title} — {hit.detail}" if hit.detail else hit.title
            hits[title] = {f"{hit.kind}_id": hit.record_id}
        wanted = fold(text)
        if not self._staff:
            self._staff = self.crm.staff.list()
        for staff in self._staff:
            if wanted in fold(str(staff["name"])):
                title = f"{staff['name']} — {label('staff')}"
                hits[title] = {"staff_id": str(staff["id"]), "role": "staff"}
        self._hits = hits
        self._model.setStringList(list(hits))
        self.completer.complete()
