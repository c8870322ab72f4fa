"""Acceptance run of the importers on a folder of export files.

For each file in FOLDER (default tests/io/fixtures/outside) this creates a
fresh plain database, runs ``crm --json import FILE --dry-run`` on it and
prints one line of a table: what the preview would create, update, skip or
refuse, how many values it flags for review, how many warnings it gives, and
the error if the import failed. Crashes (exit code 70 or a traceback) are
listed again below the table. Nothing is written outside a temporary folder.

    .venv/bin/python scripts/import_corpus.py [FOLDER] [--crm PATH]

Always exits 0: it reports, it does not judge.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "io" / "fixtures" / "outside"
SKIP_NAMES = {"SOURCES.md", "README.md"}
COLUMNS = (
    "file", "format", "encoding", "rows", "create", "upd/merge", "skip",
    "refused", "review", "warnings", "error",
)


def default_crm() -> str:
    """The crm beside this Python (the project's venv), else ``crm``."""
    here = Path(sys.executable).parent / "crm"
    venv = ROOT / ".venv" / "bin" / "crm"
    for candidate in (here, venv):
        if candidate.exists():
            return str(candidate)
    return "crm"


def first_line(text: str) -> str:
    """The most telling line of an error output: a traceback's last line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    if any(line.startswith("Traceback") for line in lines):
        return lines[-1]
    return lines[0]


def run_one(crm: str, path: Path, work: Path) -> dict[str, object]:
    """Preview the import of ``path`` into a new database in ``work``."""
    db = work / (path.name + ".sqlite3")
    result: dict[str, object] = {"file": path.name, "crash": False}
    init = subprocess.run(
        [crm, "--db", str(db), "init", "--plain"],
        capture_output=True, text=True, check=False,
    )
    if init.returncode != 0:
        result["error"] = "init failed: " + first_line(init.stderr or init.stdout)
        return result
    proc = subprocess.run(
        [crm, "--db", str(db), "--json", "import", str(path), "--dry-run"],
        capture_output=True, text=True, check=False,
    )
    result["rc"] = proc.returncode
    crashed = proc.returncode == 70 or "Traceback" in proc.stderr
    result["crash"] = crashed
    try:
        data = json.loads(proc.stdout) if proc.stdout.strip() else None
    except json.JSONDecodeError:
        data = None
    if proc.returncode != 0 or data is None:
        message = first_line(proc.stderr) or first_line(proc.stdout)
        result["error"] = f"exit {proc.returncode}: {message}"
        if crashed:
            result["traceback"] = proc.stderr.strip()
    if isinstance(data, dict):
        counts = data.get("counts", {})
        rows = data.get("rows", [])
        result.update(
            format=data.get("format", ""),
            encoding=data.get("encoding", ""),
            rows=data.get("rows_total", len(rows)),
            create=counts.get("create", 0),
            update=counts.get("update", 0) + counts.get("merge", 0),
            skip=counts.get("skip", 0),
            refused=counts.get("refuse", 0),
            review=sum(len(row.get("review", [])) for row in rows),
            warnings=len(data.get("warnings", []))
            + sum(len(row.get("warnings", [])) for row in rows),
        )
    return result


def cells(result: dict[str, object]) -> list[str]:
    keys = ("file", "format", "encoding", "rows", "create", "update", "skip",
            "refused", "review", "warnings", "error")
    return [str(result.get(key, "")) for key in keys]


def print_table(results: list[dict[str, object]]) -> None:
    table = [list(COLUMNS)] + [cells(r) for r in results]
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS) - 1)]
    for n, row in enumerate(table):
        head = "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:-1]))
        print(f"{head}  {row[-1]}".rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths) + "  " + "-" * 5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--crm", default=default_crm(), help="the crm command")
    args = parser.parse_args(argv)
    files = sorted(
        p for p in args.folder.iterdir() if p.is_file() and p.name not in SKIP_NAMES
    )
    with tempfile.TemporaryDirectory(prefix="import-corpus-") as tmp:
        results = [run_one(args.crm, path, Path(tmp)) for path in files]
    print_table(results)
    crashes = [r for r in results if r.get("crash")]
    print(f"\n{len(results)} files, {len(crashes)} crashes")
    for r in crashes:
        print(f"\nCRASH {r['file']} (exit {r.get('rc')}):\n{r.get('traceback', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
