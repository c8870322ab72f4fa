"""Read what a report shows from the database, in a few bulk queries, into `model` values."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from crm_app.domain import japanese, value_labels
from crm_app.domain.address import one_line
from crm_app.domain.errors import DomainError, NotFound, ValidationError
from crm_app.domain.normalise import transliterate
from crm_app.paths import resource_path
from crm_app.reports.model import (
    Branding,
    EventData,
    EventMeeting,
    FollowUpGroup,
    FollowUpLine,
    FollowUpReportData,
    MeetingData,
    Person,
)
from crm_app.reports.source import Reader, Row, Source, chunks

if TYPE_CHECKING:  # the caller opened it; collecting needs only its database and clock
    from crm_app.services.crm import Crm

# No SQLAlchemy here: `crm report` reads through `sql_source` without loading it. A row is an
# ORM object or a plain one with the same attributes (crm_app/reports/source.py).

OPEN_STATUSES = ("open", "in_progress")


class ReportCancelled(DomainError):
    """The build was stopped through its `cancel` event; nothing was produced."""

    def __init__(self) -> None:
        super().__init__("report cancelled")


def source_of(crm: Crm | Source) -> Source:
    """A `Crm` is read through its ORM sessions; a `Source` as it is."""
    if isinstance(crm, Source):
        return crm
    from crm_app.reports.orm_source import OrmSource

    return OrmSource(crm)


def branding(crm: Crm | Source) -> Branding:
    """Office name and author from this laptop's staff profile; the bundled logo."""
    with source_of(crm).reading() as reader:
        value = reader.setting("profile")
        profile = dict(value) if isinstance(value, dict) else {}
        office = str(profile.get("office") or "")
        author = str(profile.get("name") or "")
        staff_id = profile.get("staff_id")
        if staff_id and not (office and author):
            member = reader.get("staff_member", staff_id)
            if member is not None:
                office = office or member.office
                author = author or member.name
    logo = resource_path("images", "office-logo.png")
    return Branding(office=office or "Italian Trade Agency", author=author,
                    logo=logo if logo.exists() else None)


@dataclass
class _Lookup:
    """Contacts, organisations and staff needed by a set of meetings, loaded in bulk."""

    contacts: dict[str, Row]
    organisations: dict[str, Row]
    staff: dict[str, Row]
    addresses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def load(cls, reader: Reader, contact_ids: Iterable[str], org_ids: Iterable[str],
             staff_ids: Iterable[str]) -> _Lookup:
        contacts = {c.id: c for c in reader.by_ids("contact", set(contact_ids))}
        orgs = set(org_ids) | {c.organisation_id for c in contacts.values() if c.organisation_id}
        return cls(contacts, {o.id: o for o in reader.by_ids("organisation", orgs)},
                   {s.id: s for s in reader.by_ids("staff_member", set(staff_ids))},
                   reader.addresses(set(contacts)))

    def person(self, link: Row) -> Person:
        if link.staff_id:
            member = self.staff.get(link.staff_id)
            return Person(name=member.name if member else "?", title=member.office if member
                          else "", email=member.email if member else "")
        if link.contact_id:
            return self.contact_person(link.contact_id)
        org = self.organisations.get(link.organisation_id or "")
        return Person(name="", organisation=org.name if org else "",
                      country=(org.country or "") if org else "")

    def contact_person(self, contact_id: str) -> Person:
        c = self.contacts.get(contact_id)
        if c is None:
            return Person(name="?")
        org = self.organisations.get(c.organisation_id or "")
        name = full_name(c.given_name, c.family_name, c.language)
        types = value_labels.as_dict(c.value_labels)
        # A report goes to headquarters and to the companies at the table: a person's
        # private details (home address, home phone and email) stay in the CRM.
        emails = [e for e in c.emails or [] if types.get(e, "") not in _PRIVATE]
        stored_phones = [p for p in c.phones or [] if types.get(p, "") not in _PRIVATE]
        phones = tuple(readable_phone(p) for p in stored_phones)
        return Person(
            name=name, name_latin=latin_name(c),
            title=c.job_title, organisation=org.name if org else "",
            country=c.country or (org.country if org and org.country else ""),
            email=emails[0] if emails else "", phone=phones[0] if phones else "",
            honorific=c.honorific or "", emails=tuple(emails), phones=phones,
            email_types=tuple(types.get(e, "") for e in emails),
            phone_types=tuple(types.get(p, "") for p in stored_phones),
            address=_work_address(self.addresses.get(c.id, [])))

    def staff_name(self, staff_id: str | None) -> str:
        member = self.staff.get(staff_id or "")
        return member.name if member else ""


_PRIVATE = frozenset({"home", "home fax"})


def _work_address(addresses: list[dict[str, Any]]) -> str:
    """The first work address; a home or other address is never printed."""
    chosen = next((a for a in addresses if a["kind"] == "work"), None)
    return one_line(chosen) if chosen else ""


def readable_phone(stored: str) -> str:
    """+390212345678 -> +39 02 1234 5678 (stored numbers are E.164)."""
    import phonenumbers  # 20-40 ms: loaded by the first report that shows a phone

    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return stored
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def latin_name(c: Row) -> str:
    """The Latin form typed in, else a Japanese reading for Japanese names (family name first
    as on a Japanese card: 'Yamada Taro'); other scripts print only as written."""
    typed = full_name(c.given_name_latin, c.family_name_latin, "")
    if c.language in ("ja", "zh", "ko") and typed:
        typed = " ".join(p for p in (c.family_name_latin, c.given_name_latin) if p)
    if typed:
        return typed
    native = " ".join(p for p in (c.family_name, c.given_name) if p)
    if japanese.is_japanese(native, c.language):
        return japanese.romanise(native)
    return ""


def full_name(given: str, family: str, language: str) -> str:
    """Family name first for Chinese, Japanese and Korean, as printed on their cards."""
    parts = (family, given) if language in ("zh", "ja", "ko") else (given, family)
    sep = "" if language in ("zh", "ja", "ko") else " "
    return sep.join(p for p in parts if p)


def _meeting_event(meeting: Row | None, events: dict[str, Row]) -> tuple[str, date | None]:
    """The meeting's event name and its day in the meeting's own time zone."""
    if meeting is None:
        return "", None
    event = events.get(meeting.event_id or "")
    day = meeting.starts_at.astimezone(ZoneInfo(meeting.timezone)).date()
    return (event.name if event else ""), day


def _followup_line(f: Row, lookup: _Lookup, today: date, meeting: str = "",
                   event: tuple[str, date | None] = ("", None)) -> FollowUpLine:
    org = lookup.organisations.get(f.organisation_id or "")
    contact = lookup.contact_person(f.contact_id).name if f.contact_id else ""
    if org is None and f.contact_id:
        c = lookup.contacts.get(f.contact_id)
        org = lookup.organisations.get(c.organisation_id or "") if c else None
    overdue = f.status in OPEN_STATUSES and f.due_date is not None and f.due_date < today
    return FollowUpLine(title=f.title, owner=lookup.staff_name(f.owner_id), due=f.due_date,
                        status=f.status, priority=f.priority, overdue=overdue,
                        organisation=org.name if org else "", contact=contact, meeting=meeting,
                        event=event[0], meeting_day=event[1], id=f.id)


def _meetings_data(reader: Reader, meetings: Sequence[Row], today: date,
                   event_names: dict[str, str] | None = None) -> tuple[list[MeetingData],
                                                                          _Lookup]:
    ids = [m.id for m in meetings]
    links: list[Row] = []
    followups: list[Row] = []
    for chunk in chunks(ids):
        links.extend(reader.live_by("meeting_participant", "meeting_id", chunk))
        followups.extend(reader.live_by("follow_up", "meeting_id", chunk))
    lookup = _Lookup.load(
        reader, (lk.contact_id for lk in links if lk.contact_id),
        [lk.organisation_id for lk in links if lk.organisation_id]
        + [f.organisation_id for f in followups if f.organisation_id],
        [lk.staff_id for lk in links if lk.staff_id] + [f.owner_id for f in followups
                                                         if f.owner_id])
    extra_contacts = {f.contact_id for f in followups if f.contact_id} - set(lookup.contacts)
    if extra_contacts:
        lookup.contacts.update({c.id: c for c in reader.by_ids("contact", extra_contacts)})
    by_meeting: dict[str, list[Row]] = {}
    for link in links:
        by_meeting.setdefault(link.meeting_id, []).append(link)
    follow_by_meeting: dict[str, list[Row]] = {}
    for f in sorted(followups, key=lambda f: (f.due_date or date.max, f.title)):
        follow_by_meeting.setdefault(f.meeting_id or "", []).append(f)
    result = []
    for m in meetings:
        sides: dict[str, list[Person]] = {"foreign": [], "italian": [], "staff": []}
        for link in by_meeting.get(m.id, []):
            sides.get(link.role, sides["foreign"]).append(lookup.person(link))
        for people in sides.values():
            people.sort(key=lambda p: (p.organisation, p.name))
        event_name = (event_names or {}).get(m.event_id or "", "")
        result.append(MeetingData(
            id=m.id, subject=m.subject, starts_at=m.starts_at.astimezone(ZoneInfo(m.timezone)),
            duration_minutes=m.duration_minutes, status=m.status, all_day=m.all_day,
            place=m.place,
            event_name=event_name, agenda=m.agenda, minutes=m.minutes, outcome=m.outcome,
            interest=m.interest, next_steps=m.next_steps, foreign=tuple(sides["foreign"]),
            italian=tuple(sides["italian"]), staff=tuple(sides["staff"]),
            followups=tuple(_followup_line(f, lookup, today)
                            for f in follow_by_meeting.get(m.id, []))))
    return result, lookup


def _event_place(event: Row | None) -> str:
    if event is None:
        return ""
    return ", ".join(p for p in (event.venue, event.city) if p)


def meeting_data(crm: Crm | Source, meeting_ids: Sequence[str]) -> list[MeetingData]:
    """Meetings in the order asked for; NotFound for an unknown or deleted id."""
    source = source_of(crm)
    today = source.today()
    with source.reading() as reader:
        found = {m.id: m for m in reader.by_ids("meeting", set(meeting_ids))
                 if m.deleted_at is None}
        missing = [i for i in meeting_ids if i not in found]
        if missing:
            raise NotFound("meeting", missing[0])
        meetings = [found[i] for i in meeting_ids]
        events = {e.id: e for e in reader.by_ids("event", {m.event_id or "" for m in meetings})}
        data, _ = _meetings_data(reader, meetings, today,
                                 {k: e.name for k, e in events.items()})
        numbers = _meeting_numbers(reader, list(events))
    return [replace(d, event_place=_event_place(events.get(m.event_id or "")),
                    reference=reference(events.get(m.event_id or ""), numbers.get(m.id)))
            for d, m in zip(data, meetings, strict=True)]


def _meeting_numbers(reader: Reader, event_ids: list[str]) -> dict[str, int]:
    """Each meeting's number within its event, in start order (1, 2, ...)."""
    numbers: dict[str, int] = {}
    for event_id in event_ids:
        ids = reader.meeting_order(event_id)
        numbers.update({mid: index for index, mid in enumerate(ids, start=1)})
    return numbers


def event_code(name: str, start: date | None) -> str:
    """'BIO Japan 2026' -> 'BJ2026': initials of the words, then the year."""
    words = [w for w in name.split() if not w.isdigit()]
    initials = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    latin = "".join(c for c in transliterate(initials) if c.isalnum()).upper()[:6]
    year = str(start.year) if start else next((w for w in name.split() if w.isdigit()), "")
    return f"{latin or 'EV'}{year}"


def reference(event: Row | None, number: int | None) -> str:
    if event is None or number is None:
        return ""
    return f"{event_code(event.name, event.start_date)}-{number:03d}"


def meeting_ids_of(crm: Crm, *, event_id: str | None = None, day: date | None = None) -> list[str]:
    """Meetings of an event and/or of a calendar day (in the event's zone), in start order."""
    zone = "UTC"
    if event_id:
        zone = str(crm.events.get(event_id).get("timezone") or "UTC")
    return [m["id"] for m in crm.queries.meetings(event_id=event_id, day=day, zone=zone)]


def followup_report_data(crm: Crm | Source, *, owner_id: str | None = None,
                         event_id: str | None = None, date_from: date | None = None,
                         date_to: date | None = None, group_by: str = "owner",
                         cancel: threading.Event | None = None) -> FollowUpReportData:
    """Open follow-ups matching the filters, grouped; overdue ones flagged. A set `cancel`
    stops the reading with `ReportCancelled` (checked between queries and every 500 lines)."""
    stop = cancel or threading.Event()
    if group_by not in ("owner", "organisation"):
        raise ValidationError("group_by", "group by owner or organisation")
    if date_from and date_to and date_to < date_from:
        raise ValidationError("to", "the period ends before it starts")
    source = source_of(crm)
    today = source.today()
    filters: list[tuple[str, str]] = []
    with source.reading() as reader:
        if owner_id:
            owner = reader.get("staff_member", owner_id)
            if owner is None or owner.deleted_at is not None:
                raise NotFound("staff member", owner_id)
            filters.append(("owner", owner.name))
        if event_id:
            event = reader.get("event", event_id)
            if event is None or event.deleted_at is not None:
                raise NotFound("event", event_id)
            filters.append(("event", event.name))
        if date_from or date_to:
            filters.append(("period", f"{date_from or '…'} – {date_to or '…'}"))
        items = reader.open_followups(OPEN_STATUSES, owner_id, event_id, date_from, date_to)
        stop_if(stop)
        meetings = {m.id: m for m in reader.by_ids("meeting",
                                                   {f.meeting_id or "" for f in items})}
        lookup = _Lookup.load(reader, (f.contact_id or "" for f in items),
                              (f.organisation_id or "" for f in items),
                              (f.owner_id or "" for f in items))
        events = {e.id: e for e in reader.by_ids("event", {m.event_id or "" for m in
                                                           meetings.values()})}
        stop_if(stop)
        lines = []
        for number, f in enumerate(items):
            if number % 500 == 0:
                stop_if(stop)
            lines.append(_followup_line(
                f, lookup, today,
                meetings[f.meeting_id].subject if f.meeting_id in meetings else "",
                _meeting_event(meetings.get(f.meeting_id or ""), events)))
    groups: dict[str, list[FollowUpLine]] = {}
    for line in lines:
        key = line.owner if group_by == "owner" else line.organisation
        groups.setdefault(key, []).append(line)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))
    return FollowUpReportData(today=today, group_by=group_by, filters=tuple(filters),
                              groups=tuple(FollowUpGroup(k, tuple(v)) for k, v in ordered))


def stop_if(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise ReportCancelled()


def event_data(crm: Crm | Source, event_id: str) -> EventData:
    source = source_of(crm)
    today = source.today()
    with source.reading() as reader:
        event = reader.get("event", event_id)
        if event is None or event.deleted_at is not None:
            raise NotFound("event", event_id)
        meetings = reader.event_meetings(event_id)
        data, lookup = _meetings_data(reader, meetings, today, {event.id: event.name})
        org_ids = [lk.organisation_id for lk in reader.live_by("event_delegate", "event_id",
                                                                [event_id])]
        delegation = sorted(o.name for o in reader.by_ids("organisation", set(org_ids)))
        foreign_by_name: dict[str, list[Row]] = {}
        for org in lookup.organisations.values():
            if org.side != "italian":
                foreign_by_name.setdefault(org.name, []).append(org)
        enriched = []
        for m in data:
            orgs = [o for name in {p.organisation for p in m.foreign}
                    for o in foreign_by_name.get(name, [])]
            countries = tuple(sorted({p.country for p in m.foreign if p.country}))
            sectors = tuple(sorted({s for o in orgs for s in (o.sectors or [])}))
            enriched.append(EventMeeting(m, countries, sectors))
        followups = tuple(f for m in data for f in m.followups)
        return EventData(
            id=event.id, name=event.name, kind=event.kind, city=event.city,
            country=event.country or "", venue=event.venue, start_date=event.start_date,
            end_date=event.end_date, timezone=event.timezone, meetings=tuple(enriched),
            followups=followups, delegation=tuple(delegation))
