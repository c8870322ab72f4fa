"""Retention review: contacts kept longer than the office needs them, or without a valid basis.

A contact is listed when its last activity (a meeting it took part in, a note or a follow-up
on it, or the day it was added) is older than the retention period, when no lawful basis is
recorded, when its recorded consent expiry has passed, or when its basis is consent without an
expiry and that consent is older than its validity (a setting of the review, 24 months by
default).

Bulk actions work on the listed contacts, each all-or-nothing: renew (a new consent date and
the reason appended to the consent note), anonymise (the record stays for the event figures,
its identity goes) and erase (the sync erasure, which reaches the shared file).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import func, select

from crm_app.db.database import Database
from crm_app.db.models import (
    ConsentEvent,
    Contact,
    FollowUp,
    Meeting,
    MeetingParticipant,
    Note,
)
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.enums import LawfulBasis
from crm_app.domain.errors import DomainError, NotFound
from crm_app.domain.normalise import clean_text
from crm_app.services.privacy import audit
from crm_app.services.records import derive
from crm_app.sync.erasure import erase_contact

_PERIOD = re.compile(r"^\s*(\d{1,4})\s*([dmy])\s*$", re.IGNORECASE)
ANONYMISED = "(anonymised)"


@dataclass(frozen=True)
class Period:
    """A length of time as people say it: 90d, 18m, 2y."""

    amount: int
    unit: str  # "d", "m", "y"

    @classmethod
    def parse(cls, text: str, name: str = "period") -> Period:
        match = _PERIOD.match(text or "")
        if not match or int(match.group(1)) == 0:
            raise DomainError("{name}: give a length like 90d, 24m or 2y, not {value!r}",
                              name=name, value=text)
        return cls(int(match.group(1)), match.group(2).lower())

    def before(self, day: date) -> date:
        """The day this long before `day` (the 31st becomes the month's last day)."""
        try:
            return self._before(day)
        except (ValueError, OverflowError) as exc:
            raise DomainError("a period of {period} reaches before the year 1",
                              period=str(self)) from exc

    def _before(self, day: date) -> date:
        if self.unit == "d":
            return date.fromordinal(day.toordinal() - self.amount)
        months = self.amount * (12 if self.unit == "y" else 1)
        year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
        month += 1
        if year < 1:
            raise ValueError(year)
        for last in (31, 30, 29, 28):
            try:
                return date(year, month, min(day.day, last))
            except ValueError:
                continue
        raise AssertionError("unreachable")

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"


@dataclass
class ReviewItem:
    contact_id: str
    name: str
    last_activity: str | None
    consent_basis: str
    consent_date: str | None
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _latest(*values: datetime | None) -> datetime | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _at_midnight(day: date | None) -> datetime | None:
    return datetime.combine(day, time(0), UTC) if day else None


def review(db: Database, older_than: Period = Period(24, "m"),
           consent_valid: Period = Period(24, "m"), clock: Clock = utc_now,
           ids: Sequence[str] | None = None) -> list[ReviewItem]:
    """Live contacts due for review, oldest activity first."""
    today = clock().date()
    cutoff = datetime.combine(older_than.before(today), time(0), UTC)
    consent_cutoff = consent_valid.before(today)
    with db.session() as session:
        meetings = dict(session.execute(
            select(MeetingParticipant.contact_id, func.max(Meeting.starts_at))
            .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
            .where(MeetingParticipant.deleted_at.is_(None), Meeting.deleted_at.is_(None),
                   MeetingParticipant.contact_id.is_not(None))
            .group_by(MeetingParticipant.contact_id)).all())
        notes = dict(session.execute(
            select(Note.contact_id, func.max(Note.noted_at))
            .where(Note.deleted_at.is_(None), Note.contact_id.is_not(None))
            .group_by(Note.contact_id)).all())
        followups = {cid: _latest(created, done, _at_midnight(due)) for cid, created, done, due
                     in session.execute(
                         select(FollowUp.contact_id, func.max(FollowUp.created_at),
                                func.max(FollowUp.completed_at), func.max(FollowUp.due_date))
                         .where(FollowUp.deleted_at.is_(None),
                                FollowUp.contact_id.is_not(None))
                         .group_by(FollowUp.contact_id))}
        query = select(Contact).where(Contact.deleted_at.is_(None))
        if ids is not None:
            query = query.where(Contact.id.in_(list(ids)))
        items = []
        for contact in session.scalars(query.order_by(Contact.sort_key, Contact.id)):
            last = _latest(contact.created_at, meetings.get(contact.id), notes.get(contact.id),
                           followups.get(contact.id))
            reasons = []
            if last is None or last < cutoff:
                reasons.append(f"no meeting, note or follow-up for {older_than}")
            if not contact.consent_basis:
                reasons.append("no lawful basis recorded")
            elif contact.consent_expires is not None:
                if contact.consent_expires < today:
                    reasons.append(f"consent expired on {contact.consent_expires.isoformat()}")
            elif contact.consent_basis == LawfulBasis.CONSENT.value:
                if contact.consent_date is None:
                    reasons.append("consent without a date")
                elif contact.consent_date < consent_cutoff:
                    reasons.append(f"consent of {contact.consent_date.isoformat()} is older "
                                   f"than {consent_valid}")
            if reasons:
                items.append(ReviewItem(
                    contact.id, " ".join(p for p in (contact.given_name, contact.family_name)
                                         if p),
                    last.isoformat() if last else None, contact.consent_basis,
                    contact.consent_date.isoformat() if contact.consent_date else None,
                    reasons))
    items.sort(key=lambda i: (i.last_activity or "", i.contact_id))
    return items


# -- bulk actions ----------------------------------------------------------------------------


def renew(db: Database, contact_ids: Sequence[str], reason: str, basis: str | None = None,
          clock: Clock = utc_now, expires: date | None = None) -> int:
    """Record a renewed basis today, with the reason, on every contact (or on none); the
    new expiry is `expires` (None: the validity of the review applies)."""
    why = clean_text(reason or "")
    if not why:
        raise DomainError("--renew needs a --reason (it is kept in the consent note)")
    if basis is not None and basis not in {b.value for b in LawfulBasis}:
        raise DomainError("--basis must be one of {known}",
                          known=", ".join(b.value for b in LawfulBasis))
    now = clock()
    if expires is not None and expires <= now.date():
        raise DomainError("the new expiry must be after today; nothing was changed")
    with db.session() as session:
        session.info[audit.ACTION_KEY] = "renewed"  # every flush's entries say why
        contacts = [_live(session.get(Contact, cid), cid) for cid in contact_ids]
        missing = [c.id for c in contacts if not (basis or c.consent_basis)]
        if missing:
            raise DomainError("{count} contact(s) have no lawful basis (first: {record_id}); "
                              "give --basis; nothing was changed", count=len(missing),
                              record_id=missing[0])
        for contact in contacts:
            if basis:
                contact.consent_basis = basis
            contact.consent_date = now.date()
            contact.consent_expires = expires
            line = f"[{now.date().isoformat()}] renewed: {why}"
            contact.consent_note = f"{contact.consent_note}\n{line}".strip()
            contact.updated_at = now
    return len(contacts)


def _live(contact: Contact | None, contact_id: str) -> Contact:
    if contact is None or contact.deleted_at is not None:
        raise NotFound("contact", contact_id)
    return contact


def anonymise(db: Database, contact_ids: Sequence[str], clock: Clock = utc_now) -> int:
    """Remove who the person is; keep that a contact of this country and organisation took
    part in these meetings (event figures stay true). Notes and follow-ups on them lose their
    text. Free text elsewhere that names them is not rewritten: the subject access export
    finds it."""
    now = clock()
    with db.session() as session:
        session.info[audit.ACTION_KEY] = "anonymised"  # every flush's entries say why
        contacts = [_live(session.get(Contact, cid), cid) for cid in contact_ids]
        for contact in contacts:
            contact.given_name = ""
            contact.family_name = f"Anonymised {contact.id[:8]}"
            for name in ("given_name_latin", "family_name_latin", "honorific", "job_title",
                         "consent_source", "consent_note", "notes", "consent_basis",
                         "consent_scope"):
                setattr(contact, name, "")
            contact.emails = []
            contact.phones = []
            contact.value_labels = []  # its keys are the emails and phones
            contact.card_uid = contact.card_rev = ""
            contact.consent_date = None
            contact.consent_expires = None
            contact.first_met_on = None
            contact.updated_at = now
            derive(contact)
            for note in session.scalars(select(Note).where(Note.contact_id == contact.id)):
                note.body = ANONYMISED
                note.updated_at = now
            for item in session.scalars(select(FollowUp).where(
                    FollowUp.contact_id == contact.id)):
                item.title, item.details, item.updated_at = ANONYMISED, "", now
            for past in session.scalars(select(ConsentEvent).where(
                    ConsentEvent.contact_id == contact.id)):
                past.source, past.note, past.updated_at = "", "", now
        session.flush()
        for contact in contacts:  # raced edits keep the old values: drop them
            session.connection().exec_driver_sql(
                "DELETE FROM sync_conflict WHERE row_id = ?", (contact.id,))
    return len(contacts)


def erase(db: Database, contact_ids: Sequence[str], clock: Clock = utc_now) -> int:
    """The sync erasure, contact by contact (each its own transaction)."""
    with db.session() as session:
        for cid in contact_ids:
            _live(session.get(Contact, cid), cid)
    for cid in contact_ids:
        erase_contact(db, cid, clock)  # audited as "erased" by the session's listener
    return len(contact_ids)
