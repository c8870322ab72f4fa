"""The import dialog: file -> column mapping (tables) -> preview -> Import."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.io.drafts import ParsedFile
from crm_app.io.preview import NO_NAME, ImportPreview
from crm_app.io.progress import Progress
from crm_app.io.service import IMPORT_FORMATS, ImportExport, open_table_file, read_file
from crm_app.io.stream_import import TableFile
from crm_app.io.tables import TARGETS
from crm_app.services.crm import Crm
from crm_app.ui.io import seams
from crm_app.ui.io.common import ACTION_COLOURS, run_job, table_item, translate
from crm_app.ui.io.import_targets import target_name
from crm_app.ui.messages import error_text, note_text
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP
from crm_app.ui.widgets.task_progress import TaskProgress

# What --encoding offers most often: the code pages of the offices' export sources.
ENCODINGS = (("utf-8", "UTF-8"), ("cp1252", "Windows-1252 (Western)"),
             ("iso-8859-1", "ISO-8859-1 (Latin-1)"), ("utf-16", "UTF-16"),
             ("cp1251", "Windows-1251 (Cyrillic)"), ("shift_jis", "Shift JIS (Japanese)"),
             ("gb18030", "GB 18030 (Chinese)"), ("big5", "Big5 (Chinese, traditional)"),
             ("cp949", "EUC-KR (Korean)"), ("cp1256", "Windows-1256 (Arabic)"),
             ("cp1255", "Windows-1255 (Hebrew)"))
TABLE_FORMATS = {"csv", "outlook", "google", "thunderbird", "xlsx"}
ACTION_NAMES = (QT_TRANSLATE_NOOP("ImportActions", "create"),
                QT_TRANSLATE_NOOP("ImportActions", "update"),
                QT_TRANSLATE_NOOP("ImportActions", "merge"),
                QT_TRANSLATE_NOOP("ImportActions", "skip"),
                QT_TRANSLATE_NOOP("ImportActions", "refuse"))



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
        self.table: TableFile | None = None  # a CSV/xlsx file, read as a stream
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
        self.encoding = QComboBox()
        self.encoding.setObjectName("import_encoding")
        self.encoding.addItem(self.tr("Detect"), None)
        for codec, label in ENCODINGS:
            self.encoding.addItem(label, codec)
        self.encoding_note = QLabel()
        self.encoding_note.setObjectName("import_encoding_note")
        # another encoding can rename the columns, so the mapping is guessed again
        self.encoding.currentIndexChanged.connect(lambda _i: self.reload())
        self.format.currentIndexChanged.connect(lambda _i: self.reload())
        self.on_duplicate.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First value"),
                                                self.tr("Field")])
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # the field's name shown whole ("Given name (Latin)"), not cut by a narrow column
        self.mapping.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
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
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding)
        encoding_row.addWidget(self.encoding_note, 1)
        options.addRow(self.tr("Encoding"), encoding_row)
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
        if tasks is not None:  # the status bar is under this dialog: show progress and Cancel here
            self.progress = TaskProgress(tasks, self)
            self.progress.setObjectName("import_progress")
            layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import contacts or meetings"))
        self.resize(900, 620)
        self.mapping.hide()
        if path is not None:
            self.load(Path(path))

    # -- steps ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen = seams.ask_open_path(self)
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self.reload()

    def reload(self, mapping: dict[str, str] | None = None) -> None:
        """Read the file again (format or mapping changed), then preview. A table file is
        only opened here (header, encoding, mapping); its rows stream in the preview."""
        if self.path is None:
            return
        path, fmt, encoding = self.path, self.format.currentData(), self.encoding.currentData()
        self._busy()

        def read(progress: Progress, stop: threading.Event) -> ParsedFile | TableFile:
            table = open_table_file(path, fmt, mapping, encoding)
            if table is not None:
                return table
            # a vCard or calendar file is read whole: cards or events read, and Cancel
            return read_file(path, fmt, mapping, encoding, progress=progress, stop=stop)

        run_job(self.tasks, read, self._read_done, self._failed, self.tr("Reading the file"),
                write=False)

    def _read_done(self, read: ParsedFile | TableFile) -> None:
        self.table = read if isinstance(read, TableFile) else None
        self.parsed = read.head if isinstance(read, TableFile) else read
        chosen = self.parsed.encoding or ""
        note = f" ({self.parsed.encoding_note})" if self.parsed.encoding_note else ""
        self.encoding_note.setText(self.tr("read as {encoding}").format(encoding=chosen) + note
                                   if chosen else "")
        self._fill_mapping(self.parsed)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        if self.parsed is None or self.path is None:
            return
        parsed, source, table = self.parsed, str(self.path), self.table
        on_duplicate = str(self.on_duplicate.currentData())
        self._busy()
        if table is not None:
            run_job(self.tasks, lambda progress, stop: self.service.preview_table(
                table, on_duplicate, progress, stop), self._show_preview, self._failed,
                self.tr("Checking the rows"), write=False)
            return
        run_job(self.tasks, lambda progress, stop: self.service.preview(
            parsed, source, on_duplicate, progress, stop), self._show_preview, self._failed,
            self.tr("Checking for duplicates"), write=False)

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
        run_job(self.tasks, lambda progress, stop: self.service.apply(preview, progress, stop),
                self._applied, self._failed, self.tr("Importing"), write=True)

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
            self.mapping.setItem(row, 0, table_item(column))
            self.mapping.setItem(row, 1, table_item(samples.get(column, "")))
            combo = QComboBox()
            for key, label in TARGETS.items():
                combo.addItem(target_name(label), key)
            combo.setCurrentIndex(combo.findData(parsed.mapping.get(column, "ignore")))
            combo.currentIndexChanged.connect(lambda _i: self.apply_mapping())
            self.mapping.setCellWidget(row, 2, combo)
        self.mapping.resizeColumnToContents(0)
        self.mapping.show()

    def _first_values(self, parsed: ParsedFile) -> dict[str, str]:
        """One example value per column, from the first data row (only that row is read)."""
        if self.table is None:
            return {}
        try:
            first = next(iter(self.table.rows()), (0, []))[1]
        except DomainError:
            return {}
        header = parsed.columns
        return {h: (first[i] if i < len(first) else "") for i, h in enumerate(header)}

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.error.hide()
        self.rows.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            details = note_text(row.reason) or row.match
            if row.warnings:
                details = "; ".join(filter(None, [details, *map(note_text, row.warnings)]))
            if row.action in {"update", "merge"} and row.values:
                details = "; ".join(filter(None, [details, self.tr("changes: ")
                                                  + ", ".join(sorted(row.values))]))
            self.rows.setItem(index, 0, table_item(str(row.line)))
            self.rows.setItem(index, 1, table_item(translate("ImportActions", row.action),
                                              ACTION_COLOURS.get(row.action)))
            name = self.tr("(no name)") if row.label == NO_NAME else row.label
            label = name + (f" — {row.organisation}" if row.organisation else "")
            self.rows.setItem(index, 2, table_item(label))
            detail_item = table_item(details, "#e65100" if row.warnings else None)
            detail_item.setToolTip(details)
            self.rows.setItem(index, 3, detail_item)
        self.rows.resizeColumnsToContents()
        locale = QLocale()
        counts = {k: locale.toString(v) for k, v in preview.counts().items()}
        text = self.tr("{create} to create, {update} to update, {merge} to merge, {skip} "
                       "skipped, {refuse} refused, {warnings} with warnings").format(**counts)
        if preview.counts()["new_attendees"]:
            text += self.tr("; {n} attendees become new contacts").format(
                n=counts["new_attendees"])
        if not preview.complete:
            text += "\n" + self.tr("The list shows {shown} of the file's {total} rows (the "
                                   "first ones, then those refused, skipped or with "
                                   "warnings); the counts above are of every row.").format(
                shown=locale.toString(len(preview.rows)), total=locale.toString(preview.total()))
        if preview.warnings:
            text += "\n" + "\n".join(map(note_text, preview.warnings))
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
        self.error.setText(error_text(error))
        self.error.show()
        self.import_button.setEnabled(False)

