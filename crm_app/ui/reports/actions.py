"""The main window's Reports menu, File ▸ Print… and the lists' "Print report": reports of
the current selection, shown in the preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from crm_app.reports import ReportOptions, ReportRequest
from crm_app.services.crm import Crm
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.reports import seams
from crm_app.ui.reports.preview import ReportPreview
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP, AreaTexts

translate = QCoreApplication.translate


def report_options(app_settings: AppSettings, crm: Crm) -> ReportOptions:
    """Language and paper last chosen in a preview, else the staff profile's language."""
    lang = app_settings.value("reports/language", "") or str(
        crm.settings.profile().get("report_language") or "en")
    paper = app_settings.value("reports/paper", "a4")
    return ReportOptions(lang=lang if lang in ("en", "it") else "en",
                         paper=paper if paper in ("a4", "letter") else "a4")


def my_staff_id(crm: Crm) -> str | None:
    """The signed-in staff member ("me") of this laptop's profile, when there is one."""
    staff_id = crm.settings.profile().get("staff_id")
    return str(staff_id) if staff_id else None


def followup_request(crm: Crm, options: ReportOptions, event_id: str | None = None
                     ) -> ReportRequest:
    """The follow-up list starts on my own follow-ups: "All owners" of a large office is
    thousands of lines, a choice the filter offers rather than the default."""
    return ReportRequest("followups", owner_id=my_staff_id(crm), event_id=event_id,
                         options=options)


def selection_request(crm: Crm, entity: str, ids: list[str], options: ReportOptions
                      ) -> ReportRequest | None:
    """The report of a selection: one meeting, several (a batch), one event, or the
    follow-up list for the follow-ups view; None when nothing there is printable."""
    if entity == "meeting" and len(ids) == 1:
        return ReportRequest("meeting", record_id=ids[0], options=options)
    if entity == "meeting" and ids:
        return ReportRequest("meetings", record_ids=tuple(ids), options=options)
    if entity == "event" and len(ids) == 1:
        return ReportRequest("event", record_id=ids[0], options=options)
    if entity == "followup":
        return followup_request(crm, options)
    return None


def printable(entity: str, ids: list[str]) -> bool:
    return (entity == "meeting" and bool(ids)) or (entity == "event" and len(ids) == 1) or (
        entity == "followup")


def open_preview(crm: Crm, request: ReportRequest, *, app_settings: AppSettings,
                 tasks: TaskRunner | None, parent: QWidget | None,
                 then_print: bool = False) -> ReportPreview:
    """Show the preview (non-modal, deleted on close); `then_print` asks for the printer
    (or a PDF file, through the system print dialog) once the report is built."""
    preview = ReportPreview(crm, request, tasks=tasks, parent=parent)
    preview.finished.connect(lambda _result: _remember(app_settings, preview))
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if then_print:
        def print_once() -> None:
            preview.ready.disconnect(print_once)
            preview.print_report()

        preview.ready.connect(print_once)
    preview.show()
    return preview


def _remember(app_settings: AppSettings, preview: ReportPreview) -> None:
    app_settings.set_value("reports/language", preview.language.currentData())
    app_settings.set_value("reports/paper", preview.paper.currentData())


class ReportActions:
    """What the Reports menu and File ▸ Print… do with the window's current selection."""

    def __init__(self, window: Any) -> None:
        self.window = window

    def options(self) -> ReportOptions:
        return report_options(self.window.app_settings, self.window.crm)

    def open(self, request: ReportRequest, *, then_print: bool = False) -> ReportPreview:
        preview = open_preview(self.window.crm, request, app_settings=self.window.app_settings,
                               tasks=self.window.tasks, parent=self.window,
                               then_print=then_print)
        preview.failed.connect(self.window.show_error)
        return preview

    def _selected(self, entity: str) -> list[str]:
        kind, ids = self.window.current_selection()
        return list(ids) if kind == entity else []

    # -- File ▸ Print… ----------------------------------------------------------------------
    def can_print(self) -> bool:
        entity, ids = self.window.current_selection()
        return printable(entity, list(ids))

    def print_current(self) -> ReportPreview | None:
        """Preview the report of the current selection, then the system print dialog."""
        entity, ids = self.window.current_selection()
        request = selection_request(self.window.crm, entity, list(ids), self.options())
        if request is None:
            self.window.show_error(translate(
                "ReportActions", "Select a meeting, several meetings or one event to print, "
                "or open the follow-ups."))
            return None
        return self.open(request, then_print=True)

    def update_print_action(self) -> None:
        self.window.action("print").setEnabled(self.can_print())

    # -- the Reports menu -------------------------------------------------------------------
    def meeting(self) -> ReportPreview | None:
        ids = self._selected("meeting")
        if not ids:
            self.window.show_error(translate("ReportActions",
                                             "Select one or more meetings first."))
            return None
        request = selection_request(self.window.crm, "meeting", ids, self.options())
        assert request is not None
        return self.open(request)

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
        return self.open(followup_request(self.window.crm, self.options(),
                                          events[0] if len(events) == 1 else None))


def _watch_selection(window: Any, actions: ReportActions) -> None:
    """File ▸ Print… follows the current view and its selection."""
    window.stack.currentChanged.connect(lambda _index: actions.update_print_action())
    for view in window.views():
        table = getattr(view, "table", None)
        if table is not None and table.selectionModel() is not None:
            table.selectionModel().selectionChanged.connect(
                lambda *_args: actions.update_print_action())
            table.model().modelReset.connect(actions.update_print_action)


def install(window: Any) -> None:
    """Add the Reports menu entries and File ▸ Print… to the main window (the app contract)."""
    actions = ReportActions(window)
    window.report_actions = actions  # the menu's lambdas need it alive; tests reach it here
    texts = AreaTexts(window, "ReportUi")
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Meeting report…"),
                     actions.meeting)
    texts.add_action("Reports",
                     QT_TRANSLATE_NOOP("ReportUi", "Meeting reports of the selected event…"),
                     actions.event_meetings)
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Meeting reports of a day…"),
                     actions.day_meetings)
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Follow-up list…"),
                     actions.followups)
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Event report for headquarters…"),
                     actions.event)
    window.set_print_handler(actions.print_current)
    _watch_selection(window, actions)
    actions.update_print_action()
