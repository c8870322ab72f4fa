"""The `crm` command: argument parsing, one place for error handling, top-level commands."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from crm_app.cli.context import CliContext, table
from crm_app.domain.errors import DatabaseBusy, DomainError, NotFound

log = logging.getLogger(__name__)

# The areas' commands, by module, with the help line `crm --help` shows. A module is imported
# (and its parser built) only when one of its commands runs, so `crm --help` and the record
# commands never load ReportLab, import/export, Alembic or the sync engine.
# tests/core/test_cli_process.py checks these lines against what each module registers.
RECORDS_MODULE = "crm_app.cli.records_cmd"
LAZY_COMMANDS: dict[str, dict[str, str]] = {
    RECORDS_MODULE: {
        "contact": "contacts: add, edit, show, list, delete",
        "org": "organisations: add, edit, show, list, delete",
        "event": "events: add, edit, show, list, delete",
        "meeting": "meetings: add, edit, show, list, delete",
        "followup": "follow-ups: add, edit, show, list, delete",
        "note": "notes: add, edit, show, list, delete",
        "staff": "staff members: add, edit, show, list, delete",
    },
    "crm_app.cli.sync_cmd": {
        "sync": "merge with the team's shared file (or: crm sync status)",
        "conflicts": "edits that raced on another laptop",
        "erase": "GDPR: erase a contact's personal data everywhere (this laptop now, the "
                 "shared file at the next sync)",
    },
    "crm_app.cli.report_cmd": {
        "report": "print meeting reports, follow-up lists and event reports to PDF",
    },
    "crm_app.cli.db_cmd": {
        "db": "the database file: status, encrypt, decrypt",
    },
    "crm_app.cli.privacy_cmd": {
        "privacy": "GDPR: subject access export, retention review, audit log",
    },
    "crm_app.cli.io_cmd": {
        "import": "import contacts (vCard, CSV, xlsx, QR text) or meetings (.ics); prints the "
                  "preview",
        "export": "export contacts (vcard, csv, xlsx) or meetings (ics)",
        "duplicates": "list contacts that look like the same person",
        "merge": "merge ID_OTHER into ID_KEEP (undo with --undo)",
    },
}


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line plus a hint, exit status 2."""

    def error(self, message: str) -> Any:
        self.exit(2, f"crm: error: {message} (see crm {self.prog.split(' ', 1)[-1]} --help)\n"
                  if " " in self.prog else f"crm: error: {message} (see crm --help)\n")


def cmd_init(ctx: CliContext, args: argparse.Namespace) -> int:
    from crm_app.db.database import file_state

    if file_state(ctx.db_path) != "missing" or args.plain:
        if args.recovery_passphrase_file is not None:
            raise DomainError(f"{ctx.db_path} exists already: --recovery-passphrase-file is "
                              "for a new database (to encrypt this one: crm db encrypt)")
        crm = ctx.crm
        state = "encrypted" if crm.db.encrypted else "plain"
        ctx.emit({"database": str(crm.db.path), "state": state},
                 f"database ready at {crm.db.path} ({state})")
        return 0
    from crm_app.cli.db_cmd import create_encrypted

    return create_encrypted(ctx, args.recovery_passphrase_file)


def cmd_demo(ctx: CliContext, args: argparse.Namespace) -> int:
    from crm_app.services.demo import generate_demo

    if args.contacts < 1 or args.contacts > 1_000_000:
        raise DomainError("--contacts must be between 1 and 1000000")
    counts = generate_demo(ctx.crm.db, args.contacts, seed=args.seed)
    ctx.emit(counts, lambda: "demo data added: " + ", ".join(f"{v} {k}" for k, v in
                                                              counts.items()))
    return 0


def cmd_search(ctx: CliContext, args: argparse.Namespace) -> int:
    kinds = tuple(args.kind) if args.kind else ("contact", "organisation", "event", "meeting")
    hits = ctx.crm.search.search(args.query, kinds=kinds, limit=args.limit)
    data = [{"kind": h.kind, "id": h.record_id, "title": h.title, "detail": h.detail}
            for h in hits]
    ctx.emit(data, lambda: table([[d["kind"], d["title"], d["detail"], d["id"]] for d in data],
                                 ["kind", "title", "detail", "id"]))
    return 0


def cmd_dump(ctx: CliContext, _args: argparse.Namespace) -> int:
    from crm_app.services.dump import dump_json

    print(dump_json(ctx.crm.db), file=ctx.out)
    return 0


def cmd_trash(ctx: CliContext, args: argparse.Namespace) -> int:
    items = ctx.crm.queries.trash(limit=args.limit)
    ctx.emit(items, lambda: table([[i["deleted_at"][:19], i["entity"], i["label"], i["id"]]
                                   for i in items], ["deleted", "kind", "record", "id"]))
    return 0


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    entity = ctx.crm.queries.find_entity(args.id)
    if entity is None:
        raise NotFound("record", args.id)
    record = ctx.crm.records(entity).restore(args.id)
    ctx.emit(record, f"restored {entity} {args.id}")
    return 0


def command_word(words: Sequence[str]) -> str | None:
    """The sub-command a command line names (the first word that is not a global option)."""
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word in ("--db", "--db-passphrase-file"):
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; an area's module is imported only when `command` is one of its
    commands (None: every module, for tests and documentation)."""
    parser = Parser(prog="crm", description="Trade-mission CRM: contacts, organisations, "
                    "events, meetings and follow-ups kept offline on this laptop.")
    parser.add_argument("--db", type=Path, help="database file (default: your user data folder)")
    parser.add_argument("--db-passphrase-file", dest="top_passphrase_file", type=Path,
                        metavar="FILE",
                        help="file holding the recovery passphrase of an encrypted database "
                        "(else CRM_DB_PASSPHRASE, the OS keyring, or a prompt)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=Parser)
    init = sub.add_parser("init", help="create (encrypted) or upgrade the database",
                          description="A new database is encrypted: its random key is kept in "
                          "the OS keyring and wrapped by a recovery passphrase (from "
                          "--recovery-passphrase-file or CRM_DB_PASSPHRASE; else a recovery "
                          "key is generated and printed once).")
    init.add_argument("--recovery-passphrase-file", type=Path, metavar="FILE",
                      help="file holding the recovery passphrase for the new database")
    init.add_argument("--plain", action="store_true",
                      help="create an unencrypted database (tests, benchmarks)")
    init.set_defaults(func=cmd_init)
    demo = sub.add_parser("demo", help="add realistic multilingual demo data")
    demo.add_argument("--contacts", type=int, default=1000)
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(func=cmd_demo)
    _register_area(sub, RECORDS_MODULE, command)
    search = sub.add_parser("search", help="search contacts, organisations, events, meetings")
    search.add_argument("query")
    search.add_argument("--kind", action="append",
                        choices=["contact", "organisation", "event", "meeting"])
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(func=cmd_search)
    sub.add_parser("dump", help="canonical JSON of all live data").set_defaults(func=cmd_dump)
    trash = sub.add_parser("trash", help="list deleted records")
    trash.add_argument("--limit", type=int, default=200)
    trash.set_defaults(func=cmd_trash)
    restore = sub.add_parser("restore", help="bring a record back from the Trash")
    restore.add_argument("id")
    restore.set_defaults(func=cmd_restore)
    for module_name in LAZY_COMMANDS:
        if module_name != RECORDS_MODULE:
            _register_area(sub, module_name, command)
    return parser


def _register_area(sub: Any, module_name: str, command: str | None) -> None:
    commands = LAZY_COMMANDS[module_name]
    if command is None or command in commands:
        importlib.import_module(module_name).register(sub)
        return
    for name, text in commands.items():  # a stand-in that only lists it in `crm --help`
        sub.add_parser(name, help=text)


def main(argv: Sequence[str] | None = None, *, parsed: Callable[[], None] | None = None) -> int:
    """Run one command line; `parsed` is called once it is parsed (its area's modules
    imported), before the command runs (crm_app/cli/__init__.py resumes garbage collection)."""
    words = list(sys.argv[1:] if argv is None else argv)
    # --json is accepted anywhere on the line, as people type it after the command.
    as_json = "--json" in words
    words = [w for w in words if w != "--json"]
    try:
        args = build_parser(command_word(words) or "").parse_args(words)
    except SystemExit as exc:  # --help or a usage error: argparse already printed it
        return int(exc.code or 0)
    finally:
        if parsed is not None:
            parsed()
    ctx = CliContext(args.db, as_json, passphrase_file=args.top_passphrase_file)
    try:
        return int(args.func(ctx, args))
    except DatabaseBusy as exc:
        print(f"crm: {exc}", file=sys.stderr)
        return 75  # EX_TEMPFAIL: trying again later can work
    except DomainError as exc:
        print(f"crm: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("crm: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`crm contact list | head`): stop quietly, as Unix tools do.
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 141  # 128 + SIGPIPE
    except Exception as exc:  # one line for the user; the traceback only when asked for
        if os.environ.get("CRM_DEBUG"):
            raise
        if "database is locked" in str(exc):  # a lock held past busy_timeout, outside a session
            print(f"crm: {DatabaseBusy()}", file=sys.stderr)
            return 75
        print(f"crm: internal error: {type(exc).__name__}: {exc} "
              "(set CRM_DEBUG=1 for details)", file=sys.stderr)
        return 70
    finally:
        ctx.close()
