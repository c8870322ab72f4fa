"""`crm privacy export|review`: subject access and the retention review (GDPR)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from crm_app import fileio
from crm_app.cli.context import CliContext, table
from crm_app.cli.db_cmd import crm_for
from crm_app.domain.enums import LawfulBasis
from crm_app.domain.errors import DomainError
from crm_app.domain.normalise import parse_date
from crm_app.services.privacy import access, audit, consent, retention


def register(sub: Any) -> None:
    """Add this area's sub-commands to the top-level parser's subparsers."""
    privacy = sub.add_parser("privacy", help="GDPR: subject access export, retention review, "
                             "audit log")
    actions = privacy.add_subparsers(dest="privacy_command", required=True, metavar="ACTION")
    exp = actions.add_parser("export", help="everything held about one contact, as JSON or "
                             "PDF (by the file's extension)")
    exp.add_argument("id", metavar="CONTACT_ID")
    exp.add_argument("-o", "--output", required=True, type=Path, help="FILE.json or FILE.pdf")
    exp.add_argument("--db-passphrase-file", type=Path, help="passphrase of an encrypted "
                     "database (else CRM_DB_PASSPHRASE)")
    exp.set_defaults(func=cmd_export)

    rev = actions.add_parser(
        "review", help="contacts inactive for the retention period or without a valid basis",
        description="Lists contacts with no meeting, note or follow-up within --older-than, "
        "with no lawful basis, or whose consent is older than --consent-valid. With an action "
        "it applies to every listed contact (or to --ids among them).")
    rev.add_argument("--older-than", default="24m", help="retention period: 90d, 24m, 2y "
                     "(default 24m)")
    rev.add_argument("--consent-valid", default="24m", help="how long consent lasts "
                     "(default 24m)")
    rev.add_argument("--ids", action="append", help="only these contact ids (comma-separated)")
    acts = rev.add_mutually_exclusive_group()
    acts.add_argument("--renew", action="store_true", help="record a renewed basis today")
    acts.add_argument("--anonymise", action="store_true", help="keep the record, drop who "
                      "the person is")
    acts.add_argument("--erase", action="store_true", help="erase everywhere (the shared "
                      "file at the next sync); cannot be undone")
    rev.add_argument("--reason", help="why the basis is renewed (with --renew)")
    rev.add_argument("--basis", choices=[b.value for b in LawfulBasis],
                     help="lawful basis to record with --renew")
    rev.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rev.add_argument("--db-passphrase-file", type=Path, help="passphrase of an encrypted "
                     "database (else CRM_DB_PASSPHRASE)")
    rev.set_defaults(func=cmd_review)

    con = actions.add_parser("consent", help="record a contact's lawful basis: date, "
                             "source, scope, expiry (each change is kept in its history)")
    con.add_argument("id", metavar="CONTACT_ID")
    con.add_argument("--basis", choices=[b.value for b in LawfulBasis])
    con.add_argument("--date", metavar="YYYY-MM-DD", help="when it was given (default: "
                     "today with a new --basis)")
    con.add_argument("--source", help="where it came from (badge scan at BIO 2026, form, ...)")
    con.add_argument("--scope", help="what it covers (event invitations, newsletter, ...)")
    con.add_argument("--expires", metavar="YYYY-MM-DD", help="until when it holds")
    con.add_argument("--note", help="replaces the consent note")
    con.add_argument("--history", action="store_true", help="print the consent history")
    con.add_argument("--db-passphrase-file", type=Path, help="passphrase of an encrypted "
                     "database (else CRM_DB_PASSPHRASE)")
    con.set_defaults(func=cmd_consent)

    aud = actions.add_parser("audit", help="the audit log: who did what to which record "
                             "(ids and field names only)")
    aud.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    aud.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    aud.add_argument("--record", metavar="ID", help="only this record")
    aud.add_argument("-o", "--output", type=Path, help="CSV file to write (else printed)")
    aud.add_argument("--db-passphrase-file", type=Path, help="passphrase of an encrypted "
                     "database (else CRM_DB_PASSPHRASE)")
    aud.set_defaults(func=cmd_audit)


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    output: Path = args.output
    kind = output.suffix.lower()
    if kind not in {".json", ".pdf"}:
        raise DomainError("give a FILE.json or a FILE.pdf")
    if not output.parent.is_dir():
        raise DomainError(f"folder {output.parent} does not exist")
    crm = crm_for(ctx, args.db_passphrase_file)
    data = access.subject_access(crm.db, args.id, crm.clock)
    if kind == ".pdf":
        from crm_app.services.privacy.access_pdf import render_pdf  # ReportLab: only here

        _write_bytes(output, render_pdf(data))
    else:
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str)
        _write_bytes(output, (text + "\n").encode("utf-8"))
    audit.record_in(crm.db, "exported", "contact", [args.id], at=crm.clock())
    counts = {k: len(v) for k, v in data["records"].items()}
    ctx.emit({"file": str(output), "records": counts},
             f"wrote {output}: the contact and "
             + (", ".join(f"{n} {k}(s)" for k, n in sorted(counts.items())) or "no other record")
             + "; it holds personal data: hand it over securely")
    return 0


def _ids(items: list[str] | None) -> list[str] | None:
    if not items:
        return None
    return [i.strip() for item in items for i in item.split(",") if i.strip()]


def _confirm(what: str, count: int, yes: bool) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise DomainError(f"{what} {count} contact(s): add --yes to confirm")
    answer = input(f"{what} {count} contact(s)? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise DomainError("nothing was changed")


def cmd_review(ctx: CliContext, args: argparse.Namespace) -> int:
    older = retention.Period.parse(args.older_than, "--older-than")
    valid = retention.Period.parse(args.consent_valid, "--consent-valid")
    if (args.reason or args.basis) and not args.renew:
        raise DomainError("--reason and --basis go with --renew")
    crm = crm_for(ctx, args.db_passphrase_file)
    wanted = _ids(args.ids)
    items = retention.review(crm.db, older, valid, crm.clock, wanted)
    if wanted is not None:
        listed = {i.contact_id for i in items}
        outside = [i for i in wanted if i not in listed]
        if outside:
            raise DomainError(f"contact {outside[0]} is not due for review (or does not "
                              "exist); nothing was changed")
    ids = [i.contact_id for i in items]
    action = "renew" if args.renew else "anonymise" if args.anonymise else \
        "erase" if args.erase else None
    done = 0
    if action and ids:
        if action == "renew":
            if not (args.reason or "").strip():
                raise DomainError("--renew needs a --reason (it is kept in the consent note)")
            _confirm("Renew the basis of", len(ids), args.yes)
            done = retention.renew(crm.db, ids, args.reason, args.basis, crm.clock)
        elif action == "anonymise":
            _confirm("Anonymise", len(ids), args.yes)
            done = retention.anonymise(crm.db, ids, crm.clock)
        else:
            _confirm("Erase for good", len(ids), args.yes)
            done = retention.erase(crm.db, ids, crm.clock)
    data = {"older_than": str(older), "consent_valid": str(valid), "action": action,
            "done": done, "contacts": [i.as_dict() for i in items]}

    def text() -> str:
        listing = table([[i.name, (i.last_activity or "")[:10], "; ".join(i.reasons),
                          i.contact_id] for i in items],
                        ["contact", "last activity", "why", "id"])
        if action:
            past = {"renew": "renewed", "anonymise": "anonymised", "erase": "erased"}[action]
            listing += f"\n{done} contact(s) {past}"
            if action == "erase":
                listing += "; the shared file follows at the next sync"
        return listing

    ctx.emit(data, text)
    return 0


def _write(output: Path, text: str) -> None:
    """The audit log holds ids and field names only: the umask's mode, for the office."""
    fileio.write_bytes(output, text.encode("utf-8"))


def _write_bytes(output: Path, data: bytes) -> None:
    """Whole or not at all, readable by this user only: it is one person's data."""
    fileio.write_bytes(output, data, secret=True)


def cmd_audit(ctx: CliContext, args: argparse.Namespace) -> int:
    since = parse_date("from", args.date_from) if args.date_from else None
    until = parse_date("to", args.date_to) if args.date_to else None
    if since and until and until < since:
        raise DomainError("--to is before --from")
    output: Path | None = args.output
    if output is not None and not output.parent.is_dir():
        raise DomainError(f"folder {output.parent} does not exist")
    crm = crm_for(ctx, args.db_passphrase_file)
    rows = audit.entries(crm.db, since, until, args.record)
    if output is not None:
        _write(output, audit.to_csv(rows))
        ctx.emit({"file": str(output), "entries": len(rows)},
                 f"{len(rows)} audit entries written to {output}")
        return 0
    ctx.emit(rows, lambda: table(
        [[r["at"][:19], r["action"], r["table"], r["record_id"], " ".join(r["fields"])[:40],
          r["staff_id"][:8], r["device_id"]] for r in rows],
        ["when (UTC)", "action", "kind", "record", "fields", "staff", "laptop"]))
    return 0


def cmd_consent(ctx: CliContext, args: argparse.Namespace) -> int:
    values = {"basis": args.basis, "source": args.source, "scope": args.scope,
              "note": args.note,
              "date": parse_date("date", args.date) if args.date else None,
              "expires": parse_date("expires", args.expires) if args.expires else None}
    crm = crm_for(ctx, args.db_passphrase_file)
    if any(v is not None for v in values.values()):
        result = consent.set_consent(crm.db, args.id, values, crm.clock)
    else:
        result = None
        crm.contacts.get(args.id, include_deleted=True)  # an unknown id: one clear line
    history = consent.history(crm.db, args.id)
    if result is None and not args.history:
        raise DomainError("give --basis, --date, --source, --scope, --expires or --note "
                          "(or --history)")

    def text() -> str:
        lines = []
        if result is not None:
            lines.append(f"consent of {args.id}: {result['consent_basis'] or 'no basis'}"
                         f", given {result['consent_date'] or '-'}, expires "
                         f"{result['consent_expires'] or '-'} ({result['status']})")
        if args.history or result is None:
            lines.append(table([[h["at"][:19], h["action"], h["basis"], h["date"] or "",
                                 h["expires"] or "", h["source"], h["scope"]]
                                for h in history],
                               ["when (UTC)", "action", "basis", "given", "expires",
                                "source", "scope"]))
        return "\n".join(lines)

    ctx.emit({"consent": result, "history": history}, text)
    return 0
