"""A lazily loaded table over `services.listing`: 100,000 rows open at once.

Only the rows scrolled into view are fetched (Qt calls `canFetchMore`/`fetchMore`, as in
anki's browser table); each page is a keyset seek after the last loaded row. Sorting and
filtering reset the model and start again from the first page. Tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crm_app.services.listing import Listing, ListQuery
from crm_app.ui.columns import COLUMNS, Column, Row

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# How a row looks: "overdue" (red, bold), "muted" (grey) or None.
RowStyle = Callable[[Row], str | None]


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        listing: Listing,
        entity: str,
        *,
        columns: tuple[Column, ...] | None = None,
        page_size: int = 200,
        row_style: RowStyle | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.listing = listing
        self.columns = columns if columns is not None else COLUMNS[entity]
        self.page_size = page_size
        self.row_style = row_style
        self.query = ListQuery(entity)
        self._rows: list[Row] = []
        self._exhausted = False
        self._total: int | None = None
        self._loaded = False  # nothing is read until the first reload (a view shown)

    # -- what is shown ----------------------------------------------------------------------
    @property
    def entity(self) -> str:
        return self.query.entity

    def set_filters(self, filters: Mapping[str, Any]) -> None:
        query = replace(self.query, filters=dict(filters))
        if query == self.query and self._loaded:
            return
        self.query = query
        self.reload()

    def set_deleted(self, deleted: bool) -> None:
        self.query = replace(self.query, deleted=deleted)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._loaded = True
        self._rows = []
        self._exhausted = False
        self._total = None
        self._fetch_page()
        self.endResetModel()

    def total(self) -> int:
        """All rows matching the filters (loaded or not)."""
        if not self._loaded:
            return 0
        if self._total is None:
            self._total = self.listing.count(self.query)
        return self._total

    def is_loaded(self) -> bool:
        return self._loaded

    def loaded(self) -> int:
        return len(self._rows)

    def row_id(self, row: int) -> str:
        return str(self._rows[row]["id"])

    def row_data(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        """The row of a loaded record, or -1."""
        for number, data in enumerate(self._rows):
            if data["id"] == record_id:
                return number
        return -1

    def sort_column(self) -> int:
        for number, column in enumerate(self.columns):
            if column.sort and column.sort == self.query.sort:
                return number
        return -1

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.render(row)
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and self.row_style:
            style = self.row_style(row)
            if style is None:
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(style == "overdue")
                return font
            return QBrush(QColor("#d32f2f") if style == "overdue" else QColor("#8a8a8a"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header()
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._loaded:
            return
        after = self._rows[-1] if self._rows else None
        page = self.listing.page(self.query, self.page_size, after=after)
        if not page:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._exhausted = len(page) < self.page_size
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sort:
            return
        query = replace(self.query, sort=self.columns[column].sort or "",
                        descending=order == Qt.SortOrder.DescendingOrder)
        if query == self.query and self._loaded:
            return
        self.query = query
        if self._loaded:
            self.reload()

    def _fetch_page(self) -> None:
        after = self._rows[-1] if self._rows else None
        page = self.listing.page(self.query, self.page_size, after=after)
        self._rows.extend(page)
        self._exhausted = len(page) < self.page_size
