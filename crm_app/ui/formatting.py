"""Locale-aware display of dates, times, numbers and countries (the default QLocale)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import babel
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from crm_app.domain.all_day import day_range
from crm_app.domain.clock import canonical_zone
from crm_app.domain.dates import DISPLAY_DATE
from crm_app.domain.normalise import country_name as english_country_name


def locale() -> QLocale:
    return QLocale()


def language_code() -> str:
    return QLocale().name().split("_")[0] or "en"


def as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def as_datetime(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def display_format(locale: QLocale | None = None) -> str:
    """The one way a day is shown, in every language ("24 Nov 2026", "24 nov 2026"): lists,
    forms, filters and reports (crm_app/domain/dates.py); a Qt display format."""
    return DISPLAY_DATE


def numeric_format(locale: QLocale | None = None) -> str:
    """The language's numeric date with a four-digit year (24/11/2026, 11/24/2026), accepted
    when typed; "26" could be 1926 or 2026."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(value: Any) -> str:
    """A day as the interface language writes it: the same text as domain.dates.format_day
    gives the reports (Qt and babel share the pattern and the month names)."""
    day = as_date(value)
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DISPLAY_DATE)


def format_time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_datetime(value: Any, zone: str | None = None) -> str:
    """A moment shown as wall-clock time in `zone` (default: the laptop's zone)."""
    moment = as_datetime(value)
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(zone)) if zone else moment.astimezone()
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return QLocale().toString(qdt, f"{display_format()} {time_format}")


def format_days(first: date, last: date) -> str:
    """A day, or a range of days ("14/10/2026 – 16/10/2026")."""
    return format_date(first) if first == last else f"{format_date(first)} – {format_date(last)}"


def format_meeting_start(row: Mapping[str, Any], zone: str | None = None) -> str:
    """When a meeting is: its start in `zone` (the laptop's by default), or for an all-day
    one its day(s) without a time (the same days for everyone, wherever they are)."""
    moment = as_datetime(row.get("starts_at"))
    if row.get("all_day") and moment is not None:
        first, last = day_range(moment, str(row.get("timezone") or "UTC"),
                                row.get("duration_minutes"))
        return format_days(first, last)
    return format_datetime(moment, zone)


def zone_abbreviation(value: Any, zone: str | None) -> str:
    moment = as_datetime(value)
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(zone)) if zone else moment.astimezone()
    return local.strftime("%Z") or (zone or "")


def laptop_zone() -> str:
    """The IANA name of the laptop's time zone (Qt knows it on every platform)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return "UTC"
    return canonical_zone(name)


def format_number(value: int | float) -> str:
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", 2)


def country_name(code: str | None) -> str:
    """Country name in the interface language (babel), falling back to English."""
    if not code:
        return ""
    return _country_name(code, language_code())


@lru_cache(maxsize=2048)
def _country_name(code: str, language: str) -> str:
    try:
        name = babel.Locale.parse(language).territories.get(code.upper())
    except (ValueError, babel.UnknownLocaleError):
        name = None
    return str(name or english_country_name(code))


def language_name(code: str | None) -> str:
    """A language's name in the interface language ("it" -> "italiano"), else the code."""
    if not code:
        return ""
    return _language_name(code, language_code())


@lru_cache(maxsize=1024)
def _language_name(code: str, language: str) -> str:
    try:
        name = babel.Locale.parse(language).languages.get(code.lower())
    except (ValueError, babel.UnknownLocaleError):
        name = None
    return str(name or code)


def person_name(record: dict[str, Any]) -> str:
    """A contact's name as written, with the Latin form beside a non-Latin one."""
    native = " ".join(p for p in (record.get("given_name"), record.get("family_name")) if p)
    latin = " ".join(p for p in (record.get("given_name_latin"),
                                 record.get("family_name_latin")) if p)
    if latin and latin != native:
        return f"{native} ({latin})"
    return native
