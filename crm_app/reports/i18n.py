"""Report wording in English and Italian, and locale-aware dates (babel)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal

LANGUAGES = ("en", "it")

_LABELS: dict[str, tuple[str, str]] = {
    # key: (English, Italian)
    "meeting_report": ("Meeting report", "Resoconto dell'incontro"),
    "followup_report": ("Follow-up list", "Elenco dei follow-up"),
    "event_report": ("Event report", "Rapporto sull'evento"),
    "event": ("Event", "Evento"),
    "date_time": ("Date and time", "Data e ora"),
    "dates": ("Dates", "Date"),
    "date": ("Date", "Data"),
    "duration": ("Duration", "Durata"),
    "minutes_unit": ("min", "min"),
    "place": ("Place / table", "Luogo / tavolo"),
    "status": ("Status", "Stato"),
    "foreign_side": ("Foreign stakeholders", "Controparti estere"),
    "italian_side": ("Italian companies", "Aziende italiane"),
    "staff_side": ("Agency staff", "Personale dell'Agenzia"),
    "name": ("Name", "Nome"),
    "title": ("Title", "Qualifica"),
    "organisation": ("Organisation", "Organizzazione"),
    "company": ("Company", "Azienda"),
    "country": ("Country", "Paese"),
    "email": ("Email", "Email"),
    "phone": ("Phone", "Telefono"),
    "office": ("Office", "Ufficio"),
    "agenda": ("Agenda", "Ordine del giorno"),
    "minutes": ("Minutes", "Verbale"),
    "outcome": ("Outcome", "Esito"),
    "interest": ("Interest", "Interesse"),
    "next_steps": ("Next steps", "Prossimi passi"),
    "followups": ("Follow-ups", "Follow-up"),
    "followup": ("Follow-up", "Follow-up"),
    "owner": ("Owner", "Responsabile"),
    "due": ("Due", "Scadenza"),
    "priority": ("Priority", "Priorità"),
    "delegation": ("Italian delegation", "Delegazione italiana"),
    "overdue": ("OVERDUE", "SCADUTO"),
    "overdue_count": ("overdue", "scaduti"),
    "none": ("None recorded.", "Nessun dato registrato."),
    "no_owner": ("No owner", "Senza responsabile"),
    "no_organisation": ("No organisation", "Senza organizzazione"),
    "page_of": ("Page {page} of {pages}", "Pagina {page} di {pages}"),
    "generated": ("Generated {when}", "Generato il {when}"),
    "personal_data": ("Contains personal data of the participants, shared with headquarters and "
                      "the companies at the meeting: use it only for this follow-up (GDPR).",
                      "Contiene dati personali dei partecipanti, condivisi con la sede e le "
                      "aziende presenti all'incontro: da usare solo per questo follow-up (GDPR)."),
    "filters": ("Filters", "Filtri"),
    "as_of": ("As of", "Alla data del"),
    "all": ("none", "nessuno"),
    "period": ("Period", "Periodo"),
    "grouped_by_owner": ("grouped by owner", "per responsabile"),
    "grouped_by_organisation": ("grouped by organisation", "per organizzazione"),
    "summary": ("Summary", "Sintesi"),
    "meetings": ("Meetings", "Incontri"),
    "meetings_per_day": ("Meetings per day", "Incontri per giorno"),
    "meetings_per_country": ("Meetings per country", "Incontri per paese"),
    "meetings_per_sector": ("Meetings per sector", "Incontri per settore"),
    "meeting_list": ("Meetings and outcomes", "Incontri ed esiti"),
    "hot_leads": ("Hot leads", "Contatti caldi"),
    "followup_status": ("Follow-up status", "Stato dei follow-up"),
    "when": ("When", "Quando"),
    "subject": ("Subject", "Oggetto"),
    "counterpart": ("Counterpart", "Controparte"),
    "total": ("Total", "Totale"),
    "venue": ("Venue", "Sede"),
    "time_zone": ("time zone", "fuso orario"),
    "open_count": ("open", "aperti"),
    "other": ("other", "altri"),
    "reference": ("Reference", "Riferimento"),
    "meeting_col": ("Meeting", "Incontro"),
    "prepared_by": ("Prepared by", "Redatto da"),
    "distribution": ("Distribution", "Distribuzione"),
    "distribution_list": ("headquarters; the companies at the meeting",
                          "sede centrale; aziende presenti all'incontro"),
    "continued": ("{label}, continued", "{label} (segue)"),
    "no_data": ("No data: no meeting recorded for this event yet.",
                "Nessun dato: ancora nessun incontro registrato per questo evento."),
    "meeting_report_title": ("Meeting report — {subject} — {event}",
                             "Resoconto dell'incontro — {subject} — {event}"),
    "meeting_reports_title": ("Meeting reports — {event}", "Resoconti degli incontri — {event}"),
    "event_report_title": ("Event report — {event}", "Rapporto sull'evento — {event}"),
    "followup_report_title": ("Follow-up list — {office}", "Elenco dei follow-up — {office}"),
}

_VALUES: dict[str, tuple[str, str]] = {
    "requested": ("requested", "richiesto"), "confirmed": ("confirmed", "confermato"),
    "held": ("held", "svolto"), "cancelled": ("cancelled", "annullato"),
    "no_show": ("no show", "assente"), "cold": ("cold", "freddo"), "warm": ("warm", "tiepido"),
    "hot": ("hot", "caldo"), "open": ("open", "aperto"), "in_progress": ("in progress", "in corso"),
    "done": ("done", "completato"), "low": ("low", "bassa"), "normal": ("normal", "normale"),
    "high": ("high", "alta"),
    "pharma": ("pharma", "farmaceutica"), "biotech": ("biotech", "biotecnologie"),
    "medtech": ("medtech", "dispositivi medici"), "diagnostics": ("diagnostics", "diagnostica"),
    "digital_health": ("digital health", "sanità digitale"), "cro_cdmo": ("CRO/CDMO", "CRO/CDMO"),
    "nutraceuticals": ("nutraceuticals", "nutraceutica"), "cosmetics": ("cosmetics", "cosmetica"),
    "healthcare_services": ("healthcare services", "servizi sanitari"),
    "investment": ("investment", "investimenti"), "other": ("other", "altri"),
}


@dataclass(frozen=True)
class Texts:
    """Wording and formats of one report language."""

    lang: str

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"report language must be one of {', '.join(LANGUAGES)}")

    def __call__(self, key: str, **values: object) -> str:
        text = _LABELS[key][LANGUAGES.index(self.lang)]
        return text.format(**values) if values else text

    @property
    def locale(self) -> str:
        """Babel locale: British English (day-month order, 24-hour clock) for 'en'."""
        return "en_GB" if self.lang == "en" else self.lang

    def value(self, code: str) -> str:
        """A stored vocabulary value (status, interest, sector) in words."""
        pair = _VALUES.get(code)
        return pair[LANGUAGES.index(self.lang)] if pair else code.replace("_", " ")

    def value_plural(self, code: str) -> str:
        """A status as a column heading over counts: Italian agrees in the plural."""
        if self.lang == "it":
            plural = {"open": "aperti", "done": "completati", "cancelled": "annullati",
                      "in_progress": "in corso"}.get(code)
            if plural:
                return plural
        return self.value(code)

    def fmt_date(self, day: date | None, fmt: str = "medium") -> str:
        """'2 Oct 2026' (never 10/02/26: reports cross the Atlantic); Italian '1° dicembre'."""
        if not day:
            return ""
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

    def fmt_time(self, moment: datetime) -> str:
        return str(format_time(moment, "short", tzinfo=moment.tzinfo, locale=self.locale))

    def number(self, value: int) -> str:
        """1,806 in English, 1.806 in Italian."""
        return str(format_decimal(value, locale=self.locale))

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        return str(Locale.parse(self.locale).territories.get(code.upper(), code.upper()))
