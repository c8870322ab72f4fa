"""The export dialog: what (selection, filter or everything), which format, where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.io.export import ExportFilter
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm
from crm_app.ui.io import seams
from crm_app.ui.labels import label as kind_label
from crm_app.ui.messages import error_text
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP
from crm_app.ui.widgets.picker import event_text

EXPORT_CHOICES = [("csv", "3.0", QT_TRANSLATE_NOOP("ExportDialog", "CSV (Excel)"), "csv"),
                  ("xlsx", "3.0", QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook"), "xlsx"),
                  ("vcard", "3.0", "vCard 3.0", "vcf"), ("vcard", "4.0", "vCard 4.0", "vcf"),
                  ("ics", "3.0", QT_TRANSLATE_NOOP("ExportDialog", "Calendar (.ics) of meetings"),
                   "ics")]


class ExportDialog(QDialog):
    """What (selection, filter or everything), which format, where."""

    def __init__(self, crm: Crm, selection: tuple[str, list[str]] = ("", []),
                 parent: QWidget | None = None, *, selection_only: bool = False) -> None:
        """`selection_only` (a list's "Export selection…"): only the selected ids."""
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
            self.event_choice.addItem(event_text(event), event["id"])  # place and date
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
        if selection_only and ids:
            for field in (self.scope_filter, self.scope_all, self.country, self.tag,
                          self.event_choice):
                field.setEnabled(False)

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
        chosen = seams.ask_save_path(self, f"export.{extension}",
                                     f"{self.tr(label)} (*.{extension})")
        if not chosen:
            return
        try:
            self.count = ImportExport(self.crm).export(kind, Path(chosen), self.current_filter(),
                                                       version)
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.written = Path(chosen)
        self.accept()

