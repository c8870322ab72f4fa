"""Pure functions that turn what a person typed into the canonical stored form, or refuse it.

Each raises ValidationError with a message that names the problem; none does I/O.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from anyascii import anyascii

from crm_app.domain import japanese
from crm_app.domain.errors import Month, ValidationError

_SPACES = re.compile(r"\s+")


def clean_text(value: str) -> str:
    """NFC-normalise and collapse runs of white space; keeps every script as typed."""
    if value.isascii():  # NFC leaves ASCII as it is; split() is the same white space as \s
        return " ".join(value.split())
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def clean_multiline(value: str) -> str:
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def transliterate(value: str, language: str = "") -> str:
    """A Latin rendering of any script (Иванов -> Ivanov), used for sorting and search.
    Kana, and kanji of a Japanese speaker, take Japanese readings (阿部 -> Abe, not Abu)."""
    if value.isascii():  # anyascii leaves every ASCII character as it is
        return clean_text(value)
    return _transliterate(value, language)


@lru_cache(maxsize=8192)  # cities, streets and organisations repeat across an import's rows
def _transliterate(value: str, language: str) -> str:
    if japanese.is_japanese(value, language):
        return clean_text(anyascii(japanese.romanise(value)))
    return clean_text(anyascii(value))


def fold(value: str) -> str:
    """Accent- and case-insensitive key: 'Müller' and 'MULLER' fold to 'muller'."""
    if value.isascii():  # the common case of an import: nothing to decompose
        return " ".join(value.split()).casefold()
    return _fold_unicode(value)


@lru_cache(maxsize=8192)  # names, cities and organisations repeat across an import's rows
def _fold_unicode(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return clean_text(stripped).casefold()


def sort_key(*parts: str | None) -> str:
    """Sort key for a name: transliterated, folded, so Cyrillic and CJK names sort among Latin."""
    text = " ".join(p for p in parts if p)
    # Transliterated Arabic and Hebrew begin with ' or ` for ayin/aleph; such marks would sort
    # every one of those names before "A", so only letters, digits and spaces count.
    letters = "".join(ch if ch.isalnum() or ch == " " else "" for ch in fold(transliterate(text)))
    return " ".join(letters.split())


@lru_cache(maxsize=512)
def normalise_country(field: str, value: str) -> str:
    """ISO 3166-1 alpha-2 from a code ('it', 'ITA') or an English name ('Italy')."""
    import pycountry  # imported on first use: `crm contact list` never needs it

    text = clean_text(value)
    if not text:
        raise ValidationError(field, "country is empty")
    found = None
    if len(text) == 2:
        found = pycountry.countries.get(alpha_2=text.upper())
    elif len(text) == 3:
        found = pycountry.countries.get(alpha_3=text.upper())
    if found is None:
        try:
            found = pycountry.countries.lookup(text)
        except LookupError:
            found = None
    if found is None:
        raise ValidationError(
            field, "unknown country {value!r} (use an ISO code such as IT or JP)", value=value
        )
    return str(found.alpha_2)


def country_name(code: str | None) -> str:
    import pycountry

    if not code:
        return ""
    found = pycountry.countries.get(alpha_2=code)
    return str(getattr(found, "common_name", None) or found.name) if found else code


def normalise_language(field: str, value: str) -> str:
    """ISO 639-1 code where one exists ('Italian' -> 'it'), else the 639-3 code."""
    import pycountry

    text = clean_text(value)
    found = None
    if len(text) == 2:
        found = pycountry.languages.get(alpha_2=text.lower())
    elif len(text) == 3:
        found = pycountry.languages.get(alpha_3=text.lower())
    if found is None:
        try:
            found = pycountry.languages.lookup(text)
        except LookupError:
            raise ValidationError(field, "unknown language {value!r}", value=value) from None
    return str(getattr(found, "alpha_2", None) or found.alpha_3)


# An ASCII address of the plain form (dot-atom@letters-digits-dots-hyphens), which is what
# nearly every imported email is; others take the validator's full path.
_PLAIN_EMAIL = re.compile(r"([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
                          r"@([A-Za-z0-9.-]+)")


@lru_cache(maxsize=4096)  # the domains of an import repeat (example.com, the company's own)
def _email_domain(domain: str) -> tuple[str, str] | None:
    """(normalised, IDNA ASCII) form of an email domain as validate_email makes it; None
    when the validator refuses it (the full path then raises its message)."""
    import email_validator
    from email_validator.syntax import validate_email_domain_name

    try:
        info = validate_email_domain_name(
            domain, test_environment=email_validator.TEST_ENVIRONMENT,
            globally_deliverable=email_validator.GLOBALLY_DELIVERABLE)
    except email_validator.EmailNotValidError:
        return None
    return info["domain"], info["ascii_domain"]


def _plain_email(text: str) -> str | None:
    """What validate_email(text).normalized is for a plain ASCII address, from the domain's
    cached check: the local part is a dot-atom (valid and already normalised), not one of
    the mailbox names the validator lower-cases (postmaster, ...), and no form is longer
    than the 254 octets the validator allows. None: use the validator."""
    from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES, EMAIL_MAX_LENGTH

    found = _PLAIN_EMAIL.fullmatch(text)
    if found is None:
        return None
    local, domain = found.groups()
    if local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES:
        return None
    forms = _email_domain(domain)
    if forms is None:
        return None
    normalised, ascii_domain = forms
    if max(len(text), len(f"{local}@{normalised}".encode()),
           len(local) + 1 + len(ascii_domain)) > EMAIL_MAX_LENGTH:
        return None
    return f"{local}@{normalised}"


def normalise_email(field: str, value: str) -> str:
    from email_validator import EmailNotValidError, validate_email  # 30 ms: on first use

    text = clean_text(value)
    plain = _plain_email(text) if text.isascii() else None
    if plain is not None:
        return plain
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(field, "invalid email {value!r}: {reason}", value=value,
                              reason=str(exc)) from None
    return str(result.normalized)


def normalise_phone(field: str, value: str, default_country: str | None) -> str:
    """E.164 ('+390612345678'); a national number needs the contact's country."""
    text = clean_text(value)
    region = default_country.upper() if default_country else None
    stored = _e164(text, region)
    if stored == "":  # not parsed
        if region or text.startswith("+"):
            raise ValidationError(field, "invalid phone number {value!r}", value=value)
        raise ValidationError(field, "invalid phone number {value!r} (add +country code or set "
                              "the country)", value=value)
    if stored is None:
        raise ValidationError(field, "invalid phone number {value!r}", value=value)
    return stored


@lru_cache(maxsize=4096)  # a switchboard or a fax number repeats across an import's rows
def _e164(text: str, region: str | None) -> str | None:
    """E.164 of a number; "" when phonenumbers cannot parse it, None when it is no possible
    number."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """International display form: '+39 06 1234 5678'."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def normalise_timezone(field: str, value: str) -> str:
    text = clean_text(value)
    if text in _zones():
        return text
    for zone in _zones():
        if zone.casefold() == text.casefold():
            return zone
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            field, "unknown time zone {value!r} (use e.g. Europe/Rome)", value=value
        ) from None
    return text


def parse_date(field: str, value: str | date) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean_text(value)
    try:
        return date.fromisoformat(text)
    except ValueError:
        impossible(field, text)
        raise ValidationError(field, "invalid date {value!r} (use YYYY-MM-DD)",
                              value=value) from None


_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def impossible(field: str, text: str) -> None:
    """Raise "there is no 30 February" when `text` is an ISO date of a day its month lacks."""
    match = _ISO_DAY.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        if year >= 1 and 1 <= month <= 12 and monthrange(year, month)[1] < day <= 31:
            raise ValidationError(field, "there is no {day} {month}", day=day,
                                  month=Month(month)) from None


def parse_local_datetime(field: str, value: str | datetime, zone: str) -> datetime:
    """A wall-clock time in `zone` (or an aware datetime) to an aware UTC datetime."""
    if isinstance(value, datetime):
        moment = value
    else:
        text = clean_text(value).replace(" ", "T", 1)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            impossible(field, text)
            raise ValidationError(
                field, "invalid date and time {value!r} (use YYYY-MM-DD HH:MM)", value=value
            ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(UTC)


def normalise_url(field: str, value: str) -> str:
    text = clean_text(value)
    if " " in text or "." not in text:
        raise ValidationError(field, "invalid web address {value!r}", value=value)
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = "https://" + text
    return text
