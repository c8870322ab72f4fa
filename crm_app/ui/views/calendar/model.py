"""The calendar's item model: one row per block on the grid (all-day items first, then the
timed blocks by day and time), its geometry in grid terms (column, minutes, lane) from the
Qt-free layout, and moving a meeting with `setData(index, (column, minute), MOVE_ROLE)`."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from crm_app.domain.errors import DomainError
from crm_app.services.calendar import AllDayItem, Block, CalendarService, Layout, slot_start
from crm_app.services.crm import Crm
from crm_app.ui.formatting import format_time
from crm_app.ui.messages import error_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "timed" or "all_day"
# setData value: (column, minute) for a timed block (its new top), column for an all-day one.
MOVE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class CalendarModel(QAbstractListModel):
    moved = Signal(str, str)  # meeting id, "Moved Hanako Suzuki to Tue 14:30"
    move_failed = Signal(str)

    def __init__(self, crm: Crm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.service = CalendarService(crm)
        self.layout = Layout((), "UTC", (), ())
        self.event_id: str | None = None
        self._items: list[AllDayItem | Block] = []

    # -- what is shown --------------------------------------------------------------------------
    def set_range(self, days: tuple[date, ...], zone: str, event_id: str | None) -> None:
        self.event_id = event_id or None
        self._load(days, zone)

    def reload(self) -> None:
        self._load(self.layout.days, self.layout.zone)

    def _load(self, days: tuple[date, ...], zone: str) -> None:
        self.beginResetModel()
        self.layout = self.service.layout(days, zone, event_id=self.event_id)
        self._items = [*self.layout.all_day, *self.layout.blocks]
        self.endResetModel()

    def days(self) -> tuple[date, ...]:
        return self.layout.days

    def zone(self) -> str:
        return self.layout.zone

    def item(self, row: int) -> AllDayItem | Block:
        return self._items[row]

    def row_of(self, meeting_id: str) -> int:
        return next((n for n, item in enumerate(self._items) if item.meeting_id == meeting_id),
                    -1)

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ID_ROLE:
            return item.meeting_id
        if role == KIND_ROLE:
            return "all_day" if isinstance(item, AllDayItem) else "timed"
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self.lines(item))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != MOVE_ROLE or not index.isValid():
            return False
        item = self._items[index.row()]
        if isinstance(item, AllDayItem):
            return self.move_all_day(item, int(value))
        column, minute = value
        return self.move_block(item, int(column), int(minute))

    # -- texts ----------------------------------------------------------------------------------
    def who(self, item: AllDayItem | Block) -> str:
        return item.counterpart or item.subject or self.tr("Meeting")

    def lines(self, item: AllDayItem | Block) -> list[str]:
        """What a block shows, most important first (the painter cuts what does not fit)."""
        if isinstance(item, AllDayItem):
            return [" · ".join(t for t in (self.who(item), item.place) if t)]
        start, end = item.starts_at, item.ends_at
        when = f"{format_time(start)}–{format_time(end)}"
        lines = [when, self.who(item)]
        if item.organisation and item.organisation not in lines[1]:
            lines.append(item.organisation)
        if item.place:
            lines.append(item.place)
        return lines

    def tooltip(self, item: AllDayItem | Block) -> str:
        parts = [self.who(item)]
        if item.organisation and item.organisation != parts[0]:
            parts.append(item.organisation)
        if item.subject and item.subject != parts[0]:
            parts.append(item.subject)
        if item.place:
            parts.append(self.tr("Table: %1").replace("%1", item.place))
        if isinstance(item, Block):
            parts.insert(0, f"{format_time(item.starts_at)}–{format_time(item.ends_at)} "
                            f"({self.layout.zone})")
        return "\n".join(parts)

    # -- moving ---------------------------------------------------------------------------------
    def new_start(self, block: Block, column: int, minute: int) -> datetime:
        """Where the meeting starts when this block's top goes to (column, minute): a part
        after midnight carries the meeting's earlier part along."""
        tz = ZoneInfo(self.layout.zone)
        days = self.layout.days
        delta = (column - block.column) * 24 * 60 + (minute - block.start_minute)
        wall = block.starts_at.astimezone(tz).replace(tzinfo=None) + timedelta(minutes=delta)
        base = days[0] if days else wall.date()
        day = base + timedelta(days=(wall.date() - base).days)
        return slot_start(day, wall.hour * 60 + wall.minute, self.layout.zone)

    def move_block(self, block: Block, column: int, minute: int) -> bool:
        target = self.new_start(block, column, minute)
        if target == block.starts_at:
            return False
        local = target.astimezone(ZoneInfo(self.layout.zone))
        return self._move(block, target, self._day_time(local))

    def move_all_day(self, item: AllDayItem, column: int) -> bool:
        days = self.layout.days
        if not days:
            return False
        target = item.first_day + timedelta(days=column - item.first_column)
        if target == item.first_day:
            return False
        when = QLocale().toString(QDate(target.year, target.month, target.day), "ddd d MMM")
        return self._move(item, target, when)

    def _move(self, item: AllDayItem | Block, target: datetime | date, when: str) -> bool:
        who = self.who(item)
        try:
            self.service.move_meeting(item.meeting_id, target,
                                      self.tr("Move %1").replace("%1", who))
        except DomainError as error:
            self.move_failed.emit(error_text(error))
            return False
        self.reload()
        self.moved.emit(item.meeting_id, self.tr("Moved %1 to %2").replace("%1", who)
                        .replace("%2", when))
        return True

    @staticmethod
    def _day_time(local: datetime) -> str:
        moment = QDateTime(QDate(local.year, local.month, local.day),
                           QTime(local.hour, local.minute))
        time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        return QLocale().toString(moment, f"ddd {time_format}")
