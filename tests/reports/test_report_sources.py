"""The two ways a report is read (the ORM, and the plain SQL of `crm report`) give the same
report data, the same PDFs and the same audit entries, on random databases, plain and
encrypted; and `crm report` reads without SQLAlchemy only when the file is at head."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import given as examples
from hypothesis import strategies as st
from sqlalchemy import JSON, Boolean, Date, DateTime, TypeDecorator, select

from crm_app.cli import report_cmd
from crm_app.cli.main import main as crm_main
from crm_app.db import cipher
from crm_app.db.models import Base, Contact
from crm_app.domain.errors import NotFound
from crm_app.reports import ReportRequest, record_printed, render_report
from crm_app.reports import sql_source as sql_module
from crm_app.reports.collect import event_data, followup_report_data, meeting_data
from crm_app.reports.model import ReportOptions
from crm_app.reports.orm_source import MODELS
from crm_app.reports.sql_source import SqlSource
from crm_app.services.crm import Crm
from tests.conftest import FakeClock

RAW_KEY = "x'" + "5a" * 32 + "'"
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

# (given, family, latin given, latin family, language): names in several scripts
NAMES = (
    ("太郎", "山田", "", "", "ja"), ("花子", "鈴木", "Hanako", "Suzuki", "ja"),
    ("Мария", "Иванова", "Maria", "Ivanova", "ru"), ("محمد", "العتيبي", "", "", "ar"),
    ("伟", "王", "Wei", "Wang", "zh"), ("민준", "김", "", "", "ko"),
    ("Ζωή", "Παπαδοπούλου", "", "", "el"), ("דוד", "כהן", "David", "Cohen", "he"),
    ("Łukasz", "Wiśniewski-Żółć", "", "", "pl"), ("Niccolò", "Bianchi", "", "", "it"),
    ("", "Rossi", "", "", ""), ("สมชาย", "ใจดี", "Somchai", "Jaidee", "th"),
)
ORGS = (("武田ファーマ株式会社", "foreign", "JP", "pharma"),
        ("ООО «Фармсинтез»", "foreign", "RU", "pharma,biotech"),
        ("Farmaceutici Lombardi S.p.A.", "italian", "IT", ""),
        ("Ελληνική Ιατρική Α.Ε.", "foreign", "GR", "diagnostics"))
ZONES = ("Asia/Tokyo", "Europe/Rome", "America/Sao_Paulo", "UTC")
STATUSES = ("open", "in_progress", "done", "cancelled")


def table_columns(kind: type) -> set[str]:
    """Columns of the report's tables stored as `kind` (a TypeDecorator by its impl)."""
    found = set()
    for name in sql_module.TABLES:
        for column in Base.metadata.tables[name].columns:
            stored = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
            if isinstance(stored, kind):
                found.add(column.key)
    return found


def test_the_sql_reader_converts_every_column_the_orm_converts() -> None:
    assert {m.__tablename__ for m in MODELS.values()} | {"contact_address"} == \
        sql_module.TABLES
    assert table_columns(DateTime) == sql_module.DATETIME_COLUMNS
    assert table_columns(Date) - table_columns(DateTime) == sql_module.DATE_COLUMNS
    assert table_columns(Boolean) == sql_module.BOOLEAN_COLUMNS
    assert table_columns(JSON) == sql_module.JSON_COLUMNS
    # every other column reads as SQLite gives it: text or integer
    other = {c.key: c.type.python_type for name in sql_module.TABLES
             for c in Base.metadata.tables[name].columns}
    assert {k for k, t in other.items() if t not in (str, int)} == (
        sql_module.DATETIME_COLUMNS | sql_module.DATE_COLUMNS | sql_module.BOOLEAN_COLUMNS
        | sql_module.JSON_COLUMNS)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty database at head, plain and encrypted, copied for every example."""
    folder = tmp_path_factory.mktemp("templates")
    made = {}
    for kind, key in (("plain", None), ("encrypted", RAW_KEY)):
        path = folder / f"{kind}.sqlite3"
        Crm.open(path, key=key).close()
        made[kind] = path
    return made


@contextmanager
def copied(template: Path, key: str | None) -> Iterator[tuple[Crm, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crm.sqlite3"
        shutil.copyfile(template, path)
        crm = Crm.open(path, FakeClock(NOW), key=key)
        try:
            yield crm, path
        finally:
            crm.close()


@st.composite
def worlds(draw: st.DrawFn) -> dict[str, Any]:
    """What to write: people, organisations, staff, events, meetings, follow-ups, and
    which of them end in the Trash."""
    people = draw(st.lists(st.tuples(
        st.sampled_from(NAMES), st.integers(-1, len(ORGS) - 1),
        st.lists(st.sampled_from(["work", "home", "mobile", "home fax", ""]), max_size=3),
        st.lists(st.sampled_from(["work", "home", "other"]), max_size=3),
        st.booleans()), min_size=1, max_size=6))
    staff = draw(st.integers(1, 3))
    events = draw(st.lists(st.tuples(st.sampled_from(ZONES), st.integers(0, 20)),
                           min_size=1, max_size=2))
    meetings = draw(st.lists(st.tuples(
        st.integers(0, len(events) - 1), st.integers(0, 200), st.booleans(),
        st.lists(st.tuples(st.sampled_from(["foreign", "italian"]),
                           st.integers(0, len(people) - 1)), max_size=4),
        st.lists(st.integers(0, staff - 1), max_size=2),
        st.lists(st.integers(0, len(ORGS) - 1), max_size=1),
        st.booleans(), st.booleans()), min_size=1, max_size=4))
    followups = draw(st.lists(st.tuples(
        st.integers(0, len(meetings) - 1), st.sampled_from(STATUSES), st.integers(-20, 20),
        st.booleans(), st.integers(-1, staff - 1), st.integers(-1, len(people) - 1),
        st.sampled_from(["Send the dossier", "Call back", "Price list", "Call back"]),
        st.booleans()), max_size=6))
    return {"people": people, "staff": staff, "events": events, "meetings": meetings,
            "followups": followups, "profile": draw(st.booleans())}


def build(crm: Crm, world: dict[str, Any]) -> dict[str, list[str]]:
    staff = [crm.staff.create({"name": f"Staff {i} Rossi", "office": "Tokyo office",
                               "email": f"s{i}@ita.example"})["id"]
             for i in range(world["staff"])]
    if world["profile"]:
        crm.settings.set_profile({"staff_id": staff[0], "name": "", "office": ""})
    orgs = [crm.organisations.create({"name": n, "side": s, "country": c, "sectors": sec})["id"]
            for n, s, c, sec in ORGS]
    contacts: list[str] = []
    labels: dict[str, list[list[str]]] = {}
    for index, ((given, family, lgiven, lfamily, lang), org, phones, addresses, drop) in \
            enumerate(world["people"]):
        emails = [f"p{index}.{n}@example.com" for n in range(len(phones))]
        numbers = [f"+39 02 1234 {5600 + index * 10 + n}" for n in range(len(phones))]
        record = crm.contacts.create({
            "given_name": given, "family_name": family, "given_name_latin": lgiven,
            "family_name_latin": lfamily, "language": lang, "job_title": "Director",
            "organisation_id": orgs[org] if org >= 0 else None,
            "emails": emails, "phones": numbers,
            "addresses": [{"kind": k, "street": f"Via {index} n. {n}", "city": "Milano",
                           "country": "IT"} for n, k in enumerate(addresses)]})
        contacts.append(record["id"])
        labels[record["id"]] = [[v, t] for v, t in zip(record["emails"] + record["phones"],
                                                       phones + phones, strict=True) if t]
        if drop and addresses:  # the first address to the Trash
            kept = [a for a in crm.contacts.get(record["id"])["addresses"]][1:]
            crm.contacts.update(record["id"], {"addresses": kept})
    with crm.db.session() as session:  # the types of emails and phones (home ones private)
        for contact in session.scalars(select(Contact)):
            contact.value_labels = labels[contact.id]
    events = [crm.events.create({
        "name": f"BIO Fair {n} 2026", "city": "Yokohama", "country": "JP", "venue": "Hall",
        "start_date": (date(2026, 11, 1) + timedelta(days=offset)).isoformat(),
        "timezone": zone})["id"] for n, (zone, offset) in enumerate(world["events"])]
    crm.events.update(events[0], {"delegation": [orgs[2]]})
    meetings: list[str] = []
    deleted_meetings: list[str] = []
    for event, hours, all_day, people, members, org_links, drop_link, drop in world["meetings"]:
        starts = datetime(2026, 11, 10) + timedelta(hours=hours)
        participants = [{"role": role, "contact_id": contacts[c]}
                        for role, c in dict.fromkeys(people)]
        participants += [{"role": "staff", "staff_id": staff[s]} for s in set(members)]
        participants += [{"role": "foreign", "organisation_id": orgs[o]} for o in org_links]
        meeting = crm.meetings.create({
            "event_id": events[event], "subject": f"Meeting {len(meetings)}",
            "starts_at": starts.strftime("%Y-%m-%d" if all_day else "%Y-%m-%d %H:%M"),
            "all_day": all_day, "duration_minutes": 1440 if all_day else 45,
            "minutes": "Минуты встречи; 会議の議事録.", "participants": participants})["id"]
        if drop_link and participants:  # one participant removed again (soft-deleted)
            crm.meetings.update(meeting, {"participants": participants[1:]})
        (deleted_meetings if drop else meetings).append(meeting)
    every = meetings + deleted_meetings
    for meeting, status, due, has_due, owner, contact, title, drop in world["followups"]:
        followup = crm.followups.create({
            "title": title, "meeting_id": every[meeting], "status": status,
            "due_date": (NOW.date() + timedelta(days=due)).isoformat() if has_due else None,
            "owner_id": staff[owner] if owner >= 0 else None,
            "contact_id": contacts[contact] if contact >= 0 else None})["id"]
        if drop:
            crm.followups.delete(followup)
    for meeting in deleted_meetings:
        crm.meetings.delete(meeting)
    if world["people"][0][4]:
        crm.contacts.delete(contacts[0])  # a participant in the Trash still prints
    return {"meetings": meetings, "deleted": deleted_meetings, "events": events,
            "staff": staff}


def assert_same_reports(crm: Crm, path: Path, key: str | None, ids: dict[str, list[str]]
                        ) -> None:
    source = SqlSource.open(path, key, clock=crm.clock)
    assert source is not None
    try:
        assert meeting_data(source, ids["meetings"]) == meeting_data(crm, ids["meetings"])
        for event in ids["events"]:
            assert event_data(source, event) == event_data(crm, event)
            assert followup_report_data(source, event_id=event, group_by="organisation") == \
                followup_report_data(crm, event_id=event, group_by="organisation")
        for owner in [None, *ids["staff"]]:
            assert followup_report_data(source, owner_id=owner) == \
                followup_report_data(crm, owner_id=owner)
        window = {"date_from": NOW.date() - timedelta(days=5), "date_to": NOW.date()}
        assert followup_report_data(source, **window) == followup_report_data(crm, **window)
        for gone in ids["deleted"][:1]:
            with pytest.raises(NotFound):
                meeting_data(source, [gone])
        for request in (ReportRequest("meeting", record_id=ids["meetings"][0]),
                        ReportRequest("event", record_id=ids["events"][0])):
            fast, orm = render_report(source, request), render_report(crm, request)
            assert fast == orm  # bytes (invariant: no time stamp), warnings, records shown
    finally:
        source.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@examples(world=worlds())
def test_plain_sql_and_orm_give_the_same_report_data(templates: dict[str, Path],
                                                     world: dict[str, Any]) -> None:
    with copied(templates["plain"], None) as (crm, path):
        ids = build(crm, world)
        if ids["meetings"]:
            assert_same_reports(crm, path, None, ids)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@examples(world=worlds())
def test_the_same_on_an_encrypted_database(templates: dict[str, Path],
                                           world: dict[str, Any]) -> None:
    with copied(templates["encrypted"], RAW_KEY) as (crm, path):
        ids = build(crm, world)
        if ids["meetings"]:
            assert_same_reports(crm, path, RAW_KEY, ids)


def audit_rows(connection: Any) -> list[tuple[Any, ...]]:
    """Every stored value of the audit entries and their change records, with SQLite's
    type of each, but the random ids and the clock stamps (which differ by construction)."""
    entries = connection.execute(
        "SELECT typeof(at), at, typeof(created_at), created_at, updated_at, deleted_at, "
        "device_id, staff_id, action, table_name, row_id, typeof(fields), fields "
        "FROM audit_entry WHERE action = 'printed' ORDER BY table_name, row_id").fetchall()
    changes = connection.execute(
        "SELECT s.table_name, typeof(s.base), s.base = s.max_hlc, s.fields, s.erased, s.vh1 "
        "FROM sync_row s JOIN audit_entry a ON a.id = s.row_id WHERE a.action = 'printed' "
        "ORDER BY a.table_name, a.row_id").fetchall()
    return [*entries, *changes]


@pytest.mark.parametrize("key", [None, RAW_KEY])
def test_printed_entries_are_stored_as_the_orm_stores_them(templates: dict[str, Path],
                                                           tmp_path: Path,
                                                           key: str | None) -> None:
    world = {"people": [(NAMES[0], 0, ["work"], ["work"], False)], "staff": 2,
             "events": [("Asia/Tokyo", 0)], "profile": True,
             "meetings": [(0, 3, False, [("foreign", 0)], [0, 1], [], False, False)],
             "followups": [(0, "open", -3, True, 0, 0, "Call back", False)]}
    with copied(templates["plain" if key is None else "encrypted"], key) as (crm, path):
        ids = build(crm, world)
        crm.close()
        for name in ("orm", "fast"):  # the same file twice: the same ids and device
            shutil.copyfile(path, tmp_path / f"{name}.sqlite3")
    stored = []
    for name in ("orm", "fast"):
        crm = Crm.open(tmp_path / f"{name}.sqlite3", FakeClock(NOW), key=key)
        source: Any = SqlSource.open(crm.db.path, key, clock=crm.clock) if name == "fast" \
            else crm
        rendered = render_report(source, ReportRequest("meeting", record_id=ids["meetings"][0]))
        assert {t for t, _ in rendered.records} == {"meeting", "followup"}
        record_printed(source, rendered)
        if name == "fast":
            source.close()
        with closing(crm.db.engine.connect()) as connection:
            raw = connection.connection.driver_connection
            stored.append(audit_rows(raw))
            device = raw.execute("SELECT value FROM sync_state WHERE key = 'device_id'"
                                 ).fetchone()[0]
            stamp = raw.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()[0]
            assert stamp.endswith(device) and device in {r[6] for r in stored[-1][:2]}
        crm.close()
    assert stored[0] == stored[1]
    assert stored[0][0][:2] == ("text", "2026-11-20 09:00:00.000000")
    assert len(stored[0]) == 2 * len(rendered.records)


def run_report(args: list[str]) -> None:
    assert crm_main(args) == 0


def test_the_command_prints_the_same_pdf_either_way(templates: dict[str, Path],
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    world = {"people": [(n, 1, ["work", "home"], ["home", "work"], False) for n in NAMES[:5]],
             "staff": 2, "events": [("Asia/Tokyo", 0)], "profile": True,
             "meetings": [(0, 3, False, [("foreign", i) for i in range(5)], [0, 1], [0],
                           False, False)],
             "followups": [(0, "open", -3, True, 0, 0, "Call back", False)]}
    with copied(templates["plain"], None) as (crm, path):
        ids = build(crm, world)
        crm.close()  # the WAL folded into the file
        keep = tmp_path / "crm.sqlite3"
        shutil.copyfile(path, keep)
    # no time stamp in the footer: the documents are invariant, so bytes compare
    monkeypatch.setattr(report_cmd, "_options", lambda _ctx, args: ReportOptions(
        lang=args.lang, paper=args.paper))
    opened: list[Any] = []
    real_open = SqlSource.open

    def spy(*args: Any, **kwargs: Any) -> Any:
        opened.append(real_open(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(SqlSource, "open", spy)
    outputs = {}
    for kind, extra in (("meeting", [ids["meetings"][0]]), ("event", [ids["events"][0]]),
                        ("followups", ["--group-by", "organisation"])):
        run_report(["--db", str(keep), "report", kind, *extra, "-o", str(tmp_path / "a.pdf")])
        assert opened[-1] is not None  # read with plain SQL
        monkeypatch.setattr(SqlSource, "open", lambda *a, **k: None)  # the usual path
        run_report(["--db", str(keep), "report", kind, *extra, "-o", str(tmp_path / "b.pdf")])
        monkeypatch.setattr(SqlSource, "open", spy)
        outputs[kind] = (tmp_path / "a.pdf").read_bytes()
        assert outputs[kind] == (tmp_path / "b.pdf").read_bytes()
    with closing(sqlite3.connect(keep)) as connection:  # both runs audited what they printed
        counts = dict(connection.execute(
            "SELECT table_name, count(*) FROM audit_entry WHERE action = 'printed' "
            "GROUP BY table_name"))
    assert counts["meeting"] == 2 * 2  # the meeting report and the event report, twice each


def test_only_a_file_at_head_is_read_with_plain_sql(templates: dict[str, Path],
                                                    tmp_path: Path) -> None:
    assert SqlSource.open(tmp_path / "missing.sqlite3") is None
    plain = tmp_path / "plain.sqlite3"
    shutil.copyfile(templates["plain"], plain)
    encrypted = tmp_path / "encrypted.sqlite3"
    shutil.copyfile(templates["encrypted"], encrypted)
    for path, key in ((plain, None), (encrypted, RAW_KEY)):
        source = SqlSource.open(path, key)
        assert source is not None
        source.close()
    assert SqlSource.open(plain, RAW_KEY) is None  # a key for a plain file: the usual error
    assert SqlSource.open(encrypted, None) is None
    assert SqlSource.open(encrypted, "x'" + "00" * 32 + "'") is None  # wrong key
    with closing(sqlite3.connect(plain)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert SqlSource.open(plain) is None  # an older schema: Database.open migrates it
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("SQLite format 3\x00 but not really")
    assert SqlSource.open(not_a_db) is None


def test_a_report_process_never_imports_sqlalchemy(templates: dict[str, Path],
                                                   tmp_path: Path) -> None:
    world = {"people": [(NAMES[1], 0, ["work"], ["work"], False)], "staff": 1,
             "events": [("Asia/Tokyo", 0)], "profile": False,
             "meetings": [(0, 3, False, [("foreign", 0)], [0], [], False, False)],
             "followups": [(0, "open", 3, True, 0, 0, "Call back", False)]}
    with copied(templates["encrypted"], RAW_KEY) as (crm, path):
        ids = build(crm, world)
        crm.close()  # the WAL folded into the file
        keep = tmp_path / "crm.sqlite3"
        shutil.copyfile(path, keep)
    (tmp_path / "key").write_text(RAW_KEY)
    code = ("import sys\nfrom unittest import mock\nfrom crm_app.cli.main import main\n"
            "from crm_app.services import dbkeys\n"
            f"with mock.patch.object(dbkeys, 'find_key', lambda *a: dbkeys.Unlocked("
            f"{RAW_KEY!r}, 'file')):\n"
            f"    code = main(['--db', {str(keep)!r}, 'report', 'meeting', "
            f"{ids['meetings'][0]!r}, '-o', {str(tmp_path / 'm.pdf')!r}])\n"
            "print(code, 'sqlalchemy' in sys.modules, 'alembic' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.split()[-3:] == ["0", "False", "False"], done.stderr
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    with closing(cipher.connect(keep, RAW_KEY)) as connection:
        assert connection.execute("SELECT count(*) FROM audit_entry WHERE action = "
                                  "'printed' AND table_name = 'meeting'").fetchone()[0] == 1
