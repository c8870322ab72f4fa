"""GDPR erasure of a person: their personal data leaves this laptop and the shared file.

The contact, the notes, follow-ups and consent history about them are blanked and put in the
Trash, their tags and meeting places removed, and each row is marked erased. The mark travels: every
laptop blanks the row too and refuses to take personal data back into it from a late edit,
so what remains in the shared file is only ids and dates that carry the deletion.

Also reached: the person's name (and email) in the subject, agenda, minutes and outcome of
meetings (replaced by "[erased]", an edit that syncs), the archived conflicted copies beside the
shared file (deleted: they are older versions of the file and hold the data), and this
database's pre-migration backups (deleted: they are plain copies of it).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_app.db import changelog
from crm_app.db.database import Database
from crm_app.db.models import (
    ConsentEvent,
    Contact,
    ContactTag,
    FollowUp,
    Meeting,
    MeetingParticipant,
    Note,
    Record,
)
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.errors import NotFound
from crm_app.sync.copies import ARCHIVE_FOLDER
from crm_app.sync.snapshot import blank_values

ERASED = "[erased]"
MEETING_TEXTS = ("subject", "agenda", "minutes", "outcome")


def _name_pattern(contact: Contact) -> re.Pattern[str] | None:
    given, family = (contact.given_name or "").strip(), (contact.family_name or "").strip()
    names = {f"{given} {family}".strip(), f"{family} {given}".strip()} if given else {family}
    names |= {str(e).strip() for e in (contact.emails or []) if str(e).strip()}
    names = {n for n in names if len(n) >= 3}
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def erase_contact(db: Database, contact_id: str, clock: Clock = utc_now, *,
                  shared_file: Path | None = None) -> dict[str, int]:
    with db.session() as session:
        session.info["crm_audit_action"] = "erased"  # the audit log names the flush so
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact", contact_id)
        now = clock()
        pattern = _name_pattern(contact)
        meetings = 0
        if pattern is not None:
            for meeting in session.scalars(select(Meeting)):
                changed = False
                for name in MEETING_TEXTS:
                    text = getattr(meeting, name) or ""
                    if text and pattern.search(text):
                        setattr(meeting, name, pattern.sub(ERASED, text))
                        changed = True
                if changed:
                    meeting.updated_at = now
                    meetings += 1
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
        counts = {"contact": 1, "notes": sum(isinstance(o, Note) for o in blanked),
                  "followups": sum(isinstance(o, FollowUp) for o in blanked),
                  "links": len(links), "meetings": meetings}
    counts["archived_copies"] = prune_archives(shared_file) if shared_file else 0
    counts["backups"] = remove_backups(db.path)
    return counts


def prune_archives(shared_file: Path) -> int:
    """Delete the archived conflicted copies beside the shared file (old versions of it)."""
    folder = Path(shared_file).parent / ARCHIVE_FOLDER
    removed = 0
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.is_file() and entry.name.endswith(Path(shared_file).suffix):
                entry.unlink(missing_ok=True)
                removed += 1
    return removed


def remove_backups(db_path: Path) -> int:
    """Delete this database's pre-migration backups (`backups/STEM-*SUFFIX` beside it)."""
    folder = Path(db_path).parent / "backups"
    if not folder.is_dir():
        return 0
    found = [p for p in folder.glob(f"{Path(db_path).stem}-*{Path(db_path).suffix}")
             if p.is_file()]
    for backup in found:
        backup.unlink(missing_ok=True)
    return len(found)
