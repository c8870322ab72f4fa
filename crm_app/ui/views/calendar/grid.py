"""The calendar grid: a custom item view over CalendarModel.

Everything is painted in the viewport: the day headers and the all-day strip stay at the
top, the hours (the event's zone, the laptop's beside it when it differs) on the left, and
only the timed area scrolls. Geometry comes from the model's grid terms (column, minutes,
lane), so `visualRect` is what tests check. A drag moves the block in quarter hours and hands
the drop to `model.setData(..., MOVE_ROLE)`; double-click and Enter emit `activated`.

The parts live beside it: `geometry` (where things are), `painting` (how they look) and
`dragging` (mouse and keys); this module is the QAbstractItemView that joins them.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from crm_app.services.calendar import AllDayItem, Block
from crm_app.ui.views.calendar.dragging import GridDragging
from crm_app.ui.views.calendar.geometry import (
    ALL_DAY_ROW,
    HEADER_HEIGHT,
    HOUR_HEIGHT,
    ZONE_WIDTH,
    Overflow,
)
from crm_app.ui.views.calendar.model import CalendarModel
from crm_app.ui.views.calendar.painting import NARROW, STATUS_COLOURS, GridPainting

__all__ = ["ALL_DAY_ROW", "HEADER_HEIGHT", "HOUR_HEIGHT", "NARROW", "STATUS_COLOURS",
           "ZONE_WIDTH", "CalendarGrid"]

Index = QModelIndex | QPersistentModelIndex


class CalendarGrid(GridDragging, GridPainting, QAbstractItemView):
    # A click on a crowded stretch's "+N": the stretch, and where (global) to list it.
    overflow_clicked = Signal(Overflow, QPoint)

    def __init__(self, model: CalendarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_grid")
        self.calendar = model
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().setSingleStep(HOUR_HEIGHT // 4)
        self.laptop_zone = "UTC"
        self.event_days = ()  # the other days are shaded
        self.zone_captions = ("", "")  # above the hour columns: "Tokyo", "My time"
        self._press = None  # dragging: row, where, minute offset
        self._drop = None  # dragging: column, minute of the dragged top
        model.modelReset.connect(self._after_reset)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        overflow = self.overflow_at(point) if event.button() == Qt.MouseButton.LeftButton \
            else None
        if overflow is not None:
            self.overflow_clicked.emit(overflow, self.viewport().mapToGlobal(point))
            return
        super().mousePressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # -- QAbstractItemView ----------------------------------------------------------------------
    def visualRect(self, index: Index) -> QRect:
        if not index.isValid() or index.row() >= self.calendar.rowCount():
            return QRect()
        return self.item_rect(index.row())

    def indexAt(self, point: QPoint) -> QModelIndex:
        timed = point.y() >= self.top()
        for row in reversed(range(self.calendar.rowCount())):
            if isinstance(self.calendar.item(row), Block) != timed:
                continue
            if self.item_rect(row).contains(point):
                return self.calendar.index(row, 0)
        return QModelIndex()

    def scrollTo(self, index: Index,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        if not index.isValid() or not isinstance(self.calendar.item(index.row()), Block):
            return
        rect = self.visualRect(index)
        bar = self.verticalScrollBar()
        visible = self.viewport().height() - self.top()
        if rect.top() < self.top():
            bar.setValue(bar.value() - (self.top() - rect.top()) - HOUR_HEIGHT // 2)
        elif rect.bottom() > self.viewport().height():
            shift = min(rect.bottom() - self.viewport().height(), rect.top() - self.top())
            bar.setValue(bar.value() + max(shift, 0) + HOUR_HEIGHT // 2
                         if rect.height() < visible else bar.value() + rect.top() - self.top())

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return int(self.verticalScrollBar().value())

    def isIndexHidden(self, index: Index) -> bool:
        """A block in a crowded stretch's "+N" has no rectangle of its own."""
        return index.isValid() and self.visualRect(index).isEmpty()

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        for row in range(self.calendar.rowCount()):
            found = self.item_rect(row)
            if not found.isEmpty() and found.intersects(rect.normalized()):
                self.selectionModel().select(self.calendar.index(row, 0), command)
                return
        self.selectionModel().clearSelection()

    def visualRegionForSelection(self, selection: object) -> QRegion:
        region = QRegion()
        for index in self.selectionModel().selectedIndexes():
            region += QRegion(self.visualRect(index).adjusted(-2, -2, 2, 2))
        return region

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Up/Down: the previous/next block of the day; Left/Right: the nearest block on the
        day before/after; Home/End: the first/last of all."""
        count = self.calendar.rowCount()
        if not count:
            return QModelIndex()
        current = self.currentIndex()
        if not current.isValid():
            return self.calendar.index(0, 0)
        row = current.row()
        cursor = QAbstractItemView.CursorAction
        if action in (cursor.MoveHome, cursor.MovePageUp):
            return self.calendar.index(0, 0)
        if action in (cursor.MoveEnd, cursor.MovePageDown):
            return self.calendar.index(count - 1, 0)
        column, minute = self._position(row)
        if action in (cursor.MoveUp, cursor.MovePrevious):
            same = [r for r in range(count) if r != row and self._position(r)[0] == column
                    and self._position(r) <= (column, minute) and r < row]
            return self.calendar.index(same[-1] if same else row, 0)
        if action in (cursor.MoveDown, cursor.MoveNext):
            same = [r for r in range(count) if self._position(r)[0] == column and r > row]
            return self.calendar.index(same[0] if same else row, 0)
        step = -1 if action == cursor.MoveLeft else 1
        for target_column in range(column + step, len(self.calendar.days()) if step > 0 else -1,
                                   step):
            rows = [r for r in range(count) if self._position(r)[0] == target_column]
            if rows:
                best = min(rows, key=lambda r: abs(self._position(r)[1] - minute))
                return self.calendar.index(best, 0)
        return current

    def _position(self, row: int) -> tuple[int, int]:
        item = self.calendar.item(row)
        if isinstance(item, AllDayItem):
            return item.first_column, -1
        return item.column, item.start_minute

    def updateGeometries(self) -> None:
        bar = self.verticalScrollBar()
        visible = max(0, self.viewport().height() - self.top())
        bar.setRange(0, max(0, self.grid_height() - visible))
        bar.setPageStep(visible)
        super().updateGeometries()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()  # the headers stay put: repaint rather than scroll pixels

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometries()

    def _after_reset(self) -> None:
        self._press, self._drop = None, None
        self.updateGeometries()
        self.viewport().update()
