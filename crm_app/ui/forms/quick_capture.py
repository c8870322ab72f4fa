"""Quick capture at a booth: a name, an organisation, one note; saved in seconds.

The organisation is matched by name among existing ones (or created), the note is attached
to the new contact, and the contact is owned by this laptop's staff member. Completed later
in the Contacts view. A badge's QR text (vCard or MECARD, typed by a scanner acting as a
keyboard, or pasted) fills name, organisation, email, phone and job title in one step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.domain.normalise import clean_text
from crm_app.io.drafts import split_full_name
from crm_app.io.qr import parse_qr_text
from crm_app.services.capture import capture
from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from crm_app.ui.messages import error_text
from crm_app.ui.widgets.message_line import message_line
from crm_app.ui.widgets.picker import Picker, record_hits

_BADGE_HEADS = ("BEGIN:VCARD", "MECARD:", "BIZCARD:")


@dataclass(frozen=True)
class Badge:
    """What the quick-capture form takes from a badge."""

    given_name: str
    family_name: str
    organisation: str = ""
    email: str = ""
    phone: str = ""
    job_title: str = ""

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)


def read_badge(text: str) -> Badge:
    """The one contact in a badge's QR text; DomainError when it is not exactly one."""
    parsed = parse_qr_text(text)
    if not parsed.contacts:
        reason = parsed.refused[0].reason if parsed.refused else "no contact found"
        raise DomainError("the badge could not be read: {reason}", reason=reason)
    if len(parsed.contacts) > 1:
        raise DomainError("the scanned text holds more than one contact: scan one badge")
    draft = parsed.contacts[0]
    given = clean_text(str(draft.values.get("given_name") or ""))
    family = clean_text(str(draft.values.get("family_name") or ""))
    if not given and not family and draft.full_name:
        given, family = split_full_name(draft.full_name)
    if not given and not family:
        raise DomainError("the badge has no name")
    return Badge(given, family, organisation=clean_text(draft.organisation),
                 email=draft.emails[0].strip() if draft.emails else "",
                 phone=draft.phones[0].strip() if draft.phones else "",
                 job_title=clean_text(str(draft.values.get("job_title") or "")))


def badge_text_complete(text: str) -> bool | None:
    """True when scanned text has reached its end, False while a scanner may still be typing,
    None when it cannot become a badge (neither vCard nor MECARD)."""
    stripped = text.strip()
    head = stripped[:12].upper()
    if not any(h.startswith(head) or head.startswith(h) for h in _BADGE_HEADS):
        return None
    if head.startswith("BEGIN:VCARD"):
        return stripped.upper().endswith("END:VCARD")
    return stripped.endswith(";;")


class QuickCaptureDialog(QDialog):
    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_capture")
        self.crm = crm
        self.contact_id = ""
        self.badge: Badge | None = None  # the badge last filled in, for its split name
        self.scan = QPushButton()
        self.scan.setObjectName("capture_scan")
        self.scan.setAutoDefault(False)  # Enter must still save, never open the scan box
        self.scan.clicked.connect(self.start_scan)
        self.badge_text = QPlainTextEdit()
        self.badge_text.setObjectName("capture_badge_text")
        self.badge_text.setMaximumHeight(90)
        self.badge_text.hide()
        self.badge_text.textChanged.connect(self.badge_typed)
        self.fill = QPushButton()
        self.fill.setObjectName("capture_fill")
        self.fill.setAutoDefault(False)
        self.fill.clicked.connect(self.fill_from_badge)
        self.fill.hide()
        self.name = QLineEdit()
        self.name.setObjectName("capture_name")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("capture_organisation")
        # Existing organisations offered as in Ctrl+K; a typed new name is created on save.
        self.organisation_id: str | None = None
        self.organisation.textEdited.connect(self._organisation_typed)
        self.organisation_picker = Picker(self.organisation,
                                          record_hits(crm, ("organisation",), limit=12))
        self.organisation_picker.chosen.connect(self._organisation_chosen)
        self.email = QLineEdit()
        self.email.setObjectName("capture_email")
        self.phone = QLineEdit()
        self.phone.setObjectName("capture_phone")
        self.job_title = QLineEdit()
        self.job_title.setObjectName("capture_job_title")
        self.note = QPlainTextEdit()
        self.note.setObjectName("capture_note")
        self.note.setTabChangesFocus(True)
        self.error = message_line("capture_error", lines=2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.scan)
        form.addRow(self.badge_text)
        form.addRow(self.fill)
        self.captions = [QLabel() for _ in range(6)]
        for caption, field in zip(self.captions, (self.name, self.organisation, self.email,
                                                  self.phone, self.job_title, self.note),
                                  strict=True):
            form.addRow(caption, field)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("Quick capture"))
        self.scan.setText(self.tr("Scan badge…"))
        self.fill.setText(self.tr("Fill from badge"))
        self.badge_text.setPlaceholderText(self.tr("Scan the badge now, or paste its QR text "
                                                   "(vCard or MECARD)"))
        for caption, text in zip(self.captions, (
                self.tr("Name *"), self.tr("Organisation"), self.tr("Email"), self.tr("Phone"),
                self.tr("Job title"), self.tr("Note")), strict=True):
            caption.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Yuki Tanaka"))
        self.resize(460, 380)

    # -- badge ----------------------------------------------------------------------------
    def start_scan(self) -> None:
        """Show the box the scanner types into, empty and focused."""
        self.badge_text.clear()
        self.badge_text.show()
        self.fill.show()
        self.badge_text.setFocus()

    def badge_typed(self) -> None:
        """A scanner types the code key by key: fill once the code is complete, and say so
        at once when the text cannot be a badge; half-typed codes are left alone."""
        text = self.badge_text.toPlainText()
        if not text.strip():
            return
        complete = badge_text_complete(text)
        if complete is False:
            self.error.clear()  # a new scan is under way; an old message no longer applies
        else:
            self.fill_from_badge()

    def fill_from_badge(self) -> None:
        """Fill the form from the badge text; bad text shows one message and changes nothing."""
        try:
            badge = read_badge(self.badge_text.toPlainText())
        except DomainError as error:
            self._error(self.tr("Badge not read: %1").replace("%1", error_text(error)))
            return
        if badge == self.badge:  # the scanner's trailing Enter: nothing new to fill
            return
        self.badge = badge
        self.name.setText(badge.display_name)
        self.organisation.setText(badge.organisation)
        self.organisation_id = None  # matched by name on save
        self.email.setText(badge.email)
        self.phone.setText(badge.phone)
        self.job_title.setText(badge.job_title)
        self.error.clear()

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        if not self.name.text().strip():
            self._error(self.tr("A name is needed."))
            self.name.setFocus()
            return
        names = None
        if self.badge is not None and self.name.text() == self.badge.display_name:
            names = (self.badge.given_name, self.badge.family_name)
        try:
            self.contact_id = capture(self.crm, self.name.text(), self.organisation.text(),
                                      self.note.toPlainText(), names=names,
                                      email=self.email.text(), phone=self.phone.text(),
                                      job_title=self.job_title.text(),
                                      organisation_id=self.organisation_id)
        except DomainError as error:
            self._error(error_text(error))
            return
        self.accept()

    def _organisation_typed(self, _text: str) -> None:
        self.organisation_id = None  # typing again: a name to match or create on save

    def _organisation_chosen(self, record_id: object) -> None:
        self.organisation_id = str(record_id or "") or None
        if self.organisation_id:
            names = self.crm.queries.names([self.organisation_id])
            self.organisation.setText(names.get(self.organisation_id, self.organisation.text()))

    def has_input(self) -> bool:
        fields = (self.name, self.organisation, self.email, self.phone, self.job_title)
        return (any(f.text().strip() for f in fields) or bool(self.note.toPlainText().strip())
                or bool(self.badge_text.toPlainText().strip()))

    def reject(self) -> None:
        """Closing with something typed asks first: a capture is never lost silently."""
        if self.has_input() and not dialogs.ask_yes_no(
                self, self.tr("Quick capture"), self.tr("Throw away what you typed?")):
            return
        super().reject()

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setToolTip(text)
