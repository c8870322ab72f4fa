"""A list of one kind of record beside its detail panel (contacts, organisations, ...).

Filters on top, a lazily loaded table on the left, the selected record's editor on the right.
Column layout and the splitter position are remembered per view. Moving away from a record
with unsaved changes asks first; the selection stays if the person cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_app.services.crm import Crm
from crm_app.services.listing import Listing
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.formatting import format_number
from crm_app.ui.forms.draft_store import DatabaseDrafts
from crm_app.ui.forms.record_editor import RecordEditor
from crm_app.ui.lists import selection_actions
from crm_app.ui.lists.loader import LatestReader
from crm_app.ui.lists.record_table import RecordTable
from crm_app.ui.lists.table_model import ID_ROLE, RecordTableModel, RowStyle
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.views.base import View
from crm_app.ui.widgets.filter_bar import FilterBar
from crm_app.ui.widgets.fit import fit_header_sections


class RecordListView(View):
    """Subclasses set `key`, `entity`, and may override `build_detail` / `detail_editor`."""

    def __init__(self, crm: Crm, app_settings: AppSettings, *,
                 row_style: RowStyle | None = None, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"view_{self.key}")
        self.crm = crm
        self.app_settings = app_settings
        self.listing = Listing(crm.db)
        self.model = RecordTableModel(self.listing, self.entity, row_style=row_style,
                                      parent=self)
        self.model.reader = LatestReader(self)  # filter keystrokes never block the UI
        self.filter_bar = FilterBar(crm, self.listing, self.entity)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 6px;")
        self.empty_label.hide()
        self.table = RecordTable(self.model, self.save_state)
        self.table.setObjectName(f"table_{self.key}")
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        for number, column in enumerate(self.model.columns):
            self.table.setColumnWidth(number, column.width)
            self.table.setColumnHidden(number, column.hidden)  # until the person shows it
        self.editor = self.detail_editor()
        self.editor.drafts = DatabaseDrafts(crm.settings)  # encrypted, never synced
        self.editor.tasks = tasks  # saves on the window's single writer, off the UI thread
        self.editor.drafts.adopt(app_settings, self.editor.draft_key())
        self.detail = self.build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"splitter_{self.key}")
        table_side = QWidget()
        table_column = QVBoxLayout(table_side)
        table_column.setContentsMargins(0, 0, 0, 0)
        table_column.addWidget(self.empty_label)
        table_column.addWidget(self.table, 1)
        self.splitter.addWidget(table_side)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._current_id = ""
        # Areas add their own entries to the right-click menu: fn(menu, selected ids).
        self.context_extras: list[Callable[[QMenu, list[str]], object]] = []
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu_at)
        self.filter_bar.changed.connect(self._filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.filtered.connect(self._filtered)
        self.model.filter_failed.connect(self.status_message)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(self._deleted)
        self.restore_state()
        draft = self.editor.pending_draft()
        self.editor.new_record(self.new_defaults())  # the blank form a view opens on
        self._draft = draft  # kept until the window offers it back

    def take_draft(self) -> dict[str, Any] | None:
        """The unsaved edit a previous session left (once)."""
        draft, self._draft = self._draft, None
        return draft

    def restore_draft(self, draft: dict[str, Any]) -> bool:
        """Bring back last session's unsaved edit, on top of this view's defaults."""
        self.table.clearSelection()
        self._current_id = str(draft.get("id") or "")
        return self.editor.restore_draft(draft, self.new_defaults())

    def showEvent(self, event: QShowEvent) -> None:
        """Rows are read when the view is first shown, so start-up reads one view only."""
        if not self.model.is_loaded():
            self.model.set_filters(self.filter_bar.filters())
        super().showEvent(event)

    # -- hooks for subclasses ------------------------------------------------------------------
    def detail_editor(self) -> RecordEditor:
        return RecordEditor(self.crm, self.entity)

    def build_detail(self) -> QWidget:
        return self.editor

    def record_opened(self, record_id: str) -> None:
        """Called after a record is shown (pages add related lists)."""

    # -- View API ------------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        ids = [str(self.model.data(index, ID_ROLE)) for index in rows]
        if not ids and self._current_id:
            ids = [self._current_id]
        return ids

    def refresh(self) -> None:
        current = self._current_id
        self.filter_bar.reload_choices()
        if not self.model.is_loaded():
            return  # not shown yet: it reads fresh rows when it is
        self.model.reload()
        if current:
            self._select_row_of(current)

    def confirm_leave(self) -> bool:
        return self.editor.confirm_leave()

    def open_record(self, record_id: str) -> None:
        if not self.editor.confirm_leave():
            return
        if not self._select_row_of(record_id):
            self.table.clearSelection()
            self._show(record_id)

    def new_record(self) -> None:
        if not self.editor.confirm_leave():
            return
        self.table.clearSelection()
        self._current_id = ""
        self.editor.new_record(self.new_defaults())

    def new_defaults(self) -> dict[str, Any]:
        return {}

    def new_record_with(self, values: dict[str, Any]) -> None:
        """A new record prefilled with `values` on top of the defaults ("new follow-up for
        this contact"); they count as the person's edits, so leaving asks first."""
        if not self.editor.confirm_leave():
            return
        self.table.clearSelection()
        self._current_id = ""
        self.editor.new_record(self.new_defaults())
        self.editor.form.apply_values(values)
        self.editor.form.dirty_changed.emit(self.editor.is_dirty())

    # -- right-click menu ----------------------------------------------------------------------
    def context_menu(self) -> QMenu:
        """What can be done with the selected rows (built per click; tests trigger it)."""
        menu = QMenu(self)
        ids = self.selected_ids()
        one = ids[0] if len(ids) == 1 else ""
        open_action = menu.addAction(self.tr("Open"), lambda: self.open_record(one))
        open_action.setEnabled(bool(one))
        link = {"contact": "contact_id", "organisation": "organisation_id"}.get(self.entity)
        if link:
            meeting = menu.addAction(self.tr("New meeting with…"), lambda: self.create_requested
                                     .emit("meeting", {"participants": [{link: i} for i in ids]}))
            meeting.setEnabled(bool(ids))
            followup = menu.addAction(self.tr("New follow-up…"), lambda: self.create_requested
                                      .emit("followup", {link: one}))
            followup.setEnabled(bool(one))
        if self.entity == "contact":
            copy = menu.addAction(self.tr("Copy email"), lambda: self.copy_emails(ids))
            copy.setEnabled(bool(ids))
        selection_actions.add_bulk_actions(self, menu, ids)
        selection_actions.add_output_actions(self, menu, ids)
        for extra in self.context_extras:
            extra(menu, ids)
        menu.addSeparator()
        trash = menu.addAction(self.tr("Move to Trash"), self.delete_selected)
        trash.setEnabled(bool(ids))
        return menu

    def copy_emails(self, ids: list[str]) -> str:
        emails = [str(e) for i in ids for e in self.crm.records(self.entity).get(i)
                  .get("emails") or []][:500]
        text = ", ".join(emails)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)
        self.status_message.emit(self.tr("Copied %1 email address(es)").replace(
            "%1", str(len(emails))) if emails else self.tr("No email address to copy"))
        return text

    def _context_menu_at(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        self.context_menu().exec(self.table.viewport().mapToGlobal(pos))

    def save_current(self) -> None:
        self.editor.save()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) > 1:
            selection_actions.delete_many(self, ids)
        else:
            self.editor.delete()

    def save_state(self) -> None:
        prefix = f"views/{self.key}"
        header = self.table.horizontalHeader().saveState()
        self.app_settings.set_value(f"{prefix}/header", bytes(header.data()))
        self.app_settings.set_value(f"{prefix}/splitter", bytes(self.splitter.saveState().data()))

    def restore_state(self) -> None:
        prefix = f"views/{self.key}"
        header = self.app_settings.value(f"{prefix}/header", b"")
        if header:
            self.table.horizontalHeader().restoreState(QByteArray(header))
            section = self.table.horizontalHeader().sortIndicatorSection()
            order = self.table.horizontalHeader().sortIndicatorOrder()
            if 0 <= section < len(self.model.columns) and self.model.columns[section].sort:
                self.model.query = replace(
                    self.model.query, sort=self.model.columns[section].sort or "",
                    descending=order == Qt.SortOrder.DescendingOrder)
        else:  # the list's natural order (newest meetings first, contacts by name...)
            key, descending = self.listing.default_sort(self.entity)
            number = next((i for i, c in enumerate(self.model.columns) if c.sort == key), -1)
            if number >= 0:
                order = Qt.SortOrder.DescendingOrder if descending else \
                    Qt.SortOrder.AscendingOrder
                self.table.horizontalHeader().setSortIndicator(number, order)
        splitter = self.app_settings.value(f"{prefix}/splitter", b"")
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))
        else:
            self.splitter.setSizes([700, 460])
        fit_header_sections(self.table.horizontalHeader())  # no caption cut, any language

    def retranslate(self) -> None:
        self.filter_bar.retranslate()
        self.editor.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(self.model.columns) - 1)
        fit_header_sections(self.table.horizontalHeader())
        self._update_count()

    # -- internals -----------------------------------------------------------------------------
    def _filters_changed(self, filters: dict[str, Any]) -> None:
        self.model.set_filters(filters, keep_id=self._current_id)
        if self.model.reader is None and self._current_id:
            self._select_row_of(self._current_id)

    def _filtered(self, row: int) -> None:
        """The filtered rows are in: the record being shown stays selected if it matches."""
        if row < 0 or not self._current_id:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        record_id = str(self.model.data(current, ID_ROLE))
        if record_id == self._current_id:
            return
        if not self.editor.confirm_leave():
            # Stay on the record being edited: put the selection back without re-entering.
            model = self.table.selectionModel()
            model.blockSignals(True)
            if previous.isValid():
                model.setCurrentIndex(previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            else:
                model.clearSelection()
            model.blockSignals(False)
            return
        self._show(record_id)

    def _show(self, record_id: str) -> None:
        if self.editor.show_record(record_id):
            self._current_id = record_id
            self.record_opened(record_id)

    def _select_row_of(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        if self._current_id != record_id:
            self._show(record_id)
        return True

    def _saved(self, record_id: str) -> None:
        """The list reads its rows again on its reader thread and selects the saved row when
        they are in (`_filtered`): nothing here waits on SQLite."""
        self.status_message.emit(self.tr("Saved %1").replace("%1", self.editor.title()))
        self._current_id = record_id
        self.data_changed.emit()
        self.model.refresh(keep_id=record_id)
        if self.model.reader is None:
            self._select_row_of(record_id)
        self.record_opened(record_id)

    def _deleted(self, _record_id: str) -> None:
        self.status_message.emit(self.tr("Moved %1 to the Trash").replace(
            "%1", self.editor.last_deleted))
        self.after_removal(self.table.currentIndex().row())

    def after_removal(self, row: int) -> None:
        """After records left the list: the one now at `row` (the next) is selected."""
        self._current_id = ""
        self.data_changed.emit()
        self.model.reload()
        row = min(row, self.model.rowCount() - 1)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            self.editor.new_record(self.new_defaults())

    def _update_count(self, *_args: object) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("%1 records").replace("%1", format_number(total)))
        self.empty_label.setText(self.empty_text())
        self.empty_label.setVisible(self.model.is_loaded() and total == 0)

    def empty_text(self) -> str:
        """What an empty list says: nothing matches, or nothing yet and how to add one."""
        filters = {k: v for k, v in self.filter_bar.filters().items() if v}
        if filters:
            return self.tr("Nothing matches these filters. Clear the filter box or choose "
                           "“All” to see every record.")
        return self.tr("No records here yet. Press Ctrl+N to add one.")
