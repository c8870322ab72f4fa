"""The reads of `source.Reader` through the ORM, in one session of an opened `Crm`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app.db.models import (
    AppSetting,
    Contact,
    Event,
    EventDelegate,
    FollowUp,
    Meeting,
    MeetingParticipant,
    Organisation,
    Record,
    StaffMember,
)
from crm_app.reports.source import Reader, Row, Source, by_table, chunks
from crm_app.services.addresses import addresses_by_contact

if TYPE_CHECKING:
    from crm_app.services.crm import Crm

MODELS: dict[str, type[Record]] = {m.__tablename__: m for m in (
    Contact, Event, EventDelegate, FollowUp, Meeting, MeetingParticipant, Organisation,
    StaffMember)}


class OrmReader:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, table: str, record_id: str) -> Row | None:
        return self.session.get(MODELS[table], record_id)

    def by_ids(self, table: str, ids: set[str]) -> list[Row]:
        model = MODELS[table]
        found: list[Row] = []
        for chunk in chunks(sorted(i for i in ids if i)):
            found.extend(self.session.scalars(select(model).where(model.id.in_(chunk))).all())
        return found

    def live_by(self, table: str, column: str, values: Sequence[str]) -> list[Row]:
        model = MODELS[table]
        return list(self.session.scalars(select(model).where(
            getattr(model, column).in_(values), model.deleted_at.is_(None))))

    def event_meetings(self, event_id: str) -> list[Row]:
        return list(self.session.scalars(select(Meeting).where(
            Meeting.event_id == event_id, Meeting.deleted_at.is_(None)).order_by(
            Meeting.starts_at, Meeting.id)))

    def meeting_order(self, event_id: str) -> list[str]:
        return list(self.session.scalars(select(Meeting.id).where(
            Meeting.event_id == event_id, Meeting.deleted_at.is_(None)).order_by(
            Meeting.starts_at, Meeting.id)))

    def addresses(self, contact_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
        return addresses_by_contact(self.session, contact_ids)

    def open_followups(self, statuses: Sequence[str], owner_id: str | None,
                       event_id: str | None, date_from: date | None,
                       date_to: date | None) -> list[Row]:
        query = select(FollowUp).where(FollowUp.deleted_at.is_(None),
                                       FollowUp.status.in_(statuses))
        if owner_id:
            query = query.where(FollowUp.owner_id == owner_id)
        if event_id:
            query = query.where(FollowUp.meeting_id.in_(
                select(Meeting.id).where(Meeting.event_id == event_id)))
        if date_from:
            query = query.where(FollowUp.due_date >= date_from)
        if date_to:
            query = query.where(FollowUp.due_date <= date_to)
        return list(self.session.scalars(query.order_by(
            FollowUp.due_date.is_(None), FollowUp.due_date, FollowUp.title)))

    def setting(self, key: str) -> Any:
        import json

        row = self.session.get(AppSetting, key)
        return json.loads(row.value) if row is not None else None


class OrmSource(Source):
    def __init__(self, crm: Crm) -> None:
        self.crm = crm
        self.clock = crm.clock

    @contextmanager
    def reading(self) -> Iterator[Reader]:
        with self.crm.db.session() as session:
            yield OrmReader(session)

    def record_printed(self, records: Sequence[tuple[str, str]], at: datetime) -> None:
        from crm_app.services.privacy import audit

        for table, ids in by_table(records).items():
            audit.record_in(self.crm.db, "printed", table, ids, at=at)
