"""Desktop entry point: `python main.py [--db PATH]` or `crm-app [--db PATH]`.

Wires everything in one place: arguments, display check, logging and the exception hook,
QApplication and translations, opening (and migrating) the database, the first-run profile,
the main window, and reopening when the person picks another database file.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import logging
import os
import re
import sys
from pathlib import Path

log = logging.getLogger(__name__)

NO_DISPLAY = ("crm-app: no graphical display found (DISPLAY and WAYLAND_DISPLAY are unset); "
              "run it in a desktop session, set QT_QPA_PLATFORM=offscreen, or use the `crm` "
              "command line instead.")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-app", description="Trade Mission CRM desktop app")
    parser.add_argument("--db", type=Path, help="database file to open (created if missing)")
    parser.add_argument("--language", choices=["en", "it"], help="interface language")
    # For benchmarks: print 'shown' on stdout once the window is painted, then quit.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def display_problem(platform: str = sys.platform, env: dict[str, str] | None = None) -> str:
    """One sentence when Qt would abort for lack of a display (checked before QApplication)."""
    values = os.environ if env is None else env
    if not platform.startswith("linux") or values.get("QT_QPA_PLATFORM"):
        return ""
    if values.get("DISPLAY") or values.get("WAYLAND_DISPLAY"):
        return ""
    return NO_DISPLAY


def xcb_problem(plugin: Path | None = None, platform: str = sys.platform,
                env: dict[str, str] | None = None) -> str:
    """One sentence when an X11 display exists but Qt's xcb plugin cannot load (missing
    system libraries), which Qt would otherwise report with an abort."""
    values = os.environ if env is None else env
    if (not platform.startswith("linux") or values.get("QT_QPA_PLATFORM")
            or values.get("WAYLAND_DISPLAY") or not values.get("DISPLAY")):
        return ""
    if plugin is None:
        import PySide6  # the package only: no Qt library is loaded by this import

        plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return ""
    missing = ""
    if ctypes.util.find_library("xcb-cursor") is None:  # Qt >= 6.5 needs it at run time
        missing = "libxcb-cursor.so.0"
    else:
        try:
            ctypes.CDLL(str(plugin))
        except OSError as error:
            found = re.search(r"(lib[\w.+-]+\.so[.\d]*): cannot open", str(error))
            missing = found.group(1) if found else str(error)
    if not missing:
        return ""
    return (f"crm-app: the X11 display cannot be used because a system library is missing "
            f"({missing}); install Qt's xcb libraries (Debian/Ubuntu: apt install "
            f"libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxkbcommon-x11-0) "
            f"or set QT_QPA_PLATFORM=offscreen.")


def main(argv: list[str] | None = None) -> None:
    sys.exit(run(sys.argv[1:] if argv is None else argv))


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    problem = display_problem() or xcb_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    # Qt is imported only now, so the message above never needs a display.
    from crm_app.ui.desktop import DesktopApp

    desktop = DesktopApp(args.db, language=args.language, exit_when_shown=args.exit_when_shown)
    return desktop.run()
