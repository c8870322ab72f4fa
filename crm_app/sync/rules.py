"""Rules across fields, checked again after a merge: two edits that are each valid can join
into a record the app itself would refuse (both halves of a name blanked on two laptops; an
event's end moved earlier on one and its start later on the other). Such a record is never
stored: the fields of the rule are taken together from one side, the same on every laptop,
and the other side's values are listed as conflicts the user can flip."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_app.domain.all_day import DAY_MINUTES
from crm_app.sync.digest import content_key
from crm_app.sync.merge import Conflict, Outcome, Row

Values = Mapping[str, Any]


def _has_a_name(values: Values) -> bool:
    return bool(values.get("given_name") or values.get("family_name"))


def _ends_after_start(values: Values) -> bool:
    start, end = values.get("start_date"), values.get("end_date")
    return not (start and end and end < start)  # dates travel as YYYY-MM-DD


def _timing_holds(values: Values) -> bool:
    """An all-day meeting starts at its zone's midnight and lasts whole days; a meeting
    with a time lasts at most a day (one laptop marking a meeting all day while another
    changes its start or length must not join into a half-timed one)."""
    duration = int(values.get("duration_minutes") or 0)
    if not values.get("all_day"):
        return duration <= DAY_MINUTES
    if duration <= 0 or duration % DAY_MINUTES:
        return False
    starts = values.get("starts_at")
    moment = starts if isinstance(starts, datetime) else \
        datetime.fromisoformat(str(starts)) if starts else None
    if moment is None:
        return True
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        local = moment.astimezone(ZoneInfo(str(values.get("timezone") or "UTC")))
    except (ZoneInfoNotFoundError, ValueError):
        return True  # a zone this laptop does not know: nothing to judge by
    return (local.hour, local.minute, local.second) == (0, 0, 0)


RULES: dict[str, tuple[Sequence[str], Callable[[Values], bool]]] = {
    "contact": (("given_name", "family_name"), _has_a_name),
    "event": (("start_date", "end_date"), _ends_after_start),
    "meeting": (("all_day", "starts_at", "timezone", "duration_minutes"), _timing_holds),
}


def enforce(table: str, mine: Row, theirs: Row, outcome: Outcome,
            columns: Sequence[str]) -> None:
    """Repair `outcome` in place when the merged row breaks its table's rule."""
    rule = RULES.get(table)
    row = outcome.row
    if rule is None or row.erased or row.values.get("deleted_at"):
        return
    fields, valid = rule
    if valid(row.values) or not all(f in columns for f in fields):
        return
    sides = [side for side in (mine, theirs) if valid(side.values)]
    if not sides:
        return  # neither side was valid on its own: nothing better to keep

    def rank(side: Row) -> tuple[str, bytes]:
        return (max(side.stamp(f) for f in fields),
                content_key([side.values.get(f) for f in fields]))

    kept = max(sides, key=rank)
    for name in fields:
        if row.values.get(name) != kept.values.get(name):
            outcome.conflicts.append(Conflict(
                name, mine.values.get(name), mine.stamp(name), theirs.values.get(name),
                theirs.stamp(name), "mine" if kept is mine else "theirs"))
        row.values[name] = kept.values.get(name)
        entry = (kept.stamp(name), kept.previous(name))
        if entry == (row.base, ""):
            row.fields.pop(name, None)
        else:
            row.fields[name] = entry
    outcome.mine_changed = outcome.mine_changed or any(
        row.values.get(c) != mine.values.get(c) for c in columns)
    outcome.theirs_changed = (outcome.theirs_changed or not row.same_clocks(theirs)
                              or any(row.values.get(c) != theirs.values.get(c)
                                     for c in columns))
