"""iCalendar (.ics) invitations in as meetings, meetings out as an .ics calendar.

Outlook names zones the Windows way ("W. Europe Standard Time") and ships a VTIMEZONE;
Google uses IANA names. A meeting keeps an IANA zone so the app shows the local time of the
place; what we write carries VTIMEZONE blocks and TZID so Outlook and Google place it right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from crm_app.domain.errors import DomainError
from crm_app.io.drafts import Attendee, MeetingDraft, ParsedFile, Refusal

STATUS_IN = {"CANCELLED": "cancelled", "TENTATIVE": "requested", "CONFIRMED": "confirmed"}
STATUS_OUT = {"cancelled": "CANCELLED", "requested": "TENTATIVE"}
PRODID = "-//Trade Office CRM//Meetings//EN"


def _zone_name(tzid: str, moment: datetime) -> str | None:
    """An IANA zone for a TZID parameter or a decoded datetime's tzinfo."""
    for candidate in (tzid, WINDOWS_TO_OLSON.get(tzid, ""), getattr(moment.tzinfo, "key", "")):
        if candidate:
            try:
                ZoneInfo(candidate)
                return str(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    if moment.tzinfo is not None and moment.utcoffset() == timedelta(0) and not tzid:
        return "UTC"
    return None


def _address(value: Any) -> Attendee | None:
    text = str(value or "").strip()
    email = re.sub(r"^mailto:", "", text, flags=re.IGNORECASE)
    if "@" not in email:
        return None
    params = getattr(value, "params", {}) or {}
    return Attendee(email=email, name=str(params.get("CN", "") or "").strip())


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def event_to_draft(event: Any, line: int, cancelled: bool) -> MeetingDraft:
    if event.get("DTSTART") is None:
        raise ValueError("the event has no start (DTSTART)")
    start = event.decoded("DTSTART")
    warnings: list[str] = []
    tzid = str(event["DTSTART"].params.get("TZID", "") or "")
    if isinstance(start, datetime):
        zone = _zone_name(tzid, start) if start.tzinfo is not None else None
        if zone is None:
            warnings.append(f"time zone {tzid or '(floating)'} not recognised; times taken as UTC")
            zone = "UTC"
            start = start.replace(tzinfo=ZoneInfo("UTC")) if start.tzinfo is None else start
        end_default = start + timedelta(minutes=30)
    elif isinstance(start, date):
        zone = "UTC"
        start = datetime(start.year, start.month, start.day, tzinfo=UTC)
        end_default = start + timedelta(days=1)
        warnings.append("all-day event: imported as a day-long meeting starting at 00:00")
    else:
        raise ValueError("unreadable DTSTART")
    end: Any = event.decoded("DTEND") if event.get("DTEND") is not None else None
    if isinstance(end, date) and not isinstance(end, datetime):
        end = datetime(end.year, end.month, end.day, tzinfo=UTC)
    if isinstance(end, datetime) and end.tzinfo is None:
        end = end.replace(tzinfo=start.tzinfo)
    if end is None and event.get("DURATION") is not None:
        end = start + event.decoded("DURATION")
    minutes = int(((end or end_default) - start).total_seconds() // 60)
    if not 1 <= minutes <= 24 * 60:
        warnings.append(f"duration of {minutes} minutes out of range; set to 30")
        minutes = 30
    status = STATUS_IN.get(str(event.get("STATUS", "")).upper(), "confirmed")
    draft = MeetingDraft(
        line=line,
        starts_at=start.astimezone(UTC),
        timezone=zone,
        duration_minutes=minutes,
        subject=str(event.get("SUMMARY", "") or "").strip(),
        place=str(event.get("LOCATION", "") or "").strip(),
        agenda=str(event.get("DESCRIPTION", "") or "").strip(),
        status="cancelled" if cancelled else status,
        uid=str(event.get("UID", "") or ""),
        warnings=warnings,
    )
    organiser = _address(event.get("ORGANIZER"))
    if organiser is not None:
        organiser.organiser = True
        draft.attendees.append(organiser)
    seen = {organiser.email.casefold()} if organiser else set()
    for value in _as_list(event.get("ATTENDEE")):
        attendee = _address(value)
        if attendee is not None and attendee.email.casefold() not in seen:
            seen.add(attendee.email.casefold())
            draft.attendees.append(attendee)
    return draft


def parse_ics(text: str) -> ParsedFile:
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # icalendar raises ValueError/KeyError/IndexError on bad input
        raise DomainError(f"not a readable iCalendar file ({exc})") from None
    lines = [n for n, line in enumerate(text.splitlines(), start=1)
             if line.strip().upper() == "BEGIN:VEVENT"]
    parsed = ParsedFile(format="ics")
    index = 0
    for calendar in calendars:
        cancelled = str(calendar.get("METHOD", "")).upper() == "CANCEL"
        for event in calendar.walk("VEVENT"):
            line = lines[index] if index < len(lines) else 0
            index += 1
            try:
                parsed.meetings.append(event_to_draft(event, line, cancelled))
            except (ValueError, TypeError, KeyError) as exc:
                parsed.refused.append(Refusal(line, f"unreadable event: {exc}"[:300]))
    if not parsed.meetings and not parsed.refused:
        raise DomainError("the calendar holds no event (VEVENT)")
    return parsed


# -- writing --------------------------------------------------------------------------------


def write_ics(
    meetings: Iterable[Mapping[str, Any]],
    people: Mapping[str, tuple[str, str]],
    now: datetime,
) -> bytes:
    """Meetings (dicts with starts_at ISO text, timezone, participants) as one calendar.

    `people` maps a participant's record id to (display name, email).
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for meeting in meetings:
        zone = ZoneInfo(str(meeting.get("timezone") or "UTC"))
        start = datetime.fromisoformat(str(meeting["starts_at"])).astimezone(zone)
        event = icalendar.Event()
        event.add("uid", f"{meeting['id']}@crm")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=int(meeting.get("duration_minutes") or 30)))
        event.add("summary", meeting.get("subject") or "Meeting")
        if meeting.get("place"):
            event.add("location", meeting["place"])
        if meeting.get("agenda"):
            event.add("description", meeting["agenda"])
        event.add("status", STATUS_OUT.get(str(meeting.get("status")), "CONFIRMED"))
        organiser_set = False
        for item in meeting.get("participants") or []:
            record_id = item.get("contact_id") or item.get("staff_id") or ""
            name, email = people.get(record_id, ("", ""))
            if not email:
                continue
            address = icalendar.vCalAddress(f"mailto:{email}")
            if name:
                address.params["CN"] = name
            if item.get("staff_id") and not organiser_set:
                event.add("organizer", address)
                organiser_set = True
                continue
            address.params["ROLE"] = "REQ-PARTICIPANT"
            address.params["PARTSTAT"] = "NEEDS-ACTION"
            event.add("attendee", address, encode=False)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
