"""CLI commands of the sync work: `crm sync`, `crm conflicts`, `crm erase`."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from crm_app.cli import sync_admin
from crm_app.cli.context import CliContext, table
from crm_app.db import changelog
from crm_app.domain.errors import DomainError
from crm_app.sync import conflicts, copies, location, passphrase
from crm_app.sync.engine import sync
from crm_app.sync.erasure import erase_contact
from crm_app.sync.fileformat import write_error
from crm_app.sync.rekey import PassphraseChanged
from crm_app.sync.report import SyncReport

PATH_SETTING = "sync_path"


def register(sub: Any) -> None:
    """Add this area's sub-commands to the top-level parser's subparsers."""
    cmd = sub.add_parser("sync", help="merge with the team's shared file (or: crm sync status)",
                         description="Merge this laptop's data with the shared file. The "
                         "passphrase comes from --passphrase-file, CRM_SYNC_PASSPHRASE, the "
                         "OS keyring, or a prompt.")
    cmd.add_argument("path", nargs="?", help="the shared file, or one of: status, devices, "
                     "retire DEVICE, rekey (default: the file of the last sync)")
    cmd.add_argument("device", nargs="?", help="with retire: the laptop's device id (or the "
                     "start of it, as `crm sync devices` shows it)")
    cmd.add_argument("--file", type=Path, help="with status, devices, retire or rekey: the "
                     "shared file (default: the file of the last sync)")
    cmd.add_argument("--new-passphrase-file", type=Path, help="with rekey: file holding the "
                     "new passphrase (or CRM_SYNC_NEW_PASSPHRASE, or a prompt)")
    cmd.add_argument("--passphrase-file", type=Path, help="file holding the team passphrase")
    cmd.add_argument("--create", action="store_true", help="start a new shared file at PATH "
                     "although this laptop synced with another one before")
    cmd.add_argument("--allow-mass-delete", action="store_true",
                     help="apply a sync that deletes most records of one kind here")
    cmd.set_defaults(func=cmd_sync)
    con = sub.add_parser("conflicts", help="edits that raced on another laptop")
    con_sub = con.add_subparsers(dest="conflicts_command", required=True, metavar="ACTION")
    listing = con_sub.add_parser("list", help="open conflicts")
    listing.add_argument("--all", action="store_true", help="include resolved ones")
    listing.set_defaults(func=cmd_conflicts_list)
    res = con_sub.add_parser("resolve", help="keep one side of a conflict")
    res.add_argument("id", type=int)
    res.add_argument("--keep", choices=["mine", "theirs"], required=True)
    res.set_defaults(func=cmd_conflicts_resolve)
    erase = sub.add_parser("erase", help="GDPR: erase a contact's personal data everywhere "
                           "(this laptop now, the shared file at the next sync)")
    erase.add_argument("id")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(func=cmd_erase)


def _prompt() -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass("Team sync passphrase: ")


def cmd_sync(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.path == "status":
        return cmd_status(ctx, args)
    if args.path in sync_admin.ACTIONS:
        return sync_admin.ACTIONS[args.path](ctx, args)
    if args.device:
        raise DomainError(f"unexpected argument {args.device!r} (see crm sync --help)")
    crm = ctx.crm
    target = args.path or crm.settings.get(PATH_SETTING)
    if not target:
        raise DomainError("which shared file? give its path: crm sync PATH")
    path = Path(target).expanduser().absolute()
    missing = location.missing_after_sync(crm.db, path)
    if missing is not None and not args.create:
        raise DomainError(missing.describe(path) + " To start a new shared file there, "
                          "add --create")
    prompt = _prompt if sys.stdin.isatty() else None
    secret = passphrase.find(path, args.passphrase_file, prompt)
    try:
        report = sync(crm.db, path, secret.value,
                      allow_mass_delete=getattr(args, "allow_mass_delete", False))
    except OSError as exc:  # the storage refused: one line, never an internal error
        raise write_error(path, exc, "use") from exc
    except PassphraseChanged as exc:
        raise DomainError(sync_admin.changed_hint(exc, path)) from exc
    notes = [*report.warnings, *copies.foreign_copy_notes(path)]
    if secret.source in ("file", "prompt"):
        message = passphrase.remember(path, secret.value)
        if message:
            notes.append(message)
    crm.settings.set(PATH_SETTING, str(path))
    data = {"path": str(path), **report.as_dict(), "warnings": notes}
    ctx.emit(data, lambda: _describe(report, notes))
    return 0


def _describe(report: SyncReport, notes: list[str]) -> str:
    lines = [report.summary()]
    if report.created_file:
        lines.append("the shared file was created")
    if report.copies_merged:
        lines.append("conflicted copies merged and archived: " + ", ".join(report.copies_merged))
    if report.possible_duplicates:
        lines.append(f"possible duplicates received: {len(report.possible_duplicates)} "
                     "(both kept; review them: crm duplicates)")
    lines.append(f"conflicts: {report.new_conflicts} new, {report.open_conflicts} open"
                 + (" (see: crm conflicts list)" if report.open_conflicts else ""))
    lines += [f"note: {n}" for n in notes]
    return "\n".join(lines)


def sync_status(ctx: CliContext) -> dict[str, Any]:
    crm = ctx.crm
    with crm.db.engine.begin() as connection:
        device = changelog.device_id(connection)
        sent = changelog.get_state(connection, "sent_upto") or ""
        pending = int(connection.exec_driver_sql(
            "SELECT count(*) FROM sync_row WHERE max_hlc > ? AND max_hlc LIKE ?",
            (sent, f"%.{device}")).scalar() or 0)
        last = changelog.get_state(connection, "last_sync")
        open_conflicts = conflicts.count_open(connection)
    return {"device_id": device, "shared_file": crm.settings.get(PATH_SETTING),
            "rows_to_send": pending, "open_conflicts": open_conflicts,
            "last_sync": json.loads(last) if last else None}


def cmd_status(ctx: CliContext, _args: argparse.Namespace) -> int:
    status = sync_status(ctx)

    def text() -> str:
        last = status["last_sync"]
        when = last["finished_at"] if last else "never"
        return "\n".join([
            f"shared file: {status['shared_file'] or '(none yet)'}",
            f"this laptop: device {status['device_id']}",
            f"last sync: {when}",
            f"records changed here since: {status['rows_to_send']}",
            f"open conflicts: {status['open_conflicts']}",
        ])

    ctx.emit(status, text)
    return 0


def cmd_conflicts_list(ctx: CliContext, args: argparse.Namespace) -> int:
    items = conflicts.list_conflicts(ctx.crm.db, include_resolved=args.all)

    def short(value: Any) -> str:
        text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
        return text if len(text) <= 40 else text[:39] + "…"

    ctx.emit(items, lambda: table(
        [[str(i["id"]), i["table"], i["field"], short(i["mine"]), short(i["theirs"]), i["kept"],
          i["row_id"]] for i in items],
        ["id", "kind", "field", "mine", "theirs", "kept", "record"]))
    return 0


def cmd_conflicts_resolve(ctx: CliContext, args: argparse.Namespace) -> int:
    item = conflicts.resolve(ctx.crm.db, args.id, args.keep, ctx.crm.clock)
    ctx.emit(item, f"conflict {args.id}: kept {args.keep}'s value of {item['field']}; "
             "it reaches the other laptops at the next sync")
    return 0


def cmd_erase(ctx: CliContext, args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            raise DomainError("erasure cannot be undone: add --yes to confirm")
        answer = input(f"Erase contact {args.id} and their notes for good? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            raise DomainError("nothing erased")
    shared = ctx.crm.settings.get(PATH_SETTING)
    counts = erase_contact(ctx.crm.db, args.id, ctx.crm.clock,
                           shared_file=Path(shared) if shared else None)
    ctx.emit(counts, f"erased contact {args.id} ({counts['notes']} notes, "
             f"{counts['followups']} follow-ups, named in {counts['meetings']} meetings; "
             f"{counts['archived_copies']} archived conflicted copies and "
             f"{counts['backups']} pre-migration backups deleted); the shared file follows "
             "at the next sync")
    return 0
