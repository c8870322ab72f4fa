"""Undo and redo of the person's own actions, through the record services.

Modelled on anki's undo through the collection (`pylib/anki/collection.py`): the UI asks the
service to do an operation, and the service remembers how to take it back. An undo is an
ordinary edit made through `RecordService` — validated, indexed for search, written to the
sync change log — never a restored snapshot of the database, so it is safe with sync.

An undo never overwrites what happened after the action: if a record was changed since
(by this person in another way, by an import or by a sync), the undo is refused with a
sentence that says which record, and the history stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from crm_app.domain.errors import DomainError, NotFound

if TYPE_CHECKING:
    from crm_app.services.crm import Crm

# Kept server-side fields an update never takes from the person.
_DERIVED = frozenset({"id", "created_at", "updated_at", "deleted_at", "sort_key", "completed_at"})


class UndoConflict(DomainError):
    """The record was changed after the action; undoing would overwrite that change."""


@dataclass(frozen=True)
class Change:
    """One record's part of an action. `before`/`after` hold only the fields the action
    touched; `existed`/`exists` say whether the record was live (not in the Trash)."""

    entity: str
    record_id: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    existed: bool
    exists: bool


@dataclass(frozen=True)
class Step:
    label: str  # "Save Hanako Suzuki", shown as "Undo Save Hanako Suzuki"
    changes: tuple[Change, ...]


@dataclass
class UndoHistory:
    crm: Crm
    limit: int = 100
    _done: list[Step] = field(default_factory=list)
    _undone: list[Step] = field(default_factory=list)

    # -- operations ---------------------------------------------------------------------------
    def create(self, entity: str, values: Mapping[str, Any], label: str) -> dict[str, Any]:
        record = self.crm.records(entity).create(values)
        self._push(label, [Change(entity, str(record["id"]), {}, {}, False, True)])
        return record

    def update(self, entity: str, record_id: str, changes: Mapping[str, Any],
               label: str) -> dict[str, Any]:
        records = self.update_many(entity, [record_id], changes, label)
        return records[0]

    def update_many(self, entity: str, record_ids: Iterable[str], changes: Mapping[str, Any],
                    label: str) -> list[dict[str, Any]]:
        """One action over several records (mark done, reassign, set a due date)."""
        service = self.crm.records(entity)
        keys = [k for k in changes if k not in _DERIVED]
        records, done = [], []
        for record_id in record_ids:
            before = service.get(record_id)
            record = service.update(record_id, changes)
            records.append(record)
            touched = {k: before.get(k) for k in keys if before.get(k) != record.get(k)}
            if touched:
                after = {k: record.get(k) for k in touched}
                done.append(Change(entity, record_id, touched, after, True, True))
        self._push(label, done)
        return records

    def delete(self, entity: str, record_ids: Iterable[str], label: str) -> int:
        service = self.crm.records(entity)
        done = []
        for record_id in record_ids:
            service.delete(record_id)
            done.append(Change(entity, record_id, {}, {}, True, False))
        self._push(label, done)
        return len(done)

    def restore(self, entity: str, record_ids: Iterable[str], label: str) -> int:
        return self.restore_refs([(entity, record_id) for record_id in record_ids], label)

    def restore_refs(self, refs: Iterable[tuple[str, str]], label: str) -> int:
        """Bring records of any kinds back from the Trash as one action."""
        done = []
        for entity, record_id in refs:
            self.crm.records(entity).restore(record_id)
            done.append(Change(entity, record_id, {}, {}, False, True))
        self._push(label, done)
        return len(done)

    # -- history ------------------------------------------------------------------------------
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def undo(self) -> Step | None:
        """Take back the last action; raises UndoConflict (and changes nothing) when one of
        its records was changed since."""
        if not self._done:
            return None
        step = self._done[-1]
        self._check(step.changes, state="after")
        for change in reversed(step.changes):
            self._apply(change.entity, change.record_id, change.before,
                        target_live=change.existed, current_live=change.exists)
        self._undone.append(self._done.pop())
        return step

    def redo(self) -> Step | None:
        if not self._undone:
            return None
        step = self._undone[-1]
        self._check(step.changes, state="before")
        for change in step.changes:
            self._apply(change.entity, change.record_id, change.after,
                        target_live=change.exists, current_live=change.existed)
        self._done.append(self._undone.pop())
        return step

    def clear(self) -> None:
        """After a sync or an import the records may have moved on: start afresh."""
        self._done.clear()
        self._undone.clear()

    # -- internals ----------------------------------------------------------------------------
    def _push(self, label: str, changes: Sequence[Change]) -> None:
        if not changes:
            return
        self._done.append(Step(label, tuple(changes)))
        del self._done[:-self.limit]
        self._undone.clear()  # a new action ends the redo chain, as in every editor

    def _check(self, changes: Sequence[Change], *, state: str) -> None:
        for change in changes:
            values = change.after if state == "after" else change.before
            live = change.exists if state == "after" else change.existed
            try:
                current = self.crm.records(change.entity).get(change.record_id,
                                                              include_deleted=True)
            except NotFound as error:
                raise UndoConflict("the {kind} no longer exists here",
                                   kind=change.entity) from error
            is_live = current.get("deleted_at") is None
            moved = [k for k, v in values.items() if current.get(k) != v]
            if moved or is_live != live:
                name = self.crm.queries.names([change.record_id]).get(change.record_id, "")
                what = ", ".join(k.replace("_", " ") for k in moved) or (
                    "moved to the Trash" if not is_live else "restored")
                raise UndoConflict(
                    "“{name}” was changed after this action ({reason}); undoing it would "
                    "overwrite that change", name=name or change.record_id, reason=what)

    def _apply(self, entity: str, record_id: str, values: Mapping[str, Any], *,
               target_live: bool, current_live: bool) -> None:
        service = self.crm.records(entity)
        if target_live and not current_live:
            service.restore(record_id)  # first: a record in the Trash takes no edits
        if values:
            service.update(record_id, values)
        if current_live and not target_live:
            service.delete(record_id)
