"""Choosing what to export (a selection, a filter result or everything) and writing CSV,
.xlsx, vCard and .ics files.

CSV is UTF-8 with a BOM so Excel opens it with the right characters; a cell starting with
=, +, -, @ (or a tab/CR) gets a leading apostrophe so a spreadsheet never runs it as a formula
(our importer removes that apostrophe again). In .xlsx such text is stored as a string cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crm_app.db.models import (
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
from crm_app.domain import value_labels
from crm_app.domain.clock import utc_now
from crm_app.domain.errors import DomainError
from crm_app.domain.normalise import fold
from crm_app.io.ics import write_ics
from crm_app.io.vcard import write_vcards
from crm_app.services.addresses import addresses_by_contact
from crm_app.services.records import read_links, row_to_dict

CONTACT_COLUMNS = ("id", "given_name", "family_name", "given_name_latin", "family_name_latin",
                   "honorific", "job_title", "organisation", "country", "language", "emails",
                   "phones", "tags", "notes",
                   # the first address of each kind (the work one's country is "country")
                   "street", "city", "postcode", "region",
                   "home_street", "home_city", "home_postcode", "home_region", "home_country",
                   "other_street", "other_city", "other_postcode", "other_region",
                   "other_country",
                   # added last, so the columns people use keep their places: the type of
                   # each email and phone, in the order of "emails" and "phones"
                   "email_types", "phone_types")
ADDRESS_PREFIX = {"work": "", "home": "home_", "other": "other_"}
LIST_SEPARATOR = "; "
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXPORT_KINDS = ("vcard", "csv", "xlsx", "ics")


@dataclass
class ExportFilter:
    ids: list[str] = field(default_factory=list)
    country: str | None = None
    tag: str | None = None
    event_id: str | None = None

    @property
    def is_everything(self) -> bool:
        return not (self.ids or self.country or self.tag or self.event_id)


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(DANGEROUS_STARTS) else value


def _live(model: type[Record]) -> Any:
    return select(model).where(model.deleted_at.is_(None))


def select_contacts(session: Session, flt: ExportFilter) -> list[dict[str, Any]]:
    query = _live(Contact)
    if flt.ids:  # selected contacts, the people of selected organisations or meetings
        in_meetings = select(MeetingParticipant.contact_id).where(
            MeetingParticipant.meeting_id.in_(flt.ids), MeetingParticipant.deleted_at.is_(None))
        query = query.where(or_(Contact.id.in_(flt.ids), Contact.organisation_id.in_(flt.ids),
                                Contact.id.in_(in_meetings)))
    if flt.country:
        query = query.where(Contact.country == flt.country.upper())
    if flt.tag:
        tag_ids = [t.id for t in session.scalars(_live(Tag)) if fold(t.name) == fold(flt.tag)]
        if not tag_ids:
            raise DomainError("no tag named {value!r}", value=flt.tag)
        linked = select(ContactTag.contact_id).where(
            ContactTag.tag_id.in_(tag_ids), ContactTag.deleted_at.is_(None))
        query = query.where(Contact.id.in_(linked))
    if flt.event_id:
        met = select(MeetingParticipant.contact_id).join(
            Meeting, Meeting.id == MeetingParticipant.meeting_id).where(
            Meeting.event_id == flt.event_id, Meeting.deleted_at.is_(None),
            MeetingParticipant.deleted_at.is_(None))
        query = query.where(or_(Contact.first_met_event_id == flt.event_id, Contact.id.in_(met)))
    rows = []
    orgs = _names(session, Organisation, "name")
    tags = _contact_tags(session)
    places = addresses_by_contact(session)
    for contact in session.scalars(query.order_by(Contact.sort_key, Contact.id)):
        data = row_to_dict(contact)
        data["organisation"] = orgs.get(contact.organisation_id or "", "")
        data["tags"] = sorted(tags.get(contact.id, []))
        data["addresses"] = places.get(contact.id, [])
        rows.append(data)
    return rows


def _names(session: Session, model: type[Record], column: str) -> dict[str, str]:
    return {r.id: getattr(r, column) for r in session.scalars(_live(model))}


def _contact_tags(session: Session) -> dict[str, list[str]]:
    names = _names(session, Tag, "name")
    result: dict[str, list[str]] = {}
    for link in session.scalars(_live(ContactTag)):
        if link.tag_id in names:
            result.setdefault(link.contact_id, []).append(names[link.tag_id])
    return result


def select_meetings(session: Session, flt: ExportFilter,
                    contact_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    query = _live(Meeting)
    if flt.event_id:
        query = query.where(Meeting.event_id == flt.event_id)
    if flt.ids:  # selected meetings, or the meetings of selected contacts
        of_contacts = select(MeetingParticipant.meeting_id).where(
            or_(MeetingParticipant.contact_id.in_(flt.ids),
                MeetingParticipant.organisation_id.in_(flt.ids)),
            MeetingParticipant.deleted_at.is_(None))
        query = query.where(or_(Meeting.id.in_(flt.ids), Meeting.id.in_(of_contacts)))
    if contact_ids is not None and (flt.country or flt.tag):
        query = query.where(Meeting.id.in_(select(MeetingParticipant.meeting_id).where(
            MeetingParticipant.contact_id.in_(contact_ids),
            MeetingParticipant.deleted_at.is_(None))))
    meetings = []
    for meeting in session.scalars(query.order_by(Meeting.starts_at, Meeting.id)):
        data = row_to_dict(meeting)
        data["participants"] = list(read_links(session, "meeting", meeting.id, "participants"))
        meetings.append(data)
    return meetings


def _address_cells(contact: Mapping[str, Any]) -> dict[str, Any]:
    cells: dict[str, Any] = {}
    for address in contact.get("addresses") or []:
        prefix = ADDRESS_PREFIX.get(address.get("kind"), "other_")
        if prefix + "city" in cells:
            continue  # one address per kind in a table; vCard keeps them all
        for part in ("street", "city", "postcode", "region", "country"):
            if prefix or part != "country":
                cells[prefix + part] = address.get(part) or ""
    return cells


def _type_cells(contact: Mapping[str, Any]) -> dict[str, str]:
    labels = value_labels.as_dict(contact.get("value_labels"))
    cells = {f"{kind[:-1]}_types": LIST_SEPARATOR.join(labels.get(v, "") for v in values)
             for kind in ("emails", "phones") for values in [contact.get(kind) or []]}
    return {k: v if v.strip("; ") else "" for k, v in cells.items()}


def contact_row(contact: Mapping[str, Any]) -> list[str]:
    cells = []
    contact = {**contact, **_address_cells(contact), **_type_cells(contact)}
    for column in CONTACT_COLUMNS:
        value = contact.get(column)
        if isinstance(value, list):
            value = LIST_SEPARATOR.join(str(v) for v in value)
        cells.append("" if value is None else str(value))
    return cells


def write_csv(contacts: Iterable[Mapping[str, Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CONTACT_COLUMNS)
    for contact in contacts:
        writer.writerow([neutralise(cell) for cell in contact_row(contact)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _sheet(book: Any, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(list(header))
    for row in rows:
        sheet.append([LIST_SEPARATOR.join(map(str, v)) if isinstance(v, list) else v
                      for v in row])
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula
    sheet.freeze_panes = "A2"


def _table(records: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> list[list[Any]]:
    return [[r.get(c) for c in columns] for r in records]


def write_xlsx(session: Session, flt: ExportFilter, path: Path) -> int:
    from openpyxl import Workbook

    contacts = select_contacts(session, flt)
    contact_ids = [c["id"] for c in contacts]
    meetings = select_meetings(session, flt, contact_ids)
    everything = flt.is_everything
    org_ids = {c["organisation_id"] for c in contacts if c.get("organisation_id")}
    orgs = [row_to_dict(o) for o in session.scalars(_live(Organisation).order_by(
        Organisation.sort_key)) if everything or o.id in org_ids]
    event_ids = {m["event_id"] for m in meetings if m.get("event_id")}
    events = [row_to_dict(e) for e in session.scalars(_live(Event).order_by(Event.start_date))
              if everything or e.id in event_ids or e.id == flt.event_id]
    meeting_ids = {m["id"] for m in meetings}
    chosen = set(contact_ids)
    followups = [row_to_dict(f) for f in session.scalars(_live(FollowUp).order_by(
        FollowUp.due_date)) if everything or f.contact_id in chosen or f.meeting_id in meeting_ids]
    notes = [row_to_dict(n) for n in session.scalars(_live(Note).order_by(Note.noted_at))
             if everything or n.contact_id in chosen or n.meeting_id in meeting_ids]
    names = {c["id"]: f"{c['given_name']} {c['family_name']}".strip() for c in contacts}
    names.update(_names(session, StaffMember, "name"))
    for meeting in meetings:
        meeting["participant_names"] = [names.get(p.get("contact_id") or p.get("staff_id") or "",
                                                  "") for p in meeting["participants"]]
    book = Workbook()
    book.remove(book.active)
    _sheet(book, "Contacts", CONTACT_COLUMNS, [contact_row(c) for c in contacts])
    org_columns = ["id", "name", "name_latin", "kind", "side", "country", "city", "address",
                   "website", "sectors", "notes"]
    _sheet(book, "Organisations", org_columns, _table(orgs, org_columns))
    event_columns = ["id", "name", "kind", "city", "country", "venue", "start_date", "end_date",
                     "timezone", "organiser"]
    _sheet(book, "Events", event_columns, _table(events, event_columns))
    meeting_columns = ["id", "event_id", "starts_at", "timezone", "duration_minutes", "place",
                       "subject", "status", "interest", "participant_names", "outcome",
                       "next_steps", "all_day"]  # added last: columns people use keep places
    _sheet(book, "Meetings", meeting_columns, _table(meetings, meeting_columns))
    followup_columns = ["id", "title", "due_date", "priority", "status", "contact_id",
                        "meeting_id", "organisation_id", "owner_id", "details"]
    _sheet(book, "Follow-ups", followup_columns, _table(followups, followup_columns))
    note_columns = ["id", "noted_at", "contact_id", "organisation_id", "meeting_id", "body"]
    _sheet(book, "Notes", note_columns, _table(notes, note_columns))
    book.save(path)
    return len(contacts)


def export_to(session: Session, kind: str, path: Path, flt: ExportFilter,
              vcard_version: str = "3.0") -> int:
    """Write the export; returns how many records (contacts, or meetings for .ics)."""
    if kind not in EXPORT_KINDS:
        raise DomainError("unknown export format {value!r} (use {known})", value=kind,
                          known=", ".join(EXPORT_KINDS))
    if kind == "xlsx":
        return write_xlsx(session, flt, path)
    if kind == "ics":
        chosen = [c["id"] for c in select_contacts(session, flt)] if flt.country or flt.tag \
            else None
        meetings = select_meetings(session, flt, chosen)
        people: dict[str, tuple[str, str]] = {}
        for contact in session.scalars(_live(Contact)):
            name = " ".join(p for p in (contact.given_name, contact.family_name) if p)
            people[contact.id] = (name, contact.emails[0] if contact.emails else "")
        for staff in session.scalars(_live(StaffMember)):
            people[staff.id] = (staff.name, staff.email)
        path.write_bytes(write_ics(meetings, people, utc_now()))
        return len(meetings)
    contacts = select_contacts(session, flt)
    if kind == "csv":
        path.write_bytes(write_csv(contacts))
    else:
        orgs = {c["organisation_id"]: c["organisation"] for c in contacts
                if c.get("organisation_id")}
        path.write_bytes(write_vcards(contacts, orgs, vcard_version).encode("utf-8"))
    return len(contacts)
