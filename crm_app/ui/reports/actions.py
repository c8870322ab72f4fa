"""The main window's Reports menu: reports of the window's current selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from crm_app.reports import ReportOptions, ReportRequest
from crm_app.ui.reports import seams
from crm_app.ui.reports.preview import ReportPreview
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP, AreaTexts

translate = QCoreApplication.translate


class ReportActions:
    """What the Reports menu does with the window's current selection."""

    def __init__(self, window: Any) -> None:
        self.window = window

    def options(self) -> ReportOptions:
        settings = self.window.app_settings
        lang = settings.value("reports/language", "") or str(
            self.window.crm.settings.profile().get("report_language") or "en")
        paper = settings.value("reports/paper", "a4")
        return ReportOptions(lang=lang if lang in ("en", "it") else "en",
                             paper=paper if paper in ("a4", "letter") else "a4")

    def open(self, request: ReportRequest) -> ReportPreview:
        preview = ReportPreview(self.window.crm, request, tasks=self.window.tasks,
                                parent=self.window)
        preview.failed.connect(self.window.show_error)
        preview.finished.connect(lambda _result: self._remember(preview))
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        return preview

    def _remember(self, preview: ReportPreview) -> None:
        self.window.app_settings.set_value("reports/language", preview.language.currentData())
        self.window.app_settings.set_value("reports/paper", preview.paper.currentData())

    def _selected(self, entity: str) -> list[str]:
        kind, ids = self.window.current_selection()
        return list(ids) if kind == entity else []

    def meeting(self) -> ReportPreview | None:
        ids = self._selected("meeting")
        if not ids:
            self.window.show_error(translate("ReportActions",
                                             "Select one or more meetings first."))
            return None
        if len(ids) == 1:
            return self.open(ReportRequest("meeting", record_id=ids[0], options=self.options()))
        return self.open(ReportRequest("meetings", record_ids=tuple(ids),
                                       options=self.options()))

    def event(self) -> ReportPreview | None:
        ids = self._selected("event")
        if len(ids) != 1:
            self.window.show_error(translate("ReportActions", "Select one event first."))
            return None
        return self.open(ReportRequest("event", record_id=ids[0], options=self.options()))

    def event_meetings(self) -> ReportPreview | None:
        ids = self._selected("event")
        if len(ids) != 1:
            self.window.show_error(translate("ReportActions", "Select one event first."))
            return None
        return self.open(ReportRequest("meetings", event_id=ids[0], options=self.options()))

    def day_meetings(self) -> ReportPreview | None:
        events = self._selected("event")
        event_id = events[0] if len(events) == 1 else None
        day = seams.ask_day(self.window, self.window.crm.queries.today())
        if day is None:
            return None
        return self.open(ReportRequest("meetings", event_id=event_id, day=day,
                                       options=self.options()))

    def followups(self) -> ReportPreview:
        events = self._selected("event")
        return self.open(ReportRequest("followups", event_id=events[0] if len(events) == 1
                                       else None, options=self.options()))


def install(window: Any) -> None:
    """Add the Reports menu entries to the main window (see the app contract)."""
    actions = ReportActions(window)
    window.report_actions = actions  # the menu's lambdas need it alive; tests reach it here
    texts = AreaTexts(window, "ReportUi")
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Meeting report…"),
                     actions.meeting, "Ctrl+P")
    texts.add_action("Reports",
                     QT_TRANSLATE_NOOP("ReportUi", "Meeting reports of the selected event…"),
                     actions.event_meetings)
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Meeting reports of a day…"),
                     actions.day_meetings)
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Follow-up list…"),
                     actions.followups)
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Event report for headquarters…"),
                     actions.event)
