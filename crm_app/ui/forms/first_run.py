"""First run: who uses this laptop (name, office, default country, language) and whether to
fill the new database with demo data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from crm_app.services.crm import Crm
from crm_app.ui.forms.field_widgets import country_items
from crm_app.ui.i18n import LANGUAGES


@dataclass(frozen=True)
class Profile:
    name: str
    office: str
    country: str
    language: str


@dataclass(frozen=True)
class FirstRunAnswer:
    profile: Profile
    demo_contacts: int  # 0: no demo data


def save_profile(crm: Crm, profile: Profile) -> str:
    """Create (or update) this laptop's staff member and store the profile; returns its id."""
    current = crm.settings.profile()
    staff_id = str(current.get("staff_id") or "")
    values = {"name": profile.name, "office": profile.office}
    if staff_id and crm.staff.exists(staff_id):
        crm.staff.update(staff_id, values)
    else:
        staff_id = str(crm.staff.create(values)["id"])
    crm.settings.set_profile({"staff_id": staff_id, "name": profile.name,
                              "office": profile.office, "country": profile.country,
                              "language": profile.language})
    return staff_id


class ProfileFields:
    """The profile inputs, shared by the first-run and settings dialogs."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        self.name = QLineEdit()
        self.name.setObjectName("profile_name")
        self.office = QLineEdit()
        self.office.setObjectName("profile_office")
        self.country = QComboBox()
        self.country.setObjectName("profile_country")
        for text, code in country_items():
            self.country.addItem(text, code)
        self.language = QComboBox()
        self.language.setObjectName("profile_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.captions = [QLabel(), QLabel(), QLabel(), QLabel()]
        for caption, field in zip(self.captions, (self.name, self.office, self.country,
                                                  self.language), strict=True):
            form.addRow(caption, field)
        self.captions[0].setText(QCoreApplication.translate("ProfileFields", "Your name *"))
        self.captions[1].setText(QCoreApplication.translate("ProfileFields", "Office"))
        self.captions[2].setText(QCoreApplication.translate("ProfileFields", "Default country"))
        self.captions[3].setText(QCoreApplication.translate("ProfileFields", "Language"))

    def set_profile(self, profile: dict[str, object]) -> None:
        self.name.setText(str(profile.get("name") or ""))
        self.office.setText(str(profile.get("office") or ""))
        self.country.setCurrentIndex(max(self.country.findData(profile.get("country") or "IT"), 0))
        self.language.setCurrentIndex(max(self.language.findData(profile.get("language")
                                                                 or "en"), 0))

    def profile(self) -> Profile:
        return Profile(self.name.text().strip(), self.office.text().strip(),
                       str(self.country.currentData() or ""), str(self.language.currentData()))


class FirstRunDialog(QDialog):
    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Welcome"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Tell us who uses this laptop. You can change it later in "
                               "Settings."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.fields = ProfileFields(form, self)
        self.fields.set_profile({"language": language, "country": "IT"})
        self.demo = QCheckBox(self.tr("Fill the database with demo data"))
        self.demo.setObjectName("first_run_demo")
        self.demo_size = QSpinBox()
        self.demo_size.setRange(100, 200_000)
        self.demo_size.setSingleStep(1000)
        self.demo_size.setValue(2000)
        self.demo_size.setSuffix(self.tr(" contacts"))
        form.addRow(self.demo, self.demo_size)
        self.error = QLabel()
        self.error.setStyleSheet("color: #d32f2f;")
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        form.addRow(buttons)

    def accept(self) -> None:
        if not self.fields.name.text().strip():
            self.error.setText(self.tr("Please enter your name."))
            self.error.show()
            self.fields.name.setFocus()
            return
        super().accept()

    def answer(self) -> FirstRunAnswer:
        return FirstRunAnswer(self.fields.profile(),
                              self.demo_size.value() if self.demo.isChecked() else 0)


def ask_first_run(parent: QWidget | None, language: str) -> FirstRunAnswer | None:
    """The seam tests replace: None when the person closed the dialog."""
    dialog = FirstRunDialog(language, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()
