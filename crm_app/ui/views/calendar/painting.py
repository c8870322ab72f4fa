"""How the calendar grid is painted: the grid lines and shaded off-event days, the hour
columns (the event's zone, the laptop's beside it), the day headers and the all-day strip
that stay put while the timed area scrolls, the blocks with their lines of text, and the
ghost of a block being dragged."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen

from crm_app.services.calendar import AllDayItem, Block
from crm_app.ui.formatting import format_time
from crm_app.ui.views.calendar.geometry import (
    ALL_DAY_ROW,
    HEADER_HEIGHT,
    HOUR_HEIGHT,
    ZONE_WIDTH,
    GridGeometry,
)

NARROW = 90  # a block narrower than this shows who before when
STATUS_COLOURS = {"confirmed": "#2f6fb3", "held": "#3c8c5a", "requested": "#b07a1e",
                  "cancelled": "#8a8a8a", "no_show": "#a04545"}

class GridPainting(GridGeometry):
    """Mixed into CalendarGrid, after the dragging part (whose state the ghost shows)."""

    event_days: tuple[date, ...]
    zone_captions: tuple[str, str]
    _press: tuple[int, QPoint, int] | None
    _drop: tuple[int, int] | None

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
                rect = self.block_rect(item)
                if not rect.isEmpty():
                    self._paint_item(painter, row, rect)
        for overflow in self.overflows():
            self._paint_overflow(painter, self.overflow_rect(overflow), len(overflow.rows))
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

    def _paint_overflow(self, painter: QPainter, rect: QRect, count: int) -> None:
        """The stretch's hidden meetings as one "+N" in the last lane (a click lists them)."""
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(1, 2, -1, -1), Qt.AlignmentFlag.AlignHCenter
                         | Qt.AlignmentFlag.AlignTop, f"+{count}")

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
