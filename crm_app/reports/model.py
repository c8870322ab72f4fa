"""What a report shows, as plain frozen values: built from the database by `collect`, drawn
by the renderers. Renderers never touch the database, so they are pure functions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from crm_app.domain.all_day import whole_days

PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    paper: str = "a4"
    generated_at: datetime | None = None  # shown in the footer; None = no stamp (tests)

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {', '.join(PAPERS)}")


@dataclass(frozen=True)
class Branding:
    office: str
    author: str = ""
    logo: Path | None = None


@dataclass(frozen=True)
class Person:
    name: str
    name_latin: str = ""
    title: str = ""
    organisation: str = ""
    country: str = ""  # ISO code
    email: str = ""
    phone: str = ""
    honorific: str = ""  # Dr., Prof.
    emails: tuple[str, ...] = ()  # every address, `email` is the first
    phones: tuple[str, ...] = ()  # every number, readable; `phone` is the first
    address: str = ""  # the work address on one line (else the first), for letters and visits
    # the type of each of `emails` / `phones` ("work", "mobile", a file's label; "" if none)
    email_types: tuple[str, ...] = ()
    phone_types: tuple[str, ...] = ()

    @property
    def all_emails(self) -> tuple[str, ...]:
        return self.emails or ((self.email,) if self.email else ())

    @property
    def all_phones(self) -> tuple[str, ...]:
        return self.phones or ((self.phone,) if self.phone else ())


@dataclass(frozen=True)
class FollowUpLine:
    title: str
    owner: str
    due: date | None
    status: str
    priority: str = "normal"
    overdue: bool = False
    organisation: str = ""
    contact: str = ""
    meeting: str = ""
    event: str = ""  # the meeting's event, for the follow-up list
    meeting_day: date | None = None  # the meeting's day in its own time zone
    id: str = ""  # the follow-up's record id (the audit log names what was printed)


@dataclass(frozen=True)
class MeetingData:
    id: str
    subject: str
    starts_at: datetime  # aware, in the meeting's (event's) time zone
    duration_minutes: int
    status: str
    all_day: bool = False  # date-only: starts_at is the first day's midnight, whole days
    place: str = ""
    event_name: str = ""
    event_place: str = ""
    agenda: str = ""
    minutes: str = ""
    outcome: str = ""
    interest: str = ""
    next_steps: str = ""
    foreign: tuple[Person, ...] = ()
    italian: tuple[Person, ...] = ()
    staff: tuple[Person, ...] = ()
    followups: tuple[FollowUpLine, ...] = ()
    reference: str = ""  # event code + meeting number: BJ2026-003

    @property
    def days(self) -> tuple[date, date]:
        """First and last day (an all-day meeting; a timed one has its start's day)."""
        first = self.starts_at.date()
        if not self.all_day:
            return first, first
        return first, first + timedelta(days=whole_days(self.duration_minutes) - 1)

    @property
    def counterpart(self) -> str:
        """Foreign organisations (or people) met, for one-line listings."""
        names = dict.fromkeys(p.organisation or p.name for p in self.foreign)
        return ", ".join(names)


@dataclass(frozen=True)
class FollowUpGroup:
    label: str
    items: tuple[FollowUpLine, ...]


@dataclass(frozen=True)
class FollowUpReportData:
    today: date
    group_by: str  # owner | organisation
    groups: tuple[FollowUpGroup, ...]
    filters: tuple[tuple[str, str], ...] = ()  # (label key, shown value)


@dataclass(frozen=True)
class EventMeeting:
    meeting: MeetingData
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventData:
    id: str
    name: str
    kind: str
    city: str
    country: str
    venue: str
    start_date: date | None
    end_date: date | None
    timezone: str
    meetings: tuple[EventMeeting, ...] = ()
    followups: tuple[FollowUpLine, ...] = ()
    delegation: tuple[str, ...] = field(default=())
