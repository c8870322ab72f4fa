"""A follow-up marked done records when (`completed_at`), through the services and the `crm`
command; reopening or cancelling clears it, and the queries see it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_app.cli.main import main
from crm_app.services.crm import Crm
from tests.conftest import FakeClock


def test_done_sets_completed_at_and_reopening_clears_it(crm: Crm, clock: FakeClock) -> None:
    item = crm.followups.create({"title": "Send samples", "due_date": "2026-11-25"})
    assert item["completed_at"] is None
    clock.advance(hours=2)
    done = crm.followups.update(item["id"], {"status": "done"})
    finished = clock()
    assert done["completed_at"] == finished.isoformat()

    clock.advance(hours=1)  # done again (another edit of a done one): the first time stays
    again = crm.followups.update(item["id"], {"status": "done", "priority": "high"})
    assert again["completed_at"] == finished.isoformat()

    reopened = crm.followups.update(item["id"], {"status": "open"})
    assert reopened["completed_at"] is None
    crm.followups.update(item["id"], {"status": "done"})
    cancelled = crm.followups.update(item["id"], {"status": "cancelled"})
    assert cancelled["completed_at"] is None


def test_created_done_is_completed_at_once(crm: Crm, clock: FakeClock) -> None:
    created = crm.followups.create({"title": "Thank-you note", "status": "done"})
    assert created["completed_at"] == clock().isoformat()
    assert crm.followups.create({"title": "Call", "status": "in_progress"})["completed_at"] is None


def test_queries_see_what_was_completed_today(crm: Crm, clock: FakeClock) -> None:
    staff = crm.staff.create({"name": "Giulia Romano", "office": "ITA Tokyo"})
    other = crm.staff.create({"name": "Marco Bianchi", "office": "ITA Osaka"})
    mine = crm.followups.create({"title": "Mine", "owner_id": staff["id"]})
    theirs = crm.followups.create({"title": "Theirs", "owner_id": other["id"]})
    old = crm.followups.create({"title": "Old", "owner_id": staff["id"]})
    crm.followups.update(old["id"], {"status": "done"})
    clock.advance(days=1)
    midnight = clock().replace(hour=0, minute=0)
    crm.followups.update(mine["id"], {"status": "done"})
    crm.followups.update(theirs["id"], {"status": "done"})
    assert [f["title"] for f in crm.queries.followups_completed(
        since=midnight, owner_id=staff["id"])] == ["Mine"]
    assert {f["title"] for f in crm.queries.followups_completed(since=midnight)} == {
        "Mine", "Theirs"}
    assert mine["id"] not in {f["id"] for f in crm.queries.followups_due()}
    crm.followups.update(mine["id"], {"status": "open"})
    assert crm.queries.followups_completed(since=midnight, owner_id=staff["id"]) == []
    assert mine["id"] in {f["id"] for f in crm.queries.followups_due()}


def test_cli_done_and_reopen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")

    def run(*args: str) -> dict[str, object]:
        assert main(["--db", db, "--json", *args]) == 0
        return dict(json.loads(capsys.readouterr().out))

    created = run("followup", "add", "--title", "Send the price list")
    before = datetime.now(UTC) - timedelta(seconds=5)
    run("followup", "done", str(created["id"]))
    shown = run("followup", "show", str(created["id"]))
    assert shown["status"] == "done"
    completed = datetime.fromisoformat(str(shown["completed_at"]))
    assert before <= completed.astimezone(UTC) <= datetime.now(UTC) + timedelta(seconds=5)
    run("followup", "edit", str(created["id"]), "--status", "open")
    assert run("followup", "show", str(created["id"]))["completed_at"] is None


def test_completion_travels_with_sync(crm: Crm) -> None:
    """The change log records completed_at as a changed field, so the next sync sends it."""
    import sqlite3

    item = crm.followups.create({"title": "Call back"})
    crm.followups.update(item["id"], {"status": "done"})
    with sqlite3.connect(crm.db.path) as raw:
        [(fields,)] = raw.execute("SELECT fields FROM sync_row WHERE row_id = ?",
                                  (item["id"],)).fetchall()
    assert {"status", "completed_at"} <= set(json.loads(fields))
