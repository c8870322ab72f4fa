"""iCalendar (.ics) invitations in as meetings, meetings out as an .ics calendar.

Outlook names zones the Windows way ("W. Europe Standard Time") and ships a VTIMEZONE;
Google uses IANA names. A meeting keeps an IANA zone so the app shows the local time of the
place; what we write carries VTIMEZONE blocks and TZID so Outlook and Google place it right.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import warnings as pywarnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import icalendar
from dateutil.rrule import rruleset, rrulestr  # type: ignore[import-untyped]
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from crm_app.domain.all_day import DAY_MINUTES, MAX_DAYS, end_exclusive, first_day
from crm_app.domain.clock import local_zone
from crm_app.domain.errors import DomainError, Message, ValidationError
from crm_app.domain.normalise import normalise_email
from crm_app.io.drafts import Attendee, MeetingDraft, ParsedFile, Refusal
from crm_app.io.progress import EVERY, Progress, report
from crm_app.io.textfile import printable
from crm_app.io.vcard_repair import decode_qp

STATUS_IN = {"CANCELLED": "cancelled", "TENTATIVE": "requested", "CONFIRMED": "confirmed"}
STATUS_OUT = {"cancelled": "CANCELLED", "requested": "TENTATIVE"}
PRIVATE_CLASSES = {"PRIVATE", "CONFIDENTIAL"}
PRODID = "-//Trade Office CRM//Meetings//EN"


RECURRENCE_MONTHS = 12
MAX_OCCURRENCES = 400
NON_PERSONS = {"ROOM", "RESOURCE"}


@lru_cache(maxsize=1)
def _zones_by_length() -> list[str]:
    return sorted(available_timezones(), key=len, reverse=True)


def _zone_name(tzid: str, moment: datetime) -> str | None:
    """An IANA zone for a TZID parameter or a decoded datetime's tzinfo; a zone the file
    defines itself ("custom_America/New_York") by the IANA name inside its TZID."""
    for candidate in (tzid, WINDOWS_TO_OLSON.get(tzid, ""), getattr(moment.tzinfo, "key", "")):
        if candidate:
            try:
                ZoneInfo(candidate)
                return str(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    if tzid:
        inside = next((z for z in _zones_by_length() if "/" in z and z in tzid), None)
        if inside:
            return inside
    if moment.tzinfo is not None and moment.utcoffset() == timedelta(0) and not tzid:
        return "UTC"
    return None


def _calendar_zone(calendar: Any) -> str | None:
    """The zone a calendar says it is kept in (X-WR-TIMEZONE, Google and Apple), if known."""
    name = str(calendar.get("X-WR-TIMEZONE", "") or "").strip()
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def _address(value: Any) -> Attendee | None:
    text = str(value or "").strip()
    email = re.sub(r"^mailto:", "", text, flags=re.IGNORECASE).strip()
    if not email.startswith('"'):
        # an address has no spaces: "hcabot@ example.com" is a line folded with two spaces
        # (the fold takes one, the other stays), not an invalid attendee
        email = re.sub(r"\s+", "", email)
    if not email:
        return None
    params = getattr(value, "params", {}) or {}
    name = str(params.get("CN", "") or "").strip().strip('"')
    if "@" in name and " " not in name:
        # Google writes the address as the name of a guest it knows no name for
        # (CN=jane.doe@gmail.com): the contact is named from the address, not "jane.doe@…"
        name = ""
    return Attendee(email=email, name=name)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _one(event: Any, name: str, warnings: list[str]) -> Any:
    """A property that may appear once; a second copy is ignored with a warning."""
    values = _as_list(event.get(name))
    if len(values) > 1:
        warnings.append(Message("the event has {count} {name} lines; the first is used",
                                count=len(values), name=name))
    return values[0] if values else None


@dataclass
class Window:
    """Recurring events import their occurrences between these instants."""

    start: datetime
    end: datetime

    @classmethod
    def default(cls, now: datetime | None = None, months: int = RECURRENCE_MONTHS) -> Window:
        begin = (now or datetime.now(UTC)).astimezone(UTC)
        return cls(begin, begin + timedelta(days=round(months * 30.44)))

    def describe(self) -> str:
        return f"{self.start:%Y-%m-%d} to {self.end:%Y-%m-%d}"

    def ends(self) -> dict[str, str]:
        """The first and last day, as a Message's {start} and {end}."""
        return {"start": f"{self.start:%Y-%m-%d}", "end": f"{self.end:%Y-%m-%d}"}


class EventRefused(Exception):
    """This event cannot become a meeting; the message (a Message) says why in plain words."""

    @property
    def reason(self) -> str:
        """The Message given (the import dialog shows it translated)."""
        given = self.args[0] if self.args else ""
        return given if isinstance(given, Message) else str(self)


def _dt(prop: Any) -> Any:
    """The decoded value of a date/time/duration property; None when the file's text is not
    one (icalendar raises on broken properties)."""
    try:
        return getattr(prop, "dt", None)
    except Exception:  # icalendar's BrokenCalendarProperty and parse errors of any kind
        return None


@dataclass
class Timing:
    start: datetime  # aware
    zone: str
    length: timedelta
    all_day: bool = False
    floating: bool = False
    end_day: date | None = None  # all-day: the day after the last one (DTEND;VALUE=DATE)


def _outlook_all_day(event: Any, timing: Timing, end: datetime | None) -> None:
    """Older Outlook writes an all-day event as local midnight to midnight with
    X-MICROSOFT-CDO-ALLDAYEVENT:TRUE instead of VALUE=DATE; it is all day as well."""
    if timing.all_day or str(event.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() != "TRUE":
        return
    zone = ZoneInfo(timing.zone)
    first = timing.start.astimezone(zone)
    last = (end if end is not None else first + timing.length).astimezone(zone)
    if first.time() == time() and last.time() == time() and last.date() > first.date():
        timing.all_day, timing.start, timing.end_day = True, first, last.date()


def _timing(event: Any, default_zone: str, warnings: list[str],
            calendar_zone: str | None = None) -> Timing:
    prop = _one(event, "DTSTART", warnings)
    if prop is None:
        raise EventRefused(Message("this event has no start (DTSTART)"))
    start = _dt(prop)
    if not isinstance(start, date):
        raise EventRefused(Message("the start of this event (DTSTART) is not a date or time"))
    tzid = str(getattr(prop, "params", {}).get("TZID", "") or "")
    timing = Timing(start if isinstance(start, datetime) else datetime.combine(start, time()),
                    default_zone, timedelta(minutes=30))
    if not isinstance(start, datetime):
        timing.all_day, timing.length = True, timedelta(days=1)
        timing.start = timing.start.replace(tzinfo=ZoneInfo(default_zone))
    elif start.tzinfo is None:
        timing.floating = True
        timing.start = start.replace(tzinfo=ZoneInfo(default_zone))
    else:
        zone = _zone_name(tzid, start)
        if zone and tzid.startswith("/") and zone != tzid and zone in tzid:
            # a globally unique TZID (RFC 5545 3.8.3.1), Evolution's
            # /softwarestudio.org/Olson_20011030_5/Pacific/Auckland: a guess, said on the row
            # (icalendar logs its own only the first time it meets the id)
            warnings.append(Message("time zone {value!r} is read as {zone}, the zone name "
                                    "inside it", value=printable(tzid), zone=zone))
        if zone is None:
            warnings.append(Message("time zone {value!r} has no known name; the time is "
                                    "right but shown in UTC", value=printable(tzid)))
            zone = "UTC"
        elif ZoneInfo(zone).utcoffset(start.replace(tzinfo=None)) != start.utcoffset():
            # the file's own VTIMEZONE fixes the instant; a name that disagrees with it would
            # show another wall time than the sender's, so the instant is shown in UTC
            warnings.append(Message("time zone {value!r} is defined in the file with another "
                                    "offset than {zone}'s; the time is right but shown in UTC",
                                    value=printable(tzid), zone=zone))
            zone = "UTC"
        if zone == "UTC" and not tzid and calendar_zone:
            # Google writes every time in UTC and the calendar's zone apart (X-WR-TIMEZONE):
            # the instant is the file's, the meeting is shown in the calendar's zone
            zone = calendar_zone
        timing.zone = zone
    end_prop = _one(event, "DTEND", warnings)
    duration_prop = _one(event, "DURATION", warnings)
    if end_prop is not None:
        end = _dt(end_prop)
        if not isinstance(end, date):
            raise EventRefused(Message("the end of this event (DTEND) is not a date or time"))
        if not isinstance(end, datetime):
            if timing.all_day:
                timing.end_day = end
            end = datetime.combine(end, time(), tzinfo=timing.start.tzinfo)
        elif end.tzinfo is None:
            end = end.replace(tzinfo=timing.start.tzinfo)
        timing.length = end - timing.start
    elif duration_prop is not None:
        length = _dt(duration_prop)
        if not isinstance(length, timedelta):
            raise EventRefused(Message("the duration is not a valid duration"))
        timing.length = length
        end = None
    else:
        end = None
        if not timing.all_day:  # RFC 5545: it ends when it starts; a meeting needs a length
            warnings.append(Message("the event gives no end or duration; 30 minutes assumed"))
    if timing.length < timedelta(0):
        raise EventRefused(Message("the event ends before it starts"))
    if timing.all_day and timing.end_day is None:  # DURATION:P3D or no end (one day)
        timing.end_day = timing.start.date() + timedelta(days=max(1, timing.length.days))
    _outlook_all_day(event, timing, end if isinstance(end, datetime) else None)
    return timing


def _until_fixed(rule: str, naive: bool) -> str:
    """dateutil wants UNTIL naive for a naive start and in UTC for an aware one; files
    write either."""
    def fix(match: re.Match[str]) -> str:
        day, clock = match.group(1), (match.group(2) or "T235959").rstrip("Z")
        return f"UNTIL={day}{clock}" + ("" if naive else "Z")

    return re.sub(r"UNTIL=(\d{8})(T\d{6}Z?)?", fix, rule)


def _occurrences(event: Any, timing: Timing, window: Window) -> list[datetime] | None:
    """Starts of a recurring event inside the window; None when it does not recur. All-day
    and floating events repeat on the wall clock, so they are expanded without a zone."""
    rules = _as_list(event.get("RRULE"))
    rdates = _as_list(event.get("RDATE"))
    if not rules and not rdates:
        return None
    naive = timing.all_day or timing.floating
    zone = timing.start.tzinfo
    start = timing.start.replace(tzinfo=None) if naive else timing.start
    found = rruleset()
    try:
        for rule in rules:
            found.rrule(rrulestr(_until_fixed(rule.to_ical().decode(), naive), dtstart=start))
    except (ValueError, TypeError) as exc:
        raise EventRefused(Message("the repeat rule (RRULE) is not readable ({reason})",
                                   reason=printable(str(exc)))) from None
    exdates = _as_list(event.get("EXDATE"))
    for group, add in [(g, found.rdate) for g in rdates] + [(g, found.exdate) for g in exdates]:
        for item in getattr(group, "dts", []):
            moment = item.dt[0] if isinstance(item.dt, tuple) else item.dt
            if not isinstance(moment, datetime):
                moment = datetime.combine(moment, start.timetz())
            if naive:
                moment = moment.replace(tzinfo=None) if moment.tzinfo is None else \
                    moment.astimezone(zone).replace(tzinfo=None)
            elif moment.tzinfo is None:
                moment = moment.replace(tzinfo=zone)
            add(moment)
    low, high = window.start, window.end
    if naive:
        low = low.astimezone(zone).replace(tzinfo=None)
        high = high.astimezone(zone).replace(tzinfo=None)
    result: list[datetime] = []
    for moment in found.xafter(low, inc=True) if hasattr(found, "xafter") else found:
        if moment > high or len(result) > MAX_OCCURRENCES:
            break
        if moment >= low:
            result.append(moment.replace(tzinfo=zone) if naive else moment)
    return result


def _people(event: Any, draft: MeetingDraft, warnings: list[str]) -> list[str]:
    """Organiser and attendees as participants; rooms go to the place, mailing lists and
    invalid addresses to the agenda. Returns agenda lines."""
    agenda: list[str] = []
    rooms: list[str] = []
    seen: set[str] = set()
    organisers = _as_list(event.get("ORGANIZER"))
    if len(organisers) > 1:
        warnings.append(Message("the event has {count} organisers; the first is used",
                                count=len(organisers)))
    values = [(v, True) for v in organisers[:1]] + [(v, False) for v in
                                                      _as_list(event.get("ATTENDEE"))]
    for value, is_organiser in values:
        person = _address(value)
        if person is None:
            continue
        kind = str((getattr(value, "params", {}) or {}).get("CUTYPE", "")).upper()
        shown = person.name or person.email
        if kind in NON_PERSONS:
            rooms.append(shown)
            continue
        if kind == "GROUP":
            agenda.append(f"Invited list: {shown} <{person.email}>")
            warnings.append(Message("{email} is a mailing list; not added as a contact",
                                    email=person.email))
            continue
        try:
            person.email = normalise_email("email", person.email)
        except ValidationError:
            agenda.append(f"Attendee with an invalid email: {shown} <{person.email}>")
            warnings.append(Message("attendee email {value!r} is not valid; kept in the agenda, "
                                    "not as a contact", value=printable(person.email)))
            continue
        if person.email.casefold() in seen:
            continue
        seen.add(person.email.casefold())
        answer = str((getattr(value, "params", {}) or {}).get("PARTSTAT", "")).upper()
        if answer == "DECLINED" and not is_organiser:
            # said no: not at the table, but the invitation is still the office's record
            agenda.append(f"Declined: {shown} <{person.email}>")
            continue
        person.organiser = is_organiser
        draft.attendees.append(person)
    if rooms:
        draft.place = "; ".join(p for p in [draft.place, *[r for r in rooms
                                                          if r not in draft.place]] if p)
    return agenda


def _base64_text(text: str) -> str:
    """The text a base64 value holds; the value as written when it holds none."""
    try:
        return base64.b64decode(text, validate=True).decode("utf-8").strip() or text
    except (ValueError, UnicodeDecodeError):
        return text


def _categories(event: Any) -> list[str]:
    """CATEGORIES:Holiday, CATEGORIES:Foo,Bar (one line or several), each once."""
    found: list[str] = []
    for item in _as_list(event.get("CATEGORIES")):
        encoded = str((getattr(item, "params", {}) or {}).get("ENCODING", "")).upper()
        for word in getattr(item, "cats", None) or [item]:
            text = str(word or "").strip()
            if encoded in {"BASE64", "B"}:  # CATEGORIES;ENCODING=BASE64:U2V2ZW4= is "Seven"
                text = _base64_text(text)
            if text and text not in found:
                found.append(text)
    return found


_QP_HEAD = re.compile(r"^([A-Za-z0-9-]+(?:;[^:]*)?;(?:ENCODING=)?QUOTED-PRINTABLE(?:;[^:]*)?):",
                      re.IGNORECASE)


def _decoded_qp(text: str) -> str:
    """vCalendar 1.0 (Outlook's .vcs) writes text as QUOTED-PRINTABLE, its lines broken by
    soft "=" breaks that are no iCalendar folds: such a value is joined, decoded in its
    CHARSET and written back as iCalendar text, or the parser keeps only its first line."""
    if "QUOTED-PRINTABLE" not in text.upper():
        return text
    lines = text.splitlines()
    out: list[str] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        match = _QP_HEAD.match(line)
        n += 1
        if match is None:
            out.append(line)
            continue
        head, value = match.group(1), line[match.end():]
        while value.endswith("=") and n < len(lines):
            value = value[:-1] + lines[n]
            n += 1
        params = head.split(";")
        charset = next((p.split("=", 1)[1] for p in params if p.upper().startswith(
            "CHARSET=")), "utf-8")
        kept = [p for p in params if p.upper() not in {"ENCODING=QUOTED-PRINTABLE",
                                                         "QUOTED-PRINTABLE"}
                and not p.upper().startswith("CHARSET=")]
        plain = decode_qp(value.removesuffix("="), charset)
        plain = plain.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        plain = plain.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
        out.append(";".join(kept) + ":" + plain)
    return "\r\n".join(out) + "\r\n"


def _text(event: Any, name: str, warnings: list[str]) -> str:
    value = _one(event, name, warnings)
    return str(value or "").strip()


def event_to_drafts(event: Any, line: int, cancelled: bool, window: Window,
                    default_zone: str, calendar_zone: str | None = None
                    ) -> tuple[list[MeetingDraft], list[str]]:
    """Meetings of one VEVENT (several for a recurring one) and file-level notes.
    `calendar_zone`: the calendar's own zone (X-WR-TIMEZONE); floating and all-day times
    are read in it rather than in `default_zone` (the laptop's)."""
    warnings: list[str] = []
    privacy = str(event.get("CLASS", "")).strip().upper()
    if privacy in PRIVATE_CLASSES:
        # Outlook's and Google's "private" is mostly a person's own appointment; a meeting
        # here is read by the whole team after the next sync, so it is not taken unasked.
        raise EventRefused(Message(
            "marked {value} in its calendar: not imported, as meetings are shared with the "
            "team at the next sync (to import it, remove the mark and export it again)",
            value=privacy.lower()))
    timing = _timing(event, calendar_zone or default_zone, warnings, calendar_zone)
    agenda_lines: list[str] = []
    minutes = int(timing.length.total_seconds() // 60)
    if timing.all_day:
        # Whole days on the calendar (a DST change makes one of them 23 or 25 hours).
        assert timing.end_day is not None
        days = max(1, (timing.end_day - timing.start.date()).days)
        if days > MAX_DAYS:
            warnings.append(Message("the all-day event lasts {count} days; kept for {most}",
                                    count=days, most=MAX_DAYS))
            days = MAX_DAYS
        minutes = days * DAY_MINUTES
    elif minutes > DAY_MINUTES:
        end = (timing.start + timing.length).astimezone(ZoneInfo(timing.zone))
        agenda_lines.append(f"Ends: {end:%Y-%m-%d %H:%M} ({timing.zone})")
        warnings.append(Message("the event lasts more than a day; the meeting keeps 24 hours "
                                "and the end is in the agenda"))
    if timing.floating and calendar_zone:
        warnings.append(Message("the event gives no time zone; the time is read in {zone}, "
                                "the calendar's zone (X-WR-TIMEZONE)", zone=timing.zone))
    elif timing.floating:
        warnings.append(Message("the file gives no time zone; the time is read in {zone} "
                                "(this laptop's zone)", zone=timing.zone))
    if not timing.all_day:
        minutes = min(max(minutes, 1), DAY_MINUTES) if minutes else 30
    status = STATUS_IN.get(_text(event, "STATUS", warnings).upper(), "confirmed")
    base = MeetingDraft(
        line=line, starts_at=timing.start.astimezone(UTC), timezone=timing.zone,
        duration_minutes=minutes, subject=_text(event, "SUMMARY", warnings),
        place=_text(event, "LOCATION", warnings),
        agenda=_text(event, "DESCRIPTION", warnings),
        status="cancelled" if cancelled else status, uid=_text(event, "UID", warnings),
        warnings=warnings, floating=timing.floating, all_day=timing.all_day)
    agenda_lines += _people(event, base, warnings)
    categories = _categories(event)
    if categories:  # meetings have no tags: the event's own words are kept in the agenda
        agenda_lines.append(f"Categories: {', '.join(categories)}")
    # the event's page (a fair's programme, a webinar's address): meetings have no link field
    agenda_lines += [f"Link: {link}" for link in dict.fromkeys(
        str(item).strip() for item in _as_list(event.get("URL"))) if link]
    if agenda_lines:
        base.agenda = "\n".join(p for p in [base.agenda, *agenda_lines] if p)
    starts = _occurrences(event, timing, window)
    if starts is None:
        return [base], []
    notes: list[str] = []
    if not starts:
        # A series wholly before (or after) the window: its history is still the office's
        # record, so the same span is taken from the series' own first occurrence.
        first = timing.start.astimezone(UTC)
        window = Window(first, first + (window.end - window.start))
        starts = _occurrences(event, timing, window) or []
        if not starts:
            raise EventRefused(Message("a repeating event with no occurrence from {start} to "
                                       "{end}; nothing imported for it", **window.ends()))
        notes.append(Message("line {line}: a repeating event outside the import's range; its "
                             "occurrences from {start} to {end} imported", line=line,
                             **window.ends()))
    if len(starts) > MAX_OCCURRENCES:
        starts = starts[:MAX_OCCURRENCES]
        notes.append(Message("line {line}: only the first {count} occurrences imported",
                             line=line, count=MAX_OCCURRENCES))
    drafts = [replace(base, starts_at=moment.astimezone(UTC), attendees=list(base.attendees),
                      warnings=[*warnings, Message(
                          "occurrence {number} of {count} of a repeating event ({start} to "
                          "{end})", number=n, count=len(starts), **window.ends())])
              for n, moment in enumerate(starts, start=1)]
    return drafts, notes


def _override_key(event: Any) -> tuple[str, datetime] | None:
    """(UID, original start) of a changed occurrence (RECURRENCE-ID)."""
    recurrence = event.get("RECURRENCE-ID")
    moment = _dt(recurrence)
    if not isinstance(moment, date):
        return None
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(), tzinfo=UTC)
    return str(event.get("UID", "")), moment


NOT_MEETINGS = ("VTODO", "VJOURNAL")


def _not_meetings(text: str, calendars: Iterable[Any]) -> list[Refusal]:
    """To-dos and journal entries of a calendar (Thunderbird and Evolution keep them in the
    same file): refused with their line and summary, never left out without a word."""
    lines = [(n, line.strip().upper()[6:]) for n, line in enumerate(text.splitlines(), 1)
             if line.strip().upper() in {f"BEGIN:{k}" for k in NOT_MEETINGS}]
    found: list[Refusal] = []
    for calendar in calendars:
        for item in calendar.walk():
            if item.name not in NOT_MEETINGS:
                continue
            at = next((i for i, (_, kind) in enumerate(lines) if kind == item.name), None)
            line = lines.pop(at)[0] if at is not None else 0
            summary = printable(str(item.get("SUMMARY", "") or "").strip()) or "-"
            found.append(Refusal(line, Message(
                "a to-do (VTODO) is not a meeting; not imported: {value!r}", value=summary)
                if item.name == "VTODO" else Message(
                "a journal entry (VJOURNAL) is not a meeting; not imported: {value!r}",
                value=summary)))
    return found


_GLOBAL_TZID = re.compile(r"Timezone '[^']*' is a globally unique TZID; guessing it means")


def _library_note(text: str) -> Message | None:
    """A note of the icalendar library as a sentence of ours (translated, whole); None for
    its guess of a zone inside a TZID, which the event's row states itself."""
    if _GLOBAL_TZID.search(text):
        return None
    return Message("the calendar reader noted: {reason}", reason=printable(text, 300))


@contextmanager
def _library_notes(notes: list[str]) -> Iterator[None]:
    """icalendar's warnings and log lines (time-zone guesses) become preview warnings."""
    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            note = _library_note(record.getMessage())
            if note is not None:
                notes.append(note)

    logger = logging.getLogger("icalendar")
    handler, saved = _Collect(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with pywarnings.catch_warnings(record=True) as recorded:
            pywarnings.simplefilter("always")
            yield
        notes.extend(n for w in recorded if (n := _library_note(str(w.message))) is not None)
    finally:
        logger.removeHandler(handler)
        logger.propagate = saved


def parse_ics(text: str, window: Window | None = None, default_zone: str | None = None,
              progress: Progress | None = None, stop: threading.Event | None = None
              ) -> ParsedFile:
    """Meetings of a calendar; every event becomes meetings or a refusal with a reason.
    `progress` hears events read of the file's; `stop` cancels."""
    window = window or Window.default()
    zone = default_zone or local_zone()
    parsed = ParsedFile(format="ics")
    with _library_notes(parsed.warnings):
        try:
            calendars = icalendar.Calendar.from_ical(_decoded_qp(text), multiple=True)
        except Exception as exc:  # icalendar raises ValueError/KeyError/IndexError on bad input
            raise DomainError("not a readable iCalendar file ({reason})",
                              reason=printable(str(exc))) from None
        lines = [n for n, line in enumerate(text.splitlines(), start=1)
                 if line.strip().upper() == "BEGIN:VEVENT"]
        index = 0
        events: list[tuple[Any, int, bool, str | None]] = []
        for calendar in calendars:
            cancelled = str(calendar.get("METHOD", "")).upper() == "CANCEL"
            own_zone = _calendar_zone(calendar)
            for event in calendar.walk("VEVENT"):
                events.append((event, lines[index] if index < len(lines) else 0, cancelled,
                               own_zone))
                index += 1
        parsed.refused.extend(_not_meetings(text, calendars))
        overrides = {key: line for event, line, _, _ in events
                     if (key := _override_key(event)) is not None}
        for number, (event, line, cancelled, own_zone) in enumerate(events):
            if number % EVERY == 0:
                report(progress, stop, number, len(events), "reading the file")
            try:
                drafts, notes = event_to_drafts(event, line, cancelled, window, zone,
                                                own_zone)
            except EventRefused as exc:
                parsed.refused.append(Refusal(line, exc.reason))
                continue
            except Exception as exc:  # a value icalendar could not read, in any property
                parsed.refused.append(Refusal(line, Message(
                    "this event could not be read ({reason})",
                    reason=printable(str(exc)) or type(exc).__name__)))
                continue
            if _override_key(event) is None and len(drafts) > 1:
                uid = str(event.get("UID", ""))
                drafts = [d for d in drafts if (uid, d.starts_at) not in overrides
                          or overrides[(uid, d.starts_at)] == line]
            parsed.meetings.extend(drafts)
            parsed.warnings.extend(notes)
    reminders = sum(len(event.walk("VALARM")) for event, _, _, _ in events)
    if reminders:  # Outlook, Thunderbird and Evolution put one on most events
        parsed.warnings.append(Message("{count} reminder(s) (VALARM) not imported: the app "
                                       "keeps no reminders", count=reminders))
    if any(len(m.warnings) and window.describe() in m.warnings[-1] for m in parsed.meetings):
        parsed.warnings.append(Message("repeating events: occurrences from {start} to {end} "
                                       "imported", **window.ends()))
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
        if meeting.get("all_day"):
            # DTSTART;VALUE=DATE / DTEND;VALUE=DATE, the end the day after the last one.
            moment = datetime.fromisoformat(str(meeting["starts_at"]))
            event.add("dtstart", first_day(moment, zone.key))
            event.add("dtend", end_exclusive(moment, zone.key, meeting.get("duration_minutes")))
        else:
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(
                minutes=int(meeting.get("duration_minutes") or 30)))
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
