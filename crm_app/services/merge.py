"""Merging two contacts that are the same person, field by field, and undoing it.

The kept contact takes the chosen value of each field (emails and phones are united, notes
joined); every meeting, follow-up, note and tag of the other contact moves to the kept one
(link rows get the kept contact's deterministic id); the other goes to the Trash. A
MergeRecord says who merged what and when, and holds what undo puts back. All through the
ORM so the search index and the sync change log see each change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app.db.database import Database
from crm_app.db.io_models import MergeRecord
from crm_app.db.models import (
    Contact,
    ContactTag,
    FollowUp,
    MeetingParticipant,
    Note,
    Record,
    link_id,
)
from crm_app.domain import value_labels
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.errors import DomainError, NotFound
from crm_app.domain.schema import ENTITIES
from crm_app.io.apply import from_json, to_json
from crm_app.services.privacy import audit
from crm_app.services.records import derive, load, row_to_dict

MERGED_FIELDS = tuple(f.name for f in ENTITIES["contact"].fields)
UNITED = ("emails", "phones")
LINKS: dict[str, type[Record]] = {
    "contact_tag": ContactTag, "meeting_participant": MeetingParticipant,
    "follow_up": FollowUp, "note": Note,
}


@dataclass(frozen=True)
class FieldChoice:
    name: str
    label: str
    keep_value: Any
    other_value: Any
    merged_value: Any  # the default result


def _empty(value: Any) -> bool:
    return value in (None, "", [])


def default_value(name: str, keep: Any, other: Any) -> Any:
    if name in UNITED:
        return list(keep or []) + [v for v in other or [] if v not in (keep or [])]
    if name in {"notes", "consent_note"} and not _empty(keep) and not _empty(other) \
            and str(other) not in str(keep):
        return f"{keep}\n\n{other}"
    return other if _empty(keep) else keep


def plan(db: Database, keep_id: str, other_id: str) -> list[FieldChoice]:
    """The fields side by side with the value a merge would keep by default."""
    if keep_id == other_id:
        raise DomainError("a contact cannot be merged with itself")
    with db.session() as session:
        keep = row_to_dict(load(session, "contact", keep_id))
        other = row_to_dict(load(session, "contact", other_id))
    return [FieldChoice(f.name, f.label, keep[f.name], other[f.name],
                        default_value(f.name, keep[f.name], other[f.name]))
            for f in ENTITIES["contact"].fields]


class _Merger:
    def __init__(self, session: Session, now: Any) -> None:
        self.session = session
        self.now = now
        self.journal: dict[str, Any] = {"repointed": [], "created": [], "revived": [],
                                        "deleted": []}

    def move_link(self, link: Record, new_id: str, columns: Mapping[str, Any]) -> None:
        """Soft-delete `link` and make sure the kept contact's equivalent row is live."""
        table = link.__tablename__
        target = self.session.get(type(link), new_id)
        if target is None:
            self.session.add(type(link)(id=new_id, created_at=self.now, updated_at=self.now,
                                        **columns))
            self.journal["created"].append([table, new_id])
        elif target.deleted_at is not None:
            target.deleted_at, target.updated_at = None, self.now
            self.journal["revived"].append([table, new_id])
        link.deleted_at, link.updated_at = self.now, self.now
        self.journal["deleted"].append([table, link.id])

    def move_everything(self, keep_id: str, other_id: str) -> None:
        live_tags = self.session.scalars(select(ContactTag).where(
            ContactTag.contact_id == other_id, ContactTag.deleted_at.is_(None))).all()
        for tag_link in live_tags:
            self.move_link(tag_link, link_id("contact", keep_id, "tag", tag_link.tag_id),
                           {"contact_id": keep_id, "tag_id": tag_link.tag_id})
        participants = self.session.scalars(select(MeetingParticipant).where(
            MeetingParticipant.contact_id == other_id,
            MeetingParticipant.deleted_at.is_(None))).all()
        for part in participants:
            self.move_link(part, link_id("participant", part.meeting_id, "contact_id", keep_id),
                           {"meeting_id": part.meeting_id, "role": part.role,
                            "contact_id": keep_id})
        for model in (FollowUp, Note):  # deleted ones too, so a later restore finds the keeper
            for row in self.session.scalars(select(model).where(model.contact_id == other_id)):
                setattr(row, "contact_id", keep_id)  # noqa: B010 - FollowUp or Note
                row.updated_at = self.now
                self.journal["repointed"].append([row.__tablename__, row.id])


def merge_contacts(db: Database, keep_id: str, other_id: str,
                   choices: Mapping[str, str] | None = None, merged_by: str = "",
                   clock: Clock = utc_now) -> dict[str, Any]:
    """Merge `other` into `keep`. `choices` maps a field to "keep", "other" or "both"
    (lists and notes); unnamed fields take the default. Returns the merge record."""
    if keep_id == other_id:
        raise DomainError("a contact cannot be merged with itself")
    with db.session() as session:
        session.info[audit.ACTION_KEY] = "merged"  # the audit log names both rows' change
        keep = load(session, "contact", keep_id)
        other = load(session, "contact", other_id)
        now = clock()
        values: dict[str, Any] = {}
        for name in MERGED_FIELDS:
            mine, theirs = getattr(keep, name), getattr(other, name)
            choice = (choices or {}).get(name, "default")
            if choice not in {"keep", "other", "both", "default"}:
                raise DomainError("{field}: choose keep, other or both (not {choice!r})",
                                  field=name, choice=choice)
            if choice == "keep":
                values[name] = mine
            elif choice == "other":
                values[name] = theirs
            else:
                values[name] = default_value(name, mine, theirs)
        # the kept contact takes the other's types of the emails and phones it now has
        values["value_labels"] = value_labels.united(
            keep.value_labels, value_labels.as_dict(other.value_labels),
            [*values["emails"], *values["phones"]], overwrite=False)
        before = {name: to_json(getattr(keep, name)) for name in (*MERGED_FIELDS,
                                                                  "value_labels")}
        merger = _Merger(session, now)
        merger.move_everything(keep_id, other_id)
        for name, value in values.items():
            setattr(keep, name, value)
        keep.updated_at = now
        derive(keep)
        other.deleted_at, other.updated_at = now, now
        merger.journal["keep_before"] = before
        record = MergeRecord(merged_at=now, merged_by=merged_by[:200], keep_id=keep_id,
                             other_id=other_id, journal=merger.journal)
        session.add(record)
        session.flush()
        return _describe(record)


def undo_merge(db: Database, merge_id: str, clock: Clock = utc_now) -> dict[str, Any]:
    """Bring the other contact back and every moved row with it; the kept contact gets its
    old values. Refused when either contact was edited after the merge."""
    with db.session() as session:
        record = session.get(MergeRecord, merge_id)
        if record is None:
            raise NotFound("merge", merge_id)
        if record.undone_at is not None:
            raise DomainError("this merge was already undone")
        keep = session.get(Contact, record.keep_id)
        other = session.get(Contact, record.other_id)
        if keep is None or other is None:
            raise DomainError("a contact of this merge no longer exists; cannot undo")
        if keep.updated_at > record.merged_at or other.updated_at > record.merged_at:
            raise DomainError("a merged contact was changed after the merge; undo refused, "
                              "nothing changed")
        now = clock()
        journal = record.journal
        for table, row_id in journal["repointed"]:
            row = session.get(LINKS[table], row_id)
            if row is not None:
                setattr(row, "contact_id", record.other_id)  # noqa: B010 - FollowUp or Note
                row.updated_at = now
        for table, row_id in journal["created"] + journal["revived"]:
            row = session.get(LINKS[table], row_id)
            if row is not None:
                row.deleted_at, row.updated_at = now, now
        for table, row_id in journal["deleted"]:
            row = session.get(LINKS[table], row_id)
            if row is not None:
                row.deleted_at, row.updated_at = None, now
        for name, value in journal["keep_before"].items():
            setattr(keep, name, from_json(Contact, name, value))
        keep.updated_at = now
        derive(keep)
        other.deleted_at, other.updated_at = None, now
        record.undone_at = now
        session.flush()
        return _describe(record)


def history(db: Database, limit: int = 100) -> list[dict[str, Any]]:
    with db.session() as session:
        records = session.scalars(select(MergeRecord).order_by(MergeRecord.merged_at.desc())
                                  .limit(limit))
        return [_describe(r) for r in records]


def _describe(record: MergeRecord) -> dict[str, Any]:
    journal = record.journal
    return {"id": record.id, "merged_at": record.merged_at.isoformat(),
            "merged_by": record.merged_by, "keep_id": record.keep_id,
            "other_id": record.other_id,
            "moved": len(journal.get("repointed", [])) + len(journal.get("deleted", [])),
            "undone_at": record.undone_at.isoformat() if record.undone_at else None}
