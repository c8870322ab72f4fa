"""The area modules that plug into the main window (sync, reports, import/export).

Each listed module has `install(window) -> None`. Add one line per area; the main window
calls them in order after it is built. Listed by name so a missing or broken area shows one
error instead of stopping the app.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

AREA_MODULES: list[str] = [
    "crm_app.ui.sync.controller",
    "crm_app.ui.reports",
    "crm_app.ui.io",
    "crm_app.ui.help",
    "crm_app.ui.privacy",
]


def install_all(window: Any, report_error: Callable[[str], None] | None = None) -> list[str]:
    """Call every area's `install(window)`; returns the modules that failed."""
    failed: list[str] = []
    for name in AREA_MODULES:
        try:
            module = importlib.import_module(name)
            module.install(window)
        except Exception:
            log.exception("installing %s failed", name)
            failed.append(name)
            if report_error is not None:
                report_error(QCoreApplication.translate(
                    "Extensions", "{name} could not be loaded; see the log for details."
                ).format(name=name))
    return failed
