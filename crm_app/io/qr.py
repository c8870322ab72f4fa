"""Text from a badge or business-card QR code (pasted, or typed by a scanner acting as a
keyboard): vCard, MECARD (`MECARD:N:Rossi,Mario;TEL:...;;`) or BIZCARD."""

from __future__ import annotations

from crm_app.domain.errors import DomainError
from crm_app.io.drafts import ContactDraft, ParsedFile, split_full_name
from crm_app.io.vcard import parse_vcards


def _fields(body: str) -> list[tuple[str, str]]:
    """Split 'KEY:value;KEY:value;;' honouring backslash escapes."""
    items: list[tuple[str, str]] = []
    current = ""
    escaped = False
    for char in body:
        if escaped:
            current += char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            if current:
                key, _, value = current.partition(":")
                items.append((key.strip().upper(), value.strip()))
            current = ""
        else:
            current += char
    if current.strip():
        key, _, value = current.partition(":")
        items.append((key.strip().upper(), value.strip()))
    return items


def parse_mecard(text: str) -> ContactDraft:
    kind, _, body = text.strip().partition(":")
    draft = ContactDraft(line=1)
    notes: list[str] = []
    for key, value in _fields(body):
        if not value:
            continue
        if kind.upper() == "MECARD":
            if key == "N":
                family, _, given = value.partition(",")
                draft.values["family_name"] = family.strip()
                draft.values["given_name"] = given.strip()
            elif key == "TEL":
                draft.phones.append(value)
            elif key == "EMAIL":
                draft.emails.append(value)
            elif key == "ORG":
                draft.organisation = value
            elif key in {"TITLE", "ROLE"}:
                draft.values["job_title"] = value
            elif key == "NOTE":
                notes.append(value)
            elif key == "ADR":
                draft.addresses.append(_mecard_address(value))
        else:  # BIZCARD: N given, X family, T title, C company, A address, B phone, E email
            target = {"N": "given_name", "X": "family_name", "T": "job_title"}.get(key)
            if target:
                draft.values[target] = value
            elif key == "C":
                draft.organisation = value
            elif key in {"B", "M"}:
                draft.phones.append(value)
            elif key == "E":
                draft.emails.append(value)
            elif key == "A":
                draft.addresses.append({"kind": "work", "street": value})
    if notes:
        draft.values["notes"] = "\n".join(notes)
    if not draft.values.get("family_name") and not draft.values.get("given_name"):
        name = draft.values.pop("given_name", "")
        draft.values["given_name"], draft.values["family_name"] = split_full_name(name)
    return draft


def parse_qr_text(text: str) -> ParsedFile:
    stripped = text.strip()
    head = stripped[:12].upper()
    if head.startswith("BEGIN:VCARD"):
        return parse_vcards(stripped, "qr")
    if head.startswith(("MECARD:", "BIZCARD:")):
        return ParsedFile(format="qr", contacts=[parse_mecard(stripped)])
    raise DomainError("the scanned text is not a contact (expected a vCard or MECARD code)")


def _mecard_address(value: str) -> dict[str, str]:
    """MECARD ADR: 'PO box,extended,street,city,region,postcode,country' (or one line)."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 7:
        return {"kind": "work", "street": ", ".join(p for p in parts if p)}
    street = "\n".join(p for p in parts[:3] if p)
    return {"kind": "work", "street": street, "city": parts[3], "region": parts[4],
            "postcode": parts[5], "country": parts[6]}
