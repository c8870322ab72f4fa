# ruff: noqa: F811  (the desktop fixtures are imported and used as arguments by name)
"""Drafts of unsaved forms live in the encrypted database, not in the plain QSettings file;
the log file holds no personal values (messages redacted, exceptions as type and frames)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crm_app.domain.errors import ValidationError
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.exception_hook import ExceptionHook, configure_logging
from tests.privacy.conftest import needles
from tests.ui.conftest import (  # noqa: F401  (the desktop fixtures, used by name)
    app_settings,
    isolated_settings,
    main_window,
    profiled_crm,
    unexpected_dialogs,
)
from tests.ui.helpers import type_into

NAME, FAMILY = "Zyxwvu", "Quertyson"
EMAIL, PHONE = "zyxwvu.quertyson@example.org", "+39 347 889 1234"
SECRETS = needles(NAME, FAMILY, EMAIL, PHONE, "889 1234")


def holds_secret(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file()
            for n in SECRETS if n in p.read_bytes()]


def test_a_typed_draft_stays_out_of_the_settings_files_and_comes_back(
        qtbot: Any, main_window: Any, profiled_crm: Crm, app_settings: AppSettings,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_app.ui.main_window import MainWindow

    view = main_window.show_view("contacts")
    view.new_record()
    editors = view.editor.form.editors
    type_into(qtbot, editors["given_name"].edit, NAME)
    type_into(qtbot, editors["family_name"].edit, FAMILY)
    type_into(qtbot, editors["emails"].edit, EMAIL)
    type_into(qtbot, editors["phones"].edit, PHONE)
    view.editor.write_draft()
    assert FAMILY in str(profiled_crm.settings.get("drafts/contact"))  # kept, in the database
    app_settings.set_value("probe", "written")  # the QSettings file exists on disk
    app_settings.sync()
    assert Path(app_settings.file_name).parent == tmp_path
    # The QSettings file and the config folder of the fixture.
    assert Path(app_settings.file_name).is_file()
    assert holds_secret(tmp_path / "qsettings") == []
    assert not [n for n in SECRETS if n in Path(app_settings.file_name).read_bytes()]

    again = MainWindow(profiled_crm, app_settings)  # the laptop died; next start
    qtbot.addWidget(again)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, _text: True)
    again.offer_drafts()
    values = again.view("contacts").editor.form.raw_values()
    assert (values["given_name"], values["family_name"]) == (NAME, FAMILY)
    again.view("contacts").editor.revert()
    view.editor.revert()


def test_an_old_qsettings_draft_moves_into_the_database(
        qtbot: Any, profiled_crm: Crm, app_settings: AppSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_app.ui.main_window import MainWindow

    app_settings.set_value("drafts/contact", json.dumps(
        {"id": "", "values": {"given_name": NAME, "family_name": FAMILY}}))
    app_settings.sync()
    window = MainWindow(profiled_crm, app_settings)
    qtbot.addWidget(window)
    assert not app_settings.contains("drafts/contact")
    app_settings.sync()
    assert not [n for n in SECRETS if n in Path(app_settings.file_name).read_bytes()]
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, _text: True)
    window.offer_drafts()
    editor = window.view("contacts").editor
    assert editor.form.raw_values()["family_name"] == FAMILY
    editor.revert()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    path = configure_logging(tmp_path / "logs")
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_the_log_file_holds_no_personal_values(log_file: Path, crm: Crm,
                                               tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    hook = ExceptionHook(log_file, show=lambda s, d: shown.append((s, d)))
    # A validation error quoting what was typed.
    with pytest.raises(ValidationError) as invalid:
        crm.contacts.create({"given_name": NAME, "family_name": FAMILY,
                             "emails": [EMAIL.replace("@", "@@")], "phones": [PHONE]})
    hook(ValidationError, invalid.value, invalid.value.__traceback__)
    # An import whose bad row gives warnings naming the person.
    source = tmp_path / "fair.csv"
    source.write_text(f"given_name,family_name,email,phone\n{NAME},{FAMILY},{EMAIL},{PHONE}\n"
                      f"{NAME},{FAMILY},not-an-email {EMAIL}@,{PHONE}\n", encoding="utf-8")
    preview = ImportExport(crm).preview_file(source)
    warnings = preview.warnings + [w for row in preview.rows for w in row.warnings]
    logger = logging.getLogger("crm_app.io")
    for warning in warnings:
        logger.warning("import %s: %s", source.name, warning)
    # An unexpected error raised while handling another, both quoting personal values.
    try:
        try:
            raise KeyError(EMAIL)
        except KeyError:
            raise RuntimeError(f"cannot merge {NAME} {FAMILY} {PHONE}") from None
    except RuntimeError as error:
        hook(RuntimeError, error, error.__traceback__)
        logging.getLogger("crm_app.ui.tasks").info("task %r failed", f"save {NAME}",
                                                   exc_info=error)
    logged = log_file.read_bytes()
    assert warnings, "the bad row gave no warning"
    assert len(shown) == 2 and FAMILY in shown[1][0]  # the dialog still tells the user
    assert [n for n in SECRETS if n in logged] == []
    text = logged.decode("utf-8")
    assert "ValidationError" in text and "RuntimeError" in text
    assert "test_the_log_file_holds_no_personal_values" in text  # the frames are kept
    assert text.count("import <str>: <str>") == len(warnings)
