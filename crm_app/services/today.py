"""What the Today view reads beside the paged lists: who each meeting is with, and counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select

from crm_app.db.database import Database
from crm_app.db.models import Contact, FollowUp, MeetingParticipant, Organisation
from crm_app.services.listing import OPEN_STATUSES
from crm_app.services.privacy import consent


def counterparts(db: Database, meeting_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """Per meeting: the people met (contacts, foreign ones first) and their organisations."""
    found: dict[str, dict[str, list[str]]] = {}
    if not meeting_ids:
        return {}
    with db.session() as session:
        rows = session.execute(
            select(MeetingParticipant.meeting_id, MeetingParticipant.role,
                   Contact.given_name, Contact.family_name, Organisation.name,
                   Organisation.id)
            .select_from(MeetingParticipant)
            .outerjoin(Contact, Contact.id == MeetingParticipant.contact_id)
            .outerjoin(Organisation, Organisation.id == func.coalesce(
                MeetingParticipant.organisation_id, Contact.organisation_id))
            .where(MeetingParticipant.meeting_id.in_(list(meeting_ids)),
                   MeetingParticipant.deleted_at.is_(None),
                   MeetingParticipant.staff_id.is_(None))
            .order_by(MeetingParticipant.role, Contact.sort_key))
        for meeting_id, _role, given, family, org, _org_id in rows:
            entry = found.setdefault(meeting_id, {"people": [], "organisations": []})
            name = " ".join(p for p in (given, family) if p)
            if name and name not in entry["people"]:
                entry["people"].append(name)
            if org and org not in entry["organisations"]:
                entry["organisations"].append(org)
    return {k: {"people": ", ".join(v["people"]), "organisations": ", ".join(
        v["organisations"])} for k, v in found.items()}


def counts(db: Database, today: date, staff_id: str) -> dict[str, Any]:
    """Overdue follow-ups in the office and of `staff_id`; contacts needing a lawful basis."""
    with db.session() as session:
        overdue = (select(func.count()).select_from(FollowUp)
                   .where(FollowUp.deleted_at.is_(None), FollowUp.status.in_(OPEN_STATUSES),
                          FollowUp.due_date < today))
        office = int(session.scalar(overdue) or 0)
        mine = int(session.scalar(overdue.where(FollowUp.owner_id == staff_id)) or 0) \
            if staff_id else 0
        attention = int(session.scalar(
            select(func.count()).select_from(Contact).where(
                Contact.deleted_at.is_(None), consent.attention_condition(today))) or 0)
    return {"overdue_office": office, "overdue_mine": mine, "consent_attention": attention}
