"""`merge_row`'s shortcut (columns holding the same write on both sides skip the full
comparison, and the base is kept without counting when most columns share it) gives exactly
what the full comparison gave: the merge as it was before the shortcut is kept here as the
reference, and both run on random pairs of rows (shared or different bases, named fields,
list items' marks, pending edits, erasures, deletions)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_app.db.changelog import item_key
from crm_app.domain.hlc import join_known
from crm_app.sync.digest import content_key
from crm_app.sync.merge import (
    QUIET_FIELDS,
    Conflict,
    Outcome,
    Row,
    _clock_lost,
    _deletion_race,
    _merge_items,
    _raced,
    compact_clocks,
    merge_row,
)

COLUMNS = ["given_name", "family_name", "job_title", "notes", "emails", "phones", "country",
           "created_at", "updated_at", "deleted_at"]
LISTS = {"emails", "phones"}
BLANK: dict[str, Any] = {"given_name": "", "family_name": "", "job_title": None, "notes": None,
                         "emails": [], "phones": [], "country": None}
STAMPS = [f"{millis:013d}.{counter:04x}.{device}" for millis in (1_700_000_000_000,
                                                                   1_700_000_000_500)
          for counter in (0, 1) for device in ("aaaa", "bbbb")]
PENDING_AFTER = STAMPS[3]

stamps = st.sampled_from(STAMPS)
replaced = st.one_of(st.just(""), st.lists(stamps, min_size=1, max_size=3).map(
    lambda picked: join_known(*picked)))
scalars = st.sampled_from([None, "", "Ada", "Grace", "ada"])
items = st.sampled_from(["a@x.org", "b@x.org", "+39 06 1"])
lists = st.lists(items, max_size=3, unique=True)


def _value(name: str) -> st.SearchStrategy[Any]:
    if name in LISTS:
        return lists
    if name in ("created_at", "updated_at", "deleted_at"):
        return st.sampled_from([None, "2026-01-01 10:00:00.000000", "2026-02-01 10:00:00.000000"])
    return scalars


@st.composite
def rows(draw: st.DrawFn, like: Row | None = None) -> Row:
    """A row; given `like`, one that often shares its base and most of its values."""
    share = like is not None and draw(st.integers(0, 4)) > 0
    base = like.base if like is not None and share else draw(stamps)
    values = {}
    for name in COLUMNS:
        if like is not None and draw(st.integers(0, 3)) > 0:
            values[name] = like.values[name]
        else:
            values[name] = draw(_value(name))
    # Up to every column named, often with one stamp and nothing replaced: then another
    # plain stamp can outnumber the shared base.
    named = draw(st.lists(st.sampled_from(COLUMNS), max_size=len(COLUMNS), unique=True))
    usual = draw(stamps)
    fields = {name: (draw(st.one_of(st.just(usual), stamps)),
                     draw(st.one_of(st.just(""), replaced))) for name in named}
    marks = {}
    for name in named:
        if name in LISTS and draw(st.booleans()):
            marks[name] = {item_key(i): [draw(stamps), draw(st.sampled_from([0, 1]))]
                           for i in draw(st.lists(items, min_size=1, max_size=2))}
    erased = draw(st.one_of(st.none(), stamps)) if draw(st.integers(0, 5)) == 0 else None
    return Row(base, fields, erased, values, marks)


def pending(stamp: str) -> bool:
    return stamp.endswith("aaaa") and stamp > PENDING_AFTER


def _seen(outcome: Outcome) -> tuple[Any, ...]:
    row = outcome.row
    return (row.base, list(row.fields.items()), row.erased, list(row.values.items()),
            list(row.items.items()), outcome.conflicts, outcome.mine_changed,
            outcome.theirs_changed)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_merge_row_gives_what_the_full_comparison_gave(data: st.DataObject) -> None:
    mine = data.draw(rows())
    theirs = data.draw(rows(mine))
    assert _seen(merge_row(mine, theirs, COLUMNS, pending, BLANK)) == _seen(
        reference_merge_row(mine, theirs, COLUMNS, pending, BLANK))
    assert _seen(merge_row(theirs, mine, COLUMNS, pending, BLANK)) == _seen(
        reference_merge_row(theirs, mine, COLUMNS, pending, BLANK))


def test_a_tie_between_the_shared_base_and_another_stamp_goes_as_before() -> None:
    """Half the columns keep the shared base, half carry one other plain stamp (named first):
    compact_clocks then picks the first of the two, which the shortcut must leave to it."""
    shared, other = STAMPS[0], STAMPS[5]
    first, last = COLUMNS[:5], COLUMNS[5:]
    values = {name: [] if name in LISTS else None for name in COLUMNS}
    mine = Row(shared, {name: (other, "") for name in first}, None, values)
    theirs = Row(shared, {name: (other, "") for name in first}, None, dict(values))
    merged = merge_row(mine, theirs, COLUMNS, pending, BLANK)
    assert merged.row.base == other
    assert set(merged.row.fields) == set(last)
    assert _seen(merged) == _seen(reference_merge_row(mine, theirs, COLUMNS, pending, BLANK))


def reference_merge_row(
    mine: Row,
    theirs: Row,
    columns: Sequence[str],
    is_pending: Callable[[str], bool],
    blank: Mapping[str, Any],
) -> Outcome:
    """`merge_row` as it was before its shortcut for the columns both sides share."""
    stamps: dict[str, tuple[str, str]] = {}
    values: dict[str, Any] = {}
    items: dict[str, dict[str, list[Any]]] = {}
    outcome = Outcome(row=mine)
    erased = max(filter(None, (mine.erased, theirs.erased)), default=None)
    for name in columns:
        ms, ts = mine.stamp(name), theirs.stamp(name)
        mv, tv = mine.values.get(name), theirs.values.get(name)
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
