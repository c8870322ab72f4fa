"""Postal addresses of contacts as values: validation, one-line display, the CLI's compact form.

An address is a mapping with `kind` (work/home/other), an optional `label`, `street`, `city`,
`postcode`, `region` and `country` (ISO 3166-1 alpha-2, as a contact's country). It needs at
least one non-empty part; the country is normalised like every other country of the app.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_app.domain.enums import AddressKind
from crm_app.domain.errors import ValidationError
from crm_app.domain.normalise import country_name, fold
from crm_app.domain.schema import normalise_changes

PARTS = ("street", "city", "postcode", "region", "country")
FIELDS = ("kind", "label", *PARTS)
# The CLI's compact form: KIND;STREET;CITY;POSTCODE;REGION;COUNTRY[;LABEL]
COMPACT_ORDER = ("kind", "street", "city", "postcode", "region", "country", "label")
COMPACT_HELP = "KIND;STREET;CITY;POSTCODE;REGION;COUNTRY[;LABEL]"


def has_content(values: Mapping[str, Any]) -> bool:
    return any(str(values.get(part) or "").strip() for part in PARTS)


def normalise_address(values: Mapping[str, Any]) -> dict[str, Any]:
    """Stored values of one address (without contact id). Raises ValidationError."""
    unknown = sorted(set(values) - {*FIELDS, "id", "contact_id", "position"})
    if unknown:
        raise ValidationError(unknown[0], "an address has no field {name!r} (fields: {known})",
                              name=unknown[0], known=", ".join(FIELDS))
    if not has_content(values):
        raise ValidationError("street", "an address needs at least a street, city, postcode, "
                                        "region or country")
    wanted = {name: values.get(name) for name in FIELDS if name in values}
    if not wanted.get("kind"):
        wanted["kind"] = AddressKind.WORK.value
    clean = normalise_changes("address", wanted, {})
    for name in FIELDS:
        clean.setdefault(name, None if name == "country" else "")
    return clean


def parse_compact(text: str) -> dict[str, Any]:
    """'work;Via Roma 1;Milano;20121;MI;IT' -> an address (validated). Empty parts may be
    left out at the end ('home;;Tokyo')."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) > len(COMPACT_ORDER):
        raise ValidationError("address", "an address has at most {count} parts separated by "
                                         "';' ({help})", count=len(COMPACT_ORDER),
                              help=COMPACT_HELP)
    values = dict(zip(COMPACT_ORDER, parts, strict=False))
    return normalise_address(values)


def one_line(address: Mapping[str, Any], *, with_country: bool = True) -> str:
    """'Via Roma 1, 20121 Milano MI, Italy'."""
    street = ", ".join(line.strip() for line in str(address.get("street") or "").splitlines()
                       if line.strip())
    place = " ".join(p for p in (address.get("postcode"), address.get("city"),
                                 address.get("region")) if p)
    country = country_name(address.get("country")) if with_country else ""
    return ", ".join(p for p in (street, place, country) if p)


def key(address: Mapping[str, Any]) -> tuple[str, ...]:
    """Two addresses with this key equal are the same place (import does not add it twice)."""
    return tuple(fold(str(address.get(part) or "")) for part in PARTS)
