"""Regenerate the screenshots in this folder: demo data, every main view at 1280x800, the
meeting editor, Ctrl+K, a new follow-up, the first-run and "who are you?" dialogs. With
--scale 2 the same set is made at 2x (the window stays 1280x800 logical pixels), named *_2x.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [--language it]
        [--scale 2]
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
from crm_app.ui.forms.first_run import ChooseStaffDialog, FirstRunDialog
from crm_app.ui.i18n import Translations
from crm_app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent


def settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(5):
        window.tasks.wait_idle(10_000)
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    parser.add_argument("--contacts", type=int, default=3000)
    parser.add_argument("--scale", type=int, default=1,
                        help="2: a HiDPI screen (the window stays 1280x800 logical pixels); "
                             "every picture, named *_2x")
    args = parser.parse_args()
    if args.scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    app = QApplication(sys.argv[:1])
    add_missing_script_fonts()  # as the app does at start: no names drawn as boxes
    translations = Translations(app)
    translations.switch(args.language)
    folder = Path(tempfile.mkdtemp(prefix="crm-shots-"))
    with Database.open(folder / "demo.sqlite3") as db:
        generate_demo(db, args.contacts)
    crm = Crm.open(folder / "demo.sqlite3")
    staff = crm.staff.list()[0]
    crm.settings.set_profile({"staff_id": staff["id"], "name": staff["name"],
                              "office": staff["office"], "country": "JP",
                              "language": args.language})
    window = MainWindow(crm, AppSettings(folder / "settings.ini"), translations=translations)
    window.resize(1280, 800)
    window.show()
    suffix = "" if args.language == "en" else f"_{args.language}"
    if args.scale != 1:
        suffix += f"_{args.scale}x"
    for view in window.views():
        window.show_view(view.key)
        settle(app, window)
        table = getattr(view, "table", None)
        if table is not None and view.model.rowCount():
            table.selectRow(min(3, view.model.rowCount() - 1))
        if view.key == "trash":
            for contact in crm.contacts.list(limit=3):
                crm.contacts.delete(contact["id"])
            view.refresh()
        settle(app, window)
        window.grab().save(str(OUT / f"{view.key}{suffix}.png"))
    organisations = window.show_view("organisations")
    for row in range(organisations.model.rowCount()):
        organisations.table.selectRow(row)
        settle(app, window)
        if organisations.meetings_model.total() >= 4:
            break
    organisations.tabs.setCurrentIndex(1)  # its Meetings tab
    settle(app, window)
    window.grab().save(str(OUT / f"organisation_meetings{suffix}.png"))
    organisations.tabs.setCurrentIndex(0)
    meetings = window.show_view("meetings")
    model = meetings.model
    for row in range(model.rowCount()):
        record = crm.meetings.get(model.row_id(row))
        if len(record["participants"]) >= 3 and record["minutes"]:
            meetings.table.selectRow(row)
            break
    settle(app, window)
    meetings.editor.grab().save(str(OUT / f"meeting_editor{suffix}.png"))
    window.grab().save(str(OUT / f"meetings{suffix}.png"))
    window.search_palette.start()
    window.search_palette.query.setText("bio")
    settle(app, window)
    window.search_palette.grab().save(str(OUT / f"search{suffix}.png"))
    window.search_palette.hide()
    followups = window.show_view("followups")
    followups.new_record()
    due = followups.editor.form.editors["due_date"]
    due.edit.setText("2027-02-30")
    followups.editor.form.validate_field("due_date")
    settle(app, window)
    window.grab().save(str(OUT / f"followup_new{suffix}.png"))
    followups.editor.revert()
    first = FirstRunDialog(args.language)
    first.show()
    first.accept()  # no name yet: the message, in its reserved line
    settle(app, window)
    first.grab().save(str(OUT / f"first_run{suffix}.png"))
    first.reject()
    chooser = ChooseStaffDialog(crm.staff.list(), str(staff["id"]))
    chooser.show()
    settle(app, window)
    chooser.grab().save(str(OUT / f"choose_staff{suffix}.png"))
    chooser.reject()
    window.close()
    crm.close()


if __name__ == "__main__":
    main()
