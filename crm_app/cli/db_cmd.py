"""`crm db status|encrypt|decrypt`: the local database encrypted at rest (SQLCipher)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from crm_app.cli.context import CliContext
from crm_app.db import cipher
from crm_app.domain.errors import DomainError
from crm_app.services.crm import Crm

MIN_LENGTH = 8


def register(sub: Any) -> None:
    """Add this area's sub-commands to the top-level parser's subparsers."""
    db = sub.add_parser("db", help="the database file: status, encrypt, decrypt",
                        description="The passphrase comes from --db-passphrase-file, "
                        f"{cipher.ENV_VAR}, or a prompt on a terminal.")
    actions = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    status = actions.add_parser("status", help="is the database file encrypted?")
    status.set_defaults(func=cmd_status)
    enc = actions.add_parser("encrypt", help="encrypt the database file and its backups "
                             "(a verified encrypted copy replaces the plain file, which is "
                             "then overwritten and removed)")
    enc.add_argument("--db-passphrase-file", type=Path, help="file holding the passphrase")
    enc.set_defaults(func=cmd_encrypt)
    dec = actions.add_parser("decrypt", help="write a plain copy of the encrypted database "
                             "(for support or export); the database stays encrypted")
    dec.add_argument("--to", required=True, type=Path, metavar="FILE", help="new file to write")
    dec.add_argument("--db-passphrase-file", type=Path, help="file holding the passphrase")
    dec.set_defaults(func=cmd_decrypt)


def _passphrase(args: argparse.Namespace, *, new: bool) -> str:
    found = cipher.find_passphrase(args.db_passphrase_file)
    if found is None and sys.stdin.isatty():
        found = getpass.getpass("Database passphrase: ")
        if new and found != getpass.getpass("Again, to be sure: "):
            raise DomainError("the two passphrases differ; nothing was changed")
    if not found:
        raise DomainError(f"no database passphrase: give --db-passphrase-file FILE or set "
                          f"{cipher.ENV_VAR}")
    if new and len(found) < MIN_LENGTH:
        raise DomainError(f"choose a passphrase of at least {MIN_LENGTH} characters")
    return cipher.check_passphrase(found)


def _plain_backups(path: Path) -> list[Path]:
    folder = path.parent / "backups"
    return [b for b in sorted(folder.glob(f"{path.stem}-*{path.suffix}")) if cipher.is_plain(b)]


def cmd_status(ctx: CliContext, _args: argparse.Namespace) -> int:
    path = ctx.db_path
    state = ("encrypted" if cipher.is_encrypted(path) else "plain" if cipher.is_plain(path)
             else "missing" if not path.exists() else "unknown")
    backups = _plain_backups(path)
    data = {"database": str(path), "state": state, "plain_backups": [str(b) for b in backups]}
    lines = [f"{path}: {state}"]
    if state == "plain":
        lines.append("anyone holding this laptop can read it; encrypt it: crm db encrypt")
    if backups:
        lines.append(f"{len(backups)} plain backup(s) in {path.parent / 'backups'}")
    ctx.emit(data, "\n".join(lines))
    return 0


def cmd_encrypt(ctx: CliContext, args: argparse.Namespace) -> int:
    path = ctx.db_path
    if not path.exists():
        raise DomainError(f"no database at {path}")
    if cipher.is_encrypted(path):
        raise DomainError(f"{path} is already encrypted")
    secret = _passphrase(args, new=True)
    counts = cipher.encrypt_in_place(path, secret)
    backups = cipher.encrypt_backups(path, secret)
    rows = sum(n for t, n in counts.items() if not t.startswith(("search_", "sqlite_")))
    data = {"database": str(path), "rows": rows, "backups_encrypted": [str(b) for b in backups]}
    ctx.emit(data, f"encrypted {path} ({rows} rows verified); {len(backups)} backup(s) "
             "encrypted too. Keep the passphrase safe: without it the data cannot be read.")
    return 0


def cmd_decrypt(ctx: CliContext, args: argparse.Namespace) -> int:
    path = ctx.db_path
    target: Path = args.to.expanduser().absolute()
    if target == path.absolute():
        raise DomainError("--to must be a new file, not the database itself")
    secret = _passphrase(args, new=False)
    counts = cipher.decrypt_to(path, target, secret)
    rows = sum(n for t, n in counts.items() if not t.startswith(("search_", "sqlite_")))
    ctx.emit({"database": str(path), "plain_copy": str(target), "rows": rows},
             f"wrote a plain copy to {target} ({rows} rows verified); it is not encrypted: "
             "delete it when done")
    return 0


def crm_for(ctx: CliContext, passphrase_file: Path | None) -> Crm:
    """The context's services, opened with the passphrase when the file is encrypted.

    Until Database.open knows about encryption (docs/privacy.md, "Wiring"), commands that
    should work on an encrypted database call this instead of `ctx.crm`."""
    if cipher.is_encrypted(ctx.db_path) and ctx._crm is None:
        secret = cipher.find_passphrase(passphrase_file)
        if secret is None:
            raise DomainError(f"{ctx.db_path} is encrypted: give --db-passphrase-file FILE or "
                              f"set {cipher.ENV_VAR}")
        ctx._crm = Crm(cipher.open_database(ctx.db_path, secret))  # closed by ctx.close()
    return ctx.crm
