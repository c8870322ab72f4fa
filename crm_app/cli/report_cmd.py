"""`crm report ...`: meeting reports, follow-up lists and event reports as PDF files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_app import fileio
from crm_app.cli.context import CliContext
from crm_app.domain.clock import utc_now
from crm_app.domain.errors import DomainError, ValidationError
from crm_app.domain.normalise import fold, parse_date
from crm_app.reports import ReportOptions, ReportRequest, record_printed, render_report
from crm_app.reports.i18n import LANGUAGES
from crm_app.reports.model import PAPERS
from crm_app.reports.source import Source

if TYPE_CHECKING:
    from crm_app.services.crm import Crm


def register(sub: Any) -> None:
    """Add this area's sub-commands to the top-level parser's subparsers."""
    report = sub.add_parser("report", help="print meeting reports, follow-up lists and event "
                            "reports to PDF")
    kinds = report.add_subparsers(dest="report_kind", required=True, metavar="REPORT")

    meeting = kinds.add_parser("meeting", help="the report of one meeting")
    meeting.add_argument("id", help="meeting id")
    _common(meeting)
    meeting.set_defaults(func=cmd_meeting)

    meetings = kinds.add_parser("meetings", help="every meeting report of an event and/or a "
                                "day in one PDF (each numbered on its own)")
    meetings.add_argument("--event", help="event id")
    meetings.add_argument("--day", help="YYYY-MM-DD, in the event's time zone")
    _common(meetings)
    meetings.set_defaults(func=cmd_meetings)

    followups = kinds.add_parser("followups", help="open follow-ups, grouped")
    followups.add_argument("--owner", help="staff id or name")
    followups.add_argument("--event", help="event id")
    followups.add_argument("--from", dest="date_from", help="due on or after YYYY-MM-DD")
    followups.add_argument("--to", dest="date_to", help="due on or before YYYY-MM-DD")
    followups.add_argument("--group-by", choices=["owner", "organisation"], default="owner")
    _common(followups)
    followups.set_defaults(func=cmd_followups)

    event = kinds.add_parser("event", help="the summary of an event for headquarters")
    event.add_argument("id", help="event id")
    _common(event)
    event.set_defaults(func=cmd_event)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")
    parser.add_argument("--lang", choices=list(LANGUAGES), default="en")
    parser.add_argument("--paper", choices=list(PAPERS), default="a4")


def _options(ctx: CliContext, args: argparse.Namespace) -> ReportOptions:
    # the clock of the opened Crm, or the same wall clock when it is not opened (yet)
    clock = ctx.crm.clock if ctx.crm_opened else utc_now
    return ReportOptions(lang=args.lang, paper=args.paper, generated_at=clock())


def _source(ctx: CliContext) -> Crm | Source:
    """The file read with plain SQL when it is at the head migration (no SQLAlchemy is
    loaded: a report prints in about half the time); else, or when a command already opened
    it, the `Crm` (which migrates the file first)."""
    if not ctx.crm_opened:
        from crm_app.reports.sql_source import SqlSource

        source = SqlSource.open(ctx.db_path.expanduser(), ctx.database_key())
        if source is not None:
            ctx.on_close(source.close)
            return source
    return ctx.crm


def _write(ctx: CliContext, args: argparse.Namespace, request: ReportRequest) -> int:
    output: Path = args.output
    fileio.check_target(output)  # a device, link or folder is refused before any work
    # before touching the file: errors leave it alone
    # Meetings chosen by event or day are listed through the Crm's queries (zones, all-day).
    listed = request.kind == "meetings" and not request.record_ids
    source = ctx.crm if listed else _source(ctx)
    rendered = render_report(source, request)
    pdf = rendered.pdf
    fileio.write_bytes(output, pdf)
    record_printed(source, rendered)
    for warning in rendered.warnings:  # one line per record with unprintable characters
        print(f"warning: {warning}", file=sys.stderr)
    ctx.emit({"report": request.kind, "file": str(output), "bytes": len(pdf),
              "warnings": list(rendered.warnings)},
             f"wrote {output} ({len(pdf) // 1024} KiB)")
    return 0


def cmd_meeting(ctx: CliContext, args: argparse.Namespace) -> int:
    return _write(ctx, args, ReportRequest("meeting", record_id=args.id,
                                           options=_options(ctx, args)))


def cmd_meetings(ctx: CliContext, args: argparse.Namespace) -> int:
    if not (args.event or args.day):
        raise DomainError("give --event, --day or both")
    day = parse_date("day", args.day) if args.day else None
    if args.event:
        ctx.crm.events.get(args.event)  # NotFound before any work
    return _write(ctx, args, ReportRequest("meetings", event_id=args.event, day=day,
                                           options=_options(ctx, args)))


def cmd_followups(ctx: CliContext, args: argparse.Namespace) -> int:
    request = ReportRequest(
        "followups", owner_id=_staff_id(ctx, args.owner) if args.owner else None,
        event_id=args.event, group_by=args.group_by,
        date_from=parse_date("from", args.date_from) if args.date_from else None,
        date_to=parse_date("to", args.date_to) if args.date_to else None,
        options=_options(ctx, args))
    return _write(ctx, args, request)


def cmd_event(ctx: CliContext, args: argparse.Namespace) -> int:
    return _write(ctx, args, ReportRequest("event", record_id=args.id,
                                           options=_options(ctx, args)))


def _staff_id(ctx: CliContext, owner: str) -> str:
    """A staff id, or a staff member's name (any case) when it names exactly one person."""
    if ctx.crm.staff.exists(owner):
        return owner
    matches = [s for s in ctx.crm.staff.list() if fold(s["name"]) == fold(owner)]
    if len(matches) == 1:
        return str(matches[0]["id"])
    if matches:
        raise ValidationError("owner", f"{len(matches)} staff members are called {owner!r}; "
                              "give the id")
    raise ValidationError("owner", f"no staff member {owner!r}")
