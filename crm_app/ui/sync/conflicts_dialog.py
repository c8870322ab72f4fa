"""The list of sync conflicts: the value kept and the other, keep either one."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.services.crm import Crm
from crm_app.services.records import ENTITY_OF_MODEL
from crm_app.sync import conflicts
from crm_app.sync.snapshot import MODEL_BY_TABLE
from crm_app.ui.labels import label as kind_label
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP


class ConflictsDialog(QDialog):
    """Races the merge decided: the value kept and the other; keep either one."""

    HEADERS = (QT_TRANSLATE_NOOP("ConflictsDialog", "Record"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Field"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Mine"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Theirs"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Kept"))
    resolved = Signal()

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_mine.clicked.connect(lambda: self._keep("mine"))
        self.keep_theirs.clicked.connect(lambda: self._keep("theirs"))
        self.empty = QLabel(self.tr("No conflicts: every race was settled."))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(760, 360)
        self.items: list[dict[str, Any]] = []
        self.reload()

    def reload(self) -> None:
        self.items = conflicts.list_conflicts(self.crm.db)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = [record_label(self.crm, item["table"], item["row_id"]), item["field"],
                     _text(item["mine"]), _text(item["theirs"]),
                     self.tr("mine") if item["kept"] == "mine" else self.tr("theirs")]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        has_items = bool(self.items)
        self.empty.setVisible(not has_items)
        self.keep_mine.setEnabled(has_items)
        self.keep_theirs.setEnabled(has_items)
        if has_items:
            self.table.selectRow(0)

    def _keep(self, side: str) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.items):
            return
        conflicts.resolve(self.crm.db, int(self.items[row]["id"]), side, self.crm.clock)
        self.reload()
        self.resolved.emit()


def record_label(crm: Crm, table: str, row_id: str) -> str:
    """'contact: Kenji Sato' rather than a table name and an id."""
    entity = ENTITY_OF_MODEL.get(MODEL_BY_TABLE[table]) if table in MODEL_BY_TABLE else None
    if entity is None:
        return table
    try:
        record = crm.records(entity).get(row_id, include_deleted=True)
    except DomainError:
        return f"{kind_label(entity).lower()} {row_id[:8]}"
    names = [record.get(k) for k in ("given_name", "family_name", "name", "subject", "title")]
    name = " ".join(str(n) for n in names if n) or row_id[:8]
    return f"{kind_label(entity).lower()}: {name}"


def _text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
