"""Contacts from tables: Outlook and Google CSV (recognised by their headers), any other CSV
or .xlsx through a column mapping (column header -> target).

Targets are contact fields plus a few that need assembling: several email or phone columns,
address parts (kept as an address line in the notes, the country as the contact's country),
organisation and department, tags.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crm_app.domain.errors import DomainError
from crm_app.domain.normalise import fold
from crm_app.io.drafts import ContactDraft, ParsedFile, split_full_name
from crm_app.io.textfile import read_rows

TARGETS: dict[str, str] = {
    "given_name": "Given name",
    "middle_name": "Middle name",
    "family_name": "Family name",
    "full_name": "Full name",
    "given_name_latin": "Given name (Latin)",
    "family_name_latin": "Family name (Latin)",
    "honorific": "Honorific",
    "job_title": "Job title",
    "organisation": "Organisation",
    "department": "Department",
    "email": "Email",
    "phone": "Phone",
    "street": "Street",
    "city": "City",
    "region": "Region",
    "postcode": "Postcode",
    "country": "Country",
    "language": "Language",
    "notes": "Notes",
    "tags": "Tags",
    "ignore": "(ignore)",
}

# Outlook (English and Italian) export headers.
OUTLOOK: dict[str, str] = {
    "title": "honorific", "first name": "given_name", "middle name": "middle_name",
    "last name": "family_name", "company": "organisation", "department": "department",
    "job title": "job_title", "business street": "street", "business city": "city",
    "business state": "region", "business postal code": "postcode",
    "business country/region": "country", "business country": "country",
    "business phone": "phone", "business phone 2": "phone", "mobile phone": "phone",
    "home phone": "phone", "primary phone": "phone", "e-mail address": "email",
    "e-mail 2 address": "email", "e-mail 3 address": "email", "notes": "notes",
    "categories": "tags",
    # Outlook in Italian
    "titolo": "honorific", "nome": "given_name", "secondo nome": "middle_name",
    "cognome": "family_name", "societa": "organisation", "reparto": "department",
    "posizione": "job_title", "via (uff.)": "street", "citta (uff.)": "city",
    "provincia (uff.)": "region", "cap (uff.)": "postcode", "paese (uff.)": "country",
    "paese/area geografica (uff.)": "country", "ufficio": "phone",
    "telefono (uff.)": "phone", "cellulare": "phone", "indirizzo posta elettronica": "email",
    "indirizzo posta elettronica 2": "email", "indirizzo posta elettronica 3": "email",
    "note": "notes", "categorie": "tags",
}

# Google Contacts export headers (2024 format and the older "Given Name" one); numbered
# columns ("E-mail 2 - Value") are matched after removing the number.
GOOGLE: dict[str, str] = {
    "first name": "given_name", "middle name": "middle_name", "last name": "family_name",
    "given name": "given_name", "additional name": "middle_name", "family name": "family_name",
    "name prefix": "honorific", "name": "full_name", "organization name": "organisation",
    "organization title": "job_title", "organization department": "department",
    "organization # - name": "organisation", "organization # - title": "job_title",
    "organization # - department": "department", "e-mail # - value": "email",
    "phone # - value": "phone", "address # - street": "street", "address # - city": "city",
    "address # - region": "region", "address # - postal code": "postcode",
    "address # - country": "country", "notes": "notes", "labels": "tags",
    "group membership": "tags",
}

# Any other table: headers people write, in the languages of the offices; our own field
# names (what our CSV export writes) map to themselves.
SYNONYMS: dict[str, str] = {**OUTLOOK, **{name: name for name in TARGETS}, **{
    "first name": "given_name", "firstname": "given_name", "given name": "given_name",
    "vorname": "given_name", "prenom": "given_name", "nombre": "given_name",
    "last name": "family_name", "lastname": "family_name", "surname": "family_name",
    "family name": "family_name", "nachname": "family_name", "nom": "family_name",
    "apellido": "family_name", "apellidos": "family_name", "name": "full_name",
    "full name": "full_name", "nome e cognome": "full_name", "title": "job_title",
    "job title": "job_title", "position": "job_title", "role": "job_title",
    "company": "organisation", "organisation": "organisation", "organization": "organisation",
    "azienda": "organisation", "ente": "organisation", "firma": "organisation",
    "email": "email", "e-mail": "email", "mail": "email", "emails": "email",
    "phone": "phone", "telephone": "phone", "tel": "phone", "mobile": "phone",
    "phones": "phone", "telefono": "phone", "country": "country", "paese": "country",
    "nazione": "country", "land": "country", "pays": "country", "city": "city",
    "citta": "city", "notes": "notes", "note": "notes", "tags": "tags",
    "language": "language", "lingua": "language", "id": "ignore",
}}

GOOGLE_NON_TAGS = {"* mycontacts", "* starred", "mycontacts", "starred"}
MULTI_VALUE = " ::: "  # Google puts several values in one cell this way
FORMULA_QUOTE_CHARS = ("=", "+", "-", "@")


def _key(header: str) -> str:
    return fold(header).strip().strip('"')


def _numbered(header: str) -> str:
    """'e-mail 2 - value' -> 'e-mail # - value' (Google numbers repeated columns)."""
    words = _key(header).split(" ")
    return " ".join("#" if w.isdigit() else w for w in words)


def detect_format(header: Sequence[str]) -> str:
    keys = {_key(h) for h in header}
    numbered = {_numbered(h) for h in header}
    if "e-mail # - value" in numbered or "phone # - value" in numbered:
        return "google"
    if ({"first name", "last name"} <= keys and keys & {"e-mail address", "business phone"}) \
            or {"nome", "cognome", "indirizzo posta elettronica"} <= keys:
        return "outlook"
    return "csv"


def auto_mapping(header: Sequence[str], format_name: str) -> dict[str, str]:
    """A first guess of column -> target; unrecognised columns are ignored."""
    mapping: dict[str, str] = {}
    for column in header:
        if format_name == "google":
            target = GOOGLE.get(_numbered(column)) or GOOGLE.get(_key(column), "ignore")
        elif format_name == "outlook":
            target = OUTLOOK.get(_key(column), "ignore")
        else:
            target = SYNONYMS.get(_key(column), "ignore")
        mapping[column] = target
    return mapping


def unquote_cell(value: str) -> str:
    """Undo our own export's formula neutralising ("'+39..." back to "+39...")."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_QUOTE_CHARS:
        return value[1:]
    return value


def _split_values(value: str, target: str) -> list[str]:
    parts = value.split(MULTI_VALUE) if MULTI_VALUE in value else [value]
    if target in {"email", "phone", "tags"}:
        parts = [p for part in parts for p in part.replace(",", ";").split(";")]
    return [p.strip() for p in parts if p.strip()]


def row_to_draft(
    line: int, header: Sequence[str], cells: Sequence[str], mapping: Mapping[str, str]
) -> ContactDraft:
    draft = ContactDraft(line=line)
    collected: dict[str, list[str]] = {}
    for index, column in enumerate(header):
        target = mapping.get(column, "ignore")
        if target == "ignore" or index >= len(cells):
            continue
        value = unquote_cell(cells[index].strip())
        if value:
            collected.setdefault(target, []).extend(_split_values(value, target))
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
        draft.warnings.append(f"{len(cells) - len(header)} cell(s) beyond the last column ignored")
    first = {k: v[0] for k, v in collected.items() if v}
    given = " ".join(p for p in (first.get("given_name"), first.get("middle_name")) if p)
    if given:
        draft.values["given_name"] = given
    for name in ("family_name", "given_name_latin", "family_name_latin", "honorific",
                 "job_title", "country", "language"):
        if name in first:
            draft.values[name] = first[name]
    if "notes" in collected:
        draft.values["notes"] = "\n".join(collected["notes"])
    draft.full_name = first.get("full_name", "")
    if not given and not first.get("family_name") and draft.full_name:
        draft.values["given_name"], draft.values["family_name"] = split_full_name(draft.full_name)
    draft.organisation = first.get("organisation", "")
    draft.department = first.get("department", "")
    draft.emails = collected.get("email", [])
    draft.phones = collected.get("phone", [])
    draft.tags = [t for t in collected.get("tags", []) if t.casefold() not in GOOGLE_NON_TAGS]
    place = " ".join(p for p in (first.get("postcode"), first.get("city")) if p)
    address = ", ".join(p for p in (first.get("street"), place, first.get("region"),
                                    first.get("country")) if p)
    if first.get("street") or place:
        draft.addresses.append(address)
    return draft


def parse_table(
    header: Sequence[str],
    rows: Sequence[tuple[int, Sequence[str]]],
    format_name: str,
    mapping: Mapping[str, str] | None = None,
) -> ParsedFile:
    if not any(h.strip() for h in header):
        raise DomainError("the first row has no column names")
    detected = detect_format(header) if format_name in {"csv", "xlsx", "auto"} else format_name
    if format_name == "xlsx":
        detected = "xlsx" if detected == "csv" else detected
    guess = auto_mapping(header, detected if detected in {"google", "outlook"} else "csv")
    unknown = [c for c in (mapping or {}) if c not in header]
    if unknown:
        raise DomainError(f"--map names a column the file does not have: {unknown[0]!r} "
                          f"(columns: {', '.join(header)})")
    bad = [t for t in (mapping or {}).values() if t not in TARGETS]
    if bad:
        raise DomainError(f"unknown target {bad[0]!r} (use one of: {', '.join(TARGETS)})")
    final = {**guess, **(mapping or {})}
    parsed = ParsedFile(format=detected, columns=list(header), mapping=final)
    if not any(t != "ignore" for t in final.values()):
        parsed.warnings.append("no column is mapped to a contact field; choose a mapping")
    for line, cells in rows:
        parsed.contacts.append(row_to_draft(line, header, cells, final))
    return parsed


def parse_csv_text(
    text: str, format_name: str = "csv", mapping: Mapping[str, str] | None = None
) -> ParsedFile:
    header, rows = read_rows(text)
    return parse_table(header, rows, format_name, mapping)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and rows of the 'Contacts' sheet (or the first one) of a workbook."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile/openpyxl raise several types for a damaged file
        raise DomainError(f"{path.name} is not a readable .xlsx workbook ({exc})") from None
    try:
        sheet = book["Contacts"] if "Contacts" in book.sheetnames else book.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip() for c in cells]
            else:
                rows.append((number, cells))
    finally:
        book.close()
    if header is None:
        raise DomainError(f"{path.name}: the first sheet is empty")
    while header and not header[-1]:
        header.pop()
    return header, rows
