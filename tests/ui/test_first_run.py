"""The first-run dialog runs once per person, not once per database file: another file with
staff offers them to pick from (never a second "Giulia Romano"); Cancel; messages that clear
as the person types and never move the fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from crm_app.services.crm import Crm
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.desktop import DesktopApp
from crm_app.ui.forms import first_run
from crm_app.ui.forms.first_run import (
    NEW_STAFF,
    ChooseStaffDialog,
    FirstRunAnswer,
    FirstRunDialog,
    Profile,
)
from tests.ui.helpers import type_into

GIULIA = Profile("Giulia Romano", "ITA Tokyo", "JP", "en")



@pytest.fixture(autouse=True)
def recovery_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new file is encrypted: its recovery step is answered with a passphrase."""
    from crm_app.ui.dbcrypt import dialogs as crypt_dialogs
    monkeypatch.setattr(crypt_dialogs, "ask_new_recovery",
                        lambda _p, allow_plain=True: "correct horse battery staple")


def never(*args: Any) -> Any:
    raise AssertionError(f"not expected: {args[1:]}")


def staffed_file(path: Path, *names: tuple[str, str]) -> dict[str, str]:
    crm = Crm.open(path)
    try:
        return {f"{n}|{o}": str(crm.staff.create({"name": n, "office": o})["id"])
                for n, o in names}
    finally:
        crm.close()


def test_a_second_file_does_not_ask_again(qtbot: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(first_run, "ask_first_run",
                        lambda _p, lang: asked.append(lang) or FirstRunAnswer(GIULIA, 0))
    settings = AppSettings(tmp_path / "s.ini")
    desktop = DesktopApp(None, settings=settings)
    assert desktop.open(tmp_path / "a.sqlite3")
    assert len(asked) == 1 and settings.person_profile["name"] == "Giulia Romano"

    monkeypatch.setattr(first_run, "ask_first_run", never)
    assert desktop.open(tmp_path / "b.sqlite3")  # an empty file: the known person, no dialog
    assert desktop.crm is not None
    [me] = desktop.crm.staff.list()
    assert (me["name"], me["office"]) == ("Giulia Romano", "ITA Tokyo")
    assert desktop.crm.settings.profile()["staff_id"] == me["id"]
    desktop.shutdown()


def test_a_file_with_staff_offers_them_and_never_duplicates(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = staffed_file(tmp_path / "team.sqlite3", ("Marco Bianchi", "ITA Osaka"),
                       ("giulia romano", "ITA Tokyo"))
    settings = AppSettings(tmp_path / "s.ini")
    first_run.remember(settings, GIULIA)
    offered: list[tuple[list[str], str]] = []

    def choose(_parent: Any, staff: list[dict[str, Any]], suggested: str) -> str:
        offered.append((sorted(s["name"] for s in staff), suggested))
        return suggested

    monkeypatch.setattr(first_run, "ask_choose_staff", choose)
    monkeypatch.setattr(first_run, "ask_first_run", never)
    desktop = DesktopApp(None, settings=settings)
    assert desktop.open(tmp_path / "team.sqlite3")
    assert offered == [(["Marco Bianchi", "giulia romano"], ids["giulia romano|ITA Tokyo"])]
    assert desktop.crm is not None
    assert desktop.crm.staff.count() == 2  # no second Giulia
    assert desktop.crm.settings.profile()["staff_id"] == ids["giulia romano|ITA Tokyo"]
    desktop.shutdown()


def test_cancel_leaves_the_file_as_it_was(qtbot: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    staffed_file(tmp_path / "team.sqlite3", ("Marco Bianchi", "ITA Osaka"))
    monkeypatch.setattr(first_run, "ask_choose_staff", lambda _p, _s, _g: None)
    monkeypatch.setattr(first_run, "ask_first_run", never)
    desktop = DesktopApp(None, settings=AppSettings(tmp_path / "s.ini"))
    assert desktop.open(tmp_path / "team.sqlite3")
    assert desktop.crm is not None and desktop.crm.settings.profile() == {}
    assert desktop.crm.staff.count() == 1
    desktop.shutdown()


def test_not_in_the_list_asks_a_new_person_and_adds_them(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    staffed_file(tmp_path / "team.sqlite3", ("Marco Bianchi", "ITA Osaka"))
    monkeypatch.setattr(first_run, "ask_choose_staff", lambda _p, _s, _g: NEW_STAFF)
    newcomer = Profile("Hanako Suzuki", "ITA Tokyo", "JP", "en")
    monkeypatch.setattr(first_run, "ask_first_run", lambda _p, _l: FirstRunAnswer(newcomer, 0))
    desktop = DesktopApp(None, settings=AppSettings(tmp_path / "s.ini"))
    assert desktop.open(tmp_path / "team.sqlite3")
    assert desktop.crm is not None
    assert sorted(s["name"] for s in desktop.crm.staff.list()) == ["Hanako Suzuki",
                                                                   "Marco Bianchi"]
    desktop.shutdown()


def test_the_chooser_tells_namesakes_apart(qtbot: Any) -> None:
    staff = [{"id": "a1", "name": "Giulia Rossi", "office": "ITA Tokyo"},
             {"id": "b2", "name": "Giulia Rossi", "office": "ITA Milano"},
             {"id": "c3", "name": "Marco Bianchi", "office": ""}]
    dialog = ChooseStaffDialog(staff, suggested="b2")
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert texts[:3] == ["Giulia Rossi · ITA Milano", "Giulia Rossi · ITA Tokyo",
                         "Marco Bianchi"]
    assert texts[3].startswith("I am not in this list")
    assert dialog.choice() == "b2"
    dialog.list.setCurrentRow(3)
    assert dialog.choice() == NEW_STAFF


def test_first_run_has_cancel_and_its_message_clears_without_moving_fields(qtbot: Any) -> None:
    dialog = FirstRunDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    where = dialog.fields.name.geometry(), buttons.geometry()
    dialog.accept()
    assert dialog.error.text() == "Please enter your name."
    assert (dialog.fields.name.geometry(), buttons.geometry()) == where
    type_into(qtbot, dialog.fields.name, "M")
    assert dialog.error.text() == ""
    assert (dialog.fields.name.geometry(), buttons.geometry()) == where
    cancel.click()
    assert dialog.result() == 0


def test_a_colleagues_file_asks_who_is_at_this_laptop(qtbot: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "marco.sqlite3"
    ids = staffed_file(path, ("Marco Bianchi", "ITA Osaka"), ("Giulia Romano", "ITA Tokyo"))
    crm = Crm.open(path)
    crm.settings.set_profile({"staff_id": ids["Marco Bianchi|ITA Osaka"],
                              "name": "Marco Bianchi", "office": "ITA Osaka",
                              "country": "JP", "language": "en"})
    crm.close()
    settings = AppSettings(tmp_path / "s.ini")
    first_run.remember(settings, GIULIA)
    monkeypatch.setattr(first_run, "ask_choose_staff", lambda _p, _s, suggested: suggested)
    monkeypatch.setattr(first_run, "ask_first_run", never)
    desktop = DesktopApp(None, settings=settings)
    assert desktop.open(path)
    assert desktop.crm is not None
    assert desktop.crm.settings.profile()["staff_id"] == ids["Giulia Romano|ITA Tokyo"]
    assert desktop.crm.staff.count() == 2
    monkeypatch.setattr(first_run, "ask_choose_staff", never)
    assert desktop.open(path)  # now hers: no question
    desktop.shutdown()
