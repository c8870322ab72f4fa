"""Daily queries: due follow-ups, meetings of a day in a zone, timelines."""

from __future__ import annotations

from datetime import date

from crm_app.services.crm import Crm
from tests.conftest import FakeClock

TODAY = date(2026, 11, 20)


def test_overdue_and_due_this_week_by_owner(crm: Crm) -> None:
    giulia = crm.staff.create({"name": "Giulia"})["id"]
    marco = crm.staff.create({"name": "Marco"})["id"]
    for title, due, owner, status in [
        ("late", "2026-11-18", giulia, "open"), ("late done", "2026-11-10", giulia, "done"),
        ("soon", "2026-11-24", marco, "in_progress"), ("later", "2026-12-20", giulia, "open"),
        ("no date", None, marco, "open"),
    ]:
        crm.followups.create({"title": title, "due_date": due, "owner_id": owner,
                              "status": status})
    overdue = crm.queries.followups_due(overdue=True, today=TODAY)
    assert [f["title"] for f in overdue] == ["late"]
    week = crm.queries.followups_due(due_within_days=7, today=TODAY)
    assert [f["title"] for f in week] == ["late", "soon"]
    assert list(crm.queries.followups_by_owner(due_within_days=7, today=TODAY)) == [giulia, marco]
    assert [f["title"] for f in crm.queries.followups_due(owner_id=marco, today=TODAY)] == [
        "soon", "no date"]


def test_today_follows_the_clock(crm: Crm, clock: FakeClock) -> None:
    assert crm.queries.today() == date(2026, 11, 20)
    assert crm.queries.today("Pacific/Kiritimati") == date(2026, 11, 20)
    clock.advance(hours=14)
    assert crm.queries.today("Asia/Tokyo") == date(2026, 11, 21)


def test_meetings_of_a_day_use_the_given_zone(crm: Crm) -> None:
    event = crm.events.create({"name": "MEDICA", "timezone": "Europe/Berlin"})["id"]
    early = crm.meetings.create({"event_id": event, "starts_at": "2026-11-17 00:30",
                                 "subject": "early"})
    crm.meetings.create({"event_id": event, "starts_at": "2026-11-16 23:30", "subject": "eve"})
    crm.meetings.create({"starts_at": "2026-11-17 10:00", "subject": "elsewhere",
                         "timezone": "Asia/Tokyo"})
    berlin = crm.queries.meetings(event_id=event, day=date(2026, 11, 17), zone="Europe/Berlin")
    assert [m["id"] for m in berlin] == [early["id"]]
    everything = crm.queries.meetings(day=date(2026, 11, 16), zone="UTC")
    assert [m["subject"] for m in everything] == ["eve", "early"]
    next_day = crm.queries.meetings(day=date(2026, 11, 17), zone="UTC")
    assert [m["subject"] for m in next_day] == ["elsewhere"]


def test_timeline_newest_first_for_contact_and_organisation(crm: Crm, clock: FakeClock) -> None:
    org = crm.organisations.create({"name": "Samsung Bioepis", "country": "KR"})["id"]
    person = crm.contacts.create({"family_name": "Kim", "organisation_id": org})["id"]
    meeting = crm.meetings.create({"starts_at": "2026-11-01 10:00", "subject": "Intro",
                                   "participants": [{"contact_id": person}]})["id"]
    crm.followups.create({"title": "Send deck", "due_date": "2026-11-25",
                          "meeting_id": meeting})
    crm.notes.create({"body": "Prefers email\nsecond line", "contact_id": person})
    crm.notes.create({"body": "Org note", "organisation_id": org})
    contact_items = crm.queries.timeline("contact", person)
    assert [(i.kind, i.title) for i in contact_items] == [
        ("followup", "Send deck"), ("note", "Prefers email"), ("meeting", "Intro")]
    org_kinds = [i.kind for i in crm.queries.timeline("organisation", org)]
    assert sorted(org_kinds) == ["followup", "meeting", "note"]


def test_names_and_find_entity(crm: Crm) -> None:
    org = crm.organisations.create({"name": "Novartis"})["id"]
    staff = crm.staff.create({"name": "Luca"})["id"]
    assert crm.queries.names([org, staff, ""]) == {org: "Novartis", staff: "Luca"}
    assert crm.queries.find_entity(staff) == "staff"
    assert crm.queries.find_entity("nope") is None
