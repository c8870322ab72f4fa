"""The `crm` command: every command, JSON output, and bad input (one line, exit 1, no change)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crm_app.cli.main import main


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--db", str(self.db), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> Any:
        code, out, err = self("--json", *args)
        assert code == 0, err
        return json.loads(out)

    def fails(self, *args: str) -> str:
        before = self.dump()
        code, out, err = self(*args)
        assert code == 1, (out, err)
        assert err.startswith("crm: error: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
        assert self.dump() == before
        return err

    def dump(self) -> str:
        code, out, _ = self("dump")
        assert code == 0
        return out


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(tmp_path / "cli.sqlite3", capsys)
    assert runner("init")[0] == 0
    return runner


def test_contact_lifecycle(cli: Cli) -> None:
    org = cli.json("org", "add", "--name", "Sanofi K.K.", "--country", "JP", "--sectors",
                   "pharma", "--tag", "distributor")
    person = cli.json("contact", "add", "--given-name", "Hanako", "--family-name", "Suzuki",
                      "--organisation-id", org["id"], "--country", "JP", "--email",
                      "h.suzuki@example.jp", "--phone", "090-1234-5678", "--tag", "VIP")
    assert person["phones"] == ["+819012345678"]
    assert cli.json("contact", "show", person["id"])["tags"] == ["VIP"]
    edited = cli.json("contact", "edit", person["id"], "--job-title", "Head of BD")
    assert edited["job_title"] == "Head of BD"
    code, out, _ = cli("contact", "show", person["id"])
    assert code == 0 and "+81 90-1234-5678" in out and "Head of BD" in out
    listed = cli.json("contact", "list", "--country", "JP")
    assert [c["id"] for c in listed] == [person["id"]]
    code, out, _ = cli("contact", "list")
    assert "Suzuki" in out
    assert cli.json("search", "suzu")[0]["id"] == person["id"]
    assert cli("contact", "delete", person["id"])[0] == 0
    assert cli.json("contact", "list") == []
    trash = cli.json("trash")
    assert trash[0]["id"] == person["id"]
    assert cli("restore", person["id"])[0] == 0
    assert len(cli.json("contact", "list")) == 1
    timeline = cli.json("contact", "timeline", person["id"])
    assert timeline == []


def test_events_meetings_and_followups(cli: Cli) -> None:
    staff = cli.json("staff", "add", "--name", "Giulia Rossi", "--office", "Tokyo office")
    event = cli.json("event", "add", "--name", "BIO Japan 2026", "--timezone", "Asia/Tokyo",
                     "--start-date", "2026-10-14", "--end-date", "2026-10-16")
    guest = cli.json("contact", "add", "--family-name", "Tanaka")
    meeting = cli.json("meeting", "add", "--event-id", event["id"], "--starts-at",
                       "2026-10-14 10:30", "--subject", "Licensing", "--contact", guest["id"],
                       "--staff", staff["id"])
    assert meeting["starts_at"] == "2026-10-14T01:30:00+00:00"
    assert len(meeting["participants"]) == 2
    day = cli.json("meeting", "list", "--event", event["id"], "--day", "2026-10-14")
    assert [m["id"] for m in day] == [meeting["id"]]
    follow = cli.json("followup", "add", "--title", "Send dossier", "--due-date", "2020-01-01",
                      "--meeting-id", meeting["id"], "--owner-id", staff["id"])
    assert [f["id"] for f in cli.json("followup", "list", "--overdue")] == [follow["id"]]
    assert cli.json("followup", "done", follow["id"])["status"] == "done"
    assert cli.json("followup", "list", "--overdue") == []
    note = cli.json("note", "add", "--body", "Met at booth", "--contact-id", guest["id"])
    assert note["noted_at"]


@pytest.mark.parametrize(("args", "message"), [
    (("contact", "add", "--family-name", "X", "--email", "not-an-email"), "invalid email"),
    (("contact", "add", "--family-name", "X", "--phone", "12"), "invalid phone"),
    (("contact", "add", "--family-name", "X", "--country", "Atlantis"), "unknown country"),
    (("contact", "add", "--job-title", "CEO"), "given or family name"),
    (("contact", "show", "00000000-0000-0000-0000-000000000000"), "no contact with id"),
    (("contact", "edit", "00000000-0000-0000-0000-000000000000", "--notes", "x"), "no contact"),
    (("contact", "delete", "nope"), "no contact with id nope"),
    (("meeting", "add", "--starts-at", "2026-13-45 10:00"), "invalid date and time"),
    (("meeting", "add", "--starts-at", "2026-01-01 10:00", "--timezone", "Mars/Base"),
     "unknown time zone"),
    (("followup", "add", "--title", "x", "--due-date", "tomorrow"), "invalid date"),
    (("followup", "add", "--title", "x", "--priority", "urgent"), "not one of"),
    (("event", "add", "--name", "E", "--start-date", "2026-02-02", "--end-date", "2026-01-01"),
     "ends before"),
    (("restore", "nope"), "no record with id nope"),
    (("demo", "--contacts", "0"), "--contacts"),
    (("meeting", "list", "--day", "someday"), "invalid date"),
])
def test_bad_input_is_one_line_and_changes_nothing(cli: Cli, args: tuple[str, ...],
                                                  message: str) -> None:
    cli("contact", "add", "--family-name", "Existing")
    assert message in cli.fails(*args)


def test_usage_errors_exit_2_with_a_hint(cli: Cli) -> None:
    code, _, err = cli("contact", "fly")
    assert code == 2 and "crm: error:" in err and "--help" in err


def test_edit_without_changes_is_refused(cli: Cli) -> None:
    person = cli.json("contact", "add", "--family-name", "Rossi")
    assert "nothing to change" in cli.fails("contact", "edit", person["id"])


SCRIPTS = {"latin": ("a", "z"), "cyrillic": ("\u0400", "\u04ff"), "greek": ("\u0370", "\u03ff"),
           "cjk": ("\u3040", "\u9fff"), "hangul": ("\uac00", "\ud7af"),
           "arabic": ("\u0600", "\u06ff"), "hebrew": ("\u0590", "\u05ff")}


def test_demo_fills_every_kind_with_names_in_many_scripts(cli: Cli) -> None:
    counts = cli.json("demo", "--contacts", "600")
    assert counts["contacts"] == 600 and counts["organisations"] == 120
    data = json.loads(cli.dump())
    assert len(data["contact"]) == 600 and len(data["meeting"]) == 300
    names = "".join(c["family_name"].lower() for c in data["contact"])
    found = {s for s, (lo, hi) in SCRIPTS.items() if any(lo <= ch <= hi for ch in names)}
    assert found == set(SCRIPTS)
    assert len({o["country"] for o in data["organisation"]}) >= 20
    assert {e["timezone"] for e in data["event"]} >= {"Asia/Tokyo", "Europe/Berlin"}
    assert data["meeting_participant"] and data["follow_up"] and data["staff_member"]
    dump_again = cli.dump()
    assert dump_again == cli.dump()  # stable ordering


def test_newer_database_is_refused_by_the_cli(cli: Cli) -> None:
    from crm_app.db import cipher
    from crm_app.services import dbkeys

    key = dbkeys.stored_key(cli.db)  # `crm init` made it encrypted, its key in the keyring
    assert key is not None
    with cipher.connect(cli.db, key) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    code, _, err = cli("contact", "list")
    assert code == 1 and "newer version" in err


def test_installed_console_script_runs_without_traceback(tmp_path: Path) -> None:
    db = tmp_path / "real.db"
    crm = Path(sys.executable).with_name("crm")
    done = subprocess.run([str(crm), "--db", str(db), "contact", "add", "--email", "x@y"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith("crm: error:") and "Traceback" not in done.stderr
    listed = subprocess.run([str(crm), "--db", str(db), "--json", "contact", "list"],
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_adding_a_probable_duplicate_keeps_it_and_warns(cli: Cli) -> None:
    first = cli.json("contact", "add", "--family-name", "Rossi", "--email", "m.rossi@ex.it")
    code, out, err = cli("--json", "contact", "add", "--family-name", "Rossi", "--email",
                         "M.Rossi@ex.it")
    assert code == 0
    second = json.loads(out)
    assert "possible duplicate" in err and first["id"] in err and "same email" in err
    assert {c["id"] for c in cli.json("contact", "list")} == {first["id"], second["id"]}


def test_followup_lists_name_owners_and_honour_limit(cli: Cli) -> None:
    owner = cli.json("staff", "add", "--name", "Chiara Ferrari")
    for title in ("one", "two", "three"):
        cli.json("followup", "add", "--title", title, "--due-date", "2020-01-01", "--owner-id",
                 owner["id"])
    assert len(cli.json("followup", "list", "--overdue", "--limit", "2")) == 2
    code, out, _ = cli("followup", "list", "--overdue")
    assert code == 0 and out.count("Chiara Ferrari") == 3 and owner["id"] not in out
