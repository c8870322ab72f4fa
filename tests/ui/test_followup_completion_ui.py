"""Marking a follow-up done in the app records when; Reopen clears it; Today counts it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from crm_app.services.crm import Crm
from crm_app.ui.views.followups_view import FollowUpsView
from crm_app.ui.views.today_view import TodayView


def test_mark_done_shows_completion_and_reopen_clears_it(qtbot: Any, main_window: Any,
                                                         profiled_crm: Crm) -> None:
    staff_id = profiled_crm.settings.profile()["staff_id"]
    item = profiled_crm.followups.create({"title": "Send samples", "owner_id": staff_id,
                                          "due_date": "2026-11-21"})
    view = main_window.show_view("followups")
    assert isinstance(view, FollowUpsView)
    view.refresh()
    view.open_record(item["id"])
    assert not view.reopen_button.isEnabled() and view.completed.isHidden()

    view.done_button.click()
    stored = profiled_crm.followups.get(item["id"])
    assert stored["status"] == "done" and stored["completed_at"] == \
        profiled_crm.clock().isoformat()
    assert not view.completed.isHidden() and view.completed.text().startswith("Completed ")
    assert view.reopen_button.isEnabled()
    assert not view.done_button.isEnabled()  # done already: nothing left to mark

    today = main_window.show_view("today")
    assert isinstance(today, TodayView)
    qtbot.waitUntil(lambda: "1 done today" in today.captions[1].text())

    view = main_window.show_view("followups")
    view.open_record(item["id"])
    view.reopen_button.click()
    stored = profiled_crm.followups.get(item["id"])
    assert stored["status"] == "open" and stored["completed_at"] is None
    assert view.completed.isHidden() and not view.reopen_button.isEnabled()
    assert view.done_button.isEnabled()
    main_window.show_view("today")
    qtbot.waitUntil(lambda: "done today" not in today.captions[1].text()
                    and today.followups.topLevelItem(0).text(1) == "Send samples")


def test_a_cancelled_follow_up_can_be_reopened(qtbot: Any, main_window: Any,
                                               profiled_crm: Crm) -> None:
    item = profiled_crm.followups.create({"title": "Visit the lab", "status": "cancelled"})
    view = main_window.show_view("followups")
    view.refresh()
    view.open_record(item["id"])
    assert view.reopen_button.isEnabled() and view.completed.isHidden()
    view.reopen_button.click()
    assert profiled_crm.followups.get(item["id"])["status"] == "open"
    assert main_window.statusBar().currentMessage() == "Reopened"


def test_today_counts_with_thousands_separators(qtbot: Any, main_window: Any,
                                                profiled_crm: Crm) -> None:
    """'6624 done today' beside '19,659 overdue' (seen under Xvfb at 100k)."""
    staff_id = profiled_crm.settings.profile()["staff_id"]
    for n in range(1001):
        profiled_crm.followups.create({"title": f"Call {n}", "owner_id": staff_id,
                                       "due_date": "2026-11-21", "status": "done"})
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        main_window.show_view("followups")
        today = main_window.show_view("today")  # read afresh when shown
        assert isinstance(today, TodayView)
        qtbot.waitUntil(lambda: "1,001 done today" in today.captions[1].text(),
                        timeout=10_000)
    finally:
        QLocale.setDefault(before)
