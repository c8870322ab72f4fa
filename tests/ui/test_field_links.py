"""Email, phone and website fields open the system's mail, phone or browser app (mailto:,
tel:, https:), through Qt's URL handlers, which the test replaces as the OS would answer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu

from crm_app.services.crm import Crm


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened() -> Iterator[Opened]:
    handler = Opened()
    for scheme in ("mailto", "tel", "https"):
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in ("mailto", "tel", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_email_phone_and_website_fields_open_their_apps(
        qtbot: Any, main_window: Any, profiled_crm: Crm, opened: Opened) -> None:
    person = profiled_crm.contacts.create({
        "given_name": "Hanako", "family_name": "Suzuki", "country": "JP",
        "emails": ["hanako@takeda.example"], "phones": ["+81 3 1234 5678", "+81 90 1111 2222"]})
    view = main_window.show_view("contacts")
    view.refresh()
    view.open_record(person["id"])
    emails = view.editor.form.editors["emails"]
    phones = view.editor.form.editors["phones"]
    assert emails.link.isVisible() and emails.link.toolTip() == "Write an email"
    emails.link.trigger()
    assert opened.urls == ["mailto:hanako@takeda.example"]

    phones.link.trigger()  # two numbers: a menu names each
    menu = phones.findChild(QMenu, "link_menu")
    assert [a.text() for a in menu.actions()] == ["+81312345678", "+819011112222"]
    menu.actions()[1].trigger()
    assert opened.urls[-1] == "tel:+819011112222"

    emails.edit.clear()
    assert not emails.link.isVisible()  # nothing to write to

    org = profiled_crm.organisations.create({"name": "Takeda", "website": "takeda.example"})
    orgs = main_window.show_view("organisations")
    orgs.refresh()
    orgs.open_record(org["id"])
    orgs.editor.form.editors["website"].link.trigger()
    assert opened.urls[-1] == "https://takeda.example"


def test_email_and_phone_in_the_contact_list_are_links(
        qtbot: Any, main_window: Any, profiled_crm: Crm, opened: Opened) -> None:
    from PySide6.QtCore import QPoint, Qt

    profiled_crm.contacts.create({
        "given_name": "Kenji", "family_name": "Sato", "country": "JP",
        "emails": ["kenji@astellas.example", "k.sato@home.example"],
        "phones": ["+81 3 5555 0101"]})
    view = main_window.show_view("contacts")
    view.refresh()
    table = view.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and bool(model.row_id(0)), timeout=20_000)
    keys = [c.key for c in model.columns]

    def click(column: str, x_offset: int) -> None:
        number = keys.index(column)
        table.setColumnWidth(number, 400)
        rect = table.visualRect(model.index(0, number))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(rect.left() + x_offset, rect.center().y()))

    click("email", 10)  # on the text: the mail app, with the address the cell shows
    assert opened.urls == ["mailto:kenji@astellas.example"]
    click("phone", 10)
    assert opened.urls[-1] == "tel:+81355550101"
    click("email", 390)  # beside the text: only selects the row
    assert len(opened.urls) == 2
    assert table.currentIndex().row() == 0
