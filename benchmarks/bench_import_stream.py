"""Time and memory of a big CSV import: the streamed preview (`crm import --dry-run`) and the
one-pass import (`crm import`), each in a fresh process so its peak resident size is its own.

    .venv/bin/python benchmarks/bench_import_stream.py --rows 100000 [--whole] [--encrypted]

Baselines in the same run, on the same file: the csv module reading every row and dropping it
(the least any importer must do: the time floor, and the memory of a streaming reader), and
the csv module keeping every row (what a reader that holds the file needs at least).
`--whole` adds the former whole-file path (read_file, then the preview of every row in
memory), to show what streaming saved. `--encrypted` imports into an encrypted (SQLCipher)
database, whose temporary tables (the file's duplicate index) live in memory. Targets (issue
11): memory under 500 MB for any file size; 100,000 rows imported in under 60 s. Not a
test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HEADER = ["First Name", "Last Name", "Company", "Job Title", "Business Street",
          "Business City", "Business Postal Code", "Business Country/Region",
          "Business Phone", "Mobile Phone", "E-mail Address", "E-mail 2 Address", "Notes",
          "Categories"]
GIVEN = ["Anna", "Marco", "Jürgen", "Élodie", "Hanako", "Sergej", "María", "Lucía", "Kenji"]
FAMILY = ["Rossi", "Müller", "Lefèvre", "Yamada", "Ivanov", "García", "Nowak", "Kowalski"]
COUNTRIES = [("Italy", "+39 02 "), ("Germany", "+49 211 "), ("France", "+33 1 "),
             ("Japan", "+81 3 "), ("Spain", "+34 93 ")]
STEPS = ("csv-drop", "csv-keep", "preview", "import", "whole-preview")


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


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_step(step: str, file: Path, database: Path) -> dict[str, Any]:
    """One step in this process; returns seconds and this process's peak resident size."""
    started = time.perf_counter()
    cpu_before = _cpu()
    rows = 0
    if step == "csv-drop":
        with file.open(encoding="utf-8", newline="") as handle:
            rows = sum(1 for _ in csv.reader(handle)) - 1
    elif step == "csv-keep":
        with file.open(encoding="utf-8", newline="") as handle:
            kept = list(csv.reader(handle))
        rows = len(kept) - 1
    else:
        from crm_app.io.preview import build_preview
        from crm_app.io.service import ImportExport, read_file
        from crm_app.services.crm import Crm
        from crm_app.services.dbkeys import open_database

        crm = Crm(open_database(database))  # the key from CRM_DB_PASSPHRASE when encrypted
        started = time.perf_counter()  # the app's imports and the schema are not the import
        cpu_before = _cpu()
        service = ImportExport(crm)
        if step == "preview":
            rows = service.preview_file(file).total()
        elif step == "import":
            done, applied = service.import_file(file)
            rows = done.total()
            assert applied is not None
        else:
            rows = len(build_preview(crm.db, read_file(file), str(file)).rows)
        crm.close()
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss / 1024  # KiB on Linux
    # CPU time of the step: on a shared machine wall time stretches with the load, this less
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    return {"step": step, "rows": rows, "seconds": seconds, "cpu": cpu, "peak_mib": peak}


def in_subprocess(step: str, file: Path, folder: Path, encrypted: bool = False
                  ) -> dict[str, Any]:
    database = folder / f"{step}.sqlite3"
    database.unlink(missing_ok=True)
    environment = {**os.environ, "CRM_DB_PASSPHRASE": "bench-recovery-passphrase-31"}
    if step not in {"csv-drop", "csv-keep"}:  # the database is made before the timing
        subprocess.run([sys.executable, "-m", "crm_app.cli", "--db", str(database), "init",
                        *([] if encrypted else ["--plain"])], check=True, capture_output=True,
                       env=environment)
    out = subprocess.run([sys.executable, __file__, "--step", step, "--file", str(file),
                          "--db", str(database)], check=True, capture_output=True, text=True,
                         env=environment)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--whole", action="store_true", help="also the whole-file path")
    parser.add_argument("--encrypted", action="store_true",
                        help="preview and import into an encrypted database")
    parser.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(run_step(args.step, args.file, args.db)))
        return 0
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        file = folder / "big.csv"
        write_csv(file, args.rows)
        size = file.stat().st_size / 2**20
        steps = ["csv-drop", "csv-keep", "preview", "import"]
        if args.whole:
            steps.append("whole-preview")
        results = {step: in_subprocess(step, file, folder, args.encrypted) for step in steps}
    floor = results["csv-drop"]
    kind = "an encrypted (SQLCipher)" if args.encrypted else "a plain"
    print(f"{args.rows:,} rows, {size:.1f} MiB CSV into {kind} database; each step in a "
          "fresh process")
    print(f"{'step':36} {'s':>8} {'x csv':>7} {'CPU s':>8} {'x csv':>7} {'peak MiB':>9} "
          f"{'x csv':>7} {'rows/s':>8}")
    for step, label in (("csv-drop", "baseline: csv rows read, dropped"),
                        ("csv-keep", "baseline: csv rows kept in a list"),
                        ("preview", "preview, streamed (--dry-run)"),
                        ("import", "import, one pass (crm import)"),
                        ("whole-preview", "former path: whole file + preview")):
        if step not in results:
            continue
        r = results[step]
        print(f"{label:36} {r['seconds']:8.2f} {r['seconds'] / floor['seconds']:7.1f} "
              f"{r['cpu']:8.2f} {r['cpu'] / floor['cpu']:7.1f} "
              f"{r['peak_mib']:9.0f} {r['peak_mib'] / floor['peak_mib']:7.1f} "
              f"{r['rows'] / r['seconds']:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
