"""`crm privacy review`: who is due for review, and renew / anonymise / erase in bulk."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json
from crm_app.services.privacy.access import subject_access
from crm_app.services.privacy.retention import Period
from tests.conftest import FakeClock
from tests.privacy.conftest import run

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
OLD = datetime(2023, 3, 1, 9, 0, tzinfo=UTC)


def _people(crm: Crm, clock: FakeClock) -> dict[str, str]:
    clock.now = OLD
    li = {"consent_basis": "legitimate_interest"}
    quiet = crm.contacts.create({"given_name": "Quiet", "family_name": "Old", **li})
    met = crm.contacts.create({"given_name": "Met", "family_name": "Lately", **li})
    stale = crm.contacts.create({"given_name": "Stale", "family_name": "Consent",
                                 "consent_basis": "consent", "consent_date": "2023-01-10"})
    planned = crm.contacts.create({"given_name": "Planned", "family_name": "Task", **li})
    crm.followups.create({"title": "Call in December", "contact_id": planned["id"],
                          "due_date": "2026-12-01"})
    clock.now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    crm.notes.create({"body": "Still interested", "contact_id": stale["id"]})
    clock.now = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    crm.meetings.create({"starts_at": "2026-06-02 10:00", "participants": [
        {"contact_id": met["id"]}]})
    clock.now = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    nobasis = crm.contacts.create({"given_name": "No", "family_name": "Basis"})
    fresh = crm.contacts.create({"given_name": "Fresh", "family_name": "Consent",
                                 "consent_basis": "consent", "consent_date": "2026-09-30"})
    clock.now = NOW
    return {"quiet": quiet["id"], "met": met["id"], "stale": stale["id"],
            "planned": planned["id"], "nobasis": nobasis["id"], "fresh": fresh["id"]}


def _review(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> dict[str, Any]:
    code, out, err = run(capsys, db, "--json", "privacy", "review", *words)
    assert code == 0, err
    return dict(json.loads(out))


def _why(data: dict[str, Any]) -> dict[str, list[str]]:
    return {c["contact_id"]: c["reasons"] for c in data["contacts"]}


def test_review_lists_inactive_and_basis_problems_and_renews(
        crm: Crm, clock: FakeClock, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _people(crm, clock)
    crm.close()
    why = _why(_review(capsys, db_path))
    assert set(why) == {ids["quiet"], ids["stale"], ids["nobasis"]}
    assert why[ids["quiet"]] == ["no meeting, note or follow-up for 24m"]
    assert why[ids["stale"]] == ["consent of 2023-01-10 is older than 24m"]
    assert why[ids["nobasis"]] == ["no lawful basis recorded"]
    # A shorter period also catches the contact last seen in January.
    assert ids["stale"] in _why(_review(capsys, db_path, "--older-than", "6m"))
    assert "no meeting" in _why(_review(capsys, db_path, "--older-than", "6m"))[
        ids["stale"]][0]

    data = _review(capsys, db_path, "--ids", ids["stale"], "--renew", "--reason",
                   "confirmed at MEDICA", "--yes")
    assert data["done"] == 1
    assert ids["stale"] not in _why(_review(capsys, db_path))
    again = Crm.open(db_path, clock=clock)
    try:
        renewed = again.contacts.get(ids["stale"])
    finally:
        again.close()
    # The command runs on the real clock: the renewal is dated today, the reason kept.
    today = renewed["consent_date"]
    assert today > "2026-11-19"
    assert renewed["consent_note"].endswith(f"[{today}] renewed: confirmed at MEDICA")


def test_bad_actions_change_nothing(
        crm: Crm, clock: FakeClock, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _people(crm, clock)
    before = dump_json(crm.db)
    crm.close()
    for words in (["--renew", "--ids", ids["nobasis"], "--reason", "x", "--yes"],  # no basis
                  ["--renew", "--yes"],  # no reason
                  ["--erase"],  # not confirmed (no terminal)
                  ["--anonymise", "--ids", ids["met"], "--yes"],  # not due for review
                  ["--older-than", "24x"],
                  ["--reason", "x"]):
        code, out, err = run(capsys, db_path, "privacy", "review", *words)
        assert code == 1, (words, out, err)
        assert err.startswith("crm: error: ") and err.count("\n") == 1, err
    after = Crm.open(db_path, clock=clock)
    try:
        assert dump_json(after.db) == before
    finally:
        after.close()


def test_anonymise_keeps_the_row_and_erase_reaches_the_trash(
        crm: Crm, clock: FakeClock, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _people(crm, clock)
    clock.now = OLD
    crm.notes.create({"body": "Quiet Old's mobile is 333 1234567", "contact_id": ids["quiet"]})
    clock.now = NOW
    crm.close()
    data = _review(capsys, db_path, "--ids", ids["quiet"], "--anonymise", "--yes")
    assert data["done"] == 1
    data = _review(capsys, db_path, "--ids", ids["nobasis"], "--erase", "--yes")
    assert data["done"] == 1
    after = Crm.open(db_path, clock=clock)
    try:
        anon = after.contacts.get(ids["quiet"])
        assert anon["family_name"].startswith("Anonymised ") and anon["given_name"] == ""
        assert not after.search.search("quiet")
        text = json.dumps(subject_access(after.db, ids["quiet"], clock), ensure_ascii=False)
        assert "Quiet" not in text and "1234567" not in text
        assert not after.contacts.exists(ids["nobasis"])
        assert after.contacts.get(ids["nobasis"], include_deleted=True)["family_name"] == ""
    finally:
        after.close()


@given(day=st.dates(date(2000, 1, 1), date(2100, 12, 31)), months=st.integers(1, 120))
def test_months_before_lands_in_the_right_month(day: date, months: int) -> None:
    back = Period(months, "m").before(day)
    assert (day.year * 12 + day.month) - (back.year * 12 + back.month) == months
    assert back.day == day.day or (back.day < day.day and (
        date.fromordinal(back.toordinal() + 1).day == 1))
    assert Period(months // 12 or 1, "y").before(day) <= day


def test_a_period_reaching_before_year_one_is_one_clear_error(
        crm: Crm, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crm.close()
    code, out, err = run(capsys, db_path, "privacy", "review", "--older-than", "9999y")
    assert code == 1 and out == "" and "before the year 1" in err and err.count("\n") == 1
