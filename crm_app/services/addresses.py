"""A contact's postal addresses inside the caller's session: read, replace, add.

Each address is a row of its own (`contact_address`, random id), so sync merges two laptops'
additions instead of one overwriting the other; a removed address is soft-deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app.db.models import ContactAddress, new_id
from crm_app.domain.address import FIELDS, key, normalise_address
from crm_app.domain.errors import ValidationError


def address_dict(row: ContactAddress) -> dict[str, Any]:
    return {"id": row.id, **{name: getattr(row, name) for name in FIELDS}}


def live_rows(session: Session, contact_id: str) -> list[ContactAddress]:
    query = select(ContactAddress).where(ContactAddress.contact_id == contact_id,
                                         ContactAddress.deleted_at.is_(None))
    return sorted(session.scalars(query), key=lambda r: (r.position, r.created_at, r.id))


def read_addresses(session: Session, contact_id: str) -> list[dict[str, Any]]:
    return [address_dict(row) for row in live_rows(session, contact_id)]


def addresses_by_contact(session: Session, contact_ids: Iterable[str] | None = None
                         ) -> dict[str, list[dict[str, Any]]]:
    """Live addresses of many contacts (all when `contact_ids` is None), in order."""
    query = select(ContactAddress).where(ContactAddress.deleted_at.is_(None))
    wanted = None if contact_ids is None else set(contact_ids)
    if wanted is not None and len(wanted) <= 500:  # a few (a report): read only theirs
        query = query.where(ContactAddress.contact_id.in_(sorted(wanted)))
    found: dict[str, list[ContactAddress]] = {}
    for row in session.scalars(query.order_by(ContactAddress.contact_id,
                                              ContactAddress.position,
                                              ContactAddress.created_at)):
        if wanted is None or row.contact_id in wanted:
            found.setdefault(row.contact_id, []).append(row)
    return {cid: [address_dict(r) for r in rows] for cid, rows in found.items()}


def _as_items(value: Any) -> list[Mapping[str, Any]]:
    if value is None:
        return []
    if isinstance(value, Mapping):
        return [value]
    items = list(value)
    for item in items:
        if not isinstance(item, Mapping):
            raise ValidationError("addresses", "addresses are given as a list of mappings")
    return items


def set_addresses(session: Session, contact_id: str, value: Any, now: datetime) -> bool:
    """Make the contact's live addresses equal to `value` (a list of address mappings; one
    with an `id` updates that address). Everything is validated before anything changes."""
    items = _as_items(value)
    clean = [normalise_address(item) for item in items]  # raises before any write
    existing = {row.id: row for row in session.scalars(
        select(ContactAddress).where(ContactAddress.contact_id == contact_id))}
    kept: set[str] = set()
    changed = False
    for position, (item, values) in enumerate(zip(items, clean, strict=True)):
        values = {**values, "position": position}
        row = existing.get(str(item.get("id") or ""))
        if item.get("id") and row is None:
            raise ValidationError("addresses", "no address with id {record_id} on this contact",
                                  record_id=item["id"])
        if row is None:
            session.add(ContactAddress(id=new_id(), contact_id=contact_id, created_at=now,
                                       updated_at=now, **values))
            changed = True
            continue
        kept.add(row.id)
        if row.deleted_at is not None or any(getattr(row, k) != v for k, v in values.items()):
            for name, val in values.items():
                setattr(row, name, val)
            row.deleted_at = None
            row.updated_at = now
            changed = True
    for row in existing.values():
        if row.id not in kept and row.deleted_at is None:
            row.deleted_at = now
            row.updated_at = now
            changed = True
    session.flush()
    return changed


def add_addresses(session: Session, contact_id: str, new: Iterable[Mapping[str, Any]],
                  now: datetime) -> list[str]:
    """Add addresses not already on the contact (same parts = same place). Returns new ids."""
    rows = live_rows(session, contact_id)
    known = {key(address_dict(r)) for r in rows}
    position = max((r.position for r in rows), default=-1) + 1
    created = []
    for item in new:
        values = normalise_address(item)
        if key(values) in known:
            continue
        known.add(key(values))
        row = ContactAddress(id=new_id(), contact_id=contact_id, created_at=now,
                             updated_at=now, position=position, **values)
        position += 1
        session.add(row)
        created.append(row.id)
    session.flush()
    return created
