"""Quick capture from a badge's QR code: the scanner types (or the person pastes) vCard or
MECARD text, the form fills in one step, the person adds a note and saves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from crm_app.domain.errors import DomainError
from crm_app.domain.normalise import clean_text
from crm_app.services.crm import Crm
from crm_app.ui.forms.quick_capture import QuickCaptureDialog, badge_text_complete, read_badge
from tests.ui.helpers import type_into

MECARD = ("MECARD:N:Tanaka,Yuki;ORG:Osaka Medical Devices;TEL:+81 6 1234 5678;"
          "EMAIL:yuki.tanaka@omd.example.jp;TITLE:Purchasing Manager;;")
VCARD_LINES = ["BEGIN:VCARD", "VERSION:3.0", "N:De Luca;Maria;;;", "FN:Maria De Luca",
               "ORG:Tecnomed Srl;Export", "TITLE:Area Manager",
               "EMAIL;TYPE=WORK:m.deluca@tecnomed.example.it", "TEL;TYPE=CELL:+39 02 5555 0101",
               "END:VCARD"]


def form_values(dialog: QuickCaptureDialog) -> tuple[str, ...]:
    return (dialog.name.text(), dialog.organisation.text(), dialog.email.text(),
            dialog.phone.text(), dialog.job_title.text(), dialog.note.toPlainText())


@pytest.fixture
def dialog(qtbot: Any, profiled_crm: Crm) -> Iterator[QuickCaptureDialog]:
    # Not qtbot.addWidget: its closing would ask "throw away what you typed?" for a test
    # that leaves text in the form on purpose; this fixture empties it first.
    widget = QuickCaptureDialog(profiled_crm)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    for field in (widget.name, widget.organisation, widget.email, widget.phone,
                  widget.job_title):
        field.clear()
    widget.note.clear()
    widget.badge_text.clear()
    widget.close()
    widget.deleteLater()


def test_pasted_mecard_fills_the_form_and_saves_with_the_note(
        qtbot: Any, dialog: QuickCaptureDialog, profiled_crm: Crm, tmp_path: Path) -> None:
    assert not dialog.badge_text.isVisible()
    qtbot.mouseClick(dialog.scan, Qt.MouseButton.LeftButton)
    assert dialog.badge_text.isVisible() and dialog.badge_text.hasFocus()
    dialog.badge_text.setPlainText(MECARD)  # a paste arrives as one change
    assert form_values(dialog) == ("Yuki Tanaka", "Osaka Medical Devices",
                                   "yuki.tanaka@omd.example.jp", "+81 6 1234 5678",
                                   "Purchasing Manager", "")
    assert dialog.error.text() == ""
    dialog.note.setPlainText("Wants samples of the stent catalogue.")
    dialog.grab().save(str(tmp_path / "quick_capture_badge.png"))
    dialog.save()

    assert dialog.result() == dialog.DialogCode.Accepted
    contact = profiled_crm.contacts.get(dialog.contact_id)
    assert (contact["given_name"], contact["family_name"]) == ("Yuki", "Tanaka")
    assert contact["emails"] == ["yuki.tanaka@omd.example.jp"]
    assert len(contact["phones"]) == 1 and contact["phones"][0].replace(" ", "") == \
        "+81612345678"
    assert contact["job_title"] == "Purchasing Manager"
    assert profiled_crm.organisations.get(contact["organisation_id"])["name"] == \
        "Osaka Medical Devices"
    [note] = profiled_crm.queries.timeline("contact", contact["id"])
    assert note.title.startswith("Wants samples")


def test_a_scanner_typing_a_vcard_fills_only_once_it_is_complete(
        qtbot: Any, dialog: QuickCaptureDialog, profiled_crm: Crm) -> None:
    qtbot.mouseClick(dialog.scan, Qt.MouseButton.LeftButton)
    for line in VCARD_LINES[:-1]:  # key by key, Enter between lines, as a scanner does
        qtbot.keyClicks(dialog.badge_text, line)
        qtbot.keyClick(dialog.badge_text, Qt.Key.Key_Return)
    assert form_values(dialog) == ("", "", "", "", "", "")
    assert dialog.error.text() == ""
    assert dialog.isVisible()  # Enter inside the scan box never saves the dialog
    qtbot.keyClicks(dialog.badge_text, VCARD_LINES[-1])
    qtbot.keyClick(dialog.badge_text, Qt.Key.Key_Return)  # the scanner's trailing Enter
    assert form_values(dialog)[:5] == ("Maria De Luca", "Tecnomed Srl",
                                       "m.deluca@tecnomed.example.it", "+39 02 5555 0101",
                                       "Area Manager")
    assert profiled_crm.contacts.count() == 0
    dialog.save()
    contact = profiled_crm.contacts.get(dialog.contact_id)
    # The badge names given and family apart: a two-word family name stays whole.
    assert (contact["given_name"], contact["family_name"]) == ("Maria", "De Luca")


@pytest.mark.parametrize("text", [
    "https://expo.example.com/badge/48213",  # a badge that only holds a link
    "MECARD:ORG:Nobody Ltd;TEL:+39 06 1111;;",  # no name
    "BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nEND:VCARD\nBEGIN:VCARD\nFN:Bruno\nEND:VCARD",
])
def test_bad_badge_text_gets_one_message_and_changes_nothing(
        qtbot: Any, dialog: QuickCaptureDialog, profiled_crm: Crm, text: str) -> None:
    type_into(qtbot, dialog.name, "Typed Before")
    type_into(qtbot, dialog.organisation, "Kept Org")
    before = form_values(dialog)
    qtbot.mouseClick(dialog.scan, Qt.MouseButton.LeftButton)
    dialog.badge_text.setPlainText(text)
    assert dialog.error.text().startswith("Badge not read:")
    assert "\n" not in dialog.error.text()
    assert form_values(dialog) == before
    assert profiled_crm.contacts.count() == 0 and profiled_crm.organisations.count() == 0


def test_fill_button_reports_a_cut_off_vcard(qtbot: Any, dialog: QuickCaptureDialog) -> None:
    qtbot.mouseClick(dialog.scan, Qt.MouseButton.LeftButton)
    dialog.badge_text.setPlainText("BEGIN:VCARD\nVERSION:3.0\nFN:Anna Bianchi\n")
    assert dialog.error.text() == ""  # maybe still being typed
    qtbot.mouseClick(dialog.fill, Qt.MouseButton.LeftButton)
    assert "END:VCARD" in dialog.error.text()
    assert form_values(dialog) == ("", "", "", "", "", "")


def test_edits_after_the_scan_are_kept_on_save(qtbot: Any, dialog: QuickCaptureDialog,
                                               profiled_crm: Crm) -> None:
    qtbot.mouseClick(dialog.scan, Qt.MouseButton.LeftButton)
    dialog.badge_text.setPlainText(MECARD)
    type_into(qtbot, dialog.name, "Yuki Tanaka-Sato")  # corrected by hand
    qtbot.keyClick(dialog.badge_text, Qt.Key.Key_Return)  # same badge again: no refill
    assert dialog.name.text() == "Yuki Tanaka-Sato"
    dialog.save()
    contact = profiled_crm.contacts.get(dialog.contact_id)
    assert (contact["given_name"], contact["family_name"]) == ("Yuki", "Tanaka-Sato")


_word = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo")), min_size=1,
                max_size=12)


@settings(max_examples=60, deadline=None)
@given(family=_word, given_name=_word, organisation=_word, title=_word)
def test_any_mecard_reads_back_its_fields(family: str, given_name: str, organisation: str,
                                          title: str) -> None:
    text = f"MECARD:N:{family},{given_name};ORG:{organisation};TITLE:{title};;"
    assert badge_text_complete(text) is True
    assert badge_text_complete(text[:-2]) is False
    badge = read_badge(text)
    # Read back as typed, up to Unicode normalisation (clean_text: NFC, trimmed).
    assert (badge.given_name, badge.family_name, badge.organisation, badge.job_title) == tuple(
        clean_text(v) for v in (given_name, family, organisation, title))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_a_badge_or_one_domain_error(text: str) -> None:
    try:
        badge = read_badge(text)
    except DomainError:
        return
    assert badge.given_name or badge.family_name
