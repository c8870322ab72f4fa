"""What an import would do, computed without writing: each row to create, update, merge,
skip or refuse (with the reason and line), and the warnings.

Matching uses the duplicate rules of crm_app.services.duplicates against the database and
against earlier rows of the same file (a phone export often holds a person twice).
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app.db.database import Database
from crm_app.db.models import AppSetting, Contact, Meeting, Organisation, StaffMember
from crm_app.domain import value_labels
from crm_app.domain.address import key as address_key
from crm_app.domain.errors import DomainError, Message
from crm_app.domain.normalise import fold
from crm_app.io.clean import (
    REVIEW_TAG,
    RowRefused,
    clean_contact,
    clean_meeting,
    clean_organisation,
    clean_tags,
)
from crm_app.io.drafts import ParsedFile, split_full_name
from crm_app.io.file_index import FileIndex
from crm_app.io.progress import EVERY, Progress, report
from crm_app.services.addresses import read_addresses
from crm_app.services.duplicates import ContactKey
from crm_app.services.records import read_links, row_to_dict

ON_DUPLICATE = ("skip", "update", "merge")
ACTIONS = ("create", "update", "merge", "skip", "refuse")
LIST_FIELDS = ("emails", "phones")
# The label of a refused row without a name; the desktop shows it translated.
NO_NAME = "(no name)"
UID_PREFIXES = ("urn:uuid:", "uuid:")


@dataclass(slots=True)
class PreviewRow:
    line: int
    kind: str  # contact | meeting
    action: str  # one of ACTIONS
    label: str
    values: dict[str, Any] = field(default_factory=dict)  # create: all; update/merge: changes
    target_id: str | None = None
    match: str = ""
    organisation: str = ""
    tags: list[str] = field(default_factory=list)
    participants: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reason: str = ""
    # values kept as typed because they could not be checked (bad email/phone, a name taken
    # from an email): the UI shows len(review) per row
    review: list[str] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)  # postal addresses to add

    def as_dict(self) -> dict[str, Any]:
        values = {k: (v.isoformat() if isinstance(v, datetime) else v)
                  for k, v in self.values.items()}
        return {"line": self.line, "kind": self.kind, "action": self.action,
                "label": self.label, "values": values, "target_id": self.target_id,
                "match": self.match, "organisation": self.organisation, "tags": self.tags,
                "warnings": self.warnings, "reason": self.reason, "review": self.review,
                "addresses": self.addresses}


@dataclass
class ImportPreview:
    source: str
    format: str
    on_duplicate: str
    encoding: str = ""
    encoding_note: str = ""  # why this encoding (shown beside it; --encoding overrides)
    rows: list[PreviewRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    new_attendees: dict[str, dict[str, Any]] = field(default_factory=dict)  # email -> values
    columns: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    # A streamed table file: `rows` holds the first rows and the notable ones after them,
    # `tally` counts every row, and the import reads the file again (`source_file`).
    tally: Counter[str] | None = None
    source_file: Any = None

    @property
    def complete(self) -> bool:
        """Every row of the file is in `rows` (else the import reads the file again)."""
        return self.tally is None

    def total(self) -> int:
        return len(self.rows) if self.tally is None else self.tally["rows"]

    def counts(self) -> dict[str, int]:
        if self.tally is not None:
            result = {key: self.tally.get(key, 0) for key in (*ACTIONS, "warnings",
                                                               "needs_review", "organisations")}
            result["new_attendees"] = len(self.new_attendees)
            return result
        counted = Counter(row.action for row in self.rows)
        result = {action: counted.get(action, 0) for action in ACTIONS}
        result["warnings"] = sum(1 for row in self.rows if row.warnings)
        result["needs_review"] = sum(len(row.review) for row in self.rows)
        result["new_attendees"] = len(self.new_attendees)
        result["organisations"] = sum(1 for row in self.rows if row.kind == "organisation"
                                      and row.action in {"create", "update", "merge"})
        return result

    @property
    def changes_anything(self) -> bool:
        if self.tally is not None:
            return any(self.tally.get(action, 0) for action in ("create", "update", "merge"))
        return any(row.action in {"create", "update", "merge"} for row in self.rows)

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "format": self.format, "encoding": self.encoding,
                "encoding_note": self.encoding_note,
                "on_duplicate": self.on_duplicate, "counts": self.counts(),
                "rows_total": self.total(), "rows_shown": len(self.rows),
                "warnings": self.warnings, "rows": [r.as_dict() for r in self.rows]}


def tally_row(tally: Counter[str], row: PreviewRow) -> None:
    """Count one row as ImportPreview.counts() would."""
    tally["rows"] += 1
    tally[row.action] += 1
    tally["warnings"] += bool(row.warnings)
    tally["needs_review"] += len(row.review)
    tally["organisations"] += (row.kind == "organisation"
                               and row.action in {"create", "update", "merge"})


def _label(values: dict[str, Any]) -> str:
    return " ".join(p for p in (values.get("given_name"), values.get("family_name")) if p)


def _org_ids(session: Session) -> dict[str, str]:
    query = select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None))
    return {fold(name): oid for oid, name in session.execute(query)}


def _changes(current: dict[str, Any], incoming: dict[str, Any], overwrite: bool) -> dict[str, Any]:
    """Field changes for an existing record: lists are united; scalars filled (merge) or
    replaced by non-empty imported values (update). Notes are appended, never lost."""
    changes: dict[str, Any] = {}
    for name, new in incoming.items():
        old = current.get(name)
        if new in (None, "", []) or new == old or name == "value_labels":
            continue
        if name in LIST_FIELDS:
            united = list(old or []) + [v for v in new if v not in (old or [])]
            if united != list(old or []):
                changes[name] = united
        elif name == "notes" and old:
            if str(new) not in str(old):
                changes[name] = f"{old}\n\n{new}"
        elif overwrite or old in (None, ""):
            changes[name] = new
    if incoming.get("value_labels"):
        values = [*changes.get("emails", current.get("emails") or []),
                  *changes.get("phones", current.get("phones") or [])]
        pairs = value_labels.united(current.get("value_labels"),
                                    value_labels.as_dict(incoming["value_labels"]), values,
                                    overwrite)
        if pairs != value_labels.as_pairs(value_labels.as_dict(current.get("value_labels")),
                                          values):
            changes["value_labels"] = pairs
    return changes


def older_card(incoming: Any, stored: Any) -> bool:
    """A card's REV before the REV of the card imported earlier (both as clean.card_rev
    writes them; a REV that is no time is never 'older')."""
    if not incoming or not stored:
        return False
    pattern = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
    return bool(pattern.match(str(incoming)) and pattern.match(str(stored))
                and str(incoming) < str(stored))


def card_id(uid: str) -> str:
    """A UID without its urn:uuid: prefix (our own export writes the contact's id so)."""
    text = uid.strip()
    for prefix in UID_PREFIXES:
        if text.lower().startswith(prefix):
            return text[len(prefix):]
    return text


class PreviewBuilder:
    """One preview, reading the database once up front."""

    def __init__(self, session: Session, on_duplicate: str) -> None:
        if on_duplicate not in ON_DUPLICATE:
            raise DomainError("--on-duplicate must be one of {known}",
                              known=", ".join(ON_DUPLICATE))
        self.session = session
        self.on_duplicate = on_duplicate
        # the database's contacts in memory, the file's earlier rows in temporary tables
        self.index = FileIndex(session)
        self.orgs = _org_ids(session)
        self.org_countries = {fold(name): country for name, country in session.execute(
            select(Organisation.name, Organisation.country)
            .where(Organisation.deleted_at.is_(None)))}
        self.office_country = _office_country(session)
        # vCard UID -> the contact imported from it (an earlier card of this file: self.index)
        self.uids = {card_id(uid): cid for cid, uid in session.execute(
            select(Contact.id, Contact.card_uid).where(
                Contact.deleted_at.is_(None), Contact.card_uid != ""))}
        self.rows_by_line: dict[str, PreviewRow] = {}
        self.new_orgs: dict[str, PreviewRow] = {}
        # Streaming: rows kept for combining later rows into them (None: all of them)
        self.keep_rows: int | None = None
        # Streamed import: what earlier chunks wrote (rows' contact ids: self.index; folded
        # organisation name -> organisation id); later rows of the same person combine into it
        self.written_orgs: dict[str, str] = {}
        # existing contact id -> the row that changes it (not written yet)
        self.pending: dict[str, PreviewRow] = {}

    def close(self) -> None:
        """Drop the file's part of the duplicate index (temporary tables)."""
        self.index.close()

    def chunk_written(self, rows: list[PreviewRow]) -> None:
        """The writer has applied `rows` (their target_id set): later rows find them here."""
        self.index.set_written([(row.line, row.target_id) for row in rows
                                if row.action == "create" and row.target_id
                                and row.kind == "contact"])
        for row in rows:
            if row.action == "create" and row.target_id and row.kind == "organisation":
                self.written_orgs[fold(row.values["name"])] = row.target_id
        self.rows_by_line.clear()
        self.pending.clear()
        for key in [k for k, r in self.new_orgs.items() if r.target_id]:
            del self.new_orgs[key]

    def contact_row(self, draft: Any) -> PreviewRow:
        parts_given = any(str(draft.values.get(k) or "").strip()
                          for k in ("given_name", "family_name"))
        name_given = parts_given or draft.full_name.strip()
        # a card named after its company ("FN:ACME GmbH", "ORG:ACME GmbH", empty N) is the
        # company, not a person called "ACME" "GmbH"
        named_after_org = (not parts_given and bool(draft.organisation.strip())
                           and fold(draft.full_name) == fold(draft.organisation))
        if draft.is_company or named_after_org or (not name_given and draft.organisation.strip()):
            return self.organisation_row(draft)
        organisation = draft.organisation.strip()[:300]
        fallback = self.org_countries.get(fold(organisation)) or self.office_country
        try:
            cleaned = clean_contact(draft, fallback)
        except RowRefused as exc:
            return PreviewRow(draft.line, "contact", "refuse", draft.full_name or NO_NAME,
                              reason=exc.reason)
        values, warnings = cleaned.values, cleaned.warnings
        tags = clean_tags(draft.tags + ([REVIEW_TAG] if cleaned.review else []))
        row = PreviewRow(draft.line, "contact", "create", _label(values), values=values,
                         organisation=organisation, tags=tags,
                         warnings=warnings, review=cleaned.review,
                         addresses=cleaned.addresses)
        org_id = self.orgs.get(fold(organisation)) if organisation else None
        key = ContactKey.of(f"line:{draft.line}", {**values, "organisation_id": org_id})
        matches = self.index.matches(key)
        # Only the same email, phone or (folded) name acts on its own; a merely similar name
        # ("Maria" / "Mario") is a warning, left to the duplicate review.
        sure = [m for m in matches if m.score == 100]
        same_card = self._same_card(draft.uid)
        if same_card:
            self._resolve_match(row, same_card, "same vCard UID", org_id)
        elif sure:
            self._resolve_match(row, sure[0].record_id, sure[0].reason, org_id)
        elif matches:
            row.warnings.append(Message("looks like {name} ({reason})",
                                        name=self._label_of(matches[0].record_id),
                                        reason=matches[0].reason))
        if row.action == "create":
            self.index.add(key)
            if draft.uid:
                self.index.set_uid(card_id(draft.uid), key.id, self.uids)
            if self.keep_rows is None or len(self.rows_by_line) < self.keep_rows:
                self.rows_by_line[key.id] = row
        return row

    def organisation_row(self, draft: Any) -> PreviewRow:
        """A company card or a row with only an organisation: an Organisation record."""
        try:
            cleaned = clean_organisation(draft)
        except RowRefused as exc:
            return PreviewRow(draft.line, "organisation", "refuse", NO_NAME,
                              reason=exc.reason)
        values = cleaned.values
        row = PreviewRow(draft.line, "organisation", "create", values["name"], values=values,
                         warnings=cleaned.warnings)
        key = fold(values["name"])
        if key in self.written_orgs:  # written by an earlier chunk of this import
            row.target_id, row.match = self.written_orgs[key], "same organisation name"
            existing = self.session.get(Organisation, row.target_id)
            assert existing is not None
            row.values = _changes(row_to_dict(existing),
                                  {k: v for k, v in values.items() if k != "name"}, False)
            row.action = "merge" if row.values else "skip"
            row.reason = "same organisation as an earlier line; combined with it"
            return row
        if key in self.new_orgs:
            earlier = self.new_orgs[key]
            row.action, row.reason = "skip", f"same organisation as line {earlier.line}"
            if values["notes"] and values["notes"] not in earlier.values["notes"]:
                earlier.values["notes"] = "\n".join(
                    n for n in (earlier.values["notes"], values["notes"]) if n)
            return row
        target = self.orgs.get(key)
        if target is None:
            self.new_orgs[key] = row
            return row
        row.target_id, row.match = target, "same organisation name"
        if self.on_duplicate == "skip":
            row.action, row.reason = "skip", "this organisation is already in the database"
            return row
        existing = self.session.get(Organisation, target)
        assert existing is not None  # self.orgs holds live organisations only
        current = row_to_dict(existing)
        row.values = _changes(current, {k: v for k, v in values.items() if k != "name"},
                              self.on_duplicate == "update")
        if row.values:
            row.action = self.on_duplicate
        else:
            row.action, row.reason = "skip", "nothing new for an existing organisation"
        return row

    def _same_card(self, uid: str) -> str | None:
        """The contact a card with this UID made before (or, for a UID our export wrote, the
        contact whose id it is)."""
        if not uid.strip():
            return None
        found = self.index.uid(card_id(uid), self.uids)
        if found is None:
            contact = self.session.get(Contact, card_id(uid)[:36])
            if contact is not None and contact.deleted_at is None and contact.id == card_id(uid):
                found = contact.id
        if found is not None and found.startswith("line:"):
            return self.index.written(found) or found
        return found

    def _label_of(self, record_id: str) -> str:
        if record_id.startswith("line:"):
            return f"line {record_id.removeprefix('line:')}"
        contact = self.session.get(Contact, record_id)
        return _label(row_to_dict(contact)) if contact is not None else record_id

    def _resolve_match(self, row: PreviewRow, target: str, reason: str,
                       org_id: str | None) -> None:
        if target.startswith("line:"):
            line = target.removeprefix("line:")
            written = self.index.written(target)
            if written is not None:  # a streamed import wrote that line already
                self._resolve_record(row, written, reason, org_id, "merge")
                row.reason = f"same person as line {line}; combined with it"
                return
            row.action, row.match = "skip", f"{reason} as line {line}"
            row.reason = f"same person as line {line}; combined with it"
            earlier = self.rows_by_line.get(target)
            if earlier is not None:  # a preview that counts only does not keep every row
                earlier.values.update(_changes(earlier.values, row.values, overwrite=False))
                earlier.tags = clean_tags(earlier.tags + row.tags)
                earlier.addresses += [a for a in row.addresses if a not in earlier.addresses]
            return
        self._resolve_record(row, target, reason, org_id, self.on_duplicate)

    def _resolve_record(self, row: PreviewRow, target: str, reason: str,
                        org_id: str | None, mode: str) -> None:
        contact = self.session.get(Contact, target)
        assert contact is not None
        current = row_to_dict(contact)
        row.target_id, row.match = target, reason
        row.label = f"{row.label} → {_label(current)}"
        if mode == "skip":
            row.action, row.reason = "skip", Message("already in the database ({reason})",
                                                     reason=reason)
            return
        overwrite = mode == "update"
        if overwrite and older_card(row.values.get("card_rev"), current.get("card_rev")):
            overwrite, mode = False, "merge"
            row.warnings.append(Message(
                "this card was last changed {rev} (REV), before the one imported earlier "
                "({earlier}): only empty fields are filled", rev=row.values['card_rev'],
                earlier=current['card_rev']))
            row.values.pop("card_rev")
        earlier = self.pending.get(target)
        if earlier is not None:  # an earlier row of the file already changes this contact
            self._combine(row, earlier, current, overwrite)
            return
        changes = _changes(current, row.values, overwrite)
        link_org = bool(row.organisation) and (overwrite or not current["organisation_id"])
        if not link_org or (org_id is not None and org_id == current["organisation_id"]):
            row.organisation = ""  # apply links row.organisation (found or created) when set
        existing_tags = {fold(t) for t in read_links(self.session, "contact", target, "tags")}
        row.tags = [t for t in row.tags if fold(t) not in existing_tags]
        known = {address_key(a) for a in read_addresses(self.session, target)}
        row.addresses = [a for a in row.addresses if address_key(a) not in known]
        row.values = changes
        if not changes and not row.tags and not row.organisation and not row.addresses:
            row.action, row.reason = "skip", f"nothing new for an existing contact ({reason})"
        else:
            row.action = mode
            self.pending[target] = row

    def _combine(self, row: PreviewRow, earlier: PreviewRow, current: dict[str, Any],
                 overwrite: bool) -> None:
        """Two rows change the same existing contact: the later one is folded into the
        earlier row, so neither row's emails, phones or notes overwrite the other's."""
        base = {**current, **earlier.values}
        earlier.values.update(_changes(base, row.values, overwrite))
        known_tags = {fold(t) for t in earlier.tags} | {
            fold(t) for t in read_links(self.session, "contact", current["id"], "tags")}
        earlier.tags += [t for t in row.tags if fold(t) not in known_tags]
        known = {address_key(a) for a in read_addresses(self.session, current["id"])}
        known |= {address_key(a) for a in earlier.addresses}
        earlier.addresses += [a for a in row.addresses if address_key(a) not in known]
        if row.organisation and not earlier.organisation and (
                overwrite or not current["organisation_id"]):
            earlier.organisation = row.organisation
        row.action = "skip"
        row.reason = f"same person as line {earlier.line}; combined with it"
        row.values = {}

    def meeting_rows(self, parsed: ParsedFile, preview: ImportPreview) -> None:
        staff = {s.email.casefold(): s.id for s in self.session.scalars(
            select(StaffMember).where(StaffMember.deleted_at.is_(None))) if s.email}
        for draft in parsed.meetings:
            values, warnings = clean_meeting(draft)
            row = PreviewRow(draft.line, "meeting", "create", values["subject"] or "(meeting)",
                             values=values, warnings=warnings)
            for attendee in draft.attendees:
                email = attendee.email.casefold()
                if email in staff:
                    row.participants.append({"staff_id": staff[email]})
                elif (known := self.index.first_with_email(email)) is not None:
                    row.participants.append({"contact_id": known})
                else:
                    row.participants.append({"new_contact": email})
                    preview.new_attendees.setdefault(email, _attendee_values(attendee))
            existing = self.session.scalars(select(Meeting).where(
                Meeting.deleted_at.is_(None), Meeting.starts_at == values["starts_at"])).all()
            same = [m for m in existing if fold(m.subject) == fold(values["subject"])]
            if same:
                row.target_id, row.match = same[0].id, "same start and subject"
                if self.on_duplicate == "skip":
                    row.action, row.reason = "skip", "this meeting is already in the database"
                else:
                    current = row_to_dict(same[0])
                    current["starts_at"] = same[0].starts_at
                    row.values = _changes(current, values, self.on_duplicate == "update")
                    row.action = self.on_duplicate
            preview.rows.append(row)


def _office_country(session: Session) -> str | None:
    """The office's default country (the staff profile), for national phone numbers."""
    row = session.get(AppSetting, "profile")
    try:
        profile = json.loads(row.value) if row is not None else {}
    except ValueError:
        return None
    country = profile.get("country") if isinstance(profile, dict) else None
    return str(country) if country else None


def _attendee_values(attendee: Any) -> dict[str, Any]:
    name = attendee.name or attendee.email.split("@")[0].replace(".", " ").title()
    given, family = split_full_name(name)
    return {"given_name": given, "family_name": family, "emails": [attendee.email]}


def build_preview(db: Database, parsed: ParsedFile, source: str,
                  on_duplicate: str = "skip", progress: Progress | None = None,
                  stop: threading.Event | None = None) -> ImportPreview:
    """Every record of a file read whole, checked against the database; `progress` hears
    records checked, `stop` cancels."""
    preview = ImportPreview(source=source, format=parsed.format, on_duplicate=on_duplicate,
                            encoding=parsed.encoding, encoding_note=parsed.encoding_note,
                            warnings=list(parsed.warnings),
                            columns=list(parsed.columns), mapping=dict(parsed.mapping))
    with db.session() as session:
        builder = PreviewBuilder(session, on_duplicate)
        try:
            total = len(parsed.contacts) + len(parsed.meetings)
            for number, draft in enumerate(parsed.contacts):
                if number % EVERY == 0:
                    report(progress, stop, number, total, "the check of the file")
                preview.rows.append(builder.contact_row(draft))
            report(progress, stop, len(parsed.contacts), total, "the check of the file")
            builder.meeting_rows(parsed, preview)
            report(progress, stop, total, total, "the check of the file")
        finally:
            builder.close()
    for refusal in parsed.refused:
        preview.rows.append(PreviewRow(refusal.line, "contact", "refuse", "",
                                       reason=refusal.reason))
    preview.rows.sort(key=lambda r: r.line)
    return preview
