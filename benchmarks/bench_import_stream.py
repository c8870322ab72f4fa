"""Memory of a big CSV import: peak Python allocations (tracemalloc) and the process's peak
resident size (resource) while a generated Outlook-style CSV is read and previewed.

    .venv/bin/python benchmarks/bench_import_stream.py --rows 200000

Baseline in the same run: the csv module alone reading the same file into lists (what any
reader that keeps the rows needs). Figures print per row, so a small run (--rows 20000 on a
busy machine) tells what 620,000 rows would need. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crm_app.io.service import ImportExport, read_file
from crm_app.services.crm import Crm

HEADER = ["First Name", "Last Name", "Company", "Job Title", "Business Street",
          "Business City", "Business Postal Code", "Business Country/Region",
          "Business Phone", "Mobile Phone", "E-mail Address", "E-mail 2 Address", "Notes",
          "Categories"]
GIVEN = ["Anna", "Marco", "Jürgen", "Élodie", "Hanako", "Sergej", "María", "Lucía", "Kenji"]
FAMILY = ["Rossi", "Müller", "Lefèvre", "Yamada", "Ivanov", "García", "Nowak", "Kowalski"]
COUNTRIES = [("Italy", "+39 02 "), ("Germany", "+49 211 "), ("France", "+33 1 "),
             ("Japan", "+81 3 "), ("Spain", "+34 93 ")]


def write_csv(path: Path, rows: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for index in range(rows):
            country, prefix = rng.choice(COUNTRIES)
            given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}{index}"
            writer.writerow([given, family, f"Company {index % 5000}", "Manager",
                             f"Via Roma {index % 300}", "Milano", "20100", country,
                             f"{prefix}{rng.randint(1000000, 9999999)}",
                             f"{prefix}{rng.randint(1000000, 9999999)}",
                             f"{given.lower()}.{index}@example.com", "",
                             "Met at the fair, wants a catalogue", "Fair;2026"])


def measure(label: str, work: Callable[[], Any]) -> tuple[str, float, float]:
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return label, peak / 2**20, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.csv"
        write_csv(path, args.rows)
        size = path.stat().st_size / 2**20
        crm = Crm.open(Path(folder) / "crm.sqlite3")
        try:
            results = [
                measure("baseline: csv module, rows kept", lambda: list(
                    csv.reader(io.StringIO(path.read_text("utf-8"), newline="")))),
                measure("read_file (decode, parse to drafts)", lambda: read_file(path)),
                measure("read_file + preview", lambda: ImportExport(crm).preview_file(path)),
            ]
        finally:
            crm.close()
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.rows} rows, {size:.1f} MiB file; process peak RSS {peak_rss:.0f} MiB")
    print(f"{'step':40} {'peak MiB':>9} {'KiB/row':>8} {'seconds':>8} {'620k rows MiB':>14}")
    for label, peak, seconds in results:
        per_row = peak * 1024 / args.rows
        print(f"{label:40} {peak:9.1f} {per_row:8.2f} {seconds:8.2f} "
              f"{per_row * 620_000 / 1024:14.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
