"""Opening the database in the app: a new file is encrypted (first-run recovery step), an
encrypted one is unlocked by the keyring or the recovery passphrase, a plain one opens as
before (the window then shows the banner)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_app.db import cipher
from crm_app.db.database import DatabaseLocked, file_state
from crm_app.domain.errors import DomainError
from crm_app.services import dbkeys
from crm_app.services.crm import Crm
from crm_app.ui import dialogs as messages
from crm_app.ui.dbcrypt import dialogs
from crm_app.ui.messages import note_text

# Called by this name with a literal context, so pyside6-lupdate extracts the texts (a
# wrapper taking only the text hid them from the catalogue: they stayed English).
translate = QCoreApplication.translate


def open_or_create(path: Path, parent: QWidget | None, *, quiet: bool = False,
                   key: str | None = None) -> Crm | None:
    """The opened services, or None when the person cancelled. Errors other than a wrong
    passphrase (asked again) propagate to the caller's message."""
    state = file_state(path)
    if state == "plain":
        return Crm.open(path)
    if state == "missing":
        return _create(path, parent, quiet)
    return _unlock(path, parent, key, quiet)


def _create(path: Path, parent: QWidget | None, quiet: bool) -> Crm | None:
    recovery: str | None = os.environ.get(dbkeys.ENV_VAR) or None
    if recovery is None:
        if quiet:  # --exit-when-shown: nobody to ask; a plain file, as before
            return Crm.open(path)
        recovery = dialogs.ask_new_recovery(parent)
        if recovery is None:
            return None
        if recovery == dialogs.PLAIN:
            return Crm.open(path)
    created = dbkeys.create_encrypted(path, recovery)
    if created.keyring_note and not quiet:
        messages.show_info(parent, translate("DbCrypt", "Database encrypted"),
                           note_text(created.keyring_note))
    return Crm(created.database)


def _unlock(path: Path, parent: QWidget | None, key: str | None,
            quiet: bool = False) -> Crm | None:
    error = ""
    if key is None:
        try:
            key = dbkeys.find_key(path).key  # the environment, then the keyring
        except cipher.WrongPassphrase:
            error = translate("DbCrypt", "The passphrase in CRM_DB_PASSPHRASE is wrong.")
        except DomainError:
            key = None
    if key is not None:
        try:
            return Crm.open(path, key=key)
        except cipher.WrongPassphrase:
            error = translate("DbCrypt", "The key kept in the keyring does not open this file.")
    if quiet:  # --exit-when-shown: nobody to ask; one line instead of a dialog
        raise DatabaseLocked(path)
    note = note_text(dbkeys.keyring_problem() or "")
    while True:
        typed = dialogs.ask_unlock(parent, str(path), note, error)
        if typed is None:
            return None
        try:
            found = dbkeys.key_from_passphrase(path, typed)
            crm = Crm.open(path, key=found)
        except cipher.WrongPassphrase:
            error = translate("DbCrypt", "That passphrase does not open this database; nothing "
                              "was changed. Try again.")
            continue
        if dbkeys.read_key_file(path) is not None:
            dbkeys.remember_key(path, found)  # typed once per laptop
        return crm
