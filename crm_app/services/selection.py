"""Actions on several selected records at once (a list's multi-select): move to the Trash,
add a tag, give to another owner. Each checks every id first, so bad input changes nothing."""

from __future__ import annotations

from collections.abc import Sequence

from crm_app.domain.errors import ValidationError
from crm_app.services.crm import Crm

TAGGABLE = frozenset({"contact", "organisation"})
OWNED = frozenset({"contact", "followup"})


def _existing(crm: Crm, entity: str, ids: Sequence[str]) -> list[str]:
    service = crm.records(entity)
    unique = list(dict.fromkeys(ids))
    for record_id in unique:
        service.get(record_id)  # NotFound before anything changes
    return unique


def delete_many(crm: Crm, entity: str, ids: Sequence[str]) -> int:
    unique = _existing(crm, entity, ids)
    for record_id in unique:
        crm.records(entity).delete(record_id)
    return len(unique)


def tag_many(crm: Crm, entity: str, ids: Sequence[str], tag: str) -> int:
    """Adds `tag` to each record (their other tags stay); returns how many changed."""
    name = tag.strip()
    if entity not in TAGGABLE:
        raise ValidationError("tags", "{kind} records have no tags", kind=entity)
    if not name:
        raise ValidationError("tags", "a tag needs a name")
    changed = 0
    service = crm.records(entity)
    for record_id in _existing(crm, entity, ids):
        tags = list(service.get(record_id).get("tags") or [])
        if name.casefold() not in {t.casefold() for t in tags}:
            service.update(record_id, {"tags": [*tags, name]})
            changed += 1
    return changed


def reassign_many(crm: Crm, entity: str, ids: Sequence[str], owner_id: str) -> int:
    if entity not in OWNED:
        raise ValidationError("owner_id", "{kind} records have no owner", kind=entity)
    crm.staff.get(owner_id)
    changed = 0
    service = crm.records(entity)
    for record_id in _existing(crm, entity, ids):
        if service.get(record_id).get("owner_id") != owner_id:
            service.update(record_id, {"owner_id": owner_id})
            changed += 1
    return changed


def common_owner(crm: Crm, entity: str, ids: Sequence[str]) -> str:
    """The owner the selection has now (the first record's), for Reassign's default."""
    if entity not in OWNED or not ids:
        return ""
    return str(crm.records(entity).get(ids[0]).get("owner_id") or "")
