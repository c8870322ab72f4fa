"""crm_app.fileio: whole files or none, the umask honoured, links/devices/FIFOs/folders refused,
and the same through `crm report -o`, `crm export -o` and the pre-migration backup."""

from __future__ import annotations

import errno
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app import fileio
from crm_app.db import migrate
from crm_app.db.database import make_engine


def crm(*args: str, user: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crm_app.cli", *args], capture_output=True,
                          text=True, timeout=300, user=user)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_writes_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    fileio.write_bytes(target, b"x" * 100_000)
    assert target.read_bytes() == b"x" * 100_000
    assert leftovers(tmp_path) == []


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(umask=st.integers(min_value=0, max_value=0o777))
def test_a_new_file_follows_the_umask(tmp_path: Path, umask: int) -> None:
    target = tmp_path / f"u{umask:o}.csv"
    old = os.umask(umask)
    try:
        fileio.write_bytes(target, b"a,b\r\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    target.unlink()


def test_a_secret_is_0600_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o002)
    try:
        fileio.write_bytes(tmp_path / "key", b"secret", secret=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "key").stat().st_mode) == 0o600


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    fileio.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_an_error_while_writing_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "export.vcf"
    target.write_bytes(b"the previous export")
    with pytest.raises(fileio.OutputError, match=r"cannot write .*export\.vcf: no space left"), \
            fileio.atomic_path(target) as partial:
        partial.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_bytes() == b"the previous export"
    assert leftovers(tmp_path) == []


def test_a_bug_while_writing_leaves_no_temp_either(tmp_path: Path) -> None:
    with pytest.raises(ZeroDivisionError), fileio.atomic_path(tmp_path / "x.pdf") as partial:
        partial.write_bytes(b"half")
        _ = 1 / 0
    assert list(tmp_path.iterdir()) == []


def test_a_symlink_is_refused_and_its_file_untouched(tmp_path: Path) -> None:
    real = tmp_path / "precious.txt"
    real.write_text("keep me")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    with pytest.raises(fileio.OutputError, match=r"link\.pdf: it is a symbolic link"):
        fileio.write_bytes(link, b"pdf")
    assert link.is_symlink()
    assert real.read_text() == "keep me"
    assert leftovers(tmp_path) == []


def test_a_folder_a_fifo_and_a_socket_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    sock_path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        for target, why in ((folder, "it is a folder"), (fifo, "it is a FIFO"),
                            (sock_path, "it is a socket")):
            with pytest.raises(fileio.OutputError, match=why):
                fileio.write_bytes(target, b"data")
    finally:
        server.close()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert leftovers(tmp_path) == []


def test_dev_full_is_refused_and_stays_a_device() -> None:
    with pytest.raises(fileio.OutputError, match="/dev/full: it is a device"):
        fileio.write_bytes(Path("/dev/full"), b"data")
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(fileio.OutputError, match="does not exist"):
        fileio.write_bytes(tmp_path / "nowhere" / "x.csv", b"")


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "crm.sqlite3"
    assert crm("--db", str(db), "demo", "--contacts", "10").returncode == 0
    return db


def test_cli_report_to_dev_full_is_one_line_exit_1(demo_db: Path) -> None:
    done = crm("--db", str(demo_db), "report", "followups", "-o", "/dev/full")
    assert done.returncode == 1
    assert done.stderr == ("crm: error: cannot write /dev/full: it is a device; "
                           "give a file name\n")
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)


def test_cli_export_to_a_fifo_or_folder_is_refused(demo_db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "contacts.csv"
    os.mkfifo(fifo)
    done = crm("--db", str(demo_db), "export", "csv", "-o", str(fifo))
    assert (done.returncode, done.stderr.count("\n")) == (1, 1)
    assert "it is a FIFO" in done.stderr
    done = crm("--db", str(demo_db), "export", "vcard", "-o", str(tmp_path))
    assert done.returncode == 1
    assert "it is a folder" in done.stderr


def test_cli_permission_denied_is_exit_1_and_leaves_nothing(tmp_path: Path) -> None:
    user = None
    base = tmp_path
    if os.geteuid() == 0:  # root may write anywhere: run the command as nobody instead,
        user = 65534       # in a folder nobody can reach (pytest's own is private to root)
        base = Path(tempfile.mkdtemp(prefix="crm-perm-"))
        base.chmod(0o777)
    try:
        db = base / "crm.sqlite3"
        assert crm("--db", str(db), "demo", "--contacts", "10", user=user).returncode == 0
        folder = base / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        for args in (["export", "csv"], ["report", "followups"]):
            target = folder / "out.file"
            done = crm("--db", str(db), *args, "-o", str(target), user=user)
            assert done.returncode == 1, done.stderr
            assert done.stderr == f"crm: error: cannot write {target}: permission denied\n"
            assert list(folder.iterdir()) == []
    finally:
        if base != tmp_path:
            shutil.rmtree(base)


def test_the_pre_migration_backup_is_whole_and_has_the_databases_mode(tmp_path: Path) -> None:
    from alembic import command

    db = tmp_path / "crm.sqlite3"
    engine = make_engine(db)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0001_initial")
    engine.dispose()
    db.chmod(0o600)
    engine = make_engine(db)
    assert migrate.upgrade_to_head(engine, db)
    engine.dispose()
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    with sqlite3.connect(backups[0]) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",)
