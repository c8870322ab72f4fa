"""Fixtures of the privacy tests: encrypted databases in tmp_path and the `crm` command."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crm_app.cli.main import main

PASSPHRASE = "fair-booth 7 ticket"


def run(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *words])
    out, err = capsys.readouterr()
    return code, out, err


def digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` by its bytes, to show that nothing changed."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def needles(*values: str) -> list[bytes]:
    """How a value can lie in a file: UTF-8 and both UTF-16 byte orders."""
    return [v.encode(codec) for v in values for codec in ("utf-8", "utf-16-le", "utf-16-be")]


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "db-pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path
