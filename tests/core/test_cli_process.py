"""The `crm` command as whole processes: what a cold start imports, two writers at once, the
busy message, `crm demo` twice."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_app.cli.main import LAZY_COMMANDS, Parser, build_parser, command_word
from crm_app.db import migrate

# Never loaded by `crm --help` or a record command (each costs 50-500 ms at start).
HEAVY = ("alembic", "reportlab", "PySide6", "openpyxl", "vobject", "icalendar", "rapidfuzz",
         "crm_app.reports", "crm_app.io", "crm_app.sync.engine", "crm_app.ui")


def crm(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crm_app.cli", *args], capture_output=True,
                          text=True, env=env, timeout=300)


def modules_loaded_by(*args: str) -> set[str]:
    code = ("import sys\nfrom crm_app.cli.main import main\nimport contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    code = main({list(args)!r})\n"
            "print(code)\nprint('\\n'.join(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    first, *names = done.stdout.splitlines()
    assert first == "0", done.stderr
    return set(names)


def heavy_in(names: set[str]) -> list[str]:
    return sorted(n for n in names if any(n == h or n.startswith(h + ".") for h in HEAVY))


def test_help_imports_neither_the_areas_nor_sqlalchemy() -> None:
    names = modules_loaded_by("--help")
    assert heavy_in(names) == []
    assert "sqlalchemy" not in names


def test_a_record_command_at_head_loads_no_area_and_no_alembic(db_path: Path) -> None:
    assert crm("--db", str(db_path), "init", "--plain").returncode == 0
    names = modules_loaded_by("--db", str(db_path), "--json", "contact", "list", "--limit", "1")
    assert heavy_in(names) == []
    assert "sqlalchemy" in names  # it did open the database


def test_the_lazy_command_table_says_what_each_module_registers() -> None:
    for module_name, commands in LAZY_COMMANDS.items():
        parser = Parser(prog="crm")
        sub = parser.add_subparsers(dest="command", parser_class=Parser)
        importlib.import_module(module_name).register(sub)
        registered = {action.dest: action.help for action in sub._choices_actions}
        assert registered == commands, module_name


def test_every_command_parses_with_its_own_module_loaded() -> None:
    full = build_parser(None)
    sub = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    for name in sub.choices:
        parser = build_parser(name)
        inner = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        # The real parser for that command has its options, not a stand-in's bare --help.
        assert inner.choices[name].format_usage() == sub.choices[name].format_usage()


@pytest.mark.parametrize(("words", "expected"), [
    (["--db", "x.sqlite3", "contact", "list"], "contact"),
    (["--db=x.sqlite3", "report", "meeting"], "report"),
    (["--help"], None),
    (["--db", "contact"], None),
])
def test_command_word(words: list[str], expected: str | None) -> None:
    assert command_word(words) == expected


def test_scanned_head_is_alembics_head() -> None:
    assert set(migrate.scanned_heads()) == migrate.head_revisions()


def test_at_head_only_when_alembic_version_names_the_head(db_path: Path) -> None:
    assert not migrate.at_head(db_path)  # no file
    sqlite3.connect(db_path).close()
    assert not migrate.at_head(db_path)  # no alembic_version table
    assert crm("--db", str(db_path), "init", "--plain").returncode == 0
    assert migrate.at_head(db_path)
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    assert not migrate.at_head(db_path)


def test_eight_writers_at_once_all_succeed(db_path: Path) -> None:
    assert crm("--db", str(db_path), "init", "--plain").returncode == 0
    # Each process runs 25 `crm contact add` commands, each opening the database afresh.
    code = ("import sys\nfrom crm_app.cli.main import main\n"
            "for i in range(25):\n"
            "    code = main(['--db', sys.argv[2], '--json', 'contact', 'add', '--given-name',"
            " 'Writer' + sys.argv[1], '--family-name', f'N{i}', '--country', 'IT'])\n"
            "    if code:\n"
            "        sys.exit(code)\n")
    writers = [subprocess.Popen([sys.executable, "-c", code, str(n), str(db_path)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
               for n in range(8)]
    results = [(w.wait(timeout=600), w.stderr.read() if w.stderr else "") for w in writers]
    for writer in writers:
        if writer.stderr:
            writer.stderr.close()
    assert [(code, err) for code, err in results if code != 0] == []
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM contact").fetchone() == (200,)
        names = raw.execute("SELECT count(DISTINCT given_name || family_name) FROM contact")
        assert names.fetchone() == (200,)


def test_a_lock_held_too_long_gives_the_busy_message_and_changes_nothing(db_path: Path) -> None:
    assert crm("--db", str(db_path), "init", "--plain").returncode == 0
    env = {**os.environ, "CRM_BUSY_TIMEOUT_MS": "200"}
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another window in the middle of a write
    try:
        done = crm("--db", str(db_path), "contact", "add", "--given-name", "Ada",
                   "--family-name", "Busy", env=env)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 75
    assert done.stderr.strip() == "crm: the database is busy in another window; try again"
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM contact").fetchone() == (0,)
    # Once the other writer is done, the same command succeeds.
    again = crm("--db", str(db_path), "contact", "add", "--given-name", "Ada",
                "--family-name", "Busy", env=env)
    assert again.returncode == 0, again.stderr


def test_every_connection_is_wal_with_the_busy_timeout(db_path: Path) -> None:
    from crm_app.db.database import BUSY_TIMEOUT_MS, Database

    with Database.open(db_path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS


def test_demo_twice_adds_to_what_is_there(db_path: Path) -> None:
    first = crm("--db", str(db_path), "--json", "demo", "--contacts", "30")
    assert first.returncode == 0, first.stderr
    with sqlite3.connect(db_path) as raw:
        tags, staff = (raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                       for t in ("tag", "staff_member"))
    second = crm("--db", str(db_path), "--json", "demo", "--contacts", "30", "--seed", "7")
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["contacts"] == 30
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM contact").fetchone() == (60,)
        assert raw.execute("SELECT count(*) FROM tag").fetchone() == (tags,)
        assert raw.execute("SELECT count(*) FROM staff_member").fetchone() == (staff,)
        # The second run's contacts are tagged with the tags already there.
        assert raw.execute("SELECT count(*) FROM contact_tag WHERE tag_id NOT IN "
                           "(SELECT id FROM tag)").fetchone() == (0,)


def test_demo_after_its_tags_were_deleted_links_none_of_them(db_path: Path) -> None:
    assert crm("--db", str(db_path), "demo", "--contacts", "20").returncode == 0
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE tag SET deleted_at = '2026-11-20 09:00:00'")
        before = raw.execute("SELECT count(*) FROM contact_tag").fetchone()
    assert crm("--db", str(db_path), "demo", "--contacts", "20").returncode == 0
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM contact_tag").fetchone() == before
        assert raw.execute("SELECT count(*) FROM contact").fetchone() == (40,)


def test_tests_do_not_see_the_developers_home(hermetic_home: Path, tmp_path: Path) -> None:
    assert Path(os.environ["HOME"]) == hermetic_home
    assert Path(os.environ["XDG_CONFIG_HOME"]).is_relative_to(hermetic_home)
    from crm_app.paths import default_database_path

    assert default_database_path().is_relative_to(hermetic_home)


def test_a_reader_that_stops_early_is_not_an_internal_error(tmp_path: Path) -> None:
    """`crm contact list | head -1`: the pipe closes, crm stops quietly (no traceback, no
    "internal error") with the shell's SIGPIPE status."""
    db = tmp_path / "pipe.sqlite3"
    assert crm("--db", str(db), "init", "--plain").returncode == 0
    assert crm("--db", str(db), "demo", "--contacts", "400").returncode == 0
    reader = subprocess.Popen([sys.executable, "-m", "crm_app.cli", "--db", str(db), "contact",
                               "list", "--limit", "400"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()
    reader.stdout.close()  # what `head -1` does after its first line
    err = reader.stderr.read().decode()
    assert reader.wait(timeout=60) == 141, err
    assert "internal error" not in err and "Traceback" not in err, err


def test_collection_is_paused_for_start_up_only(db_path: Path) -> None:
    """The `crm` entry point pauses the cyclic garbage collector while the command's modules
    load, freezes what they made, and runs the command itself with collection on."""
    assert crm("--db", str(db_path), "init", "--plain").returncode == 0
    code = ("import gc, sys\nfrom crm_app.cli import main as entry\n"
            "import crm_app.cli.main as cli_main\nseen = []\n"
            "class Spy(cli_main.CliContext):\n"
            "    def __init__(self, *args, **kwargs):\n"
            "        seen.append((gc.isenabled(), gc.get_freeze_count()))\n"
            "        super().__init__(*args, **kwargs)\n"
            "cli_main.CliContext = Spy\n"
            f"sys.argv = ['crm', '--db', {str(db_path)!r}, '--json', 'contact', 'list']\n"
            "try:\n    entry()\nexcept SystemExit as exc:\n"
            "    print(exc.code, gc.isenabled(), *seen[0])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    status, enabled_at_end, enabled_in_command, frozen = done.stdout.split()[-4:]
    assert (status, enabled_at_end, enabled_in_command) == ("0", "True", "True")
    assert int(frozen) > 10_000  # what the parser and the area module made
