"""A big table file in the import dialog: the rows stream on the window's workers, the list
says how many of the file's rows it shows, and Cancel stops an import with nothing written."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QLocale

from crm_app.io import stream_import
from crm_app.services.crm import Crm
from crm_app.ui.io import menus


def big_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Company", "E-mail Address", "Notes"])
        for n in range(rows):
            writer.writerow([f"Anna{n}", f"Rossi{n}", f"Company {n % 9}", f"anna{n}@example.it",
                             ""])
        writer.writerow(["", "", "", "", "a note and no name"])  # refused at the very end
    return path


@pytest.fixture
def british() -> Any:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(old)


def test_a_big_file_previews_counts_and_imports(
        british: Any, qtbot: Any, main_window: Any, profiled_crm: Crm, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream_import, "SHOWN_ROWS", 50)
    monkeypatch.setattr(stream_import, "CHUNK", 100)
    dialog = menus.open_import(main_window, big_csv(tmp_path / "leads.csv", 1200))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60_000)
    assert dialog.mapping.rowCount() == 5
    assert dialog.mapping.item(0, 1).text() == "Anna0"  # first value, from the first row only
    assert dialog.summary.text().startswith("1,200 to create, 0 to update")
    assert "The list shows 51 of the file's 1,201 rows" in dialog.summary.text()
    assert dialog.rows.item(dialog.rows.rowCount() - 1, 1).text() == "refuse"
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0]["created"]["contact"] == 1200
    assert profiled_crm.contacts.count() == 1200


def test_cancel_stops_the_import_and_writes_nothing(
        qtbot: Any, main_window: Any, profiled_crm: Crm, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream_import, "CHUNK", 5)
    dialog = menus.open_import(main_window, big_csv(tmp_path / "leads.csv", 3000))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress.cancel_button.isVisible(), timeout=20_000)
    dialog.progress.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=60_000)
    assert dialog.error.text() == "the import was stopped; nothing was imported"
    assert profiled_crm.contacts.count() == 0
    assert not dialog.import_button.isEnabled()


def test_the_encoding_is_shown_and_can_be_overridden(qtbot: Any, profiled_crm: Crm) -> None:
    from crm_app.ui.io.import_dialog import ImportDialog

    real = Path(__file__).parent.parent / "io" / "fixtures" / "real"
    dialog = ImportDialog(profiled_crm, real / "outlook_de_cp1252.csv")
    qtbot.addWidget(dialog)
    assert dialog.encoding_note.text().startswith("read as windows-1252")
    names = {dialog.rows.item(r, 2).text() for r in range(dialog.rows.rowCount())}
    assert any("ü" in n or "ö" in n or "ä" in n or "ß" in n for n in names)
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))  # the wrong one
    assert dialog.encoding_note.text().startswith("read as utf-8 (chosen, not detected)")
    wrong = {dialog.rows.item(r, 2).text() for r in range(dialog.rows.rowCount())}
    assert any("\ufffd" in n for n in wrong)  # what a wrong choice shows, before importing


def test_a_big_vcard_file_shows_progress_while_read_and_cancel_stops_it(
        qtbot: Any, main_window: Any, profiled_crm: Crm, tmp_path: Path) -> None:
    """A vCard file is read whole (no stream): reading it reports cards read, with Cancel."""
    path = tmp_path / "phone.vcf"
    path.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi{n};Anna;;;\r\nTEL;TYPE=CELL:+39 333 {n:07d}"
        "\r\nEND:VCARD\r\n" for n in range(4000)), encoding="utf-8")
    dialog = menus.open_import(main_window, path)
    qtbot.waitUntil(lambda: dialog.progress.cancel_button.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: dialog.progress.bar.value() > 0, timeout=20_000)
    dialog.grab().save("/tmp/types-progress.png")
    dialog.progress.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=60_000)
    assert dialog.error.text().endswith("was stopped; nothing was imported")  # read or check
    assert profiled_crm.contacts.count() == 0 and dialog.preview is None
