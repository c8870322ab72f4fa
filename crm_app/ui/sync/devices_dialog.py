"""Tools ▸ Laptops in the shared file…: what `crm sync devices` lists (one row per laptop:
name, last sync in local time, the clock offset another laptop saw, active or retired) and
`crm sync retire DEVICE` behind a Retire button. Both read or rewrite the shared file on the
window's TaskRunner, off the UI thread; the confirmation goes through the `ask_retire` seam
tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.db.database import Database
from crm_app.services.crm import Crm
from crm_app.sync import devices, rekey
from crm_app.sync.fileformat import SyncFileError
from crm_app.ui.formatting import format_date, format_datetime, format_number
from crm_app.ui.messages import error_text
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP
from crm_app.ui.widgets.message_line import message_line

translate = QCoreApplication.translate
T = TypeVar("T")


def retire_box(parent: QWidget | None, laptop: str) -> QMessageBox:
    """The question before retiring `laptop` (its name and short id): what follows, and No
    as the default button."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("DevicesDialog", "Retire a laptop"),
                      translate("DevicesDialog",
                                "Retire the laptop {laptop} from the shared file?").format(
                                    laptop=laptop),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText(translate(
        "DevicesDialog",
        "Do this for a laptop that was lost, replaced or handed back. It no longer holds back "
        "the clean-up of the file: records deleted on every other laptop are purged from the "
        "shared file now. If {laptop} syncs again it is told, compares every record and "
        "rejoins; edits it never sent are kept, records the others deleted meanwhile are "
        "removed there.").format(laptop=laptop))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("DevicesDialog", "Retire"))
    return box


def ask_retire(parent: QWidget | None, laptop: str) -> bool:
    """The seam tests replace: True when the user confirmed."""
    return retire_box(parent, laptop).exec() == QMessageBox.StandardButton.Yes


def explained(db: Database, path: Path, work: Callable[[], T]) -> T:
    """`work()`, a wrong passphrase told as "changed on another laptop" when it was (as the
    CLI does); runs on the worker thread."""
    try:
        return work()
    except SyncFileError as exc:
        raise rekey.explain(db, path, exc) from exc


def laptop_label(item: dict[str, Any]) -> str:
    """'tokyo-01 (3f9a2c1b7d40)': the computer's name and the start of the id the CLI
    takes, since two laptops may carry the same name."""
    short = str(item["device"])[:12]
    return f"“{item['name']}” ({short})" if item["name"] else short


class DevicesDialog(QDialog):
    """The laptops of one shared file; `retired(device)` after a laptop was retired."""

    HEADERS = (QT_TRANSLATE_NOOP("DevicesDialog", "Laptop"),
               QT_TRANSLATE_NOOP("DevicesDialog", "Device"),
               QT_TRANSLATE_NOOP("DevicesDialog", "Last sync"),
               QT_TRANSLATE_NOOP("DevicesDialog", "Clock"),
               QT_TRANSLATE_NOOP("DevicesDialog", "Status"))
    loaded = Signal()
    retired = Signal(str)

    def __init__(self, crm: Crm, tasks: TaskRunner, path: Path, secret: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_devices")
        self.crm, self.tasks, self.path, self.secret = crm, tasks, path, secret
        self.items: list[dict[str, Any]] = []
        self.busy = False
        self.setWindowTitle(self.tr("Laptops in the shared file"))
        self.where = QLabel(self.tr("Shared file: {path}").format(path=path))
        self.where.setWordWrap(True)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.state = QLabel()
        self.state.setObjectName("sync_devices_state")
        self.outcome = QLabel()
        self.outcome.setObjectName("sync_devices_outcome")
        self.outcome.setWordWrap(True)
        self.error = message_line("sync_devices_error", 2)
        self.retire_button = QPushButton(self.tr("Retire…"))
        self.retire_button.setObjectName("sync_devices_retire")
        self.retire_button.clicked.connect(self._retire)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.retire_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.where, self.table, self.state, self.outcome, self.error):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(820, 360)
        self.reload()

    # -- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        db, path, secret = self.crm.db, self.path, self.secret
        self._busy(self.tr("Reading the shared file…"))
        self.tasks.run(lambda _p, _c: explained(db, path, lambda: devices.list_devices(
                           db, path, secret)),
                       on_done=self._loaded, on_error=self._failed,
                       label=self.tr("Reading the shared file"), write=False)

    def _loaded(self, items: list[dict[str, Any]]) -> None:
        self.busy = False
        self.items = items
        names = {i["device"]: i["name"] or str(i["device"])[:12] for i in items}
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            name = item["name"] or "—"
            if item["this_laptop"]:
                name = self.tr("{name} (this laptop)").format(name=name)
            cells = [name, str(item["device"])[:12],
                     format_datetime(item["last_sync"]) or self.tr("never"),
                     self._clock(item, names), self._status(item)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(str(item["device"]) if column == 1 else text)
                self.table.setItem(row, column, cell)
        self.state.setText(self.tr("%n laptop(s); last sync in this computer's time.", None,
                                   len(items)))
        self._selection_changed()
        self.loaded.emit()

    def _clock(self, item: dict[str, Any], names: dict[str, str]) -> str:
        hours = item["clock_ahead_hours"]
        if not hours:
            return self.tr("ok")
        seen_by = names.get(str(item["clock_seen_by"]), str(item["clock_seen_by"] or "?")[:12])
        return self.tr("{hours} h ahead (seen by {laptop})").format(
            hours=format_number(hours), laptop=seen_by)

    def _status(self, item: dict[str, Any]) -> str:
        if not item["retired_at"]:
            return self.tr("active")
        return self.tr("retired on {date}").format(date=format_date(item["retired_at"]))

    # -- retiring ---------------------------------------------------------------------------
    def selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows()
        if not rows or row < 0 or row >= len(self.items):
            return None
        return self.items[row]

    def _selection_changed(self) -> None:
        item = self.selected()
        can = (not self.busy and item is not None and not item["this_laptop"]
               and not item["retired_at"])
        self.retire_button.setEnabled(can)
        if item is not None and item["this_laptop"]:
            self.retire_button.setToolTip(self.tr(
                "This laptop cannot retire itself: retire it from another laptop"))
        elif item is not None and item["retired_at"]:
            self.retire_button.setToolTip(self.tr("This laptop is retired already"))
        else:
            self.retire_button.setToolTip(self.tr(
                "Retire the selected laptop: for a laptop lost, replaced or no longer used"))

    def _retire(self) -> None:
        item = self.selected()
        if item is None or self.busy or not ask_retire(self, laptop_label(item)):
            return
        db, path, secret, device = self.crm.db, self.path, self.secret, str(item["device"])
        when = self.crm.clock()
        self.outcome.setText("")
        self._busy(self.tr("Retiring {laptop}…").format(laptop=laptop_label(item)))
        self.tasks.run(
            lambda _p, _c: explained(db, path, lambda: devices.retire_device(
                db, path, secret, device, when=when)),
            on_done=lambda outcome: self._retired(outcome, item), on_error=self._failed,
            label=self.tr("Retiring a laptop"))

    def _retired(self, outcome: dict[str, Any], item: dict[str, Any]) -> None:
        purged = sum(outcome["purged"].values())
        self.outcome.setText(self.tr(
            "{laptop} is retired; %n deleted record(s) purged from the shared file.", None,
            purged).format(laptop=laptop_label(item)))
        self.retired.emit(str(outcome["device"]))
        self.reload()

    # -- state ------------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self.busy = True
        self.retire_button.setEnabled(False)
        self.state.setText(text)
        self.error.setText("")

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.state.setText("")
        self.error.setText(error_text(exc))
        self.error.setToolTip(self.error.text())
        self._selection_changed()
