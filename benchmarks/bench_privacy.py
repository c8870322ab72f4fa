"""Encryption at rest: each core row on a SQLCipher database beside the same on a plain one.

The plain database is the baseline of every row (same demo data, same queries, same run), so
the ratio is the cost of encryption; the goal is at most 1.3x. The encrypted file is opened
with its raw key (as the app does once the keyring gave it): no key derivation per open."""

from __future__ import annotations

import sqlite3
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


def _search_p95(crm: Crm, queries: list[str]) -> float:
    return percentiles([timed(lambda t=text: crm.search.search(t, limit=50))
                        for text in queries])[1]


def _page_ms(crm: Crm, offset: int) -> float:
    return min(timed(lambda: crm.contacts.list(limit=200, offset=offset)) for _ in range(5)) * 1000


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
    _search_p95(plain, queries[:20]), _search_p95(secret, queries[:20])  # warm both caches
    rows.append(BenchRow(AREA, "search as you type p95, encrypted", _search_p95(secret, queries),
                         "ms", "same on a plain database", _search_p95(plain, queries), TARGET))
    for label, offset in (("first", 0), ("middle", contacts // 2)):
        rows.append(BenchRow(AREA, f"page of 200 by name, {label}, encrypted",
                             _page_ms(secret, offset), "ms", "same on a plain database",
                             _page_ms(plain, offset), TARGET))
    plain.close()
    secret.close()
    open_secret = min(timed(lambda: Database.open(secret_path, key=key).close())
                      for _ in range(5))
    open_plain = min(timed(lambda: Database.open(plain_path).close()) for _ in range(5))
    rows.append(BenchRow(AREA, "open database + migration check, encrypted", open_secret * 1000,
                         "ms", "same on a plain database", open_plain * 1000, TARGET))
    return rows
