"""Laptops for sync tests: each a real database file with its own (possibly wrong) clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crm_app.db import changelog
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json
from crm_app.sync.engine import sync
from crm_app.sync.kdf import ARGON2ID, KdfParams
from crm_app.sync.report import SyncReport

PASSPHRASE = "correct horse battery staple"
# Argon2id at its smallest: the tests' files are cheap to open; real files use kdf.tuned().
TEST_KDF = KdfParams(ARGON2ID, 8, 1, 1)


class SkewedClock:
    """The shared 'true' time plus this laptop's error."""

    def __init__(self, world: list[datetime], skew: timedelta = timedelta()) -> None:
        self.world = world
        self.skew = skew

    def __call__(self) -> datetime:
        return self.world[0] + self.skew


REPAIRED = "held different data although their change records matched"


class Laptop:
    def __init__(self, name: str, folder: Path, world: list[datetime],
                 skew: timedelta = timedelta()) -> None:
        self.name = name
        self.clock = SkewedClock(world, skew)
        self.crm = Crm.open(folder / f"{name}.sqlite3", clock=self.clock)
        self.install_id_file = folder / f"{name}.install-id"  # each laptop its own computer
        changelog.set_wall_clock(self.crm.db.session_factory, self.clock)

    @property
    def db(self) -> Any:
        return self.crm.db

    def sync(self, path: Path, passphrase: str = PASSPHRASE, *, expect_repair: bool = False,
             **options: Any) -> SyncReport:
        """A sync; unless a test damages the data on purpose, the digests must agree without
        a repair (a repair here means this laptop or the file was written wrong)."""
        options.setdefault("kdf", TEST_KDF)
        options.setdefault("install_id_file", self.install_id_file)
        report = sync(self.crm.db, path, passphrase, wall_clock=self.clock, **options)
        if not expect_repair:
            assert not [w for w in report.warnings if REPAIRED in w], report.warnings
        return report

    def dump(self) -> str:
        return dump_json(self.crm.db)

    def close(self) -> None:
        self.crm.close()


class Office:
    """A set of laptops, one shared folder and the true time they all live in."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.world = [datetime(2026, 11, 20, 9, 0, tzinfo=UTC)]
        self.share = root / "share"
        self.share.mkdir()
        self.shared_file = self.share / "team.crmsync"
        self.laptops: list[Laptop] = []

    def laptop(self, name: str, skew_hours: float = 0) -> Laptop:
        laptop = Laptop(name, self.root, self.world, timedelta(hours=skew_hours))
        self.laptops.append(laptop)
        return laptop

    def advance(self, **delta: float) -> None:
        self.world[0] += timedelta(**delta)

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    place = Office(tmp_path)
    yield place
    place.close()


