"""A draft read from a file becomes stored values, field by field.

A contact row is refused only when it cannot be a contact (no name and no email); an email or
phone that does not validate is kept as typed in the notes and flagged for review, an
over-long field is cut with a warning, so nothing typed is lost silently.
Every value goes through crm_app.domain.schema, the app's single validation path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from babel import Locale

from crm_app.domain import value_labels
from crm_app.domain.address import one_line
from crm_app.domain.errors import Message, ValidationError
from crm_app.domain.normalise import (
    clean_text,
    fold,
    normalise_country,
    normalise_email,
    normalise_phone,
)
from crm_app.domain.schema import ENTITIES, normalise_value
from crm_app.io.addresses import clean_addresses
from crm_app.io.drafts import ContactDraft, MeetingDraft, split_full_name

# Country names in the languages exports arrive in ("Deutschland", "Giappone", "Japon").
COUNTRY_NAME_LOCALES = ("en", "it", "de", "fr", "es", "pt", "nl", "pl", "cs", "sv", "tr",
                        "el", "ru", "uk", "bg", "ja", "zh", "ko", "ar", "he", "vi")
CONTACT_TEXT = ("given_name", "family_name", "given_name_latin", "family_name_latin",
                "honorific", "job_title", "notes")


# Titles written before a name in a single "full name" field ("Dr. Anna Schmidt").
HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                        "dott", "dott.", "dott.ssa", "ing", "ing.", "avv.", "sig.", "sig.ra",
                        "herr", "frau", "m.", "mme", "sr.", "sra.", "dra."})


class RowRefused(Exception):
    """This row cannot become a record; the message (a Message) says why."""

    @property
    def reason(self) -> str:
        """The Message given (the import dialog shows it translated)."""
        given = self.args[0] if self.args else ""
        return given if isinstance(given, Message) else str(self)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code in COUNTRY_NAME_LOCALES:
        for territory, name in Locale.parse(code).territories.items():
            if len(territory) == 2 and territory.isalpha():
                names.setdefault(fold(name), territory)
    return names


# Written forms that are no ISO code ("UK" is GB's, "USA" is US's alpha-3 already).
ABBREVIATIONS = {"UK": "GB"}


def country_code(value: str) -> str:
    """ISO code from a code or a country name in one of the office languages."""
    try:
        return normalise_country("country", value)
    except ValidationError:
        found = _country_names().get(fold(value))
        if found is not None:
            return found
        # "U.S.A.", "U.K.": a code written with dots
        letters = value.replace(".", "").replace(" ", "")
        if letters != value.strip() and 2 <= len(letters) <= 3 and letters.isalpha():
            return country_code(ABBREVIATIONS.get(letters.upper(), letters))
        raise


def _field(entity: str, name: str, value: Any, context: dict[str, Any],
           warnings: list[str]) -> Any:
    spec = ENTITIES[entity].field(name)
    try:
        return normalise_value(spec, value, context)
    except ValidationError as exc:
        if spec.kind in {"text", "multiline"} and isinstance(value, str):
            warnings.append(Message("{label} cut to {count} characters", label=spec.label,
                                    count=spec.max_len))
            return normalise_value(spec, value[: spec.max_len], context)
        warnings.append(Message("{reason}; left empty", reason=exc))
        return normalise_value(spec, None, context)


REVIEW_TAG = "Needs review"
# "+39 02 1234567 ext. 12", "x123", "tel:+1-555-0100;ext=42": the extension is kept apart
_EXTENSION = re.compile(
    r"^(?P<number>.*?\d[\d\s().-]*?)\s*(?:;\s*ext=|,?\s*(?:ext\.?|extn\.?|extension|x|#|"
    r"durchwahl|int\.?|interno)\s*:?\s*)(?P<ext>\d{1,8})\s*$", re.IGNORECASE)


@dataclass
class CleanContact:
    values: dict[str, Any]
    warnings: list[str]
    review: list[str] = field(default_factory=list)  # values kept as typed, to check
    addresses: list[dict[str, Any]] = field(default_factory=list)  # validated, see addresses.py


def split_extension(phone: str) -> tuple[str, str]:
    match = _EXTENSION.match(phone.strip())
    if match is None:
        return phone, ""
    return match.group("number").strip(), match.group("ext")


def name_from_email(email: str) -> tuple[str, str]:
    """'anna.maria.rossi@x' -> ('Anna Maria', 'Rossi'); 'info@x' -> ('', 'Info')."""
    local = email.split("@", 1)[0]
    words = [w for w in re.split(r"[._+\-]+", local) if w and not w.isdigit()]
    if not words:
        return "", local or email
    words = [w.capitalize() for w in words]
    return " ".join(words[:-1]), words[-1]


def _display_name(draft: ContactDraft, honorific: str) -> tuple[str, str, str]:
    full = clean_text(draft.full_name)
    first_word = full.split(" ", 1)[0]
    if honorific and full.startswith(honorific):
        full = full[len(honorific):]
    elif first_word.casefold() in HONORIFICS and " " in full:
        honorific, full = first_word, full[len(first_word):]
    given, family = split_full_name(full)
    return given, family, honorific


def clean_contact(draft: ContactDraft, fallback_country: str | None = None) -> CleanContact:
    """Stored values incl. emails/phones, warnings, and what needs review. Raises RowRefused.

    `fallback_country` (the organisation's, else the office's) reads national phone numbers
    of a contact whose own country is unknown; it is not stored as the contact's country.
    """
    warnings = list(draft.warnings)
    review: list[str] = []
    values: dict[str, Any] = {}
    raw_country = clean_text(str(draft.values.get("country") or ""))
    if raw_country:
        try:
            values["country"] = country_code(raw_country)
        except ValidationError:
            warnings.append(Message("country {value!r} not recognised; kept in the notes",
                                    value=raw_country))
            draft.extras.append(("Country", raw_country))
    given = draft.values.get("given_name") or ""
    family = draft.values.get("family_name") or ""
    honorific = draft.values.get("honorific") or ""
    if not clean_text(given) and not clean_text(family) and draft.full_name:
        given, family, honorific = _display_name(draft, honorific)
    notes = [str(draft.values.get("notes") or "").strip()]
    if not clean_text(given) and not clean_text(family):
        if not draft.emails:
            raise RowRefused(Message("no name: a contact needs a given or family name, or an "
                                     "email"))
        given, family = name_from_email(clean_text(draft.emails[0]))
        review.append(f"name taken from the email address {draft.emails[0]}")
    raw = {**draft.values, "given_name": given, "family_name": family, "honorific": honorific}
    labels: dict[str, str] = {}
    emails = _emails(draft, warnings, review, labels)
    if draft.department:
        notes.append(f"Department: {draft.department}")
    addresses = clean_addresses(draft.addresses, country_code, warnings, notes)
    notes.extend(f"{label}: {value}" for label, value in draft.extras)
    phones = _phones(draft, values.get("country"), fallback_country, warnings, review, notes,
                     labels)
    if review:
        notes.append("Needs review (import): " + "; ".join(review))
    raw["notes"] = "\n".join(n for n in notes if n)
    for name in CONTACT_TEXT:
        values[name] = _field("contact", name, raw.get(name), values, warnings)
    if draft.values.get("language"):
        values["language"] = _field("contact", "language", draft.values["language"], values,
                                    warnings)
    values["emails"], values["phones"] = emails, phones
    values["value_labels"] = value_labels.as_pairs(labels, emails + phones)
    if draft.uid:
        values["card_uid"] = clean_text(draft.uid)[:300]
    if draft.rev:
        values["card_rev"] = card_rev(draft.rev)
    return CleanContact(values, warnings, review, addresses)


# Top-level names reserved for tests, examples and local networks (RFC 2606, 6761, 6762):
# the validator refuses them, yet address books hold them (user@corp.local, Thunderbird's
# and Becky!'s own samples at host.invalid). Well formed, they are kept as emails.
RESERVED_TLDS = frozenset({"invalid", "test", "local", "localhost", "example"})


def reserved_domain_email(typed: str) -> str | None:
    """`typed` when it is a well-formed address at a reserved domain, else None."""
    local, at, domain = typed.strip().rpartition("@")
    labels = domain.lower().split(".")
    if not at or len(labels) < 2 or labels[-1] not in RESERVED_TLDS or not all(labels):
        return None
    try:
        checked = normalise_email("emails", f"{local}@example.com")
    except ValidationError:
        return None
    return f"{checked.rpartition('@')[0]}@{domain.lower()}"


def _typed(draft: ContactDraft, raw: str) -> str:
    """' (work)' after a value kept for review: its type is not lost either."""
    label = draft.labels.get(raw, "")
    return f" ({label})" if label else ""


def _emails(draft: ContactDraft, warnings: list[str], review: list[str],
            labels: dict[str, str]) -> list[str]:
    found: list[str] = []
    for email in draft.emails:
        typed = clean_text(email)
        try:
            address = normalise_email("emails", typed)
        except ValidationError:
            reserved = reserved_domain_email(typed)
            if reserved is not None:
                warnings.append(Message("email {value!r} is at a reserved domain (test or "
                                        "local network); kept as the contact's email",
                                        value=typed))
                if reserved.casefold() not in {e.casefold() for e in found}:
                    found.append(reserved)
                if draft.labels.get(email):
                    labels.setdefault(reserved, draft.labels[email])
                continue
            warnings.append(Message("email {value!r} is not valid; kept in the notes for "
                                    "review", value=typed))
            review.append(f"email {typed}{_typed(draft, email)}")
            continue
        if draft.labels.get(email) and not labels.get(address):
            labels[address] = draft.labels[email]
        if address.casefold() not in {e.casefold() for e in found}:
            found.append(address)
    return found


def _phones(draft: ContactDraft, country: str | None, fallback: str | None,
            warnings: list[str], review: list[str], notes: list[str],
            labels: dict[str, str]) -> list[str]:
    found: list[str] = []
    for phone in draft.phones:
        typed = clean_text(phone)
        number, extension = split_extension(typed)
        region = country or fallback
        try:
            stored = normalise_phone("phones", number, region)
        except ValidationError:
            warnings.append(
                Message("phone {value!r} could not be checked; kept in the notes for review",
                        value=typed) if region or number.startswith("+") else
                Message("phone {value!r} could not be checked (no country known); kept in "
                        "the notes for review", value=typed))
            review.append(f"phone {typed}{_typed(draft, phone)}")
            continue
        if draft.labels.get(phone) and not labels.get(stored):
            labels[stored] = draft.labels[phone]
        if region and not country and not number.lstrip().startswith(("+", "00")):
            warnings.append(Message("phone {value!r} read as a number of {country}",
                                    value=typed, country=region))
        if extension:
            notes.append(f"Extension: {stored} ext. {extension}")
        if stored not in found:
            found.append(stored)
    return found


def card_rev(text: str) -> str:
    """A vCard REV as a UTC time that sorts ("2024-05-01T10:00:00Z"); as written if it is no
    time (REV:1 of some servers), so that it is still kept."""
    raw = clean_text(text)
    try:
        moment = parse_rev(raw)
    except ValueError:
        return raw[:40]
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_rev(raw: str) -> datetime:
    """REV as written: 20240501T100000Z, 2024-05-01T10:00:00.5+02:00, 20240501 (a date)."""
    day, mark, time = raw.partition("T")
    compact = re.sub(r"\.\d+", "", day.replace("-", "") + mark + time.replace(":", ""))
    for pattern in ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S%z", "%Y%m%dT%H%M%S", "%Y%m%d"):
        try:
            moment = datetime.strptime(compact, pattern)
        except ValueError:
            continue
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
    raise ValueError(raw)


def clean_organisation(draft: ContactDraft) -> CleanContact:
    """A company card or a row holding only an organisation: values of an Organisation."""
    warnings = list(draft.warnings)
    name = clean_text(draft.organisation or draft.full_name)
    if not name:
        raise RowRefused(Message("no name: an organisation needs a name"))
    values: dict[str, Any] = {"name": name[:300], "country": None}
    raw_country = clean_text(str(draft.values.get("country") or ""))
    lines = [str(draft.values.get("notes") or "").strip()]
    if raw_country:
        try:
            values["country"] = country_code(raw_country)
        except ValidationError:
            lines.append(f"Country: {raw_country}")
    person = " ".join(p for p in (draft.values.get("given_name"), draft.values.get("family_name"))
                      if p)
    if person:
        lines.append(f"Contact person: {person}")
    if draft.department:
        lines.append(f"Department: {draft.department}")
    lines.extend(f"Email: {clean_text(e)}" for e in draft.emails)
    lines.extend(f"Phone: {clean_text(p)}" for p in draft.phones)
    if draft.organisation and clean_text(draft.full_name) not in {"", name}:
        lines.append(f"Display name: {clean_text(draft.full_name)}")
    websites = [v for label, v in draft.extras if label.startswith("Website")]
    addresses = [f"{one_line(a, with_country=False)}"
                 f"{', ' + str(a['country']) if a.get('country') else ''}"
                 f"{' (' + str(a['kind']) + ')' if a.get('kind') not in {None, 'work'} else ''}"
                 for a in draft.addresses]
    addresses = [a for a in addresses if a]
    lines.extend(f"{label}: {value}" for label, value in draft.extras
                 if not (websites and value == websites[0]) and not label.startswith("Address ("))
    values["address"] = "\n".join(addresses)[:2000]
    values["website"] = _field("organisation", "website", websites[0] if websites else "",
                               values, warnings)
    if websites and not values["website"]:
        lines.append(f"Website: {websites[0]}")
    values["notes"] = "\n".join(x for x in lines if x)[:100_000]
    return CleanContact(values, warnings)


def clean_tags(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        text = clean_text(name)[:100]
        if text and fold(text) not in seen:
            seen[fold(text)] = text
    return list(seen.values())


def clean_meeting(draft: MeetingDraft) -> tuple[dict[str, Any], list[str]]:
    warnings = list(draft.warnings)
    context: dict[str, Any] = {"timezone": draft.timezone}
    values: dict[str, Any] = {
        "starts_at": draft.starts_at,
        "timezone": _field("meeting", "timezone", draft.timezone, context, warnings) or "UTC",
        "duration_minutes": draft.duration_minutes,
        "all_day": draft.all_day,
        "status": draft.status,
    }
    for name, raw in (("subject", draft.subject), ("place", draft.place),
                      ("agenda", draft.agenda)):
        values[name] = _field("meeting", name, raw, context, warnings)
    return values, warnings
