"""The import dialog's column-mapping choices (crm_app/io/tables.py TARGETS) in the interface
language: every label of TARGETS is marked here for Qt Linguist (a test checks none is left
out)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

CONTEXT = "ImportTargets"
LABELS = (
    QT_TRANSLATE_NOOP("ImportTargets", "Given name"),
    QT_TRANSLATE_NOOP("ImportTargets", "Middle name"),
    QT_TRANSLATE_NOOP("ImportTargets", "Family name"),
    QT_TRANSLATE_NOOP("ImportTargets", "Full name"),
    QT_TRANSLATE_NOOP("ImportTargets", "Given name (Latin)"),
    QT_TRANSLATE_NOOP("ImportTargets", "Family name (Latin)"),
    QT_TRANSLATE_NOOP("ImportTargets", "Honorific"),
    QT_TRANSLATE_NOOP("ImportTargets", "Name suffix"),
    QT_TRANSLATE_NOOP("ImportTargets", "Nickname"),
    QT_TRANSLATE_NOOP("ImportTargets", "Job title"),
    QT_TRANSLATE_NOOP("ImportTargets", "Organisation"),
    QT_TRANSLATE_NOOP("ImportTargets", "Department"),
    QT_TRANSLATE_NOOP("ImportTargets", "Email"),
    QT_TRANSLATE_NOOP("ImportTargets", "Phone"),
    QT_TRANSLATE_NOOP("ImportTargets", "Fax"),
    QT_TRANSLATE_NOOP("ImportTargets", "Type of the emails (work, home, …)"),
    QT_TRANSLATE_NOOP("ImportTargets", "Type of the phones (work, mobile, fax, …)"),
    QT_TRANSLATE_NOOP("ImportTargets", "Street"),
    QT_TRANSLATE_NOOP("ImportTargets", "City"),
    QT_TRANSLATE_NOOP("ImportTargets", "Region"),
    QT_TRANSLATE_NOOP("ImportTargets", "Postcode"),
    QT_TRANSLATE_NOOP("ImportTargets", "Country"),
    QT_TRANSLATE_NOOP("ImportTargets", "Home street"),
    QT_TRANSLATE_NOOP("ImportTargets", "Home city"),
    QT_TRANSLATE_NOOP("ImportTargets", "Home region"),
    QT_TRANSLATE_NOOP("ImportTargets", "Home postcode"),
    QT_TRANSLATE_NOOP("ImportTargets", "Home country"),
    QT_TRANSLATE_NOOP("ImportTargets", "Other street"),
    QT_TRANSLATE_NOOP("ImportTargets", "Other city"),
    QT_TRANSLATE_NOOP("ImportTargets", "Other region"),
    QT_TRANSLATE_NOOP("ImportTargets", "Other postcode"),
    QT_TRANSLATE_NOOP("ImportTargets", "Other country"),
    QT_TRANSLATE_NOOP("ImportTargets", "Address type (work, home, other)"),
    QT_TRANSLATE_NOOP("ImportTargets", "Birthday"),
    QT_TRANSLATE_NOOP("ImportTargets", "Birth year"),
    QT_TRANSLATE_NOOP("ImportTargets", "Birth month"),
    QT_TRANSLATE_NOOP("ImportTargets", "Birth day"),
    QT_TRANSLATE_NOOP("ImportTargets", "Website"),
    QT_TRANSLATE_NOOP("ImportTargets", "Language"),
    QT_TRANSLATE_NOOP("ImportTargets", "Notes"),
    QT_TRANSLATE_NOOP("ImportTargets", "Tags"),
    QT_TRANSLATE_NOOP("ImportTargets", "Notes, labelled with the column name"),
    QT_TRANSLATE_NOOP("ImportTargets", "(ignore)"),
)


def target_name(label: str) -> str:
    """A mapping choice's text ("Home street" -> "Via (casa)")."""
    return QCoreApplication.translate(CONTEXT, label)
