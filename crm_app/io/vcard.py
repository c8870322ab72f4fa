"""vCard 2.1, 3.0 and 4.0 in (through vobject) and 3.0/4.0 out.

vobject reads content lines, parameters, structured values, folding, escapes and
QUOTED-PRINTABLE with CHARSET. What it does not cope with is repaired before it sees a card:
QUOTED-PRINTABLE soft line breaks (Outlook 2016 writes long notes that way) and embedded
photos, whose base64 is often broken or unindented; photos are dropped unread. Each card is
parsed on its own, so one bad card is refused with its line number and the others still load.
The repairs live in crm_app.io.vcard_repair; here cards become drafts, keeping every value a
person would miss (labelled in the notes when no field fits).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
import warnings as pywarnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import vobject

from crm_app.domain import value_labels
from crm_app.domain.errors import DomainError, Message
from crm_app.domain.normalise import country_name
from crm_app.io import codepage
from crm_app.io.addresses import kind_and_label
from crm_app.io.drafts import ContactDraft, ParsedFile, Refusal
from crm_app.io.progress import EVERY, Progress, report
from crm_app.io.textfile import printable
from crm_app.io.vcard_repair import (
    property_name,
    repair_card,
    split_cards,
    undeclared_qp,
)

# Properties and X- extensions that carry nothing a person would miss.
NOISE = {"PRODID", "VERSION", "X-BECKY-IMAGE", "PROFILE", "CLASS", "MAILER", "SORT-STRING",
         "SOURCE", "NAME", "KIND", "X-ABSHOWAS", "X-ABUID", "X-ABADR", "X-ABLABEL",
         "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-CARDPICTURE", "X-MS-OL-DESIGN",
         "X-WAB-GENDER", "X-MOZILLA-HTML", "X-EVOLUTION-FILE-AS", "X-EVOLUTION-LIST",
         "X-EVOLUTION-LIST-SHOW-ADDRESSES", "X-IMAGETYPE", "X-IMAGEHASH", "X-CRM-NAME-LATIN",
         "X-CRM-LANGUAGE", "X-ABRELATEDNAMES", "X-ABDATE", "X-APPLE-SUBLOCALITY",
         "X-APPLE-SUBADMINISTRATIVEAREA"}
LABELS = {"BDAY": "Birthday", "ANNIVERSARY": "Anniversary", "X-ANNIVERSARY": "Anniversary",
          "URL": "Website", "NICKNAME": "Nickname", "IMPP": "Instant messaging",
          "X-SKYPE": "Skype", "X-SKYPE-USERNAME": "Skype", "X-AIM": "AIM",
          "X-JABBER": "Jabber", "X-ICQ": "ICQ", "X-MSN": "MSN", "X-YAHOO": "Yahoo",
          "X-TWITTER": "Twitter", "X-SPOUSE": "Spouse", "X-ASSISTANT": "Assistant",
          "X-MANAGER": "Manager", "X-EVOLUTION-MANAGER": "Manager",
          "X-EVOLUTION-ASSISTANT": "Assistant", "X-EVOLUTION-ANNIVERSARY": "Anniversary",
          "X-EVOLUTION-SPOUSE": "Spouse", "X-MS-ANNIVERSARY": "Anniversary",
          "X-MS-SPOUSE": "Spouse", "X-MS-MANAGER": "Manager", "X-MS-ASSISTANT": "Assistant",
          "X-MS-IMADDRESS": "Instant messaging", "X-MS-TEL": "Phone",
          "X-EVOLUTION-BLOG-URL": "Blog", "X-SOCIALPROFILE": "Social profile",
          "RELATED": "Related", "TZ": "Time zone", "ROLE": "Role", "EXPERTISE": "Expertise",
          "HOBBY": "Hobby", "INTEREST": "Interest", "X-GENDER": "Gender", "GENDER": "Gender",
          "GEO": "Location", "CALURI": "Calendar", "FBURL": "Free/busy",
          "X-ASSISTANT-TEL": "Assistant phone", "X-CALLBACK-TEL": "Callback phone"}
# Phone types worth keeping beside the number (a fax stored as a phone must say so).
ODD_PHONES = {"fax", "pager", "assistant", "callback", "car", "isdn", "textphone", "ttytdd",
              "msg", "bbs", "modem"}
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
# how Apple, Android and Google write the pronunciation of a name (Japanese contacts: the
# Latin reading of a kanji name)
PHONETIC = ("X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME", "X-PHONETIC-LAST-NAME")
_WORD = re.compile(r"\w+")


def _text(value: Any) -> str:
    """A property value as one string; vobject gives lists (of lists) for unescaped commas."""
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    # Apple escapes the colon of a URL (http\://www.apple.ch); vCard has no such escape,
    # and kept, the website would be stored as https://http\://www.apple.ch
    return str(value or "").replace("\\:", ":").strip()


_BASIC_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
NO_YEAR = "1604"  # Apple Contacts and CardBook write a birthday without a year in 1604


def _date_text(text: str) -> str:
    """A date as people read it: 19600510 -> 1960-05-10; Apple's and CardBook's year-less
    16040101 -> --01-01 (no year), as vCard 4.0 writes one; anything else as written."""
    found = _BASIC_DATE.match(text)
    if not found:
        return text
    year, month, day = found.groups()
    if year == NO_YEAR:
        return f"--{month}-{day} (no year)"
    return f"{year}-{month}-{day}"


def _name_text(value: Any) -> str:
    """A name part: several values (N:Name;Pretty;Long,With-Hyphen;; - two middle names, as
    DAVx5 writes them) are one name with spaces, as FN shows it, not a list with commas."""
    if isinstance(value, list):
        return " ".join(t for t in (_name_text(v) for v in value) if t)
    return _text(value)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _address_parts(value: Any) -> dict[str, str]:
    """The parts of a vobject Address (PO box and extended address join the street)."""
    def part(name: str) -> str:
        item = getattr(value, name, "")
        if isinstance(item, list):
            return "\n".join(t for t in (_text(v) for v in item) if t)
        return _text(item)

    street = "\n".join(p for p in (part("box"), part("extended"), part("street")) if p)
    return {"street": street, "city": part("city"), "postcode": part("code"),
            "region": part("region"), "country": part("country")}


def _types(prop: Any) -> list[str]:
    params = getattr(prop, "params", {}) or {}
    found = [str(t).lower() for t in params.get("TYPE", [])]
    # vCard 2.1 writes types as bare parameters ("TEL;WORK;FAX:")
    found += [str(k).lower() for k in getattr(prop, "singletonparams", []) or []]
    return [t for t in found if t not in {"internet", "pref", "voice", "x400"}]


def _label_of(prop: Any, labels: Mapping[str, str]) -> str:
    group = (getattr(prop, "group", None) or "").lower()
    if group and group in labels:
        return labels[group]
    return "/".join(_types(prop))


def _value_label(prop: Any, labels: Mapping[str, str]) -> str:
    """The type of an EMAIL or TEL: its TYPE values or its group's label (item1.X-ABLabel);
    an odd phone type (ISDN, textphone) is kept as written."""
    types = _types(prop)
    custom = labels.get((getattr(prop, "group", None) or "").lower(), "")
    found = value_labels.from_vcard(types, custom)
    odd = [t for t in types if t in ODD_PHONES and t not in {"fax", "pager", "car"}]
    return found or "/".join(odd)


def _group_labels(card: Any) -> dict[str, str]:
    """item1.X-ABLabel:_$!<Assistant>!$_ names what item1.TEL is."""
    labels: dict[str, str] = {}
    for prop in card.getChildren():
        if prop.name.upper() == "X-ABLABEL" and getattr(prop, "group", None):
            text = _text(prop.value)
            match = _APPLE_LABEL.match(text)
            labels[prop.group.lower()] = match.group(1) if match else text
    return labels


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _alternate_name(draft: ContactDraft, value: Any) -> None:
    """A second N (vCard 4.0's ALTID: the same name in another language or script). A Latin
    form beside a native one fills the Latin name fields; any other is kept in the notes."""
    family = _name_text(value.family)
    given = " ".join(p for p in (_name_text(value.given), _name_text(value.additional)) if p)
    current = " ".join(str(draft.values.get(k) or "") for k in ("given_name", "family_name"))
    if _is_latin(f"{given} {family}") and not _is_latin(current):
        draft.values["family_name_latin"], draft.values["given_name_latin"] = family, given
    elif _is_latin(current) and not _is_latin(f"{given} {family}"):
        draft.values["family_name_latin"] = draft.values.get("family_name", "")
        draft.values["given_name_latin"] = draft.values.get("given_name", "")
        draft.values["family_name"], draft.values["given_name"] = family, given
    elif f"{given} {family}".strip() != current.strip():
        draft.extras.append(("Other name", " ".join(p for p in (given, family) if p)))


def _name_parts(draft: ContactDraft, value: Any) -> None:
    if draft.values.get("family_name") or draft.values.get("given_name"):
        _alternate_name(draft, value)
        return
    draft.values["family_name"] = _name_text(value.family)
    draft.values["given_name"] = " ".join(
        p for p in (_name_text(value.given), _name_text(value.additional)) if p)
    if _text(value.prefix):
        draft.values["honorific"] = _text(value.prefix)
    if _text(value.suffix):
        draft.extras.append(("Name suffix", _text(value.suffix)))


def _phonetic_name(draft: ContactDraft, parts: Mapping[str, str]) -> None:
    """X-PHONETIC-*: the Latin reading of a name in another script fills the Latin name
    fields (when the card gives none); any other pronunciation is kept in the notes."""
    given = " ".join(p for p in (parts.get(PHONETIC[0]), parts.get(PHONETIC[1])) if p)
    family = parts.get(PHONETIC[2], "")
    spoken = " ".join(p for p in (given, family) if p)
    if not spoken:
        return
    written = " ".join(str(draft.values.get(k) or "") for k in ("given_name", "family_name"))
    if written.strip() and not _is_latin(written) and _is_latin(spoken) and not (
            draft.values.get("given_name_latin") or draft.values.get("family_name_latin")):
        draft.values["given_name_latin"], draft.values["family_name_latin"] = given, family
    else:
        draft.extras.append(("Phonetic name", spoken))


def _name_from_nickname(draft: ContactDraft) -> None:
    """A card with an empty N and FN but a NICKNAME (Monica's export of a contact known by a
    nickname only) is that person: the nickname is the name, not a reason to refuse it."""
    named = [draft.full_name, draft.organisation, *draft.emails,
             *(str(draft.values.get(k) or "") for k in ("given_name", "family_name"))]
    if any(str(n).strip() for n in named):
        return
    nickname = next((v for label, v in draft.extras if label == "Nickname" and v.strip()), "")
    if nickname:
        draft.values["given_name"] = nickname
        draft.warnings.append(Message("the card gives no name; its nickname {value!r} is "
                                      "used as the name", value=printable(nickname)))


def _keep_display_name(draft: ContactDraft) -> None:
    """FN is the name shown for the card; one that is not made of the card's name parts
    (FN:Full Name beside N:MyLastName;MyFirstName, Thunderbird's "contact number one") is
    what the person was called in the address book, kept in the notes."""
    given, family = (str(draft.values.get(k) or "") for k in ("given_name", "family_name"))
    if not draft.full_name or draft.is_company or not (given.strip() or family.strip()):
        return
    known = [given, family, draft.organisation, *(str(draft.values.get(k) or "") for k in (
        "honorific", "given_name_latin", "family_name_latin"))]
    known += [value for label, value in draft.extras if label in {"Name suffix", "Nickname"}]
    words = {w.casefold() for text in known for w in _WORD.findall(text)}
    shown = {w.casefold() for w in _WORD.findall(draft.full_name)} - words
    # an initial of a name part ("John Q. Public" beside N:Public;John;Quinlan) is that part
    if {w for w in shown if len(w) > 1 or not any(k.startswith(w) for k in words)}:
        draft.extras.append(("Display name", draft.full_name))


def card_to_draft(card: Any, line: int, becky: bool = False) -> ContactDraft:
    """One card as a draft. `becky`: a Becky! address book card, whose N is the nickname
    (FN is the name; Thunderbird's Becky import reads them so)."""
    draft = ContactDraft(line=line)
    notes: list[str] = []
    phonetic: dict[str, str] = {}
    labels = _group_labels(card)
    for prop in card.getChildren():
        name = prop.name.upper()
        value = prop.value
        label = _label_of(prop, labels)
        if name == "N" and becky:
            nickname = " ".join(p for p in (_text(getattr(value, k, "")) for k in (
                "prefix", "given", "additional", "family", "suffix")) if p)
            if nickname:
                draft.extras.append(("Nickname", nickname))
        elif name == "N":
            _name_parts(draft, value)
        elif name == "FN":
            if draft.full_name and _text(value) != draft.full_name:  # an ALTID alternate
                language = ",".join(prop.params.get("LANGUAGE", []))
                draft.extras.append((f"Display name ({language})" if language
                                     else "Display name", _text(value)))
            else:
                draft.full_name = _text(value)
        elif name == "ORG":
            units = [u for u in (_text(v) for v in _as_list(value)) if u]
            if units and draft.organisation and units[0] != draft.organisation:
                # a second organisation (FullContact writes one ORG per job): kept, not lost
                draft.extras.append(("Organisation", " / ".join(units)))
            elif units:
                draft.organisation = units[0]
                draft.department = " / ".join(units[1:])
        elif (name == "TITLE" or (name == "ROLE" and not card.contents.get("title"))) \
                and _text(value):
            if draft.values.get("job_title") and draft.values["job_title"] != _text(value):
                draft.extras.append(("Job title", _text(value)))
            else:
                draft.values["job_title"] = _text(value)
        elif name == "EMAIL" and _text(value):
            email = _text(value).removeprefix("mailto:")
            draft.emails.append(email)
            draft.label(email, _value_label(prop, labels))
        elif name == "TEL" and _text(value):
            phone = _text(value).removeprefix("tel:")
            draft.phones.append(phone)
            draft.label(phone, _value_label(prop, labels))
        elif name == "UID" and _text(value):
            draft.uid = _text(value)[:300]
        elif name == "REV" and _text(value):
            draft.rev = _text(value)[:40]
        elif name == "ADR":
            parts = _address_parts(value)
            kind, tag = kind_and_label(_types(prop), labels.get(
                (getattr(prop, "group", None) or "").lower(), ""))
            if any(parts[p] for p in ("street", "city", "postcode", "region")):
                draft.addresses.append({"kind": kind, "label": tag, **parts})
            if parts["country"] and not draft.values.get("country"):
                draft.values["country"] = parts["country"]
        elif name == "LABEL" and _text(value) and not card.contents.get("adr"):
            # a formatted address and no ADR: the whole text is the address
            kind, tag = kind_and_label(_types(prop))
            draft.addresses.append({"kind": kind, "label": tag,
                                    "street": str(value).strip()})
        elif name == "LABEL" and _text(value):
            draft.extras.append((f"Address label ({label})" if label else "Address label",
                                 str(value).strip()))
        elif name == "X-CRM-COUNTRY" and _text(value):
            draft.values["country"] = _text(value)
        elif name == "NOTE" and _text(value):
            notes.append(str(value).strip())
        elif name == "CATEGORIES":
            items = value if isinstance(value, list) else str(value).split(",")
            draft.tags.extend(t for t in (_text(i) for i in items) if t)
        elif name in {"LANG", "X-CRM-LANGUAGE"} and _text(value):
            if not draft.values.get("language"):
                draft.values["language"] = _text(value)
            elif _text(value) != draft.values["language"]:  # a second language they speak
                draft.extras.append(("Language", _text(value)))
        elif name == "X-CRM-NAME-LATIN":
            family, _, given = str(value).partition(";")
            draft.values["family_name_latin"] = family.strip()
            draft.values["given_name_latin"] = given.strip()
        elif name in {"KIND", "X-ABSHOWAS"}:
            draft.is_company = draft.is_company or _text(value).lower() in {
                "org", "organization", "company"}
        elif name in PHONETIC and _text(value):
            phonetic.setdefault(name, _text(value))
        elif name in {"X-ABDATE", "X-ABRELATEDNAMES"} and _text(value):
            draft.extras.append((label or LABELS.get(name, name.title()),
                                 _date_text(_text(value)) if name == "X-ABDATE"
                                 else _text(value)))
        elif name in {"BDAY", "ANNIVERSARY", "X-ANNIVERSARY"} and _text(value):
            shown = LABELS[name]
            draft.extras.append((f"{shown} ({label})" if label else shown,
                                 _date_text(_text(value))))
        elif name not in NOISE and _text(value) and (name in LABELS or name.startswith("X-")):
            shown = LABELS.get(name, name)
            draft.extras.append((f"{shown} ({label})" if label else shown, _text(value)))
    _phonetic_name(draft, phonetic)
    _keep_display_name(draft)
    _name_from_nickname(draft)
    if notes:
        draft.values["notes"] = "\n\n".join(notes)
    return draft


def _first_line(text: str) -> str:
    return "".join(c if c.isprintable() else " " for c in text.splitlines()[0])[:200]


def parse_vcards(text: str, format_name: str = "vcard",
                 qp_charset: str | None = None, progress: Progress | None = None,
                 stop: threading.Event | None = None) -> ParsedFile:
    """`qp_charset`: the code page of QUOTED-PRINTABLE text that names none (the user's
    --encoding); without it, the one that makes words of the whole file's such text.
    `progress` hears cards read of the file's BEGIN:VCARD lines; `stop` cancels."""
    parsed = ParsedFile(format=format_name)
    total = len(_BEGIN.findall(text)) if progress is not None else 0
    qp_encoding = qp_charset or "utf-8"
    if qp_charset is None:
        choice = codepage.guess(undeclared_qp(text))
        if choice is not None:
            qp_encoding = choice.encoding
            parsed.encoding_note = (f"quoted-printable text without a CHARSET read as "
                                    f"{choice.name}, which makes words of it "
                                    f"(“{choice.example}”); --encoding overrides")
    # a Becky! address book renamed .vcf is still one (its cards carry X-BECKY- lines)
    becky = format_name == "becky" or "\nX-BECKY-" in text[:100_000].upper()
    if becky and format_name != "becky":
        parsed.format = "becky"
    for number, block in enumerate(split_cards(text)):
        if number % EVERY == 0:
            report(progress, stop, number, total, "reading the file")
        for nested in block.nested:
            parsed.refused.append(Refusal(nested, Message(
                "a card inside another card (AGENT) is not imported; the outer card is")))
        lines = list(block.lines)
        warnings: list[str] = []
        if not block.closed:
            # a scanned badge without END was cut off (scan again); a file's card without it
            # is read up to the next card, with a warning
            if format_name == "qr" or not any(
                    property_name(x) in {"FN", "N", "EMAIL", "ORG"} for x in lines):
                parsed.refused.append(Refusal(block.line,
                                              Message("card has no END:VCARD line")))
                continue
            lines.append("END:VCARD")
            warnings.append(Message("the card has no END:VCARD line; read up to the next card"))
        leftovers: list[str] = []
        for offset, text in enumerate(lines):
            if property_name(text) == "AGENT" and text.partition(":")[2].strip():
                parsed.refused.append(Refusal(block.line + offset, Message(
                    "a card inside another card (AGENT) is not imported; the outer card is")))
        try:
            with warnings_to_list() as caught:
                card = vobject.readOne(repair_card(lines, warnings, leftovers, qp_encoding),
                                       ignoreUnreadable=True)
        except Exception as exc:  # vobject raises many types; each means "this card is broken"
            reason = _first_line(str(exc)) if str(exc) else type(exc).__name__
            parsed.refused.append(Refusal(block.line, Message("unreadable card: {reason}",
                                                              reason=reason)))
            continue
        kinds = {_text(p.value).lower() for p in card.getChildren()
                 if p.name.upper() in {"KIND", "X-ADDRESSBOOKSERVER-KIND"}}
        if "group" in kinds:
            parsed.refused.append(Refusal(block.line, Message(
                "a contact group (KIND:group) is not a contact; its members come from their "
                "own cards")))
            continue
        draft = card_to_draft(card, block.line, becky)
        draft.warnings.extend(warnings)
        for message in caught:
            _, found, rest = message.partition("Failed to parse line: ")
            if found:
                leftovers.append(rest.strip())
            else:
                draft.warnings.append(_first_line(message) or "a line was not readable")
        if leftovers:
            draft.extras.extend(("Unreadable line", text) for text in leftovers)
            draft.warnings.append(Message("{count} line(s) that are no vCard property kept "
                                          "in the notes", count=len(leftovers)))
        parsed.contacts.append(draft)
    if not parsed.contacts and not parsed.refused:
        raise DomainError("no vCard found (a vCard starts with BEGIN:VCARD)")
    report(progress, stop, total, total, "reading the file")
    return parsed


@contextmanager
def warnings_to_list() -> Iterator[list[str]]:
    """vobject logs "Skipped line" (to its own stderr handler) and warns; those become
    preview warnings, not terminal noise."""
    caught: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            caught.append(record.getMessage())

    loggers = [logging.getLogger(name) for name in ("vobject", "vobject.base")]
    saved = [(lg.handlers, lg.propagate) for lg in loggers]
    for lg in loggers:
        lg.handlers, lg.propagate = [_Collect()], False
    try:
        with pywarnings.catch_warnings(record=True) as recorded:
            pywarnings.simplefilter("always")
            yield caught
        caught.extend(str(w.message) for w in recorded)
    finally:
        for lg, (handlers, propagate) in zip(loggers, saved, strict=True):
            lg.handlers, lg.propagate = handlers, propagate


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


def _adr_lines(addresses: Iterable[Mapping[str, Any]]) -> list[str]:
    """ADR with TYPE; a label goes in an Apple-style group label (item1.X-ABLabel)."""
    lines = []
    for number, address in enumerate(addresses, start=1):
        parts = [address.get(k) or "" for k in ("street", "city", "region", "postcode")]
        parts.append(country_name(address.get("country")))
        group = f"item{number}." if address.get("label") else ""
        kind = address.get("kind") or "work"
        lines.append(f"{group}ADR;TYPE={kind}:;;" + ";".join(_escape(str(p)) for p in parts))
        if group:
            lines.append(f"{group}X-ABLabel:{_escape(str(address['label']))}")
    return lines


class _Groups:
    """EMAIL/TEL lines with their type: a kind as TYPE=, any other label in an Apple-style
    group label (itemN.X-ABLabel), numbered after the addresses' groups."""

    def __init__(self, used: int) -> None:
        self.used = used

    def typed(self, prop: str, types: list[str], label: str, value: str,
              voice: bool = False) -> list[str]:
        kind = value_labels.TO_VCARD.get(label)
        if kind:
            extra = kind.split(",")
            if voice and not {"fax", "pager"} & set(extra):
                extra.append("voice")
            types = [t for t in types if t.lower() != "voice"] + extra
        params = f";TYPE={','.join(types)}" if types else ""
        if not label or kind:
            return [f"{prop}{params}:{value}"]
        self.used += 1
        group = f"item{self.used}."
        return [f"{group}{prop}{params}:{value}", f"{group}X-ABLabel:{_escape(label)}"]


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
    labels = value_labels.as_dict(contact.get("value_labels"))
    groups = _Groups(len(contact.get("addresses") or []))
    for email in contact.get("emails") or []:
        types = ["INTERNET"] if not v4 else []
        lines.extend(groups.typed("EMAIL", types, labels.get(email, ""), email))
    for phone in contact.get("phones") or []:
        types = [] if v4 else ["VOICE"]
        value = f"tel:{phone}" if v4 else phone
        lines.extend(groups.typed("TEL;VALUE=uri" if v4 else "TEL", types,
                                  labels.get(phone, ""), value, voice=True))
    addresses = contact.get("addresses") or []
    if contact.get("country"):
        lines.append(f"X-CRM-COUNTRY:{contact['country']}")
        if not addresses:
            lines.append(f"ADR;TYPE=work:;;;;;;{_escape(country_name(contact['country']))}")
    lines.extend(_adr_lines(addresses))
    if contact.get("language"):
        lines.append(f"LANG:{contact['language']}" if v4
                     else f"X-CRM-LANGUAGE:{contact['language']}")
    if contact.get("notes"):
        lines.append(f"NOTE:{_escape(contact['notes'])}")
    tags = contact.get("tags") or []
    if tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in tags))
    if contact.get("card_uid"):  # the phone's own UID: its next export finds this contact
        lines.append(f"UID:{_escape(contact['card_uid'])}")
    elif contact.get("id"):
        lines.append(f"UID:urn:uuid:{contact['id']}" if v4 else f"UID:{contact['id']}")
    if contact.get("card_rev"):
        lines.append(f"REV:{contact['card_rev']}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def write_vcards(
    contacts: Iterable[Mapping[str, Any]], org_names: Mapping[str, str], version: str = "3.0"
) -> str:
    return "".join(
        contact_to_vcard(c, org_names.get(c.get("organisation_id") or "", ""), version)
        for c in contacts
    )
