"""Contacts from tables: Outlook and Google CSV (recognised by their headers), any other CSV
or .xlsx through a column mapping (column header -> target).

Targets are contact fields plus a few that need assembling: several email or phone columns,
address parts (kept as an address line in the notes, the country as the contact's country),
organisation and department, tags.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from crm_app.domain import value_labels
from crm_app.domain.errors import DomainError, Message
from crm_app.domain.normalise import fold
from crm_app.io.addresses import AddressCollector, contact_country
from crm_app.io.drafts import ContactDraft, ParsedFile
from crm_app.io.headers import GENERIC, OUTLOOK, OUTLOOK_SIGNS, THUNDERBIRD, THUNDERBIRD_SIGNS
from crm_app.io.textfile import iter_rows

TARGETS: dict[str, str] = {
    "given_name": "Given name",
    "middle_name": "Middle name",
    "family_name": "Family name",
    "full_name": "Full name",
    "given_name_latin": "Given name (Latin)",
    "family_name_latin": "Family name (Latin)",
    "honorific": "Honorific",
    "name_suffix": "Name suffix",
    "nickname": "Nickname",
    "job_title": "Job title",
    "organisation": "Organisation",
    "department": "Department",
    "email": "Email",
    "phone": "Phone",
    "fax": "Fax",
    "email_types": "Type of the emails (work, home, …)",
    "phone_types": "Type of the phones (work, mobile, fax, …)",
    "street": "Street",
    "city": "City",
    "region": "Region",
    "postcode": "Postcode",
    "country": "Country",
    "home_street": "Home street",
    "home_city": "Home city",
    "home_region": "Home region",
    "home_postcode": "Home postcode",
    "home_country": "Home country",
    "other_street": "Other street",
    "other_city": "Other city",
    "other_region": "Other region",
    "other_postcode": "Other postcode",
    "other_country": "Other country",
    "address_type": "Address type (work, home, other)",
    "birthday": "Birthday",
    "birth_year": "Birth year",
    "birth_month": "Birth month",
    "birth_day": "Birth day",
    "website": "Website",
    "language": "Language",
    "notes": "Notes",
    "tags": "Tags",
    "extra": "Notes, labelled with the column name",
    "ignore": "(ignore)",
}
# A row needs one of these to be a contact or an organisation.
IDENTITY_TARGETS = {"given_name", "family_name", "full_name", "organisation", "email"}
# Scalar targets kept in the notes under their label.
LABELLED = ("name_suffix", "nickname", "birthday", "website")
# Columns holding the types of another column's values ("E-mail 1 - Type" for
# "E-mail 1 - Value", our export's "email_types" for "emails").
TYPE_TARGETS = {"email_types": ("email",), "phone_types": ("phone", "fax")}
# Values exports write into empty cells ("0/0/00" is Outlook's empty birthday).
EMPTY_VALUES = {"0/0/00", "0.0.00", "00.00.00", "00/00/0000", "0000-00-00", "unspecified",
                "normal", "false",
                "smtp", "ex", "non specificato", "nicht angegeben", "non spécifié",
                "sin especificar", "no especificado"}

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
    "group membership": "tags", "name suffix": "name_suffix", "nickname": "nickname",
    "birthday": "birthday", "website # - value": "website", "file as": "ignore",
    "address # - formatted": "ignore",  # the same address as its parts
    "address # - po box": "street", "address # - extended address": "street",
    # the kind of an email/phone/address ("Work", "* Home"); relations and events keep theirs
    **{f"{kind} # - {what}": "ignore" for kind in ("address", "website", "organization")
       for what in ("label", "type")},
    **{f"e-mail # - {what}": "email_types" for what in ("label", "type")},
    **{f"phone # - {what}": "phone_types" for what in ("label", "type")},
    "address # - type": "address_type",
}

# Our own field names (what our CSV export writes) map to themselves.
SYNONYMS: dict[str, str] = {**OUTLOOK, **THUNDERBIRD, **GENERIC,
                            **{name: name for name in TARGETS}}

GOOGLE_NON_TAGS = {"* mycontacts", "* starred", "mycontacts", "starred"}
MULTI_VALUE = " ::: "  # Google puts several values in one cell this way
FORMULA_QUOTE_CHARS = ("=", "+", "-", "@")
_EMAILISH = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _key(header: str) -> str:
    return fold(header).strip().strip('"')


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _spelled(header: str) -> str:
    """'first_name', 'firstName', 'E-mail.Address' -> 'first name', 'e-mail address': column
    names as databases and web apps (Monica, HubSpot, Zoho) write them, read as words."""
    return _key(" ".join(_CAMEL.sub(" ", header.strip()).replace("_", " ")
                         .replace(".", " ").split()))


def _lookup(table: Mapping[str, str], column: str) -> str | None:
    return table.get(_key(column)) or table.get(_spelled(column))


def _numbered(header: str) -> str:
    """'e-mail 2 - value' -> 'e-mail # - value' (Google numbers repeated columns)."""
    words = _key(header).split(" ")
    return " ".join("#" if w.isdigit() else w for w in words)


def detect_format(header: Sequence[str]) -> str:
    keys = {_key(h) for h in header}
    numbered = {_numbered(h) for h in header}
    if "e-mail # - value" in numbered or "phone # - value" in numbered:
        return "google"
    if any(sign <= keys for sign in THUNDERBIRD_SIGNS):
        return "thunderbird"
    if any(sign <= keys for sign in OUTLOOK_SIGNS):
        return "outlook"
    return "csv"


def auto_mapping(header: Sequence[str], format_name: str) -> dict[str, str]:
    """A first guess of column -> target; an unrecognised column goes to the notes under its
    own name ("extra"), so nothing in the file is dropped unless the user says so."""
    mapping: dict[str, str] = {}
    for column in header:
        if not column.strip():
            target = "extra"
        elif format_name == "google":
            target = GOOGLE.get(_numbered(column)) or GOOGLE.get(_key(column), "extra")
        elif format_name == "outlook":
            target = OUTLOOK.get(_key(column)) or _lookup(GENERIC, column) or "extra"
        elif format_name == "thunderbird":
            target = THUNDERBIRD.get(_key(column)) or _lookup(GENERIC, column) or "extra"
        else:
            target = _lookup(SYNONYMS, column) or "extra"
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


def _birthday(collected: Mapping[str, list[str]]) -> str:
    parts = [(collected.get(k) or [""])[0] for k in ("birth_year", "birth_month", "birth_day")]
    year, month, day = parts
    if month and day:
        return f"{year}-{int(month):02d}-{int(day):02d}" if year and month.isdecimal() \
            and day.isdecimal() else f"{year} {month} {day}".strip()
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=1024)  # once per column of a file, not once per cell
def _stem(header: str) -> str:
    """What a value column and its type column share: 'e-mail 1' of 'E-mail 1 - Value' and
    'E-mail 1 - Type', 'email' of 'emails' and 'email_types'."""
    key = re.sub(r"(?:[\s_-]+|^)(types?|labels?|values?)$", "", _key(header))
    return key.rstrip("s ")


class _TypedValues:
    """The type of each email and phone of a row: from its column's name ("Mobile Number",
    "Telefon geschäftlich") or from a type column beside it (Google's "Phone 1 - Type",
    our export's "phone_types", one type per value in order)."""

    def __init__(self) -> None:
        self.columns: list[tuple[str, str, list[str]]] = []  # column, target, its values
        self.types: dict[str, list[str]] = {}  # stem of a type column -> its types

    def add(self, column: str, target: str, parts: list[str]) -> None:
        self.columns.append((column, target, parts))

    def label(self, draft: ContactDraft) -> None:
        for column, target, parts in self.columns:
            named = value_labels.from_column(column)
            if target == "fax" and "fax" not in named:
                named = f"{named} fax".strip() if named in {"work", "home"} else "fax"
            given = self.types.get(_stem(column), [])
            for number, part in enumerate(parts):
                written = given[0] if len(given) == 1 else (
                    given[number] if number < len(given) else "")
                written = written.lstrip("* ").strip()
                draft.label(part, value_labels.from_vcard([], written) if written else named)


def column_plan(header: Sequence[str], mapping: Mapping[str, str]
                ) -> list[tuple[int, str, str]]:
    """(index, column, target) of the columns a row's cells are read from, once per file."""
    return [(index, column, mapping.get(column, "ignore")) for index, column in
            enumerate(header) if mapping.get(column, "ignore") != "ignore"]


def row_to_draft(
    line: int, header: Sequence[str], cells: Sequence[str], mapping: Mapping[str, str],
    plan: list[tuple[int, str, str]] | None = None,
) -> ContactDraft:
    draft = ContactDraft(line=line)
    collected: dict[str, list[str]] = {}
    places = AddressCollector()
    typed = _TypedValues()
    width = len(cells)
    for index, column, target in column_plan(header, mapping) if plan is None else plan:
        if index >= width:
            continue
        value = unquote_cell(cells[index].replace("\x00", "").strip())
        if not value or value.casefold() in EMPTY_VALUES:
            continue
        if target == "extra":
            draft.extras.append((column.strip() or f"Column {index + 1}", value))
            continue
        if places.add(column, target, value):
            continue
        if target in TYPE_TARGETS:
            typed.types[_stem(column)] = [t.strip() for t in value.replace(MULTI_VALUE, ";")
                                          .split(";")]
            continue
        parts = _split_values(value, target)
        if target in {"email", "phone", "fax"}:  # a fax is a phone typed "fax"
            typed.add(column, target, parts)
        # a second value for a one-value field (two "Title" columns in French Outlook) is
        # kept in the notes, not dropped
        bucket = collected.setdefault(target, [])
        bucket.extend(p for p in parts if p not in bucket)
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
        extra = [c.strip() for c in cells[len(header):] if c.strip()]
        draft.warnings.append(Message("{count} cell(s) beyond the last column kept in the "
                                      "notes", count=len(extra)))
        draft.extras.extend(("Cell beyond the last column", c) for c in extra)
    first = {k: v[0] for k, v in collected.items() if v}
    given = " ".join(p for p in (first.get("given_name"), first.get("middle_name")) if p)
    if given:
        draft.values["given_name"] = given
    for name in ("family_name", "given_name_latin", "family_name_latin", "honorific",
                 "job_title", "language"):
        if name in first:
            draft.values[name] = first[name]
        for more in collected.get(name, [])[1:]:
            draft.extras.append((TARGETS[name], more))
    if "notes" in collected:
        draft.values["notes"] = "\n".join(collected["notes"])
    draft.full_name = first.get("full_name", "")
    if (given or first.get("family_name")) and draft.full_name and draft.full_name != " ".join(
            p for p in (given, first.get("family_name")) if p):
        draft.extras.append(("Display name", draft.full_name))
    draft.organisation = first.get("organisation", "")
    draft.department = " / ".join(collected.get("department", []))
    for more in collected.get("organisation", [])[1:]:
        draft.extras.append(("Organisation", more))
    draft.emails = collected.get("email", [])
    # faxes after the numbers to call: the first phone is the one lists and reports show
    draft.phones = list(dict.fromkeys(collected.get("phone", []) + collected.get("fax", [])))
    typed.label(draft)
    draft.tags = [t for t in collected.get("tags", []) if t.casefold() not in GOOGLE_NON_TAGS]
    for name in LABELLED:
        draft.extras.extend((TARGETS[name], v) for v in collected.get(name, []))
    birthday = _birthday(collected)
    if birthday:
        draft.extras.append(("Birthday", birthday))
    draft.addresses = places.addresses()
    if contact_country(draft.addresses):
        draft.values["country"] = contact_country(draft.addresses)
    return draft


def resolve_mapping(header: Sequence[str], format_name: str,
                    mapping: Mapping[str, str] | None = None) -> ParsedFile:
    """The header's format and column mapping (the guess, then the user's choices), as a
    ParsedFile with no rows yet; a bad --map is refused here, before any row is read."""
    if not any(h.strip() for h in header):
        raise DomainError("the first row has no column names")
    emails = [h for h in header if _EMAILISH.match(h.strip())]
    if emails:  # read as names, the first record would be lost as the header
        raise DomainError("the first row holds values such as {value!r}, not column "
                          "names: the file has no header row; add one (e.g. First Name,Last "
                          "Name,E-mail Address), nothing was imported", value=emails[0])
    detected = detect_format(header) if format_name in {"csv", "xlsx", "auto"} else format_name
    if format_name == "xlsx":
        detected = "xlsx" if detected == "csv" else detected
    guess = auto_mapping(header, detected if detected in {"google", "outlook", "thunderbird"}
                         else "csv")
    unknown = [c for c in (mapping or {}) if c not in header]
    if unknown:
        raise DomainError("--map names a column the file does not have: {value!r} "
                          "(columns: {known})", value=unknown[0], known=", ".join(header))
    bad = [t for t in (mapping or {}).values() if t not in TARGETS]
    if bad:
        raise DomainError("unknown target {value!r} (use one of: {known})", value=bad[0],
                          known=", ".join(TARGETS))
    final = {**guess, **(mapping or {})}
    parsed = ParsedFile(format=detected, columns=list(header), mapping=final)
    if not any(t in IDENTITY_TARGETS for t in final.values()):
        parsed.warnings.append(Message("no column is mapped to a contact field; choose a "
                                       "mapping"))
    return parsed


def drafts_of(parsed: ParsedFile, rows: Iterable[tuple[int, Sequence[str]]]
              ) -> Iterator[ContactDraft]:
    plan = column_plan(parsed.columns, parsed.mapping)
    for line, cells in rows:
        yield row_to_draft(line, parsed.columns, cells, parsed.mapping, plan)


def parse_table(
    header: Sequence[str],
    rows: Iterable[tuple[int, Sequence[str]]],
    format_name: str,
    mapping: Mapping[str, str] | None = None,
) -> ParsedFile:
    parsed = resolve_mapping(header, format_name, mapping)
    parsed.contacts.extend(drafts_of(parsed, rows))
    return parsed


def parse_csv_text(
    text: str, format_name: str = "csv", mapping: Mapping[str, str] | None = None
) -> ParsedFile:
    header, rows = iter_rows(text)
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


def iter_xlsx_rows(path: Path, header_only: bool = False
                   ) -> tuple[list[str], Generator[tuple[int, list[str]], None, None]]:
    """Header and rows, one at a time, of the 'Contacts' sheet (or the first one); with
    `header_only` the workbook is closed at once and no row follows."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile/openpyxl raise several types for a damaged file
        raise DomainError("{name} is not a readable .xlsx workbook ({reason})", name=path.name,
                          reason=str(exc)) from None
    sheet = book["Contacts"] if "Contacts" in book.sheetnames else book.worksheets[0]
    numbered = enumerate(sheet.iter_rows(values_only=True), start=1)
    header: list[str] | None = None
    for _number, values in numbered:
        cells = [_cell_text(v) for v in values]
        if any(c.strip() for c in cells):
            header = [c.strip() for c in cells]
            break
    if header is None:
        book.close()
        raise DomainError("{name}: the first sheet is empty", name=path.name)
    while header and not header[-1]:
        header.pop()
    if header_only:
        book.close()
        numbered = enumerate((), start=1)

    def rows() -> Generator[tuple[int, list[str]], None, None]:
        try:
            for number, values in numbered:
                cells = [_cell_text(v) for v in values]
                if any(c.strip() for c in cells):
                    yield number, cells
        finally:
            book.close()

    return header, rows()


def read_xlsx_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and rows of the 'Contacts' sheet (or the first one) of a workbook."""
    header, rows = iter_xlsx_rows(path)
    return header, list(rows)
