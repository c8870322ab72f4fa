"""Writing a previewed import in one transaction, and undoing the last one.

New rows go through the bulk path (crm_app.services.bulk: search index and sync change log
included) after clean.py validated them; changed rows go through the ORM so the session
listeners see them. The batch journal records what was created or revived and the previous
values of what was changed, which is all undo needs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from crm_app.db.import_journal import journal_parts, reversed_parts
from crm_app.db.io_models import ImportBatch, ImportJournalPart
from crm_app.db.models import (
    Contact,
    ContactAddress,
    ContactTag,
    Meeting,
    MeetingParticipant,
    Organisation,
    Record,
    Tag,
    link_id,
    new_id,
)
from crm_app.db.search_index import address_text
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.errors import DomainError
from crm_app.domain.normalise import clean_text, fold
from crm_app.io.preview import ImportPreview, PreviewRow
from crm_app.services.addresses import add_addresses
from crm_app.services.bulk import bulk_insert
from crm_app.services.records import default_role, derive, row_to_dict

KEEP_BATCHES = 20
TABLES: dict[str, type[Record]] = {
    model.__tablename__: model
    for model in (Contact, ContactAddress, ContactTag, Meeting, MeetingParticipant,
                  Organisation, Tag)
}
CONTACT_DEFAULTS: dict[str, Any] = {
    "given_name": "", "family_name": "", "given_name_latin": "", "family_name_latin": "",
    "honorific": "", "job_title": "", "organisation_id": None, "emails": [], "phones": [],
    "country": None, "language": "", "first_met_event_id": None, "first_met_on": None,
    "owner_id": None, "consent_basis": "", "consent_date": None, "consent_source": "",
    "consent_note": "", "notes": "", "deleted_at": None, "value_labels": [], "card_uid": "",
    "card_rev": "",
}


def to_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime | date) else value


def from_json(model: type[Record], column: str, value: Any) -> Any:
    if value is None:
        return None
    python_type = model.__table__.columns[column].type.python_type
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    return value


class Journal:
    """What one import created, revived and changed. A streamed import writes it in parts
    (`write_part`, one per chunk), so memory holds one chunk's ids, not the whole file's."""

    def __init__(self, batch_id: str | None = None) -> None:
        self.batch_id = batch_id or new_id()
        self.created: dict[str, list[str]] = defaultdict(list)
        self.revived: dict[str, list[str]] = defaultdict(list)
        self.updated: list[dict[str, Any]] = []
        self.parts = 0
        self.totals: dict[str, Any] = {"created": Counter(), "updated": 0}

    def as_dict(self) -> dict[str, Any]:
        return {"created": dict(self.created), "revived": dict(self.revived),
                "updated": self.updated}

    def write_part(self, session: Session) -> None:
        """Store what is held so far as one part of the batch's journal, and forget it."""
        if not (any(self.created.values()) or any(self.revived.values()) or self.updated):
            return
        self._count()
        session.execute(insert(ImportJournalPart), [{"batch_id": self.batch_id,
                                                     "journal": self.as_dict()}])
        self.parts += 1
        self.created, self.revived = defaultdict(list), defaultdict(list)
        self.updated = []

    def _count(self) -> None:
        for table, ids in self.created.items():
            self.totals["created"][table] += len(ids)
        self.totals["updated"] += len(self.updated)

    def batch_value(self) -> dict[str, Any]:
        """The batch row's own journal: the last part, and the totals when there were parts."""
        value = self.as_dict()
        if self.parts:
            self._count()
            value["parts"] = self.parts
            value["totals"] = {"created": dict(self.totals["created"]),
                               "updated": self.totals["updated"]}
        return value


class ImportWriter:
    """Applies one preview inside the caller's session."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.journal = Journal()
        self.orgs = {fold(name): oid for oid, name in session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None)))}
        self.org_names = {oid: name for name, oid in self.orgs.items()}
        self.tags: dict[str, str] = {}
        self.new_orgs: list[dict[str, Any]] = []

    # -- shared records ---------------------------------------------------------------------
    def org_id(self, name: str, country: str | None,
               values: Mapping[str, Any] | None = None) -> str:
        key = fold(name)
        if key not in self.orgs:
            oid = new_id()
            self.orgs[key] = oid
            self.org_names[oid] = clean_text(name)
            self.new_orgs.append({
                "id": oid, "name": clean_text(name), "name_latin": "", "kind": "company",
                "side": "italian" if country == "IT" else "foreign", "country": country,
                "city": "", "address": "", "website": "", "sectors": [], "notes": "",
                "created_at": self.now, "updated_at": self.now, "deleted_at": None,
                **{k: v for k, v in (values or {}).items() if k != "name"},
            })
        return self.orgs[key]

    def tag_ids(self, names: Iterable[str]) -> list[str]:
        ids = []
        for name in names:
            key = fold(name)
            if key not in self.tags:
                self.tags[key] = self._tag(name, key)
            ids.append(self.tags[key])
        return ids

    def _tag(self, name: str, key: str) -> str:
        live = [t for t in self.session.scalars(select(Tag).where(Tag.deleted_at.is_(None)))
                if fold(t.name) == key]
        if live:
            return live[0].id
        tag_id = link_id("tag", key)
        existing = self.session.get(Tag, tag_id)
        if existing is not None:
            existing.deleted_at, existing.updated_at = None, self.now
            self.journal.revived["tag"].append(tag_id)
        else:
            self.session.add(Tag(id=tag_id, name=clean_text(name), color="",
                                 created_at=self.now, updated_at=self.now))
            self.journal.created["tag"].append(tag_id)
        return tag_id

    def link_tags(self, contact_id: str, tag_ids: Iterable[str],
                  new_links: list[dict[str, Any]], fresh: bool) -> None:
        for tag_id in tag_ids:
            lid = link_id("contact", contact_id, "tag", tag_id)
            existing = None if fresh else self.session.get(ContactTag, lid)
            if existing is None:
                new_links.append({"id": lid, "contact_id": contact_id, "tag_id": tag_id,
                                  "created_at": self.now, "updated_at": self.now,
                                  "deleted_at": None})
            elif existing.deleted_at is not None:
                existing.deleted_at, existing.updated_at = None, self.now
                self.journal.revived["contact_tag"].append(lid)

    # -- rows -------------------------------------------------------------------------------
    def apply(self, preview: ImportPreview) -> None:
        self.apply_rows(preview.rows, preview.new_attendees)

    def apply_rows(self, rows: list[PreviewRow],
                   new_attendees: Mapping[str, Mapping[str, Any]]) -> None:
        """Write these rows; a created row's target_id is set to the new record's id (a
        streamed import combines later rows of the same person into it)."""
        creates = [r for r in rows if r.kind == "contact" and r.action == "create"]
        changes = [r for r in rows if r.kind == "contact" and r.action in {"update", "merge"}]
        meetings = [r for r in rows if r.kind == "meeting"
                    and r.action in {"create", "update", "merge"}]
        self.new_orgs = []
        for row in rows:
            if row.kind == "organisation" and row.action == "create":
                row.target_id = self.org_id(row.values["name"], row.values.get("country"),
                                            row.values)
        contacts: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        places: list[dict[str, Any]] = []
        for row in creates:
            record = {**CONTACT_DEFAULTS, **row.values, "id": new_id(),
                      "created_at": self.now, "updated_at": self.now}
            row.target_id = record["id"]
            if row.organisation:
                record["organisation_id"] = self.org_id(row.organisation, record["country"])
            contacts.append(record)
            self.link_tags(record["id"], self.tag_ids(row.tags), links, fresh=True)
            places += [{**a, "id": new_id(), "contact_id": record["id"], "position": n,
                        "created_at": self.now, "updated_at": self.now, "deleted_at": None}
                       for n, a in enumerate(row.addresses)]
        attendee_ids = self._attendees(new_attendees, contacts)
        org_of_change = {
            row.target_id: self.org_id(row.organisation, row.values.get("country"))
            for row in changes if row.organisation and row.target_id
        }
        self.session.flush()
        bulk_insert(self.session, Organisation, self.new_orgs)
        owners: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for place in places:
            owners[place["contact_id"]].append(place)
        bulk_insert(self.session, Contact, contacts, org_names=self.org_names,
                    addresses={cid: address_text(items) for cid, items in owners.items()})
        self.journal.created["organisation"] += [o["id"] for o in self.new_orgs]
        self.journal.created["contact"] += [c["id"] for c in contacts]
        bulk_insert(self.session, ContactAddress, places)
        self.journal.created["contact_address"] += [p["id"] for p in places]
        for row in changes:
            self._update_contact(row, links, org_of_change.get(row.target_id or ""))
        for row in rows:
            if row.kind == "organisation" and row.action in {"update", "merge"} and row.values:
                organisation = self.session.get(Organisation, row.target_id)
                assert organisation is not None
                self._record_update(organisation, row.values)
        bulk_insert(self.session, ContactTag, links)
        self.journal.created["contact_tag"] += [link["id"] for link in links]
        for row in meetings:
            self._meeting(row, attendee_ids)
        self.session.flush()

    def _attendees(self, new_attendees: Mapping[str, Mapping[str, Any]],
                   contacts: list[dict[str, Any]]) -> dict[str, str]:
        ids = {}
        for email, values in new_attendees.items():
            record = {**CONTACT_DEFAULTS, **values, "id": new_id(),
                      "created_at": self.now, "updated_at": self.now}
            contacts.append(record)
            ids[email] = record["id"]
        return ids

    def _update_contact(self, row: PreviewRow, links: list[dict[str, Any]],
                        organisation_id: str | None) -> None:
        assert row.target_id is not None
        contact = self.session.get(Contact, row.target_id)
        assert contact is not None
        changes = dict(row.values)
        if organisation_id:
            changes["organisation_id"] = organisation_id
        self._record_update(contact, changes)
        self.link_tags(contact.id, self.tag_ids(row.tags), links, fresh=False)
        self.journal.created["contact_address"] += add_addresses(
            self.session, contact.id, row.addresses, self.now)

    def _record_update(self, obj: Record, changes: Mapping[str, Any]) -> None:
        before = {k: to_json(getattr(obj, k)) for k in changes}
        for key, value in changes.items():
            setattr(obj, key, value)
        obj.updated_at = self.now
        derive(obj)
        self.journal.updated.append({"table": obj.__tablename__, "id": obj.id,
                                     "before": before})

    def _meeting(self, row: PreviewRow, attendee_ids: Mapping[str, str]) -> None:
        if row.target_id:
            meeting = self.session.get(Meeting, row.target_id)
            assert meeting is not None
            if row.values:
                self._record_update(meeting, row.values)
        else:
            meeting = Meeting(id=new_id(), created_at=self.now, updated_at=self.now,
                              **row.values)
            self.session.add(meeting)
            self.journal.created["meeting"].append(meeting.id)
        self.session.flush()
        for item in row.participants:
            if "new_contact" in item:
                column, target = "contact_id", attendee_ids[item["new_contact"]]
            else:
                column, target = next(iter(item.items()))
            if column == "staff_id":
                role = "staff"
            else:  # "italian" for people of an Italian company, as when added in the app
                person = self.session.get(Contact, target)
                role = default_role(self.session, person) if person else "foreign"
            lid = link_id("participant", meeting.id, column, target)
            existing = self.session.get(MeetingParticipant, lid)
            if existing is None:
                self.session.add(MeetingParticipant(
                    id=lid, meeting_id=meeting.id, role=role, created_at=self.now,
                    updated_at=self.now, **{column: target}))
                self.journal.created["meeting_participant"].append(lid)
            elif existing.deleted_at is not None:
                existing.deleted_at, existing.updated_at = None, self.now
                self.journal.revived["meeting_participant"].append(lid)


def apply_import(session: Session, preview: ImportPreview, clock: Clock = utc_now) -> ImportBatch:
    """Write the preview in the caller's transaction; returns the batch row (for undo)."""
    now = clock()
    writer = ImportWriter(session, now)
    writer.apply(preview)
    return record_batch(session, now, preview, preview.counts(), writer.journal)


def record_batch(session: Session, now: datetime, preview: ImportPreview,
                 summary: Mapping[str, int], journal: Journal) -> ImportBatch:
    """The batch row undo needs; older batches beyond KEEP_BATCHES are dropped."""
    batch = ImportBatch(id=journal.batch_id, applied_at=now, source=preview.source[:500],
                        format=preview.format, summary=dict(summary),
                        journal=journal.batch_value())
    session.add(batch)
    session.flush()
    old = session.scalars(select(ImportBatch).order_by(ImportBatch.applied_at.desc())
                          .offset(KEEP_BATCHES)).all()
    for stale in old:  # only the newest can be undone; a short history is kept for reference
        session.execute(delete(ImportJournalPart).where(ImportJournalPart.batch_id == stale.id))
        session.delete(stale)
    return batch


def _rows(session: Session, model: type[Record], ids: list[str],
          edited_after: datetime | None = None) -> Iterator[Any]:
    """The records with these ids (only those changed after `edited_after` when given), 500
    ids per query."""
    for start in range(0, len(ids), 500):
        query = select(model).where(model.id.in_(ids[start:start + 500]))
        if edited_after is not None:
            query = query.where(model.updated_at > edited_after)
        yield from session.scalars(query)


def _groups(journal: Mapping[str, Any]) -> Iterator[tuple[str, list[str]]]:
    """(table, ids) of everything a journal part touched: created, revived, then updated."""
    for group in ("created", "revived"):
        yield from (journal.get(group) or {}).items()
    updated: dict[str, list[str]] = defaultdict(list)
    for item in journal.get("updated", []):
        updated[item["table"]].append(item["id"])
    yield from updated.items()


def _edited(session: Session, batch: ImportBatch) -> list[Any]:
    """The records the batch touched that were changed after it (each once)."""
    edited: dict[tuple[str, str], Any] = {}
    for journal in journal_parts(session, batch):
        for table, ids in _groups(journal):
            for obj in _rows(session, TABLES[table], ids, batch.applied_at):
                edited.setdefault((table, obj.id), obj)
    return list(edited.values())


def undo_last_import(session: Session, clock: Clock = utc_now) -> ImportBatch:
    """Put back what the latest (not yet undone) import changed; refuse if edited since.

    Reads the journal part by part (a big import's journal is never in memory at once):
    first whether anything was edited since, then the previous values of what was changed,
    latest change first (a record two chunks changed ends with its values before the
    import), then the records created or revived are deleted again."""
    batch = session.scalars(select(ImportBatch).where(ImportBatch.undone_at.is_(None))
                            .order_by(ImportBatch.applied_at.desc()).limit(1)).first()
    if batch is None:
        raise DomainError("there is no import to undo")
    now = clock()
    edited = _edited(session, batch)
    if edited:
        example = row_to_dict(edited[0])
        name = example.get("family_name") or example.get("name") or example.get("subject") or ""
        raise DomainError(
            "{count} imported record(s) were changed after the import (e.g. {kind} {name}); "
            "undo refused, nothing changed", count=len(edited), kind=edited[0].__tablename__,
            name=name or edited[0].id)
    for journal in reversed_parts(session, batch):
        for item in reversed(journal.get("updated", [])):
            obj = session.get(TABLES[item["table"]], item["id"])
            if obj is None:
                continue
            for key, value in item["before"].items():
                setattr(obj, key, from_json(type(obj), key, value))
            obj.updated_at = now
            derive(obj)
        session.flush()
    for journal in journal_parts(session, batch):
        for group in ("created", "revived"):
            for table, ids in (journal.get(group) or {}).items():
                for obj in _rows(session, TABLES[table], ids):
                    if obj.deleted_at is None:
                        obj.deleted_at, obj.updated_at = now, now
        session.flush()  # the changed records may now leave memory
    batch.undone_at = now
    session.flush()
    return batch
