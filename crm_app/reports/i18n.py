"""Report wording in English and Italian, and locale-aware dates (babel).

The wording is marked here for pyside6-lupdate; its Italian lives in the Qt Linguist catalogue
(resources/translations/crm_it.ts, contexts "report.*"), read by `catalogue` without Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from crm_app.domain.dates import format_day
from crm_app.reports.catalogue import QT_TRANSLATE_NOOP, translate

LANGUAGES = ("en", "it")

_LABELS: dict[str, tuple[str, str]] = {
    # key: (context, English source text); the Italian is in resources/translations/crm_it.ts
    "meeting_report": QT_TRANSLATE_NOOP("report.meeting", "Meeting report"),
    "followup_report": QT_TRANSLATE_NOOP("report.followups", "Follow-up list"),
    "event_report": QT_TRANSLATE_NOOP("report.event", "Event report"),
    "event": QT_TRANSLATE_NOOP("report.common", "Event"),
    "date_time": QT_TRANSLATE_NOOP("report.meeting", "Date and time"),
    "dates": QT_TRANSLATE_NOOP("report.event", "Dates"),
    "date": QT_TRANSLATE_NOOP("report.event", "Date"),
    "duration": QT_TRANSLATE_NOOP("report.meeting", "Duration"),
    "minutes_unit": QT_TRANSLATE_NOOP("report.meeting", "min"),
    "all_day": QT_TRANSLATE_NOOP("report.meeting", "All day"),
    "days_unit": QT_TRANSLATE_NOOP("report.meeting", "days"),
    "place": QT_TRANSLATE_NOOP("report.meeting", "Place / table"),
    "status": QT_TRANSLATE_NOOP("report.common", "Status"),
    "foreign_side": QT_TRANSLATE_NOOP("report.meeting", "Foreign stakeholders"),
    "italian_side": QT_TRANSLATE_NOOP("report.meeting", "Italian companies"),
    "staff_side": QT_TRANSLATE_NOOP("report.meeting", "Agency staff"),
    "name": QT_TRANSLATE_NOOP("report.common", "Name"),
    "title": QT_TRANSLATE_NOOP("report.meeting", "Title"),
    "organisation": QT_TRANSLATE_NOOP("report.common", "Organisation"),
    "company": QT_TRANSLATE_NOOP("report.meeting", "Company"),
    "country": QT_TRANSLATE_NOOP("report.common", "Country"),
    "email": QT_TRANSLATE_NOOP("report.meeting", "Email"),
    "phone": QT_TRANSLATE_NOOP("report.meeting", "Phone"),
    "office": QT_TRANSLATE_NOOP("report.meeting", "Office"),
    "agenda": QT_TRANSLATE_NOOP("report.meeting", "Agenda"),
    "minutes": QT_TRANSLATE_NOOP("report.meeting", "Minutes"),
    "outcome": QT_TRANSLATE_NOOP("report.meeting", "Outcome"),
    "interest": QT_TRANSLATE_NOOP("report.common", "Interest"),
    "next_steps": QT_TRANSLATE_NOOP("report.meeting", "Next steps"),
    "followups": QT_TRANSLATE_NOOP("report.common", "Follow-ups"),
    "followup": QT_TRANSLATE_NOOP("report.followups", "Follow-up"),
    "owner": QT_TRANSLATE_NOOP("report.common", "Owner"),
    "due": QT_TRANSLATE_NOOP("report.common", "Due"),
    "priority": QT_TRANSLATE_NOOP("report.common", "Priority"),
    "delegation": QT_TRANSLATE_NOOP("report.event", "Italian delegation"),
    "overdue": QT_TRANSLATE_NOOP("report.followups", "OVERDUE"),
    "overdue_count": QT_TRANSLATE_NOOP("report.common", "overdue"),
    "none": QT_TRANSLATE_NOOP("report.common", "None recorded."),
    "no_owner": QT_TRANSLATE_NOOP("report.followups", "No owner"),
    "no_organisation": QT_TRANSLATE_NOOP("report.followups", "No organisation"),
    "page_of": QT_TRANSLATE_NOOP("report.common", "Page {page} of {pages}"),
    "generated": QT_TRANSLATE_NOOP("report.common", "Generated {when}"),
    "personal_data": QT_TRANSLATE_NOOP(
        "report.common", "Contains personal data of the participants, shared with headquarters and the companies at the meeting: use it only for this follow-up (GDPR)."),  # noqa: E501
    "filters": QT_TRANSLATE_NOOP("report.followups", "Filters"),
    "as_of": QT_TRANSLATE_NOOP("report.followups", "As of"),
    "all": QT_TRANSLATE_NOOP("report.followups", "none"),
    "period": QT_TRANSLATE_NOOP("report.event", "Period"),
    "grouped_by_owner": QT_TRANSLATE_NOOP("report.followups", "grouped by owner"),
    "grouped_by_organisation": QT_TRANSLATE_NOOP("report.followups", "grouped by organisation"),
    "summary": QT_TRANSLATE_NOOP("report.event", "Summary"),
    "meetings": QT_TRANSLATE_NOOP("report.event", "Meetings"),
    "meetings_per_day": QT_TRANSLATE_NOOP("report.event", "Meetings per day"),
    "meetings_per_country": QT_TRANSLATE_NOOP("report.event", "Meetings per country"),
    "meetings_per_sector": QT_TRANSLATE_NOOP("report.event", "Meetings per sector"),
    "meeting_list": QT_TRANSLATE_NOOP("report.event", "Meetings and outcomes"),
    "hot_leads": QT_TRANSLATE_NOOP("report.event", "Hot leads"),
    "followup_status": QT_TRANSLATE_NOOP("report.event", "Follow-up status"),
    "when": QT_TRANSLATE_NOOP("report.event", "When"),
    "subject": QT_TRANSLATE_NOOP("report.event", "Subject"),
    "counterpart": QT_TRANSLATE_NOOP("report.event", "Counterpart"),
    "total": QT_TRANSLATE_NOOP("report.event", "Total"),
    "venue": QT_TRANSLATE_NOOP("report.event", "Venue"),
    "time_zone": QT_TRANSLATE_NOOP("report.event", "time zone"),
    "open_count": QT_TRANSLATE_NOOP("report.followups", "open"),
    "other": QT_TRANSLATE_NOOP("report.event", "other"),
    "reference": QT_TRANSLATE_NOOP("report.meeting", "Reference"),
    "meeting_col": QT_TRANSLATE_NOOP("report.followups", "Meeting"),
    "prepared_by": QT_TRANSLATE_NOOP("report.meeting", "Prepared by"),
    "distribution": QT_TRANSLATE_NOOP("report.meeting", "Distribution"),
    "distribution_list": QT_TRANSLATE_NOOP(
        "report.meeting", "headquarters; the companies at the meeting"),
    "continued": QT_TRANSLATE_NOOP("report.common", "{label}, continued"),
    "no_data": QT_TRANSLATE_NOOP(
        "report.event", "No data: no meeting recorded for this event yet."),
    "meeting_report_title": QT_TRANSLATE_NOOP(
        "report.meeting", "Meeting report — {subject} — {event}"),
    "meeting_reports_title": QT_TRANSLATE_NOOP("report.meeting", "Meeting reports — {event}"),
    "event_report_title": QT_TRANSLATE_NOOP("report.event", "Event report — {event}"),
    "followup_report_title": QT_TRANSLATE_NOOP("report.followups", "Follow-up list — {office}"),
}

_VALUES: dict[str, tuple[str, str]] = {
    "requested": QT_TRANSLATE_NOOP("report.values", "requested"),
    "confirmed": QT_TRANSLATE_NOOP("report.values", "confirmed"),
    "held": QT_TRANSLATE_NOOP("report.values", "held"),
    "cancelled": QT_TRANSLATE_NOOP("report.values", "cancelled"),
    "no_show": QT_TRANSLATE_NOOP("report.values", "no show"),
    "cold": QT_TRANSLATE_NOOP("report.values", "cold"),
    "warm": QT_TRANSLATE_NOOP("report.values", "warm"),
    "hot": QT_TRANSLATE_NOOP("report.values", "hot"),
    "open": QT_TRANSLATE_NOOP("report.values", "open"),
    "in_progress": QT_TRANSLATE_NOOP("report.values", "in progress"),
    "done": QT_TRANSLATE_NOOP("report.values", "done"),
    "low": QT_TRANSLATE_NOOP("report.values", "low"),
    "normal": QT_TRANSLATE_NOOP("report.values", "normal"),
    "high": QT_TRANSLATE_NOOP("report.values", "high"),
    "pharma": QT_TRANSLATE_NOOP("report.values", "pharma"),
    "biotech": QT_TRANSLATE_NOOP("report.values", "biotech"),
    "medtech": QT_TRANSLATE_NOOP("report.values", "medtech"),
    "diagnostics": QT_TRANSLATE_NOOP("report.values", "diagnostics"),
    "digital_health": QT_TRANSLATE_NOOP("report.values", "digital health"),
    "cro_cdmo": QT_TRANSLATE_NOOP("report.values", "CRO/CDMO"),
    "nutraceuticals": QT_TRANSLATE_NOOP("report.values", "nutraceuticals"),
    "cosmetics": QT_TRANSLATE_NOOP("report.values", "cosmetics"),
    "healthcare_services": QT_TRANSLATE_NOOP("report.values", "healthcare services"),
    "investment": QT_TRANSLATE_NOOP("report.values", "investment"),
    "other": QT_TRANSLATE_NOOP("report.values", "other"),
}

# A status as a column heading over counts: Italian agrees in the plural.
_PLURALS: dict[str, tuple[str, str]] = {
    "open": QT_TRANSLATE_NOOP("report.values.plural", "open"),
    "done": QT_TRANSLATE_NOOP("report.values.plural", "done"),
    "cancelled": QT_TRANSLATE_NOOP("report.values.plural", "cancelled"),
    "in_progress": QT_TRANSLATE_NOOP("report.values.plural", "in progress"),
}


# The kinds of crm_app.domain.value_labels, as a report writes them after a value.
_VALUE_TYPES: dict[str, tuple[str, str]] = {
    "work": QT_TRANSLATE_NOOP("report.types", "work"),
    "home": QT_TRANSLATE_NOOP("report.types", "home"),
    "mobile": QT_TRANSLATE_NOOP("report.types", "mobile"),
    "fax": QT_TRANSLATE_NOOP("report.types", "fax"),
    "work fax": QT_TRANSLATE_NOOP("report.types", "work fax"),
    "home fax": QT_TRANSLATE_NOOP("report.types", "home fax"),
    "pager": QT_TRANSLATE_NOOP("report.types", "pager"),
    "main": QT_TRANSLATE_NOOP("report.types", "main"),
    "car": QT_TRANSLATE_NOOP("report.types", "car"),
    "other": QT_TRANSLATE_NOOP("report.types", "other"),
}


@dataclass(frozen=True)
class Texts:
    """Wording and formats of one report language."""

    lang: str

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"report language must be one of {', '.join(LANGUAGES)}")

    def __call__(self, key: str, **values: object) -> str:
        text = translate(self.lang, _LABELS[key])
        return text.format(**values) if values else text

    @property
    def locale(self) -> str:
        """Babel locale: British English (day-month order, 24-hour clock) for 'en'."""
        return "en_GB" if self.lang == "en" else self.lang

    def value(self, code: str) -> str:
        """A stored vocabulary value (status, interest, sector) in words."""
        marked = _VALUES.get(code)
        return translate(self.lang, marked) if marked else code.replace("_", " ")

    def value_type(self, label: str) -> str:
        """The type of an email or phone ("work", "mobile"); a file's own label as written."""
        marked = _VALUE_TYPES.get(label)
        return translate(self.lang, marked) if marked else label

    def value_plural(self, code: str) -> str:
        """A status as a column heading over counts: Italian agrees in the plural."""
        marked = _PLURALS.get(code)
        return translate(self.lang, marked) if marked else self.value(code)

    def fmt_date(self, day: date | None, fmt: str = "medium") -> str:
        """'2 Oct 2026' (never 10/02/26: reports cross the Atlantic), the app's one way to
        write a day (domain.dates, as in its lists and forms); in prose ("long") Italian
        writes the first as an ordinal: '1° dicembre 2026'."""
        if not day:
            return ""
        if fmt == "medium":
            return format_day(day, self.lang)
        return self._ordinal_first(str(format_date(day, fmt, locale=self.locale)), day)

    def _ordinal_first(self, text: str, day: date) -> str:
        """Italian writes the first of the month as an ordinal: '1° dicembre 2026'."""
        if self.lang == "it" and day.day == 1:
            return re.sub(r"(?<!\d)1 (?=[^\W\d])", "1° ", text, count=1)
        return text

    def fmt_datetime(self, moment: datetime, fmt: str = "medium") -> str:
        """Date as `fmt_date` (four-digit year), time of day in the moment's own zone."""
        day = self.fmt_date(moment.date(), "long" if fmt == "long" else "medium")
        return f"{day}, {self.fmt_time(moment)}"

    def local_stamp(self, moment: datetime) -> str:
        """The laptop's local time and its zone: '20 Nov 2026, 10:00 CET (UTC+01:00)'."""
        local = moment.astimezone()
        offset = local.strftime("%z")
        zone = f"UTC{offset[:3]}:{offset[3:]}"
        name = local.tzname() or ""
        shown = zone if not name or name.startswith(("UTC", "+", "-")) else f"{name} ({zone})"
        return f"{self.fmt_datetime(local)} {shown}"

    def long_datetime(self, moment: datetime) -> str:
        """'Tuesday, 24 November 2026, 10:30 (Asia/Tokyo)' in the moment's own zone."""
        day = self._ordinal_first(str(format_date(moment.date(), "full", locale=self.locale)),
                                  moment.date())
        clock = format_time(moment, "short", tzinfo=moment.tzinfo, locale=self.locale)
        return f"{day}, {clock}"

    def long_date(self, day: date) -> str:
        """'Tuesday, 24 November 2026': an all-day meeting's day, no time."""
        return self._ordinal_first(str(format_date(day, "full", locale=self.locale)), day)

    def fmt_days(self, first: date, last: date) -> str:
        """A day or a range of days, the shared parts once: '24–26 November 2026',
        '30 November – 2 December 2026'; Italian '30 novembre – 1° dicembre 2026'."""
        end = self.fmt_date(last, "long")
        if first == last:
            return end
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{end}"
        if first.year == last.year:
            start = self._ordinal_first(str(format_date(first, "d MMMM", locale=self.locale)),
                                        first)
            return f"{start} – {end}"
        return f"{self.fmt_date(first, 'long')} – {end}"

    def fmt_time(self, moment: datetime) -> str:
        return str(format_time(moment, "short", tzinfo=moment.tzinfo, locale=self.locale))

    def number(self, value: int) -> str:
        """1,806 in English, 1.806 in Italian."""
        return str(format_decimal(value, locale=self.locale))

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        return str(Locale.parse(self.locale).territories.get(code.upper(), code.upper()))
