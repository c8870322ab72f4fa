"""What every CLI command receives: the opened services and an output helper."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from crm_app.services.crm import Crm


class CliContext:
    def __init__(self, db_path: Path | None, as_json: bool, out: TextIO | None = None, *,
                 passphrase_file: Path | None = None) -> None:
        if db_path is None:
            from crm_app.paths import default_database_path  # platformdirs: not for --help

            db_path = default_database_path()
        self.db_path = db_path
        self.as_json = as_json
        self.out = out or sys.stdout
        # --db-passphrase-file; with CRM_DB_PASSPHRASE, the keyring and a prompt it unlocks an
        # encrypted database (crm_app/services/dbkeys.find_key has the order).
        self.passphrase_file = passphrase_file
        self.key: str | None = None  # a key already known (`crm init` just made it)
        self._crm: Crm | None = None
        self._closers: list[Callable[[], None]] = []

    @property
    def crm(self) -> Crm:
        """Opened on first use, so `crm --help` never touches a database."""
        if self._crm is None:
            from crm_app.services.crm import Crm  # here: `crm --help` loads no SQLAlchemy

            self._crm = Crm.open(self.db_path, key=self.database_key())
        return self._crm

    @property
    def crm_opened(self) -> bool:
        return self._crm is not None

    def database_key(self) -> str | None:
        """The key of an encrypted database file (looked up once), None for any other file."""
        if self.key is None:
            from crm_app.db.database_file import file_state

            if file_state(self.db_path) == "encrypted":
                from crm_app.services import dbkeys

                self.key = dbkeys.find_key(self.db_path, self.passphrase_file,
                                           prompt_passphrase).key
        return self.key

    def on_close(self, closer: Callable[[], None]) -> None:
        """Call `closer` when the command ends (a connection opened beside the `Crm`)."""
        self._closers.append(closer)

    def emit(self, data: Any, text: Callable[[], str] | str | None = None) -> None:
        """JSON with --json, else the human text (or a JSON-ish fallback)."""
        if self.as_json or text is None:
            print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str),
                  file=self.out)
            return
        rendered = text() if callable(text) else text
        if rendered:
            print(rendered, file=self.out)

    def close(self) -> None:
        while self._closers:
            self._closers.pop()()
        if self._crm is not None:
            self._crm.close()
            self._crm = None


def prompt_passphrase() -> str | None:
    """The recovery passphrase typed at a terminal; None when nobody is there to type it."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass("Database recovery passphrase: ")


def table(rows: list[list[str]], headers: list[str]) -> str:
    """Plain aligned columns for terminals (wide characters counted once; good enough)."""
    if not rows:
        return "(none)"
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    return "\n".join(lines)
