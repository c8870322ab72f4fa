"""GDPR erasure of a person: their personal data leaves this laptop and the shared file.

The contact, the notes, follow-ups and consent history about them are blanked and put in the
Trash, their tags and meeting places removed, and each row is marked erased. The mark travels: every
laptop blanks the row too and refuses to take personal data back into it from a late edit,
so what remains in the shared file is only ids and dates that carry the deletion.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from crm_app.db import changelog
from crm_app.db.database import Database
from crm_app.db.models import (
    ConsentEvent,
    Contact,
    ContactTag,
    FollowUp,
    MeetingParticipant,
    Note,
    Record,
)
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.errors import NotFound
from crm_app.sync.snapshot import blank_values


def erase_contact(db: Database, contact_id: str, clock: Clock = utc_now) -> dict[str, int]:
    with db.session() as session:
        session.info["crm_audit_action"] = "erased"  # the audit log names the flush so
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact", contact_id)
        now = clock()
        blanked: list[Record] = [contact]
        blanked += session.scalars(select(Note).where(Note.contact_id == contact_id)).all()
        blanked += session.scalars(
            select(FollowUp).where(FollowUp.contact_id == contact_id)).all()
        blanked += session.scalars(
            select(ConsentEvent).where(ConsentEvent.contact_id == contact_id)).all()
        links: list[Any] = [
            *session.scalars(select(ContactTag).where(ContactTag.contact_id == contact_id)),
            *session.scalars(select(MeetingParticipant).where(
                MeetingParticipant.contact_id == contact_id)),
        ]
        for obj in blanked:
            for name, value in blank_values(type(obj)).items():
                setattr(obj, name, value)
            if isinstance(obj, Contact):
                obj.sort_key = ""
        for obj in [*blanked, *links]:
            if obj.deleted_at is None:
                obj.deleted_at = now
            obj.updated_at = now
        session.flush()
        connection = session.connection()
        stamp = changelog.next_stamp(connection, now)
        for obj in blanked:
            connection.exec_driver_sql(
                "UPDATE sync_row SET erased = ?, max_hlc = ? WHERE table_name = ? "
                "AND row_id = ?", (stamp, stamp, obj.__tablename__, obj.id))
            connection.exec_driver_sql(
                "DELETE FROM sync_conflict WHERE row_id = ?", (obj.id,))
            changelog.drop_item_marks(connection, obj.__tablename__, obj.id)
        return {"contact": 1, "notes": sum(isinstance(o, Note) for o in blanked),
                "followups": sum(isinstance(o, FollowUp) for o in blanked),
                "links": len(links)}
