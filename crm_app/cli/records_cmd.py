"""`crm contact|org|event|meeting|followup|note|staff add|edit|show|list|delete` and friends.

Options are generated from the field specs in crm_app.domain.schema, so a field added there is
at once settable from the command line with the same validation as in the app.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from crm_app.cli.context import CliContext, table
from crm_app.domain import value_labels
from crm_app.domain.address import COMPACT_HELP, one_line, parse_compact
from crm_app.domain.all_day import day_range, whole_days
from crm_app.domain.errors import ValidationError
from crm_app.domain.normalise import format_phone
from crm_app.domain.schema import ENTITIES, FieldSpec

COMMAND_NAMES = {
    "contact": "contact", "org": "organisation", "event": "event", "meeting": "meeting",
    "followup": "followup", "note": "note", "staff": "staff",
}
LIST_KINDS = {"emails", "phones", "enum_list", "strings"}
# Columns shown by `list`, per entity.
LIST_COLUMNS: dict[str, list[str]] = {
    "contact": ["id", "family_name", "given_name", "job_title", "country", "emails"],
    "organisation": ["id", "name", "kind", "side", "country", "city"],
    "event": ["id", "name", "kind", "city", "start_date", "timezone"],
    "meeting": ["id", "starts_at", "timezone", "subject", "status", "place"],
    "followup": ["id", "due_date", "status", "priority", "title", "owner"],
    "note": ["id", "noted_at", "body"],
    "staff": ["id", "name", "office", "email"],
}


_BOOL_HELP = {"all_day": "a date-only meeting: --starts-at takes a date (YYYY-MM-DD), "
                         "--duration-minutes whole days (1440 a day; 3 days = 4320)"}


def _option(spec: FieldSpec) -> str:
    return "--" + spec.name.replace("_", "-")


def _add_field_options(parser: argparse.ArgumentParser, entity: str) -> None:
    for spec in ENTITIES[entity].fields:
        if spec.kind in LIST_KINDS:
            parser.add_argument(_option(spec), dest=spec.name, action="append", metavar="VALUE",
                                help=f"{spec.label} (repeat or separate with commas)")
        elif spec.kind == "bool":  # --all-day / --no-all-day; neither leaves it as it is
            parser.add_argument(_option(spec), dest=spec.name, default=None,
                                action=argparse.BooleanOptionalAction, help=_BOOL_HELP.get(
                                    spec.name, spec.label))
        else:
            hint = "local time YYYY-MM-DD HH:MM" if spec.kind == "datetime" else spec.kind
            if spec.choices is not None:
                hint = "|".join(c.value for c in spec.choices)
            parser.add_argument(_option(spec), dest=spec.name, metavar="VALUE",
                                help=f"{spec.label} ({hint})")
    links = ENTITIES[entity].links
    if "tags" in links:
        parser.add_argument("--tag", dest="tags", action="append", metavar="NAME",
                            help="tag (repeat); on edit, replaces the tags")
    if "addresses" in links:
        parser.add_argument("--address", dest="address_texts", action="append",
                            metavar=COMPACT_HELP,
                            help="postal address, parts separated by ';' (KIND is work, home "
                                 "or other; empty parts allowed: 'home;;Tokyo;;;JP'); repeat "
                                 "for several; on edit, added to the contact's addresses")
        parser.add_argument("--clear-addresses", action="store_true",
                            help="on edit: remove the contact's addresses first")
    if "delegation" in links:
        parser.add_argument("--delegate", dest="delegation", action="append", metavar="ORG_ID",
                            help="Italian company in the delegation (repeat)")
    if "participants" in links:
        parser.add_argument("--contact", dest="p_contact", action="append", metavar="ID",
                            help="participating contact (repeat)")
        parser.add_argument("--company", dest="p_org", action="append", metavar="ORG_ID",
                            help="participating company (repeat)")
        parser.add_argument("--staff", dest="p_staff", action="append", metavar="STAFF_ID",
                            help="participating staff member (repeat)")


def _values(args: argparse.Namespace, entity: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for spec in ENTITIES[entity].fields:
        value = getattr(args, spec.name, None)
        if value is None:
            continue
        if spec.kind in LIST_KINDS:
            value = [part.strip() for item in value for part in item.split(",") if part.strip()]
        values[spec.name] = value
    for link in ("tags", "delegation"):
        if getattr(args, link, None) is not None:
            values[link] = [p.strip() for item in getattr(args, link) for p in item.split(",")]
    participants = []
    for attr, column in (("p_contact", "contact_id"), ("p_org", "organisation_id"),
                         ("p_staff", "staff_id")):
        for item in getattr(args, attr, None) or []:
            participants.append({column: item})
    if participants:
        values["participants"] = participants
    texts = getattr(args, "address_texts", None) or []
    if texts:
        values["addresses"] = [parse_compact(text) for text in texts]
    return values


def _with_current_addresses(ctx: CliContext, args: argparse.Namespace,
                            changes: dict[str, Any]) -> dict[str, Any]:
    """`edit --address` adds to the contact's addresses (all removed by --clear-addresses)."""
    if not getattr(args, "clear_addresses", False) and "addresses" in changes:
        current = ctx.crm.contacts.get(args.id)["addresses"]
        changes = {**changes, "addresses": [*current, *changes["addresses"]]}
    elif getattr(args, "clear_addresses", False):
        changes = {**changes, "addresses": changes.get("addresses", [])}
    return changes


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(format_phone(v) if str(v).startswith("+") else str(v) for v in value)
    if value is None:
        return ""
    text = str(value).replace("\n", " ")
    return text if len(text) <= 48 else text[:47] + "…"


def meeting_when(record: dict[str, Any]) -> str:
    """When a meeting is, as a person reads it: the day or days of an all-day one (no
    time), the start in UTC ISO text of one with a time (as before)."""
    if not record.get("all_day") or not record.get("starts_at"):
        return str(record.get("starts_at") or "")
    first, last = day_range(datetime.fromisoformat(str(record["starts_at"])),
                            str(record.get("timezone") or "UTC"), record.get("duration_minutes"))
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def _shown(entity: str, record: dict[str, Any]) -> dict[str, Any]:
    if entity != "meeting" or not record.get("all_day"):
        return record
    days = whole_days(record.get("duration_minutes"))
    return {**record, "starts_at": meeting_when(record),
            "duration_minutes": f"{days} day" + ("s" if days > 1 else "")}


def _show_text(entity: str, record: dict[str, Any]) -> str:
    record = _shown(entity, record)
    width = max(len(k) for k in record)
    lines = [f"{ENTITIES[entity].label.capitalize()} {record['id']}"]
    types = value_labels.as_dict(record.get("value_labels"))
    for key, value in record.items():
        if key in {"id", "value_labels"} or value in (None, "", []) or value is False:
            continue  # the types are shown after each email and phone
        if key in {"emails", "phones"}:
            value = [(format_phone(v) if key == "phones" else v)
                     + (f" ({types[v]})" if types.get(v) else "") for v in value]
        if key == "addresses":
            for address in value:
                label = f" ({address['label']})" if address.get("label") else ""
                lines.append(f"  {'address'.ljust(width)}  {address['kind']}{label}: "
                             f"{one_line(address)}")
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value = "; ".join(", ".join(f"{k}={v}" for k, v in item.items()) for item in value)
        elif isinstance(value, list):
            value = ", ".join(value)
        lines.append(f"  {key.ljust(width)}  {value}")
    return "\n".join(lines)


def _list_text(ctx: CliContext, entity: str, rows: list[dict[str, Any]]) -> str:
    columns = LIST_COLUMNS[entity]
    rows = [_shown(entity, r) for r in rows]
    if "owner" in columns:  # a person reads names, not ids
        names = ctx.crm.queries.names(sorted({r["owner_id"] for r in rows if r["owner_id"]}))
        rows = [{**r, "owner": names.get(r["owner_id"] or "", "")} for r in rows]
    return table([[_cell(r.get(c)) for c in columns] for r in rows], columns)


def cmd_add(ctx: CliContext, args: argparse.Namespace) -> int:
    entity = COMMAND_NAMES[args.area]
    record = ctx.crm.records(entity).create(_values(args, entity))
    ctx.emit(record, lambda: f"created {ENTITIES[entity].label} {record['id']}")
    if entity == "contact":
        _warn_duplicates(ctx, record)
    return 0


def _warn_duplicates(ctx: CliContext, record: dict[str, Any]) -> None:
    """The contact is kept (nothing typed is lost); the person is told whom it may repeat."""
    from crm_app.services.duplicates import find_matches

    matches = find_matches(ctx.crm.db, record, exclude_id=record["id"])[:3]
    names = ctx.crm.queries.names([m.record_id for m in matches])
    for match in matches:
        print(f"crm: warning: possible duplicate of {names.get(match.record_id, '?')} "
              f"({match.reason}), id {match.record_id}; "
              f"`crm merge {match.record_id} {record['id']}` merges them", file=sys.stderr)


def cmd_edit(ctx: CliContext, args: argparse.Namespace) -> int:
    entity = COMMAND_NAMES[args.area]
    changes = _values(args, entity)
    if entity == "contact":
        changes = _with_current_addresses(ctx, args, changes)
    if not changes:
        raise ValidationError("edit", "nothing to change: give at least one --field VALUE")
    record = ctx.crm.records(entity).update(args.id, changes)
    ctx.emit(record, lambda: f"updated {ENTITIES[entity].label} {record['id']}")
    return 0


def cmd_show(ctx: CliContext, args: argparse.Namespace) -> int:
    entity = COMMAND_NAMES[args.area]
    record = ctx.crm.records(entity).get(args.id)
    ctx.emit(record, lambda: _show_text(entity, record))
    return 0


def cmd_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    entity = COMMAND_NAMES[args.area]
    record = ctx.crm.records(entity).delete(args.id)
    ctx.emit(record, lambda: f"moved {ENTITIES[entity].label} {args.id} to the Trash "
                             f"(crm restore {args.id} brings it back)")
    return 0


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> int:
    entity = COMMAND_NAMES[args.area]
    crm = ctx.crm
    if entity == "followup" and (args.overdue or args.due_within is not None):
        rows = crm.queries.followups_due(overdue=args.overdue, due_within_days=args.due_within,
                                         owner_id=args.owner)
        rows = rows[args.offset: args.offset + args.limit]
    elif entity == "meeting" and (args.event or args.day):
        from crm_app.domain.normalise import normalise_timezone, parse_date
        day = parse_date("--day", args.day) if args.day else None
        zone = normalise_timezone("--zone", args.zone) if args.zone else None
        if zone is None and args.event:
            zone = crm.events.get(args.event)["timezone"]
        rows = crm.queries.meetings(event_id=args.event, day=day, zone=zone or "UTC",
                                    limit=args.limit)
    else:
        filters: dict[str, Any] = {}
        for name in ("country", "status", "owner_id", "organisation_id", "event_id", "side"):
            value = getattr(args, f"f_{name}", None)
            if value:
                filters[name] = value
        rows = crm.records(entity).list(filters=filters, limit=args.limit, offset=args.offset)
        if not ctx.as_json and len(rows) == args.limit:
            total = crm.records(entity).count(filters=filters)
            footer = f"\n({len(rows)} of {total} shown; use --limit and --offset for more)"
            ctx.emit(rows, lambda: _list_text(ctx, entity, rows) + footer)
            return 0
    ctx.emit(rows, lambda: _list_text(ctx, entity, rows))
    return 0


def cmd_done(ctx: CliContext, args: argparse.Namespace) -> int:
    record = ctx.crm.followups.update(args.id, {"status": "done"})
    ctx.emit(record, lambda: f"follow-up {args.id} done")
    return 0


def cmd_timeline(ctx: CliContext, args: argparse.Namespace) -> int:
    entity = COMMAND_NAMES[args.area]
    items = ctx.crm.queries.timeline(entity, args.id)
    data = [{"kind": i.kind, "id": i.record_id, "when": i.when.isoformat(), "title": i.title,
             "detail": i.detail} for i in items]
    ctx.emit(data, lambda: table([[d["when"][:16], d["kind"], d["title"], d["detail"]]
                                  for d in data], ["when", "kind", "title", "detail"]))
    return 0


def register(sub: Any) -> None:
    for area, entity in COMMAND_NAMES.items():
        label = ENTITIES[entity].label
        parser = sub.add_parser(area, help=f"{label}s: add, edit, show, list, delete")
        parser.set_defaults(area=area)
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        add = actions.add_parser("add", help=f"create a {label}")
        _add_field_options(add, entity)
        add.set_defaults(func=cmd_add)
        edit = actions.add_parser("edit", help=f"change fields of a {label}")
        edit.add_argument("id")
        _add_field_options(edit, entity)
        edit.set_defaults(func=cmd_edit)
        for name, func, text in (("show", cmd_show, "show one"),
                                 ("delete", cmd_delete, "move to the Trash")):
            one = actions.add_parser(name, help=f"{text} {label}")
            one.add_argument("id")
            one.set_defaults(func=func)
        listing = actions.add_parser("list", help=f"list {label}s")
        listing.add_argument("--limit", type=int, default=200)
        listing.add_argument("--offset", type=int, default=0)
        for name in ("country", "status", "side"):
            listing.add_argument(f"--{name}", dest=f"f_{name}")
        listing.add_argument("--organisation", dest="f_organisation_id", metavar="ORG_ID")
        if entity == "followup":
            listing.add_argument("--overdue", action="store_true", help="due before today")
            listing.add_argument("--due-within", type=int, metavar="DAYS",
                                 help="due within DAYS days (7 = this week)")
            listing.add_argument("--owner", dest="owner", metavar="STAFF_ID")
            done = actions.add_parser("done", help="mark a follow-up done")
            done.add_argument("id")
            done.set_defaults(func=cmd_done)
        else:
            listing.add_argument("--owner", dest="f_owner_id", metavar="STAFF_ID")
        if entity == "meeting":
            listing.add_argument("--event", metavar="EVENT_ID")
            listing.add_argument("--day", metavar="YYYY-MM-DD")
            listing.add_argument("--zone", help="time zone of --day (default: the event's)")
        listing.set_defaults(func=cmd_list, overdue=False, due_within=None, owner=None,
                             event=None, day=None, zone=None)
        if entity in {"contact", "organisation"}:
            timeline = actions.add_parser("timeline", help="meetings, follow-ups and notes")
            timeline.add_argument("id")
            timeline.set_defaults(func=cmd_timeline)
