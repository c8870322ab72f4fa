"""Compile the Qt Linguist sources (resources/translations/*.ts) into .qm files.

Uses pyside6-lrelease from the installed PySide6; skipped quietly when there is nothing to build.
`build_translations.py --update` first re-extracts the texts of crm_app/ui and the report
wording of crm_app/reports (marked with QT_TRANSLATE_NOOP, contexts "report.*") with
pyside6-lupdate (new texts appear unfinished in Qt Linguist; translated ones are kept).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
UI = ROOT / "crm_app" / "ui"
REPORTS = ROOT / "crm_app" / "reports"


def lrelease_command() -> list[str] | None:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if exe:
        return [exe]
    return None


def update_sources() -> None:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if exe is None:
        print("pyside6-lupdate not found; sources not updated", file=sys.stderr)
        return
    files = [str(p) for folder in (UI, REPORTS) for p in sorted(folder.rglob("*.py"))]
    for ts in sorted(TRANSLATIONS.glob("crm_*.ts")):
        # No source locations: they change with every edit and make every merge conflict.
        subprocess.run([exe, *files, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                       check=True)


def main() -> int:
    if "--update" in sys.argv[1:]:
        update_sources()
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        return 0
    command = lrelease_command()
    if command is None:
        print("pyside6-lrelease not found; translations not compiled", file=sys.stderr)
        return 0
    for ts in sources:
        qm = ts.with_suffix(".qm")
        # Written beside, then renamed over: a running app (or a test in another process)
        # has the old .qm mapped into memory, and rewriting it in place kills that process
        # with SIGBUS; a rename leaves the old file's pages to whoever still maps them.
        partial = qm.with_name(f".{qm.name}.{os.getpid()}.partial")
        try:
            subprocess.run([*command, "-silent", str(ts), "-qm", str(partial)], check=True)
            os.replace(partial, qm)
        finally:
            partial.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
