"""Tools ▸ Privacy ▸ …, and "Export everything held about this person…" on a contact's
right-click menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid

from crm_app.ui.privacy import exports, seams
from crm_app.ui.privacy.retention_dialog import RetentionReviewDialog
from crm_app.ui.privacy.texts import MENU_CONTEXT, tr, tr_menu
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP, AreaTexts

if TYPE_CHECKING:
    from crm_app.ui.main_window import MainWindow

SUBJECT_ACCESS = QT_TRANSLATE_NOOP("PrivacyUi", "Export everything held about this person…")


def open_retention_review(window: MainWindow) -> RetentionReviewDialog:
    dialog = RetentionReviewDialog(window.crm, window.tasks, window)
    dialog.changed.connect(window.refresh_views)
    dialog.open()
    dialog.reload()
    return dialog


def export_selected_contact(window: MainWindow, ids: list[str] | None = None) -> bool:
    if ids is None:
        entity, ids = window.current_selection()
        if entity != "contact":
            ids = []
    if len(ids) != 1:
        seams.tell(window, tr("Subject access"),
                   tr("Select one contact in the Contacts view first."))
        return False
    return exports.export_subject_access(window.crm, window.tasks, window, ids[0])


def _add_to_context_menu(window: MainWindow, menu: QMenu, ids: list[str]) -> None:
    menu.addSeparator()
    action = menu.addAction(tr_menu(SUBJECT_ACCESS), lambda: export_selected_contact(window, ids))
    action.setObjectName("subject_access")
    action.setEnabled(len(ids) == 1)


def install(window: MainWindow) -> None:
    texts = AreaTexts(window, MENU_CONTEXT)
    holder = texts.add_action("Tools", QT_TRANSLATE_NOOP("PrivacyUi", "Privacy"), lambda: None)
    submenu = QMenu(window)
    submenu.setObjectName("privacy_menu")
    holder.setMenu(submenu)
    entries: list[tuple[QAction, str]] = []
    for source, callback in (
            (QT_TRANSLATE_NOOP("PrivacyUi", "Retention review…"),
             lambda: open_retention_review(window)),
            (SUBJECT_ACCESS, lambda: export_selected_contact(window)),
            (QT_TRANSLATE_NOOP("PrivacyUi", "Export audit log…"),
             lambda: exports.export_audit_log(window.crm, window.tasks, window))):
        action = submenu.addAction(tr_menu(source))
        action.triggered.connect(lambda _checked=False, run=callback: run())
        entries.append((action, source))

    def retranslate() -> None:
        for action, source in entries:
            if isValid(action):  # the submenu may be gone before the window is
                action.setText(tr_menu(source))

    texts.on_change(retranslate)
    for view in window.views():
        if getattr(view, "entity", "") == "contact" and hasattr(view, "context_extras"):
            view.context_extras.append(
                lambda menu, ids: _add_to_context_menu(window, menu, ids))
