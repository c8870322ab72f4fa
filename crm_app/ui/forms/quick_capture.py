"""Quick capture at a booth: a name, an organisation, one note; saved in seconds.

The organisation is matched by name among existing ones (or created), the note is attached
to the new contact, and the contact is owned by this laptop's staff member. Completed later
in the Contacts view.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.domain.normalise import clean_text, fold
from crm_app.services.crm import Crm
from crm_app.ui import dialogs


def split_name(name: str) -> tuple[str, str]:
    """'Anna Maria Rossi' -> ('Anna Maria', 'Rossi'); one word is a family name."""
    parts = clean_text(name).split(" ")
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def capture(crm: Crm, name: str, organisation: str, note: str) -> str:
    """Create the contact (and organisation, note); returns the contact id."""
    profile = crm.settings.profile()
    org_id = None
    if organisation.strip():
        wanted = fold(organisation)
        hits = crm.search.search(organisation, kinds=("organisation",), limit=10)
        org_id = next((h.record_id for h in hits if fold(h.title) == wanted), None)
        if org_id is None:
            org_id = crm.organisations.create({"name": organisation,
                                               "country": profile.get("country") or None})["id"]
    given, family = split_name(name)
    contact = crm.contacts.create({"given_name": given, "family_name": family,
                                   "organisation_id": org_id,
                                   "owner_id": profile.get("staff_id") or None,
                                   "country": profile.get("country") or None})
    if note.strip():
        crm.notes.create({"body": note, "contact_id": contact["id"],
                          "author_id": profile.get("staff_id") or None})
    return str(contact["id"])


class QuickCaptureDialog(QDialog):
    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_capture")
        self.crm = crm
        self.contact_id = ""
        self.name = QLineEdit()
        self.name.setObjectName("capture_name")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("capture_organisation")
        self.note = QPlainTextEdit()
        self.note.setObjectName("capture_note")
        self.note.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #d32f2f;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.captions = [QLabel(), QLabel(), QLabel()]
        form.addRow(self.captions[0], self.name)
        form.addRow(self.captions[1], self.organisation)
        form.addRow(self.captions[2], self.note)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("Quick capture"))
        self.captions[0].setText(self.tr("Name *"))
        self.captions[1].setText(self.tr("Organisation"))
        self.captions[2].setText(self.tr("Note"))
        self.name.setPlaceholderText(self.tr("e.g. Yuki Tanaka"))
        self.resize(460, 280)

    def save(self) -> None:
        if not self.name.text().strip():
            self._error(self.tr("A name is needed."))
            self.name.setFocus()
            return
        try:
            self.contact_id = capture(self.crm, self.name.text(), self.organisation.text(),
                                      self.note.toPlainText())
        except DomainError as error:
            self._error(str(error))
            return
        self.accept()

    def has_input(self) -> bool:
        return bool(self.name.text().strip() or self.organisation.text().strip()
                    or self.note.toPlainText().strip())

    def reject(self) -> None:
        """Closing with something typed asks first: a capture is never lost silently."""
        if self.has_input() and not dialogs.ask_yes_no(
                self, self.tr("Quick capture"), self.tr("Throw away what you typed?")):
            return
        super().reject()

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
