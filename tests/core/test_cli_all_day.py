"""`crm meeting add --all-day`: a date-only meeting from the command line; list and show print
its day(s) without a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_app.cli.main import main


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_all_day_meetings_from_the_command_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite3"
    assert run(db, capsys, "init")[0] == 0
    code, out, err = run(db, capsys, "--json", "meeting", "add", "--all-day", "--starts-at",
                         "2026-10-14", "--timezone", "Asia/Tokyo", "--duration-minutes", "4320",
                         "--subject", "BIO Japan stand")
    assert code == 0, err
    fair = json.loads(out)
    assert (fair["all_day"], fair["starts_at"], fair["duration_minutes"]) == (
        True, "2026-10-13T15:00:00+00:00", 4320)
    code, out, err = run(db, capsys, "--json", "meeting", "add", "--all-day", "--starts-at",
                         "2026-10-20", "--timezone", "Europe/Rome", "--subject", "Delegation")
    day = json.loads(out)
    assert (day["all_day"], day["duration_minutes"]) == (True, 1440)
    timed = json.loads(run(db, capsys, "--json", "meeting", "add", "--starts-at",
                           "2026-10-15 10:30", "--timezone", "Asia/Tokyo",
                           "--subject", "Licensing")[1])
    assert timed["all_day"] is False

    code, out, _ = run(db, capsys, "meeting", "list")
    lines = {line.split()[0]: line for line in out.splitlines()[2:]}
    assert "2026-10-14 to 2026-10-16" in lines[fair["id"]]
    assert "2026-10-20 " in lines[day["id"]] and "T" not in lines[day["id"]].split()[1]
    assert "2026-10-15T01:30:00+00:00" in lines[timed["id"]]  # a time stays as it was

    code, out, _ = run(db, capsys, "meeting", "show", fair["id"])
    shown = dict(line.split(None, 1) for line in out.splitlines()[1:])
    assert shown["starts_at"] == "2026-10-14 to 2026-10-16"
    assert shown["duration_minutes"] == "3 days" and shown["all_day"] == "True"
    code, out, _ = run(db, capsys, "meeting", "show", timed["id"])
    assert "all_day" not in out and "2026-10-15T01:30:00+00:00" in out

    # --day finds the fair on each of its days; --no-all-day gives it back a time.
    code, out, _ = run(db, capsys, "--json", "meeting", "list", "--day", "2026-10-15",
                       "--zone", "Asia/Tokyo")
    assert [m["id"] for m in json.loads(out)] == [fair["id"], timed["id"]]
    code, out, err = run(db, capsys, "meeting", "edit", fair["id"], "--no-all-day")
    assert code == 1 and "mark it all day" in err  # three days cannot become one timed slot
    code, out, err = run(db, capsys, "--json", "meeting", "edit", fair["id"], "--no-all-day",
                         "--duration-minutes", "60")
    assert code == 0, err
    assert json.loads(out)["all_day"] is False
