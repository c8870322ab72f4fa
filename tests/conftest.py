"""Fixtures shared by every test package: a real database file per test, a fixed clock, and a
home of its own (so a developer's own settings, e.g. language=it, never reach a test)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from crm_app.services import dbkeys
from crm_app.services.crm import Crm
from crm_app.sync import install
from crm_app.sync.kdf import ARGON2ID, KdfParams


@pytest.fixture(autouse=True)
def _install_id_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sync started without an explicit install id file (CLI, app) uses one in tmp_path,
    never the real one beside the user's settings."""
    monkeypatch.setattr(install, "default_path", lambda: tmp_path / "install-id")


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture(autouse=True)
def hermetic_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and the XDG folders point into a fresh folder (subprocesses inherit them)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                      ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.delenv("CRM_DEBUG", raising=False)
    monkeypatch.delenv("CRM_SYNC_PASSPHRASE", raising=False)
    monkeypatch.delenv("CRM_DB_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite3"


@pytest.fixture
def crm(db_path: Path, clock: FakeClock) -> Iterator[Crm]:
    service = Crm.open(db_path, clock=clock)
    yield service
    service.close()


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring installed for a test, the old backend restored after."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test has a keyring of its own (none touches the OS keyring): `crm init` keeps
    the new database's key there, so the encrypted database opens as on a laptop. The
    recovery passphrase's key derivation is at its cheapest (real files: dbkeys.NEW_KDF)."""
    monkeypatch.setattr(dbkeys, "NEW_KDF", KdfParams(ARGON2ID, 8, 1, 1))
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# Tests that rebuild or load the compiled translations (resources/translations/*.qm, shared by
# every worker) run on one xdist worker, one after the other (`--dist loadgroup`).
SHARED_TRANSLATIONS = {"test_language.py", "test_translations_complete.py", "test_app_entry.py"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name in SHARED_TRANSLATIONS:
            item.add_marker(pytest.mark.xdist_group("translations"))
