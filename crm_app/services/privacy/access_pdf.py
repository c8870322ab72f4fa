"""The subject access export as a PDF to hand to the person: the same content as the JSON,
laid out as sections of label / value lines, in any script (the reports' bundled fonts)."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from crm_app.reports.fonts import FontSet, bundled_fonts
from crm_app.reports.text import paragraph

SECTIONS = {"meeting": "Meetings", "note": "Notes", "followup": "Follow-ups",
            "organisation": "Organisations naming them", "event": "Events naming them",
            "contact": "Other contacts naming them", "staff": "Staff records naming them"}
SKIPPED = frozenset({"in_trash", "why", "participants"})


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                         for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class _Builder:
    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.story: list[Flowable] = []
        self.title = ParagraphStyle("title", fontSize=16, leading=20, spaceAfter=6)
        self.heading = ParagraphStyle("heading", fontSize=12, leading=15, spaceBefore=8,
                                      spaceAfter=3)
        self.sub = ParagraphStyle("sub", fontSize=9.5, leading=12, spaceBefore=5)
        self.line = ParagraphStyle("line", fontSize=8.5, leading=10.5, leftIndent=4 * mm)

    def add(self, text: str, style: ParagraphStyle, bold: bool = False) -> None:
        self.story.append(paragraph(self.fonts, text, style, bold))

    def fields(self, row: Mapping[str, Any], *, skip_empty: bool = False) -> None:
        for key in sorted(row):
            if key in SKIPPED or (skip_empty and row[key] in (None, "", [])):
                continue
            self.add(f"{key}: {_value(row[key])}", self.line)


def render_pdf(data: Mapping[str, Any]) -> bytes:
    """PDF bytes of a `subject_access` result."""
    builder = _Builder(bundled_fonts())
    contact = data["contact"]
    name = " ".join(p for p in (contact.get("given_name"), contact.get("family_name")) if p)
    builder.add(f"Personal data held about {name or contact['id']}", builder.title, bold=True)
    builder.add(f"Generated {data['generated_at']} · record {contact['id']}", builder.line)
    builder.add("The person", builder.heading, bold=True)
    builder.fields(contact)
    builder.add("Lawful basis and consent", builder.heading, bold=True)
    builder.fields(data["consent"])
    for entity, label in SECTIONS.items():
        rows = data["records"].get(entity) or []
        if not rows:
            continue
        builder.add(f"{label} ({len(rows)})", builder.heading, bold=True)
        for row in rows:
            title = row.get("subject") or row.get("title") or row.get("name") or row["id"]
            trash = " (in the Trash)" if row.get("in_trash") else ""
            builder.add(f"{title}{trash} — why: {'; '.join(row.get('why') or [])}",
                        builder.sub, bold=True)
            builder.fields(row, skip_empty=True)
    builder.add("Where the data came from", builder.heading, bold=True)
    builder.fields(data["provenance"])
    if data.get("sync_conflicts"):
        builder.add("Values kept from edits that raced", builder.heading, bold=True)
        for conflict in data["sync_conflicts"]:
            builder.fields(conflict)
            builder.story.append(Spacer(1, 2 * mm))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Subject access export", author="Trade-mission CRM")
    doc.build(builder.story)
    return out.getvalue()
