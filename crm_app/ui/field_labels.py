"""Translated names of the schema's fields ("emails" -> "Emails", in Italian "Email"), for
the forms' captions and for the field an error message names. The schema's English labels are the
source texts (context "Fields")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

FIELD_LABELS = {
    name: text for name, text in (
        ("given_name", QT_TRANSLATE_NOOP("Fields", "Given name")),
        ("family_name", QT_TRANSLATE_NOOP("Fields", "Family name")),
        ("given_name_latin", QT_TRANSLATE_NOOP("Fields", "Given name (Latin)")),
        ("family_name_latin", QT_TRANSLATE_NOOP("Fields", "Family name (Latin)")),
        ("honorific", QT_TRANSLATE_NOOP("Fields", "Honorific")),
        ("job_title", QT_TRANSLATE_NOOP("Fields", "Job title")),
        ("organisation_id", QT_TRANSLATE_NOOP("Fields", "Organisation")),
        ("country", QT_TRANSLATE_NOOP("Fields", "Country")),
        ("emails", QT_TRANSLATE_NOOP("Fields", "Emails")),
        ("phones", QT_TRANSLATE_NOOP("Fields", "Phones")),
        ("language", QT_TRANSLATE_NOOP("Fields", "Preferred language")),
        ("first_met_event_id", QT_TRANSLATE_NOOP("Fields", "First met at")),
        ("first_met_on", QT_TRANSLATE_NOOP("Fields", "First met on")),
        ("owner_id", QT_TRANSLATE_NOOP("Fields", "Owner")),
        ("consent_basis", QT_TRANSLATE_NOOP("Fields", "Lawful basis")),
        ("consent_date", QT_TRANSLATE_NOOP("Fields", "Consent date")),
        ("consent_source", QT_TRANSLATE_NOOP("Fields", "Consent source")),
        ("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
        ("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        ("name_latin", QT_TRANSLATE_NOOP("Fields", "Latin name")),
        ("kind", QT_TRANSLATE_NOOP("Fields", "Kind")),
        ("side", QT_TRANSLATE_NOOP("Fields", "Side")),
        ("city", QT_TRANSLATE_NOOP("Fields", "City")),
        ("address", QT_TRANSLATE_NOOP("Fields", "Address")),
        ("website", QT_TRANSLATE_NOOP("Fields", "Website")),
        ("sectors", QT_TRANSLATE_NOOP("Fields", "Sectors")),
        ("venue", QT_TRANSLATE_NOOP("Fields", "Venue")),
        ("start_date", QT_TRANSLATE_NOOP("Fields", "Start date")),
        ("end_date", QT_TRANSLATE_NOOP("Fields", "End date")),
        ("timezone", QT_TRANSLATE_NOOP("Fields", "Time zone")),
        ("organiser", QT_TRANSLATE_NOOP("Fields", "Organiser")),
        ("title", QT_TRANSLATE_NOOP("Fields", "Title")),
        ("details", QT_TRANSLATE_NOOP("Fields", "Details")),
        ("due_date", QT_TRANSLATE_NOOP("Fields", "Due date")),
        ("priority", QT_TRANSLATE_NOOP("Fields", "Priority")),
        ("status", QT_TRANSLATE_NOOP("Fields", "Status")),
        ("contact_id", QT_TRANSLATE_NOOP("Fields", "Contact")),
        ("event_id", QT_TRANSLATE_NOOP("Fields", "Event")),
        ("duration_minutes", QT_TRANSLATE_NOOP("Fields", "Duration (minutes)")),
        ("place", QT_TRANSLATE_NOOP("Fields", "Place / table")),
        ("subject", QT_TRANSLATE_NOOP("Fields", "Subject")),
        ("agenda", QT_TRANSLATE_NOOP("Fields", "Agenda")),
        ("minutes", QT_TRANSLATE_NOOP("Fields", "Minutes")),
        ("outcome", QT_TRANSLATE_NOOP("Fields", "Outcome")),
        ("interest", QT_TRANSLATE_NOOP("Fields", "Interest")),
        ("next_steps", QT_TRANSLATE_NOOP("Fields", "Next steps")),
        ("body", QT_TRANSLATE_NOOP("Fields", "Text")),
        ("office", QT_TRANSLATE_NOOP("Fields", "Office")),
        ("email", QT_TRANSLATE_NOOP("Fields", "Email")),
    )
}

FIELD_LABELS["tags"] = QT_TRANSLATE_NOOP("Fields", "Tags")
FIELD_LABELS["addresses"] = QT_TRANSLATE_NOOP("Fields", "Addresses")


def field_name(name: str, fallback: str = "") -> str:
    """The field's label in the interface language; `fallback` (or the name) when the field
    has no label of its own."""
    source = FIELD_LABELS.get(name)
    if source is None:
        return fallback or name.replace("_", " ")
    return QCoreApplication.translate("Fields", source)
