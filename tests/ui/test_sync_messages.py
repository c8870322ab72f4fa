"""Sync and database-key messages in the person's language (issue 13): the sync errors the
app shows, the warnings of its summary, and the keyring notes come from the core as message
ids with arguments; `str()` stays the English sentence the CLI prints."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_app.domain.errors import Message
from crm_app.sync import passphrase
from crm_app.sync.fileformat import KeyRing, SyncFileError, open_file, write_error
from crm_app.sync.report import MassDeletion, SyncReport
from crm_app.ui import messages
from crm_app.ui.i18n import Translations
from crm_app.ui.sync.summary_dialog import SyncSummaryDialog
from tests.conftest import MemoryKeyring
from tests.ui.helpers import sync_with_a_file_under_another_passphrase

PASS = "team passphrase"


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    yield tr
    tr.switch("en")  # the translator is application-wide: leave English for other tests


def test_the_cli_keeps_the_english_sentences() -> None:
    with pytest.raises(SyncFileError) as damaged:
        open_file(b"\x00" * 100, KeyRing(PASS), "team.crmsync")
    assert str(damaged.value) == ("the shared file team.crmsync is damaged or is not a CRM "
                                  "sync file (no sync file signature)")
    refused = write_error(Path("/share/team.crmsync"), OSError(errno.ENOSPC, "No space"))
    assert str(refused) == ("cannot write the shared file /share/team.crmsync: no space left "
                            "on device")
    assert str(MassDeletion("ab12", "contact", 150, 200, "2026-11-30T09:00:00")) == (
        "this sync would delete 150 of the 200 contact records on this laptop, all deleted on "
        "laptop ab12, last synced 2026-11-30; nothing was changed. If that is intended, sync "
        "again allowing mass deletion (crm sync --allow-mass-delete)")
    note = Message("the shared file is older than the one this laptop synced{when}; it may "
                   "have been restored from a backup. Everything it lacks was sent again "
                   "from this laptop",
                   when=Message(" on {day:%d %b %Y}", day=datetime(2026, 12, 1, 9, 30)))
    assert isinstance(note, str) and note.startswith(
        "the shared file is older than the one this laptop synced on 01 Dec 2026; it may")


def test_a_wrong_passphrase_and_a_damaged_file_are_told_in_italian(
        qtbot: Any, main_window: Any, tmp_path: Path, memory_keyring: MemoryKeyring,
        unexpected_dialogs: list[str], translations: Translations) -> None:
    main_window.translations = translations
    main_window.set_language("it")
    shared = sync_with_a_file_under_another_passphrase(
        qtbot, main_window, tmp_path, memory_keyring, PASS)
    assert unexpected_dialogs == ["passphrase errata per team.crmsync"]
    controller = main_window.sync_controller

    data = shared.read_bytes()
    shared.write_bytes(data[:len(data) - 10])  # cut short, as by an upload still running
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    shown = unexpected_dialogs[-1]
    assert shown.startswith("il file condiviso team.crmsync è danneggiato o non è un file di "
                            "sincronizzazione del CRM (troncato: ")
    assert shown.endswith(" byte di dati; forse è ancora in caricamento: riprova più tardi)")
    # The box the person sees (QMessageBox.warning, as MainWindow.show_error opens it).
    box = QMessageBox(QMessageBox.Icon.Warning, main_window.tr("Problem"), shown,
                      QMessageBox.StandardButton.Ok, main_window)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.grab().save("/tmp/msgs-sync-damaged-it.png")


def test_the_summary_warnings_and_notes_are_italian(
        qtbot: Any, translations: Translations) -> None:
    translations.switch("it")
    report = SyncReport(received={"contact": 3}, finished_at="2026-12-03T13:00:00+00:00")
    report.warnings = [
        Message("the shared file changed during the sync; merged again"),
        Message("the shared file is older than the one this laptop synced{when}; it may have "
                "been restored from a backup. Everything it lacks was sent again from this "
                "laptop", when=Message(" on {day:%d %b %Y}", day=datetime(2026, 12, 1))),
        "an old plain sentence",  # anything else is shown as written
    ]
    dialog = SyncSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.warnings.text().split("\n") == [
        "il file condiviso è cambiato durante la sincronizzazione; unito di nuovo",
        "il file condiviso è più vecchio di quello che questo portatile ha sincronizzato il "
        "01/12/2026; forse è stato ripristinato da un backup. Tutto ciò che gli manca è stato "
        "inviato di nuovo da questo portatile",
        "an old plain sentence"]
    assert messages.note_text(passphrase.NOT_REMEMBERED) == (
        "su questo computer non c'è un portachiavi di sistema: la passphrase non verrà "
        "ricordata e sarà chiesta di nuovo la prossima volta")
    refused = write_error(Path("share") / "team.crmsync", OSError(errno.EROFS, "Read-only"),
                          "use")
    assert messages.error_text(refused) == (
        f"impossibile usare il file condiviso {Path('share') / 'team.crmsync'}: l'unità è di "
        "sola lettura")
    mass = MassDeletion("ab12", "follow_up", 15_000, 20_000, "")
    assert messages.error_text(mass).startswith(
        "questa sincronizzazione eliminerebbe 15.000 dei 20.000 record di tipo attività su "
        "questo portatile, tutti eliminati sul portatile ab12; non è cambiato nulla.")
    translations.switch("en")
    assert dialog.warnings.text().startswith("il file")  # built in Italian; new ones follow
    assert messages.error_text(mass).startswith("this sync would delete 15,000 of the 20,000")
