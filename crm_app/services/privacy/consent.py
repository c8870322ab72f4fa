"""Consent: a contact's lawful basis with its date, source, scope and expiry, and its history.

Every change of those fields, by any path that goes through a session (the form, `crm contact
edit`, `crm contact consent`, the retention review), adds a `ConsentEvent` in the same flush
(`install`, called by the services factory). A contact *needs attention* when no lawful basis
is recorded, or its consent has expired: the expiry recorded, else (for the basis "consent")
its date plus `DEFAULT_VALIDITY`; consent without a date counts as missing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, inspect, or_, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from crm_app.db.database import Database
from crm_app.db.models import AppSetting, ConsentEvent, Contact, new_id
from crm_app.db.session_hooks import listen_once
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.enums import LawfulBasis
from crm_app.domain.errors import DomainError, NotFound
from crm_app.domain.normalise import clean_text

OK, EXPIRED, MISSING = "ok", "expired", "missing"
# How long consent without a recorded expiry holds (the retention review's default too).
DEFAULT_VALIDITY_MONTHS = 24
FIELDS = ("consent_basis", "consent_date", "consent_source", "consent_scope",
          "consent_expires", "consent_note")


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def status(basis: str | None, consent_date: date | None, expires: date | None,
           today: date) -> str:
    """OK, EXPIRED or MISSING for one contact's consent fields."""
    if not basis:
        return MISSING
    if expires is not None:
        return EXPIRED if expires < today else OK
    if basis == LawfulBasis.CONSENT.value:
        if consent_date is None:
            return MISSING
        if consent_date < _months_before(today, DEFAULT_VALIDITY_MONTHS):
            return EXPIRED
    return OK


def status_of_row(row: Mapping[str, Any], today: date) -> str:
    return status(row.get("consent_basis"), row.get("consent_date"),
                  row.get("consent_expires"), today)


def attention_condition(today: date) -> ColumnElement[bool]:
    """SQL: the contacts whose `status` is not OK on `today` (same rules)."""
    cutoff = _months_before(today, DEFAULT_VALIDITY_MONTHS)
    return or_(
        Contact.consent_basis == "",
        and_(Contact.consent_expires.is_not(None), Contact.consent_expires < today),
        and_(Contact.consent_expires.is_(None),
             Contact.consent_basis == LawfulBasis.CONSENT.value,
             or_(Contact.consent_date.is_(None), Contact.consent_date < cutoff)),
    )


# -- the history -----------------------------------------------------------------------------


def _staff_of(session: Session) -> str:
    value = session.execute(
        select(AppSetting.value).where(AppSetting.key == "profile")).scalar()
    try:
        profile = json.loads(value) if value else {}
    except ValueError:
        return ""
    return str(profile.get("staff_id") or "") if isinstance(profile, dict) else ""


def _changed(contact: Contact) -> list[str]:
    state = inspect(contact)
    changed = []
    for name in FIELDS:
        history = state.attrs[name].history
        if history.has_changes() and list(history.added) != list(history.deleted):
            changed.append(name)
    return changed


def _event_for(contact: Contact, action: str, at: datetime, staff: str) -> ConsentEvent:
    return ConsentEvent(
        contact=contact, contact_id=contact.id, at=at, created_at=at, updated_at=at, action=action,
        basis=contact.consent_basis or "", consent_date=contact.consent_date,
        source=contact.consent_source or "", scope=contact.consent_scope or "",
        expires=contact.consent_expires, note=contact.consent_note or "", staff_id=staff)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("crm_sync_applying") or session.info.get("crm_audit_action") == "erased":
        return  # received rows, or an erasure (which blanks the history itself)
    found: list[tuple[Contact, str]] = []
    for obj in session.new:
        if isinstance(obj, Contact) and (obj.consent_basis or obj.consent_date):
            found.append((obj, "recorded"))
    for obj in session.dirty:
        if isinstance(obj, Contact) and obj not in session.new and _changed(obj):
            # The retention review's renewal appends "[day] renewed: reason" to the note.
            renewed = "] renewed: " in (obj.consent_note or "").rsplit("\n", 1)[-1]
            action = "cleared" if not obj.consent_basis else \
                "renewed" if renewed else "changed"
            found.append((obj, action))
    if not found:
        return
    staff = _staff_of(session)
    for contact, action in found:
        if contact.id is None:
            contact.id = new_id()  # the column default comes only at the flush
        at = contact.updated_at or utc_now()
        session.add(_event_for(contact, action, at, staff))


def install(factory: sessionmaker[Session]) -> None:
    """Record consent changes made through sessions of `factory` (once per factory)."""
    listen_once(factory, "before_flush", _before_flush)


def history(db: Database, contact_id: str) -> list[dict[str, Any]]:
    """The consent events of one contact, oldest first (JSON-ready)."""
    with db.session() as session:
        rows = session.scalars(select(ConsentEvent).where(
            ConsentEvent.contact_id == contact_id).order_by(ConsentEvent.at, ConsentEvent.id))
        return [{"at": e.at.isoformat(), "action": e.action, "basis": e.basis,
                 "date": e.consent_date.isoformat() if e.consent_date else None,
                 "source": e.source, "scope": e.scope,
                 "expires": e.expires.isoformat() if e.expires else None, "note": e.note,
                 "staff_id": e.staff_id, "in_trash": e.deleted_at is not None}
                for e in rows]


def set_consent(db: Database, contact_id: str, values: Mapping[str, Any],
                clock: Clock = utc_now) -> dict[str, Any]:
    """Record a contact's consent fields (`basis`, `date`, `source`, `scope`, `expires`,
    `note`; absent keys keep their value). Bad input changes nothing."""
    unknown = set(values) - {"basis", "date", "source", "scope", "expires", "note"}
    if unknown:
        raise DomainError("unknown consent field {value!r}", value=sorted(unknown)[0])
    basis = values.get("basis")
    if basis is not None and basis not in {"", *(b.value for b in LawfulBasis)}:
        raise DomainError("lawful basis must be one of {known}",
                          known=", ".join(b.value for b in LawfulBasis))
    given = {k: v for k, v in values.items() if v is not None}
    now = clock()
    with db.session() as session:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFound("contact", contact_id)
        day = given.get("date", contact.consent_date)
        expires = given.get("expires", contact.consent_expires)
        if "basis" in given and given["basis"] and "date" not in given and day is None:
            day = now.date()
        if day is not None and expires is not None and expires < day:
            raise DomainError("the consent expires before it was given; nothing was changed")
        if "basis" in given:
            contact.consent_basis = given["basis"]
        contact.consent_date = day
        contact.consent_expires = expires
        for key, attr in (("source", "consent_source"), ("scope", "consent_scope"),
                          ("note", "consent_note")):
            if key in given:
                setattr(contact, attr, clean_text(str(given[key])))
        if _changed(contact):
            contact.updated_at = now
        return {"id": contact.id, "consent_basis": contact.consent_basis,
                "consent_date": contact.consent_date, "consent_source": contact.consent_source,
                "consent_scope": contact.consent_scope,
                "consent_expires": contact.consent_expires,
                "consent_note": contact.consent_note,
                "status": status(contact.consent_basis, contact.consent_date,
                                 contact.consent_expires, now.date())}
