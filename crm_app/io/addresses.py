"""Postal addresses read from files: the parts a parser collects, and how they become
structured addresses of a contact (crm_app.domain.address) when the row is cleaned.

CSV exports spread an address over columns (Outlook/Thunderbird: business, home, other;
Google: "Address 1 - City", "Address 2 - Type"); vCards give ADR (and LABEL, a formatted
address, used when a card has no ADR). An address that cannot be stored as parts (a country
that is not recognised) is kept whole in the notes, never dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from crm_app.domain.address import normalise_address, one_line
from crm_app.domain.enums import AddressKind
from crm_app.domain.errors import Message, ValidationError
from crm_app.domain.normalise import clean_text, fold

PART_TARGETS = ("street", "city", "region", "postcode", "country")
PREFIXES = {"": AddressKind.WORK.value, "home_": AddressKind.HOME.value,
            "other_": AddressKind.OTHER.value}
KIND_WORDS = {"work": "work", "business": "work", "office": "work", "home": "home",
              "other": "other", "dom": "", "intl": "", "postal": "", "parcel": "", "pref": ""}
_GOOGLE = re.compile(r"^address (\d+) - ")
# The targets an address takes: "address_type" and each prefix with each part ("home_city")
ADDRESS_TARGETS = frozenset({"address_type"}
                            | {p + part for p in PREFIXES for part in PART_TARGETS})


def kind_and_label(words: list[str], label: str = "") -> tuple[str, str]:
    """(kind, label) from vCard TYPEs / a Google type ('Work', '* Home', 'Warehouse')."""
    kinds = [KIND_WORDS.get(fold(w).lstrip("* ")) for w in words]
    for wanted in ("home", "work", "other"):
        if wanted in kinds:
            kind = wanted
            break
    else:
        others = [w.strip("* ") for w, k in zip(words, kinds, strict=True) if k is None]
        kind = "other" if (others or label) else "work"
        label = label or " ".join(others)
    if fold(label) in {"work", "home", "other"}:
        label = ""
    return kind, clean_text(label)[:200]


@lru_cache(maxsize=1024)  # once per column of a file, not once per cell
def _google_number(column: str) -> str | None:
    """'Address 2 - City' -> '2' (Google numbers the addresses of a contact)."""
    found = _GOOGLE.match(fold(column).strip())
    return found.group(1) if found else None


class AddressCollector:
    """Address cells of one table row, grouped into addresses."""

    def __init__(self) -> None:
        self.groups: dict[str, dict[str, Any]] = {}

    def add(self, column: str, target: str, value: str) -> bool:
        """Takes the cell if it is part of an address (True), else leaves it (False)."""
        if target not in ADDRESS_TARGETS:
            return False
        google = _google_number(column)
        if target == "address_type":
            group = self._group(f"g{google}" if google else "g", "work")
            group["kind"], group["label"] = kind_and_label([value])
            return True
        for prefix, kind in PREFIXES.items():
            part = target.removeprefix(prefix)
            if target.startswith(prefix) and part in PART_TARGETS:
                name = f"g{google}" if google else prefix or "work"
                group = self._group(name, kind)
                if part == "street":
                    group["street"] = "\n".join(p for p in (group.get("street"), value) if p)
                elif not group.get(part):
                    group[part] = value
                return True
        return False

    def _group(self, name: str, kind: str) -> dict[str, Any]:
        return self.groups.setdefault(name, {"kind": kind, "label": ""})

    def addresses(self) -> list[dict[str, Any]]:
        return [g for g in self.groups.values() if any(g.get(p) for p in PART_TARGETS)]


def contact_country(addresses: list[dict[str, Any]]) -> str:
    """A country given alone (no other part) is the contact's country, not an address."""
    for address in addresses:
        if address.get("country"):
            return str(address["country"])
    return ""


def clean_addresses(raw: list[dict[str, Any]], country_code: Any, warnings: list[str],
                    notes: list[str]) -> list[dict[str, Any]]:
    """Structured, validated addresses; one that does not validate goes whole to the notes."""
    found: list[dict[str, Any]] = []
    for item in raw:
        values = {k: clean_text(str(v)) if k != "street" else str(v).strip()
                  for k, v in item.items() if v}
        if not any(values.get(p) for p in ("street", "city", "postcode", "region")):
            continue  # a country alone: the contact's country (set by the caller)
        country = values.get("country")
        try:
            if country:
                values["country"] = country_code(country)
            address = _normalised(values)
        except ValidationError as exc:
            line = one_line({**values, "country": None})
            line = f"{line}, {country}" if country else line
            warnings.append(Message("address not stored as parts ({reason}); kept in the "
                                    "notes", reason=exc))
            notes.append(f"Address ({values.get('kind') or 'work'}): {line}")
            continue
        if address not in found:
            found.append(address)
    return found


def _normalised(values: dict[str, Any]) -> dict[str, Any]:
    """normalise_address, once per distinct address of a file (a company's offices repeat)."""
    if not all(isinstance(v, str) for v in values.values()):
        return normalise_address(values)
    return dict(_normalised_parts(tuple(sorted(values.items()))))


@lru_cache(maxsize=4096)
def _normalised_parts(parts: tuple[tuple[str, str], ...]) -> tuple[tuple[str, Any], ...]:
    return tuple(normalise_address(dict(parts)).items())
