"""A list's multi-select actions in its context menu: tag, reassign and move to the Trash
several records at once, through `services.selection`, with one question naming the count.

`ask_text` and `ask_choice` are the seams tests replace (as `ui.dialogs` for yes/no)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QWidget

from crm_app.domain.errors import DomainError
from crm_app.services import selection
from crm_app.ui import dialogs
from crm_app.ui.io.export_dialog import ExportDialog
from crm_app.ui.messages import error_text
from crm_app.ui.reports import actions as report_actions
from crm_app.ui.widgets.picker import staff_text

if TYPE_CHECKING:
    from crm_app.ui.views.record_list_view import RecordListView


# Called by this name with a literal context, so pyside6-lupdate extracts the texts (a
# wrapper taking only the text hid them from the catalogue: they stayed English).
translate = QCoreApplication.translate


def ask_text(parent: QWidget | None, title: str, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, prompt)
    return text if ok else None


def ask_choice(parent: QWidget | None, title: str, prompt: str,
               items: list[tuple[str, str]], current: str) -> str | None:
    """One of `items` (text, value), starting on `current`; None when cancelled."""
    texts = [t for t, _v in items]
    start = next((i for i, (_t, v) in enumerate(items) if v == current), 0)
    text, ok = QInputDialog.getItem(parent, title, prompt, texts, start, False)
    return items[texts.index(text)][1] if ok and text in texts else None


def add_bulk_actions(view: RecordListView, menu: QMenu, ids: list[str]) -> None:
    if view.entity in selection.TAGGABLE:
        tag = menu.addAction(translate("SelectionActions", "Add tag…"),
                             lambda: tag_many(view, ids))
        tag.setEnabled(bool(ids))
    if view.entity in selection.OWNED:
        owner = menu.addAction(translate("SelectionActions", "Reassign…"),
                               lambda: reassign_many(view, ids))
        owner.setEnabled(bool(ids))


EXPORTABLE = ("contact", "organisation", "meeting")


def add_output_actions(view: RecordListView, menu: QMenu, ids: list[str]) -> None:
    """"Print report" where the selection is printable, "Export selection…" where exportable."""
    if report_actions.printable(view.entity, ids):
        menu.addAction(QCoreApplication.translate("SelectionActions", "Print report"),
                       lambda: print_report(view, ids))
    if view.entity in EXPORTABLE:
        export = menu.addAction(
            QCoreApplication.translate("SelectionActions", "Export selection…"),
            lambda: export_selection(view, ids))
        export.setEnabled(bool(ids))


def print_report(view: RecordListView, ids: list[str]) -> QWidget | None:
    """The selection's report in the preview, then the system print dialog."""
    options = report_actions.report_options(view.app_settings, view.crm)
    request = report_actions.selection_request(view.crm, view.entity, ids, options)
    if request is None:
        return None
    return report_actions.open_preview(view.crm, request, app_settings=view.app_settings,
                                       tasks=getattr(view.window(), "tasks", None),
                                       parent=view, then_print=True)


def export_selection(view: RecordListView, ids: list[str]) -> int:
    dialog = ExportDialog(view.crm, (view.entity, ids), view, selection_only=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    done = QCoreApplication.translate("SelectionActions", "Exported %1 records")
    view.status_message.emit(_count_text(done, dialog.count))
    return dialog.count


def _count_text(text: str, count: int) -> str:
    return text.replace("%1", f"{count:,}")


def delete_many(view: RecordListView, ids: list[str]) -> int:
    if not view.editor.confirm_leave():
        return 0
    question = _count_text(translate("SelectionActions", "Move %1 records to the Trash? You can "
                                     "restore them from the Trash view."), len(ids))
    if not dialogs.ask_yes_no(view, translate("SelectionActions", "Move to Trash"), question):
        return 0
    row = min(view.table.selectionModel().selectedRows(), key=lambda i: i.row(),
              default=view.table.currentIndex()).row()
    done = _guard(view, lambda: selection.delete_many(view.crm, view.entity, ids))
    if done is not None:
        view.status_message.emit(_count_text(
            translate("SelectionActions", "Moved %1 records to the Trash"), done))
        view.after_removal(row)
    return done or 0


def tag_many(view: RecordListView, ids: list[str]) -> int:
    tag = ask_text(view, translate("SelectionActions", "Add tag"), _count_text(
        translate("SelectionActions", "Tag to add to %1 records:"), len(ids)))
    if not tag or not tag.strip():
        return 0
    done = _guard(view, lambda: selection.tag_many(view.crm, view.entity, ids, tag))
    if done is not None:
        view.status_message.emit(_count_text(
            translate("SelectionActions", "Tagged %1 records"), done))
        view.refresh()
    return done or 0


def reassign_many(view: RecordListView, ids: list[str]) -> int:
    staff = [(staff_text(s), str(s["id"])) for s in view.crm.staff.list()]
    current = selection.common_owner(view.crm, view.entity, ids)
    owner = ask_choice(view, translate("SelectionActions", "Reassign"),
                       _count_text(translate("SelectionActions", "New owner of %1 records:"),
                                   len(ids)), staff, current)
    if not owner or (owner == current and len(ids) == 1):
        return 0
    done = _guard(view, lambda: selection.reassign_many(view.crm, view.entity, ids, owner))
    if done is not None:
        view.status_message.emit(_count_text(
            translate("SelectionActions", "Reassigned %1 records"), done))
        view.refresh()
    return done or 0


def _guard(view: RecordListView, action: object) -> int | None:
    assert callable(action)
    try:
        return int(action())
    except DomainError as error:
        dialogs.show_error(view, translate("SelectionActions", "Not done"), error_text(error))
        return None
