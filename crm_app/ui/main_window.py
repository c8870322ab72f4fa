"""The main window: navigation, menus, status bar, and the contract other areas plug into.

Contract (see docs/helper-brief.md): `crm`, `tasks`, `app_settings`, `add_menu_action`,
`current_selection`, `refresh_views`, `show_error`. Views live in `crm_app/ui/views/`, one
module each; this module only arranges them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from crm_app.services.crm import Crm
from crm_app.ui import core_actions, dialogs, extensions, lock
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.formatting import format_number
from crm_app.ui.forms.search_palette import SearchPalette
from crm_app.ui.i18n import Translations
from crm_app.ui.icons import icon
from crm_app.ui.messages import error_text
from crm_app.ui.reminders import Reminders
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.views.base import View
from crm_app.ui.views.record_list_view import RecordListView
from crm_app.ui.views.registry import build_views
from crm_app.ui.widgets import wheel_guard
from crm_app.ui.widgets.task_progress import TaskProgress

MENU_NAMES = ("File", "Edit", "View", "Tools", "Reports", "Help")
# The conventional order inside each menu, by group; an action added without a group (the
# area modules' entries) joins the "" group. Groups are separated by a line, so File reads
# New, Open…, Import…/Export…, Print…, Quit whatever order the areas install in.
MENU_GROUPS: dict[str, tuple[str, ...]] = {
    "File": ("new", "open", "", "print", "quit"),
    "Edit": ("undo", "record", "", "search"),
    "View": ("refresh", "", "language"),
    "Tools": ("", "settings"),
    "Reports": ("",),
    "Help": ("guide", "", "demo", "about"),
}


class MainWindow(QMainWindow):
    # Emitted after data changed (by this window or an area module); views reload.
    data_changed = Signal()
    # The person chose another database file; the app entry point reopens everything.
    open_database_requested = Signal(str)

    def __init__(
        self,
        crm: Crm,
        app_settings: AppSettings,
        *,
        tasks: TaskRunner | None = None,
        translations: Translations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        wheel_guard.install()  # also when a test or script builds the window alone
        self.crm = crm
        self.app_settings = app_settings
        self.tasks = tasks or TaskRunner(self, default_error=self._task_failed)
        if self.tasks.default_error is None:
            self.tasks.default_error = self._task_failed
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("app"))
        self.translations = translations
        self._menus: dict[str, QMenu] = {}
        self._views: list[View] = []
        self._stale: set[str] = set()
        self._actions: dict[str, QAction] = {}
        self._placed: dict[str, list[tuple[int, QAction]]] = {}
        self.search_palette: SearchPalette | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.navigation.currentRowChanged.connect(self._navigate)

        self.progress = TaskProgress(self.tasks)
        self.statusBar().addPermanentWidget(self.progress)
        self.reminder_label = QLabel()
        self.reminder_label.setObjectName("reminder")
        self.reminder_label.setStyleSheet("color: #d32f2f; font-weight: 600;")
        self.statusBar().addWidget(self.reminder_label)

        for name in MENU_NAMES:
            self._menus[name] = self.menuBar().addMenu("")
        self._build_core_actions()
        for view in build_views(crm, app_settings, self.tasks):
            self.add_view(view)
        core_actions.install(self)
        self.reminders = Reminders(crm, self)
        self.reminders.due.connect(self._followups_due)
        self.retranslate()
        extensions.install_all(self, self.show_error)
        # Last: the lock disables every action present, those of the areas too.
        self.app_lock = lock.install(self)

    # -- contract ----------------------------------------------------------------------------
    def add_menu_action(
        self, menu: str, text: str, callback: Callable[[], object], shortcut: str | None = None,
        *, group: str = "",
    ) -> QAction:
        """Add an action to one of the menus ("File", "Tools", "Reports", ...), at the end of
        its `group` (see MENU_GROUPS), so menus keep the conventional order."""
        if menu not in self._menus:
            self._menus[menu] = self.menuBar().addMenu(menu)
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: callback())
        self._place(menu, action, group)
        return action

    def _place(self, menu_name: str, action: QAction, group: str) -> None:
        groups = MENU_GROUPS.get(menu_name, ("",))
        if group not in groups:
            group = ""
        rank = groups.index(group) if group in groups else len(groups)
        placed = self._placed.setdefault(menu_name, [])
        placed.append((rank, action))
        placed.sort(key=lambda item: item[0])  # stable: keeps insertion order inside a group
        menu = self._menus[menu_name]
        menu.clear()  # rebuilt in order, a separator between groups (menus hold few entries)
        previous: int | None = None
        for item_rank, item in placed:
            if previous is not None and item_rank != previous:
                menu.addSeparator()
            menu.addAction(item)
            previous = item_rank

    def current_selection(self) -> tuple[str, list[str]]:
        view = self.current_view()
        if view is None:
            return "", []
        return view.entity, view.selected_ids()

    def refresh_views(self) -> None:
        for view in self._views:
            view.refresh()
        self.data_changed.emit()

    def show_error(self, text: str) -> None:
        dialogs.show_error(self, self.tr("Problem"), text)

    # -- views ------------------------------------------------------------------------------
    def add_view(self, view: View) -> None:
        view.open_requested.connect(self.open_record)
        view.data_changed.connect(lambda v=view: self._data_changed_in(v))
        view.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        view.create_requested.connect(self.create_record)
        self._views.append(view)
        self.stack.addWidget(view)
        item = QListWidgetItem(icon(view.icon_name()), view.title())
        item.setData(Qt.ItemDataRole.UserRole, view.key)
        self.navigation.addItem(item)
        number = len(self._views)
        if number <= 9:  # Ctrl+1 … Ctrl+9 jump between views from the keyboard
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{number}"))
            jump.triggered.connect(lambda _c=False, key=view.key: self.show_view(key))
            self.addAction(jump)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def views(self) -> list[View]:
        return list(self._views)

    def view(self, key: str) -> View:
        for view in self._views:
            if view.key == key:
                return view
        raise KeyError(key)

    def current_view(self) -> View | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, View) else None

    def show_view(self, key: str) -> View:
        view = self.view(key)
        self.navigation.setCurrentRow(self._views.index(view))
        return view

    def open_record(self, entity: str, record_id: str) -> None:
        """Go to the view of `entity` and show that record (used by search and links)."""
        for view in self._views:
            if view.entity == entity:
                if self.current_view() is not view:
                    self.show_view(view.key)
                if self.current_view() is view:
                    view.open_record(record_id)
                return

    def create_record(self, entity: str, defaults: dict[str, object]) -> None:
        """Go to the view of `entity` and start a new record there with `defaults`."""
        for view in self._views:
            if view.entity == entity and isinstance(view, RecordListView):
                if self.current_view() is not view:
                    self.show_view(view.key)
                if self.current_view() is view:
                    view.new_record_with(defaults)
                return

    def _navigate(self, row: int) -> None:
        if row < 0 or row >= len(self._views):
            return
        current = self.current_view()
        target = self._views[row]
        if current is not None and current is not target and not current.confirm_leave():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self._views.index(current))
            self.navigation.blockSignals(False)
            return
        self.stack.setCurrentWidget(target)
        if target.key in self._stale:
            self._stale.discard(target.key)
            target.refresh()

    def _data_changed_in(self, source: View) -> None:
        """Other views reload when they are next shown (cheap with 100k rows)."""
        self._stale.update(v.key for v in self._views if v is not source)
        self.data_changed.emit()

    # -- actions ----------------------------------------------------------------------------
    def _build_core_actions(self) -> None:
        def core(key: str, menu: str, group: str, callback: Callable[[], object],
                 shortcut: str | None, icon_name: str | None = None) -> None:
            action = self.add_menu_action(menu, key, callback, shortcut, group=group)
            if icon_name:
                action.setIcon(icon(icon_name))
            self._actions[key] = action

        core("new", "File", "new", self._new_record, "Ctrl+N", "new")
        core("print", "File", "print", self._print_current, "Ctrl+P")
        core("quit", "File", "quit", self.close, "Ctrl+Q")
        core("save", "Edit", "record", self._save_current, "Ctrl+S", "save")
        core("delete", "Edit", "record", self._delete_selected, "Del", "delete")
        core("refresh", "View", "refresh", self.refresh_views, "F5", "refresh")
        self._actions["print"].setEnabled(False)  # until an area offers printing
        self._print_handler: Callable[[], object] | None = None

    def action(self, key: str) -> QAction:
        return self._actions[key]

    def register_action(self, key: str, action: QAction) -> None:
        self._actions[key] = action

    def set_print_handler(self, handler: Callable[[], object]) -> None:
        """The reports area offers File ▸ Print… (a report of the current selection)."""
        self._print_handler = handler
        self._actions["print"].setEnabled(True)

    def _print_current(self) -> None:
        if self._print_handler is not None:
            self._print_handler()

    def _new_record(self) -> None:
        view = self.current_view()
        if view is not None:
            view.new_record()

    def _save_current(self) -> None:
        view = self.current_view()
        if view is not None:
            view.save_current()

    def _delete_selected(self) -> None:
        view = self.current_view()
        if view is not None:
            view.delete_selected()

    def _task_failed(self, error: BaseException) -> None:
        self.show_error(error_text(error))

    def _followups_due(self, items: list[dict[str, object]]) -> None:
        text = (self.tr("1 follow-up due today or overdue") if len(items) == 1 else
                self.tr("%1 follow-ups due today or overdue").replace(
                    "%1", format_number(len(items))))
        self.reminder_label.setText(text)
        self._stale.add("today")

    def offer_drafts(self) -> None:
        """Edits typed but never saved in a previous session (crash, power cut) come back."""
        for view in self._views:
            draft = view.take_draft() if isinstance(view, RecordListView) else None
            if not isinstance(view, RecordListView) or not draft:
                continue
            question = self.tr("An unsaved edit in %1 was found from last time. Restore it?")
            if dialogs.ask_yes_no(self, self.tr("Unsaved edit"),
                                  question.replace("%1", view.title())):
                self.show_view(view.key)
                view.restore_draft(draft)
            else:
                view.editor.clear_draft()

    # -- language --------------------------------------------------------------------------------
    def language(self) -> str:
        return self.translations.language if self.translations else "en"

    def set_language(self, code: str) -> None:
        """Switch the interface language now; Qt sends LanguageChange to every widget."""
        if self.translations is not None:
            self.translations.switch(code)
        self.app_settings.language = code
        profile = self.crm.settings.profile()
        if profile:
            self.crm.settings.set_profile({**profile, "language": code})
        self.retranslate()

    # -- language, geometry, closing ----------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trade Mission CRM"))
        titles = {
            "File": self.tr("&File"), "Edit": self.tr("&Edit"), "View": self.tr("&View"),
            "Tools": self.tr("&Tools"), "Reports": self.tr("&Reports"), "Help": self.tr("&Help"),
        }
        for name, menu in self._menus.items():
            menu.setTitle(titles.get(name, name))
        texts = {
            "new": self.tr("&New"), "print": self.tr("&Print…"),
            "save": self.tr("&Save"), "delete": self.tr("Move to &Trash"),
            "refresh": self.tr("&Refresh"), "quit": self.tr("&Quit"),
            "search": self.tr("&Search…"), "quick_capture": self.tr("&Quick capture…"),
            "settings": self.tr("Se&ttings…"), "demo": self.tr("Add &demo data…"),
            "open_db": self.tr("&Open database…"),
        }
        for key, text in texts.items():
            if key in self._actions:
                self._actions[key].setText(text)
        if self.search_palette is not None:
            self.search_palette.retranslate()
        for row, view in enumerate(self._views):
            view.retranslate()
            item = self.navigation.item(row)
            if item is not None:
                item.setText(view.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def restore_layout(self) -> None:
        geometry = self.app_settings.value("window/geometry", b"")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)
        state = self.app_settings.value("window/state", b"")
        if state:
            self.restoreState(QByteArray(state))
        splitter = self.app_settings.value("window/splitter", b"")
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))
        else:
            self.splitter.setSizes([180, 1100])

    def save_layout(self) -> None:
        self.app_settings.set_value("window/geometry", bytes(self.saveGeometry().data()))
        self.app_settings.set_value("window/state", bytes(self.saveState().data()))
        self.app_settings.set_value("window/splitter", bytes(self.splitter.saveState().data()))
        for view in self._views:
            view.save_state()
        self.app_settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for view in self._views:
            if not view.confirm_leave():
                self.show_view(view.key)
                event.ignore()
                return
        if self.tasks.has_long_work() and not dialogs.ask_yes_no(
            self, self.tr("Work in progress"),
            self.tr("A background task is still running. Stop it and quit?"),
        ):
            event.ignore()
            return
        self.tasks.cancel_all()
        self.tasks.wait_idle(10_000)
        self.save_layout()
        event.accept()
