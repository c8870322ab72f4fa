"""ORM mapping (SQLAlchemy 2, typed). One class per table; no behaviour beyond the mapping.

Every synchronised row has a UUID `id` that means the same on every laptop, `created_at` /
`updated_at` in UTC and a `deleted_at` marker (the Trash). Link tables (tags, participants,
delegations) are rows too, with a deterministic id derived from what they link, so two
laptops that add the same participant offline produce the same row.
"""

# No `from __future__ import annotations` here: SQLAlchemy would then evaluate every
# `Mapped[...]` annotation from its string (about 200 eval calls), which made mapping the
# classes take ~40% longer at the start of every command; the mapping is the same.

import hashlib
import os
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from crm_app.domain.normalise import sort_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Namespace for deterministic link ids (uuid5); never change it.
LINK_NAMESPACE = uuid.UUID("6f1c2a9e-3b7d-4e0a-9c55-2d8e4f1a7b30")


_LINK_PREFIX = LINK_NAMESPACE.bytes


def _uuid_text(raw: bytes, version: int) -> str:
    """str(uuid.UUID(bytes=raw[:16], version=version)) without building the UUID object (a
    big import makes millions of ids; tests/core/test_ids.py compares the two)."""
    digits = bytearray(raw[:16])
    digits[6] = (digits[6] & 0x0F) | (version << 4)
    digits[8] = (digits[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digits.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_id() -> str:
    """A random (version 4) UUID as text, as str(uuid.uuid4()) writes it."""
    return _uuid_text(os.urandom(16), 4)


def link_id(*parts: str) -> str:
    """The deterministic (version 5) id of a link, as str(uuid.uuid5(LINK_NAMESPACE, ...))."""
    return _uuid_text(hashlib.sha1(_LINK_PREFIX + "|".join(parts).encode()).digest(), 5)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC text by SQLite."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Record(Base):
    """Columns every synchronised table has."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)


class StaffMember(Record):
    __tablename__ = "staff_member"
    # Lists sorted by owner read staff in this order (unique, so SQLite needs no sort step).
    __table_args__ = (Index("ix_staff_member_sort", "sort_key", "id", unique=True),)

    name: Mapped[str] = mapped_column(String(200))
    office: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="")


class Tag(Record):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(100), index=True)
    color: Mapped[str] = mapped_column(String(16), default="")


class Organisation(Record):
    __tablename__ = "organisation"
    # Live rows by name / by country (listing.py walks these in order; no sort step), and
    # every row by name for contacts sorted by their organisation (deleted ones included).
    __table_args__ = (Index("ix_organisation_live_sort", "deleted_at", "sort_key", "id"),
                      Index("ix_organisation_live_country", "deleted_at", "country", "id"),
                      Index("ix_organisation_sort", "sort_key", "id", unique=True))

    name: Mapped[str] = mapped_column(String(300))
    name_latin: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(32), default="company")
    side: Mapped[str] = mapped_column(String(16), default="foreign", index=True)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    city: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    sectors: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(600), default="")


class Contact(Record):
    __tablename__ = "contact"
    # Live rows by name: serves "WHERE deleted_at IS NULL ORDER BY sort_key, id" without a sort.
    # Other sortable columns likewise (see listing.py), and (fk, id) for the lists sorted
    # by organisation or owner, which read that table first in name order.
    __table_args__ = (Index("ix_contact_live_sort", "deleted_at", "sort_key", "id"),
                      Index("ix_contact_live_country", "deleted_at", "country", "id"),
                      Index("ix_contact_live_job_title", "deleted_at", "job_title", "id"),
                      Index("ix_contact_live_updated_at", "deleted_at", "updated_at", "id"),
                      Index("ix_contact_organisation_order", "organisation_id", "id"),
                      Index("ix_contact_owner_order", "owner_id", "id"))

    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    given_name_latin: Mapped[str] = mapped_column(String(200), default="")
    family_name_latin: Mapped[str] = mapped_column(String(200), default="")
    honorific: Mapped[str] = mapped_column(String(50), default="")
    job_title: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    emails: Mapped[list[str]] = mapped_column(default=list)
    phones: Mapped[list[str]] = mapped_column(default=list)
    # The type of an email or phone: [value, label] pairs (crm_app.domain.value_labels). A
    # list, not a dict, so sync merges racing edits pair by pair as it does emails and phones.
    value_labels: Mapped[list[list[str]]] = mapped_column(JSON, default=list,
                                                           server_default="[]")
    # UID and REV of the vCard this contact came from: re-importing it finds this contact.
    card_uid: Mapped[str] = mapped_column(String(300), default="", server_default="")
    card_rev: Mapped[str] = mapped_column(String(40), default="", server_default="")
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    language: Mapped[str] = mapped_column(String(8), default="")
    first_met_event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), index=True)
    first_met_on: Mapped[date | None]
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    consent_basis: Mapped[str] = mapped_column(String(32), default="")
    consent_date: Mapped[date | None]
    consent_source: Mapped[str] = mapped_column(String(300), default="")
    consent_note: Mapped[str] = mapped_column(Text, default="")
    # What the consent covers (e.g. "event invitations") and until when it holds.
    consent_scope: Mapped[str] = mapped_column(String(300), default="")
    consent_expires: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="")


class ContactAddress(Record):
    """A postal address of a contact (several per contact: work, home, other). A row of its
    own with a random id, so two laptops adding addresses to one contact keep both."""

    __tablename__ = "contact_address"
    __table_args__ = (Index("ix_contact_address_contact", "contact_id", "position"),)

    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"))
    kind: Mapped[str] = mapped_column(String(16), default="work")
    label: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(32), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str | None] = mapped_column(String(2))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Event(Record):
    __tablename__ = "event"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default="trade_fair")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str | None] = mapped_column(String(2))
    venue: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(index=True)
    end_date: Mapped[date | None]
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Meeting(Record):
    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_event_start", "event_id", "starts_at"),)

    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # Date-only (all-day) meeting: starts_at is the zone's local midnight of the first day
    # and the duration whole days (crm_app.domain.all_day).
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    place: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(16), default="confirmed", index=True)
    agenda: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    interest: Mapped[str] = mapped_column(String(8), default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Record):
    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_status_due", "status", "due_date"),
                      Index("ix_follow_up_live_due", "deleted_at", "due_date", "id"),
                      Index("ix_follow_up_owner_order", "owner_id", "id"))

    title: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    due_date: Mapped[date | None]
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    status: Mapped[str] = mapped_column(String(16), default="open")
    completed_at: Mapped[datetime | None]
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)


class Note(Record):
    __tablename__ = "note"

    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    noted_at: Mapped[datetime]
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), index=True)


class ContactTag(Record):
    __tablename__ = "contact_tag"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    tag_id: Mapped[str] = mapped_column(ForeignKey("tag.id"), index=True)


class OrganisationTag(Record):
    __tablename__ = "organisation_tag"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    tag_id: Mapped[str] = mapped_column(ForeignKey("tag.id"), index=True)


class EventDelegate(Record):
    """An Italian company taking part in an event's delegation."""

    __tablename__ = "event_delegate"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)


class MeetingParticipant(Record):
    """Exactly one of contact_id, organisation_id, staff_id is set."""

    __tablename__ = "meeting_participant"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), index=True)


class AuditEntry(Record):
    """Who (staff member, laptop) did what to which record, and when: ids, table and field
    names and the action only, never a personal value, so it can be kept and synchronised
    after the person it is about was erased. Append-only (triggers refuse UPDATE and DELETE);
    it travels through sync like any table and, never changing, merges as a set."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_row", "row_id", "at"),)

    at: Mapped[datetime] = mapped_column(index=True)
    device_id: Mapped[str] = mapped_column(String(40), default="")
    staff_id: Mapped[str] = mapped_column(String(36), default="")
    action: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[list[str]] = mapped_column(default=list)


class ConsentEvent(Record):
    """One change of a contact's lawful basis (the consent history): what was recorded,
    when, by whom. Written in the same flush as the contact's change."""

    __tablename__ = "consent_event"
    __table_args__ = (Index("ix_consent_event_contact", "contact_id", "at"),)

    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"))
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(16))  # recorded, changed, renewed, cleared
    basis: Mapped[str] = mapped_column(String(32), default="")
    consent_date: Mapped[date | None]
    source: Mapped[str] = mapped_column(String(300), default="")
    scope: Mapped[str] = mapped_column(String(300), default="")
    expires: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[str] = mapped_column(String(36), default="")
    # Only so that a new contact is inserted before its first event in the same flush.
    contact: Mapped[Contact] = relationship()


class AppSetting(Base):
    """Local-only key/value settings of this laptop (profile, device id); never synchronised."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


def derived_sort_key(model: type[Record], values: Mapping[str, Any]) -> str | None:
    """The name order of a row (None for tables not sorted by name): the Latin form a person
    gave, else a transliteration of the name, family name first."""
    if model is Contact:
        latin = " ".join(
            p for p in (values.get("family_name_latin"), values.get("given_name_latin")) if p
        )
        return sort_key(latin) if latin else sort_key(
            values.get("family_name"), values.get("given_name")
        )
    if model is Organisation:
        return sort_key(values.get("name_latin") or values.get("name"))
    if model is StaffMember:
        return sort_key(values.get("name"))
    return None


# The columns `derived_sort_key` reads: a write that changes none of them keeps the key.
SORT_KEY_COLUMNS: dict[type[Record], frozenset[str]] = {
    Contact: frozenset({"family_name_latin", "given_name_latin", "family_name", "given_name"}),
    Organisation: frozenset({"name_latin", "name"}),
    StaffMember: frozenset({"name"}),
}


SYNCED_MODELS: tuple[type[Record], ...] = (
    StaffMember,
    Tag,
    Organisation,
    Event,
    Contact,
    ContactAddress,
    Meeting,
    FollowUp,
    Note,
    ContactTag,
    OrganisationTag,
    EventDelegate,
    MeetingParticipant,
    ConsentEvent,
    AuditEntry,
)

from crm_app.db import io_models as _io_models  # noqa: E402,F401
from crm_app.db import privacy_models as _privacy_models  # noqa: E402,F401
from crm_app.db import sync_models as _sync_models  # noqa: E402,F401
