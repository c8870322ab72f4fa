"""Closing the window syncs off the UI thread, with a progress window, Skip and a time limit;
a stopped sync leaves the shared file and the local database whole. The slow storage is
the real file system behind a gate at the one call that writes the shared file's bytes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from crm_app.services.crm import Crm
from crm_app.sync import fileformat, passphrase
from crm_app.sync.engine import sync
from crm_app.ui.sync import close_sync
from crm_app.ui.sync import controller as sync_ui
from tests.conftest import MemoryKeyring

PASS = "team passphrase"


class Gate:
    """Slow storage: every write to a file opened by the sync's writer waits for `open`."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.waiting = threading.Event()  # a write is held at the storage

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_open = open
        gate = self

        class SlowFile:
            def __init__(self, *args: Any) -> None:
                self.handle = real_open(*args)

            def write(self, data: bytes) -> int:
                gate.waiting.set()
                gate.opened.wait(60)  # never forever: a broken test fails, it does not hang
                return self.handle.write(data)

            def __getattr__(self, name: str) -> Any:
                return getattr(self.handle, name)

            def __enter__(self) -> SlowFile:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

        monkeypatch.setattr(fileformat, "open", SlowFile, raising=False)


@pytest.fixture
def office(tmp_path: Path, main_window: Any, memory_keyring: MemoryKeyring) -> Any:
    """A shared file with a colleague's contact; this laptop synced once and then added one."""
    shared = tmp_path / "share" / "team.crmsync"
    shared.parent.mkdir()
    other = Crm.open(tmp_path / "colleague.sqlite3")
    other.contacts.create({"family_name": "From the colleague"})
    sync(other.db, shared, PASS)
    sync(main_window.crm.db, shared, PASS)
    other.contacts.create({"family_name": "Colleague, later"})
    sync(other.db, shared, PASS)
    main_window.app_settings.set_value(sync_ui.PATH_KEY, str(shared))
    memory_keyring.set_password(passphrase.SERVICE, str(shared), PASS)
    main_window.crm.contacts.create({"family_name": "Written just before closing"})
    yield shared, other
    other.close()


def names(crm: Crm) -> set[str]:
    return {c["family_name"] for c in crm.contacts.list()}


def test_closing_syncs_with_a_progress_window_then_closes(qtbot: Any, main_window: Any,
                                                           office: Any) -> None:
    shared, other = office
    closing = main_window.sync_controller.closing
    main_window.close()
    # The close is held back while the sync runs: the window answers, the progress shows.
    assert main_window.isVisible() and closing.dialog is not None
    assert closing.skip_button is not None and closing.skip_button.text() == "Skip"
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=20_000)
    assert closing.outcome == "synced" and closing.dialog is None
    assert "Colleague, later" in names(main_window.crm)
    sync(other.db, shared, PASS)
    assert "Written just before closing" in names(other)


def assert_both_whole(main_window: Any, shared: Path, before: bytes, other: Crm) -> None:
    # The shared file is exactly as it was; no half-written temporary file beside it.
    assert shared.read_bytes() == before
    assert [p.name for p in shared.parent.iterdir() if fileformat.is_temp_of(p, shared)] == []
    # The local database is whole: it kept its own unsent edit and has the colleague's
    # later contact either not at all (stopped before its commit) or with everything.
    local = names(main_window.crm)
    assert {"From the colleague", "Written just before closing"} <= local
    # The next sync sends what the stopped one did not.
    sync(main_window.crm.db, shared, PASS)
    sync(other.db, shared, PASS)
    assert names(other) == names(main_window.crm) == local | {"Colleague, later"}


def test_skip_while_the_storage_is_slow_leaves_both_sides_whole(
        qtbot: Any, main_window: Any, office: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shared, other = office
    before = shared.read_bytes()
    gate = Gate()
    gate.install(monkeypatch)
    closing = main_window.sync_controller.closing
    main_window.close()
    qtbot.waitUntil(gate.waiting.is_set, timeout=20_000)  # the storage holds the write
    assert main_window.isVisible() and closing.skip_button is not None
    closing.skip_button.click()
    assert closing.outcome == "skipped"
    assert main_window.isVisible()  # waits for the sync to stop at its next checkpoint
    gate.opened.set()
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=20_000)
    assert closing.outcome == "skipped"
    # Stopped while writing: the local commit had happened, so everything was received.
    assert "Colleague, later" in names(main_window.crm)
    assert_both_whole(main_window, shared, before, other)


def test_the_time_limit_stops_a_slow_close_sync(qtbot: Any, main_window: Any, office: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shared, other = office
    before = shared.read_bytes()
    gate = Gate()
    gate.install(monkeypatch)
    closing = main_window.sync_controller.closing
    main_window.app_settings.set_value(close_sync.LIMIT_KEY, 0.2)
    main_window.close()
    # The storage never lets the write through: only the time limit ends this.
    qtbot.waitUntil(lambda: closing.outcome == "timed out", timeout=20_000)
    gate.opened.set()  # the storage answers at last; the stopped sync ends at its checkpoint
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=20_000)
    assert closing.outcome == "timed out"
    assert_both_whole(main_window, shared, before, other)


def test_the_time_limit_defaults_to_30_seconds(main_window: Any) -> None:
    closing = main_window.sync_controller.closing
    assert closing.time_limit_s() == 30.0
    main_window.app_settings.set_value(close_sync.LIMIT_KEY, "12")
    assert closing.time_limit_s() == 12.0
