"""The contact form says what each email and phone is (work, mobile, fax, a file's own
label), from the types an import kept; an email removed in the form takes its type along."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crm_app.domain.value_labels import as_dict
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm
from crm_app.ui.views.contacts_view import ContactsView
from tests.ui.helpers import type_into, wait_saved

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Anna;;;\r\n"
        "EMAIL;TYPE=INTERNET,WORK:anna@acme.it\r\nEMAIL;TYPE=INTERNET,HOME:anna@casa.it\r\n"
        "TEL;TYPE=CELL:+39 333 1234567\r\nTEL;TYPE=WORK,FAX:+39 02 7654321\r\n"
        "item1.TEL:+39 02 2222222\r\nitem1.X-ABLabel:_$!<Assistant>!$_\r\nEND:VCARD\r\n")


def test_the_form_shows_each_values_type_and_forgets_a_removed_ones(
        qtbot: Any, main_window: Any, profiled_crm: Crm, tmp_path: Path) -> None:
    card = tmp_path / "anna.vcf"
    card.write_text(CARD, encoding="utf-8")
    io = ImportExport(profiled_crm)
    io.apply(io.preview_file(card))
    (anna,) = profiled_crm.contacts.list()
    view = main_window.show_view("contacts")
    assert isinstance(view, ContactsView)
    view.open_record(anna["id"])
    form = view.editor.form
    emails, phones = form.types["emails"], form.types["phones"]
    qtbot.waitUntil(lambda: emails.isVisible())
    assert emails.text() == "Work: anna@acme.it\nHome: anna@casa.it"  # one line a value
    assert phones.text() == ("Mobile: +39 333 123 4567\nWork fax: +39 02 765 4321\n"
                             "Assistant: +39 02 222 2222")
    main_window.resize(1000, 700)
    form.resize(520, form.sizeHint().height())
    form.grab().save("/tmp/types-form.png")

    form.editors["emails"].edit.clear()
    type_into(qtbot, form.editors["emails"].edit, "anna@acme.it")
    view.save_current()
    wait_saved(qtbot)
    stored = profiled_crm.contacts.get(anna["id"])
    assert "anna@casa.it" not in as_dict(stored["value_labels"])  # no stale address kept
    qtbot.waitUntil(lambda: emails.text() == "Work: anna@acme.it")
