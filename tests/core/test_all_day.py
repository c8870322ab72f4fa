"""All-day (date-only) and multi-day meetings through the services, on a real database file."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from crm_app.domain.all_day import day_range
from crm_app.domain.errors import ValidationError
from crm_app.services.crm import Crm


def test_an_all_day_meeting_starts_at_the_zone_midnight_and_lasts_whole_days(
        crm: Crm, db_path: Path) -> None:
    meeting = crm.meetings.create({"starts_at": "2026-03-10 15:45", "timezone": "Europe/Rome",
                                   "all_day": True, "duration_minutes": 90,
                                   "subject": "Fiera"})
    assert meeting["all_day"] is True
    assert meeting["starts_at"] == "2026-03-09T23:00:00+00:00"  # 00:00 in Rome (CET)
    assert meeting["duration_minutes"] == 1440  # a part of a day is the whole day
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT all_day, starts_at, timezone FROM meeting").fetchone() == (
            1, "2026-03-09 23:00:00.000000", "Europe/Rome")


def test_a_multi_day_meeting_keeps_its_last_day_across_a_dst_change(crm: Crm) -> None:
    # Rome moves to summer time on 29 March 2026: the fair still ends on its third day.
    meeting = crm.meetings.create({"starts_at": "2026-03-28", "timezone": "Europe/Rome",
                                   "all_day": "yes", "duration_minutes": 3 * 1440})
    assert meeting["starts_at"] == "2026-03-27T23:00:00+00:00"
    stored = crm.meetings.get(meeting["id"])
    first, last = day_range(datetime.fromisoformat(stored["starts_at"]), "Europe/Rome",
                            stored["duration_minutes"])
    assert (first, last) == (date(2026, 3, 28), date(2026, 3, 30))


def test_new_meetings_have_a_time_and_a_timed_meeting_lasts_at_most_a_day(crm: Crm) -> None:
    timed = crm.meetings.create({"starts_at": "2026-03-10 10:00", "timezone": "Asia/Tokyo"})
    assert timed["all_day"] is False
    assert timed["starts_at"] == "2026-03-10T01:00:00+00:00"
    with pytest.raises(ValidationError, match="at most 1440 minutes"):
        crm.meetings.update(timed["id"], {"duration_minutes": 2000})
    with pytest.raises(ValidationError, match="not yes or no"):
        crm.meetings.update(timed["id"], {"all_day": "maybe"})
    assert crm.meetings.get(timed["id"])["duration_minutes"] == 30


def test_marking_all_day_snaps_to_the_day_and_a_zone_change_keeps_the_day(crm: Crm) -> None:
    timed = crm.meetings.create({"starts_at": "2026-10-14 22:30", "timezone": "Asia/Tokyo",
                                 "duration_minutes": 45})
    day = crm.meetings.update(timed["id"], {"all_day": True})
    assert day["starts_at"] == "2026-10-13T15:00:00+00:00"  # 14 Oct 00:00 in Tokyo
    assert day["duration_minutes"] == 1440
    moved = crm.meetings.update(timed["id"], {"timezone": "America/New_York"})
    assert moved["starts_at"] == "2026-10-14T04:00:00+00:00"  # still 14 Oct, in New York
    longer = crm.meetings.update(timed["id"], {"duration_minutes": 2 * 1440 + 1})
    assert longer["duration_minutes"] == 3 * 1440
    with pytest.raises(ValidationError, match="mark it all day"):
        crm.meetings.update(timed["id"], {"all_day": False})
    back = crm.meetings.update(timed["id"], {"all_day": False, "duration_minutes": 60})
    assert (back["all_day"], back["starts_at"], back["duration_minutes"]) == (
        False, "2026-10-14T04:00:00+00:00", 60)


def test_a_day_lists_the_all_day_meetings_covering_it_first(crm: Crm) -> None:
    fair = crm.meetings.create({"starts_at": "2026-10-14", "timezone": "Asia/Tokyo",
                                "all_day": True, "duration_minutes": 3 * 1440})
    talk = crm.meetings.create({"starts_at": "2026-10-15 09:00", "timezone": "Europe/Rome"})
    def on(day: int, zone: str = "Europe/Rome") -> list[str]:
        return [m["id"] for m in crm.queries.meetings(day=date(2026, 10, day), zone=zone)]

    assert on(13) == [] and on(17) == []
    assert on(14) == [fair["id"]] and on(16, "America/New_York") == [fair["id"]]
    assert on(15) == [fair["id"], talk["id"]]
