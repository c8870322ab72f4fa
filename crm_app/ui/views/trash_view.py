"""The Trash: deleted records of every kind, most recent first, with Restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.services.crm import Crm
from crm_app.ui.formatting import format_datetime, format_number
from crm_app.ui.icons import icon
from crm_app.ui.item_refs import decode_ref, encode_ref
from crm_app.ui.labels import label
from crm_app.ui.views.base import View


class TrashView(View):
    key = "trash"
    entity = ""

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view_trash")
        self.crm = crm
        self.tree = QTreeWidget()
        self.tree.setObjectName("trash_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setColumnCount(3)
        self.restore_button = QPushButton(icon("restore"), "")
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)  # nothing chosen yet
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda pos: self.context_menu().exec(self.tree.viewport().mapToGlobal(pos)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 6px;")
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Trash")

    def icon_name(self) -> str:
        return "trash"

    def refresh(self) -> None:
        self.tree.clear()
        for item in self.crm.queries.trash():
            row = QTreeWidgetItem([label(item["entity"]), item["label"],
                                   format_datetime(item["deleted_at"])])
            row.setData(0, Qt.ItemDataRole.UserRole, encode_ref(item["entity"], item["id"]))
            self.tree.addTopLevelItem(row)
        self.empty_label.setVisible(not self.tree.topLevelItemCount())
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 420)
        self._selection_changed()

    def selected_ids(self) -> list[str]:
        refs = [decode_ref(item.data(0, Qt.ItemDataRole.UserRole))
                for item in self.tree.selectedItems()]
        return [ref[1] for ref in refs if ref]

    def restore_selected(self) -> int:
        refs = [ref for item in self.tree.selectedItems()
                if (ref := decode_ref(item.data(0, Qt.ItemDataRole.UserRole))) is not None]
        if not refs:
            return 0
        label = (self.tr("Restore 1 record") if len(refs) == 1 else
                 self.tr("Restore %1 records").replace("%1", format_number(len(refs))))
        restored = self.crm.history.restore_refs(refs, label)
        self.refresh()
        self.data_changed.emit()
        self.status_message.emit(self.tr("Restored 1 record") if restored == 1 else
                                 self.tr("Restored %1 records").replace(
                                     "%1", format_number(restored)))
        return restored

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        restore = menu.addAction(icon("restore"), self.tr("Restore"), self.restore_selected)
        restore.setEnabled(bool(self.selected_ids()))
        return menu

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()))

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("Restore"))
        self.empty_label.setText(self.tr("The Trash is empty. Records you move to the Trash "
                                         "wait here until you restore them."))
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Record"), self.tr("Deleted")])
