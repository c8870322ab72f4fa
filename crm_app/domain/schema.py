"""What each kind of record holds, and how a value typed by a person becomes a stored value.

One table of field specs drives validation for the services, the CLI (`--set field=value`),
the import code and the forms' inline checks, so a rule is written once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from crm_app.domain import enums
from crm_app.domain.all_day import (
    DAY_MINUTES,
    MAX_DAYS,
    first_day,
    local_midnight,
    parse_flag,
    whole_days,
)
from crm_app.domain.errors import ValidationError
from crm_app.domain.normalise import (
    clean_multiline,
    clean_text,
    normalise_country,
    normalise_email,
    normalise_language,
    normalise_phone,
    normalise_timezone,
    normalise_url,
    parse_date,
    parse_local_datetime,
)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # text, multiline, enum, enum_list, country, language, emails, email, phones,
    # date, datetime, timezone, ref, int, url, strings, bool
    label: str
    required: bool = False
    max_len: int = 300
    choices: type[StrEnum] | None = None
    ref: str | None = None  # entity name a ref points to
    min_value: int = 0
    max_value: int = 10_000


@dataclass(frozen=True)
class EntitySpec:
    name: str
    label: str
    fields: tuple[FieldSpec, ...]
    links: tuple[str, ...] = field(default=())  # set-valued relations handled by the services

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        known = ", ".join(f.name for f in self.fields)
        raise ValidationError(name, "{kind} has no field {name!r} (fields: {known})",
                              kind=self.label, name=name, known=known)


F = FieldSpec

ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec("staff", "staff member", (
            F("name", "text", "Name", required=True, max_len=200),
            F("office", "text", "Office", max_len=200),
            F("email", "email", "Email"),
        )),
        EntitySpec("tag", "tag", (
            F("name", "text", "Name", required=True, max_len=100),
            F("color", "text", "Colour", max_len=16),
        )),
        EntitySpec("organisation", "organisation", (
            F("name", "text", "Name", required=True),
            F("name_latin", "text", "Latin name"),
            F("kind", "enum", "Kind", choices=enums.OrgKind),
            F("side", "enum", "Side", choices=enums.Side),
            F("country", "country", "Country"),
            F("city", "text", "City", max_len=200),
            F("address", "multiline", "Address", max_len=2000),
            F("website", "url", "Website", max_len=500),
            F("sectors", "enum_list", "Sectors", choices=enums.Sector),
            F("notes", "multiline", "Notes", max_len=100_000),
        ), links=("tags",)),
        EntitySpec("contact", "contact", (
            F("given_name", "text", "Given name", max_len=200),
            F("family_name", "text", "Family name", max_len=200),
            F("given_name_latin", "text", "Given name (Latin)", max_len=200),
            F("family_name_latin", "text", "Family name (Latin)", max_len=200),
            F("honorific", "text", "Honorific", max_len=50),
            F("job_title", "text", "Job title"),
            F("organisation_id", "ref", "Organisation", ref="organisation"),
            F("country", "country", "Country"),
            F("emails", "emails", "Emails"),
            F("phones", "phones", "Phones"),
            F("language", "language", "Preferred language"),
            F("first_met_event_id", "ref", "First met at", ref="event"),
            F("first_met_on", "date", "First met on"),
            F("owner_id", "ref", "Owner", ref="staff"),
            F("consent_basis", "enum", "Lawful basis", choices=enums.LawfulBasis),
            F("consent_date", "date", "Consent date"),
            F("consent_source", "text", "Consent source"),
            F("consent_note", "multiline", "Consent note", max_len=5000),
            F("notes", "multiline", "Notes", max_len=100_000),
        ), links=("tags", "addresses")),
        EntitySpec("address", "address", (
            F("contact_id", "ref", "Contact", required=True, ref="contact"),
            F("kind", "enum", "Type", choices=enums.AddressKind),
            F("label", "text", "Label", max_len=200),
            F("street", "multiline", "Street", max_len=1000),
            F("city", "text", "City", max_len=200),
            F("postcode", "text", "Postcode", max_len=32),
            F("region", "text", "Region", max_len=200),
            F("country", "country", "Country"),
            F("position", "int", "Position", max_value=1000),
        )),
        EntitySpec("event", "event", (
            F("name", "text", "Name", required=True),
            F("kind", "enum", "Kind", choices=enums.EventKind),
            F("city", "text", "City", max_len=200),
            F("country", "country", "Country"),
            F("venue", "text", "Venue"),
            F("start_date", "date", "Start date"),
            F("end_date", "date", "End date"),
            F("timezone", "timezone", "Time zone"),
            F("organiser", "text", "Organiser"),
            F("notes", "multiline", "Notes", max_len=100_000),
        ), links=("delegation",)),
        EntitySpec("meeting", "meeting", (
            F("event_id", "ref", "Event", ref="event"),
            F("starts_at", "datetime", "Start", required=True),
            F("timezone", "timezone", "Time zone"),
            F("all_day", "bool", "All day"),
            # A meeting with a time lasts at most a day; an all-day one whole days (see below).
            F("duration_minutes", "int", "Duration (minutes)", min_value=1,
              max_value=MAX_DAYS * DAY_MINUTES),
            F("place", "text", "Place"),
            F("subject", "text", "Subject", max_len=500),
            F("status", "enum", "Status", choices=enums.MeetingStatus),
            F("agenda", "multiline", "Agenda", max_len=100_000),
            F("minutes", "multiline", "Minutes", max_len=100_000),
            F("outcome", "multiline", "Outcome", max_len=100_000),
            F("interest", "enum", "Interest", choices=enums.Interest),
            F("next_steps", "multiline", "Next steps", max_len=100_000),
        ), links=("participants",)),
        EntitySpec("followup", "follow-up", (
            F("title", "text", "Title", required=True, max_len=500),
            F("details", "multiline", "Details", max_len=100_000),
            F("owner_id", "ref", "Owner", ref="staff"),
            F("due_date", "date", "Due date"),
            F("priority", "enum", "Priority", choices=enums.Priority),
            F("status", "enum", "Status", choices=enums.FollowUpStatus),
            F("meeting_id", "ref", "Meeting", ref="meeting"),
            F("contact_id", "ref", "Contact", ref="contact"),
            F("organisation_id", "ref", "Organisation", ref="organisation"),
        )),
        EntitySpec("note", "note", (
            F("body", "multiline", "Text", required=True, max_len=100_000),
            F("author_id", "ref", "Author", ref="staff"),
            F("noted_at", "datetime", "Date"),
            F("contact_id", "ref", "Contact", ref="contact"),
            F("organisation_id", "ref", "Organisation", ref="organisation"),
            F("event_id", "ref", "Event", ref="event"),
            F("meeting_id", "ref", "Meeting", ref="meeting"),
        )),
    )
}

EMPTY_VALUES: dict[str, Any] = {"emails": [], "phones": [], "enum_list": [], "strings": []}


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in (p.strip() for p in value.replace(";", ",").split(",")) if part]
    return [str(v) for v in value]


def _empty(spec: FieldSpec) -> Any:
    if spec.kind == "bool":
        return False
    if spec.kind in EMPTY_VALUES:
        return []
    if spec.kind in {"text", "multiline", "url", "email", "language"} or spec.kind == "enum":
        return ""
    return None


def normalise_value(spec: FieldSpec, value: Any, context: Mapping[str, Any]) -> Any:
    """One field. `context` holds the record's other (already normalised) values."""
    if value is None or (isinstance(value, str) and not value.strip()) or value == []:
        if spec.required:
            raise ValidationError(spec.name, "{label} is required", label=spec.label)
        return _empty(spec)
    kind = spec.kind
    if kind in {"text", "multiline"}:
        cleaned = clean_text(str(value)) if kind == "text" else clean_multiline(str(value))
        if len(cleaned) > spec.max_len:
            raise ValidationError(
                spec.name, "{label} is longer than {max_len} characters", label=spec.label,
                max_len=spec.max_len
            )
        if spec.required and not cleaned:
            raise ValidationError(spec.name, "{label} is required", label=spec.label)
        return cleaned
    if kind == "enum":
        assert spec.choices is not None
        return _choice(spec, value)
    if kind == "enum_list":
        return sorted({_choice(spec, v) for v in _as_list(value)})
    if kind == "country":
        return normalise_country(spec.name, str(value))
    if kind == "language":
        return normalise_language(spec.name, str(value))
    if kind == "email":
        return normalise_email(spec.name, str(value))
    if kind == "emails":
        return _unique(normalise_email(spec.name, v) for v in _as_list(value))
    if kind == "phones":
        country = context.get("country")
        return _unique(normalise_phone(spec.name, v, country) for v in _as_list(value))
    if kind == "date":
        return parse_date(spec.name, value)
    if kind == "datetime":
        zone = str(context.get("timezone") or "UTC")
        return parse_local_datetime(spec.name, value, zone)
    if kind == "timezone":
        return normalise_timezone(spec.name, str(value))
    if kind == "int":
        return _integer(spec, value)
    if kind == "bool":
        flag = parse_flag(value)
        if flag is None:
            raise ValidationError(spec.name, "{label}: {value!r} is not yes or no",
                                  label=spec.label, value=value)
        return flag
    if kind == "url":
        return normalise_url(spec.name, str(value))
    if kind == "ref":
        return clean_text(str(value))
    if kind == "strings":
        return _unique(clean_text(v) for v in _as_list(value))
    raise AssertionError(kind)


def _choice(spec: FieldSpec, value: Any) -> str:
    assert spec.choices is not None
    text = clean_text(str(value)).lower().replace(" ", "_").replace("-", "_").replace("/", "_")
    allowed = [c.value for c in spec.choices]
    if text in allowed:
        return text
    raise ValidationError(spec.name, "{value!r} is not one of: {allowed}", value=value,
                          allowed=", ".join(allowed))


def _integer(spec: FieldSpec, value: Any) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(spec.name, "{label} must be a whole number",
                              label=spec.label) from None
    if not spec.min_value <= number <= spec.max_value:
        raise ValidationError(
            spec.name, "{label} must be between {low} and {high}", label=spec.label,
            low=spec.min_value, high=spec.max_value
        )
    return number


def _unique(values: Any) -> list[str]:
    seen: list[str] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


# Fields whose normalisation reads another field; that one is normalised first.
_ORDER = {"country": 0, "timezone": 0}


def normalise_changes(
    entity: str, changes: Mapping[str, Any], current: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Validate a set of changes against the record's current values; returns stored values.

    Raises ValidationError on the first bad field; nothing is half-applied because the caller
    writes only after this returns.
    """
    spec = ENTITIES[entity]
    context: dict[str, Any] = dict(current or {})
    result: dict[str, Any] = {}
    for name in sorted(changes, key=lambda n: _ORDER.get(n, 1)):
        field_spec = spec.field(name)
        value = normalise_value(field_spec, changes[name], context)
        context[name] = value
        result[name] = value
    if current is None:
        for field_spec in spec.fields:
            if field_spec.required and field_spec.name not in result:
                raise ValidationError(field_spec.name, "{label} is required",
                                      label=field_spec.label)
    if entity == "meeting":
        result.update(_meeting_timing(result, current or {}))
    return result


_TIMING = ("all_day", "starts_at", "timezone", "duration_minutes")


def _meeting_timing(changes: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """An all-day meeting starts at its zone's local midnight and lasts whole days (the last
    day kept when it spans several); a meeting with a time lasts at most 24 hours. Returns
    the timing values to store when a change touches them."""
    if not any(name in changes for name in _TIMING):
        return {}
    merged = {**current, **changes}
    duration = merged.get("duration_minutes")
    if not merged.get("all_day"):
        if duration is not None and int(duration) > DAY_MINUTES:
            raise ValidationError("duration_minutes", "a meeting with a time lasts at most "
                                  "{minutes} minutes (24 hours); mark it all day to cover "
                                  "several days", minutes=DAY_MINUTES)
        return {}
    zone = str(merged.get("timezone") or "UTC")
    starts = merged.get("starts_at")
    if starts is None:
        return {}
    # The day as the person sees it: a new start is read in the new zone; a zone changed on
    # its own keeps the day shown in the old one.
    seen_in = zone if "starts_at" in changes else str(current.get("timezone") or zone)
    day = first_day(starts, seen_in)
    return {"starts_at": local_midnight(day, zone),
            "duration_minutes": whole_days(duration) * DAY_MINUTES}


def to_display(value: Any) -> Any:
    """JSON-friendly value (dates and datetimes as ISO text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
