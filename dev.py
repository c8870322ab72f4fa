#!/usr/bin/env python3
"""One entry point for people and CI: set everything up, then run the app or the tests.

    python3 dev.py run [APP ARGS...]   # create .venv, install, build translations, start the app
    python3 dev.py test [PYTEST ARGS]  # same set-up, then ruff, mypy and the whole pytest suite
    python3 dev.py lock                # re-resolve requirements-lock.txt from pyproject.toml
    python3 dev.py build               # PyInstaller one-folder build in dist/crm-app/

Installs are pinned by requirements-lock.txt (a constraints file: every package at the version
that passed), and happen only when pyproject.toml, the lock or the wanted extras changed since
the last install (a hash kept in .venv/crm-install.json), so a set-up `run` starts at once.
Only the standard library is used here, so it works on a machine with nothing but Python.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements-lock.txt"
STAMP = VENV / "crm-install.json"
# The versions the app supports; the lock resolves for all platforms (markers for Windows
# and macOS included), so one file serves every machine.
LOCK_COMMAND = ["-m", "uv", "pip", "compile", "pyproject.toml", "--all-extras", "--universal",
                "--python-version", "3.11", "--quiet", "-o", LOCK.name]


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    completed = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if completed.returncode != 0:
        sys.exit(completed.returncode)


def install_hash() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for file in (ROOT / "pyproject.toml", ROOT / "setup.py", LOCK):
        digest.update(file.read_bytes() if file.exists() else b"")
    return digest.hexdigest()


def installed() -> tuple[str, set[str]]:
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
        return str(stamp["hash"]), set(stamp["extras"])
    except (OSError, ValueError, KeyError, TypeError):
        return "", set()


def build_translations(python: Path) -> None:
    """Only when a .ts source is newer than its .qm (lrelease costs a second)."""
    folder = ROOT / "resources" / "translations"
    stale = [ts for ts in folder.glob("*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        run(python, str(ROOT / "scripts" / "build_translations.py"))


def make_venv() -> Path:
    python = venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    return python


def set_up(extras: set[str]) -> Path:
    python = make_venv()
    wanted_hash = install_hash()
    have_hash, have_extras = installed()
    if have_hash != wanted_hash or not extras <= have_extras:
        extras = extras | (have_extras if have_hash == wanted_hash else set())
        target = f".[{','.join(sorted(extras))}]" if extras else "."
        constraints = ["-c", str(LOCK)] if LOCK.exists() else []
        run(python, "-m", "pip", "install", "--quiet", *constraints, "-e", target)
        STAMP.write_text(json.dumps({"hash": wanted_hash, "extras": sorted(extras)}),
                         encoding="utf-8")
    build_translations(python)
    return python


def test(python: Path, rest: list[str]) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    run(python, "-m", "ruff", "check", "crm_app", "tests", "benchmarks", "migrations", "main.py",
        "dev.py", "setup.py", "scripts", "packaging", env=env)
    run(python, "-m", "mypy", env=env)
    # Two workers (tests that share a resource are grouped: tests/conftest.py); the slowest
    # 15 tests are listed at the end.
    parallel = [] if any(a.startswith("-n") or a == "--collect-only" for a in rest) else [
        "-n", "2", "--dist", "loadgroup"]
    run(python, "-m", "pytest", *parallel, "--durations=15", *rest, env=env)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"run", "test", "lock", "build"}:
        print(__doc__)
        sys.exit(2)
    command, rest = argv[0], argv[1:]
    if command == "lock":  # needs only uv, not the (possibly outdated) pinned set
        python = make_venv()
        constraints = ["-c", str(LOCK)] if LOCK.exists() else []
        run(python, "-m", "pip", "install", "--quiet", *constraints, "uv")
        run(python, *LOCK_COMMAND, *rest)
        print(f"{LOCK.name} updated; commit it with the change that needed it.")
        return
    python = set_up({"run": set(), "test": {"dev"}, "build": {"build"}}[command])
    if command == "run":
        run(python, str(ROOT / "main.py"), *rest)
    elif command == "test":
        test(python, rest)
    else:
        run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath",
            str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "crm-app.spec"), *rest)
        print(f"built {ROOT / 'dist' / 'crm-app'} (run crm-app, or crm for the command line)")


if __name__ == "__main__":
    main(sys.argv[1:])
