"""Run every benchmark and print one table.

    .venv/bin/python benchmarks/run.py [--contacts 100000] [--only core,sync,...]

Each area module `benchmarks/bench_<area>.py` has `run(workdir: Path, contacts: int)
-> list[BenchRow]`; a figure is always paired with a baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import BenchRow, print_table

AREAS = ["core", "ui", "sync", "reports", "io", "privacy"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--only", default=",".join(AREAS))
    args = parser.parse_args()
    rows: list[BenchRow] = []
    for area in args.only.split(","):
        path = Path(__file__).with_name(f"bench_{area}.py")
        if not path.exists():
            continue
        module = importlib.import_module(f"bench_{area}")
        with tempfile.TemporaryDirectory(prefix=f"crm-bench-{area}-") as folder:
            print(f"running {area} ...", file=sys.stderr, flush=True)
            rows.extend(module.run(Path(folder), args.contacts))
    print_table(rows)


if __name__ == "__main__":
    main()
