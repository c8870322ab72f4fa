"""`crm import`, `crm export`, `crm duplicates`, `crm merge` (registered by crm_app.cli.main)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from crm_app.cli.context import CliContext, table
from crm_app.domain.errors import DomainError
from crm_app.io.clean import REVIEW_TAG
from crm_app.io.export import EXPORT_KINDS, ExportFilter
from crm_app.io.preview import ON_DUPLICATE, ImportPreview
from crm_app.io.service import IMPORT_FORMATS, ImportExport
from crm_app.io.textfile import decode_file
from crm_app.services import duplicates, merge

SHOWN_ROWS = 50


def _months(text: str) -> int:
    """1 to 120 months: a repeating event is not expanded for ever."""
    try:
        months = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a number of months, not {text!r}") from None
    if not 1 <= months <= 120:
        raise argparse.ArgumentTypeError("between 1 and 120 months")
    return months


def _mapping(items: list[str] | None) -> dict[str, str] | None:
    if not items:
        return None
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip():
            raise DomainError(f"--map takes COLUMN=field, not {item!r}")
        mapping[column.strip()] = target.strip()
    return mapping


def _preview_text(preview: ImportPreview, applied: dict[str, Any] | None) -> str:
    counts = preview.counts()
    lines = [f"{preview.source}: {preview.format}"
             + (f", {preview.encoding}" if preview.encoding else "")
             + (f" ({preview.encoding_note})" if preview.encoding_note else "")]
    lines.append(", ".join(f"{counts[k]} to {k}" if k in {"create", "update", "merge"}
                           else f"{counts[k]} {'skipped' if k == 'skip' else 'refused'}"
                           for k in ("create", "update", "merge", "skip", "refuse"))
                 + f"; {counts['warnings']} with warnings")
    if counts["organisations"]:
        lines.append(f"{counts['organisations']} organisation(s) among them")
    if counts["needs_review"]:
        lines.append(f"{counts['needs_review']} value(s) need review (kept as typed in the "
                     f"notes, tagged {REVIEW_TAG!r})")
    if counts["new_attendees"]:
        lines.append(f"{counts['new_attendees']} attendee(s) become new contacts")
    lines.extend(f"warning: {w}" for w in preview.warnings)
    notable = [r for r in preview.rows if r.action in {"refuse", "skip"} or r.warnings]
    for row in notable[:SHOWN_ROWS]:
        detail = row.reason or "; ".join(row.warnings)
        if row.review:
            detail += f" [{len(row.review)} to review]"
        if row.reason and row.warnings:
            detail += " (" + "; ".join(row.warnings) + ")"
        lines.append(f"  line {row.line}: {row.action} {row.label}: {detail}")
    if len(notable) > SHOWN_ROWS:
        lines.append(f"  ... and {len(notable) - SHOWN_ROWS} more (use --json for the first "
                     f"{len(preview.rows):,} rows)")
    if applied is None:
        lines.append("dry run: nothing was changed")
    else:
        lines.append(f"imported (batch {applied['id']}); undo with: crm import --undo")
    return "\n".join(lines)


def _refuse_if_nothing_importable(preview: ImportPreview, name: str) -> None:
    """A file where no row is a contact is refused as a whole, in one line."""
    refused = preview.counts()["refuse"]
    if refused and refused == preview.total():
        first = next(r for r in preview.rows if r.action == "refuse")
        raise DomainError(f"{Path(name).name}: no record could be read ({refused} "
                          f"refused; first, line {first.line}: {first.reason}); "
                          "nothing imported")


class TerminalProgress:
    """Rows done, on one line of standard error, only when a person watches a terminal."""

    def __init__(self, verb: str) -> None:
        self.verb = verb
        self.noun = "rows"
        self.shown = False
        self.live = sys.stderr.isatty()

    def set_phase(self, verb: str, noun: str) -> None:
        """A vCard or calendar file is read whole, then checked: say which (Ctrl+C stops
        either, nothing imported)."""
        self.verb, self.noun = verb, noun

    def __call__(self, done: int, total: int) -> None:
        if not self.live:
            return
        of = f" of {total:,} ({done * 100 // total} %)" if total else ""
        sys.stderr.write(f"\r{self.verb} {done:,} {self.noun}{of}   ")
        sys.stderr.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False


def cmd_import(ctx: CliContext, args: argparse.Namespace) -> int:
    service = ImportExport(ctx.crm)
    if args.undo:
        if args.file:
            raise DomainError("--undo takes no FILE (it undoes the last import)")
        undone = service.undo_last()
        ctx.emit(undone, f"undone: import of {undone['source']} at {undone['applied_at'][:19]}")
        return 0
    if not args.file:
        raise DomainError("give a FILE to import (or --undo)")
    mapping = _mapping(args.map)
    if args.format == "qr":
        if args.file == "-":  # a scanner typing into the terminal, or a pipe
            text = sys.stdin.read()
        elif Path(args.file).is_file():
            text = decode_file(Path(args.file).read_bytes(), args.encoding).text
        else:
            raise DomainError(f"no such file: {args.file}")
        preview = service.preview_text(text, "qr", args.on_duplicate)
        _refuse_if_nothing_importable(preview, args.file)
        applied = service.apply(preview) if not args.dry_run and preview.changes_anything \
            else None
    else:
        shown = TerminalProgress("checked" if args.dry_run else "imported")
        try:
            if args.dry_run:
                preview = service.preview_file(Path(args.file), args.format, args.on_duplicate,
                                               mapping, args.encoding, progress=shown,
                                               repeat_months=args.repeat_months)
                applied = None
            else:
                preview, applied = service.import_file(
                    Path(args.file), args.format, args.on_duplicate, mapping, args.encoding,
                    progress=shown, repeat_months=args.repeat_months)
        finally:
            shown.end()
        _refuse_if_nothing_importable(preview, args.file)
    data = {**preview.as_dict(), "applied": applied}
    ctx.emit(data, lambda: _preview_text(preview, applied))
    return 0


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    ids = [i.strip() for item in args.ids or [] for i in item.split(",") if i.strip()]
    flt = ExportFilter(ids=ids, country=args.country, tag=args.tag, event_id=args.event)
    if args.event and not ctx.crm.events.exists(args.event):
        raise DomainError(f"no event with id {args.event}")
    count = ImportExport(ctx.crm).export(args.kind, Path(args.output), flt, args.vcard_version)
    noun = "meeting(s)" if args.kind == "ics" else "contact(s)"
    ctx.emit({"file": str(args.output), "count": count}, f"{count} {noun} written to {args.output}")
    return 0


def cmd_duplicates(ctx: CliContext, args: argparse.Namespace) -> int:
    pairs = duplicates.scan(ctx.crm.db)[: args.limit]
    names = ctx.crm.queries.names([i for p in pairs for i in (p.a_id, p.b_id)])
    data = [{**p.as_dict(), "a_name": names.get(p.a_id, ""), "b_name": names.get(p.b_id, "")}
            for p in pairs]
    ctx.emit(data, lambda: table(
        [[str(d["score"]), d["a_name"], d["b_name"], "; ".join(d["reasons"])[:60],
          d["a_id"], d["b_id"]] for d in data],
        ["score", "contact", "looks like", "why", "id", "other id"]))
    return 0


def cmd_merge(ctx: CliContext, args: argparse.Namespace) -> int:
    crm = ctx.crm
    if args.undo:
        if args.ids:
            raise DomainError("--undo takes only the merge id")
        undone = merge.undo_merge(crm.db, args.undo, crm.clock)
        ctx.emit(undone, f"merge {undone['id']} undone; contact {undone['other_id']} is back")
        return 0
    if len(args.ids) != 2:
        raise DomainError("give ID_KEEP ID_OTHER (or --undo MERGE_ID)")
    choices = {}
    for item in args.take or []:
        field, sep, side = item.partition("=")
        if not sep:
            raise DomainError(f"--take takes FIELD=keep|other|both, not {item!r}")
        choices[field.strip()] = side.strip()
    who = str(crm.settings.profile().get("name") or getpass.getuser())
    record = merge.merge_contacts(crm.db, args.ids[0], args.ids[1], choices, who, crm.clock)
    ctx.emit(record, f"merged {record['other_id']} into {record['keep_id']} "
                     f"({record['moved']} linked row(s) moved); undo with: "
                     f"crm merge --undo {record['id']}")
    return 0


def register(sub: Any) -> None:
    """Add this area's sub-commands to the top-level parser's subparsers."""
    imp = sub.add_parser("import", help="import contacts (vCard, CSV, xlsx, QR text) or "
                         "meetings (.ics); prints the preview")
    imp.add_argument("file", nargs="?", help="file to import (with --format qr, - reads the "
                     "scanned text from standard input)")
    imp.add_argument("--format", choices=IMPORT_FORMATS, help="default: from the file")
    imp.add_argument("--dry-run", action="store_true", help="show the preview, change nothing")
    imp.add_argument("--on-duplicate", choices=ON_DUPLICATE, default="skip",
                     help="a row matching an existing record: skip it (default), update it "
                          "with the file's values, or merge (fill empty fields, add emails, "
                          "phones and tags)")
    imp.add_argument("--map", action="append", metavar="COLUMN=field",
                     help="map a CSV/xlsx column to a field (repeat); fields: given_name, "
                          "family_name, full_name, email, phone, organisation, job_title, "
                          "country, notes, tags, home_street, birthday, website, extra (the "
                          "notes, under the column's name; the default for unknown columns), "
                          "ignore, ...")
    imp.add_argument("--encoding", help="read the file in this encoding (e.g. utf-8, "
                     "windows-1252, shift_jis) instead of the detected one")
    imp.add_argument("--repeat-months", type=_months, metavar="N",
                     help="calendars: import the occurrences of repeating events from now to "
                          "N months ahead (default 12)")
    imp.add_argument("--undo", action="store_true", help="undo the last import")
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser("export", help="export contacts (vcard, csv, xlsx) or meetings (ics)")
    exp.add_argument("kind", choices=EXPORT_KINDS)
    exp.add_argument("-o", "--output", required=True, help="file to write")
    exp.add_argument("--country", help="only contacts of this country (ISO code)")
    exp.add_argument("--tag", help="only contacts with this tag")
    exp.add_argument("--event", help="only what relates to this event id")
    exp.add_argument("--ids", action="append", help="only these record ids (comma-separated)")
    exp.add_argument("--vcard-version", choices=["3.0", "4.0"], default="3.0")
    exp.set_defaults(func=cmd_export)

    dup = sub.add_parser("duplicates", help="list contacts that look like the same person")
    dup.add_argument("--limit", type=int, default=200)
    dup.set_defaults(func=cmd_duplicates)

    mrg = sub.add_parser("merge", help="merge ID_OTHER into ID_KEEP (undo with --undo)")
    mrg.add_argument("ids", nargs="*", metavar="ID", help="ID_KEEP ID_OTHER")
    mrg.add_argument("--take", action="append", metavar="FIELD=keep|other|both",
                     help="which value a field keeps (default: the kept contact's, filled "
                          "from the other; emails/phones united)")
    mrg.add_argument("--undo", metavar="MERGE_ID", help="undo a merge")
    mrg.set_defaults(func=cmd_merge)
