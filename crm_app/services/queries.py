"""The read queries staff need daily: what is due, what happens today, a person's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select

from crm_app.db.database import Database
from crm_app.db.models import (
    Contact,
    FollowUp,
    Meeting,
    MeetingParticipant,
    Note,
    Organisation,
    StaffMember,
)
from crm_app.domain.all_day import MAX_DAYS, day_range
from crm_app.domain.clock import Clock, utc_now
from crm_app.services.records import ENTITY_OF_MODEL, MODELS, load, row_to_dict

OPEN_STATUSES = ("open", "in_progress")


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # meeting, followup, note
    record_id: str
    when: datetime
    title: str
    detail: str


class Queries:
    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self.db = db
        self.clock = clock

    def today(self, zone: str | None = None) -> date:
        now = self.clock()
        return now.astimezone(ZoneInfo(zone)).date() if zone else now.date()

    # -- follow-ups -----------------------------------------------------------------------
    def followups_due(
        self,
        *,
        overdue: bool = False,
        due_within_days: int | None = None,
        owner_id: str | None = None,
        today: date | None = None,
    ) -> list[dict[str, Any]]:
        """Open follow-ups, soonest first. overdue: due before today; due_within_days: up to
        today + N (this week = 7)."""
        day = today or self.today()
        query = select(FollowUp).where(
            FollowUp.deleted_at.is_(None), FollowUp.status.in_(OPEN_STATUSES)
        )
        if overdue:
            query = query.where(FollowUp.due_date < day)
        if due_within_days is not None:
            query = query.where(FollowUp.due_date <= day + timedelta(days=due_within_days))
        if owner_id:
            query = query.where(FollowUp.owner_id == owner_id)
        query = query.order_by(FollowUp.due_date.is_(None), FollowUp.due_date, FollowUp.id)
        with self.db.session() as session:
            return [row_to_dict(f) for f in session.scalars(query)]

    def followups_completed(self, *, since: datetime, owner_id: str | None = None
                            ) -> list[dict[str, Any]]:
        """Follow-ups marked done at or after `since`, most recent first."""
        query = select(FollowUp).where(FollowUp.deleted_at.is_(None),
                                       FollowUp.status == "done",
                                       FollowUp.completed_at >= since.astimezone(UTC))
        if owner_id:
            query = query.where(FollowUp.owner_id == owner_id)
        query = query.order_by(FollowUp.completed_at.desc(), FollowUp.id)
        with self.db.session() as session:
            return [row_to_dict(f) for f in session.scalars(query)]

    def followups_by_owner(self, **kwargs: Any) -> dict[str, list[dict[str, Any]]]:
        grouped: dict[str, list[dict[str, Any]]] = {}
        for item in self.followups_due(**kwargs):
            grouped.setdefault(item["owner_id"] or "", []).append(item)
        return grouped

    # -- meetings -------------------------------------------------------------------------
    def meetings(
        self,
        *,
        event_id: str | None = None,
        day: date | None = None,
        zone: str = "UTC",
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Meetings in start order; `day` is a calendar day in `zone`. An all-day meeting is
        on the days of its own calendar (every day of a multi-day one), whatever `zone`."""
        query = select(Meeting).where(Meeting.deleted_at.is_(None))
        if event_id:
            query = query.where(Meeting.event_id == event_id)
        if day is not None:
            start = datetime.combine(day, time(0), ZoneInfo(zone)).astimezone(UTC)
            # Candidates: timed ones starting that day; all-day ones that began up to their
            # longest length before it (a day's slack either side for the zones).
            query = query.where(or_(
                and_(Meeting.all_day.is_(False), Meeting.starts_at >= start,
                     Meeting.starts_at < start + timedelta(days=1)),
                and_(Meeting.all_day.is_(True),
                     Meeting.starts_at >= start - timedelta(days=MAX_DAYS + 1),
                     Meeting.starts_at < start + timedelta(days=2))))
        query = query.order_by(Meeting.starts_at, Meeting.id)
        if day is None:
            query = query.limit(limit)
        with self.db.session() as session:
            rows = [row_to_dict(m) for m in session.scalars(query)
                    if day is None or not m.all_day or _covers(m, day)]
        if day is None:
            return rows
        rows.sort(key=lambda r: not r["all_day"])  # the day's all-day ones head the day
        return rows if limit is None else rows[:limit]

    # -- timeline -------------------------------------------------------------------------
    def timeline(self, entity: str, record_id: str) -> list[TimelineItem]:
        """Meetings, follow-ups and notes of a contact or organisation, newest first."""
        if entity not in {"contact", "organisation"}:
            raise ValueError(entity)
        with self.db.session() as session:
            load(session, entity, record_id)
            contact_ids = [record_id]
            column = MeetingParticipant.contact_id
            if entity == "organisation":
                contact_ids = list(session.scalars(select(Contact.id).where(
                    Contact.organisation_id == record_id, Contact.deleted_at.is_(None))))
            meeting_ids = select(MeetingParticipant.meeting_id).where(
                MeetingParticipant.deleted_at.is_(None),
                or_(column.in_(contact_ids), MeetingParticipant.organisation_id == record_id),
            )
            items: list[TimelineItem] = []
            for m in session.scalars(select(Meeting).where(
                    Meeting.id.in_(meeting_ids), Meeting.deleted_at.is_(None))):
                items.append(TimelineItem("meeting", m.id, m.starts_at, m.subject or "Meeting",
                                          m.status))
            owner = FollowUp.contact_id if entity == "contact" else FollowUp.organisation_id
            for f in session.scalars(select(FollowUp).where(
                    FollowUp.deleted_at.is_(None),
                    or_(owner == record_id, FollowUp.contact_id.in_(contact_ids),
                        FollowUp.meeting_id.in_(meeting_ids)))):
                when = datetime.combine(f.due_date, time(0), UTC) if f.due_date else f.created_at
                items.append(TimelineItem("followup", f.id, when, f.title, f.status))
            note_owner = Note.contact_id if entity == "contact" else Note.organisation_id
            for n in session.scalars(select(Note).where(
                    Note.deleted_at.is_(None), note_owner == record_id)):
                items.append(TimelineItem("note", n.id, n.noted_at, n.body.split("\n", 1)[0],
                                          ""))
        items.sort(key=lambda i: (i.when, i.record_id), reverse=True)
        return items

    # -- lookups for display --------------------------------------------------------------
    def names(self, ids: list[str]) -> dict[str, str]:
        """Display names for ids of contacts, organisations and staff (one query per table)."""
        wanted = [i for i in ids if i]
        result: dict[str, str] = {}
        if not wanted:
            return result
        with self.db.session() as session:
            for c in session.scalars(select(Contact).where(Contact.id.in_(wanted))):
                result[c.id] = " ".join(p for p in (c.given_name, c.family_name) if p)
            for o in session.scalars(select(Organisation).where(Organisation.id.in_(wanted))):
                result[o.id] = o.name
            for s in session.scalars(select(StaffMember).where(StaffMember.id.in_(wanted))):
                result[s.id] = s.name
        return result

    def people_counts(self, organisation_ids: list[str]) -> dict[str, int]:
        """How many live contacts each organisation has (to tell apart two of one name)."""
        wanted = [i for i in organisation_ids if i]
        if not wanted:
            return {}
        query = (select(Contact.organisation_id, func.count())
                 .where(Contact.organisation_id.in_(wanted), Contact.deleted_at.is_(None))
                 .group_by(Contact.organisation_id))
        with self.db.session() as session:
            counts = {str(org): int(n) for org, n in session.execute(query)}
        return {i: counts.get(i, 0) for i in wanted}

    def trash(self, limit: int = 500) -> list[dict[str, Any]]:
        """Deleted records of every kind, most recently deleted first."""
        items: list[dict[str, Any]] = []
        with self.db.session() as session:
            for entity, model in MODELS.items():
                query = select(model).where(model.deleted_at.is_not(None)).order_by(
                    model.deleted_at.desc()).limit(limit)
                for obj in session.scalars(query):
                    items.append({"entity": entity, "id": obj.id,
                                  "deleted_at": obj.deleted_at.isoformat() if obj.deleted_at
                                  else None, "label": label_of(obj)})
        items.sort(key=lambda i: i["deleted_at"] or "", reverse=True)
        return items[:limit]

    def find_entity(self, record_id: str) -> str | None:
        """Which kind of record an id belongs to (ids are unique across tables)."""
        with self.db.session() as session:
            for entity, model in MODELS.items():
                if session.get(model, record_id) is not None:
                    return entity
        return None


def label_of(obj: Any) -> str:
    entity = ENTITY_OF_MODEL.get(type(obj), "")
    if entity == "contact":
        return " ".join(p for p in (obj.given_name, obj.family_name) if p)
    if entity == "meeting":
        return f"{obj.subject} ({obj.starts_at:%Y-%m-%d %H:%M} UTC)"
    if entity == "followup":
        return str(obj.title)
    if entity == "note":
        return str(obj.body[:60])
    return str(getattr(obj, "name", obj.id))


def _covers(meeting: Meeting, day: date) -> bool:
    first, last = day_range(meeting.starts_at, meeting.timezone or "UTC",
                            meeting.duration_minutes)
    return first <= day <= last
