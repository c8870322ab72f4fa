"""Retention review: the contacts kept longer than the office needs them, or whose basis has
lapsed, with the reason per row, and bulk renew / anonymise / erase on the selected rows.

Listing and actions are `crm_app.services.privacy.retention`; they run on the window's
TaskRunner (erasure contact by contact, with progress and Cancel). The services keep no undo
for these actions, so each asks a confirmation naming the count and saying so.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.services.crm import Crm
from crm_app.services.privacy import retention
from crm_app.ui.formatting import format_date
from crm_app.ui.labels import label
from crm_app.ui.messages import error_text
from crm_app.ui.privacy import seams
from crm_app.ui.privacy.texts import reason_text, tr
from crm_app.ui.tasks import TaskRunner

RETENTION_KEY = "privacy.retention_months"
CONSENT_KEY = "privacy.consent_valid_months"
DEFAULT_MONTHS = 24
ID_ROLE = Qt.ItemDataRole.UserRole


def _months_setting(crm: Crm, key: str) -> int:
    value = crm.settings.get(key, DEFAULT_MONTHS)
    try:
        months = int(value)
    except (TypeError, ValueError):
        return DEFAULT_MONTHS
    return months if 1 <= months <= 240 else DEFAULT_MONTHS


class RetentionReviewDialog(QDialog):
    """Emits `changed` after an action altered contacts (the window refreshes its views)."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, crm: Crm, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_review")
        self.crm = crm
        self.tasks = tasks
        self.items: list[retention.ReviewItem] = []
        self.setWindowTitle(tr("Retention review"))
        self.retention = QSpinBox()
        self.retention.setObjectName("retention_months")
        self.consent_valid = QSpinBox()
        self.consent_valid.setObjectName("consent_valid_months")
        for box, key in ((self.retention, RETENTION_KEY), (self.consent_valid, CONSENT_KEY)):
            box.setRange(1, 240)
            box.setSuffix(tr(" months"))
            box.setValue(_months_setting(crm, key))
        self.refresh_button = QPushButton(tr("Review again"))
        self.refresh_button.clicked.connect(self.reload)
        settings_row = QHBoxLayout()
        settings_row.addWidget(QLabel(tr("No activity for:")))
        settings_row.addWidget(self.retention)
        settings_row.addSpacing(16)
        settings_row.addWidget(QLabel(tr("Consent valid for:")))
        settings_row.addWidget(self.consent_valid)
        settings_row.addStretch(1)
        settings_row.addWidget(self.refresh_button)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("retention_table")
        self.table.setHorizontalHeaderLabels(
            [tr("Contact"), tr("Last activity"), tr("Lawful basis"), tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.summary = QLabel()
        self.summary.setObjectName("retention_summary")
        self.renew_button = QPushButton(tr("Renew…"))
        self.renew_button.clicked.connect(self.renew_selected)
        self.anonymise_button = QPushButton(tr("Anonymise…"))
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.erase_button = QPushButton(tr("Erase…"))
        self.erase_button.clicked.connect(self.erase_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for button in (self.renew_button, self.anonymise_button, self.erase_button):
            actions.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(settings_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(860, 480)
        self._update_buttons()

    # -- listing ----------------------------------------------------------------------------
    def periods(self) -> tuple[retention.Period, retention.Period]:
        return (retention.Period(self.retention.value(), "m"),
                retention.Period(self.consent_valid.value(), "m"))

    def reload(self) -> None:
        """Save the periods as settings and list the contacts due, off the UI thread."""
        self.crm.settings.set(RETENTION_KEY, self.retention.value())
        self.crm.settings.set(CONSENT_KEY, self.consent_valid.value())
        older, valid = self.periods()
        db, clock = self.crm.db, self.crm.clock
        self.summary.setText(tr("Reviewing…"))

        def work(_progress: Callable[[int, int], None],
                 _cancel: threading.Event) -> list[retention.ReviewItem]:
            return retention.review(db, older, valid, clock)

        self.tasks.run(work, on_done=self._show, on_error=self._failed,
                       label=tr("Retention review"), write=False)

    def _show(self, items: list[retention.ReviewItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [item.name, format_date(item.last_activity) if item.last_activity else "",
                     label(item.consent_basis) if item.consent_basis else "",
                     "; ".join(reason_text(r) for r in item.reasons)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.contact_id)
                if column == 3:
                    cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(tr("%n contact(s) due for review", None, len(items))
                             if items else tr("No contact is due for review."))
        self._update_buttons()
        self.loaded.emit()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[row].contact_id for row in rows if row < len(self.items)]

    def _update_buttons(self) -> None:
        some = bool(self.selected_ids()) if self.items else False
        for button in (self.renew_button, self.anonymise_button, self.erase_button):
            button.setEnabled(some)

    # -- actions ----------------------------------------------------------------------------
    def renew_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        title = tr("Renew the lawful basis")
        reason = seams.ask_reason(self, title, tr(
            "Why is the basis of %n contact(s) renewed? (kept in their consent note)", None,
            len(ids)))
        if reason is None:
            return
        if not reason.strip():
            seams.tell(self, title, tr("A reason is needed; nothing was changed."))
            return
        if not seams.confirm(self, title, tr(
                "Renew the lawful basis of %n contact(s) as of today?", None, len(ids))):
            return
        db, clock = self.crm.db, self.crm.clock
        self._run(lambda: retention.renew(db, ids, reason, None, clock), ids,
                  tr("Renewing"), lambda n: tr("%n contact(s) renewed.", None, n))

    def anonymise_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not seams.confirm(self, tr("Anonymise"), tr(
                "Anonymise %n contact(s)? Names, email addresses, phone numbers and the text "
                "of their notes and follow-ups are removed; meetings keep counting them. "
                "This cannot be undone.", None, len(ids))):
            return
        db, clock = self.crm.db, self.crm.clock
        self._run(lambda: retention.anonymise(db, ids, clock), ids, tr("Anonymising"),
                  lambda n: tr("%n contact(s) anonymised.", None, n))

    def erase_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not seams.confirm(self, tr("Erase"), tr(
                "Erase %n contact(s) for good, with their notes and follow-ups? The shared "
                "file and the other laptops follow at the next sync. This cannot be undone.",
                None, len(ids))):
            return
        db, clock = self.crm.db, self.crm.clock

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> int:
            done = 0
            for contact_id in ids:  # one transaction each: Cancel stops between contacts
                if cancel.is_set():
                    break
                done += retention.erase(db, [contact_id], clock)
                progress(done, len(ids))
            return done

        self._start(work, tr("Erasing"), lambda n: tr("%n contact(s) erased.", None, n),
                    cancellable=True)

    def _run(self, action: Callable[[], int], ids: Sequence[str], label_text: str,
             done_text: Callable[[int], str]) -> None:
        def work(progress: Callable[[int, int], None], _cancel: threading.Event) -> int:
            progress(0, len(ids))
            count = action()  # all or nothing: one transaction, so no Cancel half-way
            progress(count, len(ids))
            return count

        self._start(work, label_text, done_text, cancellable=False)

    def _start(self, work: Callable[[Callable[[int, int], None], threading.Event], int],
               label_text: str, done_text: Callable[[int], str], *,
               cancellable: bool) -> None:
        self._set_busy(True)

        def finished(count: Any) -> None:
            self._set_busy(False)
            self.summary.setText(done_text(int(count)))
            self.changed.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self._failed(error)
            self.reload()

        self.tasks.run(work, on_done=finished, on_error=failed, label=label_text,
                       cancellable=cancellable)

    def _set_busy(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        self.refresh_button.setEnabled(not busy)
        for button in (self.renew_button, self.anonymise_button, self.erase_button):
            button.setEnabled(not busy and bool(self.selected_ids()))

    def _failed(self, error: BaseException) -> None:
        text = error_text(error) if isinstance(error, DomainError | OSError) else tr(
            "The retention review failed: {error}").format(error=error)
        seams.tell(self, tr("Retention review"), text)
