"""Whole-process timings of the `crm` command and the desktop app's start, beside the cost of
`python -c "import sqlalchemy"` measured in the same run (the floor of any command that opens
a database).

    .venv/bin/python benchmarks/bench_cli.py [--runs 7] [--contacts 200]

Each figure is the median of --runs fresh processes, as CPU time (user + system, steadier
on a shared machine) and as wall time. The app rows start
`crm-app --exit-when-shown` offscreen (it prints 'shown' once the window is painted, then
quits): once with bytecode cached as usual, and once with PYTHONDONTWRITEBYTECODE=1 and an
empty PYTHONPYCACHEPREFIX, so every module is compiled again as on a first start. The
report rows print one meeting report to PDF, beside the libraries' import floor.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BenchRow, print_table

ROOT = Path(__file__).resolve().parent.parent


def crm_command() -> list[str]:
    script = Path(sys.executable).with_name("crm")
    return [str(script)] if script.exists() else [sys.executable, "-m", "crm_app.cli"]


def median_s(command: list[str], runs: int, env: dict[str, str] | None = None,
             fresh: Path | None = None) -> tuple[float, float]:
    """(median wall seconds, median CPU seconds: user + system of the child)."""
    walls, cpus = samples_s(command, runs, env, fresh)
    return statistics.median(walls), statistics.median(cpus)


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def samples_s(command: list[str], runs: int, env: dict[str, str] | None = None,
              fresh: Path | None = None) -> tuple[list[float], list[float]]:
    """Wall seconds and CPU seconds (user + system of the child) of each run."""
    walls, cpus = [], []
    for _ in range(runs):
        if fresh is not None:  # an empty bytecode cache for every run
            shutil.rmtree(fresh, ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def report_rows(add: Any, crm: list[str], db: str, folder: Path, runs: int) -> None:
    """`crm report meeting ID` (issue 12: well under 1 s), with the report fonts' parsed
    tables in the user cache (every run after the first) and without (a first report), and
    the floor under it: the libraries any report process imports, alone."""
    listed = subprocess.run([*crm, "--db", db, "--json", "meeting", "list", "--limit", "1"],
                            check=True, capture_output=True, text=True, cwd=ROOT).stdout
    meeting = json.loads(listed)[0]["id"]
    cache = folder / "user-cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    command = [*crm, "--db", db, "report", "meeting", meeting, "-o", str(folder / "m.pdf")]
    median_s(command, 1, env)  # the first report fills the font cache
    report_runs = max(runs, 10)
    # the same run's baselines: a bare interpreter and ReportLab's layout engine alone
    baselines = {"pass": samples_s([sys.executable, "-c", "pass"], report_runs),
                 "reportlab": samples_s([sys.executable, "-c", "import reportlab.platypus"],
                                        report_runs)}
    for name, (walls, cpus) in baselines.items():
        add("reports", f"baseline python -c {'pass' if name == 'pass' else name} (median)",
            (statistics.median(walls), statistics.median(cpus)), "baseline")
    whole = samples_s(command, report_runs, env)
    add("reports", f"crm report meeting ID -o FILE, plain file (median of {report_runs})",
        (statistics.median(whole[0]), statistics.median(whole[1])), "< 1 s wall")
    add("reports", f"crm report meeting ID -o FILE, plain file (p90 of {report_runs})",
        (p90(whole[0]), p90(whole[1])), "< 1 s wall")
    encrypted = encrypted_copy(crm, db, folder)
    if encrypted is not None:
        enc_db, enc_env = encrypted
        enc_command = [*crm, "--db", enc_db, "report", "meeting", meeting, "-o",
                       str(folder / "e.pdf")]
        median_s(enc_command, 1, {**env, **enc_env})
        enc = samples_s(enc_command, report_runs, {**env, **enc_env})
        add("reports", "crm report meeting ID, SQLCipher file, key unwrapped from "
            f"CRM_DB_PASSPHRASE (median of {report_runs})",
            (statistics.median(enc[0]), statistics.median(enc[1])), "report")
        unwrap = samples_s([sys.executable, "-c", UNWRAP, enc_db], report_runs, enc_env)
        add("reports", "  its floor: python -c 'unwrap the key (Argon2id) + import "
            "reportlab.platypus'", (statistics.median(unwrap[0]),
                                    statistics.median(unwrap[1])), "baseline")
    add("reports", "crm report meeting ID -o FILE (empty font cache)",
        median_s(command, runs, env, fresh=cache), "report")
    floor = "import sqlalchemy.orm, reportlab.platypus, babel.dates, phonenumbers"
    add("reports", f'the ORM path\'s floor: python -c "{floor}"',
        median_s([sys.executable, "-c", floor], runs), "report")


UNWRAP = ("import sys, pathlib, reportlab.platypus\nfrom crm_app.services import dbkeys\n"
          "dbkeys.find_key(pathlib.Path(sys.argv[1]))")


def encrypted_copy(crm: list[str], db: str, folder: Path) -> tuple[str, dict[str, str]] | None:
    """An encrypted copy of the demo file (`crm db encrypt`), opened with CRM_DB_PASSPHRASE."""
    target = folder / "encrypted.sqlite3"
    shutil.copyfile(db, target)
    env = {**os.environ, "CRM_DB_PASSPHRASE": "bench recovery passphrase 2026"}
    done = subprocess.run([*crm, "--db", str(target), "db", "encrypt"], env=env, cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        print(f"(no encrypted rows: crm db encrypt said {done.stderr.strip()})")
        return None
    return str(target), {"CRM_DB_PASSPHRASE": env["CRM_DB_PASSPHRASE"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--contacts", type=int, default=200)
    parser.add_argument("--no-app", action="store_true", help="skip the desktop app rows")
    args = parser.parse_args()
    crm = crm_command()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.sqlite3")
        subprocess.run([*crm, "--db", db, "demo", "--contacts", str(args.contacts)],
                       check=True, stdout=subprocess.DEVNULL)
        base_wall, base_cpu = median_s([sys.executable, "-c", "import sqlalchemy"], args.runs)
        base_name = 'python -c "import sqlalchemy"'
        rows: list[BenchRow] = []

        def add(area: str, name: str, value: tuple[float, float], target: str) -> None:
            rows.append(BenchRow(area, f"{name} [CPU]", value[1] * 1000, "ms", base_name,
                                 base_cpu * 1000, target))
            rows.append(BenchRow(area, f"{name} [wall]", value[0] * 1000, "ms", base_name,
                                 base_wall * 1000, target))

        cases = [
            ("crm --help", [*crm, "--help"], "<= 1.3x"),
            ("crm --json contact list --limit 1",
             [*crm, "--db", db, "--json", "contact", "list", "--limit", "1"], "<= 2x"),
            ("crm contact list --limit 1", [*crm, "--db", db, "contact", "list", "--limit", "1"],
             "<= 2x"),
            ("crm contact add ...", [*crm, "--db", db, "contact", "add", "--given-name", "Ada",
                                     "--family-name", "Bench", "--email", "ada@bench.example"],
             "<= 2.5x"),
        ]
        for name, command, target in cases:
            add("cli", name, median_s(command, args.runs), target)
        report_rows(add, crm, db, Path(folder), args.runs)
        if not args.no_app:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            app = [sys.executable, str(ROOT / "main.py"), "--db", db, "--exit-when-shown"]
            median_s(app, 1, env)  # first start writes the bytecode and the layout settings
            add("app", "start to window (bytecode cached)", median_s(app, args.runs, env),
                "report")
            cache = Path(folder) / "pycache"
            cold_env = {**env, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": str(cache)}
            add("app", "start to window (no bytecode, PYTHONDONTWRITEBYTECODE=1)",
                median_s(app, args.runs, cold_env, fresh=cache), "report")
    print(f"{args.runs} runs each, medians; database: {args.contacts} demo contacts; "
          f"crm = {' '.join(crm)}")
    print_table(rows)


if __name__ == "__main__":
    main()
