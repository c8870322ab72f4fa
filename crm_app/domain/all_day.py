"""All-day (date-only) meetings: the days they cover and how their stored values are shaped.

An all-day meeting is stored like any meeting (starts_at in UTC, the IANA zone beside it),
with starts_at at the zone's local midnight of its first day and a duration of whole days.
Its days are read on the zone's calendar, so a three-day fair across a DST change still ends
on its third day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAY_MINUTES = 24 * 60
MAX_DAYS = 366  # a year: longer "meetings" are a calendar's mistake
TRUE_WORDS = {"1", "true", "yes", "y", "on", "si", "sì"}
FALSE_WORDS = {"0", "false", "no", "n", "off"}


def whole_days(duration_minutes: int | None) -> int:
    """Days an all-day meeting covers (a partial day counts as one)."""
    minutes = int(duration_minutes or DAY_MINUTES)
    return max(1, -(-minutes // DAY_MINUTES))


def local_midnight(day: date, zone: str) -> datetime:
    """The UTC instant the day begins in `zone` (a zone whose day starts at 01:00 after a
    DST jump gets that instant: the first moment of the day that exists)."""
    start = datetime.combine(day, time(), tzinfo=ZoneInfo(zone))
    return start.astimezone(UTC)


def first_day(starts_at: datetime, zone: str) -> date:
    return starts_at.astimezone(ZoneInfo(zone)).date()


def day_range(starts_at: datetime, zone: str, duration_minutes: int | None) -> tuple[date, date]:
    """(first day, last day) of an all-day meeting, both inclusive."""
    first = first_day(starts_at, zone)
    return first, first + timedelta(days=whole_days(duration_minutes) - 1)


def end_exclusive(starts_at: datetime, zone: str, duration_minutes: int | None) -> date:
    """The day after the last one: what iCalendar's DTEND;VALUE=DATE holds."""
    return day_range(starts_at, zone, duration_minutes)[1] + timedelta(days=1)


def parse_flag(value: object) -> bool | None:
    """True/False from a bool or a word a person types; None when it is neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    text = str(value).strip().casefold()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    return None
