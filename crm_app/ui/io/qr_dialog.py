"""Badge and business-card QR codes: scan or paste, see the contact, save in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.io.preview import ImportPreview
from crm_app.io.service import ImportExport
from crm_app.services import duplicates
from crm_app.services.crm import Crm
from crm_app.ui.io.common import shown_value
from crm_app.ui.messages import error_text, note_text


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
            self.card.setText(error_text(error))
            return
        rows = [r for r in preview.rows if r.kind == "contact"]
        if not rows or rows[0].action == "refuse":
            self.card.setText(note_text(rows[0].reason) if rows
                              else self.tr("No contact in this code."))
            return
        row = rows[0]
        values = row.values
        lines = [row.label]
        if row.organisation:
            lines.append(row.organisation)
        for key in ("job_title", "emails", "phones"):
            if values.get(key):
                lines.append(shown_value(values[key]))
        if row.action in {"merge", "skip"}:
            lines.append(self.tr("Already known ({why}); saving adds what is new.")
                         .format(why=row.match))
        lines.extend(map(note_text, row.warnings))
        self.card.setText("\n".join(lines))
        self.preview = preview
        self.save_button.setEnabled(preview.changes_anything)

    def save(self) -> None:
        if self.preview is None or not self.preview.changes_anything:
            return
        try:
            self.service.apply(self.preview)
        except DomainError as error:
            self.card.setText(error_text(error))
            return
        row = self.preview.rows[0]
        if row.target_id:
            self.contact_id = row.target_id
        else:
            found = duplicates.find_matches(self.crm.db, row.values)
            self.contact_id = found[0].record_id if found else ""
        self.accept()

