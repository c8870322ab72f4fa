"""Compile the Qt Linguist sources (resources/translations/*.ts) into .qm files.

Uses pyside6-lrelease from the installed PySide6; skipped quietly when there is nothing to build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease_command() -> list[str] | None:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if exe:
        return [exe]
    return None


def main() -> int:
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        return 0
    command = lrelease_command()
    if command is None:
        print("pyside6-lrelease not found; translations not compiled", file=sys.stderr)
        return 0
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
