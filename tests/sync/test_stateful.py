"""Hypothesis: 3 to 5 laptops edit offline with skewed clocks, flip conflicts, erase
people and sync in random order, sometimes into a cloud 'conflicted copy'. After a final
round every laptop holds the same data, and every field holds the value of its latest write
(no edit silently lost; erased people stay blank)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from crm_app.db.models import SYNCED_MODELS
from crm_app.sync import conflicts
from crm_app.sync.erasure import erase_contact
from crm_app.sync.local import load_values
from crm_app.sync.snapshot import blank_values
from tests.sync.conftest import Laptop, Office

MODELS = {m.__tablename__: m for m in SYNCED_MODELS}
WORDS = st.sampled_from(["Rossi", "Sato", "Иванова", "Müller", "李", "", "CEO", "buyer"])
which = st.integers(min_value=0, max_value=4)


class OfficeOfLaptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="crm-sync-hyp-"))
        self.office = Office(self.root)
        self.laptops: list[Laptop] = []
        self.contacts: list[str] = []
        self.meetings: list[str] = []
        # (table, row, field) -> (stamp, value) of the latest write anybody made
        self.latest: dict[tuple[str, str, str], tuple[str, Any]] = {}

    @initialize(count=st.integers(min_value=3, max_value=5))
    def open_laptops(self, count: int) -> None:
        self.laptops = [self.office.laptop(f"l{i}", skew_hours=(i - 2) * 3) for i in range(count)]
        first = self.laptops[0]
        self._edit(first, lambda: self.contacts.append(
            first.crm.contacts.create({"family_name": "Seed"})["id"]))
        self._edit(first, lambda: self.meetings.append(first.crm.meetings.create(
            {"subject": "Kick-off", "starts_at": "2026-12-01T09:00"})["id"]))
        for laptop in self.laptops:
            laptop.sync(self.office.shared_file)

    def laptop(self, index: int) -> Laptop:
        return self.laptops[index % len(self.laptops)]

    def _edit(self, laptop: Laptop, action: Any) -> None:
        """Run a local edit and note every field it stamped, with its value."""
        with sqlite3.connect(laptop.db.path) as raw:
            before = raw.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()
        since = before[0] if before else ""
        action()
        with sqlite3.connect(laptop.db.path) as raw:
            cursor = raw.cursor()
            touched = cursor.execute(
                "SELECT table_name, row_id, base, fields FROM sync_row WHERE max_hlc > ?",
                (since,)).fetchall()
            for table, row_id, base, fields in touched:
                values = load_values(cursor, MODELS[table], [row_id])[row_id]
                stamps = json.loads(fields)
                for name, value in values.items():
                    stamp = stamps[name][0] if name in stamps else base
                    key = (table, row_id, name)
                    if stamp > since and (key not in self.latest or stamp > self.latest[key][0]):
                        self.latest[key] = (stamp, value)

    @rule(who=which, name=WORDS)
    def create_contact(self, who: int, name: str) -> None:
        laptop = self.laptop(who)
        self._edit(laptop, lambda: self.contacts.append(
            laptop.crm.contacts.create({"family_name": name or "X"})["id"]))

    @rule(who=which, pick=st.integers(0, 50),
          field=st.sampled_from(["given_name", "job_title", "notes"]), value=WORDS)
    def edit_contact(self, who: int, pick: int, field: str, value: str) -> None:
        laptop = self.laptop(who)
        contact = self.contacts[pick % len(self.contacts)]
        if laptop.crm.contacts.exists(contact):
            self._edit(laptop, lambda: laptop.crm.contacts.update(contact, {field: value}))

    @rule(first=which, second=which, pick=st.integers(0, 50),
          field=st.sampled_from(["job_title", "notes"]), values=st.tuples(WORDS, WORDS))
    def race(self, first: int, second: int, pick: int, field: str,
             values: tuple[str, str]) -> None:
        """Two laptops edit the same field before either syncs, then both sync."""
        for who, value in zip((first, second), values, strict=True):
            self.edit_contact(who, pick, field, value)
        self.sync(first)
        self.sync(second)

    @rule(who=which, pick=st.integers(0, 50), tags=st.sets(st.sampled_from(["VIP", "KOL"])))
    def tag_contact(self, who: int, pick: int, tags: set[str]) -> None:
        laptop = self.laptop(who)
        contact = self.contacts[pick % len(self.contacts)]
        if laptop.crm.contacts.exists(contact):
            self._edit(laptop, lambda: laptop.crm.contacts.update(
                contact, {"tags": sorted(tags)}))

    @rule(who=which, pick=st.integers(0, 50))
    def delete_or_restore(self, who: int, pick: int) -> None:
        laptop = self.laptop(who)
        contact = self.contacts[pick % len(self.contacts)]
        if laptop.crm.contacts.exists(contact):
            self._edit(laptop, lambda: laptop.crm.contacts.delete(contact))
        elif contact in {c["id"] for c in laptop.crm.contacts.list(deleted=True)}:
            self._edit(laptop, lambda: laptop.crm.contacts.restore(contact))

    @rule(who=which, picks=st.sets(st.integers(0, 50), max_size=3))
    def set_participants(self, who: int, picks: set[int]) -> None:
        laptop = self.laptop(who)
        meeting = self.meetings[0]
        people = sorted({self.contacts[p % len(self.contacts)] for p in picks})
        live = [c for c in people if laptop.crm.contacts.exists(c)]
        if laptop.crm.meetings.exists(meeting):
            self._edit(laptop, lambda: laptop.crm.meetings.update(
                meeting, {"participants": [{"contact_id": c} for c in live]}))

    @rule(who=which, keep=st.sampled_from(["mine", "theirs"]))
    def flip_a_conflict(self, who: int, keep: str) -> None:
        laptop = self.laptop(who)
        open_items = conflicts.list_conflicts(laptop.db)
        if open_items:
            event(f"conflict on {open_items[0]['field']} flipped")
            self._edit(laptop, lambda: conflicts.resolve(
                laptop.db, open_items[0]["id"], keep, laptop.clock))

    @rule(who=which, pick=st.integers(0, 50))
    def erase(self, who: int, pick: int) -> None:
        laptop = self.laptop(who)
        contact = self.contacts[pick % len(self.contacts)]
        if laptop.crm.contacts.exists(contact):
            event("person erased")
            self._edit(laptop, lambda: erase_contact(laptop.db, contact, laptop.clock))

    @rule(who=which, hours=st.integers(-8, 8))
    def skew_clock(self, who: int, hours: int) -> None:
        self.laptop(who).clock.skew = timedelta(hours=hours)

    @rule(minutes=st.integers(1, 600))
    def time_passes(self, minutes: int) -> None:
        self.office.advance(minutes=minutes)

    @rule(who=which)
    def sync(self, who: int) -> None:
        self.laptop(who).sync(self.office.shared_file)

    @precondition(lambda self: self.office.shared_file.exists())
    @rule(who=which, number=st.integers(1, 2))
    def sync_into_a_conflicted_copy(self, who: int, number: int) -> None:
        copy = self.office.share / f"team (conflicted copy 2026-11-2{number} 101500).crmsync"
        if not copy.exists():
            shutil.copy(self.office.shared_file, copy)
        self.laptop(who).sync(copy)

    def teardown(self) -> None:
        if any(conflicts.list_conflicts(laptop.db) for laptop in self.laptops):
            event("conflicts open at the end")
        try:
            if self.laptops:
                self._check_final_round()
        finally:
            self.office.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _check_final_round(self) -> None:
        for _round in range(2):
            for laptop in self.laptops:
                laptop.sync(self.office.shared_file)
        dumps = {laptop.dump() for laptop in self.laptops}
        assert len(dumps) == 1, "laptops differ after a full round"
        leftover = [p.name for p in self.office.share.iterdir() if "conflicted" in p.name]
        assert leftover == []
        first = self.laptops[0]
        with sqlite3.connect(first.db.path) as raw:
            cursor = raw.cursor()
            erased = {r[0]: r[1] for r in cursor.execute(
                "SELECT row_id, table_name FROM sync_row WHERE erased IS NOT NULL")}
            for (table, row_id, name), (stamp, value) in self.latest.items():
                got = load_values(cursor, MODELS[table], [row_id])[row_id][name]
                if row_id in erased:  # erasure wins over any edit, however late
                    blank = blank_values(MODELS[table])
                    assert got == blank.get(name, got), (table, row_id, name, got)
                    continue
                assert got == value, (table, row_id, name, stamp, value, got)


TestOfficeOfLaptops = OfficeOfLaptops.TestCase
TestOfficeOfLaptops.settings = settings(
    max_examples=20, stateful_step_count=30, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
