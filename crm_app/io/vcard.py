"""vCard 2.1, 3.0 and 4.0 in (through vobject) and 3.0/4.0 out.

vobject reads content lines, parameters, structured values, folding, escapes and
QUOTED-PRINTABLE with CHARSET. What it does not cope with is repaired before it sees a card:
QUOTED-PRINTABLE soft line breaks (Outlook 2016 writes long notes that way) and embedded
photos, whose base64 is often broken or unindented; photos are dropped unread. Each card is
parsed on its own, so one bad card is refused with its line number and the others still load.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import vobject

from crm_app.domain.normalise import country_name
from crm_app.io.drafts import ContactDraft, ParsedFile, Refusal

BINARY_PROPERTIES = {"PHOTO", "LOGO", "SOUND", "KEY"}
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")


def _property_name(line: str) -> str:
    match = _PROPERTY.match(line)
    return match.group(1).upper() if match else ""


def split_cards(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number of BEGIN, physical lines) for each card; text outside cards is ignored."""
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            current, start = [line.strip()], number
        elif current is not None:
            current.append(line)
            if upper == "END:VCARD":
                yield start, current
                current = None
    if current is not None:
        yield start, current  # no END:VCARD: refused by the parser with this line number


def repair_card(lines: list[str]) -> str:
    """Join QUOTED-PRINTABLE soft breaks and drop binary properties with their data lines."""
    logical: list[str] = []
    skipping_binary = False
    continuing_qp = False
    for raw in lines:
        line = raw.rstrip("\r\n")
        if continuing_qp and logical:
            logical[-1] = logical[-1][:-1] + line
            continuing_qp = logical[-1].endswith("=")
            continue
        if skipping_binary:
            if not line.strip() or line[0] in " \t" or ":" not in line:
                continue
            skipping_binary = False
        if _property_name(line) in BINARY_PROPERTIES:
            skipping_binary = True
            continue
        if not line.strip():
            continue
        logical.append(line)
        head = line.split(":", 1)[0].upper()
        continuing_qp = "QUOTED-PRINTABLE" in head and line.endswith("=")
    if any(line.strip().upper() == "VERSION:2.1" for line in logical):
        logical = [_repair_21_line(line) for line in logical]
    return "\r\n".join(logical) + "\r\n"


def _decode_qp(value: str, charset: str) -> str:
    raw = quopri.decodestring(value.encode("ascii", errors="replace"))
    for encoding in (charset, "utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("latin-1")


def _repair_21_line(line: str) -> str:
    """vCard 2.1 has no escaping: decode QUOTED-PRINTABLE here (with its CHARSET) and escape
    commas and newlines the 3.0 way, so vobject does not split "Via Roma, 1" into a list."""
    head, sep, value = line.partition(":")
    name = _property_name(line)
    if not sep or name in {"BEGIN", "END", "VERSION", "CATEGORIES"}:
        return line
    params = head.split(";")
    upper = [p.upper() for p in params]
    if "ENCODING=QUOTED-PRINTABLE" in upper or "QUOTED-PRINTABLE" in upper:
        charset = next((p.split("=", 1)[1] for p in params if p.upper().startswith("CHARSET=")),
                       "utf-8")
        value = _decode_qp(value, charset)
        params = [p for p, u in zip(params, upper, strict=True)
                  if u not in {"ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE"}
                  and not u.startswith("CHARSET=")]
    value = value.replace("\\", "\\\\").replace(",", "\\,")
    value = value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return ";".join(params) + ":" + value


def _text(value: Any) -> str:
    """A property value as one string; vobject gives lists (of lists) for unescaped commas."""
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    return str(value or "").strip()


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _address_line(value: Any) -> tuple[str, str]:
    """(one-line address, country) from a vobject Address."""
    parts = [getattr(value, name, "") for name in ("box", "extended", "street")]
    place = " ".join(p for p in (getattr(value, "code", ""), getattr(value, "city", "")) if p)
    parts += [place, getattr(value, "region", ""), getattr(value, "country", "")]
    flat = [", ".join(str(v) for v in p if v) if isinstance(p, list) else _text(p)
            for p in parts]
    country = _text(getattr(value, "country", ""))
    if not any(flat[:-1]):
        return "", country  # a country alone is the contact's country, not an address
    return ", ".join(p for p in flat if p), country


def card_to_draft(card: Any, line: int) -> ContactDraft:
    draft = ContactDraft(line=line)
    notes: list[str] = []
    for prop in card.getChildren():
        name = prop.name.upper()
        value = prop.value
        if name == "N":
            draft.values["family_name"] = _text(value.family)
            draft.values["given_name"] = " ".join(
                p for p in (_text(value.given), _text(value.additional)) if p
            )
            if _text(value.prefix):
                draft.values["honorific"] = _text(value.prefix)
        elif name == "FN":
            draft.full_name = _text(value)
        elif name == "ORG":
            units = [u for u in (_text(v) for v in _as_list(value)) if u]
            if units:
                draft.organisation = units[0]
                draft.department = " / ".join(units[1:])
        elif name == "TITLE" or (name == "ROLE" and not draft.values.get("job_title")):
            draft.values["job_title"] = _text(value)
        elif name == "EMAIL" and _text(value):
            draft.emails.append(_text(value).removeprefix("mailto:"))
        elif name == "TEL" and _text(value):
            draft.phones.append(_text(value).removeprefix("tel:"))
        elif name == "ADR":
            address, country = _address_line(value)
            if address:
                draft.addresses.append(address)
            if country and not draft.values.get("country"):
                draft.values["country"] = country
        elif name == "NOTE" and _text(value):
            notes.append(str(value).strip())
        elif name == "CATEGORIES":
            items = value if isinstance(value, list) else str(value).split(",")
            draft.tags.extend(t for t in (_text(i) for i in items) if t)
        elif name in {"LANG", "X-CRM-LANGUAGE"} and _text(value):
            draft.values["language"] = _text(value)
        elif name == "X-CRM-NAME-LATIN":
            family, _, given = str(value).partition(";")
            draft.values["family_name_latin"] = family.strip()
            draft.values["given_name_latin"] = given.strip()
    if notes:
        draft.values["notes"] = "\n\n".join(notes)
    return draft


def parse_vcards(text: str, format_name: str = "vcard") -> ParsedFile:
    parsed = ParsedFile(format=format_name)
    for line, lines in split_cards(text):
        if lines[-1].strip().upper() != "END:VCARD":
            parsed.refused.append(Refusal(line, "card has no END:VCARD line"))
            continue
        try:
            card = vobject.readOne(repair_card(lines), ignoreUnreadable=True)
        except Exception as exc:  # vobject raises many types; each means "this card is broken"
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            parsed.refused.append(Refusal(line, f"unreadable card: {reason}"[:300]))
            continue
        parsed.contacts.append(card_to_draft(card, line))
    if not parsed.contacts and not parsed.refused:
        from crm_app.domain.errors import DomainError

        raise DomainError("no vCard found (a vCard starts with BEGIN:VCARD)")
    return parsed


# -- writing ------------------------------------------------------------------------------


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold_line(line: str, limit: int = 75) -> str:
    """RFC 6350 folding at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def contact_to_vcard(
    contact: Mapping[str, Any], organisation: str, version: str = "3.0"
) -> str:
    """One contact as a vCard 3.0 or 4.0 (text with CRLF line ends)."""
    v4 = version == "4.0"
    given, family = contact.get("given_name") or "", contact.get("family_name") or ""
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    honorific = contact.get("honorific") or ""
    lines.append(f"N:{_escape(family)};{_escape(given)};;{_escape(honorific)};")
    full = " ".join(p for p in (honorific, given, family) if p)
    lines.append(f"FN:{_escape(full)}")
    latin = (contact.get("family_name_latin") or "", contact.get("given_name_latin") or "")
    if any(latin):
        lines.append(f"X-CRM-NAME-LATIN:{_escape(latin[0])};{_escape(latin[1])}")
    if organisation:
        lines.append(f"ORG:{_escape(organisation)}")
    if contact.get("job_title"):
        lines.append(f"TITLE:{_escape(contact['job_title'])}")
    for email in contact.get("emails") or []:
        lines.append(f"EMAIL;TYPE=work:{email}" if v4 else f"EMAIL;TYPE=INTERNET:{email}")
    for phone in contact.get("phones") or []:
        lines.append(f"TEL;VALUE=uri;TYPE=voice:tel:{phone}" if v4 else f"TEL;TYPE=VOICE:{phone}")
    if contact.get("country"):
        lines.append(f"ADR;TYPE=work:;;;;;;{_escape(country_name(contact['country']))}")
    if contact.get("language"):
        lines.append(f"LANG:{contact['language']}" if v4
                     else f"X-CRM-LANGUAGE:{contact['language']}")
    if contact.get("notes"):
        lines.append(f"NOTE:{_escape(contact['notes'])}")
    tags = contact.get("tags") or []
    if tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in tags))
    if contact.get("id"):
        lines.append(f"UID:urn:uuid:{contact['id']}" if v4 else f"UID:{contact['id']}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def write_vcards(
    contacts: Iterable[Mapping[str, Any]], org_names: Mapping[str, str], version: str = "3.0"
) -> str:
    return "".join(
        contact_to_vcard(c, org_names.get(c.get("organisation_id") or "", ""), version)
        for c in contacts
    )
