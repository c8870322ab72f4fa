"""The Meetings calendar's core: day columns in the display zone, blocks at wall-clock
minutes, lanes for overlaps, the all-day strip, and moves through the undo history."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.domain.errors import ValidationError
from crm_app.services.calendar import (
    Block,
    CalendarService,
    assign_lanes,
    event_days,
    segments,
    slot_start,
    week_days,
)
from crm_app.services.crm import Crm
from crm_app.services.undo import UndoConflict

ROME = "Europe/Rome"
TOKYO = "Asia/Tokyo"


def _fair(crm: Crm, zone: str = TOKYO, start: str = "2026-10-14", end: str = "2026-10-16"
          ) -> dict[str, object]:
    return crm.events.create({"name": "BIO Japan", "start_date": start, "end_date": end,
                              "timezone": zone})


def _meeting(crm: Crm, event: dict[str, object] | None, start: str, minutes: int = 30,
             zone: str | None = None, **extra: object) -> str:
    values: dict[str, object] = {"starts_at": start, "duration_minutes": minutes,
                                 "subject": extra.pop("subject", f"At {start}"), **extra}
    if event is not None:
        values["event_id"] = event["id"]
    if zone:
        values["timezone"] = zone
    return str(crm.meetings.create(values)["id"])


def test_event_days_and_weeks() -> None:
    assert event_days({"start_date": "2026-10-14", "end_date": "2026-10-16"}) == (
        date(2026, 10, 14), date(2026, 10, 15), date(2026, 10, 16))
    assert event_days({"start_date": "2026-10-14", "end_date": None}) == (date(2026, 10, 14),)
    assert event_days({"start_date": None}) == ()
    week = week_days(date(2026, 10, 15))  # a Thursday
    assert week[0] == date(2026, 10, 12) and week[-1] == date(2026, 10, 18) and len(week) == 7


def test_blocks_sit_on_their_day_in_the_event_zone_with_counterpart_and_table(
        crm: Crm) -> None:
    fair = _fair(crm)
    org = crm.organisations.create({"name": "Takeda", "country": "JP"})
    guest = crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                 "organisation_id": org["id"]})
    first = _meeting(crm, fair, "2026-10-15 14:30", 45, place="Table 12",
                     participants=[{"contact_id": guest["id"]}])
    _meeting(crm, fair, "2026-10-20 10:00")  # after the fair: not in its days
    other = _fair(crm, start="2026-10-15", end="2026-10-15")
    _meeting(crm, other, "2026-10-15 09:00")  # another event's meeting
    service = CalendarService(crm)
    layout = service.layout(event_days(fair), TOKYO, event_id=str(fair["id"]))
    assert [b.meeting_id for b in layout.blocks] == [first]
    block = layout.blocks[0]
    assert (block.column, block.start_minute, block.end_minute) == (1, 14 * 60 + 30, 15 * 60 + 15)
    assert block.counterpart == "Hanako Suzuki" and block.organisation == "Takeda"
    assert block.place == "Table 12" and block.lanes == 1
    # The same meeting seen from Rome (7 hours behind in October) is at 07:30 that day.
    rome = service.layout(event_days(fair), ROME, event_id=str(fair["id"]))
    assert (rome.blocks[0].column, rome.blocks[0].start_minute) == (1, 7 * 60 + 30)
    assert len(service.layout(event_days(fair), TOKYO).blocks) == 2  # every event


def test_a_meeting_across_midnight_is_two_segments(crm: Crm) -> None:
    fair = _fair(crm)
    late = _meeting(crm, fair, "2026-10-14 23:00", 120)
    layout = CalendarService(crm).layout(event_days(fair), TOKYO)
    parts = layout.blocks_of(late)
    assert [(b.column, b.start_minute, b.end_minute) for b in parts] == [
        (0, 23 * 60, 24 * 60), (1, 0, 60)]
    assert parts[0].continues_after and not parts[0].continues_before
    assert parts[1].continues_before and not parts[1].continues_after
    # Seen from the last day alone, only the part on that day shows.
    only = CalendarService(crm).layout([date(2026, 10, 15)], TOKYO).blocks_of(late)
    assert [(b.column, b.start_minute, b.end_minute) for b in only] == [(0, 0, 60)]


def test_dst_change_days_in_rome(crm: Crm) -> None:
    fair = _fair(crm, ROME, "2026-03-28", "2026-03-29")  # summer time from 29 March 02:00
    after_jump = _meeting(crm, fair, "2026-03-29 03:30", 60)
    across_jump = _meeting(crm, fair, "2026-03-29 01:30", 60)  # ends 03:30 on the wall
    layout = CalendarService(crm).layout(event_days(fair), ROME)
    assert [(b.column, b.start_minute, b.end_minute) for b in layout.blocks_of(after_jump)] \
        == [(1, 210, 270)]
    assert [(b.column, b.start_minute, b.end_minute) for b in layout.blocks_of(across_jump)] \
        == [(1, 90, 210)]
    autumn = _fair(crm, ROME, "2026-10-25", "2026-10-25")  # 03:00 back to 02:00
    # 02:30 summer time + 60 min = 02:30 winter time: the block still lasts its hour.
    start = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    repeated = str(crm.meetings.create({"starts_at": start, "timezone": ROME,
                                        "duration_minutes": 60, "event_id": autumn["id"],
                                        "subject": "Repeated hour"})["id"])
    blocks = CalendarService(crm).layout(event_days(autumn), ROME).blocks_of(repeated)
    assert [(b.start_minute, b.end_minute) for b in blocks] == [(150, 210)]
    # Dropped into the skipped hour, a meeting starts at the first slot that exists.
    assert slot_start(date(2026, 3, 29), 150, ROME).astimezone(ZoneInfo(ROME)).hour == 3
    assert slot_start(date(2026, 3, 29), 14 * 60 + 37, ROME) == datetime(
        2026, 3, 29, 12, 30, tzinfo=UTC)  # 14:37 rounds to 14:30 CEST


def test_three_overlapping_meetings_take_three_lanes(crm: Crm) -> None:
    fair = _fair(crm)
    ids = [_meeting(crm, fair, "2026-10-14 10:00", 60),
           _meeting(crm, fair, "2026-10-14 10:15", 30),
           _meeting(crm, fair, "2026-10-14 10:30", 60)]
    alone = _meeting(crm, fair, "2026-10-14 12:00", 30)
    layout = CalendarService(crm).layout(event_days(fair), TOKYO)
    lanes = {b.meeting_id: (b.lane, b.lanes) for b in layout.blocks}
    assert sorted(lanes[i][0] for i in ids) == [0, 1, 2]
    assert {lanes[i][1] for i in ids} == {3}
    assert lanes[alone] == (0, 1)


def test_all_day_meetings_go_to_the_strip_not_the_grid(crm: Crm) -> None:
    fair = _fair(crm)
    stand = str(crm.meetings.create({"starts_at": "2026-10-13", "all_day": True,
                                     "duration_minutes": 3 * 1440, "event_id": fair["id"],
                                     "subject": "Stand duty"})["id"])
    visit = str(crm.meetings.create({"starts_at": "2026-10-15", "all_day": True,
                                     "event_id": fair["id"], "subject": "Site visit"})["id"])
    _meeting(crm, fair, "2026-10-15 10:00")
    layout = CalendarService(crm).layout(event_days(fair), TOKYO)
    assert len(layout.blocks) == 1
    strip = {i.meeting_id: (i.first_column, i.last_column, i.row) for i in layout.all_day}
    assert strip[stand] == (0, 1, 0)  # 13-15 October, clipped to the fair's first column
    assert strip[visit][:2] == (1, 1) and strip[visit][2] == 1  # shares day 15: next line
    assert layout.all_day_rows == 2


def test_move_keeps_duration_and_zone_and_is_one_undo_step(crm: Crm, db_path: Path) -> None:
    fair = _fair(crm)
    meeting = _meeting(crm, fair, "2026-10-14 10:00", 45, subject="Licensing")
    service = CalendarService(crm)
    new_start = slot_start(date(2026, 10, 15), 14 * 60 + 30, TOKYO)
    moved = service.move_meeting(meeting, new_start, "Move Licensing")
    assert moved["starts_at"] == "2026-10-15T05:30:00+00:00"
    assert moved["duration_minutes"] == 45 and moved["timezone"] == TOKYO
    assert crm.history.undo_label() == "Move Licensing"
    with sqlite3.connect(db_path) as raw:  # in the file, and in the change log for sync
        assert raw.execute("SELECT starts_at FROM meeting WHERE id = ?",
                           (meeting,)).fetchone() == ("2026-10-15 05:30:00.000000",)
    assert crm.search.search("Licensing")  # still found by search after the edit
    crm.history.undo()
    assert crm.meetings.get(meeting)["starts_at"] == "2026-10-14T01:00:00+00:00"
    crm.history.redo()
    assert crm.meetings.get(meeting)["starts_at"] == "2026-10-15T05:30:00+00:00"
    with pytest.raises(ValidationError):
        service.move_meeting(meeting, datetime(2026, 10, 15, 9, 0))  # no zone: refused


def test_moving_an_all_day_meeting_keeps_whole_days(crm: Crm) -> None:
    fair = _fair(crm)
    stand = str(crm.meetings.create({"starts_at": "2026-10-14", "all_day": True,
                                     "duration_minutes": 2 * 1440, "event_id": fair["id"],
                                     "subject": "Stand duty"})["id"])
    moved = CalendarService(crm).move_meeting(stand, date(2026, 10, 15))
    assert moved["starts_at"] == "2026-10-14T15:00:00+00:00"  # 15 Oct 00:00 in Tokyo
    assert moved["duration_minutes"] == 2 * 1440 and moved["all_day"] is True
    assert crm.history.undo_label() == "Move Stand duty"


def test_undo_of_a_move_is_refused_after_a_later_edit(crm: Crm) -> None:
    fair = _fair(crm)
    meeting = _meeting(crm, fair, "2026-10-14 10:00")
    CalendarService(crm).move_meeting(meeting, slot_start(date(2026, 10, 14), 11 * 60, TOKYO))
    crm.meetings.update(meeting, {"starts_at": "2026-10-14 16:00"})  # e.g. a sync, a form
    with pytest.raises(UndoConflict):
        crm.history.undo()
    assert crm.meetings.get(meeting)["starts_at"] == "2026-10-14T07:00:00+00:00"


# -- lanes, for any set of blocks --------------------------------------------------------------

intervals = st.lists(st.tuples(st.integers(0, 2, ), st.integers(0, 1400), st.integers(1, 240)),
                     min_size=1, max_size=25)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(intervals)
def test_overlapping_blocks_never_share_a_lane(items: list[tuple[int, int, int]]) -> None:
    now = datetime(2026, 10, 14, tzinfo=UTC)
    blocks = [Block(f"m{n}", column, start, min(1440, start + length), now, now, False, False)
              for n, (column, start, length) in enumerate(items)]
    laid = assign_lanes(blocks)
    assert sorted(b.meeting_id for b in laid) == sorted(b.meeting_id for b in blocks)
    for a in laid:
        assert 0 <= a.lane < a.lanes
        for b in laid:
            if a is b or a.column != b.column:
                continue
            if a.start_minute < b.shown_end and b.start_minute < a.shown_end:
                assert a.lane != b.lane, (a, b)
                assert a.lanes == b.lanes  # one group splits the width alike


def test_segments_of_a_meeting_cover_its_length_on_an_ordinary_day() -> None:
    days = [date(2026, 10, 14) + timedelta(days=i) for i in range(3)]
    start = datetime(2026, 10, 14, 13, 0, tzinfo=UTC)  # 22:00 in Tokyo
    parts = segments("m", start, 24 * 60, days, TOKYO)
    assert sum(p.end_minute - p.start_minute for p in parts) == 24 * 60
    assert [p.column for p in parts] == [0, 1]
