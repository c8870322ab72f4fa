"""`crm import|export|duplicates|merge` through the real entry point."""

from __future__ import annotations

import io
import json
from contextlib import closing
from pathlib import Path

import pytest

from crm_app.cli.main import main
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json


def run(db: Path, *words: str) -> int:
    return main(["--db", str(db), *words])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def test_import_dry_run_then_apply_then_undo(db: Path, fixtures: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "import", str(fixtures / "outlook_it.csv"), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "outlook, windows-1252" in out
    # the row holding only a company becomes an organisation; Giulia Conti's bad email and
    # phone are kept for review, not dropped
    assert "4 to create, 0 to update, 0 to merge, 0 skipped, 0 refused" in out
    assert "1 organisation(s)" in out and "2 value(s) need review" in out
    assert "dry run: nothing was changed" in out
    with closing(Crm.open(db)) as crm:
        assert crm.contacts.count() == 0
    assert run(db, "import", str(fixtures / "outlook_it.csv")) == 0
    assert "undo with: crm import --undo" in capsys.readouterr().out
    with closing(Crm.open(db)) as crm:
        assert crm.contacts.count() == 3
        assert "Senza Nome S.r.l." in [o["name"] for o in crm.organisations.list()]
    assert run(db, "import", "--undo") == 0
    with closing(Crm.open(db)) as crm:
        assert crm.contacts.count() == 0
        assert "Senza Nome S.r.l." not in [o["name"] for o in crm.organisations.list()]


def test_import_with_map_and_json(db: Path, fixtures: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "import", str(fixtures / "medica_leads.xlsx"), "--map", "Padiglione=notes",
               "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["create"] == 3 and data["applied"]["created"]["contact"] == 3
    assert data["rows"][0]["values"]["notes"].startswith("Hall 10 / B24")


def test_bad_input_one_line_exit_1(db: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert run(db, "import", str(broken)) == 1
    err = capsys.readouterr().err
    assert err.startswith("crm: error: broken.xlsx is not a readable .xlsx workbook")
    assert err.count("\n") == 1
    assert run(db, "import", str(broken), "--map", "nonsense") == 1
    assert "--map takes COLUMN=field" in capsys.readouterr().err
    assert run(db, "import", "--undo") == 1
    assert capsys.readouterr().err == "crm: error: there is no import to undo\n"
    assert run(db, "export", "csv", "-o", str(tmp_path / "no" / "x.csv")) == 1
    assert "folder does not exist" in capsys.readouterr().err


def test_export_duplicates_merge(db: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    with closing(Crm.open(db)) as crm:
        a = crm.contacts.create({"given_name": "Mario", "family_name": "Rossi",
                                 "country": "IT", "tags": ["VIP"]})
        b = crm.contacts.create({"given_name": "Mario", "family_name": "Rossi",
                                 "country": "IT", "job_title": "CEO"})
        crm.contacts.create({"given_name": "Anna", "family_name": "Verdi", "country": "FR"})
    out = tmp_path / "it.vcf"
    assert run(db, "export", "vcard", "-o", str(out), "--country", "IT") == 0
    assert "2 contact(s) written" in capsys.readouterr().out
    assert out.read_text("utf-8").count("BEGIN:VCARD") == 2
    assert run(db, "duplicates", "--json") == 0
    (pair,) = json.loads(capsys.readouterr().out)
    assert {pair["a_id"], pair["b_id"]} == {a["id"], b["id"]}
    assert pair["a_name"] == "Mario Rossi"
    assert run(db, "merge", a["id"], b["id"], "--json") == 0
    record = json.loads(capsys.readouterr().out)
    with closing(Crm.open(db)) as crm:
        assert crm.contacts.get(a["id"])["job_title"] == "CEO"
        assert crm.contacts.count() == 2
        merged = dump_json(crm.db)
    assert run(db, "merge", "--undo", record["id"]) == 0
    with closing(Crm.open(db)) as crm:
        assert crm.contacts.count() == 3 and dump_json(crm.db) != merged
    assert run(db, "merge", a["id"]) == 1
    assert "ID_KEEP ID_OTHER" in capsys.readouterr().err


def test_import_qr_from_standard_input(db: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("MECARD:N:Rossi,Mario;EMAIL:m@rossi.example.it;;"))
    assert run(db, "import", "-", "--format", "qr") == 0
    assert "1 to create" in capsys.readouterr().out
    with closing(Crm.open(db)) as crm:
        assert crm.contacts.list()[0]["emails"] == ["m@rossi.example.it"]
