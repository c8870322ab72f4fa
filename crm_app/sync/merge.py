"""Merging two copies of one row, field by field. Pure functions: no I/O.

Each field carries the stamp of its last write and the stamp that write replaced. The later
stamp wins, on every laptop the same way (stamps are unique: they end with the device id).
Two writes raced when neither knew the other: then the loser is reported as a conflict so the
user can flip it. A GDPR erasure is absorbing: once a row is erased, its personal fields stay
blank whatever stamp a late edit carries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from crm_app.db.changelog import item_key
from crm_app.domain.hlc import join_known, knows
from crm_app.sync.digest import content_key

# Bookkeeping fields: they change with every edit, so a race on them is no news to the user.
QUIET_FIELDS = frozenset({"created_at", "updated_at"})


@dataclass
class Row:
    """One row as the sync engine sees it: clocks plus JSON-ready values."""

    base: str
    fields: dict[str, tuple[str, str]]  # field -> (stamp, replaced stamp); others use `base`
    erased: str | None
    values: dict[str, Any]
    # List fields (emails, phones, sectors): per item (its JSON) [stamp, 1 added / 0 removed]
    # of the adds and removes the field's last write made, so racing writes merge as sets.
    items: dict[str, dict[str, list[Any]]] = field(default_factory=dict)

    def stamp(self, name: str) -> str:
        entry = self.fields.get(name)
        return entry[0] if entry is not None else self.base

    def previous(self, name: str) -> str:
        entry = self.fields.get(name)
        return entry[1] if entry is not None else ""

    def max_stamp(self) -> str:
        stamps = [self.base, *(s for s, _ in self.fields.values())]
        if self.erased:
            stamps.append(self.erased)
        return max(stamps)

    def same_clocks(self, other: Row) -> bool:
        return (self.base == other.base and self.fields == other.fields
                and self.erased == other.erased and self.items == other.items)


@dataclass(frozen=True)
class Conflict:
    """`mine` is the side the merge started from (this laptop), `theirs` the incoming side."""

    field: str
    mine_value: Any
    mine_stamp: str
    theirs_value: Any
    theirs_stamp: str
    kept: str  # "mine" or "theirs"


@dataclass
class Outcome:
    row: Row
    conflicts: list[Conflict] = field(default_factory=list)
    mine_changed: bool = False  # fields this laptop must take from theirs
    theirs_changed: bool = False  # fields the incoming copy lacks


def compact_clocks(stamps: Mapping[str, tuple[str, str]]) -> tuple[str, dict[str, tuple[str, str]]]:
    """The most common plain stamp becomes the base; the rest stay explicit."""
    plain = Counter(s for s, p in stamps.values() if not p)
    base = plain.most_common(1)[0][0] if plain else max(s for s, _ in stamps.values())
    return base, {k: v for k, v in stamps.items() if v != (base, "")}


def _raced(mine: Row, theirs: Row, name: str, mine_pending: bool) -> bool:
    """Neither write knew the other (each write's 'replaced' vector says what it knew)."""
    if knows(mine.previous(name), theirs.stamp(name)):
        return False  # this laptop replaced their value (or a later one) knowingly
    if mine_pending:
        return True  # this laptop's unsent edit: nobody else can have known it
    return not knows(theirs.previous(name), mine.stamp(name))


def _merge_items(mine: Row, theirs: Row, name: str,
                 theirs_first: bool) -> tuple[list[Any], dict[str, list[Any]]]:
    """The union of both lists' items, each present or not as its latest add/remove says;
    items neither write touched stay if either list has them. Order: the winning side's list,
    then the other's additions; the same on every laptop."""
    sides = [theirs, mine] if theirs_first else [mine, theirs]
    marks: dict[str, list[Any]] = {}
    for side in sides:
        for key, mark in side.items.get(name, {}).items():
            if key not in marks or list(mark) > marks[key]:
                marks[key] = list(mark)
    ordered: dict[str, Any] = {}
    for side in sides:
        for item in side.values.get(name) or []:
            ordered.setdefault(item_key(item), item)
    merged = [item for key, item in ordered.items() if marks.get(key, ["", 1])[1]]
    return merged, marks


def _clock_lost(winner: Row, loser: Row, name: str) -> bool:
    """The losing write knew the winning one, so it was made later: it lost only because a
    clock ahead (beyond the bound) stamped the winner in the future."""
    return knows(loser.previous(name), winner.stamp(name))


def merge_row(
    mine: Row,
    theirs: Row,
    columns: Sequence[str],
    is_pending: Callable[[str], bool],
    blank: Mapping[str, Any],
) -> Outcome:
    """Join two copies of one row. `blank` gives the erased value of each personal column."""
    stamps: dict[str, tuple[str, str]] = {}
    values: dict[str, Any] = {}
    items: dict[str, dict[str, list[Any]]] = {}
    outcome = Outcome(row=mine)
    erased = max(filter(None, (mine.erased, theirs.erased)), default=None)
    mine_values, theirs_values = mine.values, theirs.values
    # Most columns of a received row hold the same write on both sides (the base stamp and
    # its value): what the full comparison below gives them is known, so they skip it.
    same_base = "" if mine.base != theirs.base else mine.base
    named = (mine.fields.keys() | theirs.fields.keys() | mine.items.keys()
             | theirs.items.keys()) if same_base else frozenset()
    shared = 0
    for name in columns:
        mv, tv = mine_values.get(name), theirs_values.get(name)
        if same_base and mv == tv and name not in named:
            stamps[name] = (same_base, "")
            values[name] = mv
            shared += 1
            continue
        ms, ts = mine.stamp(name), theirs.stamp(name)
        # Equal stamps on different values (a copied database, before its new device id):
        # the content decides, the same way on every laptop, and the loser is listed.
        tie = ms == ts and mv != tv
        took_theirs = ts > ms or (tie and content_key(tv) > content_key(mv))
        if (isinstance(mv, list) and isinstance(tv, list) and mv != tv and erased is None
                and (tie or _raced(mine, theirs, name, is_pending(ms)))):
            # Two writes of a list that did not know each other: merged as sets, item by item
            # (the later add or remove of each item wins), so both laptops' additions stay.
            merged, merged_items = _merge_items(mine, theirs, name, took_theirs)
            stamps[name] = (max(ms, ts), join_known(mine.previous(name),
                                                    theirs.previous(name), ms, ts))
            values[name] = merged
            items[name] = merged_items
            outcome.mine_changed = outcome.mine_changed or merged != mv
            outcome.theirs_changed = True
            continue
        if took_theirs:
            if name in theirs.items:
                items[name] = theirs.items[name]
            stamps[name] = (ts, theirs.previous(name))
            values[name] = tv
            outcome.mine_changed = outcome.mine_changed or tv != mv
        else:
            # The same write on both sides may differ only in a compacted 'replaced' stamp.
            previous = mine.previous(name) if ms != ts else min(
                mine.previous(name), theirs.previous(name))
            stamps[name] = (ms, previous)
            values[name] = mv
            if name in mine.items:
                items[name] = mine.items[name]
            outcome.theirs_changed = outcome.theirs_changed or (ms != ts or mv != tv)
        both_deleted = name == "deleted_at" and mv is not None and tv is not None
        winner, loser = (theirs, mine) if took_theirs else (mine, theirs)
        if (mv != tv and name not in QUIET_FIELDS and erased is None and not both_deleted
                and (tie or _raced(mine, theirs, name, is_pending(ms))
                     or _clock_lost(winner, loser, name))):
            outcome.conflicts.append(Conflict(
                name, mv, ms, tv, ts, "theirs" if took_theirs else "mine"))
    if erased is not None:
        values.update(blank)
    outcome.conflicts.extend(_deletion_race(mine, theirs, columns, is_pending, values))
    if shared * 2 > len(stamps):
        # Most columns kept the shared base: it is the most common plain stamp, so it stays
        # the base (what compact_clocks finds, without counting every column).
        base = same_base
        explicit = {k: v for k, v in stamps.items() if v != (base, "")}
    else:
        base, explicit = compact_clocks(stamps)
    outcome.row = Row(base, explicit, erased, values,
                      {} if erased else {k: v for k, v in items.items() if k in explicit and v})
    if erased != mine.erased:
        outcome.mine_changed = True
    if erased != theirs.erased:
        outcome.theirs_changed = True
    if erased is not None:
        outcome.mine_changed = outcome.mine_changed or any(
            mine.values.get(k) != v for k, v in blank.items())
    return outcome


def _deletion_race(
    mine: Row, theirs: Row, columns: Sequence[str], is_pending: Callable[[str], bool],
    merged: Mapping[str, Any],
) -> list[Conflict]:
    """A deletion one side made without knowing an edit the other side made."""
    if merged.get("deleted_at") is None or "deleted_at" not in columns:
        return []
    name = "deleted_at"
    ms, ts = mine.stamp(name), theirs.stamp(name)
    if ms == ts:
        return []
    deleter, editor = (theirs, mine) if ts > ms else (mine, theirs)
    if deleter.values.get(name) is None:
        return []
    edited = any(
        editor.stamp(c) > deleter.stamp(c)
        and c not in QUIET_FIELDS and c != name
        and editor.values.get(c) != deleter.values.get(c)
        for c in columns
    )
    # The deleter lacks the edit and the editor lacks the deletion: neither knew the other.
    if not edited:
        return []
    return [Conflict(name, mine.values.get(name), ms, theirs.values.get(name), ts,
                     "theirs" if ts > ms else "mine")]
