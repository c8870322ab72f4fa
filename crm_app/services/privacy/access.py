"""Subject access (GDPR art. 15): everything this laptop holds about one person, as JSON.

"Naming them" means: linked by id (participant, note or follow-up on the contact), or a text
field that contains their full name (either order, native or Latin form), one of their email
addresses or one of their phone numbers (digits compared, any spacing). A family name alone is
not searched: it would bring in every namesake. The export says why each record is in it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import phonenumbers
from sqlalchemy import JSON, String, Text, select
from sqlalchemy.orm import Session

from crm_app.db.database import Database
from crm_app.db.import_journal import journal_parts
from crm_app.db.io_models import ImportBatch, MergeRecord
from crm_app.db.models import (
    AuditEntry,
    ConsentEvent,
    Contact,
    ContactTag,
    Event,
    FollowUp,
    Meeting,
    MeetingParticipant,
    Note,
    Organisation,
    Record,
    StaffMember,
    Tag,
)
from crm_app.db.sync_models import SyncConflict, SyncRow, SyncState
from crm_app.domain import hlc
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.errors import NotFound
from crm_app.domain.normalise import fold
from crm_app.services.addresses import read_addresses
from crm_app.services.records import ENTITY_OF_MODEL, row_to_dict

FORMAT = "crm-subject-access/1"
_DIGITS = re.compile(r"\d")
# Tables whose free text is searched for the person (link tables hold only ids).
SCANNED: tuple[type[Record], ...] = (Meeting, Note, FollowUp, Organisation, Event, Contact,
                                     StaffMember)


class Matcher:
    """Finds a person's names, emails and phones inside free text."""

    def __init__(self, contact: Contact) -> None:
        names = set()
        for given, family in ((contact.given_name, contact.family_name),
                              (contact.given_name_latin, contact.family_name_latin)):
            if given and family:
                names.add(fold(f"{given} {family}"))
                names.add(fold(f"{family} {given}"))
                names.add(fold(f"{family}{given}"))  # CJK names are written without a space
        self.texts = sorted(n for n in names if len(n) >= 3)
        self.texts += sorted({fold(e) for e in contact.emails or [] if e})
        self.phones = sorted({d for p in contact.phones or [] for d in _phone_digits(p)})

    def reasons(self, text: str) -> list[str]:
        if not text:
            return []
        folded = fold(text)
        found = [f"names {t!r}" for t in self.texts if t in folded]
        digits = "".join(_DIGITS.findall(text))
        found += [f"names phone …{p[-4:]}" for p in self.phones if p in digits]
        return found


def _phone_digits(e164: str) -> set[str]:
    """The number as written internationally and nationally (with its trunk prefix)."""
    digits = "".join(_DIGITS.findall(e164))
    forms = {digits} if len(digits) >= 7 else set()
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return forms
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    forms.add("".join(_DIGITS.findall(national)))
    return {f for f in forms if len(f) >= 7}


def _text_columns(model: type[Record]) -> list[str]:
    return [c.key for c in model.__table__.columns
            if isinstance(c.type, String | Text | JSON) and c.key not in {"id", "sort_key"}
            and not c.foreign_keys]


def _text_of(obj: Record, columns: Iterable[str]) -> dict[str, str]:
    out = {}
    for name in columns:
        value = getattr(obj, name)
        if isinstance(value, list):
            value = " ".join(map(str, value))
        if isinstance(value, str) and value:
            out[name] = value
    return out


def _named_in(obj: Record, matcher: Matcher) -> list[str]:
    reasons = []
    for column, text in _text_of(obj, _text_columns(type(obj))).items():
        reasons += [f"{column} {why}" for why in matcher.reasons(text)]
    return reasons


def _entry(obj: Record, reasons: list[str]) -> dict[str, Any]:
    return {**row_to_dict(obj), "in_trash": obj.deleted_at is not None,
            "why": sorted(set(reasons))}


def _label(session: Session, model: type[Record], record_id: str | None) -> Any:
    if not record_id:
        return None
    obj = session.get(model, record_id)
    if obj is None:
        return {"id": record_id}
    name = getattr(obj, "name", None) or getattr(obj, "subject", None) or ""
    return {"id": record_id, "name": name}


def _devices(rows: list[SyncRow], this_device: str | None) -> list[dict[str, Any]]:
    """Which laptops wrote these records, from the change log's clock stamps."""
    seen: dict[str, datetime] = {}
    for row in rows:
        stamps = [row.base, *(s for s, _ in json.loads(row.fields or "{}").values())]
        if row.erased:
            stamps.append(row.erased)
        for stamp in stamps:
            try:
                parsed = hlc.parse(stamp)
            except ValueError:
                continue
            if parsed.device not in seen or parsed.when > seen[parsed.device]:
                seen[parsed.device] = parsed.when
    return [{"device_id": d, "this_laptop": d == this_device, "last_write": w.isoformat()}
            for d, w in sorted(seen.items())]


def subject_access(db: Database, contact_id: str, clock: Clock = utc_now) -> dict[str, Any]:
    """The subject access export of one contact (Trash included: it still holds the data)."""
    with db.session() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact", contact_id)
        matcher = Matcher(contact)
        collected: dict[str, dict[str, list[str]]] = {}  # entity -> id -> reasons

        def add(obj: Record, *why: str) -> None:
            bucket = collected.setdefault(ENTITY_OF_MODEL[type(obj)], {})
            bucket.setdefault(obj.id, []).extend(why)

        participations = session.scalars(select(MeetingParticipant).where(
            MeetingParticipant.contact_id == contact_id)).all()
        meeting_ids = {p.meeting_id for p in participations}
        for meeting in session.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids))):
            roles = [p.role for p in participations if p.meeting_id == meeting.id]
            left = all(p.deleted_at is not None for p in participations
                       if p.meeting_id == meeting.id)
            add(meeting, f"participant ({', '.join(roles)})" + (" (removed)" if left else ""))
        for note in session.scalars(select(Note).where(Note.contact_id == contact_id)):
            add(note, "note on the contact")
        for note in session.scalars(select(Note).where(Note.meeting_id.in_(meeting_ids))):
            add(note, "note on a meeting they took part in")
        for item in session.scalars(select(FollowUp).where(FollowUp.contact_id == contact_id)):
            add(item, "follow-up of the contact")
        for item in session.scalars(select(FollowUp).where(
                FollowUp.meeting_id.in_(meeting_ids))):
            add(item, "follow-up of a meeting they took part in")
        # Free text anywhere (meeting minutes, notes, other records) that names them.
        for model in SCANNED:
            for obj in session.scalars(select(model)).yield_per(1000):
                if obj.id == contact_id:
                    continue
                reasons = _named_in(obj, matcher)
                if reasons:
                    add(obj, *reasons)

        records: dict[str, list[dict[str, Any]]] = {}
        objects: dict[str, Record] = {}
        for entity, ids in collected.items():
            kind = next(m for m, e in ENTITY_OF_MODEL.items() if e == entity)
            for obj in session.scalars(select(kind).where(kind.id.in_(ids))):
                objects[obj.id] = obj
                entry = _entry(obj, ids[obj.id])
                if isinstance(obj, Meeting):
                    entry["participants"] = [
                        {k: getattr(p, k) for k in ("role", "contact_id", "organisation_id",
                                                    "staff_id") if getattr(p, k)}
                        for p in session.scalars(select(MeetingParticipant).where(
                            MeetingParticipant.meeting_id == obj.id,
                            MeetingParticipant.deleted_at.is_(None)))]
                records.setdefault(entity, []).append(entry)
        for entries in records.values():
            entries.sort(key=lambda e: (e.get("created_at") or "", e["id"]))

        tag_ids = [t.tag_id for t in session.scalars(select(ContactTag).where(
            ContactTag.contact_id == contact_id, ContactTag.deleted_at.is_(None)))]
        tags = sorted(session.scalars(select(Tag.name).where(Tag.id.in_(tag_ids))))
        person = row_to_dict(contact)
        all_ids = [contact_id, *objects]
        sync_rows = list(session.scalars(select(SyncRow).where(SyncRow.row_id.in_(all_ids))))
        mine = session.scalar(select(SyncState.value).where(SyncState.key == "device_id"))
        sent = session.scalar(select(SyncState.value).where(SyncState.key == "sent_upto")) or ""
        own_row = next((r for r in sync_rows if r.row_id == contact_id), None)
        return {
            "format": FORMAT,
            "generated_at": clock().isoformat(),
            "contact": {**person, "in_trash": contact.deleted_at is not None, "tags": tags,
                        "addresses": read_addresses(session, contact_id),
                        "organisation": _label(session, Organisation, contact.organisation_id),
                        "owner": _label(session, StaffMember, contact.owner_id),
                        "first_met_event": _label(session, Event, contact.first_met_event_id)},
            "consent": {k: person.get(k) for k in ("consent_basis", "consent_date",
                                                   "consent_source", "consent_scope",
                                                   "consent_expires", "consent_note")},
            "consent_history": _consent_history(session, contact_id),
            "audit": _audit(session, all_ids),
            "records": {k: records[k] for k in sorted(records)},
            "provenance": {
                "created_at": person["created_at"], "updated_at": person["updated_at"],
                "imports": _imports(session, set(all_ids)),
                "merges": _merges(session, contact_id),
                "written_by_devices": _devices(sync_rows, mine),
                "sent_to_shared_file": bool(own_row and sent and own_row.max_hlc <= sent),
                "erased": bool(own_row and own_row.erased),
            },
            "sync_conflicts": _conflicts(session, all_ids),
        }


def _imports(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    found = []
    for batch in session.scalars(select(ImportBatch).order_by(ImportBatch.applied_at)):
        created: set[str] = set()
        updated: set[str] = set()
        for journal in journal_parts(session, batch):  # a big import's parts one by one
            created |= ids & {i for group in ("created", "revived")
                              for values in (journal.get(group) or {}).values()
                              for i in values}
            updated |= ids & {u.get("id") for u in journal.get("updated") or []}
        hits = sorted(ids & (created | updated))
        if hits:
            found.append({"batch_id": batch.id, "applied_at": batch.applied_at.isoformat(),
                          "source": batch.source, "format": batch.format,
                          "undone": batch.undone_at is not None,
                          "created": sorted(ids & created), "updated": sorted(ids & updated)})
    return found


def _merges(session: Session, contact_id: str) -> list[dict[str, Any]]:
    return [{"merge_id": m.id, "merged_at": m.merged_at.isoformat(), "merged_by": m.merged_by,
             "kept": m.keep_id, "merged_in": m.other_id, "undone": m.undone_at is not None,
             "journal": m.journal}
            for m in session.scalars(select(MergeRecord).where(
                (MergeRecord.keep_id == contact_id) | (MergeRecord.other_id == contact_id)))]


def _conflicts(session: Session, ids: list[str]) -> list[dict[str, Any]]:
    """Losing values of raced edits: they are kept here and are personal data too."""
    return [{"id": c.id, "table": c.table_name, "row_id": c.row_id, "field": c.field,
             "mine": json.loads(c.mine_value), "theirs": json.loads(c.theirs_value),
             "kept": c.kept, "resolved": c.resolved_at is not None}
            for c in session.scalars(select(SyncConflict).where(SyncConflict.row_id.in_(ids)))]



def _consent_history(session: Session, contact_id: str) -> list[dict[str, Any]]:
    """Every recorded change of their lawful basis, oldest first."""
    return [{k: v for k, v in row_to_dict(e).items() if k not in {"contact_id"}}
            for e in session.scalars(select(ConsentEvent).where(
                ConsentEvent.contact_id == contact_id).order_by(ConsentEvent.at,
                                                                 ConsentEvent.id))]


def _audit(session: Session, ids: list[str]) -> list[dict[str, Any]]:
    """Who did what to these records (ids and field names only)."""
    found: list[AuditEntry] = []
    for start in range(0, len(ids), 500):
        found += session.scalars(select(AuditEntry).where(
            AuditEntry.row_id.in_(ids[start:start + 500])))
    return [{"at": e.at.isoformat(), "action": e.action, "table": e.table_name,
             "record_id": e.row_id, "fields": list(e.fields), "staff_id": e.staff_id,
             "device_id": e.device_id} for e in sorted(found, key=lambda e: (e.at, e.id))]
