"""Edit ▸ Undo / Redo for the window: the history lives in the services (`crm.history`),
this module only names the last action in the menu and shows what happened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from crm_app.domain.errors import DomainError
from crm_app.services.undo import Step
from crm_app.ui.messages import error_text
from crm_app.ui.views.record_list_view import RecordListView

if TYPE_CHECKING:
    from crm_app.ui.main_window import MainWindow

translate = QCoreApplication.translate


def install(window: MainWindow) -> None:
    undo = window.add_menu_action("Edit", "undo", lambda: run(window, "undo"), group="undo")
    redo = window.add_menu_action("Edit", "redo", lambda: run(window, "redo"), group="undo")
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
    window.register_action("undo", undo)
    window.register_action("redo", redo)
    window.data_changed.connect(lambda: update_texts(window))
    update_texts(window)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(TextFieldHandsOver(window))


class TextFieldHandsOver(QObject):
    """Ctrl+Z in a text field with nothing of its own to undo undoes the last action.

    A line edit claims Ctrl+Z even when its own history is empty (after a save the caret
    stays in the field the person typed into): the window's Undo never fired, and the save
    could not be undone from the keyboard. Typing not yet saved is still undone in the field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            which = "undo"
        elif (event.matches(QKeySequence.StandardKey.Redo)
              or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")):
            which = "redo"
        else:
            return False
        if _own_history(watched, which):
            return False
        event.ignore()  # not claimed by the field: the shortcut map runs the window's action
        return True


def _own_history(widget: QObject, which: str) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if which == "undo" else widget.isRedoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        document = widget.document()
        return document.isUndoAvailable() if which == "undo" else document.isRedoAvailable()
    return True  # other widgets keep their own handling


def update_texts(window: MainWindow) -> None:
    history = window.crm.history
    undo_label, redo_label = history.undo_label(), history.redo_label()
    undo, redo = window.action("undo"), window.action("redo")
    undo.setText(translate("UndoActions", "&Undo %1").replace("%1", undo_label)
                 if undo_label else translate("UndoActions", "&Undo"))
    redo.setText(translate("UndoActions", "&Redo %1").replace("%1", redo_label)
                 if redo_label else translate("UndoActions", "&Redo"))
    undo.setEnabled(undo_label is not None)
    redo.setEnabled(redo_label is not None)


def run(window: MainWindow, which: str) -> None:
    # Unsaved typing in a form is the person's too: settle it before the history moves.
    view = window.current_view()
    if view is not None and not view.confirm_leave():
        return
    history = window.crm.history
    action: Callable[[], Step | None] = history.undo if which == "undo" else history.redo
    try:
        step = action()
    except DomainError as error:
        window.show_error(error_text(error))
        return
    if step is None:
        return
    touched = {change.record_id for change in step.changes}
    for each in window.views():
        record = each.editor.record() if isinstance(each, RecordListView) else None
        if (isinstance(each, RecordListView) and record and str(record["id"]) in touched
                and not each.editor.is_dirty() and not each.editor.show_record(str(record["id"]))):
            each.editor.new_record()  # the record went to the Trash: the form empties
    window.refresh_views()
    done = (translate("UndoActions", "Undone: %1") if which == "undo"
            else translate("UndoActions", "Redone: %1"))
    window.statusBar().showMessage(done.replace("%1", step.label), 6000)
