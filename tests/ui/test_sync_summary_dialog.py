"""The merge summary after a sync: the numbers shown are the engine's report (real syncs of
two databases through one file), right-aligned, with the language's thousands separator,
and its button opens the conflicts dialog."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_app.services.demo import generate_demo
from crm_app.sync import passphrase
from crm_app.sync.report import SyncReport
from crm_app.ui.i18n import Translations
from crm_app.ui.sync import controller as sync_ui
from crm_app.ui.sync.conflicts_dialog import ConflictsDialog
from crm_app.ui.sync.summary_dialog import COLUMNS, KINDS, SyncSummaryDialog
from tests.conftest import MemoryKeyring
from tests.sync.conftest import PASSPHRASE, Office

# Kept screenshots are refreshed only on request, so a test run leaves the tree as it was.
SHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots"
         if os.environ.get("CRM_SCREENSHOTS")
         else Path(tempfile.gettempdir()) / "crm-test-screenshots")
KIND_ROWS = ["Contacts", "Organisations", "Events", "Meetings", "Follow-ups"]


@pytest.fixture
def english(qapp: QApplication, compiled_translations: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Translations]:
    """British English (12,500; dd/MM/yyyy HH:mm) on a computer in Tokyo (UTC+9)."""
    old = QLocale()
    translations = Translations(qapp)
    translations.switch("en")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield translations
    monkeypatch.undo()
    time.tzset()
    QLocale.setDefault(old)


def cells(dialog: SyncSummaryDialog) -> dict[str, list[str]]:
    table = dialog.table
    return {table.verticalHeaderItem(r).text(): [table.item(r, c).text()
                                                 for c in range(table.columnCount())]
            for r in range(table.rowCount())}


def expected(report: SyncReport) -> dict[str, list[str]]:
    """What the table must say, straight from the report (the locale writes the numbers)."""
    locale = QLocale()
    main = [table for table, _ in KINDS]
    rows = {label: [locale.toString(getattr(report, key).get(table, 0)) for key, _ in COLUMNS]
            for label, table in zip(KIND_ROWS, main, strict=True)}
    other = [sum(n for t, n in getattr(report, key).items() if t not in main)
             for key, _ in COLUMNS]
    if any(other):
        rows["Other records"] = [locale.toString(n) for n in other]
    rows["Total"] = [locale.toString(sum(getattr(report, key).values())) for key, _ in COLUMNS]
    return rows


def run_sync(qtbot: QtBot, window: Any) -> SyncReport:
    controller = window.sync_controller
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=60_000)
    assert not controller.last_failed and controller.last_report is not None
    report: SyncReport = controller.last_report
    return report


def test_the_summary_shows_the_engines_report_and_opens_the_conflicts(
        qtbot: QtBot, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        english: Translations) -> None:
    office = Office(tmp_path)
    office.world[0] = datetime.now(UTC)
    colleague = office.laptop("colleague")
    try:
        generate_demo(colleague.db, 1_200)  # demo data of every kind, links and notes too
        colleague.sync(office.shared_file)
        main_window.app_settings.set_value(sync_ui.PATH_KEY, str(office.shared_file))
        memory_keyring.set_password(passphrase.SERVICE, str(office.shared_file), PASSPHRASE)
        crm = main_window.crm
        crm.organisations.create({"name": "Kyoto Biotech"})
        first = run_sync(qtbot, main_window)
        assert first.received["contact"] == 1_200 and first.sent["organisation"] == 1
        dialog = main_window.sync_controller.summary_dialog
        assert dialog is not None and dialog.isVisible()
        shown = cells(dialog)
        assert shown == expected(first)
        assert list(shown)[:5] == KIND_ROWS and list(shown)[-1] == "Total"
        assert "Other records" in shown  # notes, tags, participants... of the demo data
        assert shown["Contacts"][0] == f"{first.received['contact']:,}"  # 1,2xx in en_GB
        for row in range(dialog.table.rowCount()):
            for column in range(dialog.table.columnCount()):
                assert dialog.table.item(row, column).textAlignment() & \
                    Qt.AlignmentFlag.AlignRight
        assert not dialog.conflicts_button.isVisible()
        local = datetime.fromisoformat(first.finished_at).astimezone(ZoneInfo("Asia/Tokyo"))
        # The one display format of the interface language (en: "3 Dec 2026").
        assert dialog.headline.text() == f"Sync finished on {local.day} {local:%b %Y %H:%M}."
        assert main_window.sync_controller.status.text().startswith(
            f"Last sync: {local:%H:%M}, ")  # the status bar in local time too
        dialog.close()

        # A race on one contact, a meeting and a follow-up deleted, an event renamed.
        contact = crm.contacts.list()[0]
        meeting = colleague.crm.meetings.list()[0]
        follow_up = colleague.crm.followups.list()[0]
        event = colleague.crm.events.list()[0]
        colleague.crm.contacts.update(contact["id"], {"job_title": "CEO"})
        colleague.crm.meetings.delete(meeting["id"])
        colleague.crm.followups.delete(follow_up["id"])
        colleague.crm.events.update(event["id"], {"name": "BIO Japan, renamed"})
        crm.contacts.update(contact["id"], {"job_title": "CFO"})
        office.advance(minutes=5)
        colleague.sync(office.shared_file)
        second = run_sync(qtbot, main_window)
        dialog = main_window.sync_controller.summary_dialog
        assert dialog is not None
        shown = cells(dialog)
        assert shown == expected(second)
        assert shown["Meetings"][3] == "1" and shown["Follow-ups"][3] == "1"
        assert shown["Events"][2] == "1" and shown["Contacts"][4] == "1"
        assert second.open_conflicts == 1
        assert dialog.conflicts_button.isVisible()
        assert dialog.conflicts_button.text() == "Review 1 open conflict…"
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "sync-summary.png"))
        qtbot.mouseClick(dialog.conflicts_button, Qt.MouseButton.LeftButton)
        opened = [d for d in main_window.findChildren(ConflictsDialog) if d.isVisible()]
        assert len(opened) == 1 and opened[0].table.rowCount() == second.open_conflicts
        assert not dialog.isVisible()
        opened[0].close()
    finally:
        office.close()


def test_italian_separators_and_the_up_to_date_summary(
        qtbot: QtBot, qapp: QApplication, compiled_translations: Path) -> None:
    old = QLocale()
    italian = Translations(qapp)
    italian.switch("it")
    try:
        report = SyncReport(received={"contact": 12_500, "note": 3}, sent={"contact": 1},
                            changed={"contact": 1_200}, deleted={"meeting": 2},
                            conflicts={"contact": 4}, open_conflicts=4,
                            finished_at="2026-11-20T10:30:00+00:00")
        dialog = SyncSummaryDialog(report)
        qtbot.addWidget(dialog)
        dialog.show()
        shown = cells(dialog)
        # Italian groups from five digits on (Qt's CLDR data: 1200 but 12.500).
        assert shown["Contatti"][:3] == ["12.500", "1", QLocale().toString(1_200)]
        assert shown["Totale"][0] == "12.503"
        assert dialog.conflicts_button.text() == "Rivedi 4 conflitti aperti…"
        dialog.grab().save(str(SHOTS / "sync-summary-it.png"))
    finally:
        italian.switch("en")
        QLocale.setDefault(old)
    dialog = SyncSummaryDialog(SyncReport(up_to_date=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Up to date" in dialog.headline.text()
    assert not dialog.conflicts_button.isVisible()
    assert set(cells(dialog)) == {*KIND_ROWS, "Total"}  # the same rows after every sync
