"""Encryption at rest: each core row on a SQLCipher database beside the same on a plain one.

The plain database is the baseline of every row (same demo data, same queries, same run), so
the ratio is the cost of encryption; the goal is at most 1.3x. The encrypted file is opened
with its raw key (as the app does once the keyring gave it): no key derivation per open."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from common import BenchRow, percentiles, timed

from crm_app.db.database import Database
from crm_app.services import dbkeys
from crm_app.services.crm import Crm
from crm_app.services.demo import generate_demo

AREA = "privacy"
TARGET = "<= 1.3x plain"


def _queries(plain: Path, count: int = 200) -> list[str]:
    with sqlite3.connect(plain) as raw:
        names = [r[0] for r in raw.execute(
            "SELECT family_name FROM contact WHERE family_name != '' ORDER BY id LIMIT ?",
            (count,))]
    return [name[: 2 + i % 4] for i, name in enumerate(names)]


def _paired(secret: Callable[[], object], plain: Callable[[], object],
            reps: int) -> tuple[list[float], list[float]]:
    """Alternate the two calls (which goes first alternates too), so a busy moment of this
    noisy machine slows both sides alike instead of one block of samples."""
    a: list[float] = []
    b: list[float] = []
    for n in range(reps):
        if n % 2:
            b.append(timed(plain))
            a.append(timed(secret))
        else:
            a.append(timed(secret))
            b.append(timed(plain))
    return a, b


def _search_p95(secret: Crm, plain: Crm, queries: list[str]) -> tuple[float, float]:
    """p95 over the queries of each query's best of three (typing repeats a prefix)."""
    best_a: list[float] = []
    best_b: list[float] = []
    for text in queries:
        a, b = _paired(lambda t=text: secret.search.search(t, limit=50),
                       lambda t=text: plain.search.search(t, limit=50), 3)
        best_a.append(min(a))
        best_b.append(min(b))
    return percentiles(best_a)[1], percentiles(best_b)[1]


def _page_ms(secret: Crm, plain: Crm, offset: int) -> tuple[float, float]:
    a, b = _paired(lambda: secret.contacts.list(limit=200, offset=offset),
                   lambda: plain.contacts.list(limit=200, offset=offset), 9)
    return min(a) * 1000, min(b) * 1000


def run(workdir: Path, contacts: int) -> list[BenchRow]:
    plain_path, secret_path = workdir / "plain.sqlite3", workdir / "encrypted.sqlite3"
    plain_db = Database.open(plain_path)
    plain_build = timed(lambda: generate_demo(plain_db, contacts))
    plain_db.close()
    created = dbkeys.create_encrypted(secret_path, "bench recovery passphrase 2026")
    secret_build = timed(lambda: generate_demo(created.database, contacts))
    created.database.close()
    key = created.key

    rows = [BenchRow(AREA, f"demo --contacts {contacts}, encrypted", secret_build, "s",
                     "same on a plain database", plain_build, TARGET)]
    plain, secret = Crm.open(plain_path), Crm.open(secret_path, key=key)
    queries = _queries(plain_path)
    _search_p95(secret, plain, queries[:20])  # warm both caches
    found, baseline = _search_p95(secret, plain, queries)
    rows.append(BenchRow(AREA, "search as you type p95, encrypted", found, "ms",
                         "same on a plain database", baseline, TARGET))
    for label, offset in (("first", 0), ("middle", contacts // 2)):
        found, baseline = _page_ms(secret, plain, offset)
        rows.append(BenchRow(AREA, f"page of 200 by name, {label}, encrypted", found, "ms",
                             "same on a plain database", baseline, TARGET))
    plain.close()
    secret.close()
    opens = _paired(lambda: Database.open(secret_path, key=key).close(),
                    lambda: Database.open(plain_path).close(), 7)
    open_secret, open_plain = min(opens[0]), min(opens[1])
    rows.append(BenchRow(AREA, "open database + migration check, encrypted", open_secret * 1000,
                         "ms", "same on a plain database", open_plain * 1000, TARGET))
    return rows
