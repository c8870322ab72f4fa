"""The contact form's addresses editor: add two, save, edit, remove; a bad one shows inline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from crm_app.services.crm import Crm
from crm_app.ui.forms.address_editor import AddressesEditor
from crm_app.ui.views.contacts_view import ContactsView
from tests.ui.helpers import type_into, wait_saved

SHOTS = Path(__file__).parents[2] / "benchmarks" / "screenshots"


def test_two_addresses_through_the_contact_form(qtbot: Any, main_window: Any,
                                                profiled_crm: Crm) -> None:
    view = main_window.show_view("contacts")
    assert isinstance(view, ContactsView)
    main_window.action("new").trigger()
    editors = view.editor.form.editors
    type_into(qtbot, editors["family_name"].edit, "Rossi")
    places = editors["addresses"]
    assert isinstance(places, AddressesEditor)
    work = places.add_row()
    work.street.setPlainText("Via Roma 1\nScala B")
    type_into(qtbot, work.texts["city"], "Milano")
    type_into(qtbot, work.texts["postcode"], "20121")
    work.country.set_value("IT")
    home = places.add_row()
    home.kind.set_value("home")
    type_into(qtbot, home.texts["label"], "Casa al mare")
    type_into(qtbot, home.texts["city"], "Genova")
    assert view.editor.is_dirty()
    main_window.resize(1200, 900)
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.editor.grab().save(str(SHOTS / "contact_form_two_addresses.png"))
    places.grab().save(str(SHOTS / "contact_form_addresses_editor.png"))
    main_window.action("save").trigger()
    wait_saved(qtbot)
    [saved] = profiled_crm.contacts.list()
    stored = profiled_crm.contacts.get(saved["id"])["addresses"]
    assert [(a["kind"], a["street"], a["city"], a["country"], a["label"]) for a in stored] == [
        ("work", "Via Roma 1\nScala B", "Milano", "IT", ""),
        ("home", "", "Genova", None, "Casa al mare")]
    assert not view.editor.is_dirty()

    # the saved rows come back with their ids: removing one soft-deletes only that one
    places = view.editor.form.editors["addresses"]
    assert isinstance(places, AddressesEditor)
    assert len(places.rows) == 2
    places.rows[0].remove.click()
    view.save_current()
    wait_saved(qtbot)
    assert [a["city"] for a in profiled_crm.contacts.get(saved["id"])["addresses"]] == ["Genova"]

    # an empty address row is refused inline and nothing is saved
    places = view.editor.form.editors["addresses"]
    assert isinstance(places, AddressesEditor)
    places.add_row()
    view.save_current()
    wait_saved(qtbot)
    assert "address 2" in view.editor.form.errors["addresses"].text()
    assert len(profiled_crm.contacts.get(saved["id"])["addresses"]) == 1
