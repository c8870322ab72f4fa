"""The Meetings calendar without Qt: which meetings fall on which day column of a day or week
grid, where their blocks sit in the display zone, side-by-side lanes for overlaps, and moving
a meeting to another slot as an ordinary, undoable service edit.

Positions are wall-clock minutes from the column's local midnight in the display zone (as
every desk calendar draws them): on a spring-forward day the missing hour stays empty, on a
fall-back day a block never gets shorter than the time it really lasts. A meeting that
crosses midnight is two segments, one per day, each saying it continues. All-day meetings
are not timed blocks: they sit in a strip above the grid, on the days of their own calendar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select

from crm_app.db.models import Meeting
from crm_app.domain.all_day import DAY_MINUTES, MAX_DAYS, day_range, local_midnight
from crm_app.domain.errors import ValidationError
from crm_app.services import today as today_service
from crm_app.services.records import row_to_dict

if TYPE_CHECKING:
    from crm_app.services.crm import Crm

STEP_MINUTES = 15  # a drag moves in quarter hours
MIN_BLOCK_MINUTES = 15  # a shorter meeting is drawn (and laid out) this tall


@dataclass(frozen=True)
class Block:
    """One timed meeting's part on one day column."""

    meeting_id: str
    column: int  # index into Layout.days
    start_minute: int  # wall-clock minutes from the column's midnight, display zone
    end_minute: int  # exclusive, at most DAY_MINUTES
    starts_at: datetime  # the whole meeting, in the display zone
    ends_at: datetime
    continues_before: bool  # began on an earlier day
    continues_after: bool  # goes on after midnight
    lane: int = 0
    lanes: int = 1  # lanes of its group of overlapping blocks
    subject: str = ""
    counterpart: str = ""
    organisation: str = ""
    place: str = ""
    status: str = ""
    timezone: str = "UTC"  # the meeting's own zone

    @property
    def shown_end(self) -> int:
        """Where the block's drawing ends (a 5-minute meeting is still readable)."""
        return min(DAY_MINUTES, max(self.end_minute, self.start_minute + MIN_BLOCK_MINUTES))


@dataclass(frozen=True)
class AllDayItem:
    meeting_id: str
    first_column: int  # clipped to the columns shown
    last_column: int
    row: int  # line in the all-day strip (two items on a day never share one)
    first_day: date
    last_day: date
    subject: str = ""
    counterpart: str = ""
    organisation: str = ""
    place: str = ""
    status: str = ""


@dataclass(frozen=True)
class Layout:
    days: tuple[date, ...]
    zone: str
    blocks: tuple[Block, ...]
    all_day: tuple[AllDayItem, ...]

    @property
    def all_day_rows(self) -> int:
        return max((item.row + 1 for item in self.all_day), default=0)

    def blocks_of(self, meeting_id: str) -> list[Block]:
        return [b for b in self.blocks if b.meeting_id == meeting_id]


def week_days(day: date) -> tuple[date, ...]:
    """Monday to Sunday of the week that holds `day`."""
    monday = day - timedelta(days=day.weekday())
    return tuple(monday + timedelta(days=i) for i in range(7))


def event_days(event: dict[str, Any]) -> tuple[date, ...]:
    """Every day of an event (one day when it has no dates or they are the wrong way round)."""
    first = _as_date(event.get("start_date"))
    last = _as_date(event.get("end_date")) or first
    if first is None or last is None:
        return ()
    last = max(first, min(last, first + timedelta(days=MAX_DAYS)))
    return tuple(first + timedelta(days=i) for i in range((last - first).days + 1))


def wall_minutes(moment: datetime, day: date, zone: ZoneInfo) -> int:
    """Minutes of `moment`'s wall-clock time counted from `day`'s midnight in `zone` (may be
    negative or past a day's length when the moment is on another day)."""
    local = moment.astimezone(zone)
    return (local.date() - day).days * DAY_MINUTES + local.hour * 60 + local.minute


def slot_start(day: date, minute: int, zone: str, step: int = STEP_MINUTES) -> datetime:
    """The UTC instant of the wall-clock slot `minute` (rounded to `step`) on `day` in
    `zone`. A time that does not exist (the hour skipped in spring) becomes the first slot
    after it that does."""
    minute = max(0, min(DAY_MINUTES - step, round(minute / step) * step))
    tz = ZoneInfo(zone)
    for slot in range(minute, DAY_MINUTES, step):
        local = datetime.combine(day, time(slot // 60, slot % 60), tz)
        moment = local.astimezone(UTC)
        if moment.astimezone(tz).replace(tzinfo=None) == local.replace(tzinfo=None):
            return moment
    return local_midnight(day + timedelta(days=1), zone)  # pragma: no cover - no such zone


def segments(meeting_id: str, start: datetime, minutes: int, days: Sequence[date],
             zone: str) -> list[Block]:
    """The blocks of one timed meeting on the day columns shown, in `zone`."""
    tz = ZoneInfo(zone)
    minutes = max(1, minutes)
    end = start + timedelta(minutes=minutes)
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    result = []
    for column, day in enumerate(days):
        first = wall_minutes(start, day, tz)
        # Never shorter than it lasts (the repeated hour of a fall-back night).
        last = max(wall_minutes(end, day, tz), first + minutes)
        if last <= 0 or first >= DAY_MINUTES:
            continue
        result.append(Block(meeting_id, column, max(0, first), min(DAY_MINUTES, last),
                            local_start, local_end, first < 0, last > DAY_MINUTES))
    return result


def assign_lanes(blocks: Iterable[Block]) -> list[Block]:
    """Side-by-side lanes per day column: overlapping blocks never share a lane, and each
    group of blocks that overlap (directly or in a chain) splits the width alike."""
    result: list[Block] = []
    by_column: dict[int, list[Block]] = {}
    for block in blocks:
        by_column.setdefault(block.column, []).append(block)
    for column in sorted(by_column):
        ordered = sorted(by_column[column], key=lambda b: (b.start_minute, -b.shown_end,
                                                           b.meeting_id))
        group: list[Block] = []
        lane_ends: list[int] = []
        group_end = -1

        def close(group: list[Block], count: int) -> None:
            result.extend(replace(b, lanes=count) for b in group)

        for block in ordered:
            if group and block.start_minute >= group_end:
                close(group, len(lane_ends))
                group, lane_ends = [], []
            lane = next((i for i, end in enumerate(lane_ends) if end <= block.start_minute),
                        len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(block.shown_end)
            else:
                lane_ends[lane] = block.shown_end
            group.append(replace(block, lane=lane))
            group_end = max(group_end, block.shown_end) if len(group) > 1 else block.shown_end
        if group:
            close(group, len(lane_ends))
    return result


def all_day_rows(items: Iterable[tuple[str, int, int]]) -> dict[str, int]:
    """A line of the strip per item (id, first column, last column); overlapping ones differ."""
    rows: dict[str, int] = {}
    taken: list[list[tuple[int, int]]] = []
    for meeting_id, first, last in sorted(items, key=lambda i: (i[1], -(i[2] - i[1]), i[0])):
        row = next((n for n, spans in enumerate(taken)
                    if all(last < a or first > b for a, b in spans)), len(taken))
        if row == len(taken):
            taken.append([])
        taken[row].append((first, last))
        rows[meeting_id] = row
    return rows


class CalendarService:
    """Reads the grid of a range of days and moves meetings through the undo history."""

    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def layout(self, days: Sequence[date], zone: str, *, event_id: str | None = None,
               include_cancelled: bool = True) -> Layout:
        days = tuple(days)
        if not days:
            return Layout((), zone, (), ())
        rows = self._read(days, zone, event_id, include_cancelled)
        people = today_service.counterparts(self.crm.db, [str(r["id"]) for r in rows])
        blocks: list[Block] = []
        strip: list[tuple[dict[str, Any], date, date, int, int]] = []
        for row in rows:
            texts = _texts(row, people.get(str(row["id"])) or {})
            start = _as_datetime(row["starts_at"])
            if row.get("all_day"):
                first, last = day_range(start, str(row.get("timezone") or "UTC"),
                                        row.get("duration_minutes"))
                if last < days[0] or first > days[-1]:
                    continue
                first_col = max(0, (first - days[0]).days)
                last_col = min(len(days) - 1, (last - days[0]).days)
                strip.append(({**row, **texts}, first, last, first_col, last_col))
                continue
            for block in segments(str(row["id"]), start, int(row.get("duration_minutes") or 0),
                                  days, zone):
                blocks.append(replace(
                    block, timezone=str(row.get("timezone") or "UTC"),
                    subject=texts["subject"], counterpart=texts["counterpart"],
                    organisation=texts["organisation"], place=texts["place"],
                    status=texts["status"]))
        lines = all_day_rows((str(r["id"]), a, b) for r, _f, _l, a, b in strip)
        items = tuple(AllDayItem(str(r["id"]), a, b, lines[str(r["id"])], first, last,
                                 r["subject"], r["counterpart"], r["organisation"], r["place"],
                                 r["status"]) for r, first, last, a, b in strip)
        laid = sorted(assign_lanes(blocks), key=lambda b: (b.column, b.start_minute, b.lane))
        return Layout(days, zone, tuple(laid), tuple(sorted(items, key=lambda i: (
            i.row, i.first_column))))

    def move_meeting(self, meeting_id: str, new_start: datetime | date,
                     label: str | None = None) -> dict[str, Any]:
        """Move a meeting to start at `new_start` (an aware instant; a date for an all-day
        one), keeping its duration and its zone; one step of Edit ▸ Undo."""
        current = self.crm.meetings.get(meeting_id)
        zone = str(current.get("timezone") or "UTC")
        if current.get("all_day"):
            day = new_start.astimezone(ZoneInfo(zone)).date() \
                if isinstance(new_start, datetime) else new_start
            starts: datetime = local_midnight(day, zone)
        else:
            if not isinstance(new_start, datetime) or new_start.tzinfo is None:
                raise ValidationError("starts_at", "a moved meeting needs a time with its zone")
            starts = new_start.astimezone(UTC)
        title = str(current.get("subject") or "") or meeting_id
        return self.crm.history.update(
            "meeting", meeting_id,
            {"starts_at": starts, "timezone": zone}, label or f"Move {title}")

    # -- internals ----------------------------------------------------------------------------
    def _read(self, days: tuple[date, ...], zone: str, event_id: str | None,
              include_cancelled: bool) -> list[dict[str, Any]]:
        first = local_midnight(days[0], zone)
        after = local_midnight(days[-1] + timedelta(days=1), zone)
        query = select(Meeting).where(Meeting.deleted_at.is_(None), or_(
            # A timed meeting lasts at most a day: one that began the day before may reach in.
            and_(Meeting.all_day.is_(False), Meeting.starts_at >= first - timedelta(days=1),
                 Meeting.starts_at < after),
            and_(Meeting.all_day.is_(True),
                 Meeting.starts_at >= first - timedelta(days=MAX_DAYS + 1),
                 Meeting.starts_at < after + timedelta(days=1))))
        if event_id:
            query = query.where(Meeting.event_id == event_id)
        if not include_cancelled:
            query = query.where(Meeting.status != "cancelled")
        query = query.order_by(Meeting.starts_at, Meeting.id)
        with self.crm.db.session() as session:
            return [row_to_dict(m) for m in session.scalars(query)]


def _texts(row: dict[str, Any], people: dict[str, str]) -> dict[str, str]:
    return {"subject": str(row.get("subject") or ""),
            "counterpart": people.get("people") or people.get("organisations") or "",
            "organisation": people.get("organisations") or "",
            "place": str(row.get("place") or ""), "status": str(row.get("status") or "")}


def _as_datetime(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
