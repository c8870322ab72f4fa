"""Create, update, delete (to the Trash), restore, get and list for every kind of record.

Each public method is one unit of work in its own session and returns plain dicts, so the
CLI, the Qt models and worker threads never hold live ORM objects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_app.db.database import Database
from crm_app.db.models import (
    Contact,
    ContactAddress,
    ContactTag,
    Event,
    EventDelegate,
    FollowUp,
    Meeting,
    MeetingParticipant,
    Note,
    Organisation,
    OrganisationTag,
    Record,
    StaffMember,
    Tag,
    derived_sort_key,
    link_id,
)
from crm_app.domain import value_labels
from crm_app.domain.address import has_content
from crm_app.domain.clock import Clock, local_zone, utc_now
from crm_app.domain.enums import FollowUpStatus, ParticipantRole
from crm_app.domain.errors import NotFound, ValidationError
from crm_app.domain.normalise import clean_text, fold
from crm_app.domain.schema import ENTITIES, normalise_changes, to_display
from crm_app.services.addresses import read_addresses, set_addresses

MODELS: dict[str, type[Record]] = {
    "staff": StaffMember,
    "tag": Tag,
    "organisation": Organisation,
    "contact": Contact,
    "event": Event,
    "meeting": Meeting,
    "followup": FollowUp,
    "note": Note,
    "address": ContactAddress,
}
ENTITY_OF_MODEL = {model: name for name, model in MODELS.items()}
HIDDEN_COLUMNS = frozenset({"sort_key"})


def row_to_dict(obj: Record) -> dict[str, Any]:
    return {
        c.key: to_display(getattr(obj, c.key))
        for c in obj.__table__.columns
        if c.key not in HIDDEN_COLUMNS
    }


def load(session: Session, entity: str, record_id: str, *, include_deleted: bool = False) -> Any:
    obj = session.get(MODELS[entity], record_id)
    if obj is None or (obj.deleted_at is not None and not include_deleted):
        raise NotFound(ENTITIES[entity].label, record_id)
    return obj


def derive(obj: Record) -> None:
    """Columns computed from others (sort keys)."""
    key = derived_sort_key(type(obj), {c.key: getattr(obj, c.key) for c in obj.__table__.columns})
    if key is not None:
        obj.sort_key = key  # type: ignore[attr-defined]


def track_completion(obj: Record, was: str | None, now: datetime) -> bool:
    """A follow-up that becomes done records when (`completed_at`); reopened or cancelled,
    it is not completed any more. Every writer (app, CLI, import) goes through here."""
    if not isinstance(obj, FollowUp):
        return False
    if obj.status == FollowUpStatus.DONE.value:
        if was == obj.status and obj.completed_at is not None:
            return False  # done again: keep the first completion time
        obj.completed_at = now
        return True
    if obj.completed_at is not None:
        obj.completed_at = None
        return True
    return False


class RecordService:
    """Use cases for one kind of record."""

    def __init__(self, db: Database, entity: str, clock: Clock = utc_now) -> None:
        self.db = db
        self.entity = entity
        self.model = MODELS[entity]
        self.spec = ENTITIES[entity]
        self.clock = clock

    # -- writes -------------------------------------------------------------------------
    def create(self, values: Mapping[str, Any], record_id: str | None = None) -> dict[str, Any]:
        links = {k: v for k, v in values.items() if k in self.spec.links}
        fields = {k: v for k, v in values.items() if k not in self.spec.links}
        with self.db.session() as session:
            defaults = self._defaults(session, fields)
            clean = normalise_changes(self.entity, {**defaults, **fields})
            self._check(session, clean, None)
            now = self.clock()
            obj = self.model(created_at=now, updated_at=now, **clean)
            track_completion(obj, None, now)
            if record_id:
                obj.id = record_id
            derive(obj)
            session.add(obj)
            session.flush()
            for name, value in links.items():
                set_links(session, self.entity, obj, name, value, now)
            return self._describe(session, obj)

    def update(self, record_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        links = {k: v for k, v in changes.items() if k in self.spec.links}
        fields = {k: v for k, v in changes.items() if k not in self.spec.links}
        with self.db.session() as session:
            obj = load(session, self.entity, record_id)
            current = {c.key: getattr(obj, c.key) for c in obj.__table__.columns}
            if "starts_at" in fields and "timezone" not in fields:
                fields = {**fields, "timezone": current.get("timezone") or "UTC"}
            clean = normalise_changes(self.entity, fields, current)
            self._check(session, clean, obj)
            now = self.clock()
            changed = False
            was = getattr(obj, "status", None)
            for key, value in clean.items():
                if getattr(obj, key) != value:
                    setattr(obj, key, value)
                    changed = True
            changed = track_completion(obj, was, now) or changed
            if isinstance(obj, Contact) and {"emails", "phones"} & clean.keys():
                # a removed email or phone takes its type with it (no stale personal data)
                kept = value_labels.as_pairs(value_labels.as_dict(obj.value_labels),
                                             [*obj.emails, *obj.phones])
                if kept != list(obj.value_labels or []):
                    obj.value_labels = kept
            for name, value in links.items():
                changed = set_links(session, self.entity, obj, name, value, now) or changed
            if changed:
                obj.updated_at = now
                derive(obj)
            return self._describe(session, obj)

    def delete(self, record_id: str) -> dict[str, Any]:
        """Move to the Trash; restore brings it back with every relation intact."""
        with self.db.session() as session:
            obj = load(session, self.entity, record_id)
            now = self.clock()
            obj.deleted_at = now
            obj.updated_at = now
            return row_to_dict(obj)

    def restore(self, record_id: str) -> dict[str, Any]:
        with self.db.session() as session:
            obj = load(session, self.entity, record_id, include_deleted=True)
            if obj.deleted_at is not None:
                obj.deleted_at = None
                obj.updated_at = self.clock()
            return self._describe(session, obj)

    # -- reads --------------------------------------------------------------------------
    def get(self, record_id: str, *, include_deleted: bool = False) -> dict[str, Any]:
        with self.db.session() as session:
            obj = load(session, self.entity, record_id, include_deleted=include_deleted)
            return self._describe(session, obj)

    def exists(self, record_id: str) -> bool:
        with self.db.session() as session:
            obj = session.get(self.model, record_id)
            return obj is not None and obj.deleted_at is None

    def list(
        self,
        *,
        filters: Mapping[str, Any] | None = None,
        limit: int | None = None,
        offset: int = 0,
        deleted: bool = False,
    ) -> list[dict[str, Any]]:
        with self.db.session() as session:
            query = self._query(filters, deleted)
            order = getattr(self.model, "sort_key", None)
            # (sort_key, id) matches an index, so a page deep in 100k rows needs no sort.
            columns = [order] if order is not None else [self.model.created_at]
            query = query.order_by(*columns, self.model.id)
            query = query.offset(offset).limit(limit)
            return [row_to_dict(obj) for obj in session.scalars(query)]

    def count(self, *, filters: Mapping[str, Any] | None = None, deleted: bool = False) -> int:
        with self.db.session() as session:
            subquery = self._query(filters, deleted).subquery()
            return int(session.scalar(select(func.count()).select_from(subquery)) or 0)

    # -- helpers ------------------------------------------------------------------------
    def _query(self, filters: Mapping[str, Any] | None, deleted: bool) -> Any:
        model = self.model
        query = select(model).where(
            model.deleted_at.is_not(None) if deleted else model.deleted_at.is_(None)
        )
        for key, value in (filters or {}).items():
            if value is None or value == "":
                continue
            self.spec.field(key)
            query = query.where(getattr(model, key) == value)
        return query

    def _defaults(self, session: Session, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Values a new record takes from its context (a meeting from its event's zone)."""
        defaults: dict[str, Any] = {}
        if self.entity == "meeting" and not fields.get("timezone"):
            event_id = fields.get("event_id")
            event = session.get(Event, event_id) if event_id else None
            # Not UTC: a start typed with no zone means the laptop's wall clock.
            defaults["timezone"] = event.timezone if event is not None else local_zone()
        if self.entity == "note" and not fields.get("noted_at"):
            defaults["noted_at"] = self.clock()
        if self.entity == "address":
            if not fields.get("kind"):
                defaults["kind"] = "work"
            if "position" not in fields and fields.get("contact_id"):
                taken = session.scalar(select(func.max(ContactAddress.position)).where(
                    ContactAddress.contact_id == str(fields["contact_id"]),
                    ContactAddress.deleted_at.is_(None)))
                defaults["position"] = 0 if taken is None else taken + 1
        return defaults

    def _check(self, session: Session, clean: Mapping[str, Any], obj: Record | None) -> None:
        """Rules that need the database: references exist and are live."""
        for spec in self.spec.fields:
            if spec.kind == "ref" and clean.get(spec.name):
                assert spec.ref is not None
                target = session.get(MODELS[spec.ref], clean[spec.name])
                if target is None or target.deleted_at is not None:
                    raise ValidationError(
                        spec.name, "no {kind} with id {record_id}",
                        kind=ENTITIES[spec.ref].label, record_id=clean[spec.name]
                    )
        if self.entity == "contact":
            merged = {**(row_to_dict(obj) if obj is not None else {}), **clean}
            if not (merged.get("given_name") or merged.get("family_name")):
                raise ValidationError("family_name", "a contact needs a given or family name")
        if self.entity == "address":
            merged = {**(row_to_dict(obj) if obj is not None else {}), **clean}
            if not has_content(merged):
                raise ValidationError("street", "an address needs at least a street, city, "
                                                "postcode, region or country")
        if self.entity == "event":
            start, end = clean.get("start_date"), clean.get("end_date")
            if obj is not None:
                start = start or getattr(obj, "start_date", None)
                end = end or getattr(obj, "end_date", None)
            if start and end and end < start:
                raise ValidationError("end_date", "the event ends before it starts")

    def _describe(self, session: Session, obj: Record) -> dict[str, Any]:
        data = row_to_dict(obj)
        for name in self.spec.links:
            data[name] = read_links(session, self.entity, obj.id, name)
        return data


# -- set-valued relations --------------------------------------------------------------------


def _tag_for(session: Session, name: str, now: Any) -> Tag:
    wanted = fold(name)
    for tag in session.scalars(select(Tag).where(Tag.deleted_at.is_(None))):
        if fold(tag.name) == wanted:
            return tag
    tag = Tag(id=link_id("tag", wanted), name=clean_text(name), created_at=now, updated_at=now)
    existing = session.get(Tag, tag.id)
    if existing is not None:  # a deleted tag of the same name comes back
        existing.deleted_at = None
        existing.updated_at = now
        return existing
    session.add(tag)
    session.flush()
    return tag


def _participant_key(item: Mapping[str, Any]) -> tuple[str, str, str]:
    role = str(item.get("role") or "")
    for column in ("contact_id", "organisation_id", "staff_id"):
        if item.get(column):
            if role not in {r.value for r in ParticipantRole}:
                role = ParticipantRole.STAFF.value if column == "staff_id" else ""
            return role, column, str(item[column])
    raise ValidationError("participants", "a participant needs a contact, organisation or staff id")


def desired_links(
    session: Session, entity: str, obj: Record, name: str, value: Any, now: Any
) -> dict[str, dict[str, Any]]:
    """The link rows (by deterministic id) that `value` asks for."""
    wanted: dict[str, dict[str, Any]] = {}
    if name == "tags":
        names = value.split(",") if isinstance(value, str) else list(value or [])
        for tag_name in (clean_text(n) for n in names):
            if not tag_name:
                continue
            tag = _tag_for(session, tag_name, now)
            owner = "contact_id" if entity == "contact" else "organisation_id"
            wanted[link_id(entity, obj.id, "tag", tag.id)] = {owner: obj.id, "tag_id": tag.id}
    elif name == "delegation":
        ids = value.split(",") if isinstance(value, str) else list(value or [])
        for org_id in (clean_text(i) for i in ids):
            if not org_id:
                continue
            load(session, "organisation", org_id)
            wanted[link_id("delegate", obj.id, org_id)] = {
                "event_id": obj.id,
                "organisation_id": org_id,
            }
    elif name == "participants":
        for item in value or []:
            role, column, target = _participant_key(item)
            target_entity = {"contact_id": "contact", "organisation_id": "organisation",
                             "staff_id": "staff"}[column]
            target_obj = load(session, target_entity, target)
            if not role:
                role = default_role(session, target_obj)
            wanted[link_id("participant", obj.id, column, target)] = {
                "meeting_id": obj.id,
                "role": role,
                column: target,
            }
    return wanted


def default_role(session: Session, target: Record) -> str:
    org: Organisation | None = None
    if isinstance(target, Organisation):
        org = target
    elif isinstance(target, Contact) and target.organisation_id:
        org = session.get(Organisation, target.organisation_id)
    if org is not None and org.side == "italian":
        return ParticipantRole.ITALIAN.value
    return ParticipantRole.FOREIGN.value


LINK_MODELS: dict[tuple[str, str], tuple[type[Record], str]] = {
    ("contact", "tags"): (ContactTag, "contact_id"),
    ("organisation", "tags"): (OrganisationTag, "organisation_id"),
    ("event", "delegation"): (EventDelegate, "event_id"),
    ("meeting", "participants"): (MeetingParticipant, "meeting_id"),
}


def set_links(
    session: Session, entity: str, obj: Record, name: str, value: Any, now: Any
) -> bool:
    """Make the live links equal to `value`; removed links are soft-deleted so sync sees it."""
    if name == "addresses":
        return set_addresses(session, obj.id, value, now)
    model, owner_column = LINK_MODELS[(entity, name)]
    wanted = desired_links(session, entity, obj, name, value, now)
    existing = {
        link.id: link
        for link in session.scalars(select(model).where(getattr(model, owner_column) == obj.id))
    }
    changed = False
    for lid, link in existing.items():
        if lid not in wanted and link.deleted_at is None:
            link.deleted_at = now
            link.updated_at = now
            changed = True
    for lid, columns in wanted.items():
        found = existing.get(lid)
        if found is None:
            session.add(model(id=lid, created_at=now, updated_at=now, **columns))
            changed = True
        elif found.deleted_at is not None or any(
            getattr(found, k) != v for k, v in columns.items()
        ):
            found.deleted_at = None
            for key, val in columns.items():
                setattr(found, key, val)
            found.updated_at = now
            changed = True
    session.flush()
    return changed


def read_links(session: Session, entity: str, owner_id: str, name: str) -> Sequence[Any]:
    if name == "addresses":
        return read_addresses(session, owner_id)
    model, owner_column = LINK_MODELS[(entity, name)]
    links = session.scalars(
        select(model).where(getattr(model, owner_column) == owner_id, model.deleted_at.is_(None))
    ).all()
    if name == "tags":
        tag_ids = [getattr(link, "tag_id") for link in links]  # noqa: B009
        tags = session.scalars(select(Tag).where(Tag.id.in_(tag_ids))).all()
        return sorted(t.name for t in tags)
    if name == "delegation":
        return sorted(str(getattr(link, "organisation_id")) for link in links)  # noqa: B009
    result = []
    for link in links:
        assert isinstance(link, MeetingParticipant)
        item = {"role": link.role}
        for column in ("contact_id", "organisation_id", "staff_id"):
            if getattr(link, column):
                item[column] = getattr(link, column)
        result.append(item)
    return sorted(result, key=lambda i: (i["role"], sorted(i.items())))
