"""What a parser hands to the preview: records as read from a file, not yet validated.

Parsers never touch the database; they turn a file into drafts (with the line each came
from) and refusals (a line that cannot become a record, and why).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Contact fields a file can fill directly (names as in crm_app.domain.schema).
CONTACT_TEXT_FIELDS = (
    "given_name", "family_name", "honorific", "job_title", "country", "language", "notes",
)


@dataclass(slots=True)
class ContactDraft:
    line: int
    values: dict[str, Any] = field(default_factory=dict)  # schema field -> raw value
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    organisation: str = ""
    department: str = ""
    # postal addresses as parts (kind, label, street, city, postcode, region, country)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    full_name: str = ""  # used when no structured name is given
    warnings: list[str] = field(default_factory=list)
    # (label, value) pairs with no field of their own: kept in the notes as "label: value"
    extras: list[tuple[str, str]] = field(default_factory=list)
    is_company: bool = False  # X-ABShowAs:COMPANY, KIND:org: an organisation, not a person
    # the type of an email or phone as written (raw value -> label, crm_app.domain.value_labels)
    labels: dict[str, str] = field(default_factory=dict)
    uid: str = ""  # vCard UID: the same card imported again finds the contact it made
    rev: str = ""  # vCard REV (when the card was last changed), as written

    def label(self, value: str, label: str) -> None:
        """Note the type of a value (the first one given wins)."""
        if label and value not in self.labels:
            self.labels[value] = label


@dataclass(slots=True)
class Attendee:
    email: str
    name: str = ""
    organiser: bool = False


@dataclass(slots=True)
class MeetingDraft:
    line: int
    starts_at: datetime  # aware
    timezone: str
    duration_minutes: int
    subject: str = ""
    place: str = ""
    agenda: str = ""
    status: str = "confirmed"
    uid: str = ""
    attendees: list[Attendee] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    floating: bool = False  # no zone in the file: times were read in a default zone
    all_day: bool = False  # a date-only event (DTSTART;VALUE=DATE): starts at 00:00, whole days


@dataclass(frozen=True)
class Refusal:
    line: int
    reason: str


@dataclass
class ParsedFile:
    """Everything read from one file."""

    format: str
    contacts: list[ContactDraft] = field(default_factory=list)
    meetings: list[MeetingDraft] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    encoding: str = ""
    encoding_note: str = ""  # how the encoding was chosen, for the preview
    columns: list[str] = field(default_factory=list)  # table formats: the header row
    mapping: dict[str, str] = field(default_factory=dict)  # table formats: column -> target


def split_full_name(full: str) -> tuple[str, str]:
    """'Jürgen Müller' -> ('Jürgen', 'Müller'); 'Müller, Jürgen' -> ('Jürgen', 'Müller')."""
    text = " ".join(full.split())
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    parts = text.split(" ")
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]
