"""First run: who uses this laptop (name, office, default country, language) and whether to
fill the new database with demo data.

The profile belongs to the person, not to one database file: it is remembered in the app
settings, so opening another file does not ask again. A file that already has staff offers
them to pick from ("which of these is you?") instead of adding a second "Giulia Rossi".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.normalise import fold
from crm_app.services.crm import Crm
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.forms.field_widgets import country_items
from crm_app.ui.i18n import LANGUAGES
from crm_app.ui.widgets.message_line import message_line


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


def save_profile(crm: Crm, profile: Profile, staff_id: str = "") -> str:
    """Create (or update) this laptop's staff member and store the profile; returns its id.

    `staff_id` links the profile to a staff member already in the file; without one, a
    staff member of the same name is reused rather than duplicated."""
    current = crm.settings.profile()
    staff_id = staff_id or str(current.get("staff_id") or "")
    values = {"name": profile.name, "office": profile.office}
    if not staff_id or not crm.staff.exists(staff_id):
        staff_id = matching_staff(crm.staff.list(), profile.name)
    if staff_id:
        crm.staff.update(staff_id, values if profile.office else {"name": profile.name})
    else:
        staff_id = str(crm.staff.create(values)["id"])
    crm.settings.set_profile({"staff_id": staff_id, "name": profile.name,
                              "office": profile.office, "country": profile.country,
                              "language": profile.language})
    return staff_id


def matching_staff(staff: list[dict[str, Any]], name: str) -> str:
    """The id of the staff member called `name` (ignoring case and accents), or ""."""
    wanted = fold(name or "")
    if not wanted:
        return ""
    return next((str(s["id"]) for s in staff if fold(str(s["name"])) == wanted), "")


def remember(settings: AppSettings, profile: Profile) -> None:
    """The person's profile, kept beside the window layout: the same for every file."""
    settings.person_profile = {"name": profile.name, "office": profile.office,
                               "country": profile.country, "language": profile.language}


def known_profile(settings: AppSettings) -> Profile | None:
    person = settings.person_profile
    if not person.get("name"):
        return None
    return Profile(person["name"], person.get("office", ""), person.get("country", "IT"),
                   person.get("language", "en"))


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
        self.error = message_line("first_run_error")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.fields.name.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if text.strip():
            self.error.clear()  # the name is there now: the message no longer applies

    def accept(self) -> None:
        if not self.fields.name.text().strip():
            self.error.setText(self.tr("Please enter your name."))
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


NEW_STAFF = "+new"  # ChooseStaffDialog: "I am not in the list"


class ChooseStaffDialog(QDialog):
    """This file already has staff: which of them is the person at this laptop?"""

    def __init__(self, staff: list[dict[str, Any]], suggested: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choose_staff")
        self.setWindowTitle(self.tr("Who are you?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This database already has staff members. Choose yourself, so "
                               "your follow-ups and meetings are yours."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("staff_choices")
        names = [fold(str(s["name"])) for s in staff]
        for member in sorted(staff, key=lambda s: (fold(str(s["name"])), str(s["office"]))):
            text = str(member["name"])
            if member.get("office"):
                text += f" · {member['office']}"
            if names.count(fold(str(member["name"]))) > 1 and not member.get("office"):
                text += f" · {str(member['id'])[:8]}"  # two of the same name stay apart
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(member["id"]))
            self.list.addItem(item)
            if str(member["id"]) == suggested:
                self.list.setCurrentItem(item)
        new = QListWidgetItem(self.tr("I am not in this list: add me"))
        new.setData(Qt.ItemDataRole.UserRole, NEW_STAFF)
        font = new.font()
        font.setItalic(True)  # not a person: set apart from the names
        new.setFont(font)
        self.list.addItem(new)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 320)

    def choice(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


def ask_choose_staff(parent: QWidget | None, staff: list[dict[str, Any]],
                     suggested: str) -> str | None:
    """The seam tests replace: a staff id, NEW_STAFF, or None when cancelled."""
    dialog = ChooseStaffDialog(staff, suggested, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice() or None


def needs_sign_in(crm: Crm, settings: AppSettings) -> bool:
    """No profile in this file, or one of someone else (a colleague's copy of their file)."""
    profile = crm.settings.profile()
    if not profile.get("staff_id"):
        return True
    known = known_profile(settings)
    return known is not None and fold(str(profile.get("name") or "")) != fold(known.name)


def sign_in(crm: Crm, settings: AppSettings, language: str,
            parent: QWidget | None = None) -> FirstRunAnswer | None:
    """Make sure this file knows who uses the laptop, asking as little as possible.

    A person already known (from another file) is linked to their staff member here, picked
    from a list when the file has staff; only someone new gets the first-run dialog.
    Returns what was decided (None: cancelled, the file stays without a profile)."""
    known = known_profile(settings)
    staff = crm.staff.list()
    if staff:
        suggested = matching_staff(staff, known.name) if known else ""
        chosen = ask_choose_staff(parent, staff, suggested)
        if chosen is None:
            return None
        if chosen != NEW_STAFF:
            member = next(s for s in staff if str(s["id"]) == chosen)
            base = known or Profile("", "", "IT", language)
            profile = Profile(str(member["name"]), str(member.get("office") or base.office),
                              base.country, base.language)
            save_profile(crm, profile, chosen)
            remember(settings, profile)
            return FirstRunAnswer(profile, 0)
    if known is not None:  # the same person in another file (a namesake here is reused)
        save_profile(crm, known)
        return FirstRunAnswer(known, 0)
    answer = ask_first_run(parent, known.language if known else language)
    if answer is None:
        return None
    save_profile(crm, answer.profile)
    remember(settings, answer.profile)
    return answer
