"""The table of a record list: fixed row heights (so 100,000 rows scroll without measuring
each), type-ahead that jumps by the sort key instead of reading every row, and a column
chooser on the header's context menu whose choice is remembered in the settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMenu, QTableView

from crm_app.ui.lists.link_delegate import LINKED_COLUMNS, LinkDelegate
from crm_app.ui.lists.table_model import RecordTableModel


class RecordTable(QTableView):
    def __init__(self, model: RecordTableModel, on_columns_changed: Callable[[], None]) -> None:
        super().__init__()
        self.record_model = model
        self.on_columns_changed = on_columns_changed
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu_at)
        self._typed = ""
        self._typing = QElapsedTimer()
        for number, column in enumerate(model.columns):
            if column.key in LINKED_COLUMNS:
                self.setItemDelegateForColumn(number, LinkDelegate(LINKED_COLUMNS[column.key],
                                                                   self))

    # -- keyboard -------------------------------------------------------------------------------
    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End (with or without Ctrl) go to the first and last record and stay in the
        column: a table's own End went to the last column too, so Ctrl+End at 100k scrolled
        the list sideways to Consent and hid every name."""
        cursor = QAbstractItemView.CursorAction
        if action in (cursor.MoveHome, cursor.MoveEnd) and self.record_model.rowCount():
            row = 0 if action == cursor.MoveHome else self.record_model.rowCount() - 1
            return self.record_model.index(row, max(self.currentIndex().column(), 0))
        return super().moveCursor(action, modifiers)

    # -- type-ahead ---------------------------------------------------------------------------
    def keyboardSearch(self, search: str) -> None:
        """Typed letters jump to the first row at or after them in the sort order."""
        if not search:
            self._typed = ""
            return
        interval = QApplication.keyboardInputInterval()
        if not self._typing.isValid() or self._typing.elapsed() > interval:
            self._typed = ""
        self._typing.restart()
        self._typed += search
        self.jump_to(self._typed)

    def jump_to(self, prefix: str) -> int:
        row = self.record_model.prefix_row(prefix)
        if row >= 0:
            index = self.record_model.index(row, max(self.currentIndex().column(), 0))
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        return row

    # -- column chooser -----------------------------------------------------------------------
    def column_menu(self) -> QMenu:
        """A checkable entry per column; the last visible one cannot be hidden."""
        menu = QMenu(self)
        header = self.horizontalHeader()
        visible = [n for n in range(header.count()) if not header.isSectionHidden(n)]
        for number, column in enumerate(self.record_model.columns):
            action = QAction(column.header(), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.setEnabled(not (len(visible) == 1 and number in visible))
            action.toggled.connect(lambda on, n=number: self.show_column(n, on))
            menu.addAction(action)
        return menu

    def show_column(self, number: int, shown: bool) -> None:
        header = self.horizontalHeader()
        header.setSectionHidden(number, not shown)
        if shown and header.sectionSize(number) < 30:
            header.resizeSection(number, self.record_model.columns[number].width)
        self.on_columns_changed()

    def _header_menu_at(self, pos: QPoint) -> None:
        self.column_menu().exec(self.horizontalHeader().mapToGlobal(pos))
