"""Dragging in the calendar grid: press on a block, move it past the drag distance, and
its ghost follows in quarter hours (an all-day item by whole days); the drop is handed to
`model.setData(..., MOVE_ROLE)`, which moves the meeting through the services (undoable).
Esc cancels a drag; double-click opens the block under the pointer (`activated`, as Enter
does)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from crm_app.domain.all_day import DAY_MINUTES
from crm_app.services.calendar import STEP_MINUTES, AllDayItem, Block
from crm_app.ui.views.calendar.geometry import GridGeometry
from crm_app.ui.views.calendar.model import MOVE_ROLE


class GridDragging(GridGeometry):
    """Mixed into CalendarGrid: the press, the drop target while moving, the release."""

    _press: tuple[int, QPoint, int] | None  # row, where, minute (or day) offset in the item
    _drop: tuple[int, int] | None  # column, minute of the dragged top (-1: all-day)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        self._drop = None
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            self._press = None
            return
        point = event.position().toPoint()
        item = self.calendar.item(index.row())
        offset = 0
        if isinstance(item, Block):
            offset = self.cell_at(point)[1] - item.start_minute
        else:
            offset = self.cell_at(point)[0] - item.first_column
        self._press = (index.row(), point, offset)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        row, start, offset = self._press
        point = event.position().toPoint()
        if self._drop is None and (point - start).manhattanLength() < \
                QApplication.startDragDistance():
            return
        self._drop = self.drop_target(row, point, offset)
        self.viewport().update()

    def drop_target(self, row: int, point: QPoint, offset: int) -> tuple[int, int]:
        """Where the dragged item's top lands: the column under the pointer and, for a timed
        block, its top snapped to a quarter hour."""
        column, minute = self.cell_at(point)
        item = self.calendar.item(row)
        if isinstance(item, AllDayItem):
            first = max(0, min(len(self.calendar.days()) - 1, column - offset))
            return first, -1
        length = item.shown_end - item.start_minute
        top = round((minute - offset) / STEP_MINUTES) * STEP_MINUTES
        return column, max(0, min(DAY_MINUTES - max(STEP_MINUTES, length), top))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drop = self._press, self._drop
        self._press, self._drop = None, None
        super().mouseReleaseEvent(event)
        if press is None or drop is None:
            return
        index = self.calendar.index(press[0], 0)
        meeting_id = self.calendar.item(press[0]).meeting_id
        value: object = drop[0] if drop[1] < 0 else drop
        if self.calendar.setData(index, value, MOVE_ROLE):
            row = self.calendar.row_of(meeting_id)
            if row >= 0:
                self.setCurrentIndex(self.calendar.index(row, 0))
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click opens the block under the pointer (`activated`, as Enter does)."""
        index = self.indexAt(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            super().mouseDoubleClickEvent(event)
            return
        self._press, self._drop = None, None
        self.setCurrentIndex(index)
        self.doubleClicked.emit(index)
        self.activated.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drop is not None:
            self._press, self._drop = None, None  # Esc cancels a drag
            self.viewport().update()
            return
        super().keyPressEvent(event)
