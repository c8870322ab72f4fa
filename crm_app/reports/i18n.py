"""Report wording in English and Italian, and locale-aware dates (babel)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from babel import Locale
from babel.dates import format_date, format_datetime, format_time

LANGUAGES = ("en", "it")

_LABELS: dict[str, tuple[str, str]] = {
    # key: (English, Italian)
    "meeting_report": ("Meeting report", "Resoconto dell'incontro"),
    "followup_report": ("Follow-up list", "Elenco delle azioni di seguito"),
    "event_report": ("Event report", "Rapporto sull'evento"),
    "event": ("Event", "Evento"),
    "date_time": ("Date and time", "Data e ora"),
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
    "followups": ("Follow-ups", "Azioni di seguito"),
    "followup": ("Follow-up", "Azione"),
    "owner": ("Owner", "Responsabile"),
    "due": ("Due", "Scadenza"),
    "priority": ("Priority", "Priorità"),
    "delegation": ("Italian delegation", "Delegazione italiana"),
    "overdue": ("OVERDUE", "SCADUTA"),
    "overdue_count": ("overdue", "scadute"),
    "none": ("None recorded.", "Nessun dato registrato."),
    "no_owner": ("No owner", "Senza responsabile"),
    "no_organisation": ("No organisation", "Senza organizzazione"),
    "page_of": ("Page {page} of {pages}", "Pagina {page} di {pages}"),
    "generated": ("Generated {when}", "Generato il {when}"),
    "personal_data": ("Contains personal data: handle under GDPR, do not forward.",
                      "Contiene dati personali: trattare secondo il GDPR, non inoltrare."),
    "filters": ("Filters", "Filtri"),
    "as_of": ("As of", "Alla data del"),
    "all": ("all", "tutti"),
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
    "followup_status": ("Follow-up status", "Stato delle azioni di seguito"),
    "when": ("When", "Quando"),
    "subject": ("Subject", "Oggetto"),
    "counterpart": ("Counterpart", "Controparte"),
    "total": ("Total", "Totale"),
    "venue": ("Venue", "Sede"),
    "time_zone": ("time zone", "fuso orario"),
    "open_count": ("open", "aperte"),
    "other": ("other", "altro"),
}

_VALUES: dict[str, tuple[str, str]] = {
    "requested": ("requested", "richiesto"), "confirmed": ("confirmed", "confermato"),
    "held": ("held", "svolto"), "cancelled": ("cancelled", "annullato"),
    "no_show": ("no show", "assente"), "cold": ("cold", "freddo"), "warm": ("warm", "tiepido"),
    "hot": ("hot", "caldo"), "open": ("open", "aperta"), "in_progress": ("in progress", "in corso"),
    "done": ("done", "completata"), "low": ("low", "bassa"), "normal": ("normal", "normale"),
    "high": ("high", "alta"),
    "pharma": ("pharma", "farmaceutico"), "biotech": ("biotech", "biotecnologie"),
    "medtech": ("medtech", "dispositivi medici"), "diagnostics": ("diagnostics", "diagnostica"),
    "digital_health": ("digital health", "sanità digitale"), "cro_cdmo": ("CRO/CDMO", "CRO/CDMO"),
    "nutraceuticals": ("nutraceuticals", "nutraceutica"), "cosmetics": ("cosmetics", "cosmetica"),
    "healthcare_services": ("healthcare services", "servizi sanitari"),
    "investment": ("investment", "investimenti"), "other": ("other", "altro"),
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

    def fmt_date(self, day: date | None, fmt: str = "medium") -> str:
        return format_date(day, fmt, locale=self.locale) if day else ""

    def fmt_datetime(self, moment: datetime, fmt: str = "medium") -> str:
        return str(format_datetime(moment, fmt, tzinfo=moment.tzinfo, locale=self.locale))

    def long_datetime(self, moment: datetime) -> str:
        """'Tuesday, 24 November 2026, 10:30 (Asia/Tokyo)' in the moment's own zone."""
        day = format_date(moment.date(), "full", locale=self.locale)
        clock = format_time(moment, "short", tzinfo=moment.tzinfo, locale=self.locale)
        return f"{day}, {clock}"

    def fmt_time(self, moment: datetime) -> str:
        return str(format_time(moment, "short", tzinfo=moment.tzinfo, locale=self.locale))

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        return str(Locale.parse(self.locale).territories.get(code.upper(), code.upper()))
