"""`crm sync devices`, `crm sync retire DEVICE`, `crm sync rekey`: the team's shared file."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from crm_app import fileio
from crm_app.cli.context import CliContext, table
from crm_app.domain.errors import DomainError
from crm_app.sync import devices, passphrase, rekey
from crm_app.sync.fileformat import SyncFileError
from crm_app.sync.rekey import PassphraseChanged

NEW_ENV_VAR = "CRM_SYNC_NEW_PASSPHRASE"
PATH_SETTING = "sync_path"


def changed_hint(exc: PassphraseChanged, path: Path) -> str:
    passphrase.forget(path)  # the remembered one no longer works
    return (f"{exc}; give it with --passphrase-file FILE or {passphrase.ENV_VAR}=... "
            "(it is remembered in the keyring after that)")


def _shared_file(ctx: CliContext, args: argparse.Namespace) -> Path:
    target = args.file or ctx.crm.settings.get(PATH_SETTING)
    if not target:
        raise DomainError("which shared file? give it with --file PATH")
    return Path(target).expanduser().absolute()


def _secret(path: Path, args: argparse.Namespace) -> str:
    prompt = (lambda: getpass.getpass("Team sync passphrase: ")) if sys.stdin.isatty() else None
    return passphrase.find(path, args.passphrase_file, prompt).value


def _opened(ctx: CliContext, path: Path, secret: str, work: Callable[[], int]) -> int:
    try:
        return work()
    except PassphraseChanged as exc:
        raise DomainError(changed_hint(exc, path)) from exc
    except DomainError as exc:
        explained = rekey.explain(ctx.crm.db, path, exc) if isinstance(
            exc, SyncFileError) else exc
        if isinstance(explained, PassphraseChanged):
            raise DomainError(changed_hint(explained, path)) from exc
        raise


def cmd_devices(ctx: CliContext, args: argparse.Namespace) -> int:
    path = _shared_file(ctx, args)
    secret = _secret(path, args)

    def work() -> int:
        items = devices.list_devices(ctx.crm.db, path, secret)

        def text() -> str:
            rows = [[("* " if i["this_laptop"] else "  ") + i["device"], i["name"] or "—",
                     i["last_sync"][:16].replace("T", " ") or "never",
                     (f"{i['clock_ahead_hours']} h ahead" if i["clock_ahead_hours"] else "ok"),
                     f"retired {str(i['retired_at'])[:10]}" if i["retired_at"] else "active"]
                    for i in items]
            return table(rows, ["device", "name", "last sync (UTC)", "clock", "status"]) + \
                "\n(* this laptop)"

        ctx.emit(items, text)
        return 0

    return _opened(ctx, path, secret, work)


def cmd_retire(ctx: CliContext, args: argparse.Namespace) -> int:
    if not args.device:
        raise DomainError("which laptop? crm sync retire DEVICE (see crm sync devices)")
    path = _shared_file(ctx, args)
    secret = _secret(path, args)

    def work() -> int:
        outcome = devices.retire_device(ctx.crm.db, path, secret, args.device,
                                        when=ctx.crm.clock())
        purged = sum(outcome["purged"].values())
        ctx.emit(outcome, f"laptop {outcome['device']} retired; {purged} deleted records "
                 "purged from the shared file. If it syncs again it is told, compares every "
                 "record, and rejoins")
        return 0

    return _opened(ctx, path, secret, work)


def _new_secret(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return fileio.read_secret_file(args.new_passphrase_file)
    from_environment = os.environ.pop(NEW_ENV_VAR, "")
    if from_environment:
        return from_environment
    if not sys.stdin.isatty():
        raise DomainError("give the new passphrase with --new-passphrase-file FILE or "
                          f"{NEW_ENV_VAR}")
    first = getpass.getpass("New team passphrase: ")
    if getpass.getpass("The new passphrase again: ") != first:
        raise DomainError("the two new passphrases differ; nothing was changed")
    return first


def cmd_rekey(ctx: CliContext, args: argparse.Namespace) -> int:
    path = _shared_file(ctx, args)
    secret = _secret(path, args)
    new = _new_secret(args)

    def work() -> int:
        rekey.rekey(ctx.crm.db, path, secret, new, when=ctx.crm.clock())
        note = passphrase.remember(path, new)
        ctx.emit({"path": str(path), "rekeyed": True, "note": note},
                 "the shared file is now encrypted with the new passphrase; the other "
                 "laptops are asked for it at their next sync" + (f"\nnote: {note}" if note
                                                                  else ""))
        return 0

    return _opened(ctx, path, secret, work)


ACTIONS: dict[str, Callable[[CliContext, argparse.Namespace], int]] = {
    "devices": cmd_devices, "retire": cmd_retire, "rekey": cmd_rekey}
