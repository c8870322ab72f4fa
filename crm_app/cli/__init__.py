"""The `crm` command line."""

from __future__ import annotations

import gc
import sys


def main() -> None:
    # Start-up imports (SQLAlchemy and the ORM classes, ReportLab, ...) allocate a few hundred
    # thousand objects that live as long as the process. The cyclic garbage collector would
    # walk them again and again while they load (about 100 ms of a one-second command) and
    # find nothing to free. So it is paused until the command line is parsed (the command's
    # area imported), then what exists is frozen out of later collections and collection
    # resumes as usual for the command's own work (a 100,000-row import included).
    gc.disable()
    from crm_app.cli.main import main as run

    sys.exit(run(parsed=_resume_collection))


def _resume_collection() -> None:
    gc.freeze()
    gc.enable()
