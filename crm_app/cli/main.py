"""The `crm` command: argument parsing, one place for error handling, top-level commands."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crm_app.cli import db_cmd, io_cmd, privacy_cmd, records_cmd, report_cmd, sync_cmd
from crm_app.cli.context import CliContext, table
from crm_app.domain.errors import DomainError, NotFound

log = logging.getLogger(__name__)


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line plus a hint, exit status 2."""

    def error(self, message: str) -> Any:
        self.exit(2, f"crm: error: {message} (see crm {self.prog.split(' ', 1)[-1]} --help)\n"
                  if " " in self.prog else f"crm: error: {message} (see crm --help)\n")


def cmd_init(ctx: CliContext, _args: argparse.Namespace) -> int:
    crm = ctx.crm
    ctx.emit({"database": str(crm.db.path)}, f"database ready at {crm.db.path}")
    return 0


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


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="crm", description="Trade-mission CRM: contacts, organisations, "
                    "events, meetings and follow-ups kept offline on this laptop.")
    parser.add_argument("--db", type=Path, help="database file (default: your user data folder)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=Parser)
    sub.add_parser("init", help="create or upgrade the database").set_defaults(func=cmd_init)
    demo = sub.add_parser("demo", help="add realistic multilingual demo data")
    demo.add_argument("--contacts", type=int, default=1000)
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(func=cmd_demo)
    records_cmd.register(sub)
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
    for module in (sync_cmd, report_cmd, io_cmd, db_cmd, privacy_cmd):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # --json is accepted anywhere on the line, as people type it after the command.
    as_json = "--json" in words
    words = [w for w in words if w != "--json"]
    try:
        args = build_parser().parse_args(words)
    except SystemExit as exc:  # --help or a usage error: argparse already printed it
        return int(exc.code or 0)
    ctx = CliContext(args.db, as_json)
    try:
        return int(args.func(ctx, args))
    except DomainError as exc:
        print(f"crm: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("crm: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # one line for the user; the traceback only when asked for
        if os.environ.get("CRM_DEBUG"):
            raise
        print(f"crm: internal error: {type(exc).__name__}: {exc} "
              "(set CRM_DEBUG=1 for details)", file=sys.stderr)
        return 70
    finally:
        ctx.close()
