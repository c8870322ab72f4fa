"""All-day and multi-day events as Google and Outlook write them (RFC 5545 VALUE=DATE, old
Outlook's midnight-to-midnight): imported as all-day meetings, exported with VALUE=DATE and
imported again, field by field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from crm_app.io.ics import Window
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm

REAL = Path(__file__).parent / "fixtures" / "real"
FIELDS = ("subject", "all_day", "starts_at", "timezone", "duration_minutes", "place",
          "status", "agenda")


@pytest.fixture(autouse=True)
def _rome(monkeypatch: pytest.MonkeyPatch) -> None:
    """This laptop is in Rome: date-only events are days of its calendar."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    monkeypatch.setattr(Window, "default", classmethod(
        lambda cls, now=None: cls(datetime(2026, 12, 1, tzinfo=UTC),
                                  datetime(2027, 12, 1, tzinfo=UTC))))


@pytest.fixture
def second(tmp_path: Path) -> Iterator[Crm]:
    opened = Crm.open(tmp_path / "other-laptop.sqlite3")
    yield opened
    opened.close()


def _meetings(crm: Crm) -> dict[str, dict[str, Any]]:
    return {m["subject"]: {f: m[f] for f in FIELDS} for m in crm.meetings.list()}


def _import(crm: Crm, path: Path) -> dict[str, dict[str, Any]]:
    io = ImportExport(crm)
    io.apply(io.preview_file(path))
    return _meetings(crm)


def _events(path: Path) -> dict[str, set[str]]:
    """The lines of each VEVENT of a written calendar, by SUMMARY."""
    found: dict[str, set[str]] = {}
    for block in path.read_bytes().decode("utf-8").split("BEGIN:VEVENT\r\n")[1:]:
        lines = set(block.split("END:VEVENT")[0].replace("\r\n ", "").split("\r\n"))
        summary = next(x for x in lines if x.startswith("SUMMARY:"))[len("SUMMARY:"):]
        found[summary] = lines
    return found


GOOGLE = {
    "MIDO 2027": {"subject": "MIDO 2027", "all_day": True,
                  "starts_at": "2027-03-14T23:00:00+00:00", "timezone": "Europe/Rome",
                  "duration_minutes": 4 * 1440, "place": "Fiera Milano, Rho",
                  "status": "confirmed",
                  "agenda": "Italian pavilion, hall 5. Stand duty in turns."},
    "Delegation day with Confindustria": {
        "subject": "Delegation day with Confindustria", "all_day": True,
        "starts_at": "2027-04-01T22:00:00+00:00", "timezone": "Europe/Rome",
        "duration_minutes": 1440, "place": "", "status": "requested", "agenda": ""},
    # RFC 5545 3.6.1: 28 June to 9 July exclusive, eleven days
    "Festival International de Jazz de Montreal": {
        "subject": "Festival International de Jazz de Montreal", "all_day": True,
        "starts_at": "2027-06-27T22:00:00+00:00", "timezone": "Europe/Rome",
        "duration_minutes": 11 * 1440, "place": "", "status": "confirmed", "agenda": ""},
    # RFC 5545 3.6.1: a yearly date with no DTEND is one day
    "Our Blissful Anniversary": {
        "subject": "Our Blissful Anniversary", "all_day": True,
        "starts_at": "2027-11-01T23:00:00+00:00", "timezone": "Europe/Rome",
        "duration_minutes": 1440, "place": "", "status": "confirmed",
        "agenda": "Categories: ANNIVERSARY, PERSONAL, SPECIAL OCCASION"},
    "Luxottica buyers at the stand": {
        "subject": "Luxottica buyers at the stand", "all_day": False,
        "starts_at": "2027-03-16T09:30:00+00:00", "timezone": "Europe/Rome",
        "duration_minutes": 45, "place": "Fiera Milano, Rho", "status": "confirmed",
        "agenda": ""},
}
OUTLOOK = {
    "Interpack Aufbau": {"subject": "Interpack Aufbau", "all_day": True,
                         "starts_at": "2027-05-09T22:00:00+00:00", "timezone": "Europe/Rome",
                         "duration_minutes": 2 * 1440, "place": "Messe Düsseldorf",
                         "status": "confirmed",
                         "agenda": "Vorbereitung des Gemeinschaftsstands"},
    # Old Outlook: 27 March 00:00 to 29 March 00:00 in "W. Europe Standard Time", across
    # the change to summer time (47 hours): two whole days, in the file's own zone.
    "Vinitaly (vecchio Outlook)": {
        "subject": "Vinitaly (vecchio Outlook)", "all_day": True,
        "starts_at": "2027-03-26T23:00:00+00:00", "timezone": "Europe/Berlin",
        "duration_minutes": 2 * 1440, "place": "Verona", "status": "confirmed",
        "agenda": ""},
    "Termin mit Bosch Packaging": {
        "subject": "Termin mit Bosch Packaging", "all_day": False,
        "starts_at": "2027-05-11T07:00:00+00:00", "timezone": "Europe/Berlin",
        "duration_minutes": 60, "place": "Halle 12", "status": "confirmed", "agenda": ""},
}


@pytest.mark.parametrize(("name", "expected"), [("google_allday.ics", GOOGLE),
                                                ("outlook_allday.ics", OUTLOOK)])
def test_all_day_events_import_export_and_import_again_field_by_field(
        crm: Crm, second: Crm, tmp_path: Path, name: str,
        expected: dict[str, dict[str, Any]]) -> None:
    first = _import(crm, REAL / name)
    assert first == expected
    out = tmp_path / "exported.ics"
    assert ImportExport(crm).export("ics", out) == len(expected)
    events = _events(out)
    if name.startswith("google"):
        assert events["MIDO 2027"] >= {"DTSTART;VALUE=DATE:20270315",
                                       "DTEND;VALUE=DATE:20270319"}
        assert events["Festival International de Jazz de Montreal"] >= {
            "DTSTART;VALUE=DATE:20270628", "DTEND;VALUE=DATE:20270709"}
        assert "DTSTART;TZID=Europe/Rome:20270316T103000" in events[
            "Luxottica buyers at the stand"]
    else:
        assert events["Vinitaly (vecchio Outlook)"] >= {"DTSTART;VALUE=DATE:20270327",
                                                        "DTEND;VALUE=DATE:20270329"}
    # Read back on another laptop: the same days, the same fields. A date carries no zone,
    # so an all-day meeting takes the laptop's (Rome): its days and UTC start do not move.
    again = _import(second, out)
    assert again == {subject: {**values, "timezone": "Europe/Rome"} if values["all_day"]
                     else values for subject, values in first.items()}


def test_an_all_day_meeting_exported_from_tokyo_keeps_its_days_in_rome(
        crm: Crm, second: Crm, tmp_path: Path) -> None:
    crm.meetings.create({"starts_at": "2026-10-14", "timezone": "Asia/Tokyo", "all_day": True,
                         "duration_minutes": 3 * 1440, "subject": "BIO Japan"})
    out = tmp_path / "tokyo.ics"
    ImportExport(crm).export("ics", out)
    assert _events(out)["BIO Japan"] >= {"DTSTART;VALUE=DATE:20261014",
                                         "DTEND;VALUE=DATE:20261017"}
    (back,) = _import(second, out).values()
    # A date is a date: 14-16 October, now at Rome's midnight (the laptop's zone).
    assert (back["all_day"], back["starts_at"], back["timezone"], back["duration_minutes"]) == (
        True, "2026-10-13T22:00:00+00:00", "Europe/Rome", 3 * 1440)
