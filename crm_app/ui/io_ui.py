"""Import, export, duplicates and badge scanning in the app.

Standalone dialogs that take a `Crm` (so each is testable alone) and `install(window)` that
puts them in the File, Edit and Tools menus. Parsing, matching, writing and scanning are in
`crm_app.io` and `crm_app.services`; slow steps run on the window's TaskRunner when one is
given, inline otherwise. Modal questions (file names, confirmations) go through the `ask_*`
functions below, the seam tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.domain.normalise import format_phone
from crm_app.io.drafts import ParsedFile
from crm_app.io.export import ExportFilter
from crm_app.io.preview import ImportPreview
from crm_app.io.service import IMPORT_FORMATS, ImportExport, read_file
from crm_app.io.tables import TARGETS
from crm_app.services import duplicates, merge
from crm_app.services.crm import Crm
from crm_app.ui.labels import label as kind_label
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP, AreaTexts

if TYPE_CHECKING:
    from crm_app.ui.main_window import MainWindow

TABLE_FORMATS = {"csv", "outlook", "google", "xlsx"}
ACTION_COLOURS = {"create": "#2e7d32", "update": "#1565c0", "merge": "#6a1b9a",
                  "skip": "#757575", "refuse": "#c62828"}
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "IoUi", "Contacts and calendars (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics);;All files (*)")
# Texts outside QObject subclasses; the context is written out in each call because
# pyside6-lupdate reads it from there.
translate = QCoreApplication.translate
# The preview's action column and the mapping's field names (crm_app.io.tables.TARGETS),
# looked up by their English text.
ACTION_NAMES = (QT_TRANSLATE_NOOP("ImportActions", "create"),
                QT_TRANSLATE_NOOP("ImportActions", "update"),
                QT_TRANSLATE_NOOP("ImportActions", "merge"),
                QT_TRANSLATE_NOOP("ImportActions", "skip"),
                QT_TRANSLATE_NOOP("ImportActions", "refuse"))
TARGET_NAMES = (QT_TRANSLATE_NOOP("ImportTargets", "Given name"),
                QT_TRANSLATE_NOOP("ImportTargets", "Middle name"),
                QT_TRANSLATE_NOOP("ImportTargets", "Family name"),
                QT_TRANSLATE_NOOP("ImportTargets", "Full name"),
                QT_TRANSLATE_NOOP("ImportTargets", "Given name (Latin)"),
                QT_TRANSLATE_NOOP("ImportTargets", "Family name (Latin)"),
                QT_TRANSLATE_NOOP("ImportTargets", "Honorific"),
                QT_TRANSLATE_NOOP("ImportTargets", "Job title"),
                QT_TRANSLATE_NOOP("ImportTargets", "Organisation"),
                QT_TRANSLATE_NOOP("ImportTargets", "Department"),
                QT_TRANSLATE_NOOP("ImportTargets", "Email"),
                QT_TRANSLATE_NOOP("ImportTargets", "Phone"),
                QT_TRANSLATE_NOOP("ImportTargets", "Street"),
                QT_TRANSLATE_NOOP("ImportTargets", "City"),
                QT_TRANSLATE_NOOP("ImportTargets", "Region"),
                QT_TRANSLATE_NOOP("ImportTargets", "Postcode"),
                QT_TRANSLATE_NOOP("ImportTargets", "Country"),
                QT_TRANSLATE_NOOP("ImportTargets", "Language"),
                QT_TRANSLATE_NOOP("ImportTargets", "Notes"),
                QT_TRANSLATE_NOOP("ImportTargets", "Tags"),
                QT_TRANSLATE_NOOP("ImportTargets", "(ignore)"))


# -- seams for modal questions (tests monkeypatch these) ----------------------------------------
def ask_open_path(parent: QWidget | None) -> str:
    path, _filter = QFileDialog.getOpenFileName(parent, translate("IoUi", "Import"), "",
                                                translate("IoUi", IMPORT_FILTER))
    return str(path)


def ask_save_path(parent: QWidget | None, suggested: str, file_filter: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, translate("IoUi", "Export"), suggested,
                                                file_filter)
    return str(path)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _run(tasks: TaskRunner | None, fn: Callable[[], Any], on_done: Callable[[Any], None],
         on_error: Callable[[BaseException], None], label: str, write: bool) -> None:
    """On the worker pool when there is one (the app), inline otherwise (tests, scripts)."""
    if tasks is None:
        try:
            result = fn()
        except Exception as exc:  # delivered like the task runner does
            on_error(exc)
            return
        on_done(result)
        return
    tasks.run(lambda _progress, _cancel: fn(), on_done=on_done, on_error=on_error,
              label=label, write=write)


def _item(text: str, colour: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if colour:
        item.setForeground(QColor(colour))
    return item


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(format_phone(v) if str(v).startswith("+") else str(v) for v in value)
    return "" if value is None else str(value)


# -- import --------------------------------------------------------------------------------------
class ImportDialog(QDialog):
    """File -> column mapping (tables) -> preview -> Import, in one window."""

    imported = Signal(dict)

    def __init__(self, crm: Crm, path: Path | None = None, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.crm = crm
        self.service = ImportExport(crm)
        self.tasks = tasks
        self.path: Path | None = None
        self.parsed: ParsedFile | None = None
        self.preview: ImportPreview | None = None
        self.mapped_columns: list[str] = []
        self.file_label = QLabel()
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        self.format = QComboBox()
        self.format.setObjectName("import_format")
        self.format.addItem(self.tr("Recognise"), None)
        for name in IMPORT_FORMATS:
            if name != "qr":
                self.format.addItem(name, name)
        self.on_duplicate = QComboBox()
        self.on_duplicate.setObjectName("import_on_duplicate")
        for key, text in (("skip", self.tr("skip it")), ("merge", self.tr("fill in and merge")),
                          ("update", self.tr("update with the file's values"))):
            self.on_duplicate.addItem(text, key)
        self.format.currentIndexChanged.connect(lambda _i: self.reload())
        self.on_duplicate.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First value"),
                                                self.tr("Field")])
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.rows = QTableWidget(0, 4)
        self.rows.setObjectName("import_rows")
        self.rows.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Action"),
                                             self.tr("Record"), self.tr("Details")])
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().hide()
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("import_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_apply")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(browse)
        options = QFormLayout()
        options.addRow(self.tr("Format"), self.format)
        options.addRow(self.tr("A record already in the database"), self.on_duplicate)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.mapping)
        splitter.addWidget(self.rows)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import contacts or meetings"))
        self.resize(900, 620)
        self.mapping.hide()
        if path is not None:
            self.load(Path(path))

    # -- steps ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen = ask_open_path(self)
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self.reload()

    def reload(self, mapping: dict[str, str] | None = None) -> None:
        """Read the file again (format or mapping changed), then preview."""
        if self.path is None:
            return
        path, fmt = self.path, self.format.currentData()
        self._busy()
        _run(self.tasks, lambda: read_file(path, fmt, mapping), self._read_done,
             self._failed, self.tr("Reading the file"), write=False)

    def _read_done(self, parsed: ParsedFile) -> None:
        self.parsed = parsed
        self._fill_mapping(parsed)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        if self.parsed is None or self.path is None:
            return
        parsed, source = self.parsed, str(self.path)
        on_duplicate = str(self.on_duplicate.currentData())
        self._busy()
        _run(self.tasks, lambda: self.service.preview(parsed, source, on_duplicate),
             self._show_preview, self._failed, self.tr("Checking for duplicates"), write=False)

    def apply_mapping(self) -> None:
        self.reload(self.current_mapping())

    def current_mapping(self) -> dict[str, str]:
        mapping = {}
        for row, column in enumerate(self.mapped_columns):
            combo = self.mapping.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            mapping[column] = str(combo.currentData())
        return mapping

    def set_target(self, column: str, target: str) -> None:
        """Choose the field a column goes to (the same as picking it in the table)."""
        for row, name in enumerate(self.mapped_columns):
            if name == column:
                combo = self.mapping.cellWidget(row, 2)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(target))
                return
        raise KeyError(column)

    def apply(self) -> None:
        if self.preview is None or not self.preview.changes_anything:
            return
        preview = self.preview
        self._busy()
        _run(self.tasks, lambda: self.service.apply(preview), self._applied, self._failed,
             self.tr("Importing"), write=True)

    # -- results --------------------------------------------------------------------------
    def _applied(self, result: dict[str, Any]) -> None:
        self.imported.emit(result)
        self.accept()

    def _fill_mapping(self, parsed: ParsedFile) -> None:
        self.mapping.setRowCount(0)
        self.mapped_columns = []
        if parsed.format not in TABLE_FORMATS or not parsed.columns:
            self.mapping.hide()
            return
        samples = self._first_values(parsed)
        self.mapped_columns = list(parsed.columns)
        for row, column in enumerate(parsed.columns):
            self.mapping.insertRow(row)
            self.mapping.setItem(row, 0, _item(column))
            self.mapping.setItem(row, 1, _item(samples.get(column, "")))
            combo = QComboBox()
            for key, label in TARGETS.items():
                combo.addItem(translate("ImportTargets", label), key)
            combo.setCurrentIndex(combo.findData(parsed.mapping.get(column, "ignore")))
            combo.currentIndexChanged.connect(lambda _i: self.apply_mapping())
            self.mapping.setCellWidget(row, 2, combo)
        self.mapping.resizeColumnToContents(0)
        self.mapping.show()

    def _first_values(self, parsed: ParsedFile) -> dict[str, str]:
        """One example value per column, from the first data row."""
        if self.path is None:
            return {}
        try:
            if parsed.format == "xlsx":
                from crm_app.io.tables import read_xlsx_rows

                header, rows = read_xlsx_rows(self.path)
            else:
                from crm_app.io.textfile import decode, read_rows

                header, rows = read_rows(decode(self.path.read_bytes())[0])
        except DomainError:
            return {}
        first = rows[0][1] if rows else []
        return {h: (first[i] if i < len(first) else "") for i, h in enumerate(header)}

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.error.hide()
        self.rows.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            details = row.reason or row.match
            if row.warnings:
                details = "; ".join(filter(None, [details, *row.warnings]))
            if row.action in {"update", "merge"} and row.values:
                details = "; ".join(filter(None, [details, self.tr("changes: ")
                                                  + ", ".join(sorted(row.values))]))
            self.rows.setItem(index, 0, _item(str(row.line)))
            self.rows.setItem(index, 1, _item(translate("ImportActions", row.action),
                                              ACTION_COLOURS.get(row.action)))
            label = row.label + (f" — {row.organisation}" if row.organisation else "")
            self.rows.setItem(index, 2, _item(label))
            detail_item = _item(details, "#e65100" if row.warnings else None)
            detail_item.setToolTip(details)
            self.rows.setItem(index, 3, detail_item)
        self.rows.resizeColumnsToContents()
        counts = preview.counts()
        text = self.tr("{create} to create, {update} to update, {merge} to merge, {skip} "
                       "skipped, {refuse} refused, {warnings} with warnings").format(**counts)
        if counts["new_attendees"]:
            text += self.tr("; {n} attendees become new contacts").format(
                n=counts["new_attendees"])
        if preview.warnings:
            text += "\n" + "\n".join(preview.warnings)
        self.summary.setText(text)
        self.import_button.setEnabled(preview.changes_anything)

    def _busy(self) -> None:
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Working…"))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        self.preview = None
        self.rows.setRowCount(0)
        self.summary.setText("")
        self.error.setText(str(error))
        self.error.show()
        self.import_button.setEnabled(False)


# -- export --------------------------------------------------------------------------------------
EXPORT_CHOICES = [("csv", "3.0", QT_TRANSLATE_NOOP("ExportDialog", "CSV (Excel)"), "csv"),
                  ("xlsx", "3.0", QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook"), "xlsx"),
                  ("vcard", "3.0", "vCard 3.0", "vcf"), ("vcard", "4.0", "vCard 4.0", "vcf"),
                  ("ics", "3.0", QT_TRANSLATE_NOOP("ExportDialog", "Calendar (.ics) of meetings"),
                   "ics")]


class ExportDialog(QDialog):
    """What (selection, filter or everything), which format, where."""

    def __init__(self, crm: Crm, selection: tuple[str, list[str]] = ("", []),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.crm = crm
        self.selection = selection
        self.count = 0
        self.written: Path | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("export_kind")
        for index, (_kind, _version, label, _ext) in enumerate(EXPORT_CHOICES):
            self.kind.addItem(self.tr(label), index)
        entity, ids = selection
        self.scope_selection = QRadioButton(self.tr("The {n} selected {entity} record(s)")
                                            .format(n=len(ids), entity=kind_label(entity).lower()))
        self.scope_selection.setEnabled(bool(ids))
        self.scope_filter = QRadioButton(self.tr("Filtered"))
        self.scope_all = QRadioButton(self.tr("Everything"))
        (self.scope_selection if ids else self.scope_all).setChecked(True)
        if entity == "meeting":
            self.kind.setCurrentIndex(len(EXPORT_CHOICES) - 1)  # meetings go to a calendar
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("ISO code, e.g. JP"))
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.addItem("")
        self.tag.addItems([t["name"] for t in crm.tags.list()])
        self.event_choice = QComboBox()
        self.event_choice.addItem("", None)
        for event in crm.events.list():
            self.event_choice.addItem(event["name"], event["id"])
        for widget in (self.country, self.tag, self.event_choice):
            widget.installEventFilter(self)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_apply")
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.kind)
        form.addRow(self.scope_selection)
        form.addRow(self.scope_filter)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.tr("Event"), self.event_choice)
        form.addRow(self.scope_all)
        form.addRow(self.error)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Export"))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Typing in a filter field chooses "Filtered"."""
        if event.type() == event.Type.FocusIn:
            self.scope_filter.setChecked(True)
        return False

    def current_filter(self) -> ExportFilter:
        if self.scope_selection.isChecked():
            return ExportFilter(ids=list(self.selection[1]))
        if self.scope_filter.isChecked():
            return ExportFilter(country=self.country.text().strip() or None,
                                tag=self.tag.currentText().strip() or None,
                                event_id=self.event_choice.currentData())
        return ExportFilter()

    def export(self) -> None:
        kind, version, label, extension = EXPORT_CHOICES[int(self.kind.currentData())]
        chosen = ask_save_path(self, f"export.{extension}", f"{self.tr(label)} (*.{extension})")
        if not chosen:
            return
        try:
            self.count = ImportExport(self.crm).export(kind, Path(chosen), self.current_filter(),
                                                       version)
        except DomainError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.written = Path(chosen)
        self.accept()


# -- duplicates ----------------------------------------------------------------------------------
class DuplicateReviewDialog(QDialog):
    """One pair at a time: keep both, update the first from the second, or merge field by
    field (every meeting, follow-up, note and tag kept); the last merge can be undone."""

    changed = Signal()

    def __init__(self, crm: Crm, pairs: list[duplicates.DuplicatePair] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_review")
        self.crm = crm
        self.pairs = list(pairs) if pairs is not None else duplicates.scan(crm.db)
        self.position = 0
        self.field_names: list[str] = []
        self.first_id = self.second_id = ""
        self.last_merge: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("duplicate_heading")
        self.heading.setWordWrap(True)
        self.fields = QTableWidget(0, 4)
        self.fields.setObjectName("duplicate_fields")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("First"),
                                               self.tr("Second"), self.tr("Keep")])
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().hide()
        self.status = QLabel()
        self.status.setObjectName("duplicate_status")
        self.keep_both_button = QPushButton(self.tr("Keep both"))
        self.update_button = QPushButton(self.tr("Update first"))
        self.merge_button = QPushButton(self.tr("Merge"))
        self.next_button = QPushButton(self.tr("Decide later"))
        self.undo_button = QPushButton(self.tr("Undo last merge"))
        self.undo_button.setEnabled(False)
        for button, slot in ((self.keep_both_button, self.keep_both),
                             (self.update_button, self.update_first),
                             (self.merge_button, self.merge), (self.next_button, self.next_pair),
                             (self.undo_button, self.undo_last_merge)):
            button.clicked.connect(slot)
        actions = QHBoxLayout()
        for button in (self.keep_both_button, self.update_button, self.merge_button,
                       self.next_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.fields, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.setWindowTitle(self.tr("Review duplicates"))
        self.resize(860, 560)
        self.show_pair()

    def current(self) -> duplicates.DuplicatePair | None:
        return self.pairs[self.position] if self.position < len(self.pairs) else None

    def show_pair(self) -> None:
        pair = self.current()
        for button in (self.keep_both_button, self.update_button, self.merge_button,
                       self.next_button):
            button.setEnabled(pair is not None)
        self.fields.setRowCount(0)
        self.field_names = []
        if pair is None:
            self.heading.setText(self.tr("No more likely duplicates."))
            return
        try:
            both = sorted((self.crm.contacts.get(pair.a_id), self.crm.contacts.get(pair.b_id)),
                          key=lambda c: (c["created_at"], c["id"]))
            self.first_id, self.second_id = both[0]["id"], both[1]["id"]
            plan = merge.plan(self.crm.db, self.first_id, self.second_id)
        except DomainError:  # one of the two was merged or deleted meanwhile
            self.next_pair()
            return
        sides = [self.tr("{name} ({n} meetings, follow-ups and notes; tags: {tags})").format(
            name=" ".join(p for p in (c["given_name"], c["family_name"]) if p),
            n=len(self.crm.queries.timeline("contact", c["id"])),
            tags=", ".join(c["tags"]) or "-") for c in both]
        self.heading.setText(self.tr("Pair {i} of {n}: {why}\nFirst (older, kept on merge): "
                                     "{first}\nSecond: {second}").format(
            i=self.position + 1, n=len(self.pairs), why="; ".join(pair.reasons),
            first=sides[0], second=sides[1]))
        shown = [f for f in plan if f.keep_value not in (None, "", [])
                 or f.other_value not in (None, "", [])]
        self.field_names = [f.name for f in shown]
        self.fields.setRowCount(len(shown))
        for row, choice in enumerate(shown):
            self.fields.setItem(row, 0, _item(choice.label))
            self.fields.setItem(row, 1, _item(_shown(choice.keep_value)))
            self.fields.setItem(row, 2, _item(_shown(choice.other_value)))
            combo = QComboBox()
            combo.addItem(self.tr("first"), "keep")
            combo.addItem(self.tr("second"), "other")
            if isinstance(choice.keep_value, list) or choice.name in {"notes", "consent_note"}:
                combo.addItem(self.tr("both"), "both")
            default = ("both" if combo.findData("both") >= 0 and choice.merged_value not in
                       (choice.keep_value, choice.other_value) else
                       "other" if choice.merged_value == choice.other_value
                       and choice.merged_value != choice.keep_value else "keep")
            combo.setCurrentIndex(combo.findData(default))
            self.fields.setCellWidget(row, 3, combo)
        self.fields.resizeColumnToContents(0)

    def choices(self) -> dict[str, str]:
        result = {}
        for row, name in enumerate(self.field_names):
            combo = self.fields.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)
            result[name] = str(combo.currentData())
        return result

    def choose(self, field: str, side: str) -> None:
        for row, name in enumerate(self.field_names):
            if name == field:
                combo = self.fields.cellWidget(row, 3)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(side))
                return
        raise KeyError(field)

    def keep_both(self) -> None:
        pair = self.current()
        if pair is not None:
            duplicates.dismiss(self.crm.db, self.first_id, self.second_id, self.crm.clock)
            self.status.setText(self.tr("Kept both; this pair will not be proposed again."))
            self.next_pair()

    def update_first(self) -> None:
        """Copy the chosen values of the second into the first; both records stay."""
        pair = self.current()
        if pair is None:
            return
        first, second = self.first_id, self.second_id
        plan = {f.name: f for f in merge.plan(self.crm.db, first, second)}
        changes = {name: (plan[name].other_value if side == "other" else plan[name].merged_value)
                   for name, side in self.choices().items() if side in {"other", "both"}}
        self._guard(lambda: self.crm.contacts.update(first, changes),
                    self.tr("First contact updated; both kept."))

    def merge(self) -> None:
        pair = self.current()
        if pair is None:
            return
        first, second = self.first_id, self.second_id
        who = str(self.crm.settings.profile().get("name") or "")
        result = self._guard(lambda: merge.merge_contacts(
            self.crm.db, first, second, self.choices(), who, self.crm.clock),
            self.tr("Merged; meetings, follow-ups, notes and tags of both are kept."))
        if result is not None:
            self.last_merge = str(result["id"])
            self.undo_button.setEnabled(True)

    def undo_last_merge(self) -> None:
        if self.last_merge is None:
            return
        merge_id = self.last_merge
        if self._guard(lambda: merge.undo_merge(self.crm.db, merge_id, self.crm.clock),
                       self.tr("Merge undone."), advance=False) is not None:
            self.last_merge = None
            self.undo_button.setEnabled(False)
            self.position = max(0, self.position - 1)
            self.show_pair()

    def next_pair(self) -> None:
        self.position += 1
        self.show_pair()

    def _guard(self, fn: Callable[[], Any], done: str, advance: bool = True) -> Any:
        try:
            result = fn()
        except DomainError as error:
            self.status.setText(str(error))
            return None
        self.status.setText(done)
        self.changed.emit()
        if advance:
            self.next_pair()
        return result


# -- badge / card QR codes -----------------------------------------------------------------------
class QrCaptureDialog(QDialog):
    """Scan (the scanner types into the box) or paste a badge's vCard/MECARD; the contact is
    shown with any likely duplicate, and saved in one step."""

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qr_capture")
        self.crm = crm
        self.service = ImportExport(crm)
        self.preview: ImportPreview | None = None
        self.contact_id = ""
        self.text = QPlainTextEdit()
        self.text.setObjectName("qr_text")
        self.text.setPlaceholderText(self.tr("Scan the badge or paste the QR text "
                                             "(vCard or MECARD)"))
        self.text.textChanged.connect(self.read)
        self.card = QLabel()
        self.card.setObjectName("qr_card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.card)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Scan a badge"))
        self.resize(520, 380)

    def read(self) -> None:
        raw = self.text.toPlainText().strip()
        self.preview = None
        self.save_button.setEnabled(False)
        if not raw:
            self.card.setText("")
            return
        try:
            preview = self.service.preview_text(raw, "qr", "merge")
        except DomainError as error:
            self.card.setText(str(error))
            return
        rows = [r for r in preview.rows if r.kind == "contact"]
        if not rows or rows[0].action == "refuse":
            self.card.setText(rows[0].reason if rows else self.tr("No contact in this code."))
            return
        row = rows[0]
        values = row.values
        lines = [row.label]
        if row.organisation:
            lines.append(row.organisation)
        for key in ("job_title", "emails", "phones"):
            if values.get(key):
                lines.append(_shown(values[key]))
        if row.action in {"merge", "skip"}:
            lines.append(self.tr("Already known ({why}); saving adds what is new.")
                         .format(why=row.match))
        lines.extend(row.warnings)
        self.card.setText("\n".join(lines))
        self.preview = preview
        self.save_button.setEnabled(preview.changes_anything)

    def save(self) -> None:
        if self.preview is None or not self.preview.changes_anything:
            return
        try:
            self.service.apply(self.preview)
        except DomainError as error:
            self.card.setText(str(error))
            return
        row = self.preview.rows[0]
        if row.target_id:
            self.contact_id = row.target_id
        else:
            found = duplicates.find_matches(self.crm.db, row.values)
            self.contact_id = found[0].record_id if found else ""
        self.accept()


# -- detection on creation -----------------------------------------------------------------------
def confirm_new_contact(parent: QWidget | None, crm: Crm, values: dict[str, Any],
                        record_id: str | None = None) -> bool:
    """For a contact form's Save: True when no existing contact looks like `values`, or the
    person chose to save anyway (the form calls this before `crm.contacts.create`)."""
    matches = duplicates.find_matches(crm.db, values, exclude_id=record_id)
    if not matches:
        return True
    names = crm.queries.names([m.record_id for m in matches[:3]])
    listed = "\n".join(f"• {names.get(m.record_id, m.record_id)} ({m.reason})"
                       for m in matches[:3])
    title = translate("IoUi", "Possible duplicate")
    text = translate("IoUi", "This contact looks like:\n{people}\n\nSave it anyway?")
    return confirm(parent, title, text.format(people=listed))


# -- the window's menus --------------------------------------------------------------------------
def open_import(window: MainWindow, path: Path | None = None) -> ImportDialog:
    dialog = ImportDialog(window.crm, path, window.tasks, window)
    dialog.imported.connect(lambda result: _after_import(window, result))
    dialog.open()
    if path is None:
        dialog.choose_file()
    return dialog


def _after_import(window: MainWindow, result: dict[str, Any]) -> None:
    window.refresh_views()
    created = sum(result.get("created", {}).values())
    window.statusBar().showMessage(translate("IoUi", "Imported: {n} record(s) written.").format(
        n=created + int(result.get("updated", 0))), 6000)


def undo_import(window: MainWindow) -> None:
    service = ImportExport(window.crm)
    last = service.last_import()
    if last is None:
        tell(window, translate("IoUi", "Undo import"),
             translate("IoUi", "There is no import to undo."))
        return
    question = translate("IoUi", "Undo the import of {source} made at {when}?").format(
        source=Path(last["source"]).name, when=last["applied_at"][:16].replace("T", " "))
    if not confirm(window, translate("IoUi", "Undo import"), question):
        return
    try:
        service.undo_last()
    except DomainError as error:
        window.show_error(str(error))
        return
    window.refresh_views()


def open_export(window: MainWindow) -> None:
    dialog = ExportDialog(window.crm, window.current_selection(), window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written is not None:
        window.statusBar().showMessage(translate("IoUi", "{n} record(s) written to {file}").format(
            n=dialog.count, file=dialog.written.name), 6000)


def open_duplicates(window: MainWindow) -> None:
    def show(pairs: list[duplicates.DuplicatePair]) -> None:
        dialog = DuplicateReviewDialog(window.crm, pairs, window)
        dialog.changed.connect(window.refresh_views)
        dialog.open()

    def scan(progress: Callable[[int, int], None], cancel: Any) -> list[Any]:
        return duplicates.scan(window.crm.db, progress, cancel)

    window.tasks.run(scan, on_done=show, on_error=lambda e: window.show_error(str(e)),
                     label=translate("IoUi", "Looking for duplicates"), cancellable=True,
                     write=False)


def open_qr_capture(window: MainWindow) -> None:
    dialog = QrCaptureDialog(window.crm, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.refresh_views()
        if dialog.contact_id:
            window.open_record("contact", dialog.contact_id)


def install(window: MainWindow) -> None:
    """File: Import…, Export…, Undo last import; Edit: Scan a badge; Tools: duplicates."""
    texts = AreaTexts(window, "IoUi")
    texts.add_action("File", QT_TRANSLATE_NOOP("IoUi", "Import…"), lambda: open_import(window),
                     "Ctrl+I")
    texts.add_action("File", QT_TRANSLATE_NOOP("IoUi", "Export…"), lambda: open_export(window),
                     "Ctrl+Shift+E")
    texts.add_action("File", QT_TRANSLATE_NOOP("IoUi", "Undo last import"),
                     lambda: undo_import(window))
    texts.add_action("Edit", QT_TRANSLATE_NOOP("IoUi", "Scan a badge (QR)…"),
                     lambda: open_qr_capture(window), "Ctrl+Shift+B")
    texts.add_action("Tools", QT_TRANSLATE_NOOP("IoUi", "Find duplicates…"),
                     lambda: open_duplicates(window))
