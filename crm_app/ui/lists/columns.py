"""The columns of each record list: header text, sort key, and how a row renders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from crm_app.domain.normalise import format_phone
from crm_app.services.privacy import consent
from crm_app.ui.formatting import (
    country_name,
    format_date,
    format_meeting_start,
    person_name,
)
from crm_app.ui.labels import label
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # source text, translated in context "Columns" when shown
    sort: str | None
    render: Callable[[Row], str]
    align_right: bool = False
    width: int = 140
    # Left out of a list until shown from the header's column chooser, so that a list's
    # first columns fit its pane at 1280 px and a short list never scrolls sideways.
    hidden: bool = False

    def header(self) -> str:
        return QCoreApplication.translate("Columns", self.title)


def _text(key: str) -> Callable[[Row], str]:
    return lambda row: str(row.get(key) or "")


def _label(key: str, entity: str | None = None) -> Callable[[Row], str]:
    return lambda row: label(row.get(key), entity)


def _first(key: str, fmt: Callable[[str], str] = str) -> Callable[[Row], str]:
    def render(row: Row) -> str:
        values = row.get(key) or []
        more = f" +{len(values) - 1}" if len(values) > 1 else ""
        return f"{fmt(values[0])}{more}" if values else ""
    return render


def _org_name(row: Row) -> str:
    latin = row.get("name_latin")
    return f"{row['name']} ({latin})" if latin and latin != row.get("name") else str(row["name"])


def _consent(row: Row) -> str:
    """A warning where the lawful basis is missing or the consent expired (else empty)."""
    found = consent.status_of_row(row, date.today())
    if found == consent.EXPIRED:
        return "⚠ " + QCoreApplication.translate("Columns", "Consent expired")
    if found == consent.MISSING:
        return "⚠ " + QCoreApplication.translate("Columns", "No lawful basis")
    return ""


def _meeting_local(row: Row) -> str:
    return format_meeting_start(row, row.get("timezone") or "UTC")


def _meeting_laptop(row: Row) -> str:
    return format_meeting_start(row)


C = Column
COLUMNS: dict[str, tuple[Column, ...]] = {
    "contact": (
        C("name", QT_TRANSLATE_NOOP("Columns", "Name"), "name", person_name, width=240),
        C("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"), "organisation",
          _text("organisation"), width=220),
        C("job_title", QT_TRANSLATE_NOOP("Columns", "Job title"), "job_title",
          _text("job_title"), width=180),
        C("country", QT_TRANSLATE_NOOP("Columns", "Country"), "country",
          lambda r: country_name(r.get("country")), width=120),
        C("email", QT_TRANSLATE_NOOP("Columns", "Email"), None, _first("emails"), width=220),
        C("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), None, _first("phones", format_phone)),
        C("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), "owner", _text("owner")),
        C("updated_at", QT_TRANSLATE_NOOP("Columns", "Updated"), "updated_at",
          lambda r: format_date(r.get("updated_at")), width=100),
        C("consent", QT_TRANSLATE_NOOP("Columns", "Consent"), None, _consent, width=150),
    ),
    "organisation": (
        C("name", QT_TRANSLATE_NOOP("Columns", "Name"), "name", _org_name, width=200),
        C("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "kind", _label("kind"), width=100),
        C("side", QT_TRANSLATE_NOOP("Columns", "Side"), "side", _label("side"), width=80),
        C("country", QT_TRANSLATE_NOOP("Columns", "Country"), "country",
          lambda r: country_name(r.get("country")), width=110),
        C("city", QT_TRANSLATE_NOOP("Columns", "City"), "city", _text("city"), hidden=True),
        C("sectors", QT_TRANSLATE_NOOP("Columns", "Sectors"), None,
          lambda r: ", ".join(label(s) for s in r.get("sectors") or []), width=200,
          hidden=True),
        C("contacts", QT_TRANSLATE_NOOP("Columns", "Contacts"), None,
          lambda r: str(r.get("contacts") or 0), align_right=True, width=60),
    ),
    "event": (
        C("name", QT_TRANSLATE_NOOP("Columns", "Name"), "name", _text("name"), width=200),
        C("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "kind", _label("kind"), width=100),
        C("city", QT_TRANSLATE_NOOP("Columns", "City"), "city", _text("city"), width=110),
        C("country", QT_TRANSLATE_NOOP("Columns", "Country"), "country",
          lambda r: country_name(r.get("country")), hidden=True),
        C("start_date", QT_TRANSLATE_NOOP("Columns", "Starts"), "start_date",
          lambda r: format_date(r.get("start_date")), width=100),
        C("end_date", QT_TRANSLATE_NOOP("Columns", "Ends"), None,
          lambda r: format_date(r.get("end_date")), width=100, hidden=True),
        C("timezone", QT_TRANSLATE_NOOP("Columns", "Time zone"), None, _text("timezone"),
          hidden=True),
        C("meetings", QT_TRANSLATE_NOOP("Columns", "Meetings"), None,
          lambda r: str(r.get("meetings") or 0), align_right=True, width=60),
    ),
    "meeting": (
        C("starts_at", QT_TRANSLATE_NOOP("Columns", "Start (event time)"), "starts_at",
          _meeting_local, width=150),
        C("local", QT_TRANSLATE_NOOP("Columns", "Start (my time)"), None, _meeting_laptop,
          width=150),
        C("subject", QT_TRANSLATE_NOOP("Columns", "Subject"), "subject", _text("subject"),
          width=220),
        C("event", QT_TRANSLATE_NOOP("Columns", "Event"), "event", _text("event"), width=200),
        C("place", QT_TRANSLATE_NOOP("Columns", "Place"), "place", _text("place")),
        C("status", QT_TRANSLATE_NOOP("Columns", "Status"), "status", _label("status"),
          width=100),
        C("interest", QT_TRANSLATE_NOOP("Columns", "Interest"), "interest", _label("interest"),
          width=80),
    ),
    "followup": (
        C("due_date", QT_TRANSLATE_NOOP("Columns", "Due"), "due_date",
          lambda r: format_date(r.get("due_date")), width=100),
        C("title", QT_TRANSLATE_NOOP("Columns", "Title"), "title", _text("title"), width=260),
        C("status", QT_TRANSLATE_NOOP("Columns", "Status"), "status", _label("status", "followup"),
          width=100),
        C("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), "priority",
          _label("priority"), width=80),
        C("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), "owner", _text("owner")),
        C("contact", QT_TRANSLATE_NOOP("Columns", "Contact"), None, _text("contact"),
          width=180),
        C("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"), None,
          _text("organisation"), width=200),
    ),
}
