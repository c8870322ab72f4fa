"""The desktop client's own menu actions: search, quick capture, settings, language, demo
data, opening another database. Installed on the main window like an area module."""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from crm_app.ui import undo_actions
from crm_app.ui.forms import settings_dialog
from crm_app.ui.forms.first_run import remember, save_profile
from crm_app.ui.forms.quick_capture import QuickCaptureDialog
from crm_app.ui.forms.search_palette import SearchPalette
from crm_app.ui.i18n import LANGUAGES
from crm_app.ui.icons import icon
from crm_app.ui.messages import error_text

if TYPE_CHECKING:
    from crm_app.ui.main_window import MainWindow

translate = QCoreApplication.translate  # window.tr would look under "MainWindow"


def install(window: MainWindow) -> None:
    window.search_palette = SearchPalette(window.crm, window)
    window.search_palette.open_requested.connect(window.open_record)
    actions = {
        "search": window.add_menu_action("Edit", "search", window.search_palette.start,
                                         "Ctrl+K", group="search"),
        "quick_capture": window.add_menu_action("Edit", "quick", lambda: quick_capture(window),
                                                "Ctrl+Shift+N", group="search"),
        "settings": window.add_menu_action("Tools", "settings", lambda: open_settings(window),
                                           "Ctrl+,", group="settings"),
        "demo": window.add_menu_action("Help", "demo", lambda: ask_and_load_demo(window),
                                       group="demo"),
        "open_db": window.add_menu_action("File", "open", lambda: choose_database(window),
                                          "Ctrl+O", group="open"),
    }
    for code, name in LANGUAGES.items():
        actions[f"lang_{code}"] = window.add_menu_action(
            "View", name, functools.partial(window.set_language, code), group="language")
    icons = {"search": "search", "quick_capture": "quick", "settings": "settings",
             "demo": "demo"}
    for key, action in actions.items():
        if key in icons:
            action.setIcon(icon(icons[key]))
        window.register_action(key, action)
    undo_actions.install(window)
    toolbar = window.addToolBar("main")
    toolbar.setObjectName("main_toolbar")
    for key in ("new", "save", "delete", "search", "quick_capture"):
        toolbar.addAction(window.action(key))


def quick_capture(window: MainWindow) -> None:
    dialog = QuickCaptureDialog(window.crm, window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.contact_id:
        window.refresh_views()
        window.open_record("contact", dialog.contact_id)
        name = window.crm.queries.names([dialog.contact_id]).get(dialog.contact_id, "")
        window.statusBar().showMessage(
            translate("CoreActions", "Saved %1").replace("%1", name), 6000)


def open_settings(window: MainWindow) -> None:
    answer = settings_dialog.ask_settings(window, window.crm, window.app_settings)
    if answer is None:
        return
    if answer.profile.name:
        save_profile(window.crm, answer.profile)
        remember(window.app_settings, answer.profile)
    window.app_settings.set_value("sync/path", answer.sync_path)
    window.app_settings.set_value("reports/paper", answer.report_paper)
    window.app_settings.set_value("reports/language", answer.report_language)
    if answer.lock_minutes is not None:
        window.app_settings.set_value("lock/idle_minutes", answer.lock_minutes)
    if answer.profile.language != window.language():
        window.set_language(answer.profile.language)
    window.refresh_views()
    if answer.database_path:
        window.open_database_requested.emit(answer.database_path)


def choose_database(window: MainWindow) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        window, translate("CoreActions", "Open a database"),
        str(window.crm.db.path.parent),
        translate("CoreActions", "CRM database (*.sqlite3 *.db);;All files (*)"))
    if path:
        window.open_database_requested.emit(path)


def ask_and_load_demo(window: MainWindow) -> None:
    count, ok = QInputDialog.getInt(window, translate("CoreActions", "Demo data"),
                                    translate("CoreActions", "How many contacts?"),
                                    2000, 100, 200_000, 1000)
    if ok:
        load_demo(window, count)


def load_demo(window: MainWindow, contacts: int) -> None:
    """Generate demo data off the UI thread, with progress and Cancel."""
    from crm_app.services.demo import Cancelled, generate_demo  # Faker: load only when used

    db = window.crm.db

    def work(progress: object, cancel: threading.Event) -> dict[str, int]:
        assert callable(progress)
        return generate_demo(db, contacts, progress=progress, cancel=cancel)

    def done(counts: object) -> None:
        window.refresh_views()
        window.statusBar().showMessage(translate("CoreActions", "Demo data added."), 5000)

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            window.statusBar().showMessage(
                translate("CoreActions", "Demo data cancelled; nothing was added."), 5000)
        else:
            window.show_error(error_text(error))

    window.tasks.run(work, on_done=done, on_error=failed,
                     label=translate("CoreActions", "Adding demo data…"), cancellable=True)
