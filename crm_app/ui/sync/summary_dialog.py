"""After a sync: what it did, per kind of record, with a way to the conflicts."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.sync.engine import SyncReport
from crm_app.sync.snapshot import MODEL_BY_TABLE
from crm_app.ui.labels import label as kind_label
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

COLUMNS = (("received", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Received")),
           ("sent", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Sent")),
           ("changed", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Changed")),
           ("deleted", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Deleted")),
           ("conflicts", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Conflicts")))


def kind_name(table: str) -> str:
    from crm_app.services.records import ENTITY_OF_MODEL
    entity = ENTITY_OF_MODEL.get(MODEL_BY_TABLE[table]) if table in MODEL_BY_TABLE else None
    return kind_label(entity) if entity is not None else table


class SyncSummaryDialog(QDialog):
    """Received / sent / changed / deleted / conflicts per kind, thousands separated."""

    open_conflicts = Signal()

    def __init__(self, report: SyncReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync summary"))
        locale = QLocale()
        counts = {key: getattr(report, key) for key, _ in COLUMNS}
        kinds = sorted({k for c in counts.values() for k, n in c.items() if n})
        self.headline = QLabel(self.tr("Up to date: nothing received, nothing sent.")
                               if report.up_to_date or not kinds else
                               self.tr("Sync finished at {time}.").format(
                                   time=report.finished_at[11:16]))
        self.table = QTableWidget(len(kinds) + 1, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(t) for _, t in COLUMNS])
        self.table.setVerticalHeaderLabels([kind_name(k) for k in kinds] + [self.tr("Total")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column, (key, _) in enumerate(COLUMNS):
            for row, kind in enumerate(kinds):
                self.table.setItem(row, column, QTableWidgetItem(
                    locale.toString(counts[key].get(kind, 0))))
            self.table.setItem(len(kinds), column, QTableWidgetItem(
                locale.toString(sum(counts[key].values()))))
        self.conflicts_button = QPushButton(self.tr("Review {n} open conflicts…").format(
            n=locale.toString(report.open_conflicts)))
        self.conflicts_button.setVisible(report.open_conflicts > 0)
        self.conflicts_button.clicked.connect(self._conflicts)
        self.warnings = QLabel("\n".join(report.warnings))
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(report.warnings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.table, self.warnings, self.conflicts_button):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(620, 320)

    def _conflicts(self) -> None:
        self.open_conflicts.emit()
        self.accept()
