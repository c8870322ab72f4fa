"""`crm db status|encrypt|decrypt` and the encrypted `crm init`: the local database encrypted
at rest (SQLCipher; the key and its recovery passphrase: crm_app/services/dbkeys.py)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from crm_app import fileio
from crm_app.cli.context import CliContext, prompt_passphrase
from crm_app.db import cipher
from crm_app.domain.errors import DomainError
from crm_app.services import dbkeys
from crm_app.services.crm import Crm

PASSPHRASE_HELP = "file holding the recovery passphrase (same as the top-level option)"


def register(sub: Any) -> None:
    """Add this area's sub-commands to the top-level parser's subparsers."""
    db = sub.add_parser("db", help="the database file: status, encrypt, decrypt",
                        description="The recovery passphrase comes from --db-passphrase-file, "
                        f"{cipher.ENV_VAR}, or a prompt on a terminal; the key of an encrypted "
                        "database also from the OS keyring.")
    actions = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    status = actions.add_parser("status", help="is the database file encrypted?")
    status.set_defaults(func=cmd_status)
    enc = actions.add_parser("encrypt", help="encrypt the database file and its backups "
                             "(a verified encrypted copy replaces the plain file, which is "
                             "then overwritten and removed)")
    enc.add_argument("--db-passphrase-file", dest="sub_passphrase_file", type=Path,
                     metavar="FILE", help=PASSPHRASE_HELP)
    enc.set_defaults(func=cmd_encrypt)
    dec = actions.add_parser("decrypt", help="write a plain copy of the encrypted database "
                             "(for support or export); the database stays encrypted")
    dec.add_argument("--to", required=True, type=Path, metavar="FILE", help="new file to write")
    dec.add_argument("--db-passphrase-file", dest="sub_passphrase_file", type=Path,
                     metavar="FILE", help=PASSPHRASE_HELP)
    dec.set_defaults(func=cmd_decrypt)


def _file_option(ctx: CliContext, args: argparse.Namespace) -> Path | None:
    given: Path | None = getattr(args, "sub_passphrase_file", None)
    return given or ctx.passphrase_file


def new_recovery(passphrase_file: Path | None) -> str | None:
    """The recovery passphrase for a new key: the file, CRM_DB_PASSPHRASE, typed twice at a
    terminal; None: generate a recovery key (printed once)."""
    if passphrase_file is not None:
        return dbkeys.check_new_passphrase(fileio.read_secret_file(passphrase_file))
    from_environment = os.environ.get(cipher.ENV_VAR, "")
    if from_environment:
        return dbkeys.check_new_passphrase(from_environment)
    if sys.stdin.isatty():
        typed = getpass.getpass("Choose a recovery passphrase (empty: generate a recovery "
                                "key): ")
        if not typed:
            return None
        dbkeys.check_new_passphrase(typed)
        if typed != getpass.getpass("Again, to be sure: "):
            raise DomainError("the two passphrases differ; nothing was changed")
        return typed
    return None


def _told(created: dbkeys.Created) -> list[str]:
    lines = []
    if created.generated_recovery:
        lines += ["Recovery key (shown only now; write it down and keep it apart from the "
                  "laptop):", f"    {created.generated_recovery}",
                  "With it and the key file, the database opens on another computer or after "
                  "the keyring is lost; without both, it cannot be read by anyone."]
    if created.keyring_note:
        lines.append(f"note: {created.keyring_note}")
    return lines


def create_encrypted(ctx: CliContext, recovery_file: Path | None) -> int:
    """`crm init` of a new file: encrypted, key in the keyring, recovery passphrase."""
    path = ctx.db_path
    created = dbkeys.create_encrypted(path, new_recovery(recovery_file))
    created.database.close()
    ctx.key = created.key
    data = {"database": str(path), "state": "encrypted",
            "key_file": str(dbkeys.key_file(path)),
            "key_in_keyring": created.keyring_note is None,
            "recovery_key": created.generated_recovery}
    ctx.emit(data, "\n".join([f"database ready at {path} (encrypted; key file "
                              f"{dbkeys.key_file(path).name} beside it)", *_told(created)]))
    return 0


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
    recovery = new_recovery(_file_option(ctx, args))
    backups = _plain_backups(path)
    crm = Crm.open(path)  # migrate first: the encrypted file starts at the head schema
    try:
        rows = crm.contacts.count()
    finally:
        crm.close()
    created = dbkeys.encrypt_existing(path, recovery)
    created.database.close()
    data = {"database": str(path), "contacts": rows, "key_file": str(dbkeys.key_file(path)),
            "backups_encrypted": [str(b) for b in backups],
            "recovery_key": created.generated_recovery}
    ctx.emit(data, "\n".join([
        f"encrypted {path} (every table verified, {rows} contacts); {len(backups)} backup(s) "
        "encrypted too.", *_told(created)]))
    return 0


def cmd_decrypt(ctx: CliContext, args: argparse.Namespace) -> int:
    path = ctx.db_path
    target: Path = args.to.expanduser().absolute()
    if target == path.absolute():
        raise DomainError("--to must be a new file, not the database itself")
    if cipher.is_plain(path):
        raise DomainError(f"{path} is not encrypted")
    if not path.exists():
        raise DomainError(f"no database at {path}")
    key = dbkeys.find_key(path, _file_option(ctx, args), prompt_passphrase).key
    counts = cipher.decrypt_to(path, target, key)
    rows = sum(n for t, n in counts.items() if not t.startswith(("search_", "sqlite_")))
    ctx.emit({"database": str(path), "plain_copy": str(target), "rows": rows},
             f"wrote a plain copy to {target} ({rows} rows verified); it is not encrypted: "
             "delete it when done")
    return 0


def crm_for(ctx: CliContext, passphrase_file: Path | None) -> Crm:
    """The context's services; a command's own --db-passphrase-file wins over the top-level
    one (the key is found as for every command: CliContext.crm)."""
    if passphrase_file is not None:
        ctx.passphrase_file = passphrase_file
    return ctx.crm
