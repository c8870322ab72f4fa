"""Core figures: demo bulk load, as-you-type search, paging by name, opening the database.

Baselines run in the same process on the same data with the plain sqlite3 module.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from common import BenchRow, percentiles, timed

from crm_app.db.database import Database
from crm_app.db.models import SYNCED_MODELS
from crm_app.services.crm import Crm
from crm_app.services.demo import generate_demo
from crm_app.services.search import fts_query

AREA = "core"


def _copy_rows_raw(source: Path, target: Path) -> float:
    """Baseline for the bulk load: the same rows inserted with sqlite3.executemany into the
    same schema (no search index, no derived columns, no change log)."""
    Database.open(target).close()
    src = sqlite3.connect(source)
    tables = {m.__tablename__: [row for row in src.execute(f"SELECT * FROM {m.__tablename__}")]
              for m in SYNCED_MODELS}
    columns = {t: [c[1] for c in src.execute(f"PRAGMA table_info({t})")] for t in tables}
    src.close()
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=NORMAL")
    start = time.perf_counter()
    with dst:
        for table, rows in tables.items():
            marks = ", ".join("?" for _ in columns[table])
            dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    elapsed = time.perf_counter() - start
    dst.close()
    return elapsed


def _prefix_queries(db_path: Path, count: int = 300) -> list[str]:
    """What people type: the first 1-5 letters of real family names (Latin where known)."""
    raw = sqlite3.connect(db_path)
    names = [r[0] for r in raw.execute(
        "SELECT coalesce(nullif(family_name_latin, ''), family_name) FROM contact "
        "ORDER BY random() LIMIT ?", (count,))]
    raw.close()
    rng = random.Random(7)
    return [name[: rng.randint(1, min(5, len(name)))] for name in names if name]


def run(workdir: Path, contacts: int) -> list[BenchRow]:
    rows: list[BenchRow] = []
    path = workdir / "bench.sqlite3"
    db = Database.open(path)
    demo_seconds = timed(lambda: generate_demo(db, contacts))
    db.close()
    raw_seconds = _copy_rows_raw(path, workdir / "raw.sqlite3")
    rows.append(BenchRow(AREA, f"demo --contacts {contacts} (all kinds)", demo_seconds, "s",
                         "sqlite3 executemany, same rows", raw_seconds, "< 60 s"))
    rows.append(BenchRow(AREA, "bulk insert rate (contacts/s)", contacts / demo_seconds,
                         "rows/s", "sqlite3 executemany", contacts / raw_seconds))

    crm = Crm.open(path)
    queries = _prefix_queries(path)
    raw = sqlite3.connect(path)
    service_samples, raw_samples = [], []
    for text in queries:
        service_samples.append(timed(lambda t=text: crm.search.search(t, limit=50)))
        match = fts_query(text)
        raw_samples.append(timed(lambda m=match: raw.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50",
            (m,)).fetchall()))
    p50, p95 = percentiles(service_samples)
    b50, b95 = percentiles(raw_samples)
    rows.append(BenchRow(AREA, "search as you type p50", p50, "ms", "raw FTS5 query p50", b50))
    rows.append(BenchRow(AREA, "search as you type p95", p95, "ms", "raw FTS5 query p95", b95,
                         "< 30 ms, <= 2x raw"))

    middle = contacts // 2
    for label, offset in (("first", 0), ("middle", middle)):
        service = min(timed(lambda o=offset: crm.contacts.list(limit=200, offset=o))
                      for _ in range(5))
        baseline = min(timed(lambda o=offset: raw.execute(
            "SELECT * FROM contact WHERE deleted_at IS NULL ORDER BY sort_key, id "
            "LIMIT 200 OFFSET ?", (o,)).fetchall()) for _ in range(5))
        rows.append(BenchRow(AREA, f"page of 200 by name, {label}", service * 1000, "ms",
                             "raw sqlite3 same query", baseline * 1000, "< 20 ms"))
    crm.close()
    raw.close()

    open_s = min(timed(lambda: Database.open(path).close()) for _ in range(5))
    bare_s = min(timed(lambda: sqlite3.connect(path).execute("SELECT 1").fetchall())
                 for _ in range(5))
    rows.append(BenchRow(AREA, "open database + migration check", open_s * 1000, "ms",
                         "sqlite3.connect + SELECT 1", bare_s * 1000))
    return rows
