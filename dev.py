#!/usr/bin/env python3
"""One entry point for people and CI: set everything up, then run the app or the tests.

    python3 dev.py run [APP ARGS...]   # create .venv, install, build translations, start the app
    python3 dev.py test [PYTEST ARGS]  # same set-up, then ruff, mypy and the whole pytest suite

Only the standard library is used here, so it works on a machine with nothing but Python.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    completed = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if completed.returncode != 0:
        sys.exit(completed.returncode)


def set_up(with_dev: bool) -> Path:
    python = venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    extra = ".[dev]" if with_dev else "."
    run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "--quiet", "-e", extra)
    run(python, str(ROOT / "scripts" / "build_translations.py"))
    return python


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        sys.exit(2)
    command, rest = argv[0], argv[1:]
    python = set_up(with_dev=command == "test")
    if command == "run":
        run(python, str(ROOT / "main.py"), *rest)
        return
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    run(python, "-m", "ruff", "check", "crm_app", "tests", "benchmarks", "migrations", "main.py",
        "dev.py", "scripts", env=env)
    run(python, "-m", "mypy", env=env)
    run(python, "-m", "pytest", *rest, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
