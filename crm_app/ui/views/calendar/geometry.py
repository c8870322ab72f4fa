"""Where things are in the calendar grid: the hour gutter, the day columns, a minute's y, a
block's rectangle (lane by lane), the cell under a point. Pure arithmetic over the model's
grid terms (column, minutes, lane) and the viewport's size and scroll position, so
`visualRect` is what tests check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractItemView

from crm_app.domain.all_day import DAY_MINUTES
from crm_app.services.calendar import AllDayItem, Block
from crm_app.ui.views.calendar.model import CalendarModel

HOUR_HEIGHT = 48
ZONE_WIDTH = 58  # one hour column
HEADER_HEIGHT = 40
ALL_DAY_ROW = 24
# A lane narrower than this shows nobody's name: at a partnering event with forty tables the
# week drew 1,400 meetings a day as hair-thin stripes. The lanes beyond are summed up as "+N".
MIN_LANE = 56


@dataclass(frozen=True)
class Overflow:
    """The blocks starting in one crowded hour of a day that have no lane of their own."""

    column: int
    start_minute: int
    end_minute: int
    rows: tuple[int, ...]  # model rows, by start

if TYPE_CHECKING:
    _Base = QAbstractItemView  # for the type checker: the methods of the view it joins
else:
    _Base = object


class GridGeometry(_Base):
    """Mixed into CalendarGrid (a QAbstractItemView)."""

    calendar: CalendarModel
    laptop_zone: str

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
        lanes, room = max(1, block.lanes), self.shown_lanes()
        if lanes > room:
            if block.lane >= room - 1:  # the last lane shows "+N" for the rest
                return QRect()
            lanes = room
        lane_width = width / lanes
        x = self.column_x(column) + 2 + round(block.lane * lane_width)
        y = self.minute_y(start)
        return QRect(x, y, max(8, round(lane_width) - 2), max(10, self.minute_y(end) - y - 1))

    def shown_lanes(self) -> int:
        """How many lanes a day column has room for (at least a block and the "+N")."""
        return max(2, int((self.column_width() - 6) // MIN_LANE))

    def overflows(self) -> list[Overflow]:
        """The blocks without a lane, per day and by the hour they start in (a crowded fair
        day chains its meetings into one overlap from morning to evening: one "+1,340" for
        the day would say little)."""
        room = self.shown_lanes()
        hidden: dict[tuple[int, int], list[int]] = {}
        for row in range(self.calendar.rowCount()):
            item = self.calendar.item(row)
            if isinstance(item, Block) and item.lanes > room and item.lane >= room - 1:
                hidden.setdefault((item.column, item.start_minute // 60), []).append(row)
        return [Overflow(column, hour * 60, min(DAY_MINUTES, hour * 60 + 60), tuple(rows))
                for (column, hour), rows in sorted(hidden.items())]

    def overflow_rect(self, overflow: Overflow) -> QRect:
        """The last lane of the stretch's column, from its first start to its last end."""
        room = self.shown_lanes()
        lane_width = (self.column_width() - 6) / room
        x = self.column_x(overflow.column) + 2 + round((room - 1) * lane_width)
        y = self.minute_y(overflow.start_minute)
        return QRect(x, y, max(8, round(lane_width) - 2),
                     max(10, self.minute_y(overflow.end_minute) - y - 1))

    def overflow_at(self, point: QPoint) -> Overflow | None:
        if point.y() < self.top():
            return None
        return next((o for o in self.overflows() if self.overflow_rect(o).contains(point)),
                    None)

    def cell_at(self, point: QPoint) -> tuple[int, int]:
        """(column, wall-clock minute) under a viewport point, clamped to the grid."""
        count = max(1, len(self.calendar.days()))
        column = int((point.x() - self.gutter()) // self.column_width())
        minute = (point.y() - self.top() + self.verticalScrollBar().value()) * 60 / HOUR_HEIGHT
        return max(0, min(count - 1, column)), max(0, min(DAY_MINUTES - 1, int(minute)))

    def grid_height(self) -> int:
        return 24 * HOUR_HEIGHT

    def scroll_to_minute(self, minute: int) -> None:
        self.verticalScrollBar().setValue(round(minute * HOUR_HEIGHT / 60))

    def first_minute(self) -> int:
        """Where to scroll first: half an hour before the first meeting, or 08:00."""
        starts = [b.start_minute for b in self.calendar.layout.blocks
                  if not b.continues_before]  # the tail of last night's is not a start
        return max(0, min(starts) - 30) if starts else 8 * 60
