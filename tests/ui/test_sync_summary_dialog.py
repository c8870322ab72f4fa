"""The merge summary after a sync, on a real widget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from crm_app.sync.engine import SyncReport
from crm_app.ui.sync.summary_dialog import SyncSummaryDialog

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_summary_lists_each_kind_with_thousands_separators(qtbot: QtBot) -> None:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    report = SyncReport(received={"contact": 12500, "meeting": 3}, sent={"contact": 1},
                        changed={"contact": 1200}, deleted={"meeting": 2},
                        conflicts={"contact": 4}, open_conflicts=4,
                        finished_at="2026-11-20T10:30:00+00:00",
                        warnings=["laptop 7bae123dec82 was retired"])
    dialog = SyncSummaryDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == 3  # contact, meeting, total
    assert table.item(0, 0).text() == "12,500"
    assert table.item(2, 0).text() == "12,503"
    assert table.item(1, 3).text() == "2"
    assert "4" in dialog.conflicts_button.text() and dialog.conflicts_button.isVisible()
    with qtbot.waitSignal(dialog.open_conflicts):
        dialog.conflicts_button.click()
    SHOTS.mkdir(exist_ok=True)
    dialog.show()
    dialog.grab().save(str(SHOTS / "sync-summary.png"))
    QLocale.setDefault(old)


def test_up_to_date_summary_hides_the_conflicts_button(qtbot: QtBot) -> None:
    dialog = SyncSummaryDialog(SyncReport(up_to_date=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Up to date" in dialog.headline.text()
    assert not dialog.conflicts_button.isVisible()
