"""After a sync: what it did, per kind of record, with a way to the conflicts.

One row per kind the user works with (contacts, organisations, events, meetings,
follow-ups), always shown so the table reads the same after every sync; the other synced
tables (staff, tags, notes, addresses, consent records, links between records) share one
"Other records" row, shown when one of them moved; then the total of every table, which is
what the engine's report adds up to. Numbers are right-aligned and written by QLocale (the
interface language's thousands separator), the time in this computer's zone.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
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

from crm_app.sync.report import SyncReport
from crm_app.ui.formatting import format_datetime
from crm_app.ui.messages import note_text
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

COLUMNS = (("received", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Received")),
           ("sent", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Sent")),
           ("changed", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Changed")),
           ("deleted", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Deleted")),
           ("conflicts", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Conflicts")))
# Tables of the engine's report, in the order the user meets them in the app.
KINDS = (("contact", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Contacts")),
         ("organisation", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Organisations")),
         ("event", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Events")),
         ("meeting", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Meetings")),
         ("follow_up", QT_TRANSLATE_NOOP("SyncSummaryDialog", "Follow-ups")))
OTHER = QT_TRANSLATE_NOOP("SyncSummaryDialog", "Other records")
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rows_of(report: SyncReport) -> list[tuple[str, dict[str, int]]]:
    """(row source text, counts per column) for the five kinds, "Other records" when any
    other table moved, and "Total" (every table)."""
    counts = {key: getattr(report, key) for key, _ in COLUMNS}
    main = {table for table, _ in KINDS}
    rows = [(text, {key: counts[key].get(table, 0) for key, _ in COLUMNS})
            for table, text in KINDS]
    other = {key: sum(n for t, n in counts[key].items() if t not in main) for key, _ in COLUMNS}
    if any(other.values()):
        rows.append((OTHER, other))
    rows.append((QT_TRANSLATE_NOOP("SyncSummaryDialog", "Total"),
                 {key: sum(counts[key].values()) for key, _ in COLUMNS}))
    return rows


class SyncSummaryDialog(QDialog):
    """Received / sent / changed / deleted / conflicts per kind, thousands separated."""

    open_conflicts = Signal()

    def __init__(self, report: SyncReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_summary")
        self.setWindowTitle(self.tr("Sync summary"))
        locale = QLocale()
        rows = rows_of(report)
        moved = any(rows[-1][1].values())
        self.headline = QLabel(self.tr("Up to date: nothing received, nothing sent.")
                               if report.up_to_date or not moved else
                               self.tr("Sync finished on {time}.").format(
                                   time=format_datetime(report.finished_at)))
        self.table = QTableWidget(len(rows), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(t) for _, t in COLUMNS])
        self.table.setVerticalHeaderLabels([self.tr(text) for text, _ in rows])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in range(len(COLUMNS)):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setTextAlignment(NUMBER_ALIGNMENT)
        if any(text == OTHER for text, _ in rows):
            other = self.table.verticalHeaderItem(len(rows) - 2)
            if other is not None:
                other.setToolTip(self.tr("Staff, tags, notes, addresses, consent records "
                                         "and the links between records"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        bold = self.table.font()
        bold.setBold(True)
        for row, (_, values) in enumerate(rows):
            for column, (key, _) in enumerate(COLUMNS):
                cell = QTableWidgetItem(locale.toString(values[key]))
                cell.setTextAlignment(NUMBER_ALIGNMENT)
                if row == len(rows) - 1:
                    cell.setFont(bold)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: no current cell drawn
        self.table.setFixedHeight(self.table.horizontalHeader().height()
                                  + self.table.verticalHeader().length()
                                  + 2 * self.table.frameWidth())
        self.conflicts_button = QPushButton(self.tr("Review %Ln open conflict(s)…", None,
                                                    report.open_conflicts))
        self.conflicts_button.setObjectName("sync_summary_conflicts")
        self.conflicts_button.setVisible(report.open_conflicts > 0)
        self.conflicts_button.clicked.connect(self._conflicts)
        self.warnings = QLabel("\n".join(map(note_text, report.warnings)))
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(report.warnings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.table, self.warnings, self.conflicts_button):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(660, self.sizeHint().height())

    def _conflicts(self) -> None:
        self.open_conflicts.emit()
        self.accept()
