"""Desktop-client fixtures: offscreen Qt, settings isolated in tmp_path, a real temporary
database per test with a staff profile, the main window, and a 100k-contact database built
once per session for the table-model tests.

Dialogs are replaced at their seam (`crm_app.ui.dialogs`): a question nobody expected fails
the test instead of blocking it; tests that expect one patch it again with an answer.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from crm_app.db.database import Database
from crm_app.services.crm import Crm
from crm_app.services.demo import generate_demo
from crm_app.ui import dialogs
from crm_app.ui.app_settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Nothing a test does reaches the person's real settings or data folders."""
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Errors shown are recorded; a question nobody expected fails the test."""
    shown: list[str] = []

    def question(*args: Any, **_kwargs: Any) -> Any:
        raise AssertionError(f"unexpected question: {args[1:]}")

    monkeypatch.setattr(dialogs, "ask_yes_no", question)
    # The database's recovery and unlock dialogs are modal too: fail, never wait.
    from crm_app.ui.dbcrypt import dialogs as crypt_dialogs
    monkeypatch.setattr(crypt_dialogs, "ask_new_recovery", question)
    monkeypatch.setattr(crypt_dialogs, "ask_unlock", question)
    monkeypatch.setattr(dialogs, "ask_unsaved", question)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: shown.append(text))
    return shown


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def profiled_crm(crm: Crm) -> Crm:
    """The shared `crm` fixture (real file, fixed clock) with this laptop's staff profile."""
    staff = crm.staff.create({"name": "Giulia Romano", "office": "ITA Tokyo"})
    crm.settings.set_profile({"staff_id": staff["id"], "name": "Giulia Romano",
                              "office": "ITA Tokyo", "country": "JP", "language": "en"})
    return crm


@pytest.fixture
def main_window(qtbot: Any, profiled_crm: Crm, app_settings: AppSettings) -> Iterator[Any]:
    from crm_app.ui.main_window import MainWindow

    window = MainWindow(profiled_crm, app_settings)
    # Not qtbot.addWidget: pytest-qt closes those before fixtures end, while a test may
    # have left an edit open; this fixture discards it first, then closes.
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.tasks.wait_idle(10_000)
    for view in window.views():  # a test may end mid-edit; closing would ask
        editor = getattr(view, "editor", None)
        if editor is not None:
            editor.revert()
    window.close()
    window.deleteLater()


@pytest.fixture(scope="session")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100,000 demo contacts, generated once per session (about 30 s)."""
    path = tmp_path_factory.mktemp("big") / "crm100k.sqlite3"
    with Database.open(path) as db:
        generate_demo(db, 100_000)
    return path


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """The .qm files, built from the .ts sources as the set-up does."""
    import runpy

    module = runpy.run_path(str(ROOT / "scripts" / "build_translations.py"))
    module["main"]()
    return ROOT / "resources" / "translations"

