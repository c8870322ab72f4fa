"""Reports in the app: preview (QPdfView), print (QPrintDialog, pages rendered by QPdfDocument
onto the QPrinter), save as PDF; one meeting, every meeting of an event or a day, the
follow-up list, the event report; File > Print… and the lists' "Print report".

The PDF is built by `crm_app.reports` on a worker thread (the window's `TaskRunner`); this
package only shows it. Modal questions (printer, file name, day) go through `seams`, which
tests replace. One module per dialog: `preview`, `filters`, `day_dialog`; `printing` paints
pages onto a printer; `actions` wires the menus.
"""

from __future__ import annotations

from crm_app.ui.reports.actions import ReportActions, install
from crm_app.ui.reports.filters import FollowUpFilters
from crm_app.ui.reports.preview import ReportPreview
from crm_app.ui.reports.printing import print_pdf

__all__ = ["FollowUpFilters", "ReportActions", "ReportPreview", "install", "print_pdf"]
