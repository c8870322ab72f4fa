"""Where things live: bundled resources, migrations, and the per-user data folders."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "TradeMissionCRM"
APP_AUTHOR = "TradeMissionCRM"


def project_root() -> Path:
    """The folder holding resources/ and migrations/: the source tree, the installed package
    (crm_app/_data) or a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    package = Path(__file__).resolve().parent
    installed = package / "_data"  # a wheel install: setup.py copies both folders there
    if installed.is_dir():
        return installed
    return package.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return project_root() / "migrations"


def user_dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR)


def default_database_path() -> Path:
    return Path(user_dirs().user_data_dir) / "crm.sqlite3"


def log_dir() -> Path:
    return Path(user_dirs().user_log_dir)
