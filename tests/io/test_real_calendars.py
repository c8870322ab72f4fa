"""Calendars as Outlook, Apple and icalendar's own test suite write them: every event becomes
meetings or a refusal in plain words; zones, all-day, floating and repeating events kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_app.io.drafts import ParsedFile
from crm_app.io.ics import Window, parse_ics
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm

REAL = Path(__file__).parent / "fixtures" / "real"
DEC_2026 = Window.default(datetime(2026, 12, 1, tzinfo=UTC))


def _parse(name: str) -> ParsedFile:
    return parse_ics((REAL / name).read_text("utf-8"), DEC_2026, "Europe/Rome")


def test_broken_events_refused_in_plain_words_the_rest_imported(io: ImportExport) -> None:
    preview = io.preview_file(REAL / "invalid_duration.ics")
    assert [(r.line, r.action, r.reason) for r in preview.rows] == [
        (4, "refuse", "the duration is not a valid duration"),
        (11, "refuse", "the start of this event (DTSTART) is not a date or time"),
        (16, "refuse", "this event has no start (DTSTART)"),
        (20, "create", ""),
    ]
    assert preview.rows[3].values["duration_minutes"] == 60


def test_vtimezone_defined_after_the_event_is_honoured(io: ImportExport) -> None:
    preview = io.preview_file(REAL / "forward_tz_reference.ics")
    (row,) = preview.rows
    # 08:00 in the file's own New York zone (EDT, -4) is 12:00 UTC, not 08:00 UTC
    assert row.values["starts_at"] == datetime(2014, 8, 29, 12, 0, tzinfo=UTC)
    assert row.values["timezone"] == "America/New_York"
    assert row.warnings == ["the event has 2 DTSTART lines; the first is used",
                            "the event gives no end or duration; 30 minutes assumed"]


def test_outlook_invitation_rooms_lists_and_bad_addresses(crm: Crm, io: ImportExport) -> None:
    known = crm.contacts.create({"given_name": "Anna", "family_name": "Schmidt",
                                 "emails": ["Anna.Schmidt@bayer.example.de"]})
    preview = io.preview_file(REAL / "invitation_two_organizers_rooms.ics")
    (row,) = preview.rows
    assert row.values["starts_at"] == datetime(2026, 10, 14, 8, 30, tzinfo=UTC)
    assert row.values["timezone"] == "Europe/Berlin"  # "W. Europe Standard Time"
    assert row.values["place"] == "Messe Düsseldorf, Halle 3; Raum Rhein 2.14; Beamer"
    assert row.values["agenda"].splitlines() == [
        "Attendee with an invalid email: Broken Address <x@de>",
        "Invited list: Export Team <export-team@bayer.example.de>"]
    # one organiser (the first), the known attendee matched by email; no room, list or
    # invalid address becomes a contact
    assert list(preview.new_attendees) == ["klaus.weber@bayer.example.de"]
    assert {"contact_id": known["id"]} in row.participants
    io.apply(preview)
    names = sorted(f"{c['given_name']} {c['family_name']}" for c in crm.contacts.list())
    assert names == ["Anna Schmidt", "Klaus Weber"]
    assert not any("[" in n for n in names)


def test_repeating_all_day_floating_and_multi_day(io: ImportExport) -> None:
    parsed = _parse("recurring_allday_floating.ics")
    meetings = parsed.meetings
    weekly = sorted(m.starts_at for m in meetings if m.subject.startswith("Weekly call"))
    # six weeks, 18 January excluded (EXDATE), 25 January moved to 14:00 (RECURRENCE-ID)
    assert weekly == [datetime(2027, 1, 4, 8, tzinfo=UTC), datetime(2027, 1, 11, 8, tzinfo=UTC),
                      datetime(2027, 1, 25, 13, tzinfo=UTC), datetime(2027, 2, 1, 8, tzinfo=UTC),
                      datetime(2027, 2, 8, 8, tzinfo=UTC)]
    assert ("repeating events: occurrences from 2026-12-01 to 2027-12-01 imported"
            in parsed.warnings)
    medica = next(m for m in meetings if m.subject == "MEDICA 2027")
    assert medica.starts_at == datetime(2027, 11, 14, 23, tzinfo=UTC)  # 00:00 in Rome
    assert medica.all_day and medica.agenda == ""
    assert medica.duration_minutes == 4 * 24 * 60  # 15 to 18 November, its end kept
    floating = next(m for m in meetings if m.subject == "Floating meeting")
    assert (floating.starts_at, floating.timezone) == (datetime(2027, 2, 10, 14, tzinfo=UTC),
                                                       "Europe/Rome")
    assert floating.warnings == ["the file gives no time zone; the time is read in Europe/Rome "
                                 "(this laptop's zone)"]
    audit = next(m for m in meetings if m.subject == "Three-day audit")
    assert audit.agenda == "Ends: 2027-03-03 17:00 (UTC)"
    # a series that ended long ago is the office's history, not refused (issue 11's trial
    # of outside calendars lost two such series): its first year is imported, and said so
    assert parsed.refused == []
    old = [m for m in meetings if m.subject == "Ended long ago"]
    assert [m.starts_at.year for m in old] == [2010, 2011]
    assert "line 53: a repeating event outside the import's range; its occurrences from " \
           "2010-01-01 to 2011-01-01 imported" in parsed.warnings


def test_repeating_event_imports_each_occurrence(crm: Crm, io: ImportExport) -> None:
    parsed = _parse("recurring_allday_floating.ics")
    preview = io.preview(parsed, "calendar.ics")
    assert preview.counts()["create"] == 10 and preview.counts()["refuse"] == 0
    io.apply(preview)
    subjects = [m["subject"] for m in crm.meetings.list()]
    assert subjects.count("Weekly call with Milan office") == 4


@pytest.mark.parametrize("name", sorted(p.name for p in REAL.glob("*.ics")))
def test_every_calendar_in_the_corpus_previews(io: ImportExport, name: str) -> None:
    preview = io.preview_file(REAL / name)
    assert preview.rows
    for row in preview.rows:
        assert row.action in {"create", "refuse"}
        assert "Traceback" not in row.reason and "Error" not in row.reason


def test_repeat_months_sets_how_far_a_weekly_event_is_expanded(tmp_path: Path) -> None:
    from crm_app.cli.main import main as cli

    calendar = tmp_path / "weekly.ics"
    start = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y%m%dT090000Z")
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                        "BEGIN:VEVENT\r\nUID:weekly-1@example.com\r\n"
                        f"DTSTART:{start}\r\nDURATION:PT30M\r\nRRULE:FREQ=WEEKLY\r\n"
                        "SUMMARY:Distributor call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                        encoding="utf-8")
    database = tmp_path / "crm.sqlite3"
    assert cli(["--db", str(database), "init", "--plain"]) == 0
    counts = {}
    for months in (1, 12):
        crm = Crm.open(database)
        preview = ImportExport(crm).preview_file(calendar, repeat_months=months)
        crm.close()
        counts[months] = preview.counts()["create"]
        assert f"occurrences from {datetime.now(UTC):%Y-%m-%d}" in " ".join(preview.warnings)
    assert 4 <= counts[1] <= 5 and 51 <= counts[12] <= 53
