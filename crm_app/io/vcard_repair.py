"""Repairs a vCard needs before vobject reads it: cards split out of the file (nested AGENT
cards and cards missing END:VCARD told apart), QUOTED-PRINTABLE soft breaks and continuation
lines joined, commas in text properties escaped, binary properties dropped, vCard 2.1's
unescaped values and CHARSETs turned into 3.0 text."""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

BINARY_PROPERTIES = {"PHOTO", "LOGO", "SOUND", "KEY"}
# Only these are lists or structures; in every other property a comma is text, even when a
# writer forgot to escape it ("FN:Doe, John", "TITLE:Head of Sales, EMEA").
# (NICKNAME is a list too, but vobject keeps only its first item: escaped, it stays whole.)
STRUCTURED = {"N", "ADR", "ORG", "CATEGORIES", "GEO", "CLIENTPIDMAP", "GENDER"}
KEEP_RAW = {"BEGIN", "END", "VERSION"} | STRUCTURED
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")


def property_name(line: str) -> str:
    match = _PROPERTY.match(line)
    return match.group(1).upper() if match else ""


def _is_begin(line: str) -> bool:
    return line.strip().upper() == "BEGIN:VCARD"


def _is_end(line: str) -> bool:
    return line.strip().upper() == "END:VCARD"


@dataclass
class CardBlock:
    line: int  # line of BEGIN:VCARD
    lines: list[str] = field(default_factory=list)
    closed: bool = True  # False: ended by the next card or the end of file, not END:VCARD
    nested: list[int] = field(default_factory=list)  # lines of nested (AGENT) cards dropped


def _nested_end(physical: list[str], begin: int) -> int | None:
    """Index of the END:VCARD that closes a nested card starting at `begin`, when the line
    after it is still inside the outer card (another END:VCARD comes before any BEGIN)."""
    depth = 0
    for index in range(begin, len(physical)):
        if _is_begin(physical[index]):
            depth += 1
        elif _is_end(physical[index]):
            depth -= 1
            if depth == 0:
                for after in physical[index + 1:]:
                    if _is_begin(after):
                        return None
                    if _is_end(after):
                        return index
                return None
    return None


def split_cards(text: str) -> Iterator[CardBlock]:
    """Each card with its BEGIN line. A BEGIN:VCARD inside a card is either a nested card
    (AGENT: skipped, its line noted) or the next card when the previous lost its END."""
    physical = text.splitlines()
    current: CardBlock | None = None
    index = 0
    while index < len(physical):
        line = physical[index]
        number = index + 1
        if _is_begin(line):
            if current is not None:
                closing = _nested_end(physical, index)
                if closing is not None:
                    current.nested.append(number)
                    index = closing + 1
                    continue
                current.closed = False
                yield current
            current = CardBlock(number, [line.strip()])
        elif current is not None:
            current.lines.append(line)
            if _is_end(line):
                yield current
                current = None
        index += 1
    if current is not None:
        current.closed = False
        yield current


def _escape_text_commas(line: str) -> str:
    head, sep, value = line.partition(":")
    if not sep or property_name(line) in KEEP_RAW:
        return line
    return head + sep + _UNESCAPED_COMMA.sub(r"\\,", value)


def repair_card(lines: list[str], warnings: list[str] | None = None,
                leftovers: list[str] | None = None, qp_charset: str = "utf-8") -> str:
    """Unfold what vobject misreads, join QUOTED-PRINTABLE soft breaks and continuation lines
    that lost their leading space, drop binary properties (noted) and AGENT values."""
    notes = warnings if warnings is not None else []
    logical: list[str] = []
    skipping_binary = False
    skipping_folds = False  # a dropped property's own folded lines (a long photo URL)
    continuing_qp = False
    in_qp = False
    for raw in lines:
        line = raw.rstrip("\r\n")
        if continuing_qp and logical:
            logical[-1] = logical[-1][:-1] + line
            continuing_qp = logical[-1].endswith("=")
            continue
        if skipping_binary:
            if not line.strip() or line[0] in " \t" or not property_name(line):
                continue
            skipping_binary = False
        if skipping_folds:
            if line[:1] in (" ", "\t"):
                continue
            skipping_folds = False
        name = property_name(line)
        if name in BINARY_PROPERTIES:
            skipping_binary = ":http" not in line.lower()
            skipping_folds = True
            kind = "pictures" if name in {"PHOTO", "LOGO"} else "attachments"
            notes.append(f"{name.lower()} not imported (the app keeps no {kind})")
            continue
        if name == "AGENT":  # refused with its line number by parse_vcards
            skipping_binary = True
            continue
        if not line.strip():
            continue
        if logical and line[0] in " \t":
            logical[-1] += line[1:]  # folded line
            continue
        if logical and not name:
            # a line that is no property: a fold without its space, or a QP value broken
            # without soft-break "=" (old phones), belongs to the previous text property;
            # anything else is kept aside for the notes rather than lost
            if in_qp or (property_name(logical[-1]) not in STRUCTURED
                         and not line.startswith(":")):
                logical[-1] += line if in_qp else "\\n" + line
            elif leftovers is not None:
                leftovers.append(line.strip())
            continue
        logical.append(line)
        head = line.split(":", 1)[0].upper()
        in_qp = "QUOTED-PRINTABLE" in head
        continuing_qp = in_qp and line.endswith("=")
    if any(line.strip().upper() == "VERSION:2.1" for line in logical):
        logical = [_repair_21_line(line, qp_charset) for line in logical]
    else:
        logical = [_escape_text_commas(_drop_charset(line)) for line in logical]
    return "\r\n".join(logical) + "\r\n"


def _drop_charset(line: str) -> str:
    """3.0/4.0 have no CHARSET parameter; the file was already decoded as a whole."""
    head, sep, value = line.partition(":")
    if ";" not in head or "CHARSET=" not in head.upper():
        return line
    params = [p for p in head.split(";") if not p.upper().startswith("CHARSET=")]
    return ";".join(params) + sep + value


def decode_qp(value: str, charset: str) -> str:
    """Quoted-printable bytes in their CHARSET; bytes that are valid UTF-8 with accents are
    UTF-8 whatever the card declares (phones write CHARSET=ISO-8859-1 over UTF-8, and
    Latin-1 would turn "Müller" into "MÃ¼ller" without any error)."""
    raw = quopri.decodestring(value.encode("ascii", errors="replace"))
    order = (charset, "utf-8", "cp1252")
    if not raw.isascii():
        try:
            raw.decode("utf-8")
            order = ("utf-8", charset, "cp1252")
        except UnicodeDecodeError:
            pass
    for encoding in order:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("latin-1")


def undeclared_qp(text: str) -> list[bytes]:
    """The bytes of every QUOTED-PRINTABLE value that names no CHARSET (soft breaks joined):
    what crm_app.io.codepage decides the code page of, once for the whole file."""
    found: list[bytes] = []
    lines = text.splitlines()
    for n, line in enumerate(lines):
        head, sep, value = line.partition(":")
        upper = head.upper()
        if not sep or "QUOTED-PRINTABLE" not in upper or "CHARSET=" in upper:
            continue
        parts = [value]
        while parts[-1].endswith("=") and n + 1 < len(lines):
            n += 1
            parts.append(lines[n])
        joined = "".join(p[:-1] if p.endswith("=") else p for p in parts)
        found.append(quopri.decodestring(joined.encode("ascii", errors="replace")))
    return found


def _repair_21_line(line: str, default_charset: str = "utf-8") -> str:
    """vCard 2.1 has no escaping: decode QUOTED-PRINTABLE here (with its CHARSET) and escape
    commas and newlines the 3.0 way, so vobject does not split "Via Roma, 1" into a list."""
    head, sep, value = line.partition(":")
    name = property_name(line)
    if not sep or name in {"BEGIN", "END", "VERSION", "CATEGORIES"}:
        return line
    params = head.split(";")
    upper = [p.upper() for p in params]
    if "ENCODING=QUOTED-PRINTABLE" in upper or "QUOTED-PRINTABLE" in upper:
        charset = next((p.split("=", 1)[1] for p in params if p.upper().startswith("CHARSET=")),
                       default_charset)
        value = decode_qp(value.replace("\\n", "\n"), charset)
        params = [p for p, u in zip(params, upper, strict=True)
                  if u not in {"ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE"}
                  and not u.startswith("CHARSET=")]
    else:
        params = [p for p in params if not p.upper().startswith("CHARSET=")]
        value = value.replace("\\n", "\n")
    value = value.replace("\\", "\\\\").replace(",", "\\,")
    value = value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return ";".join(params) + ":" + value
