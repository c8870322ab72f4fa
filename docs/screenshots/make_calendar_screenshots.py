"""The Meetings calendar at 1280x800 with demo data: the week and the day of BIO Japan
(Asia/Tokyo) as seen on a laptop in Rome, so both hour columns show.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_calendar_screenshots.py \
        [--language it] [--scale 2] [--out docs/screenshots]

With --scale 2 (a HiDPI screen; the window stays 1280x800 logical pixels) the files are
named calendar_week_2x.png, calendar_week_it_2x.png and so on.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from crm_app.db.database import Database
from crm_app.services.crm import Crm
from crm_app.services.demo import generate_demo
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.fonts import add_missing_script_fonts
from crm_app.ui.i18n import Translations
from crm_app.ui.main_window import MainWindow
from crm_app.ui.views.meetings_view import MeetingsView


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--scale", type=int, default=1, help="2: a HiDPI screen, files *_2x")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent))
    args = parser.parse_args()
    if args.scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    app = QApplication(sys.argv[:1])
    add_missing_script_fonts()  # as the app does at start: 日本語 and other names never boxes
    translations = Translations(app)
    translations.switch(args.language)
    folder = Path(tempfile.mkdtemp(prefix="crm-calendar-"))
    with Database.open(folder / "demo.sqlite3") as db:
        generate_demo(db, args.contacts)
    crm = Crm.open(folder / "demo.sqlite3")
    staff = crm.staff.list()[0]
    crm.settings.set_profile({"staff_id": staff["id"], "name": staff["name"],
                              "office": staff["office"], "country": "IT",
                              "language": args.language})
    window = MainWindow(crm, AppSettings(folder / "settings.ini"), translations=translations)
    window.resize(1280, 800)
    window.show()
    view = window.show_view("meetings")
    assert isinstance(view, MeetingsView)
    event = next(e for e in crm.events.list() if e["timezone"] == "Asia/Tokyo")
    view.calendar.laptop_zone = "Europe/Rome"
    view.calendar.grid.laptop_zone = "Europe/Rome"
    view.set_mode("week")
    view.calendar.load(str(event["id"]))
    suffix = "" if args.language == "en" else f"_{args.language}"
    if args.scale != 1:
        suffix += f"_{args.scale}x"
    out = Path(args.out)
    for mode in ("week", "day"):
        view.set_mode(mode)
        view.calendar.grid.scroll_to_minute(8 * 60 + 30)
        grid = view.calendar.grid
        if grid.model().rowCount():
            grid.setCurrentIndex(grid.model().index(min(4, grid.model().rowCount() - 1), 0))
        for _ in range(5):
            window.tasks.wait_idle(10_000)
            app.processEvents()
        window.grab().save(str(out / f"calendar_{mode}{suffix}.png"))
    crm.close()


if __name__ == "__main__":
    main()
