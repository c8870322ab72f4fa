"""Subject access export (JSON or PDF) and the audit log export (CSV), off the UI thread.

The data come from `crm_app.services.privacy.access` / `audit`; this module only asks for the
file, writes it whole (a temporary file renamed over the target) and says where it went.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from crm_app import fileio
from crm_app.domain.errors import DomainError
from crm_app.services.crm import Crm
from crm_app.services.privacy import access, audit
from crm_app.ui.messages import error_text, translate
from crm_app.ui.privacy import seams
from crm_app.ui.privacy.texts import tr
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.widgets.day_edit import DayEdit, refuse_impossible

Done = Callable[[str], None]


def write_whole(output: Path, data: bytes, *, personal: bool = True) -> None:
    """Whole or not at all; personal data readable by this user only (the audit log, ids and
    field names only, gets the umask's mode); a refused target (a folder, a link, a device) or
    a full disk is one message naming the file."""
    try:
        fileio.write_bytes(output, data, secret=personal)
    except fileio.OutputError as exc:
        raise DomainError(tr("Cannot write {file}: {error}").format(
            file=output, error=translate(exc.reason))) from exc


def subject_access_bytes(crm: Crm, contact_id: str, kind: str) -> bytes:
    """Everything held about the contact as JSON or PDF; the export itself is audited."""
    data = access.subject_access(crm.db, contact_id, crm.clock)
    if kind == ".pdf":
        from crm_app.services.privacy.access_pdf import render_pdf  # ReportLab: only here

        payload = render_pdf(data)
    else:
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str)
        payload = (text + "\n").encode("utf-8")
    return payload


def export_subject_access(crm: Crm, tasks: TaskRunner, parent: QWidget | None,
                          contact_id: str, on_done: Done | None = None) -> bool:
    """Ask for FILE.json / FILE.pdf and write it on the task runner; False when cancelled."""
    name = crm.contacts.get(contact_id).get("family_name") or "contact"
    path = seams.ask_save_path(parent, tr("Export everything held about this person"),
                               f"subject-access-{name}.pdf",
                               tr("PDF (*.pdf);;JSON (*.json)"))
    if not path:
        return False
    output = Path(path)
    kind = output.suffix.lower()
    if kind not in {".json", ".pdf"}:
        seams.tell(parent, tr("Subject access"), tr("Give a file name ending in .pdf or .json."))
        return False

    def work(progress: Callable[[int, int], None], _cancel: threading.Event) -> str:
        progress(0, 2)
        payload = subject_access_bytes(crm, contact_id, kind)
        progress(1, 2)
        write_whole(output, payload)
        audit.record_in(crm.db, "exported", "contact", [contact_id], at=crm.clock())
        progress(2, 2)
        return str(output)

    def finished(written: Any) -> None:
        seams.tell(parent, tr("Subject access"), tr(
            "Written to {file}. It holds personal data: hand it over securely.").format(
                file=written))
        if on_done is not None:
            on_done(str(written))

    tasks.run(work, on_done=finished, on_error=lambda e: _failed(parent, e),
              label=tr("Exporting everything held about a person"))
    return True


class AuditRangeDialog(QDialog):
    """From and to dates (whole days) of the audit log export."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_range")
        self.setWindowTitle(tr("Export audit log"))
        end = QDate(today.year, today.month, today.day)
        self.date_from = DayEdit(end.addMonths(-1))
        self.date_to = DayEdit(end)
        form = QFormLayout(self)
        form.addRow(tr("From:"), self.date_from)
        form.addRow(tr("To:"), self.date_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if not refuse_impossible(self.date_from, self.date_to):  # never the last real day
            super().accept()

    def range(self) -> tuple[date, date]:
        def day(value: QDate) -> date:
            return date(value.year(), value.month(), value.day())

        return day(self.date_from.date()), day(self.date_to.date())


def ask_audit_range(parent: QWidget | None, today: date) -> tuple[date, date] | None:
    """The seam tests replace: the chosen (from, to), or None when cancelled."""
    dialog = AuditRangeDialog(today, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.range()


def export_audit_log(crm: Crm, tasks: TaskRunner, parent: QWidget | None,
                     on_done: Done | None = None) -> bool:
    chosen = ask_audit_range(parent, crm.clock().date())
    if chosen is None:
        return False
    since, until = chosen
    if until < since:
        seams.tell(parent, tr("Export audit log"), tr("The end date is before the start date."))
        return False
    path = seams.ask_save_path(parent, tr("Export audit log"),
                               f"audit-{since.isoformat()}-{until.isoformat()}.csv",
                               tr("CSV (*.csv)"))
    if not path:
        return False
    output = Path(path)

    def work(_progress: Callable[[int, int], None], _cancel: threading.Event) -> int:
        rows = audit.entries(crm.db, since, until)
        write_whole(output, audit.to_csv(rows).encode("utf-8"), personal=False)
        return len(rows)

    def finished(count: Any) -> None:
        seams.tell(parent, tr("Export audit log"), tr("{n} audit entries written to {file}.")
                   .format(n=int(count), file=output))
        if on_done is not None:
            on_done(str(output))

    tasks.run(work, on_done=finished, on_error=lambda e: _failed(parent, e),
              label=tr("Exporting the audit log"), write=False)
    return True


def _failed(parent: QWidget | None, error: BaseException) -> None:
    seams.tell(parent, tr("Privacy"), error_text(error) if isinstance(error, DomainError | OSError)
               else tr("It did not work: {error}").format(error=error))
