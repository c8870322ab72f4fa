"""A draft read from a file becomes stored values, field by field.

A contact row is refused only when it cannot be a contact (no name); a bad email, phone,
country or an over-long field is dropped with a warning so the rest of the person survives.
Every value goes through crm_app.domain.schema, the app's single validation path.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from babel import Locale

from crm_app.domain.errors import ValidationError
from crm_app.domain.normalise import (
    clean_text,
    fold,
    normalise_country,
    normalise_email,
    normalise_phone,
)
from crm_app.domain.schema import ENTITIES, normalise_value
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
    """This row cannot become a record; the message says why."""


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code in COUNTRY_NAME_LOCALES:
        for territory, name in Locale.parse(code).territories.items():
            if len(territory) == 2 and territory.isalpha():
                names.setdefault(fold(name), territory)
    return names


def country_code(value: str) -> str:
    """ISO code from a code or a country name in one of the office languages."""
    try:
        return normalise_country("country", value)
    except ValidationError:
        found = _country_names().get(fold(value))
        if found is None:
            raise
        return found


def _field(entity: str, name: str, value: Any, context: dict[str, Any],
           warnings: list[str]) -> Any:
    spec = ENTITIES[entity].field(name)
    try:
        return normalise_value(spec, value, context)
    except ValidationError as exc:
        if spec.kind in {"text", "multiline"} and isinstance(value, str):
            warnings.append(f"{spec.label} cut to {spec.max_len} characters")
            return normalise_value(spec, value[: spec.max_len], context)
        warnings.append(f"{exc.message}; left empty")
        return normalise_value(spec, None, context)


def clean_contact(draft: ContactDraft) -> tuple[dict[str, Any], list[str]]:
    """(stored values incl. emails/phones, warnings). Raises RowRefused."""
    warnings = list(draft.warnings)
    values: dict[str, Any] = {}
    raw_country = clean_text(str(draft.values.get("country") or ""))
    if raw_country:
        try:
            values["country"] = country_code(raw_country)
        except ValidationError:
            warnings.append(f"country {raw_country!r} not recognised; left empty")
    given = draft.values.get("given_name") or ""
    family = draft.values.get("family_name") or ""
    honorific = draft.values.get("honorific") or ""
    if not clean_text(given) and not clean_text(family) and draft.full_name:
        full = clean_text(draft.full_name)
        first_word = full.split(" ", 1)[0]
        if honorific and full.startswith(honorific):
            full = full[len(honorific):]
        elif first_word.casefold() in HONORIFICS and " " in full:
            honorific, full = first_word, full[len(first_word):]
        given, family = split_full_name(full)
    raw = {**draft.values, "given_name": given, "family_name": family, "honorific": honorific}
    notes = [str(raw.get("notes") or "").strip()]
    if draft.department:
        notes.append(f"Department: {draft.department}")
    notes.extend(f"Address: {a}" for a in draft.addresses)
    raw["notes"] = "\n".join(n for n in notes if n)
    for name in CONTACT_TEXT:
        values[name] = _field("contact", name, raw.get(name), values, warnings)
    if draft.values.get("language"):
        values["language"] = _field("contact", "language", draft.values["language"], values,
                                    warnings)
    if not values["given_name"] and not values["family_name"]:
        raise RowRefused("no name: a contact needs a given or family name")
    values["emails"] = []
    for email in draft.emails:
        try:
            address = normalise_email("emails", email)
        except ValidationError:
            warnings.append(f"email {email!r} is not valid; left out")
            continue
        if address.casefold() not in {e.casefold() for e in values["emails"]}:
            values["emails"].append(address)
    values["phones"] = []
    for phone in draft.phones:
        try:
            number = normalise_phone("phones", phone, values.get("country"))
        except ValidationError as exc:
            warnings.append(f"{exc.message}; left out")
            continue
        if number not in values["phones"]:
            values["phones"].append(number)
    return values, warnings


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
        "status": draft.status,
    }
    for name, raw in (("subject", draft.subject), ("place", draft.place),
                      ("agenda", draft.agenda)):
        values[name] = _field("meeting", name, raw, context, warnings)
    return values, warnings
