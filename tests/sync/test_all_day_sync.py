"""The all-day flag travels through sync, and a merge never joins a half-timed meeting."""

from __future__ import annotations

from crm_app.sync import conflicts
from tests.sync.conftest import Office


def test_two_laptops_agree_on_an_all_day_meeting_and_its_days(office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco", skew_hours=-3)
    fair = anna.crm.meetings.create({"starts_at": "2026-10-14", "timezone": "Asia/Tokyo",
                                     "all_day": True, "duration_minutes": 3 * 1440,
                                     "subject": "BIO Japan stand"})
    timed = anna.crm.meetings.create({"starts_at": "2026-10-14 10:30",
                                      "timezone": "Asia/Tokyo", "subject": "Licensing"})
    assert anna.sync(office.shared_file).sent["meeting"] == 2
    assert marco.sync(office.shared_file).received["meeting"] == 2
    got = marco.crm.meetings.get(fair["id"])
    assert (got["all_day"], got["starts_at"], got["duration_minutes"]) == (
        True, "2026-10-13T15:00:00+00:00", 4320)
    assert marco.crm.meetings.get(timed["id"])["all_day"] is False
    office.advance(minutes=10)
    # Marco makes the timed meeting all day; Anna edits the fair's subject: both survive.
    marco.crm.meetings.update(timed["id"], {"all_day": True})
    anna.crm.meetings.update(fair["id"], {"subject": "BIO Japan stand, hall 4"})
    for laptop in (marco, anna, marco):
        laptop.sync(office.shared_file)
    for laptop in (anna, marco):
        now_day = laptop.crm.meetings.get(timed["id"])
        assert (now_day["all_day"], now_day["starts_at"], now_day["duration_minutes"]) == (
            True, "2026-10-13T15:00:00+00:00", 1440)
        assert laptop.crm.meetings.get(fair["id"])["subject"] == "BIO Japan stand, hall 4"
    assert anna.dump() == marco.dump()


def test_all_day_on_one_laptop_and_a_new_length_on_another_stay_one_timing(
        office: Office) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    meeting = anna.crm.meetings.create({"starts_at": "2026-10-14 10:30",
                                        "timezone": "Asia/Tokyo", "duration_minutes": 45})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    anna.crm.meetings.update(meeting["id"], {"all_day": True, "duration_minutes": 2 * 1440})
    office.advance(minutes=5)
    marco.crm.meetings.update(meeting["id"], {"starts_at": "2026-10-14 11:00"})
    for laptop in (anna, marco, anna, marco):
        laptop.sync(office.shared_file)
    for laptop in (anna, marco):
        final = laptop.crm.meetings.get(meeting["id"])
        # Marco's later write decides the timing as a whole: a 45-minute meeting at 11:00,
        # never an "all-day" meeting starting at 11:00 for two days.
        assert (final["all_day"], final["starts_at"], final["duration_minutes"]) == (
            False, "2026-10-14T02:00:00+00:00", 45)
    assert anna.dump() == marco.dump()
    listed = conflicts.list_conflicts(anna.db) + conflicts.list_conflicts(marco.db)
    assert any(i["field"] == "all_day" for i in listed)
    anna.crm.meetings.update(meeting["id"], {"subject": "Still editable"})
