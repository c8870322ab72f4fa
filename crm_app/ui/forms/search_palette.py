"""Global search (Ctrl+K): ranked results across every kind of record as you type; Enter
opens the highlighted one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.services.crm import Crm
from crm_app.ui.icons import icon
from crm_app.ui.item_refs import decode_ref, encode_ref
from crm_app.ui.labels import label

KIND_ICONS = {"contact": "contacts", "organisation": "organisations", "event": "events",
              "meeting": "meetings"}


class SearchPalette(QDialog):
    open_requested = Signal(str, str)

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_palette")
        self.crm = crm
        self.setModal(True)
        self.resize(640, 420)
        self.query = QLineEdit()
        self.query.setObjectName("search_query")
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("search_results")
        self.results.setUniformItemSizes(True)
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.query.textChanged.connect(self.run_search)
        self.query.returnPressed.connect(self.open_current)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda _i: self.open_current())
        self.retranslate()

    def run_search(self, text: str) -> None:
        """Search on every keystroke: FTS5 prefix queries take a few milliseconds."""
        self.results.clear()
        for hit in self.crm.search.search(text, limit=30):
            detail = f" — {hit.detail}" if hit.detail else ""
            item = QListWidgetItem(icon(KIND_ICONS.get(hit.kind, "search")),
                                   f"{hit.title}{detail}")
            item.setToolTip(label(hit.kind))
            item.setData(Qt.ItemDataRole.UserRole, encode_ref(hit.kind, hit.record_id))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            self._hint_keys()
        elif text.strip():
            self.hint.setText(self.tr("Nothing found for “%1”. Try fewer letters or another "
                                      "spelling.").replace("%1", text.strip()))
        else:
            self._hint_keys()

    def _hint_keys(self) -> None:
        self.hint.setText(self.tr("↑↓ to choose, Enter to open, Esc to close"))

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        ref = decode_ref(item.data(Qt.ItemDataRole.UserRole))
        if ref is None:
            return
        kind, record_id = ref
        self.accept()
        self.open_requested.emit(kind, record_id)

    def start(self) -> None:
        """Show with the previous text selected, ready for typing."""
        self.query.selectAll()
        self.query.setFocus()
        self.show()
        self.raise_()
        self.activateWindow()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.query.setPlaceholderText(
            self.tr("Search contacts, organisations, events, meetings…"))
        self._hint_keys()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the text box move through the results."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)
            if step and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)
