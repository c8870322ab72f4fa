"""The calendar grid: a custom item view over CalendarModel.

Everything is painted in the viewport: the day headers and the all-day strip stay at the
top, the hours (the event's zone, the laptop's beside it when it differs) on the left, and
only the timed area scrolls. Geometry comes from the model's grid terms (column, minutes,
lane), so `visualRect` is what tests check. A drag moves the block in quarter hours and hands
the drop to `model.setData(..., MOVE_ROLE)`; double-click and Enter emit `activated`.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from crm_app.domain.all_day import DAY_MINUTES
from crm_app.services.calendar import STEP_MINUTES, AllDayItem, Block
from crm_app.ui.formatting import format_time
from crm_app.ui.views.calendar.model import MOVE_ROLE, CalendarModel

HOUR_HEIGHT = 48
ZONE_WIDTH = 58  # one hour column
HEADER_HEIGHT = 40
ALL_DAY_ROW = 24
NARROW = 90  # a block narrower than this shows who before when
STATUS_COLOURS = {"confirmed": "#2f6fb3", "held": "#3c8c5a", "requested": "#b07a1e",
                  "cancelled": "#8a8a8a", "no_show": "#a04545"}

Index = QModelIndex | QPersistentModelIndex


class CalendarGrid(QAbstractItemView):
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
        self.event_days: tuple[date, ...] = ()  # the other days are shaded
        self.zone_captions = ("", "")  # above the hour columns: "Tokyo", "My time"
        self._press: tuple[int, QPoint, int] | None = None  # row, where, minute offset
        self._drop: tuple[int, int] | None = None  # column, minute of the dragged top
        model.modelReset.connect(self._after_reset)

    # -- geometry -------------------------------------------------------------------------------
    def gutter(self) -> int:
        return ZONE_WIDTH * (2 if self.shows_laptop_zone() else 1)

    def shows_laptop_zone(self) -> bool:
        days = self.calendar.days()
        if not days or self.laptop_zone == self.calendar.zone():
            return False
        moment = datetime.combine(days[0], time(12), ZoneInfo(self.calendar.zone()))
        return moment.utcoffset() != moment.astimezone(ZoneInfo(self.laptop_zone)).utcoffset()

    def strip_height(self) -> int:
        return ALL_DAY_ROW * max(1, self.calendar.layout.all_day_rows) + 6

    def top(self) -> int:
        """Where the timed area begins (below the headers and the all-day strip)."""
        return HEADER_HEIGHT + self.strip_height()

    def column_width(self) -> float:
        count = max(1, len(self.calendar.days()))
        return max(20.0, (self.viewport().width() - self.gutter()) / count)

    def column_x(self, column: int) -> int:
        return self.gutter() + round(column * self.column_width())

    def minute_y(self, minute: int) -> int:
        """Viewport y of a wall-clock minute (scrolled)."""
        return self.top() + round(minute * HOUR_HEIGHT / 60) - self.verticalScrollBar().value()

    def item_rect(self, row: int) -> QRect:
        item = self.calendar.item(row)
        if isinstance(item, AllDayItem):
            x = self.column_x(item.first_column) + 2
            right = self.column_x(item.last_column + 1) - 2
            return QRect(x, HEADER_HEIGHT + 3 + item.row * ALL_DAY_ROW, right - x,
                         ALL_DAY_ROW - 2)
        return self.block_rect(item)

    def block_rect(self, block: Block, column: int | None = None,
                   start: int | None = None) -> QRect:
        column = block.column if column is None else column
        start = block.start_minute if start is None else start
        end = start + (block.shown_end - block.start_minute)
        width = self.column_width() - 6
        lane_width = width / max(1, block.lanes)
        x = self.column_x(column) + 2 + round(block.lane * lane_width)
        y = self.minute_y(start)
        return QRect(x, y, max(8, round(lane_width) - 2), max(10, self.minute_y(end) - y - 1))

    def cell_at(self, point: QPoint) -> tuple[int, int]:
        """(column, wall-clock minute) under a viewport point, clamped to the grid."""
        count = max(1, len(self.calendar.days()))
        column = int((point.x() - self.gutter()) // self.column_width())
        minute = (point.y() - self.top() + self.verticalScrollBar().value()) * 60 / HOUR_HEIGHT
        return max(0, min(count - 1, column)), max(0, min(DAY_MINUTES - 1, int(minute)))

    def grid_height(self) -> int:
        return 24 * HOUR_HEIGHT

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

    def scroll_to_minute(self, minute: int) -> None:
        self.verticalScrollBar().setValue(round(minute * HOUR_HEIGHT / 60))

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return int(self.verticalScrollBar().value())

    def isIndexHidden(self, index: Index) -> bool:
        return False

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        for row in range(self.calendar.rowCount()):
            if self.item_rect(row).intersects(rect.normalized()):
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

    # -- mouse and keys -------------------------------------------------------------------------
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

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, width, height, palette.color(QPalette.ColorRole.Base))
        self._paint_grid(painter, palette, width, height)
        painter.save()
        painter.setClipRect(QRect(0, self.top(), width, height - self.top()))
        for row in range(self.calendar.rowCount()):
            item = self.calendar.item(row)
            if isinstance(item, Block):
                self._paint_item(painter, row, self.block_rect(item))
        if self._press is not None and self._drop is not None:
            self._paint_ghost(painter)
        painter.restore()
        self._paint_headers(painter, palette, width)
        for row in range(self.calendar.rowCount()):
            if isinstance(self.calendar.item(row), AllDayItem):
                self._paint_item(painter, row, self.item_rect(row))
        if self._press is not None and self._drop is not None and self._drop[1] < 0:
            self._paint_ghost(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter, palette: QPalette, width: int, height: int) -> None:
        days = self.calendar.days()
        mid = palette.color(QPalette.ColorRole.Mid)
        light = QColor(mid)
        light.setAlpha(70)
        shade = palette.color(QPalette.ColorRole.AlternateBase)
        for column, day in enumerate(days):
            if self.event_days and day not in self.event_days:
                painter.fillRect(QRect(self.column_x(column), self.top(),
                                       self.column_x(column + 1) - self.column_x(column),
                                       height), shade)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        text = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        for hour in range(25):
            y = self.minute_y(hour * 60)
            if y < self.top() - 1 or y > height:
                continue
            painter.setPen(QPen(mid if hour else light, 1))
            painter.drawLine(self.gutter(), y, width, y)
            half = self.minute_y(hour * 60 + 30)
            if hour < 24 and half > self.top():
                painter.setPen(QPen(light, 1, Qt.PenStyle.DotLine))
                painter.drawLine(self.gutter(), half, width, half)
            if hour == 24:
                continue
            for n, label in enumerate(self.hour_labels(hour)):
                painter.setPen(text if n == 0 else dim)
                painter.drawText(QRect(n * ZONE_WIDTH, y - 2, ZONE_WIDTH - 8, HOUR_HEIGHT // 2),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)
        painter.setPen(QPen(mid, 1))
        for column in range(len(days) + 1):
            x = self.column_x(column)
            painter.drawLine(x, HEADER_HEIGHT, x, height)
        if self.shows_laptop_zone():
            painter.setPen(QPen(light, 1))
            painter.drawLine(ZONE_WIDTH, self.top(), ZONE_WIDTH, height)

    def hour_labels(self, hour: int) -> list[str]:
        """The hour in the event's zone, and the same moment on the laptop beside it."""
        days = self.calendar.days()
        if not days:
            return []
        zone = ZoneInfo(self.calendar.zone())
        moment = datetime.combine(days[0], time(hour), zone)
        labels = [format_time(moment)]
        if self.shows_laptop_zone():
            mine = moment.astimezone(ZoneInfo(self.laptop_zone))
            extra = "" if mine.date() == moment.date() else (
                " +1" if mine.date() > moment.date() else " −1")
            labels.append(format_time(mine) + extra)
        return labels

    def _paint_headers(self, painter: QPainter, palette: QPalette, width: int) -> None:
        top = self.top()
        painter.fillRect(QRect(0, 0, width, top), palette.color(QPalette.ColorRole.Window))
        mid = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(mid, 1))
        painter.drawLine(0, top - 1, width, top - 1)
        painter.drawLine(self.gutter(), HEADER_HEIGHT, width, HEADER_HEIGHT)
        locale = QLocale()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        text = palette.color(QPalette.ColorRole.WindowText)
        today = date.today()
        for column, day in enumerate(self.calendar.days()):
            rect = QRect(self.column_x(column), 0, self.column_x(column + 1)
                         - self.column_x(column), HEADER_HEIGHT)
            if day == today:
                painter.fillRect(rect.adjusted(1, 1, -1, -1), palette.color(
                    QPalette.ColorRole.Highlight).lighter(170))
            qday = QDate(day.year, day.month, day.day)
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(rect.adjusted(0, 3, 0, -HEADER_HEIGHT // 2),
                             Qt.AlignmentFlag.AlignCenter, locale.toString(qday, "dddd"))
            painter.setFont(small)
            painter.drawText(rect.adjusted(0, HEADER_HEIGHT // 2, 0, -2),
                             Qt.AlignmentFlag.AlignCenter, locale.toString(qday, "d MMMM"))
            painter.setPen(QPen(mid, 1))
            painter.drawLine(rect.left(), 0, rect.left(), top)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        captions = self.zone_captions if self.shows_laptop_zone() else self.zone_captions[:1]
        for n, caption in enumerate(captions):
            painter.drawText(QRect(n * ZONE_WIDTH + 2, 2, ZONE_WIDTH - 4, HEADER_HEIGHT - 4),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, caption)
        painter.drawText(QRect(2, HEADER_HEIGHT, self.gutter() - 8, ALL_DAY_ROW),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self.all_day_caption)

    all_day_caption = ""

    def _paint_item(self, painter: QPainter, row: int, rect: QRect) -> None:
        item = self.calendar.item(row)
        colour = QColor(STATUS_COLOURS.get(item.status, "#2f6fb3"))
        selected = self.selectionModel().isSelected(self.calendar.index(row, 0))
        fill = QColor(colour)
        fill.setAlpha(235 if selected else 60)
        painter.setPen(QPen(colour.darker(130), 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), colour)
        text = QColor("#ffffff") if selected else self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(text)
        inner = rect.adjusted(6, 1, -3, -1)
        painter.setFont(self.font())  # line heights of the block's font, not the hours'
        metrics = painter.fontMetrics()
        room = max(1, inner.height() // max(1, metrics.height()))
        lines = self.block_lines(item, room, inner.width())
        bold_line = 1 if isinstance(item, Block) and room >= 2 and len(lines) > 1 \
            and inner.width() >= NARROW else 0
        font = QFont(self.font())
        font.setStrikeOut(item.status == "cancelled")
        for n, line in enumerate(lines[:room]):
            font.setBold(n == bold_line)
            painter.setFont(font)
            painter.drawText(QRect(inner.left(), inner.top() + n * metrics.height(),
                                   inner.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(  # of the bold font too
                                 line, Qt.TextElideMode.ElideRight, inner.width()))
        if isinstance(item, Block) and item.continues_after:
            painter.drawText(rect.adjusted(0, 0, -3, -1), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignBottom, "↓")

    def block_lines(self, item: AllDayItem | Block, room: int, width: int) -> list[str]:
        """The lines a block has room for: time and table, who, organisation; one line for a
        short block; a narrow one (a crowded hour) leaves the time to its position."""
        if isinstance(item, AllDayItem):
            return self.calendar.lines(item)
        when = f"{format_time(item.starts_at)}–{format_time(item.ends_at)}"
        who = self.calendar.who(item)
        place = [item.place] if item.place else []
        if width < NARROW:
            return [who, *place] if room >= 2 else [who]
        if room < 2:
            return [" · ".join([f"{when} {who}", *place])]
        lines = [" · ".join([when, *place]), who]
        if item.organisation and item.organisation not in who:
            lines.append(item.organisation)
        return lines

    def _paint_ghost(self, painter: QPainter) -> None:
        assert self._press is not None and self._drop is not None
        item = self.calendar.item(self._press[0])
        column, minute = self._drop
        if isinstance(item, AllDayItem):
            span = item.last_column - item.first_column
            x = self.column_x(column) + 2
            rect = QRect(x, HEADER_HEIGHT + 3 + item.row * ALL_DAY_ROW,
                         self.column_x(min(len(self.calendar.days()), column + span + 1))
                         - x - 2, ALL_DAY_ROW - 2)
            label = ""
        else:
            rect = self.block_rect(item, column, minute)
            rect.setLeft(self.column_x(column) + 2)
            rect.setRight(self.column_x(column + 1) - 4)
            label = format_time(self.calendar.new_start(item, column, minute).astimezone(
                ZoneInfo(self.calendar.zone())))
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
        fill = QColor(highlight)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if label:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(rect.adjusted(6, 2, -4, -2), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignTop, label)

    def first_minute(self) -> int:
        """Where to scroll first: half an hour before the first meeting, or 08:00."""
        starts = [b.start_minute for b in self.calendar.layout.blocks
                  if not b.continues_before]  # the tail of last night's is not a start
        return max(0, min(starts) - 30) if starts else 8 * 60
