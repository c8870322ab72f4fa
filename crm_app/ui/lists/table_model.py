"""A windowed table over `services.listing`: 100,000 rows, and the scroll bar reaches the end.

The model knows its row count (one cheap COUNT) and reads only the window of rows the view
paints, a page at a time, keeping the last few pages (as a spreadsheet does, not pages
appended). Ctrl+End reads the last page from the list's other end. Finding a record's row
(`row_of`) and a typed prefix's row (`prefix_row`) ask the service, so a record can be
selected and scrolled to without reading the rows above it. Tested without a window.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from crm_app.services.listing import Listing, ListQuery
from crm_app.ui.lists.columns import COLUMNS, Column, Row
from crm_app.ui.lists.loader import LatestReader
from crm_app.ui.messages import error_text

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
KEPT_PAGES = 40  # pages kept in memory (4,000 rows by default)
REFRESHED_PAGES = 3  # pages read again off the UI thread after a save (the ones on screen)

# How a row looks: "overdue" (red, bold), "muted" (grey) or None.
RowStyle = Callable[[Row], str | None]


class RecordTableModel(QAbstractTableModel):
    # A filter change read off the UI thread has been shown (row of the kept record or -1).
    filtered = Signal(int)
    filter_failed = Signal(str)

    def __init__(
        self,
        listing: Listing,
        entity: str,
        *,
        columns: tuple[Column, ...] | None = None,
        page_size: int = 100,
        row_style: RowStyle | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.listing = listing
        self.columns = columns if columns is not None else COLUMNS[entity]
        self.page_size = page_size
        self.row_style = row_style
        self.query = ListQuery(entity)
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._count = 0
        self._loaded = False  # nothing is read until the first reload (a view shown)
        self.reader: LatestReader | None = None  # set: filter changes are read off-thread

    # -- what is shown ----------------------------------------------------------------------
    @property
    def entity(self) -> str:
        return self.query.entity

    def set_filters(self, filters: Mapping[str, Any], keep_id: str = "") -> None:
        """Show the rows matching `filters`. With a `reader` this returns at once and emits
        `filtered(row of keep_id or -1)` when the rows are in."""
        query = replace(self.query, filters=dict(filters))
        if query == self.query and self._loaded:
            return
        if self.reader is None or not self._loaded:
            self.query = query
            self.reload()
            return
        self._read_in_background(query, keep_id)

    def _read_in_background(self, query: ListQuery, keep_id: str,
                            pages: tuple[int, ...] = ()) -> None:
        """Count, first page (and `pages`) and the kept record's row on the reader thread;
        the newest request wins (see LatestReader). The old rows stay on screen meanwhile."""
        assert self.reader is not None
        listing, size = self.listing, self.page_size

        def read(cancel: Any) -> tuple[int, dict[int, list[Row]], int]:
            total = listing.count(query)
            read_pages: dict[int, list[Row]] = {}
            for page in (0, *pages):
                if cancel.is_set():
                    return total, {}, -1
                if page not in read_pages and page * size < total:
                    read_pages[page] = listing.window(query, page * size, size, total=total)
            found = next((page * size + n for page, rows in read_pages.items()
                          for n, r in enumerate(rows) if r["id"] == keep_id), -1)
            return total, read_pages, found

        def done(result: tuple[int, dict[int, list[Row]], int]) -> None:
            total, read_pages, row = result
            self.beginResetModel()
            self.query = query
            self._pages.clear()
            self._count = total
            self._pages.update((page, rows) for page, rows in read_pages.items() if rows)
            self.endResetModel()
            self.filtered.emit(row)
            if row < 0 and keep_id and total > sum(len(r) for r in read_pages.values()):
                self._find_in_background(query, keep_id)

        self.reader.submit(read, done, lambda error: self.filter_failed.emit(error_text(error)))

    def _find_in_background(self, query: ListQuery, record_id: str) -> None:
        """The kept record's row further down, after the first rows are on screen (a
        broad filter's position costs a count of its own)."""
        assert self.reader is not None
        listing = self.listing

        def done(row: int) -> None:
            if row >= 0 and query == self.query:
                self.filtered.emit(row)

        self.reader.submit(lambda _cancel: listing.position(query, record_id), done,
                           lambda error: self.filter_failed.emit(error_text(error)))

    def refresh(self, keep_id: str = "") -> None:
        """Read the rows again after a write. With a `reader` this returns at once (the old
        rows stay on screen meanwhile) and emits `filtered(row of keep_id or -1)`."""
        if self.reader is None or not self._loaded:
            self.reload()
            return
        # The pages painted last are read again with it, and the kept row's page with its
        # neighbours (the table scrolls to that row), so the table repaints the rows on
        # screen without reading on the UI thread.
        pages = list(self._pages)[-REFRESHED_PAGES:]
        kept = next((page for page, rows in self._pages.items()
                     if any(r["id"] == keep_id for r in rows)), -1) if keep_id else -1
        if kept >= 0:
            pages += [p for p in (kept - 1, kept, kept + 1) if p >= 0 and p not in pages]
        self._read_in_background(self.query, keep_id, tuple(pages))

    def set_deleted(self, deleted: bool) -> None:
        self.query = replace(self.query, deleted=deleted)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._loaded = True
        self._pages.clear()
        self._count = self.listing.count(self.query)
        self.endResetModel()

    def total(self) -> int:
        """All rows matching the filters (the row count)."""
        return self._count

    def is_loaded(self) -> bool:
        return self._loaded

    def loaded(self) -> int:
        """Rows held in memory (a few pages, however long the list)."""
        return sum(len(rows) for rows in self._pages.values())

    def row_id(self, row: int) -> str:
        data = self._row(row)
        return str(data["id"]) if data is not None else ""

    def row_data(self, row: int) -> Row:
        data = self._row(row)
        if data is None:
            raise IndexError(row)
        return data

    def row_of(self, record_id: str) -> int:
        """The row of a record in this list, or -1 (asks the service if not in memory)."""
        for page, rows in self._pages.items():
            for number, data in enumerate(rows):
                if data["id"] == record_id:
                    return page * self.page_size + number
        if not self._loaded or not record_id:
            return -1
        return self.listing.position(self.query, record_id)

    def prefix_row(self, prefix: str) -> int:
        """The first row at or after `prefix` in the sort order (type-ahead), or -1."""
        if not self._loaded or not prefix or not self._count:
            return -1
        row = self.listing.prefix_position(self.query, prefix)
        return min(row, self._count - 1) if row >= 0 else -1

    def sort_column(self) -> int:
        for number, column in enumerate(self.columns):
            if column.sort and column.sort == self.query.sort:
                return number
        return -1

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        if role not in _ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
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

    def _row(self, row: int) -> Row | None:
        if not self._loaded or not 0 <= row < self._count:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            rows = self.listing.window(self.query, page * self.page_size, self.page_size,
                                       total=self._count)
            self._pages[page] = rows
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE, ROW_ROLE,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole})
