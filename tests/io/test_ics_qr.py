"""Invitations (.ics) in as meetings with zone and attendees; meetings out as .ics that the
icalendar library reads back with the same zone; QR text to a contact in one step."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from crm_app.domain.errors import DomainError
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm


def test_outlook_invitation(crm: Crm, io: ImportExport, fixtures: Path) -> None:
    anna = crm.staff.create({"name": "Anna Verdi", "email": "anna.verdi@ice.example.it"})
    tanaka = crm.contacts.create({"given_name": "Hiroshi", "family_name": "Tanaka",
                                  "emails": ["hiroshi.tanaka@takeda.example.jp"]})
    preview = io.preview_file(fixtures / "invitation_outlook.ics")
    assert preview.counts()["create"] == 1 and preview.counts()["new_attendees"] == 2
    io.apply(preview)
    (meeting,) = crm.meetings.list()
    meeting = crm.meetings.get(meeting["id"])
    assert meeting["timezone"] == "Asia/Tokyo"  # from "Tokyo Standard Time"
    assert meeting["starts_at"] == datetime(2026, 10, 14, 5, 30, tzinfo=UTC).isoformat()
    assert meeting["duration_minutes"] == 45
    assert meeting["subject"] == "BIO Japan – Takeda / aziende italiane CDMO"
    assert meeting["place"] == "Pacifico Yokohama, Business Meeting Area, Table 12"
    assert meeting["agenda"].startswith("Incontro B2B alla BIO Japan: presentazione delle az")
    people = {p.get("contact_id") or p.get("staff_id"): p["role"]
              for p in meeting["participants"]}
    assert people[anna["id"]] == "staff" and people[tanaka["id"]] == "foreign"
    created = {c["family_name"]: c for c in crm.contacts.list()}
    assert created["Sato"]["given_name"] == "Kenji"  # CN "Sato, Kenji"
    assert created["Sato"]["emails"] == ["kenji.sato@daiichi.example.jp"]
    assert created["Ferrari"]["id"] in people
    # importing the same invitation again finds the meeting
    again = io.preview_file(fixtures / "invitation_outlook.ics")
    assert [r.action for r in again.rows] == ["skip"]


def test_exported_ics_keeps_zone_and_attendees(crm: Crm, io: ImportExport,
                                               tmp_path: Path) -> None:
    staff = crm.staff.create({"name": "Anna Verdi", "email": "anna@ice.example.it"})
    guest = crm.contacts.create({"given_name": "Иван", "family_name": "Петров",
                                 "emails": ["ivan@example.ru"]})
    meeting = crm.meetings.create({
        "starts_at": "2026-11-18 10:00", "timezone": "Europe/Moscow", "duration_minutes": 50,
        "subject": "Встреча", "place": "Expocentre", "status": "confirmed",
        "participants": [{"staff_id": staff["id"]}, {"contact_id": guest["id"]}]})
    path = tmp_path / "meetings.ics"
    assert io.export("ics", path) == 1
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Moscow"]
    (event,) = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Moscow"
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute) == (10, 0)
    assert start.astimezone(UTC).isoformat() == meeting["starts_at"]
    assert (event.decoded("DTEND") - start).total_seconds() == 50 * 60
    assert str(event["ORGANIZER"]) == "mailto:anna@ice.example.it"
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:ivan@example.ru" and attendee.params["CN"] == "Иван Петров"
    # and back in: a fresh database gets the same meeting
    other = Crm.open(tmp_path / "other.sqlite3")
    try:
        ImportExport(other).apply(ImportExport(other).preview_file(path))
        (copy,) = other.meetings.list()
        assert (copy["starts_at"], copy["timezone"], copy["duration_minutes"],
                copy["subject"]) == (meeting["starts_at"], "Europe/Moscow", 50, "Встреча")
    finally:
        other.close()


def test_google_event_and_broken_calendar(io: ImportExport, tmp_path: Path) -> None:
    path = tmp_path / "invite.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20261201T090000Z\r\n"
        "DTEND:20261201T100000Z\r\nSUMMARY:Call\r\nUID:x@google.com\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nSUMMARY:no start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "utf-8")
    preview = io.preview_file(path)
    assert [(r.action, r.line) for r in preview.rows] == [("create", 5), ("refuse", 11)]
    assert preview.rows[0].values["timezone"] == "UTC"
    bad = tmp_path / "bad.ics"
    bad.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\n", "utf-8")
    with pytest.raises(DomainError, match=r"(?i)calendar"):
        io.preview_file(bad)


def test_an_event_marked_private_is_refused_and_says_why(crm: Crm, io: ImportExport,
                                                        tmp_path: Path) -> None:
    """Outlook's and Google's "private" is mostly a person's own appointment: imported, it
    reached every colleague at the next sync without a word."""
    path = tmp_path / "mine.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\n"
        "SUMMARY:Takeda at the stand\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261201T120000Z\r\nDTEND:20261201T130000Z\r\n"
        "SUMMARY:Dentist\r\nCLASS:PRIVATE\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20261201T150000Z\r\nDTEND:20261201T160000Z\r\n"
        "SUMMARY:HR talk\r\nCLASS:confidential\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "utf-8")
    preview = io.preview_file(path)
    assert [(r.action, r.line) for r in preview.rows] == [
        ("create", 4), ("refuse", 10), ("refuse", 17)]
    assert [str(r.reason).split(" in its")[0] for r in preview.rows[1:]] == [
        "marked private", "marked confidential"]
    io.import_file(path)
    assert [m["subject"] for m in crm.meetings.list()] == ["Takeda at the stand"]


@pytest.mark.parametrize("text,family,given,email,phone,org", [
    (r"MECARD:N:Rossi,Mario;TEL:+390212345678;EMAIL:mario@rossi.example.it;"
     r"ORG:Rossi S.p.A.\; Milano;NOTE:badge MEDICA;;",
     "Rossi", "Mario", "mario@rossi.example.it", "+390212345678", "Rossi S.p.A.; Milano"),
    ("BIZCARD:N:Yuki;X:Sato;T:Manager;C:Eisai;E:yuki.sato@eisai.example.jp;B:+81 3 3817 3700;;",
     "Sato", "Yuki", "yuki.sato@eisai.example.jp", "+81338173700", "Eisai"),
    ("BEGIN:VCARD\nVERSION:3.0\nN:Kim;Min-jun;;;\nORG:Samsung Biologics\n"
     "EMAIL:minjun.kim@samsung.example.kr\nTEL:+82 32 455 3114\nEND:VCARD",
     "Kim", "Min-jun", "minjun.kim@samsung.example.kr", "+82324553114", "Samsung Biologics"),
])
def test_qr_text_becomes_a_contact(crm: Crm, io: ImportExport, text: str, family: str,
                                   given: str, email: str, phone: str, org: str) -> None:
    io.apply(io.preview_text(text, "qr"))
    (contact,) = crm.contacts.list()
    assert (contact["family_name"], contact["given_name"]) == (family, given)
    assert contact["emails"] == [email] and contact["phones"] == [phone]
    assert crm.organisations.get(contact["organisation_id"])["name"] == org


def test_qr_text_not_a_contact(io: ImportExport) -> None:
    with pytest.raises(DomainError, match="not a contact"):
        io.preview_text("https://example.com/badge/123", "qr")


def test_attendee_of_an_italian_company_gets_the_italian_role(crm: Crm, io: ImportExport,
                                                              fixtures: Path) -> None:
    chiesi = crm.organisations.create({"name": "Chiesi", "side": "italian", "country": "IT"})
    ferrari = crm.contacts.create({"given_name": "Marco", "family_name": "Ferrari",
                                   "organisation_id": chiesi["id"],
                                   "emails": ["marco.ferrari@chiesi.example.it"]})
    io.apply(io.preview_file(fixtures / "invitation_outlook.ics"))
    (meeting,) = crm.meetings.list()
    participants = crm.meetings.get(meeting["id"])["participants"]
    roles = {p.get("contact_id"): p["role"] for p in participants}
    assert roles[ferrari["id"]] == "italian"
    assert sorted(roles.values()) == ["foreign", "foreign", "foreign", "italian"]
