"""The entry point: no display, a database that cannot be opened, first run, the exception
hook, and settings (profile and language)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crm_app.app import NO_DISPLAY, display_problem
from crm_app.db import cipher
from crm_app.services.crm import Crm
from crm_app.ui import core_actions
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.dbcrypt import dialogs as crypt_dialogs
from crm_app.ui.desktop import DesktopApp, open_crm
from crm_app.ui.exception_hook import ExceptionHook, configure_logging
from crm_app.ui.forms import first_run, settings_dialog
from crm_app.ui.forms.first_run import FirstRunAnswer, FirstRunDialog, Profile

ROOT = Path(__file__).resolve().parents[2]


def test_display_check() -> None:
    assert display_problem("linux", {}) == NO_DISPLAY
    assert display_problem("linux", {"DISPLAY": ":0"}) == ""
    assert display_problem("linux", {"WAYLAND_DISPLAY": "wayland-0"}) == ""
    assert display_problem("linux", {"QT_QPA_PLATFORM": "offscreen"}) == ""
    assert display_problem("win32", {}) == ""


def test_x11_without_qt_xcb_libraries_is_one_sentence(tmp_path: Path) -> None:
    from crm_app.app import xcb_problem

    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared library")
    message = xcb_problem(broken, "linux", {"DISPLAY": ":0"})
    assert message.startswith("crm-app: the X11 display cannot be used")
    assert message.count(". ") == 0 and message.endswith(".")
    assert xcb_problem(broken, "linux", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}) == ""
    assert xcb_problem(broken, "linux", {}) == ""  # no display: the other check speaks


def run_app(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_no_display_ends_with_one_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = run_app("--db", str(tmp_path / "x.sqlite3"), env=env)
    assert result.returncode == 2
    assert result.stderr.strip() == NO_DISPLAY
    assert not (tmp_path / "x.sqlite3").exists()


def test_a_file_that_is_not_a_database_gets_one_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("shopping list", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = run_app("--db", str(bad), "--exit-when-shown", env=env)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(
        f"crm-app: {bad} is encrypted (or is not a CRM database): unlock it with the recovery "
        "passphrase")
    assert bad.read_text(encoding="utf-8") == "shopping list"


def test_the_window_opens_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "fair.sqlite3"
    with _opened(db) as crm:
        crm.settings.set_profile({"name": "Giulia"})
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = run_app("--db", str(db), "--exit-when-shown", env=env)
    assert result.returncode == 0 and result.stdout.strip() == "shown"


class _opened:
    def __init__(self, path: Path) -> None:
        self.crm = Crm.open(path)

    def __enter__(self) -> Crm:
        return self.crm

    def __exit__(self, *exc: object) -> None:
        self.crm.close()


def test_newer_database_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    with _opened(path) as crm, crm.db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    crm, problem = open_crm(path)
    assert crm is None and problem


def test_first_run_creates_the_profile_and_the_staff_member(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answer = FirstRunAnswer(Profile("Giulia Romano", "ITA Tokyo", "JP", "en"), 0)
    monkeypatch.setattr(first_run, "ask_first_run", lambda _p, _l: answer)
    monkeypatch.setattr(crypt_dialogs, "ask_new_recovery",
                        lambda _p, allow_plain=True: "correct horse battery staple")
    desktop = DesktopApp(tmp_path / "new.sqlite3", settings=AppSettings(tmp_path / "s.ini"))
    assert desktop.open(tmp_path / "new.sqlite3")
    assert cipher.is_encrypted(tmp_path / "new.sqlite3")  # new databases are encrypted
    assert desktop.crm is not None and desktop.window is not None
    profile = desktop.crm.settings.profile()
    assert profile["name"] == "Giulia Romano" and profile["country"] == "JP"
    assert desktop.crm.staff.get(profile["staff_id"])["office"] == "ITA Tokyo"
    assert desktop.settings.database_path == str(tmp_path / "new.sqlite3")
    desktop.shutdown()


def test_first_run_dialog_requires_a_name(qtbot: Any) -> None:
    dialog = FirstRunDialog("it")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.isVisibleTo(dialog)
    dialog.fields.name.setText("Marco")
    dialog.demo.setChecked(True)
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.answer().demo_contacts == 2000 and dialog.answer().profile.language == "it"


def test_exception_hook_logs_and_shows_details(tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path / "logs")
    shown: list[tuple[str, str]] = []
    hook = ExceptionHook(log_file, show=lambda s, d: shown.append((s, d)))
    try:
        raise RuntimeError("index out of sync")
    except RuntimeError as error:
        hook(type(error), error, error.__traceback__)
    [(summary, details)] = shown
    assert "index out of sync" in summary and str(log_file) in summary
    assert "Traceback" in details
    logged = log_file.read_text(encoding="utf-8")  # the type and frames, not the message
    assert "RuntimeError" in logged and "test_exception_hook_logs_and_shows_details" in logged
    assert "index out of sync" not in logged


def test_settings_change_profile_and_language(qtbot: Any, main_window: Any,
                                              profiled_crm: Crm,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    answer = settings_dialog.SettingsAnswer(Profile("Giulia R.", "ITA Osaka", "JP", "en"), "",
                                            "/tmp/sync.crmsync", "letter", "it")
    monkeypatch.setattr(settings_dialog, "ask_settings", lambda _p, _c, _s: answer)
    requested: list[str] = []
    main_window.open_database_requested.connect(requested.append)
    core_actions.open_settings(main_window)
    profile = profiled_crm.settings.profile()
    assert profile["office"] == "ITA Osaka"
    assert profiled_crm.staff.get(profile["staff_id"])["name"] == "Giulia R."
    assert main_window.app_settings.value("sync/path", "") == "/tmp/sync.crmsync"
    assert main_window.app_settings.value("reports/paper", "") == "letter"
    assert requested == []


def test_settings_dialog_offers_another_database(qtbot: Any, profiled_crm: Crm,
                                                 app_settings: AppSettings) -> None:
    dialog = settings_dialog.SettingsDialog(profiled_crm, app_settings)
    qtbot.addWidget(dialog)
    assert dialog.fields.name.text() == "Giulia Romano"
    assert dialog.current_db.text() == str(profiled_crm.db.path)
    dialog.other_db.setText("/tmp/other.sqlite3")
    assert dialog.answer().database_path == "/tmp/other.sqlite3"


def test_opening_another_database_replaces_the_window(qtbot: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(first_run, "ask_first_run",
                        lambda _p, _l: FirstRunAnswer(Profile("Ana", "", "IT", "en"), 0))
    monkeypatch.setattr(crypt_dialogs, "ask_new_recovery",
                        lambda _p, allow_plain=True: "correct horse battery staple")
    desktop = DesktopApp(None, settings=AppSettings(tmp_path / "s.ini"))
    assert desktop.open(tmp_path / "a.sqlite3")
    first_window, first_crm = desktop.window, desktop.crm
    assert first_window is not None and first_crm is not None
    first_crm.contacts.create({"family_name": "Only in A"})
    first_window.open_database_requested.emit(str(tmp_path / "b.sqlite3"))
    assert desktop.window is not first_window and desktop.crm is not first_crm
    assert desktop.crm is not None and desktop.crm.contacts.count() == 0
    assert desktop.settings.database_path == str(tmp_path / "b.sqlite3")
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    kept = desktop.window
    assert not desktop.open(bad)  # one message (recorded by the dialog seam); nothing changes
    assert desktop.window is kept
    desktop.shutdown()
