"""What one sync did, per kind of record, and the mass-deletion guard's refusal."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from crm_app.domain.errors import Message
from crm_app.sync.fileformat import SyncFileError


@dataclass
class SyncReport:
    received: dict[str, int] = field(default_factory=dict)  # rows changed here, per table
    # The merge summary, per kind (table): rows new here, rows here whose values changed,
    # rows here that the sync deleted, and new conflicts.
    created: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: dict[str, int] = field(default_factory=dict)
    sent: dict[str, int] = field(default_factory=dict)  # rows the file gained, per table
    new_conflicts: int = 0
    open_conflicts: int = 0
    created_file: bool = False
    copies_merged: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    up_to_date: bool = False
    finished_at: str = ""
    # Contacts received now that look like one already here (created twice offline): both are
    # kept; Tools > Find duplicates (or `possible_duplicates`) is where the user decides.
    possible_duplicates: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """One line: what this sync did, per kind."""
        if self.up_to_date:
            return "up to date: nothing received, nothing sent"

        def part(label: str, counts: dict[str, int]) -> str:
            total = sum(counts.values())
            detail = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()) if n)
            return f"{label}: {total}" + (f" ({detail})" if detail else "")

        return " · ".join([part("received", self.received), part("sent", self.sent),
                           part("new", self.created), part("changed", self.changed),
                           part("deleted", self.deleted), part("conflicts", self.conflicts)])


class MassDeletion(SyncFileError):
    """The sync would delete most of one kind of record here, all deleted on one laptop:
    it stopped before changing anything. Sync again with `allow_mass_delete=True`."""

    def __init__(self, device: str, table: str, count: int, total: int,
                 last_seen: str) -> None:
        self.device, self.table, self.count, self.total = device, table, count, total
        seen = Message(", last synced {day}", day=last_seen[:10]) if last_seen else Message("")
        super().__init__(
            "this sync would delete {count} of the {total} {kind} records on this laptop, "
            "all deleted on laptop {device}{seen}; nothing was changed. If that is "
            "intended, sync again allowing mass deletion (crm sync --allow-mass-delete)",
            count=count, total=total, kind=table, device=device, seen=seen)


MASS_DELETE_SHARE = 0.5
MASS_DELETE_MINIMUM = 100
