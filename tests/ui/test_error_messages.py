"""Core error messages in the person's language (issue 13): the domain errors carry a message
id and arguments, the client translates them, and what is shown follows a live switch."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from crm_app.domain.errors import NotFound, ValidationError
from crm_app.domain.normalise import normalise_email, parse_date
from crm_app.domain.schema import normalise_changes
from crm_app.io.service import read_file
from crm_app.services.crm import Crm
from crm_app.ui import messages
from crm_app.ui.help.dialogs import AboutDialog
from crm_app.ui.i18n import Translations
from tests.ui.helpers import type_into, wait_saved

ROOT = Path(__file__).resolve().parents[2]
# The core modules whose messages the client shows; every template they raise is in the
# catalogue list (crm_app/ui/messages.py), and none is an f-string (it could not be looked up).
CORE = [*sorted((ROOT / "crm_app" / "domain").glob("*.py")),
        *(ROOT / "crm_app" / "services" / f"{name}.py"
          for name in ("records", "selection", "addresses", "merge", "undo", "calendar")),
        ROOT / "crm_app" / "db" / "database.py", ROOT / "crm_app" / "reports" / "api.py",
        ROOT / "crm_app" / "reports" / "collect.py", ROOT / "crm_app" / "ui" / "forms" /
        "quick_capture.py", ROOT / "crm_app" / "ui" / "forms" / "address_editor.py",
        # what the sync dialog, its summary and the database unlock show
        *sorted((ROOT / "crm_app" / "sync").glob("*.py")),
        ROOT / "crm_app" / "services" / "dbkeys.py", ROOT / "crm_app" / "db" / "cipher.py",
        # what the import dialog shows: a file refused, a row refused, a row's warnings
        *(ROOT / "crm_app" / "io" / f"{name}.py"
          for name in ("service", "stream_import", "textfile", "textstream", "tables",
                       "clean", "addresses", "preview", "apply", "export", "ics", "qr", "vcard")),
        ROOT / "crm_app" / "services" / "privacy" / "retention.py",
        ROOT / "crm_app" / "services" / "privacy" / "consent.py", ROOT / "crm_app" / "fileio.py"]
# The message's position among a call's arguments: errors, `damaged(name, detail)`, and
# Message (a sentence the core returns without raising it: a sync warning, a keyring note).
MESSAGE_ARG = {"DomainError": 0, "ValidationError": 1, "UndoConflict": 0, "SyncFileError": 0,
               "SyncBusy": 0, "PassphraseChanged": 0, "VerifyFailed": 0, "Message": 0,
               "damaged": 1}


def _is_super_init(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "__init__"
            and isinstance(func.value, ast.Call) and isinstance(func.value.func, ast.Name)
            and func.value.func.id == "super")


def raised_templates(path: Path) -> Iterator[tuple[int, ast.expr]]:
    """The message argument of each error built (or Message given) in `path`, and of each
    `super().__init__(...)` in an error class that words its own message."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        if (isinstance(node.func, ast.Name) and node.func.id in MESSAGE_ARG
                and len(node.args) > MESSAGE_ARG[node.func.id]):
            yield node.lineno, node.args[MESSAGE_ARG[node.func.id]]
        elif _is_super_init(node.func) and node.args:
            yield node.lineno, node.args[0]


def test_every_core_message_is_in_the_catalogue_list() -> None:
    listed = set(messages.TEMPLATES)
    problems, found = [], 0
    for path in CORE:
        for line, arg in raised_templates(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if isinstance(arg, ast.JoinedStr):
                problems.append(f"{where}: an f-string message (give a template and arguments)")
            elif isinstance(arg, ast.Constant) and arg.value:  # Message("") is no sentence
                found += 1
                if arg.value not in listed:
                    problems.append(f"{where}: {arg.value!r} is not in ui/messages.py")
    assert problems == []
    assert found > 140


def test_the_english_sentence_stays_for_the_cli_and_logs() -> None:
    with pytest.raises(ValidationError) as bad_email:
        normalise_email("emails", "giulia")
    assert str(bad_email.value) == ("emails: invalid email 'giulia': An email address must "
                                    "have an @-sign.")
    assert bad_email.value.msgid == "invalid email {value!r}: {reason}"
    assert bad_email.value.params == {"value": "giulia",
                                      "reason": "An email address must have an @-sign."}
    with pytest.raises(ValidationError) as no_day:
        parse_date("due_date", "2027-02-30")
    assert no_day.value.message == "there is no 30 February"
    with pytest.raises(ValidationError) as required:
        normalise_changes("event", {"name": " "})
    assert str(required.value) == "name: Name is required"
    assert str(NotFound("contact", "c1")) == "no contact with id c1"


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    yield tr
    tr.switch("en")  # the translator is application-wide: leave English for other tests


def test_messages_arguments_and_field_names_in_italian(translations: Translations) -> None:
    translations.switch("it")
    with pytest.raises(ValidationError) as bad_email:
        normalise_email("emails", "giulia")
    assert messages.error_text(bad_email.value) == (
        "Email: email non valida 'giulia': Un indirizzo email deve contenere una @.")
    with pytest.raises(ValidationError) as no_day:
        parse_date("due_date", "2027-02-30")
    assert messages.error_text(no_day.value) == "Scadenza: non esiste il 30 febbraio"
    with pytest.raises(ValidationError) as required:
        normalise_changes("event", {"name": " "})
    assert messages.error_text(required.value) == "Nome è obbligatorio"  # no "Nome: Nome ..."
    assert messages.error_text(NotFound("contact", "c1")) == "contatto inesistente (id c1)"
    with pytest.raises(ValidationError) as between:
        normalise_changes("meeting", {"starts_at": "2026-11-24 10:00",
                                      "duration_minutes": "0"})
    assert messages.message_text(between.value) == \
        "Durata (minuti) deve essere tra 1 e 527.040"  # the locale's thousands separator
    # an import preview's repeat range: the days are values, the words Italian throughout
    korganizer = Path(__file__).parents[1] / "io" / "fixtures" / "outside" / \
        "ical4j_korganizer-lowercase.ics"
    parsed = read_file(korganizer, repeat_months=12)
    (meeting,) = parsed.meetings
    assert re.fullmatch(r"occorrenza 1 di 1 di un evento ripetuto \(dal \d{4}-\d\d-\d\d al "
                        r"\d{4}-\d\d-\d\d\)", messages.note_text(meeting.warnings[-1]))
    assert any(re.fullmatch(r"eventi ripetuti: importate le occorrenze dal \S+ al \S+",
                            messages.note_text(w)) for w in parsed.warnings)
    translations.switch("en")
    assert messages.error_text(no_day.value) == "Due date: there is no 30 February"


def contacts_view(window: Any) -> Any:
    return window.show_view("contacts")


def test_a_bad_email_is_refused_in_italian_and_follows_a_live_switch(
        qtbot: Any, main_window: Any, profiled_crm: Crm, translations: Translations) -> None:
    window = main_window
    window.translations = translations
    window.set_language("it")
    view = contacts_view(window)
    view.new_record()
    assert view.editor.heading.text() == "Nuovo contatto"  # not "Nuovo: contatto"
    form = view.editor.form
    type_into(qtbot, form.editors["family_name"].edit, "Müller")
    type_into(qtbot, form.editors["emails"].edit, "mueller@@example")
    view.save_current()  # the service refuses it: the message comes from the core
    wait_saved(qtbot)
    assert profiled_crm.contacts.count() == 0
    error = form.errors["emails"]
    assert error.text() == ("email non valida 'mueller@@example': La parte dopo la @ contiene "
                            "caratteri non validi: '@'.")
    view.editor.findChild(QScrollArea).ensureWidgetVisible(error)
    view.editor.grab().save("/tmp/i18n-contact-error-it.png")

    window.set_language("en")  # while the error is shown
    qtbot.waitUntil(lambda: error.text().startswith("invalid email"))
    assert error.text() == ("invalid email 'mueller@@example': The part after the @-sign "
                            "contains invalid characters: '@'.")
    window.set_language("it")
    qtbot.waitUntil(lambda: error.text().startswith("email non valida"))


def test_the_banner_and_an_open_dialog_follow_a_live_switch(
        qtbot: Any, main_window: Any, translations: Translations) -> None:
    window = main_window
    window.translations = translations
    editor = window.show_view("contacts").editor
    editor._show_banner(NotFound("organisation", "o1"))  # an error no field shows
    about = AboutDialog(window)
    qtbot.addWidget(about)
    about.show()
    assert about.windowTitle() == "About Trade Mission CRM"
    window.set_language("it")
    qtbot.waitUntil(lambda: about.windowTitle() != "About Trade Mission CRM")
    assert about.windowTitle() == "Informazioni su Trade Mission CRM"
    assert about.licences.tabText(0) == "Caratteri inclusi"
    qtbot.waitUntil(lambda: editor.banner.text() == "organizzazione inesistente (id o1)")
