"""Display texts for stored vocabulary values (enums), translatable through Qt Linguist.

The values themselves stay English identifiers in the database; only the label changes with
the interface language. `QT_TRANSLATE_NOOP` marks the strings for pyside6-lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_app.domain.normalise import country_name as plain_country_name
from crm_app.services.search import SearchHit
from crm_app.ui.formatting import country_name, format_date
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_LABELS: dict[str, str] = {
    # organisation kinds
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "investor": QT_TRANSLATE_NOOP("Labels", "Investor"),
    "distributor": QT_TRANSLATE_NOOP("Labels", "Distributor"),
    "public_agency": QT_TRANSLATE_NOOP("Labels", "Public agency"),
    "university": QT_TRANSLATE_NOOP("Labels", "University"),
    "hospital": QT_TRANSLATE_NOOP("Labels", "Hospital"),
    "association": QT_TRANSLATE_NOOP("Labels", "Association"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "work": QT_TRANSLATE_NOOP("Labels", "Work"),
    "home": QT_TRANSLATE_NOOP("Labels", "Home"),
    # sides
    "foreign": QT_TRANSLATE_NOOP("Labels", "Foreign"),
    "italian": QT_TRANSLATE_NOOP("Labels", "Italian"),
    "partner": QT_TRANSLATE_NOOP("Labels", "Partner"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff"),
    # sectors
    "pharma": QT_TRANSLATE_NOOP("Labels", "Pharma"),
    "biotech": QT_TRANSLATE_NOOP("Labels", "Biotech"),
    "medtech": QT_TRANSLATE_NOOP("Labels", "Medtech"),
    "diagnostics": QT_TRANSLATE_NOOP("Labels", "Diagnostics"),
    "digital_health": QT_TRANSLATE_NOOP("Labels", "Digital health"),
    "cro_cdmo": QT_TRANSLATE_NOOP("Labels", "CRO/CDMO"),
    "nutraceuticals": QT_TRANSLATE_NOOP("Labels", "Nutraceuticals"),
    "cosmetics": QT_TRANSLATE_NOOP("Labels", "Cosmetics"),
    "healthcare_services": QT_TRANSLATE_NOOP("Labels", "Healthcare services"),
    "investment": QT_TRANSLATE_NOOP("Labels", "Investment"),
    # event kinds
    "trade_fair": QT_TRANSLATE_NOOP("Labels", "Trade fair"),
    "mission": QT_TRANSLATE_NOOP("Labels", "Mission"),
    "road_show": QT_TRANSLATE_NOOP("Labels", "Road show"),
    "webinar": QT_TRANSLATE_NOOP("Labels", "Webinar"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    # meeting statuses
    "requested": QT_TRANSLATE_NOOP("Labels", "Requested"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "held": QT_TRANSLATE_NOOP("Labels", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "no_show": QT_TRANSLATE_NOOP("Labels", "No show"),
    # interest
    "cold": QT_TRANSLATE_NOOP("Labels", "Cold"),
    "warm": QT_TRANSLATE_NOOP("Labels", "Warm"),
    "hot": QT_TRANSLATE_NOOP("Labels", "Hot"),
    # follow-up statuses and priorities
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    # lawful bases
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent"),
    "contract": QT_TRANSLATE_NOOP("Labels", "Contract"),
    "legitimate_interest": QT_TRANSLATE_NOOP("Labels", "Legitimate interest"),
    "legal_obligation": QT_TRANSLATE_NOOP("Labels", "Legal obligation"),
    "public_task": QT_TRANSLATE_NOOP("Labels", "Public task"),
    # record kinds
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "followup": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "tag": QT_TRANSLATE_NOOP("Labels", "Tag"),
}


# A follow-up's status agrees with its noun ("attività" is feminine: "Fatta", "Annullata"),
# a meeting's with its own ("incontro annullato"): the follow-up's are looked up apart.
FOLLOWUP_CONTEXT = "FollowUpLabels"
_FOLLOWUP_LABELS = {
    "open": QT_TRANSLATE_NOOP("FollowUpLabels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("FollowUpLabels", "In progress"),
    "done": QT_TRANSLATE_NOOP("FollowUpLabels", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("FollowUpLabels", "Cancelled"),
}


def label(value: str | None, entity: str | None = None) -> str:
    """The translated display text of a stored value ('trade_fair' -> 'Fiera'); `entity`
    "followup" gives a follow-up status its own wording."""
    if not value:
        return ""
    if entity == "followup" and value in _FOLLOWUP_LABELS:
        return QCoreApplication.translate(FOLLOWUP_CONTEXT, _FOLLOWUP_LABELS[value])
    source = _LABELS.get(value)
    if source is None:
        return value.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, source)


def hit_detail(hit: SearchHit) -> str:
    """A search hit's detail line in the interface language: the stored value it starts with
    (an organisation's kind), the country and the day as the language writes them ("Ente
    pubblico · Milano · Italia", "Osaka · Giappone · 1 mar 2026"); the core's line stays
    English and ISO for the CLI."""
    parts = hit.detail.split(" · ") if hit.detail else []
    english = hit.detail_value.replace("_", " ")
    if english and parts and parts[0] == english:
        parts[0] = label(hit.detail_value)
    if hit.country:
        english_country = plain_country_name(hit.country)
        parts = [country_name(hit.country) if p == english_country else p for p in parts]
    if hit.day is not None:
        iso = hit.day.isoformat()
        parts = [format_date(hit.day) + p[len(iso):] if p.startswith(iso) else p
                 for p in parts]
    return " · ".join(p for p in parts if p)


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (module-level strings marked with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(context, text)
