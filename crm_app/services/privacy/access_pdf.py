"""The subject access export as a PDF to hand to the person (GDPR art. 15): the same content
as the JSON, written for a reader rather than a program — field labels instead of column
names, addresses as addresses, the consent history, the audit trail and the laptops that
hold a copy as tables — in any script (the reports' bundled fonts)."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import pycountry
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from crm_app.domain.schema import ENTITIES
from crm_app.reports.fonts import FontSet, bundled_fonts
from crm_app.reports.text import paragraph

SECTIONS = {"meeting": "Meetings", "note": "Notes", "followup": "Follow-ups",
            "organisation": "Organisations naming them", "event": "Events naming them",
            "contact": "Other contacts naming them", "staff": "Staff records naming them"}
# Kept out of the field lists: identifiers and bookkeeping shown elsewhere (or meaningless to
# the person), and values the sections below show in their own form.
HIDDEN = frozenset({"id", "in_trash", "why", "participants", "created_at", "updated_at",
                    "deleted_at", "addresses", "tags", "organisation", "owner",
                    "first_met_event"})
REF_NAMES = {"organisation_id": "organisation", "owner_id": "owner",
             "first_met_event_id": "first_met_event"}
EXTRA_LABELS = {"tags": "Tags", "body": "Text", "consent_expires": "Consent expires",
                "contact_id": "Contact", "meeting_id": "Meeting"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T[\d:.]+([+-]\d{2}:\d{2}|Z)?)?$")
WIDTH = A4[0] - 36 * mm
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8bec6")),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f4")),
                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
PLAIN = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0)])


def _label(entity: str, key: str) -> str:
    spec = ENTITIES.get(entity)
    if spec is not None:
        for field in spec.fields:
            if field.name == key:
                return field.label
    return EXTRA_LABELS.get(key) or key.replace("_", " ").capitalize()


def _when(value: Any) -> str:
    """ISO text as '2 Dec 2026, 11:22 UTC' (dates alone stay dates)."""
    if not value:
        return "—"
    text = str(value)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return text
    if len(text) <= 10:
        return f"{parsed.day} {parsed:%b %Y}"
    zone = parsed.tzname() or ""
    return f"{parsed.day} {parsed:%b %Y, %H:%M} {zone}".rstrip()


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "\n".join(_value(v) for v in value)
    if isinstance(value, dict):
        if "name" in value or set(value) == {"id"}:
            return str(value.get("name") or value["id"])
        return "; ".join(f"{k}: {_value(v)}" for k, v in sorted(value.items()) if v)
    return str(value)


def _shown(kind: str, value: Any) -> str:
    """A field's value as a reader expects it: dates spelt out, countries by name."""
    if kind in {"date", "datetime"} or (isinstance(value, str) and _ISO_DATE.match(value)):
        return _when(value)
    if kind == "country" and isinstance(value, str):
        return _country(value)
    return _value(value)


def _country(code: str) -> str:
    found = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    return f"{found.name} ({code})" if found is not None else code


def _address(row: Mapping[str, Any]) -> str:
    kind = str(row.get("kind") or "").capitalize()
    label = f"{kind} ({row['label']})" if row.get("label") else kind
    town = " ".join(p for p in (row.get("postcode"), row.get("city")) if p)
    country = _country(str(row.get("country") or "")) if row.get("country") else ""
    lines = [row.get("street") or "", town, row.get("region") or "", country]
    return label + ":\n" + "\n".join(line for line in lines if line)


class _Builder:
    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.story: list[Flowable] = []
        self.title = ParagraphStyle("title", fontSize=16, leading=20, spaceAfter=4)
        self.heading = ParagraphStyle("heading", fontSize=12, leading=15, spaceBefore=10,
                                      spaceAfter=4)
        self.sub = ParagraphStyle("sub", fontSize=9.5, leading=12, spaceBefore=6,
                                  spaceAfter=2)
        self.line = ParagraphStyle("line", fontSize=8.5, leading=10.5)
        self.small = ParagraphStyle("small", fontSize=7.5, leading=9.5,
                                    textColor=colors.HexColor("#555555"))

    def add(self, text: str, style: ParagraphStyle, bold: bool = False) -> None:
        self.story.append(paragraph(self.fonts, text, style, bold))

    def heading_for(self, text: str) -> None:
        # A heading never sits alone at the foot of a page.
        self.story.append(CondPageBreak(30 * mm))
        self.add(text, self.heading, bold=True)

    def pairs(self, rows: Sequence[tuple[str, str]]) -> None:
        if not rows:
            self.add("Nothing recorded.", self.line)
            return
        cells = [[paragraph(self.fonts, k, self.line, True), paragraph(self.fonts, v, self.line)]
                 for k, v in rows]
        table = Table(cells, colWidths=[42 * mm, WIDTH - 42 * mm], hAlign="LEFT")
        table.setStyle(PLAIN)
        self.story.append(table)

    def grid(self, header: Sequence[str], rows: Sequence[Sequence[str]],
             widths: Sequence[float]) -> None:
        if not rows:
            self.add("Nothing recorded.", self.line)
            return
        cells = [[paragraph(self.fonts, h, self.small, True) for h in header]]
        cells += [[paragraph(self.fonts, v, self.small) for v in row] for row in rows]
        total = sum(widths)
        table = Table(cells, colWidths=[WIDTH * w / total for w in widths], repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(GRID)
        self.story.append(table)

    def fields(self, entity: str, row: Mapping[str, Any]) -> list[tuple[str, str]]:
        """Label / value pairs of the non-empty fields, in the entity's own field order."""
        spec = ENTITIES.get(entity)
        order = [f.name for f in spec.fields] if spec is not None else []
        keys = order + sorted(k for k in row if k not in order)
        kinds = {f.name: f.kind for f in spec.fields} if spec is not None else {}
        out = []
        for key in keys:
            if key not in row or key in HIDDEN or row[key] in (None, "", [], {}):
                continue
            value = row.get(REF_NAMES[key]) if key in REF_NAMES else row[key]
            out.append((_label(entity, key), _shown(kinds.get(key, ""), value or row[key])))
        return out


def _person(builder: _Builder, contact: Mapping[str, Any]) -> None:
    rows = builder.fields("contact", contact)
    rows += [("Address", _address(a)) for a in contact.get("addresses") or []]
    if contact.get("tags"):
        rows.append(("Tags", ", ".join(contact["tags"])))
    if contact.get("in_trash"):
        rows.append(("State", "in the Trash (deleted, not yet erased)"))
    builder.pairs(rows)


def _consent(builder: _Builder, data: Mapping[str, Any]) -> None:
    builder.pairs(builder.fields("contact", data["consent"]))
    history = data.get("consent_history") or []
    if history:
        builder.add("History", builder.sub, bold=True)
        builder.grid(("Recorded", "Change", "Basis", "Given on", "Expires", "Source", "Scope"),
                     [(_when(e.get("at")), _value(e.get("action")), _value(e.get("basis")),
                       _when(e.get("consent_date")), _when(e.get("expires")),
                       _value(e.get("source")), _value(e.get("scope"))) for e in history],
                     (17, 10, 14, 11, 11, 13, 12))


def _records(builder: _Builder, records: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    for entity, label in SECTIONS.items():
        rows = records.get(entity) or []
        if not rows:
            continue
        builder.heading_for(f"{label} ({len(rows)})")
        for row in rows:
            title = row.get("subject") or row.get("title") or row.get("name") or row["id"]
            trash = " (in the Trash)" if row.get("in_trash") else ""
            head = paragraph(builder.fonts, f"{title}{trash}", builder.sub, True)
            why = paragraph(builder.fonts, "Why it is here: " + "; ".join(row.get("why") or []),
                            builder.small)
            builder.story.append(KeepTogether([head, why]))
            builder.pairs(builder.fields(entity, row))


def _provenance(builder: _Builder, data: Mapping[str, Any]) -> None:
    origin = data["provenance"]
    builder.pairs([
        ("First recorded", _when(origin.get("created_at"))),
        ("Last changed", _when(origin.get("updated_at"))),
        ("Sent to the team's shared file", _value(origin.get("sent_to_shared_file"))),
        ("Erased", _value(origin.get("erased"))),
    ])
    imports = origin.get("imports") or []
    if imports:
        builder.add("Imported from files", builder.sub, bold=True)
        builder.grid(("Imported", "File", "Format", "Records created", "Records updated",
                      "Undone"),
                     [(_when(i.get("applied_at")), _value(i.get("source")),
                       _value(i.get("format")), str(len(i.get("created") or [])),
                       str(len(i.get("updated") or [])), _value(i.get("undone")))
                      for i in imports], (17, 25, 8, 10, 10, 7))
    merges = origin.get("merges") or []
    if merges:
        builder.add("Duplicate records merged", builder.sub, bold=True)
        builder.grid(("Merged", "By", "Kept record", "Merged in", "Undone"),
                     [(_when(m.get("merged_at")), _value(m.get("merged_by")),
                       _value(m.get("kept")), _value(m.get("merged_in")),
                       _value(m.get("undone"))) for m in merges], (17, 14, 23, 23, 7))
    devices = origin.get("written_by_devices") or []
    builder.add("Laptops that wrote these records", builder.sub, bold=True)
    builder.grid(("Laptop (device id)", "This laptop", "Last write"),
                 [(_value(d.get("device_id")), _value(d.get("this_laptop")),
                   _when(d.get("last_write"))) for d in devices], (20, 10, 20))


def _audit(builder: _Builder, entries: Sequence[Mapping[str, Any]]) -> None:
    builder.grid(("When", "Action", "Record kind", "Fields", "Staff member", "Laptop"),
                 [(_when(e.get("at")), _value(e.get("action")), _value(e.get("table")),
                   ", ".join(e.get("fields") or []) or "—", _value(e.get("staff_id")),
                   _value(e.get("device_id"))) for e in entries],
                 (18, 9, 11, 17, 13, 11))


def render_pdf(data: Mapping[str, Any]) -> bytes:
    """PDF bytes of a `subject_access` result."""
    builder = _Builder(bundled_fonts())
    contact = data["contact"]
    name = " ".join(p for p in (contact.get("honorific"), contact.get("given_name"),
                                contact.get("family_name")) if p)
    latin = " ".join(p for p in (contact.get("given_name_latin"),
                                 contact.get("family_name_latin")) if p)
    who = name or latin or contact["id"]
    builder.add(f"Personal data held about {who}", builder.title, bold=True)
    if latin and name and latin != name:
        builder.add(latin, builder.sub)
    builder.add(f"Generated {_when(data['generated_at'])} · record {contact['id']}",
                builder.small)
    builder.add("This document holds personal data. It lists everything this laptop's "
                "database holds about the person: hand it over securely.", builder.small)
    builder.story.append(Spacer(1, 2 * mm))
    builder.heading_for("The person")
    _person(builder, contact)
    builder.heading_for("Lawful basis and consent")
    _consent(builder, data)
    _records(builder, data["records"])
    builder.heading_for("Where the data came from")
    _provenance(builder, data)
    builder.heading_for("Who did what (audit log)")
    builder.add("Record ids, field names and actions only; the values are in the sections "
                "above.", builder.small)
    _audit(builder, data.get("audit") or [])
    if data.get("sync_conflicts"):
        builder.heading_for("Values kept from edits that raced")
        builder.grid(("Field", "This laptop's value", "Other laptop's value", "Kept"),
                     [(_value(c.get("field")), _value(c.get("mine")), _value(c.get("theirs")),
                       _value(c.get("kept"))) for c in data["sync_conflicts"]], (12, 25, 25, 8))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Subject access export — {who}",
                            author="Trade-mission CRM", subject="Personal data held (GDPR art. 15)")
    doc.build(builder.story)
    return out.getvalue()
